/**
 * The composition root: the one place that builds the object graph of an
 * instance (shared by the server, the CLI's local mode and threshold
 * parties), in dependency order, each object given what it uses at
 * construction (no setters, no late wiring):
 *
 *   instance (store, seal, barrier; opened by the caller)
 *     -> key records (row-MAC'd `keys` rows)
 *     -> threshold coordinator (records DKG keys there)
 *     -> wallets -> keys (sign threshold keys through the coordinator, a `ThresholdSigner`)
 *     -> principals, policies, webhooks, the notification outbox (wired to the store's audit-event hook)
 *     -> requests (keys, policies, admin executors, planners, the coordinator's hooks)
 *     -> unseal progress (Shamir shares submitted one at a time, in memory)
 *
 * Handlers (src/api/handlers.ts) receive the result as their `ApiContext`
 * (src/api/context.ts); a party node receives only what it uses (`PartyServices`).
 */
import { Principals } from '../access/principals.js';
import { MAX_SESSION_MS, Passkeys, type PasskeyConfig } from '../access/passkeys.js';
import type { Instance } from '../keystore/instance.js';
import { KeyRecords } from '../keystore/key-records.js';
import { Keys } from '../keystore/keys.js';
import { Wallets } from '../keystore/wallets.js';
import { UnsealProgress } from '../keystore/unseal-progress.js';
import { ThresholdCoordinator } from '../threshold/coordinator.js';
import { PolicyService } from '../policy/service.js';
import { DEFAULT_REQUEST_TTL_MS, Requests, type Planners } from '../requests/service.js';
import { NO_CHAINS, type ChainConfig } from '../chains/config.js';
import { planRaw } from '../requests/plans.js';
import { evmPlanner } from '../requests/plans-evm.js';
import { safePlanner } from '../requests/plans-safe.js';
import { bitcoinPlanner, solanaPlanner } from '../requests/plans-btc-sol.js';
import { planEth2 } from '../requests/plans-eth2.js';
import type { PartyServices } from '../party/types.js';
import { DEFAULT_LIMITS, type RequestLimits } from '../requests/quota.js';
import type { Services } from './context.js';
import { Webhooks } from '../notify/webhooks.js';
import { Outbox } from '../notify/outbox.js';
import { Schedules } from '../keystore/schedules.js';
import { lazyObject } from '../lazy.js';

export type { ApiContext, Services } from './context.js';
export { contextFor } from './context.js';

export interface ServiceOptions {
  requestTtlMs?: number;
  /** Per-principal quotas on open requests and stored bytes (default DEFAULT_LIMITS). */
  limits?: Partial<RequestLimits>;
  now?: () => number;
  chains?: ChainConfig;
  /** How long the coordinator waits for a threshold party's answer (default 10 s; DKG and resharing at least 30 s). */
  partyTimeoutMs?: number;
  /** The console's WebAuthn origin and rpId (default http://127.0.0.1:8200, 127.0.0.1; serve derives them from its listen address). */
  passkeys?: PasskeyConfig | (() => PasskeyConfig);
}

export function buildServices(inst: Instance, opts: ServiceOptions = {}): Services {
  const chains = opts.chains ?? NO_CHAINS;
  const records = new KeyRecords(inst);
  const threshold = new ThresholdCoordinator(inst, records, {
    ...(opts.partyTimeoutMs !== undefined ? { timeoutMs: opts.partyTimeoutMs } : {}),
    ...(opts.now ? { now: opts.now } : {}),
  });
  const wallets = new Wallets(inst);
  const keys = new Keys(inst, wallets, records, threshold);
  const principals = new Principals(inst);
  const policies = new PolicyService(inst);
  const webhooks = new Webhooks(inst, opts.now ?? Date.now);
  const outbox = new Outbox(inst, opts.now ?? Date.now);
  // Every audit event that raises a notification queues it in its own transaction (src/notify/outbox.ts).
  inst.store.onAuditEvent(outbox.onAuditEvent);
  const requests = new Requests(
    inst,
    keys,
    policies,
    { principals, policies, keys, wallets, webhooks },
    { ttlMs: opts.requestTtlMs ?? DEFAULT_REQUEST_TTL_MS, now: opts.now ?? Date.now, limits: { ...DEFAULT_LIMITS, ...opts.limits } },
    buildPlanners(chains),
    threshold,
  );
  const schedules = new Schedules(inst, keys, opts.now ?? Date.now, threshold);
  // viem is behind the Safe accounts: loaded at their first use (src/lazy.ts).
  const safes = lazyObject(async () => new (await import('../safe/accounts.js')).SafeAccounts(inst, keys, records, threshold, () => chains.eth.upstream));
  return {
    inst,
    keys,
    wallets,
    principals,
    policies,
    requests,
    chains,
    threshold,
    safes,
    unsealProgress: new UnsealProgress(inst),
    webhooks,
    outbox,
    schedules,
    passkeys: new Passkeys(inst, opts.passkeys ?? { origin: 'http://127.0.0.1:8200', rpId: '127.0.0.1', maxSessionMs: MAX_SESSION_MS }, opts.now ?? Date.now),
  };
}

/** The signing planners by payload type (also what a threshold party re-plans payloads with). */
export function buildPlanners(chains: ChainConfig): Planners {
  const planners: Planners = {
    raw: planRaw,
    evm: evmPlanner(chains),
    bitcoin: bitcoinPlanner(chains),
    solana: solanaPlanner(),
    eth2: planEth2,
    safe: safePlanner(chains),
  };
  // Every plan carries the market snapshot it was planned under (policy's `market.*`).
  return Object.fromEntries(
    Object.entries(planners).map(([type, plan]) => [type, async (...args: Parameters<typeof plan>) => ({ ...(await plan(...args)), market: chains.market() })]),
  );
}

/** What a threshold party node uses of the services: its instance, policy, principals and the planners. */
export function partyServices(s: Services, opts: { acceptPasskeyApprovals?: boolean; now?: () => number } = {}): PartyServices {
  return {
    inst: s.inst,
    policies: s.policies,
    principals: s.principals,
    requests: s.requests,
    acceptPasskeyApprovals: opts.acceptPasskeyApprovals === true,
    now: opts.now ?? Date.now,
  };
}
