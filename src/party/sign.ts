/**
 * A party's side of FROST signing (RFC 9591 §5.1–5.2) with the checks that
 * make the coordinator untrusted for what gets signed:
 *
 * round 1  fresh nonces, sealed and persisted (committed) before the
 *          commitments leave the party;
 * round 2  the party re-plans the request's payload with the same planners
 *          the coordinator uses, requires the message to be one of the digests
 *          that payload signs with this key, recomputes the request digest,
 *          gathers facts from its own store (velocity from what it signed
 *          itself), evaluates its own policy copy, verifies each approval's
 *          P-256 signature against its own principals, checks the delay; then
 *          deletes the nonce and records the request in ONE durable
 *          transaction, and only then computes and releases the share. A
 *          crash after that commit loses the nonce, never reuses it.
 */
import { randomUUID } from 'node:crypto';
import { CustosError } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import type { Actor } from '../access/actor.js';
import { requestDigest, verifyApproval } from '../auth/approval.js';
import { publicKeyFromHex } from '../auth/credential.js';
import { evaluatePolicy, factsDigest } from '../policy/evaluate.js';
import { equalBytes, fromHex, toHex } from '../crypto/bytes.js';
import { signingBytes } from '../keystore/payload.js';
import type { KeyFacts } from '../keystore/keys.js';
import { gatherFacts } from '../requests/facts.js';
import type { KeyFactsSource } from '../requests/plans.js';
import type { StoredPayload } from '../requests/service.js';
import { requestMacFields, type RequestRecord } from '../store/records.js';
import type { Repo } from '../store/repo.js';
import { commit, signShare } from '../threshold/frost.js';
import { decodeCommitments, decodeNonces, decodePublic, decodeSecret, encodeCommitments, encodeNonces } from '../threshold/codec.js';
import { groupPublicKey } from '../threshold/frost.js';
import { body, partyActor, type PartyNode, type ShareRecord } from './node.js';

/** The request context the coordinator sends with round 2 (all of it re-checked here). */
export interface SignContext {
  id: string;
  kind: string;
  principal: { id: string; name: string; role: string; kind: 'api' | 'local'; tags: Record<string, string> };
  keyName: string;
  payload: string;
  createdAt: string;
  digest: string;
  approvals: { approverName: string; signature: string }[];
}

interface NonceRecord {
  keyId: string;
  epoch: number;
  nonces: { hiding: string; binding: string };
  commitments: { identifier: string; hiding: string; binding: string };
}

const str = (v: unknown, field: string, max = 256): string => {
  if (typeof v !== 'string' || v.length === 0 || v.length > max) throw new CustosError('E_BAD_INPUT', `${field}: expected a string`, { field });
  return v;
};
const refuse = (why: string, details: Record<string, unknown> = {}) => new CustosError('E_PARTY_REFUSED', `party refuses to sign: ${why}`, details);

/**
 * Test-only fault injection (tests set it on a party process; never in
 * production): `corrupt-share` flips a bit of every released share,
 * `crash-after-consume` kills the process after the nonce is consumed.
 */
const FAULT = process.env.CUSTOS_PARTY_FAULT;
/** Clock difference tolerated between coordinator and party. */
const SKEW_MS = 120_000;
/** Oldest request a party signs for (pending lifetime plus delays). */
const MAX_REQUEST_AGE_MS = 7 * 24 * 3600_000;

interface SeenRecord {
  digest: string;
  firstSeen: number;
  approvedAt?: number;
}

/** createdAt must be a real time, not in the future, not older than a week. */
function checkCreatedAt(createdAt: unknown, now: number): void {
  const t = typeof createdAt === 'string' ? Date.parse(createdAt) : NaN;
  if (!Number.isFinite(t)) throw new CustosError('E_BAD_INPUT', 'request.createdAt is not a time');
  if (t > now + SKEW_MS) throw refuse('the request was created in the future (by this party\'s clock)');
  if (t < now - MAX_REQUEST_AGE_MS) throw refuse('the request is older than a week');
}

/** Committed nonces that never reach round 2 are deleted after this long. */
const NONCE_TTL_MS = 10 * 60_000;

export class PartySigner {
  constructor(private readonly node: PartyNode) {}

  private keyFacts(rec: ShareRecord): KeyFactsSource {
    const facts: KeyFacts = {
      name: rec.keyName,
      algorithm: rec.suite,
      custody: 'threshold',
      tags: rec.tags,
      version: 1,
      state: 'active',
      publicKey: toHex(groupPublicKey(rec.suite, decodePublic(rec.public))),
    };
    return {
      facts: async (_repo, ref) => {
        if (ref !== rec.keyName) throw refuse(`the payload names key "${String(ref).slice(0, 64)}", which this party holds no share of`);
        return facts;
      },
    };
  }

  private async shareFor(b: Record<string, unknown>): Promise<ShareRecord> {
    const epoch = b.epoch;
    if (!Number.isSafeInteger(epoch) || (epoch as number) < 1) throw new CustosError('E_BAD_INPUT', 'epoch: expected a positive integer');
    return this.node.share(str(b.keyId, 'keyId', 64), epoch as number, str(b.digest, 'digest', 64));
  }

  /** Round 1: fresh nonces, persisted before their commitments are released. */
  async round1(b: Record<string, unknown>): Promise<unknown> {
    const rec = await this.shareFor(b);
    const session = str(b.session, 'session', 64);
    const { nonces, commitments } = commit(rec.suite, decodeSecret(rec.secret));
    const value: NonceRecord = { keyId: rec.keyId, epoch: rec.epoch, nonces: encodeNonces(nonces), commitments: encodeCommitments(commitments) };
    nonces.hiding.fill(0);
    nonces.binding.fill(0);
    const inst = this.node.inst;
    const fresh = await inst.store.tx(async (repo) => {
      // Nonces of sessions that never reached round 2 here (another T was chosen) expire.
      await repo.threshold.deleteOlderThan('nonce', new Date(Date.now() - NONCE_TTL_MS).toISOString());
      return this.node.vault.insert(repo, 'nonce', session, 'committed', value);
    });
    if (!fresh) throw new CustosError('E_NONCE_USED', `session ${session} already has a nonce on this party`);
    return { commitments: value.commitments };
  }

  /**
   * Preprocessing (RFC 9591 §5.1 run ahead of time): `count` fresh nonces,
   * persisted in one transaction, their commitments returned with ids the
   * coordinator names in round 2. Takes round 1 off the signing path.
   */
  async precommit(b: Record<string, unknown>): Promise<unknown> {
    const rec = await this.shareFor(b);
    const count = b.count;
    if (!Number.isSafeInteger(count) || (count as number) < 1 || (count as number) > 64) throw new CustosError('E_BAD_INPUT', 'count: expected 1..64');
    const secret = decodeSecret(rec.secret);
    const made = Array.from({ length: count as number }, () => {
      const { nonces, commitments } = commit(rec.suite, secret);
      const value: NonceRecord = { keyId: rec.keyId, epoch: rec.epoch, nonces: encodeNonces(nonces), commitments: encodeCommitments(commitments) };
      nonces.hiding.fill(0);
      nonces.binding.fill(0);
      return { id: randomUUID(), value };
    });
    secret.signingShare.fill(0);
    await this.node.inst.store.tx(async (repo) => {
      await repo.threshold.deleteOlderThan('nonce', new Date(Date.now() - NONCE_TTL_MS).toISOString());
      for (const m of made) await this.node.vault.insert(repo, 'nonce', m.id, 'committed', m.value);
    });
    return { nonces: made.map((m) => ({ id: m.id, commitments: m.value.commitments })) };
  }

  /** Round 2: check everything, consume the nonce durably, then sign. */
  async round2(b: Record<string, unknown>): Promise<unknown> {
    const rec = await this.shareFor(b);
    const session = str(b.session, 'session', 64);
    const message = fromHex(str(b.message, 'message', 256 * 1024), 'message');
    if (!Array.isArray(b.commitments)) throw new CustosError('E_BAD_INPUT', 'commitments: expected a list');
    const commitmentList = b.commitments.map((c, i) => decodeCommitments(c, `commitments[${i}]`));
    const ctx = body(b.request) as unknown as SignContext;
    const inst = this.node.inst;
    const repo = inst.store.read;
    const nonceId = b.nonce === undefined ? session : str(b.nonce, 'nonce', 64);
    const stored = await this.node.vault.get<NonceRecord>(repo, 'nonce', nonceId);
    if (!stored) throw new CustosError('E_NONCE_USED', `no unused nonce ${nonceId} on this party (already used, expired, or never committed)`);
    const n = stored.value;
    const mine = commitmentList.find((c) => c.identifier === rec.secret.identifier);
    if (n.keyId !== rec.keyId || n.epoch !== rec.epoch || !mine || toHex(mine.hiding) !== n.commitments.hiding || toHex(mine.binding) !== n.commitments.binding) {
      throw new CustosError('E_BAD_INPUT', 'the commitment list does not carry this party\'s round-1 commitment for this key');
    }
    const checked = await this.check(repo, rec, message, ctx);
    const consumed = await inst.store.tx(async (tx) => {
      if (!(await this.node.vault.delete(tx, 'nonce', nonceId))) return false;
      await this.record(tx, rec, ctx, checked);
      await appendEvent(tx, {
        actor: partyActor(this.node.pairedWith ?? ''),
        action: 'key.sign.share',
        subject: `key/${rec.keyName}`,
        details: { keyId: rec.keyId, epoch: rec.epoch, requestId: ctx.id, session, nonce: nonceId, policyVersion: checked.policyVersion, rule: checked.rule, factsDigest: checked.factsDigest, messageDigest: checked.messageDigest },
      });
      return true;
    });
    if (!consumed) throw new CustosError('E_NONCE_USED', `nonce ${nonceId} was used concurrently`);
    if (FAULT === 'crash-after-consume') process.kill(process.pid, 'SIGKILL'); // test: die between consuming the nonce and answering
    const nonces = decodeNonces(n.nonces);
    const share = signShare(rec.suite, decodeSecret(rec.secret), decodePublic(rec.public), nonces, commitmentList, message);
    if (FAULT === 'corrupt-share') share[share.length - 1] = (share[share.length - 1] ?? 0) ^ 1;
    return { share: toHex(share) };
  }

  /** Everything a share depends on, re-derived by this party (see the file comment). */
  private async check(repo: Repo, rec: ShareRecord, message: Uint8Array, ctx: SignContext) {
    if (typeof ctx.payload !== 'string' || typeof ctx.id !== 'string' || typeof ctx.createdAt !== 'string') throw new CustosError('E_BAD_INPUT', 'request: missing fields');
    if (ctx.kind !== 'sign') throw refuse(`request kind ${String(ctx.kind).slice(0, 32)} is not a signing request`);
    checkCreatedAt(ctx.createdAt, Date.now());
    let payload: StoredPayload;
    try {
      payload = JSON.parse(ctx.payload) as StoredPayload;
    } catch {
      throw new CustosError('E_BAD_INPUT', 'request.payload is not JSON');
    }
    const planner = this.node.services.requests.planner(payload.type);
    const keys = this.keyFacts(rec);
    const plan = await planner(repo, keys, payload);
    const signs = plan.tasks.some((t) => t.ref === rec.keyName && equalBytes(signingBytes(t.scheme, t.input), message));
    if (!signs) throw refuse('the message is not what this request\'s payload signs with this key', { requestId: ctx.id });
    const digest = requestDigest({ id: ctx.id, kind: ctx.kind, principal: ctx.principal?.name, key: plan.key, payload, createdAt: ctx.createdAt });
    if (digest !== ctx.digest) throw refuse('the request digest does not match its contents', { requestId: ctx.id });
    const actor = await this.actor(repo, ctx);
    const nowMs = Date.now();
    const { facts } = await gatherFacts(
      repo,
      keys,
      actor,
      { key: plan.key, ...(plan.curve ? { curve: plan.curve } : {}), scheme: plan.scheme, size: plan.size, note: payload.note ?? '', tags: payload.tags ?? {}, kind: plan.kind, payloadFacts: plan.payloadFacts },
      nowMs,
    );
    const { version, policy } = await this.node.services.policies.current(repo);
    const decision = evaluatePolicy(policy, facts);
    if (decision.outcome === 'deny') throw refuse(`its policy v${version} denies it (${decision.reason})`, { requestId: ctx.id, rule: decision.rule, policyVersion: version });
    if (decision.approvals) {
      const valid = await this.validApprovals(repo, ctx, digest, decision.approvals.from, actor.name);
      if (valid < decision.approvals.count) {
        throw refuse(`its policy v${version} needs ${decision.approvals.count} approvals from ${decision.approvals.from}; ${valid} verify here`, { requestId: ctx.id, policyVersion: version });
      }
    }
    if (decision.delayMs > 0) {
      // The delay runs on this party's clock, from when it was told of the request (or of its last approval).
      const seen = await this.node.vault.get<SeenRecord>(repo, 'seen', ctx.id);
      const start = decision.approvals ? seen?.value.approvedAt : seen?.value.firstSeen;
      if (seen?.value.digest !== digest || start === undefined) {
        throw refuse(`its policy v${version} imposes a delay, and this party was not told of the request${decision.approvals ? '\'s approval' : ''} when it happened, so it cannot time it`, { requestId: ctx.id });
      }
      if (nowMs < start + decision.delayMs) throw refuse(`its policy v${version} requires a ${decision.delayMs} ms delay that has not passed on this party's clock`, { requestId: ctx.id });
    }
    return { policyVersion: version, rule: decision.rule, factsDigest: factsDigest(facts), messageDigest: toHex(message.length === 32 ? message : new Uint8Array()), actor, valueUsd: plan.valueUsd, digest };
  }

  /** The requester as this party knows it: its own principal record (a local operator of the coordinator is taken as claimed). */
  private async actor(repo: Repo, ctx: SignContext): Promise<Actor> {
    const p = ctx.principal;
    if (!p || typeof p.name !== 'string') throw new CustosError('E_BAD_INPUT', 'request.principal: missing');
    // A coordinator's local operator cannot be verified from here: threshold keys sign for API principals only.
    if (p.kind === 'local') throw refuse('a local operator of the coordinator cannot be verified by a party: threshold keys sign for API principals only');
    const own = await repo.access.principalByName(p.name);
    if (!own || own.state !== 'active') throw refuse(`principal "${p.name.slice(0, 64)}" is not an active principal on this party`);
    this.node.services.principals.check(own);
    return { id: own.id, name: own.name, role: own.role, kind: 'api', tags: own.tags };
  }

  private async validApprovals(repo: Repo, ctx: SignContext, digest: string, role: string, requester: string): Promise<number> {
    const ok = new Set<string>();
    for (const a of Array.isArray(ctx.approvals) ? ctx.approvals.slice(0, 100) : []) {
      if (typeof a?.approverName !== 'string' || a.approverName === requester || ok.has(a.approverName)) continue;
      const p = await repo.access.principalByName(a.approverName);
      if (!p || p.state !== 'active' || p.role !== role) continue;
      this.node.services.principals.check(p);
      if (verifyApproval(publicKeyFromHex(p.publicKey), ctx.id, digest, 'approve', String(a.signature))) ok.add(p.name);
    }
    return ok.size;
  }

  /**
   * The coordinator tells the parties of a threshold request when it is
   * submitted (pending or delayed) and when its approvals complete: each
   * party keeps its own first-seen times, from which it times delays.
   */
  async seen(b: Record<string, unknown>): Promise<unknown> {
    const ctx = body(b.request) as unknown as SignContext;
    const phase = b.phase === 'approved' ? 'approved' : 'submitted';
    if (typeof ctx.payload !== 'string' || typeof ctx.id !== 'string' || !/^[0-9a-f-]{36}$/.test(ctx.id)) throw new CustosError('E_BAD_INPUT', 'request: missing fields');
    const now = Date.now();
    checkCreatedAt(ctx.createdAt, now);
    if (phase === 'submitted' && Math.abs(now - Date.parse(ctx.createdAt)) > SKEW_MS) throw refuse('a request announced as new must have been created now (by this party\'s clock)');
    let payload: unknown;
    try {
      payload = JSON.parse(ctx.payload);
    } catch {
      throw new CustosError('E_BAD_INPUT', 'request.payload is not JSON');
    }
    const digest = requestDigest({ id: ctx.id, kind: ctx.kind, principal: ctx.principal?.name, key: ctx.keyName, payload, createdAt: ctx.createdAt });
    if (digest !== ctx.digest) throw refuse('the request digest does not match its contents', { requestId: ctx.id });
    await this.node.inst.store.tx(async (repo) => {
      const prior = (await this.node.vault.get<SeenRecord>(repo, 'seen', ctx.id))?.value;
      if (prior && prior.digest !== digest) throw refuse('another request was announced under this id');
      const next: SeenRecord = { digest, firstSeen: prior?.firstSeen ?? now, ...(prior?.approvedAt !== undefined ? { approvedAt: prior.approvedAt } : phase === 'approved' ? { approvedAt: now } : {}) };
      await this.node.vault.put(repo, 'seen', ctx.id, 'active', next);
    });
    return { id: ctx.id, phase };
  }

  /** Record the request this party signed for (its own velocity and history); once per request. */
  private async record(repo: Repo, rec: ShareRecord, ctx: SignContext, c: { actor: Actor; valueUsd: number; digest: string; policyVersion: number }): Promise<void> {
    if (await repo.requests.get(ctx.id)) return;
    const now = new Date().toISOString();
    const base = {
      id: ctx.id,
      kind: 'sign',
      principalId: c.actor.id,
      principalName: c.actor.name,
      keyName: rec.keyName,
      status: 'signed' as const,
      idempotencyKey: null,
      payload: ctx.payload,
      facts: '{}',
      decision: JSON.stringify({ policyVersion: c.policyVersion }),
      digest: c.digest,
      valueUsd: c.valueUsd,
      notBefore: null,
      expiresAt: now,
      result: null,
      createdAt: ctx.createdAt,
      updatedAt: now,
      signedAt: now,
    };
    await repo.requests.insert({ ...base, mac: this.node.inst.rowMac('requests', requestMacFields(base as RequestRecord)) } as RequestRecord);
  }
}
