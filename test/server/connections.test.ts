/**
 * Bounded connections, against a real `custos serve --dev` process on
 * loopback: a request that does not arrive in time (a trickled body, trickled
 * headers, a connection that sends nothing) is answered 408 E_TIMEOUT and its
 * socket closed; health keeps answering beside 1000 such sockets; past
 * --max-connections new connections are closed at accept. Each attack has its
 * positive control beside it (a slow request that does arrive in time is
 * served, connections under the cap are served). The production defaults are
 * read from the configured node:http server, not waited for.
 *
 * The attacking sockets live in this process, the server in its own: the
 * health latency is the server's, not this event loop's.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { credentialPrivateKey, readCredentialFile } from '../../src/auth/credential.js';
import { signRequest } from '../../src/auth/request-signature.js';
import { CustosClient } from '../../src/client/client.js';
import { buildApp, connectionLimits, DEFAULT_CONNECTION_LIMITS } from '../../src/server/app.js';
import { startServer, type ServerProcess } from '../helpers/process.js';
import { TestServer } from '../helpers/server.js';

const REQUEST_TIMEOUT_S = 2;
/** Node checks the timeouts each second (DEFAULT_CONNECTION_LIMITS.checkIntervalMs): a cut comes 0..1 s after the timeout, plus scheduling slack. */
const CUT_BY_MS = (REQUEST_TIMEOUT_S + 1) * 1000 + 1500;
const HOSTILE_SOCKETS = 1000;
const HEALTH_BOUND_MS = 100;
/**
 * The server's keep-alive in the first suite. undici keeps an idle connection for the server's
 * hint minus 2 s, so at 3 s it keeps it 1 s: a client blocked longer reuses a closed one.
 */
const KEEP_ALIVE_S = 3;

interface Exchange {
  status: number;
  json: any;
  raw: string;
  /** ms from connect to the server closing the socket. */
  closedAfterMs: number;
}

/** Open a raw connection, send `head` at once, then `chunks` one every `everyMs` (forever, cycling, when `forever`); resolve when the server closes it. */
function rawExchange(url: string, head: string, chunks: string[], everyMs: number, forever = false): Promise<Exchange> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const t0 = Date.now();
    let raw = '';
    let i = 0;
    let timer: NodeJS.Timeout | undefined;
    const s = connect(Number(port), hostname, () => {
      if (head) s.write(head);
      timer = setInterval(() => {
        if (!forever && i >= chunks.length) return clearInterval(timer);
        if (s.writable && chunks.length > 0) s.write(chunks[i++ % chunks.length]!);
      }, everyMs);
    });
    s.setEncoding('utf8');
    s.on('data', (d: string) => (raw += d));
    s.on('error', () => undefined); // a reset after the answer is still a close
    s.on('close', () => {
      clearInterval(timer);
      const m = /^HTTP\/1\.1 (\d{3}) /.exec(raw);
      if (!m) return reject(new Error(`no HTTP answer before close: ${JSON.stringify(raw.slice(0, 200))}`));
      const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
      resolve({ status: Number(m[1]), json, raw, closedAfterMs: Date.now() - t0 });
    });
  });
}

function head(method: string, path: string, headers: Record<string, string | number>): string {
  return `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}\r\n`;
}

/** One GET /v1/sys/health on a fresh connection: status and latency (ms, high-resolution). */
function probeHealth(url: string): Promise<{ status: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const t = process.hrtime.bigint();
    const r = httpRequest(`${url}/v1/sys/health`, { agent: false, timeout: 10_000 }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: Number(process.hrtime.bigint() - t) / 1e6 }));
    });
    r.on('timeout', () => r.destroy(new Error('health probe timed out')));
    r.on('error', reject);
    r.end();
  });
}

/** Open `n` connections that each send the headers of a 100 kB POST and then nothing more (the caller trickles). */
async function hostileSockets(url: string, n: number): Promise<{ sockets: Socket[]; answers: string[] }> {
  const { hostname, port } = new URL(url);
  const sockets: Socket[] = [];
  const answers: string[] = [];
  await Promise.all(
    Array.from(
      { length: n },
      () =>
        new Promise<void>((resolve) => {
          const s = connect(Number(port), hostname, () => {
            s.write(head('POST', '/v1/keys', { 'content-type': 'application/json', 'content-length': 100_000 }));
            resolve();
          });
          s.setEncoding('utf8');
          s.on('data', (d: string) => answers.push(d));
          s.on('error', () => resolve());
          s.on('close', () => resolve());
          sockets.push(s);
        }),
    ),
  );
  return { sockets, answers };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The soft limit on open files of this process (Linux), to size the flood. */
function openFileLimit(): number {
  try {
    const m = /Max open files\s+(\d+)/.exec(readFileSync('/proc/self/limits', 'utf8'));
    return m ? Number(m[1]) : Infinity;
  } catch {
    return Infinity;
  }
}

/** Block this thread (timers, sockets and all), as a busy client would. */
const blockFor = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

describe('bounded connections (custos serve --dev --request-timeout 2s --keep-alive-timeout 3s)', () => {
  let dir: string;
  let srv: ServerProcess;
  let admin: CustosClient;
  let adminKey: ReturnType<typeof credentialPrivateKey>;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'custos-conn-'));
    srv = await startServer(['--dev', '--request-timeout', `${REQUEST_TIMEOUT_S}s`, '--keep-alive-timeout', `${KEEP_ALIVE_S}s`], dir);
    const cred = readCredentialFile(join(dir, 'custos-data', 'admin.credential.json'));
    admin = new CustosClient({ url: srv.url, credential: cred });
    adminKey = credentialPrivateKey(cred);
  });
  after(async () => {
    await srv?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a body trickled past the request timeout: 408 E_TIMEOUT, socket closed, nothing created; a slow body that arrives in time is served', async () => {
    const body = JSON.stringify({ name: 'trickled', type: 'secp256k1' });
    const signed = signRequest(adminKey, 'admin', { method: 'POST', path: '/v1/keys', body });
    const h = head('POST', '/v1/keys', { ...signed, 'content-type': 'application/json', 'content-length': body.length + 1000 });
    // The attack: headers at once, then one byte every 200 ms of a body 1000 bytes longer than sent.
    const cut = await rawExchange(srv.url, h, [...body], 200, true);
    assert.equal(cut.status, 408, cut.raw);
    assert.deepEqual(Object.keys(cut.json).sort(), ['code', 'message']);
    assert.equal(cut.json.code, 'E_TIMEOUT');
    assert.match(cut.raw, /\r\nconnection: close\r\n/i);
    assert.ok(cut.closedAfterMs >= REQUEST_TIMEOUT_S * 1000, `cut after ${cut.closedAfterMs} ms, before the timeout`);
    assert.ok(cut.closedAfterMs <= CUT_BY_MS, `cut after ${cut.closedAfterMs} ms`);
    assert.ok(!(await admin.call('key.list', {})).some((k) => k.name === 'trickled'));

    // Control: the same signed request, trickled in 4 chunks over ~1.2 s (inside the timeout), is served.
    const okBody = JSON.stringify({ name: 'slow-but-on-time', type: 'secp256k1' });
    const okSigned = signRequest(adminKey, 'admin', { method: 'POST', path: '/v1/keys', body: okBody });
    const q = Math.ceil(okBody.length / 4);
    const chunks = [0, 1, 2, 3].map((i) => okBody.slice(i * q, (i + 1) * q));
    const served = await rawExchange(
      srv.url,
      head('POST', '/v1/keys', { ...okSigned, 'content-type': 'application/json', 'content-length': okBody.length }),
      chunks,
      300,
    );
    assert.equal(served.status, 200, served.raw);
    assert.equal(served.json.name, 'slow-but-on-time');
    assert.ok((await admin.call('key.list', {})).some((k) => k.name === 'slow-but-on-time'));
  });

  test('headers trickled (slowloris) or nothing sent at all: 408 E_TIMEOUT; headers sent slowly but in time are served', async () => {
    const full = head('GET', '/v1/sys/health', {});
    const [slowloris, silent] = await Promise.all([
      rawExchange(srv.url, 'GET /v1/sys/health HTTP/1.1\r\n', ['X-a: b\r\n'], 200, true),
      rawExchange(srv.url, '', [], 1000),
    ]);
    for (const x of [slowloris, silent]) {
      assert.equal(x.status, 408, x.raw);
      assert.equal(x.json.code, 'E_TIMEOUT');
      assert.ok(x.closedAfterMs <= CUT_BY_MS, `cut after ${x.closedAfterMs} ms`);
    }
    // Control: the health request's headers in 3 pieces over ~0.6 s.
    const third = Math.ceil(full.length / 3);
    const served = await rawExchange(srv.url, full.slice(0, third), [full.slice(third, 2 * third), full.slice(2 * third)], 300);
    assert.equal(served.status, 200, served.raw);
    assert.equal(served.json.sealed, false);
  });

  test('a client whose kept-alive connection the server closed while the client was busy sends again: a read and a signed write are served, the write once', async () => {
    const hint = await fetch(`${srv.url}/v1/sys/health`);
    await hint.text();
    assert.equal(hint.headers.get('keep-alive'), `timeout=${KEEP_ALIVE_S}`, `the server closes idle connections after ${KEEP_ALIVE_S} s`);
    assert.ok(Array.isArray(await admin.call('key.list', {}))); // leaves a kept-alive connection in the pool
    blockFor(KEEP_ALIVE_S * 1000 + 500); // the server closes it meanwhile; this process has not seen the close yet
    assert.ok(Array.isArray(await admin.call('key.list', {})));
    blockFor(KEEP_ALIVE_S * 1000 + 500);
    assert.equal((await admin.call('key.create', { name: 'after-idle', type: 'secp256k1' })).name, 'after-idle');
    assert.equal((await admin.call('key.list', {})).filter((k) => k.name === 'after-idle').length, 1);
  });

  test(`${HOSTILE_SOCKETS} hostile sockets trickling bodies: health answers within ${HEALTH_BOUND_MS} ms, and each hostile socket is cut with 408 E_TIMEOUT`, async (t) => {
    if (openFileLimit() < HOSTILE_SOCKETS + 200) return t.skip(`ulimit -n is ${openFileLimit()}, under ${HOSTILE_SOCKETS + 200}`);
    // Control: health on the idle server (the first probe also warms up both sides).
    await probeHealth(srv.url);
    const idle: number[] = [];
    for (let i = 0; i < 5; i++) idle.push((await probeHealth(srv.url)).ms);

    const { sockets, answers } = await hostileSockets(srv.url, HOSTILE_SOCKETS);
    const opened = Date.now();
    const trickle = setInterval(() => {
      for (const s of sockets) if (s.writable) s.write('a');
    }, 250);
    try {
      await sleep(300); // the trickle is under way
      const flooded: number[] = [];
      for (let i = 0; i < 11; i++) {
        const p = await probeHealth(srv.url);
        assert.equal(p.status, 200);
        flooded.push(p.ms);
        await sleep(50);
      }
      assert.ok(Date.now() - opened < REQUEST_TIMEOUT_S * 1000, 'the probes ran while every hostile socket was open');
      assert.equal(sockets.filter((s) => s.destroyed).length, 0, 'no hostile socket was cut before its timeout');
      const fmt = (xs: number[]) => `median ${median(xs).toFixed(1)} ms, max ${Math.max(...xs).toFixed(1)} ms`;
      t.diagnostic(`health idle: ${fmt(idle)}; beside ${HOSTILE_SOCKETS} trickling sockets: ${fmt(flooded)} (${flooded.map((x) => x.toFixed(1)).join(' ')})`);
      // The requirement is 100 ms. Measured max: 7..26 ms with this file alone, 56 ms with another test
      // file on the same 2 shared cores; so the bound is on the median, and no probe may take a second.
      assert.ok(median(flooded) <= HEALTH_BOUND_MS, `health ${fmt(flooded)} beside ${HOSTILE_SOCKETS} hostile sockets`);
      assert.ok(Math.max(...flooded) < 1000, `health ${fmt(flooded)}: a probe took a second`);

      // Every hostile socket is then cut: a 408 in our shape, and closed.
      const deadline = Date.now() + CUT_BY_MS + 2000;
      while (sockets.some((s) => !s.destroyed) && Date.now() < deadline) await sleep(100);
      assert.equal(sockets.filter((s) => !s.destroyed).length, 0, 'every hostile socket closed by the server');
      const timeouts = answers.filter((a) => a.startsWith('HTTP/1.1 408 ') && a.includes('"code":"E_TIMEOUT"')).length;
      assert.equal(timeouts, HOSTILE_SOCKETS);
    } finally {
      clearInterval(trickle);
      for (const s of sockets) s.destroy();
    }
    assert.equal((await probeHealth(srv.url)).status, 200);
    assert.doesNotMatch(srv.log(), /error (GET|POST)|internal/i);
  });
});

describe('the connection cap (custos serve --dev --max-connections 20)', () => {
  test('past --max-connections a new connection is closed at accept; under it, it is served; health answers again once the hostile sockets go', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'custos-cap-'));
    const srv = await startServer(['--dev', '--max-connections', '20'], dir);
    try {
      // Control: 19 hostile connections open, the 20th (a health probe) is served.
      const first = await hostileSockets(srv.url, 19);
      assert.equal((await probeHealth(srv.url)).status, 200);
      // The attack: the 20th hostile connection fills the cap; the next one is refused without an answer.
      const last = await hostileSockets(srv.url, 1);
      await sleep(100);
      await assert.rejects(
        probeHealth(srv.url),
        (e: NodeJS.ErrnoException) => e.code === 'ECONNRESET' || e.code === 'EPIPE' || /socket hang up/.test(e.message),
      );
      assert.match(srv.log(), /connection limit reached: 20 connections open/);
      for (const s of [...first.sockets, ...last.sockets]) s.destroy();
      let ok = false;
      for (let i = 0; i < 20 && !ok; i++) {
        ok = await probeHealth(srv.url).then(
          (p) => p.status === 200,
          () => false,
        );
        if (!ok) await sleep(50);
      }
      assert.ok(ok, 'health answers once the hostile connections are gone');
    } finally {
      await srv.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('connection limits: production defaults and options', () => {
  let t: TestServer;
  before(async () => {
    t = await TestServer.start();
  });
  after(async () => {
    await t.stop();
  });

  const configured = (app: Awaited<ReturnType<typeof buildApp>>) => {
    const s = app.server as unknown as {
      requestTimeout: number;
      headersTimeout: number;
      keepAliveTimeout: number;
      connectionsCheckingInterval: number;
      maxConnections: number;
    };
    return {
      requestTimeout: s.requestTimeout,
      headersTimeout: s.headersTimeout,
      keepAliveTimeout: s.keepAliveTimeout,
      connectionsCheckingInterval: s.connectionsCheckingInterval,
      maxConnections: s.maxConnections,
    };
  };
  const DEFAULTS = { requestTimeout: 14_000, headersTimeout: 10_000, keepAliveTimeout: 5_000, connectionsCheckingInterval: 1_000, maxConnections: 4096 };
  /** tls.Server keeps its handshake timeout under a symbol. */
  const handshakeTimeout = (app: Awaited<ReturnType<typeof buildApp>>) => {
    const sym = Object.getOwnPropertySymbols(app.server).find((x) => x.description === 'handshake-timeout');
    return sym ? (app.server as unknown as Record<symbol, number>)[sym] : undefined;
  };
  /** A self-signed certificate for 127.0.0.1 (openssl), or undefined without openssl. */
  let tls: { cert: Buffer; key: Buffer } | undefined;
  const tlsPair = () => {
    if (tls) return tls;
    const gen = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:P-256',
        '-nodes',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        'key.pem',
        '-out',
        'cert.pem',
        '-days',
        '1',
      ],
      { cwd: t.dir },
    );
    if (gen.status !== 0) return undefined;
    return (tls = { cert: readFileSync(join(t.dir, 'cert.pem')), key: readFileSync(join(t.dir, 'key.pem')) });
  };

  test('defaults: a request must arrive within 14 s checked each second (cut by 15 s), headers within 10 s, keep-alive 5 s, 4096 connections', async () => {
    assert.equal(DEFAULT_CONNECTION_LIMITS.requestTimeoutMs + DEFAULT_CONNECTION_LIMITS.checkIntervalMs, 15_000);
    const app = await buildApp(t.server.services);
    try {
      assert.deepEqual(configured(app), DEFAULTS);
    } finally {
      await app.close();
    }
  });

  test('the same defaults on an HTTPS server, and the TLS handshake within the headers timeout (node: 120 s)', async (tt) => {
    const pair = tlsPair();
    if (!pair) return tt.skip('no openssl');
    const app = await buildApp(t.server.services, { https: pair });
    try {
      assert.deepEqual(configured(app), DEFAULTS);
      assert.equal(handshakeTimeout(app), 10_000);
    } finally {
      await app.close();
    }
  });

  test('HTTPS: a connection that never starts the TLS handshake is closed after the headers timeout; a TLS client is served', async (tt) => {
    const pair = tlsPair();
    if (!pair) return tt.skip('no openssl');
    const app = await buildApp(t.server.services, { https: pair, limits: { requestTimeoutMs: 1000, checkIntervalMs: 250 } });
    try {
      await app.listen({ host: '127.0.0.1', port: 0 });
      const port = (app.server.address() as { port: number }).port;
      // The attack: a TCP connection that sends nothing, so node:http never sees it.
      const closedAfter = await new Promise<number>((resolve) => {
        const t0 = Date.now();
        const s = connect(port, '127.0.0.1');
        s.on('error', () => undefined);
        s.on('close', () => resolve(Date.now() - t0));
        setTimeout(() => s.destroy(), 10_000).unref();
      });
      assert.ok(closedAfter >= 900 && closedAfter < 3000, `closed after ${closedAfter} ms`);
      // Control: a TLS client that completes the handshake is answered.
      const status = await new Promise<number>((resolve, reject) => {
        const r = httpsRequest({ host: '127.0.0.1', port, path: '/v1/sys/health', ca: pair.cert, agent: false }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        r.on('error', reject);
        r.end();
      });
      assert.equal(status, 200);
    } finally {
      await app.close();
    }
  });

  test('options override each value; the headers timeout never exceeds the request timeout; non-positive values are refused', async () => {
    const app = await buildApp(t.server.services, { limits: { requestTimeoutMs: 2000, keepAliveTimeoutMs: 700, checkIntervalMs: 250, maxConnections: 7 } });
    try {
      assert.deepEqual(configured(app), {
        requestTimeout: 2000,
        headersTimeout: 2000,
        keepAliveTimeout: 700,
        connectionsCheckingInterval: 250,
        maxConnections: 7,
      });
    } finally {
      await app.close();
    }
    assert.equal(connectionLimits({ headersTimeoutMs: 3000 }).headersTimeoutMs, 3000);
    assert.throws(() => connectionLimits({ maxConnections: 0 }), RangeError);
    assert.throws(() => connectionLimits({ requestTimeoutMs: 1.5 }), RangeError);
  });
});
