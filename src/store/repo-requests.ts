/** Signing and admin requests, their approvals, and velocity counts. */
import { write, type Row, type SqlExecutor } from './driver.js';
import type { ApprovalRecord, RequestRecord, RequestStatus, Role } from './records.js';

function toRequest(r: Row): RequestRecord {
  const s = (k: string) => (r[k] == null ? null : String(r[k]));
  return {
    id: String(r.id),
    kind: String(r.kind),
    principalId: String(r.principal_id),
    principalName: String(r.principal_name),
    keyName: s('key_name'),
    status: r.status as RequestStatus,
    idempotencyKey: s('idempotency_key'),
    payload: String(r.payload),
    facts: String(r.facts),
    decision: String(r.decision),
    digest: String(r.digest),
    valueUsd: Number(r.value_usd),
    notBefore: s('not_before'),
    expiresAt: String(r.expires_at),
    result: s('result'),
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
    signedAt: s('signed_at'),
    mac: String(r.mac),
  };
}

function toApproval(r: Row): ApprovalRecord {
  return {
    requestId: String(r.request_id),
    approverId: String(r.approver_id),
    approverName: String(r.approver_name),
    approverRole: r.approver_role as Role,
    verdict: r.verdict as ApprovalRecord['verdict'],
    signature: String(r.signature),
    createdAt: String(r.created_at),
  };
}

/** Sliding windows the policy sees, in ms. */
export const VELOCITY_WINDOWS = { count1m: 60_000, count10m: 600_000, count1h: 3_600_000, count24h: 86_400_000, count7d: 604_800_000 } as const;
export const VALUE_WINDOWS = { value1h: 3_600_000, value24h: 86_400_000, value7d: 604_800_000 } as const;
export type Velocity = Record<keyof typeof VELOCITY_WINDOWS | keyof typeof VALUE_WINDOWS, number>;

/** The states in which an allowed signing request holds its exposure in the velocity windows. */
const RESERVED: readonly RequestStatus[] = ['pending', 'approved', 'offline', 'signed'];
/** The states in which a request (signing or admin) is open: it counts against its principal's open-request quota. */
const OPEN: readonly RequestStatus[] = ['pending', 'approved', 'offline'];

/** What one principal holds against its storage quotas (`RequestRepo.usage`). */
export interface Usage {
  /** Requests pending or approved now. */
  open: number;
  /** Bytes of requests stored in the last hour (payload, facts, decision), at minute granularity: up to 61 minutes. */
  bytes1h: number;
}

/** Stored size of a request row, as counted against the bytes-per-hour quota. */
export const storedBytes = (r: Pick<RequestRecord, 'payload' | 'facts' | 'decision'>): number => r.payload.length + r.facts.length + r.decision.length;

/** Bucket sizes (seconds) and the longest window each serves. */
const RESOLUTIONS = [10, 60, 3600] as const;
const MAX_WINDOW_S: Record<number, number> = { 10: 600, 60: 3600, 3600: 7 * 86_400 };
/** What a prune keeps beyond every window (s): clocks of instances (and a request's wait for its locks) may differ by this much. */
export const PRUNE_MARGIN_S = 3600;
/** One counter change: scope, subject, res, bucket, count, value. */
type Bucket = [string, string, number, number, number, number];
const resolutionFor = (windowMs: number): number => (windowMs <= 600_000 ? 10 : windowMs <= 3_600_000 ? 60 : 3600);

/**
 * A subject's buckets that any window reads, one index range per resolution (scope, subject, res,
 * bucket >= oldest): the rows read are the windows' own, however much older history the subject has.
 * The text is the same for every subject and time (built once); the parameters say which.
 */
const windowRangesSql = RESOLUTIONS.map(() => '(scope = ? AND subject = ? AND res = ? AND bucket >= ?)').join(' OR ');
function windowRanges(scope: 'key' | 'principal', subject: string, nowMs: number): (string | number)[] {
  const nowS = Math.floor(nowMs / 1000);
  const params: (string | number)[] = [];
  for (const res of RESOLUTIONS) params.push(scope, subject, res, Math.floor((nowS - MAX_WINDOW_S[res]!) / res)); // the oldest bucket of res any window reads
  return params;
}

/** The oldest minute bucket the bytes-per-hour quota counts (up to 61 minutes). */
const usageFrom = (nowMs: number): number => Math.floor(nowMs / 60_000) - 60;

/** Every window the policy sees: its name, length (ms), resolution (s) and the column it sums. */
const WINDOWS = [
  ...Object.entries(VELOCITY_WINDOWS).map(([name, ms]) => ({ name, ms, res: resolutionFor(ms), column: 'count' as const })),
  ...Object.entries(VALUE_WINDOWS).map(([name, ms]) => ({ name, ms, res: resolutionFor(ms), column: 'value_usd' as const })),
] as { name: keyof Velocity; ms: number; res: number; column: 'count' | 'value_usd' }[];

/**
 * Each window's total summed by the database, one row per scope (a subject's buckets can be hundreds:
 * 10 s ones over 10 minutes, minutes over an hour, hours over 7 days): `w0`, `w1`... in WINDOWS order.
 */
const windowSumsSql = WINDOWS.map((w, i) => `SUM(CASE WHEN res = ${w.res} AND bucket >= ? THEN ${w.column} ELSE 0 END) AS w${i}`).join(', ');
/** `RequestRepo.velocity`: one subject's window totals. */
const velocitySql = `SELECT ${windowSumsSql} FROM velocity_buckets WHERE ${windowRangesSql}`;
/**
 * `RequestRepo.velocities`: a key's and a principal's window totals and the principal's quota counters.
 * Each branch names scope and subject (and res): an index search per branch (an OR that leaves them out scans the table).
 */
const velocitiesSql = `SELECT scope, ${windowSumsSql}, SUM(count) AS n, SUM(value_usd) AS v FROM velocity_buckets
       WHERE ${windowRangesSql} OR ${windowRangesSql}
          OR (scope = 'open' AND subject = ? AND res = 0)
          OR (scope = 'stored' AND subject = ? AND res = 60 AND bucket >= ?)
       GROUP BY scope`;
function windowFirsts(nowMs: number): number[] {
  const nowS = Math.floor(nowMs / 1000);
  return WINDOWS.map((w) => Math.floor((nowS - w.ms / 1000) / w.res));
}

/** A scope's window totals as the policy sees them (no row: nothing counted); `exclude` leaves one request's own reservation out. */
function windowTotals(row: Row | undefined, nowMs: number, exclude?: { atMs: number; valueUsd: number }): Velocity {
  const firsts = windowFirsts(nowMs);
  const out = {} as Velocity;
  WINDOWS.forEach((w, i) => {
    const total = row ? Number(row[`w${i}`] ?? 0) : 0;
    const own = exclude && Math.floor(Math.floor(exclude.atMs / 1000) / w.res) >= firsts[i]! ? (w.column === 'count' ? 1 : exclude.valueUsd) : 0;
    out[w.name] = Math.max(0, total - own);
  });
  return out;
}

/** The counter upsert of `n` buckets, its text built once per count (a request moves 7 or 8). */
const bumpSqls: string[] = [];
function bumpSql(n: number): string {
  return (bumpSqls[n] ??=
    `INSERT INTO velocity_buckets (scope, subject, res, bucket, count, value_usd) VALUES ${Array.from({ length: n }, () => '(?, ?, ?, ?, ?, ?)').join(', ')} ` +
    'ON CONFLICT (scope, subject, res, bucket) DO UPDATE SET count = velocity_buckets.count + excluded.count, value_usd = velocity_buckets.value_usd + excluded.value_usd');
}

export class RequestRepo {
  constructor(private readonly x: SqlExecutor) {}

  async insert(r: RequestRecord): Promise<void> {
    await write(
      this.x,
      `INSERT INTO requests (id, kind, principal_id, principal_name, key_name, status, idempotency_key, payload, facts, decision, digest,
         value_usd, not_before, expires_at, result, created_at, updated_at, signed_at, mac)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        r.id,
        r.kind,
        r.principalId,
        r.principalName,
        r.keyName,
        r.status,
        r.idempotencyKey,
        r.payload,
        r.facts,
        r.decision,
        r.digest,
        r.valueUsd,
        r.notBefore,
        r.expiresAt,
        r.result,
        r.createdAt,
        r.updatedAt,
        r.signedAt,
        r.mac,
      ],
    );
    // Every counter the row moves, in one statement (one round trip on PostgreSQL; no two rows share a bucket).
    const buckets: Bucket[] = [];
    if (r.kind === 'sign' && RESERVED.includes(r.status)) buckets.push(...this.exposure(r, Math.floor(Date.parse(r.signedAt ?? r.createdAt) / 1000), 1));
    buckets.push(['stored', r.principalId, 60, Math.floor(Date.parse(r.createdAt) / 60_000), 1, storedBytes(r)]);
    if (OPEN.includes(r.status)) buckets.push(['open', r.principalId, 0, 0, 1, 0]);
    await this.bump(buckets);
    await this.maybePrune(r);
  }

  /**
   * A principal's open requests and the bytes it stored in the last hour,
   * from counters kept beside the rows in the same transactions (one read,
   * whatever the history): checked before a new request is stored.
   */
  async usage(principalId: string, nowMs: number): Promise<Usage> {
    const rows = await this.x.all<Row>(
      "SELECT scope, count, value_usd FROM velocity_buckets WHERE subject = ? AND ((scope = 'open' AND res = 0) OR (scope = 'stored' AND res = 60 AND bucket >= ?))",
      [principalId, usageFrom(nowMs)],
    );
    let open = 0;
    let bytes1h = 0;
    for (const r of rows) {
      if (r.scope === 'open') open += Number(r.count);
      else bytes1h += Number(r.value_usd);
    }
    return { open: Math.max(0, open), bytes1h };
  }

  /** Add to counters, one statement for all of them (each (scope, subject, res, bucket) at most once). */
  private async bump(buckets: readonly Bucket[]): Promise<void> {
    if (!buckets.length) return;
    await write(this.x, bumpSql(buckets.length), buckets.flat());
  }

  /** How many requests are pending (waiting for approvals) and approved (waiting for their delay): for the metrics gauge. */
  async countOpen(): Promise<{ pending: number; approved: number }> {
    const rows = await this.x.all<{ status: string; n: number | string }>(
      "SELECT status, COUNT(*) AS n FROM requests WHERE status IN ('pending', 'approved') GROUP BY status",
    );
    const n = (s: string) => Number(rows.find((r) => r.status === s)?.n ?? 0);
    return { pending: n('pending'), approved: n('approved') };
  }

  async get(id: string): Promise<RequestRecord | undefined> {
    const r = await this.x.get<Row>('SELECT * FROM requests WHERE id = ?', [id]);
    return r && toRequest(r);
  }

  async byIdempotencyKey(principalId: string, key: string): Promise<RequestRecord | undefined> {
    const r = await this.x.get<Row>('SELECT * FROM requests WHERE principal_id = ? AND idempotency_key = ?', [principalId, key]);
    return r && toRequest(r);
  }

  async list(filter: { status?: RequestStatus; principalId?: string; kind?: string; limit: number }): Promise<RequestRecord[]> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (filter.status) {
      where.push('status = ?');
      params.push(filter.status);
    }
    if (filter.principalId) {
      where.push('principal_id = ?');
      params.push(filter.principalId);
    }
    if (filter.kind) {
      where.push('kind = ?');
      params.push(filter.kind);
    }
    params.push(filter.limit);
    const sql = `SELECT * FROM requests ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, id LIMIT ?`;
    return (await this.x.all<Row>(sql, params)).map(toRequest);
  }

  /**
   * Write `next` only if the stored request is still in one of `from`
   * (compare-and-set): false if another caller moved it first, so each
   * transition happens exactly once. `next` carries its new row MAC.
   */
  async transition(next: RequestRecord, from: readonly RequestStatus[]): Promise<boolean> {
    const sql = `UPDATE requests SET status = ?, result = ?, not_before = ?, signed_at = ?, updated_at = ?, mac = ? WHERE id = ? AND status IN (${from.map(() => '?').join(', ')})`;
    const moved = (await this.x.run(sql, [next.status, next.result, next.notBefore, next.signedAt, next.updatedAt, next.mac, next.id, ...from])).changes === 1;
    // A request reserved its exposure when it was decided (insert); a move out of the reserved states releases it (once: the CAS).
    if (moved && next.kind === 'sign' && !RESERVED.includes(next.status) && from.every((f) => RESERVED.includes(f)))
      await this.bump(this.exposure(next, Math.floor(Date.parse(next.createdAt) / 1000), -1));
    if (moved && !OPEN.includes(next.status) && from.every((f) => OPEN.includes(f))) await this.bump([['open', next.principalId, 0, 0, -1, 0]]);
    return moved;
  }

  /** Approved requests whose delay has passed, and pending/approved ones past expiry. */
  async due(nowIso: string, limit: number): Promise<{ execute: RequestRecord[]; expire: RequestRecord[] }> {
    const execute = (
      await this.x.all<Row>("SELECT * FROM requests WHERE status = 'approved' AND not_before <= ? ORDER BY not_before LIMIT ?", [nowIso, limit])
    ).map(toRequest);
    const expire = (
      await this.x.all<Row>("SELECT * FROM requests WHERE status = 'pending' AND expires_at <= ? ORDER BY expires_at LIMIT ?", [nowIso, limit])
    ).map(toRequest);
    return { execute, expire };
  }

  async nextDue(): Promise<string | null> {
    const r = await this.x.get<{ t: string | null }>("SELECT MIN(not_before) AS t FROM requests WHERE status = 'approved'");
    return r?.t ?? null;
  }

  /**
   * Exposure in each sliding window, by key or by principal: every signing
   * request (not admin actions) that policy allowed, counted from the moment
   * it was decided (pending, approved and signed), released when it is
   * rejected, cancelled, expired, fails or is denied at execution. Read from
   * the velocity buckets (bounded cost whatever the history): 10 s buckets
   * for windows up to 10 minutes, 1 minute buckets up to 1 hour, 1 hour
   * buckets beyond. A window counts every bucket that overlaps it, so it may
   * include up to one bucket of older history: limits err on the strict
   * side, never the lax one. `exclude` leaves one request's own reservation
   * out (re-deciding it at execution).
   */
  async velocity(scope: 'key' | 'principal', value: string, nowMs: number, exclude?: { atMs: number; valueUsd: number }): Promise<Velocity> {
    const rows = await this.x.all<Row>(velocitySql, [...windowFirsts(nowMs), ...windowRanges(scope, value, nowMs)]);
    return windowTotals(rows[0], nowMs, exclude);
  }

  /**
   * The velocity of a key and of a principal, and the principal's quota usage (`usage`): everything
   * of the counters a submission decides on, in one statement.
   */
  async velocities(
    key: string,
    principalId: string,
    nowMs: number,
    exclude?: { atMs: number; valueUsd: number },
  ): Promise<{ key: Velocity; principal: Velocity; usage: Usage }> {
    const rows = await this.x.all<Row>(velocitiesSql, [
      ...windowFirsts(nowMs),
      ...windowRanges('key', key, nowMs),
      ...windowRanges('principal', principalId, nowMs),
      principalId,
      principalId,
      usageFrom(nowMs),
    ]);
    const row = (scope: string) => rows.find((r) => r.scope === scope);
    return {
      key: windowTotals(row('key'), nowMs, exclude),
      principal: windowTotals(row('principal'), nowMs, exclude),
      usage: { open: Math.max(0, Number(row('open')?.n ?? 0)), bytes1h: Number(row('stored')?.v ?? 0) },
    };
  }

  /** The buckets a signing request's exposure adds to (`sign` 1) or releases from (-1) in its key's and principal's windows at time `t` (s). */
  private exposure(r: RequestRecord, t: number, sign: 1 | -1): Bucket[] {
    if (!Number.isFinite(t)) return [];
    const out: Bucket[] = [];
    for (const [scope, subject] of [
      ['key', r.keyName],
      ['principal', r.principalId],
    ] as const) {
      if (!subject) continue;
      for (const res of RESOLUTIONS) out.push([scope, subject, res, Math.floor(t / res), sign, sign * r.valueUsd]);
    }
    return out;
  }

  /**
   * Now and then, after any insert, the request's own subjects drop the buckets no window or quota
   * reaches any more: its principal's always (every request moves its stored bytes), its key's when
   * it reserved exposure (a key whose requests are all denied has no velocity buckets to drop).
   */
  private async maybePrune(r: RequestRecord): Promise<void> {
    const t = Math.floor(Date.parse(r.signedAt ?? r.createdAt) / 1000);
    if (!Number.isFinite(t) || Math.random() >= 1 / 256) return;
    const reserved = r.kind === 'sign' && RESERVED.includes(r.status);
    await this.prune({ keyName: reserved ? r.keyName : null, principalId: r.principalId }, t);
  }

  /**
   * Drop the velocity buckets of `r`'s key and principal older than every window at `t` (s), and the
   * principal's stored-bytes counters older than the quota's hour, each with PRUNE_MARGIN_S to
   * spare (an instance whose clock runs ahead of another's must not drop what the other still
   * counts). Only those two subjects: the request's transaction holds their locks, and each branch
   * names scope and subject, so the delete searches the index (a delete over every subject scanned
   * the whole table). A subject that stops filing requests keeps what it had, bounded per subject.
   */
  async prune(r: { keyName: string | null; principalId: string }, t: number): Promise<void> {
    const branches: string[] = [];
    const params: (string | number)[] = [];
    const oldest = (res: number) => Math.floor((t - MAX_WINDOW_S[res]! - PRUNE_MARGIN_S) / res) - 1;
    for (const [scope, subject] of [
      ['key', r.keyName],
      ['principal', r.principalId],
    ] as const) {
      if (!subject) continue;
      for (const res of RESOLUTIONS) {
        branches.push('(scope = ? AND subject = ? AND res = ? AND bucket < ?)');
        params.push(scope, subject, res, oldest(res));
      }
    }
    // The principal's stored-bytes counters (minute buckets) beyond the quota's hour, too.
    branches.push("(scope = 'stored' AND subject = ? AND res = 60 AND bucket < ?)");
    params.push(r.principalId, oldest(60));
    await this.x.run(`DELETE FROM velocity_buckets WHERE ${branches.join(' OR ')}`, params);
  }

  async insertApproval(a: ApprovalRecord): Promise<boolean> {
    const { changes } = await this.x.run(
      `INSERT INTO approvals (request_id, approver_id, approver_name, approver_role, verdict, signature, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (request_id, approver_id) DO NOTHING`,
      [a.requestId, a.approverId, a.approverName, a.approverRole, a.verdict, a.signature, a.createdAt],
    );
    return changes === 1;
  }

  async approvals(requestId: string): Promise<ApprovalRecord[]> {
    return (await this.x.all<Row>('SELECT * FROM approvals WHERE request_id = ? ORDER BY created_at, approver_name', [requestId])).map(toApproval);
  }
}
