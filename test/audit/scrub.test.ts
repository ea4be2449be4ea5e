/**
 * The scrub after a crypto-shred (src/audit/scrub.ts): when another
 * connection's read snapshot keeps SQLite's TRUNCATE checkpoint from
 * completing, the shred's caller is not failed (the shred committed), the
 * answer is false and the trail records key.scrub_incomplete; without the
 * reader the scrub completes and nothing is recorded (control).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { SqliteDriver } from '../../src/store/sqlite.js';
import { Store } from '../../src/store/store.js';
import { scrubAfterShred } from '../../src/audit/scrub.js';

const dir = mkdtempSync(join(tmpdir(), 'custos-scrub-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const incomplete = async (store: Store): Promise<number> =>
  (await store.driver.get<{ c: number }>("SELECT count(*) AS c FROM audit_events WHERE action = 'key.scrub_incomplete'"))!.c;

test('scrubAfterShred: a reader holding a snapshot makes the scrub incomplete: false and key.scrub_incomplete in the trail; without it true and nothing recorded (control)', async () => {
  const path = join(dir, 's.db');
  const store = await Store.open(new SqliteDriver(path));
  assert.equal(await scrubAfterShred(store, 'admin', 'key/k0'), true, 'control: no reader, the scrub completes');
  assert.equal(await incomplete(store), 0);
  const reader = new Database(path);
  reader.exec('BEGIN');
  reader.prepare('SELECT count(*) FROM sqlite_master').get();
  await store.driver.exec('CREATE TABLE IF NOT EXISTS y (a INTEGER)'); // a frame after the reader's snapshot
  let scrubbed: boolean;
  try {
    scrubbed = await scrubAfterShred(store, 'admin', 'key/k1');
  } finally {
    reader.exec('COMMIT');
    reader.close();
  }
  assert.equal(scrubbed, false);
  assert.equal(await incomplete(store), 1);
  const ev = await store.driver.get<{ subject: string; details: string }>("SELECT subject, details FROM audit_events WHERE action = 'key.scrub_incomplete'");
  assert.equal(ev?.subject, 'key/k1');
  assert.match(ev?.details ?? '', /ESCRUBBUSY/);
  await store.driver.close();
});
