/** webhook add|list|remove|secret|deliveries (docs/notifications.md). */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Command, commaList, int, requireStr, str, usageError } from '../command.js';
import { call } from '../api.js';
import { isPending, pendingAdmin } from './keys.js';

const NAME_ARG = { args: 'NAME', minArgs: 1, maxArgs: 1 } as const;
const STATUSES = ['pending', 'delivered', 'failed'] as const;

export const webhookCommands: Command[] = [
  {
    name: 'webhook add',
    summary: 'Add a webhook endpoint for notification events (governed by the admin quorum). Its HMAC secret: "custos webhook secret NAME".',
    ...NAME_ARG,
    options: {
      url: { type: 'string', arg: 'URL', description: 'where deliveries are POSTed (http:// or https://, no user:password@)' },
      events: { type: 'string', arg: 'E1,E2', description: 'notification events, comma-separated, or "*" for all (docs/notifications.md)' },
    },
    async run(inv) {
      requireStr(inv.values, 'events');
      const events = commaList(inv.values, 'events')!;
      const r = await call(inv, 'webhook.add', { name: inv.positionals[0]!, url: requireStr(inv.values, 'url'), events });
      if (isPending(r)) return pendingAdmin(r);
      return { json: r, human: `Webhook ${r.name} added: ${r.events.join(', ')} to ${r.url}. Its secret: custos webhook secret ${r.name}` };
    },
  },
  {
    name: 'webhook list',
    summary: 'Webhook endpoints and their events (never their secrets).',
    async run(inv) {
      const r = await call(inv, 'webhook.list', {});
      return {
        json: r,
        human: r.webhooks.length
          ? r.webhooks.map((w) => `${w.name}  ${w.url}  ${w.events.join(',')}  (added by ${w.createdBy} at ${w.createdAt})`).join('\n')
          : 'No webhooks.',
      };
    },
  },
  {
    name: 'webhook remove',
    summary: 'Remove a webhook endpoint; its pending deliveries fail (governed by the admin quorum).',
    ...NAME_ARG,
    async run(inv) {
      const r = await call(inv, 'webhook.remove', { name: inv.positionals[0]! });
      if (isPending(r)) return pendingAdmin(r);
      return { json: r, human: `Webhook ${r.name} removed (${r.cancelledDeliveries} pending deliveries failed).` };
    },
  },
  {
    name: 'webhook secret',
    summary: "Print (or write to a new 0600 file) a webhook endpoint's HMAC secret, for its receiver (audited).",
    ...NAME_ARG,
    options: { out: { type: 'string', arg: 'FILE', description: 'write the secret to this new file (mode 0600) instead of printing it' } },
    async run(inv) {
      const out = str(inv.values, 'out');
      const r = await call(inv, 'webhook.secret', { name: inv.positionals[0]! });
      if (out) {
        writeFileSync(resolve(inv.io.cwd, out), `${r.secret}\n`, { mode: 0o600, flag: 'wx' });
        return { json: { name: r.name, file: out }, human: `Secret of webhook ${r.name} written to ${out}.` };
      }
      return { json: r, human: r.secret };
    },
  },
  {
    name: 'webhook deliveries',
    summary: 'Deliveries of the notification outbox, newest first (status, attempts, next attempt, last error).',
    options: {
      status: { type: 'string', arg: 'STATUS', description: 'pending, delivered or failed' },
      webhook: { type: 'string', arg: 'NAME', description: 'only this endpoint' },
      limit: { type: 'string', arg: 'N', description: 'at most N (default 100, at most 1000)' },
    },
    async run(inv) {
      const status = str(inv.values, 'status');
      if (status !== undefined && !(STATUSES as readonly string[]).includes(status)) throw usageError(`--status must be one of ${STATUSES.join(', ')}`);
      const webhook = str(inv.values, 'webhook');
      const limit = int(inv.values, 'limit', { min: 1, max: 1000 });
      const r = await call(inv, 'webhook.deliveries', {
        ...(status ? { status: status as (typeof STATUSES)[number] } : {}),
        ...(webhook ? { webhook } : {}),
        ...(limit ? { limit } : {}),
      });
      const line = (d: (typeof r.deliveries)[number]) =>
        `${d.id}  ${d.webhook}  ${d.event}  ${d.status}  attempts ${d.attempts}${d.nextAttemptAt ? `  next ${d.nextAttemptAt}` : ''}${d.lastError ? `  last error: ${d.lastError}` : ''}`;
      return { json: r, human: r.deliveries.length ? r.deliveries.map(line).join('\n') : 'No deliveries.' };
    },
  },
];
