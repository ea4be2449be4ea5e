/**
 * Operator experience (issue #15), through the real CLI (spawned bin/custos.js):
 * which instance a command reaches when flags and the environment disagree,
 * global options anywhere on the line, help for every command group, "did
 * you mean", our own usage messages, stable codes for operator mistakes, and
 * status exit codes like Vault's.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { Sandbox, TEST_KDF } from '../helpers/cli.js';
import { cli, startServer, type ServerProcess } from '../helpers/process.js';
import { ADMIN_URL, pgUnreachable } from '../helpers/pg.js';
import { COMMANDS } from '../../src/cli/main.js';
import { generateIdentitySecret, identityFromSecret } from '../../src/party/wire.js';
import { requestOutput } from '../../src/cli/commands/sign.js';
import type { RequestView } from '../../src/requests/service.js';

/** A port that is taken for as long as the returned server is open. */
async function occupiedPort(): Promise<{ port: number; blocker: Server }> {
  const blocker = createServer();
  await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', ok));
  const addr = blocker.address();
  assert.ok(addr && typeof addr === 'object');
  return { port: addr.port, blocker };
}

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

describe('operator mistakes: stable codes naming the cause', () => {
  const sb = new Sandbox();
  after(() => sb.cleanup());

  test('a busy port is E_ADDR_IN_USE naming host:port; the same command on a free port starts', async () => {
    const { port, blocker } = await occupiedPort();
    let r;
    try {
      r = cli(['serve', '--dev', '--listen', `127.0.0.1:${port}`, '--json'], sb.dir);
    } finally {
      await new Promise((ok) => blocker.close(ok));
    }
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.json.error.code, 'E_ADDR_IN_USE');
    assert.ok(r.json.error.message.includes(`127.0.0.1:${port} is already in use`), r.json.error.message);
    assert.equal(r.json.error.details.listen, `127.0.0.1:${port}`);
    assert.doesNotMatch(r.stderr, /E_INTERNAL/);
    const srv: ServerProcess = await startServer(['--dev'], sb.dir);
    await srv.stop();

    const party = await occupiedPort();
    try {
      const p = cli(['party', 'serve', '--dev', '--data', join(sb.dir, 'p1'), '--listen', `127.0.0.1:${party.port}`, ...TEST_KDF, '--json'], sb.dir);
      assert.equal(p.code, 1, p.stderr);
      assert.equal(p.json.error.code, 'E_ADDR_IN_USE');
    } finally {
      await new Promise((ok) => party.blocker.close(ok));
    }
  });

  test('a missing --tokens, --prices or TLS file is E_CONFIG naming the file, before anything is created', () => {
    const dir = join(sb.dir, 'fresh');
    for (const [args, file] of [
      [['--tokens', 'no-tokens.json'], 'no-tokens.json'],
      [['--prices', 'no-prices.json'], 'no-prices.json'],
      [['--tls-cert', 'no-cert.pem', '--tls-key', 'no-key.pem'], 'no-cert.pem'],
    ] as const) {
      const r = cli(['serve', '--dev', '--data', dir, '--listen', '127.0.0.1:0', ...args, '--json'], sb.dir);
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.json.error.code, 'E_CONFIG');
      assert.ok(r.json.error.message.includes(`${file}: no such file`), r.json.error.message);
      assert.equal(r.json.error.details.file, join(sb.dir, file));
    }
    assert.equal(existsSync(dir), false, 'serve --dev created nothing');
    const party = cli(['party', 'serve', '--dev', '--data', join(sb.dir, 'p2'), '--listen', '127.0.0.1:0', '--tokens', 'no-tokens.json', '--json'], sb.dir);
    assert.equal(party.json.error.code, 'E_CONFIG');
    // Control: a registry that exists is read (then its content is checked: E_BAD_INPUT, not E_CONFIG).
    sb.file('bad-tokens.json', '{"0x00": {}}');
    const bad = cli(['serve', '--dev', '--data', dir, '--listen', '127.0.0.1:0', '--tokens', 'bad-tokens.json', '--json'], sb.dir);
    assert.equal(bad.json.error.code, 'E_BAD_INPUT');
  });

  test('a PostgreSQL authentication failure is E_STORE_AUTH, without the credentials', async (t) => {
    const down = await pgUnreachable();
    if (down) return t.skip(`PostgreSQL unreachable (${down})`);
    const url = new URL(ADMIN_URL);
    url.username = 'custos_no_such_role';
    url.password = 'not-a-real-secret-42';
    const r = cli(['status', '--store', url.toString(), '--json'], sb.dir);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.json.error.code, 'E_STORE_AUTH');
    assert.ok(['28000', '28P01'].includes(r.json.error.details.pgCode), r.json.error.details.pgCode);
    assert.doesNotMatch(r.stdout + r.stderr, /not-a-real-secret-42|custos_no_such_role/);
    // Control: the role that exists gets past authentication (whatever the database holds).
    const ok = cli(['status', '--store', ADMIN_URL, '--json'], sb.dir);
    assert.notEqual(ok.json?.error?.code, 'E_STORE_AUTH', ok.stderr);
    // Whatever comes after authentication (trust accepts any password; no instance in that database), the password stays out.
    const withPassword = new URL(ADMIN_URL);
    withPassword.password = 'pw-probe-77';
    const probe = cli(['key', 'list', '--store', withPassword.toString(), '--json'], sb.dir);
    assert.equal(probe.code, 1);
    assert.doesNotMatch(probe.stdout + probe.stderr, /pw-probe-77/);
  });
});

describe('serve --party-timeout: how long the coordinator waits for a threshold party', () => {
  const sb = new Sandbox();
  after(() => sb.cleanup());

  test('a party that accepts the connection and never answers fails in the configured time, naming it; an out-of-range value is a usage error', async () => {
    // A "party" that takes the TCP connection and stays silent.
    const held: Socket[] = [];
    const silent: Server = createServer((sock) => void held.push(sock));
    await new Promise<void>((ok) => silent.listen(0, '127.0.0.1', ok));
    const port = (silent.address() as { port: number }).port;
    const identity = identityFromSecret(generateIdentitySecret()).id;
    const srv = await startServer(['--dev', '--party-timeout', '1s'], sb.dir);
    try {
      const env = { CUSTOS_ADDR: srv.url, CUSTOS_CREDENTIAL: join(sb.dir, 'custos-data', 'admin.credential.json') };
      const started = Date.now();
      const r = cli(['party', 'add', '--name', 'silent', '--url', `http://127.0.0.1:${port}`, '--identity', identity, '--json'], sb.dir, env);
      const took = Date.now() - started;
      assert.equal(r.code, 1, r.stderr);
      assert.equal(r.json.error.code, 'E_UNAVAILABLE');
      assert.match(r.json.error.message, /party silent did not answer within 1000 ms/);
      assert.ok(took < 8000, `the 1 s timeout applied, not the 10 s default (took ${took} ms)`);
      assert.equal(cli(['party', 'list', '--json'], sb.dir, env).json.length, 0, 'nothing was registered');
    } finally {
      await srv.stop();
      for (const sock of held) sock.destroy();
      await new Promise((ok) => silent.close(ok));
    }
    const bad = cli(['serve', '--dev', '--listen', '127.0.0.1:0', '--party-timeout', '11m', '--json'], sb.dir);
    assert.equal(bad.code, 2, bad.stderr);
    assert.equal(bad.json.error.code, 'E_USAGE');
  });
});

describe('status exit codes (0 unsealed, 2 sealed)', () => {
  const sb = new Sandbox();
  let srv: ServerProcess | undefined;
  before(async () => {
    await sb.initPassphrase();
  });
  after(async () => {
    await srv?.stop();
    sb.cleanup();
  });

  test('a sealed server exits 2, unsealed 0; local mode 0', async () => {
    srv = await startServer(['--data', sb.data], sb.dir);
    const sealed = cli(['status', '--server', srv.url, '--json'], sb.dir);
    assert.equal(sealed.code, 2, sealed.stderr);
    assert.equal(sealed.json.sealed, true);
    assert.match(cli(['status', '--server', srv.url], sb.dir).stdout, /SEALED/);
    const unseal = cli(['unseal', '--server', srv.url, '--passphrase-file', sb.env.CUSTOS_PASSPHRASE_FILE!], sb.dir);
    assert.equal(unseal.code, 0, unseal.stderr);
    const open = cli(['status', '--server', srv.url, '--json'], sb.dir);
    assert.equal(open.code, 0, open.stderr);
    assert.equal(open.json.sealed, false);
    const withCredential = cli(['status', '--server', srv.url, '--credential', join(sb.data, 'admin.credential.json'), '--json'], sb.dir);
    assert.equal(withCredential.code, 0, withCredential.stderr);
    assert.equal(withCredential.json.sealed, false);
    await srv.stop();
    srv = undefined;
    const local = sb.spawn(['status', '--json']);
    assert.equal(local.code, 0, local.stderr);
    // Control: an unreachable server is an error (1), not "sealed".
    const gone = cli(['status', '--server', 'http://127.0.0.1:9', '--json'], sb.dir, { CUSTOS_TIMEOUT_MS: '2000' });
    assert.equal(gone.code, 1);
  });
});

describe('readable output', () => {
  const sb = new Sandbox();
  before(async () => {
    await sb.initPassphrase();
  });
  after(() => sb.cleanup());

  test('key list has a header; list set counts in words', async () => {
    assert.equal((await sb.run('key', 'list')).stdout, 'no keys\n');
    await sb.ok('key', 'create', 'a-rather-long-key-name-for-the-column', '--type', 'ml-dsa-65');
    await sb.ok('key', 'create', 'k1', '--type', 'ed25519');
    const lines = sb.spawn(['key', 'list']).stdout.trimEnd().split('\n');
    assert.match(lines[0]!, /^NAME +ALGORITHM +STATE +VERSION$/);
    assert.match(lines[1]!, /^a-rather-long-key-name-for-the-column ml-dsa-65 +active +v1$/);
    assert.match(lines[2]!, /^k1 +ed25519 +active +v1$/);
    // Columns line up under the header.
    assert.equal(lines[2]!.indexOf('ed25519'), lines[0]!.indexOf('ALGORITHM'));
    const pw = { CUSTOS_PASSPHRASE_FILE: sb.env.CUSTOS_PASSPHRASE_FILE! };
    assert.equal(sb.spawn(['list', 'set', 'one', '--value', 'a'], pw).stdout, 'List one now has 1 value.\n');
    assert.equal(sb.spawn(['list', 'set', 'two', '--value', 'a', '--value', 'b'], pw).stdout, 'List two now has 2 values.\n');
  });

  test('a waiting request says what it waits for in words', () => {
    const base = { id: 'r1', kind: 'sign', rule: 'big' } as unknown as RequestView;
    const pending = { ...base, status: 'pending', waitingFor: { approvals: { count: 2, from: 'approver', approvedBy: [] } } } as RequestView;
    assert.equal(requestOutput(pending).human, 'pending: request r1 waits for 2 more approvals (role: approver) (rule big)');
    const one = {
      ...base,
      status: 'pending',
      waitingFor: { approvals: { count: 2, from: 'approver', approvedBy: ['alice'] }, notBefore: '2026-01-01T00:10:00.000Z' },
    } as RequestView;
    assert.equal(
      requestOutput(one).human,
      'pending: request r1 waits for 1 more approval (role: approver), then its time-lock until 2026-01-01T00:10:00.000Z (rule big)',
    );
    const delayed = { ...base, status: 'approved', waitingFor: { notBefore: '2026-01-01T00:10:00.000Z' } } as RequestView;
    assert.equal(requestOutput(delayed).human, 'approved: request r1 waits for its time-lock until 2026-01-01T00:10:00.000Z (rule big)');
  });
});
