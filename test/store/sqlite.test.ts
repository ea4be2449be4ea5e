import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SqliteDriver } from '../../src/store/sqlite.js';
import { storeConformance } from './conformance.js';

const dir = mkdtempSync(join(tmpdir(), 'custos-store-'));
let n = 0;

storeConformance({
  name: 'sqlite',
  open: async () => new SqliteDriver(join(dir, `db-${n++}.db`)),
  cleanup: async () => rmSync(dir, { recursive: true, force: true }),
});

test('sqlite: WAL journal, synchronous=NORMAL on the writer, and every transaction answered after a WAL sync the driver makes (decision 0034)', async () => {
  const dir2 = mkdtempSync(join(tmpdir(), 'custos-wal-'));
  const d = new SqliteDriver(join(dir2, 'x.db'));
  const mode = await d.get<{ journal_mode: string }>('PRAGMA journal_mode');
  const sync = await d.get<{ synchronous: number }>('PRAGMA synchronous');
  assert.equal(mode?.journal_mode, 'wal');
  assert.equal(sync?.synchronous, 1, 'NORMAL: SQLite does not sync at COMMIT, the driver does');
  await d.exec('CREATE TABLE t (a INTEGER)');
  const before = d.stats.syncs;
  await d.transaction((x) => x.run('INSERT INTO t (a) VALUES (1)'));
  assert.equal(d.stats.syncs - before, 1, 'one WAL sync covers the transaction');
  await d.close();
  // Without a WAL file to sync (in memory) SQLite keeps FULL and the driver syncs nothing (control).
  const m = new SqliteDriver(':memory:');
  await m.exec('CREATE TABLE t (a INTEGER)');
  await m.transaction((x) => x.run('INSERT INTO t (a) VALUES (1)'));
  assert.equal((await m.get<{ synchronous: number }>('PRAGMA synchronous'))?.synchronous, 2);
  assert.equal(m.stats.syncs, 0);
  await m.close();
  rmSync(dir2, { recursive: true, force: true });
});
