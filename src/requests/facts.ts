/**
 * Gather the facts a decision is taken on, inside the deciding transaction
 * (so the velocity counts it reads are the ones its own insert will extend).
 */
import type { Actor } from '../access/actor.js';
import type { PolicyFacts } from '../policy/facts.js';
import type { Repo } from '../store/repo.js';
import type { KeyFactsSource } from '../keystore/types.js';
import type { Curve } from '../hd/derive.js';
import type { Plan } from './types.js';
import { riskFacts, type RiskRowAuth } from './risk.js';
import { NO_RISK } from '../risk/types.js';
import type { MarketFacts } from '../chains/market.js';

export interface RawRequestShape {
  key: string;
  curve?: Curve;
  scheme: string;
  size: number;
  note: string;
  tags: Record<string, string>;
  kind: string;
  payloadFacts?: Record<string, unknown>;
  /** The request's USD value as velocity counts it (risk reads it too). */
  valueUsd?: number;
  market?: MarketFacts;
}

/** The request as fact gathering sees it: a signing plan with the request's note and tags. */
export function requestShape(
  plan: Pick<Plan, 'key' | 'curve' | 'scheme' | 'size' | 'kind' | 'payloadFacts' | 'market'> & { valueUsd?: number },
  note: string,
  tags: Record<string, string>,
): RawRequestShape {
  return {
    key: plan.key,
    ...(plan.curve ? { curve: plan.curve } : {}),
    scheme: plan.scheme,
    size: plan.size,
    note,
    tags,
    kind: plan.kind,
    payloadFacts: plan.payloadFacts,
    valueUsd: plan.valueUsd ?? 0,
    ...(plan.market ? { market: plan.market } : {}),
  };
}

/**
 * `exclude` leaves one request's own reservation out of the velocity windows
 * (re-deciding an allowed request at execution, which already counts in them).
 */
export async function gatherFacts(
  repo: Repo,
  keys: KeyFactsSource,
  auth: RiskRowAuth,
  actor: Actor,
  req: RawRequestShape,
  nowMs: number,
  exclude?: { atMs: number; valueUsd: number },
) {
  const key = await keys.facts(repo, req.key, req.curve);
  const [{ key: velKey, principal: velPrincipal, usage }, lists] = await Promise.all([
    repo.requests.velocities(key.name, actor.id, nowMs, exclude),
    repo.access.allLists(),
  ]);
  const now = new Date(nowMs);
  // The risk hook (requests/risk.ts): scored before the decision, from the baselines the recording transaction keeps.
  // eth2 duties are not scored (docs/risk.md): no value, destination or contract, and a schedule the protocol sets.
  const risk =
    req.kind === 'eth2'
      ? NO_RISK
      : await riskFacts(
          repo,
          auth,
          { key: key.name, principal: actor.id, usd: req.valueUsd ?? 0, atMs: nowMs, payload: req.payloadFacts ?? {} },
          velKey,
          lists,
        );
  const facts: PolicyFacts = {
    principal: { id: actor.id, name: actor.name, role: actor.role, kind: actor.kind, tags: actor.tags },
    key: { name: key.name, algorithm: key.algorithm, custody: key.custody, tags: key.tags, version: key.version },
    request: { kind: req.kind, scheme: req.scheme, size: req.size, note: req.note, tags: req.tags, blind: req.kind === 'raw' },
    payload: req.payloadFacts ?? {},
    velocity: { key: velKey, principal: velPrincipal },
    lists,
    time: { hour: now.getUTCHours(), weekday: now.getUTCDay(), date: now.toISOString().slice(0, 10), unix: Math.floor(nowMs / 1000) },
    risk,
    market: req.market ?? {},
  };
  // `usage`: the principal's quota counters, read with the velocity (the submission admits the request on them).
  return { facts, key, usage };
}
