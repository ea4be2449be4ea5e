/**
 * Velocity reads and the per-subject prune against a brute-force model written here (rows placed
 * around every window's first bucket at every resolution, negative counts of released reservations,
 * subjects named like another scope's), on SQLite and PostgreSQL: every read equals the model at
 * many instants; a prune changes no read at any instant at or after it, nor one up to
 * PRUNE_MARGIN_S before it (an instance whose clock runs ahead); a principal whose requests are
 * never reserved still has its stored-bytes counters pruned.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { Store } from '../../src/store/store.js';
import { SqliteDriver } from '../../src/store/sqlite.js';
import { PgDriver } from '../../src/store/postgres.js';
import { PRUNE_MARGIN_S, VELOCITY_WINDOWS, VALUE_WINDOWS } from '../../src/store/repo-requests.js';
import { ADMIN_URL, createDatabase, databaseUrl, dropDatabase, pgUnreachable } from '../helpers/pg.js';
import { signingRecord } from '../helpers/request-records.js';

type R = { scope: string; subject: string; res: number; bucket: number; count: number; value: number };
const WIN = [
  ...Object.entries(VELOCITY_WINDOWS).map(([n, ms]) => ({ n, ms, col: 'count' as const })),
  ...Object.entries(VALUE_WINDOWS).map(([n, ms]) => ({ n, ms, col: 'value' as const })),
];
const resFor = (ms: number) => (ms <= 600_000 ? 10 : ms <= 3_600_000 ? 60 : 3600);
const MAXW: Record<number, number> = { 10: 600, 60: 3600, 3600: 604_800 };

function model(rows: R[], scope: string, subject: string, nowMs: number) {
  const nowS = Math.floor(nowMs / 1000);
  const out: Record<string, number> = {};
  for (const w of WIN) {
    const res = resFor(w.ms);
    const first = Math.floor((nowS - w.ms / 1000) / res);
    const s = rows.filter((r) => r.scope === scope && r.subject === subject && r.res === res && r.bucket >= first).reduce((a, r) => a + r[w.col], 0);
    out[w.n] = Math.max(0, s);
  }
  return out;
}
function usageModel(rows: R[], p: string, nowMs: number) {
  const from = Math.floor(nowMs / 60_000) - 60;
  const open = rows.filter((r) => r.scope === 'open' && r.subject === p && r.res === 0).reduce((a, r) => a + r.count, 0);
  const bytes = rows.filter((r) => r.scope === 'stored' && r.subject === p && r.res === 60 && r.bucket >= from).reduce((a, r) => a + r.value, 0);
  return { open: Math.max(0, open), bytes1h: bytes };
}

let seed = 12345;
const rnd = (n: number) => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed % n;
};

/** Rows around every boundary a read at `nowMs` (or a prune at its second) cares about. */
function rowsAround(nowMs: number): R[] {
  const nowS = Math.floor(nowMs / 1000);
  const out: R[] = [];
  const seen = new Set<string>();
  const add = (r: R) => {
    const k = `${r.scope}|${r.subject}|${r.res}|${r.bucket}`;
    if (!seen.has(k)) (seen.add(k), out.push(r));
  };
  for (const [scope, subject] of [
    ['key', 'K'],
    ['principal', 'P'],
    ['key', 'P'],
    ['principal', 'K'],
    ['key', 'K2'],
  ]) {
    for (const res of [10, 60, 3600]) {
      const edges = [
        Math.floor((nowS - MAXW[res]!) / res),
        ...WIN.filter((w) => resFor(w.ms) === res).map((w) => Math.floor((nowS - w.ms / 1000) / res)),
        Math.floor(nowS / res),
      ];
      for (const e of edges)
        for (let d = -4; d <= 4; d++)
          add({ scope: scope!, subject: subject!, res, bucket: e + d, count: 1 + rnd(3) - (rnd(5) === 0 ? 3 : 0), value: rnd(100) - (rnd(5) === 0 ? 150 : 0) });
    }
  }
  const m = Math.floor(nowMs / 60_000);
  for (let d = -66; d <= 1; d++) add({ scope: 'stored', subject: 'P', res: 60, bucket: m + d, count: 1, value: 1 + rnd(50) });
  for (let d = -66; d <= 1; d++) add({ scope: 'stored', subject: 'K', res: 60, bucket: m + d, count: 1, value: 1 + rnd(50) });
  add({ scope: 'open', subject: 'P', res: 0, bucket: 0, count: 3, value: 0 });
  add({ scope: 'open', subject: 'K', res: 0, bucket: 0, count: 5, value: 0 });
  return out;
}

async function load(store: Store, rows: R[]) {
  await store.driver.transaction(async (tx) => {
    await tx.run('DELETE FROM velocity_buckets');
    for (const r of rows)
      await tx.run('INSERT INTO velocity_buckets (scope, subject, res, bucket, count, value_usd) VALUES (?, ?, ?, ?, ?, ?)', [
        r.scope,
        r.subject,
        r.res,
        r.bucket,
        r.count,
        r.value,
      ]);
  });
}

function suite(name: string, open: () => Promise<Store>) {
  describe(`velocity against a model: ${name}`, () => {
    test('reads equal the brute-force model at many instants (windows, quota)', async () => {
      const store = await open();
      try {
        for (let i = 0; i < 25; i++) {
          const nowMs = Date.parse('2026-11-23T12:00:00.000Z') + rnd(86_400_000);
          const rows = rowsAround(nowMs);
          await load(store, rows);
          for (const dt of [0, 1, 999, 9_999, 59_999]) {
            const at = nowMs + dt;
            const v = await store.read.requests.velocities('K', 'P', at);
            assert.deepEqual(v.key, model(rows, 'key', 'K', at), `key at ${at}`);
            assert.deepEqual(v.principal, model(rows, 'principal', 'P', at), `principal at ${at}`);
            assert.deepEqual(v.usage, usageModel(rows, 'P', at), `usage at ${at}`);
            assert.deepEqual(await store.read.requests.velocity('key', 'K', at), v.key);
            assert.deepEqual(await store.read.requests.velocity('principal', 'P', at), v.principal);
            assert.deepEqual(await store.read.requests.usage('P', at), v.usage);
          }
        }
      } finally {
        await store.close();
      }
    });

    test('a prune at t changes no read at any instant >= t (and touches no other subject)', async () => {
      const store = await open();
      try {
        for (let i = 0; i < 15; i++) {
          const nowMs = Date.parse('2026-11-23T12:00:00.000Z') + rnd(86_400_000);
          const rows = rowsAround(nowMs);
          await load(store, rows);
          const t = Math.floor(nowMs / 1000);
          const instants = [t * 1000, t * 1000 + 999, nowMs, nowMs + 10_000, nowMs + 60_000, nowMs + 3_600_000];
          const before = [];
          for (const at of instants) before.push(await store.read.requests.velocities('K', 'P', at));
          const others = await store.driver.all(
            "SELECT * FROM velocity_buckets WHERE NOT (subject IN ('K', 'P') AND scope IN ('key', 'principal')) AND NOT (scope = 'stored' AND subject = 'P') ORDER BY scope, subject, res, bucket",
          );
          await store.tx((repo) => repo.requests.prune({ keyName: 'K', principalId: 'P' }, t));
          for (let j = 0; j < instants.length; j++)
            assert.deepEqual(await store.read.requests.velocities('K', 'P', instants[j]!), before[j], `at +${instants[j]! - nowMs} ms`);
          assert.deepEqual(
            await store.driver.all(
              "SELECT * FROM velocity_buckets WHERE NOT (subject IN ('K', 'P') AND scope IN ('key', 'principal')) AND NOT (scope = 'stored' AND subject = 'P') ORDER BY scope, subject, res, bucket",
            ),
            others,
          );
          // Something was pruned (the prune does work).
          const left = await store.driver.all<{ n: number }>("SELECT count(*) AS n FROM velocity_buckets WHERE scope = 'key' AND subject = 'K'");
          assert.ok(Number(left[0]!.n) < rows.filter((r) => r.scope === 'key' && r.subject === 'K').length);
        }
      } finally {
        await store.close();
      }
    });

    test('a principal whose requests are never reserved (denied) has its stored-bytes minutes pruned too', async () => {
      const store = await open();
      try {
        const now = Date.parse('2026-11-23T12:00:05.000Z');
        const req = (id: string, principal: string, key: string, agoMs: number, status: 'denied' | 'signed') =>
          signingRecord({ id, principal, key, atMs: now - agoMs, expiresMs: now, status });
        const random = Math.random;
        Math.random = () => 0; // every insert prunes
        try {
          await store.tx(async (repo) => {
            for (let m = 0; m < 300; m++) await repo.requests.insert(req(`q-${m}`, 'Q', 'KQ', m * 60_000, 'denied')); // five hours of denied requests
            await repo.requests.insert(req('other', 'P2', 'K2', 0, 'signed')); // someone else signs: prunes its own
            await repo.requests.insert(req('q-admin', 'Q', 'KQ', 0, 'denied'));
          });
        } finally {
          Math.random = random;
        }
        const n = Number((await store.driver.all<{ n: number }>("SELECT count(*) AS n FROM velocity_buckets WHERE scope = 'stored' AND subject = 'Q'"))[0]!.n);
        // The quota reads 61 minutes; a prune keeps PRUNE_MARGIN_S more (and one minute of rounding).
        const bound = 61 + PRUNE_MARGIN_S / 60 + 2;
        assert.ok(n <= bound, `Q keeps ${n} minute counters (at most ${bound})`);
        assert.ok(n >= 61, `the quota's own hour is kept (${n})`);
      } finally {
        await store.close();
      }
    });

    test('a prune stamped ahead of a reader (clock skew up to PRUNE_MARGIN_S) changes none of its reads', async () => {
      for (const skewS of [21, 600, PRUNE_MARGIN_S - 1]) {
        const store = await open();
        try {
          const nowMs = Date.parse('2026-11-23T12:00:05.000Z');
          const rows = rowsAround(nowMs).map((r) => ({ ...r, count: Math.abs(r.count) + 1, value: Math.abs(r.value) + 1 }));
          await load(store, rows);
          const before = await store.read.requests.velocities('K', 'P', nowMs);
          await store.tx((repo) => repo.requests.prune({ keyName: 'K', principalId: 'P' }, Math.floor(nowMs / 1000) + skewS));
          assert.deepEqual(await store.read.requests.velocities('K', 'P', nowMs), before, `skew ${skewS} s`);
        } finally {
          await store.close();
        }
      }
    });
  });
}

const dir = mkdtempSync(join(tmpdir(), 'custos-velrev-'));
let n = 0;
suite('sqlite', async () => Store.open(new SqliteDriver(join(dir, `db-${n++}.db`))));
const unreachable = await pgUnreachable();
const dbs: string[] = [];
if (!unreachable) {
  suite('postgres', async () => {
    const name = `custos_velrev_${randomBytes(6).toString('hex')}`;
    await createDatabase(ADMIN_URL, name);
    dbs.push(name);
    return Store.open(new PgDriver(databaseUrl(ADMIN_URL, name)));
  });
  after(async () => {
    for (const d of dbs) await dropDatabase(ADMIN_URL, d);
  });
}
