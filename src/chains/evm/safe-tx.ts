/**
 * Safe (v1.4.1) transactions: validate a SafeTx, hash it as the Safe contract
 * does (EIP-712, domain {chainId, verifyingContract}, viem's hashTypedData),
 * and turn it into policy facts: `safe.*` (address, operation, nonce, the
 * governance call it makes, if any) and the inner call's `tx.*`, decoded by
 * the same code as any EVM transaction (./facts.ts). Pure: no I/O.
 *
 * The Safe pays its executor back `(safeTxGas + baseGas) * gasPrice` in
 * `gasToken` (ETH when zero): that refund counts as the inner call's fee.
 *
 * @example
 *   const tx = parseSafeTx({ to: '0xab…', value: '1000', nonce: 0 }, 'tx');
 *   safeTxHash(31337, '0xSafe…', tx) // what Safe.getTransactionHash(...) returns
 */
import { type Hex, decodeFunctionData, encodeFunctionData, getAddress, hashTypedData, isAddressEqual, parseAbi, toFunctionSelector, zeroAddress } from 'viem';
import { badInput } from '../../errors.js';
import { txFacts } from './facts.js';
import { hexData, object, quantity } from './prepare.js';
import type { EvmContext, TxFacts } from './types.js';
import { addUsd, tokenAmount } from './valuation.js';
import { MAX_TRANSACTION_BYTES } from './prepare.js';

/** A SafeTx (Safe.sol `SAFE_TX_TYPEHASH`), every field explicit. */
export interface SafeTx {
  to: Hex;
  value: bigint;
  data: Hex;
  operation: 0 | 1;
  safeTxGas: bigint;
  baseGas: bigint;
  gasPrice: bigint;
  gasToken: Hex;
  refundReceiver: Hex;
  nonce: bigint;
}

/** The EIP-712 type of a SafeTx (Safe v1.3.0+, v1.4.1). */
export const SAFE_TX_TYPES = {
  SafeTx: [
    { name: 'to', type: 'address' },
    { name: 'value', type: 'uint256' },
    { name: 'data', type: 'bytes' },
    { name: 'operation', type: 'uint8' },
    { name: 'safeTxGas', type: 'uint256' },
    { name: 'baseGas', type: 'uint256' },
    { name: 'gasPrice', type: 'uint256' },
    { name: 'gasToken', type: 'address' },
    { name: 'refundReceiver', type: 'address' },
    { name: 'nonce', type: 'uint256' },
  ],
} as const;

const SAFE_TX_FIELDS = ['to', 'value', 'data', 'operation', 'safeTxGas', 'baseGas', 'gasPrice', 'gasToken', 'refundReceiver', 'nonce'] as const;

/** Calls on the Safe itself that change who controls it (OwnerManager, ModuleManager, GuardManager, FallbackManager; setModuleGuard from v1.5). */
export const SAFE_GOVERNANCE_ABI = parseAbi([
  'function addOwnerWithThreshold(address owner, uint256 _threshold)',
  'function removeOwner(address prevOwner, address owner, uint256 _threshold)',
  'function swapOwner(address prevOwner, address oldOwner, address newOwner)',
  'function changeThreshold(uint256 _threshold)',
  'function enableModule(address module)',
  'function disableModule(address prevModule, address module)',
  'function setGuard(address guard)',
  'function setFallbackHandler(address handler)',
  'function setModuleGuard(address moduleGuard)',
]);
const GOVERNANCE = new Map(SAFE_GOVERNANCE_ABI.map((f) => [toFunctionSelector(f), f.name]));

/** The Safe's own functions custos calls: execTransaction, and the views `safe show` and registration read. */
export const SAFE_ABI = parseAbi([
  'function execTransaction(address to, uint256 value, bytes data, uint8 operation, uint256 safeTxGas, uint256 baseGas, uint256 gasPrice, address gasToken, address refundReceiver, bytes signatures) payable returns (bool success)',
  'function getTransactionHash(address to, uint256 value, bytes data, uint8 operation, uint256 safeTxGas, uint256 baseGas, uint256 gasPrice, address gasToken, address refundReceiver, uint256 _nonce) view returns (bytes32)',
  'function getOwners() view returns (address[])',
  'function getThreshold() view returns (uint256)',
  'function nonce() view returns (uint256)',
  'function setup(address[] _owners, uint256 _threshold, address to, bytes data, address fallbackHandler, address paymentToken, uint256 payment, address paymentReceiver)',
]);

/** `safe.*` policy facts. */
export interface SafeFacts {
  /** The Safe's address, lowercase. */
  address: string;
  chainId: number;
  operation: 'call' | 'delegatecall';
  nonce: number;
  /**
   * The governance function the SafeTx calls on the Safe itself
   * (addOwnerWithThreshold, changeThreshold, ...; "unknown" for any other
   * call to the Safe), or null. Decision 0022: refused unless an allowing
   * rule names `payload.safe.governance`.
   */
  governance: string | null;
  /** The EIP-712 SafeTx hash the owners sign. */
  hash: string;
  /** The refund token (lowercase), null for ETH. */
  gasToken: string | null;
}

const address = (v: unknown, field: string): Hex => getAddress(hexData(v, field, 20)).toLowerCase() as Hex;

/** Validate a SafeTx (quantities as for transactions; absent gas fields are 0, absent addresses the zero address). */
export function parseSafeTx(v: unknown, field: string): SafeTx {
  const r = object(v, field, SAFE_TX_FIELDS);
  if (r.to === undefined) throw badInput(`${field}.to: required`, { field: `${field}.to` });
  if (r.nonce === undefined) throw badInput(`${field}.nonce: required`, { field: `${field}.nonce` });
  const op = r.operation === undefined ? 0 : Number(quantity(r.operation, `${field}.operation`, 1n));
  const data = r.data === undefined ? '0x' : hexData(r.data, `${field}.data`);
  if ((data.length - 2) / 2 > MAX_TRANSACTION_BYTES) throw badInput(`${field}.data: over ${MAX_TRANSACTION_BYTES} bytes`, { field: `${field}.data` });
  const q = (k: string) => (r[k] === undefined ? 0n : quantity(r[k], `${field}.${k}`));
  return {
    to: address(r.to, `${field}.to`),
    value: q('value'),
    data: data.toLowerCase() as Hex,
    operation: op as 0 | 1,
    safeTxGas: q('safeTxGas'),
    baseGas: q('baseGas'),
    gasPrice: q('gasPrice'),
    gasToken: r.gasToken === undefined ? zeroAddress : address(r.gasToken, `${field}.gasToken`),
    refundReceiver: r.refundReceiver === undefined ? zeroAddress : address(r.refundReceiver, `${field}.refundReceiver`),
    nonce: quantity(r.nonce, `${field}.nonce`, BigInt(Number.MAX_SAFE_INTEGER)),
  };
}

/** The SafeTx as JSON (decimal strings), the form stored in a request's payload. */
export function safeTxJson(tx: SafeTx): Record<string, string | number> {
  return {
    to: tx.to,
    value: tx.value.toString(),
    data: tx.data,
    operation: tx.operation,
    safeTxGas: tx.safeTxGas.toString(),
    baseGas: tx.baseGas.toString(),
    gasPrice: tx.gasPrice.toString(),
    gasToken: tx.gasToken,
    refundReceiver: tx.refundReceiver,
    nonce: tx.nonce.toString(),
  };
}

/** The EIP-712 hash a Safe's owners sign (Safe.getTransactionHash). */
export function safeTxHash(chainId: number, safe: Hex, tx: SafeTx): Hex {
  return hashTypedData({ domain: { chainId, verifyingContract: safe }, types: SAFE_TX_TYPES, primaryType: 'SafeTx', message: tx });
}

/** The governance function a SafeTx calls on the Safe itself, "unknown" for another self-call, or null. */
export function safeGovernance(safe: Hex, tx: SafeTx): string | null {
  if (!isAddressEqual(tx.to, safe)) return null;
  const name = GOVERNANCE.get(tx.data.slice(0, 10) as Hex);
  if (!name) return 'unknown';
  try {
    decodeFunctionData({ abi: SAFE_GOVERNANCE_ABI, data: tx.data });
  } catch {
    throw badInput(`tx.data: calldata for ${name}() does not decode`, { field: 'tx.data' });
  }
  return name;
}

/** `safe.*` and the inner call's `tx.*` (from = the Safe; fee = the refund the Safe pays). */
export function safeTxFacts(chainId: number, safe: Hex, tx: SafeTx, ctx: EvmContext): { safe: SafeFacts; tx: TxFacts } {
  const gas = tx.safeTxGas + tx.baseGas;
  const native = tx.gasToken === zeroAddress;
  const inner = txFacts(
    { type: 'legacy', chainId, nonce: Number(tx.nonce), to: tx.to, value: tx.value, data: tx.data, gas, gasPrice: native ? tx.gasPrice : 0n },
    safe,
    ctx,
  );
  if (!native && tx.gasPrice > 0n) {
    // A refund in a token: valued like a token transfer (unbounded when the token or its price is unknown).
    const refund = tokenAmount(ctx, tx.gasToken, gas * tx.gasPrice);
    inner.feeUsd = refund.usd;
    inner.valueUsd = addUsd(inner.valueUsd, refund.usd);
    inner.priced = inner.priced && refund.priced;
  }
  return {
    safe: {
      address: safe.toLowerCase(),
      chainId,
      operation: tx.operation === 1 ? 'delegatecall' : 'call',
      nonce: Number(tx.nonce),
      governance: safeGovernance(safe, tx),
      hash: safeTxHash(chainId, safe, tx),
      gasToken: native ? null : tx.gasToken,
    },
    tx: inner,
  };
}

/** Calldata of execTransaction with `signatures` (65-byte owner signatures, ordered by owner address). */
export function execTransactionData(tx: SafeTx, signatures: Hex): Hex {
  return encodeFunctionData({
    abi: SAFE_ABI,
    functionName: 'execTransaction',
    args: [tx.to, tx.value, tx.data, tx.operation, tx.safeTxGas, tx.baseGas, tx.gasPrice, tx.gasToken, tx.refundReceiver, signatures],
  });
}
