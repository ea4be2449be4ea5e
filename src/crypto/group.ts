/**
 * The shape of a prime-order group as custos's FROST engine uses it: elements
 * are their canonical encodings (bytes in, bytes out, the way the native
 * libraries speak), `null` is the identity element, which RFC 9591 §3.1
 * forbids on the wire but which can appear inside a computation. Scalars are
 * the group's canonical scalar encoding (already reduced; zero is allowed and
 * gives the identity).
 *
 * Implementations: ./ed25519-group.ts (libsodium), ./secp256k1-group.ts
 * (libsecp256k1). No arithmetic is implemented in custos.
 */

/** A group element's canonical encoding, or null for the identity. */
export type Element = Uint8Array | null;

export interface PrimeOrderGroup {
  /** Encoded length of an element (ed25519 32, secp256k1 compressed 33). */
  readonly elementLength: number;
  /**
   * RFC 9591 §3.1 DeserializeElement as a predicate: true only for a canonical
   * encoding of a non-identity element of the prime-order subgroup.
   */
  isElement(bytes: Uint8Array): boolean;
  /** [k]G. */
  base(k: Uint8Array): Element;
  /** [k]P for a valid element P (throws on an invalid one). */
  mul(p: Uint8Array, k: Uint8Array): Element;
  /** P1 + P2 + ... (identity elements may be given and returned). */
  sum(points: readonly Element[]): Element;
  /** -P. */
  neg(p: Element): Element;
}

/** True for an all-zero scalar encoding (the only encoding of 0 once reduced). */
export function isZeroScalar(k: Uint8Array): boolean {
  let acc = 0;
  for (const b of k) acc |= b;
  return acc === 0;
}
