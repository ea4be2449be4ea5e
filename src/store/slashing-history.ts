/**
 * EIP-3076 histories in a transaction the caller holds (and whose validator locks it took): merge
 * interchange data into the records, and read them back for export. Used by `SlashingProtection`
 * (the CLI, a transaction of its own) and by `repo.eth2` (the keymanager API: keys and their
 * slashing data imported, or a key stopped and its data exported, in one transaction).
 */
import type { SqlExecutor } from './driver.js';
import type { SignedAttestationRecord, SignedBlockRecord } from './slashing-rules.js';

export const num = (v: unknown): number | null => (v == null ? null : Number(v));
export const text = (v: unknown): string | null => (v == null ? null : String(v));

export async function ensureValidator(x: SqlExecutor, pubkey: string): Promise<void> {
  await x.run('INSERT INTO eth2_validators (pubkey, created_at) VALUES (?, ?) ON CONFLICT (pubkey) DO NOTHING', [pubkey, new Date().toISOString()]);
}

/** One validator's slashing-protection data, as in the EIP-3076 interchange `data` array. */
export interface ValidatorHistory {
  /** 0x-prefixed lowercase hex of the 48-byte BLS public key. */
  pubkey: string;
  signedBlocks: SignedBlockRecord[];
  signedAttestations: SignedAttestationRecord[];
}

/**
 * Merge interchange data (parsed and checked by chains/eth2/interchange.ts). Every record is kept;
 * where two messages share a slot (or a target epoch) the stored root becomes unknown (NULL), so
 * neither can be signed again. The caller binds the genesis root and holds the validators' locks.
 */
export async function mergeHistoryIn(x: SqlExecutor, data: readonly ValidatorHistory[]): Promise<void> {
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
}

/**
 * Every validator's history (or only `pubkeys`'), records in slot / target order. A pruned
 * validator's watermarks are exported as one record without a root at the floor, so an importer
 * refuses everything at or below it too. A pubkey without records is left out.
 */
export async function historyIn(d: SqlExecutor, pubkeys?: readonly string[]): Promise<ValidatorHistory[]> {
  const vals = pubkeys
    ? (await Promise.all(pubkeys.map((p) => d.get('SELECT * FROM eth2_validators WHERE pubkey = ?', [p])))).filter((r) => r !== undefined)
    : await d.all('SELECT * FROM eth2_validators ORDER BY pubkey');
  const out: ValidatorHistory[] = [];
  for (const v of vals) {
    const pubkey = String(v.pubkey);
    const blocks = (await d.all('SELECT slot, signing_root FROM eth2_signed_blocks WHERE pubkey = ? ORDER BY slot', [pubkey])).map((r): SignedBlockRecord => ({
      slot: Number(r.slot),
      signingRoot: text(r.signing_root),
    }));
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
