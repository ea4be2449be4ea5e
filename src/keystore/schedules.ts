/**
 * Key rotation on a timer (docs/operations.md, "Rotation schedules"): a
 * schedule per key (`custos key rotate NAME --rotate-every 90d`) kept in the
 * store, row-MACed, run by the server's scheduler tick. A run claims its
 * slot by moving `nextAt` with a compare-and-set in the same transaction as
 * the rotation, so across instances and restarts each slot rotates once; a
 * slot missed while no server ran is run once at the next start, not once
 * per missed period. A run that fails (key disabled, destroyed) records the
 * error, audits `schedule.fail` and waits for the next slot.
 */
import { CustosError, badInput } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import { formatDuration, parseDuration } from '../policy/duration.js';
import type { Repo } from '../store/repo.js';
import type { ScheduleAction, ScheduleRecord } from '../store/records.js';
import type { Instance } from './instance.js';
import type { Keys } from './keys.js';

export const MIN_SCHEDULE_MS = 3600_000;
export const MAX_SCHEDULE_MS = 3650 * 86_400_000;

/** A schedule as the API shows it. */
export interface ScheduleInfo {
  id: string;
  action: ScheduleAction;
  target: string;
  every: string;
  nextAt: string;
  runs: number;
  lastAt: string | null;
  lastError: string | null;
  createdBy: string;
  createdAt: string;
}

/** Another instance (or call) took this slot first. */
class SlotTaken extends Error {}

export const idOf = (action: ScheduleAction, target: string) => `${action}:${target}`;
const errorText = (e: unknown) => (e instanceof CustosError ? `${e.code}: ${e.message}` : 'internal error');

/** The root key's schedule has this target (there is one root key per instance). */
export const ROOT_TARGET = 'root';

/** What runs a threshold key's timed refresh (the coordinator: threshold/refresh-schedule.ts). */
export interface ScheduledRefresher {
  scheduledRefresh(name: string, slot: number): Promise<unknown>;
}

export function scheduleInfo(s: ScheduleRecord): ScheduleInfo {
  return {
    id: s.id,
    action: s.action,
    target: s.target,
    every: formatDuration(s.everyMs),
    nextAt: new Date(s.nextAt).toISOString(),
    runs: s.runs,
    lastAt: s.lastAt,
    lastError: s.lastError,
    createdBy: s.createdBy,
    createdAt: s.createdAt,
  };
}

/** The interval as a duration string: at least 1 h, at most 3650 d. */
export function parseEvery(every: string): number {
  const ms = parseDuration(every, MAX_SCHEDULE_MS);
  if (ms < MIN_SCHEDULE_MS) throw badInput('a schedule runs every 1h to 3650d', { field: 'every' });
  return ms;
}

/** Write (or replace) a schedule row, MACed, in the caller's transaction; the caller audits it. */
export async function putSchedule(
  inst: Instance,
  repo: Repo,
  s: { action: ScheduleAction; target: string; everyMs: number; nextAt: number; actor: string; nowMs: number },
): Promise<ScheduleRecord> {
  const at = new Date(s.nowMs).toISOString();
  const row = inst.records.sign('schedules', {
    id: idOf(s.action, s.target),
    action: s.action,
    target: s.target,
    everyMs: s.everyMs,
    nextAt: s.nextAt,
    runs: 0,
    lastAt: null,
    lastError: null,
    createdBy: s.actor,
    createdAt: at,
    updatedAt: at,
  });
  await repo.schedules.put(row);
  return row;
}

export class Schedules {
  constructor(
    private readonly inst: Instance,
    private readonly keys: Keys,
    private readonly now: () => number,
    private readonly refresher?: ScheduledRefresher,
  ) {}

  /** Rotate `target` every `every` from now on (replacing its schedule if it has one). */
  async set(action: ScheduleAction, target: string, every: string, actor: string): Promise<ScheduleInfo> {
    this.inst.assertUnsealed();
    const everyMs = parseEvery(every);
    if (action === 'key.refresh')
      throw new CustosError('E_UNSUPPORTED', 'a threshold refresh schedule is governed and held by the parties: custos key refresh NAME --every', {
        key: target,
      });
    if (action === 'root.rotate' && target !== ROOT_TARGET) throw badInput(`the root key's schedule has target "${ROOT_TARGET}"`, { field: 'target' });
    return this.inst.mutate(async (repo) => {
      if (action === 'key.rotate') {
        const k = await this.keys.facts(repo, target);
        if (k.custody !== 'local' && k.custody !== 'hsm')
          throw new CustosError('E_UNSUPPORTED', `key "${target}" is a ${k.custody} key: only local and HSM keys rotate on a schedule`, { key: target });
      }
      const nowMs = this.now();
      const row = await putSchedule(this.inst, repo, { action, target, everyMs, nextAt: nowMs + everyMs, actor, nowMs });
      return {
        result: scheduleInfo(row),
        audit: { actor, action: 'schedule.set', subject: `schedule/${row.id}`, details: { every: formatDuration(everyMs), nextAt: scheduleInfo(row).nextAt } },
      };
    });
  }

  async remove(action: ScheduleAction, target: string, actor: string): Promise<{ removed: true }> {
    return this.inst.mutate(async (repo) => {
      const id = idOf(action, target);
      if (!(await repo.schedules.delete(id))) throw new CustosError('E_NOT_FOUND', `no schedule ${id}`);
      return { result: { removed: true as const }, audit: { actor, action: 'schedule.remove', subject: `schedule/${id}`, details: {} } };
    });
  }

  async list(): Promise<ScheduleInfo[]> {
    return (await this.inst.store.read.schedules.list()).map((s) => scheduleInfo(this.inst.records.verify('schedules', s)));
  }

  /** Run every schedule whose time has come (the server's tick). */
  async runDue(limit = 20): Promise<{ ran: number; failed: number }> {
    if (this.inst.sealed) return { ran: 0, failed: 0 };
    let ran = 0;
    let failed = 0;
    let tampered: unknown;
    for (const s of await this.inst.store.read.schedules.due(this.now(), limit)) {
      let due: ScheduleRecord;
      try {
        due = this.inst.records.verify('schedules', s);
      } catch (e) {
        tampered ??= e; // reported after the others ran: one edited row must not stop every schedule
        continue;
      }
      try {
        if (await this.run(due)) ran++;
        else failed++;
      } catch (e) {
        if (e instanceof SlotTaken) continue;
        const message = errorText(e);
        try {
          await this.inst.store.tx((repo) => this.claim(repo, due, message));
          failed++;
        } catch (e2) {
          if (!(e2 instanceof SlotTaken)) throw e2;
        }
      }
    }
    if (tampered) throw tampered;
    return { ran, failed };
  }

  /** One slot's work, its claim inside the work's own transaction (or, for a refresh across parties, just before it). */
  private async run(due: ScheduleRecord): Promise<boolean> {
    const claim = (repo: Repo) => this.claim(repo, due, null);
    switch (due.action) {
      case 'key.rotate':
        await this.keys.rotate(due.target, 'schedule', claim);
        return true;
      case 'root.rotate':
        await this.inst.rotateRoot('schedule', claim);
        return true;
      case 'key.refresh': {
        // The parties' messages cannot sit inside one transaction: the slot is claimed first, so a failure loses it (and is recorded).
        if (!this.refresher) throw new CustosError('E_UNSUPPORTED', 'no threshold coordinator runs here');
        await this.inst.store.tx((repo) => this.claim(repo, due, null, 'schedule.start'));
        try {
          await this.refresher.scheduledRefresh(due.target, due.nextAt);
          await this.inst.store.tx(async (repo) => {
            const row = await repo.schedules.get(due.id);
            const nextAt = row ? { nextAt: new Date(row.nextAt).toISOString() } : {};
            await appendEvent(repo, {
              actor: 'schedule',
              action: 'schedule.run',
              subject: `schedule/${due.id}`,
              details: { slot: new Date(due.nextAt).toISOString(), ...nextAt },
            });
          });
          return true;
        } catch (e) {
          await this.recordFailure(due, e);
          return false;
        }
      }
    }
  }

  /** A refresh that failed after its slot was claimed: the error on the row and a `schedule.fail` (the slot stays taken). */
  private async recordFailure(due: ScheduleRecord, e: unknown): Promise<void> {
    const message = errorText(e);
    await this.inst.store.tx(async (repo) => {
      const fresh = await repo.schedules.get(due.id);
      if (!fresh) return;
      this.inst.records.verify('schedules', fresh);
      const next = this.inst.records.sign('schedules', { ...fresh, lastError: message, updatedAt: new Date(this.now()).toISOString() });
      if (!(await repo.schedules.claim(next, fresh.nextAt))) return;
      await appendEvent(repo, {
        actor: 'schedule',
        action: 'schedule.fail',
        subject: `schedule/${fresh.id}`,
        details: { slot: new Date(due.nextAt).toISOString(), nextAt: new Date(fresh.nextAt).toISOString(), error: message },
      });
    });
  }

  /** Take `due`'s slot in this transaction (SlotTaken if another got it) and audit the run or its failure. */
  private async claim(
    repo: Repo,
    due: ScheduleRecord,
    error: string | null,
    auditAs: 'schedule.run' | 'schedule.fail' | 'schedule.start' = error ? 'schedule.fail' : 'schedule.run',
  ): Promise<void> {
    const fresh = await repo.schedules.get(due.id);
    if (!fresh || fresh.nextAt !== due.nextAt) throw new SlotTaken();
    this.inst.records.verify('schedules', fresh);
    const nowMs = this.now();
    const following = fresh.nextAt + fresh.everyMs;
    const next = this.inst.records.sign('schedules', {
      ...fresh,
      nextAt: following > nowMs ? following : nowMs + fresh.everyMs,
      runs: fresh.runs + 1,
      lastAt: new Date(nowMs).toISOString(),
      lastError: error,
      updatedAt: new Date(nowMs).toISOString(),
    });
    if (!(await repo.schedules.claim(next, fresh.nextAt))) throw new SlotTaken();
    await appendEvent(repo, {
      actor: 'schedule',
      action: auditAs,
      subject: `schedule/${fresh.id}`,
      details: { slot: new Date(fresh.nextAt).toISOString(), nextAt: new Date(next.nextAt).toISOString(), ...(error ? { error } : {}) },
    });
  }
}
