/**
 * Governance proofs: why a threshold party may believe a policy, principal or
 * list change the coordinator relays. A party must not take the coordinator's
 * word for the rules it enforces, so each change carries what authorised it:
 *
 * - `http`: the admin's own signed API request (P-256 over method, path, body
 *   hash, timestamp, nonce and principal; src/auth/request-signature.ts) that
 *   made the change, verified against the party's own copy of that admin;
 * - for changes governed by an admin quorum, also the governed request
 *   (id, proposer, action, creation time) and the other admins' approval
 *   signatures over its digest, counted against the party's own policy.
 *
 * The coordinator records the proof when it executes the change
 * (recordGovProof); the party checks it (verifyGovProof) and applies only
 * newer changes (the signed timestamp orders them). Pairing is trust on
 * first use: the first copy a party receives is taken as is.
 */
import { CustosError } from '../errors.js';
import { canonicalJson } from '../audit/canonical.js';
import type { SignedRequestProof } from '../access/actor.js';
import { requestDigest } from '../auth/approval.js';
import { ownPrincipal, verifiedApprovers } from '../access/approvals.js';
import { publicKeyFromHex } from '../auth/credential.js';
import { verifyRequest } from '../auth/request-signature.js';
import type { AdminAction } from '../requests/types.js';
import type { Instance } from '../keystore/instance.js';
import type { Repo } from '../store/repo.js';
import { ThresholdVault } from './vault.js';

/** An admin's signed API request, as the server received it (signature: base64url P1363). */
export type HttpProof = SignedRequestProof;

export interface GovProof {
  /** The change exactly as the admin asked for it (what the signatures cover). */
  action: AdminAction;
  http: HttpProof;
  /** Quorum-governed changes: the request the approvals signed, and the approvals. */
  quorum?: { id: string; kind: string; principal: string; key: string | null; createdAt: string; approvals: { approverName: string; signature: string }[] };
}

/**
 * The record a change is filed under: the latest proof per policy / principal /
 * list / party, and the destruction of a threshold key. Reshare and refresh
 * proofs are not filed: they travel with the messages that change shares.
 */
export function govKey(a: AdminAction): string | null {
  switch (a.action) {
    case 'policy.set':
      return 'policy';
    case 'principal.create':
    case 'principal.revoke':
      return `principal:${a.name}`;
    case 'list.set':
      return `list:${a.name}`;
    case 'party.add':
      return `party:${a.name}`;
    case 'key.destroy':
      return `destroy:${a.name}`;
    default:
      return null;
  }
}

/** Coordinator: keep the proof of a governance change (inside the change's transaction). */
export async function recordGovProof(inst: Instance, repo: Repo, action: AdminAction, proof: Omit<GovProof, 'action'> | undefined): Promise<void> {
  const key = govKey(action);
  if (!key) return;
  const vault = new ThresholdVault(inst);
  if (proof) await vault.put(repo, 'gov-proof', key, 'active', { ...proof, action });
  else await vault.delete(repo, 'gov-proof', key); // a local operator's change carries no signature: parties will not take it
}

export async function govProof(inst: Instance, repo: Repo, key: string): Promise<GovProof | undefined> {
  return (await new ThresholdVault(inst).get<GovProof>(repo, 'gov-proof', key))?.value;
}

/** The API request that makes each change: method, path and the body fields that must match. */
function expected(a: AdminAction): { method: string; path: string; matches: (body: Record<string, unknown>) => boolean } {
  switch (a.action) {
    case 'policy.set':
      return { method: 'PUT', path: '/v1/policy', matches: (b) => b.source === a.source };
    case 'principal.create':
      return {
        method: 'POST',
        path: '/v1/principals',
        matches: (b) => b.name === a.name && b.role === a.role && String(b.publicKey).toLowerCase() === a.publicKey.toLowerCase(),
      };
    case 'list.set':
      return { method: 'PUT', path: `/v1/lists/${encodeURIComponent(a.name)}`, matches: (b) => canonicalJson(b.values) === canonicalJson(a.values) };
    case 'principal.revoke':
      return { method: 'POST', path: `/v1/principals/${encodeURIComponent(a.name)}/revoke`, matches: () => true };
    case 'party.add':
      return { method: 'POST', path: '/v1/parties', matches: (b) => b.name === a.name && b.identity === a.identity && b.url === a.url };
    case 'party.remove':
      return { method: 'POST', path: `/v1/parties/${encodeURIComponent(a.name)}/remove`, matches: () => true };
    case 'key.reshare':
      return {
        method: 'POST',
        path: `/v1/keys/${encodeURIComponent(a.name)}/reshare`,
        matches: (b) => b.threshold === a.threshold && canonicalJson(b.parties ?? null) === canonicalJson(a.parties ?? null),
      };
    case 'key.refresh':
      return { method: 'POST', path: `/v1/keys/${encodeURIComponent(a.name)}/refresh`, matches: () => true };
    case 'key.refreshSchedule':
      return { method: 'POST', path: `/v1/keys/${encodeURIComponent(a.name)}/refresh-schedule`, matches: (b) => b.every === a.every };
    case 'key.destroy':
      return { method: 'POST', path: `/v1/keys/${encodeURIComponent(a.name)}/destroy`, matches: () => true };
    case 'key.usage':
      return { method: 'POST', path: `/v1/keys/${encodeURIComponent(a.name)}/usage`, matches: (b) => b.allowRaw === a.allowRaw };
    case 'wallet.usage':
      return { method: 'POST', path: `/v1/wallets/${encodeURIComponent(a.name)}/usage`, matches: (b) => b.allowRaw === a.allowRaw };
    default:
      throw new CustosError('E_UNSUPPORTED', `no governance proof for ${(a as { action: string }).action}`);
  }
}

const refuse = (why: string) => new CustosError('E_PARTY_REFUSED', `governance change refused: ${why}`);

/**
 * Party: check that `proof` authorises `action` under the party's own
 * principals and policy. Returns the signed timestamp (to order changes).
 */
export async function verifyGovProof(
  inst: Instance,
  repo: Repo,
  action: AdminAction,
  proof: GovProof | undefined,
  adminApprovals: number,
  opts: { maxAgeMs?: number; now?: number; passkeys?: boolean } = {},
): Promise<number> {
  if (!proof?.http) throw refuse(`${action.action} carries no admin signature`);
  const now = opts.now ?? Date.now();
  // Freshness: the admin's own signed request and, under a quorum, the governed request the approvals signed.
  const created = proof.quorum ? Date.parse(proof.quorum.createdAt) : proof.http.timestamp * 1000;
  if (opts.maxAgeMs !== undefined && (now - proof.http.timestamp * 1000 > opts.maxAgeMs || !Number.isFinite(created) || now - created > opts.maxAgeMs)) {
    throw refuse(`the admin's signed request for ${action.action} is older than ${Math.round(opts.maxAgeMs / 60_000)} minutes (expired)`);
  }
  if (canonicalJson(proof.action) !== canonicalJson(action)) throw refuse('the proof is for another change');
  const h = proof.http;
  const exp = expected(action);
  const path = (h.path ?? '').split('?')[0];
  if (h.method !== exp.method || path !== exp.path) throw refuse(`the signed request is ${String(h.method)} ${String(path)}, not ${exp.method} ${exp.path}`);
  let body: Record<string, unknown>;
  try {
    body = (h.body === '' ? {} : JSON.parse(h.body)) as Record<string, unknown>;
  } catch {
    throw refuse('the signed request body is not JSON');
  }
  if (typeof body !== 'object' || body === null) throw refuse('the signed request body is not an object');
  if (!exp.matches(body)) throw refuse('the signed request says something else');
  const proposer = await ownPrincipal(inst, repo, h.principal, 'admin');
  if (!proposer) throw refuse(`"${String(h.principal).slice(0, 64)}" is not an active admin on this party`);
  try {
    verifyRequest(
      publicKeyFromHex(proposer.publicKey),
      { principal: h.principal, timestamp: h.timestamp, nonce: h.nonce, signature: new Uint8Array(Buffer.from(h.signature, 'base64url')) },
      { method: h.method, path: h.path, body: h.body },
      h.timestamp * 1000,
    );
  } catch {
    throw refuse(`the request signature does not verify under ${h.principal}'s key`);
  }
  if (adminApprovals > 1) {
    const q = proof.quorum;
    if (!q) throw refuse(`this party's policy needs ${adminApprovals} admins for ${action.action}; the change carries one`);
    if (q.principal !== h.principal || q.kind !== `admin:${action.action}`) throw refuse('the quorum request does not match the signed request');
    const digest = requestDigest({ id: q.id, kind: q.kind, principal: q.principal, key: q.key, payload: action, createdAt: q.createdAt });
    const ok = await verifiedApprovers(inst, repo, { id: q.id, digest, requester: q.principal }, q.approvals ?? [], 'admin', 'approve', {
      passkeys: opts.passkeys ?? false,
    });
    if (ok.length < adminApprovals - 1) throw refuse(`needs ${adminApprovals - 1} admin approvals besides the proposer; ${ok.length} verify here`);
  }
  return h.timestamp;
}
