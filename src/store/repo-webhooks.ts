/**
 * Webhook endpoints and the delivery outbox. A delivery is inserted in the
 * transaction of the change it reports (so it commits or rolls back with
 * it), claimed by one worker at a time through a conditional UPDATE that
 * takes a lease (portable: under PostgreSQL's READ COMMITTED the second
 * UPDATE re-reads the row after the first commits and changes nothing), and
 * finished only by the worker holding the lease.
 */
import type { Row, SqlExecutor } from './driver.js';
import type { DeliveryRecord, DeliveryStatus, WebhookRecord } from './records.js';

function toWebhook(r: Row): WebhookRecord {
  return {
    id: String(r.id),
    name: String(r.name),
    url: String(r.url),
    events: JSON.parse(String(r.events)) as string[],
    secretEpoch: Number(r.secret_epoch),
    createdAt: String(r.created_at),
    createdBy: String(r.created_by),
    mac: String(r.mac),
  };
}

const numOrNull = (v: unknown): number | null => (v == null ? null : Number(v));
const strOrNull = (v: unknown): string | null => (v == null ? null : String(v));

function toDelivery(r: Row): DeliveryRecord {
  return {
    id: String(r.id),
    webhookId: String(r.webhook_id),
    event: String(r.event),
    payload: String(r.payload),
    status: r.status as DeliveryStatus,
    attempts: Number(r.attempts),
    nextAt: Number(r.next_at),
    leaseUntil: numOrNull(r.lease_until),
    leaseOwner: strOrNull(r.lease_owner),
    lastError: strOrNull(r.last_error),
    lastStatus: numOrNull(r.last_status),
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
    deliveredAt: strOrNull(r.delivered_at),
    mac: String(r.mac),
  };
}

/** What a finished attempt records. */
export interface AttemptOutcome {
  status: DeliveryStatus;
  attempts: number;
  nextAt: number;
  lastError: string | null;
  lastStatus: number | null;
  at: string;
}

export interface DeliveryFilter {
  status?: DeliveryStatus;
  webhookId?: string;
  limit: number;
}

export class WebhookRepo {
  constructor(private readonly x: SqlExecutor) {}

  async insert(w: WebhookRecord): Promise<void> {
    await this.x.run('INSERT INTO webhooks (id, name, url, events, secret_epoch, created_at, created_by, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
      w.id,
      w.name,
      w.url,
      JSON.stringify(w.events),
      w.secretEpoch,
      w.createdAt,
      w.createdBy,
      w.mac,
    ]);
  }

  async byName(name: string): Promise<WebhookRecord | undefined> {
    const r = await this.x.get<Row>('SELECT * FROM webhooks WHERE name = ?', [name]);
    return r && toWebhook(r);
  }

  async byId(id: string): Promise<WebhookRecord | undefined> {
    const r = await this.x.get<Row>('SELECT * FROM webhooks WHERE id = ?', [id]);
    return r && toWebhook(r);
  }

  async list(): Promise<WebhookRecord[]> {
    return (await this.x.all<Row>('SELECT * FROM webhooks ORDER BY name')).map(toWebhook);
  }

  /** Delete an endpoint; its deliveries still pending become failed (nothing is sent to a removed endpoint). */
  async remove(id: string, at: string): Promise<number> {
    const { changes } = await this.x.run(
      "UPDATE webhook_deliveries SET status = 'failed', last_error = 'webhook removed', lease_until = NULL, lease_owner = NULL, updated_at = ? WHERE webhook_id = ? AND status = 'pending'",
      [at, id],
    );
    await this.x.run('DELETE FROM webhooks WHERE id = ?', [id]);
    return changes;
  }

  // ---- the outbox ------------------------------------------------------------

  async enqueue(d: DeliveryRecord): Promise<void> {
    await this.x.run(
      `INSERT INTO webhook_deliveries (id, webhook_id, event, payload, status, attempts, next_at, lease_until, lease_owner, last_error, last_status, created_at, updated_at, delivered_at, mac)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        d.id,
        d.webhookId,
        d.event,
        d.payload,
        d.status,
        d.attempts,
        d.nextAt,
        d.leaseUntil,
        d.leaseOwner,
        d.lastError,
        d.lastStatus,
        d.createdAt,
        d.updatedAt,
        d.deliveredAt,
        d.mac,
      ],
    );
  }

  async delivery(id: string): Promise<DeliveryRecord | undefined> {
    const r = await this.x.get<Row>('SELECT * FROM webhook_deliveries WHERE id = ?', [id]);
    return r && toDelivery(r);
  }

  /** Newest first. */
  async deliveries(f: DeliveryFilter): Promise<DeliveryRecord[]> {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (f.status) (where.push('status = ?'), params.push(f.status));
    if (f.webhookId) (where.push('webhook_id = ?'), params.push(f.webhookId));
    const sql = `SELECT * FROM webhook_deliveries ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, id LIMIT ?`;
    return (await this.x.all<Row>(sql, [...params, f.limit])).map(toDelivery);
  }

  /**
   * Claim up to `limit` due deliveries for `owner` until `leaseUntil`: each
   * is taken by a conditional UPDATE that succeeds only while nobody holds a
   * live lease, so two workers (two servers on one PostgreSQL) never hold
   * the same delivery at once. Returns the claimed rows.
   */
  async claimDue(owner: string, nowMs: number, leaseUntil: number, limit: number): Promise<DeliveryRecord[]> {
    const due = await this.x.all<Row>(
      "SELECT id FROM webhook_deliveries WHERE status = 'pending' AND next_at <= ? AND (lease_until IS NULL OR lease_until <= ?) ORDER BY next_at, id LIMIT ?",
      [nowMs, nowMs, limit],
    );
    const claimed: DeliveryRecord[] = [];
    for (const { id } of due) {
      const { changes } = await this.x.run(
        "UPDATE webhook_deliveries SET lease_until = ?, lease_owner = ? WHERE id = ? AND status = 'pending' AND next_at <= ? AND (lease_until IS NULL OR lease_until <= ?)",
        [leaseUntil, owner, String(id), nowMs, nowMs],
      );
      if (changes !== 1) continue;
      const d = await this.delivery(String(id));
      if (d) claimed.push(d);
    }
    return claimed;
  }

  /** Record an attempt's outcome and release the lease; only the lease holder may (false when the lease was lost). */
  async finish(id: string, owner: string, o: AttemptOutcome): Promise<boolean> {
    const { changes } = await this.x.run(
      `UPDATE webhook_deliveries SET status = ?, attempts = ?, next_at = ?, last_error = ?, last_status = ?, updated_at = ?, delivered_at = ?, lease_until = NULL, lease_owner = NULL
       WHERE id = ? AND lease_owner = ? AND status = 'pending'`,
      [o.status, o.attempts, o.nextAt, o.lastError, o.lastStatus, o.at, o.status === 'delivered' ? o.at : null, id, owner],
    );
    return changes === 1;
  }

  /** Delete finished deliveries (delivered or failed) last updated before `beforeIso`; returns how many. */
  async prune(beforeIso: string): Promise<number> {
    const { changes } = await this.x.run("DELETE FROM webhook_deliveries WHERE status IN ('delivered', 'failed') AND updated_at < ?", [beforeIso]);
    return changes;
  }

  /** Counts by status (metrics, status output). */
  async counts(): Promise<Record<DeliveryStatus, number>> {
    const rows = await this.x.all<Row>('SELECT status, COUNT(*) AS n FROM webhook_deliveries GROUP BY status');
    const out: Record<DeliveryStatus, number> = { pending: 0, delivered: 0, failed: 0 };
    for (const r of rows) out[r.status as DeliveryStatus] = Number(r.n);
    return out;
  }
}
