/**
 * The client's Web Crypto signer (src/client/signer.ts) against the server's node:crypto verifier: a request
 * signed the way the browser console signs verifies with verifyRequest, an approval signed that way verifies
 * with verifyApproval, and the imported key cannot be exported. Controls: a changed body or verdict fails.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { base64url, importPkcs8Pem, pemSigner, sha256Hex, utf8Bytes, webCryptoSigner } from '../../src/client/signer.js';
import { canonicalRequestFromHash } from '../../src/auth/request-canonical.js';
import { canonicalRequest, parseSignedHeaders, verifyRequest } from '../../src/auth/request-signature.js';
import { approvalText } from '../../src/auth/approval-message.js';
import { verifyApproval } from '../../src/auth/approval.js';

const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

test('a Web Crypto request signature verifies with the server verifier; a changed body does not', async () => {
  const signer = pemSigner('alice', pem);
  const body = '{"x":1}';
  const timestamp = Math.floor(Date.now() / 1000);
  const nonce = 'AAAAAAAAAAAAAAAAAAAAAA';
  const message = canonicalRequestFromHash({ method: 'POST', path: '/v1/sign', bodySha256: await sha256Hex(body), timestamp, nonce, principal: 'alice' });
  assert.equal(message, canonicalRequest({ method: 'POST', path: '/v1/sign', body, timestamp, nonce, principal: 'alice' }), 'one canonical string');
  const sig = base64url(await signer.sign(utf8Bytes(message)));
  const h = parseSignedHeaders({ 'x-custos-principal': 'alice', 'x-custos-timestamp': String(timestamp), 'x-custos-nonce': nonce, 'x-custos-signature': sig });
  assert.doesNotThrow(() => verifyRequest(publicKey, h, { method: 'POST', path: '/v1/sign', body }, Date.now()));
  assert.throws(() => verifyRequest(publicKey, h, { method: 'POST', path: '/v1/sign', body: '{"x":2}' }, Date.now()), /does not verify/);
});

test('a Web Crypto approval verifies with verifyApproval; the other verdict does not', async () => {
  const key = await importPkcs8Pem(pem);
  assert.equal(key.extractable, false, 'the imported key cannot be exported');
  const digest = 'ab'.repeat(32);
  const sig = base64url(await webCryptoSigner('alice', key).sign(utf8Bytes(approvalText('r1', digest, 'approve'))));
  assert.equal(verifyApproval(createPublicKey(publicKey.export({ type: 'spki', format: 'pem' })), 'r1', digest, 'approve', sig), true);
  assert.equal(verifyApproval(publicKey, 'r1', digest, 'reject', sig), false);
});

test('importPkcs8Pem refuses what is not a P-256 PKCS#8 key', async () => {
  await assert.rejects(importPkcs8Pem('not a key'), TypeError);
  const ed = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  await assert.rejects(importPkcs8Pem(ed));
});
