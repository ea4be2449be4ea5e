/**
 * Ethereum Web3 Secret Storage Definition, version 3 ("UTC--..." keystore files)
 * holding one secp256k1 private key. KDF scrypt or PBKDF2-HMAC-SHA256,
 * cipher AES-128-CTR, MAC = keccak-256(dk[16..32] || ciphertext).
 * Spec: https://ethereum.org/en/developers/docs/data-structures-and-encoding/web3-secret-storage/
 */
import { randomUUID } from 'node:crypto';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { badInput } from '../errors.js';
import { clean, toHex, utf8 } from '../crypto/bytes.js';
import {
  badKeystore,
  getObject,
  getString,
  hexField,
  kdfParamsJson,
  newScryptParams,
  openSecret,
  parseKeystoreJson,
  readKdfParams,
  sealSecret,
} from './keystore-crypto.js';

/** Options for {@link encryptKeystoreV3}. */
export interface EncryptKeystoreV3Options {
  /** scrypt N = 2^scryptLogN (default 18, the geth "standard" setting; max 20). */
  scryptLogN?: number;
  /** Ethereum address of the key (hex, 0x optional); checked against the key and stored lowercase without 0x. */
  address?: string;
  /** RFC 4122 UUID for the `id` field (default: random v4). */
  uuid?: string;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ethereum address (20 bytes, lowercase hex, no 0x) = keccak-256(uncompressed pubkey without 0x04)[12..32]. */
function addressOf(secret: Uint8Array): string {
  return toHex(keccak_256(secp256k1.getPublicKey(secret, false).subarray(1)).subarray(12));
}

function passwordBytes(password: string): Uint8Array {
  if (typeof password !== 'string') throw badInput('password: expected a string', { field: 'password' });
  // v3 keystores hash the password's UTF-8 bytes as-is (geth, ethers, web3.py): no normalisation.
  return utf8(password);
}

/**
 * Decrypt a v3 keystore (JSON text or parsed object) to its 32-byte secp256k1
 * private key. Accepts `crypto` or `Crypto` (MyEtherWallet). If the file has an
 * `address`, it must match the decrypted key.
 * Errors: malformed/unsupported/over-limit file -> E_BAD_KEYSTORE naming the
 * field; wrong password (MAC mismatch) -> E_BAD_KEYSTORE_PASSWORD.
 *
 * @example
 *   const sk = decryptKeystoreV3(fs.readFileSync('UTC--...json', 'utf8'), 'password');
 */
export function decryptKeystoreV3(json: string | object, password: string): Uint8Array {
  const pw = passwordBytes(password);
  const ks = parseKeystoreJson(json);
  if (ks['version'] !== 3) throw badKeystore('version', 'expected 3');
  const cryptoKey = ks['crypto'] !== undefined ? 'crypto' : 'Crypto';
  const c = getObject(ks, cryptoKey, 'crypto');
  const cipher = getString(c, 'cipher', 'crypto.cipher');
  if (cipher !== 'aes-128-ctr') throw badKeystore('crypto.cipher', 'unsupported cipher (aes-128-ctr only)');
  const iv = hexField(getString(getObject(c, 'cipherparams', 'crypto.cipherparams'), 'iv', 'crypto.cipherparams.iv'), 'crypto.cipherparams.iv', 16);
  const ciphertext = hexField(getString(c, 'ciphertext', 'crypto.ciphertext'), 'crypto.ciphertext', 32);
  const mac = hexField(getString(c, 'mac', 'crypto.mac'), 'crypto.mac', 32);
  const kdfParams = readKdfParams(c['kdf'], getObject(c, 'kdfparams', 'crypto.kdfparams'), 'crypto.kdfparams', 'crypto.kdf');
  let expectedAddress: string | undefined;
  if (ks['address'] !== undefined) {
    expectedAddress = toHex(hexField(getString(ks, 'address', 'address'), 'address', 20));
  }
  try {
    const secret = openSecret(pw, kdfParams, iv, ciphertext, mac, keccak_256);
    if (!secp256k1.utils.isValidSecretKey(secret)) {
      clean(secret);
      throw badKeystore('crypto.ciphertext', 'decrypts to an invalid secp256k1 private key');
    }
    if (expectedAddress !== undefined && addressOf(secret) !== expectedAddress) {
      clean(secret);
      throw badKeystore('address', 'does not match the decrypted key');
    }
    return secret;
  } finally {
    clean(pw);
  }
}

/**
 * Encrypt a 32-byte secp256k1 private key as a v3 keystore object (scrypt
 * r=8 p=1 dklen=32, random salt, IV and UUID). Serialise with JSON.stringify.
 *
 * @example
 *   const ks = encryptKeystoreV3(sk, 'password', { address: '0x008aeeda...' });
 */
export function encryptKeystoreV3(secret: Uint8Array, password: string, opts: EncryptKeystoreV3Options = {}): object {
  if (!(secret instanceof Uint8Array) || secret.length !== 32) {
    throw badInput('secret: expected 32 bytes', { field: 'secret' });
  }
  if (!secp256k1.utils.isValidSecretKey(secret)) throw badInput('secret: not a valid secp256k1 private key', { field: 'secret' });
  const uuid = opts.uuid ?? randomUUID();
  if (typeof uuid !== 'string' || !UUID_RE.test(uuid)) throw badInput('uuid: expected an RFC 4122 UUID', { field: 'uuid' });
  let address: string | undefined;
  if (opts.address !== undefined) {
    const m = typeof opts.address === 'string' ? /^(?:0x)?([0-9a-fA-F]{40})$/.exec(opts.address) : null;
    if (!m) throw badInput('address: expected 20 bytes of hex', { field: 'address' });
    address = (m[1] ?? '').toLowerCase();
    if (address !== addressOf(secret)) throw badInput('address: does not match the secret key', { field: 'address' });
  }
  const kdf = newScryptParams(opts.scryptLogN ?? 18);
  const pw = passwordBytes(password);
  try {
    const sealed = sealSecret(pw, kdf, secret, keccak_256);
    return {
      version: 3,
      id: uuid.toLowerCase(),
      ...(address !== undefined ? { address } : {}),
      crypto: {
        ciphertext: sealed.ciphertext,
        cipherparams: { iv: sealed.iv },
        cipher: 'aes-128-ctr',
        kdf: 'scrypt',
        kdfparams: kdfParamsJson(kdf),
        mac: sealed.mac,
      },
    };
  } finally {
    clean(pw);
  }
}
