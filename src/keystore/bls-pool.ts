/**
 * A small pool of worker threads that compute BLS signatures (eth2 POP,
 * crypto/bls.ts) off the main thread, for the keystore's presigns
 * (docs/decisions/0035-eth2-presign-worker.md). The pool decides nothing: it
 * signs what the keystore hands it, and the keystore releases a signature
 * only where a transaction would have signed those very bytes with that very
 * secret anyway. Every failure (a worker that errors, exits or is not there)
 * resolves the job with undefined, never throws: the transaction then signs
 * inline as without the pool. A worker that died is started again at its
 * next job, after a pause that grows while workers keep dying.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { clean } from '../crypto/bytes.js';

/** The message a worker receives: the secret (transferred: the sender keeps no copy) and the message. */
export interface BlsJob {
  id: number;
  secret: Uint8Array;
  message: Uint8Array;
}

/** What a worker answers: the 96-byte signature (transferred), that it failed, or that it skipped a cancelled job. */
export type BlsReply = { id: number; signature: Uint8Array } | { id: number; failed: true } | { id: number; cancelled: true };

/**
 * Cancelled jobs, shared with each worker (workerData): a job whose id is at `id % CANCEL_RING` when
 * the worker reaches it is skipped, so a presign its transaction no longer waits for (it signed
 * inline, or the duty was answered) costs no signature.
 */
export const CANCEL_RING = 4096;

/** A job posted: its signature (undefined when the pool could not; never rejects), and how to cancel it. */
export interface BlsSigning {
  signature: Promise<Uint8Array | undefined>;
  /** Skip the job if the worker has not started it (its answer is then undefined). */
  cancel(): void;
}

/** Jobs in flight per worker at most: beyond it a presign is not posted (the transaction signs inline). */
export const BLS_QUEUE_CAP = 256;

/**
 * Worker threads by default: one on a machine of one or two cores (the main thread keeps the other),
 * one fewer than the cores above, at most MAX_DEFAULT_BLS_WORKERS.
 */
export const defaultBlsWorkers = (cores = availableParallelism()): number => (cores <= 2 ? 1 : Math.min(cores - 1, MAX_DEFAULT_BLS_WORKERS));

/** At most this many workers by default (each ~10 MB; `availableParallelism` ignores cgroup CPU quotas): more with --bls-workers. */
export const MAX_DEFAULT_BLS_WORKERS = 4;

/** The longest pause before a worker that keeps dying is started again (ms). */
const MAX_RESTART_DELAY_MS = 30_000;

// Built (dist/), the worker is bls-worker.js beside this file. Under tsx (tests, benchmarks) both are
// .ts files and a worker thread does not inherit tsx's loader hooks: it registers them before importing.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCE ? './bls-worker.ts' : './bls-worker.js', import.meta.url);
const startWorker = (cancelled: Int32Array): Worker =>
  FROM_SOURCE
    ? new Worker(
        `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((t) => { t.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`,
        { eval: true, workerData: { cancelled } },
      )
    : new Worker(WORKER_URL, { workerData: { cancelled } });

interface Slot {
  worker: Worker | undefined;
  pending: Map<number, (signature: Uint8Array | undefined) => void>;
  cancelled: Int32Array;
}

/** What the keystore signs presigns with: the pool below, or a stand-in (tests). */
export interface BlsSigner {
  /**
   * Sign `message` with `secret` (taken: transferred or zeroed, the caller's copy is gone when this
   * returns): the signature resolves, or undefined when the pool could not or the job was cancelled.
   */
  sign(secret: Uint8Array, message: Uint8Array): BlsSigning;
  close(): Promise<void>;
}

export class BlsPool implements BlsSigner {
  private readonly slots: Slot[];
  private nextId = 1;
  private turn = 0;
  private closed = false;
  /** Workers that died since one last answered, and when the next may start. */
  private deaths = 0;
  private notBefore = 0;
  /** Jobs signed and jobs failed (a worker error or exit, or no worker), for tests and metrics. */
  readonly counts = { signed: 0, failed: 0, cancelled: 0, restarts: 0 };

  /**
   * @example
   *   const pool = new BlsPool(defaultBlsWorkers());
   *   const sig = await pool.sign(secretCopy, signingRoot); // undefined: sign inline
   */
  constructor(
    threads: number,
    private readonly now: () => number = Date.now,
  ) {
    if (!Number.isInteger(threads) || threads < 1) throw new RangeError('threads: an integer of at least 1');
    this.slots = Array.from({ length: threads }, () => ({
      worker: undefined,
      pending: new Map(),
      cancelled: new Int32Array(new SharedArrayBuffer(4 * CANCEL_RING)),
    }));
  }

  /** Worker threads (tests). */
  get size(): number {
    return this.slots.length;
  }

  sign(secret: Uint8Array, message: Uint8Array): BlsSigning {
    const slot = this.pick();
    const worker = slot && this.ensure(slot);
    if (!slot || !worker) {
      clean(secret);
      this.counts.failed++;
      return { signature: Promise.resolve(undefined), cancel: () => {} };
    }
    const id = this.nextId;
    this.nextId = (this.nextId % 0x7fff_ffff) + 1; // an Int32 in the cancel ring
    const signature = new Promise<Uint8Array | undefined>((resolve) => {
      slot.pending.set(id, resolve);
      // A buffer of its own, so the transfer moves exactly these bytes (none stays here); the caller's copy is zeroed.
      const own = Uint8Array.from(secret);
      clean(secret);
      try {
        worker.postMessage({ id, secret: own, message: Uint8Array.from(message) } satisfies BlsJob, [own.buffer as ArrayBuffer]);
      } catch {
        if (own.byteLength > 0) clean(own); // not transferred
        slot.pending.delete(id);
        this.counts.failed++;
        resolve(undefined);
      }
    });
    return { signature, cancel: () => void Atomics.store(slot.cancelled, id % CANCEL_RING, id) };
  }

  /** The worker with the fewest jobs in flight, if one has room. */
  private pick(): Slot | undefined {
    if (this.closed) return undefined;
    let best: Slot | undefined;
    const pausing = this.now() < this.notBefore; // a slot without a worker cannot start one yet: pick a live one
    for (let i = 0; i < this.slots.length; i++) {
      const s = this.slots[(this.turn + i) % this.slots.length]!;
      if (pausing && !s.worker) continue;
      if (s.pending.size < BLS_QUEUE_CAP && (!best || s.pending.size < best.pending.size)) best = s;
    }
    this.turn = (this.turn + 1) % this.slots.length;
    return best;
  }

  /** The slot's worker, started when there is none (unless workers keep dying and the pause is not over). */
  private ensure(slot: Slot): Worker | undefined {
    if (slot.worker) return slot.worker;
    if (this.now() < this.notBefore) return undefined;
    let w: Worker;
    try {
      w = startWorker(slot.cancelled);
    } catch {
      this.died();
      return undefined;
    }
    if (this.counts.signed + this.counts.failed > 0 || this.deaths > 0) this.counts.restarts++;
    w.unref(); // never what keeps the process alive
    slot.worker = w;
    w.on('message', (r: BlsReply) => {
      const done = slot.pending.get(r.id);
      slot.pending.delete(r.id);
      if ('signature' in r) {
        this.deaths = 0;
        this.counts.signed++;
        if (done) done(r.signature);
        else clean(r.signature);
      } else {
        if ('cancelled' in r) this.counts.cancelled++;
        else this.counts.failed++;
        done?.(undefined);
      }
    });
    const gone = () => {
      if (slot.worker !== w) return;
      slot.worker = undefined;
      w.removeAllListeners('message');
      void w.terminate();
      if (!this.closed) this.died();
      for (const done of slot.pending.values()) {
        this.counts.failed++;
        done(undefined);
      }
      slot.pending.clear();
    };
    w.on('error', gone);
    w.on('exit', gone);
    return w;
  }

  private died(): void {
    this.deaths++;
    // The first restart at once; then 100 ms, 200 ms, ... up to MAX_RESTART_DELAY_MS while none answers.
    this.notBefore = this.deaths <= 1 ? 0 : this.now() + Math.min(MAX_RESTART_DELAY_MS, 100 * 2 ** (this.deaths - 2));
  }

  /** Terminate one worker as if it had died (tests: a worker killed mid-flight). */
  async kill(index = 0): Promise<void> {
    const w = this.slots[index]?.worker;
    if (w) await w.terminate();
  }

  /** Terminate every worker; jobs in flight resolve undefined. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => (s.worker ? s.worker.terminate() : Promise.resolve(0))));
  }
}
