/**
 * The foundation's CLI commands work against a server exactly as they do
 * locally: the same contract operations, through the client.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ed25519 } from '@noble/curves/ed25519.js';
import { Sandbox } from '../helpers/cli.js';
import { TestServer } from '../helpers/server.js';

describe('CLI against a server (CUSTOS_ADDR + CUSTOS_CREDENTIAL)', () => {
  let t: TestServer;
  const sb = new Sandbox();
  before(async () => {
    t = await TestServer.start();
    sb.env = { CUSTOS_ADDR: t.url, CUSTOS_CREDENTIAL: t.adminCredential };
  });
  after(async () => {
    await t.stop();
    sb.cleanup();
  });

  test('a fresh instance denies API signatures until a policy allows them', async () => {
    await sb.ok('key', 'create', 'r1', '--type', 'ed25519', '--allow-raw');
    const denied = await sb.run('sign', '--key', 'r1', '--message', '01', '--json');
    assert.equal(denied.code, 1);
    assert.equal(denied.json.status, 'denied');
    assert.equal(denied.json.reason, 'no rule matched');
    sb.file('p.yaml', 'rules:\n  - name: admins\n    effect: allow\n    when: principal.role == "admin"\n');
    assert.equal((await sb.ok('policy', 'set', 'p.yaml')).version, 1);
  });

  test('keys: show, sign/verify, rotate, disable/enable, import/export, destroy', async () => {
    const k = await sb.ok('key', 'show', 'r1');
    const s = await sb.ok('sign', '--key', 'r1', '--message', 'c0ffee');
    assert.equal(s.status, 'signed');
    assert.ok(ed25519.verify(Buffer.from(s.signature, 'hex'), Buffer.from('c0ffee', 'hex'), Buffer.from(k.publicKey, 'hex')));
    assert.equal((await sb.ok('verify', '--key', 'r1', '--message', 'c0ffee', '--signature', s.signature)).valid, true);
    assert.equal((await sb.ok('key', 'rotate', 'r1')).currentVersion, 2);
    assert.equal((await sb.fails('sign', '--key', 'r1', '--message', '01', '--version', '1')).error, 'E_KEY_VERSION_RETIRED');
    await sb.ok('key', 'disable', 'r1');
    assert.equal((await sb.fails('sign', '--key', 'r1', '--message', '01')).error, 'E_KEY_DISABLED');
    await sb.ok('key', 'enable', 'r1');
    sb.file('raw.hex', 'ab'.repeat(32));
    await sb.ok('key', 'import', 'imp', '--allow-raw', '--format', 'raw', '--file', 'raw.hex', '--exportable');
    assert.equal((await sb.ok('key', 'export', 'imp', '--format', 'raw')).secret, 'ab'.repeat(32));
    assert.equal((await sb.fails('key', 'export', 'r1', '--format', 'raw')).error, 'E_NOT_EXPORTABLE');
    assert.equal((await sb.ok('key', 'destroy', 'imp')).state, 'destroyed');
  });

  test('wallets and SLIP-39 backups', async () => {
    await sb.ok('wallet', 'create', 'w', '--allow-raw', '--no-show');
    const xpub = (await sb.ok('wallet', 'xpub', 'w', '--path', "m/84'/0'/0'")).xpub;
    const acct = await sb.ok('key', 'show', "w/m/44'/60'/0'/0/0");
    assert.equal((await sb.ok('wallet', 'derive', 'w', '--path', "m/44'/60'/0'/0/0")).publicKey, acct.publicKey);
    const b = await sb.ok('backup', 'create', '--wallet', 'w', '--shares', '3', '--threshold', '2', '--iteration-exponent', '0');
    sb.file('b.txt', `${b.groups[0][0]}\n${b.groups[0][2]}\n`);
    await sb.ok('backup', 'restore', '--name', 'w2', '--backup-share-file', 'b.txt');
    assert.equal((await sb.ok('wallet', 'xpub', 'w2', '--path', "m/84'/0'/0'")).xpub, xpub);
    assert.equal((await sb.ok('wallet', 'list')).length, 2);
  });

  test('status, rotate-root, audit verify and export with offline verification', async () => {
    const st = await sb.ok('status');
    assert.equal(st.mode, 'server');
    assert.equal((await sb.ok('operator', 'rotate-root')).rootVersion, 2);
    await sb.ok('sign', '--key', 'r1', '--message', '02');
    assert.equal((await sb.ok('audit', 'verify')).ok, true);
    const exp = await sb.ok('audit', 'export', '--out', 'trail.jsonl');
    assert.ok(readFileSync(`${sb.dir}/trail.jsonl`, 'utf8').includes('"request.decide"'));
    const off = await sb.ok('audit', 'verify', '--file', 'trail.jsonl', '--public-key', exp.auditPublicKey);
    assert.equal(off.ok, true);
    assert.equal(off.unanchored, 0);
  });

  test('unseal and status against a sealed server', async () => {
    // A second server process on the same data would be the production picture; here we seal the running one.
    t.server.services.inst.seal();
    const health = await sb.run('status', '--json');
    assert.equal(health.json.sealed, true);
    assert.equal((await sb.fails('key', 'list')).error, 'E_SEALED');
    sb.file('pw', 'test server passphrase');
    const u = await sb.ok('unseal', '--passphrase-file', 'pw');
    assert.equal(u.sealed, false);
    assert.equal((await sb.ok('key', 'list')).length, 2);
  });
});
