/**
 * Public keys as PKCS#11 returns them (CKA_EC_POINT: a DER OCTET STRING
 * around the point; some tokens omit the wrapper) turned into custos's
 * encodings: 33-byte compressed secp256k1 points, 32-byte Ed25519 keys.
 */
import { CustosError } from '../errors.js';
import { compressedPublicKey } from '../crypto/secp256k1.js';
import type { HsmCurve } from './pkcs11.js';

const EXPECTED: Record<HsmCurve, number[]> = { secp256k1: [65], ed25519: [32] };

function unwrapOctetString(point: Uint8Array, lengths: number[]): Uint8Array {
  if (lengths.includes(point.length)) return point;
  if (point.length >= 2 && point[0] === 0x04 && point[1] === point.length - 2) return point.subarray(2);
  throw new CustosError('E_UNAVAILABLE', `the HSM returned a public key of an unexpected form (${point.length} bytes)`);
}

export function publicKey(curve: HsmCurve, ecPoint: Uint8Array): Uint8Array {
  const raw = unwrapOctetString(ecPoint, EXPECTED[curve]);
  if (!EXPECTED[curve].includes(raw.length)) throw new CustosError('E_UNAVAILABLE', `the HSM returned a ${raw.length}-byte ${curve} public key`);
  return curve === 'secp256k1' ? compressedPublicKey(raw) : Uint8Array.from(raw);
}
