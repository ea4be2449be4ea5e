/**
 * Interoperability: request signatures and SPKI keys against an independent
 * ECDSA P-256 implementation (@noble/curves 2.x, pure JS, RFC 6979 nonces).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { p256 } from '@noble/curves/nist.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { isCustosError } from '../../src/errors.js';
import { SIGNATURE_HEADERS as H, canonicalRequest, parseSignedHeaders, signRequest, verifyRequest } from '../../src/auth/request-signature.js';
import { publicKeyFromHex, publicKeyToHex } from '../../src/auth/credential.js';

/** SPKI DER prefix for an id-ecPublicKey / prime256v1 key with a 65-byte uncompressed point (RFC 5480). */
const P256_SPKI_PREFIX = '3059301306072a8648ce3d020106082a8648ce3d030107034200';
const NOW = 1_763_790_000_000;
const REQ = { method: 'POST', path: '/v1/keys/hot-1/sign?x=%2F', body: Uint8Array.from([0, 1, 2, 250, 255]) };

const secretKey = p256.utils.randomSecretKey();
const point = p256.getPublicKey(secretKey, false); // 04 || x || y
const spkiHex = P256_SPKI_PREFIX + Buffer.from(point).toString('hex');

/** The noble public point as a node KeyObject, via JWK (independent of our SPKI code). */
const nodePub = createPublicKey({
  key: { kty: 'EC', crv: 'P-256', x: Buffer.from(point.subarray(1, 33)).toString('base64url'), y: Buffer.from(point.subarray(33)).toString('base64url') },
  format: 'jwk',
});

const n = p256.Point.CURVE().n;
const msgFor = (timestamp: number, nonce: string) => new TextEncoder().encode(canonicalRequest({ ...REQ, timestamp, nonce, principal: 'noble-client' }));

describe('ECDSA P-256 interoperability with @noble/curves', () => {
  test('a noble signature over sha256(canonical), compact (P1363) format, verifies', () => {
    const timestamp = NOW / 1000;
    const nonce = 'noble-nonce-0123456789';
    const msg = msgFor(timestamp, nonce);
    // noble 2.x: prehash defaults to true (sha256 of the message); pass the digest with prehash: false.
    const sig = p256.sign(sha256(msg), secretKey, { prehash: false, format: 'compact' });
    assert.equal(sig.length, 64);
    // Same key and digest: RFC 6979 gives the same signature when noble hashes itself.
    assert.deepEqual(p256.sign(msg, secretKey), sig);
    const headers = {
      [H.principal]: 'noble-client',
      [H.timestamp]: String(timestamp),
      [H.nonce]: nonce,
      [H.signature]: Buffer.from(sig).toString('base64url'),
    };
    const h = parseSignedHeaders(headers);
    verifyRequest(nodePub, h, REQ, NOW);
    verifyRequest(publicKeyFromHex(spkiHex), h, REQ, NOW);
    assert.throws(
      () => verifyRequest(nodePub, h, { ...REQ, path: '/v1/keys/hot-2/sign?x=%2F' }, NOW),
      (e) => isCustosError(e, 'E_UNAUTHENTICATED'),
    );
  });

  test('the high-S twin of a signature also verifies (OpenSSL does not enforce low-S; replay is keyed on the nonce, not the signature)', () => {
    const msg = msgFor(NOW / 1000, 'high-s-nonce-01234567');
    const sig = p256.Signature.fromBytes(p256.sign(msg, secretKey), 'compact');
    const twin = new p256.Signature(sig.r, n - sig.s).toBytes('compact');
    const h = { principal: 'noble-client', timestamp: NOW / 1000, nonce: 'high-s-nonce-01234567', signature: twin };
    verifyRequest(nodePub, h, REQ, NOW);
  });

  test('noble verifies signatures made by signRequest (node:crypto)', () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const jwk = publicKey.export({ format: 'jwk' });
    const pub = Uint8Array.from(Buffer.concat([Buffer.of(4), Buffer.from(jwk.x!, 'base64url'), Buffer.from(jwk.y!, 'base64url')]));
    for (let i = 0; i < 20; i++) {
      const h = parseSignedHeaders(signRequest(privateKey, 'noble-client', REQ, NOW + i));
      const msg = msgFor(h.timestamp, h.nonce);
      // OpenSSL may emit high-S signatures: noble 2.x rejects those unless lowS: false.
      assert.equal(p256.verify(h.signature, sha256(msg), pub, { prehash: false, lowS: false, format: 'compact' }), true);
      assert.equal(p256.verify(h.signature, msg, pub, { lowS: false }), true);
    }
  });

  test('SPKI DER hex agrees with the RFC 5480 encoding of the noble point', () => {
    assert.equal(publicKeyToHex(nodePub), spkiHex);
    assert.equal(publicKeyToHex(publicKeyFromHex(spkiHex)), spkiHex);
  });
});
