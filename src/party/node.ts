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
 *
 * This file opens envelopes, pairs, answers status and dispatches each
 * message family to its part: gov.sync (gov-sync.ts), dkg.* and reshare.*
 * (keygen.ts), key.commit/public/retire and the share lifecycle (shares.ts),
 * sign.* (sign.ts), safe.* (safe-owner.ts), request.* (evidence.ts).
 */
import { randomUUID } from 'node:crypto';
import { CustosError, isCustosError, badInput } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import type { Instance } from '../keystore/instance.js';
import type { PartyCore, PartyServices, ShareRecord } from './types.js';
import { ThresholdVault } from '../threshold/vault.js';
import { toHex } from '../crypto/bytes.js';
import { generateIdentitySecret, identityFromSecret, kemPublicKey, openEnvelope, signEnvelope, type Envelope, type Identity } from './wire.js';
import { checkBody, isPartyMessage, type PartyBody, type PartyMessageType } from './protocol.js';
import { PartyAuthority } from './authority.js';
import { applyGovSync } from './gov-sync.js';
import { PartyKeygen } from './keygen.js';
import { PartySigner } from './sign.js';
import { PartyEvidence } from './evidence.js';
import { PartyShares } from './shares.js';
import { PartySafeOwners } from './safe-owner.js';
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
  'key.commit': (n, b) => n.shares.commitKey(b.keyId, b.epoch, b.digest, b.receipts),
  'key.public': (n, b) => n.shares.publicPackage(b.keyId, b.epoch, b.digest),
  'key.retire': (n, b) => n.shares.retire(b),
  'reshare.deal': (n, b) => n.keygen.reshareDeal(b),
  'reshare.receive': (n, b) => n.keygen.reshareReceive(b),
  'refresh.schedule': (n, b) => n.authority.refreshSlots.set(b),
  'sign.1': (n, b) => n.signer.round1(b),
  'sign.pre': (n, b) => n.signer.precommit(b),
  'sign.2': (n, b) => n.signer.round2(b),
  'safe.owner': (n, b) => n.safeOwners.create(b),
  'safe.bind': (n, b) => n.safeOwners.bind(b),
  'safe.sign': (n, b) => n.safeOwners.sign(b),
  'request.seen': async (n, b) =>
    (await n.safeOwners.byName(n.inst.store.read, b.request.keyName)) ? n.safeOwners.seen(b.request) : n.evidence.seen(b.request),
  'request.veto': (n, b) => n.evidence.veto(b),
};

/** Error codes that mean the coordinator asked for something this party will not do: audited here. */
const AUDITED = new Set(['E_TOO_EARLY', 'E_PARTY_REFUSED', 'E_BAD_INPUT', 'E_FORBIDDEN', 'E_INVALID_SHARE', 'E_NONCE_USED', 'E_RISK_MISMATCH']);

export class PartyNode implements PartyCore {
  readonly vault: ThresholdVault;
  private coordinator: string | null = null;
  readonly authority: PartyAuthority;
  readonly keygen: PartyKeygen;
  readonly signer: PartySigner;
  readonly evidence: PartyEvidence;
  readonly shares: PartyShares;
  readonly safeOwners: PartySafeOwners;

  private constructor(
    readonly services: PartyServices,
    readonly identity: Identity,
  ) {
    this.vault = new ThresholdVault(services.inst);
    this.authority = new PartyAuthority(
      services.inst,
      this.vault,
      () => this.identity.id,
      async (repo) => (await services.policies.current(repo)).policy.adminApprovals,
      services.acceptPasskeyApprovals,
      () => this.actorName,
    );
    this.shares = new PartyShares(this);
    this.keygen = new PartyKeygen(this);
    this.evidence = new PartyEvidence(this);
    this.signer = new PartySigner(this, this.evidence);
    this.safeOwners = new PartySafeOwners(this, this.evidence);
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
      if (!this.coordinator && env.type !== 'pair' && env.type !== 'status')
        throw new CustosError('E_FORBIDDEN', 'this party is not paired with a coordinator yet');
    } catch (e) {
      const err = isCustosError(e) ? e : badInput('malformed message');
      return { status: err.httpStatus, reply: { error: { code: err.code, message: err.message } } };
    }
    try {
      const out = await this.dispatch(env);
      return { status: 200, reply: signEnvelope(this.identity, env.from, `${env.type}.ok`, env.session, out) };
    } catch (e) {
      const err = isCustosError(e) ? e : new CustosError('E_INTERNAL', 'internal error');
      if (AUDITED.has(err.code)) await this.auditRefusal(env, err);
      const details =
        isCustosError(e) && e.code === 'E_INVALID_SHARE'
          ? { participant: e.details?.participant }
          : isCustosError(e) && e.code === 'E_TOO_EARLY'
            ? { retryAfterMs: e.details?.retryAfterMs }
            : {};
      return {
        status: 200,
        reply: signEnvelope(this.identity, env.from, 'error', env.session, { error: { code: err.code, message: err.message, ...details } }),
      };
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
          details: {
            type: env.type,
            session: env.session,
            code: err.code,
            reason: err.message.slice(0, 500),
            ...(typeof err.details?.misbehaviour === 'string'
              ? { misbehaviour: err.details.misbehaviour, boundDigest: err.details.boundDigest, offeredDigest: err.details.offeredDigest }
              : {}),
            ...(err.code === 'E_RISK_MISMATCH' ? { ownRisk: err.details?.ownRisk, claimedRisk: err.details?.claimedRisk ?? null } : {}),
            ...(typeof request === 'string' ? { requestId: request.slice(0, 64) } : {}),
            ...(typeof keyId === 'string' ? { keyId: keyId.slice(0, 64) } : {}),
          },
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
      keys: shares.map((s) => ({
        keyId: s.value.keyId,
        name: s.value.keyName,
        suite: s.value.suite,
        epoch: s.value.epoch,
        state: s.state,
        digest: s.value.digest,
      })),
    };
  }

  /** First contact pins the coordinator (trust on first use, like SSH); later pairs must come from it. */
  async pair(from: string, b: PartyBody<'pair'>): Promise<unknown> {
    if (this.coordinator && this.coordinator !== from) throw new CustosError('E_FORBIDDEN', 'this party is paired with another coordinator');
    const first = this.coordinator === null;
    await this.inst.store.tx(async (repo) => {
      if (first) {
        await this.vault.put(repo, 'pairing', 'coordinator', 'active', { coordinator: from, pairedAt: new Date().toISOString() });
        await appendEvent(repo, {
          actor: partyActor(from),
          action: 'party.pair',
          subject: 'party/coordinator',
          details: { coordinator: from, name: b.name ?? null },
        });
      }
    });
    this.coordinator = from;
    const gov = await applyGovSync(this, b, first);
    return { ...((await this.status()) as object), rejected: gov.rejected };
  }

  // ---- shares (shares.ts) ---------------------------------------------------------------

  storePending(rec: ShareRecord, action: AuditAction): Promise<void> {
    return this.shares.storePending(rec, action);
  }

  holdsKey(repo: Repo, keyName: string): Promise<boolean> {
    return this.shares.holdsKey(repo, keyName);
  }

  destroyShares(keyName: string): Promise<number> {
    return this.shares.destroyShares(keyName);
  }

  share(keyId: string, epoch: number, digest: string, receipts?: Envelope[]): Promise<ShareRecord> {
    return this.shares.share(keyId, epoch, digest, receipts);
  }

  newSession(): string {
    return randomUUID();
  }
}
