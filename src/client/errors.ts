/**
 * What the viem and ethers adapters throw when custos does not sign at once:
 * the request waits (CustosPendingError) or ended without a signature
 * (CustosDeniedError). Both are CustosErrors whose fields are typed
 * properties, not `details`: viem reads `details` of an error a custom
 * account throws as a string (`getNodeError`), so these leave it undefined,
 * and viem and ethers pass them through as they are (viem as the `cause` of
 * its own error: find ours with `err.walk((e) => e instanceof CustosPendingError)`).
 *
 * @example
 *   try {
 *     await wallet.sendTransaction({ to, value });
 *   } catch (err) {
 *     const pending = err instanceof BaseError ? err.walk((e) => e instanceof CustosPendingError) : err;
 *     if (pending instanceof CustosPendingError) console.log(`approve ${pending.requestId}: waits for ${pending.waitsFor}`);
 *   }
 */
import { CustosError } from '../errors.js';

/** What a pending request waits for (the server's `waitingFor`). */
export interface WaitingFor {
  /** Approvals still to come: `count` from role `from`; who approved so far. */
  approvals?: { count: number; from: string; approvedBy: string[] };
  /** The rule's delay: not signed before this time (ISO 8601). */
  notBefore?: string;
}

/** The request fields the errors carry (a subset of the server's request view). */
interface RequestFacts {
  id: string;
  status: string;
  rule: string | null;
  reason?: string;
  waitingFor?: WaitingFor;
}

/** A readable "what it waits for": `1 approval from approver (approved so far: ann)`, `its delay until 2026-...`. */
export function describeWaitingFor(w: WaitingFor | undefined): string {
  const parts: string[] = [];
  if (w?.approvals) {
    const { count, from, approvedBy } = w.approvals;
    parts.push(`${count} approval${count === 1 ? '' : 's'} from ${from}${approvedBy.length ? ` (approved so far: ${approvedBy.join(', ')})` : ''}`);
  }
  if (w?.notBefore) parts.push(`its delay until ${w.notBefore}`);
  return parts.length ? parts.join(', then ') : 'its delay';
}

/** The request waits for approvals or its rule's delay; approve it (`custos request approve ID`) or pass `wait` to the adapter. */
export class CustosPendingError extends CustosError {
  readonly requestId: string;
  /** `pending` (waits for approvals) or `approved` (approved, waits for its delay). */
  readonly status: 'pending' | 'approved';
  /** The rule that escalated it. */
  readonly rule: string | null;
  readonly waitingFor: WaitingFor;
  /** `waitingFor` in words. */
  readonly waitsFor: string;

  constructor(r: RequestFacts & { status: 'pending' | 'approved' }) {
    const waitsFor = describeWaitingFor(r.waitingFor);
    super('E_PENDING', `custos request ${r.id} is ${r.status}: it waits for ${waitsFor}${r.rule ? ` (rule ${r.rule})` : ''}`);
    this.name = 'CustosPendingError';
    this.requestId = r.id;
    this.status = r.status;
    this.rule = r.rule;
    this.waitingFor = r.waitingFor ?? {};
    this.waitsFor = waitsFor;
  }
}

/** Statuses of a request that ended without a signature by a decision: policy, an approver, its requester or time. */
export type RefusedStatus = 'denied' | 'rejected' | 'cancelled' | 'expired';

/** The request ended without a signature: denied by policy (`rule` names the deny rule), rejected by an approver, cancelled or expired. */
export class CustosDeniedError extends CustosError {
  readonly requestId: string;
  readonly status: RefusedStatus;
  /** The rule that decided (the deny rule; for a rejected, cancelled or expired request the rule that required approval). */
  readonly rule: string | null;
  /** The server's reason (policy's explanation, or who rejected). */
  readonly reason: string;

  constructor(r: RequestFacts & { status: RefusedStatus }) {
    const reason = r.reason ?? '';
    super('E_DENIED', `custos request ${r.id} was ${r.status}${r.rule ? ` (rule ${r.rule})` : ''}${reason ? `: ${reason}` : ''}`);
    this.name = 'CustosDeniedError';
    this.requestId = r.id;
    this.status = r.status;
    this.rule = r.rule;
    this.reason = reason;
  }
}
