/**
 * Properties of the decision rule (fast-check), for random facts and random
 * rule lists and orderings:
 * - a matching deny (including one that errors: fail closed) always wins;
 * - the outcome and the set of matching denies never depend on the order of
 *   the rules, and among denies nothing depends on their order at all;
 * - with no deny matching, the first matching allow in document order decides.
 * "Matches" is what the engine says of the rule alone, so these check how
 * rules compose, over conditions that match, miss and error.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsePolicy, type Policy } from '../../src/policy/document.js';
import { evaluatePolicy } from '../../src/policy/evaluate.js';
import type { PolicyFacts, VelocityWindow } from '../../src/policy/facts.js';

/** Condition templates; `N` is replaced by a random threshold. Some error on some facts (missing tags, missing tx). */
const TEMPLATES = [
  'velocity.key.count1h < N',
  'request.size <= N',
  'time.hour >= N % 24',
  '"cold" in key.tags',
  'key.tags.tier == "cold"',
  'principal.role == "agent"',
  'principal.kind == "local"',
  'principal.name in lists.traders',
  'tx.valueUsd <= N',
  'has(tx.valueUsd) && tx.valueUsd > N',
  'key.name.startsWith("hot") && velocity.principal.count1h >= N',
  'lists.allow.exists(a, a == tx.to)',
  'true',
];

const ROLES = ['admin', 'approver', 'operator', 'auditor', 'agent'] as const;

const windowArb: fc.Arbitrary<VelocityWindow> = fc.record({
  count1m: fc.nat(10),
  count10m: fc.nat(50),
  count1h: fc.nat(60),
  count24h: fc.nat(500),
  count7d: fc.nat(5000),
  value1h: fc.double({ min: 0, max: 1e6, noNaN: true }),
  value24h: fc.double({ min: 0, max: 1e7, noNaN: true }),
  value7d: fc.double({ min: 0, max: 1e8, noNaN: true }),
});

const factsArb: fc.Arbitrary<PolicyFacts> = fc.record({
  principal: fc.record({
    id: fc.constant('pr_1'),
    name: fc.constantFrom('bot-1', 'alice', 'mallory'),
    role: fc.constantFrom(...ROLES),
    kind: fc.constantFrom('api' as const, 'local' as const),
    tags: fc.constant({}),
  }),
  key: fc.record({
    name: fc.constantFrom('hot-1', 'hot-2', 'cold-1'),
    algorithm: fc.constant('secp256k1'),
    custody: fc.constant('local'),
    tags: fc.dictionary(fc.constantFrom('cold', 'tier', 'desk'), fc.constantFrom('yes', 'cold', 'warm')),
    version: fc.integer({ min: 1, max: 5 }),
  }),
  request: fc.record({
    kind: fc.constant('raw'),
    scheme: fc.constant('ecdsa'),
    size: fc.nat(5000),
    note: fc.constant(''),
    tags: fc.constant({}),
    blind: fc.boolean(),
  }),
  payload: fc
    .option(fc.record({ tx: fc.record({ valueUsd: fc.double({ min: 0, max: 1e5, noNaN: true }), to: fc.constantFrom('0xabc', '0xdef') }) }), { nil: undefined })
    .map((p) => (p ?? {}) as Record<string, unknown>),
  velocity: fc.record({ key: windowArb, principal: windowArb }),
  lists: fc.constant({ traders: ['bot-1', 'alice'], allow: ['0xabc'] }),
  time: fc.record({
    hour: fc.integer({ min: 0, max: 23 }),
    weekday: fc.integer({ min: 0, max: 6 }),
    date: fc.constant('2026-03-11'),
    unix: fc.constant(1773223200),
  }),
});

interface RuleSpec {
  effect: 'allow' | 'deny';
  when: string;
}
const ruleArb: fc.Arbitrary<RuleSpec> = fc
  .record({
    effect: fc.constantFrom('allow' as const, 'deny' as const),
    template: fc.constantFrom(...TEMPLATES),
    n: fc.nat(3000),
  })
  .map(({ effect, template, n }) => ({ effect, when: template.replace('N', String(n)) }));

/** A list of rules plus a permutation of it. */
const scenarioArb = fc.array(ruleArb, { minLength: 1, maxLength: 10 }).chain((rules) =>
  fc.tuple(
    fc.constant(rules),
    fc.shuffledSubarray(
      rules.map((_, i) => i),
      { minLength: rules.length, maxLength: rules.length },
    ),
  ),
);

const cache = new Map<string, Policy>();
function policyOf(named: (RuleSpec & { name: string })[]): Policy {
  const text = JSON.stringify({ rules: named });
  let p = cache.get(text);
  if (!p) cache.set(text, (p = parsePolicy(text, 'json')));
  return p;
}
/** Does this rule, alone, match these facts? (deny: fail closed on error; allow: not on error) */
function matchesAlone(r: RuleSpec, f: PolicyFacts): boolean {
  const d = evaluatePolicy(policyOf([{ name: 'x', effect: r.effect, when: r.when }]), f);
  return r.effect === 'deny' ? d.outcome === 'deny' && d.rule === 'x' : d.outcome === 'allow';
}

describe('decision properties (fast-check)', () => {
  test('a matching deny always wins; outcome and matched denies are independent of rule order', () => {
    fc.assert(
      fc.property(factsArb, scenarioArb, (f, [specs, perm]) => {
        const named = specs.map((s, i) => ({ name: `r${i}`, ...s }));
        const permuted = perm.map((i) => named[i]!);
        const a = evaluatePolicy(policyOf(named), f);
        const b = evaluatePolicy(policyOf(permuted), f);

        const matchingDenies = named.filter((r) => r.effect === 'deny' && matchesAlone(r, f)).map((r) => r.name);
        const matchedDenyNames = (d: typeof a) =>
          d.trace
            .filter((t) => t.effect === 'deny' && t.matched)
            .map((t) => t.rule)
            .sort();

        if (matchingDenies.length > 0) {
          assert.equal(a.outcome, 'deny');
          assert.equal(b.outcome, 'deny');
          assert.ok(a.rule !== null && matchingDenies.includes(a.rule));
          assert.ok(b.rule !== null && matchingDenies.includes(b.rule));
          assert.equal(a.rule, matchingDenies[0], 'reported deny = first matching deny in document order');
        }
        // every deny is evaluated, whatever the order; the same ones match
        assert.equal(a.trace.filter((t) => t.effect === 'deny').length, named.filter((r) => r.effect === 'deny').length);
        assert.deepEqual(matchedDenyNames(a), [...matchingDenies].sort());
        assert.deepEqual(matchedDenyNames(b), [...matchingDenies].sort());
        assert.equal(a.outcome, b.outcome);

        if (matchingDenies.length === 0) {
          const firstAllow = (rs: typeof named) => rs.find((r) => r.effect === 'allow' && matchesAlone(r, f));
          for (const [d, rs] of [
            [a, named],
            [b, permuted],
          ] as const) {
            const expected = firstAllow(rs);
            if (expected) {
              assert.equal(d.outcome, 'allow');
              assert.equal(d.rule, expected.name);
            } else {
              assert.deepEqual([d.outcome, d.rule], ['deny', null]);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  test('reordering only the deny rules never changes the decision', () => {
    fc.assert(
      fc.property(factsArb, scenarioArb, (f, [specs, perm]) => {
        const named = specs.map((s, i) => ({ name: `r${i}`, ...s }));
        // Apply the permutation to the deny rules only, keeping every allow at its position.
        const denySlots = named.map((r, i) => (r.effect === 'deny' ? i : -1)).filter((i) => i >= 0);
        const denyOrder = perm.filter((i) => named[i]!.effect === 'deny');
        const reordered = [...named];
        denySlots.forEach((slot, k) => {
          reordered[slot] = named[denyOrder[k]!]!;
        });
        const a = evaluatePolicy(policyOf(named), f);
        const b = evaluatePolicy(policyOf(reordered), f);
        assert.equal(a.outcome, b.outcome);
        if (a.outcome === 'allow' && b.outcome === 'allow') {
          assert.deepEqual([a.rule, a.approvals, a.delayMs], [b.rule, b.approvals, b.delayMs]);
        }
        const byRule = (d: typeof a) => [...d.trace].sort((x, y) => (x.rule < y.rule ? -1 : 1));
        assert.deepEqual(byRule(a), byRule(b));
      }),
      { numRuns: 300 },
    );
  });
});
