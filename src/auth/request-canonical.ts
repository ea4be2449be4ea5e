/**
 * The canonical string a request signature covers (src/auth/request-signature.ts
 * documents the format), built from the SHA-256 of the body rather than the
 * body: this module does no hashing and imports nothing of Node, so the
 * browser console's client builds exactly the string the server verifies.
 *
 * @example
 *   canonicalRequestFromHash({ method: 'GET', path: '/v1/keys', bodySha256: 'e3b0c442…', timestamp: 1763790000, nonce: 'AAAAAAAAAAAAAAAAAAAAAA', principal: 'alice' });
 */
import { badInput } from '../errors.js';
import { NAME_RE } from '../validate.js';

/** Header names, lowercase as Node delivers them. */
export const SIGNATURE_HEADERS = {
  principal: 'x-custos-principal',
  timestamp: 'x-custos-timestamp',
  nonce: 'x-custos-nonce',
  signature: 'x-custos-signature',
} as const;

/** First line of the canonical string; bump it if the format ever changes. */
export const CANONICAL_VERSION = 'custos-request-v1';

/** RFC 9110 method token. */
const METHOD_RE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Origin-form target: starts with "/", no whitespace, control characters or DEL. */
const PATH_RE = /^\/[^\u0000-\u0020\u007f]*$/;
export const NONCE_RE = /^[A-Za-z0-9_-]{16,64}$/;
const SHA256_HEX_RE = /^[0-9a-f]{64}$/;

/** The parts of a request that the signature covers, the body as its hex SHA-256. */
export interface CanonicalRequestHashParts {
  method: string;
  path: string;
  /** Lowercase hex SHA-256 of the raw body bytes (of the empty string for no body). */
  bodySha256: string;
  timestamp: number;
  nonce: string;
  principal: string;
}

/**
 * The canonical string, from the body's hash. Throws E_BAD_INPUT naming the
 * field when a part could make the string ambiguous (newlines, bad charset).
 */
export function canonicalRequestFromHash(parts: CanonicalRequestHashParts): string {
  const { method, path, bodySha256, timestamp, nonce, principal } = parts;
  if (typeof method !== 'string' || !METHOD_RE.test(method)) throw badInput('method: not a valid HTTP method', { field: 'method' });
  if (typeof path !== 'string' || !PATH_RE.test(path)) {
    throw badInput('path: must start with "/" and contain no whitespace or control characters', { field: 'path' });
  }
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) throw badInput('timestamp: expected non-negative integer unix seconds', { field: 'timestamp' });
  if (typeof nonce !== 'string' || !NONCE_RE.test(nonce)) throw badInput('nonce: expected 16-64 characters of [A-Za-z0-9_-]', { field: 'nonce' });
  if (typeof principal !== 'string' || !NAME_RE.test(principal)) throw badInput('principal: not a valid principal name', { field: 'principal' });
  if (typeof bodySha256 !== 'string' || !SHA256_HEX_RE.test(bodySha256)) throw badInput('bodySha256: expected lowercase hex SHA-256', { field: 'bodySha256' });
  return [CANONICAL_VERSION, method.toUpperCase(), path, bodySha256, String(timestamp), nonce, principal].join('\n');
}
