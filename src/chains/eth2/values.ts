/**
 * Boundary checks for eth2 JSON values: uint64 decimal strings, 0x-hex roots
 * and BLS public keys. Each refusal is E_BAD_INPUT naming the field; nothing
 * of the rejected value is echoed.
 */
import { badInput } from '../../errors.js';

const UINT_RE = /^(0|[1-9][0-9]{0,19})$/;
const ROOT_RE = /^0x[0-9a-fA-F]{64}$/;
const PUBKEY_RE = /^0x[0-9a-fA-F]{96}$/;

/**
 * A uint64 given as a decimal string (the consensus JSON encoding), as a JS number. Values above
 * 2^53 - 1 are refused: no real slot or epoch comes near, and the store keeps them exactly.
 * @example uint('12', 'slot') // 12
 */
export function uint(v: unknown, field: string): number {
  const s = typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? String(v) : v;
  if (typeof s !== 'string' || !UINT_RE.test(s)) throw badInput(`${field}: expected a decimal unsigned integer string`, { field });
  const n = Number(s);
  if (!Number.isSafeInteger(n)) throw badInput(`${field}: above 2^53 - 1`, { field });
  return n;
}

/** A 32-byte root as 0x-prefixed lowercase hex. */
export function root(v: unknown, field: string): string {
  if (typeof v !== 'string' || !ROOT_RE.test(v)) throw badInput(`${field}: expected 0x and 64 hex digits`, { field });
  return v.toLowerCase();
}

/** A 48-byte compressed BLS public key as 0x-prefixed lowercase hex (format only; the key store checks the point). */
export function pubkey(v: unknown, field = 'pubkey'): string {
  if (typeof v !== 'string' || !PUBKEY_RE.test(v)) throw badInput(`${field}: expected 0x and 96 hex digits`, { field });
  return v.toLowerCase();
}

/** A plain JSON object, or E_BAD_INPUT. */
export function object(v: unknown, field: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw badInput(`${field}: expected an object`, { field });
  return v as Record<string, unknown>;
}

/** A JSON array, or E_BAD_INPUT. */
export function array(v: unknown, field: string): unknown[] {
  if (!Array.isArray(v)) throw badInput(`${field}: expected an array`, { field });
  return v;
}
