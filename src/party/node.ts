/**
 * A threshold party: one share of each FROST key it takes part in, its own
 * store, seal, identity and audit trail. It answers signed protocol messages
 * from the one coordinator it is paired with (pinned on first contact) and
 * never releases anything that would let the coordinator, or anyone reading
 * the traffic, sign alone or change its shares:
 *
 * - every message body is validated against the typed table (protocol.ts);
 * - DKG and reshare shares travel end-to-end encrypted party-to-party
 *   (wire.ts sealTo); the coordinator only relays ciphertext;
 * - no share is created, moved, refreshed or deleted without the authority
 *   authority.ts demands (admin-signed, quorum-approved requests; receipts);
 * - a signature share is released only after the party re-derived and
 *   re-checked everything itself (sign.ts, evidence.ts).
 *
 * Every refusal is a durable audit event here, naming what was wrong.
 */
import { randomUUID } from 'node:crypto';
import { CustosError, isCustosError } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import type { Instance } from '../keystore/instance.js';
import type { PartyCore, PartyServices, ShareRecord } from './types.js';
import { ThresholdVault } from '../threshold/vault.js';
import { groupPublicKey } from '../threshold/frost.js';
import { decodePublic } from '../threshold/codec.js';
import { toHex } from '../crypto/bytes.js';
import { identifierFor } from '../threshold/suites.js';
import { generateIdentitySecret, identityFromSecret, kemPublicKey, openEnvelope, signEnvelope, type Envelope, type Identity } from './wire.js';
import { checkBody, isPartyMessage, type PartyBody, type PartyMessageType } from './protocol.js';
import { PartyAuthority, refuse, SHARE_PROOF_MAX_AGE_MS } from './authority.js';
import { applyGovSync } from './gov-sync.js';
import { PartyKeygen } from './keygen.js';
import { PartySigner } from './sign.js';
import { PartyEvidence } from './evidence.js';
import type { GovProof } from '../threshold/governance.js';
import type { Repo } from '../store/repo.js';
import type { AuditAction } from '../audit/events.js';

/** A key share as the party stores it (sealed by the vault). */
export type { PartyServices, ShareRecord } from './types.js';

export const partyActor = (coordinator: string): string => `coordinator:${coordinator.slice(0, 16)}`;

type Handler<K extends PartyMessageType> = (node: PartyNode, body: PartyBody<K>, env: Envelope) => Promise<unknown>;

/** One handler per message type of the protocol table; the body is already validated. */
const HANDLERS: { [K in PartyMessageType]: Handler<K> } = {
  status: (n) => n.status(),
  pair: (n, b, env) => n.pair(env.from, b),
  'gov.sync': (n, b) => applyGovSync(n, b, false),
  'dkg.1': (n, b) => n.keygen.dkg1(b),
  'dkg.2': (n, b) => n.keygen.dkg2(b),
  'dkg.3': (n, b) => n.keygen.dkg3(b),
  'key.commit': (n, b) => n.commitKey(b.keyId, b.epoch, b.digest, b.receipts),
  'key.public': (n, b) => n.publicPackage(b.keyId, b.epoch, b.digest),
  'key.retire': (n, b) => n.retire(b),
  'reshare.deal': (n, b) => n.keygen.reshareDeal(b),
  'reshare.receive': (n, b) => n.keygen.reshareReceive(b),
  'sign.1': (n, b) => n.signer.round1(b),
  'sign.pre': (n, b) => n.signer.precommit(b),
  'sign.2': (n, b) => n.signer.round2(b),
  'request.seen': (n, b) => n.evidence.seen(b.request),
  'request.veto': (n, b) => n.evidence.veto(b),
};

/** Error codes that mean the coordinator asked for something this party will not do: audited here. */
const AUDITED = new Set(['E_TOO_EARLY', 'E_PARTY_REFUSED', 'E_BAD_INPUT', 'E_FORBIDDEN', 'E_INVALID_SHARE', 'E_NONCE_USED']);

export class PartyNode implements PartyCore {
  readonly vault: ThresholdVault;
  private coordinator: string | null = null;
  readonly authority: PartyAuthority;
  readonly keygen: PartyKeygen;
  readonly signer: PartySigner;
  readonly evidence: PartyEvidence;

  private constructor(
    readonly services: PartyServices,
    readonly identity: Identity,
  ) {
    this.vault = new ThresholdVault(services.inst);
    this.authority = new PartyAuthority(services.inst, this.vault, () => this.identity.id, async (repo) => (await services.policies.current(repo)).policy.adminApprovals);
    this.keygen = new PartyKeygen(this);
    this.evidence = new PartyEvidence(this);
    this.signer = new PartySigner(this, this.evidence);
  }

  get inst(): Instance {
    return this.services.inst;
  }

  /** The audit actor for what the coordinator asked. */
  get actorName(): string {
    return partyActor(this.coordinator ?? '');
  }

  /** Open the party's identity (created on first start) and its pairing. The instance must be unsealed. */
  static async open(services: PartyServices): Promise<PartyNode> {
    const vault = new ThresholdVault(services.inst);
    const secret = await services.inst.store.tx(async (repo) => {
      const existing = await vault.get<{ secret: string }>(repo, 'identity', 'self');
      if (existing) return Buffer.from(existing.value.secret, 'hex');
      const s = generateIdentitySecret();
      await vault.put(repo, 'identity', 'self', 'active', { secret: toHex(s) });
      await appendEvent(repo, { actor: 'party', action: 'party.identity.create', subject: 'party/identity', details: { identity: identityFromSecret(s).id } });
      return s;
    });
    const node = new PartyNode(services, identityFromSecret(secret));
    secret.fill(0);
    const pairing = await vault.get<{ coordinator: string }>(services.inst.store.read, 'pairing', 'coordinator');
    node.coordinator = pairing?.value.coordinator ?? null;
    return node;
  }

  get pairedWith(): string | null {
    return this.coordinator;
  }

  /** Handle one signed message; always answers with a signed envelope (an error body on failure). */
  async handle(raw: unknown): Promise<{ status: number; reply: Envelope | { error: { code: string; message: string } } }> {
    let env: Envelope;
    try {
      env = openEnvelope(this.identity, raw, this.coordinator ? { from: this.coordinator } : {});
      if (!this.coordinator && env.type !== 'pair' && env.type !== 'status') throw new CustosError('E_FORBIDDEN', 'this party is not paired with a coordinator yet');
    } catch (e) {
      const err = isCustosError(e) ? e : new CustosError('E_BAD_INPUT', 'malformed message');
      return { status: err.httpStatus, reply: { error: { code: err.code, message: err.message } } };
    }
    try {
      const out = await this.dispatch(env);
      return { status: 200, reply: signEnvelope(this.identity, env.from, `${env.type}.ok`, env.session, out) };
    } catch (e) {
      const err = isCustosError(e) ? e : new CustosError('E_INTERNAL', 'internal error');
      if (AUDITED.has(err.code)) await this.auditRefusal(env, err);
      const details = isCustosError(e) && e.code === 'E_INVALID_SHARE' ? { participant: e.details?.participant } : isCustosError(e) && e.code === 'E_TOO_EARLY' ? { retryAfterMs: e.details?.retryAfterMs } : {};
      return { status: 200, reply: signEnvelope(this.identity, env.from, 'error', env.session, { error: { code: err.code, message: err.message, ...details } }) };
    }
  }

  private dispatch(env: Envelope): Promise<unknown> {
    if (!isPartyMessage(env.type)) throw new CustosError('E_UNSUPPORTED', `unknown message type "${env.type.slice(0, 40)}"`);
    const type = env.type;
    const handler = HANDLERS[type] as Handler<typeof type>;
    return handler(this, checkBody(type, env.body), env);
  }

  /** A durable record of what this party refused, and why (never a secret: codes, types and messages only). */
  private async auditRefusal(env: Envelope, err: CustosError): Promise<void> {
    const request = (env.body as { request?: { id?: unknown } } | null)?.request?.id;
    const keyId = (env.body as { keyId?: unknown } | null)?.keyId;
    await this.inst.store
      .tx((repo) =>
        appendEvent(repo, {
          actor: partyActor(env.from),
          action: err.details?.misbehaviour ? 'party.coordinator.misbehaviour' : 'party.refuse',
          subject: `party/${env.type}`,
          details: { type: env.type, session: env.session, code: err.code, reason: err.message.slice(0, 500), ...(typeof err.details?.misbehaviour === 'string' ? { misbehaviour: err.details.misbehaviour, boundDigest: err.details.boundDigest, offeredDigest: err.details.offeredDigest } : {}), ...(typeof request === 'string' ? { requestId: request.slice(0, 64) } : {}), ...(typeof keyId === 'string' ? { keyId: keyId.slice(0, 64) } : {}) },
        }),
      )
      .catch(() => undefined);
  }

  async status(): Promise<unknown> {
    const repo = this.inst.store.read;
    const shares = await this.vault.list<ShareRecord>(repo, 'share');
    const policy = await this.services.policies.current(repo);
    return {
      identity: this.identity.id,
      kem: kemPublicKey(this.identity),
      paired: this.coordinator !== null,
      policyVersion: policy.version,
      keys: shares.map((s) => ({ keyId: s.value.keyId, name: s.value.keyName, suite: s.value.suite, epoch: s.value.epoch, state: s.state, digest: s.value.digest })),
    };
  }

  /** First contact pins the coordinator (trust on first use, like SSH); later pairs must come from it. */
  async pair(from: string, b: PartyBody<'pair'>): Promise<unknown> {
    if (this.coordinator && this.coordinator !== from) throw new CustosError('E_FORBIDDEN', 'this party is paired with another coordinator');
    const first = this.coordinator === null;
    await this.inst.store.tx(async (repo) => {
      if (first) {
        await this.vault.put(repo, 'pairing', 'coordinator', 'active', { coordinator: from, pairedAt: new Date().toISOString() });
        await appendEvent(repo, { actor: partyActor(from), action: 'party.pair', subject: 'party/coordinator', details: { coordinator: from, name: b.name ?? null } });
      }
    });
    this.coordinator = from;
    const gov = await applyGovSync(this, b, first);
    return { ...((await this.status()) as object), rejected: gov.rejected };
  }

  // ---- shares ----------------------------------------------------------------------

  /** A new share (DKG, refresh, reshare) waits as pending until the coordinator commits its epoch. */
  async storePending(rec: ShareRecord, action: AuditAction): Promise<void> {
    await this.inst.store.tx(async (repo) => {
      await this.vault.put(repo, 'share', `${rec.keyId}@${rec.epoch}`, 'pending', rec);
      await appendEvent(repo, { actor: this.actorName, action, subject: `key/${rec.keyName}`, details: { keyId: rec.keyId, epoch: rec.epoch, digest: rec.digest, suite: rec.suite } });
    });
  }

  /** Whether this party holds (or has pending) a share of a key by name. */
  async holdsKey(repo: Repo, keyName: string): Promise<boolean> {
    for (const r of await this.vault.list<ShareRecord>(repo, 'share')) if (r.value.keyName === keyName) return true;
    return false;
  }

  /** The group public key of a share (hex). */
  groupKey(rec: ShareRecord): string {
    return toHex(groupPublicKey(rec.suite, decodePublic(rec.public)));
  }

  /**
   * Make epoch `epoch` of a key the active share and forget the older one
   * (so old shares can no longer combine). Idempotent; an interrupted
   * refresh that never committed leaves the old share active. Committing a
   * reshared epoch (> 1) forgets a share, so it needs the new parties'
   * receipts (authority.ts).
   */
  async commitKey(keyId: string, epoch: number, digest: string, receipts: Envelope[] | undefined): Promise<unknown> {
    return this.inst.store.tx(async (repo) => {
      const active = await this.vault.get<ShareRecord>(repo, 'share', keyId);
      if (active && active.value.epoch === epoch && active.value.digest === digest) return { keyId, epoch, state: 'active' };
      const pending = await this.vault.get<ShareRecord>(repo, 'share', `${keyId}@${epoch}`);
      if (!pending || pending.value.digest !== digest) {
        throw new CustosError('E_NOT_FOUND', `this party holds no share of key ${keyId} epoch ${epoch} with that public package`, { keyId, epoch });
      }
      if (active && active.value.epoch > epoch) throw refuse(`epoch ${epoch} is older than the active epoch ${active.value.epoch}`);
      const p = pending.value;
      if (active) this.authority.requireReceipts(receipts, p.suite, new Set(Object.keys(p.public.verifyingShares)), p.public.signers.min, digest, this.groupKey(p), { keyId, epoch, session: p.session });
      await this.vault.put(repo, 'share', keyId, 'active', p);
      await this.vault.delete(repo, 'share', `${keyId}@${epoch}`);
      for (const r of await repo.threshold.list('share')) {
        if (r.id.startsWith(`${keyId}@`) && Number(r.id.split('@')[1]) < epoch) await this.vault.delete(repo, 'share', r.id);
      }
      await appendEvent(repo, { actor: this.actorName, action: 'key.commit', subject: `key/${p.keyName}`, details: { keyId, epoch, digest, previousEpoch: active?.value.epoch ?? null } });
      return { keyId, epoch, state: 'active' };
    });
  }

  /** The public package of a key epoch (pending or active): what the coordinator records. */
  async publicPackage(keyId: string, epoch: number, digest: string): Promise<unknown> {
    const repo = this.inst.store.read;
    for (const id of [`${keyId}@${epoch}`, keyId]) {
      const r = await this.vault.get<ShareRecord>(repo, 'share', id);
      if (r && r.value.epoch === epoch && r.value.digest === digest) return { public: r.value.public };
    }
    throw new CustosError('E_NOT_FOUND', `no share of key ${keyId} epoch ${epoch} with that package on this party`);
  }

  /**
   * Forget every share of a key older than `epoch`: only when this party was
   * left out of an admin-approved reshare of that key AND the new parties'
   * receipts show the new epoch holds the same group key.
   */
  async retire(b: PartyBody<'key.retire'>): Promise<unknown> {
    return this.inst.store.tx(async (repo) => {
      const active = await this.vault.get<ShareRecord>(repo, 'share', b.keyId);
      if (!active) return { removed: 0 };
      const rec = active.value;
      const proof = b.proof as GovProof;
      const action = proof.action;
      if (action.action !== 'key.reshare' || action.name !== rec.keyName || !action.parties) throw refuse(`retiring a share of "${rec.keyName}" needs an admin's reshare of that key to other parties`);
      await this.authority.verify(repo, action, proof, { maxAgeMs: SHARE_PROOF_MAX_AGE_MS });
      const peers = await this.authority.peers(repo);
      const ids = action.parties.map((n) => peers.get(n));
      if (ids.includes(this.identity.id)) throw refuse('the approved reshare keeps this party: it does not retire its share');
      if (ids.some((x) => x === undefined)) throw refuse('the approved reshare names a party this party does not know');
      if (b.epoch !== rec.epoch + 1) throw refuse(`a reshare that leaves this party out creates epoch ${rec.epoch + 1}, not ${b.epoch}`);
      const session = b.receipts[0]?.session;
      const identifiers = new Set(ids.map((id) => identifierFor(rec.suite, id!)));
      this.authority.requireReceipts(b.receipts, rec.suite, identifiers, action.threshold ?? rec.public.signers.min, b.digest, this.groupKey(rec), { keyId: b.keyId, epoch: b.epoch, session });
      let removed = 0;
      for (const r of await repo.threshold.list('share')) {
        if (r.id !== b.keyId && !r.id.startsWith(`${b.keyId}@`)) continue;
        const s = await this.vault.get<ShareRecord>(repo, 'share', r.id);
        if (s && s.value.epoch < b.epoch && (await this.vault.delete(repo, 'share', r.id))) removed++;
      }
      if (removed) await appendEvent(repo, { actor: this.actorName, action: 'key.retire', subject: `key/${rec.keyName}`, details: { keyId: b.keyId, epoch: b.epoch, removed } });
      return { removed };
    });
  }

  /** Delete every share of a destroyed key (called with a verified key.destroy proof). */
  async destroyShares(keyName: string): Promise<number> {
    const removed = await this.inst.store.tx(async (repo) => {
      let n = 0;
      for (const r of await this.vault.list<ShareRecord>(repo, 'share')) {
        if (r.value.keyName === keyName && (await this.vault.delete(repo, 'share', r.id))) n++;
      }
      if (n) await appendEvent(repo, { actor: this.actorName, action: 'key.destroy', subject: `key/${keyName}`, details: { removed: n } });
      return n;
    });
    if (removed) await this.inst.store.driver.scrub();
    return removed;
  }

  /** The active share of a key; a pending epoch the coordinator already uses is committed first (catch-up, with receipts). */
  async share(keyId: string, epoch: number, digest: string, receipts?: Envelope[]): Promise<ShareRecord> {
    const active = await this.vault.get<ShareRecord>(this.inst.store.read, 'share', keyId);
    if (active && active.value.epoch === epoch && active.value.digest === digest) return active.value;
    await this.commitKey(keyId, epoch, digest, receipts);
    const now = await this.vault.get<ShareRecord>(this.inst.store.read, 'share', keyId);
    if (!now) throw new CustosError('E_NOT_FOUND', `no share of key ${keyId}`);
    return now.value;
  }

  newSession(): string {
    return randomUUID();
  }
}
