/**
 * The request pipeline's two risk hooks, and the rebuild:
 *
 * - `riskFacts`, before the decision (inside fact gathering): the request's
 *   observation scored against its key's and principal's baselines;
 * - `learnSigned`, in the transaction that records a signature: the request
 *   joins both baselines (only signed requests teach the baselines, so a
 *   request that waits, is refused or rejected never makes its own
 *   destination look familiar);
 * - `rebuildRisk`: the baselines again from the signed history.
 *
 * Scoring is src/risk/ (pure); the counts live in src/store/repo-risk.ts.
 */
import { appendEvent } from '../audit/trail.js';
import { amountBin } from '../risk/histogram.js';
import { observe } from '../risk/observe.js';
import { emptyProfile, hourOf, noneSeen, SEEN_CAP, seenValues } from '../risk/profile.js';
import { scoreRisk } from '../risk/score.js';
import { SEEN_KINDS, type RiskFacts, type RiskObservation, type RiskProfile, type SeenCounts } from '../risk/types.js';
import type { Repo } from '../store/repo.js';
import type { StoredRiskBaseline } from '../store/repo-risk.js';
import type { Store } from '../store/store.js';
import type { RequestRecord } from '../store/records.js';

const SEEN_INDEX: Record<string, number> = Object.fromEntries(SEEN_KINDS.map((k, i) => [k, i]));

function profileOf(b: StoredRiskBaseline): RiskProfile {
  const p = emptyProfile();
  p.n = b.n;
  p.firstMs = b.firstMs;
  p.lastMs = b.lastMs;
  for (const [bin, c] of Object.entries(b.bins.amount ?? {})) if (Number(bin) < p.amount.length) p.amount[Number(bin)] = c;
  for (const [bin, c] of Object.entries(b.bins.hour ?? {})) if (Number(bin) < 24) p.hour[Number(bin)] = c;
  for (const k of SEEN_KINDS) p.seenSize[k] = b.bins['seen-size']?.[SEEN_INDEX[k]!] ?? 0;
  return p;
}

function seenOf(b: StoredRiskBaseline, o: RiskObservation): SeenCounts {
  const c = noneSeen();
  for (const [k, v] of seenValues(o)) c[k] = (b.seen[`${k}:${v}`] ?? 0) + (k === 'spender' ? (b.seen[`contract:${v}`] ?? 0) : 0);
  return c;
}

/** The values whose seen counts scoring needs (a spender is also looked up as a contract). */
function lookups(o: RiskObservation): [string, string][] {
  const out: [string, string][] = seenValues(o);
  if (o.spender) out.push(['contract', o.spender]);
  return out;
}

/** The risk facts of a request about to be decided (a constant handful of reads). */
export async function riskFacts(
  repo: Repo,
  req: { key: string; principal: string; usd: number; atMs: number; payload: Record<string, unknown> },
  recent: { count1m: number; count10m: number },
  lists: Record<string, string[]>,
): Promise<RiskFacts> {
  const o = observe(req);
  const b = await repo.risk.baselines(o.key, o.principal, lookups(o));
  return scoreRisk(o, {
    key: profileOf(b.key),
    principal: profileOf(b.principal),
    seen: { key: seenOf(b.key, o), principal: seenOf(b.principal, o) },
    recent,
    lists,
  });
}

/** A stored signing request, as the detector sees it (from its recorded facts). */
function observationOf(r: { keyName: string | null; principalId: string; facts: string; valueUsd: number; createdAt: string }): RiskObservation | null {
  if (!r.keyName) return null;
  let facts: { payload?: unknown };
  try {
    facts = JSON.parse(r.facts) as { payload?: unknown };
  } catch {
    return null;
  }
  const payload = typeof facts.payload === 'object' && facts.payload !== null ? (facts.payload as Record<string, unknown>) : {};
  return observe({ key: r.keyName, principal: r.principalId, usd: r.valueUsd, atMs: Date.parse(r.createdAt), payload });
}

async function learn(repo: Repo, o: RiskObservation): Promise<void> {
  const l = { atMs: o.atMs, amountBin: amountBin(o.usd), hour: hourOf(o.atMs), seen: seenValues(o) };
  await repo.risk.learn('key', o.key, l, SEEN_CAP, SEEN_INDEX);
  await repo.risk.learn('principal', o.principal, l, SEEN_CAP, SEEN_INDEX);
}

/** Teach both baselines a request that was just signed (same transaction as its move to signed). */
export async function learnSigned(
  repo: Repo,
  rec: { kind: string; keyName: string | null; principalId: string; facts: string; valueUsd: number; createdAt: string },
): Promise<void> {
  if (rec.kind !== 'sign') return;
  const o = observationOf(rec);
  if (o && Number.isFinite(o.atMs)) await learn(repo, o);
}

/**
 * Forget every baseline and learn the signed history again, in signing
 * order, in one transaction (`custos risk rebuild`): after a restore, or to
 * apply a changed detector to the past. Cost: one pass over signed requests,
 * each MAC-checked (`verify`), so the rebuilt baselines are exactly what the
 * authenticated history says.
 */
export async function rebuildRisk(store: Store, actor: string, verify: (r: RequestRecord) => RequestRecord): Promise<{ requests: number }> {
  return store.tx(async (repo) => {
    await repo.risk.clear();
    let after: { signedAt: string; id: string } | null = null;
    let requests = 0;
    for (;;) {
      const page = await repo.risk.signedPage(after, 500);
      for (const p of page) {
        const row = await repo.requests.get(p.id);
        if (!row) continue;
        const r = verify(row); // the row MAC: a row written into the store by anyone else teaches nothing (E_TAMPERED)
        const o = observationOf(r);
        if (o && Number.isFinite(o.atMs)) {
          await learn(repo, o);
          requests++;
        }
      }
      if (page.length < 500) break;
      const last = page[page.length - 1]!;
      after = { signedAt: last.signedAt, id: last.id };
    }
    await appendEvent(repo, { actor, action: 'risk.rebuild', subject: 'risk/baselines', details: { requests } });
    return { requests };
  });
}
