/** Timing helpers shared by the benchmarks (no framework; hrtime-based). */

/** Run `fn` repeatedly for about `ms` milliseconds; returns ops/s. */
export function run(fn: (i: number) => unknown, ms: number): number {
  const budget = BigInt(ms) * 1_000_000n;
  const start = process.hrtime.bigint();
  let n = 0;
  let elapsed = 0n;
  do {
    fn(n++);
    elapsed = process.hrtime.bigint() - start;
  } while (elapsed < budget);
  return (n * 1e9) / Number(elapsed);
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** Like `run`, for async operations awaited one after another (latency-bound). */
export async function runAsync(fn: (i: number) => Promise<unknown>, ms: number): Promise<number> {
  const budget = BigInt(ms) * 1_000_000n;
  const start = process.hrtime.bigint();
  let n = 0;
  let elapsed = 0n;
  do {
    await fn(n++);
    elapsed = process.hrtime.bigint() - start;
  } while (elapsed < budget);
  return (n * 1e9) / Number(elapsed);
}
