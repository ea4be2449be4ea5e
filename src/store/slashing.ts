/**
 * EIP-3076 slashing protection in the store: one atomic check-and-insert per
 * duty, interchange import and export, pruning.
 *
 * Locking is per validator, never global: each operation runs in one
 * transaction that first takes the validator's own lock — on PostgreSQL a
 * transaction-scoped advisory lock on a key derived from the public key
 * (`validatorLockKey`), so duties of different validators from any number of
 * instances proceed side by side while two duties of one validator are
 * serialized; on SQLite the file's single writer lock (`BEGIN IMMEDIATE`). The
 * primary keys (pubkey, slot) and (pubkey, target_epoch) are a second line: a
 * duplicate insert fails the transaction rather than recording two messages.
 * The decision itself is the pure function in slashing-rules.ts.
 *
 * A signature may be returned only after `checkAndRecordBlock` /
 * `checkAndRecordAttestation` has committed: then a crash loses no record of a
 * signature anyone has seen.
 */
import type { SqlExecutor } from './driver.js';
import type { Store } from './store.js';
import { bindGenesisIn, lockValidators, recordAttestationIn, recordBlockIn } from './slashing-record.js';
import { historyIn, mergeHistoryIn, type ValidatorHistory } from './slashing-history.js';

export { validatorLockKey } from './slashing-record.js';

export type { ValidatorHistory } from './slashing-history.js';

export class SlashingProtection {
  constructor(private readonly store: Store) {}

  /** One transaction holding the locks of `pubkeys` (sorted, so two importers never deadlock). */
  private locked<T>(pubkeys: readonly string[], fn: (x: SqlExecutor) => Promise<T>): Promise<T> {
    const pg = this.store.driver.dialect === 'postgres';
    return this.store.driver.transaction(async (x) => {
      await lockValidators(x, pg, pubkeys);
      return fn(x);
    });
  }

  /** The genesis validators root this store protects (0x-hex), or null before the first use. */
  async genesisValidatorsRoot(): Promise<string | null> {
    const r = await this.store.driver.get<{ value: string }>("SELECT value FROM eth2_meta WHERE name = 'genesis_validators_root'");
    return r ? r.value : null;
  }

  /** Bind the store to one chain's genesis validators root; refuses another root once bound. */
  async bindGenesis(root: string): Promise<void> {
    await this.store.driver.transaction((x) => bindGenesisIn(x, root));
  }

  /**
   * Check a block proposal at `slot` with `signingRoot` and record it, atomically, in a transaction of its own.
   * Returns 'new' or 'repeat' (the same block signed before); throws E_SLASHABLE otherwise.
   * (The eth2 listener records inside the signing request's transaction instead: `repo.eth2`.)
   */
  async checkAndRecordBlock(pubkey: string, slot: number, signingRoot: string): Promise<'new' | 'repeat'> {
    return this.store.driver.transaction((x) => recordBlockIn(x, this.store.driver.dialect === 'postgres', pubkey, slot, signingRoot));
  }

  /** Check an attestation (source, target, signingRoot) and record it, atomically; as checkAndRecordBlock. */
  async checkAndRecordAttestation(pubkey: string, sourceEpoch: number, targetEpoch: number, signingRoot: string): Promise<'new' | 'repeat'> {
    return this.store.driver.transaction((x) =>
      recordAttestationIn(x, this.store.driver.dialect === 'postgres', pubkey, sourceEpoch, targetEpoch, signingRoot),
    );
  }

  /**
   * Merge interchange data (already parsed and checked by chains/eth2/interchange.ts) in one
   * transaction. Every record is kept; where two messages share a slot (or a target epoch) the
   * stored root becomes unknown (NULL), so neither can be signed again. Refuses another chain's
   * genesis validators root.
   */
  async import(genesisValidatorsRoot: string, data: readonly ValidatorHistory[]): Promise<{ validators: number }> {
    await this.bindGenesis(genesisValidatorsRoot);
    await this.locked(
      data.map((d) => d.pubkey),
      (x) => mergeHistoryIn(x, data),
    );
    return { validators: new Set(data.map((d) => d.pubkey)).size };
  }

  /**
   * Every validator's history (or only `pubkeys`'), records in slot / target order; as `historyIn`.
   */
  async export(pubkeys?: readonly string[]): Promise<ValidatorHistory[]> {
    return historyIn(this.store.driver, pubkeys);
  }

  /**
   * Drop records older than `keepEpochs` epochs before each validator's newest one, raising its
   * watermarks to the highest dropped values first (so nothing dropped can be signed against).
   * One locked transaction per validator.
   */
  async prune(keepEpochs: number, slotsPerEpoch = 32): Promise<{ blocks: number; attestations: number }> {
    let blocks = 0;
    let attestations = 0;
    const vals = await this.store.driver.all<{ pubkey: string }>('SELECT pubkey FROM eth2_validators ORDER BY pubkey');
    for (const { pubkey } of vals) {
      const r = await this.locked([pubkey], async (x) => {
        let nb = 0;
        let na = 0;
        const mb = await x.get('SELECT MAX(slot) AS m FROM eth2_signed_blocks WHERE pubkey = ?', [pubkey]);
        if (mb?.m != null) {
          const cutoff = Number(mb.m) - keepEpochs * slotsPerEpoch;
          const top = await x.get('SELECT MAX(slot) AS m FROM eth2_signed_blocks WHERE pubkey = ? AND slot < ?', [pubkey, cutoff]);
          if (top?.m != null) {
            await x.run('UPDATE eth2_validators SET block_slot_floor = ? WHERE pubkey = ? AND (block_slot_floor IS NULL OR block_slot_floor < ?)', [
              Number(top.m),
              pubkey,
              Number(top.m),
            ]);
            nb = (await x.run('DELETE FROM eth2_signed_blocks WHERE pubkey = ? AND slot < ?', [pubkey, cutoff])).changes;
          }
        }
        const ma = await x.get('SELECT MAX(target_epoch) AS m FROM eth2_signed_attestations WHERE pubkey = ?', [pubkey]);
        if (ma?.m != null) {
          const cutoff = Number(ma.m) - keepEpochs;
          const top = await x.get('SELECT MAX(source_epoch) AS s, MAX(target_epoch) AS t FROM eth2_signed_attestations WHERE pubkey = ? AND target_epoch < ?', [
            pubkey,
            cutoff,
          ]);
          if (top?.t != null) {
            const s = Number(top.s);
            const t = Number(top.t);
            await x.run(
              `UPDATE eth2_validators SET
                 att_source_floor = CASE WHEN att_source_floor IS NULL OR att_source_floor < ? THEN ? ELSE att_source_floor END,
                 att_target_floor = CASE WHEN att_target_floor IS NULL OR att_target_floor < ? THEN ? ELSE att_target_floor END
               WHERE pubkey = ?`,
              [s, s, t, t, pubkey],
            );
            na = (await x.run('DELETE FROM eth2_signed_attestations WHERE pubkey = ? AND target_epoch < ?', [pubkey, cutoff])).changes;
          }
        }
        return { nb, na };
      });
      blocks += r.nb;
      attestations += r.na;
    }
    return { blocks, attestations };
  }
}
