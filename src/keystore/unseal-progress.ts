/**
 * Incremental unseal (as Vault's): each Shamir share holder submits one share
 * from their own machine; the server keeps the partial shares in memory only
 * (never in the store, never across a restart), answers the progress, and
 * combines them once T distinct shares are in. A combination that fails
 * resets the progress and counts as a failed unseal attempt (the slow-down of
 * src/keystore/unseal-guard.ts applies: every submission is refused while an
 * attempt is not allowed yet). The shares are forgotten, and their bytes
 * zeroed, on success, on failure, on reset, and after a timeout.
 *
 * The partial shares are secrets: they appear in no log, error, audit event
 * or response (errors name shares by position at most). JavaScript strings
 * cannot be zeroed, so what is held is bytes; the strings of one request
 * body live only as long as that request.
 */
import { CustosError, badInput } from '../errors.js';
import { clean, utf8 } from '../crypto/bytes.js';
import { shareSetId } from '../crypto/slip39.js';
import type { Instance } from './instance.js';
import { checkUnsealAllowed } from './unseal-guard.js';

/** How long submitted shares wait for the rest (from the first one). */
export const UNSEAL_PROGRESS_TIMEOUT_MS = 10 * 60 * 1000;

export interface UnsealProgressState {
  sealed: boolean;
  /** Distinct shares held so far (Shamir seal, while sealed). */
  progress?: number;
  threshold?: number;
  message?: string;
}

export interface UnsealProgressOptions {
  timeoutMs?: number;
  now?: () => number;
}

const normalise = (share: string) => share.trim().replace(/\s+/g, ' ').toLowerCase();

export class UnsealProgress {
  /** The shares submitted so far, as bytes (zeroed when forgotten). */
  private held: Uint8Array[] = [];
  private startedAt = 0;
  private timer: NodeJS.Timeout | undefined;
  /** Submissions run one at a time (a combination is asynchronous). */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly timeoutMs: number;
  private readonly now: () => number;

  constructor(
    private readonly inst: Instance,
    opts: UnsealProgressOptions = {},
  ) {
    this.timeoutMs = opts.timeoutMs ?? UNSEAL_PROGRESS_TIMEOUT_MS;
    this.now = opts.now ?? Date.now;
  }

  /** The current progress (what sys.health and custos status show). */
  state(): UnsealProgressState {
    if (!this.inst.sealed) return { sealed: false };
    const cfg = this.inst.sealConfig;
    if (cfg.kind !== 'shamir') return { sealed: true };
    this.expire();
    return { sealed: true, progress: this.held.length, threshold: cfg.threshold };
  }

  /**
   * Add unseal shares (one per holder, or all T at once). Duplicates count
   * once. With T distinct shares the instance is unsealed, or (wrong set)
   * the progress is reset and E_BAD_SHARES thrown.
   */
  submit(shares: string[], actor: string): Promise<UnsealProgressState> {
    return this.serially(async () => {
      if (!this.inst.sealed) return { sealed: false, message: 'already unsealed' };
      const cfg = this.inst.sealConfig;
      if (cfg.kind !== 'shamir') throw new CustosError('E_SEALED', 'this instance is sealed by a passphrase');
      if (shares.length === 0) throw badInput('give at least one unseal share', { field: 'shares' });
      this.expire();
      // Refused outright while the slow-down is in force (not counted, nothing taken).
      await checkUnsealAllowed(this.inst.store.read);
      const incoming = shares.map(normalise);
      // A share that is malformed or of another set is refused before it is held (it reveals nothing: no combination).
      incoming.forEach((s, i) => {
        let id: number;
        try {
          id = shareSetId(s);
        } catch {
          throw new CustosError('E_BAD_SHARES', `unseal share #${i + 1} is not a valid SLIP-39 share (mistyped word or checksum)`, { share: i + 1 });
        }
        if (id !== cfg.identifier)
          throw new CustosError('E_BAD_SHARES', `unseal share #${i + 1} belongs to a different share set than this instance`, { share: i + 1 });
      });
      const known = new Set(this.held.map((b) => Buffer.from(b).toString('utf8')));
      let added = 0;
      for (const s of incoming) {
        if (known.has(s)) continue;
        known.add(s);
        this.held.push(utf8(s));
        added++;
      }
      if (this.held.length > 0 && this.startedAt === 0) this.startTimer();
      if (this.held.length < cfg.threshold) {
        const more = cfg.threshold - this.held.length;
        return {
          sealed: true,
          progress: this.held.length,
          threshold: cfg.threshold,
          message: `${added === 0 ? 'share already given; ' : ''}unseal progress ${this.held.length}/${cfg.threshold}: ${more} more share${more === 1 ? '' : 's'} needed`,
        };
      }
      const material = { shares: this.held.map((b) => Buffer.from(b).toString('utf8')) };
      try {
        // Counts the attempt (and a failure) atomically with the slow-down check, as every unseal.
        await this.inst.unseal(material, actor);
      } catch (e) {
        if (e instanceof CustosError && e.code === 'E_BAD_SHARES') {
          this.forget();
          throw new CustosError('E_BAD_SHARES', `${e.message}; unseal progress reset to 0/${cfg.threshold}`);
        }
        if (e instanceof CustosError && e.code === 'E_RATE_LIMITED') throw e; // nothing combined: keep what is held
        this.forget();
        throw e;
      }
      this.forget();
      return { sealed: false };
    });
  }

  /** Forget the shares submitted so far (custos unseal --reset). */
  reset(): UnsealProgressState {
    this.forget();
    return this.state();
  }

  private serially<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private startTimer(): void {
    this.startedAt = this.now();
    this.timer = setTimeout(() => this.forget(), this.timeoutMs);
    this.timer.unref();
  }

  private expire(): void {
    if (this.startedAt !== 0 && this.now() - this.startedAt >= this.timeoutMs) this.forget();
  }

  private forget(): void {
    for (const b of this.held) clean(b);
    this.held = [];
    this.startedAt = 0;
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
