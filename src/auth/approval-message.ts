/**
 * What an approver signs, as text, with no hashing and nothing of Node: the
 * server (src/auth/approval.ts) and the browser console build the same bytes.
 *
 *   message = "custos-approval-v1\n" + requestId + "\n" + digestHex + "\n" + verdict
 *   digest  = hex SHA-256 of requestCommitmentJson(request)
 */
import { canonicalJson } from '../audit/canonical.js';

export type Verdict = 'approve' | 'reject';

/** The fields of a request an approver commits to. */
export interface RequestCommitment {
  id: string;
  kind: string;
  principal: string;
  key: string | null;
  payload: unknown;
  createdAt: string;
}

/** The canonical JSON whose SHA-256 is a request's digest. */
export function requestCommitmentJson(c: RequestCommitment): string {
  return canonicalJson({ v: 1, id: c.id, kind: c.kind, principal: c.principal, key: c.key, payload: c.payload, createdAt: c.createdAt });
}

/** The approval message for a request's digest and a verdict. */
export function approvalText(requestId: string, digest: string, verdict: Verdict): string {
  return `custos-approval-v1\n${requestId}\n${digest}\n${verdict}`;
}
