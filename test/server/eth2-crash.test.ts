/**
 * kill -9 during a burst of duties loses no slashing record of a returned signature: a real
 * `custos serve` process signs attestations of several validators, is killed with SIGKILL while
 * requests are still in flight, and every attestation it answered 200 for is in the
 * slashing-protection export of the store afterwards (the record commits in the transaction that
 * signs, before the answer).
 */
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { cli, startServer, type ServerProcess } from '../helpers/process.js';
import { TEST_KDF } from '../helpers/cli.js';
import { CustosClient } from '../../src/client/client.js';
import { generateCredentialKey, readCredentialFile } from '../../src/auth/credential.js';
import { attestation } from '../helpers/eth2-duties.js';

describe('eth2: kill -9 during a burst', () => {
  const dir = mkdtempSync(join(tmpdir(), 'custos-eth2-crash-'));
  let server: ServerProcess | undefined;
  after(async () => {
    await server?.stop('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  test('every attestation answered 200 before the kill is recorded', async () => {
    writeFileSync(join(dir, 'pw'), 'eth2 crash passphrase');
    assert.equal(cli(['init', '--data', 'd', '--passphrase-file', 'pw', ...TEST_KDF], dir).code, 0);
    const env = { CUSTOS_PASSPHRASE_FILE: join(dir, 'pw') };
    server = await startServer(['--data', 'd', '--eth2-listen', '127.0.0.1:0', '--eth2-insecure-loopback', 'vc'], dir, env);
    let url = '';
    for (let i = 0; i < 100 && !url; i++, await sleep(50))
      url = /eth2 remote signer \(Web3Signer API\) at (http:\/\/127\.0\.0\.1:\d+)/.exec(server.log())?.[1] ?? '';
    const admin = new CustosClient({ url: server.url, credential: readCredentialFile(join(dir, 'd', 'admin.credential.json')) });
    await admin.call('principal.create', { name: 'vc', role: 'validator', publicKey: generateCredentialKey().publicKeyHex });
    await admin.call('policy.set', { source: 'rules:\n  - name: duties\n    effect: allow\n    when: principal.role == "validator"\n' });
    const pubs: string[] = [];
    for (let i = 0; i < 4; i++)
      pubs.push(
        `0x${((await admin.call('key.create', { name: `v${i}`, type: 'bls12-381' })) as { versions: { publicKey: string }[] }).versions[0]!.publicKey}`,
      );
    const signed: { pubkey: string; target: number }[] = [];
    let answered = 0;
    const burst = [];
    for (let target = 1; target <= 30; target++) {
      for (const pubkey of pubs) {
        burst.push(
          fetch(`${url}/api/v1/eth2/sign/${pubkey}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(attestation(target)),
          })
            .then(async (r) => {
              if (r.status === 200 && (await r.text()).startsWith('0x')) signed.push({ pubkey, target });
              if (++answered === 40) await server!.stop('SIGKILL'); // in the middle of the burst
            })
            .catch(() => undefined),
        );
      }
    }
    await Promise.all(burst);
    await server.stop('SIGKILL');
    assert.ok(signed.length >= 40, `signed before the kill: ${signed.length}`);
    const ex = cli(['eth2', 'slashing', 'export', '--data', 'd', '--json'], dir, env);
    assert.equal(ex.code, 0, ex.stderr);
    const recorded = new Set<string>();
    for (const v of ex.json.data as { pubkey: string; signed_attestations: { target_epoch: string }[] }[])
      for (const a of v.signed_attestations) recorded.add(`${v.pubkey}:${a.target_epoch}`);
    const lost = signed.filter((s) => !recorded.has(`${s.pubkey}:${s.target}`));
    assert.deepEqual(lost, [], 'no returned signature without its record');
  });
});
