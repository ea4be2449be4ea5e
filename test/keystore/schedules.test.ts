/**
 * Key rotation schedules (src/keystore/schedules.ts) on SQLite and
 * PostgreSQL, with an injected clock: nothing before the slot, one rotation
 * at it, one after a long outage (not one per missed period), exactly one
 * when two instances race the same slot, a failed slot recorded and retried
 * at the next, a tampered schedule refused.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { buildServices } from '../../src/api/services.js';
import type { Services } from '../../src/api/context.js';
import { CustosError } from '../../src/errors.js';
import { Schedules, putSchedule } from '../../src/keystore/schedules.js';
import { pgUnreachable } from '../helpers/pg.js';
import { sharedStore } from '../helpers/shared-store.js';

const DAY = 86_400_000;
const PASS = 'schedules test passphrase';
const pg = (await pgUnreachable()) === null;

for (const engine of ['sqlite', 'postgres'] as const) {
  describe(`rotation schedules (${engine})`, { skip: engine === 'postgres' && !pg ? 'no PostgreSQL answers at 127.0.0.1:5432' : false }, () => {
    let clock = Date.parse('2027-01-01T00:00:00Z');
    const now = () => clock;
    const shared = sharedStore(engine, 'sched', PASS);
    /** An instance on the store: on PostgreSQL another one beside those open; on SQLite (one process at a time) after closing them. */
    const instance = () => shared.instance(now, { alone: engine === 'sqlite' });
    const version = async (s: Services, name: string) => (await s.keys.show(name)).currentVersion;
    const actions = async (s: Services) => (await s.inst.store.read.listEvents(0, 100_000)).map((e) => `${e.actor} ${e.action} ${e.subject}`);

    before(() => shared.init());
    after(() => shared.cleanup());

    test('bad schedules are refused and change nothing', async () => {
      const s = await instance();
      await s.keys.create({ name: 'hot', algorithm: 'secp256k1' }, 'test');
      await assert.rejects(s.schedules.set('key.rotate', 'hot', '30m', 'test'), (e: any) => e.code === 'E_BAD_INPUT');
      await assert.rejects(s.schedules.set('key.rotate', 'hot', 'soon', 'test'), (e: any) => e.code === 'E_BAD_INPUT');
      await assert.rejects(s.schedules.set('key.rotate', 'nope', '90d', 'test'), (e: any) => e.code === 'E_KEY_NOT_FOUND');
      assert.deepEqual(await s.schedules.list(), []);
    });

    test('nothing before the slot; one rotation at it; one after a long outage, then back on the interval', async () => {
      const s = await instance();
      const set = await s.schedules.set('key.rotate', 'hot', '90d', 'admin:test');
      assert.equal(set.nextAt, new Date(clock + 90 * DAY).toISOString());
      assert.equal(await version(s, 'hot'), 1);
      clock += 90 * DAY - 1000;
      assert.deepEqual(await s.schedules.runDue(), { ran: 0, failed: 0 });
      assert.equal(await version(s, 'hot'), 1);
      clock += 2000;
      assert.deepEqual(await s.schedules.runDue(), { ran: 1, failed: 0 });
      assert.equal(await version(s, 'hot'), 2);
      assert.deepEqual(await s.schedules.runDue(), { ran: 0, failed: 0 }, 'the slot is used');
      const trail = await actions(s);
      assert.ok(trail.includes('schedule key.rotate key/hot') && trail.includes('schedule schedule.run schedule/key.rotate:hot'), trail.slice(-4).join('\n'));
      // Down for a year (a restart: a new instance object on the same store): one rotation, not four.
      const later = await instance();
      clock += 365 * DAY;
      assert.deepEqual(await later.schedules.runDue(), { ran: 1, failed: 0 });
      assert.equal(await version(later, 'hot'), 3);
      const [row] = await later.schedules.list();
      assert.equal(row!.nextAt, new Date(clock + 90 * DAY).toISOString(), 'the next slot is one interval from the run');
      assert.equal(row!.runs, 2);
    });

    test('two instances racing every slot rotate exactly once per slot', async () => {
      // PostgreSQL: two instances on one database. SQLite: two service sets racing on one instance (its one writer).
      const a = await instance();
      const b = engine === 'postgres' ? await instance() : buildServices(a.inst, { now });
      await a.keys.create({ name: 'raced', algorithm: 'ed25519' }, 'test');
      await a.schedules.set('key.rotate', 'raced', '1h', 'test');
      for (let slot = 1; slot <= 5; slot++) {
        clock += 3600_000;
        const [ra, rb] = await Promise.all([a.schedules.runDue(), b.schedules.runDue()]);
        assert.equal(ra.ran + rb.ran, 1, `slot ${slot}: ${JSON.stringify([ra, rb])}`);
        assert.equal(await version(b, 'raced'), 1 + slot);
      }
      const runs = (await actions(a)).filter((x) => x === 'schedule schedule.run schedule/key.rotate:raced');
      assert.equal(runs.length, 5);
      await a.schedules.remove('key.rotate', 'raced', 'test'); // out of the next tests' way
    });

    test('a slot that fails (disabled key) is recorded, audited and tried again at the next slot', async () => {
      const s = await instance();
      await s.keys.create({ name: 'off', algorithm: 'secp256k1' }, 'test');
      await s.schedules.remove('key.rotate', 'hot', 'test');
      await s.schedules.set('key.rotate', 'off', '1d', 'test');
      await s.keys.setEnabled('off', false, 'test');
      clock += DAY;
      assert.deepEqual(await s.schedules.runDue(), { ran: 0, failed: 1 });
      const row = (await s.schedules.list()).find((x) => x.target === 'off')!;
      assert.match(row.lastError ?? '', /^E_KEY_DISABLED/);
      assert.equal(await version(s, 'off'), 1);
      assert.deepEqual(await s.schedules.runDue(), { ran: 0, failed: 0 }, 'not retried every tick');
      await s.keys.setEnabled('off', true, 'test');
      clock += DAY;
      assert.deepEqual(await s.schedules.runDue(), { ran: 1, failed: 0 });
      assert.equal(await version(s, 'off'), 2);
      assert.equal((await s.schedules.list()).find((x) => x.target === 'off')!.lastError, null);
      assert.ok((await actions(s)).includes('schedule schedule.fail schedule/key.rotate:off'));
    });

    test('a threshold refresh slot is started once when two coordinator instances race it; a failed refresh is recorded', async () => {
      // The parties' side is test/threshold/refresh-schedule.test.ts; here the coordinator's claim, with the refresh counted.
      const a = await instance();
      const b = engine === 'postgres' ? await instance() : buildServices(a.inst, { now });
      const started: number[] = [];
      let fail = false;
      const refresher = {
        scheduledRefresh: async (_name: string, slot: number) => {
          started.push(slot);
          if (fail) throw new CustosError('E_PARTY_REFUSED', 'party p1: party refuses: not due');
        },
      };
      await a.schedules.remove('key.rotate', 'off', 'test'); // the previous test's: only the refresh is due here
      const sa = new Schedules(a.inst, a.keys, now, refresher);
      const sb = new Schedules(b.inst, b.keys, now, refresher);
      await a.inst.store.tx((repo) =>
        putSchedule(a.inst, repo, { action: 'key.refresh', target: 'tk', everyMs: DAY, nextAt: clock + DAY, actor: 'test', nowMs: clock }),
      );
      await assert.rejects(sa.set('key.refresh', 'tk', '1d', 'test'), (e: any) => e.code === 'E_UNSUPPORTED'); // governed: key.refreshSchedule
      for (let slot = 1; slot <= 3; slot++) {
        clock += DAY;
        const [ra, rb] = await Promise.all([sa.runDue(), sb.runDue()]);
        assert.equal(ra.ran + rb.ran, 1, `slot ${slot}: ${JSON.stringify([ra, rb])}`);
      }
      assert.equal(started.length, 3);
      assert.equal(new Set(started).size, 3, 'three different slots');
      fail = true;
      clock += DAY;
      const [fa, fb] = await Promise.all([sa.runDue(), sb.runDue()]);
      assert.deepEqual([fa.ran + fb.ran, fa.failed + fb.failed], [0, 1]);
      const row = (await sa.list()).find((x) => x.id === 'key.refresh:tk')!;
      assert.match(row.lastError ?? '', /^E_PARTY_REFUSED/);
      assert.equal(row.runs, 4);
      const trail = await actions(a);
      assert.equal(trail.filter((x) => x === 'schedule schedule.start schedule/key.refresh:tk').length, 4);
      assert.equal(trail.filter((x) => x === 'schedule schedule.run schedule/key.refresh:tk').length, 3);
      assert.equal(trail.filter((x) => x === 'schedule schedule.fail schedule/key.refresh:tk').length, 1);
      assert.deepEqual(await sa.runDue(), { ran: 0, failed: 0 }, 'the failed slot is used, not retried every tick');
      await a.inst.store.tx((repo) => repo.schedules.delete('key.refresh:tk'));
    });

    test('a schedule edited in the store (a longer interval) is refused, not run', async () => {
      const s = await instance();
      await s.keys.create({ name: 'edited', algorithm: 'secp256k1' }, 'test');
      await s.schedules.set('key.rotate', 'edited', '1d', 'test');
      await s.inst.store.driver.run('UPDATE schedules SET every_ms = ? WHERE id = ?', [3650 * DAY, 'key.rotate:edited']);
      await assert.rejects(s.schedules.list(), (e: any) => e.code === 'E_TAMPERED');
      await s.keys.create({ name: 'beside', algorithm: 'secp256k1' }, 'test');
      await s.schedules.set('key.rotate', 'beside', '1d', 'test');
      clock += DAY;
      await assert.rejects(s.schedules.runDue(), (e: any) => e.code === 'E_TAMPERED');
      assert.equal(await version(s, 'edited'), 1);
      assert.equal(await version(s, 'beside'), 2, 'the schedule beside the edited one still ran');
      // Control: removing it leaves the others working.
      await s.schedules.remove('key.rotate', 'edited', 'test');
      await assert.rejects(s.schedules.remove('key.rotate', 'edited', 'test'), (e: any) => e.code === 'E_NOT_FOUND');
    });
  });
}
