/**
 * Approvers and requesters acting on a request: approvals and rejections
 * (each the approver's own signature over the request digest), a rejection
 * during the delay window, and cancellation; threshold parties are told of
 * every signed rejection and cancellation, so they refuse the request too.
 */
import { CustosError } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import { auditActor, type Actor } from '../access/actor.js';
import { verifyPrincipalApproval, type Verdict } from '../auth/approval.js';
import type { Repo } from '../store/repo.js';
import type { PrincipalRecord, RequestRecord, Role } from '../store/records.js';
import type { RequestView, StoredDecision } from './view.js';
import type { StoredPayload } from './stored.js';
import type { ThresholdHooks } from './admin.js';
import type { Executor } from './executor.js';
import type { RequestRows } from './rows.js';
import { RECOVERY_KIND, RECOVERY_RULE } from './recovery.js';
import { fileRecoveryProof } from '../threshold/governance.js';

export class ApprovalDesk {
  constructor(
    private readonly rows: RequestRows,
    private readonly exec: Executor,
    private readonly threshold: ThresholdHooks | null,
  ) {}

  /** Record an approval or rejection (the approver's signature over the request digest). */
  async decide(actor: Actor, id: string, verdict: Verdict, signature: string): Promise<RequestView> {
    this.rows.inst.assertUnsealed();
    let defer: string | null = null;
    let announce: { rec: RequestRecord; refs: string[] } | null = null;
    let vetoed: { refs: string[]; digest: string; recovery: boolean } | null = null;
    let recoveryApproved = false;
    const view = await this.rows.inst.store.tx(async (repo) => {
      const rec = this.rows.checked(await this.rows.visible(repo, actor, id, true));
      const d = JSON.parse(rec.decision) as StoredDecision;
      if (verdict === 'reject' && rec.status === 'approved' && rec.notBefore && Date.parse(rec.notBefore) > this.rows.opts.now()) {
        const v = await this.vetoInDelay(repo, actor, rec, d, signature);
        const recovery = rec.kind === RECOVERY_KIND;
        if (recovery) await fileRecoveryProof(this.rows.inst, repo, rec, null);
        vetoed = { refs: await this.exec.thresholdRefs(repo, rec), digest: rec.digest, recovery };
        return v;
      }
      if (rec.status !== 'pending' || !d.approvals) {
        throw new CustosError(
          'E_REQUEST_FINISHED',
          `request ${id} is ${rec.status}${rec.status === 'approved' ? ' (waiting for its delay)' : ''}: it takes no ${verdict === 'approve' ? 'approvals' : 'rejections'}`,
          { status: rec.status },
        );
      }
      if (Date.parse(rec.expiresAt) <= this.rows.opts.now())
        throw new CustosError('E_REQUEST_FINISHED', `request ${id} expired at ${rec.expiresAt}`, { status: 'expired' });
      if (actor.id === rec.principalId) throw new CustosError('E_SELF_APPROVAL', 'a requester cannot approve or reject their own request');
      if (actor.role !== d.approvals.from)
        throw new CustosError('E_NOT_ELIGIBLE', `this request needs approvals from role ${d.approvals.from}; ${actor.name} is ${actor.role}`);
      const principal = await this.signer(repo, actor, rec, verdict, signature);
      const nowMs = this.rows.opts.now();
      const now = new Date(nowMs).toISOString();
      const inserted = await repo.requests.insertApproval({
        requestId: id,
        approverId: actor.id,
        approverName: actor.name,
        approverRole: actor.role,
        verdict,
        signature,
        createdAt: now,
      });
      if (!inserted) throw new CustosError('E_ALREADY_APPROVED', `${actor.name} already decided on request ${id}`);
      await appendEvent(repo, {
        actor: auditActor(actor),
        action: verdict === 'approve' ? 'request.approve' : 'request.reject',
        subject: `request/${id}`,
        details: { digest: rec.digest, signature, approverPublicKey: principal.publicKey },
      });
      if (verdict === 'reject') {
        await this.rows.move(repo, rec, ['pending'], { status: 'rejected', result: JSON.stringify({ rejectedBy: actor.name }) }, now);
        return this.rows.view(repo, (await repo.requests.get(id))!);
      }
      const approvals = await this.exec.verifiedApprovals(repo, rec, d.approvals.from);
      if (approvals.length < d.approvals.count) return this.rows.view(repo, rec);
      if (d.delayMs > 0) {
        if (rec.kind === 'sign') {
          const plan = await this.rows.plan(repo, JSON.parse(rec.payload) as StoredPayload);
          if (await this.exec.usesParties(repo, plan)) announce = { rec, refs: plan.tasks.map((t) => t.ref) };
        }
        await this.rows.move(repo, rec, ['pending'], { status: 'approved', notBefore: new Date(nowMs + d.delayMs).toISOString() }, now);
        if (rec.kind === RECOVERY_KIND) {
          // Fully approved: the parties start their own time-locks from when they first hold this proof (decision 0031).
          await fileRecoveryProof(this.rows.inst, repo, rec, false);
          recoveryApproved = true;
        }
        await appendEvent(repo, {
          actor: 'custos',
          action: 'request.approved',
          subject: `request/${id}`,
          details: { approvals: approvals.length, notBefore: new Date(nowMs + d.delayMs).toISOString() },
        });
        return this.rows.view(repo, (await repo.requests.get(id))!);
      }
      if (await this.exec.isDeferred(repo, rec)) {
        await this.rows.move(repo, rec, ['pending'], { status: 'approved', notBefore: now }, now);
        await appendEvent(repo, {
          actor: 'custos',
          action: 'request.approved',
          subject: `request/${id}`,
          details: { approvals: approvals.length, notBefore: now },
        });
        defer = id;
        return this.rows.view(repo, (await repo.requests.get(id))!);
      }
      return this.exec.execute(repo, rec, nowMs);
    });
    const a = announce as { rec: RequestRecord; refs: string[] } | null; // assigned inside the transaction callback
    if (a) this.exec.announce(a.rec, a.refs);
    if (recoveryApproved) this.exec.syncRecovery();
    const v = vetoed as { refs: string[]; digest: string; recovery: boolean } | null;
    if (v?.recovery && this.threshold)
      await this.threshold.vetoEverywhere({ kind: 'reject', requestId: id, digest: v.digest, principal: actor.name, signature }).catch(() => undefined);
    if (v?.refs.length && this.threshold)
      await this.threshold.veto({ kind: 'reject', requestId: id, digest: v.digest, principal: actor.name, signature }, v.refs).catch(() => undefined);
    if (verdict === 'reject' && view.status === 'rejected' && !v && this.threshold) {
      const refs = await this.exec.thresholdRefs(this.rows.inst.store.read, (await this.rows.inst.store.read.requests.get(id))!);
      if (refs.length)
        await this.threshold.veto({ kind: 'reject', requestId: id, digest: view.digest, principal: actor.name, signature }, refs).catch(() => undefined);
    }
    return defer ? this.exec.runDeferred(defer) : view;
  }

  /**
   * An eligible approver of the rule that allowed a delayed request rejects
   * it during its delay window (the requester cannot).
   */
  private async vetoInDelay(repo: Repo, actor: Actor, rec: RequestRecord, d: StoredDecision, signature: string): Promise<RequestView> {
    if (actor.id === rec.principalId) throw new CustosError('E_SELF_APPROVAL', 'a requester cannot reject their own request (cancel it instead)');
    if (actor.role !== vetoRole(d))
      throw new CustosError('E_NOT_ELIGIBLE', `during its delay this request can be rejected by role ${vetoRole(d)}; ${actor.name} is ${actor.role}`);
    const principal = await this.signer(repo, actor, rec, 'reject', signature);
    const now = new Date(this.rows.opts.now()).toISOString();
    const inserted = await repo.requests.insertApproval({
      requestId: rec.id,
      approverId: actor.id,
      approverName: actor.name,
      approverRole: actor.role,
      verdict: 'reject',
      signature,
      createdAt: now,
    });
    if (!inserted) throw new CustosError('E_ALREADY_APPROVED', `${actor.name} already decided on request ${rec.id}`);
    if (!(await this.rows.move(repo, rec, ['approved'], { status: 'rejected', result: JSON.stringify({ rejectedBy: actor.name, duringDelay: true }) }, now))) {
      throw new CustosError('E_REQUEST_FINISHED', `request ${rec.id} is no longer waiting`);
    }
    await appendEvent(repo, {
      actor: auditActor(actor),
      action: 'request.reject',
      subject: `request/${rec.id}`,
      details: { digest: rec.digest, signature, approverPublicKey: principal.publicKey, duringDelay: true },
    });
    return this.rows.view(repo, (await repo.requests.get(rec.id))!);
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
    let recovery = false;
    const view = await this.rows.inst.store.tx(async (repo) => {
      const rec = this.rows.checked(await this.rows.visible(repo, actor, id, false));
      const d = JSON.parse(rec.decision) as StoredDecision;
      if (actor.id !== rec.principalId && actor.role !== 'admin' && actor.role !== vetoRole(d)) {
        throw new CustosError('E_FORBIDDEN', `only the requester, an admin or an eligible approver (${vetoRole(d)}) can cancel this request`);
      }
      const now = new Date(this.rows.opts.now()).toISOString();
      if (
        !(await this.rows.move(
          repo,
          rec,
          ['pending', 'approved', 'offline'],
          { status: 'cancelled', result: JSON.stringify({ cancelledBy: actor.name }) },
          now,
        ))
      ) {
        throw new CustosError('E_REQUEST_FINISHED', `request ${id} is ${rec.status} and can no longer be cancelled`, { status: rec.status });
      }
      await appendEvent(repo, { actor: auditActor(actor), action: 'request.cancel', subject: `request/${id}`, details: { previousStatus: rec.status } });
      refs = await this.exec.thresholdRefs(repo, rec);
      recovery = rec.kind === RECOVERY_KIND;
      if (recovery) await fileRecoveryProof(this.rows.inst, repo, rec, null);
      return this.rows.view(repo, (await repo.requests.get(id))!);
    });
    // A recovery changes every party's admins: every party gets the signed cancellation.
    if (recovery && actor.proof && this.threshold)
      await this.threshold.vetoEverywhere({ kind: 'cancel', requestId: id, http: actor.proof }).catch(() => undefined);
    if (refs.length && actor.proof && this.threshold)
      await this.threshold.veto({ kind: 'cancel', requestId: id, http: actor.proof }, refs).catch(() => undefined);
    return view;
  }

  /** The approver's principal (active row, MAC-checked) whose key made `signature` over the request digest; else E_BAD_SIGNATURE. */
  private async signer(repo: Repo, actor: Actor, rec: RequestRecord, verdict: Verdict, signature: string): Promise<PrincipalRecord> {
    const principal = await this.rows.inst.records.principalById(repo, actor.id);
    if (!principal || !verifyPrincipalApproval(principal.publicKey, rec.id, rec.digest, verdict, signature)) {
      throw new CustosError('E_BAD_SIGNATURE', `the ${verdict} signature does not verify under ${actor.name}'s key for request digest ${rec.digest}`);
    }
    return principal;
  }
}

/** Who may stop a request during its delay besides its requester and admins: the rule's approver role, else "approver" (guardians for a recovery, whatever its quorum). */
function vetoRole(d: StoredDecision): Role {
  if (d.rule === RECOVERY_RULE) return 'guardian';
  return (d.approvals?.from as Role | undefined) ?? 'approver';
}
