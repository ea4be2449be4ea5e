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

test('sqlite: WAL journal and synchronous=FULL (durable commits)', async () => {
  const d = new SqliteDriver(join(mkdtempSync(join(tmpdir(), 'custos-wal-')), 'x.db'));
  const mode = await d.get<{ journal_mode: string }>('PRAGMA journal_mode');
  const sync = await d.get<{ synchronous: number }>('PRAGMA synchronous');
  assert.equal(mode?.journal_mode, 'wal');
  assert.equal(sync?.synchronous, 2);
  await d.close();
});
