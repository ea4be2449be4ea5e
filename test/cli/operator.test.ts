/**
 * Operator experience (issue #15), through the real CLI (spawned bin/custos.js):
 * which instance a command reaches when flags and the environment disagree,
 * global options anywhere on the line, help for every command group, "did
 * you mean", our own usage messages, stable codes for operator mistakes, and
 * status exit codes like Vault's.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Sandbox } from '../helpers/cli.js';
import { cli, startServer, type ServerProcess } from '../helpers/process.js';
import { COMMANDS } from '../../src/cli/main.js';

describe('which instance: an explicit flag wins over the environment', () => {
  const sb = new Sandbox();
  const srvBox = new Sandbox();
  // A real server process: the CLI runs synchronously here, so an in-process server could not answer it.
  let srv: ServerProcess;
  const t = { url: '', adminCredential: join(srvBox.dir, 'custos-data', 'admin.credential.json') };
  let remote: Record<string, string>;
  before(async () => {
    await sb.initPassphrase();
    await sb.ok('key', 'create', 'local-key', '--type', 'ed25519');
    srv = await startServer(['--dev'], srvBox.dir);
    t.url = srv.url;
    const made = cli(['key', 'create', 'server-key', '--type', 'ed25519', '--server', t.url, '--credential', t.adminCredential], srvBox.dir);
    assert.equal(made.code, 0, made.stderr);
    remote = { CUSTOS_ADDR: t.url, CUSTOS_CREDENTIAL: t.adminCredential, CUSTOS_PASSPHRASE_FILE: sb.env.CUSTOS_PASSPHRASE_FILE! };
  });
  after(async () => {
    await srv?.stop();
    sb.cleanup();
    srvBox.cleanup();
  });

  const names = (r: { json: any }) => (r.json as { name: string }[]).map((k) => k.name);

  test('--data DIR lists the local keys although CUSTOS_ADDR is set', () => {
    // Control: with only the environment, CUSTOS_ADDR picks the server.
    const viaEnv = cli(['key', 'list', '--json'], sb.dir, remote);
    assert.equal(viaEnv.code, 0, viaEnv.stderr);
    assert.deepEqual(names(viaEnv), ['server-key']);
    const local = cli(['key', 'list', '--data', sb.data, '--json'], sb.dir, remote);
    assert.equal(local.code, 0, local.stderr);
    assert.deepEqual(names(local), ['local-key']);
    // A state-changing command goes to the instance named on the line, not to the server.
    const created = cli(['key', 'create', 'made-locally', '--type', 'ed25519', '--data', sb.data, '--json'], sb.dir, remote);
    assert.equal(created.code, 0, created.stderr);
    assert.deepEqual(names(cli(['key', 'list', '--json'], sb.dir, remote)), ['server-key']);
    assert.deepEqual(names(cli(['key', 'list', '--data', sb.data, '--json'], sb.dir, remote)), ['local-key', 'made-locally']);
  });

  test('--store URL is local too; --server wins over CUSTOS_DATA', () => {
    const store = cli(['key', 'list', '--store', `sqlite:${join(sb.data, 'custos.db')}`, '--json'], sb.dir, remote);
    assert.equal(store.code, 0, store.stderr);
    assert.deepEqual(names(store), ['local-key', 'made-locally']);
    const server = cli(['key', 'list', '--server', t.url, '--json'], sb.dir, { CUSTOS_DATA: sb.data, CUSTOS_CREDENTIAL: t.adminCredential });
    assert.equal(server.code, 0, server.stderr);
    assert.deepEqual(names(server), ['server-key']);
  });

  test('--data (or --store) with --server is a usage error, whatever the order', () => {
    for (const args of [
      ['key', 'list', '--data', sb.data, '--server', t.url],
      ['--server', t.url, 'key', 'list', '--data', sb.data],
      ['key', 'list', '--store', `sqlite:${join(sb.data, 'custos.db')}`, '--server', t.url],
    ]) {
      const r = cli([...args, '--json'], sb.dir, remote);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.json.error.code, 'E_USAGE');
      assert.match(r.json.error.message, /--server and --(data|store)/);
    }
  });

  test('global options before, between and after the command words', () => {
    const cred = ['--credential', t.adminCredential];
    for (const args of [
      ['--server', t.url, ...cred, 'key', 'list', '--json'],
      ['--json', '--server', t.url, ...cred, 'key', 'list'],
      [`--server=${t.url}`, 'key', '--json', 'list', ...cred],
    ]) {
      const r = cli(args, sb.dir, {});
      assert.equal(r.code, 0, `${args.join(' ')}: ${r.stderr}`);
      assert.deepEqual(names(r), ['server-key'], args.join(' '));
    }
    const local = cli(['--json', '--data', sb.data, 'key', 'show', 'local-key'], sb.dir, {});
    assert.equal(local.code, 0, local.stderr);
    assert.equal(local.json.name, 'local-key');
    // A command's own option before the command is still not a global one.
    const own = cli(['--type', 'ed25519', 'key', 'create', 'x', '--json'], sb.dir, { CUSTOS_DATA: sb.data });
    assert.equal(own.code, 2);
    assert.equal(own.json.error.code, 'E_USAGE');
    assert.match(own.json.error.message, /^--type is not a global option/);
  });
});

describe('help and usage messages', () => {
  const sb = new Sandbox();
  after(() => sb.cleanup());
  const groups = [...new Set(COMMANDS.filter((c) => c.name.includes(' ')).map((c) => c.name.split(' ')[0]!))];

  test('every command group prints its help with --help (exit 0), "custos help GROUP" too', () => {
    assert.ok(groups.includes('key') && groups.includes('request') && groups.length >= 10, groups.join(','));
    for (const g of groups) {
      const r = sb.spawn([g, '--help']);
      assert.equal(r.code, 0, `${g} --help: ${r.stderr}`);
      for (const c of COMMANDS.filter((x) => x.name.startsWith(`${g} `))) assert.ok(r.stdout.includes(c.name), `${g} --help lists ${c.name}`);
      assert.equal(r.stderr, '');
    }
    const viaHelp = sb.spawn(['help', 'request']);
    assert.equal(viaHelp.code, 0);
    assert.match(viaHelp.stdout, /request approve ID/);
    const command = sb.spawn(['help', 'key', 'create']);
    assert.equal(command.code, 0);
    assert.match(command.stdout, /--type TYPE/);
    // A group without a command shows the same list but is a usage mistake.
    const bare = sb.spawn(['key']);
    assert.equal(bare.code, 2);
    assert.match(bare.stdout, /key create NAME/);
  });

  test('an unknown command suggests the nearest one', () => {
    for (const [args, near] of [
      [['kye', 'list'], 'key list'],
      [['key', 'lst'], 'key list'],
      [['stauts'], 'status'],
      [['request', 'aprove', 'x'], 'request approve'],
    ] as const) {
      const r = sb.spawn([...args, '--json']);
      assert.equal(r.code, 2, args.join(' '));
      assert.equal(r.json.error.code, 'E_USAGE');
      assert.ok(r.json.error.message.includes(`did you mean "${near}"?`), `${args.join(' ')}: ${r.json.error.message}`);
    }
    // Control: nothing near, no guess.
    const far = sb.spawn(['zzzzzzzz', '--json']);
    assert.equal(far.code, 2);
    assert.equal(far.json.error.message, 'unknown command "zzzzzzzz" (see "custos --help")');
  });

  test('option mistakes get our own message naming the option', () => {
    const typo = sb.spawn(['key', 'create', 'x', '--typo', 'ed25519', '--json']);
    assert.equal(typo.code, 2);
    assert.equal(typo.json.error.code, 'E_USAGE');
    assert.equal(typo.json.error.message, 'unknown option --typo for "custos key create"; did you mean --type? (see "custos key create --help")');
    assert.doesNotMatch(typo.stderr, /positional argument|To specify/);
    const missing = sb.spawn(['key', 'create', 'x', '--type', '--json']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /--type needs a value, got the option "--json"/);
    const atEnd = sb.spawn(['key', 'create', 'x', '--type']);
    assert.match(atEnd.stderr, /^error: E_USAGE: --type needs a value \(TYPE\)/);
    const boolValue = sb.spawn(['status', '--json=yes']);
    assert.match(boolValue.stderr, /^error: E_USAGE: --json takes no value/);
    const short = sb.spawn(['key', 'list', '-h']);
    assert.equal(short.code, 0);
    assert.match(short.stdout, /^custos key list/);
  });
});
