/**
 * Approvals are signatures by the approver's own credential key over a
 * request's canonical digest, so anyone can re-verify them later, offline.
 *
 *   message = "custos-approval-v1\n" + requestId + "\n" + digestHex + "\n" + verdict
 *   signature = ECDSA P-256 / SHA-256, IEEE P1363 (r || s), base64url
 */
import { createHash, sign, verify, type KeyObject } from 'node:crypto';
import { approvalText, requestCommitmentJson, type RequestCommitment, type Verdict } from './approval-message.js';

export type { RequestCommitment, Verdict };

/** Hex SHA-256 of the canonical JSON of the commitment (what `digest` in a request view must equal). */
export function requestDigest(c: RequestCommitment): string {
  return createHash('sha256').update(requestCommitmentJson(c)).digest('hex');
}

export function approvalMessage(requestId: string, digest: string, verdict: Verdict): Buffer {
  return Buffer.from(approvalText(requestId, digest, verdict));
}

export function signApproval(privateKey: KeyObject, requestId: string, digest: string, verdict: Verdict): string {
  return sign('sha256', approvalMessage(requestId, digest, verdict), { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url');
}

export function verifyApproval(publicKey: KeyObject, requestId: string, digest: string, verdict: Verdict, signature: string): boolean {
  if (!/^[A-Za-z0-9_-]{80,90}$/.test(signature)) return false;
  try {
    return verify('sha256', approvalMessage(requestId, digest, verdict), { key: publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature, 'base64url'));
  } catch {
    return false;
  }
}
