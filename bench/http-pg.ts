/**
 * Signing over HTTP on PostgreSQL (issue #14's PG target): the authenticated,
 * policy-checked, audited secp256k1 request of bench/http.ts, sent by
 * agents (each its own principal and key, each an equal share of the
 * connections; BENCH_PG_AGENTS, default 2) to
 *
 *   - one instance on SQLite (the reference),
 *   - one instance on PostgreSQL (every agent on it),
 *   - two instances on PostgreSQL (agent i on instance i mod 2, load processes
 *     at once),
 *
 * first with PostgreSQL on loopback, then with every PostgreSQL round trip
 * through bench/delay-proxy.ts (1 ms each way: a database on another host),
 * where two instances on these 2 cores measure the locking design rather than
 * the CPU. Ratios are from the same run. BENCH_HTTP_MS per level (default
 * 5000), BENCH_PG_CONNS (default 2,8,32), BENCH_PG_DELAY_MS (default 1),
 * BENCH_PG_WRITERS (the servers' custos_writers; default: the driver's).
 *
 *   npm run build && node --import tsx bench/http-pg.ts      (~2-3 min)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { CustosClient } from '../src/client/client.js';
import { readCredentialFile, generateCredentialKey, writeCredentialFile } from '../src/auth/credential.js';
import { cli, startServer, ROOT, type ServerProcess } from '../test/helpers/process.js';
import { ADMIN_URL, pgUnreachable, createDatabase, dropDatabase } from '../test/helpers/pg.js';

const DURATION_MS = Number(process.env.BENCH_HTTP_MS ?? 5000);
const CONNS = (process.env.BENCH_PG_CONNS ?? '2,8,32').split(',').map(Number);
const DELAY_MS = Number(process.env.BENCH_PG_DELAY_MS ?? 1);
/** BENCH_PG_AGENTS: how many agents (each its own principal and key) share the load (default 2); with two instances, agent i goes to instance i mod 2. */
const AGENTS = Array.from({ length: Number(process.env.BENCH_PG_AGENTS ?? 2) }, (_, i) => String.fromCharCode(97 + i));
/** BENCH_PG_WRITERS: the servers' `custos_writers` (signing transactions each runs at once); unset: the default. */
const WRITERS = process.env.BENCH_PG_WRITERS;

interface Result {
  count: number;
  errors: number;
  rps: number;
  p50: number;
  p99: number;
}
function load(spec: Record<string, unknown>): Promise<Result> {
  return new Promise((ok, fail) => {
    const p = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'load.ts'), JSON.stringify(spec)], { cwd: ROOT });
    let out = '';
    p.stdout.on('data', (d) => (out += String(d)));
    p.on('exit', (code) => (code === 0 ? ok(JSON.parse(out.trim().split('\n').pop()!)) : fail(new Error(`load exited ${code}`))));
  });
}

/** The delay proxy in a process of its own (as a network would be), and its port. */
function startProxy(): Promise<{ port: number; proc: ChildProcess }> {
  return new Promise((ok, fail) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'delay-proxy.ts'), '127.0.0.1:5432', String(DELAY_MS)], { cwd: ROOT });
    let out = '';
    proc.stdout.on('data', (d) => {
      out += String(d);
      const m = /^(\d+)\n/.exec(out);
      if (m) ok({ port: Number(m[1]), proc });
    });
    proc.on('exit', (code) => fail(new Error(`delay proxy exited ${code}`)));
  });
}

/** Every agent's load at once: agent i sends its share of `conns` to `targets[i mod targets.length]`. */
async function measure(dir: string, data: string, targets: string[], conns: number): Promise<Result> {
  const rs = await Promise.all(
    AGENTS.map((a, i) =>
      load({
        url: targets[i % targets.length],
        mode: 'sign',
        concurrency: Math.max(1, Math.round(conns / AGENTS.length)),
        durationMs: DURATION_MS,
        credential: join(dir, `${data}-bot-${a}.json`),
        key: `hot-${a}`,
      }),
    ),
  );
  return {
    count: rs.reduce((n, r) => n + r.count, 0),
    errors: rs.reduce((n, r) => n + r.errors, 0),
    rps: rs.reduce((n, r) => n + r.rps, 0),
    p50: Math.max(...rs.map((r) => r.p50)),
    p99: Math.max(...rs.map((r) => r.p99)),
  };
}

/** Init a data directory (SQLite, or `store`), start one server, add the policy, the agents and their keys; stop it. */
async function setUp(dir: string, data: string, store: string | null): Promise<void> {
  const storeArgs = store ? ['--store', store] : [];
  const init = cli(['init', '--data', data, ...storeArgs, '--passphrase-file', 'pw', '--kdf-memory-mib', '8', '--kdf-iterations', '1', '--json'], dir);
  if (init.code !== 0) throw new Error(init.stderr);
  const s = await startServer(['--data', data, ...storeArgs], dir, { CUSTOS_PASSPHRASE_FILE: join(dir, 'pw') });
  try {
    const admin = new CustosClient({ url: s.url, credential: readCredentialFile(join(dir, data, 'admin.credential.json')) });
    await admin.call('policy.set', { source: 'rules:\n  - name: agents\n    effect: allow\n    when: principal.role == "agent"\n' });
    for (const a of AGENTS) {
      const { privateKey, publicKeyHex } = generateCredentialKey();
      await admin.call('principal.create', { name: `bot-${a}`, role: 'agent', publicKey: publicKeyHex });
      writeCredentialFile(join(dir, `${data}-bot-${a}.json`), { principal: `bot-${a}`, role: 'agent', privateKey });
      await admin.call('key.create', { name: `hot-${a}`, type: 'secp256k1', allowRaw: true });
    }
  } finally {
    await s.stop();
  }
}

const fmt = (r: Result) =>
  `${r.rps.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1).padStart(6)}  p99 ${r.p99.toFixed(1).padStart(6)}${r.errors ? ` (${r.errors} errors)` : ''}`;

if ((await pgUnreachable()) !== null) {
  console.log('PostgreSQL does not answer at 127.0.0.1:5432: skipped');
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'custos-bench-pg-'));
const db = `custos_bench_${randomBytes(6).toString('hex')}`;
await createDatabase(ADMIN_URL, db);
const direct = `postgres://postgres@127.0.0.1:5432/${db}`;
const env = { CUSTOS_PASSPHRASE_FILE: join(dir, 'pw') };
let servers: ServerProcess[] = [];
let proxy: { port: number; proc: ChildProcess } | undefined;
try {
  writeFileSync(join(dir, 'pw'), 'postgres bench passphrase');
  await setUp(dir, 'sq', null);
  const sqlite = await startServer(['--data', 'sq'], dir, env);
  const sqliteResults = new Map<number, Result>();
  try {
    await measure(dir, 'sq', [sqlite.url, sqlite.url], 4); // warm-up
    for (const c of CONNS) sqliteResults.set(c, await measure(dir, 'sq', [sqlite.url, sqlite.url], c));
  } finally {
    await sqlite.stop();
  }
  await setUp(dir, 'pg', direct);
  proxy = await startProxy();
  const proxied = `postgres://postgres@127.0.0.1:${proxy.port}/${db}`;
  console.log(
    `machine: ${cpus()[0]?.model ?? 'unknown'} x ${cpus().length}, Node ${process.version}, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}; ${DURATION_MS / 1000} s per level; ${AGENTS.length} agents, each its own key, an equal share of the connections`,
  );
  for (const c of CONNS) console.log(`SQLite, one instance, ${String(c).padStart(2)} conns: ${fmt(sqliteResults.get(c)!)}`);
  for (const [label, url] of [
    ['direct', direct],
    [`through the ${DELAY_MS} ms delay proxy`, proxied],
  ] as const) {
    const store = WRITERS ? `${url}?custos_writers=${WRITERS}` : url;
    servers = await Promise.all([0, 1].map(() => startServer(['--data', 'pg', '--store', store], dir, env)));
    await measure(dir, 'pg', [servers[0]!.url, servers[1]!.url], 4); // warm-up
    console.log(`PostgreSQL ${label}:`);
    for (const c of CONNS) {
      const one = await measure(dir, 'pg', [servers[0]!.url, servers[0]!.url], c);
      const two = await measure(dir, 'pg', [servers[0]!.url, servers[1]!.url], c);
      const sq = sqliteResults.get(c)!;
      console.log(
        `  ${String(c).padStart(2)} conns  one instance ${fmt(one)}   two instances ${fmt(two)}   two/one ${(two.rps / one.rps).toFixed(2)} (target >= 1.8 through the proxy)   one PG/SQLite ${(one.rps / sq.rps).toFixed(2)} (target >= 0.5)`,
      );
    }
    await Promise.all(servers.map((s) => s.stop()));
    servers = [];
  }
  console.log(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  proxy?.proc.kill();
  await dropDatabase(ADMIN_URL, db).catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
}
