/**
 * The hash chain: each event's hash covers its own fields and the previous
 * event's hash, so editing, deleting, inserting or reordering any event
 * breaks every later link. Signed checkpoints anchor the head, so truncating
 * the tail is caught too. Pure functions: the store and exports both feed them.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical.js';
import type { AuditEventRecord, CheckpointRecord } from '../store/records.js';
import { fromHex, toHex, utf8 } from '../crypto/bytes.js';
import { getAlgorithm } from '../crypto/algorithms.js';

const ed25519 = () => getAlgorithm('ed25519');

export const GENESIS_HASH = '0'.repeat(64);

export type EventBody = Omit<AuditEventRecord, 'hash'>;

export function eventHash(e: EventBody): string {
  const body = canonicalJson({
    seq: e.seq,
    ts: e.ts,
    actor: e.actor,
    action: e.action,
    subject: e.subject,
    details: JSON.parse(e.details) as unknown,
    prev: e.prevHash,
  });
  return createHash('sha256').update(body).digest('hex');
}

/**
 * `eventHash` of an event whose `details` is canonical JSON already (what `appendEvent` writes: the
 * output of canonicalJson, which parses back to itself): the same bytes hashed, built without parsing
 * the details and writing them again. The keys in canonical (sorted) order.
 */
export function canonicalEventHash(e: EventBody): string {
  if (!Number.isSafeInteger(e.seq)) throw new TypeError('canonicalEventHash: seq is not an integer');
  for (const f of [e.action, e.actor, e.prevHash, e.subject, e.ts, e.details]) {
    if (typeof f !== 'string') throw new TypeError('canonicalEventHash: a text field is not a string'); // would hash unlike eventHash
  }
  const s = JSON.stringify;
  const body = `{"action":${s(e.action)},"actor":${s(e.actor)},"details":${e.details},"prev":${s(e.prevHash)},"seq":${e.seq},"subject":${s(e.subject)},"ts":${s(e.ts)}}`;
  return createHash('sha256').update(body).digest('hex');
}

export function checkpointMessage(instanceId: string, c: Omit<CheckpointRecord, 'signature'>): Uint8Array {
  return utf8(`custos-audit-checkpoint:v1:${instanceId}:${c.seq}:${c.hash}:${c.ts}`);
}

export function signCheckpoint(instanceId: string, auditSecret: Uint8Array, c: Omit<CheckpointRecord, 'signature'>): CheckpointRecord {
  return { ...c, signature: toHex(ed25519().sign(auditSecret, checkpointMessage(instanceId, c))) };
}

export interface ChainProblem {
  seq: number;
  reason: string;
}

export interface VerifyResult {
  ok: boolean;
  events: number;
  headSeq: number;
  headHash: string;
  checkpoints: number;
  /** Events after the newest valid checkpoint (not yet anchored by a signature). */
  unanchored: number;
  firstBroken?: ChainProblem;
}

/**
 * Incremental verifier: feed events in seq order, then checkpoints. Reports
 * the first broken link: a gap or reordering in seq, a prev hash that does not
 * match, a hash that does not match the event's content, or a checkpoint whose
 * signature or hash does not match (or that points past the end: truncation).
 */
export class ChainVerifier {
  private prevHash = GENESIS_HASH;
  private expectedSeq = 1;
  private readonly hashes = new Map<number, string>();
  private problem: ChainProblem | undefined;
  private count = 0;
  private checkpointCount = 0;
  private anchoredSeq = 0;

  constructor(
    private readonly instanceId: string,
    private readonly auditPublicKey: Uint8Array | null,
  ) {}

  private fail(seq: number, reason: string): void {
    this.problem ??= { seq, reason };
  }

  addEvent(e: AuditEventRecord): void {
    if (this.problem) return;
    this.count++;
    if (e.seq !== this.expectedSeq) return this.fail(this.expectedSeq, `expected event ${this.expectedSeq}, found ${e.seq} (deleted, inserted or reordered)`);
    if (e.prevHash !== this.prevHash) return this.fail(e.seq, 'previous-hash link does not match the preceding event');
    let h: string;
    try {
      h = eventHash(e);
    } catch {
      return this.fail(e.seq, 'event body is not valid');
    }
    if (h !== e.hash) return this.fail(e.seq, 'event content does not match its hash (edited)');
    this.hashes.set(e.seq, e.hash);
    this.prevHash = e.hash;
    this.expectedSeq++;
  }

  addCheckpoint(c: CheckpointRecord): void {
    if (this.problem) return;
    this.checkpointCount++;
    if (this.auditPublicKey) {
      let sig: Uint8Array;
      try {
        sig = fromHex(c.signature, 'checkpoint.signature', 64);
      } catch {
        return this.fail(c.seq, 'checkpoint signature is malformed');
      }
      if (!ed25519().verify(this.auditPublicKey, checkpointMessage(this.instanceId, c), sig)) {
        return this.fail(c.seq, 'checkpoint signature does not verify under the audit key');
      }
    }
    const h = this.hashes.get(c.seq);
    if (h === undefined) return this.fail(c.seq, `checkpoint covers event ${c.seq}, which is missing (trail truncated)`);
    if (h !== c.hash) return this.fail(c.seq, 'checkpoint hash does not match the event it covers');
    this.anchoredSeq = Math.max(this.anchoredSeq, c.seq);
  }

  result(): VerifyResult {
    const headSeq = this.expectedSeq - 1;
    const r: VerifyResult = {
      ok: this.problem === undefined,
      events: this.count,
      headSeq,
      headHash: this.prevHash,
      checkpoints: this.checkpointCount,
      unanchored: Math.max(0, headSeq - this.anchoredSeq),
    };
    if (this.problem) r.firstBroken = this.problem;
    return r;
  }
}
