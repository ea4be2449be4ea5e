/**
 * Who is calling. Every API request is signed by its principal's P-256 key
 * (method, path, body hash, timestamp, nonce); stale timestamps and reused
 * nonces are refused; the principal's row MAC is checked on every request,
 * so revocation and role changes apply at once. Scoped bearer tokens are
 * accepted only on the operations that allow them, for agents.
 */
import type { KeyObject } from 'node:crypto';
import { CustosError } from '../errors.js';
import type { Actor } from '../access/actor.js';
import { publicKeyFromHex } from '../auth/credential.js';
import { nonceExpiresAt, nonceKey, parseSignedHeaders, verifyRequest } from '../auth/request-signature.js';
import { parseToken, tokenMatches } from '../auth/token.js';
import type { Services } from '../api/context.js';
import type { PrincipalRecord } from '../store/records.js';

export interface AuthInput {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  rawBody: Uint8Array | string;
}

const actorOf = (p: PrincipalRecord): Actor => ({ id: p.id, name: p.name, role: p.role, kind: 'api', tags: p.tags });

export class Authenticator {
  /** Public keys by principal id + row MAC (a changed row is a new cache entry). */
  private readonly keys = new Map<string, KeyObject>();
  private lastPurge = 0;

  constructor(
    private readonly s: Services,
    private readonly now: () => number = Date.now,
  ) {}

  private publicKey(p: PrincipalRecord): KeyObject {
    const id = `${p.id}:${p.mac}`;
    let k = this.keys.get(id);
    if (!k) {
      if (this.keys.size > 10_000) this.keys.clear();
      k = publicKeyFromHex(p.publicKey);
      this.keys.set(id, k);
    }
    return k;
  }

  private async activePrincipal(find: () => Promise<PrincipalRecord | undefined>, label: string): Promise<PrincipalRecord> {
    const p = await find();
    if (!p) throw new CustosError('E_UNAUTHENTICATED', `unknown principal ${label}`);
    this.s.principals.check(p);
    if (p.state !== 'active') throw new CustosError('E_UNAUTHENTICATED', `principal ${p.name} is revoked`);
    return p;
  }

  async authenticate(req: AuthInput, allowToken: boolean): Promise<Actor> {
    this.s.inst.barrier.assertUnsealed();
    const repo = this.s.inst.store.read;
    const auth = req.headers.authorization;
    if (typeof auth === 'string' && auth.startsWith('Bearer ')) {
      if (!allowToken) throw new CustosError('E_UNAUTHENTICATED', 'bearer tokens are not accepted here: sign the request with your credential');
      const { id, secret } = parseToken(auth.slice('Bearer '.length).trim());
      const t = await repo.access.tokenById(id);
      if (!t || !tokenMatches(secret, t.secretHash)) throw new CustosError('E_UNAUTHENTICATED', 'unknown or invalid token');
      this.s.principals.checkToken(t);
      if (t.state !== 'active') throw new CustosError('E_UNAUTHENTICATED', 'token revoked');
      if (Date.parse(t.expiresAt) <= this.now()) throw new CustosError('E_UNAUTHENTICATED', 'token expired');
      const p = await this.activePrincipal(() => repo.access.principalById(t.principalId), 'of this token');
      if (p.role !== 'agent') throw new CustosError('E_UNAUTHENTICATED', 'tokens are valid for agents only');
      return actorOf(p);
    }
    const h = parseSignedHeaders(req.headers);
    const p = await this.activePrincipal(() => repo.access.principalByName(h.principal), `"${h.principal}"`);
    const now = this.now();
    verifyRequest(this.publicKey(p), h, { method: req.method, path: req.url, body: req.rawBody }, now);
    const fresh = await this.s.inst.store.tx(async (tx) => {
      if (now - this.lastPurge > 60_000) {
        this.lastPurge = now;
        await tx.access.purgeNonces(now);
      }
      return tx.access.useNonce(nonceKey(h), nonceExpiresAt(h));
    });
    if (!fresh) throw new CustosError('E_REPLAYED', 'this request nonce was already used (replay refused)');
    const body = typeof req.rawBody === 'string' ? req.rawBody : Buffer.from(req.rawBody).toString('utf8');
    const proof = { method: req.method, path: req.url, body, principal: h.principal, timestamp: h.timestamp, nonce: h.nonce, signature: Buffer.from(h.signature).toString('base64url') };
    return { ...actorOf(p), proof };
  }
}
