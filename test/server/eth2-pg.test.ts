/**
 * Two `custos serve` processes on one PostgreSQL database, each with its eth2 listener: concurrent
 * conflicting duties for one validator sent to both (same target, different roots; same slot,
 * different blocks) sign exactly once, the others are 412, and both instances then refuse the
 * double vote. The per-validator advisory lock is taken inside each signing transaction.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { ssz } from '@lodestar/types';
import { cli, startServer, type ServerProcess } from '../helpers/process.js';
import { TEST_KDF } from '../helpers/cli.js';
import { CustosClient } from '../../src/client/client.js';
import { generateCredentialKey, readCredentialFile } from '../../src/auth/credential.js';
import { ADMIN_URL, pgUnreachable, createDatabase, dropDatabase } from '../helpers/pg.js';
import { serversStore } from '../helpers/pg-proxy.js';

const available = (await pgUnreachable()) === null;
const FORK_INFO = { fork: { previous_version: '0x00000001', current_version: '0x00000001', epoch: '0' }, genesis_validators_root: `0x${'47'.repeat(32)}` };
const hex = (b: string) => Uint8Array.from(Buffer.from(b.repeat(32), 'hex'));
const attestation = (source: number, target: number, blockByte: string) => ({
  type: 'ATTESTATION',
  fork_info: FORK_INFO,
  attestation: ssz.phase0.AttestationData.toJson({
    slot: target * 32,
    index: 0,
    beaconBlockRoot: hex(blockByte),
    source: { epoch: source, root: hex('22') },
    target: { epoch: target, root: hex('33') },
  }),
});
const block = (slot: number, bodyByte: string) => ({
  type: 'BLOCK_V2',
  fork_info: FORK_INFO,
  beacon_block: {
    version: 'DENEB',
    block_header: {
      slot: String(slot),
      proposer_index: '3',
      parent_root: `0x${'01'.repeat(32)}`,
      state_root: `0x${'02'.repeat(32)}`,
      body_root: `0x${bodyByte.repeat(32)}`,
    },
  },
});

async function eth2Url(s: ServerProcess): Promise<string> {
  for (let i = 0; i < 100; i++) {
    const m = /eth2 remote signer \(Web3Signer API\) at (http:\/\/127\.0\.0\.1:\d+)/.exec(s.log());
    if (m) return m[1]!;
    await sleep(50);
  }
  throw new Error(`no eth2 listener in the log:\n${s.log()}`);
}

describe('eth2 duties through two instances on one PostgreSQL database', { skip: available ? false : 'no PostgreSQL answers at 127.0.0.1:5432' }, () => {
  let dir: string;
  let db: string;
  let servers: ServerProcess[] = [];
  let served: Awaited<ReturnType<typeof serversStore>> | undefined;
  let urls: string[] = [];
  let pub: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'custos-eth2-pg-'));
    db = `custos_eth2_${randomBytes(6).toString('hex')}`;
    await createDatabase(ADMIN_URL, db);
    const store = `postgres://postgres@127.0.0.1:5432/${db}`;
    writeFileSync(join(dir, 'pw'), 'eth2 pg passphrase');
    const init = cli(['init', '--data', 'd', '--store', store, '--passphrase-file', 'pw', ...TEST_KDF, '--json'], dir);
    assert.equal(init.code, 0, init.stderr);
    const env = { CUSTOS_PASSPHRASE_FILE: join(dir, 'pw') };
    served = await serversStore(store); // through the delay proxy with CUSTOS_TEST_PG_DELAY_MS
    servers = await Promise.all(
      [0, 1].map(() => startServer(['--data', 'd', '--store', served!.url, '--eth2-listen', '127.0.0.1:0', '--eth2-insecure-loopback', 'vc'], dir, env)),
    );
    urls = await Promise.all(servers.map(eth2Url));
    const admin = new CustosClient({ url: servers[0]!.url, credential: readCredentialFile(join(dir, 'd', 'admin.credential.json')) });
    await admin.call('principal.create', { name: 'vc', role: 'validator', publicKey: generateCredentialKey().publicKeyHex });
    const k = await admin.call('key.create', { name: 'v', type: 'bls12-381' });
    pub = `0x${(k as { versions: { publicKey: string }[] }).versions[0]!.publicKey}`;
    await admin.call('policy.set', { source: 'rules:\n  - name: duties\n    effect: allow\n    when: principal.role == "validator"\n' });
  });

  after(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await served?.close();
    await dropDatabase(ADMIN_URL, db).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  const post = (i: number, body: unknown) =>
    fetch(`${urls[i % 2]}/api/v1/eth2/sign/${pub}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    });

  test('12 conflicting attestations (same target) over both instances: exactly one signs', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => post(i, attestation(5, 6, (0x40 + i).toString(16)))));
    assert.deepEqual(answers.map((r) => r.status).sort(), [200, ...Array(11).fill(412)]);
    // Both instances refuse yet another root for that target, and sign the next epoch (positive control).
    for (const i of [0, 1]) assert.equal((await post(i, attestation(5, 6, '7f'))).status, 412);
    assert.equal((await post(1, attestation(6, 7, '11'))).status, 200);
  });

  test('6 conflicting blocks (same slot) over both instances: exactly one signs', async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => post(i, block(500, (0x50 + i).toString(16)))));
    assert.deepEqual(answers.map((r) => r.status).sort(), [200, 412, 412, 412, 412, 412]);
  });
});
