/** Properties of the risk score (src/risk/score.ts): bounded, and never lower when the evidence against a request grows. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { AMOUNT_BINS } from '../../src/risk/histogram.js';
import { emptyProfile } from '../../src/risk/profile.js';
import { scoreRisk } from '../../src/risk/score.js';
import type { RiskBaselines, RiskObservation, RiskProfile, SeenCounts } from '../../src/risk/types.js';

const T0 = Date.UTC(2026, 0, 1);
const addr = fc.constantFrom('0x' + 'aa'.repeat(20), '0x' + 'bb'.repeat(20), '0x' + 'cc'.repeat(20));

const profile: fc.Arbitrary<RiskProfile> = fc
  .record({
    amount: fc.array(fc.nat(50), { minLength: AMOUNT_BINS, maxLength: AMOUNT_BINS }),
    hour: fc.array(fc.nat(50), { minLength: 24, maxLength: 24 }),
    spanDays: fc.integer({ min: 0, max: 60 }),
  })
  .map(({ amount, hour, spanDays }) => {
    const p = emptyProfile();
    p.amount = amount;
    p.hour = hour;
    p.n = hour.reduce((a, b) => a + b, 0);
    p.firstMs = T0;
    p.lastMs = T0 + spanDays * 86_400_000;
    return p;
  });
const seen: fc.Arbitrary<SeenCounts> = fc.record({ destination: fc.nat(5), contract: fc.nat(5), method: fc.nat(5), spender: fc.nat(5) });
const observation: fc.Arbitrary<RiskObservation> = fc.record({
  key: fc.constant('k'),
  principal: fc.constant('p'),
  usd: fc.oneof(fc.constant(0), fc.double({ min: 0.001, max: 1e14, noNaN: true })),
  atMs: fc.integer({ min: T0, max: T0 + 90 * 86_400_000 }),
  destination: fc.option(addr, { nil: null }),
  contract: fc.option(addr, { nil: null }),
  method: fc.option(fc.constantFrom('0xa9059cbb', '0x095ea7b3'), { nil: null }),
  spender: fc.option(addr, { nil: null }),
  unlimitedApproval: fc.boolean(),
  spenderCode: fc.constantFrom('eoa', 'contract', 'unknown', null),
  addresses: fc.array(addr, { maxLength: 3 }),
});
const baselines: fc.Arbitrary<RiskBaselines> = fc.record({
  key: profile,
  principal: profile,
  seen: fc.record({ key: seen, principal: seen }),
  recent: fc.record({ count1m: fc.nat(50), count10m: fc.nat(200) }),
  lists: fc.constant({ 'block.test': ['0x' + 'cc'.repeat(20)] }),
});

test('the score is an integer in 0..100, and reasons carry finite numbers', () => {
  fc.assert(
    fc.property(observation, baselines, (o, b) => {
      const r = scoreRisk(o, b);
      assert.ok(Number.isInteger(r.score) && r.score >= 0 && r.score <= 100);
      for (const x of r.reasons) {
        assert.ok(x.points > 0 && x.points <= 100);
        for (const v of Object.values(x.numbers)) assert.ok(Number.isFinite(v));
      }
      assert.deepEqual(
        r.codes,
        r.reasons.map((x) => x.code),
      );
    }),
    { numRuns: 500 },
  );
});

test('more requests in the last minutes never lower the score', () => {
  fc.assert(
    fc.property(observation, baselines, fc.nat(100), fc.nat(20), (o, b, more10, more1) => {
      const after = { ...b, recent: { count1m: b.recent.count1m + more1, count10m: b.recent.count10m + more10 } };
      assert.ok(scoreRisk(o, after).score >= scoreRisk(o, b).score);
    }),
    { numRuns: 500 },
  );
});

test('a never-seen value never scores lower than the same value seen before', () => {
  fc.assert(
    fc.property(observation, baselines, fc.constantFrom('destination', 'contract', 'method', 'spender' as const), (o, b, kind) => {
      const known = { ...b, seen: { key: { ...b.seen.key, [kind]: b.seen.key[kind] + 1 }, principal: b.seen.principal } };
      const unknown = { ...b, seen: { key: { ...b.seen.key, [kind]: 0 }, principal: b.seen.principal } };
      assert.ok(scoreRisk(o, unknown).score >= scoreRisk(o, known).score);
    }),
    { numRuns: 500 },
  );
});

test('a larger amount never scores lower', () => {
  fc.assert(
    fc.property(observation, baselines, fc.double({ min: 1, max: 1e6, noNaN: true }), (o, b, factor) => {
      assert.ok(scoreRisk({ ...o, usd: o.usd * factor }, b).score >= scoreRisk(o, b).score);
    }),
    { numRuns: 500 },
  );
});

test('a blocklisted address scores 100 whatever else is known', () => {
  fc.assert(
    fc.property(observation, baselines, (o, b) => {
      assert.equal(scoreRisk({ ...o, addresses: [...o.addresses, '0x' + 'cc'.repeat(20)] }, b).score, 100);
    }),
    { numRuns: 200 },
  );
});
