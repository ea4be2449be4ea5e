/**
 * What exactly gets signed. secp256k1 ECDSA signs a 32-byte digest: given as
 * is, or SHA-256 (default) / Keccak-256 of a message. BIP340, Ed25519 (RFC
 * 8032), BLS (eth2 POP) and ML-DSA-65 (FIPS 204) sign the message bytes.
 */
import { createHash } from 'node:crypto';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { CustosError, badInput } from '../errors.js';
import type { SignatureScheme } from '../crypto/algorithms.js';

export type MessageHash = 'sha256' | 'keccak256';

export interface SignInput {
  digest?: Uint8Array;
  message?: Uint8Array;
  hash?: MessageHash;
}

export function parseHash(s: string): MessageHash {
  if (s === 'sha256' || s === 'keccak256') return s;
  throw new CustosError('E_UNSUPPORTED', `unknown hash "${s}" (expected sha256 or keccak256)`);
}

export function signingBytes(scheme: SignatureScheme, input: SignInput): Uint8Array {
  const { digest, message, hash } = input;
  if ((digest === undefined) === (message === undefined)) throw badInput('give exactly one of a digest or a message');
  if (scheme === 'ecdsa') {
    if (digest) {
      if (hash) throw badInput('--hash applies to messages, not digests');
      if (digest.length !== 32) throw badInput(`an ECDSA digest must be 32 bytes, got ${digest.length}`, { field: 'digest' });
      return digest;
    }
    return hash === 'keccak256' ? keccak_256(message!) : new Uint8Array(createHash('sha256').update(message!).digest());
  }
  if (hash) throw badInput(`--hash applies to secp256k1 ECDSA only; ${scheme} signs the message itself`);
  if (digest) {
    if (scheme === 'bip340' || scheme === 'bip340-taproot') return digest;
    throw badInput(`${scheme} signs messages, not digests: give the message`, { field: 'digest' });
  }
  return message!;
}
