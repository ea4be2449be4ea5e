/**
 * Hierarchical deterministic key derivation from a seed, one scheme per curve:
 * - secp256k1: BIP-32 (@scure/bip32)
 * - ed25519:   SLIP-10, hardened-only (micro-key-producer/slip10.js)
 * - bls12-381: EIP-2333 tree KDF over EIP-2334 paths (micro-key-producer/bls.js)
 * Intermediate keys are zeroed as the walk goes; callers own the returned secret.
 */
import { HDKey as Bip32Key } from '@scure/bip32';
import { HDKey as Slip10Key } from 'micro-key-producer/slip10.js';
import { deriveChild as blsDeriveChild, deriveMaster as blsDeriveMaster } from 'micro-key-producer/bls.js';
import { CustosError, badInput } from '../errors.js';
import { clean, copyBytes } from '../crypto/bytes.js';
import { parsePath } from './path.js';

/** Curves custos derives keys for. */
export type Curve = 'secp256k1' | 'ed25519' | 'bls12-381';

/** BIP-32 §"Master key generation": seed between 128 and 512 bits. */
const MIN_SEED = 16;
const MAX_SEED = 64;
/** EIP-2333 §"derive_master_SK": "seed ... MUST be at least 256 bits". */
const MIN_BLS_SEED = 32;

function checkSeed(seed: Uint8Array, min = MIN_SEED): Uint8Array {
  if (!(seed instanceof Uint8Array)) throw badInput('seed: expected bytes', { field: 'seed' });
  if (seed.length < min || seed.length > MAX_SEED) {
    throw badInput(`seed: expected ${min}..${MAX_SEED} bytes, got ${seed.length}`, { field: 'seed' });
  }
  return seed;
}

function bip32Master(seed: Uint8Array): Bip32Key {
  checkSeed(seed);
  try {
    return Bip32Key.fromMasterSeed(seed);
  } catch (e) {
    // BIP-32: "In case parse256(IL) is 0 or >= n, the master key is invalid." (p < 2^-127)
    throw badInput('seed: yields an invalid BIP-32 master key', { field: 'seed' }, { cause: e });
  }
}

/** Walk `indices` from `node`, wiping every intermediate private key (including `node`). */
function bip32Walk(node: Bip32Key, indices: number[]): Bip32Key {
  let cur = node;
  for (const index of indices) {
    const next = cur.deriveChild(index);
    cur.wipePrivateData();
    cur = next;
  }
  return cur;
}

function deriveSecp256k1(seed: Uint8Array, path: string): Uint8Array {
  const { indices } = parsePath(path, 'bip32');
  const node = bip32Walk(bip32Master(seed), indices);
  const sk = node.privateKey;
  node.wipePrivateData();
  if (!sk) throw new CustosError('E_INTERNAL', 'BIP-32 derivation produced no private key');
  return sk;
}

function deriveEd25519(seed: Uint8Array, path: string): Uint8Array {
  const parsed = parsePath(path, 'bip32');
  parsed.hardened.forEach((h, i) => {
    if (!h) {
      throw new CustosError(
        'E_BAD_PATH',
        `path component ${i + 1}: ed25519 (SLIP-10) supports hardened derivation only; write it as ${parsed.text.split('/')[i + 1]}'`,
        { component: i + 1 },
      );
    }
  });
  let node = Slip10Key.fromMasterSeed(checkSeed(seed));
  for (const index of parsed.indices) {
    const next = node.deriveChild(index);
    clean(node.privateKey, node.chainCode);
    node = next;
  }
  const sk = copyBytes(node.privateKey);
  clean(node.privateKey, node.chainCode);
  return sk;
}

function deriveBls(seed: Uint8Array, path: string): Uint8Array {
  const { indices } = parsePath(path, 'eip2334');
  let sk = blsDeriveMaster(checkSeed(seed, MIN_BLS_SEED));
  for (const index of indices) {
    const next = blsDeriveChild(sk, index);
    clean(sk);
    sk = next;
  }
  return sk;
}

/**
 * Derive the 32-byte private key at `path` for `curve`:
 * - secp256k1: BIP-32 §"Private parent key -> private child key".
 * - ed25519: SLIP-10 §"Private parent key -> private child key"; every index
 *   must be hardened, else E_BAD_PATH.
 * - bls12-381: EIP-2333 `derive_master_SK` / `derive_child_SK` along an
 *   EIP-2334 path of plain indices 0..2^32-1 (hardened markers: E_BAD_PATH);
 *   the secret is returned as I2OSP(SK, 32), big-endian. Seed must be >= 32 bytes.
 * Seed: 16..64 bytes (E_BAD_INPUT). Unknown curve: E_UNSUPPORTED.
 *
 * @example
 *   deriveSecret(seed, 'secp256k1', "m/44'/60'/0'/0/0")
 *   deriveSecret(seed, 'ed25519', "m/44'/501'/0'/0'")
 *   deriveSecret(seed, 'bls12-381', 'm/12381/3600/0/0/0')
 */
export function deriveSecret(seed: Uint8Array, curve: Curve, path: string): Uint8Array {
  switch (curve) {
    case 'secp256k1':
      return deriveSecp256k1(seed, path);
    case 'ed25519':
      return deriveEd25519(seed, path);
    case 'bls12-381':
      return deriveBls(seed, path);
    default:
      throw new CustosError('E_UNSUPPORTED', `curve: unsupported "${String(curve)}"`, { field: 'curve' });
  }
}

/**
 * BIP-32 master extended private key (`xprv...`, mainnet version 0x0488ADE4;
 * BIP-32 §"Serialization format"). This is a secret: treat the string as such.
 *
 * @example masterXprv(seed) // "xprv9s21ZrQH143K..."
 */
export function masterXprv(seed: Uint8Array): string {
  const node = bip32Master(seed);
  const xprv = node.privateExtendedKey;
  node.wipePrivateData();
  return xprv;
}

/**
 * BIP-32 extended public key (`xpub...`, mainnet version 0x0488B21E) of the
 * secp256k1 node at `path` (BIP-32 §"Serialization format").
 *
 * @example xpub(seed, "m/44'/0'/0'") // "xpub6..."
 */
export function xpub(seed: Uint8Array, path: string): string {
  const { indices } = parsePath(path, 'bip32');
  const node = bip32Walk(bip32Master(seed), indices);
  const out = node.publicExtendedKey;
  node.wipePrivateData();
  return out;
}

/**
 * Curve implied by a path's purpose: `m/12381/...` -> bls12-381 (EIP-2334),
 * `m/44'/501'/...` -> ed25519 (Solana, SLIP-44 coin 501), otherwise secp256k1.
 * Only the leading components are inspected; the full path is checked at derivation.
 *
 * @example defaultCurveForPath('m/12381/3600/0/0/0') // 'bls12-381'
 */
export function defaultCurveForPath(path: string): Curve {
  if (typeof path !== 'string') throw new CustosError('E_BAD_PATH', 'path: expected a string');
  const parts = path.split('/');
  const hard = (c: string | undefined, n: string): boolean => c !== undefined && /^\d+['hH]$/.test(c) && c.slice(0, -1) === n;
  if (parts[1] === '12381') return 'bls12-381';
  if (hard(parts[1], '44') && hard(parts[2], '501')) return 'ed25519';
  return 'secp256k1';
}
