/**
 * Guardian recovery of lost admins (decision 0024, docs/operations.md): when
 * the admin quorum can no longer be reached, M of the guardians (principals
 * of role `guardian`, created by the admin quorum ahead of time) propose new
 * admin principals, and optionally the revocation of lost ones. The proposal
 * is a request of kind `admin:recovery` that needs M-1 more guardian
 * approvals (each the guardian's own signature over the request digest), then
 * waits out the policy's time-lock (`admin.recovery.delay`, default 72 h,
 * never under 24 h), during which any admin or guardian can cancel it. When
 * it comes to execute it is decided again: the policy in force must still
 * enable recovery, the proposer must still be an active guardian and the
 * approvals must still verify under the guardians' current keys.
 *
 * Off by default: a policy without `admin.recovery` refuses every proposal.
 */
import { CustosError, badInput } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import { auditActor, requireRole, type Actor } from '../access/actor.js';
import type { Principals } from '../access/principals.js';
import type { PolicyService } from '../policy/service.js';
import type { Policy } from '../policy/document.js';
import { formatDuration } from '../policy/duration.js';
import type { Repo } from '../store/repo.js';
import { normaliseRecovery, recoveryRequestId, type RecoveryAction } from './recovery-action.js';
import { fileRecoveryProof } from '../threshold/governance.js';
import { ThresholdVault } from '../threshold/vault.js';
import { admit, DEFAULT_LIMITS } from './quota.js';
import type { RequestRows } from './rows.js';
import type { RequestView, StoredDecision } from './view.js';

export const RECOVERY_KIND = 'admin:recovery';
export const RECOVERY_RULE = 'guardian-recovery';
export class Recovery {
  constructor(
    private readonly rows: RequestRows,
    private readonly policies: PolicyService,
  ) {}

  /** A guardian proposes a recovery: a request waiting for the other guardians, then the time-lock. */
  async propose(actor: Actor, input: { admins: { name: string; publicKey: string }[]; revoke?: string[] }): Promise<RequestView> {
    requireRole(actor, ['guardian'], 'recovery.propose');
    this.rows.inst.assertUnsealed();
    const action = normaliseRecovery(input);
    return this.rows.inst.store.tx(async (repo) => {
      const { version, policy } = await this.policies.current(repo);
      const rp = policy.recovery;
      if (!rp)
        throw new CustosError(
          'E_RECOVERY_DISABLED',
          `policy v${version} does not enable guardian recovery (admin.recovery): the admin quorum sets it ahead of time`,
        );
      await checkTargets(repo, action);
      const d: StoredDecision = {
        outcome: 'allow',
        rule: RECOVERY_RULE,
        reason: `a recovery needs ${rp.guardians} distinct guardians, then a ${formatDuration(rp.delayMs)} time-lock in which any admin can cancel it`,
        approvals: rp.guardians > 1 ? { count: rp.guardians - 1, from: 'guardian' } : null,
        delayMs: rp.delayMs,
        policyVersion: version,
        factsDigest: '',
      };
      const nowMs = this.rows.opts.now();
      // Proposed through the API: the id is derived from the guardian's signed request, as parties require.
      const id = actor.proof ? recoveryRequestId(actor.proof) : undefined;
      const rec = this.rows.newRecord(actor, RECOVERY_KIND, null, action, {}, d, null, nowMs, 0, false, undefined, id);
      await admit(repo, rec, this.rows.opts.limits ?? DEFAULT_LIMITS, nowMs);
      await repo.requests.insert(rec);
      await this.rows.auditDecision(repo, actor, rec, d);
      // The guardian's own signed request is the proposer's part of the proof threshold parties check (decision 0031).
      if (actor.proof) await new ThresholdVault(this.rows.inst).put(repo, 'gov-http', rec.id, 'active', actor.proof);
      if (rec.status === 'approved') await fileRecoveryProof(this.rows.inst, repo, rec, false); // one guardian needed: approved at once
      await appendEvent(repo, {
        actor: auditActor(actor),
        action: 'recovery.propose',
        subject: `request/${rec.id}`,
        details: { admins: action.admins.map((a) => a.name), revoke: action.revoke, guardians: rp.guardians, delayMs: rp.delayMs, digest: rec.digest },
      });
      return this.rows.view(repo, rec);
    });
  }
}

/** New admin names must be free; every principal to revoke must be an admin. Checked at proposal and again at execution. */
async function checkTargets(repo: Repo, a: RecoveryAction): Promise<void> {
  for (const n of a.admins) {
    if (await repo.access.principalByName(n.name)) throw new CustosError('E_NAME_TAKEN', `a principal named "${n.name}" already exists`, { principal: n.name });
  }
  for (const name of a.revoke) {
    const p = await repo.access.principalByName(name);
    if (!p) throw new CustosError('E_PRINCIPAL_NOT_FOUND', `no principal ${name}`, { principal: name });
    if (p.role !== 'admin') throw badInput(`a recovery revokes only admins; ${name} is ${p.role}`, { field: 'revoke' });
  }
}

/**
 * Why a recovery that came to execute may no longer run, or null: decided
 * again under the policy in force, the proposer as it is now and the
 * guardian approvals that verify now.
 */
export function recoveryRefusal(
  policy: { version: number; policy: Policy },
  proposer: Actor | null,
  verifiedGuardians: number,
  lock: { notBefore: string | null; delayMs: number; nowMs: number },
): { rule: string | null; reason: string } | null {
  const rp = policy.policy.recovery;
  if (!rp) return { rule: RECOVERY_RULE, reason: `policy v${policy.version} no longer enables guardian recovery` };
  // A time-lock lengthened since the approval applies: counted from when it was approved.
  const approvedAt = lock.notBefore ? Date.parse(lock.notBefore) - lock.delayMs : NaN;
  if (!Number.isFinite(approvedAt) || lock.nowMs < approvedAt + rp.delayMs)
    return { rule: RECOVERY_RULE, reason: `policy v${policy.version} holds a recovery ${formatDuration(rp.delayMs)} after its approval; that has not passed` };
  if (!proposer || proposer.role !== 'guardian') return { rule: RECOVERY_RULE, reason: 'the proposing guardian is no longer an active guardian' };
  if (verifiedGuardians < rp.guardians - 1)
    return {
      rule: RECOVERY_RULE,
      reason: `policy v${policy.version} needs ${rp.guardians - 1} guardian approvals besides the proposer; ${verifiedGuardians} verify`,
    };
  return null;
}

/** Carry out a recovery inside the executing transaction: create the new admins, then revoke the lost ones. */
export async function executeRecovery(principals: Principals, repo: Repo, a: RecoveryAction, actor: Actor, requestId: string) {
  await checkTargets(repo, a);
  const created = [];
  for (const n of a.admins) created.push(await principals.createIn(repo, { name: n.name, role: 'admin', publicKey: n.publicKey }, actor));
  const revoked = [];
  for (const name of a.revoke) revoked.push(await principals.revokeIn(repo, name, actor));
  await appendEvent(repo, {
    actor: auditActor(actor),
    action: 'recovery.execute',
    subject: `request/${requestId}`,
    details: { admins: created.map((p) => p.name), revoked: revoked.map((p) => p.name) },
  });
  return { admins: created, revoked };
}
