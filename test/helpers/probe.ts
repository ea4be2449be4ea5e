/**
 * How long a server's event loop is blocked while it handles a request:
 * from outside, a client loops on GET /v1/sys/health and records each
 * latency; from inside, EVENT_LOOP_PROBE (preloaded with NODE_OPTIONS
 * --import) keeps a perf_hooks.monitorEventLoopDelay histogram and prints
 * and resets its maximum on SIGUSR2.
 */
import { Agent, request } from 'node:http';
import type { CustosClient } from '../../src/client/client.js';
import type { ServerProcess } from './process.js';

/** Preload for the server process: `NODE_OPTIONS: --import=${EVENT_LOOP_PROBE}`. custos installs no SIGUSR2 handler (the hostile-input suite preloads its own). */
export const EVENT_LOOP_PROBE = `data:text/javascript,${encodeURIComponent(
  'import { monitorEventLoopDelay } from "node:perf_hooks"; const h = monitorEventLoopDelay({ resolution: 1 }); h.enable(); ' +
    'process.on("SIGUSR2", () => { process.stderr.write(`custos-test-eld ${h.max / 1e6}\\n`); h.reset(); });',
)}`;

/** The server's largest event-loop delay (ms) since the last call, from EVENT_LOOP_PROBE. */
export async function serverLoopDelayMax(server: ServerProcess): Promise<number> {
  const seen = server.log().split('custos-test-eld ').length;
  server.proc.kill('SIGUSR2');
  for (let i = 0; i < 100; i++) {
    const parts = server.log().split('custos-test-eld ');
    if (parts.length > seen) return Number(parts[parts.length - 1]!.split(/\s/)[0]);
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('the event-loop probe did not answer');
}

/** GET /v1/sys/health in a loop (one connection, kept alive) until `stop` settles; each latency in ms (and to `onProbe` with its start, performance.now()). */
export async function probeHealth(url: string, stop: Promise<unknown>, onProbe?: (start: number, ms: number) => void): Promise<number[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const out: number[] = [];
  let done = false;
  void stop.finally(() => (done = true));
  try {
    while (!done) {
      const t = performance.now();
      await new Promise<void>((resolve, reject) => {
        const r = request(`${url}/v1/sys/health`, { agent }, (res) => {
          res.resume();
          res.on('end', () => resolve());
        });
        r.on('error', reject);
        r.end();
      });
      out.push(performance.now() - t);
      onProbe?.(t, out[out.length - 1]!);
    }
  } finally {
    agent.destroy();
  }
  return out;
}

export interface Probed<T> {
  outcome: T;
  ms: number;
  probes: number;
  maxProbeMs: number;
}

/** Run `call` while probing health; its outcome (value or error code), its time and the worst probe latency. */
export async function whileProbing<T>(url: string, call: () => Promise<T>): Promise<Probed<T | string>> {
  const t = performance.now();
  const p = call().catch((e: unknown) => String((e as { code?: string }).code ?? e));
  const latencies = await probeHealth(url, p);
  return { outcome: await p, ms: performance.now() - t, probes: latencies.length, maxProbeMs: Math.max(0, ...latencies) };
}

/** sign.evm of typed data as `client`, while probing. */
export function signTypedWhileProbing(url: string, client: CustosClient, key: string, typedData: unknown) {
  return whileProbing(url, () => client.call('sign.evm', { key, payload: { kind: 'evm.typedData', typedData } as never }));
}
