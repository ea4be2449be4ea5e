/**
 * eth2 signing plans: one Web3Signer sign request (`POST
 * /api/v1/eth2/sign/{pubkey}`) signed by a bls12-381 key. The signing root
 * and duty facts are the chain module's (chains/eth2/signing-root.ts); this
 * wires them to a key, to the policy facts (`eth2.*`), and to slashing
 * protection, which the executor runs in the signing transaction right before
 * the signature (`Plan.beforeSign`), so a signature is returned only with its
 * record committed.
 */
import { CustosError } from '../errors.js';
import { fromHex } from '../crypto/bytes.js';
import type { Eth2Duty } from '../chains/eth2/signing-root.js';
import { lazy } from '../lazy.js';
import { object, pubkey as pubkeyHex, root as rootHex } from '../chains/eth2/values.js';
import type { Repo } from '../store/repo.js';
import type { KeyRecord } from '../store/records.js';
import type { Planner } from './types.js';

/** The stored payload of an eth2 signing request. */
export interface Eth2StoredPayload {
  type: 'eth2';
  /** The custos key holding `pubkey`. */
  key: string;
  /** The validator's BLS public key, 0x-hex (the request's {identifier}). */
  pubkey: string;
  /** The Web3Signer request body as the client sent it. */
  body: Record<string, unknown>;
  /** The network's GENESIS_FORK_VERSION (VALIDATOR_REGISTRATION), fixed at submission. */
  genesisForkVersion?: string;
  /** The submitting principal's `eth2-scope` tag (absent: unscoped), checked again against the key at execution. */
  scope?: string;
}

/**
 * The tag that scopes validator principals to BLS keys: a validator principal signs with, and
 * lists, only the keys whose `eth2-scope` tag equals its own (both absent counts as equal), so
 * two validator clients behind one custos never see each other's keys (docs/decisions/0021).
 */
export const ETH2_SCOPE_TAG = 'eth2-scope';

/** Whether a key (by its tags) is in the scope of a principal (by its tags). */
export function inEth2Scope(principalTags: Readonly<Record<string, string>>, keyTags: Readonly<Record<string, string>>): boolean {
  return (principalTags[ETH2_SCOPE_TAG] ?? null) === (keyTags[ETH2_SCOPE_TAG] ?? null);
}

/** Whether a BLS key serves a principal of the eth2 listener (validator or keymanager): not watch-only, in its scope. */
export function servesEth2(principalTags: Readonly<Record<string, string>>, k: Pick<KeyRecord, 'custody' | 'tags'>): boolean {
  return k.custody !== 'watch' && inEth2Scope(principalTags, k.tags);
}

/** `eth2.*` in the policy facts: what the duty is (JSON numbers; hex lowercase). */
export function dutyFacts(d: Eth2Duty, pubkey: string): Record<string, unknown> {
  return {
    type: d.type,
    pubkey,
    forkVersion: d.forkVersion,
    ...(d.slot !== undefined ? { slot: d.slot } : {}),
    ...(d.epoch !== undefined ? { epoch: d.epoch } : {}),
    ...(d.sourceEpoch !== undefined ? { sourceEpoch: d.sourceEpoch } : {}),
    ...(d.targetEpoch !== undefined ? { targetEpoch: d.targetEpoch } : {}),
    ...(d.feeRecipient !== undefined ? { feeRecipient: d.feeRecipient } : {}),
    ...(d.gasLimit !== undefined ? { gasLimit: Number(d.gasLimit) } : {}),
    ...(d.validatorIndex !== undefined ? { validatorIndex: d.validatorIndex } : {}),
    ...(d.amount !== undefined ? { amount: Number(d.amount) } : {}),
  };
}

/** The signing-root module (@lodestar/types, @chainsafe/ssz: ~0.15 s to load), loaded on the first duty. */
export const eth2Roots = lazy(() => import('../chains/eth2/signing-root.js'));

/** The duty's slashing-protection record, in the signing transaction (blocks and attestations; other types are not slashable). */
async function protect(repo: Repo, d: Eth2Duty, pubkey: string, body: Record<string, unknown>): Promise<void> {
  if (d.type !== 'BLOCK_V2' && d.type !== 'ATTESTATION') return;
  // The signing root already parsed fork_info; the chain it names is the chain this store protects.
  const gvr = rootHex(object(body.fork_info, 'fork_info').genesis_validators_root, 'fork_info.genesis_validators_root');
  if (d.type === 'BLOCK_V2') await repo.eth2.checkAndRecordBlock(pubkey, d.slot!, d.signingRoot, gvr);
  else await repo.eth2.checkAndRecordAttestation(pubkey, d.sourceEpoch!, d.targetEpoch!, d.signingRoot, gvr);
}

/**
 * Duties whose signing root the listener just computed from this very body object, which it submits
 * unchanged (nothing writes to a payload body after that): planning it does not hash the duty again.
 * Keyed by the object and held weakly, so only the submission that follows the check uses it; a body
 * read back from the store is another object and is hashed again.
 */
const computed = new WeakMap<object, { genesisForkVersion: string | undefined; duty: Eth2Duty }>();

/**
 * Remember the duty computed from `body` (with `genesisForkVersion`), for the plan of the payload that
 * carries this body. The body is frozen, deeply, first: the remembered root stays the root of what is
 * planned, stored and signed (a write to it would throw, not sign a root of a body that changed).
 */
export function rememberDuty(body: Record<string, unknown>, genesisForkVersion: string | undefined, duty: Eth2Duty): void {
  deepFreeze(body);
  computed.set(body, { genesisForkVersion, duty });
}

function deepFreeze(x: unknown): void {
  if (typeof x !== 'object' || x === null || Object.isFrozen(x)) return;
  Object.freeze(x);
  for (const v of Object.values(x)) deepFreeze(v);
}

export const planEth2: Planner<Eth2StoredPayload> = async (repo, keys, p) => {
  const pubkey = pubkeyHex(p.pubkey, 'identifier');
  const known = computed.get(p.body);
  const duty =
    known && known.genesisForkVersion === p.genesisForkVersion
      ? known.duty
      : (await eth2Roots()).eth2SigningRoot(p.body, p.genesisForkVersion !== undefined ? { genesisForkVersion: p.genesisForkVersion } : {});
  const key = await keys.facts(repo, p.key);
  const scope: Record<string, string> = p.scope !== undefined ? { [ETH2_SCOPE_TAG]: p.scope } : {};
  if (key.algorithm !== 'bls12-381' || `0x${key.publicKey}` !== pubkey || !inEth2Scope(scope, key.tags)) {
    throw new CustosError('E_KEY_NOT_FOUND', `no validator key ${pubkey.slice(0, 12)}…`, { pubkey });
  }
  const message = fromHex(duty.signingRoot.slice(2), 'signingRoot', 32);
  return {
    kind: 'eth2',
    key: p.key,
    scheme: 'bls-pop',
    size: JSON.stringify(p.body).length,
    payloadFacts: { eth2: dutyFacts(duty, pubkey) },
    valueUsd: 0,
    tasks: [{ ref: p.key, scheme: 'bls-pop', input: { message } }],
    beforeSign: (r) => protect(r, duty, pubkey, p.body),
    assemble: ([r]) => ({ ...r!, signature: `0x${r!.signature}`, signingRoot: duty.signingRoot, type: duty.type }),
  };
};
