/**
 * completeRecoverable: an ECDSA r||s made elsewhere (an HSM; s may be high)
 * becomes custos's r||s||v, low-s (BIP 146), v recovering the signer's key
 * (SEC1 §4.1.6). Checked against noble's own recovery, for both halves of s.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { completeRecoverable } from '../../src/crypto/secp256k1.js';

const N = secp256k1.Point.CURVE().n;
const be32 = (x: bigint) => Uint8Array.from(Buffer.from(x.toString(16).padStart(64, '0'), 'hex'));

test('low-s and high-s inputs give the same low-s recoverable signature; a foreign key gives null', () => {
  const sk = secp256k1.utils.randomSecretKey();
  const pub = secp256k1.getPublicKey(sk, true);
  const otherPub = secp256k1.getPublicKey(secp256k1.utils.randomSecretKey(), true);
  for (let i = 0; i < 16; i++) {
    const digest = sha256(new Uint8Array([i, 1]));
    const sig = secp256k1.Signature.fromBytes(secp256k1.sign(digest, sk, { prehash: false }), 'compact');
    const low = sig.toBytes('compact');
    const high = new Uint8Array(64);
    high.set(be32(sig.r), 0);
    high.set(be32(N - sig.s), 32); // the other valid s: what an HSM may return
    for (const input of [low, high]) {
      const out = completeRecoverable(input, digest, pub);
      assert.ok(out);
      assert.deepEqual(out.subarray(0, 64), low);
      const recovered = secp256k1.Signature.fromBytes(out.subarray(0, 64), 'compact')
        .addRecoveryBit(out[64]! - 27)
        .recoverPublicKey(digest)
        .toBytes(true);
      assert.deepEqual(recovered, pub);
    }
    assert.equal(completeRecoverable(low, digest, otherPub), null);
  }
});
