/**
 * SLIP-10 test vectors 1-2 for secp256k1 and ed25519 (satoshilabs/slips slip-0010.md).
 * secp256k1: private key via deriveSecret; chain code and public key via the
 * xpub (decoded with @scure/base). ed25519: private key via deriveSecret and
 * public key via @noble/curves; custos does not expose ed25519 chain codes, so
 * those are not compared.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createBase58check } from '@scure/base';
import { sha256 } from '@noble/hashes/sha2.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { isCustosError } from '../../src/errors.js';
import { toHex } from '../../src/crypto/bytes.js';
import { deriveSecret, xpub } from '../../src/hd/derive.js';

interface Chain {
  path: string;
  fingerprint: string;
  chain_code: string;
  private: string;
  public: string;
}
interface Vector {
  name: string;
  curve: string;
  seed_hex: string;
  chains: Chain[];
}
const load = (f: string) => (JSON.parse(readFileSync(new URL(`../vectors/slip10/${f}`, import.meta.url), 'utf8')) as { vectors: Vector[] }).vectors;
const b58c = createBase58check(sha256);
const seedOf = (v: Vector) => Uint8Array.from(Buffer.from(v.seed_hex, 'hex'));

describe('SLIP-10 secp256k1', () => {
  const vectors = load('slip10_secp256k1.json');
  test('12 chains', () =>
    assert.equal(
      vectors.reduce((n, v) => n + v.chains.length, 0),
      12,
    ));
  for (const v of vectors) {
    for (const c of v.chains) {
      test(`${v.name} ${c.path}`, () => {
        assert.equal(v.curve, 'secp256k1');
        assert.equal(toHex(deriveSecret(seedOf(v), 'secp256k1', c.path)), c.private);
        const x = b58c.decode(xpub(seedOf(v), c.path));
        assert.equal(toHex(x.subarray(5, 9)), c.fingerprint);
        assert.equal(toHex(x.subarray(13, 45)), c.chain_code);
        assert.equal(toHex(x.subarray(45, 78)), c.public);
      });
    }
  }
});

describe('SLIP-10 ed25519', () => {
  const vectors = load('slip10_ed25519.json');
  test('12 chains', () =>
    assert.equal(
      vectors.reduce((n, v) => n + v.chains.length, 0),
      12,
    ));
  for (const v of vectors) {
    for (const c of v.chains) {
      test(`${v.name} ${c.path}`, () => {
        assert.equal(v.curve, 'ed25519');
        const sk = deriveSecret(seedOf(v), 'ed25519', c.path);
        assert.equal(toHex(sk), c.private);
        assert.equal('00' + toHex(ed25519.getPublicKey(sk)), c.public);
      });
    }
  }
  test('non-hardened component refused with E_BAD_PATH naming it', () => {
    const seed = seedOf(vectors[0] as Vector);
    assert.throws(
      () => deriveSecret(seed, 'ed25519', "m/44'/501'/0'/0"),
      (e: unknown) => isCustosError(e, 'E_BAD_PATH') && /component 4/.test(e.message) && /hardened/.test(e.message),
    );
    assert.throws(
      () => deriveSecret(seed, 'ed25519', 'm/0'),
      (e: unknown) => isCustosError(e, 'E_BAD_PATH'),
    );
  });
});
