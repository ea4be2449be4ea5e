/** ML-DSA-65 (FIPS 204) via @noble/post-quantum, secret = 32-byte KeyGen seed. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { ml_dsa65 } from '@noble/post-quantum/ml-dsa.js';
import { getAlgorithm } from '../../src/crypto/algorithms.js';
import { toHex, utf8 } from '../../src/crypto/bytes.js';

const alg = getAlgorithm('ml-dsa-65');
const seed = Uint8Array.from(createHash('sha256').update('custos ml-dsa-65 test seed').digest());

describe('FIPS 204 ML-DSA-65', () => {
  test('public key is 1952 bytes (Table 2), deterministic from the seed, seed left intact', () => {
    const copy = Uint8Array.from(seed);
    const a = alg.publicKey(seed);
    const b = alg.publicKey(seed);
    assert.equal(a.length, 1952);
    assert.equal(toHex(a), toHex(b));
    assert.equal(toHex(seed), toHex(copy));
    const other = Uint8Array.from(seed);
    other[0] = (other[0] as number) ^ 1;
    assert.notEqual(toHex(alg.publicKey(other)), toHex(a));
  });

  test('sign/verify round trip; 3309-byte signature (Table 2); hedged signing', () => {
    const msg = utf8('attack at dawn');
    const pub = alg.publicKey(seed);
    const s1 = alg.sign(seed, msg);
    const s2 = alg.sign(seed, msg);
    assert.equal(s1.length, 3309);
    assert.ok(alg.verify(pub, msg, s1));
    assert.ok(alg.verify(pub, msg, s2));
    assert.notEqual(toHex(s1), toHex(s2)); // fresh rnd per signature (FIPS 204 §3.4)
    // Independent check with noble directly, from the same seed.
    assert.ok(ml_dsa65.verify(s1, msg, ml_dsa65.keygen(seed).publicKey));
    assert.ok(alg.verify(pub, new Uint8Array(0), alg.sign(seed, new Uint8Array(0))));
  });

  test('tampering fails: message, signature, key', () => {
    const msg = utf8('attack at dawn');
    const pub = alg.publicKey(seed);
    const sig = alg.sign(seed, msg);
    assert.equal(alg.verify(pub, utf8('attack at dusk'), sig), false);
    for (const i of [0, 100, 2000, 3308]) {
      const bad = Uint8Array.from(sig);
      bad[i] = (bad[i] as number) ^ 0x01;
      assert.equal(alg.verify(pub, msg, bad), false, `signature byte ${i}`);
    }
    const badPub = Uint8Array.from(pub);
    badPub[40] = (badPub[40] as number) ^ 0x80;
    assert.equal(alg.verify(badPub, msg, sig), false);
    assert.equal(alg.verify(pub, msg, sig.subarray(1)), false);
    assert.equal(alg.verify(pub.subarray(1), msg, sig), false);
    assert.equal(alg.verify(pub, msg, new Uint8Array(3309).fill(0xff)), false);
  });

  test('seed must be 32 bytes', () => {
    assert.throws(() => alg.publicKey(new Uint8Array(31)), { code: 'E_BAD_INPUT' });
    assert.throws(() => alg.sign(new Uint8Array(64), new Uint8Array(1)), { code: 'E_BAD_INPUT' });
  });
});
