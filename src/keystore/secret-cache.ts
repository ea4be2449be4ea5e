/**
 * Unsealed secrets of hot keys, kept between signatures so a signature does
 * not open two AEADs (the data key's and the record's) each time: an eth2
 * duty's share of that was about 4% of its server CPU. Bounded in number and
 * in idle time, zeroed when an entry leaves (eviction, SECRET_IDLE_MS unused,
 * a change of its key here, a refusal to sign with it because it was
 * disabled or destroyed elsewhere, a new root, seal) and owned by the
 * Instance, which clears it whenever it seals.
 *
 * An entry is found only by the identity of what it was opened from: the
 * key version's associated data (key id, version, algorithm, exportable),
 * the data key row (id, root version, wrapping), the ciphertext and the
 * public key stored beside it. A rotated, re-imported or edited row, or a
 * data key rewrapped under another root, has another identity and is
 * opened (and checked) again: the data key row is still read on every
 * signature, so a root rotated elsewhere is still followed and a forged one
 * refused. The cache never decides whether a key may sign: its caller looks
 * it up only after the MAC-checked key row said the key is active and the
 * version current, so a key disabled or destroyed (also by another instance
 * on the same store) stops at once; dropping a key's entries on rotate,
 * disable and destroy only shortens how long its secret stays in memory.
 */
import { createHash } from 'node:crypto';
import { clean } from '../crypto/bytes.js';
import type { DataKeyRecord } from '../store/records.js';

/** Secrets held at most (an operator's validators, its hot signing keys): the least recently used leaves first. */
export const SECRET_CACHE_CAP = 16_384;
/**
 * A secret not used for this long leaves at the next use of the cache (ms): a key destroyed by
 * another instance on the same store, which this one is never asked to sign with again, does not
 * stay unsealed here for good (a validator signs every epoch, 6.4 minutes).
 */
export const SECRET_IDLE_MS = 15 * 60_000;

interface Entry {
  keyId: string;
  secret: Uint8Array;
  usedAt: number;
}

/**
 * The identity of a stored secret: its record's associated data, its data key row (id, root version,
 * wrapping), its ciphertext and the public key stored beside it, as a digest (no secret goes into it).
 */
export function secretIdentity(aad: string, dataKey: DataKeyRecord | undefined, ciphertext: Uint8Array | null, publicKey: Uint8Array): string {
  const ct = ciphertext ?? new Uint8Array();
  const wrapped = dataKey?.wrapped ?? new Uint8Array();
  return createHash('sha256')
    .update(`${aad}\0${dataKey?.id ?? ''}\0${dataKey?.rootVersion ?? 0}\0${wrapped.length}:${ct.length}:${publicKey.length}\0`)
    .update(wrapped)
    .update(ct)
    .update(publicKey)
    .digest('base64');
}

export class SecretCache {
  /** In order of last use, least recent first. */
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly cap = SECRET_CACHE_CAP,
    private readonly idleMs = SECRET_IDLE_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Zero and drop the secrets idle for longer than idleMs (the least recently used come first). */
  private sweep(now: number): void {
    for (const [id, e] of this.entries) {
      if (now - e.usedAt <= this.idleMs) return;
      clean(e.secret);
      this.entries.delete(id);
    }
  }

  /** How many secrets are held (tests, metrics). */
  get size(): number {
    return this.entries.size;
  }

  /** A copy of the secret opened from `identity` (the caller zeroes it), or undefined. */
  get(identity: string): Uint8Array | undefined {
    const now = this.now();
    this.sweep(now);
    const e = this.entries.get(identity);
    if (!e) return undefined;
    e.usedAt = now;
    this.entries.delete(identity); // most recently used last
    this.entries.set(identity, e);
    return Uint8Array.from(e.secret);
  }

  /** Keep `secret` (checked against its public key by the caller, who hands over this copy) for `keyId`'s `identity`. */
  put(identity: string, keyId: string, secret: Uint8Array): void {
    if (this.cap <= 0) return clean(secret);
    const now = this.now();
    this.sweep(now);
    const old = this.entries.get(identity);
    if (old) clean(old.secret);
    this.entries.delete(identity);
    while (this.entries.size >= this.cap) {
      const [first, e] = this.entries.entries().next().value as [string, Entry];
      clean(e.secret);
      this.entries.delete(first);
    }
    this.entries.set(identity, { keyId, secret, usedAt: now });
  }

  /** Zero and drop every secret of one key (rotate, disable, destroy). */
  drop(keyId: string): void {
    for (const [id, e] of this.entries) {
      if (e.keyId !== keyId) continue;
      clean(e.secret);
      this.entries.delete(id);
    }
  }

  /** Zero and drop everything (seal). */
  clear(): void {
    for (const e of this.entries.values()) clean(e.secret);
    this.entries.clear();
  }
}
