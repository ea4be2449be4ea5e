/**
 * The one way an EVM signing request is filed, for `sign.evm` and the
 * JSON-RPC endpoint alike: a Safe account (src/safe/accounts.ts) turns the
 * call into a SafeTx with the Safe's on-chain nonce; any other key signs the
 * payload itself.
 */
import type { ApiContext } from './context.js';
import type { RequestView } from '../requests/view.js';
import type { EvmPayload } from '../chains/evm/types.js';

type Meta = Parameters<ApiContext['requests']['submit']>[2];

export async function submitEvm(ctx: ApiContext, key: string, payload: EvmPayload, meta: Meta, curve?: string): Promise<RequestView> {
  if (!curve && (await ctx.safes.isAccount(key)))
    return ctx.requests.submit(ctx.actor, await ctx.safes.payloadFor(key, payload as unknown as { kind: string } & Record<string, unknown>), meta);
  return ctx.requests.submit(ctx.actor, { type: 'evm', key, ...(curve ? { curve } : {}), payload } as never, meta);
}
