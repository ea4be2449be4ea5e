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
        updated_at TEXT NOT NULL
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
        updated_at TEXT NOT NULL
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
];

/** Apply every migration newer than the database's version, each in its own transaction. */
export async function migrate(driver: SqlDriver): Promise<number> {
  await driver.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const row = await driver.get<{ v: number | string | null }>('SELECT MAX(version) AS v FROM schema_migrations');
  const current = Number(row?.v ?? 0);
  const latest = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
  if (current > latest) {
    throw new CustosError('E_STORE', `database schema version ${current} is newer than this custos (${latest}); upgrade custos`);
  }
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    await driver.transaction(async (tx) => {
      for (const stmt of splitStatements(m.sql(DIALECT_TYPES[driver.dialect]))) await tx.run(stmt);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        m.version,
        m.name,
        new Date().toISOString(),
      ]);
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
