/**
 * A party's shares (the key.commit, key.public and key.retire messages, and
 * what the DKG, reshare, signing and governance parts do with shares): a new
 * share waits as pending until the coordinator commits its epoch; committing
 * a reshared epoch, or retiring a share, needs the new parties' receipts and
 * an admin's approved reshare (authority.ts). party/node.ts composes it.
 */
import { CustosError } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import type { AuditAction } from '../audit/events.js';
import type { Repo } from '../store/repo.js';
import { toHex } from '../crypto/bytes.js';
import { groupPublicKey } from '../threshold/frost.js';
import { decodePublic } from '../threshold/codec.js';
import { identifierFor } from '../threshold/suites.js';
import type { GovProof } from '../threshold/governance.js';
import { refuse, SHARE_PROOF_MAX_AGE_MS } from './authority.js';
import type { PartyBody } from './protocol.js';
import type { PartyCore, ShareRecord } from './types.js';
import type { Envelope } from './wire.js';

export class PartyShares {
  constructor(private readonly node: Pick<PartyCore, 'inst' | 'vault' | 'identity' | 'authority' | 'actorName'>) {}

  /** A new share (DKG, refresh, reshare) waits as pending until the coordinator commits its epoch. */
  async storePending(rec: ShareRecord, action: AuditAction): Promise<void> {
    await this.node.inst.store.tx(async (repo) => {
      await this.node.vault.put(repo, 'share', `${rec.keyId}@${rec.epoch}`, 'pending', rec);
      await appendEvent(repo, {
        actor: this.node.actorName,
        action,
        subject: `key/${rec.keyName}`,
        details: { keyId: rec.keyId, epoch: rec.epoch, digest: rec.digest, suite: rec.suite },
      });
    });
  }

  /** Whether this party holds (or has pending) a share of a key by name. */
  async holdsKey(repo: Repo, keyName: string): Promise<boolean> {
    for (const r of await this.node.vault.list<ShareRecord>(repo, 'share')) if (r.value.keyName === keyName) return true;
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
    return this.node.inst.store.tx(async (repo) => {
      const active = await this.node.vault.get<ShareRecord>(repo, 'share', keyId);
      if (active && active.value.epoch === epoch && active.value.digest === digest) return { keyId, epoch, state: 'active' };
      const pending = await this.node.vault.get<ShareRecord>(repo, 'share', `${keyId}@${epoch}`);
      if (!pending || pending.value.digest !== digest) {
        throw new CustosError('E_NOT_FOUND', `this party holds no share of key ${keyId} epoch ${epoch} with that public package`, { keyId, epoch });
      }
      if (active && active.value.epoch > epoch) throw refuse(`epoch ${epoch} is older than the active epoch ${active.value.epoch}`);
      const p = pending.value;
      if (active)
        // Receipts from every new participant, not T (review: with n >= 2t a coordinator could let two disjoint groups
        // of t each commit a different polynomial); the coordinator collects all of them before it commits.
        this.node.authority.requireReceipts(
          receipts,
          p.suite,
          new Set(Object.keys(p.public.verifyingShares)),
          Object.keys(p.public.verifyingShares).length,
          digest,
          this.groupKey(p),
          {
            keyId,
            epoch,
            session: p.session,
          },
        );
      await this.node.vault.put(repo, 'share', keyId, 'active', p);
      await this.node.vault.delete(repo, 'share', `${keyId}@${epoch}`);
      for (const r of await repo.threshold.list('share')) {
        if (r.id.startsWith(`${keyId}@`) && Number(r.id.split('@')[1]) < epoch) await this.node.vault.delete(repo, 'share', r.id);
      }
      await appendEvent(repo, {
        actor: this.node.actorName,
        action: 'key.commit',
        subject: `key/${p.keyName}`,
        details: { keyId, epoch, digest, previousEpoch: active?.value.epoch ?? null },
      });
      return { keyId, epoch, state: 'active' };
    });
  }

  /** The public package of a key epoch (pending or active): what the coordinator records. */
  async publicPackage(keyId: string, epoch: number, digest: string): Promise<unknown> {
    const repo = this.node.inst.store.read;
    for (const id of [`${keyId}@${epoch}`, keyId]) {
      const r = await this.node.vault.get<ShareRecord>(repo, 'share', id);
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
    return this.node.inst.store.tx(async (repo) => {
      const active = await this.node.vault.get<ShareRecord>(repo, 'share', b.keyId);
      if (!active) return { removed: 0 };
      const rec = active.value;
      const proof = b.proof as GovProof;
      const action = proof.action;
      if (action.action !== 'key.reshare' || action.name !== rec.keyName || !action.parties)
        throw refuse(`retiring a share of "${rec.keyName}" needs an admin's reshare of that key to other parties`);
      await this.node.authority.verify(repo, action, proof, { maxAgeMs: SHARE_PROOF_MAX_AGE_MS });
      const peers = await this.node.authority.peers(repo);
      const ids = action.parties.map((n) => peers.get(n));
      if (ids.includes(this.node.identity.id)) throw refuse('the approved reshare keeps this party: it does not retire its share');
      if (ids.some((x) => x === undefined)) throw refuse('the approved reshare names a party this party does not know');
      if (b.epoch !== rec.epoch + 1) throw refuse(`a reshare that leaves this party out creates epoch ${rec.epoch + 1}, not ${b.epoch}`);
      const session = b.receipts[0]?.session;
      const identifiers = new Set(ids.map((id) => identifierFor(rec.suite, id!)));
      this.node.authority.requireReceipts(b.receipts, rec.suite, identifiers, identifiers.size, b.digest, this.groupKey(rec), {
        keyId: b.keyId,
        epoch: b.epoch,
        session,
      });
      let removed = 0;
      for (const r of await repo.threshold.list('share')) {
        if (r.id !== b.keyId && !r.id.startsWith(`${b.keyId}@`)) continue;
        const s = await this.node.vault.get<ShareRecord>(repo, 'share', r.id);
        if (s && s.value.epoch < b.epoch && (await this.node.vault.delete(repo, 'share', r.id))) removed++;
      }
      if (removed)
        await appendEvent(repo, {
          actor: this.node.actorName,
          action: 'key.retire',
          subject: `key/${rec.keyName}`,
          details: { keyId: b.keyId, epoch: b.epoch, removed },
        });
      return { removed };
    });
  }

  /** Delete every share of a destroyed key (called with a verified key.destroy proof). */
  async destroyShares(keyName: string): Promise<number> {
    const removed = await this.node.inst.store.tx(async (repo) => {
      let n = 0;
      for (const r of await this.node.vault.list<ShareRecord>(repo, 'share')) {
        if (r.value.keyName === keyName && (await this.node.vault.delete(repo, 'share', r.id))) n++;
      }
      if (n) await this.node.authority.refreshSlots.forget(repo, keyName); // a new key of this name needs its own schedule
      if (n) await appendEvent(repo, { actor: this.node.actorName, action: 'key.destroy', subject: `key/${keyName}`, details: { removed: n } });
      return n;
    });
    if (removed) await this.node.inst.store.driver.scrub();
    return removed;
  }

  /** The active share of a key; a pending epoch the coordinator already uses is committed first (catch-up, with receipts). */
  async share(keyId: string, epoch: number, digest: string, receipts?: Envelope[]): Promise<ShareRecord> {
    const active = await this.node.vault.get<ShareRecord>(this.node.inst.store.read, 'share', keyId);
    if (active && active.value.epoch === epoch && active.value.digest === digest) return active.value;
    await this.commitKey(keyId, epoch, digest, receipts);
    const now = await this.node.vault.get<ShareRecord>(this.node.inst.store.read, 'share', keyId);
    if (!now) throw new CustosError('E_NOT_FOUND', `no share of key ${keyId}`);
    return now.value;
  }
}
