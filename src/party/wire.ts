/**
 * Wire layer between the coordinator and threshold party nodes. Every node has
 * a long-term identity: an Ed25519 signing key and an X25519 key-agreement key.
 * Its public id is hex(ed25519 pub || x25519 pub), 128 lowercase hex chars.
 *
 * Signed (every protocol message, {@link signEnvelope} / {@link openEnvelope}):
 *   Ed25519 over UTF-8 of 'custos-party-msg-v1\n' + canonicalJson({v, type, from,
 *   to, session, ts, body}) (src/audit/canonical.ts: sorted keys, no whitespace);
 *   `sig` is unpadded base64url. Opening checks shape, expected sender,
 *   recipient, clock skew, then the signature. Replay inside the skew window is
 *   the caller's check (session / round state).
 *
 * Encrypted (secrets for one party, {@link sealTo} / {@link openFrom}; the relay
 * and the coordinator in between cannot read them). Two versions; openFrom reads
 * both, sealTo writes v2 when given the recipient's verified ML-KEM key, else v1.
 *
 * v1, classical. Key schedule as in HPKE Auth mode (RFC 9180 §4.1 AuthEncap,
 * §5.1 KeySchedule) but not wire-compatible with it:
 *   e       = fresh X25519 key pair, E = its 32-byte public key
 *   ikm     = X25519(e, R_kx) || X25519(S_kx, R_kx)   (ephemeral-static || static-static)
 *   key     = HKDF-SHA256(ikm, salt = E, info = 'custos-party-seal-v1' || sender id bytes (64)
 *             || recipient id bytes (64) || UTF-8 context, 32 bytes)   (fixed-length ids: unambiguous)
 *   sealed  = 'v1.' b64u(E) '.' b64u(nonce, 12 random bytes) '.' b64u(AES-256-GCM(key, nonce, AD = context))
 * Why static-static: the envelope signature only says who relayed a blob; anyone
 * can copy a sealed blob into their own signed envelope. Mixing in X25519(S_kx,
 * R_kx) and both ids makes the secret itself authenticate its sender: it opens
 * only under the sender id that created it (or the recipient), for this context.
 * (As with any static-static scheme, a stolen recipient key can forge to it.)
 * The context must name the session and purpose, e.g. 'dkg/<session>/round2'.
 *
 * v2, hybrid X25519 + ML-KEM-768 (issue #11, docs/decisions/0011): a blob
 * recorded today stays secret if either X25519 or ML-KEM-768 holds, so a
 * future quantum computer that breaks X25519 alone does not open it.
 *   KEM keys: every identity has an ML-KEM-768 key pair derived from its 64-byte
 *             identity secret: (d || z) = HKDF-SHA256(ikm = secret, salt = none,
 *             info = 'custos-party-kem-seed-v1', 64 bytes), then ML-KEM.KeyGen_internal(d, z)
 *             (FIPS 203 §6.1 Algorithm 16; §7.1 allows keeping the seed instead of the key).
 *             Nothing new is stored and every existing identity has one.
 *   announce: {@link kemPublicKey} = { kem: b64u(ek, 1184 bytes), sig: b64u(Ed25519 by the
 *             identity over 'custos-party-kem-v1\n' || id bytes (64) || ek) }. The
 *             prefix differs from envelope signatures ('custos-party-msg-v1\n'), so neither
 *             can be replayed as the other. {@link verifyKemKey} checks it against the id, so a
 *             coordinator cannot put its own KEM key in a party's place.
 *   (ct_kem, ss) = ML-KEM.Encaps(ek_R)   (FIPS 203 §7.2; ek_R passed the §7.2 modulus check)
 *   ikm     = X25519(e, R_kx) || X25519(S_kx, R_kx) || ss    (32 + 32 + 32 bytes)
 *   key     = HKDF-SHA256(ikm, salt = E || ct_kem, info = 'custos-party-seal-v2' || sender id
 *             bytes (64) || recipient id bytes (64) || UTF-8 context, 32 bytes)
 *   sealed  = 'v2.' b64u(E) '.' b64u(ct_kem, 1088 bytes) '.' b64u(nonce, 12) '.' b64u(AES-256-GCM(key, nonce, AD = context))
 * The recipient gets ss from ML-KEM.Decaps(dk_R, ct_kem) (FIPS 203 §7.3; a modified
 * ct_kem yields an unrelated implicit-rejection secret, so the GCM tag fails). This is
 * the concatenation combiner of hybrid TLS (draft-ietf-tls-hybrid-design) and X-Wing
 * (draft-connolly-cfrg-xwing-kem), with both ciphertexts (E, ct_kem) in the salt and
 * the label in the info, so a v1 key can never equal a v2 key. Sender authentication
 * stays classical (static-static X25519): it matters only while the blob is opened, not
 * years later. Downgrade: a v1 blob carries no KEM part, so a relay can strip nothing
 * from a v2 blob, but it can ask a sender that lacks the peer's KEM key for v1; callers
 * that know the peer's KEM key pass `requireHybrid` to {@link openFrom} to refuse v1.
 *
 * node:crypto primitives (X25519, Ed25519, HKDF, AES-GCM); @noble/curves only decodes
 * points to reject invalid / small-order public keys, which OpenSSL accepts on import;
 * ML-KEM-768 is @noble/post-quantum's (Node 20 has none). No primitive is implemented here.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
  sign as nodeSign,
  verify as nodeVerify,
  type KeyObject,
} from 'node:crypto';
import { ed25519 } from '@noble/curves/ed25519.js';
import { bytesToNumberLE } from '@noble/curves/utils.js';
import { ml_kem768 } from '@noble/post-quantum/ml-kem.js';
import { CustosError, badInput } from '../errors.js';
import { canonicalJson } from '../audit/canonical.js';
import { abytes, clean, concatBytes, fromHex, toHex, utf8 } from '../crypto/bytes.js';

const MSG_PREFIX = 'custos-party-msg-v1\n';
const SEAL_INFO = 'custos-party-seal-v1';
const SEAL_INFO_V2 = 'custos-party-seal-v2';
const KEM_SEED_INFO = 'custos-party-kem-seed-v1';
const KEM_ANNOUNCE_PREFIX = 'custos-party-kem-v1\n';
const KEM_PK_BYTES = 1184; // ML-KEM-768 encapsulation key (FIPS 203 §8, Table 3)
const KEM_CT_BYTES = 1088; // ML-KEM-768 ciphertext
const ID_RE = /^[0-9a-f]{128}$/;
const TOKEN_RE = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/; // type and session
const SIG_RE = /^[A-Za-z0-9_-]{86}$/; // 64 bytes, unpadded base64url
const FIELDS = ['body', 'from', 'session', 'sig', 'to', 'ts', 'type', 'v'].join();
const PKCS8 = { ed25519: fromHex('302e020100300506032b657004220420'), x25519: fromHex('302e020100300506032b656e04220420') };
const DEFAULT_MAX_SKEW_MS = 120_000;

/** 64 secret bytes: ed25519 seed (32) || x25519 private key (32). */
export function generateIdentitySecret(): Uint8Array {
  return Uint8Array.from(randomBytes(64));
}

export interface Identity {
  /** Public identity: hex of ed25519 pub (32) || x25519 pub (32), 128 hex chars. */
  readonly id: string;
  sign(bytes: Uint8Array): Uint8Array;
}
export interface PeerKeys {
  sign: KeyObject;
  kx: KeyObject;
  id: string;
}

/** X25519 private keys of identities built here; kept out of the Identity object itself. */
const kxKeys = new WeakMap<Identity, KeyObject>();

/** Signed announcement of an identity's ML-KEM-768 public key ({@link kemPublicKey}); plain JSON. */
export interface KemAnnouncement {
  /** Unpadded base64url of the 1184-byte ML-KEM-768 encapsulation key. */
  readonly kem: string;
  /** Unpadded base64url Ed25519 signature by the identity over 'custos-party-kem-v1\n' || id bytes || key. */
  readonly sig: string;
}
interface KemKeys {
  publicKey: Uint8Array;
  secretKey: Uint8Array;
  announcement: KemAnnouncement;
}
/**
 * ML-KEM-768 keys, derived on first use (KeyGen costs a few ms in pure JS, and most
 * identities built, e.g. by the coordinator, never open a v2 blob): until then only
 * the 64-byte (d || z) seed is held, zeroed once the keys exist.
 */
const kemSeeds = new WeakMap<Identity, Uint8Array>();
const kemKeys = new WeakMap<Identity, KemKeys>();

function privateKey(kind: 'ed25519' | 'x25519', raw: Uint8Array): KeyObject {
  const der = concatBytes(PKCS8[kind], raw);
  try {
    return createPrivateKey({ key: Buffer.from(der.buffer, der.byteOffset, der.byteLength), format: 'der', type: 'pkcs8' });
  } finally {
    clean(der);
  }
}
const rawPublic = (k: KeyObject): Uint8Array => Uint8Array.from(Buffer.from(String(k.export({ format: 'jwk' }).x), 'base64url'));
const publicKey = (crv: 'Ed25519' | 'X25519', raw: Uint8Array): KeyObject =>
  createPublicKey({ key: { kty: 'OKP', crv, x: Buffer.from(raw).toString('base64url') }, format: 'jwk' });

/** Build an identity; the caller keeps (and should clean) `secret`. KeyObjects are created once here. */
export function identityFromSecret(secret: Uint8Array): Identity {
  if (!(secret instanceof Uint8Array) || secret.length !== 64) throw badInput('identity secret: expected 64 bytes', { field: 'secret' });
  const signKey = privateKey('ed25519', secret.subarray(0, 32));
  const kxKey = privateKey('x25519', secret.subarray(32));
  const id = toHex(concatBytes(rawPublic(createPublicKey(signKey)), rawPublic(createPublicKey(kxKey))));
  const me: Identity = Object.freeze({ id, sign: (bytes: Uint8Array) => Uint8Array.from(nodeSign(null, abytes(bytes, undefined, 'bytes'), signKey)) });
  kxKeys.set(me, kxKey);
  kemSeeds.set(me, new Uint8Array(hkdfSync('sha256', secret, new Uint8Array(0), utf8(KEM_SEED_INFO), 64)));
  return me;
}

function kxOf(me: Identity): KeyObject {
  const k = kxKeys.get(me);
  if (!k) throw new TypeError('me: expected an Identity from identityFromSecret()');
  return k;
}

const peers = new Map<string, PeerKeys>(); // parsed public ids (bounded, insertion-order eviction)
const probeKey = generateKeyPairSync('x25519').privateKey; // throwaway, only to detect low-order X25519 keys

/** Validate a public id (128 lowercase hex, canonical non-small-order points); E_BAD_INPUT naming `field`. */
export function parseIdentity(id: string, field = 'id'): PeerKeys {
  if (typeof id !== 'string' || !ID_RE.test(id)) throw badInput(`${field}: expected a party identity (128 lowercase hex characters)`, { field });
  const cached = peers.get(id);
  if (cached) return cached;
  const bytes = fromHex(id, field, 64);
  const edPub = bytes.subarray(0, 32);
  const kxPub = bytes.subarray(32);
  let keys: PeerKeys;
  try {
    if (ed25519.Point.fromBytes(edPub).isSmallOrder()) throw new Error('small order');
    if (bytesToNumberLE(kxPub) >= ed25519.Point.Fp.ORDER) throw new Error('non-canonical');
    keys = Object.freeze({ sign: publicKey('Ed25519', edPub), kx: publicKey('X25519', kxPub), id });
    diffieHellman({ privateKey: probeKey, publicKey: keys.kx }).fill(0); // throws for low-order points (all-zero secret)
  } catch {
    throw badInput(`${field}: not a valid party identity (bad public key)`, { field });
  }
  if (peers.size >= 1024) peers.delete(peers.keys().next().value as string);
  peers.set(id, keys);
  return keys;
}

/** Short human form for logs and the CLI: first 16 hex of sha256(id bytes). */
export function fingerprint(id: string): string {
  if (typeof id !== 'string' || !ID_RE.test(id)) throw badInput('id: expected a party identity (128 lowercase hex characters)', { field: 'id' });
  return createHash('sha256').update(Buffer.from(id, 'hex')).digest('hex').slice(0, 16);
}

export interface Envelope {
  v: 1;
  type: string;
  from: string;
  to: string;
  session: string;
  ts: number;
  body: unknown;
  sig: string;
}

/** Plain JSON only (what survives JSON transport unchanged): no Dates, bigints, NaN, holes, class instances. */
function isJson(v: unknown, depth = 0): boolean {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v !== 'object' || depth > 64) return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!isJson(v[i], depth + 1)) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(v);
  return (proto === Object.prototype || proto === null) && Object.values(v).every((x) => x === undefined || isJson(x, depth + 1));
}

const signedBytes = (e: Omit<Envelope, 'sig'>): Uint8Array =>
  utf8(MSG_PREFIX + canonicalJson({ v: e.v, type: e.type, from: e.from, to: e.to, session: e.session, ts: e.ts, body: e.body }));

function checkToken(v: unknown, field: string): void {
  if (typeof v !== 'string' || !TOKEN_RE.test(v)) throw badInput(`${field}: expected 1-128 characters of [A-Za-z0-9._:/-]`, { field });
}

/** Sign a protocol message; the body is copied as canonical JSON (later mutation does not affect it). */
export function signEnvelope(me: Identity, to: string, type: string, session: string, body: unknown, now: number = Date.now()): Envelope {
  parseIdentity(to, 'to');
  checkToken(type, 'type');
  checkToken(session, 'session');
  if (!isJson(body)) throw badInput('body: expected a plain JSON value', { field: 'body' });
  if (!Number.isSafeInteger(now) || now < 0) throw badInput('ts: expected integer unix milliseconds', { field: 'ts' });
  const unsigned = { v: 1 as const, type, from: me.id, to, session, ts: now, body: JSON.parse(canonicalJson(body)) as unknown };
  return { ...unsigned, sig: Buffer.from(me.sign(signedBytes(unsigned))).toString('base64url') };
}

/** Verify and return an envelope addressed to `me`. Errors: E_BAD_INPUT, E_STALE_REQUEST, E_BAD_SIGNATURE. */
export function openEnvelope(me: Identity, env: unknown, opts: { from?: string | string[]; maxSkewMs?: number; now?: number } = {}): Envelope {
  const { maxSkewMs = DEFAULT_MAX_SKEW_MS, now = Date.now() } = opts;
  if (!Number.isFinite(maxSkewMs) || maxSkewMs < 0) throw new RangeError('maxSkewMs: expected a non-negative number');
  if (!Number.isFinite(now)) throw new RangeError('now: expected unix milliseconds');
  if (typeof env !== 'object' || env === null || Array.isArray(env)) throw badInput('envelope: expected an object', { field: 'envelope' });
  const e = env as Envelope;
  if (Object.keys(e).sort().join() !== FIELDS) throw badInput(`envelope: expected exactly the fields ${FIELDS}`, { field: 'envelope' });
  if (e.v !== 1) throw badInput('v: unsupported envelope version', { field: 'v' });
  checkToken(e.type, 'type');
  checkToken(e.session, 'session');
  if (!Number.isSafeInteger(e.ts) || e.ts < 0) throw badInput('ts: expected integer unix milliseconds', { field: 'ts' });
  if (!isJson(e.body)) throw badInput('body: expected a plain JSON value', { field: 'body' });
  if (typeof e.sig !== 'string' || !SIG_RE.test(e.sig) || Buffer.from(e.sig, 'base64url').toString('base64url') !== e.sig) {
    throw badInput('sig: expected unpadded base64url of a 64-byte Ed25519 signature', { field: 'sig' });
  }
  if (typeof e.to !== 'string' || !ID_RE.test(e.to)) throw badInput('to: expected a party identity', { field: 'to' });
  if (typeof e.from !== 'string' || !ID_RE.test(e.from)) throw badInput('from: expected a party identity', { field: 'from' });
  if (opts.from !== undefined && !([] as string[]).concat(opts.from).includes(e.from)) {
    throw badInput('envelope is not from an expected sender', { field: 'from', from: fingerprint(e.from) });
  }
  if (e.to !== me.id) throw badInput('not addressed to this node', { field: 'to', to: fingerprint(e.to) });
  const sender = parseIdentity(e.from, 'from');
  if (Math.abs(now - e.ts) > maxSkewMs) {
    throw new CustosError('E_STALE_REQUEST', `envelope timestamp is outside the allowed clock skew of ${maxSkewMs} ms`, { maxSkewMs });
  }
  const out: Envelope = { v: 1, type: e.type, from: e.from, to: e.to, session: e.session, ts: e.ts, body: e.body, sig: e.sig };
  if (!nodeVerify(null, signedBytes(out), sender.sign, Buffer.from(e.sig, 'base64url'))) {
    throw new CustosError('E_BAD_SIGNATURE', 'envelope signature does not verify', { from: fingerprint(e.from) });
  }
  return out;
}

function checkContext(context: unknown): asserts context is string {
  if (typeof context !== 'string' || context.length === 0) throw badInput('context: expected a non-empty string', { field: 'context' });
}

/** This identity's ML-KEM-768 keys, derived from its seed on first use (the seed is then zeroed). */
function kemOf(me: Identity): KemKeys {
  const have = kemKeys.get(me);
  if (have) return have;
  const seed = kemSeeds.get(me);
  if (!seed) throw new TypeError('me: expected an Identity from identityFromSecret()');
  const { publicKey, secretKey } = ml_kem768.keygen(seed); // FIPS 203 §6.1 KeyGen_internal(d, z), seed = d || z
  clean(seed);
  kemSeeds.delete(me);
  const sig = me.sign(kemAnnouncementBytes(me.id, publicKey));
  const keys: KemKeys = { publicKey, secretKey, announcement: Object.freeze({ kem: b64u(publicKey), sig: b64u(sig) }) };
  kemKeys.set(me, keys);
  return keys;
}

/** Signed bytes of a KEM announcement: domain prefix || id bytes (64) || key (1184); all fixed length. */
const kemAnnouncementBytes = (id: string, kemKey: Uint8Array): Uint8Array => concatBytes(utf8(KEM_ANNOUNCE_PREFIX), fromHex(id), kemKey);

/**
 * This identity's ML-KEM-768 public key, signed by the identity, for peers to pass to
 * {@link verifyKemKey} and then {@link sealTo}. Deterministic (same secret, same
 * announcement), plain JSON; publish it next to the id (pairing, party list).
 */
export function kemPublicKey(me: Identity): KemAnnouncement {
  const { kem, sig } = kemOf(me).announcement;
  return { kem, sig };
}

/**
 * Check a {@link KemAnnouncement} against the identity `id` (its Ed25519 key signed it)
 * and return the ML-KEM-768 public key bytes (a fresh copy). Also applies the FIPS 203
 * §7.2 encapsulation-key (modulus) check, so {@link sealTo} cannot fail on it later.
 * Errors: E_BAD_INPUT naming the field ('id', 'announcement', 'kem' or 'sig').
 */
export function verifyKemKey(id: string, announcement: unknown): Uint8Array {
  const peer = parseIdentity(id, 'id');
  if (typeof announcement !== 'object' || announcement === null || Array.isArray(announcement)) {
    throw badInput('announcement: expected an object {kem, sig}', { field: 'announcement' });
  }
  const a = announcement as Record<string, unknown>;
  if (Object.keys(a).sort().join() !== 'kem,sig') throw badInput('announcement: expected exactly the fields kem,sig', { field: 'announcement' });
  let kem: Uint8Array;
  let sig: Uint8Array;
  try {
    kem = unb64u(a['kem'], KEM_PK_BYTES);
  } catch {
    throw badInput(`kem: expected unpadded base64url of a ${KEM_PK_BYTES}-byte ML-KEM-768 public key`, { field: 'kem' });
  }
  try {
    sig = unb64u(a['sig'], 64);
  } catch {
    throw badInput('sig: expected unpadded base64url of a 64-byte Ed25519 signature', { field: 'sig' });
  }
  if (!nodeVerify(null, kemAnnouncementBytes(peer.id, kem), peer.sign, sig)) {
    throw badInput('sig: KEM key announcement is not signed by this identity', { field: 'sig', id: fingerprint(peer.id) });
  }
  try {
    ml_kem768.prepare(kem).clean(); // FIPS 203 §7.2 input check (ByteEncode12(ByteDecode12(ek)) = ek)
  } catch {
    throw badInput('kem: not a valid ML-KEM-768 public key (FIPS 203 §7.2 modulus check)', { field: 'kem' });
  }
  return kem;
}

/** The recipient's KEM key for {@link sealTo}: bytes from {@link verifyKemKey}, or an announcement (verified here). */
function peerKemKey(recipientId: string, peerKem: Uint8Array | KemAnnouncement): Uint8Array {
  if (peerKem instanceof Uint8Array) {
    if (peerKem.length !== KEM_PK_BYTES) throw badInput(`peerKem: expected a ${KEM_PK_BYTES}-byte ML-KEM-768 public key`, { field: 'peerKem' });
    return peerKem;
  }
  return verifyKemKey(recipientId, peerKem);
}

export interface OpenOptions {
  /**
   * Refuse v1 (classical-only) blobs: set it once the sender's KEM key is known, so a
   * relay cannot talk a sender into v1 unnoticed. The refusal is E_BAD_SIGNATURE with
   * its own message (the version is public, so naming it leaks nothing).
   */
  requireHybrid?: boolean;
}

/**
 * HKDF-SHA256 (RFC 5869) key from X25519(a1, b1) || X25519(a2, b2) [|| ML-KEM shared secret]
 * with the given label and salt (all temporaries zeroed); the caller cleans the key.
 * v1: label SEAL_INFO, salt E, no KEM secret. v2: label SEAL_INFO_V2, salt E || ct_kem.
 */
function sealKey(
  label: string,
  a1: KeyObject,
  b1: KeyObject,
  a2: KeyObject,
  b2: KeyObject,
  kemSecret: Uint8Array | undefined,
  salt: Uint8Array,
  senderId: string,
  recipientId: string,
  context: string,
): Uint8Array {
  let dhE: Buffer | undefined;
  let dhS: Buffer | undefined;
  let ikm: Uint8Array | undefined;
  try {
    dhE = diffieHellman({ privateKey: a1, publicKey: b1 });
    dhS = diffieHellman({ privateKey: a2, publicKey: b2 });
    ikm = kemSecret ? concatBytes(dhE, dhS, kemSecret) : concatBytes(dhE, dhS);
    const info = concatBytes(utf8(label), fromHex(senderId), fromHex(recipientId), utf8(context));
    return new Uint8Array(hkdfSync('sha256', ikm, salt, info, 32));
  } finally {
    clean(dhE, dhS, ikm);
  }
}

const b64u = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('base64url');
function unb64u(s: unknown, len?: number): Uint8Array {
  const b = typeof s === 'string' && /^[A-Za-z0-9_-]+$/.test(s) ? Buffer.from(s, 'base64url') : undefined;
  if (!b || b.toString('base64url') !== s || (len !== undefined && b.length !== len)) throw new Error('malformed');
  return Uint8Array.from(b);
}

function gcmSeal(key: Uint8Array, plaintext: Uint8Array, context: string): { nonce: Buffer; ct: Buffer } {
  const nonce = randomBytes(12);
  const c = createCipheriv('aes-256-gcm', key, nonce).setAAD(utf8(context));
  return { nonce, ct: Buffer.concat([c.update(plaintext), c.final(), c.getAuthTag()]) };
}

/**
 * Encrypt `plaintext` to `recipientId`, authenticated as `me`, bound to `context`.
 * With `peerKem` (the recipient's ML-KEM-768 key: bytes from {@link verifyKemKey}, or its
 * {@link KemAnnouncement}, verified here against `recipientId`) the blob is v2, hybrid
 * X25519 + ML-KEM-768; without it v1, exactly as before (for peers not yet upgraded).
 * Errors: E_BAD_INPUT naming the field (recipientId, context, peerKem / kem / sig).
 */
export function sealTo(me: Identity, recipientId: string, plaintext: Uint8Array, context: string, peerKem?: Uint8Array | KemAnnouncement): string {
  const recipient = parseIdentity(recipientId, 'recipientId');
  abytes(plaintext, undefined, 'plaintext');
  checkContext(context);
  const kx = kxOf(me);
  const kemKey = peerKem === undefined ? undefined : peerKemKey(recipient.id, peerKem);
  const eph = generateKeyPairSync('x25519');
  const ephPub = rawPublic(eph.publicKey);
  if (kemKey === undefined) {
    const key = sealKey(SEAL_INFO, eph.privateKey, recipient.kx, kx, recipient.kx, undefined, ephPub, me.id, recipient.id, context);
    try {
      const { nonce, ct } = gcmSeal(key, plaintext, context);
      return `v1.${b64u(ephPub)}.${b64u(nonce)}.${b64u(ct)}`;
    } finally {
      clean(key);
    }
  }
  let enc: { cipherText: Uint8Array; sharedSecret: Uint8Array };
  try {
    enc = ml_kem768.encapsulate(kemKey); // FIPS 203 §7.2 ML-KEM.Encaps, with its input checks
  } catch {
    throw badInput('peerKem: not a valid ML-KEM-768 public key (FIPS 203 §7.2 modulus check)', { field: 'peerKem' });
  }
  let key: Uint8Array | undefined;
  try {
    key = sealKey(
      SEAL_INFO_V2,
      eph.privateKey,
      recipient.kx,
      kx,
      recipient.kx,
      enc.sharedSecret,
      concatBytes(ephPub, enc.cipherText),
      me.id,
      recipient.id,
      context,
    );
    const { nonce, ct } = gcmSeal(key, plaintext, context);
    return `v2.${b64u(ephPub)}.${b64u(enc.cipherText)}.${b64u(nonce)}.${b64u(ct)}`;
  } finally {
    clean(key, enc.sharedSecret);
  }
}

/**
 * Inverse of {@link sealTo}, for v1 and v2 blobs; every failure is the same E_BAD_SIGNATURE
 * (except the `requireHybrid` refusal of a v1 blob, which says so). The caller cleans the result.
 */
export function openFrom(me: Identity, senderId: string, sealed: string, context: string, opts: OpenOptions = {}): Uint8Array {
  const sender = parseIdentity(senderId, 'senderId');
  checkContext(context);
  const kx = kxOf(me);
  const parts = typeof sealed === 'string' ? sealed.split('.') : [];
  if (opts.requireHybrid === true && parts[0] === 'v1') {
    throw new CustosError('E_BAD_SIGNATURE', 'sealed message is classical-only (v1) but a hybrid (v2) one is required', { field: 'sealed' });
  }
  let key: Uint8Array | undefined;
  let pt: Buffer | undefined;
  let ss: Uint8Array | undefined;
  try {
    const v2 = parts[0] === 'v2';
    if (parts.length !== (v2 ? 5 : 4) || (!v2 && parts[0] !== 'v1')) throw new Error('malformed');
    const ephPub = unb64u(parts[1], 32);
    const kemCt = v2 ? unb64u(parts[2], KEM_CT_BYTES) : undefined;
    const nonce = unb64u(parts[v2 ? 3 : 2], 12);
    const ct = unb64u(parts[v2 ? 4 : 3]);
    if (ct.length < 16) throw new Error('malformed');
    const ephKey = publicKey('X25519', ephPub);
    if (kemCt === undefined) {
      key = sealKey(SEAL_INFO, kx, ephKey, kx, sender.kx, undefined, ephPub, sender.id, me.id, context);
    } else {
      ss = ml_kem768.decapsulate(kemCt, kemOf(me).secretKey); // FIPS 203 §7.3 ML-KEM.Decaps (implicit rejection)
      key = sealKey(SEAL_INFO_V2, kx, ephKey, kx, sender.kx, ss, concatBytes(ephPub, kemCt), sender.id, me.id, context);
    }
    const d = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: 16 }).setAAD(utf8(context));
    d.setAuthTag(ct.subarray(ct.length - 16));
    pt = d.update(ct.subarray(0, ct.length - 16));
    d.final();
    return Uint8Array.from(pt);
  } catch {
    throw new CustosError('E_BAD_SIGNATURE', 'sealed message does not authenticate');
  } finally {
    clean(key, pt, ss);
  }
}

/**
 * Verify a signed envelope relayed as evidence (e.g. a new party's receipt for
 * its new share): well formed, from `from`, signature valid. Recipient and
 * clock are not checked (the evidence may be older and addressed to the
 * coordinator); callers check type, session and body.
 */
export function verifyRelayedEnvelope(env: Envelope, from: string): boolean {
  try {
    if (env.from !== from || env.v !== 1 || typeof env.sig !== 'string' || !SIG_RE.test(env.sig) || !isJson(env.body)) return false;
    const sender = parseIdentity(from, 'from');
    const out: Omit<Envelope, 'sig'> = { v: 1, type: env.type, from: env.from, to: env.to, session: env.session, ts: env.ts, body: env.body };
    return nodeVerify(null, signedBytes(out), sender.sign, Buffer.from(env.sig, 'base64url'));
  } catch {
    return false;
  }
}
