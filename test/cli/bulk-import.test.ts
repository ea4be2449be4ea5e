/**
 * Bulk import, `custos key import --from DIR|FILE.jsonl` (issue #14 P3,
 * docs/decisions/0018-bulk-import.md), through the real CLI paths.
 *
 * Expected values come from the official vectors (test/vectors, see their
 * SOURCE.txt) or from independent libraries: public keys and addresses from
 * @noble/curves, keystore-v3 files written by ethers, BLS signatures checked
 * with @chainsafe/blst. Every refusal has its positive control beside it, and
 * every refusal leaves the key list and the audit trail as they were.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bls12_381 } from '@noble/curves/bls12-381.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { PublicKey, Signature, verify as blsVerify } from '@chainsafe/blst';
import { Wallet, encryptKeystoreJsonSync } from 'ethers';
import { Sandbox, VECTORS } from '../helpers/cli.js';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const unhex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s.replace(/^0x/i, ''), 'hex'));
const readJson = (...p: string[]): any => JSON.parse(readFileSync(join(VECTORS, ...p), 'utf8'));
const ethAddress = (priv: string): string => `0x${hex(keccak_256(secp256k1.getPublicKey(unhex(priv), false).subarray(1)).subarray(12))}`;

/** Write a file in the sandbox and name it relative to the sandbox (the CLI's cwd), as an operator would. */
function rel(sb: Sandbox, name: string, content: string): string {
  sb.file(name, content);
  return name;
}

function sandbox(): () => Sandbox {
  let sb: Sandbox | undefined;
  before(async () => {
    sb = new Sandbox();
    await sb.initPassphrase();
  });
  after(() => sb?.cleanup());
  return () => sb!;
}

/** A JSON-lines file of raw secp256k1 keys; returns the path and the secrets by name. */
function rawLines(sb: Sandbox, file: string, names: string[]): { path: string; secrets: Map<string, string> } {
  const secrets = new Map(names.map((n) => [n, hex(secp256k1.utils.randomSecretKey())]));
  sb.file(file, [...secrets].map(([name, secret]) => JSON.stringify({ name, secret })).join('\n') + '\n');
  return { path: file, secrets };
}

/** The key list and the audit head: what a refused import must leave unchanged. */
async function state(sb: Sandbox): Promise<string> {
  const keys = (await sb.ok('key', 'list')).map((k: any) => k.name);
  const trail = (await sb.run('audit', 'export')).stdout.split('\n').filter((l) => l.includes('"key.import"')).length;
  return JSON.stringify({ keys, trail });
}

describe('raw keys from a JSON-lines file', () => {
  const sb = sandbox();

  test('imports every line in one batch; public keys match noble; a key signs (verified by noble); one audit event per key, no secret in the trail', async () => {
    const names = Array.from({ length: 40 }, (_, i) => `raw-${i}`);
    const { path, secrets } = rawLines(sb(), 'keys.jsonl', names);
    const r = await sb().ok('key', 'import', '--from', path, '--format', 'raw', '--allow-raw', '--tag', 'desk=mm');
    assert.equal(r.imported, 40);
    assert.match(r.batch, /^[0-9a-f-]{36}$/);
    assert.deepEqual(
      r.keys.map((k: any) => k.name),
      names,
    );
    for (const k of r.keys) {
      const secret = secrets.get(k.name)!;
      assert.equal(k.algorithm, 'secp256k1');
      assert.equal(k.publicKey, hex(secp256k1.getPublicKey(unhex(secret), true)));
      assert.equal(k.ethereumAddress.toLowerCase(), ethAddress(secret));
    }
    const shown = await sb().ok('key', 'show', 'raw-7');
    assert.equal(shown.origin, 'imported');
    assert.deepEqual(shown.tags, { desk: 'mm' });
    assert.equal(shown.allowRaw, true);
    assert.equal(shown.addresses.ethereum, r.keys[7].ethereumAddress);
    const digest = hex(randomBytes(32));
    const s = await sb().ok('sign', '--key', 'raw-7', '--digest', digest);
    assert.ok(
      secp256k1.verify(unhex(s.signature).subarray(0, 64), unhex(digest), secp256k1.getPublicKey(unhex(secrets.get('raw-7')!), true), { prehash: false }),
    );

    const trail = (await sb().run('audit', 'export')).stdout;
    const events = trail
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
      .filter((e) => e.action === 'key.import');
    assert.equal(events.length, 40, 'one key.import event per key');
    assert.deepEqual(
      events.map((e) => e.subject),
      names.map((n) => `key/${n}`),
    );
    for (const e of events) {
      const d = typeof e.details === 'string' ? JSON.parse(e.details) : e.details;
      assert.equal(d.batch, r.batch);
      assert.equal(d.batchSize, 40);
      assert.equal(d.format, 'raw');
    }
    for (const secret of secrets.values()) assert.ok(!trail.includes(secret), 'no secret in the trail');
    assert.equal((await sb().ok('audit', 'verify')).ok, true);
  });

  test('human output names the count and the batch; --json has nothing but the result', async () => {
    const { path } = rawLines(sb(), 'human.jsonl', ['h-1', 'h-2']);
    const r = await sb().run('key', 'import', '--from', path, '--format', 'raw');
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^Imported 2 keys in one transaction \(batch [0-9a-f-]{36}\)\.\n$/);
    const { path: p2 } = rawLines(sb(), 'json.jsonl', ['j-1']);
    const j = await sb().run('key', 'import', '--from', p2, '--format', 'raw', '--json');
    assert.equal(j.stderr, '', 'no progress without a terminal');
    assert.deepEqual(Object.keys(JSON.parse(j.stdout)), ['imported', 'batch', 'keys']);
  });
});

describe('refused batches import nothing (each beside its positive control)', () => {
  const sb = sandbox();

  test('a malformed line: E_BAD_INPUT naming FILE:LINE; without it the same file imports', async () => {
    const { secrets } = rawLines(sb(), 'unused.jsonl', ['m-1', 'm-2', 'm-3']);
    const lines = [...secrets].map(([name, secret]) => JSON.stringify({ name, secret }));
    const before = await state(sb());
    const bad = rel(sb(), 'bad.jsonl', [lines[0], lines[1], '{"name": "m-x", "secret": ', lines[2]].join('\n'));
    const r = await sb().fails('key', 'import', '--from', bad, '--format', 'raw');
    assert.equal(r.error, 'E_BAD_INPUT');
    assert.match(r.message, /bad\.jsonl:3: not a JSON object; nothing was imported/);
    assert.equal(await state(sb()), before);
    const unknown = rel(sb(), 'unknown.jsonl', [lines[0], JSON.stringify({ name: 'm-u', secret: '11'.repeat(32), passwrd: 'x' })].join('\n'));
    const u = await sb().fails('key', 'import', '--from', unknown, '--format', 'raw');
    assert.equal(u.error, 'E_BAD_INPUT');
    assert.match(u.message, /unknown\.jsonl:2: unknown field "passwrd"/);
    assert.equal(await state(sb()), before);
    const good = rel(sb(), 'good.jsonl', lines.join('\n'));
    assert.equal((await sb().ok('key', 'import', '--from', good, '--format', 'raw')).imported, 3);
  });

  test('a bad secret on one line (not hex; zero, out of range): nothing imported, the line named; the valid lines alone import', async () => {
    const before = await state(sb());
    const okLine = JSON.stringify({ name: 's-ok', secret: hex(secp256k1.utils.randomSecretKey()) });
    for (const [secret, why] of [
      ['zz'.repeat(32), /not valid hex/],
      ['00'.repeat(32), /secret/],
      ['ff'.repeat(32), /secret/],
    ] as const) {
      const f = rel(sb(), 'secret.jsonl', `${okLine}\n${JSON.stringify({ name: 's-bad', secret })}\n`);
      const r = await sb().fails('key', 'import', '--from', f, '--format', 'raw');
      assert.equal(r.error, 'E_BAD_INPUT', r.message);
      assert.match(r.message, /secret\.jsonl:2: /);
      assert.match(r.message, why);
      assert.ok(!r.message.includes(secret), 'the secret is not echoed');
      assert.equal(r.details.source, 'secret.jsonl:2');
      assert.equal(await state(sb()), before);
    }
    assert.equal((await sb().ok('key', 'import', '--from', rel(sb(), 'secret-ok.jsonl', okLine), '--format', 'raw')).imported, 1);
  });

  test('a name twice in the batch, or already stored: E_NAME_TAKEN naming the lines; renamed, the batch imports', async () => {
    const a = hex(secp256k1.utils.randomSecretKey());
    const b = hex(secp256k1.utils.randomSecretKey());
    const before = await state(sb());
    const dup = rel(sb(), 'dup.jsonl', `${JSON.stringify({ name: 'd-1', secret: a })}\n${JSON.stringify({ name: 'd-1', secret: b })}\n`);
    const r = await sb().fails('key', 'import', '--from', dup, '--format', 'raw');
    assert.equal(r.error, 'E_NAME_TAKEN');
    assert.match(r.message, /dup\.jsonl:2: key name "d-1" is taken \(dup\.jsonl:1 has the same name\); nothing was imported/);
    assert.equal(await state(sb()), before);

    await sb().ok('key', 'create', 'd-existing', '--type', 'secp256k1');
    const before2 = await state(sb());
    const clash = rel(sb(), 'clash.jsonl', `${JSON.stringify({ name: 'd-new', secret: a })}\n${JSON.stringify({ name: 'd-existing', secret: b })}\n`);
    const c = await sb().fails('key', 'import', '--from', clash, '--format', 'raw');
    assert.equal(c.error, 'E_NAME_TAKEN');
    assert.match(c.message, /clash\.jsonl:2: a key named "d-existing" already exists; nothing was imported/);
    assert.equal(await state(sb()), before2);
    await assert.rejects(sb().ok('key', 'show', 'd-new'));

    const renamed = rel(sb(), 'renamed.jsonl', `${JSON.stringify({ name: 'd-1', secret: a })}\n${JSON.stringify({ name: 'd-2', secret: b })}\n`);
    assert.equal((await sb().ok('key', 'import', '--from', renamed, '--format', 'raw')).imported, 2);
  });

  test('an oversize line or key file: E_TOO_LARGE before anything is parsed; at the limit it is only a bad line', async () => {
    const before = await state(sb());
    const okLine = JSON.stringify({ name: 'big-ok', secret: hex(secp256k1.utils.randomSecretKey()) });
    const huge = rel(sb(), 'huge.jsonl', `${okLine}\n${JSON.stringify({ name: 'big', secret: 'a'.repeat(70_000) })}\n`);
    const r = await sb().fails('key', 'import', '--from', huge, '--format', 'raw');
    assert.equal(r.error, 'E_TOO_LARGE');
    assert.match(r.message, /line huge\.jsonl:2 is larger than 65536 bytes/);
    // Control: a 64 KiB line is read, and refused only for what it holds.
    const limit = JSON.stringify({ name: 'big', secret: '' });
    const atLimit = rel(sb(), 'at-limit.jsonl', `${okLine}\n${JSON.stringify({ name: 'big', secret: 'a'.repeat(65536 - limit.length) })}\n`);
    const l = await sb().fails('key', 'import', '--from', atLimit, '--format', 'raw');
    assert.equal(l.error, 'E_BAD_INPUT');
    const dir = join(sb().dir, 'big-dir');
    mkdirSync(dir);
    sb().file('big-dir/a.hex', hex(secp256k1.utils.randomSecretKey()));
    sb().file('big-dir/b.hex', 'ab'.repeat(40_000));
    const d = await sb().fails('key', 'import', '--from', 'big-dir', '--format', 'raw');
    assert.equal(d.error, 'E_TOO_LARGE');
    assert.match(d.message, /big-dir\/b\.hex is larger than 65536 bytes/);
    assert.equal(await state(sb()), before);
    sb().file('big-dir/b.hex', hex(secp256k1.utils.randomSecretKey()));
    assert.deepEqual(
      (await sb().ok('key', 'import', '--from', 'big-dir', '--format', 'raw')).keys.map((k: any) => k.name),
      ['a', 'b'],
    );
  });

  test('usage: --from with NAME or --file, raw with a password, no password for keystores, --format public', async () => {
    const { path } = rawLines(sb(), 'usage.jsonl', ['u-1']);
    for (const args of [
      ['key', 'import', 'u-1', '--from', path, '--format', 'raw'],
      ['key', 'import', '--from', path, '--file', path, '--format', 'raw'],
      ['key', 'import', '--from', path, '--format', 'raw', '--password-file', path],
      ['key', 'import', '--from', path, '--format', 'keystore-v3'],
      ['key', 'import', '--from', path, '--format', 'public'],
      ['key', 'import', '--format', 'raw'],
    ])
      assert.equal((await sb().fails(...args)).error, 'E_USAGE', args.join(' '));
  });
});

describe('a directory of keystore-v3 files (ethereum/tests vectors + files written by ethers), on worker threads', () => {
  const sb = sandbox();
  const vectors = readJson('web3_secret_storage_v3', 'ethereum_tests_KeyStoreTests_basic_tests.json') as Record<
    string,
    { json: any; password: string; priv: string }
  >;

  test('one password per file (--password-dir): every address matches; a key signs; a wrong password imports nothing', async () => {
    const dir = join(sb().dir, 'v3');
    const pws = join(sb().dir, 'v3-passwords');
    mkdirSync(dir);
    mkdirSync(pws);
    const expected = new Map<string, string>();
    for (const id of ['test1', 'mycrypto'] as const) {
      sb().file(`v3/${id}.json`, JSON.stringify(vectors[id]!.json));
      sb().file(`v3-passwords/${id}.txt`, `${vectors[id]!.password}\n`);
      expected.set(id, vectors[id]!.priv);
    }
    for (let i = 0; i < 4; i++) {
      const w = Wallet.createRandom();
      sb().file(`v3/ethers-${i}.json`, encryptKeystoreJsonSync({ address: w.address, privateKey: w.privateKey }, `pw-${i}`, { scrypt: { N: 1024 } }));
      sb().file(`v3-passwords/ethers-${i}.txt`, `pw-${i}`);
      expected.set(`ethers-${i}`, w.privateKey.slice(2));
    }
    sb().file('v3/README.md', 'not a keystore: skipped (only *.json files are read)');

    // A wrong password on one file: E_BAD_KEYSTORE_PASSWORD naming the file, nothing imported.
    const before = await state(sb());
    sb().file('v3-passwords/ethers-2.txt', 'not the password');
    const r = await sb().fails('key', 'import', '--from', 'v3', '--format', 'keystore-v3', '--password-dir', 'v3-passwords');
    assert.equal(r.error, 'E_BAD_KEYSTORE_PASSWORD');
    assert.match(r.message, /^v3\/ethers-2\.json: wrong keystore password/);
    assert.equal(r.details.source, 'v3/ethers-2.json');
    assert.equal(await state(sb()), before);
    // A missing password file is named too.
    sb().file('v3/ethers-9.json', readFileSync(join(dir, 'ethers-0.json'), 'utf8'));
    const m = await sb().fails('key', 'import', '--from', 'v3', '--format', 'keystore-v3', '--password-dir', 'v3-passwords');
    assert.equal(m.error, 'E_BAD_INPUT');
    assert.match(m.message, /v3-passwords\/ethers-9\.txt: ENOENT/);
    sb().file('v3-passwords/ethers-9.txt', 'pw-0');
    expected.set('ethers-9', expected.get('ethers-0')!);

    // Control: the right passwords.
    sb().file('v3-passwords/ethers-2.txt', 'pw-2');
    const ok = await sb().ok('key', 'import', '--from', 'v3', '--format', 'keystore-v3', '--password-dir', 'v3-passwords', '--exportable', '--allow-raw');
    assert.equal(ok.imported, expected.size);
    for (const k of ok.keys) {
      const priv = expected.get(k.name)!;
      assert.equal(k.publicKey, hex(secp256k1.getPublicKey(unhex(priv), true)), k.name);
      assert.equal(k.ethereumAddress.toLowerCase(), ethAddress(priv), k.name);
    }
    assert.equal(ok.keys.find((k: any) => k.name === 'test1').ethereumAddress.toLowerCase(), '0x008aeeda4d805471df9b2a5b0f38a0c3bcba786b');
    assert.equal((await sb().ok('key', 'export', 'mycrypto', '--format', 'raw')).secret, vectors.mycrypto!.priv);
    const digest = hex(randomBytes(32));
    const s = await sb().ok('sign', '--key', 'ethers-1', '--digest', digest);
    assert.ok(
      secp256k1.verify(unhex(s.signature).subarray(0, 64), unhex(digest), secp256k1.getPublicKey(unhex(expected.get('ethers-1')!), true), { prehash: false }),
    );
  });
});

describe('progress on a terminal', () => {
  const sb = sandbox();

  test('on a TTY (interactive io) progress goes to stderr, and --json stdout is the result alone', async () => {
    mkdirSync(join(sb().dir, 'tty'));
    const ws = [0, 1].map(() => Wallet.createRandom());
    ws.forEach((w, i) =>
      sb().file(`tty/t-${i}.json`, encryptKeystoreJsonSync({ address: w.address, privateKey: w.privateKey }, 'pw', { scrypt: { N: 1024 } })),
    );
    sb().file('tty.pw', 'pw');
    let stdout = '';
    let stderr = '';
    const io: Io = {
      stdout: (x) => void (stdout += x),
      stderr: (x) => void (stderr += x),
      env: { CUSTOS_DATA: sb().data, ...sb().env },
      cwd: sb().dir,
      interactive: true,
      promptHidden: async () => {
        throw new Error('no prompt');
      },
    };
    assert.equal(await main(['key', 'import', '--from', 'tty', '--format', 'keystore-v3', '--password-file', 'tty.pw', '--json'], io), 0, stderr);
    assert.match(stderr, /decrypting keystores: 2\/2 \(\d+ worker threads\)\n/);
    assert.match(stderr, /writing 2 keys in one transaction\.\.\.\n/);
    assert.deepEqual(
      JSON.parse(stdout).keys.map((k: any) => k.ethereumAddress),
      ws.map((w) => w.address),
    );
  });
});

describe('the built binary (dist/: the .js worker thread), as a real process', () => {
  const sb = sandbox();

  test('custos key import --from DIR --format keystore-v3 decrypts on worker threads and prints only the result', () => {
    mkdirSync(join(sb().dir, 'built'));
    const ws = [0, 1, 2].map(() => Wallet.createRandom());
    ws.forEach((w, i) =>
      sb().file(`built/b-${i}.json`, encryptKeystoreJsonSync({ address: w.address, privateKey: w.privateKey }, 'pw', { scrypt: { N: 1024 } })),
    );
    sb().file('built.pw', 'pw');
    const r = sb().spawn(['key', 'import', '--from', 'built', '--format', 'keystore-v3', '--password-file', 'built.pw', '--json'], {
      CUSTOS_PASSPHRASE_FILE: sb().env.CUSTOS_PASSPHRASE_FILE!,
    });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '', 'no progress off a terminal');
    assert.deepEqual(
      r.json.keys.map((k: any) => k.ethereumAddress),
      ws.map((w) => w.address),
    );
  });
});

describe('a directory of EIP-2335 keystores (the spec vectors), one --password-file', () => {
  const sb = sandbox();

  test('both spec keystores import with their pubkey; the key signs (verified by blst); a keystore of the wrong format imports nothing', async () => {
    const dir = join(sb().dir, 'eth2');
    mkdirSync(dir);
    const vs = (['pbkdf2', 'scrypt'] as const).map((kdf) => readJson('eip2333_eip2335', `eip2335_vector_${kdf}.json`));
    vs.forEach((v, i) => sb().file(`eth2/validator-${i}.json`, JSON.stringify(v.keystore)));
    const pw = sb().file('eth2.pw', Buffer.from(vs[0].password, 'utf8'));
    assert.equal(vs[0].password, vs[1].password);
    const expectedPub = hex(bls12_381.longSignatures.getPublicKey(unhex(vs[0].secret_hex)).toBytes(true));

    // Control first: a v3 keystore among them fails as a bad EIP-2335 keystore, naming the file.
    const before = await state(sb());
    const v3 = readJson('web3_secret_storage_v3', 'ethereum_tests_KeyStoreTests_basic_tests.json').mycrypto.json;
    sb().file('eth2/validator-9.json', JSON.stringify(v3));
    const r = await sb().fails('key', 'import', '--from', 'eth2', '--format', 'eip2335', '--password-file', pw);
    assert.equal(r.error, 'E_BAD_KEYSTORE');
    assert.match(r.message, /^eth2\/validator-9\.json: /);
    assert.equal(await state(sb()), before);
    sb().file('eth2/validator-9.json.bak', 'renamed away');
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, 'validator-9.json'));

    const ok = await sb().ok('key', 'import', '--from', 'eth2', '--format', 'eip2335', '--password-file', pw, '--allow-raw');
    assert.equal(ok.imported, 2);
    for (const k of ok.keys) {
      assert.equal(k.algorithm, 'bls12-381');
      assert.equal(k.publicKey, expectedPub);
      assert.equal(k.publicKey, vs[0].keystore.pubkey);
      assert.equal(k.ethereumAddress, undefined);
    }
    // The path each keystore declares is kept (the keymanager API lists it as derivation_path).
    assert.equal(vs[0].keystore.path, 'm/12381/60/0/0');
    assert.equal((await sb().ok('key', 'show', 'validator-0')).tags['eth2-path'], vs[0].keystore.path);
    const msg = 'deadbeef';
    const s = await sb().ok('sign', '--key', 'validator-1', '--message', msg);
    assert.equal(s.scheme, 'bls-pop');
    assert.ok(blsVerify(unhex(msg), PublicKey.fromHex(expectedPub), Signature.fromHex(s.signature)), 'blst verifies the signature');
  });
});
