/**
 * secp256k1: ECDSA through the native libsecp256k1 addon (`secp256k1` package,
 * loaded via `secp256k1/bindings` so a missing addon throws instead of silently
 * falling back to the pure-JS elliptic build), and BIP340 Schnorr through
 * @noble/curves. No curve arithmetic is implemented here.
 *
 * Conventions: secrets are 32-byte big-endian scalars in [1, n-1]; public keys
 * are 33-byte SEC1 compressed points; ECDSA signatures are 65 bytes r||s||v with
 * v = 27 + recovery id (the Ethereum/Bitcoin "compact recoverable" layout).
 * Type/length errors throw TypeError/RangeError (via `abytes`); the registry in
 * ./algorithms.ts turns caller mistakes into CustosError before they get here.
 */
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { schnorr, secp256k1 } from '@noble/curves/secp256k1.js';
import { CustosError, badInput } from '../errors.js';
import { abytes, clean } from './bytes.js';

/** The subset of the libsecp256k1 addon API (node_modules/secp256k1/API.md) used here. */
interface NativeSecp256k1 {
  contextRandomize(seed: Uint8Array): void;
  privateKeyVerify(secretKey: Uint8Array): boolean;
  publicKeyCreate(secretKey: Uint8Array, compressed?: boolean): Uint8Array;
  publicKeyConvert(publicKey: Uint8Array, compressed?: boolean): Uint8Array;
  publicKeyVerify(publicKey: Uint8Array): boolean;
  ecdsaSign(msg32: Uint8Array, secretKey: Uint8Array): { signature: Uint8Array; recid: number };
  ecdsaVerify(sig: Uint8Array, msg32: Uint8Array, publicKey: Uint8Array): boolean;
  ecdsaRecover(sig: Uint8Array, recid: number, msg32: Uint8Array, compressed?: boolean): Uint8Array;
  signatureNormalize(sig: Uint8Array): Uint8Array;
}

const require = createRequire(import.meta.url);
/** Throws at import time if the prebuilt/compiled addon cannot be loaded (no elliptic fallback). */
const native = require('secp256k1/bindings') as NativeSecp256k1;
// Blind the context's precomputed tables against side channels (libsecp256k1
// secp256k1_context_randomize); affects no outputs.
native.contextRandomize(Uint8Array.from(randomBytes(32)));

/** ECDSA signature length: r (32) || s (32) || v (1). */
export const ECDSA_SIGNATURE_LENGTH = 65;
/** Offset added to the recovery id in the v byte (Ethereum yellow paper, Appendix F; Bitcoin signmessage). */
export const V_OFFSET = 27;

/**
 * True when `secret` is 32 bytes encoding an integer in [1, n-1] (SEC1 §3.2.1).
 * @example isValidSecret(new Uint8Array(32)) // false: zero is not a key
 */
export function isValidSecret(secret: Uint8Array): boolean {
  return secret instanceof Uint8Array && secret.length === 32 && native.privateKeyVerify(secret);
}

function assertSecret(secret: Uint8Array): void {
  abytes(secret, 32, 'secretKey');
  if (!native.privateKeyVerify(secret)) throw new RangeError('secretKey: not in [1, n-1]');
}

/**
 * 33-byte compressed public key (SEC1 §2.3.3) for a secret.
 * @example publicKey(secret) // Uint8Array(33) starting with 0x02 or 0x03
 */
export function publicKey(secret: Uint8Array): Uint8Array {
  assertSecret(secret);
  return Uint8Array.from(native.publicKeyCreate(secret, true));
}

/**
 * Re-encode a valid 33- or 65-byte public key as 65-byte uncompressed (0x04 || x || y).
 * Throws CustosError E_BAD_INPUT for a point that is not on the curve.
 */
export function uncompressedPublicKey(pub: Uint8Array): Uint8Array {
  abytes(pub, undefined, 'publicKey');
  if ((pub.length !== 33 && pub.length !== 65) || !native.publicKeyVerify(pub)) {
    throw badInput('publicKey: not a valid secp256k1 point', { field: 'publicKey' });
  }
  return Uint8Array.from(native.publicKeyConvert(pub, false));
}

/** Re-encode a valid 33- or 65-byte public key as 33-byte compressed (SEC1 §2.3.3); E_BAD_INPUT off the curve. */
export function compressedPublicKey(pub: Uint8Array): Uint8Array {
  uncompressedPublicKey(pub);
  return Uint8Array.from(native.publicKeyConvert(pub, true));
}

/**
 * ECDSA-sign a 32-byte digest (SEC1 §4.1.3) with an RFC 6979 deterministic nonce
 * (libsecp256k1's default nonce function, no extra entropy). libsecp256k1 always
 * emits low-s (BIP 146 LOW_S). Returns r||s||v, v = 27 + recovery id.
 * @example const sig = ecdsaSign(secret, sha256(msg)); sig[64] // 27 or 28
 */
export function ecdsaSign(secret: Uint8Array, digest: Uint8Array): Uint8Array {
  assertSecret(secret);
  abytes(digest, 32, 'digest');
  const { signature, recid } = native.ecdsaSign(digest, secret);
  const out = new Uint8Array(ECDSA_SIGNATURE_LENGTH);
  out.set(signature, 0);
  out[64] = V_OFFSET + recid;
  return out;
}

/**
 * Complete a plain ECDSA signature made elsewhere (an HSM's CKM_ECDSA: 64-byte
 * r||s, s possibly high) into this module's layout: s normalised to low-s
 * (BIP 146, libsecp256k1 signatureNormalize), then the recovery id found by
 * recovering with each candidate (SEC1 §4.1.6) and keeping the one that gives
 * `pub`. Returns r||s||v, or null when the signature does not verify under
 * `pub` over `digest` (the signer holds another key).
 * @example completeRecoverable(hsmSig, digest, pub)?.[64] // 27 or 28
 */
export function completeRecoverable(rs: Uint8Array, digest: Uint8Array, pub: Uint8Array): Uint8Array | null {
  abytes(rs, 64, 'signature');
  abytes(digest, 32, 'digest');
  let low: Uint8Array;
  try {
    low = Uint8Array.from(native.signatureNormalize(Uint8Array.from(rs)));
  } catch {
    return null; // r or s out of range
  }
  const want = uncompressedPublicKey(pub);
  for (let recid = 0; recid < 4; recid++) {
    let got: Uint8Array;
    try {
      got = native.ecdsaRecover(low, recid, digest, false);
    } catch {
      continue;
    }
    if (got.length === want.length && got.every((b, i) => b === want[i])) {
      if (!native.ecdsaVerify(low, digest, want)) return null;
      const out = new Uint8Array(ECDSA_SIGNATURE_LENGTH);
      out.set(low, 0);
      out[64] = V_OFFSET + recid;
      return out;
    }
  }
  return null;
}

/** Split a 64/65-byte signature into compact r||s and an optional recovery id; undefined if malformed. */
function splitSignature(sig: Uint8Array): { compact: Uint8Array; recid: number | undefined } | undefined {
  if (sig.length === 64) return { compact: sig, recid: undefined };
  if (sig.length !== 65) return undefined;
  const recid = (sig[64] ?? 0) - V_OFFSET;
  if (recid < 0 || recid > 3) return undefined;
  return { compact: sig.subarray(0, 64), recid };
}

/**
 * Verify an ECDSA signature (64-byte r||s or 65-byte r||s||v; v only range-checked
 * to 27..30) over a 32-byte digest. High-s signatures are rejected (libsecp256k1
 * policy). Returns false, never throws, for malformed signatures or keys.
 * @example ecdsaVerify(pub, digest, sig) // true
 */
export function ecdsaVerify(pub: Uint8Array, digest: Uint8Array, sig: Uint8Array): boolean {
  abytes(digest, 32, 'digest');
  if (!(pub instanceof Uint8Array) || !(sig instanceof Uint8Array)) return false;
  if (pub.length !== 33 && pub.length !== 65) return false;
  const parts = splitSignature(sig);
  if (!parts) return false;
  try {
    return native.ecdsaVerify(parts.compact, digest, pub);
  } catch {
    return false; // unparsable point or r/s >= n
  }
}

/**
 * Recover the 33-byte compressed public key from a 65-byte r||s||v signature and
 * its 32-byte digest (SEC1 §4.1.6). Throws CustosError E_BAD_SIGNATURE when the
 * signature is malformed or no key can be recovered.
 * @example equalBytes(ecdsaRecover(ecdsaSign(sk, d), d), publicKey(sk)) // true
 */
export function ecdsaRecover(sig: Uint8Array, digest: Uint8Array): Uint8Array {
  abytes(digest, 32, 'digest');
  abytes(sig, undefined, 'signature');
  const parts = sig.length === 65 ? splitSignature(sig) : undefined;
  if (!parts || parts.recid === undefined) {
    throw new CustosError('E_BAD_SIGNATURE', 'signature: expected 65 bytes r||s||v with v in 27..30', {
      field: 'signature',
    });
  }
  try {
    return Uint8Array.from(native.ecdsaRecover(parts.compact, parts.recid, digest, true));
  } catch (e) {
    throw new CustosError(
      'E_BAD_SIGNATURE',
      'signature: public key not recoverable',
      { field: 'signature' },
      {
        cause: e,
      },
    );
  }
}

/**
 * 32-byte x-only public key (BIP340 "PubKey(sk)").
 * @example schnorrPublicKey(secret).length // 32
 */
export function schnorrPublicKey(secret: Uint8Array): Uint8Array {
  assertSecret(secret);
  return schnorr.getPublicKey(secret);
}

/**
 * BIP340 Schnorr signature (BIP340 "Default Signing") over a message of any
 * length. `auxRand` (32 bytes) defaults to fresh node:crypto randomness.
 * @example schnorrSign(secret, msg).length // 64
 */
export function schnorrSign(secret: Uint8Array, message: Uint8Array, auxRand?: Uint8Array): Uint8Array {
  assertSecret(secret);
  abytes(message, undefined, 'message');
  const aux = auxRand === undefined ? Uint8Array.from(randomBytes(32)) : abytes(auxRand, 32, 'auxRand');
  return schnorr.sign(message, secret, aux);
}

/**
 * BIP340 verification with a 32-byte x-only key. A 33-byte compressed key is also
 * accepted and reduced to its x coordinate (BIP340 keys are x-only; the signer
 * negates its secret for odd y). Returns false, never throws, for malformed input.
 * @example schnorrVerify(schnorrPublicKey(sk), msg, schnorrSign(sk, msg)) // true
 */
export function schnorrVerify(pub: Uint8Array, message: Uint8Array, sig: Uint8Array): boolean {
  abytes(message, undefined, 'message');
  if (!(pub instanceof Uint8Array) || !(sig instanceof Uint8Array) || sig.length !== 64) return false;
  let xOnly: Uint8Array;
  if (pub.length === 32) xOnly = pub;
  else if (pub.length === 33 && (pub[0] === 2 || pub[0] === 3)) xOnly = pub.subarray(1);
  else return false;
  try {
    return schnorr.verify(sig, message, xOnly);
  } catch {
    return false;
  }
}

// ---- BIP341/BIP86 key-path Taproot (no script tree) ----

/**
 * BIP341 `taproot_tweak_*` scalar for a key-path-only output: t = int(hash_TapTweak(x(P))),
 * with an empty merkle root (BIP86). `Fn.fromBytes` rejects t >= n, as BIP341 requires.
 */
function tapTweakScalar(xOnly: Uint8Array): bigint {
  return secp256k1.Point.Fn.fromBytes(schnorr.utils.taggedHash('TapTweak', xOnly));
}

/**
 * 32-byte x-only Taproot output key Q = lift_x(x(P)) + t·G for a BIP86 key-path-only
 * output (BIP341 `taproot_tweak_pubkey` with no script tree); the witness program of
 * the key's `bitcoinP2tr` address. Throws CustosError E_BAD_INPUT for a bad key.
 * @example toHex(taprootOutputKey(pub)) // equals p2tr(pub.subarray(1)).tweakedPubkey
 */
export function taprootOutputKey(publicKey33: Uint8Array): Uint8Array {
  abytes(publicKey33, undefined, 'publicKey');
  let P: InstanceType<typeof secp256k1.Point>;
  try {
    if (publicKey33.length !== 33) throw new RangeError('not 33 bytes');
    P = secp256k1.Point.fromBytes(publicKey33);
  } catch (e) {
    throw badInput('publicKey: expected a 33-byte compressed secp256k1 point', { field: 'publicKey' }, { cause: e });
  }
  // lift_x(x(P)) is the even-y point with P's x: P itself or its negation (compressed prefix 0x02 = even y).
  const even = publicKey33[0] === 2 ? P : P.negate();
  const Q = even.add(secp256k1.Point.BASE.multiply(tapTweakScalar(publicKey33.subarray(1))));
  return schnorr.utils.pointToBytes(Q);
}

/**
 * BIP340 signature with the BIP341/BIP86 key-path tweaked secret (no script tree):
 * d = secret, negated when P = d·G has odd y (BIP340 keys are x-only), then
 * d' = d + t mod n with t = hash_TapTweak(x(P)); `schnorr.sign` negates d' again when
 * the output key Q = d'·G has odd y. Verifies under `taprootOutputKey(publicKey(secret))`.
 * `message32` is the 32-byte BIP341 SigHash; `auxRand` (32 bytes) defaults to fresh
 * node:crypto randomness. The tweaked secret's byte copy is zeroed after use
 * (bigint intermediates cannot be).
 * @example schnorrVerify(taprootOutputKey(publicKey(sk)), m, schnorrSignTaprootKeyPath(sk, m)) // true
 */
export function schnorrSignTaprootKeyPath(secret: Uint8Array, message32: Uint8Array, auxRand?: Uint8Array): Uint8Array {
  assertSecret(secret);
  abytes(message32, 32, 'message');
  const aux = auxRand === undefined ? Uint8Array.from(randomBytes(32)) : abytes(auxRand, 32, 'auxRand');
  const { Fn, BASE } = secp256k1.Point;
  const d0 = Fn.fromBytes(secret);
  const P = BASE.multiply(d0).toBytes(true);
  const d = P[0] === 2 ? d0 : Fn.neg(d0);
  const tweaked = Fn.add(d, tapTweakScalar(P.subarray(1)));
  if (Fn.is0(tweaked)) throw new RangeError('secretKey: tweaked key is zero');
  const tweakedBytes = Fn.toBytes(tweaked);
  try {
    return schnorr.sign(message32, tweakedBytes, aux);
  } finally {
    clean(tweakedBytes);
  }
}
