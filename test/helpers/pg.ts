/**
 * The machine's PostgreSQL for tests and benchmarks: the admin URL, a probe
 * (null when it answers, else the reason) and throwaway databases.
 */
import pg from 'pg';

export const ADMIN_URL = process.env.CUSTOS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function pgUnreachable(): Promise<string | null> {
  const c = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2_000 });
  c.on('error', () => undefined);
  try {
    await c.connect();
    await c.query('SELECT 1');
    return null;
  } catch (e) {
    return (e as { code?: string }).code ?? (e as Error).message;
  } finally {
    await c.end().catch(() => undefined);
  }
}

/** The URL of database `name` on the server of `serverUrl` (same credentials and options). */
export function databaseUrl(serverUrl: string, name: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${encodeURIComponent(name)}`;
  return u.toString();
}

/** Create database `name` (UTF8, C collation so text sorts bytewise as in SQLite) through an admin connection. */
export async function createDatabase(adminUrl: string, name: string): Promise<void> {
  const sql = `CREATE DATABASE ${quoteIdent(name)} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`;
  await admin(adminUrl, (c) => c.query(sql));
}

/** Drop database `name` if it exists, ending its sessions. */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const ident = quoteIdent(name);
  await admin(adminUrl, async (c) => {
    try {
      await c.query(`DROP DATABASE IF EXISTS ${ident} WITH (FORCE)`);
    } catch (e) {
      if ((e as { code?: unknown }).code !== '42601') throw e; // before PostgreSQL 13: no FORCE
      await c.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
      await c.query(`DROP DATABASE IF EXISTS ${ident}`);
    }
  });
}

/** Double-quote an identifier; refuses names PostgreSQL would truncate or cannot hold. */
function quoteIdent(name: string): string {
  if (name.length === 0 || name.includes('\0') || Buffer.byteLength(name) > 63) throw new Error('a database name must be 1..63 bytes without NUL');
  return `"${name.replace(/"/g, '""')}"`;
}

async function admin(url: string, fn: (c: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000, query_timeout: 30_000, application_name: 'custos-test-admin' });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await fn(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}
