/**
 * The pure parts of notifications: which audit events raise which
 * notification, every event has a Slack-style text, the backoff schedule,
 * the receiver's signature check, and endpoint input checks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { fromAudit, NOTIFY_EVENT_NAMES } from '../../src/notify/events.js';
import { payloadBody, textOf } from '../../src/notify/payloads.js';
import { backoffMs, DEFAULT_WORKER } from '../../src/notify/worker.js';
import { signatureHeader, verifySignature } from '../../src/notify/signature.js';
import { checkWebhookInput, displayUrl } from '../../src/notify/webhooks.js';
import type { AuditEventRecord } from '../../src/store/records.js';

const TS = '2026-12-03T06:00:00.000Z';
const ev = (action: string, details: Record<string, unknown>, subject = 'request/r1'): AuditEventRecord => ({
  seq: 7,
  ts: TS,
  actor: 'principal:x',
  action,
  subject,
  details: JSON.stringify(details),
  prevHash: '',
  hash: '',
});

test('audit events map to notifications; the rest raise none', () => {
  const cases: [AuditEventRecord, string | null][] = [
    [ev('request.decide', { status: 'pending', approvals: { count: 1, from: 'approver' } }), 'request.pending'],
    [ev('request.decide', { status: 'denied' }), 'request.denied'],
    [ev('request.decide', { status: 'approved', delayMs: 60000 }), 'request.delayed'],
    [ev('request.decide', { status: 'signed' }), null],
    [ev('request.decide', { status: 'approved' }), null],
    [ev('request.approved', { notBefore: '2026-12-03T07:00:00.000Z' }), 'request.delayed'],
    [ev('request.approved', { notBefore: TS }), null],
    [ev('request.deny', {}), 'request.denied'],
    [ev('request.reject', {}), 'request.rejected'],
    [ev('request.cancel', {}), 'request.cancelled'],
    [ev('request.fail', { error: { code: 'E_PARTY_REFUSED', message: 'no' } }), 'party.refused'],
    [ev('request.fail', { error: { code: 'E_INTERNAL' } }), null],
    [ev('threshold.invalid_share', { requestId: 'r1' }, 'party/p1'), 'party.misbehaviour'],
    [ev('party.refuse', {}, 'party/p1'), 'party.refused'],
    [ev('risk.freeze', { rule: 'burst', requestId: 'r1', target: 'key' }, 'key/hot'), 'risk.frozen'],
    [ev('risk.unfreeze', { rule: 'burst', requestId: 'r1' }, 'key/hot'), null],
    [ev('recovery.propose', { admins: ['a2'], revoke: ['a1'] }), 'recovery.proposed'],
    [ev('recovery.execute', { admins: ['a2'], revoked: ['a1'] }), 'recovery.executed'],
    [ev('schedule.run', { nextAt: TS }, 'schedule/key.rotate:hot'), 'schedule.ran'],
    [ev('schedule.fail', { nextAt: TS, error: 'E_KEY_DISABLED: no' }, 'schedule/key.rotate:hot'), 'schedule.failed'],
    [ev('schedule.set', {}, 'schedule/key.rotate:hot'), null],
    [ev('key.sign', {}), null],
    [ev('request.approve', {}), null],
  ];
  for (const [e, want] of cases) assert.equal(fromAudit(e)?.event ?? null, want, `${e.action} ${e.details}`);
  assert.equal(fromAudit(ev('request.cancel', {}))?.requestId, 'r1');
});

test('every event has a one-line text, and the body carries it with the documented keys in order', () => {
  for (const event of NOTIFY_EVENT_NAMES) {
    const n = { id: 'n1', event, createdAt: TS, instanceId: 'abcdef0123', data: {} };
    const text = textOf(n);
    assert.match(text, /^custos: /);
    assert.ok(!text.includes('\n'));
    assert.deepEqual(Object.keys(JSON.parse(payloadBody(n)) as object), ['id', 'event', 'createdAt', 'instanceId', 'text', 'data']);
  }
});

test('backoff doubles from the base, is capped, and jitters at most 20% below', () => {
  const o = { baseDelayMs: 1000, maxDelayMs: 10_000 };
  assert.deepEqual(
    [1, 2, 3, 4, 5, 9].map((a) => backoffMs(a, o, () => 0)),
    [1000, 2000, 4000, 8000, 10_000, 10_000],
  );
  assert.equal(
    backoffMs(1, o, () => 1),
    800,
  );
  assert.equal(
    backoffMs(200, DEFAULT_WORKER, () => 0),
    DEFAULT_WORKER.maxDelayMs,
  );
});

test('the signature: HMAC-SHA256 of "timestamp.body"; a changed body, secret or stale timestamp fails', () => {
  const body = '{"a":1}';
  const ts = '1764741600';
  const h = signatureHeader('whsec_x', ts, body);
  assert.equal(h, `v1=${createHmac('sha256', 'whsec_x').update(`${ts}.${body}`).digest('hex')}`);
  assert.ok(verifySignature('whsec_x', ts, h, body, 1764741600));
  assert.ok(!verifySignature('whsec_x', ts, h, '{"a":2}', 1764741600));
  assert.ok(!verifySignature('whsec_y', ts, h, body, 1764741600));
  assert.ok(!verifySignature('whsec_x', ts, h, body, 1764741600 + 301));
  assert.ok(!verifySignature('whsec_x', undefined, h, body));
});

test('endpoint input: http(s) only, no credentials or fragment, known events; lists hide the query', () => {
  const ok = { name: 'ops', url: 'https://hooks.example.com/x?token=1', events: ['request.pending', 'tamper.detected'] };
  checkWebhookInput(ok);
  checkWebhookInput({ ...ok, events: ['*'] });
  const bad: [Partial<typeof ok>, string][] = [
    [{ url: 'ftp://h/x' }, 'url'],
    [{ url: 'https://u:p@h/x' }, 'url'],
    [{ url: 'https://h/x#f' }, 'url'],
    [{ url: 'not a url' }, 'url'],
    [{ events: [] }, 'events'],
    [{ events: ['request.pending', 'request.pending'] }, 'events'],
    [{ events: ['key.sign'] }, 'events'],
    [{ name: 'bad name' }, 'name'],
  ];
  for (const [over, field] of bad)
    assert.throws(
      () => checkWebhookInput({ ...ok, ...over }),
      (e: any) => e.code === 'E_BAD_INPUT' && e.details?.field === field,
      JSON.stringify(over),
    );
  assert.equal(displayUrl(ok.url), 'https://hooks.example.com/x?…');
  assert.equal(displayUrl('http://127.0.0.1:9/hook'), 'http://127.0.0.1:9/hook');
});
