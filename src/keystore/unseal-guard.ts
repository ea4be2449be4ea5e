/**
 * Slows down guessing: after a few failed unseal attempts, each further
 * attempt must wait an exponentially growing delay (persisted in the store, so
 * restarting the process does not reset it). A success resets the counter.
 */
import { CustosError } from '../errors.js';
import type { Repo } from '../store/repo.js';

const META = 'unseal_guard';
/** Failures allowed before delays start. */
export const FREE_ATTEMPTS = 3;
export const MAX_DELAY_SECONDS = 300;

interface GuardState {
  failures: number;
  notBefore: number; // epoch ms
}

async function load(repo: Repo): Promise<GuardState> {
  const raw = await repo.getMeta(META);
  if (!raw) return { failures: 0, notBefore: 0 };
  const s = JSON.parse(raw) as Partial<GuardState>;
  return { failures: Number(s.failures ?? 0), notBefore: Number(s.notBefore ?? 0) };
}

/** Throw E_RATE_LIMITED if an attempt is not allowed yet. */
export async function checkUnsealAllowed(repo: Repo, now = Date.now()): Promise<void> {
  const s = await load(repo);
  if (now < s.notBefore) {
    const retryAfter = Math.ceil((s.notBefore - now) / 1000);
    throw new CustosError('E_RATE_LIMITED', `too many failed unseal attempts: retry in ${retryAfter}s`, { retryAfterSeconds: retryAfter });
  }
}

export function delayAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS);
}

export async function recordUnsealFailure(repo: Repo, now = Date.now()): Promise<GuardState> {
  const s = await load(repo);
  const failures = s.failures + 1;
  // No delay yet: no time bound either (a `now` stored here would refuse an instance whose clock reads earlier).
  const delay = delayAfter(failures);
  const next = { failures, notBefore: delay > 0 ? now + delay * 1000 : 0 };
  await repo.setMeta(META, JSON.stringify(next));
  return next;
}

export async function resetUnsealFailures(repo: Repo): Promise<void> {
  const s = await load(repo);
  if (s.failures > 0 || s.notBefore > 0) await repo.setMeta(META, JSON.stringify({ failures: 0, notBefore: 0 }));
}
