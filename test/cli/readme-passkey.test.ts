/**
 * The README's "Passkey approvers" lines, run as written against a `custos
 * serve --dev` process: `principal create --passkey` prints a link whose
 * token registers a software passkey at the server's default console origin
 * (its own URL, rpId 127.0.0.1) once; `principal list` then shows the
 * credential. The token is in neither the server's log nor the audit export.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, startServer, type ServerProcess } from '../helpers/process.js';
import { readmeBlock } from '../helpers/readme.js';
import { SoftAuthenticator } from '../helpers/webauthn.js';
import { registerPasskey } from '../helpers/passkey-flow.js';
import { isCustosError } from '../../src/errors.js';

describe('README: passkey approvers', () => {
  let dir: string;
  let srv: ServerProcess;
  let env: Record<string, string>;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'custos-readme-passkey-'));
    srv = await startServer(['--dev'], dir);
    env = { CUSTOS_ADDR: srv.url, CUSTOS_CREDENTIAL: join(dir, 'custos-data', 'admin.credential.json') };
  });
  after(async () => {
    await srv.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('principal create --passkey prints a one-time link that registers at the default console origin', async () => {
    const lines = readmeBlock('## Passkey approvers')
      .split('\n')
      .map((l) => l.replace(/\s+#.*$/, '').trim())
      .filter((l) => l.startsWith('custos '))
      .map((l) => l.split(/\s+/).slice(1));
    assert.deepEqual(lines[0], ['principal', 'create', '--name', 'carol', '--role', 'approver', '--passkey']);
    const human = cli(lines[0]!, dir, env);
    assert.equal(human.code, 0, human.stderr);
    const link = /^(http:\/\/127\.0\.0\.1:\d+\/ui\/register#principal=carol&token=(cpk_[A-Za-z0-9_-]{43}))$/m.exec(human.stdout);
    assert.ok(link, human.stdout);
    const token = link[2]!;
    const list = cli([...lines[1]!], dir, env);
    assert.equal(list.code, 0, list.stderr);
    assert.equal((list.json as { name: string; credential: string }[]).find((p) => p.name === 'carol')?.credential, 'passkey-pending');

    const auth = new SoftAuthenticator(-7, srv.url, '127.0.0.1');
    const p = await registerPasskey(srv.url, 'carol', token, auth);
    assert.equal(p.credential, 'passkey');
    assert.equal(p.passkey?.origin, srv.url);
    await assert.rejects(registerPasskey(srv.url, 'carol', token, auth), (e: unknown) => isCustosError(e, 'E_REGISTRATION_TOKEN'));
    const after = cli([...lines[1]!], dir, env);
    assert.equal((after.json as { name: string; credential: string }[]).find((x) => x.name === 'carol')?.credential, 'passkey');

    // --json gives the link too; a program's role cannot be a passkey principal
    const j = cli(['principal', 'create', '--name', 'dan', '--role', 'auditor', '--passkey', '--json'], dir, env);
    assert.equal(j.code, 0, j.stderr);
    assert.match(j.json.registrationLink, /#principal=dan&token=cpk_/);
    assert.equal(cli(['principal', 'create', '--name', 'bot', '--role', 'agent', '--passkey'], dir, env).code, 2);

    const trail = cli(['audit', 'export', '--json'], dir, env).stdout;
    assert.ok(!trail.includes(token) && !srv.log().includes(token), 'the token is in neither the trail nor the log');
  });
});
