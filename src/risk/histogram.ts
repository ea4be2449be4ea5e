/**
 * Fixed-size histograms behind the baselines: USD amounts in quarter-decade
 * bins of log10(USD), hours of the day in 24 bins. Robust statistics (median,
 * MAD, percentile) are read off the bins, so their cost is the bin count,
 * never the history's length.
 */

/** Bin 0 holds amounts below $0.01 (and 0); then 4 bins per decade from $0.01 up to $10^13; the last bin is everything above. */
export const AMOUNT_BINS = 62;
const LOG_MIN = -2;
const PER_DECADE = 4;

/** The amount bin of a USD value. @example amountBin(0) // 0; amountBin(1) // 9; amountBin(1e4) // 25 */
export function amountBin(usd: number): number {
  if (!(usd >= 10 ** LOG_MIN)) return 0;
  const b = 1 + Math.floor((Math.log10(usd) - LOG_MIN) * PER_DECADE + 1e-9);
  return Math.min(AMOUNT_BINS - 1, b);
}

/** log10 of the centre of an amount bin (bin 0 reads as $0.005). */
export function binLog10(bin: number): number {
  if (bin <= 0) return LOG_MIN - 0.3;
  return LOG_MIN + (bin - 0.5) / PER_DECADE;
}

/** Width of one bin in log10 units: the floor of any spread read off the histogram. */
export const BIN_WIDTH_LOG10 = 1 / PER_DECADE;

/** The bin at which the cumulative count first exceeds `q` of the total (q in 0..1; the upper median for q = 0.5). */
function quantileBin(bins: readonly number[], total: number, q: number): number {
  let acc = 0;
  for (let i = 0; i < bins.length; i++) {
    acc += bins[i]!;
    if (acc > q * total) return i;
  }
  return bins.length - 1;
}

/**
 * Median and median absolute deviation of log10(USD), from the bins; MAD is
 * at least one bin width. Null when the histogram is empty.
 */
export function medianMad(bins: readonly number[]): { median: number; mad: number; n: number } | null {
  let n = 0;
  for (const c of bins) n += c;
  if (n <= 0) return null;
  const m = quantileBin(bins, n, 0.5);
  const median = binLog10(m);
  // Deviations grow with the distance from the median bin: walk outwards, nearest first, until half the mass is covered.
  let acc = bins[m]!;
  let mad = 0;
  for (let d = 1; acc <= n / 2 && (m - d >= 0 || m + d < bins.length); d++) {
    const lo = m - d >= 0 ? bins[m - d]! : 0;
    const hi = m + d < bins.length ? bins[m + d]! : 0;
    // Bin 0 sits 0.3 below bin 1's centre rather than one bin width: take its true distance.
    const loDev = m - d >= 0 ? median - binLog10(m - d) : Infinity;
    const hiDev = m + d < bins.length ? binLog10(m + d) - median : Infinity;
    for (const [c, dev] of (loDev <= hiDev
      ? [
          [lo, loDev],
          [hi, hiDev],
        ]
      : [
          [hi, hiDev],
          [lo, loDev],
        ]) as [number, number][]) {
      if (c === 0) continue;
      acc += c;
      mad = dev;
      if (acc > n / 2) break;
    }
  }
  return { median, mad: Math.max(mad, BIN_WIDTH_LOG10), n };
}

/** Share of the history at or above this bin (the upper-tail percentile; 1 when nothing is known). */
export function upperTail(bins: readonly number[], bin: number): number {
  const n = bins.reduce((a, b) => a + b, 0);
  if (n <= 0) return 1;
  let above = 0;
  for (let i = bin; i < bins.length; i++) above += bins[i]!;
  return above / n;
}

/** Share of the history in this hour and the two beside it, divided by 3 (smoothed share per hour; uniform is 1/24). */
export function hourShare(hours: readonly number[], hour: number): number {
  const n = hours.reduce((a, b) => a + b, 0);
  if (n <= 0) return 1 / 24;
  const at = (h: number) => hours[(h + 24) % 24]!;
  return (at(hour - 1) + at(hour) + at(hour + 1)) / 3 / n;
}
