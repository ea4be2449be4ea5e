/**
 * The coordinator of threshold keys (runs inside the custos server or CLI):
 * registers parties by identity, runs the DKG, the two FROST signing rounds,
 * refresh and reshare. It holds no share and relays only ciphertext for
 * secret messages. Every share is verified (RFC 9591 §5.4) before
 * aggregation; a bad one aborts the session, names the party and is audited.
 *
 * Crash safety of key changes: parties keep new shares as pending until the
 * coordinator has recorded the new public package (one transaction) and
 * sends key.commit; a party that missed the commit catches up on its next
 * signing session (the session names the epoch and package digest). Until
 * the coordinator records the new epoch, the old shares stay in force.
 */
import { randomUUID } from 'node:crypto';
import { CustosError, isCustosError } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import { canonicalJson } from '../audit/canonical.js';
import { createHash } from 'node:crypto';
import type { Instance } from '../keystore/instance.js';
import type { KeyInfo, ThresholdKeyRecords, ThresholdSigner } from '../keystore/types.js';
import type { KeyRecord } from '../store/records.js';
import type { Repo } from '../store/repo.js';
import type { SignatureScheme } from '../crypto/algorithms.js';
import { fromHex, toHex } from '../crypto/bytes.js';
import { checkName } from '../keystore/refs.js';
import { generateIdentitySecret, identityFromSecret, parseIdentity, fingerprint, verifyKemKey, type Envelope, type Identity, type KemAnnouncement } from '../party/wire.js';
import type { GovSync, ParticipantWire, SignContext, Veto } from '../party/protocol.js';
import type { NetworkAdminAction } from '../requests/types.js';
import { aggregateVerified } from './frost.js';
import { frostSuite, identifierFor, type FrostSuite } from './suites.js';
import { decodeCommitments, decodePublic, encodeCommitments, type FrostPublicJson } from './codec.js';
import { callParty, callPartyEnvelope, firstN, DEFAULT_PARTY_TIMEOUT_MS, type PartyLink } from './transport.js';
import { ThresholdVault } from './vault.js';
import { NoncePool } from './nonce-pool.js';
import { govProof, recordGovProof, type GovProof } from './governance.js';

export type { GovSync } from '../party/protocol.js';

/** A threshold key as the coordinator knows it (sealed in the vault). */
export interface ThresholdKeyMeta {
  keyId: string;
  name: string;
  suite: FrostSuite;
  epoch: number;
  min: number;
  parties: { name: string; identity: string; identifier: string }[];
  public: FrostPublicJson;
  digest: string;
  /** Epochs > 1: the new parties' signed receipts for this epoch (what lets parties commit it and forget the old share). */
  receipts?: Envelope[];
}

/** A registered party as the coordinator stores it (kem: its signed ML-KEM announcement, for hybrid sealing). */
type StoredLink = PartyLink & { removed?: boolean; kem?: KemAnnouncement };

export interface PartyStatus {
  name: string;
  url: string;
  identity: string;
  fingerprint: string;
  reachable: boolean;
  error?: { code: string; message: string };
  keys?: unknown;
  policyVersion?: number;
}


export interface CoordinatorOptions {
  timeoutMs?: number;
  dkgTimeoutMs?: number;
}

/** A party's KEM announcement from its status answer, kept only when it verifies under its identity. */
function announced(identity: string, kem: unknown): KemAnnouncement | undefined {
  try {
    verifyKemKey(identity, kem);
    return kem as KemAnnouncement;
  } catch {
    return undefined; // an older party without a KEM key: v1 sealing
  }
}

export class ThresholdCoordinator implements ThresholdSigner {
  private readonly vault: ThresholdVault;
  private me: Identity | null = null;
  /** Governance digest last accepted by each party (in memory; resent after a restart). */
  private readonly synced = new Map<string, string>();
  private readonly timeoutMs: number;
  private readonly dkgTimeoutMs: number;
  private govCache: { stamp: string; gov: { body: GovSync; digest: string } } | null = null;
  /** Preprocessed nonce commitments per key epoch and party (in memory). */
  private readonly pool = new NoncePool();
  /** `party:keyId:epoch` known committed at that party (in memory): signing heads carry receipts to the others. */
  private readonly committed = new Set<string>();

  constructor(
    private readonly inst: Instance,
    private readonly keys: ThresholdKeyRecords,
    opts: CoordinatorOptions = {},
  ) {
    this.vault = new ThresholdVault(inst);
    this.timeoutMs = opts.timeoutMs ?? Number(process.env.CUSTOS_PARTY_TIMEOUT_MS ?? DEFAULT_PARTY_TIMEOUT_MS);
    this.dkgTimeoutMs = opts.dkgTimeoutMs ?? Math.max(this.timeoutMs, 30_000);
  }

  /** The coordinator's own identity (created on first use, sealed in the store). */
  async identity(): Promise<Identity> {
    if (this.me) return this.me;
    this.inst.assertUnsealed();
    const secret = await this.inst.store.tx(async (repo) => {
      const existing = await this.vault.get<{ secret: string }>(repo, 'identity', 'coordinator');
      if (existing) return fromHex(existing.value.secret, 'identity');
      const s = generateIdentitySecret();
      await this.vault.put(repo, 'identity', 'coordinator', 'active', { secret: toHex(s) });
      await appendEvent(repo, { actor: 'custos', action: 'coordinator.identity.create', subject: 'coordinator/identity', details: { identity: identityFromSecret(s).id } });
      return s;
    });
    this.me = identityFromSecret(secret);
    secret.fill(0);
    return this.me;
  }

  // ---- parties ---------------------------------------------------------------------

  private async party(repo: Repo, name: string): Promise<PartyLink> {
    const p = await this.vault.get<StoredLink>(repo, 'party', name);
    if (!p || p.value.removed) throw new CustosError('E_NOT_FOUND', `no party named "${name}"`, { party: name });
    return { name: p.value.name, url: p.value.url, identity: p.value.identity };
  }

  /** What parties keep a copy of: principals, lists, the policy document, the party registry and destroyed keys, each with its proof. */
  private async govState(repo: Repo): Promise<{ body: GovSync; digest: string }> {
    const principals = [];
    for (const p of await repo.access.listPrincipals()) {
      principals.push({ name: p.name, role: p.role, publicKey: p.publicKey, state: p.state, tags: p.tags, proof: await govProof(this.inst, repo, `principal:${p.name}`) });
    }
    const lists = await repo.access.allLists();
    const listProofs: Record<string, GovProof | undefined> = {};
    for (const name of Object.keys(lists)) listProofs[name] = await govProof(this.inst, repo, `list:${name}`);
    const parties = [];
    for (const { value: l } of await this.vault.list<StoredLink>(repo, 'party')) {
      parties.push({ name: l.name, identity: l.identity, state: l.removed ? ('removed' as const) : ('active' as const), proof: await govProof(this.inst, repo, `party:${l.name}`), ...(l.kem ? { kem: l.kem } : {}) });
    }
    const destroyed = [];
    for (const r of await this.vault.list<GovProof>(repo, 'gov-proof')) if (r.id.startsWith('destroy:')) destroyed.push({ name: r.id.slice('destroy:'.length), proof: r.value });
    const body = { principals, lists, listProofs, policy: (await repo.access.currentPolicy())?.source ?? null, policyProof: await govProof(this.inst, repo, 'policy'), parties, destroyed } as GovSync;
    return { body, digest: createHash('sha256').update(canonicalJson(body)).digest('hex') };
  }

  /** Check a party registration before it is proposed (so a quorum never approves something malformed). */
  static checkPartySpec(spec: { name: string; url: string; identity: string }): PartyLink {
    const name = checkName(spec.name, 'party');
    const identity = parseIdentity(spec.identity, 'identity').id;
    let url: URL;
    try {
      url = new URL(spec.url);
    } catch {
      throw new CustosError('E_BAD_INPUT', `--url is not a URL: ${spec.url.slice(0, 100)}`, { field: 'url' });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CustosError('E_BAD_INPUT', 'party URL must be http(s)', { field: 'url' });
    return { name, url: url.toString().replace(/\/$/, ''), identity };
  }

  /**
   * Register a party by URL and identity (an admin action under the admin
   * quorum): pairs with it (it pins this coordinator) and sends governance
   * state. The admin's signed request (and approvals) is kept as the proof
   * other parties need before they accept the new party in a key.
   */
  async addParty(spec: { name: string; url: string; identity: string }, actor: string, proof?: Omit<GovProof, 'action'>): Promise<PartyStatus> {
    const link = ThresholdCoordinator.checkPartySpec(spec);
    const { name, identity } = link;
    const me = await this.identity();
    const gov = await this.govState(this.inst.store.read);
    const status = await callParty(me, link, 'pair', randomUUID(), { name, ...gov.body }, this.timeoutMs);
    await this.inst.store.tx(async (repo) => {
      const taken = await this.vault.get<StoredLink>(repo, 'party', name);
      if (taken && !taken.value.removed && taken.value.identity !== identity) throw new CustosError('E_NAME_TAKEN', `a party named "${name}" is already registered with another identity`, { party: name });
      for (const other of await this.vault.list<StoredLink>(repo, 'party')) {
        if (!other.value.removed && other.value.identity === identity && other.id !== name) throw new CustosError('E_NAME_TAKEN', `this identity is already registered as party "${other.id}"`, { party: other.id });
      }
      const kem = announced(identity, status.kem);
      await this.vault.put(repo, 'party', name, 'active', { ...link, ...(kem ? { kem } : {}) });
      await recordGovProof(this.inst, repo, { action: 'party.add', name, url: spec.url, identity: spec.identity }, proof);
      await appendEvent(repo, { actor, action: 'party.add', subject: `party/${name}`, details: { url: link.url, identity } });
    });
    this.synced.set(name, gov.digest);
    return { ...link, fingerprint: fingerprint(identity), reachable: true, keys: status.keys, policyVersion: Number(status.policyVersion ?? 0) };
  }

  /** Remove a registered party (admin action under the quorum): refused while a key's current epoch still has a share there. */
  async removeParty(name: string, actor: string): Promise<{ name: string; removed: true }> {
    await this.inst.store.tx(async (repo) => {
      const p = await this.vault.get<StoredLink>(repo, 'party', name);
      if (!p || p.value.removed) throw new CustosError('E_NOT_FOUND', `no party named "${name}"`, { party: name });
      for (const k of await this.vault.list<ThresholdKeyMeta>(repo, 'tkey')) {
        const rec = await repo.getKeyByName(k.value.name);
        if (rec?.state === 'destroyed') continue;
        if (k.value.parties.some((x) => x.name === name)) throw new CustosError('E_FORBIDDEN', `party ${name} holds a share of key "${k.value.name}": reshare the key without it first`, { party: name, key: k.value.name });
      }
      await this.vault.put(repo, 'party', name, 'active', { ...p.value, removed: true });
      await appendEvent(repo, { actor, action: 'party.remove', subject: `party/${name}`, details: { identity: p.value.identity } });
    });
    this.synced.clear();
    await this.syncGov(await this.activeLinks());
    return { name, removed: true };
  }

  /** Participant lists as sent to parties: with each party's signed ML-KEM key where it has one (hybrid sealing). */
  private async wireParticipants(ps: { name: string; identity: string; identifier: string }[]): Promise<ParticipantWire[]> {
    const out: ParticipantWire[] = [];
    for (const p of ps) {
      const l = (await this.vault.get<StoredLink>(this.inst.store.read, 'party', p.name))?.value;
      out.push({ identity: p.identity, identifier: p.identifier, ...(l?.kem && l.identity === p.identity ? { kem: l.kem } : {}) });
    }
    return out;
  }

  private async activeLinks(): Promise<PartyLink[]> {
    return (await this.vault.list<StoredLink>(this.inst.store.read, 'party')).filter((p) => !p.value.removed).map((p) => ({ name: p.value.name, url: p.value.url, identity: p.value.identity }));
  }

  /** Every registered party with its reachability (each probed with a short timeout, in parallel). */
  async listParties(): Promise<PartyStatus[]> {
    const parties = await this.activeLinks();
    if (parties.length === 0) return []; // a read: never creates the coordinator's identity
    const me = await this.identity();
    return Promise.all(
      parties.map(async (p) => {
        const base = { ...p, fingerprint: fingerprint(p.identity) };
        try {
          const s = await callParty(me, p, 'status', randomUUID(), {}, Math.min(this.timeoutMs, 3000));
          return { ...base, reachable: true, keys: s.keys, policyVersion: Number(s.policyVersion ?? 0) };
        } catch (e) {
          const err = isCustosError(e) ? e : new CustosError('E_UNAVAILABLE', 'unreachable');
          return { ...base, reachable: false, error: { code: err.code, message: err.message } };
        }
      }),
    );
  }

  /** Push governance state to parties whose copy may be stale (best effort; a stale party refuses what its policy refuses). */
  private async syncGov(parties: PartyLink[]): Promise<void> {
    // The full state (with proofs to decrypt) is rebuilt only when its cheap fingerprint moves.
    const stamp = await this.inst.store.read.threshold.govStamp();
    if (this.govCache?.stamp !== stamp) this.govCache = { stamp, gov: await this.govState(this.inst.store.read) };
    const gov = this.govCache.gov;
    const me = await this.identity();
    await Promise.all(
      parties
        .filter((p) => this.synced.get(p.name) !== gov.digest)
        .map(async (p) => {
          try {
            await callParty(me, p, 'gov.sync', randomUUID(), gov.body, this.timeoutMs);
            this.synced.set(p.name, gov.digest);
          } catch {
            /* unreachable now: signing will find out and name it */
          }
        }),
    );
  }

  // ---- key generation ------------------------------------------------------------------

  /** Create a threshold key by DKG among the named parties (T of N). */
  async createKey(spec: { name: string; suite: string; threshold: number; parties: string[]; tags?: Record<string, string>; allowRaw?: boolean }, actor: string): Promise<KeyInfo> {
    this.inst.assertUnsealed();
    const name = checkName(spec.name, 'key');
    const suite = frostSuite(spec.suite).name;
    const names = [...new Set(spec.parties)];
    if (names.length !== spec.parties.length) throw new CustosError('E_BAD_INPUT', 'a party is named twice', { field: 'parties' });
    if (!Number.isSafeInteger(spec.threshold) || spec.threshold < 2 || spec.threshold > names.length) {
      throw new CustosError('E_BAD_INPUT', `threshold must be 2..${names.length} (the number of parties)`, { field: 'threshold' });
    }
    if (await this.inst.store.read.getKeyByName(name)) throw new CustosError('E_NAME_TAKEN', `a key named "${name}" already exists`, { key: name });
    const links = await Promise.all(names.map((n) => this.party(this.inst.store.read, n)));
    await this.syncGov(links);
    const me = await this.identity();
    const keyId = randomUUID();
    const session = randomUUID();
    const participants = links.map((p) => ({ name: p.name, identity: p.identity, identifier: identifierFor(suite, p.identity) }));
    const wire = await this.wireParticipants(participants);
    const all = <T>(fn: (p: PartyLink) => Promise<T>) => this.allOrFail(links, fn);
    const r1 = await all((p) => callParty(me, p, 'dkg.1', session, { session, keyId, suite, min: spec.threshold, participants: wire }, this.dkgTimeoutMs));
    const round1 = r1.map((r) => r.round1);
    const r2 = await all((p) => callParty(me, p, 'dkg.2', session, { session, round1 }, this.dkgTimeoutMs));
    // Relay: each party gets the ciphertexts addressed to it, keyed by sender identifier.
    const inbox = (id: string) => Object.fromEntries(participants.map((s, i) => [s.identifier, (r2[i]!.shares as Record<string, string>)[id]]).filter(([sid, v]) => sid !== id && v !== undefined));
    const r3 = await all((p) => {
      const id = participants.find((x) => x.name === p.name)!.identifier;
      return callParty(me, p, 'dkg.3', session, { session, keyName: name, tags: spec.tags ?? {}, ...(spec.allowRaw ? { allowRaw: true } : {}), round1, shares: inbox(id) }, this.dkgTimeoutMs);
    });
    const digests = new Set(r3.map((r) => String(r.digest)));
    const groups = new Set(r3.map((r) => String(r.groupKey)));
    if (digests.size !== 1 || groups.size !== 1) throw new CustosError('E_INVALID_SHARE', 'the parties computed different public key packages: the DKG is aborted', { digests: [...digests] });
    const digest = [...digests][0]!;
    const pub = await this.fetchPublic(me, links[0]!, keyId, 1, digest);
    const meta: ThresholdKeyMeta = { keyId, name, suite, epoch: 1, min: spec.threshold, parties: participants, public: pub, digest };
    const info = await this.inst.store.tx(async (repo) => {
      const k = await this.keys.insertThresholdIn(repo, { id: keyId, name, algorithm: suite, tags: spec.tags ?? {}, allowRaw: spec.allowRaw === true, publicKey: fromHex([...groups][0]!, 'groupKey') }, actor, {
        threshold: spec.threshold,
        parties: names,
        digest,
      });
      await this.vault.put(repo, 'tkey', keyId, 'active', meta);
      return k;
    });
    await this.commitEverywhere(me, links, keyId, 1, digest);
    void this.refill(me, meta, links);
    return info;
  }

  /** The new public package, read back from one party (all reported the same digest). */
  private async fetchPublic(me: Identity, p: PartyLink, keyId: string, epoch: number, digest: string): Promise<FrostPublicJson> {
    const pkg = await callParty(me, p, 'key.public', randomUUID(), { keyId, epoch, digest }, this.timeoutMs);
    return pkg.public as FrostPublicJson;
  }

  private async commitEverywhere(me: Identity, links: PartyLink[], keyId: string, epoch: number, digest: string, receipts?: Envelope[]): Promise<void> {
    // Best effort: a party that misses this commits on its next signing session (the session carries the receipts).
    await Promise.all(
      links.map((p) =>
        callParty(me, p, 'key.commit', randomUUID(), { keyId, epoch, digest, ...(receipts ? { receipts } : {}) }, this.timeoutMs)
          .then(() => this.committed.add(`${p.name}:${keyId}:${epoch}`))
          .catch(() => undefined),
      ),
    );
  }

  private async allOrFail<T>(links: PartyLink[], fn: (p: PartyLink) => Promise<T>): Promise<T[]> {
    const results = await Promise.allSettled(links.map(fn));
    const failed = results.map((r, i) => ({ r, p: links[i]! })).filter((x) => x.r.status === 'rejected');
    if (failed.length > 0) {
      const first = (failed[0]!.r as PromiseRejectedResult).reason;
      const names = failed.map((f) => f.p.name);
      if (isCustosError(first) && first.code !== 'E_UNAVAILABLE') throw first;
      throw new CustosError('E_UNAVAILABLE', `parties ${names.join(', ')} did not take part: ${(first as Error).message}`, { parties: names });
    }
    return results.map((r) => (r as PromiseFulfilledResult<T>).value);
  }

  // ---- signing -----------------------------------------------------------------------------

  async meta(repo: Repo, keyId: string): Promise<ThresholdKeyMeta> {
    const m = await this.vault.get<ThresholdKeyMeta>(repo, 'tkey', keyId);
    if (!m) throw new CustosError('E_TAMPERED', `threshold key ${keyId} has no party metadata`, { record: `tkey/${keyId}` });
    return m.value;
  }

  private async links(repo: Repo, meta: ThresholdKeyMeta): Promise<PartyLink[]> {
    const out: PartyLink[] = [];
    for (const p of meta.parties) {
      const link = await this.vault.get<StoredLink>(repo, 'party', p.name);
      out.push(link ? { name: link.value.name, url: link.value.url, identity: link.value.identity } : { name: p.name, url: 'http://127.0.0.1:9', identity: p.identity });
    }
    return out;
  }

  /** Signing heads carry the epoch's receipts to parties not yet known to have committed it (catch-up commit). */
  private receiptsFor(meta: ThresholdKeyMeta): (p: PartyLink) => { receipts?: Envelope[] } {
    return (p) => (meta.receipts && !this.committed.has(`${p.name}:${meta.keyId}:${meta.epoch}`) ? { receipts: meta.receipts } : {});
  }

  private refill(me: Identity, meta: ThresholdKeyMeta, parties: PartyLink[]): Promise<void> {
    const receipts = this.receiptsFor(meta);
    return this.pool.refill(meta, parties, (p, body) => callParty(me, p, 'sign.pre', randomUUID(), { ...(body as { keyId: string; epoch: number; digest: string; count: number }), ...receipts(p) }, this.timeoutMs));
  }

  /**
   * Sign `bytes` with a threshold key: round 1 with every party at once,
   * proceeding with the first T that answer; round 2 with those T; one more
   * attempt without any party that failed in round 2. Runs outside any
   * store transaction (requests/service.ts runDeferred).
   */
  async sign(repo: Repo, key: KeyRecord, _scheme: SignatureScheme, bytes: Uint8Array, context: SignContext | undefined): Promise<Uint8Array> {
    if (!context) throw new CustosError('E_UNSUPPORTED', `key "${key.name}" is a threshold key: it signs only through signing requests (custos requests / POST /v1/sign), whose parties re-check them`);
    const meta = await this.meta(repo, key.id);
    const me = await this.identity();
    let candidates = await this.links(repo, meta);
    await this.syncGov(candidates);
    const pub = decodePublic(meta.public);
    const unreachable = new Map<string, string>();
    const receipts = this.receiptsFor(meta);
    for (let attempt = 0; attempt < 3; attempt++) {
      const session = randomUUID();
      const head = { session, keyId: meta.keyId, epoch: meta.epoch, digest: meta.digest };
      // Preprocessed nonces make signing one round trip; without them (or on a retry) run round 1.
      let chosen = attempt === 0 ? this.pool.take(meta, candidates) : null;
      if (!chosen) {
        const r1 = await firstN(candidates, meta.min, (p) => callParty(me, p, 'sign.1', session, { ...head, ...receipts(p) }, this.timeoutMs));
        for (const f of r1.failed) unreachable.set(f.party.name, f.error.message);
        if (r1.ok.length < meta.min) {
          const refused = r1.failed.find((f) => f.error.code !== 'E_UNAVAILABLE');
          const names = [...unreachable.keys()];
          throw new CustosError('E_UNAVAILABLE', `threshold key "${key.name}" needs ${meta.min} of ${meta.parties.length} parties; unavailable: ${names.join(', ')}${refused ? ` (${refused.error.message})` : ''}`, { key: key.name, unavailable: names, needed: meta.min });
        }
        chosen = r1.ok.slice(0, meta.min).map((c) => ({ party: c.party, nonce: session, commitments: c.value.commitments }));
      }
      const commitments = chosen.map((c) => decodeCommitments(c.commitments, `${c.party.name}.commitments`));
      const commitmentList = commitments.map(encodeCommitments);
      const r2 = await Promise.allSettled(chosen.map((c) => callParty(me, c.party, 'sign.2', session, { ...head, ...receipts(c.party), nonce: c.nonce, commitments: commitmentList, message: toHex(bytes), request: context }, this.timeoutMs)));
      const failed = r2.map((r, i) => ({ r, p: chosen[i]!.party })).filter((x) => x.r.status === 'rejected');
      if (failed.length === 0) {
        const shares = Object.fromEntries(r2.map((r, i) => [commitments[i]!.identifier, fromHex(String((r as PromiseFulfilledResult<Record<string, unknown>>).value.share), 'share')]));
        try {
          const sig = aggregateVerified(meta.suite, pub, commitments, bytes, shares);
          for (const c of chosen) this.committed.add(`${c.party.name}:${meta.keyId}:${meta.epoch}`);
          void this.refill(me, meta, candidates);
          return sig;
        } catch (e) {
          if (isCustosError(e, 'E_INVALID_SHARE')) {
            // The request's recording transaction audits it (threshold.invalid_share) with this party's name.
            const cheater = meta.parties.find((p) => p.identifier === e.details?.participant)?.name ?? 'unknown';
            throw new CustosError('E_INVALID_SHARE', `party ${cheater} sent an invalid signature share (RFC 9591 §5.4): the session is aborted`, { party: cheater, participant: e.details?.participant, key: key.name });
          }
          throw e;
        }
      }
      const errors = failed.map((f) => (f.r as PromiseRejectedResult).reason as CustosError);
      const refusal = errors.find((e) => isCustosError(e) && e.code !== 'E_UNAVAILABLE' && e.code !== 'E_NONCE_USED');
      if (refusal) throw refusal;
      if (errors.every((e) => isCustosError(e, 'E_NONCE_USED'))) continue; // stale preprocessed nonces (party restored or expired them): run round 1 // a party's own checks said no: retrying elsewhere would be shopping for a signature
      for (const f of failed) unreachable.set(f.p.name, ((f.r as PromiseRejectedResult).reason as Error).message);
      candidates = candidates.filter((c) => !failed.some((f) => f.p.name === c.name));
    }
    const names = [...unreachable.keys()];
    throw new CustosError('E_UNAVAILABLE', `threshold key "${key.name}" could not gather ${meta.min} parties; unavailable: ${names.join(', ')}`, { key: key.name, unavailable: names, needed: meta.min });
  }

  /** The parties of the threshold keys named in `refs`. */
  private async partiesOf(refs: string[]): Promise<PartyLink[]> {
    const repo = this.inst.store.read;
    const links: PartyLink[] = [];
    for (const ref of new Set(refs)) {
      const k = await repo.getKeyByName(ref);
      if (k?.custody !== 'threshold') continue;
      for (const l of await this.links(repo, await this.meta(repo, k.id))) if (!links.some((x) => x.name === l.name)) links.push(l);
    }
    return links;
  }

  /**
   * Tell a threshold key's parties of a request that will sign later (pending
   * approvals or delayed) and again when approvals arrive: each assesses it
   * itself and times delays on its own clock (best effort; a party that
   * missed it starts the delay when it first sees the request).
   */
  async announce(context: SignContext, refs: string[]): Promise<void> {
    const me = await this.identity();
    await Promise.all((await this.partiesOf(refs)).map((p) => callParty(me, p, 'request.seen', randomUUID(), { request: context }, this.timeoutMs).catch(() => undefined)));
  }

  /** Deliver a signed cancellation or rejection to the parties of the request's keys (best effort; clients also post it directly). */
  async veto(v: Veto, refs: string[]): Promise<void> {
    const me = await this.identity();
    await Promise.all((await this.partiesOf(refs)).map((p) => callParty(me, p, 'request.veto', randomUUID(), v, this.timeoutMs).catch(() => undefined)));
  }

  /** Run a governed membership or share change with the proof the parties check (ThresholdHooks.runAdmin). */
  async runAdmin(action: NetworkAdminAction, proof: GovProof, actor: string): Promise<unknown> {
    switch (action.action) {
      case 'party.add': {
        const { action: _a, ...rest } = proof;
        return this.addParty(action, actor, rest);
      }
      case 'party.remove':
        return this.removeParty(action.name, actor);
      case 'key.reshare':
        return this.reshare(action.name, { ...(action.threshold !== undefined ? { threshold: action.threshold } : {}), ...(action.parties ? { parties: action.parties } : {}) }, actor, proof);
      case 'key.refresh':
        return this.reshare(action.name, {}, actor, proof);
    }
  }

  // ---- refresh and reshare -------------------------------------------------------------------

  /**
   * New shares of the same secret for `parties` with threshold `min`: the
   * first T reachable old parties deal their Lagrange-weighted shares, every
   * new party combines and stores them as pending, the coordinator records
   * the new epoch with the new parties' signed receipts, then commits it
   * everywhere. Every party checks `proof` (the admin's signed, quorum-
   * approved key.reshare / key.refresh) itself before it deals or accepts.
   */
  async reshare(name: string, spec: { threshold?: number; parties?: string[] }, actor: string, proof: GovProof): Promise<KeyInfo & { epoch: number; threshold: number; parties: string[] }> {
    this.inst.assertUnsealed();
    const repo = this.inst.store.read;
    const k = await this.keys.thresholdRecord(repo, name);
    const meta = await this.meta(repo, k.id);
    const me = await this.identity();
    const newNames = spec.parties ? [...new Set(spec.parties)] : meta.parties.map((p) => p.name);
    if (spec.parties && newNames.length !== spec.parties.length) throw new CustosError('E_BAD_INPUT', 'a party is named twice', { field: 'parties' });
    const min = spec.threshold ?? meta.min;
    if (!Number.isSafeInteger(min) || min < 2 || min > newNames.length) throw new CustosError('E_BAD_INPUT', `threshold must be 2..${newNames.length}`, { field: 'threshold' });
    const newLinks = await Promise.all(newNames.map((n) => this.party(repo, n)));
    const oldLinks = await this.links(repo, meta);
    await this.syncGov([...oldLinks, ...newLinks.filter((l) => !oldLinks.some((o) => o.name === l.name))]);
    const session = randomUUID();
    const epoch = meta.epoch + 1;
    const newParticipants = newLinks.map((p) => ({ name: p.name, identity: p.identity, identifier: identifierFor(meta.suite, p.identity) }));
    const wire = await this.wireParticipants(newParticipants);
    // Dealers: the first T old parties that answer a status probe.
    const alive = await firstN(oldLinks, meta.min, (p) => callParty(me, p, 'status', randomUUID(), {}, this.timeoutMs));
    if (alive.ok.length < meta.min) {
      throw new CustosError('E_UNAVAILABLE', `resharing "${name}" needs ${meta.min} of the current parties; unavailable: ${alive.failed.map((f) => f.party.name).join(', ')}`, { key: name });
    }
    const dealerLinks = alive.ok.slice(0, meta.min).map((o) => o.party);
    const dealerIds = dealerLinks.map((p) => meta.parties.find((x) => x.name === p.name)!.identifier);
    const head = { session, keyId: meta.keyId, epoch: meta.epoch, digest: meta.digest };
    const dealt = await this.allOrFail(dealerLinks, (p) => callParty(me, p, 'reshare.deal', session, { ...head, dealers: dealerIds, min, participants: wire, proof }, this.dkgTimeoutMs));
    const receipts = await this.allOrFail(newLinks, (p) => {
      const id = newParticipants.find((x) => x.name === p.name)!.identifier;
      const dealings = dealt.map((d, i) => ({ dealer: dealerIds[i]!, identity: dealerLinks[i]!.identity, public: d.public, share: String((d.shares as Record<string, string>)[id]) }));
      return callPartyEnvelope(me, p, 'reshare.receive', session, { session, keyId: meta.keyId, keyName: k.name, suite: meta.suite, epoch, min, oldPublic: meta.public, participants: wire, dealings, proof, tags: k.tags, ...(k.allowRaw ? { allowRaw: true } : {}) }, this.dkgTimeoutMs);
    });
    const received = receipts.map((r) => r.body as { digest?: unknown; groupKey?: unknown });
    const digests = new Set(received.map((r) => String(r.digest)));
    const groups = new Set(received.map((r) => String(r.groupKey)));
    const current = toHex((await repo.getKeyVersion(k.id, 1))?.publicKey ?? new Uint8Array());
    if (digests.size !== 1 || groups.size !== 1 || [...groups][0] !== current) {
      throw new CustosError('E_INVALID_SHARE', 'the parties computed different or changed public key packages: the reshare is aborted and the old shares stay in force', { key: name });
    }
    const digest = [...digests][0]!;
    const pub = await this.fetchPublic(me, newLinks[0]!, meta.keyId, epoch, digest);
    const next: ThresholdKeyMeta = { ...meta, epoch, min, parties: newParticipants, public: pub, digest, receipts };
    const action = proof.action.action === 'key.refresh' ? 'key.refresh' : 'key.reshare';
    await this.inst.store.tx(async (tx) => {
      const latest = await this.meta(tx, meta.keyId);
      if (latest.epoch !== meta.epoch) throw new CustosError('E_REQUEST_FINISHED', `key "${name}" was refreshed or reshared concurrently`, { key: name });
      await this.vault.put(tx, 'tkey', meta.keyId, 'active', next);
      await appendEvent(tx, { actor, action, subject: `key/${name}`, details: { epoch, threshold: min, parties: newNames, dealers: dealerLinks.map((p) => p.name), digest, previousDigest: meta.digest } });
    });
    await this.commitEverywhere(me, newLinks, meta.keyId, epoch, digest, receipts);
    // Parties left out forget their old share, on the admin's proof and the receipts (best effort: one that is down keeps a share of a retired epoch).
    const removed = oldLinks.filter((p) => !newNames.includes(p.name));
    await Promise.all(removed.map((p) => callParty(me, p, 'key.retire', randomUUID(), { keyId: meta.keyId, epoch, digest, proof, receipts }, this.timeoutMs).catch(() => undefined)));
    const info = await this.keys.show(name);
    return { ...info, epoch, threshold: min, parties: newNames };
  }

  /** After a threshold key was destroyed: tell its parties (with the admin's proof), so they delete their shares. */
  async afterDestroy(name: string): Promise<void> {
    const repo = this.inst.store.read;
    const k = await repo.getKeyByName(name);
    if (k?.custody !== 'threshold') return;
    const m = await this.vault.get<ThresholdKeyMeta>(repo, 'tkey', k.id);
    if (!m) return;
    await this.syncGov(await this.links(repo, m.value));
  }

  /** Threshold metadata for `key show`: epoch, T, parties. */
  async describe(keyId: string): Promise<{ threshold: number; parties: string[]; epoch: number; suite: string } | null> {
    const m = await this.vault.get<ThresholdKeyMeta>(this.inst.store.read, 'tkey', keyId);
    return m ? { threshold: m.value.min, parties: m.value.parties.map((p) => p.name), epoch: m.value.epoch, suite: m.value.suite } : null;
  }
}
