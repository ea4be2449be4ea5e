/**
 * An ethers v6 Signer whose key stays in custos: every signature goes
 * through custos's policy, approvals and audit. A request that waits rejects
 * with CustosPendingError, a refused one with CustosDeniedError (`custos`);
 * ethers passes both on as they are.
 *
 * @example
 *   const signer = await CustosSigner.create(new CustosClient({ url, credential }), 'hot-1', provider);
 *   await signer.sendTransaction({ to, value: parseEther('0.1') });
 */
import {
  AbstractSigner,
  Transaction,
  TypedDataEncoder,
  copyRequest,
  hexlify,
  resolveAddress,
  resolveProperties,
  toUtf8Bytes,
  type Provider,
  type TransactionLike,
  type TransactionRequest,
  type TypedDataDomain,
  type TypedDataField,
} from 'ethers';
import type { CustosClient } from './client.js';
import { signWithCustos, type WaitOptions } from './evm-sign.js';

export class CustosSigner extends AbstractSigner {
  private constructor(
    readonly client: CustosClient,
    readonly key: string,
    readonly address: string,
    provider: Provider | null,
    readonly wait?: WaitOptions,
  ) {
    super(provider);
  }

  static async create(client: CustosClient, key: string, provider: Provider | null = null, wait?: WaitOptions): Promise<CustosSigner> {
    const info = await client.call('key.show', { ref: key });
    if (!info.addresses?.ethereum) throw new Error(`custos key ${key} has no Ethereum address (not secp256k1)`);
    return new CustosSigner(client, key, info.addresses.ethereum, provider, wait);
  }

  async getAddress(): Promise<string> {
    return this.address;
  }

  connect(provider: Provider | null): CustosSigner {
    return new CustosSigner(this.client, this.key, this.address, provider, this.wait);
  }

  async signTransaction(tx: TransactionRequest): Promise<string> {
    const req = copyRequest(tx);
    const [to, from] = await Promise.all([
      req.to ? resolveAddress(req.to, this.provider) : undefined,
      req.from ? resolveAddress(req.from, this.provider) : undefined,
    ]);
    if (from && from.toLowerCase() !== this.address.toLowerCase()) throw new Error(`transaction from ${from} is not this signer's address ${this.address}`);
    const { from: _f, ...rest } = (await resolveProperties(req)) as TransactionLike<string>;
    const unsigned = Transaction.from({ ...rest, ...(to ? { to } : {}) } as TransactionLike<string>).unsignedSerialized;
    return (await signWithCustos(this.client, this.key, { kind: 'evm.rawTransaction', serialized: unsigned as `0x${string}` }, this.wait))
      .serializedTransaction!; // a transaction's result has it
  }

  async signMessage(message: string | Uint8Array): Promise<string> {
    const bytes = typeof message === 'string' ? toUtf8Bytes(message) : message;
    return (await signWithCustos(this.client, this.key, { kind: 'evm.personalMessage', message: hexlify(bytes) as `0x${string}` }, this.wait)).signature;
  }

  async signTypedData(domain: TypedDataDomain, types: Record<string, TypedDataField[]>, value: Record<string, unknown>): Promise<string> {
    const payload = TypedDataEncoder.getPayload(domain, types, value);
    return (await signWithCustos(this.client, this.key, { kind: 'evm.typedData', typedData: payload }, this.wait)).signature;
  }
}
