/**
 * Request signatures: every API request carries an ECDSA P-256 / SHA-256
 * signature (IEEE P1363, 64-byte r||s) by the calling principal's key over a
 * canonical string that binds the method, the path with its query string, the
 * SHA-256 of the raw body, a timestamp, a client nonce and the principal name.
 *
 * Headers (lowercase):
 *   x-custos-principal  principal name (same rules as key names)
 *   x-custos-timestamp  unix seconds, decimal integer, no leading zeros
 *   x-custos-nonce      16..64 chars of [A-Za-z0-9_-] (default: 16 random bytes, base64url)
 *   x-custos-signature  base64url, unpadded, of the 64-byte P1363 signature
 *
 * Canonical string (UTF-8, "\n"-separated, no trailing newline):
 *   custos-request-v1
 *   METHOD
 *   /path?query            (exactly as sent)
 *   hex(sha256(body))      (sha256 of the empty string for no body)
 *   timestamp
 *   nonce
 *   principal
 *
 * Freshness is checked here; replay is not: the caller must record
 * {@link nonceKey} in a nonce store (atomic check-and-insert) and keep it until
 * {@link nonceExpiresAt}, when the timestamp itself stops being accepted.
 *
 * Node's OpenSSL is used for both sides; the server caches one public KeyObject
 * per principal (bench/auth.ts: P-256 verifies ~1.7x faster than Ed25519 here).
 */
import { createHash, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { CustosError, badInput } from '../errors.js';
import { utf8 } from '../crypto/bytes.js';
import { NAME_RE } from '../keystore/refs.js';
import { NONCE_RE, SIGNATURE_HEADERS, canonicalRequestFromHash } from './request-canonical.js';

export { SIGNATURE_HEADERS, CANONICAL_VERSION } from './request-canonical.js';

/** Default accepted clock skew, seconds, either direction. */
export const DEFAULT_MAX_SKEW_SECONDS = 60;

const SIGNATURE_BYTES = 64;
/** Unix seconds: decimal, no sign, no leading zeros. */
const TIMESTAMP_RE = /^(?:0|[1-9][0-9]{0,15})$/;
/** Unpadded base64url of exactly 64 bytes. */
const SIGNATURE_RE = /^[A-Za-z0-9_-]{86}$/;

/** The parts of a request that the signature covers. */
export interface CanonicalRequestParts {
  method: string;
  path: string;
  body: Uint8Array | string;
  timestamp: number;
  nonce: string;
  principal: string;
}

/** Authentication headers, parsed and syntactically checked (not yet verified). */
export interface SignedHeaders {
  principal: string;
  timestamp: number;
  nonce: string;
  signature: Uint8Array;
}

/**
 * Build the canonical string that is signed. Throws E_BAD_INPUT naming the
 * field when a part could make the string ambiguous (newlines, bad charset).
 * Sign the path exactly as it goes on the wire, percent-encoded: node:http
 * hands the server raw non-ASCII bytes as latin1, so those would not verify.
 *
 * @example
 *   canonicalRequest({ method: 'post', path: '/v1/sign?dry=1', body: '{}', timestamp: 1763790000, nonce: 'AAAAAAAAAAAAAAAAAAAAAA', principal: 'ci-bot' });
 *   // 'custos-request-v1\nPOST\n/v1/sign?dry=1\n44136fa3…\n1763790000\nAAAAAAAAAAAAAAAAAAAAAA\nci-bot'
 */
export function canonicalRequest(parts: CanonicalRequestParts): string {
  const bodyBytes = typeof parts.body === 'string' ? utf8(parts.body) : parts.body;
  if (!(bodyBytes instanceof Uint8Array)) throw new TypeError('body: expected Uint8Array or string');
  const { body: _body, ...rest } = parts;
  return canonicalRequestFromHash({ ...rest, bodySha256: createHash('sha256').update(bodyBytes).digest('hex') });
}

/** Key used by the caller's replay store for this request's nonce. */
export function nonceKey(h: Pick<SignedHeaders, 'principal' | 'nonce'>): string {
  return `${h.principal}:${h.nonce}`;
}

/**
 * When the replay store may forget this nonce (ms): after it, the timestamp is
 * stale anyway, so a replay fails {@link verifyRequest} instead.
 *
 * @example
 *   await repo.useNonce(nonceKey(h), nonceExpiresAt(h)); // false -> E_REPLAYED
 */
export function nonceExpiresAt(h: Pick<SignedHeaders, 'timestamp'>, maxSkewSeconds: number = DEFAULT_MAX_SKEW_SECONDS): number {
  return (h.timestamp + maxSkewSeconds) * 1000;
}

/**
 * Sign a request as `principal`; returns the four headers to send.
 * `now` is in milliseconds (default `Date.now()`); the timestamp is its whole seconds.
 *
 * @example
 *   const headers = signRequest(cred.privateKey, 'ci-bot', { method: 'POST', path: '/v1/sign', body });
 *   await fetch(url, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body });
 */
export function signRequest(
  privateKey: KeyObject,
  principal: string,
  req: { method: string; path: string; body?: Uint8Array | string },
  now: number = Date.now(),
): Record<string, string> {
  assertP256(privateKey, 'private', 'privateKey');
  if (!Number.isFinite(now)) throw new RangeError('now: expected milliseconds since the epoch');
  const timestamp = Math.floor(now / 1000);
  const nonce = randomBytes(16).toString('base64url');
  const message = canonicalRequest({ method: req.method, path: req.path, body: req.body ?? '', timestamp, nonce, principal });
  const signature = sign('sha256', utf8(message), { key: privateKey, dsaEncoding: 'ieee-p1363' });
  return {
    [SIGNATURE_HEADERS.principal]: principal,
    [SIGNATURE_HEADERS.timestamp]: String(timestamp),
    [SIGNATURE_HEADERS.nonce]: nonce,
    [SIGNATURE_HEADERS.signature]: signature.toString('base64url'),
  };
}

/**
 * Read and syntax-check the four headers. E_UNAUTHENTICATED names the missing,
 * repeated or malformed header; header values are never echoed.
 *
 * @example
 *   const h = parseSignedHeaders(req.headers); // Fastify / node:http headers
 */
export function parseSignedHeaders(headers: Record<string, string | string[] | undefined>): SignedHeaders {
  const principal = header(headers, SIGNATURE_HEADERS.principal);
  if (!NAME_RE.test(principal)) throw malformed(SIGNATURE_HEADERS.principal, 'not a valid principal name');
  const ts = header(headers, SIGNATURE_HEADERS.timestamp);
  if (!TIMESTAMP_RE.test(ts) || !Number.isSafeInteger(Number(ts))) throw malformed(SIGNATURE_HEADERS.timestamp, 'expected integer unix seconds');
  const nonce = header(headers, SIGNATURE_HEADERS.nonce);
  if (!NONCE_RE.test(nonce)) throw malformed(SIGNATURE_HEADERS.nonce, 'expected 16-64 characters of [A-Za-z0-9_-]');
  const sig = header(headers, SIGNATURE_HEADERS.signature);
  const signature = SIGNATURE_RE.test(sig) ? Buffer.from(sig, 'base64url') : undefined;
  // Re-encoding rejects non-canonical trailing bits: one signature, one header value.
  if (!signature || signature.length !== SIGNATURE_BYTES || signature.toString('base64url') !== sig) {
    throw malformed(SIGNATURE_HEADERS.signature, `expected unpadded base64url of a ${SIGNATURE_BYTES}-byte P1363 signature`);
  }
  return { principal, timestamp: Number(ts), nonce, signature: Uint8Array.from(signature) };
}

/**
 * Check freshness, then the signature. Throws E_STALE_REQUEST when the
 * timestamp is more than `maxSkewSeconds` away from `now` (ms), and
 * E_UNAUTHENTICATED when the signature does not verify under `publicKey`.
 * Replay (a nonce seen before) is the caller's check, via {@link nonceKey}.
 *
 * @example
 *   const h = parseSignedHeaders(req.headers);
 *   verifyRequest(keyCache.get(h.principal), h, { method: req.method, path: req.url, body: rawBody }, Date.now());
 *   if (!(await repo.useNonce(nonceKey(h), nonceExpiresAt(h)))) throw new CustosError('E_REPLAYED', 'request replayed');
 */
export function verifyRequest(
  publicKey: KeyObject,
  h: SignedHeaders,
  req: { method: string; path: string; body: Uint8Array | string },
  now: number,
  maxSkewSeconds: number = DEFAULT_MAX_SKEW_SECONDS,
): void {
  assertP256(publicKey, 'public', 'publicKey');
  if (!Number.isFinite(now)) throw new RangeError('now: expected milliseconds since the epoch');
  if (!Number.isFinite(maxSkewSeconds) || maxSkewSeconds < 0) throw new RangeError('maxSkewSeconds: expected a non-negative number');
  if (!Number.isSafeInteger(h.timestamp) || Math.abs(now - h.timestamp * 1000) > maxSkewSeconds * 1000) {
    throw new CustosError('E_STALE_REQUEST', `request timestamp is outside the allowed clock skew of ${maxSkewSeconds} s; check the client clock`, {
      maxSkewSeconds,
    });
  }
  if (!(h.signature instanceof Uint8Array) || h.signature.length !== SIGNATURE_BYTES) throw unauthenticated();
  const message = canonicalRequest({ ...req, timestamp: h.timestamp, nonce: h.nonce, principal: h.principal });
  let ok = false;
  try {
    ok = verify('sha256', utf8(message), { key: publicKey, dsaEncoding: 'ieee-p1363' }, h.signature);
  } catch {
    ok = false; // OpenSSL rejects out-of-range r/s by throwing on some versions
  }
  if (!ok) throw unauthenticated();
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string {
  let value: string | string[] | undefined;
  let seen = 0;
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() !== name) continue;
    seen++;
    value = headers[key];
  }
  if (Array.isArray(value)) {
    if (value.length > 1) seen = 2;
    value = value[0];
  }
  if (seen > 1) throw malformed(name, 'sent more than once');
  if (value === undefined || value === '') {
    throw new CustosError('E_UNAUTHENTICATED', `missing header ${name}`, { header: name });
  }
  return value;
}

function malformed(name: string, why: string): CustosError {
  return new CustosError('E_UNAUTHENTICATED', `malformed header ${name}: ${why}`, { header: name });
}

function unauthenticated(): CustosError {
  return new CustosError('E_UNAUTHENTICATED', 'request signature does not verify');
}

function assertP256(key: KeyObject, type: 'public' | 'private', field: string): void {
  if (key?.type !== type || key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new TypeError(`${field}: expected a P-256 ${type} KeyObject`);
  }
}
