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
 *          P-256 signature against its own principals, honours vetoes and
 *          checks the delay on its own clock (evidence.ts); then
 *          deletes the nonce and records the request in ONE durable
 *          transaction, and only then computes and releases the share. A
 *          crash after that commit loses the nonce, never reuses it.
 */
import { randomUUID } from 'node:crypto';
import { CustosError, badInput } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import { fromHex, toHex } from '../crypto/bytes.js';
import type { RequestRecord } from '../store/records.js';
import type { Repo } from '../store/repo.js';
import { commit, signShare } from '../threshold/frost.js';
import { decodeCommitments, decodeNonces, decodePublic, decodeSecret, encodeCommitments, encodeNonces } from '../threshold/codec.js';
import type { PartyBody, SignContext } from './protocol.js';
import type { Assessment, PartyEvidence } from './evidence.js';
import type { PartyCore, ShareRecord } from './types.js';
import type { Envelope } from './wire.js';
import { partyFault } from './fault.js';
import { checkRiskClaim, type ClaimNote } from './risk-claim.js';
import { learnSigned } from '../requests/risk.js';

export type { SignContext } from './protocol.js';

interface NonceRecord {
  keyId: string;
  epoch: number;
  nonces: { hiding: string; binding: string };
  commitments: { identifier: string; hiding: string; binding: string };
}

/** Committed nonces that never reach round 2 are deleted after this long. */
const NONCE_TTL_MS = 10 * 60_000;

export class PartySigner {
  private readonly fault = partyFault();

  constructor(
    private readonly node: PartyCore,
    private readonly evidence: PartyEvidence,
  ) {}

  private shareFor(b: { keyId: string; epoch: number; digest: string; receipts?: Envelope[] | undefined }): Promise<ShareRecord> {
    return this.node.share(b.keyId, b.epoch, b.digest, b.receipts);
  }

  /** Round 1: fresh nonces, persisted before their commitments are released. */
  async round1(b: PartyBody<'sign.1'>): Promise<unknown> {
    const rec = await this.shareFor(b);
    const { nonces, commitments } = commit(rec.suite, decodeSecret(rec.secret));
    const value: NonceRecord = { keyId: rec.keyId, epoch: rec.epoch, nonces: encodeNonces(nonces), commitments: encodeCommitments(commitments) };
    nonces.hiding.fill(0);
    nonces.binding.fill(0);
    const fresh = await this.node.inst.store.tx(async (repo) => {
      // Nonces of sessions that never reached round 2 here (another T was chosen) expire.
      await repo.threshold.deleteOlderThan('nonce', new Date(Date.now() - NONCE_TTL_MS).toISOString());
      return this.node.vault.insert(repo, 'nonce', b.session, 'committed', value);
    });
    if (!fresh) throw new CustosError('E_NONCE_USED', `session ${b.session} already has a nonce on this party`);
    return { commitments: value.commitments };
  }

  /**
   * Preprocessing (RFC 9591 §5.1 run ahead of time): `count` fresh nonces,
   * persisted in one transaction, their commitments returned with ids the
   * coordinator names in round 2. Takes round 1 off the signing path.
   */
  async precommit(b: PartyBody<'sign.pre'>): Promise<unknown> {
    const rec = await this.shareFor(b);
    const secret = decodeSecret(rec.secret);
    const made = Array.from({ length: b.count }, () => {
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

  /** Round 2: check everything (evidence.ts), consume the nonce durably, then sign. */
  async round2(b: PartyBody<'sign.2'>): Promise<unknown> {
    const rec = await this.shareFor(b);
    const message = fromHex(b.message, 'message');
    const commitmentList = b.commitments.map((c, i) => decodeCommitments(c, `commitments[${i}]`));
    const ctx = b.request;
    const inst = this.node.inst;
    const nonceId = b.nonce ?? b.session;
    const stored = await this.node.vault.get<NonceRecord>(inst.store.read, 'nonce', nonceId);
    if (!stored) throw new CustosError('E_NONCE_USED', `no unused nonce ${nonceId} on this party (already used, expired, or never committed)`);
    const n = stored.value;
    const mine = commitmentList.find((c) => c.identifier === rec.secret.identifier);
    if (
      n.keyId !== rec.keyId ||
      n.epoch !== rec.epoch ||
      !mine ||
      toHex(mine.hiding) !== n.commitments.hiding ||
      toHex(mine.binding) !== n.commitments.binding
    ) {
      throw badInput("the commitment list does not carry this party's round-1 commitment for this key");
    }
    await this.evidence.riskReady();
    const nowMs = this.node.services.now();
    // The assessment, the time-lock and risk-claim checks run in the transaction that consumes the nonce: a veto
    // or a concurrent second payload under this id cannot slip in between.
    const checked = await inst.store.tx(async (tx) => {
      const a = await this.evidence.assess(tx, rec, ctx, message, nowMs);
      const seen = await this.evidence.note(tx, ctx.id, a, nowMs);
      let claim: ClaimNote;
      try {
        this.evidence.checkDelay(a, seen, nowMs, ctx.id);
        claim = checkRiskClaim(a.risk, ctx.risk, ctx.id);
      } catch (e) {
        return { refused: e };
      }
      if (!(await this.node.vault.delete(tx, 'nonce', nonceId))) return { used: true };
      await this.record(tx, rec, ctx, a);
      await appendEvent(tx, {
        actor: this.node.actorName,
        action: 'key.sign.share',
        subject: `key/${rec.keyName}`,
        details: {
          keyId: rec.keyId,
          epoch: rec.epoch,
          requestId: ctx.id,
          session: b.session,
          nonce: nonceId,
          policyVersion: a.policyVersion,
          rule: a.decision.rule,
          factsDigest: a.factsDigest,
          approvals: a.approvers,
          messageDigest: toHex(message.length === 32 ? message : new Uint8Array()),
          ...claim,
        },
      });
      return { ok: true };
    });
    if ('refused' in checked) throw checked.refused; // the seen times it recorded stay (the delay started)
    if ('used' in checked) throw new CustosError('E_NONCE_USED', `nonce ${nonceId} was used concurrently`);
    if (this.fault === 'crash-after-consume') process.kill(process.pid, 'SIGKILL'); // test: die between consuming the nonce and answering
    const nonces = decodeNonces(n.nonces);
    const share = signShare(rec.suite, decodeSecret(rec.secret), decodePublic(rec.public), nonces, commitmentList, message);
    if (this.fault === 'corrupt-share') share[share.length - 1] = (share[share.length - 1] ?? 0) ^ 1;
    return { share: toHex(share) };
  }

  /** Record the request this party signed for (its own velocity and history); once per request id, bound to its digest. */
  private record(repo: Repo, rec: ShareRecord, ctx: SignContext, a: Assessment): Promise<void> {
    return recordSigned(this.node, repo, rec.keyName, ctx, a);
  }
}

/**
 * Record a request a party signed for (its own velocity and history), and teach its risk baselines, in the
 * transaction that releases the share: only what this party signed for teaches it. Once per request id,
 * bound to its digest.
 */
export async function recordSigned(node: PartyCore, repo: Repo, keyName: string, ctx: SignContext, a: Assessment): Promise<void> {
  if (await repo.requests.get(ctx.id)) return;
  const now = new Date().toISOString();
  const base = {
    id: ctx.id,
    kind: 'sign',
    principalId: a.actor.id,
    principalName: a.actor.name,
    keyName,
    status: 'signed' as const,
    idempotencyKey: null,
    payload: ctx.payload,
    facts: JSON.stringify({ payload: a.plan.payloadFacts }), // what the party's baselines learn from (and relearn on a rebuild)
    decision: JSON.stringify({ policyVersion: a.policyVersion }),
    digest: a.digest,
    valueUsd: a.plan.valueUsd,
    notBefore: null,
    expiresAt: now,
    result: null,
    // This party's own time of release, not the coordinator's createdAt: what its baselines learn from, live and
    // on a rebuild (review: a backdated createdAt would place what a party learns in any hour, and make 03:00 usual).
    createdAt: now,
    updatedAt: now,
    signedAt: now,
  };
  await repo.requests.insert(node.inst.records.sign('requests', base));
  await learnSigned(repo, node.inst.records, base);
}
