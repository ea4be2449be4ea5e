/**
 * The signing hot path's cost does not grow with what the store holds, nor silently with a change:
 * - every statement a raw signature, an eth2 attestation and a bearer-token personal_sign run is
 *   planned as an index search, never a scan of a table that grows with keys, requests, counters
 *   or history: on SQLite (EXPLAIN QUERY PLAN) and on PostgreSQL (the generic plan with sequential
 *   scans disabled: a Seq Scan left, or an index scan that does not bound the index's leading
 *   column, means no index serves the statement). A velocity read that OR-ed the quota counters
 *   into its WHERE without their scope made SQLite scan all of velocity_buckets on every request
 *   (O(keys) per signature): found by benchmark, guarded here; so did the occasional prune, which
 *   deleted old buckets of every subject (forced once here). Positive control: the check flags a
 *   statement that does scan velocity_buckets.
 * - statements per request stay within a budget (lower it when a change removes one).
 */
import { describe, test, before, after } from 'node:test';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { TestServer } from '../helpers/server.js';
import { attestation } from '../helpers/eth2-duties.js';
import { ADMIN_URL, createDatabase, databaseUrl, dropDatabase, pgUnreachable } from '../helpers/pg.js';
import { toPgPlaceholders } from '../../src/store/postgres.js';
import { ethereumAddress } from '../../src/crypto/addresses.js';

/** Tables that stay small whatever the load (one row per setting, policy version or list). */
const SMALL = new Set(['meta', 'policies', 'lists', 'list_entries']);

const POLICY = `rules:
  - name: admins
    effect: allow
    when: principal.role == "admin"
  - name: agents
    effect: allow
    when: principal.role == "agent"
  - name: validator-duties
    effect: allow
    when: principal.role == "validator"
`;

/**
 * Reads that walk the primary key from its end and stop at the first row, with no filter (the audit
 * chain's head: the highest seq): both engines report a scan; they cost one row.
 */
const FIRST_ROW_ONLY = /^SELECT [^;]*? FROM \w+ ORDER BY seq DESC LIMIT 1$/i;
/** Columns a search of a counter table must bound (a search on fewer reads every subject, or all of one subject's history). */
const MUST_BOUND: Record<string, string[]> = { velocity_buckets: ['scope', 'subject', 'res'] };

/** The whole-table or unbounded reads in `sql`'s plan on SQLite. */
function sqliteScans(db: Database.Database, sql: string): string[] {
  const params = (sql.match(/\?/g) ?? []).map(() => null);
  const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  return plan
    .map((r) => {
      const search = /^SEARCH (\w+) USING .*\((.*)\)$/.exec(r.detail);
      if (search && MUST_BOUND[search[1]!]?.some((col) => !new RegExp(`\\b${col}[=<>]`).test(search[2]!)))
        return `${search[1]} (not bounded by ${MUST_BOUND[search[1]!]!.join(', ')})`;
      if (FIRST_ROW_ONLY.test(sql.trim()) && !/\bWHERE\b/i.test(sql)) return undefined;
      return /^SCAN (?!CONSTANT ROW)([A-Za-z_]\w*)/.exec(r.detail)?.[1];
    })
    .filter((t): t is string => t !== undefined && !SMALL.has(t));
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

/**
 * The tables `sql`'s generic plans on PostgreSQL read whole, with sequential scans disabled (each
 * statement of a multi-statement text planned on its own): a Seq Scan left means no index path; an
 * index scan whose condition does not bound the index's leading column (for counter tables: every
 * column of MUST_BOUND) walks the whole index or every subject.
 */
async function pgScans(c: pg.Client, sql: string): Promise<string[]> {
  const found: string[] = [];
  for (const part of sql
    .split(';')
    .map((x) => x.trim())
    .filter((x) => x !== '')) {
    const { text, count } = toPgPlaceholders(part);
    await c.query('DEALLOCATE ALL');
    await c.query(`PREPARE custos_plan AS ${text}`);
    const args = count === 0 ? '' : `(${Array.from({ length: count }, () => 'NULL').join(', ')})`;
    const [
      {
        'QUERY PLAN': [{ Plan: root }],
      },
    ] = (await c.query(`EXPLAIN (FORMAT JSON) EXECUTE custos_plan${args}`)).rows as [{ 'QUERY PLAN': [{ Plan: PlanNode }] }];
    const walk = async (n: PlanNode): Promise<void> => {
      if (n['Node Type'] === 'Seq Scan' && !SMALL.has(n['Relation Name']!)) found.push(n['Relation Name']!);
      if (n['Index Name'] !== undefined) {
        const r = await c.query<{ table: string; lead: string }>(
          `SELECT t.relname AS table, a.attname AS lead FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
           JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[0] WHERE x.relname = $1`,
          [n['Index Name']],
        );
        const { table, lead } = r.rows[0]!;
        const bound = MUST_BOUND[table] ?? [lead];
        if (
          !SMALL.has(table) &&
          !(FIRST_ROW_ONLY.test(part) && !/\bWHERE\b/i.test(part)) &&
          bound.some((col) => !new RegExp(`\\b${col} (=|<|>|<=|>=) `).test(n['Index Cond'] ?? ''))
        )
          found.push(table);
      }
      for (const child of n.Plans ?? []) await walk(child);
    };
    await walk(root);
  }
  return found;
}

type Phase = 'raw' | 'eth2' | 'rpc';
/** Run a raw signature, an eth2 attestation and a personal_sign three times on `t`, `phase` told before each (and null after the last). */
async function hotPath(t: TestServer, phase: (p: Phase | null) => void): Promise<void> {
  await t.principal('vc', 'validator');
  await t.admin.call('policy.set', { source: POLICY });
  await t.admin.call('key.create', { name: 'hot', type: 'secp256k1', allowRaw: true });
  const bls = (await t.admin.call('key.create', { name: 'val', type: 'bls12-381' })) as { publicKey: string };
  const evm = (await t.admin.call('key.create', { name: 'evm', type: 'secp256k1' })) as { publicKey: string };
  await t.principal('rpc-agent', 'agent');
  const token = ((await t.admin.call('token.create', { principal: 'rpc-agent', ttl: '1h' })) as { token: string }).token;
  for (let i = 0; i < 20; i++) await t.admin.call('key.create', { name: `filler-${i}`, type: 'secp256k1' });
  try {
    for (let i = 0; i < 3; i++) {
      phase('raw');
      const r = (await t.admin.call('sign', { key: 'hot', digest: `${String(i).padStart(2, '0')}`.repeat(32) })) as { status: string };
      assert.equal(r.status, 'signed');
      phase('eth2');
      const duty = await fetch(`${t.server.eth2Url!}/api/v1/eth2/sign/0x${bls.publicKey}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(attestation(10 + i)),
      });
      assert.equal(duty.status, 200, await duty.text());
      phase('rpc');
      const rpc = await fetch(`${t.url}/v1/eth/rpc`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          jsonrpc: '2.0',
          id: 1,
          method: 'personal_sign',
          params: [`0x${'ab'.repeat(32)}`, ethereumAddress(Buffer.from(evm.publicKey, 'hex'))],
        }),
      });
      const body = (await rpc.json()) as { result?: string; error?: unknown };
      assert.match(body.result ?? JSON.stringify(body.error), /^0x[0-9a-f]{130}$/);
    }
    // The occasional work of a request (the velocity prune, 1 in 256), forced once so its statement is planned too.
    phase('raw');
    const random = Math.random;
    Math.random = () => 0;
    try {
      assert.equal(((await t.admin.call('sign', { key: 'hot', digest: 'ee'.repeat(32) })) as { status: string }).status, 'signed');
    } finally {
      Math.random = random;
    }
  } finally {
    phase(null);
  }
}

/** Statements per request (SQLite: executions of prepared statements, BEGIN/COMMIT aside; PostgreSQL: the driver's count of callers' statements), the fewest of three runs (a background tick may add to one). */
const BUDGET: Record<'sqlite' | 'postgres', Record<Phase, number>> = {
  sqlite: { raw: 20, eth2: 17, rpc: 20 },
  postgres: { raw: 15, eth2: 14, rpc: 17 },
};
/** Per phase, what `read` grew by in each run (phases are told in order; null ends the last). */
function meter(read: () => number) {
  const runs: Record<Phase, number[]> = { raw: [], eth2: [], rpc: [] };
  let prev: Phase | null = null;
  let start = 0;
  return {
    phase: (p: Phase | null) => {
      if (prev) runs[prev].push(read() - start);
      start = read();
      prev = p;
    },
    runs,
    fewest: () => Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, Math.min(...v)])) as Record<Phase, number>,
  };
}

const DML = /^\s*(SELECT|UPDATE|DELETE|INSERT|WITH)/i;
/** Positive controls: statements each check must flag, on both engines. */
const CONTROLS: Record<string, string> = {
  // A branch of its OR names no scope: the whole table.
  scan: "SELECT SUM(count) FROM velocity_buckets WHERE (scope = 'key' AND subject = ?) OR (subject = ? AND res = 0)",
  // A branch names no subject: every principal's open counter.
  scopeOnly: "SELECT SUM(count) FROM velocity_buckets WHERE (scope = 'key' AND subject = ? AND res = 10 AND bucket >= ?) OR (scope = 'open' AND res = 0)",
  // Scope and subject only: all of one subject's history.
  subjectOnly: 'SELECT SUM(count) FROM velocity_buckets WHERE scope = ? AND subject = ?',
};

describe('query plans and statement budget of the signing hot path: SQLite', () => {
  let t: TestServer;
  const seen = new Set<string>();
  let executed = 0;
  const m = meter(() => executed);

  before(async () => {
    t = await TestServer.start({ tickMs: 3_600_000, eth2Listen: '127.0.0.1:0', eth2InsecureLoopback: 'vc' });
    let patched: (() => void) | null = null;
    await hotPath(t, (p) => {
      m.phase(p);
      if (p && !patched) {
        // Record and count every statement executed while a phase runs (as it runs: a statement
        // prepared and cached before the phases is checked too).
        const probe = new Database(':memory:');
        const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<'run' | 'get' | 'all', (...a: unknown[]) => unknown>;
        probe.close();
        const saved = { run: proto.run, get: proto.get, all: proto.all };
        for (const k of ['run', 'get', 'all'] as const) {
          proto[k] = function (this: { source: string }, ...a: unknown[]) {
            executed++;
            seen.add(this.source);
            return saved[k].apply(this, a);
          };
        }
        patched = () => Object.assign(proto, saved);
      }
      if (!p) patched?.();
    });
  });
  after(async () => t?.stop());

  test('no statement scans a growing table (control: a statement that does is flagged)', () => {
    const db = new Database(t.server.services.inst.store.driver.location.replace(/^sqlite:/, ''), { readonly: true });
    try {
      const statements = [...seen].filter((s) => DML.test(s));
      assert.ok(statements.length >= 10, `recorded the hot path's statements (${statements.length})`);
      assert.deepEqual(
        statements.map((s) => ({ s, scans: sqliteScans(db, s) })).filter((o) => o.scans.length > 0),
        [],
        'every statement searches an index',
      );
      for (const [name, sql] of Object.entries(CONTROLS)) assert.ok(sqliteScans(db, sql).length > 0, `control ${name} is flagged`);
    } finally {
      db.close();
    }
  });

  test('statements per request stay within budget', () => {
    const n = m.fewest();
    console.log(`statements per request (SQLite): ${JSON.stringify(n)} ${JSON.stringify(m.runs)}`);
    for (const p of ['raw', 'eth2', 'rpc'] as const) {
      assert.ok(n[p] > 0, `${p}: counted`);
      assert.ok(n[p] <= BUDGET.sqlite[p], `${p}: ${n[p]} statements, budget ${BUDGET.sqlite[p]}`);
    }
  });
});

describe('query plans and statement budget of the signing hot path: PostgreSQL', async () => {
  const unreachable = await pgUnreachable();
  const name = `custos_plans_${randomBytes(6).toString('hex')}`;
  let t: TestServer | undefined;
  const seen = new Set<string>();
  let counted = () => 0;
  const m = meter(() => counted());

  before(async () => {
    if (unreachable) return;
    await createDatabase(ADMIN_URL, name);
    t = await TestServer.start({ tickMs: 3_600_000, eth2Listen: '127.0.0.1:0', eth2InsecureLoopback: 'vc', store: databaseUrl(ADMIN_URL, name) });
    const query = pg.Client.prototype.query;
    const stats = (t.server.services.inst.store.driver as unknown as { stats: { statements: number } }).stats;
    counted = () => stats.statements;
    await hotPath(t, (p) => {
      m.phase(p);
      pg.Client.prototype.query = p
        ? (function (this: pg.Client, ...args: unknown[]) {
            const q = args[0] as string | { text?: string };
            const text = typeof q === 'string' ? q : q?.text;
            if (text) seen.add(text);
            return (query as (...a: unknown[]) => unknown).apply(this, args);
          } as typeof query)
        : query;
    });
  });
  after(async () => {
    await t?.stop();
    if (!unreachable) await dropDatabase(ADMIN_URL, name);
  });

  test(
    'no statement scans a growing table (control: a statement that does is flagged)',
    { skip: unreachable ? `no PostgreSQL answers (${unreachable})` : false },
    async () => {
      const c = new pg.Client({ connectionString: databaseUrl(ADMIN_URL, name) });
      await c.connect();
      try {
        await c.query('SET enable_seqscan = off');
        await c.query('SET plan_cache_mode = force_generic_plan');
        // Texts seen on the wire are already $n-numbered; the driver's own (?) form is what toPgPlaceholders takes.
        const statements = [...seen].filter((s) => DML.test(s)).map((s) => s.replace(/\$\d+/g, '?'));
        assert.ok(statements.length >= 10, `recorded the hot path's statements (${statements.length})`);
        const offenders: { s: string; scans: string[] }[] = [];
        for (const s of statements) {
          const scans = await pgScans(c, s);
          if (scans.length > 0) offenders.push({ s, scans });
        }
        assert.deepEqual(offenders, [], 'every statement has an index path');
        for (const [name, sql] of Object.entries(CONTROLS)) assert.ok((await pgScans(c, sql)).includes('velocity_buckets'), `control ${name} is flagged`);
        // A statement sent behind another in one text (a lock, then the read) is planned too.
        assert.ok(
          (await pgScans(c, `SELECT pg_advisory_xact_lock(1); ${CONTROLS.scan!}`)).includes('velocity_buckets'),
          'control: the second statement of a text',
        );
      } finally {
        await c.end();
      }
    },
  );

  test('statements per request stay within budget', { skip: unreachable ? `no PostgreSQL answers (${unreachable})` : false }, () => {
    const n = m.fewest();
    console.log(`statements per request (PostgreSQL): ${JSON.stringify(n)} ${JSON.stringify(m.runs)}`);
    for (const p of ['raw', 'eth2', 'rpc'] as const) {
      assert.ok(n[p] > 0, `${p}: counted`);
      assert.ok(n[p] <= BUDGET.postgres[p], `${p}: ${n[p]} statements, budget ${BUDGET.postgres[p]}`);
    }
  });
});
