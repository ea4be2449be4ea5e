/**
 * The barrier: the one place that decrypts key material.
 *
 *   root wrapper (an unseal key from a passphrase or Shamir shares; or an AES
 *   key inside a PKCS#11 token, seal-pkcs11.ts)
 *     -> root key (32 bytes, versioned; rotate-root replaces it)
 *       -> data keys (one per key or wallet; wrapped by the root key)
 *         -> records (key versions, wallet seeds; AEAD with the record's identity as AD)
 *
 * A record that fails to open (edited, truncated, or swapped with another
 * row) is an E_TAMPERED error naming the record, never wrong plaintext.
 * Plaintext handed to callers must be zeroed by them (see `withOpened`).
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { CustosError } from '../errors.js';
import { AEAD_KEY_LENGTH, AeadError, aeadOpen, aeadSeal } from '../crypto/aead.js';
import { clean } from '../crypto/bytes.js';
import type { DataKeyRecord } from '../store/records.js';

export const rootAad = (instanceId: string, rootVersion: number) => `custos:root:${instanceId}:v${rootVersion}`;
const dekAad = (id: string, rootVersion: number) => `custos:dek:${id}:root:v${rootVersion}`;

function tampered(record: string, cause?: unknown): CustosError {
  return new CustosError('E_TAMPERED', `stored record ${record} failed authentication (edited, truncated or swapped)`, { record }, { cause });
}

/**
 * What seals the root key: AEAD under an unseal key (passphrase, Shamir), or an
 * HSM's non-extractable AES key (pkcs11). `unwrap` throws AeadError (or a
 * CustosError naming the HSM failure) on a wrong key or a tampered wrapping.
 */
export interface RootWrapper {
  wrap(root: Uint8Array, aad: string): Uint8Array;
  unwrap(wrapped: Uint8Array, aad: string): Uint8Array;
  /** Forget the key (zero it, or close the HSM session). */
  forget(): void;
}

/** A root wrapper over a 32-byte unseal key (a copy, zeroed by `forget`). */
export function aeadWrapper(unsealKey: Uint8Array): RootWrapper {
  const key = Uint8Array.from(unsealKey);
  return {
    wrap: (root, aad) => aeadSeal(key, root, aad),
    unwrap: (wrapped, aad) => aeadOpen(key, wrapped, aad),
    forget: () => clean(key),
  };
}

export class Barrier {
  private root: Uint8Array | null = null;
  /** Kept while unsealed so the root can be re-wrapped (rotate-root) without asking again. */
  private wrapper: RootWrapper | null = null;
  private rootVersion_ = 0;

  constructor(readonly instanceId: string) {}

  get sealed(): boolean {
    return this.root === null;
  }

  get rootVersion(): number {
    this.assertUnsealed();
    return this.rootVersion_;
  }

  /** Install the root key, unwrapping it; the barrier owns `wrapper` from here on. Throws AeadError on a wrong unseal key. */
  unseal(wrapper: RootWrapper, wrappedRoot: Uint8Array, rootVersion: number): void {
    let root: Uint8Array;
    try {
      root = wrapper.unwrap(wrappedRoot, rootAad(this.instanceId, rootVersion));
    } catch (e) {
      wrapper.forget();
      throw e;
    }
    if (root.length !== AEAD_KEY_LENGTH) {
      clean(root);
      wrapper.forget();
      throw tampered('seal/root');
    }
    this.seal();
    this.root = root;
    this.wrapper = wrapper;
    this.rootVersion_ = rootVersion;
  }

  /** Forget the root key and the unseal key (or close the HSM session). */
  seal(): void {
    clean(this.root);
    this.wrapper?.forget();
    this.root = null;
    this.wrapper = null;
  }

  assertUnsealed(): void {
    if (this.root === null) throw new CustosError('E_SEALED', 'custos is sealed: unseal it with the passphrase or the unseal shares');
  }

  /** Wrap the current root key under a (new) wrapper: rekey. Call `adoptWrapper` once persisted. */
  wrapRoot(wrapper: RootWrapper): Uint8Array {
    this.assertUnsealed();
    return wrapper.wrap(this.root!, rootAad(this.instanceId, this.rootVersion_));
  }

  /** The barrier owns `wrapper` from here on (the previous one is forgotten). */
  adoptWrapper(wrapper: RootWrapper): void {
    this.assertUnsealed();
    if (this.wrapper !== wrapper) this.wrapper?.forget();
    this.wrapper = wrapper;
  }

  /** Create a fresh root key (init) and return it wrapped; the barrier owns `wrapper` from here on. */
  initRoot(wrapper: RootWrapper): Uint8Array {
    this.seal();
    this.root = new Uint8Array(randomBytes(AEAD_KEY_LENGTH));
    this.wrapper = wrapper;
    this.rootVersion_ = 1;
    return this.wrapRoot(wrapper);
  }

  /** A new data key, wrapped under the root key, with its plaintext for immediate use. */
  newDataKey(createdAt: string): { record: DataKeyRecord; dek: Uint8Array } {
    this.assertUnsealed();
    const dek = new Uint8Array(randomBytes(AEAD_KEY_LENGTH));
    return { record: this.wrapDataKey(randomUUID(), dek, createdAt), dek };
  }

  /** Wrap a data key's plaintext (kept by the caller) under the current root key. */
  wrapDataKey(id: string, dek: Uint8Array, createdAt: string): DataKeyRecord {
    this.assertUnsealed();
    return { id, wrapped: aeadSeal(this.root!, dek, dekAad(id, this.rootVersion_)), rootVersion: this.rootVersion_, createdAt };
  }

  /**
   * Adopt a newer root version that another instance made (rotate-root on a
   * shared store): unwrap it with the wrapper this barrier holds while
   * unsealed. Never an older version, nor the same one again; a wrapping that
   * does not open (tampered, or sealed under other unseal material) is
   * E_TAMPERED and the current root stays.
   */
  adoptRoot(wrappedRoot: Uint8Array, rootVersion: number): void {
    this.assertUnsealed();
    if (!Number.isSafeInteger(rootVersion) || rootVersion <= this.rootVersion_)
      throw tampered(`seal/root (v${rootVersion} is not newer than v${this.rootVersion_})`);
    let root: Uint8Array;
    try {
      root = this.wrapper!.unwrap(wrappedRoot, rootAad(this.instanceId, rootVersion));
    } catch (e) {
      throw tampered(`seal/root v${rootVersion}`, e);
    }
    if (root.length !== AEAD_KEY_LENGTH) {
      clean(root);
      throw tampered(`seal/root v${rootVersion}`);
    }
    this.commitRotation(root, rootVersion);
  }

  /** Unwrap a data key; `owner` names what it protects, for the error. */
  openDataKey(rec: DataKeyRecord | undefined, owner: string): Uint8Array {
    this.assertUnsealed();
    if (!rec) throw tampered(`${owner} (data key missing)`);
    if (rec.rootVersion !== this.rootVersion_) throw tampered(`${owner} (data key wrapped under root v${rec.rootVersion})`);
    try {
      return aeadOpen(this.root!, rec.wrapped, dekAad(rec.id, rec.rootVersion));
    } catch (e) {
      throw tampered(`${owner} (data key ${rec.id})`, e);
    }
  }

  /** Encrypt a record body under a data key; `aad` is the record's identity. */
  sealRecord(dek: Uint8Array, plaintext: Uint8Array, aad: string): Uint8Array {
    this.assertUnsealed();
    return aeadSeal(dek, plaintext, aad);
  }

  openRecord(dek: Uint8Array, ciphertext: Uint8Array | null, aad: string, record: string): Uint8Array {
    this.assertUnsealed();
    if (!ciphertext) throw tampered(`${record} (no ciphertext)`);
    try {
      return aeadOpen(dek, ciphertext, aad);
    } catch (e) {
      if (e instanceof AeadError) throw tampered(record, e);
      throw e;
    }
  }

  /**
   * Rotate the root key: returns each data key rewrapped under a new root
   * (the caller persists them and the new wrapped root in one transaction,
   * then calls `commitRotation`). Key material is never decrypted.
   */
  prepareRotation(dataKeys: DataKeyRecord[]): {
    newRoot: Uint8Array;
    newVersion: number;
    wrappedRoot: Uint8Array;
    rewrapped: DataKeyRecord[];
  } {
    this.assertUnsealed();
    const newRoot = new Uint8Array(randomBytes(AEAD_KEY_LENGTH));
    const newVersion = this.rootVersion_ + 1;
    const rewrapped = dataKeys.map((rec) => {
      const dek = this.openDataKey(rec, `data key ${rec.id}`);
      try {
        return { ...rec, wrapped: aeadSeal(newRoot, dek, dekAad(rec.id, newVersion)), rootVersion: newVersion };
      } finally {
        clean(dek);
      }
    });
    const wrappedRoot = this.wrapper!.wrap(newRoot, rootAad(this.instanceId, newVersion));
    return { newRoot, newVersion, wrappedRoot, rewrapped };
  }

  commitRotation(newRoot: Uint8Array, newVersion: number): void {
    clean(this.root);
    this.root = newRoot;
    this.rootVersion_ = newVersion;
  }
}
