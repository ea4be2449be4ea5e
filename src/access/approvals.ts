/**
 * The one approval verifier: which of a request's approvals count. Used by the
 * request service (its own approvals), by threshold parties (the approvals a
 * coordinator relays) and by governance proofs (an admin quorum). An approval
 * counts when its approver is an active principal of the required role in
 * THIS instance's own (row-MAC-checked) principal records, is not the
 * requester, is counted once, and its P-256 signature over the request
 * digest verifies (src/auth/approval.ts: a P-256 signature, or a passkey's
 * WebAuthn assertion over the approval message). Anything else is ignored, never
 * trusted: a row written into the store by anyone else does not count.
 */
import { verifyPrincipalApproval, type Verdict } from '../auth/approval.js';
import { publicKeyFromHex } from '../auth/credential.js';
import { principalKey } from '../auth/webauthn.js';
import type { Instance } from '../keystore/instance.js';
import type { PrincipalRecord, Role } from '../store/records.js';
import type { Repo } from '../store/repo.js';

export interface ApprovalClaim {
  approverName: string;
  signature: string;
}

/** An active principal of `role` (any role when null) from the instance's own MAC-checked records, or null. */
export async function ownPrincipal(inst: Instance, repo: Repo, name: unknown, role: Role | null): Promise<PrincipalRecord | null> {
  if (typeof name !== 'string' || name.length === 0 || name.length > 64) return null;
  const p = await repo.access.principalByName(name);
  if (!p || p.state !== 'active' || (role !== null && p.role !== role)) return null;
  return inst.records.verify('principals', p);
}

/**
 * The distinct approvers whose `verdict` signatures over (`id`, `digest`)
 * verify, excluding `requester` (looked at: the first 100 claims);
 * `passkeys: false` leaves passkey principals' approvals out.
 */
export async function verifiedApprovers(
  inst: Instance,
  repo: Repo,
  req: { id: string; digest: string; requester: string },
  claims: readonly ApprovalClaim[],
  role: Role,
  verdict: Verdict = 'approve',
  opts: { passkeys?: boolean } = {},
): Promise<string[]> {
  const ok = new Set<string>();
  // One key approves once: the approval message does not name the approver, so two principals holding the same key
  // (a copied public key, a passkey credential registered twice) must not turn one signature into two approvals,
  // nor a copy of the requester's key approve its own request.
  const requester = await ownPrincipal(inst, repo, req.requester, null);
  const keys = new Set<string>(requester ? [keyIdentity(requester.publicKey)] : []);
  for (const a of claims.slice(0, 100)) {
    if (typeof a?.approverName !== 'string' || a.approverName === req.requester || ok.has(a.approverName)) continue;
    const p = await ownPrincipal(inst, repo, a.approverName, role);
    if (!p || keys.has(keyIdentity(p.publicKey))) continue;
    // A party or an offline signer counts passkey approvals only when told to (decision 0026): the console that
    // obtained them is served by the coordinator, which can show one request and ask the passkey to sign another.
    if (opts.passkeys === false && principalKey(p.publicKey).type === 'passkey') continue;
    if (verifyPrincipalApproval(p.publicKey, req.id, req.digest, verdict, String(a.signature))) {
      ok.add(p.name);
      keys.add(keyIdentity(p.publicKey));
    }
  }
  return [...ok];
}

/** What identifies a principal's signing key, whatever its encoding: the SPKI of a P-256 key, a passkey's credential key. */
function keyIdentity(stored: string): string {
  const k = principalKey(stored);
  if (k.type === 'passkey') return `spki:${k.credential.key.toLowerCase()}`; // SPKI DER hex, as a P-256 principal's below
  if (k.type !== 'p256') return `none:${stored}`;
  try {
    return `spki:${publicKeyFromHex(k.publicKey).export({ type: 'spki', format: 'der' }).toString('hex')}`;
  } catch {
    return `bad:${stored}`;
  }
}
