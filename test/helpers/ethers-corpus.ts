/**
 * The ethers test cases (@ethersproject/testcases 5.8.0, MIT, a pinned dev
 * dependency: read from node_modules, not copied) as custos inputs: the
 * legacy and typed transaction corpora with each case's expected outcome by
 * reason, read from the case itself (its chain id, its gas limit), and the
 * EIP-712 corpus. Quantities are rewritten as JSON-RPC quantities (the corpus
 * writes "0x0123"; ethers reads that, the JSON-RPC quantity rule does not),
 * and an absent field is ethers' default (0, empty data).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import assert from 'node:assert/strict';
import { isCustosError } from '../../src/errors.js';

const dir = dirname(createRequire(import.meta.url).resolve('@ethersproject/testcases/package.json'));

function load<T>(name: string): T[] {
  return JSON.parse(gunzipSync(readFileSync(join(dir, 'testcases', `${name}.json.gz`))).toString('utf8')) as T[];
}

type Hex = `0x${string}`;
/** Why a case must be refused (the reason custos gives, `details.field`'s last part); `sign` when it must sign. */
export type Expect = 'sign' | 'chainId' | 'gas';

export interface TxCase {
  name: string;
  privateKey: Hex;
  address: string;
  /** Unsigned serialization (evm.rawTransaction). */
  unsigned: Hex;
  /** JSON-RPC style request (evm.transaction, eth_signTransaction); chainId absent on pre-EIP-155 cases. */
  request: Record<string, unknown>;
  /** The signed transaction ethers produced, for `sign` cases. */
  signed: Hex;
  expect: Expect;
}

/** The corpus's integer (hex with leading zeros, "0x" for zero, or a number) as a bigint. */
const int = (x: unknown): bigint => (x === undefined || x === '0x' ? 0n : BigInt(x as string | number));
const quantity = (x: unknown): Hex => `0x${int(x).toString(16)}`;
const U64 = 2n ** 64n;
const gasExpect = (gasLimit: unknown): Expect => (int(gasLimit) >= U64 ? 'gas' : 'sign');

interface LegacyRaw {
  name: string;
  privateKey: Hex;
  accountAddress: string;
  nonce?: string;
  gasPrice?: string;
  gasLimit?: string;
  to?: string;
  value?: string;
  data?: string;
  unsignedTransaction: Hex;
  unsignedTransactionChainId5: Hex;
  signedTransactionChainId5: Hex;
}

/** ethers' transactions.json: each case twice, pre-EIP-155 (refused: chainId) and with chainId 5. */
export function legacyCases(): TxCase[] {
  return load<LegacyRaw>('transactions').flatMap((c) => {
    const fields = {
      type: '0x0',
      nonce: quantity(c.nonce),
      gasPrice: quantity(c.gasPrice),
      gas: quantity(c.gasLimit),
      value: quantity(c.value),
      ...(c.to ? { to: c.to } : {}),
      ...(c.data && c.data !== '0x' ? { data: c.data } : {}),
    };
    const base = { privateKey: c.privateKey, address: c.accountAddress };
    return [
      { ...base, name: `${c.name} (no chain id)`, unsigned: c.unsignedTransaction, request: fields, signed: '0x' as Hex, expect: 'chainId' as const },
      {
        ...base,
        name: `${c.name} (chainId 5)`,
        unsigned: c.unsignedTransactionChainId5,
        request: { ...fields, chainId: '0x5' },
        signed: c.signedTransactionChainId5,
        expect: gasExpect(c.gasLimit),
      },
    ];
  });
}

interface TypedRaw {
  name: string;
  key: Hex;
  address: string;
  unsigned: Hex;
  signed: Hex;
  tx: {
    type: number;
    chainId?: number | string;
    nonce?: number | string;
    gasLimit?: string;
    gasPrice?: string;
    maxFeePerGas?: string;
    maxPriorityFeePerGas?: string;
    to?: string;
    value?: string;
    data?: string;
    accessList?: { address: string; storageKeys: string[] }[];
  };
}

/** ethers' typed-transactions.json (EIP-2930 and EIP-1559): chainId absent is 0 (refused: chainId). */
export function typedCases(): TxCase[] {
  return load<TypedRaw>('typed-transactions').map((c) => {
    const t = c.tx;
    const fees =
      t.type === 2 ? { maxFeePerGas: quantity(t.maxFeePerGas), maxPriorityFeePerGas: quantity(t.maxPriorityFeePerGas) } : { gasPrice: quantity(t.gasPrice) };
    const request = {
      type: `0x${t.type}`,
      chainId: quantity(t.chainId),
      nonce: quantity(t.nonce),
      gas: quantity(t.gasLimit),
      value: quantity(t.value),
      ...fees,
      ...(t.to ? { to: t.to } : {}),
      ...(t.data && t.data !== '0x' ? { data: t.data } : {}),
      accessList: t.accessList ?? [],
    };
    const expect: Expect = int(t.chainId) === 0n ? 'chainId' : gasExpect(t.gasLimit);
    return { name: c.name, privateKey: c.key, address: c.address, unsigned: c.unsigned, request, signed: c.signed, expect };
  });
}

export interface TypedDataCase {
  name: string;
  typedData: { types: Record<string, { name: string; type: string }[]>; primaryType: string; domain: Record<string, unknown>; message: unknown };
  /** The EIP-712 digest ethers computed. */
  digest: Hex;
  /** One case carries a key and ethers' signature. */
  privateKey?: Hex;
  signature?: Hex;
}

interface Eip712Raw {
  name: string;
  types: TypedDataCase['typedData']['types'];
  primaryType: string;
  domain: Record<string, unknown>;
  data: unknown;
  digest: Hex;
  privateKey?: Hex;
  signature?: Hex;
}

/** ethers' eip712.json. */
export function typedDataCases(): TypedDataCase[] {
  return load<Eip712Raw>('eip712').map((c) => ({
    name: c.name,
    typedData: { types: c.types, primaryType: c.primaryType, domain: c.domain, message: c.data },
    digest: c.digest,
    ...(c.privateKey ? { privateKey: c.privateKey, signature: c.signature } : {}),
  }));
}

/**
 * Server options for the corpus runs: no scheduler tick or checkpoint while
 * thousands of requests are signed (nothing here is pending or delayed), so
 * the timing is the signing paths' own.
 */
export const QUIET = { tickMs: 3_600_000, checkpointMs: 3_600_000 };

/** Every admin signs: the corpus tests are about payloads, not policy. */
export const ADMINS_SIGN = 'rules:\n  - name: admins\n    effect: allow\n    when: principal.role == "admin"\n';
/** Exception text that must never reach a client. */
export const EXCEPTION_TEXT = /BigInt|Cannot convert|TypeError|SyntaxError|RangeError|at .*\(/;

/** Outcomes counted by kind. */
export function tally(outcomes: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const o of outcomes) out[o] = (out[o] ?? 0) + 1;
  return out;
}

/** The refusal's reason (the last part of details.field), after checking it is E_BAD_INPUT for users under `prefix`. */
export function reason(e: unknown, prefix: string, c: { name: string }): Expect {
  assert.ok(isCustosError(e), `${c.name}: ${String(e)}`);
  assert.equal(e.code, 'E_BAD_INPUT', `${c.name}: ${e.message}`);
  assert.doesNotMatch(e.message, EXCEPTION_TEXT, c.name);
  const field = String(e.details?.field);
  assert.ok(field.startsWith(`${prefix}.`), `${c.name}: field ${field}`);
  return field.slice(prefix.length + 1) as Expect;
}
