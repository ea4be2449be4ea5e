/**
 * Who calls the eth2 listener. Validator clients send no credentials to a
 * remote signer, so the caller is established by the connection:
 *
 * - `--eth2-insecure-loopback NAME`: every caller on a loopback connection is
 *   the validator principal NAME (only on a loopback listen address: refused
 *   at start-up otherwise, and a non-loopback peer is refused per request).
 *
 * The principal is read on every request, MAC-checked, and must be active and
 * of role `validator`: revoking it stops signing at once.
 */
import { isIP } from 'node:net';
import { CustosError } from '../errors.js';
import type { Actor } from '../access/actor.js';
import type { Principals } from '../access/principals.js';
import type { Instance } from '../keystore/instance.js';

export interface Eth2CallerOptions {
  /** Map loopback callers to this validator principal (`--eth2-insecure-loopback NAME`). */
  insecureLoopback?: string;
}

/** Whether a host (listen address or peer address) is loopback: 127.0.0.0/8, ::1, or an IPv4-mapped 127.x. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^::ffff:/i, '');
  if (h === 'localhost') return true;
  if (isIP(h) === 4) return h.startsWith('127.');
  return h === '::1' || h === '0:0:0:0:0:0:0:1';
}

/** Refuse a configuration that would map non-local callers: E_USAGE naming the flags. */
export function checkCallerConfig(listenHost: string, opts: Eth2CallerOptions): void {
  if (opts.insecureLoopback !== undefined && !isLoopback(listenHost)) {
    throw new CustosError('E_USAGE', `--eth2-insecure-loopback maps callers without any credential: only on a loopback --eth2-listen address (127.0.0.1 or ::1), not "${listenHost}"`);
  }
  if (opts.insecureLoopback === undefined) {
    throw new CustosError('E_USAGE', '--eth2-listen needs a way to know its callers: --eth2-insecure-loopback NAME (a validator principal; loopback only)');
  }
}

export class Eth2Callers {
  constructor(
    private readonly inst: Instance,
    private readonly principals: Principals,
    private readonly opts: Eth2CallerOptions,
  ) {}

  /** The validator principal of a connection from `remoteAddress`, or E_UNAUTHENTICATED / E_FORBIDDEN. */
  async actor(remoteAddress: string | undefined): Promise<Actor> {
    const name = this.opts.insecureLoopback;
    if (name === undefined || !remoteAddress || !isLoopback(remoteAddress)) {
      throw new CustosError('E_UNAUTHENTICATED', 'this listener maps only loopback callers to a validator');
    }
    this.inst.assertUnsealed(); // a principal's MAC can be checked only while unsealed
    const p = await this.principals.verified(this.inst.store.read, name).catch((e: unknown) => {
      if (e instanceof CustosError && e.code === 'E_PRINCIPAL_NOT_FOUND') throw new CustosError('E_FORBIDDEN', `the loopback principal ${name} does not exist`);
      throw e;
    });
    if (p.state !== 'active') throw new CustosError('E_FORBIDDEN', `principal ${name} is revoked`);
    if (p.role !== 'validator') throw new CustosError('E_FORBIDDEN', `principal ${name} has role ${p.role}, not validator`);
    return { id: p.id, name: p.name, role: p.role, kind: 'api', tags: p.tags };
  }
}
