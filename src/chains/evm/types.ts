/**
 * Types of the EVM payload module: what a caller asks to sign (`EvmPayload`),
 * the context the signing service supplies (`EvmContext`), what the module hands
 * back before signing (`PreparedEvm`) and after (`AssembledEvm`), and the shape
 * of the policy facts (`EvmFacts`). Everything here is JSON-shaped: amounts in
 * wei or raw token units are decimal strings, USD values are numbers, addresses
 * in facts are lowercase. See docs/chains-evm.md.
 */

/** 0x-prefixed hex string. */
export type Hex = `0x${string}`;

/**
 * A JSON-RPC quantity: a hex quantity (`"0x5208"`), a decimal string
 * (`"21000"`) or a non-negative safe integer (`21000`).
 */
export type Quantity = Hex | string | number;

/** Transaction type names, as JSON-RPC type bytes or viem names. */
export type EvmTransactionType = '0x0' | '0x1' | '0x2' | '0x3' | '0x4' | 'legacy' | 'eip2930' | 'eip1559' | 'eip4844' | 'eip7702';

/** One EIP-2930 access list entry. */
export interface EvmAccessListEntry {
  address: Hex;
  storageKeys: Hex[];
}

/** A signed EIP-7702 authorization tuple inside a type-4 transaction (JSON-RPC shape). */
export interface EvmSignedAuthorizationRequest {
  chainId: Quantity;
  address: Hex;
  nonce: Quantity;
  /** 0 or 1; `v` (27/28 or 0/1) is accepted instead. */
  yParity?: Quantity;
  v?: Quantity;
  r: Hex;
  s: Hex;
}

/**
 * An unsigned transaction in JSON-RPC request style. `chainId`, `nonce` and
 * `gas` are required, and so are the fee fields of the type (see
 * docs/chains-evm.md). When `type` is absent it is inferred from the fields.
 * Unknown fields are refused.
 */
export interface EvmTransactionRequest {
  type?: EvmTransactionType;
  chainId: Quantity;
  /** When present, must equal the signing key's address. */
  from?: Hex;
  /** Absent or null: contract creation (not allowed for types 3 and 4). */
  to?: Hex | null;
  nonce: Quantity;
  gas: Quantity;
  /** Alias of `gas` (ethers' name); both: they must agree. */
  gasLimit?: Quantity;
  value?: Quantity;
  /** Calldata; `input` is accepted as an alias (both: they must agree). */
  data?: Hex;
  input?: Hex;
  gasPrice?: Quantity;
  maxFeePerGas?: Quantity;
  maxPriorityFeePerGas?: Quantity;
  maxFeePerBlobGas?: Quantity;
  accessList?: EvmAccessListEntry[];
  blobVersionedHashes?: Hex[];
  authorizationList?: EvmSignedAuthorizationRequest[];
}

/** An EIP-7702 authorization tuple to sign. `chainId` 0 means "valid on every chain". */
export interface EvmAuthorizationRequest {
  chainId: number | string;
  address: Hex;
  nonce: number | string;
}

/** What a caller asks custos to sign on an EVM chain. */
export type EvmPayload =
  | { kind: 'evm.transaction'; transaction: EvmTransactionRequest }
  | { kind: 'evm.rawTransaction'; serialized: Hex }
  | { kind: 'evm.personalMessage'; message: Hex | string }
  | { kind: 'evm.typedData'; typedData: unknown }
  | { kind: 'evm.authorization'; authorization: EvmAuthorizationRequest };

/** The payload kinds, for dispatch and validation. */
export const EVM_PAYLOAD_KINDS = [
  'evm.transaction',
  'evm.rawTransaction',
  'evm.personalMessage',
  'evm.typedData',
  'evm.authorization',
] as const satisfies readonly EvmPayload['kind'][];

/** A token the operator knows about. */
export interface TokenInfo {
  symbol: string;
  decimals: number;
  /**
   * Optional ceiling in raw units (decimal string), e.g. the total supply:
   * an allowance or permit above it is unlimited (below 2^128, the default).
   */
  maxAmount?: string;
}

/** What the signing service knows when it prepares a payload. */
export interface EvmContext {
  /** The key's checksummed address. */
  signer: Hex;
  /** Known tokens, keyed by lowercase address. */
  tokens: Record<string, TokenInfo>;
  /** USD prices keyed by upper-case symbol (`ETH`, `USDC`, ...). */
  prices: Record<string, number>;
  /** Native currency symbol per chain id; `ETH` when absent. */
  nativeSymbol?: Record<number, string>;
}

/** The digest to sign and the facts a policy decides on. */
export interface PreparedEvm {
  /** 32 bytes to sign with secp256k1 ECDSA. */
  digest: Uint8Array;
  /** One of the `EvmFacts` shapes (`{ tx }`, `{ message }`, `{ typedData }`, `{ authorization }`). */
  facts: Record<string, unknown>;
  /**
   * The payload's USD value as policy sees it (`tx.valueUsd`,
   * `typedData.valueUsd`; 0 for messages and authorizations): an upper bound,
   * `UNBOUNDED_USD` when unlimited or unpriced. Velocity counts it clamped
   * (`velocityUsd` in src/requests/plans.ts).
   */
  valueUsd: number;
  kind: EvmPayload['kind'];
}

/** A signed EIP-7702 authorization (viem `SignedAuthorization` without the deprecated bigint `v`). */
export interface EvmSignedAuthorization {
  chainId: number;
  address: Hex;
  nonce: number;
  r: Hex;
  s: Hex;
  yParity: number;
}

/** The signed result. */
export interface AssembledEvm {
  /** 65-byte r||s||v, v = 27 + recovery id. */
  signature: Hex;
  /** Transactions: the signed serialized transaction (EIP-155 v for legacy). */
  serializedTransaction?: Hex;
  /** Transactions: keccak256 of `serializedTransaction`, the transaction hash. */
  hash?: Hex;
  /** Authorizations: the signed tuple, ready for a type-4 transaction's authorizationList. */
  authorization?: EvmSignedAuthorization;
}

// ---- facts ----

/** ERC-20 call facts (`tx.erc20`). */
export interface Erc20Facts {
  kind: 'transfer' | 'transferFrom' | 'approve' | 'increaseAllowance';
  /** The token contract (the transaction's `to`). */
  token: string;
  /** Recipient (transfer, transferFrom). */
  to?: string;
  /** Owner the tokens move from (transferFrom). */
  from?: string;
  /** Approved spender (approve, increaseAllowance). */
  spender?: string;
  /** Raw token units, decimal string. */
  amount: string;
  /** amount >= 2^128, or above the token's registry `maxAmount`. */
  unlimited: boolean;
  symbol?: string;
  decimals?: number;
  /** amount / 10^decimals, when the token is known. */
  amountUnits?: number;
  /**
   * USD upper bound of the amount: amountUnits * price; UNBOUNDED_USD when
   * unlimited or when the token or its price is unknown; 0 for a zero amount.
   * For transfers it moves, for approvals it is the exposure; both count in `tx.valueUsd`.
   */
  valueUsd: number;
}

/** Transaction facts (`tx`). */
export interface TxFacts {
  type: 'legacy' | 'eip2930' | 'eip1559' | 'eip4844' | 'eip7702';
  chainId: number;
  from: string;
  to: string | null;
  value: string;
  valueEth: number;
  nonce: number;
  gas: string;
  maxFeePerGas: string | null;
  maxPriorityFeePerGas: string | null;
  gasPrice: string | null;
  maxFeePerBlobGas: string | null;
  blobCount: number;
  selector: string | null;
  dataSize: number;
  /** The most the transaction can pay in fees, wei: gas x (maxFeePerGas | gasPrice) + blobs x 2^17 x maxFeePerBlobGas. */
  maxFee: string;
  /**
   * Everything the transaction can spend, USD: nativeUsd + feeUsd +
   * transferUsd + approvalUsd. UNBOUNDED_USD (CEL: +infinity) when any part is
   * unlimited or unpriced, so `tx.valueUsd <= X` is false for every finite X.
   */
  valueUsd: number;
  /** `value` in USD. */
  nativeUsd: number;
  /** `maxFee` in USD. */
  feeUsd: number;
  /** ERC-20 transfer/transferFrom amount in USD. */
  transferUsd: number;
  /** Exposure of approve/increaseAllowance in USD; setApprovalForAll(operator, true) is unlimited. */
  approvalUsd: number;
  /** Some approval is unlimited. */
  unlimited: boolean;
  /** False when some part that moves value had no token entry or no price (then valueUsd is unbounded). */
  priced: boolean;
  erc20?: Erc20Facts;
  approvalForAll?: { token: string; operator: string; approved: boolean };
  delegation?: string[];
  /** `${to}:${selector}`, or null without a call (no `to` or under 4 bytes of data). */
  contract: string | null;
}

/** Permit facts (`typedData.permit`). */
export interface PermitFacts {
  /** eip3009: TransferWithAuthorization / ReceiveWithAuthorization (a one-shot transfer, spender = recipient). */
  standard: 'eip2612' | 'permit2' | 'dai' | 'eip3009';
  /** The Permit2 message type, e.g. `PermitSingle`; the primary type otherwise. */
  primaryType: string;
  /** The (first) token. */
  token: string;
  /** Every token the permit covers (one for single permits). */
  tokens: string[];
  /** Who may take the tokens: the spender; EIP-3009: the recipient `to`. */
  spender: string;
  /** EIP-3009: the account the tokens leave. */
  from?: string;
  /** Raw units of the (first) token; DAI: `unlimited` (allowed) or `0` (revoked). */
  amount: string;
  /** Any covered amount unlimited (>= 2^128 or above the registry maxAmount; DAI allowed). */
  unlimited: boolean;
  /** Signature deadline in unix seconds (Permit2 allowances: sigDeadline; DAI: expiry, 0 = none; EIP-3009: validBefore). */
  deadline: string;
  /** EIP-3009 validAfter, unix seconds. */
  validAfter?: string;
  /** Permit2 allowance expiry (PermitSingle/PermitBatch), unix seconds, the earliest. */
  expiration?: string;
  /** USD upper bound summed over tokens; UNBOUNDED_USD when any is unlimited or unpriced. */
  valueUsd: number;
  priced: boolean;
}

/** Typed-data facts (`typedData`). */
export interface TypedDataFacts {
  domain: {
    name: string | null;
    version: string | null;
    chainId: number | null;
    verifyingContract: string | null;
    salt: string | null;
  };
  primaryType: string;
  /** The primary type is one custos values (every permit shape and EIP-3009); false for anything else. */
  known: boolean;
  /** What a signature can spend, USD: `permit.valueUsd`; UNBOUNDED_USD when not known, unlimited or unpriced. */
  valueUsd: number;
  unlimited: boolean;
  /** False when not known, or a token had no entry or price. */
  priced: boolean;
  permit?: PermitFacts;
}

/** Personal message facts (`message`). */
export interface MessageFacts {
  size: number;
  /** The message as text when it is valid, printable UTF-8. */
  text?: string;
  /** The EIP-191 digest that is signed. */
  hash: string;
}

/** Authorization facts (`authorization`). */
export interface AuthorizationFacts {
  chainId: number;
  delegate: string;
  nonce: number;
}

/** The facts of one payload: exactly one key is set. */
export type EvmFacts = { tx: TxFacts } | { message: MessageFacts } | { typedData: TypedDataFacts } | { authorization: AuthorizationFacts };
