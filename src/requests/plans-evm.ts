/**
 * EVM signing plans: transactions of every type, EIP-191 messages, EIP-712
 * typed data and EIP-7702 authorizations, signed by a secp256k1 key (or a
 * wallet account) with its Ethereum address. Encoding, hashing and
 * assembling are the chain module's (viem); this only wires them to a key.
 */
import { CustosError } from '../errors.js';
import { fromHex } from '../crypto/bytes.js';
import { ethereumAddress } from '../crypto/addresses.js';
import { assembleEvm, prepareEvm } from '../chains/evm/prepare.js';
import type { EvmPayload, Hex } from '../chains/evm/types.js';
import type { ChainConfig } from '../chains/config.js';
import { parseCurve } from '../keystore/refs.js';
import { type Planner, velocityUsd } from './plans.js';

export interface EvmStoredPayload {
  type: 'evm';
  key: string;
  curve?: string;
  payload: EvmPayload;
}

export function evmPlanner(chains: ChainConfig): Planner<EvmStoredPayload> {
  return async (repo, keys, p) => {
    const curve = p.curve !== undefined ? parseCurve(p.curve) : undefined;
    const key = await keys.facts(repo, p.key, curve);
    if (key.algorithm !== 'secp256k1') throw new CustosError('E_UNSUPPORTED', `EVM payloads are signed by secp256k1 keys; ${key.name} is ${key.algorithm}`);
    const signer = ethereumAddress(fromHex(key.publicKey, 'publicKey')) as Hex;
    const prepared = prepareEvm(p.payload, { signer, tokens: chains.tokens, prices: chains.prices() });
    return {
      kind: prepared.kind,
      key: p.key,
      ...(curve ? { curve } : {}),
      scheme: 'ecdsa',
      size: JSON.stringify(p.payload).length,
      payloadFacts: prepared.facts,
      valueUsd: velocityUsd(prepared.valueUsd),
      tasks: [{ ref: p.key, ...(curve ? { curve } : {}), scheme: 'ecdsa', input: { digest: prepared.digest } }],
      assemble: ([r]) => ({ ...r!, address: signer, ...assembleEvm(p.payload, fromHex(r!.signature, 'signature', 65)) }),
    };
  };
}
