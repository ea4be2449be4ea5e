/**
 * Passkey principals over real HTTP (decision 0026): registration by the
 * one-time link, approvals by WebAuthn assertion over the approval message,
 * console sessions bound to a passkey login. Every attack beside its
 * positive control; a refusal changes nothing (request state, audit count).
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli } from '../helpers/process.js';
import { TestServer, type Principal } from '../helpers/server.js';
import { FLAG_UP, FLAG_UV, SoftAuthenticator } from '../helpers/webauthn.js';
import { ORIGIN, RP_ID, createPasskeyPrincipal, loginPasskey, passkeyDecision, registerPasskey, sessionSigner } from '../helpers/passkey-flow.js';
import { CustosClient } from '../../src/client/client.js';
import { signApproval } from '../../src/auth/approval.js';
import { decodeAssertion, encodeAssertion } from '../../src/auth/webauthn.js';
import { isCustosError } from '../../src/errors.js';

const POLICY = `
rules:
  - name: one-approval
    effect: allow
    when: principal.role == "agent"
    approvals: { count: 1, from: approver }
`;

async function rejects(p: Promise<unknown>, code: string, reason?: string): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(isCustosError(e), String(e));
    assert.equal(e.code, code, e.message);
    if (reason !== undefined) assert.equal(e.details?.reason, reason, e.message);
    return true;
  });
}

describe('passkey principals over HTTP', () => {
  let t: TestServer;
  let bot: Principal;
  const alice = new SoftAuthenticator(-7, ORIGIN, RP_ID);
  const carol = new SoftAuthenticator(-8, ORIGIN, RP_ID);

  before(async () => {
    t = await TestServer.start({ consoleOrigin: ORIGIN, rpId: RP_ID, checkpointMs: 100 });
    bot = await t.principal('bot', 'agent');
    await t.admin.call('key.create', { name: 'hot', type: 'secp256k1', allowRaw: true });
    await t.admin.call('policy.set', { source: POLICY });
  });
  after(async () => t.stop());

  const pending = async (message: string) => {
    const r = await bot.client.call('sign', { key: 'hot', message });
    assert.equal(r.status, 'pending');
    return t.admin.call('request.show', { id: r.id });
  };

  test('registration: the link works once, not expired, only from the console origin and rpId (controls: ES256 and EdDSA register)', async () => {
    const token = await createPasskeyPrincipal(t.admin, 'alice', 'approver');
    const before = await t.auditEvents();
    // wrong origin, wrong rpId, a challenge of another link: refused, nothing changes, and the link still works after
    await rejects(registerPasskey(t.url, 'alice', token, alice, { origin: 'http://localhost:6666' }), 'E_PASSKEY_INVALID', 'origin');
    await rejects(registerPasskey(t.url, 'alice', token, alice, { rpId: 'evil.localhost' }), 'E_PASSKEY_INVALID', 'rp-id');
    await rejects(registerPasskey(t.url, 'alice', token, alice, { challenge: 'AAAA' }), 'E_PASSKEY_INVALID', 'challenge');
    await rejects(registerPasskey(t.url, 'alice', token, alice, { flags: FLAG_UP }), 'E_PASSKEY_INVALID', 'user-verified');
    const list = await t.admin.call('principal.list', {});
    assert.equal(list.find((p) => p.name === 'alice')?.credential, 'passkey-pending');
    // a wrong token, and the right token for another principal
    await rejects(registerPasskey(t.url, 'alice', `cpk_${'A'.repeat(43)}`, alice), 'E_REGISTRATION_TOKEN', 'invalid');
    assert.equal(await t.auditEvents(), before + 4, 'only the four refused ceremonies of a valid link are audited (register_failed)');

    const p = await registerPasskey(t.url, 'alice', token, alice);
    assert.equal(p.credential, 'passkey');
    assert.equal(p.passkey?.credentialId, alice.id);
    assert.equal(p.passkey?.alg, -7);
    assert.equal(p.passkey?.origin, ORIGIN);
    assert.equal(p.passkey?.rpId, RP_ID);
    // reused
    await rejects(registerPasskey(t.url, 'alice', token, new SoftAuthenticator(-7, ORIGIN, RP_ID)), 'E_REGISTRATION_TOKEN', 'invalid');
    // expired
    const old = await createPasskeyPrincipal(t.admin, 'dave', 'approver', -1000);
    await rejects(registerPasskey(t.url, 'dave', old, alice), 'E_REGISTRATION_TOKEN', 'expired');
    // EdDSA
    const c = await registerPasskey(t.url, 'carol', await createPasskeyPrincipal(t.admin, 'carol', 'approver'), carol);
    assert.equal(c.passkey?.alg, -8);
    // the trail names the credential, never the token
    const trail = await t.admin.call('audit.export', {});
    assert.ok(String(trail).includes('passkey.register'));
    assert.ok(!String(trail).includes(token.slice(4)), 'the registration token is not in the audit trail');
  });

  test('a passkey principal cannot call the API without a session (no P-256 key to sign with)', async () => {
    const list = await t.admin.call('principal.list', {});
    const a = list.find((p) => p.name === 'alice')!;
    assert.match(a.publicKey, /^webauthn:/);
    // Signed as alice by some P-256 key: there is no key of alice's a request could be checked against (control: bot's own key works).
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    await rejects(new CustosClient({ url: t.url, credential: { principal: 'alice', privateKey: pem } }).call('request.list', {}), 'E_UNAUTHENTICATED');
    assert.ok(Array.isArray(await bot.client.call('request.list', {})));
  });

  test('approval by passkey: each forged assertion refused and changes nothing; the genuine one approves (positive control)', async () => {
    const s = await loginPasskey(t.url, 'alice', alice);
    const r = await pending('01');
    const other = await pending('02');
    const events = await t.auditEvents();
    const approve = (signature: string, id = r.id) => s.client.call('request.approve', { id, signature });
    const attacks: [string, string][] = [
      ['the reject verdict', passkeyDecision(alice, r.id, r.digest, 'reject')],
      ['another request', passkeyDecision(alice, other.id, other.digest)],
      ['another origin', passkeyDecision(alice, r.id, r.digest, 'approve', { origin: 'http://localhost:6666' })],
      ['another rpId', passkeyDecision(alice, r.id, r.digest, 'approve', { rpId: 'example.com' })],
      ['user presence clear', passkeyDecision(alice, r.id, r.digest, 'approve', { flags: FLAG_UV })],
      ['user verification clear', passkeyDecision(alice, r.id, r.digest, 'approve', { flags: FLAG_UP })],
      ['a create ceremony', passkeyDecision(alice, r.id, r.digest, 'approve', { type: 'webauthn.create' })],
      ['another credential', passkeyDecision(new SoftAuthenticator(-7, ORIGIN, RP_ID), r.id, r.digest)],
      [
        "another key under alice's credential id",
        encodeAssertion({ ...decodeAssertion(passkeyDecision(new SoftAuthenticator(-7, ORIGIN, RP_ID), r.id, r.digest))!, credentialId: alice.id }),
      ],
      [
        'tampered authenticatorData (counter)',
        (() => {
          const a = decodeAssertion(passkeyDecision(alice, r.id, r.digest))!;
          const ad = Buffer.from(a.authenticatorData, 'base64url');
          ad[36] = ad[36]! ^ 1;
          return encodeAssertion({ ...a, authenticatorData: ad.toString('base64url') });
        })(),
      ],
      ['the session key (P-256 over the approval message)', signApproval(s.privateKey, r.id, r.digest, 'approve')],
      ['not an envelope', 'wa1.notjson'],
    ];
    for (const [what, sig] of attacks) await rejects(approve(sig), 'E_BAD_SIGNATURE').catch((e: Error) => assert.fail(`${what}: ${e.message}`));
    // replayed onto another request: the genuine approval of `other`, submitted for r
    await rejects(approve(passkeyDecision(alice, other.id, other.digest), r.id), 'E_BAD_SIGNATURE');
    assert.equal((await t.admin.call('request.show', { id: r.id })).status, 'pending');
    assert.equal(await t.auditEvents(), events, 'no refused approval wrote anything');

    const ok = await approve(passkeyDecision(alice, r.id, r.digest));
    assert.equal(ok.status, 'signed');
    const shown = await t.admin.call('request.show', { id: r.id });
    assert.equal(shown.approvals.length, 1);
    // the EdDSA passkey approves too
    const cs = await loginPasskey(t.url, 'carol', carol);
    const done = await cs.client.call('request.approve', { id: other.id, signature: passkeyDecision(carol, other.id, other.digest) });
    assert.equal(done.status, 'signed');
  });

  test('custos audit verify --file checks the passkey approvals of an exported trail offline, and flags a tampered one', async () => {
    await sleep(300); // a signed checkpoint over the last approval
    const trail = String(await t.admin.call('audit.export', {}));
    const header = JSON.parse(trail.split('\n')[0]!) as { auditPublicKey: string };
    writeFileSync(join(t.dir, 'trail.jsonl'), trail);
    const ok = cli(['audit', 'verify', '--file', 'trail.jsonl', '--public-key', header.auditPublicKey, '--allow-unsealed-tail', '--json'], t.dir);
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(ok.json.ok, true);
    assert.ok(ok.json.approvals.verified >= 2, 'the ES256 and EdDSA passkey approvals verified');
    assert.deepEqual(ok.json.approvals.invalid, []);
    // one byte of the passkey assertion in the export changed
    const lines = trail.split('\n');
    const i = lines.findIndex((l) => l.includes('"request.approve"') && l.includes('wa1.'));
    assert.ok(i > 0);
    const e = JSON.parse(lines[i]!) as { details: { signature: string } };
    const parts = decodeAssertion(e.details.signature)!;
    const sig = Buffer.from(parts.signature, 'base64url');
    sig[sig.length - 1] = sig[sig.length - 1]! ^ 1;
    e.details.signature = encodeAssertion({ ...parts, signature: sig.toString('base64url') });
    lines[i] = JSON.stringify(e);
    writeFileSync(join(t.dir, 'tampered.jsonl'), lines.join('\n'));
    const bad = cli(['audit', 'verify', '--file', 'tampered.jsonl', '--public-key', header.auditPublicKey, '--allow-unsealed-tail', '--json'], t.dir);
    assert.equal(bad.code, 1);
    assert.equal(bad.json.error.code, 'E_AUDIT_BROKEN');
  });

  test('sessions: signed requests work, a login replays never, logout and expiry end it, revoking the principal kills it', async () => {
    const s = await loginPasskey(t.url, 'alice', alice);
    assert.equal(s.role, 'approver');
    assert.ok(Array.isArray(await s.client.call('request.list', {})));
    // the same login again (nonce and assertion): refused
    await rejects(new CustosClient({ url: t.url }).call('passkey.login', s.input), 'E_REPLAYED');
    // another principal's session id with alice's session key: refused
    const cs = await loginPasskey(t.url, 'carol', carol);
    await rejects(
      new CustosClient({ url: t.url, session: { id: cs.session, signer: sessionSigner('alice', s.privateKey) } }).call('request.list', {}),
      'E_UNAUTHENTICATED',
    );
    // a session key that is not the session's
    await rejects(
      new CustosClient({ url: t.url, session: { id: s.session, signer: sessionSigner('alice', cs.privateKey) } }).call('request.list', {}),
      'E_UNAUTHENTICATED',
    );
    // a login whose assertion does not cover this session key
    const forged = { ...s.input, sessionPublicKey: (await loginPasskey(t.url, 'carol', carol)).input.sessionPublicKey };
    await rejects(
      new CustosClient({ url: t.url }).call('passkey.login', {
        ...forged,
        nonce: (await new CustosClient({ url: t.url }).call('passkey.loginOptions', { principal: 'alice' })).nonce,
      }),
      'E_UNAUTHENTICATED',
    );
    // A malformed assertion for a passkey principal and any assertion for a name without a passkey answer alike,
    // so a login does not tell which names have passkeys.
    const probe = async (principal: string) =>
      (await new CustosClient({ url: t.url })
        .call('passkey.login', {
          ...s.input,
          principal,
          nonce: (await new CustosClient({ url: t.url }).call('passkey.loginOptions', { principal })).nonce,
          assertion: 'wa1.AA',
        })
        .catch((e: unknown) => e)) as { code: string; message: string };
    const [hasPasskey, noPasskey] = [await probe('alice'), await probe('nobody-here')];
    assert.deepEqual([hasPasskey.code, hasPasskey.message], [noPasskey.code, noPasskey.message]);
    assert.equal(hasPasskey.code, 'E_UNAUTHENTICATED');
    // sessions are listed for admins
    const live = await t.admin.call('session.list', {});
    assert.ok(live.sessions.some((x) => x.id === s.session && x.principal === 'alice'));
    // logout
    assert.deepEqual(await s.client.call('passkey.logout', {}), { session: s.session, revoked: true });
    await rejects(s.client.call('request.list', {}), 'E_UNAUTHENTICATED');
    // expiry
    const short = await loginPasskey(t.url, 'alice', alice, 1500);
    assert.ok(Array.isArray(await short.client.call('request.list', {})));
    await sleep(1700);
    await rejects(short.client.call('request.list', {}), 'E_UNAUTHENTICATED');
    // too long a session is refused
    await rejects(loginPasskey(t.url, 'alice', alice, 13 * 3600_000), 'E_BAD_INPUT');
    // admin revocation of one session
    const third = await loginPasskey(t.url, 'alice', alice);
    assert.equal((await t.admin.call('session.revoke', { id: third.session })).revoked, true);
    await rejects(third.client.call('request.list', {}), 'E_UNAUTHENTICATED');
    // revoking the principal kills its sessions (control: carol's session worked until then)
    assert.ok(Array.isArray(await cs.client.call('request.list', {})));
    await t.admin.call('principal.revoke', { name: 'carol' });
    await rejects(cs.client.call('request.list', {}), 'E_UNAUTHENTICATED');
    await rejects(loginPasskey(t.url, 'carol', carol), 'E_UNAUTHENTICATED');
    const trail = String(await t.admin.call('audit.export', {}));
    for (const a of ['passkey.login', 'session.revoke']) assert.ok(trail.includes(a), a);
  });
});
