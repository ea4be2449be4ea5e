/**
 * A custos instance: its store, its seal, its barrier and its audit trail.
 * The CLI (local mode) and the server both work through an Instance; nothing
 * else opens the barrier.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, existsSync, chmodSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CustosError } from '../errors.js';
import { AeadError } from '../crypto/aead.js';
import { clean, equalBytes, fromHex, toHex } from '../crypto/bytes.js';
import { getAlgorithm } from '../crypto/algorithms.js';
import { openStore, type Store } from '../store/store.js';
import type { Repo } from '../store/repo.js';
import type { DataKeyRecord } from '../store/records.js';
import { appendEvent, type AuditInput } from '../audit/trail.js';
import { signCheckpoint } from '../audit/chain.js';
import { Barrier, type RootWrapper } from './barrier.js';
import type { Hsm } from './pkcs11.js';
import { AuthenticatedRecords } from './authenticated.js';
import { SecretCache } from './secret-cache.js';
import { assertMaterialFor, createSeal, deriveWrapper, type SealConfig, type SealSpec, type UnsealMaterial } from './seal.js';

/**
 * What keystore/ and the threshold vault use of the barrier: data keys and
 * sealed records, never the root key or the seal. Opening and storing a data
 * key follow the store's root version: a data key another instance re-wrapped
 * under a newer root (rotate-root on a shared store) makes this instance adopt
 * that root first (Instance.catchUpRoot).
 */
export interface RecordSealer extends Pick<Barrier, 'newDataKey' | 'sealRecord' | 'openRecord'> {
  /** Unwrap a data key read through `repo` (the caller's transaction, or the store's reader); `owner` names what it protects, for the error. */
  openDataKey(rec: DataKeyRecord | undefined, owner: string, repo: Repo): Promise<Uint8Array>;
  /** Store a data key made by `newDataKey` in the caller's transaction, under the store's current root version. */
  insertDataKey(repo: Repo, rec: DataKeyRecord): Promise<void>;
}
import { checkUnsealAllowed, recordUnsealFailure, resetUnsealFailures } from './unseal-guard.js';

export interface Location {
  /** Data directory (SQLite file custos.db inside), used when no store URL is given. */
  data: string;
  /** Optional store location (sqlite:PATH; postgres:// in a later release). */
  store?: string;
}

interface AuditKeyMeta {
  publicKey: string;
  dataKeyId: string;
  ciphertext: string;
}

const AUDIT_KEY_AAD = (instanceId: string) => `custos:audit-key:${instanceId}`;

/** The row-MAC key is a data key like any other: wrapped by the root key, so rotate-root keeps every MAC valid. */
interface MacKeyMeta {
  dataKeyId: string;
}

/** What the audit trail says about a seal (public parameters only). */
function sealDetails(config: SealConfig): Record<string, unknown> {
  if (config.kind === 'shamir') return { shares: config.shares, threshold: config.threshold };
  if (config.kind === 'pkcs11') return { token: config.token, keyLabel: config.keyLabel, mechanism: config.mechanism };
  return { kdf: { ...config.kdf, salt: undefined } };
}

function storeLocation(loc: Location): string {
  return loc.store ?? `sqlite:${join(resolve(loc.data), 'custos.db')}`;
}

export interface InitResult {
  instance: Instance;
  instanceId: string;
  seal: SealConfig['kind'];
  /** Shamir only: the unseal shares, to hand out once. */
  mnemonics?: string[];
}

export class Instance {
  private readonly barrier: Barrier;
  /** Row MACs: every authenticated row is signed and verified through this (keystore/authenticated.ts). */
  readonly records: AuthenticatedRecords;
  /** Data keys and sealed records (keystore/ and the threshold vault). */
  readonly sealer: RecordSealer;
  /** Hot keys' unsealed secrets between signatures (keystore/secret-cache.ts): zeroed at seal. */
  readonly secrets = new SecretCache();

  private constructor(
    readonly store: Store,
    readonly instanceId: string,
    private sealConfig_: SealConfig,
    readonly auditPublicKey: Uint8Array,
    readonly location: string,
    /** The data directory (where this host's settings live, e.g. DATA/pkcs11.json). */
    readonly dataDir: string,
    barrier?: Barrier,
  ) {
    this.barrier = barrier ?? new Barrier(instanceId);
    const b = this.barrier;
    this.sealer = {
      newDataKey: (createdAt) => b.newDataKey(createdAt),
      sealRecord: (dek, plaintext, aad) => b.sealRecord(dek, plaintext, aad),
      openRecord: (dek, ciphertext, aad, record) => b.openRecord(dek, ciphertext, aad, record),
      openDataKey: (rec, owner, repo) => this.openDataKey(rec, owner, repo),
      insertDataKey: (repo, rec) => this.insertDataKey(repo, rec),
    };
    this.records = new AuthenticatedRecords(() => this.barrier.assertUnsealed());
  }

  get sealConfig(): SealConfig {
    return this.sealConfig_;
  }

  /** Create a new instance: root key, seal, audit key, first audit event. */
  static async init(loc: Location, spec: SealSpec, actor: string): Promise<InitResult> {
    const location = storeLocation(loc);
    if (!loc.store && existsSync(join(resolve(loc.data), 'custos.db'))) {
      const existing = await openStore(location);
      const id = await existing.read.getMeta('instance_id').finally(() => existing.close());
      if (id) throw new CustosError('E_ALREADY_INITIALIZED', `an instance already exists at ${location}`);
    }
    const sealed = await createSeal(spec); // validates the seal parameters before anything is created
    if (!loc.store) {
      mkdirSync(loc.data, { recursive: true, mode: 0o700 });
      chmodSync(loc.data, 0o700);
    }
    const store = await openStore(location);
    try {
      if (await store.read.getMeta('instance_id')) {
        throw new CustosError('E_ALREADY_INITIALIZED', `an instance already exists at ${location}`);
      }
      const instanceId = randomUUID();
      const probe = new Barrier(instanceId);
      const wrappedRoot = probe.initRoot(sealed.wrapper);
      const config = { ...sealed.config, rootVersion: 1, wrappedRoot: toHex(wrappedRoot) } as SealConfig;

      const ed = getAlgorithm('ed25519');
      const auditSecret = ed.generate();
      const auditPublic = ed.publicKey(auditSecret);
      const now = new Date();
      const mac = probe.newDataKey(now.toISOString());
      const { record, dek } = probe.newDataKey(now.toISOString());
      const auditMeta: AuditKeyMeta = {
        publicKey: toHex(auditPublic),
        dataKeyId: record.id,
        ciphertext: toHex(probe.sealRecord(dek, auditSecret, AUDIT_KEY_AAD(instanceId))),
      };
      clean(dek, auditSecret);

      await store.tx(async (repo) => {
        if (await repo.getMeta('instance_id')) throw new CustosError('E_ALREADY_INITIALIZED', `an instance already exists at ${location}`);
        await repo.setMeta('instance_id', instanceId);
        await repo.setMeta('created_at', now.toISOString());
        await repo.setMeta('seal', JSON.stringify(config));
        await repo.insertDataKey(record);
        await repo.setMeta('audit_key', JSON.stringify(auditMeta));
        await repo.insertDataKey(mac.record);
        await repo.setMeta('mac_key', JSON.stringify({ dataKeyId: mac.record.id } satisfies MacKeyMeta));
        await appendEvent(
          repo,
          {
            actor,
            action: 'instance.init',
            subject: `instance/${instanceId}`,
            details: { seal: config.kind, auditPublicKey: auditMeta.publicKey, ...sealDetails(config) },
          },
          now,
        );
      });
      // The new instance stays unsealed with the root key just made.
      const instance = new Instance(store, instanceId, config, auditPublic, location, resolve(loc.data), probe);
      instance.adoptHsm(sealed.wrapper);
      instance.records.adoptKey(mac.dek);
      return { instance, instanceId, seal: config.kind, ...(sealed.mnemonics ? { mnemonics: sealed.mnemonics } : {}) };
    } catch (e) {
      sealed.wrapper.forget();
      await store.close().catch(() => undefined);
      throw e;
    }
  }

  /** Open an existing instance (sealed). */
  static async open(loc: Location): Promise<Instance> {
    const location = storeLocation(loc);
    if (!loc.store && !existsSync(join(resolve(loc.data), 'custos.db'))) {
      throw new CustosError('E_NOT_INITIALIZED', `no custos instance at ${resolve(loc.data)}: run "custos init --data ${loc.data}"`);
    }
    const store = await openStore(location);
    try {
      const id = await store.read.getMeta('instance_id');
      const seal = await store.read.getMeta('seal');
      const audit = await store.read.getMeta('audit_key');
      if (!id || !seal || !audit) throw new CustosError('E_NOT_INITIALIZED', `no custos instance at ${store.driver.location}`); // without credentials
      const auditMeta = JSON.parse(audit) as AuditKeyMeta;
      return new Instance(store, id, JSON.parse(seal) as SealConfig, fromHex(auditMeta.publicKey, 'audit_key.publicKey', 32), location, resolve(loc.data));
    } catch (e) {
      await store.close().catch(() => undefined);
      throw e;
    }
  }

  get sealed(): boolean {
    return this.barrier.sealed;
  }

  /** The version of the root key this instance holds (data keys wrapped under another are opened through `sealer`, which follows the store). */
  get rootVersion(): number {
    return this.barrier.rootVersion;
  }

  /** E_SEALED unless unsealed: what every public operation on key material checks first. */
  assertUnsealed(): void {
    this.barrier.assertUnsealed();
  }

  /**
   * Unseal with operator material. Each attempt is first counted as a failure
   * in the same transaction that checks the slow-down (so parallel guesses
   * cannot slip past it) and the count is reset only on success.
   */
  async unseal(material: UnsealMaterial, actor: string): Promise<void> {
    // The seal as stored now: another instance may have rotated the root or rekeyed since this one opened.
    this.sealConfig_ = await this.storedSeal(this.store.read).catch((e: unknown) => {
      if ('passphrase' in material) clean(material.passphrase);
      if ('hsm' in material) clean(material.hsm.pin);
      throw e;
    });
    assertMaterialFor(this.sealConfig_, material);
    // A pkcs11 seal takes no material from whoever asks (the PIN is the host's): nothing to guess here,
    // and the token's own PIN retry counter guards the PIN.
    const guarded = this.sealConfig_.kind !== 'pkcs11';
    if (guarded) {
      await this.store.tx(async (repo) => {
        await checkUnsealAllowed(repo);
        await recordUnsealFailure(repo);
      });
    }
    try {
      const wrapper = await deriveWrapper(this.sealConfig_, material);
      this.barrier.unseal(wrapper, fromHex(this.sealConfig_.wrappedRoot, 'seal.wrappedRoot'), this.sealConfig_.rootVersion);
      this.adoptHsm(wrapper);
    } catch (e) {
      const hsmRefused = e instanceof CustosError && (e.code === 'E_HSM_PIN' || e.code === 'E_HSM_KEY' || e.code === 'E_HSM_TOKEN');
      if (e instanceof AeadError || hsmRefused || (e instanceof CustosError && e.code === 'E_BAD_SHARES')) {
        const kind = this.sealConfig_.kind;
        const code = e instanceof CustosError ? e.code : kind === 'passphrase' ? 'E_BAD_PASSPHRASE' : kind === 'pkcs11' ? 'E_HSM_KEY' : 'E_BAD_SHARES';
        const msg =
          e instanceof CustosError
            ? e.message
            : kind === 'passphrase'
              ? 'wrong passphrase'
              : kind === 'pkcs11'
                ? "the HSM key does not unwrap this instance's root key"
                : 'the shares do not unseal this instance';
        await this.store.tx((repo) =>
          appendEvent(repo, { actor, action: 'seal.unseal_failed', subject: `instance/${this.instanceId}`, details: { reason: msg } }),
        );
        throw new CustosError(code, msg, e instanceof CustosError ? e.details : undefined);
      }
      throw e;
    } finally {
      if ('passphrase' in material) clean(material.passphrase);
      if ('hsm' in material) clean(material.hsm.pin);
    }
    // The material was right: this was no guess, whatever the stored keys below turn out to be.
    if (guarded) await this.store.tx((repo) => resetUnsealFailures(repo));
    try {
      await this.loadMacKey();
      await this.withAuditKey(async (secret) => {
        if (!equalBytes(getAlgorithm('ed25519').publicKey(secret), this.auditPublicKey)) {
          throw new CustosError('E_TAMPERED', 'stored record audit key: its public key does not match the sealed audit key', { record: 'audit key' });
        }
      });
    } catch (e) {
      this.seal();
      throw e;
    }
  }

  private async loadMacKey(): Promise<void> {
    const raw = await this.store.read.getMeta('mac_key');
    if (!raw) throw new CustosError('E_TAMPERED', 'stored record mac key is missing', { record: 'mac key' });
    const meta = JSON.parse(raw) as MacKeyMeta;
    this.records.adoptKey(await this.openDataKey(await this.store.read.getDataKey(meta.dataKeyId), 'mac key', this.store.read));
  }

  /** Forget the root key and everything derived from it (and close the HSM session of a pkcs11 seal). */
  seal(): void {
    this.secrets.clear();
    this.records.forget();
    this.barrier.seal();
    this.hsm_ = null;
  }

  private hsm_: Hsm | null = null;

  /** The logged-in token of a pkcs11-sealed instance (unsealed only): where HSM-resident keys live and sign. */
  get hsm(): Hsm {
    this.barrier.assertUnsealed();
    if (!this.hsm_) {
      throw new CustosError(
        'E_UNSUPPORTED',
        'HSM keys need an instance sealed by pkcs11 (custos init --seal pkcs11, or custos operator rekey --to pkcs11): they live on the token that seals it',
      );
    }
    return this.hsm_;
  }

  private adoptHsm(wrapper: RootWrapper): void {
    this.hsm_ = 'hsm' in wrapper ? (wrapper as RootWrapper & { hsm: Hsm }).hsm : null;
  }

  /** Run `fn` in a transaction and append its audit event in the same transaction. */
  async mutate<T>(fn: (repo: Repo) => Promise<{ result: T; audit: AuditInput | AuditInput[] }>): Promise<T> {
    return this.store.tx(async (repo) => {
      const { result, audit } = await fn(repo);
      for (const a of Array.isArray(audit) ? audit : [audit]) await appendEvent(repo, a);
      return result;
    });
  }

  /**
   * Open a data key, following the store's root version: a key of a newer
   * root makes this instance adopt that root (catchUpRoot); a key of an older
   * one is read again (another call may have adopted a newer root since it was
   * read) and refused if it still is older.
   */
  private async openDataKey(rec: DataKeyRecord | undefined, owner: string, repo: Repo): Promise<Uint8Array> {
    this.barrier.assertUnsealed();
    if (rec && rec.rootVersion > this.barrier.rootVersion) await this.catchUpRoot(repo);
    if (rec && rec.rootVersion < this.barrier.rootVersion) {
      const again = await repo.getDataKey(rec.id);
      if (again && again.rootVersion === this.barrier.rootVersion) rec = again;
    }
    return this.barrier.openDataKey(rec, owner);
  }

  /** Root versions of the seal already read in a transaction (the seal changes only in exclusive transactions). */
  private readonly txRootVersions = new WeakMap<Repo, number>();

  private async insertDataKey(repo: Repo, rec: DataKeyRecord): Promise<void> {
    let stored = this.txRootVersions.get(repo);
    if (stored === undefined) {
      stored = (await this.storedSeal(repo)).rootVersion;
      this.txRootVersions.set(repo, stored);
    }
    if (rec.rootVersion !== stored) {
      if (rec.rootVersion !== this.barrier.rootVersion || stored < rec.rootVersion)
        throw new CustosError('E_UNAVAILABLE', 'the root key was rotated while this change was prepared: try again', { rootVersion: stored });
      // Made under the root this instance still held: wrap it again under the store's newer root.
      const dek = this.barrier.openDataKey(rec, `data key ${rec.id}`);
      try {
        await this.catchUpRoot(repo);
        if (this.barrier.rootVersion !== stored) throw new CustosError('E_UNAVAILABLE', 'the root key was rotated while this change was prepared: try again');
        rec = this.barrier.wrapDataKey(rec.id, dek, rec.createdAt);
      } finally {
        clean(dek);
      }
    }
    await repo.insertDataKey(rec);
  }

  private async storedSeal(reader: Pick<Repo, 'getMeta'>): Promise<SealConfig> {
    const raw = await reader.getMeta('seal');
    if (!raw) throw new CustosError('E_TAMPERED', 'stored record seal is missing', { record: 'seal' });
    return JSON.parse(raw) as SealConfig;
  }

  /**
   * Adopt the store's root key if another instance rotated it: its wrapped
   * root is opened with the unseal key (or HSM key) this instance holds while
   * unsealed. Never an older version; a newer one that does not open is
   * E_TAMPERED (also when the seal was rekeyed elsewhere: unseal again).
   */
  async catchUpRoot(reader: Pick<Repo, 'getMeta'>): Promise<void> {
    const config = await this.storedSeal(reader);
    if (this.barrier.sealed || config.rootVersion <= this.barrier.rootVersion) return;
    this.barrier.adoptRoot(fromHex(config.wrappedRoot, 'seal.wrappedRoot'), config.rootVersion);
    this.adoptSealConfig(config);
  }

  /** Persist a new seal configuration (rekey / rotate-root) in the given transaction. */
  private async saveSealConfig(repo: Repo, config: SealConfig): Promise<void> {
    await repo.setMeta('seal', JSON.stringify(config));
  }

  private adoptSealConfig(config: SealConfig): void {
    this.sealConfig_ = config;
    this.secrets.clear(); // kept under the data keys' former wrapping: a new root (or seal) opens them again
  }

  /**
   * Rotate the root key: every data key is re-wrapped (key material is never
   * decrypted), in one transaction. `within` runs first in that transaction
   * (a schedule's slot claim: it throws to abandon the rotation). Another
   * instance's earlier rotation is adopted first, so this one builds on it.
   */
  async rotateRoot(actor: string, within?: (repo: Repo) => Promise<void>): Promise<{ rootVersion: number; dataKeys: number }> {
    this.barrier.assertUnsealed();
    let prepared: ReturnType<Barrier['prepareRotation']> | undefined;
    try {
      const result = await this.mutate(async (repo) => {
        await within?.(repo);
        await this.catchUpRoot(repo);
        const stored = await this.storedSeal(repo);
        if (stored.rootVersion !== this.barrier.rootVersion || stored.wrappedRoot !== this.sealConfig_.wrappedRoot)
          throw new CustosError('E_UNAVAILABLE', 'the seal was changed on another instance (rekey): unseal this instance again before rotating the root key');
        const dataKeys = await repo.listDataKeys();
        prepared = this.barrier.prepareRotation(dataKeys);
        for (const dk of prepared.rewrapped) await repo.rewrapDataKey(dk.id, dk.wrapped, dk.rootVersion);
        const config: SealConfig = { ...this.sealConfig, rootVersion: prepared.newVersion, wrappedRoot: toHex(prepared.wrappedRoot) };
        await this.saveSealConfig(repo, config);
        return {
          result: { config, rootVersion: prepared.newVersion, dataKeys: dataKeys.length },
          audit: {
            actor,
            action: 'operator.rotate_root',
            subject: `instance/${this.instanceId}`,
            details: { rootVersion: prepared.newVersion, dataKeys: dataKeys.length },
          },
        };
      });
      this.barrier.commitRotation(prepared!.newRoot, prepared!.newVersion);
      this.adoptSealConfig(result.config);
      return { rootVersion: result.rootVersion, dataKeys: result.dataKeys };
    } catch (e) {
      clean(prepared?.newRoot);
      throw e;
    }
  }

  /**
   * New unseal material for the same root key (also a migration between seal
   * kinds: passphrase, shamir, pkcs11); returns the new shares for a Shamir seal.
   * Nothing changes unless the new seal is persisted.
   */
  async rekey(spec: SealSpec, actor: string): Promise<{ seal: SealConfig['kind']; mnemonics?: string[] }> {
    this.barrier.assertUnsealed();
    const sealed = await createSeal(spec);
    let adopted = false;
    try {
      const config = { ...sealed.config, rootVersion: this.barrier.rootVersion, wrappedRoot: toHex(this.barrier.wrapRoot(sealed.wrapper)) } as SealConfig;
      await this.mutate(async (repo) => {
        await this.saveSealConfig(repo, config);
        return {
          result: undefined,
          audit: {
            actor,
            action: 'operator.rekey',
            subject: `instance/${this.instanceId}`,
            details: { seal: config.kind, previous: this.sealConfig_.kind, ...(config.kind === 'passphrase' ? {} : sealDetails(config)) },
          },
        };
      });
      this.barrier.adoptWrapper(sealed.wrapper);
      adopted = true;
      this.adoptHsm(sealed.wrapper);
      this.adoptSealConfig(config);
      return { seal: config.kind, ...(sealed.mnemonics ? { mnemonics: sealed.mnemonics } : {}) };
    } finally {
      if (!adopted) sealed.wrapper.forget();
    }
  }

  /** Run `fn` with the audit signing key (unsealed only); the key is zeroed after. */
  async withAuditKey<T>(fn: (secret: Uint8Array) => Promise<T>): Promise<T> {
    this.barrier.assertUnsealed();
    const raw = await this.store.read.getMeta('audit_key');
    if (!raw) throw new CustosError('E_TAMPERED', 'stored record audit key is missing');
    const meta = JSON.parse(raw) as AuditKeyMeta;
    const dek = await this.openDataKey(await this.store.read.getDataKey(meta.dataKeyId), 'audit key', this.store.read);
    const secret = this.barrier.openRecord(dek, fromHex(meta.ciphertext, 'audit_key.ciphertext'), AUDIT_KEY_AAD(this.instanceId), 'audit key');
    clean(dek);
    try {
      return await fn(secret);
    } finally {
      clean(secret);
    }
  }

  /** Sign a checkpoint over the current head if it moved since the last one. Returns the new checkpoint seq or null. */
  async checkpoint(): Promise<number | null> {
    if (this.sealed) return null;
    return this.withAuditKey(async (secret) =>
      this.store.tx(async (repo) => {
        const head = await repo.lastEvent();
        const last = await repo.lastCheckpoint();
        if (!head || (last && last.seq >= head.seq)) return null;
        await repo.insertCheckpoint(signCheckpoint(this.instanceId, secret, { seq: head.seq, hash: head.hash, ts: new Date().toISOString() }));
        return head.seq;
      }),
    );
  }

  /**
   * Checkpoint (when unsealed), forget the root key and close the store. With
   * `quiet`, a failing checkpoint does not throw (the caller is already
   * reporting another error).
   */
  async close(opts: { quiet?: boolean } = {}): Promise<void> {
    try {
      if (!this.sealed) await this.checkpoint();
    } catch (e) {
      if (!opts.quiet) throw e;
    } finally {
      this.seal();
      await this.store.close();
    }
  }
}
