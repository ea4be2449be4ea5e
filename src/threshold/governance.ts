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
import { normaliseRecovery } from '../requests/recovery-action.js';
import type { RequestRecord, Role } from '../store/records.js';
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
    case 'recovery':
      // The guardian's proposal, normalised as the server stored it (public keys canonical).
      return { method: 'POST', path: '/v1/recovery', matches: (b) => sameRecovery(b, a) };
    default:
      throw new CustosError('E_UNSUPPORTED', `no governance proof for ${(a as { action: string }).action}`);
  }
}

function sameRecovery(body: Record<string, unknown>, a: AdminAction): boolean {
  try {
    return canonicalJson(normaliseRecovery(body as Parameters<typeof normaliseRecovery>[0])) === canonicalJson(a);
  } catch {
    return false;
  }
}

const refuse = (why: string) => new CustosError('E_PARTY_REFUSED', `governance change refused: ${why}`);

/**
 * Party: check that `proof` authorises `action` under the party's own
 * principals and policy. Returns the signed timestamp (to order changes).
 * `approvals` is how many distinct principals of role `by` (admins, or
 * guardians for a recovery) the change needs, the proposer among them; a
 * guardian recovery always carries its request (`quorum`), whose id and
 * digest its vetoes and time-lock are bound to.
 */
export async function verifyGovProof(
  inst: Instance,
  repo: Repo,
  action: AdminAction,
  proof: GovProof | undefined,
  approvals: number,
  opts: { maxAgeMs?: number; now?: number; passkeys?: boolean; by?: Extract<Role, 'admin' | 'guardian'> } = {},
): Promise<number> {
  const by = opts.by ?? 'admin';
  if (!proof?.http) throw refuse(`${action.action} carries no ${by} signature`);
  if ((action.action === 'recovery') !== (by === 'guardian')) throw refuse(`${action.action} is not a change ${by}s make`);
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
  const proposer = await ownPrincipal(inst, repo, h.principal, by);
  if (!proposer) throw refuse(`"${String(h.principal).slice(0, 64)}" is not an active ${by} on this party`);
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
  if (approvals > 1 || by === 'guardian') {
    const q = proof.quorum;
    if (!q) throw refuse(`this party's policy needs ${approvals} ${by}s for ${action.action}; the change carries one`);
    if (q.principal !== h.principal || q.kind !== `admin:${action.action}`) throw refuse('the quorum request does not match the signed request');
    const digest = quorumDigest(q, action);
    const ok = await verifiedApprovers(inst, repo, { id: q.id, digest, requester: q.principal }, q.approvals ?? [], by, 'approve', {
      passkeys: opts.passkeys ?? false,
    });
    if (ok.length < approvals - 1) throw refuse(`needs ${approvals - 1} ${by} approvals besides the proposer; ${ok.length} verify here`);
  }
  return h.timestamp;
}

/** The digest a quorum's approvals sign: the governed request's (src/auth/approval.ts). */
export function quorumDigest(q: NonNullable<GovProof['quorum']>, action: AdminAction): string {
  return requestDigest({ id: q.id, kind: q.kind, principal: q.principal, key: q.key, payload: action, createdAt: q.createdAt });
}

/**
 * Coordinator: the proof of a quorum-governed change or a guardian recovery,
 * from the request record: the proposer's signed API request and the
 * approvals over the request digest (undefined when the proposer's request
 * was not signed, e.g. a local operator's).
 */
export async function requestProof(inst: Instance, repo: Repo, rec: RequestRecord): Promise<Omit<GovProof, 'action'> | undefined> {
  const http = (await new ThresholdVault(inst).get<GovProof['http']>(repo, 'gov-http', rec.id))?.value;
  if (!http) return undefined;
  const approvals = (await repo.requests.approvals(rec.id))
    .filter((a) => a.verdict === 'approve')
    .map((a) => ({ approverName: a.approverName, signature: a.signature }));
  return { http, quorum: { id: rec.id, kind: rec.kind, principal: rec.principalName, key: rec.keyName, createdAt: rec.createdAt, approvals } };
}

/** A guardian recovery's proof as the coordinator relays it (decision 0031): `apply` once it executed at the coordinator. */
export interface RecoveryDelivery {
  proof: GovProof;
  apply: boolean;
}

/**
 * Coordinator: keep (or, `null`, drop) a guardian recovery's proof for the
 * parties, in the transaction that approves, executes or ends it. The parties
 * get it with every governance sync while it is kept.
 */
export async function fileRecoveryProof(inst: Instance, repo: Repo, rec: RequestRecord, apply: boolean | null): Promise<void> {
  const vault = new ThresholdVault(inst);
  if (apply === null) {
    await vault.delete(repo, 'gov-recovery', rec.id);
    return;
  }
  const proof = await requestProof(inst, repo, rec);
  if (!proof) return; // the proposer's request was not signed: nothing a party could verify
  const d: RecoveryDelivery = { proof: { ...proof, action: JSON.parse(rec.payload) as AdminAction }, apply };
  await vault.put(repo, 'gov-recovery', rec.id, 'active', d);
}

/** Coordinator: the recoveries the parties are sent (at most the latest 64: each names at most 10 admins). */
export async function recoveryDeliveries(inst: Instance, repo: Repo): Promise<RecoveryDelivery[]> {
  const all = await new ThresholdVault(inst).list<RecoveryDelivery>(repo, 'gov-recovery');
  return all
    .map((r) => r.value)
    .sort((a, b) => Date.parse(a.proof.quorum?.createdAt ?? '') - Date.parse(b.proof.quorum?.createdAt ?? ''))
    .slice(-64);
}
