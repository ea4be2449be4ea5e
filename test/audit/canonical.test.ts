import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { canonicalJson } from '../../src/audit/canonical.js';

/**
 * The first implementation of canonicalJson, kept verbatim as the oracle: its output is the stored
 * format (row MACs, the audit hash chain, request digests in existing databases), so the fast one
 * must write the very same bytes for every value, and fail where it failed.
 */
function reference(v: unknown): string {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new TypeError('canonicalJson: non-finite number');
    return JSON.stringify(v);
  }
  if (typeof v === 'bigint') return JSON.stringify(v.toString());
  if (Array.isArray(v)) return `[${v.map(reference).join(',')}]`;
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${reference(x)}`).join(',')}}`;
  }
  throw new TypeError(`canonicalJson: unsupported type ${typeof v}`);
}

/** What a function returns or throws (the error's class and message), comparable. */
function outcome(f: (v: unknown) => string, v: unknown): { ok: string } | { threw: string } {
  try {
    return { ok: f(v) };
  } catch (e) {
    return { threw: `${(e as Error).constructor.name}: ${(e as Error).message}` };
  }
}

const same = (v: unknown): void => assert.deepEqual(outcome(canonicalJson, v), outcome(reference, v));

// Strings that exercise escaping: quotes, backslashes, controls, U+2028/9, DEL, paired and lone surrogates, astral.
const tricky = fc.constantFrom('"', '\\', '\n', '\u0000', '\u001f', '\u007f', '\u2028', '\u2029', '\ud800', '\udfff', '\ud83d\ude00', 'é', '/', '');
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }), // any code points
  fc.string({ unit: fc.oneof(fc.constantFrom('a', 'B', '0', '_'), tricky), maxLength: 6 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 6 }), // lone surrogates too
);
// Keys: the text above plus integer-like keys (which objects list first, in numeric order) and common row names.
const key = fc.oneof(
  text,
  fc.nat({ max: 20 }).map(String),
  fc.constantFrom('id', 'name', 'mac', '__proto__x', 'toJSON', '10', '9', '-1', '1.5', 'a', 'A', 'Z', 'a\u0000'),
);
const number = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
  fc.constantFrom(0, -0, 1e21, 1e-7, 5e-324, -5e-324, Number.MAX_VALUE, Number.MIN_VALUE, Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 0.1 + 0.2, 123e-20),
);
const leaf = fc.oneof(
  { weight: 3, arbitrary: text },
  { weight: 3, arbitrary: number },
  { weight: 1, arbitrary: fc.bigInt() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);
/** Nested JSON-like values with undefined object members (skipped) and, in objects only, any key order. */
const { value } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 6 }),
    fc
      .array(fc.tuple(key, fc.oneof({ weight: 4, arbitrary: tie('value') }, { weight: 1, arbitrary: fc.constant(undefined) })), { maxLength: 7 })
      .map((members) => {
        const o: Record<string, unknown> = {};
        for (const [k, x] of members) o[k] = x;
        return o;
      }),
  ),
}));

describe('canonicalJson', () => {
  test('writes the bytes the reference implementation wrote, for random nested values (5,000 runs)', () => {
    fc.assert(
      fc.property(value, (v) => {
        same(v);
      }),
      { numRuns: 5000 },
    );
  });

  test('keys are sorted by UTF-16 code units whatever order they were inserted in', () => {
    fc.assert(
      fc.property(fc.uniqueArray(key, { maxLength: 12 }), fc.func(fc.integer()), (keys, rank) => {
        const shuffled = [...keys].sort((a, b) => rank(a) - rank(b));
        const o: Record<string, number> = {};
        shuffled.forEach((k, i) => (o[k] = i));
        same(o);
        const written = Object.keys(JSON.parse(canonicalJson(o)) as object);
        const expected = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        // JSON.parse lists integer-like keys first again; compare the sets and the raw order instead
        assert.deepEqual(new Set(written), new Set(keys));
        const raw = canonicalJson(o);
        let at = 0;
        for (const k of expected) {
          const i = raw.indexOf(`${JSON.stringify(k)}:`, at);
          assert.ok(i >= at, `key ${JSON.stringify(k)} out of order in ${raw}`);
          at = i + 1;
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('the fixed points: numbers, bigint, escapes, undefined members, holes', () => {
    const cases: [unknown, string][] = [
      [-0, '0'],
      [1e21, '1e+21'],
      [5e-324, '5e-324'],
      [1e-7, '1e-7'],
      [-12345678901234567890n, '"-12345678901234567890"'],
      ['\ud800x\u2028"\\\n\u0001', '"\\ud800x\u2028\\"\\\\\\n\\u0001"'],
      ['\ud83d\ude00', '"\ud83d\ude00"'],
      [{ b: 1, a: undefined, A: [true, null], 10: 'x', 9: 'y' }, '{"10":"x","9":"y","A":[true,null],"b":1}'],
      [[1, , 2], '[1,,2]'], // eslint-disable-line no-sparse-arrays -- a hole writes nothing, as the reference did
      [{ toJSON: () => 1 }, '__throws__'],
      [new Date(0), '{}'],
      [new Uint8Array([1, 2]), '{"0":1,"1":2}'],
      [Object.create(null) as object, '{}'],
    ];
    for (const [v, want] of cases) {
      same(v);
      if (want !== '__throws__') assert.equal(canonicalJson(v), want);
    }
    // the same key twice over (the memo of `"key":`) writes the same as the first time, also for a long key
    const long = 'k'.repeat(200);
    for (let i = 0; i < 3; i++) assert.equal(canonicalJson({ [long]: i, a: i }), `{"a":${i},${JSON.stringify(long)}:${i}}`);
  });

  test('refuses what the reference refused, with its error: non-finite numbers, undefined elements, functions, symbols', () => {
    const refused: unknown[] = [
      NaN,
      Infinity,
      -Infinity,
      { a: NaN },
      [1, Infinity],
      undefined,
      [undefined],
      { a: [1, undefined] },
      () => 1,
      { f: () => 1 },
      Symbol('s'),
      { s: Symbol('s') },
      [{ deep: { deeper: [0, -Infinity] } }],
    ];
    for (const v of refused) {
      const r = outcome(reference, v);
      assert.ok('threw' in r, 'control: the reference refuses it');
      assert.deepEqual(outcome(canonicalJson, v), r);
      assert.throws(() => canonicalJson(v), TypeError);
    }
    assert.throws(() => canonicalJson(NaN), { message: 'canonicalJson: non-finite number' });
    assert.throws(() => canonicalJson([undefined]), { message: 'canonicalJson: unsupported type undefined' });
    assert.throws(() => canonicalJson({ f: () => 1 }), { message: 'canonicalJson: unsupported type function' });
    // positive control: the same shapes with finite, supported members are written
    assert.equal(canonicalJson({ a: [1, 2], f: undefined }), '{"a":[1,2]}');
  });
});
