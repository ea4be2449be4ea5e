/**
 * Threshold faults with real party processes: a party that sends a corrupted
 * signature share (fault-injection hook) is named and audited and no
 * signature comes out; a party killed between consuming its nonce and
 * answering never reuses that nonce, and signing resumes once it is back;
 * a request that cannot gather T parties fails with their names; the
 * coordinator's restart loses nothing (threshold state is in its store).
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { hex } from '@scure/base';
import { schnorr } from '@noble/curves/secp256k1.js';
import { TestServer } from '../helpers/server.js';
import { startParty, type PartyProcess } from '../helpers/parties.js';

const POLICY = `
rules:
  - name: admins
    effect: allow
    when: principal.role == "admin"
`;

describe('threshold faults: cheating and crashing parties', () => {
  let root: string;
  let t: TestServer;
  const parties = new Map<string, PartyProcess>();
  const digest = (n: number) => hex.encode(new Uint8Array(32).fill(n));

  async function add(name: string, env: Record<string, string> = {}): Promise<PartyProcess> {
    const p = await startParty(root, name, env);
    parties.set(name, p);
    await t.admin.call('party.add', { name, url: p.url, identity: p.identity });
    return p;
  }

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'custos-tss-faults-'));
    t = await TestServer.start();
    await t.admin.call('policy.set', { source: POLICY });
    await Promise.all([
      add('honest1'),
      add('honest2'),
      add('cheater', { CUSTOS_TEST: '1', CUSTOS_PARTY_FAULT: 'corrupt-share' }),
      add('crasher', { CUSTOS_TEST: '1', CUSTOS_PARTY_FAULT: 'crash-after-consume' }),
    ]);
  });
  after(async () => {
    await Promise.all([...parties.values()].map((p) => p.stop()));
    await t?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  test('a corrupted signature share: the session aborts, the cheating party is named and audited, no signature is released', async () => {
    await t.admin.call('key.create', { name: 'k3', type: 'frost-secp256k1-tr', threshold: 3, parties: ['honest1', 'honest2', 'cheater'], allowRaw: true });
    const before = await t.auditEvents();
    const r = await t.admin.call('sign', { key: 'k3', digest: digest(1) });
    assert.equal(r.status, 'failed', JSON.stringify(r));
    assert.equal(r.error!.code, 'E_INVALID_SHARE');
    assert.match(r.error!.message, /party cheater/);
    assert.equal(r.signature, undefined);
    const events = await t.server.services.inst.store.read.listEvents(before, 100);
    const cheat = events.find((e) => e.action === 'threshold.invalid_share');
    assert.ok(cheat, 'audited');
    assert.equal(cheat!.subject, 'party/cheater');
    assert.ok(!events.some((e) => e.action === 'key.sign'), 'no signature recorded');
  });

  test('a party killed after consuming its nonce: the request fails naming it, the nonce is gone for good, signing resumes when it is back', async () => {
    await t.admin.call('key.create', { name: 'k2', type: 'frost-secp256k1-tr', threshold: 2, parties: ['crasher', 'honest1', 'honest2'], allowRaw: true });
    const pub = hex.decode((await t.admin.call('key.show', { ref: 'k2' })).publicKey);
    // With honest2 down, the signing set is exactly {crasher, honest1}: the crash is certain.
    await parties.get('honest2')!.stop('SIGKILL');
    const crasher = parties.get('crasher')!;
    const r = await t.admin.call('sign', { key: 'k2', digest: digest(2) });
    assert.equal(r.status, 'failed', JSON.stringify(r));
    assert.equal(r.error!.code, 'E_UNAVAILABLE');
    assert.match(r.error!.message, /crasher/);
    await crasher.proc.stop(); // already dead (SIGKILLed itself); wait for the exit
    // The crasher's store: the nonce of the session it answered is deleted (consumed durably before the crash),
    // and its own trail recorded the consumption.
    const db = new Database(join(crasher.dir, 'custos.db'), { readonly: true });
    const nonces = db.prepare("SELECT id FROM threshold_state WHERE kind = 'nonce'").all() as { id: string }[];
    const consumed = db.prepare("SELECT details FROM audit_events WHERE action = 'key.sign.share'").all() as { details: string }[];
    db.close();
    assert.equal(consumed.length, 1, 'the share was consumed once');
    const session = JSON.parse(consumed[0]!.details).nonce as string;
    assert.ok(!nonces.some((n) => n.id === session), 'the consumed nonce is not in the store any more');
    // Back without the fault, with honest2 too: signing works, the old session cannot be replayed.
    await crasher.restart({});
    await parties.get('honest2')!.restart();
    const ok = await t.admin.call('sign', { key: 'k2', digest: digest(3) });
    assert.equal(ok.status, 'signed', JSON.stringify(ok));
    assert.ok(schnorr.verify(hex.decode(ok.signature!), hex.decode(digest(3)), pub));
    // The coordinator timed each party's share release: the crasher's as unavailable, the honest ones' as ok.
    const metrics = await t.admin.call('sys.metrics', {});
    const count = (party: string, outcome: string) =>
      Number(
        metrics
          .split('\n')
          .find((l) => l.startsWith(`custos_threshold_share_release_seconds_count{party="${party}",outcome="${outcome}"} `))
          ?.split(' ')[1] ?? 0,
      );
    assert.ok(count('crasher', 'unavailable') >= 1, metrics);
    assert.ok(count('honest1', 'ok') >= 2, 'honest1 released a share in the failed session and in the one that signed');
    assert.equal(count('honest1', 'unavailable'), 0);
  });

  test('the coordinator restarts: parties and threshold keys are still there and sign', async () => {
    await t.close();
    await t.listen();
    const list = await t.admin.call('party.list', {});
    assert.deepEqual(list.map((p: any) => p.name).sort(), ['cheater', 'crasher', 'honest1', 'honest2']);
    const pub = hex.decode((await t.admin.call('key.show', { ref: 'k2' })).publicKey);
    const ok = await t.admin.call('sign', { key: 'k2', digest: digest(4) });
    assert.equal(ok.status, 'signed', JSON.stringify(ok));
    assert.ok(schnorr.verify(hex.decode(ok.signature!), hex.decode(digest(4)), pub));
  });

  test('threshold keys refuse what they cannot do: local signing without a request, rotation, export', async () => {
    const k = await t.server.services.inst.store.read.getKeyByName('k2');
    await assert.rejects(t.server.services.keys.sign('k2', { digest: new Uint8Array(32) }, {}, 'test'), (e: any) => e.code === 'E_UNSUPPORTED');
    await assert.rejects(t.admin.call('key.rotate', { name: 'k2' }), (e: any) => e.code === 'E_UNSUPPORTED');
    await assert.rejects(t.admin.call('key.export', { name: 'k2', format: 'raw' }), (e: any) => e.code === 'E_NOT_EXPORTABLE');
    await assert.rejects(
      t.admin.call('key.create', { name: 'x', type: 'frost-ed25519', threshold: 2, parties: ['honest1', 'nobody'], allowRaw: true }),
      (e: any) => e.code === 'E_NOT_FOUND',
    );
    await assert.rejects(
      t.admin.call('key.create', { name: 'x', type: 'frost-ed25519', threshold: 4, parties: ['honest1', 'honest2'], allowRaw: true }),
      (e: any) => e.code === 'E_BAD_INPUT',
    );
    await assert.rejects(
      t.admin.call('key.create', { name: 'x', type: 'secp256k1', threshold: 2, parties: ['honest1', 'honest2'] }),
      (e: any) => e.code === 'E_BAD_INPUT',
    );
    assert.equal(k?.custody, 'threshold');
  });
});
