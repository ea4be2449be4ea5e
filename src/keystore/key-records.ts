/**
 * The authenticated key records: reading a `keys` row with its row MAC
 * checked, writing one with a fresh MAC, and describing it. No key material
 * passes through here (secrets are `Keys`' business); this is what both
 * `Keys` and the threshold coordinator build on, so neither needs the other
 * (the coordinator records a DKG's key here; `Keys` signs with a threshold
 * key through the `ThresholdSigner` port it is given).
 */
import { CustosError } from '../errors.js';
import { getAlgorithm, type Algorithm } from '../crypto/algorithms.js';
import { addressesFor, ethereumAddress } from '../crypto/addresses.js';
import { toHex } from '../crypto/bytes.js';
import { appendEvent } from '../audit/trail.js';
import type { Repo } from '../store/repo.js';
import type { KeyRecord, KeyVersionRecord } from '../store/records.js';
import type { Instance } from './instance.js';
import { checkName, checkTags } from './refs.js';
import type { KeyInfo, ThresholdKeyRecords, ThresholdKeySpec } from './types.js';

export function keyNotFound(name: string): CustosError {
  return new CustosError('E_KEY_NOT_FOUND', `no key named "${name}"`, { key: name });
}

/** Public information about a stored key and its versions. */
export function keyInfo(k: KeyRecord, versions: KeyVersionRecord[]): KeyInfo {
  const current = versions.find((v) => v.version === k.currentVersion);
  const publicKey = current ? current.publicKey : new Uint8Array();
  return {
    name: k.name,
    id: k.id,
    algorithm: k.algorithm,
    custody: k.custody,
    state: k.state,
    exportable: k.exportable,
    allowRaw: k.allowRaw,
    origin: k.origin,
    tags: k.tags,
    currentVersion: k.currentVersion,
    publicKey: toHex(publicKey),
    addresses: current ? addressesFor(k.algorithm as Algorithm, publicKey) : {},
    versions: versions.map((v) => ({
      version: v.version,
      publicKey: toHex(v.publicKey),
      createdAt: v.createdAt,
      status: v.version === k.currentVersion ? 'current' : 'retired',
    })),
    createdAt: k.createdAt,
  };
}

/**
 * The locators the index holds for a key version: a secp256k1 key's Ethereum address and a
 * bls12-381 key's public key (migration 12), both 0x-hex lowercase. An address has 40 hex digits,
 * a BLS public key 96: one column holds both without ambiguity.
 */
function indexedAddresses(algorithm: string, publicKey: Uint8Array): string[] {
  if (publicKey.length === 0) return [];
  // A Safe account (src/safe/) has no public key of its own: its "public key" is its 20-byte address.
  if (algorithm === 'secp256k1' && publicKey.length === 20) return [`0x${toHex(publicKey)}`];
  if (algorithm === 'secp256k1') return [ethereumAddress(publicKey).toLowerCase()];
  if (algorithm === 'bls12-381') return [`0x${toHex(publicKey)}`];
  return [];
}

export class KeyRecords implements ThresholdKeyRecords {
  /** Whether this process has seen the index complete (migrations 8 and 12 leave existing keys to index). */
  private indexReady = false;

  constructor(private readonly inst: Instance) {}

  /**
   * Point the address index at a key's current version, inside the
   * transaction that writes the key or version: every row MACed, so a
   * database writer cannot point an address at another key.
   */
  async indexIn(repo: Repo, k: KeyRecord, version: number, publicKey: Uint8Array): Promise<void> {
    const rows = indexedAddresses(k.algorithm, publicKey).map((address) => this.inst.records.sign('keyAddresses', { address, keyId: k.id, version }));
    await repo.setKeyAddresses(k.id, rows);
  }

  /**
   * The name of the active key whose current version holds an Ethereum
   * address, or null: one indexed read, whatever the number of keys (see `activeFor`).
   */
  async nameForAddress(repo: Repo, address: string): Promise<string | null> {
    return (await this.activeFor(repo, address.toLowerCase()))?.name ?? null;
  }

  /**
   * The active bls12-381 key whose current version is `pubkey` (0x-hex, lowercase), MAC-checked,
   * or null: one indexed read, whatever the number of keys (the eth2 listener's lookup).
   */
  async blsKey(repo: Repo, pubkey: string): Promise<KeyRecord | null> {
    const k = await this.activeFor(repo, pubkey);
    return k && k.algorithm === 'bls12-381' ? k : null;
  }

  /** Every active bls12-381 key with its public key (0x-hex), index rows and records MAC-checked: one read. */
  async blsKeys(repo: Repo): Promise<{ pubkey: string; key: KeyRecord }[]> {
    await this.ensureIndexed();
    const out: { pubkey: string; key: KeyRecord }[] = [];
    for (const { index, key } of await repo.indexedKeys('bls12-381')) {
      this.inst.records.verify('keyAddresses', index);
      this.inst.records.verify('keys', key);
      if (key.state === 'active' && key.currentVersion === index.version) out.push({ pubkey: index.address, key });
    }
    return out;
  }

  /**
   * The key an index row names, MAC-checked, when it is active at that version, else null. A row
   * counts only with a valid MAC and when its key (MAC-checked) is active at the row's version, so a
   * stale row (a rotated key) or a replayed one points nowhere, and a re-pointed one is E_TAMPERED.
   * Two active keys with one locator: the last by name, as the listing it replaces did.
   */
  private async activeFor(repo: Repo, locator: string): Promise<KeyRecord | null> {
    return (await this.holdersOf(repo, locator)).filter((k) => k.state === 'active').pop() ?? null;
  }

  /** The keys whose current version holds a locator, in any state but destroyed, MAC-checked (index rows too), by name. */
  async holdersOf(repo: Repo, locator: string): Promise<KeyRecord[]> {
    await this.ensureIndexed();
    const out: KeyRecord[] = [];
    for (const { index, key } of await repo.keysByAddress(locator)) {
      this.inst.records.verify('keyAddresses', index);
      this.inst.records.verify('keys', key);
      if (key.state !== 'destroyed' && key.currentVersion === index.version) out.push(key);
    }
    return out;
  }

  /** Index the keys stored before migration 8 (addresses) or 12 (BLS public keys), once (one transaction; the MACs need the instance unsealed). */
  private async ensureIndexed(): Promise<void> {
    if (this.indexReady) return;
    if ((await this.inst.store.read.getMeta('address_index')) === 'backfill') {
      await this.inst.store.tx(async (repo) => {
        if ((await repo.getMeta('address_index')) !== 'backfill') return; // another instance did it
        for (const k of await repo.listKeys()) {
          const v = await repo.getKeyVersion(k.id, k.currentVersion);
          if (v) await this.indexIn(repo, k, v.version, v.publicKey);
        }
        await repo.setMeta('address_index', 'done');
      });
    }
    this.indexReady = true;
  }

  /** The record as stored (listings and public reads: no MAC check). */
  async record(repo: Repo, name: string): Promise<KeyRecord> {
    const k = await repo.getKeyByName(name);
    if (!k) throw keyNotFound(name);
    return k;
  }

  /** The record with its row MAC checked (unsealed only): what every use of a key goes through. */
  async verified(repo: Repo, name: string): Promise<KeyRecord> {
    // The MAC is checked on the row the transaction read, once per read of the row (not per use of it: decision 0028's row cache);
    // sealed is refused on every use, as when every use checked the MAC.
    this.inst.assertUnsealed();
    const k = await repo.getKeyByName(name, (row) => void this.inst.records.verify('keys', row));
    if (!k) throw keyNotFound(name);
    return k;
  }

  withMac(k: Omit<KeyRecord, 'mac'>): KeyRecord {
    return this.inst.records.sign('keys', k);
  }

  assertUsable(k: KeyRecord): void {
    if (k.state === 'destroyed') throw new CustosError('E_KEY_DESTROYED', `key "${k.name}" was destroyed`, { key: k.name });
    if (k.state === 'disabled') throw new CustosError('E_KEY_DISABLED', `key "${k.name}" is disabled`, { key: k.name });
  }

  /** Public information for a stored key by name (no MAC check, like every listing). */
  async show(name: string): Promise<KeyInfo> {
    const k = await this.record(this.inst.store.read, name);
    return keyInfo(k, await this.inst.store.read.listKeyVersions(k.id));
  }

  /**
   * Record a threshold key made by a DKG, inside the caller's transaction: the
   * group public key only (no secret exists here), custody `threshold`.
   */
  async insertThresholdIn(repo: Repo, spec: ThresholdKeySpec, actor: string, details: Record<string, unknown>): Promise<KeyInfo> {
    const name = checkName(spec.name, 'key');
    if (await repo.getKeyByName(name)) throw new CustosError('E_NAME_TAKEN', `a key named "${name}" already exists`, { key: name });
    const now = new Date().toISOString();
    const key: KeyRecord = this.withMac({
      id: spec.id,
      name,
      algorithm: getAlgorithm(spec.algorithm).name,
      custody: 'threshold',
      state: 'active',
      exportable: false,
      allowRaw: spec.allowRaw === true,
      tags: checkTags(spec.tags),
      origin: 'generated',
      currentVersion: 1,
      dataKeyId: null,
      createdAt: now,
      updatedAt: now,
    });
    const version: KeyVersionRecord = { keyId: key.id, version: 1, publicKey: spec.publicKey, ciphertext: null, createdAt: now };
    await repo.insertKey(key);
    await repo.insertKeyVersion(version);
    await this.indexIn(repo, key, 1, spec.publicKey);
    await appendEvent(repo, {
      actor,
      action: 'key.create',
      subject: `key/${name}`,
      details: { algorithm: key.algorithm, custody: 'threshold', tags: key.tags, publicKey: toHex(spec.publicKey), ...details },
    });
    return keyInfo(key, [version]);
  }

  /** A threshold key's record, MAC-checked (the coordinator's refresh and reshare). */
  async thresholdRecord(repo: Repo, name: string): Promise<KeyRecord> {
    const k = await this.verified(repo, name);
    if (k.custody !== 'threshold') throw new CustosError('E_UNSUPPORTED', `key "${name}" is not a threshold key`, { key: name });
    this.assertUsable(k);
    return k;
  }
}
