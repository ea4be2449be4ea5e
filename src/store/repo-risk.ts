/**
 * Risk baselines and freezes. Every update is an atomic increment
 * (INSERT ... ON CONFLICT DO UPDATE), so instances learning at once never
 * lose a count; reads are a fixed handful of rows per subject (profile, 24
 * hour bins, the amount bins, the seen counts of the request's own values).
 * What the counts mean is src/risk/'s business; this layer stores numbers.
 */
import type { Row, SqlExecutor } from './driver.js';

export type RiskScope = 'key' | 'principal';

/** One learned request, as counts to add to a subject. */
export interface RiskLearning {
  atMs: number;
  amountBin: number;
  hour: number;
  /** [kind, value] pairs to remember. */
  seen: [string, string][];
}

export interface StoredRiskBaseline {
  n: number;
  firstMs: number;
  lastMs: number;
  /** kind -> bin -> count ('amount', 'hour', 'seen-size'). */
  bins: Record<string, Record<number, number>>;
  /** `${kind}:${value}` -> count, for the values asked about. */
  seen: Record<string, number>;
}

export interface RiskFreeze {
  scope: RiskScope;
  subject: string;
  rule: string;
  requestId: string;
  createdAt: string;
}

const MAX_LOOKUP_VALUES = 16;

export class RiskRepo {
  constructor(private readonly x: SqlExecutor) {}

  /** The baselines of a key and a principal, with the seen counts of `values` ([kind, value]). */
  async baselines(key: string, principal: string, values: [string, string][]): Promise<Record<RiskScope, StoredRiskBaseline>> {
    const subjects = [key, principal];
    const where = "((scope = 'key' AND subject = ?) OR (scope = 'principal' AND subject = ?))";
    const lookup = values.slice(0, MAX_LOOKUP_VALUES);
    const [profiles, bins, seen] = await Promise.all([
      this.x.all<Row>(`SELECT scope, n, first_ms, last_ms FROM risk_profiles WHERE ${where}`, subjects),
      this.x.all<Row>(`SELECT scope, kind, bin, count FROM risk_bins WHERE ${where}`, subjects),
      lookup.length
        ? this.x.all<Row>(`SELECT scope, kind, value, count FROM risk_seen WHERE ${where} AND (${lookup.map(() => '(kind = ? AND value = ?)').join(' OR ')})`, [
            ...subjects,
            ...lookup.flat(),
          ])
        : Promise.resolve([] as Row[]),
    ]);
    const out: Record<RiskScope, StoredRiskBaseline> = {
      key: { n: 0, firstMs: 0, lastMs: 0, bins: {}, seen: {} },
      principal: { n: 0, firstMs: 0, lastMs: 0, bins: {}, seen: {} },
    };
    for (const r of profiles) Object.assign(out[r.scope as RiskScope], { n: Number(r.n), firstMs: Number(r.first_ms), lastMs: Number(r.last_ms) });
    for (const r of bins) (out[r.scope as RiskScope].bins[String(r.kind)] ??= {})[Number(r.bin)] = Number(r.count);
    for (const r of seen) out[r.scope as RiskScope].seen[`${String(r.kind)}:${String(r.value)}`] = Number(r.count);
    return out;
  }

  /**
   * Add one request to a subject's baseline, in the caller's transaction.
   * A value not yet remembered is added only while the subject holds fewer
   * than `cap` values of its kind (`seenIndex` numbers the kinds for the
   * size counters).
   */
  async learn(scope: RiskScope, subject: string, l: RiskLearning, cap: number, seenIndex: Record<string, number>): Promise<void> {
    await this.x.run(
      'INSERT INTO risk_profiles (scope, subject, n, first_ms, last_ms) VALUES (?, ?, 1, ?, ?) ON CONFLICT (scope, subject) DO UPDATE SET n = risk_profiles.n + 1, ' +
        'first_ms = CASE WHEN excluded.first_ms < risk_profiles.first_ms THEN excluded.first_ms ELSE risk_profiles.first_ms END, ' +
        'last_ms = CASE WHEN excluded.last_ms > risk_profiles.last_ms THEN excluded.last_ms ELSE risk_profiles.last_ms END',
      [scope, subject, l.atMs, l.atMs],
    );
    await this.bin(scope, subject, 'amount', l.amountBin, 1);
    await this.bin(scope, subject, 'hour', l.hour, 1);
    for (const [kind, value] of l.seen) {
      const { changes } = await this.x.run('UPDATE risk_seen SET count = count + 1 WHERE scope = ? AND subject = ? AND kind = ? AND value = ?', [
        scope,
        subject,
        kind,
        value,
      ]);
      if (changes === 1) continue;
      const idx = seenIndex[kind] ?? 0;
      const size = await this.x.get<Row>("SELECT count FROM risk_bins WHERE scope = ? AND subject = ? AND kind = 'seen-size' AND bin = ?", [
        scope,
        subject,
        idx,
      ]);
      if (Number(size?.count ?? 0) >= cap) continue;
      const ins = await this.x.run(
        'INSERT INTO risk_seen (scope, subject, kind, value, count) VALUES (?, ?, ?, ?, 1) ON CONFLICT (scope, subject, kind, value) DO NOTHING',
        [scope, subject, kind, value],
      );
      if (ins.changes === 1) await this.bin(scope, subject, 'seen-size', idx, 1);
      else await this.x.run('UPDATE risk_seen SET count = count + 1 WHERE scope = ? AND subject = ? AND kind = ? AND value = ?', [scope, subject, kind, value]);
    }
  }

  private async bin(scope: RiskScope, subject: string, kind: string, bin: number, add: number): Promise<void> {
    await this.x.run(
      'INSERT INTO risk_bins (scope, subject, kind, bin, count) VALUES (?, ?, ?, ?, ?) ON CONFLICT (scope, subject, kind, bin) DO UPDATE SET count = risk_bins.count + excluded.count',
      [scope, subject, kind, bin, add],
    );
  }

  /** Forget every baseline (before a rebuild from history, in the same transaction). */
  async clear(): Promise<void> {
    for (const t of ['risk_profiles', 'risk_bins', 'risk_seen']) await this.x.run(`DELETE FROM ${t}`);
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
    return (
      r && { scope: r.scope as RiskScope, subject: String(r.subject), rule: String(r.rule), requestId: String(r.request_id), createdAt: String(r.created_at) }
    );
  }

  /** Lift a freeze; false when there was none. */
  async unfreeze(scope: RiskScope, subject: string): Promise<boolean> {
    return (await this.x.run('DELETE FROM risk_freezes WHERE scope = ? AND subject = ?', [scope, subject])).changes === 1;
  }

  async freezes(): Promise<RiskFreeze[]> {
    return (await this.x.all<Row>('SELECT * FROM risk_freezes ORDER BY created_at')).map((r) => ({
      scope: r.scope as RiskScope,
      subject: String(r.subject),
      rule: String(r.rule),
      requestId: String(r.request_id),
      createdAt: String(r.created_at),
    }));
  }
}
