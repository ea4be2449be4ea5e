/**
 * EVM signing plans: transactions of every type, EIP-191 messages, EIP-712
 * typed data and EIP-7702 authorizations, signed by a secp256k1 key (or a
 * wallet account) with its Ethereum address. Encoding, hashing and
 * assembling are the chain module's (viem); this only wires them to a key.
 */
import { CustosError } from '../errors.js';
import { fromHex, toHex } from '../crypto/bytes.js';
import { ethereumAddress } from '../crypto/addresses.js';
import { createHash } from 'node:crypto';
import { lazy } from '../lazy.js';
import type { EvmPayload, Hex } from '../chains/evm/types.js';
import type { ChainConfig } from '../chains/config.js';
import { parseCurve } from '../keystore/refs.js';
import { type Planner, velocityUsd } from './plans.js';
import { observe } from '../risk/observe.js';

/**
 * An approval's spender, looked up at the upstream node before the decision
 * (`payload.tx.spenderCode`: "eoa", "contract" or "unknown"; the risk signal
 * `approval_to_eoa` reads it). Absent without an upstream (`--eth-rpc`) or
 * when the request approves nothing. The spender is the one the detector
 * sees (risk/observe.ts), so the two cannot disagree.
 */
export async function withSpenderCode(facts: Record<string, unknown>, chains: ChainConfig): Promise<void> {
  const lookup = chains.eth.code;
  const tx = facts.tx;
  if (!lookup || typeof tx !== 'object' || tx === null) return;
  const { spender } = observe({ key: '', principal: '', usd: 0, atMs: 0, payload: facts });
  if (spender) (tx as Record<string, unknown>).spenderCode = await lookup(spender);
}

export interface EvmStoredPayload {
  type: 'evm';
  key: string;
  curve?: string;
  payload: EvmPayload;
}

/**
 * Digests of recently planned payloads, keyed by the SHA-256 of the payload's
 * JSON text: a request is planned at submission and again at approval and
 * execution (deliberately, from the stored payload), and hashing typed data
 * at the limits is the costly part. The digest is a pure function of those
 * exact bytes, so a hit is what hashing again would give; validation and the
 * facts (prices change) are always recomputed. Bounded (oldest out first).
 */
const DIGESTS = new Map<string, Hex>();
/** The EVM chain module (viem), loaded on the first EVM request. */
const evmModule = lazy(() => import('../chains/evm/prepare.js'));
const DIGESTS_MAX = 256;

function remember(key: string, digest: Hex): void {
  DIGESTS.delete(key);
  DIGESTS.set(key, digest);
  if (DIGESTS.size > DIGESTS_MAX) DIGESTS.delete(DIGESTS.keys().next().value!);
}

/** The payload's JSON text and its SHA-256; undefined when it has none (a JS caller's bigint). */
function payloadText(payload: EvmPayload): { text: string; id: string } | undefined {
  try {
    const text = JSON.stringify(payload);
    return typeof text === 'string' ? { text, id: createHash('sha256').update(text).digest('hex') } : undefined;
  } catch {
    return undefined;
  }
}

export function evmPlanner(chains: ChainConfig): Planner<EvmStoredPayload> {
  return async (repo, keys, p) => {
    const { assembleEvm, prepareEvmAsync } = await evmModule();
    const curve = p.curve !== undefined ? parseCurve(p.curve) : undefined;
    const key = await keys.facts(repo, p.key, curve);
    if (key.algorithm !== 'secp256k1') throw new CustosError('E_UNSUPPORTED', `EVM payloads are signed by secp256k1 keys; ${key.name} is ${key.algorithm}`);
    const signer = ethereumAddress(fromHex(key.publicKey, 'publicKey')) as Hex;
    const memo = payloadText(p.payload);
    const known = memo === undefined ? undefined : DIGESTS.get(memo.id);
    const prepared = await prepareEvmAsync(p.payload, { signer, tokens: chains.tokens, prices: chains.prices() }, known ? { digest: known } : undefined);
    if (memo !== undefined) remember(memo.id, `0x${toHex(prepared.digest)}` as Hex);
    await withSpenderCode(prepared.facts as Record<string, unknown>, chains);
    return {
      kind: prepared.kind,
      key: p.key,
      ...(curve ? { curve } : {}),
      scheme: 'ecdsa',
      size: memo?.text.length ?? JSON.stringify(p.payload).length,
      payloadFacts: prepared.facts,
      valueUsd: velocityUsd(prepared.valueUsd),
      tasks: [{ ref: p.key, ...(curve ? { curve } : {}), scheme: 'ecdsa', input: { digest: prepared.digest } }],
      assemble: ([r]) => ({ ...r!, address: signer, ...assembleEvm(p.payload, fromHex(r!.signature, 'signature', 65)) }),
    };
  };
}
