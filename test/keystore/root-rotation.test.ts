/**
 * Root-key rotation across instances on one store (decision 0029): an
 * instance that meets a data key of a newer root adopts that root (unwrapped
 * with the unseal key it holds) and keeps signing with no restart; a forged
 * newer root or an older data key stays E_TAMPERED; the root-key schedule
 * (`operator rotate-root --every`) rotates once per slot when two instances
 * race it, and survives a restart. SQLite and PostgreSQL, injected clock.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { buildServices } from '../../src/api/services.js';
import type { Services } from '../../src/api/context.js';
import { toHex } from '../../src/crypto/bytes.js';
import { pgUnreachable } from '../helpers/pg.js';
import { sharedStore } from '../helpers/shared-store.js';

const DAY = 86_400_000;
const PASS = 'root rotation test passphrase';
const pg = (await pgUnreachable()) === null;

for (const engine of ['sqlite', 'postgres'] as const) {
  describe(`root-key rotation across instances (${engine})`, { skip: engine === 'postgres' && !pg ? 'no PostgreSQL answers at 127.0.0.1:5432' : false }, () => {
    let clock = Date.parse('2027-01-01T00:00:00Z');
    const now = () => clock;
    const shared = sharedStore(engine, 'root', PASS);
    /** Another unsealed instance on the same store, beside those already open. */
    const instance = () => shared.instance(now);
    const storedVersion = async (s: Services) => (JSON.parse((await s.inst.store.read.getMeta('seal'))!) as { rootVersion: number }).rootVersion;
    const sign = (s: Services, n: number) => s.keys.sign('hot', { message: new Uint8Array([n]) }, {}, 'test');
    const events = async (s: Services, action: string) => (await s.inst.store.read.listEvents(0, 100_000)).filter((e) => e.action === action);

    before(() => shared.init());
    after(() => shared.cleanup());

    test('one instance rotates the root by schedule; the other keeps signing, creating and auditing with no restart', async () => {
      const a = await instance();
      const b = await instance();
      await a.keys.create({ name: 'hot', algorithm: 'secp256k1' }, 'test');
      const before = await sign(b, 1);
      await assert.rejects(a.schedules.set('root.rotate', 'hot', '30d', 'test'), (e: any) => e.code === 'E_BAD_INPUT');
      await assert.rejects(a.schedules.set('root.rotate', 'root', '10m', 'test'), (e: any) => e.code === 'E_BAD_INPUT');
      const set = await a.schedules.set('root.rotate', 'root', '30d', 'admin:test');
      assert.equal(set.id, 'root.rotate:root');
      assert.deepEqual(await a.schedules.runDue(), { ran: 0, failed: 0 }, 'nothing before the slot');
      assert.equal(await storedVersion(a), 1);
      clock += 30 * DAY;
      assert.deepEqual(await a.schedules.runDue(), { ran: 1, failed: 0 });
      assert.equal(await storedVersion(a), 2);
      assert.equal(a.inst.sealConfig.rootVersion, 2);
      assert.equal(b.inst.sealConfig.rootVersion, 1, 'b has not met the new root yet');
      // b: no restart, no error; it adopts v2 on the first data key it meets.
      const after = await sign(b, 2);
      assert.equal(after.publicKey, before.publicKey);
      assert.equal(b.inst.sealConfig.rootVersion, 2);
      // A key b creates now is wrapped under v2 (not orphaned under the forgotten v1), and a opens it.
      await b.keys.create({ name: 'made-by-b', algorithm: 'ed25519' }, 'test');
      assert.ok((await a.keys.sign('made-by-b', { message: new Uint8Array([3]) }, {}, 'test')).signature);
      assert.ok((await b.inst.checkpoint()) !== undefined);
      const run = await events(a, 'schedule.run');
      assert.equal(run.length, 1);
      assert.equal(run[0]!.actor, 'schedule');
      const rotated = await events(a, 'operator.rotate_root');
      assert.equal(rotated.length, 1);
      assert.equal(rotated[0]!.actor, 'schedule');
      // Manual rotation on b builds on a's v2; a follows to v3.
      assert.equal((await b.inst.rotateRoot('test')).rootVersion, 3);
      await sign(a, 4);
      assert.equal(a.inst.sealConfig.rootVersion, 3);
    });

    test('a key created by an instance still holding the older root is stored under the newer one', async () => {
      const a = await instance();
      const b = await instance();
      await sign(b, 5); // b at the store's version
      const v = await storedVersion(a);
      // a rotates; b, still holding the older root, seals a new key under it: its transaction stores it under the newer one.
      await a.inst.rotateRoot('test');
      assert.equal(b.inst.sealConfig.rootVersion, v);
      await b.keys.create({ name: `during-${engine}`, algorithm: 'secp256k1' }, 'test');
      assert.equal(b.inst.sealConfig.rootVersion, v + 1);
      const k = await a.inst.store.read.getKeyByName(`during-${engine}`);
      assert.equal((await a.inst.store.read.getDataKey(k!.dataKeyId!))!.rootVersion, v + 1);
      assert.ok((await a.keys.sign(`during-${engine}`, { message: new Uint8Array([6]) }, {}, 'test')).signature);
    });

    test('a forged newer root stays E_TAMPERED and changes nothing; an older data key is refused (positive control: the genuine one opens)', async () => {
      const a = await instance();
      const b = await instance();
      await sign(b, 7);
      const v = await storedVersion(a);
      const seal = JSON.parse((await a.inst.store.read.getMeta('seal'))!) as { rootVersion: number; wrappedRoot: string };
      const hot = await a.inst.store.read.getKeyByName('hot');
      const dk = (await a.inst.store.read.getDataKey(hot!.dataKeyId!))!;
      // The store claims root v+1 under a wrapping nobody's unseal key made, and the key's data key under it.
      await a.inst.store.tx(async (repo) => {
        await repo.setMeta('seal', JSON.stringify({ ...seal, rootVersion: v + 1, wrappedRoot: toHex(randomBytes(60)) }));
        await repo.rewrapDataKey(dk.id, dk.wrapped, v + 1);
      });
      await assert.rejects(sign(b, 8), (e: any) => e.code === 'E_TAMPERED');
      assert.equal(b.inst.sealConfig.rootVersion, v, 'the forged root was not adopted');
      // The genuine wrapping of v relabelled v+1 fails too (the version is in the associated data).
      await a.inst.store.tx((repo) => repo.setMeta('seal', JSON.stringify({ ...seal, rootVersion: v + 1 })));
      await assert.rejects(sign(b, 9), (e: any) => e.code === 'E_TAMPERED');
      // An older data key (a rolled-back row) is refused, not opened with a remembered root.
      await a.inst.store.tx(async (repo) => {
        await repo.setMeta('seal', JSON.stringify(seal));
        await repo.rewrapDataKey(dk.id, dk.wrapped, v - 1);
      });
      await assert.rejects(sign(b, 10), (e: any) => e.code === 'E_TAMPERED');
      // Positive control: the genuine rows back, both sign.
      await a.inst.store.tx((repo) => repo.rewrapDataKey(dk.id, dk.wrapped, v));
      await sign(b, 11);
      await sign(a, 12);
    });

    test('two instances racing the same slot rotate the root exactly once; the schedule survives a restart', async () => {
      // PostgreSQL: two instances on one database. SQLite: two service sets racing on one instance (two connections in one process would answer SQLITE_BUSY).
      const a = await instance();
      const b = engine === 'postgres' ? await instance() : buildServices(a.inst, { now });
      const v = await storedVersion(a);
      clock += 30 * DAY;
      const [ra, rb] = await Promise.all([a.schedules.runDue(), b.schedules.runDue()]);
      assert.equal(ra.ran + rb.ran, 1, `one of them ran the slot (${JSON.stringify([ra, rb])})`);
      assert.equal(ra.failed + rb.failed, 0);
      assert.equal(await storedVersion(a), v + 1);
      await sign(a, 13);
      await sign(b, 14);
      // Restart: every instance closes; a fresh one runs the next slot from the stored row.
      const c = await shared.instance(now, { alone: true });
      const row = (await c.schedules.list()).find((s) => s.id === 'root.rotate:root')!;
      assert.equal(row.runs, 2);
      clock = Date.parse(row.nextAt);
      assert.deepEqual(await c.schedules.runDue(), { ran: 1, failed: 0 });
      assert.equal(await storedVersion(c), v + 2);
      await sign(c, 15);
      assert.equal((await events(c, 'schedule.run')).length, 3);
      await c.schedules.remove('root.rotate', 'root', 'test');
      clock += 365 * DAY;
      assert.deepEqual(await c.schedules.runDue(), { ran: 0, failed: 0 }, 'removed: nothing runs');
    });
  });
}
