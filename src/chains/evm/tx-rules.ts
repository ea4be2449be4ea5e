/**
 * The integer ranges of a transaction, one rule per field for every path that
 * accepts one (sign.evm with fields or with a raw transaction, JSON-RPC
 * eth_signTransaction / eth_sendTransaction, the viem and ethers adapters,
 * which send raw transactions): each refusal is E_BAD_INPUT naming the field,
 * with the same words whichever path it came by. See docs/chains-evm.md,
 * "Validation rules".
 *
 * @example checkTxInteger('gas', 2n ** 64n, 'serialized.gas') // throws E_BAD_INPUT "serialized.gas: exceeds 2^64-1 …"
 */
import { maxUint64 } from 'viem';
import { badInput } from '../../errors.js';

/** chainId must fit the legacy EIP-155 v = chainId * 2 + 35 + recid as a safe integer. */
export const MAX_CHAIN_ID = Math.floor((Number.MAX_SAFE_INTEGER - 36) / 2);

/**
 * Upper bounds. gas: a uint64, as EIP-1559, EIP-2930, EIP-4844 and EIP-7702
 * type their gas_limit and as every execution client decodes every type
 * (geth's `Gas uint64`): a legacy transaction whose RLP carries a longer
 * integer can never be decoded by a node, so custos refuses to sign it rather
 * than sign what no chain accepts. nonce: EIP-2681 caps it at 2^64-1; custos
 * (like viem) carries it as a safe integer, 2^53-1.
 */
const RANGES = {
  nonce: { max: BigInt(Number.MAX_SAFE_INTEGER), text: '2^53-1 (the largest nonce custos signs; EIP-2681 allows 2^64-1)' },
  gas: { max: maxUint64, text: '2^64-1 (gas is a uint64 on every transaction type and every path)' },
} as const;

/** Refuse an integer field above its range, in the words every path uses. */
export function checkTxInteger(name: keyof typeof RANGES, n: bigint, field: string): void {
  const r = RANGES[name];
  if (n > r.max) throw badInput(`${field}: exceeds ${r.text}`, { field });
}

/** Refuse a chain id outside 1..MAX_CHAIN_ID, in the words every path uses (0 or absent: pre-EIP-155). */
export function checkChainId(id: bigint | number | undefined, field: string): number {
  if (id === undefined || BigInt(id) === 0n)
    throw badInput(`${field}: missing or 0 (a transaction names its chain, EIP-155; pre-EIP-155 transactions are not signed)`, { field });
  if (BigInt(id) > BigInt(MAX_CHAIN_ID)) throw badInput(`${field}: expected 1..${MAX_CHAIN_ID}`, { field });
  return Number(id);
}

/** RLP positions of chainId, nonce and gas in an unsigned serialization, by EIP-2718 type byte (legacy: none). */
const POSITIONS: Record<number, { chainId?: number; nonce: number; gas: number }> = {
  0: { nonce: 0, gas: 2 }, // legacy: [nonce, gasPrice, gas, to, value, data, (chainId, 0, 0)]
  1: { chainId: 0, nonce: 1, gas: 3 }, // [chainId, nonce, gasPrice, gas, ...]
  2: { chainId: 0, nonce: 1, gas: 4 }, // [chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gas, ...]
  3: { chainId: 0, nonce: 1, gas: 4 },
  4: { chainId: 0, nonce: 1, gas: 4 },
};

/**
 * The integer rules over a decoded RLP field list (`fields`, viem fromRlp
 * 'hex' items) of a transaction of `type` (0 legacy), before any parser turns
 * them into numbers: chainId, nonce and gas, in that order. Items that are not
 * byte strings are left to the parser.
 */
export function checkRawIntegers(type: number, fields: unknown, F: string): void {
  const pos = POSITIONS[type];
  if (!pos || !Array.isArray(fields)) return;
  const int = (i: number): bigint | undefined => {
    const x: unknown = fields[i];
    return typeof x === 'string' && /^0x[0-9a-f]*$/i.test(x) ? (x === '0x' ? 0n : BigInt(x)) : undefined;
  };
  // chainId first, as the fields path reads it first. Legacy: the EIP-155 triple (chainId, 0, 0)
  // after the six fields; six fields alone are a pre-EIP-155 transaction.
  const chainAt = pos.chainId ?? (fields.length === 6 ? -1 : 6);
  const id = chainAt === -1 ? 0n : int(chainAt);
  if (id !== undefined) checkChainId(id, `${F}.chainId`);
  const nonce = int(pos.nonce);
  if (nonce !== undefined) checkTxInteger('nonce', nonce, `${F}.nonce`);
  const gas = int(pos.gas);
  if (gas !== undefined) checkTxInteger('gas', gas, `${F}.gas`);
}
