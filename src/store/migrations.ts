/**
 * Versioned schema migrations, one list for every backend. Each step is
 * portable SQL; the few engine-specific column types come from DIALECT_TYPES.
 * Steps are append-only: never edit a released step, add a new one.
 */
import { CustosError } from '../errors.js';
import { DIALECT_TYPES, type DialectTypes, type SqlDriver } from './driver.js';

export interface Migration {
  version: number;
  name: string;
  sql: (t: DialectTypes) => string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'keystore, wallets and audit trail',
    sql: (t) => `
      CREATE TABLE meta (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      CREATE TABLE data_keys (
        id TEXT PRIMARY KEY,
        wrapped ${t.blob} NOT NULL,
        root_version INTEGER NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE keys (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        algorithm TEXT NOT NULL,
        custody TEXT NOT NULL,
        state TEXT NOT NULL,
        exportable INTEGER NOT NULL,
        tags TEXT NOT NULL,
        origin TEXT NOT NULL,
        current_version INTEGER NOT NULL,
        data_key_id TEXT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        mac TEXT NOT NULL
      );
      CREATE TABLE key_versions (
        key_id TEXT NOT NULL REFERENCES keys(id),
        version INTEGER NOT NULL,
        public_key ${t.blob} NOT NULL,
        ciphertext ${t.blob} NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (key_id, version)
      );
      CREATE TABLE wallets (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL,
        origin TEXT NOT NULL,
        data_key_id TEXT NULL,
        ciphertext ${t.blob} NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        mac TEXT NOT NULL
      );
      CREATE TABLE audit_events (
        seq ${t.bigint} PRIMARY KEY,
        ts TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL,
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      );
      CREATE TABLE audit_checkpoints (
        seq ${t.bigint} PRIMARY KEY,
        hash TEXT NOT NULL,
        ts TEXT NOT NULL,
        signature TEXT NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'principals, tokens, replay nonces, policies, lists, signing requests and approvals',
    sql: (t) => `
      CREATE TABLE principals (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL,
        public_key TEXT NOT NULL,
        tags TEXT NOT NULL,
        state TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        mac TEXT NOT NULL
      );
      CREATE TABLE tokens (
        id TEXT PRIMARY KEY,
        principal_id TEXT NOT NULL REFERENCES principals(id),
        secret_hash TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        state TEXT NOT NULL,
        created_at TEXT NOT NULL,
        mac TEXT NOT NULL
      );
      CREATE TABLE nonces (
        nonce_key TEXT PRIMARY KEY,
        expires_at ${t.bigint} NOT NULL
      );
      CREATE INDEX nonces_expiry ON nonces (expires_at);
      CREATE TABLE policies (
        version INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        digest TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        mac TEXT NOT NULL
      );
      CREATE TABLE list_entries (
        list TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (list, value)
      );
      CREATE TABLE requests (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        principal_id TEXT NOT NULL,
        principal_name TEXT NOT NULL,
        key_name TEXT NULL,
        status TEXT NOT NULL,
        idempotency_key TEXT NULL,
        payload TEXT NOT NULL,
        facts TEXT NOT NULL,
        decision TEXT NOT NULL,
        digest TEXT NOT NULL,
        value_usd DOUBLE PRECISION NOT NULL,
        not_before TEXT NULL,
        expires_at TEXT NOT NULL,
        result TEXT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        signed_at TEXT NULL,
        mac TEXT NOT NULL,
        UNIQUE (principal_id, idempotency_key)
      );
      CREATE INDEX requests_key_signed ON requests (key_name, signed_at);
      CREATE INDEX requests_principal_signed ON requests (principal_id, signed_at);
      CREATE INDEX requests_status ON requests (status, not_before);
      CREATE TABLE approvals (
        request_id TEXT NOT NULL REFERENCES requests(id),
        approver_id TEXT NOT NULL,
        approver_name TEXT NOT NULL,
        approver_role TEXT NOT NULL,
        verdict TEXT NOT NULL,
        signature TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (request_id, approver_id)
      );
    `,
  },
  {
    version: 3,
    name: 'threshold custody state (coordinator parties and keys, party shares and nonces)',
    sql: (t) => `
      CREATE TABLE threshold_state (
        kind TEXT NOT NULL,
        id TEXT NOT NULL,
        state TEXT NOT NULL,
        data ${t.blob} NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (kind, id)
      )
    `,
  },
  {
    version: 4,
    name: 'velocity buckets (bounded-cost velocity windows), backfilled from signed requests',
    sql: (t) => `
      CREATE TABLE velocity_buckets (
        scope TEXT NOT NULL,
        subject TEXT NOT NULL,
        res INTEGER NOT NULL,
        bucket ${t.bigint} NOT NULL,
        count ${t.bigint} NOT NULL,
        value_usd DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (scope, subject, res, bucket)
      );
      INSERT INTO velocity_buckets (scope, subject, res, bucket, count, value_usd)
        SELECT 'key', key_name, 10, ${t.epochSeconds('signed_at')} / 10, COUNT(*), SUM(value_usd)
        FROM requests WHERE kind = 'sign' AND signed_at IS NOT NULL AND key_name IS NOT NULL
        GROUP BY key_name, ${t.epochSeconds('signed_at')} / 10;
      INSERT INTO velocity_buckets (scope, subject, res, bucket, count, value_usd)
        SELECT 'key', key_name, 60, ${t.epochSeconds('signed_at')} / 60, COUNT(*), SUM(value_usd)
        FROM requests WHERE kind = 'sign' AND signed_at IS NOT NULL AND key_name IS NOT NULL
        GROUP BY key_name, ${t.epochSeconds('signed_at')} / 60;
      INSERT INTO velocity_buckets (scope, subject, res, bucket, count, value_usd)
        SELECT 'key', key_name, 3600, ${t.epochSeconds('signed_at')} / 3600, COUNT(*), SUM(value_usd)
        FROM requests WHERE kind = 'sign' AND signed_at IS NOT NULL AND key_name IS NOT NULL
        GROUP BY key_name, ${t.epochSeconds('signed_at')} / 3600;
      INSERT INTO velocity_buckets (scope, subject, res, bucket, count, value_usd)
        SELECT 'principal', principal_id, 10, ${t.epochSeconds('signed_at')} / 10, COUNT(*), SUM(value_usd)
        FROM requests WHERE kind = 'sign' AND signed_at IS NOT NULL AND principal_id IS NOT NULL
        GROUP BY principal_id, ${t.epochSeconds('signed_at')} / 10;
      INSERT INTO velocity_buckets (scope, subject, res, bucket, count, value_usd)
        SELECT 'principal', principal_id, 60, ${t.epochSeconds('signed_at')} / 60, COUNT(*), SUM(value_usd)
        FROM requests WHERE kind = 'sign' AND signed_at IS NOT NULL AND principal_id IS NOT NULL
        GROUP BY principal_id, ${t.epochSeconds('signed_at')} / 60;
      INSERT INTO velocity_buckets (scope, subject, res, bucket, count, value_usd)
        SELECT 'principal', principal_id, 3600, ${t.epochSeconds('signed_at')} / 3600, COUNT(*), SUM(value_usd)
        FROM requests WHERE kind = 'sign' AND signed_at IS NOT NULL AND principal_id IS NOT NULL
        GROUP BY principal_id, ${t.epochSeconds('signed_at')} / 3600;
    `,
  },
  {
    version: 5,
    name: 'velocity buckets count exposure from the decision: every allowed signing request (pending, approved, signed) at its creation time',
    sql: (t) =>
      [
        'DELETE FROM velocity_buckets;',
        ...(['key', 'principal'] as const).flatMap((scope) =>
          [10, 60, 3600].map((res) => {
            const col = scope === 'key' ? 'key_name' : 'principal_id';
            return `INSERT INTO velocity_buckets (scope, subject, res, bucket, count, value_usd)
        SELECT '${scope}', ${col}, ${res}, ${t.epochSeconds('created_at')} / ${res}, COUNT(*), SUM(value_usd)
        FROM requests WHERE kind = 'sign' AND status IN ('pending', 'approved', 'signed') AND ${col} IS NOT NULL
        GROUP BY ${col}, ${t.epochSeconds('created_at')} / ${res};`;
          }),
        ),
      ].join('\n'),
  },
  {
    version: 6,
    name: 'raw signing is a key usage: keys and wallets sign raw digests and messages only when granted (existing ones are not)',
    sql: () => `
      ALTER TABLE keys ADD COLUMN allow_raw INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE wallets ADD COLUMN allow_raw INTEGER NOT NULL DEFAULT 0;
    `,
  },
  {
    version: 7,
    name: 'per-principal quota counters: open requests (backfilled) and stored bytes per minute',
    sql: () => `
      INSERT INTO velocity_buckets (scope, subject, res, bucket, count, value_usd)
        SELECT 'open', principal_id, 0, 0, COUNT(*), 0 FROM requests WHERE status IN ('pending', 'approved') GROUP BY principal_id;
    `,
  },
  {
    version: 8,
    name: 'address index: secp256k1 keys by Ethereum address, row-MACed (existing keys are indexed at first use once unsealed: MACs need the root key)',
    sql: () => `
      CREATE TABLE key_addresses (
        address TEXT NOT NULL,
        key_id TEXT NOT NULL REFERENCES keys(id),
        version INTEGER NOT NULL,
        mac TEXT NOT NULL,
        PRIMARY KEY (address, key_id)
      );
      CREATE INDEX key_addresses_key ON key_addresses (key_id);
      INSERT INTO meta (name, value) SELECT 'address_index', 'backfill' WHERE EXISTS (SELECT 1 FROM keys);
    `,
  },
  {
    version: 9,
    name: 'eth2 slashing protection (EIP-3076): signed blocks and attestations per validator, low watermarks, the genesis validators root',
    sql: (t) => `
      CREATE TABLE eth2_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE eth2_validators (
        pubkey TEXT PRIMARY KEY,
        block_slot_floor ${t.bigint},
        att_source_floor ${t.bigint},
        att_target_floor ${t.bigint},
        created_at TEXT NOT NULL
      );
      CREATE TABLE eth2_signed_blocks (
        pubkey TEXT NOT NULL REFERENCES eth2_validators (pubkey),
        slot ${t.bigint} NOT NULL,
        signing_root TEXT,
        PRIMARY KEY (pubkey, slot)
      );
      CREATE TABLE eth2_signed_attestations (
        pubkey TEXT NOT NULL REFERENCES eth2_validators (pubkey),
        source_epoch ${t.bigint} NOT NULL,
        target_epoch ${t.bigint} NOT NULL,
        signing_root TEXT,
        PRIMARY KEY (pubkey, target_epoch)
      );
    `,
  },
  {
    version: 10,
    name: 'risk baselines (per key and principal: counts, amount and hour histograms, bounded seen sets) and risk freezes',
    sql: (t) => `
      CREATE TABLE risk_profiles (
        scope TEXT NOT NULL,
        subject TEXT NOT NULL,
        n ${t.bigint} NOT NULL,
        first_ms ${t.bigint} NOT NULL,
        last_ms ${t.bigint} NOT NULL,
        PRIMARY KEY (scope, subject)
      );
      CREATE TABLE risk_bins (
        scope TEXT NOT NULL,
        subject TEXT NOT NULL,
        kind TEXT NOT NULL,
        bin INTEGER NOT NULL,
        count ${t.bigint} NOT NULL,
        PRIMARY KEY (scope, subject, kind, bin)
      );
      CREATE TABLE risk_seen (
        scope TEXT NOT NULL,
        subject TEXT NOT NULL,
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        count ${t.bigint} NOT NULL,
        PRIMARY KEY (scope, subject, kind, value)
      );
      CREATE TABLE risk_freezes (
        scope TEXT NOT NULL,
        subject TEXT NOT NULL,
        rule TEXT NOT NULL,
        request_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (scope, subject)
      );
    `,
  },
  {
    version: 11,
    name: 'webhook endpoints and their delivery outbox',
    sql: (t) => `
      CREATE TABLE webhooks (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        url TEXT NOT NULL,
        events TEXT NOT NULL,
        secret_epoch INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        mac TEXT NOT NULL
      );
      CREATE TABLE webhook_deliveries (
        id TEXT PRIMARY KEY,
        webhook_id TEXT NOT NULL,
        event TEXT NOT NULL,
        payload TEXT NOT NULL,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        next_at ${t.bigint} NOT NULL,
        lease_until ${t.bigint},
        lease_owner TEXT,
        last_error TEXT,
        last_status INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        delivered_at TEXT,
        mac TEXT NOT NULL
      );
      CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_at);
      CREATE INDEX webhook_deliveries_webhook ON webhook_deliveries (webhook_id, created_at)
    `,
  },
  {
    version: 12,
    name: 'BLS public-key index: bls12-381 keys by public key in key_addresses, row-MACed (existing keys are indexed at first use once unsealed: MACs need the root key)',
    sql: () => `
      INSERT INTO meta (name, value) SELECT 'address_index', 'backfill' WHERE EXISTS (SELECT 1 FROM keys WHERE algorithm = 'bls12-381')
        ON CONFLICT (name) DO UPDATE SET value = 'backfill'
    `,
  },
  {
    version: 13,
    name: 'schedules: key rotation on timers',
    sql: (t) => `
      CREATE TABLE schedules (
        id TEXT PRIMARY KEY,
        action TEXT NOT NULL,
        target TEXT NOT NULL,
        every_ms ${t.bigint} NOT NULL,
        next_at ${t.bigint} NOT NULL,
        runs INTEGER NOT NULL,
        last_at TEXT,
        last_error TEXT,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        mac TEXT NOT NULL
      );
      CREATE INDEX schedules_due ON schedules (next_at)
    `,
  },
  {
    version: 14,
    name: 'sessions: console logins bound to a passkey (an ephemeral P-256 session key per login, row-MACed)',
    sql: () => `
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        principal_id TEXT NOT NULL REFERENCES principals(id),
        public_key TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        state TEXT NOT NULL,
        created_at TEXT NOT NULL,
        mac TEXT NOT NULL
      );
      CREATE INDEX sessions_principal ON sessions (principal_id)
    `,
  },
  {
    version: 15,
    name: 'risk baselines row-MACed (decision 0030): one MACed profile row per subject instead of unauthenticated counters, MACed seen values; relearned from the MAC-checked signed history at first use',
    sql: (t) => `
      DROP TABLE risk_profiles;
      DROP TABLE risk_bins;
      DROP TABLE risk_seen;
      CREATE TABLE risk_baselines (
        scope TEXT NOT NULL,
        subject TEXT NOT NULL,
        data TEXT NOT NULL,
        mac TEXT NOT NULL,
        PRIMARY KEY (scope, subject)
      );
      CREATE TABLE risk_seen (
        scope TEXT NOT NULL,
        subject TEXT NOT NULL,
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        count ${t.bigint} NOT NULL,
        mac TEXT NOT NULL,
        PRIMARY KEY (scope, subject, kind, value)
      );
      INSERT INTO meta (name, value) SELECT 'risk_baselines', 'rebuild' WHERE EXISTS (SELECT 1 FROM requests WHERE kind = 'sign' AND status = 'signed')
        ON CONFLICT (name) DO UPDATE SET value = 'rebuild'
    `,
  },
];

/** Apply every migration newer than the database's version, each in its own transaction. */
export async function migrate(driver: SqlDriver): Promise<number> {
  await driver.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const row = await driver.get<{ v: number | string | null }>('SELECT MAX(version) AS v FROM schema_migrations');
  const current = Number(row?.v ?? 0);
  const latest = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
  if (current > latest) {
    throw new CustosError('E_STORE', `database schema version ${current} is newer than this custos (${latest}); upgrade custos`);
  }
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    await driver.transaction(async (tx) => {
      // Another instance may have applied it meanwhile (the transaction holds the writer lock).
      const done = await tx.get<{ v: number }>('SELECT version AS v FROM schema_migrations WHERE version = ?', [m.version]);
      if (done) return;
      for (const stmt of splitStatements(m.sql(DIALECT_TYPES[driver.dialect]))) await tx.run(stmt);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, new Date().toISOString()]);
    });
  }
  return latest;
}

function splitStatements(sql: string): string[] {
  return sql
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
