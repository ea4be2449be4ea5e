/**
 * What a party requires before it lets anything change its shares. Nothing the
 * coordinator says alone creates, moves, refreshes or deletes a share:
 *
 * - Membership: a party keeps its own registry of party identities (name ->
 *   identity), each entry taken only with an admin-signed `party.add` (and
 *   the quorum's approvals when the policy demands them), checked against
 *   its own principal and policy copies. A DKG or reshare whose participants
 *   are not all in it is refused.
 * - Reshare / refresh: the admin's signed `key.reshare` / `key.refresh`
 *   request for THIS key (by name), not older than a day, used for one
 *   session only; the new participant identities must be exactly those the
 *   request names (resolved through the party's own registry), the threshold
 *   exactly the one it names.
 * - Commit of a reshared epoch (which forgets the older share) and retirement
 *   of a left-out party's share: receipts, i.e. the new parties' own signed
 *   replies saying they hold the new epoch's share of the same group key,
 *   from at least the new threshold of them. A coordinator cannot make
 *   parties forget shares of a key that the new epoch could not sign for.
 * - Destruction: the admin's signed (quorum-approved) `key.destroy` of the key.
 */
import { CustosError } from '../errors.js';
import { canonicalJson } from '../audit/canonical.js';
import type { AdminAction } from '../requests/types.js';
import type { Instance } from '../keystore/instance.js';
import type { Repo } from '../store/repo.js';
import { verifyGovProof, type GovProof } from '../threshold/governance.js';
import { identifierFor, type FrostSuite } from '../threshold/suites.js';
import type { FrostPublicJson } from '../threshold/codec.js';
import type { ThresholdVault } from '../threshold/vault.js';
import type { ParticipantWire } from './protocol.js';
import { verifyRelayedEnvelope, type Envelope, type KemAnnouncement } from './wire.js';
import { RefreshSlots } from './refresh-slots.js';

/** How long an admin's signed share-changing request stays usable (the request TTL) plus clock skew. */
export const SHARE_PROOF_MAX_AGE_MS = 24 * 3600_000 + 120_000;

/** A registry entry: a party identity an admin registered. */
export interface PeerRecord {
  name: string;
  identity: string;
  /** The party's own signed ML-KEM-768 announcement, pinned once seen (hybrid sealing; never dropped). */
  kem?: KemAnnouncement;
}

export const refuse = (why: string, details: Record<string, unknown> = {}) => new CustosError('E_PARTY_REFUSED', `party refuses: ${why}`, details);

/** The share facts these checks need (a ShareRecord's public side). */
export interface ShareFacts {
  keyId: string;
  keyName: string;
  suite: FrostSuite;
  epoch: number;
  public: FrostPublicJson;
  digest: string;
}

export class PartyAuthority {
  /** Timed refreshes: the admin-signed schedules this party keeps and the slots it took (refresh-slots.ts). */
  readonly refreshSlots: RefreshSlots;

  constructor(
    private readonly inst: Instance,
    private readonly vault: ThresholdVault,
    private readonly selfId: () => string,
    private readonly adminApprovals: (repo: Repo) => Promise<number>,
    private readonly acceptPasskeys: boolean = false,
    actorName: () => string = () => 'party',
  ) {
    this.refreshSlots = new RefreshSlots(
      inst,
      vault,
      (repo, action, proof, opts) => this.verify(repo, action, proof, opts),
      SHARE_PROOF_MAX_AGE_MS,
      refuse,
      actorName,
    );
  }

  /** The party's own registry of party identities. */
  async peers(repo: Repo): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const r of await this.vault.list<PeerRecord>(repo, 'peer')) if (r.state === 'active') out.set(r.value.name, r.value.identity);
    return out;
  }

  /** Pinned KEM announcements by party identity (what hybrid sealing to and from a peer relies on, not the coordinator's list). */
  async kems(repo: Repo): Promise<Map<string, KemAnnouncement>> {
    const out = new Map<string, KemAnnouncement>();
    for (const r of await this.vault.list<PeerRecord>(repo, 'peer')) if (r.value.kem) out.set(r.value.identity, r.value.kem);
    return out;
  }

  /** Every participant must be a registered party (or this party itself). */
  async requireRegistered(repo: Repo, participants: readonly ParticipantWire[]): Promise<void> {
    const known = new Set((await this.peers(repo)).values());
    for (const p of participants) {
      if (p.identity !== this.selfId() && !known.has(p.identity)) {
        throw refuse(`participant ${p.identity.slice(0, 16)}… is not a party an admin registered on this party's registry`);
      }
    }
  }

  /** Verify an admin's proof for `action` under this party's own principals and admin quorum. */
  async verify(repo: Repo, action: AdminAction, proof: GovProof, opts: { maxAgeMs?: number; now?: number } = {}): Promise<number> {
    if (canonicalJson(proof.action) !== canonicalJson(action))
      throw refuse(
        `the admin's signed request is for another change (${String(proof.action?.action).slice(0, 32)} ${String((proof.action as { name?: unknown })?.name).slice(0, 64)})`,
      );
    return verifyGovProof(this.inst, repo, action, proof, await this.adminApprovals(repo), { ...opts, passkeys: this.acceptPasskeys });
  }

  /**
   * Authority for a reshare or refresh of `share`'s key to `participants`
   * with threshold `min`: returns the proof's action. `share` is this
   * party's current share (dealers and old parties) or null (a new party).
   * A timed refresh (`slot` given) carries the admin's key.refreshSchedule
   * instead, checked against this party's own schedule (RefreshSlots).
   */
  async shareChange(
    repo: Repo,
    keyName: string,
    share: ShareFacts | null,
    proof: GovProof,
    participants: readonly ParticipantWire[],
    min: number,
    suite: FrostSuite,
    slot?: number,
  ): Promise<AdminAction> {
    const action = proof.action as AdminAction;
    if (slot !== undefined || action.action === 'key.refreshSchedule') {
      if (slot === undefined) throw refuse('a refresh schedule authorises timed refreshes only (with their slot)');
      if (!share) throw refuse('a timed refresh keeps the parties of the key: this party holds no share of it');
      await this.refreshSlots.check(repo, keyName, proof);
    } else if ((action.action !== 'key.reshare' && action.action !== 'key.refresh') || action.name !== keyName) {
      throw refuse(
        `a reshare of key "${keyName}" needs an admin's key.reshare or key.refresh of that key; the proof is ${String(action.action).slice(0, 32)} of "${String((action as { name?: unknown }).name).slice(0, 64)}"`,
      );
    } else {
      await this.verify(repo, action, proof, { maxAgeMs: SHARE_PROOF_MAX_AGE_MS });
    }
    const got = new Set(participants.map((p) => p.identifier));
    if (got.size !== participants.length) throw refuse('a participant is named twice');
    for (const p of participants)
      if (p.identifier !== identifierFor(suite, p.identity)) throw refuse('a participant identifier does not belong to its identity');
    let expected: Set<string> | null = null;
    if (action.action === 'key.reshare' && action.parties) {
      const peers = await this.peers(repo);
      expected = new Set(
        action.parties.map((n) => {
          const id = peers.get(n);
          if (!id) throw refuse(`the approved reshare names party "${n.slice(0, 64)}", which is not in this party's registry`);
          return identifierFor(suite, id);
        }),
      );
    } else if (share) {
      expected = new Set(Object.keys(share.public.verifyingShares));
    }
    if (expected && (expected.size !== got.size || [...expected].some((x) => !got.has(x)))) {
      throw refuse('the new participants are not the parties the admin approved');
    }
    const wantMin = action.action === 'key.reshare' && action.threshold !== undefined ? action.threshold : share?.public.signers.min;
    if (wantMin !== undefined && wantMin !== min) throw refuse(`the new threshold ${min} is not the approved ${wantMin}`);
    await this.requireRegistered(repo, participants);
    return action;
  }

  /**
   * Use a share-changing proof once per role at this party: a dealer deals,
   * a new party receives, once for each admin-approved change (the quorum's
   * request id when there is one, else the proposer's signed request). A
   * replay, in another session or the same one, is refused: a coordinator
   * cannot make a party hold two different dealings of one approved change.
   */
  async consume(repo: Repo, proof: GovProof, role: 'deal' | 'receive', session: string, timed?: { keyName: string; slot: number }): Promise<void> {
    // A timed refresh: the slot must be due here, and each role is played once per slot, as an approved change
    // is used once (review: the same session and slot dealt or received twice let a hostile coordinator leave
    // every party on a different dealing, destroying the key).
    const id = timed ? `${role}:timed:${timed.keyName}:${timed.slot}` : `${role}:${proof.quorum?.id ?? `${proof.http.principal}:${proof.http.nonce}`}`;
    if (timed) await this.refreshSlots.take(repo, timed.keyName, proof, timed.slot, session);
    if (!(await this.vault.insert(repo, 'gov-used', id, 'active', { session })))
      throw refuse(`this admin-approved change was already used here (${role}): a replay`);
  }

  /**
   * Count receipts: distinct new parties (identifiers in `identifiers`) whose
   * signed `reshare.receive.ok` says they hold, from session `at.session`,
   * epoch `at.epoch` of key `at.keyId` with package `digest` of `groupKey`.
   * Refuses unless at least `min` verify.
   */
  requireReceipts(
    receipts: readonly Envelope[] | undefined,
    suite: FrostSuite,
    identifiers: ReadonlySet<string>,
    min: number,
    digest: string,
    groupKey: string,
    at: { keyId: string; epoch: number; session: string | undefined },
  ): void {
    const ok = new Set<string>();
    for (const r of (receipts ?? []).slice(0, 32)) {
      const body = r.body as { digest?: unknown; groupKey?: unknown; keyId?: unknown; epoch?: unknown } | null;
      if (r.type !== 'reshare.receive.ok' || body?.digest !== digest || body.groupKey !== groupKey || body.keyId !== at.keyId || body.epoch !== at.epoch)
        continue;
      if (at.session === undefined || r.session !== at.session) continue;
      let id: string;
      try {
        id = identifierFor(suite, r.from);
      } catch {
        continue;
      }
      if (!identifiers.has(id) || ok.has(id) || !verifyRelayedEnvelope(r, r.from)) continue;
      ok.add(id);
    }
    if (ok.size < min) throw refuse(`the new epoch needs receipts from ${min} of its parties that they hold it; ${ok.size} verify`);
  }
}
