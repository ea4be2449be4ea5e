/**
 * The native FROST ciphersuites: RFC 9591 §6.1 FROST(Ed25519, SHA-512), §6.5
 * FROST(secp256k1, SHA-256) and the frost-rs -TR (BIP340) variant, each as a
 * group backend (libsodium / libsecp256k1, src/crypto/*-group.ts), the scalar
 * field (noble's Fn) and the suite's hash functions H1..H5 and challenge
 * (composed from @noble/hashes and noble's RFC 9380 hash_to_field). The
 * protocol itself is ./frost-native.ts.
 */
import type { IField } from '@noble/curves/abstract/modular.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { schnorr, secp256k1, secp256k1_hasher } from '@noble/curves/secp256k1.js';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { concatBytes, utf8 } from '../crypto/bytes.js';
import { ed25519Group } from '../crypto/ed25519-group.js';
import type { PrimeOrderGroup } from '../crypto/group.js';
import { secp256k1Group } from '../crypto/secp256k1-group.js';
import type { FrostSuite } from './suites.js';

export interface NativeSuite {
  readonly name: FrostSuite;
  readonly group: PrimeOrderGroup;
  readonly Fn: IField<bigint>;
  /** RFC 9591 §4.3 binding factor hash (H1), §4.1 nonce hash (H3), §4.3 H4 / H5. */
  H1(m: Uint8Array): bigint;
  H3(m: Uint8Array): bigint;
  H4(m: Uint8Array): Uint8Array;
  H5(m: Uint8Array): Uint8Array;
  /** RFC 9591 §4.6 compute_challenge (BIP340's for -TR). R and PK are encoded elements. */
  challenge(R: Uint8Array, PK: Uint8Array, msg: Uint8Array): bigint;
  /** -TR: BIP340 even-Y normalisation of the group key and the group commitment. */
  readonly taproot: boolean;
}

const leMod = (Fn: IField<bigint>, b: Uint8Array): bigint => {
  let n = 0n;
  for (let i = b.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(b[i]!);
  return Fn.create(n);
};
const beMod = (Fn: IField<bigint>, b: Uint8Array): bigint => {
  let n = 0n;
  for (const x of b) n = (n << 8n) | BigInt(x);
  return Fn.create(n);
};

function ed25519Suite(): NativeSuite {
  const Fn = ed25519.Point.Fn;
  const ctx = 'FROST-ED25519-SHA512-v1';
  const tag = (t: string) => utf8(ctx + t);
  const [rho, nonce, msg, com] = [tag('rho'), tag('nonce'), tag('msg'), tag('com')];
  // §6.1: H1/H3 = SHA-512(contextString || tag || m) as a little-endian integer mod L; H2 is undecorated (RFC 8032).
  return {
    name: 'frost-ed25519',
    group: ed25519Group,
    Fn,
    H1: (m) => leMod(Fn, sha512(concatBytes(rho, m))),
    H3: (m) => leMod(Fn, sha512(concatBytes(nonce, m))),
    H4: (m) => sha512(concatBytes(msg, m)),
    H5: (m) => sha512(concatBytes(com, m)),
    challenge: (R, PK, m) => leMod(Fn, sha512(concatBytes(R, PK, m))),
    taproot: false,
  };
}

function secp256k1Suite(name: 'frost-secp256k1' | 'frost-secp256k1-tr'): NativeSuite {
  const Fn = secp256k1.Point.Fn;
  const ctx = name === 'frost-secp256k1' ? 'FROST-secp256k1-SHA256-v1' : 'FROST-secp256k1-SHA256-TR-v1';
  const tag = (t: string) => utf8(ctx + t);
  const [rho, chal, nonce, msg, com] = [tag('rho'), tag('chal'), tag('nonce'), tag('msg'), tag('com')];
  // §6.5: H1/H2/H3 = hash_to_field(m, 1) with expand_message_xmd(SHA-256), DST = contextString || tag.
  const h2f = (DST: Uint8Array) => (m: Uint8Array) => secp256k1_hasher.hashToScalar(m, { DST });
  const taproot = name === 'frost-secp256k1-tr';
  return {
    name,
    group: secp256k1Group,
    Fn,
    H1: h2f(rho),
    H3: h2f(nonce),
    H4: (m) => sha256(concatBytes(msg, m)),
    H5: (m) => sha256(concatBytes(com, m)),
    challenge: taproot
      ? // BIP340: e = int(hash_BIP0340/challenge(bytes(R) || bytes(P) || m)) mod n, over x-only encodings.
        (R, PK, m) => beMod(Fn, schnorr.utils.taggedHash('BIP0340/challenge', R.subarray(1), PK.subarray(1), m))
      : (R, PK, m) => h2f(chal)(concatBytes(R, PK, m)),
    taproot,
  };
}

const SUITES: Record<FrostSuite, NativeSuite> = {
  'frost-ed25519': ed25519Suite(),
  'frost-secp256k1': secp256k1Suite('frost-secp256k1'),
  'frost-secp256k1-tr': secp256k1Suite('frost-secp256k1-tr'),
};

/** The native suite for a (already validated) FROST suite name. */
export const nativeSuite = (name: FrostSuite): NativeSuite => SUITES[name];
