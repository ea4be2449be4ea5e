/**
 * A party decides a request's lifecycle from evidence, not from the
 * coordinator's word:
 *
 * - what the request is: the party re-plans its payload with the same
 *   planners, recomputes its digest, and binds the request id to that one
 *   digest for good (a second payload under a known id is coordinator
 *   misbehaviour: refused and audited);
 * - whether it is allowed: the party's own policy copy on facts it gathers
 *   itself (velocity from the requests it released shares for), the
 *   requester from its own principals;
 * - its approvals: the approvers' P-256 signatures, verified against its own
 *   principals (access/approvals.ts); a request is "approved" at this party
 *   when it first holds the complete set, whatever phase the coordinator claims;
 * - its time-lock: on this party's clock, from when the party itself first
 *   knew of the request (no approvals needed) or first held the complete
 *   approval set;
 * - its lifetime: only within the request TTL (plus the delay) of its creation;
 * - vetoes: a cancellation or rejection signed by a principal allowed to make
 *   it stops the request here, even if the coordinator withholds it (parties
 *   accept vetoes directly on POST /v1/party/veto).
 */
import { CustosError, badInput } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import type { Actor } from '../access/actor.js';
import { ownPrincipal, verifiedApprovers } from '../access/approvals.js';
import { requestDigest, verifyPrincipalApproval } from '../auth/approval.js';
import { publicKeyFromHex } from '../auth/credential.js';
import { verifyRequest } from '../auth/request-signature.js';
import { evaluatePolicy, factsDigest, type Decision } from '../policy/evaluate.js';
import { equalBytes, toHex } from '../crypto/bytes.js';
import { signingBytes } from '../keystore/payload.js';
import type { KeyFacts, KeyFactsSource } from '../keystore/types.js';
import { gatherFacts, requestShape } from '../requests/facts.js';
import { ensureRiskBaselines, riskBaselinesReady } from '../requests/risk.js';
import type { Plan } from '../requests/types.js';
import type { Repo } from '../store/repo.js';
import type { Role } from '../store/records.js';
import { groupPublicKey } from '../threshold/frost.js';
import { decodePublic } from '../threshold/codec.js';
import type { SignContext, Veto } from './protocol.js';
import { NO_RISK, type RiskFacts } from '../risk/types.js';
import { refuse } from './authority.js';
import type { PartyCore, ShareRecord } from './types.js';

/** Clock difference tolerated between coordinator and party. */
const SKEW_MS = 120_000;
/** A request's lifetime at a party (the service's default request TTL), plus its delay. */
export const PARTY_REQUEST_TTL_MS = 24 * 3600_000;

/** What a party knows of a request it was told of. */
export interface SeenRecord {
  digest: string;
  firstSeen: number;
  /** When this party first verified the complete approval set (its own clock). */
  approvedAt?: number;
}

interface VetoRecord {
  /** Each veto with its author's role when it was taken: a later revocation of the author does not undo it. */
  vetoes: { kind: 'cancel' | 'reject'; principal: string; role?: string; digest?: string; at: number }[];
}

/** Vetoes a principal may file for requests this party has not seen yet, per day (bounds what one principal can write). */
export const UNSEEN_VETOES_PER_DAY = 256;

/** An allow decision (a party never goes past a deny). */
export type Allowed = Extract<Decision, { outcome: 'allow' }>;

/** The outcome of a party's own assessment of a request. */
export interface Assessment {
  digest: string;
  actor: Actor;
  plan: Plan;
  decision: Allowed;
  policyVersion: number;
  factsDigest: string;
  approvers: string[];
  /** Whether the approvals the policy asks for are all there (true when none are asked). */
  approved: boolean;
  /** This party's own risk facts for the request (its own baselines, velocity and lists): what it decided on. */
  risk: RiskFacts;
}

/** The role whose members may stop a request during its delay: the rule's approvers, else "approver". */
const vetoRole = (d: Allowed): Role => (d.approvals?.from as Role | undefined) ?? 'approver';

export class PartyEvidence {
  constructor(private readonly node: PartyCore) {}

  /** Key facts for the planners: this party's own share, under the name the payload must use. */
  keyFacts(rec: ShareRecord): KeyFactsSource {
    const facts: KeyFacts = {
      name: rec.keyName,
      algorithm: rec.suite,
      custody: 'threshold',
      tags: rec.tags,
      version: 1,
      state: 'active',
      publicKey: toHex(groupPublicKey(rec.suite, decodePublic(rec.public))),
      allowRaw: rec.allowRaw === true,
    };
    return {
      facts: async (_repo, ref) => {
        if (ref !== rec.keyName) throw refuse(`the payload names key "${String(ref).slice(0, 64)}", which this party holds no share of`);
        return facts;
      },
    };
  }

  /** The share a request's payload names (for announcements, which carry no key epoch). */
  private async shareByName(repo: Repo, keyName: string): Promise<ShareRecord> {
    for (const r of await this.node.vault.list<ShareRecord>(repo, 'share')) if (r.state === 'active' && r.value.keyName === keyName) return r.value;
    throw refuse(`this party holds no active share of key "${keyName.slice(0, 64)}"`);
  }

  /**
   * Everything a share depends on, re-derived by this party. `message`, when
   * given, must be one of the digests the payload signs with this key.
   */
  async assess(repo: Repo, rec: ShareRecord, ctx: SignContext, message: Uint8Array | null, nowMs: number): Promise<Assessment> {
    return this.assessFor(repo, rec.keyName, this.keyFacts(rec), ctx, message, nowMs);
  }

  /** {@link assess} for any key this party holds (a FROST share, a Safe owner key: src/party/safe-owner.ts). */
  async assessFor(repo: Repo, keyName: string, keys: KeyFactsSource, ctx: SignContext, message: Uint8Array | null, nowMs: number): Promise<Assessment> {
    if (ctx.kind !== 'sign') throw refuse(`request kind ${ctx.kind.slice(0, 32)} is not a signing request`);
    const created = Date.parse(ctx.createdAt);
    if (!Number.isFinite(created)) throw badInput('request.createdAt is not a time');
    if (created > nowMs + SKEW_MS) throw refuse("the request was created in the future (by this party's clock)", { requestId: ctx.id });
    let payload: { type: string } & Record<string, unknown>;
    try {
      payload = JSON.parse(ctx.payload) as typeof payload;
    } catch {
      throw badInput('request.payload is not JSON');
    }
    if (typeof payload !== 'object' || payload === null || typeof payload.type !== 'string') throw badInput('request.payload: expected an object with a type');
    const plan = await this.node.services.requests.planner(payload.type)(repo, keys, payload);
    if (message && !plan.tasks.some((t) => t.ref === keyName && equalBytes(signingBytes(t.scheme, t.input), message))) {
      throw refuse("the message is not what this request's payload signs with this key", { requestId: ctx.id });
    }
    const digest = requestDigest({ id: ctx.id, kind: ctx.kind, principal: ctx.principal.name, key: plan.key, payload, createdAt: ctx.createdAt });
    if (digest !== ctx.digest) throw refuse('the request digest does not match its contents', { requestId: ctx.id });
    await this.bindId(repo, ctx.id, digest);
    const actor = await this.actor(repo, ctx);
    const { facts } = await gatherFacts(
      repo,
      keys,
      this.node.inst.records,
      actor,
      requestShape(plan, String(payload.note ?? ''), (payload.tags ?? {}) as Record<string, string>),
      nowMs,
    );
    const { version, policy } = await this.node.services.policies.current(repo);
    const decision = evaluatePolicy(policy, facts);
    if (decision.outcome === 'deny')
      throw refuse(`its policy v${version} denies it (${decision.reason})`, { requestId: ctx.id, rule: decision.rule, policyVersion: version });
    if (nowMs > created + PARTY_REQUEST_TTL_MS + decision.delayMs + SKEW_MS)
      throw refuse(`the request is older than its lifetime (${PARTY_REQUEST_TTL_MS / 3600_000} h plus its delay): expired`, { requestId: ctx.id });
    const approvers = decision.approvals
      ? await verifiedApprovers(
          this.node.inst,
          repo,
          { id: ctx.id, digest, requester: actor.name },
          ctx.approvals,
          decision.approvals.from as Role,
          'approve',
          {
            passkeys: this.node.services.acceptPasskeyApprovals,
          },
        )
      : [];
    await this.checkVetoes(repo, ctx.id, digest, actor.name, vetoRole(decision));
    return {
      digest,
      actor,
      plan,
      decision,
      policyVersion: version,
      factsDigest: factsDigest(facts),
      approvers,
      approved: !decision.approvals || approvers.length >= decision.approvals.count,
      risk: facts.risk ?? NO_RISK,
    };
  }

  /** One request id, one payload: a second digest under a known id is refused and audited as coordinator misbehaviour. */
  private async bindId(repo: Repo, id: string, digest: string): Promise<void> {
    const seen = (await this.node.vault.get<SeenRecord>(repo, 'seen', id))?.value;
    const signed = await repo.requests.get(id);
    const bound = seen?.digest ?? signed?.digest;
    if (bound === undefined || bound === digest) return;
    // Audited by the node as coordinator misbehaviour (after this transaction rolls back).
    throw refuse('another request was already made under this id (one request id, one payload)', {
      requestId: id,
      misbehaviour: 'request-id-reuse',
      boundDigest: bound,
      offeredDigest: digest,
    });
  }

  /** The requester as this party knows it: its own principal record. */
  private async actor(repo: Repo, ctx: SignContext): Promise<Actor> {
    // A coordinator's local operator cannot be verified from here: threshold keys sign for API principals only.
    if (ctx.principal.kind === 'local')
      throw refuse('a local operator of the coordinator cannot be verified by a party: threshold keys sign for API principals only');
    const own = await ownPrincipal(this.node.inst, repo, ctx.principal.name, null);
    if (!own) throw refuse(`principal "${ctx.principal.name.slice(0, 64)}" is not an active principal on this party`);
    return { id: own.id, name: own.name, role: own.role, kind: 'api', tags: own.tags };
  }

  /**
   * Record what this party now knows of a request: when it first saw it, and
   * when it first held the complete approval set. Returns the record.
   */
  async note(repo: Repo, id: string, a: Assessment, nowMs: number): Promise<SeenRecord> {
    const prior = (await this.node.vault.get<SeenRecord>(repo, 'seen', id))?.value;
    const next: SeenRecord = {
      digest: a.digest,
      firstSeen: prior?.firstSeen ?? nowMs,
      ...(prior?.approvedAt !== undefined ? { approvedAt: prior.approvedAt } : a.approved && a.decision.approvals ? { approvedAt: nowMs } : {}),
    };
    if (!prior || prior.approvedAt !== next.approvedAt) await this.node.vault.put(repo, 'seen', id, 'active', next);
    return next;
  }

  /**
   * The coordinator tells the parties of a threshold request when it is
   * submitted and when its approvals arrive: each party assesses it itself
   * and keeps its own times (the coordinator's "phase" is not believed).
   */
  async seen(ctx: SignContext): Promise<unknown> {
    await this.riskReady();
    const nowMs = this.node.services.now();
    return this.node.inst.store.tx(async (repo) => {
      const rec = await this.shareByName(repo, ctx.keyName);
      const a = await this.assess(repo, rec, ctx, null, nowMs);
      const s = await this.note(repo, ctx.id, a, nowMs);
      return { id: ctx.id, approved: s.approvedAt !== undefined || !a.decision.approvals, approvals: a.approvers.length };
    });
  }

  /** This party's risk baselines relearned once after migration 15 (from the requests it signed), before it scores anything. */
  async riskReady(): Promise<void> {
    const inst = this.node.inst;
    if (!riskBaselinesReady(inst.store)) await ensureRiskBaselines(inst.store, inst.records, (r) => inst.records.verify('requests', r));
  }

  /** The time-lock, on this party's clock; refuses until it has passed. */
  checkDelay(a: Assessment, seen: SeenRecord | undefined, nowMs: number, id: string): void {
    if (!a.approved) {
      const need = a.decision.approvals!;
      throw refuse(`its policy v${a.policyVersion} needs ${need.count} approvals from ${need.from}; ${a.approvers.length} verify here`, {
        requestId: id,
        policyVersion: a.policyVersion,
      });
    }
    if (a.decision.delayMs <= 0) return;
    const start = a.decision.approvals ? seen?.approvedAt : seen?.firstSeen;
    if (start === undefined || nowMs < start + a.decision.delayMs) {
      const left = start === undefined ? a.decision.delayMs : start + a.decision.delayMs - nowMs;
      throw new CustosError(
        'E_TOO_EARLY',
        `party refuses: its policy v${a.policyVersion} requires a ${a.decision.delayMs} ms delay that has not passed on this party's clock (${left} ms left)`,
        { requestId: id, retryAfterMs: left },
      );
    }
  }

  /**
   * Refuse when a principal allowed to stop the request has vetoed it: a
   * cancellation by its requester, an admin or a member of `role` (the rule's
   * approvers; guardians for a recovery), a rejection by a member of `role`.
   */
  async checkVetoes(repo: Repo, id: string, digest: string, requester: string, role: Role): Promise<void> {
    const v = (await this.node.vault.get<VetoRecord>(repo, 'veto', id))?.value;
    for (const x of v?.vetoes ?? []) {
      if (x.digest !== undefined && x.digest !== digest) continue;
      // The role the author had when the veto was verified (older records: its role now).
      const had = x.role ?? (await ownPrincipal(this.node.inst, repo, x.principal, null))?.role;
      if (!had) continue;
      const eligible = x.kind === 'cancel' ? x.principal === requester || had === 'admin' || had === role : had === role && x.principal !== requester;
      if (eligible) throw refuse(`the request was ${x.kind === 'cancel' ? 'cancelled' : 'rejected'} by ${x.principal}`, { requestId: id });
    }
  }

  /**
   * A veto for a request this party has not seen yet (the coordinator may
   * have withheld it) is kept, within a per-principal daily quota: one
   * principal cannot grow the party's store without bound.
   */
  private async vetoQuota(repo: Repo, requestId: string, principal: string): Promise<void> {
    if (
      (await this.node.vault.get<SeenRecord>(repo, 'seen', requestId)) ||
      (await this.node.vault.get(repo, 'recovery', requestId)) ||
      (await repo.requests.get(requestId))
    )
      return;
    const day = Math.floor(Date.now() / 86_400_000);
    const q = (await this.node.vault.get<{ day: number; count: number }>(repo, 'veto-quota', principal))?.value;
    const count = q?.day === day ? q.count : 0;
    if (count >= UNSEEN_VETOES_PER_DAY)
      throw new CustosError('E_RATE_LIMITED', `${principal} filed ${UNSEEN_VETOES_PER_DAY} vetoes today for requests this party has not seen`);
    await this.node.vault.put(repo, 'veto-quota', principal, 'active', { day, count: count + 1 });
  }

  /**
   * Take a veto (from the coordinator or posted directly): kept when its
   * signature verifies under an active principal of this party. Whether that
   * principal may stop the request is decided when the request is assessed.
   */
  async veto(v: Veto): Promise<unknown> {
    return this.node.inst.store.tx(async (repo) => {
      const principal = v.kind === 'cancel' ? v.http.principal : v.principal;
      const p = await ownPrincipal(this.node.inst, repo, principal, null);
      if (!p) throw refuse(`"${principal.slice(0, 64)}" is not an active principal on this party`);
      let digest: string | undefined;
      if (v.kind === 'cancel') {
        const h = v.http;
        if (h.method !== 'POST' || h.path.split('?')[0] !== `/v1/requests/${v.requestId}/cancel`)
          throw refuse('the signed request is not a cancellation of this request');
        try {
          verifyRequest(
            publicKeyFromHex(p.publicKey),
            { principal: h.principal, timestamp: h.timestamp, nonce: h.nonce, signature: new Uint8Array(Buffer.from(h.signature, 'base64url')) },
            { method: h.method, path: h.path, body: h.body },
            h.timestamp * 1000,
          );
        } catch {
          throw refuse(`the cancellation's signature does not verify under ${p.name}'s key`);
        }
      } else {
        if (!verifyPrincipalApproval(p.publicKey, v.requestId, v.digest, 'reject', v.signature))
          throw refuse(`the rejection's signature does not verify under ${p.name}'s key`);
        digest = v.digest;
      }
      const prior = (await this.node.vault.get<VetoRecord>(repo, 'veto', v.requestId))?.value ?? { vetoes: [] };
      if (!prior.vetoes.some((x) => x.principal === p.name && x.kind === v.kind)) {
        await this.vetoQuota(repo, v.requestId, p.name);
        prior.vetoes.push({ kind: v.kind, principal: p.name, role: p.role, ...(digest ? { digest } : {}), at: Date.now() });
        await this.node.vault.put(repo, 'veto', v.requestId, 'active', { vetoes: prior.vetoes.slice(-32) });
        await appendEvent(repo, {
          actor: `principal:${p.name}`,
          action: `request.veto.${v.kind}`,
          subject: `request/${v.requestId}`,
          details: { ...(digest ? { digest } : {}) },
        });
      }
      return { requestId: v.requestId, accepted: true };
    });
  }
}
