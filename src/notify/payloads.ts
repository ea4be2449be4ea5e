/**
 * Webhook bodies (docs/notifications.md): one JSON object per notification,
 * the same for every endpoint that receives it, with a Slack-compatible
 * `text` line. Pure: what to say is decided here, what is known is gathered
 * by the outbox.
 */
import type { NotifyEvent } from './events.js';

/** What a request notification says about its request. */
export interface RequestFacts {
  id: string;
  kind: string;
  key: string | null;
  requester: string;
  status: string;
  digest: string;
  rule: string | null;
  reason: string | null;
  createdAt: string;
  expiresAt: string;
  notBefore: string | null;
}

export interface NotificationData {
  request?: RequestFacts;
  /** request.pending: what it waits for and who may give it. */
  approvals?: { count: number; from: string; approvers: string[] };
  /** Who acted (the audit actor), when someone did. */
  actor?: string;
  /** tamper.detected: the record that failed authentication and where. */
  record?: string;
  where?: string;
  /** party events: the party and the reason or error. */
  party?: string;
  error?: { code?: string; message?: string };
  /** risk.frozen: what was frozen and by which rule. */
  freeze?: { target: string; name: string; rule: string };
  /** schedule events: which schedule, when it runs next, and the error of a failed run. */
  schedule?: { id: string; nextAt: string | null; error?: string };
  /** recovery events: the admins a recovery creates and those it revokes. */
  recovery?: { admins: string[]; revoke: string[] };
  /** The audit event this notification comes from (seq and action), when it comes from one. */
  audit?: { seq: number; action: string };
}

export interface Notification {
  /** The notification's id (the same for every endpoint); each delivery has its own id, sent as x-custos-delivery. */
  id: string;
  event: NotifyEvent;
  createdAt: string;
  instanceId: string;
  data: NotificationData;
}

/** The JSON body sent for a notification (its key order is part of the documented format). */
export function payloadBody(n: Notification): string {
  return JSON.stringify({ id: n.id, event: n.event, createdAt: n.createdAt, instanceId: n.instanceId, text: textOf(n), data: n.data });
}

const short = (id: string) => id.slice(0, 8);
const party = (d: NotificationData) => (d.party ? `threshold party ${d.party}` : 'a threshold party');

function what(r: RequestFacts): string {
  const subject = r.kind === 'sign' ? `sign with key ${r.key ?? '?'}` : r.kind.replace(/^admin:/, 'admin action ');
  return `request ${short(r.id)} (${subject}, by ${r.requester})`;
}

/** The Slack-compatible one-line summary. */
export function textOf(n: Notification): string {
  const d = n.data;
  const r = d.request;
  const rule = r?.rule ? ` rule "${r.rule}"` : '';
  switch (n.event) {
    case 'request.pending': {
      const a = d.approvals;
      const who = a && a.approvers.length ? `: ${a.approvers.join(', ')}` : '';
      return `custos: ${r ? what(r) : 'a request'} waits for ${a?.count ?? '?'} approval${a?.count === 1 ? '' : 's'} from role ${a?.from ?? '?'}${who} (${rule.trim() || 'policy'}${r?.reason ? `: ${r.reason}` : ''}); expires ${r?.expiresAt ?? '?'}`;
    }
    case 'request.delayed':
      return `custos: ${r ? what(r) : 'a request'} is approved and executes at ${r?.notBefore ?? '?'} unless cancelled`;
    case 'request.denied':
      return `custos: ${r ? what(r) : 'a request'} was denied by${rule || ' policy'}${r?.reason ? `: ${r.reason}` : ''}`;
    case 'request.rejected':
      return `custos: ${r ? what(r) : 'a request'} was rejected by ${d.actor ?? 'an approver'}`;
    case 'request.cancelled':
      return `custos: ${r ? what(r) : 'a request'} was cancelled by ${d.actor ?? 'someone'}`;
    case 'instance.unsealed':
      return `custos: instance ${short(n.instanceId)} was unsealed (${d.actor ?? 'operator'})`;
    case 'instance.sealed':
      return `custos: instance ${short(n.instanceId)} sealed itself (${d.actor ?? 'shutdown'})`;
    case 'tamper.detected':
      return `custos: TAMPERING DETECTED: stored record ${d.record ?? '?'} failed authentication${d.where ? ` (${d.where})` : ''}`;
    case 'party.refused':
      return `custos: ${party(d)} refused${r ? ` ${what(r)}` : ''}${d.error?.message ? `: ${d.error.message}` : ''}`;
    case 'party.misbehaviour':
      return `custos: ${party(d)} misbehaved${r ? ` on ${what(r)}` : ''}${d.error?.message ? `: ${d.error.message}` : ''}`;
    case 'schedule.ran':
      return `custos: schedule ${d.schedule?.id ?? '?'} ran; next at ${d.schedule?.nextAt ?? '?'}`;
    case 'schedule.failed':
      return `custos: schedule ${d.schedule?.id ?? '?'} FAILED${d.schedule?.error ? `: ${d.schedule.error}` : ''}; it tries again at ${d.schedule?.nextAt ?? '?'}`;
    case 'recovery.proposed':
      return `custos: guardian ${d.actor ?? '?'} proposed a RECOVERY of admins (new: ${d.recovery?.admins.join(', ') || '?'}${d.recovery?.revoke.length ? `; revoke: ${d.recovery.revoke.join(', ')}` : ''}) as ${r ? `request ${short(r.id)}` : 'a request'}; any admin can cancel it (custos request cancel) before it executes`;
    case 'recovery.executed':
      return `custos: a guardian recovery${r ? ` (request ${short(r.id)})` : ''} executed: new admins ${d.recovery?.admins.join(', ') || '?'}${d.recovery?.revoke.length ? `; revoked ${d.recovery.revoke.join(', ')}` : ''}`;
    case 'risk.frozen':
      return `custos: ${d.freeze ? `${d.freeze.target} ${d.freeze.name} was frozen by policy rule "${d.freeze.rule}"` : 'a key or principal was frozen by policy'}${r ? ` after ${what(r)}` : ''}; an admin quorum lifts it (custos ${d.freeze?.target ?? 'key'} unfreeze)`;
  }
}
