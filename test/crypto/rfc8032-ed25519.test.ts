/** Ed25519 (RFC 8032 §5.1) via node:crypto, checked against RFC 8032 §7.1 and @noble/curves. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ed25519 as noble } from '@noble/curves/ed25519.js';
import { getAlgorithm } from '../../src/crypto/algorithms.js';
import { fromHex, toHex } from '../../src/crypto/bytes.js';

const alg = getAlgorithm('ed25519');

describe('RFC 8032 Ed25519', () => {
  test('§7.1 TEST 1 (empty message)', () => {
    const sk = fromHex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60');
    const pub = alg.publicKey(sk);
    assert.equal(toHex(pub), 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
    const sig = alg.sign(sk, new Uint8Array(0));
    assert.equal(
      toHex(sig),
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    );
    assert.ok(alg.verify(pub, new Uint8Array(0), sig));
    assert.equal(alg.verify(pub, new Uint8Array([0]), sig), false);
  });

  test('property: same public key and signature as noble, cross-verifies, tamper fails', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ maxLength: 200 }), fc.nat(511), (sk, msg, bit) => {
        const pub = alg.publicKey(sk);
        assert.equal(toHex(pub), toHex(noble.getPublicKey(sk)));
        const sig = alg.sign(sk, msg);
        assert.equal(toHex(sig), toHex(noble.sign(msg, sk)));
        assert.ok(noble.verify(sig, msg, pub));
        assert.ok(alg.verify(pub, msg, sig));
        const bad = Uint8Array.from(sig);
        bad[bit >> 3] = (bad[bit >> 3] as number) ^ (1 << (bit & 7));
        assert.equal(alg.verify(pub, msg, bad), false);
      }),
      { numRuns: 100 },
    );
  });

  test('malformed keys and signatures return false', () => {
    const sk = new Uint8Array(32).fill(3);
    const msg = new Uint8Array([1, 2, 3]);
    const sig = alg.sign(sk, msg);
    const pub = alg.publicKey(sk);
    assert.equal(alg.verify(pub.subarray(1), msg, sig), false);
    assert.equal(alg.verify(pub, msg, sig.subarray(1)), false);
    assert.equal(alg.verify(new Uint8Array(32).fill(0xff), msg, sig), false);
    // S >= L (non-canonical) must be rejected.
    const highS = Uint8Array.from(sig);
    highS.fill(0xff, 32);
    assert.equal(alg.verify(pub, msg, highS), false);
  });

  test('secrets of the wrong length are E_BAD_INPUT', () => {
    assert.throws(() => alg.publicKey(new Uint8Array(31)), { code: 'E_BAD_INPUT' });
    assert.throws(() => alg.sign(new Uint8Array(64), new Uint8Array(1)), { code: 'E_BAD_INPUT' });
  });
});
