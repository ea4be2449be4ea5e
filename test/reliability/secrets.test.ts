/**
 * Secrets stay secret: a whole session against a real `custos serve` process
 * handles every kind of secret custos has, on the happy path and on purpose
 * on failing paths, and then a scanner looks for those secrets in everything
 * an operator or a client would see:
 *
 *  - the server processes' stdout and stderr (a --dev server, then the same
 *    instance served sealed and unsealed over the API), run with --log-level
 *    debug so that every request has its JSON request log line there (checked:
 *    one per request, for the operations that carry secrets too);
 *  - every HTTP response body (errors included), except the four answers that
 *    hand a secret out once by design (key.export, backup.create,
 *    token.create, wallet.create);
 *  - stdout and stderr of CLI commands that fail, run with --debug (stack traces);
 *  - the audit trail, exported over the API and by the CLI in local mode.
 *
 * Secrets: an exported secp256k1 key (hex either case, base64, base64url), a
 * BIP39 mnemonic (any 4 consecutive words), its seed, master xprv and a derived
 * account key, the SLIP-39 shares of the key (any 4 consecutive words of each),
 * the dev unseal passphrase, a wrong passphrase that was tried (to unseal, and
 * as a keystore password), a keystore-v3 password, a bearer token
 * and its secret part, and the admin's and an agent's credential private keys
 * (PKCS#8 PEM, each PEM line, the scalar in hex and base64url).
 *
 * A positive control shows the scanner finds each kind of secret planted in a
 * string, in the shapes it could leak in (upper case, JSON arrays, escaped
 * newlines). The store files (custos.db and its WAL) are scanned as well:
 * secrets are encrypted or hashed at rest.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { mnemonicToSeedSync, validateMnemonic } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { HDKey } from '@scure/bip32';
import { CustosClient } from '../../src/client/client.js';
import { credentialPrivateKey, generateCredentialKey, readCredentialFile, writeCredentialFile } from '../../src/auth/credential.js';
import { signRequest } from '../../src/auth/request-signature.js';
import { DEV_PASSPHRASE_FILE } from '../../src/server/serve.js';
import { cli, startServer, type CliRun, type ServerProcess } from '../helpers/process.js';

/** BIP39 test vector (Trezor vectors, entropy 0x9e885d952ad362caeb4efe34a8e91bd2). */
const MNEMONIC = 'ozone drill grab fiber curtain grace pudding thank cruise elder eight picnic';
const ACCOUNT = "m/44'/60'/0'/0/0";
const WRONG_PASSPHRASE = 'Tr0ub4dor&3-wrong-unseal-passphrase';
const POLICY = [
  'description: secrets test',
  'rules:',
  '  - name: admins',
  '    effect: allow',
  '    when: principal.role == "admin"',
  '  - name: agents',
  '    effect: allow',
  '    when: principal.role == "agent"',
  '',
].join('\n');

interface Secret {
  name: string;
  /** Substrings (matched case-insensitively when `anyCase`). */
  needles?: string[];
  anyCase?: boolean;
  /** A phrase: any `window` consecutive words of it, whatever separates them (spaces, newlines, JSON array syntax). */
  words?: string[];
  window?: number;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Names of the secrets found in `text`, with what matched. */
function scan(text: string, secrets: Secret[]): string[] {
  const found: string[] = [];
  const lower = text.toLowerCase();
  for (const s of secrets) {
    for (const n of s.needles ?? []) {
      if (n.length < 8) throw new Error(`needle of ${s.name} too short to mean anything`);
      if (s.anyCase ? lower.includes(n.toLowerCase()) : text.includes(n)) found.push(`${s.name}: "${n.slice(0, 12)}…"`);
    }
    if (s.words) {
      const w = s.window ?? 4;
      for (let i = 0; i + w <= s.words.length; i++) {
        const re = new RegExp(
          `\\b${s.words
            .slice(i, i + w)
            .map(escapeRe)
            .join(String.raw`(?:[\s",'\[\]]|\\n)+`)}\\b`,
          'i',
        );
        if (re.test(text)) {
          found.push(`${s.name}: words ${i + 1}-${i + w}`);
          break;
        }
      }
    }
  }
  return found;
}

/** The encodings a 32-byte (or longer) secret could leak in. */
const encodings = (b: Buffer): string[] => [b.toString('hex'), b.toString('base64'), b.toString('base64url')];

/** A credential's private key: the PEM, each PEM body line, the scalar. */
function credentialNeedles(file: string): string[] {
  const cred = readCredentialFile(file);
  const d = Buffer.from(credentialPrivateKey(cred).export({ format: 'jwk' }).d!, 'base64url');
  const lines = cred.privateKey.split('\n').filter((l) => l.length >= 16 && !l.startsWith('-----'));
  return [cred.privateKey.trim(), ...lines, ...encodings(d)];
}

/** The JSON request log lines of a server process's output. */
function requestLines(log: string): Record<string, unknown>[] {
  return log
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((l) => l.msg === 'request');
}

interface Seen {
  what: string;
  text: string;
}

test('secrets: no private key, share, seed, passphrase or credential in logs, error responses or the audit trail', { timeout: 240_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'custos-secrets-'));
  const data = join(dir, 'data');
  const seen: Seen[] = [];
  const realFetch = globalThis.fetch;
  /** Operations whose success hands a secret out, once, by design. */
  const givesSecret = /\/v1\/keys\/[^/]+\/export$|\/v1\/backups$|\/v1\/tokens$|\/v1\/wallets$/;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const res = await realFetch(input, init);
    const text = await res.clone().text();
    const url = String(input);
    const path = new URL(url).pathname;
    if (!(res.ok && (init?.method ?? 'GET') === 'POST' && givesSecret.test(path)))
      seen.push({ what: `response ${res.status} to ${init?.method ?? 'GET'} ${path}`, text });
    return res;
  };
  const servers: ServerProcess[] = [];
  const cliRuns: { args: string[]; run: CliRun }[] = [];
  /** A CLI command that must fail; its output is scanned. */
  const failingCli = (args: string[], env: Record<string, string> = {}) => {
    const run = cli([...args, '--debug'], dir, env);
    cliRuns.push({ args, run });
    assert.notEqual(run.code, 0, `custos ${args.join(' ')} should fail:\n${run.stdout}\n${run.stderr}`);
    seen.push({ what: `custos ${args.join(' ')} (exit ${run.code})`, text: `${run.stdout}\n${run.stderr}` });
    return run;
  };
  const secretFile = (name: string, content: string) => {
    const f = join(dir, name);
    writeFileSync(f, content, { mode: 0o600 });
    return f;
  };

  try {
    // ---- a session that handles every kind of secret ----------------------------------------
    const dev = await startServer(['--dev', '--data', data, '--log-level', 'debug'], dir);
    servers.push(dev);
    const devPassphrase = readFileSync(join(data, DEV_PASSPHRASE_FILE), 'utf8');
    const adminFile = join(data, 'admin.credential.json');
    const admin = new CustosClient({ url: dev.url, credential: readCredentialFile(adminFile) });
    await admin.call('policy.set', { source: POLICY });

    await admin.call('key.create', { name: 'exp', type: 'secp256k1', allowRaw: true, exportable: true });
    await admin.call('key.create', { name: 'plain', type: 'secp256k1', allowRaw: true });
    const exported = await admin.call('key.export', { name: 'exp', format: 'raw' });
    const keySecret = Buffer.from(exported.secret as string, 'hex');
    assert.equal(keySecret.length, 32);

    assert.ok(validateMnemonic(MNEMONIC, wordlist));
    await admin.call('wallet.import', { name: 'w', mnemonic: MNEMONIC, allowRaw: true });
    const seed = Buffer.from(mnemonicToSeedSync(MNEMONIC));
    const master = HDKey.fromMasterSeed(seed);
    const child = master.derive(ACCOUNT);
    const account = await admin.call('key.show', { ref: `w/${ACCOUNT}` });
    assert.equal(account.publicKey, Buffer.from(child.publicKey!).toString('hex'), 'the wallet derives what BIP32 says');
    for (const key of ['exp', `w/${ACCOUNT}`]) {
      const r = await admin.call('sign', { key, digest: randomBytes(32).toString('hex'), note: 'secrets test' });
      assert.equal(r.status, 'signed');
    }

    const backup = await admin.call('backup.create', { key: 'exp', groupThreshold: 1, groups: [[2, 3]] });
    const shares = (backup.groups as string[][]).flat();
    assert.equal(shares.length, 3);

    const agentKey = generateCredentialKey();
    await admin.call('principal.create', { name: 'agent-1', role: 'agent', publicKey: agentKey.publicKeyHex });
    const agentFile = join(dir, 'agent-1.json');
    writeCredentialFile(agentFile, { principal: 'agent-1', role: 'agent', privateKey: agentKey.privateKey });
    const token = (await admin.call('token.create', { principal: 'agent-1', ttl: '1h' })).token as string;
    const [, tokenId, tokenSecret] = /^cst_([0-9a-f]{16})_(.+)$/.exec(token)!;
    const bearer = (t: string, path: string, body: unknown) =>
      globalThis.fetch(`${dev.url}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${t}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    assert.equal(
      ((await (await bearer(token, '/v1/sign', { key: 'exp', digest: randomBytes(32).toString('hex') })).json()) as { status: string }).status,
      'signed',
    );
    const agent = new CustosClient({ url: dev.url, credential: readCredentialFile(agentFile) });
    assert.equal((await agent.call('sign', { key: `w/${ACCOUNT}`, digest: randomBytes(32).toString('hex') })).status, 'signed');

    // ---- failures, on purpose, that carry or touch those secrets ----------------------------
    const expectFail = async (p: Promise<unknown>, code: string) => {
      await assert.rejects(p, (e: { code?: string }) => {
        assert.equal(e.code, code);
        return true;
      });
    };
    const words = MNEMONIC.split(' ');
    const badMnemonic = [...words.slice(0, -1), words.at(-1) === 'abandon' ? 'zoo' : 'abandon'].join(' '); // checksum fails
    await expectFail(admin.call('wallet.import', { name: 'w-bad', mnemonic: badMnemonic }), 'E_BAD_INPUT');
    await expectFail(admin.call('wallet.import', { name: 'w', mnemonic: MNEMONIC }), 'E_NAME_TAKEN');
    await expectFail(admin.call('wallet.import', { name: 'w-seed', seed: seed.toString('hex') + 'zz' }), 'E_BAD_INPUT');
    await expectFail(admin.call('key.import', { name: 'imp', format: 'raw', content: keySecret.toString('hex') + 'zz' }), 'E_BAD_INPUT');
    await expectFail(admin.call('key.import', { name: 'imp', format: 'raw', content: keySecret.toString('hex') + 'ab' }), 'E_BAD_INPUT');
    await expectFail(admin.call('key.import', { name: 'exp', format: 'raw', content: keySecret.toString('hex') }), 'E_NAME_TAKEN');
    await expectFail(
      admin.call('key.import', { name: 'imp-ks', format: 'keystore-v3', content: `{"secret":"${keySecret.toString('hex')}"}`, password: devPassphrase }),
      'E_BAD_KEYSTORE',
    );
    // an encrypted keystore of the key, then imported with the wrong password
    const keystorePassword = `ks-${randomBytes(12).toString('base64url')}`;
    const keystore = (await admin.call('key.export', { name: 'exp', format: 'keystore-v3', password: keystorePassword, scryptLogN: 10 })).keystore as unknown;
    const keystoreText = typeof keystore === 'string' ? keystore : JSON.stringify(keystore);
    await expectFail(
      admin.call('key.import', { name: 'imp-ks', format: 'keystore-v3', content: keystoreText, password: WRONG_PASSPHRASE }),
      'E_BAD_KEYSTORE_PASSWORD',
    );
    const oneShare = shares[0]!;
    await expectFail(admin.call('backup.restore', { name: 'r', shares: [oneShare], type: 'secp256k1' }), 'E_BAD_SHARES');
    const shareWords = oneShare.split(' ');
    const corrupted = [...shareWords.slice(0, -1), shareWords.at(-1) === 'academic' ? 'acid' : 'academic'].join(' ');
    await assert.rejects(admin.call('backup.restore', { name: 'r', shares: [corrupted, shares[1]!], type: 'secp256k1' }));
    await assert.rejects(admin.call('backup.restore', { name: 'r', shares: [shares[0]!, shares[0]!] }));
    await expectFail(admin.call('key.export', { name: 'plain', format: 'raw' }), 'E_NOT_EXPORTABLE');
    await expectFail(admin.call('key.export', { name: 'nope', format: 'raw' }), 'E_KEY_NOT_FOUND');
    await expectFail(admin.call('sign', { key: 'nope', digest: randomBytes(32).toString('hex') }), 'E_KEY_NOT_FOUND');
    await expectFail(admin.call('sys.rekey', { seal: 'passphrase', passphrase: 'short' }), 'E_BAD_INPUT');
    // the instance is unsealed: a wrong passphrase is not even tried (answered, not checked)
    await admin.call('sys.unseal', { passphrase: WRONG_PASSPHRASE });
    // bearer tokens: the right id with a wrong secret, the right token where tokens are not accepted, garbage
    const wrongSecret = randomBytes(32).toString('base64url');
    const signBody = { key: 'exp', digest: randomBytes(32).toString('hex') };
    for (const [t, path, body] of [
      [`cst_${tokenId}_${wrongSecret}`, '/v1/sign', signBody],
      [token, '/v1/keys', { name: 'evil', type: 'secp256k1' }],
      [`${token}x`, '/v1/sign', signBody],
      [`cst_${tokenId}`, '/v1/sign', signBody],
      [token.toUpperCase(), '/v1/sign', signBody],
    ] as const) {
      assert.equal((await bearer(t, path, body)).status, 401, `${t.slice(0, 8)}… on ${path}`);
    }
    // a request signed with the wrong key, and one with the admin's key claiming the agent
    const impostor = generateCredentialKey().privateKey;
    for (const [key, principal] of [
      [impostor, 'admin'],
      [credentialPrivateKey(readCredentialFile(adminFile)), 'agent-1'],
    ] as const) {
      const body = JSON.stringify({ name: 'evil', type: 'secp256k1' });
      const r = await globalThis.fetch(`${dev.url}/v1/keys`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...signRequest(key, principal, { method: 'POST', path: '/v1/keys', body }) },
        body,
      });
      assert.equal(r.status, 401);
    }

    // CLI commands that fail, with --debug (stack traces), against the server and in local mode.
    const server = ['--server', dev.url, '--credential', adminFile];
    const wrongFile = secretFile('wrong-passphrase.txt', WRONG_PASSPHRASE);
    const badMnemonicFile = secretFile('bad-mnemonic.txt', badMnemonic);
    const mnemonicFile = secretFile('mnemonic.txt', MNEMONIC);
    const badKeyFile = secretFile('bad-key.txt', keySecret.toString('hex') + 'zz');
    const keyFile = secretFile('key.txt', keySecret.toString('hex'));
    const oneShareFile = secretFile('share-1.txt', oneShare);
    const corruptedShareFile = secretFile('shares-corrupted.txt', `${corrupted}\n${shares[1]}`);
    failingCli(['key', 'export', 'exp', '--format', 'raw', '--data', data, '--passphrase-file', wrongFile]);
    failingCli(['key', 'export', 'plain', '--format', 'raw', ...server]);
    failingCli(['key', 'show', 'nope', ...server]);
    failingCli(['wallet', 'import', 'w-bad', '--mnemonic-file', badMnemonicFile, ...server]);
    failingCli(['wallet', 'import', 'w', '--mnemonic-file', mnemonicFile, ...server]);
    failingCli(['key', 'import', 'imp', '--format', 'raw', '--file', badKeyFile, ...server]);
    failingCli(['key', 'import', 'exp', '--format', 'raw', '--file', keyFile, ...server]);
    failingCli([
      'key',
      'import',
      'imp-ks',
      '--format',
      'keystore-v3',
      '--file',
      secretFile('keystore.json', keystoreText),
      '--password-file',
      wrongFile,
      ...server,
    ]);
    failingCli([
      'key',
      'import',
      'exp',
      '--format',
      'keystore-v3',
      '--file',
      join(dir, 'keystore.json'),
      '--password-file',
      secretFile('ks-password.txt', keystorePassword),
      ...server,
    ]);
    failingCli(['backup', 'restore', '--name', 'r', '--type', 'secp256k1', '--backup-share-file', oneShareFile, ...server]);
    failingCli(['backup', 'restore', '--name', 'r', '--type', 'secp256k1', '--backup-share-file', corruptedShareFile, ...server]);
    failingCli(['sign', '--key', 'exp', '--digest', 'zz', ...server]);
    failingCli(['key', 'show', 'exp', '--server', dev.url, '--credential', wrongFile]);
    failingCli(['key', 'list', '--server', dev.url], { CUSTOS_CREDENTIAL: join(dir, 'missing.json') });

    const apiTrail = (await admin.call('audit.export', {})) as string;
    seen.push({ what: 'audit trail (API export, --dev server)', text: apiTrail });
    assert.ok(
      apiTrail.includes('"action":"key.export"') && apiTrail.includes('"action":"backup.create"') && apiTrail.includes('"action":"token.create"'),
      'the trail records the secret-handling operations',
    );
    await dev.stop();
    seen.push({ what: 'log of the --dev server', text: dev.log() });
    // The scan covers the request log: a JSON line for each request, those that carry secrets included.
    const devRequests = requestLines(dev.log());
    const devResponses = seen.filter((x) => x.what.startsWith('response ')).length;
    assert.ok(devRequests.length >= devResponses, `${devRequests.length} request lines for ${devResponses} responses`);
    for (const op of ['key.export', 'key.import', 'wallet.import', 'backup.create', 'backup.restore', 'token.create', 'sign', 'sys.unseal', 'audit.export']) {
      assert.ok(
        devRequests.some((l) => l.operation === op),
        `no request line for ${op}`,
      );
    }
    assert.ok(
      devRequests.some((l) => l.operation === 'sign' && l.principal === 'agent-1' && l.outcome === 'signed' && l.rule === 'agents'),
      'the bearer-token signature is logged with its principal, rule and outcome',
    );
    assert.ok(
      devRequests.some((l) => l.status === 401 && l.code === 'E_UNAUTHENTICATED'),
      'refused authentications are logged',
    );

    // The same instance served sealed: a failed unseal (API and CLI), then the right passphrase.
    const sealed = await startServer(['--data', data, '--log-level', 'debug'], dir);
    servers.push(sealed);
    const unseal = (passphrase: string) =>
      globalThis.fetch(`${sealed.url}/v1/sys/unseal`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ passphrase }),
      });
    assert.equal((await unseal(WRONG_PASSPHRASE)).status, 401);
    failingCli(['unseal', '--server', sealed.url, '--passphrase-file', wrongFile]);
    // three failures in all (one in local mode above): the guard now wants a short wait
    let ok = await unseal(devPassphrase);
    for (let i = 0; ok.status === 429 && i < 5; i++) {
      await new Promise((r) => setTimeout(r, 1000 * Number(ok.headers.get('retry-after') ?? 1)));
      ok = await unseal(devPassphrase);
    }
    assert.equal(ok.status, 200);
    const admin2 = new CustosClient({ url: sealed.url, credential: readCredentialFile(adminFile) });
    await expectFail(admin2.call('key.export', { name: 'plain', format: 'raw' }), 'E_NOT_EXPORTABLE');
    await sealed.stop();
    seen.push({ what: 'log of the sealed-then-unsealed server', text: sealed.log() });
    assert.ok(
      requestLines(sealed.log()).filter((l) => l.operation === 'sys.unseal').length >= 2,
      'the unseal requests (wrong and right passphrase) are logged',
    );
    const requestLogLines = devRequests.length + requestLines(sealed.log()).length;

    const exportRun = cli(['audit', 'export', '--data', data, '--passphrase-file', join(data, DEV_PASSPHRASE_FILE)], dir);
    assert.equal(exportRun.code, 0, exportRun.stderr);
    assert.ok(
      exportRun.stdout.includes('"action":"sys.unseal"') || exportRun.stdout.split('\n').length > apiTrail.split('\n').length,
      'the CLI export is the whole, longer trail',
    );
    seen.push({ what: 'audit trail (CLI export, local mode)', text: `${exportRun.stdout}\n${exportRun.stderr}` });

    // ---- the scan -------------------------------------------------------------------------------
    const secrets: Secret[] = [
      { name: 'exported private key', needles: encodings(keySecret), anyCase: true },
      { name: 'BIP39 mnemonic', words: MNEMONIC.split(' ') },
      { name: 'BIP39 seed', needles: encodings(seed), anyCase: true },
      { name: 'wallet master xprv', needles: [master.privateExtendedKey] },
      { name: 'wallet account private key', needles: encodings(Buffer.from(child.privateKey!)), anyCase: true },
      ...shares.map((s, i) => ({ name: `SLIP-39 share ${i + 1}`, words: s.split(' ') })),
      { name: 'dev unseal passphrase', needles: [devPassphrase] },
      { name: 'wrong unseal passphrase tried', needles: [WRONG_PASSPHRASE] },
      { name: 'keystore password', needles: [keystorePassword] },
      { name: 'bearer token', needles: [token, tokenSecret!] },
      { name: 'admin credential private key', needles: credentialNeedles(adminFile) },
      { name: 'agent credential private key', needles: credentialNeedles(agentFile) },
    ];

    // Positive control: the scanner finds each kind of secret in the shapes it could leak in ...
    const plant = (s: string) => `{"code":"E_X","message":"before ${s} after"}`;
    const controls: [string, string][] = [
      ['exported private key', plant(keySecret.toString('hex').toUpperCase())],
      ['exported private key', plant(`0x${keySecret.toString('hex')}`)],
      ['BIP39 mnemonic', plant(words.slice(3, 7).join('  ').toUpperCase())],
      ['BIP39 mnemonic', JSON.stringify({ words: words.slice(5, 9) })],
      ['BIP39 mnemonic', plant(words.slice(8, 12).join('\\n'))],
      ['BIP39 seed', plant(seed.toString('base64'))],
      ['wallet master xprv', plant(master.privateExtendedKey)],
      ['wallet account private key', plant(Buffer.from(child.privateKey!).toString('hex'))],
      ['SLIP-39 share 1', plant(shares[0]!.split(' ').slice(10, 14).join(' '))],
      ['SLIP-39 share 3', `error: E_BAD_SHARES: ${shares[2]}\n    at restore (backup.ts:1:1)`],
      ['dev unseal passphrase', plant(devPassphrase)],
      ['wrong unseal passphrase tried', `${WRONG_PASSPHRASE}\n`],
      ['keystore password', plant(keystorePassword)],
      ['bearer token', plant(tokenSecret!)],
      ['admin credential private key', JSON.stringify({ privateKey: readCredentialFile(adminFile).privateKey })],
      ['admin credential private key', plant(readCredentialFile(adminFile).privateKey.split('\n')[2]!)],
      ['agent credential private key', plant(Buffer.from(agentKey.privateKey.export({ format: 'jwk' }).d!, 'base64url').toString('hex'))],
    ];
    for (const [name, text] of controls) {
      const hits = scan(text, secrets);
      assert.ok(
        hits.some((h) => h.startsWith(`${name}:`)),
        `the scanner misses ${name} in ${text.slice(0, 120)} (found: ${hits.join(', ') || 'nothing'})`,
      );
    }
    // ... and only from 4 consecutive words on: 3 words, or 4 not in sequence, are not a finding.
    assert.deepEqual(scan(plant(words.slice(0, 3).join(' ')), secrets), []);
    assert.deepEqual(scan(plant([words[0], words[2], words[4], words[6]].join(' ')), secrets), []);

    // The real scan.
    assert.ok(seen.length > 40, `only ${seen.length} texts collected`);
    assert.ok(cliRuns.length >= 14);
    const errors = seen.filter((s) => /^response [45]\d\d /.test(s.what));
    assert.ok(errors.length >= 20, `only ${errors.length} error responses collected`);
    const findings = seen.flatMap((s) => scan(s.text, secrets).map((f) => `${s.what}: ${f}`));
    const bytes = seen.reduce((n, s) => n + s.text.length, 0);
    const responses = seen.filter((s) => s.what.startsWith('response ')).length;
    console.log(
      `secrets: scanned ${seen.length} texts (${bytes} characters): ${responses} responses (${errors.length} errors), ${cliRuns.length} failing CLI runs, 2 server logs (${requestLogLines} request log lines), 2 audit exports; for ${secrets.length} secrets`,
    );
    assert.deepEqual(findings, [], 'secrets found where they must not be');

    // At rest: the store files hold no secret in the clear (keys and seeds are encrypted, tokens hashed).
    const storeFiles = readdirSync(data).filter((f) => f.startsWith('custos.db'));
    assert.ok(storeFiles.includes('custos.db'));
    const atRest = storeFiles.flatMap((f) => {
      const raw = readFileSync(join(data, f));
      const text = raw.toString('latin1');
      const binary = [keySecret, seed, Buffer.from(child.privateKey!)].filter((b) => raw.includes(b)).map(() => `${f}: raw secret bytes`);
      return [...binary, ...scan(text, secrets).map((h) => `${f}: ${h}`)];
    });
    console.log(`secrets: store files scanned: ${storeFiles.join(', ')}`);
    assert.deepEqual(atRest, [], 'secrets in the clear in the store');
  } finally {
    globalThis.fetch = realFetch;
    for (const s of servers) await s.stop();
    if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  }
});
