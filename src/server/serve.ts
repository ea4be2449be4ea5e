/**
 * `custos serve`: open the instance, start the HTTP API, run delayed and
 * expiring requests on a timer, and shut down gracefully (in-flight requests
 * finish, then the root key is forgotten). `--dev` creates and self-unseals a
 * development instance, loudly.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { CustosError } from '../errors.js';
import { utf8 } from '../crypto/bytes.js';
import { parseListen } from '../validate.js';
import { Instance } from '../keystore/instance.js';
import { assertRole } from '../keystore/role.js';
import type { UnsealMaterial } from '../keystore/seal.js';
import { buildServices, type Services } from '../api/services.js';
import { bootstrapAdmin } from '../access/bootstrap.js';
import { loadChainConfig, type ChainOptions } from '../chains/config.js';
import type { RequestLimits } from '../requests/quota.js';
import { buildApp, VERSION, type ConnectionLimits } from './app.js';

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
  log: (line: string) => void;
  requestTtlMs?: number;
  /** Per-principal quotas on open requests and stored bytes per hour. */
  quotas?: Partial<RequestLimits>;
  /** Scheduler period for delayed execution and expiry. */
  tickMs?: number;
  /** How often the audit head is checkpointed (signed). */
  checkpointMs?: number;
  /** Token registry, prices, Ethereum upstream. */
  chains?: ChainOptions;
  /** Request, header and keep-alive timeouts and the connection cap (defaults: `DEFAULT_CONNECTION_LIMITS` in app.ts). */
  limits?: Partial<ConnectionLimits>;
}

export interface RunningServer {
  url: string;
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

export async function serve(opts: ServeOptions): Promise<RunningServer> {
  const data = resolve(opts.data);
  const { host, port } = parseListen(opts.listen);
  if (opts.dev) log(opts, DEV_BANNER);
  const material = opts.dev ? await devInstance(data, opts.log) : opts.unseal;
  const chains = await loadChainConfig({ ...(opts.chains ?? {}), log: opts.log });
  const inst = await Instance.open({ data, ...(opts.store ? { store: opts.store } : {}) });
  const services = buildServices(inst, { ...(opts.requestTtlMs ? { requestTtlMs: opts.requestTtlMs } : {}), ...(opts.quotas ? { limits: opts.quotas } : {}), chains });
  let timer: NodeJS.Timeout | undefined;
  let lastCheckpoint = 0;
  const tick = () => {
    services.requests.runDue().catch((e: unknown) => opts.log(`scheduler: ${(e as Error).message}`));
    // Anchor the audit head with a signed checkpoint every few seconds (a no-op when nothing changed).
    if (Date.now() - lastCheckpoint >= (opts.checkpointMs ?? 5000)) {
      lastCheckpoint = Date.now();
      inst.checkpoint().catch((e: unknown) => opts.log(`checkpoint: ${(e as Error).message}`));
    }
  };
  try {
    await assertRole(inst, 'server', opts.store ? 'the store given by --store' : data);
    if (material) await inst.unseal(material, opts.dev ? 'dev:unseal' : 'serve:unseal');
    const https = opts.tlsCert && opts.tlsKey ? { https: { cert: readFileSync(opts.tlsCert), key: readFileSync(opts.tlsKey) } } : {};
    if (!!opts.tlsCert !== !!opts.tlsKey) throw new CustosError('E_USAGE', '--tls-cert and --tls-key go together');
    const app = await buildApp(services, { log: opts.log, onUnseal: tick, ...https, ...(opts.limits ? { limits: opts.limits } : {}) });
    await app.listen({ host, port });
    const addr = app.server.address();
    const actualPort = typeof addr === 'object' && addr ? addr.port : port;
    const url = `${https.https ? 'https' : 'http'}://${host.includes(':') ? `[${host}]` : host}:${actualPort}`;
    timer = setInterval(tick, opts.tickMs ?? 1000);
    timer.unref();
    tick();
    opts.log(`custos ${VERSION} listening on ${url} (${inst.sealed ? 'SEALED: run "custos unseal --server ' + url + '"' : 'unsealed'}); API docs at ${url}/docs`);
    if (opts.dev) log(opts, DEV_BANNER);
    let closing: Promise<void> | undefined;
    return {
      url,
      services,
      close: () =>
        (closing ??= (async () => {
          clearInterval(timer);
          chains.stop();
          await app.close(); // stops accepting, lets in-flight requests finish
          await inst.close({ quiet: true });
        })()),
    };
  } catch (e) {
    clearInterval(timer);
    chains.stop();
    await inst.close({ quiet: true });
    throw e;
  }
}

function log(opts: ServeOptions, text: string): void {
  for (const line of text.split('\n')) opts.log(line);
}
