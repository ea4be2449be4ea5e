/**
 * Scoped bearer tokens, for clients that cannot sign requests (e.g. an
 * Ethereum JSON-RPC endpoint): `cst_<id>_<secret>`, where `id` is 16 random hex
 * characters (the lookup key) and `secret` is 32 random bytes, unpadded
 * base64url (43 characters). The server stores only
 * `hex(sha256(ascii(secret)))`, never the token.
 *
 * The `cst_` prefix makes leaked tokens easy to find with secret scanners.
 */
import { createHash, randomBytes } from 'node:crypto';
import { CustosError, badInput } from '../errors.js';
import { equalBytes, fromHex } from '../crypto/bytes.js';

export const TOKEN_PREFIX = 'cst_';
/** Longest accepted time-to-live: 365 days, in ms. */
export const MAX_TTL_MS = 365 * 24 * 3600 * 1000;

const TOKEN_RE = /^cst_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;
const TTL_RE = /^([0-9]{1,9})([smhd])$/;
const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/**
 * Mint a token. Show `token` to the user once; store `id` and `secretHash`.
 *
 * @example
 *   const { id, token, secretHash } = newToken();
 *   await repo.insertToken({ id, principalId, secretHash, expiresAt, state: 'active', createdAt });
 */
export function newToken(): { id: string; token: string; secretHash: string } {
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { id, token: `${TOKEN_PREFIX}${id}_${secret}`, secretHash: hashSecret(secret) };
}

/**
 * Split a presented token. E_UNAUTHENTICATED if malformed (the token is never echoed).
 *
 * @example
 *   const { id, secret } = parseToken(bearer);
 *   const rec = await repo.tokenById(id);
 *   if (!rec || !tokenMatches(secret, rec.secretHash)) throw new CustosError('E_UNAUTHENTICATED', 'invalid token');
 */
export function parseToken(s: string): { id: string; secret: string } {
  const m = typeof s === 'string' ? TOKEN_RE.exec(s) : null;
  // 43 base64url chars carry 258 bits: the last 2 must be zero for a 32-byte secret.
  if (!m || Buffer.from(m[2]!, 'base64url').toString('base64url') !== m[2]) {
    throw new CustosError('E_UNAUTHENTICATED', 'malformed bearer token (expected cst_<id>_<secret>)');
  }
  return { id: m[1]!, secret: m[2]! };
}

/**
 * Does `secret` hash to the stored `secretHash`? Constant time in the secret.
 * Throws RangeError if `secretHash` is not 32 bytes of hex (a corrupt record).
 *
 * @example
 *   tokenMatches(parseToken(t).secret, record.secretHash); // true / false
 */
export function tokenMatches(secret: string, secretHash: string): boolean {
  let expected: Uint8Array;
  try {
    expected = fromHex(secretHash, 'secretHash', 32);
  } catch {
    throw new RangeError('secretHash: expected 64 hex characters');
  }
  const actual = createHash('sha256').update(secret, 'utf8').digest();
  return equalBytes(actual, expected);
}

/**
 * Parse a time-to-live such as `90s`, `30m`, `12h`, `7d` into milliseconds.
 * Positive, at most 365d; E_BAD_INPUT otherwise.
 *
 * @example
 *   parseTtl('12h'); // 43_200_000
 */
export function parseTtl(s: string): number {
  const m = typeof s === 'string' ? TTL_RE.exec(s) : null;
  if (!m) throw badInput('ttl: expected a number and a unit s, m, h or d (e.g. 30m, 12h, 7d)', { field: 'ttl' });
  const ms = Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
  if (ms <= 0) throw badInput('ttl: must be greater than zero', { field: 'ttl' });
  if (ms > MAX_TTL_MS) throw badInput('ttl: at most 365d', { field: 'ttl' });
  return ms;
}

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
