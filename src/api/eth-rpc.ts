/**
 * The Ethereum JSON-RPC remote signer at /v1/eth/rpc: what viem, ethers and
 * Foundry already speak. Signing methods become custos signing requests
 * (policy, approvals, audit); eth_sendTransaction fills nonce, gas and fees
 * from the configured upstream node and broadcasts; the read-only methods a
 * wallet needs (and eth_sendRawTransaction) are proxied to the upstream, any
 * other method is -32601 (the set is `serve --eth-rpc-forward`). A request
 * waiting for approval answers with a JSON-RPC error carrying its request id.
 * eth_accounts lists the keys an agent is given (key tag `eth.accounts`).
 */
import { badInput, isCustosError, toCustosError } from '../errors.js';
import { fromHex } from '../crypto/bytes.js';
import { checksumAddress, ethereumAddress } from '../crypto/addresses.js';
import { isSafeKey } from '../requests/plans-safe.js';
import { auditActor } from '../access/actor.js';
import { submitEvm } from './sign-evm.js';
import { DEFAULT_RPC_FORWARD } from '../chains/config.js';
import { EVM_ADDRESS_RE } from '../validate.js';
import type { ApiContext } from './context.js';
import type { RequestView } from '../requests/view.js';
import type { EvmPayload, EvmTransactionRequest, Hex } from '../chains/evm/types.js';

export interface RpcRequest {
  jsonrpc: '2.0';
  id?: string | number | null;
  method: string;
  params?: unknown[];
}

type RpcResponse = { jsonrpc: '2.0'; id: string | number | null } & ({ result: unknown } | { error: { code: number; message: string; data?: unknown } });

/** JSON-RPC error codes custos uses (EIP-1193 4001 for a policy refusal). */
export const RPC = { denied: 4001, pending: -32050, invalidParams: -32602, notFound: -32601, internal: -32603, unavailable: -32010 } as const;

class RpcError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data?: unknown,
  ) {
    super(message);
  }
}

async function upstream(ctx: ApiContext, method: string, params: unknown[]): Promise<unknown> {
  const url = ctx.chains.eth.upstream;
  if (!url) throw new RpcError(RPC.notFound, `${method}: no upstream Ethereum node is configured (serve --eth-rpc URL)`);
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
      signal: AbortSignal.timeout(15_000),
    });
  } catch {
    throw new RpcError(RPC.unavailable, `the upstream Ethereum node did not answer ${method}`);
  }
  const body = (await res.json().catch(() => null)) as { result?: unknown; error?: { code: number; message: string; data?: unknown } } | null;
  if (!body) throw new RpcError(RPC.unavailable, `the upstream Ethereum node sent no JSON for ${method}`);
  if (body.error) throw new RpcError(body.error.code, body.error.message, body.error.data);
  return body.result;
}

/** Active secp256k1 keys by lowercase Ethereum address (with the checksummed address and the key's tags). */
async function accounts(ctx: ApiContext): Promise<Map<string, { key: string; address: string; tags: Record<string, string> }>> {
  const out = new Map<string, { key: string; address: string; tags: Record<string, string> }>();
  for (const k of await ctx.keys.list()) {
    if (k.algorithm !== 'secp256k1' || k.state !== 'active' || !k.publicKey) continue;
    // A Safe account's "public key" is its 20-byte address (src/safe/accounts.ts).
    const address = isSafeKey(k) ? checksumAddress(fromHex(k.publicKey)) : ethereumAddress(fromHex(k.publicKey));
    out.set(address.toLowerCase(), { key: k.name, address, tags: k.tags });
  }
  return out;
}

/**
 * Whether eth_accounts shows a key to the caller. Roles that may list keys
 * anyway (admin, operator, approver, auditor) see every account; an agent sees
 * only keys whose `eth.accounts` tag names it (comma-separated principal
 * names, or `*`), so a stolen agent token does not learn the cold keys.
 * Signing by address is unaffected: policy decides that.
 */
export function listedTo(actor: { name: string; role: string }, tags: Record<string, string>): boolean {
  if (actor.role !== 'agent') return true;
  const names = (tags['eth.accounts'] ?? '').split(',').map((s) => s.trim());
  return names.includes('*') || names.includes(actor.name);
}

async function keyFor(ctx: ApiContext, address: unknown, field: string): Promise<string> {
  if (typeof address !== 'string' || !EVM_ADDRESS_RE.test(address)) throw badInput(`${field}: expected an address`, { field });
  const found = await ctx.keys.nameForAddress(address);
  if (!found) throw new RpcError(RPC.invalidParams, `custos holds no active key for ${address}`);
  return found;
}

async function chainId(ctx: ApiContext): Promise<number> {
  if (ctx.chains.eth.chainId !== undefined) return ctx.chains.eth.chainId;
  return Number(BigInt((await upstream(ctx, 'eth_chainId', [])) as string));
}

/** Submit under policy; a pending or denied outcome becomes a JSON-RPC error. */
async function signEvm(ctx: ApiContext, key: string, payload: EvmPayload): Promise<Record<string, unknown>> {
  const v: RequestView = await submitEvm(ctx, key, payload, {});
  if (v.status === 'signed') return v.result ?? {};
  if (v.status === 'pending' || v.status === 'approved') {
    throw new RpcError(RPC.pending, `custos request ${v.id} is ${v.status}: it waits for ${v.waitingFor?.approvals ? 'approvals' : 'its delay'}`, {
      requestId: v.id,
      status: v.status,
      waitingFor: v.waitingFor,
      rule: v.rule,
    });
  }
  throw new RpcError(RPC.denied, `${v.status} by custos policy: ${v.error?.message ?? v.reason}`, { requestId: v.id, status: v.status, rule: v.rule });
}

function txParam(p: unknown): EvmTransactionRequest & { from?: string } {
  if (!p || typeof p !== 'object' || Array.isArray(p)) throw badInput('transaction: expected an object', { field: 'transaction' });
  return p as EvmTransactionRequest & { from?: string };
}

/** Fill what eth_sendTransaction leaves to the node: chain id, nonce, gas and EIP-1559 fees. */
async function fill(ctx: ApiContext, tx: EvmTransactionRequest & { from: string }): Promise<EvmTransactionRequest> {
  const out: Record<string, unknown> = { ...tx };
  out.chainId ??= `0x${(await chainId(ctx)).toString(16)}`;
  out.nonce ??= await upstream(ctx, 'eth_getTransactionCount', [tx.from, 'pending']);
  if (out.gas === undefined && out.gasLimit === undefined) {
    const { gasPrice: _g, maxFeePerGas: _m, maxPriorityFeePerGas: _p, ...est } = out;
    out.gas = await upstream(ctx, 'eth_estimateGas', [est]);
  }
  if (out.gasPrice === undefined && out.maxFeePerGas === undefined) {
    const block = (await upstream(ctx, 'eth_getBlockByNumber', ['latest', false])) as { baseFeePerGas?: string };
    const tip = BigInt((await upstream(ctx, 'eth_maxPriorityFeePerGas', []).catch(() => '0x3b9aca00')) as string);
    if (block.baseFeePerGas) {
      out.type ??= '0x2';
      out.maxPriorityFeePerGas = `0x${tip.toString(16)}`;
      out.maxFeePerGas = `0x${(BigInt(block.baseFeePerGas) * 2n + tip).toString(16)}`;
    } else {
      out.gasPrice = await upstream(ctx, 'eth_gasPrice', []);
    }
  }
  return out as unknown as EvmTransactionRequest;
}

async function dispatch(ctx: ApiContext, method: string, params: unknown[]): Promise<unknown> {
  switch (method) {
    case 'eth_accounts':
    case 'eth_requestAccounts':
      return [...(await accounts(ctx)).values()].filter((a) => listedTo(ctx.actor, a.tags)).map((a) => a.address);
    case 'eth_chainId':
      return `0x${(await chainId(ctx)).toString(16)}`;
    case 'personal_sign':
      return (await signEvm(ctx, await keyFor(ctx, params[1], 'params[1]'), { kind: 'evm.personalMessage', message: params[0] as Hex })).signature;
    case 'eth_sign':
      return (await signEvm(ctx, await keyFor(ctx, params[0], 'params[0]'), { kind: 'evm.personalMessage', message: params[1] as Hex })).signature;
    case 'eth_signTypedData_v4': {
      const raw = params[1];
      let typedData: unknown = raw;
      if (typeof raw === 'string') {
        try {
          typedData = JSON.parse(raw);
        } catch {
          throw new RpcError(RPC.invalidParams, 'typed data is not valid JSON');
        }
      }
      return (await signEvm(ctx, await keyFor(ctx, params[0], 'params[0]'), { kind: 'evm.typedData', typedData })).signature;
    }
    case 'eth_signTransaction': {
      const tx = txParam(params[0]);
      const key = await keyFor(ctx, tx.from, 'transaction.from');
      if (await ctx.safes.isAccount(key))
        throw new RpcError(RPC.invalidParams, `${tx.from} is a Safe account: its calls are SafeTxs its owners sign; send them with eth_sendTransaction`);
      const filled = tx.chainId === undefined ? { ...tx, chainId: `0x${(await chainId(ctx)).toString(16)}` } : tx;
      return (await signEvm(ctx, key, { kind: 'evm.transaction', transaction: filled as EvmTransactionRequest })).serializedTransaction;
    }
    case 'eth_sendTransaction': {
      const tx = txParam(params[0]);
      const key = await keyFor(ctx, tx.from, 'transaction.from');
      if (await ctx.safes.isAccount(key)) {
        // A call from a Safe: its owners sign the SafeTx (each party under its own policy), the executor sends execTransaction.
        const signed = await signEvm(ctx, key, { kind: 'evm.transaction', transaction: tx });
        return (await ctx.safes.execute(key, signed.execTransaction as { to: string; data: string }, auditActor(ctx.actor))).txHash;
      }
      const signed = await signEvm(ctx, key, { kind: 'evm.transaction', transaction: await fill(ctx, tx as EvmTransactionRequest & { from: string }) });
      return upstream(ctx, 'eth_sendRawTransaction', [signed.serializedTransaction]);
    }
    default:
      if (!(ctx.chains.eth.forward ?? new Set(DEFAULT_RPC_FORWARD)).has(method))
        throw new RpcError(RPC.notFound, `${method.slice(0, 64)} is not available through custos (see serve --eth-rpc-forward)`);
      return upstream(ctx, method, params);
  }
}

function rpcError(e: unknown): { code: number; message: string; data?: unknown } {
  if (e instanceof RpcError) return { code: e.code, message: e.message, ...(e.data !== undefined ? { data: e.data } : {}) };
  const c = toCustosError(e);
  const code =
    c.code === 'E_BAD_INPUT' || c.code === 'E_UNSUPPORTED' || c.code === 'E_KEY_NOT_FOUND'
      ? RPC.invalidParams
      : c.code === 'E_INTERNAL'
        ? RPC.internal
        : -32000;
  // data carries the same stable code (and the field, for input errors) as sign.evm answers for the same payload
  const field = typeof c.details?.field === 'string' ? { field: c.details.field } : {};
  return { code, message: c.code === 'E_INTERNAL' ? 'internal error' : c.message, data: { code: c.code, ...field } };
}

export async function ethRpc(ctx: ApiContext, req: RpcRequest): Promise<RpcResponse> {
  const id = req.id ?? null;
  try {
    const params = req.params ?? [];
    if (!Array.isArray(params)) throw new RpcError(RPC.invalidParams, 'params must be an array');
    return { jsonrpc: '2.0', id, result: await dispatch(ctx, req.method, params) };
  } catch (e) {
    if (isCustosError(e, 'E_SEALED')) throw e; // a sealed custos is an HTTP-level 503, not a JSON-RPC answer
    return { jsonrpc: '2.0', id, error: rpcError(e) };
  }
}
