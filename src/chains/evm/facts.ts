/**
 * Policy facts for EVM payloads: what a `when` rule can see about a
 * transaction, a personal message or an EIP-7702 authorization (typed data:
 * ./typed-data.ts). Pure functions over already-validated input (see
 * ./prepare.ts); ABI decoding and unit formatting are viem's, valuation is
 * ./valuation.ts.
 *
 * Conventions (docs/chains-evm.md): wei and raw token amounts are decimal
 * strings, USD values are numbers, addresses are lowercase. USD values are
 * upper bounds on what can move: a part that moves value without a token entry
 * or a price, or with an unlimited amount, is UNBOUNDED_USD and never 0.
 */
import { type Hex, decodeFunctionData, formatEther, parseAbi, toFunctionSelector } from 'viem';
import { badInput } from '../../errors.js';
import { UNBOUNDED_USD } from '../../policy/facts.js';
import type { AuthorizationFacts, Erc20Facts, EvmContext, MessageFacts, TxFacts } from './types.js';
import { addUsd, maxFeeWei, nativeUsd, tokenAmount } from './valuation.js';

export { typedDataFacts, type TypedDataInput } from './typed-data.js';
export { nativeSymbolOf } from './valuation.js';

/** Calls recognised in calldata (ERC-20; setApprovalForAll of ERC-721/ERC-1155). */
const KNOWN_CALLS = parseAbi([
  'function transfer(address to, uint256 amount)',
  'function transferFrom(address from, address to, uint256 amount)',
  'function approve(address spender, uint256 amount)',
  'function increaseAllowance(address spender, uint256 addedValue)',
  'function setApprovalForAll(address operator, bool approved)',
]);
const KNOWN_SELECTORS = new Map(KNOWN_CALLS.map((f) => [toFunctionSelector(f), f.name]));

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

/** What a decoded call moves: transfers (USD), approvals (USD exposure), and whether all of it was priced. */
interface CallValue {
  transferUsd: number;
  approvalUsd: number;
  unlimited: boolean;
  priced: boolean;
}
const NO_VALUE: CallValue = { transferUsd: 0, approvalUsd: 0, unlimited: false, priced: true };

/** Decoded call facts (erc20 / approvalForAll) for calldata sent to `to`, and what they move; {} when not recognised. */
function callFacts(ctx: EvmContext, to: string, data: Hex): { facts: Pick<TxFacts, 'erc20' | 'approvalForAll'>; value: CallValue } {
  const name = KNOWN_SELECTORS.get(data.slice(0, 10).toLowerCase() as Hex);
  if (!name) return { facts: {}, value: NO_VALUE };
  let call: ReturnType<typeof decodeFunctionData<typeof KNOWN_CALLS>>;
  try {
    call = decodeFunctionData({ abi: KNOWN_CALLS, data });
  } catch {
    // Fail closed: a known selector with undecodable arguments would hide the call from policy.
    throw badInput(`data: calldata for ${name}() does not decode`, { field: 'data' });
  }
  const lc = (a: string): string => a.toLowerCase();
  const erc20 = (kind: Erc20Facts['kind'], parties: Partial<Erc20Facts>, amount: bigint) => {
    const { usd, unlimited, priced, ...known } = tokenAmount(ctx, to, amount);
    const approval = kind === 'approve' || kind === 'increaseAllowance';
    return {
      facts: { erc20: { kind, token: to, ...parties, amount: amount.toString(), unlimited, ...known, valueUsd: usd } },
      value: { transferUsd: approval ? 0 : usd, approvalUsd: approval ? usd : 0, unlimited: approval && unlimited, priced },
    };
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
    case 'setApprovalForAll': {
      // ERC-721 / ERC-1155: the operator may move every token of the collection the account holds.
      const approved = call.args[1];
      return {
        facts: { approvalForAll: { token: to, operator: lc(call.args[0]), approved } },
        value: approved ? { transferUsd: 0, approvalUsd: UNBOUNDED_USD, unlimited: true, priced: true } : NO_VALUE,
      };
    }
  }
}

/**
 * Transaction facts (`tx.*`): the fields, the decoded call, and everything
 * the transaction can spend in USD (`valueUsd` = native + maximum fee +
 * token transfers + approval exposure; see TxFacts).
 * @example txFacts({ type: 'eip1559', chainId: 1, to: '0xab…', value: 10n ** 18n }, signer, ctx).valueEth // 1
 */
export function txFacts(tx: TxView, from: string, ctx: EvmContext): TxFacts {
  const data: Hex = tx.data ?? '0x';
  const dataSize = (data.length - 2) / 2;
  const selector = dataSize >= 4 ? data.slice(0, 10).toLowerCase() : null;
  const to = tx.to && tx.to !== '0x' ? tx.to.toLowerCase() : null;
  const value = tx.value ?? 0n;
  const maxFee = maxFeeWei(tx);

  const native = nativeUsd(ctx, tx.chainId, value);
  const fee = nativeUsd(ctx, tx.chainId, maxFee);
  const calls = to && selector ? callFacts(ctx, to, data) : { facts: {}, value: NO_VALUE };
  const moved = calls.value;
  const delegation = tx.authorizationList?.map((a) => a.address.toLowerCase());

  return {
    type: tx.type,
    chainId: tx.chainId,
    from: from.toLowerCase(),
    to,
    value: value.toString(),
    valueEth: Number(formatEther(value)),
    nonce: tx.nonce ?? 0,
    gas: (tx.gas ?? 0n).toString(),
    maxFeePerGas: str(tx.maxFeePerGas),
    maxPriorityFeePerGas: str(tx.maxPriorityFeePerGas),
    gasPrice: str(tx.gasPrice),
    maxFeePerBlobGas: str(tx.maxFeePerBlobGas),
    blobCount: tx.blobVersionedHashes?.length ?? 0,
    selector,
    dataSize,
    maxFee: maxFee.toString(),
    valueUsd: addUsd(native.usd, fee.usd, moved.transferUsd, moved.approvalUsd),
    nativeUsd: native.usd,
    feeUsd: fee.usd,
    transferUsd: moved.transferUsd,
    approvalUsd: moved.approvalUsd,
    unlimited: moved.unlimited,
    priced: native.priced && fee.priced && moved.priced,
    ...calls.facts,
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

// ---- authorizations ----

/**
 * EIP-7702 authorization facts (`authorization.*`).
 * @example authorizationFacts({ chainId: 1, address: '0xAb…', nonce: 0 }).delegate // '0xab…'
 */
export function authorizationFacts(a: { chainId: number; address: string; nonce: number }): AuthorizationFacts {
  return { chainId: a.chainId, delegate: a.address.toLowerCase(), nonce: a.nonce };
}
