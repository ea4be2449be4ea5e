/**
 * The PostgreSQL store: the backend-generic conformance suite against a fresh
 * database per open(), plus what is specific to PostgreSQL (placeholders,
 * BYTEA/BIGINT mapping, the cross-instance writer lock, rollback, and failing
 * fast when the server is gone). Every database is created with a random
 * name and dropped afterwards, so parallel runs never collide.
 *
 * Server: postgres://postgres@127.0.0.1:5432/test (CUSTOS_TEST_PG_URL
 * overrides); the file is skipped with the reason when nothing answers there.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Socket } from 'node:net';
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { PgDriver, WRITER_LOCK_KEY, redactUrl, toPgPlaceholders } from '../../src/store/postgres.js';
import { Store, openStore } from '../../src/store/store.js';
import { storeConformance } from './conformance.js';
import { ADMIN_URL, pgUnreachable, createDatabase, dropDatabase, databaseUrl } from '../helpers/pg.js';

const unreachable = await pgUnreachable();

/** Fresh databases on the test server; all dropped by dropAll(). */
const created = new Set<string>();
async function freshDb(): Promise<string> {
  const name = `custos_t_${randomBytes(6).toString('hex')}`;
  await createDatabase(ADMIN_URL, name);
  created.add(name);
  return databaseUrl(ADMIN_URL, name);
}
async function dropAll(): Promise<void> {
  for (const name of [...created]) {
    await dropDatabase(ADMIN_URL, name);
    created.delete(name);
  }
}

const isStore = (e: any) => e?.code === 'E_STORE' && e.details?.backend === 'postgres';

if (unreachable) {
  test.skip(`PostgreSQL store tests: no PostgreSQL answers at ${redactUrl(ADMIN_URL)} (${unreachable})`, () => undefined);
} else {
  storeConformance({
    name: 'postgres',
    open: async () => new PgDriver(await freshDb()),
    cleanup: dropAll,
  });

  describe('PostgreSQL driver', () => {
    let url: string;
    let d: PgDriver;
    before(async () => {
      url = await freshDb();
      d = new PgDriver(url);
      await d.exec(`
        CREATE TABLE t (id INTEGER PRIMARY KEY, label TEXT NOT NULL, data BYTEA NULL, big BIGINT NULL);
        CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)
      `);
    });
    after(async () => {
      await d.close();
      await dropAll();
    });

    test('location and errors carry no credentials; openStore opens postgres URLs', async () => {
      assert.equal(redactUrl('postgres://alice:s3cret@db.example:5432/custos?sslmode=require&password=x'), 'postgres://db.example:5432/custos?sslmode=require');
      assert.equal(d.location, redactUrl(url));
      assert.equal(d.dialect, 'postgres');
      const withPassword = url.replace('postgres@', 'postgres:hunter2@');
      const s = await openStore(withPassword.replace(/^postgres:/, 'postgresql:'));
      try {
        assert.ok(s.driver instanceof PgDriver);
        assert.ok(!s.driver.location.includes('hunter2') && !s.driver.location.includes('postgres@'));
        const e = await s.driver.get('SELECT nope FROM t WHERE label = ?', ['hunter3']).catch((x: unknown) => x);
        assert.ok(isStore(e));
        assert.equal((e as any).details.pgCode, '42703');
        assert.ok(!JSON.stringify({ m: (e as Error).message, d: (e as any).details }).match(/hunter/));
      } finally {
        await s.close();
      }
    });

    test('? placeholders become $n, but not inside literals, quoted identifiers or comments', async () => {
      assert.deepEqual(toPgPlaceholders(`SELECT '?', "a?", ? -- ?\n, ? /* ? */ FROM x WHERE y = 'it''s ?' AND z = ?`), {
        text: `SELECT '?', "a?", $1 -- ?\n, $2 /* ? */ FROM x WHERE y = 'it''s ?' AND z = $3`,
        count: 3,
      });
      await d.run("INSERT INTO t (id, label) VALUES (?, 'what?')", [1]);
      await d.run('INSERT INTO t (id, label) VALUES (?, ?)', [2, "it's ? here"]);
      const row = await d.get<{ q: string; v: string; r: string; 'who?': number }>(`SELECT '?' AS q, ? AS v, 'it''s ?' AS r, 1 AS "who?"`, ['x']);
      assert.deepEqual(row, { q: '?', v: 'x', r: "it's ?", 'who?': 1 });
      const rows = await d.all<{ id: number }>("SELECT id FROM t WHERE label = 'what?' OR label = ? ORDER BY id", ["it's ? here"]);
      assert.deepEqual(
        rows.map((r) => r.id),
        [1, 2],
      );
      await assert.rejects(d.get('SELECT ? AS a', []), isStore);
      await d.run('DELETE FROM t');
    });

    test('BYTEA round-trips byte-exact as Uint8Array (not Buffer); Uint8Array views bind by their bytes', async () => {
      const all = Uint8Array.from({ length: 256 }, (_, i) => i);
      const big = new Uint8Array(randomBytes(1 << 20));
      const view = new Uint8Array([0xaa, 1, 2, 3, 0xbb]).subarray(1, 4);
      await d.transaction(async (tx) => {
        await tx.run('INSERT INTO t (id, label, data) VALUES (?, ?, ?)', [10, 'all', all]);
        await tx.run('INSERT INTO t (id, label, data) VALUES (?, ?, ?)', [11, 'empty', new Uint8Array()]);
        await tx.run('INSERT INTO t (id, label, data) VALUES (?, ?, ?)', [12, 'big', big]);
        await tx.run('INSERT INTO t (id, label, data) VALUES (?, ?, ?)', [13, 'view', view]);
        await tx.run('INSERT INTO t (id, label, data) VALUES (?, ?, ?)', [14, 'null', null]);
      });
      const got = new Map(
        (await d.all<{ id: number; data: Uint8Array | null }>('SELECT id, data FROM t WHERE id >= 10 ORDER BY id')).map((r) => [r.id, r.data]),
      );
      for (const v of got.values()) if (v !== null) assert.ok(v instanceof Uint8Array && !Buffer.isBuffer(v));
      assert.deepEqual(got.get(10), all);
      assert.deepEqual(got.get(11), new Uint8Array());
      assert.deepEqual(got.get(12), big);
      assert.deepEqual(got.get(13), new Uint8Array([1, 2, 3]));
      assert.equal(got.get(14), null);
      await d.run('DELETE FROM t');
    });

    test('BIGINT comes back as a number when it fits, a bigint beyond 2^53; the global pg parsers are untouched', async () => {
      const ms = Date.now() + 86_400_000;
      await d.run('INSERT INTO t (id, label, big) VALUES (?, ?, ?)', [20, 'ms', ms]);
      await d.run('INSERT INTO t (id, label, big) VALUES (?, ?, ?)', [21, 'huge', 2n ** 62n]);
      const rows = await d.all<{ big: number | bigint }>('SELECT big FROM t WHERE id IN (?, ?) ORDER BY id', [20, 21]);
      assert.deepEqual(
        rows.map((r) => r.big),
        [ms, 2n ** 62n],
      );
      assert.equal((await d.get<{ n: unknown }>('SELECT COUNT(*) AS n FROM t'))?.n, 2);
      assert.equal(pg.types.getTypeParser(20, 'text')('42'), '42', 'process-wide int8 parser still returns strings');
      await d.run('DELETE FROM t');
    });

    test('run() reports changes; ON CONFLICT DO NOTHING reports 0', async () => {
      await d.run('INSERT INTO counters (name, value) VALUES (?, ?)', ['a', 1]);
      assert.deepEqual(await d.run('INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING', ['a', 2]), { changes: 0 });
      assert.deepEqual(await d.run('INSERT INTO counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING', ['b', 2]), { changes: 1 });
      assert.deepEqual(await d.run('UPDATE counters SET value = value + 1'), { changes: 2 });
      assert.deepEqual(await d.run('DELETE FROM counters WHERE name = ?', ['zz']), { changes: 0 });
      await d.run('DELETE FROM counters');
    });

    test('replay nonces through the repository: the second use is refused, in or outside a transaction', async () => {
      const store = await Store.open(new PgDriver(await freshDb()));
      try {
        const exp = Date.now() + 300_000;
        assert.equal(await store.tx((r) => r.access.useNonce('n-1', exp)), true);
        assert.equal(await store.tx((r) => r.access.useNonce('n-1', exp)), false);
        assert.equal(await store.read.access.useNonce('n-2', exp), true, 'outside a transaction too');
        assert.equal(await store.read.access.useNonce('n-2', exp), false);
        assert.equal(await store.tx((r) => r.access.purgeNonces(exp + 1)), 2);
      } finally {
        await store.close();
      }
    });

    test('a write transaction holds the custos writer advisory lock', async () => {
      const held = await d.transaction((tx) =>
        tx.get<{ n: number }>(
          "SELECT COUNT(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid() AND granted AND (classid::bigint << 32 | objid::bigint) = ?",
          [WRITER_LOCK_KEY],
        ),
      );
      assert.equal(held?.n, 1);
      // Advisory locks are per database: custos instances on other databases (parallel test runs) never contend.
      const after = await d.get<{ n: number }>(
        "SELECT COUNT(*) AS n FROM pg_locks l JOIN pg_database db ON db.oid = l.database WHERE l.locktype = 'advisory' AND db.datname = current_database()",
      );
      assert.equal(after?.n, 0, 'released at commit');
    });

    test('two custos instances (two drivers) x 25 read-modify-write increments lose no update', async () => {
      const u = await freshDb();
      const a = await Store.open(new PgDriver(u));
      const b = await Store.open(new PgDriver(u));
      try {
        await a.tx((r) => r.setMeta('counter', '0'));
        const bump = (s: Store) =>
          s.tx(async (r) => {
            const v = Number(await r.getMeta('counter'));
            await new Promise((res) => setTimeout(res, Math.random() * 3));
            await r.setMeta('counter', String(v + 1));
          });
        const t0 = Date.now();
        await Promise.all(Array.from({ length: 50 }, (_, i) => bump(i % 2 ? a : b)));
        assert.equal(await b.read.getMeta('counter'), '50');
        assert.ok(Date.now() - t0 < 10_000);
      } finally {
        await a.close();
        await b.close();
      }
    });

    test('a failing statement rolls the whole transaction back', async () => {
      await d.run('INSERT INTO counters (name, value) VALUES (?, ?)', ['dup', 1]);
      const e = await d
        .transaction(async (tx) => {
          await tx.run('INSERT INTO counters (name, value) VALUES (?, ?)', ['first', 1]);
          await tx.run('UPDATE counters SET value = 99 WHERE name = ?', ['dup']);
          await tx.run('INSERT INTO counters (name, value) VALUES (?, ?)', ['dup', 2]); // unique violation
        })
        .catch((x: unknown) => x);
      assert.ok(isStore(e));
      assert.equal((e as any).details.pgCode, '23505');
      assert.equal((e as any).details.retryAfterSeconds, undefined, 'a constraint violation is not retryable');
      assert.equal(await d.get('SELECT * FROM counters WHERE name = ?', ['first']), undefined);
      assert.equal((await d.get<{ value: number }>('SELECT value FROM counters WHERE name = ?', ['dup']))?.value, 1);

      // Catching the failed statement and carrying on cannot commit the rest (PostgreSQL aborted the transaction).
      const swallowed = await d
        .transaction(async (tx) => {
          await tx.run('INSERT INTO counters (name, value) VALUES (?, ?)', ['second', 1]);
          await tx.run('INSERT INTO counters (name, value) VALUES (?, ?)', ['dup', 3]).catch(() => undefined);
          return 'done';
        })
        .catch((x: unknown) => x);
      assert.ok(isStore(swallowed));
      assert.equal((swallowed as any).details.pgCode, '25P02');
      assert.equal(await d.get('SELECT * FROM counters WHERE name = ?', ['second']), undefined);

      // The connection is usable afterwards.
      assert.equal(await d.transaction(async (tx) => (await tx.run('UPDATE counters SET value = 5 WHERE name = ?', ['dup'])).changes), 1);
      await d.run('DELETE FROM counters');
    });

    test('a writer waiting for another instance beyond statement_timeout gets a retryable E_STORE', async () => {
      const other = new PgDriver(url, { statementTimeoutMillis: 300 });
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      let entered!: () => void;
      const inside = new Promise<void>((r) => (entered = r));
      const holder = d.transaction(async () => {
        entered();
        await gate;
      });
      try {
        await inside;
        const t0 = Date.now();
        const e = await other.transaction(async (tx) => tx.run('UPDATE counters SET value = 1')).catch((x: unknown) => x);
        assert.ok(isStore(e));
        assert.equal((e as any).details.pgCode, '57014');
        assert.equal((e as any).details.retryAfterSeconds, 1);
        assert.ok(Date.now() - t0 < 3_000);
      } finally {
        release();
        await holder;
      }
      assert.equal((await other.transaction(async (tx) => tx.run('UPDATE counters SET value = 1'))).changes, 0, 'works once the lock is free');
      await other.close();
    });

    test('sessions ended by the server (57P01): idle ones do not crash the process, an open transaction fails retryably', async () => {
      const victim = new PgDriver(url);
      const admin = new pg.Client({ connectionString: ADMIN_URL });
      admin.on('error', () => undefined);
      await admin.connect();
      const kill = () =>
        admin.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = 'custos' AND pid <> pg_backend_pid()", [
          new URL(url).pathname.slice(1),
        ]);
      try {
        await Promise.all([victim.get('SELECT 1 AS x'), victim.get('SELECT 1 AS x')]); // two idle pooled connections
        await kill();
        await new Promise((r) => setTimeout(r, 200));
        assert.equal(victim.lastIdleError?.code, 'E_STORE');
        assert.deepEqual(await victim.get('SELECT 1 AS x'), { x: 1 }, 'the pool reconnects');

        const e = await victim
          .transaction(async (tx) => {
            await tx.run('UPDATE counters SET value = 0');
            await kill();
            await new Promise((r) => setTimeout(r, 200));
            await tx.run('UPDATE counters SET value = 1');
          })
          .catch((x: unknown) => x);
        assert.ok(isStore(e), String(e));
        assert.equal((e as any).details.retryAfterSeconds, 1);
        assert.match((e as Error).message, /^storage unavailable \(/);
        assert.equal((await victim.transaction((tx) => tx.run('UPDATE counters SET value = 2'))).changes, 0, 'and works again');
      } finally {
        await admin.end();
        await victim.close();
      }
    });

    test('a closed driver refuses with E_STORE', async () => {
      const x = new PgDriver(url);
      await x.close();
      await x.close();
      await assert.rejects(x.get('SELECT 1'), isStore);
      await assert.rejects(
        x.transaction(async () => 1),
        isStore,
      );
    });
  });

  describe('PostgreSQL unreachable', () => {
    test('nothing listening (port 1): E_STORE with retryAfterSeconds at once, not a hang', async () => {
      const d = new PgDriver('postgres://postgres:pw@127.0.0.1:1/custos');
      const t0 = Date.now();
      for (const attempt of [() => d.get('SELECT 1'), () => d.run('SELECT 1'), () => Store.open(d)]) {
        const e = await attempt().catch((x: unknown) => x);
        assert.ok(isStore(e), String(e));
        assert.equal((e as any).details.retryAfterSeconds, 1);
        assert.match((e as Error).message, /^storage unavailable \(ECONNREFUSED\)$/);
        assert.ok(!(e as Error).message.includes('pw'));
      }
      assert.ok(Date.now() - t0 < 4_000, `took ${Date.now() - t0} ms`);
      await d.close();
    });

    test('a server that accepts but never answers: E_STORE after the 3 s connect timeout', async () => {
      const sockets = new Set<Socket>();
      const silent = createServer((s) => {
        sockets.add(s);
        s.on('error', () => undefined);
      });
      await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
      const port = (silent.address() as { port: number }).port;
      const d = new PgDriver(`postgres://postgres@127.0.0.1:${port}/custos`);
      try {
        const t0 = Date.now();
        const e = await d.get('SELECT 1').catch((x: unknown) => x);
        const took = Date.now() - t0;
        assert.ok(isStore(e), String(e));
        assert.equal((e as any).details.retryAfterSeconds, 1);
        assert.match((e as Error).message, /^storage unavailable \(timeout\)$/);
        assert.ok(took >= 2_500 && took < 4_500, `took ${took} ms`);
      } finally {
        await d.close();
        for (const s of sockets) s.destroy();
        await new Promise((r) => silent.close(r));
      }
    });
  });
}
