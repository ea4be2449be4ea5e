/**
 * Embedded SQLite driver (better-sqlite3): WAL journal, synchronous=FULL so a
 * commit that returned survives power loss, foreign keys on, and a busy
 * timeout so a CLI command and a running server can share one file.
 *
 * better-sqlite3 is synchronous; every call goes through one in-process mutex
 * so a statement outside a transaction never observes another caller's
 * uncommitted writes, and `BEGIN IMMEDIATE` takes the write lock up front so
 * two processes never deadlock upgrading a read lock.
 */
import { chmodSync, closeSync, openSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { CustosError } from '../errors.js';
import type { SqlDriver, SqlExecutor, SqlValue } from './driver.js';
import { Mutex } from './mutex.js';

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
      throw new CustosError('E_STORE', `cannot restrict the permissions of the SQLite file ${file} to its owner (${(e as { code?: string }).code ?? 'error'})`, { backend: 'sqlite' }, { cause: e });
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

export class SqliteDriver implements SqlDriver {
  readonly dialect = 'sqlite' as const;
  readonly location: string;
  private readonly db: Database.Database;
  private readonly exec_: SqliteExecutor;
  private readonly mutex = new Mutex();

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
    } catch (e) {
      db?.close();
      throw storeError(e);
    }
    this.db = db;
    this.exec_ = new SqliteExecutor(this.db);
  }

  all<T>(sql: string, params?: Params): Promise<T[]> {
    return this.mutex.run(() => this.exec_.all<T>(sql, params));
  }

  get<T>(sql: string, params?: Params): Promise<T | undefined> {
    return this.mutex.run(() => this.exec_.get<T>(sql, params));
  }

  run(sql: string, params?: Params): Promise<{ changes: number }> {
    return this.mutex.run(() => this.exec_.run(sql, params));
  }

  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.mutex.run(async () => {
      try {
        this.db.exec('BEGIN IMMEDIATE');
      } catch (e) {
        throw storeError(e);
      }
      try {
        const result = await fn(this.exec_);
        this.db.exec('COMMIT');
        return result;
      } catch (e) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw e;
      }
    });
  }

  exec(sql: string): Promise<void> {
    return this.mutex.run(() => {
      try {
        this.db.exec(sql);
      } catch (e) {
        throw storeError(e);
      }
    });
  }

  /** Copy the WAL back into the (secure_delete) database and truncate it, so old page images are gone too. */
  scrub(): Promise<void> {
    return this.mutex.run(() => {
      try {
        this.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch (e) {
        throw storeError(e);
      }
    });
  }

  async close(): Promise<void> {
    await this.mutex.run(() => this.db.close());
  }
}
