/** Timing helpers shared by the benchmarks (no framework; hrtime-based). */
import { readFileSync } from 'node:fs';

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

/**
 * A process's CPU time so far (user + system), in microseconds, from /proc/PID/stat (Linux; clock
 * ticks of 10 ms). On a machine shared with other work, CPU time per request is what a server
 * costs; wall-clock rates also measure the neighbours.
 */
export function cpuMicros(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /, '')
    .split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000; // utime, stime (fields 14 and 15 of stat)
}

/** CPU time (user + system) of one thread `tid` of process `pid` (its main thread: tid = pid), in microseconds, from /proc. */
export function threadCpuMicros(pid: number, tid = pid): number {
  const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')
    .replace(/^.*\) /, '')
    .split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

/** CPU time (this process, user + system) per call of `fn` over `n` calls, in microseconds. */
export function cpuPerCall(fn: (i: number) => unknown, n: number): number {
  const c0 = process.cpuUsage();
  for (let i = 0; i < n; i++) fn(i);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / n;
}
