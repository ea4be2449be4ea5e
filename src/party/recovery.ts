/**
 * A guardian recovery at a threshold party (decisions 0024, 0031): the party
 * creates the admins a recovery names and revokes the ones it lists only on
 * the guardians' own signatures, checked against what it learned earlier
 * under the admin quorum, and only after its OWN time-lock:
 *
 * - the proof: the proposing guardian's signed `POST /v1/recovery` (saying
 *   exactly these admins and revocations) and the other guardians'
 *   signatures over the recovery request's digest, each verified against
 *   this party's own guardian principals; M (`admin.recovery.guardians` of
 *   this party's own policy copy) distinct guardians, the proposer among
 *   them (threshold/governance.ts verifyGovProof, `by: 'guardian'`);
 * - the time-lock: this party's policy delay, counted on this party's clock
 *   from when it first held a proof that verified (stored here, bound to the
 *   request id and digest), never from a time the coordinator writes (a
 *   backdated `createdAt` gains nothing: the airgap rule of decision 0023);
 * - vetoes: a cancellation signed by an admin, a guardian or the proposer,
 *   or a rejection signed by another guardian, taken by this party
 *   (request.veto, or POST /v1/party/veto) stops it here for good;
 * - when the window has passed and the coordinator says it executed the
 *   recovery (`apply`; the coordinator's word only holds it back), it is
 *   decided again under this party's policy and principals as they are then,
 *   applied, and audited here (`party.recovery.apply`).
 *
 * The coordinator relays the proofs with every governance sync
 * (gov-sync.ts), from the guardians' last approval on, so the parties'
 * windows run alongside the coordinator's own.
 */
import { isCustosError } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import { canonicalJson } from '../audit/canonical.js';
import type { Actor } from '../access/actor.js';
import { normaliseRecovery, recoveryRequestId, type RecoveryAction } from '../requests/recovery-action.js';
import type { Repo } from '../store/repo.js';
import { quorumDigest, verifyGovProof, type GovProof, type RecoveryDelivery } from '../threshold/governance.js';
import { refuse } from './authority.js';
import { PartyEvidence } from './evidence.js';
import type { PartyCore } from './types.js';

/** What this party keeps of a recovery it was shown with a proof that verified. */
export interface RecoveryRecord {
  digest: string;
  /** This party's clock when it first held the verified proof: its time-lock runs from here. */
  firstSeen: number;
  admins: string[];
  revoke: string[];
  appliedAt?: number;
}

/** What the party answers for each recovery it was sent. */
export interface RecoveryOutcome {
  id: string;
  /** held: verified, in (or past) its time-lock, not asked to apply; waiting: asked to apply, its time-lock not passed here. */
  state: 'held' | 'waiting' | 'applied' | 'refused';
  retryAfterMs?: number;
  reason?: string;
}

/** The request id of a delivery, or null when it is not a recovery proof at all. */
function requestId(d: RecoveryDelivery): string | null {
  const id = d.proof?.quorum?.id;
  return typeof id === 'string' && id.length > 0 && id.length <= 64 ? id : null;
}

/** The recovery the proof is for, exactly as the guardians signed it (names checked, keys canonical), else a refusal. */
function recoveryAction(proof: GovProof): RecoveryAction {
  const a = proof.action as unknown as RecoveryAction;
  if (a?.action !== 'recovery') throw refuse('the proof is not a guardian recovery');
  let n: RecoveryAction;
  try {
    n = normaliseRecovery(a);
  } catch (e) {
    throw refuse(`the recovery is malformed (${isCustosError(e) ? e.message : 'invalid'})`);
  }
  if (canonicalJson(n) !== canonicalJson(a)) throw refuse('the recovery is not in the form the guardians sign');
  return n;
}

/**
 * Take one recovery the coordinator relays, inside the governance sync's
 * transaction. Refusals are returned (the caller reports and audits them),
 * never thrown: the first-sight record of a proof that verified is kept
 * whatever happens after it.
 */
export async function takeRecovery(node: PartyCore, repo: Repo, d: RecoveryDelivery, nowMs: number, actor: Actor): Promise<RecoveryOutcome> {
  const id = requestId(d);
  if (!id) return { id: String(d.proof?.quorum?.id ?? '').slice(0, 64), state: 'refused', reason: 'a recovery proof carries its request' };
  try {
    const prior = await node.vault.get<RecoveryRecord>(repo, 'recovery', id);
    if (prior?.state === 'applied') return { id, state: 'applied' };
    const action = recoveryAction(d.proof);
    const { version, policy } = await node.services.policies.current(repo);
    const rp = policy.recovery;
    if (!rp) throw refuse(`this party's policy v${version} does not enable guardian recovery`);
    // M distinct guardians of this party, the proposer among them, over exactly this recovery.
    await verifyGovProof(node.inst, repo, action, d.proof, rp.guardians, { by: 'guardian', passkeys: node.services.acceptPasskeyApprovals });
    const q = d.proof.quorum!;
    const digest = quorumDigest(q, action);
    if (prior && prior.value.digest !== digest)
      throw refuse('another recovery was already shown under this request id (one request id, one recovery)', { misbehaviour: 'request-id-reuse' });
    checkProposalId(d.proof, id);
    await new PartyEvidence(node).checkVetoes(repo, id, digest, q.principal, 'guardian');
    const firstSeen = prior?.value.firstSeen ?? nowMs;
    const rec: RecoveryRecord = { digest, firstSeen, admins: action.admins.map((a) => a.name), revoke: action.revoke };
    if (!prior) {
      await node.vault.put(repo, 'recovery', id, 'held', rec);
      await appendEvent(repo, {
        actor: actor.name,
        action: 'party.recovery.seen',
        subject: `request/${id}`,
        details: {
          digest,
          proposer: q.principal,
          admins: rec.admins,
          revoke: rec.revoke,
          delayMs: rp.delayMs,
          notBefore: new Date(firstSeen + rp.delayMs).toISOString(),
        },
      });
    }
    // This party's delay as its policy says now (lengthened or shortened since), from its own first sight.
    const left = firstSeen + rp.delayMs - nowMs;
    if (!d.apply) return { id, state: 'held', ...(left > 0 ? { retryAfterMs: left } : {}) };
    if (left > 0) return { id, state: 'waiting', retryAfterMs: left };
    await apply(node, repo, id, action, rec, nowMs, actor);
    return { id, state: 'applied' };
  } catch (e) {
    if (!isCustosError(e) || ['E_STORE', 'E_INTERNAL', 'E_SEALED', 'E_TAMPERED'].includes(e.code)) throw e;
    return { id, state: 'refused', reason: e.message };
  }
}

/**
 * One guardian proposal, one recovery: the request id must be the one derived from the proposer's signed
 * request (recoveryRequestId), so a coordinator cannot relay a proposal an admin cancelled again under a fresh
 * id (with one guardian nothing else signs the id) and every cancel of that id covers every copy. Also: the
 * request must be filed when it was signed (the server files a recovery when it receives the proposal).
 */
function checkProposalId(proof: GovProof, id: string): void {
  const h = proof.http!;
  if (id !== recoveryRequestId(h))
    throw refuse(`request ${id} is not the id its guardian's signed proposal names: one proposal, one recovery`, { misbehaviour: 'proposal-reuse' });
  const created = Date.parse(proof.quorum!.createdAt);
  if (!Number.isFinite(created) || Math.abs(created - h.timestamp * 1000) > PROPOSAL_SKEW_MS) {
    throw refuse(
      `the recovery request was not filed when its proposal was signed (${proof.quorum!.createdAt} vs ${new Date(h.timestamp * 1000).toISOString()})`,
    );
  }
}

/** How far a recovery request's createdAt may be from its proposal's signed timestamp (the server files it on receipt). */
const PROPOSAL_SKEW_MS = 10 * 60_000;

/** Carry it out: the new admins first (so the last admin is never revoked before its successor exists), then the revocations. */
async function apply(node: PartyCore, repo: Repo, id: string, a: RecoveryAction, rec: RecoveryRecord, nowMs: number, actor: Actor): Promise<void> {
  for (const n of a.admins) {
    if (await repo.access.principalByName(n.name)) throw refuse(`a principal named "${n.name}" already exists on this party`, { principal: n.name });
  }
  const revoke: string[] = [];
  for (const name of a.revoke) {
    const p = await repo.access.principalByName(name);
    if (!p || p.state !== 'active') continue; // nothing to take away here
    if (p.role !== 'admin') throw refuse(`a recovery revokes only admins; ${name} is ${p.role} on this party`, { principal: name });
    revoke.push(name);
  }
  for (const n of a.admins) await node.services.principals.createIn(repo, { name: n.name, role: 'admin', publicKey: n.publicKey }, actor);
  for (const name of revoke) await node.services.principals.revokeIn(repo, name, actor);
  await node.vault.put(repo, 'recovery', id, 'applied', { ...rec, appliedAt: nowMs });
  await appendEvent(repo, {
    actor: actor.name,
    action: 'party.recovery.apply',
    subject: `request/${id}`,
    details: { digest: rec.digest, admins: rec.admins, revoked: revoke, firstSeen: new Date(rec.firstSeen).toISOString() },
  });
}

/**
 * Pairing takes the governance copy as is (trust on first use): a recovery
 * the coordinator already executed is in the principals it sends, so it is
 * recorded as applied without a time-lock; one still in its time-lock is
 * taken like any later sync (verified, and timed from now).
 */
export async function pairedRecovery(node: PartyCore, repo: Repo, d: RecoveryDelivery, nowMs: number, actor: Actor): Promise<RecoveryOutcome> {
  const id = requestId(d);
  if (!id || !d.apply) return takeRecovery(node, repo, d, nowMs, actor);
  if (await node.vault.get(repo, 'recovery', id)) return { id, state: 'applied' };
  const a = d.proof.action as unknown as Partial<RecoveryAction>;
  const rec: RecoveryRecord = {
    digest: '',
    firstSeen: nowMs,
    admins: Array.isArray(a.admins) ? a.admins.map((x) => String(x?.name).slice(0, 64)).slice(0, 10) : [],
    revoke: Array.isArray(a.revoke) ? a.revoke.map((x) => String(x).slice(0, 64)).slice(0, 10) : [],
    appliedAt: nowMs,
  };
  await node.vault.put(repo, 'recovery', id, 'applied', rec);
  return { id, state: 'applied' };
}

/**
 * Names a verified recovery this party holds in its time-lock creates or
 * revokes: the coordinator's copy shows them changed already, without an
 * admin's proof; they wait for the recovery rather than count as refusals.
 */
export function pendingNames(outcomes: readonly RecoveryOutcome[], deliveries: readonly RecoveryDelivery[]): Set<string> {
  const out = new Set<string>();
  deliveries.forEach((d, i) => {
    if (outcomes[i]?.state !== 'held' && outcomes[i]?.state !== 'waiting') return;
    const a = d.proof?.action as unknown as Partial<RecoveryAction> | undefined;
    for (const x of Array.isArray(a?.admins) ? a.admins : []) if (typeof x?.name === 'string') out.add(x.name);
    for (const x of Array.isArray(a?.revoke) ? a.revoke : []) if (typeof x === 'string') out.add(x);
  });
  return out;
}
