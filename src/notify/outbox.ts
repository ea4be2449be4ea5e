/**
 * The durable outbox: a notification becomes one delivery row per
 * subscribed endpoint, written in the transaction of the change it reports
 * (through the store's audit-event hook), so a notification is never lost
 * when that change commits and never sent when it rolls back. Delivery rows
 * are row-MACed over what is sent and where; endpoint rows are MAC-checked
 * before anything is queued for them. Nothing is queued while sealed (no
 * MAC key): a notification raised then is not recorded.
 */
import { randomUUID } from 'node:crypto';
import { CustosError } from '../errors.js';
import type { Instance } from '../keystore/instance.js';
import type { AuditEventHook, Repo } from '../store/repo.js';
import type { AuditEventRecord, RequestRecord, WebhookRecord } from '../store/records.js';
import { fromAudit, type NotifyEvent, type RaisedNotification } from './events.js';
import { payloadBody, type NotificationData, type RequestFacts } from './payloads.js';
import { subscribes } from './webhooks.js';

/** A tampered record is reported at most once per this period (a tampered row refused on every request must not flood receivers). */
const TAMPER_REPORT_EVERY_MS = 10 * 60_000;

export class Outbox {
  private readonly tamperSeen = new Map<string, number>();

  constructor(
    private readonly inst: Instance,
    private readonly now: () => number = Date.now,
  ) {}

  /** The store hook: queue the notification an audit event raises, in its transaction. */
  readonly onAuditEvent: AuditEventHook = async (repo, e) => {
    const raised = fromAudit(e);
    if (!raised || this.inst.sealed) return;
    await this.enqueueIn(repo, raised.event, () => gather(repo, raised));
  };

  /**
   * Queue one notification for every endpoint that subscribes to `event`, in
   * `repo`'s transaction. An endpoint whose row fails its MAC gets nothing,
   * and the others are told of it (tamper.detected). `data` may be a function,
   * called only when some endpoint subscribes (so an instance without
   * webhooks pays one read of its empty webhooks table per notifiable event). Returns the deliveries queued.
   */
  async enqueueIn(repo: Repo, event: NotifyEvent, data: NotificationData | (() => Promise<NotificationData>)): Promise<number> {
    if (this.inst.sealed) return 0;
    const endpoints: WebhookRecord[] = [];
    const tampered: string[] = [];
    for (const w of await repo.webhooks.list()) {
      if (!subscribes(w, event)) continue;
      try {
        endpoints.push(this.inst.records.verify('webhooks', w));
      } catch (e) {
        if (!(e instanceof CustosError && e.code === 'E_TAMPERED')) throw e;
        tampered.push(`webhook/${w.name}`);
      }
    }
    const at = this.now();
    const body = endpoints.length
      ? payloadBody({
          id: randomUUID(),
          event,
          createdAt: new Date(at).toISOString(),
          instanceId: this.inst.instanceId,
          data: typeof data === 'function' ? await data() : data,
        })
      : '';
    for (const w of endpoints) {
      const iso = new Date(at).toISOString();
      await repo.webhooks.enqueue(
        this.inst.records.sign('webhookDeliveries', {
          id: randomUUID(),
          webhookId: w.id,
          event,
          payload: body,
          status: 'pending',
          attempts: 0,
          nextAt: at,
          leaseUntil: null,
          leaseOwner: null,
          lastError: null,
          lastStatus: null,
          createdAt: iso,
          updatedAt: iso,
          deliveredAt: null,
        }),
      );
    }
    let n = endpoints.length;
    for (const record of tampered)
      if (event !== 'tamper.detected' && this.shouldReport(record))
        n += await this.enqueueIn(repo, 'tamper.detected', { record, where: 'webhook endpoint row' });
    return n;
  }

  /** Queue a notification in a transaction of its own (seal state changes). */
  raise(event: NotifyEvent, data: NotificationData): Promise<number> {
    if (this.inst.sealed) return Promise.resolve(0);
    return this.inst.store.tx((repo) => this.enqueueIn(repo, event, data));
  }

  /**
   * Report a record that failed authentication (the refused operation rolled
   * back, so this is its own transaction); once per record per 10 minutes.
   */
  async tamperDetected(record: string, where: string): Promise<void> {
    if (this.inst.sealed || !this.shouldReport(record)) return;
    await this.inst.store.tx((repo) => this.enqueueIn(repo, 'tamper.detected', { record, where }));
  }

  private shouldReport(record: string): boolean {
    const now = this.now();
    const last = this.tamperSeen.get(record);
    if (last !== undefined && now - last < TAMPER_REPORT_EVERY_MS) return false;
    if (this.tamperSeen.size > 1000) this.tamperSeen.clear();
    this.tamperSeen.set(record, now);
    return true;
  }
}

/** What a notification raised from an audit event says: the request as stored, who may approve it, who acted, which party. */
async function gather(repo: Repo, n: RaisedNotification): Promise<NotificationData> {
  const e: AuditEventRecord = n.audit;
  const data: NotificationData = { audit: { seq: e.seq, action: e.action }, actor: e.actor };
  const requestId = n.requestId ?? (typeof n.details.requestId === 'string' ? n.details.requestId : undefined);
  const rec = requestId ? await repo.requests.get(requestId) : undefined;
  if (rec) data.request = facts(rec);
  if (n.event === 'request.pending' && rec) {
    const d = JSON.parse(rec.decision) as { approvals?: { count: number; from: string } };
    if (d.approvals) {
      const approvers = (await repo.access.listPrincipals())
        .filter((p) => p.state === 'active' && p.role === d.approvals!.from && p.id !== rec.principalId)
        .map((p) => p.name);
      data.approvals = { count: d.approvals.count, from: d.approvals.from, approvers };
    }
  }
  if (n.event === 'party.refused' || n.event === 'party.misbehaviour') {
    const err = (n.details.error ?? {}) as { code?: unknown; message?: unknown; party?: unknown };
    const party = e.subject.startsWith('party/')
      ? e.subject.slice('party/'.length)
      : typeof err.party === 'string'
        ? err.party
        : typeof n.details.party === 'string'
          ? n.details.party
          : undefined;
    if (party) data.party = party;
    const message = typeof err.message === 'string' ? err.message : typeof n.details.reason === 'string' ? n.details.reason : undefined;
    data.error = { ...(typeof err.code === 'string' ? { code: err.code } : {}), ...(message ? { message } : {}) };
  }
  if (n.event === 'risk.frozen') {
    const [target, ...rest] = e.subject.split('/');
    if ((target === 'key' || target === 'principal') && typeof n.details.rule === 'string')
      data.freeze = { target, name: rest.join('/'), rule: n.details.rule };
  }
  if (n.event === 'schedule.ran' || n.event === 'schedule.failed') {
    data.schedule = {
      id: e.subject.replace(/^schedule\//, ''),
      nextAt: typeof n.details.nextAt === 'string' ? n.details.nextAt : null,
      ...(typeof n.details.error === 'string' ? { error: n.details.error } : {}),
    };
  }
  if (n.event === 'recovery.proposed' || n.event === 'recovery.executed') {
    const names = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
    data.recovery = { admins: names(n.details.admins), revoke: names(n.event === 'recovery.proposed' ? n.details.revoke : n.details.revoked) };
  }
  return data;
}

function facts(r: RequestRecord): RequestFacts {
  const d = JSON.parse(r.decision) as { rule?: string | null; reason?: string };
  return {
    id: r.id,
    kind: r.kind,
    key: r.keyName,
    requester: r.principalName,
    status: r.status,
    digest: r.digest,
    rule: d.rule ?? null,
    reason: d.reason ?? null,
    createdAt: r.createdAt,
    expiresAt: r.expiresAt,
    notBefore: r.notBefore,
  };
}
