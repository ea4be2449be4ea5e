/**
 * A threshold party: one share of each FROST key it takes part in, its own
 * store, seal, identity and audit trail. It answers signed protocol messages
 * from the one coordinator it is paired with (pinned on first contact) and
 * never releases anything that would let the coordinator, or anyone reading
 * the traffic, sign alone:
 *
 * - DKG and reshare shares travel end-to-end encrypted party-to-party
 *   (wire.ts sealTo); the coordinator only relays ciphertext.
 * - A signature share is released only after the party re-planned the
 *   payload itself, found the message among the digests that payload signs,
 *   evaluated its own policy copy on facts it gathered itself, verified the
 *   approvals against its own principals, and durably deleted the nonce it
 *   uses (so a nonce is never used twice, even after kill -9): see sign.ts.
 *
 * Message types and bodies are documented in docs/threshold.md.
 */
import { randomUUID } from 'node:crypto';
import { CustosError, isCustosError } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import type { Instance } from '../keystore/instance.js';
import type { Services } from '../api/services.js';
import type { Actor } from '../access/actor.js';
import { ThresholdVault } from '../threshold/vault.js';
import { dkgClean, dkgRound1, dkgRound2, dkgRound3, groupPublicKey, type DKG_Secret } from '../threshold/frost.js';
import { frostSuite, type FrostSuite } from '../threshold/suites.js';
import { publicPackageDigest, reshareCombine, reshareDeal } from '../threshold/reshare.js';
import { checkIdentifier, decodePublic, decodeRound1, decodeSecret, encodePublic, encodeRound1, encodeSecret, type FrostPublicJson } from '../threshold/codec.js';
import { toHex } from '../crypto/bytes.js';
import { principalMacFields } from '../store/records.js';
import { parsePolicy } from '../policy/document.js';
import { canonicalJson } from '../audit/canonical.js';
import type { AdminAction } from '../requests/admin.js';
import { govKey, verifyGovProof, type GovProof } from '../threshold/governance.js';
import { generateIdentitySecret, identityFromSecret, openEnvelope, openFrom, parseIdentity, sealTo, signEnvelope, type Envelope, type Identity } from './wire.js';
import { PartySigner } from './sign.js';

/** A key share as the party stores it (sealed by the vault). */
export interface ShareRecord {
  keyId: string;
  keyName: string;
  suite: FrostSuite;
  epoch: number;
  tags: Record<string, string>;
  secret: { identifier: string; signingShare: string };
  public: FrostPublicJson;
  digest: string;
}

export interface Participant {
  identity: string;
  identifier: string;
}

interface PendingDkg {
  suite: FrostSuite;
  keyId: string;
  secret: DKG_Secret;
  participants: Participant[];
  expires: number;
}

const SESSION_TTL_MS = 120_000;
const MAX_PARTIES = 32;

const str = (v: unknown, field: string, max = 256): string => {
  if (typeof v !== 'string' || v.length === 0 || v.length > max) throw new CustosError('E_BAD_INPUT', `${field}: expected a string`, { field });
  return v;
};
const int = (v: unknown, field: string, min = 1, max = MAX_PARTIES): number => {
  if (!Number.isSafeInteger(v) || (v as number) < min || (v as number) > max) throw new CustosError('E_BAD_INPUT', `${field}: expected an integer ${min}..${max}`, { field });
  return v as number;
};
export const body = (v: unknown): Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new CustosError('E_BAD_INPUT', 'message body must be an object');
  return v as Record<string, unknown>;
};
function participants(v: unknown, suite: FrostSuite): Participant[] {
  if (!Array.isArray(v) || v.length < 1 || v.length > MAX_PARTIES) throw new CustosError('E_BAD_INPUT', 'participants: expected a list', { field: 'participants' });
  return v.map((p, i) => {
    const o = body(p);
    const identity = parseIdentity(str(o.identity, `participants[${i}].identity`), `participants[${i}].identity`).id;
    const identifier = checkIdentifier(o.identifier, `participants[${i}].identifier`);
    if (identifier !== identifierFor(suite, identity)) throw new CustosError('E_BAD_INPUT', `participants[${i}]: identifier does not belong to its identity`);
    return { identity, identifier };
  });
}

/** A party's FROST identifier: derived from its identity (stable across refresh and reshare). */
export function identifierFor(suite: FrostSuite, identity: string): string {
  return frostSuite(suite).frost.Identifier.derive(`custos-party:${identity}`);
}

export const partyActor = (coordinator: string): string => `coordinator:${coordinator.slice(0, 16)}`;

export class PartyNode {
  readonly vault: ThresholdVault;
  private readonly dkg = new Map<string, PendingDkg>();
  private coordinator: string | null = null;
  private readonly signer: PartySigner;

  private constructor(
    readonly services: Services,
    readonly identity: Identity,
  ) {
    this.vault = new ThresholdVault(services.inst);
    this.signer = new PartySigner(this);
  }

  get inst(): Instance {
    return this.services.inst;
  }

  /** Open the party's identity (created on first start) and its pairing. The instance must be unsealed. */
  static async open(services: Services): Promise<PartyNode> {
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
      const details = isCustosError(e) && e.code === 'E_INVALID_SHARE' ? { participant: e.details?.participant } : {};
      return { status: 200, reply: signEnvelope(this.identity, env.from, 'error', env.session, { error: { code: err.code, message: err.message, ...details } }) };
    }
  }

  private async dispatch(env: Envelope): Promise<unknown> {
    const b = body(env.body);
    switch (env.type) {
      case 'status':
        return this.status();
      case 'pair':
        return this.pair(env.from, b);
      case 'gov.sync':
        return this.govSync(b);
      case 'dkg.1':
        return this.dkg1(b);
      case 'dkg.2':
        return this.dkg2(b);
      case 'dkg.3':
        return this.dkg3(b);
      case 'key.commit':
        return this.commitKey(b);
      case 'key.public':
        return this.publicPackage(b);
      case 'key.retire':
        return this.retire(b);
      case 'reshare.deal':
        return this.reshareDeal(b);
      case 'reshare.receive':
        return this.reshareReceive(b);
      case 'sign.1':
        return this.signer.round1(b);
      case 'sign.pre':
        return this.signer.precommit(b);
      case 'request.seen':
        return this.signer.seen(b);
      case 'sign.2':
        return this.signer.round2(b);
      default:
        throw new CustosError('E_UNSUPPORTED', `unknown message type "${env.type.slice(0, 40)}"`);
    }
  }

  async status(): Promise<unknown> {
    const repo = this.inst.store.read;
    const shares = await this.vault.list<ShareRecord>(repo, 'share');
    const policy = await this.services.policies.current(repo);
    return {
      identity: this.identity.id,
      paired: this.coordinator !== null,
      policyVersion: policy.version,
      keys: shares.map((s) => ({ keyId: s.value.keyId, name: s.value.keyName, suite: s.value.suite, epoch: s.value.epoch, state: s.state, digest: s.value.digest })),
    };
  }

  /** First contact pins the coordinator (trust on first use, like SSH); later pairs must come from it. */
  private async pair(from: string, b: Record<string, unknown>): Promise<unknown> {
    if (this.coordinator && this.coordinator !== from) throw new CustosError('E_FORBIDDEN', 'this party is paired with another coordinator');
    await this.inst.store.tx(async (repo) => {
      if (!this.coordinator) {
        await this.vault.put(repo, 'pairing', 'coordinator', 'active', { coordinator: from, pairedAt: new Date().toISOString() });
        await appendEvent(repo, { actor: partyActor(from), action: 'party.pair', subject: 'party/coordinator', details: { coordinator: from, name: typeof b.name === 'string' ? b.name.slice(0, 64) : null } });
      }
    });
    const first = this.coordinator === null;
    this.coordinator = from;
    const gov = (await this.govSync(b, first)) as { rejected: unknown[] };
    return { ...((await this.status()) as object), rejected: gov.rejected };
  }

  /**
   * Apply the coordinator's governance copy: principals, named lists and the
   * policy. On pairing everything is taken as is (trust on first use); after
   * that, each new principal, list change and policy change must carry an
   * admin-signed proof that this party verifies against its own principals
   * and policy (threshold/governance.ts), newer than the last one applied.
   * Revocations need no proof (they only take power away). What fails is
   * skipped and reported; the old copy stays in force.
   */
  private async govSync(b: Record<string, unknown>, trustAll = false): Promise<unknown> {
    const actor: Actor = { id: 'coordinator', name: partyActor(this.coordinator ?? ''), role: 'admin', kind: 'local', tags: {} };
    const s = this.services;
    const rejected: { change: string; reason: string }[] = [];
    await this.inst.store.tx(async (repo) => {
      const adminApprovals = (await s.policies.current(repo)).policy.adminApprovals;
      /** Verify a change's proof (unless pairing) and return the action to apply, or null when refused. */
      const proven = async (key: string, fallback: AdminAction, proof: unknown): Promise<AdminAction | null> => {
        if (trustAll) return fallback;
        const p = proof as GovProof | undefined;
        try {
          const action = p?.action ?? fallback;
          if (govKey(action) !== key) throw new CustosError('E_PARTY_REFUSED', 'the proof is for another record');
          const ts = await verifyGovProof(this.inst, repo, action, p, adminApprovals);
          // Order by the admin's signed timestamp (seconds): an older change, or the same signed request again, is a replay.
          const applied = await this.vault.get<{ timestamp: number; nonce?: string }>(repo, 'gov-applied', key);
          if (applied && (applied.value.timestamp > ts || applied.value.nonce === p?.http.nonce)) throw new CustosError('E_PARTY_REFUSED', 'an older change than the one in force (replay)');
          await this.vault.put(repo, 'gov-applied', key, 'active', { timestamp: ts, nonce: p?.http.nonce });
          return action;
        } catch (e) {
          rejected.push({ change: key, reason: isCustosError(e) ? e.message : 'invalid' });
          return null;
        }
      };
      for (const p of Array.isArray(b.principals) ? b.principals.slice(0, 10_000) : []) {
        const o = body(p);
        const name = str(o.name, 'principal.name', 64);
        const existing = await repo.access.principalByName(name);
        if (!existing && o.state === 'active') {
          const a = await proven(`principal:${name}`, { action: 'principal.create', name, role: str(o.role, 'role', 16), publicKey: str(o.publicKey, 'publicKey', 400), tags: (o.tags ?? {}) as Record<string, string> }, o.proof);
          if (a?.action === 'principal.create') await s.principals.createIn(repo, { name: a.name, role: a.role, publicKey: a.publicKey, tags: a.tags ?? {} }, actor);
        } else if (existing && existing.state === 'active' && o.state === 'revoked') {
          const next = { ...existing, state: 'revoked' as const, updatedAt: new Date().toISOString() };
          await repo.access.updatePrincipal({ ...next, mac: this.inst.rowMac('principals', principalMacFields(next)) });
          await appendEvent(repo, { actor: actor.name, action: 'principal.revoke', subject: `principal/${name}`, details: {} });
        }
      }
      const lists = b.lists && typeof b.lists === 'object' ? (b.lists as Record<string, unknown>) : {};
      const listProofs = (b.listProofs && typeof b.listProofs === 'object' ? b.listProofs : {}) as Record<string, unknown>;
      for (const [name, values] of Object.entries(lists)) {
        if (!Array.isArray(values)) continue;
        const current = await repo.access.listValues(name);
        if (canonicalJson([...current].sort()) === canonicalJson(values.map(String).sort())) continue;
        const a = await proven(`list:${name}`, { action: 'list.set', name, values: values.map(String) }, listProofs[name]);
        if (a?.action === 'list.set') await s.policies.setListIn(repo, a.name, a.values, actor);
      }
      if (typeof b.policy === 'string') {
        const cur = await s.policies.current(repo);
        if (cur.version === 0 || cur.policy.digest !== parsePolicy(b.policy).digest) {
          const a = await proven('policy', { action: 'policy.set', source: b.policy }, b.policyProof);
          if (a?.action === 'policy.set') await s.policies.setIn(repo, a.source, actor);
        }
      }
      if (rejected.length) await appendEvent(repo, { actor: actor.name, action: 'gov.refuse', subject: 'party/governance', details: { rejected } });
    });
    return { policyVersion: (await s.policies.current(this.inst.store.read)).version, rejected };
  }

  // ---- distributed key generation ------------------------------------------------

  private suiteOf(b: Record<string, unknown>): FrostSuite {
    return frostSuite(str(b.suite, 'suite', 32)).name;
  }

  private session(b: Record<string, unknown>): PendingDkg {
    const id = str(b.session, 'session', 64);
    const s = this.dkg.get(id);
    if (!s || s.expires < Date.now()) throw new CustosError('E_NOT_FOUND', `no DKG session ${id} on this party (expired or restarted)`);
    return s;
  }

  private async dkg1(b: Record<string, unknown>): Promise<unknown> {
    const suite = this.suiteOf(b);
    const session = str(b.session, 'session', 64);
    const keyId = str(b.keyId, 'keyId', 64);
    const min = int(b.min, 'min', 2);
    const ps = participants(b.participants, suite);
    if (ps.length < min) throw new CustosError('E_BAD_INPUT', 'fewer participants than the threshold');
    const me = ps.find((p) => p.identity === this.identity.id);
    if (!me) throw new CustosError('E_BAD_INPUT', 'this party is not among the participants');
    for (const [k, v] of this.dkg) if (v.expires < Date.now()) this.dkg.delete(k);
    const r1 = dkgRound1(suite, me.identifier, { min, max: ps.length });
    this.dkg.set(session, { suite, keyId, secret: r1.secret, participants: ps, expires: Date.now() + SESSION_TTL_MS });
    return { round1: encodeRound1(r1.public) };
  }

  private othersRound1(s: PendingDkg, v: unknown) {
    if (!Array.isArray(v)) throw new CustosError('E_BAD_INPUT', 'round1: expected a list');
    const all = v.map((x, i) => decodeRound1(x, `round1[${i}]`));
    const mine = identifierFor(s.suite, this.identity.id);
    return all.filter((r) => r.identifier !== mine);
  }

  private async dkg2(b: Record<string, unknown>): Promise<unknown> {
    const s = this.session(b);
    const session = str(b.session, 'session', 64);
    const shares = dkgRound2(s.suite, s.secret, this.othersRound1(s, b.round1));
    const mine = identifierFor(s.suite, this.identity.id);
    const sealed: Record<string, string> = {};
    for (const [id, pkg] of Object.entries(shares)) {
      const to = s.participants.find((p) => p.identifier === id);
      if (!to) throw new CustosError('E_BAD_INPUT', `no participant with identifier ${id}`);
      sealed[id] = sealTo(this.identity, to.identity, pkg.signingShare, `dkg:${session}:${mine}:${id}`);
      pkg.signingShare.fill(0);
    }
    return { shares: sealed };
  }

  private async dkg3(b: Record<string, unknown>): Promise<unknown> {
    const s = this.session(b);
    const session = str(b.session, 'session', 64);
    const mine = identifierFor(s.suite, this.identity.id);
    const received = body(b.shares);
    const round2 = s.participants
      .filter((p) => p.identifier !== mine)
      .map((p) => {
        const sealed = received[p.identifier];
        if (typeof sealed !== 'string') throw new CustosError('E_BAD_INPUT', `no DKG share from participant ${p.identifier}`, { participant: p.identifier });
        let share: Uint8Array;
        try {
          share = openFrom(this.identity, p.identity, sealed, `dkg:${session}:${p.identifier}:${mine}`);
        } catch {
          throw new CustosError('E_INVALID_SHARE', `participant ${p.identifier} sent a DKG share that does not authenticate`, { participant: p.identifier });
        }
        return { identifier: p.identifier, signingShare: share } as never;
      });
    const key = dkgRound3(s.suite, s.secret, this.othersRound1(s, b.round1), round2);
    dkgClean(s.suite, s.secret);
    this.dkg.delete(session);
    const rec: ShareRecord = {
      keyId: s.keyId,
      keyName: str(b.keyName, 'keyName', 64),
      suite: s.suite,
      epoch: 1,
      tags: (b.tags && typeof b.tags === 'object' ? b.tags : {}) as Record<string, string>,
      secret: encodeSecret(key.secret),
      public: encodePublic(key.public),
      digest: publicPackageDigest(key.public),
    };
    key.secret.signingShare.fill(0);
    await this.storePending(rec, 'key.dkg');
    return { digest: rec.digest, groupKey: toHex(groupPublicKey(s.suite, key.public)) };
  }

  /** A new share (DKG, refresh, reshare) waits as pending until the coordinator commits its epoch. */
  private async storePending(rec: ShareRecord, action: string): Promise<void> {
    await this.inst.store.tx(async (repo) => {
      await this.vault.put(repo, 'share', `${rec.keyId}@${rec.epoch}`, 'pending', rec);
      await appendEvent(repo, { actor: partyActor(this.coordinator!), action, subject: `key/${rec.keyName}`, details: { keyId: rec.keyId, epoch: rec.epoch, digest: rec.digest, suite: rec.suite } });
    });
  }

  /**
   * Make epoch `epoch` of a key the active share and forget the older one
   * (so old shares can no longer combine). Idempotent; an interrupted
   * refresh that never committed leaves the old share active.
   */
  async commitKey(b: Record<string, unknown>): Promise<unknown> {
    const keyId = str(b.keyId, 'keyId', 64);
    const epoch = int(b.epoch, 'epoch', 1, Number.MAX_SAFE_INTEGER);
    const digest = str(b.digest, 'digest', 64);
    return this.inst.store.tx(async (repo) => {
      const active = await this.vault.get<ShareRecord>(repo, 'share', keyId);
      if (active && active.value.epoch === epoch && active.value.digest === digest) return { keyId, epoch, state: 'active' };
      const pending = await this.vault.get<ShareRecord>(repo, 'share', `${keyId}@${epoch}`);
      if (!pending || pending.value.digest !== digest) {
        throw new CustosError('E_NOT_FOUND', `this party holds no share of key ${keyId} epoch ${epoch} with that public package`, { keyId, epoch });
      }
      await this.vault.put(repo, 'share', keyId, 'active', pending.value);
      await this.vault.delete(repo, 'share', `${keyId}@${epoch}`);
      for (const r of await repo.threshold.list('share')) {
        if (r.id.startsWith(`${keyId}@`) && Number(r.id.split('@')[1]) < epoch) await this.vault.delete(repo, 'share', r.id);
      }
      await appendEvent(repo, { actor: partyActor(this.coordinator!), action: 'key.commit', subject: `key/${pending.value.keyName}`, details: { keyId, epoch, digest, previousEpoch: active?.value.epoch ?? null } });
      return { keyId, epoch, state: 'active' };
    });
  }

  /** The public package of a key epoch (pending or active): what the coordinator records. */
  private async publicPackage(b: Record<string, unknown>): Promise<unknown> {
    const keyId = str(b.keyId, 'keyId', 64);
    const epoch = int(b.epoch, 'epoch', 1, Number.MAX_SAFE_INTEGER);
    const repo = this.inst.store.read;
    for (const id of [`${keyId}@${epoch}`, keyId]) {
      const r = await this.vault.get<ShareRecord>(repo, 'share', id);
      if (r && r.value.epoch === epoch && r.value.digest === b.digest) return { public: r.value.public };
    }
    throw new CustosError('E_NOT_FOUND', `no share of key ${keyId} epoch ${epoch} with that package on this party`);
  }

  /** Forget every share of a key older than `epoch` (this party was left out of a reshare). */
  private async retire(b: Record<string, unknown>): Promise<unknown> {
    const keyId = str(b.keyId, 'keyId', 64);
    const epoch = int(b.epoch, 'epoch', 1, Number.MAX_SAFE_INTEGER);
    return this.inst.store.tx(async (repo) => {
      let removed = 0;
      for (const r of await repo.threshold.list('share')) {
        if (r.id !== keyId && !r.id.startsWith(`${keyId}@`)) continue;
        const rec = await this.vault.get<ShareRecord>(repo, 'share', r.id);
        if (rec && rec.value.epoch < epoch && (await this.vault.delete(repo, 'share', r.id))) removed++;
      }
      if (removed) await appendEvent(repo, { actor: partyActor(this.coordinator!), action: 'key.retire', subject: `key/${keyId}`, details: { keyId, epoch, removed } });
      return { removed };
    });
  }

  /** The active share of a key; a pending epoch the coordinator already uses is committed first (catch-up). */
  async share(keyId: string, epoch: number, digest: string): Promise<ShareRecord> {
    const active = await this.vault.get<ShareRecord>(this.inst.store.read, 'share', keyId);
    if (active && active.value.epoch === epoch && active.value.digest === digest) return active.value;
    await this.commitKey({ keyId, epoch, digest });
    const now = await this.vault.get<ShareRecord>(this.inst.store.read, 'share', keyId);
    if (!now) throw new CustosError('E_NOT_FOUND', `no share of key ${keyId}`);
    return now.value;
  }

  // ---- refresh and reshare -------------------------------------------------------------

  private async reshareDeal(b: Record<string, unknown>): Promise<unknown> {
    const keyId = str(b.keyId, 'keyId', 64);
    const session = str(b.session, 'session', 64);
    const rec = await this.share(keyId, int(b.epoch, 'epoch', 1, Number.MAX_SAFE_INTEGER), str(b.digest, 'digest', 64));
    const newPs = participants(b.participants, rec.suite);
    const dealers = (Array.isArray(b.dealers) ? b.dealers : []).map((d, i) => checkIdentifier(d, `dealers[${i}]`));
    const min = int(b.min, 'min', 2);
    const key = { secret: decodeSecret(rec.secret), public: decodePublic(rec.public) };
    const dealing = reshareDeal(rec.suite, key, dealers, { min, max: newPs.length }, newPs.map((p) => p.identifier));
    key.secret.signingShare.fill(0);
    const mine = rec.secret.identifier;
    const sealed: Record<string, string> = {};
    for (const p of newPs) {
      const share = dealing.shares[p.identifier]!;
      sealed[p.identifier] = sealTo(this.identity, p.identity, share, `reshare:${session}:${mine}:${p.identifier}`);
      share.fill(0);
    }
    await this.inst.store.tx((repo) =>
      appendEvent(repo, { actor: partyActor(this.coordinator!), action: 'key.reshare.deal', subject: `key/${rec.keyName}`, details: { keyId, session, epoch: rec.epoch, newThreshold: min, newParties: newPs.length } }),
    );
    return { public: encodePublic(dealing.public), shares: sealed };
  }

  private async reshareReceive(b: Record<string, unknown>): Promise<unknown> {
    const suite = this.suiteOf(b);
    const session = str(b.session, 'session', 64);
    const keyId = str(b.keyId, 'keyId', 64);
    const epoch = int(b.epoch, 'epoch', 2, Number.MAX_SAFE_INTEGER);
    const oldPub = decodePublic(b.oldPublic, 'oldPublic');
    const newPs = participants(b.participants, suite);
    const min = int(b.min, 'min', 2);
    const mine = identifierFor(suite, this.identity.id);
    if (!newPs.some((p) => p.identifier === mine)) throw new CustosError('E_BAD_INPUT', 'this party is not among the new participants');
    if (!Array.isArray(b.dealings)) throw new CustosError('E_BAD_INPUT', 'dealings: expected a list');
    const dealings = b.dealings.map((d, i) => {
      const o = body(d);
      const identity = parseIdentity(str(o.identity, `dealings[${i}].identity`), 'identity').id;
      const dealer = checkIdentifier(o.dealer, `dealings[${i}].dealer`);
      if (dealer !== identifierFor(suite, identity)) throw new CustosError('E_BAD_INPUT', `dealings[${i}]: dealer does not match its identity`);
      let share: Uint8Array;
      try {
        share = openFrom(this.identity, identity, str(o.share, 'share', 512), `reshare:${session}:${dealer}:${mine}`);
      } catch {
        throw new CustosError('E_INVALID_SHARE', `dealer ${dealer} sent a share that does not authenticate`, { participant: dealer });
      }
      return { dealer, public: decodePublic(o.public, `dealings[${i}].public`), share };
    });
    const key = reshareCombine(
      suite,
      mine,
      oldPub,
      dealings.map((d) => d.dealer),
      { min, max: newPs.length },
      newPs.map((p) => p.identifier),
      dealings.map((d) => ({ dealer: d.dealer, public: d.public })),
      Object.fromEntries(dealings.map((d) => [d.dealer, d.share])),
    );
    for (const d of dealings) d.share.fill(0);
    const prior = await this.vault.get<ShareRecord>(this.inst.store.read, 'share', keyId);
    const rec: ShareRecord = {
      keyId,
      keyName: str(b.keyName, 'keyName', 64),
      suite,
      epoch,
      tags: prior?.value.tags ?? ((b.tags && typeof b.tags === 'object' ? b.tags : {}) as Record<string, string>),
      secret: encodeSecret(key.secret),
      public: encodePublic(key.public),
      digest: publicPackageDigest(key.public),
    };
    key.secret.signingShare.fill(0);
    await this.storePending(rec, 'key.reshare.receive');
    return { digest: rec.digest, groupKey: toHex(groupPublicKey(suite, key.public)) };
  }

  newSession(): string {
    return randomUUID();
  }
}
