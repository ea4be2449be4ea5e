/**
 * Issue #12 through the real server (no chain needed: every transaction is
 * given in full): an agent with a stolen credential submits the three
 * reproductions of the issue (fee drain, near-unlimited approvals, EIP-3009
 * typed data) under a policy written the obvious way, and each is denied;
 * the honest request beside it still signs. Then an unbounded request that
 * an explicit rule allows is recorded with a finite velocity value and fills
 * the key's value windows.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Hex, encodeFunctionData, erc20Abi, erc721Abi } from 'viem';
import { TestServer, type Principal } from '../helpers/server.js';
import type { EvmPayload, EvmTransactionRequest } from '../../src/chains/evm/types.js';
import { VELOCITY_USD_CAP } from '../../src/requests/plans.js';

const USDC = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48' as Hex;
const NFT = '0x1111111111111111111111111111111111111111' as Hex;
const ALICE = '0x2222222222222222222222222222222222222222' as Hex;
const ATTACKER = '0x000000000000000000000000000000000000bEEF' as Hex;
const MARKET = '0x3333333333333333333333333333333333333333' as Hex;

const POLICY = `
rules:
  - name: no-unlimited-approvals
    effect: deny
    when: has(tx.erc20) && tx.erc20.unlimited
  - name: daily-cap
    effect: deny
    when: 'principal.name == "bot2" && velocity.key.value24h + (has(tx.valueUsd) ? tx.valueUsd : 0.0) > 100000.0'
  - name: non-permit-typed-data
    effect: allow
    when: request.kind == "evm.typedData" && !has(payload.typedData.permit)
  - name: permits-up-to-1000
    effect: allow
    when: request.kind == "evm.typedData" && has(payload.typedData.permit) && payload.typedData.valueUsd <= 1000
  - name: marketplace-operator
    effect: allow
    when: has(tx.approvalForAll) && tx.approvalForAll.operator in lists.markets
  - name: up-to-1000
    effect: allow
    when: has(tx.valueUsd) && tx.valueUsd <= 1000
`;

const honest = { type: '0x2', chainId: 1, nonce: 0, gas: 100_000, maxFeePerGas: 30_000_000_000, maxPriorityFeePerGas: 1_000_000_000 } as const;
const txp = (fields: Partial<EvmTransactionRequest>): EvmPayload => ({ kind: 'evm.transaction', transaction: { ...honest, ...fields } });
const approve = (spender: Hex, amount: bigint) =>
  txp({ to: USDC, data: encodeFunctionData({ abi: erc20Abi, functionName: 'approve', args: [spender, amount] }) });

describe('issue #12: EVM value semantics through the server', () => {
  let t: TestServer;
  let bot: Principal;
  let bot2: Principal;
  let signer: Hex;

  before(async () => {
    t = await TestServer.start();
    writeFileSync(join(t.dir, 'tokens.json'), JSON.stringify({ [USDC]: { symbol: 'USDC', decimals: 6 } }));
    writeFileSync(join(t.dir, 'prices.json'), JSON.stringify({ ETH: 3000, USDC: 1 }));
    await t.close();
    await t.listen({ chains: { tokensFile: join(t.dir, 'tokens.json'), prices: join(t.dir, 'prices.json') } });
    bot = await t.principal('bot', 'agent');
    bot2 = await t.principal('bot2', 'agent');
    await t.admin.call('key.create', { name: 'hot-1', type: 'secp256k1' });
    await t.admin.call('key.create', { name: 'hot-2', type: 'secp256k1' });
    await t.admin.call('list.set', { name: 'markets', values: [MARKET.toLowerCase()] });
    await t.admin.call('policy.set', { source: POLICY });
    signer = (await t.admin.call('key.show', { ref: 'hot-1' })).addresses.ethereum as Hex;
  });
  after(() => t?.stop());

  const sign = (p: Principal, key: string, payload: EvmPayload) => p.client.call('sign.evm', { key, payload });

  test('(a) a 0-value transaction burning 30,000 ETH of fees is denied; an honest transfer signs', async () => {
    const drain = await sign(bot, 'hot-1', txp({ to: ALICE, gas: 30_000_000, maxFeePerGas: '1000000000000000', maxPriorityFeePerGas: '1000000000000000' }));
    assert.deepEqual([drain.status, drain.rule], ['denied', null]);
    const ok = await sign(bot, 'hot-1', txp({ to: ALICE, value: '100000000000000000' }));
    assert.deepEqual([ok.status, ok.rule], ['signed', 'up-to-1000'], JSON.stringify(ok));
  });

  test('(b) approve(attacker, 2^254) and approve(attacker, 10^30) are denied; an exact approval signs', async () => {
    const huge = await sign(bot, 'hot-1', approve(ATTACKER, 2n ** 254n));
    assert.deepEqual([huge.status, huge.rule], ['denied', 'no-unlimited-approvals']);
    const e30 = await sign(bot, 'hot-1', approve(ATTACKER, 10n ** 30n));
    assert.deepEqual([e30.status, e30.rule], ['denied', null]);
    const exact = await sign(bot, 'hot-1', approve(ALICE, 100_000_000n));
    assert.deepEqual([exact.status, exact.rule], ['signed', 'up-to-1000']);
  });

  test('(c) an EIP-3009 TransferWithAuthorization of 10^9 USDC is denied; of 5 USDC it signs', async () => {
    const auth = (value: bigint): EvmPayload => ({
      kind: 'evm.typedData',
      typedData: {
        types: {
          TransferWithAuthorization: [
            { name: 'from', type: 'address' },
            { name: 'to', type: 'address' },
            { name: 'value', type: 'uint256' },
            { name: 'validAfter', type: 'uint256' },
            { name: 'validBefore', type: 'uint256' },
            { name: 'nonce', type: 'bytes32' },
          ],
        },
        primaryType: 'TransferWithAuthorization',
        domain: { name: 'USD Coin', version: '2', chainId: 1, verifyingContract: USDC },
        message: { from: signer, to: ATTACKER, value: value.toString(), validAfter: 0, validBefore: 1893456000, nonce: `0x${'07'.repeat(32)}` },
      },
    });
    const big = await sign(bot, 'hot-1', auth(10n ** 15n));
    assert.deepEqual([big.status, big.rule], ['denied', null]);
    const small = await sign(bot, 'hot-1', auth(5_000_000n));
    assert.deepEqual([small.status, small.rule], ['signed', 'permits-up-to-1000']);
  });

  test('an unbounded request an explicit rule allows is stored with a finite value and fills the window', async () => {
    const data = encodeFunctionData({ abi: erc721Abi, functionName: 'setApprovalForAll', args: [MARKET, true] });
    const first = await sign(bot2, 'hot-2', txp({ to: NFT, data }));
    // daily-cap denies it: the unbounded exposure exceeds any finite cap.
    assert.deepEqual([first.status, first.rule], ['denied', 'daily-cap']);
    // Without the cap in the way (another principal), the explicit rule signs it...
    const signed = await sign(bot, 'hot-2', txp({ to: NFT, data }));
    assert.deepEqual([signed.status, signed.rule], ['signed', 'marketplace-operator']);
    const rec = await t.server.services.inst.store.read.requests.get(signed.id);
    assert.equal(rec?.valueUsd, VELOCITY_USD_CAP);
    // ...and the key's 24h window is now full: bot2's honest transfer with hot-2 waits for it to pass.
    const after = await sign(bot2, 'hot-2', txp({ to: ALICE, value: '1000000000000000' }));
    assert.deepEqual([after.status, after.rule], ['denied', 'daily-cap']);
    // The same transfer by bot with hot-1 is unaffected.
    const other = await sign(bot, 'hot-1', txp({ to: ALICE, value: '1000000000000000', nonce: 1 }));
    assert.equal(other.status, 'signed');
  });
});
