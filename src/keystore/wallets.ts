/**
 * HD wallets: a sealed seed from which accounts are derived on use
 * (BIP32/BIP44 for secp256k1, SLIP-10 for ed25519, EIP-2333 for BLS). The
 * seed is decrypted only inside the barrier, for one derivation.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { CustosError, badInput } from '../errors.js';
import { getAlgorithm } from '../crypto/algorithms.js';
import { addressesFor } from '../crypto/addresses.js';
import { clean, toHex } from '../crypto/bytes.js';
import { assertMnemonic, generateMnemonic, mnemonicToSeed } from '../hd/bip39.js';
import { deriveSecret, xpub } from '../hd/derive.js';
import type { Repo } from '../store/repo.js';
import { appendEvent } from '../audit/trail.js';
import type { Origin, WalletRecord } from '../store/records.js';
import type { Instance } from './instance.js';
import { checkName, type KeyRef } from './refs.js';
import type { KeyInfo } from './types.js';

type DerivedRef = Extract<KeyRef, { kind: 'derived' }>;

export interface WalletInfo {
  name: string;
  id: string;
  state: string;
  origin: Origin;
  /** Accounts derived from this wallet may sign raw digests and messages. */
  allowRaw: boolean;
  createdAt: string;
}

/** Key usages granted at creation (raw signing is off unless asked for). */
export interface Usage {
  allowRaw?: boolean;
}

const walletAad = (id: string) => `custos:wallet:${id}`;

function toInfo(w: WalletRecord): WalletInfo {
  return { name: w.name, id: w.id, state: w.state, origin: w.origin, allowRaw: w.allowRaw, createdAt: w.createdAt };
}

export class Wallets {
  constructor(private readonly inst: Instance) {}

  private async record(repo: Repo, name: string): Promise<WalletRecord> {
    const w = await repo.getWalletByName(name);
    if (!w) throw new CustosError('E_WALLET_NOT_FOUND', `no wallet named "${name}"`, { wallet: name });
    if (w.state === 'destroyed') throw new CustosError('E_KEY_DESTROYED', `wallet "${name}" was destroyed`, { wallet: name });
    return w;
  }

  /**
   * New wallet. With `showMnemonic` a BIP39 mnemonic is generated and returned
   * once (the seed is its BIP39 seed, empty passphrase); without it the seed is
   * 16 (12 words) or 32 (24 words) random bytes, meant to be backed up as
   * SLIP-39 shares (`custos backup create --wallet`), and nothing is shown.
   */
  async create(name: string, words: 12 | 24, showMnemonic: boolean, actor: string, usage: Usage = {}): Promise<{ wallet: WalletInfo; mnemonic?: string }> {
    if (showMnemonic) {
      const mnemonic = generateMnemonic(words);
      const seed = mnemonicToSeed(mnemonic);
      try {
        return { wallet: await this.storeSeed(name, seed, 'generated', actor, { words, shown: true }, usage), mnemonic };
      } finally {
        clean(seed);
      }
    }
    const seed = new Uint8Array(randomBytes(words === 12 ? 16 : 32));
    try {
      return { wallet: await this.storeSeed(name, seed, 'generated', actor, { bytes: seed.length, shown: false }, usage) };
    } finally {
      clean(seed);
    }
  }

  async importMnemonic(name: string, mnemonic: string, bip39Passphrase: string, actor: string, usage: Usage = {}): Promise<WalletInfo> {
    assertMnemonic(mnemonic);
    const seed = mnemonicToSeed(mnemonic, bip39Passphrase);
    try {
      return await this.storeSeed(name, seed, 'imported', actor, { format: 'bip39', withPhrase: bip39Passphrase.length > 0 }, usage);
    } finally {
      clean(seed);
    }
  }

  /** Store a raw BIP32 seed (16..64 bytes): `wallet import --seed-file`, SLIP-39 restore. */
  async storeSeed(name: string, seed: Uint8Array, origin: Origin, actor: string, details: Record<string, unknown>, usage: Usage = {}): Promise<WalletInfo> {
    this.inst.assertUnsealed();
    checkName(name, 'wallet');
    if (seed.length < 16 || seed.length > 64) throw badInput(`a wallet seed must be 16..64 bytes, got ${seed.length}`, { field: 'seed' });
    const now = new Date().toISOString();
    const { record: dk, dek } = this.inst.sealer.newDataKey(now);
    const id = randomUUID();
    const allowRaw = usage.allowRaw === true;
    const base = {
      id,
      name,
      state: 'active' as const,
      origin,
      allowRaw,
      dataKeyId: dk.id,
      ciphertext: this.inst.sealer.sealRecord(dek, seed, walletAad(id)),
      createdAt: now,
      updatedAt: now,
    };
    const w: WalletRecord = this.inst.records.sign('wallets', base);
    clean(dek);
    return this.inst.mutate(async (repo) => {
      if (await repo.getWalletByName(name)) throw new CustosError('E_NAME_TAKEN', `a wallet named "${name}" already exists`, { wallet: name });
      await this.inst.sealer.insertDataKey(repo, dk);
      await repo.insertWallet(w);
      const action = origin === 'generated' ? 'wallet.create' : origin === 'imported' ? 'wallet.import' : 'wallet.restore';
      return { result: toInfo(w), audit: { actor, action, subject: `wallet/${name}`, details: { ...details, ...(allowRaw ? { allowRaw } : {}) } } };
    });
  }

  /** Grant or withdraw raw signing for the accounts of a wallet (inside the caller's transaction: a governed admin action). */
  async setRawUsageIn(repo: Repo, name: string, allowRaw: boolean, actor: string): Promise<WalletInfo> {
    const w = this.inst.records.verify('wallets', await this.record(repo, name));
    const next = this.inst.records.sign('wallets', { ...w, allowRaw, updatedAt: new Date().toISOString() });
    if (w.allowRaw !== allowRaw) await repo.updateWalletUsage(next);
    await appendEvent(repo, { actor, action: 'wallet.usage', subject: `wallet/${name}`, details: { allowRaw, previous: w.allowRaw } });
    return toInfo(next);
  }

  async list(): Promise<WalletInfo[]> {
    return (await this.inst.store.read.listWallets()).map(toInfo);
  }

  /** Run `fn` with a wallet's decrypted seed (zeroed afterwards). */
  async withSeed<T>(name: string, fn: (seed: Uint8Array) => T | Promise<T>, repo: Repo = this.inst.store.read): Promise<T> {
    this.inst.assertUnsealed();
    const w = this.inst.records.verify('wallets', await this.record(repo, name));
    const dek = await this.inst.sealer.openDataKey(w.dataKeyId ? await repo.getDataKey(w.dataKeyId) : undefined, `wallet/${name}`, repo);
    let seed: Uint8Array | undefined;
    try {
      seed = this.inst.sealer.openRecord(dek, w.ciphertext, walletAad(w.id), `wallet/${name}`);
      return await fn(seed);
    } finally {
      clean(dek, seed);
    }
  }

  async withDerivedSecret<T>(
    ref: DerivedRef,
    fn: (secret: Uint8Array, publicKey: Uint8Array) => T | Promise<T>,
    repo: Repo = this.inst.store.read,
  ): Promise<T> {
    return this.withSeed(
      ref.wallet,
      async (seed) => {
        const secret = deriveSecret(seed, ref.curve, ref.path);
        try {
          return await fn(secret, getAlgorithm(ref.curve).publicKey(secret));
        } finally {
          clean(secret);
        }
      },
      repo,
    );
  }

  async derivedInfo(ref: DerivedRef, repo: Repo = this.inst.store.read): Promise<KeyInfo> {
    const w = await this.record(repo, ref.wallet);
    const publicKey = await this.withDerivedSecret(ref, (_s, pub) => pub, repo);
    const hex = toHex(publicKey);
    return {
      name: `${ref.wallet}/${ref.path}`,
      id: null,
      algorithm: ref.curve,
      custody: 'local',
      state: w.state,
      exportable: false,
      allowRaw: w.allowRaw,
      origin: 'derived',
      tags: {},
      currentVersion: 1,
      publicKey: hex,
      addresses: addressesFor(ref.curve, publicKey),
      versions: [{ version: 1, publicKey: hex, createdAt: w.createdAt, status: 'current' }],
      createdAt: w.createdAt,
      wallet: { name: ref.wallet, path: ref.path },
    };
  }

  /** BIP32 extended public key (watch-only) at a path. */
  async xpub(name: string, path: string, actor: string): Promise<string> {
    const result = await this.withSeed(name, (seed) => xpub(seed, path));
    await this.inst.mutate(async () => ({ result: undefined, audit: { actor, action: 'wallet.xpub', subject: `wallet/${name}`, details: { path } } }));
    return result;
  }
}
