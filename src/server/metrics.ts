/**
 * Prometheus metrics of one server (prom-client, a Registry of its own, so
 * several servers in one process do not share counters). Names start with
 * `custos_`; the list with labels is in docs/operations.md ("Metrics").
 *
 * Nothing below src/server imports this module. It learns what happened from:
 *  - the HTTP layer (app.ts): each answered request, its operation and status;
 *  - the store: a transaction observer set by the composition root (serve.ts);
 *  - the audit trail, read forward at each scrape from where the last one
 *    stopped: every decision (`request.decide`), signature (`key.sign`) and
 *    appended event is counted from the trail itself, whoever wrote it (API,
 *    scheduler, another instance on the same store);
 *  - state read at each scrape: seal state, open requests, party reachability.
 *
 * @example
 *   const m = new Metrics(source);
 *   await m.start();
 *   m.request('sign', 200, 0.004);
 *   const text = await m.render(); // "# HELP custos_http_requests_total ..."
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { isThresholdAlgorithm } from '../crypto/algorithms.js';
import type { AuditEventRecord } from '../store/records.js';
import type { Services } from '../api/context.js';

/** What the metrics read at each scrape. */
export interface MetricsSource {
  sealed(): boolean;
  lastEventSeq(): Promise<number>;
  eventsAfter(seq: number, limit: number): Promise<AuditEventRecord[]>;
  openRequests(): Promise<{ pending: number; approved: number }>;
  /** Threshold parties and whether each answered (omit when none are used). */
  parties?(): Promise<{ name: string; reachable: boolean }[]>;
  /** Threshold share-release timings since the last scrape (omit when none are used). */
  shareReleases?(): { party: string; seconds: number; outcome: string }[];
  /** Webhook deliveries in the outbox by status (omit when not used). */
  webhookDeliveries?(): Promise<Record<string, number>>;
  /** BLS presigns since the start (posted, arrived, used, inline: decision 0035). */
  presigns?(): Record<string, number>;
}

/** Seconds: from 1 ms to 30 s (a threshold signing or an upstream node can take seconds). */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Events read from the trail per query at a scrape. */
const PAGE = 1000;
/** Party reachability is refreshed in the background at most this often (it costs a request per party). */
const PARTY_REFRESH_MS = 30_000;

export class Metrics {
  readonly registry = new Registry();
  private readonly requests: Counter<'operation' | 'status'>;
  private readonly latency: Histogram<'operation'>;
  private readonly decisions: Counter<'rule' | 'effect'>;
  private readonly signatures: Counter<'algorithm' | 'custody'>;
  private readonly auditEvents: Counter<'action'>;
  private readonly storeTx: Histogram<'outcome'>;
  private readonly sealed: Gauge;
  private readonly open: Gauge<'status'>;
  private readonly reachable: Gauge<'party'>;
  private readonly shareRelease: Histogram<'party' | 'outcome'>;
  private readonly deliveries: Gauge<'status'>;
  private readonly presigns: Gauge<'outcome'>;
  private seq: number | undefined;
  private syncing: Promise<void> | undefined;
  private partiesAt = 0;

  constructor(
    private readonly source: MetricsSource,
    version: string,
  ) {
    const registers = [this.registry];
    this.requests = new Counter({
      name: 'custos_http_requests_total',
      help: 'API requests answered, by contract operation ("none": no route) and HTTP status.',
      labelNames: ['operation', 'status'],
      registers,
    });
    this.latency = new Histogram({
      name: 'custos_http_request_duration_seconds',
      help: 'API request latency by contract operation, from arrival to the answer sent.',
      labelNames: ['operation'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.decisions = new Counter({
      name: 'custos_policy_decisions_total',
      help: 'Requests decided by policy (audit request.decide), by rule ("none": no rule matched) and effect (allow, deny).',
      labelNames: ['rule', 'effect'],
      registers,
    });
    this.signatures = new Counter({
      name: 'custos_signatures_total',
      help: 'Signatures made (audit key.sign), by algorithm and custody (local, threshold).',
      labelNames: ['algorithm', 'custody'],
      registers,
    });
    this.auditEvents = new Counter({
      name: 'custos_audit_events_total',
      help: 'Audit events appended to the trail since this server started, by action.',
      labelNames: ['action'],
      registers,
    });
    this.storeTx = new Histogram({
      name: 'custos_store_transaction_duration_seconds',
      help: 'Read-write store transactions, by outcome (commit, rollback).',
      labelNames: ['outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.sealed = new Gauge({ name: 'custos_sealed', help: '1 while the server is sealed, 0 when unsealed.', registers });
    this.open = new Gauge({
      name: 'custos_requests_open',
      help: 'Requests waiting: pending (for approvals) and approved (for their delay).',
      labelNames: ['status'],
      registers,
    });
    this.reachable = new Gauge({
      name: 'custos_party_reachable',
      help: 'Threshold parties: 1 if the party answered its last status check, else 0 (checked at most every 30 s, on scrape).',
      labelNames: ['party'],
      registers,
    });
    this.shareRelease = new Histogram({
      name: 'custos_threshold_share_release_seconds',
      help: 'Threshold signing: time from asking a party for its signature share (FROST round 2) to its answer, by party and outcome (ok, refused, unavailable).',
      labelNames: ['party', 'outcome'],
      buckets: LATENCY_BUCKETS,
      registers,
    });
    this.deliveries = new Gauge({
      name: 'custos_webhook_deliveries',
      help: 'Webhook deliveries in the outbox, by status (pending, delivered, failed; finished ones are kept 30 days).',
      labelNames: ['status'],
      registers,
    });
    this.presigns = new Gauge({
      name: 'custos_bls_presigns',
      help: "eth2 duties' BLS signatures presigned on worker threads since the start, by outcome (posted, arrived, used by the transaction; inline: a hot bls12-381 signature made on the main thread, none having arrived).",
      labelNames: ['outcome'],
      registers,
    });
    // The process's own figures (CPU, memory, event-loop lag, GC, open handles), prefixed custos_process_ / custos_nodejs_.
    collectDefaultMetrics({ register: this.registry, prefix: 'custos_' });
    new Gauge({ name: 'custos_build_info', help: 'The custos version (value 1).', labelNames: ['version'], registers }).set({ version }, 1);
  }

  /** Start counting the trail from its current head (what came before is not this server's to count). */
  async start(): Promise<void> {
    this.seq ??= await this.source.lastEventSeq();
  }

  /** Prometheus content type of {@link render}. */
  get contentType(): string {
    return this.registry.contentType;
  }

  /** One answered API request. */
  request(operation: string, status: number, seconds: number): void {
    this.requests.inc({ operation, status: String(status) });
    this.latency.observe({ operation }, seconds);
  }

  /** One store transaction (the observer the composition root gives the store). */
  transaction(ms: number, committed: boolean): void {
    this.storeTx.observe({ outcome: committed ? 'commit' : 'rollback' }, ms / 1000);
  }

  /** The exposition text, after reading the trail forward and the current state. */
  async render(): Promise<string> {
    await (this.syncing ??= this.sync().finally(() => (this.syncing = undefined)));
    return this.registry.metrics();
  }

  private async sync(): Promise<void> {
    await this.start();
    for (;;) {
      const events = await this.source.eventsAfter(this.seq!, PAGE);
      for (const e of events) this.count(e);
      if (events.length > 0) this.seq = events.at(-1)!.seq;
      if (events.length < PAGE) break;
    }
    for (const t of this.source.shareReleases?.() ?? []) this.shareRelease.observe({ party: t.party, outcome: t.outcome }, t.seconds);
    this.sealed.set(this.source.sealed() ? 1 : 0);
    const open = await this.source.openRequests();
    this.open.set({ status: 'pending' }, open.pending);
    this.open.set({ status: 'approved' }, open.approved);
    if (this.source.presigns) for (const [outcome, n] of Object.entries(this.source.presigns())) this.presigns.set({ outcome }, n);
    if (this.source.webhookDeliveries) for (const [status, n] of Object.entries(await this.source.webhookDeliveries())) this.deliveries.set({ status }, n);
    if (this.source.parties && Date.now() - this.partiesAt >= PARTY_REFRESH_MS) {
      this.partiesAt = Date.now();
      // In the background: a scrape does not wait for parties that time out.
      this.source
        .parties()
        .then((ps) => {
          this.reachable.reset();
          for (const p of ps) this.reachable.set({ party: p.name }, p.reachable ? 1 : 0);
        })
        .catch(() => undefined);
    }
  }

  private count(e: AuditEventRecord): void {
    this.auditEvents.inc({ action: e.action });
    if (e.action !== 'request.decide' && e.action !== 'key.sign') return;
    let d: Record<string, unknown>;
    try {
      d = JSON.parse(e.details) as Record<string, unknown>;
    } catch {
      return;
    }
    if (e.action === 'request.decide')
      this.decisions.inc({ rule: typeof d.rule === 'string' ? d.rule : 'none', effect: d.outcome === 'allow' ? 'allow' : 'deny' });
    else {
      const algorithm = typeof d.algorithm === 'string' ? d.algorithm : 'unknown';
      this.signatures.inc({ algorithm, custody: isThresholdAlgorithm(algorithm) ? 'threshold' : 'local' });
    }
  }
}

/** The metrics source of one instance's services: its store, seal and threshold parties. */
export function servicesSource(s: Services): MetricsSource {
  return {
    sealed: () => s.inst.sealed,
    lastEventSeq: async () => (await s.inst.store.read.lastEvent())?.seq ?? 0,
    eventsAfter: (seq, limit) => s.inst.store.read.listEvents(seq, limit),
    openRequests: () => s.inst.store.read.requests.countOpen(),
    parties: async () => (await s.threshold.listParties()).map((p) => ({ name: p.name, reachable: p.reachable })),
    shareReleases: () => s.threshold.drainShareTimings(),
    webhookDeliveries: () => s.inst.store.read.webhooks.counts(),
    presigns: () => ({ ...s.keys.presignCounts }),
  };
}
