/**
 * Issue #12, attack 1: delayed requests escaped caps. Policy and velocity were
 * decided once at submission and velocity counted only signed requests, so
 * five 1800-USD transfers, each delayed, all signed against a 2000-USD cap.
 *
 * Now an allowed request reserves its exposure in the velocity windows the
 * moment it is decided (pending, approved, signed), releases it when it ends
 * unsigned (cancelled, rejected, expired, failed, denied at execution), and
 * is decided again at execution against the policy then in force and the
 * windows without its own reservation. Through the real server.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestServer, type Principal } from '../helpers/server.js';
import type { EvmPayload } from '../../src/chains/evm/types.js';

const TO = '0x1111111111111111111111111111111111111111' as const;
const POLICY = `
rules:
  - name: cap-24h
    effect: deny
    when: principal.name == "bot" && velocity.principal.value24h + tx.valueUsd > 2000.0
  - name: delayed-transfers
    effect: allow
    when: principal.name == "bot" && request.kind == "evm.transaction" && tx.valueUsd <= 1900.0
    delay: 1s
  - name: raw-count
    effect: deny
    when: principal.name == "counter" && velocity.principal.count1h >= 2
  - name: counter-delayed
    effect: allow
    when: principal.name == "counter"
    delay: 1s
  - name: admins
    effect: allow
    when: principal.role == "admin"
`;

/** 0.6 ETH at 3000 USD: 1800 USD. */
const transfer = (nonce: number) => ({
  key: 'hot',
  payload: {
    kind: 'evm.transaction' as const,
    transaction: { type: '0x2' as const, chainId: 1, nonce, gas: 21000, maxFeePerGas: 1, maxPriorityFeePerGas: 1, to: TO, value: '0x853a0d2313c0000' },
  } as EvmPayload,
});

async function settle(t: TestServer, ids: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const id of ids) {
    let v = await t.admin.call('request.show', { id });
    for (let i = 0; i < 80 && v.status === 'approved'; i++) {
      await new Promise((ok) => setTimeout(ok, 100));
      v = await t.admin.call('request.show', { id });
    }
    out.push(v.status);
  }
  return out;
}

describe('exposure is reserved at decision time and re-decided at execution', () => {
  let t: TestServer;
  let bot: Principal;
  let counter: Principal;

  before(async () => {
    t = await TestServer.start();
    writeFileSync(join(t.dir, 'prices.json'), JSON.stringify({ ETH: 3000, USDC: 1 }));
    await t.close();
    await t.listen({ chains: { prices: join(t.dir, 'prices.json') } });
    bot = await t.principal('bot', 'agent');
    counter = await t.principal('counter', 'agent');
    await t.admin.call('key.create', { name: 'hot', type: 'secp256k1', allowRaw: true, tags: { raw: 'ok' } });
    await t.admin.call('policy.set', { source: POLICY });
  });
  after(async () => t?.stop());

  test('five delayed 1800-USD transfers against a 2000-USD daily cap: the first is allowed, the other four denied at submission; the first signs', async () => {
    const views = [];
    for (let i = 0; i < 5; i++) views.push(await bot.client.call('sign.evm', transfer(i)));
    assert.deepEqual(
      views.map((v) => v.status),
      ['approved', 'denied', 'denied', 'denied', 'denied'],
    );
    assert.deepEqual(
      views.slice(1).map((v) => v.rule),
      ['cap-24h', 'cap-24h', 'cap-24h', 'cap-24h'],
    );
    assert.deepEqual(await settle(t, [views[0]!.id]), ['signed'], 'positive control: the allowed one signs after its delay');
  });

  test('a cancelled delayed request releases its reservation: the next one is allowed again', async () => {
    const a = await counter.client.call('sign', { key: 'hot', digest: 'aa'.repeat(32) });
    const b = await counter.client.call('sign', { key: 'hot', digest: 'bb'.repeat(32) });
    const c = await counter.client.call('sign', { key: 'hot', digest: 'cc'.repeat(32) });
    assert.deepEqual([a.status, b.status, c.status], ['approved', 'approved', 'denied'], 'two delayed requests reserve the 2/h count');
    await counter.client.call('request.cancel', { id: b.id });
    const d = await counter.client.call('sign', { key: 'hot', digest: 'dd'.repeat(32) });
    assert.equal(d.status, 'approved', 'the cancelled one no longer counts');
    assert.deepEqual(await settle(t, [a.id, d.id]), ['signed', 'signed']);
  });

  test('re-decided at execution: a policy that now denies stops a delayed request (denied, never signed); the same request under the old policy signs', async () => {
    const late = await t.principal('late', 'agent');
    const withLate = POLICY.replace(
      '  - name: admins',
      '  - name: late-delayed\n    effect: allow\n    when: principal.name == "late"\n    delay: 1s\n  - name: admins',
    );
    await t.admin.call('policy.set', { source: withLate });
    const control = await late.client.call('sign', { key: 'hot', digest: 'ee'.repeat(32) });
    assert.equal(control.status, 'approved');
    assert.deepEqual(await settle(t, [control.id]), ['signed'], 'positive control: signs under the policy it was decided by');
    const r = await late.client.call('sign', { key: 'hot', digest: 'ef'.repeat(32) });
    assert.equal(r.status, 'approved');
    await t.admin.call('policy.set', {
      source: withLate.replace('rules:\n', 'rules:\n  - name: stop-late\n    effect: deny\n    when: principal.name == "late"\n'),
    });
    assert.deepEqual(await settle(t, [r.id]), ['denied']);
    const v = await t.admin.call('request.show', { id: r.id });
    assert.equal(v.signature, undefined, 'no signature');
    assert.equal(v.rule, 'stop-late');
    assert.match(v.reason, /now denies it/);
  });
});
