/**
 * A threshold party's check of the risk its coordinator claims for a request
 * (decision 0030). The party decides on its OWN risk facts, scored from the
 * baselines it learned from the requests it released shares for; the claim
 * (`SignContext.risk`: what the coordinator's request view and audit trail
 * show) is only compared with them:
 *
 * - underclaim: a novelty or list code the party computed ({@link COMPARED_CODES})
 *   is missing from the claim, or the claimed score is more than
 *   {@link CLAIM_SCORE_SLACK} below the party's:
 *   refused, E_RISK_MISMATCH (audited at the party as `party.refuse` with both
 *   risks). A coordinator that hides risk from its operator and its trail gets
 *   no share from a party that saw it;
 * - no claim at all: refused the same way (a share is never released on a
 *   request whose claimed risk is unknown);
 * - overclaim (more codes, or a higher score): not refused, the party's own
 *   facts decide; noted in the `key.sign.share` event (`riskOverclaim`).
 *
 * The slack: a coordinator's baselines hold more history than a party's (it
 * learns every signature, a party only those it took part in; a principal's
 * baseline there spans its other keys), so the same signal can honestly be
 * weaker there: a destination its principal used with another key halves
 * `new_destination` (at most 37.5 of its 75 points). The velocity, clock and
 * shape signals (`rate_burst`, `hour_unusual`, `amount_unusual`) are compared
 * through the score only: each side counts its own recent signatures on its
 * own clock over its own history size, so one can name them when the other
 * honestly does not. The novelty and list codes are compared exactly.
 */
import { CustosError } from '../errors.js';
import type { RiskFacts } from '../risk/types.js';
import type { RiskClaim } from './protocol.js';

/** How far below the party's own score a claim may be (the halving of `new_destination`, rounded up). */
export const CLAIM_SCORE_SLACK = 40;

/**
 * The codes a claim must name whenever the party computes them: facts of the request against what was
 * signed (seen sets), the governed lists, the spender's code. A party whose baseline lacks signatures the
 * coordinator knows sees more novelty than it (its refusal then leaves it out: threshold/signing.ts).
 */
export const COMPARED_CODES: ReadonlySet<string> = new Set(['listed_address', 'new_destination', 'new_contract', 'new_method', 'approval_new_spender']);
// approval_to_eoa is compared through the score only: each side asks its own upstream node (`eth_getCode`), and
// a party whose node is down or answers differently must not refuse every approval (review finding).

/** What a party records of the claim beside its own risk. */
export interface ClaimNote {
  risk: RiskClaim;
  claimedRisk: RiskClaim;
  riskOverclaim?: true;
}

/**
 * Compare the claim with the party's own risk: the note for the audit event,
 * or E_RISK_MISMATCH naming what was hidden.
 *
 * @example
 *   checkRiskClaim({ score: 56, codes: ['approval_new_spender'], reasons }, { score: 0, codes: [] }, id)
 *   // throws E_RISK_MISMATCH (details.hidden: ['approval_new_spender'])
 */
export function checkRiskClaim(own: RiskFacts, claim: RiskClaim | undefined, requestId: string): ClaimNote {
  const mine: RiskClaim = { score: own.score, codes: [...own.codes] };
  if (!claim) {
    throw new CustosError('E_RISK_MISMATCH', `party refuses: the coordinator claimed no risk for request ${requestId}; this party scores it ${own.score}`, {
      requestId,
      ownRisk: mine,
    });
  }
  const claimed = new Set(claim.codes);
  const hidden = own.codes.filter((c) => COMPARED_CODES.has(c) && !claimed.has(c));
  if (hidden.length > 0 || claim.score < own.score - CLAIM_SCORE_SLACK) {
    throw new CustosError(
      'E_RISK_MISMATCH',
      `party refuses: the coordinator claims risk ${claim.score} [${claim.codes.join(', ')}] for request ${requestId}; this party scores it ${own.score} [${own.codes.join(', ')}]` +
        (hidden.length ? ` (hidden: ${hidden.join(', ')})` : ` (more than ${CLAIM_SCORE_SLACK} points lower)`),
      { requestId, ownRisk: mine, claimedRisk: { score: claim.score, codes: [...claim.codes] }, hidden },
    );
  }
  const mineSet = new Set(own.codes);
  const over = claim.score > own.score || claim.codes.some((c) => !mineSet.has(c));
  return { risk: mine, claimedRisk: { score: claim.score, codes: [...claim.codes] }, ...(over ? { riskOverclaim: true as const } : {}) };
}
