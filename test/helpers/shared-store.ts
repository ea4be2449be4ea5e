/**
 * One store opened by several in-process instances, as several custos processes share one database: a SQLite
 * file in a temporary directory or a fresh PostgreSQL database, initialised once with the fast test KDF.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Instance } from '../../src/keystore/instance.js';
import { buildServices } from '../../src/api/services.js';
import type { Services } from '../../src/api/context.js';
import { utf8 } from '../../src/crypto/bytes.js';
import { ADMIN_URL, createDatabase, databaseUrl, dropDatabase } from './pg.js';

/** The Argon2id cost tests unseal with (production defaults are tested once, in test/crypto). */
export const TEST_ARGON2 = { memoryKib: 8192, iterations: 1, parallelism: 1 } as const;

export interface SharedStore {
  /** Create the directory (and the database) and initialise the instance; call in `before`. */
  init(): Promise<void>;
  /** Another unsealed instance on the store, with `now` as its clock; `alone`: close the others first (SQLite tests of one process at a time). */
  instance(now: () => number, opts?: { alone?: boolean }): Promise<Services>;
  /** Close every instance, drop the database, remove the directory; call in `after`. */
  cleanup(): Promise<void>;
}

export function sharedStore(engine: 'sqlite' | 'postgres', prefix: string, passphrase: string): SharedStore {
  let dir = '';
  let db = '';
  let store: string | undefined;
  const open: Instance[] = [];
  const location = () => ({ data: join(dir, 'data'), ...(store ? { store } : {}) });
  return {
    async init() {
      dir = mkdtempSync(join(tmpdir(), `custos-${prefix}-`));
      if (engine === 'postgres') {
        db = `custos_${prefix}_${randomBytes(6).toString('hex')}`;
        await createDatabase(ADMIN_URL, db);
        store = databaseUrl(ADMIN_URL, db);
      }
      const init = await Instance.init(location(), { kind: 'passphrase', passphrase: utf8(passphrase), argon2: TEST_ARGON2 }, 'test');
      await init.instance.close();
    },
    async instance(now, opts = {}) {
      if (opts.alone) for (const i of open.splice(0)) await i.close({ quiet: true });
      const inst = await Instance.open(location());
      await inst.unseal({ passphrase: utf8(passphrase) }, 'test');
      open.push(inst);
      return buildServices(inst, { now });
    },
    async cleanup() {
      for (const i of open.splice(0)) await i.close({ quiet: true }).catch(() => undefined);
      if (db) await dropDatabase(ADMIN_URL, db).catch(() => undefined);
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
