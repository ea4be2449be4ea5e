/**
 * Who calls the eth2 listener. Validator clients send no credentials to a
 * remote signer, so the caller is established by the connection:
 *
 * - mutual TLS (`--eth2-tls-cert/--eth2-tls-key/--eth2-client-ca`): a client
 *   certificate issued by the CA is the principal whose tag
 *   `eth2-tls-sha256` is the SHA-256 of that certificate (DER, lowercase hex;
 *   tags are covered by the principal's row MAC);
 * - `--eth2-insecure-loopback NAME`: every other caller on a loopback
 *   connection is the validator principal NAME (only on a loopback listen
 *   address: refused at start-up otherwise, and a non-loopback peer is
 *   refused per request).
 *
 * The principal is read on every request, MAC-checked, and must be active and
 * of role `validator`: revoking it stops signing at once.
 */
import { createHash } from 'node:crypto';
import { isIP, type Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { CustosError } from '../errors.js';
import type { Actor } from '../access/actor.js';
import type { Principals } from '../access/principals.js';
import type { Instance } from '../keystore/instance.js';
import type { PrincipalRecord } from '../store/records.js';

/** The principal tag binding a client certificate (SHA-256 of its DER, lowercase hex) to a validator principal. */
export const TLS_FINGERPRINT_TAG = 'eth2-tls-sha256';

export interface Eth2CallerOptions {
  /** Map loopback callers to this validator principal (`--eth2-insecure-loopback NAME`). */
  insecureLoopback?: string;
  /** Mutual TLS: client certificates are verified against this CA and bound to principals by fingerprint. */
  mutualTls?: boolean;
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
    throw new CustosError(
      'E_USAGE',
      `--eth2-insecure-loopback maps callers without any credential: only on a loopback --eth2-listen address (127.0.0.1 or ::1), not "${listenHost}"`,
    );
  }
  if (opts.insecureLoopback === undefined && !opts.mutualTls) {
    throw new CustosError(
      'E_USAGE',
      '--eth2-listen needs a way to know its callers: --eth2-client-ca FILE with --eth2-tls-cert/--eth2-tls-key (mutual TLS), or --eth2-insecure-loopback NAME (loopback only)',
    );
  }
}

export class Eth2Callers {
  constructor(
    private readonly inst: Instance,
    private readonly principals: Principals,
    private readonly opts: Eth2CallerOptions,
  ) {}

  /** The validator principal of a connection: its client certificate's, else the loopback mapping's; E_UNAUTHENTICATED / E_FORBIDDEN. */
  async actor(socket: Socket): Promise<Actor> {
    const tls = socket as TLSSocket;
    if (this.opts.mutualTls && tls.authorized) {
      const raw = tls.getPeerCertificate().raw;
      if (raw) {
        this.inst.assertUnsealed(); // a principal's MAC can be checked only while unsealed
        const fp = createHash('sha256').update(raw).digest('hex');
        const rows = await this.inst.store.read.access.listPrincipals();
        const p = rows.find((r) => r.tags[TLS_FINGERPRINT_TAG]?.toLowerCase() === fp);
        if (!p) throw new CustosError('E_UNAUTHENTICATED', 'this client certificate is bound to no principal');
        return this.validator(this.inst.records.verify('principals', p));
      }
    }
    const name = this.opts.insecureLoopback;
    if (name === undefined || !socket.remoteAddress || !isLoopback(socket.remoteAddress)) {
      throw new CustosError(
        'E_UNAUTHENTICATED',
        this.opts.mutualTls ? 'a client certificate bound to a validator principal is required' : 'this listener maps only loopback callers to a validator',
      );
    }
    this.inst.assertUnsealed();
    const p = await this.principals.verified(this.inst.store.read, name).catch((e: unknown) => {
      if (e instanceof CustosError && e.code === 'E_PRINCIPAL_NOT_FOUND') throw new CustosError('E_FORBIDDEN', `the loopback principal ${name} does not exist`);
      throw e;
    });
    return this.validator(p);
  }

  private validator(p: PrincipalRecord): Actor {
    if (p.state !== 'active') throw new CustosError('E_FORBIDDEN', `principal ${p.name} is revoked`);
    if (p.role !== 'validator') throw new CustosError('E_FORBIDDEN', `principal ${p.name} has role ${p.role}, not validator`);
    return { id: p.id, name: p.name, role: p.role, kind: 'api', tags: p.tags };
  }
}
