/** init, status, unseal, operator rotate-root, operator rekey. */
import { CustosError, badInput } from '../../errors.js';
import { ARGON2_DEFAULTS, isWeakArgon2, type Argon2Params } from '../../crypto/argon2.js';
import { utf8 } from '../../crypto/bytes.js';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { HSM_SETTINGS_FILE, checkHsmSettings, hsmAccess, saveHsmSettings, type HsmSettings } from '../../keystore/hsm-config.js';
import { checkKeyLabel } from '../../keystore/seal-pkcs11.js';
import { join, resolve } from 'node:path';
import { Instance } from '../../keystore/instance.js';
import type { SealSpec, UnsealMaterial } from '../../keystore/seal.js';
import { bootstrapAdmin } from '../../access/bootstrap.js';
import { buildServices } from '../../api/services.js';
import { parseDuration } from '../../policy/duration.js';
import type { ChainOptions } from '../../chains/config.js';
import type { ConnectionLimits } from '../../server/app.js';
import type { WorkerOptions } from '../../notify/worker.js';
import { type Command, type Invocation, flag, int, list, str, usageError } from '../command.js';
import { actorFor, locationOf, unsealMaterial } from '../context.js';
import { call, clientFor, serverOf } from '../api.js';
import { configFile, progress, readSecretText } from '../io.js';
import { listening } from '../listen.js';
import { parseLogFormat, parseLogLevel } from '../../server/log.js';
import { checkCallerConfig } from '../../server/eth2-callers.js';
import { parseListen } from '../../validate.js';
import { sharesIn } from '../shares.js';

const SEAL_OPTIONS = {
  seal: { type: 'string', arg: 'KIND', description: 'passphrase (default), shamir, or pkcs11 (an AES key in an HSM token; auto-unseals)' },
  module: { type: 'string', arg: 'PATH', description: 'pkcs11: the PKCS#11 module (e.g. /usr/lib/softhsm/libsofthsm2.so)' },
  slot: { type: 'string', arg: 'N', description: 'pkcs11: the token by slot id (or --token-label)' },
  'token-label': { type: 'string', arg: 'LABEL', description: 'pkcs11: the token by label (or --slot)' },
  'pin-file': { type: 'string', arg: 'FILE', description: 'pkcs11: file holding the token user PIN (read at every unseal, never stored)' },
  'key-label': { type: 'string', arg: 'LABEL', description: 'pkcs11: label of the AES key on the token (made if absent)' },
  shares: { type: 'string', arg: 'N', description: 'Shamir: number of unseal shares (1-16)' },
  threshold: { type: 'string', arg: 'T', description: 'Shamir: shares needed to unseal' },
  'kdf-memory-mib': { type: 'string', arg: 'MIB', description: 'passphrase: Argon2id memory (default 64; lower only for tests)' },
  'kdf-iterations': { type: 'string', arg: 'N', description: 'passphrase: Argon2id passes (default 3)' },
} as const;

/** --module, --slot | --token-label, --pin-file: the host's HSM settings (absolute paths). */
function hsmSettingsFrom(inv: Invocation): HsmSettings {
  const module = str(inv.values, 'module');
  const pinFile = str(inv.values, 'pin-file');
  const slot = int(inv.values, 'slot', { min: 0 });
  const tokenLabel = str(inv.values, 'token-label');
  if (!module || !pinFile) throw usageError('--seal pkcs11 needs --module PATH, --slot N or --token-label L, --pin-file FILE and --key-label L');
  return checkHsmSettings({
    module: resolve(inv.io.cwd, module),
    pinFile: resolve(inv.io.cwd, pinFile),
    ...(slot !== undefined ? { slot } : {}),
    ...(tokenLabel !== undefined ? { tokenLabel } : {}),
  });
}

/** Build a seal spec from options; `passphraseOption` names where a new passphrase comes from. */
async function sealSpecFrom(inv: Invocation, passphraseOption: string): Promise<SealSpec> {
  const kind = str(inv.values, 'seal') ?? str(inv.values, 'to') ?? 'passphrase';
  if (kind === 'pkcs11') {
    const keyLabel = str(inv.values, 'key-label');
    if (!keyLabel) throw usageError('--seal pkcs11 needs --key-label L (the AES key on the token)');
    return { kind: 'pkcs11', access: hsmAccess(hsmSettingsFrom(inv)), keyLabel: checkKeyLabel(keyLabel) };
  }
  if (kind === 'shamir') {
    const shares = int(inv.values, 'shares', { min: 1, max: 16 });
    const threshold = int(inv.values, 'threshold', { min: 1, max: 16 });
    if (shares === undefined || threshold === undefined) throw usageError('--seal shamir needs --shares N and --threshold T');
    return { kind: 'shamir', shares, threshold };
  }
  if (kind !== 'passphrase') throw usageError(`--seal must be passphrase, shamir or pkcs11, not "${kind}"`);
  const argon2: Argon2Params = {
    memoryKib: (int(inv.values, 'kdf-memory-mib', { min: 1, max: 4096 }) ?? ARGON2_DEFAULTS.memoryKib / 1024) * 1024,
    iterations: int(inv.values, 'kdf-iterations', { min: 1, max: 100 }) ?? ARGON2_DEFAULTS.iterations,
    parallelism: ARGON2_DEFAULTS.parallelism,
  };
  if (isWeakArgon2(argon2)) inv.io.stderr('warning: Argon2id parameters below the production default (64 MiB, t=3): for tests only\n');
  const file = str(inv.values, passphraseOption) ?? (passphraseOption === 'passphrase-file' ? inv.io.env.CUSTOS_PASSPHRASE_FILE : undefined);
  let passphrase: string;
  if (file) passphrase = readSecretText(inv.io, file, 'passphrase file');
  else if (inv.io.interactive) {
    passphrase = await inv.io.promptHidden('New passphrase: ');
    if ((await inv.io.promptHidden('Repeat passphrase: ')) !== passphrase) throw badInput('the passphrases do not match');
  } else throw usageError(`give --${passphraseOption} FILE (no terminal to prompt on)`);
  if (passphrase.length < 8) throw badInput('the passphrase must be at least 8 characters', { field: 'passphrase' });
  return { kind: 'passphrase', passphrase: utf8(passphrase), argon2 };
}

/**
 * operator rekey --to pkcs11. Against a server, the server uses its own host's
 * settings (its DATA/pkcs11.json or CUSTOS_PKCS11_*): no module path or PIN
 * crosses the API. Locally, the settings given are saved for this data
 * directory first, and put back as they were when the rekey fails.
 */
async function rekeyToPkcs11(inv: Invocation): Promise<{ json: unknown; human: string }> {
  const keyLabel = str(inv.values, 'key-label');
  if (!keyLabel) throw usageError('--to pkcs11 needs --key-label L (the AES key on the token)');
  checkKeyLabel(keyLabel);
  const given = Boolean(str(inv.values, 'module') ?? str(inv.values, 'pin-file'));
  let restore: (() => void) | undefined;
  if (serverOf(inv)) {
    if (given)
      throw usageError(
        "against a server, the HSM settings are the server host's (its DATA/pkcs11.json or CUSTOS_PKCS11_*): drop --module, --slot, --token-label and --pin-file",
      );
  } else if (given) {
    const data = locationOf(inv).data;
    const file = join(data, HSM_SETTINGS_FILE);
    const before = existsSync(file) ? readFileSync(file) : undefined;
    saveHsmSettings(data, hsmSettingsFrom(inv));
    restore = () => (before ? writeFileSync(file, before, { mode: 0o600 }) : rmSync(file, { force: true }));
  }
  try {
    const r = await call(inv, 'sys.rekey', { seal: 'pkcs11', keyLabel });
    return {
      json: { seal: r.seal },
      human: `Rekeyed: the instance is now sealed by the AES key "${keyLabel}" in the HSM token; it unseals itself at start while the token is reachable. The previous unseal material no longer works.`,
    };
  } catch (e) {
    restore?.();
    throw e;
  }
}

function sharesText(mnemonics: string[], threshold: number): string {
  const lines = [`Unseal shares (${threshold} of ${mnemonics.length} needed). Give one to each operator; they are shown only now:`, ''];
  mnemonics.forEach((m, i) => lines.push(`share ${i + 1}: ${m}`, ''));
  return lines.join('\n');
}

/** --eth-rpc, --eth-rpc-forward, --chain-id, --tokens, --prices, --prices-interval (also CUSTOS_ETH_RPC, CUSTOS_ETH_RPC_FORWARD, CUSTOS_TOKENS, CUSTOS_PRICES). */
export function chainOptions(inv: Invocation): ChainOptions {
  const env = inv.io.env;
  const ethRpc = str(inv.values, 'eth-rpc') ?? env.CUSTOS_ETH_RPC;
  const chainId = int(inv.values, 'chain-id', { min: 1 });
  const tokens = str(inv.values, 'tokens') ?? env.CUSTOS_TOKENS;
  const prices = str(inv.values, 'prices') ?? env.CUSTOS_PRICES;
  const interval = str(inv.values, 'prices-interval');
  const forward = str(inv.values, 'eth-rpc-forward') ?? env.CUSTOS_ETH_RPC_FORWARD;
  return {
    ...(ethRpc ? { ethRpc } : {}),
    ...(chainId !== undefined ? { chainId } : {}),
    ...(tokens ? { tokensFile: configFile(inv.io, tokens, '--tokens file') } : {}),
    ...(prices ? { prices: /^https?:\/\//.test(prices) ? prices : configFile(inv.io, prices, '--prices file') } : {}),
    ...(interval ? { pricesIntervalMs: parseDuration(interval) } : {}),
    ...(forward ? { ethRpcForward: forward.split(',') } : {}),
  };
}

/** A flag's value checked by a parser that throws RangeError: a usage error naming the flag. */
function usage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    throw e instanceof RangeError ? usageError(e.message) : e;
  }
}

/** --request-timeout, --headers-timeout, --keep-alive-timeout, --max-connections (unset: the server's defaults). */
function connectionLimitOptions(inv: Invocation): Partial<ConnectionLimits> {
  const duration = (name: string) => {
    const v = str(inv.values, name);
    return v === undefined ? undefined : parseDuration(v);
  };
  const requestTimeoutMs = duration('request-timeout');
  const headersTimeoutMs = duration('headers-timeout');
  const keepAliveTimeoutMs = duration('keep-alive-timeout');
  const maxConnections = int(inv.values, 'max-connections', { min: 1, max: 1_000_000 });
  if (requestTimeoutMs !== undefined && headersTimeoutMs !== undefined && headersTimeoutMs > requestTimeoutMs) {
    throw usageError('--headers-timeout must not exceed --request-timeout');
  }
  return {
    ...(requestTimeoutMs !== undefined ? { requestTimeoutMs } : {}),
    ...(headersTimeoutMs !== undefined ? { headersTimeoutMs } : {}),
    ...(keepAliveTimeoutMs !== undefined ? { keepAliveTimeoutMs } : {}),
    ...(maxConnections !== undefined ? { maxConnections } : {}),
  };
}

export const instanceCommands: Command[] = [
  {
    name: 'init',
    summary: "Create a new sealed instance (passphrase or Shamir unseal shares) and the first admin's credential.",
    options: {
      ...SEAL_OPTIONS,
      'admin-credential': {
        type: 'string',
        arg: 'FILE',
        description: "where to write the first admin's credential (default DATA/admin.credential.json, mode 0600)",
      },
    },
    async run(inv) {
      const spec = await sealSpecFrom(inv, 'passphrase-file');
      const loc = locationOf(inv);
      const credPath = resolve(inv.io.cwd, str(inv.values, 'admin-credential') ?? join(loc.data, 'admin.credential.json'));
      const probe = await Instance.open(loc).catch((e: unknown) => {
        if (e instanceof CustosError && e.code === 'E_NOT_INITIALIZED') return undefined;
        throw e;
      });
      if (probe) {
        await probe.close({ quiet: true });
        throw new CustosError('E_ALREADY_INITIALIZED', `an instance already exists in ${loc.data}`);
      }
      if (existsSync(credPath)) throw badInput(`${credPath} exists: refusing to overwrite a credential`, { field: 'admin-credential' });
      if (spec.kind === 'passphrase') progress(inv.io, 'deriving the seal key (argon2id)...');
      const res = await Instance.init(loc, spec, actorFor());
      // The HSM settings stay on this host (the store never names the module): auto-unseal reads them at every start.
      if (spec.kind === 'pkcs11') saveHsmSettings(loc.data, hsmSettingsFrom(inv));
      let adminCredential: string;
      try {
        adminCredential = await bootstrapAdmin(buildServices(res.instance), credPath);
      } finally {
        await res.instance.close();
      }
      const json = { instanceId: res.instanceId, data: loc.data, seal: res.seal, adminCredential, ...(res.mnemonics ? { shares: res.mnemonics } : {}) };
      let human = `Initialized custos instance ${res.instanceId} in ${loc.data} (sealed by ${res.seal}).\nAdmin credential (keep it safe, mode 0600): ${adminCredential}`;
      if (res.mnemonics && spec.kind === 'shamir') human += `\n\n${sharesText(res.mnemonics, spec.threshold)}`;
      return { json, human };
    },
  },
  {
    name: 'status',
    summary: 'Show the instance: seal, root key version, counts, audit head.',
    async run(inv) {
      const server = serverOf(inv);
      if (server) {
        // A sealed server (or a caller without a credential) still answers the public health check.
        const client = await clientFor(inv, server);
        const h = await client.call('sys.health', {});
        const hasCredential = Boolean(str(inv.values, 'credential') ?? inv.io.env.CUSTOS_CREDENTIAL);
        // Exit codes as Vault's: 0 unsealed, 2 sealed (1 is an error, e.g. unreachable).
        if (h.sealed || !hasCredential) {
          const progress = h.progress !== undefined ? `\nunseal progress ${h.progress}/${h.threshold}` : '';
          return {
            json: h,
            human: `server ${server}: ${h.sealed ? 'SEALED (custos unseal --server URL ...)' : 'unsealed'}, instance ${h.instanceId}${progress}`,
            exitCode: h.sealed ? 2 : 0,
          };
        }
      }
      const st = await call(inv, 'sys.status', {});
      const seal =
        st.seal.kind === 'shamir'
          ? `shamir (${st.seal.threshold} of ${st.seal.shares})`
          : st.seal.kind === 'pkcs11'
            ? `pkcs11 (AES key "${st.seal.keyLabel}" on token "${st.seal.token.label}", serial ${st.seal.token.serial})`
            : `passphrase (argon2id ${Math.round(st.seal.kdf.memoryKib / 1024)} MiB, t=${st.seal.kdf.iterations})`;
      const human = [
        `instance   ${st.instanceId}`,
        `store      ${st.store}`,
        `seal       ${seal}, root key v${st.rootVersion}${server ? (st.sealed ? ', SEALED' : ', unsealed') : ''}`,
        `mode       ${server ? `server ${server}` : 'local (each command unseals for its own duration)'}`,
        ...(st.seal.kind === 'passphrase' && st.seal.weak ? ['warning    Argon2id parameters are below the production default (64 MiB, t=3)'] : []),
        `keys       ${st.keys}`,
        `wallets    ${st.wallets}`,
        `principals ${st.principals}`,
        `policy     v${st.policyVersion}`,
        `audit      ${st.audit.events} events, audit key ${st.audit.auditPublicKey}`,
      ].join('\n');
      // Local mode has no running instance to be sealed: each command unseals for itself, so 0.
      return { json: st, human, exitCode: server && st.sealed ? 2 : 0 };
    },
  },
  {
    name: 'unseal',
    summary:
      'Unseal a running server (--server) with --passphrase-file, or Shamir shares: all T --share-file options at once, or one share per call from each holder (progress 1/T, 2/T ...).',
    options: {
      reset: { type: 'boolean', description: 'forget the unseal shares the server holds so far (start over)' },
      hsm: { type: 'boolean', description: 'pkcs11 seal: have the server open its HSM token again (after the token came back)' },
    },
    async run(inv) {
      const server = serverOf(inv);
      if (!server) {
        throw usageError(
          'no server given: in local mode every command unseals for its own duration (use --passphrase-file or --share-file); "custos unseal" applies to a running server (--server URL)',
        );
      }
      const client = await clientFor(inv, server);
      if (flag(inv.values, 'reset')) {
        if (str(inv.values, 'passphrase-file') || list(inv.values, 'share-file').length) throw usageError('--reset takes no unseal material');
        const r = await client.call('sys.unseal', { reset: true });
        return { json: r, human: r.progress !== undefined ? `unseal progress reset: ${r.progress}/${r.threshold}` : (r.message ?? 'reset') };
      }
      if (flag(inv.values, 'hsm')) {
        const r = await client.call('sys.unseal', {});
        return { json: r, human: r.message ?? (r.sealed ? 'still sealed' : 'unsealed') };
      }
      const files = list(inv.values, 'share-file');
      let input: { passphrase?: string; shares?: string[] };
      // A sealed Shamir server reports its progress: without a file, a holder is prompted for their one share.
      const health =
        !files.length && !inv.io.env.CUSTOS_SHARE_FILES && !str(inv.values, 'passphrase-file') && !inv.io.env.CUSTOS_PASSPHRASE_FILE && inv.io.interactive
          ? await client.call('sys.health', {})
          : undefined;
      if (health?.threshold !== undefined) {
        input = { shares: sharesIn(await inv.io.promptHidden(`Your unseal share (progress ${health.progress}/${health.threshold}): `), 'unseal share') };
      } else if (files.length || inv.io.env.CUSTOS_SHARE_FILES) {
        const m = await unsealMaterial(inv, 'shamir', files.length || 1);
        input = { shares: 'shares' in m ? m.shares : [] };
      } else {
        const m = await unsealMaterial(inv, 'passphrase', 1);
        input = { passphrase: 'passphrase' in m ? Buffer.from(m.passphrase).toString('utf8') : '' };
      }
      const r = await client.call('sys.unseal', input);
      if (r.sealed) return { json: r, human: r.message ?? `unseal progress ${r.progress}/${r.threshold}` };
      return { json: r, human: r.message ?? 'unsealed' };
    },
  },
  {
    name: 'operator rotate-root',
    summary:
      'Replace the root key and re-wrap every data key under it (key material is never decrypted). With --every: rotate on that schedule instead (the server runs it), or "off" to stop it.',
    options: {
      every: {
        type: 'string',
        arg: 'DURATION|off',
        description: 'rotate the root key every DURATION (1h..3650d, e.g. 30d), first one interval from now; "off" removes the schedule',
      },
    },
    async run(inv) {
      const every = str(inv.values, 'every');
      if (every === 'off') {
        await call(inv, 'schedule.remove', { action: 'root.rotate', target: 'root' });
        return { json: { removed: true }, human: 'Removed the root key rotation schedule.' };
      }
      if (every !== undefined) {
        const s = await call(inv, 'schedule.set', { action: 'root.rotate', target: 'root', every });
        return { json: s, human: `The root key rotates every ${s.every}; next at ${s.nextAt} (a running server does it: custos serve).` };
      }
      const r = await call(inv, 'sys.rotateRoot', {});
      return { json: r, human: `Root key rotated to v${r.rootVersion}; ${r.dataKeys} data keys re-wrapped.` };
    },
  },
  {
    name: 'operator rekey',
    summary:
      'Change the passphrase, issue a new set of unseal shares, or move to another seal (--to pkcs11 | passphrase | shamir); old material stops working.',
    options: {
      ...SEAL_OPTIONS,
      to: { type: 'string', arg: 'KIND', description: 'the seal to move to (same as --seal)' },
      'new-passphrase-file': { type: 'string', arg: 'FILE', description: 'the new passphrase (--seal passphrase)' },
    },
    async run(inv) {
      if ((str(inv.values, 'seal') ?? str(inv.values, 'to') ?? 'passphrase') === 'pkcs11') return rekeyToPkcs11(inv);
      const spec = await sealSpecFrom(inv, 'new-passphrase-file');
      if (spec.kind === 'pkcs11') throw usageError('unreachable');
      const r = await call(
        inv,
        'sys.rekey',
        spec.kind === 'shamir'
          ? { seal: 'shamir', shares: spec.shares, threshold: spec.threshold }
          : {
              seal: 'passphrase',
              passphrase: Buffer.from(spec.passphrase).toString('utf8'),
              kdfMemoryMib: Math.round((spec.argon2?.memoryKib ?? ARGON2_DEFAULTS.memoryKib) / 1024),
              kdfIterations: spec.argon2?.iterations ?? ARGON2_DEFAULTS.iterations,
            },
      );
      const json = { seal: r.seal, ...(r.mnemonics ? { shares: r.mnemonics } : {}) };
      let human = `Rekeyed: the instance is now sealed by ${r.seal}; the previous unseal material no longer works.`;
      if (r.mnemonics && spec.kind === 'shamir') human += `\n\n${sharesText(r.mnemonics, spec.threshold)}`;
      return { json, human };
    },
  },
  {
    name: 'serve',
    summary: 'Run the HTTP API (sealed until "custos unseal", unless --dev or unseal material is given).',
    options: {
      listen: { type: 'string', arg: 'HOST:PORT', description: 'address to listen on (default 127.0.0.1:8200)' },
      'tls-cert': { type: 'string', arg: 'FILE', description: 'TLS certificate (PEM)' },
      'tls-key': { type: 'string', arg: 'FILE', description: 'TLS private key (PEM)' },
      dev: { type: 'boolean', description: 'DEVELOPMENT ONLY: create ./custos-data if missing and unseal from a local file' },
      'request-ttl': { type: 'string', arg: 'DURATION', description: 'how long pending requests wait for approvals (default 24h)' },
      'party-timeout': {
        type: 'string',
        arg: 'DURATION',
        description: 'how long the coordinator waits for a threshold party to answer (default 10s; key creation and resharing wait at least 30s)',
      },
      'max-open-requests': { type: 'string', arg: 'N', description: 'requests one principal may have pending or approved at once (default 1000)' },
      'max-stored-mib-per-hour': { type: 'string', arg: 'N', description: 'MiB of requests one principal may store per hour (default 1024)' },
      'eth-rpc': {
        type: 'string',
        arg: 'URL',
        description: 'upstream Ethereum node (eth_sendTransaction fills and broadcasts through it; read-only methods are proxied, see --eth-rpc-forward)',
      },
      'eth-rpc-forward': {
        type: 'string',
        arg: 'M1,M2',
        description: 'JSON-RPC methods proxied to the upstream ("default" = the read-only set and eth_sendRawTransaction; others are -32601)',
      },
      'chain-id': { type: 'string', arg: 'N', description: 'EVM chain id (default: ask the upstream node)' },
      tokens: { type: 'string', arg: 'FILE', description: 'token registry JSON: {"0xADDRESS": {"symbol": "USDC", "decimals": 6}}' },
      prices: { type: 'string', arg: 'FILE|URL', description: 'USD prices JSON {"ETH": 3000, "USDC": 1}; a URL is polled' },
      'prices-interval': { type: 'string', arg: 'DURATION', description: 'how often a prices URL is polled (default 60s)' },
      'request-timeout': {
        type: 'string',
        arg: 'DURATION',
        description: 'a request (headers and body) must arrive within this, or 408 E_TIMEOUT (default 14s; checked each second)',
      },
      'headers-timeout': {
        type: 'string',
        arg: 'DURATION',
        description: 'the request headers must arrive within this (default 10s, at most --request-timeout)',
      },
      'keep-alive-timeout': { type: 'string', arg: 'DURATION', description: 'an idle keep-alive connection is closed after this (default 5s)' },
      'max-connections': {
        type: 'string',
        arg: 'N',
        description: 'connections open at once, beyond which new ones are closed (default 4096; keep under ulimit -n)',
      },
      'log-level': {
        type: 'string',
        arg: 'LEVEL',
        description: 'error, warn, info (default: adds one line per request) or debug (adds health probes and metric scrapes)',
      },
      'log-format': { type: 'string', arg: 'FORMAT', description: 'json (default: one JSON object per line) or text (for people)' },
      'metrics-listen': {
        type: 'string',
        arg: 'HOST:PORT',
        description: 'serve Prometheus metrics without authentication at GET /metrics on this separate listener (off by default; keep it on a private network)',
      },
      'console-origin': {
        type: 'string',
        arg: 'URL',
        description: "the web console's origin for passkeys (WebAuthn origin; default this server's URL, e.g. http://127.0.0.1:8200)",
      },
      'rp-id': { type: 'string', arg: 'HOST', description: "the WebAuthn relying-party id (default the console origin's host)" },
      'session-max-ttl': { type: 'string', arg: 'DURATION', description: 'longest console session a passkey login may ask for (default 12h)' },
      'webhook-timeout': { type: 'string', arg: 'DURATION', description: 'how long one webhook delivery attempt may take (default 10s, at most 1m)' },
      'webhook-attempts': { type: 'string', arg: 'N', description: 'attempts before a webhook delivery is failed (default 12)' },
      'webhook-backoff': { type: 'string', arg: 'DURATION', description: 'wait after the first failed attempt, doubled per attempt (default 2s)' },
      'webhook-max-backoff': { type: 'string', arg: 'DURATION', description: 'longest wait between attempts (default 15m)' },
      'eth2-listen': {
        type: 'string',
        arg: 'HOST:PORT',
        description:
          'serve the eth2 remote-signing API (Web3Signer: /api/v1/eth2/sign, publicKeys, /upcheck, /healthcheck) on this separate listener (off by default)',
      },
      'eth2-insecure-loopback': {
        type: 'string',
        arg: 'NAME',
        description: 'eth2 callers on loopback are the validator principal NAME (no credential: only with a loopback --eth2-listen)',
      },
      'eth2-tls-cert': {
        type: 'string',
        arg: 'FILE',
        description: 'mutual TLS on the eth2 listener: its certificate (PEM; with --eth2-tls-key and --eth2-client-ca)',
      },
      'eth2-tls-key': { type: 'string', arg: 'FILE', description: 'mutual TLS on the eth2 listener: its private key (PEM)' },
      'eth2-client-ca': {
        type: 'string',
        arg: 'FILE',
        description: "mutual TLS: the CA of validator clients' certificates (PEM); a certificate is bound to a principal by its tag eth2-tls-sha256",
      },
      'eth2-max-in-flight': {
        type: 'string',
        arg: 'N',
        description: 'eth2 signing requests served at once; beyond it 503 E_OVERLOADED with Retry-After at once (load shedding; default 256)',
      },
      'bls-workers': {
        type: 'string',
        arg: 'N',
        description:
          "worker threads that compute eth2 duties' BLS signatures ahead of their transaction, off the main thread (0: all inline; default 1 on two cores, cores - 1 above, at most 4)",
      },
      'eth2-keymanager': {
        type: 'boolean',
        description: 'serve the keymanager API (/eth/v1/keystores) on the eth2 listener, for bearer tokens of keymanager principals',
      },
      'eth2-genesis-fork-version': {
        type: 'string',
        arg: 'HEX',
        description: "the network's GENESIS_FORK_VERSION for VALIDATOR_REGISTRATION (default mainnet 0x00000000)",
      },
    },
    async run(inv) {
      const dev = flag(inv.values, 'dev');
      const loc = locationOf(inv);
      // Configuration files are checked before anything is created, opened or prompted for (E_CONFIG naming the file).
      const tlsCert = str(inv.values, 'tls-cert');
      const tlsKey = str(inv.values, 'tls-key');
      const tls = {
        ...(tlsCert ? { tlsCert: configFile(inv.io, tlsCert, '--tls-cert file') } : {}),
        ...(tlsKey ? { tlsKey: configFile(inv.io, tlsKey, '--tls-key file') } : {}),
      };
      const chains = chainOptions(inv);
      const logLevel = str(inv.values, 'log-level');
      const logFormat = str(inv.values, 'log-format');
      const metricsListen = str(inv.values, 'metrics-listen');
      const logOpts = {
        ...(logLevel !== undefined ? { logLevel: usage(() => parseLogLevel(logLevel)) } : {}),
        ...(logFormat !== undefined ? { logFormat: usage(() => parseLogFormat(logFormat)) } : {}),
        ...(metricsListen !== undefined ? { metricsListen } : {}),
      };
      const eth2Opts = Object.fromEntries(
        (
          [
            ['eth2Listen', 'eth2-listen'],
            ['eth2InsecureLoopback', 'eth2-insecure-loopback'],
            ['eth2GenesisForkVersion', 'eth2-genesis-fork-version'],
            ['eth2TlsCert', 'eth2-tls-cert'],
            ['eth2TlsKey', 'eth2-tls-key'],
            ['eth2ClientCa', 'eth2-client-ca'],
          ] as const
        )
          .map(([k, f]) => [k, str(inv.values, f)] as const)
          .filter(([, v]) => v !== undefined),
      ) as {
        eth2Listen?: string;
        eth2InsecureLoopback?: string;
        eth2GenesisForkVersion?: string;
        eth2TlsCert?: string;
        eth2TlsKey?: string;
        eth2ClientCa?: string;
      };
      for (const [k, what] of [
        ['eth2TlsCert', '--eth2-tls-cert file'],
        ['eth2TlsKey', '--eth2-tls-key file'],
        ['eth2ClientCa', '--eth2-client-ca file'],
      ] as const) {
        if (eth2Opts[k] !== undefined) eth2Opts[k] = configFile(inv.io, eth2Opts[k], what);
      }
      const eth2MaxInFlight = int(inv.values, 'eth2-max-in-flight', { min: 1, max: 100_000 });
      const blsWorkers = int(inv.values, 'bls-workers', { min: 0, max: 256 });
      // Refused before anything is opened or prompted for: a loopback mapping on a reachable address.
      if (eth2Opts.eth2Listen !== undefined) {
        const mutualTls = eth2Opts.eth2ClientCa !== undefined;
        checkCallerConfig(parseListen(eth2Opts.eth2Listen, '--eth2-listen').host, {
          ...(eth2Opts.eth2InsecureLoopback !== undefined ? { insecureLoopback: eth2Opts.eth2InsecureLoopback } : {}),
          ...(mutualTls ? { mutualTls } : {}),
        });
      }
      const files = list(inv.values, 'share-file');
      const hasMaterial = Boolean(str(inv.values, 'passphrase-file') ?? inv.io.env.CUSTOS_PASSPHRASE_FILE ?? (files.length || inv.io.env.CUSTOS_SHARE_FILES));
      let material: UnsealMaterial | undefined;
      if (!dev && hasMaterial) {
        const probe = await Instance.open(loc);
        const cfg = probe.sealConfig;
        await probe.close({ quiet: true });
        if (cfg.kind === 'pkcs11')
          throw usageError('this instance is sealed by an HSM key: it unseals itself at start; drop --passphrase-file and --share-file');
        material = await unsealMaterial(inv, cfg.kind, cfg.kind === 'shamir' ? cfg.threshold : 1);
      }
      const ttl = str(inv.values, 'request-ttl');
      const partyTimeout = str(inv.values, 'party-timeout');
      const partyTimeoutMs = partyTimeout !== undefined ? parseDuration(partyTimeout) : undefined;
      if (partyTimeoutMs !== undefined && partyTimeoutMs > 600_000) throw usageError('--party-timeout must be at most 10m');
      const maxOpen = int(inv.values, 'max-open-requests', { min: 1, max: 1_000_000 });
      const maxMib = int(inv.values, 'max-stored-mib-per-hour', { min: 1, max: 1_048_576 });
      const listen = str(inv.values, 'listen') ?? '127.0.0.1:8200';
      const webhooks = webhookOptions(inv);
      const consoleOrigin = str(inv.values, 'console-origin');
      const rpId = str(inv.values, 'rp-id');
      const sessionMaxTtl = str(inv.values, 'session-max-ttl');
      const { serve } = await import('../../server/serve.js');
      const server = await listening(listen, () =>
        serve({
          data: loc.data,
          ...(loc.store ? { store: loc.store } : {}),
          listen,
          ...tls,
          dev,
          ...(material ? { unseal: material } : {}),
          ...(ttl ? { requestTtlMs: parseDuration(ttl) } : {}),
          ...(partyTimeoutMs !== undefined ? { partyTimeoutMs } : {}),
          quotas: { ...(maxOpen !== undefined ? { maxOpen } : {}), ...(maxMib !== undefined ? { maxStoredBytesPerHour: maxMib * 1024 * 1024 } : {}) },
          chains,
          limits: connectionLimitOptions(inv),
          webhooks,
          log: (l) => inv.io.stderr(`${l}\n`),
          ...logOpts,
          ...eth2Opts,
          ...(eth2MaxInFlight !== undefined ? { eth2MaxInFlight } : {}),
          ...(blsWorkers !== undefined ? { blsWorkers } : {}),
          ...(flag(inv.values, 'eth2-keymanager') ? { eth2KeyManager: true } : {}),
          ...(consoleOrigin !== undefined ? { consoleOrigin } : {}),
          ...(rpId !== undefined ? { rpId } : {}),
          ...(sessionMaxTtl !== undefined ? { sessionMaxMs: usage(() => parseDuration(sessionMaxTtl)) } : {}),
        }),
      );
      await new Promise<void>((done) => {
        const stop = (sig: string) => {
          server.logger.info(`${sig}: finishing in-flight requests and sealing...`);
          void server.close().then(done, done);
        };
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
      });
      return { json: { stopped: true }, human: 'custos stopped (sealed).' };
    },
  },
];

/** serve --webhook-*: delivery timeout, attempts and backoff (unset: DEFAULT_WORKER). */
function webhookOptions(inv: Invocation): Partial<WorkerOptions> {
  const ms = (name: string, max: number) => {
    const v = str(inv.values, name);
    if (v === undefined) return undefined;
    const d = usage(() => parseDuration(v));
    if (d > max) throw usageError(`--${name} must be at most ${max / 60_000}m`);
    return d;
  };
  const timeoutMs = ms('webhook-timeout', 60_000);
  const baseDelayMs = ms('webhook-backoff', 3_600_000);
  const maxDelayMs = ms('webhook-max-backoff', 86_400_000);
  const maxAttempts = int(inv.values, 'webhook-attempts', { min: 1, max: 100 });
  if (baseDelayMs !== undefined && maxDelayMs !== undefined && maxDelayMs < baseDelayMs)
    throw usageError('--webhook-max-backoff must be at least --webhook-backoff');
  return {
    ...(timeoutMs !== undefined ? { timeoutMs } : {}),
    ...(baseDelayMs !== undefined ? { baseDelayMs } : {}),
    ...(maxDelayMs !== undefined ? { maxDelayMs } : {}),
    ...(maxAttempts !== undefined ? { maxAttempts } : {}),
  };
}
