/**
 * Durability of SQLite commits off the main thread (decision 0034). The
 * writing connection runs `synchronous = NORMAL`: a COMMIT appends its frames
 * to the `-wal` file without syncing it. This makes them durable: `after(s)`
 * answers `s` once an `fdatasync` of the WAL that started after the call has
 * completed, on the libuv threadpool, so the event loop goes on meanwhile.
 * One sync runs at a time; everything that asks while it runs is covered by
 * the next one. A sync that fails leaves the driver broken: `failure` is set,
 * everything waiting and everything after is answered with it.
 *
 * The descriptor is opened once, after SQLite's own connection has the WAL
 * open: from then on SQLite neither deletes nor replaces that file while the
 * connection lives (it keeps a shared lock on the database file, and only the
 * last connection to close removes the WAL), and `fdatasync` flushes the
 * inode's pages whichever descriptor wrote them, another process's included.
 *
 * A failed sync also leaves a marker beside the database (`syncFailedMarker`):
 * Linux marks the pages it could not write clean but keeps them cached, so
 * another process on the same boot (a CLI, a restarted custos) would read
 * those frames, and its own sync (of clean pages) would succeed: it would
 * acknowledge them and commits built on them, all lost at a power cut. The
 * driver refuses to open while the marker exists, and every sync checks it,
 * so a process that is already open breaks too.
 */
import { access, close, closeSync, fdatasync, fstatSync, fsync, fsyncSync, open, openSync, stat, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { CustosError } from '../errors.js';

/** Flush a file's data to stable storage (default `fs.fdatasync`); tests replace it to hold or fail syncs. */
export type DataSync = (fd: number, done: (err: NodeJS.ErrnoException | null) => void) => void;

/** Told the outcome of the sync that covers it: undefined once durable, else the E_STORE failure. */
export type Settle = (failure: CustosError | undefined) => void;

/** fsync a directory (the WAL's name in it), on the threadpool. */
function syncDirectory(dir: string, done: (err: NodeJS.ErrnoException | null) => void): void {
  open(dir, 'r', (e, fd) => {
    if (e) return done(e);
    fsync(fd, (se) => close(fd, (ce) => done(se ?? ce)));
  });
}

/** The marker a failed WAL sync leaves beside the database `db` (the main file's path). */
export const syncFailedMarker = (db: string): string => `${db}-custos-syncfailed`;

/** What the operator does about a marker (decision 0034, docs/operations.md). */
export const MARKER_ADVICE =
  'check the disk, then reboot the host or drop the page cache (sync; echo 1 > /proc/sys/vm/drop_caches) with every custos on this store stopped, then remove the marker';

/**
 * Create the marker durably: exclusively (an existing one is kept), fsync'd,
 * and its directory fsync'd. Returns undefined once it is on disk, else the
 * code of what failed (the caller says so: the next open may not refuse).
 */
export function writeSyncFailedMarker(marker: string, cause: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(marker, 'wx', 0o600);
  } catch (e) {
    const code = (e as { code?: string }).code ?? 'error';
    return code === 'EEXIST' ? undefined : code;
  }
  try {
    writeSync(
      fd,
      `custos: a WAL sync failed (${cause}) at ${new Date().toISOString()} in process ${process.pid}.\nCommitted rows may exist only in the page cache: ${MARKER_ADVICE}.\n`,
    );
    fsyncSync(fd);
  } catch (e) {
    return (e as { code?: string }).code ?? 'error';
  } finally {
    closeSync(fd);
  }
  try {
    const dfd = openSync(dirname(marker), 'r');
    try {
      fsyncSync(dfd);
    } finally {
      closeSync(dfd);
    }
  } catch (e) {
    return (e as { code?: string }).code ?? 'error';
  }
  return undefined;
}

export class WalSync {
  private readonly fd: number;
  private readonly ino: number;
  private readonly dev: number;
  private inFlight = false;
  private dirSynced = false;
  private closed = false;
  /** Waiting for the next sync (asked while one runs, or before any). */
  private next: Settle[] = [];
  /** Waiting for no sync to run (close). */
  private idle: (() => void)[] = [];
  /** The first failed sync's error; once set, every answer is this. */
  failure: CustosError | undefined;

  /**
   * `path`: the `-wal` file, which must exist and be open in SQLite already;
   * `marker`: the database's `syncFailedMarker`.
   * `counters.syncs` counts the syncs started (tests and benchmarks).
   */
  constructor(
    private readonly path: string,
    private readonly marker: string,
    private readonly counters: { syncs: number },
    private readonly dataSync: DataSync = fdatasync,
  ) {
    this.fd = openSync(path, 'r');
    const st = fstatSync(this.fd);
    this.ino = st.ino;
    this.dev = st.dev;
  }

  /** Answer `settle` once an fdatasync of the WAL that starts after this call has completed. */
  after(settle: Settle): void {
    if (this.failure) return settle(this.failure);
    if (this.closed) return settle(undefined); // the connection is closed: nothing written since the last sync
    this.next.push(settle);
    if (!this.inFlight) this.start();
  }

  /** Resolves once everything asked before is answered (no sync runs); then closes the descriptor. */
  async close(): Promise<void> {
    if (this.closed) return;
    if (this.inFlight) await new Promise<void>((r) => this.idle.push(r));
    this.closed = true;
    closeSync(this.fd);
  }

  private start(): void {
    const covered = this.next;
    this.next = [];
    this.inFlight = true;
    this.counters.syncs++;
    let parts = this.dirSynced ? 3 : 4;
    let err: unknown;
    const part = (e: unknown): void => {
      if (e && err === undefined) err = e;
      if (--parts === 0) this.done(covered, err);
    };
    if (!this.dirSynced) syncDirectory(dirname(this.path), part);
    // The path must still name the file synced (else SQLite's frames go to an unlinked file, lost at exit).
    stat(this.path, (e, st) =>
      part(e ?? (st.ino === this.ino && st.dev === this.dev ? undefined : Object.assign(new Error('WAL replaced'), { code: 'EWALREPLACED' }))),
    );
    // Another process's sync failed: the frames it could not write are cached as clean, so this sync proves nothing.
    access(this.marker, (e) => part(e ? undefined : Object.assign(new Error('a WAL sync failed'), { code: 'ESYNCFAILED' })));
    this.dataSync(this.fd, part);
  }

  private done(covered: Settle[], err: unknown): void {
    this.inFlight = false;
    if (err !== undefined) {
      const code = (err as { code?: string }).code ?? 'error';
      // Before anyone is answered: from now on no process opens this store until the operator has acted.
      const notWritten = code === 'ESYNCFAILED' ? undefined : writeSyncFailedMarker(this.marker, code);
      const why = code === 'ESYNCFAILED' ? `another process's WAL sync failed (marker ${this.marker})` : `the SQLite WAL could not be made durable (${code})`;
      const marker =
        notWritten === undefined
          ? `${MARKER_ADVICE} (${this.marker})`
          : `the marker ${this.marker} could not be written (${notWritten}): do not start custos on this store before you ${MARKER_ADVICE.replace(', then remove the marker', '')}`;
      this.failure = new CustosError(
        'E_STORE',
        `${why}; this store refuses further work: ${marker}`,
        { backend: 'sqlite', sqliteCode: code, marker: this.marker },
        { cause: err },
      );
      const all = covered.concat(this.next);
      this.next = [];
      for (const s of all) s(this.failure);
    } else {
      this.dirSynced = true;
      if (this.next.length > 0) this.start(); // the next sync starts before this one's callers run
      for (const s of covered) s(undefined);
    }
    if (!this.inFlight) for (const r of this.idle.splice(0)) r();
  }
}
