/**
 * Copy an instance from one store to another (e.g. SQLite -> PostgreSQL) as
 * it is: every table, row for row, in one transaction on the target, through
 * the drivers (so ciphertexts, row MACs and the audit chain arrive byte-exact
 * and still verify). The target must be empty; the source is only read.
 */
import { CustosError } from '../errors.js';
import type { SqlValue } from './driver.js';
import type { Store } from './store.js';

/** Tables in dependency order (referenced tables first). */
export const TABLES = [
  'meta',
  'data_keys',
  'keys',
  'key_versions',
  'key_addresses',
  'wallets',
  'audit_events',
  'audit_checkpoints',
  'principals',
  'tokens',
  'nonces',
  'policies',
  'list_entries',
  'requests',
  'approvals',
  'threshold_state',
  'velocity_buckets',
  'eth2_meta',
  'eth2_validators',
  'eth2_signed_blocks',
  'eth2_signed_attestations',
  'risk_baselines',
  'risk_seen',
  'risk_freezes',
  'webhooks',
  'webhook_deliveries',
  'schedules',
  'sessions',
] as const;

export async function copyStore(from: Store, to: Store, progress?: (table: string, rows: number) => void): Promise<Record<string, number>> {
  if (!(await from.read.getMeta('instance_id'))) throw new CustosError('E_NOT_INITIALIZED', `no custos instance at ${from.driver.location}`);
  if (await to.read.getMeta('instance_id'))
    throw new CustosError('E_ALREADY_INITIALIZED', `${to.driver.location} already holds an instance: the target must be empty`);
  const counts: Record<string, number> = {};
  await to.driver.transaction(async (tx) => {
    for (const table of TABLES) {
      const rows = await from.driver.all<Record<string, SqlValue>>(`SELECT * FROM ${table}`);
      for (const row of rows) {
        const cols = Object.keys(row);
        await tx.run(
          `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
          cols.map((c) => row[c] ?? null),
        );
      }
      counts[table] = rows.length;
      progress?.(table, rows.length);
    }
  });
  return counts;
}
