/**
 * A webhook receiver for tests: a real node:http server on 127.0.0.1 that
 * records every POST (headers and raw body), answers with a settable status
 * (or never, to play a slow receiver), and can go down and come back on the
 * same port.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  path: string;
}

export class Receiver {
  readonly received: Received[] = [];
  /** What to answer: a status, 'hang' (never answer), or a redirect. */
  answer: number | 'hang' | { redirect: string } = 200;
  /** Wait this long before answering (a slow receiver that still answers). */
  delayMs = 0;
  private server: Server | undefined;
  port = 0;

  static async start(): Promise<Receiver> {
    const r = new Receiver();
    await r.up();
    return r;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/hook`;
  }

  async up(): Promise<void> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        this.received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), path: req.url ?? '' });
        const a = this.answer;
        if (a === 'hang') return;
        const reply = () => {
          if (typeof a === 'object') return void res.writeHead(302, { location: a.redirect }).end();
          res.writeHead(a, { 'content-type': 'text/plain' }).end('x'.repeat(1 << 16));
        };
        if (this.delayMs > 0) setTimeout(reply, this.delayMs);
        else reply();
      });
    });
    await new Promise<void>((ok) => server.listen(this.port, '127.0.0.1', () => ok()));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Stop listening: connections are refused until `up()`. */
  async down(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    if (!s) return;
    await new Promise<void>((ok) => {
      s.close(() => ok());
      s.closeAllConnections();
    });
  }

  /** Bodies received for one event. */
  of(event: string): Received[] {
    return this.received.filter((r) => r.headers['x-custos-event'] === event);
  }
}

/** Poll until `fn` is truthy (or fail after `ms`). */
export async function until<T>(fn: () => T | Promise<T>, ms = 10_000, what = 'condition'): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await fn();
    if (v) return v as NonNullable<T>;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
