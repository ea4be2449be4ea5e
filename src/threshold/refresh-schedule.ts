/**
 * Threshold share refresh on a timer, coordinator side (decision 0029). A
 * party takes a refresh only on an admin's signed request; a timer cannot
 * sign one, so the admin signs ONCE a governed `key.refreshSchedule` (every
 * D, or off). The coordinator hands it to every party of the key, which
 * verifies and keeps it in its own sealed store (party/refresh-slots.ts), and
 * keeps a schedules row (keystore/schedules.ts) whose tick claims each slot
 * by compare-and-set, so two coordinator instances start it once. A timed
 * refresh carries the schedule proof and the slot; each party checks with
 * its own clock that the slot is due and refreshes at most once per slot.
 *
 * Slots: the first is the admin's signed time plus the interval, the same at
 * the coordinator and at every party.
 */
import { randomUUID } from 'node:crypto';
import { CustosError } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import { formatDuration } from '../policy/duration.js';
import type { Instance } from '../keystore/instance.js';
import type { ThresholdKeyRecords } from '../keystore/types.js';
import { idOf, parseEvery, putSchedule, scheduleInfo, type ScheduleInfo } from '../keystore/schedules.js';
import type { GovProof } from './governance.js';
import type { PartyRegistry } from './parties.js';
import type { ThresholdResharing } from './resharing.js';
import { callParty } from './transport.js';

/** Where the coordinator keeps the admin's schedule proof (its vault; the parties keep their own copy). */
const PROOF_KIND = 'refresh-schedule-proof';

export class RefreshSchedules {
  constructor(
    private readonly inst: Instance,
    private readonly keys: ThresholdKeyRecords,
    private readonly parties: PartyRegistry,
    private readonly resharing: ThresholdResharing,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Run an approved `key.refreshSchedule`: every party of the key must take
   * the schedule (they verify the proof themselves), then the coordinator
   * keeps the row and the proof. `every: "off"` removes it everywhere.
   */
  async set(name: string, every: string, proof: GovProof, actor: string): Promise<ScheduleInfo | { removed: true }> {
    this.inst.assertUnsealed();
    const off = every === 'off';
    const everyMs = off ? 0 : parseEvery(every);
    const repo = this.inst.store.read;
    const k = await this.keys.thresholdRecord(repo, name);
    const meta = await this.parties.meta(repo, k.id);
    const links = await this.parties.links(repo, meta);
    const me = await this.parties.identity();
    await this.parties.syncGov(links);
    await this.parties.allOrFail(links, (p) =>
      callParty(me, p, 'refresh.schedule', randomUUID(), { keyId: meta.keyId, keyName: k.name, proof }, this.parties.timeoutMs),
    );
    const id = idOf('key.refresh', name);
    return this.inst.store.tx(async (tx) => {
      if (off) {
        await tx.schedules.delete(id);
        await this.parties.vault.delete(tx, PROOF_KIND, name);
        await appendEvent(tx, { actor, action: 'schedule.remove', subject: `schedule/${id}`, details: { approvedBy: proof.http.principal } });
        return { removed: true as const };
      }
      const row = await putSchedule(this.inst, tx, {
        action: 'key.refresh',
        target: name,
        everyMs,
        nextAt: proof.http.timestamp * 1000 + everyMs,
        actor,
        nowMs: this.now(),
      });
      await this.parties.vault.put(tx, PROOF_KIND, name, 'active', proof);
      const shown = scheduleInfo(row);
      await appendEvent(tx, {
        actor,
        action: 'schedule.set',
        subject: `schedule/${id}`,
        details: { every: formatDuration(everyMs), nextAt: shown.nextAt, parties: links.map((l) => l.name), approvedBy: proof.http.principal },
      });
      return shown;
    });
  }

  /** The tick's work for a claimed slot: refresh `name` with the schedule proof and the slot (the parties check both). */
  async scheduledRefresh(name: string, slot: number): Promise<unknown> {
    const proof = (await this.parties.vault.get<GovProof>(this.inst.store.read, PROOF_KIND, name))?.value;
    if (!proof) throw new CustosError('E_NOT_FOUND', `no refresh schedule proof for key "${name}"`, { key: name });
    return this.resharing.reshare(name, {}, 'schedule', proof, slot);
  }
}
