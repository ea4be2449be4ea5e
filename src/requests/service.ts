/**
 * Signing requests: every signature through the API is a request that the
 * policy decides (allow now, allow after approvals and/or a delay, deny).
 *
 *   pending --approvals--> approved --delay--> signed
 *      |          \--(no delay)-------------> signed
 *      +--> rejected | expired | cancelled          (failed: signing refused at execution)
 *
 * Each transition is one transaction with its audit event; the velocity the
 * decision reads and the row that extends it commit together, and every
 * transition is a compare-and-set on the status, so approval counting and
 * delayed execution happen exactly once.
 */
import { randomUUID } from 'node:crypto';
import { CustosError, isCustosError } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import { auditActor, requireRole, type Actor } from '../access/actor.js';
import { requestDigest, verifyApproval, type Verdict } from '../auth/approval.js';
import { publicKeyFromHex } from '../auth/credential.js';
import { verifiedApprovers } from '../access/approvals.js';
import { evaluatePolicy, factsDigest, type Decision } from '../policy/evaluate.js';
import type { PolicyService } from '../policy/service.js';
import type { Instance } from '../keystore/instance.js';
import { signAudit, type Keys, type SignResult } from '../keystore/keys.js';
import type { SignInput } from '../keystore/payload.js';
import type { Repo } from '../store/repo.js';
import { principalMacFields, requestMacFields, type RequestRecord, type RequestStatus } from '../store/records.js';
import { planRaw, type Plan, type RawPayload, type SigningTask } from './plans.js';
import type { PayloadPlanner, Planners } from './types.js';
import { requestView, storedDecision, type RequestView, type StoredDecision } from './view.js';
import { gatherFacts } from './facts.js';
import { deniedPayload, sameRequest, storedFacts, type StoredPayload } from './stored.js';
import { admit, DEFAULT_LIMITS, type RequestLimits } from './quota.js';
import type { SignContext } from '../party/protocol.js';
import { govKey, recordGovProof, type GovProof } from '../threshold/governance.js';
import { ThresholdVault } from '../threshold/vault.js';
import type { Role } from '../store/records.js';

export type { RequestView } from './view.js';
import { executeAdmin, isNetworkAction, validateAdmin, type AdminAction, type AdminExecutors, type ThresholdHooks } from './admin.js';

/** A raw signing request: the raw payload's fields plus the request metadata. */
export type SignRequestInput = Omit<RawPayload, 'type'> & { note?: string; tags?: Record<string, string>; idempotencyKey?: string };

export type { StoredPayload } from './stored.js';

export type { Planners } from './types.js';

export const DEFAULT_REQUEST_TTL_MS = 24 * 3600_000;
const SUBMIT_ROLES = ['agent', 'operator', 'admin'] as const;

/** Signatures made before the recording transaction (threshold keys), or the error that stopped them. */
type Presigned = { results: { sig: SignResult; input: SignInput }[]; output: Record<string, unknown> } | { error: unknown };

export class Requests {
  /** Deferred (threshold) executions running in this process. */
  private readonly inFlight = new Set<string>();

  /** Best effort, after the transaction: parties assess the request and time delays from this. */
  private announce(rec: RequestRecord, refs: string[]): void {
    const hooks = this.threshold;
    if (!hooks) return;
    void signContext(this.inst.store.read, rec)
      .then((ctx) => hooks.announce(ctx, refs))
      .catch(() => undefined);
  }

  constructor(
    private readonly inst: Instance,
    private readonly keys: Keys,
    private readonly policies: PolicyService,
    private readonly admin: AdminExecutors,
    private readonly opts: { ttlMs: number; now: () => number; limits?: RequestLimits } = { ttlMs: DEFAULT_REQUEST_TTL_MS, now: Date.now },
    private readonly planners: Planners = { raw: planRaw },
    private readonly threshold: ThresholdHooks | null = null,
  ) {}

  // ---- submission ------------------------------------------------------------

  /** Submit a raw signing request (bytes or a digest with one key). */
  async submitSign(actor: Actor, input: SignRequestInput): Promise<RequestView> {
    const { note, tags, idempotencyKey, ...raw } = input;
    return this.submit(actor, { type: 'raw', ...stripUndefined(raw) }, { note, tags, idempotencyKey });
  }

  /** The planner for a payload type (threshold parties re-plan payloads with the same code). */
  planner(type: string): PayloadPlanner {
    const planner = Object.hasOwn(this.planners, type) ? this.planners[type] : undefined;
    if (!planner) throw new CustosError('E_UNSUPPORTED', `no signer for ${String(type).slice(0, 32)} payloads`);
    return planner;
  }

  private plan(repo: Repo, payload: { type: string }): Promise<Plan> {
    return this.planner(payload.type)(repo, this.keys, payload);
  }

  /**
   * Submit any signing payload: planned (facts, value, digests), decided by
   * policy, recorded, and signed at once when nothing is to wait for; one
   * transaction throughout.
   */
  async submit(actor: Actor, payload: { type: string } & Record<string, unknown>, meta: { note?: string | undefined; tags?: Record<string, string> | undefined; idempotencyKey?: string | undefined }): Promise<RequestView> {
    requireRole(actor, SUBMIT_ROLES, 'submitting a signing request');
    this.inst.barrier.assertUnsealed();
    const note = meta.note ?? '';
    if (note.length > 1024) throw new CustosError('E_BAD_INPUT', 'note longer than 1024 characters', { field: 'note' });
    if (meta.idempotencyKey !== undefined && !/^[A-Za-z0-9._:-]{1,128}$/.test(meta.idempotencyKey)) {
      throw new CustosError('E_BAD_INPUT', 'idempotencyKey must be 1..128 characters of [A-Za-z0-9._:-]', { field: 'idempotencyKey' });
    }
    const stored: StoredPayload = { ...payload, note, tags: meta.tags ?? {} };
    let defer: string | null = null;
    let announce: { rec: RequestRecord; refs: string[] } | null = null;
    const view = await this.inst.store.tx(async (repo) => {
      if (meta.idempotencyKey) {
        const found = await repo.requests.byIdempotencyKey(actor.id, meta.idempotencyKey);
        if (found) {
          const prior = this.checked(found); // a retry must never return an edited result or status
          if (!sameRequest(prior, stored)) {
            throw new CustosError('E_IDEMPOTENCY_CONFLICT', `idempotency key ${meta.idempotencyKey} was used for a different request (${prior.id})`, { requestId: prior.id });
          }
          return this.view(repo, prior);
        }
      }
      const nowMs = this.opts.now();
      const plan = await this.plan(repo, stored);
      for (const ref of new Set(plan.tasks.map((t) => t.ref))) {
        const k = await this.keys.facts(repo, ref, plan.tasks.find((t) => t.ref === ref)?.curve);
        if (k.state === 'destroyed') throw new CustosError('E_KEY_DESTROYED', `key "${k.name}" was destroyed`, { key: k.name });
        if (k.state === 'disabled') throw new CustosError('E_KEY_DISABLED', `key "${k.name}" is disabled`, { key: k.name });
      }
      const { facts, key } = await gatherFacts(
        repo,
        this.keys,
        actor,
        { key: plan.key, ...(plan.curve ? { curve: plan.curve } : {}), scheme: plan.scheme, size: plan.size, note, tags: stored.tags, kind: plan.kind, payloadFacts: plan.payloadFacts },
        nowMs,
      );
      const { version, policy } = await this.policies.current(repo);
      const decision = evaluatePolicy(policy, facts);
      const d = storedDecision(decision, version, factsDigest(facts));
      const deferred = await this.usesParties(repo, plan);
      const rec = this.newRecord(actor, 'sign', key.name, stored, facts, d, meta.idempotencyKey ?? null, nowMs, plan.valueUsd, deferred, key.algorithm);
      await admit(repo, rec, this.opts.limits ?? DEFAULT_LIMITS, nowMs);
      await repo.requests.insert(rec);
      await this.auditDecision(repo, actor, rec, d);
      if (rec.status === 'signed') return this.execute(repo, rec, nowMs);
      if (deferred && rec.status === 'approved' && d.delayMs === 0) defer = rec.id;
      else if (deferred && (rec.status === 'pending' || rec.status === 'approved')) announce = { rec, refs: plan.tasks.map((t) => t.ref) };
      return this.view(repo, rec);
    });
    const a = announce as { rec: RequestRecord; refs: string[] } | null; // assigned inside the transaction callback
    if (a) this.announce(a.rec, a.refs);
    return defer ? this.runDeferred(defer) : view;
  }

  /** Whether a plan signs with a threshold key (its signatures take network rounds: made outside any transaction). */
  private async usesParties(repo: Repo, plan: Plan): Promise<boolean> {
    for (const t of plan.tasks) if ((await this.keys.facts(repo, t.ref, t.curve)).custody === 'threshold') return true;
    return false;
  }

  /** Whether a stored request executes outside a transaction: threshold signatures, membership and share changes. */
  private async isDeferred(repo: Repo, rec: RequestRecord): Promise<boolean> {
    if (rec.kind !== 'sign') return isNetworkAction(JSON.parse(rec.payload) as AdminAction);
    return this.usesParties(repo, await this.plan(repo, JSON.parse(rec.payload) as StoredPayload).catch(() => ({ tasks: [] }) as unknown as Plan));
  }

  /**
   * Execute an approved request whose signatures need threshold parties: the
   * signatures are made first, outside any transaction (the store is not held
   * during network rounds), then recorded with a compare-and-set on the
   * status. Two executors racing both get signatures; exactly one is
   * recorded and returned. A crash in between leaves the request approved
   * and due, so the scheduler signs it again.
   */
  private async runDeferred(id: string): Promise<RequestView> {
    const rec = this.checked((await this.inst.store.read.requests.get(id))!);
    if (rec.status !== 'approved' || this.inFlight.has(id)) return this.view(this.inst.store.read, rec);
    this.inFlight.add(id);
    try {
      if (rec.kind === 'sign') {
        const refusal = await this.inst.store.tx(async (repo) => {
          const fresh = await repo.requests.get(id);
          if (fresh?.status !== 'approved') return null;
          const r = await this.redecide(repo, this.checked(fresh), this.opts.now());
          return r ? this.denyAtExecution(repo, this.checked(fresh), r, new Date(this.opts.now()).toISOString()) : null;
        });
        if (refusal) return refusal;
      }
      const pre = await this.presign(rec);
      return await this.inst.store.tx(async (repo) => {
        const fresh = await repo.requests.get(id);
        if (fresh?.status !== 'approved') return this.view(repo, fresh!);
        const d = JSON.parse(fresh.decision) as StoredDecision;
        const lifetimeOver = this.opts.now() > Date.parse(fresh.createdAt) + this.opts.ttlMs + d.delayMs;
        if ('error' in pre && isCustosError(pre.error, 'E_TOO_EARLY') && !lifetimeOver) {
          // A party's own clock says the time-lock has not passed: stay approved, retry then (not a failure).
          const wait = Math.min(Math.max(Number(pre.error.details?.retryAfterMs ?? 0), 250), 3600_000);
          const nowMs = this.opts.now();
          await this.move(repo, this.checked(fresh), ['approved'], { notBefore: new Date(nowMs + wait).toISOString() }, new Date(nowMs).toISOString());
          return this.view(repo, (await repo.requests.get(id))!);
        }
        return this.execute(repo, this.checked(fresh), this.opts.now(), pre);
      });
    } finally {
      this.inFlight.delete(id);
    }
  }

  /**
   * Decide an allowed request again when it executes (after approvals or a
   * delay): the policy in force now, the velocity windows without its own
   * reservation, the requester as it is now. Returns why it would now be
   * refused, or null. The exposure it reserved at submission is what made
   * the requests decided after it see it; this is what makes a policy change
   * or a revoked requester stop it.
   */
  private async redecide(repo: Repo, rec: RequestRecord, nowMs: number): Promise<{ rule: string | null; reason: string } | null> {
    const actor = await this.requester(repo, rec);
    if (!actor) return { rule: null, reason: `requester ${rec.principalName} is no longer an active principal` };
    const stored = JSON.parse(rec.payload) as StoredPayload;
    const plan = await this.plan(repo, stored);
    const { facts } = await gatherFacts(
      repo,
      this.keys,
      actor,
      { key: plan.key, ...(plan.curve ? { curve: plan.curve } : {}), scheme: plan.scheme, size: plan.size, note: stored.note, tags: stored.tags, kind: plan.kind, payloadFacts: plan.payloadFacts },
      nowMs,
      { atMs: Date.parse(rec.createdAt), valueUsd: rec.valueUsd },
    );
    const { version, policy } = await this.policies.current(repo);
    const d = evaluatePolicy(policy, facts);
    if (d.outcome === 'deny') return { rule: d.rule, reason: `policy v${version} now denies it: ${d.reason}` };
    if (d.approvals) {
      const have = await this.verifiedApprovals(repo, rec, d.approvals.from);
      if (have.length < d.approvals.count) return { rule: d.rule, reason: `policy v${version} now needs ${d.approvals.count} approvals from ${d.approvals.from} (rule ${d.rule}); it has ${have.length}` };
    }
    return null;
  }

  /** The requester as it is now: the local operator, or an active (MAC-checked) principal; null when revoked or gone. */
  private async requester(repo: Repo, rec: RequestRecord): Promise<Actor | null> {
    if (rec.principalId === 'local') return { id: 'local', name: rec.principalName, role: 'admin', kind: 'local', tags: {} };
    const p = await repo.access.principalById(rec.principalId);
    if (!p || p.state !== 'active') return null;
    this.inst.checkRowMac('principals', principalMacFields(p), p.mac, `principal/${p.name}`);
    return { id: p.id, name: p.name, role: p.role, kind: 'api', tags: p.tags };
  }

  /** End an allowed request as denied at execution (its reservation is released by the move). */
  private async denyAtExecution(repo: Repo, rec: RequestRecord, refusal: { rule: string | null; reason: string }, now: string): Promise<RequestView> {
    if (!(await this.move(repo, rec, ['pending', 'approved'], { status: 'denied', result: JSON.stringify({ deniedAtExecution: true, rule: refusal.rule, reason: refusal.reason }) }, now))) {
      throw new CustosError('E_REQUEST_FINISHED', `request ${rec.id} was already executed`);
    }
    await appendEvent(repo, { actor: 'custos', action: 'request.deny', subject: `request/${rec.id}`, details: { atExecution: true, rule: refusal.rule, reason: refusal.reason } });
    return this.view(repo, (await repo.requests.get(rec.id))!);
  }

  /** The signatures of a sign request, made outside a transaction (errors are kept, to be recorded). */
  private async presign(rec: RequestRecord): Promise<Presigned> {
    const repo = this.inst.store.read;
    try {
      if (rec.kind !== 'sign') {
        const action = JSON.parse(rec.payload) as AdminAction;
        if (!isNetworkAction(action) || !this.threshold) throw new CustosError('E_INTERNAL', `request ${rec.id} is not deferred`);
        const proof = await this.quorumProof(repo, rec);
        if (!proof) throw new CustosError('E_FORBIDDEN', `${action.action} needs the proposer's signed API request, which parties verify; it was not recorded`);
        return { results: [], output: { output: await this.threshold.runAdmin(action, { ...proof, action }, requesterActor(rec)) } };
      }
      const plan = await this.plan(repo, JSON.parse(rec.payload) as StoredPayload);
      const context = await signContext(repo, rec);
      const results = [];
      for (const t of plan.tasks) results.push({ sig: await this.keys.signIn(repo, t.ref, t.input, signOptions(t, context)), input: t.input });
      return { results, output: plan.assemble(results.map((r) => r.sig)) };
    } catch (e) {
      return { error: e };
    }
  }

  /** A new request row. A denied signing request keeps only a digest of its payload (`algorithm`: its key's, for that digest). */
  private newRecord(actor: Actor, kind: string, keyName: string | null, payload: unknown, facts: unknown, d: StoredDecision, idem: string | null, nowMs: number, valueUsd = 0, deferred = false, algorithm?: string): RequestRecord {
    const now = new Date(nowMs).toISOString();
    const id = randomUUID();
    // A threshold signature is made outside the transaction: an allowed request waits as approved, due now.
    const status: RequestStatus = d.outcome === 'deny' ? 'denied' : d.approvals ? 'pending' : d.delayMs > 0 || deferred ? 'approved' : 'signed';
    return this.withMac({
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
    });
  }

  private withMac(r: Omit<RequestRecord, 'mac'>): RequestRecord {
    return { ...r, mac: this.inst.rowMac('requests', requestMacFields(r as RequestRecord)) };
  }

  /** A stored request with its row MAC checked: status, decision and payload cannot have been edited. */
  private checked(r: RequestRecord): RequestRecord {
    this.inst.checkRowMac('requests', requestMacFields(r), r.mac, `request/${r.id}`);
    return r;
  }

  /** Compare-and-set a request from one of `from` to a new state (with its new MAC). */
  private async move(repo: Repo, rec: RequestRecord, from: readonly RequestStatus[], change: Partial<Pick<RequestRecord, 'status' | 'result' | 'notBefore' | 'signedAt'>>, now: string): Promise<boolean> {
    return repo.requests.transition(this.withMac({ ...rec, ...change, updatedAt: now }), from);
  }

  private async auditDecision(repo: Repo, actor: Actor, rec: RequestRecord, d: StoredDecision): Promise<void> {
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
      },
    });
  }

  /**
   * Carry out an allowed request inside the transaction: sign (or run the
   * admin action) and move it to signed, or to failed when the key can no
   * longer sign. Compare-and-set: a request executes at most once.
   */
  private async execute(repo: Repo, rec: RequestRecord, nowMs: number, pre?: Presigned): Promise<RequestView> {
    const now = new Date(nowMs).toISOString();
    const from: RequestStatus[] = rec.status === 'signed' ? ['signed'] : ['pending', 'approved'];
    let result: Record<string, unknown>;
    let status: RequestStatus = 'signed';
    try {
      if (pre) {
        if ('error' in pre) throw pre.error;
        for (const r of pre.results) await appendEvent(repo, signAudit(requesterActor(rec), r.sig, r.input, { requestId: rec.id }));
        result = pre.output;
      } else if (rec.kind === 'sign') {
        if (rec.status !== 'signed') {
          const refusal = await this.redecide(repo, rec, nowMs);
          if (refusal) return this.denyAtExecution(repo, rec, refusal, now);
        }
        const plan = await this.plan(repo, JSON.parse(rec.payload) as StoredPayload);
        const context = await signContext(repo, rec);
        const results = [];
        for (const t of plan.tasks) {
          const sig = await this.keys.signIn(repo, t.ref, t.input, signOptions(t, context));
          await appendEvent(repo, signAudit(requesterActor(rec), sig, t.input, { requestId: rec.id }));
          results.push(sig);
        }
        result = plan.assemble(results);
      } else {
        const action = JSON.parse(rec.payload) as AdminAction;
        result = { output: await executeAdmin(this.admin, repo, action, rec) };
        if (govKey(action)) await recordGovProof(this.inst, repo, action, await this.quorumProof(repo, rec));
      }
    } catch (e) {
      if (!isCustosError(e) || ['E_STORE', 'E_INTERNAL', 'E_SEALED'].includes(e.code)) throw e;
      status = 'failed';
      result = { error: { code: e.code, message: e.message, ...(e.details?.party ? { party: e.details.party } : {}) } };
      if (e.code === 'E_INVALID_SHARE' && e.details?.party) {
        await appendEvent(repo, { actor: 'custos', action: 'threshold.invalid_share', subject: `party/${String(e.details.party)}`, details: { requestId: rec.id, key: rec.keyName, participant: String(e.details.participant ?? '') } });
      }
    }
    const moved = await this.move(repo, rec, from, { status, result: JSON.stringify(result), signedAt: status === 'signed' ? now : null }, now);
    if (!moved) throw new CustosError('E_REQUEST_FINISHED', `request ${rec.id} was already executed`);
    await appendEvent(repo, { actor: 'custos', action: status === 'signed' ? 'request.execute' : 'request.fail', subject: `request/${rec.id}`, details: status === 'failed' ? { error: result.error as Record<string, unknown> } : { kind: rec.kind } });
    const after = await repo.requests.get(rec.id);
    return this.view(repo, after!);
  }

  // ---- approvals ---------------------------------------------------------------

  /** Record an approval or rejection (the approver's signature over the request digest). */
  async decide(actor: Actor, id: string, verdict: Verdict, signature: string): Promise<RequestView> {
    this.inst.barrier.assertUnsealed();
    let defer: string | null = null;
    let announce: { rec: RequestRecord; refs: string[] } | null = null;
    let vetoed: { refs: string[]; digest: string } | null = null;
    const view = await this.inst.store.tx(async (repo) => {
      const rec = this.checked(await this.visible(repo, actor, id, true));
      const d = JSON.parse(rec.decision) as StoredDecision;
      if (verdict === 'reject' && rec.status === 'approved' && rec.notBefore && Date.parse(rec.notBefore) > this.opts.now()) {
        const v = await this.vetoInDelay(repo, actor, rec, d, signature);
        vetoed = { refs: await this.thresholdRefs(repo, rec), digest: rec.digest };
        return v;
      }
      if (rec.status !== 'pending' || !d.approvals) {
        throw new CustosError('E_REQUEST_FINISHED', `request ${id} is ${rec.status}${rec.status === 'approved' ? ' (waiting for its delay)' : ''}: it takes no ${verdict === 'approve' ? 'approvals' : 'rejections'}`, { status: rec.status });
      }
      if (Date.parse(rec.expiresAt) <= this.opts.now()) throw new CustosError('E_REQUEST_FINISHED', `request ${id} expired at ${rec.expiresAt}`, { status: 'expired' });
      if (actor.id === rec.principalId) throw new CustosError('E_SELF_APPROVAL', 'a requester cannot approve or reject their own request');
      if (actor.role !== d.approvals.from) throw new CustosError('E_NOT_ELIGIBLE', `this request needs approvals from role ${d.approvals.from}; ${actor.name} is ${actor.role}`);
      const principal = await repo.access.principalById(actor.id);
      if (principal) this.inst.checkRowMac('principals', principalMacFields(principal), principal.mac, `principal/${principal.name}`);
      if (!principal || !verifyApproval(publicKeyFromHex(principal.publicKey), rec.id, rec.digest, verdict, signature)) {
        throw new CustosError('E_BAD_SIGNATURE', `the ${verdict} signature does not verify under ${actor.name}'s key for request digest ${rec.digest}`);
      }
      const nowMs = this.opts.now();
      const now = new Date(nowMs).toISOString();
      const inserted = await repo.requests.insertApproval({ requestId: id, approverId: actor.id, approverName: actor.name, approverRole: actor.role, verdict, signature, createdAt: now });
      if (!inserted) throw new CustosError('E_ALREADY_APPROVED', `${actor.name} already decided on request ${id}`);
      await appendEvent(repo, {
        actor: auditActor(actor),
        action: verdict === 'approve' ? 'request.approve' : 'request.reject',
        subject: `request/${id}`,
        details: { digest: rec.digest, signature, approverPublicKey: principal.publicKey },
      });
      if (verdict === 'reject') {
        await this.move(repo, rec, ['pending'], { status: 'rejected', result: JSON.stringify({ rejectedBy: actor.name }) }, now);
        return this.view(repo, (await repo.requests.get(id))!);
      }
      const approvals = await this.verifiedApprovals(repo, rec, d.approvals.from);
      if (approvals.length < d.approvals.count) return this.view(repo, rec);
      if (d.delayMs > 0) {
        if (rec.kind === 'sign') {
          const plan = await this.plan(repo, JSON.parse(rec.payload) as StoredPayload);
          if (await this.usesParties(repo, plan)) announce = { rec, refs: plan.tasks.map((t) => t.ref) };
        }
        await this.move(repo, rec, ['pending'], { status: 'approved', notBefore: new Date(nowMs + d.delayMs).toISOString() }, now);
        await appendEvent(repo, { actor: 'custos', action: 'request.approved', subject: `request/${id}`, details: { approvals: approvals.length, notBefore: new Date(nowMs + d.delayMs).toISOString() } });
        return this.view(repo, (await repo.requests.get(id))!);
      }
      if (await this.isDeferred(repo, rec)) {
        await this.move(repo, rec, ['pending'], { status: 'approved', notBefore: now }, now);
        await appendEvent(repo, { actor: 'custos', action: 'request.approved', subject: `request/${id}`, details: { approvals: approvals.length, notBefore: now } });
        defer = id;
        return this.view(repo, (await repo.requests.get(id))!);
      }
      return this.execute(repo, rec, nowMs);
    });
    const a = announce as { rec: RequestRecord; refs: string[] } | null; // assigned inside the transaction callback
    if (a) this.announce(a.rec, a.refs);
    const v = vetoed as { refs: string[]; digest: string } | null;
    if (v?.refs.length && this.threshold) await this.threshold.veto({ kind: 'reject', requestId: id, digest: v.digest, principal: actor.name, signature }, v.refs).catch(() => undefined);
    if (verdict === 'reject' && view.status === 'rejected' && !v && this.threshold) {
      const refs = await this.thresholdRefs(this.inst.store.read, (await this.inst.store.read.requests.get(id))!);
      if (refs.length) await this.threshold.veto({ kind: 'reject', requestId: id, digest: view.digest, principal: actor.name, signature }, refs).catch(() => undefined);
    }
    return defer ? this.runDeferred(defer) : view;
  }

  /**
   * An eligible approver of the rule that allowed a delayed request rejects
   * it during its delay window (the requester cannot).
   */
  private async vetoInDelay(repo: Repo, actor: Actor, rec: RequestRecord, d: StoredDecision, signature: string): Promise<RequestView> {
    if (actor.id === rec.principalId) throw new CustosError('E_SELF_APPROVAL', 'a requester cannot reject their own request (cancel it instead)');
    if (actor.role !== vetoRole(d)) throw new CustosError('E_NOT_ELIGIBLE', `during its delay this request can be rejected by role ${vetoRole(d)}; ${actor.name} is ${actor.role}`);
    const principal = await repo.access.principalById(actor.id);
    if (principal) this.inst.checkRowMac('principals', principalMacFields(principal), principal.mac, `principal/${principal.name}`);
    if (!principal || !verifyApproval(publicKeyFromHex(principal.publicKey), rec.id, rec.digest, 'reject', signature)) {
      throw new CustosError('E_BAD_SIGNATURE', `the reject signature does not verify under ${actor.name}'s key for request digest ${rec.digest}`);
    }
    const now = new Date(this.opts.now()).toISOString();
    const inserted = await repo.requests.insertApproval({ requestId: rec.id, approverId: actor.id, approverName: actor.name, approverRole: actor.role, verdict: 'reject', signature, createdAt: now });
    if (!inserted) throw new CustosError('E_ALREADY_APPROVED', `${actor.name} already decided on request ${rec.id}`);
    if (!(await this.move(repo, rec, ['approved'], { status: 'rejected', result: JSON.stringify({ rejectedBy: actor.name, duringDelay: true }) }, now))) {
      throw new CustosError('E_REQUEST_FINISHED', `request ${rec.id} is no longer waiting`);
    }
    await appendEvent(repo, { actor: auditActor(actor), action: 'request.reject', subject: `request/${rec.id}`, details: { digest: rec.digest, signature, approverPublicKey: principal.publicKey, duringDelay: true } });
    return this.view(repo, (await repo.requests.get(rec.id))!);
  }

  /**
   * The approvals that count: each stored signature re-verified against its
   * approver's current (MAC-checked, active, eligible) key, so a row written
   * into the store by anyone else never counts.
   */
  private async verifiedApprovals(repo: Repo, rec: RequestRecord, role: string) {
    const rows = (await repo.requests.approvals(rec.id)).filter((a) => a.verdict === 'approve');
    const ok = new Set(await verifiedApprovers(this.inst, repo, { id: rec.id, digest: rec.digest, requester: rec.principalName }, rows, role as Role));
    return rows.filter((a) => ok.has(a.approverName) && a.approverId !== rec.principalId);
  }

  /** The proof of a quorum-governed change: the proposer's signed request and the approvals over the request digest. */
  private async quorumProof(repo: Repo, rec: RequestRecord): Promise<Omit<GovProof, 'action'> | undefined> {
    const http = (await new ThresholdVault(this.inst).get<GovProof['http']>(repo, 'gov-http', rec.id))?.value;
    if (!http) return undefined;
    const approvals = (await repo.requests.approvals(rec.id)).filter((a) => a.verdict === 'approve').map((a) => ({ approverName: a.approverName, signature: a.signature }));
    return { http, quorum: { id: rec.id, kind: rec.kind, principal: rec.principalName, key: rec.keyName, createdAt: rec.createdAt, approvals } };
  }

  /**
   * Cancel a pending or delayed request: its requester, an admin, or an
   * eligible approver of the rule that allowed it (the rule's approver role;
   * "approver" for a delay-only rule). Threshold parties get the signed
   * cancellation too, so they refuse the request even if this coordinator
   * were to sign it anyway.
   */
  async cancel(actor: Actor, id: string): Promise<RequestView> {
    let refs: string[] = [];
    const view = await this.inst.store.tx(async (repo) => {
      const rec = this.checked(await this.visible(repo, actor, id, false));
      const d = JSON.parse(rec.decision) as StoredDecision;
      if (actor.id !== rec.principalId && actor.role !== 'admin' && actor.role !== vetoRole(d)) {
        throw new CustosError('E_FORBIDDEN', `only the requester, an admin or an eligible approver (${vetoRole(d)}) can cancel this request`);
      }
      const now = new Date(this.opts.now()).toISOString();
      if (!(await this.move(repo, rec, ['pending', 'approved'], { status: 'cancelled', result: JSON.stringify({ cancelledBy: actor.name }) }, now))) {
        throw new CustosError('E_REQUEST_FINISHED', `request ${id} is ${rec.status} and can no longer be cancelled`, { status: rec.status });
      }
      await appendEvent(repo, { actor: auditActor(actor), action: 'request.cancel', subject: `request/${id}`, details: { previousStatus: rec.status } });
      refs = await this.thresholdRefs(repo, rec);
      return this.view(repo, (await repo.requests.get(id))!);
    });
    if (refs.length && actor.proof && this.threshold) await this.threshold.veto({ kind: 'cancel', requestId: id, http: actor.proof }, refs).catch(() => undefined);
    return view;
  }

  /** The threshold keys a sign request uses (whose parties hear of vetoes). */
  private async thresholdRefs(repo: Repo, rec: RequestRecord): Promise<string[]> {
    if (rec.kind !== 'sign' || !this.threshold) return [];
    const plan = await this.plan(repo, JSON.parse(rec.payload) as StoredPayload).catch(() => null);
    const out = new Set<string>();
    for (const t of plan?.tasks ?? []) if ((await this.keys.facts(repo, t.ref, t.curve).catch(() => null))?.custody === 'threshold') out.add(t.ref);
    return [...out];
  }

  /** Execute approved requests whose delay has passed and expire stale pending ones. Returns how many moved. */
  async runDue(limit = 100): Promise<{ executed: number; expired: number }> {
    if (this.inst.sealed) return { executed: 0, expired: 0 };
    const nowMs = this.opts.now();
    const now = new Date(nowMs).toISOString();
    const { execute, expire } = await this.inst.store.read.requests.due(now, limit);
    let executed = 0;
    let expired = 0;
    for (const r of execute) {
      if (await this.isDeferred(this.inst.store.read, r)) {
        if ((await this.runDeferred(r.id)).status !== 'approved') executed++;
        continue;
      }
      await this.inst.store.tx(async (repo) => {
        const fresh = await repo.requests.get(r.id);
        if (fresh?.status !== 'approved') return; // another instance or call got it first
        await this.execute(repo, this.checked(fresh), nowMs);
        executed++;
      });
    }
    for (const r of expire) {
      if (r.status !== 'pending') continue;
      await this.inst.store.tx(async (repo) => {
        const fresh = await repo.requests.get(r.id);
        if (fresh?.status !== 'pending') return;
        if (await this.move(repo, this.checked(fresh), ['pending'], { status: 'expired' }, now)) {
          await appendEvent(repo, { actor: 'custos', action: 'request.expire', subject: `request/${r.id}`, details: { expiresAt: r.expiresAt } });
          expired++;
        }
      });
    }
    return { executed, expired };
  }

  // ---- reading -------------------------------------------------------------------

  /** Agents see only their own requests; a hidden request looks like a missing one. */
  private async visible(repo: Repo, actor: Actor, id: string, forApproval: boolean): Promise<RequestRecord> {
    const rec = await repo.requests.get(id);
    const own = rec?.principalId === actor.id;
    if (!rec || (actor.role === 'agent' && !own && !forApproval)) throw new CustosError('E_REQUEST_NOT_FOUND', `no request ${id}`);
    return rec;
  }

  async show(actor: Actor, id: string): Promise<RequestView> {
    const repo = this.inst.store.read;
    return this.view(repo, await this.visible(repo, actor, id, false));
  }

  async list(actor: Actor, filter: { status?: RequestStatus; limit?: number }): Promise<RequestView[]> {
    const repo = this.inst.store.read;
    const rows = await repo.requests.list({
      ...(filter.status ? { status: filter.status } : {}),
      ...(actor.role === 'agent' ? { principalId: actor.id } : {}),
      limit: Math.min(filter.limit ?? 100, 1000),
    });
    return Promise.all(rows.map((r) => this.view(repo, r)));
  }

  private view(repo: Repo, r: RequestRecord): Promise<RequestView> {
    return requestView(repo, r);
  }

  // ---- admin governance ------------------------------------------------------------

  /**
   * Run an admin action under the meta-policy: local operators and a quorum of
   * 1 execute at once; otherwise it becomes a request needing M-1 more distinct
   * admin approvals, executed when the last one arrives.
   */
  async governed(actor: Actor, action: AdminAction): Promise<{ status: 'done'; output: unknown } | { status: 'pending'; request: RequestView }> {
    requireRole(actor, ['admin'], `${action.action}`);
    validateAdmin(action);
    const network = isNetworkAction(action);
    if (network && !actor.proof) {
      throw new CustosError('E_FORBIDDEN', `${action.action} changes threshold parties, which verify the admin's own signed API request: make it through the API with an admin credential (CUSTOS_ADDR), not in local mode`);
    }
    if (network && !this.threshold) throw new CustosError('E_UNSUPPORTED', 'this instance runs no threshold coordinator');
    const r = await this.inst.store.tx(async (repo) => {
      const { version, policy } = await this.policies.current(repo);
      if (actor.kind === 'local' || policy.adminApprovals <= 1) {
        if (network) return { status: 'run' as const };
        const output = await executeAdmin(this.admin, repo, action, { principalId: actor.id, principalName: actor.name });
        await recordGovProof(this.inst, repo, action, actor.proof ? { http: actor.proof } : undefined);
        return { status: 'done' as const, output };
      }
      const d: StoredDecision = {
        outcome: 'allow',
        rule: 'admin-quorum',
        reason: `admin actions need ${policy.adminApprovals} distinct admins`,
        approvals: { count: policy.adminApprovals - 1, from: 'admin' },
        delayMs: 0,
        policyVersion: version,
        factsDigest: '',
      };
      const keyName = action.action === 'key.destroy' || action.action === 'key.usage' || action.action === 'key.reshare' || action.action === 'key.refresh' ? action.name : null;
      const rec = this.newRecord(actor, `admin:${action.action}`, keyName, action, {}, d, null, this.opts.now());
      await admit(repo, rec, this.opts.limits ?? DEFAULT_LIMITS, this.opts.now());
      await repo.requests.insert(rec);
      await this.auditDecision(repo, actor, rec, d);
      if (actor.proof) await new ThresholdVault(this.inst).put(repo, 'gov-http', rec.id, 'active', actor.proof);
      return { status: 'pending' as const, request: await this.view(repo, rec) };
    });
    if (r.status === 'run' && isNetworkAction(action)) return { status: 'done', output: await this.threshold!.runAdmin(action, { action, http: actor.proof! }, auditActor(actor)) };
    if (r.status === 'done' && action.action === 'key.destroy') await this.threshold?.afterDestroy(action.name).catch(() => undefined);
    return r as { status: 'done'; output: unknown } | { status: 'pending'; request: RequestView };
  }

  /** Dry run: the decision and facts a signing request would get now, changing nothing. */
  async check(actor: Actor, input: SignRequestInput): Promise<{ decision: Decision; facts: unknown; policyVersion: number }> {
    const { note, tags, idempotencyKey: _i, ...raw } = input;
    const repo = this.inst.store.read;
    const plan = await this.plan(repo, { type: 'raw', ...stripUndefined(raw) });
    const { facts } = await gatherFacts(
      repo,
      this.keys,
      actor,
      { key: plan.key, ...(plan.curve ? { curve: plan.curve } : {}), scheme: plan.scheme, size: plan.size, note: note ?? '', tags: tags ?? {}, kind: plan.kind, payloadFacts: plan.payloadFacts },
      this.opts.now(),
    );
    const { version, policy } = await this.policies.current(repo);
    return { decision: evaluatePolicy(policy, facts), facts, policyVersion: version };
  }
}

function stripUndefined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}

/** What a threshold key's parties are shown of the request they sign for (they re-check all of it). */
async function signContext(repo: Repo, rec: RequestRecord): Promise<SignContext> {
  const approvals = (await repo.requests.approvals(rec.id)).filter((a) => a.verdict === 'approve').map((a) => ({ approverName: a.approverName, signature: a.signature }));
  const local = rec.principalId === 'local';
  return {
    id: rec.id,
    kind: rec.kind,
    principal: { id: rec.principalId, name: rec.principalName, role: local ? 'admin' : '', kind: local ? 'local' : 'api', tags: {} },
    keyName: rec.keyName ?? '',
    payload: rec.payload,
    createdAt: rec.createdAt,
    digest: rec.digest,
    approvals,
  };
}

function signOptions(t: SigningTask, context: SignContext) {
  return { scheme: t.scheme, ...(t.curve ? { curve: t.curve } : {}), ...(t.auxRand ? { auxRand: t.auxRand } : {}), context };
}

/** Who may stop a request during its delay besides its requester and admins: the rule's approver role, else "approver". */
function vetoRole(d: StoredDecision): Role {
  return (d.approvals?.from as Role | undefined) ?? 'approver';
}

/** The audit actor of the principal who submitted a request. */
function requesterActor(rec: RequestRecord): string {
  return rec.principalId === 'local' ? rec.principalName : `principal:${rec.principalName}`;
}
