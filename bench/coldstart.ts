/**
 * Cold start and key import: an instance holding COLD_KEYS (default 100,000)
 * secp256k1 keys, imported one request at a time through the keystore (each
 * import its own durable, audited transaction: the import throughput), then
 * a real `custos serve` process started on it with the production Argon2id
 * seal (64 MiB, t=3): time from process start to the first signature over
 * HTTP (issue 7 target: <= 1 s). The seal's key derivation alone is measured
 * beside it.
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

const N = Number(process.env.COLD_KEYS ?? 100_000);
const PASS = 'cold start bench passphrase';
const dir = mkdtempSync(join(tmpdir(), 'custos-bench-cold-'));
const data = join(dir, 'data');
try {
  const init = await Instance.init({ data }, { kind: 'passphrase', passphrase: utf8(PASS) }, 'bench');
  const s = buildServices(init.instance);
  const cred = await bootstrapAdmin(s, join(dir, 'admin.json'));
  await s.inst.store.tx((repo) => s.policies.setIn(repo, 'rules:\n  - name: admins\n    effect: allow\n    when: principal.role == "admin"\n', { id: 'local', name: 'bench', role: 'admin', kind: 'local', tags: {} }));
  const secp = getAlgorithm('secp256k1');
  const t0 = performance.now();
  for (let i = 0; i < N; i++) await s.keys.importSecret({ name: `k-${i}`, algorithm: 'secp256k1', allowRaw: true }, secp.generate(), 'imported', 'bench', {});
  const importS = (performance.now() - t0) / 1000;
  await init.instance.close();
  console.log(`node ${process.version}; ${N.toLocaleString('en-US')} secp256k1 keys imported in ${importS.toFixed(1)} s: ${(N / importS).toFixed(0)} keys/s (one durable, audited transaction each)`);

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
    if (r.status !== 'signed') throw new Error(JSON.stringify(r));
    console.log(`cold start ${run}: listening (unsealed) after ${up.toFixed(0)} ms, first signature after ${first.toFixed(0)} ms`);
    await server.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
