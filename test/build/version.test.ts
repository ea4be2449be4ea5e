/**
 * One version: src/version.ts equals package.json's, and what `custos
 * --version` prints (through the bin's fast path, which loads only
 * dist/version.js) is that version, as `custos --help`'s full CLI agrees.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { VERSION } from '../../src/version.js';
import { main } from '../../src/cli/main.js';

const ROOT = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

test('src/version.ts is package.json version', () => {
  assert.equal(VERSION, pkg.version);
});

test('custos --version prints it, from the bin fast path and from main() alike', async () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'custos.js'), '--version'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, `custos ${pkg.version}\n`);
  let out = '';
  const code = await main(['--version'], {
    stdout: (s) => (out += s),
    stderr: () => undefined,
    env: {},
    cwd: ROOT,
    interactive: false,
    promptHidden: () => Promise.reject(new Error('no prompt')),
  });
  assert.equal(code, 0);
  assert.equal(out, r.stdout);
  // control: any other first word goes to the full CLI
  const other = spawnSync(process.execPath, [join(ROOT, 'bin', 'custos.js'), 'no-such-command', '--json'], { encoding: 'utf8' });
  assert.equal(other.status, 2);
  assert.equal(JSON.parse(other.stdout).error.code, 'E_USAGE');
});
