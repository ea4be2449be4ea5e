/**
 * Approvals are signatures by the approver's own credential key over a
 * request's canonical digest, so anyone can re-verify them later, offline.
 *
 *   message = "custos-approval-v1\n" + requestId + "\n" + digestHex + "\n" + verdict
 *   signature = ECDSA P-256 / SHA-256, IEEE P1363 (r || s), base64url
 *
 * A passkey principal's approval is a WebAuthn assertion whose challenge is
 * base64url(SHA-256(message)), carried as a "wa1." envelope
 * (src/auth/webauthn.ts). {@link verifyPrincipalApproval} is the one check
 * for both kinds: it dispatches on the principal's stored key.
 */
import { createHash, sign, verify, type KeyObject } from 'node:crypto';
import { approvalText, requestCommitmentJson, type RequestCommitment, type Verdict } from './approval-message.js';
import { publicKeyFromHex } from './credential.js';
import { challengeOf, principalKey, verifyAssertion } from './webauthn.js';

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

/** The WebAuthn challenge of a passkey approval: base64url(SHA-256(approvalMessage)). */
export function approvalChallenge(requestId: string, digest: string, verdict: Verdict): string {
  return challengeOf(approvalMessage(requestId, digest, verdict));
}

/**
 * The one approval check, for every kind of principal key (the request
 * service, threshold parties, governance proofs and `audit verify` all call
 * it): a P-256 key verifies a P1363 signature, a registered passkey a
 * "wa1." assertion envelope whose challenge commits to the approval
 * message; a principal still awaiting registration approves nothing. Pure
 * and offline.
 *
 * @example
 *   verifyPrincipalApproval(principal.publicKey, req.id, req.digest, 'approve', signature); // true | false
 */
export function verifyPrincipalApproval(storedKey: string, requestId: string, digest: string, verdict: Verdict, signature: string): boolean {
  const k = principalKey(storedKey);
  if (k.type === 'passkey') return verifyAssertion(k.credential, approvalChallenge(requestId, digest, verdict), signature).ok;
  if (k.type !== 'p256') return false;
  let key: KeyObject;
  try {
    key = publicKeyFromHex(k.publicKey);
  } catch {
    return false;
  }
  return verifyApproval(key, requestId, digest, verdict, signature);
}
