/**
 * Admin actions that the meta-policy governs (policy, lists, principals, key
 * destruction, raw-signing grants). Each runs inside the caller's transaction, audited as the
 * admin who proposed it, whether at once or after a quorum of admins.
 */
import { CustosError, badInput } from '../errors.js';
import { auditActor, type Actor } from '../access/actor.js';
import type { Principals } from '../access/principals.js';
import type { Keys } from '../keystore/keys.js';
import type { Wallets } from '../keystore/wallets.js';
import type { PolicyService } from '../policy/service.js';
import { parsePolicy } from '../policy/document.js';
import type { Repo } from '../store/repo.js';
import type { SignContext, Veto } from '../party/protocol.js';
import type { GovProof } from '../threshold/governance.js';
import type { AdminAction, NetworkAdminAction } from './types.js';
import type { ThresholdCoordinator } from '../threshold/coordinator.js';
import { unfreezeIn } from './freeze.js';
import { checkWebhookInput, type Webhooks } from '../notify/webhooks.js';
import { executeRecovery } from './recovery.js';
import { parseEvery } from '../keystore/schedules.js';

export type { AdminAction, NetworkAdminAction } from './types.js';

export function isNetworkAction(a: AdminAction): a is NetworkAdminAction {
  return (
    a.action === 'party.add' || a.action === 'party.remove' || a.action === 'key.reshare' || a.action === 'key.refresh' || a.action === 'key.refreshSchedule'
  );
}

/**
 * What the request service needs of the threshold coordinator (injected by
 * the composition root; null where no coordinator runs).
 */
export interface ThresholdHooks {
  /** Tell a threshold key's parties of a request that signs later (they assess it and time its delay themselves). */
  announce(ctx: SignContext, refs: string[]): Promise<void>;
  /** Deliver a signed cancellation or rejection to the parties of the keys a request signs with. */
  veto(v: Veto, refs: string[]): Promise<void>;
  /** Run a membership or share change with the proof parties check. */
  runAdmin(action: NetworkAdminAction, proof: GovProof, actor: string): Promise<unknown>;
  /** After a threshold key's destruction: have its parties delete their shares. */
  afterDestroy(name: string): Promise<void>;
  /** A guardian recovery was approved or executed: carry its proof to every party (decision 0031). */
  syncRecovery(): Promise<void>;
  /** Deliver a signed cancellation or rejection of a guardian recovery to every party. */
  vetoEverywhere(v: Veto): Promise<void>;
}

/** What each admin action's executor returns (the output of executeAdmin for that action). */
export interface AdminOutputs {
  'policy.set': Awaited<ReturnType<PolicyService['setIn']>>;
  'list.set': Awaited<ReturnType<PolicyService['setListIn']>>;
  'principal.create': Awaited<ReturnType<Principals['createIn']>>;
  'principal.revoke': Awaited<ReturnType<Principals['revokeIn']>>;
  'key.destroy': Awaited<ReturnType<Keys['destroyIn']>>;
  'key.usage': Awaited<ReturnType<Keys['setRawUsageIn']>>;
  'wallet.usage': Awaited<ReturnType<Wallets['setRawUsageIn']>>;
  'party.add': Awaited<ReturnType<ThresholdCoordinator['addParty']>>;
  'party.remove': Awaited<ReturnType<ThresholdCoordinator['removeParty']>>;
  'key.reshare': Awaited<ReturnType<ThresholdCoordinator['reshare']>>;
  'key.refresh': Awaited<ReturnType<ThresholdCoordinator['reshare']>>;
  'key.refreshSchedule': Awaited<ReturnType<ThresholdCoordinator['setRefreshSchedule']>>;
  'key.unfreeze': Awaited<ReturnType<typeof unfreezeIn>>;
  'principal.unfreeze': Awaited<ReturnType<typeof unfreezeIn>>;
  'webhook.add': Awaited<ReturnType<Webhooks['addIn']>>;
  'webhook.remove': Awaited<ReturnType<Webhooks['removeIn']>>;
  recovery: Awaited<ReturnType<typeof executeRecovery>>;
}

export interface AdminExecutors {
  principals: Principals;
  policies: PolicyService;
  keys: Keys;
  wallets: Wallets;
  webhooks: Webhooks;
}

/** Check an action before it is proposed, so a quorum never approves something that cannot run. */
export function validateAdmin(action: AdminAction): void {
  if (action.action === 'policy.set') parsePolicy(action.source);
  if (action.action === 'webhook.add') checkWebhookInput(action);
  if (action.action === 'key.refreshSchedule' && action.every !== 'off') parseEvery(action.every);
  if (action.action === 'key.reshare' && action.parties && new Set(action.parties).size !== action.parties.length)
    throw badInput('a party is named twice', { field: 'parties' });
}

export async function executeAdmin(
  ex: AdminExecutors,
  repo: Repo,
  action: AdminAction,
  proposer: { principalId: string; principalName: string; id?: string },
): Promise<unknown> {
  const actor: Actor = {
    id: proposer.principalId,
    name: proposer.principalName,
    role: action.action === 'recovery' ? 'guardian' : 'admin',
    kind: proposer.principalId === 'local' ? 'local' : 'api',
    tags: {},
  };
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
      return ex.keys.destroyIn(repo, action.name, auditActor(actor));
    case 'key.usage':
      return ex.keys.setRawUsageIn(repo, action.name, action.allowRaw, auditActor(actor));
    case 'wallet.usage':
      return ex.wallets.setRawUsageIn(repo, action.name, action.allowRaw, auditActor(actor));
    case 'key.unfreeze':
      return unfreezeIn(repo, ex.keys, 'key', { name: action.name, id: action.name }, auditActor(actor));
    case 'principal.unfreeze': {
      const p = await ex.principals.byName(repo, action.name);
      return unfreezeIn(repo, ex.keys, 'principal', { name: p.name, id: p.id }, auditActor(actor));
    }
    case 'webhook.add':
      return ex.webhooks.addIn(repo, { name: action.name, url: action.url, events: action.events }, auditActor(actor));
    case 'webhook.remove':
      return ex.webhooks.removeIn(repo, action.name, auditActor(actor));
    case 'recovery':
      if (!proposer.id) throw new CustosError('E_INTERNAL', 'a recovery runs only as the request the guardians approved');
      return executeRecovery(ex.principals, repo, action, actor, proposer.id);
    case 'party.add':
    case 'party.remove':
    case 'key.reshare':
    case 'key.refresh':
    case 'key.refreshSchedule':
      throw new CustosError('E_INTERNAL', `${action.action} runs outside a transaction (ThresholdHooks.runAdmin)`);
    default:
      throw badInput('unknown admin action');
  }
}
