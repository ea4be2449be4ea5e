/** Policy durations (src/policy/duration.ts). */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_DURATION_MS, formatDuration, parseDuration } from '../../src/policy/duration.js';

describe('parseDuration / formatDuration', () => {
  test('accepted forms', () => {
    const cases: [string, number][] = [
      ['10m', 600_000],
      ['24h', 86_400_000],
      ['90s', 90_000],
      ['1h30m', 5_400_000],
      ['30d', MAX_DURATION_MS],
      ['1d2h3m4s', 93_784_000],
      ['007s', 7_000],
      ['720h', MAX_DURATION_MS],
    ];
    for (const [s, ms] of cases) assert.equal(parseDuration(s), ms, s);
  });

  test('refused forms -> E_BAD_INPUT', () => {
    for (const s of ['', '10', 'm', '1m1h', '1h1h', '1.5h', '-1m', ' 1m', '1m ', '1M', '10ms', '0s', '0h0m', '30d1s', '721h', '9999999999s', '1w']) {
      assert.throws(
        () => parseDuration(s),
        (e: unknown) => (e as { code: string }).code === 'E_BAD_INPUT',
        s,
      );
    }
  });

  test('canonical formatting', () => {
    assert.equal(formatDuration(0), '0s');
    assert.equal(formatDuration(90_000), '1m30s');
    assert.equal(formatDuration(5_400_000), '1h30m');
    assert.equal(formatDuration(86_400_000), '1d');
    assert.equal(formatDuration(1_500), '1s500ms');
    assert.throws(
      () => formatDuration(-1),
      (e: unknown) => (e as { code: string }).code === 'E_BAD_INPUT',
    );
    assert.throws(
      () => formatDuration(1.5),
      (e: unknown) => (e as { code: string }).code === 'E_BAD_INPUT',
    );
  });

  test('round trip: parseDuration(formatDuration(s * 1000)) for every whole second in range', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_DURATION_MS / 1000 }), (secs) => {
        const ms = secs * 1000;
        assert.equal(parseDuration(formatDuration(ms)), ms);
      }),
      { numRuns: 500 },
    );
  });
});
