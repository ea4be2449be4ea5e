/** init, status, unseal, operator rotate-root, operator rekey. */
import { CustosError } from '../../errors.js';
import { ARGON2_DEFAULTS, isWeakArgon2, type Argon2Params } from '../../crypto/argon2.js';
import { utf8 } from '../../crypto/bytes.js';
import { Instance } from '../../keystore/instance.js';
import { rekey, rotateRoot } from '../../keystore/operator.js';
import type { SealSpec } from '../../keystore/seal.js';
import { type Command, type Invocation, int, str, usageError } from '../command.js';
import { actorFor, locationOf, withInstance } from '../context.js';
import { progress, readSecretText } from '../io.js';

const SEAL_OPTIONS = {
  seal: { type: 'string', arg: 'KIND', description: 'passphrase (default) or shamir' },
  shares: { type: 'string', arg: 'N', description: 'Shamir: number of unseal shares (1-16)' },
  threshold: { type: 'string', arg: 'T', description: 'Shamir: shares needed to unseal' },
  'kdf-memory-mib': { type: 'string', arg: 'MIB', description: 'passphrase: Argon2id memory (default 64; lower only for tests)' },
  'kdf-iterations': { type: 'string', arg: 'N', description: 'passphrase: Argon2id passes (default 3)' },
} as const;

/** Build a seal spec from options; `passphraseOption` names where a new passphrase comes from. */
async function sealSpecFrom(inv: Invocation, passphraseOption: string): Promise<SealSpec> {
  const kind = str(inv.values, 'seal') ?? 'passphrase';
  if (kind === 'shamir') {
    const shares = int(inv.values, 'shares', { min: 1, max: 16 });
    const threshold = int(inv.values, 'threshold', { min: 1, max: 16 });
    if (shares === undefined || threshold === undefined) throw usageError('--seal shamir needs --shares N and --threshold T');
    return { kind: 'shamir', shares, threshold };
  }
  if (kind !== 'passphrase') throw usageError(`--seal must be passphrase or shamir, not "${kind}"`);
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
    if ((await inv.io.promptHidden('Repeat passphrase: ')) !== passphrase) throw new CustosError('E_BAD_INPUT', 'the passphrases do not match');
  } else throw usageError(`give --${passphraseOption} FILE (no terminal to prompt on)`);
  if (passphrase.length < 8) throw new CustosError('E_BAD_INPUT', 'the passphrase must be at least 8 characters', { field: 'passphrase' });
  return { kind: 'passphrase', passphrase: utf8(passphrase), argon2 };
}

function sharesText(mnemonics: string[], threshold: number): string {
  const lines = [`Unseal shares (${threshold} of ${mnemonics.length} needed). Give one to each operator; they are shown only now:`, ''];
  mnemonics.forEach((m, i) => lines.push(`share ${i + 1}: ${m}`, ''));
  return lines.join('\n');
}

export const instanceCommands: Command[] = [
  {
    name: 'init',
    summary: 'Create a new sealed instance (passphrase or Shamir unseal shares).',
    options: SEAL_OPTIONS,
    async run(inv) {
      const spec = await sealSpecFrom(inv, 'passphrase-file');
      const loc = locationOf(inv);
      if (spec.kind === 'passphrase') progress(inv.io, 'deriving the seal key (argon2id)...');
      const res = await Instance.init(loc, spec, actorFor());
      await res.instance.close();
      const json = { instanceId: res.instanceId, data: loc.data, seal: res.seal, ...(res.mnemonics ? { shares: res.mnemonics } : {}) };
      let human = `Initialized custos instance ${res.instanceId} in ${loc.data} (sealed by ${res.seal}).`;
      if (res.mnemonics && spec.kind === 'shamir') human += `\n\n${sharesText(res.mnemonics, spec.threshold)}`;
      return { json, human };
    },
  },
  {
    name: 'status',
    summary: 'Show the instance: seal, root key version, counts, audit head.',
    async run(inv) {
      return withInstance(inv, { unseal: false }, async ({ inst }) => {
        const cfg = inst.sealConfig;
        const head = await inst.store.read.lastEvent();
        const json = {
          initialized: true,
          instanceId: inst.instanceId,
          store: inst.location,
          sealed: true,
          mode: 'local',
          seal: cfg.kind === 'passphrase' ? { kind: cfg.kind, kdf: { alg: cfg.kdf.alg, memoryKib: cfg.kdf.memoryKib, iterations: cfg.kdf.iterations, parallelism: cfg.kdf.parallelism } } : { kind: cfg.kind, shares: cfg.shares, threshold: cfg.threshold },
          rootVersion: cfg.rootVersion,
          keys: (await inst.store.read.listKeys()).length,
          wallets: (await inst.store.read.listWallets()).length,
          audit: { events: head?.seq ?? 0, headHash: head?.hash ?? null },
        };
        const human = [
          `instance   ${json.instanceId}`,
          `store      ${json.store}`,
          `seal       ${cfg.kind}${cfg.kind === 'shamir' ? ` (${cfg.threshold} of ${cfg.shares})` : ` (argon2id ${Math.round(cfg.kdf.memoryKib / 1024)} MiB, t=${cfg.kdf.iterations})`}, root key v${cfg.rootVersion}`,
          `mode       local (each command unseals for its own duration)`,
          ...(cfg.kind === 'passphrase' && isWeakArgon2(cfg.kdf) ? ['warning    Argon2id parameters are below the production default (64 MiB, t=3)'] : []),
          `keys       ${json.keys}`,
          `wallets    ${json.wallets}`,
          `audit      ${json.audit.events} events`,
        ].join('\n');
        return { json, human };
      });
    },
  },
  {
    name: 'unseal',
    summary: 'Unseal a running server (local commands unseal per command with --passphrase-file / --share-file).',
    async run() {
      throw usageError('no server given: in local mode every command unseals for its own duration (use --passphrase-file or --share-file); "custos unseal" applies to a running server');
    },
  },
  {
    name: 'operator rotate-root',
    summary: 'Replace the root key and re-wrap every data key under it (key material is never decrypted).',
    async run(inv) {
      return withInstance(inv, { unseal: true }, async ({ inst, actor }) => {
        const r = await rotateRoot(inst, actor);
        return { json: r, human: `Root key rotated to v${r.rootVersion}; ${r.dataKeys} data keys re-wrapped.` };
      });
    },
  },
  {
    name: 'operator rekey',
    summary: 'Change the passphrase or issue a new set of unseal shares (old material stops working).',
    options: {
      ...SEAL_OPTIONS,
      'new-passphrase-file': { type: 'string', arg: 'FILE', description: 'the new passphrase (--seal passphrase)' },
    },
    async run(inv) {
      return withInstance(inv, { unseal: true }, async ({ inst, actor }) => {
        const spec = await sealSpecFrom(inv, 'new-passphrase-file');
        const r = await rekey(inst, spec, actor);
        const json = { seal: r.seal, ...(r.mnemonics ? { shares: r.mnemonics } : {}) };
        let human = `Rekeyed: the instance is now sealed by ${r.seal}; the previous ${inst.sealConfig.kind === 'shamir' ? 'shares' : 'material'} no longer unseal it.`;
        if (r.mnemonics && spec.kind === 'shamir') human += `\n\n${sharesText(r.mnemonics, spec.threshold)}`;
        return { json, human };
      });
    },
  },
];
