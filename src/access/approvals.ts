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
 * verify, excluding `requester` (looked at: the first 100 claims).
 */
export async function verifiedApprovers(
  inst: Instance,
  repo: Repo,
  req: { id: string; digest: string; requester: string },
  claims: readonly ApprovalClaim[],
  role: Role,
  verdict: Verdict = 'approve',
): Promise<string[]> {
  const ok = new Set<string>();
  for (const a of claims.slice(0, 100)) {
    if (typeof a?.approverName !== 'string' || a.approverName === req.requester || ok.has(a.approverName)) continue;
    const p = await ownPrincipal(inst, repo, a.approverName, role);
    if (p && verifyPrincipalApproval(p.publicKey, req.id, req.digest, verdict, String(a.signature))) ok.add(p.name);
  }
  return [...ok];
}
