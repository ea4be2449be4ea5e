import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { MAX_FACT_STRING, storedFacts } from '../../src/requests/stored.js';

/** The first storedFacts, kept as the oracle: what request rows stored as their facts (JSON) must not change. */
function reference(facts: unknown): unknown {
  if (typeof facts === 'string')
    return facts.length <= MAX_FACT_STRING
      ? facts
      : `${facts.slice(0, 64)}… (${facts.length} characters, sha256 ${createHash('sha256').update(facts).digest('hex')})`;
  if (Array.isArray(facts)) return facts.map(reference);
  if (facts && typeof facts === 'object') return Object.fromEntries(Object.entries(facts).map(([k, v]) => [k, reference(v)]));
  return facts;
}

const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 250, maxLength: 300 }) }, // around the cut
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(MAX_FACT_STRING), 'x'.repeat(MAX_FACT_STRING + 1), '\ud800'.repeat(300)) },
);
const key = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('__proto__', 'toJSON', '1', '0', 'constructor'));
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 5 }),
    fc.array(fc.tuple(key, tie('value')), { maxLength: 6 }).map((members) => {
      const o: Record<string, unknown> = {};
      for (const [k, v] of members) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
      return o;
    }),
  ),
}));

describe('storedFacts', () => {
  test('stores the JSON the reference stored, for random nested facts (3,000 runs)', () => {
    fc.assert(
      fc.property(value, (v) => {
        assert.equal(JSON.stringify(storedFacts(v)), JSON.stringify(reference(v)));
      }),
      { numRuns: 3000 },
    );
  });

  test('a member named __proto__ stays a member; class instances and dates become plain copies, as before', () => {
    const facts = JSON.parse('{"__proto__":{"a":"x"},"b":1}') as Record<string, unknown>;
    assert.equal(JSON.stringify(storedFacts(facts)), '{"__proto__":{"a":"x"},"b":1}');
    class Shape {
      readonly n = 1;
      toJSON(): string {
        return 'not this';
      }
    }
    const odd = { shape: new Shape(), at: new Date(0), list: [new Shape()] };
    assert.equal(JSON.stringify(storedFacts(odd)), JSON.stringify(reference(odd)));
    assert.equal(JSON.stringify(storedFacts(odd)), '{"shape":{"n":1},"at":{},"list":[{"n":1}]}');
  });

  test('long strings are cut with their length and SHA-256; a string of the limit is kept whole (control)', () => {
    const long = 'y'.repeat(MAX_FACT_STRING + 1);
    const cut = storedFacts({ s: long, keep: 'z'.repeat(MAX_FACT_STRING) }) as Record<string, string>;
    assert.equal(cut.s, `${'y'.repeat(64)}… (${long.length} characters, sha256 ${createHash('sha256').update(long).digest('hex')})`);
    assert.equal(cut.keep, 'z'.repeat(MAX_FACT_STRING));
  });
});
