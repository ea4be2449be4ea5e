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
import type { SignedAttestationRecord, SignedBlockRecord } from './slashing-rules.js';
import { bindGenesisIn, ensureValidator, lockValidators, num, recordAttestationIn, recordBlockIn, text } from './slashing-record.js';

export { validatorLockKey } from './slashing-record.js';

/** One validator's slashing-protection data, as in the EIP-3076 interchange `data` array. */
export interface ValidatorHistory {
  /** 0x-prefixed lowercase hex of the 48-byte BLS public key. */
  pubkey: string;
  signedBlocks: SignedBlockRecord[];
  signedAttestations: SignedAttestationRecord[];
}

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
      async (x) => {
        for (const d of data) {
          await ensureValidator(x, d.pubkey);
          for (const b of d.signedBlocks) {
            const old = await x.get('SELECT signing_root FROM eth2_signed_blocks WHERE pubkey = ? AND slot = ?', [d.pubkey, b.slot]);
            if (!old) await x.run('INSERT INTO eth2_signed_blocks (pubkey, slot, signing_root) VALUES (?, ?, ?)', [d.pubkey, b.slot, b.signingRoot]);
            else if (text(old.signing_root) !== b.signingRoot) {
              await x.run('UPDATE eth2_signed_blocks SET signing_root = NULL WHERE pubkey = ? AND slot = ?', [d.pubkey, b.slot]);
            }
          }
          for (const a of d.signedAttestations) {
            const old = await x.get('SELECT source_epoch, signing_root FROM eth2_signed_attestations WHERE pubkey = ? AND target_epoch = ?', [
              d.pubkey,
              a.targetEpoch,
            ]);
            if (!old) {
              await x.run('INSERT INTO eth2_signed_attestations (pubkey, source_epoch, target_epoch, signing_root) VALUES (?, ?, ?, ?)', [
                d.pubkey,
                a.sourceEpoch,
                a.targetEpoch,
                a.signingRoot,
              ]);
            } else if (text(old.signing_root) !== a.signingRoot || Number(old.source_epoch) !== a.sourceEpoch) {
              // Two votes for one target: keep the lower source (the wider span refuses more) and forget the root.
              await x.run('UPDATE eth2_signed_attestations SET signing_root = NULL, source_epoch = ? WHERE pubkey = ? AND target_epoch = ?', [
                Math.min(Number(old.source_epoch), a.sourceEpoch),
                d.pubkey,
                a.targetEpoch,
              ]);
            }
          }
        }
      },
    );
    return { validators: new Set(data.map((d) => d.pubkey)).size };
  }

  /**
   * Every validator's history (or only `pubkeys`'), records in slot / target order. A pruned
   * validator's watermarks are exported as one record without a root at the floor, so an importer
   * refuses everything at or below it too.
   */
  async export(pubkeys?: readonly string[]): Promise<ValidatorHistory[]> {
    const d = this.store.driver;
    const vals = pubkeys
      ? (await Promise.all(pubkeys.map((p) => d.get('SELECT * FROM eth2_validators WHERE pubkey = ?', [p])))).filter((r) => r !== undefined)
      : await d.all('SELECT * FROM eth2_validators ORDER BY pubkey');
    const out: ValidatorHistory[] = [];
    for (const v of vals) {
      const pubkey = String(v.pubkey);
      const blocks = (await d.all('SELECT slot, signing_root FROM eth2_signed_blocks WHERE pubkey = ? ORDER BY slot', [pubkey])).map(
        (r): SignedBlockRecord => ({ slot: Number(r.slot), signingRoot: text(r.signing_root) }),
      );
      const atts = (
        await d.all('SELECT source_epoch, target_epoch, signing_root FROM eth2_signed_attestations WHERE pubkey = ? ORDER BY target_epoch', [pubkey])
      ).map((r): SignedAttestationRecord => ({ sourceEpoch: Number(r.source_epoch), targetEpoch: Number(r.target_epoch), signingRoot: text(r.signing_root) }));
      const slotFloor = num(v.block_slot_floor);
      if (slotFloor !== null && !blocks.some((b) => b.slot <= slotFloor)) blocks.unshift({ slot: slotFloor, signingRoot: null });
      const sFloor = num(v.att_source_floor);
      const tFloor = num(v.att_target_floor);
      if (sFloor !== null && tFloor !== null && !atts.some((a) => a.targetEpoch === tFloor)) {
        atts.unshift({ sourceEpoch: Math.min(sFloor, tFloor), targetEpoch: tFloor, signingRoot: null });
      }
      out.push({ pubkey, signedBlocks: blocks, signedAttestations: atts });
    }
    return out;
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
