/**
 * Risk baselines in the store (src/store/repo-risk.ts via src/requests/risk.ts),
 * on a real SQLite file and a real PostgreSQL database:
 * - the stored baseline scores exactly as the in-memory reference (MemoryBaseline) fed the same history;
 * - concurrent learning (two stores on one PostgreSQL database) loses no count: exclusive transactions, and fine
 *   transactions holding the key and principal locks (decision 0028); without the locks a racing writer fails
 *   (compare-and-set) instead of losing a count (the negative control);
 * - baselines are row-MACed (decision 0030): an edited profile, a forged or moved seen row is E_TAMPERED, and a
 *   rebuild restores them (positive control);
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
import { ensureRiskBaselines, learnSigned, readBaselines, rebuildRisk, riskFacts } from '../../src/requests/risk.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { DIALECT_TYPES } from '../../src/store/driver.js';
import { AuthenticatedRecords } from '../../src/keystore/authenticated.js';
import { MemoryBaseline } from '../../src/risk/profile.js';
import { observe } from '../../src/risk/observe.js';
import { scoreRisk } from '../../src/risk/score.js';
import type { RequestRecord } from '../../src/store/records.js';
import { ADMIN_URL, createDatabase, databaseUrl, dropDatabase } from '../helpers/pg.js';

const T0 = Date.UTC(2026, 2, 2, 9);
const VENUES = ['0x' + '11'.repeat(20), '0x' + '22'.repeat(20), '0x' + '33'.repeat(20)];
const TOKEN = '0x' + '44'.repeat(20);
const STRANGER = '0x' + '99'.repeat(20);

/** The row-MAC layer with a key of its own (the server's is unwrapped at unseal). */
const auth = new AuthenticatedRecords(() => undefined);
auth.adoptKey(new Uint8Array(randomBytes(32)));

/** A subject's MAC-checked baseline as scoring reads it, with the seen counts of a transfer to `to`. */
async function baseline(store: Store, key: string, principal: string, to: string) {
  return readBaselines(store.read, auth, observe({ key, principal, usd: 1, atMs: 0, payload: transferFacts(to) }));
}

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
          await learnSigned(repo, auth, r);
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
        const stored = await riskFacts(s.a.read, auth, { key: 'k1', principal: 'p1', usd, atMs: at, payload }, { count1m: 0, count10m: 3 }, {});
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
        auth,
        { key: 'k1', principal: 'p1', usd: 2000, atMs: at10, payload: transferFacts(VENUES[0]!) },
        { count1m: 0, count10m: 0 },
        {},
      );
      const stranger = await riskFacts(
        s.a.read,
        auth,
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
            await learnSigned(repo, auth, r);
          }),
        ),
      );
      const b = await baseline(s.a, 'k2', 'p2', STRANGER);
      assert.equal(b.key.n, 40);
      assert.equal(b.principal.n, 40);
      assert.equal(b.seen.key.destination, 40);
      assert.equal(b.seen.key.contract, 40);
      assert.equal(b.key.seenSize.destination, 1, 'one distinct destination, counted once');
      assert.equal(b.key.firstMs, T0);
      assert.equal(b.key.lastMs, T0 + 39_000);
    });

    test("learning starts from the profiles its transaction's decision read: the same counts as reading them again; a profile changed since fails the write (compare-and-set)", async () => {
      const seen = (r: RequestRecord) =>
        observe({ key: 'k7', principal: 'p7', usd: r.valueUsd, atMs: Date.parse(r.createdAt), payload: transferFacts(VENUES[0]!) });
      const rows = Array.from({ length: 5 }, (_, i) => signedRow('k7', 'p7', VENUES[i % 3]!, 1000 * 7 ** i, T0 + i * 3_600_000));
      for (const [i, r] of rows.entries()) {
        await s.a.tx(async (repo) => {
          const scored = await readBaselines(repo, auth, seen(r));
          await repo.requests.insert(r);
          await learnSigned(repo, auth, r);
          assert.equal(scored.key.n, i, 'what the decision scored against is not what learning counted into');
        });
      }
      const b = await baseline(s.a, 'k7', 'p7', VENUES[0]!);
      assert.deepEqual([b.key.n, b.principal.n, b.key.seenSize.destination], [5, 5, 3]);
      // The same history learned from fresh reads (no decision before it) writes the very same profiles.
      for (const r of rows) {
        const again = { ...r, id: `${r.id}-again`, keyName: 'k8', principalId: 'p8' };
        await s.a.tx(async (repo) => {
          await repo.requests.insert(again);
          await learnSigned(repo, auth, again);
        });
      }
      const data = async (scope: 'key' | 'principal', subject: string) => (await s.a.tx((repo) => repo.risk.profile(scope, subject)))!.data;
      assert.equal(await data('key', 'k7'), await data('key', 'k8'));
      assert.equal(await data('principal', 'p7'), await data('principal', 'p8'));
      assert.match(await data('key', 'k7'), /"n":5,/);
      // The key's profile changes between the decision's read and the learning (a write in the transaction stands in for another writer).
      const r = signedRow('k7', 'p7', VENUES[0]!, 1000, T0 + 10_000);
      await assert.rejects(
        s.a.tx(async (repo) => {
          await readBaselines(repo, auth, seen(r));
          const row = (await repo.risk.profile('key', 'k7'))!;
          assert.ok(row.data.startsWith('{"n":5,'));
          assert.ok(
            await repo.risk.putProfile(auth.sign('riskBaselines', { scope: 'key', subject: 'k7', data: row.data.replace('{"n":5,', '{"n":50,') }), row.data),
          );
          await learnSigned(repo, auth, r);
        }),
        (e: { code?: string }) => e.code === 'E_INTERNAL',
      );
      assert.equal((await baseline(s.a, 'k7', 'p7', VENUES[0]!)).key.n, 5, 'nothing of the refused transaction stays');
    });

    test('fine transactions holding the key and principal locks learn at once and lose no count; without the locks a racer fails, never loses a count', async () => {
      const rows = Array.from({ length: 30 }, (_, i) => signedRow('k3', 'p3', VENUES[i % 3]!, 1000, T0 + i * 1000));
      await Promise.all(
        rows.map((r, i) =>
          (i % 2 ? s.a : s.b).tx(
            async (repo) => {
              await repo.lock('principal', ['p3']);
              await repo.lock('key', ['k3']);
              await repo.requests.insert(r);
              await learnSigned(repo, auth, r);
            },
            { fine: true },
          ),
        ),
      );
      const b = await baseline(s.a, 'k3', 'p3', VENUES[0]!);
      assert.deepEqual([b.key.n, b.principal.n, b.seen.key.destination, b.key.seenSize.destination], [30, 30, 10, 3]);
      // Negative control: the same race without the locks (and without the request rows, whose velocity rows would
      // serialize the writers). Every writer that commits is counted; one that raced fails (compare-and-set).
      const unlocked = Array.from({ length: 30 }, (_, i) => signedRow('k4', 'p4', VENUES[0]!, 1000, T0 + i * 1000));
      const results = await Promise.allSettled(
        unlocked.map((r, i) =>
          (i % 2 ? s.a : s.b).tx(
            async (repo) => {
              await learnSigned(repo, auth, r);
            },
            { fine: true },
          ),
        ),
      );
      const committed = results.filter((x) => x.status === 'fulfilled').length;
      for (const x of results) if (x.status === 'rejected') assert.equal((x.reason as { code?: string }).code, 'E_INTERNAL', String(x.reason));
      const after = await baseline(s.a, 'k4', 'p4', VENUES[0]!);
      assert.equal(after.key.n, committed, 'no committed request is lost');
      assert.equal(after.principal.n, committed);
      if (backend.name === 'sqlite') assert.equal(committed, 30, 'SQLite has one writer: nothing races');
    });

    test('a rebuild from the signed history equals the incremental baselines', async () => {
      const before = await baseline(s.a, 'k1', 'p1', VENUES[0]!);
      const beforeStranger = await baseline(s.a, 'k1', 'p1', STRANGER);
      const r = await rebuildRisk(s.a, auth, 'test', (x) => x); // these rows carry no MAC (store layer only); the server passes the row-MAC check
      const signed = await s.a.driver.get<{ n: number | string }>("SELECT COUNT(*) AS n FROM requests WHERE kind = 'sign' AND status = 'signed'");
      assert.equal(r.requests, Number(signed!.n));
      assert.deepEqual(await baseline(s.a, 'k1', 'p1', VENUES[0]!), before);
      assert.deepEqual(await baseline(s.a, 'k1', 'p1', STRANGER), beforeStranger);
      assert.equal(before.key.n, 120);
    });

    test('a database writer cannot make a stranger look familiar: edited, forged or moved baseline rows are E_TAMPERED; a rebuild restores them', async () => {
      const stranger = { key: 'k1', principal: 'p1', usd: 2000, atMs: T0 + 40 * 86_400_000 + 3_600_000, payload: transferFacts(STRANGER) };
      const score = () => riskFacts(s.a.read, auth, stranger, { count1m: 0, count10m: 0 }, {});
      const tampered = (record: string) => (e: { code?: string; details?: { record?: string } }) => e.code === 'E_TAMPERED' && e.details?.record === record;
      assert.deepEqual((await score()).codes, ['new_destination'], 'positive control: the stranger is new');
      const x = s.a.driver;
      // 1. A seen row for the stranger, with a MAC copied from a real one (the MAC covers subject, kind and value).
      const real = await x.get<{ mac: string }>("SELECT mac FROM risk_seen WHERE scope = 'key' AND subject = 'k1' AND kind = 'destination' AND value = ?", [
        VENUES[0]!,
      ]);
      await x.run("INSERT INTO risk_seen (scope, subject, kind, value, count, mac) VALUES ('key', 'k1', 'destination', ?, 50, ?)", [STRANGER, real!.mac]);
      await assert.rejects(score(), tampered('risk-seen/key/k1/destination'));
      await x.run("DELETE FROM risk_seen WHERE scope = 'key' AND subject = 'k1' AND value = ?", [STRANGER]);
      assert.deepEqual((await score()).codes, ['new_destination']);
      // 2. An edited profile (a younger key scores its novelty weaker: n lowered to 1).
      const row = await x.get<{ data: string }>("SELECT data FROM risk_baselines WHERE scope = 'key' AND subject = 'k1'");
      const edited = { ...JSON.parse(row!.data), n: 1 };
      await x.run("UPDATE risk_baselines SET data = ? WHERE scope = 'key' AND subject = 'k1'", [JSON.stringify(edited)]);
      await assert.rejects(score(), tampered('risk-baseline/key/k1'));
      // Learning refuses it too: the signature's transaction rolls back, nothing is counted on top of a forged row.
      const next = signedRow('k1', 'p1', VENUES[1]!, 1000, T0 + 50 * 86_400_000);
      await assert.rejects(
        s.a.tx(async (repo) => {
          await repo.requests.insert(next);
          await learnSigned(repo, auth, next);
        }),
        tampered('risk-baseline/key/k1'),
      );
      // 3. Another subject's profile row moved onto this one (its MAC names its own subject).
      const other = await x.get<{ data: string; mac: string }>("SELECT data, mac FROM risk_baselines WHERE scope = 'key' AND subject = 'k2'");
      await x.run("UPDATE risk_baselines SET data = ?, mac = ? WHERE scope = 'key' AND subject = 'k1'", [other!.data, other!.mac]);
      await assert.rejects(score(), tampered('risk-baseline/key/k1'));
      // The rebuild relearns from the MAC-checked history: the stranger is new again, a venue familiar.
      await rebuildRisk(s.a, auth, 'test', (r) => r);
      assert.deepEqual((await score()).codes, ['new_destination']);
      assert.equal((await baseline(s.a, 'k1', 'p1', VENUES[0]!)).key.n, 120);
    });

    test('migration 15 marks a store holding signed history; the first request relearns it once, before scoring', async () => {
      const m15 = MIGRATIONS.find((m) => m.version === 15)!.sql(DIALECT_TYPES[s.a.driver.dialect]);
      await s.a.tx((repo) => repo.risk.clear()); // the new tables start empty
      await s.a.driver.run("DELETE FROM meta WHERE name = 'risk_baselines'");
      for (const stmt of m15
        .split(';')
        .map((x) => x.trim())
        .filter((x) => x.startsWith('INSERT INTO meta')))
        await s.a.driver.run(stmt);
      assert.equal(await s.a.read.getMeta('risk_baselines'), 'rebuild');
      assert.equal((await baseline(s.a, 'k1', 'p1', VENUES[0]!)).key.n, 0, 'nothing learned yet');
      const events = async () => (await s.a.read.listEvents(0, 100_000)).filter((e) => e.action === 'risk.rebuild').length;
      const before = await events();
      await ensureRiskBaselines(s.a, auth, (r) => r);
      await ensureRiskBaselines(s.a, auth, (r) => r); // once
      assert.equal((await baseline(s.a, 'k1', 'p1', VENUES[0]!)).key.n, 120);
      assert.equal(await s.a.read.getMeta('risk_baselines'), 'done');
      assert.equal(await events(), before + 1);
    });

    test('freezes: one per subject, lifted once', async () => {
      const f = { scope: 'key' as const, subject: 'k1', rule: 'burst', requestId: 'r1', createdAt: new Date(T0).toISOString() };
      const made = await Promise.all([s.a.tx((repo) => repo.risk.freeze(f)), s.b.tx((repo) => repo.risk.freeze({ ...f, requestId: 'r2' }))]);
      assert.deepEqual(made.sort(), [false, true]);
      assert.equal((await s.a.read.risk.frozen('key', 'k1'))?.rule, 'burst');
      assert.equal(await s.a.read.risk.frozen('principal', 'k1'), undefined);
      // The submission's one read of both: the key's freeze is found by its scope, never as the principal's (same subject name).
      const both = await s.a.read.risk.frozenEither('k1', 'k1');
      assert.deepEqual([both.key?.rule, both.principal], ['burst', undefined]);
      assert.deepEqual(await s.a.read.risk.frozenEither('k2', 'k1'), { key: undefined, principal: undefined });
      await s.a.tx((repo) => repo.risk.freeze({ ...f, scope: 'principal', subject: 'p1', rule: 'stolen' }));
      const p = await s.a.read.risk.frozenEither('k1', 'p1');
      assert.deepEqual([p.key?.rule, p.principal?.rule], ['burst', 'stolen']);
      assert.equal(await s.a.tx((repo) => repo.risk.unfreeze('principal', 'p1')), true);
      assert.deepEqual((await Promise.all([s.a.tx((repo) => repo.risk.unfreeze('key', 'k1')), s.b.tx((repo) => repo.risk.unfreeze('key', 'k1'))])).sort(), [
        false,
        true,
      ]);
      assert.equal(await s.a.read.risk.frozen('key', 'k1'), undefined);
    });
  });
}
