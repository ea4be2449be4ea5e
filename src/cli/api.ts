/**
 * How a CLI command reaches custos: in-process on the local instance
 * (`--data`, unsealing for the command's own duration) or over HTTP to a
 * running server (`--server`/CUSTOS_ADDR with `--credential`/CUSTOS_CREDENTIAL),
 * through the same contract operations either way.
 */
import { resolve } from 'node:path';
import { CustosError } from '../errors.js';
import { localActor } from '../access/actor.js';
import { readCredentialFile } from '../auth/credential.js';
import type { CustosClient } from '../client/client.js';
import { OPERATIONS, type Operation, type OperationInput, type OperationName, type OperationOutput } from '../api/contract.js';
import { str, type Invocation } from './command.js';
import { withInstance } from './context.js';
import type { Handler } from '../api/handlers.js';
import type { BatchProgress } from '../keystore/import-batch.js';

// The client and the in-process handlers are loaded on first use: a CLI run needs one or the other.
const loadClient = () => import('../client/client.js');
const loadLocal = () => Promise.all([import('../api/handlers.js'), import('../api/services.js')]);

/**
 * The server a command talks to, or undefined for local mode. An explicit flag
 * always wins over the environment: `--data DIR` or `--store URL` is local even
 * with CUSTOS_ADDR set (parseInvocation refuses --server with either).
 */
export function serverOf(inv: Invocation): string | undefined {
  const flagged = str(inv.values, 'server');
  if (flagged !== undefined) return flagged;
  if (str(inv.values, 'data') !== undefined || str(inv.values, 'store') !== undefined) return undefined;
  return inv.io.env.CUSTOS_ADDR || undefined;
}

export async function clientFor(inv: Invocation, server: string): Promise<CustosClient> {
  const file = str(inv.values, 'credential') ?? inv.io.env.CUSTOS_CREDENTIAL;
  const timeout = inv.io.env.CUSTOS_TIMEOUT_MS ? Number(inv.io.env.CUSTOS_TIMEOUT_MS) : undefined;
  const { CustosClient } = await loadClient();
  return new CustosClient({
    url: server,
    ...(file ? { credential: readCredentialFile(resolve(inv.io.cwd, file)) } : {}),
    ...(timeout ? { timeoutMs: timeout } : {}),
  });
}

/** Local mode unseals for anything that changes state or touches key material. */
function needsUnseal(op: Operation, input: Record<string, unknown>): boolean {
  const derived = [input.ref, input.key].some((r) => typeof r === 'string' && r.includes('/'));
  if (op.readOnly) return derived;
  return op.method !== 'GET' || op.unsealed === true || derived;
}

/** Call an operation, locally or through the server; resolves with its contract output. */
export async function call<N extends OperationName>(
  inv: Invocation,
  name: N,
  input: OperationInput<N>,
  opts: { unseal?: boolean; progress?: BatchProgress } = {},
): Promise<OperationOutput<N>> {
  const server = serverOf(inv);
  if (server) return (await clientFor(inv, server)).call(name, input);
  const op = OPERATIONS[name] as Operation;
  if (op.access === 'public' && name !== 'sys.health') throw new CustosError('E_USAGE', `${name} applies to a running server: give --server URL`);
  const [{ handlers, verifyOperation }, { buildServices, contextFor }] = await loadLocal();
  // Verifying under a bare public key reads nothing stored: no instance, no data directory needed.
  if (name === 'verify' && (input as OperationInput<'verify'>).publicKey !== undefined) {
    return (await verifyOperation(input as OperationInput<'verify'>)) as OperationOutput<N>;
  }
  const unseal = opts.unseal ?? needsUnseal(op, input as Record<string, unknown>);
  return withInstance(inv, { unseal }, async ({ inst }) => {
    const ctx = contextFor(buildServices(inst), localActor(), 'local', opts.progress ? { progress: opts.progress } : {});
    return (handlers[name] as Handler<N>)(ctx, input);
  });
}
