/**
 * The Store: a migrated database behind a SqlDriver, with typed repositories.
 * `store.read` answers queries; `store.tx(fn)` runs a read-write transaction
 * whose repository sees only that transaction.
 */
import type { SqlDriver } from './driver.js';
import { migrate } from './migrations.js';
import { Repo } from './repo.js';
import { PgDriver } from './postgres.js';
import { SqliteDriver } from './sqlite.js';

export class Store {
  readonly read: Repo;

  private constructor(readonly driver: SqlDriver) {
    this.read = new Repo(driver);
  }

  /** Open a driver and bring its schema to the latest version. */
  static async open(driver: SqlDriver): Promise<Store> {
    try {
      await migrate(driver);
    } catch (e) {
      await driver.close().catch(() => undefined);
      throw e;
    }
    return new Store(driver);
  }

  tx<T>(fn: (repo: Repo) => Promise<T>): Promise<T> {
    return this.driver.transaction((x) => fn(new Repo(x)));
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

/**
 * Open a store from a location: a `postgres://` or `postgresql://` URL
 * (PostgreSQL), or `sqlite:PATH` or a plain path (SQLite file).
 */
export async function openStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) return Store.open(new PgDriver(location));
  const path = location.startsWith('sqlite:') ? location.slice('sqlite:'.length) : location;
  return Store.open(new SqliteDriver(path));
}
