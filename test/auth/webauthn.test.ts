/**
 * The offline WebAuthn assertion check (src/auth/webauthn.ts): a real
 * authenticator's assertion (test/vectors/webauthn) verifies with our
 * node:crypto composition, and is refused by custos's policy for lack of UV;
 * the envelope and credential encodings are canonical; each clientDataJSON
 * and authenticatorData check refuses what it must, beside a control.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createPublicKey } from 'node:crypto';
import { decodeCredentialPublicKey } from '@simplewebauthn/server/helpers';
import {
  decodeAssertion,
  encodeAssertion,
  encodeCredential,
  principalKey,
  registrationKey,
  signRegistration,
  verifyAssertion,
  verifyRegistration,
  type PasskeyCredential,
} from '../../src/auth/webauthn.js';
import { SoftAuthenticator } from '../helpers/webauthn.js';

const unpad = (s: string) => s.replace(/=+$/, '');

test('test vector: a real ES256 authenticator assertion verifies (signature, rpIdHash, origin, challenge, counter 144)', () => {
  const v = JSON.parse(readFileSync('test/vectors/webauthn/simplewebauthn-assertion.json', 'utf8')) as Record<string, string | number>;
  const m = decodeCredentialPublicKey(new Uint8Array(Buffer.from(String(v.credentialPublicKeyCose), 'base64url'))) as unknown as Map<number, Uint8Array>;
  const key = createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: Buffer.from(m.get(-2)!).toString('base64url'), y: Buffer.from(m.get(-3)!).toString('base64url') },
    format: 'jwk',
  });
  const cred: PasskeyCredential = {
    v: 1,
    id: String(v.credentialId),
    alg: -7,
    key: key.export({ format: 'der', type: 'spki' }).toString('hex'),
    rpId: String(v.rpId),
    origin: String(v.origin),
    at: '',
    reg: '',
  };
  const envelope = encodeAssertion({
    credentialId: String(v.credentialId),
    authenticatorData: unpad(String(v.authenticatorData)),
    clientDataJSON: unpad(String(v.clientDataJSON)),
    signature: unpad(String(v.signature)),
  });
  assert.deepEqual(verifyAssertion(cred, String(v.challenge), envelope, { requireUserVerification: false }), { ok: true, signCount: v.signCount });
  // custos's own policy: no UV, no approval
  assert.deepEqual(verifyAssertion(cred, String(v.challenge), envelope), { ok: false, reason: 'user-verified' });
  // one bit of the signature, the wrong challenge, the wrong rpId
  const parts = decodeAssertion(envelope)!;
  const sig = Buffer.from(parts.signature, 'base64url');
  sig[10] = sig[10]! ^ 1;
  const bad = encodeAssertion({ ...parts, signature: sig.toString('base64url') });
  assert.equal(verifyAssertion(cred, String(v.challenge), bad, { requireUserVerification: false }).ok, false);
  assert.deepEqual(verifyAssertion(cred, 'AAAA', envelope, { requireUserVerification: false }), { ok: false, reason: 'challenge' });
  assert.deepEqual(verifyAssertion({ ...cred, rpId: 'dontneeda.pw' }, String(v.challenge), envelope, { requireUserVerification: false }), {
    ok: false,
    reason: 'rp-id',
  });
});

test('clientDataJSON and envelope checks, each beside its control (software authenticator, ES256 and EdDSA)', () => {
  for (const alg of [-7, -8] as const) {
    const a = new SoftAuthenticator(alg, 'https://c.example', 'c.example');
    const cred: PasskeyCredential = {
      v: 1,
      id: a.id,
      alg,
      key: a.publicKey.export({ format: 'der', type: 'spki' }).toString('hex'),
      rpId: 'c.example',
      origin: 'https://c.example',
      at: '',
      reg: '',
    };
    const ch = 'Y2hhbGxlbmdl';
    assert.equal(verifyAssertion(cred, ch, a.assert(ch)).ok, true, 'control');
    assert.deepEqual(verifyAssertion(cred, ch, a.assert(ch, { crossOrigin: true })), { ok: false, reason: 'cross-origin' });
    assert.deepEqual(verifyAssertion(cred, ch, a.assert(ch, { type: 'payment.get' })), { ok: false, reason: 'type' });
    assert.deepEqual(verifyAssertion(cred, ch, 'wa0.' + a.assert(ch).slice(4)), { ok: false, reason: 'malformed' });
    assert.deepEqual(verifyAssertion({ ...cred, alg: alg === -7 ? -8 : -7 }, ch, a.assert(ch)), { ok: false, reason: 'credential' });
  }
});

test('credential strings: canonical only, and a registration statement binds principal and key', () => {
  const { privateKey, publicKeyHex } = registrationKey(`cpk_${'x'.repeat(43)}`);
  const a = new SoftAuthenticator(-7, 'https://c.example', 'c.example');
  const base = {
    v: 1 as const,
    id: a.id,
    alg: -7 as const,
    key: a.publicKey.export({ format: 'der', type: 'spki' }).toString('hex'),
    rpId: 'c.example',
    origin: 'https://c.example',
    at: '2026-12-03T00:00:00.000Z',
  };
  const cred = { ...base, reg: signRegistration(privateKey, 'alice', base) };
  const s = encodeCredential(cred);
  assert.equal(principalKey(s).type, 'passkey');
  assert.equal(verifyRegistration(publicKeyHex, 'alice', cred), true, 'control');
  assert.equal(verifyRegistration(publicKeyHex, 'bob', cred), false, 'another principal');
  assert.equal(verifyRegistration(publicKeyHex, 'alice', { ...cred, origin: 'https://evil.example' }), false, 'another origin');
  assert.equal(verifyRegistration(registrationKey(`cpk_${'y'.repeat(43)}`).publicKeyHex, 'alice', cred), false, 'another token');
  // the same JSON with other key order or spacing is not a credential
  const json = Buffer.from(s.slice('webauthn:'.length), 'base64url').toString('utf8');
  const respaced = 'webauthn:' + Buffer.from(JSON.stringify(JSON.parse(json), null, 1)).toString('base64url');
  assert.equal(principalKey(respaced).type, 'passkey-pending');
  assert.equal(principalKey('3059abcd').type, 'p256');
});
