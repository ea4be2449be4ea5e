/**
 * SQLite group commit (src/store/sqlite.ts, docs/decisions/0015-group-commit.md):
 * concurrent transactions share one COMMIT, a caller is answered only once its
 * transaction is durable (visible to another connection), a failing
 * transaction changes nothing and does not take the others down, and a lost
 * batch is never confirmed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { SqliteDriver } from '../../src/store/sqlite.js';

const dir = mkdtempSync(join(tmpdir(), 'custos-group-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

async function open(): Promise<{ d: SqliteDriver; other: SqliteDriver; count: () => Promise<number> }> {
  const path = join(dir, `g-${n++}.db`);
  const d = new SqliteDriver(path);
  await d.exec('CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER NOT NULL)');
  const other = new SqliteDriver(path);
  return { d, other, count: async () => (await other.get<{ c: number }>('SELECT count(*) AS c FROM t'))!.c };
}

test('group commit: 64 concurrent transactions all commit, in far fewer COMMITs; sequential ones commit one each (control)', async () => {
  const { d, other, count } = await open();
  const before = d.stats.commits;
  await Promise.all(Array.from({ length: 64 }, (_, i) => d.transaction((x) => x.run('INSERT INTO t (k, v) VALUES (?, ?)', [`c${i}`, i]))));
  assert.equal(await count(), 64);
  const grouped = d.stats.commits - before;
  assert.ok(grouped <= 4, `64 concurrent transactions took ${grouped} commits`);
  const seq0 = d.stats.commits;
  for (let i = 0; i < 10; i++) await d.transaction((x) => x.run('INSERT INTO t (k, v) VALUES (?, ?)', [`s${i}`, i]));
  assert.equal(d.stats.commits - seq0, 10);
  assert.equal(await count(), 74);
  await other.close();
  await d.close();
});

test('group commit: a transaction resolves only when another connection sees its write; awaitCommit: false resolves before (control)', async () => {
  const { d, other, count } = await open();
  const durable = d.transaction((x) => x.run('INSERT INTO t (k, v) VALUES (?, ?)', ['a', 1])).then(async () => count());
  assert.equal(await durable, 1);
  // The early one resolves inside its still-open batch: another connection cannot see it yet.
  const raw = new Database(join(dir, `g-${n - 1}.db`), { readonly: true });
  let seenAtResolve = -1;
  let durable2: Promise<void> | undefined;
  await d
    .transaction((x) => x.run('INSERT INTO t (k, v) VALUES (?, ?)', ['b', 2]), { awaitCommit: false, committed: (p) => (durable2 = p) })
    .then(() => {
      seenAtResolve = (raw.prepare('SELECT count(*) AS c FROM t').get() as { c: number }).c;
    });
  raw.close();
  assert.equal(seenAtResolve, 1, 'an awaitCommit:false transaction resolves before its commit');
  // ... and its durable promise resolves once it is committed.
  await durable2;
  assert.equal(await count(), 2);
  await other.close();
  await d.close();
});

test('group commit: a failing transaction in a batch is rolled back alone and gets its own error', async () => {
  const { d, other, count } = await open();
  const results = await Promise.allSettled(
    Array.from({ length: 9 }, (_, i) =>
      d.transaction(async (x) => {
        await x.run('INSERT INTO t (k, v) VALUES (?, ?)', [`k${i}`, i]);
        if (i === 4) throw new Error('refused by the caller');
        await x.run('INSERT INTO t (k, v) VALUES (?, ?)', [`k${i}b`, i]);
      }),
    ),
  );
  assert.deepEqual(
    results.map((r) => r.status),
    ['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'fulfilled', 'fulfilled'],
  );
  assert.equal(((results[4] as PromiseRejectedResult).reason as Error).message, 'refused by the caller');
  assert.equal(await count(), 16);
  assert.equal((await d.get<{ c: number }>("SELECT count(*) AS c FROM t WHERE k LIKE 'k4%'"))!.c, 0);
  await other.close();
  await d.close();
});

test('group commit: a batch rolled back as a whole rejects its durable members and the durable promise of its early member; an earlier batch stays', async () => {
  const { d, other, count } = await open();
  await d.transaction((x) => x.run('INSERT INTO t (k, v) VALUES (?, ?)', ['kept', 0]));
  let earlyDurable: Promise<void> | undefined;
  const early = d.transaction((x) => x.run('INSERT INTO t (k, v) VALUES (?, ?)', ['early', 1]), { awaitCommit: false, committed: (p) => (earlyDurable = p) });
  const durable = d.transaction((x) => x.run('INSERT INTO t (k, v) VALUES (?, ?)', ['durable', 2]));
  const killer = d.transaction((x) => x.run('ROLLBACK')); // stands in for SQLite aborting the transaction (disk full)
  await early; // resolved before the loss: only its durable promise can tell
  await assert.rejects(durable, (e: Error & { code?: string }) => e.code === 'E_STORE');
  await assert.rejects(killer);
  await assert.rejects(earlyDurable!, (e: Error & { code?: string }) => e.code === 'E_STORE');
  assert.equal(await count(), 1);
  // Transactions awaiting their own commit still work afterwards.
  await d.transaction((x) => x.run('INSERT INTO t (k, v) VALUES (?, ?)', ['after', 3]));
  assert.equal(await count(), 2);
  await other.close();
  await d.close();
});

test("group commit: a statement outside a transaction never sees a batch's uncommitted writes", async () => {
  const { d, other } = await open();
  const seen: number[] = [];
  let read: Promise<unknown> | undefined;
  const txs = Array.from({ length: 5 }, (_, i) =>
    d.transaction(async (x) => {
      await x.run('INSERT INTO t (k, v) VALUES (?, ?)', [`r${i}`, i]);
      if (i === 0) read = d.get<{ c: number }>('SELECT count(*) AS c FROM t').then((r) => seen.push(r!.c));
    }),
  );
  await Promise.all(txs);
  await read;
  // The read was queued inside the first transaction, behind the other four: it runs after their batch committed.
  assert.equal(seen.length, 1);
  assert.equal(seen[0], 5, 'the read ran after the batch committed (inside it, it would have seen 1)');
  await other.close();
  await d.close();
});
