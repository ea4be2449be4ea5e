/**
 * custos's FROST layer (RFC 9591): thin, typed, pure functions over the
 * ciphersuites in ./suites.ts that party nodes and the coordinator call. No I/O.
 * Signing (commit, signShare, verifyShare, aggregate, verify) runs on the
 * native group backends (./frost-native.ts: libsodium, libsecp256k1); key
 * generation runs on noble's engine, which also cross-checks the native one in
 * tests (test/threshold/frost-native.test.ts).
 *
 * Errors are CustosErrors: E_UNSUPPORTED for an unknown suite, E_BAD_INPUT for
 * malformed input, E_INVALID_SHARE (502) when a participant's share fails
 * verification — its `details.participant` names the culprit (frost-rs style).
 *
 * @example
 *   const r1 = dkgRound1('frost-ed25519', identifierFromIndex('frost-ed25519', 1), { min: 2, max: 3 });
 *   // ... dkgRound2 / dkgRound3 with the other participants' packages ...
 *   const { nonces, commitments } = commit(suite, key.secret);
 *   const share = signShare(suite, key.secret, key.public, nonces, commitmentList, msg);
 *   const sig = aggregateVerified(suite, key.public, commitmentList, msg, { [id]: share, ... });
 */
import type {
  DKG_Round1,
  DKG_Round2,
  DKG_Secret,
  FrostPublic,
  FrostSecret,
  GenNonce,
  Identifier,
  NonceCommitments,
  Nonces,
  RNG,
  Signers,
} from '@noble/curves/abstract/frost.js';
import { schnorr } from '@noble/curves/secp256k1.js';
import { toHex } from '../crypto/bytes.js';
import { verify as ed25519Verify } from '../crypto/ed25519.js';
import { CustosError, badInput } from '../errors.js';
import * as native from './frost-native.js';
import { frostSuite, type FrostCiphersuite, type FrostSuite } from './suites.js';

export type { DKG_Round1, DKG_Round2, DKG_Secret, FrostPublic, FrostSecret, GenNonce, Identifier, NonceCommitments, Nonces, RNG, Signers };

/** One participant's result of a DKG: its secret share and the shared public package. */
export interface FrostKeyPackage {
  secret: FrostSecret;
  public: FrostPublic;
}

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** Run a noble call, turning its plain Errors into E_BAD_INPUT naming the operation. */
function guard<T>(op: string, fn: () => T, details?: Record<string, unknown>): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof CustosError) throw e;
    throw badInput(`${op}: ${reason(e)}`, { op, ...details }, { cause: e });
  }
}

const invalidShare = (participant: Identifier, why: string, cause?: unknown): CustosError =>
  new CustosError('E_INVALID_SHARE', `participant ${participant} sent an invalid signature share`, { participant, reason: why }, { cause });

/** RFC 9591 §3.1 / §5: participant identifier (non-zero scalar) for index `n` (1, 2, ...). */
export function identifierFromIndex(suite: FrostSuite, n: number): Identifier {
  const { frost } = frostSuite(suite);
  if (!Number.isSafeInteger(n) || n < 1) throw badInput(`identifier index must be a positive integer, got ${n}`, { field: 'index' });
  return frost.Identifier.fromNumber(n);
}

/** Identifier derived from a stable name (frost-rs `Identifier::derive`, H_ID hash). */
export function identifierFromName(suite: FrostSuite, name: string): Identifier {
  return guard('identifier', () => frostSuite(suite).frost.Identifier.derive(name));
}

/**
 * DKG round 1 (the Pedersen/Komlo–Goldberg DKG of frost-rs; RFC 9591 leaves DKG
 * out of scope, Appendix C gives the dealer VSS it generalises). Broadcast
 * `public`; keep `secret` private until dkgRound3 or dkgClean.
 */
export function dkgRound1(suite: FrostSuite, id: Identifier, signers: Signers, rng?: RNG): { public: DKG_Round1; secret: DKG_Secret } {
  const { frost } = frostSuite(suite);
  return guard('dkg round 1', () => frost.DKG.round1(id, signers, undefined, rng), { participant: id });
}

/**
 * DKG round 2: checks every other participant's round-1 proof of knowledge and
 * returns one private package per recipient identifier (send each only to it).
 */
export function dkgRound2(suite: FrostSuite, secret: DKG_Secret, othersRound1: DKG_Round1[]): Record<Identifier, DKG_Round2> {
  const { frost } = frostSuite(suite);
  return guard('dkg round 2', () => frost.DKG.round2(secret, othersRound1));
}

/**
 * DKG round 3: checks each received share against its sender's VSS commitment
 * (RFC 9591 App. C.2 vss_verify) — a bad one is E_INVALID_SHARE naming the
 * sender — then returns this participant's key package. `round1All` are the
 * other participants' round-1 packages (the same ones given to dkgRound2).
 * For frost-secp256k1-tr the result is TapTweaked with the empty merkle root.
 */
export function dkgRound3(suite: FrostSuite, secret: DKG_Secret, round1All: DKG_Round1[], round2Received: DKG_Round2[]): FrostKeyPackage {
  const { frost } = frostSuite(suite);
  const self = guard('dkg round 3', () => toHex(frost.utils.Fn.toBytes(secret.identifier)));
  for (const r2 of round2Received) {
    const r1 = round1All.find((p) => p.identifier === r2.identifier);
    if (!r1) throw badInput(`dkg round 3: no round-1 package from participant ${r2.identifier}`, { participant: r2.identifier });
    try {
      frost.validateSecret({ identifier: self, signingShare: r2.signingShare }, { signers: secret.signers, commitments: r1.commitment, verifyingShares: {} });
    } catch (e) {
      throw new CustosError(
        'E_INVALID_SHARE',
        `participant ${r2.identifier} sent an invalid DKG share`,
        { participant: r2.identifier, reason: reason(e) },
        { cause: e },
      );
    }
  }
  return guard('dkg round 3', () => frost.DKG.round3(secret, round1All, round2Received));
}

/** Best-effort erasure of DKG round state (after round 3 or on abort). */
export function dkgClean(suite: FrostSuite, secret: DKG_Secret): void {
  guard('dkg clean', () => frostSuite(suite).frost.DKG.clean(secret));
}

/**
 * RFC 9591 §5.1 commit(): fresh hiding/binding nonces (nonce_generate, §4.1,
 * mixing 32 bytes from `rng` with the signing share) and their public
 * commitments. Nonces are single-use: signShare zeroes them.
 */
export function commit(suite: FrostSuite, secret: FrostSecret, rng?: RNG): GenNonce {
  frostSuite(suite);
  return guard('commit', () => native.commit(suite, secret, rng), { participant: secret?.identifier });
}

/**
 * RFC 9591 §5.2 sign(): this participant's signature share over `msg` for the
 * signing set `commitmentList`. Zeroes `nonces` on success, so a second call
 * with the same nonce object fails (E_BAD_INPUT).
 */
export function signShare(
  suite: FrostSuite,
  secret: FrostSecret,
  pub: FrostPublic,
  nonces: Nonces,
  commitmentList: NonceCommitments[],
  msg: Uint8Array,
): Uint8Array {
  frostSuite(suite);
  return guard('sign share', () => native.signShare(suite, secret, pub, nonces, commitmentList, msg), { participant: secret?.identifier });
}

/** RFC 9591 §5.4 verify_signature_share() for one participant; false (never throws) on a bad share. */
export function verifyShare(
  suite: FrostSuite,
  pub: FrostPublic,
  commitmentList: NonceCommitments[],
  msg: Uint8Array,
  participant: Identifier,
  share: Uint8Array,
): boolean {
  try {
    frostSuite(suite);
    return native.verifyShare(suite, pub, commitmentList, msg, participant, share);
  } catch (e) {
    if (e instanceof CustosError) throw e;
    return false;
  }
}

/** Check the signing set is well-formed before blaming anyone (all E_BAD_INPUT). */
function checkSigningSet(s: FrostCiphersuite, pub: FrostPublic, commitmentList: NonceCommitments[], shares: Record<Identifier, Uint8Array>): void {
  if (!Array.isArray(commitmentList)) throw badInput('commitmentList must be an array', { field: 'commitmentList' });
  const { min, max } = pub.signers;
  if (commitmentList.length < min || commitmentList.length > max) {
    throw badInput(`need between ${min} and ${max} signers, got ${commitmentList.length}`, { field: 'commitmentList', min, max, got: commitmentList.length });
  }
  const seen = new Set<string>();
  for (const c of commitmentList) {
    const id = c?.identifier;
    if (typeof id !== 'string' || seen.has(id)) throw badInput(`duplicate or missing identifier in commitmentList`, { participant: id });
    seen.add(id);
    if (!Object.hasOwn(pub.verifyingShares, id)) throw badInput(`participant ${id} is not in this key set`, { participant: id });
    if (!Object.hasOwn(shares, id)) throw badInput(`no signature share from participant ${id}`, { participant: id });
    try {
      native.assertCommitment(s.name, c.hiding);
      native.assertCommitment(s.name, c.binding);
    } catch (e) {
      throw badInput(`participant ${id} has a malformed nonce commitment`, { participant: id, reason: reason(e) });
    }
  }
  for (const id of Object.keys(shares)) {
    if (!seen.has(id)) throw badInput(`signature share from participant ${id} who has no commitment in this session`, { participant: id });
  }
}

/**
 * Coordinator: RFC 9591 §5.3 aggregate() with §5.4 attribution. The engine
 * aggregates, verifies the result once and, only when it fails, checks every
 * share to name the cheaters (the first is E_INVALID_SHARE with
 * `details.participant`); checking each share up front would cost T share
 * verifications per signature for nothing in the honest case. The result is
 * then verified again as encoded (OpenSSL for Ed25519, the native BIP340 /
 * RFC 9591 verifier for -tr / secp256k1; see verifyIndependently).
 * Returns the signature (ed25519 64 B, secp256k1 65 B, -tr 64 B).
 */
export function aggregateVerified(
  suite: FrostSuite,
  pub: FrostPublic,
  commitmentList: NonceCommitments[],
  msg: Uint8Array,
  shares: Record<Identifier, Uint8Array>,
): Uint8Array {
  const s = frostSuite(suite);
  const { frost } = s;
  guard('aggregate', () => checkSigningSet(s, pub, commitmentList, shares));
  if (!(msg instanceof Uint8Array)) throw badInput('msg must be bytes', { field: 'msg' });
  for (const { identifier: id } of commitmentList) {
    const share = shares[id];
    if (!(share instanceof Uint8Array) || share.length !== frost.utils.Fn.BYTES) throw invalidShare(id, 'malformed share');
    try {
      frost.utils.Fn.fromBytes(share);
    } catch (e) {
      throw invalidShare(id, reason(e), e); // a non-canonical scalar
    }
  }
  let sig: Uint8Array;
  try {
    sig = native.aggregate(suite, pub, commitmentList, msg, shares);
  } catch (e) {
    const cheaters = e instanceof native.AggregationError ? e.cheaters : undefined;
    if (Array.isArray(cheaters) && typeof cheaters[0] === 'string') throw invalidShare(cheaters[0], 'share does not verify (RFC 9591 §5.4)', e);
    // Every share verified alone but the sum does not: the public package (e.g. its threshold) is inconsistent.
    throw badInput('signature shares verify individually but do not aggregate under this public package', { reason: reason(e) }, { cause: e });
  }
  if (!verifyIndependently(s, pub, msg, sig)) {
    throw new CustosError('E_INTERNAL', 'aggregated FROST signature failed final verification', { suite });
  }
  return sig;
}

/**
 * The final check of the encoded signature, as its verifier will see it: for
 * Ed25519 by a second implementation (OpenSSL, RFC 8032); for secp256k1 and
 * -tr by the native verifier (decoding x-only R and key, BIP340 challenge for
 * -tr), the way ECDSA is checked natively, with noble's RFC 9591 / BIP340
 * verifiers as the cross-check in tests (decision record 0013: noble's BIP340
 * verification cost more than the whole native signature).
 */
function verifyIndependently(s: FrostCiphersuite, pub: FrostPublic, msg: Uint8Array, sig: Uint8Array): boolean {
  const key = s.groupPublicKey(pub);
  try {
    if (s.name === 'frost-ed25519') return ed25519Verify(key, msg, sig);
    return native.verify(s.name, sig, msg, key);
  } catch {
    return false;
  }
}

/**
 * Verify a final signature against the group key (`pub` package or the key
 * bytes groupPublicKey() returns). For frost-secp256k1-tr both FROST and BIP340
 * (schnorr.verify over the x-only key) must accept. Never throws on bad input.
 */
export function verify(suite: FrostSuite, pub: FrostPublic | Uint8Array, msg: Uint8Array, sig: Uint8Array): boolean {
  const s = frostSuite(suite);
  try {
    const key = pub instanceof Uint8Array ? pub : s.groupPublicKey(pub);
    if (!native.verify(s.name, sig, msg, key)) return false;
    if (s.name === 'frost-secp256k1-tr') return schnorr.verify(sig, msg, key.length === 33 ? key.subarray(1) : key);
    return true;
  } catch {
    return false;
  }
}

/** The group key custody shows for a FROST key set (see suites.ts). */
export function groupPublicKey(suite: FrostSuite, pub: FrostPublic): Uint8Array {
  return frostSuite(suite).groupPublicKey(pub);
}
