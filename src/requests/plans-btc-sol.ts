/**
 * Bitcoin and Solana signing plans. A PSBT may spend inputs of several custos
 * keys (P2WPKH and BIP86 key-path P2TR): every input must belong to one of
 * the keys named in the request, and each is signed by its own key. A Solana
 * message is signed by one Ed25519 key that must be one of its signers.
 */
import { CustosError, badInput } from '../errors.js';
import { fromHex } from '../crypto/bytes.js';
import { addressesFor } from '../crypto/addresses.js';
import type { BitcoinContext } from '../chains/bitcoin/psbt.js';
import { lazy } from '../lazy.js';
import type { ChainConfig } from '../chains/config.js';
import { parseCurve } from '../keystore/refs.js';
import type { Planner } from './plans.js';

export interface BitcoinStoredPayload {
  type: 'bitcoin';
  /** The keys (names or wallet accounts) whose inputs this PSBT spends; the first is the request's key. */
  keys: string[];
  psbt: string;
  network?: BitcoinContext['network'];
}

export interface SolanaStoredPayload {
  type: 'solana';
  key: string;
  curve?: string;
  message?: string;
  transaction?: string;
}

/** The chain modules (@scure/btc-signer, @solana/kit), loaded on the first request of their chain. */
const bitcoinModule = lazy(() => import('../chains/bitcoin/psbt.js'));
const solanaModule = lazy(() => import('../chains/solana/message.js'));

export function bitcoinPlanner(chains: ChainConfig): Planner<BitcoinStoredPayload> {
  return async (repo, keys, p) => {
    const { assemblePsbt, preparePsbt } = await bitcoinModule();
    if (!Array.isArray(p.keys) || p.keys.length === 0) throw badInput('name the keys whose inputs the PSBT spends', { field: 'keys' });
    const owned = [];
    for (const ref of p.keys) {
      const k = await keys.facts(repo, ref, ref.includes('/') ? parseCurve('secp256k1') : undefined);
      if (k.algorithm === 'frost-secp256k1-tr') {
        owned.push({ ref, taprootOutputKey: fromHex(k.publicKey, 'publicKey', 32) });
        continue;
      }
      if (k.algorithm !== 'secp256k1')
        throw new CustosError('E_UNSUPPORTED', `Bitcoin inputs are signed by secp256k1 or frost-secp256k1-tr keys; ${k.name} is ${k.algorithm}`);
      owned.push({ ref, publicKey: fromHex(k.publicKey, 'publicKey', 33) });
    }
    const ctx: BitcoinContext = { network: p.network ?? 'mainnet', keys: owned };
    const prepared = preparePsbt(p.psbt, ctx);
    const btcUsd = chains.prices().BTC;
    return {
      kind: 'btc.psbt',
      key: p.keys[0]!,
      scheme: 'bitcoin',
      size: p.psbt.length,
      payloadFacts: prepared.facts,
      valueUsd: btcUsd ? (Number(prepared.valueSats) / 1e8) * btcUsd : 0,
      tasks: prepared.tasks.map((t) => ({ ref: t.ref, scheme: t.scheme, input: { digest: t.digest } })),
      assemble: (results) => ({
        psbt: assemblePsbt(
          p.psbt,
          prepared.tasks.map((t, i) => ({ input: t.input, signature: fromHex(results[i]!.signature, 'signature') })),
          ctx,
        ),
        inputs: prepared.tasks.map((t, i) => ({ input: t.input, key: t.ref, scheme: results[i]!.scheme })),
      }),
    };
  };
}

export function solanaPlanner(): Planner<SolanaStoredPayload> {
  return async (repo, keys, p) => {
    const { assembleSolana, prepareSolana } = await solanaModule();
    const curve = p.curve !== undefined ? parseCurve(p.curve) : undefined;
    const k = await keys.facts(repo, p.key, curve);
    if (k.algorithm !== 'ed25519' && k.algorithm !== 'frost-ed25519')
      throw new CustosError('E_UNSUPPORTED', `Solana messages are signed by ed25519 or frost-ed25519 keys; ${k.name} is ${k.algorithm}`);
    const signer = addressesFor('ed25519', fromHex(k.publicKey, 'publicKey', 32)).solana!;
    const input = { ...(p.message !== undefined ? { message: p.message } : {}), ...(p.transaction !== undefined ? { transaction: p.transaction } : {}) };
    const prepared = prepareSolana(input, { signer });
    return {
      kind: 'sol.message',
      key: p.key,
      ...(curve ? { curve } : {}),
      scheme: 'eddsa',
      size: prepared.message.length,
      payloadFacts: prepared.facts,
      valueUsd: 0,
      tasks: [{ ref: p.key, ...(curve ? { curve } : {}), scheme: 'eddsa', input: { message: prepared.message } }],
      assemble: ([r]) => ({ ...r!, address: signer, ...assembleSolana(input, fromHex(r!.signature, 'signature', 64), { signer }) }),
    };
  };
}
