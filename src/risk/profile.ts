/**
 * In-memory baselines: an empty profile, and learning one observation. The
 * store keeps the same counts in SQL (src/store/repo-risk.ts, atomic
 * increments); this is the reference the tests compare it with and what the
 * evaluation (bench/risk.ts) runs on.
 */
import { AMOUNT_BINS, amountBin } from './histogram.js';
import { SEEN_KINDS, type RiskObservation, type RiskProfile, type SeenCounts, type SeenKind } from './types.js';

/** Distinct values remembered per subject and kind; beyond it a new value stays new (fails strict, never lax). */
export const SEEN_CAP = 4096;

export function emptyProfile(): RiskProfile {
  return {
    n: 0,
    firstMs: 0,
    lastMs: 0,
    amount: new Array<number>(AMOUNT_BINS).fill(0),
    hour: new Array<number>(24).fill(0),
    seenSize: { destination: 0, contract: 0, method: 0, spender: 0 },
  };
}

export function noneSeen(): SeenCounts {
  return { destination: 0, contract: 0, method: 0, spender: 0 };
}

/** The values an observation adds to the seen sets, by kind. */
export function seenValues(o: RiskObservation): [SeenKind, string][] {
  const out: [SeenKind, string][] = [];
  for (const k of SEEN_KINDS) {
    const v = o[k];
    if (v) out.push([k, v]);
  }
  return out;
}

/** The hour (UTC) of an observation. */
export const hourOf = (atMs: number): number => new Date(atMs).getUTCHours();

/**
 * Add one observation to a profile's counts (n, times, amount and hour bins),
 * in place; the seen sets and their sizes are the caller's (they live apart).
 * The one learning rule both the store (requests/risk.ts) and the in-memory
 * reference use.
 */
export function countInto(p: RiskProfile, o: RiskObservation): void {
  p.n++;
  p.firstMs = p.n === 1 ? o.atMs : Math.min(p.firstMs, o.atMs);
  p.lastMs = Math.max(p.lastMs, o.atMs);
  p.amount[amountBin(o.usd)]!++;
  p.hour[hourOf(o.atMs)]!++;
}

/** A subject's baseline in memory: the profile and its seen sets. */
export class MemoryBaseline {
  readonly profile: RiskProfile = emptyProfile();
  private readonly seen = new Map<string, number>();

  /** How often each of this observation's values was seen (spenders also count as seen when called as a contract). */
  counts(o: RiskObservation): SeenCounts {
    const c = noneSeen();
    for (const [k, v] of seenValues(o)) c[k] = (this.seen.get(`${k}:${v}`) ?? 0) + (k === 'spender' ? (this.seen.get(`contract:${v}`) ?? 0) : 0);
    return c;
  }

  /** An independent copy (the evaluation branches a baseline per injected attack). */
  clone(): MemoryBaseline {
    const c = new MemoryBaseline();
    const p = c.profile;
    Object.assign(p, {
      n: this.profile.n,
      firstMs: this.profile.firstMs,
      lastMs: this.profile.lastMs,
      amount: [...this.profile.amount],
      hour: [...this.profile.hour],
      seenSize: { ...this.profile.seenSize },
    });
    for (const [k, v] of this.seen) c.seen.set(k, v);
    return c;
  }

  learn(o: RiskObservation): void {
    const p = this.profile;
    countInto(p, o);
    for (const [k, v] of seenValues(o)) {
      const id = `${k}:${v}`;
      const had = this.seen.get(id);
      if (had !== undefined) this.seen.set(id, had + 1);
      else if (p.seenSize[k] < SEEN_CAP) {
        this.seen.set(id, 1);
        p.seenSize[k]++;
      }
    }
  }
}
