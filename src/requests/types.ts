/**
 * The request layer's shared types: signing plans and planners, admin
 * actions. A leaf module (types only), so threshold/ and party/ can name them
 * without importing the request service.
 */
import type { SignatureScheme } from '../crypto/algorithms.js';
import type { Curve } from '../hd/derive.js';
import type { SignInput } from '../keystore/payload.js';
import type { KeyFactsSource, SignResult } from '../keystore/types.js';
import type { MarketFacts } from '../chains/market.js';
import type { Repo } from '../store/repo.js';

export type AdminAction =
  | { action: 'policy.set'; source: string }
  | { action: 'list.set'; name: string; values: string[] }
  | { action: 'principal.create'; name: string; role: string; publicKey: string; tags?: Record<string, string> }
  | { action: 'principal.revoke'; name: string }
  | { action: 'key.destroy'; name: string }
  | { action: 'key.usage'; name: string; allowRaw: boolean }
  | { action: 'wallet.usage'; name: string; allowRaw: boolean }
  | { action: 'party.add'; name: string; url: string; identity: string }
  | { action: 'party.remove'; name: string }
  | { action: 'key.reshare'; name: string; threshold?: number; parties?: string[] }
  | { action: 'key.refresh'; name: string }
  | { action: 'key.refreshSchedule'; name: string; every: string }
  | { action: 'key.unfreeze'; name: string }
  | { action: 'principal.unfreeze'; name: string }
  | { action: 'webhook.add'; name: string; url: string; events: string[] }
  | { action: 'webhook.remove'; name: string }
  | { action: 'recovery'; admins: { name: string; publicKey: string }[]; revoke: string[] };

/** Admin actions that take network rounds with threshold parties: run outside any store transaction. */
export type NetworkAdminAction = Extract<AdminAction, { action: 'party.add' | 'party.remove' | 'key.reshare' | 'key.refresh' | 'key.refreshSchedule' }>;

export interface SigningTask {
  ref: string;
  curve?: Curve;
  scheme: SignatureScheme;
  input: SignInput;
  auxRand?: Uint8Array;
  version?: number;
}

export interface Plan {
  /** request.kind in the policy facts: raw, evm.transaction, btc.psbt, sol.message, ... */
  kind: string;
  /** The key the request is for (policy `key.*`, velocity per key). */
  key: string;
  curve?: Curve;
  /** request.scheme in the facts. */
  scheme: string;
  size: number;
  /** `payload.*` in the policy facts. */
  payloadFacts: Record<string, unknown>;
  valueUsd: number;
  /** `market.*` in the policy facts: the price feed's prices and volatility when the request was planned (src/chains/market.ts). */
  market?: MarketFacts;
  tasks: SigningTask[];
  /**
   * A check-and-record to run in the signing transaction right before the
   * signatures (eth2 slashing protection): a throw refuses the signature, and
   * its record commits with the request that returns it.
   */
  beforeSign?: (repo: Repo) => Promise<void>;
  assemble(results: SignResult[]): Record<string, unknown>;
}

/** The raw payload: sign bytes or a digest with one key. */
export interface RawPayload {
  type: 'raw';
  key: string;
  curve?: string;
  digest?: string;
  message?: string;
  hash?: string;
  scheme?: string;
  version?: number;
  auxRand?: string;
}

/** What planners (and fact gathering) read of keys: public facts only (keystore/types.ts). */
export type { KeyFactsSource };

export type Planner<P> = (repo: Repo, keys: KeyFactsSource, payload: P) => Promise<Plan>;

/**
 * A planner of some payload type, called with any stored payload (each
 * planner checks the payload it is given). Declared as a method so that a
 * `Planner<EvmPayload>` is one (method parameters are bivariant).
 */
export type PayloadPlanner = { plan(repo: Repo, keys: KeyFactsSource, payload: { type: string }): Promise<Plan> }['plan'];

/** Planners by payload type (raw in the request service; the chain planners are added by the composition root). */
export type Planners = Record<string, PayloadPlanner>;
