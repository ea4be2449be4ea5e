/** The algorithm registry contract (src/crypto/algorithms.ts): lookup, schemes, boundary errors. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ALGORITHMS, getAlgorithm, isAlgorithm, type SignatureScheme } from '../../src/crypto/algorithms.js';
import { toHex } from '../../src/crypto/bytes.js';

const PUB_LEN = { secp256k1: 33, ed25519: 32, 'bls12-381': 48, 'ml-dsa-65': 1952 } as const;
const SCHEMES = { secp256k1: ['ecdsa', 'bip340', 'bip340-taproot'], ed25519: ['eddsa'], 'bls12-381': ['bls-pop'], 'ml-dsa-65': ['ml-dsa'] };

describe('algorithm registry', () => {
  test('names, isAlgorithm, unknown name -> E_UNSUPPORTED listing the valid ones', () => {
    assert.deepEqual([...ALGORITHMS], ['secp256k1', 'ed25519', 'bls12-381', 'ml-dsa-65']);
    assert.ok(isAlgorithm('ed25519'));
    assert.equal(isAlgorithm('rsa'), false);
    assert.equal(isAlgorithm('toString'), false);
    assert.throws(
      () => getAlgorithm('rsa'),
      (e: unknown) => {
        const err = e as { code: string; message: string };
        assert.equal(err.code, 'E_UNSUPPORTED');
        for (const a of ALGORITHMS) assert.ok(err.message.includes(a), err.message);
        return true;
      },
    );
  });

  for (const name of ALGORITHMS) {
    describe(name, () => {
      const alg = getAlgorithm(name);
      const msgFor = (scheme: SignatureScheme) => (scheme === 'ecdsa' || scheme === 'bip340-taproot' ? new Uint8Array(32).fill(5) : new Uint8Array([1, 2, 3]));

      test('metadata', () => {
        assert.equal(alg.name, name);
        assert.deepEqual([...alg.schemes], SCHEMES[name]);
        assert.equal(alg.defaultScheme, SCHEMES[name][0]);
      });

      test('generate -> valid, distinct 32-byte secrets; round trip per scheme', () => {
        const a = alg.generate();
        const b = alg.generate();
        assert.equal(a.length, 32);
        assert.notEqual(toHex(a), toHex(b));
        alg.validateSecret(a);
        const pub = alg.publicKey(a);
        assert.equal(pub.length, PUB_LEN[name]);
        for (const scheme of alg.schemes) {
          const msg = msgFor(scheme);
          const sig = alg.sign(a, msg, { scheme });
          assert.ok(alg.verify(pub, msg, sig, { scheme }), scheme);
          assert.equal(alg.verify(alg.publicKey(b), msg, sig, { scheme }), false, scheme);
        }
      });

      test('unsupported scheme -> E_UNSUPPORTED', () => {
        const other: SignatureScheme = name === 'ed25519' ? 'ecdsa' : 'eddsa';
        const sk = alg.generate();
        assert.throws(() => alg.sign(sk, msgFor(alg.defaultScheme), { scheme: other }), { code: 'E_UNSUPPORTED' });
        assert.throws(() => alg.verify(alg.publicKey(sk), new Uint8Array(32), new Uint8Array(64), { scheme: other }), {
          code: 'E_UNSUPPORTED',
        });
      });

      test('boundary errors are E_BAD_INPUT and never echo the secret', () => {
        const sk = alg.generate();
        const long = new Uint8Array(33).fill(0xab);
        assert.throws(
          () => alg.publicKey(long),
          (e: unknown) => {
            const err = e as { code: string; message: string };
            assert.equal(err.code, 'E_BAD_INPUT');
            assert.ok(!err.message.includes('abab'));
            return true;
          },
        );
        assert.throws(() => alg.validateSecret('x' as unknown as Uint8Array), { code: 'E_BAD_INPUT' });
        assert.throws(() => alg.sign(sk, 'hello' as unknown as Uint8Array), { code: 'E_BAD_INPUT' });
        if (name !== 'secp256k1') {
          assert.throws(() => alg.sign(sk, new Uint8Array(1), { auxRand: new Uint8Array(32) }), { code: 'E_BAD_INPUT' });
        }
      });

      test('property: verify returns false (never throws) on random keys/signatures of any length', () => {
        fc.assert(
          fc.property(fc.constantFrom(...alg.schemes), fc.uint8Array({ maxLength: 130 }), fc.uint8Array({ maxLength: 130 }), (scheme, pub, sig) => {
            assert.equal(alg.verify(pub, msgFor(scheme), sig, { scheme }), false);
          }),
          { numRuns: 50 },
        );
      });
    });
  }
});
