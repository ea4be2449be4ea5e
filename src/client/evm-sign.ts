/**
 * Shared by the viem and ethers adapters: submit an EVM payload to custos and
 * return its signed result, or wait for approvals/delays (when asked), or
 * throw a CustosPendingError (still waiting) or CustosDeniedError (denied,
 * rejected, cancelled, expired) carrying the request id.
 */
import { CustosError, isErrorCode } from '../errors.js';
import { CustosDeniedError, CustosPendingError } from './errors.js';
import type { EvmPayload } from '../chains/evm/types.js';
import type { CustosClient } from './client.js';

export interface WaitOptions {
  /** Poll a pending request until it is final, at most this long (ms). Without it a pending request throws. */
  timeoutMs: number;
  intervalMs?: number;
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
  const status = v.status;
  if (status === 'pending' || status === 'approved') throw new CustosPendingError({ ...v, status });
  if (status === 'denied' || status === 'rejected' || status === 'cancelled' || status === 'expired') throw new CustosDeniedError({ ...v, status });
  // failed: signing itself failed (a party refused, an invalid share): the server's code
  const code = v.error?.code !== undefined && isErrorCode(v.error.code) ? v.error.code : 'E_INTERNAL';
  throw new CustosError(code, `custos request ${v.id} ${status}: ${v.error?.message ?? v.reason}`, { requestId: v.id, status, rule: v.rule });
}
