/**
 * Passkey principals (decision 0026): registration with the one-time link
 * `principal create --passkey` printed, and console logins that bind an
 * ephemeral P-256 session key to a passkey assertion. Approvals by passkey
 * are not here: they go through the one approval check
 * (src/auth/approval.ts, verifyPrincipalApproval).
 *
 * Registration: the token is never stored; the principal's row holds the
 * Ed25519 public key derived from it (src/auth/webauthn.ts). The attestation
 * is verified with @simplewebauthn/server (challenge bound to the token,
 * origin and rpId from `serve --console-origin/--rp-id`, user verification
 * required, ES256 or EdDSA); the credential replaces the pending key by
 * compare-and-set, so a token works once.
 *
 * Login: the WebAuthn challenge is base64url(SHA-256(loginMessage)) over a
 * server nonce (stateless, HMAC'd with a subkey of the row-MAC key, used
 * once through the nonce store), the session public key and the expiry.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { CustosError, badInput } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import { publicKeyFromHex, publicKeyToHex } from '../auth/credential.js';
import {
  PASSKEY_ALGS,
  challengeOf,
  encodeCredential,
  principalKey,
  registrationChallenge,
  registrationKey,
  signRegistration,
  verifyAssertion,
  type PasskeyAlg,
  type PasskeyCredential,
} from '../auth/webauthn.js';
import type { Instance } from '../keystore/instance.js';
import type { PrincipalRecord, Role, SessionRecord } from '../store/records.js';
import { auditActor, type Actor } from './actor.js';
import { principalInfo, type PrincipalInfo } from './principals.js';

/** Where the console is served: the WebAuthn origin and relying-party id. */
export interface PasskeyConfig {
  /** e.g. http://127.0.0.1:8200 (scheme, host and port, no path). */
  origin: string;
  /** e.g. 127.0.0.1 or localhost: the origin's host or a registrable suffix of it. */
  rpId: string;
  /** Longest session a login may ask for (default 12 h). */
  maxSessionMs: number;
}

export const DEFAULT_SESSION_MS = 15 * 60_000;
export const MAX_SESSION_MS = 12 * 3600_000;
/** How long a login nonce stays usable. */
const NONCE_TTL_MS = 5 * 60_000;
/** How long the browser may take for a ceremony (WebAuthn `timeout`). */
const CEREMONY_TIMEOUT_MS = 300_000;
const TOKEN_RE = /^cpk_[A-Za-z0-9_-]{43}$/;
const NONCE_RE = /^([0-9]{13})\.([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{22})$/;

/** Make a registration token (shown once, in the link) and the pending key the principal row stores. */
export function newRegistrationToken(): { token: string; regKeyHex: string } {
  const token = `cpk_${randomBytes(32).toString('base64url')}`;
  return { token, regKeyHex: registrationKey(token).publicKeyHex };
}

/** The one-time link the console completes registration at (the token in the fragment: never sent in a request line or a Referer). */
export function registrationLink(base: string, principal: string, token: string): string {
  return `${base.replace(/\/+$/, '')}/ui/register#principal=${encodeURIComponent(principal)}&token=${token}`;
}

/** What a login's assertion signs (its challenge is base64url(SHA-256(this))). */
export function loginMessage(principal: string, nonce: string, sessionPublicKey: string, expiresAt: string): string {
  return `custos-login-v1\n${principal}\n${nonce}\n${sessionPublicKey}\n${expiresAt}`;
}

/** Derive a console config from the API's listen address (default: http://HOST:PORT, rpId HOST). */
export function passkeyConfigFor(
  listen: { host: string; port: number; https?: boolean },
  origin?: string,
  rpId?: string,
  maxSessionMs = MAX_SESSION_MS,
): PasskeyConfig {
  const host = listen.host === '0.0.0.0' || listen.host === '::' ? '127.0.0.1' : listen.host;
  const o = origin ?? `${listen.https ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${listen.port}`;
  let url: URL;
  try {
    url = new URL(o);
  } catch {
    throw badInput(`console origin "${o.slice(0, 200)}" is not a URL`, { field: 'console-origin' });
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.pathname !== '/' || url.search || url.hash || url.username)
    throw badInput('console origin: expected scheme://host[:port] only', { field: 'console-origin' });
  const id = rpId ?? url.hostname.replace(/^\[|\]$/g, '');
  if (url.hostname !== id && !url.hostname.endsWith(`.${id}`))
    throw badInput(`rp id "${id}" is not the console origin's host or a suffix of it`, { field: 'rp-id' });
  if (url.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))
    throw badInput('console origin: browsers allow WebAuthn over http only on localhost; use https', { field: 'console-origin' });
  if (!Number.isSafeInteger(maxSessionMs) || maxSessionMs < 60_000 || maxSessionMs > 7 * 24 * 3600_000)
    throw badInput('session max ttl: between 1m and 7d', { field: 'session-max-ttl' });
  return { origin: url.origin, rpId: id, maxSessionMs };
}

export interface SessionInfo {
  id: string;
  principal: string;
  expiresAt: string;
  createdAt: string;
}

export class Passkeys {
  /** `config`: a function when it is known only once the server listens (its port). */
  constructor(
    private readonly inst: Instance,
    private readonly config: PasskeyConfig | (() => PasskeyConfig),
    private readonly now: () => number = Date.now,
  ) {}

  get cfg(): PasskeyConfig {
    return typeof this.config === 'function' ? this.config() : this.config;
  }

  /** The pending principal a token opens, or E_REGISTRATION_TOKEN (uniform `invalid`, or `expired` once the token matched). */
  private async pending(principal: string, token: string): Promise<{ p: PrincipalRecord; regKeyHex: string }> {
    const invalid = () => new CustosError('E_REGISTRATION_TOKEN', 'registration link invalid or already used', { reason: 'invalid' });
    if (!TOKEN_RE.test(token)) throw invalid();
    const { publicKeyHex } = registrationKey(token);
    const p = await this.inst.records.principalByName(this.inst.store.read, principal);
    const k = p ? principalKey(p.publicKey) : null;
    const want = Buffer.from(k?.type === 'passkey-pending' && k.regKey.length === 64 ? k.regKey : '00'.repeat(32), 'hex');
    const same = timingSafeEqual(want, Buffer.from(publicKeyHex, 'hex'));
    if (!p || p.state !== 'active' || k?.type !== 'passkey-pending' || !same) throw invalid();
    if (k.expiresAtMs <= this.now())
      throw new CustosError('E_REGISTRATION_TOKEN', `registration link expired at ${new Date(k.expiresAtMs).toISOString()}`, { reason: 'expired' });
    return { p, regKeyHex: publicKeyHex };
  }

  /** PublicKeyCredentialCreationOptionsJSON for navigator.credentials.create (what @simplewebauthn/browser's startRegistration takes). */
  async registrationOptions(principal: string, token: string): Promise<Record<string, unknown>> {
    this.inst.assertUnsealed();
    const { p, regKeyHex } = await this.pending(principal, token);
    const { generateRegistrationOptions } = await import('@simplewebauthn/server');
    const o = await generateRegistrationOptions({
      rpName: 'custos',
      rpID: this.cfg.rpId,
      userName: p.name,
      userDisplayName: `${p.name} (${p.role})`,
      userID: Buffer.from(p.id),
      challenge: Buffer.from(registrationChallenge(p.name, regKeyHex), 'base64url'),
      timeout: CEREMONY_TIMEOUT_MS,
      attestationType: 'none',
      authenticatorSelection: { residentKey: 'preferred', userVerification: 'required' },
      supportedAlgorithmIDs: [...PASSKEY_ALGS],
    });
    return { ...o, origin: this.cfg.origin } as Record<string, unknown>;
  }

  /** Verify the attestation, store the credential in place of the pending key (once), audit it. */
  async register(principal: string, token: string, response: unknown): Promise<PrincipalInfo> {
    this.inst.assertUnsealed();
    const { p, regKeyHex } = await this.pending(principal, token);
    let cred: Omit<PasskeyCredential, 'reg'>;
    try {
      cred = await this.verifyAttestation(p, regKeyHex, response);
    } catch (e) {
      if (e instanceof CustosError && e.code === 'E_PASSKEY_INVALID')
        await this.inst.store.tx((repo) =>
          appendEvent(repo, {
            actor: `principal:${p.name}`,
            action: 'passkey.register_failed',
            subject: `principal/${p.name}`,
            details: { reason: e.details?.reason },
          }),
        );
      throw e;
    }
    const full: PasskeyCredential = { ...cred, reg: signRegistration(registrationKey(token).privateKey, p.name, cred) };
    return this.inst.store.tx(async (repo) => {
      const next = this.inst.records.sign('principals', { ...p, publicKey: encodeCredential(full), updatedAt: new Date(this.now()).toISOString() });
      if ((await repo.access.setPrincipalKey(next, p.publicKey)) !== 1)
        throw new CustosError('E_REGISTRATION_TOKEN', 'registration link invalid or already used', { reason: 'invalid' });
      await appendEvent(repo, {
        actor: `principal:${p.name}`,
        action: 'passkey.register',
        subject: `principal/${p.name}`,
        details: { credentialId: full.id, alg: full.alg, rpId: full.rpId, origin: full.origin },
      });
      return principalInfo(next);
    });
  }

  private async verifyAttestation(p: PrincipalRecord, regKeyHex: string, response: unknown): Promise<Omit<PasskeyCredential, 'reg'>> {
    const bad = (reason: string, why: string) => new CustosError('E_PASSKEY_INVALID', `passkey registration refused: ${why}`, { reason });
    const r = response as { response?: { clientDataJSON?: unknown } } | null;
    let cdj: Record<string, unknown>;
    try {
      cdj = JSON.parse(Buffer.from(String(r?.response?.clientDataJSON ?? ''), 'base64url').toString('utf8')) as Record<string, unknown>;
    } catch {
      throw bad('malformed', 'clientDataJSON is not JSON');
    }
    // The checks with stable reasons first; the library repeats them and checks the attestation object.
    if (cdj?.type !== 'webauthn.create') throw bad('type', 'clientDataJSON.type is not webauthn.create');
    if (cdj.challenge !== registrationChallenge(p.name, regKeyHex)) throw bad('challenge', 'the challenge is not this registration link’s');
    if (cdj.origin !== this.cfg.origin) throw bad('origin', `origin ${String(cdj.origin).slice(0, 200)} is not the console's (${this.cfg.origin})`);
    const { verifyRegistrationResponse } = await import('@simplewebauthn/server');
    let v: Awaited<ReturnType<typeof verifyRegistrationResponse>>;
    try {
      v = await verifyRegistrationResponse({
        response: response as Parameters<typeof verifyRegistrationResponse>[0]['response'],
        expectedChallenge: registrationChallenge(p.name, regKeyHex),
        expectedOrigin: this.cfg.origin,
        expectedRPID: this.cfg.rpId,
        requireUserVerification: true,
        supportedAlgorithmIDs: [...PASSKEY_ALGS],
      });
    } catch (e) {
      const m = e instanceof Error ? e.message : '';
      const reason = /RP ID/i.test(m)
        ? 'rp-id'
        : /not present/i.test(m)
          ? 'user-present'
          : /verif/i.test(m)
            ? 'user-verified'
            : /alg/i.test(m)
              ? 'algorithm'
              : 'attestation';
      throw bad(reason, reason === 'attestation' ? 'the attestation does not verify' : m.slice(0, 200));
    }
    if (!v.verified || !v.registrationInfo) throw bad('attestation', 'the attestation does not verify');
    const info = v.registrationInfo;
    const { alg, key } = await spkiOfCose(info.credential.publicKey);
    return { v: 1, id: info.credential.id, alg, key, rpId: this.cfg.rpId, origin: this.cfg.origin, at: new Date(this.now()).toISOString() };
  }

  private nonceKey(): Buffer {
    return this.inst.records.subkey('passkey-login-nonce');
  }

  private nonceMac(principal: string, exp: string, rand: string): string {
    return createHmac('sha256', this.nonceKey()).update(`${principal}\n${exp}\n${rand}`).digest().subarray(0, 16).toString('base64url');
  }

  /** A login nonce and what navigator.credentials.get needs (an unknown principal gets a stand-in credential id: names cannot be probed). */
  async loginOptions(principal: string): Promise<{
    nonce: string;
    rpId: string;
    origin: string;
    allowCredentials: { id: string; type: 'public-key' }[];
    userVerification: 'required';
    timeout: number;
    defaultSessionSeconds: number;
    maxSessionSeconds: number;
  }> {
    this.inst.assertUnsealed();
    const exp = String(this.now() + NONCE_TTL_MS);
    const rand = randomBytes(16).toString('base64url');
    const nonce = `${exp}.${rand}.${this.nonceMac(principal, exp, rand)}`;
    const p = await this.inst.records.principalByName(this.inst.store.read, principal);
    const k = p ? principalKey(p.publicKey) : null;
    const id = k?.type === 'passkey' ? k.credential.id : createHmac('sha256', this.nonceKey()).update(`stand-in\n${principal}`).digest().toString('base64url');
    return {
      nonce,
      rpId: this.cfg.rpId,
      origin: this.cfg.origin,
      allowCredentials: [{ id, type: 'public-key' as const }],
      userVerification: 'required' as const,
      timeout: CEREMONY_TIMEOUT_MS,
      defaultSessionSeconds: DEFAULT_SESSION_MS / 1000,
      maxSessionSeconds: Math.floor(this.cfg.maxSessionMs / 1000),
    };
  }

  /** Check the assertion over (nonce, session key, expiry) and open the session. */
  async login(i: { principal: string; nonce: string; sessionPublicKey: string; expiresAt: string; assertion: string }): Promise<{
    session: string;
    principal: string;
    role: Role;
    expiresAt: string;
  }> {
    this.inst.assertUnsealed();
    const now = this.now();
    const unauth = () => new CustosError('E_UNAUTHENTICATED', 'passkey login failed');
    const m = NONCE_RE.exec(i.nonce);
    if (!m) throw badInput('nonce: not a login nonce', { field: 'nonce' });
    const mac = this.nonceMac(i.principal, m[1]!, m[2]!);
    if (!timingSafeEqual(Buffer.from(mac), Buffer.from(m[3]!.padEnd(mac.length).slice(0, mac.length)))) throw unauth();
    if (Number(m[1]) <= now) throw new CustosError('E_STALE_REQUEST', 'the login nonce expired: ask for a new one', { field: 'nonce' });
    const exp = Date.parse(i.expiresAt);
    if (!Number.isFinite(exp) || new Date(exp).toISOString() !== i.expiresAt)
      throw badInput('expiresAt: expected an ISO 8601 UTC time (toISOString)', { field: 'expiresAt' });
    if (exp <= now || exp - now > this.cfg.maxSessionMs)
      throw badInput(`expiresAt: must be in the future and at most ${this.cfg.maxSessionMs / 60_000} minutes away`, { field: 'expiresAt' });
    const sessionKey = publicKeyToHex(publicKeyFromHex(i.sessionPublicKey, 'sessionPublicKey'));
    const p = await this.inst.records.principalByName(this.inst.store.read, i.principal);
    const k = p ? principalKey(p.publicKey) : null;
    if (!p || p.state !== 'active' || k?.type !== 'passkey') throw unauth();
    const r = verifyAssertion(k.credential, challengeOf(loginMessage(p.name, i.nonce, i.sessionPublicKey, i.expiresAt)), i.assertion);
    // The same answer as for a name that is no passkey principal: a login must not tell which names have passkeys.
    if (!r.ok) throw unauth();
    return this.inst.store.tx(async (repo) => {
      if (!(await repo.access.useNonce(`login:${i.nonce}`, Number(m[1]))))
        throw new CustosError('E_REPLAYED', 'this login nonce was already used (replay refused)');
      const rec: SessionRecord = this.inst.records.sign('sessions', {
        id: randomBytes(16).toString('hex'),
        principalId: p.id,
        publicKey: sessionKey,
        expiresAt: i.expiresAt,
        state: 'active' as const,
        createdAt: new Date(now).toISOString(),
      });
      await repo.sessions.purge(new Date(now).toISOString());
      await repo.sessions.insert(rec);
      await appendEvent(repo, {
        actor: `principal:${p.name}`,
        action: 'passkey.login',
        subject: `principal/${p.name}`,
        details: { session: rec.id, expiresAt: rec.expiresAt, credentialId: k.credential.id },
      });
      return { session: rec.id, principal: p.name, role: p.role, expiresAt: rec.expiresAt };
    });
  }

  /** End a session: the caller's own (logout), or any (an admin). */
  async revoke(id: string, actor: Actor): Promise<{ session: string; revoked: boolean }> {
    return this.inst.store.tx(async (repo) => {
      const s = await repo.sessions.get(id);
      if (!s) throw new CustosError('E_NOT_FOUND', `no session ${id}`);
      this.inst.records.verify('sessions', s);
      if (actor.role !== 'admin' && s.principalId !== actor.id) throw new CustosError('E_FORBIDDEN', 'only an admin ends another principal’s session');
      const revoked = s.state === 'active' && (await repo.sessions.revoke(this.inst.records.sign('sessions', { ...s, state: 'revoked' as const }))) === 1;
      const p = await repo.access.principalById(s.principalId);
      if (revoked)
        await appendEvent(repo, {
          actor: auditActor(actor),
          action: 'session.revoke',
          subject: `principal/${p?.name ?? s.principalId}`,
          details: { session: id },
        });
      return { session: id, revoked };
    });
  }

  async list(): Promise<SessionInfo[]> {
    const repo = this.inst.store.read;
    const out: SessionInfo[] = [];
    for (const s of await repo.sessions.listLive(new Date(this.now()).toISOString())) {
      const p = await repo.access.principalById(s.principalId);
      out.push({ id: s.id, principal: p?.name ?? s.principalId, expiresAt: s.expiresAt, createdAt: s.createdAt });
    }
    return out;
  }
}

/** A COSE_Key (RFC 9052 §7) of ES256 / EdDSA -> SPKI DER hex, through node:crypto's JWK import. */
async function spkiOfCose(cose: Uint8Array): Promise<{ alg: PasskeyAlg; key: string }> {
  const { decodeCredentialPublicKey } = await import('@simplewebauthn/server/helpers');
  const m = decodeCredentialPublicKey(new Uint8Array(cose)) as unknown as Map<number, unknown>;
  const alg = m.get(3);
  const x = m.get(-2);
  const bad = () => new CustosError('E_PASSKEY_INVALID', 'passkey registration refused: unsupported credential key', { reason: 'algorithm' });
  if (!(x instanceof Uint8Array)) throw bad();
  const { createPublicKey } = await import('node:crypto');
  try {
    if (alg === -7 && m.get(1) === 2 && m.get(-1) === 1) {
      const y = m.get(-3);
      if (!(y instanceof Uint8Array)) throw bad();
      const k = createPublicKey({
        key: { kty: 'EC', crv: 'P-256', x: Buffer.from(x).toString('base64url'), y: Buffer.from(y).toString('base64url') },
        format: 'jwk',
      });
      return { alg: -7, key: publicKeyToHex(k) };
    }
    if (alg === -8 && m.get(1) === 1 && m.get(-1) === 6) {
      const k = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(x).toString('base64url') }, format: 'jwk' });
      return { alg: -8, key: k.export({ format: 'der', type: 'spki' }).toString('hex') };
    }
  } catch (e) {
    if (e instanceof CustosError) throw e;
    throw bad();
  }
  throw bad();
}
