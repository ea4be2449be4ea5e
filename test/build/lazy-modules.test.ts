/**
 * Start-up loads only what raw signing needs (issue #14, cold start): the chain libraries and the PostgreSQL client
 * are imported on first use. Checked on the built CLI by recording every module the process resolves; the positive
 * control loads the EVM chain module and sees viem. @scure/btc-signer stays eager:
 * key addresses (P2WPKH, P2TR) are derived with it on every key view.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BIN } from '../helpers/process.js';

const HOOK = join(import.meta.dirname, '..', 'helpers', 'record-imports.mjs');
const LAZY = [
  '/node_modules/viem/',
  '/node_modules/@lodestar/types/',
  '/node_modules/@chainsafe/ssz/',
  '/node_modules/ox/',
  '/node_modules/@solana/kit/',
  '/node_modules/pg/',
  '/node_modules/ethers/',
];

const dist = (...p: string[]) => pathToFileURL(join(import.meta.dirname, '..', '..', 'dist', ...p)).href;
const SERVE = dist('server', 'serve.js');
const EVM = dist('chains', 'evm', 'prepare.js');

function loaded(args: string[], dir: string): string[] {
  const file = join(dir, `imports-${Math.random().toString(36).slice(2)}.txt`);
  const r = spawnSync(process.execPath, ['--import', HOOK, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: dir, RECORD_IMPORTS: file },
  });
  assert.ok(r.status === 0 || r.status === 2, `${args.join(' ')}: ${r.stderr}`);
  return readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

test('the CLI and the server modules load no chain library and no PostgreSQL client until one is used', () => {
  const dir = mkdtempSync(join(tmpdir(), 'custos-lazy-'));
  try {
    const help = loaded([BIN, '--help'], dir);
    assert.ok(
      help.some((u) => u.includes('/dist/requests/plans-evm.js')),
      'the EVM planner module itself is loaded',
    );
    assert.deepEqual(
      help.filter((u) => LAZY.some((l) => u.includes(l))),
      [],
    );
    const serve = loaded(['--input-type=module', '-e', `await import(${JSON.stringify(SERVE)})`], dir);
    assert.ok(
      serve.some((u) => u.includes('/dist/server/app.js')),
      'the server modules are loaded',
    );
    assert.deepEqual(
      serve.filter((u) => LAZY.some((l) => u.includes(l))),
      [],
    );
    // positive control: the recorder does see viem when the EVM chain module is loaded (as the first EVM request does)
    const evm = loaded(['--input-type=module', '-e', `await import(${JSON.stringify(EVM)})`], dir);
    assert.ok(
      evm.some((u) => u.includes('/node_modules/viem/')),
      'the EVM chain module loads viem',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
