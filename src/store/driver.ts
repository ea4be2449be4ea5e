/**
 * The backend seam. A SqlDriver runs portable SQL (written with `?`
 * placeholders) against one database engine. Repositories and migrations are
 * written once against this interface; SQLite (embedded default) and
 * PostgreSQL (scale-out) each provide a driver. Nothing here knows of HTTP or
 * of key material: what reaches the store is already sealed by the barrier.
 */

export type SqlValue = string | number | bigint | Uint8Array | null;
export type Row = Record<string, unknown>;

/**
 * What a fine lock protects (decision 0028), in the order a transaction must
 * take them: a principal's counters (velocity, quotas, idempotency keys, risk),
 * a key's (velocity, risk, freeze), an eth2 validator's slashing record, and
 * the head of the audit chain, always last.
 */
export type LockScope = 'principal' | 'key' | 'validator' | 'audit';

/** Runs statements; inside a transaction it is the transaction's handle. */
export interface SqlExecutor {
  all<T = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T = Row>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  run(sql: string, params?: readonly SqlValue[]): Promise<{ changes: number }>;
  /**
   * Inside a fine transaction (PostgreSQL): hold the locks of `names` in
   * `scope` until the transaction ends, then run `then` (a statement without
   * parameters, whose snapshot is taken after the locks are held) in the same
   * round trip and return its rows. Locks are taken in increasing (scope,
   * lock key) order or not at all (E_INTERNAL), so no two transactions
   * deadlock. Elsewhere (SQLite, an exclusive transaction: nothing else
   * writes meanwhile) only `then` runs. Absent: no locks to take.
   */
  lock?<T = Row>(scope: LockScope, names: readonly string[], then?: string): Promise<T[]>;
  /**
   * `lock` without waiting for the server (PostgreSQL, decision 0033): the
   * statements issued next go out behind the locks, in their round trip, and
   * the server runs them only once the locks are held (each statement's
   * snapshot is taken then). A lock that fails fails the transaction with its
   * error. Out of order: refused at the call (E_INTERNAL). Absent: `lock`.
   */
  postLock?(scope: LockScope, names: readonly string[]): void;
  /**
   * Inside a PostgreSQL transaction: send a write whose answer the caller
   * does not need and go on; the next statement (or the COMMIT) goes out
   * behind it in the same round trip. If it fails, the transaction fails with
   * its error (every later statement and the commit). Absent: use `run`.
   */
  post?(sql: string, params?: readonly SqlValue[]): void;
}

/** A write whose row count nobody reads: posted where the executor pipelines (`SqlExecutor.post`), else run. */
export async function write(x: SqlExecutor, sql: string, params?: readonly SqlValue[]): Promise<void> {
  if (x.post) x.post(sql, params);
  else await x.run(sql, params);
}

export type Dialect = 'sqlite' | 'postgres';

/** How a transaction's promise settles. */
export interface TransactionOptions {
  /**
   * false: resolve once the transaction's writes are applied and visible to
   * later transactions of this process, before they are durable (SQLite group
   * commit: they become durable with the batch that holds them, and batches
   * commit in order). Only for writes whose loss in a crash loses nothing
   * acknowledged: the caller must await the promise given to `committed`
   * before it answers anyone (the server does, for the replay nonce).
   * Default true: resolve only once durably committed.
   */
  awaitCommit?: boolean;
  /**
   * With awaitCommit: false, called before the transaction resolves with a
   * promise of its durable commit (rejected if the batch was lost). A driver
   * that commits before resolving does not call it.
   */
  committed?: (durable: Promise<void>) => void;
  /**
   * true: a fine transaction (decision 0028). On PostgreSQL it holds the
   * cluster's writer lock shared instead of exclusive, so it runs beside other
   * fine transactions of any instance, and takes through `SqlExecutor.lock`
   * the principal, key, validator and audit-head locks its checks rely on;
   * every other transaction still excludes all of them. The store appends its
   * audit events last (`Repo.atEnd`), so the audit head is held only for the
   * append and the commit. SQLite serializes every writer either way.
   */
  fine?: boolean;
}

export interface SqlDriver extends SqlExecutor {
  readonly dialect: Dialect;
  /** A human-readable location without credentials (for status output and errors). */
  readonly location: string;
  /**
   * Run `fn` in one serializable read-write transaction: committed durably when
   * it resolves, rolled back when it throws. Concurrent calls are serialized
   * (SQLite) or isolated (PostgreSQL); callers must not hold other locks.
   */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>, opts?: TransactionOptions): Promise<T>;
  /**
   * PostgreSQL: run statements one at a time in autocommit, outside every
   * lock, for writes that are atomic on their own (a conflict-checked insert,
   * a delete by bound) and that no other check reads back in the same
   * transaction: the replay nonce. Absent on SQLite (its transactions are
   * used, with group commit).
   */
  readonly autocommit?: SqlExecutor;
  /** Run a multi-statement DDL script (migrations). */
  exec(sql: string): Promise<void>;
  /** Make deleted data unrecoverable from the files where the engine allows it (after a crypto-shred). */
  scrub(): Promise<void>;
  close(): Promise<void>;
}

/** Column types that differ between engines; migrations interpolate these. */
export interface DialectTypes {
  blob: string;
  bigint: string;
  /** SQL for the unix seconds of an ISO-8601 text column (migrations that derive data from timestamps). */
  epochSeconds: (column: string) => string;
}

export const DIALECT_TYPES: Record<Dialect, DialectTypes> = {
  sqlite: { blob: 'BLOB', bigint: 'INTEGER', epochSeconds: (c) => `CAST(strftime('%s', ${c}) AS INTEGER)` },
  postgres: { blob: 'BYTEA', bigint: 'BIGINT', epochSeconds: (c) => `CAST(EXTRACT(EPOCH FROM CAST(${c} AS TIMESTAMPTZ)) AS BIGINT)` },
};
