/** safe create|register|show|execute (docs/chains-evm.md "Safe accounts"). */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CustosError } from '../../errors.js';
import { type Command, type Invocation, int, requireStr, str, usageError } from '../command.js';
import { readInputFile } from '../io.js';
import { call } from '../api.js';
import { parseTags } from './keys.js';

const NAME_ARG = { args: 'NAME', minArgs: 1, maxArgs: 1 } as const;

const MEMBERSHIP = {
  'chain-id': { type: 'string', arg: 'ID', description: 'the chain the Safe lives on (the upstream node must be on it)' },
  threshold: { type: 'string', arg: 'T', description: 'owner signatures the Safe needs (2 or more)' },
  parties: { type: 'string', arg: 'A,B,C', description: 'the registered parties that each hold one owner key' },
  tag: { type: 'string', multiple: true, arg: 'K=V', description: 'a tag (policy key.tags)' },
  executor: { type: 'string', arg: 'KEY', description: 'a secp256k1 key of this instance that pays for deployment and execTransaction' },
} as const;

function membership(v: Parameters<typeof str>[0]) {
  const parties = requireStr(v, 'parties')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const chainId = int(v, 'chain-id', { min: 1 });
  const threshold = int(v, 'threshold', { min: 2, max: 32 });
  if (chainId === undefined) throw usageError('--chain-id is required');
  if (threshold === undefined) throw usageError('--threshold is required');
  const executor = str(v, 'executor');
  return { chainId, threshold, parties, tags: parseTags(v), ...(executor ? { executor } : {}) };
}

/** `--contracts FILE`: {singleton, factory, fallbackHandler} as `safe deploy-contracts --out` writes them. */
function contractsFile(inv: Invocation): { singleton?: string; factory?: string; fallbackHandler?: string } {
  const file = str(inv.values, 'contracts');
  if (file === undefined) return {};
  if (['singleton', 'factory', 'fallback-handler'].some((o) => inv.values[o] !== undefined))
    throw usageError('give --contracts or --singleton/--factory/--fallback-handler, not both');
  let raw: unknown;
  try {
    raw = JSON.parse(readInputFile(inv.io, file, 'contracts').toString('utf8'));
  } catch (e) {
    if (e instanceof CustosError) throw e;
    throw new CustosError('E_BAD_INPUT', 'contracts: not valid JSON', { field: 'contracts' });
  }
  const r = (raw ?? {}) as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const k of ['singleton', 'factory', 'fallbackHandler'])
    if (typeof r[k] === 'string') out[k] = r[k] as string;
    else throw new CustosError('E_BAD_INPUT', `contracts: "${k}" must be an address`, { field: 'contracts' });
  return out;
}

const describe = (r: {
  name: string;
  address: string;
  chainId: number;
  threshold: number;
  owners: { party: string; address: string }[];
  onChain: { nonce: number } | null;
}) =>
  [
    `Safe ${r.name}: ${r.address} on chain ${r.chainId}, ${r.threshold} of ${r.owners.length}`,
    ...r.owners.map((o) => `  owner ${o.address} at party ${o.party}`),
    r.onChain ? `  on chain: nonce ${r.onChain.nonce}` : '  not deployed yet',
  ].join('\n');

export const safeCommands: Command[] = [
  {
    name: 'safe create',
    summary: 'Create a Safe account: each party makes an owner key; the Safe v1.4.1 address is computed, and deployed with --executor.',
    ...NAME_ARG,
    options: {
      ...MEMBERSHIP,
      singleton: { type: 'string', arg: 'ADDRESS', description: 'Safe v1.4.1 singleton (default: the canonical deployment)' },
      factory: { type: 'string', arg: 'ADDRESS', description: 'SafeProxyFactory v1.4.1 (default: the canonical deployment)' },
      'fallback-handler': { type: 'string', arg: 'ADDRESS', description: 'CompatibilityFallbackHandler v1.4.1 (default: the canonical deployment)' },
      contracts: { type: 'string', arg: 'FILE', description: 'the three addresses from "safe deploy-contracts --out FILE" (instead of the three options)' },
    },
    async run(inv) {
      const v = inv.values;
      const opt = (k: string, as: string) => (str(v, k) ? { [as]: str(v, k)! } : {});
      const r = await call(inv, 'safe.create', {
        name: inv.positionals[0]!,
        ...membership(v),
        ...contractsFile(inv),
        ...opt('singleton', 'singleton'),
        ...opt('factory', 'factory'),
        ...opt('fallback-handler', 'fallbackHandler'),
      });
      const sent = r.txHash ? `deployed in ${r.txHash}` : `deploy it by sending to ${r.deployment.to} the data ${r.deployment.data}`;
      return { json: r, human: `${describe(r)}\n  ${sent}` };
    },
  },
  {
    name: 'safe deploy-contracts',
    summary:
      'Deploy the Safe v1.4.1 singleton, proxy factory and fallback handler with an executor key, on a chain without the canonical deployments (a dev chain); --out writes their addresses for "safe create --contracts".',
    options: {
      'chain-id': MEMBERSHIP['chain-id'],
      executor: MEMBERSHIP.executor,
      out: { type: 'string', arg: 'FILE', description: 'write the addresses as JSON (what "safe create --contracts FILE" reads)' },
    },
    async run(inv) {
      const chainId = int(inv.values, 'chain-id', { min: 1 });
      if (chainId === undefined) throw usageError('--chain-id is required');
      const r = await call(inv, 'safe.deployContracts', { chainId, executor: requireStr(inv.values, 'executor') });
      const out = str(inv.values, 'out');
      if (out) writeFileSync(resolve(inv.io.cwd, out), `${JSON.stringify(r, null, 2)}\n`);
      return { json: r, human: [`singleton ${r.singleton}`, `factory ${r.factory}`, `fallback handler ${r.fallbackHandler}`].join('\n') };
    },
  },
  {
    name: 'safe register',
    summary: "Register an existing Safe: refused unless its on-chain owners and threshold are exactly the parties' owner keys.",
    ...NAME_ARG,
    options: { ...MEMBERSHIP, address: { type: 'string', arg: 'ADDRESS', description: "the Safe's address" } },
    async run(inv) {
      const r = await call(inv, 'safe.register', { name: inv.positionals[0]!, address: requireStr(inv.values, 'address'), ...membership(inv.values) });
      return { json: r, human: describe(r) };
    },
  },
  {
    name: 'safe show',
    summary: 'A Safe account: address, owners, threshold, and its on-chain nonce.',
    ...NAME_ARG,
    async run(inv) {
      const r = await call(inv, 'safe.show', { name: inv.positionals[0]! });
      return { json: r, human: describe(r) };
    },
  },
  {
    name: 'safe execute',
    summary: "Send a signed Safe request's execTransaction with the account's executor key.",
    ...NAME_ARG,
    options: { request: { type: 'string', arg: 'ID', description: 'the signed request' } },
    async run(inv) {
      const r = await call(inv, 'safe.execute', { name: inv.positionals[0]!, requestId: requireStr(inv.values, 'request') });
      return { json: r, human: `${r.success ? 'Executed' : 'Executed, but the inner call failed'}: ${r.txHash}` };
    },
  },
];
