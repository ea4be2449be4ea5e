/**
 * Policy engine cost: a full decision over a realistic 10-rule policy vs one
 * bare compiled CEL call (the library's own `parse`, plain context) in the
 * same run, plus the pieces in between.
 *
 *   node --import tsx bench/policy.ts
 */
import { parse } from '@marcbachmann/cel-js';
import { parsePolicy } from '../src/policy/document.js';
import { evaluatePolicy } from '../src/policy/evaluate.js';
import { compileCondition, evaluateCondition, toCelContext, type PolicyFacts } from '../src/policy/facts.js';
import { median, run } from './timing.js';

const EXPR =
  'principal.role == "agent" && key.name == "hot-1" && !("cold" in key.tags) && velocity.key.count1h < 20 && tx.valueUsd <= 10000.0 && tx.to in lists.allow';

/** Ten rules a desk might run: 4 denies (all evaluated on every request), 6 allows. */
const POLICY = `
description: Trading desk
admin: { approvals: 2 }
rules:
  - name: never-cold
    effect: deny
    when: '"cold" in key.tags'
  - name: denylisted-destination
    effect: deny
    when: has(tx.to) && tx.to in lists.deny
  - name: principal-burst
    effect: deny
    when: velocity.principal.count1m > 30
  - name: daily-value-cap
    effect: deny
    when: 'velocity.key.value24h + (has(tx.valueUsd) ? tx.valueUsd : 0.0) > 1000000.0'
  - name: ops-small-raw
    effect: allow
    when: principal.role == "operator" && request.kind == "raw" && request.size <= 1024
  - name: agents-hot-1
    effect: allow
    when: ${JSON.stringify(EXPR)}
  - name: agents-hot-1-over-rate
    effect: allow
    when: principal.role == "agent" && key.name == "hot-1" && tx.to in lists.allow
    approvals: { count: 2, from: approver }
    delay: 10m
  - name: business-hours-traders
    effect: allow
    when: principal.name in lists.traders && time.weekday >= 1 && time.weekday <= 5 && time.hour >= 9 && time.hour < 17
  - name: big-transfers
    effect: allow
    when: has(tx.valueUsd) && tx.valueUsd > 10000.0
    approvals: { count: 3, from: approver }
    delay: 24h
  - name: admins-anything
    effect: allow
    when: principal.role == "admin"
    approvals: { count: 1, from: admin }
`;

const w = (count1h: number, value24h: number) => ({
  count1m: 2,
  count10m: 6,
  count1h,
  count24h: 120,
  count7d: 700,
  value1h: 12_000.5,
  value24h,
  value7d: 900_000,
});
const facts: PolicyFacts = {
  principal: { id: 'pr_7', name: 'mm-bot-3', role: 'agent', kind: 'api', tags: { team: 'mm' } },
  key: { name: 'hot-1', algorithm: 'secp256k1', custody: 'local', tags: { desk: 'mm', env: 'prod' }, version: 3 },
  request: { kind: 'evm-tx', scheme: 'ecdsa', size: 180, note: 'rebalance', tags: {}, blind: false },
  payload: { tx: { to: '0xabc', valueUsd: 2500.25, chainId: 1n, method: 'transfer' } },
  velocity: { key: w(12, 150_000.75), principal: w(14, 150_000.75) },
  lists: { allow: ['0xabc', '0xdef', '0x123'], deny: ['0xbad'], traders: ['alice', 'bob'] },
  time: { hour: 11, weekday: 2, date: '2026-03-10', unix: 1773140400 },
};
const plainCtx = {
  ...facts,
  tx: facts.payload.tx,
  velocity: { key: { ...facts.velocity.key, count1h: 12n }, principal: facts.velocity.principal },
};

const policy = parsePolicy(POLICY);

/**
 * 100 rules, worst case for a matching request: 40 denies (every one is
 * evaluated on every request) and 60 allows where only the last matches.
 */
function hundredRules(): string {
  const lines = ['description: 100-rule desk policy', 'rules:'];
  for (let i = 0; i < 40; i++) {
    const conds = [
      `'"frozen-${i}" in key.tags'`,
      `velocity.principal.count1m > ${100 + i}`,
      `has(tx.to) && tx.to in lists.deny && velocity.key.count1h > ${i}`,
      `'velocity.key.value24h + (has(tx.valueUsd) ? tx.valueUsd : 0.0) > ${5_000_000 + i}.0'`,
    ];
    lines.push(`  - name: deny-${i}`, '    effect: deny', `    when: ${conds[i % conds.length]}`);
  }
  for (let i = 0; i < 59; i++) {
    lines.push(
      `  - name: allow-${i}`,
      '    effect: allow',
      `    when: principal.name == "desk-${i}" && key.name == "hot-${i}" && velocity.key.count1h < ${20 + i}`,
    );
  }
  lines.push('  - name: allow-match', '    effect: allow', `    when: ${JSON.stringify(EXPR)}`);
  return lines.join('\n') + '\n';
}
const policy100 = parsePolicy(hundredRules());
const d100 = evaluatePolicy(policy100, facts);
if (d100.outcome !== 'allow' || d100.rule !== 'allow-match') throw new Error(`unexpected 100-rule decision: ${JSON.stringify(d100).slice(0, 300)}`);
const bare = parse(EXPR);
const compiled = compileCondition(EXPR);
if (!compiled.ok) throw new Error(compiled.message);
const cond = compiled.condition;
const ctx = toCelContext(facts);

const decision = evaluatePolicy(policy, facts);
if (decision.outcome !== 'allow' || decision.rule !== 'agents-hot-1' || bare(plainCtx) !== true) throw new Error(`unexpected: ${JSON.stringify(decision)}`);

const cases: [string, () => unknown][] = [
  ['bare CEL call (library parse)', () => bare(plainCtx)],
  ['typed condition, context reused', () => evaluateCondition(cond, ctx)],
  ['toCelContext', () => toCelContext(facts)],
  ['evaluatePolicy, 10 rules', () => evaluatePolicy(policy, facts)],
  ['evaluatePolicy, 100 rules (match last)', () => evaluatePolicy(policy100, facts)],
];
for (const [, fn] of cases) run(fn, 1000); // JIT warm-up
const rounds: number[][] = cases.map(() => []);
for (let r = 0; r < 3; r++) cases.forEach(([, fn], i) => rounds[i]!.push(run(fn, 500))); // interleaved
const rates = rounds.map(median);

console.log(`node ${process.version}; median of 3 interleaved x 500 ms; decision evaluates ${decision.trace.length} of ${policy.rules.length} rules`);
cases.forEach(([name], i) => {
  const r = rates[i]!;
  console.log(`${name.padEnd(34)} ${Math.round(r).toLocaleString('en-US').padStart(10)} ops/s  ${(1e6 / r).toFixed(2).padStart(7)} us`);
});
const ratio = rates[0]! / rates[3]!;
console.log(`evaluatePolicy costs ${ratio.toFixed(1)}x one bare CEL call`);
