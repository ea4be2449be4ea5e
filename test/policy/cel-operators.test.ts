/**
 * The CEL surface a policy may use (docs/policy.md, "Expressions"), checked
 * as a table: each expression runs as the `when` of an allow rule and of a
 * deny rule over one fixed set of facts. `true`/`false` is the expected value;
 * 'error' means an evaluation-time error, which must make the deny rule match
 * (fail closed) and the allow rule not match.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePolicy } from '../../src/policy/document.js';
import { evaluatePolicy } from '../../src/policy/evaluate.js';
import type { PolicyFacts, VelocityWindow } from '../../src/policy/facts.js';

const win = (count1h: number, value1h: number): VelocityWindow => ({
  count1m: 1,
  count10m: 3,
  count1h,
  count24h: 40,
  count7d: 200,
  value1h,
  value24h: 9000.5,
  value7d: 50000,
});

const FACTS: PolicyFacts = {
  principal: { id: 'pr_1', name: 'bot-1', role: 'agent', kind: 'api', tags: { team: 'mm' } },
  key: { name: 'hot-1', algorithm: 'secp256k1', custody: 'local', tags: { desk: 'mm', env: 'prod' }, version: 2 },
  request: { kind: 'evm-tx', scheme: 'ecdsa', size: 200, note: 'rebalance #42', tags: {}, blind: false },
  payload: { tx: { valueUsd: 2500.5, to: '0xabc', chainId: 1n, method: 'transfer', flag: 'yes', items: [1, 2, 3] } },
  velocity: { key: win(5, 1200.25), principal: win(7, 800) },
  lists: { traders: ['bot-1', 'alice'], allow: ['0xabc', '0xdef'], empty: [] },
  time: { hour: 10, weekday: 2, date: '2026-03-10', unix: 1773136800 },
};

type Expect = boolean | 'error';
const CASES: [string, string, Expect][] = [
  // comparison
  ['==', 'principal.role == "agent"', true],
  ['== false', 'principal.role == "admin"', false],
  ['!=', 'key.name != "hot-2"', true],
  ['<  int field vs int literal', 'velocity.key.count1h < 20', true],
  ['<=', 'request.size <= 1024', true],
  ['<= false', 'request.size <= 100', false],
  ['>', 'key.version > 1', true],
  ['>=', 'time.hour >= 10', true],
  ['double field vs int literal', 'tx.valueUsd <= 10000', true],
  ['double field vs double literal', 'tx.valueUsd > 2500.4', true],
  ['int field vs double literal', 'request.size < 200.5', true],
  ['velocity value (double) vs int', 'velocity.key.value1h >= 1200', true],
  ['payload bigint is an int', 'tx.chainId == 1', true],
  // logic
  ['&&', 'time.hour >= 9 && time.hour < 17', true],
  ['&& false', 'time.hour >= 9 && time.hour < 10', false],
  ['||', 'principal.role == "admin" || principal.kind == "api"', true],
  ['!', '!(principal.kind == "local")', true],
  ['&& short-circuits an error on the right', 'false && key.tags.tier == "x"', false],
  ['|| absorbs an error (CEL commutative logic)', 'key.tags.tier == "x" || true', true],
  // membership
  ['in list', 'principal.name in lists.traders', true],
  ['in list false', 'principal.name in lists.empty', false],
  ['in map (key present)', '"desk" in key.tags', true],
  ['in map (key absent)', '"cold" in key.tags', false],
  ['in list literal', 'time.weekday in [1, 2, 3, 4, 5]', true],
  ['in list of a missing list -> error', 'principal.name in lists.nope', 'error'],
  ['guarded list lookup', '"nope" in lists && principal.name in lists.nope', false],
  // arithmetic (ints with ints, doubles with doubles)
  ['+ int', 'velocity.key.count1h + 1 <= 6', true],
  ['- int', 'request.size - 100 == 100', true],
  ['* int', 'request.size * 2 == 400', true],
  ['/ int (truncates)', 'request.size / 3 == 66', true],
  ['% int', 'request.size % 7 == 4', true],
  ['+ double', 'velocity.key.value1h + tx.valueUsd > 3700.0', true],
  ['/ double', 'tx.valueUsd / 2.0 == 1250.25', true],
  ['+ string', 'principal.name + "@" + key.name == "bot-1@hot-1"', true],
  ['double + int literal -> error (no implicit conversion)', 'tx.valueUsd + 1 > 0', 'error'],
  ['explicit conversion', 'tx.valueUsd + double(1) > 2501.0', true],
  ['int() of a double', 'int(tx.valueUsd) == 2500', true],
  ['division by zero -> error', 'request.size / (request.size - 200) == 1', 'error'],
  // ternary
  ['?:', '(principal.kind == "local" ? 100 : 20) > velocity.key.count1h', true],
  ['?: other branch', '(principal.kind == "api" ? 1 : 20) > velocity.key.count1h', false],
  // has, size
  ['has() present', 'has(key.tags.desk)', true],
  ['has() absent', 'has(key.tags.tier)', false],
  ['has() on payload', 'has(tx.to) && !has(tx.data)', true],
  ['size(list)', 'size(lists.allow) == 2', true],
  ['size(map)', 'size(key.tags) == 2', true],
  ['size(string)', 'size(principal.name) == 5', true],
  ['.size()', 'request.note.size() > 3', true],
  // strings
  ['startsWith', 'key.name.startsWith("hot-")', true],
  ['endsWith', 'key.name.endsWith("-1")', true],
  ['contains', 'request.note.contains("#42")', true],
  ['matches', 'key.name.matches("^hot-[0-9]+$")', true],
  ['matches false', 'principal.name.matches("^admin")', false],
  ['matches with a dynamic pattern that is not a regex -> error', 'key.name.matches(tx.method + "(")', 'error'],
  // macros
  ['exists', 'lists.allow.exists(a, a == tx.to)', true],
  ['exists false', 'lists.empty.exists(a, a == tx.to)', false],
  ['all', 'lists.allow.all(a, a.startsWith("0x"))', true],
  ['all false', 'lists.traders.all(a, a.startsWith("bot"))', false],
  ['exists over map keys', 'key.tags.exists(k, k == "env")', true],
  ['exists over payload list', 'tx.items.exists(i, i > 2.5)', true],
  // fail-closed cases from the spec
  ['missing tag -> error', 'key.tags.tier != "cold"', 'error'],
  ['safe idiom: has()', '!has(key.tags.tier) || key.tags.tier != "cold"', true],
  ['safe idiom: in', '!("tier" in key.tags) || key.tags.tier != "cold"', true],
  ['missing payload field -> error', 'tx.gasLimit < 100000', 'error'],
  ['non-bool (dynamic) result -> error', 'tx.flag', 'error'],
  ['type error at runtime (string < int) -> error', 'tx.flag < 3', 'error'],
];

function decide(effect: 'allow' | 'deny', when: string) {
  const policy = parsePolicy(JSON.stringify({ rules: [{ name: 'r', effect, when }] }), 'json');
  return evaluatePolicy(policy, FACTS);
}

describe('CEL operators over policy facts (allow and deny rule per expression)', () => {
  for (const [label, expr, expected] of CASES) {
    test(`${label}: ${expr}`, () => {
      const a = decide('allow', expr);
      const d = decide('deny', expr);
      const allowMatched = a.outcome === 'allow';
      const denyMatched = d.outcome === 'deny' && d.rule === 'r';
      if (expected === 'error') {
        assert.equal(allowMatched, false, 'an erroring allow rule must not match');
        assert.equal(denyMatched, true, 'an erroring deny rule must match (fail closed)');
        assert.ok(a.trace[0]?.error, 'trace records the error');
        assert.ok(d.trace[0]?.error, 'trace records the error');
        assert.match((d as { reason: string }).reason, /condition failed/);
      } else {
        assert.equal(allowMatched, expected, JSON.stringify(a.trace));
        assert.equal(denyMatched, expected, JSON.stringify(d.trace));
        assert.equal(a.trace[0]?.error, undefined);
      }
    });
  }

  test('the trace names the library error for a missing map key', () => {
    const d = decide('deny', 'key.tags.tier != "cold"');
    assert.deepEqual(d.trace, [{ rule: 'r', effect: 'deny', matched: true, error: 'No such key: tier' }]);
  });
});
