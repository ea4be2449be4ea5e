/**
 * Who an instance trusts across the air gap. Each instance's identity key
 * is its audit key (Ed25519, sealed under the barrier, checked at every
 * unseal; decision 0023): it signs the instance's exports or responses, and
 * its identity record (`custos offline identity`). Pairing
 * (`custos offline pair FILE`) pins the peer's identity key under its
 * instance id, sealed in the instance's own store, and registers the cold
 * keys the record lists that this instance does not hold (as public records,
 * custody `cold`: the online side learns the offline keys' public keys this
 * way). A file is believed only under a pinned identity.
 */
import { CustosError } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import * as ed from '../crypto/ed25519.js';
import { fromHex, toHex } from '../crypto/bytes.js';
import { checkPublicKey } from '../crypto/verify.js';
import type { Instance } from '../keystore/instance.js';
import type { Keys } from '../keystore/keys.js';
import type { Repo } from '../store/repo.js';
import { ThresholdVault } from '../threshold/vault.js';
import { IDENTITY_FORMAT, decodeIdentity, fingerprint, signedMessage, type AirgapBody, type IdentityBody, type Signed } from './format.js';

/** A pinned peer (sealed in the threshold_state namespace under kind `airgap-peer`). */
export interface PeerRecord {
  instanceId: string;
  publicKey: string;
  pairedAt: string;
}

const KIND = 'airgap-peer';

export class AirgapPeers {
  private readonly vault: ThresholdVault;

  constructor(
    private readonly inst: Instance,
    private readonly keys: Keys,
  ) {
    this.vault = new ThresholdVault(inst);
  }

  /** Sign a body with this instance's identity (audit) key. */
  async sign<B extends AirgapBody>(body: B): Promise<Signed<B>> {
    this.inst.assertUnsealed();
    const signature = await this.inst.withAuditKey(async (secret) => toHex(ed.sign(secret, signedMessage(body))));
    return { body, signature };
  }

  /** The identity key pinned for `instanceId`, verifying `doc`'s signature; E_AIRGAP_SIGNATURE otherwise. */
  async verify(repo: Repo, instanceId: string, doc: Signed<AirgapBody>): Promise<PeerRecord> {
    const peer = (await this.vault.get<PeerRecord>(repo, KIND, instanceId))?.value;
    if (!peer)
      throw new CustosError('E_AIRGAP_SIGNATURE', `instance ${instanceId.slice(0, 64)} is not paired with this one (custos offline pair)`, {
        instance: instanceId.slice(0, 64),
      });
    if (!ed.verify(fromHex(peer.publicKey), signedMessage(doc.body), fromHex(doc.signature)))
      throw new CustosError('E_AIRGAP_SIGNATURE', `the file's signature does not verify under the identity key pinned for instance ${instanceId}`, {
        instance: instanceId,
      });
    return peer;
  }

  /** This instance's identity record: id, identity key, and its cold keys (name, algorithm, current public key). */
  async identity(): Promise<Signed<IdentityBody> & { fingerprint: string }> {
    const cold = (await this.keys.list()).filter((k) => k.custody === 'cold' && k.state !== 'destroyed');
    const body: IdentityBody = {
      format: IDENTITY_FORMAT,
      instanceId: this.inst.instanceId,
      publicKey: toHex(this.inst.auditPublicKey),
      keys: cold.map((k) => ({ name: k.name, algorithm: k.algorithm, publicKey: k.publicKey, allowRaw: k.allowRaw })),
      createdAt: new Date().toISOString(),
    };
    return { ...(await this.sign(body)), fingerprint: fingerprint(body.publicKey) };
  }

  /**
   * Pin a peer from its identity record (self-signed; compare its fingerprint
   * out of band) and register the cold keys it lists that are not here.
   * Everything is checked before anything is written; a key name already
   * used for another public key is E_NAME_TAKEN.
   */
  async pair(text: string, actor: string): Promise<{ instanceId: string; fingerprint: string; registered: string[]; known: string[] }> {
    this.inst.assertUnsealed();
    const doc = decodeIdentity(text);
    const b = doc.body;
    if (b.instanceId === this.inst.instanceId)
      throw new CustosError('E_BAD_INPUT', 'this is the identity record of this instance itself: pair with the other one');
    if (!ed.verify(fromHex(b.publicKey), signedMessage(b), fromHex(doc.signature)))
      throw new CustosError('E_AIRGAP_SIGNATURE', "the identity record's signature does not verify under the key it names");
    const registered: IdentityBody['keys'] = [];
    const known: string[] = [];
    for (const k of b.keys) {
      checkPublicKey(k.algorithm, fromHex(k.publicKey, 'publicKey'));
      const here = await this.keys.show(k.name).catch(() => null);
      if (!here) registered.push(k);
      else if (here.custody === 'cold' && here.publicKey === k.publicKey) known.push(k.name);
      else throw new CustosError('E_NAME_TAKEN', `key "${k.name}" exists here and is not that cold key (another public key or custody)`, { key: k.name });
    }
    const prior = (await this.vault.get<PeerRecord>(this.inst.store.read, KIND, b.instanceId))?.value;
    if (prior && prior.publicKey !== b.publicKey)
      throw new CustosError('E_AIRGAP_SIGNATURE', `instance ${b.instanceId} is already paired under another identity key`, { instance: b.instanceId });
    await this.inst.store.tx(async (repo) => {
      const rec: PeerRecord = { instanceId: b.instanceId, publicKey: b.publicKey, pairedAt: new Date().toISOString() };
      await this.vault.put(repo, KIND, b.instanceId, 'active', rec);
      await appendEvent(repo, {
        actor,
        action: 'offline.pair',
        subject: `instance/${b.instanceId}`,
        details: { identityKey: b.publicKey, fingerprint: fingerprint(b.publicKey), coldKeys: registered.map((k) => k.name) },
      });
    });
    for (const k of registered) {
      await this.keys.importPublic({ name: k.name, algorithm: k.algorithm, allowRaw: k.allowRaw }, fromHex(k.publicKey), actor, 'cold', {
        offlineInstance: b.instanceId,
      });
    }
    return { instanceId: b.instanceId, fingerprint: fingerprint(b.publicKey), registered: registered.map((k) => k.name), known };
  }
}
