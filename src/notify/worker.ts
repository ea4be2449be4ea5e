/**
 * The delivery worker of a server: claims due deliveries with a lease (so
 * servers sharing a store never send one delivery at the same time), POSTs
 * each signed body with a timeout, follows no redirect, reads no response
 * body, and records the outcome: delivered, retry later with exponential
 * backoff, or failed after the last attempt. It runs on its own timer with
 * a bounded number of requests in flight, so a slow receiver delays only
 * its own deliveries, never a signing request.
 *
 * At-least-once: a crash between the receiver's answer and the recorded
 * outcome sends the delivery again after its lease expires, with the same
 * x-custos-delivery id.
 */
import { randomUUID } from 'node:crypto';
import { CustosError } from '../errors.js';
import type { Instance } from '../keystore/instance.js';
import type { DeliveryRecord } from '../store/records.js';
import { signatureHeader } from './signature.js';
import type { Webhooks } from './webhooks.js';
import type { Outbox } from './outbox.js';

export interface WorkerOptions {
  /** How often due deliveries are looked for (default 1 s). */
  pollMs: number;
  /** One attempt's deadline, connection to answer (default 10 s). */
  timeoutMs: number;
  /** Attempts before a delivery is failed (default 12). */
  maxAttempts: number;
  /** Backoff after the first failure, doubled per attempt (default 2 s) ... */
  baseDelayMs: number;
  /** ... up to this (default 15 min). */
  maxDelayMs: number;
  /** Requests in flight at once (default 4). */
  concurrency: number;
  /** Finished deliveries (delivered, failed) are deleted this long after their last attempt (default 30 days). */
  retentionMs: number;
}

export const DEFAULT_WORKER: WorkerOptions = {
  pollMs: 1000,
  timeoutMs: 10_000,
  maxAttempts: 12,
  baseDelayMs: 2000,
  maxDelayMs: 15 * 60_000,
  concurrency: 4,
  retentionMs: 30 * 86_400_000,
};

/** How often finished deliveries past their retention are deleted. */
const PRUNE_EVERY_MS = 3_600_000;

/** The delay before attempt `attempts + 1` (attempts made so far >= 1): base * 2^(attempts-1), capped, with up to 20% jitter below. */
export function backoffMs(attempts: number, o: Pick<WorkerOptions, 'baseDelayMs' | 'maxDelayMs'>, rand = Math.random): number {
  const d = Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** Math.min(attempts - 1, 30));
  return Math.round(d * (1 - 0.2 * rand()));
}

type Attempt = { ok: true; status: number } | { ok: false; status: number | null; error: string };

export class DeliveryWorker {
  private readonly owner = `worker-${randomUUID()}`;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;
  private prunedAt = 0;

  constructor(
    private readonly inst: Instance,
    private readonly webhooks: Webhooks,
    private readonly outbox: Outbox,
    private readonly opts: WorkerOptions,
    private readonly log: { warn(line: string): void; error(line: string): void },
    private readonly now: () => number = Date.now,
  ) {}

  start(): void {
    this.stopped = false;
    this.timer = setInterval(() => this.kick(), this.opts.pollMs);
    this.timer.unref();
    this.kick();
  }

  /** Run a pass now unless one is running. */
  kick(): void {
    if (this.running || this.stopped) return;
    this.running = this.pass()
      .catch((e: unknown) => this.log.error(`webhooks: ${(e as Error).message}`))
      .finally(() => (this.running = undefined));
  }

  /** Stop polling and wait for the attempts in flight (each bounded by its timeout). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  /** Claim what is due (at most `concurrency`) and send it; repeats while a full batch was due. */
  async pass(): Promise<void> {
    if (!this.inst.sealed && this.now() - this.prunedAt >= PRUNE_EVERY_MS) {
      this.prunedAt = this.now();
      const before = new Date(this.now() - this.opts.retentionMs).toISOString();
      await this.inst.store.tx((repo) => repo.webhooks.prune(before));
    }
    for (;;) {
      if (this.inst.sealed || this.stopped) return;
      const t = this.now();
      // The lease outlives the attempt (timeout) with margin, so another worker waits for this one's outcome.
      const lease = t + this.opts.timeoutMs * 2 + 5000;
      // Fine (decision 0028): each claim is a conditional UPDATE, atomic on its own; no signing request waits for the tick.
      const claimed = await this.inst.store.tx((repo) => repo.webhooks.claimDue(this.owner, t, lease, this.opts.concurrency), { fine: true });
      await Promise.all(claimed.map((d) => this.deliver(d)));
      if (claimed.length < this.opts.concurrency) return;
    }
  }

  private async deliver(d: DeliveryRecord): Promise<void> {
    const w = await this.inst.store.read.webhooks.byId(d.webhookId);
    if (!w) return this.finish(d, { ok: false, status: null, error: 'webhook removed' }, true);
    let secret: string;
    try {
      this.inst.records.verify('webhookDeliveries', d);
      secret = this.webhooks.secretOf(this.inst.records.verify('webhooks', w));
    } catch (e) {
      if (!(e instanceof CustosError && e.code === 'E_TAMPERED')) throw e;
      const record = String(e.details?.record ?? 'webhook row');
      this.log.error(`webhooks: delivery ${d.id} refused: ${e.message}`);
      await this.finish(d, { ok: false, status: null, error: `refused: ${record} failed authentication` }, true);
      await this.outbox.tamperDetected(record, 'webhook delivery worker');
      return;
    }
    const r = await this.post(w.url, d, secret);
    if (!r.ok) this.log.warn(`webhooks: delivery ${d.id} (${d.event}) to ${w.name} failed, attempt ${d.attempts + 1}: ${r.error}`);
    await this.finish(d, r, false);
  }

  private async post(url: string, d: DeliveryRecord, secret: string): Promise<Attempt> {
    const timestamp = String(Math.floor(this.now() / 1000));
    try {
      const res = await fetch(url, {
        method: 'POST',
        redirect: 'manual',
        signal: AbortSignal.timeout(this.opts.timeoutMs),
        headers: {
          'content-type': 'application/json',
          'user-agent': 'custos-webhooks/1',
          'x-custos-event': d.event,
          'x-custos-delivery': d.id,
          'x-custos-timestamp': timestamp,
          'x-custos-signature': signatureHeader(secret, timestamp, d.payload),
        },
        body: d.payload,
      });
      // The answer's status is all that counts: its body is never read.
      await res.body?.cancel().catch(() => undefined);
      if (res.status >= 200 && res.status < 300) return { ok: true, status: res.status };
      if (res.status >= 300 && res.status < 400) return { ok: false, status: res.status, error: `HTTP ${res.status}: redirects are not followed` };
      return { ok: false, status: res.status, error: `HTTP ${res.status}` };
    } catch (e) {
      return { ok: false, status: null, error: describe(e, this.opts.timeoutMs) };
    }
  }

  private async finish(d: DeliveryRecord, r: Attempt, final: boolean): Promise<void> {
    const attempts = d.attempts + 1;
    const t = this.now();
    const failed = !r.ok && (final || attempts >= this.opts.maxAttempts);
    const done = await this.inst.store.tx(
      (repo) =>
        repo.webhooks.finish(d.id, this.owner, {
          status: r.ok ? 'delivered' : failed ? 'failed' : 'pending',
          attempts,
          nextAt: r.ok || failed ? t : t + backoffMs(attempts, this.opts),
          lastError: r.ok ? null : r.error.slice(0, 300),
          lastStatus: r.status,
          at: new Date(t).toISOString(),
        }),
      { fine: true }, // conditional on the lease's owner: atomic on its own
    );
    if (!done) this.log.warn(`webhooks: delivery ${d.id}: the lease expired before the attempt was recorded (it may be sent again, same delivery id)`);
  }
}

/** A network error in a few words: never the URL, never a header. */
function describe(e: unknown, timeoutMs: number): string {
  const err = e as { name?: string; cause?: { code?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  const code = err.cause?.code;
  return code ? `connection failed (${code})` : 'connection failed';
}
