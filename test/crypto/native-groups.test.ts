/**
 * RFC 9591 §3.1 DeserializeElement through the native group backends
 * (src/crypto/ed25519-group.ts: libsodium; src/crypto/secp256k1-group.ts:
 * libsecp256k1) against noble's decoding plus the identity and subgroup checks
 * custos applied before them: the native check must refuse everything noble
 * refused (identity, the 8-torsion points, mixed-order points, non-canonical
 * encodings, off-curve x or y) and accept the valid elements noble accepts.
 * Also: the arithmetic agrees with noble's on random scalars and points.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ed25519 } from '@noble/curves/ed25519.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { fromHex, toHex } from '../../src/crypto/bytes.js';
import { ed25519Group } from '../../src/crypto/ed25519-group.js';
import { secp256k1Group } from '../../src/crypto/secp256k1-group.js';
import { frostSuite } from '../../src/threshold/suites.js';

const Ed = ed25519.Point;
const K1 = secp256k1.Point;

/** What custos accepted before the native backend: noble fromBytes, not the identity, torsion-free. */
const nobleEd = (b: Uint8Array): boolean => {
  try {
    const p = Ed.fromBytes(b);
    return !p.is0() && p.isTorsionFree();
  } catch {
    return false;
  }
};
const nobleK1 = (b: Uint8Array): boolean => {
  try {
    if (b.length !== 33) return false;
    K1.fromBytes(b).assertValidity();
    return true;
  } catch {
    return false;
  }
};

const P_ED = 2n ** 255n - 19n;
const le32 = (n: bigint): Uint8Array => {
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = Number((n >> BigInt(8 * i)) & 0xffn);
  return out;
};

/** The 8-torsion subgroup, generated from the order-8 point libsodium's blocklist starts with. */
const torsion = (() => {
  const T = Ed.fromBytes(fromHex('c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a'));
  return Array.from({ length: 8 }, (_, i) => (i === 0 ? Ed.ZERO : T.multiplyUnsafe(BigInt(i))));
})();

describe('Ed25519 DeserializeElement (libsodium) is at least as strict as noble + identity + subgroup checks', () => {
  const rejects: [string, Uint8Array][] = [
    ['identity', le32(1n)],
    ['identity with the x sign bit set', Uint8Array.from([...le32(1n).subarray(0, 31), 0x80])],
    ['all zero (y = 0, order 4)', new Uint8Array(32)],
    ['y = p - 1 (order 2)', le32(P_ED - 1n)],
    ['non-canonical y = p (encodes y = 0)', le32(P_ED)],
    ['non-canonical y = p + 1 (encodes the identity)', le32(P_ED + 1n)],
    ['non-canonical y = 2^255 - 1', le32(2n ** 255n - 1n)],
    ['y = 2 is not on the curve', le32(2n)],
    ...torsion.map((p, i): [string, Uint8Array] => [`8-torsion point [${i}]T`, p.toBytes()]),
    ...torsion.slice(1).map((t, i): [string, Uint8Array] => [`mixed order: B + [${i + 1}]T`, Ed.BASE.multiply(7n).add(t).toBytes()]),
    ['31 bytes', Ed.BASE.toBytes().subarray(1)],
    ['33 bytes', Uint8Array.from([...Ed.BASE.toBytes(), 0])],
  ];
  for (const [name, bytes] of rejects) {
    test(`refuses ${name}`, () => {
      assert.equal(ed25519Group.isElement(bytes), false, 'native');
      assert.equal(nobleEd(bytes), false, 'noble agrees it is invalid');
      assert.throws(() => frostSuite('frost-ed25519').assertElement(bytes));
    });
  }

  test('positive control: valid elements are accepted by both', () => {
    for (const k of [1n, 2n, 7n, Ed.Fn.ORDER - 1n]) {
      const b = Ed.BASE.multiply(k).toBytes();
      assert.ok(ed25519Group.isElement(b) && nobleEd(b));
      frostSuite('frost-ed25519').assertElement(b);
    }
  });

  test('random 32-byte strings and random mixed-order points: native accepts exactly what noble accepts', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.integer({ min: 0, max: 7 }), fc.boolean(), (b, t, asPoint) => {
        const bytes = asPoint
          ? Ed.BASE.multiply(Ed.Fn.create(BigInt('0x' + (toHex(b) || '01')) || 1n))
              .add(torsion[t]!)
              .toBytes()
          : b;
        assert.equal(ed25519Group.isElement(bytes), nobleEd(bytes), toHex(bytes));
      }),
      { numRuns: 300 },
    );
  });

  test('arithmetic agrees with noble: [k]G, [k]P, P + Q, -P, identity', () => {
    const Fn = Ed.Fn;
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: Fn.ORDER - 1n }), fc.bigInt({ min: 1n, max: Fn.ORDER - 1n }), (k, j) => {
        const P = Ed.BASE.multiply(j);
        const kG = ed25519Group.base(Fn.toBytes(k));
        assert.equal(kG === null ? null : toHex(kG), k === 0n ? null : toHex(Ed.BASE.multiply(k).toBytes()));
        const kP = ed25519Group.mul(P.toBytes(), Fn.toBytes(k));
        assert.equal(kP === null ? null : toHex(kP), k === 0n ? null : toHex(P.multiply(k).toBytes()));
        const sum = ed25519Group.sum([P.toBytes(), Ed.BASE.toBytes()]); // j = L - 1 gives the identity
        assert.equal(sum === null ? null : toHex(sum), j === Fn.ORDER - 1n ? null : toHex(P.add(Ed.BASE).toBytes()));
        assert.equal(toHex(ed25519Group.neg(P.toBytes())!), toHex(P.negate().toBytes()));
        assert.equal(ed25519Group.sum([P.toBytes(), ed25519Group.neg(P.toBytes())]), null);
      }),
      { numRuns: 100 },
    );
  });

  test('mul refuses a small-order or mixed-order point instead of multiplying it', () => {
    const one = le32(1n);
    for (const t of torsion.slice(1)) {
      assert.throws(() => ed25519Group.mul(t.toBytes(), one), /invalid element/);
      assert.throws(() => ed25519Group.mul(Ed.BASE.add(t).toBytes(), one), /invalid element/);
    }
    assert.equal(toHex(ed25519Group.mul(Ed.BASE.toBytes(), one)!), toHex(Ed.BASE.toBytes()), 'positive control');
  });
});

describe('secp256k1 DeserializeElement (libsecp256k1) is at least as strict as noble', () => {
  const G = K1.BASE.toBytes(true);
  const P_K1 = K1.Fp.ORDER;
  const be = (prefix: number, x: bigint): Uint8Array => Uint8Array.from([prefix, ...fromHex(x.toString(16).padStart(64, '0'))]);
  const rejects: [string, Uint8Array][] = [
    ['x = 0 (not on the curve)', be(2, 0n)],
    ['x = p (non-canonical)', be(2, P_K1)],
    ['x = p + 1 (non-canonical)', be(2, P_K1 + 1n)],
    ['x = 2^256 - 1', be(3, 2n ** 256n - 1n)],
    ['prefix 04 with 33 bytes', Uint8Array.from([4, ...G.subarray(1)])],
    ['prefix 00', Uint8Array.from([0, ...G.subarray(1)])],
    ['hybrid prefix 06', Uint8Array.from([6, ...G.subarray(1)])],
    ['uncompressed 65-byte G (RFC 9591 §6.5 is compressed only)', K1.BASE.toBytes(false)],
    ['32 bytes', G.subarray(1)],
  ];
  // An x with no point on the curve: x^3 + 7 a non-square. x = 5 is one (checked by noble below).
  rejects.push(['x = 5 is not on the curve', be(2, 5n)]);
  for (const [name, bytes] of rejects) {
    test(`refuses ${name}`, () => {
      assert.equal(secp256k1Group.isElement(bytes), false, 'native');
      assert.equal(nobleK1(bytes), false, 'noble agrees it is invalid');
      assert.throws(() => frostSuite('frost-secp256k1').assertElement(bytes));
    });
  }

  test('positive control and random strings: native accepts exactly what noble accepts', () => {
    assert.ok(secp256k1Group.isElement(G) && nobleK1(G));
    fc.assert(
      fc.property(fc.constantFrom(2, 3, 4, 0), fc.uint8Array({ minLength: 32, maxLength: 32 }), (p, x) => {
        const b = Uint8Array.from([p, ...x]);
        assert.equal(secp256k1Group.isElement(b), nobleK1(b), toHex(b));
      }),
      { numRuns: 300 },
    );
  });

  test('arithmetic agrees with noble, and a sum at infinity is the identity (null)', () => {
    const Fn = K1.Fn;
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: Fn.ORDER - 1n }), fc.bigInt({ min: 1n, max: Fn.ORDER - 1n }), (k, j) => {
        const P = K1.BASE.multiply(j);
        const kG = secp256k1Group.base(Fn.toBytes(k));
        assert.equal(kG === null ? null : toHex(kG), k === 0n ? null : toHex(K1.BASE.multiply(k).toBytes()));
        const kP = secp256k1Group.mul(P.toBytes(), Fn.toBytes(k));
        assert.equal(kP === null ? null : toHex(kP), k === 0n ? null : toHex(P.multiply(k).toBytes()));
        const sum = secp256k1Group.sum([P.toBytes(), G, null]); // j = n - 1 gives the identity
        assert.equal(sum === null ? null : toHex(sum), j === Fn.ORDER - 1n ? null : toHex(P.add(K1.BASE).toBytes()));
        assert.equal(secp256k1Group.sum([P.toBytes(), secp256k1Group.neg(P.toBytes())]), null);
      }),
      { numRuns: 100 },
    );
    assert.throws(() => secp256k1Group.sum([G, be(2, 5n)]), /invalid element/, 'an invalid input is an error, not the identity');
  });
});
