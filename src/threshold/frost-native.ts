/**
 * RFC 9591 signing (round one commit §5.1, round two sign §5.2, aggregate
 * §5.3, verify_signature_share §5.4) and signature verification, with the
 * group arithmetic done natively (./native-suites.ts: libsodium for Ed25519,
 * libsecp256k1 for secp256k1) instead of in noble's BigInt points. The
 * protocol is the RFC's, step for step; every point that arrives as bytes is
 * checked with DeserializeElement (§3.1) semantics before use. Key generation
 * (DKG, dealer) stays with noble's engine: it is not on the signing path.
 *
 * Inputs and outputs are noble's FROST package shapes, byte-identical to
 * noble's @noble/curves/abstract/frost.js for the same inputs (RFC 9591
 * Appendix E vectors, and test/threshold/frost-native.test.ts compares the two
 * on random keys, messages and signer sets). Errors are plain Errors, as
 * noble's are; ./frost.ts turns them into CustosErrors.
 *
 * -TR (frost-rs FROST(secp256k1, SHA-256)-TR, BIP340 output): a group key with
 * odd Y is negated (with the shares and verifying shares), a group commitment
 * with odd Y negates the nonces (signer) or the commitment share (verifier),
 * the challenge is BIP340's, the signature is x(R) || z.
 */
import { randomBytes as nodeRandomBytes } from 'node:crypto';
import type { FrostPublic, FrostSecret, Identifier, NonceCommitments, Nonces, GenNonce } from '@noble/curves/abstract/frost.js';
import { concatBytes, equalBytes, fromHex, toHex } from '../crypto/bytes.js';
import type { Element } from '../crypto/group.js';
import type { FrostSuite } from './suites.js';
import { nativeSuite, type NativeSuite } from './native-suites.js';

type RNG = (len?: number) => Uint8Array;
const defaultRng: RNG = (len = 32) => new Uint8Array(nodeRandomBytes(len));

/** Thrown by aggregate() when the result does not verify; `cheaters` are the identifiers whose share fails §5.4. */
export class AggregationError extends Error {
  constructor(readonly cheaters: Identifier[]) {
    super('aggregation failed');
  }
}

// ---- decoding (RFC 9591 §3.1) ---------------------------------------------------------------

/**
 * Encodings that passed DeserializeElement (a pure function of the bytes, so
 * remembering the answer is safe). `static`: group keys and verifying shares,
 * which recur on every signature; `session`: nonce commitments, which the
 * coordinator checks before aggregating and the engine checks again inside
 * it. Bounded, oldest first out; a miss only costs a re-check.
 */
const VALID = { static: new Set<string>(), session: new Set<string>() };
const VALID_MAX = { static: 4096, session: 256 };

/** Check `b` is a valid element (RFC 9591 §3.1), remembering the answer in `cache`. */
function element(s: NativeSuite, b: unknown, what: string, cache: keyof typeof VALID = 'session'): Uint8Array {
  if (!(b instanceof Uint8Array) || b.length !== s.group.elementLength) throw new Error(`${what}: invalid element encoding`);
  const set = VALID[cache];
  const key = `${s.name}:${toHex(b)}`;
  if (set.has(key)) return b;
  if (!s.group.isElement(b)) throw new Error(`${what}: invalid element`);
  if (set.size >= VALID_MAX[cache]) set.delete(set.values().next().value!);
  set.add(key);
  return b;
}

/** RFC 9591 §3.1 DeserializeElement for a nonce commitment (throws); the answer is remembered for this session's aggregate. */
export function assertCommitment(suite: FrostSuite, b: unknown): void {
  element(nativeSuite(suite), b, 'commitment');
}

function scalar(s: NativeSuite, b: unknown, what: string): bigint {
  if (!(b instanceof Uint8Array) || b.length !== s.Fn.BYTES) throw new Error(`${what}: expected ${s.Fn.BYTES}-byte scalar`);
  return s.Fn.fromBytes(b); // throws for a non-canonical (>= order) encoding
}

function identifier(s: NativeSuite, id: unknown): bigint {
  if (typeof id !== 'string' || !/^[0-9a-f]*$/.test(id) || id.length !== 2 * s.Fn.BYTES) throw new Error('invalid identifier');
  const n = s.Fn.fromBytes(fromHex(id));
  if (s.Fn.is0(n)) throw new Error('invalid identifier 0');
  return n;
}

const enc = (s: NativeSuite, k: bigint): Uint8Array => s.Fn.toBytes(k);
const mul = (s: NativeSuite, p: Element, k: bigint): Element => (p === null ? null : s.group.mul(p, enc(s, k)));
const base = (s: NativeSuite, k: bigint): Element => s.group.base(enc(s, k));
const evenY = (p: Uint8Array): boolean => p[0] === 2;

function checkSigners(pub: FrostPublic, count: number): void {
  const { min, max } = pub?.signers ?? {};
  if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min! < 1 || max! < min!) throw new Error('invalid signers');
  if (count < min! || count > max!) throw new Error('wrong number of commitments');
}

/** -TR: the group key with even Y, and whether the key package had to be negated to get it. */
function groupKey(s: NativeSuite, pub: FrostPublic): { PK: Uint8Array; negate: boolean } {
  const PK = element(s, pub?.commitments?.[0], 'group key', 'static');
  if (!s.taproot || evenY(PK)) return { PK, negate: false };
  return { PK: s.group.neg(PK)!, negate: true };
}

// ---- RFC 9591 §4.3-4.5 ----------------------------------------------------------------------

interface Parsed {
  id: Identifier;
  x: bigint;
  hiding: Uint8Array;
  binding: Uint8Array;
}

/** §4.3 compute_binding_factors and §4.5 compute_group_commitment over the sorted commitment list. */
function groupCommitment(s: NativeSuite, PK: Uint8Array, list: NonceCommitments[], msg: Uint8Array) {
  if (!Array.isArray(list)) throw new Error('commitmentList must be an array');
  const parsed: Parsed[] = list.map((c) => ({
    id: c?.identifier,
    x: identifier(s, c?.identifier),
    hiding: element(s, c?.hiding, 'hiding commitment'),
    binding: element(s, c?.binding, 'binding commitment'),
  }));
  parsed.sort((a, b) => (a.x < b.x ? -1 : a.x > b.x ? 1 : 0));
  for (let i = 1; i < parsed.length; i++) if (parsed[i]!.x === parsed[i - 1]!.x) throw new Error('duplicate identifier');
  // §4.3: rho_input = SerializeElement(PK) || H4(msg) || H5(encode_group_commitment_list) || SerializeScalar(id)
  const encoded = concatBytes(...parsed.flatMap((p) => [enc(s, p.x), p.hiding, p.binding]));
  const prefix = concatBytes(PK, s.H4(msg), s.H5(encoded));
  const rho = new Map<Identifier, bigint>();
  for (const p of parsed) rho.set(p.id, s.H1(concatBytes(prefix, enc(s, p.x))));
  // §4.5: R = sum(hiding_i + [rho_i] binding_i)
  const terms: Element[] = [];
  for (const p of parsed) terms.push(p.hiding, mul(s, p.binding, rho.get(p.id)!));
  const R = s.group.sum(terms);
  if (R === null) throw new Error('group commitment is the identity');
  return { R, rho, xs: parsed.map((p) => p.x), parsed };
}

/** §4.2 derive_interpolating_value(L, x_i). */
function lagrange(s: NativeSuite, xs: bigint[], xi: bigint): bigint {
  const { Fn } = s;
  let num = Fn.ONE;
  let den = Fn.ONE;
  for (const x of xs) {
    if (x === xi) continue;
    num = Fn.mul(num, x);
    den = Fn.mul(den, Fn.sub(x, xi));
  }
  return Fn.div(num, den);
}

// ---- round one, round two -------------------------------------------------------------------

/** §4.1 nonce_generate(secret) = H3(random_bytes(32) || SerializeScalar(secret)), twice; §5.1 commit. */
export function commit(suite: FrostSuite, secret: FrostSecret, rng: RNG = defaultRng): GenNonce {
  const s = nativeSuite(suite);
  if (typeof rng !== 'function') throw new TypeError('rng must be a function');
  identifier(s, secret?.identifier);
  const sk = enc(s, scalar(s, secret?.signingShare, 'secret.signingShare'));
  const gen = (): bigint => {
    const k = s.H3(concatBytes(rng(32), sk));
    if (s.Fn.is0(k)) throw new Error('zero nonce');
    return k;
  };
  const hiding = gen();
  const binding = gen();
  const nonces = { hiding: enc(s, hiding), binding: enc(s, binding) } as Nonces;
  const commitments = { identifier: secret.identifier, hiding: base(s, hiding)!, binding: base(s, binding)! } as NonceCommitments;
  return { nonces, commitments };
}

/** §5.2 sign: z_i = d_i + e_i * rho_i + lambda_i * s_i * c. Zeroes `nonces` on success (single use). */
export function signShare(suite: FrostSuite, secret: FrostSecret, pub: FrostPublic, nonces: Nonces, list: NonceCommitments[], msg: Uint8Array): Uint8Array {
  const s = nativeSuite(suite);
  const { Fn } = s;
  if (!(msg instanceof Uint8Array)) throw new Error('msg must be bytes');
  if (!Array.isArray(list)) throw new Error('commitmentList must be an array');
  checkSigners(pub, list.length);
  const xi = identifier(s, secret?.identifier);
  let sk = scalar(s, secret?.signingShare, 'secret.signingShare');
  const d0 = scalar(s, nonces?.hiding, 'nonces.hiding');
  const e0 = scalar(s, nonces?.binding, 'nonces.binding');
  if (Fn.is0(d0) || Fn.is0(e0)) throw new Error('signing nonces already used');
  // The coordinator must have assigned this signer's own commitments (§5.2 "commitment_list[i] is mine").
  const mine = list.find((c) => c?.identifier === secret.identifier);
  if (!mine) throw new Error('missing signer commitment');
  if (!equalBytes(mine.hiding, base(s, d0)!) || !equalBytes(mine.binding, base(s, e0)!)) throw new Error('incorrect signer commitment');
  const { PK, negate } = groupKey(s, pub);
  if (negate) sk = Fn.neg(sk);
  const { R, rho, xs } = groupCommitment(s, PK, list, msg);
  let d = d0;
  let e = e0;
  if (s.taproot && !evenY(R)) {
    d = Fn.neg(d);
    e = Fn.neg(e);
  }
  const c = s.challenge(R, PK, msg);
  const z = Fn.add(Fn.add(d, Fn.mul(e, rho.get(secret.identifier)!)), Fn.mul(Fn.mul(lagrange(s, xs, xi), sk), c));
  nonces.hiding.fill(0);
  nonces.binding.fill(0);
  return enc(s, z);
}

/** §5.4 verify_signature_share: [z_i]G == R_i + [c * lambda_i] PK_i. False for a wrong share; throws on malformed input. */
export function verifyShare(suite: FrostSuite, pub: FrostPublic, list: NonceCommitments[], msg: Uint8Array, id: Identifier, share: Uint8Array): boolean {
  const s = nativeSuite(suite);
  if (!(msg instanceof Uint8Array)) throw new Error('msg must be bytes');
  const xi = identifier(s, id);
  const z = scalar(s, share, 'sigShare');
  const { PK, negate } = groupKey(s, pub);
  if (!Object.hasOwn(pub.verifyingShares ?? {}, id)) throw new Error('unknown participant');
  let PKi: Element = element(s, pub.verifyingShares[id], 'verifying share', 'static');
  if (negate) PKi = s.group.neg(PKi);
  const { R, rho, xs, parsed } = groupCommitment(s, PK, list, msg);
  const mine = parsed.find((p) => p.id === id);
  if (!mine) throw new Error('cannot find identifier commitment');
  let Ri = s.group.sum([mine.hiding, mul(s, mine.binding, rho.get(id)!)]);
  if (s.taproot && !evenY(R)) Ri = s.group.neg(Ri);
  const c = s.challenge(R, PK, msg);
  const rhs = s.group.sum([Ri, mul(s, PKi, s.Fn.mul(c, lagrange(s, xs, xi)))]);
  const lhs = base(s, z);
  return lhs !== null && rhs !== null && equalBytes(lhs, rhs);
}

/** Schnorr verification of (R, z) under PK (both even-Y for -TR): [z]G == R + [c]PK. */
function verifyRz(s: NativeSuite, R: Uint8Array, z: bigint, PK: Uint8Array, msg: Uint8Array): boolean {
  const c = s.challenge(R, PK, msg);
  const lhs = base(s, z);
  const rhs = s.group.sum([R, mul(s, PK, c)]);
  return lhs !== null && rhs !== null && equalBytes(lhs, rhs);
}

/** -TR: R with even Y (BIP340 only ever sees x(R)). */
const evenR = (s: NativeSuite, R: Uint8Array): Uint8Array => (s.taproot && !evenY(R) ? s.group.neg(R)! : R);

/**
 * §5.3 aggregate: z = sum(z_i), signature (R, z), checked once; when the check
 * fails, every share is checked (§5.4) and AggregationError names the cheaters.
 * Callers check the signing set (sizes, membership) first, as ./frost.ts does.
 */
export function aggregate(suite: FrostSuite, pub: FrostPublic, list: NonceCommitments[], msg: Uint8Array, shares: Record<Identifier, Uint8Array>): Uint8Array {
  const s = nativeSuite(suite);
  if (!(msg instanceof Uint8Array)) throw new Error('msg must be bytes');
  if (!Array.isArray(list)) throw new Error('commitmentList must be an array');
  checkSigners(pub, list.length);
  const { PK } = groupKey(s, pub);
  const { R, parsed } = groupCommitment(s, PK, list, msg);
  let z = s.Fn.ZERO;
  for (const p of parsed) {
    if (!Object.hasOwn(shares, p.id) || !Object.hasOwn(pub.verifyingShares, p.id)) throw new AggregationError([]);
    z = s.Fn.add(z, scalar(s, shares[p.id], 'sigShare'));
  }
  if (!verifyRz(s, evenR(s, R), z, PK, msg)) {
    throw new AggregationError(parsed.filter((p) => !verifyShare(suite, pub, list, msg, p.id, shares[p.id]!)).map((p) => p.id));
  }
  const sig = concatBytes(R, enc(s, z));
  return s.taproot ? sig.subarray(1) : sig; // -TR: x(R) || z
}

/**
 * Verify a signature under a group key: ed25519 32 bytes, secp256k1 33
 * compressed, -TR 32 x-only (BIP340) or 33 compressed. Throws on malformed input.
 */
export function verify(suite: FrostSuite, sig: Uint8Array, msg: Uint8Array, key: Uint8Array): boolean {
  const s = nativeSuite(suite);
  if (!(sig instanceof Uint8Array) || !(msg instanceof Uint8Array) || !(key instanceof Uint8Array)) throw new Error('expected bytes');
  const n = s.Fn.BYTES;
  const rLen = s.taproot ? 32 : s.group.elementLength;
  if (sig.length !== rLen + n) throw new Error('invalid signature length');
  const Rb = s.taproot ? concatBytes(Uint8Array.of(2), sig.subarray(0, 32)) : sig.subarray(0, rLen);
  const R = element(s, Rb, 'R');
  const z = scalar(s, sig.subarray(rLen), 'z');
  let PK: Uint8Array;
  if (s.taproot && key.length === 32) PK = element(s, concatBytes(Uint8Array.of(2), key), 'public key', 'static');
  else PK = element(s, key, 'public key', 'static');
  return verifyRz(s, evenR(s, R), z, s.taproot && !evenY(PK) ? s.group.neg(PK)! : PK, msg);
}
