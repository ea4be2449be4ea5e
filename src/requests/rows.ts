/**
 * Request rows: planning a stored payload, building a new request row with
 * its row MAC, reading one back MAC-checked, compare-and-set transitions,
 * the decision's audit event, and what callers may see. The layer every
 * part of the request service (submission, execution, approvals, governed
 * admin actions) builds on.
 */
import { randomUUID } from 'node:crypto';
import { CustosError } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import { auditActor, type Actor } from '../access/actor.js';
import { requestDigest } from '../auth/approval.js';
import type { Instance } from '../keystore/instance.js';
import type { Keys } from '../keystore/keys.js';
import type { Repo } from '../store/repo.js';
import type { ApprovalRecord, RequestRecord, RequestStatus } from '../store/records.js';
import type { Plan } from './plans.js';
import type { PayloadPlanner, Planners } from './types.js';
import { requestView, type RequestView, type StoredDecision } from './view.js';
import { deniedPayload, storedFacts, type StoredPayload } from './stored.js';
import type { RequestLimits } from './quota.js';

export interface RequestOptions {
  ttlMs: number;
  now: () => number;
  limits?: RequestLimits;
}

export class RequestRows {
  constructor(
    readonly inst: Instance,
    readonly keys: Keys,
    readonly opts: RequestOptions,
    private readonly planners: Planners,
  ) {}

  /** The planner for a payload type (threshold parties re-plan payloads with the same code). */
  planner(type: string): PayloadPlanner {
    const planner = Object.hasOwn(this.planners, type) ? this.planners[type] : undefined;
    if (!planner) throw new CustosError('E_UNSUPPORTED', `no signer for ${String(type).slice(0, 32)} payloads`);
    return planner;
  }

  plan(repo: Repo, payload: { type: string }): Promise<Plan> {
    return this.planner(payload.type)(repo, this.keys, payload);
  }

  /** A new request row with its MAC (see `newRow`). */
  newRecord(...args: Parameters<RequestRows['newRow']>): RequestRecord {
    return this.withMac(this.newRow(...args));
  }

  /** A new request row, not yet MACed. A denied signing request keeps only a digest of its payload (`algorithm`: its key's, for that digest). */
  newRow(
    actor: Actor,
    kind: string,
    keyName: string | null,
    payload: unknown,
    facts: unknown,
    d: StoredDecision,
    idem: string | null,
    nowMs: number,
    valueUsd = 0,
    deferred = false,
    algorithm?: string,
    id: string = randomUUID(),
  ): Omit<RequestRecord, 'mac'> {
    const now = new Date(nowMs).toISOString();
    // A threshold signature is made outside the transaction: an allowed request waits as approved, due now.
    const status: RequestStatus = d.outcome === 'deny' ? 'denied' : d.approvals ? 'pending' : d.delayMs > 0 || deferred ? 'approved' : 'signed';
    return {
      id,
      kind,
      principalId: actor.id,
      principalName: actor.name,
      keyName,
      status,
      idempotencyKey: idem,
      payload: JSON.stringify(status === 'denied' && algorithm ? deniedPayload(payload as StoredPayload, algorithm) : payload),
      facts: JSON.stringify(storedFacts(facts)),
      decision: JSON.stringify(d),
      digest: requestDigest({ id, kind, principal: actor.name, key: keyName, payload, createdAt: now }),
      valueUsd,
      notBefore: status === 'approved' ? new Date(nowMs + d.delayMs).toISOString() : null,
      expiresAt: new Date(nowMs + this.opts.ttlMs).toISOString(),
      result: null,
      createdAt: now,
      updatedAt: now,
      signedAt: null,
    };
  }

  withMac(r: Omit<RequestRecord, 'mac'>): RequestRecord {
    return this.inst.records.sign('requests', r);
  }

  /** A stored request with its row MAC checked: status, decision and payload cannot have been edited. */
  checked(r: RequestRecord): RequestRecord {
    return this.inst.records.verify('requests', r);
  }

  /** Compare-and-set a request from one of `from` to a new state (with its new MAC). */
  async move(
    repo: Repo,
    rec: RequestRecord,
    from: readonly RequestStatus[],
    change: Partial<Pick<RequestRecord, 'status' | 'result' | 'notBefore' | 'signedAt'>>,
    now: string,
  ): Promise<boolean> {
    return repo.requests.transition(this.withMac({ ...rec, ...change, updatedAt: now }), from);
  }

  async auditDecision(repo: Repo, actor: Actor, rec: RequestRecord, d: StoredDecision): Promise<void> {
    await appendEvent(repo, {
      actor: auditActor(actor),
      action: 'request.decide',
      subject: `request/${rec.id}`,
      details: {
        kind: rec.kind,
        key: rec.keyName,
        outcome: d.outcome,
        status: rec.status,
        rule: d.rule,
        reason: d.reason,
        policyVersion: d.policyVersion,
        factsDigest: d.factsDigest,
        digest: rec.digest,
        ...(d.approvals ? { approvals: d.approvals } : {}),
        ...(d.delayMs ? { delayMs: d.delayMs } : {}),
        ...(d.risk ? { risk: { score: d.risk.score, codes: d.risk.codes } } : {}),
        ...(d.freeze ? { freeze: d.freeze } : {}),
      },
    });
  }

  /** The requester as it is now: the local operator, or an active (MAC-checked) principal; null when revoked or gone. */
  async requester(repo: Repo, rec: RequestRecord): Promise<Actor | null> {
    if (rec.principalId === 'local') return { id: 'local', name: rec.principalName, role: 'admin', kind: 'local', tags: {} };
    const p = await repo.access.principalById(rec.principalId);
    if (!p || p.state !== 'active') return null;
    this.inst.records.verify('principals', p);
    return { id: p.id, name: p.name, role: p.role, kind: 'api', tags: p.tags };
  }

  /** Agents see only their own requests, guardians only recoveries; a hidden request looks like a missing one. */
  async visible(repo: Repo, actor: Actor, id: string, forApproval: boolean): Promise<RequestRecord> {
    const rec = await repo.requests.get(id);
    const own = rec?.principalId === actor.id;
    if (!rec || (actor.role === 'agent' && !own && !forApproval) || (actor.role === 'guardian' && rec.kind !== 'admin:recovery'))
      throw new CustosError('E_REQUEST_NOT_FOUND', `no request ${id}`);
    return rec;
  }

  /** `approvals`: the request's approvals when the caller knows them (a request filed in this transaction has none). */
  view(repo: Repo, r: RequestRecord, approvals?: ApprovalRecord[]): Promise<RequestView> {
    return requestView(repo, r, approvals);
  }
}
