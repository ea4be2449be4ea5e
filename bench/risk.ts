/**
 * Evaluation of the risk detector (src/risk/, docs/risk.md): a generated
 * market maker's 30 days (venues, sizes, hours, rebalancing, two new venues
 * onboarded mid-month) with injected attacks (drain to a new address, slow
 * drip under limits, 3 a.m. burst, unlimited approval to an EOA, new
 * contract). Reports the detection rate (attacks with a request scored above
 * the default threshold 70), the false-positive rate (normal requests above
 * it), and the added decision cost per request against a bare decision in
 * the same run. Deterministic (seeded).
 *
 *   node --import tsx bench/risk.ts
 */
import { parsePolicy } from '../src/policy/document.js';
import { evaluatePolicy } from '../src/policy/evaluate.js';
import type { PolicyFacts } from '../src/policy/facts.js';
import { observe } from '../src/risk/observe.js';
import { MemoryBaseline } from '../src/risk/profile.js';
import { DEFAULT_RISK_THRESHOLD, scoreRisk } from '../src/risk/score.js';
import type { RiskFacts } from '../src/risk/types.js';
import { median, run } from './timing.js';
import { loadavg, cpus } from 'node:os';

// ---- a seeded generator ----
let seed = 0x19_2026;
const rnd = (): number => {
  seed = (seed * 1_103_515_245 + 12_345) >>> 0;
  return seed / 2 ** 32;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
const gauss = (): number => Math.sqrt(-2 * Math.log(rnd() + 1e-12)) * Math.cos(2 * Math.PI * rnd());
const hex = (n: number): string => Array.from({ length: n }, () => Math.floor(rnd() * 16).toString(16)).join('');
const address = (): string => `0x${hex(40)}`;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const T0 = Date.UTC(2026, 10, 1);
const USDC = address();
const ROUTERS = [address(), address(), address()]; // swap routers the desk trades through
const DEPOSITS = [address(), address(), address(), address()]; // exchange deposit addresses for rebalancing
const SWAP = '0x38ed1739';
const TRANSFER = '0xa9059cbb';
const APPROVE = '0x095ea7b3';

interface Req {
  atMs: number;
  usd: number;
  payload: Record<string, unknown>;
  attack?: string;
  episode?: number;
}

const swap = (router: string, usd: number, atMs: number): Req => ({ atMs, usd, payload: { tx: { to: router, selector: SWAP, dataSize: 260 } } });
const transfer = (to: string, usd: number, atMs: number): Req => ({
  atMs,
  usd,
  payload: { tx: { to: USDC, selector: TRANSFER, dataSize: 68, erc20: { kind: 'transfer', token: USDC, to, unlimited: false } } },
});
const approve = (spender: string, unlimited: boolean, atMs: number): Req => ({
  atMs,
  usd: unlimited ? 1e15 : 50_000,
  payload: { tx: { to: USDC, selector: APPROVE, dataSize: 68, erc20: { kind: 'approve', token: USDC, spender, unlimited } } },
});

/** Activity by UTC hour: Asia, Europe and US sessions, thin at night. */
const HOUR_WEIGHT = [0.3, 0.35, 0.4, 0.3, 0.25, 0.3, 0.6, 0.9, 1, 1, 1, 0.9, 0.9, 1, 1, 1, 1, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.35];
const tradeUsd = (): number => 10 ** (3.9 + 0.35 * gauss()); // median ~$8k

function normalDay(day: number, routers: string[], deposits: string[]): Req[] {
  const out: Req[] = [];
  for (let h = 0; h < 24; h++) {
    const n = Math.round(6 * HOUR_WEIGHT[h]! + rnd() * 2);
    for (let i = 0; i < n; i++) out.push(swap(pick(routers), tradeUsd(), T0 + day * DAY + h * HOUR + rnd() * HOUR));
  }
  // Rebalancing once or twice a day: 3-5 transfers to exchange deposits within minutes, large.
  for (let r = 0; r < 1 + (rnd() < 0.5 ? 1 : 0); r++) {
    const at = T0 + day * DAY + (8 + rnd() * 12) * HOUR;
    for (let i = 0; i < 3 + Math.floor(rnd() * 3); i++) out.push(transfer(pick(deposits), 10 ** (5 + 0.3 * gauss()), at + i * 60_000 * (0.5 + rnd())));
  }
  if (rnd() < 0.15) out.push(approve(pick(routers), false, T0 + day * DAY + (9 + rnd() * 8) * HOUR)); // a limited allowance top-up
  return out;
}

function history(): Req[] {
  const routers = [...ROUTERS];
  const deposits = [...DEPOSITS];
  const out: Req[] = [];
  for (let d = 0; d < 30; d++) {
    if (d === 12) {
      // a new venue: router approved, then traded through (the first requests to it are legitimately new)
      routers.push(address());
      out.push(approve(routers[routers.length - 1]!, false, T0 + d * DAY + 10 * HOUR));
    }
    if (d === 21) deposits.push(address());
    out.push(...normalDay(d, routers, deposits));
  }
  return out.sort((a, b) => a.atMs - b.atMs);
}

/** Twenty of each attack, at random times in days 8..29, each an episode of one or more requests. */
function attacks(): Req[][] {
  const out: Req[][] = [];
  const at = () => T0 + (8 + Math.floor(rnd() * 22)) * DAY + (9 + rnd() * 9) * HOUR;
  for (let i = 0; i < 20; i++) {
    out.push([{ ...transfer(address(), 2e6 + rnd() * 3e6, at()), attack: 'drain to a new address' }]);
    const drip = address();
    const t = at();
    out.push(Array.from({ length: 10 }, (_, k) => ({ ...transfer(drip, 2000 + rnd() * 7000, t + k * 2 * HOUR), attack: 'slow drip under limits' })));
    const night = T0 + (8 + Math.floor(rnd() * 22)) * DAY + 3 * HOUR + rnd() * 10 * 60_000;
    out.push(Array.from({ length: 25 }, (_, k) => ({ ...transfer(pick(DEPOSITS), tradeUsd(), night + k * 12_000), attack: '3 a.m. burst' })));
    out.push([{ ...approve(address(), true, at()), attack: 'unlimited approval to an EOA' }]);
    out.push([{ ...swap(address(), tradeUsd(), at()), attack: 'new contract' }]);
  }
  return out;
}

// ---- the evaluation ----

const KEY = 'mm-hot';
const PRINCIPAL = 'pr_mm_bot';
const obsOf = (r: Req) => observe({ key: KEY, principal: PRINCIPAL, usd: r.usd, atMs: r.atMs, payload: r.payload });

function recentCounts(times: number[], atMs: number): { count1m: number; count10m: number } {
  let c1 = 0;
  let c10 = 0;
  for (let i = times.length - 1; i >= 0 && atMs - times[i]! < 600_000; i--) {
    if (times[i]! > atMs) continue;
    c10++;
    if (atMs - times[i]! < 60_000) c1++;
  }
  return { count1m: c1, count10m: c10 };
}

function score(key: MemoryBaseline, principal: MemoryBaseline, times: number[], r: Req): RiskFacts {
  const o = obsOf(r);
  return scoreRisk(o, {
    key: key.profile,
    principal: principal.profile,
    seen: { key: key.counts(o), principal: principal.counts(o) },
    recent: recentCounts(times, r.atMs),
    lists: {},
  });
}

const WARMUP_DAYS = 7;
const normal = history();
const episodes = attacks().sort((a, b) => a[0]!.atMs - b[0]!.atMs);
const key = new MemoryBaseline();
const principal = new MemoryBaseline();
const times: number[] = [];
let normalScored = 0;
let falsePositives = 0;
const fpCodes = new Map<string, number>();
const detected = new Map<string, [number, number]>();
const perRequest = new Map<string, [number, number]>();
let next = 0;

function runEpisode(ep: Req[]): void {
  // Each attack runs on its own branch of the baselines: what it gets through is learned there, never by the normal history.
  const k = key.clone();
  const p = principal.clone();
  const t = [...times];
  let hit = false;
  for (const r of ep) {
    const s = score(k, p, t, r);
    const flagged = s.score > DEFAULT_RISK_THRESHOLD;
    const pr = perRequest.get(r.attack!) ?? [0, 0];
    perRequest.set(r.attack!, [pr[0] + (flagged ? 1 : 0), pr[1] + 1]);
    hit ||= flagged;
    if (!flagged) {
      // signed: the attacker's request teaches the branch
      const o = obsOf(r);
      k.learn(o);
      p.learn(o);
      t.push(r.atMs);
    }
  }
  const d = detected.get(ep[0]!.attack!) ?? [0, 0];
  detected.set(ep[0]!.attack!, [d[0] + (hit ? 1 : 0), d[1] + 1]);
}

for (const r of normal) {
  while (next < episodes.length && episodes[next]![0]!.atMs <= r.atMs) runEpisode(episodes[next++]!);
  const s = score(key, principal, times, r);
  if (r.atMs >= T0 + WARMUP_DAYS * DAY) {
    normalScored++;
    if (s.score > DEFAULT_RISK_THRESHOLD) {
      falsePositives++;
      for (const c of s.codes) fpCodes.set(c, (fpCodes.get(c) ?? 0) + 1);
    }
  }
  // Normal requests are signed (a flagged one would be approved by a human): the baselines learn them all.
  const o = obsOf(r);
  key.learn(o);
  principal.learn(o);
  times.push(r.atMs);
}
while (next < episodes.length) runEpisode(episodes[next++]!);

const totalEp = [...detected.values()].reduce((a, [h, n]) => [a[0] + h, a[1] + n], [0, 0]);
console.log(
  `risk evaluation: ${normal.length} normal requests over 30 days (first ${WARMUP_DAYS} days warm-up, ${normalScored} scored), ${episodes.length} injected attacks; threshold risk.score > ${DEFAULT_RISK_THRESHOLD}`,
);
console.log('attack                          detected (episodes)   requests flagged');
for (const [name, [h, n]] of detected) {
  const [rh, rn] = perRequest.get(name)!;
  console.log(`${name.padEnd(32)}${`${h}/${n}`.padStart(8)} ${((100 * h) / n).toFixed(1).padStart(6)}%   ${`${rh}/${rn}`.padStart(8)}`);
}
console.log(`${'all attacks'.padEnd(32)}${`${totalEp[0]}/${totalEp[1]}`.padStart(8)} ${((100 * totalEp[0]!) / totalEp[1]!).toFixed(1).padStart(6)}%`);
console.log(
  `false positives: ${falsePositives}/${normalScored} normal requests = ${((100 * falsePositives) / normalScored).toFixed(2)}% (by code: ${[...fpCodes].map(([c, n]) => `${c} ${n}`).join(', ') || 'none'})`,
);

// ---- cost: the added decision cost per request, against a bare decision, same run ----

const POLICY = parsePolicy(`
rules:
  - name: never-cold
    effect: deny
    when: '"cold" in key.tags'
  - name: daily-cap
    effect: deny
    when: 'velocity.key.value24h + (has(tx.valueUsd) ? tx.valueUsd : 0.0) > 50000000.0'
  - name: agents
    effect: allow
    when: principal.role == "agent" && key.name == "mm-hot" && velocity.key.count1h < 500
`);
const RISK_POLICY = parsePolicy(`
rules:
  - name: never-cold
    effect: deny
    when: '"cold" in key.tags'
  - name: daily-cap
    effect: deny
    when: 'velocity.key.value24h + (has(tx.valueUsd) ? tx.valueUsd : 0.0) > 50000000.0'
  - name: burst-freeze
    effect: freeze
    when: '"rate_burst" in risk.codes && risk.score > 90'
  - name: risky
    effect: allow
    when: principal.role == "agent" && risk.score > 70
    approvals: { count: 1, from: approver }
  - name: agents
    effect: allow
    when: principal.role == "agent" && key.name == "mm-hot" && velocity.key.count1h < 500
`);
const win = { count1m: 1, count10m: 4, count1h: 30, count24h: 600, count7d: 4000, value1h: 250_000, value24h: 4e6, value7d: 2e7 };
const sample = normal.slice(-2000);
const factsOf = (r: Req, risk?: RiskFacts): PolicyFacts => ({
  principal: { id: PRINCIPAL, name: 'mm-bot', role: 'agent', kind: 'api', tags: {} },
  key: { name: KEY, algorithm: 'secp256k1', custody: 'local', tags: {}, version: 1 },
  request: { kind: 'evm.transaction', scheme: 'ecdsa', size: 200, note: '', tags: {}, blind: false },
  payload: { tx: { ...(r.payload.tx as object), valueUsd: r.usd } },
  velocity: { key: win, principal: win },
  lists: {},
  time: { hour: new Date(r.atMs).getUTCHours(), weekday: 2, date: '2026-11-30', unix: Math.floor(r.atMs / 1000) },
  ...(risk ? { risk } : {}),
});
const bareFacts = sample.map((r) => factsOf(r));
const cases: [string, (i: number) => unknown][] = [
  ['bare decision (3 rules, no risk)', (i) => evaluatePolicy(POLICY, bareFacts[i % bareFacts.length]!)],
  [
    'observe + score + decision (5 rules with risk)',
    (i) => {
      const r = sample[i % sample.length]!;
      return evaluatePolicy(RISK_POLICY, factsOf(r, score(key, principal, times, r)));
    },
  ],
  ['observe + score alone', (i) => score(key, principal, times, sample[i % sample.length]!)],
];
for (const [, fn] of cases) run(fn, 1000);
const rounds: number[][] = cases.map(() => []);
for (let r = 0; r < 3; r++) cases.forEach(([, fn], i) => rounds[i]!.push(run(fn, 700)));
const us = rounds.map((x) => 1e6 / median(x));
console.log(
  `\ncost: node ${process.version}, ${cpus().length} cpus (${cpus()[0]?.model ?? '?'}), load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}; median of 3 interleaved x 700 ms`,
);
cases.forEach(([name], i) => console.log(`${name.padEnd(48)} ${us[i]!.toFixed(2).padStart(8)} us`));
console.log(
  `added per decision: ${(us[1]! - us[0]!).toFixed(2)} us (${(us[1]! / us[0]!).toFixed(2)}x the bare decision); scoring alone ${us[2]!.toFixed(2)} us`,
);
