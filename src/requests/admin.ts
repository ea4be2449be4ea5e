/**
 * Admin actions that the meta-policy governs (policy, lists, principals, key
 * destruction). Each runs inside the caller's transaction, audited as the
 * admin who proposed it, whether at once or after a quorum of admins.
 */
import { CustosError } from '../errors.js';
import type { Actor } from '../access/actor.js';
import type { Principals } from '../access/principals.js';
import type { Keys } from '../keystore/keys.js';
import type { PolicyService } from '../policy/service.js';
import { parsePolicy } from '../policy/document.js';
import type { Repo } from '../store/repo.js';

export type AdminAction =
  | { action: 'policy.set'; source: string }
  | { action: 'list.set'; name: string; values: string[] }
  | { action: 'principal.create'; name: string; role: string; publicKey: string; tags?: Record<string, string> }
  | { action: 'principal.revoke'; name: string }
  | { action: 'key.destroy'; name: string };

/** What each admin action's executor returns (the output of executeAdmin for that action). */
export interface AdminOutputs {
  'policy.set': Awaited<ReturnType<PolicyService['setIn']>>;
  'list.set': Awaited<ReturnType<PolicyService['setListIn']>>;
  'principal.create': Awaited<ReturnType<Principals['createIn']>>;
  'principal.revoke': Awaited<ReturnType<Principals['revokeIn']>>;
  'key.destroy': Awaited<ReturnType<Keys['destroyIn']>>;
}

export interface AdminExecutors {
  principals: Principals;
  policies: PolicyService;
  keys: Keys;
}

/** Check an action before it is proposed, so a quorum never approves something that cannot run. */
export function validateAdmin(action: AdminAction): void {
  if (action.action === 'policy.set') parsePolicy(action.source);
}

export async function executeAdmin(ex: AdminExecutors, repo: Repo, action: AdminAction, proposer: { principalId: string; principalName: string }): Promise<unknown> {
  const actor: Actor = { id: proposer.principalId, name: proposer.principalName, role: 'admin', kind: proposer.principalId === 'local' ? 'local' : 'api', tags: {} };
  switch (action.action) {
    case 'policy.set':
      return ex.policies.setIn(repo, action.source, actor);
    case 'list.set':
      return ex.policies.setListIn(repo, action.name, action.values, actor);
    case 'principal.create':
      return ex.principals.createIn(repo, action, actor);
    case 'principal.revoke':
      return ex.principals.revokeIn(repo, action.name, actor);
    case 'key.destroy':
      return ex.keys.destroyIn(repo, action.name, actor.kind === 'local' ? actor.name : `principal:${actor.name}`);
    default:
      throw new CustosError('E_BAD_INPUT', 'unknown admin action');
  }
}
