/**
 * EIP-3076 slashing-protection rules, as a pure function of what the store
 * holds for one validator (the "complete" strategy: every signed block and
 * attestation is kept, until pruned below a low watermark). The store gathers
 * the facts inside the validator's locked transaction and inserts only what
 * these rules allow, so check and insert are one atomic step.
 *
 * Spec: https://eips.ethereum.org/EIPS/eip-3076 ("Conditions"); surround votes
 * and double votes per the phase0 spec's is_slashable_attestation_data.
 */

/** One signed block in the interchange format: its slot and, when known, its signing root (0x-hex). */
export interface SignedBlockRecord {
  slot: number;
  signingRoot: string | null;
}

/** One signed attestation: source and target epochs and, when known, the signing root. */
export interface SignedAttestationRecord {
  sourceEpoch: number;
  targetEpoch: number;
  signingRoot: string | null;
}

/** Why a duty is refused; stable strings (`details.reason` of E_SLASHABLE). */
export type SlashingRefusal =
  | 'double_proposal'
  | 'block_below_watermark'
  | 'source_after_target'
  | 'double_vote'
  | 'surrounded_vote'
  | 'surrounding_vote'
  | 'source_below_watermark'
  | 'target_below_watermark';

/** `new`: sign and record it; `repeat`: the very same message was signed before, signing again is safe; else refused. */
export type SlashingVerdict = { ok: true; kind: 'new' | 'repeat' } | { ok: false; reason: SlashingRefusal };

/** What the store knows of one validator's blocks, relative to a proposed slot. */
export interface BlockFacts {
  /** Highest slot pruned away (or imported as a bare watermark): nothing at or below it is signed again. */
  floor: number | null;
  /** Lowest slot still recorded. */
  minSlot: number | null;
  /** The record at exactly this slot, if any. */
  sameSlot: SignedBlockRecord | undefined;
}

/** EIP-3076 block conditions for signing `proposed`. */
export function checkBlock(f: BlockFacts, proposed: SignedBlockRecord): SlashingVerdict {
  if (f.sameSlot) {
    // A repeat only when both roots are known and equal; an unknown root at this slot could be anything.
    if (f.sameSlot.signingRoot !== null && f.sameSlot.signingRoot === proposed.signingRoot) return { ok: true, kind: 'repeat' };
    return { ok: false, reason: 'double_proposal' };
  }
  if (f.floor !== null && proposed.slot <= f.floor) return { ok: false, reason: 'block_below_watermark' };
  if (f.minSlot !== null && proposed.slot <= f.minSlot) return { ok: false, reason: 'block_below_watermark' };
  return { ok: true, kind: 'new' };
}

/** What the store knows of one validator's attestations, relative to a proposed (source, target). */
export interface AttestationFacts {
  sourceFloor: number | null;
  targetFloor: number | null;
  minSource: number | null;
  minTarget: number | null;
  /** The record with this target epoch, if any. */
  sameTarget: SignedAttestationRecord | undefined;
  /** Some record has source < proposed.source and target > proposed.target. */
  surroundedByExisting: boolean;
  /** Some record has source > proposed.source and target < proposed.target. */
  surroundsExisting: boolean;
}

/** EIP-3076 attestation conditions for signing `proposed`. */
export function checkAttestation(f: AttestationFacts, proposed: SignedAttestationRecord): SlashingVerdict {
  if (proposed.sourceEpoch > proposed.targetEpoch) return { ok: false, reason: 'source_after_target' };
  if (f.sameTarget) {
    const same = f.sameTarget;
    if (same.signingRoot !== null && same.signingRoot === proposed.signingRoot && same.sourceEpoch === proposed.sourceEpoch) {
      return { ok: true, kind: 'repeat' };
    }
    return { ok: false, reason: 'double_vote' };
  }
  if (f.surroundedByExisting) return { ok: false, reason: 'surrounded_vote' };
  if (f.surroundsExisting) return { ok: false, reason: 'surrounding_vote' };
  if ((f.sourceFloor !== null && proposed.sourceEpoch < f.sourceFloor) || (f.minSource !== null && proposed.sourceEpoch < f.minSource)) {
    return { ok: false, reason: 'source_below_watermark' };
  }
  if ((f.targetFloor !== null && proposed.targetEpoch <= f.targetFloor) || (f.minTarget !== null && proposed.targetEpoch <= f.minTarget)) {
    return { ok: false, reason: 'target_below_watermark' };
  }
  return { ok: true, kind: 'new' };
}
