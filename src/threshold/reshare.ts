/**
 * Share refresh and resharing of a FROST key (./frost.ts) WITHOUT ever
 * reconstructing the secret: the classic "each old signer deals its
 * Lagrange-weighted share" redistribution (Desmedt–Jajodia 1997; verifiable
 * with Feldman commitments as in Wong–Wang–Wing VSR).
 *
 * An old signing set D (|D| >= old threshold) runs it: each dealer i in D
 * computes a_i = λ_i·s_i (λ_i = Lagrange coefficient at 0 over D), so that
 * Σ a_i = s, and shares a_i to the new participant set with a fresh degree
 * (t2 - 1) Feldman VSS (noble's trustedDealer with secret a_i). Every new
 * participant j checks each dealing against the OLD public package
 * (commitments[0] must be λ_i·Y_i, Y_i = old verifying share of i), checks the
 * dealing's verifying shares against its commitments and its own share against
 * them (RFC 9591 App. C.2 vss_verify), then sums: s'_j = Σ_i f_i(j). The new
 * public package is the pointwise sum of the dealings' commitments and
 * verifying shares; its commitments[0] is the unchanged group key. Refresh is
 * the special case of resharing to the same ids and threshold.
 *
 * Arithmetic runs on the UNADJUSTED engine: ed25519_FROST for frost-ed25519,
 * secp256k1_FROST for both secp256k1 suites. A stored frost-secp256k1-tr key
 * package is already TapTweaked and is a plain Shamir sharing over secp256k1
 * (its group key may have odd Y; schnorr_FROST normalises at signing time), so
 * resharing it with the plain engine keeps exactly the same (tweaked) key and the
 * result still signs with schnorr_FROST. Never tweak or negate here.
 *
 * Errors are CustosErrors: E_BAD_INPUT for malformed input from the caller,
 * E_INVALID_SHARE (details.participant = the dealer) for a dealing or share that
 * fails verification. The result of reshareCombine is a FrostKeyPackage for the
 * ORIGINAL suite, usable with frost.ts commit/signShare/aggregateVerified.
 * Transport (encrypting each share to its recipient, broadcasting dealings and
 * confirming publicPackageDigest across parties) is the caller's job. Old
 * shares must be destroyed once every new party has confirmed the same digest:
 * old and new shares do not combine.
 *
 * @example
 *   // old 2-of-3 signers {1, 3} reshare to 3-of-5 over ids 1..5
 *   const dealings = [k1, k3].map((k) => reshareDeal(suite, k, [id1, id3], { min: 3, max: 5 }, newIds));
 *   // each new participant j receives every dealing's public part and shares[j]:
 *   const key = reshareCombine(suite, j, oldPub, [id1, id3], { min: 3, max: 5 }, newIds,
 *     dealings.map((d) => ({ dealer: d.dealer, public: d.public })),
 *     Object.fromEntries(dealings.map((d) => [d.dealer, d.shares[j]!])));
 *   publicPackageDigest(key.public); // compare with every other party before destroying old shares
 */
import type { FROST } from '@noble/curves/abstract/frost.js';
import type { IField } from '@noble/curves/abstract/modular.js';
import { ed25519, ed25519_FROST } from '@noble/curves/ed25519.js';
import { secp256k1, secp256k1_FROST } from '@noble/curves/secp256k1.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, equalBytes, toHex, utf8 } from '../crypto/bytes.js';
import { CustosError, badInput } from '../errors.js';
import type { FrostKeyPackage, FrostPublic, Identifier, RNG, Signers } from './frost.js';
import { frostSuite, type FrostSuite } from './suites.js';

/** One old participant's dealing of its Lagrange-weighted share to the new set. */
export interface ReshareDealing {
  /** The old participant dealing. */
  dealer: Identifier;
  /**
   * Its VSS package over the NEW set: signers = newSigners, commitments
   * (newSigners.min points; commitments[0] = λ_dealer·s_dealer·G), verifyingShares for every new id.
   * Broadcast to every new participant.
   */
  public: FrostPublic;
  /** Scalar share bytes for every new id. SECRET: encrypt each to its recipient only. */
  shares: Record<Identifier, Uint8Array>;
}

// ---------------------------------------------------------------------------
// engine plumbing

/** The group operations used here (structural subset of noble's point classes). */
interface Pt {
  add(other: Pt): Pt;
  multiply(scalar: bigint): Pt;
  multiplyUnsafe(scalar: bigint): Pt;
  equals(other: Pt): boolean;
  is0(): boolean;
  toBytes(): Uint8Array<ArrayBuffer>;
}
interface PtCons {
  readonly BASE: Pt;
  readonly ZERO: Pt;
  fromBytes(bytes: Uint8Array): Pt;
}

interface Engine {
  /** Unadjusted noble FROST engine (no Taproot even-Y / tweak hooks). */
  frost: FROST;
  Point: PtCons;
  Fn: IField<bigint>;
  /** RFC 9591 §3.1 DeserializeElement check from suites.ts. */
  assertElement(bytes: Uint8Array): void;
}

function engine(suite: FrostSuite): Engine {
  const s = frostSuite(suite); // E_UNSUPPORTED for unknown names
  const base =
    s.name === 'frost-ed25519'
      ? { frost: ed25519_FROST, Point: ed25519.Point as unknown as PtCons }
      : { frost: secp256k1_FROST, Point: secp256k1.Point as unknown as PtCons }; // also for -tr: see header
  return { ...base, Fn: base.frost.utils.Fn, assertElement: s.assertElement };
}

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

const invalidDealing = (dealer: Identifier, why: string, cause?: unknown): CustosError =>
  new CustosError('E_INVALID_SHARE', `participant ${dealer} sent an invalid reshare dealing: ${why}`, { participant: dealer, reason: why }, { cause });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Canonical identifier hex -> non-zero scalar (as noble's parseIdentifier). E_BAD_INPUT otherwise. */
function parseId(E: Engine, id: unknown, field: string): bigint {
  if (typeof id !== 'string' || id.length !== 2 * E.Fn.BYTES || !/^[0-9a-f]*$/.test(id)) {
    throw badInput(`${field}: not a canonical identifier`, { field, participant: typeof id === 'string' ? id : undefined });
  }
  let n: bigint;
  try {
    n = E.Fn.fromBytes(Uint8Array.from(Buffer.from(id, 'hex')));
  } catch (e) {
    throw badInput(`${field}: not a canonical identifier`, { field, participant: id, reason: reason(e) }, { cause: e });
  }
  if (E.Fn.is0(n) || toHex(E.Fn.toBytes(n)) !== id) throw badInput(`${field}: not a canonical identifier`, { field, participant: id });
  return n;
}

/** A list of distinct identifiers; returns their scalars in order. */
function parseIdList(E: Engine, ids: unknown, field: string): bigint[] {
  if (!Array.isArray(ids)) throw badInput(`${field} must be an array of identifiers`, { field });
  const seen = new Set<string>();
  return ids.map((id: unknown) => {
    const n = parseId(E, id, field);
    if (seen.has(id as string)) throw badInput(`${field}: duplicate identifier ${String(id)}`, { field, participant: id });
    seen.add(id as string);
    return n;
  });
}

/** Threshold parameters noble accepts: integers with 2 <= min <= max (noble/frost-rs refuse min = 1). */
function checkSigners(s: unknown, field: string): Signers {
  if (!isRecord(s)) throw badInput(`${field} must be { min, max }`, { field });
  const { min, max } = s;
  if (typeof min !== 'number' || typeof max !== 'number' || !Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min < 2 || min > max) {
    throw badInput(`${field}: need integers 2 <= min <= max, got min=${String(min)} max=${String(max)}`, { field, min, max });
  }
  return { min, max };
}

/** Shape of a public package (no point validation). */
function checkPublicShape(pub: unknown, field: string): FrostPublic {
  if (!isRecord(pub) || !Array.isArray(pub.commitments) || !isRecord(pub.verifyingShares) || !isRecord(pub.signers)) {
    throw badInput(`${field} is not a FROST public package`, { field });
  }
  return pub as unknown as FrostPublic;
}

/** Decode a point, requiring a valid non-identity element in canonical encoding. Throws plain Errors. */
function decodePoint(E: Engine, bytes: unknown): Pt {
  if (!(bytes instanceof Uint8Array)) throw new Error('element is not bytes');
  E.assertElement(bytes);
  const p = E.Point.fromBytes(bytes);
  if (p.is0() || !equalBytes(p.toBytes(), bytes)) throw new Error('non-canonical element encoding');
  return p;
}

/** Lagrange coefficient at 0 for `xi` over the (distinct, non-zero) set `xs` (RFC 9591 §4.2). */
function lagrangeAtZero(Fn: IField<bigint>, xs: bigint[], xi: bigint): bigint {
  let num = Fn.ONE;
  let den = Fn.ONE;
  for (const x of xs) {
    if (Fn.eql(x, xi)) continue;
    num = Fn.mul(num, x);
    den = Fn.mul(den, Fn.sub(x, xi));
  }
  return Fn.div(num, den);
}

/** Feldman VSS evaluation Σ_k C_k·x^k (Horner; public inputs, variable time is fine). */
function vssEval(commitments: Pt[], x: bigint): Pt {
  let acc = commitments[commitments.length - 1]!;
  for (let k = commitments.length - 2; k >= 0; k--) acc = acc.multiplyUnsafe(x).add(commitments[k]!);
  return acc;
}

/** Dealers: distinct, in `verifyingShares`, at least `min` of them. Returns their scalars. */
function checkDealers(E: Engine, dealers: unknown, oldPub: FrostPublic, min: number): bigint[] {
  const xs = parseIdList(E, dealers, 'dealers');
  for (const d of dealers as Identifier[]) {
    if (!Object.hasOwn(oldPub.verifyingShares, d)) throw badInput(`dealer ${d} is not in this key set`, { field: 'dealers', participant: d });
  }
  if (xs.length < min) throw badInput(`need at least ${min} dealers (the old threshold), got ${xs.length}`, { field: 'dealers', min, got: xs.length });
  return xs;
}

// ---------------------------------------------------------------------------
// API

/**
 * Old participant `key.secret.identifier` (one of `dealers`, the old signing
 * set, |dealers| >= old threshold) deals λ_i·s_i to the new set `newIds` with
 * threshold `newSigners.min` (`newIds.length` must equal `newSigners.max`).
 * Refresh = the same ids and threshold as the key. Broadcast `public`; send
 * each `shares[id]` (encrypted) to `id` only.
 */
export function reshareDeal(
  suite: FrostSuite,
  key: FrostKeyPackage,
  dealers: Identifier[],
  newSigners: Signers,
  newIds: Identifier[],
  rng?: RNG,
): ReshareDealing {
  const E = engine(suite);
  const { Fn } = E;
  if (!isRecord(key) || !isRecord(key.secret)) throw badInput('key is not a FROST key package', { field: 'key' });
  const pub = checkPublicShape(key.public, 'key.public');
  const oldSigners = checkSigners(pub.signers, 'key.public.signers');
  const me = key.secret.identifier;
  const meN = parseId(E, me, 'key.secret.identifier');
  const share = key.secret.signingShare;
  if (!(share instanceof Uint8Array) || share.length !== Fn.BYTES) throw badInput('key.secret.signingShare is malformed', { field: 'key.secret.signingShare' });

  const xs = checkDealers(E, dealers, pub, oldSigners.min);
  if (!dealers.includes(me)) throw badInput(`the dealer set must include this participant (${me})`, { field: 'dealers', participant: me });
  const signers = checkSigners(newSigners, 'newSigners');
  parseIdList(E, newIds, 'newIds');
  if (newIds.length !== signers.max)
    throw badInput(`newIds must list exactly newSigners.max = ${signers.max} identifiers, got ${newIds.length}`, { field: 'newIds' });

  // Our own key package must be consistent before we deal from it.
  let s: bigint;
  try {
    E.frost.validateSecret({ identifier: me, signingShare: share }, pub);
    s = Fn.fromBytes(share);
    if (!decodePoint(E, pub.verifyingShares[me]).equals(E.Point.BASE.multiply(s))) throw new Error('verifying share does not match the signing share');
  } catch (e) {
    throw badInput('key package is inconsistent', { field: 'key', participant: me, reason: reason(e) }, { cause: e });
  }

  const aBytes = Fn.toBytes(Fn.mul(lagrangeAtZero(Fn, xs, meN), s)); // a_i = λ_i·s_i
  let dealt: ReturnType<FROST['trustedDealer']>;
  try {
    dealt = E.frost.trustedDealer({ min: signers.min, max: signers.max }, [...newIds], aBytes, rng);
  } catch (e) {
    throw badInput(`reshare deal: ${reason(e)}`, { op: 'reshare deal', participant: me }, { cause: e });
  } finally {
    aBytes.fill(0);
  }
  const shares: Record<Identifier, Uint8Array> = {};
  for (const id of newIds) shares[id] = dealt.secretShares[id]!.signingShare;
  return {
    dealer: me,
    public: {
      signers: { min: signers.min, max: signers.max },
      commitments: dealt.public.commitments,
      verifyingShares: dealt.public.verifyingShares,
    },
    shares,
  };
}

/**
 * New participant `me` (one of `newIds`) verifies every dealing and combines
 * the shares it received (`received[dealer]`, decrypted). Returns its new key
 * package for the ORIGINAL suite; the group key is unchanged. Any dealing or
 * share that fails verification is E_INVALID_SHARE naming its dealer.
 */
export function reshareCombine(
  suite: FrostSuite,
  me: Identifier,
  oldPub: FrostPublic,
  dealers: Identifier[],
  newSigners: Signers,
  newIds: Identifier[],
  dealings: { dealer: Identifier; public: FrostPublic }[],
  received: Record<Identifier /*dealer*/, Uint8Array>,
): FrostKeyPackage {
  const E = engine(suite);
  const { Fn, Point } = E;
  const old = checkPublicShape(oldPub, 'oldPub');
  const oldSigners = checkSigners(old.signers, 'oldPub.signers');
  const signers = checkSigners(newSigners, 'newSigners');
  const idNums = parseIdList(E, newIds, 'newIds');
  if (newIds.length !== signers.max)
    throw badInput(`newIds must list exactly newSigners.max = ${signers.max} identifiers, got ${newIds.length}`, { field: 'newIds' });
  parseId(E, me, 'me');
  if (!newIds.includes(me)) throw badInput(`participant ${me} is not in newIds`, { field: 'me', participant: me });
  const xs = checkDealers(E, dealers, old, oldSigners.min);

  let groupKey: Pt;
  try {
    groupKey = decodePoint(E, old.commitments[0]);
  } catch (e) {
    throw badInput('oldPub has no valid group key', { field: 'oldPub.commitments', reason: reason(e) }, { cause: e });
  }

  // Exactly one dealing and one received share per dealer.
  if (!Array.isArray(dealings)) throw badInput('dealings must be an array', { field: 'dealings' });
  const byDealer = new Map<Identifier, FrostPublic>();
  for (const d of dealings) {
    const dealer = isRecord(d) ? d.dealer : undefined;
    if (typeof dealer !== 'string' || !dealers.includes(dealer))
      throw badInput(`dealing from ${String(dealer)}, who is not a dealer`, { field: 'dealings', participant: dealer });
    if (byDealer.has(dealer)) throw badInput(`two dealings from dealer ${dealer}`, { field: 'dealings', participant: dealer });
    byDealer.set(dealer, d.public);
  }
  if (!isRecord(received)) throw badInput('received must map dealer -> share', { field: 'received' });
  for (const d of dealers) {
    if (!byDealer.has(d)) throw badInput(`no dealing from dealer ${d}`, { field: 'dealings', participant: d });
    if (!Object.hasOwn(received, d)) throw badInput(`no share received from dealer ${d}`, { field: 'received', participant: d });
  }
  for (const d of Object.keys(received)) {
    if (!dealers.includes(d)) throw badInput(`share from ${d}, who is not a dealer`, { field: 'received', participant: d });
  }

  let sumShare = Fn.ZERO;
  const sumC: Pt[] = Array.from({ length: signers.min }, () => Point.ZERO);
  const sumVS = new Map<Identifier, Pt>(newIds.map((id) => [id, Point.ZERO]));

  dealers.forEach((dealer, i) => {
    let Y: Pt;
    try {
      Y = decodePoint(E, old.verifyingShares[dealer]);
    } catch (e) {
      throw badInput(
        `oldPub has an invalid verifying share for ${dealer}`,
        { field: 'oldPub.verifyingShares', participant: dealer, reason: reason(e) },
        { cause: e },
      );
    }
    const pub: unknown = byDealer.get(dealer);
    if (!isRecord(pub) || !isRecord(pub.signers) || !Array.isArray(pub.commitments) || !isRecord(pub.verifyingShares)) {
      throw invalidDealing(dealer, 'not a FROST public package');
    }
    if (pub.signers.min !== signers.min || pub.signers.max !== signers.max) throw invalidDealing(dealer, 'signers differ from newSigners');
    if (pub.commitments.length !== signers.min) throw invalidDealing(dealer, `expected ${signers.min} commitments, got ${pub.commitments.length}`);
    const C = pub.commitments.map((c: unknown, k) => {
      try {
        return decodePoint(E, c);
      } catch (e) {
        throw invalidDealing(dealer, `commitment ${k}: ${reason(e)}`, e);
      }
    });
    // The dealer must deal exactly its Lagrange-weighted old share: C_0 = λ_i·Y_i.
    if (!C[0]!.equals(Y.multiplyUnsafe(lagrangeAtZero(Fn, xs, xs[i]!)))) {
      throw invalidDealing(dealer, 'commitments[0] is not its Lagrange-weighted old verifying share');
    }
    const pvs = pub.verifyingShares;
    if (Object.keys(pvs).length !== newIds.length) throw invalidDealing(dealer, 'verifyingShares do not cover exactly newIds');
    const VS = new Map<Identifier, Pt>();
    newIds.forEach((id, j) => {
      if (!Object.hasOwn(pvs, id)) throw invalidDealing(dealer, `no verifying share for ${id}`);
      let V: Pt;
      try {
        V = decodePoint(E, pvs[id]);
      } catch (e) {
        throw invalidDealing(dealer, `verifying share for ${id}: ${reason(e)}`, e);
      }
      if (!V.equals(vssEval(C, idNums[j]!))) throw invalidDealing(dealer, `verifying share for ${id} does not match its commitments`);
      VS.set(id, V);
    });
    const share = received[dealer];
    if (!(share instanceof Uint8Array) || share.length !== Fn.BYTES) throw invalidDealing(dealer, 'malformed share');
    try {
      E.frost.validateSecret({ identifier: me, signingShare: share }, pub as unknown as FrostPublic); // RFC 9591 App. C.2 vss_verify
    } catch (e) {
      throw invalidDealing(dealer, `share for ${me} does not match its commitments`, e);
    }
    sumShare = Fn.add(sumShare, Fn.fromBytes(share));
    C.forEach((c, k) => (sumC[k] = sumC[k]!.add(c)));
    for (const [id, V] of VS) sumVS.set(id, sumVS.get(id)!.add(V));
  });

  if (!sumC[0]!.equals(groupKey)) {
    throw badInput('group key would change: oldPub verifying shares are inconsistent with its group key', { field: 'oldPub' });
  }
  if (Fn.is0(sumShare) || sumC.some((p) => p.is0()) || [...sumVS.values()].some((p) => p.is0())) {
    throw badInput('resharing produced a degenerate key package (identity element or zero share); run it again', { field: 'dealings' });
  }
  if (!sumVS.get(me)!.equals(Point.BASE.multiply(sumShare))) {
    throw new CustosError('E_INTERNAL', 'combined share does not match the combined verifying share', { participant: me });
  }
  const verifyingShares: Record<Identifier, Uint8Array<ArrayBuffer>> = {};
  for (const id of newIds) verifyingShares[id] = sumVS.get(id)!.toBytes();
  const tmp = Fn.toBytes(sumShare);
  const signingShare = Uint8Array.from(tmp); // owned ArrayBuffer-backed copy
  tmp.fill(0);
  return {
    secret: { identifier: me, signingShare },
    public: {
      signers: { min: signers.min, max: signers.max },
      commitments: sumC.map((p) => p.toBytes()),
      verifyingShares,
    },
  };
}

const DIGEST_TAG = utf8('custos/frost-public-package/v1');

/**
 * A stable digest (hex SHA-256 of a canonical encoding) of a public package:
 * tag || u32 min || u32 max || u32 #commitments || (u32 len || bytes)* ||
 * u32 #verifyingShares || (u32 len || id ascii || u32 len || bytes)* with the
 * verifying shares sorted by identifier. All parties of a reshare compare it
 * before the old shares are destroyed. The suite is not encoded (ed25519 and
 * secp256k1 packages cannot collide: their element lengths differ; the two
 * secp256k1 suites share one encoding).
 */
export function publicPackageDigest(pub: FrostPublic): string {
  const p = checkPublicShape(pub, 'pub');
  const { min, max } = p.signers as Partial<Signers>;
  if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min! < 0 || max! < 0 || min! > 0xffffffff || max! > 0xffffffff) {
    throw badInput('pub.signers is malformed', { field: 'pub.signers' });
  }
  const parts: Uint8Array[] = [DIGEST_TAG];
  const u32 = (n: number): void => {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, n, false);
    parts.push(b);
  };
  const bytes = (b: unknown, field: string): void => {
    if (!(b instanceof Uint8Array)) throw badInput(`${field} must be bytes`, { field });
    u32(b.length);
    parts.push(b);
  };
  u32(min!);
  u32(max!);
  u32(p.commitments.length);
  p.commitments.forEach((c, k) => bytes(c, `pub.commitments[${k}]`));
  const ids = Object.keys(p.verifyingShares).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  u32(ids.length);
  for (const id of ids) {
    if (!/^(?:[0-9a-f]{2})+$/.test(id)) throw badInput(`pub.verifyingShares: identifier ${id} is not lowercase hex`, { field: 'pub.verifyingShares' });
    bytes(utf8(id), 'identifier');
    bytes(p.verifyingShares[id], `pub.verifyingShares[${id}]`);
  }
  return toHex(sha256(concatBytes(...parts)));
}
