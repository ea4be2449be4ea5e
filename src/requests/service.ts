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
import { CustosError, badInput } from '../errors.js';
import { requireRole, type Actor } from '../access/actor.js';
import type { Verdict } from '../auth/approval.js';
import { evaluatePolicy, explainPolicy, factsDigest, type Decision, type RuleExplanation } from '../policy/evaluate.js';
import { NO_RISK, type RiskFacts } from '../risk/types.js';
import { assertNotFrozen, freezeIn } from './freeze.js';
import type { PolicyService } from '../policy/service.js';
import type { Instance } from '../keystore/instance.js';
import { type Keys, coldKey, watchOnly } from '../keystore/keys.js';
import type { RequestRecord, RequestStatus } from '../store/records.js';
import { planRaw, type Plan, type RawPayload } from './plans.js';
import type { Repo } from '../store/repo.js';
import type { Curve } from '../hd/derive.js';
import type { PayloadPlanner, Planners } from './types.js';
import { storedDecision, type RequestView } from './view.js';
import { gatherFacts, requestShape } from './facts.js';
import { ensureRiskBaselines, riskBaselinesReady } from './risk.js';
import { sameRequest, type StoredPayload } from './stored.js';
import { admit, DEFAULT_LIMITS } from './quota.js';
import type { AdminAction, AdminExecutors, ThresholdHooks } from './admin.js';
import { RequestRows, type RequestOptions } from './rows.js';
import { Executor } from './executor.js';
import { ApprovalDesk } from './desk.js';
import { Governor } from './governed.js';
import { Recovery, RECOVERY_KIND } from './recovery.js';
import { Airgap } from '../airgap/airgap.js';

export type { RequestView } from './view.js';
export type { RequestOptions } from './rows.js';

/** A raw signing request: the raw payload's fields plus the request metadata. */
export type SignRequestInput = Omit<RawPayload, 'type'> & { note?: string; tags?: Record<string, string>; idempotencyKey?: string; offline?: boolean };

export type { StoredPayload } from './stored.js';

export type { Planners } from './types.js';

export const DEFAULT_REQUEST_TTL_MS = 24 * 3600_000;
const SUBMIT_ROLES = ['agent', 'operator', 'admin'] as const;

export class Requests {
  private readonly rows: RequestRows;
  private readonly exec: Executor;
  private readonly desk: ApprovalDesk;
  private readonly gov: Governor;
  private readonly recovery: Recovery;
  /** Air-gapped signing of cold keys: export, offline sign, import, pairing (src/airgap/). */
  readonly airgap: Airgap;

  constructor(
    inst: Instance,
    keys: Keys,
    private readonly policies: PolicyService,
    admin: AdminExecutors,
    opts: RequestOptions = { ttlMs: DEFAULT_REQUEST_TTL_MS, now: Date.now },
    planners: Planners = { raw: planRaw },
    threshold: ThresholdHooks | null = null,
  ) {
    this.rows = new RequestRows(inst, keys, opts, planners);
    this.exec = new Executor(this.rows, policies, admin, threshold);
    this.desk = new ApprovalDesk(this.rows, this.exec, threshold);
    this.gov = new Governor(this.rows, policies, admin, threshold);
    this.recovery = new Recovery(this.rows, policies);
    this.airgap = new Airgap(this.rows, policies);
  }

  // ---- submission ------------------------------------------------------------

  /** The planner for a payload type (threshold parties re-plan payloads with the same code). */
  planner(type: string): PayloadPlanner {
    return this.rows.planner(type);
  }

  /** Submit a raw signing request (bytes or a digest with one key). */
  async submitSign(actor: Actor, input: SignRequestInput): Promise<RequestView> {
    const { note, tags, idempotencyKey, offline, ...raw } = input;
    return this.submit(actor, { type: 'raw', ...stripUndefined(raw) }, { note, tags, idempotencyKey, offline });
  }

  /**
   * Submit any signing payload: planned (facts, value, digests), decided by
   * policy, recorded, and signed at once when nothing is to wait for; one
   * transaction throughout.
   */
  async submit(
    actor: Actor,
    payload: { type: string } & Record<string, unknown>,
    meta: { note?: string | undefined; tags?: Record<string, string> | undefined; idempotencyKey?: string | undefined; offline?: boolean | undefined },
  ): Promise<RequestView> {
    // Validators submit eth2 duties and nothing else; eth2 duties come only from validators (the eth2 listener).
    if (payload.type === 'eth2') requireRole(actor, ['validator'], 'submitting an eth2 duty');
    else requireRole(actor, SUBMIT_ROLES, 'submitting a signing request');
    this.rows.inst.assertUnsealed();
    const note = meta.note ?? '';
    if (note.length > 1024) throw badInput('note longer than 1024 characters', { field: 'note' });
    if (meta.idempotencyKey !== undefined && !/^[A-Za-z0-9._:-]{1,128}$/.test(meta.idempotencyKey)) {
      throw badInput('idempotencyKey must be 1..128 characters of [A-Za-z0-9._:-]', { field: 'idempotencyKey' });
    }
    const stored: StoredPayload = { ...payload, note, tags: meta.tags ?? {} };
    if (!riskBaselinesReady(this.rows.inst.store)) await this.prepareRisk();
    let defer: string | null = null;
    let announce: { rec: RequestRecord; refs: string[] } | null = null;
    // A fine transaction (decision 0028): the principal's lock before its idempotency key, quotas and
    // velocity are read; the keys' locks before their freezes, velocity and risk; the audit head at the end.
    const view = await this.rows.inst.store.tx(
      async (repo) => {
        await repo.lock('principal', [actor.id]);
        if (meta.idempotencyKey) {
          const found = await repo.requests.byIdempotencyKey(actor.id, meta.idempotencyKey);
          if (found) {
            const prior = this.rows.checked(found); // a retry must never return an edited result or status
            // An eth2 duty repeated: answered only while its key still serves it (as the listener's key lookup checks).
            if (payload.type === 'eth2') await this.servesNow(repo, await this.rows.plan(repo, stored), false);
            if (!sameRequest(prior, stored)) {
              throw new CustosError('E_IDEMPOTENCY_CONFLICT', `idempotency key ${meta.idempotencyKey} was used for a different request (${prior.id})`, {
                requestId: prior.id,
              });
            }
            return this.rows.view(repo, prior);
          }
        }
        const plan = await this.rows.plan(repo, stored);
        await repo.lock('key', await this.keyNames(repo, plan));
        const cold = checkOffline(await this.servesNow(repo, plan, meta.offline === true, actor), meta.offline === true);
        // The clock once every lock the windows depend on is held (the reads above ran after them): a
        // request's spend is recorded at a time no earlier than its lock waits (decision 0033).
        const nowMs = this.rows.opts.now();
        // The policy with the facts (one round trip on PostgreSQL): only exclusive transactions change it, none beside this one.
        const [{ facts, key, usage }, { version, policy }] = await Promise.all([
          gatherFacts(repo, this.rows.keys, this.rows.inst.records, actor, requestShape(plan, note, stored.tags), nowMs),
          this.policies.current(repo),
        ]);
        const decision = evaluatePolicy(policy, facts);
        const d = storedDecision(decision, version, factsDigest(facts), facts.risk, facts.payload);
        const deferred = await this.exec.usesParties(repo, plan);
        const made = this.rows.newRow(actor, 'sign', key.name, stored, facts, d, meta.idempotencyKey ?? null, nowMs, plan.valueUsd, deferred, key.algorithm);
        // A cold key's request allowed at once waits for its air-gapped signature instead of signing.
        const status = cold && made.status === 'signed' ? 'offline' : made.status;
        // Signed at once: the execution below stores the row once, in its final state, with its MAC (none is computed before).
        const rec: RequestRecord = status === 'signed' ? { ...made, mac: '' } : this.rows.withMac({ ...made, status });
        await admit(repo, rec, this.rows.opts.limits ?? DEFAULT_LIMITS, nowMs, usage);
        if (rec.status !== 'signed') await repo.requests.insert(rec);
        // A routine eth2 duty signed at once is audited compactly: one eth2.sign event for decision and signature.
        const compact = plan.kind === 'eth2' && rec.status === 'signed';
        if (!compact) await this.rows.auditDecision(repo, actor, rec, d);
        if (decision.outcome === 'deny' && decision.freeze)
          await freezeIn(repo, this.rows.keys, decision.freeze, { keyName: key.name, actor, requestId: rec.id, nowMs });
        if (rec.status === 'signed') return this.exec.execute(repo, rec, nowMs, undefined, compact ? d : undefined, plan);
        if (deferred && rec.status === 'approved' && d.delayMs === 0) defer = rec.id;
        else if (deferred && (rec.status === 'pending' || rec.status === 'approved')) announce = { rec, refs: plan.tasks.map((t) => t.ref) };
        return this.rows.view(repo, rec);
      },
      { fine: true },
    );
    const a = announce as { rec: RequestRecord; refs: string[] } | null; // assigned inside the transaction callback
    if (a) this.exec.announce(a.rec, a.refs);
    return defer ? this.exec.runDeferred(defer) : view;
  }

  /**
   * The custodies of the keys a plan signs with, each checked able to sign now (not destroyed,
   * disabled or watch-only; cold only `offline`); with `actor`, first refused when a freeze holds it.
   */
  private async servesNow(repo: Repo, plan: Plan, offline: boolean, actor?: Actor): Promise<Set<string>> {
    const custodies = new Set<string>();
    for (const ref of new Set(plan.tasks.map((t) => t.ref))) {
      const k = await this.rows.keys.facts(repo, ref, plan.tasks.find((t) => t.ref === ref)?.curve);
      if (actor) await assertNotFrozen(repo, k.name, actor);
      if (k.state === 'destroyed') throw new CustosError('E_KEY_DESTROYED', `key "${k.name}" was destroyed`, { key: k.name });
      if (k.state === 'disabled') throw new CustosError('E_KEY_DISABLED', `key "${k.name}" is disabled`, { key: k.name });
      if (k.custody === 'watch') throw watchOnly(k.name);
      if (k.custody === 'cold' && !offline) throw coldKey(k.name);
      custodies.add(k.custody);
    }
    return custodies;
  }

  /** The names of every key a plan uses (its velocity key and its signing keys): what the request's key locks are named by. */
  /** The risk baselines relearned once after migration 15, before anything is scored against them (the server runs it at unseal). */
  prepareRisk(): Promise<void> {
    return ensureRiskBaselines(this.rows.inst.store, this.rows.inst.records, (r) => this.rows.checked(r));
  }

  private async keyNames(repo: Repo, plan: Plan): Promise<string[]> {
    const refs = new Map<string, Curve | undefined>([[plan.key, plan.curve]]);
    for (const t of plan.tasks) if (!refs.has(t.ref)) refs.set(t.ref, t.curve);
    const names: string[] = [];
    for (const [ref, curve] of refs) names.push((await this.rows.keys.facts(repo, ref, curve)).name);
    return names;
  }

  async show(actor: Actor, id: string): Promise<RequestView> {
    const repo = this.rows.inst.store.read;
    return this.rows.view(repo, await this.rows.visible(repo, actor, id, false));
  }

  async list(actor: Actor, filter: { status?: RequestStatus; limit?: number }): Promise<RequestView[]> {
    const repo = this.rows.inst.store.read;
    const rows = await repo.requests.list({
      ...(filter.status ? { status: filter.status } : {}),
      ...(actor.role === 'agent' ? { principalId: actor.id } : {}),
      ...(actor.role === 'guardian' ? { kind: RECOVERY_KIND } : {}),
      limit: Math.min(filter.limit ?? 100, 1000),
    });
    return Promise.all(rows.map((r) => this.rows.view(repo, r)));
  }

  /** Dry run: the decision and facts a signing request would get now, changing nothing. */
  async check(
    actor: Actor,
    input: SignRequestInput,
  ): Promise<{ decision: Decision; facts: unknown; policyVersion: number; risk: RiskFacts; explain: RuleExplanation[] }> {
    const { note, tags, idempotencyKey: _i, ...raw } = input;
    if (!riskBaselinesReady(this.rows.inst.store)) await this.prepareRisk();
    const repo = this.rows.inst.store.read;
    const plan = await this.rows.plan(repo, { type: 'raw', ...stripUndefined(raw) });
    const { facts } = await gatherFacts(repo, this.rows.keys, this.rows.inst.records, actor, requestShape(plan, note ?? '', tags ?? {}), this.rows.opts.now());
    const { version, policy } = await this.policies.current(repo);
    return { decision: evaluatePolicy(policy, facts), facts, policyVersion: version, risk: facts.risk ?? NO_RISK, explain: explainPolicy(policy, facts) };
  }

  // ---- the other jobs, each in its own module -----------------------------------

  /** Record an approval or rejection (the approver's signature over the request digest): requests/desk.ts. */
  decide(actor: Actor, id: string, verdict: Verdict, signature: string): Promise<RequestView> {
    return this.desk.decide(actor, id, verdict, signature);
  }

  /** Cancel a pending or delayed request: requests/desk.ts. */
  cancel(actor: Actor, id: string): Promise<RequestView> {
    return this.desk.cancel(actor, id);
  }

  /** Execute approved requests whose delay has passed and expire stale pending ones: requests/executor.ts. */
  runDue(limit = 100): Promise<{ executed: number; expired: number }> {
    return this.exec.runDue(limit);
  }

  /** A guardian proposes the recovery of lost admins: requests/recovery.ts. */
  async proposeRecovery(actor: Actor, input: { admins: { name: string; publicKey: string }[]; revoke?: string[] }): Promise<RequestView> {
    const view = await this.recovery.propose(actor, input);
    if (view.status === 'approved') this.exec.syncRecovery(); // one guardian needed: the parties' time-locks start now
    return view;
  }

  /** Run an admin action under the meta-policy: requests/governed.ts. */
  governed(actor: Actor, action: AdminAction): Promise<{ status: 'done'; output: unknown } | { status: 'pending'; request: RequestView }> {
    return this.gov.governed(actor, action);
  }
}

/** Whether a request is for cold keys (filed for air-gapped signing); `offline` is for cold keys only, and cold keys are not mixed with others. */
function checkOffline(custodies: Set<string>, offline: boolean): boolean {
  if (!offline) return false;
  if (!custodies.has('cold')) throw badInput('offline: true is for cold keys (custody cold) only; this request signs online', { field: 'offline' });
  if (custodies.size > 1) throw badInput('a request signs either with cold keys only (offline) or with none', { field: 'offline' });
  return true;
}

function stripUndefined<T extends Record<string, unknown>>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
