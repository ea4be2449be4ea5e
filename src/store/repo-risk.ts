/**
 * Risk baselines and freezes. A subject's baseline is one row-MACed profile
 * row (counts as JSON) and one row-MACed row per value it has seen; the
 * caller (src/requests/risk.ts) MACs and checks them, this layer stores
 * them. A profile is rewritten whole, compare-and-set on its previous
 * contents, by a transaction that holds the subject's lock (decision 0028:
 * the principal and key locks of a fine transaction, or the exclusive
 * writer lock): a writer that raced past a missing lock fails instead of
 * losing a count. Reads are a fixed handful of rows per subject.
 */
import type { Row, SqlExecutor } from './driver.js';
import type { RiskBaselineRecord, RiskSeenRecord } from './records.js';

export type RiskScope = 'key' | 'principal';

/** A subject's stored baseline: its profile row (absent before its first signed request) and the seen rows asked about. */
export interface StoredRiskBaseline {
  profile: RiskBaselineRecord | undefined;
  seen: RiskSeenRecord[];
}

export interface RiskFreeze {
  scope: RiskScope;
  subject: string;
  rule: string;
  requestId: string;
  createdAt: string;
}

const MAX_LOOKUP_VALUES = 16;

const profileRow = (r: Row): RiskBaselineRecord => ({ scope: r.scope as RiskScope, subject: String(r.subject), data: String(r.data), mac: String(r.mac) });
const seenRow = (r: Row): RiskSeenRecord => ({
  scope: r.scope as RiskScope,
  subject: String(r.subject),
  kind: String(r.kind),
  value: String(r.value),
  count: Number(r.count),
  mac: String(r.mac),
});

const freezeRow = (r: Row): RiskFreeze => ({
  scope: r.scope as RiskScope,
  subject: String(r.subject),
  rule: String(r.rule),
  requestId: String(r.request_id),
  createdAt: String(r.created_at),
});

export class RiskRepo {
  constructor(private readonly x: SqlExecutor) {}

  /** The baselines of a key and a principal, with the seen rows of `values` ([kind, value]): two statements. */
  async baselines(key: string, principal: string, values: [string, string][]): Promise<Record<RiskScope, StoredRiskBaseline>> {
    const subjects = [key, principal];
    const where = "((scope = 'key' AND subject = ?) OR (scope = 'principal' AND subject = ?))";
    const lookup = values.slice(0, MAX_LOOKUP_VALUES);
    const [profiles, seen] = await Promise.all([
      this.x.all<Row>(`SELECT scope, subject, data, mac FROM risk_baselines WHERE ${where}`, subjects),
      lookup.length
        ? this.x.all<Row>(
            `SELECT scope, subject, kind, value, count, mac FROM risk_seen WHERE ${where} AND (${lookup.map(() => '(kind = ? AND value = ?)').join(' OR ')})`,
            [...subjects, ...lookup.flat()],
          )
        : Promise.resolve([] as Row[]),
    ]);
    const out: Record<RiskScope, StoredRiskBaseline> = { key: { profile: undefined, seen: [] }, principal: { profile: undefined, seen: [] } };
    for (const r of profiles) out[r.scope as RiskScope].profile = profileRow(r);
    for (const r of seen) out[r.scope as RiskScope].seen.push(seenRow(r));
    return out;
  }

  /** One subject's profile row. */
  async profile(scope: RiskScope, subject: string): Promise<RiskBaselineRecord | undefined> {
    const r = await this.x.get<Row>('SELECT scope, subject, data, mac FROM risk_baselines WHERE scope = ? AND subject = ?', [scope, subject]);
    return r && profileRow(r);
  }

  /**
   * Write a subject's profile row, compare-and-set: `prior` is the data it
   * replaces (null: there was none). False when another writer changed it
   * since it was read (the caller's transaction must not go on).
   */
  async putProfile(rec: RiskBaselineRecord, prior: string | null): Promise<boolean> {
    const { changes } =
      prior === null
        ? await this.x.run('INSERT INTO risk_baselines (scope, subject, data, mac) VALUES (?, ?, ?, ?) ON CONFLICT (scope, subject) DO NOTHING', [
            rec.scope,
            rec.subject,
            rec.data,
            rec.mac,
          ])
        : await this.x.run('UPDATE risk_baselines SET data = ?, mac = ? WHERE scope = ? AND subject = ? AND data = ?', [
            rec.data,
            rec.mac,
            rec.scope,
            rec.subject,
            prior,
          ]);
    return changes === 1;
  }

  /** Count one more sighting of a value already seen; false when the subject has no row for it. */
  async bumpSeen(scope: RiskScope, subject: string, kind: string, value: string): Promise<boolean> {
    const { changes } = await this.x.run('UPDATE risk_seen SET count = count + 1 WHERE scope = ? AND subject = ? AND kind = ? AND value = ?', [
      scope,
      subject,
      kind,
      value,
    ]);
    return changes === 1;
  }

  /** Remember a new value (its first sighting); false when it was already there. */
  async insertSeen(rec: RiskSeenRecord): Promise<boolean> {
    const { changes } = await this.x.run(
      'INSERT INTO risk_seen (scope, subject, kind, value, count, mac) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (scope, subject, kind, value) DO NOTHING',
      [rec.scope, rec.subject, rec.kind, rec.value, rec.count, rec.mac],
    );
    return changes === 1;
  }

  /** Forget every baseline (before a rebuild from history, in the same transaction). */
  async clear(): Promise<void> {
    for (const t of ['risk_baselines', 'risk_seen']) await this.x.run(`DELETE FROM ${t}`);
  }

  /** Ids of signed signing requests in the order they were signed, a page at a time (for a rebuild). */
  async signedPage(after: { signedAt: string; id: string } | null, limit: number): Promise<{ id: string; signedAt: string }[]> {
    const rows = await this.x.all<Row>(
      `SELECT id, signed_at FROM requests WHERE kind = 'sign' AND status = 'signed' AND signed_at IS NOT NULL
       ${after ? 'AND (signed_at > ? OR (signed_at = ? AND id > ?))' : ''} ORDER BY signed_at, id LIMIT ?`,
      after ? [after.signedAt, after.signedAt, after.id, limit] : [limit],
    );
    return rows.map((r) => ({ id: String(r.id), signedAt: String(r.signed_at) }));
  }

  /** Record a freeze (the first one of a subject stays; true when this call made it). */
  async freeze(f: RiskFreeze): Promise<boolean> {
    const { changes } = await this.x.run(
      'INSERT INTO risk_freezes (scope, subject, rule, request_id, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (scope, subject) DO NOTHING',
      [f.scope, f.subject, f.rule, f.requestId, f.createdAt],
    );
    return changes === 1;
  }

  async frozen(scope: RiskScope, subject: string): Promise<RiskFreeze | undefined> {
    const r = await this.x.get<Row>('SELECT * FROM risk_freezes WHERE scope = ? AND subject = ?', [scope, subject]);
    return r && freezeRow(r);
  }

  /** The freezes of a key and of a principal (what a submission checks), in one statement. */
  async frozenEither(key: string, principalId: string): Promise<{ key: RiskFreeze | undefined; principal: RiskFreeze | undefined }> {
    const rows = await this.x.all<Row>("SELECT * FROM risk_freezes WHERE (scope = 'key' AND subject = ?) OR (scope = 'principal' AND subject = ?)", [
      key,
      principalId,
    ]);
    const of = (scope: RiskScope) => {
      const r = rows.find((x) => x.scope === scope);
      return r && freezeRow(r);
    };
    return { key: of('key'), principal: of('principal') };
  }

  /** Lift a freeze; false when there was none. */
  async unfreeze(scope: RiskScope, subject: string): Promise<boolean> {
    return (await this.x.run('DELETE FROM risk_freezes WHERE scope = ? AND subject = ?', [scope, subject])).changes === 1;
  }

  async freezes(): Promise<RiskFreeze[]> {
    return (await this.x.all<Row>('SELECT * FROM risk_freezes ORDER BY created_at')).map(freezeRow);
  }
}
