/**
 * Chain addresses derived from a public key. Encoding only: hashing, Bitcoin
 * output scripts and the Taproot tweak come from @noble/hashes and
 * @scure/btc-signer; base58 from @scure/base.
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { base58 } from '@scure/base';
import { Address, NETWORK, p2tr, p2wpkh } from '@scure/btc-signer';
import { CustosError, badInput } from '../errors.js';
import type { Algorithm } from './algorithms.js';
import { toHex } from './bytes.js';
import { uncompressedPublicKey } from './secp256k1.js';

function checkPublicKey(pub: unknown, lengths: readonly number[]): Uint8Array {
  if (!(pub instanceof Uint8Array) || !lengths.includes(pub.length)) {
    throw badInput(`publicKey: expected ${lengths.join(' or ')} bytes`, { field: 'publicKey' });
  }
  return pub;
}

/**
 * Ethereum address of a secp256k1 public key (33 or 65 bytes): the last 20 bytes
 * of keccak256(x || y) (yellow paper eq. 284), EIP-55 mixed-case checksummed.
 * @example ethereumAddress(publicKeyOf(1n)) // '0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf'
 */
export function ethereumAddress(pub: Uint8Array): string {
  const id = toHex(pub);
  const known = recentAddresses.get(id);
  if (known !== undefined) return known;
  const full = uncompressedPublicKey(checkPublicKey(pub, [33, 65]));
  const address = checksumAddress(keccak_256(full.subarray(1)).subarray(12));
  if (recentAddresses.size >= RECENT_ADDRESSES) recentAddresses.clear();
  recentAddresses.set(id, address);
  return address;
}

/**
 * The addresses of recently seen public keys (a pure function's results, so nothing to invalidate): a key
 * created or imported has its address computed for the index, the audit event and the answer, and a
 * signature's view computes it again; two Keccak hashes and a point decompression each time otherwise.
 */
const recentAddresses = new Map<string, string>();
const RECENT_ADDRESSES = 4096;

/** EIP-55 mixed-case form of a 20-byte address. */
export function checksumAddress(address20: Uint8Array): string {
  const lower = toHex(checkPublicKey(address20, [20]));
  // EIP-55: uppercase hex letter i when nibble i of keccak256(lowercase ascii address) >= 8.
  const hash = toHex(keccak_256(new TextEncoder().encode(lower)));
  let out = '0x';
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i] as string;
    out += parseInt(hash[i] as string, 16) >= 8 ? c.toUpperCase() : c;
  }
  return out;
}

/**
 * Mainnet addresses for a public key, keyed by chain/format:
 * - secp256k1 (33-byte compressed; 65 accepted): `ethereum` (EIP-55),
 *   `bitcoinP2wpkh` (BIP 84/BIP 141 v0 `bc1q…`), `bitcoinP2tr` (BIP 86 key-path-only
 *   Taproot, BIP 341 tweak with no script tree, `bc1p…`).
 * - ed25519 (32 bytes): `solana` (base58 of the public key).
 * - frost-ed25519: `solana`; frost-secp256k1-tr (32-byte x-only output key): `bitcoinP2tr`.
 * - bls12-381, ml-dsa-65, frost-secp256k1: no addresses (`{}`).
 * @example addressesFor('ed25519', new Uint8Array(32)) // { solana: '11111111111111111111111111111111' }
 */
export function addressesFor(algorithm: Algorithm, publicKey: Uint8Array): Record<string, string> {
  switch (algorithm) {
    case 'secp256k1': {
      // A Safe account (src/safe/): its "public key" is the Safe's 20-byte address.
      if (publicKey.length === 20) return { ethereum: checksumAddress(publicKey) };
      const full = uncompressedPublicKey(checkPublicKey(publicKey, [33, 65]));
      const compressed = Uint8Array.of(((full[64] ?? 0) & 1) === 0 ? 2 : 3, ...full.subarray(1, 33));
      const p2wpkhAddr = p2wpkh(compressed, NETWORK).address;
      const p2trAddr = p2tr(compressed.subarray(1), undefined, NETWORK).address;
      if (!p2wpkhAddr || !p2trAddr) throw new Error('btc-signer returned no address');
      return { ethereum: ethereumAddress(full), bitcoinP2wpkh: p2wpkhAddr, bitcoinP2tr: p2trAddr };
    }
    case 'ed25519':
      return { solana: base58.encode(checkPublicKey(publicKey, [32])) };
    case 'frost-ed25519':
      return { solana: base58.encode(checkPublicKey(publicKey, [32])) };
    case 'frost-secp256k1-tr':
      // The FROST group key is already the BIP-86 output key (x-only): encode it as is, no second tweak.
      return { bitcoinP2tr: Address(NETWORK).encode({ type: 'tr', pubkey: checkPublicKey(publicKey, [32]) }) };
    case 'bls12-381':
    case 'ml-dsa-65':
    case 'frost-secp256k1':
      return {};
    default:
      throw new CustosError('E_UNSUPPORTED', `algorithm: unknown "${String(algorithm).slice(0, 64)}"`, {
        field: 'algorithm',
      });
  }
}
