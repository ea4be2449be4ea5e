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
import { canonicalJson } from '../audit/canonical.js';
import { auditActor, requireRole, type Actor } from '../access/actor.js';
import { requestDigest, verifyApproval, type Verdict } from '../auth/approval.js';
import { publicKeyFromHex } from '../auth/credential.js';
import { fromHex } from '../crypto/bytes.js';
import { getAlgorithm, type SignatureScheme } from '../crypto/algorithms.js';
import { evaluatePolicy, factsDigest, type Decision } from '../policy/evaluate.js';
import type { PolicyService } from '../policy/service.js';
import type { Instance } from '../keystore/instance.js';
import { signAudit, type Keys } from '../keystore/keys.js';
import { parseHash, signingBytes, type SignInput } from '../keystore/payload.js';
import { parseCurve } from '../keystore/refs.js';
import type { Repo } from '../store/repo.js';
import { FINAL_STATUSES, principalMacFields, requestMacFields, type RequestRecord, type RequestStatus } from '../store/records.js';
import { gatherFacts } from './facts.js';
import { executeAdmin, validateAdmin, type AdminAction, type AdminExecutors } from './admin.js';

export interface SignRequestInput {
  key: string;
  curve?: string;
  digest?: string;
  message?: string;
  hash?: string;
  scheme?: string;
  version?: number;
  auxRand?: string;
  note?: string;
  tags?: Record<string, string>;
  idempotencyKey?: string;
}

/** What is stored to be signed later (hex payloads, options). */
interface SignPayload {
  key: string;
  curve?: string;
  digest?: string;
  message?: string;
  hash?: string;
  scheme: string;
  auxRand?: string;
  note: string;
  tags: Record<string, string>;
}

interface StoredDecision {
  outcome: 'allow' | 'deny';
  rule: string | null;
  reason: string;
  approvals: { count: number; from: string } | null;
  delayMs: number;
  policyVersion: number;
  factsDigest: string;
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
  createdAt: string;
  updatedAt: string;
  expiresAt: string;
}

export const DEFAULT_REQUEST_TTL_MS = 24 * 3600_000;
const MAX_MESSAGE_BYTES = 64 * 1024;
const SUBMIT_ROLES = ['agent', 'operator', 'admin'] as const;

export class Requests {
  constructor(
    private readonly inst: Instance,
    private readonly keys: Keys,
    private readonly policies: PolicyService,
    private readonly admin: AdminExecutors,
    private readonly opts: { ttlMs: number; now: () => number } = { ttlMs: DEFAULT_REQUEST_TTL_MS, now: Date.now },
  ) {}

  // ---- submission ------------------------------------------------------------

  /** Normalise and check a signing payload before anything is stored. */
  private payloadOf(input: SignRequestInput): { payload: SignPayload; signInput: SignInput; size: number } {
    if ((input.digest === undefined) === (input.message === undefined)) throw new CustosError('E_BAD_INPUT', 'give exactly one of digest or message');
    const signInput: SignInput = {};
    if (input.digest !== undefined) signInput.digest = fromHex(input.digest, 'digest');
    if (input.message !== undefined) signInput.message = fromHex(input.message, 'message');
    if ((signInput.message?.length ?? 0) > MAX_MESSAGE_BYTES) throw new CustosError('E_TOO_LARGE', `message larger than ${MAX_MESSAGE_BYTES} bytes`);
    if (input.hash !== undefined) signInput.hash = parseHash(input.hash);
    if (input.curve !== undefined) parseCurve(input.curve);
    const note = input.note ?? '';
    if (note.length > 1024) throw new CustosError('E_BAD_INPUT', 'note longer than 1024 characters', { field: 'note' });
    const payload: SignPayload = {
      key: input.key,
      ...(input.curve ? { curve: input.curve } : {}),
      ...(input.digest !== undefined ? { digest: input.digest.toLowerCase().replace(/^0x/, '') } : {}),
      ...(input.message !== undefined ? { message: input.message.toLowerCase().replace(/^0x/, '') } : {}),
      ...(input.hash ? { hash: input.hash } : {}),
      scheme: input.scheme ?? '',
      ...(input.auxRand ? { auxRand: input.auxRand.toLowerCase().replace(/^0x/, '') } : {}),
      note,
      tags: input.tags ?? {},
    };
    return { payload, signInput, size: (signInput.digest ?? signInput.message ?? new Uint8Array()).length };
  }

  /** Submit a signing request: signed now, pending (approvals / delay) or denied. */
  async submitSign(actor: Actor, input: SignRequestInput): Promise<RequestView> {
    requireRole(actor, SUBMIT_ROLES, 'submitting a signing request');
    this.inst.barrier.assertUnsealed();
    const { payload, signInput, size } = this.payloadOf(input);
    if (input.idempotencyKey !== undefined && !/^[A-Za-z0-9._:-]{1,128}$/.test(input.idempotencyKey)) {
      throw new CustosError('E_BAD_INPUT', 'idempotencyKey must be 1..128 characters of [A-Za-z0-9._:-]', { field: 'idempotencyKey' });
    }
    return this.inst.store.tx(async (repo) => {
      if (input.idempotencyKey) {
        const prior = await repo.requests.byIdempotencyKey(actor.id, input.idempotencyKey);
        if (prior) {
          // Same request = same payload; an omitted scheme means the key's default, resolved as the first request did.
          const priorKey = (JSON.parse(prior.facts) as { key: { algorithm: string } }).key;
          const scheme = input.scheme || getAlgorithm(priorKey.algorithm).defaultScheme;
          if (canonicalJson(JSON.parse(prior.payload)) !== canonicalJson({ ...payload, scheme })) {
            throw new CustosError('E_IDEMPOTENCY_CONFLICT', `idempotency key ${input.idempotencyKey} was used for a different request (${prior.id})`, { requestId: prior.id });
          }
          return this.view(repo, prior);
        }
      }
      const nowMs = this.opts.now();
      const curve = payload.curve ? parseCurve(payload.curve) : undefined;
      const keyState = await this.keys.facts(repo, payload.key, curve);
      if (keyState.state === 'destroyed') throw new CustosError('E_KEY_DESTROYED', `key "${keyState.name}" was destroyed`, { key: keyState.name });
      if (keyState.state === 'disabled') throw new CustosError('E_KEY_DISABLED', `key "${keyState.name}" is disabled`, { key: keyState.name });
      if (input.version !== undefined && input.version !== keyState.version) {
        const code = input.version < keyState.version ? 'E_KEY_VERSION_RETIRED' : 'E_KEY_NOT_FOUND';
        throw new CustosError(code, code === 'E_KEY_VERSION_RETIRED' ? `version ${input.version} of key "${keyState.name}" is retired: it verifies but no longer signs` : `key "${keyState.name}" has no version ${input.version}`, { key: keyState.name, version: input.version });
      }
      const alg = getAlgorithm(keyState.algorithm);
      const scheme = (payload.scheme || alg.defaultScheme) as SignatureScheme;
      if (!alg.schemes.includes(scheme)) throw new CustosError('E_UNSUPPORTED', `${alg.name} keys do not sign with ${scheme}`);
      signingBytes(scheme, signInput); // validates the payload shape for this scheme before deciding
      payload.scheme = scheme;
      const { facts, key } = await gatherFacts(repo, this.keys, actor, { key: payload.key, ...(curve ? { curve } : {}), scheme, size, note: payload.note, tags: payload.tags, kind: 'raw' }, nowMs);
      const { version, policy } = await this.policies.current(repo);
      const decision = evaluatePolicy(policy, facts);
      const stored = storedDecision(decision, version, factsDigest(facts));
      const rec = this.newRecord(actor, 'sign', key.name, payload, facts, stored, input.idempotencyKey ?? null, nowMs);
      await repo.requests.insert(rec);
      await this.auditDecision(repo, actor, rec, stored);
      if (rec.status === 'signed') return this.execute(repo, rec, signInput, nowMs);
      return this.view(repo, rec);
    });
  }

  private newRecord(actor: Actor, kind: string, keyName: string | null, payload: unknown, facts: unknown, d: StoredDecision, idem: string | null, nowMs: number): RequestRecord {
    const now = new Date(nowMs).toISOString();
    const id = randomUUID();
    const status: RequestStatus = d.outcome === 'deny' ? 'denied' : d.approvals ? 'pending' : d.delayMs > 0 ? 'approved' : 'signed';
    return this.withMac({
      id,
      kind,
      principalId: actor.id,
      principalName: actor.name,
      keyName,
      status,
      idempotencyKey: idem,
      payload: JSON.stringify(payload),
      facts: JSON.stringify(facts),
      decision: JSON.stringify(d),
      digest: requestDigest({ id, kind, principal: actor.name, key: keyName, payload, createdAt: now }),
      valueUsd: 0,
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
  private async execute(repo: Repo, rec: RequestRecord, signInput: SignInput | null, nowMs: number): Promise<RequestView> {
    const now = new Date(nowMs).toISOString();
    const from: RequestStatus[] = rec.status === 'signed' ? ['signed'] : ['pending', 'approved'];
    let result: Record<string, unknown>;
    let status: RequestStatus = 'signed';
    try {
      if (rec.kind === 'sign') {
        const p = JSON.parse(rec.payload) as SignPayload;
        const input = signInput ?? {
          ...(p.digest !== undefined ? { digest: fromHex(p.digest, 'digest') } : {}),
          ...(p.message !== undefined ? { message: fromHex(p.message, 'message') } : {}),
          ...(p.hash ? { hash: parseHash(p.hash) } : {}),
        };
        const sig = await this.keys.signIn(repo, p.key, input, {
          scheme: p.scheme as SignatureScheme,
          ...(p.curve ? { curve: parseCurve(p.curve) } : {}),
          ...(p.auxRand ? { auxRand: fromHex(p.auxRand, 'auxRand', 32) } : {}),
        });
        result = { ...sig };
        await appendEvent(repo, signAudit(requesterActor(rec), sig, input, { requestId: rec.id }));
      } else {
        result = { output: await executeAdmin(this.admin, repo, JSON.parse(rec.payload) as AdminAction, rec) };
      }
    } catch (e) {
      if (!isCustosError(e) || ['E_STORE', 'E_INTERNAL', 'E_SEALED'].includes(e.code)) throw e;
      status = 'failed';
      result = { error: { code: e.code, message: e.message } };
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
    return this.inst.store.tx(async (repo) => {
      const rec = this.checked(await this.visible(repo, actor, id, true));
      const d = JSON.parse(rec.decision) as StoredDecision;
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
        await this.move(repo, rec, ['pending'], { status: 'approved', notBefore: new Date(nowMs + d.delayMs).toISOString() }, now);
        await appendEvent(repo, { actor: 'custos', action: 'request.approved', subject: `request/${id}`, details: { approvals: approvals.length, notBefore: new Date(nowMs + d.delayMs).toISOString() } });
        return this.view(repo, (await repo.requests.get(id))!);
      }
      return this.execute(repo, rec, null, nowMs);
    });
  }

  /**
   * The approvals that count: each stored signature re-verified against its
   * approver's current (MAC-checked, active, eligible) key, so a row written
   * into the store by anyone else never counts.
   */
  private async verifiedApprovals(repo: Repo, rec: RequestRecord, role: string) {
    const out = [];
    for (const a of await repo.requests.approvals(rec.id)) {
      if (a.verdict !== 'approve' || a.approverId === rec.principalId) continue;
      const p = await repo.access.principalById(a.approverId);
      if (!p || p.state !== 'active' || p.role !== role) continue;
      this.inst.checkRowMac('principals', principalMacFields(p), p.mac, `principal/${p.name}`);
      if (verifyApproval(publicKeyFromHex(p.publicKey), rec.id, rec.digest, 'approve', a.signature)) out.push(a);
    }
    return out;
  }

  /** Cancel a pending or delayed request (its requester or an admin). */
  async cancel(actor: Actor, id: string): Promise<RequestView> {
    return this.inst.store.tx(async (repo) => {
      const rec = this.checked(await this.visible(repo, actor, id, false));
      if (actor.id !== rec.principalId && actor.role !== 'admin') throw new CustosError('E_FORBIDDEN', 'only the requester or an admin can cancel a request');
      const now = new Date(this.opts.now()).toISOString();
      if (!(await this.move(repo, rec, ['pending', 'approved'], { status: 'cancelled', result: JSON.stringify({ cancelledBy: actor.name }) }, now))) {
        throw new CustosError('E_REQUEST_FINISHED', `request ${id} is ${rec.status} and can no longer be cancelled`, { status: rec.status });
      }
      await appendEvent(repo, { actor: auditActor(actor), action: 'request.cancel', subject: `request/${id}`, details: { previousStatus: rec.status } });
      return this.view(repo, (await repo.requests.get(id))!);
    });
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
      await this.inst.store.tx(async (repo) => {
        const fresh = await repo.requests.get(r.id);
        if (fresh?.status !== 'approved') return; // another instance or call got it first
        await this.execute(repo, this.checked(fresh), null, nowMs);
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

  private async view(repo: Repo, r: RequestRecord): Promise<RequestView> {
    const d = JSON.parse(r.decision) as StoredDecision;
    const approvals = await repo.requests.approvals(r.id);
    const result = r.result ? (JSON.parse(r.result) as Record<string, unknown>) : {};
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
      payload: JSON.parse(r.payload),
      approvals: approvals.map((a) => ({ approver: a.approverName, role: a.approverRole, verdict: a.verdict, signature: a.signature, at: a.createdAt })),
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      expiresAt: r.expiresAt,
    };
    if (!FINAL_STATUSES.includes(r.status)) {
      v.waitingFor = {};
      if (r.status === 'pending' && d.approvals) {
        v.waitingFor.approvals = { ...d.approvals, approvedBy: approvals.filter((a) => a.verdict === 'approve').map((a) => a.approverName) };
      }
      const notBefore = r.notBefore ?? (d.delayMs ? `${d.delayMs / 1000}s after the last approval` : undefined);
      if (notBefore) v.waitingFor.notBefore = notBefore;
    }
    for (const k of ['signature', 'publicKey', 'algorithm', 'scheme', 'version'] as const) if (result[k] !== undefined) (v as unknown as Record<string, unknown>)[k] = result[k];
    if (result.error) v.error = result.error as RequestView['error'];
    return v;
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
    return this.inst.store.tx(async (repo) => {
      const { version, policy } = await this.policies.current(repo);
      if (actor.kind === 'local' || policy.adminApprovals <= 1) {
        return { status: 'done' as const, output: await executeAdmin(this.admin, repo, action, { principalId: actor.id, principalName: actor.name }) };
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
      const rec = this.newRecord(actor, `admin:${action.action}`, action.action === 'key.destroy' ? action.name : null, action, {}, d, null, this.opts.now());
      await repo.requests.insert(rec);
      await this.auditDecision(repo, actor, rec, d);
      return { status: 'pending' as const, request: await this.view(repo, rec) };
    });
  }

  /** Dry run: the decision and facts a signing request would get now, changing nothing. */
  async check(actor: Actor, input: SignRequestInput): Promise<{ decision: Decision; facts: unknown; policyVersion: number }> {
    const { payload, size } = this.payloadOf(input);
    const repo = this.inst.store.read;
    const curve = payload.curve ? parseCurve(payload.curve) : undefined;
    const keyFacts = await this.keys.facts(repo, payload.key, curve);
    const scheme = payload.scheme || getAlgorithm(keyFacts.algorithm).defaultScheme;
    const { facts } = await gatherFacts(repo, this.keys, actor, { key: payload.key, ...(curve ? { curve } : {}), scheme, size, note: payload.note, tags: payload.tags, kind: 'raw' }, this.opts.now());
    const { version, policy } = await this.policies.current(repo);
    return { decision: evaluatePolicy(policy, facts), facts, policyVersion: version };
  }
}

/** The audit actor of the principal who submitted a request. */
function requesterActor(rec: RequestRecord): string {
  return rec.principalId === 'local' ? rec.principalName : `principal:${rec.principalName}`;
}

function storedDecision(d: Decision, policyVersion: number, digest: string): StoredDecision {
  if (d.outcome === 'deny') return { outcome: 'deny', rule: d.rule, reason: d.reason, approvals: null, delayMs: 0, policyVersion, factsDigest: digest };
  const reason = d.approvals || d.delayMs ? `allowed by rule "${d.rule}" after ${[d.approvals ? `${d.approvals.count} approval(s) from ${d.approvals.from}` : '', d.delayMs ? `a ${d.delayMs / 1000}s delay` : ''].filter(Boolean).join(' and ')}` : `allowed by rule "${d.rule}"`;
  return { outcome: 'allow', rule: d.rule, reason, approvals: d.approvals, delayMs: d.delayMs, policyVersion, factsDigest: digest };
}
