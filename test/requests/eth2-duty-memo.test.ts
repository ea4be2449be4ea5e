/**
 * The signing root the eth2 listener computed is reused by the plan of the body it submits
 * (rememberDuty): that body is frozen, deeply, so the remembered root cannot drift from what is
 * stored and signed. Attack: a write to the body, at any depth, after the root was computed
 * throws. Control: a body never remembered stays writable.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attestation } from '../helpers/eth2-duties.js';
import { eth2Roots, rememberDuty } from '../../src/requests/plans-eth2.js';

const body = () => attestation(2);

test('a remembered duty body is frozen at every depth; a body never remembered is not', async () => {
  const b = body();
  const duty = (await eth2Roots()).eth2SigningRoot(b, {});
  rememberDuty(b, undefined, duty);
  assert.throws(() => {
    (b.attestation.target as Record<string, unknown>).epoch = '1000';
  }, TypeError);
  assert.throws(() => {
    b.fork_info.genesis_validators_root = `0x${'00'.repeat(32)}`;
  }, TypeError);
  assert.throws(() => {
    (b as Record<string, unknown>).extra = 1;
  }, TypeError);
  assert.equal((await eth2Roots()).eth2SigningRoot(b, {}).signingRoot, duty.signingRoot, 'the body still hashes to the remembered root');
  const other = body();
  (other.attestation.target as Record<string, unknown>).epoch = '3';
  assert.equal((other.attestation.target as Record<string, unknown>).epoch, '3', 'control: a body not remembered is writable');
});
