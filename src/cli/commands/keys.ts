/** key create|list|show|rotate|disable|enable|destroy|import|export. */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { badInput } from '../../errors.js';
import { ALGORITHMS, THRESHOLD_ALGORITHMS, getAlgorithm } from '../../crypto/algorithms.js';
import type { KeyInfo } from '../../keystore/keys.js';
import type { OperationOutput } from '../../api/contract.js';
import { parseCurve } from '../../keystore/refs.js';
import { type Command, type Invocation, type Values, commaList, flag, int, list, requireStr, str, usageError } from '../command.js';
import { call } from '../api.js';
import { importBulk } from './key-import-bulk.js';
import { progress, readInputFile, readSecretText } from '../io.js';

const NAME_ARG = { args: 'NAME', minArgs: 1, maxArgs: 1 } as const;

/** `key usage` / `wallet usage`: exactly one of --allow-raw and --deny-raw. */
export const rawUsageOptions = {
  'allow-raw': { type: 'boolean', description: 'grant raw signing' },
  'deny-raw': { type: 'boolean', description: 'withdraw raw signing' },
} as const;

export function rawUsage(inv: Invocation): boolean {
  const allow = flag(inv.values, 'allow-raw');
  if (allow === flag(inv.values, 'deny-raw')) throw usageError('give exactly one of --allow-raw or --deny-raw');
  return allow;
}

export function parseTags(values: Values): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const t of list(values, 'tag')) {
    const i = t.indexOf('=');
    if (i <= 0) throw usageError(`--tag must be key=value, got "${t}"`);
    tags[t.slice(0, i)] = t.slice(i + 1);
  }
  return tags;
}

export function keyText(k: KeyInfo): string {
  const row = (label: string, value: string) => `${label.padEnd(15)}${value}`;
  const lines = [
    row('name', k.name),
    row('algorithm', k.algorithm),
    row('state', `${k.state}${k.exportable ? ' (exportable)' : ''}${k.allowRaw ? ' (raw signing allowed)' : ''}`),
    row('version', String(k.currentVersion)),
    row('public key', k.publicKey),
  ];
  for (const [kind, addr] of Object.entries(k.addresses)) lines.push(row(kind, addr));
  if (Object.keys(k.tags).length)
    lines.push(
      row(
        'tags',
        Object.entries(k.tags)
          .map(([a, b]) => `${a}=${b}`)
          .join(', '),
      ),
    );
  if (k.versions.length > 1) for (const v of k.versions) lines.push(`  v${v.version} ${v.status.padEnd(8)} ${v.publicKey}`);
  return lines.join('\n');
}

const curveOption = {
  curve: { type: 'string', arg: 'CURVE', description: 'for wallet-derived refs: secp256k1, ed25519 or bls12-381 (default from the path)' },
} as const;

const exportOptions = {
  format: { type: 'string', arg: 'FORMAT', description: 'raw | keystore-v3 | eip2335' },
  'password-file': { type: 'string', arg: 'FILE', description: 'keystore password (keystore-v3, eip2335)' },
  out: { type: 'string', arg: 'FILE', description: 'write to FILE (mode 0600) instead of stdout' },
  'scrypt-log-n': { type: 'string', arg: 'N', description: 'scrypt cost 2^N (default 18; lower only for tests)' },
  kdf: { type: 'string', arg: 'KDF', description: 'eip2335: scrypt (default) or pbkdf2' },
  path: { type: 'string', arg: 'PATH', description: 'eip2335: EIP-2334 path to record in the keystore (default empty)' },
} as const;

export const keyCommands: Command[] = [
  {
    name: 'key create',
    summary: 'Generate a key from the OS CSPRNG, or a threshold key by DKG across parties (--threshold, --parties).',
    ...NAME_ARG,
    options: {
      type: { type: 'string', arg: 'TYPE', description: `${[...ALGORITHMS, ...THRESHOLD_ALGORITHMS].join(' | ')}` },
      exportable: { type: 'boolean', description: 'allow audited export and backup of this key' },
      'allow-raw': { type: 'boolean', description: 'allow raw signing of digests and messages (blind signing; off by default)' },
      tag: { type: 'string', multiple: true, arg: 'K=V', description: 'a tag' },
      threshold: { type: 'string', arg: 'T', description: 'frost-*: parties needed to sign' },
      parties: { type: 'string', arg: 'A,B,C', description: 'frost-*: the registered parties that hold shares' },
      custody: {
        type: 'string',
        arg: 'KIND',
        description:
          'local (default); hsm: generated and signing inside the PKCS#11 token that seals the instance (secp256k1 | ed25519; never exportable); cold: signs only air-gapped (custos offline sign), never online',
      },
    },
    async run(inv) {
      const type = requireStr(inv.values, 'type');
      getAlgorithm(type);
      const custody = str(inv.values, 'custody');
      if (custody !== undefined && custody !== 'local' && custody !== 'hsm' && custody !== 'cold')
        throw usageError(`--custody must be local, hsm or cold, not "${custody}"`);
      const threshold = int(inv.values, 'threshold', { min: 2, max: 32 });
      const parties = commaList(inv.values, 'parties');
      const k: KeyInfo = await call(inv, 'key.create', {
        name: inv.positionals[0]!,
        type,
        exportable: flag(inv.values, 'exportable'),
        allowRaw: flag(inv.values, 'allow-raw'),
        tags: parseTags(inv.values),
        ...(threshold !== undefined ? { threshold } : {}),
        ...(parties !== undefined ? { parties } : {}),
        ...(custody !== undefined ? { custody } : {}),
      });
      return { json: k, human: `Created key ${k.name}.\n${keyText(k)}` };
    },
  },
  {
    name: 'key refresh',
    summary:
      'Threshold keys: give every party new shares of the same key (group key unchanged). With --every: refresh on that schedule instead (governed; every party keeps the signed schedule and checks each slot by its own clock), or "off".',
    ...NAME_ARG,
    options: {
      every: {
        type: 'string',
        arg: 'DURATION|off',
        description: 'refresh every DURATION (1h..3650d, e.g. 30d), first one interval from now; "off" stops it at the parties too',
      },
    },
    async run(inv) {
      const every = str(inv.values, 'every');
      if (every !== undefined) {
        const s = await call(inv, 'key.refreshSchedule', { name: inv.positionals[0]!, every });
        if ('request' in s) return pendingAdmin(s);
        if ('removed' in s) return { json: s, human: `Removed the refresh schedule of ${inv.positionals[0]!} (here and at its parties).` };
        return {
          json: s,
          human: `${s.target} refreshes its shares every ${s.every}; next at ${s.nextAt} (a running server starts it; each party checks the slot).`,
        };
      }
      const k = await call(inv, 'key.refresh', { name: inv.positionals[0]! });
      if ('request' in k) return pendingAdmin(k);
      return { json: k, human: `Refreshed ${k.name}: epoch ${k.epoch}, ${k.threshold} of ${k.parties.join(', ')}.` };
    },
  },
  {
    name: 'key reshare',
    summary: 'Threshold keys: change T-of-N or the parties, keeping the group key.',
    ...NAME_ARG,
    options: {
      threshold: { type: 'string', arg: 'T', description: 'new threshold (default: unchanged)' },
      parties: { type: 'string', arg: 'A,B,C', description: 'new party set (default: unchanged)' },
    },
    async run(inv) {
      const threshold = int(inv.values, 'threshold', { min: 2, max: 32 });
      const parties = commaList(inv.values, 'parties');
      const k = await call(inv, 'key.reshare', {
        name: inv.positionals[0]!,
        ...(threshold !== undefined ? { threshold } : {}),
        ...(parties !== undefined ? { parties } : {}),
      });
      if ('request' in k) return pendingAdmin(k);
      return { json: k, human: `Reshared ${k.name}: epoch ${k.epoch}, ${k.threshold} of ${k.parties.join(', ')}.` };
    },
  },
  {
    name: 'key list',
    summary: 'List keys (public information only).',
    async run(inv) {
      const all: KeyInfo[] = await call(inv, 'key.list', {});
      const width = Math.max(24, ...all.map((k) => k.name.length));
      const algWidth = Math.max(10, ...all.map((k) => k.algorithm.length));
      const row = (name: string, alg: string, state: string, version: string) => `${name.padEnd(width)} ${alg.padEnd(algWidth)} ${state.padEnd(9)} ${version}`;
      const human = all.length
        ? [row('NAME', 'ALGORITHM', 'STATE', 'VERSION'), ...all.map((k) => row(k.name, k.algorithm, k.state, `v${k.currentVersion}`))].join('\n')
        : 'no keys';
      return { json: all, human };
    },
  },
  {
    name: 'key show',
    summary: 'Show a key or wallet-derived account: public key, addresses, versions.',
    args: 'REF',
    minArgs: 1,
    maxArgs: 1,
    options: curveOption,
    async run(inv) {
      const curve = str(inv.values, 'curve');
      const k: KeyInfo = await call(inv, 'key.show', { ref: inv.positionals[0]!, ...(curve ? { curve: parseCurve(curve) } : {}) });
      return { json: k, human: keyText(k) };
    },
  },
  {
    name: 'key rotate',
    summary:
      'Make a new version the signing version; older versions only verify. With --rotate-every: rotate on that schedule instead (the server runs it), or "off" to stop it.',
    ...NAME_ARG,
    options: {
      'rotate-every': {
        type: 'string',
        arg: 'DURATION|off',
        description: 'rotate every DURATION (1h..3650d, e.g. 90d), first one interval from now; "off" removes the schedule',
      },
    },
    async run(inv) {
      const every = str(inv.values, 'rotate-every');
      if (every === 'off') {
        await call(inv, 'schedule.remove', { action: 'key.rotate', target: inv.positionals[0]! });
        return { json: { removed: true }, human: `Removed the rotation schedule of ${inv.positionals[0]!}.` };
      }
      if (every !== undefined) {
        const s = await call(inv, 'schedule.set', { action: 'key.rotate', target: inv.positionals[0]!, every });
        return { json: s, human: `${s.target} rotates every ${s.every}; next at ${s.nextAt} (a running server does it: custos serve).` };
      }
      const k: KeyInfo = await call(inv, 'key.rotate', { name: inv.positionals[0]! });
      return { json: k, human: `Rotated ${k.name} to version ${k.currentVersion}.\n${keyText(k)}` };
    },
  },
  {
    name: 'schedule list',
    summary:
      'Schedules (set with "custos key rotate NAME --rotate-every 90d", "custos operator rotate-root --every 30d", "custos key refresh NAME --every 30d"): interval, next run, runs, the last error.',
    async run(inv) {
      const r = await call(inv, 'schedule.list', {});
      return {
        json: r,
        human: r.schedules.length
          ? r.schedules
              .map(
                (s) =>
                  `${s.action.padEnd(12)} ${s.target.padEnd(24)} every ${s.every.padEnd(6)} next ${s.nextAt}  runs ${s.runs}${s.lastError ? `  last error: ${s.lastError}` : ''}`,
              )
              .join('\n')
          : 'No schedules.',
      };
    },
  },
  ...(['disable', 'enable'] as const).map((verb): Command => ({
    name: `key ${verb}`,
    summary: verb === 'disable' ? 'Stop a key from signing (reversible).' : 'Let a disabled key sign again.',
    ...NAME_ARG,
    async run(inv) {
      const k: KeyInfo = await call(inv, verb === 'disable' ? 'key.disable' : 'key.enable', { name: inv.positionals[0]! });
      return { json: k, human: `Key ${k.name} is ${k.state}.` };
    },
  })),
  {
    name: 'key destroy',
    summary: 'Crypto-shred a key: its data key is deleted; the record stays as an audited tombstone.',
    ...NAME_ARG,
    async run(inv) {
      const r = await call(inv, 'key.destroy', { name: inv.positionals[0]! });
      if (isPending(r)) return pendingAdmin(r);
      return { json: r, human: `Destroyed key ${r.name}: its material can no longer be decrypted by anyone.` };
    },
  },
  {
    name: 'key usage',
    summary: 'Grant (--allow-raw) or withdraw (--deny-raw) raw signing of digests and messages (governed by the admin quorum).',
    ...NAME_ARG,
    options: rawUsageOptions,
    async run(inv) {
      const r = await call(inv, 'key.usage', { name: inv.positionals[0]!, allowRaw: rawUsage(inv) });
      if (isPending(r)) return pendingAdmin(r);
      return { json: r, human: `Key ${r.name} ${r.allowRaw ? 'may now sign' : 'no longer signs'} raw digests and messages.` };
    },
  },
  {
    name: 'key import',
    summary:
      'Import a key from a raw hex file, an Ethereum keystore (v3), an EIP-2335 BLS keystore, or a public key (watch-only); or many at once with --from DIR|FILE.jsonl (one transaction: all or nothing).',
    args: '[NAME]',
    minArgs: 0,
    maxArgs: 1,
    options: {
      format: {
        type: 'string',
        arg: 'FORMAT',
        description: 'raw | keystore-v3 | eip2335 | public (a hex public key: watch-only, verifies and derives addresses, never signs; not with --from)',
      },
      file: { type: 'string', arg: 'FILE', description: 'the key file (with NAME)' },
      from: {
        type: 'string',
        arg: 'DIR|FILE',
        description:
          'bulk: a directory of *.json keystores or *.hex raw keys (name = file name), or a JSON-lines file ({"name","secret"} raw, {"name","keystore"} keystores); instead of NAME and --file',
      },
      type: { type: 'string', arg: 'TYPE', description: 'raw, public: key type (default secp256k1)' },
      'password-file': { type: 'string', arg: 'FILE', description: 'keystore password (with --from: the one password of every keystore)' },
      'password-dir': { type: 'string', arg: 'DIR', description: 'with --from: one password per keystore, in DIR/NAME.txt' },
      exportable: { type: 'boolean', description: 'allow audited export and backup of this key' },
      'allow-raw': { type: 'boolean', description: 'allow raw signing of digests and messages (blind signing; off by default)' },
      tag: { type: 'string', multiple: true, arg: 'K=V', description: 'a tag' },
    },
    async run(inv) {
      const format = requireStr(inv.values, 'format');
      if (str(inv.values, 'from') !== undefined) return importBulk(inv, format, parseTags(inv.values));
      if (inv.positionals.length !== 1) throw usageError('custos key import needs NAME and --file, or --from DIR|FILE.jsonl (see --help)');
      if (str(inv.values, 'password-dir') !== undefined) throw usageError('--password-dir goes with --from');
      if (format !== 'raw' && format !== 'keystore-v3' && format !== 'eip2335' && format !== 'public')
        throw usageError(`--format must be raw, keystore-v3, eip2335 or public, not "${format}"`);
      if (format === 'public' && (flag(inv.values, 'exportable') || flag(inv.values, 'allow-raw') || str(inv.values, 'password-file'))) {
        throw usageError('--format public imports a public key only: --exportable, --allow-raw and --password-file do not apply');
      }
      const content = readInputFile(inv.io, requireStr(inv.values, 'file'), 'key file').toString('utf8');
      const type = str(inv.values, 'type');
      const pw = str(inv.values, 'password-file');
      if (format !== 'raw' && format !== 'public') progress(inv.io, `decrypting the ${format} keystore (its KDF may take a few seconds)...`);
      const k: KeyInfo = await call(inv, 'key.import', {
        name: inv.positionals[0]!,
        format,
        content,
        ...(type ? { type } : {}),
        ...(pw ? { password: readSecretText(inv.io, pw, 'password file') } : {}),
        ...(format === 'public' ? {} : { exportable: flag(inv.values, 'exportable'), allowRaw: flag(inv.values, 'allow-raw') }),
        tags: parseTags(inv.values),
      });
      return { json: k, human: `Imported ${format === 'public' ? 'watch-only ' : ''}key ${k.name}.\n${keyText(k)}` };
    },
  },
  {
    name: 'key export',
    summary: 'Export an exportable key (audited): raw hex, Ethereum keystore v3 or EIP-2335.',
    ...NAME_ARG,
    options: exportOptions,
    async run(inv) {
      const format = requireStr(inv.values, 'format');
      if (format !== 'raw' && format !== 'keystore-v3' && format !== 'eip2335')
        throw usageError(`--format must be raw, keystore-v3 or eip2335, not "${format}"`);
      const kdf = str(inv.values, 'kdf');
      if (kdf !== undefined && kdf !== 'scrypt' && kdf !== 'pbkdf2') throw usageError('--kdf must be scrypt or pbkdf2');
      const pw = str(inv.values, 'password-file');
      if (format !== 'raw' && !pw) throw usageError(`--password-file is required for ${format}`);
      const out = str(inv.values, 'out');
      const outPath = out ? resolve(inv.io.cwd, out) : undefined;
      if (outPath && existsSync(outPath)) throw badInput(`${out} exists: refusing to overwrite`, { field: 'out' });
      const scryptLogN = int(inv.values, 'scrypt-log-n', { min: 1, max: 20 });
      const path = str(inv.values, 'path');
      if (format !== 'raw') progress(inv.io, `encrypting the ${format} keystore...`);
      const r = await call(inv, 'key.export', {
        name: inv.positionals[0]!,
        format,
        ...(pw ? { password: readSecretText(inv.io, pw, 'password file') } : {}),
        ...(scryptLogN ? { scryptLogN } : {}),
        ...(kdf ? { kdf } : {}),
        ...(path !== undefined ? { path } : {}),
      });
      const text = format === 'raw' ? (r.secret as string) : JSON.stringify(r.keystore, null, 2);
      if (outPath) {
        writeFileSync(outPath, `${text}\n`, { mode: 0o600, flag: 'wx' });
        return { json: { key: r.key, format, file: out }, human: `Exported ${r.key} (${format}) to ${out}.` };
      }
      return { json: r, human: text };
    },
  },
];

/** A governed admin action that waits for other admins (the other branch of a governed operation's output). */
export type PendingAdmin = Extract<OperationOutput<'policy.set'>, { status: 'pending' }>;

/** Whether a governed operation's output is the pending request rather than the action's output. */
export function isPending<O extends object>(r: O | PendingAdmin): r is PendingAdmin {
  return 'status' in r && r.status === 'pending';
}

/** Output of an admin action that now waits for other admins (meta-policy quorum). */
export function pendingAdmin(r: { request: { id: string; waitingFor?: { approvals?: { count: number } } } }) {
  return {
    json: r,
    human: `Pending: request ${r.request.id} needs ${r.request.waitingFor?.approvals?.count ?? '?'} more admin approval(s) (custos request approve ${r.request.id}).`,
  };
}
