/**
 * Issue #19 through the real server: baselines rebuilt from a MAC-checked
 * signed history (a forged row stops the rebuild); a transfer to a new
 * destination escalates under a risk rule while a known destination signs at
 * once (positive control), and once approved and signed it is known; a burst
 * freezes the key (audited); neither a single admin's `key enable` nor
 * anything short of the admin quorum lifts the freeze; the quorum does.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hex } from 'viem';
import { TestServer, type Principal } from '../helpers/server.js';
import type { EvmPayload } from '../../src/chains/evm/types.js';
import type { RequestRecord } from '../../src/store/records.js';

const VENUE = '0x3333333333333333333333333333333333333333' as Hex;
const STRANGER = '0x000000000000000000000000000000000000bEEF' as Hex;
const DAY = 86_400_000;

const POLICY = `
admin: { approvals: 2 }
rules:
  - name: burst-freeze
    effect: freeze
    target: key
    when: '"rate_burst" in risk.codes && risk.score > 70'
  - name: risky-needs-approval
    effect: allow
    when: principal.role == "agent" && risk.score > 70
    approvals: { count: 1, from: approver }
  - name: agents
    effect: allow
    when: principal.role == "agent"
`;

let nonce = 0;
const transfer = (to: Hex): EvmPayload => ({
  kind: 'evm.transaction',
  transaction: {
    type: '0x2',
    chainId: 1,
    nonce: nonce++,
    gas: 21_000,
    maxFeePerGas: 30_000_000_000,
    maxPriorityFeePerGas: 1_000_000_000,
    to,
    value: '100000000000000000',
  },
});

describe('issue #19: risk-adaptive policy through the server', () => {
  let t: TestServer;
  let bot: Principal;
  let ann: Principal;
  let admin2: Principal;
  let botId: string;

  before(async () => {
    t = await TestServer.start();
    writeFileSync(join(t.dir, 'prices.json'), JSON.stringify({ ETH: 3000 }));
    await t.close();
    await t.listen({ chains: { prices: join(t.dir, 'prices.json') } });
    bot = await t.principal('bot', 'agent');
    ann = await t.principal('ann', 'approver');
    admin2 = await t.principal('admin2', 'admin');
    await t.admin.call('key.create', { name: 'hot-1', type: 'secp256k1' });
    botId = (await t.server.services.inst.store.read.access.principalByName('bot'))!.id;
  });
  after(() => t?.stop());

  const sign = (to: Hex) => bot.client.call('sign.evm', { key: 'hot-1', payload: transfer(to) });

  /** 60 signed transfers of ~$300 to VENUE over the 18 days before yesterday, at every hour of the day, written as the service writes them (row MAC). */
  async function seedHistory(): Promise<void> {
    const inst = t.server.services.inst;
    const now = Date.now();
    await inst.store.tx(async (repo) => {
      for (let i = 0; i < 60; i++) {
        const at = new Date(now - DAY - i * 7 * 3_600_000).toISOString(); // 7 h apart: every hour of the day
        const id = `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
        const row: Omit<RequestRecord, 'mac'> = {
          id,
          kind: 'sign',
          principalId: botId,
          principalName: 'bot',
          keyName: 'hot-1',
          status: 'signed',
          idempotencyKey: null,
          payload: '{}',
          facts: JSON.stringify({
            key: { name: 'hot-1' },
            principal: { id: botId },
            payload: { tx: { to: VENUE.toLowerCase(), selector: null, dataSize: 0 } },
          }),
          decision: '{}',
          digest: id,
          valueUsd: 280 + (i % 7) * 10,
          notBefore: null,
          expiresAt: at,
          result: '{}',
          createdAt: at,
          updatedAt: at,
          signedAt: at,
        };
        await repo.requests.insert(inst.records.sign('requests', row));
      }
    });
  }

  test('rebuild: from the MAC-checked signed history; a forged row stops it and changes nothing', async () => {
    await seedHistory();
    assert.deepEqual(await t.admin.call('risk.rebuild', {}), { requests: 60 });
    const inst = t.server.services.inst;
    const forged = {
      ...(await inst.store.read.requests.get('00000000-0000-4000-8000-000000000000'))!,
      id: '00000000-0000-4000-8000-0000000000ff',
      digest: 'x',
    };
    await inst.store.tx((repo) => repo.requests.insert(forged)); // the copied MAC does not cover the new id
    await assert.rejects(t.admin.call('risk.rebuild', {}), (e: { code?: string }) => e.code === 'E_TAMPERED');
    const b = inst.records.verify('riskBaselines', (await inst.store.read.risk.profile('key', 'hot-1'))!);
    assert.equal((JSON.parse(b.data) as { n: number }).n, 60, 'the failed rebuild rolled back');
    await inst.store.tx((repo) => repo.requests.transition({ ...forged, status: 'failed' }, ['signed']));
    assert.deepEqual(await t.admin.call('risk.rebuild', {}), { requests: 60 });
    await t.admin.call('policy.set', { source: POLICY });
  });

  test('a new destination escalates under the risk rule; a known one signs (positive control); once signed it is known', async () => {
    const known = await sign(VENUE);
    assert.deepEqual([known.status, known.rule], ['signed', 'agents'], JSON.stringify(known));
    assert.ok(known.risk && known.risk.score <= 70, JSON.stringify(known.risk));

    const fresh = await sign(STRANGER);
    assert.deepEqual([fresh.status, fresh.rule], ['pending', 'risky-needs-approval'], JSON.stringify(fresh));
    assert.ok(fresh.risk!.score > 70);
    const reason = fresh.risk!.reasons.find((r) => r.code === 'new_destination')!;
    assert.match(reason.message, /first transfer to 0x000000000000000000000000000000000000beef/);
    assert.equal(reason.numbers.history, 61);

    // policy check (a raw dry run) shows the risk and the first unmet condition of every rule that did not match
    await t.admin.call('key.create', { name: 'raw-k', type: 'ed25519', allowRaw: true });
    const check = await t.admin.call('policy.check', { principal: 'bot', key: 'raw-k', message: '01' });
    assert.deepEqual([check.outcome, check.rule, check.risk.score], ['allow', 'agents', 0]);
    assert.deepEqual(
      check.explain.map((e) => [e.rule, e.matched, e.firstUnmet]),
      [
        ['burst-freeze', false, '"rate_burst" in risk.codes'],
        ['risky-needs-approval', false, 'risk.score > 70'],
        ['agents', true, undefined],
      ],
    );

    const done = await ann.client.decide(fresh.id, 'approve');
    assert.equal(done.status, 'signed');
    const again = await sign(STRANGER);
    assert.deepEqual([again.status, again.rule], ['signed', 'agents'], 'the approved and signed destination is now known');
  });

  test('a burst freezes the key (audited); one admin cannot lift it; the admin quorum does', async () => {
    let frozenBy: { status: string; rule: string | null; reason: string } | null = null;
    for (let i = 0; i < 30 && !frozenBy; i++) {
      const r = await sign(VENUE);
      if (r.status === 'denied') frozenBy = r;
      else assert.equal(r.status, 'signed', JSON.stringify(r));
    }
    assert.ok(frozenBy, 'the burst was never frozen');
    assert.equal(frozenBy.rule, 'burst-freeze');
    assert.match(frozenBy.reason, /freezes the key/);
    await assert.rejects(sign(VENUE), (e: { code?: string }) => e.code === 'E_FROZEN');
    assert.equal((await t.admin.call('key.show', { ref: 'hot-1' })).state, 'disabled');
    const trail = (await t.server.services.inst.store.read.listEvents(0, 100_000)).map((e) => e.action);
    assert.ok(trail.includes('risk.freeze'));

    // One admin alone: key enable refuses a frozen key, key unfreeze waits for a second admin.
    await assert.rejects(t.admin.call('key.enable', { name: 'hot-1' }), (e: { code?: string }) => e.code === 'E_FROZEN');
    const pending = (await t.admin.call('key.unfreeze', { name: 'hot-1' })) as { status: string; request: { id: string } };
    assert.equal(pending.status, 'pending');
    await assert.rejects(sign(VENUE), (e: { code?: string }) => e.code === 'E_FROZEN', 'still frozen while the quorum is incomplete');
    assert.equal((await t.admin.call('risk.freezes', {})).length, 1);
    const lifted = await admin2.client.decide(pending.request.id, 'approve');
    assert.equal(lifted.status, 'signed');
    assert.deepEqual(await t.admin.call('risk.freezes', {}), []);
    assert.equal((await t.admin.call('key.show', { ref: 'hot-1' })).state, 'active');
    assert.ok((await t.server.services.inst.store.read.listEvents(0, 100_000)).some((e) => e.action === 'risk.unfreeze'));
  });
});
