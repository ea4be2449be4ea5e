/**
 * PostgreSQL driver (node-postgres pool) for running several custos instances
 * against one database.
 *
 * Atomicity matches the SQLite driver (decision 0028, which supersedes 0009):
 * SQLite serializes every writer with `BEGIN IMMEDIATE`; here every write
 * transaction first takes one transaction-scoped advisory lock
 * (WRITER_LOCK_KEY), exclusively, so writers of every custos instance sharing
 * the database run one at a time and a read-modify-write in a transaction
 * never loses an update. A fine transaction (`TransactionOptions.fine`: a
 * signing request) holds it shared instead, beside other fine transactions,
 * and takes the principal, key, validator and audit-head locks its checks
 * rely on through `SqlExecutor.lock`, in one order (refused out of order, so
 * no deadlock); one process runs up to `custos_writers` fine transactions at
 * once, each on its own pipelined connection (decision 0032). Transactions
 * run at READ COMMITTED on purpose: each statement after a lock sees everything committed before the lock was granted
 * (REPEATABLE READ / SERIALIZABLE would pin the snapshot taken by the first
 * statement, i.e. stale data or serialization failures). Within one process
 * exclusive writers also queue on a mutex, so they hold at most one pooled
 * connection, and fine writers are bounded below the pool size, so reads
 * always find a connection. Statements are prepared once per connection.
 * Statements outside a transaction: reads go straight to the pool (like SQLite's WAL readers); a write (`run`) is
 * wrapped in its own exclusive transaction so it cannot slip between another
 * writer's read and write; `autocommit` runs writes atomic on their own (the
 * replay nonce) outside every lock.
 *
 * Errors become CustosError('E_STORE') with `details.backend = 'postgres'` and
 * `details.pgCode` (the SQLSTATE, or the socket error code / 'timeout' /
 * 'connection lost'); an unreachable, restarting or overloaded server adds
 * `retryAfterSeconds`. Messages never contain parameters or credentials.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import { CustosError } from '../errors.js';
import type { LockScope, SqlDriver, SqlExecutor, SqlValue, TransactionOptions } from './driver.js';
import { Mutex, Semaphore } from './mutex.js';

type Params = readonly SqlValue[];

/**
 * The advisory lock every write transaction takes: the first 8 bytes of SHA-256("custos-writer") as a signed 64-bit integer.
 * Exclusive by default; shared by fine transactions (decision 0028), which then take the locks of `fineLockKey`.
 */
export const WRITER_LOCK_KEY: bigint = createHash('sha256').update('custos-writer').digest().readBigInt64BE(0);

/** The rank of each lock scope: a transaction takes locks in increasing (rank, key) order (driver.ts `LockScope`). */
const SCOPE_RANK: Record<LockScope, number> = { principal: 1, key: 2, validator: 3, audit: 4 };

/**
 * The advisory-lock key of one fine lock: the first 8 bytes of SHA-256("custos-lock:" + scope + ":" + name), signed;
 * a validator's is the key store/slashing-record.ts has always used ("custos-eth2-validator:" + public key).
 */
export function fineLockKey(scope: LockScope, name: string): bigint {
  const input = scope === 'validator' ? `custos-eth2-validator:${name}` : `custos-lock:${scope}:${name}`;
  return createHash('sha256').update(input).digest().readBigInt64BE(0);
}

const cmpLock = (a: { rank: number; key: bigint }, b: { rank: number; key: bigint }): number => a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Counters (tests and benchmarks, never logged): what the driver sent to the server. */
export interface PgStats {
  /** Read-write transactions begun. */
  transactions: number;
  /** Statements of callers (inside and outside transactions). */
  statements: number;
  /** Waits for the server: statements, BEGIN, lock and COMMIT/ROLLBACK messages, less those sent behind others still in flight (pipelined). */
  roundTrips: number;
  /**
   * When set (benchmarks), told of every caller's statement, in a transaction or not, and of a transaction's BEGIN,
   * fine locks and COMMIT; `roundTrip`: false when it went out behind others still in flight (no wait of its own).
   */
  trace?: ((sql: string, inTransaction: boolean, roundTrip: boolean) => void) | undefined;
}

export interface PgDriverOptions {
  /** Pooled connections (default 10). */
  max?: number;
  /** Connecting, and waiting for a free pooled connection, in ms (default 3000). */
  connectionTimeoutMillis?: number;
  /** Server-side statement_timeout in ms (default 10000); the advisory-lock wait counts against it. */
  statementTimeoutMillis?: number;
  /** Client-side query timeout in ms (default statement timeout + 5000), for a server that stops answering. */
  queryTimeoutMillis?: number;
  /** A session idle inside a transaction this long is ended by the server, freeing the writer lock (default 60000). */
  idleInTransactionTimeoutMillis?: number;
  /**
   * Fine transactions (signing requests, decision 0028) this process runs at
   * once, each on its own pooled connection (decision 0032; default 4, at
   * most `max` - 2 so reads always find a connection). Exclusive
   * transactions still run one at a time per process.
   */
  writers?: number;
}

// ---- values -------------------------------------------------------------------

const INT8_OID = 20;
const BYTEA_OID = 17;

/** BIGINT as a JS number when it fits exactly, else a bigint (never a lossy number). */
function parseInt8(s: string): number | bigint {
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : BigInt(s);
}

/** BYTEA as a plain Uint8Array (a copy, not a view into Buffer's shared pool). */
function parseBytea(s: string): Uint8Array {
  const buf = s.startsWith('\\x') ? Buffer.from(s.slice(2), 'hex') : (pg.types.getTypeParser(BYTEA_OID, 'text')(s) as Buffer);
  return new Uint8Array(buf);
}

/** Type parsers for this driver's pools only: the process-wide pg.types stay untouched. */
const TYPES: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (format !== 'binary') {
      if (oid === INT8_OID) return parseInt8;
      if (oid === BYTEA_OID) return parseBytea;
    }
    return pg.types.getTypeParser(oid, format as 'text');
  }) as pg.CustomTypesConfig['getTypeParser'],
};

function bind(params: Params | undefined): unknown[] {
  return (params ?? []).map((p) => {
    if (p instanceof Uint8Array) return Buffer.isBuffer(p) ? p : Buffer.from(p.buffer, p.byteOffset, p.byteLength);
    if (typeof p === 'bigint') return p.toString();
    return p ?? null;
  });
}

const converted = new Map<string, { text: string; count: number }>();

/**
 * Rewrite portable `?` placeholders as `$1..$n`. A `?` inside a single-quoted
 * string literal, a double-quoted identifier or a comment is left alone.
 * (Standard SQL quoting only: no E'' backslash escapes or $$ strings.)
 */
export function toPgPlaceholders(sql: string): { text: string; count: number } {
  const hit = converted.get(sql);
  if (hit) return hit;
  let out = '';
  let count = 0;
  let i = 0;
  while (i < sql.length) {
    const c = sql[i]!;
    let end = i + 1;
    if (c === "'" || c === '"') {
      // Through the closing quote; a doubled quote is an escaped one.
      for (end = i + 1; end < sql.length; end++) {
        if (sql[end] === c) {
          if (sql[end + 1] === c) end++;
          else break;
        }
      }
      end = Math.min(end + 1, sql.length);
    } else if (c === '-' && sql[i + 1] === '-') {
      const nl = sql.indexOf('\n', i);
      end = nl === -1 ? sql.length : nl;
    } else if (c === '/' && sql[i + 1] === '*') {
      const close = sql.indexOf('*/', i + 2);
      end = close === -1 ? sql.length : close + 2;
    } else if (c === '?') {
      out += `$${++count}`;
      i++;
      continue;
    }
    out += sql.slice(i, end);
    i = end;
  }
  const result = { text: out, count };
  if (converted.size < 1000) converted.set(sql, result);
  return result;
}

// ---- URLs -------------------------------------------------------------------------

/** A connection URL without user, password or secret query parameters (for status output and errors). */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    for (const k of ['user', 'password', 'sslpassword', 'sslkey']) u.searchParams.delete(k);
    return u.toString();
  } catch {
    return url.replace(/\/\/[^/@]*@/, '//').replace(/([?&](?:user|password|sslpassword|sslkey)=)[^&]*/gi, '$1***');
  }
}

/** Fine transactions one process runs at once unless told otherwise (decision 0032: measured in BENCHMARKS.md). */
export const DEFAULT_WRITERS = 4;

/**
 * The store URL's own `custos_writers=N` query parameter (1-64: how many
 * signing transactions this process runs at once), taken out of the URL
 * before node-postgres sees it.
 */
export function writersFromUrl(location: string): { url: string; writers?: number } {
  let u: URL;
  try {
    u = new URL(location);
  } catch {
    return { url: location };
  }
  const raw = u.searchParams.get('custos_writers');
  if (raw === null) return { url: location };
  const n = Number(raw);
  if (!/^[0-9]{1,2}$/.test(raw) || n < 1 || n > 64) {
    throw new CustosError('E_CONFIG', 'custos_writers in the store URL must be a whole number from 1 to 64', { parameter: 'custos_writers' });
  }
  u.searchParams.delete('custos_writers');
  return { url: u.toString(), writers: n };
}

// ---- errors -------------------------------------------------------------------

const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'ENETUNREACH',
  'ENETDOWN',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

interface PgErrorLike {
  code?: unknown;
  severity?: unknown;
  constraint?: unknown;
  message?: unknown;
  errors?: unknown;
}

/** An error the server reported for a statement (has a SQLSTATE and a severity). */
function sqlState(e: unknown): string | undefined {
  const x = e as PgErrorLike;
  return typeof x?.code === 'string' && typeof x.severity === 'string' && /^[0-9A-Z]{5}$/.test(x.code) ? x.code : undefined;
}

/** True when the connection that raised `e` must not go back to the pool. */
function connectionBroken(e: unknown): boolean {
  if (e instanceof CustosError) return false; // raised by this driver before anything was sent
  const state = sqlState(e);
  if (!state) return true; // socket errors, client-side timeouts, protocol trouble
  const severity = (e as PgErrorLike).severity;
  return severity === 'FATAL' || severity === 'PANIC' || state.startsWith('08') || state.startsWith('57P') || stalePlan(e);
}

/**
 * "cached plan must not change result type" (0A000): a migration by another
 * instance changed a table under a statement this connection prepared. A new
 * connection prepares it again; the statement is retryable.
 */
function stalePlan(e: unknown): boolean {
  return sqlState(e) === '0A000' && /cached plan must not change result type/i.test(String((e as PgErrorLike).message ?? ''));
}

function storeError(e: unknown): CustosError {
  if (e instanceof CustosError) return e;
  const x = (e ?? {}) as PgErrorLike;
  const state = sqlState(e);
  if (state) {
    const unavailable =
      (state.startsWith('08') && state !== '08P01') || state.startsWith('53') || state.startsWith('57P') || state === '57014' || state === '25P03';
    if (unavailable) {
      return new CustosError('E_STORE', `storage unavailable (${state})`, { backend: 'postgres', retryAfterSeconds: 1, pgCode: state }, { cause: e });
    }
    if (state === '40001' || state === '40P01' || state === '55P03' || stalePlan(e)) {
      return new CustosError('E_STORE', `storage conflict (${state})`, { backend: 'postgres', retryAfterSeconds: 1, pgCode: state }, { cause: e });
    }
    // Class 28: the server refused the role or its password (28P01), or has no such role / no pg_hba entry (28000).
    if (state.startsWith('28')) {
      return new CustosError(
        'E_STORE_AUTH',
        `storage authentication failed (${state}): check the user and password of the store URL (--store / CUSTOS_STORE)`,
        { backend: 'postgres', pgCode: state },
        { cause: e },
      );
    }
    const details: Record<string, unknown> = { backend: 'postgres', pgCode: state };
    if (typeof x.constraint === 'string') details.constraint = x.constraint;
    return new CustosError('E_STORE', `storage error (${state})`, details, { cause: e });
  }
  const inner = Array.isArray(x.errors) ? (x.errors[0] as PgErrorLike | undefined) : undefined;
  const sys = typeof x.code === 'string' ? x.code : typeof inner?.code === 'string' ? inner.code : undefined;
  const message = typeof x.message === 'string' ? x.message : '';
  let code: string | undefined;
  if (sys && SOCKET_CODES.has(sys)) code = sys;
  else if (/timeout|timed out/i.test(message)) code = 'timeout';
  else if (/terminat|not queryable|connection (?:ended|closed|error)|ended unexpectedly/i.test(message)) code = 'connection lost';
  if (code) return new CustosError('E_STORE', `storage unavailable (${code})`, { backend: 'postgres', retryAfterSeconds: 1, pgCode: code }, { cause: e });
  return new CustosError('E_STORE', `storage error (${sys ?? 'client'})`, { backend: 'postgres', pgCode: sys ?? 'client' }, { cause: e });
}

const closedError = () => new CustosError('E_STORE', 'storage error (the store is closed)', { backend: 'postgres', pgCode: 'closed' });

// ---- executors ------------------------------------------------------------------

/** A pooled connection checked out for one use; `release` returns it (or destroys it after a connection-level error). */
interface Lease {
  client: pg.PoolClient;
  release(err?: unknown): void;
}

/** `newTrip`: false when the statement goes out behind others still in flight (pipelined: no round trip of its own). */
async function query(client: pg.PoolClient, sql: string, params: Params | undefined, stats: PgStats, inTx: boolean, newTrip = true): Promise<pg.QueryResult> {
  const { text, count } = toPgPlaceholders(sql);
  const values = bind(params);
  if (values.length !== count) {
    throw new CustosError('E_STORE', `storage error (statement has ${count} placeholders, ${values.length} parameters given)`, {
      backend: 'postgres',
      pgCode: 'params',
    });
  }
  stats.statements++;
  if (newTrip) stats.roundTrips++;
  stats.trace?.(sql, inTx, newTrip);
  const name = statementName(text);
  return client.query(name ? { name, text, values } : { text, values });
}

const statementNames = new Map<string, string>();
const PREPARABLE = /^\s*(?:SELECT|INSERT|UPDATE|DELETE|WITH)\b/i;

/**
 * The name a statement is prepared under on every connection that runs it
 * (parsed and planned once per connection, not on every execution: most of
 * PostgreSQL's CPU for custos's short statements), for the first 2,000
 * distinct single statements; later ones (there are fewer in practice) and
 * multi-statement scripts go unnamed.
 * A 128-bit hash of the text, so two texts never share a name.
 */
function statementName(text: string): string | undefined {
  // Scripts (several statements: migrations, `exec`) cannot be prepared; they go as simple queries, as before.
  if (!PREPARABLE.test(text) || text.includes(';')) return undefined;
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < 2000) {
    name = `c${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
    statementNames.set(text, name);
  }
  return name;
}

/**
 * End a transaction that will not commit. After a connection-level error the
 * connection is destroyed instead (the server rolls back when it goes); a
 * ROLLBACK queued behind a statement that stopped answering would wait too.
 */
async function abort(lease: Lease, cause: unknown, stats: PgStats): Promise<void> {
  if (cause !== undefined && connectionBroken(cause)) {
    lease.release(cause);
    return;
  }
  try {
    stats.roundTrips++;
    await lease.client.query('ROLLBACK');
    lease.release();
  } catch (e) {
    lease.release(e);
  }
}

/**
 * The executor of one transaction, bound to its connection. The connection is
 * pipelined (node-postgres `pipeline`): a statement is sent the moment it is
 * issued, behind those still in flight, and the server runs them in order,
 * so statements issued together (Promise.all, or `post`ed writes followed by
 * the next statement) share one round trip. A statement that fails aborts the
 * transaction on the server; every later one then fails too, and the first
 * failure is the one reported.
 */
class PgTxExecutor implements SqlExecutor {
  finished = false;
  /** The last fine lock taken (rank, key): the next one must come after it. */
  private highest: { rank: number; key: bigint } | undefined;
  private readonly held = new Set<string>();
  /** The first error a statement raised: PostgreSQL aborts the transaction there, so it can no longer commit. */
  failed: CustosError | undefined;
  /** The first failure of a `post`ed write (nobody awaited it). */
  private postFailed: CustosError | undefined;
  /** Statements sent and not yet answered (each settles; none rejects unhandled). */
  private readonly inflight = new Set<Promise<unknown>>();

  constructor(
    private readonly client: pg.PoolClient,
    private readonly stats: PgStats,
    private readonly fine: boolean,
  ) {}

  /** Send now, in order; record the first failure. */
  private send<T>(sent: () => Promise<T>): Promise<T> {
    if (this.finished) return Promise.reject(new CustosError('E_INTERNAL', 'a statement was run on a finished transaction'));
    let p: Promise<T>;
    try {
      p = sent();
    } catch (e) {
      p = Promise.reject(e);
    }
    // Out of `inflight` the moment its answer is in, before anyone awaiting it runs on.
    const tracked = p.then(
      (v) => {
        this.inflight.delete(settled);
        return v;
      },
      (e: unknown) => {
        this.inflight.delete(settled);
        const err = e instanceof CustosError ? e : storeError(e);
        this.failed ??= err;
        throw err;
      },
    );
    const settled: Promise<unknown> = tracked.then(
      () => undefined,
      () => undefined,
    );
    this.inflight.add(settled);
    return tracked;
  }

  /** Fine locks in order, then `then`, in one round trip (a simple query: the lock keys are integers this driver computed). */
  lock<T>(scope: LockScope, names: readonly string[], then?: string): Promise<T[]> {
    return this.take<T>(scope, names, then);
  }

  /** The locks, sent and not waited for (driver.ts `postLock`; decision 0033): what the caller sends next runs once they are held. */
  postLock(scope: LockScope, names: readonly string[]): void {
    if (this.finished) throw new CustosError('E_INTERNAL', 'a statement was run on a finished transaction');
    // An out-of-order request is refused here, at the call; a lock that fails (its wait timed out) fails the transaction with its error.
    this.take(scope, names, undefined, true).catch((e: unknown) => {
      this.postFailed ??= e as CustosError;
    });
  }

  private take<T>(scope: LockScope, names: readonly string[], then: string | undefined, posted = false): Promise<T[]> {
    const rank = SCOPE_RANK[scope];
    const wanted = this.fine
      ? [...new Set(names.map((n) => fineLockKey(scope, n)))]
          .filter((key) => !this.held.has(`${rank}:${key}`))
          .map((key) => ({ rank, key }))
          .sort(cmpLock)
      : [];
    if (wanted.length && this.highest && cmpLock(wanted[0]!, this.highest) < 0) {
      // Taking it now could deadlock against a transaction that takes the two in order: a bug in the caller.
      const err = new CustosError('E_INTERNAL', `lock order: a ${scope} lock was requested after a lock that ranks above it`);
      this.failed ??= err;
      if (posted) throw err;
      return Promise.reject(err);
    }
    const sql = [...wanted.map((w) => `SELECT pg_advisory_xact_lock(${w.key.toString()})`), ...(then ? [then] : [])];
    if (!sql.length) return Promise.resolve([]);
    // Held from here on for ordering: a later lock is sent behind this one, and if this one fails so does the transaction.
    for (const w of wanted) this.held.add(`${w.rank}:${w.key}`);
    if (wanted.length) this.highest = wanted[wanted.length - 1];
    const newTrip = this.inflight.size === 0;
    return this.send(async () => {
      if (newTrip) this.stats.roundTrips++;
      if (then) this.stats.statements++;
      this.stats.trace?.(`LOCK ${scope} x${wanted.length}${then ? `; ${then}` : ''}`, true, newTrip);
      const res = (await this.client.query(sql.join('; '))) as pg.QueryResult | pg.QueryResult[];
      const last = Array.isArray(res) ? res[res.length - 1]! : res;
      return then ? (last.rows as T[]) : [];
    });
  }

  /** BEGIN, the writer lock and the transaction's id: resolves with the id ('' if it failed, recorded in `failed`). */
  begin(sql: string): Promise<string> {
    this.stats.roundTrips++;
    this.stats.trace?.(sql.slice(0, sql.indexOf(';')), true, true);
    const sent = this.send(async () => {
      const begun = (await this.client.query(sql)) as unknown as pg.QueryResult[];
      return String((begun[2]?.rows[0] as { xid?: unknown } | undefined)?.xid ?? '');
    });
    return sent.catch((e: unknown) => {
      this.postFailed ??= e as CustosError;
      return '';
    });
  }

  private q(sql: string, params?: Params): Promise<pg.QueryResult> {
    const newTrip = this.inflight.size === 0;
    return this.send(() => query(this.client, sql, params, this.stats, true, newTrip));
  }

  /** Statements are in flight (the next one sent joins their round trip). */
  busy(): boolean {
    return this.inflight.size > 0;
  }

  /** No more statements; resolves once every one sent has been answered. */
  async finish(): Promise<void> {
    this.finished = true;
    while (this.inflight.size) await Promise.all([...this.inflight]);
  }

  async all<T>(sql: string, params?: Params): Promise<T[]> {
    return (await this.q(sql, params)).rows as T[];
  }

  async get<T>(sql: string, params?: Params): Promise<T | undefined> {
    return (await this.q(sql, params)).rows[0] as T | undefined;
  }

  async run(sql: string, params?: Params): Promise<{ changes: number }> {
    return { changes: (await this.q(sql, params)).rowCount ?? 0 };
  }

  /** Sent now, not waited for: the next statement or the COMMIT goes out behind it (driver.ts `post`). */
  post(sql: string, params?: Params): void {
    // A write after the end would be lost without a word: refused at once, like `run`.
    if (this.finished) throw new CustosError('E_INTERNAL', 'a statement was run on a finished transaction');
    // Recorded in `failed`; the transaction fails at its end with this error.
    this.q(sql, params).catch((e: unknown) => {
      this.postFailed ??= e as CustosError;
    });
  }

  /** Why the transaction cannot commit: a posted write's own error, or (a failed statement the caller caught) that it was aborted. */
  abortReason(): CustosError {
    const failed = this.failed!;
    if (this.postFailed === failed) return failed;
    return new CustosError('E_STORE', `storage error (transaction aborted by a failed statement: ${String(failed.details?.pgCode)})`, {
      backend: 'postgres',
      pgCode: '25P02',
    });
  }
}

export class PgDriver implements SqlDriver {
  readonly dialect = 'postgres' as const;
  /** The connection URL without credentials. */
  readonly location: string;
  private readonly pool: pg.Pool;
  /** Exclusive writers of this process queue here before taking a connection and the advisory lock. */
  private readonly writer = new Mutex();
  /** Fine writers of this process: up to `writers` at once, each on its own connection (their locks keep them apart). */
  private readonly fineWriters: Semaphore;
  private closing: Promise<void> | undefined;
  /** Bumped when a table changed under a prepared statement: connections first used before it are replaced. */
  private planEpoch = 0;
  private readonly planEpochs = new WeakMap<pg.PoolClient, number>();
  /** Last error of an idle pooled connection (the pool drops that connection; nothing throws). */
  lastIdleError: CustosError | undefined;
  /** What was sent (tests and benchmarks read it; nothing logs it). */
  readonly stats: PgStats = { transactions: 0, statements: 0, roundTrips: 0 };

  constructor(location: string, opts: PgDriverOptions = {}) {
    const { url, writers } = writersFromUrl(location);
    this.location = redactUrl(url);
    const statementTimeout = opts.statementTimeoutMillis ?? 10_000;
    const max = opts.max ?? 10;
    this.fineWriters = new Semaphore(Math.max(1, Math.min(opts.writers ?? writers ?? DEFAULT_WRITERS, max - 2)));
    this.pool = new pg.Pool({
      connectionString: url,
      max,
      idleTimeoutMillis: 30_000,
      connectionTimeoutMillis: opts.connectionTimeoutMillis ?? 3_000,
      statement_timeout: statementTimeout,
      query_timeout: opts.queryTimeoutMillis ?? statementTimeout + 5_000,
      idle_in_transaction_session_timeout: opts.idleInTransactionTimeoutMillis ?? 60_000,
      application_name: 'custos',
      keepAlive: true,
      types: TYPES,
      // Statements are sent without waiting for the previous answer (PgTxExecutor); a transaction issues them in order.
      pipeline: true,
    });
    // An idle connection that dies (server restart, network) is dropped by the pool; without a listener it would crash the process.
    this.pool.on('error', (e) => {
      this.lastIdleError = storeError(e);
    });
  }

  private async checkout(): Promise<Lease> {
    if (this.closing) throw closedError();
    let client: pg.PoolClient;
    for (;;) {
      try {
        client = await this.pool.connect();
      } catch (e) {
        throw this.closing ? closedError() : storeError(e);
      }
      // A connection that prepared its statements before a table changed under one of them is replaced, not reused.
      const epoch = this.planEpochs.get(client);
      if (epoch === undefined) this.planEpochs.set(client, this.planEpoch);
      else if (epoch < this.planEpoch) {
        client.release(true);
        continue;
      }
      break;
    }
    // While checked out the pool does not listen for the connection's errors; an unhandled 'error' would crash the process.
    let broken: unknown;
    const onError = (e: unknown) => {
      broken ??= e;
    };
    client.on('error', onError);
    let released = false;
    return {
      client,
      release: (err?: unknown) => {
        if (released) return;
        released = true;
        client.removeListener('error', onError);
        if (err !== undefined && stalePlan(err)) this.planEpoch++; // every connection prepared before now is replaced
        const bad = broken ?? (err !== undefined && connectionBroken(err) ? err : undefined);
        client.release(bad === undefined ? undefined : bad instanceof Error ? bad : true);
      },
    };
  }

  /** One statement on a pooled connection (reads outside a transaction); once more on a new connection after a stale plan. */
  private async once(sql: string, params?: Params, retried = false): Promise<pg.QueryResult> {
    const lease = await this.checkout();
    try {
      const r = await query(lease.client, sql, params, this.stats, false);
      lease.release();
      return r;
    } catch (e) {
      lease.release(e);
      if (!retried && stalePlan(e)) return this.once(sql, params, true);
      throw storeError(e);
    }
  }

  async all<T>(sql: string, params?: Params): Promise<T[]> {
    return (await this.once(sql, params)).rows as T[];
  }

  async get<T>(sql: string, params?: Params): Promise<T | undefined> {
    return (await this.once(sql, params)).rows[0] as T | undefined;
  }

  /** A write outside a transaction still takes the writer lock (as SQLite's write lock would). */
  run(sql: string, params?: Params): Promise<{ changes: number }> {
    return this.transaction((tx) => tx.run(sql, params));
  }

  /**
   * Autocommit statements on the pool, outside every lock (driver.ts): each is
   * its own transaction, atomic on its own, and waits for no writer.
   */
  readonly autocommit: SqlExecutor = {
    all: async <T>(sql: string, params?: Params) => (await this.once(sql, params)).rows as T[],
    get: async <T>(sql: string, params?: Params) => (await this.once(sql, params)).rows[0] as T | undefined,
    run: async (sql: string, params?: Params) => ({ changes: (await this.once(sql, params)).rowCount ?? 0 }),
  };

  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>, opts?: TransactionOptions): Promise<T> {
    const fine = opts?.fine === true;
    return (fine ? this.fineWriters : this.writer).run(async () => {
      const lease = await this.checkout();
      const { client } = lease;
      this.stats.transactions++;
      const tx = new PgTxExecutor(client, this.stats, fine);
      // One round trip: BEGIN, the cluster's writer lock (shared for a fine transaction, which takes its own locks as it
      // goes) and the transaction's id (to learn its outcome if the connection is lost during COMMIT). Awaited: whatever
      // the transaction computes first (the clock it compares with what the previous writer stored: the unseal guard)
      // comes after that writer's commit.
      const xid = await tx.begin(
        `BEGIN; SELECT ${fine ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock'}(${WRITER_LOCK_KEY.toString()}); SELECT txid_current()::text AS xid`,
      );
      const notBegun: CustosError | undefined = tx.failed; // a local: `tx.failed` may be set later, by statements of `fn`
      if (notBegun) {
        await tx.finish();
        await abort(lease, notBegun.cause, this.stats);
        throw notBegun;
      }
      let result: T;
      try {
        result = await fn(tx);
      } catch (e) {
        await tx.finish();
        await abort(lease, tx.failed?.cause, this.stats);
        // A posted write that failed first is the cause; the caller's error may be a later statement's "transaction aborted".
        throw tx.failed && tx.failed !== e && (e as CustosError)?.details?.pgCode === '25P02' ? tx.abortReason() : e;
      }
      if (tx.failed) {
        // The caller caught a failed statement and went on, or a posted write failed; PostgreSQL already aborted the transaction.
        await tx.finish();
        await abort(lease, tx.failed.cause, this.stats);
        throw tx.abortReason();
      }
      // COMMIT goes out behind the writes still in flight (one round trip with the last of them).
      if (!tx.busy()) this.stats.roundTrips++;
      this.stats.trace?.('COMMIT', true, !tx.busy());
      const commit = client.query('COMMIT').then(
        (r) => ({ ok: true as const, r }),
        (e: unknown) => ({ ok: false as const, e }),
      );
      await tx.finish();
      const done = await commit;
      if (!done.ok) {
        lease.release(done.e);
        // A COMMIT the server refused ended the transaction: retryable. A connection lost (or timed out) with the COMMIT
        // sent may have committed: the server runs what reached it. Ask it (decision 0032).
        if (!connectionBroken(done.e)) throw storeError(done.e);
        const outcome = await this.outcome(xid);
        if (outcome === 'committed') return result;
        if (outcome === 'aborted') throw storeError(done.e);
        throw new CustosError(
          'E_STORE',
          'storage error (the connection was lost during COMMIT and the outcome is unknown: check the request before sending it again)',
          { backend: 'postgres', pgCode: 'outcome unknown', outcomeUnknown: true },
          { cause: done.e },
        );
      }
      lease.release();
      const failed: CustosError | undefined = tx.failed;
      if (failed) throw tx.abortReason(); // a statement in flight failed: the server answered the COMMIT with ROLLBACK
      if (done.r.command !== 'COMMIT') {
        // PostgreSQL answers COMMIT of an aborted transaction with ROLLBACK, not an error.
        throw new CustosError('E_STORE', 'storage error (the transaction was rolled back)', { backend: 'postgres', pgCode: '25P02' });
      }
      return result;
    });
  }

  /**
   * What became of transaction `xid` after its connection was lost during COMMIT: asked on another connection,
   * waiting up to 3 s while the server is still running it. Undefined when it cannot be told.
   */
  private async outcome(xid: string): Promise<'committed' | 'aborted' | undefined> {
    if (!/^[0-9]+$/.test(xid)) return undefined;
    for (let i = 0; i < 30; i++) {
      let status: unknown;
      try {
        status = (await this.once('SELECT txid_status(CAST(? AS BIGINT)) AS s', [xid])).rows[0]?.s;
      } catch {
        return undefined;
      }
      if (status === 'committed' || status === 'aborted') return status;
      if (status !== 'in progress') return undefined;
      await new Promise((r) => setTimeout(r, 100));
    }
    return undefined;
  }

  /** Run a DDL script (several statements, no parameters) in one locked transaction. */
  exec(sql: string): Promise<void> {
    return this.transaction(async (tx) => {
      await tx.run(sql);
    });
  }

  /**
   * A no-op: PostgreSQL keeps no file custos could scrub. Deleted and updated
   * rows linger in heap pages until (auto)VACUUM reuses them, and in WAL,
   * archives, replicas and backups; all of that is the database operator's
   * (VACUUM, WAL retention, backup policy). A shredded key stays unusable
   * regardless: its data key was deleted and the rest is ciphertext.
   */
  async scrub(): Promise<void> {}

  async close(): Promise<void> {
    this.closing ??= this.pool.end().catch(() => undefined);
    await this.closing;
  }
}
