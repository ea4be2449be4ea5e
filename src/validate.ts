/**
 * The input validators shared across modules: names, tags, addresses and
 * listen addresses, each checked by one named helper whose error names the
 * field. Pure (imports only errors.ts), so the policy core, the keystore, the
 * CLI and the servers all use the same checks.
 */
import { CustosError, badInput } from './errors.js';

/**
 * Principal roles. validator: a validator client on the eth2 listener only
 * (src/server/eth2-app.ts); keymanager: the eth2 keymanager API only
 * (bearer tokens, decision 0021); guardian: proposes and approves the recovery of
 * lost admins (src/requests/recovery.ts) and nothing else.
 */
export const ROLES = ['admin', 'approver', 'operator', 'auditor', 'agent', 'validator', 'keymanager', 'guardian'] as const;
export type Role = (typeof ROLES)[number];

/** Names of keys, wallets, principals, lists, parties, policy rules and tag names: 1-64 characters. */
export const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** An EVM address: 0x and 40 hex digits (any case). */
export const EVM_ADDRESS_RE = /^0x[0-9a-fA-F]{40}$/;

/** `name` itself when it is a valid name; E_BAD_INPUT naming the field (`what`) otherwise. */
export function checkName(name: string, what = 'name'): string {
  if (!NAME_RE.test(name)) {
    throw badInput(`${what} must be 1-64 characters of letters, digits, ".", "_" or "-", starting with a letter or digit`, { field: what });
  }
  return name;
}

/** Tags of keys and principals: names like key names, values up to 256 characters. */
export function checkTags(tags: Record<string, string>): Record<string, string> {
  for (const [k, v] of Object.entries(tags)) {
    if (!NAME_RE.test(k)) throw badInput(`tag name "${k}" is not valid`, { field: 'tag' });
    if (v.length > 256) throw badInput(`tag ${k} is longer than 256 characters`, { field: 'tag' });
  }
  return tags;
}

/** `--listen HOST:PORT` (a bracketed IPv6 address allowed) of `custos serve` and `custos party serve`; E_USAGE otherwise. */
export function parseListen(listen: string, flag = '--listen'): { host: string; port: number } {
  const m = /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/.exec(listen);
  if (!m || Number(m[2]) > 65535) throw new CustosError('E_USAGE', `${flag} must be HOST:PORT, got "${listen}"`);
  return { host: m[1]!.replace(/^\[|\]$/g, ''), port: Number(m[2]) };
}
