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
 *
 * Beside an entry it holds the BLS signatures presigned with its secret on a
 * worker thread (docs/decisions/0035-eth2-presign-worker.md; `reserve`,
 * `take`): they leave, zeroed, with their entry, on use, when discarded and
 * after PRESIGN_TTL_MS, and are taken only by a transaction about to sign
 * exactly their bytes with exactly that entry's secret.
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

/** How long a presigned signature waits for its transaction before it is zeroed and dropped (ms). */
export const PRESIGN_TTL_MS = 5_000;
/** Presigns held at most, in flight or arrived: beyond it none is posted (the transaction signs inline). */
export const PRESIGN_CAP = 4_096;

interface Entry {
  keyId: string;
  secret: Uint8Array;
  usedAt: number;
}

/** A presign of one message under one entry: in flight (no signature yet) or arrived. */
interface Presign {
  entry: Entry;
  signature: Uint8Array | undefined;
  expires: number;
  /** Tells the signer its signature is no longer wanted (left before it arrived). */
  cancel: (() => void) | undefined;
}

/**
 * A presign posted for (identity, slot): `secret` is a copy for the signer (who zeroes it); `fill` keeps
 * the signature (when its entry and this very reservation still stand; otherwise it is zeroed).
 */
export interface PresignReservation {
  secret: Uint8Array;
  fill(signature: Uint8Array | undefined): boolean;
  /** Called if the presign leaves before its signature arrived (the signer may then skip it). */
  onCancel(cancel: () => void): void;
  /** Zero and drop this presign (arrived or not) if still held: its duty was answered without it. */
  discard(): void;
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
  /**
   * Signatures computed ahead of their transaction (docs/decisions/0035-eth2-presign-worker.md), by
   * identity and slot (scheme and exact message bytes), in order of posting, so in order of expiry.
   * Each belongs to the entry whose secret made it: it leaves with that entry (eviction, idle, drop,
   * clear), on use, and at expiry, zeroed. Holding one decides nothing: the transaction takes it only
   * where it would sign these very bytes with this very entry's secret itself.
   */
  private readonly presigns = new Map<string, Presign>();
  private presignTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly cap = SECRET_CACHE_CAP,
    private readonly idleMs = SECRET_IDLE_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Zero and drop the secrets idle for longer than idleMs (the least recently used come first). */
  private sweep(now: number): void {
    for (const [id, e] of this.entries) {
      if (now - e.usedAt <= this.idleMs) return;
      this.forget(id, e);
    }
  }

  /** Zero and drop one entry and its presigns. */
  private forget(identity: string, e: Entry): void {
    clean(e.secret);
    this.entries.delete(identity);
    if (this.presigns.size === 0) return;
    for (const [slot, p] of this.presigns) if (p.entry === e) this.unpresign(slot, p);
  }

  private unpresign(slot: string, p: Presign): void {
    if (p.signature) clean(p.signature);
    else p.cancel?.();
    p.signature = undefined;
    this.presigns.delete(slot);
  }

  /** Zero and drop the presigns past their expiry (the oldest come first), and wake up for the next one. */
  private sweepPresigns(now = this.now()): void {
    for (const [slot, p] of this.presigns) {
      if (p.expires > now) break;
      this.unpresign(slot, p);
    }
    const first = this.presigns.values().next();
    if (first.done || this.presignTimer) return; // a timer set earlier fires no later than the oldest expiry
    this.presignTimer = setTimeout(
      () => {
        this.presignTimer = undefined;
        this.sweepPresigns();
      },
      Math.max(1, first.value.expires - now),
    );
    this.presignTimer.unref();
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
    if (old) this.forget(identity, old);
    while (this.entries.size >= this.cap) {
      const [first, e] = this.entries.entries().next().value as [string, Entry];
      this.forget(first, e);
    }
    this.entries.set(identity, { keyId, secret, usedAt: now });
  }

  /** Zero and drop every secret of one key (rotate, disable, destroy). */
  drop(keyId: string): void {
    for (const [id, e] of this.entries) {
      if (e.keyId !== keyId) continue;
      this.forget(id, e);
    }
  }

  /** Zero and drop everything (seal). */
  clear(): void {
    for (const e of this.entries.values()) clean(e.secret);
    this.entries.clear();
    for (const [slot, p] of this.presigns) this.unpresign(slot, p);
    clearTimeout(this.presignTimer);
    this.presignTimer = undefined;
  }

  /** Presigns held, in flight or arrived (tests, metrics). */
  get presignCount(): number {
    return this.presigns.size;
  }

  /**
   * Reserve a presign of `slot` (scheme and message, as `presignSlot` spells them) under the secret
   * kept for `identity`: a copy of that secret for the signer, and where its signature goes. Undefined
   * when no secret is kept for `identity`, one is already reserved for this slot, or PRESIGN_CAP are held.
   */
  reserve(identity: string, slot: string): PresignReservation | undefined {
    const now = this.now();
    this.sweep(now);
    this.sweepPresigns(now);
    const e = this.entries.get(identity);
    const at = `${identity}\0${slot}`;
    if (!e || this.presigns.has(at) || this.presigns.size >= PRESIGN_CAP) return undefined;
    const p: Presign = { entry: e, signature: undefined, expires: now + PRESIGN_TTL_MS, cancel: undefined };
    this.presigns.set(at, p);
    this.sweepPresigns(now); // arms the expiry timer
    return {
      secret: Uint8Array.from(e.secret),
      fill: (signature) => {
        // Kept only while this very reservation stands (not taken, expired or dropped with its entry since).
        if (!signature || this.presigns.get(at) !== p || this.entries.get(identity) !== e || this.now() >= p.expires) {
          clean(signature);
          if (this.presigns.get(at) === p) this.unpresign(at, p);
          return false;
        }
        p.signature = signature;
        return true;
      },
      onCancel: (cancel) => {
        p.cancel = cancel;
      },
      discard: () => {
        if (this.presigns.get(at) === p) this.unpresign(at, p);
      },
    };
  }

  /** Whether a presign of `slot` under `identity` is held (in flight or arrived). */
  hasPresign(identity: string, slot: string): boolean {
    return this.presigns.has(`${identity}\0${slot}`);
  }

  /**
   * The presigned signature of `slot` under `identity`'s kept secret, if it has arrived (then it is
   * the caller's and leaves here); either way the reservation is gone, so a late arrival is zeroed.
   * Only a transaction that is about to sign exactly `slot` with exactly this entry's secret asks.
   */
  take(identity: string, slot: string): Uint8Array | undefined {
    if (this.presigns.size === 0) return undefined;
    const at = `${identity}\0${slot}`;
    const p = this.presigns.get(at);
    if (!p) return undefined;
    this.presigns.delete(at);
    const sig = p.signature;
    p.signature = undefined;
    if (!sig) return void p.cancel?.(); // not arrived: signed inline now, so the signer may skip it
    if (this.entries.get(identity) !== p.entry || this.now() >= p.expires) return void clean(sig);
    return sig;
  }
}

/** Where a presign of `message` under `scheme` is held: the scheme and the exact message bytes. */
export function presignSlot(scheme: string, message: Uint8Array): string {
  return `${scheme}:${Buffer.from(message.buffer, message.byteOffset, message.byteLength).toString('base64')}`;
}
