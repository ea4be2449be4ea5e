/**
 * The coordinator's registry of parties (threshold/coordinator.ts composes
 * it): its own identity, the parties it knows (registered by identity under
 * the admin quorum, each with its signed ML-KEM key), the governance copy each
 * party keeps, what each party has committed, and the threshold keys'
 * metadata in the vault. The DKG, signing and resharing jobs talk to parties
 * through it.
 */
import { randomUUID, createHash } from 'node:crypto';
import { CustosError, isCustosError, badInput } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import { canonicalJson } from '../audit/canonical.js';
import type { Instance } from '../keystore/instance.js';
import type { Repo } from '../store/repo.js';
import { fromHex, toHex } from '../crypto/bytes.js';
import { checkName } from '../keystore/refs.js';
import {
  generateIdentitySecret,
  identityFromSecret,
  parseIdentity,
  fingerprint,
  verifyKemKey,
  type Envelope,
  type Identity,
  type KemAnnouncement,
} from '../party/wire.js';
import type { GovSync, ParticipantWire, Veto } from '../party/protocol.js';
import type { FrostSuite } from './suites.js';
import type { FrostPublicJson } from './codec.js';
import { callParty, DEFAULT_PARTY_TIMEOUT_MS, type PartyLink } from './transport.js';
import { ThresholdVault } from './vault.js';
import { govProof, recordGovProof, recoveryDeliveries, type GovProof } from './governance.js';

/** A threshold key as the coordinator knows it (sealed in the vault). */
/**
 * Check a T-of-N membership (DKG and resharing): every party named once,
 * 2 <= T <= N. Returns the party names; E_BAD_INPUT naming the field otherwise.
 */
export function checkMembership(parties: readonly string[], threshold: number): string[] {
  const names = [...new Set(parties)];
  if (names.length !== parties.length) throw badInput('a party is named twice', { field: 'parties' });
  if (!Number.isSafeInteger(threshold) || threshold < 2 || threshold > names.length) {
    throw badInput(`threshold must be 2..${names.length} (the number of parties)`, { field: 'threshold' });
  }
  return names;
}

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

/** How soon the same governance copy goes again to a party that answered a guardian recovery is still in its time-lock (decision 0031). */
export const RECOVERY_RESEND_MS = 5000;

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
  /** The clock of schedules' bookkeeping (tests inject one). */
  now?: () => number;
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

export class PartyRegistry {
  readonly vault: ThresholdVault;
  readonly timeoutMs: number;
  readonly dkgTimeoutMs: number;
  private me: Identity | null = null;
  /** Governance digest last accepted by each party (in memory; resent after a restart). */
  private readonly synced = new Map<string, string>();
  private govCache: { stamp: string; gov: { body: GovSync; digest: string } } | null = null;
  /** Parties that answered a recovery is still in their own time-lock: when the same copy may go to them again. */
  private readonly resendAt = new Map<string, number>();
  private recoveryTimer: NodeJS.Timeout | null = null;
  /** `party:keyId:epoch` known committed at that party (in memory): signing heads carry receipts to the others. */
  private readonly committed = new Set<string>();

  constructor(
    private readonly inst: Instance,
    opts: CoordinatorOptions = {},
  ) {
    this.vault = new ThresholdVault(inst);
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_PARTY_TIMEOUT_MS;
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
      await appendEvent(repo, {
        actor: 'custos',
        action: 'coordinator.identity.create',
        subject: 'coordinator/identity',
        details: { identity: identityFromSecret(s).id },
      });
      return s;
    });
    this.me = identityFromSecret(secret);
    secret.fill(0);
    return this.me;
  }

  async party(repo: Repo, name: string): Promise<PartyLink> {
    const p = await this.vault.get<StoredLink>(repo, 'party', name);
    if (!p || p.value.removed) throw new CustosError('E_NOT_FOUND', `no party named "${name}"`, { party: name });
    return { name: p.value.name, url: p.value.url, identity: p.value.identity };
  }

  /** What parties keep a copy of: principals, lists, the policy document, the party registry and destroyed keys, each with its proof. */
  private async govState(repo: Repo): Promise<{ body: GovSync; digest: string }> {
    const principals = [];
    for (const p of await repo.access.listPrincipals()) {
      principals.push({
        name: p.name,
        role: p.role,
        publicKey: p.publicKey,
        state: p.state,
        tags: p.tags,
        proof: await govProof(this.inst, repo, `principal:${p.name}`),
      });
    }
    const lists = await repo.access.allLists();
    const listProofs: Record<string, GovProof | undefined> = {};
    for (const name of Object.keys(lists)) listProofs[name] = await govProof(this.inst, repo, `list:${name}`);
    const parties = [];
    for (const { value: l } of await this.vault.list<StoredLink>(repo, 'party')) {
      parties.push({
        name: l.name,
        identity: l.identity,
        state: l.removed ? ('removed' as const) : ('active' as const),
        proof: await govProof(this.inst, repo, `party:${l.name}`),
        ...(l.kem ? { kem: l.kem } : {}),
      });
    }
    const destroyed = [];
    for (const r of await this.vault.list<GovProof>(repo, 'gov-proof'))
      if (r.id.startsWith('destroy:')) destroyed.push({ name: r.id.slice('destroy:'.length), proof: r.value });
    const body = {
      principals,
      lists,
      listProofs,
      policy: (await repo.access.currentPolicy())?.source ?? null,
      policyProof: await govProof(this.inst, repo, 'policy'),
      parties,
      destroyed,
      recoveries: await recoveryDeliveries(this.inst, repo),
    } as GovSync;
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
      throw badInput(`--url is not a URL: ${spec.url.slice(0, 100)}`, { field: 'url' });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw badInput('party URL must be http(s)', { field: 'url' });
    return { name, url: url.toString().replace(/\/$/, ''), identity };
  }

  /**
   * Register a party by URL and identity (an admin action under the admin
   * quorum): pairs with it (it pins this coordinator) and sends governance
   * state. The admin's signed request (and approvals) is kept as the proof
   * other parties need before they accept the new party in a key.
   */
  async addParty(spec: { name: string; url: string; identity: string }, actor: string, proof?: Omit<GovProof, 'action'>): Promise<PartyStatus> {
    const link = PartyRegistry.checkPartySpec(spec);
    const { name, identity } = link;
    const me = await this.identity();
    const gov = await this.govState(this.inst.store.read);
    const status = await callParty(me, link, 'pair', randomUUID(), { name, ...gov.body }, this.timeoutMs);
    await this.inst.store.tx(async (repo) => {
      const taken = await this.vault.get<StoredLink>(repo, 'party', name);
      if (taken && !taken.value.removed && taken.value.identity !== identity)
        throw new CustosError('E_NAME_TAKEN', `a party named "${name}" is already registered with another identity`, { party: name });
      for (const other of await this.vault.list<StoredLink>(repo, 'party')) {
        if (!other.value.removed && other.value.identity === identity && other.id !== name)
          throw new CustosError('E_NAME_TAKEN', `this identity is already registered as party "${other.id}"`, { party: other.id });
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
        if (k.value.parties.some((x) => x.name === name))
          throw new CustosError('E_FORBIDDEN', `party ${name} holds a share of key "${k.value.name}": reshare the key without it first`, {
            party: name,
            key: k.value.name,
          });
      }
      await this.vault.put(repo, 'party', name, 'active', { ...p.value, removed: true });
      await appendEvent(repo, { actor, action: 'party.remove', subject: `party/${name}`, details: { identity: p.value.identity } });
    });
    this.synced.clear();
    await this.syncGov(await this.activeLinks());
    return { name, removed: true };
  }

  /** Participant lists as sent to parties: with each party's signed ML-KEM key where it has one (hybrid sealing). */
  async wireParticipants(ps: { name: string; identity: string; identifier: string }[]): Promise<ParticipantWire[]> {
    const out: ParticipantWire[] = [];
    for (const p of ps) {
      const l = (await this.vault.get<StoredLink>(this.inst.store.read, 'party', p.name))?.value;
      out.push({ identity: p.identity, identifier: p.identifier, ...(l?.kem && l.identity === p.identity ? { kem: l.kem } : {}) });
    }
    return out;
  }

  private async activeLinks(): Promise<PartyLink[]> {
    return (await this.vault.list<StoredLink>(this.inst.store.read, 'party'))
      .filter((p) => !p.value.removed)
      .map((p) => ({ name: p.value.name, url: p.value.url, identity: p.value.identity }));
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
  async syncGov(parties: PartyLink[]): Promise<void> {
    // The full state (with proofs to decrypt) is rebuilt only when its cheap fingerprint moves.
    const stamp = await this.inst.store.read.threshold.govStamp();
    if (this.govCache?.stamp !== stamp) this.govCache = { stamp, gov: await this.govState(this.inst.store.read) };
    const gov = this.govCache.gov;
    const me = await this.identity();
    let retryMs = Infinity;
    const now = Date.now();
    await Promise.all(
      parties
        .filter((p) => this.synced.get(p.name) !== gov.digest || (this.resendAt.get(p.name) ?? Infinity) <= now)
        .map(async (p) => {
          try {
            const r = (await callParty(me, p, 'gov.sync', randomUUID(), gov.body, this.timeoutMs)) as {
              recoveries?: { state?: string; retryAfterMs?: number }[];
            };
            this.synced.set(p.name, gov.digest);
            // A recovery this coordinator executed that the party still holds in its own time-lock: the same copy
            // goes again, not with every signing session but at most every RECOVERY_RESEND_MS, and when the time-lock ends.
            const waits = (r.recoveries ?? []).filter((x) => x.state === 'waiting' && Number.isFinite(x.retryAfterMs)).map((x) => Number(x.retryAfterMs));
            if (waits.length === 0) this.resendAt.delete(p.name);
            else {
              this.resendAt.set(p.name, Date.now() + RECOVERY_RESEND_MS);
              retryMs = Math.min(retryMs, ...waits);
            }
          } catch {
            /* unreachable now: signing will find out and name it */
          }
        }),
    );
    if (retryMs !== Infinity) this.retryRecovery(retryMs);
  }

  /** One timer (not keeping the process alive): sync every party again once the earliest party time-lock passes (checked at least hourly). */
  private retryRecovery(ms: number): void {
    if (this.recoveryTimer) clearTimeout(this.recoveryTimer);
    this.recoveryTimer = setTimeout(
      () => {
        this.recoveryTimer = null;
        void this.syncRecovery().catch(() => undefined);
      },
      Math.min(Math.max(ms, RECOVERY_RESEND_MS), 3600_000),
    );
    this.recoveryTimer.unref();
  }

  /** A guardian recovery was approved or executed: every active party gets the governance copy with its proof (decision 0031). */
  async syncRecovery(): Promise<void> {
    const links = await this.activeLinks();
    if (links.length) await this.syncGov(links);
  }

  /** A guardian recovery's signed cancellation or rejection, to every active party (best effort; clients also post it directly). */
  async vetoEverywhere(v: Veto): Promise<void> {
    const links = await this.activeLinks();
    if (links.length === 0) return;
    const me = await this.identity();
    await Promise.all(links.map((p) => callParty(me, p, 'request.veto', randomUUID(), v, this.timeoutMs).catch(() => undefined)));
  }

  /** The new public package, read back from one party (all reported the same digest). */
  async fetchPublic(me: Identity, p: PartyLink, keyId: string, epoch: number, digest: string): Promise<FrostPublicJson> {
    const pkg = await callParty(me, p, 'key.public', randomUUID(), { keyId, epoch, digest }, this.timeoutMs);
    return pkg.public as FrostPublicJson;
  }

  async commitEverywhere(me: Identity, links: PartyLink[], keyId: string, epoch: number, digest: string, receipts?: Envelope[]): Promise<void> {
    // Best effort: a party that misses this commits on its next signing session (the session carries the receipts).
    await Promise.all(
      links.map((p) =>
        callParty(me, p, 'key.commit', randomUUID(), { keyId, epoch, digest, ...(receipts ? { receipts } : {}) }, this.timeoutMs)
          .then(() => this.committed.add(`${p.name}:${keyId}:${epoch}`))
          .catch(() => undefined),
      ),
    );
  }

  /** A signing session answered by `party` shows it holds the epoch committed. */
  markCommitted(party: string, keyId: string, epoch: number): void {
    this.committed.add(`${party}:${keyId}:${epoch}`);
  }

  async allOrFail<T>(links: PartyLink[], fn: (p: PartyLink) => Promise<T>): Promise<T[]> {
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

  async meta(repo: Repo, keyId: string): Promise<ThresholdKeyMeta> {
    const m = await this.vault.get<ThresholdKeyMeta>(repo, 'tkey', keyId);
    if (!m) throw new CustosError('E_TAMPERED', `threshold key ${keyId} has no party metadata`, { record: `tkey/${keyId}` });
    return m.value;
  }

  async links(repo: Repo, meta: ThresholdKeyMeta): Promise<PartyLink[]> {
    const out: PartyLink[] = [];
    for (const p of meta.parties) {
      const link = await this.vault.get<StoredLink>(repo, 'party', p.name);
      out.push(
        link
          ? { name: link.value.name, url: link.value.url, identity: link.value.identity }
          : { name: p.name, url: 'http://127.0.0.1:9', identity: p.identity },
      );
    }
    return out;
  }

  /** Signing heads carry the epoch's receipts to parties not yet known to have committed it (catch-up commit). */
  receiptsFor(meta: ThresholdKeyMeta): (p: PartyLink) => { receipts?: Envelope[] } {
    return (p) => (meta.receipts && !this.committed.has(`${p.name}:${meta.keyId}:${meta.epoch}`) ? { receipts: meta.receipts } : {});
  }

  /** The parties of the threshold keys named in `refs`. */
  async partiesOf(refs: string[]): Promise<PartyLink[]> {
    const repo = this.inst.store.read;
    const links: PartyLink[] = [];
    for (const ref of new Set(refs)) {
      const k = await repo.getKeyByName(ref);
      if (k?.custody !== 'threshold') continue;
      const safe = (await this.vault.get<{ owners: { party: string }[] }>(repo, 'safe', k.id))?.value;
      const of = safe
        ? await Promise.all(safe.owners.map((o) => this.party(repo, o.party).catch(() => null)))
        : await this.links(repo, await this.meta(repo, k.id));
      for (const l of of) if (l && !links.some((x) => x.name === l.name)) links.push(l);
    }
    return links;
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
