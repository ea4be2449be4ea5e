/**
 * ML-DSA-65 (FIPS 204, security category 3) through @noble/post-quantum.
 * The stored secret is the 32-byte ML-DSA.KeyGen seed ξ (FIPS 204 Algorithm 1);
 * the 4032-byte expanded secret key is rebuilt per call and zeroed afterwards.
 * Signing is "pure" ML-DSA with an empty context (Algorithm 2) and hedged
 * (fresh 32-byte rnd, §3.4), so signatures are not deterministic.
 */
import { ml_dsa65 } from '@noble/post-quantum/ml-dsa.js';
import { abytes, clean } from './bytes.js';

/** FIPS 204 Table 2: ML-DSA-65 public key size. */
export const PUBLIC_KEY_LENGTH = 1952;
/** FIPS 204 Table 2: ML-DSA-65 signature size. */
export const SIGNATURE_LENGTH = 3309;

/**
 * 1952-byte public key derived deterministically from the 32-byte seed (ML-DSA.KeyGen_internal).
 * @example publicKey(seed).length // 1952
 */
export function publicKey(seed: Uint8Array): Uint8Array {
  abytes(seed, 32, 'seed');
  const { publicKey: pub, secretKey } = ml_dsa65.keygen(seed);
  clean(secretKey);
  return pub;
}

/**
 * 3309-byte hedged ML-DSA-65 signature over `message` (ML-DSA.Sign, empty context).
 * @example sign(seed, msg).length // 3309
 */
export function sign(seed: Uint8Array, message: Uint8Array): Uint8Array {
  abytes(seed, 32, 'seed');
  abytes(message, undefined, 'message');
  const { publicKey: pub, secretKey } = ml_dsa65.keygen(seed);
  try {
    return ml_dsa65.sign(message, secretKey);
  } finally {
    clean(secretKey, pub);
  }
}

/**
 * ML-DSA.Verify (FIPS 204 Algorithm 3, empty context). Returns false, never
 * throws, for malformed keys/signatures.
 * @example verify(publicKey(seed), msg, sign(seed, msg)) // true
 */
export function verify(pub: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  abytes(message, undefined, 'message');
  if (!(pub instanceof Uint8Array) || pub.length !== PUBLIC_KEY_LENGTH) return false;
  if (!(signature instanceof Uint8Array) || signature.length !== SIGNATURE_LENGTH) return false;
  try {
    return ml_dsa65.verify(signature, message, pub);
  } catch {
    return false;
  }
}
