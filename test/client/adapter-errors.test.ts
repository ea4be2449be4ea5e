/**
 * The viem account and the ethers signer turn a request custos does not sign at once into typed
 * errors that viem and ethers pass through intact: CustosPendingError (requestId, what it waits
 * for) and CustosDeniedError (rule, requestId). Real viem and ethers clients, a real server, and
 * a Hardhat dev chain for sendTransaction (viem's sendTransaction is where a CustosError with
 * structured details used to crash viem: `(err.details || "").toLowerCase is not a function`).
 * The control: the same clients and setup sign, send and mine with an allowed key, and a pending
 * request that gets its approval while the adapter waits is sent and mined.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BaseError, createPublicClient, createWalletClient, defineChain, http, parseEther, type Hex, type LocalAccount } from 'viem';
import { JsonRpcProvider, verifyMessage as ethersVerifyMessage } from 'ethers';
import { startDevChain, type DevChain } from '../helpers/hardhat.js';
import { TestServer, type Principal } from '../helpers/server.js';
import { toCustosAccount } from '../../src/client/viem.js';
import { CustosSigner } from '../../src/client/ethers.js';
import { CustosDeniedError, CustosPendingError } from '../../src/client/errors.js';
import { CustosError } from '../../src/errors.js';
import { ADAPTER_POLICY } from '../helpers/adapter-policy.js';

const POLICY = ADAPTER_POLICY;

/** The dev chain (its URL is given to each transport). */
const hh = defineChain({
  id: 31337,
  name: 'hardhat',
  nativeCurrency: { name: 'Ether', symbol: 'ETH', decimals: 18 },
  rpcUrls: { default: { http: ['http://127.0.0.1:8545'] } },
});

/** Every error in a cause chain (viem's wrappers, then ours). */
function chain(e: unknown): unknown[] {
  const out: unknown[] = [];
  for (let x: unknown = e; x !== undefined && out.length < 20; x = (x as { cause?: unknown }).cause) out.push(x);
  return out;
}

/** The error the account threw, as viem hands it back: wrapped by viem (a BaseError whose walk finds it) or as it was. */
async function rejection<T extends Error>(p: Promise<unknown>, type: new (...a: never[]) => T): Promise<{ err: unknown; ours: T }> {
  const err = await p.then(
    () => assert.fail('expected a rejection'),
    (e: unknown) => e,
  );
  assert.ok(!chain(err).some((x) => x instanceof TypeError), `no TypeError in the chain: ${String(err)}`);
  const ours = err instanceof BaseError ? err.walk((x) => x instanceof type) : err;
  assert.ok(
    ours instanceof type,
    `found ${type.name} in ${chain(err)
      .map((x) => (x as Error).name)
      .join(' <- ')}`,
  );
  return { err, ours };
}

describe('viem and ethers adapters: pending and refused requests are typed errors', () => {
  let dev: DevChain;
  let t: TestServer;
  let bot: Principal;
  let ann: Principal;
  const addr: Record<string, Hex> = {};
  let rich: Hex[];

  before(async () => {
    [dev, t] = await Promise.all([startDevChain(), TestServer.start()]);
    bot = await t.principal('bot', 'agent');
    ann = await t.principal('ann', 'approver');
    for (const [name, tags] of [
      ['hot-1', {}],
      ['held-1', {}],
      ['cold-1', { cold: 'true' }],
      ['off-1', {}],
    ] as const) {
      await t.admin.call('key.create', { name, type: 'secp256k1', tags });
      addr[name] = (await t.admin.call('key.show', { ref: name })).addresses.ethereum as Hex;
    }
    await t.admin.call('policy.set', { source: POLICY });
    rich = await dev.rpc('eth_accounts');
    for (const a of Object.values(addr)) await dev.rpc('eth_sendTransaction', [{ from: rich[0], to: a, value: '0x8ac7230489e80000' }]); // 10 ETH
  });
  after(async () => {
    await t?.stop();
    await dev?.stop();
  });

  const wallet = (account: LocalAccount) => createWalletClient({ account, chain: hh, transport: http(dev.url) });
  const pub = () => createPublicClient({ chain: hh, transport: http(dev.url) });

  test('control: the allowed key sends a transaction (mined) and signs a message that verifies', async () => {
    const account = await toCustosAccount({ client: bot.client, key: 'hot-1' });
    const hash = await wallet(account).sendTransaction({ to: rich[1]!, value: parseEther('0.1') });
    assert.equal((await pub().waitForTransactionReceipt({ hash })).status, 'success');
    const signature = await wallet(account).signMessage({ message: 'hi' });
    assert.equal(await pub().verifyMessage({ address: addr['hot-1']!, message: 'hi', signature }), true);
  });

  test('viem sendTransaction, pending: viem wraps our CustosPendingError as its cause; the requestId is the waiting request', async () => {
    const account = await toCustosAccount({ client: bot.client, key: 'held-1' });
    const nonce = await pub().getTransactionCount({ address: addr['held-1']! });
    const { err, ours } = await rejection(wallet(account).sendTransaction({ to: rich[1]!, value: parseEther('0.1') }), CustosPendingError);
    assert.equal((err as BaseError).name, 'TransactionExecutionError');
    assert.equal((err as Error).cause, ours, 'our error is the cause viem reports');
    assert.match((err as Error).message, new RegExp(`custos request ${ours.requestId} is pending: it waits for 1 approval from approver`));
    assert.equal(ours.code, 'E_PENDING');
    assert.equal(ours.status, 'pending');
    assert.equal(ours.rule, 'held-needs-approval');
    assert.deepEqual(ours.waitingFor, { approvals: { count: 1, from: 'approver', approvedBy: [] } });
    assert.equal(ours.details, undefined);
    const r = await bot.client.call('request.show', { id: ours.requestId });
    assert.equal(r.status, 'pending');
    assert.equal(r.key, 'held-1');
    assert.equal(await pub().getTransactionCount({ address: addr['held-1']! }), nonce, 'nothing was sent');
  });

  test('viem sendTransaction, denied: CustosDeniedError with the deny rule and the denied request', async () => {
    const account = await toCustosAccount({ client: bot.client, key: 'cold-1' });
    const { ours } = await rejection(wallet(account).sendTransaction({ to: rich[1]!, value: parseEther('0.1') }), CustosDeniedError);
    assert.equal(ours.code, 'E_DENIED');
    assert.equal(ours.status, 'denied');
    assert.equal(ours.rule, 'cold-never');
    assert.match(ours.message, new RegExp(`^custos request ${ours.requestId} was denied \\(rule cold-never\\)`));
    const r = await bot.client.call('request.show', { id: ours.requestId });
    assert.equal(r.status, 'denied');
    assert.equal(r.rule, 'cold-never');
  });

  test('viem signMessage and signTransaction: the account throws ours, viem passes it on unchanged', async () => {
    const account = await toCustosAccount({ client: bot.client, key: 'held-1' });
    const { err } = await rejection(wallet(account).signMessage({ message: 'wait for me' }), CustosPendingError);
    assert.ok(err instanceof CustosPendingError && err instanceof CustosError);
    const tx = await wallet(account).prepareTransactionRequest({ to: rich[2]!, value: 1n });
    await rejection(wallet(account).signTransaction(tx), CustosPendingError);
    const cold = await toCustosAccount({ client: bot.client, key: 'cold-1' });
    const denied = await rejection(wallet(cold).signMessage({ message: 'no' }), CustosDeniedError);
    assert.equal(denied.ours.rule, 'cold-never');
  });

  test('viem: any other CustosError (structured details) reaches the caller with its code; the details are on its cause', async () => {
    const account = await toCustosAccount({ client: bot.client, key: 'off-1' });
    await t.admin.call('key.disable', { name: 'off-1' });
    const { ours } = await rejection(wallet(account).sendTransaction({ to: rich[1]!, value: 1n }), CustosError);
    assert.equal(ours.code, 'E_KEY_DISABLED');
    assert.equal(ours.details, undefined);
    assert.deepEqual((ours.cause as CustosError).details, { key: 'off-1' });
  });

  test('viem with wait: the account waits while the approver approves, then the transaction is sent and mined', async () => {
    const account = await toCustosAccount({ client: bot.client, key: 'held-1', wait: { timeoutMs: 30_000, intervalMs: 100 } });
    const earlier = new Set((await ann.client.call('request.list', { status: 'pending' })).map((r) => r.id));
    const sending = wallet(account).sendTransaction({ to: rich[3]!, value: parseEther('0.2') });
    let id: string | undefined;
    for (let i = 0; i < 200 && !id; i++) {
      const open = await ann.client.call('request.list', { status: 'pending' });
      id = open.find((r) => !earlier.has(r.id) && r.key === 'held-1')?.id;
      if (!id) await new Promise((r) => setTimeout(r, 50));
    }
    assert.ok(id, 'the request waits for approval');
    await ann.client.decide(id, 'approve');
    const hash = await sending;
    const receipt = await pub().waitForTransactionReceipt({ hash });
    assert.equal(receipt.status, 'success');
    assert.equal(receipt.from.toLowerCase(), addr['held-1']!.toLowerCase());
    assert.equal((await bot.client.call('request.show', { id })).status, 'signed');
  });

  test('viem with wait that runs out: CustosPendingError after the wait', async () => {
    const account = await toCustosAccount({ client: bot.client, key: 'held-1', wait: { timeoutMs: 300, intervalMs: 100 } });
    const started = Date.now();
    const { ours } = await rejection(wallet(account).signMessage({ message: 'still waiting' }), CustosPendingError);
    assert.ok(Date.now() - started >= 300, 'it polled for the whole wait');
    assert.equal((await bot.client.call('request.show', { id: ours.requestId })).status, 'pending');
  });

  test('ethers: sendTransaction and signMessage reject with our errors as they are; the allowed key signs', async () => {
    const provider = new JsonRpcProvider(dev.url, 31337, { staticNetwork: true });
    try {
      const held = await CustosSigner.create(bot.client, 'held-1', provider);
      const pending = await held.sendTransaction({ to: rich[4]!, value: parseEther('0.1') }).then(
        () => assert.fail('expected a rejection'),
        (e: unknown) => e,
      );
      assert.ok(pending instanceof CustosPendingError, String(pending));
      assert.equal(pending.rule, 'held-needs-approval');
      assert.equal((await bot.client.call('request.show', { id: pending.requestId })).status, 'pending');
      await assert.rejects(held.signMessage('m'), (e: unknown) => e instanceof CustosPendingError && e.waitsFor === '1 approval from approver');

      const cold = await CustosSigner.create(bot.client, 'cold-1', provider);
      const denied = await cold.sendTransaction({ to: rich[4]!, value: 1n }).then(
        () => assert.fail('expected a rejection'),
        (e: unknown) => e,
      );
      assert.ok(denied instanceof CustosDeniedError, String(denied));
      assert.equal(denied.rule, 'cold-never');
      assert.equal((await bot.client.call('request.show', { id: denied.requestId })).status, 'denied');

      const hot = await CustosSigner.create(bot.client, 'hot-1', provider);
      assert.equal(ethersVerifyMessage('m', await hot.signMessage('m')).toLowerCase(), addr['hot-1']!.toLowerCase());
    } finally {
      provider.destroy();
    }
  });
});
