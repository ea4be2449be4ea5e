/**
 * The guardian recovery proposal as it is stored and signed (decision 0024):
 * new admins' names and canonical public keys, the admins to revoke. A leaf
 * module: the request service builds proposals with it, and threshold
 * governance (src/threshold/governance.ts) checks that a guardian's signed
 * `POST /v1/recovery` says exactly the proposal a party is shown.
 */
import { createHash } from 'node:crypto';
import { badInput } from '../errors.js';
import { publicKeyFromHex, publicKeyToHex } from '../auth/credential.js';
import { checkName } from '../validate.js';
import type { AdminAction } from './types.js';

export const MAX_RECOVERY_PRINCIPALS = 10;

export type RecoveryAction = Extract<AdminAction, { action: 'recovery' }>;

/** The proposal as stored and signed: public keys canonical, names checked, no name twice. */
export function normaliseRecovery(input: { admins: { name: string; publicKey: string }[]; revoke?: string[] }): RecoveryAction {
  if (!Array.isArray(input.admins) || input.admins.length === 0) throw badInput('a recovery names at least one new admin', { field: 'admins' });
  if (input.admins.length > MAX_RECOVERY_PRINCIPALS) throw badInput(`a recovery names at most ${MAX_RECOVERY_PRINCIPALS} new admins`, { field: 'admins' });
  const revoke = input.revoke ?? [];
  if (!Array.isArray(revoke)) throw badInput('revoke: expected a list of names', { field: 'revoke' });
  if (revoke.length > MAX_RECOVERY_PRINCIPALS) throw badInput(`a recovery revokes at most ${MAX_RECOVERY_PRINCIPALS} admins`, { field: 'revoke' });
  // Also read from a coordinator's relayed proof (a party), so nothing here is trusted to be a string.
  const str = (v: unknown): string => (typeof v === 'string' ? v : '');
  const admins = input.admins.map((a) => ({
    name: checkName(str(a?.name), 'admins.name'),
    publicKey: publicKeyToHex(publicKeyFromHex(str(a?.publicKey), 'admins.publicKey')),
  }));
  revoke.forEach((n) => checkName(str(n), 'revoke'));
  const names = [...admins.map((a) => a.name), ...revoke];
  if (new Set(names).size !== names.length) throw badInput('a principal is named twice in the recovery', { field: 'admins' });
  if (new Set(admins.map((a) => a.publicKey)).size !== admins.length) throw badInput('two new admins have the same public key', { field: 'admins.publicKey' });
  return { action: 'recovery', admins, revoke };
}

/**
 * The request id of a recovery a guardian proposed through the API: derived from its signed request (principal,
 * timestamp, nonce: what the server's replay check makes unique), in the UUID layout (RFC 9562 version 8). A
 * threshold party requires it (decision 0031), so a proposal has one request id wherever it goes: a relay under
 * another id is refused, and a cancel of that id covers every copy of the proposal (review: with one guardian
 * nothing else signs the id, and the signature's encoding is malleable).
 */
export function recoveryRequestId(h: { principal: string; timestamp: number; nonce: string }): string {
  const b = createHash('sha256').update(`custos-recovery-request\0${h.principal}\0${h.timestamp}\0${h.nonce}`).digest();
  b[6] = (b[6]! & 0x0f) | 0x80;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const x = b.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}
