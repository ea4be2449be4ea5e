/**
 * Typed access to custos's tables over any SqlExecutor (a driver, or a
 * transaction handle). Written once in portable SQL for every backend.
 */
import { write, type Dialect, type LockScope, type Row, type SqlExecutor } from './driver.js';
import { Eth2Repo } from './slashing-record.js';
import { AccessRepo } from './repo-access.js';
import { RequestRepo } from './repo-requests.js';
import { ThresholdRepo } from './repo-threshold.js';
import { RiskRepo } from './repo-risk.js';
import { WebhookRepo } from './repo-webhooks.js';
import { ScheduleRepo } from './repo-schedules.js';
import { SessionRepo } from './repo-sessions.js';
import type { AuditEventRecord, CheckpointRecord, DataKeyRecord, KeyAddressRecord, KeyRecord, KeyState, KeyVersionRecord, WalletRecord } from './records.js';

const bytes = (v: unknown): Uint8Array => (v instanceof Uint8Array ? Uint8Array.from(v) : new Uint8Array());
const bytesOrNull = (v: unknown): Uint8Array | null => (v == null ? null : bytes(v));

/** An index row (`key_addresses`) with the record of the key it names. */
export interface IndexedKey {
  index: KeyAddressRecord;
  key: KeyRecord;
}

function toIndexed(r: Row): IndexedKey {
  return { index: { address: String(r.idx_address), keyId: String(r.id), version: Number(r.idx_version), mac: String(r.idx_mac) }, key: toKey(r) };
}

function toKey(r: Row): KeyRecord {
  return {
    id: String(r.id),
    name: String(r.name),
    algorithm: String(r.algorithm),
    custody: r.custody as KeyRecord['custody'],
    state: r.state as KeyState,
    exportable: Number(r.exportable) === 1,
    allowRaw: Number(r.allow_raw) === 1,
    tags: JSON.parse(String(r.tags)) as Record<string, string>,
    origin: r.origin as KeyRecord['origin'],
    currentVersion: Number(r.current_version),
    dataKeyId: r.data_key_id == null ? null : String(r.data_key_id),
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
    mac: String(r.mac),
  };
}

function toVersion(r: Row): KeyVersionRecord {
  return {
    keyId: String(r.key_id),
    version: Number(r.version),
    publicKey: bytes(r.public_key),
    ciphertext: bytesOrNull(r.ciphertext),
    createdAt: String(r.created_at),
  };
}

function toWallet(r: Row): WalletRecord {
  return {
    id: String(r.id),
    name: String(r.name),
    state: r.state as WalletRecord['state'],
    origin: r.origin as WalletRecord['origin'],
    allowRaw: Number(r.allow_raw) === 1,
    dataKeyId: r.data_key_id == null ? null : String(r.data_key_id),
    ciphertext: bytesOrNull(r.ciphertext),
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
    mac: String(r.mac),
  };
}

function toEvent(r: Row): AuditEventRecord {
  return {
    seq: Number(r.seq),
    ts: String(r.ts),
    actor: String(r.actor),
    action: String(r.action),
    subject: String(r.subject),
    details: String(r.details),
    prevHash: String(r.prev_hash),
    hash: String(r.hash),
  };
}

function toCheckpoint(r: Row): CheckpointRecord {
  return { seq: Number(r.seq), hash: String(r.hash), ts: String(r.ts), signature: String(r.signature) };
}

/** Told of every audit event appended in a transaction, inside that transaction (the notification outbox enqueues here). */
export type AuditEventHook = (repo: Repo, event: AuditEventRecord) => Promise<void>;

/** The insert of `n` audit events (1..100), its text built once per count (a signing request appends one or two). */
const insertEventsSqls: string[] = [];
function insertEventsSql(n: number): string {
  return (insertEventsSqls[n] ??=
    `INSERT INTO audit_events (seq, ts, actor, action, subject, details, prev_hash, hash) VALUES ${Array.from({ length: n }, () => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`);
}

export class Repo {
  /** Principals, tokens, nonces, policies and lists. */
  readonly access: AccessRepo;
  /** Signing and admin requests, approvals, velocity. */
  readonly requests: RequestRepo;
  /** Threshold custody records (sealed by src/threshold/vault.ts). */
  readonly threshold: ThresholdRepo;
  /** Risk baselines and freezes (src/risk/ scores from them). */
  readonly risk: RiskRepo;
  /** Webhook endpoints and the delivery outbox (src/notify/). */
  readonly webhooks: WebhookRepo;
  /** Timers for key rotation (src/keystore/schedules.ts). */
  readonly schedules: ScheduleRepo;
  /** Console sessions bound to passkey logins (src/access/passkeys.ts). */
  readonly sessions: SessionRepo;
  /** eth2 slashing protection inside this transaction (EIP-3076 check-and-record). */
  readonly eth2: Eth2Repo;

  /**
   * Fine transactions only: key, key-version and data-key rows already read in this transaction, by
   * 'k:' name / 'v:' id:version / 'd:' id (a signing request reads its key several times). Emptied by
   * every write to those tables here; key rows also by every lock taken on PostgreSQL (another fine
   * transaction may have frozen the key before its lock was ours). Key-version and data-key rows are
   * written only by exclusive transactions, which none runs beside (decision 0033). Copies are handed out.
   */
  private readonly rows: Map<string, KeyRecord | KeyVersionRecord | DataKeyRecord | undefined> | undefined;
  /**
   * The cached rows (by their `rows` id) whose caller-supplied check passed (a key row's MAC): a copy of a
   * cached row equals the row checked, so it is checked once per cached read. Cleared with `rows`.
   */
  private readonly checked = new Set<string>();
  /** Work to run at the end of the transaction, before it commits (the audit append of a fine transaction). */
  private readonly finishers: (() => Promise<void>)[] = [];

  /**
   * @param fine a fine transaction (driver.ts `TransactionOptions.fine`): audit events are appended at its end
   *   (`defersAudit`), under the audit-head lock.
   */
  constructor(
    private readonly x: SqlExecutor,
    dialect: Dialect,
    private readonly onEvent?: AuditEventHook,
    readonly defersAudit = false,
  ) {
    this.rows = defersAudit ? new Map() : undefined;
    this.webhooks = new WebhookRepo(x);
    this.schedules = new ScheduleRepo(x);
    this.sessions = new SessionRepo(x);
    this.eth2 = new Eth2Repo(x, dialect === 'postgres');
    this.access = new AccessRepo(x);
    this.requests = new RequestRepo(x);
    this.threshold = new ThresholdRepo(x);
    this.risk = new RiskRepo(x);
  }

  // ---- fine locks (decision 0028) ---------------------------------------------

  /**
   * Hold the locks of `names` in `scope` for the rest of the transaction
   * (PostgreSQL fine transactions; elsewhere nothing else writes meanwhile),
   * in the order of `LockScope`. Call before the reads a check decides on.
   */
  async lock(scope: LockScope, names: readonly string[]): Promise<void> {
    if (!this.x.lock) return; // SQLite: the transaction holds the file's writer lock from BEGIN IMMEDIATE; no row changed under us
    for (const id of this.rows?.keys() ?? []) {
      if (!id.startsWith('k:')) continue;
      this.rows!.delete(id);
      this.checked.delete(id);
    }
    if (this.x.postLock) this.x.postLock(scope, names);
    else await this.x.lock(scope, names);
  }

  /** `check` (it throws to refuse the row) runs on every read outside fine transactions, and once per cached row in them. */
  private async cached<T extends KeyRecord | KeyVersionRecord | DataKeyRecord>(
    id: string,
    read: () => Promise<T | undefined>,
    copy: (r: T) => T,
    check?: (r: T) => void,
  ): Promise<T | undefined> {
    if (!this.rows) {
      const r = await read();
      if (r && check) check(r);
      return r;
    }
    if (!this.rows.has(id)) {
      const r = await read();
      this.rows.set(id, r);
      this.checked.delete(id);
    }
    const r = this.rows.get(id) as T | undefined;
    if (!r) return undefined;
    if (check && !this.checked.has(id)) {
      check(r); // synchronous: nothing changes the cached row between the check and its mark
      this.checked.add(id);
    }
    return copy(r);
  }

  private changed(): void {
    this.rows?.clear();
    this.checked.clear();
  }

  /** Run `fn` at the end of this transaction, before its commit, in registration order (Store.tx calls `finish`). */
  atEnd(fn: () => Promise<void>): void {
    this.finishers.push(fn);
  }

  /** Run the work registered with `atEnd` (once). */
  async finish(): Promise<void> {
    while (this.finishers.length) await this.finishers.shift()!();
  }

  // ---- meta ----------------------------------------------------------------
  async getMeta(name: string): Promise<string | undefined> {
    const r = await this.x.get<{ value: string }>('SELECT value FROM meta WHERE name = ?', [name]);
    return r?.value;
  }

  async setMeta(name: string, value: string): Promise<void> {
    const { changes } = await this.x.run('UPDATE meta SET value = ? WHERE name = ?', [value, name]);
    if (changes === 0) await this.x.run('INSERT INTO meta (name, value) VALUES (?, ?)', [name, value]);
  }

  // ---- data keys -----------------------------------------------------------
  async insertDataKey(d: DataKeyRecord): Promise<void> {
    this.changed();
    await this.x.run('INSERT INTO data_keys (id, wrapped, root_version, created_at) VALUES (?, ?, ?, ?)', [d.id, d.wrapped, d.rootVersion, d.createdAt]);
  }

  async getDataKey(id: string): Promise<DataKeyRecord | undefined> {
    return this.cached(
      `d:${id}`,
      async () => {
        const r = await this.x.get<Row>('SELECT * FROM data_keys WHERE id = ?', [id]);
        return r && { id: String(r.id), wrapped: bytes(r.wrapped), rootVersion: Number(r.root_version), createdAt: String(r.created_at) };
      },
      (d) => ({ ...d, wrapped: Uint8Array.from(d.wrapped) }),
    );
  }

  async listDataKeys(): Promise<DataKeyRecord[]> {
    const rows = await this.x.all<Row>('SELECT * FROM data_keys ORDER BY id');
    return rows.map((r) => ({ id: String(r.id), wrapped: bytes(r.wrapped), rootVersion: Number(r.root_version), createdAt: String(r.created_at) }));
  }

  async rewrapDataKey(id: string, wrapped: Uint8Array, rootVersion: number): Promise<void> {
    this.changed();
    await this.x.run('UPDATE data_keys SET wrapped = ?, root_version = ? WHERE id = ?', [wrapped, rootVersion, id]);
  }

  async deleteDataKey(id: string): Promise<void> {
    this.changed();
    await this.x.run('DELETE FROM data_keys WHERE id = ?', [id]);
  }

  // ---- keys ----------------------------------------------------------------
  async insertKey(k: KeyRecord): Promise<void> {
    this.changed();
    await this.x.run(
      `INSERT INTO keys (id, name, algorithm, custody, state, exportable, allow_raw, tags, origin, current_version, data_key_id, created_at, updated_at, mac)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        k.id,
        k.name,
        k.algorithm,
        k.custody,
        k.state,
        k.exportable ? 1 : 0,
        k.allowRaw ? 1 : 0,
        JSON.stringify(k.tags),
        k.origin,
        k.currentVersion,
        k.dataKeyId,
        k.createdAt,
        k.updatedAt,
        k.mac,
      ],
    );
  }

  /**
   * A key by name. `check` (the caller's row-MAC check, which throws to refuse the row) runs on the
   * row before it is handed out: in a fine transaction once per cached row, not on every read of it.
   */
  async getKeyByName(name: string, check?: (k: KeyRecord) => void): Promise<KeyRecord | undefined> {
    return this.cached(
      `k:${name}`,
      async () => {
        if (this.x.post && this.rows) return this.keyWithRows(name);
        const r = await this.x.get<Row>('SELECT * FROM keys WHERE name = ?', [name]);
        return r && toKey(r);
      },
      (k) => ({ ...k, tags: { ...k.tags } }),
      check,
    );
  }

  /**
   * A fine transaction on a pipelining (PostgreSQL) connection: the key row with its current version's and its data
   * key's in one round trip, the two kept for `getKeyVersion` / `getDataKey`. Only exclusive transactions write those
   * two tables, and none runs beside this one, so a later read in this transaction would return the same rows
   * (decision 0033).
   */
  private async keyWithRows(name: string): Promise<KeyRecord | undefined> {
    const r = await this.x.get<Row>(
      `SELECT k.*, v.public_key AS v_public_key, v.ciphertext AS v_ciphertext, v.created_at AS v_created_at,
         d.wrapped AS d_wrapped, d.root_version AS d_root_version, d.created_at AS d_created_at
       FROM keys k LEFT JOIN key_versions v ON v.key_id = k.id AND v.version = k.current_version LEFT JOIN data_keys d ON d.id = k.data_key_id
       WHERE k.name = ?`,
      [name],
    );
    if (!r) return undefined;
    const k = toKey(r);
    const v = `v:${k.id}:${k.currentVersion}`;
    if (r.v_public_key != null && !this.rows!.has(v)) {
      this.rows!.set(v, {
        keyId: k.id,
        version: k.currentVersion,
        publicKey: bytes(r.v_public_key),
        ciphertext: bytesOrNull(r.v_ciphertext),
        createdAt: String(r.v_created_at),
      });
    }
    const d = `d:${k.dataKeyId}`;
    if (k.dataKeyId !== null && r.d_wrapped != null && !this.rows!.has(d)) {
      this.rows!.set(d, { id: k.dataKeyId, wrapped: bytes(r.d_wrapped), rootVersion: Number(r.d_root_version), createdAt: String(r.d_created_at) });
    }
    return k;
  }

  async listKeys(): Promise<KeyRecord[]> {
    return (await this.x.all<Row>('SELECT * FROM keys ORDER BY name')).map(toKey);
  }

  /** Write a key's mutable fields (state, version, data key, raw usage, tags) with its new row MAC. */
  async updateKey(k: KeyRecord): Promise<void> {
    this.changed();
    await this.x.run('UPDATE keys SET state = ?, current_version = ?, data_key_id = ?, allow_raw = ?, tags = ?, updated_at = ?, mac = ? WHERE id = ?', [
      k.state,
      k.currentVersion,
      k.dataKeyId,
      k.allowRaw ? 1 : 0,
      JSON.stringify(k.tags),
      k.updatedAt,
      k.mac,
      k.id,
    ]);
  }

  /** Crypto-shred support: drop every ciphertext of a key (public keys stay for verification). */
  async wipeKeyVersions(id: string): Promise<void> {
    this.changed();
    await this.x.run('UPDATE key_versions SET ciphertext = NULL WHERE key_id = ?', [id]);
  }

  // ---- address index (maintained by keystore/key-records.ts) ----------------

  /** Replace a key's index rows with `rows` (its current version's addresses). */
  async setKeyAddresses(keyId: string, rows: readonly KeyAddressRecord[]): Promise<void> {
    await this.x.run('DELETE FROM key_addresses WHERE key_id = ?', [keyId]);
    for (const r of rows)
      await this.x.run('INSERT INTO key_addresses (address, key_id, version, mac) VALUES (?, ?, ?, ?)', [r.address, r.keyId, r.version, r.mac]);
  }

  /**
   * The index rows of a locator (an address or a BLS public key, lowercase), each with its key's
   * record: one indexed read, whatever the number of keys.
   */
  async keysByAddress(address: string): Promise<IndexedKey[]> {
    const rows = await this.x.all<Row>(
      'SELECT k.*, a.address AS idx_address, a.version AS idx_version, a.mac AS idx_mac FROM key_addresses a JOIN keys k ON k.id = a.key_id WHERE a.address = ? ORDER BY k.name',
      [address],
    );
    return rows.map(toIndexed);
  }

  /** Every index row of keys of one algorithm, with its key's record (the eth2 listener's publicKeys: one read). */
  async indexedKeys(algorithm: string): Promise<IndexedKey[]> {
    const rows = await this.x.all<Row>(
      'SELECT k.*, a.address AS idx_address, a.version AS idx_version, a.mac AS idx_mac FROM key_addresses a JOIN keys k ON k.id = a.key_id WHERE k.algorithm = ? ORDER BY k.name',
      [algorithm],
    );
    return rows.map(toIndexed);
  }

  async insertKeyVersion(v: KeyVersionRecord): Promise<void> {
    this.changed();
    await this.x.run('INSERT INTO key_versions (key_id, version, public_key, ciphertext, created_at) VALUES (?, ?, ?, ?, ?)', [
      v.keyId,
      v.version,
      v.publicKey,
      v.ciphertext,
      v.createdAt,
    ]);
  }

  async listKeyVersions(keyId: string): Promise<KeyVersionRecord[]> {
    return (await this.x.all<Row>('SELECT * FROM key_versions WHERE key_id = ? ORDER BY version', [keyId])).map(toVersion);
  }

  async getKeyVersion(keyId: string, version: number): Promise<KeyVersionRecord | undefined> {
    return this.cached(
      `v:${keyId}:${version}`,
      async () => {
        const r = await this.x.get<Row>('SELECT * FROM key_versions WHERE key_id = ? AND version = ?', [keyId, version]);
        return r && toVersion(r);
      },
      (v) => ({ ...v, publicKey: Uint8Array.from(v.publicKey), ciphertext: v.ciphertext && Uint8Array.from(v.ciphertext) }),
    );
  }

  // ---- wallets -------------------------------------------------------------
  async insertWallet(w: WalletRecord): Promise<void> {
    await this.x.run(
      'INSERT INTO wallets (id, name, state, origin, allow_raw, data_key_id, ciphertext, created_at, updated_at, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      [w.id, w.name, w.state, w.origin, w.allowRaw ? 1 : 0, w.dataKeyId, w.ciphertext, w.createdAt, w.updatedAt, w.mac],
    );
  }

  async getWalletByName(name: string): Promise<WalletRecord | undefined> {
    const r = await this.x.get<Row>('SELECT * FROM wallets WHERE name = ?', [name]);
    return r && toWallet(r);
  }

  async listWallets(): Promise<WalletRecord[]> {
    return (await this.x.all<Row>('SELECT * FROM wallets ORDER BY name')).map(toWallet);
  }

  /** Write a wallet's raw-signing usage with its new row MAC. */
  async updateWalletUsage(w: WalletRecord): Promise<void> {
    await this.x.run('UPDATE wallets SET allow_raw = ?, updated_at = ?, mac = ? WHERE id = ?', [w.allowRaw ? 1 : 0, w.updatedAt, w.mac, w.id]);
  }

  /** Crypto-shred a wallet: state destroyed, no data key, no ciphertext, new row MAC. */
  async shredWallet(w: WalletRecord): Promise<void> {
    await this.x.run("UPDATE wallets SET state = 'destroyed', data_key_id = NULL, ciphertext = NULL, updated_at = ?, mac = ? WHERE id = ?", [
      w.updatedAt,
      w.mac,
      w.id,
    ]);
  }

  // ---- audit ---------------------------------------------------------------
  async lastEvent(): Promise<AuditEventRecord | undefined> {
    const r = await this.x.get<Row>('SELECT * FROM audit_events ORDER BY seq DESC LIMIT 1');
    return r && toEvent(r);
  }

  /** The audit head read after taking the audit-head lock, in one round trip (a fine transaction's append). */
  async lockedLastEvent(): Promise<AuditEventRecord | undefined> {
    const sql = 'SELECT * FROM audit_events ORDER BY seq DESC LIMIT 1';
    const r = this.x.lock ? (await this.x.lock<Row>('audit', ['head'], sql))[0] : await this.x.get<Row>(sql);
    return r && toEvent(r);
  }

  /** Insert consecutive events in one statement, then tell the hook of each in order. */
  async insertEvents(events: readonly AuditEventRecord[]): Promise<void> {
    for (let i = 0; i < events.length; i += 100) {
      const chunk = events.slice(i, i + 100); // 800 parameters at most (SQLite's limit is 999 in old builds)
      await write(
        this.x,
        insertEventsSql(chunk.length),
        chunk.flatMap((e) => [e.seq, e.ts, e.actor, e.action, e.subject, e.details, e.prevHash, e.hash]),
      );
    }
    if (this.onEvent) for (const e of events) await this.onEvent(this, e);
  }

  async insertEvent(e: AuditEventRecord): Promise<void> {
    await this.x.run('INSERT INTO audit_events (seq, ts, actor, action, subject, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
      e.seq,
      e.ts,
      e.actor,
      e.action,
      e.subject,
      e.details,
      e.prevHash,
      e.hash,
    ]);
    if (this.onEvent) await this.onEvent(this, e);
  }

  /** Events with seq > afterSeq, in order, at most `limit`. */
  async listEvents(afterSeq: number, limit: number): Promise<AuditEventRecord[]> {
    return (await this.x.all<Row>('SELECT * FROM audit_events WHERE seq > ? ORDER BY seq LIMIT ?', [afterSeq, limit])).map(toEvent);
  }

  async insertCheckpoint(c: CheckpointRecord): Promise<void> {
    await this.x.run('INSERT INTO audit_checkpoints (seq, hash, ts, signature) VALUES (?, ?, ?, ?)', [c.seq, c.hash, c.ts, c.signature]);
  }

  async lastCheckpoint(): Promise<CheckpointRecord | undefined> {
    const r = await this.x.get<Row>('SELECT * FROM audit_checkpoints ORDER BY seq DESC LIMIT 1');
    return r && toCheckpoint(r);
  }

  async listCheckpoints(): Promise<CheckpointRecord[]> {
    return (await this.x.all<Row>('SELECT * FROM audit_checkpoints ORDER BY seq')).map(toCheckpoint);
  }
}
