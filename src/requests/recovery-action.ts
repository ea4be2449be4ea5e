/**
 * The guardian recovery proposal as it is stored and signed (decision 0024):
 * new admins' names and canonical public keys, the admins to revoke. A leaf
 * module: the request service builds proposals with it, and threshold
 * governance (src/threshold/governance.ts) checks that a guardian's signed
 * `POST /v1/recovery` says exactly the proposal a party is shown.
 */
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
