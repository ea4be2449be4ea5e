/**
 * Cold start and bulk key import (issue #14 P3):
 *
 * 1. COLD_KEYS (default 100,000) raw secp256k1 keys imported by the bulk
 *    path (keystore/import-batch.ts, what `custos key import --from
 *    FILE.jsonl` runs): one durable transaction, one audited event per key.
 *    Target >= 5,000 keys/s.
 * 2. KS_KEYS (default 8 per core) keystore-v3 and EIP-2335 files at the
 *    production KDF cost (scrypt 2^KS_LOG_N, default 18, r=8) imported the
 *    same way, decrypted on every core by worker threads; compared with the
 *    reference N x (one KDF on one thread, measured in this run) / cores.
 *    Target ratio <= 1.10.
 * 3. A real `custos serve` process started on the instance with the
 *    production Argon2id seal (64 MiB, t=3): time from process start to the
 *    first signature over HTTP. The seal's key derivation alone beside it.
 *
 *   npm run build && node --import tsx bench/coldstart.ts      (~2-3 min)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Instance } from '../src/keystore/instance.js';
import { buildServices } from '../src/api/services.js';
import { bootstrapAdmin } from '../src/access/bootstrap.js';
import { getAlgorithm } from '../src/crypto/algorithms.js';
import { argon2id } from '../src/crypto/argon2.js';
import { ARGON2_DEFAULTS } from '../src/crypto/argon2.js';
import { utf8 } from '../src/crypto/bytes.js';
import { CustosClient } from '../src/client/client.js';
import { readCredentialFile } from '../src/auth/credential.js';
import { startServer } from '../test/helpers/process.js';
import { cpuMicros } from './timing.js';
import { availableParallelism } from 'node:os';
import { importBatch } from '../src/keystore/import-batch.js';
import { decryptKeystoreV3, encryptKeystoreV3 } from '../src/formats/keystore-v3.js';
import { decryptEip2335, encryptEip2335 } from '../src/formats/eip2335.js';
import { toHex } from '../src/crypto/bytes.js';

const N = Number(process.env.COLD_KEYS ?? 100_000);
const PASS = 'cold start bench passphrase';
const dir = mkdtempSync(join(tmpdir(), 'custos-bench-cold-'));
const data = join(dir, 'data');
try {
  const init = await Instance.init({ data }, { kind: 'passphrase', passphrase: utf8(PASS) }, 'bench');
  const s = buildServices(init.instance);
  const cred = await bootstrapAdmin(s, join(dir, 'admin.json'));
  await s.inst.store.tx((repo) =>
    s.policies.setIn(repo, 'rules:\n  - name: admins\n    effect: allow\n    when: principal.role == "admin"\n', {
      id: 'local',
      name: 'bench',
      role: 'admin',
      kind: 'local',
      tags: {},
    }),
  );
  const secp = getAlgorithm('secp256k1');
  const items = Array.from({ length: N }, (_, i) => ({ name: `k-${i}`, content: toHex(secp.generate()) }));
  const t0 = performance.now();
  const r = await importBatch(s.keys, s.inst.store, { format: 'raw', items, allowRaw: true }, 'bench');
  const importS = (performance.now() - t0) / 1000;
  console.log(
    `node ${process.version}; ${availableParallelism()} cores; ${r.imported.toLocaleString('en-US')} raw secp256k1 keys bulk-imported in ${importS.toFixed(2)} s: ${(N / importS).toFixed(0)} keys/s (one durable transaction, one audit event per key; target >= 5,000)`,
  );

  // Keystores at the production KDF cost: one file of each format, copied under KS names (the same KDF work per file).
  const cores = availableParallelism();
  const KS = Number(process.env.KS_KEYS ?? 8 * cores);
  const logN = Number(process.env.KS_LOG_N ?? 18);
  const pw = 'bench keystore password';
  const blsSecret = getAlgorithm('bls12-381').generate();
  const formats = [
    { format: 'keystore-v3' as const, text: JSON.stringify(encryptKeystoreV3(secp.generate(), pw, { scryptLogN: logN })), decrypt: decryptKeystoreV3 },
    {
      format: 'eip2335' as const,
      text: JSON.stringify(
        encryptEip2335(blsSecret, pw, { path: '', pubkey: toHex(getAlgorithm('bls12-381').publicKey(blsSecret)), kdf: 'scrypt', scryptLogN: logN }),
      ),
      decrypt: decryptEip2335,
    },
  ];
  for (const f of formats) {
    const one0 = performance.now();
    f.decrypt(f.text, pw);
    const oneMs = performance.now() - one0;
    const ksItems = Array.from({ length: KS }, (_, i) => ({ name: `${f.format}-${i}`, content: f.text }));
    const b0 = performance.now();
    await importBatch(s.keys, s.inst.store, { format: f.format, items: ksItems, password: pw }, 'bench');
    const batchMs = performance.now() - b0;
    const reference = (KS * oneMs) / cores;
    console.log(
      `${f.format}: ${KS} keystores (scrypt 2^${logN}, r=8) imported in ${(batchMs / 1000).toFixed(2)} s on ${cores} worker threads; one KDF on one thread ${oneMs.toFixed(0)} ms, ` +
        `reference N x one KDF / cores = ${(reference / 1000).toFixed(2)} s; ratio ${(batchMs / reference).toFixed(3)} (target <= 1.10)`,
    );
  }
  await init.instance.close();

  const salt = randomBytes(16);
  const k0 = performance.now();
  await argon2id(utf8(PASS), salt, ARGON2_DEFAULTS);
  console.log(`Argon2id unseal derivation alone (64 MiB, t=3): ${(performance.now() - k0).toFixed(0)} ms`);

  const passFile = join(dir, 'pass.txt');
  writeFileSync(passFile, PASS, { mode: 0o600 });
  for (let run = 1; run <= 3; run++) {
    const start = performance.now();
    const server = await startServer(['--data', data, '--passphrase-file', passFile], dir);
    const up = performance.now() - start;
    const admin = new CustosClient({ url: server.url, credential: readCredentialFile(cred) });
    const r = await admin.call('sign', { key: `k-${N - 1}`, digest: randomBytes(32).toString('hex') });
    const first = performance.now() - start;
    const cpu = cpuMicros(server.proc.pid!) / 1000; // the server's CPU time to here: what a loaded machine does not inflate
    if (r.status !== 'signed') throw new Error(JSON.stringify(r));
    console.log(
      `cold start ${run}: listening (unsealed) after ${up.toFixed(0)} ms, first signature after ${first.toFixed(0)} ms (server CPU ${cpu.toFixed(0)} ms)`,
    );
    await server.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
