/**
 * Distributed key generation (threshold/coordinator.ts composes it): the
 * three DKG rounds among the named parties (the coordinator relays only
 * ciphertext for the secret round-2 shares), the parties' public packages
 * compared, the key recorded (one transaction) and then committed everywhere.
 */
import { randomUUID } from 'node:crypto';
import { CustosError } from '../errors.js';
import type { Instance } from '../keystore/instance.js';
import type { KeyInfo, ThresholdKeyRecords } from '../keystore/types.js';
import { fromHex } from '../crypto/bytes.js';
import { checkName } from '../keystore/refs.js';
import { frostSuite, identifierFor } from './suites.js';
import { callParty, type PartyLink } from './transport.js';
import { checkMembership, type PartyRegistry, type ThresholdKeyMeta } from './parties.js';
import type { ThresholdSigning } from './signing.js';

export class ThresholdKeygen {
  constructor(
    private readonly inst: Instance,
    private readonly keys: ThresholdKeyRecords,
    private readonly parties: PartyRegistry,
    private readonly signing: ThresholdSigning,
  ) {}

  /** Create a threshold key by DKG among the named parties (T of N). */
  async createKey(
    spec: { name: string; suite: string; threshold: number; parties: string[]; tags?: Record<string, string>; allowRaw?: boolean },
    actor: string,
  ): Promise<KeyInfo> {
    this.inst.assertUnsealed();
    const name = checkName(spec.name, 'key');
    const suite = frostSuite(spec.suite).name;
    const names = checkMembership(spec.parties, spec.threshold);
    if (await this.inst.store.read.getKeyByName(name)) throw new CustosError('E_NAME_TAKEN', `a key named "${name}" already exists`, { key: name });
    const links = await Promise.all(names.map((n) => this.parties.party(this.inst.store.read, n)));
    await this.parties.syncGov(links);
    const me = await this.parties.identity();
    const keyId = randomUUID();
    const session = randomUUID();
    const participants = links.map((p) => ({ name: p.name, identity: p.identity, identifier: identifierFor(suite, p.identity) }));
    const wire = await this.parties.wireParticipants(participants);
    const all = <T>(fn: (p: PartyLink) => Promise<T>) => this.parties.allOrFail(links, fn);
    const r1 = await all((p) =>
      callParty(me, p, 'dkg.1', session, { session, keyId, suite, min: spec.threshold, participants: wire }, this.parties.dkgTimeoutMs),
    );
    const round1 = r1.map((r) => r.round1);
    const r2 = await all((p) => callParty(me, p, 'dkg.2', session, { session, round1 }, this.parties.dkgTimeoutMs));
    // Relay: each party gets the ciphertexts addressed to it, keyed by sender identifier.
    const inbox = (id: string) =>
      Object.fromEntries(
        participants.map((s, i) => [s.identifier, (r2[i]!.shares as Record<string, string>)[id]]).filter(([sid, v]) => sid !== id && v !== undefined),
      );
    const r3 = await all((p) => {
      const id = participants.find((x) => x.name === p.name)!.identifier;
      return callParty(
        me,
        p,
        'dkg.3',
        session,
        { session, keyName: name, tags: spec.tags ?? {}, ...(spec.allowRaw ? { allowRaw: true } : {}), round1, shares: inbox(id) },
        this.parties.dkgTimeoutMs,
      );
    });
    const digests = new Set(r3.map((r) => String(r.digest)));
    const groups = new Set(r3.map((r) => String(r.groupKey)));
    if (digests.size !== 1 || groups.size !== 1)
      throw new CustosError('E_INVALID_SHARE', 'the parties computed different public key packages: the DKG is aborted', { digests: [...digests] });
    const digest = [...digests][0]!;
    const pub = await this.parties.fetchPublic(me, links[0]!, keyId, 1, digest);
    const meta: ThresholdKeyMeta = { keyId, name, suite, epoch: 1, min: spec.threshold, parties: participants, public: pub, digest };
    const info = await this.inst.store.tx(async (repo) => {
      const k = await this.keys.insertThresholdIn(
        repo,
        { id: keyId, name, algorithm: suite, tags: spec.tags ?? {}, allowRaw: spec.allowRaw === true, publicKey: fromHex([...groups][0]!, 'groupKey') },
        actor,
        {
          threshold: spec.threshold,
          parties: names,
          digest,
        },
      );
      await this.parties.vault.put(repo, 'tkey', keyId, 'active', meta);
      return k;
    });
    await this.parties.commitEverywhere(me, links, keyId, 1, digest);
    void this.signing.refill(me, meta, links);
    return info;
  }
}
