/** Signing and admin requests, their approvals, and velocity counts. */
import type { Row, SqlExecutor } from './driver.js';
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

export class RequestRepo {
  constructor(private readonly x: SqlExecutor) {}

  async insert(r: RequestRecord): Promise<void> {
    await this.x.run(
      `INSERT INTO requests (id, kind, principal_id, principal_name, key_name, status, idempotency_key, payload, facts, decision, digest,
         value_usd, not_before, expires_at, result, created_at, updated_at, signed_at, mac)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [r.id, r.kind, r.principalId, r.principalName, r.keyName, r.status, r.idempotencyKey, r.payload, r.facts, r.decision, r.digest,
        r.valueUsd, r.notBefore, r.expiresAt, r.result, r.createdAt, r.updatedAt, r.signedAt, r.mac],
    );
  }

  async get(id: string): Promise<RequestRecord | undefined> {
    const r = await this.x.get<Row>('SELECT * FROM requests WHERE id = ?', [id]);
    return r && toRequest(r);
  }

  async byIdempotencyKey(principalId: string, key: string): Promise<RequestRecord | undefined> {
    const r = await this.x.get<Row>('SELECT * FROM requests WHERE principal_id = ? AND idempotency_key = ?', [principalId, key]);
    return r && toRequest(r);
  }

  async list(filter: { status?: RequestStatus; principalId?: string; limit: number }): Promise<RequestRecord[]> {
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
    return (await this.x.run(sql, [next.status, next.result, next.notBefore, next.signedAt, next.updatedAt, next.mac, next.id, ...from])).changes === 1;
  }

  /** Approved requests whose delay has passed, and pending/approved ones past expiry. */
  async due(nowIso: string, limit: number): Promise<{ execute: RequestRecord[]; expire: RequestRecord[] }> {
    const execute = (await this.x.all<Row>("SELECT * FROM requests WHERE status = 'approved' AND not_before <= ? ORDER BY not_before LIMIT ?", [nowIso, limit])).map(toRequest);
    const expire = (await this.x.all<Row>("SELECT * FROM requests WHERE status = 'pending' AND expires_at <= ? ORDER BY expires_at LIMIT ?", [nowIso, limit])).map(toRequest);
    return { execute, expire };
  }

  async nextDue(): Promise<string | null> {
    const r = await this.x.get<{ t: string | null }>("SELECT MIN(not_before) AS t FROM requests WHERE status = 'approved'");
    return r?.t ?? null;
  }

  /** Signed signing requests (not admin actions) in each sliding window, by key or by principal. */
  async velocity(scope: 'key' | 'principal', value: string, nowMs: number): Promise<Velocity> {
    const column = scope === 'key' ? 'key_name' : 'principal_id';
    const since = (ms: number) => new Date(nowMs - ms).toISOString();
    const counts = Object.entries(VELOCITY_WINDOWS);
    const values = Object.entries(VALUE_WINDOWS);
    const select = [
      ...counts.map(([name]) => `SUM(CASE WHEN signed_at >= ? THEN 1 ELSE 0 END) AS ${name}`),
      ...values.map(([name]) => `SUM(CASE WHEN signed_at >= ? THEN value_usd ELSE 0 END) AS ${name}`),
    ].join(', ');
    const params = [...counts.map(([, ms]) => since(ms)), ...values.map(([, ms]) => since(ms)), value, since(VELOCITY_WINDOWS.count7d)];
    const row = await this.x.get<Row>(`SELECT ${select} FROM requests WHERE ${column} = ? AND kind = 'sign' AND signed_at IS NOT NULL AND signed_at >= ?`, params);
    const out = {} as Velocity;
    for (const [name] of [...counts, ...values]) out[name as keyof Velocity] = Number(row?.[name] ?? 0);
    return out;
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
