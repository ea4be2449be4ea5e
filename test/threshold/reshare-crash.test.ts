/**
 * A governed reshare interrupted by a kill -9 (issue #11): under
 * `admin.approvals: 2` the second admin approves a reshare of tk from
 * {p1,p2,p3} to {p1,p2,p4}; p4 dies (kill -9, fault hook) right after storing
 * its new share as pending, before answering. The reshare fails naming p4, the
 * coordinator keeps epoch 1, every old party still holds its epoch-1 share
 * (nobody forgot anything without the new parties' receipts), and the key
 * signs. Positive control: with p4 back, a newly approved reshare completes,
 * the group key is unchanged, p3 retires its share and the key signs.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { hex } from '@scure/base';
import { TestServer, type Principal } from '../helpers/server.js';
import { startParty, type PartyProcess } from '../helpers/parties.js';
import { keyMeta, shareRows } from '../helpers/hostile-coordinator.js';

const POLICY = `admin:
  approvals: 2
rules:
  - name: admins
    effect: allow
    when: principal.role == "admin"
`;
const MSG = 'aa'.repeat(32);

describe('a kill -9 of a party during a governed reshare leaves the old shares in force', () => {
  let t: TestServer;
  let root: string;
  const parties = new Map<string, PartyProcess>();
  let bob: Principal;
  let groupKey: Uint8Array;

  const epochs = (p: PartyProcess) =>
    (JSON.parse(shareRows(p)) as { id: string; state: string }[]).map((r) => `${r.id.includes('@') ? r.id.split('@')[1] : 'active'}:${r.state}`);
  async function signs(): Promise<void> {
    const r = (await t.admin.call('sign', { key: 'tk', message: MSG })) as { status: string; signature?: string };
    assert.equal(r.status, 'signed', JSON.stringify(r));
    assert.ok(ed25519.verify(hex.decode(r.signature!), hex.decode(MSG), groupKey));
  }
  async function approvedReshare(): Promise<{ status: string; error?: { code: string; message: string } }> {
    const pending = (await t.admin.call('key.reshare', { name: 'tk', threshold: 2, parties: ['p1', 'p2', 'p4'] })) as {
      status: string;
      request: { id: string };
    };
    assert.equal(pending.status, 'pending', 'the reshare waits for the second admin');
    return bob.client.decide(pending.request.id, 'approve') as Promise<{ status: string; error?: { code: string; message: string } }>;
  }

  before(
    async () => {
      t = await TestServer.start();
      root = mkdtempSync(join(tmpdir(), 'custos-reshare-crash-'));
      for (const n of ['p1', 'p2', 'p3']) parties.set(n, await startParty(root, n));
      parties.set('p4', await startParty(root, 'p4', { CUSTOS_TEST: '1', CUSTOS_PARTY_FAULT: 'crash-in-reshare' }));
      for (const p of parties.values()) await t.admin.call('party.add', { name: p.name, url: p.url, identity: p.identity });
      bob = await t.principal('bob', 'admin');
      const k = (await t.admin.call('key.create', { name: 'tk', type: 'frost-ed25519', threshold: 2, parties: ['p1', 'p2', 'p3'], allowRaw: true })) as {
        publicKey: string;
      };
      groupKey = hex.decode(k.publicKey);
      await t.admin.call('policy.set', { source: POLICY });
    },
    { timeout: 120_000 },
  );
  after(async () => {
    await Promise.all([...parties.values()].map((p) => p.stop()));
    await t?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test('p4 killed mid-reshare: the request fails naming it, epoch 1 stays in force at every old party, the key signs', { timeout: 90_000 }, async () => {
    await signs();
    const r = await approvedReshare();
    assert.equal(r.status, 'failed', JSON.stringify(r));
    assert.equal(r.error?.code, 'E_UNAVAILABLE');
    assert.match(r.error!.message, /p4/);
    assert.equal((await keyMeta(t, 'tk')).epoch, 1, 'the coordinator did not record the new epoch');
    for (const n of ['p1', 'p2', 'p3'])
      assert.ok(epochs(parties.get(n)!).includes('active:active'), `${n} still holds its epoch-1 share: ${epochs(parties.get(n)!).join(',')}`);
    await signs();
  });

  test(
    'positive control: with p4 back, a newly approved reshare completes, the group key is unchanged, p3 retires, the key signs',
    { timeout: 90_000 },
    async () => {
      await parties.get('p4')!.restart({});
      const r = await approvedReshare();
      assert.equal(r.status, 'signed', JSON.stringify(r));
      const m = await keyMeta(t, 'tk');
      assert.equal(m.epoch, 2);
      assert.deepEqual(
        m.parties.map((p) => p.name),
        ['p1', 'p2', 'p4'],
      );
      assert.equal(((await t.admin.call('key.show', { ref: 'tk' })) as { publicKey: string }).publicKey, hex.encode(groupKey));
      assert.deepEqual(epochs(parties.get('p3')!), [], 'p3 forgot its share on the proof and the receipts');
      await signs();
    },
  );
});
