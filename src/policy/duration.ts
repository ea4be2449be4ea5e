/**
 * Durations in policy documents: `delay: 10m`, `24h`, `90s`, `1h30m`, `2d`.
 *
 * Grammar: one or more `<digits><unit>` parts with units `d`, `h`, `m`, `s`,
 * each unit at most once and in that order (largest first). No signs, no
 * fractions, no spaces, no milliseconds. The total must be > 0 and at most
 * 30 days (`MAX_DURATION_MS`).
 *
 * Errors: `parseDuration` throws `E_BAD_INPUT` (it is a value parser; the
 * policy document loader catches it and re-throws `E_POLICY_INVALID` naming
 * the rule).
 */
import { CustosError, badInput } from '../errors.js';

/** Upper bound of any policy duration: 30 days. */
export const MAX_DURATION_MS = 30 * 24 * 3_600_000;

const UNITS = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['m', 60_000],
  ['s', 1_000],
] as const;

const DURATION_RE = /^(?:(\d{1,9})d)?(?:(\d{1,9})h)?(?:(\d{1,9})m)?(?:(\d{1,9})s)?$/;

/**
 * Parse a duration string to milliseconds.
 *
 * @example
 *   parseDuration('1h30m') // 5_400_000
 *   parseDuration('90s')   // 90_000
 * @throws CustosError E_BAD_INPUT when malformed, zero or longer than `maxMs` (default 30 days).
 */
export function parseDuration(s: string, maxMs = MAX_DURATION_MS): number {
  if (typeof s !== 'string') throw badInput('duration must be a string such as "10m", "24h" or "1h30m"');
  const m = s.length > 0 ? DURATION_RE.exec(s) : null;
  if (!m) {
    throw badInput(`invalid duration ${JSON.stringify(s.slice(0, 40))}: use digits with units d, h, m, s in that order, e.g. "10m", "24h", "1h30m"`);
  }
  let ms = 0;
  UNITS.forEach(([, unitMs], i) => {
    const part = m[i + 1];
    if (part !== undefined) ms += Number(part) * unitMs;
  });
  if (ms <= 0) throw badInput(`invalid duration ${JSON.stringify(s)}: must be greater than zero`);
  if (ms > maxMs) throw badInput(`invalid duration ${JSON.stringify(s)}: longer than the maximum of ${formatDuration(maxMs)}`);
  return ms;
}

/**
 * Format milliseconds in the canonical form `parseDuration` reads back
 * (largest units first, zero parts omitted; `0s` for zero). A remainder below
 * one second is written as `<n>ms`, which `parseDuration` does not accept:
 * policy durations are whole seconds.
 *
 * @example
 *   formatDuration(5_400_000) // "1h30m"
 *   formatDuration(90_000)    // "1m30s"
 */
export function formatDuration(ms: number): string {
  if (!Number.isSafeInteger(ms) || ms < 0) throw badInput('duration must be a non-negative integer number of milliseconds');
  if (ms === 0) return '0s';
  let rest = ms;
  let out = '';
  for (const [unit, unitMs] of UNITS) {
    const n = Math.floor(rest / unitMs);
    if (n > 0) out += `${n}${unit}`;
    rest -= n * unitMs;
  }
  if (rest > 0) out += `${rest}ms`;
  return out;
}
