/**
 * The notification events a webhook can subscribe to, and which audit events
 * raise them (pure: an audit event in, a notification or nothing out). Three
 * are raised directly, not from the trail: instance.unsealed,
 * instance.sealed and tamper.detected (a refused tampered row rolls its
 * transaction back, so it has no audit event to hang on).
 */
import type { AuditEventRecord } from '../store/records.js';

export const NOTIFY_EVENTS = {
  'request.pending': 'a request waits for approvals (the rule, how many, from which role, and the principals who may approve)',
  'request.delayed': 'a request is approved and waits in its delay window (when it executes; it can still be cancelled)',
  'request.denied': 'policy denied a request, at submission or when it came to execute',
  'request.rejected': 'an approver rejected a request',
  'request.cancelled': 'a request was cancelled',
  'instance.unsealed': 'the server was unsealed',
  'instance.sealed': 'the server sealed itself at shutdown (delivered after the next unseal: nothing is signed while sealed)',
  'tamper.detected': 'a stored record failed authentication (edited, swapped or re-pointed row)',
  'party.refused': 'a threshold party refused: a signing request failed on its refusal (on a party node: it refused its coordinator or a governance change)',
  'party.misbehaviour': 'a party sent an invalid signature share (on a party node: it caught its coordinator contradicting itself)',
  'risk.frozen': 'a policy freeze rule froze a key or a principal (it stays disabled until an admin quorum lifts it)',
  'schedule.ran': 'a schedule ran on time: a key rotation, the root key rotation, a threshold refresh (the schedule, the next run)',
  'schedule.failed': 'a schedule could not run its slot: rotate its key or the root key, refresh a threshold key (the error; it tries again at the next slot)',
  'recovery.proposed': 'a guardian proposed a recovery of lost admins (the new admins, those it revokes; any admin can cancel it until it executes)',
  'recovery.executed': 'a guardian recovery executed after its time-lock (the admins it created and revoked)',
} as const;

export type NotifyEvent = keyof typeof NOTIFY_EVENTS;
export const NOTIFY_EVENT_NAMES = Object.keys(NOTIFY_EVENTS) as NotifyEvent[];

export function isNotifyEvent(s: string): s is NotifyEvent {
  return Object.hasOwn(NOTIFY_EVENTS, s);
}

/** A notification raised from an audit event: its event, the request it is about (if any) and the audit details to build it from. */
export interface RaisedNotification {
  event: NotifyEvent;
  requestId?: string;
  audit: AuditEventRecord;
  details: Record<string, unknown>;
}

const requestId = (subject: string): string | undefined => (subject.startsWith('request/') ? subject.slice('request/'.length) : undefined);

/** The notification an audit event raises, or null. */
export function fromAudit(e: AuditEventRecord): RaisedNotification | null {
  const event = eventOf(e);
  if (!event) return null;
  const details = parse(e.details);
  const id = requestId(e.subject);
  return { event, audit: e, details, ...(id ? { requestId: id } : {}) };

  function eventOf(a: AuditEventRecord): NotifyEvent | null {
    switch (a.action) {
      case 'request.decide': {
        const d = parse(a.details);
        if (d.status === 'pending') return 'request.pending';
        if (d.status === 'denied') return 'request.denied';
        if (d.status === 'approved' && Number(d.delayMs ?? 0) > 0) return 'request.delayed';
        return null;
      }
      case 'request.approved': {
        const d = parse(a.details);
        return typeof d.notBefore === 'string' && Date.parse(d.notBefore) > Date.parse(a.ts) ? 'request.delayed' : null;
      }
      case 'request.deny':
        return 'request.denied';
      case 'request.reject':
        return 'request.rejected';
      case 'request.cancel':
        return 'request.cancelled';
      case 'request.fail': {
        const err = parse(a.details).error as { code?: unknown } | undefined;
        return err?.code === 'E_PARTY_REFUSED' ? 'party.refused' : null;
      }
      case 'party.refuse':
      case 'gov.refuse':
        return 'party.refused';
      case 'risk.freeze':
        return 'risk.frozen';
      case 'schedule.run':
        return 'schedule.ran';
      case 'schedule.fail':
        return 'schedule.failed';
      case 'recovery.propose':
        return 'recovery.proposed';
      case 'recovery.execute':
        return 'recovery.executed';
      case 'threshold.invalid_share':
      case 'party.coordinator.misbehaviour':
        return 'party.misbehaviour';
      default:
        return null;
    }
  }
}

function parse(json: string): Record<string, unknown> {
  try {
    const v = JSON.parse(json) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
