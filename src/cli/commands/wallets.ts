/** wallet create|import|list|xpub and backup create|restore. */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CustosError, badInput } from '../../errors.js';
import { getAlgorithm } from '../../crypto/algorithms.js';
import type { BackupSpec } from '../../keystore/backup.js';
import { parseCurve } from '../../keystore/refs.js';
import { type Command, type Invocation, flag, int, list, requireStr, str, usageError } from '../command.js';
import { call } from '../api.js';
import { readSecretText } from '../io.js';
import { sharesIn } from '../shares.js';
import { isPending, keyText, pendingAdmin, rawUsage, rawUsageOptions } from './keys.js';

function words(inv: Invocation): 12 | 24 {
  const w = int(inv.values, 'words') ?? 24;
  if (w !== 12 && w !== 24) throw usageError('--words must be 12 or 24');
  return w;
}

function slip39Passphrase(inv: Invocation): string {
  const f = str(inv.values, 'slip39-passphrase-file');
  return f ? readSecretText(inv.io, f, 'SLIP-39 passphrase file') : '';
}

/** `--shares N --threshold T`, or group-of-groups `--group T/N ... --group-threshold G`. */
function backupSpec(inv: Invocation): BackupSpec {
  const groups = list(inv.values, 'group').map((g): [number, number] => {
    const m = /^(\d+)\/(\d+)$/.exec(g);
    if (!m) throw usageError(`--group must be T/N (e.g. 2/3), got "${g}"`);
    return [Number(m[1]), Number(m[2])];
  });
  const shares = int(inv.values, 'shares', { min: 1, max: 16 });
  const threshold = int(inv.values, 'threshold', { min: 1, max: 16 });
  const iterationExponent = int(inv.values, 'iteration-exponent', { min: 0, max: 15 });
  const passphrase = slip39Passphrase(inv);
  const extra = { ...(passphrase ? { passphrase } : {}), ...(iterationExponent !== undefined ? { iterationExponent } : {}) };
  if (groups.length) {
    if (shares !== undefined || threshold !== undefined) throw usageError('use either --shares/--threshold or --group, not both');
    return { groupThreshold: int(inv.values, 'group-threshold', { min: 1, max: 16 }) ?? groups.length, groups, ...extra };
  }
  if (shares === undefined || threshold === undefined) throw usageError('give --shares N --threshold T (or --group T/N ... --group-threshold G)');
  return { groupThreshold: 1, groups: [[threshold, shares]], ...extra };
}

/** The printed form of a backup: a title, then per group a header and its numbered shares (what restore reads back). */
function backupTitle(what: string, groupThreshold: number, groupCount: number): string {
  return `SLIP-39 backup of ${what}: ${groupThreshold} of ${groupCount} group(s) needed.`;
}

function groupHeader(gi: number, spec: BackupSpec): string {
  const [t, n] = spec.groups[gi]!;
  return `group ${gi + 1} (${t} of ${n}):`;
}

/**
 * One file per share, named after the target, its group (when there are several) and its index:
 * `cold-share-2-of-5.txt`, `cold-group-1-share-2-of-3.txt`.
 */
function shareFileNames(target: string, spec: BackupSpec): string[][] {
  const base = target.replace(/[^A-Za-z0-9._-]/g, '_');
  return spec.groups.map(([, n], gi) =>
    Array.from({ length: n }, (_, i) =>
      spec.groups.length === 1 ? `${base}-share-${i + 1}-of-${n}.txt` : `${base}-group-${gi + 1}-share-${i + 1}-of-${n}.txt`,
    ),
  );
}

/** Read backup shares from files (`-` is stdin: pasted lines). */
function backupShares(inv: Invocation): string[] {
  return list(inv.values, 'backup-share-file').flatMap((f) => {
    const text = f === '-' ? readFileSync(0, 'utf8') : readSecretText(inv.io, f, 'backup share file');
    return sharesIn(text, f === '-' ? 'backup shares on stdin' : `backup share file ${f}`);
  });
}

export const walletCommands: Command[] = [
  {
    name: 'wallet create',
    summary: 'Create an HD wallet. Shows its BIP39 mnemonic once, or with --no-show keeps a random seed for SLIP-39 backup.',
    args: 'NAME',
    minArgs: 1,
    options: {
      words: { type: 'string', arg: '12|24', description: 'mnemonic length (default 24); with --no-show: 16- or 32-byte seed' },
      'no-show': { type: 'boolean', description: 'show nothing; back the wallet up with "custos backup create --wallet"' },
      'allow-raw': { type: 'boolean', description: 'allow raw signing of digests and messages (blind signing; off by default)' },
    },
    async run(inv) {
      const w = await call(inv, 'wallet.create', {
        name: inv.positionals[0]!,
        words: words(inv),
        noShow: flag(inv.values, 'no-show'),
        allowRaw: flag(inv.values, 'allow-raw'),
      });
      const human = w.mnemonic
        ? `Created wallet ${w.name}. Write down this mnemonic now; it is not shown again:\n\n${w.mnemonic}\n`
        : `Created wallet ${w.name} (seed not shown). Back it up now: custos backup create --wallet ${w.name} --shares N --threshold T`;
      return { json: w, human };
    },
  },
  {
    name: 'wallet import',
    summary: 'Import an HD wallet from a BIP39 mnemonic file or a hex seed file.',
    args: 'NAME',
    minArgs: 1,
    options: {
      'mnemonic-file': { type: 'string', arg: 'FILE', description: 'BIP39 mnemonic' },
      'bip39-passphrase-file': { type: 'string', arg: 'FILE', description: 'BIP39 passphrase ("25th word")' },
      'seed-file': { type: 'string', arg: 'FILE', description: 'BIP32 seed as hex (16-64 bytes)' },
      'allow-raw': { type: 'boolean', description: 'allow raw signing of digests and messages (blind signing; off by default)' },
    },
    async run(inv) {
      const mf = str(inv.values, 'mnemonic-file');
      const sf = str(inv.values, 'seed-file');
      if (!!mf === !!sf) throw usageError('give exactly one of --mnemonic-file or --seed-file');
      const pf = str(inv.values, 'bip39-passphrase-file');
      if (pf && !mf) throw usageError('--bip39-passphrase-file goes with --mnemonic-file');
      const w = await call(inv, 'wallet.import', {
        name: inv.positionals[0]!,
        ...(mf ? { mnemonic: readSecretText(inv.io, mf, 'mnemonic file') } : { seed: readSecretText(inv.io, sf!, 'seed file').trim() }),
        ...(pf ? { bip39Passphrase: readSecretText(inv.io, pf, 'BIP39 passphrase file') } : {}),
        allowRaw: flag(inv.values, 'allow-raw'),
      });
      return { json: w, human: `Imported wallet ${w.name}.` };
    },
  },
  {
    name: 'wallet usage',
    summary: "Grant (--allow-raw) or withdraw (--deny-raw) raw signing for a wallet's accounts (governed by the admin quorum).",
    args: 'NAME',
    minArgs: 1,
    maxArgs: 1,
    options: rawUsageOptions,
    async run(inv) {
      const r = await call(inv, 'wallet.usage', { name: inv.positionals[0]!, allowRaw: rawUsage(inv) });
      if (isPending(r)) return pendingAdmin(r);
      return { json: r, human: `The accounts of wallet ${r.name} ${r.allowRaw ? 'may now sign' : 'no longer sign'} raw digests and messages.` };
    },
  },
  {
    name: 'wallet list',
    summary: 'List wallets.',
    async run(inv) {
      const all = await call(inv, 'wallet.list', {});
      return { json: all, human: all.length ? all.map((w) => `${w.name.padEnd(24)} ${w.state.padEnd(9)} ${w.origin}`).join('\n') : 'no wallets' };
    },
  },
  {
    name: 'wallet xpub',
    summary: "Export a watch-only BIP32 extended public key at a path (e.g. m/84'/0'/0').",
    args: 'NAME',
    minArgs: 1,
    options: { path: { type: 'string', arg: 'PATH', description: 'derivation path (default m)' } },
    async run(inv) {
      const r = await call(inv, 'wallet.xpub', { name: inv.positionals[0]!, path: str(inv.values, 'path') ?? 'm' });
      return { json: r, human: r.xpub };
    },
  },
  {
    name: 'wallet derive',
    summary: 'Show the account at a path (same as "custos key show WALLET/PATH").',
    args: 'NAME',
    minArgs: 1,
    options: {
      path: { type: 'string', arg: 'PATH', description: 'derivation path' },
      curve: { type: 'string', arg: 'CURVE', description: 'secp256k1, ed25519 or bls12-381 (default from the path)' },
    },
    async run(inv) {
      const curve = str(inv.values, 'curve');
      const k = await call(inv, 'key.show', { ref: `${inv.positionals[0]}/${requireStr(inv.values, 'path')}`, ...(curve ? { curve: parseCurve(curve) } : {}) });
      return { json: k, human: keyText(k) };
    },
  },
  {
    name: 'backup create',
    summary: 'Write SLIP-39 shares of a wallet seed or an exportable key (shown once).',
    options: {
      wallet: { type: 'string', arg: 'W', description: 'the wallet to back up' },
      key: { type: 'string', arg: 'N', description: 'the (exportable) key to back up' },
      shares: { type: 'string', arg: 'N', description: 'number of shares (single group)' },
      threshold: { type: 'string', arg: 'T', description: 'shares needed to restore' },
      group: { type: 'string', multiple: true, arg: 'T/N', description: 'a group of N shares needing T (group-of-groups)' },
      'group-threshold': { type: 'string', arg: 'G', description: 'groups needed (default: all)' },
      'slip39-passphrase-file': { type: 'string', arg: 'FILE', description: 'SLIP-39 passphrase' },
      'iteration-exponent': { type: 'string', arg: 'E', description: 'SLIP-39 PBKDF2 iteration exponent (default 1)' },
      out: { type: 'string', arg: 'DIR', description: 'write one file per share (mode 0600) into DIR instead of printing the shares' },
    },
    async run(inv) {
      const wallet = str(inv.values, 'wallet');
      const key = str(inv.values, 'key');
      if (!!wallet === !!key) throw usageError('give exactly one of --wallet or --key');
      const spec = backupSpec(inv);
      const what = wallet ? `wallet ${wallet}` : `key ${key}`;
      const out = str(inv.values, 'out');
      // With --out every file is checked before the shares exist: a refusal leaves nothing half-written.
      const dir = out ? resolve(inv.io.cwd, out) : undefined;
      const names = shareFileNames((wallet ?? key)!, spec);
      if (dir) {
        if (existsSync(dir) && !statSync(dir).isDirectory()) throw badInput(`--out ${out} exists and is not a directory`, { field: 'out' });
        const taken = names.flat().find((n) => existsSync(join(dir, n)));
        if (taken) throw badInput(`${join(out!, taken)} exists: refusing to overwrite a backup share`, { field: 'out', file: join(dir, taken) });
      }
      const r = await call(inv, 'backup.create', { ...(wallet ? { wallet } : { key: key! }), ...spec });
      const groups = r.groups as string[][];
      const title = backupTitle(what, spec.groupThreshold, groups.length);
      if (dir) {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        const files: Array<{ group: number; share: number; file: string }> = [];
        groups.forEach((g, gi) =>
          g.forEach((m, i) => {
            const file = join(dir, names[gi]![i]!);
            // wx: never replace a file that appeared since the check above.
            writeFileSync(file, `${title}\n${groupHeader(gi, spec)}\n  share ${i + 1}: ${m}\n`, { mode: 0o600, flag: 'wx' });
            files.push({ group: gi + 1, share: i + 1, file });
          }),
        );
        const human = [`${title} One file per share (mode 0600) in ${dir}; hand each to its holder:`, ...files.map((f) => `  ${f.file}`)].join('\n');
        return { json: { target: r.target, groupThreshold: r.groupThreshold, files }, human };
      }
      const lines = [`${title} Shown only now.`, ''];
      groups.forEach((g, gi) => {
        lines.push(groupHeader(gi, spec));
        g.forEach((m, i) => lines.push(`  share ${i + 1}: ${m}`));
        lines.push('');
      });
      return { json: r, human: lines.join('\n') };
    },
  },
  {
    name: 'backup restore',
    summary: 'Restore a wallet (default) or, with --type, a key from SLIP-39 share files.',
    options: {
      name: { type: 'string', arg: 'NEW', description: 'name of the restored wallet or key' },
      'backup-share-file': {
        type: 'string',
        multiple: true,
        arg: 'FILE',
        description: 'a file with one or more SLIP-39 backup shares, bare or as "backup create" prints them (- reads stdin)',
      },
      'slip39-passphrase-file': { type: 'string', arg: 'FILE', description: 'SLIP-39 passphrase' },
      type: { type: 'string', arg: 'TYPE', description: 'restore a key of this type instead of a wallet' },
      exportable: { type: 'boolean', description: 'restored key: allow export' },
      'allow-raw': { type: 'boolean', description: 'allow raw signing of digests and messages (blind signing; off by default)' },
    },
    async run(inv) {
      const name = requireStr(inv.values, 'name');
      const shares = backupShares(inv);
      if (shares.length === 0) throw usageError('give the backup shares with --backup-share-file FILE (repeatable; - reads pasted lines from stdin)');
      const type = str(inv.values, 'type');
      if (type) getAlgorithm(type);
      const passphrase = slip39Passphrase(inv);
      const r = await call(inv, 'backup.restore', {
        name,
        shares,
        ...(passphrase ? { passphrase } : {}),
        ...(type ? { type, exportable: flag(inv.values, 'exportable') } : {}),
        allowRaw: flag(inv.values, 'allow-raw'),
      });
      if (r.key) return { json: { key: r.key }, human: `Restored key ${r.key.name}.\n${keyText(r.key)}` };
      if (!r.wallet) throw new CustosError('E_INTERNAL', 'restore produced nothing');
      return { json: { wallet: r.wallet }, human: `Restored wallet ${r.wallet.name}.` };
    },
  },
];
