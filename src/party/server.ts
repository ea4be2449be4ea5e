/**
 * `custos party serve`: a party node on its own data directory (its own
 * store, seal and identity), answering the coordinator's signed messages on
 * POST /v1/party, taking principals' signed vetoes (cancel / reject) on
 * POST /v1/party/veto, and showing its public identity on GET /v1/party/identity.
 * The first start creates the instance; it is sealed with the passphrase
 * given (file or CUSTOS_PASSPHRASE) or, with --dev, a generated one kept
 * next to the data (loudly insecure, like `serve --dev`).
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { CustosError } from '../errors.js';
import { utf8 } from '../crypto/bytes.js';
import { parseListen } from '../validate.js';
import { Instance } from '../keystore/instance.js';
import { assertRole, PARTY_INIT_ACTOR } from '../keystore/role.js';
import { buildServices, partyServices } from '../api/services.js';
import { loadChainConfig, type ChainOptions } from '../chains/config.js';
import type { Argon2Params } from '../crypto/argon2.js';
import { fingerprint } from './wire.js';
import { PartyNode } from './node.js';
import { checkVeto } from './protocol.js';
import { partyClock } from './fault.js';

export interface PartyServeOptions {
  data: string;
  listen: string;
  /** Unseal passphrase (required unless dev). */
  passphrase?: Uint8Array;
  dev?: boolean;
  log: (line: string) => void;
  chains?: ChainOptions;
  /** Argon2id cost for a new instance (tests lower it). */
  argon2?: Argon2Params;
  /** Count relayed approvals by passkey principals (`--accept-passkey-approvals`; off by default, decision 0026). */
  acceptPasskeyApprovals?: boolean;
}

export interface RunningParty {
  url: string;
  identity: string;
  close(): Promise<void>;
}

const MAX_BODY = 1024 * 1024;
export const PARTY_DEV_FILE = 'DEV-ONLY-party-passphrase';

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > MAX_BODY) throw new CustosError('E_TOO_LARGE', 'message larger than 1 MiB');
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Open (creating on first start) the party's instance and unseal it. */
async function openParty(opts: PartyServeOptions): Promise<Instance> {
  const data = resolve(opts.data);
  if (!existsSync(join(data, 'custos.db'))) return createParty(data, opts);
  const inst = await Instance.open({ data });
  try {
    // Before any unseal: a server instance's passphrase must not count as a failed guess here.
    await assertRole(inst, 'party', data);
    await inst.unseal({ passphrase: unsealPassphrase(data, opts) }, 'party:unseal');
  } catch (e) {
    await inst.close({ quiet: true });
    throw e;
  }
  return inst;
}

/** A new party: its instance, sealed by the passphrase given or (--dev) a generated one kept next to the data; returned unsealed. */
async function createParty(data: string, opts: PartyServeOptions): Promise<Instance> {
  const dev = opts.dev ? randomBytes(32).toString('base64url') : undefined;
  const passphrase = dev !== undefined ? utf8(dev) : opts.passphrase;
  if (!passphrase) throw new CustosError('E_USAGE', 'a new party needs a passphrase: --passphrase-file FILE or CUSTOS_PASSPHRASE (or --dev)');
  // Instance.init consumes the passphrase (the seal zeroes it once derived); the instance it returns is unsealed by it.
  const init = await Instance.init({ data }, { kind: 'passphrase', passphrase, ...(opts.argon2 ? { argon2: opts.argon2 } : {}) }, PARTY_INIT_ACTOR);
  try {
    if (dev !== undefined) writeFileSync(join(data, PARTY_DEV_FILE), dev, { mode: 0o600 });
  } catch (e) {
    await init.instance.close({ quiet: true });
    throw e;
  }
  return init.instance;
}

function unsealPassphrase(data: string, opts: PartyServeOptions): Uint8Array {
  if (!opts.dev) {
    if (!opts.passphrase) throw new CustosError('E_USAGE', 'party serve needs the passphrase to unseal: --passphrase-file FILE or CUSTOS_PASSPHRASE');
    return opts.passphrase;
  }
  const file = join(data, PARTY_DEV_FILE);
  if (!existsSync(file)) throw new CustosError('E_USAGE', `${data} holds a party that was not created with --dev`);
  return utf8(readFileSync(file, 'utf8'));
}

/** Print a party's identity (unseals to read it; creates the party on first use, like party serve). */
export async function partyIdentity(
  opts: Pick<PartyServeOptions, 'data' | 'passphrase' | 'dev' | 'log' | 'argon2'>,
): Promise<{ identity: string; fingerprint: string; paired: boolean }> {
  const inst = await openParty({ ...opts, listen: '127.0.0.1:0' });
  try {
    const node = await PartyNode.open(partyServices(buildServices(inst)));
    return { identity: node.identity.id, fingerprint: fingerprint(node.identity.id), paired: node.pairedWith !== null };
  } finally {
    await inst.close({ quiet: true });
  }
}

/** Connection limits of the party listener (the coordinator's connections are long-lived; strangers' are not). */
export const PARTY_LIMITS = Object.freeze({ requestTimeoutMs: 14_000, headersTimeoutMs: 10_000, keepAliveTimeoutMs: 60_000, maxConnections: 1024 });

export async function partyServe(opts: PartyServeOptions): Promise<RunningParty> {
  const { host, port } = parseListen(opts.listen);
  const inst = await openParty(opts);
  const chains = await loadChainConfig({ ...(opts.chains ?? {}), log: opts.log });
  let server: Server | undefined;
  try {
    const node = await PartyNode.open(
      partyServices(buildServices(inst, { chains }), { acceptPasskeyApprovals: opts.acceptPasskeyApprovals === true, now: partyClock() }),
    );
    await node.evidence.riskReady(); // migration 15's relearning from the requests this party signed, before it scores any
    let checkpoint = 0;
    server = createServer({ connectionsCheckingInterval: 1000 }, (req, res) => {
      const send = (status: number, payload: unknown) => {
        const text = JSON.stringify(payload);
        res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
        res.end(text);
      };
      if (req.method === 'GET' && req.url === '/v1/party/identity')
        return send(200, { identity: node.identity.id, fingerprint: fingerprint(node.identity.id), paired: node.pairedWith !== null });
      const veto = req.url === '/v1/party/veto';
      if (req.method !== 'POST' || (req.url !== '/v1/party' && !veto)) return send(404, { error: { code: 'E_NOT_FOUND', message: 'not found' } });
      readBody(req)
        .then(async (text) => {
          let parsed: unknown;
          try {
            parsed = JSON.parse(text);
          } catch {
            return send(400, { error: { code: 'E_BAD_INPUT', message: 'body is not JSON' } });
          }
          // Vetoes come straight from principals (custos request cancel|reject), not through the coordinator.
          if (veto) return send(200, await node.evidence.veto(checkVeto(parsed)));
          const { status, reply } = await node.handle(parsed);
          send(status, reply);
          if (Date.now() - checkpoint > 5000) {
            checkpoint = Date.now();
            inst.checkpoint().catch(() => undefined);
          }
        })
        .catch((e: unknown) => {
          const code = e instanceof CustosError ? e.code : 'E_INTERNAL';
          if (!(e instanceof CustosError)) opts.log(`party: internal error: ${(e as Error).message}`);
          send(e instanceof CustosError ? e.httpStatus : 500, { error: { code, message: e instanceof CustosError ? e.message : 'internal error' } });
        });
    });
    // The network is hostile: a request must arrive within 14 s (headers within 10 s), checked each
    // second, so a trickled body or header is cut by 15 s (Node answers 408); at most 1024 connections.
    // Keep-alive stays long: the coordinator reuses its connections across DKG, signing and reshare rounds.
    server.requestTimeout = PARTY_LIMITS.requestTimeoutMs;
    server.headersTimeout = PARTY_LIMITS.headersTimeoutMs;
    server.keepAliveTimeout = PARTY_LIMITS.keepAliveTimeoutMs;
    server.maxConnections = PARTY_LIMITS.maxConnections;
    await new Promise<void>((ok, fail) => {
      server!.once('error', fail);
      server!.listen(port, host, () => ok());
    });
    const addr = server.address();
    const url = `http://${host.includes(':') ? `[${host}]` : host}:${typeof addr === 'object' && addr ? addr.port : port}`;
    opts.log(`party identity: ${node.identity.id}`);
    opts.log(`custos party listening on ${url}`);
    opts.log(
      `fingerprint: ${fingerprint(node.identity.id)}${node.pairedWith ? ' (paired)' : ' (not paired yet: custos party add --name NAME --url ' + url + ' --identity IDENTITY)'}`,
    );
    let closing: Promise<void> | undefined;
    return {
      url,
      identity: node.identity.id,
      close: () =>
        (closing ??= (async () => {
          await new Promise<void>((ok) => {
            server!.close(() => ok());
            server!.closeAllConnections();
          });
          chains.stop();
          await inst.close({ quiet: true });
        })()),
    };
  } catch (e) {
    server?.close();
    chains.stop();
    await inst.close({ quiet: true });
    throw e;
  }
}
