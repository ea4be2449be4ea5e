/**
 * The signing root the eth2 listener computed is reused by the plan of the body it submits
 * (rememberDuty): that body is frozen, deeply, so the remembered root cannot drift from what is
 * stored and signed. Attack: a write to the body, at any depth, after the root was computed
 * throws. Control: a body never remembered stays writable.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ssz } from '@lodestar/types';
import { eth2Roots, rememberDuty } from '../../src/requests/plans-eth2.js';

const body = () => ({
  type: 'ATTESTATION',
  fork_info: { fork: { previous_version: '0x00000001', current_version: '0x00000001', epoch: '0' }, genesis_validators_root: `0x${'47'.repeat(32)}` },
  attestation: ssz.phase0.AttestationData.toJson({
    slot: 64,
    index: 0,
    beaconBlockRoot: new Uint8Array(32).fill(0x11),
    source: { epoch: 1, root: new Uint8Array(32).fill(0x22) },
    target: { epoch: 2, root: new Uint8Array(32).fill(0x33) },
  }) as Record<string, unknown>,
});

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
