/**
 * Does the time of a refused request tell an unknown principal from a known
 * one? Interleaved signed GET /v1/requests with a stranger's key, claiming a
 * known name (admin: the signature does not verify) or an unknown one, against
 * an in-process server on loopback. Both are answered "authentication failed";
 * the unknown name is verified against a stand-in key and a stand-in row MAC
 * is computed (src/server/auth.ts), so the medians should be close.
 *
 *   node --import tsx bench/auth-refusals.ts      (~10 s)
 */
import { generateKeyPairSync } from 'node:crypto';
import { signRequest } from '../src/auth/request-signature.js';
import { TestServer } from '../test/helpers/server.js';
import { median } from './timing.js';

const N = Number(process.env.BENCH_AUTH_REFUSALS ?? 2000);
const t = await TestServer.start();
try {
  const { privateKey: stranger } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const one = async (name: string): Promise<number> => {
    const headers = signRequest(stranger, name, { method: 'GET', path: '/v1/requests' });
    const t0 = process.hrtime.bigint();
    const r = await fetch(`${t.url}/v1/requests`, { headers });
    await r.text();
    if (r.status !== 401) throw new Error(`expected 401, got ${r.status}`);
    return Number(process.hrtime.bigint() - t0) / 1e6;
  };
  for (let i = 0; i < 200; i++) {
    await one('admin'); // warm-up
    await one('nobody');
  }
  const known: number[] = [];
  const unknown: number[] = [];
  for (let i = 0; i < N; i++) {
    known.push(await one('admin'));
    unknown.push(await one('nobody'));
  }
  const k = median(known);
  const u = median(unknown);
  console.log(
    `refused: known principal, wrong key: median ${k.toFixed(3)} ms; unknown principal: median ${u.toFixed(3)} ms; difference ${((k - u) * 1000).toFixed(0)} us (n=${N} each, interleaved)`,
  );
} finally {
  await t.stop();
}
