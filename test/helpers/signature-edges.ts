/**
 * Signatures at the edges of SEC1 ECDSA over secp256k1 (with EIP-2 / BIP 62 low-s,
 * Ethereum's v, X.690 DER) and RFC 8032 Ed25519, built with @noble/curves for
 * the verification edge-case tests.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';

export const N = secp256k1.Point.Fn.ORDER;
export const L = ed25519.Point.Fn.ORDER;

export const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const be32 = (x: bigint): string => x.toString(16).padStart(64, '0');
/** Minimal DER INTEGER content for x >= 0 (X.690 §8.3: two's complement, no redundant leading byte). */
const derInt = (x: bigint): string => {
  let h = x.toString(16);
  if (h.length % 2) h = `0${h}`;
  if (Number.parseInt(h[0]!, 16) >= 8) h = `00${h}`;
  return h;
};
const tlv = (tag: string, content: string): string => `${tag}${(content.length / 2).toString(16).padStart(2, '0')}${content}`;

/** DER SEQUENCE { INTEGER r, INTEGER s }, minimal unless told otherwise. */
export function der(r: bigint, s: bigint): string {
  return tlv('30', tlv('02', derInt(r)) + tlv('02', derInt(s)));
}

/** A low-s ECDSA signature of `digest` by `sk`: r, s and the recovery id (y parity of R). */
export function ecdsa(sk: Uint8Array, digest: Uint8Array): { r: bigint; s: bigint; recid: number } {
  const sig = secp256k1.Signature.fromBytes(secp256k1.sign(digest, sk, { prehash: false, lowS: true, format: 'recovered' }), 'recovered');
  return { r: sig.r, s: sig.s, recid: sig.recovery! };
}

/** r||s, and r||s||v for a v byte. */
export const raw = (r: bigint, s: bigint, v?: number): string => be32(r) + be32(s) + (v === undefined ? '' : v.toString(16).padStart(2, '0'));

/** The same signature with s negated (n - s): valid ECDSA, high-s, recovering with the other y parity. */
export const highS = (x: { r: bigint; s: bigint; recid: number }) => ({ r: x.r, s: N - x.s, recid: x.recid ^ 1 });

/** A 33-byte encoding with a valid prefix whose x has no point on secp256k1 (x^3 + 7 not a square). */
export function offCurveSecp(): string {
  for (let x = 5n; ; x++) {
    const h = `02${be32(x)}`;
    try {
      secp256k1.Point.fromHex(h);
    } catch {
      return h;
    }
  }
}

/** Ed25519 S + L: the same signature with a non-canonical S (RFC 8032 §5.1.7 requires S < L). */
export function nonCanonicalS(sig: Uint8Array): string {
  const S = BigInt(`0x${hex(Uint8Array.from(sig.subarray(32)).reverse())}`) + L;
  const le = Buffer.from(S.toString(16).padStart(64, '0'), 'hex').reverse();
  return hex(sig.subarray(0, 32)) + le.toString('hex');
}

/** The small-order points of edwards25519 (encodings of the 8-torsion: identity, order 2, 4, 8). */
export const SMALL_ORDER_ED25519 = [
  '0100000000000000000000000000000000000000000000000000000000000000', // identity (order 1)
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', // (0, -1), order 2
  '0000000000000000000000000000000000000000000000000000000000000000', // order 4
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a', // order 8
];
