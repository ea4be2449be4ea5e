/**
 * The holes found reviewing walsync (decision 0034, review branch walrev),
 * each asserting the property custos needs, with a control:
 *
 * H1: a failed WAL sync must break every connection to the store, not only
 *     the driver that saw it. Its commits stay visible in the file (under
 *     synchronous=FULL a failed COMMIT sync never advanced the wal-index
 *     header, so nobody ever saw them), and Linux keeps the pages it could
 *     not write cached as clean, so another connection (a CLI beside the
 *     server, a restarted custos on the same boot) would read them and its
 *     own sync would succeed. The failed sync leaves a marker; no driver
 *     opens while it exists and a driver already open breaks at its next sync.
 * H2: scrub() resolved although wal_checkpoint(TRUNCATE) reported busy (a
 *     reader held a snapshot); it now fails with E_STORE ESCRUBBUSY.
 * H3: a readonly driver answered at once from rows another connection had
 *     committed but not synced (it synced nothing); the option is gone, and
 *     a second driver's read of such rows waits for its own sync.
 * H4: the syncs ran on libuv's four-thread pool, shared with getaddrinfo
 *     (webhook deliveries), fs and crypto: four slow jobs there stalled every
 *     answer. They run on a worker thread of their own.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, open as openCb, fdatasync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { SqliteDriver } from '../../src/store/sqlite.js';
import type { DataSync } from '../../src/store/wal-sync.js';

const dir = mkdtempSync(join(tmpdir(), 'custos-walholes-'));
// Keeps the process's WAL sync worker started for the whole file (the tests time answers after a release in tens of ms).
const keeper = new SqliteDriver(join(dir, 'keeper.db'));
await keeper.exec('CREATE TABLE IF NOT EXISTS k (a INTEGER)');
after(async () => {
  await keeper.close();
  rmSync(dir, { recursive: true, force: true });
});
let n = 0;

type Held = { fd: number; release: (err?: NodeJS.ErrnoException) => void };
function heldSyncs(): { dataSync: DataSync; call: (i: number) => Promise<Held>; through: () => void } {
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
async function fresh(): Promise<string> {
  const path = join(dir, `h-${n++}.db`);
  const setup = new SqliteDriver(path);
  await setup.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v BLOB NOT NULL)');
  await setup.close();
  return path;
}
const isStore = (e: unknown): boolean => (e as { code?: string }).code === 'E_STORE';

test('H1: after a failed WAL sync, a connection opened later refuses the file (it must not answer from, or commit after, the rows whose durability is unknown); one already open breaks at its next sync; removing the marker reopens (control)', async () => {
  const path = await fresh();
  const held = heldSyncs();
  const a = new SqliteDriver(path, { dataSync: held.dataSync });
  // A connection opened before the failure (the CLI beside the server), its syncs let through.
  const early = new SqliteDriver(path);
  assert.equal((await early.get<{ c: number }>('SELECT count(*) AS c FROM t'))?.c, 0, 'control: the open connection works before the failure');
  // An eth2-style record: committed, its sync fails, its caller is refused (E_STORE).
  const rec = track(a.transaction((x) => x.run("INSERT INTO t (k, v) VALUES ('slot-100', x'aa')")));
  (await held.call(0)).release(Object.assign(new Error('injected'), { code: 'EIO' }));
  await sleep(30);
  assert.ok(isStore(rec.error), 'control: the broken driver refused its caller');
  assert.match((rec.error as Error).message, /custos-syncfailed/, 'the refusal names the marker');
  const marker = `${path}-custos-syncfailed`;
  assert.ok(existsSync(marker), 'the failed sync left its marker');
  assert.match(readFileSync(marker, 'utf8'), /EIO/);
  // A second process (the CLI, or custos restarted without a reboot: the page cache still holds the frames).
  let seen: { k: string } | undefined;
  let acknowledged = false;
  let refusal: unknown;
  try {
    const b = new SqliteDriver(path);
    try {
      seen = await b.get<{ k: string }>("SELECT k FROM t WHERE k = 'slot-100'");
      await b.transaction((x) => x.run("INSERT INTO t (k, v) VALUES ('slot-101', x'bb')"));
      acknowledged = true;
    } finally {
      await b.close();
    }
  } catch (e) {
    refusal = e;
  }
  assert.ok(isStore(refusal), String(refusal));
  assert.match((refusal as Error).message, /reboot.*remove the marker/);
  assert.equal(seen, undefined, `a row whose sync failed was answered to another connection: ${JSON.stringify(seen)}`);
  assert.equal(acknowledged, false, 'a commit appended behind frames whose sync failed was acknowledged');
  // The connection that was open already: its next answer is refused too (its sync finds the marker).
  await assert.rejects(
    early.get<{ k: string }>("SELECT k FROM t WHERE k = 'slot-100'"),
    (e) => isStore(e) && (e as { details?: { sqliteCode?: string } }).details?.sqliteCode === 'ESYNCFAILED',
  );
  await early.close();
  await a.close();
  // Control: once the operator has removed the marker (after the reboot), the store opens and works.
  rmSync(marker);
  const c = new SqliteDriver(path);
  await c.transaction((x) => x.run("INSERT INTO t (k, v) VALUES ('slot-102', x'cc')"));
  assert.equal((await c.get<{ c: number }>('SELECT count(*) AS c FROM t'))?.c, 2);
  await c.close();
});

test("H4: with libuv's threadpool blocked by four slow jobs (reads of FIFOs without writers, as hanging DNS lookups), a transaction is still answered; control: the pool is blocked while it is", async () => {
  const path = await fresh();
  const d = new SqliteDriver(path);
  await d.transaction((x) => x.run("INSERT INTO t (k, v) VALUES ('warm', x'00')"));
  const fifos = [0, 1, 2, 3].map((i) => join(dir, `fifo-${n}-${i}`));
  const opened: number[] = [];
  const failed: unknown[] = [];
  for (const f of fifos) {
    execFileSync('mkfifo', [f]);
    openCb(f, 'r', (e, fd) => (e ? failed.push(e) : opened.push(fd))); // blocks a pool thread until a writer opens it
  }
  await sleep(50);
  assert.deepEqual(failed, []);
  const probe = track(new Promise<void>((r, j) => openCb(path, 'r', (e) => (e ? j(e) : r()))));
  const tx = track(d.transaction((x) => x.run("INSERT INTO t (k, v) VALUES ('a', x'01')")));
  for (let i = 0; i < 500 && !tx.settled; i++) await sleep(10);
  await sleep(200);
  const poolBlocked = !probe.settled && opened.length === 0;
  const answeredWhileBlocked = tx.ok === true;
  // Unblock the pool: a writer opens each FIFO (and leaves at once).
  for (const f of fifos) execFileSync('sh', ['-c', `exec 3>'${f}'`]);
  for (let i = 0; i < 500 && (!probe.settled || opened.length < 4); i++) await sleep(10);
  for (const fd of opened) await new Promise((r) => import('node:fs').then((fs) => fs.close(fd, r)));
  await d.close();
  assert.equal(poolBlocked, true, 'control: an fs call on the threadpool was still waiting when the transaction was answered');
  assert.equal(answeredWhileBlocked, true, 'the transaction was answered while the threadpool was blocked');
  assert.equal(tx.ok, true);
  assert.equal(probe.ok, true, 'control: once the FIFOs have a writer the pool runs again');
});

test('H2: scrub() does not resolve while the shredded row is still in the -wal file (a reader holding a snapshot makes TRUNCATE busy); without the reader the WAL is emptied (control)', async () => {
  const marker = Buffer.from('SHREDDED-DATA-KEY-0123456789abcdef');
  // Control: no reader, scrub truncates the WAL and the marker is gone from both files (secure_delete).
  {
    const path = await fresh();
    const d = new SqliteDriver(path);
    await d.transaction((x) => x.run("INSERT INTO t (k, v) VALUES ('dk', ?)", [marker]));
    await d.transaction((x) => x.run("DELETE FROM t WHERE k = 'dk'"));
    await d.scrub();
    assert.equal(statSync(`${path}-wal`).size, 0);
    assert.equal(readFileSync(path).includes(marker), false);
    await d.close();
  }
  const path = await fresh();
  const d = new SqliteDriver(path);
  await d.transaction((x) => x.run("INSERT INTO t (k, v) VALUES ('dk', ?)", [marker]));
  // Another connection (a CLI reading beside the server) holds a read snapshot.
  const reader = new Database(path);
  reader.exec('BEGIN');
  reader.prepare('SELECT count(*) FROM t').get();
  await d.transaction((x) => x.run("DELETE FROM t WHERE k = 'dk'"));
  let scrubbed = true;
  let refusal: unknown;
  try {
    await d.scrub(); // each attempt waits busy_timeout (5 s), then wal_checkpoint(TRUNCATE) returns busy=1 without an error
  } catch (e) {
    scrubbed = false;
    refusal = e;
  }
  const still = readFileSync(`${path}-wal`).includes(marker);
  reader.exec('COMMIT');
  reader.close();
  await d.close();
  assert.ok(!(scrubbed && still), 'scrub() resolved (key.destroy answers) while the shredded row is still in the -wal file');
  if (!scrubbed) assert.equal((refusal as { details?: { sqliteCode?: string } }).details?.sqliteCode, 'ESCRUBBUSY');
});

test('H3: a second driver (there is no readonly one) does not answer from rows another connection has committed but not synced until its own sync completes; released, it answers (control)', async () => {
  const path = await fresh();
  const held = heldSyncs();
  const w = new SqliteDriver(path, { dataSync: held.dataSync });
  const heldR = heldSyncs();
  const ro = new SqliteDriver(path, { dataSync: heldR.dataSync });
  const tx = track(w.transaction((x) => x.run("INSERT INTO t (k, v) VALUES ('a', x'00')")));
  const s = await held.call(0);
  const read = track(ro.get<{ c: number }>('SELECT count(*) AS c FROM t'));
  const r = await heldR.call(0);
  await sleep(30);
  assert.equal(tx.settled, false, 'control: the writer itself waits for its sync');
  const leaked = read.settled && read.value?.c === 1;
  r.release();
  for (let i = 0; i < 300 && !read.settled; i++) await sleep(10);
  assert.equal(read.value?.c, 1, "control: once the reader's own sync completes, it answers the row");
  s.release();
  held.through();
  heldR.through();
  for (let i = 0; i < 300 && !tx.settled; i++) await sleep(10);
  assert.equal(tx.ok, true);
  await ro.close();
  await w.close();
  assert.equal(leaked, false, 'the second driver answered count=1 while the only sync covering that row was held');
});
