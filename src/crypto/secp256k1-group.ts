/**
 * The secp256k1 group (SEC 2 §2.4.1, prime order n, cofactor 1) through
 * libsecp256k1's public-key operations (the `secp256k1` addon): the backend of
 * FROST(secp256k1, SHA-256) and its -TR variant in src/threshold/frost-native.ts.
 * Scalars are 32-byte big-endian, reduced mod n; elements are 33-byte SEC1
 * compressed points (the RFC 9591 §6.5 SerializeElement), the identity is null
 * (it has no compressed encoding).
 *
 * @example
 *   const P = secp256k1Group.base(scalarBE); // 33 bytes, 02/03 || x
 *   secp256k1Group.sum([P, secp256k1Group.neg(P)]); // null
 */
import { createRequire } from 'node:module';
import { isZeroScalar, type PrimeOrderGroup } from './group.js';

/** The subset of the libsecp256k1 addon API (node_modules/secp256k1/API.md) used here. */
interface NativeSecp256k1 {
  publicKeyVerify(publicKey: Uint8Array): boolean;
  publicKeyCreate(secretKey: Uint8Array, compressed?: boolean): Uint8Array;
  publicKeyNegate(publicKey: Uint8Array, compressed?: boolean): Uint8Array;
  publicKeyCombine(publicKeys: Uint8Array[], compressed?: boolean): Uint8Array;
  publicKeyTweakMul(publicKey: Uint8Array, tweak: Uint8Array, compressed?: boolean): Uint8Array;
}

const require = createRequire(import.meta.url);
/** The compiled/prebuilt addon only (no silent fallback to the pure-JS elliptic build). */
const native = require('secp256k1/bindings') as NativeSecp256k1;

const checkScalar = (k: Uint8Array): void => {
  if (!(k instanceof Uint8Array) || k.length !== 32) throw new RangeError('scalar: expected 32 bytes');
};

export const secp256k1Group: PrimeOrderGroup = {
  elementLength: 33,
  // Compressed only (RFC 9591 §6.5); libsecp256k1's parser refuses x >= p and x not on the curve.
  isElement: (b) => b instanceof Uint8Array && b.length === 33 && (b[0] === 2 || b[0] === 3) && native.publicKeyVerify(b),
  base(k) {
    checkScalar(k);
    if (isZeroScalar(k)) return null;
    return Uint8Array.from(native.publicKeyCreate(k, true)); // throws for k >= n
  },
  mul(p, k) {
    checkScalar(k);
    if (isZeroScalar(k)) return null;
    try {
      return Uint8Array.from(native.publicKeyTweakMul(p, k, true));
    } catch {
      throw new Error('invalid element or scalar');
    }
  },
  sum(points) {
    const ps = points.filter((p): p is Uint8Array => p !== null);
    if (ps.length === 0) return null;
    if (ps.length === 1) return Uint8Array.from(ps[0]!);
    try {
      return Uint8Array.from(native.publicKeyCombine(ps, true));
    } catch (e) {
      // The addon's error for a sum at infinity; anything else (an unparsable input) propagates.
      if (e instanceof Error && /sum of the public keys/.test(e.message)) return null;
      throw new Error('invalid element');
    }
  },
  neg: (p) => (p === null ? null : Uint8Array.from(native.publicKeyNegate(p, true))),
};
