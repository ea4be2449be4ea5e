/**
 * A party's comparison of its own risk with the coordinator's claim (src/party/risk-claim.ts, decision 0030):
 * each refusal beside the claim that passes with the attack removed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkRiskClaim, CLAIM_SCORE_SLACK } from '../../src/party/risk-claim.js';
import { isCustosError } from '../../src/errors.js';
import type { RiskFacts } from '../../src/risk/types.js';

const own = (score: number, codes: string[]): RiskFacts => ({ score, codes, reasons: [] });
const mismatch = (re: RegExp) => (e: unknown) => isCustosError(e, 'E_RISK_MISMATCH') && re.test(e.message);
const ID = '00000000-0000-4000-8000-000000000001';

test('a hidden novelty code is refused; the same claim naming it passes', () => {
  const mine = own(56, ['approval_new_spender', 'new_contract']);
  assert.throws(() => checkRiskClaim(mine, { score: 60, codes: ['new_contract'] }, ID), mismatch(/hidden: approval_new_spender/));
  assert.deepEqual(checkRiskClaim(mine, { score: 56, codes: ['approval_new_spender', 'new_contract'] }, ID), {
    risk: { score: 56, codes: ['approval_new_spender', 'new_contract'] },
    claimedRisk: { score: 56, codes: ['approval_new_spender', 'new_contract'] },
  });
});

test(`a score more than ${CLAIM_SCORE_SLACK} below the party's is refused even with every code named; within the slack it passes`, () => {
  const mine = own(75, ['new_destination']);
  assert.throws(() => checkRiskClaim(mine, { score: 75 - CLAIM_SCORE_SLACK - 1, codes: ['new_destination'] }, ID), mismatch(/more than 40 points lower/));
  assert.doesNotThrow(() => checkRiskClaim(mine, { score: 38, codes: ['new_destination'] }, ID)); // halved via the principal: honest
});

test('velocity, clock and shape codes are compared through the score only', () => {
  assert.doesNotThrow(() => checkRiskClaim(own(9, ['new_contract', 'rate_burst']), { score: 4, codes: ['new_contract'] }, ID));
  assert.throws(() => checkRiskClaim(own(80, ['rate_burst']), { score: 0, codes: [] }, ID), mismatch(/points lower/));
});

test('no claim at all is refused; an overclaim passes and is noted', () => {
  assert.throws(() => checkRiskClaim(own(0, []), undefined, ID), mismatch(/claimed no risk/));
  assert.equal(checkRiskClaim(own(10, ['new_method']), { score: 90, codes: ['new_method', 'listed_address'] }, ID).riskOverclaim, true);
  assert.equal(checkRiskClaim(own(0, []), { score: 0, codes: [] }, ID).riskOverclaim, undefined);
});
