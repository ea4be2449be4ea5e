/**
 * Admin actions under the meta-policy (M distinct admins), request expiry,
 * rejection, and the policy dry run.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { TestServer, type Principal } from '../helpers/server.js';

/** A governed action that waits for more admins. */
type Pending = { status: string; request: { id: string } };

describe('admin quorum, expiry, rejection, dry run', () => {
  let t: TestServer;
  let admin2: Principal;
  let bot: Principal;
  let approver: Principal;
  let bot2: Principal;

  before(async () => {
    t = await TestServer.start({ requestTtlMs: 1500 });
    admin2 = await t.principal('admin2', 'admin');
    bot = await t.principal('bot', 'agent');
    approver = await t.principal('ann', 'approver');
    bot2 = await t.principal('bot2', 'agent');
    await t.admin.call('key.create', { name: 'k', type: 'ed25519', allowRaw: true });
  });
  after(() => t.stop());

  test('with admin.approvals: 2 a policy change waits for a second admin, then applies', async () => {
    const v1 = await t.admin.call('policy.set', {
      source:
        'admin: { approvals: 2 }\nrules:\n  - name: bots-need-ann\n    effect: allow\n    when: principal.role == "agent"\n    approvals: { count: 1, from: approver }\n',
    });
    assert.equal((v1 as { version: number }).version, 1, 'setting the quorum itself is governed by the previous policy (quorum 1)');
    const pending = (await t.admin.call('policy.set', { source: 'admin: { approvals: 2 }\nrules: []\n' })) as Pending;
    assert.equal(pending.status, 'pending');
    const id = pending.request.id;
    assert.equal((await t.admin.call('policy.show', {})).version, 1, 'not in force yet');
    await assert.rejects(t.admin.decide(id, 'approve'), (e: any) => e.code === 'E_SELF_APPROVAL');
    await assert.rejects(approver.client.decide(id, 'approve'), (e: any) => e.code === 'E_NOT_ELIGIBLE');
    const done = await admin2.client.decide(id, 'approve');
    assert.equal(done.status, 'signed', 'executed');
    assert.equal((await t.admin.call('policy.show', {})).version, 2);
    const trail = (await t.server.services.inst.store.read.listEvents(0, 10_000)).map((e) => e.action);
    assert.ok(trail.includes('request.approve') && trail.includes('policy.set'));
    // Principals too: revoking a principal needs both admins now.
    const rev = (await admin2.client.call('principal.revoke', { name: 'bot' })) as Pending;
    assert.equal(rev.status, 'pending');
    assert.equal((await bot.client.call('request.list', {})).length >= 0, true, 'bot still active while pending');
    await t.admin.decide(rev.request.id, 'approve');
    await assert.rejects(bot.client.call('request.list', {}), (e: any) => e.code === 'E_UNAUTHENTICATED');
  });

  test('pending requests expire; rejected ones end', async () => {
    // A policy where every signature needs an approver (the quorum of two admins stays).
    const p = (await t.admin.call('policy.set', {
      source: 'admin: { approvals: 2 }\nrules:\n  - name: needs-ann\n    effect: allow\n    approvals: { count: 1, from: approver }\n',
    })) as Pending;
    await admin2.client.decide(p.request.id, 'approve');
    const r1 = await bot2.client.call('sign', { key: 'k', message: '01' });
    assert.equal(r1.status, 'pending');
    await sleep(2000);
    assert.equal((await bot2.client.call('request.show', { id: r1.id })).status, 'expired');
    await assert.rejects(approver.client.decide(r1.id, 'approve'), (e: any) => e.code === 'E_REQUEST_FINISHED');
    const r2 = await bot2.client.call('sign', { key: 'k', message: '02' });
    const rej = await approver.client.decide(r2.id, 'reject');
    assert.equal(rej.status, 'rejected');
    assert.equal(rej.signature, undefined);
  });

  test('an approval row written into the store by someone else never counts', async () => {
    const p = (await t.admin.call('policy.set', {
      source: 'admin: { approvals: 2 }\nrules:\n  - name: two\n    effect: allow\n    approvals: { count: 2, from: approver }\n',
    })) as Pending;
    await admin2.client.decide(p.request.id, 'approve');
    const r = await bot2.client.call('sign', { key: 'k', message: '0c' });
    assert.equal(r.status, 'pending');
    const repo = t.server.services.inst.store.read;
    const admin2Row = (await repo.access.principalByName('admin2'))!;
    // A forged approval by a real principal (wrong role and a garbage signature), inserted behind custos's back.
    await t.server.services.inst.store.tx((x) =>
      x.requests.insertApproval({
        requestId: r.id,
        approverId: admin2Row.id,
        approverName: 'admin2',
        approverRole: 'approver',
        verdict: 'approve',
        signature: 'A'.repeat(86),
        createdAt: new Date().toISOString(),
      }),
    );
    const after = await approver.client.decide(r.id, 'approve');
    assert.equal(after.status, 'pending', 'one real approval of two: still pending');
  });

  test('policy check dry-runs a request for another principal without changing anything', async () => {
    const before = await t.auditEvents();
    const r = await t.admin.call('policy.check', { principal: 'bot2', key: 'k', message: '0a0b' });
    assert.equal(r.outcome, 'allow');
    assert.equal(r.rule, 'two');
    const facts = r.facts as { principal: { name: string }; request: { size: number } };
    assert.equal(facts.principal.name, 'bot2');
    assert.equal(facts.request.size, 2);
    assert.equal(await t.auditEvents(), before);
  });
});
