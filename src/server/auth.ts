/**
 * Who is calling. Every API request is signed by its principal's P-256 key
 * (method, path, body hash, timestamp, nonce); stale timestamps and reused
 * nonces are refused; the principal's row MAC is checked on every request,
 * so revocation and role changes apply at once. Scoped bearer tokens are
 * accepted only on the operations that allow them, for agents. Every failure
 * that depends on what the server holds answers the same
 * {@link AUTHENTICATION_FAILED}; the reason is logged.
 */
import { randomBytes, randomUUID, type KeyObject } from 'node:crypto';
import { CustosError, isCustosError } from '../errors.js';
import type { Actor } from '../access/actor.js';
import { generateCredentialKey, publicKeyFromHex } from '../auth/credential.js';
import { nonceExpiresAt, nonceKey, parseSignedHeaders, verifyRequest } from '../auth/request-signature.js';
import { parseToken, tokenMatches } from '../auth/token.js';
import { principalKey } from '../auth/webauthn.js';
import type { Services } from '../api/context.js';
import type { PrincipalRecord, SessionRecord } from '../store/records.js';

export interface AuthInput {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  rawBody: Uint8Array | string;
}

/**
 * The one answer to every authentication failure that depends on what the
 * server holds (unknown or revoked principal, a signature that does not
 * verify, an unknown, wrong, revoked or expired token, a token of a
 * non-agent): the client cannot tell which, so it cannot enumerate principals
 * or tokens. Which check failed goes to the server log.
 */
export const AUTHENTICATION_FAILED = 'authentication failed';

/**
 * Stand-ins for an unknown principal's key and an unknown token's hash, so an
 * unknown name costs the same signature verification (and an unknown token id
 * the same hash comparison) as a known one. Made at start; the dummy key's
 * private half is dropped at once, so nothing verifies under it.
 */
const DUMMY_PUBLIC_HEX = generateCredentialKey().publicKeyHex;
const DUMMY_KEY: KeyObject = publicKeyFromHex(DUMMY_PUBLIC_HEX);
const DUMMY_SECRET_HASH = randomBytes(32).toString('hex');
/** A principal row to compute a row MAC over for an unknown name, as a known one's is checked. */
const DUMMY_PRINCIPAL: PrincipalRecord = {
  id: randomUUID(),
  name: 'unknown',
  role: 'agent',
  publicKey: DUMMY_PUBLIC_HEX,
  tags: {},
  state: 'active',
  createdAt: new Date(0).toISOString(),
  updatedAt: new Date(0).toISOString(),
  mac: '',
};

/** At most this many refusal lines a second reach the log (a flood of bad requests must not flood it). */
const LOG_LINES_PER_SECOND = 20;

/** The header naming a console session (src/access/passkeys.ts): the request is then signed by that session's key. */
export const SESSION_HEADER = 'x-custos-session';
const SESSION_RE = /^[0-9a-f]{32}$/;

const actorOf = (p: PrincipalRecord): Actor => ({ id: p.id, name: p.name, role: p.role, kind: 'api', tags: p.tags });

export class Authenticator {
  /** Public keys by principal id + row MAC (a changed row is a new cache entry). */
  private readonly keys = new Map<string, KeyObject>();
  private lastPurge = 0;
  private logWindow = 0;
  private logged = 0;
  private suppressed = 0;

  constructor(
    private readonly s: Services,
    private readonly now: () => number = Date.now,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  /** The key a request must be signed with: the principal's P-256 key, or (x-custos-session) its session's; DUMMY_KEY when it has none. */
  private publicKey(p: PrincipalRecord, session?: SessionRecord): KeyObject {
    const id = session ? `session:${session.id}:${session.mac}` : `${p.id}:${p.mac}`;
    let k = this.keys.get(id);
    if (!k) {
      if (!session && principalKey(p.publicKey).type !== 'p256') return DUMMY_KEY; // a passkey principal signs through a session only
      if (this.keys.size > 10_000) this.keys.clear();
      k = publicKeyFromHex(session ? session.publicKey : p.publicKey);
      this.keys.set(id, k);
    }
    return k;
  }

  /** The live session `header` names, for principal `p` (MAC-checked), or why not. */
  private async session(header: string | string[] | undefined, p: PrincipalRecord | undefined, now: number): Promise<SessionRecord | string> {
    if (typeof header !== 'string' || !SESSION_RE.test(header)) return 'malformed x-custos-session';
    const s = await this.s.inst.store.read.sessions.get(header);
    if (!s) return `session ${header}: no such session`;
    this.s.inst.records.verify('sessions', s);
    if (!p || s.principalId !== p.id) return `session ${header}: another principal's`;
    if (s.state !== 'active') return `session ${header}: revoked`;
    if (Date.parse(s.expiresAt) <= now) return `session ${header}: expired at ${s.expiresAt}`;
    return s;
  }

  /** Log why (names and token ids only, never a secret) and return the uniform error. */
  private refuse(why: string): CustosError {
    const second = Math.floor(Date.now() / 1000);
    if (second !== this.logWindow) {
      if (this.suppressed > 0) this.log(`auth: ${this.suppressed} more refusals not logged`);
      this.logWindow = second;
      this.logged = 0;
      this.suppressed = 0;
    }
    if (this.logged++ < LOG_LINES_PER_SECOND) this.log(`auth: refused: ${why}`);
    else this.suppressed++;
    return new CustosError('E_UNAUTHENTICATED', AUTHENTICATION_FAILED);
  }

  /**
   * The principal of a bearer token (`Authorization: Bearer cst_...`) when the token is active,
   * unexpired, MAC-checked and its principal active and of `role`: agents on the admin API's
   * token operations, keymanagers on the eth2 listener's keymanager API only, so neither works
   * where the other does. Every failure that depends on what the server holds is the uniform
   * {@link AUTHENTICATION_FAILED}.
   */
  async bearer(header: string | string[] | undefined, role: 'agent' | 'keymanager'): Promise<Actor> {
    this.s.inst.assertUnsealed();
    if (typeof header !== 'string' || !header.startsWith('Bearer '))
      throw new CustosError('E_UNAUTHENTICATED', 'a bearer token is required (Authorization: Bearer cst_...)');
    const repo = this.s.inst.store.read;
    const { id, secret } = parseToken(header.slice('Bearer '.length).trim());
    const t = await repo.access.tokenById(id);
    const matches = tokenMatches(secret, t?.secretHash ?? DUMMY_SECRET_HASH);
    if (!t) throw this.refuse(`bearer token ${id}: no such token`);
    if (!matches) throw this.refuse(`bearer token ${id}: wrong secret`);
    this.s.inst.records.verify('tokens', t);
    if (t.state !== 'active') throw this.refuse(`bearer token ${id}: revoked`);
    if (Date.parse(t.expiresAt) <= this.now()) throw this.refuse(`bearer token ${id}: expired at ${t.expiresAt}`);
    const p = await repo.access.principalById(t.principalId);
    if (!p) throw this.refuse(`bearer token ${id}: its principal does not exist`);
    this.s.inst.records.verify('principals', p);
    if (p.state !== 'active') throw this.refuse(`bearer token ${id}: principal ${p.name} is revoked`);
    if (p.role !== role) throw this.refuse(`bearer token ${id}: principal ${p.name} is not ${role === 'agent' ? 'an agent' : 'a keymanager'}`);
    return actorOf(p);
  }

  /**
   * `pending` receives the durable commit of the replay nonce (written without
   * waiting for it: it commits with the request's own transaction under group
   * commit); the caller answers only after it resolves.
   */
  async authenticate(req: AuthInput, allowToken: boolean, pending: Promise<void>[] = []): Promise<Actor> {
    this.s.inst.assertUnsealed();
    const repo = this.s.inst.store.read;
    const auth = req.headers.authorization;
    if (typeof auth === 'string' && auth.startsWith('Bearer ')) {
      // This depends only on the request and the public contract: it says so.
      if (!allowToken) throw new CustosError('E_UNAUTHENTICATED', 'bearer tokens are not accepted here: sign the request with your credential');
      return this.bearer(auth, 'agent');
    }
    // Missing or malformed headers and a stale timestamp depend only on the request: they say so.
    const h = parseSignedHeaders(req.headers);
    const p = await this.s.inst.records.principalByName(repo, h.principal);
    if (!p) this.s.inst.records.decoy('principals', { ...DUMMY_PRINCIPAL, name: h.principal }); // the same work, result unused
    const now = this.now();
    const sessionHeader = req.headers[SESSION_HEADER];
    const session = sessionHeader === undefined ? undefined : await this.session(sessionHeader, p, now);
    if (typeof session === 'string') throw this.refuse(`principal "${h.principal}": ${session}`);
    let verified = true;
    try {
      verifyRequest(p ? this.publicKey(p, session) : DUMMY_KEY, h, { method: req.method, path: req.url, body: req.rawBody }, now);
    } catch (e) {
      if (!isCustosError(e, 'E_UNAUTHENTICATED')) throw e;
      verified = false;
    }
    if (!p) throw this.refuse(`principal "${h.principal}": no such principal`);
    if (!verified) throw this.refuse(`principal "${p.name}": the request signature does not verify`);
    if (p.state !== 'active') throw this.refuse(`principal "${p.name}": revoked`);
    const fresh = await this.s.inst.store.tx(
      async (tx) => {
        if (now - this.lastPurge > 60_000) {
          this.lastPurge = now;
          await tx.access.purgeNonces(now);
        }
        return tx.access.useNonce(nonceKey(h), nonceExpiresAt(h));
      },
      { awaitCommit: false, committed: (p) => pending.push(p) },
    );
    if (!fresh) throw new CustosError('E_REPLAYED', 'this request nonce was already used (replay refused)');
    // A session key's signature proves nothing to a threshold party (it knows the passkey, not the session): no proof to relay.
    if (session) return { ...actorOf(p), session: session.id };
    const body = typeof req.rawBody === 'string' ? req.rawBody : Buffer.from(req.rawBody).toString('utf8');
    const proof = {
      method: req.method,
      path: req.url,
      body,
      principal: h.principal,
      timestamp: h.timestamp,
      nonce: h.nonce,
      signature: Buffer.from(h.signature).toString('base64url'),
    };
    return { ...actorOf(p), proof };
  }
}
