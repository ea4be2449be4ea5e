/**
 * What `verify` accepts as a signature, and why it refuses one. The registry's
 * `verify` (./algorithms.ts) answers yes or no; this module first checks the
 * signature's encoding once, whatever key it is checked against, and refuses a
 * malformed one with CustosError E_BAD_SIGNATURE and a stable `details.reason`:
 *
 * | reason | secp256k1 ECDSA |
 * |---|---|
 * | `length` | raw input not 64 (r||s) or 65 (r||s||v) bytes |
 * | `v-range` | v not 27/28 or 0/1 (the yParity; 29/30 and EIP-155 v are refused) |
 * | `der` | not strict DER (X.690 §8.3, §10.1; BIP 66): long or non-minimal lengths, leading zeros, negative integers, trailing bytes |
 * | `scalar-range` | r or s is 0 or not below the group order n (SEC1 §4.1.4 step 1) |
 * | `high-s` | s > n/2 without `allowHighS` (EIP-2, BIP 62/146: Ethereum and Bitcoin refuse it) |
 *
 * Against a key, a prepared signature is `valid`, `invalid`, or, for a 65-byte
 * signature whose r and s verify but whose v recovers another key,
 * `v-mismatch`: an Ethereum signature whose v does not recover the key is not
 * that key's signature.
 *
 * Public keys given by callers (verify without a stored key, watch-only
 * import) are checked by `checkPublicKey`: points on the curve, and for
 * Ed25519 in the prime-order subgroup (a small-order key A lets R = identity,
 * S = 0 verify for every message under RFC 8032's equation, and OpenSSL
 * accepts it).
 *
 * @example
 *   const p = prepareSignature('secp256k1', 'ecdsa', sig65, { format: 'raw', allowHighS: false });
 *   p.verify(publicKey33, digest32); // 'valid' | 'invalid' | 'v-mismatch'
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { bls12_381 } from '@noble/curves/bls12-381.js';
import { DER } from '@noble/curves/abstract/weierstrass.js';
import { CustosError, badInput } from '../errors.js';
import { type SignatureScheme, ALGORITHMS, getAlgorithm } from './algorithms.js';
import { ecdsaRecover, ecdsaVerify, uncompressedPublicKey, V_OFFSET } from './secp256k1.js';
import { equalBytes } from './bytes.js';

/** How signature bytes are given: `raw` (the scheme's fixed layout; ECDSA r||s or r||s||v) or `der` (ECDSA only). */
export type SignatureFormat = 'raw' | 'der';
export const SIGNATURE_FORMATS: readonly SignatureFormat[] = ['raw', 'der'];

/** Why a signature is refused before any key is tried, or after (`mismatch`, `v-mismatch`). */
export type SignatureRefusal = 'length' | 'v-range' | 'der' | 'scalar-range' | 'high-s' | 'mismatch' | 'v-mismatch';

export interface VerifyOptions {
  format?: SignatureFormat;
  /** secp256k1 ECDSA: accept s > n/2 (valid ECDSA, refused by Ethereum and Bitcoin). */
  allowHighS?: boolean;
}

export type Verdict = 'valid' | 'invalid' | 'v-mismatch';

/** A signature whose encoding was checked, ready to verify against candidate keys. */
export interface PreparedSignature {
  verify(publicKey: Uint8Array, message: Uint8Array): Verdict;
}

/** E_BAD_SIGNATURE with a stable reason; the message says what is wrong, for users. */
export function signatureRefused(reason: SignatureRefusal, why: string, details: Record<string, unknown> = {}): CustosError {
  return new CustosError('E_BAD_SIGNATURE', `signature: ${why}`, { field: 'signature', reason, ...details });
}

const N = secp256k1.Point.Fn.ORDER;
const HALF_N = N >> 1n;

const toBig = (b: Uint8Array): bigint => BigInt(`0x${Buffer.from(b).toString('hex') || '0'}`);
const to32 = (x: bigint): Uint8Array => Uint8Array.from(Buffer.from(x.toString(16).padStart(64, '0'), 'hex'));

/** r, s and the recovery id of a secp256k1 ECDSA signature, as given (raw or DER). */
function parseEcdsa(sig: Uint8Array, format: SignatureFormat): { r: bigint; s: bigint; recid?: number } {
  if (format === 'der') {
    // 6 bytes of framing and two INTEGERs of at most 33 bytes (32 plus a sign byte).
    if (sig.length > 72) throw signatureRefused('der', `${sig.length} bytes is longer than a DER secp256k1 signature (at most 72)`);
    try {
      return DER.toSig(sig, 33);
    } catch {
      throw signatureRefused(
        'der',
        'not a strict DER SEQUENCE { INTEGER r, INTEGER s } (minimal lengths, no leading zero bytes, no trailing bytes; X.690 §10.1, BIP 66)',
      );
    }
  }
  if (sig.length !== 64 && sig.length !== 65) {
    throw signatureRefused('length', `expected 64 bytes (r||s) or 65 bytes (r||s||v), got ${sig.length}`);
  }
  const r = toBig(sig.subarray(0, 32));
  const s = toBig(sig.subarray(32, 64));
  if (sig.length === 64) return { r, s };
  const v = sig[64]!;
  if (v !== 0 && v !== 1 && v !== V_OFFSET && v !== V_OFFSET + 1) {
    throw signatureRefused('v-range', `v = ${v} is not a recovery id: expected 27 or 28 (or the yParity 0 or 1)`, { v });
  }
  return { r, s, recid: v >= V_OFFSET ? v - V_OFFSET : v };
}

function prepareEcdsa(sig: Uint8Array, opts: VerifyOptions): PreparedSignature {
  const parsed = parseEcdsa(sig, opts.format ?? 'raw');
  let { s, recid } = parsed;
  const { r } = parsed;
  for (const [name, x] of [
    ['r', r],
    ['s', s],
  ] as const) {
    if (x === 0n) throw signatureRefused('scalar-range', `${name} is 0 (SEC1 §4.1.4: r and s must be in [1, n-1])`);
    if (x >= N) throw signatureRefused('scalar-range', `${name} is not below the group order n (SEC1 §4.1.4: r and s must be in [1, n-1])`);
  }
  if (s > HALF_N) {
    if (!opts.allowHighS) {
      throw signatureRefused(
        'high-s',
        's is in the upper half of the group order (high-s): Ethereum (EIP-2) and Bitcoin (BIP 62, BIP 146) refuse such signatures; verify with --allow-high-s (API: allowHighS) to accept valid high-s ECDSA',
      );
    }
    // (r, s) and (r, n-s) verify alike; the negated s recovers with the other y parity.
    s = N - s;
    if (recid !== undefined) recid ^= 1;
  }
  const compact = new Uint8Array(64);
  compact.set(to32(r), 0);
  compact.set(to32(s), 32);
  return {
    verify(pub, digest) {
      if (!ecdsaVerify(pub, digest, compact)) return 'invalid';
      if (recid === undefined) return 'valid';
      const withV = new Uint8Array(65);
      withV.set(compact);
      withV[64] = V_OFFSET + recid;
      let recovered: Uint8Array;
      try {
        recovered = ecdsaRecover(withV, digest);
      } catch {
        return 'v-mismatch';
      }
      return equalBytes(uncompressedPublicKey(recovered), uncompressedPublicKey(pub)) ? 'valid' : 'v-mismatch';
    },
  };
}

/**
 * Check a signature's encoding for `algorithm`/`scheme` once (E_BAD_SIGNATURE
 * with `details.reason` when malformed, E_BAD_INPUT for options that do not
 * apply) and return it ready to verify against candidate keys.
 */
export function prepareSignature(algorithm: string, scheme: SignatureScheme, sig: Uint8Array, opts: VerifyOptions = {}): PreparedSignature {
  const alg = getAlgorithm(algorithm);
  const ecdsa = scheme === 'ecdsa' && algorithm === 'secp256k1';
  if (!ecdsa) {
    if (opts.format === 'der') throw badInput(`format: der applies to secp256k1 ECDSA signatures, not ${algorithm} ${scheme}`, { field: 'format' });
    if (opts.allowHighS) throw badInput(`allowHighS: applies to secp256k1 ECDSA signatures, not ${algorithm} ${scheme}`, { field: 'allowHighS' });
    return { verify: (pub, m) => (alg.verify(pub, m, sig, { scheme }) ? 'valid' : 'invalid') };
  }
  return prepareEcdsa(sig, opts);
}

/** Algorithms a caller-given public key may be of (keys held whole; threshold keys come from a DKG). */
export const PUBLIC_KEY_ALGORITHMS = ALGORITHMS;

const badKey = (why: string, algorithm: string): CustosError => badInput(`publicKey: ${why}`, { field: 'publicKey', algorithm });

/**
 * Validate a public key given by a caller and return its canonical encoding
 * (secp256k1: 33-byte compressed, as custos stores it). E_BAD_INPUT naming
 * `publicKey` for a point not on the curve, a wrong length, an Ed25519 point of
 * small order or outside the prime-order subgroup, the BLS identity.
 * @example toHex(checkPublicKey('secp256k1', uncompressed65)) // '02…' or '03…'
 */
export function checkPublicKey(algorithm: string, pub: Uint8Array): Uint8Array {
  getAlgorithm(algorithm);
  if (!(PUBLIC_KEY_ALGORITHMS as readonly string[]).includes(algorithm)) {
    throw new CustosError('E_UNSUPPORTED', `${algorithm} keys come from a DKG across parties: a bare public key of this type cannot be used`, { algorithm });
  }
  switch (algorithm) {
    case 'secp256k1': {
      if (pub.length !== 33 && pub.length !== 65)
        throw badKey(`a secp256k1 key is 33 bytes (compressed) or 65 bytes (uncompressed), got ${pub.length}`, algorithm);
      try {
        return secp256k1.Point.fromBytes(pub).toBytes(true);
      } catch {
        throw badKey('not a point on secp256k1 (SEC1 §2.3.4)', algorithm);
      }
    }
    case 'ed25519': {
      if (pub.length !== 32) throw badKey(`an Ed25519 key is 32 bytes, got ${pub.length}`, algorithm);
      let P: InstanceType<typeof ed25519.Point>;
      try {
        P = ed25519.Point.fromBytes(pub, false); // RFC 8032 §5.1.3 decoding: y < p, canonical x sign
      } catch {
        throw badKey('not an encoding of a point on edwards25519 (RFC 8032 §5.1.3)', algorithm);
      }
      if (P.isSmallOrder()) throw badKey('a small-order point: a forged signature (R = identity, S = 0) would verify for every message', algorithm);
      if (!P.isTorsionFree()) throw badKey('not in the prime-order subgroup (it has a small-order component)', algorithm);
      return Uint8Array.from(pub);
    }
    case 'bls12-381': {
      if (pub.length !== 48) throw badKey(`a BLS12-381 (min-pk) key is a 48-byte compressed G1 point, got ${pub.length}`, algorithm);
      try {
        const P = bls12_381.G1.Point.fromBytes(pub);
        P.assertValidity();
        if (P.is0()) throw new Error('identity');
      } catch {
        throw badKey('not a valid G1 point of BLS12-381 (on the curve, in the subgroup, not the identity)', algorithm);
      }
      return Uint8Array.from(pub);
    }
    default: {
      // ml-dsa-65: FIPS 204 pkEncode is 1952 bytes; any such bytes decode (t1 and rho are unconstrained).
      if (pub.length !== 1952) throw badKey(`an ML-DSA-65 key is 1952 bytes, got ${pub.length}`, algorithm);
      return Uint8Array.from(pub);
    }
  }
}
