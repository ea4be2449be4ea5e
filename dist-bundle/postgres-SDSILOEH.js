import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  CustosError
} from "./chunk-7E33BI2G.js";
import "./chunk-VF57VZD3.js";

// src/store/postgres.ts
import { createHash } from "node:crypto";
import pg from "pg";

// src/store/mutex.ts
var Mutex = class {
  tail = Promise.resolve();
  async run(fn) {
    const prev = this.tail;
    let release;
    this.tail = new Promise((r) => release = r);
    await prev;
    try {
      return await fn();
    } finally {
      release();
    }
  }
};

// src/store/postgres.ts
var WRITER_LOCK_KEY = createHash("sha256").update("custos-writer").digest().readBigInt64BE(0);
var SCOPE_RANK = { principal: 1, key: 2, validator: 3, audit: 4 };
function fineLockKey(scope, name) {
  const input = scope === "validator" ? `custos-eth2-validator:${name}` : `custos-lock:${scope}:${name}`;
  return createHash("sha256").update(input).digest().readBigInt64BE(0);
}
var cmpLock = (a, b) => a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
var INT8_OID = 20;
var BYTEA_OID = 17;
function parseInt8(s) {
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : BigInt(s);
}
function parseBytea(s) {
  const buf = s.startsWith("\\x") ? Buffer.from(s.slice(2), "hex") : pg.types.getTypeParser(BYTEA_OID, "text")(s);
  return new Uint8Array(buf);
}
var TYPES = {
  getTypeParser: ((oid, format) => {
    if (format !== "binary") {
      if (oid === INT8_OID) return parseInt8;
      if (oid === BYTEA_OID) return parseBytea;
    }
    return pg.types.getTypeParser(oid, format);
  })
};
function bind(params) {
  return (params ?? []).map((p) => {
    if (p instanceof Uint8Array) return Buffer.isBuffer(p) ? p : Buffer.from(p.buffer, p.byteOffset, p.byteLength);
    if (typeof p === "bigint") return p.toString();
    return p ?? null;
  });
}
var converted = /* @__PURE__ */ new Map();
function toPgPlaceholders(sql) {
  const hit = converted.get(sql);
  if (hit) return hit;
  let out = "";
  let count = 0;
  let i = 0;
  while (i < sql.length) {
    const c = sql[i];
    let end = i + 1;
    if (c === "'" || c === '"') {
      for (end = i + 1; end < sql.length; end++) {
        if (sql[end] === c) {
          if (sql[end + 1] === c) end++;
          else break;
        }
      }
      end = Math.min(end + 1, sql.length);
    } else if (c === "-" && sql[i + 1] === "-") {
      const nl = sql.indexOf("\n", i);
      end = nl === -1 ? sql.length : nl;
    } else if (c === "/" && sql[i + 1] === "*") {
      const close = sql.indexOf("*/", i + 2);
      end = close === -1 ? sql.length : close + 2;
    } else if (c === "?") {
      out += `$${++count}`;
      i++;
      continue;
    }
    out += sql.slice(i, end);
    i = end;
  }
  const result = { text: out, count };
  if (converted.size < 1e3) converted.set(sql, result);
  return result;
}
function redactUrl(url) {
  try {
    const u = new URL(url);
    u.username = "";
    u.password = "";
    for (const k of ["user", "password", "sslpassword", "sslkey"]) u.searchParams.delete(k);
    return u.toString();
  } catch {
    return url.replace(/\/\/[^/@]*@/, "//").replace(/([?&](?:user|password|sslpassword|sslkey)=)[^&]*/gi, "$1***");
  }
}
var SOCKET_CODES = /* @__PURE__ */ new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETUNREACH",
  "ENETDOWN",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EPIPE"
]);
function sqlState(e) {
  const x = e;
  return typeof x?.code === "string" && typeof x.severity === "string" && /^[0-9A-Z]{5}$/.test(x.code) ? x.code : void 0;
}
function connectionBroken(e) {
  if (e instanceof CustosError) return false;
  const state = sqlState(e);
  if (!state) return true;
  const severity = e.severity;
  return severity === "FATAL" || severity === "PANIC" || state.startsWith("08") || state.startsWith("57P");
}
function storeError(e) {
  if (e instanceof CustosError) return e;
  const x = e ?? {};
  const state = sqlState(e);
  if (state) {
    const unavailable = state.startsWith("08") && state !== "08P01" || state.startsWith("53") || state.startsWith("57P") || state === "57014" || state === "25P03";
    if (unavailable) {
      return new CustosError("E_STORE", `storage unavailable (${state})`, { backend: "postgres", retryAfterSeconds: 1, pgCode: state }, { cause: e });
    }
    if (state === "40001" || state === "40P01" || state === "55P03") {
      return new CustosError("E_STORE", `storage conflict (${state})`, { backend: "postgres", retryAfterSeconds: 1, pgCode: state }, { cause: e });
    }
    if (state.startsWith("28")) {
      return new CustosError(
        "E_STORE_AUTH",
        `storage authentication failed (${state}): check the user and password of the store URL (--store / CUSTOS_STORE)`,
        { backend: "postgres", pgCode: state },
        { cause: e }
      );
    }
    const details = { backend: "postgres", pgCode: state };
    if (typeof x.constraint === "string") details.constraint = x.constraint;
    return new CustosError("E_STORE", `storage error (${state})`, details, { cause: e });
  }
  const inner = Array.isArray(x.errors) ? x.errors[0] : void 0;
  const sys = typeof x.code === "string" ? x.code : typeof inner?.code === "string" ? inner.code : void 0;
  const message = typeof x.message === "string" ? x.message : "";
  let code;
  if (sys && SOCKET_CODES.has(sys)) code = sys;
  else if (/timeout|timed out/i.test(message)) code = "timeout";
  else if (/terminat|not queryable|connection (?:ended|closed|error)|ended unexpectedly/i.test(message)) code = "connection lost";
  if (code) return new CustosError("E_STORE", `storage unavailable (${code})`, { backend: "postgres", retryAfterSeconds: 1, pgCode: code }, { cause: e });
  return new CustosError("E_STORE", `storage error (${sys ?? "client"})`, { backend: "postgres", pgCode: sys ?? "client" }, { cause: e });
}
var closedError = () => new CustosError("E_STORE", "storage error (the store is closed)", { backend: "postgres", pgCode: "closed" });
async function query(client, sql, params, stats, inTx) {
  const { text, count } = toPgPlaceholders(sql);
  const values = bind(params);
  if (values.length !== count) {
    throw new CustosError("E_STORE", `storage error (statement has ${count} placeholders, ${values.length} parameters given)`, {
      backend: "postgres",
      pgCode: "params"
    });
  }
  stats.statements++;
  stats.roundTrips++;
  stats.trace?.(sql, inTx);
  return client.query({ text, values });
}
async function abort(lease, cause, stats) {
  if (cause !== void 0 && connectionBroken(cause)) {
    lease.release(cause);
    return;
  }
  try {
    stats.roundTrips++;
    await lease.client.query("ROLLBACK");
    lease.release();
  } catch (e) {
    lease.release(e);
  }
}
var PgTxExecutor = class {
  constructor(client, stats, fine) {
    this.client = client;
    this.stats = stats;
    this.fine = fine;
  }
  client;
  stats;
  fine;
  finished = false;
  /** The last fine lock taken (rank, key): the next one must come after it. */
  highest;
  held = /* @__PURE__ */ new Set();
  /** The first error a statement raised: PostgreSQL aborts the transaction there, so it can no longer commit. */
  failed;
  queue = new Mutex();
  /** Fine locks in order, then `then`, in one round trip (a simple query: the lock keys are integers this driver computed). */
  lock(scope, names, then) {
    return this.queue.run(async () => {
      if (this.finished) throw new CustosError("E_INTERNAL", "a statement was run on a finished transaction");
      const rank = SCOPE_RANK[scope];
      const wanted = this.fine ? [...new Set(names.map((n) => fineLockKey(scope, n)))].filter((key) => !this.held.has(`${rank}:${key}`)).map((key) => ({ rank, key })).sort(cmpLock) : [];
      if (wanted.length && this.highest && cmpLock(wanted[0], this.highest) < 0) {
        const err = new CustosError("E_INTERNAL", `lock order: a ${scope} lock was requested after a lock that ranks above it`);
        this.failed ??= err;
        throw err;
      }
      const sql = [...wanted.map((w) => `SELECT pg_advisory_xact_lock(${w.key.toString()})`), ...then ? [then] : []];
      if (!sql.length) return [];
      try {
        this.stats.roundTrips++;
        if (then) this.stats.statements++;
        const res = await this.client.query(sql.join("; "));
        for (const w of wanted) this.held.add(`${w.rank}:${w.key}`);
        if (wanted.length) this.highest = wanted[wanted.length - 1];
        const last = Array.isArray(res) ? res[res.length - 1] : res;
        return then ? last.rows : [];
      } catch (e) {
        const err = storeError(e);
        this.failed ??= err;
        throw err;
      }
    });
  }
  q(sql, params) {
    return this.queue.run(async () => {
      if (this.finished) throw new CustosError("E_INTERNAL", "a statement was run on a finished transaction");
      try {
        return await query(this.client, sql, params, this.stats, true);
      } catch (e) {
        const err = storeError(e);
        this.failed ??= err;
        throw err;
      }
    });
  }
  /** Mark the transaction finished once statements already queued have run (a caller may not have awaited one). */
  finish() {
    return this.queue.run(() => {
      this.finished = true;
    });
  }
  async all(sql, params) {
    return (await this.q(sql, params)).rows;
  }
  async get(sql, params) {
    return (await this.q(sql, params)).rows[0];
  }
  async run(sql, params) {
    return { changes: (await this.q(sql, params)).rowCount ?? 0 };
  }
};
var PgDriver = class {
  dialect = "postgres";
  /** The connection URL without credentials. */
  location;
  pool;
  /** Writers of this process queue here before taking a connection and the advisory lock. */
  writer = new Mutex();
  closing;
  /** Last error of an idle pooled connection (the pool drops that connection; nothing throws). */
  lastIdleError;
  /** What was sent (tests and benchmarks read it; nothing logs it). */
  stats = { transactions: 0, statements: 0, roundTrips: 0 };
  constructor(url, opts = {}) {
    this.location = redactUrl(url);
    const statementTimeout = opts.statementTimeoutMillis ?? 1e4;
    this.pool = new pg.Pool({
      connectionString: url,
      max: opts.max ?? 10,
      idleTimeoutMillis: 3e4,
      connectionTimeoutMillis: opts.connectionTimeoutMillis ?? 3e3,
      statement_timeout: statementTimeout,
      query_timeout: opts.queryTimeoutMillis ?? statementTimeout + 5e3,
      idle_in_transaction_session_timeout: opts.idleInTransactionTimeoutMillis ?? 6e4,
      application_name: "custos",
      keepAlive: true,
      types: TYPES
    });
    this.pool.on("error", (e) => {
      this.lastIdleError = storeError(e);
    });
  }
  async checkout() {
    if (this.closing) throw closedError();
    let client;
    try {
      client = await this.pool.connect();
    } catch (e) {
      throw this.closing ? closedError() : storeError(e);
    }
    let broken;
    const onError = (e) => {
      broken ??= e;
    };
    client.on("error", onError);
    let released = false;
    return {
      client,
      release: (err) => {
        if (released) return;
        released = true;
        client.removeListener("error", onError);
        const bad = broken ?? (err !== void 0 && connectionBroken(err) ? err : void 0);
        client.release(bad === void 0 ? void 0 : bad instanceof Error ? bad : true);
      }
    };
  }
  /** One statement on a pooled connection (reads outside a transaction). */
  async once(sql, params) {
    const lease = await this.checkout();
    try {
      const r = await query(lease.client, sql, params, this.stats, false);
      lease.release();
      return r;
    } catch (e) {
      lease.release(e);
      throw storeError(e);
    }
  }
  async all(sql, params) {
    return (await this.once(sql, params)).rows;
  }
  async get(sql, params) {
    return (await this.once(sql, params)).rows[0];
  }
  /** A write outside a transaction still takes the writer lock (as SQLite's write lock would). */
  run(sql, params) {
    return this.transaction((tx) => tx.run(sql, params));
  }
  /**
   * Autocommit statements on the pool, outside every lock (driver.ts): each is
   * its own transaction, atomic on its own, and waits for no writer.
   */
  autocommit = {
    all: async (sql, params) => (await this.once(sql, params)).rows,
    get: async (sql, params) => (await this.once(sql, params)).rows[0],
    run: async (sql, params) => ({ changes: (await this.once(sql, params)).rowCount ?? 0 })
  };
  transaction(fn, opts) {
    const fine = opts?.fine === true;
    return this.writer.run(async () => {
      const lease = await this.checkout();
      const { client } = lease;
      try {
        this.stats.transactions++;
        this.stats.roundTrips++;
        await client.query(`BEGIN; SELECT ${fine ? "pg_advisory_xact_lock_shared" : "pg_advisory_xact_lock"}(${WRITER_LOCK_KEY.toString()})`);
      } catch (e) {
        await abort(lease, e, this.stats);
        throw storeError(e);
      }
      const tx = new PgTxExecutor(client, this.stats, fine);
      let result;
      try {
        result = await fn(tx);
      } catch (e) {
        await tx.finish();
        await abort(lease, tx.failed?.cause, this.stats);
        throw e;
      }
      await tx.finish();
      const failed = tx.failed;
      if (failed) {
        await abort(lease, failed.cause, this.stats);
        throw new CustosError("E_STORE", `storage error (transaction aborted by a failed statement: ${String(failed.details?.pgCode)})`, {
          backend: "postgres",
          pgCode: "25P02"
        });
      }
      let done;
      try {
        this.stats.roundTrips++;
        done = await client.query("COMMIT");
      } catch (e) {
        lease.release(e);
        throw storeError(e);
      }
      lease.release();
      if (done.command !== "COMMIT") {
        throw new CustosError("E_STORE", "storage error (the transaction was rolled back)", { backend: "postgres", pgCode: "25P02" });
      }
      return result;
    });
  }
  /** Run a DDL script (several statements, no parameters) in one locked transaction. */
  exec(sql) {
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
  async scrub() {
  }
  async close() {
    this.closing ??= this.pool.end().catch(() => void 0);
    await this.closing;
  }
};
export {
  PgDriver,
  WRITER_LOCK_KEY,
  fineLockKey,
  redactUrl,
  toPgPlaceholders
};
