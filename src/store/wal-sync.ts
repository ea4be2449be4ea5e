/**
 * Durability of SQLite commits off the main thread (decision 0034). The
 * writing connection runs `synchronous = NORMAL`: a COMMIT appends its frames
 * to the `-wal` file without syncing it. This makes them durable: `after(s)`
 * answers `s` once an `fdatasync` of the WAL that started after the call has
 * completed, on a worker thread (wal-sync-worker.ts, one per process, not
 * libuv's threadpool: four slow DNS lookups there would stall every answer),
 * so the event loop goes on meanwhile.
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
import { closeSync, fstatSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { Worker } from 'node:worker_threads';
import { CustosError } from '../errors.js';

/**
 * Test seam, run on the main thread before each sync is handed to the worker:
 * `done(null)` lets the worker's sync go, `done(err)` fails it as if
 * fdatasync had failed with `err.code` (the worker writes the marker).
 */
export type DataSync = (fd: number, done: (err: NodeJS.ErrnoException | null) => void) => void;

/** One sync, to the worker. */
export interface SyncJob {
  id: number;
  fd: number;
  /** The `-wal` path, and the inode the descriptor is. */
  wal: string;
  ino: number;
  dev: number;
  /** A directory to fsync after the file (the driver's first sync). */
  dir?: string;
  marker: string;
  /** Injected failure (test seam): no sync, the marker is written. */
  fail?: string;
  /** Test seam: [release, inode synced (as an int32), syncs reached]; the worker waits after fdatasync until [0] is non-zero. */
  hold?: Int32Array;
}
/** Its outcome: no code once durable. */
export interface SyncReply {
  id: number;
  code?: string;
  /** The marker could not be written (its error code). */
  markerError?: string;
}

/** Told the outcome of the sync that covers it: undefined once durable, else the E_STORE failure. */
export type Settle = (failure: CustosError | undefined) => void;

/*
 * The worker, shared by every WalSync of the process (descriptors are
 * process-wide): started with the first, ended when the last closes. It keeps
 * the process alive only while a sync is in flight (a CLI still gets its
 * answer before it exits; an idle server's syncs never hold it).
 */
// Built (dist/, the bundle), the worker is wal-sync-worker.js beside this file. Under tsx (tests, benchmarks)
// both are .ts files and a worker thread does not inherit tsx's loader hooks: it registers them before importing.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCE ? './wal-sync-worker.ts' : './wal-sync-worker.js', import.meta.url);
let worker: Worker | undefined;
let users = 0;
let lastId = 0;
const inFlight = new Map<number, (r: SyncReply) => void>();

function startWorker(): Worker {
  const w = FROM_SOURCE
    ? new Worker(
        `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((t) => { t.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`,
        { eval: true },
      )
    : new Worker(WORKER_URL);
  w.unref();
  w.on('message', (r: SyncReply) => {
    const settle = inFlight.get(r.id);
    inFlight.delete(r.id);
    if (inFlight.size === 0) w.unref();
    settle?.(r);
  });
  const lost = (code: string): void => {
    if (worker === w) worker = undefined;
    const all = [...inFlight];
    inFlight.clear();
    for (const [id, settle] of all) settle({ id, code });
  };
  w.on('error', () => lost('EWORKER'));
  w.on('exit', () => lost('EWORKER'));
  return w;
}

function post(job: Omit<SyncJob, 'id'>, settle: (r: SyncReply) => void): void {
  worker ??= startWorker();
  const id = ++lastId;
  inFlight.set(id, settle);
  worker.ref();
  worker.postMessage({ ...job, id });
}

function acquire(): void {
  users++;
  worker ??= startWorker(); // started at open, not in the first commit's path
}

function release(): void {
  if (--users > 0 || !worker) return;
  const w = worker;
  worker = undefined;
  w.removeAllListeners(); // nothing is in flight (every WalSync closed once idle); a new worker may start meanwhile
  void w.terminate();
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
   * `hold` (tests): see SyncJob.hold.
   */
  constructor(
    private readonly path: string,
    private readonly marker: string,
    private readonly counters: { syncs: number },
    private readonly dataSync?: DataSync,
    private readonly hold?: Int32Array,
  ) {
    this.fd = openSync(path, 'r');
    try {
      const st = fstatSync(this.fd);
      this.ino = st.ino;
      this.dev = st.dev;
    } catch (e) {
      closeSync(this.fd);
      throw e;
    }
    acquire();
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
    if (this.closed) return;
    this.closed = true;
    closeSync(this.fd);
    release();
  }

  private start(): void {
    const covered = this.next;
    this.next = [];
    this.inFlight = true;
    this.counters.syncs++;
    const job: Omit<SyncJob, 'id'> = {
      fd: this.fd,
      wal: this.path,
      ino: this.ino,
      dev: this.dev,
      marker: this.marker,
      ...(this.dirSynced ? {} : { dir: dirname(this.path) }),
      ...(this.hold ? { hold: this.hold } : {}),
    };
    const go = (r: SyncReply): void => this.done(covered, r);
    if (!this.dataSync) return post(job, go);
    this.dataSync(this.fd, (err) => post(err ? { ...job, fail: err.code ?? 'error' } : job, go));
  }

  private done(covered: Settle[], r: SyncReply): void {
    this.inFlight = false;
    if (r.code !== undefined) {
      const code = r.code;
      const why = code === 'ESYNCFAILED' ? `another process's WAL sync failed (marker ${this.marker})` : `the SQLite WAL could not be made durable (${code})`;
      const marker =
        code === 'EWORKER'
          ? 'the WAL sync worker thread stopped (no sync failed, no marker was written): restart custos'
          : r.markerError === undefined
            ? `${MARKER_ADVICE} (${this.marker})`
            : `the marker ${this.marker} could not be written (${r.markerError}): do not start custos on this store before you ${MARKER_ADVICE.replace(', then remove the marker', '')}`;
      this.failure = new CustosError('E_STORE', `${why}; this store refuses further work: ${marker}`, {
        backend: 'sqlite',
        sqliteCode: code,
        marker: this.marker,
      });
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
