/**
 * Review of decision 0034 (walsync): the paths the branch's own tests do not
 * hold, each with its syncs held through the driver's seam: a statement
 * outside a transaction that writes (exec, run), scrub()'s checkpoint, a
 * member that throws, close(), and the WAL after a TRUNCATE checkpoint and
 * after an automatic checkpoint and restart (the synced descriptor stays the
 * -wal inode, no false EWALREPLACED). These pass on walsync: what they check
 * is sound.
 */
import { fdatasync, fstatSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteDriver } from '../../src/store/sqlite.js';
import type { DataSync } from '../../src/store/wal-sync.js';

const dir = mkdtempSync(join(tmpdir(), 'custos-walrev-'));
// Keeps the process's WAL sync worker started for the whole file (the tests time answers after a release in tens of ms).
const keeper = new SqliteDriver(join(dir, 'keeper.db'));
await keeper.exec('CREATE TABLE IF NOT EXISTS k (a INTEGER)');
after(async () => {
  await keeper.close();
  rmSync(dir, { recursive: true, force: true });
});
let n = 0;

type Held = { fd: number; release: (err?: NodeJS.ErrnoException) => void };

/** Holds every sync until released; `through()` lets the later ones pass. */
function heldSyncs(): { dataSync: DataSync; call: (i: number) => Promise<Held>; count: () => number; through: () => void } {
  const calls: Held[] = [];
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

function track<T>(p: Promise<T>): { settled: boolean; ok?: boolean; value?: T; error?: unknown } {
  const s: { settled: boolean; ok?: boolean; value?: T; error?: unknown } = { settled: false };
  p.then(
    (value) => Object.assign(s, { settled: true, ok: true, value }),
    (error: unknown) => Object.assign(s, { settled: true, ok: false, error }),
  );
  return s;
}

async function open(): Promise<{ path: string; d: SqliteDriver; held: ReturnType<typeof heldSyncs> }> {
  const path = join(dir, `r-${n++}.db`);
  const setup = new SqliteDriver(path);
  await setup.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v BLOB NOT NULL)');
  await setup.close();
  const held = heldSyncs();
  return { path, d: new SqliteDriver(path, { dataSync: held.dataSync }), held };
}

test('walrev: exec and run outside a transaction, scrub(), and a member that throws are answered only after the sync that started after them; released, they settle (control)', async () => {
  const { d, held } = await open();
  const ex = track(d.exec("INSERT INTO t (k, v) VALUES ('e', x'00')"));
  const first = await held.call(0);
  await sleep(20);
  assert.equal(ex.settled, false, 'an autocommit write waits for its sync');
  first.release();
  await sleep(20);
  assert.equal(ex.ok, true);
  const run = track(d.run("INSERT INTO t (k, v) VALUES ('r', x'01')"));
  const s1 = await held.call(1);
  await sleep(20);
  assert.equal(run.settled, false);
  s1.release();
  await sleep(20);
  assert.equal(run.ok, true);
  // A member that throws after writing: rolled back to its savepoint, its refusal waits for the sync too.
  const ok = track(d.transaction((x) => x.run("INSERT INTO t (k, v) VALUES ('a', x'02')")));
  const bad = track(
    d.transaction(async (x) => {
      await x.run("INSERT INTO t (k, v) VALUES ('b', x'03')");
      throw new Error('refused');
    }),
  );
  const s2 = await held.call(2);
  await sleep(20);
  assert.equal(ok.settled, false);
  assert.equal(bad.settled, false, 'a refusal may rest on unsynced rows: it waits');
  s2.release();
  await sleep(20);
  assert.equal(ok.ok, true);
  assert.equal(bad.ok, false);
  assert.match(String(bad.error), /refused/);
  // scrub: its TRUNCATE is not answered before a sync of the (now empty) WAL.
  const sc = track(d.scrub());
  const s3 = await held.call(3);
  await sleep(20);
  assert.equal(sc.settled, false);
  s3.release();
  await sleep(20);
  assert.equal(sc.ok, true);
  held.through();
  assert.equal((await d.get<{ c: number }>('SELECT count(*) AS c FROM t'))?.c, 3);
  await d.close();
});

test('walrev: close() waits for a held sync, and the transaction it covers is answered (ok) before close resolves', async () => {
  const { d, held } = await open();
  const order: string[] = [];
  const tx = d.transaction((x) => x.run("INSERT INTO t (k, v) VALUES ('a', x'00')")).then(() => order.push('tx'));
  const s = await held.call(0);
  const closing = d.close().then(() => order.push('close'));
  await sleep(30);
  assert.deepEqual(order, [], 'neither answered while the sync is held');
  s.release();
  await Promise.all([tx, closing]);
  assert.deepEqual(order, ['tx', 'close']);
});

test('walrev: after a TRUNCATE checkpoint and after automatic checkpoints with WAL restarts, the synced descriptor is still the -wal inode, answers still wait, no false EWALREPLACED', async () => {
  const { path, d, held } = await open();
  held.through();
  await d.transaction((x) => x.run("INSERT INTO t (k, v) VALUES ('a', x'00')"));
  const ino0 = statSync(`${path}-wal`).ino;
  await d.scrub();
  assert.equal(statSync(`${path}-wal`).size, 0, 'TRUNCATE emptied the WAL');
  assert.equal(statSync(`${path}-wal`).ino, ino0, 'same inode after TRUNCATE');
  // Enough pages for several automatic checkpoints (1000 pages each) and WAL restarts.
  const big = Buffer.alloc(3000, 7);
  for (let i = 0; i < 40; i++) {
    await Promise.all(Array.from({ length: 30 }, (_, j) => d.transaction((x) => x.run('INSERT OR REPLACE INTO t (k, v) VALUES (?, ?)', [`k${i}-${j}`, big]))));
  }
  assert.ok(statSync(path).size > 1_000_000, 'automatic checkpoints ran (only they write the database file)');
  assert.ok(statSync(`${path}-wal`).size < 6_000_000, 'the WAL was restarted (not grown to hold every frame)');
  assert.equal(statSync(`${path}-wal`).ino, ino0, 'a WAL restart rewrites the same file');
  const held2 = heldSyncs();
  // The same file through a new driver (the old one still open), syncs held again.
  const e = new SqliteDriver(path, { dataSync: held2.dataSync });
  const tx = track(e.transaction((x) => x.run("INSERT INTO t (k, v) VALUES ('z', x'01')")));
  const s = await held2.call(0);
  assert.equal(fstatSync(s.fd).ino, ino0);
  await sleep(20);
  assert.equal(tx.settled, false);
  s.release();
  await sleep(20);
  assert.equal(tx.ok, true, 'no false EWALREPLACED after truncation and restarts');
  held2.through();
  await e.close();
  await d.close();
});

test('walrev: the default driver (no main-thread seam) syncs on the worker: the worker reaches its fdatasync of the -wal inode and the answer waits for the worker; released, it is answered (control)', async () => {
  const path = join(dir, `r-${n++}.db`);
  const hold = new Int32Array(new SharedArrayBuffer(12));
  const d = new SqliteDriver(path, { syncHold: hold });
  const ex = track(d.exec('CREATE TABLE t (k TEXT)'));
  for (let i = 0; i < 500 && Atomics.load(hold, 2) === 0; i++) await sleep(10);
  assert.equal(Atomics.load(hold, 2), 1, 'the worker ran one fdatasync for the commit (a no-op sync path would never reach it)');
  assert.equal(Atomics.load(hold, 1), statSync(`${path}-wal`).ino | 0, 'the descriptor the worker synced is the -wal file');
  assert.notEqual(Atomics.load(hold, 1), statSync(path).ino | 0, 'control: the database file is another inode');
  await sleep(30);
  assert.equal(ex.settled, false, 'not answered while the worker is held after its fdatasync');
  Atomics.store(hold, 0, 1);
  Atomics.notify(hold, 0);
  for (let i = 0; i < 500 && !ex.settled; i++) await sleep(10);
  assert.equal(ex.ok, true);
  await d.close();
});
