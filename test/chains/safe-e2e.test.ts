/**
 * Safe accounts end to end (#17, decision 0022): a Hardhat dev chain with
 * the Safe v1.4.1 contracts and an ERC-20 deployed from
 * @safe-global/safe-contracts' artifacts, a coordinator (in-process server)
 * and three party processes, each holding one owner key of a 2-of-3 Safe.
 *
 * Each attack has its positive control beside it: the same call without the
 * attack succeeds.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import {
  concat,
  createPublicClient,
  createWalletClient,
  encodeFunctionData,
  erc20Abi,
  getAddress,
  http,
  parseAbi,
  parseEther,
  zeroAddress,
  type Address,
  type Hex,
  type PublicClient,
  type WalletClient,
} from 'viem';
import { TestServer, type Principal } from '../helpers/server.js';
import { startDevChain, type DevChain } from '../helpers/hardhat.js';
import { startParties, type PartyProcess } from '../helpers/parties.js';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { BIN } from '../helpers/process.js';
import { requestDigest, signApproval } from '../../src/auth/approval.js';
import { credentialPrivateKey, readCredentialFile } from '../../src/auth/credential.js';
import { callParty } from '../../src/threshold/transport.js';
import type { SignContext } from '../../src/party/protocol.js';
import { FULL_RISK_CLAIM } from '../helpers/hostile-coordinator.js';
import { SAFE_ABI } from '../../src/chains/evm/safe-tx.js';
import { isCustosError } from '../../src/errors.js';

const require = createRequire(import.meta.url);
const run = promisify(execFile);
const art = (p: string) => require(`@safe-global/safe-contracts/build/artifacts/contracts/${p}.json`) as { abi: unknown[]; bytecode: Hex };

const POLICY = `
rules:
  - name: erc20-at-most-1000-usd
    effect: deny
    when: has(payload.tx) && has(payload.tx.erc20) && payload.tx.erc20.valueUsd > 1000.0
  - name: bot-safe-calls
    effect: allow
    when: principal.name == "bot" && request.kind == "safe.transaction" && payload.tx.valueUsd <= 10000.0
`;

describe('Safe accounts: a 2-of-3 Safe owned by three custos parties on a dev chain', () => {
  let chain: DevChain;
  let t: TestServer;
  let parties: PartyProcess[];
  let bot: Principal;
  let pub: PublicClient;
  let wallet: WalletClient;
  let rich: Address;
  let token: Address;
  let safe: Address;
  let contracts: { singleton: Address; factory: Address; fallbackHandler: Address };
  const alice = '0x00000000000000000000000000000000000A11cE' as Address;

  async function deploy(p: string, args: unknown[] = []): Promise<Address> {
    const a = art(p);
    const hash = await wallet.deployContract({ abi: a.abi, bytecode: a.bytecode, args, account: rich, chain: null });
    return (await pub.waitForTransactionReceipt({ hash })).contractAddress!;
  }
  const balance = (who: Address) => pub.readContract({ address: token, abi: erc20Abi, functionName: 'balanceOf', args: [who] });
  const transfer = (to: Address, amount: bigint) => encodeFunctionData({ abi: erc20Abi, functionName: 'transfer', args: [to, amount] });
  const signSafe = (payload: Record<string, unknown>) => bot.client.call('sign.evm', { key: 'vault', payload: payload as never });

  before(async () => {
    chain = await startDevChain();
    pub = createPublicClient({ transport: http(chain.url) });
    wallet = createWalletClient({ transport: http(chain.url) });
    rich = ((await chain.rpc('eth_accounts')) as Address[])[0]!;
    token = await deploy('test/ERC20Token.sol/ERC20Token'); // mints 10^15 units (18 decimals) to the deployer
    t = await TestServer.start();
    writeFileSync(join(t.dir, 'tokens.json'), JSON.stringify({ [token]: { symbol: 'TT', decimals: 18 } }));
    writeFileSync(join(t.dir, 'prices.json'), JSON.stringify({ ETH: 3000, TT: 1e6 })); // 10^15 units (0.001 TT) = $1,000
    await t.close();
    await t.listen({ chains: { ethRpc: chain.url, tokensFile: join(t.dir, 'tokens.json'), prices: join(t.dir, 'prices.json') } });
    // Each party has its own copy of the token registry and prices, so its USD facts are its own.
    parties = await startParties(t.dir, ['p1', 'p2', 'p3'], () => ({}), ['--tokens', join(t.dir, 'tokens.json'), '--prices', join(t.dir, 'prices.json')]);
    for (const p of parties) await t.admin.call('party.add', { name: p.name, url: p.url, identity: p.identity });
    bot = await t.principal('bot', 'agent');
    await t.admin.call('policy.set', { source: POLICY });
    await t.admin.call('key.create', { name: 'exec', type: 'secp256k1' });
    const execAddress = (await t.admin.call('key.show', { ref: 'exec' })).addresses.ethereum as Address;
    await pub.waitForTransactionReceipt({ hash: await wallet.sendTransaction({ account: rich, chain: null, to: execAddress, value: parseEther('10') }) });
    // The dev chain has no canonical Safe deployments: the executor deploys the audited artifacts.
    contracts = (await t.admin.call('safe.deployContracts', { chainId: 31337, executor: 'exec' })) as typeof contracts;
  });

  test('safe deploy-contracts: the addresses follow from the executor and its nonces; other contracts are refused', async () => {
    for (const [k, p] of [
      ['singleton', 'Safe.sol/Safe'],
      ['factory', 'proxies/SafeProxyFactory.sol/SafeProxyFactory'],
    ] as const) {
      const code = await pub.getCode({ address: contracts[k] });
      assert.ok(code && art(p).bytecode.length > 100 && code.length > 100, `${k} has code`);
    }
    // A singleton of anyone's making (here: a second copy the rich account deploys) is not one this instance knows.
    const rogue = await deploy('Safe.sol/Safe');
    const spec = { name: 'rogue', chainId: 31337, threshold: 2, parties: ['p1', 'p2'], ...contracts };
    const e = await t.admin.call('safe.create', { ...spec, singleton: rogue }).catch((x: unknown) => x);
    assert.ok(isCustosError(e, 'E_BAD_INPUT'), String(e));
    assert.match(String((e as Error).message), /neither the canonical Safe v1\.4\.1 deployment nor one this instance deployed/);
    await assert.rejects(t.admin.call('safe.show', { name: 'rogue' }), (x: unknown) => isCustosError(x, 'E_KEY_NOT_FOUND'));
  });
  after(async () => {
    await Promise.all([t?.stop(), chain?.stop(), ...(parties ?? []).map((p) => p.stop())]);
  });

  test('safe create: owners made at the parties, CREATE2 address predicted, deployed by the executor key', async () => {
    const r = await t.admin.call('safe.create', { name: 'vault', chainId: 31337, threshold: 2, parties: ['p1', 'p2', 'p3'], executor: 'exec', ...contracts });
    assert.ok(r.txHash);
    safe = r.address as Address;
    const owners = r.owners.map((o: { address: string }) => o.address).sort();
    assert.equal(new Set(owners).size, 3);
    assert.deepEqual(r.onChain!.owners.slice().sort(), owners, 'the on-chain owners are exactly the three party keys');
    assert.equal(r.onChain!.threshold, 2);
    assert.equal(r.onChain!.nonce, 0);
    // The address was computed before deployment: the factory's event names the same proxy.
    const receipt = await pub.getTransactionReceipt({ hash: r.txHash as Hex });
    assert.ok(receipt.logs.some((l) => l.address.toLowerCase() === contracts.factory.toLowerCase() && l.topics[1]?.toLowerCase().endsWith(safe.slice(2))));
    const shown = await bot.client.call('safe.show', { name: 'vault' }).catch((e: unknown) => e);
    assert.ok(isCustosError(shown, 'E_FORBIDDEN'), 'agents do not read accounts');
    assert.equal((await t.admin.call('safe.show', { name: 'vault' })).address, safe);
    // The CLI, as docs/chains-evm.md writes it, against this server.
    // (Spawned asynchronously: the server runs in this process and must answer meanwhile.)
    const shownCli = await run(process.execPath, [BIN, 'safe', 'show', 'vault', '--json'], {
      cwd: t.dir,
      env: { PATH: process.env.PATH ?? '', HOME: t.dir, CUSTOS_ADDR: t.url, CUSTOS_CREDENTIAL: t.adminCredential },
    });
    assert.equal((JSON.parse(shownCli.stdout) as { address: string }).address, safe);
    // Fund it: 5 ETH and the whole token supply (10^15 units, $1,000).
    await pub.waitForTransactionReceipt({ hash: await wallet.sendTransaction({ account: rich, chain: null, to: safe, value: parseEther('5') }) });
    await pub.waitForTransactionReceipt({
      hash: await wallet.writeContract({ account: rich, chain: null, address: token, abi: erc20Abi, functionName: 'transfer', args: [safe, 10n ** 15n] }),
    });
  });

  test('an ERC-20 transfer within policy: each party signs the hash the Safe computes; execTransaction moves the balance', async () => {
    const amount = 5n * 10n ** 14n; // $500: below the $1,000 limit
    const v = await signSafe({ kind: 'evm.transaction', transaction: { to: token, data: transfer(alice, amount) } });
    assert.equal(v.status, 'signed', JSON.stringify(v));
    const out = v.result as { safeTxHash: Hex; safeTx: Record<string, string | number>; signatures: Hex; execTransaction: { to: string; data: Hex } };
    const s = out.safeTx;
    const onChainHash = await pub.readContract({
      address: safe,
      abi: SAFE_ABI,
      functionName: 'getTransactionHash',
      args: [
        s.to as Address,
        BigInt(s.value!),
        s.data as Hex,
        Number(s.operation),
        BigInt(s.safeTxGas!),
        BigInt(s.baseGas!),
        BigInt(s.gasPrice!),
        s.gasToken as Address,
        s.refundReceiver as Address,
        BigInt(s.nonce!),
      ],
    });
    assert.equal(out.safeTxHash, onChainHash, "the parties' SafeTx hash is Safe.getTransactionHash");
    assert.equal((out.signatures.length - 2) / 2, 130, 'two 65-byte owner signatures');
    const before = await balance(alice);
    const x = await bot.client.call('safe.execute', { name: 'vault', requestId: v.id });
    assert.equal(x.success, true);
    assert.equal((await balance(alice)) - before, amount);
    assert.equal((await t.admin.call('safe.show', { name: 'vault' })).onChain!.nonce, 1);
  });

  test('one party down: the other two still sign and the transfer executes', async () => {
    const p3 = parties.find((p) => p.name === 'p3')!;
    await p3.stop();
    try {
      const before = await pub.getBalance({ address: alice });
      const v = await signSafe({ kind: 'evm.transaction', transaction: { to: alice, value: parseEther('0.5').toString() } });
      assert.equal(v.status, 'signed', JSON.stringify(v));
      assert.equal((await bot.client.call('safe.execute', { name: 'vault', requestId: v.id })).success, true);
      assert.equal((await pub.getBalance({ address: alice })) - before, parseEther('0.5'));
    } finally {
      await p3.restart();
    }
  });

  test('governance and delegatecall: refused by default (decision 0022), at the coordinator and at every party', async () => {
    const self = (data: Hex) => ({ kind: 'safe.transaction', tx: { to: safe, data } });
    const gov = parseAbi(['function changeThreshold(uint256)', 'function addOwnerWithThreshold(address,uint256)']);
    const cases = [
      self(encodeFunctionData({ abi: gov, functionName: 'changeThreshold', args: [1n] })),
      self(encodeFunctionData({ abi: gov, functionName: 'addOwnerWithThreshold', args: [alice, 1n] })),
      { kind: 'safe.transaction', tx: { to: token, data: transfer(alice, 1n), operation: 1 } },
    ];
    for (const c of cases) {
      const v = await signSafe(c);
      assert.equal(v.status, 'denied', JSON.stringify(c));
      assert.match(JSON.stringify(v), /0022/);
    }
    // A hostile coordinator skipping its own policy: every party refuses, by its own policy copy.
    for (const c of cases) {
      const payload = await t.server.services.safes.payloadFor('vault', c as never);
      for (const p of parties) await assert.rejects(hostileSign(p, payload), (e: unknown) => isCustosError(e, 'E_PARTY_REFUSED'));
    }
    // Positive control: the same kind of call, an ordinary transfer, is signed by the party.
    const ok = await t.server.services.safes.payloadFor('vault', { kind: 'safe.transaction', tx: { to: token, data: transfer(alice, 1n) } });
    assert.match(String((await hostileSign(parties[0]!, ok)).signature), /^0x[0-9a-f]{130}$/);
  });

  test('a transfer above the limit: no party signs; fewer than T signatures are refused by the contract', async () => {
    const big = await t.server.services.safes.payloadFor('vault', { kind: 'safe.transaction', tx: { to: token, data: transfer(alice, 2n * 10n ** 15n) } });
    const v = await signSafe({ kind: 'safe.transaction', tx: big.tx });
    assert.equal(v.status, 'denied');
    for (const p of parties) await assert.rejects(hostileSign(p, big), (e: unknown) => isCustosError(e, 'E_PARTY_REFUSED'));
    // One owner signature of an allowed SafeTx: the contract refuses it (GS020); two execute it.
    const small = await t.server.services.safes.payloadFor('vault', { kind: 'safe.transaction', tx: { to: token, data: transfer(alice, 7n) } });
    const sigs = await Promise.all(parties.slice(0, 2).map(async (p) => (await hostileSign(p, small)) as { owner: string; signature: Hex; hash: string }));
    sigs.sort((a, b) => (BigInt(a.owner) < BigInt(b.owner) ? -1 : 1));
    const exec = (signatures: Hex) =>
      encodeFunctionData({
        abi: SAFE_ABI,
        functionName: 'execTransaction',
        args: [token, 0n, transfer(alice, 7n), 0, 0n, 0n, 0n, zeroAddress, zeroAddress, signatures],
      });
    await assert.rejects(pub.call({ account: rich, to: safe, data: exec(sigs[0]!.signature) }), /GS020/);
    const before = await balance(alice);
    const hash = await wallet.sendTransaction({ account: rich, chain: null, to: safe, data: exec(concat(sigs.map((s) => s.signature))) });
    assert.equal((await pub.waitForTransactionReceipt({ hash })).status, 'success');
    assert.equal((await balance(alice)) - before, 7n);
  });

  test('a hostile coordinator: a claimed hash or payload that differs is refused; the honest request is signed', async () => {
    const honest = await t.server.services.safes.payloadFor('vault', { kind: 'safe.transaction', tx: { to: token, data: transfer(alice, 3n) } });
    const otherHash = `0x${'ab'.repeat(32)}`;
    await assert.rejects(hostileSign(parties[1]!, honest, otherHash), (e: unknown) => isCustosError(e, 'E_PARTY_REFUSED'));
    // The payload decodes to other facts than the hash it claims (amount changed after hashing).
    const tampered = { ...honest, tx: { ...honest.tx, data: transfer(alice, 10n ** 15n) } };
    const honestHash = (await hostileSign(parties[1]!, honest)).hash as string;
    await assert.rejects(hostileSign(parties[2]!, tampered, honestHash), (e: unknown) => isCustosError(e, 'E_PARTY_REFUSED'));
    // Another Safe address under this account's name.
    await assert.rejects(hostileSign(parties[2]!, { ...honest, safe: alice.toLowerCase() }, honestHash), (e: unknown) => isCustosError(e, 'E_BAD_INPUT'));
    // Positive control: the honest request, its own hash.
    assert.match(String((await hostileSign(parties[2]!, honest)).signature), /^0x[0-9a-f]{130}$/);
  });

  test('safe register: an existing Safe with other owners is refused; with exactly the parties keys it registers', async () => {
    const factory = contracts.factory;
    const deploySafe = async (owners: Address[], threshold: bigint): Promise<Address> => {
      const setup = encodeFunctionData({
        abi: SAFE_ABI,
        functionName: 'setup',
        args: [owners, threshold, zeroAddress, '0x', contracts.fallbackHandler, zeroAddress, 0n, zeroAddress],
      });
      const fabi = parseAbi([
        'function createProxyWithNonce(address,bytes,uint256) returns (address)',
        'event ProxyCreation(address indexed proxy, address singleton)',
      ]);
      const { result, request } = await pub.simulateContract({
        account: rich,
        address: factory,
        abi: fabi,
        functionName: 'createProxyWithNonce',
        args: [contracts.singleton, setup, BigInt(Date.now())],
      });
      await pub.waitForTransactionReceipt({ hash: await wallet.writeContract({ ...request, chain: null }) });
      return result;
    };
    const wrong = await deploySafe([rich, alice], 2n);
    const spec = { name: 'old', chainId: 31337, threshold: 2, parties: ['p1', 'p2'] };
    const e = (await t.admin.call('safe.register', { ...spec, address: wrong }).catch((x: unknown) => x)) as { code: string; details: { expected: Address[] } };
    assert.ok(isCustosError(e, 'E_SAFE_MISMATCH'), String(e));
    await assert.rejects(t.admin.call('safe.show', { name: 'old' }), (x: unknown) => isCustosError(x, 'E_KEY_NOT_FOUND'));
    // Positive control: a Safe whose owners are exactly the owner keys the parties made on the first attempt.
    const right = await deploySafe(e.details.expected, 2n);
    const r = await t.admin.call('safe.register', { ...spec, address: right });
    assert.deepEqual(r.onChain!.owners.slice().sort(), e.details.expected.slice().sort());
    assert.equal(r.threshold, 2);
  });

  test('JSON-RPC: eth_accounts lists the Safe; eth_sendTransaction from its address is a SafeTx the parties sign and the executor sends', async () => {
    const rpc = async (c: { call: typeof t.admin.call }, method: string, params: unknown[]) =>
      (await c.call('eth.rpc', { jsonrpc: '2.0', id: 1, method, params })) as { result?: unknown; error?: { code: number; message: string } };
    const listed = await rpc(t.admin, 'eth_accounts', []);
    assert.ok((listed.result as string[]).includes(getAddress(safe)), JSON.stringify(listed));
    const before = await pub.getBalance({ address: alice });
    const sent = await rpc(bot.client, 'eth_sendTransaction', [{ from: safe, to: alice, value: `0x${parseEther('0.25').toString(16)}` }]);
    assert.match(String(sent.result), /^0x[0-9a-f]{64}$/, JSON.stringify(sent));
    const receipt = await pub.getTransactionReceipt({ hash: sent.result as Hex });
    assert.equal(receipt.to?.toLowerCase(), safe.toLowerCase(), 'the executor called the Safe (execTransaction)');
    assert.equal((await pub.getBalance({ address: alice })) - before, parseEther('0.25'), 'the ETH left the Safe');
    // Above the policy: refused (4001), nothing sent.
    const nonce = (await t.admin.call('safe.show', { name: 'vault' })).onChain!.nonce;
    const big = await rpc(bot.client, 'eth_sendTransaction', [{ from: safe, to: token, data: transfer(alice, 2n * 10n ** 15n) }]);
    assert.equal(big.error?.code, 4001, JSON.stringify(big));
    assert.equal((await t.admin.call('safe.show', { name: 'vault' })).onChain!.nonce, nonce);
    // What a Safe cannot do as an EOA is refused with a clear error, not signed some other way.
    const asEoa = await rpc(bot.client, 'eth_signTransaction', [
      { from: safe, to: alice, value: '0x1', chainId: '0x7a69', nonce: '0x0', gas: '0x5208', gasPrice: '0x1' },
    ]);
    assert.equal(asEoa.error?.code, -32602);
    assert.match(asEoa.error!.message, /Safe account/);
    const message = await rpc(bot.client, 'personal_sign', ['0x68656c6c6f', safe]);
    assert.equal(message.error?.code, -32602, JSON.stringify(message));
  });

  test('a governance call allowed by a rule that names it but writes no approvals waits for the admin quorum', async () => {
    const rule = `
  - name: same-threshold
    effect: allow
    when: payload.safe.governance == "changeThreshold" && principal.name == "bot"
`;
    await t.admin.call('policy.set', { source: POLICY + rule });
    try {
      const data = encodeFunctionData({ abi: parseAbi(['function changeThreshold(uint256)']), functionName: 'changeThreshold', args: [2n] });
      const v = await signSafe({ kind: 'safe.transaction', tx: { to: safe, data } });
      assert.equal(v.status, 'pending', JSON.stringify(v));
      assert.deepEqual(
        { count: v.waitingFor?.approvals?.count, from: v.waitingFor?.approvals?.from },
        { count: 1, from: 'admin' },
        'the rule wrote no approvals: the admin quorum applies',
      );
      // The bot cannot approve its own request; an admin's signature lets every party sign.
      const key = credentialPrivateKey(readCredentialFile(t.adminCredential));
      const done = await t.admin.call('request.approve', { id: v.id, signature: signApproval(key, v.id, v.digest, 'approve') });
      assert.equal(done.status, 'signed', JSON.stringify(done));
      const nonce = (await t.admin.call('safe.show', { name: 'vault' })).onChain!.nonce;
      assert.equal((await t.admin.call('safe.execute', { name: 'vault', requestId: v.id })).success, true);
      assert.equal((await t.admin.call('safe.show', { name: 'vault' })).onChain!.nonce, nonce + 1);
      assert.equal((await t.admin.call('safe.show', { name: 'vault' })).onChain!.threshold, 2);
    } finally {
      await t.admin.call('policy.set', { source: POLICY });
    }
  });

  /** As a compromised coordinator: send safe.sign straight to a party with a request of our making. */
  async function hostileSign(
    p: PartyProcess,
    payload: { type: string; key: string } & Record<string, unknown>,
    claimed?: string,
  ): Promise<{ owner?: string; signature?: Hex; hash: string }> {
    const services = t.server.services;
    const k = (await services.inst.store.read.getKeyByName('vault'))!;
    const planned = async () => {
      const plan = await services.requests.planner('safe')(services.inst.store.read, services.keys, payload);
      return `0x${Buffer.from((plan.tasks[0]!.input as { digest: Uint8Array }).digest).toString('hex')}`;
    };
    const hash = claimed ?? (await planned());
    const id = crypto.randomUUID();
    const createdAt = new Date().toISOString();
    const request: SignContext = {
      id,
      kind: 'sign',
      principal: { id: 'x', name: 'bot', role: '', kind: 'api', tags: {} },
      keyName: 'vault',
      payload: JSON.stringify(payload),
      createdAt,
      digest: requestDigest({ id, kind: 'sign', principal: 'bot', key: 'vault', payload, createdAt }),
      approvals: [],
      risk: FULL_RISK_CLAIM, // a claim above the party's own is never refused (decision 0030)
    };
    const me = await services.threshold.identity();
    const out = await callParty(me, { name: p.name, url: p.url, identity: p.identity }, 'safe.sign', crypto.randomUUID(), { keyId: k.id, hash, request });
    return { ...(out as { owner?: string; signature?: Hex }), hash };
  }
});
