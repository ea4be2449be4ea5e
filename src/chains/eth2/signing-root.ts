/**
 * Signing roots of every Web3Signer eth2 request type, computed by custos from
 * the payload, the fork info and the domain — never taken from the caller.
 * A request's own `signingRoot`, when given, must agree or it is refused.
 *
 * Spec: consensus-specs phase0 beacon-chain.md (compute_domain,
 * compute_signing_root, get_domain), validator.md (selection proofs,
 * aggregates), altair validator.md (sync committee), builder-specs
 * (DOMAIN_APPLICATION_BUILDER, genesis fork version and a zero
 * genesis_validators_root), phase0 deposits (compute_domain with the genesis
 * fork version). SSZ containers come from @lodestar/types (phase0 .. fulu);
 * the signing roots and domains are composed here.
 */
import { ContainerType } from '@chainsafe/ssz';
import { ssz } from '@lodestar/types';
import {
  DOMAIN_AGGREGATE_AND_PROOF,
  DOMAIN_APPLICATION_BUILDER,
  DOMAIN_BEACON_ATTESTER,
  DOMAIN_BEACON_PROPOSER,
  DOMAIN_CONTRIBUTION_AND_PROOF,
  DOMAIN_DEPOSIT,
  DOMAIN_RANDAO,
  DOMAIN_SELECTION_PROOF,
  DOMAIN_SYNC_COMMITTEE,
  DOMAIN_SYNC_COMMITTEE_SELECTION_PROOF,
  DOMAIN_VOLUNTARY_EXIT,
  SLOTS_PER_EPOCH,
} from '@lodestar/params';
import { badInput } from '../../errors.js';
import { fromHex, toHex } from '../../crypto/bytes.js';
import { object, root as rootHex, uint } from './values.js';

export const ETH2_SIGN_TYPES = [
  'BLOCK_V2',
  'ATTESTATION',
  'AGGREGATION_SLOT',
  'AGGREGATE_AND_PROOF',
  'AGGREGATE_AND_PROOF_V2',
  'RANDAO_REVEAL',
  'VOLUNTARY_EXIT',
  'SYNC_COMMITTEE_MESSAGE',
  'SYNC_COMMITTEE_SELECTION_PROOF',
  'SYNC_COMMITTEE_CONTRIBUTION_AND_PROOF',
  'VALIDATOR_REGISTRATION',
  'DEPOSIT',
] as const;
export type Eth2SignType = (typeof ETH2_SIGN_TYPES)[number];

const FORKS = { PHASE0: 'phase0', ALTAIR: 'altair', BELLATRIX: 'bellatrix', CAPELLA: 'capella', DENEB: 'deneb', ELECTRA: 'electra', FULU: 'fulu' } as const;
type ForkName = (typeof FORKS)[keyof typeof FORKS];

/**
 * The builder API's registration message with exact uint64s (@lodestar/types declares gas_limit and
 * timestamp as JS numbers, lossy above 2^53).
 */
const ValidatorRegistration = new ContainerType(
  { feeRecipient: ssz.ExecutionAddress, gasLimit: ssz.UintBn64, timestamp: ssz.UintBn64, pubkey: ssz.BLSPubkey },
  { typeName: 'ValidatorRegistrationV1', jsonCase: 'eth2' },
);

/** The block header with exact uint64s (slot and proposer index), so any header a client sends hashes as it should. */
const BeaconBlockHeader = new ContainerType(
  { slot: ssz.UintBn64, proposerIndex: ssz.UintBn64, parentRoot: ssz.Root, stateRoot: ssz.Root, bodyRoot: ssz.Root },
  { typeName: 'BeaconBlockHeader', jsonCase: 'eth2' },
);

function safeSlot(v: bigint, field: string): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw badInput(`${field}: above 2^53 - 1`, { field });
  return Number(v);
}

/** What a request is about, for slashing protection and policy (eth2.* facts). */
export interface Eth2Duty {
  type: Eth2SignType;
  signingRoot: string;
  /** The fork version the domain was computed with (0x-hex, 4 bytes). */
  forkVersion: string;
  slot?: number;
  epoch?: number;
  /** ATTESTATION: source and target epochs. */
  sourceEpoch?: number;
  targetEpoch?: number;
  /** VALIDATOR_REGISTRATION. */
  feeRecipient?: string;
  gasLimit?: string;
  /** VOLUNTARY_EXIT. */
  validatorIndex?: number;
  /** DEPOSIT: amount in gwei (decimal string). */
  amount?: string;
}

export interface SigningRootOptions {
  /** The network's GENESIS_FORK_VERSION, for VALIDATOR_REGISTRATION (default mainnet 0x00000000). */
  genesisForkVersion?: string;
}

function fromJson<T>(type: { fromJson(j: unknown): T }, json: unknown, field: string): T {
  object(json, field);
  try {
    return type.fromJson(json);
  } catch {
    throw badInput(`${field}: not a valid ${field} object`, { field }); // ssz's message may echo input
  }
}

function version(v: unknown, field: string): Uint8Array {
  if (typeof v !== 'string' || !/^0x[0-9a-fA-F]{8}$/.test(v)) throw badInput(`${field}: expected 0x and 8 hex digits`, { field });
  return fromHex(v, field, 4);
}

/** compute_domain(domain_type, fork_version, genesis_validators_root). */
export function computeDomain(domainType: Uint8Array, forkVersion: Uint8Array, genesisValidatorsRoot: Uint8Array): Uint8Array {
  const forkDataRoot = ssz.phase0.ForkData.hashTreeRoot({ currentVersion: forkVersion, genesisValidatorsRoot });
  const domain = new Uint8Array(32);
  domain.set(domainType, 0);
  domain.set(forkDataRoot.subarray(0, 28), 4);
  return domain;
}

/** compute_signing_root(object_root, domain). */
export function computeSigningRoot(objectRoot: Uint8Array, domain: Uint8Array): Uint8Array {
  return ssz.phase0.SigningData.hashTreeRoot({ objectRoot, domain });
}

interface ForkInfo {
  previousVersion: Uint8Array;
  currentVersion: Uint8Array;
  epoch: number;
  genesisValidatorsRoot: Uint8Array;
}

function forkInfo(v: unknown): ForkInfo {
  const f = object(v, 'fork_info');
  const fork = object(f.fork, 'fork_info.fork');
  // Clients send snake_case; Web3Signer's own examples also use camelCase for the versions.
  return {
    previousVersion: version(fork.previous_version ?? fork.previousVersion, 'fork_info.fork.previous_version'),
    currentVersion: version(fork.current_version ?? fork.currentVersion, 'fork_info.fork.current_version'),
    epoch: uint(fork.epoch, 'fork_info.fork.epoch'),
    genesisValidatorsRoot: fromHex(rootHex(f.genesis_validators_root, 'fork_info.genesis_validators_root'), 'fork_info.genesis_validators_root', 32),
  };
}

const epochOf = (slot: number) => Math.floor(slot / SLOTS_PER_EPOCH);

/** Web3Signer's request body of POST /api/v1/eth2/sign/{pubkey}, reduced to its signing root and duty facts. */
export function eth2SigningRoot(body: unknown, opts: SigningRootOptions = {}): Eth2Duty {
  const b = object(body, 'body');
  const type = b.type;
  if (typeof type !== 'string' || !(ETH2_SIGN_TYPES as readonly string[]).includes(type)) {
    throw badInput(`type: expected one of ${ETH2_SIGN_TYPES.join(', ')}`, { field: 'type' });
  }
  const duty = compute(type as Eth2SignType, b, opts);
  if (b.signingRoot !== undefined && b.signingRoot !== null) {
    const claimed = rootHex(b.signingRoot, 'signingRoot');
    if (claimed !== duty.signingRoot) throw badInput('signingRoot: differs from the signing root custos computed from the payload', { field: 'signingRoot' });
  }
  return duty;
}

function compute(type: Eth2SignType, b: Record<string, unknown>, opts: SigningRootOptions): Eth2Duty {
  const withFork = (domainType: Uint8Array, epoch: number, objectRoot: Uint8Array, facts: Partial<Eth2Duty>): Eth2Duty => {
    const fi = forkInfo(b.fork_info);
    const fv = epoch < fi.epoch ? fi.previousVersion : fi.currentVersion;
    const signingRoot = toHex0x(computeSigningRoot(objectRoot, computeDomain(domainType, fv, fi.genesisValidatorsRoot)));
    return { type, signingRoot, forkVersion: toHex0x(fv), epoch, ...facts };
  };
  switch (type) {
    case 'BLOCK_V2': {
      const bb = object(b.beacon_block, 'beacon_block');
      const fork = typeof bb.version === 'string' ? (FORKS as Record<string, ForkName>)[bb.version.toUpperCase()] : undefined;
      if (!fork) throw badInput(`beacon_block.version: expected one of ${Object.keys(FORKS).join(', ')}`, { field: 'beacon_block.version' });
      // The block's root equals its header's (body_root = hash_tree_root(body)); a client may send either.
      let objectRoot: Uint8Array;
      let slot: number;
      if (bb.block_header !== undefined) {
        const h = fromJson(BeaconBlockHeader, bb.block_header, 'beacon_block.block_header');
        objectRoot = BeaconBlockHeader.hashTreeRoot(h);
        slot = safeSlot(h.slot, 'beacon_block.block_header.slot');
      } else {
        const t = ssz[fork].BeaconBlock;
        const blk = fromJson(t as { fromJson(j: unknown): { slot: number } }, bb.block, 'beacon_block.block');
        objectRoot = (t as unknown as { hashTreeRoot(v: unknown): Uint8Array }).hashTreeRoot(blk);
        slot = blk.slot;
      }
      return withFork(DOMAIN_BEACON_PROPOSER, epochOf(slot), objectRoot, { slot });
    }
    case 'ATTESTATION': {
      const a = fromJson(ssz.phase0.AttestationData, b.attestation, 'attestation');
      return withFork(DOMAIN_BEACON_ATTESTER, a.target.epoch, ssz.phase0.AttestationData.hashTreeRoot(a), {
        slot: a.slot,
        sourceEpoch: a.source.epoch,
        targetEpoch: a.target.epoch,
      });
    }
    case 'AGGREGATION_SLOT': {
      const slot = uint(object(b.aggregation_slot, 'aggregation_slot').slot, 'aggregation_slot.slot');
      return withFork(DOMAIN_SELECTION_PROOF, epochOf(slot), ssz.Slot.hashTreeRoot(slot), { slot });
    }
    case 'AGGREGATE_AND_PROOF':
    case 'AGGREGATE_AND_PROOF_V2': {
      let json: unknown = b.aggregate_and_proof;
      let electra = false;
      if (type === 'AGGREGATE_AND_PROOF_V2') {
        const v = object(json, 'aggregate_and_proof');
        const fork = typeof v.version === 'string' ? (FORKS as Record<string, ForkName>)[v.version.toUpperCase()] : undefined;
        if (!fork) throw badInput(`aggregate_and_proof.version: expected one of ${Object.keys(FORKS).join(', ')}`, { field: 'aggregate_and_proof.version' });
        electra = fork === 'electra' || fork === 'fulu';
        json = v.data;
      }
      if (electra) {
        const x = fromJson(ssz.electra.AggregateAndProof, json, 'aggregate_and_proof');
        return withFork(DOMAIN_AGGREGATE_AND_PROOF, epochOf(x.aggregate.data.slot), ssz.electra.AggregateAndProof.hashTreeRoot(x), {
          slot: x.aggregate.data.slot,
        });
      }
      const x = fromJson(ssz.phase0.AggregateAndProof, json, 'aggregate_and_proof');
      return withFork(DOMAIN_AGGREGATE_AND_PROOF, epochOf(x.aggregate.data.slot), ssz.phase0.AggregateAndProof.hashTreeRoot(x), {
        slot: x.aggregate.data.slot,
      });
    }
    case 'RANDAO_REVEAL': {
      const epoch = uint(object(b.randao_reveal, 'randao_reveal').epoch, 'randao_reveal.epoch');
      return withFork(DOMAIN_RANDAO, epoch, ssz.Epoch.hashTreeRoot(epoch), {});
    }
    case 'VOLUNTARY_EXIT': {
      const x = fromJson(ssz.phase0.VoluntaryExit, b.voluntary_exit, 'voluntary_exit');
      return withFork(DOMAIN_VOLUNTARY_EXIT, x.epoch, ssz.phase0.VoluntaryExit.hashTreeRoot(x), { validatorIndex: x.validatorIndex });
    }
    case 'SYNC_COMMITTEE_MESSAGE': {
      const m = object(b.sync_committee_message, 'sync_committee_message');
      const slot = uint(m.slot, 'sync_committee_message.slot');
      const blockRoot = fromHex(rootHex(m.beacon_block_root, 'sync_committee_message.beacon_block_root'), 'beacon_block_root', 32);
      return withFork(DOMAIN_SYNC_COMMITTEE, epochOf(slot), ssz.Root.hashTreeRoot(blockRoot), { slot });
    }
    case 'SYNC_COMMITTEE_SELECTION_PROOF': {
      const x = fromJson(ssz.altair.SyncAggregatorSelectionData, b.sync_aggregator_selection_data, 'sync_aggregator_selection_data');
      return withFork(DOMAIN_SYNC_COMMITTEE_SELECTION_PROOF, epochOf(x.slot), ssz.altair.SyncAggregatorSelectionData.hashTreeRoot(x), { slot: x.slot });
    }
    case 'SYNC_COMMITTEE_CONTRIBUTION_AND_PROOF': {
      const x = fromJson(ssz.altair.ContributionAndProof, b.contribution_and_proof, 'contribution_and_proof');
      return withFork(DOMAIN_CONTRIBUTION_AND_PROOF, epochOf(x.contribution.slot), ssz.altair.ContributionAndProof.hashTreeRoot(x), {
        slot: x.contribution.slot,
      });
    }
    case 'VALIDATOR_REGISTRATION': {
      const x = fromJson(ValidatorRegistration, b.validator_registration, 'validator_registration');
      const gfv = version(opts.genesisForkVersion ?? '0x00000000', 'genesisForkVersion');
      const signingRoot = toHex0x(
        computeSigningRoot(ValidatorRegistration.hashTreeRoot(x), computeDomain(DOMAIN_APPLICATION_BUILDER, gfv, new Uint8Array(32))),
      );
      return { type, signingRoot, forkVersion: toHex0x(gfv), feeRecipient: toHex0x(x.feeRecipient), gasLimit: x.gasLimit.toString() };
    }
    case 'DEPOSIT': {
      const d = object(b.deposit, 'deposit');
      const gfv = version(d.genesis_fork_version, 'deposit.genesis_fork_version');
      const msg = fromJson(ssz.phase0.DepositMessage, { pubkey: d.pubkey, withdrawal_credentials: d.withdrawal_credentials, amount: d.amount }, 'deposit');
      const signingRoot = toHex0x(computeSigningRoot(ssz.phase0.DepositMessage.hashTreeRoot(msg), computeDomain(DOMAIN_DEPOSIT, gfv, new Uint8Array(32))));
      return { type, signingRoot, forkVersion: toHex0x(gfv), amount: String(msg.amount) };
    }
  }
}

const toHex0x = (b: Uint8Array) => `0x${toHex(b)}`;
