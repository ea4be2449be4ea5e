/**
 * FROST ciphersuites custos supports (RFC 9591 §6), each a thin binding of the
 * generic @noble/curves FROST engine to one curve, plus how custos displays the
 * group key. The generic protocol layer lives in ./frost.ts.
 *
 * - `frost-ed25519`      FROST(Ed25519, SHA-512), RFC 9591 §6.1; output is a
 *                        standard RFC 8032 Ed25519 signature; key = 32 bytes.
 * - `frost-secp256k1`    FROST(secp256k1, SHA-256), RFC 9591 §6.5; 65-byte
 *                        signature (33-byte R || 32-byte z); key = 33-byte compressed.
 * - `frost-secp256k1-tr` FROST(secp256k1, SHA-256)-TR (frost-rs / BIP340 output,
 *                        not in RFC 9591): 64-byte BIP340 signature; key = 32-byte
 *                        x-only. DKG output is already TapTweaked with the empty
 *                        merkle root (BIP-86 key path), so the key shown IS the
 *                        Taproot output key: never tweak it again.
 *
 * @example
 *   const s = frostSuite('frost-ed25519');
 *   s.groupPublicKey(pub); // 32-byte Ed25519 public key
 */
import type { FROST, FrostPublic } from '@noble/curves/abstract/frost.js';
import { ed25519_FROST } from '@noble/curves/ed25519.js';
import { schnorr_FROST, secp256k1_FROST } from '@noble/curves/secp256k1.js';
import { ed25519Group } from '../crypto/ed25519-group.js';
import { secp256k1Group } from '../crypto/secp256k1-group.js';
import { CustosError, badInput } from '../errors.js';

export const FROST_SUITES = ['frost-ed25519', 'frost-secp256k1', 'frost-secp256k1-tr'] as const;
export type FrostSuite = (typeof FROST_SUITES)[number];

export interface FrostCiphersuite {
  readonly name: FrostSuite;
  /** The noble FROST engine for this ciphersuite. */
  readonly frost: FROST;
  /** The group key custody shows: ed25519 32 bytes, secp256k1 33 compressed, -tr 32 x-only. */
  groupPublicKey(pub: FrostPublic): Uint8Array;
  /** Throws unless `bytes` encode a valid non-identity group element (RFC 9591 §3.1 DeserializeElement). */
  assertElement(bytes: Uint8Array): void;
}

// DeserializeElement by the native backends (libsodium / libsecp256k1), which refuse at least
// what noble's fromBytes + identity + subgroup checks refuse (test/crypto/native-groups.test.ts).
const edElement = (b: Uint8Array): void => {
  if (!ed25519Group.isElement(b)) throw new Error('invalid element');
};
const k1Element = (b: Uint8Array): void => {
  if (!(b instanceof Uint8Array) || b.length !== 33) throw new Error('expected 33-byte compressed element');
  if (!secp256k1Group.isElement(b)) throw new Error('invalid element');
};
const first = (pub: FrostPublic): Uint8Array => {
  const pk = pub.commitments[0];
  if (!(pk instanceof Uint8Array)) throw badInput('FROST public package has no group key', { field: 'commitments' });
  return Uint8Array.from(pk);
};

const SUITES: Record<FrostSuite, FrostCiphersuite> = {
  'frost-ed25519': { name: 'frost-ed25519', frost: ed25519_FROST, groupPublicKey: first, assertElement: edElement },
  'frost-secp256k1': { name: 'frost-secp256k1', frost: secp256k1_FROST, groupPublicKey: first, assertElement: k1Element },
  'frost-secp256k1-tr': {
    name: 'frost-secp256k1-tr',
    frost: schnorr_FROST,
    groupPublicKey: (pub) => first(pub).subarray(1), // BIP340 x-only (drop the parity byte)
    assertElement: k1Element,
  },
};

/** Look up a suite by name; E_UNSUPPORTED for anything not in FROST_SUITES. */
export function frostSuite(name: string): FrostCiphersuite {
  const s = (SUITES as Record<string, FrostCiphersuite | undefined>)[name];
  if (!Object.hasOwn(SUITES, name) || s === undefined) {
    throw new CustosError('E_UNSUPPORTED', `unsupported FROST suite "${name}"`, { suite: name, supported: [...FROST_SUITES] });
  }
  return s;
}

/** A party's FROST identifier: derived from its identity (stable across refresh and reshare). */
export function identifierFor(suite: FrostSuite, identity: string): string {
  return frostSuite(suite).frost.Identifier.derive(`custos-party:${identity}`);
}
