/**
 * BLS12-381 signatures through the native blst library (@chainsafe/blst), in the
 * Ethereum consensus ciphersuite: minimal-pubkey-size (public keys in G1, 48
 * bytes compressed; signatures in G2, 96 bytes compressed) with the proof-of-
 * possession scheme, DST `BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_`
 * (draft-irtf-cfrg-bls-signature-05 §4.2.3). blst's built-in DST is this POP tag
 * (cross-checked against @noble/curves in test/crypto/bls-pop.test.ts); note
 * noble's own default is the `_NUL_` (basic scheme) tag.
 *
 * The secret is a 32-byte big-endian scalar in [1, r-1] (KeyValidate for SK).
 */
import { PublicKey, SecretKey, Signature, verify as blstVerify } from '@chainsafe/blst';
import { abytes } from './bytes.js';

/** Domain separation tag used by blst's sign/verify (eth2 / POP ciphersuite). */
export const BLS_POP_DST = 'BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_POP_';

function secretKey(secret: Uint8Array): SecretKey {
  abytes(secret, 32, 'secretKey');
  try {
    return SecretKey.fromBytes(secret);
  } catch {
    throw new RangeError('secretKey: not in [1, r-1]'); // blst's own message is generic; never echo input
  }
}

/**
 * True when `secret` is 32 bytes encoding a scalar in [1, r-1].
 * @example isValidSecret(new Uint8Array(32)) // false
 */
export function isValidSecret(secret: Uint8Array): boolean {
  if (!(secret instanceof Uint8Array) || secret.length !== 32) return false;
  try {
    SecretKey.fromBytes(secret);
    return true;
  } catch {
    return false;
  }
}

/**
 * 48-byte compressed G1 public key, SkToPk (draft-irtf-cfrg-bls-signature-05 §2.4).
 * @example publicKey(secret).length // 48
 */
export function publicKey(secret: Uint8Array): Uint8Array {
  return Uint8Array.from(secretKey(secret).toPublicKey().toBytes(true));
}

/**
 * 96-byte compressed G2 signature, CoreSign with the POP DST (§2.6, §4.2.3).
 * Deterministic.
 * @example sign(secret, utf8('hello')).length // 96
 */
export function sign(secret: Uint8Array, message: Uint8Array): Uint8Array {
  abytes(message, undefined, 'message');
  return Uint8Array.from(secretKey(secret).sign(message).toBytes(true));
}

/**
 * CoreVerify with the POP DST (§2.7), with KeyValidate on the public key and a
 * subgroup check on the signature. Returns false, never throws, for malformed
 * or infinity keys/signatures.
 * @example verify(publicKey(sk), msg, sign(sk, msg)) // true
 */
export function verify(pub: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  abytes(message, undefined, 'message');
  if (!(pub instanceof Uint8Array) || pub.length !== 48) return false;
  if (!(signature instanceof Uint8Array) || signature.length !== 96) return false;
  try {
    const pk = PublicKey.fromBytes(pub, true);
    const sig = Signature.fromBytes(signature, true);
    return blstVerify(message, pk, sig, true, true);
  } catch {
    return false;
  }
}
