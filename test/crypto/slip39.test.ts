/**
 * SLIP-39 wrapper against trezor/python-shamir-mnemonic vectors.json (45 cases:
 * 15 valid, 30 must-fail; passphrase "TREZOR"), option validation, error
 * hygiene and split/combine round trips.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { isCustosError } from '../../src/errors.js';
import { toHex } from '../../src/crypto/bytes.js';
import { combineShares, shareSetId, splitSecret, type SplitSecretOptions } from '../../src/crypto/slip39.js';
import { masterXprv } from '../../src/hd/derive.js';

type Vec = [description: string, mnemonics: string[], secretHex: string, xprv: string];
const vectors = JSON.parse(readFileSync(new URL('../vectors/slip39/vectors.json', import.meta.url), 'utf8')) as Vec[];
const wordlist = new Set(
  readFileSync(new URL('../vectors/slip39/wordlist.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean),
);

const badShares = (re?: RegExp) => (e: unknown) => isCustosError(e, 'E_BAD_SHARES') && (re === undefined || re.test(e.message));
const badInput = (re?: RegExp) => (e: unknown) => isCustosError(e, 'E_BAD_INPUT') && (re === undefined || re.test(e.message));
/** SLIP-39 words that are also ordinary English used in custos' fixed reason texts. */
const REASON_VOCABULARY = new Set(['belong', 'group', 'have', 'index', 'length', 'member', 'short', 'together', 'secret']);
/** True if `text` contains a word of the given shares (other than the fixed reason vocabulary). */
const leaksShareWord = (text: string, shares: string[]) => {
  const used = new Set(shares.flatMap((m) => m.toLowerCase().split(/\s+/)));
  return text
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => used.has(w) && !REASON_VOCABULARY.has(w));
};

describe('SLIP-39 official vectors', () => {
  test('45 vectors: 15 valid, 30 must-fail', () => {
    assert.equal(vectors.length, 45);
    assert.equal(vectors.filter((v) => v[2] !== '').length, 15);
    assert.equal(wordlist.size, 1024);
  });
  for (const [description, mnemonics, secretHex, xprv] of vectors) {
    if (secretHex !== '') {
      test(`valid: ${description}`, () => {
        const secret = combineShares(mnemonics, 'TREZOR');
        assert.equal(toHex(secret), secretHex);
        assert.equal(masterXprv(secret), xprv);
      });
    } else {
      test(`must fail: ${description}`, () => {
        assert.throws(
          () => combineShares(mnemonics, 'TREZOR'),
          (e: unknown) => isCustosError(e, 'E_BAD_SHARES') && !leaksShareWord(e.message, mnemonics) && e.cause === undefined,
        );
      });
    }
  }
  const byNumber = (n: number) => vectors.find((v) => v[0].startsWith(`${n}. `)) as Vec;
  const reasons: Array<[number, RegExp]> = [
    [2, /share #1: invalid checksum/],
    [3, /share #1: invalid padding/],
    [5, /has 1 share\(s\) but needs exactly 2/],
    [6, /different share sets/],
    [7, /different share sets/],
    [8, /group threshold/],
    [9, /group count/],
    [10, /group threshold exceeds group count/],
    [11, /same group \(\d+\) and member index/],
    [12, /member threshold/],
    [13, /digest/],
    [14, /too few groups: 1 of 2/],
    [30, /same group \(\d+\) and member index/],
    [39, /share #1: too short/],
    [40, /share #1: invalid share length/],
  ];
  for (const [n, re] of reasons) {
    test(`reason for vector ${n}`, () => assert.throws(() => combineShares(byNumber(n)[1], 'TREZOR'), badShares(re)));
  }
  test('without the passphrase a valid set yields a different secret (SLIP-39 has no passphrase check)', () => {
    const [, mnemonics, secretHex] = vectors[0] as Vec;
    assert.notEqual(toHex(combineShares(mnemonics)), secretHex);
  });
  test('case and whitespace of share words do not matter', () => {
    const [, mnemonics, secretHex] = byNumber(4);
    const messy = mnemonics.map((m) => `  ${m.toUpperCase().replaceAll(' ', ' \t ')}\n`);
    assert.equal(toHex(combineShares(messy, 'TREZOR')), secretHex);
  });
  test('an identical share given twice is harmless', () => {
    const [, mnemonics, secretHex] = byNumber(4);
    assert.equal(toHex(combineShares([...mnemonics, mnemonics[0] ?? ''], 'TREZOR')), secretHex);
  });
});

describe('combineShares errors', () => {
  const valid = (vectors[3] as Vec)[1];
  test('unknown word: share and word position, no word echoed', () => {
    const m = valid[1]?.split(' ') ?? [];
    m[4] = 'bitcoinz';
    assert.throws(
      () => combineShares([valid[0] ?? '', m.join(' ')], 'TREZOR'),
      (e: unknown) => badShares(/share #2: word #5 is not in the SLIP-39 wordlist/)(e) && !(e as Error).message.includes('bitcoinz'),
    );
  });
  test('empty / non-array / non-string', () => {
    assert.throws(() => combineShares([]), badShares(/no shares/));
    assert.throws(() => combineShares('abc' as unknown as string[]), badShares());
    assert.throws(() => combineShares([42 as unknown as string]), badShares(/share #1: expected a string/));
  });
  test('non-ASCII passphrase -> E_BAD_INPUT', () => {
    assert.throws(() => combineShares(valid, 'TRÉZOR'), badInput(/passphrase/));
  });
});

describe('slip39 package side effects', () => {
  test('its String/Array prototype extensions are not enumerable after loading', () => {
    combineShares((vectors[0] as Vec)[1], 'TREZOR'); // ensure the package is loaded
    const keys: string[] = [];
    for (const k in []) keys.push(k);
    for (const k in new String('')) keys.push(k);
    assert.deepEqual(keys, []);
  });
});

describe('splitSecret option validation (E_BAD_INPUT)', () => {
  const s16 = new Uint8Array(16).fill(9);
  const table: Array<[string, Uint8Array, SplitSecretOptions, RegExp]> = [
    ['secret 14 bytes', new Uint8Array(14), { groupThreshold: 1, groups: [[1, 1]] }, /^secret/],
    ['secret 17 bytes', new Uint8Array(17), { groupThreshold: 1, groups: [[1, 1]] }, /^secret/],
    ['secret 34 bytes', new Uint8Array(34), { groupThreshold: 1, groups: [[1, 1]] }, /^secret/],
    ['no groups', s16, { groupThreshold: 1, groups: [] }, /^groups/],
    ['17 groups', s16, { groupThreshold: 1, groups: Array.from({ length: 17 }, (): [number, number] => [1, 1]) }, /^groups/],
    ['threshold 0', s16, { groupThreshold: 1, groups: [[0, 3]] }, /^groups\[0\]\.threshold/],
    ['threshold > count', s16, { groupThreshold: 1, groups: [[4, 3]] }, /^groups\[0\]\.threshold/],
    ['count 17', s16, { groupThreshold: 1, groups: [[2, 17]] }, /^groups\[0\]\.count/],
    [
      '1-of-3 member group',
      s16,
      {
        groupThreshold: 1,
        groups: [
          [2, 3],
          [1, 3],
        ],
      },
      /^groups\[1\]: member threshold 1 requires count 1/,
    ],
    [
      'group threshold > groups',
      s16,
      {
        groupThreshold: 3,
        groups: [
          [1, 1],
          [2, 3],
        ],
      },
      /^groupThreshold/,
    ],
    ['group threshold 0', s16, { groupThreshold: 0, groups: [[1, 1]] }, /^groupThreshold/],
    ['non-integer', s16, { groupThreshold: 1, groups: [[1.5, 3]] }, /^groups\[0\]/],
    ['iteration exponent 16', s16, { groupThreshold: 1, groups: [[1, 1]], iterationExponent: 16 }, /^iterationExponent/],
    ['non-ASCII passphrase', s16, { groupThreshold: 1, groups: [[1, 1]], passphrase: 'pässword' }, /^passphrase/],
  ];
  for (const [name, secret, opts, re] of table) {
    test(name, () => assert.throws(() => splitSecret(secret, opts), badInput(re)));
  }
});

describe('split/combine', () => {
  test('shape: one array per group, member counts as requested; shareSetId shared', () => {
    const groups = splitSecret(new Uint8Array(32).fill(1), {
      groupThreshold: 2,
      groups: [
        [1, 1],
        [2, 3],
        [3, 5],
      ],
      iterationExponent: 0,
    });
    assert.deepEqual(
      groups.map((g) => g.length),
      [1, 3, 5],
    );
    const all = groups.flat();
    const ids = new Set(all.map((m) => shareSetId(m)));
    assert.equal(ids.size, 1);
    const id = [...ids][0] ?? -1;
    assert.ok(Number.isInteger(id) && id >= 0 && id < 2 ** 15);
    for (const m of all) assert.equal(m.split(' ').length, 33); // 32-byte secret -> 33 words (SLIP-39 table)
    assert.throws(() => shareSetId('academic acid'), badShares(/too short/));
  });
  test('16-byte secret shares are 20 words; the extendable flag can be turned off', () => {
    const secret = new Uint8Array(16).fill(5);
    const [g] = splitSecret(secret, { groupThreshold: 1, groups: [[2, 2]], iterationExponent: 0, extendable: false });
    assert.equal(g?.[0]?.split(' ').length, 20);
    assert.deepEqual(combineShares(g ?? []), secret);
  });
  test('property: random 16/32-byte secrets, random T-of-N groups, any qualifying subset recovers', () => {
    const groupArb = fc
      .integer({ min: 1, max: 5 })
      .chain((count) => fc.integer({ min: count === 1 ? 1 : 2, max: count }).map((threshold): [number, number] => [threshold, count]));
    fc.assert(
      fc.property(
        fc.oneof(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.uint8Array({ minLength: 32, maxLength: 32 })),
        fc.array(groupArb, { minLength: 1, maxLength: 4 }),
        fc.nat(),
        fc.stringMatching(/^[\x20-\x7e]{0,12}$/),
        fc.infiniteStream(fc.nat()),
        (secret, groups, gtSeed, passphrase, rnd) => {
          const groupThreshold = (gtSeed % groups.length) + 1;
          const shares = splitSecret(secret, { groupThreshold, groups, passphrase, iterationExponent: 0 });
          // Pick `groupThreshold` random groups, then `threshold` random members of each, in random order.
          const it = rnd[Symbol.iterator]();
          const next = () => it.next().value as number;
          const shuffle = <T>(xs: T[]) =>
            xs
              .map((x) => [next(), x] as const)
              .sort((a, b) => a[0] - b[0])
              .map(([, x]) => x);
          const chosenGroups = shuffle(groups.map((g, i) => [g, i] as const)).slice(0, groupThreshold);
          const picked = shuffle(chosenGroups.flatMap(([[t], i]) => shuffle(shares[i] ?? []).slice(0, t)));
          assert.deepEqual(combineShares(picked, passphrase), secret);
          // One member short in the first chosen group with threshold > 1 must fail.
          const short = chosenGroups.find(([[t]]) => t > 1);
          if (short) {
            const [[t], i] = short;
            const lacking = chosenGroups.flatMap(([[tt], j]) => (shares[j] ?? []).slice(0, j === i ? t - 1 : tt));
            assert.throws(() => combineShares(lacking, passphrase), badShares());
          }
        },
      ),
      { numRuns: 40 },
    );
  });
  test('property: a corrupted word is caught (E_BAD_SHARES), never a wrong secret', () => {
    const words = [...wordlist];
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 1023 }), (secret, pos, w) => {
        const [g] = splitSecret(secret, { groupThreshold: 1, groups: [[2, 3]], iterationExponent: 0 });
        const share = (g?.[0] ?? '').split(' ');
        fc.pre(share[pos] !== words[w]);
        share[pos] = words[w] ?? '';
        assert.throws(() => combineShares([share.join(' '), g?.[1] ?? '']), badShares(/share #1: invalid checksum/));
      }),
      { numRuns: 50 },
    );
  });
});
