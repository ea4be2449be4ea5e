/**
 * Threshold signing latency, FROST 2-of-3 and 3-of-5 per ciphersuite:
 *
 * - in process: the same protocol (commit per party, signShare per party,
 *   aggregate + verification) run one party after another in this process;
 * - across processes: an authenticated signing request through the custos
 *   server (HTTP, policy, audit) whose shares come from party processes
 *   (`custos party serve`) on loopback, each with its own store; p50 / p99
 *   over a fixed number of sequential requests.
 *
 *   npm run build && node --import tsx bench/threshold.ts      (~2 min)
 */
import { cpus } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
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

async function main(): Promise<void> {
  console.log(`machine: ${cpus()[0]?.model ?? 'unknown'} x ${cpus().length}, Node ${process.version}`);
  console.log(`FROST signing latency, ${SAMPLES} sequential signatures after ${WARMUP} warm-up`);
  const configs: [number, number][] = [
    [2, 3],
    [3, 5],
  ];
  const local: Record<string, number[]> = {};
  for (const suite of FROST_SUITES) for (const [t, n] of configs) local[`${suite} ${t}-of-${n}`] = inProcess(suite, t, n);

  const root = mkdtempSync(join(tmpdir(), 'custos-bench-tss-'));
  const names = ['b1', 'b2', 'b3', 'b4', 'b5'];
  const parties = await startParties(root, names);
  const init = await Instance.init({ data: join(root, 'coord') }, { kind: 'passphrase', passphrase: utf8('bench passphrase'), argon2: { memoryKib: 8192, iterations: 1, parallelism: 1 } }, 'bench');
  const cred = await bootstrapAdmin(buildServices(init.instance), join(root, 'admin.json'));
  await init.instance.close();
  const server = await serve({ data: join(root, 'coord'), listen: '127.0.0.1:0', unseal: { passphrase: utf8('bench passphrase') }, log: () => undefined, tickMs: 1000 });
  const admin = new CustosClient({ url: server.url, credential: readCredentialFile(cred) });
  try {
    for (const p of parties) await admin.call('party.add', { name: p.name, url: p.url, identity: p.identity });
    await admin.call('policy.set', { source: 'rules:\n  - name: admins\n    effect: allow\n    when: principal.role == "admin"\n' });
    console.log('');
    console.log(`${'suite'.padEnd(28)} ${'in one process'.padEnd(34)} ${'across processes (HTTP request e2e)'}`);
    for (const suite of FROST_SUITES) {
      for (const [t, n] of configs) {
        const name = `${suite.replace('frost-', '')}-${t}of${n}`;
        await admin.call('key.create', { name, type: suite, threshold: t, parties: names.slice(0, n), allowRaw: true });
        const message = Buffer.from(MSG).toString('hex');
        const sign = async () => {
          const start = performance.now();
          const r = await admin.call('sign', { key: name, message });
          if (r.status !== 'signed') throw new Error(`not signed: ${JSON.stringify(r).slice(0, 300)}`);
          return performance.now() - start;
        };
        for (let i = 0; i < WARMUP; i++) await sign();
        const xs: number[] = [];
        for (let i = 0; i < SAMPLES; i++) xs.push(await sign());
        const key = `${suite} ${t}-of-${n}`;
        console.log(`${key.padEnd(28)} ${fmt(local[key]!).padEnd(34)} ${fmt(xs)}`);
      }
    }
  } finally {
    await server.close();
    await Promise.all(parties.map((p) => p.stop()));
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
