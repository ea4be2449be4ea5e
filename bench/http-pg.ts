/**
 * Signing over HTTP with two custos instances on one PostgreSQL database
 * (the machine's server, a fresh database): the same authenticated,
 * policy-checked, audited secp256k1 request as bench/http.ts, with the load
 * split evenly over both instances by two load processes running at once,
 * at 2, 8 and 32 connections in all. Beside it, one instance on the same
 * database, same load, for the ratio.
 *
 *   npm run build && node --import tsx bench/http-pg.ts      (~1 min)
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { CustosClient } from '../src/client/client.js';
import { readCredentialFile } from '../src/auth/credential.js';
import { cli, startServer, ROOT, type ServerProcess } from '../test/helpers/process.js';
import { ADMIN_URL, pgUnreachable, createDatabase, dropDatabase } from '../test/helpers/pg.js';

const DURATION_MS = Number(process.env.BENCH_HTTP_MS ?? 5000);

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

if ((await pgUnreachable()) !== null) {
  console.log('PostgreSQL does not answer at 127.0.0.1:5432: skipped');
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'custos-bench-pg-'));
const db = `custos_bench_${randomBytes(6).toString('hex')}`;
await createDatabase(ADMIN_URL, db);
const store = `postgres://postgres@127.0.0.1:5432/${db}`;
let servers: ServerProcess[] = [];
try {
  writeFileSync(join(dir, 'pw'), 'postgres bench passphrase');
  const init = cli(['init', '--data', 'd', '--store', store, '--passphrase-file', 'pw', '--kdf-memory-mib', '8', '--kdf-iterations', '1', '--json'], dir);
  if (init.code !== 0) throw new Error(init.stderr);
  servers = await Promise.all([0, 1].map(() => startServer(['--data', 'd', '--store', store], dir, { CUSTOS_PASSPHRASE_FILE: join(dir, 'pw') })));
  const credential = join(dir, 'd', 'admin.credential.json');
  const admin = new CustosClient({ url: servers[0]!.url, credential: readCredentialFile(credential) });
  await admin.call('policy.set', { source: 'rules:\n  - name: admins\n    effect: allow\n    when: principal.role == "admin"\n' });
  await admin.call('key.create', { name: 'hot', type: 'secp256k1', allowRaw: true });
  const spec = (url: string, concurrency: number) => ({ url, mode: 'sign', concurrency, durationMs: DURATION_MS, credential, key: 'hot' });
  await load({ ...spec(servers[0]!.url, 4), durationMs: 1000 }); // warm-up
  console.log(
    `machine: ${cpus()[0]?.model ?? 'unknown'} x ${cpus().length}, Node ${process.version}; PostgreSQL on 127.0.0.1; ${DURATION_MS / 1000} s per level`,
  );
  console.log('conns   one instance req/s  p50 ms  p99 ms    two instances req/s  p50 ms  p99 ms');
  for (const c of [2, 8, 32]) {
    const one = await load(spec(servers[0]!.url, c));
    const two = await Promise.all(servers.map((s) => load(spec(s.url, c / 2))));
    const rps = two.reduce((a, r) => a + r.rps, 0);
    const p50 = Math.max(...two.map((r) => r.p50));
    const p99 = Math.max(...two.map((r) => r.p99));
    const errors = one.errors + two.reduce((a, r) => a + r.errors, 0);
    console.log(
      `${String(c).padStart(5)} ${one.rps.toFixed(0).padStart(20)} ${one.p50.toFixed(2).padStart(7)} ${one.p99.toFixed(2).padStart(7)} ${rps.toFixed(0).padStart(24)} ${p50.toFixed(2).padStart(7)} ${p99.toFixed(2).padStart(7)}${errors ? `  (${errors} errors)` : ''}`,
    );
  }
} finally {
  await Promise.all(servers.map((s) => s.stop()));
  await dropDatabase(ADMIN_URL, db).catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
}
