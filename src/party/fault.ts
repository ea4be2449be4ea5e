/**
 * Test-only fault injection for party processes, read through one explicit
 * hook: a test starts a party with CUSTOS_TEST=1 and CUSTOS_PARTY_FAULT set;
 * production (no CUSTOS_TEST) ignores it. Likewise the clock offset of
 * `partyNow`.
 *
 * - `corrupt-share`: flip a bit of every released signature share;
 * - `crash-after-consume`: kill -9 itself after a nonce is consumed;
 * - `crash-in-reshare`: kill -9 itself after storing a reshared share as
 *   pending, before answering (an interrupted governed reshare).
 */
export type PartyFault = 'corrupt-share' | 'crash-after-consume' | 'crash-in-reshare';

const FAULTS: readonly PartyFault[] = ['corrupt-share', 'crash-after-consume', 'crash-in-reshare'];

/**
 * The party's clock: Date.now(), moved by CUSTOS_PARTY_CLOCK_OFFSET_MS under
 * CUSTOS_TEST=1 (a test's way to reach a refresh slot days away).
 */
export function partyNow(env: NodeJS.ProcessEnv = process.env): number {
  const offset = env.CUSTOS_TEST === '1' ? Number(env.CUSTOS_PARTY_CLOCK_OFFSET_MS ?? 0) : 0;
  return Date.now() + (Number.isSafeInteger(offset) ? offset : 0);
}

export function partyFault(env: NodeJS.ProcessEnv = process.env): PartyFault | null {
  if (env.CUSTOS_TEST !== '1') return null;
  const f = env.CUSTOS_PARTY_FAULT as PartyFault | undefined;
  return f !== undefined && FAULTS.includes(f) ? f : null;
}
