/** Wire the services of one instance (shared by the server and the CLI's local mode). */
import { Principals } from '../access/principals.js';
import type { Actor } from '../access/actor.js';
import type { Instance } from '../keystore/instance.js';
import { Keys } from '../keystore/keys.js';
import { Wallets } from '../keystore/wallets.js';
import { ThresholdCoordinator } from '../threshold/coordinator.js';
import { PolicyService } from '../policy/service.js';
import { DEFAULT_REQUEST_TTL_MS, Requests, type Planners } from '../requests/service.js';
import type { ApiContext } from './handlers.js';
import { NO_CHAINS, type ChainConfig } from '../chains/config.js';
import { planRaw } from '../requests/plans.js';
import { evmPlanner } from '../requests/plans-evm.js';
import { bitcoinPlanner, solanaPlanner } from '../requests/plans-btc-sol.js';

export interface Services {
  inst: Instance;
  keys: Keys;
  wallets: Wallets;
  principals: Principals;
  policies: PolicyService;
  requests: Requests;
  chains: ChainConfig;
  threshold: ThresholdCoordinator;
}

export function buildServices(inst: Instance, opts: { requestTtlMs?: number; now?: () => number; chains?: ChainConfig } = {}): Services {
  const wallets = new Wallets(inst);
  const keys = new Keys(inst, wallets);
  const principals = new Principals(inst);
  const policies = new PolicyService(inst);
  const chains = opts.chains ?? NO_CHAINS;
  const threshold = new ThresholdCoordinator(inst, keys);
  keys.setThresholdSigner((repo, k, scheme, bytes, context) => threshold.sign(repo, k, scheme, bytes, context));
  const requests = new Requests(
    inst,
    keys,
    policies,
    { principals, policies, keys },
    { ttlMs: opts.requestTtlMs ?? DEFAULT_REQUEST_TTL_MS, now: opts.now ?? Date.now },
    buildPlanners(chains),
    threshold,
  );
  return { inst, keys, wallets, principals, policies, requests, chains, threshold };
}

/** The signing planners by payload type (also what a threshold party re-plans payloads with). */
export function buildPlanners(chains: ChainConfig): Planners {
  return { raw: planRaw, evm: evmPlanner(chains), bitcoin: bitcoinPlanner(chains), solana: solanaPlanner() };
}

export function contextFor(s: Services, actor: Actor, mode: ApiContext['mode']): ApiContext {
  return { ...s, actor, mode };
}
