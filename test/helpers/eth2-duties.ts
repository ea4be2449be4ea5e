/**
 * eth2 duty bodies as a validator client sends them to the remote-signing API (Web3Signer
 * shapes), on one test chain: the tests' and benchmarks' one source of an attestation request.
 */
import { ssz } from '@lodestar/types';

export const FORK_INFO = {
  fork: { previous_version: '0x00000001', current_version: '0x00000001', epoch: '0' },
  genesis_validators_root: `0x${'47'.repeat(32)}`,
};

const root = (byte: number) => new Uint8Array(32).fill(byte);

/** An ATTESTATION request for `target` (source `target - 1` unless given), at the target's first slot. */
export function attestation(target: number, source = target - 1) {
  return {
    type: 'ATTESTATION',
    fork_info: FORK_INFO,
    attestation: ssz.phase0.AttestationData.toJson({
      slot: target * 32,
      index: 0,
      beaconBlockRoot: root(0x11),
      source: { epoch: source, root: root(0x22) },
      target: { epoch: target, root: root(0x33) },
    }) as Record<string, unknown>,
  };
}

/** Policy rules that let admins act and validator principals sign their duties (append after any rule that must come first). */
export const VALIDATOR_RULES = `  - name: admins
    effect: allow
    when: principal.role == "admin"
  - name: validator-duties
    effect: allow
    when: principal.role == "validator"
`;

/** A policy of just VALIDATOR_RULES. */
export const VALIDATOR_POLICY = `rules:\n${VALIDATOR_RULES}`;
