/**
 * The eth2 remote-signing listener (`serve --eth2-listen`): Web3Signer's
 * request and response shapes, on a fastify instance of its own that serves
 * nothing of the admin API. These routes are not contract operations: their
 * shapes are an external protocol's (docs/decisions/0020-eth2-api.md).
 *
 *   POST /api/v1/eth2/sign/{identifier}  {"signature": "0x..."} or text/plain by Accept
 *   GET  /api/v1/eth2/publicKeys         the BLS keys that sign
 *   GET  /upcheck                        "OK"
 *   GET  /healthcheck                    {status, checks, outcome}: 200 UP, 503 DOWN (sealed, store)
 *   GET/POST/DELETE /eth/v1/keystores    the keymanager API (`serve --eth2-keymanager`): a keymanager
 *                                        principal's bearer token, checked before the body is read
 *
 * 404 unknown key, 412 slashing protection, 400 bad request, 403 policy
 * (E_DENIED; E_AWAITING_APPROVAL with the request id), 503 sealed, 503
 * E_OVERLOADED beyond `maxInFlight` signing requests (load shedding: an
 * epoch-boundary burst gets quick answers to retry instead of timeouts). Error
 * bodies are `{code, message, details?}`, never a stack.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { CustosError, ERROR_CODES, badInput, isCustosError, toCustosError } from '../errors.js';
import type { Instance } from '../keystore/instance.js';
import type { Eth2Signer } from '../requests/eth2-signer.js';
import type { Eth2KeyManager } from '../requests/eth2-keymanager.js';
import type { Actor } from '../access/actor.js';
import type { Eth2Callers } from './eth2-callers.js';
import type { Logger } from './log.js';

/** A full BLOCK_V2 body can be large; everything else is a few hundred bytes. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** Signing requests in flight before the listener sheds load (an epoch boundary of a large operator, with headroom). */
export const DEFAULT_MAX_IN_FLIGHT = 256;

export interface Eth2AppOptions {
  inst: Instance;
  signer: Eth2Signer;
  callers: Eth2Callers;
  logger: Logger;
  /** Signing requests served at once; more are refused at once with 503 E_OVERLOADED (default 256). */
  maxInFlight?: number;
  /** The keymanager API (`/eth/v1/keystores`), with the bearer-token check of keymanager principals; absent: not served (404). */
  keymanager?: { manager: Eth2KeyManager; authenticate: (authorization: string | string[] | undefined) => Promise<Actor> };
  /** Mutual TLS: the listener's certificate and key, and the CA that issues client certificates (PEM). */
  tls?: { cert: Buffer; key: Buffer; ca: Buffer };
}

/** Web3Signer answers JSON when the client accepts it, else the signature as text/plain. */
function wantsJson(req: FastifyRequest): boolean {
  const accept = String(req.headers.accept ?? '').toLowerCase();
  return accept.includes('application/json') && !accept.trimStart().startsWith('text/plain');
}

function sendError(reply: FastifyReply, e: CustosError): FastifyReply {
  return reply
    .code(ERROR_CODES[e.code])
    .type('application/json')
    .send({ code: e.code, message: e.message, ...(e.details && e.code !== 'E_INTERNAL' ? { details: e.details } : {}) });
}

export async function buildEth2App(o: Eth2AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    // A client without a certificate from the CA does not complete the handshake.
    ...(o.tls ? { https: { cert: o.tls.cert, key: o.tls.key, ca: o.tls.ca, requestCert: true, rejectUnauthorized: true, handshakeTimeout: 10_000 } } : {}),
    logger: false,
    bodyLimit: MAX_BODY_BYTES,
    requestTimeout: 14_000,
    keepAliveTimeout: 30_000,
    forceCloseConnections: 'idle',
    exposeHeadRoutes: false,
    frameworkErrors: (error, _req, reply) => {
      void (reply as unknown as { code(n: number): { send(b: unknown): unknown } })
        .code(400)
        .send({ code: 'E_BAD_INPUT', message: `malformed request: ${error.message}` });
    },
  }) as unknown as FastifyInstance;

  app.setErrorHandler((error, req, reply) => {
    const fe = error as { code?: string; statusCode?: number };
    let e: CustosError;
    if (error instanceof CustosError) e = error;
    else if (fe.code === 'FST_ERR_CTP_BODY_TOO_LARGE') e = new CustosError('E_TOO_LARGE', `request body larger than ${MAX_BODY_BYTES} bytes`);
    else if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) e = badInput('malformed request body: expected application/json');
    else e = toCustosError(error);
    if (e.code === 'E_INTERNAL' || e.code === 'E_STORE')
      o.logger.error(`eth2 ${req.method} ${req.url.split('?')[0]}: ${(error as Error).stack ?? String(error)}`);
    void sendError(reply, e);
  });
  // Load shedding, before the body is read: a request over the limit costs a few microseconds and stores nothing.
  const maxInFlight = o.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
  let inFlight = 0;
  app.addHook('onRequest', (req, reply, done) => {
    if (req.method !== 'POST' || !req.url.startsWith('/api/v1/eth2/sign/')) return done();
    if (inFlight >= maxInFlight) {
      void sendError(
        reply.header('retry-after', '1'),
        new CustosError('E_OVERLOADED', `more than ${maxInFlight} signing requests in flight; retry shortly`, { maxInFlight }),
      );
      return;
    }
    inFlight++;
    reply.raw.once('close', () => inFlight--);
    done();
  });

  app.setNotFoundHandler((req, reply) => {
    void reply.code(404).send({ code: 'E_NOT_FOUND', message: `no route ${req.method} ${req.url.split('?')[0]} on the eth2 listener` });
  });

  app.post<{ Params: { identifier: string } }>('/api/v1/eth2/sign/:identifier', async (req, reply) => {
    const actor = await o.callers.actor(req.socket);
    if (typeof req.body !== 'object' || req.body === null) throw badInput('body: expected a JSON object', { field: 'body' });
    const out = await o.signer.sign(actor, req.params.identifier, req.body);
    if ('error' in out) {
      if (out.error.code === 'E_SLASHABLE' || out.error.code === 'E_DENIED' || out.error.code === 'E_AWAITING_APPROVAL') {
        o.logger.info(`eth2 sign refused (${out.error.code}): ${out.error.message}`, { principal: actor.name });
      }
      return sendError(reply, out.error);
    }
    return wantsJson(req) ? reply.type('application/json').send({ signature: out.signature }) : reply.type('text/plain; charset=utf-8').send(out.signature);
  });

  app.get('/api/v1/eth2/publicKeys', async (req) => {
    const actor = await o.callers.actor(req.socket);
    return o.signer.publicKeys(actor);
  });

  const km = o.keymanager;
  if (km) {
    // The token is checked before the body is read: without one, a request costs no parsing.
    const actors = new WeakMap<FastifyRequest, Actor>();
    // The keymanager standard: 401 when no token is found, 403 when a token is found but is invalid. Every invalid
    // token (malformed, unknown, revoked, another role's) answers the same 403, so tokens cannot be probed.
    const onRequest = async (req: FastifyRequest) => {
      if (req.headers.authorization === undefined) throw new CustosError('E_UNAUTHENTICATED', 'no bearer token: the keymanager API needs a keymanager token');
      try {
        actors.set(req, await km.authenticate(req.headers.authorization));
      } catch (e) {
        if (isCustosError(e, 'E_UNAUTHENTICATED')) throw new CustosError('E_FORBIDDEN', 'the bearer token is not a valid keymanager token');
        throw e;
      }
    };
    const actor = (req: FastifyRequest) => actors.get(req)!;
    app.get('/eth/v1/keystores', { onRequest }, async (req) => ({ data: await km.manager.list(actor(req)) }));
    app.post('/eth/v1/keystores', { onRequest }, async (req) => km.manager.import(actor(req), req.body));
    app.delete('/eth/v1/keystores', { onRequest }, async (req) => km.manager.remove(actor(req), req.body));
  }

  app.get('/upcheck', async (_req, reply) => reply.type('text/plain; charset=utf-8').send('OK'));

  app.get('/healthcheck', async (_req, reply) => {
    const store = await o.inst.store.read.getMeta('instance_id').then(
      () => 'UP',
      () => 'DOWN',
    );
    const checks = [
      { id: 'seal', status: o.inst.sealed ? 'DOWN' : 'UP' },
      { id: 'store', status: store },
    ];
    const outcome = checks.every((c) => c.status === 'UP') ? 'UP' : 'DOWN';
    return reply.code(outcome === 'UP' ? 200 : 503).send({ status: outcome, checks, outcome });
  });

  return app;
}
