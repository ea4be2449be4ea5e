/**
 * A TCP proxy that delays every chunk by a fixed time in each direction, to
 * stand in for a database on another host (issue #14's PG target): with
 * 1 ms each way, every PostgreSQL round trip costs at least 2 ms, so two
 * custos instances on this 2-core machine measure the locking design (how
 * long locks are held across round trips) rather than the CPU.
 *
 * Order is kept per direction: a chunk leaves no earlier than `delayMs` after
 * it arrived and never before the chunk ahead of it. Back-pressure is
 * ignored (the bench's traffic is small). Closing one side closes the other
 * once what it sent has been delivered.
 *
 *   node --import tsx bench/delay-proxy.ts 127.0.0.1:5432 1     (prints the port it listens on)
 *   import { startDelayProxy } from './delay-proxy.js'; const p = await startDelayProxy({ target: '127.0.0.1:5432', delayMs: 1 });
 */
import { createServer, connect, type Socket, type Server } from 'node:net';
import { pathToFileURL } from 'node:url';

export interface DelayProxy {
  /** The loopback port it listens on. */
  port: number;
  /** Connections accepted so far. */
  connections(): number;
  close(): Promise<void>;
}

/** One direction of a connection: chunks released in order, each `delayMs` after it arrived. */
function delayedPipe(from: Socket, to: Socket, delayMs: number): void {
  const queue: { at: number; chunk: Buffer | null }[] = [];
  let timer: NodeJS.Timeout | undefined;
  const pump = (): void => {
    timer = undefined;
    const now = performance.now();
    while (queue.length && queue[0]!.at <= now) {
      const { chunk } = queue.shift()!;
      if (chunk === null) to.end();
      else if (!to.destroyed) to.write(chunk);
    }
    if (queue.length) timer = setTimeout(pump, Math.max(0, queue[0]!.at - now));
  };
  const push = (chunk: Buffer | null): void => {
    queue.push({ at: performance.now() + delayMs, chunk });
    timer ??= setTimeout(pump, delayMs);
  };
  from.on('data', (c: Buffer) => push(c));
  from.on('end', () => push(null));
}

export async function startDelayProxy(opts: { target: string; delayMs: number; port?: number }): Promise<DelayProxy> {
  const [host, port] = opts.target.split(':') as [string, string];
  const sockets = new Set<Socket>();
  let accepted = 0;
  const server: Server = createServer((client) => {
    accepted++;
    const upstream = connect({ host, port: Number(port) });
    client.setNoDelay(true);
    upstream.setNoDelay(true);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
    }
    client.on('error', () => upstream.destroy());
    upstream.on('error', () => client.destroy());
    client.on('close', () => setTimeout(() => upstream.destroy(), opts.delayMs + 5));
    upstream.on('close', () => setTimeout(() => client.destroy(), opts.delayMs + 5));
    delayedPipe(client, upstream, opts.delayMs);
    delayedPipe(upstream, client, opts.delayMs);
  });
  await new Promise<void>((ok) => server.listen(opts.port ?? 0, '127.0.0.1', ok));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('delay proxy: no port');
  return {
    port: address.port,
    connections: () => accepted,
    close: () =>
      new Promise<void>((ok) => {
        for (const s of sockets) s.destroy();
        server.close(() => ok());
      }),
  };
}

/** The URL of `url` with its host and port replaced by the proxy's. */
export function throughProxy(url: string, proxy: DelayProxy): string {
  const u = new URL(url);
  u.hostname = '127.0.0.1';
  u.port = String(proxy.port);
  return u.toString();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const p = await startDelayProxy({ target: process.argv[2] ?? '127.0.0.1:5432', delayMs: Number(process.argv[3] ?? 1) });
  process.stdout.write(`${p.port}\n`);
  process.on('SIGTERM', () => void p.close().then(() => process.exit(0)));
}
