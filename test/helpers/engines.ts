/**
 * Both store engines for tests that must hold on each: a fresh SQLite file
 * and a fresh PostgreSQL database per `open()`, all removed by `cleanup()`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Store } from '../../src/store/store.js';
import { SqliteDriver } from '../../src/store/sqlite.js';
import { PgDriver } from '../../src/store/postgres.js';
import { ADMIN_URL, createDatabase, databaseUrl, dropDatabase, pgUnreachable } from './pg.js';

export interface Engine {
  name: 'sqlite' | 'postgres';
  /** Why this engine cannot run here, or false. */
  skip: string | false;
  /** A new, empty, migrated store (same database again when `url` is given: a second instance). */
  open(url?: string): Promise<{ store: Store; url: string }>;
  cleanup(): Promise<void>;
}

export async function engines(): Promise<Engine[]> {
  const dir = mkdtempSync(join(tmpdir(), 'custos-eng-'));
  let n = 0;
  const dbs: string[] = [];
  const unreachable = await pgUnreachable();
  return [
    {
      name: 'sqlite',
      skip: false,
      open: async (url) => {
        const path = url ?? join(dir, `db-${n++}.db`);
        return { store: await Store.open(new SqliteDriver(path)), url: path };
      },
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    },
    {
      name: 'postgres',
      skip: unreachable === null ? false : `no PostgreSQL answers (${unreachable})`,
      open: async (url) => {
        if (!url) {
          const name = `custos_eng_${randomBytes(6).toString('hex')}`;
          await createDatabase(ADMIN_URL, name);
          dbs.push(name);
          url = databaseUrl(ADMIN_URL, name);
        }
        return { store: await Store.open(new PgDriver(url)), url };
      },
      cleanup: async () => {
        for (const db of dbs.splice(0)) await dropDatabase(ADMIN_URL, db);
      },
    },
  ];
}
