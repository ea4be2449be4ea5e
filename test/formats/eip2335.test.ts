/**
 * EIP-2335 keystores: the spec's scrypt and PBKDF2 test vectors (unicode
 * password), password normalisation, malformed files, and round trips.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { bls12_381 } from '@noble/curves/bls12-381.js';
import { isCustosError } from '../../src/errors.js';
import { toHex } from '../../src/crypto/bytes.js';
import { decryptEip2335, encryptEip2335, normalizeEip2335Password } from '../../src/formats/eip2335.js';

interface Vector {
  name: string;
  password: string;
  password_nfkd_stripped_utf8_hex: string;
  secret_hex: string;
  keystore: Record<string, unknown>;
}
const read = (f: string) => JSON.parse(readFileSync(new URL(`../vectors/eip2333_eip2335/${f}`, import.meta.url), 'utf8')) as unknown;
const scryptVec = read('eip2335_vector_scrypt.json') as Vector;
const pbkdf2Vec = read('eip2335_vector_pbkdf2.json') as Vector;
const isCode = (code: 'E_BAD_KEYSTORE' | 'E_BAD_KEYSTORE_PASSWORD' | 'E_BAD_INPUT', re?: RegExp) => (e: unknown) =>
  isCustosError(e, code) && (re === undefined || re.test(e.message));
/** Public key of a BLS secret, computed with @noble/curves directly (not through custos). */
const pubOf = (sk: Uint8Array) => toHex(bls12_381.longSignatures.getPublicKey(sk).toBytes(true));
const SECRET = Buffer.from(pbkdf2Vec.secret_hex, 'hex');

describe('EIP-2335 spec test vectors', () => {
  for (const v of [scryptVec, pbkdf2Vec]) {
    test(v.name, (t) => {
      const t0 = performance.now();
      assert.equal(toHex(decryptEip2335(v.keystore, v.password)), v.secret_hex);
      t.diagnostic(`${v.name}: ${(performance.now() - t0).toFixed(0)} ms`);
      assert.equal(pubOf(SECRET), v.keystore['pubkey']);
    });
  }
  test('standalone keystore files and staking-deposit-cli copies are the same keystores', () => {
    assert.deepEqual(read('eip2335_keystore_scrypt.json'), scryptVec.keystore);
    assert.deepEqual(read('eip2335_keystore_pbkdf2.json'), pbkdf2Vec.keystore);
    assert.deepEqual(read('staking-deposit-cli/test1.json'), scryptVec.keystore);
    assert.deepEqual(read('staking-deposit-cli/test0.json'), pbkdf2Vec.keystore);
  });
  test('password normalisation matches the vector (NFKD, control codes stripped)', () => {
    assert.equal(toHex(normalizeEip2335Password(scryptVec.password)), scryptVec.password_nfkd_stripped_utf8_hex);
    assert.equal(toHex(normalizeEip2335Password('a\u0000b\tc\u007fd\u0085e\u009ff\u00a0')), toHex(Buffer.from('abcdef ', 'utf8')));
    assert.equal(toHex(normalizeEip2335Password('\uff50\uff57')), toHex(Buffer.from('pw')));
  });
  test('wrong password -> E_BAD_KEYSTORE_PASSWORD; control codes in the password do not matter', () => {
    assert.throws(() => decryptEip2335(pbkdf2Vec.keystore, 'testpassword'), isCode('E_BAD_KEYSTORE_PASSWORD'));
    assert.equal(toHex(decryptEip2335(pbkdf2Vec.keystore, '\u0007' + pbkdf2Vec.password + '\n')), pbkdf2Vec.secret_hex);
  });
});

describe('malformed EIP-2335 keystores -> E_BAD_KEYSTORE naming the field', () => {
  // A cheap, valid keystore to mutate (PBKDF2 with 16 iterations).
  const base = encryptEip2335(SECRET, 'pw', { path: 'm/12381/60/0/0', pubkey: pubOf(SECRET), kdf: 'pbkdf2', pbkdf2Iterations: 16 });
  type Mut = (k: any) => void; // eslint-disable-line @typescript-eslint/no-explicit-any
  const table: Array<[string, Mut, RegExp]> = [
    ['version 3', (k) => (k.version = 3), /^version/],
    ['crypto missing', (k) => delete k.crypto, /^crypto: missing/],
    ['kdf missing', (k) => delete k.crypto.kdf, /^crypto\.kdf: missing/],
    ['kdf function unknown', (k) => (k.crypto.kdf.function = 'argon2'), /^crypto\.kdf\.function: unsupported/],
    ['kdf params missing', (k) => delete k.crypto.kdf.params, /^crypto\.kdf\.params: missing/],
    ['pbkdf2 c above 10^7', (k) => (k.crypto.kdf.params.c = 2e7), /^crypto\.kdf\.params\.c/],
    ['salt not hex', (k) => (k.crypto.kdf.params.salt = 'salt'), /^crypto\.kdf\.params\.salt/],
    ['checksum function', (k) => (k.crypto.checksum.function = 'keccak256'), /^crypto\.checksum\.function: unsupported/],
    ['checksum message short', (k) => (k.crypto.checksum.message = 'ab'), /^crypto\.checksum\.message: expected 32 bytes/],
    ['cipher function', (k) => (k.crypto.cipher.function = 'aes-256-gcm'), /^crypto\.cipher\.function: unsupported/],
    ['cipher iv missing', (k) => delete k.crypto.cipher.params.iv, /^crypto\.cipher\.params\.iv: missing/],
    ['cipher message long', (k) => (k.crypto.cipher.message += '00'), /^crypto\.cipher\.message: expected 32 bytes/],
    ['pubkey wrong length', (k) => (k.pubkey = 'abcd'), /^pubkey: expected 48 bytes/],
    ['pubkey of another key', (k) => (k.pubkey = pubOf(Uint8Array.from({ length: 32 }, (_, i) => i + 1))), /^pubkey: does not match/],
  ];
  for (const [name, mut, re] of table) {
    test(name, () => {
      const k = structuredClone(base);
      mut(k);
      assert.throws(() => decryptEip2335(k, 'pw'), isCode('E_BAD_KEYSTORE', re));
    });
  }
  test('scrypt n = 2^21 refused without running it', () => {
    const k = structuredClone(scryptVec.keystore) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    k.crypto.kdf.params.n = 2 ** 21;
    const t0 = performance.now();
    assert.throws(() => decryptEip2335(k, scryptVec.password), isCode('E_BAD_KEYSTORE', /^crypto\.kdf\.params\.n/));
    assert.ok(performance.now() - t0 < 100);
  });
  test('not JSON', () => assert.throws(() => decryptEip2335('{"version": 4', 'pw'), isCode('E_BAD_KEYSTORE', /^keystore: not valid JSON/)));
  test('missing pubkey is allowed (spec: optional)', () => {
    const k = structuredClone(base) as Record<string, unknown>;
    delete k['pubkey'];
    assert.deepEqual(decryptEip2335(k, 'pw'), Uint8Array.from(SECRET));
  });
});

describe('encryptEip2335', () => {
  test('layout follows the spec', () => {
    const k = encryptEip2335(SECRET, 'pw', { path: 'm/12381/3600/0/0/0', pubkey: '0x' + pubOf(SECRET).toUpperCase(), scryptLogN: 10, description: 'd' }) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    assert.equal(k.version, 4);
    assert.equal(k.path, 'm/12381/3600/0/0/0');
    assert.equal(k.pubkey, pubOf(SECRET));
    assert.equal(k.description, 'd');
    assert.match(k.uuid, /^[0-9a-f-]{36}$/);
    assert.deepEqual(Object.keys(k.crypto).sort(), ['checksum', 'cipher', 'kdf']);
    assert.equal(k.crypto.kdf.function, 'scrypt');
    assert.deepEqual({ ...k.crypto.kdf.params, salt: undefined }, { dklen: 32, n: 1024, r: 8, p: 1, salt: undefined });
    assert.equal(k.crypto.kdf.message, '');
    assert.deepEqual(k.crypto.checksum.params, {});
    assert.equal(k.crypto.cipher.function, 'aes-128-ctr');
    assert.equal(k.crypto.cipher.params.iv.length, 32);
  });
  test('pbkdf2 defaults to c = 262144', () => {
    const k = encryptEip2335(SECRET, 'pw', { path: '', pubkey: pubOf(SECRET), kdf: 'pbkdf2' }) as any; // eslint-disable-line @typescript-eslint/no-explicit-any
    assert.deepEqual([k.crypto.kdf.params.c, k.crypto.kdf.params.prf, k.path], [262144, 'hmac-sha256', '']);
  });
  test('bad inputs -> E_BAD_INPUT / E_BAD_PATH', () => {
    const pubkey = pubOf(SECRET);
    const opts = { path: 'm/12381/3600/0/0/0', pubkey, scryptLogN: 10 };
    assert.throws(() => encryptEip2335(new Uint8Array(32), 'pw', opts), isCode('E_BAD_INPUT', /^secret/));
    const r = bls12_381.fields.Fr.ORDER;
    assert.throws(() => encryptEip2335(Buffer.from(r.toString(16).padStart(64, '0'), 'hex'), 'pw', opts), isCode('E_BAD_INPUT', /^secret/));
    assert.throws(() => encryptEip2335(SECRET, 'pw', { ...opts, pubkey: pubkey.slice(2) }), isCode('E_BAD_INPUT', /^pubkey/));
    assert.throws(
      () => encryptEip2335(SECRET, 'pw', { ...opts, pubkey: pubOf(Uint8Array.from({ length: 32 }, (_, i) => i + 1)) }),
      isCode('E_BAD_INPUT', /^pubkey: does not match/),
    );
    assert.throws(() => encryptEip2335(SECRET, 'pw', { ...opts, kdf: 'argon2' as 'scrypt' }), isCode('E_BAD_INPUT', /^kdf/));
    assert.throws(() => encryptEip2335(SECRET, 'pw', { ...opts, scryptLogN: 25 }), isCode('E_BAD_INPUT', /^scryptLogN/));
    assert.throws(() => encryptEip2335(SECRET, 'pw', { ...opts, kdf: 'pbkdf2', pbkdf2Iterations: 0 }), isCode('E_BAD_INPUT', /^pbkdf2Iterations/));
    assert.throws(
      () => encryptEip2335(SECRET, 'pw', { ...opts, path: "m/12381'/3600" }),
      (e: unknown) => isCustosError(e, 'E_BAD_PATH'),
    );
  });
  test('property: scrypt (logN 10) round trip for random secrets and unicode passwords', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.string({ unit: 'grapheme', maxLength: 16 }), (sk, pw) => {
        const n = BigInt('0x' + toHex(sk));
        fc.pre(n > 0n && n < bls12_381.fields.Fr.ORDER);
        const ks = encryptEip2335(sk, pw, { path: 'm/12381/3600/0/0/0', pubkey: pubOf(sk), scryptLogN: 10 });
        assert.deepEqual(decryptEip2335(JSON.stringify(ks), pw), sk);
        assert.throws(() => decryptEip2335(ks, pw + 'x'), isCode('E_BAD_KEYSTORE_PASSWORD'));
      }),
      { numRuns: 20 },
    );
  });
  test('property: pbkdf2 round trip; NFKD-equivalent passwords open the same keystore', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (pw) => {
        const ks = encryptEip2335(SECRET, pw.normalize('NFC'), { path: '', pubkey: pubOf(SECRET), kdf: 'pbkdf2', pbkdf2Iterations: 32 });
        assert.deepEqual(decryptEip2335(ks, pw.normalize('NFD')), Uint8Array.from(SECRET));
      }),
      { numRuns: 30 },
    );
  });
});
