/**
 * The README walk-through, end to end, with real processes: `custos serve
 * --dev` (what `npm start` runs) and the `custos` CLI against it. The only
 * difference from the README is the delay (2 s instead of 10 m) so the test
 * does not wait ten minutes.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { spawnSync } from 'node:child_process';
import { cli, startServer, type ServerProcess } from '../helpers/process.js';
import { TEST_KDF } from '../helpers/cli.js';

const POLICY = (delay: string) => `
rules:
  - name: never-cold
    effect: deny
    when: '"cold" in key.tags'
  - name: hot-1-up-to-20-an-hour
    effect: allow
    when: principal.role == "agent" && key.name == "hot-1" && velocity.key.count1h < 20
  - name: hot-1-beyond-the-limit
    effect: allow
    when: principal.role == "agent" && key.name == "hot-1"
    approvals: { count: 2, from: approver }
    delay: ${delay}
`;

describe('README scenario: npm start, agent and approvers, allow / escalate-approve-delay-sign / cancel / deny', () => {
  let dir: string;
  let srv: ServerProcess;
  let env: Record<string, string>;
  const as = (who: string) => ({ ...env, CUSTOS_CREDENTIAL: join(dir, 'custos-data', `${who}.json`) });

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'custos-readme-'));
    srv = await startServer(['--dev'], dir);
    env = { CUSTOS_ADDR: srv.url, CUSTOS_CREDENTIAL: join(dir, 'custos-data', 'admin.credential.json') };
  });
  after(async () => {
    await srv.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('dev mode says so loudly and writes the admin credential with mode 0600', () => {
    assert.match(srv.log(), /DEVELOPMENT MODE/);
    assert.match(srv.log(), /admin credential: .*admin\.credential\.json/);
    assert.equal(statSync(join(dir, 'custos-data', 'admin.credential.json')).mode & 0o777, 0o600);
  });

  test('the walk-through', async () => {
    for (const [name, role] of [
      ['bot', 'agent'],
      ['alice', 'approver'],
      ['bob', 'approver'],
    ]) {
      const r = cli(['principal', 'create', '--name', name!, '--role', role!, '--out', `custos-data/${name}.json`, '--json'], dir, env);
      assert.equal(r.code, 0, r.stderr);
    }
    assert.equal(cli(['key', 'create', 'hot-1', '--type', 'secp256k1', '--allow-raw'], dir, env).code, 0);
    assert.equal(cli(['key', 'create', 'vault-1', '--type', 'secp256k1', '--allow-raw', '--tag', 'cold=true'], dir, env).code, 0);
    writeFileSync(join(dir, 'policy.yaml'), POLICY('2s'));
    const set = cli(['policy', 'set', 'policy.yaml', '--json'], dir, env);
    assert.equal(set.code, 0, set.stderr);
    assert.equal(set.json.version, 1);

    // allow: 20 an hour
    for (let i = 0; i < 20; i++) {
      const r = cli(['sign', '--key', 'hot-1', '--message', (i + 1).toString(16).padStart(2, '0'), '--json'], dir, as('bot'));
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.json.status, 'signed');
      assert.equal(r.json.rule, 'hot-1-up-to-20-an-hour');
      assert.match(r.json.signature, /^[0-9a-f]{130}$/);
    }

    // escalate -> approve (2) -> delay -> sign
    const esc = cli(['sign', '--key', 'hot-1', '--message', 'ff', '--json'], dir, as('bot'));
    assert.equal(esc.code, 0, esc.stderr);
    assert.equal(esc.json.status, 'pending');
    assert.equal(esc.json.rule, 'hot-1-beyond-the-limit');
    assert.deepEqual(esc.json.waitingFor.approvals, { count: 2, from: 'approver', approvedBy: [] });
    const id = esc.json.requestId as string;
    const self = cli(['request', 'approve', id, '--json'], dir, as('bot'));
    assert.equal(self.code, 1);
    assert.equal(cli(['request', 'approve', id], dir, as('alice')).code, 0);
    const second = cli(['request', 'approve', id, '--json'], dir, as('bob'));
    assert.equal(second.json.status, 'approved');
    assert.ok(second.json.waitingFor.notBefore);
    await sleep(3000);
    const done = cli(['request', 'show', id, '--json'], dir, env);
    assert.equal(done.json.status, 'signed');
    assert.equal(done.json.approvals.length, 2);

    // cancel during the window
    const c = cli(['sign', '--key', 'hot-1', '--message', 'fe', '--json'], dir, as('bot'));
    assert.equal(c.json.status, 'pending');
    const cancelled = cli(['request', 'cancel', c.json.requestId, '--json'], dir, as('bot'));
    assert.equal(cancelled.json.status, 'cancelled');

    // deny: never with keys tagged cold
    const d = cli(['sign', '--key', 'vault-1', '--message', '01', '--json'], dir, as('bot'));
    assert.equal(d.code, 1);
    assert.equal(d.json.status, 'denied');
    assert.equal(d.json.rule, 'never-cold');

    const audit = cli(['audit', 'verify', '--json'], dir, env);
    assert.equal(audit.code, 0, audit.stderr);
    assert.equal(audit.json.ok, true);

    // every private credential is in the git-ignored ./custos-data, none in the working directory
    assert.deepEqual(readdirSync(dir).sort(), ['custos-data', 'policy.yaml']);
    for (const who of ['admin.credential', 'bot', 'alice', 'bob']) assert.equal(statSync(join(dir, 'custos-data', `${who}.json`)).mode & 0o777, 0o600, who);
  });
});

describe('delayed requests survive a crash of the server', () => {
  test('a request approved before kill -9 executes once after the restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'custos-restart-'));
    try {
      writeFileSync(join(dir, 'pw'), 'restart test passphrase');
      assert.equal(cli(['init', '--data', 'd', '--passphrase-file', 'pw', ...TEST_KDF], dir).code, 0);
      const senv = { CUSTOS_PASSPHRASE_FILE: join(dir, 'pw') };
      let srv = await startServer(['--data', 'd'], dir, senv);
      const env = { CUSTOS_ADDR: srv.url, CUSTOS_CREDENTIAL: join(dir, 'd', 'admin.credential.json') };
      assert.equal(cli(['key', 'create', 'k', '--type', 'ed25519', '--allow-raw'], dir, env).code, 0);
      writeFileSync(join(dir, 'p.yaml'), 'rules:\n  - name: later\n    effect: allow\n    delay: 3s\n');
      assert.equal(cli(['policy', 'set', 'p.yaml'], dir, env).code, 0);
      const r = cli(['sign', '--key', 'k', '--message', '0102', '--json'], dir, env);
      assert.equal(r.json.status, 'approved');
      await srv.stop('SIGKILL');
      await sleep(3500);
      srv = await startServer(['--data', 'd'], dir, senv);
      const env2 = { ...env, CUSTOS_ADDR: srv.url };
      let status = '';
      for (let i = 0; i < 50 && status !== 'signed'; i++) {
        await sleep(100);
        status = cli(['request', 'show', r.json.requestId, '--json'], dir, env2).json.status;
      }
      assert.equal(status, 'signed');
      const trail = cli(['audit', 'export'], dir, env2).stdout;
      const signs = trail.split('\n').filter((l) => l.includes('"key.sign"') && l.includes(r.json.requestId));
      assert.equal(signs.length, 1, 'signed exactly once');
      await srv.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('TLS', () => {
  test('serve --tls-cert/--tls-key: the CLI talks HTTPS to it, trusting the certificate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'custos-tls-'));
    try {
      const gen = spawnSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'ec',
          '-pkeyopt',
          'ec_paramgen_curve:P-256',
          '-nodes',
          '-subj',
          '/CN=127.0.0.1',
          '-addext',
          'subjectAltName=IP:127.0.0.1',
          '-keyout',
          'key.pem',
          '-out',
          'cert.pem',
          '-days',
          '1',
        ],
        { cwd: dir },
      );
      assert.equal(gen.status, 0, String(gen.stderr));
      writeFileSync(join(dir, 'pw'), 'tls test passphrase');
      assert.equal(cli(['init', '--data', 'd', '--passphrase-file', 'pw', ...TEST_KDF], dir).code, 0);
      const srv = await startServer(['--data', 'd', '--tls-cert', 'cert.pem', '--tls-key', 'key.pem'], dir, { CUSTOS_PASSPHRASE_FILE: join(dir, 'pw') });
      try {
        assert.match(srv.url, /^https:/);
        const env = { CUSTOS_ADDR: srv.url, CUSTOS_CREDENTIAL: join(dir, 'd', 'admin.credential.json') };
        const untrusted = cli(['key', 'list', '--json'], dir, env);
        assert.equal(untrusted.code, 1, 'an unknown certificate is refused');
        const st = cli(['status', '--json'], dir, { ...env, NODE_EXTRA_CA_CERTS: join(dir, 'cert.pem') });
        assert.equal(st.code, 0, st.stderr);
        assert.equal(st.json.sealed, false);
      } finally {
        await srv.stop();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
