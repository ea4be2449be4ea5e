/**
 * Schedules (timers for key rotation). A run claims its slot
 * with a conditional UPDATE on `next_at` inside the transaction that does
 * the work: a second instance's UPDATE of the same slot matches no row
 * (under PostgreSQL's READ COMMITTED it re-reads the row after the first
 * commits), so each slot runs once.
 */
import type { Row, SqlExecutor } from './driver.js';
import type { ScheduleAction, ScheduleRecord } from './records.js';

const strOrNull = (v: unknown): string | null => (v == null ? null : String(v));

function toSchedule(r: Row): ScheduleRecord {
  return {
    id: String(r.id),
    action: String(r.action) as ScheduleAction,
    target: String(r.target),
    everyMs: Number(r.every_ms),
    nextAt: Number(r.next_at),
    runs: Number(r.runs),
    lastAt: strOrNull(r.last_at),
    lastError: strOrNull(r.last_error),
    createdBy: String(r.created_by),
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
    mac: String(r.mac),
  };
}

export class ScheduleRepo {
  constructor(private readonly x: SqlExecutor) {}

  async get(id: string): Promise<ScheduleRecord | undefined> {
    const r = await this.x.get<Row>('SELECT * FROM schedules WHERE id = ?', [id]);
    return r ? toSchedule(r) : undefined;
  }

  async list(): Promise<ScheduleRecord[]> {
    return (await this.x.all<Row>('SELECT * FROM schedules ORDER BY id')).map(toSchedule);
  }

  /** Schedules whose time has come, soonest first. */
  async due(nowMs: number, limit: number): Promise<ScheduleRecord[]> {
    return (await this.x.all<Row>('SELECT * FROM schedules WHERE next_at <= ? ORDER BY next_at, id LIMIT ?', [nowMs, limit])).map(toSchedule);
  }

  /** Insert or replace a schedule (its interval and next run). */
  async put(s: ScheduleRecord): Promise<void> {
    await this.x.run('DELETE FROM schedules WHERE id = ?', [s.id]);
    await this.x.run(
      `INSERT INTO schedules (id, action, target, every_ms, next_at, runs, last_at, last_error, created_by, created_at, updated_at, mac)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [s.id, s.action, s.target, s.everyMs, s.nextAt, s.runs, s.lastAt, s.lastError, s.createdBy, s.createdAt, s.updatedAt, s.mac],
    );
  }

  async delete(id: string): Promise<boolean> {
    return (await this.x.run('DELETE FROM schedules WHERE id = ?', [id])).changes > 0;
  }

  /** Move a schedule to its next slot if it is still at `fromNextAt`: true for the one caller that wins the slot. */
  async claim(next: ScheduleRecord, fromNextAt: number): Promise<boolean> {
    const r = await this.x.run(
      'UPDATE schedules SET next_at = ?, runs = ?, last_at = ?, last_error = ?, updated_at = ?, mac = ? WHERE id = ? AND next_at = ?',
      [next.nextAt, next.runs, next.lastAt, next.lastError, next.updatedAt, next.mac, next.id, fromNextAt],
    );
    return r.changes === 1;
  }
}
