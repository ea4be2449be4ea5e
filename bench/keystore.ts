/**
 * What custos adds to a signature in local mode: the full Keys.sign path
 * (unwrap the data key, open the AEAD record, check the public key, sign,
 * append the audit event in a durable SQLite transaction) against the raw
 * native primitive, in the same run. Sequential calls: latency-bound.
 *
 *   node --import tsx bench/keystore.ts      (~20 s)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { Instance } from '../src/keystore/instance.js';
import { KeyRecords } from '../src/keystore/key-records.js';
import { Keys } from '../src/keystore/keys.js';
import { Wallets } from '../src/keystore/wallets.js';
import { getAlgorithm } from '../src/crypto/algorithms.js';
import { median, run, runAsync } from './timing.js';

const ROUND_MS = 1500;
const dir = mkdtempSync(join(tmpdir(), 'custos-bench-'));
const { instance } = await Instance.init(
  { data: dir },
  { kind: 'passphrase', passphrase: new TextEncoder().encode('bench passphrase'), argon2: { memoryKib: 8192, iterations: 1, parallelism: 1 } },
  'bench',
);
const wallets = new Wallets(instance);
const keys = new Keys(instance, wallets, new KeyRecords(instance));
const digest = new Uint8Array(createHash('sha256').update('bench').digest());

console.log(`node ${process.version}; SQLite WAL synchronous=FULL in ${tmpdir()}; median of 3 x ${ROUND_MS} ms after warm-up`);
console.log(`${'operation'.padEnd(22)} ${'raw ops/s'.padStart(10)} ${'custos ops/s'.padStart(13)} ${'custos/raw'.padStart(11)}`);
for (const [alg, input] of [
  ['secp256k1', { digest }],
  ['ed25519', { message: digest }],
  ['bls12-381', { message: digest }],
] as const) {
  await keys.create({ name: `b-${alg}`, algorithm: alg }, 'bench');
  const impl = getAlgorithm(alg);
  const secret = impl.generate();
  const rawFn = () => impl.sign(secret, digest);
  const custosFn = () => keys.sign(`b-${alg}`, input, {}, 'bench');
  run(rawFn, 500);
  await runAsync(custosFn, 500);
  const raw: number[] = [];
  const cus: number[] = [];
  for (let i = 0; i < 3; i++) {
    raw.push(run(rawFn, ROUND_MS / 3));
    cus.push(await runAsync(custosFn, ROUND_MS));
  }
  const r = median(raw);
  const c = median(cus);
  console.log(
    `${`sign ${alg}`.padEnd(22)} ${Math.round(r).toLocaleString('en-US').padStart(10)} ${Math.round(c).toLocaleString('en-US').padStart(13)} ${(c / r).toFixed(3).padStart(11)}`,
  );
}
await instance.close();
rmSync(dir, { recursive: true, force: true });
