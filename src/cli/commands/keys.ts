/** key create|list|show|rotate|disable|enable|destroy|import|export. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CustosError } from '../../errors.js';
import { ALGORITHMS, getAlgorithm } from '../../crypto/algorithms.js';
import { clean, equalBytes, fromHex, toHex } from '../../crypto/bytes.js';
import { decryptKeystoreV3, encryptKeystoreV3 } from '../../formats/keystore-v3.js';
import { decryptEip2335, encryptEip2335 } from '../../formats/eip2335.js';
import { ethereumAddress } from '../../crypto/addresses.js';
import type { KeyInfo } from '../../keystore/keys.js';
import { parseCurve } from '../../keystore/refs.js';
import { type Command, type Values, flag, int, list, requireStr, str, usageError } from '../command.js';
import { withInstance } from '../context.js';
import { progress, readInputFile, readSecretText } from '../io.js';

const NAME_ARG = { args: 'NAME', minArgs: 1, maxArgs: 1 } as const;

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
    row('state', `${k.state}${k.exportable ? ' (exportable)' : ''}`),
    row('version', String(k.currentVersion)),
    row('public key', k.publicKey),
  ];
  for (const [kind, addr] of Object.entries(k.addresses)) lines.push(row(kind, addr));
  if (Object.keys(k.tags).length) lines.push(row('tags', Object.entries(k.tags).map(([a, b]) => `${a}=${b}`).join(', ')));
  if (k.versions.length > 1) for (const v of k.versions) lines.push(`  v${v.version} ${v.status.padEnd(8)} ${v.publicKey}`);
  return lines.join('\n');
}

const curveOption = { curve: { type: 'string', arg: 'CURVE', description: 'for wallet-derived refs: secp256k1, ed25519 or bls12-381 (default from the path)' } } as const;

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
    summary: 'Generate a key from the OS CSPRNG.',
    ...NAME_ARG,
    options: {
      type: { type: 'string', arg: 'TYPE', description: `${ALGORITHMS.join(' | ')}` },
      exportable: { type: 'boolean', description: 'allow audited export and backup of this key' },
      tag: { type: 'string', multiple: true, arg: 'K=V', description: 'a tag' },
    },
    async run(inv) {
      const algorithm = requireStr(inv.values, 'type');
      getAlgorithm(algorithm);
      return withInstance(inv, { unseal: true }, async ({ keys, actor }) => {
        const k = await keys.create({ name: inv.positionals[0]!, algorithm, exportable: flag(inv.values, 'exportable'), tags: parseTags(inv.values) }, actor);
        return { json: k, human: `Created key ${k.name}.\n${keyText(k)}` };
      });
    },
  },
  {
    name: 'key list',
    summary: 'List keys (public information only).',
    async run(inv) {
      return withInstance(inv, { unseal: false }, async ({ keys }) => {
        const all = await keys.list();
        const human = all.length
          ? all.map((k) => `${k.name.padEnd(24)} ${k.algorithm.padEnd(10)} ${k.state.padEnd(9)} v${k.currentVersion}`).join('\n')
          : 'no keys';
        return { json: all, human };
      });
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
      const ref = inv.positionals[0]!;
      const curve = str(inv.values, 'curve');
      return withInstance(inv, { unseal: ref.includes('/') }, async ({ keys }) => {
        const k = await keys.show(ref, curve ? parseCurve(curve) : undefined);
        return { json: k, human: keyText(k) };
      });
    },
  },
  {
    name: 'key rotate',
    summary: 'Make a new version the signing version; older versions only verify.',
    ...NAME_ARG,
    async run(inv) {
      return withInstance(inv, { unseal: true }, async ({ keys, actor }) => {
        const k = await keys.rotate(inv.positionals[0]!, actor);
        return { json: k, human: `Rotated ${k.name} to version ${k.currentVersion}.\n${keyText(k)}` };
      });
    },
  },
  ...(['disable', 'enable'] as const).map(
    (verb): Command => ({
      name: `key ${verb}`,
      summary: verb === 'disable' ? 'Stop a key from signing (reversible).' : 'Let a disabled key sign again.',
      ...NAME_ARG,
      async run(inv) {
        return withInstance(inv, { unseal: true }, async ({ keys, actor }) => {
          const k = await keys.setEnabled(inv.positionals[0]!, verb === 'enable', actor);
          return { json: k, human: `Key ${k.name} is ${k.state}.` };
        });
      },
    }),
  ),
  {
    name: 'key destroy',
    summary: 'Crypto-shred a key: its data key is deleted; the record stays as an audited tombstone.',
    ...NAME_ARG,
    async run(inv) {
      return withInstance(inv, { unseal: true }, async ({ keys, actor }) => {
        const k = await keys.destroy(inv.positionals[0]!, actor);
        return { json: k, human: `Destroyed key ${k.name}: its material can no longer be decrypted by anyone.` };
      });
    },
  },
  {
    name: 'key import',
    summary: 'Import a key from a raw hex file, an Ethereum keystore (v3) or an EIP-2335 BLS keystore.',
    ...NAME_ARG,
    options: {
      format: { type: 'string', arg: 'FORMAT', description: 'raw | keystore-v3 | eip2335' },
      file: { type: 'string', arg: 'FILE', description: 'the key file' },
      type: { type: 'string', arg: 'TYPE', description: 'raw: key type (default secp256k1)' },
      'password-file': { type: 'string', arg: 'FILE', description: 'keystore password' },
      exportable: { type: 'boolean', description: 'allow audited export and backup of this key' },
      tag: { type: 'string', multiple: true, arg: 'K=V', description: 'a tag' },
    },
    async run(inv) {
      const format = requireStr(inv.values, 'format');
      const file = readInputFile(inv.io, requireStr(inv.values, 'file'), 'key file');
      const type = str(inv.values, 'type');
      let algorithm: string;
      let secret: Uint8Array;
      if (format === 'raw') {
        algorithm = type ?? 'secp256k1';
        getAlgorithm(algorithm);
        secret = fromHex(file.toString('utf8').trim(), 'key file', 32);
      } else if (format === 'keystore-v3' || format === 'eip2335') {
        algorithm = format === 'keystore-v3' ? 'secp256k1' : 'bls12-381';
        if (type && type !== algorithm) throw usageError(`${format} holds ${algorithm} keys, not ${type}`);
        const password = readSecretText(inv.io, requireStr(inv.values, 'password-file'), 'password file');
        const json = file.toString('utf8');
        progress(inv.io, `decrypting the ${format} keystore (its KDF may take a few seconds)...`);
        secret = format === 'keystore-v3' ? decryptKeystoreV3(json, password) : decryptEip2335(json, password);
        checkDeclaredPublic(format, json, algorithm, secret);
      } else throw usageError(`--format must be raw, keystore-v3 or eip2335, not "${format}"`);
      try {
        return await withInstance(inv, { unseal: true }, async ({ keys, actor }) => {
          const k = await keys.importSecret(
            { name: inv.positionals[0]!, algorithm, exportable: flag(inv.values, 'exportable'), tags: parseTags(inv.values) },
            secret,
            'imported',
            actor,
            { format },
          );
          return { json: k, human: `Imported key ${k.name}.\n${keyText(k)}` };
        });
      } finally {
        clean(secret);
      }
    },
  },
  {
    name: 'key export',
    summary: 'Export an exportable key (audited): raw hex, Ethereum keystore v3 or EIP-2335.',
    ...NAME_ARG,
    options: exportOptions,
    async run(inv) {
      const format = requireStr(inv.values, 'format');
      if (!['raw', 'keystore-v3', 'eip2335'].includes(format)) throw usageError(`--format must be raw, keystore-v3 or eip2335, not "${format}"`);
      const password = format === 'raw' ? '' : readSecretText(inv.io, requireStr(inv.values, 'password-file'), 'password file');
      const scryptLogN = int(inv.values, 'scrypt-log-n', { min: 1, max: 20 });
      const out = str(inv.values, 'out');
      return withInstance(inv, { unseal: true }, async ({ inst, keys, actor }) => {
        const name = inv.positionals[0]!;
        if (format !== 'raw') progress(inv.io, `encrypting the ${format} keystore (scrypt)...`);
        const text = await keys.withExportableSecret(name, (secret, k, pub) => {
          if (format === 'raw') return toHex(secret);
          if (format === 'keystore-v3') {
            if (k.algorithm !== 'secp256k1') throw new CustosError('E_UNSUPPORTED', 'keystore-v3 holds secp256k1 keys only');
            return JSON.stringify(encryptKeystoreV3(secret, password, { address: ethereumAddress(pub).slice(2).toLowerCase(), ...(scryptLogN ? { scryptLogN } : {}) }), null, 2);
          }
          if (k.algorithm !== 'bls12-381') throw new CustosError('E_UNSUPPORTED', 'eip2335 holds bls12-381 keys only');
          const kdf = str(inv.values, 'kdf') === 'pbkdf2' ? 'pbkdf2' : 'scrypt';
          return JSON.stringify(encryptEip2335(secret, password, { path: str(inv.values, 'path') ?? '', pubkey: toHex(pub), kdf, ...(scryptLogN ? { scryptLogN } : {}) }), null, 2);
        });
        await inst.mutate(async () => ({ result: undefined, audit: { actor, action: 'key.export', subject: `key/${name}`, details: { format, toFile: Boolean(out) } } }));
        if (out) {
          writeFileSync(resolve(inv.io.cwd, out), `${text}\n`, { mode: 0o600, flag: 'wx' });
          return { json: { key: name, format, file: out }, human: `Exported ${name} (${format}) to ${out}.` };
        }
        return { json: { key: name, format, [format === 'raw' ? 'secret' : 'keystore']: format === 'raw' ? text : JSON.parse(text) }, human: text };
      });
    },
  },
];

/** A keystore that states its public key or address must match the decrypted secret. */
function checkDeclaredPublic(format: string, json: string, algorithm: string, secret: Uint8Array): void {
  const doc = JSON.parse(json) as { pubkey?: unknown; address?: unknown };
  const pub = getAlgorithm(algorithm).publicKey(secret);
  if (format === 'eip2335' && typeof doc.pubkey === 'string' && doc.pubkey) {
    if (!equalBytes(fromHex(doc.pubkey, 'pubkey'), pub)) throw new CustosError('E_BAD_KEYSTORE', 'pubkey: does not match the decrypted secret', { field: 'pubkey' });
  }
  if (format === 'keystore-v3' && typeof doc.address === 'string' && doc.address) {
    if (ethereumAddress(pub).slice(2).toLowerCase() !== doc.address.replace(/^0x/, '').toLowerCase()) {
      throw new CustosError('E_BAD_KEYSTORE', 'address: does not match the decrypted secret', { field: 'address' });
    }
  }
}
