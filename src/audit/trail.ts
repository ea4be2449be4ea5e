/**
 * The audit trail over the store: append inside the caller's transaction (so
 * a state change and its event commit together), verify the stored chain,
 * export it as JSON lines and verify such an export offline.
 */
import { CustosError } from '../errors.js';
import type { Repo } from '../store/repo.js';
import type { AuditEventRecord, CheckpointRecord } from '../store/records.js';
import { canonicalJson } from './canonical.js';
import type { AuditAction } from './events.js';
import { ChainVerifier, GENESIS_HASH, canonicalEventHash, type VerifyResult } from './chain.js';
import { checkApprovalEvent } from './approvals.js';

export interface AuditInput {
  actor: string;
  /** One of the registered events (src/audit/events.ts). */
  action: AuditAction;
  subject: string;
  details?: Record<string, unknown>;
}

/** Detail keys that would suggest a secret is being logged; refused outright. */
const SECRET_KEY_RE = /secret|private|mnemonic|seed|passphrase|password|plaintext/i;

function assertNoSecrets(details: Record<string, unknown>, path = 'details'): void {
  for (const [k, v] of Object.entries(details)) {
    if (SECRET_KEY_RE.test(k)) throw new CustosError('E_INTERNAL', `audit detail ${path}.${k} looks like a secret and was refused`);
    if (v && typeof v === 'object' && !Array.isArray(v)) assertNoSecrets(v as Record<string, unknown>, `${path}.${k}`);
  }
}

type Unchained = Omit<AuditEventRecord, 'seq' | 'prevHash' | 'hash'>;

function chained(e: Unchained, last: AuditEventRecord | undefined): AuditEventRecord {
  const body = {
    seq: (last?.seq ?? 0) + 1,
    ts: e.ts,
    actor: e.actor,
    action: e.action,
    subject: e.subject,
    details: e.details,
    prevHash: last?.hash ?? GENESIS_HASH,
  };
  return { ...body, hash: canonicalEventHash(body) }; // e.details is canonicalJson's output (appendEvent)
}

/** Events of fine transactions waiting for their transaction's end (decision 0028), by transaction. */
const waiting = new WeakMap<Repo, Unchained[]>();

/**
 * Append one event in the given transaction. In a fine transaction
 * (`repo.defersAudit`, decision 0028) the event is chained at the
 * transaction's end, with the others it appended, under the audit-head lock
 * (held from there to the commit): one read of the head and one insert.
 */
export async function appendEvent(repo: Repo, input: AuditInput, now = new Date()): Promise<void> {
  const details = input.details ?? {};
  assertNoSecrets(details);
  const e: Unchained = { ts: now.toISOString(), actor: input.actor, action: input.action, subject: input.subject, details: canonicalJson(details) };
  if (repo.defersAudit) {
    const queued = waiting.get(repo);
    if (queued) return void queued.push(e);
    waiting.set(repo, [e]);
    repo.atEnd(async () => {
      const events = waiting.get(repo)!;
      waiting.delete(repo);
      let last = await repo.lockedLastEvent();
      const rows = events.map((u) => (last = chained(u, last)));
      await repo.insertEvents(rows);
    });
    return;
  }
  await repo.insertEvent(chained(e, await repo.lastEvent()));
}

const PAGE = 1000;

/** Walk every stored event and checkpoint in order (up to event `throughSeq` and the checkpoints it holds, when given). */
export async function* storedTrail(repo: Repo, throughSeq = Infinity): AsyncGenerator<{ event: AuditEventRecord } | { checkpoint: CheckpointRecord }> {
  const checkpoints = (await repo.listCheckpoints()).filter((c) => c.seq <= throughSeq);
  let ci = 0;
  let after = 0;
  for (;;) {
    const page = await repo.listEvents(after, PAGE);
    for (const event of page) {
      if (event.seq > throughSeq) break;
      yield { event };
      while (ci < checkpoints.length && checkpoints[ci]!.seq <= event.seq) yield { checkpoint: checkpoints[ci++]! };
      after = event.seq;
    }
    if (page.length < PAGE || after >= throughSeq) break;
  }
  while (ci < checkpoints.length) yield { checkpoint: checkpoints[ci++]! };
}

export async function verifyStoredTrail(repo: Repo, instanceId: string, auditPublicKey: Uint8Array): Promise<VerifyResult> {
  const v = new ChainVerifier(instanceId, auditPublicKey);
  for await (const item of storedTrail(repo)) {
    if ('event' in item) v.addEvent(item.event);
    else v.addCheckpoint(item.checkpoint);
  }
  return v.result();
}

export const EXPORT_FORMAT = 'custos-audit/1';

export interface ExportHeader {
  type: 'header';
  format: typeof EXPORT_FORMAT;
  instanceId: string;
  auditPublicKey: string;
  exportedAt: string;
}

/**
 * Export lines (without trailing newlines): a header, then events with their checkpoints in seq order,
 * up to event `throughSeq` when given (so an export that ends at a checkpoint is not extended by events
 * appended meanwhile, which no checkpoint would cover).
 */
export async function* exportTrail(repo: Repo, header: Omit<ExportHeader, 'type' | 'format'>, throughSeq?: number): AsyncGenerator<string> {
  yield JSON.stringify({ type: 'header', format: EXPORT_FORMAT, ...header });
  for await (const item of storedTrail(repo, throughSeq)) {
    if ('event' in item) {
      const { details, ...rest } = item.event;
      yield JSON.stringify({ type: 'event', ...rest, details: JSON.parse(details) as unknown });
    } else {
      yield JSON.stringify({ type: 'checkpoint', ...item.checkpoint });
    }
  }
}

function str(o: Record<string, unknown>, k: string): string {
  const v = o[k];
  if (typeof v !== 'string') throw new Error(`field ${k} is not a string`);
  return v;
}

function num(o: Record<string, unknown>, k: string): number {
  const v = o[k];
  if (typeof v !== 'number' || !Number.isSafeInteger(v)) throw new Error(`field ${k} is not an integer`);
  return v;
}

/** The approvals an export holds: how many verified, and which did not (src/audit/approvals.ts). */
export interface ApprovalsResult {
  verified: number;
  invalid: { seq: number; requestId: string; approver: string; verdict: string }[];
}

/**
 * Verify an exported trail against a trusted audit public key (the header's
 * key is informational only), and every approval and rejection in it against
 * the approver key it records (P-256 or passkey). A malformed line is reported
 * as the first break; an approval whose signature does not verify makes the
 * trail not ok.
 */
export async function verifyExport(
  lines: AsyncIterable<string> | Iterable<string>,
  auditPublicKey: Uint8Array,
): Promise<VerifyResult & { instanceId?: string; approvals?: ApprovalsResult }> {
  const approvals: ApprovalsResult = { verified: 0, invalid: [] };
  const r = await verifyChain(lines, auditPublicKey, (e) => {
    const c = checkApprovalEvent(e);
    if (!c) return;
    if (c.valid) approvals.verified++;
    else approvals.invalid.push({ seq: c.seq, requestId: c.requestId, approver: c.approver, verdict: c.verdict });
  });
  const bad = approvals.invalid[0];
  if (r.ok && bad)
    return {
      ...r,
      ok: false,
      firstBroken: { seq: bad.seq, reason: `the ${bad.verdict} of request ${bad.requestId} by ${bad.approver} does not verify under the key it records` },
      approvals,
    };
  return { ...r, approvals };
}

async function verifyChain(
  lines: AsyncIterable<string> | Iterable<string>,
  auditPublicKey: Uint8Array,
  onEvent: (e: { seq: number; action: string; subject: string; actor: string; details: unknown }) => void,
): Promise<VerifyResult & { instanceId?: string }> {
  let verifier: ChainVerifier | undefined;
  let instanceId: string | undefined;
  let lineNo = 0;
  const broken = (reason: string): VerifyResult & { instanceId?: string } => ({
    ok: false,
    events: 0,
    headSeq: 0,
    headHash: GENESIS_HASH,
    checkpoints: 0,
    unanchored: 0,
    firstBroken: { seq: 0, reason },
    ...(instanceId ? { instanceId } : {}),
  });
  for await (const raw of lines) {
    lineNo++;
    const line = raw.trim();
    if (!line) continue;
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return verifier
        ? { ...verifier.result(), ok: false, firstBroken: { seq: 0, reason: `line ${lineNo} is not JSON` }, ...(instanceId ? { instanceId } : {}) }
        : broken(`line ${lineNo} is not JSON`);
    }
    try {
      if (!verifier) {
        if (o.type !== 'header' || o.format !== EXPORT_FORMAT) return broken('first line is not a custos-audit/1 header');
        instanceId = str(o, 'instanceId');
        verifier = new ChainVerifier(instanceId, auditPublicKey);
      } else if (o.type === 'event') {
        verifier.addEvent({
          seq: num(o, 'seq'),
          ts: str(o, 'ts'),
          actor: str(o, 'actor'),
          action: str(o, 'action'),
          subject: str(o, 'subject'),
          details: canonicalJson(o.details ?? {}),
          prevHash: str(o, 'prevHash'),
          hash: str(o, 'hash'),
        });
        onEvent({ seq: num(o, 'seq'), action: str(o, 'action'), subject: str(o, 'subject'), actor: str(o, 'actor'), details: o.details });
      } else if (o.type === 'checkpoint') {
        verifier.addCheckpoint({ seq: num(o, 'seq'), hash: str(o, 'hash'), ts: str(o, 'ts'), signature: str(o, 'signature') });
      } else {
        throw new Error(`unknown line type`);
      }
    } catch (e) {
      const r = verifier ? verifier.result() : broken('');
      return {
        ...r,
        ok: false,
        firstBroken: r.firstBroken ?? { seq: 0, reason: `line ${lineNo}: ${(e as Error).message}` },
        ...(instanceId ? { instanceId } : {}),
      };
    }
  }
  if (!verifier) return broken('the file is empty');
  const r = verifier.result();
  if (r.ok && r.checkpoints === 0)
    return { ...r, ok: false, firstBroken: { seq: r.headSeq, reason: 'no signed checkpoint: the trail is not anchored' }, instanceId: instanceId! };
  return { ...r, instanceId: instanceId! };
}
