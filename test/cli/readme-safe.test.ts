/**
 * The README's Safe quick start runs as written, in a directory of its own (with the clone's
 * node_modules and test fixtures linked in, as a clone has them), with the built bin as
 * `custos`: a Hardhat dev chain, three party processes and a coordinator; the Safe contracts
 * deployed by the executor key, a 2-of-3 Safe created, funded, a 0.5 ETH payment sent through
 * it, and a payment above the policy and a threshold change refused; `safe show` then reads
 * the Safe's nonce on chain: it moved once (the payment), not for the refused ones.
 * SHOW_README_OUT=1 prints the block's output.
 */
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/process.js';
import { custosOnPath, freePort, readmeBlock } from '../helpers/readme.js';

describe('README Safe quick start', () => {
  const dir = mkdtempSync(join(tmpdir(), 'custos-readme-safe-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the block runs as written: the Safe pays within policy, refuses above it and refuses governance', async () => {
    const written = readmeBlock('## Quick start: Safe accounts');
    for (const p of ['127.0.0.1:8200', '127.0.0.1:8545', '--port 8545', '127.0.0.1:831$i']) assert.ok(written.includes(p), p);
    // As written except the ports, so the run never depends on them being free.
    const [api, chain] = [await freePort(), await freePort()];
    const parties = String(2000 + Math.floor(Math.random() * 4000)); // parties on ports <prefix>1..<prefix>3
    const block = written
      .replaceAll('127.0.0.1:8200', `127.0.0.1:${api}`)
      .replaceAll('8545', String(chain))
      .replaceAll('127.0.0.1:831', `127.0.0.1:${parties}`);
    const bin = custosOnPath(dir);
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    symlinkSync(join(ROOT, 'test'), join(dir, 'test'));
    // Asynchronous: the chain is read below while nothing else waits on the block.
    const child = spawn('bash', ['--norc', '--noprofile', '-eo', 'pipefail', '-c', block], {
      cwd: dir,
      env: { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: dir, HARDHAT_DISABLE_TELEMETRY_PROMPT: 'true', CI: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group: whatever the block leaves running is stopped below
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += String(d)));
    child.stderr.on('data', (d) => (err += String(d)));
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 240_000);
    const code = await new Promise<number | null>((r) => child.once('exit', r));
    clearTimeout(timer);
    try {
      process.kill(-child.pid!, 'SIGTERM'); // a failed block leaves its background jobs
    } catch {
      // none left
    }
    if (process.env.SHOW_README_OUT) console.log(out);
    assert.equal(code, 0, `README block failed:\n${out}\n${err}`);

    const sent = [...out.matchAll(/^sent: (0x[0-9a-f]{64})$/gm)].map((m) => m[1]!);
    assert.equal(sent.length, 2, `the funding and the payment were sent:\n${out}`);
    const denied = out.split('\n').filter((l) => l.startsWith('denied: '));
    assert.equal(denied.length, 2, out);
    assert.match(denied[1]!, /payload\.safe\.governance/);
    assert.match(out, /Safe vault: 0x[0-9a-fA-F]{40} on chain 31337, 2 of 3\n(?:.*\n){3}\s+on chain: nonce 1$/m);
  });
});
