/**
 * Web3 Secret Storage v3 against ethereum/tests KeyStoreTests/basic_tests.json
 * (5 keystores, incl. scrypt n=2^18 r=1 p=8 that OpenSSL refuses) and the
 * ethereum/wiki vectors; malformed and hostile files; encrypt/decrypt round trip.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { isCustosError } from '../../src/errors.js';
import { toHex } from '../../src/crypto/bytes.js';
import { decryptKeystoreV3, encryptKeystoreV3 } from '../../src/formats/keystore-v3.js';

interface Basic {
  json: Record<string, unknown>;
  password: string;
  priv: string;
}
const read = (f: string) => readFileSync(new URL(`../vectors/web3_secret_storage_v3/${f}`, import.meta.url), 'utf8');
const basic = JSON.parse(read('ethereum_tests_KeyStoreTests_basic_tests.json')) as Record<string, Basic>;
const wiki = JSON.parse(read('web3_secret_storage_wiki_vectors.json')) as {
  common: { password: string; secret: string; address: string };
  vectors: Array<{ name: string; keystore: Record<string, unknown> }>;
};

const isCode = (code: 'E_BAD_KEYSTORE' | 'E_BAD_KEYSTORE_PASSWORD' | 'E_BAD_INPUT', re?: RegExp) => (e: unknown) =>
  isCustosError(e, code) && (re === undefined || re.test(e.message));
const clone = <T>(v: T): T => structuredClone(v);
const mycrypto = basic['mycrypto'] as Basic; // scrypt n=8192: the cheapest vector to mutate

describe('ethereum/tests KeyStoreTests basic_tests.json', () => {
  test('5 keystores', () => assert.deepEqual(Object.keys(basic).sort(), ['evilnonce', 'mycrypto', 'python_generated_test_with_odd_iv', 'test1', 'test2']));
  for (const [name, v] of Object.entries(basic)) {
    test(name, (t) => {
      const t0 = performance.now();
      assert.equal(toHex(decryptKeystoreV3(v.json, v.password)), v.priv);
      // Same result from JSON text.
      if (name !== 'test2') assert.equal(toHex(decryptKeystoreV3(JSON.stringify(v.json), v.password)), v.priv);
      const ms = performance.now() - t0;
      t.diagnostic(`${name} (${String((v.json['crypto'] as { kdf: string }).kdf)}): ${ms.toFixed(0)} ms`);
    });
  }
  test('wrong password -> E_BAD_KEYSTORE_PASSWORD', () => {
    assert.throws(() => decryptKeystoreV3(mycrypto.json, mycrypto.password + 'x'), isCode('E_BAD_KEYSTORE_PASSWORD'));
    assert.throws(() => decryptKeystoreV3((basic['test1'] as Basic).json, ''), isCode('E_BAD_KEYSTORE_PASSWORD'));
  });
});

describe('ethereum/wiki Web3 Secret Storage vectors', () => {
  for (const v of wiki.vectors) {
    test(v.name, () => {
      assert.equal(toHex(decryptKeystoreV3(v.keystore, wiki.common.password)), wiki.common.secret);
    });
  }
});

describe('malformed keystores -> E_BAD_KEYSTORE naming the field', () => {
  type Mut = (k: any) => void; // eslint-disable-line @typescript-eslint/no-explicit-any
  const table: Array<[string, Mut, RegExp]> = [
    ['version 4', (k) => (k.version = 4), /^version/],
    ['version missing', (k) => delete k.version, /^version/],
    ['crypto missing', (k) => delete k.crypto, /^crypto: missing/],
    ['cipher unsupported', (k) => (k.crypto.cipher = 'aes-128-cbc'), /^crypto\.cipher: unsupported/],
    ['iv missing', (k) => delete k.crypto.cipherparams.iv, /^crypto\.cipherparams\.iv: missing/],
    ['iv short', (k) => (k.crypto.cipherparams.iv = 'abcd'), /^crypto\.cipherparams\.iv: expected 16 bytes/],
    ['iv not hex', (k) => (k.crypto.cipherparams.iv = 'zz'.repeat(16)), /^crypto\.cipherparams\.iv: not valid hex/],
    ['ciphertext short', (k) => (k.crypto.ciphertext = '00'.repeat(31)), /^crypto\.ciphertext: expected 32 bytes/],
    ['mac missing', (k) => delete k.crypto.mac, /^crypto\.mac: missing/],
    ['kdf unsupported', (k) => (k.crypto.kdf = 'argon2id'), /^crypto\.kdf: unsupported/],
    ['kdfparams missing', (k) => delete k.crypto.kdfparams, /^crypto\.kdfparams: missing/],
    ['salt missing', (k) => delete k.crypto.kdfparams.salt, /^crypto\.kdfparams\.salt: missing/],
    ['dklen 64', (k) => (k.crypto.kdfparams.dklen = 64), /^crypto\.kdfparams\.dklen/],
    ['n not power of 2', (k) => (k.crypto.kdfparams.n = 8191), /^crypto\.kdfparams\.n: must be a power of two/],
    ['n = 2^21 (DoS)', (k) => (k.crypto.kdfparams.n = 2 ** 21), /^crypto\.kdfparams\.n: must be between/],
    ['n = 2^30 (DoS)', (k) => (k.crypto.kdfparams.n = 2 ** 30), /^crypto\.kdfparams\.n/],
    ['memory 128*r*n = 2 GiB (DoS)', (k) => ((k.crypto.kdfparams.n = 2 ** 20), (k.crypto.kdfparams.r = 16)), /^crypto\.kdfparams\.r: scrypt memory/],
    ['r above 1024', (k) => (k.crypto.kdfparams.r = 4096), /^crypto\.kdfparams\.r: must be between/],
    ['p huge (DoS)', (k) => (k.crypto.kdfparams.p = 1000), /^crypto\.kdfparams\.p: scrypt work/],
    ['n as string', (k) => (k.crypto.kdfparams.n = '8192'), /^crypto\.kdfparams\.n: expected an integer/],
    ['address wrong', (k) => (k.address = '00'.repeat(20)), /^address: does not match/],
    ['address not hex', (k) => (k.address = 'xyz'), /^address: not valid hex/],
  ];
  for (const [name, mut, re] of table) {
    test(name, () => {
      const k = clone(mycrypto.json);
      mut(k);
      const t0 = performance.now();
      assert.throws(() => decryptKeystoreV3(k, mycrypto.password), isCode('E_BAD_KEYSTORE', re));
      assert.ok(performance.now() - t0 < 2000, 'refused quickly');
    });
  }
  test('pbkdf2: c above 10^7 and foreign prf refused', () => {
    const base = (basic['test1'] as Basic).json;
    const a = clone(base) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    a.crypto.kdfparams.c = 10_000_001;
    assert.throws(() => decryptKeystoreV3(a, 'testpassword'), isCode('E_BAD_KEYSTORE', /^crypto\.kdfparams\.c/));
    const b = clone(base) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    b.crypto.kdfparams.prf = 'hmac-sha512';
    assert.throws(() => decryptKeystoreV3(b, 'testpassword'), isCode('E_BAD_KEYSTORE', /^crypto\.kdfparams\.prf/));
  });
  test('not JSON / not an object', () => {
    for (const bad of ['{', 'null', '[]', '"x"', '42']) {
      assert.throws(() => decryptKeystoreV3(bad, 'x'), isCode('E_BAD_KEYSTORE', /^keystore/));
    }
  });
  test('"Crypto" (MyEtherWallet capitalisation) accepted', () => {
    const k = clone(mycrypto.json) as Record<string, unknown>;
    k['Crypto'] = k['crypto'];
    delete k['crypto'];
    assert.equal(toHex(decryptKeystoreV3(k, mycrypto.password)), mycrypto.priv);
  });
  test('tampered ciphertext -> MAC mismatch (E_BAD_KEYSTORE_PASSWORD)', () => {
    const k = clone(mycrypto.json) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    k.crypto.ciphertext = (k.crypto.ciphertext[0] === '0' ? '1' : '0') + k.crypto.ciphertext.slice(1);
    assert.throws(() => decryptKeystoreV3(k, mycrypto.password), isCode('E_BAD_KEYSTORE_PASSWORD'));
  });
  test('errors never contain the password', () => {
    const pw = 'hunter2-very-secret';
    for (const j of [mycrypto.json, '{', { version: 3 }]) {
      try {
        decryptKeystoreV3(j, pw);
        assert.fail('expected error');
      } catch (e) {
        assert.ok(isCustosError(e) && !e.message.includes(pw) && !JSON.stringify(e.details ?? {}).includes(pw));
      }
    }
  });
});

describe('encryptKeystoreV3', () => {
  test('layout: scrypt r=8 p=1 dklen 32, n = 2^logN, lowercase address, fresh salt/iv/uuid', () => {
    const sk = Buffer.from(mycrypto.priv, 'hex');
    const a = encryptKeystoreV3(sk, 'pw', { scryptLogN: 4, address: '0x460121576CC7DF020759730751F92BD62FD78DD6' }) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    const b = encryptKeystoreV3(sk, 'pw', { scryptLogN: 4 }) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    assert.equal(a.version, 3);
    assert.equal(a.address, '460121576cc7df020759730751f92bd62fd78dd6');
    assert.equal(b.address, undefined);
    assert.deepEqual(
      {
        kdf: a.crypto.kdf,
        cipher: a.crypto.cipher,
        n: a.crypto.kdfparams.n,
        r: a.crypto.kdfparams.r,
        p: a.crypto.kdfparams.p,
        dklen: a.crypto.kdfparams.dklen,
      },
      { kdf: 'scrypt', cipher: 'aes-128-ctr', n: 16, r: 8, p: 1, dklen: 32 },
    );
    assert.match(a.id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.notEqual(a.id, b.id);
    assert.notEqual(a.crypto.kdfparams.salt, b.crypto.kdfparams.salt);
    assert.notEqual(a.crypto.cipherparams.iv, b.crypto.cipherparams.iv);
    assert.equal(toHex(decryptKeystoreV3(JSON.stringify(a), 'pw')), mycrypto.priv);
  });
  test('default cost is scrypt n = 2^18', (t) => {
    const t0 = performance.now();
    const k = encryptKeystoreV3(Buffer.from(mycrypto.priv, 'hex'), 'pw') as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    t.diagnostic(`encrypt with default scrypt n=2^18 r=8 p=1: ${(performance.now() - t0).toFixed(0)} ms`);
    assert.equal(k.crypto.kdfparams.n, 262144);
  });
  test('bad inputs -> E_BAD_INPUT', () => {
    const sk = Buffer.from(mycrypto.priv, 'hex');
    assert.throws(() => encryptKeystoreV3(new Uint8Array(31), 'pw', { scryptLogN: 4 }), isCode('E_BAD_INPUT', /^secret/));
    assert.throws(() => encryptKeystoreV3(new Uint8Array(32), 'pw', { scryptLogN: 4 }), isCode('E_BAD_INPUT', /^secret/));
    assert.throws(() => encryptKeystoreV3(sk, 'pw', { scryptLogN: 21 }), isCode('E_BAD_INPUT', /^scryptLogN/));
    assert.throws(() => encryptKeystoreV3(sk, 'pw', { scryptLogN: 0 }), isCode('E_BAD_INPUT', /^scryptLogN/));
    assert.throws(() => encryptKeystoreV3(sk, 'pw', { scryptLogN: 4, address: '00'.repeat(20) }), isCode('E_BAD_INPUT', /^address: does not match/));
    assert.throws(() => encryptKeystoreV3(sk, 'pw', { scryptLogN: 4, address: '0x12' }), isCode('E_BAD_INPUT', /^address/));
    assert.throws(() => encryptKeystoreV3(sk, 'pw', { scryptLogN: 4, uuid: 'not-a-uuid' }), isCode('E_BAD_INPUT', /^uuid/));
  });
  test('property: round trip for random keys and passwords (low scrypt cost)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.string({ unit: 'grapheme', maxLength: 20 }), (sk, pw) => {
        fc.pre(secp256k1.utils.isValidSecretKey(sk));
        const ks = encryptKeystoreV3(sk, pw, { scryptLogN: 4 });
        assert.deepEqual(decryptKeystoreV3(JSON.stringify(ks), pw), sk);
        assert.throws(() => decryptKeystoreV3(ks, pw + '!'), isCode('E_BAD_KEYSTORE_PASSWORD'));
      }),
      { numRuns: 40 },
    );
  });
});
