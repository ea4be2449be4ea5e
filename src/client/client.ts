/**
 * The typed custos client. Operation names and inputs come from the contract
 * (src/api/contract.ts), so the client, the server and the CLI cannot drift.
 * Every request is signed by a {@link RequestSigner} (src/client/signer.ts:
 * the principal's P-256 credential key through Web Crypto, in Node and in the
 * browser console alike), or sent with a scoped bearer token where the server
 * accepts one. This module imports nothing of Node, so the console bundles it.
 *
 * @example
 *   const c = new CustosClient({ url: 'http://127.0.0.1:8200', credential: readCredentialFile('agent.json') });
 *   const r = await c.call('sign', { key: 'hot-1', message: '68656c6c6f', hash: 'keccak256' });
 */
import { CustosError, ERROR_CODES, type ErrorCode, badInput } from '../errors.js';
import type { Credential } from '../auth/credential.js';
import { SIGNATURE_HEADERS, canonicalRequestFromHash } from '../auth/request-canonical.js';
import type { SignedRequestProof } from '../access/actor.js';
import type { Veto } from '../party/protocol.js';
import { approvalText, requestCommitmentJson, type Verdict } from '../auth/approval-message.js';
import { base64url, pemSigner, randomNonce, sha256Hex, utf8Bytes, type RequestSigner } from './signer.js';
import { OPERATIONS, type Operation, type OperationInput, type OperationName, type OperationOutput } from '../api/contract.js';

/** fetch failures that mean the connection was closed under the request (undici: "other side closed"). */
const CLOSED_SOCKET = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE']);
const socketCode = (e: unknown): string | undefined => (e as { cause?: { code?: string } }).cause?.code;

export interface ClientOptions {
  url: string;
  /** Sign as this credential (its PEM key is imported into Web Crypto, non-extractable). */
  credential?: Pick<Credential, 'principal' | 'privateKey'>;
  /** Or sign with this signer (the browser console's in-memory key). */
  signer?: RequestSigner;
  token?: string;
  /** Milliseconds since the epoch for request timestamps (default Date.now). */
  now?: () => number;
  /**
   * A console session (passkey.login): requests are signed by its session key (`signer`, whose principal
   * is the passkey's) and name it in x-custos-session.
   */
  session?: { id: string; signer: RequestSigner };
  /** Per-request timeout (ms). */
  timeoutMs?: number;
  /** Threshold party URLs to deliver vetoes to directly (default: the server's party list). */
  partyUrls?: string[];
}

export class CustosClient {
  readonly url: string;
  private readonly signer?: RequestSigner;

  constructor(private readonly opts: ClientOptions) {
    this.url = opts.url.replace(/\/+$/, '');
    if (!/^https?:\/\/[^/@\s]+$/.test(this.url))
      throw badInput('the server URL must be http(s)://host:port without credentials or a path', { field: 'server' });
    if (opts.signer) this.signer = opts.signer;
    else if (opts.session) this.signer = opts.session.signer;
    else if (opts.credential) this.signer = pemSigner(opts.credential.principal, opts.credential.privateKey);
  }

  /** The principal this client signs as (undefined with a token or no credential). */
  get principal(): string | undefined {
    return this.signer?.principal;
  }

  /** The four signature headers for one request (src/auth/request-signature.ts), and the proof they make. */
  private async signHeaders(method: string, path: string, body: string): Promise<{ headers: Record<string, string>; proof: SignedRequestProof }> {
    const signer = this.signer!;
    const timestamp = Math.floor((this.opts.now ?? Date.now)() / 1000);
    const nonce = randomNonce();
    const message = canonicalRequestFromHash({ method, path, bodySha256: await sha256Hex(body), timestamp, nonce, principal: signer.principal });
    const signature = base64url(await signer.sign(utf8Bytes(message)));
    return {
      headers: {
        [SIGNATURE_HEADERS.principal]: signer.principal,
        [SIGNATURE_HEADERS.timestamp]: String(timestamp),
        [SIGNATURE_HEADERS.nonce]: nonce,
        [SIGNATURE_HEADERS.signature]: signature,
      },
      proof: { method, path, body, principal: signer.principal, timestamp, nonce, signature },
    };
  }

  /**
   * Call an operation; resolves with its JSON (or text) result, typed by the
   * contract's output schema, or rejects with a CustosError carrying the
   * server's code.
   */
  async call<N extends OperationName>(name: N, input: OperationInput<N>, opts: { proof?: (p: SignedRequestProof) => void } = {}): Promise<OperationOutput<N>> {
    const op = OPERATIONS[name] as Operation;
    const rest: Record<string, unknown> = { ...(input as Record<string, unknown>) };
    let path = op.path.replace(/:([A-Za-z]+)/g, (_m, p: string) => {
      const v = rest[p];
      delete rest[p];
      if (typeof v !== 'string') throw badInput(`missing ${p}`, { field: p });
      return encodeURIComponent(v);
    });
    let body: string | undefined;
    if (op.method === 'GET') {
      const q = new URLSearchParams();
      for (const [k, v] of Object.entries(rest)) if (v !== undefined) q.set(k, String(v));
      if ([...q].length) path += `?${q.toString()}`;
    } else {
      body = JSON.stringify(rest);
    }
    const headers: Record<string, string> = body !== undefined ? { 'content-type': 'application/json' } : {};
    if (op.access !== 'public') {
      if (this.signer) {
        const signed = await this.signHeaders(op.method, path, body ?? '');
        Object.assign(headers, signed.headers);
        if (this.opts.session) headers['x-custos-session'] = this.opts.session.id;
        opts.proof?.(signed.proof);
      } else if (this.opts.token) headers.authorization = `Bearer ${this.opts.token}`;
      else throw new CustosError('E_UNAUTHENTICATED', `${name} needs a credential (--credential FILE or CUSTOS_CREDENTIAL)`);
    }
    const send = () =>
      fetch(`${this.url}${path}`, {
        method: op.method,
        headers,
        ...(body !== undefined ? { body } : {}),
        signal: AbortSignal.timeout(this.opts.timeoutMs ?? 30_000),
      });
    const unreachable = (e: unknown) =>
      new CustosError(
        'E_UNAVAILABLE',
        `cannot reach custos at ${this.url}: ${(e as Error).name === 'TimeoutError' ? 'timed out' : (socketCode(e) ?? 'connection failed')}`,
        undefined,
        { cause: e },
      );
    let res: Response;
    try {
      res = await send();
    } catch (e) {
      // A kept-alive connection the server had closed meanwhile (idle past its keep-alive timeout,
      // e.g. while this process was busy): send the same request once more. Safe: a signed request
      // resends its nonce, so the server runs it at most once (a duplicate is E_REPLAYED); a GET reads.
      if (!CLOSED_SOCKET.has(socketCode(e) ?? '') || !(op.method === 'GET' || SIGNATURE_HEADERS.nonce in headers)) throw unreachable(e);
      try {
        res = await send();
      } catch (e2) {
        throw unreachable(e2);
      }
    }
    const text = await res.text();
    if (!res.ok) {
      let err: { code?: string; message?: string; details?: Record<string, unknown> } = {};
      try {
        err = JSON.parse(text) as typeof err;
      } catch {
        /* not JSON */
      }
      const code = err.code && err.code in ERROR_CODES ? (err.code as ErrorCode) : res.status >= 500 ? 'E_INTERNAL' : 'E_BAD_INPUT';
      throw new CustosError(code, err.message ?? `HTTP ${res.status}`, err.details);
    }
    // The server serialized this body with the operation's output schema.
    return (op.text ? text : text ? JSON.parse(text) : null) as OperationOutput<N>;
  }

  /**
   * Approve or reject a request: fetch it, recompute its digest from the
   * fields shown (so a lying server cannot get a signature over something
   * else), sign with the credential key, submit.
   */
  async decide(
    id: string,
    verdict: Verdict,
    /** Sign the approval message another way (a passkey assertion envelope); default: this client's P-256 signer. */
    approve?: (message: string) => Promise<string>,
  ): Promise<OperationOutput<'request.approve' | 'request.reject'>> {
    if (!this.signer && !approve) throw new CustosError('E_UNAUTHENTICATED', 'approvals are signed with a credential');
    const r = await this.call('request.show', { id });
    const digest = await sha256Hex(
      requestCommitmentJson({ id: r.id, kind: r.kind, principal: r.principal, key: r.key, payload: r.payload, createdAt: r.createdAt }),
    );
    if (digest !== r.digest) throw new CustosError('E_TAMPERED', `the server's digest for request ${id} does not match its content`);
    const message = approvalText(r.id, digest, verdict);
    const signature = approve ? await approve(message) : base64url(await this.signer!.sign(utf8Bytes(message)));
    const out = await this.call(verdict === 'approve' ? 'request.approve' : 'request.reject', { id, signature });
    if (verdict === 'reject') await this.deliverVeto({ kind: 'reject', requestId: r.id, digest, principal: this.signer!.principal, signature });
    return out;
  }

  /**
   * Cancel a request; with a credential the signed cancellation also goes
   * straight to every threshold party (POST {party}/v1/party/veto), so a
   * coordinator that withheld it still cannot get the parties to sign.
   */
  async cancel(id: string): Promise<OperationOutput<'request.cancel'>> {
    let proof: SignedRequestProof | undefined;
    const out = await this.call('request.cancel', { id }, { proof: (p) => (proof = p) });
    if (proof) await this.deliverVeto({ kind: 'cancel', requestId: id, http: proof });
    return out;
  }

  /** Post a veto to the parties (their URLs from `opts.partyUrls`, else the server's party list); best effort, returns how many took it. */
  async deliverVeto(v: Veto): Promise<number> {
    let urls = this.opts.partyUrls;
    if (!urls) {
      try {
        urls = ((await this.call('party.list', {})) as { url: string }[]).map((p) => p.url);
      } catch {
        return 0; // not allowed to list parties, or no coordinator: the server forwards vetoes itself
      }
    }
    const results = await Promise.allSettled(
      urls.map(async (u) => {
        const res = await fetch(`${u.replace(/\/+$/, '')}/v1/party/veto`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(v),
          signal: AbortSignal.timeout(this.opts.timeoutMs ?? 10_000),
        });
        if (!res.ok) throw new Error(String(res.status));
      }),
    );
    return results.filter((r) => r.status === 'fulfilled').length;
  }
}
