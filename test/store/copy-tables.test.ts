/**
 * `custos store migrate` copies the tables listed in store/copy.ts: that
 * list must name every table the migrations create, or a migration to
 * PostgreSQL silently drops one (slashing-protection records lost there
 * would let a validator sign a slashable duty again).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteDriver } from '../../src/store/sqlite.js';
import { migrate } from '../../src/store/migrations.js';
import { TABLES } from '../../src/store/copy.js';

test('the copy list is exactly the tables of a fully migrated store (bookkeeping tables aside)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'custos-copy-tables-'));
  const d = new SqliteDriver(join(dir, 'custos.db'));
  try {
    await migrate(d);
    const rows = await d.all<{ name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_migrations' ORDER BY name",
    );
    const created = rows.map((r) => r.name);
    assert.ok(created.includes('keys') && created.includes('eth2_signed_attestations'), 'control: the query sees the tables');
    assert.deepEqual([...TABLES].sort(), created);
  } finally {
    await d.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
