/**
 * Each risk signal (src/risk/score.ts) against baselines written by hand,
 * with the expected points worked out in the comments from docs/risk.md's
 * formulas; and the observation read from EVM facts (src/risk/observe.ts).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { amountBin, binLog10, hourShare, medianMad } from '../../src/risk/histogram.js';
import { observe } from '../../src/risk/observe.js';
import { emptyProfile, MemoryBaseline, noneSeen } from '../../src/risk/profile.js';
import { scoreRisk } from '../../src/risk/score.js';
import type { RiskBaselines, RiskObservation, RiskProfile } from '../../src/risk/types.js';

const DAY = 86_400_000;
const A = '0x' + 'aa'.repeat(20);
const B = '0x' + 'bb'.repeat(20);
const T0 = Date.UTC(2026, 0, 1);

/** 100 requests of $1000 each, all at 12:00 UTC, over 10 days. */
function mature(n = 100): RiskProfile {
  const p = emptyProfile();
  p.n = n;
  p.firstMs = T0;
  p.lastMs = T0 + 10 * DAY;
  p.amount[21] = n; // $1000: bin 1 + floor((3 - (-2)) * 4) = 21
  p.hour[12] = n;
  return p;
}

function obs(over: Partial<RiskObservation> = {}): RiskObservation {
  return {
    key: 'hot-1',
    principal: 'pr_1',
    usd: 1000,
    atMs: T0 + 11 * DAY + 12 * 3_600_000,
    destination: null,
    contract: null,
    method: null,
    spender: null,
    unlimitedApproval: false,
    spenderCode: null,
    addresses: [],
    ...over,
  };
}

function base(over: Partial<RiskBaselines> = {}): RiskBaselines {
  return {
    key: mature(),
    principal: mature(),
    seen: { key: { ...noneSeen(), destination: 5, contract: 5, method: 5, spender: 5 }, principal: { ...noneSeen(), destination: 5 } },
    recent: { count1m: 0, count10m: 0 },
    lists: {},
    ...over,
  };
}

const points = (r: ReturnType<typeof scoreRisk>, code: string) => r.reasons.find((x) => x.code === code)?.points;

describe('histograms', () => {
  test('amount bins: quarter decades from $0.01', () => {
    assert.equal(amountBin(0), 0);
    assert.equal(amountBin(0.009), 0);
    assert.equal(amountBin(0.01), 1);
    assert.equal(amountBin(1), 9);
    assert.equal(amountBin(1000), 21);
    assert.equal(amountBin(1e30), 61);
    assert.equal(binLog10(21), 3.125);
  });
  test('median and MAD (floored at one bin width)', () => {
    const bins = new Array<number>(62).fill(0);
    bins[21] = 100;
    assert.deepEqual(medianMad(bins), { median: 3.125, mad: 0.25, n: 100 });
    bins[25] = 100; // half at $1000, half at $10,000: the upper median (bin 25), MAD 1 decade
    assert.deepEqual(medianMad(bins), { median: 4.125, mad: 1, n: 200 });
    assert.equal(medianMad(new Array<number>(62).fill(0)), null);
  });
  test('hour share is smoothed over the neighbouring hours', () => {
    const h = new Array<number>(24).fill(0);
    h[12] = 90;
    h[0] = 10;
    assert.equal(hourShare(h, 12), 0.3);
    assert.equal(hourShare(h, 23), 10 / 3 / 100);
    assert.equal(hourShare(h, 5), 0);
  });
});

describe('signals against hand-computed baselines', () => {
  test('a familiar request scores 0 (positive control for every signal below)', () => {
    assert.deepEqual(scoreRisk(obs({ destination: A }), base()), { score: 0, codes: [], reasons: [] });
  });

  test('new_destination: 75 on a mature key, scaled by history, halved when the principal knows it', () => {
    const seen = { key: noneSeen(), principal: noneSeen() };
    assert.equal(points(scoreRisk(obs({ destination: A }), base({ seen })), 'new_destination'), 75);
    assert.equal(scoreRisk(obs({ destination: A }), base({ seen })).score, 75);
    assert.equal(points(scoreRisk(obs({ destination: A }), base({ seen, key: mature(25) })), 'new_destination'), 37.5); // 75 * 25/50
    assert.equal(
      points(scoreRisk(obs({ destination: A }), base({ seen: { key: noneSeen(), principal: { ...noneSeen(), destination: 3 } } })), 'new_destination'),
      37.5,
    );
  });

  test('amount_unusual: robust z-score of log10(USD) against median and MAD', () => {
    // median 3.125, MAD 0.25: z(1e6) = (6 - 3.125) / (1.4826 * 0.25) = 7.757 -> strength 1 -> 75 points
    const big = scoreRisk(obs({ usd: 1e6 }), base());
    assert.equal(points(big, 'amount_unusual'), 75);
    assert.equal(big.reasons[0]!.numbers.z, 7.757);
    // z(10^4.5) = 1.375 / 0.37065 = 3.7097 -> strength (3.7097 - 2.5) / 3.5 = 0.3456 -> 25.92 points
    assert.equal(points(scoreRisk(obs({ usd: 10 ** 4.5 }), base()), 'amount_unusual'), 25.92);
    // z(1e4) = 2.36 < 2.5: nothing; smaller than usual: nothing
    assert.equal(points(scoreRisk(obs({ usd: 1e4 }), base()), 'amount_unusual'), undefined);
    assert.equal(points(scoreRisk(obs({ usd: 1 }), base()), 'amount_unusual'), undefined);
    // fewer than 10 past requests: no shape to compare with
    assert.equal(points(scoreRisk(obs({ usd: 1e6 }), base({ key: mature(9), principal: mature(9) })), 'amount_unusual'), undefined);
  });

  test('rate_burst: requests in 10 minutes against the usual at this hour', () => {
    // 100 requests at hour 12 over 10 days: usual 100 / 10 / 6 = 1.6667 per 10 min.
    // 14 already + this one = 15: excess (15 - 1.66667) / sqrt(2.66667) = 8.16497 -> strength 0.694161 -> 52.06 points
    const r = scoreRisk(obs(), base({ recent: { count1m: 0, count10m: 14 } }));
    assert.equal(points(r, 'rate_burst'), 52.06);
    assert.equal(r.reasons[0]!.numbers.count10m, 15);
    assert.equal(points(scoreRisk(obs(), base({ recent: { count1m: 3, count10m: 4 } })), 'rate_burst'), undefined);
  });

  test('hour_unusual: 40 points at an hour with no history around it', () => {
    const at3 = obs({ atMs: T0 + 11 * DAY + 3 * 3_600_000 });
    assert.equal(points(scoreRisk(at3, base()), 'hour_unusual'), 40);
    assert.equal(points(scoreRisk(obs({ atMs: T0 + 11 * DAY + 11 * 3_600_000 }), base()), 'hour_unusual'), undefined); // beside 12:00
  });

  test('new_contract and new_method', () => {
    const seen = { key: { ...noneSeen(), destination: 1 }, principal: noneSeen() };
    const r = scoreRisk(obs({ contract: B, method: '0x12345678' }), base({ seen }));
    assert.equal(points(r, 'new_contract'), 75);
    assert.equal(points(r, 'new_method'), 30);
    assert.equal(r.score, Math.round(100 * (1 - 0.25 * 0.7))); // 83
  });

  test('approval_new_spender: 85 unlimited, 55.25 limited; at least half strength on a fresh key', () => {
    const seen = { key: noneSeen(), principal: noneSeen() };
    assert.equal(points(scoreRisk(obs({ spender: B, unlimitedApproval: true }), base({ seen })), 'approval_new_spender'), 85);
    assert.equal(points(scoreRisk(obs({ spender: B }), base({ seen })), 'approval_new_spender'), 55.25);
    assert.equal(points(scoreRisk(obs({ spender: B, unlimitedApproval: true }), base({ seen, key: emptyProfile() })), 'approval_new_spender'), 42.5);
  });

  test('approval_to_eoa: 90 for a spender without code, or whose code the upstream could not tell; none for a contract or without a lookup', () => {
    assert.equal(points(scoreRisk(obs({ spender: B, spenderCode: 'eoa' }), base()), 'approval_to_eoa'), 90);
    const unknown = scoreRisk(obs({ spender: B, spenderCode: 'unknown' }), base());
    assert.equal(points(unknown, 'approval_to_eoa'), 90);
    assert.equal(unknown.reasons.find((r) => r.code === 'approval_to_eoa')!.numbers.codeUnknown, 1);
    assert.equal(points(scoreRisk(obs({ spender: B, spenderCode: 'eoa' }), base({ key: emptyProfile() })), 'approval_to_eoa'), 90, 'any baseline');
    assert.equal(points(scoreRisk(obs({ spender: B, spenderCode: 'contract' }), base()), 'approval_to_eoa'), undefined);
    assert.equal(points(scoreRisk(obs({ spender: B }), base()), 'approval_to_eoa'), undefined);
    assert.equal(points(scoreRisk(obs({ spenderCode: 'eoa' }), base()), 'approval_to_eoa'), undefined, 'no spender, no approval');
  });

  test("Solana: the first transfer's receiving account is the destination, case kept; every receiver is checked against blocklists", () => {
    const to = ['4Nd1mBQtrMJVYVfKf2PJy9NZUZdTAsp7D4xWLs4gDB4T', '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin'];
    const o = observe({
      key: 'k',
      principal: 'p',
      usd: 1,
      atMs: T0,
      payload: { sol: { transfers: to.map((t) => ({ program: 'system', to: t, amount: '1' })) } },
    });
    assert.equal(o.destination, to[0]);
    assert.deepEqual(o.addresses, to);
    assert.equal(scoreRisk(o, base({ lists: { 'block.scams': [to[1]!.toLowerCase()] } })).codes[0], 'listed_address');
  });

  test('listed_address: an address on a block.* list scores 100; other lists are not blocklists', () => {
    assert.equal(scoreRisk(obs({ addresses: [A] }), base({ lists: { 'block.ofac': [A.toUpperCase().replace('0X', '0x')] } })).score, 100);
    assert.equal(scoreRisk(obs({ addresses: [A] }), base({ lists: { allow: [A] } })).score, 0);
  });

  test('reasons combine as 1 - prod(1 - p/100), strongest first', () => {
    const r = scoreRisk(obs({ destination: A, usd: 1e6 }), base({ seen: { key: noneSeen(), principal: noneSeen() } }));
    assert.equal(r.score, 94); // 1 - 0.25 * 0.25 = 0.9375
    assert.deepEqual(r.codes.sort(), ['amount_unusual', 'new_destination']);
  });
});

describe('observation from EVM facts', () => {
  test('an ERC-20 transfer: recipient is the destination, the token the contract', () => {
    const o = observe({
      key: 'k',
      principal: 'p',
      usd: 5,
      atMs: 0,
      payload: {
        tx: { to: B, selector: '0xa9059cbb', dataSize: 68, erc20: { kind: 'transfer', token: B, to: A.toUpperCase().replace('0X', '0x'), unlimited: false } },
      },
    });
    assert.equal(o.destination, A);
    assert.equal(o.contract, B);
    assert.equal(o.method, '0xa9059cbb');
    assert.deepEqual(o.addresses.sort(), [A, B].sort());
  });
  test('a plain native transfer, an unlimited approval, setApprovalForAll, a raw payload', () => {
    assert.equal(observe({ key: 'k', principal: 'p', usd: 5, atMs: 0, payload: { tx: { to: A, selector: null, dataSize: 0 } } }).destination, A);
    const ap = observe({
      key: 'k',
      principal: 'p',
      usd: 1e15,
      atMs: 0,
      payload: { tx: { to: B, selector: '0x095ea7b3', dataSize: 68, erc20: { kind: 'approve', token: B, spender: A, unlimited: true } } },
    });
    assert.equal(ap.spender, A);
    assert.equal(ap.unlimitedApproval, true);
    assert.equal(ap.destination, null);
    const afa = observe({
      key: 'k',
      principal: 'p',
      usd: 0,
      atMs: 0,
      payload: { tx: { to: B, selector: '0xa22cb465', dataSize: 68, approvalForAll: { token: B, operator: A, approved: true } } },
    });
    assert.equal(afa.spender, A);
    assert.equal(afa.unlimitedApproval, true);
    assert.deepEqual(observe({ key: 'k', principal: 'p', usd: 0, atMs: 0, payload: {} }).addresses, []);
  });
});

describe('learning in memory', () => {
  test('counts, histograms and the seen cap', () => {
    const b = new MemoryBaseline();
    const o = obs({ destination: A, usd: 1000 });
    assert.equal(b.counts(o).destination, 0);
    b.learn(o);
    b.learn(o);
    assert.equal(b.counts(o).destination, 2);
    assert.equal(b.profile.n, 2);
    assert.equal(b.profile.amount[21], 2);
    assert.equal(b.profile.hour[12], 2);
    assert.equal(b.counts(obs({ spender: A })).spender, 0); // A was a destination, not a contract
    b.learn(obs({ contract: B, method: '0x12345678' }));
    assert.equal(b.counts(obs({ spender: B })).spender, 1, 'a spender called as a contract before counts as seen');
  });
});
