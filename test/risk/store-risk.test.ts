/**
 * Risk baselines in the store (src/store/repo-risk.ts via src/requests/risk.ts),
 * on a real SQLite file and a real PostgreSQL database:
 * - the stored baseline scores exactly as the in-memory reference (MemoryBaseline) fed the same history;
 * - concurrent learning (two stores on one PostgreSQL database) loses no count (atomic increments);
 * - a rebuild from the signed history gives the same baselines as learning incrementally;
 * - freezes: one per subject, lifted once.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { openStore, type Store } from '../../src/store/store.js';
import { learnSigned, rebuildRisk, riskFacts } from '../../src/requests/risk.js';
import { MemoryBaseline } from '../../src/risk/profile.js';
import { observe } from '../../src/risk/observe.js';
import { scoreRisk } from '../../src/risk/score.js';
import type { RequestRecord } from '../../src/store/records.js';
import { ADMIN_URL, createDatabase, databaseUrl, dropDatabase } from '../helpers/pg.js';

const T0 = Date.UTC(2026, 2, 2, 9);
const VENUES = ['0x' + '11'.repeat(20), '0x' + '22'.repeat(20), '0x' + '33'.repeat(20)];
const TOKEN = '0x' + '44'.repeat(20);
const STRANGER = '0x' + '99'.repeat(20);

function transferFacts(to: string) {
  return { tx: { to: TOKEN, selector: '0xa9059cbb', dataSize: 68, erc20: { kind: 'transfer', token: TOKEN, to, unlimited: false } } };
}

let seq = 0;
function signedRow(key: string, principal: string, to: string, usd: number, atMs: number): RequestRecord {
  const iso = new Date(atMs).toISOString();
  const id = `00000000-0000-4000-8000-${(seq++).toString(16).padStart(12, '0')}`;
  return {
    id,
    kind: 'sign',
    principalId: principal,
    principalName: principal,
    keyName: key,
    status: 'signed',
    idempotencyKey: null,
    payload: '{}',
    facts: JSON.stringify({ key: { name: key }, principal: { id: principal }, payload: transferFacts(to) }),
    decision: '{}',
    digest: id,
    valueUsd: usd,
    notBefore: null,
    expiresAt: iso,
    result: '{}',
    createdAt: iso,
    updatedAt: iso,
    signedAt: iso,
    mac: 'test',
  };
}

/** A month-like history: 120 transfers to three venues at business hours, $500..$50,000. */
function history(key: string, principal: string): RequestRecord[] {
  return Array.from({ length: 120 }, (_, i) =>
    signedRow(key, principal, VENUES[i % 3]!, 500 * 10 ** (((i * 7) % 20) / 10), T0 + Math.floor(i / 6) * 86_400_000 + (i % 6) * 3_600_000),
  );
}

function backends(): { name: string; open: () => Promise<{ a: Store; b: Store; close: () => Promise<void> }> }[] {
  return [
    {
      name: 'sqlite',
      open: async () => {
        const dir = mkdtempSync(join(tmpdir(), 'custos-risk-'));
        // One store: better-sqlite3 is synchronous, so a second connection in this process would wait on the
        // first one's lock with the thread blocked. Concurrent transactions still race through the same code.
        const a = await openStore(join(dir, 'custos.db'));
        return {
          a,
          b: a,
          close: async () => {
            await a.close();
            rmSync(dir, { recursive: true, force: true });
          },
        };
      },
    },
    {
      name: 'postgres',
      open: async () => {
        const db = `custos_risk_${randomBytes(6).toString('hex')}`;
        await createDatabase(ADMIN_URL, db);
        const url = databaseUrl(ADMIN_URL, db);
        const a = await openStore(url);
        const b = await openStore(url);
        return {
          a,
          b,
          close: async () => {
            await a.close();
            await b.close();
            await dropDatabase(ADMIN_URL, db);
          },
        };
      },
    },
  ];
}

for (const backend of backends()) {
  describe(`risk baselines on ${backend.name}`, () => {
    let s: Awaited<ReturnType<typeof backend.open>>;
    before(async () => {
      s = await backend.open();
    });
    after(async () => {
      await s.close();
    });

    test('the stored baseline scores as the in-memory reference fed the same history', async () => {
      const key = new MemoryBaseline();
      const principal = new MemoryBaseline();
      for (const r of history('k1', 'p1')) {
        await s.a.tx(async (repo) => {
          await repo.requests.insert(r);
          await learnSigned(repo, r);
        });
        const o = observe({
          key: 'k1',
          principal: 'p1',
          usd: r.valueUsd,
          atMs: Date.parse(r.createdAt),
          payload: transferFacts(JSON.parse(r.facts).payload.tx.erc20.to),
        });
        key.learn(o);
        principal.learn(o);
      }
      const at = T0 + 40 * 86_400_000 + 3 * 3_600_000;
      for (const [to, usd] of [
        [VENUES[0]!, 2000],
        [STRANGER, 2000],
        [STRANGER, 5e6],
        [VENUES[1]!, 5e6],
      ] as const) {
        const payload = transferFacts(to);
        const stored = await riskFacts(s.a.read, { key: 'k1', principal: 'p1', usd, atMs: at, payload }, { count1m: 0, count10m: 3 }, {});
        const o = observe({ key: 'k1', principal: 'p1', usd, atMs: at, payload });
        const memory = scoreRisk(o, {
          key: key.profile,
          principal: principal.profile,
          seen: { key: key.counts(o), principal: principal.counts(o) },
          recent: { count1m: 0, count10m: 3 },
          lists: {},
        });
        assert.deepEqual(stored, memory, `${to} $${usd}`);
      }
      // And the signals are what the history says: a venue is familiar, the stranger is not (positive control).
      const at10 = T0 + 40 * 86_400_000 + 3_600_000; // 10:00 UTC, inside the history's hours
      const known = await riskFacts(
        s.a.read,
        { key: 'k1', principal: 'p1', usd: 2000, atMs: at10, payload: transferFacts(VENUES[0]!) },
        { count1m: 0, count10m: 0 },
        {},
      );
      const stranger = await riskFacts(
        s.a.read,
        { key: 'k1', principal: 'p1', usd: 2000, atMs: at10, payload: transferFacts(STRANGER) },
        { count1m: 0, count10m: 0 },
        {},
      );
      assert.deepEqual(known.codes, []);
      assert.deepEqual(stranger.codes, ['new_destination']);
    });

    test('concurrent learning (two stores on one PostgreSQL database) loses no count', async () => {
      const rows = Array.from({ length: 40 }, (_, i) => signedRow('k2', 'p2', STRANGER, 1000, T0 + i * 1000));
      await Promise.all(
        rows.map((r, i) =>
          (i % 2 ? s.a : s.b).tx(async (repo) => {
            await repo.requests.insert(r);
            await learnSigned(repo, r);
          }),
        ),
      );
      const b = await s.a.read.risk.baselines('k2', 'p2', [
        ['destination', STRANGER],
        ['contract', TOKEN],
      ]);
      assert.equal(b.key.n, 40);
      assert.equal(b.principal.n, 40);
      assert.equal(b.key.seen[`destination:${STRANGER}`], 40);
      assert.equal(b.key.seen[`contract:${TOKEN}`], 40);
      assert.equal(b.key.bins['seen-size']?.[0], 1, 'one distinct destination, counted once');
      assert.equal(b.key.firstMs, T0);
      assert.equal(b.key.lastMs, T0 + 39_000);
    });

    test('a rebuild from the signed history equals the incremental baselines', async () => {
      const before = await s.a.read.risk.baselines('k1', 'p1', [
        ['destination', VENUES[0]!],
        ['destination', STRANGER],
        ['contract', TOKEN],
      ]);
      const r = await rebuildRisk(s.a, 'test', (x) => x); // these rows carry no MAC (store layer only); the server passes the row-MAC check
      assert.equal(r.requests, 160);
      const rebuilt = await s.a.read.risk.baselines('k1', 'p1', [
        ['destination', VENUES[0]!],
        ['destination', STRANGER],
        ['contract', TOKEN],
      ]);
      assert.deepEqual(rebuilt, before);
      assert.equal(rebuilt.key.n, 120);
    });

    test('freezes: one per subject, lifted once', async () => {
      const f = { scope: 'key' as const, subject: 'k1', rule: 'burst', requestId: 'r1', createdAt: new Date(T0).toISOString() };
      const made = await Promise.all([s.a.tx((repo) => repo.risk.freeze(f)), s.b.tx((repo) => repo.risk.freeze({ ...f, requestId: 'r2' }))]);
      assert.deepEqual(made.sort(), [false, true]);
      assert.equal((await s.a.read.risk.frozen('key', 'k1'))?.rule, 'burst');
      assert.equal(await s.a.read.risk.frozen('principal', 'k1'), undefined);
      assert.deepEqual((await Promise.all([s.a.tx((repo) => repo.risk.unfreeze('key', 'k1')), s.b.tx((repo) => repo.risk.unfreeze('key', 'k1'))])).sort(), [
        false,
        true,
      ]);
      assert.equal(await s.a.read.risk.frozen('key', 'k1'), undefined);
    });
  });
}
