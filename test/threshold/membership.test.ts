/**
 * The one T-of-N membership check shared by the DKG and resharing: each
 * party once, 2 <= T <= N, E_BAD_INPUT naming the field.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkMembership } from '../../src/threshold/parties.js';
import { isCustosError } from '../../src/errors.js';

const refused = (field: string) => (e: unknown) => isCustosError(e, 'E_BAD_INPUT') && e.details?.field === field;

test('a valid membership comes back as its names (positive controls at both ends of the range)', () => {
  assert.deepEqual(checkMembership(['a', 'b', 'c'], 2), ['a', 'b', 'c']);
  assert.deepEqual(checkMembership(['a', 'b', 'c'], 3), ['a', 'b', 'c']);
});

test('a party named twice is refused, even when the threshold would fit the list with the repeat', () => {
  assert.throws(() => checkMembership(['a', 'b', 'a'], 2), refused('parties'));
  assert.throws(() => checkMembership(['a', 'a', 'b', 'c'], 4), refused('parties'));
});

test('a threshold outside 2..N, or not an integer, is refused', () => {
  for (const t of [0, 1, 4, 2.5, Number.NaN, Number.MAX_SAFE_INTEGER + 2])
    assert.throws(() => checkMembership(['a', 'b', 'c'], t), refused('threshold'), String(t));
});
