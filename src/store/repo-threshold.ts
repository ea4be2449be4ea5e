/**
 * Threshold custody state: one table of sealed records, by kind and id. The
 * coordinator keeps its registered parties and threshold-key metadata here;
 * a party keeps its identity, key shares, pending nonces and its copies of
 * policy and principals. Contents are sealed by src/threshold/vault.ts; this
 * layer only moves bytes.
 */
import type { SqlExecutor } from './driver.js';

export interface ThresholdRow {
  kind: string;
  id: string;
  state: string;
  data: Uint8Array;
  updatedAt: string;
}

const toRow = (r: Record<string, unknown>): ThresholdRow => ({
  kind: String(r.kind),
  id: String(r.id),
  state: String(r.state),
  data: r.data instanceof Uint8Array ? Uint8Array.from(r.data) : new Uint8Array(),
  updatedAt: String(r.updated_at),
});

export class ThresholdRepo {
  constructor(private readonly x: SqlExecutor) {}

  async get(kind: string, id: string): Promise<ThresholdRow | undefined> {
    const r = await this.x.get('SELECT * FROM threshold_state WHERE kind = ? AND id = ?', [kind, id]);
    return r ? toRow(r) : undefined;
  }

  async list(kind: string): Promise<ThresholdRow[]> {
    return (await this.x.all('SELECT * FROM threshold_state WHERE kind = ? ORDER BY id', [kind])).map(toRow);
  }

  /** Insert or replace one record. */
  async put(r: ThresholdRow): Promise<void> {
    await this.x.run(
      'INSERT INTO threshold_state (kind, id, state, data, updated_at) VALUES (?, ?, ?, ?, ?) ' +
        'ON CONFLICT (kind, id) DO UPDATE SET state = excluded.state, data = excluded.data, updated_at = excluded.updated_at',
      [r.kind, r.id, r.state, r.data, r.updatedAt],
    );
  }

  /** Insert only if absent; false when a record with this kind and id exists. */
  async insert(r: ThresholdRow): Promise<boolean> {
    const { changes } = await this.x.run(
      'INSERT INTO threshold_state (kind, id, state, data, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind, id) DO NOTHING',
      [r.kind, r.id, r.state, r.data, r.updatedAt],
    );
    return changes === 1;
  }

  /** Delete one record; true when it existed (the compare-and-delete that consumes a nonce). */
  async delete(kind: string, id: string): Promise<boolean> {
    const { changes } = await this.x.run('DELETE FROM threshold_state WHERE kind = ? AND id = ?', [kind, id]);
    return changes === 1;
  }

  /**
   * A cheap fingerprint of governance state (policy version, principals,
   * lists, governance proofs): when it is unchanged, so is what parties copy.
   */
  async govStamp(): Promise<string> {
    const r = await this.x.get(
      `SELECT (SELECT COALESCE(MAX(version), 0) FROM policies) AS p,
              (SELECT COUNT(*) FROM principals) AS n,
              (SELECT COALESCE(MAX(updated_at), '') FROM principals) AS u,
              (SELECT COUNT(*) FROM list_entries) AS l,
              (SELECT COUNT(*) FROM threshold_state WHERE kind IN ('gov-proof', 'gov-recovery', 'party')) AS g,
              (SELECT COALESCE(MAX(updated_at), '') FROM threshold_state WHERE kind IN ('gov-proof', 'gov-recovery', 'party')) AS gu`,
    );
    return JSON.stringify(r ?? {});
  }

  async deleteOlderThan(kind: string, updatedBefore: string): Promise<number> {
    return (await this.x.run('DELETE FROM threshold_state WHERE kind = ? AND updated_at < ?', [kind, updatedBefore])).changes;
  }
}
