/**
 * Key lifecycle and use: create, import, rotate, disable/enable, destroy
 * (crypto-shred), export, sign, verify. Key material is decrypted only here,
 * through the instance's barrier, for the duration of one operation.
 */
import { createHash, randomUUID } from 'node:crypto';
import { CustosError } from '../errors.js';
import { getAlgorithm, type SignatureScheme } from '../crypto/algorithms.js';
import { clean, equalBytes, toHex } from '../crypto/bytes.js';
import { ethereumAddress } from '../crypto/addresses.js';
import type { Repo } from '../store/repo.js';
import { appendEvent } from '../audit/trail.js';
import type { DataKeyRecord, KeyRecord, KeyVersionRecord, Origin } from '../store/records.js';
import type { Instance } from './instance.js';
import { checkName, checkTags, parseKeyRef, refString, type KeyRef } from './refs.js';
import { signingBytes, type SignInput } from './payload.js';
import { prepareSignature, type VerifyOptions } from '../crypto/verify.js';
import type { Wallets } from './wallets.js';
import type { Curve } from '../hd/derive.js';
import { keyInfo as toInfo, type KeyRecords } from './key-records.js';
import type { KeyFacts, KeyInfo, NewKey, SignOptionsIn, SignResult, ThresholdSigner } from './types.js';
import type { AuditInput } from '../audit/trail.js';
import { destroyHsmKey, newHsmKey, rotateHsmKey, signWithHsmKey } from './hsm-keys.js';
import { presignSlot, secretIdentity } from './secret-cache.js';
import type { BlsSigner } from './bls-pool.js';

/** What `Keys.verify` found. */
export interface VerifyResult {
  valid: boolean;
  version: number | null;
  key: string;
  /** The version whose key r and s verify under while v recovers another key. */
  vMismatch?: number;
}

export type { KeyFacts, KeyInfo, KeyVersionInfo, NewKey, SignOptionsIn, SignResult, ThresholdSigner } from './types.js';

/** The audit event of a signature: what was signed (by digest), by which key version. */
export function signAudit(actor: string, r: SignResult, input: SignInput, extra: Record<string, unknown> = {}): AuditInput {
  return {
    actor,
    action: 'key.sign',
    subject: r.key.includes('/') ? `wallet/${r.key}` : `key/${r.key}`,
    details: { algorithm: r.algorithm, scheme: r.scheme, version: r.version, payloadDigest: payloadDigest(input), ...extra },
  };
}

const keyAad = (k: Pick<KeyRecord, 'id' | 'algorithm' | 'exportable'>, version: number) =>
  `custos:key:${k.id}:v${version}:${k.algorithm}:x${k.exportable ? 1 : 0}`;

/** How many (ciphertext, public key) pairs `Keys` remembers as checked (then it forgets them all and checks again). */
const MATCHED_CAP = 65_536;
/** How many keys' last hot rows `Keys` remembers for presigns (then it forgets them all). */
const HOT_ROWS_CAP = 65_536;

export class Keys {
  /**
   * Digests of (key version, data key, ciphertext, public key) whose decrypted secret was checked against
   * the public key: the check (a scalar multiplication, a third of a BLS signature) runs once per pair.
   */
  private readonly matched = new Set<string>();
  /**
   * By key name, the identity (keystore/secret-cache.ts `secretIdentity`) of the rows the key's last hot
   * bls12-381 signature was made from: a presign uses the secret kept for exactly those rows, and its
   * signature is taken only by a transaction that read the same rows again (docs/decisions/0035).
   */
  private readonly hotRows = new Map<string, string>();
  /** Where presigns are signed (a pool of worker threads), or none: every signature inline. */
  private presigner: BlsSigner | undefined;
  /**
   * Presigns posted to the pool, arrived from it, and taken by a transaction; `inline`: hot bls12-381
   * signatures made on the main thread while a pool was set (none presigned, or not arrived). Tests, metrics.
   */
  readonly presignCounts = { posted: 0, arrived: 0, used: 0, inline: 0 };
  /**
   * `threshold` signs with threshold keys (the coordinator; null where none
   * runs, and such keys then refuse to sign). All given by the composition
   * root (src/api/services.ts).
   */
  constructor(
    private readonly inst: Instance,
    private readonly wallets: Wallets,
    private readonly records: KeyRecords,
    private readonly threshold: ThresholdSigner | null = null,
  ) {}

  private verified(repo: Repo, name: string): Promise<KeyRecord> {
    return this.records.verified(repo, name);
  }

  private withMac(k: Omit<KeyRecord, 'mac'>): KeyRecord {
    return this.records.withMac(k);
  }

  private assertUsable(k: KeyRecord): void {
    this.records.assertUsable(k);
  }

  /** Generate a key from the OS CSPRNG (custody hsm: inside the instance's PKCS#11 token, hsm-keys.ts). */
  async create(spec: NewKey, actor: string): Promise<KeyInfo> {
    if (spec.custody === 'hsm') return this.createInHsm(spec, actor);
    const alg = getAlgorithm(spec.algorithm);
    const secret = alg.generate();
    try {
      return await this.store(spec, secret, 'generated', actor, {});
    } finally {
      clean(secret);
    }
  }

  private async createInHsm(spec: NewKey, actor: string): Promise<KeyInfo> {
    this.inst.assertUnsealed();
    if (await this.inst.store.read.getKeyByName(checkName(spec.name, 'key')))
      throw new CustosError('E_NAME_TAKEN', `a key named "${spec.name}" already exists`, { key: spec.name });
    const { key, version, label } = newHsmKey(this.inst, this.records, spec);
    try {
      return await this.inst.mutate(async (repo) => {
        if (await repo.getKeyByName(key.name)) throw new CustosError('E_NAME_TAKEN', `a key named "${key.name}" already exists`, { key: key.name });
        await repo.insertKey(key);
        await repo.insertKeyVersion(version);
        const details = {
          algorithm: key.algorithm,
          custody: 'hsm',
          exportable: false,
          ...(key.allowRaw ? { allowRaw: true } : {}),
          tags: key.tags,
          publicKey: toHex(version.publicKey),
          token: this.inst.hsm.token.label,
        };
        return { result: toInfo(key, [version]), audit: { actor, action: 'key.create', subject: `key/${key.name}`, details } };
      });
    } catch (e) {
      this.inst.hsm.destroyObjects(label); // not recorded: leave nothing behind in the token
      throw e;
    }
  }

  /**
   * Record a watch-only key: a public key without a secret (custody `watch`,
   * no data key, no ciphertext, as threshold keys are stored). It verifies,
   * derives addresses and is a policy subject, but never signs, rotates or
   * exports. `publicKey` was checked by the caller (crypto/verify.ts checkPublicKey).
   */
  async importPublic(
    spec: Pick<NewKey, 'name' | 'algorithm' | 'tags' | 'allowRaw'>,
    publicKey: Uint8Array,
    actor: string,
    custody: 'watch' | 'cold' = 'watch',
    details: Record<string, unknown> = {},
  ): Promise<KeyInfo> {
    this.inst.assertUnsealed();
    const name = checkName(spec.name, 'key');
    const alg = getAlgorithm(spec.algorithm);
    const tags = checkTags(spec.tags ?? {});
    const now = new Date().toISOString();
    const key: KeyRecord = this.withMac({
      id: randomUUID(),
      name,
      algorithm: alg.name,
      custody,
      state: 'active',
      exportable: false,
      // A cold key's public record carries its offline key's raw usage (which the offline instance enforces again).
      allowRaw: custody === 'cold' && spec.allowRaw === true,
      tags,
      origin: 'imported',
      currentVersion: 1,
      dataKeyId: null,
      createdAt: now,
      updatedAt: now,
    });
    const version: KeyVersionRecord = { keyId: key.id, version: 1, publicKey, ciphertext: null, createdAt: now };
    return this.inst.mutate(async (repo) => {
      if (await repo.getKeyByName(name)) throw new CustosError('E_NAME_TAKEN', `a key named "${name}" already exists`, { key: name });
      await repo.insertKey(key);
      await repo.insertKeyVersion(version);
      await this.records.indexIn(repo, key, 1, publicKey);
      return {
        result: toInfo(key, [version]),
        audit: {
          actor,
          action: 'key.import',
          subject: `key/${name}`,
          details: { algorithm: alg.name, custody, tags, publicKey: toHex(publicKey), format: 'public', ...details },
        },
      };
    });
  }

  /** Store imported or restored key material (validated first). */
  async importSecret(spec: NewKey, secret: Uint8Array, origin: Origin, actor: string, details: Record<string, unknown>): Promise<KeyInfo> {
    getAlgorithm(spec.algorithm).validateSecret(secret);
    return this.store(spec, secret, origin, actor, details);
  }

  /**
   * Store many imported keys in ONE transaction (bulk import,
   * keystore/import-batch.ts): every secret is validated and sealed first, then
   * every row is written and one `key.import` event per key appended; a name
   * taken inside the batch or already stored aborts the whole transaction
   * (E_NAME_TAKEN naming the entry's `source`), so nothing of the batch is kept.
   * `alsoIn` runs in the same transaction after the keys are written.
   * Secrets are the caller's to zero.
   */
  async importSecrets(
    entries: readonly ImportEntry[],
    actor: string,
    details: Record<string, unknown>,
    opts: { alsoIn?: (repo: Repo) => Promise<void> } = {},
  ): Promise<ImportedKey[]> {
    this.inst.assertUnsealed();
    checkBatchNames(entries.map((e) => ({ name: checkName(e.spec.name, 'key'), ...(e.source ? { source: e.source } : {}) })));
    const rows = entries.map((e) => {
      getAlgorithm(e.spec.algorithm).validateSecret(e.secret);
      return this.sealNew(e.spec, e.secret, 'imported', { ...details, ...e.details });
    });
    return this.inst.mutate(async (repo) => {
      // Not the full KeyInfo: its Taproot address alone costs more than the rest of an import (`key show` has it).
      // The Ethereum address right after the index computed it (crypto/addresses.ts keeps recent ones).
      const result: ImportedKey[] = [];
      for (const [i, r] of rows.entries()) {
        await this.insertNew(repo, r, entries[i]!.source);
        const { key, version } = r;
        const evm = key.algorithm === 'secp256k1' && version.publicKey.length !== 20;
        result.push({
          name: key.name,
          algorithm: key.algorithm,
          publicKey: version.publicKey,
          ...(evm ? { ethereumAddress: ethereumAddress(version.publicKey) } : {}),
        });
      }
      await opts.alsoIn?.(repo); // committed with the keys, or neither (the keymanager API's slashing data)
      return { result, audit: rows.map((r) => r.audit(actor)) };
    });
  }

  private async store(spec: NewKey, secret: Uint8Array, origin: Origin, actor: string, details: Record<string, unknown>): Promise<KeyInfo> {
    this.inst.assertUnsealed();
    const sealed = this.sealNew(spec, secret, origin, details);
    return this.inst.mutate(async (repo) => {
      await this.insertNew(repo, sealed);
      return { result: toInfo(sealed.key, [sealed.version]), audit: sealed.audit(actor) };
    });
  }

  /** The rows of a new local key: a fresh data key, the record with its MAC, version 1 sealed under the data key (no I/O). */
  private sealNew(spec: NewKey, secret: Uint8Array, origin: Origin, details: Record<string, unknown>): SealedKey {
    const name = checkName(spec.name, 'key');
    const alg = getAlgorithm(spec.algorithm);
    const tags = checkTags(spec.tags ?? {});
    const now = new Date().toISOString();
    const { record: dk, dek } = this.inst.sealer.newDataKey(now);
    const key: KeyRecord = this.withMac({
      id: randomUUID(),
      name,
      algorithm: alg.name,
      custody: spec.custody === 'cold' ? 'cold' : 'local',
      state: 'active',
      exportable: spec.exportable ?? false,
      allowRaw: spec.allowRaw ?? false,
      tags,
      origin,
      currentVersion: 1,
      dataKeyId: dk.id,
      createdAt: now,
      updatedAt: now,
    });
    const version: KeyVersionRecord = {
      keyId: key.id,
      version: 1,
      publicKey: alg.publicKey(secret),
      ciphertext: this.inst.sealer.sealRecord(dek, secret, keyAad(key, 1)),
      createdAt: now,
    };
    clean(dek);
    const audit = (actor: string): AuditInput => ({
      actor,
      action: origin === 'generated' ? 'key.create' : `key.${origin === 'imported' ? 'import' : 'restore'}`,
      subject: `key/${name}`,
      details: {
        algorithm: alg.name,
        exportable: key.exportable,
        ...(key.allowRaw ? { allowRaw: true } : {}),
        ...(key.custody === 'cold' ? { custody: 'cold' } : {}),
        tags,
        publicKey: toHex(version.publicKey),
        ...details,
      },
    });
    return { dk, key, version, audit };
  }

  /** Write a sealed new key inside the caller's transaction (its name checked free first). */
  private async insertNew(repo: Repo, { dk, key, version }: SealedKey, source?: string): Promise<void> {
    if (await repo.getKeyByName(key.name)) throw nameTaken(key.name, source);
    await this.inst.sealer.insertDataKey(repo, dk);
    await repo.insertKey(key);
    await repo.insertKeyVersion(version);
    await this.records.indexIn(repo, key, 1, version.publicKey);
  }

  async list(): Promise<KeyInfo[]> {
    const keys = await this.inst.store.read.listKeys();
    return Promise.all(keys.map(async (k) => toInfo(k, await this.inst.store.read.listKeyVersions(k.id))));
  }

  /** The name of the active key holding an Ethereum address, or null (the address index: key-records.ts). */
  nameForAddress(address: string): Promise<string | null> {
    return this.records.nameForAddress(this.inst.store.read, address);
  }

  /** The active bls12-381 key whose public key is `pubkey` (0x-hex lowercase), MAC-checked, or null: one indexed read (key-records.ts). */
  blsKey(pubkey: string): Promise<KeyRecord | null> {
    return this.records.blsKey(this.inst.store.read, pubkey);
  }

  /** The bls12-381 keys holding `pubkey` in any state but destroyed, MAC-checked, in the caller's transaction. */
  async blsHolders(repo: Repo, pubkey: string): Promise<KeyRecord[]> {
    return (await this.records.holdersOf(repo, pubkey)).filter((k) => k.algorithm === 'bls12-381');
  }

  /** Every active bls12-381 key with its 0x-hex public key, MAC-checked, in one read. */
  blsKeys(): Promise<{ pubkey: string; key: KeyRecord }[]> {
    return this.records.blsKeys(this.inst.store.read);
  }

  /** Public information for a key or a derived account (derived ones need the instance unsealed). */
  async show(refText: string, curve?: Curve): Promise<KeyInfo> {
    const ref = parseKeyRef(refText, curve);
    if (ref.kind === 'derived') return this.wallets.derivedInfo(ref);
    return this.records.show(ref.name);
  }

  /** New version from fresh randomness; older versions stay for verification only. */
  /**
   * A new signing version. `within` runs first in the same transaction (a
   * schedule claims its slot there): if it throws, nothing is rotated.
   */
  async rotate(name: string, actor: string, within?: (repo: Repo) => Promise<void>): Promise<KeyInfo> {
    this.inst.assertUnsealed();
    return this.inst.mutate(async (repo) => {
      await within?.(repo);
      const k = await this.verified(repo, name);
      this.assertUsable(k);
      if (k.custody === 'threshold')
        throw new CustosError('E_UNSUPPORTED', `key "${name}" is a threshold key: use "custos key refresh" (new shares, same key)`, { key: name });
      if (k.custody === 'watch') throw watchOnly(k.name);
      if (k.custody === 'cold' && k.dataKeyId === null)
        throw new CustosError('E_COLD_KEY', `key "${k.name}" is the public record of a cold key: rotate it on its air-gapped instance and pair again`, {
          key: k.name,
          custody: 'cold',
        });
      if (k.custody === 'hsm') {
        const v = rotateHsmKey(this.inst, k);
        await repo.insertKeyVersion(v);
        const next = this.withMac({ ...k, currentVersion: v.version, updatedAt: v.createdAt });
        await repo.updateKey(next);
        return {
          result: toInfo(next, await repo.listKeyVersions(k.id)),
          audit: { actor, action: 'key.rotate', subject: `key/${name}`, details: { version: v.version, custody: 'hsm', publicKey: toHex(v.publicKey) } },
        };
      }
      const alg = getAlgorithm(k.algorithm);
      const dek = await this.inst.sealer.openDataKey(k.dataKeyId ? await repo.getDataKey(k.dataKeyId) : undefined, `key/${name}`, repo);
      const secret = alg.generate();
      const now = new Date().toISOString();
      const version = k.currentVersion + 1;
      const v: KeyVersionRecord = {
        keyId: k.id,
        version,
        publicKey: alg.publicKey(secret),
        ciphertext: this.inst.sealer.sealRecord(dek, secret, keyAad(k, version)),
        createdAt: now,
      };
      clean(dek, secret);
      await repo.insertKeyVersion(v);
      this.inst.secrets.drop(k.id); // the old version no longer signs
      const next = this.withMac({ ...k, currentVersion: version, updatedAt: now });
      await repo.updateKey(next);
      await this.records.indexIn(repo, next, version, v.publicKey);
      const info = toInfo(next, await repo.listKeyVersions(k.id));
      return { result: info, audit: { actor, action: 'key.rotate', subject: `key/${name}`, details: { version, publicKey: toHex(v.publicKey) } } };
    });
  }

  async setEnabled(name: string, enabled: boolean, actor: string): Promise<KeyInfo> {
    this.inst.assertUnsealed();
    return this.inst.mutate(async (repo) => {
      const k = await this.verified(repo, name);
      if (k.state === 'destroyed') throw new CustosError('E_KEY_DESTROYED', `key "${name}" was destroyed`, { key: name });
      const frozen = enabled ? await repo.risk.frozen('key', name) : undefined;
      if (frozen) {
        throw new CustosError(
          'E_FROZEN',
          `key "${name}" was frozen by policy rule "${frozen.rule}" (request ${frozen.requestId}): lift it with the governed "key unfreeze" (admin quorum)`,
          { key: name, rule: frozen.rule },
        );
      }
      const state = enabled ? 'active' : 'disabled';
      const next = this.withMac({ ...k, state, updatedAt: new Date().toISOString() });
      if (k.state !== state) await repo.updateKey(next);
      if (!enabled) this.inst.secrets.drop(k.id);
      const info = toInfo(next, await repo.listKeyVersions(k.id));
      return { result: info, audit: { actor, action: enabled ? 'key.enable' : 'key.disable', subject: `key/${name}`, details: { previousState: k.state } } };
    });
  }

  /**
   * Disable (a policy freeze) or enable again (the governed unfreeze, after the
   * freeze row is gone) a key inside the caller's transaction, audited as
   * key.disable / key.enable. A name with no key record of its own (a wallet
   * account) changes nothing here: the freeze row alone stops it.
   */
  async setStateIn(repo: Repo, name: string, enabled: boolean, actor: string, details: Record<string, unknown>): Promise<boolean> {
    const rec = await repo.getKeyByName(name);
    if (!rec) return false;
    const k = await this.verified(repo, name);
    const state = enabled ? 'active' : 'disabled';
    if (k.state === 'destroyed' || k.state === state) return false;
    await repo.updateKey(this.withMac({ ...k, state, updatedAt: new Date().toISOString() }));
    if (!enabled) this.inst.secrets.drop(k.id);
    await appendEvent(repo, { actor, action: enabled ? 'key.enable' : 'key.disable', subject: `key/${name}`, details: { previousState: k.state, ...details } });
    return true;
  }

  /**
   * Grant or withdraw raw signing (inside the caller's transaction: a governed
   * admin action). A threshold key's raw usage is fixed at its DKG, since its
   * parties enforce it from their own share records.
   */
  async setRawUsageIn(repo: Repo, name: string, allowRaw: boolean, actor: string): Promise<KeyInfo> {
    const k = await this.verified(repo, name);
    this.assertUsable(k);
    if (k.custody === 'watch') throw watchOnly(k.name);
    if (k.custody === 'threshold') {
      throw new CustosError(
        'E_UNSUPPORTED',
        `threshold key "${name}": raw signing is fixed when the key is made (its parties enforce it); make a new key with --allow-raw`,
        { key: name },
      );
    }
    const next = this.withMac({ ...k, allowRaw, updatedAt: new Date().toISOString() });
    if (k.allowRaw !== allowRaw) await repo.updateKey(next);
    await appendEvent(repo, { actor, action: 'key.usage', subject: `key/${name}`, details: { allowRaw, previous: k.allowRaw } });
    return toInfo(next, await repo.listKeyVersions(k.id));
  }

  /** Crypto-shred inside the caller's transaction (admin actions, governed by the quorum): the data key and every ciphertext are deleted; the record stays as a tombstone. Callers scrub the store afterwards. */
  async destroyIn(repo: Repo, name: string, actor: string): Promise<KeyInfo> {
    const k = await this.verified(repo, name);
    if (k.state === 'destroyed') throw new CustosError('E_KEY_DESTROYED', `key "${name}" was already destroyed`, { key: name });
    if (k.custody === 'hsm') destroyHsmKey(this.inst, k);
    if (k.dataKeyId) await repo.deleteDataKey(k.dataKeyId);
    await repo.wipeKeyVersions(k.id);
    this.inst.secrets.drop(k.id);
    const next = this.withMac({ ...k, state: 'destroyed', dataKeyId: null, updatedAt: new Date().toISOString() });
    await repo.updateKey(next);
    await appendEvent(repo, { actor, action: 'key.destroy', subject: `key/${name}`, details: { versions: k.currentVersion } });
    return toInfo(next, await repo.listKeyVersions(k.id));
  }

  /**
   * Decrypt one version of a stored key and run `fn` with it. The decrypted
   * secret is checked against the stored public key (a swapped public key
   * column is tampering too) and zeroed afterwards.
   */
  private async withKeySecret<T>(
    repo: Repo,
    k: KeyRecord,
    version: number,
    fn: (secret: Uint8Array, publicKey: Uint8Array, cached?: string) => T | Promise<T>,
    hot = false,
  ): Promise<T> {
    const label = `key/${k.name} v${version}`;
    const v = await repo.getKeyVersion(k.id, version);
    if (!v) throw new CustosError('E_TAMPERED', `stored record ${label} is missing`, { record: label });
    const aad = keyAad(k, version);
    const dk = k.dataKeyId ? await repo.getDataKey(k.dataKeyId) : undefined;
    const pair = secretIdentity(aad, dk, v.ciphertext, v.publicKey);
    // A hot key's secret opened before from these very rows (keystore/secret-cache.ts), its data key wrapped
    // under the root this instance holds (else it is opened, which follows or refuses the store's root); the
    // caller checked the key row.
    let secret: Uint8Array | undefined = hot && dk?.rootVersion === this.inst.rootVersion ? this.inst.secrets.get(pair) : undefined;
    if (hot && k.algorithm === 'bls12-381') this.rememberRows(k.name, pair);
    if (secret) {
      try {
        return await fn(secret, v.publicKey, pair); // `pair`: these rows are the kept secret's (a presign of it may be taken)
      } finally {
        clean(secret);
      }
    }
    const dek = await this.inst.sealer.openDataKey(dk, `key/${k.name}`, repo);
    try {
      secret = this.inst.sealer.openRecord(dek, v.ciphertext, aad, label);
      // The AEAD opened, so the ciphertext is the one sealed for this key version; whether its secret
      // matches the public-key column was decided the first time this exact pair was opened.
      if (!this.matched.has(pair)) {
        if (!equalBytes(getAlgorithm(k.algorithm).publicKey(secret), v.publicKey)) {
          throw new CustosError('E_TAMPERED', `stored record ${label} does not match its public key`, { record: label });
        }
        if (this.matched.size >= MATCHED_CAP) this.matched.clear();
        this.matched.add(pair);
      }
      if (hot) this.inst.secrets.put(pair, k.id, Uint8Array.from(secret));
      return await fn(secret, v.publicKey);
    } finally {
      clean(dek, secret);
    }
  }

  /** Run `fn` with the secret of the current version of an exportable key (export, backup). Audited by the caller. */
  async withExportableSecret<T>(name: string, fn: (secret: Uint8Array, k: KeyRecord, publicKey: Uint8Array) => T | Promise<T>): Promise<T> {
    this.inst.assertUnsealed();
    const repo = this.inst.store.read;
    const k = await this.verified(repo, name);
    if (k.state === 'destroyed') throw new CustosError('E_KEY_DESTROYED', `key "${name}" was destroyed`, { key: name });
    if (k.custody === 'hsm')
      throw new CustosError('E_NOT_EXPORTABLE', `key "${name}" lives in the HSM: its secret is not extractable and never leaves the token`, {
        key: name,
        custody: 'hsm',
      });
    if (!k.exportable) throw new CustosError('E_NOT_EXPORTABLE', `key "${name}" is not exportable`, { key: name });
    return this.withKeySecret(repo, k, k.currentVersion, (s, pub) => fn(s, k, pub));
  }

  /** Sign with a key or derived account (only the current version signs), audited, in one transaction. */
  async sign(refText: string, input: SignInput, opts: SignOptionsIn, actor: string): Promise<SignResult> {
    this.inst.assertUnsealed();
    return this.inst.mutate(async (repo) => {
      const result = await this.signIn(repo, refText, input, opts);
      return { result, audit: signAudit(actor, result, input) };
    });
  }

  /**
   * Sign inside the caller's transaction, without auditing (the caller appends
   * the event in the same transaction). Checks state and version.
   */
  async signIn(repo: Repo, refText: string, input: SignInput, opts: SignOptionsIn): Promise<SignResult> {
    this.inst.assertUnsealed();
    const ref = parseKeyRef(refText, opts.curve);
    // `cached`: the identity of the rows whose kept secret this is (a hot key's; keystore/secret-cache.ts). A bls12-381
    // signature presigned under exactly that secret for exactly these bytes, when it has arrived, is the one blst
    // would compute here (BLS signatures are deterministic); this is reached only after every check of the key passed.
    const signWith = (algorithm: string, secret: Uint8Array, publicKey: Uint8Array, version: number, cached?: string): SignResult => {
      const alg = getAlgorithm(algorithm);
      const scheme = opts.scheme ?? alg.defaultScheme;
      if (!alg.schemes.includes(scheme)) throw new CustosError('E_UNSUPPORTED', `${algorithm} keys do not sign with ${scheme}`);
      const bytes = signingBytes(scheme, input);
      const presigned = cached !== undefined && algorithm === 'bls12-381' ? this.takePresign(cached, scheme, bytes) : undefined;
      const signature = presigned ?? alg.sign(secret, bytes, { scheme, ...(opts.auxRand ? { auxRand: opts.auxRand } : {}) });
      return { key: refString(ref), algorithm, scheme, version, publicKey: toHex(publicKey), signature: toHex(signature) };
    };
    if (ref.kind === 'derived') return this.wallets.withDerivedSecret(ref, (secret, pub) => signWith(ref.curve, secret, pub, 1), repo);
    const k = await this.verified(repo, ref.name);
    // A key disabled or destroyed (here or by another instance on this store) does not sign; its kept secret leaves now.
    if (k.state !== 'active') this.inst.secrets.drop(k.id);
    this.assertUsable(k);
    if (k.custody === 'watch') throw watchOnly(k.name);
    if (k.custody === 'cold' && opts.offline !== true) throw coldKey(k.name);
    if (k.custody === 'cold' && k.dataKeyId === null)
      throw new CustosError('E_COLD_KEY', `key "${k.name}" is the public record of a cold key: its secret is on the air-gapped instance`, {
        key: k.name,
        custody: 'cold',
      });
    if (k.custody === 'threshold') {
      if (!this.threshold) throw new CustosError('E_UNSUPPORTED', 'threshold signing is not available here');
      const alg = getAlgorithm(k.algorithm);
      const scheme = opts.scheme ?? alg.defaultScheme;
      if (!alg.schemes.includes(scheme)) throw new CustosError('E_UNSUPPORTED', `${k.algorithm} keys do not sign with ${scheme}`);
      if (opts.version !== undefined && opts.version !== 1)
        throw new CustosError('E_KEY_NOT_FOUND', `key "${k.name}" has no version ${opts.version}`, { key: k.name });
      const pub = (await repo.getKeyVersion(k.id, 1))?.publicKey ?? new Uint8Array();
      const signature = await this.threshold.sign(repo, k, scheme, signingBytes(scheme, input), opts.context);
      return { key: k.name, algorithm: k.algorithm, scheme, version: 1, publicKey: toHex(pub), signature: toHex(signature) };
    }
    const version = opts.version ?? k.currentVersion;
    if (version !== k.currentVersion) {
      if (!(await repo.getKeyVersion(k.id, version)))
        throw new CustosError('E_KEY_NOT_FOUND', `key "${k.name}" has no version ${version}`, { key: k.name, version });
      throw new CustosError('E_KEY_VERSION_RETIRED', `version ${version} of key "${k.name}" is retired: it verifies but no longer signs`, {
        key: k.name,
        version,
      });
    }
    if (k.custody === 'hsm') return signWithHsmKey(this.inst, repo, k, version, opts.scheme, input, refString(ref));
    return this.withKeySecret(repo, k, version, (secret, pub, cached) => signWith(k.algorithm, secret, pub, version, cached), true);
  }

  /** Remember `identity` as the rows of key `name`'s last hot signature (what `presign` signs under). */
  private rememberRows(name: string, identity: string): void {
    if (this.hotRows.get(name) === identity) return;
    if (this.hotRows.size >= HOT_ROWS_CAP) this.hotRows.clear();
    this.hotRows.set(name, identity);
  }

  /**
   * Sign presigns on `signer` (a BlsPool), or stop (undefined). The caller closes the signer.
   *
   * @example keys.usePresigner(new BlsPool(defaultBlsWorkers()));
   */
  usePresigner(signer: BlsSigner | undefined): void {
    this.presigner = signer;
  }

  /**
   * Compute ahead, off the main thread, the bls-pop signature of `message` by key `name`, for the
   * transaction that may sign it soon (an eth2 duty: docs/decisions/0035-eth2-presign-worker.md).
   * Nothing is decided or released here: only when this instance signed with the key before, and
   * the secret of those rows is still kept hot, is a copy of it posted to the signer; the signature
   * is held beside that secret for a few seconds (keystore/secret-cache.ts) and taken only by a
   * transaction that, after every check it makes today, would sign exactly `message` with exactly
   * that secret. Undefined when there is nothing to presign with (no signer, no kept secret for the
   * key's last rows). Otherwise `arrived` resolves true once this call's signature is held, false when
   * it is not (a worker failure, dropped meanwhile, or presigned by an earlier call), never rejects;
   * `discard` zeroes and drops the presign of this message, arrived or not, once its duty is answered.
   *
   * @example
   *   const ticket = keys.presign('validator-7', signingRoot);
   *   try { return await submitDuty(); } finally { ticket?.discard(); }
   */
  presign(name: string, message: Uint8Array): PresignTicket | undefined {
    const signer = this.presigner;
    const identity = this.hotRows.get(name);
    if (!signer || identity === undefined || this.inst.sealed) return undefined;
    const slot = presignSlot('bls-pop', message);
    const r = this.inst.secrets.reserve(identity, slot);
    if (!r) {
      // Posted before (a duty sent twice at once): whichever answer comes first drops it.
      if (!this.inst.secrets.hasPresign(identity, slot)) return undefined;
      return { arrived: Promise.resolve(false), discard: () => clean(this.inst.secrets.take(identity, slot)) };
    }
    this.presignCounts.posted++;
    let job: ReturnType<BlsSigner['sign']>;
    try {
      job = signer.sign(r.secret, message);
    } catch {
      // A signer that throws (the pool never does) posts nothing: the copy is zeroed and the slot freed; the duty signs inline.
      clean(r.secret);
      r.discard();
      return undefined;
    }
    r.onCancel(job.cancel);
    const arrived = job.signature.then(
      (signature) => {
        const kept = r.fill(signature);
        if (kept) this.presignCounts.arrived++;
        return kept;
      },
      () => r.fill(undefined),
    );
    return { arrived, discard: r.discard };
  }

  /** The presigned signature of `bytes` under the kept secret of rows `identity`, taken (a transaction about to sign them). */
  private takePresign(identity: string, scheme: SignatureScheme, bytes: Uint8Array): Uint8Array | undefined {
    const sig = this.inst.secrets.take(identity, presignSlot(scheme, bytes));
    if (sig) this.presignCounts.used++;
    else if (this.presigner) this.presignCounts.inline++;
    return sig;
  }

  /** Public facts about a key reference for policy (no secrets; derived refs need the instance unsealed). */
  async facts(repo: Repo, refText: string, curve?: Curve): Promise<KeyFacts> {
    const ref = parseKeyRef(refText, curve);
    if (ref.kind === 'derived') {
      const info = await this.wallets.derivedInfo(ref, repo);
      return {
        name: info.name,
        algorithm: info.algorithm,
        custody: info.custody,
        tags: {},
        version: 1,
        state: info.state,
        publicKey: info.publicKey,
        allowRaw: info.allowRaw,
      };
    }
    const k = await this.verified(repo, ref.name);
    const v = await repo.getKeyVersion(k.id, k.currentVersion);
    return {
      name: k.name,
      algorithm: k.algorithm,
      custody: k.custody,
      tags: k.tags,
      version: k.currentVersion,
      state: k.state,
      publicKey: v ? toHex(v.publicKey) : '',
      allowRaw: k.allowRaw,
    };
  }

  /**
   * Verify against one version, or against every version when none is given.
   * A malformed signature throws E_BAD_SIGNATURE (crypto/verify.ts); one whose r
   * and s verify under a version but whose v recovers another key is not valid
   * and names that version in `vMismatch`.
   */
  async verify(
    refText: string,
    input: SignInput,
    signature: Uint8Array,
    opts: { version?: number; scheme?: SignatureScheme; curve?: Curve } & VerifyOptions,
  ): Promise<VerifyResult> {
    const ref: KeyRef = parseKeyRef(refText, opts.curve);
    let algorithm: string;
    let candidates: { version: number; publicKey: Uint8Array }[];
    if (ref.kind === 'derived') {
      const info = await this.wallets.derivedInfo(ref);
      algorithm = info.algorithm;
      candidates = [{ version: 1, publicKey: Buffer.from(info.publicKey, 'hex') }];
    } else {
      const k = await this.records.record(this.inst.store.read, ref.name);
      algorithm = k.algorithm;
      candidates = (await this.inst.store.read.listKeyVersions(k.id)).filter((v) => opts.version === undefined || v.version === opts.version);
      if (candidates.length === 0) throw new CustosError('E_KEY_NOT_FOUND', `key "${k.name}" has no version ${opts.version}`, { key: k.name });
    }
    const alg = getAlgorithm(algorithm);
    const scheme = opts.scheme ?? alg.defaultScheme;
    if (!alg.schemes.includes(scheme)) throw new CustosError('E_UNSUPPORTED', `${algorithm} keys do not sign with ${scheme}`);
    const bytes = signingBytes(scheme, input);
    const prepared = prepareSignature(algorithm, scheme, signature, opts);
    let vMismatch: number | null = null;
    for (const c of [...candidates].reverse()) {
      const verdict = prepared.verify(c.publicKey, bytes);
      if (verdict === 'valid') return { valid: true, version: c.version, key: refString(ref) };
      if (verdict === 'v-mismatch') vMismatch ??= c.version;
    }
    return { valid: false, version: null, key: refString(ref), ...(vMismatch !== null ? { vMismatch } : {}) };
  }
}

/** A presign posted (`Keys.presign`): whether its signature arrived, and how to drop it once its duty is answered. */
export interface PresignTicket {
  arrived: Promise<boolean>;
  discard(): void;
}

/** One key of a bulk import: what to create, its secret, and where it came from (a file or line, named in errors). */
export interface ImportEntry {
  spec: NewKey;
  secret: Uint8Array;
  source?: string;
  /** Extra public audit details of this key (e.g. its keystore's path). */
  details?: Record<string, unknown>;
}

/** What a bulk import returns of each key. */
export interface ImportedKey {
  name: string;
  algorithm: string;
  publicKey: Uint8Array;
  /** secp256k1 keys: the EIP-55 address. */
  ethereumAddress?: string;
}

/** A new key's rows, sealed and MAC'd, not yet written; `audit` is its event. */
interface SealedKey {
  dk: DataKeyRecord;
  key: KeyRecord;
  version: KeyVersionRecord;
  audit: (actor: string) => AuditInput;
}

/** A batch names each key once: the second use of a name is E_NAME_TAKEN naming both entries. */
export function checkBatchNames(items: readonly { name: string; source?: string | undefined }[]): void {
  const seen = new Map<string, string>();
  for (const { name, source } of items) {
    const first = seen.get(name);
    if (first !== undefined) throw nameTaken(name, source ?? name, first);
    seen.set(name, source ?? name);
  }
}

/**
 * E_NAME_TAKEN for a new key's name: already stored, or (`first`: the entry
 * that used it first) twice in one batch; with the import entry's source when
 * there is one.
 */
export function nameTaken(name: string, source?: string, first?: string): CustosError {
  if (source === undefined) return new CustosError('E_NAME_TAKEN', `a key named "${name}" already exists`, { key: name });
  const why = first === undefined ? `a key named "${name}" already exists` : `key name "${name}" is taken (${first} has the same name)`;
  return new CustosError('E_NAME_TAKEN', `${source}: ${why}; nothing was imported`, { key: name, source });
}

/**
 * A watch-only key (custody `watch`) asked to sign or rotate: E_KEY_USAGE, as
 * for a usage the key was not granted; it has no secret to sign with.
 */
export function watchOnly(name: string): CustosError {
  return new CustosError('E_KEY_USAGE', `key "${name}" is watch-only (a public key without a secret): it verifies and derives addresses, but never signs`, {
    key: name,
    usage: 'sign',
    custody: 'watch',
  });
}

/**
 * A cold key (custody `cold`) asked to sign online: E_COLD_KEY. It signs only
 * on its air-gapped instance, for an export verified there (docs/custody-tiers.md).
 */
export function coldKey(name: string): CustosError {
  return new CustosError(
    'E_COLD_KEY',
    `key "${name}" is cold: it never signs online; submit the request with offline: true (--offline), then request export / offline sign / request import`,
    { key: name, custody: 'cold' },
  );
}

/** SHA-256 of what the caller submitted (digest or message): lets the trail match a signature to its payload without storing it. */
export function payloadDigest(input: SignInput): string {
  const bytes = input.digest ?? input.message ?? new Uint8Array();
  return createHash('sha256').update(bytes).digest('hex');
}
