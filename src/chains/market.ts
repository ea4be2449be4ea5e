/**
 * Market facts for policy (`market.SYMBOL.price`, `.volatility1h`,
 * `.volatility24h`): the price feed's samples, kept per symbol as the feed is
 * polled, and their realized volatility over the last hour and day.
 *
 *   volatility over W = sqrt( sum over consecutive samples in W of ln(p_i / p_{i-1})^2 )
 *
 * a fraction of the price (0.05: prices moved about 5% over the window), the
 * usual realized-volatility estimator, unannualized. A window's volatility is
 * given only when the samples cover it (the oldest one at most W/10 after
 * its start, and at least 3 samples in it) and no price in it is 0;
 * otherwise the fact is absent, and a rule that reads it fails closed (an
 * allow does not match, a deny does). A file feed is one sample: a price,
 * never a volatility.
 *
 * Memory is bounded: samples closer than 1/1440 of a day (60 s) to the last
 * kept one replace it, and samples older than a day (plus that spacing) are
 * dropped: about one sample a minute for a day (under 1,500) per symbol, and at
 * most MAX_SYMBOLS symbols.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const SPACING_MS = DAY_MS / 1440;
const MAX_SYMBOLS = 256;

/** What policy sees per symbol (absent fields: not enough history). */
export interface MarketSymbolFacts {
  price: number;
  volatility1h?: number;
  volatility24h?: number;
}

export type MarketFacts = Record<string, MarketSymbolFacts>;

interface Sample {
  t: number;
  p: number;
}

export class PriceHistory {
  private readonly series = new Map<string, Sample[]>();

  /** Record one poll of the feed (symbol -> USD price) at `atMs`. */
  record(prices: Record<string, number>, atMs: number): void {
    for (const [symbol, p] of Object.entries(prices)) {
      if (!Number.isFinite(p) || p < 0) continue;
      let s = this.series.get(symbol);
      if (!s) {
        if (this.series.size >= MAX_SYMBOLS) continue;
        s = [];
        this.series.set(symbol, s);
      }
      const last = s.at(-1);
      if (last && atMs < last.t) continue; // a clock that went back: keep the series ordered
      if (last && s.length > 1 && atMs - s[s.length - 2]!.t < SPACING_MS) s[s.length - 1] = { t: atMs, p };
      else s.push({ t: atMs, p });
      const cutoff = atMs - DAY_MS - SPACING_MS;
      let drop = 0;
      while (drop < s.length - 1 && s[drop]!.t < cutoff) drop++;
      if (drop > 0) s.splice(0, drop);
    }
  }

  /** The facts at `nowMs`: the newest price of every symbol, and the volatilities its samples cover. */
  facts(nowMs: number): MarketFacts {
    const out: MarketFacts = {};
    for (const [symbol, s] of this.series) {
      const last = s.at(-1);
      if (!last) continue;
      const f: MarketSymbolFacts = { price: last.p };
      const v1 = realized(s, nowMs, HOUR_MS);
      const v24 = realized(s, nowMs, DAY_MS);
      if (v1 !== undefined) f.volatility1h = v1;
      if (v24 !== undefined) f.volatility24h = v24;
      out[symbol] = f;
    }
    return out;
  }
}

/** Realized volatility of the samples in (nowMs - windowMs, nowMs], or undefined when they do not cover the window. */
function realized(s: readonly Sample[], nowMs: number, windowMs: number): number | undefined {
  const start = nowMs - windowMs;
  // The last sample at or before the window's start opens it (the price in force then), else the first inside it.
  let i = s.length - 1;
  while (i > 0 && s[i]!.t > start) i--;
  const inWindow = s.slice(i).filter((x) => x.t <= nowMs);
  if (inWindow.length < 3 || inWindow[0]!.t > start + windowMs / 10) return undefined;
  let sum = 0;
  for (let k = 1; k < inWindow.length; k++) {
    const a = inWindow[k - 1]!.p;
    const b = inWindow[k]!.p;
    if (a <= 0 || b <= 0) return undefined;
    sum += Math.log(b / a) ** 2;
  }
  return Math.sqrt(sum);
}
