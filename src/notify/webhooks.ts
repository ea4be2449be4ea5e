/**
 * Webhook endpoints: the admin actions that add and remove them (governed by
 * the admin quorum, run inside its transaction, audited), listings, the
 * delivery status, and the endpoint's HMAC secret.
 *
 * The secret is never stored: it is derived from the instance's row-MAC key
 * (HKDF, `AuthenticatedRecords.subkey`) and the endpoint's id and secret
 * epoch, so it is not in the store, not in the governed request a quorum
 * approves, not in any list or audit detail, and exists only while unsealed.
 * An admin reads it with `webhook.secret` (audited) to configure the receiver.
 */
import { randomUUID } from 'node:crypto';
import { CustosError, badInput } from '../errors.js';
import { checkName } from '../validate.js';
import { appendEvent } from '../audit/trail.js';
import type { Instance } from '../keystore/instance.js';
import type { Repo } from '../store/repo.js';
import type { DeliveryRecord, DeliveryStatus, WebhookRecord } from '../store/records.js';
import { isNotifyEvent } from './events.js';

/** What an admin gives to add an endpoint. */
export interface WebhookInput {
  name: string;
  url: string;
  events: string[];
}

export interface WebhookView {
  name: string;
  url: string;
  events: string[];
  createdAt: string;
  createdBy: string;
}

export interface DeliveryView {
  id: string;
  webhook: string;
  event: string;
  status: DeliveryStatus;
  attempts: number;
  nextAttemptAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
  deliveredAt: string | null;
}

const MAX_URL = 2048;

/** Check an endpoint before it is proposed (so a quorum never approves one that cannot be added): name, http(s) URL without credentials, known events. */
export function checkWebhookInput(i: WebhookInput): void {
  checkName(i.name, 'name');
  let u: URL;
  try {
    u = new URL(i.url);
  } catch {
    throw badInput('url is not a valid absolute URL', { field: 'url' });
  }
  if (i.url.length > MAX_URL) throw badInput(`url is longer than ${MAX_URL} characters`, { field: 'url' });
  if (u.protocol !== 'https:' && u.protocol !== 'http:') throw badInput('url must be http:// or https://', { field: 'url' });
  if (u.username || u.password)
    throw badInput('url must not carry credentials (user:password@): receivers authenticate custos by the HMAC signature', { field: 'url' });
  if (u.hash) throw badInput('url must not have a #fragment', { field: 'url' });
  if (i.events.length === 0) throw badInput('name at least one event (or "*")', { field: 'events' });
  if (new Set(i.events).size !== i.events.length) throw badInput('an event is named twice', { field: 'events' });
  for (const e of i.events) if (e !== '*' && !isNotifyEvent(e)) throw badInput(`unknown event "${e}" (see docs/notifications.md)`, { field: 'events' });
}

/** The URL as lists show it: the query string (which may carry a token) replaced by "?…". */
export function displayUrl(url: string): string {
  const u = new URL(url);
  return u.search ? `${u.origin}${u.pathname}?…` : `${u.origin}${u.pathname}`;
}

export function subscribes(w: WebhookRecord, event: string): boolean {
  return w.events.includes('*') || w.events.includes(event);
}

function view(w: WebhookRecord): WebhookView {
  return { name: w.name, url: displayUrl(w.url), events: w.events, createdAt: w.createdAt, createdBy: w.createdBy };
}

export class Webhooks {
  constructor(
    private readonly inst: Instance,
    private readonly now: () => number = Date.now,
  ) {}

  /** Add an endpoint (the admin action's executor, inside its transaction). */
  async addIn(repo: Repo, input: WebhookInput, actor: string): Promise<WebhookView> {
    checkWebhookInput(input);
    if (await repo.webhooks.byName(input.name)) throw new CustosError('E_NAME_TAKEN', `a webhook named "${input.name}" exists: remove it first`);
    const row = this.inst.records.sign('webhooks', {
      id: randomUUID(),
      name: input.name,
      url: input.url,
      events: [...input.events],
      secretEpoch: 1,
      createdAt: new Date(this.now()).toISOString(),
      createdBy: actor,
    });
    await repo.webhooks.insert(row);
    await appendEvent(repo, { actor, action: 'webhook.add', subject: `webhook/${row.name}`, details: { url: displayUrl(row.url), events: row.events } });
    return view(row);
  }

  /** Remove an endpoint; its pending deliveries become failed (the admin action's executor). */
  async removeIn(repo: Repo, name: string, actor: string): Promise<{ name: string; removed: true; cancelledDeliveries: number }> {
    const w = await this.byName(repo, name);
    const cancelled = await repo.webhooks.remove(w.id, new Date(this.now()).toISOString());
    await appendEvent(repo, { actor, action: 'webhook.remove', subject: `webhook/${name}`, details: { cancelledDeliveries: cancelled } });
    return { name, removed: true, cancelledDeliveries: cancelled };
  }

  async list(): Promise<WebhookView[]> {
    return (await this.inst.store.read.webhooks.list()).map(view);
  }

  /** Deliveries, newest first, optionally of one status or endpoint. */
  async deliveries(f: { status?: DeliveryStatus; webhook?: string; limit?: number }): Promise<DeliveryView[]> {
    const read = this.inst.store.read;
    const hooks = await read.webhooks.list();
    const names = new Map(hooks.map((w) => [w.id, w.name]));
    const webhookId = f.webhook !== undefined ? (await this.byName(read, f.webhook)).id : undefined;
    const rows = await read.webhooks.deliveries({ limit: f.limit ?? 100, ...(f.status ? { status: f.status } : {}), ...(webhookId ? { webhookId } : {}) });
    return rows.map((d) => deliveryView(d, names.get(d.webhookId) ?? `(removed ${d.webhookId.slice(0, 8)})`));
  }

  /** The endpoint's HMAC secret, for its receiver (admins only, unsealed, audited: who read which endpoint's secret). */
  async secret(name: string, actor: string): Promise<{ name: string; secret: string }> {
    return this.inst.store.tx(async (repo) => {
      const w = this.inst.records.verify('webhooks', await this.byName(repo, name));
      await appendEvent(repo, { actor, action: 'webhook.secret', subject: `webhook/${name}`, details: { epoch: w.secretEpoch } });
      return { name, secret: this.secretOf(w) };
    });
  }

  /** The secret of a MAC-checked endpoint row (unsealed only): what signs its deliveries. */
  secretOf(w: WebhookRecord): string {
    return `whsec_${this.inst.records.subkey(`webhook:${w.id}:${w.secretEpoch}`).toString('base64url')}`;
  }

  private async byName(repo: Repo, name: string): Promise<WebhookRecord> {
    const w = await repo.webhooks.byName(name);
    if (!w) throw new CustosError('E_WEBHOOK_NOT_FOUND', `no webhook named "${name}"`);
    return w;
  }
}

function deliveryView(d: DeliveryRecord, webhook: string): DeliveryView {
  return {
    id: d.id,
    webhook,
    event: d.event,
    status: d.status,
    attempts: d.attempts,
    nextAttemptAt: d.status === 'pending' ? new Date(d.nextAt).toISOString() : null,
    lastStatus: d.lastStatus,
    lastError: d.lastError,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
    deliveredAt: d.deliveredAt,
  };
}
