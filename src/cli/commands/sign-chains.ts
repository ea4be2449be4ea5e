/**
 * `custos sign evm|bitcoin|solana`: chain payloads from the command line,
 * through the same operations (sign.evm, sign.bitcoin, sign.solana), so the
 * same requests, policy, approvals and audit as the API and JSON-RPC. The
 * outcome prints as `custos sign` prints it (pending and denied alike); a
 * signed result prints in the chain's own encoding: EVM 0x-hex, a Bitcoin
 * PSBT in base64, a Solana signature in base58 and its transaction in base64.
 */
import { CustosError, isErrorCode } from '../../errors.js';
import type { RequestView } from '../../requests/service.js';
import type { EvmPayload, Hex } from '../../chains/evm/types.js';
import { type Command, type Invocation, type Output, str, usageError } from '../command.js';
import { call } from '../api.js';
import { readInputFile } from '../io.js';
import { parseTags } from './keys.js';
import { requestOutput } from './sign.js';

const META = {
  note: { type: 'string', arg: 'TEXT', description: 'a note for approvers and the audit trail' },
  tag: { type: 'string', multiple: true, arg: 'K=V', description: 'request tag (visible to policy as request.tags)' },
  'idempotency-key': { type: 'string', arg: 'KEY', description: 'retrying with the same key returns the same request' },
  offline: { type: 'boolean', description: 'cold keys: file the request for air-gapped signing (then request export / offline sign / request import)' },
} as const;

function meta(inv: Invocation) {
  const note = str(inv.values, 'note');
  const idem = str(inv.values, 'idempotency-key');
  return {
    ...(note ? { note } : {}),
    ...(idem ? { idempotencyKey: idem } : {}),
    ...(inv.values.offline === true ? { offline: true } : {}),
    tags: parseTags(inv.values),
  };
}

/** The key: the positional KEY or --key, exactly one. */
function keyOf(inv: Invocation): string {
  const opt = str(inv.values, 'key');
  const pos = inv.positionals[0];
  if ((opt === undefined) === (pos === undefined)) throw usageError('name the key once: custos sign CHAIN KEY ... (or --key KEY)');
  return (opt ?? pos)!;
}

/** Exactly one of `names` given: its name and value. */
function one(inv: Invocation, names: string[]): [string, string] {
  const given = names.filter((n) => str(inv.values, n) !== undefined);
  if (given.length !== 1) throw usageError(`give exactly one of ${names.map((n) => `--${n}`).join(', ')}`);
  return [given[0]!, str(inv.values, given[0]!)!];
}

/** JSON given inline (starts with `{`) or as a file name. */
function jsonArg(inv: Invocation, value: string, what: string): unknown {
  const text = value.trimStart().startsWith('{') ? value : readInputFile(inv.io, value, what).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CustosError('E_BAD_INPUT', `${what}: not valid JSON`, { field: what });
  }
}

/** Hex with or without 0x, as every hex input of the CLI; the EVM payload takes it with 0x. */
function hex0x(v: string): Hex {
  const t = v.trim();
  return (t.startsWith('0x') || t.startsWith('0X') ? `0x${t.slice(2)}` : `0x${t}`) as Hex;
}

/** A signed chain request prints its result; anything else as `custos sign` prints it. */
function chainOutput(v: RequestView, lines: (r: Record<string, unknown>) => string[]): Output {
  const out = requestOutput(v);
  if (v.status === 'signed' && v.result) out.human = lines(v.result).join('\n');
  return out.failed ? { ...out, exitCode: 1 } : out;
}

const field = (r: Record<string, unknown>, k: string): string[] => (typeof r[k] === 'string' ? [`${k}: ${r[k] as string}`] : []);

/**
 * `sign evm KEY --tx JSON --send`: eth_sendTransaction through the server's
 * JSON-RPC endpoint (the same request, policy and audit as `sign.evm`), from
 * the key's address. A pending request prints as pending, a refusal fails.
 */
async function sendTransaction(inv: Invocation): Promise<Output> {
  if (str(inv.values, 'tx') === undefined || ['raw', 'typed-data', 'message', 'authorization', 'curve', 'offline'].some((o) => inv.values[o] !== undefined))
    throw usageError('--send takes a --tx transaction request (and no --raw, --typed-data, --message, --authorization, --curve or --offline)');
  const tx = jsonArg(inv, str(inv.values, 'tx')!, 'tx');
  if (!tx || typeof tx !== 'object' || Array.isArray(tx)) throw new CustosError('E_BAD_INPUT', 'tx: expected a JSON object', { field: 'tx' });
  const key = keyOf(inv);
  const from = (await call(inv, 'key.show', { ref: key })).addresses.ethereum;
  if (!from) throw new CustosError('E_UNSUPPORTED', `key "${key}" has no Ethereum address`, { key });
  const r = await call(inv, 'eth.rpc', { jsonrpc: '2.0', id: 1, method: 'eth_sendTransaction', params: [{ ...tx, from }] });
  if (r.error === undefined) return { json: { txHash: r.result }, human: `sent: ${String(r.result)}` };
  const data = (r.error.data ?? {}) as { requestId?: string; code?: string };
  if (r.error.code === -32050) return { json: r.error, human: `pending: ${r.error.message} (custos request show ${data.requestId})` };
  const code = r.error.code === 4001 ? 'E_DENIED' : data.code !== undefined && isErrorCode(data.code) ? data.code : 'E_UPSTREAM';
  throw new CustosError(code, r.error.message, data.requestId ? { requestId: data.requestId } : {});
}

export const signChainCommands: Command[] = [
  {
    name: 'sign evm',
    summary: 'Sign an EVM transaction (JSON or raw), EIP-712 typed data, an EIP-191 message or an EIP-7702 authorization under policy.',
    args: 'KEY',
    maxArgs: 1,
    options: {
      key: { type: 'string', arg: 'REF', description: 'the key, instead of the KEY argument' },
      tx: { type: 'string', arg: 'JSON|FILE', description: 'a transaction request (JSON-RPC fields: docs/chains-evm.md), inline or in a file' },
      raw: { type: 'string', arg: 'HEX', description: 'an unsigned serialized transaction (any type)' },
      'typed-data': { type: 'string', arg: 'FILE|JSON', description: 'EIP-712 typed data (eth_signTypedData_v4 JSON)' },
      message: { type: 'string', arg: 'TEXT', description: 'a personal message (EIP-191): text, or 0x-hex bytes' },
      authorization: { type: 'string', arg: 'JSON|FILE', description: 'an EIP-7702 authorization {chainId, address, nonce}' },
      curve: { type: 'string', arg: 'CURVE', description: 'wallet accounts: secp256k1' },
      send: {
        type: 'boolean',
        description:
          "with --tx: fill nonce, gas and fees from the server's upstream node, sign under policy and broadcast (eth_sendTransaction); a Safe account's SafeTx is sent by its executor. Prints the transaction hash",
      },
      ...META,
    },
    async run(inv) {
      if (inv.values.send === true) return sendTransaction(inv);
      const [kind, value] = one(inv, ['tx', 'raw', 'typed-data', 'message', 'authorization']);
      const payload: EvmPayload =
        kind === 'tx'
          ? { kind: 'evm.transaction', transaction: jsonArg(inv, value, 'tx') as never }
          : kind === 'raw'
            ? { kind: 'evm.rawTransaction', serialized: hex0x(value) }
            : kind === 'typed-data'
              ? { kind: 'evm.typedData', typedData: jsonArg(inv, value, 'typed-data') }
              : kind === 'message'
                ? { kind: 'evm.personalMessage', message: value }
                : { kind: 'evm.authorization', authorization: jsonArg(inv, value, 'authorization') as never };
      const curve = str(inv.values, 'curve');
      const v = await call(inv, 'sign.evm', { key: keyOf(inv), payload, ...(curve ? { curve: curve as never } : {}), ...meta(inv) });
      return chainOutput(v, (r) =>
        typeof r.serializedTransaction === 'string'
          ? [`transaction: ${r.serializedTransaction}`, ...field(r, 'hash'), ...field(r, 'signature')]
          : r.authorization !== undefined
            ? [`authorization: ${JSON.stringify(r.authorization)}`, ...field(r, 'signature')]
            : field(r, 'signature'),
      );
    },
  },
  {
    name: 'sign bitcoin',
    summary: 'Sign the inputs of a PSBT that belong to the named keys (P2WPKH, P2TR key path) under policy; prints the signed PSBT (base64).',
    args: 'KEY',
    maxArgs: 1,
    options: {
      key: { type: 'string', multiple: true, arg: 'REF', description: 'a key whose inputs to sign (repeat for several; or the KEY argument for one)' },
      psbt: { type: 'string', arg: 'BASE64|FILE', description: 'the PSBT: base64, or a file holding base64 or binary' },
      network: { type: 'string', arg: 'NET', description: 'mainnet (default), testnet or regtest' },
      ...META,
    },
    async run(inv) {
      const given = (inv.values.key as string[] | undefined) ?? [];
      if (given.length > 0 && inv.positionals.length > 0) throw usageError('name the keys once: the KEY argument or --key (repeatable)');
      const keys = given.length > 0 ? given : inv.positionals;
      if (keys.length === 0) throw usageError('name a key: custos sign bitcoin KEY --psbt ...');
      const network = str(inv.values, 'network');
      if (network !== undefined && !['mainnet', 'testnet', 'regtest'].includes(network)) throw usageError('--network must be mainnet, testnet or regtest');
      const v = await call(inv, 'sign.bitcoin', { keys, psbt: psbtArg(inv), ...(network ? { network: network as 'mainnet' } : {}), ...meta(inv) });
      return chainOutput(v, (r) => field(r, 'psbt').map((l) => l.slice('psbt: '.length)));
    },
  },
  {
    name: 'sign solana',
    summary: 'Sign a Solana transaction message or wire transaction (base64) with an ed25519 key under policy.',
    args: 'KEY',
    maxArgs: 1,
    options: {
      key: { type: 'string', arg: 'REF', description: 'the key, instead of the KEY argument' },
      message: { type: 'string', arg: 'BASE64|FILE', description: 'a transaction message (legacy or v0): base64, or a file holding base64 or binary' },
      tx: { type: 'string', arg: 'BASE64|FILE', description: 'a wire transaction (its other signatures kept): base64, or a file' },
      curve: { type: 'string', arg: 'CURVE', description: 'wallet accounts: ed25519' },
      ...META,
    },
    async run(inv) {
      const [kind, value] = one(inv, ['message', 'tx']);
      const curve = str(inv.values, 'curve');
      const b64 = base64Arg(inv, value, kind);
      const v = await call(inv, 'sign.solana', {
        key: keyOf(inv),
        ...(kind === 'message' ? { message: b64 } : { transaction: b64 }),
        ...(curve ? { curve: curve as never } : {}),
        ...meta(inv),
      });
      return chainOutput(v, (r) => [...field(r, 'signature'), ...field(r, 'transaction')]);
    },
  },
];

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Base64 given inline, or a file holding base64 text or the raw bytes. */
function base64Arg(inv: Invocation, value: string, what: string): string {
  const t = value.trim();
  if (BASE64.test(t) && t.length % 4 === 0 && t.length >= 8) return t;
  const bytes = readInputFile(inv.io, value, what);
  const text = bytes.toString('utf8').trim();
  return BASE64.test(text) && text.length % 4 === 0 ? text : bytes.toString('base64');
}

function psbtArg(inv: Invocation): string {
  const p = str(inv.values, 'psbt');
  if (p === undefined) throw usageError('--psbt is required (base64, or a file)');
  return base64Arg(inv, p, 'psbt');
}
