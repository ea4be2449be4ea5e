/**
 * Per-principal storage quotas: how many requests one principal may hold
 * open (pending or approved) and how many bytes of requests it may store per
 * hour. A stolen agent token can then neither fill the disk with requests
 * nor bury the approvers' queue. Checked inside the deciding transaction,
 * against counters the store keeps in that same transaction, so the limits
 * hold across instances on both stores.
 */
import { CustosError } from '../errors.js';
import type { Repo } from '../store/repo.js';
import { storedBytes, type Usage } from '../store/repo-requests.js';
import type { RequestRecord } from '../store/records.js';

export interface RequestLimits {
  /** Requests one principal may have pending or approved at once (default 1000). */
  maxOpen: number;
  /** Bytes of requests (payload, facts, decision) one principal may store per hour (default 1 GiB). */
  maxStoredBytesPerHour: number;
}

export const DEFAULT_LIMITS: RequestLimits = { maxOpen: 1000, maxStoredBytesPerHour: 1024 * 1024 * 1024 };

/**
 * Refuse to store `rec` if it would take its principal over a quota
 * (E_QUOTA, HTTP 429): bytes for every request, the open count for one that
 * would stay pending or approved. Nothing is stored or audited then.
 * `read`: the usage this transaction already read (with the decision's velocity, under the same locks).
 */
export async function admit(repo: Repo, rec: RequestRecord, limits: RequestLimits, nowMs: number, read?: Usage): Promise<void> {
  const use = read ?? (await repo.requests.usage(rec.principalId, nowMs));
  const bytes = storedBytes(rec);
  if (use.bytes1h + bytes > limits.maxStoredBytesPerHour) {
    throw new CustosError(
      'E_QUOTA',
      `principal ${rec.principalName} stored ${use.bytes1h} bytes of requests in the last hour; this one (${bytes} bytes) would pass the limit of ${limits.maxStoredBytesPerHour}`,
      {
        limit: 'storedBytesPerHour',
        retryAfterSeconds: 60,
      },
    );
  }
  if ((rec.status === 'pending' || rec.status === 'approved') && use.open >= limits.maxOpen) {
    throw new CustosError('E_QUOTA', `principal ${rec.principalName} has ${use.open} open requests, the limit: wait for some to finish or cancel them`, {
      limit: 'openRequests',
      retryAfterSeconds: 60,
    });
  }
}
