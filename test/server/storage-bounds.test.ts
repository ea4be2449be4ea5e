/**
 * Issue #12, attack 9: disk fill by denied requests, and a queue buried in
 * pending ones. Reproduced: 40 denied 1 MiB personal messages grew the
 * database by 85 MiB (payload stored twice: payload and facts), and nothing
 * limited how many requests one principal kept pending.
 *
 * Now a denied request keeps a digest of its payload, not the payload; facts
 * keep long strings shortened (the payload is stored once); one principal may
 * hold at most `maxOpen` requests pending or approved and store at most
 * `maxStoredBytesPerHour` bytes of requests (E_QUOTA, 429, nothing stored).
 * Through the real server on SQLite; the same limits across two instances on
 * PostgreSQL are in test/store/quota-pg.test.ts.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { TestServer, type Principal } from '../helpers/server.js';
import { isCustosError } from '../../src/errors.js';
import { canonicalJson } from '../../src/audit/canonical.js';

const POLICY = `
rules:
  - name: big-calldata-denied
    effect: deny
    when: principal.name == "bot" && request.kind == "evm.transaction"
  - name: queued
    effect: allow
    when: principal.name == "bot" && has(request.tags.queue)
    approvals: { count: 1, from: approver }
  - name: bot
    effect: allow
    when: principal.name == "bot"
  - name: admins
    effect: allow
    when: principal.role == "admin"
`;

/** A legacy transaction carrying `bytes` of calldata (about 2 x bytes of JSON). */
const bigTx = (nonce: number, bytes: number) => ({
  key: 'hot',
  payload: {
    kind: 'evm.transaction' as const,
    transaction: {
      type: '0x0' as const,
      chainId: 1,
      nonce,
      gas: 30_000_000,
      gasPrice: 1,
      to: '0x1111111111111111111111111111111111111111' as const,
      value: '0x0',
      data: `0x${'ab'.repeat(bytes)}` as `0x${string}`,
    },
  },
});

/** A request row as stored (read from the database file beside the running server). */
function row(t: TestServer, id: string): { payload: string; facts: string } {
  const db = new Database(join(t.data, 'custos.db'), { readonly: true });
  try {
    return db.prepare('SELECT payload, facts FROM requests WHERE id = ?').get(id) as { payload: string; facts: string };
  } finally {
    db.close();
  }
}

describe('bounded storage per principal', () => {
  let t: TestServer;
  let bot: Principal;

  before(async () => {
    t = await TestServer.start({ quotas: { maxOpen: 5, maxStoredBytesPerHour: 2 * 1024 * 1024 } });
    bot = await t.principal('bot', 'agent');
    await t.principal('ann', 'approver');
    await t.admin.call('key.create', { name: 'hot', type: 'secp256k1', allowRaw: true });
    await t.admin.call('policy.set', { source: POLICY });
  });
  after(async () => t?.stop());

  test('a denied request stores a digest of its payload, not the payload; the digest matches what was sent', async () => {
    const r = bigTx(1, 120_000);
    const v = await bot.client.call('sign.evm', r);
    assert.equal(v.status, 'denied');
    const shown = (await t.admin.call('request.show', { id: v.id })).payload as Record<string, unknown>;
    assert.equal(shown.omitted, 'denied');
    assert.equal(shown.type, 'evm');
    assert.equal(shown.key, 'hot');
    const sent = canonicalJson({ type: 'evm', ...r, note: '', tags: {} });
    assert.equal(shown.sha256, createHash('sha256').update(sent).digest('hex'));
    assert.ok(row(t, v.id).payload.length < 1024, 'the stored payload is a small stub');
    assert.ok(row(t, v.id).facts.length < 8192, 'and the stored facts are small');
  });

  test('twenty denied transactions with 120 KB of calldata (240 KB of JSON) store under 10 KB each (before: about 2 x 240 KB each)', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) {
      const v = await bot.client.call('sign.evm', bigTx(100 + i, 120_000));
      assert.equal(v.status, 'denied');
      ids.push(v.id);
    }
    const stored = ids.map((id) => row(t, id)).reduce((a, r) => a + r.payload.length + r.facts.length, 0);
    assert.ok(stored < 20 * 10_000, `stored ${stored} bytes of payload and facts`);
    console.log(`# twenty denied 240 KB transactions: ${stored} bytes of payload and facts stored`);
  });

  test('an idempotent retry of a denied request finds it by digest; another payload under its key is a conflict', async () => {
    const r = { ...bigTx(7, 1000), idempotencyKey: 'denied-once' };
    const first = await bot.client.call('sign.evm', r);
    assert.equal(first.status, 'denied');
    assert.equal((await bot.client.call('sign.evm', r)).id, first.id);
    await assert.rejects(bot.client.call('sign.evm', { ...bigTx(8, 1000), idempotencyKey: 'denied-once' }), (e: unknown) =>
      isCustosError(e, 'E_IDEMPOTENCY_CONFLICT'),
    );
  });

  test('positive control: an allowed request keeps its whole payload; long fact strings are shortened in what is stored', async () => {
    const message = 'ab'.repeat(4096);
    const v = await bot.client.call('sign', { key: 'hot', message });
    assert.equal(v.status, 'signed');
    const shown = await t.admin.call('request.show', { id: v.id });
    assert.equal((shown.payload as { message: string }).message, message);
    const typed = await bot.client.call('sign.evm', {
      key: 'hot',
      payload: { kind: 'evm.personalMessage', message: `0x${Buffer.from('x'.repeat(4000)).toString('hex')}` },
    });
    assert.equal(typed.status, 'signed');
    const facts = JSON.parse(row(t, typed.id).facts) as { payload: { message: { text: string } } };
    assert.match(facts.payload.message.text, /^x{64}… \(4000 characters, sha256 [0-9a-f]{64}\)$/);
  });

  test('at most 5 open requests per principal: the 6th pending one is E_QUOTA and stores nothing; cancelling one makes room; signed ones do not count', async () => {
    const open = [];
    for (let i = 0; i < 5; i++) open.push(await bot.client.call('sign', { key: 'hot', message: `0${i}`, tags: { queue: '1' } }));
    assert.deepEqual(
      open.map((v) => v.status),
      ['pending', 'pending', 'pending', 'pending', 'pending'],
    );
    const before = (await t.admin.call('request.list', {})).length;
    await assert.rejects(
      bot.client.call('sign', { key: 'hot', message: '10', tags: { queue: '1' } }),
      (e: unknown) => isCustosError(e, 'E_QUOTA') && e.details?.limit === 'openRequests',
    );
    assert.equal((await t.admin.call('request.list', {})).length, before, 'nothing stored');
    assert.equal((await bot.client.call('sign', { key: 'hot', message: '11' })).status, 'signed', 'a request that signs at once is not open');
    await bot.client.call('request.cancel', { id: open[0]!.id });
    assert.equal((await bot.client.call('sign', { key: 'hot', message: '12', tags: { queue: '1' } })).status, 'pending');
    for (const v of open.slice(1)) await bot.client.call('request.cancel', { id: v.id });
  });

  test('at most 2 MiB of requests per principal per hour: then E_QUOTA with Retry-After, for another principal too', async () => {
    let refused: unknown = null;
    for (let i = 0; i < 40 && !refused; i++) {
      await bot.client.call('sign', { key: 'hot', message: 'cd'.repeat(60_000) }).catch((e: unknown) => (refused = e));
    }
    if (!isCustosError(refused, 'E_QUOTA')) assert.fail(`expected E_QUOTA, got ${String(refused)}`);
    assert.equal(refused.details?.limit, 'storedBytesPerHour');
    assert.equal(refused.details?.retryAfterSeconds, 60, 'the server also sends it as Retry-After');
    const res = await fetch(`${t.url}/v1/sys/health`);
    assert.equal(res.status, 200, 'the service is up');
    // The quota is per principal: the admin is not affected.
    assert.equal((await t.admin.call('sign', { key: 'hot', message: 'ee' })).status, 'signed');
  });
});
