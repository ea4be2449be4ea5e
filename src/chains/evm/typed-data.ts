/**
 * Policy facts for EIP-712 typed data (`payload.typedData`): the domain, the
 * primary type, and for the token authorizations custos recognises a
 * `permit` with what the signature can spend. Recognised by primary type and
 * exact field shape:
 * - EIP-2612 `Permit(owner, spender, value, nonce, deadline)`;
 * - DAI `Permit(holder, spender, nonce, expiry, allowed)`;
 * - Uniswap Permit2 AllowanceTransfer `PermitSingle` / `PermitBatch` (`PermitDetails` with uint160 amounts);
 * - Permit2 SignatureTransfer `PermitTransferFrom` / `PermitBatchTransferFrom`
 *   and their `…Witness…` variants (`TokenPermissions`);
 * - EIP-3009 `TransferWithAuthorization` / `ReceiveWithAuthorization`
 *   (from, to, value, validAfter, validBefore, bytes32 nonce).
 * Anything else is `known: false` and its value is unbounded: custos cannot
 * tell what it authorizes.
 */
import { UNBOUNDED_USD } from '../../policy/facts.js';
import type { EvmContext, PermitFacts, TypedDataFacts } from './types.js';
import { addUsd, tokenAmount } from './valuation.js';

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
  /** Unlimited whatever the amount (DAI's allowed = true). */
  unlimited?: boolean;
}

type PermitBase = Pick<PermitFacts, 'standard' | 'primaryType' | 'spender' | 'deadline'> & Partial<Pick<PermitFacts, 'expiration' | 'from' | 'validAfter'>>;

/** Permit facts from one or more allowances: first token/amount, any-unlimited, USD summed (unbounded if any part is). */
function permitOf(ctx: EvmContext, base: PermitBase, allowances: Allowance[], amountText?: string): PermitFacts | undefined {
  const first = allowances[0];
  if (!first) return undefined;
  let priced = true;
  let unlimited = false;
  const usd: number[] = [];
  for (const a of allowances) {
    const v = tokenAmount(ctx, a.token, a.amount);
    const u = a.unlimited === true || v.unlimited;
    unlimited ||= u;
    priced &&= v.priced;
    usd.push(u ? UNBOUNDED_USD : v.usd);
  }
  return {
    ...base,
    token: first.token,
    tokens: allowances.map((a) => a.token),
    amount: amountText ?? first.amount.toString(),
    unlimited,
    valueUsd: addUsd(...usd),
    priced,
  };
}

const ADDR = 'address';
const U256 = 'uint256';

/** Recognise the permit shapes of the module comment. */
function permitFacts(td: TypedDataInput, ctx: EvmContext): PermitFacts | undefined {
  const { types, primaryType: pt, message: m, domain } = td;
  const vc = typeof domain.verifyingContract === 'string' ? domain.verifyingContract.toLowerCase() : undefined;

  if (pt === 'Permit' && vc) {
    if (hasShape(types, pt, { owner: ADDR, spender: ADDR, value: U256, nonce: U256, deadline: U256 })) {
      const base = { standard: 'eip2612', primaryType: pt, spender: lower(m.spender), deadline: big(m.deadline).toString() } as const;
      return permitOf(ctx, base, [{ token: vc, amount: big(m.value) }]);
    }
    if (hasShape(types, pt, { holder: ADDR, spender: ADDR, nonce: U256, expiry: U256, allowed: 'bool' })) {
      const allowed = m.allowed === true;
      const base = { standard: 'dai', primaryType: pt, spender: lower(m.spender), deadline: big(m.expiry).toString() } as const;
      // DAI's allowed=true sets the allowance to 2^256-1; false revokes it.
      return permitOf(ctx, base, [{ token: vc, amount: allowed ? 2n ** 256n - 1n : 0n, unlimited: allowed }], allowed ? 'unlimited' : '0');
    }
  }

  // EIP-3009: a signed one-shot transfer of `value` from `from` to `to`, valid in (validAfter, validBefore).
  if ((pt === 'TransferWithAuthorization' || pt === 'ReceiveWithAuthorization') && vc) {
    if (!hasShape(types, pt, { from: ADDR, to: ADDR, value: U256, validAfter: U256, validBefore: U256, nonce: 'bytes32' })) return undefined;
    const base = {
      standard: 'eip3009',
      primaryType: pt,
      spender: lower(m.to),
      from: lower(m.from),
      deadline: big(m.validBefore).toString(),
      validAfter: big(m.validAfter).toString(),
    } as const;
    return permitOf(ctx, base, [{ token: vc, amount: big(m.value) }]);
  }

  // Permit2 AllowanceTransfer: PermitSingle { details: PermitDetails, spender, sigDeadline } / PermitBatch (details[]).
  if (
    (pt === 'PermitSingle' || pt === 'PermitBatch') &&
    hasShape(types, pt, { details: pt === 'PermitSingle' ? 'PermitDetails' : 'PermitDetails[]', spender: ADDR, sigDeadline: U256 })
  ) {
    if (!hasShape(types, 'PermitDetails', { token: ADDR, amount: 'uint160', expiration: 'uint48', nonce: 'uint48' })) return undefined;
    const details = (pt === 'PermitSingle' ? [m.details] : (m.details as unknown[])) as Struct[];
    const expirations = details.map((d) => big(d.expiration));
    const expiration = expirations.reduce((a, b) => (b < a ? b : a), expirations[0] ?? 0n);
    const base = {
      standard: 'permit2',
      primaryType: pt,
      spender: lower(m.spender),
      deadline: big(m.sigDeadline).toString(),
      expiration: expiration.toString(),
    } as const;
    return permitOf(
      ctx,
      base,
      details.map((d) => ({ token: lower(d.token), amount: big(d.amount) })),
    );
  }

  // Permit2 SignatureTransfer: Permit(Batch)(Witness)TransferFrom { permitted: TokenPermissions(|[]), spender, nonce, deadline, [witness] }.
  if (/^Permit(Batch)?(Witness)?TransferFrom$/.test(pt)) {
    const permittedType = fieldType(types, pt, 'permitted');
    const batch = permittedType === 'TokenPermissions[]';
    if (permittedType !== 'TokenPermissions' && !batch) return undefined;
    const witness = pt.includes('Witness');
    if (!hasShape(types, pt, { permitted: permittedType, spender: ADDR, nonce: U256, deadline: U256 }, witness)) return undefined;
    if (witness && (types[pt]?.length ?? 0) !== 5) return undefined;
    if (!hasShape(types, 'TokenPermissions', { token: ADDR, amount: U256 })) return undefined;
    const permitted = (batch ? m.permitted : [m.permitted]) as Struct[];
    const base = { standard: 'permit2', primaryType: pt, spender: lower(m.spender), deadline: big(m.deadline).toString() } as const;
    return permitOf(
      ctx,
      base,
      permitted.map((p) => ({ token: lower(p.token), amount: big(p.amount) })),
    );
  }
  return undefined;
}

/**
 * Typed-data facts (`typedData.*`): the domain, the primary type, whether it
 * is a known authorization, what it can spend (`valueUsd`, unbounded when
 * unknown, unlimited or unpriced) and, when known, `permit`.
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
    known: permit !== undefined,
    valueUsd: permit ? permit.valueUsd : UNBOUNDED_USD,
    unlimited: permit?.unlimited ?? false,
    priced: permit?.priced ?? false,
    ...(permit ? { permit } : {}),
  };
}
