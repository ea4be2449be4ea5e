/**
 * The eth2 remote signer (#16) through a real `custos serve` process and its eth2 listener
 * (Web3Signer API, loopback callers mapped to a validator principal), on SQLite and then on
 * PostgreSQL (the machine's server, a fresh database). In the same run, the reference: a bare
 * blst sign loop (@chainsafe/blst, one core), as the server signs.
 *
 *   (a) epoch-boundary burst: 1,000 validators' attestations submitted at once over 32 keep-alive
 *       connections; time until every one is answered (issue 16: <= 1 s on SQLite). Every answer
 *       must be 200.
 *   (b) sustained attestation signing with slashing protection (each duty a signing request:
 *       policy, one durable transaction with its EIP-3076 record, one audit event) over 32
 *       connections, as a fraction of blst's own sign rate (issue 16: >= 0.8).
 *   (c) the same on PostgreSQL, as a fraction of SQLite (issue 16: >= 0.5).
 *
 * The load runs in this process (one core of the two), the server in its own.
 *
 *   npm run build && node --import tsx bench/eth2.ts      (~1.5 min on a quiet machine)
 *   BENCH_ETH2_VALIDATORS, BENCH_ETH2_MS (sustained phase), BENCH_ETH2_PG=0 (SQLite only),
 *   BENCH_PG_WRITERS (the PostgreSQL server's custos_writers; default: the driver's),
 *   BENCH_ETH2_HISTORY=1: before the warm-up, give the validator principal and every key the
 *   velocity counters a week of production leaves (the principal: every 10 s bucket of the last
 *   10 minutes, every minute of the hour, every hour of the week; each key: an attestation every
 *   epoch, 6.4 minutes), so a duty reads the windows a long-running signer reads.
 *   BENCH_ETH2_PG_DELAY_MS (PostgreSQL through bench/delay-proxy.ts, that many ms each way)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { SecretKey } from '@chainsafe/blst';
import { attestation } from '../test/helpers/eth2-duties.js';
import { CustosClient } from '../src/client/client.js';
import { generateCredentialKey, readCredentialFile } from '../src/auth/credential.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT, cli, startServer, type ServerProcess } from '../test/helpers/process.js';
import { TEST_KDF } from '../test/helpers/cli.js';
import { ADMIN_URL, createDatabase, dropDatabase, pgUnreachable } from '../test/helpers/pg.js';
import Database from 'better-sqlite3';
import pg from 'pg';
import { cpuMicros, cpuPerCall, median, run, threadCpuMicros } from './timing.js';
import { startDelayProxy, type DelayProxy } from './delay-proxy.js';

const VALIDATORS = Number(process.env.BENCH_ETH2_VALIDATORS ?? 1000);
const CONNECTIONS = 32;
const SUSTAIN_MS = Number(process.env.BENCH_ETH2_MS ?? 8000);
const BURSTS = 5;
/** A duty's JSON body: the attestation of `target` with source `source`. */
const attestationJson = (source: number, target: number): string => JSON.stringify(attestation(target, source));

// ---- the reference: blst's own sign rate, one core ----
const sk = SecretKey.fromKeygen(randomBytes(32));
const msg = randomBytes(32);
run(() => sk.sign(msg), 500);
const blstRate = median([run(() => sk.sign(msg), 1000), run(() => sk.sign(msg), 1000), run(() => sk.sign(msg), 1000)]);

const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });
function post(url: string, pubkey: string, body: string): Promise<number> {
  return new Promise((ok, fail) => {
    const u = new URL(`/api/v1/eth2/sign/${pubkey}`, url);
    const req = request(
      { host: u.hostname, port: u.port, path: u.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', accept: 'application/json' } },
      (res) => {
        res.resume();
        res.on('end', () => ok(res.statusCode ?? 0));
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

async function eth2Url(s: ServerProcess): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const m = /eth2 remote signer \(Web3Signer API\) at (http:\/\/127\.0\.0\.1:\d+)/.exec(s.log());
    if (m) return m[1]!;
    await sleep(50);
  }
  throw new Error(`no eth2 listener in the log:\n${s.log()}`);
}

const HISTORY = process.env.BENCH_ETH2_HISTORY === '1';
/** The velocity buckets a week of duties leaves (see BENCH_ETH2_HISTORY), written straight into the store. */
async function seedHistory(store: string | undefined, dir: string, principal: string, keys: string[]): Promise<number> {
  const nowS = Math.floor(Date.now() / 1000);
  const rows: [string, string, number, number][] = [];
  const windowS: Record<number, number> = { 10: 600, 60: 3600, 3600: 7 * 86_400 };
  const add = (scope: string, subject: string, everyS: number) => {
    const seen = new Set<string>();
    for (const res of [10, 60, 3600]) {
      for (let t = nowS - windowS[res]! - res; t < nowS - 60; t += everyS) {
        const b = Math.floor(t / res);
        if (seen.has(`${res}:${b}`)) continue;
        seen.add(`${res}:${b}`);
        rows.push([scope, subject, res, b]);
      }
    }
  };
  const sql = 'INSERT INTO velocity_buckets (scope, subject, res, bucket, count, value_usd) VALUES ';
  const conflict = ' ON CONFLICT (scope, subject, res, bucket) DO NOTHING';
  if (!store) {
    const db = new Database(join(dir, 'd', 'custos.db'));
    db.pragma('busy_timeout = 10000');
    const id = (db.prepare('SELECT id FROM principals WHERE name = ?').get(principal) as { id: string }).id;
    add('principal', id, 10);
    keys.forEach((k, i) => add('key', k, 384 + (i % 7)));
    const ins = db.prepare(`${sql}(?, ?, ?, ?, 1, 0)${conflict}`);
    db.transaction(() => rows.forEach((r) => ins.run(...r)))();
    db.close();
  } else {
    const c = new pg.Client({ connectionString: store });
    await c.connect();
    const id = ((await c.query('SELECT id FROM principals WHERE name = $1', [principal])).rows[0] as { id: string }).id;
    add('principal', id, 10);
    keys.forEach((k, i) => add('key', k, 384 + (i % 7)));
    for (let i = 0; i < rows.length; i += 5000) {
      const part = rows.slice(i, i + 5000);
      await c.query(`${sql}${part.map((_, j) => `($${4 * j + 1}, $${4 * j + 2}, $${4 * j + 3}, $${4 * j + 4}, 1, 0)`).join(', ')}${conflict}`, part.flat());
    }
    await c.end();
  }
  return rows.length;
}

interface Figures {
  bursts: number[];
  rate: number;
  refused: number;
  /** The server process's CPU time (user + system, from /proc) per sustained duty, in microseconds. */
  cpuPerDuty: number;
}

// The reference's CPU time per signature, so a loaded machine (other processes' time) cancels out of the ratio.
const blstCpu = cpuPerCall(() => sk.sign(msg), 3000);

/** `served`: the store URL the server uses, when it differs from the one `init` writes (through the delay proxy). */
async function measure(label: string, store: string | undefined, served = store): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'custos-bench-eth2-'));
  writeFileSync(join(dir, 'pw'), 'bench eth2 passphrase');
  const init = cli(['init', '--data', 'd', ...(store ? ['--store', store] : []), '--passphrase-file', 'pw', ...TEST_KDF, '--json'], dir);
  if (init.code !== 0) throw new Error(init.stderr);
  const server = await startServer(
    [
      '--data',
      'd',
      ...(served ? ['--store', served] : []),
      '--eth2-listen',
      '127.0.0.1:0',
      '--eth2-insecure-loopback',
      'vc',
      '--max-stored-mib-per-hour',
      '1048576',
      '--metrics-listen',
      '127.0.0.1:0',
      // BENCH_ETH2_SERVER_ARGS: more serve options, e.g. "--bls-workers 0".
      ...(process.env.BENCH_ETH2_SERVER_ARGS ? process.env.BENCH_ETH2_SERVER_ARGS.split(' ') : []),
    ],
    dir,
    // BENCH_ETH2_SERVER_NODE_OPTIONS (e.g. --require HOOK.cjs, a hook that starts an inspector profile; --cpu-prof is refused in NODE_OPTIONS) profiles the server.
    {
      CUSTOS_PASSPHRASE_FILE: join(dir, 'pw'),
      ...(process.env.BENCH_ETH2_SERVER_NODE_OPTIONS ? { NODE_OPTIONS: process.env.BENCH_ETH2_SERVER_NODE_OPTIONS } : {}),
    },
  );
  try {
    const url = await eth2Url(server);
    const admin = new CustosClient({ url: server.url, credential: readCredentialFile(join(dir, 'd', 'admin.credential.json')) });
    await admin.call('principal.create', { name: 'vc', role: 'validator', publicKey: generateCredentialKey().publicKeyHex });
    await admin.call('policy.set', { source: 'rules:\n  - name: duties\n    effect: allow\n    when: principal.role == "validator"\n' });
    const items = Array.from({ length: VALIDATORS }, (_, i) => ({
      name: `v${i}`,
      content: SecretKey.fromKeygen(randomBytes(32)).toHex().replace(/^0x/, ''),
      type: 'bls12-381',
    }));
    const made = (await admin.call('key.importBatch', { format: 'raw', items })) as { keys: { publicKey: string }[] };
    const pubkeys = made.keys.map((k) => `0x${k.publicKey}`);
    if (HISTORY)
      console.log(
        `${label.padEnd(10)} a week of velocity history: ${await seedHistory(
          store,
          dir,
          'vc',
          items.map((k) => k.name),
        )} counter rows`,
      );
    const epoch = new Array<number>(VALIDATORS).fill(10);
    const duty = (v: number) => {
      const e = epoch[v]!++;
      return post(url, pubkeys[v]!, attestationJson(e, e + 1));
    };
    // Warm-up: one duty per validator (the index, the JIT, the store's caches).
    let refused = 0;
    for (let v = 0; v < VALIDATORS; v += CONNECTIONS) {
      const codes = await Promise.all(Array.from({ length: Math.min(CONNECTIONS, VALIDATORS - v) }, (_, j) => duty(v + j)));
      refused += codes.filter((c) => c !== 200).length;
    }
    // (a) bursts: every validator's attestation at once.
    const bursts: number[] = [];
    for (let b = 0; b < BURSTS; b++) {
      const t0 = performance.now();
      const codes = await Promise.all(Array.from({ length: VALIDATORS }, (_, v) => duty(v)));
      bursts.push(performance.now() - t0);
      refused += codes.filter((c) => c !== 200).length;
      await sleep(200);
    }
    // (b) sustained: 32 connections, round robin over the validators (one duty per validator in flight at most).
    let next = 0;
    let ok = 0;
    const c0 = cpuMicros(server.proc.pid!);
    const m0 = threadCpuMicros(server.proc.pid!);
    const until = performance.now() + SUSTAIN_MS;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (performance.now() < until) {
          const code = await duty(next++ % VALIDATORS);
          if (code === 200) ok++;
          else refused++;
        }
      }),
    );
    const rate = ok / ((performance.now() - t0) / 1000);
    const cpuPerDuty = (cpuMicros(server.proc.pid!) - c0) / ok;
    // The main thread's own share (the rest: worker threads such as --bls-workers', V8's GC helpers, libuv's pool).
    const mainPerDuty = (threadCpuMicros(server.proc.pid!) - m0) / ok;
    console.log(
      `${label.padEnd(10)} burst of ${VALIDATORS} (32 conns): median ${median(bursts).toFixed(0)} ms, max ${Math.max(...bursts).toFixed(0)} ms | sustained ${rate.toFixed(0)} duties/s = ${(rate / blstRate).toFixed(3)} x blst${refused ? ` | ${refused} not 200` : ''}`,
    );
    console.log(
      `${''.padEnd(10)} server CPU per sustained duty ${cpuPerDuty.toFixed(0)} us = ${(cpuPerDuty / blstCpu).toFixed(2)} x blst's CPU per signature (${blstCpu.toFixed(0)} us): CPU-bound rate ${(blstCpu / cpuPerDuty).toFixed(3)} x blst; main thread ${mainPerDuty.toFixed(0)} us = ${(mainPerDuty / blstCpu).toFixed(2)} x blst's`,
    );
    // The presigns' outcomes (decision 0035), where the server has them.
    const metrics = /metrics \(Prometheus, no authentication\) at (http:\/\/127\.0\.0\.1:\d+\/metrics)/.exec(server.log())?.[1];
    const presigns = metrics ? [...(await (await fetch(metrics)).text()).matchAll(/^custos_bls_presigns\{outcome="(\w+)"\} (\d+)$/gm)] : [];
    if (presigns.length > 0) console.log(`${''.padEnd(10)} presigns since the start: ${presigns.map((m) => `${m[1]} ${m[2]}`).join(', ')}`);
    return { bursts, rate, refused, cpuPerDuty };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The floor any remote signer on one JS thread has here: a bare node:http server (its own process)
 * that parses the same attestation JSON and signs 32 bytes with blst, driven by the same load. What
 * custos adds on top (policy, slashing protection, the durable record, the audit event) is the
 * difference.
 */
async function measureFloor(): Promise<{ rate: number; cpu: number }> {
  const code = `
    const { SecretKey } = require('@chainsafe/blst');
    const { randomBytes } = require('node:crypto');
    const sk = SecretKey.fromKeygen(randomBytes(32));
    require('node:http').createServer((req, res) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        const root = Buffer.from(String(body.attestation.beacon_block_root).slice(2), 'hex');
        const signature = sk.sign(root).toHex();
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ signature }));
      });
    }).listen(0, '127.0.0.1', function () { console.log('listening on http://127.0.0.1:' + this.address().port); });`;
  const server = await startProcessInline(code);
  try {
    const pk = `0x${'00'.repeat(48)}`;
    for (let i = 0; i < 500; i++) await post(server.url, pk, attestationJson(1, 2)); // warm-up
    let ok = 0;
    const c0 = cpuMicros(server.proc.pid!);
    const t0 = performance.now();
    const until = t0 + SUSTAIN_MS;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async (_, j) => {
        while (performance.now() < until) if ((await post(server.url, pk, attestationJson(j, j + 1))) === 200) ok++;
      }),
    );
    const rate = ok / ((performance.now() - t0) / 1000);
    return { rate, cpu: (cpuMicros(server.proc.pid!) - c0) / ok };
  } finally {
    await server.stop();
  }
}

/** A `node -e CODE` child that prints "listening on URL" (the floor's bare server), run from the repository root. */
async function startProcessInline(code: string): Promise<{ url: string; proc: ChildProcess; stop: () => Promise<void> }> {
  const proc = spawn(process.execPath, ['-e', code], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise<string>((ok, fail) => {
    let out = '';
    proc.stdout!.on('data', (d) => {
      out += String(d);
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) ok(m[1]!);
    });
    proc.once('exit', (c) => fail(new Error(`the floor server exited (${c})`)));
  });
  return {
    url,
    proc,
    stop: () =>
      new Promise<void>((ok) => {
        proc.once('exit', () => ok());
        proc.kill('SIGTERM');
      }),
  };
}

console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown'} x ${cpus().length}, Node ${process.version}, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(`blst sign (one core): ${blstRate.toFixed(0)} signatures/s (${(1e6 / blstRate).toFixed(0)} us each)`);
const lite = await measure('SQLite', undefined);
const floor = await measureFloor();
console.log(
  `floor      bare node:http + JSON.parse + blst sign, no store (another process, same load): sustained ${floor.rate.toFixed(0)} req/s = ${(floor.rate / blstRate).toFixed(3)} x blst; CPU per request ${floor.cpu.toFixed(0)} us = ${(floor.cpu / blstCpu).toFixed(2)} x blst's`,
);
console.log(`custos / floor: CPU per duty ${(lite.cpuPerDuty / floor.cpu).toFixed(2)} x, sustained rate ${(lite.rate / floor.rate).toFixed(3)} x`);
if (process.env.BENCH_ETH2_PG === '0') console.log('PostgreSQL: skipped (BENCH_ETH2_PG=0)');
else if ((await pgUnreachable()) !== null) console.log('PostgreSQL does not answer at 127.0.0.1:5432: skipped');
else {
  const db = `custos_bench_eth2_${randomBytes(6).toString('hex')}`;
  let proxy: DelayProxy | undefined;
  await createDatabase(ADMIN_URL, db);
  try {
    const writers = process.env.BENCH_PG_WRITERS ? `?custos_writers=${process.env.BENCH_PG_WRITERS}` : '';
    // BENCH_ETH2_PG_DELAY_MS: the server reaches PostgreSQL through bench/delay-proxy.ts (that many ms each way), as a database on another host.
    const delay = process.env.BENCH_ETH2_PG_DELAY_MS ? Number(process.env.BENCH_ETH2_PG_DELAY_MS) : undefined;
    proxy = delay === undefined ? undefined : await startDelayProxy({ target: '127.0.0.1:5432', delayMs: delay });
    const direct = `postgres://postgres@127.0.0.1:5432/${db}${writers}`;
    const pg = await measure(proxy ? `PG +${delay}ms` : 'PostgreSQL', direct, proxy ? `postgres://postgres@127.0.0.1:${proxy.port}/${db}${writers}` : direct);
    console.log(`PostgreSQL / SQLite sustained: ${(pg.rate / lite.rate).toFixed(3)}`);
  } finally {
    await proxy?.close();
    await dropDatabase(ADMIN_URL, db).catch(() => undefined);
  }
}
agent.destroy();
