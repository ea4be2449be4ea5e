/**
 * Request-authentication verify cost: every API request carries a signature
 * by the principal's key, verified with node:crypto. Ed25519 vs ECDSA P-256,
 * key objects cached (as the server does per principal).
 *
 *   node --import tsx bench/auth.ts
 */
import { createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { median, run } from './timing.js';

const msg = Buffer.from('POST\n/v1/sign\n' + 'ab'.repeat(32) + '\n1763790000\n' + 'cd'.repeat(16));
const ed = generateKeyPairSync('ed25519');
const p256 = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const edPub = createPublicKey({ key: ed.publicKey.export({ format: 'der', type: 'spki' }), format: 'der', type: 'spki' });
const pPub = createPublicKey({ key: p256.publicKey.export({ format: 'der', type: 'spki' }), format: 'der', type: 'spki' });
const edSig = sign(null, msg, ed.privateKey);
const pSig = sign('sha256', msg, { key: p256.privateKey, dsaEncoding: 'ieee-p1363' });

const cases: [string, () => unknown][] = [
  ['ed25519 verify', () => verify(null, msg, edPub, edSig)],
  ['p-256 verify', () => verify('sha256', msg, { key: pPub, dsaEncoding: 'ieee-p1363' }, pSig)],
  ['ed25519 sign (client)', () => sign(null, msg, ed.privateKey)],
  ['p-256 sign (client)', () => sign('sha256', msg, { key: p256.privateKey, dsaEncoding: 'ieee-p1363' })],
];
for (const [, fn] of cases) run(fn, 500);
console.log(`node ${process.version}; median of 3 x 500 ms`);
for (const [name, fn] of cases) {
  const r = median([run(fn, 500), run(fn, 500), run(fn, 500)]);
  console.log(`${name.padEnd(24)} ${Math.round(r).toLocaleString('en-US').padStart(8)} ops/s  ${(1e6 / r).toFixed(1).padStart(7)} us`);
}
