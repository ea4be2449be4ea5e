/**
 * Embedded SQLite driver (better-sqlite3): WAL journal, synchronous=FULL so a
 * commit that returned survives power loss, foreign keys on, and a busy
 * timeout so a CLI command and a running server can share one file.
 *
 * better-sqlite3 is synchronous; every call goes through one in-process
 * queue (group commit, below) so a statement outside a transaction never
 * observes another caller's uncommitted writes, and `BEGIN IMMEDIATE` takes
 * the write lock up front so two processes never deadlock upgrading a read
 * lock.
 */
import { chmodSync, closeSync, openSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { CustosError } from '../errors.js';
import type { SqlDriver, SqlExecutor, SqlValue, TransactionOptions } from './driver.js';

type Params = readonly SqlValue[];

function storeError(e: unknown): CustosError {
  if (e instanceof CustosError) return e;
  const code = (e as { code?: string }).code ?? 'unknown';
  return new CustosError('E_STORE', `storage error (${code})`, { backend: 'sqlite', sqliteCode: code }, { cause: e });
}

function bind(params: Params | undefined): unknown[] {
  return (params ?? []).map((p) => (p instanceof Uint8Array && !Buffer.isBuffer(p) ? Buffer.from(p.buffer, p.byteOffset, p.byteLength) : p));
}

/** The database and the two files SQLite keeps beside it in WAL mode. */
const FILE_SUFFIXES = ['', '-wal', '-shm'] as const;

/**
 * Create the database file 0600 if it does not exist (exclusively, so no
 * other mode ever exists on disk). SQLite gives -wal and -shm the mode of the
 * database file; an empty file is an empty database. Errors are left to
 * SQLite's own open, which reports them as E_STORE.
 */
function createPrivate(path: string): void {
  try {
    closeSync(openSync(path, 'wx', 0o600));
  } catch {
    // exists already (tightened after the open) or cannot be created (SQLite says why)
  }
}

/** Owner-only modes on the database, -wal and -shm (also tightens files an older custos created 0644). */
function restrictModes(path: string): void {
  for (const suffix of FILE_SUFFIXES) {
    const file = `${path}${suffix}`;
    let mode: number;
    try {
      mode = statSync(file).mode;
    } catch {
      continue; // not there (yet): created later with the database file's mode
    }
    if ((mode & 0o077) === 0) continue;
    try {
      chmodSync(file, mode & 0o700);
    } catch (e) {
      throw new CustosError(
        'E_STORE',
        `cannot restrict the permissions of the SQLite file ${file} to its owner (${(e as { code?: string }).code ?? 'error'})`,
        { backend: 'sqlite' },
        { cause: e },
      );
    }
  }
}

class SqliteExecutor implements SqlExecutor {
  /** Prepared statements by SQL text (repositories use a small fixed set). */
  private readonly statements = new Map<string, Database.Statement>();

  constructor(protected readonly db: Database.Database) {}

  private prepare(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      if (this.statements.size < 500) this.statements.set(sql, st);
    }
    return st;
  }

  async all<T>(sql: string, params?: Params): Promise<T[]> {
    try {
      return this.prepare(sql).all(...bind(params)) as T[];
    } catch (e) {
      throw storeError(e);
    }
  }

  async get<T>(sql: string, params?: Params): Promise<T | undefined> {
    try {
      return this.prepare(sql).get(...bind(params)) as T | undefined;
    } catch (e) {
      throw storeError(e);
    }
  }

  async run(sql: string, params?: Params): Promise<{ changes: number }> {
    try {
      const r = this.prepare(sql).run(...bind(params));
      return { changes: r.changes };
    } catch (e) {
      throw storeError(e);
    }
  }
}

/** A transaction waiting for its turn. */
interface TxJob {
  tx: true;
  fn: (x: SqlExecutor) => Promise<unknown>;
  awaitCommit: boolean;
  committed: ((durable: Promise<void>) => void) | undefined;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}
/** A statement outside any transaction (or close): runs only when no batch is open. */
interface OpJob {
  tx: false;
  fn: () => unknown;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

/** At most this many transactions share one commit (bounds how long the write lock is held). */
export const MAX_BATCH = 128;

/**
 * Group commit: transactions run one at a time, in arrival order, each in a
 * savepoint of one open write transaction; while more transactions are
 * queued (after one turn of the event loop, so requests that arrived
 * together join) they join the batch, then one COMMIT (one fsync) makes them
 * all durable and only then are their callers answered. A transaction that
 * throws is rolled back to its savepoint and changes nothing; the others
 * commit. Statements outside a transaction wait until no batch is open, so
 * they never see uncommitted writes. docs/decisions/0015-group-commit.md.
 */
export class SqliteDriver implements SqlDriver {
  readonly dialect = 'sqlite' as const;
  readonly location: string;
  private readonly db: Database.Database;
  private readonly exec_: SqliteExecutor;
  private readonly queue: (TxJob | OpJob)[] = [];
  private draining = false;
  /** Counters (tests and benchmarks): transactions run and COMMITs (fsyncs) made. */
  readonly stats = { transactions: 0, commits: 0 };
  private readonly control: { savepoint: Database.Statement; release: Database.Statement; rollbackTo: Database.Statement };

  constructor(path: string, opts: { readonly?: boolean } = {}) {
    this.location = `sqlite:${path}`;
    const file = !opts.readonly && path !== '' && path !== ':memory:' && !path.startsWith('file:');
    if (file) createPrivate(path);
    let db: Database.Database | undefined;
    try {
      db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
      db.pragma('busy_timeout = 5000');
      if (!opts.readonly) {
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = FULL');
      }
      db.pragma('foreign_keys = ON');
      // Freed pages are zeroed, so a crypto-shredded data key does not linger in the file.
      db.pragma('secure_delete = ON');
      // Before anything is written: the files hold sealed secrets, MACs and the audit trail.
      if (file) restrictModes(path);
      this.control = {
        savepoint: db.prepare('SAVEPOINT custos_tx'),
        release: db.prepare('RELEASE custos_tx'),
        rollbackTo: db.prepare('ROLLBACK TO custos_tx'),
      };
    } catch (e) {
      db?.close();
      throw storeError(e);
    }
    this.db = db;
    this.exec_ = new SqliteExecutor(this.db);
  }

  private op<T>(fn: () => T | Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => this.enqueue({ tx: false, fn, resolve: resolve as (v: unknown) => void, reject }));
  }

  private enqueue(job: TxJob | OpJob): void {
    this.queue.push(job);
    if (!this.draining) void this.drain();
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      while (this.queue.length > 0) {
        const job = this.queue.shift()!;
        if (job.tx) {
          await this.batch(job);
          continue;
        }
        try {
          job.resolve(await job.fn());
        } catch (e) {
          job.reject(e);
        }
      }
    } finally {
      this.draining = false;
    }
  }

  /** Run `first` and every transaction queued behind it in one write transaction, then commit once. */
  private async batch(first: TxJob): Promise<void> {
    let commitDone!: () => void;
    let commitFailed!: (e: unknown) => void;
    const committed = new Promise<void>((ok, fail) => ((commitDone = ok), (commitFailed = fail)));
    committed.catch(() => undefined);
    try {
      this.db.exec('BEGIN IMMEDIATE');
    } catch (e) {
      first.reject(storeError(e));
      commitDone();
      return;
    }
    /** Answered after the commit: [job, ok, value or error]. */
    const waiting: [TxJob, boolean, unknown][] = [];
    const fail = (e: unknown): void => {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      const err = storeError(e);
      for (const [job, ok, value] of waiting) job.reject(ok ? err : value);
      commitFailed(err);
    };
    let job: TxJob | undefined = first;
    let n = 0;
    while (job) {
      n++;
      this.stats.transactions++;
      let value: unknown;
      let failed = false;
      try {
        this.control.savepoint.run();
      } catch (e) {
        job.reject(storeError(e));
        return fail(e);
      }
      try {
        value = await job.fn(this.exec_);
      } catch (e) {
        failed = true;
        value = e;
      }
      if (!this.db.inTransaction) {
        // SQLite rolled the whole transaction back (e.g. disk full): every write of the batch is gone.
        job.reject(failed ? value : storeError(new Error('transaction rolled back')));
        return fail(failed ? value : new Error('transaction rolled back'));
      }
      try {
        if (failed) this.control.rollbackTo.run();
        this.control.release.run();
      } catch (e) {
        job.reject(storeError(e));
        return fail(e);
      }
      if (!failed && !job.awaitCommit) {
        job.committed?.(committed);
        job.resolve(value);
      } else waiting.push([job, !failed, value]);
      if (n >= MAX_BATCH) break;
      if (this.queue.length === 0) await new Promise<void>((r) => setImmediate(r));
      job = this.queue[0]?.tx ? (this.queue.shift() as TxJob) : undefined;
    }
    try {
      this.db.exec('COMMIT');
      this.stats.commits++;
    } catch (e) {
      return fail(e);
    }
    for (const [j, ok, value] of waiting) (ok ? j.resolve : j.reject)(value);
    commitDone();
  }

  all<T>(sql: string, params?: Params): Promise<T[]> {
    return this.op(() => this.exec_.all<T>(sql, params));
  }

  get<T>(sql: string, params?: Params): Promise<T | undefined> {
    return this.op(() => this.exec_.get<T>(sql, params));
  }

  run(sql: string, params?: Params): Promise<{ changes: number }> {
    return this.op(() => this.exec_.run(sql, params));
  }

  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>, opts: TransactionOptions = {}): Promise<T> {
    return new Promise<T>((resolve, reject) =>
      this.enqueue({
        tx: true,
        fn: fn as (x: SqlExecutor) => Promise<unknown>,
        awaitCommit: opts.awaitCommit !== false,
        committed: opts.committed,
        resolve: resolve as (v: unknown) => void,
        reject,
      }),
    );
  }

  exec(sql: string): Promise<void> {
    return this.op(() => {
      try {
        this.db.exec(sql);
      } catch (e) {
        throw storeError(e);
      }
    });
  }

  /** Copy the WAL back into the (secure_delete) database and truncate it, so old page images are gone too. */
  scrub(): Promise<void> {
    return this.op(() => {
      try {
        this.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch (e) {
        throw storeError(e);
      }
    });
  }

  async close(): Promise<void> {
    await this.op(() => this.db.close());
  }
}
