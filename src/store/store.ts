/**
 * The Store: a migrated database behind a SqlDriver, with typed repositories.
 * `store.read` answers queries; `store.tx(fn)` runs a read-write transaction
 * whose repository sees only that transaction.
 */
import type { SqlDriver, SqlExecutor, TransactionOptions } from './driver.js';
import { migrate } from './migrations.js';
import { Repo, type AuditEventHook } from './repo.js';
import { SqliteDriver } from './sqlite.js';

/** Told about every read-write transaction (metrics): its duration and whether it committed. */
export type TransactionObserver = (ms: number, committed: boolean) => void;

export class Store {
  readonly read: Repo;
  private observer: TransactionObserver | undefined;
  private eventHook: AuditEventHook | undefined;

  private constructor(readonly driver: SqlDriver) {
    this.read = new Repo(driver, driver.dialect);
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

  /**
   * A read-write transaction. `opts.fine` (decision 0028): the caller takes
   * the locks its checks rely on with `repo.lock`, and the audit events it
   * appends are chained at its end.
   */
  tx<T>(fn: (repo: Repo) => Promise<T>, opts?: TransactionOptions): Promise<T> {
    const hook = this.eventHook;
    const dialect = this.driver.dialect;
    const fine = opts?.fine === true;
    const body = async (x: SqlExecutor): Promise<T> => {
      const repo = new Repo(x, dialect, hook, fine);
      const r = await fn(repo);
      await repo.finish();
      return r;
    };
    if (!this.observer) return this.driver.transaction(body, opts);
    const observe = this.observer;
    const t0 = performance.now();
    return this.driver.transaction(body, opts).then(
      (r) => {
        observe(performance.now() - t0, true);
        return r;
      },
      (e: unknown) => {
        observe(performance.now() - t0, false);
        throw e;
      },
    );
  }

  /**
   * Statements each atomic on their own (driver.ts `autocommit`: the replay
   * nonce's conflict-checked insert): on PostgreSQL one round trip each,
   * outside every lock; on SQLite a transaction with `opts` (group commit).
   */
  atomic<T>(fn: (repo: Repo) => Promise<T>, opts?: TransactionOptions): Promise<T> {
    const auto = this.driver.autocommit;
    return auto ? fn(new Repo(auto, this.driver.dialect, this.eventHook)) : this.tx(fn, opts);
  }

  /** Set (or clear) the one observer of transactions; the composition root wires metrics here, so the store imports nothing above it. */
  observeTransactions(observer: TransactionObserver | undefined): void {
    this.observer = observer;
  }

  /** Set (or clear) the one hook told of each audit event inside its transaction; the composition root wires the notification outbox here. */
  onAuditEvent(hook: AuditEventHook | undefined): void {
    this.eventHook = hook;
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
  if (/^postgres(ql)?:\/\//i.test(location)) {
    // The PostgreSQL client is loaded only for a PostgreSQL store (an embedded instance never pays for it).
    const { PgDriver } = await import('./postgres.js');
    return Store.open(new PgDriver(location));
  }
  const path = location.startsWith('sqlite:') ? location.slice('sqlite:'.length) : location;
  return Store.open(new SqliteDriver(path));
}
