/**
 * Mutual TLS on the eth2 listener: a client certificate from the configured CA whose SHA-256 is
 * a validator principal's `eth2-tls-sha256` tag signs (positive control); a certificate from the
 * CA bound to no principal is 401; one bound to an agent is 403; a client without a certificate,
 * or with one from another CA, does not complete the handshake. Certificates are made here with
 * the openssl CLI.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash, X509Certificate } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { request } from 'node:https';
import { TestServer } from '../helpers/server.js';
import { generateCredentialKey } from '../../src/auth/credential.js';

function openssl(dir: string, ...args: string[]): void {
  const r = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
}
/** A P-256 key and a certificate for `cn` signed by `ca` (or self-signed when ca is null). */
function cert(dir: string, name: string, cn: string, ca: string | null, ext = 'basicConstraints=CA:FALSE'): void {
  writeFileSync(join(dir, `${name}.ext`), `${ext}\n`);
  openssl(
    dir,
    'req',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:prime256v1',
    '-nodes',
    '-keyout',
    `${name}.key`,
    '-out',
    `${name}.csr`,
    '-subj',
    `/CN=${cn}`,
  );
  if (ca)
    openssl(
      dir,
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      `${ca}.pem`,
      '-CAkey',
      `${ca}.key`,
      '-CAcreateserial',
      '-out',
      `${name}.pem`,
      '-days',
      '2',
      '-extfile',
      `${name}.ext`,
    );
  else openssl(dir, 'x509', '-req', '-in', `${name}.csr`, '-signkey', `${name}.key`, '-out', `${name}.pem`, '-days', '2', '-extfile', `${name}.ext`);
}
const fingerprint = (pem: string) => createHash('sha256').update(new X509Certificate(pem).raw).digest('hex');

const FORK_INFO = { fork: { previous_version: '0x00000001', current_version: '0x00000001', epoch: '0' }, genesis_validators_root: `0x${'47'.repeat(32)}` };
const RANDAO = (epoch: number) => ({ type: 'RANDAO_REVEAL', fork_info: FORK_INFO, randao_reveal: { epoch: String(epoch) } });

describe('eth2 listener: mutual TLS callers', () => {
  let t: TestServer;
  let url: string;
  let pub: string;
  const read = (f: string) => readFileSync(join(t.dir, f));

  before(async () => {
    // The certificates go in TestServer's directory; the listener is restarted with them once the principals exist.
    t = await TestServer.start();
    const dir = t.dir;
    openssl(
      dir,
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      '2',
      '-subj',
      '/CN=custos-test-ca',
    );
    openssl(
      dir,
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-keyout',
      'other-ca.key',
      '-out',
      'other-ca.pem',
      '-days',
      '2',
      '-subj',
      '/CN=other-ca',
    );
    cert(dir, 'server', '127.0.0.1', 'ca', 'subjectAltName=IP:127.0.0.1');
    cert(dir, 'vc', 'validator-client', 'ca');
    cert(dir, 'unbound', 'unbound-client', 'ca');
    cert(dir, 'bot', 'agent-client', 'ca');
    cert(dir, 'stranger', 'stranger', 'other-ca');
    const key = () => generateCredentialKey().publicKeyHex;
    await t.admin.call('principal.create', {
      name: 'vc',
      role: 'validator',
      publicKey: key(),
      tags: { 'eth2-tls-sha256': fingerprint(read('vc.pem').toString()) },
    });
    await t.admin.call('principal.create', {
      name: 'bot',
      role: 'agent',
      publicKey: key(),
      tags: { 'eth2-tls-sha256': fingerprint(read('bot.pem').toString()) },
    });
    const k = await t.admin.call('key.create', { name: 'v', type: 'bls12-381' });
    pub = `0x${(k as { versions: { publicKey: string }[] }).versions[0]!.publicKey}`;
    await t.admin.call('policy.set', { source: 'rules:\n  - name: duties\n    effect: allow\n    when: principal.role == "validator"\n' });
    await t.close();
    await t.listen({ eth2Listen: '127.0.0.1:0', eth2TlsCert: join(dir, 'server.pem'), eth2TlsKey: join(dir, 'server.key'), eth2ClientCa: join(dir, 'ca.pem') });
    url = t.server.eth2Url!;
    assert.match(url, /^https:/);
  });
  after(async () => {
    await t?.stop();
  });

  function sign(client: string | null, body: unknown): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const u = new URL(`${url}/api/v1/eth2/sign/${pub}`);
      const req = request(
        {
          host: u.hostname,
          port: u.port,
          path: u.pathname,
          method: 'POST',
          ca: read('ca.pem'),
          ...(client ? { cert: read(`${client}.pem`), key: read(`${client}.key`) } : {}),
          headers: { 'content-type': 'application/json', accept: 'application/json' },
        },
        (res) => {
          let data = '';
          res.on('data', (d) => (data += String(d)));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: data }));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify(body));
    });
  }

  test('a CA-issued certificate bound to a validator signs; unbound 401; bound to an agent 403', async () => {
    const ok = await sign('vc', RANDAO(1));
    assert.equal(ok.status, 200, ok.body);
    assert.match(JSON.parse(ok.body).signature, /^0x[0-9a-f]{192}$/);
    const unbound = await sign('unbound', RANDAO(2));
    assert.equal(unbound.status, 401);
    assert.equal(JSON.parse(unbound.body).code, 'E_UNAUTHENTICATED');
    const agent = await sign('bot', RANDAO(3));
    assert.equal(agent.status, 403);
    assert.equal(JSON.parse(agent.body).code, 'E_FORBIDDEN');
  });

  test('no client certificate, or one from another CA: the handshake fails', async () => {
    await assert.rejects(sign(null, RANDAO(4)));
    await assert.rejects(sign('stranger', RANDAO(5)));
  });

  test('revoking the principal stops its certificate at once', async () => {
    await t.admin.call('principal.revoke', { name: 'vc' });
    const r = await sign('vc', RANDAO(6));
    assert.equal(r.status, 403);
  });
});
