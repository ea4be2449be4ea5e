/**
 * Principals (who may call the API, with which role) and their scoped bearer
 * tokens. A principal's private key never reaches the server: the client
 * generates it and registers only the public key.
 */
import { randomUUID } from 'node:crypto';
import { CustosError, badInput } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import { newToken, parseTtl } from '../auth/token.js';
import { publicKeyFromHex, publicKeyToHex } from '../auth/credential.js';
import { credentialKeyObject, principalKey, type PasskeyCredential } from '../auth/webauthn.js';
import type { Instance } from '../keystore/instance.js';
import { checkName, checkTags } from '../keystore/refs.js';
import type { Repo } from '../store/repo.js';
import { ROLES, type PrincipalRecord, type Role, type TokenRecord } from '../store/records.js';
import { auditActor, type Actor } from './actor.js';
import type { AuditAction } from '../audit/events.js';

export interface PrincipalInfo {
  id: string;
  name: string;
  role: Role;
  state: string;
  tags: Record<string, string>;
  publicKey: string;
  /** How it authenticates: a P-256 credential file, a registered passkey, or a passkey awaiting registration. */
  credential: 'p256' | 'passkey' | 'passkey-pending';
  createdAt: string;
  /** A registered passkey's public facts (never the registration token). */
  passkey?: { credentialId: string; alg: number; rpId: string; origin: string; registeredAt: string };
  /** A pending passkey principal: until when its registration link works. */
  registrationExpiresAt?: string;
}

export const principalInfo = (p: PrincipalRecord): PrincipalInfo => {
  const k = principalKey(p.publicKey);
  return {
    id: p.id,
    name: p.name,
    role: p.role,
    state: p.state,
    tags: p.tags,
    publicKey: p.publicKey,
    credential: k.type,
    createdAt: p.createdAt,
    ...(k.type === 'passkey'
      ? {
          passkey: {
            credentialId: k.credential.id,
            alg: k.credential.alg,
            rpId: k.credential.rpId,
            origin: k.credential.origin,
            registeredAt: k.credential.at,
          },
        }
      : {}),
    ...(k.type === 'passkey-pending' && k.expiresAtMs > 0 ? { registrationExpiresAt: new Date(k.expiresAtMs).toISOString() } : {}),
  };
};

/** Roles a passkey principal may have: people (agents, validators and keymanagers are programs with credential files or tokens). */
export const PASSKEY_ROLES: readonly Role[] = ['admin', 'approver', 'operator', 'auditor', 'guardian'];

/** A principal key as stored: a P-256 SPKI in canonical form, a well-formed pending passkey, or a registered passkey whose key loads. */
export function checkPrincipalKey(stored: string, role: Role): string {
  const k = principalKey(stored);
  if (k.type === 'p256') return publicKeyToHex(publicKeyFromHex(stored));
  if (!PASSKEY_ROLES.includes(role)) throw badInput(`a ${role} cannot be a passkey principal (roles: ${PASSKEY_ROLES.join(', ')})`, { field: 'role' });
  if (k.type === 'passkey-pending' && k.regKey.length === 64) return stored;
  if (k.type === 'passkey' && credentialKeyObject(k.credential as PasskeyCredential)) return stored;
  throw badInput('publicKey: not a P-256 SPKI, a pending passkey or a registered passkey', { field: 'publicKey' });
}

export function parseRole(s: string): Role {
  if ((ROLES as readonly string[]).includes(s)) return s as Role;
  throw badInput(`unknown role "${s}" (expected ${ROLES.join(', ')})`, { field: 'role' });
}

export interface NewPrincipal {
  name: string;
  role: string;
  publicKey: string;
  tags?: Record<string, string>;
}

export class Principals {
  constructor(private readonly inst: Instance) {}

  /** Register a principal inside the caller's transaction (admin action; governed by the caller). */
  async createIn(repo: Repo, spec: NewPrincipal, actor: Actor): Promise<PrincipalInfo> {
    const name = checkName(spec.name, 'principal');
    const role = parseRole(spec.role);
    const publicKey = checkPrincipalKey(spec.publicKey, role);
    const tags = checkTags(spec.tags ?? {});
    if (await repo.access.principalByName(name)) throw new CustosError('E_NAME_TAKEN', `a principal named "${name}" already exists`, { principal: name });
    const now = new Date().toISOString();
    const base = { id: randomUUID(), name, role, publicKey, tags, state: 'active' as const, createdAt: now, updatedAt: now };
    const p: PrincipalRecord = this.inst.records.sign('principals', base);
    await repo.access.insertPrincipal(p);
    await this.audit(repo, actor, 'principal.create', name, { role, tags, credential: principalKey(publicKey).type });
    return principalInfo(p);
  }

  async revokeIn(repo: Repo, name: string, actor: Actor): Promise<PrincipalInfo> {
    const p = await this.verified(repo, name);
    if (p.state === 'revoked') return principalInfo(p);
    if (p.role === 'admin' && (await repo.access.countActiveAdmins()) <= 1) {
      throw new CustosError('E_FORBIDDEN', 'refusing to revoke the last active admin');
    }
    const next = this.inst.records.sign('principals', { ...p, state: 'revoked' as const, updatedAt: new Date().toISOString() });
    await repo.access.updatePrincipal(next);
    await this.audit(repo, actor, 'principal.revoke', name, {});
    return principalInfo(next);
  }

  async byName(repo: Repo, name: string): Promise<PrincipalRecord> {
    const p = await repo.access.principalByName(name);
    if (!p) throw new CustosError('E_PRINCIPAL_NOT_FOUND', `no principal named "${name}"`, { principal: name });
    return p;
  }

  /** A principal whose row MAC checks out (role, key and state cannot have been edited in the store). */
  async verified(repo: Repo, name: string): Promise<PrincipalRecord> {
    return this.inst.records.verify('principals', await this.byName(repo, name));
  }

  async list(): Promise<PrincipalInfo[]> {
    return (await this.inst.store.read.access.listPrincipals()).map(principalInfo);
  }

  /** A scoped bearer token for an agent (clients that cannot sign requests) or a keymanager (the eth2 keymanager API, whose standard is a bearer token). Shown once. */
  async createToken(principal: string, ttl: string | undefined, actor: Actor): Promise<{ token: string; id: string; principal: string; expiresAt: string }> {
    const ttlMs = parseTtl(ttl ?? '30d');
    return this.inst.store.tx(async (repo) => {
      const p = await this.verified(repo, principal);
      if (p.role !== 'agent' && p.role !== 'keymanager')
        throw badInput(`tokens are for agents and keymanagers; ${principal} is ${p.role}`, { field: 'principal' });
      if (p.state !== 'active') throw new CustosError('E_FORBIDDEN', `principal ${principal} is revoked`);
      const t = newToken();
      const now = new Date();
      const base = {
        id: t.id,
        principalId: p.id,
        secretHash: t.secretHash,
        expiresAt: new Date(now.getTime() + ttlMs).toISOString(),
        state: 'active' as const,
        createdAt: now.toISOString(),
      };
      const rec: TokenRecord = this.inst.records.sign('tokens', base);
      await repo.access.insertToken(rec);
      await this.audit(repo, actor, 'token.create', principal, { tokenId: t.id, expiresAt: rec.expiresAt });
      return { token: t.token, id: t.id, principal, expiresAt: rec.expiresAt };
    });
  }

  async revokeToken(id: string, actor: Actor): Promise<{ id: string; revoked: boolean }> {
    return this.inst.store.tx(async (repo) => {
      const t = await repo.access.tokenById(id);
      if (!t) throw new CustosError('E_NOT_FOUND', `no token ${id}`);
      this.inst.records.verify('tokens', t);
      const next = this.inst.records.sign('tokens', { ...t, state: 'revoked' as const });
      const revoked = t.state === 'active' && (await repo.access.updateToken(next)) === 1;
      const p = await repo.access.principalById(t.principalId);
      await this.audit(repo, actor, 'token.revoke', p?.name ?? t.principalId, { tokenId: id });
      return { id, revoked };
    });
  }

  private async audit(repo: Repo, actor: Actor, action: AuditAction, subject: string, details: Record<string, unknown>): Promise<void> {
    await appendEvent(repo, { actor: auditActor(actor), action, subject: `principal/${subject}`, details });
  }
}
