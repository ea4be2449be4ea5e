/**
 * Carrying out allowed requests: deciding them again at execution, signing
 * (threshold signatures outside any transaction, recorded with a
 * compare-and-set), running admin actions, and the scheduler's pass over
 * due and expired requests. Every execution happens at most once.
 */
import { CustosError, isCustosError } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import { verifiedApprovers } from '../access/approvals.js';
import { evaluatePolicy } from '../policy/evaluate.js';
import type { PolicyService } from '../policy/service.js';
import { signAudit, type SignResult } from '../keystore/keys.js';
import type { SignInput } from '../keystore/payload.js';
import type { Repo } from '../store/repo.js';
import type { ApprovalRecord, RequestRecord, RequestStatus, Role } from '../store/records.js';
import type { Plan, SigningTask } from './plans.js';
import type { RequestView, StoredDecision } from './view.js';
import { gatherFacts, requestShape } from './facts.js';
import { learnSigned } from './risk.js';
import type { StoredPayload } from './stored.js';
import type { RiskClaim, SignContext } from '../party/protocol.js';
import { NO_RISK, type RiskFacts } from '../risk/types.js';
import { fileRecoveryProof, govKey, recordGovProof, requestProof, type GovProof } from '../threshold/governance.js';
import { ThresholdVault } from '../threshold/vault.js';
import { RECOVERY_KIND, recoveryRefusal } from './recovery.js';
import { executeAdmin, isNetworkAction, type AdminAction, type AdminExecutors, type ThresholdHooks } from './admin.js';
import type { RequestRows } from './rows.js';

/** Signatures made before the recording transaction (threshold keys), or the error that stopped them. */
type Presigned = ({ results: { sig: SignResult; input: SignInput }[]; output: Record<string, unknown> } | { error: unknown }) & { claim?: RiskClaim };

/** A re-decision at execution: why the request would now be refused (or null), and its risk scored now. */
export interface Redecision {
  refusal: { rule: string | null; reason: string } | null;
  risk: RiskFacts;
}

export class Executor {
  /** Deferred (threshold) executions running in this process. */
  private readonly inFlight = new Set<string>();

  constructor(
    private readonly rows: RequestRows,
    private readonly policies: PolicyService,
    private readonly admin: AdminExecutors,
    private readonly threshold: ThresholdHooks | null,
  ) {}

  /** Best effort, after the transaction: parties assess the request and time delays from this. */
  announce(rec: RequestRecord, refs: string[]): void {
    const hooks = this.threshold;
    if (!hooks) return;
    void signContext(this.rows.inst.store.read, rec)
      .then((ctx) => hooks.announce(ctx, refs))
      .catch(() => undefined);
  }

  /** Best effort, after the transaction: carry a guardian recovery's proof to every threshold party (decision 0031). */
  syncRecovery(): void {
    void this.threshold?.syncRecovery().catch(() => undefined);
  }

  /** Whether a plan signs with a threshold key (its signatures take network rounds: made outside any transaction). */
  async usesParties(repo: Repo, plan: Plan): Promise<boolean> {
    for (const t of plan.tasks) if ((await this.rows.keys.facts(repo, t.ref, t.curve)).custody === 'threshold') return true;
    return false;
  }

  /** Whether a plan signs with cold keys (made on the air-gapped instance, never here). */
  async usesCold(repo: Repo, plan: Plan): Promise<boolean> {
    for (const t of plan.tasks) if ((await this.rows.keys.facts(repo, t.ref, t.curve)).custody === 'cold') return true;
    return false;
  }

  /** An allowed cold-key request, its approvals and delay passed: it waits, status offline, for request.export and request.import. */
  private async awaitOffline(repo: Repo, rec: RequestRecord, now: string): Promise<RequestView> {
    if (!(await this.rows.move(repo, rec, ['pending', 'approved'], { status: 'offline', notBefore: null }, now)))
      throw new CustosError('E_REQUEST_FINISHED', `request ${rec.id} was already executed`);
    await appendEvent(repo, { actor: 'custos', action: 'request.offline', subject: `request/${rec.id}`, details: { key: rec.keyName, digest: rec.digest } });
    return this.rows.view(repo, (await repo.requests.get(rec.id))!);
  }

  /** Whether a stored request executes outside a transaction: threshold signatures, membership and share changes. */
  async isDeferred(repo: Repo, rec: RequestRecord): Promise<boolean> {
    if (rec.kind !== 'sign') return isNetworkAction(JSON.parse(rec.payload) as AdminAction);
    return this.usesParties(repo, await this.rows.plan(repo, JSON.parse(rec.payload) as StoredPayload).catch(() => ({ tasks: [] }) as unknown as Plan));
  }

  /**
   * Execute an approved request whose signatures need threshold parties: the
   * signatures are made first, outside any transaction (the store is not held
   * during network rounds), then recorded with a compare-and-set on the
   * status. Two executors racing both get signatures; exactly one is
   * recorded and returned. A crash in between leaves the request approved
   * and due, so the scheduler signs it again.
   */
  async runDeferred(id: string): Promise<RequestView> {
    const rec = this.rows.checked((await this.rows.inst.store.read.requests.get(id))!);
    if (rec.status !== 'approved' || this.inFlight.has(id)) return this.rows.view(this.rows.inst.store.read, rec);
    this.inFlight.add(id);
    try {
      // The risk scored at execution is what the coordinator claims to the parties (they score at the same moment).
      let claim: RiskClaim | undefined;
      if (rec.kind === 'sign') {
        const refusal = await this.rows.inst.store.tx(async (repo) => {
          const fresh = await repo.requests.get(id);
          if (fresh?.status !== 'approved') return null;
          const r = await this.redecide(repo, this.rows.checked(fresh), this.rows.opts.now());
          claim = { score: r.risk.score, codes: r.risk.codes };
          return r.refusal ? this.denyAtExecution(repo, this.rows.checked(fresh), r.refusal, new Date(this.rows.opts.now()).toISOString()) : null;
        });
        if (refusal) return refusal;
      }
      const pre = await this.presign(rec, claim);
      return await this.rows.inst.store.tx(async (repo) => {
        const fresh = await repo.requests.get(id);
        if (fresh?.status !== 'approved') return this.rows.view(repo, fresh!);
        const d = JSON.parse(fresh.decision) as StoredDecision;
        const lifetimeOver = this.rows.opts.now() > Date.parse(fresh.createdAt) + this.rows.opts.ttlMs + d.delayMs;
        if ('error' in pre && isCustosError(pre.error, 'E_TOO_EARLY') && !lifetimeOver) {
          // A party's own clock says the time-lock has not passed: stay approved, retry then (not a failure).
          const wait = Math.min(Math.max(Number(pre.error.details?.retryAfterMs ?? 0), 250), 3600_000);
          const nowMs = this.rows.opts.now();
          await this.rows.move(
            repo,
            this.rows.checked(fresh),
            ['approved'],
            { notBefore: new Date(nowMs + wait).toISOString() },
            new Date(nowMs).toISOString(),
          );
          return this.rows.view(repo, (await repo.requests.get(id))!);
        }
        return this.execute(repo, this.rows.checked(fresh), this.rows.opts.now(), pre);
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
  async redecide(repo: Repo, rec: RequestRecord, nowMs: number): Promise<Redecision> {
    const actor = await this.rows.requester(repo, rec);
    if (!actor) return { refusal: { rule: null, reason: `requester ${rec.principalName} is no longer an active principal` }, risk: NO_RISK };
    const stored = JSON.parse(rec.payload) as StoredPayload;
    const plan = await this.rows.plan(repo, stored);
    const { facts } = await gatherFacts(repo, this.rows.keys, this.rows.inst.records, actor, requestShape(plan, stored.note, stored.tags), nowMs, {
      atMs: Date.parse(rec.createdAt),
      valueUsd: rec.valueUsd,
    });
    const { version, policy } = await this.policies.current(repo);
    const d = evaluatePolicy(policy, facts);
    const risk = facts.risk ?? NO_RISK;
    if (d.outcome === 'deny') return { refusal: { rule: d.rule, reason: `policy v${version} now denies it: ${d.reason}` }, risk };
    if (d.approvals) {
      const have = await this.verifiedApprovals(repo, rec, d.approvals.from);
      if (have.length < d.approvals.count)
        return {
          refusal: {
            rule: d.rule,
            reason: `policy v${version} now needs ${d.approvals.count} approvals from ${d.approvals.from} (rule ${d.rule}); it has ${have.length}`,
          },
          risk,
        };
    }
    return { refusal: null, risk };
  }

  /** End an allowed request as denied at execution (its reservation is released by the move). */
  async denyAtExecution(repo: Repo, rec: RequestRecord, refusal: { rule: string | null; reason: string }, now: string): Promise<RequestView> {
    if (
      !(await this.rows.move(
        repo,
        rec,
        ['pending', 'approved'],
        { status: 'denied', result: JSON.stringify({ deniedAtExecution: true, rule: refusal.rule, reason: refusal.reason }) },
        now,
      ))
    ) {
      throw new CustosError('E_REQUEST_FINISHED', `request ${rec.id} was already executed`);
    }
    await appendEvent(repo, {
      actor: 'custos',
      action: 'request.deny',
      subject: `request/${rec.id}`,
      details: { atExecution: true, rule: refusal.rule, reason: refusal.reason },
    });
    return this.rows.view(repo, (await repo.requests.get(rec.id))!);
  }

  /** The signatures of a sign request, made outside a transaction (errors are kept, to be recorded). */
  async presign(rec: RequestRecord, claim?: RiskClaim): Promise<Presigned> {
    const repo = this.rows.inst.store.read;
    try {
      if (rec.kind !== 'sign') {
        const action = JSON.parse(rec.payload) as AdminAction;
        if (!isNetworkAction(action) || !this.threshold) throw new CustosError('E_INTERNAL', `request ${rec.id} is not deferred`);
        const proof = await this.quorumProof(repo, rec);
        if (!proof) throw new CustosError('E_FORBIDDEN', `${action.action} needs the proposer's signed API request, which parties verify; it was not recorded`);
        return { results: [], output: { output: await this.threshold.runAdmin(action, { ...proof, action }, requesterActor(rec)) } };
      }
      const plan = await this.rows.plan(repo, JSON.parse(rec.payload) as StoredPayload);
      if (plan.beforeSign) throw new CustosError('E_UNSUPPORTED', 'a signature recorded before it is made (eth2) is not made outside a transaction');
      const context = await signContext(repo, rec, { claim });
      const results = [];
      for (const t of plan.tasks) results.push({ sig: await this.rows.keys.signIn(repo, t.ref, t.input, signOptions(t, context)), input: t.input });
      return { results, output: plan.assemble(results.map((r) => r.sig)), ...(claim ? { claim } : {}) };
    } catch (e) {
      return { error: e, ...(claim ? { claim } : {}) };
    }
  }

  /**
   * Carry out an allowed request inside the transaction: sign (or run the
   * admin action) and move it to signed, or to failed when the key can no
   * longer sign. Compare-and-set: a request executes at most once.
   */
  /**
   * `planned`: the plan the submitting transaction just made of this request (signed at once), so the
   * payload is not planned twice, and the row is not stored yet: it is inserted once, in its final state
   * (no insert then update); `compact`: a routine eth2 duty, audited by one event.
   */
  async execute(repo: Repo, rec: RequestRecord, nowMs: number, pre?: Presigned, compact?: StoredDecision, planned?: Plan): Promise<RequestView> {
    const now = new Date(nowMs).toISOString();
    const unstored = planned !== undefined && rec.status === 'signed';
    const from: RequestStatus[] = rec.status === 'signed' ? ['signed'] : ['pending', 'approved'];
    let result: Record<string, unknown>;
    let duty: Record<string, unknown> = {};
    let status: RequestStatus = 'signed';
    let teaches = rec.kind === 'sign'; // a signature teaches the risk baselines; eth2 duties are not scored
    let claim: RiskClaim | undefined;
    try {
      if (pre) {
        if ('error' in pre) throw pre.error;
        for (const r of pre.results) await appendEvent(repo, signAudit(requesterActor(rec), r.sig, r.input, { requestId: rec.id }));
        result = pre.output;
      } else if (rec.kind === 'sign') {
        if (rec.status !== 'signed') {
          const { refusal, risk } = await this.redecide(repo, rec, nowMs);
          if (refusal) return this.denyAtExecution(repo, rec, refusal, now);
          claim = { score: risk.score, codes: risk.codes };
        }
        const plan = planned && rec.status === 'signed' ? planned : await this.rows.plan(repo, JSON.parse(rec.payload) as StoredPayload);
        teaches = plan.kind !== 'eth2';
        if (await this.usesCold(repo, plan)) {
          if (unstored) await repo.requests.insert(this.rows.withMac(rec));
          return this.awaitOffline(repo, rec, now);
        }
        const context = await signContext(repo, rec, { claim, ...(plan === planned ? { known: [] } : {}) });
        duty = (plan.payloadFacts.eth2 as Record<string, unknown> | undefined) ?? {};
        await plan.beforeSign?.(repo); // eth2 slashing protection: recorded in this transaction, before any signature
        const results = [];
        for (const t of plan.tasks) {
          const sig = await this.rows.keys.signIn(repo, t.ref, t.input, signOptions(t, context));
          if (!compact) await appendEvent(repo, signAudit(requesterActor(rec), sig, t.input, { requestId: rec.id }));
          results.push(sig);
        }
        result = plan.assemble(results);
      } else {
        const action = JSON.parse(rec.payload) as AdminAction;
        if (action.action === 'recovery') {
          const proposer = await this.rows.requester(repo, rec);
          const guardians = (await this.verifiedApprovals(repo, rec, 'guardian')).length;
          const stored = JSON.parse(rec.decision) as StoredDecision;
          const refusal = recoveryRefusal(await this.policies.current(repo), proposer, guardians, { notBefore: rec.notBefore, delayMs: stored.delayMs, nowMs });
          if (refusal) {
            await fileRecoveryProof(this.rows.inst, repo, rec, null); // the parties are not asked to apply what was denied here
            return this.denyAtExecution(repo, rec, refusal, now);
          }
        }
        result = { output: await executeAdmin(this.admin, repo, action, rec) };
        if (govKey(action)) await recordGovProof(this.rows.inst, repo, action, await this.quorumProof(repo, rec));
        // The parties apply it after their own time-lock, on the guardians' signatures (decision 0031).
        if (action.action === 'recovery') await fileRecoveryProof(this.rows.inst, repo, rec, true);
      }
    } catch (e) {
      if (!isCustosError(e) || ['E_STORE', 'E_INTERNAL', 'E_SEALED'].includes(e.code)) throw e;
      status = 'failed';
      result = { error: { code: e.code, message: e.message, ...(e.details?.party ? { party: e.details.party } : {}) } };
      if (rec.kind === RECOVERY_KIND) await fileRecoveryProof(this.rows.inst, repo, rec, null);
      if (e.code === 'E_INVALID_SHARE' && e.details?.party) {
        await appendEvent(repo, {
          actor: 'custos',
          action: 'threshold.invalid_share',
          subject: `party/${String(e.details.party)}`,
          details: { requestId: rec.id, key: rec.keyName, participant: String(e.details.participant ?? '') },
        });
      }
    }
    const final = { status, result: JSON.stringify(result), signedAt: status === 'signed' ? now : null };
    if (unstored) await repo.requests.insert(this.rows.withMac({ ...rec, ...final, updatedAt: now }));
    else if (!(await this.rows.move(repo, rec, from, final, now))) throw new CustosError('E_REQUEST_FINISHED', `request ${rec.id} was already executed`);
    if (status === 'signed' && teaches) await learnSigned(repo, this.rows.inst.records, rec); // the risk hook: a signature teaches its key's and principal's baselines
    // Filed and executed in this transaction (the submission's plan reused): the row is the one just written, with no approvals.
    const written = () => this.rows.view(repo, { ...rec, ...final, updatedAt: now }, []);
    if (compact) {
      await appendEvent(repo, compactEth2Event(rec, compact, duty, status, result));
      return written();
    }
    await appendEvent(repo, {
      actor: 'custos',
      action: status === 'signed' ? 'request.execute' : 'request.fail',
      subject: `request/${rec.id}`,
      details: {
        ...(status === 'failed' ? { error: result.error as Record<string, unknown> } : { kind: rec.kind }),
        // The risk claimed to threshold parties (they refuse a claim below their own: E_RISK_MISMATCH).
        ...(pre?.claim ? { claimedRisk: pre.claim } : {}),
      },
    });
    if (unstored) return written();
    const after = await repo.requests.get(rec.id);
    return this.rows.view(repo, after!);
  }

  /**
   * The approvals that count: each stored signature re-verified against its
   * approver's current (MAC-checked, active, eligible) key, so a row written
   * into the store by anyone else never counts.
   */
  async verifiedApprovals(repo: Repo, rec: RequestRecord, role: string) {
    const rows = (await repo.requests.approvals(rec.id)).filter((a) => a.verdict === 'approve');
    const ok = new Set(await verifiedApprovers(this.rows.inst, repo, { id: rec.id, digest: rec.digest, requester: rec.principalName }, rows, role as Role));
    return rows.filter((a) => ok.has(a.approverName) && a.approverId !== rec.principalId);
  }

  /** The proof of a quorum-governed change: the proposer's signed request and the approvals over the request digest. */
  quorumProof(repo: Repo, rec: RequestRecord): Promise<Omit<GovProof, 'action'> | undefined> {
    return requestProof(this.rows.inst, repo, rec);
  }

  /** The threshold keys a sign request uses (whose parties hear of vetoes). */
  async thresholdRefs(repo: Repo, rec: RequestRecord): Promise<string[]> {
    if (rec.kind !== 'sign' || !this.threshold) return [];
    const plan = await this.rows.plan(repo, JSON.parse(rec.payload) as StoredPayload).catch(() => null);
    const out = new Set<string>();
    for (const t of plan?.tasks ?? []) if ((await this.rows.keys.facts(repo, t.ref, t.curve).catch(() => null))?.custody === 'threshold') out.add(t.ref);
    return [...out];
  }

  /** Execute approved requests whose delay has passed and expire stale pending ones. Returns how many moved. */
  async runDue(limit = 100): Promise<{ executed: number; expired: number }> {
    if (this.rows.inst.sealed) return { executed: 0, expired: 0 };
    const nowMs = this.rows.opts.now();
    const now = new Date(nowMs).toISOString();
    const { execute, expire } = await this.rows.inst.store.read.requests.due(now, limit);
    let executed = 0;
    let expired = 0;
    for (const r of execute) {
      if (await this.isDeferred(this.rows.inst.store.read, r)) {
        if ((await this.runDeferred(r.id)).status !== 'approved') executed++;
        continue;
      }
      await this.rows.inst.store.tx(async (repo) => {
        const fresh = await repo.requests.get(r.id);
        if (fresh?.status !== 'approved') return; // another instance or call got it first
        await this.execute(repo, this.rows.checked(fresh), nowMs);
        executed++;
      });
      if (r.kind === RECOVERY_KIND) this.syncRecovery();
    }
    for (const r of expire) {
      if (r.status !== 'pending') continue;
      await this.rows.inst.store.tx(async (repo) => {
        const fresh = await repo.requests.get(r.id);
        if (fresh?.status !== 'pending') return;
        if (await this.rows.move(repo, this.rows.checked(fresh), ['pending'], { status: 'expired' }, now)) {
          await appendEvent(repo, { actor: 'custos', action: 'request.expire', subject: `request/${r.id}`, details: { expiresAt: r.expiresAt } });
          expired++;
        }
      });
    }
    return { executed, expired };
  }
}

/** What a threshold key's parties are shown of the request they sign for (they re-check all of it). */
/**
 * `known`: the request's approvals when the caller has them (a request filed in the same transaction has none);
 * `claim`: the risk claimed to threshold parties.
 */
export async function signContext(repo: Repo, rec: RequestRecord, opts: { known?: ApprovalRecord[]; claim?: RiskClaim } = {}): Promise<SignContext> {
  const approvals = (opts.known ?? (await repo.requests.approvals(rec.id)))
    .filter((a) => a.verdict === 'approve')
    .map((a) => ({ approverName: a.approverName, signature: a.signature }));
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
    ...(opts.claim ? { risk: { score: opts.claim.score, codes: [...opts.claim.codes] } } : {}),
  };
}

function signOptions(t: SigningTask, context: SignContext) {
  return { scheme: t.scheme, ...(t.curve ? { curve: t.curve } : {}), ...(t.auxRand ? { auxRand: t.auxRand } : {}), context };
}

/**
 * The one event of a routine eth2 duty (decided and signed, or refused by slashing protection, in
 * the submitting transaction): what request.decide, key.sign and request.execute would say, in one.
 */
function compactEth2Event(rec: RequestRecord, d: StoredDecision, duty: Record<string, unknown>, status: RequestStatus, result: Record<string, unknown>) {
  const pick = (k: string) => (duty[k] !== undefined ? { [k]: duty[k] } : {});
  const error = status === 'failed' ? (result.error as { code?: string } | undefined) : undefined;
  return {
    actor: requesterActor(rec),
    action: 'eth2.sign' as const,
    subject: `key/${rec.keyName ?? ''}`,
    details: {
      requestId: rec.id,
      status,
      rule: d.rule,
      policyVersion: d.policyVersion,
      factsDigest: d.factsDigest,
      digest: rec.digest,
      ...pick('type'),
      ...pick('slot'),
      ...pick('epoch'),
      ...pick('sourceEpoch'),
      ...pick('targetEpoch'),
      ...(typeof result.signingRoot === 'string' ? { signingRoot: result.signingRoot } : {}),
      ...(error?.code ? { error: error.code } : {}),
    },
  };
}

/** The audit actor of the principal who submitted a request. */
export function requesterActor(rec: RequestRecord): string {
  return rec.principalId === 'local' ? rec.principalName : `principal:${rec.principalName}`;
}
