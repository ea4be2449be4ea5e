/**
 * Shared by the viem and ethers adapters: submit an EVM payload to custos and
 * return its signed result, or wait for approvals/delays (when asked), or
 * throw a CustosPendingError carrying the request id.
 */
import { CustosError, type ErrorCode } from '../errors.js';
import type { EvmPayload } from '../chains/evm/types.js';
import type { CustosClient } from './client.js';

export interface WaitOptions {
  /** Poll a pending request until it is final, at most this long (ms). Without it a pending request throws. */
  timeoutMs: number;
  intervalMs?: number;
}

export class CustosPendingError extends CustosError {
  constructor(
    readonly requestId: string,
    readonly view: unknown,
  ) {
    super('E_REQUEST_FINISHED', `custos request ${requestId} is waiting for approval or its delay`, { requestId });
    this.name = 'CustosPendingError';
  }
}

/** JSON for payloads that may hold bigints (typed-data values): bigints become decimal strings. */
export function jsonSafe<T>(v: T): T {
  return JSON.parse(JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x))) as T;
}

/** A signed EVM request's result (src/chains/evm/prepare.ts `assembleEvm`): which fields depends on the payload kind. */
export interface EvmSignOutput {
  signature: string;
  /** Transactions: the signed transaction and its hash. */
  serializedTransaction?: string;
  hash?: string;
  /** EIP-7702 authorizations: the signed authorization. */
  authorization?: Record<string, unknown>;
}

export async function signWithCustos(client: CustosClient, key: string, payload: EvmPayload, wait?: WaitOptions): Promise<EvmSignOutput> {
  let v = await client.call('sign.evm', { key, payload: jsonSafe(payload) });
  const deadline = Date.now() + (wait?.timeoutMs ?? 0);
  while ((v.status === 'pending' || v.status === 'approved') && wait && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, wait.intervalMs ?? 1000));
    v = await client.call('request.show', { id: v.id });
  }
  if (v.status === 'signed') return v.result as unknown as EvmSignOutput; // a signed request's view carries its result
  if (v.status === 'pending' || v.status === 'approved') throw new CustosPendingError(v.id, v);
  throw new CustosError((v.error?.code as ErrorCode | undefined) ?? 'E_BAD_INPUT', `custos ${v.status} the request ${v.id}: ${v.error?.message ?? v.reason}`, { requestId: v.id, status: v.status, rule: v.rule });
}
