/**
 * Market facts (src/chains/market.ts): realized volatility of the price feed over the last hour
 * and day, given only when the samples cover the window, with bounded memory; and end to end, a
 * server polling a price URL whose policy reads `market.ETH.volatility1h` (the feed's clock is
 * accelerated: one real second is six simulated minutes).
 */
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { PriceHistory } from '../../src/chains/market.js';
import { TestServer } from '../helpers/server.js';

const MIN = 60_000;
const T0 = Date.UTC(2026, 11, 3, 12);

describe('PriceHistory', () => {
  test('the hour: sqrt of the summed squared log returns of its samples, the price in force at its start included', () => {
    const h = new PriceHistory();
    const series: [number, number][] = [
      [-90, 3000], // before the hour: dropped from the hour, kept for the day
      [-60, 100],
      [-40, 110],
      [-20, 99],
      [0, 99],
    ];
    for (const [m, p] of series) h.record({ ETH: p }, T0 + m * MIN);
    const f = h.facts(T0).ETH!;
    assert.equal(f.price, 99);
    const expected = Math.sqrt(Math.log(110 / 100) ** 2 + Math.log(99 / 110) ** 2);
    assert.ok(Math.abs(f.volatility1h! - expected) < 1e-12, `${f.volatility1h} vs ${expected}`);
    assert.equal(f.volatility24h, undefined, 'a day is not covered by 90 minutes of samples');
  });

  test('uncovered windows, a zero price and a clock that goes back give no volatility; a steady price gives 0', () => {
    const young = new PriceHistory();
    for (let m = -30; m <= 0; m += 5) young.record({ ETH: 3000 + m }, T0 + m * MIN);
    assert.equal(young.facts(T0).ETH!.volatility1h, undefined, 'samples of the last 30 minutes do not cover the hour');
    const zero = new PriceHistory();
    for (const [m, p] of [
      [-61, 5],
      [-30, 0],
      [0, 5],
    ] as const)
      zero.record({ X: p }, T0 + m * MIN);
    assert.equal(zero.facts(T0).X!.volatility1h, undefined);
    const steady = new PriceHistory();
    for (let m = -60 * 25; m <= 0; m += 10) steady.record({ ETH: 3000 }, T0 + m * MIN);
    steady.record({ ETH: 1 }, T0 - 120 * MIN); // the clock went back: ignored
    assert.deepEqual(steady.facts(T0).ETH, { price: 3000, volatility1h: 0, volatility24h: 0 });
  });

  test('memory is bounded: a sample a second for two days keeps about one a minute for one day', () => {
    const h = new PriceHistory();
    for (let s = 0; s < 2 * 86_400; s += 1) h.record({ ETH: 3000 + (s % 7) }, T0 + s * 1000);
    const kept = (h as unknown as { series: Map<string, unknown[]> }).series.get('ETH')!.length;
    assert.ok(kept <= 1500 && kept >= 1400, `kept ${kept}`);
    assert.ok(h.facts(T0 + 2 * 86_400_000).ETH!.volatility24h! > 0);
  });
});

describe('market facts in policy, end to end', () => {
  let t: TestServer;
  let feed: Server;
  let volatile = false;
  let calls = 0;
  after(async () => {
    await t?.stop();
    await new Promise((r) => feed?.close(r));
  });

  test('a rule on market.ETH.volatility1h: absent (fails closed), then calm (allowed), then volatile (denied)', async () => {
    feed = createServer((_req, res) => {
      calls++;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ ETH: volatile && calls % 2 === 0 ? 3300 : 3000 }));
    });
    await new Promise<void>((r) => feed.listen(0, '127.0.0.1', r));
    const port = (feed.address() as { port: number }).port;
    const start = Date.now();
    const clock = () => start + (Date.now() - start) * 360;
    t = await TestServer.start();
    await t.close();
    await t.listen({ chains: { prices: `http://127.0.0.1:${port}/`, pricesIntervalMs: 200, now: clock } });
    await t.admin.call('key.create', { name: 'hot', type: 'secp256k1', allowRaw: true });
    const bot = await t.principal('bot', 'agent');
    await t.admin.call('policy.set', {
      source: `
rules:
  - name: only-in-calm-markets
    effect: allow
    when: principal.name == "bot" && market.ETH.volatility1h < 0.01
`,
    });
    const sign = () => bot.client.call('sign', { key: 'hot', digest: 'ab'.repeat(32) });
    // A few real seconds are minutes of the feed's: the hour is not covered, the fact is absent, the allow does not match.
    const early = await sign();
    assert.equal(early.status, 'denied', JSON.stringify(early));
    const waitUntil = async (ok: () => Promise<boolean>) => {
      for (let i = 0; i < 300 && !(await ok()); i++) await new Promise((r) => setTimeout(r, 100));
    };
    await waitUntil(async () => (await sign()).status === 'signed');
    assert.equal((await sign()).status, 'signed', 'a steady price covered for an hour: volatility 0, allowed');
    volatile = true; // ±10% every other poll
    await waitUntil(async () => (await sign()).status === 'denied');
    const late = await sign();
    assert.equal(late.status, 'denied', 'a volatile hour is refused');
    assert.equal(late.rule, null);
  });
});
