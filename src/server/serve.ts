/**
 * `custos serve`: open the instance, start the HTTP API, run delayed and
 * expiring requests on a timer, and shut down gracefully (in-flight requests
 * finish, then the root key is forgotten). `--dev` creates and self-unseals a
 * development instance, loudly.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { CustosError } from '../errors.js';
import { utf8 } from '../crypto/bytes.js';
import { parseListen } from '../validate.js';
import { Instance } from '../keystore/instance.js';
import { assertRole } from '../keystore/role.js';
import type { UnsealMaterial } from '../keystore/seal.js';
import { hostHsmAccess } from '../keystore/hsm-config.js';
import { buildServices, type Services } from '../api/services.js';
import { passkeyConfigFor } from '../access/passkeys.js';
import { bootstrapAdmin } from '../access/bootstrap.js';
import { loadChainConfig, type ChainOptions } from '../chains/config.js';
import type { RequestLimits } from '../requests/quota.js';
import { buildApp, type ConnectionLimits } from './app.js';
import type { FastifyInstance } from 'fastify';
import { buildEth2App } from './eth2-app.js';
import { checkCallerConfig, Eth2Callers } from './eth2-callers.js';
import { Eth2Signer } from '../requests/eth2-signer.js';
import { Eth2KeyManager } from '../requests/eth2-keymanager.js';
import { BlsPool, defaultBlsWorkers } from '../keystore/bls-pool.js';
import { Authenticator } from './auth.js';
import { VERSION } from '../version.js';
import { createLogger, type Logger, type LogFormat, type LogLevel } from './log.js';
import { Metrics, servicesSource } from './metrics.js';
import { DEFAULT_WORKER, DeliveryWorker, type WorkerOptions } from '../notify/worker.js';

export interface ServeOptions {
  data: string;
  /** Store location (postgres://...) instead of DATA/custos.db. */
  store?: string;
  listen: string;
  tlsCert?: string;
  tlsKey?: string;
  dev?: boolean;
  /** Unseal at start with this material (otherwise: `custos unseal` against the server). */
  unseal?: UnsealMaterial;
  /** Receives every log line (JSON or text, below). */
  log: (line: string) => void;
  /** Lines below this level are dropped (default info; request lines are info, probes and scrapes debug). */
  logLevel?: LogLevel;
  /** json (default: one JSON object per line) or text (for people). */
  logFormat?: LogFormat;
  /** Serve Prometheus metrics without authentication at GET /metrics on this HOST:PORT (a listener of its own, never the API's). */
  metricsListen?: string;
  requestTtlMs?: number;
  /** How long the coordinator waits for a threshold party's answer (default 10 s). */
  partyTimeoutMs?: number;
  /** Per-principal quotas on open requests and stored bytes per hour. */
  quotas?: Partial<RequestLimits>;
  /** Scheduler period for delayed execution and expiry. */
  tickMs?: number;
  /** How often the audit head is checkpointed (signed). */
  checkpointMs?: number;
  /** Token registry, prices, Ethereum upstream. */
  chains?: ChainOptions;
  /** Serve the eth2 remote-signing API (Web3Signer's shapes) on this HOST:PORT: a listener of its own, never the API's. */
  eth2Listen?: string;
  /** Map loopback callers of the eth2 listener to this validator principal (loopback listen addresses only). */
  eth2InsecureLoopback?: string;
  /** eth2 signing requests served at once before 503 E_OVERLOADED (default 256). */
  eth2MaxInFlight?: number;
  /** Serve the keymanager API (`/eth/v1/keystores`) on the eth2 listener, for bearer tokens of keymanager principals. */
  eth2KeyManager?: boolean;
  /** Mutual TLS on the eth2 listener: its certificate, key and the CA of client certificates (PEM files; all three or none). */
  eth2TlsCert?: string;
  eth2TlsKey?: string;
  eth2ClientCa?: string;
  /** GENESIS_FORK_VERSION of the network, for VALIDATOR_REGISTRATION signing roots (default mainnet 0x00000000). */
  eth2GenesisForkVersion?: string;
  /**
   * Worker threads that presign eth2 duties' BLS signatures off the main thread (docs/decisions/0035);
   * 0: every signature inline. Default `defaultBlsWorkers()`: 1 on one or two cores, cores - 1 above, at most 4.
   */
  blsWorkers?: number;
  /** Request, header and keep-alive timeouts and the connection cap (defaults: `DEFAULT_CONNECTION_LIMITS` in app.ts). */
  limits?: Partial<ConnectionLimits>;
  /** Webhook delivery: poll period, timeout, attempts, backoff (defaults: `DEFAULT_WORKER` in notify/worker.ts). */
  webhooks?: Partial<WorkerOptions>;
  /** The clock of requests (delays, expiry, time-locks): tests inject one to travel in time; the default is Date.now. */
  now?: () => number;
  /** The console's WebAuthn origin (default: this server's own URL, with the port it listens on). */
  consoleOrigin?: string;
  /** The WebAuthn relying-party id (default: the console origin's host). */
  rpId?: string;
  /** Longest console session a passkey login may ask for (default 12 h). */
  sessionMaxMs?: number;
}

export interface RunningServer {
  url: string;
  /** The metrics listener's URL (with --metrics-listen). */
  metricsUrl?: string;
  /** The eth2 listener's URL (with --eth2-listen). */
  eth2Url?: string;
  /** The server's logger (the CLI logs its shutdown through it). */
  logger: Logger;
  services: Services;
  close(): Promise<void>;
}

export const DEV_PASSPHRASE_FILE = 'DEV-ONLY-unseal-passphrase';

const DEV_BANNER = [
  '',
  '  ********************************************************************',
  '  *  DEVELOPMENT MODE: this instance unseals itself from a file next  *',
  '  *  to its data. Anyone who can read the directory has every key.    *',
  '  *  Never use --dev for real keys.                                   *',
  '  ********************************************************************',
  '',
].join('\n');

/** Create (first start) or open the dev instance and return the unseal material from its file. */
async function devInstance(data: string, log: (l: string) => void): Promise<UnsealMaterial> {
  const file = join(data, DEV_PASSPHRASE_FILE);
  if (existsSync(join(data, 'custos.db')) && !existsSync(file)) {
    const inst = await Instance.open({ data });
    await assertRole(inst, 'server', data).finally(() => inst.close({ quiet: true })); // a party's directory says so
    throw new CustosError('E_USAGE', `${data} holds an instance that was not created by --dev: run "custos serve --data ${data}" and unseal it`);
  }
  if (!existsSync(join(data, 'custos.db'))) {
    const passphrase = randomBytes(32).toString('base64url');
    const init = await Instance.init({ data }, { kind: 'passphrase', passphrase: utf8(passphrase) }, 'dev:init');
    writeFileSync(file, passphrase, { mode: 0o600 });
    try {
      const s = buildServices(init.instance);
      const cred = await bootstrapAdmin(s, join(data, 'admin.credential.json'));
      log(`created development instance ${init.instanceId} in ${data}`);
      log(`admin credential: ${cred}   (use: custos --server URL --credential ${cred} ..., or export CUSTOS_CREDENTIAL=${cred})`);
    } finally {
      await init.instance.close();
    }
  }
  return { passphrase: utf8(readFileSync(file, 'utf8')) };
}

/**
 * A pkcs11-sealed instance unseals itself at start from this host's HSM
 * settings (like Vault's pkcs11 seal). When the token is unreachable the
 * server still starts, sealed, and says why; `custos unseal --hsm` retries.
 */
async function autoUnseal(inst: Instance, logger: Logger): Promise<void> {
  try {
    await inst.unseal({ hsm: hostHsmAccess(inst.dataDir) }, 'serve:auto-unseal');
    logger.info(`auto-unsealed by the HSM key "${inst.sealConfig.kind === 'pkcs11' ? inst.sealConfig.keyLabel : ''}"`);
  } catch (e) {
    const err = e instanceof CustosError ? e : new CustosError('E_INTERNAL', 'auto-unseal failed');
    logger.warn(`auto-unseal failed (${err.code}): ${err.message}; serving sealed until "custos unseal --hsm"`);
  }
}

export async function serve(opts: ServeOptions): Promise<RunningServer> {
  const data = resolve(opts.data);
  const { host, port } = parseListen(opts.listen);
  const metricsAt = opts.metricsListen !== undefined ? parseListen(opts.metricsListen, '--metrics-listen') : undefined;
  const eth2At = opts.eth2Listen !== undefined ? parseListen(opts.eth2Listen, '--eth2-listen') : undefined;
  const eth2TlsFiles = [opts.eth2TlsCert, opts.eth2TlsKey, opts.eth2ClientCa].filter((f) => f !== undefined).length;
  if (eth2TlsFiles !== 0 && eth2TlsFiles !== 3)
    throw new CustosError('E_USAGE', '--eth2-tls-cert, --eth2-tls-key and --eth2-client-ca go together (mutual TLS)');
  const eth2Callers = {
    ...(opts.eth2InsecureLoopback !== undefined ? { insecureLoopback: opts.eth2InsecureLoopback } : {}),
    ...(eth2TlsFiles === 3 ? { mutualTls: true } : {}),
  };
  if (eth2At) checkCallerConfig(eth2At.host, eth2Callers);
  else if (
    opts.eth2InsecureLoopback !== undefined ||
    opts.eth2GenesisForkVersion !== undefined ||
    opts.eth2MaxInFlight !== undefined ||
    opts.eth2KeyManager ||
    eth2TlsFiles > 0
  )
    throw new CustosError('E_USAGE', 'the --eth2-* options need --eth2-listen HOST:PORT');
  if (opts.eth2GenesisForkVersion !== undefined && !/^0x[0-9a-fA-F]{8}$/.test(opts.eth2GenesisForkVersion))
    throw new CustosError('E_USAGE', '--eth2-genesis-fork-version must be 0x and 8 hex digits');
  const logger = createLogger({ write: opts.log, level: opts.logLevel ?? 'info', format: opts.logFormat ?? 'json' });
  const info = (line: string) => logger.info(line);
  if (opts.dev) banner(logger, DEV_BANNER);
  const material = opts.dev ? await devInstance(data, info) : opts.unseal;
  const chains = await loadChainConfig({ ...(opts.chains ?? {}), log: (line) => logger.warn(line) });
  const inst = await Instance.open({ data, ...(opts.store ? { store: opts.store } : {}) });
  // The console's origin defaults to this server's URL, known once it listens (port 0 in tests); a given one is checked now.
  const passkeyAt = (p: number) => passkeyConfigFor({ host, port: p, https: !!opts.tlsCert }, opts.consoleOrigin, opts.rpId, opts.sessionMaxMs);
  let passkeyCfg = opts.consoleOrigin !== undefined || port !== 0 ? usageOf(() => passkeyAt(port)) : undefined;
  const services = buildServices(inst, {
    passkeys: () => {
      if (!passkeyCfg) throw new CustosError('E_UNAVAILABLE', 'the server is not listening yet');
      return passkeyCfg;
    },
    ...(opts.requestTtlMs ? { requestTtlMs: opts.requestTtlMs } : {}),
    ...(opts.partyTimeoutMs ? { partyTimeoutMs: opts.partyTimeoutMs } : {}),
    ...(opts.quotas ? { limits: opts.quotas } : {}),
    ...(opts.now ? { now: opts.now } : {}),
    chains,
  });
  // Metrics of this server: the store reports its transactions to them (the store imports nothing above it).
  const metrics = new Metrics(servicesSource(services), VERSION);
  inst.store.observeTransactions((ms, committed) => metrics.transaction(ms, committed));
  let metricsServer: Server | undefined;
  let eth2App: FastifyInstance | undefined;
  let blsPool: BlsPool | undefined;
  let app: Awaited<ReturnType<typeof buildApp>> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let lastCheckpoint = 0;
  const worker = new DeliveryWorker(inst, services.webhooks, services.outbox, { ...DEFAULT_WORKER, ...opts.webhooks }, logger);
  const notifyUnseal = (actor: string) => {
    services.outbox.raise('instance.unsealed', { actor }).then(
      () => worker.kick(),
      (e: unknown) => logger.error(`webhooks: ${(e as Error).message}`),
    );
  };
  const failed = (e: unknown) => {
    logger.error(`scheduler: ${(e as Error).message}`);
    if (e instanceof CustosError && e.code === 'E_TAMPERED')
      void services.outbox.tamperDetected(String(e.details?.record ?? 'unknown'), 'scheduler').catch(() => undefined);
  };
  const tick = () => {
    services.requests.runDue().catch(failed);
    services.schedules.runDue().catch(failed);
    // Anchor the audit head with a signed checkpoint every few seconds (a no-op when nothing changed).
    if (Date.now() - lastCheckpoint >= (opts.checkpointMs ?? 5000)) {
      lastCheckpoint = Date.now();
      inst.checkpoint().catch((e: unknown) => logger.error(`checkpoint: ${(e as Error).message}`));
    }
  };
  try {
    await assertRole(inst, 'server', opts.store ? 'the store given by --store' : data);
    if (material) await inst.unseal(material, opts.dev ? 'dev:unseal' : 'serve:unseal');
    else if (inst.sealConfig.kind === 'pkcs11') await autoUnseal(inst, logger);
    if (!inst.sealed) notifyUnseal(opts.dev ? 'dev:unseal' : material ? 'serve:unseal' : 'serve:auto-unseal');
    if (!inst.sealed) await services.requests.prepareRisk(); // migration 15's relearning, before the first request is scored
    const https = opts.tlsCert && opts.tlsKey ? { https: { cert: readFileSync(opts.tlsCert), key: readFileSync(opts.tlsKey) } } : {};
    if (!!opts.tlsCert !== !!opts.tlsKey) throw new CustosError('E_USAGE', '--tls-cert and --tls-key go together');
    app = await buildApp(services, {
      logger,
      metrics,
      onUnseal: () => {
        services.requests.prepareRisk().catch(failed);
        tick();
        notifyUnseal('api:unseal');
      },
      ...https,
      ...(opts.limits ? { limits: opts.limits } : {}),
    });
    await app.listen({ host, port });
    let metricsUrl: string | undefined;
    if (metricsAt) {
      metricsServer = await listenMetrics(metrics, metricsAt, logger);
      const a = metricsServer.address();
      metricsUrl = `http://${metricsAt.host.includes(':') ? `[${metricsAt.host}]` : metricsAt.host}:${typeof a === 'object' && a ? a.port : metricsAt.port}`;
    }
    let eth2Url: string | undefined;
    if (eth2At) {
      const blsWorkers = opts.blsWorkers ?? defaultBlsWorkers();
      if (blsWorkers > 0) {
        blsPool = new BlsPool(blsWorkers);
        services.keys.usePresigner(blsPool);
      }
      const signer = new Eth2Signer(
        services.keys,
        services.requests,
        opts.eth2GenesisForkVersion !== undefined ? { genesisForkVersion: opts.eth2GenesisForkVersion } : {},
      );
      const keymanagerAuth = new Authenticator(services, Date.now, (line) => logger.warn(`eth2 keymanager ${line}`));
      const tls = eth2Callers.mutualTls
        ? { tls: { cert: readFileSync(opts.eth2TlsCert!), key: readFileSync(opts.eth2TlsKey!), ca: readFileSync(opts.eth2ClientCa!) } }
        : {};
      eth2App = await buildEth2App({
        inst,
        signer,
        callers: new Eth2Callers(inst, services.principals, eth2Callers),
        logger,
        ...(opts.eth2MaxInFlight !== undefined ? { maxInFlight: opts.eth2MaxInFlight } : {}),
        ...(opts.eth2KeyManager
          ? {
              keymanager: {
                manager: new Eth2KeyManager(inst, services.keys),
                authenticate: (h: string | string[] | undefined) => keymanagerAuth.bearer(h, 'keymanager'),
              },
            }
          : {}),
        ...tls,
      });
      await eth2App.listen({ host: eth2At.host, port: eth2At.port }).catch((e: NodeJS.ErrnoException) => {
        throw e.code === 'EADDRINUSE' ? new CustosError('E_ADDR_IN_USE', `--eth2-listen ${eth2At.host}:${eth2At.port}: the address is in use`) : e;
      });
      const a = eth2App.server.address();
      eth2Url = `${eth2Callers.mutualTls ? 'https' : 'http'}://${eth2At.host.includes(':') ? `[${eth2At.host}]` : eth2At.host}:${typeof a === 'object' && a ? a.port : eth2At.port}`;
    }
    const addr = app.server.address();
    const actualPort = typeof addr === 'object' && addr ? addr.port : port;
    const url = `${https.https ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
    passkeyCfg ??= passkeyAt(actualPort);
    timer = setInterval(tick, opts.tickMs ?? 1000);
    timer.unref();
    tick();
    worker.start();
    info(
      `custos ${VERSION} listening on ${url} (${inst.sealed ? 'SEALED: run "custos unseal --server ' + url + '"' : 'unsealed'}); API docs at ${url}/docs; console at ${url}/ui/`,
    );
    if (metricsUrl) info(`metrics (Prometheus, no authentication) at ${metricsUrl}/metrics`);
    if (eth2Url)
      info(
        `eth2 remote signer (Web3Signer API) at ${eth2Url} (callers: ${[eth2Callers.mutualTls ? 'client certificates' : '', opts.eth2InsecureLoopback !== undefined ? `loopback = validator ${opts.eth2InsecureLoopback}` : ''].filter(Boolean).join(', ')})`,
      );
    if (opts.dev) banner(logger, DEV_BANNER);
    let closing: Promise<void> | undefined;
    return {
      url,
      ...(metricsUrl ? { metricsUrl } : {}),
      ...(eth2Url ? { eth2Url } : {}),
      logger,
      services,
      close: () =>
        (closing ??= (async () => {
          clearInterval(timer);
          chains.stop();
          await closeServer(metricsServer);
          await eth2App?.close();
          await app?.close(); // stops accepting, lets in-flight requests finish
          services.keys.usePresigner(undefined);
          await blsPool?.close();
          await worker.stop(); // attempts in flight finish (each within its timeout); the rest stays queued
          // Told after the next unseal: a sealed instance signs nothing, so nothing is missed meanwhile.
          await services.outbox.raise('instance.sealed', { actor: 'serve:shutdown' }).catch((e: unknown) => logger.error(`webhooks: ${(e as Error).message}`));
          services.unsealProgress.reset(); // zero any unseal shares still held
          await inst.close({ quiet: true });
        })()),
    };
  } catch (e) {
    clearInterval(timer);
    await worker.stop();
    chains.stop();
    await closeServer(metricsServer);
    await eth2App?.close();
    await app?.close();
    services.keys.usePresigner(undefined);
    await blsPool?.close();
    await inst.close({ quiet: true });
    throw e;
  }
}

function banner(logger: Logger, text: string): void {
  for (const line of text.split('\n')) logger.warn(line);
}

/**
 * The metrics listener: GET /metrics (Prometheus text, no authentication) and
 * nothing else (404). Plain node:http, apart from the API: it serves no
 * contract operation and reads no body.
 */
async function listenMetrics(metrics: Metrics, at: { host: string; port: number }, logger: Logger): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ code: 'E_NOT_FOUND', message: `no route ${req.method} ${path} (this listener serves GET /metrics)` }));
      return;
    }
    metrics.render().then(
      (text) => res.writeHead(200, { 'content-type': metrics.contentType }).end(req.method === 'HEAD' ? undefined : text),
      (e: unknown) => {
        logger.error(`metrics: ${(e as Error).message}`);
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ code: 'E_INTERNAL', message: 'internal error' }));
      },
    );
  });
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  server.keepAliveTimeout = 5_000;
  server.maxConnections = 64;
  await new Promise<void>((ok, fail) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      fail(e.code === 'EADDRINUSE' ? new CustosError('E_ADDR_IN_USE', `--metrics-listen ${at.host}:${at.port}: the address is in use`) : e),
    );
    server.listen(at.port, at.host, () => ok());
  });
  return server;
}

async function closeServer(server: Server | undefined): Promise<void> {
  if (!server?.listening) return;
  await new Promise<void>((done) => {
    server.close(() => done());
    server.closeAllConnections();
  });
}

/** A configuration error as E_USAGE (the serve options named in its field). */
function usageOf<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof CustosError && e.code === 'E_BAD_INPUT')
      throw new CustosError('E_USAGE', `--${String(e.details?.field ?? 'console-origin')}: ${e.message}`);
    throw e;
  }
}
