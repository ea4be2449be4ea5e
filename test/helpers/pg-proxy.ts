/**
 * The store URL `custos serve` processes of a PostgreSQL test use: direct, or
 * through bench/delay-proxy.ts when CUSTOS_TEST_PG_DELAY_MS is set (that many
 * ms each way per chunk: a database on another host, decision 0028). The
 * proxy runs in the test process, so `init` (spawnSync, which blocks it)
 * must use the direct URL.
 */
import { startDelayProxy, type DelayProxy } from '../../bench/delay-proxy.js';

export const PG_DELAY_MS = process.env.CUSTOS_TEST_PG_DELAY_MS === undefined ? undefined : Number(process.env.CUSTOS_TEST_PG_DELAY_MS);

/** `direct` itself, or the same database through a new delay proxy; `close` stops the proxy. */
export async function serversStore(direct: string): Promise<{ url: string; proxy: DelayProxy | undefined; close(): Promise<void> }> {
  if (PG_DELAY_MS === undefined) return { url: direct, proxy: undefined, close: async () => undefined };
  const proxy = await startDelayProxy({ target: '127.0.0.1:5432', delayMs: PG_DELAY_MS });
  const u = new URL(direct);
  u.hostname = '127.0.0.1';
  u.port = String(proxy.port);
  return { url: u.toString(), proxy, close: () => proxy.close() };
}
