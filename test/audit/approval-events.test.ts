/**
 * The audit trail's approval events re-verified offline (src/audit/approvals.ts):
 * a passkey approval and a P-256 approval as the server records them verify;
 * each altered field (signature, digest, request, verdict, recorded key) does
 * not, even where the hash chain would be recomputed by whoever altered it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { checkApprovalEvent } from '../../src/audit/approvals.js';
import { approvalChallenge, signApproval } from '../../src/auth/approval.js';
import { generateCredentialKey } from '../../src/auth/credential.js';
import { encodeCredential, type PasskeyCredential } from '../../src/auth/webauthn.js';
import { SoftAuthenticator } from '../helpers/webauthn.js';

const ORIGIN = 'https://custos.example';
const RP = 'custos.example';

function passkeyKey(a: SoftAuthenticator): string {
  const c: PasskeyCredential = {
    v: 1,
    id: a.id,
    alg: a.alg,
    key: a.publicKey.export({ format: 'der', type: 'spki' }).toString('hex'),
    rpId: RP,
    origin: ORIGIN,
    at: new Date(0).toISOString(),
    reg: '',
  };
  return encodeCredential(c);
}

for (const alg of [-7, -8] as const) {
  test(`a passkey (${alg === -7 ? 'ES256' : 'EdDSA'}) approval event verifies offline; every altered field does not`, () => {
    const a = new SoftAuthenticator(alg, ORIGIN, RP);
    const id = randomUUID();
    const digest = 'ab'.repeat(32);
    const event = (over: Record<string, unknown> = {}, action = 'request.approve', subject = `request/${id}`) => ({
      seq: 7,
      action,
      subject,
      actor: 'principal:alice',
      details: { digest, signature: a.assert(approvalChallenge(id, digest, 'approve')), approverPublicKey: passkeyKey(a), ...over },
    });
    assert.equal(checkApprovalEvent(event())?.valid, true, 'positive control');
    assert.equal(checkApprovalEvent(event({ digest: 'cd'.repeat(32) }))?.valid, false, 'another digest');
    assert.equal(checkApprovalEvent(event({}, 'request.reject'))?.valid, false, 'recorded as a rejection');
    assert.equal(checkApprovalEvent(event({}, 'request.approve', `request/${randomUUID()}`))?.valid, false, 'another request');
    assert.equal(checkApprovalEvent(event({ approverPublicKey: passkeyKey(new SoftAuthenticator(alg, ORIGIN, RP)) }))?.valid, false, 'another key');
    assert.equal(checkApprovalEvent(event({ signature: 'wa1.e30' }))?.valid, false, 'an empty envelope');
    assert.equal(checkApprovalEvent({ ...event(), action: 'key.sign' }), null, 'other events are not approvals');
  });
}

test('a P-256 approval event goes through the same check', () => {
  const { privateKey, publicKeyHex } = generateCredentialKey();
  const id = randomUUID();
  const digest = 'ef'.repeat(32);
  const e = { seq: 1, action: 'request.approve', subject: `request/${id}`, actor: 'principal:bob', details: { digest, approverPublicKey: publicKeyHex } };
  assert.equal(checkApprovalEvent({ ...e, details: { ...e.details, signature: signApproval(privateKey, id, digest, 'approve') } })?.valid, true);
  assert.equal(checkApprovalEvent({ ...e, details: { ...e.details, signature: signApproval(privateKey, id, digest, 'reject') } })?.valid, false);
});
