/**
 * The coordinator's pool of preprocessed nonce commitments (RFC 9591 §5.1
 * run ahead of time): per key epoch and party, commitments whose nonces the
 * party holds durably. Signing takes one per chosen party and needs a single
 * round trip; the pool refills in the background after use. Entries expire
 * well before the parties drop unused nonces (10 min), and a key's new epoch
 * starts an empty pool. Each nonce id is consumed at most once by its party,
 * whatever this pool believes (several coordinators may hold pools).
 */
import type { PartyLink } from './transport.js';

export interface PooledNonce {
  party: PartyLink;
  nonce: string;
  commitments: unknown;
}

interface Entry {
  id: string;
  commitments: unknown;
  at: number;
}

const TTL_MS = 5 * 60_000;
const LOW_WATER = 4;
const BATCH = 16;

export class NoncePool {
  private readonly entries = new Map<string, Entry[]>();
  private readonly filling = new Set<string>();

  private key(meta: { keyId: string; epoch: number }, party: string): string {
    return `${meta.keyId}:${meta.epoch}:${party}`;
  }

  private fresh(k: string): Entry[] {
    const now = Date.now();
    const list = (this.entries.get(k) ?? []).filter((e) => now - e.at < TTL_MS);
    this.entries.set(k, list);
    return list;
  }

  /** One pooled commitment from each of `min` parties (in candidate order), or null when fewer have one. */
  take(meta: { keyId: string; epoch: number; min: number }, candidates: PartyLink[]): PooledNonce[] | null {
    const ready = candidates.filter((p) => this.fresh(this.key(meta, p.name)).length > 0).slice(0, meta.min);
    if (ready.length < meta.min) return null;
    return ready.map((p) => {
      const e = this.entries.get(this.key(meta, p.name))!.shift()!;
      return { party: p, nonce: e.id, commitments: e.commitments };
    });
  }

  /** Top up every party below the low-water mark (best effort, one request per party at a time). */
  async refill(
    meta: { keyId: string; epoch: number; digest: string },
    parties: PartyLink[],
    precommit: (p: PartyLink, body: Record<string, unknown>) => Promise<Record<string, unknown>>,
  ): Promise<void> {
    await Promise.all(
      parties.map(async (p) => {
        const k = this.key(meta, p.name);
        if (this.filling.has(k) || this.fresh(k).length >= LOW_WATER) return;
        this.filling.add(k);
        try {
          const r = await precommit(p, { keyId: meta.keyId, epoch: meta.epoch, digest: meta.digest, count: BATCH });
          const at = Date.now();
          const got = Array.isArray(r.nonces) ? (r.nonces as { id: string; commitments: unknown }[]) : [];
          this.fresh(k).push(...got.filter((n) => typeof n?.id === 'string').map((n) => ({ id: n.id, commitments: n.commitments, at })));
        } catch {
          /* unreachable now: signing falls back to two rounds */
        } finally {
          this.filling.delete(k);
        }
      }),
    );
  }
}
