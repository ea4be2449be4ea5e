/**
 * Who is acting. API principals authenticate by signed requests (or a scoped
 * bearer token); a local operator is whoever holds the unseal material on the
 * instance's machine (local mode) and acts with admin rights.
 */
import { userInfo } from 'node:os';
import { CustosError } from '../errors.js';
import type { Role } from '../store/records.js';

export interface Actor {
  id: string;
  name: string;
  role: Role;
  kind: 'api' | 'local';
  tags: Record<string, string>;
  /** A signed API request, kept so governance changes can be proven to threshold parties (threshold/governance.ts). */
  proof?: SignedRequestProof;
  /** The console session (src/access/passkeys.ts) whose key signed this request, if any. */
  session?: string;
}

/** An admin's signed API request as received: method, path, raw body and the signature headers. */
export interface SignedRequestProof {
  method: string;
  path: string;
  body: string;
  principal: string;
  timestamp: number;
  nonce: string;
  signature: string;
}

export function localActor(): Actor {
  let user = 'unknown';
  try {
    user = userInfo().username;
  } catch {
    /* no passwd entry */
  }
  return { id: 'local', name: `local:${user}`, role: 'admin', kind: 'local', tags: {} };
}

/** The actor string written to the audit trail. */
export function auditActor(a: Actor): string {
  return a.kind === 'local' ? a.name : `principal:${a.name}`;
}

export function requireRole(a: Actor, roles: readonly Role[], what: string): void {
  if (!roles.includes(a.role)) throw new CustosError('E_FORBIDDEN', `${what} needs role ${roles.join(' or ')}; ${a.name} is ${a.role}`);
}
