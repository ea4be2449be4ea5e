/**
 * KDF + cipher + MAC plumbing shared by the Web3 Secret Storage v3 and
 * EIP-2335 keystore formats. Both do:
 *   dk  = KDF(password, salt)                       (scrypt or PBKDF2-HMAC-SHA256, dklen 32)
 *   mac = H(dk[16..32] || ciphertext)               (v3: keccak-256, EIP-2335: sha256)
 *   ct  = AES-128-CTR(key = dk[0..16], iv, secret)
 * and differ only in JSON layout, password normalisation and H.
 * KDF parameters read from files are bounded to refuse denial-of-service files.
 */
import { createCipheriv, pbkdf2Sync, randomBytes } from 'node:crypto';
import { scrypt } from '@noble/hashes/scrypt.js';
import { CustosError, badInput } from '../errors.js';
import { clean, concatBytes, equalBytes, fromHex, toHex } from '../crypto/bytes.js';

/** Upper bounds on KDF cost accepted from a file (decryption) or an option (encryption). */
export const KDF_LIMITS = {
  /** scrypt N <= 2^20 (the standard is 2^18). */
  scryptMaxLogN: 20,
  /** scrypt memory 128 * r * N <= 1 GiB. */
  scryptMaxMemory: 2 ** 30,
  /** scrypt work N * r * p <= 2^24 (standard files: 2^21). */
  scryptMaxWork: 2 ** 24,
  /** PBKDF2 iteration count c <= 10^7 (the standard is 262144). */
  pbkdf2MaxIterations: 10_000_000,
  /** Salt 1..1024 bytes. */
  maxSaltBytes: 1024,
} as const;

/** The only derived-key length either format uses (MAC key = dk[16..32]). */
export const DKLEN = 32;

/** Validated KDF parameters. */
export type KdfParams =
  | { kdf: 'scrypt'; n: number; r: number; p: number; dklen: number; salt: Uint8Array }
  | { kdf: 'pbkdf2'; c: number; prf: 'hmac-sha256'; dklen: number; salt: Uint8Array };

/** Hash used for the MAC/checksum: keccak-256 (v3) or sha256 (EIP-2335). */
export type MacHash = (data: Uint8Array) => Uint8Array;

/** Encrypted payload, all hex without 0x. */
export interface Sealed {
  iv: string;
  ciphertext: string;
  mac: string;
}

/** E_BAD_KEYSTORE naming the field (never a value). */
export function badKeystore(field: string, problem: string): CustosError {
  return new CustosError('E_BAD_KEYSTORE', `${field}: ${problem}`, { field });
}

/** Plain-object check for parsed JSON nodes. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Read `obj[key]` as a JSON object or throw E_BAD_KEYSTORE naming `field`. */
export function getObject(obj: Record<string, unknown>, key: string, field: string): Record<string, unknown> {
  const v = obj[key];
  if (!isRecord(v)) throw badKeystore(field, v === undefined ? 'missing' : 'expected an object');
  return v;
}

/** Read `obj[key]` as a string or throw E_BAD_KEYSTORE naming `field`. */
export function getString(obj: Record<string, unknown>, key: string, field: string): string {
  const v = obj[key];
  if (typeof v !== 'string') throw badKeystore(field, v === undefined ? 'missing' : 'expected a string');
  return v;
}

/** Parse a keystore given as JSON text or an already-parsed object. */
export function parseKeystoreJson(json: string | object): Record<string, unknown> {
  let v: unknown = json;
  if (typeof json === 'string') {
    if (json.length > 1_000_000) throw badKeystore('keystore', 'larger than 1 MB');
    try {
      v = JSON.parse(json);
    } catch {
      throw badKeystore('keystore', 'not valid JSON');
    }
  }
  if (!isRecord(v)) throw badKeystore('keystore', 'expected a JSON object');
  return v;
}

/** Hex field -> bytes (optionally exact length), E_BAD_KEYSTORE naming the field. */
export function hexField(value: string, field: string, length?: number): Uint8Array {
  let b: Uint8Array;
  try {
    b = fromHex(value, field);
  } catch {
    throw badKeystore(field, 'not valid hex');
  }
  if (length !== undefined && b.length !== length) throw badKeystore(field, `expected ${length} bytes, got ${b.length}`);
  return b;
}

function intField(v: unknown, field: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw badKeystore(field, v === undefined ? 'missing' : 'expected an integer');
  if (v < min || v > max) throw badKeystore(field, `must be between ${min} and ${max}`);
  return v;
}

/**
 * Validate KDF parameters read from a file. `field` prefixes names in errors
 * (e.g. `crypto.kdfparams`). Throws E_BAD_KEYSTORE for an unknown KDF, missing
 * or malformed fields, dklen != 32, or cost above {@link KDF_LIMITS}.
 */
export function readKdfParams(kdf: unknown, params: Record<string, unknown>, field: string, kdfField: string): KdfParams {
  const saltHex = getString(params, 'salt', `${field}.salt`);
  const salt = hexField(saltHex, `${field}.salt`);
  if (salt.length < 1 || salt.length > KDF_LIMITS.maxSaltBytes) {
    throw badKeystore(`${field}.salt`, `expected 1..${KDF_LIMITS.maxSaltBytes} bytes`);
  }
  const dklen = intField(params['dklen'], `${field}.dklen`, DKLEN, DKLEN);
  if (kdf === 'scrypt') {
    const n = intField(params['n'], `${field}.n`, 2, 2 ** KDF_LIMITS.scryptMaxLogN);
    if ((n & (n - 1)) !== 0) throw badKeystore(`${field}.n`, 'must be a power of two');
    const r = intField(params['r'], `${field}.r`, 1, 1024);
    const p = intField(params['p'], `${field}.p`, 1, 1024);
    if (128 * r * n > KDF_LIMITS.scryptMaxMemory) throw badKeystore(`${field}.r`, 'scrypt memory 128*r*n above 1 GiB');
    if (n * r * p > KDF_LIMITS.scryptMaxWork) throw badKeystore(`${field}.p`, 'scrypt work n*r*p above 2^24');
    return { kdf: 'scrypt', n, r, p, dklen, salt };
  }
  if (kdf === 'pbkdf2') {
    const c = intField(params['c'], `${field}.c`, 1, KDF_LIMITS.pbkdf2MaxIterations);
    const prf = params['prf'];
    // EIP-2335 writes "prf": "hmac-sha256" too; v3 requires it.
    if (prf !== 'hmac-sha256') throw badKeystore(`${field}.prf`, 'only hmac-sha256 is supported');
    return { kdf: 'pbkdf2', c, prf, dklen, salt };
  }
  throw badKeystore(kdfField, typeof kdf === 'string' ? 'unsupported KDF (scrypt or pbkdf2)' : 'missing');
}

/** Fresh scrypt parameters (r = 8, p = 1, dklen 32, random 32-byte salt). */
export function newScryptParams(logN: number): KdfParams {
  if (!Number.isSafeInteger(logN) || logN < 1 || logN > KDF_LIMITS.scryptMaxLogN) {
    throw badInput(`scryptLogN: expected 1..${KDF_LIMITS.scryptMaxLogN}`, { field: 'scryptLogN' });
  }
  return { kdf: 'scrypt', n: 2 ** logN, r: 8, p: 1, dklen: DKLEN, salt: Uint8Array.from(randomBytes(32)) };
}

/** Fresh PBKDF2-HMAC-SHA256 parameters (dklen 32, random 32-byte salt). */
export function newPbkdf2Params(c: number): KdfParams {
  if (!Number.isSafeInteger(c) || c < 1 || c > KDF_LIMITS.pbkdf2MaxIterations) {
    throw badInput(`pbkdf2Iterations: expected 1..${KDF_LIMITS.pbkdf2MaxIterations}`, {
      field: 'pbkdf2Iterations',
    });
  }
  return { kdf: 'pbkdf2', c, prf: 'hmac-sha256', dklen: DKLEN, salt: Uint8Array.from(randomBytes(32)) };
}

/** KDF parameters as they appear in JSON (salt hex, without the KDF name). */
export function kdfParamsJson(k: KdfParams): Record<string, string | number> {
  return k.kdf === 'scrypt' ? { dklen: k.dklen, n: k.n, r: k.r, p: k.p, salt: toHex(k.salt) } : { dklen: k.dklen, c: k.c, prf: k.prf, salt: toHex(k.salt) };
}

/**
 * Derived key. scrypt runs in @noble/hashes (node:crypto's OpenSSL scrypt
 * refuses N >= 2^(16r), e.g. the standard v3 vector N=2^18 r=1); PBKDF2 in node:crypto.
 */
export function deriveKey(password: Uint8Array, k: KdfParams): Uint8Array {
  if (k.kdf === 'scrypt') {
    return scrypt(password, k.salt, { N: k.n, r: k.r, p: k.p, dkLen: k.dklen, maxmem: 2 * KDF_LIMITS.scryptMaxMemory });
  }
  const buf = pbkdf2Sync(password, k.salt, k.c, k.dklen, 'sha256');
  const out = Uint8Array.from(buf);
  buf.fill(0);
  return out;
}

function aes128ctr(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array {
  const c = createCipheriv('aes-128-ctr', key.subarray(0, 16), iv);
  const parts = [c.update(data), c.final()];
  const out = concatBytes(...parts);
  for (const p of parts) p.fill(0);
  return out;
}

/** MAC = H(dk[16..32] || ciphertext) (Web3 Secret Storage "MAC"; EIP-2335 §"Checksum"). */
function macOf(hash: MacHash, dk: Uint8Array, ciphertext: Uint8Array): Uint8Array {
  return hash(concatBytes(dk.subarray(16, 32), ciphertext));
}

/**
 * Derive, check the MAC in constant time, then decrypt. Wrong password (MAC
 * mismatch) -> E_BAD_KEYSTORE_PASSWORD. The caller owns (and should clean) the result.
 */
export function openSecret(password: Uint8Array, k: KdfParams, iv: Uint8Array, ciphertext: Uint8Array, mac: Uint8Array, hash: MacHash): Uint8Array {
  const dk = deriveKey(password, k);
  try {
    if (!equalBytes(macOf(hash, dk, ciphertext), mac)) {
      throw new CustosError('E_BAD_KEYSTORE_PASSWORD', 'wrong keystore password (MAC mismatch)');
    }
    return aes128ctr(dk, iv, ciphertext);
  } finally {
    clean(dk);
  }
}

/** Encrypt `secret` under `password` with fresh 16-byte IV; returns hex fields. */
export function sealSecret(password: Uint8Array, k: KdfParams, secret: Uint8Array, hash: MacHash): Sealed {
  const dk = deriveKey(password, k);
  try {
    const iv = Uint8Array.from(randomBytes(16));
    const ct = aes128ctr(dk, iv, secret);
    return { iv: toHex(iv), ciphertext: toHex(ct), mac: toHex(macOf(hash, dk, ct)) };
  } finally {
    clean(dk);
  }
}
