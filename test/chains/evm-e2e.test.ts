/**
 * Real clients against custos over HTTP, and a real dev chain (Hardhat EDR,
 * Prague): viem through custos's JSON-RPC endpoint, the viem account adapter
 * and the ethers signer. Transactions are mined and their receipts checked;
 * policy refuses an ERC-20 transfer above a USD limit, an unlimited approve,
 * and a Permit to a spender outside the allowlist.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createPublicClient,
  createWalletClient,
  defineChain,
  encodeFunctionData,
  erc20Abi,
  http,
  maxUint256,
  parseEther,
  recoverTransactionAddress,
  verifyTypedData,
  type Hex,
} from 'viem';
import { JsonRpcProvider, verifyMessage } from 'ethers';
import { TestServer, type Principal } from '../helpers/server.js';
import { startDevChain, type DevChain } from '../helpers/hardhat.js';
import { toCustosAccount } from '../../src/client/viem.js';
import { CustosSigner } from '../../src/client/ethers.js';

const USDC = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48' as Hex;
const GOOD_SPENDER = '0x1111111254EEB25477B68fb85Ed929f73A960582' as Hex;
const BAD_SPENDER = '0x000000000000000000000000000000000000bEEF' as Hex;

const POLICY = `
rules:
  - name: this-chain-only
    effect: deny
    when: has(tx.chainId) && tx.chainId != 31337
  - name: typed-data-only-for-this-chain
    effect: deny
    when: has(payload.typedData) && payload.typedData.domain.chainId != 31337
  - name: contract-calls-only-to-allowed-methods
    effect: deny
    when: has(tx.selector) && tx.selector != null && !has(tx.erc20) && !(tx.contract in lists.methods)
  - name: no-unlimited-approvals
    effect: deny
    when: has(tx.erc20) && tx.erc20.unlimited
  - name: erc20-at-most-1000-usd
    effect: deny
    when: has(tx.erc20) && tx.erc20.valueUsd > 1000.0
  - name: permits-only-to-known-spenders
    effect: deny
    when: has(payload.typedData) && has(payload.typedData.permit) && !(payload.typedData.permit.spender in lists.spenders)
  - name: big-native-needs-approval
    effect: allow
    when: principal.name == "bot" && has(tx.valueUsd) && tx.valueUsd > 10000.0
    approvals: { count: 1, from: approver }
  - name: bot
    effect: allow
    when: principal.name == "bot"
`;

describe('EVM end to end: dev chain, JSON-RPC endpoint, viem and ethers', () => {
  let chain: DevChain;
  let t: TestServer;
  let bot: Principal;
  let token: string;
  let address: Hex;
  let rich: Hex[];
  let hh: ReturnType<typeof defineChain>;

  before(async () => {
    chain = await startDevChain();
    t = await TestServer.start();
    writeFileSync(join(t.dir, 'tokens.json'), JSON.stringify({ [USDC]: { symbol: 'USDC', decimals: 6 } }));
    writeFileSync(join(t.dir, 'prices.json'), JSON.stringify({ ETH: 3000, USDC: 1 }));
    await t.close();
    await t.listen({ chains: { ethRpc: chain.url, tokensFile: join(t.dir, 'tokens.json'), prices: join(t.dir, 'prices.json') } });
    bot = await t.principal('bot', 'agent');
    await t.principal('ann', 'approver');
    await t.admin.call('key.create', { name: 'hot-1', type: 'secp256k1', allowRaw: true, tags: { 'eth.accounts': 'bot' } });
    await t.admin.call('list.set', { name: 'spenders', values: [GOOD_SPENDER.toLowerCase()] });
    await t.admin.call('list.set', { name: 'methods', values: [`${GOOD_SPENDER.toLowerCase()}:0x12345678`] });
    await t.admin.call('policy.set', { source: POLICY });
    token = (await t.admin.call('token.create', { principal: 'bot' })).token;
    address = (await t.admin.call('key.show', { ref: 'hot-1' })).addresses.ethereum as Hex;
    rich = await chain.rpc('eth_accounts');
    await chain.rpc('eth_sendTransaction', [{ from: rich[0], to: address, value: '0x56bc75e2d63100000' }]); // 100 ETH
    hh = defineChain({
      id: 31337,
      name: 'hardhat',
      nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
      rpcUrls: { default: { http: [chain.url] } },
    });
  });
  after(async () => {
    await t?.stop();
    await chain?.stop();
  });

  const rpcTransport = () => http(`${t.url}/v1/eth/rpc`, { fetchOptions: { headers: { authorization: `Bearer ${token}` } } });

  test('eth_chainId and eth_accounts through custos', async () => {
    const wallet = createWalletClient({ chain: hh, transport: rpcTransport() });
    assert.equal(await wallet.getChainId(), 31337);
    assert.deepEqual(await wallet.getAddresses(), [address]);
  });

  test('eth_sendTransaction: custos fills, signs under policy, broadcasts; the transfer is mined', async () => {
    const wallet = createWalletClient({ account: address, chain: hh, transport: rpcTransport() });
    const pub = createPublicClient({ chain: hh, transport: http(chain.url) });
    const before = await pub.getBalance({ address: rich[1]! });
    const hash = await wallet.sendTransaction({ to: rich[1]!, value: parseEther('1') } as any);
    const receipt = await pub.waitForTransactionReceipt({ hash });
    assert.equal(receipt.status, 'success');
    assert.equal(receipt.from.toLowerCase(), address.toLowerCase());
    assert.equal((await pub.getBalance({ address: rich[1]! })) - before, parseEther('1'));
    assert.equal((await pub.getTransaction({ hash })).from.toLowerCase(), address.toLowerCase());
  });

  test('eth_signTransaction: the signed bytes parse back, and the client library recovers the sender', async () => {
    const wallet = createWalletClient({ account: address, chain: hh, transport: rpcTransport() });
    const serialized = await wallet.request({
      method: 'eth_signTransaction',
      params: [
        {
          from: address,
          to: rich[2]!,
          value: '0x1',
          gas: '0x5208',
          maxFeePerGas: '0x3b9aca00',
          maxPriorityFeePerGas: '0x1',
          nonce: '0x64',
          chainId: '0x7a69',
          type: '0x2',
        },
      ],
    });
    assert.equal((await recoverTransactionAddress({ serializedTransaction: serialized as any })).toLowerCase(), address.toLowerCase());
  });

  test('an ERC-20 transfer above the USD limit and an unlimited approve are refused (EIP-1193 4001)', async () => {
    const wallet = createWalletClient({ account: address, chain: hh, transport: rpcTransport() });
    const big = encodeFunctionData({ abi: erc20Abi, functionName: 'transfer', args: [rich[3]!, 5_000_000_000n] }); // 5000 USDC
    await assert.rejects(
      wallet.sendTransaction({ to: USDC, data: big, gas: 100_000n } as any),
      (e: any) => JSON.stringify(e).includes('4001') && /erc20-at-most-1000-usd/.test(JSON.stringify(e)),
    );
    const unlimited = encodeFunctionData({ abi: erc20Abi, functionName: 'approve', args: [GOOD_SPENDER, maxUint256] });
    await assert.rejects(wallet.sendTransaction({ to: USDC, data: unlimited, gas: 100_000n } as any), (e: any) =>
      /no-unlimited-approvals/.test(JSON.stringify(e)),
    );
    const denied = (await t.admin.call('request.list', { status: 'denied' })).map((r) => r.rule);
    assert.ok(denied.includes('erc20-at-most-1000-usd') && denied.includes('no-unlimited-approvals'));
  });

  test('a Permit to a spender outside the allowlist is refused; to an allowlisted one it verifies', async () => {
    const wallet = createWalletClient({ account: address, chain: hh, transport: rpcTransport() });
    const permit = (spender: Hex) => ({
      domain: { name: 'USD Coin', version: '2', chainId: 31337, verifyingContract: USDC },
      types: {
        Permit: [
          { name: 'owner', type: 'address' },
          { name: 'spender', type: 'address' },
          { name: 'value', type: 'uint256' },
          { name: 'nonce', type: 'uint256' },
          { name: 'deadline', type: 'uint256' },
        ],
      },
      primaryType: 'Permit' as const,
      message: { owner: address, spender, value: 1_000_000n, nonce: 0n, deadline: 2_000_000_000n },
    });
    await assert.rejects(wallet.signTypedData(permit(BAD_SPENDER)), (e: any) => /permits-only-to-known-spenders/.test(JSON.stringify(e)));
    const sig = await wallet.signTypedData(permit(GOOD_SPENDER));
    assert.equal(await verifyTypedData({ address, signature: sig, ...permit(GOOD_SPENDER) }), true);
  });

  test('chain id, method allowlist and typed-data domain rules; malformed payloads are input errors', async () => {
    const wallet = createWalletClient({ account: address, chain: hh, transport: rpcTransport() });
    const base = {
      from: address,
      to: rich[2]!,
      value: '0x1',
      gas: '0x5208',
      maxFeePerGas: '0x3b9aca00',
      maxPriorityFeePerGas: '0x1',
      nonce: '0x65',
      type: '0x2',
    };
    await assert.rejects(wallet.request({ method: 'eth_signTransaction', params: [{ ...base, chainId: '0x1' }] } as any), (e: any) =>
      /this-chain-only/.test(JSON.stringify(e)),
    );
    const call = (selector: string) => ({ ...base, to: GOOD_SPENDER, chainId: '0x7a69', gas: '0x30000', data: `${selector}${'00'.repeat(32)}` });
    await assert.rejects(wallet.request({ method: 'eth_signTransaction', params: [call('0xdeadbeef')] } as any), (e: any) =>
      /contract-calls-only-to-allowed-methods/.test(JSON.stringify(e)),
    );
    assert.match((await wallet.request({ method: 'eth_signTransaction', params: [call('0x12345678')] } as any)) as string, /^0x02/);
    const td = (chainId: number) => ({
      domain: { name: 'App', version: '1', chainId, verifyingContract: USDC },
      types: { Hello: [{ name: 'who', type: 'string' }] },
      primaryType: 'Hello' as const,
      message: { who: 'custos' },
    });
    await assert.rejects(wallet.signTypedData(td(1)), (e: any) => /typed-data-only-for-this-chain/.test(JSON.stringify(e)));
    assert.equal(await verifyTypedData({ address, signature: await wallet.signTypedData(td(31337)), ...td(31337) }), true);
    // Malformed RLP and a typed-data document whose types do not match its message: input errors, nothing signed.
    const before = (await t.admin.call('request.list', {})).length;
    await assert.rejects(
      bot.client.call('sign.evm', { key: 'hot-1', payload: { kind: 'evm.rawTransaction', serialized: '0x02c0ffee' as Hex } }),
      (e: any) => e.code === 'E_BAD_INPUT',
    );
    await assert.rejects(
      bot.client.call('sign.evm', { key: 'hot-1', payload: { kind: 'evm.typedData', typedData: { ...td(31337), message: { whom: 'x' } } } as const }),
      (e: any) => e.code === 'E_BAD_INPUT',
    );
    assert.equal((await t.admin.call('request.list', {})).length, before);
  });

  test('escalation: a transfer above 10,000 USD answers with the request id and waits for approval', async () => {
    const wallet = createWalletClient({ account: address, chain: hh, transport: rpcTransport() });
    let requestId = '';
    await assert.rejects(wallet.sendTransaction({ to: rich[4]!, value: parseEther('5') } as any), (e: any) => {
      const m = /"requestId":"([0-9a-f-]{36})"/.exec(JSON.stringify(e));
      requestId = m?.[1] ?? '';
      return JSON.stringify(e).includes('-32050') && requestId.length === 36;
    });
    const r = await bot.client.call('request.show', { id: requestId });
    assert.equal(r.status, 'pending');
    assert.equal(r.rule, 'big-native-needs-approval');
  });

  test('viem account adapter: sendTransaction mined, messages verify', async () => {
    const account = await toCustosAccount({ client: bot.client, key: 'hot-1' });
    assert.equal(account.address, address);
    const wallet = createWalletClient({ account, chain: hh, transport: http(chain.url) });
    const pub = createPublicClient({ chain: hh, transport: http(chain.url) });
    const hash = await wallet.sendTransaction({ to: rich[5]!, value: parseEther('0.5') } as any);
    assert.equal((await pub.waitForTransactionReceipt({ hash })).status, 'success');
    const sig = await account.signMessage({ message: 'custos says hi' });
    assert.equal(await pub.verifyMessage({ address, message: 'custos says hi', signature: sig }), true);
  });

  test('ethers v6 signer: sendTransaction mined, signMessage verifies', async () => {
    const provider = new JsonRpcProvider(chain.url, 31337, { staticNetwork: true });
    const signer = await CustosSigner.create(bot.client, 'hot-1', provider);
    const tx = await signer.sendTransaction({ to: rich[6]!, value: parseEther('0.25') });
    const receipt = await tx.wait();
    assert.equal(receipt?.status, 1);
    assert.equal(receipt?.from.toLowerCase(), address.toLowerCase());
    const sig = await signer.signMessage('hello from ethers');
    assert.equal(verifyMessage('hello from ethers', sig).toLowerCase(), address.toLowerCase());
    provider.destroy();
  });
});
