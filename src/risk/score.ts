/**
 * The risk score: a pure function of one request's observation and the
 * baselines of its key and principal (docs/risk.md has every formula).
 *
 * Each signal yields points p in 0..100 (its weight times a strength in
 * 0..1, times the confidence of the baseline it read); the score is
 * 100 * (1 - prod(1 - p/100)), rounded: bounded by 0 and 100, never lower
 * when a signal's evidence grows, 100 when any signal is certain.
 *
 * @example
 *   const r = scoreRisk(observation, baselines);
 *   r.score   // 0..100
 *   r.reasons // [{ code: 'new_destination', message: '...', points: 75, numbers: { keyHistory: 420 } }]
 */
import { amountBin, hourShare, medianMad, upperTail } from './histogram.js';
import { hourOf } from './profile.js';
import type { RiskBaselines, RiskCode, RiskFacts, RiskObservation, RiskProfile, RiskReason } from './types.js';

/** Weights: the points a signal gives at full strength on a mature baseline. */
export const RISK_WEIGHTS: Readonly<Record<RiskCode, number>> = Object.freeze({
  listed_address: 100,
  approval_new_spender: 85,
  new_destination: 75,
  new_contract: 75,
  amount_unusual: 75,
  rate_burst: 75,
  hour_unusual: 40,
  new_method: 30,
  approval_to_eoa: 90,
});

/** The score the documentation and the evaluation call high (`risk.score > 70`). */
export const DEFAULT_RISK_THRESHOLD = 70;

/** Requests a baseline needs before its novelty and shape signals count in full (they scale up to it linearly). */
export const MATURE_HISTORY = 50;

/** Lists whose names start with this are blocklists: an address in one is `listed_address`. */
export const BLOCKLIST_PREFIX = 'block.';

const clamp01 = (x: number): number => (x <= 0 || Number.isNaN(x) ? 0 : x >= 1 ? 1 : x);
const confidence = (p: RiskProfile): number => clamp01(p.n / MATURE_HISTORY);
const round = (x: number, d = 3): number => Math.round(x * 10 ** d) / 10 ** d;
const usdText = (x: number): string => (x >= 1e15 ? 'unbounded' : `$${x >= 100 ? String(Math.round(x)) : String(round(x, 2))}`);

type Candidate = Omit<RiskReason, 'points'> & { strength: number };

function listed(o: RiskObservation, lists: Record<string, string[]>): Candidate | null {
  for (const [name, values] of Object.entries(lists)) {
    if (!name.startsWith(BLOCKLIST_PREFIX)) continue;
    const set = new Set(values.map((v) => v.toLowerCase()));
    const hit = o.addresses.find((a) => set.has(a.toLowerCase())); // lists compare lowercase (base58 case-variants match too: strict)
    if (hit) return { code: 'listed_address', message: `${hit} is on blocklist "${name}"`, numbers: {}, strength: 1 };
  }
  return null;
}

function amount(o: RiskObservation, b: RiskBaselines): Candidate | null {
  if (!(o.usd > 0)) return null;
  let best: Candidate | null = null;
  for (const [who, p] of [
    ['key', b.key],
    ['principal', b.principal],
  ] as const) {
    const mm = medianMad(p.amount);
    if (!mm || p.n < 10) continue;
    const z = (Math.log10(o.usd) - mm.median) / (1.4826 * mm.mad);
    const strength = clamp01((z - 2.5) / 3.5) * confidence(p);
    if (strength > 0 && (!best || strength > best.strength)) {
      const tail = upperTail(p.amount, amountBin(o.usd));
      best = {
        code: 'amount_unusual',
        message: `${usdText(o.usd)} is ${round(z, 1)} robust deviations above this ${who}'s median ${usdText(10 ** mm.median)} (${round(tail * 100, 2)}% of ${p.n} past requests were as large)`,
        numbers: { usd: round(o.usd, 2), z: round(z), medianUsd: round(10 ** mm.median, 2), upperTail: round(tail, 5), history: p.n },
        strength,
      };
    }
  }
  return best;
}

function burst(o: RiskObservation, b: RiskBaselines): Candidate | null {
  const p = b.key;
  if (p.n === 0) return null;
  const days = Math.max(1, (p.lastMs - p.firstMs) / 86_400_000);
  const lambda10 = p.hour[hourOf(o.atMs)]! / days / 6;
  const lambda1 = lambda10 / 10;
  const k10 = b.recent.count10m + 1;
  const k1 = b.recent.count1m + 1;
  const excess = Math.max((k10 - lambda10) / Math.sqrt(lambda10 + 1), (k1 - lambda1) / Math.sqrt(lambda1 + 1));
  const strength = clamp01((excess - 4) / 6) * confidence(p);
  if (strength <= 0) return null;
  return {
    code: 'rate_burst',
    message: `${k10} requests in 10 minutes (${k1} in the last minute) with this key; usual at this hour is ${round(lambda10, 2)} per 10 minutes`,
    numbers: { count10m: k10, count1m: k1, usual10m: round(lambda10), excess: round(excess) },
    strength,
  };
}

function hour(o: RiskObservation, b: RiskBaselines): Candidate | null {
  const h = hourOf(o.atMs);
  const share = hourShare(b.key.hour, h);
  const floor = 1 / 24 / 4;
  const strength = clamp01(1 - share / floor) * confidence(b.key);
  if (strength <= 0) return null;
  return {
    code: 'hour_unusual',
    message: `${String(h).padStart(2, '0')}:00 UTC holds ${round(share * 100, 2)}% of this key's requests per hour (uniform is 4.17%)`,
    numbers: { hour: h, share: round(share, 5), history: b.key.n },
    strength,
  };
}

function novelty(o: RiskObservation, b: RiskBaselines): Candidate[] {
  const out: Candidate[] = [];
  const c = confidence(b.key);
  if (o.destination && b.seen.key.destination === 0) {
    const viaPrincipal = b.seen.principal.destination > 0;
    out.push({
      code: 'new_destination',
      message: `first transfer to ${o.destination} with this key (${b.key.n} past requests)${viaPrincipal ? '; the principal has sent there with another key' : ''}`,
      numbers: { history: b.key.n, principalSeen: b.seen.principal.destination },
      strength: c * (viaPrincipal ? 0.5 : 1),
    });
  }
  if (o.contract && b.seen.key.contract === 0) {
    out.push({ code: 'new_contract', message: `first call to contract ${o.contract} with this key`, numbers: { history: b.key.n }, strength: c });
  }
  if (o.method && b.seen.key.method === 0) {
    out.push({ code: 'new_method', message: `first call of method ${o.method} with this key`, numbers: { history: b.key.n }, strength: c });
  }
  if (o.spender && b.seen.key.spender === 0) {
    out.push({
      code: 'approval_new_spender',
      message: `${o.unlimitedApproval ? 'unlimited ' : ''}approval to ${o.spender}, which this key never called or approved before`,
      numbers: { unlimited: o.unlimitedApproval ? 1 : 0, history: b.key.n },
      // An unlimited approval to a stranger is dangerous on a fresh key too: at least half strength.
      strength: (o.unlimitedApproval ? 1 : 0.65) * Math.max(0.5, c),
    });
  }
  if (o.spender && (o.spenderCode === 'eoa' || o.spenderCode === 'unknown')) {
    out.push({
      code: 'approval_to_eoa',
      message:
        o.spenderCode === 'eoa'
          ? `${o.unlimitedApproval ? 'unlimited ' : ''}approval to ${o.spender}, an address without contract code (an EOA) at the upstream node`
          : `${o.unlimitedApproval ? 'unlimited ' : ''}approval to ${o.spender}, whose code the upstream node could not tell: treated as an EOA`,
      numbers: { unlimited: o.unlimitedApproval ? 1 : 0, codeUnknown: o.spenderCode === 'unknown' ? 1 : 0 },
      // Legitimate spenders are contracts (routers, markets): an approval to a key-held account is a drain pattern, on any baseline.
      strength: 1,
    });
  }
  return out;
}

/** Score one request against its baselines. Pure and deterministic. */
export function scoreRisk(o: RiskObservation, b: RiskBaselines): RiskFacts {
  const candidates = [listed(o, b.lists), ...novelty(o, b), amount(o, b), burst(o, b), hour(o, b)].filter((c): c is Candidate => c !== null);
  let keep = 1;
  const reasons: RiskReason[] = [];
  for (const { strength, ...c } of candidates) {
    const points = round(RISK_WEIGHTS[c.code] * clamp01(strength), 2);
    if (points <= 0) continue;
    keep *= 1 - points / 100;
    reasons.push({ code: c.code, message: c.message, points, numbers: c.numbers }); // RiskOut's field order
  }
  reasons.sort((x, y) => y.points - x.points);
  const score = Math.max(0, Math.min(100, Math.round(100 * (1 - keep))));
  return { score, codes: reasons.map((r) => r.code), reasons };
}
