/**
 * Solana transaction payloads: the pure half of signing. `prepareSolana` decodes a
 * legacy or v0 transaction message, checks that the key is one of its required
 * signers and returns the exact bytes the ed25519 key signs plus the facts a policy
 * sees (`payload.sol`); `assembleSolana` verifies the keystore's signature and places
 * it in the wire transaction at the signer's index. No I/O, no key material.
 *
 * Decoding comes from @solana/kit (message and wire-transaction codecs, compute-budget
 * readers); instruction identification and parsing from @solana-program/system and
 * @solana-program/token. Decoded instructions:
 * - System `TransferSol` -> `system.transfer`;
 * - SPL Token (Tokenkeg) `Transfer` / `TransferChecked` -> `token.transfer` / `token.transferChecked`;
 * - ComputeBudget `SetComputeUnitLimit` / `SetComputeUnitPrice` -> `computeBudget.*` (they bound the priority fee).
 * Everything else (other programs, Token-2022, other System/Token instructions, data of an
 * unexpected length) is `unknown` with `parsed: false` and counted in `unparsed`. An
 * instruction whose accounts come from a v0 address lookup table cannot be resolved
 * without chain state: it keeps its kind but is `parsed: false` and also counted.
 * A policy that wants every instruction understood checks `payload.sol.unparsed == 0`.
 */
import { base58, base64 } from '@scure/base';
import {
  AccountRole,
  getCompiledTransactionMessageDecoder,
  getTransactionDecoder,
  getTransactionEncoder,
  getTransactionMessageComputeUnitLimit,
  getTransactionMessageComputeUnitPrice,
  isAddress,
  type AccountMeta,
  type Address,
  type CompiledTransactionMessage,
  type Instruction,
  type SignatureBytes,
  type Transaction,
  type TransactionMessage,
} from '@solana/kit';
import {
  SYSTEM_PROGRAM_ADDRESS,
  SystemInstruction,
  getTransferSolInstructionDataDecoder,
  identifySystemInstruction,
  parseTransferSolInstruction,
} from '@solana-program/system';
import {
  TOKEN_PROGRAM_ADDRESS,
  TokenInstruction,
  getTransferCheckedInstructionDataDecoder,
  getTransferInstructionDataDecoder,
  identifyTokenInstruction,
  parseTransferCheckedInstruction,
  parseTransferInstruction,
} from '@solana-program/token';
import { CustosError, badInput } from '../../errors.js';
import { verify as ed25519Verify } from '../../crypto/ed25519.js';

export interface SolanaContext {
  /** The signing key's base58 address (its ed25519 public key). */
  signer: string;
}

/** Exactly one of `message` (base64 serialized transaction message) or `transaction` (base64 wire transaction). */
export interface SolanaInput {
  message?: string;
  transaction?: string;
}

export type SolInstructionKind =
  'system.transfer' | 'token.transfer' | 'token.transferChecked' | 'computeBudget.setComputeUnitLimit' | 'computeBudget.setComputeUnitPrice' | 'unknown';

export interface SolInstructionFacts {
  programId: string;
  kind: SolInstructionKind;
  /** Decoded and accounted for in `transfers` / compute-budget facts. */
  parsed: boolean;
}

export interface SolTransferFacts {
  program: 'system' | 'token';
  /** System: the paying account. Token: the source token account. */
  from?: string;
  /** System: the receiving account. Token: the destination token account (not its owner). */
  to: string;
  /** Decimal string: lamports (system) or raw token units (token). */
  amount: string;
  /** token.transferChecked only. */
  mint?: string;
  decimals?: number;
}

/** `payload.sol` as a policy sees it. */
export interface SolFacts {
  version: 'legacy' | 0;
  feePayer: string;
  /** Required signers, in signature order. */
  signers: string[];
  /** The message's lifetime token: a recent blockhash, or the nonce value for durable-nonce transactions. */
  recentBlockhash: string;
  instructions: SolInstructionFacts[];
  transfers: SolTransferFacts[];
  /** Sum of all decoded System transfers, in lamports. */
  totalLamports: string;
  /** Instructions with `parsed: false`. */
  unparsed: number;
  /** SetComputeUnitLimit value, when present. */
  computeUnitLimit?: number;
  /** SetComputeUnitPrice value (micro-lamports per CU), when present, as a decimal string. */
  computeUnitPriceMicroLamports?: string;
  /** Upper bound of the priority fee: ceil(price × (limit ?? 1,400,000) / 10^6) lamports; "0" without a price. */
  maxPriorityFeeLamports: string;
}

export interface PreparedSolana {
  /** The exact bytes the ed25519 key signs (the serialized transaction message). */
  message: Uint8Array;
  facts: { sol: SolFacts };
}

/** MAX_COMPUTE_UNIT_LIMIT of the Solana runtime (also @solana/kit's). */
const MAX_COMPUTE_UNIT_LIMIT = 1_400_000n;
const COMPUTE_BUDGET_PROGRAM = 'ComputeBudget111111111111111111111111111111';

interface Decoded {
  message: Uint8Array;
  compiled: CompiledTransactionMessage & { lifetimeToken: string; version: 'legacy' | 0 };
  /** The decoded wire transaction, when the input was one. */
  transaction?: Transaction;
  signers: Address[];
}

function decodeBase64(s: unknown, field: string): Uint8Array {
  if (typeof s !== 'string' || s.length === 0) throw badInput(`${field}: expected a base64 string`, { field });
  try {
    return base64.decode(s.trim());
  } catch {
    throw badInput(`${field}: not valid base64`, { field });
  }
}

/** Decode a whole transaction message (no trailing bytes) and check its header and account table. */
function decodeMessage(bytes: Uint8Array, field: string): Decoded['compiled'] {
  let compiled: CompiledTransactionMessage & { lifetimeToken: string };
  try {
    const [value, end] = getCompiledTransactionMessageDecoder().read(bytes, 0);
    if (end !== bytes.length) throw new Error('trailing bytes');
    compiled = value;
  } catch (e) {
    throw badInput(`${field}: not a valid Solana transaction message`, { field }, { cause: e });
  }
  if (compiled.version !== 'legacy' && compiled.version !== 0) {
    throw new CustosError('E_UNSUPPORTED', `${field}: transaction version ${String(compiled.version)} not supported (legacy or 0)`, { field });
  }
  const { header, staticAccounts } = compiled;
  const bad = (why: string) => badInput(`${field}: ${why}`, { field });
  if (header.numSignerAccounts < 1 || header.numSignerAccounts > staticAccounts.length) throw bad('bad signer count');
  if (header.numReadonlySignerAccounts >= header.numSignerAccounts) throw bad('fee payer must be a writable signer');
  if (header.numReadonlyNonSignerAccounts > staticAccounts.length - header.numSignerAccounts) throw bad('bad read-only account count');
  if (new Set(staticAccounts).size !== staticAccounts.length) throw bad('duplicate account keys');
  return compiled as Decoded['compiled'];
}

function decode(input: SolanaInput): Decoded {
  if (!input || typeof input !== 'object') throw badInput('expected { message } or { transaction }', { field: 'message' });
  const hasMessage = input.message !== undefined;
  const hasTx = input.transaction !== undefined;
  if (hasMessage === hasTx) throw badInput('give exactly one of message or transaction', { field: hasMessage ? 'transaction' : 'message' });
  let message: Uint8Array;
  let transaction: Transaction | undefined;
  const field = hasTx ? 'transaction' : 'message';
  if (hasTx) {
    const bytes = decodeBase64(input.transaction, field);
    try {
      transaction = getTransactionDecoder().decode(bytes);
    } catch (e) {
      throw badInput('transaction: not a valid Solana wire transaction', { field }, { cause: e });
    }
    message = Uint8Array.from(transaction.messageBytes);
  } else {
    message = decodeBase64(input.message, field);
  }
  const compiled = decodeMessage(message, field);
  const signers = compiled.staticAccounts.slice(0, compiled.header.numSignerAccounts);
  return transaction ? { message, compiled, transaction, signers } : { message, compiled, signers };
}

/** Role of static account i from the message header (Solana message format: signers first, writable before read-only). */
function staticRole(c: Decoded['compiled'], i: number): AccountRole {
  const { numSignerAccounts: s, numReadonlySignerAccounts: rs, numReadonlyNonSignerAccounts: rn } = c.header;
  if (i < s - rs) return AccountRole.WRITABLE_SIGNER;
  if (i < s) return AccountRole.READONLY_SIGNER;
  if (i < c.staticAccounts.length - rn) return AccountRole.WRITABLE;
  return AccountRole.READONLY;
}

type Ix = Instruction & { accounts: readonly AccountMeta[]; data: Uint8Array };

interface IxResult {
  kind: SolInstructionKind;
  parsed: boolean;
  transfer?: SolTransferFacts;
  computeUnitLimit?: number;
  computeUnitPrice?: bigint;
}

/** Identify the instruction from its program and data; decode accounts when they are all static. */
function describeInstruction(programId: Address, data: Uint8Array, accounts: AccountMeta[] | undefined): IxResult {
  const unknown: IxResult = { kind: 'unknown', parsed: false };
  const ix = (): Ix => ({ programAddress: programId, accounts: accounts!, data });
  if (programId === COMPUTE_BUDGET_PROGRAM) {
    // kit reads compute-budget values from a message's instructions; give it just this one.
    const one: TransactionMessage = { version: 'legacy', instructions: [{ programAddress: programId, accounts: [], data }] };
    const limit = getTransactionMessageComputeUnitLimit(one);
    if (limit !== undefined) return { kind: 'computeBudget.setComputeUnitLimit', parsed: true, computeUnitLimit: limit };
    const price = getTransactionMessageComputeUnitPrice(one);
    if (price !== undefined) return { kind: 'computeBudget.setComputeUnitPrice', parsed: true, computeUnitPrice: price };
    return unknown;
  }
  try {
    if (programId === SYSTEM_PROGRAM_ADDRESS) {
      if (identifySystemInstruction(data) !== SystemInstruction.TransferSol) return unknown;
      if (data.length !== getTransferSolInstructionDataDecoder().fixedSize) return unknown;
      if (!accounts) return { kind: 'system.transfer', parsed: false };
      const p = parseTransferSolInstruction(ix());
      return {
        kind: 'system.transfer',
        parsed: true,
        transfer: { program: 'system', from: p.accounts.source.address, to: p.accounts.destination.address, amount: p.data.amount.toString() },
      };
    }
    if (programId === TOKEN_PROGRAM_ADDRESS) {
      const which = identifyTokenInstruction(data);
      if (which === TokenInstruction.Transfer) {
        if (data.length !== getTransferInstructionDataDecoder().fixedSize) return unknown;
        if (!accounts) return { kind: 'token.transfer', parsed: false };
        const p = parseTransferInstruction(ix());
        return {
          kind: 'token.transfer',
          parsed: true,
          transfer: { program: 'token', from: p.accounts.source.address, to: p.accounts.destination.address, amount: p.data.amount.toString() },
        };
      }
      if (which === TokenInstruction.TransferChecked) {
        if (data.length !== getTransferCheckedInstructionDataDecoder().fixedSize) return unknown;
        if (!accounts) return { kind: 'token.transferChecked', parsed: false };
        const p = parseTransferCheckedInstruction(ix());
        return {
          kind: 'token.transferChecked',
          parsed: true,
          transfer: {
            program: 'token',
            from: p.accounts.source.address,
            to: p.accounts.destination.address,
            amount: p.data.amount.toString(),
            mint: p.accounts.mint.address,
            decimals: p.data.decimals,
          },
        };
      }
    }
  } catch {
    // unknown discriminator, too few accounts: not one we account for
  }
  return unknown;
}

function buildFacts(d: Decoded): SolFacts {
  const c = d.compiled;
  const lookups = c.version === 0 ? (c.addressTableLookups ?? []) : [];
  const totalAccounts = c.staticAccounts.length + lookups.reduce((n, l) => n + l.writableIndexes.length + l.readonlyIndexes.length, 0);
  const instructions: SolInstructionFacts[] = [];
  const transfers: SolTransferFacts[] = [];
  let totalLamports = 0n;
  let unparsed = 0;
  let computeUnitLimit: number | undefined;
  let computeUnitPrice: bigint | undefined;
  c.instructions.forEach((ci, n) => {
    const field = `message.instructions[${n}]`;
    // Program ids are always static accounts (a lookup table cannot supply them).
    const programId = c.staticAccounts[ci.programAddressIndex];
    if (programId === undefined) throw badInput(`${field}: program index out of range`, { field });
    const indices = ci.accountIndices ?? [];
    if (indices.some((k) => k >= totalAccounts)) throw badInput(`${field}: account index out of range`, { field });
    const resolvable = indices.every((k) => k < c.staticAccounts.length);
    const accounts = resolvable ? indices.map((k): AccountMeta => ({ address: c.staticAccounts[k]!, role: staticRole(c, k) })) : undefined;
    const r = describeInstruction(programId, Uint8Array.from(ci.data ?? []), accounts);
    instructions.push({ programId, kind: r.kind, parsed: r.parsed });
    if (!r.parsed) unparsed++;
    if (r.transfer) {
      transfers.push(r.transfer);
      if (r.transfer.program === 'system') totalLamports += BigInt(r.transfer.amount);
    }
    computeUnitLimit ??= r.computeUnitLimit;
    computeUnitPrice ??= r.computeUnitPrice;
  });
  const limit = computeUnitLimit === undefined ? MAX_COMPUTE_UNIT_LIMIT : BigInt(computeUnitLimit);
  const price = computeUnitPrice ?? 0n;
  const facts: SolFacts = {
    version: c.version,
    feePayer: c.staticAccounts[0]!,
    signers: [...d.signers],
    recentBlockhash: c.lifetimeToken,
    instructions,
    transfers,
    totalLamports: totalLamports.toString(),
    unparsed,
    maxPriorityFeeLamports: ((price * limit + 999_999n) / 1_000_000n).toString(),
  };
  if (computeUnitLimit !== undefined) facts.computeUnitLimit = computeUnitLimit;
  if (computeUnitPrice !== undefined) facts.computeUnitPriceMicroLamports = computeUnitPrice.toString();
  return facts;
}

function signerIndex(d: Decoded, ctx: SolanaContext): number {
  if (!ctx || typeof ctx.signer !== 'string' || !isAddress(ctx.signer)) {
    throw badInput('signer: expected a base58 Solana address', { field: 'signer' });
  }
  const i = d.signers.indexOf(ctx.signer);
  if (i < 0) throw badInput('signer: not a required signer of this message', { field: 'signer' });
  return i;
}

/**
 * Decode a Solana message or wire transaction, check that `ctx.signer` must sign it,
 * and return the bytes to sign with facts for policy (`payload.sol`).
 * @example
 *   const { message, facts } = prepareSolana({ transaction: wireBase64 }, { signer: 'Fh3f…' });
 *   facts.sol.unparsed // 0 when every instruction was decoded
 */
export function prepareSolana(input: SolanaInput, ctx: SolanaContext): PreparedSolana {
  const d = decode(input);
  const facts = buildFacts(d);
  signerIndex(d, ctx);
  return { message: d.message, facts: { sol: facts } };
}

/**
 * Verify the keystore's Ed25519 signature over the message (E_BAD_SIGNATURE if it does
 * not verify under `ctx.signer`) and return it base58-encoded together with the base64
 * wire transaction carrying it at the signer's index. Signatures already in a given
 * transaction are kept; for a bare message the other signers' slots are zero-filled.
 * @example
 *   const { signature, transaction } = assembleSolana({ message: m }, sign(seed, prepared.message), ctx);
 */
export function assembleSolana(input: SolanaInput, signature64: Uint8Array, ctx: SolanaContext): { signature: string; transaction?: string } {
  const d = decode(input);
  buildFacts(d); // same structural checks as prepareSolana
  signerIndex(d, ctx);
  if (!(signature64 instanceof Uint8Array) || signature64.length !== 64) {
    throw badInput('signature: expected 64 bytes', { field: 'signature' });
  }
  if (!ed25519Verify(base58.decode(ctx.signer), d.message, signature64)) {
    throw new CustosError('E_BAD_SIGNATURE', 'signature: does not verify for the signer over this message', { field: 'signature' });
  }
  // Keys in signer order (as getTransactionDecoder builds them); the encoder writes Object.values in order.
  const signatures: Record<Address, SignatureBytes | null> = {};
  for (const s of d.signers) signatures[s] = d.transaction?.signatures[s] ?? null;
  signatures[ctx.signer as Address] = Uint8Array.from(signature64) as SignatureBytes;
  const wire = getTransactionEncoder().encode({ messageBytes: d.transaction?.messageBytes ?? d.message, signatures } as Transaction);
  return { signature: base58.encode(signature64), transaction: base64.encode(Uint8Array.from(wire)) };
}
