/**
 * Approvals in the audit trail, checked offline: every `request.approve` and
 * `request.reject` event records the request digest, the approver's key as
 * it was (a P-256 SPKI or a passkey credential) and the signature (a P1363
 * signature or a WebAuthn assertion envelope), so `custos audit verify
 * --file` re-runs the one approval check (src/auth/approval.ts) on each,
 * with nothing but the export.
 */
import { verifyPrincipalApproval, type Verdict } from '../auth/approval.js';

/** What one approval event says, and whether its signature verifies. */
export interface ApprovalCheck {
  seq: number;
  requestId: string;
  approver: string;
  verdict: Verdict;
  valid: boolean;
}

/** The check of an approval or rejection event; null for any other event. */
export function checkApprovalEvent(e: { seq: number; action: string; subject: string; actor: string; details: unknown }): ApprovalCheck | null {
  if (e.action !== 'request.approve' && e.action !== 'request.reject') return null;
  const verdict: Verdict = e.action === 'request.approve' ? 'approve' : 'reject';
  const d = (e.details ?? {}) as Record<string, unknown>;
  const requestId = e.subject.startsWith('request/') ? e.subject.slice('request/'.length) : '';
  const approver = e.actor.replace(/^principal:/, '');
  const valid =
    typeof d.digest === 'string' &&
    typeof d.signature === 'string' &&
    typeof d.approverPublicKey === 'string' &&
    requestId !== '' &&
    verifyPrincipalApproval(d.approverPublicKey, requestId, d.digest, verdict, d.signature);
  return { seq: e.seq, requestId, approver, verdict, valid };
}
