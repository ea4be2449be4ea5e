/**
 * Regression tests for an attacker's review of the threshold trust model
 * (issue #11): each attack that worked against the first version, now
 * refused by real party processes, with the honest path beside it.
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
import { botContext, keyMeta, shareRows, signedRequest } from '../helpers/hostile-coordinator.js';
import { startParty, type PartyProcess } from '../helpers/parties.js';
import { signApproval } from '../../src/auth/approval.js';
import { credentialPrivateKey, readCredentialFile } from '../../src/auth/credential.js';
import { callParty, callPartyEnvelope, type PartyLink } from '../../src/threshold/transport.js';
import type { SignContext } from '../../src/party/protocol.js';
import { govProof, type GovProof } from '../../src/threshold/governance.js';
import type { ThresholdKeyMeta } from '../../src/threshold/coordinator.js';
import { ThresholdVault } from '../../src/threshold/vault.js';
import { isCustosError } from '../../src/errors.js';
import { CustosClient } from '../../src/client/client.js';

const OLD = `
rules:
  - name: admins
    effect: allow
    when: principal.role == "admin"
  - name: bot-delayed
    effect: allow
    when: principal.name == "bot" && has(request.tags.delayed)
    delay: 2s
  - name: bot
    effect: allow
    when: principal.name == "bot" && request.size <= 32
`;
// The tightened policy: bot may only sign delayed (vetoable) requests.
const NEW = `
rules:
  - name: admins
    effect: allow
    when: principal.role == "admin"
  - name: bot-delayed
    effect: allow
    when: principal.name == "bot" && has(request.tags.delayed)
    delay: 2s
`;
const T = { timeout: 90_000 };
const MSG = 'aa'.repeat(32);
const empty = { principals: [], lists: {}, listProofs: {}, policy: null, parties: [], destroyed: [] };

describe("an attacker's second look: replayed proofs, unproven revocations, stale governance, stale receipts, veto floods are refused", () => {
  let t: TestServer;
  let root: string;
  let parties: PartyProcess[] = [];
  let alice: Principal;
  let links: PartyLink[];
  let groupKey: Uint8Array;
  let oldPolicyProof: GovProof;
  const coord = () => t.server.services.threshold.identity();
  const byName = (n: string) => links.find((l) => l.name === n)!;
  const meta = () => keyMeta(t, 'tk');
  const adminProof = (method: string, path: string, body: string, credentialFile = t.adminCredential) => signedRequest(credentialFile, method, path, body);
  const context = botContext;
  const raw = (tags: Record<string, string> = {}) => ({ type: 'raw', key: 'tk', message: MSG, note: '', tags });
  const forgeSign = async (ctx: SignContext) => {
    const k = (await t.server.services.inst.store.read.getKeyByName('tk'))!;
    return t.server.services.threshold.sign(t.server.services.inst.store.read, k, 'eddsa', hex.decode(MSG), ctx);
  };

  before(
    async () => {
      t = await TestServer.start();
      root = mkdtempSync(join(tmpdir(), 'custos-review-'));
      await t.principal('bot', 'agent');
      alice = await t.principal('alice', 'approver');
      // Policy history: OLD, then tightened to NEW. The coordinator (honest at the time) kept OLD's proof.
      await t.admin.call('policy.set', { source: OLD });
      oldPolicyProof = (await govProof(t.server.services.inst, t.server.services.inst.store.read, 'policy'))!;
      await new Promise((ok) => setTimeout(ok, 1100)); // changes are ordered by the admin's signed time (seconds)
      await t.admin.call('policy.set', { source: NEW });
      parties = await Promise.all(['p1', 'p2', 'p3'].map((n) => startParty(root, n)));
      for (const p of parties) await t.admin.call('party.add', { name: p.name, url: p.url, identity: p.identity });
      links = parties.map((p) => ({ name: p.name, url: p.url, identity: p.identity }));
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

  test('a superseded but validly signed policy is not taken back by parties that paired after it (pairing records the proofs it came with)', T, async () => {
    const me = await coord();
    await assert.rejects(
      forgeSign(context(raw())),
      (e: unknown) => isCustosError(e, 'E_PARTY_REFUSED') && /denies/.test(e.message),
      'NEW denies a plain bot request',
    );
    for (const n of ['p1', 'p2', 'p3']) {
      const r = await callParty(me, byName(n), 'gov.sync', randomUUID(), { ...empty, policy: OLD, policyProof: oldPolicyProof } as never);
      assert.equal((r.rejected as unknown[]).length, 1, `${n} refuses the stale policy`);
    }
    await assert.rejects(forgeSign(context(raw())), (e: unknown) => isCustosError(e, 'E_PARTY_REFUSED') && /denies/.test(e.message), 'NEW still in force');
  });

  test("a revocation on the coordinator's word alone does not void a veto (revocations need the admin's signed revoke)", T, async () => {
    const me = await coord();
    const ctx = context(raw({ delayed: '1' }));
    await t.server.services.threshold.announce(ctx, ['tk']);
    const sigRej = signApproval(credentialPrivateKey(readCredentialFile(alice.credentialFile)), ctx.id, ctx.digest, 'reject');
    const direct = new CustosClient({ url: t.url, credential: readCredentialFile(alice.credentialFile), partyUrls: links.map((l) => l.url) });
    assert.equal(await direct.deliverVeto({ kind: 'reject', requestId: ctx.id, digest: ctx.digest, principal: 'alice', signature: sigRej }), 3);
    await new Promise((ok) => setTimeout(ok, 2300));
    await assert.rejects(forgeSign(ctx), (e: unknown) => isCustosError(e, 'E_PARTY_REFUSED') && /rejected by alice/.test(e.message), 'the veto holds');
    const a = (await t.server.services.inst.store.read.access.principalByName('alice'))!;
    for (const l of links) {
      const r = await callParty(me, l, 'gov.sync', randomUUID(), {
        ...empty,
        principals: [{ name: 'alice', role: 'approver', publicKey: a.publicKey, state: 'revoked', tags: {} }],
      } as never);
      assert.equal((r.rejected as unknown[]).length, 1, `${l.name} refuses the unproven revocation`);
    }
    await assert.rejects(forgeSign(ctx), (e: unknown) => isCustosError(e, 'E_PARTY_REFUSED') && /rejected by alice/.test(e.message), 'the veto still holds');
  });

  test('one approved refresh cannot be dealt twice: the replay in the same session is refused, and the key still signs', T, async () => {
    const me = await coord();
    const m = await meta();
    const proof: GovProof = { action: { action: 'key.refresh', name: 'tk' }, http: adminProof('POST', '/v1/keys/tk/refresh', '{}') };
    const session = randomUUID();
    const participants = m.parties.map((p) => ({ identity: p.identity, identifier: p.identifier }));
    const dealerNames = ['p1', 'p2'];
    const dealers = dealerNames.map((n) => m.parties.find((p) => p.name === n)!.identifier);
    const deal = (n: string) =>
      callParty(me, byName(n), 'reshare.deal', session, { session, keyId: m.keyId, epoch: m.epoch, digest: m.digest, dealers, min: 2, participants, proof });
    const dealt = await Promise.all(dealerNames.map(deal));
    const receive = (n: string) => {
      const id = m.parties.find((p) => p.name === n)!.identifier;
      const dealings = dealt.map((d, i) => ({
        dealer: dealers[i]!,
        identity: byName(dealerNames[i]!).identity,
        public: d.public,
        share: String((d.shares as Record<string, string>)[id]),
      }));
      return callPartyEnvelope(me, byName(n), 'reshare.receive', session, {
        session,
        keyId: m.keyId,
        keyName: 'tk',
        suite: m.suite,
        epoch: m.epoch + 1,
        min: 2,
        oldPublic: m.public,
        participants,
        dealings,
        proof,
      });
    };
    const receipts = await Promise.all(['p1', 'p2', 'p3'].map(receive));
    for (const n of dealerNames)
      await assert.rejects(
        deal(n),
        (e: unknown) => isCustosError(e, 'E_PARTY_REFUSED') && /already used here \(deal\)/.test(e.message),
        `${n} refuses to deal again`,
      );
    await assert.rejects(
      receive('p2'),
      (e: unknown) => isCustosError(e, 'E_PARTY_REFUSED') && /already used here \(receive\)/.test(e.message),
      'p2 refuses a second dealing',
    );
    // A receipt set from another session or epoch does not commit.
    const wrong = receipts.map((r) => ({ ...r, session: randomUUID() }));
    await assert.rejects(
      callParty(me, byName('p1'), 'key.commit', randomUUID(), {
        keyId: m.keyId,
        epoch: m.epoch + 1,
        digest: String((receipts[0]!.body as { digest: string }).digest),
        receipts: wrong,
      }),
      (e: unknown) => isCustosError(e, 'E_PARTY_REFUSED') && /receipts/.test(e.message),
    );
    // Receipts from T of the N new parties (2 of 3, genuine, this session) do not commit either: every new
    // participant must say it holds the same package (with n >= 2t two groups of t could otherwise commit two).
    await assert.rejects(
      callParty(me, byName('p1'), 'key.commit', randomUUID(), {
        keyId: m.keyId,
        epoch: m.epoch + 1,
        digest: String((receipts[0]!.body as { digest: string }).digest),
        receipts: receipts.slice(0, 2),
      }),
      (e: unknown) => isCustosError(e, 'E_PARTY_REFUSED') && /needs receipts from 3 of its parties that they hold it; 2 verify/.test(e.message),
    );
    // The old epoch (still what the coordinator records) signs: positive control.
    const ctx = context(raw({ delayed: '1' }));
    await t.server.services.threshold.announce(ctx, ['tk']);
    await new Promise((ok) => setTimeout(ok, 2300));
    assert.ok(ed25519.verify(await forgeSign(ctx), hex.decode(MSG), groupKey));
  });

  test('key.retire with an old reshare proof, old receipts and a made-up epoch deletes nothing', T, async () => {
    const me = await coord();
    await t.admin.call('policy.set', { source: OLD });
    const k2 = await t.admin.call('key.create', { name: 'tk2', type: 'frost-ed25519', threshold: 2, parties: ['p1', 'p2', 'p3'], allowRaw: true });
    const meta2 = async (): Promise<ThresholdKeyMeta> =>
      (await new ThresholdVault(t.server.services.inst).get<ThresholdKeyMeta>(t.server.services.inst.store.read, 'tkey', k2.id!))!.value;
    const body1 = JSON.stringify({ threshold: 2, parties: ['p1', 'p2'] });
    await t.admin.call('key.reshare', { name: 'tk2', threshold: 2, parties: ['p1', 'p2'] });
    const e2 = await meta2();
    const oldProof: GovProof = {
      action: { action: 'key.reshare', name: 'tk2', threshold: 2, parties: ['p1', 'p2'] },
      http: adminProof('POST', '/v1/keys/tk2/reshare', body1),
    };
    await t.admin.call('key.reshare', { name: 'tk2', threshold: 2, parties: ['p1', 'p2', 'p3'] });
    const e3 = await meta2();
    const p3 = parties.find((p) => p.name === 'p3')!;
    const held = () => (JSON.parse(shareRows(p3)) as { id: string }[]).filter((r) => r.id.startsWith(k2.id!)).length;
    assert.equal(held(), 1, 'p3 holds the current epoch');
    for (const epoch of [e3.epoch + 100, e3.epoch + 1, e2.epoch]) {
      await assert.rejects(
        callParty(me, byName('p3'), 'key.retire', randomUUID(), { keyId: e3.keyId, epoch, digest: e2.digest, proof: oldProof, receipts: e2.receipts! }),
        (e: unknown) => isCustosError(e, 'E_PARTY_REFUSED'),
      );
    }
    assert.equal(held(), 1, 'p3 still holds its current share');
  });

  test('vetoes for requests a party has not seen are capped per principal and day (no unbounded growth)', { timeout: 120_000 }, async () => {
    const cred = readCredentialFile(join(t.dir, 'bot.json'));
    let limited = 0;
    for (let i = 0; i < 260; i++) {
      const id = randomUUID();
      const digest = 'ab'.repeat(32);
      const res = await fetch(`${links[0]!.url}/v1/party/veto`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          kind: 'reject',
          requestId: id,
          digest,
          principal: 'bot',
          signature: signApproval(credentialPrivateKey(cred), id, digest, 'reject'),
        }),
      });
      if (res.status === 429) limited++;
      else assert.equal(res.status, 200);
    }
    assert.equal(limited, 4, 'the 257th and later are refused');
  });
});
