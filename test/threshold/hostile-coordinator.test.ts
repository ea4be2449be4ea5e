/**
 * The threshold trust model under attack (issue #11), against real party
 * processes on loopback. The harness plays a fully compromised coordinator:
 * it holds the coordinator's identity key and speaks the party protocol
 * directly (callParty), with no admin credential. Every attack must be
 * refused by the honest parties, change nothing there (shares, epochs) and be
 * audited at the refusing party; each has a positive control that the honest
 * path still works.
 *
 * Also: the single-admin attack under `admin.approvals: 2` through the API
 * (party add / reshare wait for a second admin; with the approval the
 * governed change completes and the key still signs).
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ed25519 } from '@noble/curves/ed25519.js';
import { hex } from '@scure/base';
import { TestServer, type Principal } from '../helpers/server.js';
import { botContext, keyMeta, shareRows, signedRequest } from '../helpers/hostile-coordinator.js';
import { startParty, type PartyProcess } from '../helpers/parties.js';
import { requestDigest, signApproval } from '../../src/auth/approval.js';
import { credentialPrivateKey, readCredentialFile } from '../../src/auth/credential.js';
import { callParty, type PartyLink } from '../../src/threshold/transport.js';
import { identifierFor } from '../../src/threshold/suites.js';
import { generateIdentitySecret, identityFromSecret, verifyKemKey, type Envelope } from '../../src/party/wire.js';
import type { SignContext } from '../../src/party/protocol.js';
import type { GovProof } from '../../src/threshold/governance.js';
import { ThresholdVault } from '../../src/threshold/vault.js';
import { isCustosError } from '../../src/errors.js';
import { CustosClient } from '../../src/client/client.js';

const POLICY = `
rules:
  - name: admins
    effect: allow
    when: principal.role == "admin"
  - name: bot-approved-delayed
    effect: allow
    when: principal.name == "bot" && has(request.tags.big)
    approvals: { count: 1, from: approver }
    delay: 2s
  - name: bot-delayed
    effect: allow
    when: principal.name == "bot" && has(request.tags.delayed)
    delay: 2s
  - name: bot
    effect: allow
    when: principal.name == "bot" && request.size <= 32
`;

const T = { timeout: 60_000 };
const MSG = 'aa'.repeat(32);

describe('a compromised coordinator or a single admin cannot take, move or destroy threshold shares', () => {
  let t: TestServer;
  let root: string;
  let parties: PartyProcess[] = [];
  let bot: Principal;
  let alice: Principal;
  let links: PartyLink[];
  let groupKey: Uint8Array;

  const coord = () => t.server.services.threshold.identity();
  const byName = (n: string) => links.find((l) => l.name === n)!;
  const meta = () => keyMeta(t, 'tk');
  const shares = shareRows;
  const events = (p: PartyProcess, action: string) => {
    const db = new Database(join(p.dir, 'custos.db'), { readonly: true });
    try {
      return (db.prepare('SELECT details FROM audit_events WHERE action = ? ORDER BY seq').all(action) as { details: string }[]).map(
        (r) => JSON.parse(r.details) as Record<string, unknown>,
      );
    } finally {
      db.close();
    }
  };

  /** Expect every named party to refuse (E_PARTY_REFUSED or E_BAD_INPUT), audit it, and keep its shares. */
  async function refusedBy(names: string[], attack: (l: PartyLink) => Promise<unknown>, why: RegExp, code = 'E_PARTY_REFUSED'): Promise<void> {
    for (const n of names) {
      const p = parties.find((x) => x.name === n)!;
      const before = shares(p);
      const audited = events(p, 'party.refuse').length + events(p, 'party.coordinator.misbehaviour').length;
      await assert.rejects(attack(byName(n)), (e: unknown) => {
        assert.ok(isCustosError(e), String(e));
        assert.equal(e.code, code, e.message);
        assert.match(e.message, why);
        return true;
      });
      assert.equal(shares(p), before, `${n}'s shares are unchanged`);
      assert.equal(events(p, 'party.refuse').length + events(p, 'party.coordinator.misbehaviour').length, audited + 1, `${n} audited the refusal`);
    }
  }

  const adminProof = (method: string, path: string, body: string, credentialFile = t.adminCredential) => signedRequest(credentialFile, method, path, body);

  const attacker = () => {
    const s = generateIdentitySecret();
    const id = identityFromSecret(s);
    return { id: id.id, identifier: identifierFor('frost-ed25519', id.id) };
  };

  const context = botContext;
  const raw = (tags: Record<string, string> = {}, message = MSG) => ({ type: 'raw', key: 'tk', message, note: '', tags });
  const forgeSign = async (ctx: SignContext, message = MSG) => {
    const k = (await t.server.services.inst.store.read.getKeyByName('tk'))!;
    return t.server.services.threshold.sign(t.server.services.inst.store.read, k, 'eddsa', hex.decode(message), ctx);
  };

  before(
    async () => {
      t = await TestServer.start();
      root = mkdtempSync(join(tmpdir(), 'custos-hostile-'));
      const started = await Promise.allSettled(['p1', 'p2', 'p3'].map((n) => startParty(root, n)));
      parties = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      const failed = started.find((r) => r.status === 'rejected');
      if (failed) throw (failed as PromiseRejectedResult).reason;
      for (const p of parties) await t.admin.call('party.add', { name: p.name, url: p.url, identity: p.identity });
      links = parties.map((p) => ({ name: p.name, url: p.url, identity: p.identity }));
      bot = await t.principal('bot', 'agent');
      alice = await t.principal('alice', 'approver');
      await t.admin.call('policy.set', { source: POLICY });
      const k = await t.admin.call('key.create', { name: 'tk', type: 'frost-ed25519', threshold: 2, parties: ['p1', 'p2', 'p3'], allowRaw: true });
      groupKey = hex.decode(k.publicKey);
    },
    { timeout: 120_000 },
  );
  after(async () => {
    await Promise.all(parties.map((p) => p.stop()));
    if (t) await t.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test('positive control: bot signs through the API; the Ed25519 signature verifies under the group key', T, async () => {
    const r: any = await bot.client.call('sign', { key: 'tk', message: MSG });
    assert.equal(r.status, 'signed', JSON.stringify(r));
    assert.ok(ed25519.verify(hex.decode(r.result.signature), hex.decode(MSG), groupKey));
  });

  test(
    'raw signing is a key usage the parties enforce: a key made without --allow-raw refuses raw digests at the API, and at every party when a compromised coordinator asks anyway',
    { timeout: 120_000 },
    async () => {
      await t.admin.call('key.create', { name: 'nr', type: 'frost-ed25519', threshold: 2, parties: ['p1', 'p2', 'p3'] });
      await assert.rejects(bot.client.call('sign', { key: 'nr', message: MSG }), (e: unknown) => isCustosError(e, 'E_KEY_USAGE'));
      // The coordinator's store is the attacker's: its own key row may say anything; the parties plan from their share records.
      const id = randomUUID();
      const createdAt = new Date().toISOString();
      const payload = { type: 'raw', key: 'nr', message: MSG, note: '', tags: {} };
      const ctx: SignContext = {
        id,
        kind: 'sign',
        principal: { id: 'x', name: 'bot', role: '', kind: 'api', tags: {} },
        keyName: 'nr',
        payload: JSON.stringify(payload),
        createdAt,
        digest: requestDigest({ id, kind: 'sign', principal: 'bot', key: 'nr', payload, createdAt }),
        approvals: [],
      };
      const k = (await t.server.services.inst.store.read.getKeyByName('nr'))!;
      await assert.rejects(
        t.server.services.threshold.sign(t.server.services.inst.store.read, k, 'eddsa', hex.decode(MSG), ctx),
        (e: unknown) => isCustosError(e) && /does not sign raw digests or messages/.test(e.message),
      );
      // Positive control: the same forged path with the key made --allow-raw signs (tk), so the refusal above is the usage.
      const ok = await forgeSign(context(raw()));
      assert.ok(ed25519.verify(ok, hex.decode(MSG), groupKey));
      await t.admin.call('key.destroy', { name: 'nr' }); // the later tests count the shares of tk alone
    },
  );

  test('hybrid transport: every party announced a signed ML-KEM-768 key, kept by the coordinator for v2 (X25519 + ML-KEM) sealing', T, async () => {
    const vault = new ThresholdVault(t.server.services.inst);
    for (const l of links) {
      const rec = (await vault.get<{ kem?: unknown }>(t.server.services.inst.store.read, 'party', l.name))!.value;
      assert.equal(verifyKemKey(l.identity, rec.kem).length, 1184, `${l.name}'s KEM key verifies under its identity`);
    }
  });

  test('attack 2: reshare.deal to identities the coordinator made up, without or with a wrong proof, is refused', T, async () => {
    const me = await coord();
    const m = await meta();
    const e1 = attacker();
    const e2 = attacker();
    const participants = [e1, e2].map((e) => ({ identity: e.id, identifier: e.identifier }));
    const dealers = m.parties.slice(0, 2).map((p) => p.identifier);
    const head = { keyId: m.keyId, epoch: m.epoch, digest: m.digest, dealers, min: 2, participants };
    // No proof at all: the typed message table refuses it before any handler runs.
    await refusedBy(['p1', 'p2'], (l) => callParty(me, l, 'reshare.deal', randomUUID(), { ...head, session: randomUUID() } as never), /proof/, 'E_BAD_INPUT');
    // A proof signed by nobody the parties know.
    const bogus: GovProof = {
      action: { action: 'key.reshare', name: 'tk', threshold: 2, parties: ['e1', 'e2'] },
      http: { ...adminProof('POST', '/v1/keys/tk/reshare', JSON.stringify({ threshold: 2, parties: ['e1', 'e2'] }), bot.credentialFile) },
    };
    await refusedBy(
      ['p1', 'p2'],
      (l) => callParty(me, l, 'reshare.deal', randomUUID(), { ...head, session: randomUUID(), proof: bogus }),
      /not an active admin/,
    );
    // The real admin's signature, but over a reshare to parties the parties never registered.
    const unregistered: GovProof = {
      action: { action: 'key.reshare', name: 'tk', threshold: 2, parties: ['e1', 'e2'] },
      http: adminProof('POST', '/v1/keys/tk/reshare', JSON.stringify({ threshold: 2, parties: ['e1', 'e2'] })),
    };
    await refusedBy(
      ['p1'],
      (l) => callParty(me, l, 'reshare.deal', randomUUID(), { ...head, session: randomUUID(), proof: unregistered }),
      /not in this party's registry/,
    );
    // A real admin proof for a refresh, with the coordinator's own identities swapped in.
    const refresh: GovProof = { action: { action: 'key.refresh', name: 'tk' }, http: adminProof('POST', '/v1/keys/tk/refresh', '{}') };
    await refusedBy(
      ['p1'],
      (l) => callParty(me, l, 'reshare.deal', randomUUID(), { ...head, session: randomUUID(), proof: refresh }),
      /not the parties the admin approved/,
    );
    // A proof for another key.
    const other: GovProof = { action: { action: 'key.refresh', name: 'other' }, http: adminProof('POST', '/v1/keys/other/refresh', '{}') };
    await refusedBy(
      ['p2'],
      (l) => callParty(me, l, 'reshare.deal', randomUUID(), { ...head, session: randomUUID(), proof: other }),
      /needs an admin's key.reshare or key.refresh of that key/,
    );
    // An expired proof (the admin signed it two days ago).
    const old = adminProof('POST', '/v1/keys/tk/refresh', '{}');
    const expired: GovProof = { action: { action: 'key.refresh', name: 'tk' }, http: { ...old, timestamp: old.timestamp - 2 * 86400 } };
    await refusedBy(['p2'], (l) => callParty(me, l, 'reshare.deal', randomUUID(), { ...head, session: randomUUID(), proof: expired }), /expired/);
  });

  test('attack 2b: a governance copy that slips an unproven party into the registry is refused, and a DKG with it too', T, async () => {
    const me = await coord();
    const e1 = attacker();
    const p1 = parties.find((p) => p.name === 'p1')!;
    const refusals = events(p1, 'gov.refuse').length;
    const r = await callParty(me, byName('p1'), 'gov.sync', randomUUID(), {
      principals: [],
      lists: {},
      listProofs: {},
      policy: null,
      parties: [{ name: 'e1', identity: e1.id, state: 'active' }],
      destroyed: [],
    });
    assert.equal((r.rejected as unknown[]).length, 1, 'the unproven party is refused');
    assert.equal(events(p1, 'gov.refuse').length, refusals + 1, 'and audited');
    const participants = [
      ...links.slice(0, 1).map((l) => ({ identity: l.identity, identifier: identifierFor('frost-ed25519', l.identity) })),
      { identity: e1.id, identifier: e1.identifier },
    ];
    await refusedBy(
      ['p1'],
      (l) => callParty(me, l, 'dkg.1', randomUUID(), { session: randomUUID(), keyId: randomUUID(), suite: 'frost-ed25519', min: 2, participants }),
      /not a party an admin registered/,
    );
  });

  test('attack 3: key.retire with a future epoch and no real reshare deletes nothing', T, async () => {
    const me = await coord();
    const m = await meta();
    await refusedBy(
      ['p1', 'p2', 'p3'],
      (l) => callParty(me, l, 'key.retire', randomUUID(), { keyId: m.keyId, epoch: m.epoch + 5 } as never),
      /proof|digest|receipts/,
      'E_BAD_INPUT',
    );
    // With the admin's real signature over a reshare that keeps the party, and no receipts.
    const keep: GovProof = {
      action: { action: 'key.reshare', name: 'tk', threshold: 2, parties: ['p1', 'p2', 'p3'] },
      http: adminProof('POST', '/v1/keys/tk/reshare', JSON.stringify({ threshold: 2, parties: ['p1', 'p2', 'p3'] })),
    };
    await refusedBy(
      ['p1'],
      (l) => callParty(me, l, 'key.retire', randomUUID(), { keyId: m.keyId, epoch: m.epoch + 5, digest: m.digest, proof: keep, receipts: [] }),
      /keeps this party/,
    );
    // A reshare that leaves p3 out, but no new parties' receipts: p3 keeps its share.
    const out: GovProof = {
      action: { action: 'key.reshare', name: 'tk', threshold: 2, parties: ['p1', 'p2'] },
      http: adminProof('POST', '/v1/keys/tk/reshare', JSON.stringify({ threshold: 2, parties: ['p1', 'p2'] })),
    };
    await refusedBy(
      ['p3'],
      (l) => callParty(me, l, 'key.retire', randomUUID(), { keyId: m.keyId, epoch: m.epoch + 1, digest: m.digest, proof: out, receipts: [] }),
      /receipts/,
    );
    // Receipts forged by the coordinator itself (signed with its own key) do not count either.
    const forged: Envelope[] = [
      {
        v: 1,
        type: 'reshare.receive.ok',
        from: links[0]!.identity,
        to: me.id,
        session: 's',
        ts: Date.now(),
        body: { digest: m.digest, groupKey: hex.encode(groupKey) },
        sig: Buffer.from(me.sign(new Uint8Array(1))).toString('base64url'),
      },
    ];
    await refusedBy(
      ['p3'],
      (l) =>
        callParty(me, l, 'key.retire', randomUUID(), { keyId: m.keyId, epoch: m.epoch + 1, digest: m.digest, proof: out, receipts: [...forged, ...forged] }),
      /receipts/,
    );
  });

  test("attack 4: a fake approved phase does not start the time-lock; approvals and the delay run on the parties' evidence and clocks", T, async () => {
    const me = await coord();
    const ctx = context(raw({ big: '1' }));
    // The coordinator announces it (no approvals) and then asks for a share after the 2 s delay.
    // An old coordinator's "phase: approved" claim is not part of the protocol any more: it is ignored.
    await callParty(me, byName('p1'), 'request.seen', randomUUID(), { request: ctx, phase: 'approved' } as never);
    await new Promise((ok) => setTimeout(ok, 2300));
    await assert.rejects(forgeSign(ctx), (e: unknown) => isCustosError(e, 'E_PARTY_REFUSED') && /needs 1 approvals from approver; 0 verify/.test(e.message));
    // Now with alice's real approval, but the parties first hold it now: the 2 s delay starts now.
    const withApproval = {
      ...ctx,
      approvals: [
        { approverName: 'alice', signature: signApproval(credentialPrivateKey(readCredentialFile(alice.credentialFile)), ctx.id, ctx.digest, 'approve') },
      ],
    };
    await t.server.services.threshold.announce(withApproval, ['tk']);
    await assert.rejects(forgeSign(withApproval), (e: unknown) => isCustosError(e, 'E_TOO_EARLY') && /delay that has not passed/.test(e.message));
    // Positive control: once the delay has passed on the parties' clocks, the approved request signs.
    await new Promise((ok) => setTimeout(ok, 2300));
    const sig = await forgeSign(withApproval);
    assert.ok(ed25519.verify(sig, hex.decode(MSG), groupKey));
  });

  test('attack 4b: a cancellation the coordinator withholds still stops the request at every party', T, async () => {
    const ctx = context(raw({ delayed: '1' }));
    await t.server.services.threshold.announce(ctx, ['tk']);
    // The bot cancels; the coordinator never hears of it: the signed cancellation goes straight to the parties.
    const cancel = adminProof('POST', `/v1/requests/${ctx.id}/cancel`, '{}', bot.credentialFile);
    const direct = new CustosClient({ url: t.url, credential: readCredentialFile(bot.credentialFile), partyUrls: links.map((l) => l.url) });
    const delivered = await direct.deliverVeto({ kind: 'cancel', requestId: ctx.id, http: cancel });
    assert.equal(delivered, 3);
    await new Promise((ok) => setTimeout(ok, 2300));
    await assert.rejects(forgeSign(ctx), (e: unknown) => isCustosError(e, 'E_PARTY_REFUSED') && /cancelled by bot/.test(e.message));
    // A veto signed by someone else's key is not taken.
    const fake = { ...adminProof('POST', `/v1/requests/${randomUUID()}/cancel`, '{}', bot.credentialFile) };
    const res = await fetch(`${links[0]!.url}/v1/party/veto`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'cancel', requestId: ctx.id, http: fake }),
    });
    assert.equal(res.status, 403);
    // Positive control: the same kind of delayed request, not cancelled, signs after its delay.
    const ok = context(raw({ delayed: '1' }));
    await t.server.services.threshold.announce(ok, ['tk']);
    await new Promise((r) => setTimeout(r, 2300));
    assert.ok(ed25519.verify(await forgeSign(ok), hex.decode(MSG), groupKey));
  });

  test('attack 4c: a request past its lifetime is refused (24 h TTL, not a week)', T, async () => {
    const ctx = context(raw(), { createdAt: new Date(Date.now() - 25 * 3600_000).toISOString() });
    await assert.rejects(forgeSign(ctx), (e: unknown) => isCustosError(e, 'E_PARTY_REFUSED') && /expired/.test(e.message));
  });

  test('attack 5: one request id, one payload; a second payload under a known id is refused and audited as misbehaviour', T, async () => {
    const ctx = context(raw());
    assert.ok(ed25519.verify(await forgeSign(ctx), hex.decode(MSG), groupKey), 'the first payload signs');
    const other = 'bb'.repeat(32);
    const reuse = context(raw({}, other), { id: ctx.id });
    const before = parties.map((p) => events(p, 'party.coordinator.misbehaviour').length);
    await assert.rejects(forgeSign(reuse, other), (e: unknown) => isCustosError(e, 'E_PARTY_REFUSED') && /one request id, one payload/.test(e.message));
    const after = parties.map((p) => events(p, 'party.coordinator.misbehaviour').length);
    assert.ok(
      after.some((n, i) => n > before[i]!),
      'the refusing party audited the misbehaviour',
    );
  });

  test("replayed and reordered messages: a sign.2 replay finds no nonce; a commitment list without the party's own is refused", T, async () => {
    const me = await coord();
    const m = await meta();
    const session = randomUUID();
    const head = { session, keyId: m.keyId, epoch: m.epoch, digest: m.digest };
    const c1 = await callParty(me, byName('p1'), 'sign.1', session, head);
    const c2 = await callParty(me, byName('p2'), 'sign.1', session, head);
    const ctx = context(raw());
    const body = { ...head, commitments: [c1.commitments, c2.commitments], message: MSG, request: ctx };
    await callParty(me, byName('p1'), 'sign.2', session, body);
    await assert.rejects(callParty(me, byName('p1'), 'sign.2', session, body), (e: unknown) => isCustosError(e, 'E_NONCE_USED'));
    await assert.rejects(callParty(me, byName('p2'), 'sign.2', session, { ...body, commitments: [c1.commitments] }), (e: unknown) =>
      isCustosError(e, 'E_BAD_INPUT'),
    );
  });

  test('the typed protocol table names the offending field of a malformed message', T, async () => {
    const me = await coord();
    await assert.rejects(
      callParty(me, byName('p1'), 'dkg.1', randomUUID(), { session: 's', keyId: 'k', suite: 'frost-ed25519', min: 99, participants: [] } as never),
      (e: unknown) => isCustosError(e, 'E_BAD_INPUT') && /dkg\.1: (min|participants)/.test(e.message),
    );
  });

  test(
    'single admin under admin.approvals: 2: party add and reshare wait for a second admin; approved, the reshare keeps the key and it signs',
    { timeout: 120_000 },
    async () => {
      const bobCred = await t.principal('bob', 'admin');
      await t.admin.call('policy.set', { source: `admin:\n  approvals: 2\n${POLICY}` });
      const e1 = await startParty(root, 'e1');
      parties.push(e1);
      const add: any = await t.admin.call('party.add', { name: 'e1', url: e1.url, identity: e1.identity });
      assert.equal(add.status, 'pending', JSON.stringify(add));
      assert.ok(!(await t.admin.call('party.list', {})).some((p: { name: string }) => p.name === 'e1'), 'not registered before the second admin approves');
      const reshare: any = await t.admin.call('key.reshare', { name: 'tk', threshold: 2, parties: ['p1', 'p2', 'e1'] });
      assert.equal(reshare.status, 'pending', JSON.stringify(reshare));
      const m0 = await meta();
      // The second admin approves both (the registration first): the reshare then runs with both admins' signatures as proof.
      const added = await bobCred.client.decide(add.request.id, 'approve');
      assert.equal(added.status, 'signed', JSON.stringify(added));
      const done = await bobCred.client.decide(reshare.request.id, 'approve');
      assert.equal(done.status, 'signed', JSON.stringify(done));
      const m1 = await meta();
      assert.equal(m1.epoch, m0.epoch + 1);
      assert.deepEqual(
        m1.parties.map((p) => p.name),
        ['p1', 'p2', 'e1'],
      );
      assert.equal((await t.admin.call('key.show', { ref: 'tk' })).publicKey, hex.encode(groupKey), 'the group key is unchanged');
      // p3 was left out: it retired its share on the proof and the receipts.
      assert.equal(shares(parties.find((p) => p.name === 'p3')!), '[]');
      const r: any = await bot.client.call('sign', { key: 'tk', message: MSG });
      assert.equal(r.status, 'signed', JSON.stringify(r));
      assert.ok(ed25519.verify(hex.decode(r.result.signature), hex.decode(MSG), groupKey));
    },
  );
});
