/**
 * Shared by the WAL sync tests (test/store/wal-sync*.test.ts, decision 0034):
 * a scratch directory with a "keeper" driver that keeps the process's sync
 * worker started for the whole file (the tests time answers after a release
 * in tens of ms), a DataSync that holds every sync until the test releases
 * it, and a promise tracker.
 */
import { fdatasync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { SqliteDriver } from '../../src/store/sqlite.js';
import type { DataSync } from '../../src/store/wal-sync.js';

/** A scratch directory removed after the file's tests, with the sync worker kept started meanwhile. */
export async function walTestDir(prefix: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const keeper = new SqliteDriver(join(dir, 'keeper.db'));
  await keeper.exec('CREATE TABLE IF NOT EXISTS k (a INTEGER)');
  after(async () => {
    await keeper.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return dir;
}

/** One held sync: its descriptor, and how to let it complete (or fail it with `err`). */
export type Held = { fd: number; release: (err?: NodeJS.ErrnoException) => void };

/** A DataSync that holds every sync until the test releases it (or lets the later ones through once `through` is called). */
export function heldSyncs(): {
  dataSync: DataSync;
  /** The i-th sync requested (0-based), once it is. */
  call: (i: number) => Promise<Held>;
  count: () => number;
  through: () => void;
} {
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

/** Whether (and how) a promise settled so far. */
export function track<T>(p: Promise<T>): { settled: boolean; ok?: boolean; value?: T; error?: unknown } {
  const s: { settled: boolean; ok?: boolean; value?: T; error?: unknown } = { settled: false };
  p.then(
    (value) => Object.assign(s, { settled: true, ok: true, value }),
    (error: unknown) => Object.assign(s, { settled: true, ok: false, error }),
  );
  return s;
}
