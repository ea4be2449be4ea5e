/**
 * Threshold signing latency, FROST 2-of-3 and 3-of-5 per ciphersuite:
 *
 * - in process: the same protocol (commit per party, signShare per party,
 *   aggregate + verification) run one party after another in this process;
 * - across processes: an authenticated signing request through the custos
 *   server (HTTP, policy, audit) whose shares come from party processes
 *   (`custos party serve`) on loopback, each with its own store; p50 / p99
 *   over a fixed number of sequential requests;
 * - the reference, in the same run and through the same server: the same
 *   request signed by a local (non-threshold) key of the matching curve
 *   (ed25519 EdDSA through OpenSSL for frost-ed25519; for the secp256k1 suites
 *   ECDSA over the message's SHA-256 through libsecp256k1, the fastest local
 *   signature, so the strictest reference); "extra" is the FROST p50 minus
 *   the local p50 (issue #14 P2).
 *   Local and threshold samples are interleaved so load drift hits both.
 *
 *   npm run build && node --import tsx bench/threshold.ts      (~2 min)
 */
import { createHash } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { aggregateVerified, commit, signShare, type FrostKeyPackage } from '../src/threshold/frost.js';
import { FROST_SUITES, type FrostSuite } from '../src/threshold/suites.js';
import { dkg } from './dkg.js';
import { Instance } from '../src/keystore/instance.js';
import { buildServices } from '../src/api/services.js';
import { bootstrapAdmin } from '../src/access/bootstrap.js';
import { serve } from '../src/server/serve.js';
import { CustosClient } from '../src/client/client.js';
import { readCredentialFile } from '../src/auth/credential.js';
import { utf8 } from '../src/crypto/bytes.js';
import { startParties } from '../test/helpers/parties.js';

const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 40);
const WARMUP = 5;
const MSG = new TextEncoder().encode('custos threshold bench message, 32+ bytes long....');

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const fmt = (xs: number[]) => `p50 ${pct(xs, 50).toFixed(1).padStart(6)} ms  p99 ${pct(xs, 99).toFixed(1).padStart(6)} ms`;

function inProcess(suite: FrostSuite, t: number, n: number): number[] {
  const keys = dkg(suite, t, n).slice(0, t);
  const once = () => {
    const start = performance.now();
    const nonces = keys.map((k) => commit(suite, k.secret));
    const list = nonces.map((x) => x.commitments);
    const shares = Object.fromEntries(keys.map((k, i) => [k.secret.identifier, signShare(suite, k.secret, k.public, nonces[i]!.nonces, list, MSG)]));
    aggregateVerified(suite, keys[0]!.public, list, MSG, shares);
    return performance.now() - start;
  };
  for (let i = 0; i < WARMUP; i++) once();
  return Array.from({ length: SAMPLES }, once);
}

/**
 * CPU time and time spent runnable but waiting for a CPU (run queue), in ms,
 * of every thread of a process (Linux /proc/PID/task/TID/schedstat, ns).
 */
function sched(pid: number): { cpu: number; wait: number } {
  let cpu = 0;
  let wait = 0;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const [run, queued] = readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ').map(Number);
      cpu += run! / 1e6;
      wait += queued! / 1e6;
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return { cpu, wait };
}

async function main(): Promise<void> {
  console.log(
    `machine: ${cpus()[0]?.model ?? 'unknown'} x ${cpus().length}, Node ${process.version}, load ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  console.log(`FROST signing latency, ${SAMPLES} sequential signatures after ${WARMUP} warm-up`);
  const configs: [number, number][] = [
    [2, 3],
    [3, 5],
  ];
  const local: Record<string, number[]> = {};
  // BENCH_IN_PROCESS=0 skips the in-process figures (for a CPU profile of the cross-process path alone).
  const skipLocal = process.env.BENCH_IN_PROCESS === '0';
  for (const suite of FROST_SUITES) for (const [t, n] of configs) local[`${suite} ${t}-of-${n}`] = skipLocal ? [Number.NaN] : inProcess(suite, t, n);

  const root = mkdtempSync(join(tmpdir(), 'custos-bench-tss-'));
  const names = ['b1', 'b2', 'b3', 'b4', 'b5'];
  // BENCH_PARTY_NODE_OPTIONS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof") is handed to the party processes.
  const partyOptions = process.env.BENCH_PARTY_NODE_OPTIONS;
  const parties = await startParties(root, names, (): Record<string, string> => (partyOptions ? { NODE_OPTIONS: partyOptions } : {}));
  const init = await Instance.init(
    { data: join(root, 'coord') },
    { kind: 'passphrase', passphrase: utf8('bench passphrase'), argon2: { memoryKib: 8192, iterations: 1, parallelism: 1 } },
    'bench',
  );
  const cred = await bootstrapAdmin(buildServices(init.instance), join(root, 'admin.json'));
  await init.instance.close();
  const server = await serve({
    data: join(root, 'coord'),
    listen: '127.0.0.1:0',
    unseal: { passphrase: utf8('bench passphrase') },
    log: () => undefined,
    tickMs: 1000,
  });
  const admin = new CustosClient({ url: server.url, credential: readCredentialFile(cred) });
  try {
    for (const p of parties) await admin.call('party.add', { name: p.name, url: p.url, identity: p.identity });
    await admin.call('policy.set', { source: 'rules:\n  - name: admins\n    effect: allow\n    when: principal.role == "admin"\n' });
    await admin.call('key.create', { name: 'local-ed25519', type: 'ed25519', allowRaw: true });
    await admin.call('key.create', { name: 'local-secp256k1', type: 'secp256k1', allowRaw: true });
    const cost: string[] = [];
    const message = Buffer.from(MSG).toString('hex');
    const digest = createHash('sha256').update(MSG).digest('hex');
    const signer = (input: Record<string, unknown>) => async () => {
      const start = performance.now();
      const r = await admin.call('sign', { message, ...input } as never);
      if ((r as { status?: string }).status !== 'signed') throw new Error(`not signed: ${JSON.stringify(r).slice(0, 300)}`);
      return performance.now() - start;
    };
    console.log('');
    console.log(
      `${'suite'.padEnd(28)} ${'in one process'.padEnd(34)} ${'across processes (HTTP request e2e)'.padEnd(36)} ${'local key, same request'.padEnd(34)} extra p50`,
    );
    for (const suite of FROST_SUITES) {
      for (const [t, n] of configs) {
        const name = `${suite.replace('frost-', '')}-${t}of${n}`;
        await admin.call('key.create', { name, type: suite, threshold: t, parties: names.slice(0, n), allowRaw: true });
        const sign = signer({ key: name });
        const ref = suite === 'frost-ed25519' ? signer({ key: 'local-ed25519' }) : signer({ key: 'local-secp256k1', message: undefined, digest });
        for (let i = 0; i < WARMUP; i++) (await sign(), await ref());
        const xs: number[] = [];
        const rs: number[] = [];
        for (let i = 0; i < SAMPLES; i++) (xs.push(await sign()), rs.push(await ref()));
        const key = `${suite} ${t}-of-${n}`;
        const extra = pct(xs, 50) - pct(rs, 50);
        console.log(`${key.padEnd(28)} ${fmt(local[key]!).padEnd(34)} ${fmt(xs).padEnd(36)} ${fmt(rs).padEnd(34)} ${extra.toFixed(1).padStart(6)} ms`);
        // Where a FROST signature's time goes, per signature: CPU burnt and run-queue wait, in this process
        // (client + coordinator server) and summed over the key's n party processes; FROST requests only.
        const pids = [process.pid, ...parties.slice(0, n).map((p) => p.proc.proc.pid!)];
        const before = pids.map(sched);
        const count = Math.max(10, SAMPLES / 2);
        const wall0 = performance.now();
        for (let i = 0; i < count; i++) await sign();
        const wall = (performance.now() - wall0) / count;
        const d = pids.map(sched).map((a, i) => ({ cpu: (a.cpu - before[i]!.cpu) / count, wait: (a.wait - before[i]!.wait) / count }));
        const sum = (xs: { cpu: number; wait: number }[], k: 'cpu' | 'wait') => xs.reduce((acc, x) => acc + x[k], 0);
        cost.push(
          `${key.padEnd(28)} wall ${wall.toFixed(1).padStart(6)}  coordinator cpu ${d[0]!.cpu.toFixed(1).padStart(5)} wait ${d[0]!.wait.toFixed(1).padStart(5)}  parties cpu ${sum(d.slice(1), 'cpu').toFixed(1).padStart(5)} wait ${sum(d.slice(1), 'wait').toFixed(1).padStart(5)}`,
        );
      }
    }
    console.log('');
    console.log(
      'per FROST signature, ms (mean over a FROST-only run): wall; CPU and run-queue wait of this process (client + coordinator) and of the n parties summed',
    );
    for (const line of cost) console.log(line);
    console.log(
      `load at end: ${loadavg()
        .map((x) => x.toFixed(2))
        .join(' ')}`,
    );
  } finally {
    await server.close();
    await Promise.all(parties.map((p) => p.stop()));
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
