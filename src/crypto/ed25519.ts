/**
 * Ed25519 (RFC 8032 §5.1, "pure" PureEdDSA, no context) through node:crypto /
 * OpenSSL. The secret is the 32-byte RFC 8032 seed. Nothing is cached: each
 * call wraps the seed in a short-lived PKCS#8 KeyObject and zeroes the DER copy.
 */
import { createPrivateKey, createPublicKey, sign as nodeSign, verify as nodeVerify, type KeyObject } from 'node:crypto';
import { abytes, clean, concatBytes, equalBytes, fromHex } from './bytes.js';

/** PKCS#8 PrivateKeyInfo header for an Ed25519 seed (RFC 8410 §7): ... OID 1.3.101.112, OCTET STRING(OCTET STRING(32)). */
const PKCS8_PREFIX = fromHex('302e020100300506032b657004220420');
/** SubjectPublicKeyInfo header for an Ed25519 public key (RFC 8410 §4). */
const SPKI_PREFIX = fromHex('302a300506032b6570032100');

function privateKeyObject(seed: Uint8Array): KeyObject {
  abytes(seed, 32, 'seed');
  const der = concatBytes(PKCS8_PREFIX, seed);
  try {
    // A Buffer view over `der` (no copy) so clean() below wipes the only JS-side copy.
    return createPrivateKey({ key: Buffer.from(der.buffer, der.byteOffset, der.byteLength), format: 'der', type: 'pkcs8' });
  } finally {
    clean(der);
  }
}

/**
 * 32-byte public key A = [s]B for a 32-byte seed (RFC 8032 §5.1.5).
 * @example toHex(publicKey(fromHex('9d61b1...7f60'))) // 'd75a9801...511a'
 */
export function publicKey(seed: Uint8Array): Uint8Array {
  const spki = createPublicKey(privateKeyObject(seed)).export({ format: 'der', type: 'spki' });
  const prefix = spki.subarray(0, SPKI_PREFIX.length);
  if (spki.length !== SPKI_PREFIX.length + 32 || !equalBytes(prefix, SPKI_PREFIX)) {
    throw new Error('ed25519: unexpected SPKI encoding from node:crypto');
  }
  return Uint8Array.from(spki.subarray(SPKI_PREFIX.length));
}

/**
 * 64-byte signature R||S over `message` (RFC 8032 §5.1.6). Deterministic.
 * @example sign(seed, new Uint8Array()).length // 64
 */
export function sign(seed: Uint8Array, message: Uint8Array): Uint8Array {
  abytes(message, undefined, 'message');
  return Uint8Array.from(nodeSign(null, message, privateKeyObject(seed)));
}

/**
 * Verify a signature (RFC 8032 §5.1.7, as implemented by OpenSSL: rejects
 * non-canonical S). Returns false, never throws, for malformed keys/signatures.
 * @example verify(publicKey(seed), msg, sign(seed, msg)) // true
 */
export function verify(pub: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  abytes(message, undefined, 'message');
  if (!(pub instanceof Uint8Array) || pub.length !== 32) return false;
  if (!(signature instanceof Uint8Array) || signature.length !== 64) return false;
  try {
    const key = createPublicKey({ key: Buffer.from(concatBytes(SPKI_PREFIX, pub)), format: 'der', type: 'spki' });
    return nodeVerify(null, message, key, signature);
  } catch {
    return false;
  }
}
