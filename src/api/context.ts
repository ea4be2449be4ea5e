/**
 * What every API handler receives: the services of one instance (built by
 * the composition root, src/api/services.ts), who is acting, and whether we
 * are the server or the local CLI. A leaf module (types and one helper), so
 * the server, the handlers, eth-rpc and the CLI share it without importing
 * each other or the composition root.
 */
import type { Actor } from '../access/actor.js';
import type { Principals } from '../access/principals.js';
import type { Passkeys } from '../access/passkeys.js';
import type { ChainConfig } from '../chains/config.js';
import type { Instance } from '../keystore/instance.js';
import type { Keys } from '../keystore/keys.js';
import type { Wallets } from '../keystore/wallets.js';
import type { PolicyService } from '../policy/service.js';
import type { Requests } from '../requests/service.js';
import type { UnsealProgress } from '../keystore/unseal-progress.js';
import type { ThresholdCoordinator } from '../threshold/coordinator.js';
import type { SafeAccounts } from '../safe/accounts.js';
import type { Webhooks } from '../notify/webhooks.js';
import type { Outbox } from '../notify/outbox.js';
import type { BatchProgress } from '../keystore/import-batch.js';
import type { Schedules } from '../keystore/schedules.js';
import type { AsyncMethods } from '../lazy.js';

/** The object graph of one instance. */
export interface Services {
  inst: Instance;
  keys: Keys;
  wallets: Wallets;
  principals: Principals;
  policies: PolicyService;
  requests: Requests;
  chains: ChainConfig;
  threshold: ThresholdCoordinator;
  /** Safe accounts: owners at the parties, the Safe on chain (src/safe/). */
  /** Safe accounts (src/safe/), loaded at first use. */
  safes: AsyncMethods<SafeAccounts>;
  /** Shamir shares submitted one at a time to a sealed server (memory only). */
  unsealProgress: UnsealProgress;
  /** Webhook endpoints and delivery status (src/notify/). */
  webhooks: Webhooks;
  /** The notification outbox: fed by the store's audit-event hook, and by the server for seal changes and tampering. */
  outbox: Outbox;
  /** Key rotation schedules, run by the server's tick (src/keystore/schedules.ts). */
  schedules: Schedules;
  /** Passkey registration, console logins and their sessions (src/access/passkeys.ts). */
  passkeys: Passkeys;
}

/** The services of one instance, who is acting, and whether we are the server or the local CLI. */
export interface ApiContext extends Services {
  actor: Actor;
  mode: 'local' | 'server';
  /** Local mode on a terminal: where long operations (a bulk import) report progress. */
  progress?: BatchProgress;
}

export function contextFor(s: Services, actor: Actor, mode: ApiContext['mode'], extra: Pick<ApiContext, 'progress'> = {}): ApiContext {
  return { ...s, actor, mode, ...extra };
}
