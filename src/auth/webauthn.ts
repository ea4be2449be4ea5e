/**
 * Passkey (WebAuthn) credentials as principal keys, and the offline check of
 * a WebAuthn assertion (W3C WebAuthn Level 2 §7.2, steps 11-20 that need no
 * server state). Pure: node:crypto verifies the signatures, nothing here
 * does I/O or keeps a counter (decision 0026).
 *
 * A principal's `publicKey` column holds one of:
 *   SPKI DER hex                              a P-256 credential file's key (src/auth/credential.ts)
 *   "webauthn-pending:" regKeyHex ":" expMs   a passkey principal awaiting registration
 *   "webauthn:" base64url(canonicalJson(PasskeyCredential))
 *
 * `regKeyHex` is the raw Ed25519 public key derived from the one-time
 * registration token (never the token): whoever registers proves they hold
 * the token, and the server signs the registered credential with the
 * derived key, so a threshold party can check the binding against the
 * admin-signed `principal.create` that committed to `regKeyHex`.
 *
 * An assertion travels as an envelope: "wa1." + base64url(canonicalJson(
 *   {credentialId, authenticatorData, clientDataJSON, signature}))  (each base64url).
 */
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../audit/canonical.js';

export const PENDING_PREFIX = 'webauthn-pending:';
export const PASSKEY_PREFIX = 'webauthn:';
export const ENVELOPE_PREFIX = 'wa1.';
/** COSE algorithm identifiers custos accepts (RFC 9053): ES256 and EdDSA (Ed25519). */
export const PASSKEY_ALGS = [-7, -8] as const;
export type PasskeyAlg = (typeof PASSKEY_ALGS)[number];

/** What custos keeps of a registered passkey (inside the row-MAC'd principal row). */
export interface PasskeyCredential {
  v: 1;
  /** Credential id, base64url. */
  id: string;
  alg: PasskeyAlg;
  /** SPKI DER hex of the credential's public key (P-256 or Ed25519). */
  key: string;
  rpId: string;
  origin: string;
  /** When it was registered (ISO). */
  at: string;
  /** Ed25519 signature (base64url) by the registration key over {@link registrationStatement}. */
  reg: string;
}

/** The three kinds of principal key. */
export type PrincipalKey =
  { type: 'p256'; publicKey: string } | { type: 'passkey-pending'; regKey: string; expiresAtMs: number } | { type: 'passkey'; credential: PasskeyCredential };

const B64URL_RE = /^[A-Za-z0-9_-]*$/;
const PENDING_RE = /^webauthn-pending:([0-9a-f]{64}):([0-9]{1,15})$/;

const b64 = (s: unknown, max: number): Buffer | null =>
  typeof s === 'string' && s.length > 0 && s.length <= max && B64URL_RE.test(s) ? Buffer.from(s, 'base64url') : null;

/** Which kind of key a principal holds (a malformed passkey string is reported as a pending one that never matches). */
export function principalKey(stored: string): PrincipalKey {
  if (stored.startsWith(PENDING_PREFIX)) {
    const m = PENDING_RE.exec(stored);
    return m ? { type: 'passkey-pending', regKey: m[1]!, expiresAtMs: Number(m[2]) } : { type: 'passkey-pending', regKey: '', expiresAtMs: 0 };
  }
  if (stored.startsWith(PASSKEY_PREFIX)) {
    const c = parseCredential(stored.slice(PASSKEY_PREFIX.length));
    return c ? { type: 'passkey', credential: c } : { type: 'passkey-pending', regKey: '', expiresAtMs: 0 };
  }
  return { type: 'p256', publicKey: stored };
}

function parseCredential(s: string): PasskeyCredential | null {
  const raw = b64(s, 8192);
  if (!raw) return null;
  try {
    const o = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
    if (o.v !== 1 || typeof o.id !== 'string' || !b64(o.id, 1400)) return null;
    if (!(PASSKEY_ALGS as readonly unknown[]).includes(o.alg)) return null;
    for (const f of ['key', 'rpId', 'origin', 'at', 'reg']) if (typeof o[f] !== 'string' || (o[f] as string).length > 2048) return null;
    const c = { v: 1, id: o.id, alg: o.alg, key: o.key, rpId: o.rpId, origin: o.origin, at: o.at, reg: o.reg } as PasskeyCredential;
    return encodeCredential(c) === PASSKEY_PREFIX + s ? c : null; // canonical only: one credential, one string (and one row MAC)
  } catch {
    return null;
  }
}

/** The stored form of a registered passkey. */
export function encodeCredential(c: PasskeyCredential): string {
  return PASSKEY_PREFIX + Buffer.from(canonicalJson(c)).toString('base64url');
}

/** The stored form of a principal awaiting registration. */
export function pendingKey(regKeyHex: string, expiresAtMs: number): string {
  return `${PENDING_PREFIX}${regKeyHex}:${expiresAtMs}`;
}

/** A credential's public key as a KeyObject, or null when it is not a P-256 / Ed25519 SPKI matching `alg`. */
export function credentialKeyObject(c: Pick<PasskeyCredential, 'key' | 'alg'>): KeyObject | null {
  try {
    const k = createPublicKey({ key: Buffer.from(c.key, 'hex'), format: 'der', type: 'spki' });
    if (c.alg === -7 && k.asymmetricKeyType === 'ec' && k.asymmetricKeyDetails?.namedCurve === 'prime256v1') return k;
    if (c.alg === -8 && k.asymmetricKeyType === 'ed25519') return k;
    return null;
  } catch {
    return null;
  }
}

// --- registration token -> registration key ---------------------------------

/** PKCS#8 DER prefix of an Ed25519 private key (RFC 8410 §7), followed by the 32-byte seed. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** The Ed25519 key derived from a registration token: seed = SHA-256("custos-passkey-registration-key-v1\n" + token). */
export function registrationKey(token: string): { privateKey: KeyObject; publicKeyHex: string } {
  const seed = createHash('sha256').update(`custos-passkey-registration-key-v1\n${token}`).digest();
  const privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  seed.fill(0);
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' });
  return { privateKey, publicKeyHex: Buffer.from(String(jwk.x), 'base64url').toString('hex') };
}

/** What the registration key signs: the principal and everything of its credential but the signature. */
export function registrationStatement(principal: string, c: Omit<PasskeyCredential, 'reg'>): Buffer {
  return Buffer.from(
    canonicalJson({ t: 'custos-passkey-registration-v1', principal, id: c.id, alg: c.alg, key: c.key, rpId: c.rpId, origin: c.origin, at: c.at }),
  );
}

export function signRegistration(privateKey: KeyObject, principal: string, c: Omit<PasskeyCredential, 'reg'>): string {
  return sign(null, registrationStatement(principal, c), privateKey).toString('base64url');
}

/** Whether `c` was registered by the holder of the token behind `regKeyHex` (a party's check). */
export function verifyRegistration(regKeyHex: string, principal: string, c: PasskeyCredential): boolean {
  try {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(regKeyHex, 'hex').toString('base64url') }, format: 'jwk' });
    const sig = b64(c.reg, 100);
    return sig !== null && sig.length === 64 && verify(null, registrationStatement(principal, c), key, sig);
  } catch {
    return false;
  }
}

/** The registration ceremony's challenge: bound to the token (through its registration key) and the principal. */
export function registrationChallenge(principal: string, regKeyHex: string): string {
  return createHash('sha256').update(`custos-passkey-registration-challenge-v1\n${principal}\n${regKeyHex}`).digest('base64url');
}

// --- assertions ---------------------------------------------------------------

/** An assertion as the browser returns it (navigator.credentials.get), each field base64url. */
export interface AssertionParts {
  credentialId: string;
  authenticatorData: string;
  clientDataJSON: string;
  signature: string;
}

export function encodeAssertion(a: AssertionParts): string {
  return (
    ENVELOPE_PREFIX +
    Buffer.from(
      canonicalJson({ credentialId: a.credentialId, authenticatorData: a.authenticatorData, clientDataJSON: a.clientDataJSON, signature: a.signature }),
    ).toString('base64url')
  );
}

export function decodeAssertion(envelope: string): AssertionParts | null {
  if (typeof envelope !== 'string' || !envelope.startsWith(ENVELOPE_PREFIX) || envelope.length > 4096) return null;
  const raw = b64(envelope.slice(ENVELOPE_PREFIX.length), 4096);
  if (!raw) return null;
  try {
    const o = JSON.parse(raw.toString('utf8')) as Record<string, unknown>;
    const keys = Object.keys(o).sort().join(',');
    if (keys !== 'authenticatorData,clientDataJSON,credentialId,signature') return null;
    for (const k of ['credentialId', 'authenticatorData', 'clientDataJSON', 'signature']) if (!b64(o[k], 4096)) return null;
    return o as unknown as AssertionParts;
  } catch {
    return null;
  }
}

/** Why an assertion was refused (stable, for errors and `audit verify`). */
export type AssertionFailure =
  'malformed' | 'credential' | 'type' | 'challenge' | 'origin' | 'cross-origin' | 'rp-id' | 'user-present' | 'user-verified' | 'signature';

/** authenticatorData flags (WebAuthn §6.1). */
const FLAG_UP = 0x01;
const FLAG_UV = 0x04;

/**
 * Check an assertion envelope against a registered credential and the
 * challenge it must carry (base64url, unpadded): clientDataJSON.type is
 * "webauthn.get", its challenge and origin match, it is not cross-origin,
 * authenticatorData's rpIdHash is SHA-256(rpId), user presence and user
 * verification are set, and the signature over authenticatorData ||
 * SHA-256(clientDataJSON) verifies under the credential's key.
 *
 * @example
 *   verifyAssertion(cred, approvalChallenge(id, digest, 'approve'), envelope); // { ok: true }
 */
export function verifyAssertion(
  c: PasskeyCredential,
  challenge: string,
  envelope: string,
): { ok: true; signCount: number } | { ok: false; reason: AssertionFailure } {
  const a = decodeAssertion(envelope);
  if (!a) return { ok: false, reason: 'malformed' };
  if (a.credentialId !== c.id) return { ok: false, reason: 'credential' };
  const authData = Buffer.from(a.authenticatorData, 'base64url');
  const cdjBytes = Buffer.from(a.clientDataJSON, 'base64url');
  let cdj: Record<string, unknown>;
  try {
    cdj = JSON.parse(cdjBytes.toString('utf8')) as Record<string, unknown>;
    if (typeof cdj !== 'object' || cdj === null) return { ok: false, reason: 'malformed' };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (cdj.type !== 'webauthn.get') return { ok: false, reason: 'type' };
  if (cdj.challenge !== challenge) return { ok: false, reason: 'challenge' };
  if (cdj.origin !== c.origin) return { ok: false, reason: 'origin' };
  if (cdj.crossOrigin === true) return { ok: false, reason: 'cross-origin' };
  if (authData.length < 37) return { ok: false, reason: 'malformed' };
  if (!authData.subarray(0, 32).equals(createHash('sha256').update(c.rpId).digest())) return { ok: false, reason: 'rp-id' };
  const flags = authData[32]!;
  if ((flags & FLAG_UP) === 0) return { ok: false, reason: 'user-present' };
  if ((flags & FLAG_UV) === 0) return { ok: false, reason: 'user-verified' };
  const key = credentialKeyObject(c);
  if (!key) return { ok: false, reason: 'credential' };
  const signed = Buffer.concat([authData, createHash('sha256').update(cdjBytes).digest()]);
  const sig = Buffer.from(a.signature, 'base64url');
  let ok = false;
  try {
    ok = c.alg === -7 ? verify('sha256', signed, { key, dsaEncoding: 'der' }, sig) : verify(null, signed, key, sig);
  } catch {
    ok = false;
  }
  if (!ok) return { ok: false, reason: 'signature' };
  return { ok: true, signCount: authData.readUInt32BE(33) };
}

/** base64url(SHA-256(message)): how a custos message becomes a WebAuthn challenge. */
export function challengeOf(message: Uint8Array | string): string {
  return createHash('sha256').update(message).digest('base64url');
}
