/**
 * Refresh and reshare of a threshold key (threshold/coordinator.ts composes
 * it): the first T old parties deal, the new parties combine and keep the new
 * shares pending, the coordinator records the new epoch with their signed
 * receipts and commits it; parties left out retire their old shares. The
 * share arithmetic is in reshare.ts.
 */
import { randomUUID } from 'node:crypto';
import { CustosError } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import type { Instance } from '../keystore/instance.js';
import type { KeyInfo, ThresholdKeyRecords } from '../keystore/types.js';
import { toHex } from '../crypto/bytes.js';
import { identifierFor } from './suites.js';
import { callParty, callPartyEnvelope, firstN } from './transport.js';
import type { GovProof } from './governance.js';
import { checkMembership, type PartyRegistry, type ThresholdKeyMeta } from './parties.js';

export class ThresholdResharing {
  constructor(
    private readonly inst: Instance,
    private readonly keys: ThresholdKeyRecords,
    private readonly parties: PartyRegistry,
  ) {}

  /**
   * New shares of the same secret for `parties` with threshold `min`: the
   * first T reachable old parties deal their Lagrange-weighted shares, every
   * new party combines and stores them as pending, the coordinator records
   * the new epoch with the new parties' signed receipts, then commits it
   * everywhere. Every party checks `proof` (the admin's signed, quorum-
   * approved key.reshare / key.refresh) itself before it deals or accepts.
   */
  async reshare(
    name: string,
    spec: { threshold?: number; parties?: string[] },
    actor: string,
    proof: GovProof,
    /** A timed refresh: the schedule's slot (epoch ms) that `proof`, the admin's key.refreshSchedule, covers. */
    slot?: number,
  ): Promise<KeyInfo & { epoch: number; threshold: number; parties: string[] }> {
    this.inst.assertUnsealed();
    const repo = this.inst.store.read;
    const k = await this.keys.thresholdRecord(repo, name);
    const meta = await this.parties.meta(repo, k.id);
    const me = await this.parties.identity();
    const min = spec.threshold ?? meta.min;
    const newNames = checkMembership(spec.parties ?? meta.parties.map((p) => p.name), min);
    const newLinks = await Promise.all(newNames.map((n) => this.parties.party(repo, n)));
    const oldLinks = await this.parties.links(repo, meta);
    await this.parties.syncGov([...oldLinks, ...newLinks.filter((l) => !oldLinks.some((o) => o.name === l.name))]);
    const session = randomUUID();
    const timed = slot !== undefined ? { slot } : {};
    const epoch = meta.epoch + 1;
    const newParticipants = newLinks.map((p) => ({ name: p.name, identity: p.identity, identifier: identifierFor(meta.suite, p.identity) }));
    const wire = await this.parties.wireParticipants(newParticipants);
    // Dealers: the first T old parties that answer a status probe.
    const alive = await firstN(oldLinks, meta.min, (p) => callParty(me, p, 'status', randomUUID(), {}, this.parties.timeoutMs));
    if (alive.ok.length < meta.min) {
      throw new CustosError(
        'E_UNAVAILABLE',
        `resharing "${name}" needs ${meta.min} of the current parties; unavailable: ${alive.failed.map((f) => f.party.name).join(', ')}`,
        { key: name },
      );
    }
    const dealerLinks = alive.ok.slice(0, meta.min).map((o) => o.party);
    const dealerIds = dealerLinks.map((p) => meta.parties.find((x) => x.name === p.name)!.identifier);
    const head = { session, keyId: meta.keyId, epoch: meta.epoch, digest: meta.digest };
    const dealt = await this.parties.allOrFail(dealerLinks, (p) =>
      callParty(me, p, 'reshare.deal', session, { ...head, dealers: dealerIds, min, participants: wire, proof, ...timed }, this.parties.dkgTimeoutMs),
    );
    const receipts = await this.parties.allOrFail(newLinks, (p) => {
      const id = newParticipants.find((x) => x.name === p.name)!.identifier;
      const dealings = dealt.map((d, i) => ({
        dealer: dealerIds[i]!,
        identity: dealerLinks[i]!.identity,
        public: d.public,
        share: String((d.shares as Record<string, string>)[id]),
      }));
      return callPartyEnvelope(
        me,
        p,
        'reshare.receive',
        session,
        {
          session,
          keyId: meta.keyId,
          keyName: k.name,
          suite: meta.suite,
          epoch,
          min,
          oldPublic: meta.public,
          participants: wire,
          dealings,
          proof,
          ...timed,
          tags: k.tags,
          ...(k.allowRaw ? { allowRaw: true } : {}),
        },
        this.parties.dkgTimeoutMs,
      );
    });
    const received = receipts.map((r) => r.body as { digest?: unknown; groupKey?: unknown });
    const digests = new Set(received.map((r) => String(r.digest)));
    const groups = new Set(received.map((r) => String(r.groupKey)));
    const current = toHex((await repo.getKeyVersion(k.id, 1))?.publicKey ?? new Uint8Array());
    if (digests.size !== 1 || groups.size !== 1 || [...groups][0] !== current) {
      throw new CustosError(
        'E_INVALID_SHARE',
        'the parties computed different or changed public key packages: the reshare is aborted and the old shares stay in force',
        { key: name },
      );
    }
    const digest = [...digests][0]!;
    const pub = await this.parties.fetchPublic(me, newLinks[0]!, meta.keyId, epoch, digest);
    const next: ThresholdKeyMeta = { ...meta, epoch, min, parties: newParticipants, public: pub, digest, receipts };
    const action = proof.action.action === 'key.reshare' ? 'key.reshare' : 'key.refresh';
    await this.inst.store.tx(async (tx) => {
      const latest = await this.parties.meta(tx, meta.keyId);
      if (latest.epoch !== meta.epoch) throw new CustosError('E_REQUEST_FINISHED', `key "${name}" was refreshed or reshared concurrently`, { key: name });
      await this.parties.vault.put(tx, 'tkey', meta.keyId, 'active', next);
      await appendEvent(tx, {
        actor,
        action,
        subject: `key/${name}`,
        details: {
          epoch,
          threshold: min,
          parties: newNames,
          dealers: dealerLinks.map((p) => p.name),
          digest,
          previousDigest: meta.digest,
          ...(slot !== undefined ? { slot: new Date(slot).toISOString() } : {}),
        },
      });
    });
    await this.parties.commitEverywhere(me, newLinks, meta.keyId, epoch, digest, receipts);
    // Parties left out forget their old share, on the admin's proof and the receipts (best effort: one that is down keeps a share of a retired epoch).
    const removed = oldLinks.filter((p) => !newNames.includes(p.name));
    await Promise.all(
      removed.map((p) =>
        callParty(me, p, 'key.retire', randomUUID(), { keyId: meta.keyId, epoch, digest, proof, receipts }, this.parties.timeoutMs).catch(() => undefined),
      ),
    );
    const info = await this.keys.show(name);
    return { ...info, epoch, threshold: min, parties: newNames };
  }
}
