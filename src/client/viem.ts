/**
 * A viem Account whose keys stay in custos: swap `privateKeyToAccount(pk)`
 * for `await toCustosAccount({ client, key: 'hot-1' })` and every signature
 * goes through custos's policy, approvals and audit.
 *
 * @example
 *   const account = await toCustosAccount({ client: new CustosClient({ url, credential }), key: 'hot-1' });
 *   const wallet = createWalletClient({ account, chain, transport: http(rpcUrl) });
 *   await wallet.sendTransaction({ to, value: parseEther('0.1') });
 */
import { bytesToHex, serializeTransaction, stringToHex, type Hex, type LocalAccount, type SignableMessage } from 'viem';
import { toAccount } from 'viem/accounts';
import type { CustosClient } from './client.js';
import { signWithCustos, type WaitOptions } from './evm-sign.js';

export interface CustosAccountParameters {
  client: CustosClient;
  /** Key name (secp256k1) or wallet account (`W/m/44'/60'/0'/0/0`). */
  key: string;
  /** Wait for approvals/delays instead of throwing CustosPendingError. */
  wait?: WaitOptions;
}

function messageHex(message: SignableMessage): Hex {
  if (typeof message === 'string') return stringToHex(message);
  return typeof message.raw === 'string' ? message.raw : bytesToHex(message.raw);
}

export async function toCustosAccount(p: CustosAccountParameters): Promise<LocalAccount> {
  const info = await p.client.call('key.show', { ref: p.key });
  const address = info.addresses?.ethereum as Hex | undefined;
  if (!address) throw new Error(`custos key ${p.key} has no Ethereum address (not secp256k1)`);
  return toAccount({
    address,
    async signMessage({ message }) {
      return (await signWithCustos(p.client, p.key, { kind: 'evm.personalMessage', message: messageHex(message) }, p.wait)).signature as Hex;
    },
    async signTransaction(transaction) {
      const serialized = serializeTransaction(transaction);
      return (await signWithCustos(p.client, p.key, { kind: 'evm.rawTransaction', serialized }, p.wait)).serializedTransaction as Hex;
    },
    async signTypedData(typedData) {
      return (await signWithCustos(p.client, p.key, { kind: 'evm.typedData', typedData }, p.wait)).signature as Hex;
    },
  });
}
