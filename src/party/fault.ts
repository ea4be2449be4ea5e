/**
 * Test-only hooks for party processes, each read through one explicit
 * function: a test starts a party with CUSTOS_TEST=1 and CUSTOS_PARTY_FAULT
 * or CUSTOS_PARTY_CLOCK_FILE / CUSTOS_PARTY_CLOCK_OFFSET_MS set; production (no
 * CUSTOS_TEST) ignores them.
 *
 * Faults (partyFault):
 *
 * - `corrupt-share`: flip a bit of every released signature share;
 * - `crash-after-consume`: kill -9 itself after a nonce is consumed;
 * - `crash-in-reshare`: kill -9 itself after storing a reshared share as
 *   pending, before answering (an interrupted governed reshare).
 */
import { readFileSync } from 'node:fs';

export type PartyFault = 'corrupt-share' | 'crash-after-consume' | 'crash-in-reshare';

const FAULTS: readonly PartyFault[] = ['corrupt-share', 'crash-after-consume', 'crash-in-reshare'];

export function partyFault(env: NodeJS.ProcessEnv = process.env): PartyFault | null {
  if (env.CUSTOS_TEST !== '1') return null;
  const f = env.CUSTOS_PARTY_FAULT as PartyFault | undefined;
  return f !== undefined && FAULTS.includes(f) ? f : null;
}

/**
 * The party's clock for its own time-locks (partyClock): request delays and
 * lifetimes, guardian recoveries and refresh slots (not envelope freshness).
 * With CUSTOS_TEST=1: Date.now() plus CUSTOS_PARTY_CLOCK_OFFSET_MS (fixed at
 * start) plus the number of milliseconds CUSTOS_PARTY_CLOCK_FILE holds, read
 * at every call (a test moves the party forward in time by rewriting it; the
 * production minimum delay is 24 h). Anything else: Date.now.
 */
export function partyClock(env: NodeJS.ProcessEnv = process.env): () => number {
  if (env.CUSTOS_TEST !== '1') return Date.now;
  const fixed = Number(env.CUSTOS_PARTY_CLOCK_OFFSET_MS ?? 0);
  const base = Number.isSafeInteger(fixed) ? fixed : 0;
  const file = env.CUSTOS_PARTY_CLOCK_FILE;
  return () => {
    let offset = 0;
    if (file) {
      try {
        offset = Number(readFileSync(file, 'utf8').trim());
      } catch {
        offset = 0;
      }
    }
    return Date.now() + base + (Number.isFinite(offset) ? offset : 0);
  };
}

/** The party's clock now (partyClock), for code without the party's services at hand. */
export function partyNow(env: NodeJS.ProcessEnv = process.env): number {
  return partyClock(env)();
}
