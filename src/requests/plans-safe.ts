/**
 * Safe signing plans (docs/chains-evm.md "Safe accounts"): a SafeTx for a
 * Safe account, signed by its owners. The coordinator and every owner party
 * plan the same stored payload with this code: the EIP-712 SafeTx hash is
 * the one digest to sign, the facts are `payload.safe.*` and the inner
 * call's `payload.tx.*`. A governance call on the Safe itself or a
 * delegatecall marks its fact `payload.explicit` (decision 0022): only an
 * allowing rule that names it can allow it.
 *
 * A Safe account is a threshold-custody secp256k1 key whose "public key" is
 * the Safe's 20-byte address (src/safe/accounts.ts); the payload must name
 * that address.
 */
import { CustosError } from '../errors.js';
import { fromHex, toHex } from '../crypto/bytes.js';
import { lazy } from '../lazy.js';
import type { Hex } from '../chains/evm/types.js';
import type { ChainConfig } from '../chains/config.js';
import { withSpenderCode } from './plans-evm.js';
import { type Planner, velocityUsd } from './plans.js';

export type SafeStoredPayload = {
  type: 'safe';
  /** The Safe account's name. */
  key: string;
  /** The Safe's address and chain. */
  safe: string;
  chainId: number;
  /** The SafeTx, every field (src/chains/evm/safe-tx.ts parseSafeTx). */
  tx: Record<string, unknown>;
};

const safeModule = lazy(async () => ({ ...(await import('../chains/evm/safe-tx.js')), ...(await import('../chains/evm/prepare.js')) }));

/** Whether a key's facts are those of a Safe account (its public key is a 20-byte address). */
export const isSafeKey = (k: { algorithm: string; custody: string; publicKey: string }): boolean =>
  k.algorithm === 'secp256k1' && k.custody === 'threshold' && k.publicKey.length === 40;

export function safePlanner(chains: ChainConfig): Planner<SafeStoredPayload> {
  return async (repo, keys, p) => {
    const m = await safeModule();
    const key = await keys.facts(repo, p.key);
    if (!isSafeKey(key)) throw new CustosError('E_UNSUPPORTED', `key "${key.name}" is not a Safe account`, { key: key.name });
    const safe = m.hexData(p.safe, 'safe', 20).toLowerCase() as Hex;
    if (safe.slice(2) !== key.publicKey.toLowerCase())
      throw new CustosError('E_BAD_INPUT', `safe: ${safe} is not the address of Safe account "${key.name}"`, { field: 'safe' });
    const chainId = m.chainIdOf(p.chainId, 'chainId');
    const tx = m.parseSafeTx(p.tx, 'tx');
    const facts = m.safeTxFacts(chainId, safe, tx, { signer: safe, tokens: chains.tokens, prices: chains.prices() });
    await withSpenderCode(facts as unknown as Record<string, unknown>, chains);
    const explicit = [
      ...(facts.safe.governance !== null ? ['payload.safe.governance'] : []),
      ...(facts.safe.operation === 'delegatecall' ? ['payload.safe.operation'] : []),
    ];
    const hash = fromHex(facts.safe.hash, 'hash', 32);
    return {
      kind: 'safe.transaction',
      key: p.key,
      scheme: 'ecdsa',
      size: JSON.stringify(p.tx).length,
      payloadFacts: { safe: facts.safe, tx: facts.tx, ...(explicit.length > 0 ? { explicit } : {}) },
      valueUsd: velocityUsd(facts.tx.valueUsd),
      tasks: [{ ref: p.key, scheme: 'ecdsa', input: { digest: hash } }],
      // The threshold signer returns the owners' signatures, 65 bytes each, ordered by owner address.
      assemble: ([r]) => {
        const signatures = `0x${r!.signature}` as Hex;
        return {
          safe: safe,
          chainId,
          safeTxHash: `0x${toHex(hash)}`,
          safeTx: m.safeTxJson(tx),
          signatures,
          execTransaction: { to: safe, data: m.execTransactionData(tx, signatures) },
        };
      },
    };
  };
}
