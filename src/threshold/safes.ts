/**
 * Safe accounts at the parties (threshold/coordinator.ts composes it; the
 * chain side is src/safe/): each named party makes its own owner key, binds
 * it to the Safe once its address is known, and signs SafeTx hashes for
 * requests it re-checks itself (src/party/safe-owner.ts). Signing gathers
 * the first T signatures, checks that each recovers to its party's owner
 * address, and orders them by owner address, as Safe.checkNSignatures
 * requires. Fewer than T signatures never make a result: the chain would
 * refuse them anyway.
 */
import { randomUUID } from 'node:crypto';
import { CustosError, isCustosError } from '../errors.js';
import { fromHex, toHex } from '../crypto/bytes.js';
import { ethereumAddress } from '../crypto/addresses.js';
import { ecdsaRecover } from '../crypto/secp256k1.js';
import type { Instance } from '../keystore/instance.js';
import type { Repo } from '../store/repo.js';
import type { KeyRecord } from '../store/records.js';
import type { SignContext } from '../party/protocol.js';
import { callParty, firstN, type PartyLink } from './transport.js';
import type { PartyRegistry } from './parties.js';

/** A Safe account as the coordinator knows it (sealed in the vault under `safe/KEYID`). */
export interface SafeAccountMeta {
  keyId: string;
  name: string;
  chainId: number;
  /** The Safe's address, lowercase. */
  address: string;
  threshold: number;
  /** Each owner: the party that holds its key, and the key's address (lowercase). */
  owners: { party: string; identity: string; address: string }[];
}

export class ThresholdSafes {
  constructor(
    private readonly inst: Instance,
    private readonly parties: PartyRegistry,
  ) {}

  /** Ask each named party to make an owner key for the account; their addresses, in the parties' order. */
  async makeOwners(keyId: string, keyName: string, tags: Record<string, string>, names: string[]): Promise<SafeAccountMeta['owners']> {
    const repo = this.inst.store.read;
    const links = await Promise.all(names.map((n) => this.parties.party(repo, n)));
    await this.parties.syncGov(links);
    const me = await this.parties.identity();
    const out = await this.parties.allOrFail(links, (p) => callParty(me, p, 'safe.owner', randomUUID(), { keyId, keyName, tags }, this.parties.timeoutMs));
    return out.map((r, i) => ({ party: links[i]!.name, identity: links[i]!.identity, address: String(r.address).toLowerCase() }));
  }

  /** Bind every owner key to the Safe (each party checks the owners include its key). */
  async bind(meta: SafeAccountMeta): Promise<void> {
    const me = await this.parties.identity();
    const links = await this.links(this.inst.store.read, meta);
    const body = { keyId: meta.keyId, safe: meta.address, chainId: meta.chainId, owners: meta.owners.map((o) => o.address), threshold: meta.threshold };
    await this.parties.allOrFail(links, (p) => callParty(me, p, 'safe.bind', randomUUID(), body, this.parties.timeoutMs));
  }

  async meta(repo: Repo, keyId: string): Promise<SafeAccountMeta | undefined> {
    return (await this.parties.vault.get<SafeAccountMeta>(repo, 'safe', keyId))?.value;
  }

  /** Record the account's metadata (in the caller's transaction, with its key row). */
  async record(repo: Repo, meta: SafeAccountMeta): Promise<void> {
    await this.parties.vault.put(repo, 'safe', meta.keyId, 'active', meta);
  }

  /** Safe contracts this instance deployed on a chain (`safe deploy-contracts`), sealed like the accounts. */
  async deployedContracts(repo: Repo, chainId: number): Promise<{ singleton: string; factory: string; fallbackHandler: string } | undefined> {
    return (await this.parties.vault.get<{ singleton: string; factory: string; fallbackHandler: string }>(repo, 'safe-contracts', String(chainId)))?.value;
  }

  async recordContracts(repo: Repo, chainId: number, c: { singleton: string; factory: string; fallbackHandler: string }): Promise<void> {
    await this.parties.vault.put(repo, 'safe-contracts', String(chainId), 'active', c);
  }

  /** Owner keys made for a `safe register` that did not match yet (kept so the Safe can swap them in). */
  async pending(repo: Repo, name: string): Promise<SafeAccountMeta | undefined> {
    return (await this.parties.vault.get<SafeAccountMeta>(repo, 'safe-pending', name))?.value;
  }

  async recordPending(repo: Repo, meta: SafeAccountMeta): Promise<void> {
    await this.parties.vault.put(repo, 'safe-pending', meta.name, 'active', meta);
  }

  async links(repo: Repo, meta: SafeAccountMeta): Promise<PartyLink[]> {
    return Promise.all(
      meta.owners.map((o) => this.parties.party(repo, o.party).catch(() => ({ name: o.party, url: 'http://127.0.0.1:9', identity: o.identity }))),
    );
  }

  /**
   * T owner signatures over a SafeTx hash for a request (each party re-plans
   * the request's payload and checks the hash and its policy itself), ordered
   * by owner address: r||s||v, 65 bytes each, concatenated.
   */
  async sign(repo: Repo, key: KeyRecord, meta: SafeAccountMeta, hash: Uint8Array, context: SignContext | undefined): Promise<Uint8Array> {
    if (!context)
      throw new CustosError('E_UNSUPPORTED', `"${key.name}" is a Safe account: it signs only through signing requests, whose parties re-check them`);
    const me = await this.parties.identity();
    const links = await this.links(repo, meta);
    await this.parties.syncGov(links);
    const hex = `0x${toHex(hash)}`;
    const r = await firstN(links, meta.threshold, async (p) => {
      const owner = meta.owners.find((o) => o.party === p.name)!;
      const out = await callParty(me, p, 'safe.sign', randomUUID(), { keyId: meta.keyId, hash: hex, request: context }, this.parties.timeoutMs);
      const sig = fromHex(String(out.signature), `${p.name}.signature`, 65);
      let signer: string;
      try {
        signer = ethereumAddress(ecdsaRecover(sig, hash)).toLowerCase();
      } catch {
        signer = '';
      }
      if (signer !== owner.address)
        throw new CustosError('E_INVALID_SHARE', `party ${p.name} sent a signature that is not its owner key's over this SafeTx hash`, { party: p.name });
      return { owner: owner.address, sig };
    });
    if (r.ok.length < meta.threshold) {
      const refusal = r.failed.find((f) => !isCustosError(f.error, 'E_UNAVAILABLE'));
      const names = r.failed.map((f) => f.party.name);
      throw (
        refusal?.error ??
        new CustosError(
          'E_UNAVAILABLE',
          `Safe account "${key.name}" needs ${meta.threshold} of ${meta.owners.length} owners; unavailable: ${names.join(', ')}`,
          {
            key: key.name,
            unavailable: names,
            needed: meta.threshold,
          },
        )
      );
    }
    const chosen = r.ok
      .slice(0, meta.threshold)
      .map((x) => x.value)
      .sort((a, b) => (BigInt(a.owner) < BigInt(b.owner) ? -1 : 1));
    const out = new Uint8Array(65 * chosen.length);
    chosen.forEach((c, i) => out.set(c.sig, 65 * i));
    return out;
  }
}
