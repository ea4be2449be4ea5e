/**
 * EVM policy facts (src/chains/evm/facts.ts through prepareEvm): ERC-20 call
 * decoding, setApprovalForAll, EIP-7702 delegation, selector/contract, USD
 * pricing with a token registry, permit recognition (EIP-2612, DAI, Permit2),
 * message and authorization facts; and the policy examples of
 * docs/chains-evm.md evaluated by the real CEL engine on these facts.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { type Hex, encodeFunctionData, erc20Abi, erc721Abi, hashMessage, maxUint160, maxUint256, parseAbi, serializeTransaction } from 'viem';
import { prepareEvm } from '../../src/chains/evm/prepare.js';
import type { EvmContext, EvmPayload, EvmTransactionRequest, PermitFacts, TxFacts, TypedDataFacts } from '../../src/chains/evm/types.js';
import { parsePolicy } from '../../src/policy/document.js';
import { evaluatePolicy } from '../../src/policy/evaluate.js';
import { UNBOUNDED_USD, compileCondition, evaluateCondition, toCelContext } from '../../src/policy/facts.js';

const SIGNER: Hex = '0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F';
const USDC: Hex = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48';
const DAI: Hex = '0x6B175474E89094C44Da98b954EedeAC495271d0F';
const UNKNOWN_TOKEN: Hex = '0x1111111111111111111111111111111111111111';
const ALICE: Hex = '0x2222222222222222222222222222222222222222';
const ROUTER: Hex = '0x3333333333333333333333333333333333333333';
const PERMIT2: Hex = '0x000000000022D473030F116dDEE9F6B43aC78BA3';
const lc = (a: string) => a.toLowerCase();

const ctx: EvmContext = {
  signer: SIGNER,
  tokens: { [lc(USDC)]: { symbol: 'USDC', decimals: 6 }, [lc(DAI)]: { symbol: 'dai', decimals: 18 } },
  prices: { ETH: 3000, USDC: 1, DAI: 1, POL: 0.5 },
  nativeSymbol: { 137: 'POL', 100: 'XDAI' },
};

const base = { type: '0x2', chainId: 1, nonce: 0, gas: 100000, maxFeePerGas: '0x77359400', maxPriorityFeePerGas: 1 } as const;
function txOf(fields: Partial<EvmTransactionRequest>, c: EvmContext = ctx): TxFacts {
  const p = prepareEvm({ kind: 'evm.transaction', transaction: { ...base, ...fields } }, c);
  // Facts are plain JSON: a round trip changes nothing.
  assert.deepEqual(JSON.parse(JSON.stringify(p.facts)), p.facts);
  const tx = (p.facts as { tx: TxFacts }).tx;
  assert.equal(p.valueUsd, tx.valueUsd);
  return tx;
}
const call = (functionName: 'transfer' | 'transferFrom' | 'approve', args: readonly unknown[]) =>
  encodeFunctionData({ abi: erc20Abi, functionName, args } as never);
const EXTRA_ABI = parseAbi(['function increaseAllowance(address spender, uint256 addedValue)']);

describe('transaction facts', () => {
  test('native transfer: every field, USD from prices.ETH', () => {
    const tx = txOf({ to: ALICE, value: '1500000000000000000' });
    assert.deepEqual(tx, {
      type: 'eip1559',
      chainId: 1,
      from: lc(SIGNER),
      to: lc(ALICE),
      value: '1500000000000000000',
      valueEth: 1.5,
      nonce: 0,
      gas: '100000',
      maxFeePerGas: '2000000000',
      maxPriorityFeePerGas: '1',
      gasPrice: null,
      maxFeePerBlobGas: null,
      blobCount: 0,
      selector: null,
      dataSize: 0,
      maxFee: '200000000000000',
      valueUsd: 4500.6,
      nativeUsd: 4500,
      feeUsd: 0.6,
      transferUsd: 0,
      approvalUsd: 0,
      unlimited: false,
      priced: true,
      contract: null,
    });
  });

  test('native symbol per chain, and an unpriced native currency', () => {
    assert.equal(txOf({ chainId: 137, to: ALICE, value: 10n ** 18n * 4n + '' }).nativeUsd, 2);
    const xdai = txOf({ chainId: 100, to: ALICE, value: '1000000000000000000' });
    assert.deepEqual([xdai.valueUsd, xdai.nativeUsd, xdai.priced, xdai.valueEth], [UNBOUNDED_USD, UNBOUNDED_USD, false, 1]);
    // The fee needs the price too; a zero value with a zero fee needs none.
    assert.deepEqual([txOf({ chainId: 100, to: ALICE }).priced, txOf({ chainId: 100, to: ALICE }).feeUsd], [false, UNBOUNDED_USD]);
    assert.equal(txOf({ chainId: 100, to: ALICE, maxFeePerGas: 0, maxPriorityFeePerGas: 0 }).priced, true);
  });

  test('legacy and EIP-2930 fee fields; contract creation has to = null', () => {
    const legacy = txOf({ type: '0x0', gasPrice: 7, maxFeePerGas: undefined, maxPriorityFeePerGas: undefined, data: '0x6080' });
    assert.deepEqual(
      [legacy.type, legacy.gasPrice, legacy.maxFeePerGas, legacy.to, legacy.selector, legacy.contract, legacy.dataSize],
      ['legacy', '7', null, null, null, null, 2],
    );
    const t1 = txOf({ type: 'eip2930', gasPrice: 8, maxFeePerGas: undefined, maxPriorityFeePerGas: undefined, to: ALICE, accessList: [] });
    assert.deepEqual([t1.type, t1.gasPrice], ['eip2930', '8']);
  });

  test('ERC-20 transfer of a known token: units and USD added to tx.valueUsd', () => {
    const tx = txOf({ to: USDC, value: '1000000000000000000', data: call('transfer', [ALICE, 2_500_000n]) });
    assert.deepEqual(tx.erc20, {
      kind: 'transfer',
      token: lc(USDC),
      to: lc(ALICE),
      amount: '2500000',
      unlimited: false,
      symbol: 'USDC',
      decimals: 6,
      amountUnits: 2.5,
      valueUsd: 2.5,
    });
    assert.deepEqual([tx.nativeUsd, tx.transferUsd, tx.valueUsd], [3000, 2.5, 3000 + 0.6 + 2.5]);
    assert.equal(tx.priced, true);
    assert.equal(tx.selector, '0xa9059cbb');
    assert.equal(tx.contract, `${lc(USDC)}:0xa9059cbb`);
  });

  test('ERC-20 transferFrom; symbol looked up upper-cased', () => {
    const tx = txOf({ to: DAI, data: call('transferFrom', [ALICE, ROUTER, 3n * 10n ** 18n]) });
    assert.deepEqual(tx.erc20, {
      kind: 'transferFrom',
      token: lc(DAI),
      from: lc(ALICE),
      to: lc(ROUTER),
      amount: '3000000000000000000',
      unlimited: false,
      symbol: 'dai',
      decimals: 18,
      amountUnits: 3,
      valueUsd: 3,
    });
    assert.equal(tx.transferUsd, 3);
  });

  test('unknown token: amount only, priced false, the value is unbounded (never 0)', () => {
    const tx = txOf({ to: UNKNOWN_TOKEN, data: call('transfer', [ALICE, 10n]) });
    assert.deepEqual(tx.erc20, { kind: 'transfer', token: lc(UNKNOWN_TOKEN), to: lc(ALICE), amount: '10', unlimited: false, valueUsd: UNBOUNDED_USD });
    assert.deepEqual([tx.valueUsd, tx.priced], [UNBOUNDED_USD, false]);
    // Known token, no price.
    const noPrice = txOf({ to: USDC, data: call('transfer', [ALICE, 10n]) }, { ...ctx, prices: { ETH: 3000 } });
    assert.deepEqual([noPrice.erc20?.symbol, noPrice.erc20?.valueUsd, noPrice.priced], ['USDC', UNBOUNDED_USD, false]);
  });

  test('approve: limited (exposure USD, counted in tx.valueUsd) and unlimited (2^256-1, >= 2^128)', () => {
    const limited = txOf({ to: USDC, data: call('approve', [ROUTER, 5_000_000n]) });
    assert.deepEqual(limited.erc20, {
      kind: 'approve',
      token: lc(USDC),
      spender: lc(ROUTER),
      amount: '5000000',
      unlimited: false,
      symbol: 'USDC',
      decimals: 6,
      amountUnits: 5,
      valueUsd: 5,
    });
    assert.deepEqual([limited.approvalUsd, limited.valueUsd], [5, 5.6]);
    for (const amount of [maxUint256, 2n ** 255n, 2n ** 128n]) {
      const e = txOf({ to: USDC, data: call('approve', [ROUTER, amount]) }).erc20;
      assert.equal(e?.unlimited, true);
      assert.equal(e?.amount, amount.toString());
      assert.equal(e?.valueUsd, UNBOUNDED_USD);
    }
    assert.equal(txOf({ to: USDC, data: call('approve', [ROUTER, 2n ** 128n - 1n]) }).erc20?.unlimited, false);
  });

  test('increaseAllowance', () => {
    const data = encodeFunctionData({ abi: EXTRA_ABI, functionName: 'increaseAllowance', args: [ROUTER, maxUint256] });
    const tx = txOf({ to: USDC, data });
    assert.deepEqual([tx.erc20?.kind, tx.erc20?.spender, tx.erc20?.unlimited, tx.selector], ['increaseAllowance', lc(ROUTER), true, '0x39509351']);
  });

  test('setApprovalForAll (ERC-721 / ERC-1155)', () => {
    const data = encodeFunctionData({ abi: erc721Abi, functionName: 'setApprovalForAll', args: [ROUTER, true] });
    const tx = txOf({ to: UNKNOWN_TOKEN, data });
    assert.deepEqual(tx.approvalForAll, { token: lc(UNKNOWN_TOKEN), operator: lc(ROUTER), approved: true });
    assert.equal(tx.erc20, undefined);
    assert.equal(tx.contract, `${lc(UNKNOWN_TOKEN)}:0xa22cb465`);
  });

  test('unknown selector: selector and contract only; short data has no selector', () => {
    const tx = txOf({ to: ROUTER, data: '0x12345678abcd' });
    assert.deepEqual([tx.selector, tx.contract, tx.dataSize, tx.erc20, tx.approvalForAll], ['0x12345678', `${lc(ROUTER)}:0x12345678`, 6, undefined, undefined]);
    assert.deepEqual([txOf({ to: ROUTER, data: '0x123456' }).selector, txOf({ to: ROUTER, data: '0x123456' }).contract], [null, null]);
  });

  test('EIP-7702 delegation lists the authorization targets; EIP-4844 blob facts', () => {
    const auth = (address: Hex) => ({ chainId: 1, address, nonce: 0, yParity: 0, r: `0x${'11'.repeat(32)}` as Hex, s: `0x${'22'.repeat(32)}` as Hex });
    const t4 = txOf({ type: '0x4', to: SIGNER, authorizationList: [auth(ROUTER), auth(ALICE)] });
    assert.deepEqual(t4.delegation, [lc(ROUTER), lc(ALICE)]);
    const t3 = txOf({ type: '0x3', to: ALICE, maxFeePerBlobGas: 9, blobVersionedHashes: [`0x01${'00'.repeat(31)}`] });
    assert.deepEqual([t3.type, t3.maxFeePerBlobGas, t3.blobCount, t3.delegation], ['eip4844', '9', 1, undefined]);
  });

  test('the same facts from the request and from its serialization', () => {
    const fields = { to: USDC, value: '5', data: call('transfer', [ALICE, 1n]) };
    const fromRequest = txOf(fields);
    const serialized = serializeTransaction({
      type: 'eip1559',
      chainId: 1,
      nonce: 0,
      gas: 100000n,
      maxFeePerGas: 2_000_000_000n,
      maxPriorityFeePerGas: 1n,
      to: USDC,
      value: 5n,
      data: fields.data,
    });
    assert.deepEqual(prepareEvm({ kind: 'evm.rawTransaction', serialized }, ctx).facts, { tx: fromRequest });
  });

  test('property: ERC-20 transfer amounts round-trip into facts', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: maxUint256 }), (amount) => {
        const e = txOf({ to: USDC, data: call('transfer', [ALICE, amount]) }).erc20;
        assert.equal(e?.amount, amount.toString());
        assert.equal(e?.unlimited, amount >= 2n ** 128n);
      }),
      { numRuns: 50 },
    );
  });
});

// ---- typed data ----

function typedOf(typedData: unknown, c: EvmContext = ctx): { facts: TypedDataFacts; valueUsd: number } {
  const p = prepareEvm({ kind: 'evm.typedData', typedData }, c);
  assert.deepEqual(JSON.parse(JSON.stringify(p.facts)), p.facts);
  return { facts: (p.facts as { typedData: TypedDataFacts }).typedData, valueUsd: p.valueUsd };
}

const PERMIT_TYPES = [
  { name: 'owner', type: 'address' },
  { name: 'spender', type: 'address' },
  { name: 'value', type: 'uint256' },
  { name: 'nonce', type: 'uint256' },
  { name: 'deadline', type: 'uint256' },
];
const eip2612 = (value: string | number) => ({
  types: { Permit: PERMIT_TYPES },
  primaryType: 'Permit',
  domain: { name: 'USD Coin', version: '2', chainId: 1, verifyingContract: USDC },
  message: { owner: SIGNER, spender: ROUTER, value, nonce: 0, deadline: 1893456000 },
});
const PERMIT_DETAILS = [
  { name: 'token', type: 'address' },
  { name: 'amount', type: 'uint160' },
  { name: 'expiration', type: 'uint48' },
  { name: 'nonce', type: 'uint48' },
];
const TOKEN_PERMISSIONS = [
  { name: 'token', type: 'address' },
  { name: 'amount', type: 'uint256' },
];
const permit2Domain = { name: 'Permit2', chainId: 1, verifyingContract: PERMIT2 };

describe('typed data facts', () => {
  test('domain facts; no permit for other messages', () => {
    const { facts, valueUsd } = typedOf({
      types: { Hello: [{ name: 'text', type: 'string' }] },
      primaryType: 'Hello',
      domain: { name: 'App', version: '1', chainId: '0x89', verifyingContract: ROUTER, salt: `0x${'AB'.repeat(32)}` },
      message: { text: 'hi' },
    });
    assert.deepEqual(facts, {
      domain: { name: 'App', version: '1', chainId: 137, verifyingContract: lc(ROUTER), salt: `0x${'ab'.repeat(32)}` },
      primaryType: 'Hello',
      known: false,
      valueUsd: UNBOUNDED_USD,
      unlimited: false,
      priced: false,
    });
    assert.equal(valueUsd, UNBOUNDED_USD);
    assert.deepEqual(typedOf({ types: { Hello: [] }, primaryType: 'Hello', domain: {}, message: {} }).facts.domain, {
      name: null,
      version: null,
      chainId: null,
      verifyingContract: null,
      salt: null,
    });
  });

  test('EIP-2612 Permit: token = verifyingContract, USD from the registry', () => {
    const { facts, valueUsd } = typedOf(eip2612('250000000'));
    assert.deepEqual(facts.permit, {
      standard: 'eip2612',
      primaryType: 'Permit',
      token: lc(USDC),
      tokens: [lc(USDC)],
      spender: lc(ROUTER),
      amount: '250000000',
      unlimited: false,
      deadline: '1893456000',
      valueUsd: 250,
      priced: true,
    } satisfies PermitFacts);
    assert.equal(valueUsd, 250);
  });

  test('EIP-2612 Permit: unlimited, and an unknown token', () => {
    const unlimited = typedOf(eip2612(maxUint256.toString())).facts.permit;
    assert.deepEqual([unlimited?.unlimited, unlimited?.valueUsd, unlimited?.priced], [true, UNBOUNDED_USD, true]);
    const unknown = typedOf({ ...eip2612(5), domain: { name: 'X', chainId: 1, verifyingContract: UNKNOWN_TOKEN } }).facts.permit;
    assert.deepEqual([unknown?.token, unknown?.priced, unknown?.valueUsd], [lc(UNKNOWN_TOKEN), false, UNBOUNDED_USD]);
  });

  test('DAI-style Permit(holder, spender, nonce, expiry, allowed)', () => {
    const dai = (allowed: boolean) => ({
      types: {
        EIP712Domain: [
          { name: 'name', type: 'string' },
          { name: 'version', type: 'string' },
          { name: 'chainId', type: 'uint256' },
          { name: 'verifyingContract', type: 'address' },
        ],
        Permit: [
          { name: 'holder', type: 'address' },
          { name: 'spender', type: 'address' },
          { name: 'nonce', type: 'uint256' },
          { name: 'expiry', type: 'uint256' },
          { name: 'allowed', type: 'bool' },
        ],
      },
      primaryType: 'Permit',
      domain: { name: 'Dai Stablecoin', version: '1', chainId: 1, verifyingContract: DAI },
      message: { holder: SIGNER, spender: ROUTER, nonce: 3, expiry: 0, allowed },
    });
    assert.deepEqual(typedOf(dai(true)).facts.permit, {
      standard: 'dai',
      primaryType: 'Permit',
      token: lc(DAI),
      tokens: [lc(DAI)],
      spender: lc(ROUTER),
      amount: 'unlimited',
      unlimited: true,
      deadline: '0',
      valueUsd: UNBOUNDED_USD,
      priced: true,
    });
    const revoke = typedOf(dai(false)).facts.permit;
    assert.deepEqual([revoke?.amount, revoke?.unlimited, revoke?.valueUsd], ['0', false, 0]);
  });

  test('Permit2 PermitSingle: uint160 max is unlimited, expiration and sigDeadline', () => {
    const { facts } = typedOf({
      types: {
        PermitSingle: [
          { name: 'details', type: 'PermitDetails' },
          { name: 'spender', type: 'address' },
          { name: 'sigDeadline', type: 'uint256' },
        ],
        PermitDetails: PERMIT_DETAILS,
      },
      primaryType: 'PermitSingle',
      domain: permit2Domain,
      message: { details: { token: USDC, amount: maxUint160.toString(), expiration: 1900000000, nonce: 0 }, spender: ROUTER, sigDeadline: 1800000000 },
    });
    assert.deepEqual(facts.permit, {
      standard: 'permit2',
      primaryType: 'PermitSingle',
      spender: lc(ROUTER),
      deadline: '1800000000',
      expiration: '1900000000',
      token: lc(USDC),
      tokens: [lc(USDC)],
      amount: maxUint160.toString(),
      unlimited: true,
      valueUsd: UNBOUNDED_USD,
      priced: true,
    });
  });

  test('Permit2 PermitBatch: every token listed, USD summed, earliest expiration', () => {
    const permit = typedOf({
      types: {
        PermitBatch: [
          { name: 'details', type: 'PermitDetails[]' },
          { name: 'spender', type: 'address' },
          { name: 'sigDeadline', type: 'uint256' },
        ],
        PermitDetails: PERMIT_DETAILS,
      },
      primaryType: 'PermitBatch',
      domain: permit2Domain,
      message: {
        details: [
          { token: USDC, amount: 3_000_000, expiration: 1900000000, nonce: 0 },
          { token: DAI, amount: '2000000000000000000', expiration: 1800000000, nonce: 0 },
        ],
        spender: ROUTER,
        sigDeadline: 1700000000,
      },
    }).facts.permit;
    assert.deepEqual(permit?.tokens, [lc(USDC), lc(DAI)]);
    assert.deepEqual([permit?.token, permit?.amount, permit?.valueUsd, permit?.expiration, permit?.unlimited], [lc(USDC), '3000000', 5, '1800000000', false]);
  });

  test('Permit2 SignatureTransfer: PermitTransferFrom and PermitWitnessTransferFrom', () => {
    const single = typedOf({
      types: {
        PermitTransferFrom: [
          { name: 'permitted', type: 'TokenPermissions' },
          { name: 'spender', type: 'address' },
          { name: 'nonce', type: 'uint256' },
          { name: 'deadline', type: 'uint256' },
        ],
        TokenPermissions: TOKEN_PERMISSIONS,
      },
      primaryType: 'PermitTransferFrom',
      domain: permit2Domain,
      message: { permitted: { token: USDC, amount: 7_000_000 }, spender: ROUTER, nonce: 1, deadline: 1700000000 },
    });
    assert.deepEqual(single.facts.permit, {
      standard: 'permit2',
      primaryType: 'PermitTransferFrom',
      spender: lc(ROUTER),
      deadline: '1700000000',
      token: lc(USDC),
      tokens: [lc(USDC)],
      amount: '7000000',
      unlimited: false,
      valueUsd: 7,
      priced: true,
    });
    assert.equal(single.valueUsd, 7);
    const witness = typedOf({
      types: {
        PermitWitnessTransferFrom: [
          { name: 'permitted', type: 'TokenPermissions' },
          { name: 'spender', type: 'address' },
          { name: 'nonce', type: 'uint256' },
          { name: 'deadline', type: 'uint256' },
          { name: 'witness', type: 'Order' },
        ],
        TokenPermissions: TOKEN_PERMISSIONS,
        Order: [{ name: 'recipient', type: 'address' }],
      },
      primaryType: 'PermitWitnessTransferFrom',
      domain: permit2Domain,
      message: { permitted: { token: DAI, amount: maxUint256.toString() }, spender: ROUTER, nonce: 1, deadline: 1700000000, witness: { recipient: ALICE } },
    }).facts.permit;
    assert.deepEqual([witness?.standard, witness?.token, witness?.unlimited], ['permit2', lc(DAI), true]);
  });

  test('a Permit with a different shape is not a permit', () => {
    const td = eip2612(1);
    const odd = { ...td, types: { Permit: [...PERMIT_TYPES.slice(0, 4), { name: 'deadline', type: 'uint64' }] } };
    assert.equal(typedOf(odd).facts.permit, undefined);
  });
});

// ---- messages and authorizations ----

describe('message and authorization facts', () => {
  const msg = (message: string) => prepareEvm({ kind: 'evm.personalMessage', message }, ctx);

  test('text: size, text, hash = the EIP-191 digest', () => {
    const p = msg('Log in ✓');
    assert.deepEqual(p.facts, { message: { size: 10, text: 'Log in ✓', hash: hashMessage('Log in ✓') } });
    assert.equal(p.valueUsd, 0);
  });

  test('hex: printable UTF-8 shows text; binary, control characters and bidi overrides do not', () => {
    assert.equal((msg('0x68656c6c6f').facts as { message: { text?: string } }).message.text, 'hello');
    for (const hex of ['0xff00', '0x0007', '0x61e280ae62']) {
      const m = (msg(hex).facts as { message: { size: number; text?: string } }).message;
      assert.equal(m.text, undefined, hex);
      assert.equal(m.size, (hex.length - 2) / 2);
    }
  });

  test('authorization: chainId, delegate (lowercase), nonce', () => {
    const p = prepareEvm({ kind: 'evm.authorization', authorization: { chainId: '0x1', address: ROUTER, nonce: '12' } }, ctx);
    assert.deepEqual(p.facts, { authorization: { chainId: 1, delegate: lc(ROUTER), nonce: 12 } });
  });
});

// ---- policy examples (docs/chains-evm.md) on real facts ----

const WINDOW = { count1m: 0, count10m: 0, count1h: 0, count24h: 0, count7d: 0, value1h: 0, value24h: 0, value7d: 0 };
function decide(expression: string, payload: EvmPayload, lists: Record<string, string[]> = {}): boolean {
  const compiled = compileCondition(expression);
  assert.ok(compiled.ok, expression);
  const prepared = prepareEvm(payload, ctx);
  const celCtx = toCelContext({
    principal: { id: 'pr_1', name: 'bot', role: 'agent', kind: 'api', tags: {} },
    key: { name: 'hot-1', algorithm: 'secp256k1', custody: 'local', tags: {}, version: 1 },
    request: { kind: prepared.kind, scheme: 'ecdsa', size: 1, note: '', tags: {}, blind: false },
    payload: prepared.facts,
    velocity: { key: WINDOW, principal: WINDOW },
    lists,
    time: { hour: 12, weekday: 2, date: '2026-01-06', unix: 1767700000 },
  });
  const r = evaluateCondition(compiled.condition, celCtx);
  assert.ok(r.ok, `${expression}: ${r.ok ? '' : r.error}`);
  return r.value;
}

describe('policy examples of docs/chains-evm.md', () => {
  const tx = (fields: Partial<EvmTransactionRequest>): EvmPayload => ({ kind: 'evm.transaction', transaction: { ...base, ...fields } });
  const doc = readFileSync(new URL('../../docs/chains-evm.md', import.meta.url), 'utf8');

  test('every yaml block of the document is a valid policy', () => {
    const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] as string);
    assert.ok(blocks.length >= 1);
    for (const b of blocks) assert.doesNotThrow(() => parsePolicy(b), b);
  });

  test('the example policy decides as documented', () => {
    const block = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] as string).find((b) => b.includes('EVM example policy'));
    assert.ok(block);
    const policy = parsePolicy(block);
    const lists = { spenders: [lc(ROUTER)], allowedMethods: [`${lc(USDC)}:0xa9059cbb`] };
    const outcome = (payload: EvmPayload) => {
      const p = prepareEvm(payload, ctx);
      const d = evaluatePolicy(policy, {
        principal: { id: 'pr_1', name: 'bot', role: 'agent', kind: 'api', tags: {} },
        key: { name: 'hot-1', algorithm: 'secp256k1', custody: 'local', tags: {}, version: 1 },
        request: { kind: p.kind, scheme: 'ecdsa', size: 1, note: '', tags: {}, blind: false },
        payload: p.facts,
        velocity: { key: WINDOW, principal: WINDOW },
        lists,
        time: { hour: 12, weekday: 2, date: '2026-01-06', unix: 1767700000 },
      });
      assert.deepEqual(
        d.trace.filter((t) => t.error !== undefined),
        [],
        JSON.stringify(d.trace),
      );
      return d.outcome === 'allow' ? `allow:${d.rule}` : `deny:${d.rule}`;
    };
    const auth = { chainId: 1, address: ROUTER, nonce: 0, yParity: 0, r: `0x${'11'.repeat(32)}`, s: `0x${'22'.repeat(32)}` } as const;
    assert.equal(outcome(tx({ to: ALICE, value: '1000000000000000000' })), 'allow:allowlisted-calls-up-to-10k');
    assert.equal(outcome(tx({ to: USDC, data: call('transfer', [ALICE, 5n]) })), 'allow:allowlisted-calls-up-to-10k');
    assert.equal(outcome(tx({ to: ALICE, value: '4000000000000000000' })), 'deny:null');
    assert.equal(outcome(tx({ to: USDC, data: call('approve', [ROUTER, maxUint256]) })), 'deny:no-unlimited-approvals');
    assert.equal(outcome(tx({ type: '0x4', to: SIGNER, authorizationList: [auth] })), 'deny:no-delegation');
    assert.equal(outcome({ kind: 'evm.authorization', authorization: { chainId: 0, address: ROUTER, nonce: 0 } }), 'deny:no-chainless-authorizations');
    assert.equal(outcome({ kind: 'evm.typedData', typedData: eip2612(1) }), 'allow:permits-to-known-spenders');
    assert.equal(outcome({ kind: 'evm.typedData', typedData: { ...eip2612(1), message: { ...eip2612(1).message, spender: ALICE } } }), 'deny:null');
    // Value semantics (issue #12): near-max approvals, fees, unpriced tokens, large permits, unknown typed data.
    assert.equal(outcome(tx({ to: USDC, data: call('approve', [ROUTER, 2n ** 254n]) })), 'deny:no-unlimited-approvals');
    assert.equal(outcome(tx({ to: USDC, data: call('approve', [ROUTER, 10n ** 30n]) })), 'deny:null');
    assert.equal(outcome(tx({ to: ALICE, gas: 30_000_000, maxFeePerGas: '1000000000000000', maxPriorityFeePerGas: '1000000000000000' })), 'deny:null');
    assert.equal(outcome(tx({ to: UNKNOWN_TOKEN, data: call('transfer', [ALICE, 5n]) })), 'deny:null');
    assert.equal(outcome({ kind: 'evm.typedData', typedData: eip2612('2000000000') }), 'deny:null');
    const hello = { types: { Hello: [{ name: 'text', type: 'string' }] }, primaryType: 'Hello', domain: { name: 'App', chainId: 1 }, message: { text: 'hi' } };
    assert.equal(outcome({ kind: 'evm.typedData', typedData: hello }), 'deny:no-unknown-typed-data');
  });

  test('tx.valueUsd <= 10000', () => {
    assert.equal(decide('tx.valueUsd <= 10000', tx({ to: ALICE, value: '3000000000000000000' })), true);
    assert.equal(decide('tx.valueUsd <= 10000', tx({ to: ALICE, value: '4000000000000000000' })), false);
    assert.equal(decide('tx.valueUsd <= 10000', tx({ to: USDC, data: call('transfer', [ALICE, 10_001_000_000n]) })), false);
  });

  test('!(has(tx.erc20) && tx.erc20.unlimited)', () => {
    const expr = '!(has(tx.erc20) && tx.erc20.unlimited)';
    assert.equal(decide(expr, tx({ to: USDC, data: call('approve', [ROUTER, maxUint256]) })), false);
    assert.equal(decide(expr, tx({ to: USDC, data: call('approve', [ROUTER, 1n]) })), true);
    assert.equal(decide(expr, tx({ to: ALICE, value: 1 })), true);
  });

  test('tx.contract in lists.allowedMethods', () => {
    const lists = { allowedMethods: [`${lc(USDC)}:0xa9059cbb`] };
    assert.equal(decide('tx.contract in lists.allowedMethods', tx({ to: USDC, data: call('transfer', [ALICE, 1n]) }), lists), true);
    assert.equal(decide('tx.contract in lists.allowedMethods', tx({ to: USDC, data: call('approve', [ALICE, 1n]) }), lists), false);
    assert.equal(decide('tx.contract in lists.allowedMethods', tx({ to: ALICE, value: 1 }), lists), false);
  });

  test('payload.typedData.permit.spender in lists.spenders', () => {
    const expr = 'has(payload.typedData) && has(payload.typedData.permit) && payload.typedData.permit.spender in lists.spenders';
    const permit: EvmPayload = { kind: 'evm.typedData', typedData: eip2612(1) };
    assert.equal(decide(expr, permit, { spenders: [lc(ROUTER)] }), true);
    assert.equal(decide(expr, permit, { spenders: [lc(ALICE)] }), false);
    assert.equal(decide(expr, tx({ to: ALICE }), { spenders: [] }), false);
  });

  test('!has(tx.delegation)', () => {
    const auth = { chainId: 1, address: ROUTER, nonce: 0, yParity: 0, r: `0x${'11'.repeat(32)}`, s: `0x${'22'.repeat(32)}` } as const;
    assert.equal(decide('!has(tx.delegation)', tx({ type: '0x4', to: SIGNER, authorizationList: [auth] })), false);
    assert.equal(decide('!has(tx.delegation)', tx({ to: ALICE })), true);
  });

  test('authorizations and messages', () => {
    const auth: EvmPayload = { kind: 'evm.authorization', authorization: { chainId: 0, address: ROUTER, nonce: 0 } };
    assert.equal(decide('has(payload.authorization) && payload.authorization.chainId != 0', auth), false);
    assert.equal(decide('payload.authorization.delegate in lists.delegates', auth, { delegates: [lc(ROUTER)] }), true);
    assert.equal(
      decide('has(payload.message.text) && payload.message.text.startsWith("Log in")', { kind: 'evm.personalMessage', message: 'Log in to x' }),
      true,
    );
  });
});
