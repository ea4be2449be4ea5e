/**
 * The README's validator quick start runs as written, in a directory of its own, with the built
 * bin as `custos`: a validator principal, a BLS key, a duty policy, the eth2 listener on
 * loopback, a signed attestation, its repeat (the same signature), a double vote refused
 * with 412, the healthcheck, the keymanager API's listing with a keymanager's token, and the
 * slashing-protection export that records the vote.
 */
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { custosOnPath, freePort, readmeBlock } from '../helpers/readme.js';

describe('README validator quick start', () => {
  const dir = mkdtempSync(join(tmpdir(), 'custos-readme-validator-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the block runs as written: signs an attestation, repeats it, refuses the double vote with 412', async () => {
    const written = readmeBlock('## Quick start: validators');
    assert.match(written, /127\.0\.0\.1:8200/);
    assert.match(written, /127\.0\.0\.1:9000/);
    // As written except the two ports, so the run never depends on them being free.
    const [api, eth2] = [await freePort(), await freePort()];
    const block = written.replaceAll('127.0.0.1:8200', `127.0.0.1:${api}`).replaceAll('127.0.0.1:9000', `127.0.0.1:${eth2}`);
    assert.match(block, /--eth2-insecure-loopback vc/);
    const bin = custosOnPath(dir);
    const r = spawnSync('bash', ['--norc', '--noprofile', '-eo', 'pipefail', '-c', block], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 120_000,
      env: { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: dir },
    });
    assert.equal(r.status, 0, `README block failed:\n${r.stdout}\n${r.stderr}`);
    const lines = r.stdout.split('\n').filter((l) => / \d{3}$/.test(l));
    assert.equal(lines.length, 3, r.stdout);
    const [first, again, double] = lines as [string, string, string];
    assert.match(first, /^\{"signature":"0x[0-9a-f]{192}"\} 200$/);
    assert.equal(again, first, 'the repeat is the same signature');
    assert.match(double, /"code":"E_SLASHABLE".* 412$/);
    assert.match(r.stdout, /"outcome":"UP"/);
    assert.match(r.stdout, /^\{"data":\[\{"validating_pubkey":"0x[0-9a-f]{96}","readonly":false\}\]\}$/m, 'the keymanager API lists the key');
    const ix = JSON.parse(readFileSync(join(dir, 'interchange.json'), 'utf8')) as { data: { signed_attestations: { target_epoch: string }[] }[] };
    assert.deepEqual(
      ix.data[0]!.signed_attestations.map((a) => a.target_epoch),
      ['364101'],
    );
  });
});
