/**
 * A party's own refresh schedules (decision 0029). The admin signs once a
 * governed `key.refreshSchedule` (every D, or off); the party verifies it
 * against its own principals and admin quorum and keeps it in its sealed
 * vault: the interval, its next slot (first: the signed time plus D), and
 * the last slot it took. A timed refresh the coordinator starts carries that
 * proof and a slot, and the party takes part only when, by ITS OWN clock,
 * the slot is due and not earlier than its stored next slot; the first part
 * it plays for a slot (deal or receive) moves its next slot on, so a second
 * refresh in that slot (a replay, another session, a retry after a failure)
 * is refused. A compromised coordinator can at most refresh as often as the
 * admin approved, never more.
 */
import { appendEvent } from '../audit/trail.js';
import { formatDuration } from '../policy/duration.js';
import { parseEvery } from '../keystore/schedules.js';
import type { Repo } from '../store/repo.js';
import type { Instance } from '../keystore/instance.js';
import type { GovProof } from '../threshold/governance.js';
import type { ThresholdVault } from '../threshold/vault.js';
import type { AdminAction } from '../requests/types.js';
import type { PartyBody } from './protocol.js';
import { partyNow } from './fault.js';

/** How far a coordinator's slot may run ahead of this party's clock (clock skew). */
export const SLOT_SKEW_MS = 120_000;

const KIND = 'refresh-schedule';

/** What the party keeps per key (sealed in its vault). */
interface SlotState {
  off: boolean;
  everyMs: number;
  /** The earliest slot it refreshes for next (epoch ms). */
  nextAt: number;
  /** The admin's signed time (s) and nonce of the schedule in force: a newer one replaces it, an older one is a replay. */
  ts: number;
  nonce: string;
  lastSlot?: number;
  lastSession?: string;
}

type Verify = (repo: Repo, action: AdminAction, proof: GovProof, opts?: { maxAgeMs?: number; now?: number }) => Promise<number>;

const iso = (ms: number) => new Date(ms).toISOString();

export class RefreshSlots {
  constructor(
    private readonly inst: Instance,
    private readonly vault: ThresholdVault,
    private readonly verify: Verify,
    private readonly maxAgeMs: number,
    private readonly refuse: (why: string, details?: Record<string, unknown>) => Error,
    private readonly actor: () => string,
  ) {}

  /** The schedule proof for `keyName`, or a refusal naming why not. */
  private actionOf(keyName: string, proof: GovProof): Extract<AdminAction, { action: 'key.refreshSchedule' }> {
    const a = proof?.action as AdminAction | undefined;
    if (a?.action !== 'key.refreshSchedule' || a.name !== keyName)
      throw this.refuse(`a timed refresh of "${keyName}" needs an admin's key.refreshSchedule of that key`);
    return a;
  }

  /**
   * Keep the schedule `proof` sets for `keyName` if it is the one in force or
   * a newer one (a newer one must be fresh, like any share-changing request);
   * refuse an older one. Returns the state in force.
   */
  private async adopt(repo: Repo, keyName: string, proof: GovProof): Promise<SlotState> {
    const action = this.actionOf(keyName, proof);
    const now = partyNow();
    const stored = (await this.vault.get<SlotState>(repo, KIND, keyName))?.value;
    if (stored && stored.ts === proof.http?.timestamp && stored.nonce === proof.http.nonce) {
      await this.verify(repo, action, proof, { now });
      return stored;
    }
    const ts = await this.verify(repo, action, proof, { now, maxAgeMs: this.maxAgeMs });
    // A schedule signed in the future would outrank every later one (they are ordered by signed time).
    if (ts * 1000 > now + SLOT_SKEW_MS) throw this.refuse(`the refresh schedule of "${keyName}" is signed in the future (${iso(ts * 1000)})`);
    // Ordered by the admin's signed second, strictly: an older one, or another one signed in the same second, is refused.
    if (stored && ts <= stored.ts) throw this.refuse(`an older refresh schedule of "${keyName}" than the one this party keeps (a replay)`);
    const off = action.every === 'off';
    const everyMs = off ? 0 : parseEvery(action.every);
    const state: SlotState = { off, everyMs, nextAt: off ? 0 : ts * 1000 + everyMs, ts, nonce: proof.http.nonce };
    await this.vault.put(repo, KIND, keyName, 'active', state);
    await appendEvent(repo, {
      actor: this.actor(),
      action: 'key.refresh.schedule',
      subject: `key/${keyName}`,
      details: off
        ? { every: 'off', approvedBy: proof.http.principal }
        : { every: formatDuration(everyMs), nextAt: iso(state.nextAt), approvedBy: proof.http.principal },
    });
    return state;
  }

  /** `refresh.schedule`: the coordinator hands over the admin's schedule for a key this party holds. */
  async set(b: PartyBody<'refresh.schedule'>): Promise<{ keyName: string; every: string; nextAt: string | null }> {
    return this.inst.store.tx(async (repo) => {
      const share = (await this.vault.get<{ keyName: string }>(repo, 'share', b.keyId))?.value; // a ShareRecord (types.ts)
      if (!share || share.keyName !== b.keyName) throw this.refuse(`this party holds no share of "${b.keyName}" under that id`);
      const s = await this.adopt(repo, b.keyName, b.proof as GovProof);
      return { keyName: b.keyName, every: s.off ? 'off' : formatDuration(s.everyMs), nextAt: s.off ? null : iso(s.nextAt) };
    });
  }

  /** Forget the schedule of a destroyed key (a new key of the same name needs an admin-signed schedule newer than its destruction). */
  async forget(repo: Repo, keyName: string): Promise<void> {
    // A tombstone, not a deletion: a schedule signed for the destroyed key (up to a day old) must not be taken
    // for a new key of the same name; only one signed after it is.
    const s = (await this.vault.get<SlotState>(repo, KIND, keyName))?.value;
    const ts = Math.max(s?.ts ?? 0, Math.floor(partyNow() / 1000));
    await this.vault.put(repo, KIND, keyName, 'active', { off: true, everyMs: 0, nextAt: 0, ts, nonce: s?.nonce ?? '' });
  }

  /** Check a timed refresh's proof before anything is dealt (no write; `take` decides, in a transaction). */
  async check(repo: Repo, keyName: string, proof: GovProof): Promise<void> {
    await this.verify(repo, this.actionOf(keyName, proof), proof, { now: partyNow() });
  }

  /**
   * Take `slot` for `session`, in the caller's transaction: due by this
   * party's clock, not before its next slot; the slot's first part moves the
   * next slot on (the same session's second part, deal then receive, passes).
   */
  async take(repo: Repo, keyName: string, proof: GovProof, slot: number, session: string): Promise<void> {
    const s = await this.adopt(repo, keyName, proof);
    if (s.off) throw this.refuse(`the refresh schedule of "${keyName}" is off`);
    if (s.lastSession === session && s.lastSlot === slot) return;
    const now = partyNow();
    if (slot < s.nextAt)
      throw this.refuse(`slot ${iso(slot)} is before this party's next refresh slot ${iso(s.nextAt)} of "${keyName}" (too early, or a slot already used)`, {
        nextAt: iso(s.nextAt),
      });
    if (slot > now + SLOT_SKEW_MS) throw this.refuse(`slot ${iso(slot)} of "${keyName}" is not due by this party's clock (${iso(now)})`);
    // As the coordinator moves its row (keystore/schedules.ts claim), so both agree on the next slot; after an outage
    // the next slot is an interval from now (less the skew), so missed slots give one refresh, not a burst.
    const following = slot + s.everyMs;
    const next = following > now ? following : now + s.everyMs - SLOT_SKEW_MS;
    await this.vault.put(repo, KIND, keyName, 'active', { ...s, nextAt: next, lastSlot: slot, lastSession: session });
  }
}
