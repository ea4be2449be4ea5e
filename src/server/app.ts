/**
 * The HTTP API (fastify). Routes are registered from the contract table:
 * the same schemas validate input (unknown fields refused), serialize 200
 * responses (output schemas) and produce /openapi.json. Errors are
 * `{code, message}` with the status from the error registry; nothing else
 * (no stack, no internals) reaches a client.
 */
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { CustosError, ERROR_CODES, toCustosError, badInput } from '../errors.js';
import { utf8 } from '../crypto/bytes.js';
import { hostHsmAccess } from '../keystore/hsm-config.js';
import { OPERATIONS, type Operation, type OperationName, type OperationOutput } from '../api/contract.js';
import { handlers } from '../api/handlers.js';
import { contextFor, type Services } from '../api/context.js';
import { docsPage, openApiDocument } from '../api/openapi.js';
import type { Socket } from 'node:net';
import { randomUUID } from 'node:crypto';
import { Authenticator } from './auth.js';
import { createLogger, SILENT, type Logger } from './log.js';
import { Metrics, servicesSource } from './metrics.js';
import { lazyCompilers } from './lazy-compilers.js';
import { registerConsole } from './console.js';

import { VERSION } from '../version.js';
const MAX_BODY_BYTES = 1024 * 1024;
const MAX_JSON_DEPTH = 32;

declare module 'fastify' {
  interface FastifyRequest {
    rawBody?: Buffer;
    /** What the request log line and the metrics say about this request (never a body, header or token). */
    custos?: RequestNote;
  }
}

/**
 * Nesting depth of a JSON text, from its raw bytes (brackets outside strings),
 * stopping past the limit: checked before JSON.parse, so a megabyte of "["
 * costs one pass over the buffer instead of a parse and its allocations.
 */
function rawDepthExceeds(body: Buffer, limit: number): boolean {
  let d = 0;
  let inString = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (inString) {
      if (c === 0x5c)
        i++; // skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++d > limit) return true;
    } else if (c === 0x5d || c === 0x7d) d--;
  }
  return false;
}

/** The request log's fields beyond reqId, status and ms. */
interface RequestNote {
  operation?: OperationName;
  principal?: string;
  code?: string;
  rule?: string | null;
  outcome?: string;
  requestId?: string;
  /** Durable commits the answer waits for (the replay nonce's). */
  pending?: Promise<void>[];
}

/** Operations that submit a signing request: their log line carries the request's rule and outcome. */
const SIGNING: ReadonlySet<OperationName> = new Set(['sign', 'sign.evm', 'sign.bitcoin', 'sign.solana']);
/** Probes and scrapes, polled by machines: logged at debug, so they do not drown the rest at info. */
const PROBES: ReadonlySet<OperationName> = new Set(['sys.health', 'sys.ready', 'sys.upcheck', 'sys.metrics']);

/**
 * What a client may hold of the server, against slow and idle connections
 * (slowloris, trickled bodies) and connection floods. All times in ms.
 */
export interface ConnectionLimits {
  /** A request, headers and body, must have arrived within this; otherwise 408 E_TIMEOUT and the connection is closed. */
  requestTimeoutMs: number;
  /** The headers must have arrived within this (at most `requestTimeoutMs`; the smaller one applies); over HTTPS also the TLS handshake. */
  headersTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** How often the two timeouts above are checked: a slow request is cut at most this much after its timeout. */
  checkIntervalMs: number;
  /** Connections open at once; a connection beyond it is closed at accept (keep it under the file descriptor limit, `ulimit -n`). */
  maxConnections: number;
}

/**
 * Production defaults: a request trickled or stalled is cut by 15 s (14 s plus
 * a check each second), an idle keep-alive connection after 5 s (fastify's
 * default would be 72 s), at most 4096 connections at once.
 */
export const DEFAULT_CONNECTION_LIMITS: Readonly<ConnectionLimits> = Object.freeze({
  requestTimeoutMs: 14_000,
  headersTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  checkIntervalMs: 1_000,
  maxConnections: 4096,
});

/** The defaults overridden by `limits`, each a positive whole number (TypeError / RangeError naming the field otherwise). */
export function connectionLimits(limits: Partial<ConnectionLimits> = {}): ConnectionLimits {
  const l = { ...DEFAULT_CONNECTION_LIMITS, ...limits };
  for (const [k, v] of Object.entries(l)) {
    if (typeof v !== 'number') throw new TypeError(`${k}: expected a number`);
    if (!Number.isSafeInteger(v) || v < 1) throw new RangeError(`${k}: expected a positive whole number, got ${v}`);
  }
  // Node refuses a headers timeout above the request timeout.
  return { ...l, headersTimeoutMs: Math.min(l.headersTimeoutMs, l.requestTimeoutMs) };
}

/** A raw HTTP/1.1 error answer in our shape, for requests fastify never sees. */
function rawError(status: string, code: string, message: string): string {
  const body = JSON.stringify({ code, message });
  return `HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

export interface AppOptions {
  now?: () => number;
  /** Plain lines (text format, level info) when no `logger` is given. */
  log?: (line: string) => void;
  /** The server's logger: operational lines and one line per request. */
  logger?: Logger;
  /** The metrics this app counts into and serves at /v1/sys/metrics (default: a new registry for this app). */
  metrics?: Metrics;
  /** Called after a successful unseal through the API. */
  onUnseal?: () => void;
  /** Serve HTTPS with this certificate and key (PEM). */
  https?: { cert: Buffer; key: Buffer };
  /** Timeouts and the connection cap; unset fields keep {@link DEFAULT_CONNECTION_LIMITS}. */
  limits?: Partial<ConnectionLimits>;
  /** Where the built console is (default dist/ui of this package). */
  consoleDir?: string;
}

export async function buildApp(s: Services, opts: AppOptions = {}): Promise<FastifyInstance> {
  const limits = connectionLimits(opts.limits);
  const logger = opts.logger ?? (opts.log ? createLogger({ write: opts.log, format: 'text' }) : SILENT);
  const log = (line: string) => logger.info(line);
  const metrics = opts.metrics ?? new Metrics(servicesSource(s), VERSION);
  await metrics.start();
  // Read by node:http when the server is created (the checking interval cannot be changed later).
  const nodeServer = {
    requestTimeout: limits.requestTimeoutMs,
    headersTimeout: limits.headersTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: limits.checkIntervalMs,
  };
  const app = Fastify({
    // Over TLS the handshake comes before node:http sees the connection: it gets the headers timeout too (node's default: 120 s).
    ...(opts.https ? { https: { ...opts.https, ...nodeServer, handshakeTimeout: limits.headersTimeoutMs } } : { http: nodeServer }),
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    logger: false,
    // Request ids for the request log: random (not a per-process counter), never taken from a client header.
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: MAX_BODY_BYTES,
    forceCloseConnections: 'idle',
    // No type coercion: a JSON body must carry the declared types (query integers are converted explicitly below).
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, allErrors: false, useDefaults: false } },
    // Each route's schemas are compiled on its first request, not at start-up (src/server/lazy-compilers.ts).
    schemaController: { compilersFactory: lazyCompilers() },
    // Requests the router itself cannot take (bad percent-encoding, over-long parameters) get our error shape too.
    frameworkErrors: (error, _req, reply) => {
      void (reply as unknown as { code(n: number): { send(b: unknown): unknown } })
        .code(400)
        .send({ code: 'E_BAD_INPUT', message: `malformed request: ${error.message}` });
    },
    // No implicit HEAD twins of GET routes (a HEAD of audit export would still run it).
    exposeHeadRoutes: false,
    // Requests Node's HTTP parser refuses (bad request line, oversized headers, unframed bodies) or
    // that did not arrive in time: our error shape, Connection: close, and the socket destroyed once
    // the answer is out (ending only our half would leave it open to a client that never closes).
    clientErrorHandler: (err: Error & { code?: string }, socket: Socket) => {
      const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
      if (err.code === 'ECONNRESET' || socket.destroyed || !socket.writable || inFlight?.headersSent) {
        socket.destroy();
        return;
      }
      const [status, code, message] =
        err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
          ? ([
              '408 Request Timeout',
              'E_TIMEOUT',
              `the request did not arrive in time (headers within ${limits.headersTimeoutMs / 1000} s, all of it within ${limits.requestTimeoutMs / 1000} s)`,
            ] as const)
          : err.code === 'HPE_HEADER_OVERFLOW'
            ? (['431 Request Header Fields Too Large', 'E_TOO_LARGE', 'request headers too large'] as const)
            : (['400 Bad Request', 'E_BAD_INPUT', 'malformed HTTP request'] as const);
      // Refused before routing: no reqId, operation or principal; still one log line and one count.
      const statusCode = Number(status.slice(0, 3));
      metrics.request('none', statusCode, 0);
      logger.info('request refused before routing', { status: statusCode, code, reason: err.code ?? null });
      socket.write(rawError(status, code, message), () => socket.destroy());
      setTimeout(() => socket.destroy(), 1000).unref(); // a client that does not read does not keep it
    },
  }) as unknown as FastifyInstance;
  app.server.maxConnections = limits.maxConnections;
  let lastDropLog = 0;
  app.server.on('drop', () => {
    if (Date.now() - lastDropLog < 10_000) return;
    lastDropLog = Date.now();
    logger.warn(`connection limit reached: ${limits.maxConnections} connections open, refusing new ones (--max-connections)`);
  });
  const auth = new Authenticator(s, opts.now, (line) => logger.warn(line));

  // Each answer names its request id (the reqId of its log line), for operators matching a client's report to the log.
  app.addHook('onRequest', async (req, reply) => {
    void reply.header('x-request-id', req.id);
  });

  // Nothing is answered before the request's replay nonce is durable (written with awaitCommit:
  // false, it commits with the request's own transaction; docs/decisions/0015-group-commit.md).
  app.addHook('onSend', async (req) => {
    const pending = req.custos?.pending;
    if (pending && pending.length > 0) await Promise.all(pending);
  });

  // One log line and one metrics observation per answered request.
  app.addHook('onResponse', async (req, reply) => {
    const n = req.custos ?? {};
    const operation = n.operation ?? 'none';
    const ms = reply.elapsedTime;
    metrics.request(operation, reply.statusCode, ms / 1000);
    const level = n.operation && PROBES.has(n.operation) && reply.statusCode < 400 ? 'debug' : 'info';
    if (!logger.enabled(level)) return;
    logger[level]('request', {
      reqId: req.id,
      method: req.method,
      operation: n.operation ?? null,
      principal: n.principal ?? null,
      status: reply.statusCode,
      ms: Math.round(ms * 100) / 100,
      code: n.code,
      ...(n.operation && SIGNING.has(n.operation) ? { rule: n.rule ?? null, outcome: n.outcome ?? null, requestId: n.requestId } : {}),
    });
  });

  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req: FastifyRequest, body: Buffer, done) => {
    req.rawBody = body;
    if (body.length === 0) return done(null, {});
    if (rawDepthExceeds(body, MAX_JSON_DEPTH)) return done(badInput(`the request body is nested deeper than ${MAX_JSON_DEPTH} levels`), undefined);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      return done(badInput('the request body is not valid JSON'), undefined);
    }
    done(null, parsed);
  });
  app.addContentTypeParser('*', (_req, _payload, done) => done(badInput('send JSON (content-type: application/json)'), undefined));

  app.setErrorHandler((error, req, reply) => {
    let e: CustosError;
    const fe = error as { validation?: unknown; code?: string; statusCode?: number; message: string };
    if (error instanceof CustosError) e = error;
    else if (fe.validation) e = badInput(`invalid request: ${fe.message}`);
    else if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') e = new CustosError('E_TOO_LARGE', `request body larger than ${MAX_BODY_BYTES} bytes`);
    else if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) e = badInput('malformed request');
    else e = toCustosError(error);
    if (e.code === 'E_INTERNAL' || e.code === 'E_STORE')
      logger.error(`error ${req.method} ${req.url}: ${(error as Error).stack ?? String(error)}`, { reqId: req.id });
    (req.custos ??= {}).code = e.code;
    // A refused tampered row rolled its transaction back: tell the webhooks in a transaction of their own.
    if (e.code === 'E_TAMPERED')
      void s.outbox.tamperDetected(String(e.details?.record ?? 'unknown'), `${req.method} ${req.routeOptions.url ?? ''}`).catch(() => undefined);
    const headers: Record<string, string> = {};
    const retry = e.details?.retryAfterSeconds;
    if (typeof retry === 'number') headers['retry-after'] = String(retry);
    // Not when a commit's outcome is unknown (store/postgres.ts): the request may have been done; look before sending it again.
    if ((e.code === 'E_STORE' && e.details?.outcomeUnknown !== true) || e.code === 'E_SEALED') headers['retry-after'] ??= '1';
    void reply
      .code(ERROR_CODES[e.code])
      .headers(headers)
      .send({ code: e.code, message: e.message, ...(e.details && e.code !== 'E_INTERNAL' ? { details: e.details } : {}) });
  });
  app.setNotFoundHandler((req, reply) => {
    (req.custos ??= {}).code = 'E_NOT_FOUND';
    void reply.code(404).send({ code: 'E_NOT_FOUND', message: `no route ${req.method} ${req.url.split('?')[0]}` });
  });

  const doc = openApiDocument(VERSION);
  app.get('/openapi.json', async () => doc);
  app.get('/docs', async (_req, reply) => reply.type('text/html; charset=utf-8').send(docsPage(doc)));
  // The approver console (static files; it calls this same API with signed requests).
  registerConsole(app, opts.consoleDir);

  for (const [name, op] of Object.entries(OPERATIONS) as [OperationName, Operation][]) {
    // 200 bodies are serialized with the output schema (text operations send their string as is).
    const schema: Record<string, unknown> = { response: { 200: op.output } };
    if (op.params) schema.params = op.params;
    if (op.input) schema[op.method === 'GET' ? 'querystring' : 'body'] = op.input;
    else if (op.method === 'GET') schema.querystring = { type: 'object', additionalProperties: false, maxProperties: 0 };
    const queryIntegers =
      op.method === 'GET' && op.input
        ? Object.entries(op.input.properties)
            .filter(([, p]) => (p as { type?: string }).type === 'integer')
            .map(([k]) => k)
        : [];
    app.route({
      method: op.method,
      url: op.path,
      schema,
      onRequest: async (req) => {
        req.custos = { operation: name };
      },
      preValidation: async (req) => {
        const q = req.query as Record<string, unknown>;
        // Input of POST/PUT/DELETE is the body, validated by its schema; a query string would bypass it.
        if (op.method !== 'GET' && Object.keys(q ?? {}).length > 0) {
          throw badInput(`${req.method} ${op.path} takes no query parameters: send the input in the JSON body`);
        }
        for (const k of queryIntegers) if (typeof q[k] === 'string' && /^\d{1,9}$/.test(q[k] as string)) q[k] = Number(q[k]);
        // Operations without input take no body (an absent body is fine).
        if (
          !op.input &&
          op.method !== 'GET' &&
          req.body !== undefined &&
          (typeof req.body !== 'object' || req.body === null || Object.keys(req.body).length > 0)
        ) {
          throw badInput(`${name} takes no request body`);
        }
      },
      handler: async (req, reply) => {
        // GET input is the (schema-checked) query, any other method's the (schema-checked) body; path parameters win.
        const input = { ...(((op.method === 'GET' ? req.query : req.body) as object) ?? {}), ...((req.params as object) ?? {}) };
        if (name === 'sys.unseal') return unseal(s, input as { passphrase?: string; shares?: string[]; reset?: boolean }, opts.onUnseal);
        if (name === 'sys.health') return handlers['sys.health'](contextFor(s, anonymous, 'server'), {});
        if (name === 'sys.ready') return handlers['sys.ready'](contextFor(s, anonymous, 'server'), {});
        if (name === 'sys.upcheck') return reply.type(op.mediaType!).send(await handlers['sys.upcheck'](contextFor(s, anonymous, 'server'), {}));
        if (op.unauthenticated) return (handlers[name] as (c: unknown, i: unknown) => Promise<unknown>)(contextFor(s, anonymous, 'server'), input);
        const pending: Promise<void>[] = [];
        (req.custos ??= {}).pending = pending;
        const actor = await auth.authenticate(
          { method: req.method, url: req.url, headers: req.headers, rawBody: req.rawBody ?? '' },
          op.tokens === true,
          pending,
        );
        (req.custos ??= {}).principal = actor.name;
        if (op.access !== 'public' && !op.access.includes(actor.role)) {
          throw new CustosError('E_FORBIDDEN', `${name} is not open to role ${actor.role}`);
        }
        if (name === 'sys.metrics') return reply.type(metrics.contentType).send(await metrics.render());
        const out = await (handlers[name] as (c: unknown, i: unknown) => Promise<unknown>)(contextFor(s, actor, 'server'), input);
        if (SIGNING.has(name) && out && typeof out === 'object') {
          const v = out as { id?: unknown; status?: unknown; rule?: unknown };
          Object.assign(req.custos, {
            rule: typeof v.rule === 'string' ? v.rule : null,
            ...(typeof v.status === 'string' ? { outcome: v.status } : {}),
            ...(typeof v.id === 'string' ? { requestId: v.id } : {}),
          });
        }
        if (op.text) return reply.type(op.mediaType ?? 'application/x-ndjson').send(out as string);
        return out;
      },
    });
  }
  return app;
}

const anonymous = { id: 'anonymous', name: 'anonymous', role: 'auditor' as const, kind: 'api' as const, tags: {} };

async function unseal(
  s: Services,
  input: { passphrase?: string; shares?: string[]; reset?: boolean },
  onUnseal?: () => void,
): Promise<OperationOutput<'sys.unseal'>> {
  if (input.reset === true) {
    if (input.passphrase !== undefined || input.shares !== undefined) throw badInput('reset takes no passphrase or shares');
    return { ...s.unsealProgress.reset(), message: 'unseal progress reset' };
  }
  if (!s.inst.sealed) return { sealed: false, message: 'already unsealed' };
  if (input.passphrase === undefined && s.inst.sealConfig.kind === 'shamir') {
    // Shamir shares, one holder at a time or all at once (src/keystore/unseal-progress.ts).
    const r = await s.unsealProgress.submit(input.shares ?? [], 'api:unseal');
    if (!r.sealed) onUnseal?.();
    return r;
  }
  if (s.inst.sealConfig.kind === 'pkcs11') {
    if (input.passphrase !== undefined || input.shares !== undefined)
      throw badInput('this instance is sealed by an HSM key: unseal takes no passphrase or shares (the server opens its token)');
    await s.inst.unseal({ hsm: hostHsmAccess(s.inst.dataDir) }, 'api:unseal');
    onUnseal?.();
    return { sealed: false };
  }
  const material = input.passphrase !== undefined ? { passphrase: utf8(input.passphrase) } : { shares: input.shares ?? [] };
  await s.inst.unseal(material, 'api:unseal');
  onUnseal?.();
  return { sealed: false };
}
