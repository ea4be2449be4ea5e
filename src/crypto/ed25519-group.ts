/**
 * The Ed25519 prime-order group (RFC 8032 §5.1 edwards25519, subgroup of order
 * L) through libsodium's group operations (sodium-native): the backend of
 * FROST(Ed25519, SHA-512) in src/threshold/frost-native.ts. Scalars are 32-byte
 * little-endian, reduced mod L; elements are canonical 32-byte encodings.
 *
 * Validation is libsodium's crypto_core_ed25519_is_valid_point: canonical y,
 * on the curve, not of small order (this rejects the identity and the 8-torsion
 * points), in the prime-order subgroup. test/crypto/native-groups.test.ts checks
 * it rejects everything noble's DeserializeElement (fromBytes + !is0 +
 * isTorsionFree) rejects.
 *
 * @example
 *   const P = ed25519Group.base(scalarLE); // 32 bytes
 *   ed25519Group.isElement(P);             // true
 */
import { createRequire } from 'node:module';
import { isZeroScalar, type Element, type PrimeOrderGroup } from './group.js';

/** The subset of sodium-native used here (libsodium's crypto_core_ed25519 / crypto_scalarmult_ed25519). */
interface Sodium {
  crypto_core_ed25519_is_valid_point(p: Uint8Array): boolean;
  crypto_core_ed25519_add(r: Uint8Array, p: Uint8Array, q: Uint8Array): void;
  crypto_core_ed25519_sub(r: Uint8Array, p: Uint8Array, q: Uint8Array): void;
  crypto_scalarmult_ed25519_noclamp(q: Uint8Array, n: Uint8Array, p: Uint8Array): void;
  crypto_scalarmult_ed25519_base_noclamp(q: Uint8Array, n: Uint8Array): void;
}

const require = createRequire(import.meta.url);
/** Throws at import time if the prebuilt addon does not load. */
const sodium = require('sodium-native') as Sodium;

/** The identity's canonical encoding (x = 0, y = 1), as libsodium's add/sub emit it. */
const IDENTITY = Uint8Array.of(1, ...new Uint8Array(31));
const isIdentity = (b: Uint8Array): boolean => b.length === 32 && b[0] === 1 && isZeroScalar(b.subarray(1));

const checkScalar = (k: Uint8Array): void => {
  if (!(k instanceof Uint8Array) || k.length !== 32) throw new RangeError('scalar: expected 32 bytes');
};

export const ed25519Group: PrimeOrderGroup = {
  elementLength: 32,
  isElement: (b) => b instanceof Uint8Array && b.length === 32 && sodium.crypto_core_ed25519_is_valid_point(b),
  base(k) {
    checkScalar(k);
    if (isZeroScalar(k)) return null;
    const out = new Uint8Array(32);
    sodium.crypto_scalarmult_ed25519_base_noclamp(out, k);
    return out;
  },
  mul(p, k) {
    checkScalar(k);
    if (isZeroScalar(k)) return null;
    const out = new Uint8Array(32);
    try {
      // Refuses non-canonical, small-order and non-subgroup points itself.
      sodium.crypto_scalarmult_ed25519_noclamp(out, k, p);
    } catch {
      throw new Error('invalid element');
    }
    return out;
  },
  sum(points) {
    let acc: Uint8Array | null = null;
    for (const p of points) {
      if (p === null) continue;
      if (acc === null) {
        acc = Uint8Array.from(p);
        continue;
      }
      const out = new Uint8Array(32);
      sodium.crypto_core_ed25519_add(out, acc, p);
      acc = out;
    }
    return acc === null || isIdentity(acc) ? null : acc;
  },
  neg(p) {
    if (p === null) return null;
    const out = new Uint8Array(32);
    sodium.crypto_core_ed25519_sub(out, IDENTITY, p);
    return out;
  },
};

export type { Element };
