/**
 * A custos server's data directory and a threshold party's are not
 * interchangeable: each command refuses the other's at start with E_USAGE and
 * says what the directory is (instead of starting and failing later).
 */
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, Sandbox, TEST_KDF } from '../helpers/cli.js';
import { cli } from '../helpers/process.js';

/** Run a long-running custos command; it must exit on its own (a start would hit the timeout). */
function mustRefuse(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'custos.js'), ...args, '--json'], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd },
    encoding: 'utf8',
    input: '',
    timeout: 15_000,
    killSignal: 'SIGKILL',
  });
  assert.equal(r.signal, null, `custos ${args.join(' ')} started instead of refusing:\n${r.stderr}`);
  assert.equal(r.status, 2, r.stdout + r.stderr);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  return JSON.parse(r.stdout).error as { code: string; message: string };
}

describe('server and party data directories', () => {
  const sb = new Sandbox();
  after(() => sb.cleanup());
  const listen = ['--listen', '127.0.0.1:0'];

  test('party serve and party identity refuse a directory made by custos init', async () => {
    const pw = await sb.initPassphrase();
    for (const args of [
      ['party', 'serve', '--data', sb.data, '--passphrase-file', pw, ...listen],
      ['party', 'serve', '--data', sb.data, '--dev', ...listen],
      ['party', 'identity', '--data', sb.data, '--passphrase-file', pw],
    ]) {
      const err = mustRefuse(args, sb.dir);
      assert.equal(err.code, 'E_USAGE');
      assert.match(err.message, /is a custos server instance.*not a threshold party/);
      assert.ok(err.message.includes(sb.data), err.message);
    }
    // Refused before any unseal attempt and before a party identity was written into the server's store.
    const trail = await sb.run('audit', 'export');
    assert.equal(trail.code, 0, trail.stderr);
    const actions = trail.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).action)
      .filter(Boolean);
    assert.deepEqual(
      actions.filter((a: string) => a.startsWith('party.') || a.startsWith('seal.unseal')),
      [],
    );
  });

  test('custos serve refuses a party directory', () => {
    const pw = sb.file('party-passphrase', 'party passphrase one\n');
    const party = join(sb.dir, 'party');
    const id = cli(['party', 'identity', '--data', party, '--passphrase-file', pw, ...TEST_KDF, '--json'], sb.dir);
    assert.equal(id.code, 0, id.stdout + id.stderr);
    for (const args of [
      ['serve', '--data', party, '--passphrase-file', pw, ...listen],
      ['serve', '--data', party, ...listen],
      ['serve', '--data', party, '--dev', ...listen],
    ]) {
      const err = mustRefuse(args, sb.dir);
      assert.equal(err.code, 'E_USAGE');
      assert.match(err.message, /is a threshold party's data directory, not a custos server instance/);
    }
  });
});
