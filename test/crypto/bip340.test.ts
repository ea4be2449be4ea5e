/**
 * BIP340 (Schnorr signatures for secp256k1): the 19 official test vectors from
 * bitcoin/bips bip-0340/test-vectors.csv (see test/vectors/bip340/SOURCE.txt),
 * run through the registry with scheme 'bip340'.
 */
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { getAlgorithm } from '../../src/crypto/algorithms.js';
import { fromHex, toHex } from '../../src/crypto/bytes.js';

interface Vector {
  index: number;
  secret_key: string | null;
  public_key: string;
  aux_rand: string | null;
  message: string;
  signature: string;
  verification_result: boolean;
  comment: string;
}

const file = new URL('../vectors/bip340/test-vectors.json', import.meta.url);
const vectors = (JSON.parse(readFileSync(file, 'utf8')) as { vectors: Vector[] }).vectors;
const alg = getAlgorithm('secp256k1');
const opts = { scheme: 'bip340' } as const;

describe('BIP340 test vectors', () => {
  test('file holds the 19 vectors (indexes 0-18)', () => {
    assert.equal(vectors.length, 19);
    assert.deepEqual(
      vectors.map((v) => v.index),
      [...Array(19).keys()],
    );
    assert.equal(vectors.filter((v) => v.secret_key !== null).length, 8);
  });

  for (const v of vectors) {
    const label = `vector ${v.index}${v.comment ? ` (${v.comment})` : ''}`;
    const msg = fromHex(v.message, 'message');
    const pub = fromHex(v.public_key, 'public_key');
    const sig = fromHex(v.signature, 'signature');

    const { secret_key: skHex, aux_rand: auxHex } = v;
    if (skHex !== null && auxHex !== null) {
      test(`${label}: signature reproduced byte-for-byte`, () => {
        const sk = fromHex(skHex, 'secret_key', 32);
        const got = alg.sign(sk, msg, { ...opts, auxRand: fromHex(auxHex, 'aux_rand', 32) });
        assert.equal(toHex(got).toUpperCase(), v.signature.toUpperCase());
        // The x-only key is the 33-byte compressed key minus its prefix.
        assert.equal(toHex(alg.publicKey(sk).subarray(1)).toUpperCase(), v.public_key.toUpperCase());
      });
    }

    test(`${label}: verify -> ${v.verification_result}`, () => {
      assert.equal(alg.verify(pub, msg, sig, opts), v.verification_result);
    });
  }

  test('random auxRand when none is given: still verifies, and differs between calls', () => {
    const sk = fromHex('B7E151628AED2A6ABF7158809CF4F3C762E7160F38B4DA56A784D9045190CFEF');
    const msg = fromHex('243F6A8885A308D313198A2E03707344A4093822299F31D0082EFA98EC4E6C89');
    const a = alg.sign(sk, msg, opts);
    const b = alg.sign(sk, msg, opts);
    assert.notEqual(toHex(a), toHex(b));
    assert.ok(alg.verify(alg.publicKey(sk), msg, a, opts)); // 33-byte compressed key accepted
    assert.ok(alg.verify(alg.publicKey(sk).subarray(1), msg, b, opts));
  });

  test('auxRand must be 32 bytes', () => {
    const sk = fromHex('0000000000000000000000000000000000000000000000000000000000000003');
    assert.throws(() => alg.sign(sk, new Uint8Array(32), { ...opts, auxRand: new Uint8Array(31) }), {
      code: 'E_BAD_INPUT',
    });
  });
});
