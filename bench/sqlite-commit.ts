/**
 * The SQLite driver's commits under a CPU-bound load (decision 0034): BENCH_CALLERS (8)
 * callers in this process each loop "a random wait of up to BENCH_JITTER_MS
 * (default 1), work on the main thread (a busy loop of BENCH_WORK_US, default 600 us, as a signature),
 * then one transaction of two inserts, awaited", for BENCH_MS (default 5000),
 * so batches stay small as under a server's load. Reported: transactions per
 * second, the main thread's time inside `COMMIT` (better-sqlite3's `exec`,
 * timed here: with synchronous=FULL it holds the fsync) per COMMIT and per
 * transaction, the event loop's busy time per transaction beyond the work
 * (ELU), and COMMITs and driver WAL syncs per transaction.
 *
 *   node --import tsx bench/sqlite-commit.ts
 *   BENCH_SQLITE_DRIVER=/work/wt-other/dist/store/sqlite.js (another build's driver, for before/after)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';

const WORK_US = Number(process.env.BENCH_WORK_US ?? 600);
const MS = Number(process.env.BENCH_MS ?? 5000);
const CALLERS = Number(process.env.BENCH_CALLERS ?? 8);
/** Each caller waits up to this long before its work, so arrivals spread as a server's do (batches of a few). */
const JITTER_MS = Number(process.env.BENCH_JITTER_MS ?? 1);
const modulePath = process.env.BENCH_SQLITE_DRIVER ? pathToFileURL(process.env.BENCH_SQLITE_DRIVER).href : '../src/store/sqlite.js';

interface Driver {
  exec(sql: string): Promise<void>;
  transaction<T>(fn: (x: { run(sql: string, p?: unknown[]): Promise<unknown> }) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  stats: { commits: number; syncs?: number };
}
const { SqliteDriver } = (await import(modulePath)) as { SqliteDriver: new (path: string) => Driver };
// Time COMMIT on the main thread (both builds load this better-sqlite3).
let commitUs = 0;
const commitTimes: number[] = [];
const proto = Database.prototype as unknown as { exec: (sql: string) => unknown };
const exec = proto.exec;
proto.exec = function (this: unknown, sql: string) {
  if (sql !== 'COMMIT') return exec.call(this, sql);
  const t0 = performance.now();
  try {
    return exec.call(this, sql);
  } finally {
    const us = (performance.now() - t0) * 1000;
    commitUs += us;
    commitTimes.push(us);
  }
};

const dir = mkdtempSync(join(tmpdir(), 'custos-bench-commit-'));
const d = new SqliteDriver(join(dir, 'b.db'));
await d.exec('CREATE TABLE t (k INTEGER PRIMARY KEY, v BLOB NOT NULL)');
const work = (): void => {
  const end = performance.now() + WORK_US / 1000;
  while (performance.now() < end);
};
let next = 0;
let done = 0;
const value = Buffer.alloc(200, 7);
const stopAt = performance.now() + MS;
const c0 = d.stats.commits;
const s0 = d.stats.syncs ?? 0;
const elu0 = performance.eventLoopUtilization();
commitUs = 0;
commitTimes.length = 0;
await Promise.all(
  Array.from({ length: CALLERS }, async () => {
    while (performance.now() < stopAt) {
      await new Promise<void>((r) => setTimeout(r, Math.random() * JITTER_MS));
      work();
      await d.transaction(async (x) => {
        await x.run('INSERT INTO t (k, v) VALUES (?, ?)', [next++, value]);
        await x.run('INSERT INTO t (k, v) VALUES (?, ?)', [next++, value]);
      });
      done++;
    }
  }),
);
const elu = performance.eventLoopUtilization(elu0);
const commits = d.stats.commits - c0;
const syncs = (d.stats.syncs ?? 0) - s0;
await d.close();
rmSync(dir, { recursive: true, force: true });
const busyUs = (elu.active * 1000) / done;
commitTimes.sort((a, b) => a - b);
const median = commitTimes[Math.floor(commitTimes.length / 2)] ?? 0;
const slow = commitTimes.filter((t) => t > 10 * median);
console.log(
  `${modulePath}: ${((done * 1000) / (elu.idle + elu.active)).toFixed(0)} tx/s; ` +
    `main thread in COMMIT ${(commitUs / commits).toFixed(0)} us per COMMIT (median ${median.toFixed(0)}; ${slow.length} over 10x the median, ` +
    `${((100 * slow.reduce((a, b) => a + b, 0)) / commitUs).toFixed(0)}% of the time), ${(commitUs / done).toFixed(0)} us per tx; ` +
    `event loop busy ${(busyUs - WORK_US).toFixed(0)} us per tx beyond the ${WORK_US} us of work; ` +
    `${(done / commits).toFixed(2)} tx per COMMIT, ${(syncs / done).toFixed(2)} driver syncs per tx`,
);
