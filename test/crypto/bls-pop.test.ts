/**
 * BLS12-381 signatures, Ethereum consensus ciphersuite
 * BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_ (draft-irtf-cfrg-bls-signature-05
 * §4.2.3, min-pk), via native blst, cross-checked against @noble/curves.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { bls12_381 } from '@noble/curves/bls12-381.js';
import { getAlgorithm } from '../../src/crypto/algorithms.js';
import { BLS_POP_DST, isValidSecret } from '../../src/crypto/bls.js';
import { fromHex, toHex } from '../../src/crypto/bytes.js';

const alg = getAlgorithm('bls12-381');
const L = bls12_381.longSignatures; // min-pk: G1 public keys, G2 signatures
const POP_DST = 'BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_'; // spelled out independently of src
const NUL_DST = 'BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_NUL_';
const R = 0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001n;
const scalar = (x: bigint) => fromHex(x.toString(16).padStart(64, '0'));
const secretArb = fc.bigInt({ min: 1n, max: R - 1n }).map(scalar);

describe('BLS12-381 POP ciphersuite (blst)', () => {
  test('consensus-specs bls/sign vectors (sign_case_c82df61aa3ee60fb, sign_case_8cd3d4d0d9a5b265)', () => {
    const sk1 = fromHex('263dbd792f5b1be47ed85f8938c0f29586af0d3ac7b977f21c278fe1462040e3');
    assert.equal(toHex(alg.publicKey(sk1)), 'a491d1b0ecd9bb917989f0e74f0dea0422eac4a873e5e2644f368dffb9a6e20fd6e10c1b77654d067c0618f6e5a7f79a');
    assert.equal(
      toHex(alg.sign(sk1, new Uint8Array(32))),
      'b6ed936746e01f8ecf281f020953fbf1f01debd5657c4a383940b020b26507f6076334f91e2366c96e9ab279fb5158090352ea1c5b0c9274504f4f0e7053af24802e51e4568d164fe986834f41e55c8e850ce1f98458c0cfc9ab380b55285a55',
    );
    const sk3 = fromHex('328388aff0d4a5b7dc9205abd374e7e98f3cd9f3418edb4eafda5fb16473d216');
    assert.equal(
      toHex(alg.sign(sk3, new Uint8Array(32).fill(0x56))),
      'a4efa926610b8bd1c8330c918b7a5e9bf374e53435ef8b7ec186abf62e1b1f65aeaaeb365677ac1d1172a1f5b44b4e6d022c252c58486c0a759fbdc7de15a756acc4d343064035667a594b4c2a6f0b0b421975977f297dba63ee2f63ffe47bb6',
    );
  });

  test('exported DST is the POP tag', () => {
    assert.equal(BLS_POP_DST, POP_DST);
  });

  test('property: blst == noble (POP DST): same public key, byte-identical signature, cross-verifies', () => {
    fc.assert(
      fc.property(secretArb, fc.uint8Array({ maxLength: 100 }), (sk, msg) => {
        const pub = alg.publicKey(sk);
        assert.equal(toHex(pub), toHex(L.getPublicKey(sk).toBytes(true)));
        const sig = alg.sign(sk, msg);
        const ref = L.Signature.toBytes(L.sign(L.hash(msg, POP_DST), sk));
        assert.equal(toHex(sig), toHex(ref));
        assert.ok(L.verify(sig, L.hash(msg, POP_DST), pub));
        assert.ok(alg.verify(pub, msg, sig));
      }),
      { numRuns: 10 }, // noble pairing is slow (~tens of ms per op)
    );
  });

  test("blst's default DST is not noble's default (_NUL_)", () => {
    const sk = scalar(12345n);
    const msg = new Uint8Array([1, 2, 3]);
    const nul = L.Signature.toBytes(L.sign(L.hash(msg, NUL_DST), sk));
    assert.notEqual(toHex(alg.sign(sk, msg)), toHex(nul));
  });

  test('verify negatives: wrong message, wrong key, tampered, infinity, garbage', () => {
    const sk = scalar(42n);
    const other = scalar(43n);
    const msg = new Uint8Array([9, 9, 9]);
    const pub = alg.publicKey(sk);
    const sig = alg.sign(sk, msg);
    assert.ok(alg.verify(pub, msg, sig));
    assert.equal(alg.verify(pub, new Uint8Array([9, 9]), sig), false);
    assert.equal(alg.verify(alg.publicKey(other), msg, sig), false);
    assert.equal(alg.verify(pub, msg, alg.sign(other, msg)), false);
    const flipped = Uint8Array.from(sig);
    flipped[50] = (flipped[50] as number) ^ 1;
    assert.equal(alg.verify(pub, msg, flipped), false);
    // Compressed point at infinity: 0xc0 followed by zeros (ZCash serialization).
    const infPk = new Uint8Array(48);
    infPk[0] = 0xc0;
    const infSig = new Uint8Array(96);
    infSig[0] = 0xc0;
    assert.equal(alg.verify(infPk, msg, infSig), false);
    assert.equal(alg.verify(pub, msg, infSig), false);
    assert.equal(alg.verify(new Uint8Array(48), msg, sig), false);
    assert.equal(alg.verify(new Uint8Array(48).fill(0xff), msg, sig), false);
    assert.equal(alg.verify(pub, msg, new Uint8Array(96).fill(0xff)), false);
    assert.equal(alg.verify(pub.subarray(1), msg, sig), false);
    assert.equal(alg.verify(pub, msg, sig.subarray(1)), false);
  });

  test('secret range: 0 and r rejected, 1 and r-1 accepted; generate() gives valid keys', () => {
    assert.equal(isValidSecret(scalar(0n)), false);
    assert.equal(isValidSecret(scalar(R)), false);
    assert.equal(isValidSecret(new Uint8Array(32).fill(0xff)), false);
    assert.equal(isValidSecret(scalar(1n)), true);
    assert.equal(isValidSecret(scalar(R - 1n)), true);
    assert.throws(() => alg.validateSecret(scalar(R)), { code: 'E_BAD_INPUT' });
    assert.throws(() => alg.sign(scalar(0n), new Uint8Array(1)), { code: 'E_BAD_INPUT' });
    for (let i = 0; i < 20; i++) {
      const sk = alg.generate();
      assert.ok(BigInt('0x' + toHex(sk)) < R);
      alg.validateSecret(sk);
    }
  });
});
