/**
 * JSON wire/storage forms of noble's FROST packages: every byte string as
 * lowercase hex, identifiers as noble's hex strings. decode* validate shape
 * (E_BAD_INPUT naming the field); cryptographic validity is checked where
 * the packages are used (frost.ts, reshare.ts).
 */
import { badInput } from '../errors.js';
import { fromHex, toHex } from '../crypto/bytes.js';
import type { DKG_Round1, FrostPublic, FrostSecret, NonceCommitments, Nonces } from './frost.js';

export interface FrostPublicJson {
  signers: { min: number; max: number };
  commitments: string[];
  verifyingShares: Record<string, string>;
}

const ID_RE = /^[0-9a-f]{64}$/;
const hexArr = (v: unknown, field: string): Uint8Array[] => {
  if (!Array.isArray(v) || v.length === 0 || v.length > 64) throw badInput(`${field}: expected a list of hex strings`, { field });
  return v.map((x, i) => fromHex(String(x), `${field}[${i}]`));
};
export const checkIdentifier = (v: unknown, field: string): string => {
  if (typeof v !== 'string' || !ID_RE.test(v)) throw badInput(`${field}: expected a FROST identifier (64 hex)`, { field });
  return v;
};
const obj = (v: unknown, field: string): Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw badInput(`${field}: expected an object`, { field });
  return v as Record<string, unknown>;
};

export function encodePublic(p: FrostPublic): FrostPublicJson {
  return {
    signers: { min: p.signers.min, max: p.signers.max },
    commitments: p.commitments.map(toHex),
    verifyingShares: Object.fromEntries(Object.entries(p.verifyingShares).map(([k, v]) => [k, toHex(v)])),
  };
}

export function decodePublic(v: unknown, field = 'public'): FrostPublic {
  const o = obj(v, field);
  const s = obj(o.signers, `${field}.signers`);
  const min = Number(s.min);
  const max = Number(s.max);
  if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min < 1 || max < min || max > 64) throw badInput(`${field}.signers: invalid`, { field });
  const shares = obj(o.verifyingShares, `${field}.verifyingShares`);
  return {
    signers: { min, max },
    commitments: hexArr(o.commitments, `${field}.commitments`),
    verifyingShares: Object.fromEntries(
      Object.entries(shares).map(([k, x]) => [checkIdentifier(k, `${field}.verifyingShares`), fromHex(String(x), `${field}.verifyingShares`)]),
    ),
  } as unknown as FrostPublic;
}

export const encodeSecret = (s: FrostSecret) => ({ identifier: s.identifier, signingShare: toHex(s.signingShare) });
export const decodeSecret = (v: unknown): FrostSecret => {
  const o = obj(v, 'secret');
  return {
    identifier: checkIdentifier(o.identifier, 'secret.identifier'),
    signingShare: fromHex(String(o.signingShare), 'secret.signingShare'),
  } as unknown as FrostSecret;
};

export const encodeRound1 = (r: DKG_Round1) => ({ identifier: r.identifier, commitment: r.commitment.map(toHex), proofOfKnowledge: toHex(r.proofOfKnowledge) });
export function decodeRound1(v: unknown, field = 'round1'): DKG_Round1 {
  const o = obj(v, field);
  return {
    identifier: checkIdentifier(o.identifier, `${field}.identifier`),
    commitment: hexArr(o.commitment, `${field}.commitment`),
    proofOfKnowledge: fromHex(String(o.proofOfKnowledge), `${field}.proofOfKnowledge`),
  } as unknown as DKG_Round1;
}

export const encodeCommitments = (c: NonceCommitments) => ({ identifier: c.identifier, hiding: toHex(c.hiding), binding: toHex(c.binding) });
export function decodeCommitments(v: unknown, field = 'commitments'): NonceCommitments {
  const o = obj(v, field);
  return {
    identifier: checkIdentifier(o.identifier, `${field}.identifier`),
    hiding: fromHex(String(o.hiding), `${field}.hiding`),
    binding: fromHex(String(o.binding), `${field}.binding`),
  } as unknown as NonceCommitments;
}

export const encodeNonces = (n: Nonces) => ({ hiding: toHex(n.hiding), binding: toHex(n.binding) });
export const decodeNonces = (v: unknown): Nonces => {
  const o = obj(v, 'nonces');
  return { hiding: fromHex(String(o.hiding), 'nonces.hiding'), binding: fromHex(String(o.binding), 'nonces.binding') } as unknown as Nonces;
};
