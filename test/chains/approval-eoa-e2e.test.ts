/**
 * `approval_to_eoa` (docs/risk.md, decision 0030) against a real Hardhat dev
 * chain as the upstream node (`--eth-rpc`): before the decision the server
 * asks `eth_getCode(spender)`.
 *
 * - an approve / setApprovalForAll to an address without code scores it and
 *   the rule that reads it denies; the same approval to a deployed contract
 *   does not (positive control) and signs;
 * - the upstream down: the lookup fails closed (treated as an EOA, `codeUnknown`);
 * - a hostile upstream that answers code for every address can only hide the
 *   signal: `approval_new_spender` still applies, and nothing else it could
 *   say changes a value or a cap (the approval's facts are the calldata's).
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { createPublicClient, createWalletClient, encodeFunctionData, erc20Abi, http, parseAbi, type Address, type Hex } from 'viem';
import { TestServer, type Principal } from '../helpers/server.js';
import { startDevChain, type DevChain } from '../helpers/hardhat.js';
import type { EvmPayload } from '../../src/chains/evm/types.js';
import { CustosClient } from '../../src/client/client.js';
import { readCredentialFile } from '../../src/auth/credential.js';

const require = createRequire(import.meta.url);
const art = (p: string) => require(`@safe-global/safe-contracts/build/artifacts/contracts/${p}.json`) as { abi: unknown[]; bytecode: Hex };

const POLICY = `
rules:
  - name: no-approvals-to-eoas
    effect: deny
    when: '"approval_to_eoa" in risk.codes'
  - name: bot
    effect: allow
    when: principal.name == "bot"
`;

const EOA = '0x00000000000000000000000000000000000A11cE' as Address;
const honest = { type: '0x2', chainId: 31337, nonce: 0, gas: 100_000, maxFeePerGas: 30_000_000_000, maxPriorityFeePerGas: 1_000_000_000 } as const;

describe('approval_to_eoa: the spender looked up at the upstream node before the decision', () => {
  let chain: DevChain;
  let t: TestServer;
  let bot: Principal;
  let token: Address;
  let market: Address;
  let hostile: Server;

  const approve = (spender: Address): EvmPayload => ({
    kind: 'evm.transaction',
    transaction: { ...honest, to: token, data: encodeFunctionData({ abi: erc20Abi, functionName: 'approve', args: [spender, 2n ** 255n] }) },
  });
  const approveAll = (operator: Address): EvmPayload => ({
    kind: 'evm.transaction',
    transaction: {
      ...honest,
      to: token,
      data: encodeFunctionData({ abi: parseAbi(['function setApprovalForAll(address,bool)']), functionName: 'setApprovalForAll', args: [operator, true] }),
    },
  });
  const sign = async (payload: EvmPayload) => (await bot.client.call('sign.evm', { key: 'hot', payload })) as any;
  const reason = (r: any, code: string) => (r.risk?.reasons ?? []).find((x: { code: string }) => x.code === code);

  async function serveWith(ethRpc: string): Promise<void> {
    await t.close();
    await t.listen({ chains: { ethRpc, tokensFile: join(t.dir, 'tokens.json'), prices: join(t.dir, 'prices.json') } });
    if (bot) bot = { ...bot, client: new CustosClient({ url: t.url, credential: readCredentialFile(bot.credentialFile) }) }; // a new port
  }

  before(async () => {
    chain = await startDevChain();
    const pub = createPublicClient({ transport: http(chain.url) });
    const wallet = createWalletClient({ transport: http(chain.url) });
    const rich = ((await chain.rpc('eth_accounts')) as Address[])[0]!;
    const deploy = async (p: string) => {
      const a = art(p);
      const hash = await wallet.deployContract({ abi: a.abi, bytecode: a.bytecode, account: rich, chain: null });
      return (await pub.waitForTransactionReceipt({ hash })).contractAddress!;
    };
    token = await deploy('test/ERC20Token.sol/ERC20Token');
    market = await deploy('proxies/SafeProxyFactory.sol/SafeProxyFactory'); // any deployed contract: the spender with code
    assert.notEqual(await pub.getCode({ address: market }), undefined);
    assert.equal(await pub.getCode({ address: EOA }), undefined, 'the EOA has no code on the chain');
    // A hostile upstream: code for every address.
    hostile = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += String(d)));
      req.on('end', () => {
        const id = (JSON.parse(body) as { id: number }).id;
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ jsonrpc: '2.0', id, result: '0x6080604052' }));
      });
    });
    await new Promise<void>((r) => hostile.listen(0, '127.0.0.1', r));
    t = await TestServer.start();
    writeFileSync(join(t.dir, 'tokens.json'), JSON.stringify({ [token]: { symbol: 'TT', decimals: 18 } }));
    writeFileSync(join(t.dir, 'prices.json'), JSON.stringify({ ETH: 3000, TT: 1 }));
    await serveWith(chain.url);
    bot = await t.principal('bot', 'agent');
    await t.admin.call('key.create', { name: 'hot', type: 'secp256k1' });
    await t.admin.call('policy.set', { source: POLICY });
  });
  after(async () => {
    await Promise.all([t?.stop(), chain?.stop(), new Promise((r) => (hostile ? hostile.close(r) : r(undefined)))]);
  });

  test('an approval to an address without code scores approval_to_eoa and the rule denies it; to a deployed contract it signs (control)', async () => {
    const eoa = await sign(approve(EOA));
    assert.equal(eoa.status, 'denied', JSON.stringify(eoa));
    assert.equal(eoa.rule, 'no-approvals-to-eoas');
    assert.equal(reason(eoa, 'approval_to_eoa')?.points, 90);
    assert.equal(reason(eoa, 'approval_to_eoa')?.numbers.codeUnknown, 0);
    const contract = await sign(approve(market));
    assert.equal(contract.status, 'signed', JSON.stringify(contract));
    assert.equal(reason(contract, 'approval_to_eoa'), undefined);
    assert.ok(reason(contract, 'approval_new_spender'), 'a new spender is still new');
    // setApprovalForAll names an operator the same way.
    const all = await sign(approveAll(EOA));
    assert.equal(all.status, 'denied', JSON.stringify(all));
    assert.ok(reason(all, 'approval_to_eoa'));
  });

  test('the upstream down: the spender reads as unknown and is treated as an EOA (fail closed)', async () => {
    await serveWith('http://127.0.0.1:9');
    try {
      const r = await sign(approve(market));
      assert.equal(r.status, 'denied', JSON.stringify(r));
      assert.equal(reason(r, 'approval_to_eoa')?.numbers.codeUnknown, 1);
    } finally {
      await serveWith(chain.url);
    }
  });

  test('a hostile upstream can only hide the signal: approval_new_spender still applies to the stranger', async () => {
    await serveWith(`http://127.0.0.1:${(hostile.address() as AddressInfo).port}`);
    try {
      const stranger = '0x000000000000000000000000000000000000bEEF' as Address;
      const r = await sign(approve(stranger));
      assert.equal(reason(r, 'approval_to_eoa'), undefined, 'hidden by the lie');
      assert.ok(reason(r, 'approval_new_spender'), JSON.stringify(r.risk));
      assert.equal(reason(r, 'approval_new_spender').numbers.unlimited, 1, 'the approval itself is read from the calldata, not from the upstream');
    } finally {
      await serveWith(chain.url);
    }
    // Control: the honest upstream, the same stranger: the signal is back.
    const honestAgain = await sign(approve('0x000000000000000000000000000000000000bEEF'));
    assert.ok(reason(honestAgain, 'approval_to_eoa'));
  });
});
