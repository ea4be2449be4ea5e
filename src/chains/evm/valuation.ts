/**
 * What an EVM payload can spend, in USD: the token registry and prices, the
 * maximum fee of a transaction, and when an allowance counts as unlimited.
 * Pure functions; unit formatting is viem's.
 *
 * Every USD figure here is an upper bound on what can move. A part that
 * moves value but has no token entry or price, or whose amount is unlimited,
 * is `UNBOUNDED_USD` (never 0); sums saturate at it. See docs/chains-evm.md.
 */
import { formatEther, formatUnits } from 'viem';
import { UNBOUNDED_USD } from '../../policy/facts.js';
import type { EvmContext, TokenInfo } from './types.js';

/**
 * 2^128 raw units: no real holder has that much of any token (it is 3.4e20
 * whole units of an 18-decimal token), so an allowance at or above it is
 * unlimited. Covers 2^256-1 (ERC-20), 2^160-1 (Permit2's uint160) and the
 * "almost max" values (2^255, 2^254) that an exact 2^256-1 check misses.
 */
export const UNLIMITED_RAW = 2n ** 128n;

/** EIP-4844 GAS_PER_BLOB (2^17): the blob gas one blob consumes. */
export const GAS_PER_BLOB = 2n ** 17n;

/** The token entry for a lowercase address, or undefined when unknown or malformed. */
export function tokenInfo(ctx: EvmContext, token: string): TokenInfo | undefined {
  if (!Object.hasOwn(ctx.tokens, token)) return undefined;
  const t = ctx.tokens[token];
  if (!t || typeof t.symbol !== 'string' || t.symbol === '') return undefined;
  if (!Number.isInteger(t.decimals) || t.decimals < 0 || t.decimals > 77) return undefined;
  return t;
}

/** USD price of a symbol (looked up upper-cased), or undefined. */
export function priceOf(ctx: EvmContext, symbol: string): number | undefined {
  const key = symbol.toUpperCase();
  if (!Object.hasOwn(ctx.prices, key)) return undefined;
  const p = ctx.prices[key];
  return typeof p === 'number' && Number.isFinite(p) && p >= 0 ? p : undefined;
}

/** The native currency symbol of a chain (`ETH` unless `ctx.nativeSymbol` says otherwise). */
export function nativeSymbolOf(ctx: EvmContext, chainId: number): string {
  const s = ctx.nativeSymbol && Object.hasOwn(ctx.nativeSymbol, chainId) ? ctx.nativeSymbol[chainId] : undefined;
  return typeof s === 'string' && s !== '' ? s : 'ETH';
}

/**
 * Whether a raw token amount is unlimited: >= 2^128, or above the token's
 * `maxAmount` in the registry (a supply ceiling the operator knows).
 * @example isUnlimited(ctx, usdc, 2n ** 254n) // true
 */
export function isUnlimited(ctx: EvmContext, token: string, amount: bigint): boolean {
  if (amount >= UNLIMITED_RAW) return true;
  const max = tokenInfo(ctx, token)?.maxAmount;
  return max !== undefined && /^[0-9]{1,78}$/.test(max) && amount > BigInt(max);
}

/** Add USD figures; anything unbounded (or an overflow) makes the sum unbounded. */
export function addUsd(...xs: number[]): number {
  let sum = 0;
  for (const x of xs) {
    if (!(x < UNBOUNDED_USD)) return UNBOUNDED_USD; // also NaN
    sum += x;
  }
  return sum < UNBOUNDED_USD ? sum : UNBOUNDED_USD;
}

/** A finite USD product, saturating at UNBOUNDED_USD. */
function usd(units: number, price: number): number {
  const v = units * price;
  return Number.isFinite(v) && v < UNBOUNDED_USD ? v : UNBOUNDED_USD;
}

/** USD of an amount of native currency in wei: 0 for 0, unbounded without a price. */
export function nativeUsd(ctx: EvmContext, chainId: number, wei: bigint): { usd: number; priced: boolean } {
  if (wei === 0n) return { usd: 0, priced: true };
  const price = priceOf(ctx, nativeSymbolOf(ctx, chainId));
  return price === undefined ? { usd: UNBOUNDED_USD, priced: false } : { usd: usd(Number(formatEther(wei)), price), priced: true };
}

/** Token amount facts: what the registry knows (symbol, decimals, units) and the USD upper bound. */
export interface TokenAmount {
  symbol?: string;
  decimals?: number;
  amountUnits?: number;
  /** USD upper bound: UNBOUNDED_USD when unlimited or unpriced, 0 for a zero amount. */
  usd: number;
  unlimited: boolean;
  /** A non-zero amount had both a token entry and a price (an unlimited amount needs neither). */
  priced: boolean;
}

/**
 * Value a raw token amount.
 * @example tokenAmount(ctx, usdc, 2_500_000n) // { symbol: 'USDC', decimals: 6, amountUnits: 2.5, usd: 2.5, unlimited: false, priced: true }
 */
export function tokenAmount(ctx: EvmContext, token: string, amount: bigint): TokenAmount {
  const unlimited = isUnlimited(ctx, token, amount);
  const info = tokenInfo(ctx, token);
  const known = info ? { symbol: info.symbol, decimals: info.decimals, amountUnits: Number(formatUnits(amount, info.decimals)) } : {};
  if (unlimited) return { ...known, usd: UNBOUNDED_USD, unlimited, priced: true };
  if (amount === 0n) return { ...known, usd: 0, unlimited, priced: true };
  const price = info ? priceOf(ctx, info.symbol) : undefined;
  if (!info || price === undefined) return { ...known, usd: UNBOUNDED_USD, unlimited, priced: false };
  return { ...known, usd: usd(Number(formatUnits(amount, info.decimals)), price), unlimited, priced: true };
}

/** The fee fields of a transaction that bound what it can pay. */
export interface FeeView {
  gas?: bigint | undefined;
  gasPrice?: bigint | undefined;
  maxFeePerGas?: bigint | undefined;
  maxFeePerBlobGas?: bigint | undefined;
  blobVersionedHashes?: readonly unknown[] | undefined;
}

/**
 * The most a transaction can pay in fees, in wei: gasLimit x maxFeePerGas
 * (EIP-1559 and later) or gasLimit x gasPrice (legacy, EIP-2930), plus for
 * EIP-4844 blobs x GAS_PER_BLOB x maxFeePerBlobGas.
 * @example maxFeeWei({ gas: 21000n, maxFeePerGas: 30n * 10n ** 9n }) // 630000000000000n
 */
export function maxFeeWei(tx: FeeView): bigint {
  const perGas = tx.maxFeePerGas ?? tx.gasPrice ?? 0n;
  const blobs = BigInt(tx.blobVersionedHashes?.length ?? 0);
  return (tx.gas ?? 0n) * perGas + blobs * GAS_PER_BLOB * (tx.maxFeePerBlobGas ?? 0n);
}
