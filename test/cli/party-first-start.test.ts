/**
 * A new party sealed by a passphrase file (not --dev): the first
 * `custos party identity` / `custos party serve` on an empty directory creates
 * it, sealed with that passphrase, and answers on that same call.
 */
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Sandbox, TEST_KDF } from '../helpers/cli.js';
import { cli, startProcess } from '../helpers/process.js';

describe('party first start with --passphrase-file', () => {
  const sb = new Sandbox();
  after(() => sb.cleanup());
  const pw = sb.file('party-passphrase', 'party passphrase one\n');
  const wrong = sb.file('wrong-passphrase', 'not the party passphrase\n');

  test('party identity creates the party on the first call and prints its identity', () => {
    const first = sb.spawn(['party', 'identity', '--passphrase-file', pw, ...TEST_KDF, '--json']);
    assert.equal(first.code, 0, first.stdout + first.stderr);
    assert.match(first.json.identity, /^[0-9a-f]{128}$/);
    assert.equal(first.json.paired, false);
    // Sealed with that passphrase: the same identity again, and a wrong passphrase is refused.
    const again = sb.spawn(['party', 'identity', '--passphrase-file', pw, '--json']);
    assert.equal(again.code, 0, again.stdout + again.stderr);
    assert.equal(again.json.identity, first.json.identity);
    const bad = sb.spawn(['party', 'identity', '--passphrase-file', wrong, '--json']);
    assert.equal(bad.code === 0, false);
    assert.equal(bad.json.error.code, 'E_BAD_PASSPHRASE');
  });

  test('party serve creates the party on first start; party identity then reads the same one', async () => {
    const data = join(sb.dir, 'served');
    const p = await startProcess(['party', 'serve', '--data', data, '--listen', '127.0.0.1:0', '--passphrase-file', pw, ...TEST_KDF], sb.dir);
    const identity = /party identity: ([0-9a-f]{128})/.exec(p.log())![1]!;
    const res = (await (await fetch(`${p.url}/v1/party/identity`)).json()) as { identity: string };
    assert.equal(res.identity, identity);
    await p.stop();
    const id = cli(['party', 'identity', '--data', data, '--passphrase-file', pw, '--json'], sb.dir);
    assert.equal(id.code, 0, id.stdout + id.stderr);
    assert.equal(id.json.identity, identity);
  });
});
