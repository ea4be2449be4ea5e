/**
 * Threshold share refresh on a timer (decision 0029), against real party
 * processes. The admin signs one governed `key.refreshSchedule`; every party
 * keeps it and refreshes only when its own clock says the slot is due, once
 * per slot. The harness also plays a compromised coordinator (it drives the
 * coordinator's own resharing with any proof and slot): a refresh before the
 * slot, the same slot twice, another key's schedule, a forged or superseded
 * schedule are refused by the parties, which keep their shares; the genuine
 * due slot refreshes (same group key, the new shares sign). Party clocks move
 * by restarting them with CUSTOS_PARTY_CLOCK_OFFSET_MS (test-only hook; it
 * moves the refresh-slot clock only, so signing runs with the clocks back).
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ed25519 } from '@noble/curves/ed25519.js';
import { hex } from '@scure/base';
import { TestServer } from '../helpers/server.js';
import { keyMeta, shareRows, signedRequest } from '../helpers/hostile-coordinator.js';
import { startParty, type PartyProcess } from '../helpers/parties.js';
import { buildServices } from '../../src/api/services.js';
import type { GovProof } from '../../src/threshold/governance.js';
import type { ThresholdResharing } from '../../src/threshold/resharing.js';
import { ThresholdVault } from '../../src/threshold/vault.js';
import { isCustosError } from '../../src/errors.js';

const DAY = 86_400_000;
const T = { timeout: 120_000 };
const MSG = 'ab'.repeat(32);

describe('threshold refresh schedules: each party holds the admin-signed schedule and refreshes once per due slot', () => {
  let t: TestServer;
  let root: string;
  let parties: PartyProcess[] = [];
  let offset = 0;
  let groupKey: Uint8Array;

  const env = (off: number) => ({ CUSTOS_TEST: '1', CUSTOS_PARTY_CLOCK_OFFSET_MS: String(off) });
  /** Move every clock: the coordinator's at once, the parties' by restarting them. */
  async function clocks(off: number): Promise<void> {
    offset = off;
    await Promise.all(parties.map((p) => p.stop()));
    await Promise.all(parties.map((p) => p.restart(env(off))));
  }
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
  const coordinatorEvents = async (action: string) =>
    (await t.server.services.inst.store.read.listEvents(0, 100_000)).filter((e) => e.action === action).map((e) => ({ ...e, details: JSON.parse(e.details) }));
  const resharing = () => (t.server.services.threshold as unknown as { resharing: ThresholdResharing }).resharing;
  const proofOf = async (name: string) =>
    (await new ThresholdVault(t.server.services.inst).get<GovProof>(t.server.services.inst.store.read, 'refresh-schedule-proof', name))!.value;
  const row = async (name: string) => (await t.admin.call('schedule.list', {})).schedules.find((s) => s.id === `key.refresh:${name}`)!;

  /** The compromised coordinator asks for a timed refresh: every party must refuse, keep its shares, and audit it. */
  async function refused(name: string, proof: GovProof, slot: number, why: RegExp): Promise<void> {
    const before = parties.map(shareRows);
    const epoch = (await keyMeta(t, name)).epoch;
    const audited = parties.map((p) => events(p, 'party.refuse').length);
    await assert.rejects(resharing().reshare(name, {}, 'attacker', proof, slot), (e: unknown) => {
      assert.ok(isCustosError(e, 'E_PARTY_REFUSED'), String(e));
      assert.match((e as Error).message, why);
      return true;
    });
    assert.deepEqual(parties.map(shareRows), before, 'no party changed its shares');
    assert.equal((await keyMeta(t, name)).epoch, epoch);
    assert.ok(
      parties.some((p, i) => events(p, 'party.refuse').length > audited[i]!),
      'a refusing party audited it',
    );
  }

  before(
    async () => {
      t = await TestServer.start({ now: () => Date.now() + offset, tickMs: 3_600_000 });
      root = mkdtempSync(join(tmpdir(), 'custos-refresh-sched-'));
      parties = await Promise.all(['p1', 'p2', 'p3'].map((n) => startParty(root, n, env(0))));
      for (const p of parties) await t.admin.call('party.add', { name: p.name, url: p.url, identity: p.identity });
      await t.admin.call('policy.set', { source: 'rules:\n  - name: admins\n    effect: allow\n    when: principal.role == "admin"\n' });
      const k = await t.admin.call('key.create', { name: 'tk', type: 'frost-ed25519', threshold: 2, parties: ['p1', 'p2', 'p3'], allowRaw: true });
      groupKey = hex.decode(k.publicKey);
      await t.admin.call('key.create', { name: 'tk2', type: 'frost-ed25519', threshold: 2, parties: ['p1', 'p2', 'p3'], allowRaw: true });
    },
    { timeout: 180_000 },
  );
  after(async () => {
    await Promise.all(parties.map((p) => p.stop()));
    if (t) await t.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test('the admin sets a schedule once; every party keeps it; a bad interval is refused', T, async () => {
    await assert.rejects(t.admin.call('key.refreshSchedule', { name: 'tk', every: '10m' }), (e: unknown) => isCustosError(e, 'E_BAD_INPUT'));
    await assert.rejects(t.admin.call('key.refreshSchedule', { name: 'nope', every: '1d' }), (e: unknown) => isCustosError(e, 'E_KEY_NOT_FOUND'));
    const s = (await t.admin.call('key.refreshSchedule', { name: 'tk', every: '1d' })) as { id: string; every: string; nextAt: string };
    assert.equal(s.id, 'key.refresh:tk');
    assert.equal(s.every, '1d');
    for (const p of parties) {
      const [e] = events(p, 'key.refresh.schedule');
      assert.equal(e?.every, '1d', `${p.name} keeps the schedule`);
      assert.equal(e?.nextAt, s.nextAt, `${p.name}'s first slot is the coordinator's`);
    }
    assert.deepEqual(await t.server.services.schedules.runDue(), { ran: 0, failed: 0 }, 'nothing before the slot');
  });

  test('attack: the coordinator asks for the refresh before the slot is due; the parties refuse', T, async () => {
    const proof = await proofOf('tk');
    const slot = Date.parse((await row('tk')).nextAt);
    await refused('tk', proof, slot, /not due by this party's clock/);
    // A slot that is "due" (now) but before the party's stored next slot.
    await refused('tk', proof, Date.now(), /before this party's next refresh slot/);
  });

  test("attack: another key's schedule, a forged schedule, a superseded one, or a plain refresh request with a slot are refused", T, async () => {
    await t.admin.call('key.refreshSchedule', { name: 'tk2', every: '1d' });
    const slot = Date.parse((await row('tk')).nextAt);
    const tk2 = await proofOf('tk2');
    await refused('tk', tk2, slot, /needs an admin's key\.refreshSchedule of that key/);
    // The genuine signature over another interval: the body says 1d, the action 1h.
    const tk = await proofOf('tk');
    await refused('tk', { ...tk, action: { action: 'key.refreshSchedule', name: 'tk', every: '1h' } }, slot, /says something else|another change/);
    // Signed by a principal who is no admin (a fresh signature, otherwise well formed).
    const bot = await t.principal('bot', 'agent');
    const body = JSON.stringify({ every: '1h' });
    const byBot: GovProof = {
      action: { action: 'key.refreshSchedule', name: 'tk', every: '1h' },
      http: signedRequest(bot.credentialFile, 'POST', '/v1/keys/tk/refresh-schedule', body),
    };
    await refused('tk', byBot, slot, /not an active admin/);
    // A key.refresh proof (signed) carrying a slot: a schedule is the only authority for a timed refresh.
    const refreshProof: GovProof = {
      action: { action: 'key.refresh', name: 'tk' },
      http: signedRequest(t.adminCredential, 'POST', '/v1/keys/tk/refresh', '{}'),
    };
    await refused('tk', refreshProof, slot, /needs an admin's key\.refreshSchedule/);
    // tk2's schedule switched off: its older "on" proof is now a replay the parties refuse. (Schedules are ordered by
    // the admin's signed second: a change within the same second as the last is refused, so wait for the next one.)
    await sleep(1100);
    await t.admin.call('key.refreshSchedule', { name: 'tk2', every: 'off' });
    assert.equal((await t.admin.call('schedule.list', {})).schedules.filter((s) => s.target === 'tk2').length, 0);
    await refused('tk2', tk2, slot, /older refresh schedule|is off/);
  });

  test('positive control: at the due slot the tick refreshes once; the group key is unchanged and the new shares sign', T, async () => {
    const before = parties.map(shareRows);
    const slot = Date.parse((await row('tk')).nextAt);
    await clocks(DAY + 60_000);
    assert.deepEqual(await t.server.services.schedules.runDue(), { ran: 1, failed: 0 });
    const m = await keyMeta(t, 'tk');
    assert.equal(m.epoch, 2);
    assert.notDeepEqual(parties.map(shareRows), before, 'the parties hold new shares');
    assert.equal((await t.admin.call('key.show', { ref: 'tk' })).publicKey, hex.encode(groupKey));
    await clocks(0); // signing requests are dated by each party's own (unmoved) clock
    const r = (await t.admin.call('sign', { key: 'tk', message: MSG })) as unknown as { status: string; result: { signature: string } };
    assert.equal(r.status, 'signed', JSON.stringify(r));
    assert.ok(ed25519.verify(hex.decode(r.result.signature), hex.decode(MSG), groupKey));
    const refresh = (await coordinatorEvents('key.refresh')).at(-1)!;
    assert.equal(refresh.actor, 'schedule');
    assert.equal(refresh.details.slot, new Date(slot).toISOString());
    assert.equal((await coordinatorEvents('schedule.start')).length, 1);
    assert.equal((await coordinatorEvents('schedule.run')).length, 1);
    assert.equal((await row('tk')).runs, 1);
    assert.equal((await t.server.services.schedules.runDue()).ran, 0, 'the slot is used');
  });

  test('attack: the coordinator replays the slot just used; the parties refuse a second refresh', T, async () => {
    const proof = await proofOf('tk');
    const used = Date.parse((await coordinatorEvents('key.refresh')).at(-1)!.details.slot);
    await refused('tk', proof, used, /before this party's next refresh slot/);
  });

  test('a coordinator clock ahead of the parties: the slot is claimed, the parties refuse, the failure is recorded and audited', T, async () => {
    offset = 2 * DAY + 60_000; // the coordinator's clock only: the parties are still a day behind
    assert.deepEqual(await t.server.services.schedules.runDue(), { ran: 0, failed: 1 });
    const r = await row('tk');
    assert.match(r.lastError ?? '', /^E_PARTY_REFUSED/);
    const fail = (await coordinatorEvents('schedule.fail')).at(-1)!;
    assert.equal(fail.subject, 'schedule/key.refresh:tk');
    assert.equal((await keyMeta(t, 'tk')).epoch, 2);
  });

  test('two coordinator instances racing the next slot start the refresh once', T, async () => {
    await clocks(3 * DAY + 120_000);
    const other = buildServices(t.server.services.inst, { now: () => Date.now() + offset });
    const [a, b] = await Promise.all([t.server.services.schedules.runDue(), other.schedules.runDue()]);
    assert.equal(a.ran + b.ran, 1, JSON.stringify([a, b]));
    assert.equal(a.failed + b.failed, 0, JSON.stringify([a, b]));
    assert.equal((await keyMeta(t, 'tk')).epoch, 3);
    await clocks(0);
    const r = (await t.admin.call('sign', { key: 'tk', message: MSG })) as unknown as { status: string; result: { signature: string } };
    assert.ok(ed25519.verify(hex.decode(r.result.signature), hex.decode(MSG), groupKey));
  });
});
