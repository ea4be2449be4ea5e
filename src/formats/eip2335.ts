/**
 * EIP-2335 BLS12-381 keystore (version 4): the encrypted validator secret used
 * by Ethereum consensus clients and staking-deposit-cli.
 * KDF scrypt or PBKDF2-HMAC-SHA256, checksum sha256(dk[16..32] || ciphertext),
 * cipher AES-128-CTR. Spec: https://eips.ethereum.org/EIPS/eip-2335
 */
import { randomUUID } from 'node:crypto';
import { bls12_381 } from '@noble/curves/bls12-381.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { badInput } from '../errors.js';
import { clean, toHex, utf8 } from '../crypto/bytes.js';
import { parsePath } from '../hd/path.js';
import {
  type KdfParams,
  badKeystore,
  getObject,
  getString,
  hexField,
  kdfParamsJson,
  newPbkdf2Params,
  newScryptParams,
  openSecret,
  parseKeystoreJson,
  readKdfParams,
  sealSecret,
} from './keystore-crypto.js';

/** Options for {@link encryptEip2335}. */
export interface EncryptEip2335Options {
  /** EIP-2334 path the key was derived at, or '' for a non-derived key. */
  path: string;
  /** Hex (0x optional) 48-byte compressed G1 public key; must match the secret. */
  pubkey: string;
  /** KDF (default scrypt, as in the spec's first test vector). */
  kdf?: 'scrypt' | 'pbkdf2';
  /** scrypt N = 2^scryptLogN with r=8 p=1 (default 18 = spec's 262144). */
  scryptLogN?: number;
  /** PBKDF2 iterations (default 262144, as in the spec's test vector). */
  pbkdf2Iterations?: number;
  /** Free-text description stored in the file (public). */
  description?: string;
}

/** BLS12-381 scalar field order r: a secret key is an integer in [1, r). */
const BLS_ORDER = bls12_381.fields.Fr.ORDER;

/**
 * EIP-2335 §"Password requirements": NFKD, then drop C0 (U+0000-U+001F),
 * DEL (U+007F) and C1 (U+0080-U+009F) control codes, then UTF-8.
 */
export function normalizeEip2335Password(password: string): Uint8Array {
  if (typeof password !== 'string') throw badInput('password: expected a string', { field: 'password' });
  if (/\p{Surrogate}/u.test(password)) throw badInput('password: not well-formed Unicode', { field: 'password' });
  return utf8(password.normalize('NFKD').replace(/[\u0000-\u001f\u007f-\u009f]/g, ''));
}

function blsPubkey(secret: Uint8Array): string {
  return toHex(bls12_381.longSignatures.getPublicKey(secret).toBytes(true));
}

function isBlsSecret(secret: Uint8Array): boolean {
  if (secret.length !== 32) return false;
  const n = BigInt('0x' + toHex(secret));
  return n > 0n && n < BLS_ORDER;
}

/**
 * Decrypt an EIP-2335 keystore (JSON text or parsed object) to its 32-byte
 * big-endian BLS secret key. When the file carries `pubkey`, it must match.
 * Errors: malformed/unsupported/over-limit file -> E_BAD_KEYSTORE naming the
 * field; wrong password (checksum mismatch) -> E_BAD_KEYSTORE_PASSWORD.
 *
 * @example
 *   const sk = decryptEip2335(fs.readFileSync('keystore-m_12381_3600_0_0_0.json', 'utf8'), pw);
 */
export function decryptEip2335(json: string | object, password: string): Uint8Array {
  const pw = normalizeEip2335Password(password);
  try {
    const ks = parseKeystoreJson(json);
    if (ks['version'] !== 4) throw badKeystore('version', 'expected 4');
    const c = getObject(ks, 'crypto', 'crypto');
    const kdf = getObject(c, 'kdf', 'crypto.kdf');
    const checksum = getObject(c, 'checksum', 'crypto.checksum');
    const cipher = getObject(c, 'cipher', 'crypto.cipher');
    const kdfParams: KdfParams = readKdfParams(kdf['function'], getObject(kdf, 'params', 'crypto.kdf.params'), 'crypto.kdf.params', 'crypto.kdf.function');
    if (getString(checksum, 'function', 'crypto.checksum.function') !== 'sha256') {
      throw badKeystore('crypto.checksum.function', 'unsupported checksum (sha256 only)');
    }
    const mac = hexField(getString(checksum, 'message', 'crypto.checksum.message'), 'crypto.checksum.message', 32);
    if (getString(cipher, 'function', 'crypto.cipher.function') !== 'aes-128-ctr') {
      throw badKeystore('crypto.cipher.function', 'unsupported cipher (aes-128-ctr only)');
    }
    const cipherParams = getObject(cipher, 'params', 'crypto.cipher.params');
    const iv = hexField(getString(cipherParams, 'iv', 'crypto.cipher.params.iv'), 'crypto.cipher.params.iv', 16);
    const ciphertext = hexField(getString(cipher, 'message', 'crypto.cipher.message'), 'crypto.cipher.message', 32);
    let pubkey: string | undefined;
    if (ks['pubkey'] !== undefined && ks['pubkey'] !== '') {
      pubkey = toHex(hexField(getString(ks, 'pubkey', 'pubkey'), 'pubkey', 48));
    }
    const secret = openSecret(pw, kdfParams, iv, ciphertext, mac, sha256);
    if (!isBlsSecret(secret)) {
      clean(secret);
      throw badKeystore('crypto.cipher.message', 'decrypts to an invalid BLS12-381 secret key');
    }
    if (pubkey !== undefined && blsPubkey(secret) !== pubkey) {
      clean(secret);
      throw badKeystore('pubkey', 'does not match the decrypted secret key');
    }
    return secret;
  } finally {
    clean(pw);
  }
}

/**
 * Encrypt a 32-byte big-endian BLS secret key as an EIP-2335 keystore object
 * (version 4, random salt, IV and UUID). Serialise with JSON.stringify.
 *
 * @example
 *   encryptEip2335(sk, pw, { path: 'm/12381/3600/0/0/0', pubkey: '0xa0b1...' })
 */
export function encryptEip2335(secret: Uint8Array, password: string, opts: EncryptEip2335Options): object {
  if (!(secret instanceof Uint8Array) || !isBlsSecret(secret)) {
    throw badInput('secret: expected a 32-byte BLS12-381 secret key (1 <= sk < r)', { field: 'secret' });
  }
  if (typeof opts !== 'object' || opts === null) throw badInput('opts: expected an object', { field: 'opts' });
  if (typeof opts.path !== 'string') throw badInput('path: expected a string', { field: 'path' });
  const path = opts.path === '' ? '' : parsePath(opts.path, 'eip2334').text;
  const m = typeof opts.pubkey === 'string' ? /^(?:0x)?([0-9a-fA-F]{96})$/.exec(opts.pubkey) : null;
  if (!m) throw badInput('pubkey: expected 48 bytes of hex', { field: 'pubkey' });
  const pubkey = (m[1] ?? '').toLowerCase();
  if (pubkey !== blsPubkey(secret)) throw badInput('pubkey: does not match the secret key', { field: 'pubkey' });
  if (opts.description !== undefined && typeof opts.description !== 'string') {
    throw badInput('description: expected a string', { field: 'description' });
  }
  const kdfName = opts.kdf ?? 'scrypt';
  let kdf: KdfParams;
  if (kdfName === 'scrypt') kdf = newScryptParams(opts.scryptLogN ?? 18);
  else if (kdfName === 'pbkdf2') kdf = newPbkdf2Params(opts.pbkdf2Iterations ?? 262144);
  else throw badInput('kdf: expected "scrypt" or "pbkdf2"', { field: 'kdf' });
  const pw = normalizeEip2335Password(password);
  try {
    const sealed = sealSecret(pw, kdf, secret, sha256);
    return {
      crypto: {
        kdf: { function: kdf.kdf, params: kdfParamsJson(kdf), message: '' },
        checksum: { function: 'sha256', params: {}, message: sealed.mac },
        cipher: { function: 'aes-128-ctr', params: { iv: sealed.iv }, message: sealed.ciphertext },
      },
      ...(opts.description !== undefined ? { description: opts.description } : {}),
      pubkey,
      path,
      uuid: randomUUID(),
      version: 4,
    };
  } finally {
    clean(pw);
  }
}

/** The key tag that keeps the EIP-2334 path an imported keystore declares (the keymanager API's `derivation_path`). */
export const ETH2_PATH_TAG = 'eth2-path';

/** A keystore's declared EIP-2334 `path`, normalised, or null when it has none or one that is not a path (it is informational). */
export function eip2335Path(content: string): string | null {
  try {
    const p = (JSON.parse(content) as { path?: unknown } | null)?.path;
    return typeof p === 'string' && p !== '' && p.length <= 256 ? parsePath(p, 'eip2334').text : null;
  } catch {
    return null;
  }
}
