/**
 * A party's Safe owner keys (docs/chains-evm.md "Safe accounts", decision
 * 0022): one secp256k1 key per Safe account, generated here and sealed in
 * this party's vault; only its address ever leaves.
 *
 * safe.owner  make the key for a Safe account (once per account id);
 * safe.bind   bind it to one Safe (address, chain), once: the owners must
 *             include this key, and the party signs for no other Safe;
 * safe.sign   sign a SafeTx hash only after re-deriving it: the request's
 *             payload is re-planned with the same planner as the
 *             coordinator's (src/requests/plans-safe.ts: EIP-712 hash, the
 *             inner call decoded, `payload.safe.*` facts), the hash must be
 *             the one the coordinator claims, and this party's own policy,
 *             approvals, vetoes and delay must agree (evidence.ts), all in
 *             the transaction that records the signature.
 */
import { randomBytes } from 'node:crypto';
import { CustosError, badInput } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import { fromHex, toHex } from '../crypto/bytes.js';
import { ethereumAddress } from '../crypto/addresses.js';
import { ecdsaSign, isValidSecret, publicKey } from '../crypto/secp256k1.js';
import type { KeyFacts, KeyFactsSource } from '../keystore/types.js';
import type { Repo } from '../store/repo.js';
import type { PartyBody, SignContext } from './protocol.js';
import type { PartyEvidence } from './evidence.js';
import { refuse } from './authority.js';
import { recordSigned } from './sign.js';
import { checkRiskClaim, type ClaimNote } from './risk-claim.js';
import type { PartyCore } from './types.js';

/** A Safe owner key as this party keeps it (sealed by the vault). */
export interface SafeOwnerRecord {
  keyId: string;
  keyName: string;
  tags: Record<string, string>;
  secret: string;
  /** The owner's address (lowercase). */
  address: string;
  /** The one Safe it signs for, once bound. */
  safe?: { address: string; chainId: number };
}

const KIND = 'safe-owner';

export class PartySafeOwners {
  constructor(
    private readonly node: PartyCore,
    private readonly evidence: PartyEvidence,
  ) {}

  /** Make the owner key of a Safe account; its address is all that leaves. */
  async create(b: PartyBody<'safe.owner'>): Promise<unknown> {
    let secret = new Uint8Array(randomBytes(32));
    while (!isValidSecret(secret)) secret = new Uint8Array(randomBytes(32));
    const address = ethereumAddress(publicKey(secret)).toLowerCase();
    const rec: SafeOwnerRecord = { keyId: b.keyId, keyName: b.keyName, tags: b.tags, secret: toHex(secret), address };
    secret.fill(0);
    const fresh = await this.node.inst.store.tx(async (repo) => {
      for (const r of await this.node.vault.list<SafeOwnerRecord>(repo, KIND))
        if (r.value.keyName === b.keyName) throw new CustosError('E_NAME_TAKEN', `this party already holds an owner key for "${b.keyName}"`);
      if (!(await this.node.vault.insert(repo, KIND, b.keyId, 'active', rec))) return false;
      await appendEvent(repo, {
        actor: this.node.actorName,
        action: 'safe.owner.create',
        subject: `key/${b.keyName}`,
        details: { keyId: b.keyId, owner: address },
      });
      return true;
    });
    if (!fresh) throw new CustosError('E_NAME_TAKEN', `this party already holds an owner key for account ${b.keyId}`);
    return { address };
  }

  /** Bind the owner key to one Safe, once (the owners must include this key). */
  async bind(b: PartyBody<'safe.bind'>): Promise<unknown> {
    return this.node.inst.store.tx(async (repo) => {
      const rec = await this.owner(repo, b.keyId);
      const safe = { address: b.safe.toLowerCase(), chainId: b.chainId };
      if (rec.safe) {
        if (rec.safe.address === safe.address && rec.safe.chainId === safe.chainId) return { bound: true, address: rec.address };
        throw refuse(`this owner key is already bound to Safe ${rec.safe.address} on chain ${rec.safe.chainId}`);
      }
      if (!b.owners.some((o) => o.toLowerCase() === rec.address)) throw refuse("the Safe's owners do not include this party's owner key");
      if (b.threshold > b.owners.length) throw badInput('threshold: more than the owners');
      await this.node.vault.put(repo, KIND, b.keyId, 'active', { ...rec, safe });
      await appendEvent(repo, {
        actor: this.node.actorName,
        action: 'safe.owner.bind',
        subject: `key/${rec.keyName}`,
        details: { keyId: b.keyId, safe: safe.address, chainId: safe.chainId, owners: b.owners.map((o) => o.toLowerCase()), threshold: b.threshold },
      });
      return { bound: true, address: rec.address };
    });
  }

  /** Sign a SafeTx hash after re-deriving it from the request's payload and checking this party's own policy. */
  async sign(b: PartyBody<'safe.sign'>): Promise<unknown> {
    const ctx = b.request;
    const claimed = fromHex(b.hash, 'hash', 32);
    await this.evidence.riskReady();
    const nowMs = this.node.services.now();
    const inst = this.node.inst;
    const checked = await inst.store.tx(async (tx) => {
      const rec = await this.owner(tx, b.keyId);
      if (!rec.safe) throw refuse(`the owner key of "${rec.keyName}" is not bound to a Safe yet`);
      this.checkChain(rec, ctx);
      const a = await this.evidence.assessFor(tx, rec.keyName, this.keyFacts(rec), ctx, claimed, nowMs);
      const seen = await this.evidence.note(tx, ctx.id, a, nowMs);
      let claim: ClaimNote;
      try {
        this.evidence.checkDelay(a, seen, nowMs, ctx.id);
        claim = checkRiskClaim(a.risk, ctx.risk, ctx.id);
      } catch (e) {
        return { refused: e };
      }
      await recordSigned(this.node, tx, rec.keyName, ctx, a);
      const safe = a.plan.payloadFacts.safe as { nonce: number };
      await appendEvent(tx, {
        actor: this.node.actorName,
        action: 'safe.sign',
        subject: `key/${rec.keyName}`,
        details: {
          keyId: rec.keyId,
          requestId: ctx.id,
          safe: rec.safe.address,
          chainId: rec.safe.chainId,
          nonce: safe.nonce,
          hash: b.hash,
          owner: rec.address,
          policyVersion: a.policyVersion,
          rule: a.decision.rule,
          factsDigest: a.factsDigest,
          approvals: a.approvers,
          ...claim,
        },
      });
      return { rec };
    });
    if ('refused' in checked) throw checked.refused;
    const secret = fromHex(checked.rec.secret, 'secret', 32);
    try {
      return { owner: checked.rec.address, signature: `0x${toHex(ecdsaSign(secret, claimed))}` };
    } finally {
      secret.fill(0);
    }
  }

  /** The owner key of the Safe account `keyName`, if this party holds one (announcements name the account, not its id). */
  async byName(repo: Repo, keyName: string): Promise<SafeOwnerRecord | undefined> {
    for (const r of await this.node.vault.list<SafeOwnerRecord>(repo, KIND)) if (r.state === 'active' && r.value.keyName === keyName) return r.value;
    return undefined;
  }

  /** A request announcement for a Safe account: assessed like a share's (times and approvals on this party's clock). */
  async seen(ctx: SignContext): Promise<unknown> {
    const nowMs = this.node.services.now();
    return this.node.inst.store.tx(async (repo) => {
      const rec = await this.byName(repo, ctx.keyName);
      if (!rec?.safe) throw refuse(`this party holds no bound owner key of "${ctx.keyName.slice(0, 64)}"`);
      this.checkChain(rec, ctx);
      const a = await this.evidence.assessFor(repo, rec.keyName, this.keyFacts(rec), ctx, null, nowMs);
      const s = await this.evidence.note(repo, ctx.id, a, nowMs);
      return { id: ctx.id, approved: s.approvedAt !== undefined || !a.decision.approvals, approvals: a.approvers.length };
    });
  }

  private async owner(repo: Repo, keyId: string): Promise<SafeOwnerRecord> {
    const r = await this.node.vault.get<SafeOwnerRecord>(repo, KIND, keyId);
    if (!r || r.state !== 'active') throw refuse(`this party holds no Safe owner key for account ${keyId.slice(0, 64)}`);
    return r.value;
  }

  /** The payload must be for the chain the key was bound on (its Safe address is checked by the planner). */
  private checkChain(rec: SafeOwnerRecord, ctx: SignContext): void {
    let p: { type?: unknown; chainId?: unknown };
    try {
      p = JSON.parse(ctx.payload) as typeof p;
    } catch {
      throw badInput('request.payload is not JSON');
    }
    if (p?.type !== 'safe') throw refuse('a Safe owner key signs Safe transactions only');
    if (p.chainId !== rec.safe!.chainId)
      throw refuse(`the payload is for chain ${String(p.chainId).slice(0, 20)}; this owner key signs on chain ${rec.safe!.chainId}`);
  }

  /** Key facts for the planner: the Safe account as this party knows it (its "public key" is the bound Safe's address). */
  private keyFacts(rec: SafeOwnerRecord): KeyFactsSource {
    const facts: KeyFacts = {
      name: rec.keyName,
      algorithm: 'secp256k1',
      custody: 'threshold',
      tags: rec.tags,
      version: 1,
      state: 'active',
      publicKey: rec.safe!.address.slice(2),
      allowRaw: false,
    };
    return {
      facts: async (_repo, ref) => {
        if (ref !== rec.keyName) throw refuse(`the payload names key "${String(ref).slice(0, 64)}", which is not this owner key's Safe account`);
        return facts;
      },
    };
  }
}
