/** How a stored request is shown (API, CLI): status, rule, what it waits for, approvals, result. */
import type { Decision } from '../policy/evaluate.js';
import type { RiskFacts } from '../risk/types.js';
import type { Repo } from '../store/repo.js';
import { FINAL_STATUSES, type ApprovalRecord, type RequestRecord, type RequestStatus } from '../store/records.js';
import { describeRequest, type RequestSummary } from './describe.js';

export interface StoredDecision {
  outcome: 'allow' | 'deny';
  rule: string | null;
  reason: string;
  approvals: { count: number; from: string } | null;
  delayMs: number;
  policyVersion: number;
  factsDigest: string;
  /** The request's risk when it was decided (score, reasons): why a risk rule escalated or refused it. */
  risk?: RiskFacts;
  /** The freeze rule that matched, and what it froze. */
  freeze?: { rule: string; target: string };
  /** The payload facts it was decided on (`payload.*`: tx, typedData, btc, sol, ...), for its summary. */
  facts?: Record<string, unknown>;
}

export interface RequestView {
  id: string;
  kind: string;
  status: RequestStatus;
  principal: string;
  key: string | null;
  rule: string | null;
  reason: string;
  policyVersion: number;
  digest: string;
  payload: unknown;
  /** What it does in human terms (src/requests/describe.ts), from the facts it was decided on. */
  summary?: RequestSummary;
  waitingFor?: {
    approvals?: { count: number; from: string; approvedBy: string[] };
    notBefore?: string;
  };
  approvals: { approver: string; role: string; verdict: string; signature: string; at: string }[];
  signature?: string;
  publicKey?: string;
  algorithm?: string;
  scheme?: string;
  version?: number;
  error?: { code: string; message: string };
  risk?: RiskFacts;
  /** The full signing result (chain payloads: serialized transaction, PSBT, ...). */
  result?: Record<string, unknown>;
  createdAt: string;
  updatedAt: string;
  expiresAt: string;
}

/** Fields of a signing result shown at the top level of a view (raw signatures). */
const TOP_LEVEL = ['signature', 'publicKey', 'algorithm', 'scheme', 'version'] as const;

/** `known`: the request's approvals when the caller has them (a request filed in the same transaction has none). */
export async function requestView(repo: Repo, r: RequestRecord, known?: ApprovalRecord[]): Promise<RequestView> {
  const d = JSON.parse(r.decision) as StoredDecision;
  const approvals = known ?? (await repo.requests.approvals(r.id));
  const result = r.result ? (JSON.parse(r.result) as Record<string, unknown>) : {};
  const payload = JSON.parse(r.payload) as unknown;
  const summary = describeRequest(r.kind, d.facts, payload);
  const v: RequestView = {
    id: r.id,
    kind: r.kind,
    status: r.status,
    principal: r.principalName,
    key: r.keyName,
    rule: d.rule,
    reason: d.reason,
    policyVersion: d.policyVersion,
    digest: r.digest,
    payload,
    approvals: approvals.map((a) => ({ approver: a.approverName, role: a.approverRole, verdict: a.verdict, signature: a.signature, at: a.createdAt })),
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    expiresAt: r.expiresAt,
    // In the order the API serializes it (RequestOut: optional fields after the required ones).
    ...(summary ? { summary } : {}),
  };
  if (!FINAL_STATUSES.includes(r.status)) {
    v.waitingFor = {};
    if (r.status === 'pending' && d.approvals) {
      v.waitingFor.approvals = { ...d.approvals, approvedBy: approvals.filter((a) => a.verdict === 'approve').map((a) => a.approverName) };
    }
    const notBefore = r.notBefore ?? (d.delayMs ? `${d.delayMs / 1000}s after the last approval` : undefined);
    if (notBefore) v.waitingFor.notBefore = notBefore;
  }
  for (const k of TOP_LEVEL) if (result[k] !== undefined) (v as unknown as Record<string, unknown>)[k] = result[k];
  if (result.error) v.error = result.error as RequestView['error'];
  if (d.risk) v.risk = d.risk; // in the contract's field order (RequestOut): after error, before result
  if (!result.error && r.status === 'signed') v.result = result;
  if (result.deniedAtExecution === true) {
    // Decided again when it was due, and refused then: the rule and reason are those of that second decision.
    v.rule = typeof result.rule === 'string' ? result.rule : null;
    v.reason = String(result.reason ?? '');
  }
  return v;
}

export function storedDecision(d: Decision, policyVersion: number, digest: string, risk?: RiskFacts, facts?: Record<string, unknown>): StoredDecision {
  const extra = {
    ...(risk ? { risk } : {}),
    ...(d.outcome === 'deny' && d.freeze ? { freeze: d.freeze } : {}),
    // eth2 duties are many and self-describing: their rows stay small.
    ...(facts && Object.keys(facts).length > 0 && !('eth2' in facts) ? { facts } : {}),
  };
  if (d.outcome === 'deny')
    return { outcome: 'deny', rule: d.rule, reason: d.reason, approvals: null, delayMs: 0, policyVersion, factsDigest: digest, ...extra };
  const waits = [d.approvals ? `${d.approvals.count} approval(s) from ${d.approvals.from}` : '', d.delayMs ? `a ${d.delayMs / 1000}s delay` : ''].filter(
    Boolean,
  );
  const reason = waits.length ? `allowed by rule "${d.rule}" after ${waits.join(' and ')}` : `allowed by rule "${d.rule}"`;
  return { outcome: 'allow', rule: d.rule, reason, approvals: d.approvals, delayMs: d.delayMs, policyVersion, factsDigest: digest, ...extra };
}

export type { RequestStatus };
