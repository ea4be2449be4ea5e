/**
 * The eth2 remote signer's service: a Web3Signer sign request from a
 * validator principal becomes a signing request (`eth2` payload, planned by
 * plans-eth2.ts) through the one submission path, so policy, approvals,
 * quotas, the audit trail and slashing protection all apply. The HTTP shapes
 * are the listener's (server/eth2-app.ts); this answers in custos terms.
 *
 * Exactly-once for retries: the idempotency key is a digest of the public
 * key and the signing root, so a client that repeats a duty (after a timeout,
 * or after an operator approved it) gets the stored request, and its
 * signature once signed, instead of a second request.
 */
import { createHash } from 'node:crypto';
import { CustosError, isErrorCode } from '../errors.js';
import type { Actor } from '../access/actor.js';
import { ETH2_SCOPE_TAG, eth2Roots, rememberDuty, servesEth2 } from './plans-eth2.js';
import { pubkey as pubkeyHex } from '../chains/eth2/values.js';
import { fromHex } from '../crypto/bytes.js';
import type { Keys } from '../keystore/keys.js';
import type { Requests, RequestView } from './service.js';
import type { Eth2StoredPayload } from './plans-eth2.js';
import type { Eth2Duty } from '../chains/eth2/signing-root.js';

export interface Eth2SignerOptions {
  /** The network's GENESIS_FORK_VERSION for VALIDATOR_REGISTRATION (default mainnet 0x00000000). */
  genesisForkVersion?: string;
}

/** Validator keys' names remembered by public key (then forgotten all at once and looked up again). */
const NAMES_CAP = 65_536;

/** Refusals of a remembered key name that the key's own lookup may answer otherwise (another key now holds the public key, or none: 404). */
const STALE_NAME = new Set(['E_KEY_NOT_FOUND', 'E_KEY_DISABLED', 'E_KEY_DESTROYED', 'E_FROZEN']);

/** What a sign request came to: a signature, or why not (the listener maps each to Web3Signer's status codes). */
export type Eth2Outcome = { signature: string; requestId: string } | { error: CustosError };

export class Eth2Signer {
  /**
   * The key name of a public key, as `keyFor` found it for a principal's eth2 scope: a duty is filed
   * under it without the lookup (an indexed read and two row MACs). Nothing is decided on it: the
   * submission reads the key by name in its transaction and checks again all that the lookup checked
   * (MAC, bls12-381, this public key as the current version, the principal's scope, active, not
   * watch-only; a repeated duty too, before its stored answer); when that refuses the key, the
   * duty is looked up afresh and filed again, so it is answered as without the name remembered.
   */
  private readonly names = new Map<string, string>();

  constructor(
    private readonly keys: Keys,
    private readonly requests: Requests,
    private readonly opts: Eth2SignerOptions = {},
  ) {}

  /** The active bls12-381 keys in `actor`'s scope that sign (not watch-only), as 0x-hex public keys: one read. */
  async publicKeys(actor: Actor): Promise<string[]> {
    return (await this.keys.blsKeys()).filter(({ key }) => servesEth2(actor.tags, key)).map((k) => k.pubkey);
  }

  /** The key of `pubkey` when it signs for `actor` (one indexed read); otherwise undefined, whether absent or out of scope (404 both). */
  private async keyFor(actor: Actor, pubkey: string): Promise<string | undefined> {
    const k = await this.keys.blsKey(pubkey);
    if (!k || !servesEth2(actor.tags, k)) return undefined;
    if (this.names.size >= NAMES_CAP) this.names.clear();
    this.names.set(nameSlot(actor, pubkey), k.name);
    return k.name;
  }

  /** Sign one duty for `actor` (a validator principal). Bad input throws E_BAD_INPUT; everything else is an outcome. */
  async sign(actor: Actor, identifier: string, body: unknown): Promise<Eth2Outcome> {
    const pubkey = pubkeyHex(identifier, 'identifier');
    // Checked before anything is stored: a malformed body or a disagreeing signingRoot changes nothing.
    const opts = this.opts.genesisForkVersion !== undefined ? { genesisForkVersion: this.opts.genesisForkVersion } : {};
    const duty = (await eth2Roots()).eth2SigningRoot(body, opts);
    const remembered = this.names.get(nameSlot(actor, pubkey));
    if (remembered !== undefined) {
      // Computed off the main thread; the transaction takes the signature only where it would sign this root with
      // that key's kept secret itself (keystore/keys.ts presign; decision 0035). Answered without it (refused, a stored
      // answer, signed inline), it is zeroed and dropped at once.
      const ticket = this.keys.presign(remembered, fromHex(duty.signingRoot.slice(2), 'signingRoot', 32));
      let out: Eth2Outcome;
      try {
        // Filed once it arrived (or after PRESIGN_WAIT_MS): on SQLite the transactions queued together run in one turn
        // of the event loop, before any worker's answer can be read, so a duty filed at once never finds its presign.
        if (ticket) await within(ticket.arrived, PRESIGN_WAIT_MS);
        out = await this.file(actor, remembered, pubkey, body, duty, opts);
      } finally {
        ticket?.discard();
      }
      if (!('error' in out) || !STALE_NAME.has(out.error.code)) return out;
      this.names.delete(nameSlot(actor, pubkey)); // refused by name: the lookup says which key holds the public key now, if any
    }
    const key = await this.keyFor(actor, pubkey);
    if (!key) return { error: new CustosError('E_KEY_NOT_FOUND', `no validator key ${pubkey.slice(0, 12)}…`, { pubkey }) };
    return this.file(actor, key, pubkey, body, duty, opts);
  }

  /** File the duty under key `key` (a signing request through the one submission path). */
  private async file(actor: Actor, key: string, pubkey: string, body: unknown, duty: Eth2Duty, opts: { genesisForkVersion?: string }): Promise<Eth2Outcome> {
    // Stored without signingRoot (checked above, recomputed at execution): a retry with or without it is the same request.
    const { signingRoot: _claimed, ...rest } = body as Record<string, unknown>;
    rememberDuty(rest, this.opts.genesisForkVersion, duty); // the same root without the claim (checked above): planned without hashing again
    const scope = actor.tags[ETH2_SCOPE_TAG];
    const payload: Eth2StoredPayload = { type: 'eth2', key, pubkey, body: rest, ...opts, ...(scope !== undefined ? { scope } : {}) };
    const idempotencyKey = `eth2-${createHash('sha256').update(`${pubkey}:${duty.type}:${duty.signingRoot}`).digest('hex')}`;
    let view: RequestView;
    try {
      view = await this.requests.submit(actor, payload as unknown as { type: string } & Record<string, unknown>, { idempotencyKey });
    } catch (e) {
      // The same duty (same key, type and signing root) sent in another JSON spelling: it is the stored request.
      if (e instanceof CustosError && e.code === 'E_IDEMPOTENCY_CONFLICT' && typeof e.details?.requestId === 'string')
        return outcome(await this.requests.show(actor, e.details.requestId));
      if (e instanceof CustosError && e.code !== 'E_INTERNAL' && e.code !== 'E_STORE' && e.code !== 'E_BAD_INPUT') return { error: e };
      throw e;
    }
    return outcome(view);
  }
}

/**
 * How long a duty waits, outside any transaction, for its presigned signature (ms): the main thread serves other
 * requests meanwhile; past it the duty is filed and its transaction signs inline (a worker starved or gone).
 */
export const PRESIGN_WAIT_MS = 10;

/** Resolves when `p` settles or after `ms`, whichever comes first (never rejects). */
function within(p: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((done) => {
    const timer = setTimeout(done, ms);
    void p.then(
      () => (clearTimeout(timer), done()),
      () => (clearTimeout(timer), done()),
    );
  });
}

/** Where a key name is remembered: by principal scope and public key (scopes never share keys). */
function nameSlot(actor: Actor, pubkey: string): string {
  return `${actor.tags[ETH2_SCOPE_TAG] ?? ''}\0${pubkey}`;
}

/** A request view as an outcome: signed, refused by slashing protection, denied, or waiting. */
export function outcome(v: RequestView): Eth2Outcome {
  const sig = v.result?.signature;
  if (v.status === 'signed' && typeof sig === 'string') return { signature: sig, requestId: v.id };
  const ids = { requestId: v.id, status: v.status };
  if (v.status === 'failed') {
    // Refused at signing: slashing protection (412), another chain's genesis_validators_root (400), a key gone (409/410).
    const code = v.error && isErrorCode(v.error.code) ? v.error.code : 'E_UNAVAILABLE';
    return { error: new CustosError(code, v.error?.message ?? 'signing failed', ids) };
  }
  if (v.status === 'pending' || v.status === 'approved') {
    return {
      error: new CustosError('E_AWAITING_APPROVAL', `request ${v.id} waits (${v.rule ?? 'policy'}): approve it, then send the same duty again`, {
        ...ids,
        ...(v.waitingFor ? { waitingFor: v.waitingFor } : {}),
      }),
    };
  }
  return { error: new CustosError('E_DENIED', `policy refused the duty (${v.rule ?? 'no rule matched'}): ${v.reason}`, { ...ids, rule: v.rule }) };
}
