/**
 * Load generator for bench/http.ts, run as its own process: `concurrency`
 * workers send requests back to back for `durationMs` (bounded in time and
 * count) and it prints one JSON line: count, errors, rps, p50/p99 in ms.
 *
 *   node --import tsx bench/load.ts '{"url":"http://127.0.0.1:8200","mode":"sign","concurrency":8,"durationMs":4000,"credential":"admin.json","key":"hot"}'
 *   mode "echo": POST {url}/echo with a body of the same size as a signing request.
 *   mode "rpc": personal_sign through /v1/eth/rpc with a bearer token ({"token","address"}).
 *   mode "create": key.create (secp256k1) as the credential, names {prefix}{n}, maxRequests of them.
 */
import { randomBytes } from 'node:crypto';
import { CustosClient } from '../src/client/client.js';
import { readCredentialFile } from '../src/auth/credential.js';

interface Spec {
  url: string;
  mode: 'sign' | 'echo' | 'rpc' | 'create';
  /** rpc: a bearer token and the address to personal_sign with; create: key name prefix. */
  token?: string;
  address?: string;
  prefix?: string;
  concurrency: number;
  durationMs: number;
  credential?: string;
  key?: string;
  maxRequests?: number;
}

const spec = JSON.parse(process.argv[2] ?? '{}') as Spec;
const client = spec.mode === 'sign' || spec.mode === 'create' ? new CustosClient({ url: spec.url, credential: readCredentialFile(spec.credential!) }) : null;
const echoBody = JSON.stringify({ key: 'hot', digest: randomBytes(32).toString('hex') });
const latencies: number[] = [];
let errors = 0;
let sent = 0;
const max = spec.maxRequests ?? 1_000_000;
const deadline = performance.now() + spec.durationMs;

async function one(): Promise<void> {
  const start = performance.now();
  try {
    if (spec.mode === 'rpc') {
      const res = await fetch(`${spec.url}/v1/eth/rpc`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${spec.token!}` },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'personal_sign', params: [`0x${randomBytes(32).toString('hex')}`, spec.address!] }),
      });
      const body = (await res.json()) as { result?: unknown };
      if (res.status !== 200 || typeof body.result !== 'string') errors++;
    } else if (spec.mode === 'create') {
      await client!.call('key.create', { name: `${spec.prefix!}${sent}`, type: 'secp256k1' });
    } else if (client) {
      const r = await client.call('sign', { key: spec.key!, digest: randomBytes(32).toString('hex') });
      if (r.status !== 'signed') errors++;
    } else {
      const res = await fetch(`${spec.url}/echo`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: echoBody });
      await res.text();
      if (res.status !== 200) errors++;
    }
  } catch {
    errors++;
  }
  latencies.push(performance.now() - start);
}

async function worker(): Promise<void> {
  while (performance.now() < deadline && sent < max) {
    sent++;
    await one();
  }
}

const t0 = performance.now();
await Promise.all(Array.from({ length: spec.concurrency }, worker));
const seconds = (performance.now() - t0) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
process.stdout.write(JSON.stringify({ count: latencies.length, errors, seconds, rps: latencies.length / seconds, p50: pct(50), p99: pct(99) }) + '\n');
