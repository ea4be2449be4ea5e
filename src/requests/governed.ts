/**
 * Admin actions under the meta-policy: local operators and a quorum of 1 run
 * them at once; otherwise each becomes a request that needs M-1 more
 * distinct admin approvals. Membership and share changes run outside any
 * transaction, with the proposer's signed API request as the parties' proof.
 */
import { CustosError } from '../errors.js';
import { auditActor, requireRole, type Actor } from '../access/actor.js';
import type { PolicyService } from '../policy/service.js';
import { recordGovProof } from '../threshold/governance.js';
import { ThresholdVault } from '../threshold/vault.js';
import type { RequestView, StoredDecision } from './view.js';
import { admit, DEFAULT_LIMITS } from './quota.js';
import { executeAdmin, isNetworkAction, validateAdmin, type AdminAction, type AdminExecutors, type ThresholdHooks } from './admin.js';
import type { RequestRows } from './rows.js';

export class Governor {
  constructor(
    private readonly rows: RequestRows,
    private readonly policies: PolicyService,
    private readonly admin: AdminExecutors,
    private readonly threshold: ThresholdHooks | null,
  ) {}

  /**
   * Run an admin action under the meta-policy: local operators and a quorum of
   * 1 execute at once; otherwise it becomes a request needing M-1 more distinct
   * admin approvals, executed when the last one arrives.
   */
  async governed(actor: Actor, action: AdminAction): Promise<{ status: 'done'; output: unknown } | { status: 'pending'; request: RequestView }> {
    requireRole(actor, ['admin'], `${action.action}`);
    validateAdmin(action);
    const network = isNetworkAction(action);
    if (network && !actor.proof) {
      throw new CustosError(
        'E_FORBIDDEN',
        `${action.action} changes threshold parties, which verify the admin's own signed API request: make it through the API with an admin credential (CUSTOS_ADDR), not in local mode`,
      );
    }
    if (network && !this.threshold) throw new CustosError('E_UNSUPPORTED', 'this instance runs no threshold coordinator');
    const r = await this.rows.inst.store.tx(async (repo) => {
      const { version, policy } = await this.policies.current(repo);
      if (actor.kind === 'local' || policy.adminApprovals <= 1) {
        if (network) return { status: 'run' as const };
        const output = await executeAdmin(this.admin, repo, action, { principalId: actor.id, principalName: actor.name });
        await recordGovProof(this.rows.inst, repo, action, actor.proof ? { http: actor.proof } : undefined);
        return { status: 'done' as const, output };
      }
      const d: StoredDecision = {
        outcome: 'allow',
        rule: 'admin-quorum',
        reason: `admin actions need ${policy.adminApprovals} distinct admins`,
        approvals: { count: policy.adminApprovals - 1, from: 'admin' },
        delayMs: 0,
        policyVersion: version,
        factsDigest: '',
      };
      const keyName =
        action.action === 'key.destroy' ||
        action.action === 'key.usage' ||
        action.action === 'key.reshare' ||
        action.action === 'key.refresh' ||
        action.action === 'key.refreshSchedule' ||
        action.action === 'key.unfreeze'
          ? action.name
          : null;
      const rec = this.rows.newRecord(actor, `admin:${action.action}`, keyName, action, {}, d, null, this.rows.opts.now());
      await admit(repo, rec, this.rows.opts.limits ?? DEFAULT_LIMITS, this.rows.opts.now());
      await repo.requests.insert(rec);
      await this.rows.auditDecision(repo, actor, rec, d);
      if (actor.proof) await new ThresholdVault(this.rows.inst).put(repo, 'gov-http', rec.id, 'active', actor.proof);
      return { status: 'pending' as const, request: await this.rows.view(repo, rec) };
    });
    if (r.status === 'run' && isNetworkAction(action))
      return { status: 'done', output: await this.threshold!.runAdmin(action, { action, http: actor.proof! }, auditActor(actor)) };
    if (r.status === 'done' && action.action === 'key.destroy') await this.threshold?.afterDestroy(action.name).catch(() => undefined);
    return r as { status: 'done'; output: unknown } | { status: 'pending'; request: RequestView };
  }
}
