/**
 * Policy facts for EVM payloads: what a `when` rule can see about a
 * transaction, a personal message, EIP-712 typed data or an EIP-7702
 * authorization. Pure functions over already-validated input (see
 * ./prepare.ts); ABI decoding and unit formatting are viem's.
 *
 * Conventions (docs/chains-evm.md): wei and raw token amounts are decimal
 * strings, USD values are numbers, addresses are lowercase. A part of a value
 * without a token entry or a price contributes 0 USD and sets `priced: false`.
 */
import { type Hex, decodeFunctionData, formatEther, formatUnits, parseAbi, toFunctionSelector } from 'viem';
import { badInput } from '../../errors.js';
import type {
  AuthorizationFacts,
  Erc20Facts,
  EvmContext,
  MessageFacts,
  PermitFacts,
  TokenInfo,
  TxFacts,
  TypedDataFacts,
} from './types.js';

/** 2^255: an allowance at or above it is treated as unlimited (covers 2^256-1). */
const UNLIMITED_UINT256 = 2n ** 255n;
/** 2^159: the same for Permit2's uint160 amounts (covers 2^160-1). */
const UNLIMITED_UINT160 = 2n ** 159n;

/** Calls recognised in calldata (ERC-20; setApprovalForAll of ERC-721/ERC-1155). */
const KNOWN_CALLS = parseAbi([
  'function transfer(address to, uint256 amount)',
  'function transferFrom(address from, address to, uint256 amount)',
  'function approve(address spender, uint256 amount)',
  'function increaseAllowance(address spender, uint256 addedValue)',
  'function setApprovalForAll(address operator, bool approved)',
]);
const KNOWN_SELECTORS = new Map(KNOWN_CALLS.map((f) => [toFunctionSelector(f), f.name]));

// ---- pricing ----

/** The token entry for a lowercase address, or undefined when unknown or malformed. */
function tokenInfo(ctx: EvmContext, token: string): TokenInfo | undefined {
  if (!Object.hasOwn(ctx.tokens, token)) return undefined;
  const t = ctx.tokens[token];
  if (!t || typeof t.symbol !== 'string' || t.symbol === '') return undefined;
  if (!Number.isInteger(t.decimals) || t.decimals < 0 || t.decimals > 77) return undefined;
  return t;
}

/** USD price of a symbol (looked up upper-cased), or undefined. */
function priceOf(ctx: EvmContext, symbol: string): number | undefined {
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

type TokenValue = { symbol?: string; decimals?: number; amountUnits?: number; valueUsd?: number };

/**
 * Token amount facts: symbol, decimals, units and USD when known (never USD for
 * an unlimited amount), and whether the token and its price were both known.
 */
function tokenValue(ctx: EvmContext, token: string, amount: bigint, unlimited: boolean): { facts: TokenValue; known: boolean } {
  const info = tokenInfo(ctx, token);
  if (!info) return { facts: {}, known: false };
  const amountUnits = Number(formatUnits(amount, info.decimals));
  const price = priceOf(ctx, info.symbol);
  const usd = price === undefined || unlimited ? undefined : amountUnits * price;
  const facts: TokenValue = { symbol: info.symbol, decimals: info.decimals, amountUnits };
  if (usd !== undefined && Number.isFinite(usd)) facts.valueUsd = usd;
  return { facts, known: price !== undefined };
}

// ---- transactions ----

/** The fields of a viem transaction that facts read (any type; absent fields are undefined). */
export interface TxView {
  type: TxFacts['type'];
  chainId: number;
  nonce?: number | undefined;
  gas?: bigint | undefined;
  to?: string | null | undefined;
  value?: bigint | undefined;
  data?: Hex | undefined;
  gasPrice?: bigint | undefined;
  maxFeePerGas?: bigint | undefined;
  maxPriorityFeePerGas?: bigint | undefined;
  maxFeePerBlobGas?: bigint | undefined;
  blobVersionedHashes?: readonly Hex[] | undefined;
  authorizationList?: readonly { address: string }[] | undefined;
}

const str = (n: bigint | undefined): string | null => (n === undefined ? null : n.toString());

/** Decoded call facts (erc20 / approvalForAll) for calldata sent to `to`; {} when not recognised. */
function callFacts(ctx: EvmContext, to: string, data: Hex): Pick<TxFacts, 'erc20' | 'approvalForAll'> {
  const name = KNOWN_SELECTORS.get(data.slice(0, 10).toLowerCase() as Hex);
  if (!name) return {};
  let call: ReturnType<typeof decodeFunctionData<typeof KNOWN_CALLS>>;
  try {
    call = decodeFunctionData({ abi: KNOWN_CALLS, data });
  } catch {
    // Fail closed: a known selector with undecodable arguments would hide the call from policy.
    throw badInput(`data: calldata for ${name}() does not decode`, { field: 'data' });
  }
  const lc = (a: string): string => a.toLowerCase();
  const erc20 = (kind: Erc20Facts['kind'], parties: Partial<Erc20Facts>, amount: bigint): { erc20: Erc20Facts } => {
    const unlimited = amount >= UNLIMITED_UINT256;
    return { erc20: { kind, token: to, ...parties, amount: amount.toString(), unlimited, ...tokenValue(ctx, to, amount, unlimited).facts } };
  };
  switch (call.functionName) {
    case 'transfer':
      return erc20('transfer', { to: lc(call.args[0]) }, call.args[1]);
    case 'transferFrom':
      return erc20('transferFrom', { from: lc(call.args[0]), to: lc(call.args[1]) }, call.args[2]);
    case 'approve':
      return erc20('approve', { spender: lc(call.args[0]) }, call.args[1]);
    case 'increaseAllowance':
      return erc20('increaseAllowance', { spender: lc(call.args[0]) }, call.args[1]);
    case 'setApprovalForAll':
      return { approvalForAll: { token: to, operator: lc(call.args[0]), approved: call.args[1] } };
  }
}

/**
 * Transaction facts (`tx.*`) and its USD value.
 * @example txFacts({ type: 'eip1559', chainId: 1, to: '0xab…', value: 10n ** 18n }, signer, ctx).valueEth // 1
 */
export function txFacts(tx: TxView, from: string, ctx: EvmContext): TxFacts {
  const data: Hex = tx.data ?? '0x';
  const dataSize = (data.length - 2) / 2;
  const selector = dataSize >= 4 ? data.slice(0, 10).toLowerCase() : null;
  const to = tx.to && tx.to !== '0x' ? tx.to.toLowerCase() : null;
  const value = tx.value ?? 0n;
  const valueEth = Number(formatEther(value));

  let priced = true;
  let valueUsd = 0;
  if (value > 0n) {
    const price = priceOf(ctx, nativeSymbolOf(ctx, tx.chainId));
    if (price === undefined) priced = false;
    else valueUsd += valueEth * price;
  }
  const calls = to && selector ? callFacts(ctx, to, data) : {};
  const e = calls.erc20;
  if (e && (e.kind === 'transfer' || e.kind === 'transferFrom') && e.amount !== '0') {
    if (e.valueUsd === undefined) priced = false;
    else valueUsd += e.valueUsd;
  }
  const delegation = tx.authorizationList?.map((a) => a.address.toLowerCase());

  return {
    type: tx.type,
    chainId: tx.chainId,
    from: from.toLowerCase(),
    to,
    value: value.toString(),
    valueEth,
    nonce: tx.nonce ?? 0,
    gas: (tx.gas ?? 0n).toString(),
    maxFeePerGas: str(tx.maxFeePerGas),
    maxPriorityFeePerGas: str(tx.maxPriorityFeePerGas),
    gasPrice: str(tx.gasPrice),
    maxFeePerBlobGas: str(tx.maxFeePerBlobGas),
    blobCount: tx.blobVersionedHashes?.length ?? 0,
    selector,
    dataSize,
    valueUsd,
    priced,
    ...calls,
    ...(delegation ? { delegation } : {}),
    contract: to && selector ? `${to}:${selector}` : null,
  };
}

// ---- personal messages ----

/** Control characters other than tab/newline/CR, and bidi overrides/isolates (display spoofing). */
const UNPRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

/**
 * Personal message facts (`message.*`): size, the text when the bytes are
 * printable UTF-8, and the EIP-191 digest.
 * @example messageFacts(new TextEncoder().encode('hi'), '0x…').text // 'hi'
 */
export function messageFacts(bytes: Uint8Array, hash: Hex): MessageFacts {
  let text: string | undefined;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    if (UNPRINTABLE.test(text)) text = undefined;
  } catch {
    text = undefined;
  }
  return { size: bytes.length, ...(text !== undefined ? { text } : {}), hash };
}

// ---- typed data ----

/** Typed data after ./prepare.ts validated it: integers are bigint, the rest as given. */
export interface TypedDataInput {
  domain: Record<string, unknown>;
  types: Record<string, readonly { name: string; type: string }[]>;
  primaryType: string;
  message: Record<string, unknown>;
}

type Struct = Record<string, unknown>;

/** True when `types[name]` has exactly these fields (order-insensitive); with `extra`, more fields are allowed. */
function hasShape(types: TypedDataInput['types'], name: string, want: Record<string, string>, extra = false): boolean {
  const fields = Object.hasOwn(types, name) ? types[name] : undefined;
  if (!fields) return false;
  const got = new Map(fields.map((f) => [f.name, f.type]));
  if (!extra && got.size !== Object.keys(want).length) return false;
  return Object.entries(want).every(([k, t]) => got.get(k) === t);
}

/** Find the field of `types[name]` whose name is `field` and return its type. */
function fieldType(types: TypedDataInput['types'], name: string, field: string): string | undefined {
  return (Object.hasOwn(types, name) ? types[name] : undefined)?.find((f) => f.name === field)?.type;
}

const lower = (v: unknown): string => String(v).toLowerCase();
const big = (v: unknown): bigint => (typeof v === 'bigint' ? v : BigInt(String(v)));

interface Allowance {
  token: string;
  amount: bigint;
  unlimited: boolean;
}

/** Permit facts from one or more allowances: first token/amount, any-unlimited, USD summed when all are priced. */
function permitOf(
  ctx: EvmContext,
  base: Pick<PermitFacts, 'standard' | 'primaryType' | 'spender' | 'deadline'> & { expiration?: string },
  allowances: Allowance[],
  amountText?: string,
): PermitFacts | undefined {
  const first = allowances[0];
  if (!first) return undefined;
  let priced = true;
  let valueUsd = 0;
  for (const a of allowances) {
    const v = tokenValue(ctx, a.token, a.amount, a.unlimited);
    if (!v.known && a.amount !== 0n) priced = false;
    valueUsd += v.facts.valueUsd ?? 0;
  }
  const unlimited = allowances.some((a) => a.unlimited);
  return {
    ...base,
    token: first.token,
    tokens: allowances.map((a) => a.token),
    amount: amountText ?? first.amount.toString(),
    unlimited,
    ...(priced && !unlimited ? { valueUsd } : {}),
    priced,
  };
}

/** Recognise EIP-2612, DAI and Uniswap Permit2 permits by primary type and field shape. */
function permitFacts(td: TypedDataInput, ctx: EvmContext): PermitFacts | undefined {
  const { types, primaryType: pt, message: m, domain } = td;
  const vc = typeof domain.verifyingContract === 'string' ? domain.verifyingContract.toLowerCase() : undefined;
  const ADDR = 'address';
  const U256 = 'uint256';

  if (pt === 'Permit' && vc) {
    if (hasShape(types, pt, { owner: ADDR, spender: ADDR, value: U256, nonce: U256, deadline: U256 })) {
      const amount = big(m.value);
      const base = { standard: 'eip2612', primaryType: pt, spender: lower(m.spender), deadline: big(m.deadline).toString() } as const;
      return permitOf(ctx, base, [{ token: vc, amount, unlimited: amount >= UNLIMITED_UINT256 }]);
    }
    if (hasShape(types, pt, { holder: ADDR, spender: ADDR, nonce: U256, expiry: U256, allowed: 'bool' })) {
      const allowed = m.allowed === true;
      const base = { standard: 'dai', primaryType: pt, spender: lower(m.spender), deadline: big(m.expiry).toString() } as const;
      // DAI's allowed=true sets the allowance to 2^256-1; false revokes it.
      return permitOf(ctx, base, [{ token: vc, amount: allowed ? 2n ** 256n - 1n : 0n, unlimited: allowed }], allowed ? 'unlimited' : '0');
    }
  }

  // Permit2 AllowanceTransfer: PermitSingle { details: PermitDetails, spender, sigDeadline } / PermitBatch (details[]).
  if ((pt === 'PermitSingle' || pt === 'PermitBatch') && hasShape(types, pt, { details: pt === 'PermitSingle' ? 'PermitDetails' : 'PermitDetails[]', spender: ADDR, sigDeadline: U256 })) {
    if (!hasShape(types, 'PermitDetails', { token: ADDR, amount: 'uint160', expiration: 'uint48', nonce: 'uint48' })) return undefined;
    const details = (pt === 'PermitSingle' ? [m.details] : (m.details as unknown[])) as Struct[];
    const expirations = details.map((d) => big(d.expiration));
    const expiration = expirations.reduce((a, b) => (b < a ? b : a), expirations[0] ?? 0n);
    const base = { standard: 'permit2', primaryType: pt, spender: lower(m.spender), deadline: big(m.sigDeadline).toString(), expiration: expiration.toString() } as const;
    return permitOf(ctx, base, details.map((d) => ({ token: lower(d.token), amount: big(d.amount), unlimited: big(d.amount) >= UNLIMITED_UINT160 })));
  }

  // Permit2 SignatureTransfer: Permit(Batch)(Witness)TransferFrom { permitted: TokenPermissions(|[]), spender, nonce, deadline, [witness] }.
  if (/^Permit(Batch)?(Witness)?TransferFrom$/.test(pt)) {
    const permittedType = fieldType(types, pt, 'permitted');
    const batch = permittedType === 'TokenPermissions[]';
    if (permittedType !== 'TokenPermissions' && !batch) return undefined;
    const witness = pt.includes('Witness');
    if (!hasShape(types, pt, { permitted: permittedType, spender: ADDR, nonce: U256, deadline: U256 }, witness)) return undefined;
    if (!hasShape(types, 'TokenPermissions', { token: ADDR, amount: U256 })) return undefined;
    const permitted = (batch ? m.permitted : [m.permitted]) as Struct[];
    const base = { standard: 'permit2', primaryType: pt, spender: lower(m.spender), deadline: big(m.deadline).toString() } as const;
    return permitOf(ctx, base, permitted.map((p) => ({ token: lower(p.token), amount: big(p.amount), unlimited: big(p.amount) >= UNLIMITED_UINT256 })));
  }
  return undefined;
}

/**
 * Typed-data facts (`typedData.*`): the domain, the primary type and, for a
 * recognised permit, `permit`.
 * @example typedDataFacts(td, ctx).permit?.spender // '0x…'
 */
export function typedDataFacts(td: TypedDataInput, ctx: EvmContext): TypedDataFacts {
  const d = td.domain;
  const s = (v: unknown): string | null => (typeof v === 'string' ? v : null);
  const permit = permitFacts(td, ctx);
  return {
    domain: {
      name: s(d.name),
      version: s(d.version),
      chainId: d.chainId === undefined ? null : Number(d.chainId),
      verifyingContract: typeof d.verifyingContract === 'string' ? d.verifyingContract.toLowerCase() : null,
      salt: typeof d.salt === 'string' ? d.salt.toLowerCase() : null,
    },
    primaryType: td.primaryType,
    ...(permit ? { permit } : {}),
  };
}

// ---- authorizations ----

/**
 * EIP-7702 authorization facts (`authorization.*`).
 * @example authorizationFacts({ chainId: 1, address: '0xAb…', nonce: 0 }).delegate // '0xab…'
 */
export function authorizationFacts(a: { chainId: number; address: string; nonce: number }): AuthorizationFacts {
  return { chainId: a.chainId, delegate: a.address.toLowerCase(), nonce: a.nonce };
}
