/** The `freeze` effect, `risk` facts in CEL, and explanations (first unmet condition) of src/policy/. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compileConjuncts, parsePolicy } from '../../src/policy/document.js';
import { evaluatePolicy, explainPolicy } from '../../src/policy/evaluate.js';
import type { PolicyFacts } from '../../src/policy/facts.js';
import type { RiskFacts } from '../../src/risk/types.js';

const w = { count1m: 0, count10m: 0, count1h: 0, count24h: 0, count7d: 0, value1h: 0, value24h: 0, value7d: 0 };
function facts(risk?: RiskFacts, valueUsd = 50): PolicyFacts {
  return {
    principal: { id: 'pr_1', name: 'bot', role: 'agent', kind: 'api', tags: {} },
    key: { name: 'hot-1', algorithm: 'secp256k1', custody: 'local', tags: {}, version: 1 },
    request: { kind: 'evm.transaction', scheme: 'ecdsa', size: 100, note: '', tags: {}, blind: false },
    payload: { tx: { valueUsd, to: '0xabc' } },
    velocity: { key: w, principal: w },
    lists: {},
    time: { hour: 10, weekday: 3, date: '2026-03-11', unix: 1773223200 },
    ...(risk ? { risk } : {}),
  };
}
const burst: RiskFacts = { score: 80, codes: ['rate_burst'], reasons: [{ code: 'rate_burst', message: 'm', points: 80, numbers: { count10m: 30 } }] };

const POLICY = parsePolicy(`
rules:
  - name: burst
    effect: freeze
    when: '"rate_burst" in risk.codes'
  - name: broken-freeze
    effect: freeze
    target: principal
    when: tx.missing > 1
  - name: risky
    effect: allow
    when: principal.role == "agent" && risk.score > 70 && tx.valueUsd < 1000.0
    approvals: { count: 1, from: approver }
  - name: small
    effect: allow
    when: principal.role == "agent" && tx.valueUsd < 100.0
`);

describe('freeze', () => {
  test('a matching freeze denies and names what it freezes (key by default)', () => {
    const d = evaluatePolicy(POLICY, facts(burst));
    assert.equal(d.outcome, 'deny');
    assert.equal(d.rule, 'burst');
    assert.deepEqual(d.outcome === 'deny' && d.freeze, { rule: 'burst', target: 'key' });
  });
  test('a freeze whose condition fails denies (fail closed) but freezes nothing', () => {
    const d = evaluatePolicy(POLICY, facts());
    assert.deepEqual([d.outcome, d.rule], ['deny', 'broken-freeze']);
    assert.equal(d.outcome === 'deny' ? d.freeze : 'x', undefined);
  });
  test('document: target only on freeze rules; approvals and delay never on freeze', () => {
    assert.throws(() => parsePolicy('rules:\n  - name: a\n    effect: deny\n    target: key\n'), /"target" is only allowed on freeze rules/);
    assert.throws(() => parsePolicy('rules:\n  - name: a\n    effect: freeze\n    target: wallet\n'), /"target" must be "key" or "principal"/);
    assert.throws(() => parsePolicy('rules:\n  - name: a\n    effect: freeze\n    delay: 1m\n'), /only allowed on allow rules/);
    assert.equal(parsePolicy('rules:\n  - name: a\n    effect: freeze\n').document.rules[0]!.target, 'key');
  });
});

describe('risk facts in CEL', () => {
  const p = parsePolicy('rules:\n  - name: r\n    effect: allow\n    when: risk.score <= 70 && !("new_destination" in risk.codes)\n');
  test('rules read risk.score and risk.codes; facts without risk read as score 0 (positive control)', () => {
    assert.equal(evaluatePolicy(p, facts()).outcome, 'allow');
    assert.equal(evaluatePolicy(p, facts(burst)).outcome, 'deny');
    assert.equal(
      evaluatePolicy(p, facts({ score: 10, codes: ['new_destination'], reasons: [{ code: 'new_destination', message: 'm', points: 10, numbers: {} }] }))
        .outcome,
      'deny',
    );
  });
  test('reasons and their numbers', () => {
    const q = parsePolicy('rules:\n  - name: r\n    effect: deny\n    when: risk.reasons.exists(x, x.code == "rate_burst" && x.numbers.count10m > 20.0)\n');
    assert.equal(evaluatePolicy(q, facts(burst)).outcome, 'deny');
    assert.equal(evaluatePolicy(q, facts({ ...burst, reasons: [{ ...burst.reasons[0]!, numbers: { count10m: 5 } }] })).rule, null);
  });
  test('malformed risk facts are E_BAD_INPUT naming the field', () => {
    assert.throws(() => evaluatePolicy(p, facts({ score: 101, codes: [], reasons: [] })), /facts.risk.score must be an integer in 0..100/);
    assert.throws(() => evaluatePolicy(p, facts({ score: 1, codes: [], reasons: [{ code: 'x' } as never] })), /risk.reasons\[0\]/);
  });
});

describe('explanations', () => {
  test('every rule, with the first unmet part of the ones that do not match', () => {
    const e = explainPolicy(POLICY, facts({ score: 20, codes: [], reasons: [] }, 500));
    assert.deepEqual(
      e.map((x) => [x.rule, x.matched, x.firstUnmet ?? null]),
      [
        ['burst', false, '"rate_burst" in risk.codes'],
        ['broken-freeze', true, 'tx.missing > 1'],
        ['risky', false, 'risk.score > 70'],
        ['small', false, 'tx.valueUsd < 100.0'],
      ],
    );
    assert.match(e[1]!.error!, /missing/);
  });
  test('&& inside brackets, strings or beside || does not split', () => {
    assert.equal(compileConjuncts('a.b || c'), null);
    assert.equal(compileConjuncts('request.size > 1'), null);
    assert.equal(compileConjuncts('(request.size > 1 && request.size < 9) || request.blind'), null);
    assert.equal(compileConjuncts('request.note == "a && b" && request.blind')!.length, 2);
  });
});

test('docs/risk.md: every yaml block is a valid policy', async () => {
  const { readFileSync } = await import('node:fs');
  const doc = readFileSync(new URL('../../docs/risk.md', import.meta.url), 'utf8');
  const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] as string);
  assert.ok(blocks.length >= 1);
  for (const b of blocks) assert.doesNotThrow(() => parsePolicy(b), b);
});
