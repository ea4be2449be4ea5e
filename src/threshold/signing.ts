/**
 * Threshold signing (threshold/coordinator.ts composes it): the two FROST
 * rounds (RFC 9591 §5), one round trip with preprocessed nonces
 * (nonce-pool.ts), every share verified before aggregation (§5.4); and
 * telling a key's parties of requests that sign later (announce, veto).
 */
import { randomUUID } from 'node:crypto';
import { CustosError, isCustosError } from '../errors.js';
import type { KeyRecord } from '../store/records.js';
import type { Repo } from '../store/repo.js';
import type { SignatureScheme } from '../crypto/algorithms.js';
import { fromHex, toHex } from '../crypto/bytes.js';
import type { Identity } from '../party/wire.js';
import type { SignContext, Veto } from '../party/protocol.js';
import { aggregateVerified } from './frost.js';
import { decodeCommitments, decodePublic, encodeCommitments } from './codec.js';
import { callParty, firstN, type PartyLink } from './transport.js';
import { NoncePool } from './nonce-pool.js';
import type { PartyRegistry, ThresholdKeyMeta } from './parties.js';
import type { ShareTimings } from './timings.js';

export class ThresholdSigning {
  /** Preprocessed nonce commitments per key epoch and party (in memory). */
  private readonly pool = new NoncePool();

  constructor(
    private readonly parties: PartyRegistry,
    private readonly timings: ShareTimings,
  ) {}

  refill(me: Identity, meta: ThresholdKeyMeta, parties: PartyLink[]): Promise<void> {
    const receipts = this.parties.receiptsFor(meta);
    return this.pool.refill(meta, parties, (p, body) =>
      callParty(
        me,
        p,
        'sign.pre',
        randomUUID(),
        { ...(body as { keyId: string; epoch: number; digest: string; count: number }), ...receipts(p) },
        this.parties.timeoutMs,
      ),
    );
  }

  /**
   * Sign `bytes` with a threshold key: round 1 with every party at once,
   * proceeding with the first T that answer; round 2 with those T; one more
   * attempt without any party that failed in round 2. Runs outside any
   * store transaction (requests/service.ts runDeferred).
   */
  async sign(repo: Repo, key: KeyRecord, _scheme: SignatureScheme, bytes: Uint8Array, context: SignContext | undefined): Promise<Uint8Array> {
    if (!context)
      throw new CustosError(
        'E_UNSUPPORTED',
        `key "${key.name}" is a threshold key: it signs only through signing requests (custos requests / POST /v1/sign), whose parties re-check them`,
      );
    const meta = await this.parties.meta(repo, key.id);
    const me = await this.parties.identity();
    let candidates = await this.parties.links(repo, meta);
    await this.parties.syncGov(candidates);
    const pub = decodePublic(meta.public);
    const unreachable = new Map<string, string>();
    const receipts = this.parties.receiptsFor(meta);
    let mismatch: CustosError | undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
      const session = randomUUID();
      const head = { session, keyId: meta.keyId, epoch: meta.epoch, digest: meta.digest };
      // Preprocessed nonces make signing one round trip; without them (or on a retry) run round 1.
      let chosen = attempt === 0 ? this.pool.take(meta, candidates) : null;
      if (!chosen) {
        const r1 = await firstN(candidates, meta.min, (p) => callParty(me, p, 'sign.1', session, { ...head, ...receipts(p) }, this.parties.timeoutMs));
        for (const f of r1.failed) unreachable.set(f.party.name, f.error.message);
        if (r1.ok.length < meta.min) {
          if (mismatch) throw mismatch; // the parties left, with the one whose risk the claim does not cover, are too few
          const refused = r1.failed.find((f) => f.error.code !== 'E_UNAVAILABLE');
          const names = [...unreachable.keys()];
          throw new CustosError(
            'E_UNAVAILABLE',
            `threshold key "${key.name}" needs ${meta.min} of ${meta.parties.length} parties; unavailable: ${names.join(', ')}${refused ? ` (${refused.error.message})` : ''}`,
            { key: key.name, unavailable: names, needed: meta.min },
          );
        }
        chosen = r1.ok.slice(0, meta.min).map((c) => ({ party: c.party, nonce: session, commitments: c.value.commitments }));
      }
      const commitments = chosen.map((c) => decodeCommitments(c.commitments, `${c.party.name}.commitments`));
      const commitmentList = commitments.map(encodeCommitments);
      const r2 = await Promise.allSettled(
        chosen.map((c) =>
          this.timed(
            c.party.name,
            callParty(
              me,
              c.party,
              'sign.2',
              session,
              { ...head, ...receipts(c.party), nonce: c.nonce, commitments: commitmentList, message: toHex(bytes), request: context },
              this.parties.timeoutMs,
            ),
          ),
        ),
      );
      const failed = r2.map((r, i) => ({ r, p: chosen[i]!.party })).filter((x) => x.r.status === 'rejected');
      if (failed.length === 0) {
        const shares = Object.fromEntries(
          r2.map((r, i) => [commitments[i]!.identifier, fromHex(String((r as PromiseFulfilledResult<Record<string, unknown>>).value.share), 'share')]),
        );
        try {
          const sig = aggregateVerified(meta.suite, pub, commitments, bytes, shares);
          for (const c of chosen) this.parties.markCommitted(c.party.name, meta.keyId, meta.epoch);
          void this.refill(me, meta, candidates);
          return sig;
        } catch (e) {
          if (isCustosError(e, 'E_INVALID_SHARE')) {
            // The request's recording transaction audits it (threshold.invalid_share) with this party's name.
            const cheater = meta.parties.find((p) => p.identifier === e.details?.participant)?.name ?? 'unknown';
            throw new CustosError('E_INVALID_SHARE', `party ${cheater} sent an invalid signature share (RFC 9591 §5.4): the session is aborted`, {
              party: cheater,
              participant: e.details?.participant,
              key: key.name,
            });
          }
          throw e;
        }
      }
      const errors = failed.map((f) => (f.r as PromiseRejectedResult).reason as CustosError);
      // E_RISK_MISMATCH: that party scores the request higher than this coordinator (it missed signatures, so its
      // baselines know less): it is left out and others are asked; a share is still only released by a party whose
      // own risk the claim covers (decision 0030).
      const refusal = errors.find((e) => isCustosError(e) && !['E_UNAVAILABLE', 'E_NONCE_USED', 'E_RISK_MISMATCH'].includes(e.code));
      if (refusal) throw refusal;
      if (errors.every((e) => isCustosError(e, 'E_NONCE_USED'))) continue; // stale preprocessed nonces (party restored or expired them): run round 1 // a party's own checks said no: retrying elsewhere would be shopping for a signature
      mismatch ??= errors.find((e) => isCustosError(e, 'E_RISK_MISMATCH'));
      for (const f of failed) unreachable.set(f.p.name, ((f.r as PromiseRejectedResult).reason as Error).message);
      candidates = candidates.filter((c) => !failed.some((f) => f.p.name === c.name));
    }
    if (mismatch) throw mismatch; // not enough parties whose own risk the claim covers
    const names = [...unreachable.keys()];
    throw new CustosError('E_UNAVAILABLE', `threshold key "${key.name}" could not gather ${meta.min} parties; unavailable: ${names.join(', ')}`, {
      key: key.name,
      unavailable: names,
      needed: meta.min,
    });
  }

  /** A party's round-2 answer, timed into the share-release timings (metrics). */
  private async timed<T>(party: string, call: Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      const value = await call;
      this.timings.record(party, (performance.now() - start) / 1000, 'ok');
      return value;
    } catch (e) {
      this.timings.record(party, (performance.now() - start) / 1000, isCustosError(e, 'E_UNAVAILABLE') ? 'unavailable' : 'refused');
      throw e;
    }
  }

  /**
   * Tell a threshold key's parties of a request that will sign later (pending
   * approvals or delayed) and again when approvals arrive: each assesses it
   * itself and times delays on its own clock (best effort; a party that
   * missed it starts the delay when it first sees the request).
   */
  async announce(context: SignContext, refs: string[]): Promise<void> {
    const me = await this.parties.identity();
    await Promise.all(
      (await this.parties.partiesOf(refs)).map((p) =>
        callParty(me, p, 'request.seen', randomUUID(), { request: context }, this.parties.timeoutMs).catch(() => undefined),
      ),
    );
  }

  /** Deliver a signed cancellation or rejection to the parties of the request's keys (best effort; clients also post it directly). */
  async veto(v: Veto, refs: string[]): Promise<void> {
    const me = await this.parties.identity();
    await Promise.all(
      (await this.parties.partiesOf(refs)).map((p) => callParty(me, p, 'request.veto', randomUUID(), v, this.parties.timeoutMs).catch(() => undefined)),
    );
  }
}
