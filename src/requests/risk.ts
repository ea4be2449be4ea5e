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
 * Scoring is src/risk/ (pure); the counts live in src/store/repo-risk.ts as
 * row-MACed rows, MACed and checked here through the row-MAC layer
 * (decision 0030): whoever writes the database cannot make a stranger look
 * familiar.
 */
import { CustosError } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import { observe } from '../risk/observe.js';
import { countInto, emptyProfile, noneSeen, SEEN_CAP, seenValues } from '../risk/profile.js';
import { AMOUNT_BINS } from '../risk/histogram.js';
import { scoreRisk } from '../risk/score.js';
import { SEEN_KINDS, type RiskFacts, type RiskObservation, type RiskProfile, type SeenCounts } from '../risk/types.js';
import type { AuthenticatedRecords } from '../keystore/authenticated.js';
import type { Repo } from '../store/repo.js';
import type { RiskScope, StoredRiskBaseline } from '../store/repo-risk.js';
import type { Store } from '../store/store.js';
import type { RequestRecord, RiskBaselineRecord } from '../store/records.js';

/** What the risk hooks need of the row-MAC layer: baselines are MACed rows (decision 0030). */
export type RiskRowAuth = Pick<AuthenticatedRecords, 'sign' | 'verify'>;

const counts = (v: unknown, len: number): v is number[] =>
  Array.isArray(v) && v.length === len && v.every((c) => Number.isSafeInteger(c) && (c as number) >= 0);

/** A verified profile row's counts (a row that verifies but does not parse is refused like a forged one). */
function decodeProfile(rec: RiskBaselineRecord): RiskProfile {
  let d: Partial<RiskProfile>;
  try {
    d = JSON.parse(rec.data) as Partial<RiskProfile>;
  } catch {
    d = {};
  }
  const sizes = d.seenSize as Record<string, unknown> | undefined;
  if (
    !Number.isSafeInteger(d.n) ||
    !Number.isFinite(d.firstMs) ||
    !Number.isFinite(d.lastMs) ||
    !counts(d.amount, AMOUNT_BINS) ||
    !counts(d.hour, 24) ||
    !sizes ||
    !SEEN_KINDS.every((k) => Number.isSafeInteger(sizes[k]))
  ) {
    throw new CustosError('E_TAMPERED', `stored record risk-baseline/${rec.scope}/${rec.subject} does not parse`, {
      record: `risk-baseline/${rec.scope}/${rec.subject}`,
    });
  }
  return d as RiskProfile;
}

const encodeProfile = (p: RiskProfile): string =>
  JSON.stringify({ n: p.n, firstMs: p.firstMs, lastMs: p.lastMs, amount: p.amount, hour: p.hour, seenSize: p.seenSize });

/** A subject's profile, MAC-checked (E_TAMPERED naming the row otherwise); empty before its first signed request. */
function profileOf(auth: RiskRowAuth, b: StoredRiskBaseline): RiskProfile {
  return b.profile ? decodeProfile(auth.verify('riskBaselines', b.profile)) : emptyProfile();
}

/** How often this request's values were seen, from MAC-checked rows only (a spender also counts as seen when called as a contract). */
function seenOf(auth: RiskRowAuth, b: StoredRiskBaseline, o: RiskObservation): SeenCounts {
  const seen = new Map<string, number>();
  for (const r of b.seen) seen.set(`${auth.verify('riskSeen', r).kind}:${r.value}`, r.count);
  const c = noneSeen();
  for (const [k, v] of seenValues(o)) c[k] = (seen.get(`${k}:${v}`) ?? 0) + (k === 'spender' ? (seen.get(`contract:${v}`) ?? 0) : 0);
  return c;
}

/** The values whose seen counts scoring needs (a spender is also looked up as a contract). */
function lookups(o: RiskObservation): [string, string][] {
  const out: [string, string][] = seenValues(o);
  if (o.spender) out.push(['contract', o.spender]);
  return out;
}

/**
 * The profile rows a transaction's decision read and MAC-checked, by `scope:subject`, for its learning
 * step to start from (taken once) instead of reading and checking them again, with their counts as
 * decoded then (a copy: scoring holds the other, learning counts into this one) instead of parsing
 * the row again. Learning writes them back compare-and-set on exactly this data, so a row another
 * writer changed since fails the write as before.
 */
const readIn = new WeakMap<Repo, Map<string, { row: RiskBaselineRecord | undefined; profile: RiskProfile }>>();

/** An independent copy of a decoded profile (what encodeProfile writes of it: any extra seen-size kinds too). */
const copyProfile = (p: RiskProfile): RiskProfile => ({
  n: p.n,
  firstMs: p.firstMs,
  lastMs: p.lastMs,
  amount: p.amount.slice(),
  hour: p.hour.slice(),
  seenSize: { ...p.seenSize },
});

/** The MAC-checked baselines a request is scored against (a constant handful of reads). */
export async function readBaselines(repo: Repo, auth: RiskRowAuth, o: RiskObservation) {
  const b = await repo.risk.baselines(o.key, o.principal, lookups(o));
  const key = profileOf(auth, b.key);
  const principal = profileOf(auth, b.principal);
  readIn.set(
    repo,
    new Map([
      [`key:${o.key}`, { row: b.key.profile, profile: copyProfile(key) }],
      [`principal:${o.principal}`, { row: b.principal.profile, profile: copyProfile(principal) }],
    ]),
  );
  return {
    key,
    principal,
    seen: { key: seenOf(auth, b.key, o), principal: seenOf(auth, b.principal, o) },
  };
}

/**
 * The risk facts of a request about to be decided. A baseline row that fails
 * its MAC stops the decision with E_TAMPERED (the request is refused, nothing
 * is recorded) until `custos risk rebuild` relearns it from the signed history.
 */
export async function riskFacts(
  repo: Repo,
  auth: RiskRowAuth,
  req: { key: string; principal: string; usd: number; atMs: number; payload: Record<string, unknown> },
  recent: { count1m: number; count10m: number },
  lists: Record<string, string[]>,
): Promise<RiskFacts> {
  const o = observe(req);
  return scoreRisk(o, { ...(await readBaselines(repo, auth, o)), recent, lists });
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
  // eth2 duties are not scored and teach nothing (docs/risk.md), live or on a rebuild.
  if (payload.eth2 !== undefined) return null;
  return observe({ key: r.keyName, principal: r.principalId, usd: r.valueUsd, atMs: Date.parse(r.createdAt), payload });
}

const conflict = (scope: RiskScope, subject: string) =>
  new CustosError('E_INTERNAL', `risk baseline ${scope}/${subject} changed under a writer that should hold its lock`);

/**
 * Add an observation to one subject's baseline: read and MAC-check its
 * profile, count the request in, remember its new values (while the kind
 * holds fewer than SEEN_CAP), write the profile back with a fresh MAC,
 * compare-and-set on what was read. The caller holds the subject's lock.
 */
async function learnSubject(repo: Repo, auth: RiskRowAuth, scope: RiskScope, subject: string, o: RiskObservation): Promise<void> {
  const id = `${scope}:${subject}`;
  const known = readIn.get(repo)?.get(id);
  let prior: RiskBaselineRecord | undefined;
  let p: RiskProfile;
  if (known) {
    ({ row: prior, profile: p } = known); // read, MAC-checked and decoded by this transaction's decision
    readIn.get(repo)!.delete(id);
  } else {
    const row = await repo.risk.profile(scope, subject);
    prior = row ? auth.verify('riskBaselines', row) : undefined;
    p = prior ? decodeProfile(prior) : emptyProfile();
  }
  countInto(p, o);
  for (const [kind, value] of seenValues(o)) {
    if (await repo.risk.bumpSeen(scope, subject, kind, value)) continue;
    if (p.seenSize[kind] >= SEEN_CAP) continue; // a full set learns no new value: it stays new (strict)
    if (!(await repo.risk.insertSeen(auth.sign('riskSeen', { scope, subject, kind, value, count: 1 })))) throw conflict(scope, subject);
    p.seenSize[kind]++;
  }
  if (!(await repo.risk.putProfile(auth.sign('riskBaselines', { scope, subject, data: encodeProfile(p) }), prior?.data ?? null)))
    throw conflict(scope, subject);
}

async function learn(repo: Repo, auth: RiskRowAuth, o: RiskObservation): Promise<void> {
  await learnSubject(repo, auth, 'key', o.key, o);
  await learnSubject(repo, auth, 'principal', o.principal, o);
}

/** Teach both baselines a request that was just signed (same transaction as its move to signed, holding its key's and principal's locks). */
export async function learnSigned(
  repo: Repo,
  auth: RiskRowAuth,
  rec: { kind: string; keyName: string | null; principalId: string; facts: string; valueUsd: number; createdAt: string },
): Promise<void> {
  if (rec.kind !== 'sign') return;
  const o = observationOf(rec);
  if (o && Number.isFinite(o.atMs)) await learn(repo, auth, o);
}

/**
 * Forget every baseline and learn the signed history again, in signing
 * order, in one transaction (`custos risk rebuild`): after a restore, after a
 * tampered baseline row, or to apply a changed detector to the past. Cost:
 * one pass over signed requests, each MAC-checked (`verify`), so the rebuilt
 * baselines are exactly what the authenticated history says.
 */
export async function rebuildRisk(store: Store, auth: RiskRowAuth, actor: string, verify: (r: RequestRecord) => RequestRecord): Promise<{ requests: number }> {
  return store.tx(async (repo) => {
    const requests = await rebuildIn(repo, auth, verify);
    await repo.setMeta('risk_baselines', 'done');
    await appendEvent(repo, { actor, action: 'risk.rebuild', subject: 'risk/baselines', details: { requests } });
    return { requests };
  });
}

async function rebuildIn(repo: Repo, auth: RiskRowAuth, verify: (r: RequestRecord) => RequestRecord): Promise<number> {
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
        await learn(repo, auth, o);
        requests++;
      }
    }
    if (page.length < 500) break;
    const last = page[page.length - 1]!;
    after = { signedAt: last.signedAt, id: last.id };
  }
  return requests;
}

/** Stores whose baselines are known to be current (no rebuild pending from migration 15). */
const ready = new WeakSet<Store>();

/**
 * Whether {@link ensureRiskBaselines} already ran for this store: the request
 * path checks it without yielding (an extra await before the deciding
 * transaction would let requests that arrived in order reach it out of order,
 * which slashing protection, for one, refuses).
 */
export const riskBaselinesReady = (store: Store): boolean => ready.has(store);

/**
 * Migration 16 replaced the unauthenticated counters by MACed rows, which
 * only an unsealed instance can write: the first request after it relearns
 * the signed history (once, whichever instance gets there first), before
 * anything is scored against empty baselines.
 */
export async function ensureRiskBaselines(store: Store, auth: RiskRowAuth, verify: (r: RequestRecord) => RequestRecord): Promise<void> {
  if (ready.has(store)) return;
  if ((await store.read.getMeta('risk_baselines')) === 'rebuild') {
    await store.tx(async (repo) => {
      if ((await repo.getMeta('risk_baselines')) !== 'rebuild') return; // another instance did it
      const requests = await rebuildIn(repo, auth, verify);
      await repo.setMeta('risk_baselines', 'done');
      await appendEvent(repo, { actor: 'custos', action: 'risk.rebuild', subject: 'risk/baselines', details: { requests } });
    });
  }
  ready.add(store);
}
