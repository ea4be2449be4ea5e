/**
 * crypto/verify.ts: what verify accepts as a secp256k1 ECDSA signature
 * (SEC1 §4.1.4, EIP-2 low-s, Ethereum v, X.690 DER) and as a public key.
 * Properties over generated keys and digests; the spec edge cases run
 * through the API and CLI in test/server/verify-edge-cases.test.ts.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { checkPublicKey, prepareSignature } from '../../src/crypto/verify.js';
import { isCustosError } from '../../src/errors.js';
import { der, ecdsa, highS, raw } from '../helpers/signature-edges.js';

const bytes = (h: string) => Uint8Array.from(Buffer.from(h, 'hex'));
const secret = fc.uint8Array({ minLength: 32, maxLength: 32 }).filter((b) => secp256k1.utils.isValidSecretKey(b));
const digest = fc.uint8Array({ minLength: 32, maxLength: 32 });

describe('secp256k1 ECDSA verification (properties)', () => {
  test('the right v verifies (27/28 and 0/1), the other v never does, r||s alone does', () => {
    fc.assert(
      fc.property(secret, digest, (sk, d) => {
        const pub = secp256k1.getPublicKey(sk, true);
        const s = ecdsa(sk, d);
        const check = (h: string) => prepareSignature('secp256k1', 'ecdsa', bytes(h)).verify(pub, d);
        assert.equal(check(raw(s.r, s.s)), 'valid');
        assert.equal(check(raw(s.r, s.s, 27 + s.recid)), 'valid');
        assert.equal(check(raw(s.r, s.s, s.recid)), 'valid');
        assert.equal(check(raw(s.r, s.s, 27 + (s.recid ^ 1))), 'v-mismatch');
        assert.equal(check(raw(s.r, s.s, s.recid ^ 1)), 'v-mismatch');
      }),
      { numRuns: 200 },
    );
  });

  test('high-s: refused unless allowed, then verifies exactly like its low-s twin (raw, v, DER)', () => {
    fc.assert(
      fc.property(secret, digest, digest, (sk, d, other) => {
        const pub = secp256k1.getPublicKey(sk, true);
        const h = highS(ecdsa(sk, d));
        assert.throws(
          () => prepareSignature('secp256k1', 'ecdsa', bytes(raw(h.r, h.s))),
          (e: unknown) => isCustosError(e) && e.details?.reason === 'high-s',
        );
        const allow = (x: string, format?: 'der') => prepareSignature('secp256k1', 'ecdsa', bytes(x), { allowHighS: true, ...(format ? { format } : {}) });
        assert.equal(allow(raw(h.r, h.s)).verify(pub, d), 'valid');
        assert.equal(allow(raw(h.r, h.s, 27 + h.recid)).verify(pub, d), 'valid');
        assert.equal(allow(raw(h.r, h.s, 27 + (h.recid ^ 1))).verify(pub, d), 'v-mismatch');
        assert.equal(allow(der(h.r, h.s), 'der').verify(pub, d), 'valid');
        if (!Buffer.from(other).equals(Buffer.from(d))) assert.equal(allow(raw(h.r, h.s)).verify(pub, other), 'invalid');
      }),
      { numRuns: 100 },
    );
  });

  test('DER round trip: what noble encodes verifies, any single-byte change is refused or invalid', () => {
    fc.assert(
      fc.property(secret, digest, fc.nat(), fc.integer({ min: 1, max: 255 }), (sk, d, at, flip) => {
        const pub = secp256k1.getPublicKey(sk, true);
        const sig = secp256k1.sign(d, sk, { prehash: false, format: 'der' });
        assert.equal(prepareSignature('secp256k1', 'ecdsa', sig, { format: 'der' }).verify(pub, d), 'valid');
        const bad = Uint8Array.from(sig);
        bad[at % bad.length]! ^= flip;
        try {
          assert.notEqual(prepareSignature('secp256k1', 'ecdsa', bad, { format: 'der' }).verify(pub, d), 'valid');
        } catch (e) {
          assert.ok(isCustosError(e) && e.code === 'E_BAD_SIGNATURE', String(e));
        }
      }),
      { numRuns: 300 },
    );
  });

  test('checkPublicKey: any valid point round-trips to its compressed form; random bytes are a point or E_BAD_INPUT', () => {
    fc.assert(
      fc.property(secret, fc.uint8Array({ minLength: 33, maxLength: 33 }), (sk, junk) => {
        const c = secp256k1.getPublicKey(sk, true);
        assert.deepEqual(checkPublicKey('secp256k1', secp256k1.getPublicKey(sk, false)), c);
        try {
          checkPublicKey('secp256k1', junk);
        } catch (e) {
          assert.ok(isCustosError(e) && e.code === 'E_BAD_INPUT' && e.details?.field === 'publicKey', String(e));
        }
      }),
      { numRuns: 200 },
    );
  });
});
