/**
 * Official keystore vectors through custos's own CLI paths: `key import`
 * (--format eip2335 | keystore-v3), `key show`, `key export`, `key list`.
 *
 * Expected values come only from the vector files; public keys and addresses
 * are recomputed from the vectors' secrets with @noble/curves + @noble/hashes,
 * and exported files are opened with node:crypto (scrypt N=2^10 r=8 is within
 * OpenSSL's limits) following the two specs, never with custos code.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createDecipheriv, createHash, scryptSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bls12_381 } from '@noble/curves/bls12-381.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { Sandbox, VECTORS } from '../helpers/cli.js';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const unhex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s.replace(/^0x/i, ''), 'hex'));
const readJson = (...p: string[]): any => JSON.parse(readFileSync(join(VECTORS, ...p), 'utf8'));

/** Ethereum address (lowercase, no 0x) of a secp256k1 secret: keccak256(X||Y)[12..]. */
const ethAddress = (priv: string): string => hex(keccak_256(secp256k1.getPublicKey(unhex(priv), false).subarray(1)).subarray(12));

/** EIP-55 (spec algorithm, written here) for a lowercase hex address. */
function eip55(lower: string): string {
  const h = hex(keccak_256(new TextEncoder().encode(lower)));
  return '0x' + [...lower].map((c, i) => (parseInt(h[i]!, 16) >= 8 ? c.toUpperCase() : c)).join('');
}

/** Open a keystore written by custos with scrypt (N <= 2^15, r = 8) per the spec: returns the secret hex. */
function openScryptKeystore(kdfParams: any, iv: string, ciphertext: string, mac: string, password: Uint8Array, macHash: (b: Uint8Array) => Uint8Array): string {
  const dk = scryptSync(password, unhex(kdfParams.salt), kdfParams.dklen, { N: kdfParams.n, r: kdfParams.r, p: kdfParams.p, maxmem: 64 * 1024 * 1024 });
  assert.equal(hex(macHash(Buffer.concat([dk.subarray(16, 32), unhex(ciphertext)]))), mac, 'MAC / checksum');
  const d = createDecipheriv('aes-128-ctr', dk.subarray(0, 16), unhex(iv));
  return hex(Buffer.concat([d.update(unhex(ciphertext)), d.final()]));
}

const sha256 = (b: Uint8Array): Uint8Array => createHash('sha256').update(b).digest();

function withSandbox(): { sb: () => Sandbox } {
  let sb: Sandbox | undefined;
  before(async () => {
    sb = new Sandbox();
    await sb.initPassphrase();
  });
  after(() => sb?.cleanup());
  return { sb: () => sb! };
}

describe('EIP-2335 keystore vectors via key import --format eip2335 / key export', () => {
  const { sb } = withSandbox();

  for (const kdf of ['scrypt', 'pbkdf2'] as const) {
    test(`${kdf} keystore: import, show, export raw, export eip2335 and re-import, wrong password`, async () => {
      const v = readJson('eip2333_eip2335', `eip2335_vector_${kdf}.json`);
      const ksFile = sb().file(`eip2335-${kdf}.json`, JSON.stringify(v.keystore));
      // The unicode password as UTF-8, no trailing newline.
      const pw = sb().file(`eip2335-${kdf}.pw`, Buffer.from(v.password, 'utf8'));
      assert.equal(
        Buffer.from(v.password.normalize('NFKD').replace(/[\u0000-\u001f\u007f-\u009f]/g, ''), 'utf8').toString('hex'),
        v.password_nfkd_stripped_utf8_hex,
      );
      // The vector's pubkey field was not independently checked at transcription: check it against noble here.
      const expectedPub = hex(bls12_381.longSignatures.getPublicKey(unhex(v.secret_hex)).toBytes(true));
      assert.equal(expectedPub, v.keystore.pubkey);

      const name = `bls-${kdf}`;
      const imported = await sb().ok('key', 'import', name, '--format', 'eip2335', '--file', ksFile, '--password-file', pw, '--exportable');
      assert.equal(imported.algorithm, 'bls12-381');
      assert.equal(imported.origin, 'imported');
      assert.equal(imported.publicKey, expectedPub);
      const shown = await sb().ok('key', 'show', name);
      assert.equal(shown.publicKey, v.keystore.pubkey);
      assert.equal(shown.exportable, true);

      const raw = await sb().ok('key', 'export', name, '--format', 'raw');
      assert.equal(raw.secret, v.secret_hex);

      const pw2Text = `new export password for ${kdf}`;
      const pw2 = sb().file(`eip2335-${kdf}.pw2`, `${pw2Text}\n`);
      const outName = `eip2335-${kdf}-export.json`;
      const ex = await sb().ok('key', 'export', name, '--format', 'eip2335', '--scrypt-log-n', '10', '--password-file', pw2, '--out', outName);
      assert.equal(ex.file, outName);
      const exported = JSON.parse(readFileSync(join(sb().dir, outName), 'utf8'));
      assert.equal(exported.version, 4);
      assert.equal(exported.pubkey, v.keystore.pubkey);
      assert.equal(exported.crypto.kdf.function, 'scrypt');
      assert.equal(exported.crypto.kdf.params.n, 1024);
      assert.equal(exported.crypto.checksum.function, 'sha256');
      assert.equal(exported.crypto.cipher.function, 'aes-128-ctr');
      // Opened independently per EIP-2335 (ASCII password: normalisation is the identity).
      const c = exported.crypto;
      assert.equal(openScryptKeystore(c.kdf.params, c.cipher.params.iv, c.cipher.message, c.checksum.message, Buffer.from(pw2Text), sha256), v.secret_hex);

      const again = await sb().ok('key', 'import', `${name}-again`, '--format', 'eip2335', '--file', outName, '--password-file', pw2);
      assert.equal(again.publicKey, v.keystore.pubkey);

      const before = await sb().ok('key', 'list');
      const bad = await sb().fails('key', 'import', `${name}-wrong`, '--format', 'eip2335', '--file', ksFile, '--password-file', pw2);
      assert.equal(bad.error, 'E_BAD_KEYSTORE_PASSWORD');
      assert.deepEqual(await sb().ok('key', 'list'), before);
    });
  }

  test('a keystore whose pubkey does not match its secret is refused (E_BAD_KEYSTORE)', async () => {
    const v = readJson('eip2333_eip2335', 'eip2335_vector_pbkdf2.json');
    const other = hex(bls12_381.longSignatures.getPublicKey(unhex('00'.repeat(31) + '07')).toBytes(true));
    const ks = sb().file('eip2335-badpub.json', JSON.stringify({ ...v.keystore, pubkey: other }));
    const pw = sb().file('eip2335-badpub.pw', v.password);
    const before = await sb().ok('key', 'list');
    const r = await sb().fails('key', 'import', 'bls-badpub', '--format', 'eip2335', '--file', ks, '--password-file', pw);
    assert.equal(r.error, 'E_BAD_KEYSTORE');
    assert.deepEqual(await sb().ok('key', 'list'), before);
  });
});

describe('Web3 Secret Storage v3 vectors (ethereum/tests KeyStoreTests) via key import --format keystore-v3', () => {
  const { sb } = withSandbox();
  const vectors = readJson('web3_secret_storage_v3', 'ethereum_tests_KeyStoreTests_basic_tests.json') as Record<
    string,
    { json: any; password: string; priv: string }
  >;

  test('the file has the 5 keystores; known addresses match the independent computation', () => {
    assert.deepEqual(Object.keys(vectors).sort(), ['evilnonce', 'mycrypto', 'python_generated_test_with_odd_iv', 'test1', 'test2']);
    assert.equal(ethAddress(vectors.test1!.priv), '008aeeda4d805471df9b2a5b0f38a0c3bcba786b');
    assert.equal(ethAddress(vectors.test2!.priv), '008aeeda4d805471df9b2a5b0f38a0c3bcba786b');
    assert.equal(ethAddress(vectors.mycrypto!.priv), vectors.mycrypto!.json.address);
  });

  for (const [id, v] of Object.entries(vectors)) {
    test(`${id}: import, address, export keystore-v3 (scrypt 2^10) and re-import`, async () => {
      const name = `v3-${id.replace(/_/g, '-')}`;
      const ks = sb().file(`${name}.json`, JSON.stringify(v.json));
      const pw = sb().file(`${name}.pw`, v.password);
      const k = await sb().ok('key', 'import', name, '--format', 'keystore-v3', '--file', ks, '--password-file', pw, '--exportable');
      const addr = ethAddress(v.priv);
      const shown = await sb().ok('key', 'show', name);
      assert.equal(shown.algorithm, 'secp256k1');
      assert.equal(shown.publicKey, hex(secp256k1.getPublicKey(unhex(v.priv), true)));
      assert.equal(shown.addresses.ethereum.toLowerCase(), `0x${addr}`);
      assert.equal(shown.addresses.ethereum, eip55(addr), 'EIP-55 checksum case');
      assert.equal(k.publicKey, shown.publicKey);

      const ex = await sb().ok('key', 'export', name, '--format', 'keystore-v3', '--password-file', pw, '--scrypt-log-n', '10');
      const out = ex.keystore;
      assert.equal(out.version, 3);
      assert.equal(out.address, addr);
      assert.equal(out.crypto.kdf, 'scrypt');
      assert.equal(out.crypto.kdfparams.n, 1024);
      const c = out.crypto;
      assert.equal(openScryptKeystore(c.kdfparams, c.cipherparams.iv, c.ciphertext, c.mac, Buffer.from(v.password, 'utf8'), keccak_256), v.priv);

      const again = await sb().ok(
        'key',
        'import',
        `${name}-2`,
        '--format',
        'keystore-v3',
        '--file',
        sb().file(`${name}-2.json`, JSON.stringify(out)),
        '--password-file',
        pw,
      );
      assert.equal(again.publicKey, shown.publicKey);
      assert.equal(again.addresses.ethereum, shown.addresses.ethereum);
    });
  }

  test('malformed JSON -> E_BAD_KEYSTORE, wrong password -> E_BAD_KEYSTORE_PASSWORD; nothing stored', async () => {
    const pw = sb().file('v3-bad.pw', 'foo');
    const before = await sb().ok('key', 'list');
    const truncated = JSON.stringify(vectors.python_generated_test_with_odd_iv!.json).slice(0, 80);
    for (const [label, text] of [
      ['truncated', truncated],
      ['not json', 'this is not a keystore'],
      ['array', '[]'],
      ['version 4', JSON.stringify({ ...vectors.evilnonce!.json, version: 4 })],
    ] as const) {
      const r = await sb().fails(
        'key',
        'import',
        'v3-bad',
        '--format',
        'keystore-v3',
        '--file',
        sb().file(`v3-bad-${label}.json`, text),
        '--password-file',
        pw,
      );
      assert.equal(r.error, 'E_BAD_KEYSTORE', label);
    }
    const wrong = await sb().fails(
      'key',
      'import',
      'v3-bad',
      '--format',
      'keystore-v3',
      '--file',
      sb().file('v3-wrongpw.json', JSON.stringify(vectors.evilnonce!.json)),
      '--password-file',
      pw,
    );
    assert.equal(wrong.error, 'E_BAD_KEYSTORE_PASSWORD');
    assert.deepEqual(await sb().ok('key', 'list'), before);
  });
});
