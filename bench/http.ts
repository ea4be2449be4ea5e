/**
 * Signing over HTTP: authenticated (P-256 request signature), policy-checked,
 * audited secp256k1 signing through a real `custos serve` process, driven by
 * a separate load process (bench/load.ts) at 1, 8 and 32 concurrent
 * connections. In the same run, the references: the raw native sign
 * (libsecp256k1), the request-authentication verify (P-256, cached key) and a
 * bare fastify echo of the same body size at the same concurrency.
 *
 *   efficiency = e2e throughput x (t_echo + t_auth_verify + t_sign)
 *
 * (1.0 = custos costs no more than echo + verify + sign; issue 7 asks >= 0.8.)
 *
 *   npm run build && node --import tsx bench/http.ts      (~1 min)
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpus, tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createHash, generateKeyPairSync, sign, verify } from 'node:crypto';
import { ecdsaSign } from '../src/crypto/secp256k1.js';
import { getAlgorithm } from '../src/crypto/algorithms.js';
import { CustosClient } from '../src/client/client.js';
import { generateCredentialKey, readCredentialFile } from '../src/auth/credential.js';
import { ethereumAddress } from '../src/crypto/addresses.js';
import { startServer, ROOT } from '../test/helpers/process.js';
import { cpuMicros, cpuPerCall, median, run } from './timing.js';

const DURATION_MS = Number(process.env.BENCH_HTTP_MS ?? 5000);
const LEVELS = [1, 8, 32];
/** Extra keys for the key-count comparison of the JSON-RPC path (bench/README: BENCH_KEYS). */
const EXTRA_KEYS = Number(process.env.BENCH_KEYS ?? 10000);

function load(spec: Record<string, unknown>): { count: number; errors: number; rps: number; p50: number; p99: number } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'load.ts'), JSON.stringify(spec)], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: DURATION_MS + 60_000,
  });
  if (r.status !== 0) throw new Error(`load failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

const us = (ops: number) => 1e6 / ops;

// References measured in this process.
const sk = getAlgorithm('secp256k1').generate();
const digest = createHash('sha256').update('bench').digest();
const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const canonical = Buffer.from(`custos-request-v1\nPOST\n/v1/sign\n${'ab'.repeat(32)}\n1763790000\n${'cd'.repeat(11)}\nbench`);
const sig = sign('sha256', canonical, { key: p256.privateKey, dsaEncoding: 'ieee-p1363' });
run(() => ecdsaSign(sk, digest), 300);
const tSign = us(median([run(() => ecdsaSign(sk, digest), 500), run(() => ecdsaSign(sk, digest), 500), run(() => ecdsaSign(sk, digest), 500)]));
const verifyOnce = () => verify('sha256', canonical, { key: p256.publicKey, dsaEncoding: 'ieee-p1363' }, sig);
run(verifyOnce, 300);
const tAuth = us(median([run(verifyOnce, 500), run(verifyOnce, 500), run(verifyOnce, 500)]));
// The same references as CPU time (a loaded machine inflates wall clock, not CPU per call).
const cSign = cpuPerCall(() => ecdsaSign(sk, digest), 20_000);
const cAuth = cpuPerCall(verifyOnce, 10_000);

/** Run `fn` (a load phase) and return it with the CPU time `pid` spent per request meanwhile. */
function withCpu<T extends { count: number }>(pid: number, fn: () => T): T & { cpu: number } {
  const c0 = cpuMicros(pid);
  const r = fn();
  return { ...r, cpu: (cpuMicros(pid) - c0) / Math.max(1, r.count) };
}

console.log(
  `machine: ${cpus()[0]?.model ?? 'unknown'} x ${cpus().length}, Node ${process.version}; ${DURATION_MS / 1000} s per level, load from a separate process`,
);
console.log(
  `t_sign (libsecp256k1 ECDSA) ${tSign.toFixed(1)} us, t_auth_verify (P-256) ${tAuth.toFixed(1)} us (CPU per call: ${cSign.toFixed(1)} us, ${cAuth.toFixed(1)} us)`,
);

const dir = mkdtempSync(join(tmpdir(), 'custos-bench-http-'));
const echoProc = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', 'echo-server.ts')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
const echoUrl: string = await new Promise((ok) =>
  echoProc.stdout!.on('data', (d) => /listening on (\S+)/.test(String(d)) && ok(/listening on (\S+)/.exec(String(d))![1]!)),
);
const server = await startServer(['--dev', '--data', join(dir, 'data')], dir);
try {
  const credential = join(dir, 'data', 'admin.credential.json');
  const admin = new CustosClient({ url: server.url, credential: readCredentialFile(credential) });
  await admin.call('policy.set', { source: 'rules:\n  - name: admins\n    effect: allow\n    when: principal.role == "admin"\n' });
  const hot = await admin.call('key.create', { name: 'hot', type: 'secp256k1', allowRaw: true });
  load({ url: server.url, mode: 'sign', concurrency: 8, durationMs: 1000, credential, key: 'hot' }); // warm-up
  console.log('');
  // cpu efficiency = (echo server CPU per request + CPU per verify + CPU per sign) / custos CPU per request.
  console.log('conns   echo req/s  t_echo us   custos req/s   p50 ms   p99 ms   efficiency   echo CPU us  custos CPU us  cpu efficiency');
  for (const c of LEVELS) {
    const e = withCpu(echoProc.pid!, () => load({ url: echoUrl, mode: 'echo', concurrency: c, durationMs: DURATION_MS }));
    const s = withCpu(server.proc.pid!, () => load({ url: server.url, mode: 'sign', concurrency: c, durationMs: DURATION_MS, credential, key: 'hot' }));
    const tEcho = us(e.rps);
    const eff = s.rps * (tEcho + tAuth + tSign) * 1e-6;
    const effCpu = (e.cpu + cAuth + cSign) / s.cpu;
    console.log(
      `${String(c).padStart(5)} ${e.rps.toFixed(0).padStart(12)} ${tEcho.toFixed(1).padStart(10)} ${s.rps.toFixed(0).padStart(14)} ${s.p50.toFixed(2).padStart(8)} ${s.p99.toFixed(2).padStart(8)} ${eff.toFixed(3).padStart(12)} ${e.cpu.toFixed(0).padStart(13)} ${s.cpu.toFixed(0).padStart(14)} ${effCpu.toFixed(3).padStart(15)}${s.errors ? `  (${s.errors} errors)` : ''}`,
    );
  }

  // Bearer-token personal_sign through /v1/eth/rpc: with one key, then with EXTRA_KEYS more (the address lookup).
  await admin.call('policy.set', {
    source:
      'rules:\n  - name: admins\n    effect: allow\n    when: principal.role == "admin"\n  - name: agents\n    effect: allow\n    when: principal.role == "agent"\n',
  });
  const agentKey = generateCredentialKey();
  await admin.call('principal.create', { name: 'bench-agent', role: 'agent', publicKey: agentKey.publicKeyHex });
  const token = (await admin.call('token.create', { principal: 'bench-agent', ttl: '1h' })).token;
  const address = ethereumAddress(Buffer.from(hot.publicKey, 'hex'));
  const rpc = (c: number) => load({ url: server.url, mode: 'rpc', concurrency: c, durationMs: DURATION_MS, token, address });
  load({ url: server.url, mode: 'rpc', concurrency: 8, durationMs: 1000, token, address }); // warm-up
  const oneKey = [8, 32].map((c) => ({ c, r: rpc(c) }));
  const t0 = performance.now();
  load({ url: server.url, mode: 'create', concurrency: 16, durationMs: 3_600_000, maxRequests: EXTRA_KEYS, credential, prefix: 'k' });
  console.log(`\n${EXTRA_KEYS} more keys created over HTTP in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  console.log('personal_sign (bearer) conns   1 key req/s  p50 ms  p99 ms  efficiency   ' + `${EXTRA_KEYS + 1} keys req/s  p50 ms  p99 ms   ratio`);
  for (const { c, r } of oneKey) {
    const m = rpc(c);
    const e = load({ url: echoUrl, mode: 'echo', concurrency: c, durationMs: DURATION_MS });
    const eff = r.rps * (us(e.rps) + tSign) * 1e-6; // a bearer token costs a hash, not a signature verify
    console.log(
      `${String(c).padStart(31)} ${r.rps.toFixed(0).padStart(12)} ${r.p50.toFixed(2).padStart(7)} ${r.p99.toFixed(2).padStart(7)} ${eff.toFixed(3).padStart(11)} ${m.rps.toFixed(0).padStart(17)} ${m.p50.toFixed(2).padStart(7)} ${m.p99.toFixed(2).padStart(7)} ${(m.rps / r.rps).toFixed(3).padStart(7)}${r.errors + m.errors ? `  (${r.errors + m.errors} errors)` : ''}`,
    );
  }
} finally {
  await server.stop();
  echoProc.kill();
  rmSync(dir, { recursive: true, force: true });
}
