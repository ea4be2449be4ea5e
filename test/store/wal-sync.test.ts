/**
 * SQLite commits made durable off the main thread (src/store/wal-sync.ts,
 * docs/decisions/0034-sqlite-wal-sync-off-thread.md): with the WAL syncs held
 * through the driver's test seam, no caller (transaction, awaitCommit:false
 * durable promise, statement) is answered before an fdatasync of the -wal
 * file that started after its commit has completed; batches go on committing
 * meanwhile and are answered in order; a failed sync rejects what it covered
 * and leaves the driver refusing work. Real files throughout.
 */
import { fdatasync, fstatSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { SqliteDriver } from '../../src/store/sqlite.js';
import type { DataSync } from '../../src/store/wal-sync.js';

const dir = mkdtempSync(join(tmpdir(), 'custos-walsync-'));
// Keeps the process's WAL sync worker started for the whole file (the tests time answers after a release in tens of ms).
const keeper = new SqliteDriver(join(dir, 'keeper.db'));
await keeper.exec('CREATE TABLE IF NOT EXISTS k (a INTEGER)');
after(async () => {
  await keeper.close();
  rmSync(dir, { recursive: true, force: true });
});
let n = 0;

/** A DataSync that holds every sync until the test releases it (or lets them through once `through` is set). */
function heldSyncs(): {
  dataSync: DataSync;
  /** The i-th sync requested (0-based), once it is. */
  call: (i: number) => Promise<{ fd: number; release: (err?: NodeJS.ErrnoException) => void }>;
  count: () => number;
  through: () => void;
} {
  const calls: { fd: number; release: (err?: NodeJS.ErrnoException) => void }[] = [];
  const waiters: (() => void)[] = [];
  let hold = true;
  return {
    dataSync: (fd, done) => {
      if (!hold) return fdatasync(fd, done);
      calls.push({ fd, release: (err) => (err ? done(err) : fdatasync(fd, done)) });
      for (const w of waiters.splice(0)) w();
    },
    call: async (i) => {
      while (calls.length <= i) await new Promise<void>((r) => waiters.push(r));
      return calls[i]!;
    },
    count: () => calls.length,
    through: () => (hold = false),
  };
}

/** Whether (and how) a promise settled so far. */
function track<T>(p: Promise<T>): { settled: boolean; ok?: boolean; value?: T; error?: unknown } {
  const s: { settled: boolean; ok?: boolean; value?: T; error?: unknown } = { settled: false };
  p.then(
    (value) => Object.assign(s, { settled: true, ok: true, value }),
    (error: unknown) => Object.assign(s, { settled: true, ok: false, error }),
  );
  return s;
}

/** What the tests read through: a driver, or `other`, a bare better-sqlite3 connection (it sees what is committed, durable or not). */
type Reader = Pick<SqliteDriver, 'get' | 'close'>;
function bareReader(path: string): Reader {
  const db = new Database(path, { readonly: true, fileMustExist: true });
  return {
    get: async <T>(sql: string) => db.prepare(sql).get() as T | undefined,
    close: async () => void db.close(),
  };
}

/** A driver on a new file with a table t, its syncs held; `other` reads the file through another connection. */
async function open(): Promise<{ path: string; d: SqliteDriver; held: ReturnType<typeof heldSyncs>; other: Reader }> {
  const path = join(dir, `w-${n++}.db`);
  const setup = new SqliteDriver(path);
  await setup.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER NOT NULL)');
  await setup.close();
  const held = heldSyncs();
  const d = new SqliteDriver(path, { dataSync: held.dataSync });
  const other = bareReader(path);
  return { path, d, held, other };
}

const count = async (x: Reader): Promise<number> => (await x.get<{ c: number }>('SELECT count(*) AS c FROM t'))!.c;
const isStore = (e: unknown): boolean => (e as { code?: string }).code === 'E_STORE';

test('wal sync: a transaction and the durable promise of an awaitCommit:false one wait for the fdatasync after their COMMIT; without the hold they resolve (control)', async () => {
  const { d, held, other } = await open();
  let durable: Promise<void> | undefined;
  const early = await d.transaction((x) => x.run('INSERT INTO t (k, v) VALUES (?, ?)', ['early', 0]), {
    awaitCommit: false,
    committed: (p) => (durable = p),
  });
  assert.equal(early.changes, 1, 'awaitCommit:false still resolves before the commit');
  const tx = track(d.transaction((x) => x.run('INSERT INTO t (k, v) VALUES (?, ?)', ['a', 1])));
  const early2 = track(durable!);
  const sync = await held.call(0);
  await sleep(30);
  assert.equal(await count(other), 2, 'committed: another connection sees both rows');
  assert.equal(tx.settled, false, 'not answered while its sync is held');
  assert.equal(early2.settled, false, 'the durable promise is not kept while the sync is held');
  sync.release();
  await sleep(30);
  assert.equal(tx.ok, true);
  assert.equal(early2.ok, true);
  // Control: syncs let through, a transaction resolves by itself (after a sync: the count grows).
  held.through();
  const syncs0 = d.stats.syncs;
  await d.transaction((x) => x.run('INSERT INTO t (k, v) VALUES (?, ?)', ['b', 2]));
  assert.equal(d.stats.syncs - syncs0, 1);
  await other.close();
  await d.close();
});

test("wal sync: the descriptor synced is the -wal file's inode, not the database's", async () => {
  const { path, d, held, other } = await open();
  const tx = d.transaction((x) => x.run('INSERT INTO t (k, v) VALUES (?, ?)', ['a', 1]));
  const sync = await held.call(0);
  const ino = fstatSync(sync.fd).ino;
  assert.equal(ino, statSync(`${path}-wal`).ino);
  assert.notEqual(ino, statSync(path).ino, 'control: the database file is another inode');
  sync.release();
  await tx;
  await other.close();
  await d.close();
});

test("wal sync: a read after a commit is answered only after a sync that started after it; a read of another connection's unsynced rows waits for its own sync of the same file", async () => {
  const { path, d, held } = await open();
  const tx = track(d.transaction((x) => x.run('INSERT INTO t (k, v) VALUES (?, ?)', ['a', 1])));
  const first = await held.call(0);
  const read = track(count(d));
  await sleep(30);
  assert.equal(read.settled, false);
  first.release();
  const second = await held.call(1); // the read's sync starts only once the first has completed
  await sleep(30);
  assert.equal(tx.ok, true, 'the transaction is answered by the first sync');
  assert.equal(read.settled, false, 'the read ran after the first sync started: it waits for the second');
  second.release();
  await sleep(30);
  assert.equal(read.value, 1);
  // Another connection (as another process) reads a row d committed but has not synced: it waits for its own sync...
  const tx2 = track(d.transaction((x) => x.run('INSERT INTO t (k, v) VALUES (?, ?)', ['b', 2])));
  const dSync = await held.call(2);
  const heldB = heldSyncs();
  const b = new SqliteDriver(path, { dataSync: heldB.dataSync });
  const readB = track(count(b));
  const bSync = await heldB.call(0);
  await sleep(30);
  assert.equal(readB.settled, false, "another connection's answer built on unsynced rows waits");
  // ... of the same inode: fdatasync flushes the file whoever wrote it.
  assert.equal(fstatSync(bSync.fd).ino, fstatSync(dSync.fd).ino);
  bSync.release();
  await sleep(30);
  assert.equal(readB.value, 2);
  assert.equal(tx2.settled, false, "d's own caller still waits for d's sync");
  dSync.release();
  await sleep(30);
  assert.equal(tx2.ok, true);
  heldB.through();
  held.through();
  await b.close();
  await d.close();
});

test('wal sync: a failed sync rejects every caller it was to cover (and the batches behind it) with E_STORE, then the driver refuses work; syncs that succeed answer (control)', async () => {
  const { d, held, other } = await open();
  // Control on the same driver: a sync that succeeds answers.
  const ok = track(d.transaction((x) => x.run('INSERT INTO t (k, v) VALUES (?, ?)', ['ok', 0])));
  (await held.call(0)).release();
  await sleep(30);
  assert.equal(ok.ok, true);
  let durable: Promise<void> | undefined;
  await d.transaction((x) => x.run('INSERT INTO t (k, v) VALUES (?, ?)', ['early', 1]), { awaitCommit: false, committed: (p) => (durable = p) });
  const early = track(durable!);
  const tx1 = track(d.transaction((x) => x.run('INSERT INTO t (k, v) VALUES (?, ?)', ['a', 1])));
  const failing = await held.call(1);
  const tx2 = track(d.transaction((x) => x.run('INSERT INTO t (k, v) VALUES (?, ?)', ['b', 2]))); // committed behind the failing sync
  const read = track(count(d));
  await sleep(30);
  assert.equal(tx2.settled, false);
  failing.release(Object.assign(new Error('injected'), { code: 'EIO' }));
  await sleep(30);
  for (const s of [early, tx1, tx2, read]) {
    assert.equal(s.ok, false);
    assert.ok(isStore(s.error), String(s.error));
  }
  // Broken: later calls are refused without running, and no sync is asked for.
  let ran = false;
  const syncsBefore = held.count();
  await assert.rejects(
    d.transaction(async (x) => {
      ran = true;
      await x.run('INSERT INTO t (k, v) VALUES (?, ?)', ['c', 3]);
    }),
    (e) => isStore(e) && /refuses further work/.test((e as Error).message),
  );
  await assert.rejects(count(d), isStore);
  assert.equal(ran, false);
  assert.equal(held.count(), syncsBefore);
  assert.equal(await count(other), 4, 'the rows were committed, only their durability is unknown');
  await d.close(); // closes even when broken
  await other.close();
});

test('wal sync: a -wal file replaced under the driver fails the next sync (E_STORE); the same driver with its file in place syncs (control)', async () => {
  const { path, d, held, other } = await open();
  held.through();
  await d.transaction((x) => x.run('INSERT INTO t (k, v) VALUES (?, ?)', ['a', 1]));
  writeFileSync(`${path}-other`, '');
  renameSync(`${path}-other`, `${path}-wal`);
  await assert.rejects(
    d.transaction((x) => x.run('INSERT INTO t (k, v) VALUES (?, ?)', ['b', 2])),
    (e) => isStore(e) && (e as { details?: { sqliteCode?: string } }).details?.sqliteCode === 'EWALREPLACED',
  );
  await d.close();
  await other.close();
});

test('wal sync: batches keep committing while a sync is held, two syncs cover three batches, and answers come in commit order', async () => {
  const { d, held, other } = await open();
  const order: number[] = [];
  const txs: Promise<unknown>[] = [];
  const c0 = d.stats.commits;
  txs.push(d.transaction((x) => x.run('INSERT INTO t (k, v) VALUES (?, ?)', ['a', 0])).then(() => order.push(0)));
  const first = await held.call(0);
  assert.equal(d.stats.commits - c0, 1);
  for (const i of [1, 2]) {
    txs.push(d.transaction((x) => x.run('INSERT INTO t (k, v) VALUES (?, ?)', [`k${i}`, i])).then(() => order.push(i)));
    await sleep(20);
    assert.equal(d.stats.commits - c0, i + 1, `batch ${i} committed while the first sync is held`);
  }
  assert.equal(await count(other), 3);
  assert.deepEqual(order, []);
  assert.equal(held.count(), 1, 'one sync in flight at a time');
  first.release();
  const second = await held.call(1);
  await sleep(20);
  assert.deepEqual(order, [0]);
  second.release();
  await Promise.all(txs);
  assert.deepEqual(order, [0, 1, 2]);
  assert.equal(held.count(), 2, 'the second sync covered both batches committed during the first');
  held.through();
  await other.close();
  await d.close();
});

test('wal sync: a batch still open when a sync fails is rolled back, not committed; the batch before it committed (control)', async () => {
  const { d, held, other } = await open();
  const tx1 = track(d.transaction((x) => x.run('INSERT INTO t (k, v) VALUES (?, ?)', ['before', 1])));
  const failing = await held.call(0);
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let inside!: () => void;
  const entered = new Promise<void>((r) => (inside = r));
  const open2 = track(
    d.transaction(async (x) => {
      await x.run('INSERT INTO t (k, v) VALUES (?, ?)', ['open', 2]);
      inside();
      await gate; // the batch stays open while the sync fails
    }),
  );
  await entered;
  failing.release(Object.assign(new Error('injected'), { code: 'EIO' }));
  await sleep(30);
  release();
  await sleep(30);
  assert.ok(isStore(tx1.error));
  assert.ok(isStore(open2.error));
  assert.equal(await count(other), 1, 'the open batch was rolled back; the one before it had committed');
  assert.equal((await other.get<{ k: string }>('SELECT k FROM t'))?.k, 'before');
  await d.close();
  await other.close();
});
