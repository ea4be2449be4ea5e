/**
 * The README's cold-key quick start runs as written, in a directory of its own, with the built
 * bin as `custos`: two instances, a cold key made offline, pairing both ways, a transfer filed
 * online for offline signing, exported, signed by the offline instance in local mode, imported;
 * the printed transaction is checked with ethers against the cold key's address.
 */
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { Transaction as EthTx, computeAddress } from 'ethers';

import { custosOnPath, freePort, readmeBlock } from '../helpers/readme.js';

describe('README cold-key quick start', () => {
  const dir = mkdtempSync(join(tmpdir(), 'custos-readme-airgap-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the block runs as written: the offline instance signs, the printed transaction is from the cold key', async () => {
    const written = readmeBlock('## Quick start: cold keys');
    assert.match(written, /127\.0\.0\.1:8200/);
    // As written except the port, so the run never depends on it being free.
    const block = written.replaceAll('127.0.0.1:8200', `127.0.0.1:${await freePort()}`);
    const bin = custosOnPath(dir);
    const r = spawnSync('bash', ['--norc', '--noprofile', '-eo', 'pipefail', '-c', block], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 180_000,
      env: { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: dir },
    });
    assert.equal(r.status, 0, `README block failed:\n${r.stdout}\n${r.stderr}`);
    const tx = EthTx.from(r.stdout.trim().split('\n').at(-1)!);
    const id = JSON.parse(readFileSync(join(dir, 'offline-id.json'), 'utf8')) as { body: { keys: { name: string; publicKey: string }[] } };
    const treasury = id.body.keys.find((k) => k.name === 'treasury')!;
    assert.equal(tx.from, computeAddress(`0x${treasury.publicKey}`));
    assert.equal(tx.value, 500_000_000_000_000_000n);
    assert.ok(readFileSync(join(dir, 'req.txt'), 'utf8').startsWith('custos-req1.'));
  });
});
