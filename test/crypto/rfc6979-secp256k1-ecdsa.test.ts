/**
 * secp256k1 ECDSA (SEC1 §4.1) with RFC 6979 deterministic nonces and BIP 146
 * low-s, via the native libsecp256k1 addon, cross-checked against @noble/curves.
 */
import { createRequire } from 'node:module';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { secp256k1 as noble } from '@noble/curves/secp256k1.js';
import { getAlgorithm } from '../../src/crypto/algorithms.js';
import { fromHex, toHex } from '../../src/crypto/bytes.js';
import { ecdsaRecover, ecdsaSign, ecdsaVerify, isValidSecret, publicKey } from '../../src/crypto/secp256k1.js';

const alg = getAlgorithm('secp256k1');
const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const secretArb = fc.uint8Array({ minLength: 32, maxLength: 32 }).filter((b) => {
  const x = BigInt('0x' + toHex(b));
  return x > 0n && x < N;
});
const digestArb = fc.uint8Array({ minLength: 32, maxLength: 32 });

describe('native addon', () => {
  test('libsecp256k1 .node addon is loaded, elliptic fallback is not', () => {
    const cache = createRequire(import.meta.url).cache;
    const loaded = Object.keys(cache);
    assert.ok(
      loaded.some((p) => /[\\/]secp256k1[\\/].*\.node$/.test(p)),
      `no secp256k1 .node addon in require.cache: ${loaded.filter((p) => p.includes('secp256k1')).join(', ')}`,
    );
    assert.ok(!loaded.some((p) => /[\\/]secp256k1[\\/]elliptic\.js$/.test(p)), 'secp256k1/elliptic.js was loaded');
    assert.ok(!loaded.some((p) => /[\\/]node_modules[\\/]elliptic[\\/]/.test(p)), 'elliptic package was loaded');
  });
});

describe('secp256k1 ECDSA (RFC 6979, low-s)', () => {
  test('property: native signature == noble RFC 6979 low-s signature, verifies under noble, recovers the signer', () => {
    fc.assert(
      fc.property(secretArb, digestArb, (sk, digest) => {
        const sig = alg.sign(sk, digest);
        assert.equal(sig.length, 65);
        // noble 'recovered' format is recid || r || s; ours is r || s || (27 + recid).
        const ref = noble.sign(digest, sk, { prehash: false, lowS: true, format: 'recovered' });
        assert.equal(toHex(sig.subarray(0, 64)), toHex(ref.subarray(1)));
        assert.equal(sig[64], 27 + (ref[0] as number));
        const pub = alg.publicKey(sk);
        assert.equal(toHex(pub), toHex(noble.getPublicKey(sk, true)));
        assert.ok(noble.verify(sig.subarray(0, 64), digest, pub, { prehash: false, lowS: true }));
        assert.ok(alg.verify(pub, digest, sig));
        assert.ok(alg.verify(pub, digest, sig.subarray(0, 64)));
        assert.equal(toHex(ecdsaRecover(sig, digest)), toHex(pub));
      }),
      { numRuns: 100 },
    );
  });

  test('property: a flipped bit in signature, digest or key fails verification', () => {
    fc.assert(
      fc.property(secretArb, digestArb, fc.nat(), fc.constantFrom('sig', 'digest', 'pub'), (sk, digest, bit, what) => {
        const sig = ecdsaSign(sk, digest);
        const pub = publicKey(sk);
        const flip = (b: Uint8Array, nbits: number): Uint8Array => {
          const c = Uint8Array.from(b);
          const i = bit % nbits;
          c[i >> 3] = (c[i >> 3] as number) ^ (1 << (i & 7));
          return c;
        };
        if (what === 'sig') assert.equal(ecdsaVerify(pub, digest, flip(sig, 512)), false); // r||s bits
        if (what === 'digest') assert.equal(ecdsaVerify(pub, flip(digest, 256), sig), false);
        if (what === 'pub') assert.equal(ecdsaVerify(flip(pub, 264), digest, sig), false);
      }),
      { numRuns: 100 },
    );
  });

  test('high-s twin of a valid signature is rejected (BIP 146 LOW_S)', () => {
    const sk = fromHex('0000000000000000000000000000000000000000000000000000000000000001');
    const digest = new Uint8Array(32).fill(7);
    const sig = ecdsaSign(sk, digest);
    const s = BigInt('0x' + toHex(sig.subarray(32, 64)));
    assert.ok(s <= N / 2n);
    const highS = Uint8Array.from(sig);
    highS.set(fromHex((N - s).toString(16).padStart(64, '0')), 32);
    assert.equal(ecdsaVerify(publicKey(sk), digest, highS), false);
  });

  test('v byte is range-checked (27..30), otherwise ignored', () => {
    const sk = fromHex('00000000000000000000000000000000000000000000000000000000000000aa');
    const digest = new Uint8Array(32).fill(1);
    const sig = ecdsaSign(sk, digest);
    const pub = publicKey(sk);
    for (const v of [27, 28, 29, 30]) assert.ok(ecdsaVerify(pub, digest, Uint8Array.from([...sig.subarray(0, 64), v])));
    for (const v of [0, 1, 26, 31, 255]) {
      assert.equal(ecdsaVerify(pub, digest, Uint8Array.from([...sig.subarray(0, 64), v])), false);
    }
    assert.throws(() => ecdsaRecover(Uint8Array.from([...sig.subarray(0, 64), 0]), digest), { code: 'E_BAD_SIGNATURE' });
  });

  test('malformed signatures and keys return false, never throw', () => {
    const sk = fromHex('00000000000000000000000000000000000000000000000000000000000000aa');
    const digest = new Uint8Array(32);
    const sig = alg.sign(sk, digest);
    const pub = alg.publicKey(sk);
    const rIsN = Uint8Array.from(sig);
    rIsN.set(fromHex(N.toString(16)), 0);
    assert.equal(alg.verify(pub, digest, rIsN), false);
    assert.equal(alg.verify(pub, digest, new Uint8Array(65)), false);
    assert.equal(alg.verify(pub, digest, sig.subarray(0, 63)), false);
    assert.equal(alg.verify(new Uint8Array(33), digest, sig), false);
    assert.equal(alg.verify(Uint8Array.from([4, ...new Uint8Array(64)]), digest, sig), false);
    assert.equal(alg.verify(pub.subarray(1), digest, sig), false);
  });

  test('message must be a 32-byte digest', () => {
    const sk = alg.generate();
    assert.throws(() => alg.sign(sk, new Uint8Array(31)), { code: 'E_BAD_INPUT' });
    assert.throws(() => alg.sign(sk, new Uint8Array(33)), { code: 'E_BAD_INPUT' });
    assert.throws(() => alg.verify(alg.publicKey(sk), new Uint8Array(5), new Uint8Array(65)), { code: 'E_BAD_INPUT' });
  });

  test('secret range: 0 and n are rejected, 1 and n-1 accepted', () => {
    const hex = (x: bigint) => fromHex(x.toString(16).padStart(64, '0'));
    assert.equal(isValidSecret(hex(0n)), false);
    assert.equal(isValidSecret(hex(N)), false);
    assert.equal(isValidSecret(new Uint8Array(32).fill(0xff)), false);
    assert.equal(isValidSecret(hex(1n)), true);
    assert.equal(isValidSecret(hex(N - 1n)), true);
    assert.throws(() => alg.validateSecret(hex(N)), { code: 'E_BAD_INPUT' });
    assert.throws(() => alg.sign(hex(0n), new Uint8Array(32)), { code: 'E_BAD_INPUT' });
    // Generator point G for secret 1 (SEC2 §2.4.1).
    assert.equal(toHex(publicKey(hex(1n))), '0279be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798');
  });
});
