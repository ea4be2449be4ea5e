/**
 * The README's HSM quick start runs as written, in a directory of its own,
 * with the built bin as `custos` and its own SoftHSM2 token directory.
 */
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { custosOnPath, readmeBlock } from '../helpers/readme.js';

describe('README HSM quick start', () => {
  const dir = mkdtempSync(join(tmpdir(), 'custos-readme-hsm-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the block runs as written: pkcs11 seal, HSM keys, a signature, export refused', () => {
    const block = readmeBlock('## Quick start: HSM custody');
    assert.match(block, /--seal pkcs11/);
    const bin = custosOnPath(dir);
    const r = spawnSync('bash', ['--norc', '--noprofile', '-eo', 'pipefail', '-c', block], {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: dir, CI: 'true' },
    });
    assert.equal(r.status, 0, `README block failed:\n${r.stderr}`);
    assert.match(r.stdout, /pkcs11 \(AES key "custos-root" on token "custos"/);
    const sig = JSON.parse(/\{[\s\S]*\}/.exec(r.stdout.slice(r.stdout.indexOf('{')))![0].split('\nrefused')[0]!);
    assert.equal(sig.signature.length, 128);
    assert.match(r.stdout, /refused: HSM keys never leave the token/);
    assert.match(r.stderr, /E_NOT_EXPORTABLE/);
    assert.ok(existsSync(join(dir, 'hsm-vault', 'pkcs11.json')));
    assert.equal(readFileSync(join(dir, 'hsm-vault', 'custos.db')).includes(Buffer.from('1234-change-me')), false);
  });
});
