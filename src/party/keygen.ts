/**
 * A party's side of distributed key generation (RFC 9591 Appendix C via
 * noble's DKG) and of refresh / reshare (threshold/reshare.ts). Shares travel
 * sealed party-to-party; new shares wait as pending until committed.
 *
 * Authority (authority.ts): every DKG participant must be in this party's own
 * registry; a reshare or refresh deals and accepts shares only under an
 * admin's signed (quorum-approved) request for this key, to exactly the
 * identities and threshold it names, once.
 */
import { CustosError, badInput } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import { canonicalJson } from '../audit/canonical.js';
import { toHex } from '../crypto/bytes.js';
import { dkgClean, dkgRound1, dkgRound2, dkgRound3, groupPublicKey, type DKG_Secret } from '../threshold/frost.js';
import { frostSuite, identifierFor, type FrostSuite } from '../threshold/suites.js';
import { publicPackageDigest, reshareCombine, reshareDeal } from '../threshold/reshare.js';
import { decodePublic, decodeRound1, decodeSecret, encodePublic, encodeRound1, encodeSecret } from '../threshold/codec.js';
import type { GovProof } from '../threshold/governance.js';
import { openFrom, sealTo } from './wire.js';
import { refuse } from './authority.js';
import { partyFault } from './fault.js';
import type { ParticipantWire, PartyBody } from './protocol.js';
import type { PartyCore, ShareRecord } from './types.js';

interface PendingDkg {
  suite: FrostSuite;
  keyId: string;
  secret: DKG_Secret;
  participants: ParticipantWire[];
  expires: number;
}

const SESSION_TTL_MS = 120_000;

/** Participants whose identifiers belong to their identities, each once. */
function checkParticipants(ps: readonly ParticipantWire[], suite: FrostSuite): void {
  const seen = new Set<string>();
  ps.forEach((p, i) => {
    if (p.identifier !== identifierFor(suite, p.identity))
      throw badInput(`participants[${i}]: identifier does not belong to its identity`, { field: `participants[${i}]` });
    if (seen.has(p.identity)) throw badInput(`participants[${i}]: named twice`, { field: `participants[${i}]` });
    seen.add(p.identity);
  });
}

export class PartyKeygen {
  private readonly dkg = new Map<string, PendingDkg>();

  constructor(private readonly node: PartyCore) {}

  private get me(): string {
    return this.node.identity.id;
  }

  private session(id: string): PendingDkg {
    const s = this.dkg.get(id);
    if (!s || s.expires < Date.now()) throw new CustosError('E_NOT_FOUND', `no DKG session ${id} on this party (expired or restarted)`);
    return s;
  }

  async dkg1(b: PartyBody<'dkg.1'>): Promise<unknown> {
    const suite = frostSuite(b.suite).name;
    checkParticipants(b.participants, suite);
    if (b.participants.length < b.min) throw badInput('fewer participants than the threshold');
    const me = b.participants.find((p) => p.identity === this.me);
    if (!me) throw badInput('this party is not among the participants');
    await this.node.authority.requireRegistered(this.node.inst.store.read, b.participants);
    for (const [k, v] of this.dkg) if (v.expires < Date.now()) this.dkg.delete(k);
    const r1 = dkgRound1(suite, me.identifier, { min: b.min, max: b.participants.length });
    this.dkg.set(b.session, { suite, keyId: b.keyId, secret: r1.secret, participants: b.participants, expires: Date.now() + SESSION_TTL_MS });
    return { round1: encodeRound1(r1.public) };
  }

  private othersRound1(s: PendingDkg, v: unknown[]) {
    const all = v.map((x, i) => decodeRound1(x, `round1[${i}]`));
    const mine = identifierFor(s.suite, this.me);
    return all.filter((r) => r.identifier !== mine);
  }

  async dkg2(b: PartyBody<'dkg.2'>): Promise<unknown> {
    const s = this.session(b.session);
    const shares = dkgRound2(s.suite, s.secret, this.othersRound1(s, b.round1));
    const mine = identifierFor(s.suite, this.me);
    const kems = await this.node.authority.kems(this.node.inst.store.read);
    const sealed: Record<string, string> = {};
    for (const [id, pkg] of Object.entries(shares)) {
      const to = s.participants.find((p) => p.identifier === id);
      if (!to) throw badInput(`no participant with identifier ${id}`);
      sealed[id] = sealTo(this.node.identity, to.identity, pkg.signingShare, `dkg:${b.session}:${mine}:${id}`, kems.get(to.identity) ?? to.kem);
      pkg.signingShare.fill(0);
    }
    return { shares: sealed };
  }

  async dkg3(b: PartyBody<'dkg.3'>): Promise<unknown> {
    const s = this.session(b.session);
    const mine = identifierFor(s.suite, this.me);
    const kems = await this.node.authority.kems(this.node.inst.store.read);
    const ownListed = s.participants.some((p) => p.identity === this.me && p.kem !== undefined);
    const round2 = s.participants
      .filter((p) => p.identifier !== mine)
      .map((p) => {
        const sealed = b.shares[p.identifier];
        if (typeof sealed !== 'string') throw badInput(`no DKG share from participant ${p.identifier}`, { participant: p.identifier });
        let share: Uint8Array;
        try {
          share = openFrom(this.node.identity, p.identity, sealed, `dkg:${b.session}:${p.identifier}:${mine}`, {
            requireHybrid: ownListed || kems.has(p.identity),
          });
        } catch {
          throw new CustosError('E_INVALID_SHARE', `participant ${p.identifier} sent a DKG share that does not authenticate`, { participant: p.identifier });
        }
        return { identifier: p.identifier, signingShare: share } as never;
      });
    const key = dkgRound3(s.suite, s.secret, this.othersRound1(s, b.round1), round2);
    dkgClean(s.suite, s.secret);
    this.dkg.delete(b.session);
    const rec: ShareRecord = {
      keyId: s.keyId,
      keyName: b.keyName,
      suite: s.suite,
      epoch: 1,
      tags: b.tags,
      ...(b.allowRaw ? { allowRaw: true } : {}),
      secret: encodeSecret(key.secret),
      public: encodePublic(key.public),
      digest: publicPackageDigest(key.public),
    };
    key.secret.signingShare.fill(0);
    await this.node.storePending(rec, 'key.dkg');
    return { digest: rec.digest, groupKey: toHex(groupPublicKey(s.suite, key.public)) };
  }

  /** A current party deals Lagrange-weighted sub-shares of its share to the approved new parties. */
  async reshareDeal(b: PartyBody<'reshare.deal'>): Promise<unknown> {
    const rec = await this.node.share(b.keyId, b.epoch, b.digest);
    checkParticipants(b.participants, rec.suite);
    const proof = b.proof as GovProof;
    const repo = this.node.inst.store.read;
    await this.node.authority.shareChange(repo, rec.keyName, rec, proof, b.participants, b.min, rec.suite, b.slot);
    const current = new Set(Object.keys(rec.public.verifyingShares));
    const dealers = [...new Set(b.dealers)];
    if (
      dealers.length !== b.dealers.length ||
      dealers.length < rec.public.signers.min ||
      dealers.some((d) => !current.has(d)) ||
      !dealers.includes(rec.secret.identifier)
    ) {
      throw refuse(`the dealers must be at least ${rec.public.signers.min} distinct current parties of the key, this party among them`);
    }
    const timed = b.slot !== undefined ? { keyName: rec.keyName, slot: b.slot } : undefined;
    await this.node.inst.store.tx((tx) => this.node.authority.consume(tx, proof, 'deal', b.session, timed));
    const key = { secret: decodeSecret(rec.secret), public: decodePublic(rec.public) };
    const dealing = reshareDeal(
      rec.suite,
      key,
      dealers,
      { min: b.min, max: b.participants.length },
      b.participants.map((p) => p.identifier),
    );
    key.secret.signingShare.fill(0);
    const mine = rec.secret.identifier;
    const sealed: Record<string, string> = {};
    const kems = await this.node.authority.kems(repo);
    for (const p of b.participants) {
      const share = dealing.shares[p.identifier]!;
      sealed[p.identifier] = sealTo(this.node.identity, p.identity, share, `reshare:${b.session}:${mine}:${p.identifier}`, kems.get(p.identity) ?? p.kem);
      share.fill(0);
    }
    await this.node.inst.store.tx((tx) =>
      appendEvent(tx, {
        actor: this.node.actorName,
        action: 'key.reshare.deal',
        subject: `key/${rec.keyName}`,
        details: {
          keyId: b.keyId,
          session: b.session,
          epoch: rec.epoch,
          newThreshold: b.min,
          newParties: b.participants.length,
          approvedBy: proof.http.principal,
          ...(b.slot !== undefined ? { slot: new Date(b.slot).toISOString() } : {}),
        },
      }),
    );
    return { public: encodePublic(dealing.public), shares: sealed };
  }

  /** A new (or continuing) party combines the dealt sub-shares into its new share, kept pending. */
  async reshareReceive(b: PartyBody<'reshare.receive'>): Promise<unknown> {
    const suite = frostSuite(b.suite).name;
    checkParticipants(b.participants, suite);
    const mine = identifierFor(suite, this.me);
    if (!b.participants.some((p) => p.identifier === mine)) throw badInput('this party is not among the new participants');
    const repo = this.node.inst.store.read;
    const prior = (await this.node.vault.get<ShareRecord>(repo, 'share', b.keyId))?.value ?? null;
    if (prior && (prior.keyName !== b.keyName || prior.suite !== suite)) throw refuse('the key named is not the key this party holds under that id');
    if (prior && (b.epoch !== prior.epoch + 1 || canonicalJson(b.oldPublic) !== canonicalJson(prior.public)))
      throw refuse('the reshare does not start from the epoch this party holds');
    const proof = b.proof as GovProof;
    await this.node.authority.shareChange(repo, b.keyName, prior, proof, b.participants, b.min, suite, b.slot);
    const timed = b.slot !== undefined ? { keyName: b.keyName, slot: b.slot } : undefined;
    await this.node.inst.store.tx((tx) => this.node.authority.consume(tx, proof, 'receive', b.session, timed));
    const oldPub = decodePublic(b.oldPublic, 'oldPublic');
    const kems = await this.node.authority.kems(repo);
    const ownListed = b.participants.some((p) => p.identity === this.me && p.kem !== undefined);
    const dealings = b.dealings.map((d, i) => {
      if (d.dealer !== identifierFor(suite, d.identity)) throw badInput(`dealings[${i}]: dealer does not match its identity`);
      let share: Uint8Array;
      try {
        share = openFrom(this.node.identity, d.identity, d.share, `reshare:${b.session}:${d.dealer}:${mine}`, {
          requireHybrid: ownListed || kems.has(d.identity),
        });
      } catch {
        throw new CustosError('E_INVALID_SHARE', `dealer ${d.dealer} sent a share that does not authenticate`, { participant: d.dealer });
      }
      return { dealer: d.dealer, public: decodePublic(d.public, `dealings[${i}].public`), share };
    });
    const key = reshareCombine(
      suite,
      mine,
      oldPub,
      dealings.map((d) => d.dealer),
      { min: b.min, max: b.participants.length },
      b.participants.map((p) => p.identifier),
      dealings.map((d) => ({ dealer: d.dealer, public: d.public })),
      Object.fromEntries(dealings.map((d) => [d.dealer, d.share])),
    );
    for (const d of dealings) d.share.fill(0);
    const rec: ShareRecord = {
      keyId: b.keyId,
      keyName: b.keyName,
      suite,
      epoch: b.epoch,
      tags: prior?.tags ?? b.tags ?? {},
      ...((prior ? prior.allowRaw : b.allowRaw) ? { allowRaw: true } : {}),
      secret: encodeSecret(key.secret),
      public: encodePublic(key.public),
      digest: publicPackageDigest(key.public),
      session: b.session,
    };
    key.secret.signingShare.fill(0);
    await this.node.storePending(rec, 'key.reshare.receive');
    if (partyFault() === 'crash-in-reshare') process.kill(process.pid, 'SIGKILL'); // test: die holding the new share as pending, before answering
    // The receipt other parties will require before they forget a share: names the key, epoch and session.
    return { digest: rec.digest, groupKey: toHex(groupPublicKey(suite, key.public)), keyId: b.keyId, epoch: b.epoch };
  }
}
