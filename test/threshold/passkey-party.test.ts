/**
 * Threshold parties (real party processes, 2-of-2 FROST(Ed25519)) learn of a
 * passkey principal as of any principal: the admin-signed principal.create
 * (its pending key), then the registered credential, which each party takes
 * only because the registration key the admin committed to signed it. They
 * then verify a passkey approval the coordinator relays through the one
 * approval check, and refuse a forged one (the coordinator's own policy
 * bypassed: the test calls its signing rounds directly).
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { hex } from '@scure/base';
import { TestServer, type Principal } from '../helpers/server.js';
import { startParty, type PartyProcess } from '../helpers/parties.js';
import { SoftAuthenticator } from '../helpers/webauthn.js';
import { ORIGIN, RP_ID, createPasskeyPrincipal, loginPasskey, passkeyDecision, registerPasskey } from '../helpers/passkey-flow.js';
import { requestDigest } from '../../src/auth/approval.js';
import type { SignContext } from '../../src/party/sign.js';
import type { KeyRecord } from '../../src/store/records.js';
import { isCustosError } from '../../src/errors.js';
import { encodeCredential, principalKey, registrationKey, signRegistration, type PasskeyCredential } from '../../src/auth/webauthn.js';
import { FULL_RISK_CLAIM } from '../helpers/hostile-coordinator.js';

const POLICY = `
rules:
  - name: bot-medium
    effect: allow
    when: principal.name == "bot" && key.name == "tk" && request.kind == "raw"
    approvals: { count: 1, from: approver }
`;
const MEDIUM = 'bb'.repeat(48);
const T = { timeout: 60_000 };

const rawPayload = (message: string): Record<string, unknown> => ({ type: 'raw', key: 'tk', message, note: '', tags: {} });

function context(message: string, approvals: (ctx: { id: string; digest: string }) => SignContext['approvals']): SignContext {
  const id = randomUUID();
  const payload = rawPayload(message);
  const createdAt = new Date().toISOString();
  const digest = requestDigest({ id, kind: 'sign', principal: 'bot', key: 'tk', payload, createdAt });
  return {
    id,
    kind: 'sign',
    principal: { id: 'forged', name: 'bot', role: '', kind: 'api', tags: {} },
    keyName: 'tk',
    payload: JSON.stringify(payload),
    createdAt,
    digest,
    approvals: approvals({ id, digest }),
    risk: FULL_RISK_CLAIM, // a claim above the party's own is never refused (decision 0030)
  };
}

describe('threshold parties and passkey approvals', () => {
  let t: TestServer;
  let root: string;
  let parties: PartyProcess[] = [];
  let bot: Principal;
  let publicKey: Uint8Array;
  let keyRecord: KeyRecord;
  const alice = new SoftAuthenticator(-7, ORIGIN, RP_ID);

  const forge = (ctx: SignContext) => t.server.services.threshold.sign(t.server.services.inst.store.read, keyRecord, 'eddsa', hex.decode(MEDIUM), ctx);

  before(
    async () => {
      t = await TestServer.start({ consoleOrigin: ORIGIN, rpId: RP_ID });
      root = mkdtempSync(join(tmpdir(), 'custos-pk-party-'));
      // Parties count passkey approvals only when told to (decision 0026); the last test restarts one without it.
      const started = await Promise.allSettled(['p1', 'p2'].map((n) => startParty(root, n, {}, ['--accept-passkey-approvals'])));
      parties = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      const failed = started.find((r) => r.status === 'rejected');
      if (failed) throw (failed as PromiseRejectedResult).reason;
      for (const p of parties) await t.admin.call('party.add', { name: p.name, url: p.url, identity: p.identity });
      bot = await t.principal('bot', 'agent');
      await t.admin.call('policy.set', { source: POLICY });
      await t.admin.call('key.create', { name: 'tk', type: 'frost-ed25519', threshold: 2, parties: ['p1', 'p2'], allowRaw: true });
      publicKey = hex.decode((await t.admin.call('key.show', { ref: 'tk' })).publicKey);
      keyRecord = (await t.server.services.inst.store.read.getKeyByName('tk'))!;
      // After pairing: the parties learn alice from the admin's signed principal.create, then her registration.
      await registerPasskey(t.url, 'alice', await createPasskeyPrincipal(t.admin, 'alice', 'approver'), alice);
    },
    { timeout: 120_000 },
  );

  after(async () => {
    await Promise.all(parties.map((p) => p.stop()));
    if (t) await t.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test('a passkey approval relayed by the coordinator: the parties sign (positive control)', T, async () => {
    const r = await bot.client.call('sign', { key: 'tk', message: MEDIUM });
    assert.equal(r.status, 'pending', JSON.stringify(r));
    const s = await loginPasskey(t.url, 'alice', alice);
    const shown = await t.admin.call('request.show', { id: r.id });
    let view = await s.client.call('request.approve', { id: r.id, signature: passkeyDecision(alice, r.id, shown.digest) });
    for (const deadline = Date.now() + 15_000; Date.now() < deadline && view.status !== 'signed' && view.status !== 'failed';) {
      await new Promise((res) => setTimeout(res, 200));
      view = await t.admin.call('request.show', { id: r.id });
    }
    assert.equal(view.status, 'signed', JSON.stringify(view));
    assert.ok(ed25519.verify(hex.decode(String(view.result!.signature)), hex.decode(MEDIUM), publicKey));
  });

  test('forged passkey approvals are refused by the parties themselves; the genuine one through the same rounds signs', T, async () => {
    const refused = async (ctx: SignContext, what: string) =>
      assert.rejects(forge(ctx), (e: unknown) => {
        assert.ok(isCustosError(e), `${what}: ${String(e)}`);
        assert.equal(e.code, 'E_PARTY_REFUSED', `${what}: ${e.message}`);
        assert.match(String(e.details?.party), /^p[12]$/);
        assert.match(e.message, /0 verify here/);
        return true;
      });
    const other = new SoftAuthenticator(-7, ORIGIN, RP_ID);
    await refused(
      context(MEDIUM, ({ id, digest }) => [{ approverName: 'alice', signature: passkeyDecision(other, id, digest) }]),
      'another credential',
    );
    await refused(
      context(MEDIUM, () => [{ approverName: 'alice', signature: passkeyDecision(alice, randomUUID(), 'ab'.repeat(32)) }]),
      'an assertion over another request',
    );
    await refused(
      context(MEDIUM, ({ id, digest }) => [
        { approverName: 'alice', signature: passkeyDecision(alice, id, digest, 'approve', { origin: 'http://localhost:6666' }) },
      ]),
      'another origin',
    );
    await refused(
      context(MEDIUM, ({ id, digest }) => [{ approverName: 'alice', signature: passkeyDecision(alice, id, digest, 'reject') }]),
      'the reject verdict',
    );
    const sig = await forge(context(MEDIUM, ({ id, digest }) => [{ approverName: 'alice', signature: passkeyDecision(alice, id, digest) }]));
    assert.ok(ed25519.verify(sig, hex.decode(MEDIUM), publicKey), 'control: the parties sign with the genuine assertion');
  });

  test('a coordinator that swaps the registered credential for its own: the parties keep the registered one', T, async () => {
    // The coordinator (holding its own row-MAC key) rewrites alice's credential to one it controls; its registration
    // signature is by a key of its own, not the one the admin's principal.create committed to.
    const mallory = new SoftAuthenticator(-7, ORIGIN, RP_ID);
    const { inst } = t.server.services;
    const row = (await inst.store.read.access.principalByName('alice'))!;
    const k = principalKey(row.publicKey);
    assert.equal(k.type, 'passkey');
    const cred = {
      ...(k as { credential: PasskeyCredential }).credential,
      id: mallory.id,
      key: mallory.publicKey.export({ format: 'der', type: 'spki' }).toString('hex'),
    };
    const { privateKey } = registrationKey(`cpk_${'M'.repeat(43)}`);
    const forged = encodeCredential({ ...cred, reg: signRegistration(privateKey, 'alice', cred) });
    await inst.store.tx(async (repo) => {
      await repo.access.setPrincipalKey(inst.records.sign('principals', { ...row, publicKey: forged, updatedAt: new Date().toISOString() }), row.publicKey);
    });
    await assert.rejects(
      forge(context(MEDIUM, ({ id, digest }) => [{ approverName: 'alice', signature: passkeyDecision(mallory, id, digest) }])),
      (e: unknown) => isCustosError(e, 'E_PARTY_REFUSED') && /0 verify here/.test(e.message),
    );
    // Control: the parties still take alice's real passkey.
    const sig = await forge(context(MEDIUM, ({ id, digest }) => [{ approverName: 'alice', signature: passkeyDecision(alice, id, digest) }]));
    assert.ok(ed25519.verify(sig, hex.decode(MEDIUM), publicKey));
  });
  test('a party started without --accept-passkey-approvals does not count them: the same genuine approval is refused there', T, async () => {
    const p2 = parties.find((p) => p.name === 'p2')!;
    await p2.stop();
    await p2.restart(undefined, []);
    try {
      await assert.rejects(
        forge(context(MEDIUM, ({ id, digest }) => [{ approverName: 'alice', signature: passkeyDecision(alice, id, digest) }])),
        (e: unknown) => isCustosError(e, 'E_PARTY_REFUSED') && /0 verify here/.test(e.message),
      );
    } finally {
      await p2.stop();
      await p2.restart(undefined, ['--accept-passkey-approvals']);
    }
    // Control: with the option again, the same kind of approval signs.
    const sig = await forge(context(MEDIUM, ({ id, digest }) => [{ approverName: 'alice', signature: passkeyDecision(alice, id, digest) }]));
    assert.ok(ed25519.verify(sig, hex.decode(MEDIUM), publicKey));
  });
});
