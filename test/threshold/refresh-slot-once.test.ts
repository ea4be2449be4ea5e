/**
 * Review finding (decision 0029): a timed refresh let the same (session, slot) be dealt and received any
 * number of times, so a hostile coordinator could deal three times and cross the receives until every
 * party committed a different dealing: the key could never sign again. Each party now plays each role
 * once per slot (an insert-once record, as for an admin-approved change). The second deal and the second
 * receive are refused; the one honest pass commits, and the refreshed key signs (the positive control).
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { TestServer } from '../helpers/server.js';
import { keyMeta, shareRows } from '../helpers/hostile-coordinator.js';
import { startParty, type PartyProcess } from '../helpers/parties.js';
import { ThresholdVault } from '../../src/threshold/vault.js';
import { identifierFor } from '../../src/threshold/suites.js';
import { callParty, callPartyEnvelope } from '../../src/threshold/transport.js';
import type { GovProof } from '../../src/threshold/governance.js';

const DAY = 86_400_000;
describe('a timed refresh slot dealt or received twice', () => {
  let t: TestServer;
  let root: string;
  let parties: PartyProcess[] = [];
  before(
    async () => {
      t = await TestServer.start({ tickMs: 3_600_000 });
      root = mkdtempSync(join(tmpdir(), 'custos-poc-'));
      parties = await Promise.all(['p1', 'p2', 'p3'].map((n) => startParty(root, n, { CUSTOS_TEST: '1', CUSTOS_PARTY_CLOCK_OFFSET_MS: '0' })));
      for (const p of parties) await t.admin.call('party.add', { name: p.name, url: p.url, identity: p.identity });
      await t.admin.call('policy.set', { source: 'rules:\n  - name: admins\n    effect: allow\n    when: principal.role == "admin"\n' });
      await t.admin.call('key.create', { name: 'tk', type: 'frost-ed25519', threshold: 2, parties: ['p1', 'p2', 'p3'], allowRaw: true });
      await t.admin.call('key.refreshSchedule', { name: 'tk', every: '1d' });
    },
    { timeout: 180_000 },
  );
  after(async () => {
    await Promise.all(parties.map((p) => p.stop()));
    if (t) await t.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test('the second deal and the second receive of one slot are refused; the honest pass commits', { timeout: 180_000 }, async () => {
    await Promise.all(parties.map((p) => p.stop()));
    await Promise.all(parties.map((p) => p.restart({ CUSTOS_TEST: '1', CUSTOS_PARTY_CLOCK_OFFSET_MS: String(DAY + 60_000) })));
    const svc = t.server.services;
    const reg = (svc.threshold as any).resharing.parties;
    const meta = await keyMeta(t, 'tk');
    const proof = (await new ThresholdVault(svc.inst).get<GovProof>(svc.inst.store.read, 'refresh-schedule-proof', 'tk'))!.value;
    const slot = Date.parse((await t.admin.call('schedule.list', {})).schedules.find((s: any) => s.id === 'key.refresh:tk')!.nextAt);
    const me = await reg.identity();
    const links = await reg.links(svc.inst.store.read, meta);
    const np = links.map((p: any) => ({ name: p.name, identity: p.identity, identifier: identifierFor(meta.suite, p.identity) }));
    const wire = await reg.wireParticipants(np);
    const session = randomUUID();
    const head = { session, keyId: meta.keyId, epoch: meta.epoch, digest: meta.digest };
    const dealers = links.slice(0, 2);
    const dealerIds = dealers.map((p: any) => meta.parties.find((x: any) => x.name === p.name)!.identifier);
    const before = parties.map(shareRows);
    // The honest pass: each dealer deals once.
    const set = await Promise.all(
      dealers.map((p: any) => callParty(me, p, 'reshare.deal', session, { ...head, dealers: dealerIds, min: 2, participants: wire, proof, slot }, 60_000)),
    );
    // A second dealing of the same (session, slot) is refused by each dealer, and so is one in another session.
    for (const p of dealers) {
      for (const s of [session, randomUUID()]) {
        const again = await callParty(
          me,
          p,
          'reshare.deal',
          s,
          { ...head, session: s, dealers: dealerIds, min: 2, participants: wire, proof, slot },
          60_000,
        ).then(
          () => 'dealt',
          (e: Error) => e.message,
        );
        assert.match(again, /already used here \(deal\)|before this party's next refresh slot/, `${p.name}: a second dealing in the slot`);
      }
    }
    const body = (id: string) => ({
      session,
      keyId: meta.keyId,
      keyName: 'tk',
      suite: meta.suite,
      epoch: meta.epoch + 1,
      min: 2,
      oldPublic: meta.public,
      participants: wire,
      proof,
      slot,
      dealings: set.map((d: any, i: number) => ({ dealer: dealerIds[i], identity: dealers[i].identity, public: d.public, share: String(d.shares[id]) })),
    });
    const digests = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const env = await callPartyEnvelope(me, links[i], 'reshare.receive', session, body(np[i].identifier) as any, 60_000);
      digests.add(String((env.body as any).digest));
      // The same receive again (the crossing step of the attack): refused, the pending share kept.
      const again = await callPartyEnvelope(me, links[i], 'reshare.receive', session, body(np[i].identifier) as any, 60_000).then(
        () => 'received',
        (e: Error) => e.message,
      );
      assert.match(again, /already used here \(receive\)/, `${links[i].name}: a second receive in the slot`);
    }
    assert.equal(digests.size, 1, 'the one dealing gives every party the same public package');
    // Nothing was committed: each party still signs with its current share (the key is whole).
    await Promise.all(parties.map((p) => p.stop()));
    await Promise.all(parties.map((p) => p.restart({ CUSTOS_TEST: '1', CUSTOS_PARTY_CLOCK_OFFSET_MS: '0' })));
    const r: any = await t.admin.call('sign', { key: 'tk', message: 'ab'.repeat(32) });
    assert.equal(r.status, 'signed', JSON.stringify(r));
    assert.deepEqual(
      parties.map(shareRows).map((x) => JSON.parse(x).filter((row: { state: string }) => row.state === 'active').length),
      before.map((x) => JSON.parse(x).filter((row: { state: string }) => row.state === 'active').length),
      'the active shares are the ones before',
    );
  });
});
