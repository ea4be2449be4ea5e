/**
 * The coordinator of threshold keys (runs inside the custos server or CLI):
 * registers parties by identity, runs the DKG, the two FROST signing rounds,
 * refresh and reshare. It holds no share and relays only ciphertext for
 * secret messages. Every share is verified (RFC 9591 §5.4) before
 * aggregation; a bad one aborts the session, names the party and is audited.
 *
 * Crash safety of key changes: parties keep new shares as pending until the
 * coordinator has recorded the new public package (one transaction) and
 * sends key.commit; a party that missed the commit catches up on its next
 * signing session (the session names the epoch and package digest). Until
 * the coordinator records the new epoch, the old shares stay in force.
 */
import type { Instance } from '../keystore/instance.js';
import type { KeyInfo, ThresholdKeyRecords, ThresholdSigner } from '../keystore/types.js';
import type { KeyRecord } from '../store/records.js';
import type { Repo } from '../store/repo.js';
import type { SignatureScheme } from '../crypto/algorithms.js';
import type { Identity } from '../party/wire.js';
import type { SignContext, Veto } from '../party/protocol.js';
import type { NetworkAdminAction } from '../requests/types.js';
import type { PartyLink } from './transport.js';
import type { GovProof } from './governance.js';
import { PartyRegistry, type CoordinatorOptions, type PartyStatus, type ThresholdKeyMeta } from './parties.js';
import { ThresholdSigning } from './signing.js';
import { ShareTimings, type ShareTiming } from './timings.js';
import { ThresholdKeygen } from './dkg.js';
import { ThresholdResharing } from './resharing.js';
import { ThresholdSafes, type SafeAccountMeta } from './safes.js';
import { RefreshSchedules } from './refresh-schedule.js';
import type { ScheduleInfo } from '../keystore/schedules.js';

export type { GovSync } from '../party/protocol.js';
export type { CoordinatorOptions, PartyStatus, ThresholdKeyMeta } from './parties.js';

/**
 * The facade the composition root builds: a registry of parties, and the
 * DKG, signing and resharing jobs over it (parties.ts, dkg.ts, signing.ts,
 * resharing.ts), each given what it uses.
 */
export class ThresholdCoordinator implements ThresholdSigner {
  private readonly parties: PartyRegistry;
  private readonly signing: ThresholdSigning;
  private readonly keygen: ThresholdKeygen;
  private readonly resharing: ThresholdResharing;
  private readonly refreshSchedules: RefreshSchedules;
  /** Safe accounts' owner keys at the parties (safes.ts; the chain side is src/safe/). */
  readonly safes: ThresholdSafes;
  private readonly timings = new ShareTimings();

  constructor(inst: Instance, keys: ThresholdKeyRecords, opts: CoordinatorOptions = {}) {
    this.parties = new PartyRegistry(inst, opts);
    this.signing = new ThresholdSigning(this.parties, this.timings);
    this.keygen = new ThresholdKeygen(inst, keys, this.parties, this.signing);
    this.resharing = new ThresholdResharing(inst, keys, this.parties);
    this.refreshSchedules = new RefreshSchedules(inst, keys, this.parties, this.resharing, opts.now);
    this.safes = new ThresholdSafes(inst, this.parties);
  }

  /** Check a party registration before it is proposed (so a quorum never approves something malformed). */
  static checkPartySpec(spec: { name: string; url: string; identity: string }): PartyLink {
    return PartyRegistry.checkPartySpec(spec);
  }

  /** The coordinator's own identity (created on first use, sealed in the store). */
  identity(): Promise<Identity> {
    return this.parties.identity();
  }

  /** Register a party by URL and identity (an admin action under the admin quorum; see PartyRegistry.addParty). */
  addParty(spec: { name: string; url: string; identity: string }, actor: string, proof?: Omit<GovProof, 'action'>): Promise<PartyStatus> {
    return this.parties.addParty(spec, actor, proof);
  }

  /** Remove a registered party (admin action under the quorum). */
  removeParty(name: string, actor: string): Promise<{ name: string; removed: true }> {
    return this.parties.removeParty(name, actor);
  }

  /** Share-release timings since the last call (for the metrics; see timings.ts). */
  drainShareTimings(): ShareTiming[] {
    return this.timings.drain();
  }

  /** Every registered party with its reachability. */
  listParties(): Promise<PartyStatus[]> {
    return this.parties.listParties();
  }

  /** Create a threshold key by DKG among the named parties (T of N). */
  createKey(
    spec: { name: string; suite: string; threshold: number; parties: string[]; tags?: Record<string, string>; allowRaw?: boolean },
    actor: string,
  ): Promise<KeyInfo> {
    return this.keygen.createKey(spec, actor);
  }

  meta(repo: Repo, keyId: string): Promise<ThresholdKeyMeta> {
    return this.parties.meta(repo, keyId);
  }

  /** Sign `bytes` with a threshold key (ThresholdSigner; see ThresholdSigning.sign). */
  async sign(repo: Repo, key: KeyRecord, scheme: SignatureScheme, bytes: Uint8Array, context: SignContext | undefined): Promise<Uint8Array> {
    // A Safe account's "signature" is its owners' T signatures over the SafeTx hash (safes.ts).
    const safe: SafeAccountMeta | undefined = await this.safes.meta(repo, key.id);
    if (safe) return this.safes.sign(repo, key, safe, bytes, context);
    return this.signing.sign(repo, key, scheme, bytes, context);
  }

  /** Tell a threshold key's parties of a request that will sign later (ThresholdHooks). */
  announce(context: SignContext, refs: string[]): Promise<void> {
    return this.signing.announce(context, refs);
  }

  /** Deliver a signed cancellation or rejection to the parties of the request's keys (ThresholdHooks). */
  veto(v: Veto, refs: string[]): Promise<void> {
    return this.signing.veto(v, refs);
  }

  /** Run a governed membership or share change with the proof the parties check (ThresholdHooks.runAdmin). */
  async runAdmin(action: NetworkAdminAction, proof: GovProof, actor: string): Promise<unknown> {
    switch (action.action) {
      case 'party.add': {
        const { action: _a, ...rest } = proof;
        return this.addParty(action, actor, rest);
      }
      case 'party.remove':
        return this.removeParty(action.name, actor);
      case 'key.reshare':
        return this.reshare(
          action.name,
          { ...(action.threshold !== undefined ? { threshold: action.threshold } : {}), ...(action.parties ? { parties: action.parties } : {}) },
          actor,
          proof,
        );
      case 'key.refresh':
        return this.reshare(action.name, {}, actor, proof);
      case 'key.refreshSchedule':
        return this.setRefreshSchedule(action.name, action.every, proof, actor);
    }
  }

  /** Set or remove a threshold key's refresh schedule at its parties and here (see RefreshSchedules.set). */
  setRefreshSchedule(name: string, every: string, proof: GovProof, actor: string): Promise<ScheduleInfo | { removed: true }> {
    return this.refreshSchedules.set(name, every, proof, actor);
  }

  /** A timed refresh for a slot the scheduler claimed (keystore/schedules.ts ScheduledRefresher). */
  scheduledRefresh(name: string, slot: number): Promise<unknown> {
    return this.refreshSchedules.scheduledRefresh(name, slot);
  }

  /** Refresh or reshare a threshold key (see ThresholdResharing.reshare). */
  reshare(
    name: string,
    spec: { threshold?: number; parties?: string[] },
    actor: string,
    proof: GovProof,
  ): Promise<KeyInfo & { epoch: number; threshold: number; parties: string[] }> {
    return this.resharing.reshare(name, spec, actor, proof);
  }

  /** After a threshold key was destroyed: tell its parties (with the admin's proof), so they delete their shares. */
  afterDestroy(name: string): Promise<void> {
    return this.parties.afterDestroy(name);
  }

  /** A guardian recovery was approved or executed here: carry its proof to every party (ThresholdHooks; decision 0031). */
  syncRecovery(): Promise<void> {
    return this.parties.syncRecovery();
  }

  /** A guardian recovery's signed cancellation or rejection, to every party (ThresholdHooks). */
  vetoEverywhere(v: Veto): Promise<void> {
    return this.parties.vetoEverywhere(v);
  }

  /** Threshold metadata for `key show`: epoch, T, parties. */
  describe(keyId: string): Promise<{ threshold: number; parties: string[]; epoch: number; suite: string } | null> {
    return this.parties.describe(keyId);
  }
}
