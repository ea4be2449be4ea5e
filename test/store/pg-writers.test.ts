/**
 * Decision 0032 on PostgreSQL: one process runs several fine transactions at
 * once (its writer pool, `custos_writers` in the store URL), each on its own
 * pipelined connection. A fine transaction of the process no longer waits
 * for another one of the same process unless they share a lock; an exclusive
 * one still waits for them; with `custos_writers=1` the process is one writer
 * again (the control). Pipelining: statements issued together share a round
 * trip and keep their order; a posted write that fails fails its transaction
 * with its own error and commits nothing, where the same write awaited would
 * have failed the same way.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { PgDriver, writersFromUrl, DEFAULT_WRITERS } from '../../src/store/postgres.js';
import { write, type SqlExecutor } from '../../src/store/driver.js';
import { CustosError } from '../../src/errors.js';
import { ADMIN_URL, pgUnreachable, createDatabase, dropDatabase, databaseUrl } from '../helpers/pg.js';
import { finishedFirst } from '../helpers/pg-race.js';

const available = (await pgUnreachable()) === null;
const skip = available ? false : 'no PostgreSQL answers at 127.0.0.1:5432';

test('custos_writers is read from the store URL and taken out of it; a bad value is E_CONFIG', () => {
  assert.deepEqual(writersFromUrl('postgres://u@h:5432/db?custos_writers=8&sslmode=disable'), { url: 'postgres://u@h:5432/db?sslmode=disable', writers: 8 });
  assert.deepEqual(writersFromUrl('postgres://u@h:5432/db'), { url: 'postgres://u@h:5432/db' });
  for (const bad of ['0', '65', '-1', '2.5', 'x', '', '007']) {
    assert.throws(
      () => writersFromUrl(`postgres://h/db?custos_writers=${bad}`),
      (e: unknown) => e instanceof CustosError && e.code === 'E_CONFIG',
      bad,
    );
  }
  assert.ok(DEFAULT_WRITERS > 1);
});

describe('one process, several fine writers', { skip }, () => {
  let db: string;
  let url: string;
  let d: PgDriver;

  before(async () => {
    db = `custos_writers_${randomBytes(6).toString('hex')}`;
    await createDatabase(ADMIN_URL, db);
    url = databaseUrl(ADMIN_URL, db);
    d = new PgDriver(url);
    await d.exec('CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)');
  });

  after(async () => {
    await d.close();
    await dropDatabase(ADMIN_URL, db).catch(() => undefined);
  });

  /** A fine transaction of `drv` holding key lock `lock`; then `second`: did it finish before the holder? */
  const race = (drv: PgDriver, lock: string, second: () => Promise<unknown>) => finishedFirst(drv, (x) => x.lock!('key', [lock]), second);

  test('another key does not wait for the holder in the same process; the same key and an exclusive transaction do', async () => {
    assert.equal(await race(d, 'k1', () => d.transaction((x) => x.lock!('key', ['k2']), { fine: true })), true, 'k2 ran beside k1');
    assert.equal(await race(d, 'k1', () => d.transaction((x) => x.lock!('key', ['k1']), { fine: true })), false, 'the second holder of k1 waited');
    assert.equal(await race(d, 'k1', () => d.transaction((x) => x.get('SELECT 1 AS one'))), false, 'exclusive waited for the fine one');
  });

  test('control: with custos_writers=1 the process is one writer again', async () => {
    const one = new PgDriver(`${url}?custos_writers=1`);
    try {
      assert.equal(await race(one, 'k1', () => one.transaction((x) => x.lock!('key', ['k2']), { fine: true })), false, 'k2 queued behind k1 in the process');
    } finally {
      await one.close();
    }
  });

  test('many fine transactions of one process bumping one counter under its lock lose no update', async () => {
    await d.run("INSERT INTO counters (name, value) VALUES ('c', 0)");
    const bump = () =>
      d.transaction(
        async (x) => {
          const [row] = await x.lock!<{ value: number }>('key', ['counter-c'], "SELECT value FROM counters WHERE name = 'c'");
          await sleep(2);
          await write(x, "UPDATE counters SET value = ? WHERE name = 'c'", [row!.value + 1]);
        },
        { fine: true },
      );
    await Promise.all(Array.from({ length: 30 }, bump));
    assert.deepEqual(await d.get("SELECT value FROM counters WHERE name = 'c'"), { value: 30 });
  });

  test('a lock is posted (0033): the read after it shares its round trip, runs once it is granted, and loses no update; control: without the lock updates are lost', async () => {
    await d.run("INSERT INTO counters (name, value) VALUES ('posted', 0), ('unlocked', 0)");
    const bump = (name: string, locked: boolean) =>
      d.transaction(
        async (x) => {
          if (locked) x.postLock!('key', [`counter-${name}`]);
          const row = await x.get<{ value: number }>('SELECT value FROM counters WHERE name = ?', [name]);
          await sleep(2);
          await write(x, 'UPDATE counters SET value = ? WHERE name = ?', [row!.value + 1, name]);
        },
        { fine: true },
      );
    const before = d.stats.roundTrips;
    await bump('posted', true);
    // BEGIN; the lock and the read in one round trip; the update and the COMMIT in the next.
    assert.equal(d.stats.roundTrips - before, 3);
    await Promise.all(Array.from({ length: 30 }, () => bump('posted', true)));
    assert.deepEqual(await d.get("SELECT value FROM counters WHERE name = 'posted'"), { value: 31 });
    await Promise.all(Array.from({ length: 30 }, () => bump('unlocked', false)));
    const lost = (await d.get<{ value: number }>("SELECT value FROM counters WHERE name = 'unlocked'"))!.value;
    assert.ok(lost < 30, `the control lost no update (${lost} of 30): the race is not exercised`);
  });

  test('a posted lock whose wait times out fails its transaction with its own error (57014), not "aborted", and so does a waiting BEGIN', async () => {
    const short = new PgDriver(url, { statementTimeoutMillis: 300 });
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const holder = d.transaction(
      async (x) => {
        await x.lock!('key', ['slow']);
        await x.get('SELECT 1 AS one');
        locked();
        await held;
      },
      { fine: true },
    );
    try {
      await isLocked;
      const lockWait = await short
        .transaction(
          async (x) => {
            x.postLock!('key', ['slow']);
            await x.get('SELECT 1 AS one');
          },
          { fine: true },
        )
        .catch((e: unknown) => e);
      assert.equal((lockWait as CustosError).details?.pgCode, '57014', String(lockWait));
      // An exclusive transaction waits in its BEGIN for the fine one's shared writer lock.
      const beginWait = await short.transaction((x) => x.get('SELECT 1 AS one')).catch((e: unknown) => e);
      assert.equal((beginWait as CustosError).details?.pgCode, '57014', String(beginWait));
    } finally {
      release();
      await holder;
    }
    // Positive control: the lock is free again and the same transactions commit.
    await short.transaction(
      async (x) => {
        await x.lock!('key', ['slow']);
        await x.get('SELECT 1 AS one');
      },
      { fine: true },
    );
    assert.deepEqual(await short.transaction((x) => x.get('SELECT 1 AS one')), { one: 1 });
    await short.close();
  });

  test('statements issued together share a round trip and keep their order', async () => {
    const before = d.stats.roundTrips;
    const got = await d.transaction(async (x) => {
      x.post!("INSERT INTO counters (name, value) VALUES ('p1', 1)");
      x.post!("UPDATE counters SET value = value + 10 WHERE name = 'p1'");
      return Promise.all([x.get<{ value: number }>("SELECT value FROM counters WHERE name = 'p1'"), x.get<{ n: number }>('SELECT 2 AS n')]);
    });
    assert.deepEqual(got, [{ value: 11 }, { n: 2 }], 'the read ran after both writes');
    // BEGIN + lock, then the four statements and the COMMIT: far fewer waits than the 6 messages.
    assert.ok(d.stats.roundTrips - before <= 3, `round trips: ${d.stats.roundTrips - before}`);
    assert.deepEqual(await d.get("SELECT value FROM counters WHERE name = 'p1'"), { value: 11 });
  });

  test('a posted write that fails fails its transaction with its own error; nothing commits; the connection is reused', async () => {
    await d.run("INSERT INTO counters (name, value) VALUES ('dup', 1)");
    const run = (x: SqlExecutor) => {
      x.post!("INSERT INTO counters (name, value) VALUES ('before-dup', 1)");
      x.post!("INSERT INTO counters (name, value) VALUES ('dup', 2)"); // unique violation, not awaited
    };
    // Nothing after the failed write: the COMMIT is answered with ROLLBACK, and the caller sees the write's error.
    const e1 = await d.transaction(async (x) => run(x), { fine: true }).catch((e: unknown) => e);
    assert.ok(e1 instanceof CustosError && e1.code === 'E_STORE', String(e1));
    assert.equal((e1 as CustosError).details?.pgCode, '23505');
    // A read after it: the read fails as "aborted", and the write's error is what the caller gets.
    const e2 = await d
      .transaction(async (x) => {
        run(x);
        await x.get('SELECT 1 AS one');
      })
      .catch((e: unknown) => e);
    assert.equal((e2 as CustosError).details?.pgCode, '23505');
    assert.equal(await d.get("SELECT * FROM counters WHERE name = 'before-dup'"), undefined, 'nothing of either transaction committed');
    assert.deepEqual(await d.get("SELECT value FROM counters WHERE name = 'dup'"), { value: 1 });
    // Positive control: the same posted writes without the duplicate commit.
    await d.transaction(async (x) => {
      x.post!("INSERT INTO counters (name, value) VALUES ('before-dup', 1)");
    });
    assert.deepEqual(await d.get("SELECT value FROM counters WHERE name = 'before-dup'"), { value: 1 });
  });

  test('a table changed under statements prepared on many connections: reads retry on a new connection, no connection keeps the old plan', async () => {
    await d.exec('CREATE TABLE wide (a INTEGER)');
    await d.run('INSERT INTO wide (a) VALUES (1)');
    const reader = new PgDriver(url, { max: 8 });
    try {
      // Eight connections, each having prepared SELECT * FROM wide (in transactions held open at once).
      let go!: () => void;
      const gate = new Promise<void>((r) => (go = r));
      const held = Array.from({ length: 6 }, () =>
        reader.transaction(async (x) => {
          assert.deepEqual(await x.all('SELECT * FROM wide'), [{ a: 1 }]);
          await gate;
        }),
      );
      await sleep(200);
      go();
      await Promise.all(held);
      await d.exec('ALTER TABLE wide ADD COLUMN b INTEGER');
      const reads = await Promise.all(Array.from({ length: 20 }, () => reader.all('SELECT * FROM wide').catch((e: unknown) => e)));
      assert.deepEqual(
        reads,
        Array.from({ length: 20 }, () => [{ a: 1, b: null }]),
        'every read saw the new table',
      );
      // In a transaction, a stale plan fails the transaction retryably, and the retry works.
      const tx = () => reader.transaction((x) => x.all('SELECT * FROM wide'));
      const first = await tx().catch((e: unknown) => e);
      if (first instanceof CustosError) assert.equal(first.details?.retryAfterSeconds, 1);
      assert.deepEqual(await tx(), [{ a: 1, b: null }]);
    } finally {
      await reader.close();
    }
  });

  test('a posted write after the transaction ended is refused, not lost', async () => {
    let late: SqlExecutor | undefined;
    await d.transaction(async (x) => {
      late = x;
    });
    assert.throws(
      () => late!.post!("INSERT INTO counters (name, value) VALUES ('late', 1)"),
      (e: unknown) => e instanceof CustosError && e.code === 'E_INTERNAL',
    );
    assert.equal(await d.get("SELECT * FROM counters WHERE name = 'late'"), undefined);
  });

  test('a connection lost with the COMMIT sent: the driver asks the server, so a committed transaction is reported committed, not retryable', async () => {
    const slow = new PgDriver(url, { queryTimeoutMillis: 300, statementTimeoutMillis: 5000 });
    try {
      // Posted: the COMMIT is on the wire behind the slow write when the client gives up on it; the server commits.
      const got = await slow
        .transaction(async (x) => {
          x.post!("INSERT INTO counters (name, value) SELECT 'slow-posted', 1 FROM pg_sleep(1)");
          return 'done';
        })
        .catch((e: unknown) => e);
      assert.equal(got, 'done', `the committed transaction resolves: ${String(got)}`);
      assert.deepEqual(await d.get("SELECT value FROM counters WHERE name = 'slow-posted'"), { value: 1 });
      // Control: awaited, the client gives up before the COMMIT is sent; the server rolls back; the error is retryable.
      const e = await slow
        .transaction(async (x) => {
          await x.run("INSERT INTO counters (name, value) SELECT 'slow-awaited', 1 FROM pg_sleep(1)");
        })
        .catch((x: unknown) => x);
      assert.ok(e instanceof CustosError && e.code === 'E_STORE' && e.details?.retryAfterSeconds === 1, String(e));
      await sleep(1200);
      assert.equal(await d.get("SELECT * FROM counters WHERE name = 'slow-awaited'"), undefined);
    } finally {
      await slow.close();
    }
  });
});
