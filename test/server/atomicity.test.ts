/**
 * Stateful checks are atomic: concurrent requests that together exceed a
 * velocity limit never all pass; concurrent approvals execute a request
 * exactly once.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { TestServer, type Principal } from '../helpers/server.js';

describe('atomic decisions under concurrency', () => {
  let t: TestServer;
  let agents: Principal[];
  let approvers: Principal[];

  before(async () => {
    t = await TestServer.start();
    agents = [await t.principal('bot-1', 'agent'), await t.principal('bot-2', 'agent')];
    approvers = await Promise.all(['a1', 'a2', 'a3', 'a4', 'a5'].map((n) => t.principal(n, 'approver')));
    await t.admin.call('key.create', { name: 'limited', type: 'secp256k1', allowRaw: true });
    await t.admin.call('key.create', { name: 'guarded', type: 'ed25519', allowRaw: true });
    await t.admin.call('key.create', { name: 'reserved', type: 'ed25519', allowRaw: true });
    await t.admin.call('policy.set', {
      source: `
rules:
  - name: limited-5-per-hour
    effect: allow
    when: key.name == "limited" && velocity.key.count1h < 5
  - name: guarded-needs-two
    effect: allow
    when: key.name == "guarded"
    approvals: { count: 2, from: approver }
  - name: pending-cap
    effect: deny
    when: key.name == "reserved" && velocity.key.count1h >= 3
  - name: reserved-needs-one
    effect: allow
    when: key.name == "reserved"
    approvals: { count: 1, from: approver }
`,
    });
  });
  after(() => t.stop());

  test('a velocity limit of 5/hour holds against 24 concurrent requests from two agents', async () => {
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, i) => agents[i % 2]!.client.call('sign', { key: 'limited', message: (i + 1).toString(16).padStart(2, '0') })),
    );
    const statuses = results.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 'signed').length, 5, statuses.join(','));
    assert.equal(statuses.filter((s) => s === 'denied').length, 19);
    for (const r of results.filter((x) => x.status === 'denied')) assert.equal(r.reason, 'no rule matched');
    const signedEvents = (await t.server.services.inst.store.read.listEvents(0, 10_000)).filter((e) => e.action === 'key.sign' && e.subject === 'key/limited');
    assert.equal(signedEvents.length, 5);
  });

  test('requests waiting for approvals reserve their exposure: 24 concurrent ones against 3/hour leave exactly 3 pending (SQLite)', async () => {
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, i) => agents[i % 2]!.client.call('sign', { key: 'reserved', message: (i + 1).toString(16).padStart(2, '0') })),
    );
    const statuses = results.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 'pending').length, 3, statuses.join(','));
    assert.equal(statuses.filter((s) => s === 'denied').length, 21);
  });

  test('five approvers racing on a 2-approval request: it executes exactly once', async () => {
    for (let round = 0; round < 3; round++) {
      const req = await agents[0]!.client.call('sign', { key: 'guarded', message: `0${round}` });
      assert.equal(req.status, 'pending');
      const outcomes = await Promise.allSettled(approvers.map((a) => a.client.decide(req.id, 'approve')));
      const ok = outcomes.filter((o) => o.status === 'fulfilled');
      const refused = outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason.code);
      assert.ok(ok.length >= 2, `at least the two needed approvals land (${ok.length})`);
      for (const code of refused) assert.equal(code, 'E_REQUEST_FINISHED');
      const final = await agents[0]!.client.call('request.show', { id: req.id });
      assert.equal(final.status, 'signed');
      assert.equal(final.approvals.filter((a: { verdict: string }) => a.verdict === 'approve').length, ok.length);
      const events = (await t.server.services.inst.store.read.listEvents(0, 100_000)).filter(
        (e) => e.subject === `request/${req.id}` && e.action === 'request.execute',
      );
      assert.equal(events.length, 1, 'executed once');
      const signs = (await t.server.services.inst.store.read.listEvents(0, 100_000)).filter(
        (e) => e.action === 'key.sign' && JSON.parse(e.details).requestId === req.id,
      );
      assert.equal(signs.length, 1, 'signed once');
    }
  });

  test('an idempotency key retried concurrently yields one request and one signature', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () => agents[1]!.client.call('sign', { key: 'guarded', message: 'aa', idempotencyKey: 'order-42' })),
    );
    assert.equal(new Set(results.map((r) => r.id)).size, 1);
    const list = await t.admin.call('request.list', {});
    assert.equal(list.filter((r) => r.principal === 'bot-2' && (r.payload as { message?: string }).message === 'aa').length, 1);
  });
});
