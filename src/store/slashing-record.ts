/**
 * EIP-3076 check-and-record of one duty inside a transaction the caller
 * holds: the validator's lock first (PostgreSQL: a transaction-scoped
 * advisory lock keyed by the public key; SQLite: the file's writer lock,
 * already held), then the reads the pure rules (slashing-rules.ts) decide
 * on, then the insert. Used by `SlashingProtection` (a transaction per duty)
 * and by `repo.eth2` (the signing request's own transaction, so the record
 * and the request that returns the signature commit together).
 */
import { createHash } from 'node:crypto';
import { CustosError } from '../errors.js';
import { write, type SqlExecutor, type SqlValue } from './driver.js';
import { checkAttestation, checkBlock, type SlashingVerdict } from './slashing-rules.js';
import { ensureValidator, historyIn, mergeHistoryIn, num, text, type ValidatorHistory } from './slashing-history.js';

/** The advisory-lock key of one validator: the first 8 bytes of SHA-256("custos-eth2-validator:" + pubkey), signed. */
export function validatorLockKey(pubkey: string): bigint {
  return createHash('sha256').update(`custos-eth2-validator:${pubkey}`).digest().readBigInt64BE(0);
}

/** Take the locks of `pubkeys` in the caller's transaction (PostgreSQL only; sorted, so two lockers never deadlock). */
export async function lockValidators(x: SqlExecutor, postgres: boolean, pubkeys: readonly string[]): Promise<void> {
  if (!postgres) return;
  // A driver transaction takes them itself, in the order of every fine lock (decision 0028; the same keys as below).
  if (x.postLock) return x.postLock('validator', pubkeys); // the reads after it run once it is held (decision 0033)
  if (x.lock) return void (await x.lock('validator', pubkeys));
  const keys = [...new Set(pubkeys.map((p) => validatorLockKey(p)))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const k of keys) await x.get('SELECT pg_advisory_xact_lock(?::bigint) AS locked', [k.toString()]);
}

function refused(v: Exclude<SlashingVerdict, { ok: true }>, pubkey: string, duty: Record<string, number>): CustosError {
  return new CustosError('E_SLASHABLE', `slashing protection refused the ${'slot' in duty ? 'block' : 'attestation'}: ${v.reason.replace(/_/g, ' ')}`, {
    reason: v.reason,
    pubkey,
    ...duty,
  });
}

/** Whether a database value is true (SQLite answers 0/1, PostgreSQL booleans or numeric strings). */
const truthy = (v: unknown): boolean => v === true || Number(v) === 1;

/** The chain a store protects, as a column of the statement that reads a validator's facts. */
const GENESIS_COLUMN = "(SELECT m.value FROM eth2_meta m WHERE m.name = 'genesis_validators_root') AS gvr";

/**
 * The validator's row and what the rules decide on, in one statement (the row, its watermarks, the
 * aggregates over its records and the store's genesis root); a first duty creates the row (no records
 * can exist without it). `genesisRoot`: the duty's chain, refused (E_BAD_INPUT) when the store protects
 * another, and bound at the store's first use, as `bindGenesisIn`, before anything is written.
 */
async function validatorFacts(
  x: SqlExecutor,
  pubkey: string,
  sql: string,
  params: SqlValue[],
  genesisRoot: string | undefined,
): Promise<Record<string, unknown> | undefined> {
  const row = await x.get<Record<string, unknown>>(sql, params);
  if (genesisRoot !== undefined) {
    if (row?.gvr == null)
      await bindGenesisIn(x, genesisRoot); // a first duty (of the validator or of the store)
    else if (row.gvr !== genesisRoot) throw otherChain();
  }
  if (!row) await ensureValidator(x, pubkey);
  return row;
}

/**
 * Check a block proposal and record it in the caller's transaction: 'new' or 'repeat', else E_SLASHABLE;
 * with `genesisRoot`, first refuse another chain's duty (E_BAD_INPUT) as `bindGenesisIn`.
 */
export async function recordBlockIn(
  x: SqlExecutor,
  postgres: boolean,
  pubkey: string,
  slot: number,
  signingRoot: string,
  genesisRoot?: string,
): Promise<'new' | 'repeat'> {
  await lockValidators(x, postgres, [pubkey]);
  const f = await validatorFacts(
    x,
    pubkey,
    `SELECT v.block_slot_floor AS floor,
       (SELECT MIN(b.slot) FROM eth2_signed_blocks b WHERE b.pubkey = v.pubkey) AS min_slot,
       (SELECT COUNT(*) FROM eth2_signed_blocks b WHERE b.pubkey = v.pubkey AND b.slot = ?) AS same,
       (SELECT b.signing_root FROM eth2_signed_blocks b WHERE b.pubkey = v.pubkey AND b.slot = ?) AS same_root,
       ${GENESIS_COLUMN}
     FROM eth2_validators v WHERE v.pubkey = ?`,
    [slot, slot, pubkey],
    genesisRoot,
  );
  const verdict = checkBlock(
    {
      floor: num(f?.floor),
      minSlot: num(f?.min_slot),
      sameSlot: f && Number(f.same) > 0 ? { slot, signingRoot: text(f.same_root) } : undefined,
    },
    { slot, signingRoot },
  );
  if (!verdict.ok) throw refused(verdict, pubkey, { slot });
  // Posted where the driver pipelines (its row count decides nothing; a failure fails the transaction, so no signature leaves).
  if (verdict.kind === 'new') await write(x, 'INSERT INTO eth2_signed_blocks (pubkey, slot, signing_root) VALUES (?, ?, ?)', [pubkey, slot, signingRoot]);
  return verdict.kind;
}

/** Check an attestation (source, target, signingRoot) and record it in the caller's transaction; as recordBlockIn. */
export async function recordAttestationIn(
  x: SqlExecutor,
  postgres: boolean,
  pubkey: string,
  sourceEpoch: number,
  targetEpoch: number,
  signingRoot: string,
  genesisRoot?: string,
): Promise<'new' | 'repeat'> {
  await lockValidators(x, postgres, [pubkey]);
  const f = await validatorFacts(
    x,
    pubkey,
    `SELECT v.att_source_floor AS source_floor, v.att_target_floor AS target_floor,
       (SELECT MIN(a.source_epoch) FROM eth2_signed_attestations a WHERE a.pubkey = v.pubkey) AS min_source,
       (SELECT MIN(a.target_epoch) FROM eth2_signed_attestations a WHERE a.pubkey = v.pubkey) AS min_target,
       (SELECT a.source_epoch FROM eth2_signed_attestations a WHERE a.pubkey = v.pubkey AND a.target_epoch = ?) AS same_source,
       (SELECT a.signing_root FROM eth2_signed_attestations a WHERE a.pubkey = v.pubkey AND a.target_epoch = ?) AS same_root,
       CASE WHEN EXISTS (SELECT 1 FROM eth2_signed_attestations a WHERE a.pubkey = v.pubkey AND a.target_epoch > ? AND a.source_epoch < ?)
         THEN 1 ELSE 0 END AS surrounded,
       CASE WHEN EXISTS (SELECT 1 FROM eth2_signed_attestations a WHERE a.pubkey = v.pubkey AND a.target_epoch < ? AND a.source_epoch > ?)
         THEN 1 ELSE 0 END AS surrounds,
       ${GENESIS_COLUMN}
     FROM eth2_validators v WHERE v.pubkey = ?`,
    [targetEpoch, targetEpoch, targetEpoch, sourceEpoch, targetEpoch, sourceEpoch, pubkey],
    genesisRoot,
  );
  const verdict = checkAttestation(
    {
      sourceFloor: num(f?.source_floor),
      targetFloor: num(f?.target_floor),
      minSource: num(f?.min_source),
      minTarget: num(f?.min_target),
      // source_epoch is NOT NULL, so a value means the row exists (its signing root may be NULL: unknown).
      sameTarget: f?.same_source != null ? { sourceEpoch: Number(f.same_source), targetEpoch, signingRoot: text(f.same_root) } : undefined,
      surroundedByExisting: truthy(f?.surrounded),
      surroundsExisting: truthy(f?.surrounds),
    },
    { sourceEpoch, targetEpoch, signingRoot },
  );
  if (!verdict.ok) throw refused(verdict, pubkey, { sourceEpoch, targetEpoch });
  if (verdict.kind === 'new') {
    await write(x, 'INSERT INTO eth2_signed_attestations (pubkey, source_epoch, target_epoch, signing_root) VALUES (?, ?, ?, ?)', [
      pubkey,
      sourceEpoch,
      targetEpoch,
      signingRoot,
    ]);
  }
  return verdict.kind;
}

/**
 * The chain a store protects: binds it to `root` at first use and refuses
 * another (E_BAD_INPUT), in the caller's transaction.
 */
export async function bindGenesisIn(x: SqlExecutor, root: string): Promise<void> {
  const read = () => x.get<{ value: string }>("SELECT value FROM eth2_meta WHERE name = 'genesis_validators_root'");
  let r = await read(); // once bound, the one statement of every duty
  if (!r) {
    await x.run("INSERT INTO eth2_meta (name, value) VALUES ('genesis_validators_root', ?) ON CONFLICT (name) DO NOTHING", [root]);
    r = await read();
  }
  if (r?.value !== root) throw otherChain();
}

function otherChain(): CustosError {
  return new CustosError('E_BAD_INPUT', 'genesis_validators_root differs from the one this store protects', { field: 'genesis_validators_root' });
}

/** Slashing protection inside a `Repo`'s transaction (`repo.eth2`). */
export class Eth2Repo {
  constructor(
    private readonly x: SqlExecutor,
    private readonly postgres: boolean,
  ) {}

  checkAndRecordBlock(pubkey: string, slot: number, signingRoot: string, genesisValidatorsRoot?: string): Promise<'new' | 'repeat'> {
    return recordBlockIn(this.x, this.postgres, pubkey, slot, signingRoot, genesisValidatorsRoot);
  }

  checkAndRecordAttestation(
    pubkey: string,
    sourceEpoch: number,
    targetEpoch: number,
    signingRoot: string,
    genesisValidatorsRoot?: string,
  ): Promise<'new' | 'repeat'> {
    return recordAttestationIn(this.x, this.postgres, pubkey, sourceEpoch, targetEpoch, signingRoot, genesisValidatorsRoot);
  }

  /** Take the locks of `pubkeys` for the rest of the transaction (sorted; PostgreSQL only, SQLite holds its writer lock). */
  lock(pubkeys: readonly string[]): Promise<void> {
    return lockValidators(this.x, this.postgres, pubkeys);
  }

  /** Merge interchange data for validators whose locks the caller took; refuses another chain's genesis root (E_BAD_INPUT). */
  async importHistory(genesisValidatorsRoot: string, data: readonly ValidatorHistory[]): Promise<void> {
    await bindGenesisIn(this.x, genesisValidatorsRoot);
    await mergeHistoryIn(this.x, data);
  }

  /** The histories of `pubkeys` (those with records), in this transaction. */
  history(pubkeys: readonly string[]): Promise<ValidatorHistory[]> {
    return historyIn(this.x, pubkeys);
  }

  /** The genesis validators root this store protects, or null before the first duty or import. */
  async genesisRoot(): Promise<string | null> {
    const r = await this.x.get<{ value: string }>("SELECT value FROM eth2_meta WHERE name = 'genesis_validators_root'");
    return r ? r.value : null;
  }
}
