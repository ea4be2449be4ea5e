/**
 * Secrets never leak: a real server is made to handle every kind of secret
 * (an exported private key, a wallet mnemonic, SLIP-39 backup shares, a
 * bearer token, the admin credential, the unseal passphrase, a wrong
 * passphrase) and to fail on purpose; then its whole log, every response
 * body, failing CLI commands with --debug and the exported audit trail are
 * scanned for each secret (and 4-word windows of the mnemonic and shares).
 * A positive control proves the scanner finds a planted secret.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { CustosClient } from '../../src/client/client.js';
import { readCredentialFile, generateCredentialKey, writeCredentialFile } from '../../src/auth/credential.js';
import { cli, startServer } from '../helpers/process.js';

const MNEMONIC = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
const WRONG_PASSPHRASE = 'not-the-passphrase-7f3a9c';

/** Needles for one secret: the whole string and, for word lists, every window of 4 words. */
function needles(secret: string): string[] {
  const words = secret.trim().split(/\s+/);
  if (words.length < 6) return [secret];
  return words.slice(0, words.length - 3).map((_, i) => words.slice(i, i + 4).join(' '));
}

function scan(haystacks: Record<string, string>, secrets: Record<string, string>): string[] {
  const found: string[] = [];
  for (const [what, secret] of Object.entries(secrets)) {
    for (const n of needles(secret)) {
      for (const [where, text] of Object.entries(haystacks)) {
        if (text.toLowerCase().includes(n.toLowerCase())) found.push(`${what} in ${where}`);
      }
    }
  }
  return [...new Set(found)];
}

test('no private key, mnemonic, share, passphrase, token or credential in logs, error responses or the audit trail', { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'custos-secrets-'));
  const data = join(dir, 'data');
  const server = await startServer(['--dev', '--data', data], dir);
  const bodies: string[] = [];
  const cliOut: string[] = [];
  try {
    const credFile = join(data, 'admin.credential.json');
    const admin = new CustosClient({ url: server.url, credential: readCredentialFile(credFile) });
    /** `answersWithSecret`: the one answer whose job is to return a secret (export, backup, token) is not scanned. */
    const call = async (op: string, input: Record<string, unknown>, answersWithSecret = false) => {
      try {
        const r = await admin.call(op as never, input as never);
        if (!answersWithSecret) bodies.push(JSON.stringify(r));
        return r;
      } catch (e) {
        bodies.push(JSON.stringify({ error: (e as Error).message, code: (e as { code?: string }).code, details: (e as { details?: unknown }).details }));
        return null;
      }
    };
    await call('policy.set', { source: 'rules:\n  - name: admins\n    effect: allow\n    when: principal.role == "admin"\n' });
    await call('key.create', { name: 'exp', type: 'secp256k1', exportable: true });
    const exported = await call('key.export', { name: 'exp', format: 'raw' }, true);
    const secretHex = String(exported?.secret ?? '');
    assert.match(secretHex, /^[0-9a-f]{64}$/);
    await call('wallet.import', { name: 'w', mnemonic: MNEMONIC });
    await call('sign', { key: "w/m/44'/60'/0'/0/0", digest: randomBytes(32).toString('hex') });
    const backup = await call('backup.create', { key: 'exp', groupThreshold: 1, groups: [[2, 3]] }, true);
    const shares = JSON.stringify(backup ?? {}).match(/"([a-z]+(?: [a-z]+){19,})"/g)?.map((s) => s.slice(1, -1)) ?? [];
    assert.ok(shares.length >= 3, `backup shares returned: ${JSON.stringify(backup).slice(0, 200)}`);
    const { privateKey, publicKeyHex } = generateCredentialKey();
    await call('principal.create', { name: 'bot', role: 'agent', publicKey: publicKeyHex });
    writeCredentialFile(join(dir, 'bot.json'), { principal: 'bot', role: 'agent', privateKey });
    const token = await call('token.create', { principal: 'bot' }, true);
    const tokenText = String(token?.token ?? '');
    assert.ok(tokenText.length > 20);
    // Failures on purpose: wrong key, bad input, wrong passphrase, bad token, bad credential.
    await call('sign', { key: 'nope', digest: '00' });
    await call('key.export', { name: 'exp', format: 'keystore-v3', password: WRONG_PASSPHRASE.slice(0, 3) });
    for (const path of ['/v1/sys/unseal', '/v1/sign']) {
      const res = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokenText}x` }, body: JSON.stringify({ passphrase: WRONG_PASSPHRASE, key: 'exp', digest: randomBytes(32).toString('hex') }) });
      bodies.push(await res.text());
    }
    const env = { CUSTOS_ADDR: server.url, CUSTOS_CREDENTIAL: credFile };
    for (const args of [['key', 'show', 'nope', '--debug'], ['sign', '--key', 'exp', '--digest', 'zz', '--debug'], ['wallet', 'import', 'w2', '--mnemonic-file', join(dir, 'missing'), '--debug']]) {
      const r = cli(args, dir, env);
      assert.notEqual(r.code, 0);
      cliOut.push(r.stdout + r.stderr);
    }
    const devPass = readFileSync(join(data, 'DEV-ONLY-unseal-passphrase'), 'utf8');
    const wrongUnseal = cli(['audit', 'verify', '--data', data, '--passphrase-file', join(dir, 'bot.json'), '--debug'], dir);
    cliOut.push(wrongUnseal.stdout + wrongUnseal.stderr);
    const exportTrail = cli(['audit', 'export', '--data', data, '--passphrase-file', join(data, 'DEV-ONLY-unseal-passphrase')], dir);
    assert.equal(exportTrail.code, 0, exportTrail.stderr);
    assert.ok(exportTrail.stdout.split('\n').length > 10, 'a non-trivial trail');

    const credential = JSON.parse(readFileSync(credFile, 'utf8')) as { privateKey: string };
    const credBody = credential.privateKey.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
    const botBody = (JSON.parse(readFileSync(join(dir, 'bot.json'), 'utf8')) as { privateKey: string }).privateKey.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, '');
    const secrets: Record<string, string> = {
      'exported private key': secretHex,
      mnemonic: MNEMONIC,
      ...Object.fromEntries(shares.map((s, i) => [`backup share ${i + 1}`, s])),
      'dev unseal passphrase': devPass,
      'wrong passphrase': WRONG_PASSPHRASE,
      'bearer token': tokenText,
      'admin credential key': credBody.slice(40, 100),
      'agent credential key': botBody.slice(40, 100),
    };
    const haystacks: Record<string, string> = {
      'server log': server.log(),
      'response bodies (all but the export, backup and token answers)': bodies.join('\n'),
      'CLI output': cliOut.join('\n'),
      'audit trail': exportTrail.stdout,
    };
    // Positive control: a planted secret is found.
    assert.deepEqual(scan({ planted: `x ${MNEMONIC.split(' ').slice(3, 8).join(' ')} y` }, { mnemonic: MNEMONIC }), ['mnemonic in planted']);
    assert.deepEqual(scan(haystacks, secrets), []);
    console.log(`scanned ${Object.values(haystacks).reduce((a, h) => a + h.length, 0)} characters for ${Object.keys(secrets).length} secrets: none found`);
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
