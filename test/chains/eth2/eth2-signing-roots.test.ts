/**
 * Signing roots on a second, independent SSZ path: the containers written out in this test per
 * the consensus specs with @chainsafe/ssz primitives (not @lodestar/types), compute_domain and
 * compute_signing_root by hand; the roots are then signed with custos's BLS and verified with blst.
 * Covers what Web3Signer's examples cannot (mainnet-preset electra aggregates and sync-committee
 * contributions) and the fork-version choice at a fork boundary.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BitListType, BitVectorType, ByteVectorType, ContainerType, UintNumberType } from '@chainsafe/ssz';
import { PublicKey, Signature, verify } from '@chainsafe/blst';
import { eth2SigningRoot } from '../../../src/chains/eth2/signing-root.js';
import { publicKey, sign } from '../../../src/crypto/bls.js';

const J = { jsonCase: 'eth2' } as const;
const u64 = new UintNumberType(8);
const b32 = new ByteVectorType(32);
const Checkpoint = new ContainerType({ epoch: u64, root: b32 }, J);
const AttestationData = new ContainerType({ slot: u64, index: u64, beaconBlockRoot: b32, source: Checkpoint, target: Checkpoint }, J);
const ElectraAttestation = new ContainerType(
  { aggregationBits: new BitListType(2048 * 64), data: AttestationData, signature: new ByteVectorType(96), committeeBits: new BitVectorType(64) },
  J,
);
const ElectraAggregateAndProof = new ContainerType({ aggregatorIndex: u64, aggregate: ElectraAttestation, selectionProof: new ByteVectorType(96) }, J);
const SyncCommitteeContribution = new ContainerType(
  { slot: u64, beaconBlockRoot: b32, subcommitteeIndex: u64, aggregationBits: new BitVectorType(512 / 4), signature: new ByteVectorType(96) },
  J,
);
const ContributionAndProof = new ContainerType({ aggregatorIndex: u64, contribution: SyncCommitteeContribution, selectionProof: new ByteVectorType(96) }, J);
const ForkData = new ContainerType({ currentVersion: new ByteVectorType(4), genesisValidatorsRoot: b32 }, J);
const SigningData = new ContainerType({ objectRoot: b32, domain: b32 }, J);

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/^0x/, ''), 'hex'));
const GVR = `0x${'47'.repeat(32)}`;
const FORK = { previous_version: '0x04000000', current_version: '0x05000000', epoch: '100' };
function signingRoot(domainType: string, forkVersion: string, objectRoot: Uint8Array): string {
  const fdr = ForkData.hashTreeRoot({ currentVersion: hex(forkVersion), genesisValidatorsRoot: hex(GVR) });
  const domain = new Uint8Array(32);
  domain.set(hex(domainType));
  domain.set(fdr.subarray(0, 28), 4);
  return `0x${Buffer.from(SigningData.hashTreeRoot({ objectRoot, domain })).toString('hex')}`;
}
const sk = hex('263dbd792f5b1be47ed85f8938c0f29586af0d3ac7b977f21c278fe1462040e3');

function signsAndVerifies(root: string) {
  const sig = sign(sk, hex(root));
  assert.ok(verify(hex(root), PublicKey.fromBytes(publicKey(sk)), Signature.fromBytes(sig), true, true));
}

test('AGGREGATE_AND_PROOF_V2 (ELECTRA, mainnet preset) and the fork boundary: epoch 99 takes previous_version, 100 current', () => {
  for (const [slot, fv] of [
    [99 * 32 + 31, FORK.previous_version],
    [100 * 32, FORK.current_version],
  ] as const) {
    const data = {
      slot,
      index: 0,
      beaconBlockRoot: hex('11'.repeat(32)),
      source: { epoch: 98, root: hex('22'.repeat(32)) },
      target: { epoch: Math.floor(slot / 32), root: hex('33'.repeat(32)) },
    };
    const bits = ElectraAttestation.fields.aggregationBits.defaultValue();
    const agg = {
      aggregatorIndex: 7,
      aggregate: { aggregationBits: bits, data, signature: new Uint8Array(96), committeeBits: ElectraAttestation.fields.committeeBits.defaultValue() },
      selectionProof: new Uint8Array(96),
    };
    agg.aggregate.committeeBits.set(3, true);
    const expected = signingRoot('0x06000000', fv, ElectraAggregateAndProof.hashTreeRoot(agg));
    const duty = eth2SigningRoot({
      type: 'AGGREGATE_AND_PROOF_V2',
      fork_info: { fork: FORK, genesis_validators_root: GVR },
      aggregate_and_proof: { version: 'ELECTRA', data: ElectraAggregateAndProof.toJson(agg) },
    });
    assert.equal(duty.signingRoot, expected);
    assert.equal(duty.forkVersion, fv);
    signsAndVerifies(duty.signingRoot);
  }
});

test('SYNC_COMMITTEE_CONTRIBUTION_AND_PROOF (mainnet preset) and ATTESTATION (domain at the target epoch)', () => {
  const c = {
    aggregatorIndex: 11,
    contribution: {
      slot: 3300,
      beaconBlockRoot: hex('44'.repeat(32)),
      subcommitteeIndex: 1,
      aggregationBits: SyncCommitteeContribution.fields.aggregationBits.defaultValue(),
      signature: new Uint8Array(96),
    },
    selectionProof: new Uint8Array(96),
  };
  c.contribution.aggregationBits.set(5, true);
  const d = eth2SigningRoot({
    type: 'SYNC_COMMITTEE_CONTRIBUTION_AND_PROOF',
    fork_info: { fork: FORK, genesis_validators_root: GVR },
    contribution_and_proof: ContributionAndProof.toJson(c),
  });
  assert.equal(d.signingRoot, signingRoot('0x09000000', FORK.current_version, ContributionAndProof.hashTreeRoot(c)));
  signsAndVerifies(d.signingRoot);
  // An attestation in slot 3200 (epoch 100) whose target is epoch 99 is signed with the previous version.
  const a = {
    slot: 3200,
    index: 2,
    beaconBlockRoot: hex('55'.repeat(32)),
    source: { epoch: 98, root: hex('66'.repeat(32)) },
    target: { epoch: 99, root: hex('77'.repeat(32)) },
  };
  const da = eth2SigningRoot({ type: 'ATTESTATION', fork_info: { fork: FORK, genesis_validators_root: GVR }, attestation: AttestationData.toJson(a) });
  assert.equal(da.signingRoot, signingRoot('0x01000000', FORK.previous_version, AttestationData.hashTreeRoot(a)));
  assert.deepEqual([da.sourceEpoch, da.targetEpoch], [98, 99]);
  signsAndVerifies(da.signingRoot);
});

test('bad input: unknown type, malformed payloads, a mismatched signingRoot, all E_BAD_INPUT naming the field', () => {
  const fi = { fork: FORK, genesis_validators_root: GVR };
  const bad = (body: unknown, field: string) =>
    assert.throws(
      () => eth2SigningRoot(body),
      (e: any) => e?.code === 'E_BAD_INPUT' && e.details?.field === field,
    );
  bad({ type: 'NOPE' }, 'type');
  bad({ type: 'RANDAO_REVEAL', fork_info: fi, randao_reveal: { epoch: '-1' } }, 'randao_reveal.epoch');
  bad({ type: 'RANDAO_REVEAL', fork_info: { ...fi, genesis_validators_root: '0x12' }, randao_reveal: { epoch: '1' } }, 'fork_info.genesis_validators_root');
  bad({ type: 'ATTESTATION', fork_info: fi, attestation: { slot: '1' } }, 'attestation');
  bad({ type: 'BLOCK_V2', fork_info: fi, beacon_block: { version: 'GLOAS' } }, 'beacon_block.version');
  bad({ type: 'RANDAO_REVEAL', fork_info: fi, randao_reveal: { epoch: '1' }, signingRoot: `0x${'00'.repeat(32)}` }, 'signingRoot');
  // Positive control: the same request without the wrong root passes.
  assert.match(eth2SigningRoot({ type: 'RANDAO_REVEAL', fork_info: fi, randao_reveal: { epoch: '1' } }).signingRoot, /^0x[0-9a-f]{64}$/);
});
