/**
 * A viem Account whose keys stay in custos: swap `privateKeyToAccount(pk)`
 * for `await toCustosAccount({ client, key: 'hot-1' })` and every signature
 * goes through custos's policy, approvals and audit. A request that waits
 * throws CustosPendingError, a refused one CustosDeniedError (both from
 * `custos`); viem's sendTransaction reports them as the `cause` of its
 * TransactionExecutionError (`err.walk((e) => e instanceof CustosPendingError)`).
 *
 * @example
 *   const account = await toCustosAccount({ client: new CustosClient({ url, credential }), key: 'hot-1' });
 *   const wallet = createWalletClient({ account, chain, transport: http(rpcUrl) });
 *   await wallet.sendTransaction({ to, value: parseEther('0.1') });
 */
import { bytesToHex, serializeTransaction, stringToHex, type Hex, type LocalAccount, type SignableMessage } from 'viem';
import { toAccount } from 'viem/accounts';
import { CustosError } from '../errors.js';
import type { CustosClient } from './client.js';
import { signWithCustos, type EvmSignOutput, type WaitOptions } from './evm-sign.js';
import type { EvmPayload } from '../chains/evm/types.js';

export interface CustosAccountParameters {
  client: CustosClient;
  /** Key name (secp256k1) or wallet account (`W/m/44'/60'/0'/0/0`). */
  key: string;
  /** Wait for approvals/delays instead of throwing CustosPendingError (`custos`). */
  wait?: WaitOptions;
}

function messageHex(message: SignableMessage): Hex {
  if (typeof message === 'string') return stringToHex(message);
  return typeof message.raw === 'string' ? message.raw : bytesToHex(message.raw);
}

/**
 * Sign through custos, with errors in the shape viem expects of a custom account. viem's
 * sendTransaction hands what the account threw to `getNodeError`, which reads `err.details`
 * as a string (`(err.details || '').toLowerCase()`): a CustosError whose structured details
 * are an object would crash it and hide our error. CustosPendingError and CustosDeniedError
 * have no `details` (their fields are properties) and pass as they are; any other CustosError
 * with details is rethrown as the same code and message, the original (with its details) as
 * its `cause`.
 */
async function sign(p: CustosAccountParameters, payload: EvmPayload): Promise<EvmSignOutput> {
  try {
    return await signWithCustos(p.client, p.key, payload, p.wait);
  } catch (e) {
    if (e instanceof CustosError && e.details !== undefined) throw new CustosError(e.code, e.message, undefined, { cause: e });
    throw e;
  }
}

export async function toCustosAccount(p: CustosAccountParameters): Promise<LocalAccount> {
  const info = await p.client.call('key.show', { ref: p.key });
  const address = info.addresses?.ethereum as Hex | undefined;
  if (!address) throw new Error(`custos key ${p.key} has no Ethereum address (not secp256k1)`);
  return toAccount({
    address,
    async signMessage({ message }) {
      return (await sign(p, { kind: 'evm.personalMessage', message: messageHex(message) })).signature as Hex;
    },
    async signTransaction(transaction) {
      const serialized = serializeTransaction(transaction);
      return (await sign(p, { kind: 'evm.rawTransaction', serialized })).serializedTransaction as Hex;
    },
    async signTypedData(typedData) {
      return (await sign(p, { kind: 'evm.typedData', typedData })).signature as Hex;
    },
  });
}
