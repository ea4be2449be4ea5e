/**
 * The Store conformance suite: every backend runs these same checks
 * (SQLite here; PostgreSQL reuses it when that driver lands).
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Store } from '../../src/store/store.js';
import type { SqlDriver } from '../../src/store/driver.js';
import { MIGRATIONS, migrate } from '../../src/store/migrations.js';
import type { KeyRecord, RequestRecord } from '../../src/store/records.js';
import { DIALECT_TYPES } from '../../src/store/driver.js';
import { signingRecord } from '../helpers/request-records.js';

export interface Backend {
  name: string;
  /** A fresh, empty database each call. */
  open(): Promise<SqlDriver>;
  cleanup?(): Promise<void>;
}

const now = () => new Date().toISOString();

function key(name: string, over: Partial<KeyRecord> = {}): KeyRecord {
  return {
    id: `id-${name}`,
    name,
    algorithm: 'ed25519',
    custody: 'local',
    state: 'active',
    exportable: false,
    allowRaw: false,
    tags: { desk: 'mm' },
    origin: 'generated',
    currentVersion: 1,
    dataKeyId: `dk-${name}`,
    createdAt: now(),
    updatedAt: now(),
    mac: 'm'.repeat(64),
    ...over,
  };
}

export function storeConformance(backend: Backend): void {
  describe(`Store conformance: ${backend.name}`, () => {
    let store: Store;
    before(async () => {
      store = await Store.open(await backend.open());
    });
    after(async () => {
      await store.close();
      await backend.cleanup?.();
    });

    test('migrations are recorded and idempotent', async () => {
      const rows = await store.driver.all<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      assert.deepEqual(
        rows.map((r) => Number(r.version)),
        MIGRATIONS.map((m) => m.version),
      );
      assert.equal(await migrate(store.driver), MIGRATIONS[MIGRATIONS.length - 1]!.version);
      const again = await store.driver.all('SELECT version FROM schema_migrations');
      assert.equal(again.length, MIGRATIONS.length);
    });

    test('velocity: allowed requests reserve their exposure from the decision, release it when they end unsigned, err on the strict side; migration 5 rebuilds the buckets', async () => {
      const now = Date.parse('2026-11-22T12:00:05.000Z');
      const req = (id: string, agoMs: number, usd: number, status: RequestRecord['status'] = 'signed') =>
        signingRecord({ id, principal: 'p-vel', key: 'k-vel', atMs: now - agoMs, expiresMs: now, status, valueUsd: usd });
      await store.tx(async (repo) => {
        await repo.requests.insert(req('v1', 5_000, 10)); // 5 s ago
        await repo.requests.insert(req('v2', 30 * 60_000, 20)); // 30 min ago
        await repo.requests.insert(req('v3', 3 * 86_400_000, 40)); // 3 days ago
        await repo.requests.insert(req('v4', 8 * 86_400_000, 80)); // 8 days ago: outside every window
        await repo.requests.insert(req('v5', 1_000, 5, 'approved')); // allowed with a delay: reserved at once
        await repo.requests.insert(req('v6', 2_000, 7, 'pending')); // waiting for approvals: reserved at once
        await repo.requests.insert(req('v7', 1_000, 1000, 'denied')); // denied: never counted
      });
      const v = await store.read.requests.velocity('key', 'k-vel', now);
      assert.deepEqual([v.count1m, v.count10m, v.count1h, v.count24h, v.count7d], [3, 3, 4, 4, 5]);
      assert.deepEqual([v.value1h, v.value24h, v.value7d], [42, 42, 82]);
      assert.deepEqual(await store.read.requests.velocity('principal', 'p-vel', now), v);
      // Both subjects in one read: each sees only its own buckets (a subject named like the other's is not counted),
      // with the principal's quota usage (v5 approved and v6 pending are open; the bytes of the five stored within the hour).
      const use = await store.read.requests.usage('p-vel', now);
      assert.equal(use.open, 2);
      assert.ok(use.bytes1h > 0);
      assert.deepEqual(await store.read.requests.velocities('k-vel', 'p-vel', now), { key: v, principal: v, usage: use });
      const crossed = await store.read.requests.velocities('p-vel', 'k-vel', now);
      assert.deepEqual([crossed.key.count7d, crossed.principal.count7d, crossed.usage.open, crossed.usage.bytes1h], [0, 0, 0, 0]);
      // The delayed one signs: still counted once (compare-and-set; no second count).
      const approved = (await store.read.requests.get('v5'))!;
      const signed = { ...approved, status: 'signed' as const, signedAt: new Date(now).toISOString() };
      assert.equal(await store.tx((repo) => repo.requests.transition(signed, ['approved'])), true);
      assert.equal(await store.tx((repo) => repo.requests.transition(signed, ['approved'])), false);
      assert.equal((await store.read.requests.velocity('key', 'k-vel', now)).count1m, 3);
      // The pending one is rejected: its reservation is released, once.
      const pending = (await store.read.requests.get('v6'))!;
      const rejected = { ...pending, status: 'rejected' as const };
      assert.equal(await store.tx((repo) => repo.requests.transition(rejected, ['pending'])), true);
      assert.equal(await store.tx((repo) => repo.requests.transition(rejected, ['pending'])), false);
      const after = await store.read.requests.velocity('key', 'k-vel', now);
      assert.deepEqual([after.count1m, after.value1h], [2, 35]);
      // Re-deciding a request at execution leaves its own reservation out.
      const own = await store.read.requests.velocity('key', 'k-vel', now, { atMs: now - 5_000, valueUsd: 10 });
      assert.deepEqual([own.count1m, own.value1h, own.value7d], [1, 25, 65]);
      assert.deepEqual(await store.read.requests.velocities('k-vel', 'p-vel', now, { atMs: now - 5_000, valueUsd: 10 }), {
        key: own,
        principal: own,
        usage: { open: 0, bytes1h: use.bytes1h },
      });
      // Strict side: 65 s ago is outside the 1-minute window by the clock, inside by its 10 s bucket at most.
      const edge = await store.read.requests.velocity('key', 'k-vel', now + 62_000);
      assert.ok(edge.count1m <= 2 && edge.count1m >= 0);
      // Migration 5 rebuilds the same buckets from the requests table.
      // Only the velocity scopes: the quota counters (open, stored) are not rebuilt by migration 5.
      const before = await store.driver.all(
        "SELECT scope, subject, res, bucket, count, value_usd FROM velocity_buckets WHERE scope IN ('key', 'principal') AND subject IN (?, ?) AND count <> 0 ORDER BY scope, res, bucket",
        ['k-vel', 'p-vel'],
      );
      await store.driver.transaction(async (tx) => {
        await tx.run('DELETE FROM velocity_buckets WHERE subject IN (?, ?)', ['k-vel', 'p-vel']);
        const m5 = MIGRATIONS.find((m) => m.version === 5)!.sql(DIALECT_TYPES[store.driver.dialect]);
        for (const stmt of m5
          .split(';')
          .map((x) => x.trim())
          .filter((x) => x.startsWith('INSERT'))) {
          await tx.run(`${stmt.replace(/FROM requests WHERE/, "FROM requests WHERE key_name = 'k-vel' AND")}`);
        }
      });
      const rebuilt = await store.driver.all(
        "SELECT scope, subject, res, bucket, count, value_usd FROM velocity_buckets WHERE scope IN ('key', 'principal') AND subject IN (?, ?) ORDER BY scope, res, bucket",
        ['k-vel', 'p-vel'],
      );
      assert.deepEqual(
        rebuilt.map((r) => JSON.stringify(Object.values(r).map((x) => String(Number(x) || x)))),
        before.map((r) => JSON.stringify(Object.values(r).map((x) => String(Number(x) || x)))),
      );
    });

    test("velocity prune: a request's own key and principal drop buckets no window reaches; other subjects and windows keep theirs", async () => {
      const now = Date.parse('2026-11-23T12:00:05.000Z');
      const req = (id: string, key: string, principal: string, agoMs: number) => signingRecord({ id, principal, key, atMs: now - agoMs, expiresMs: now });
      await store.tx(async (repo) => {
        for (const [k, p] of [
          ['k-pa', 'p-pa'],
          ['k-pb', 'p-pb'],
        ]) {
          await repo.requests.insert(req(`${k}-old`, k!, p!, 8 * 86_400_000)); // outside every window
          await repo.requests.insert(req(`${k}-3h`, k!, p!, 3 * 3_600_000)); // its 10 s and 1 min buckets are out (with the prune's margin), its hour is in
          await repo.requests.insert(req(`${k}-new`, k!, p!, 5_000));
        }
      });
      const rows = async (subject: string) =>
        (await store.driver.all<{ n: number }>('SELECT count(*) AS n FROM velocity_buckets WHERE subject = ?', [subject]))[0]!.n;
      const before = await store.read.requests.velocities('k-pa', 'p-pa', now);
      assert.deepEqual([Number(await rows('k-pa')), Number(await rows('p-pa')), Number(await rows('k-pb'))], [9, 12, 9]);
      await store.tx((repo) => repo.requests.prune({ keyName: 'k-pa', principalId: 'p-pa' }, Math.floor(now / 1000)));
      // Left for each: the 3 h request's hour bucket and the new one's three; for p-pa also the new one's stored-bytes minute.
      assert.deepEqual([Number(await rows('k-pa')), Number(await rows('p-pa'))], [4, 5]);
      const use = await store.read.requests.usage('p-pa', now);
      assert.deepEqual(use, before.usage, 'the quota usage the same');
      assert.equal(Number(await rows('k-pb')), 9, 'another subject keeps its buckets');
      assert.deepEqual(await store.read.requests.velocities('k-pa', 'p-pa', now), before, 'every window the same');
    });

    test('meta: insert, read, overwrite', async () => {
      assert.equal(await store.read.getMeta('x'), undefined);
      await store.tx((r) => r.setMeta('x', '1'));
      await store.tx((r) => r.setMeta('x', '2'));
      assert.equal(await store.read.getMeta('x'), '2');
    });

    test('binary columns round-trip byte-exact', async () => {
      const wrapped = Uint8Array.from({ length: 61 }, (_, i) => (i * 37) & 0xff);
      await store.tx((r) => r.insertDataKey({ id: 'dk-bin', wrapped, rootVersion: 3, createdAt: now() }));
      const got = await store.read.getDataKey('dk-bin');
      assert.deepEqual(got?.wrapped, wrapped);
      assert.equal(got?.rootVersion, 3);
      await store.tx((r) => r.rewrapDataKey('dk-bin', new Uint8Array([1, 2]), 4));
      assert.deepEqual((await store.read.getDataKey('dk-bin'))?.wrapped, new Uint8Array([1, 2]));
      await store.tx((r) => r.deleteDataKey('dk-bin'));
      assert.equal(await store.read.getDataKey('dk-bin'), undefined);
    });

    test('keys: insert, unique names, versions, state, shred', async () => {
      const k = key('alpha');
      await store.tx(async (r) => {
        await r.insertKey(k);
        await r.insertKeyVersion({ keyId: k.id, version: 1, publicKey: new Uint8Array([9, 9]), ciphertext: new Uint8Array([1]), createdAt: now() });
      });
      await assert.rejects(
        store.tx((r) => r.insertKey({ ...k, id: 'other-id' })),
        (e: any) => e.code === 'E_STORE',
      );
      assert.deepEqual((await store.read.getKeyByName('alpha'))?.tags, { desk: 'mm' });
      await store.tx(async (r) => {
        await r.insertKeyVersion({ keyId: k.id, version: 2, publicKey: new Uint8Array([8]), ciphertext: new Uint8Array([2]), createdAt: now() });
        await r.updateKey({ ...k, currentVersion: 2, state: 'disabled', allowRaw: true, tags: { desk: 'x' }, mac: 'n'.repeat(64) });
      });
      const got = await store.read.getKeyByName('alpha');
      assert.equal(got?.currentVersion, 2);
      assert.equal(got?.state, 'disabled');
      assert.equal(got?.exportable, false);
      assert.equal(got?.allowRaw, true);
      assert.deepEqual(got?.tags, { desk: 'x' });
      assert.equal(got?.mac, 'n'.repeat(64));
      assert.deepEqual(
        (await store.read.listKeyVersions(k.id)).map((v) => v.version),
        [1, 2],
      );
      await store.tx(async (r) => {
        await r.wipeKeyVersions(k.id);
        await r.updateKey({ ...got!, state: 'destroyed', dataKeyId: null });
      });
      const shredded = await store.read.getKeyByName('alpha');
      assert.equal(shredded?.state, 'destroyed');
      assert.equal(shredded?.dataKeyId, null);
      for (const v of await store.read.listKeyVersions(k.id)) {
        assert.equal(v.ciphertext, null);
        assert.ok(v.publicKey.length > 0, 'public keys stay for verification');
      }
    });

    test("a key row's check (its MAC) runs once per row a fine transaction caches, on every read elsewhere, and again after a write or a lock", async () => {
      const k = key('checked-once');
      await store.tx((r) => r.insertKey(k));
      let checks = 0;
      const check = (row: { name: string }) => {
        checks++;
        assert.equal(row.name, 'checked-once');
      };
      await store.tx(
        async (r) => {
          for (let i = 0; i < 3; i++) assert.equal((await r.getKeyByName('checked-once', check))?.id, k.id);
          assert.equal(checks, 1);
          (await r.getKeyByName('checked-once', check))!.state = 'disabled'; // a caller's copy: the cached row stays as checked
          assert.equal((await r.getKeyByName('checked-once', check))?.state, 'active');
          await r.updateKey({ ...k, tags: { desk: 'y' } });
          assert.deepEqual((await r.getKeyByName('checked-once', check))?.tags, { desk: 'y' });
          assert.equal(checks, 2, 'a write empties the cache: the row read again is checked again');
          await r.lock('key', ['checked-once']);
          await r.getKeyByName('checked-once', check);
          // PostgreSQL: another transaction may have changed the row before the lock was ours; SQLite holds the writer lock throughout.
          assert.equal(checks, backend.name === 'postgres' ? 3 : 2);
        },
        { fine: true },
      );
      checks = 0;
      await store.tx(async (r) => {
        for (let i = 0; i < 3; i++) await r.getKeyByName('checked-once', check);
      });
      for (let i = 0; i < 2; i++) await store.read.getKeyByName('checked-once', check);
      assert.equal(checks, 5, 'no cache outside fine transactions: every read is checked');
      // A check that refuses the row refuses every read of it (nothing is marked checked).
      await assert.rejects(
        store.tx(
          async (r) => {
            const refuse = () => {
              throw new Error('tampered');
            };
            await r.getKeyByName('checked-once', refuse).catch(() => undefined);
            await r.getKeyByName('checked-once', refuse);
          },
          { fine: true },
        ),
        /tampered/,
      );
    });

    test('a transaction that throws leaves nothing behind', async () => {
      await assert.rejects(
        store.tx(async (r) => {
          await r.insertKey(key('rolled-back'));
          await r.setMeta('rb', 'x');
          throw new Error('boom');
        }),
        /boom/,
      );
      assert.equal(await store.read.getKeyByName('rolled-back'), undefined);
      assert.equal(await store.read.getMeta('rb'), undefined);
    });

    test('concurrent transactions are serialized: no lost updates', async () => {
      await store.tx((r) => r.setMeta('counter', '0'));
      await Promise.all(
        Array.from({ length: 25 }, () =>
          store.tx(async (r) => {
            const v = Number(await r.getMeta('counter'));
            await new Promise((res) => setImmediate(res));
            await r.setMeta('counter', String(v + 1));
          }),
        ),
      );
      assert.equal(await store.read.getMeta('counter'), '25');
    });

    test('audit events and checkpoints: ordered, paged, unique seq', async () => {
      const ev = (seq: number) => ({ seq, ts: now(), actor: 'a', action: 'x', subject: 's', details: '{}', prevHash: 'p', hash: `h${seq}` });
      await store.tx(async (r) => {
        for (let i = 1; i <= 5; i++) await r.insertEvent(ev(i));
        await r.insertCheckpoint({ seq: 3, hash: 'h3', ts: now(), signature: 'sig' });
      });
      await assert.rejects(
        store.tx((r) => r.insertEvent(ev(5))),
        (e: any) => e.code === 'E_STORE',
      );
      assert.equal((await store.read.lastEvent())?.seq, 5);
      assert.deepEqual(
        (await store.read.listEvents(2, 2)).map((e) => e.seq),
        [3, 4],
      );
      assert.equal((await store.read.lastCheckpoint())?.seq, 3);
    });

    test('webhook outbox: concurrent claims are disjoint, only the lease holder finishes, an expired lease is claimed again, removal fails what is pending', async () => {
      const t0 = Date.now();
      const hook = {
        id: 'wh-1',
        name: 'ops',
        url: 'http://127.0.0.1:9/x',
        events: ['*'],
        secretEpoch: 1,
        createdAt: now(),
        createdBy: 'a',
        mac: 'm'.repeat(64),
      };
      const delivery = (i: number) => ({
        id: `d-${String(i).padStart(2, '0')}`,
        webhookId: 'wh-1',
        event: 'request.pending',
        payload: `{"n":${i}}`,
        status: 'pending' as const,
        attempts: 0,
        nextAt: t0,
        leaseUntil: null,
        leaseOwner: null,
        lastError: null,
        lastStatus: null,
        createdAt: now(),
        updatedAt: now(),
        deliveredAt: null,
        mac: 'm'.repeat(64),
      });
      await store.tx(async (r) => {
        await r.webhooks.insert(hook);
        for (let i = 0; i < 20; i++) await r.webhooks.enqueue(delivery(i));
      });
      assert.deepEqual((await store.read.webhooks.byName('ops'))?.events, ['*']);
      // eight workers race for the same due rows: every row is claimed by exactly one
      const claims = await Promise.all(Array.from({ length: 8 }, (_, w) => store.tx((r) => r.webhooks.claimDue(`w${w}`, t0, t0 + 60_000, 20))));
      const ids = claims.flat().map((d) => d.id);
      assert.equal(ids.length, 20, 'all claimed');
      assert.equal(new Set(ids).size, 20, 'none twice');
      assert.deepEqual(await store.tx((r) => r.webhooks.claimDue('late', t0, t0 + 60_000, 20)), [], 'nothing left while the leases live');
      const mine = claims.findIndex((c) => c.length > 0);
      const d = claims[mine]![0]!;
      const outcome = { status: 'delivered' as const, attempts: 1, nextAt: t0, lastError: null, lastStatus: 200, at: now() };
      assert.equal(await store.tx((r) => r.webhooks.finish(d.id, 'someone-else', outcome)), false, 'not the lease holder');
      assert.equal(await store.tx((r) => r.webhooks.finish(d.id, `w${mine}`, outcome)), true);
      assert.equal((await store.read.webhooks.delivery(d.id))?.status, 'delivered');
      // after the leases expire the rest is claimable again (at least once)
      const again = await store.tx((r) => r.webhooks.claimDue('w-next', t0 + 60_001, t0 + 120_000, 100));
      assert.equal(again.length, 19);
      assert.ok(!again.some((x) => x.id === d.id), 'a delivered row is never claimed');
      assert.deepEqual(await store.read.webhooks.counts(), { pending: 19, delivered: 1, failed: 0 });
      assert.equal(await store.tx((r) => r.webhooks.remove('wh-1', now())), 19);
      assert.deepEqual(await store.read.webhooks.counts(), { pending: 0, delivered: 1, failed: 19 });
      assert.equal(await store.read.webhooks.byName('ops'), undefined);
      assert.equal((await store.read.webhooks.deliveries({ status: 'failed', limit: 100 }))[0]?.lastError, 'webhook removed');
      // retention: finished rows last updated before the cut are deleted, newer ones kept
      assert.equal(await store.tx((r) => r.webhooks.prune('2000-01-01T00:00:00.000Z')), 0);
      assert.equal(await store.tx((r) => r.webhooks.prune(new Date(Date.now() + 60_000).toISOString())), 20);
      assert.deepEqual(await store.read.webhooks.counts(), { pending: 0, delivered: 0, failed: 0 });
    });

    test('the audit-event hook runs inside the transaction: what it writes rolls back with it', async () => {
      const seen: string[] = [];
      store.onAuditEvent(async (r, e) => {
        seen.push(e.action);
        await r.setMeta(`hooked-${e.seq}`, e.action);
      });
      try {
        const ev = (seq: number, action: string) => ({ seq, ts: now(), actor: 'a', action, subject: 's', details: '{}', prevHash: 'p', hash: `hook${seq}` });
        await store.tx((r) => r.insertEvent(ev(9001, 'kept')));
        await assert.rejects(
          store.tx(async (r) => {
            await r.insertEvent(ev(9002, 'dropped'));
            throw new Error('roll back');
          }),
        );
        assert.deepEqual(seen, ['kept', 'dropped']);
        assert.equal(await store.read.getMeta('hooked-9001'), 'kept');
        assert.equal(await store.read.getMeta('hooked-9002'), undefined, 'rolled back with its event');
      } finally {
        store.onAuditEvent(undefined);
      }
    });

    test('wallets: insert, list, shred', async () => {
      await store.tx((r) =>
        r.insertWallet({
          id: 'w1',
          name: 'treasury',
          state: 'active',
          origin: 'generated',
          allowRaw: true,
          dataKeyId: 'dkw',
          ciphertext: new Uint8Array([7]),
          createdAt: now(),
          updatedAt: now(),
          mac: 'w'.repeat(64),
        }),
      );
      assert.equal((await store.read.listWallets()).length, 1);
      const w1 = (await store.read.getWalletByName('treasury'))!;
      assert.equal(w1.allowRaw, true);
      await store.tx((r) => r.updateWalletUsage({ ...w1, allowRaw: false, mac: 'u'.repeat(64) }));
      assert.equal((await store.read.getWalletByName('treasury'))?.allowRaw, false);
      await store.tx((r) => r.shredWallet({ ...w1, state: 'destroyed', dataKeyId: null, ciphertext: null, mac: 'v'.repeat(64) }));
      const w = await store.read.getWalletByName('treasury');
      assert.equal(w?.state, 'destroyed');
      assert.equal(w?.ciphertext, null);
      assert.equal(w?.mac, 'v'.repeat(64));
    });
  });
}
