/**
 * Issue #12, "policy that holds against a hostile agent": EVM value semantics.
 * A stolen agent credential must not move more than a policy written the
 * obvious way allows. Each reproduction is evaluated through the real CEL
 * engine on the facts prepareEvm builds, next to a positive control (the
 * honest request still passes):
 * - (a) fees: gasLimit x maxFeePerGas (legacy: gasPrice; EIP-4844: + blob gas) count in tx.valueUsd;
 * - (b) approvals: >= 2^128 raw units (or above a registry maxAmount) is unlimited; approvals count
 *   their USD exposure in tx.valueUsd, and an unlimited one makes it unbounded;
 * - (c) typed data: EIP-3009 and every permit shape are valued; other primary types are unknown.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { type Hex, encodeFunctionData, erc20Abi, erc721Abi, maxUint160, maxUint256 } from 'viem';
import { prepareEvm } from '../../src/chains/evm/prepare.js';
import type { EvmContext, EvmPayload, EvmTransactionRequest, TxFacts, TypedDataFacts } from '../../src/chains/evm/types.js';
import { parsePolicy } from '../../src/policy/document.js';
import { evaluatePolicy } from '../../src/policy/evaluate.js';
import { UNBOUNDED_USD } from '../../src/policy/facts.js';
import { VELOCITY_USD_CAP, velocityUsd } from '../../src/requests/plans.js';

const SIGNER: Hex = '0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F';
const USDC: Hex = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48';
const UNKNOWN_TOKEN: Hex = '0x1111111111111111111111111111111111111111';
const ALICE: Hex = '0x2222222222222222222222222222222222222222';
const ATTACKER: Hex = '0x000000000000000000000000000000000000bEEF';
const PERMIT2: Hex = '0x000000000022D473030F116dDEE9F6B43aC78BA3';
const lc = (a: string) => a.toLowerCase();

const ctx: EvmContext = { signer: SIGNER, tokens: { [lc(USDC)]: { symbol: 'USDC', decimals: 6 } }, prices: { ETH: 3000, USDC: 1 } };
/** Honest fees: 21,000 or 100,000 gas at 30 gwei. */
const honest = { type: '0x2', chainId: 1, nonce: 0, gas: 100_000, maxFeePerGas: 30_000_000_000, maxPriorityFeePerGas: 1_000_000_000 } as const;
const txp = (fields: Partial<EvmTransactionRequest>): EvmPayload => ({ kind: 'evm.transaction', transaction: { ...honest, ...fields } });
const tdp = (typedData: unknown): EvmPayload => ({ kind: 'evm.typedData', typedData });
const erc20 = (functionName: 'transfer' | 'approve', args: readonly unknown[]) => encodeFunctionData({ abi: erc20Abi, functionName, args } as never);

function txOf(p: EvmPayload, c: EvmContext = ctx): TxFacts {
  const prepared = prepareEvm(p, c);
  assert.deepEqual(JSON.parse(JSON.stringify(prepared.facts)), prepared.facts, 'facts are plain JSON');
  return (prepared.facts as { tx: TxFacts }).tx;
}
function typedOf(p: EvmPayload, c: EvmContext = ctx): TypedDataFacts {
  const prepared = prepareEvm(p, c);
  assert.deepEqual(JSON.parse(JSON.stringify(prepared.facts)), prepared.facts, 'facts are plain JSON');
  return (prepared.facts as { typedData: TypedDataFacts }).typedData;
}

/** The policies as an operator writes them today. */
const POLICY = parsePolicy(`
rules:
  - name: no-unlimited-approvals
    effect: deny
    when: has(tx.erc20) && tx.erc20.unlimited
  - name: non-permit-typed-data
    effect: allow
    when: request.kind == "evm.typedData" && !has(payload.typedData.permit)
  - name: permits-up-to-1000
    effect: allow
    when: request.kind == "evm.typedData" && has(payload.typedData.permit) && payload.typedData.valueUsd <= 1000
  - name: up-to-1000
    effect: allow
    when: has(tx.valueUsd) && tx.valueUsd <= 1000
`);
const WINDOW = { count1m: 0, count10m: 0, count1h: 0, count24h: 0, count7d: 0, value1h: 0, value24h: 0, value7d: 0 };
function decide(p: EvmPayload, c: EvmContext = ctx, policy = POLICY): string {
  const prepared = prepareEvm(p, c);
  const d = evaluatePolicy(policy, {
    principal: { id: 'pr_1', name: 'bot', role: 'agent', kind: 'api', tags: {} },
    key: { name: 'hot-1', algorithm: 'secp256k1', custody: 'local', tags: {}, version: 1 },
    request: { kind: prepared.kind, scheme: 'ecdsa', size: 1, note: '', tags: {}, blind: false },
    payload: prepared.facts,
    velocity: { key: WINDOW, principal: WINDOW },
    lists: {},
    time: { hour: 12, weekday: 2, date: '2026-01-06', unix: 1767700000 },
  });
  return `${d.outcome}:${d.rule}`;
}

describe('(a) fees count in tx.valueUsd', () => {
  test('a 0-value transaction with 30M gas at maxFee = tip = 10^15 wei is denied; an honest one is allowed', () => {
    const drain = txp({ to: ALICE, value: 0, gas: 30_000_000, maxFeePerGas: '1000000000000000', maxPriorityFeePerGas: '1000000000000000' });
    const tx = txOf(drain);
    assert.equal(tx.maxFee, (30_000_000n * 10n ** 15n).toString());
    assert.equal(tx.feeUsd, 30_000 * 3000); // 3*10^22 wei = 30,000 ETH
    assert.equal(tx.nativeUsd, 0);
    assert.equal(tx.valueUsd, 90_000_000);
    assert.equal(decide(drain), 'deny:null');
    // Positive control: 0.1 ETH with 100k gas at 30 gwei (0.003 ETH fee).
    const ok = txp({ to: ALICE, value: '100000000000000000' });
    assert.deepEqual([txOf(ok).nativeUsd, txOf(ok).feeUsd, txOf(ok).valueUsd], [300, 9, 309]);
    assert.equal(decide(ok), 'allow:up-to-1000');
  });

  test('legacy and EIP-2930: gas x gasPrice', () => {
    const legacy = txp({ type: '0x0', gasPrice: '1000000000000000', maxFeePerGas: undefined, maxPriorityFeePerGas: undefined, to: ALICE, gas: 1_000_000 });
    assert.equal(txOf(legacy).feeUsd, 1000 * 3000);
    assert.equal(decide(legacy), 'deny:null');
    const t1 = txp({ type: '0x1', gasPrice: 30_000_000_000, maxFeePerGas: undefined, maxPriorityFeePerGas: undefined, to: ALICE, gas: 21_000, accessList: [] });
    assert.ok(Math.abs(txOf(t1).feeUsd - 1.89) < 1e-9);
    assert.equal(decide(t1), 'allow:up-to-1000');
  });

  test('EIP-4844: blobs x 131072 x maxFeePerBlobGas', () => {
    const blob = (maxFeePerBlobGas: string, n: number) =>
      txp({
        type: '0x3',
        to: ALICE,
        gas: 21_000,
        maxFeePerGas: 1,
        maxPriorityFeePerGas: 1,
        maxFeePerBlobGas,
        blobVersionedHashes: Array.from({ length: n }, (_, i) => `0x01${i.toString(16).padStart(2, '0')}${'00'.repeat(30)}` as Hex),
      });
    const big = txOf(blob('1000000000000000', 6));
    assert.equal(big.maxFee, (21_000n + 6n * 131_072n * 10n ** 15n).toString());
    assert.ok(big.feeUsd > 2_000_000);
    assert.equal(decide(blob('1000000000000000', 6)), 'deny:null');
    assert.equal(decide(blob('1000000000', 1)), 'allow:up-to-1000');
  });

  test('fees need the native price: without it the value is unbounded, never 0', () => {
    const noEth = { ...ctx, prices: { USDC: 1 } };
    const tx = txOf(txp({ to: ALICE }), noEth);
    assert.deepEqual([tx.priced, tx.feeUsd, tx.valueUsd], [false, UNBOUNDED_USD, UNBOUNDED_USD]);
    assert.equal(decide(txp({ to: ALICE }), noEth), 'deny:null');
    // A zero fee (gas price 0, as some private chains run) needs no price.
    const free = txOf(txp({ to: ALICE, maxFeePerGas: 0, maxPriorityFeePerGas: 0 }), noEth);
    assert.deepEqual([free.priced, free.valueUsd], [true, 0]);
  });
});

describe('(b) approvals: unlimited from 2^128, exposure counted', () => {
  test('approve(attacker, 2^254) is unlimited and denied; approve(attacker, 10^30) of USDC is denied on value', () => {
    const huge = txOf(txp({ to: USDC, data: erc20('approve', [ATTACKER, 2n ** 254n]) }));
    assert.deepEqual([huge.erc20?.unlimited, huge.unlimited, huge.approvalUsd, huge.valueUsd], [true, true, UNBOUNDED_USD, UNBOUNDED_USD]);
    assert.equal(decide(txp({ to: USDC, data: erc20('approve', [ATTACKER, 2n ** 254n]) })), 'deny:no-unlimited-approvals');
    const e30 = txOf(txp({ to: USDC, data: erc20('approve', [ATTACKER, 10n ** 30n]) }));
    assert.equal(e30.approvalUsd, 1e24);
    assert.ok(e30.valueUsd >= 1e24 && e30.valueUsd < UNBOUNDED_USD);
    assert.equal(decide(txp({ to: USDC, data: erc20('approve', [ATTACKER, 10n ** 30n]) })), 'deny:null');
    // Positive control: an exact approval of 100 USDC.
    const exact = txOf(txp({ to: USDC, data: erc20('approve', [ALICE, 100_000_000n]) }));
    assert.deepEqual([exact.unlimited, exact.approvalUsd, exact.valueUsd], [false, 100, 109]);
    assert.equal(decide(txp({ to: USDC, data: erc20('approve', [ALICE, 100_000_000n]) })), 'allow:up-to-1000');
  });

  test('the 2^128 boundary, and a per-token maxAmount from the registry', () => {
    assert.equal(txOf(txp({ to: USDC, data: erc20('approve', [ALICE, 2n ** 128n]) })).erc20?.unlimited, true);
    assert.equal(txOf(txp({ to: USDC, data: erc20('approve', [ALICE, 2n ** 128n - 1n]) })).erc20?.unlimited, false);
    const capped: EvmContext = { ...ctx, tokens: { [lc(USDC)]: { symbol: 'USDC', decimals: 6, maxAmount: (10n ** 17n).toString() } } };
    const e30 = txOf(txp({ to: USDC, data: erc20('approve', [ATTACKER, 10n ** 30n]) }), capped);
    assert.deepEqual([e30.erc20?.unlimited, e30.unlimited, e30.valueUsd], [true, true, UNBOUNDED_USD]);
    assert.equal(decide(txp({ to: USDC, data: erc20('approve', [ATTACKER, 10n ** 30n]) }), capped), 'deny:no-unlimited-approvals');
    assert.equal(txOf(txp({ to: USDC, data: erc20('approve', [ATTACKER, 10n ** 17n]) }), capped).erc20?.unlimited, false);
  });

  test('transfers, unknown tokens and NFT operator approvals', () => {
    const t = txOf(txp({ to: USDC, value: '100000000000000000', data: erc20('transfer', [ALICE, 2_500_000n]) }));
    assert.deepEqual([t.nativeUsd, t.feeUsd, t.transferUsd, t.approvalUsd, t.valueUsd, t.priced, t.unlimited], [300, 9, 2.5, 0, 311.5, true, false]);
    // An unknown token moves an unknown value: unbounded, priced false.
    const u = txOf(txp({ to: UNKNOWN_TOKEN, data: erc20('transfer', [ALICE, 10n]) }));
    assert.deepEqual([u.transferUsd, u.valueUsd, u.priced, u.unlimited], [UNBOUNDED_USD, UNBOUNDED_USD, false, false]);
    assert.equal(decide(txp({ to: UNKNOWN_TOKEN, data: erc20('transfer', [ALICE, 10n]) })), 'deny:null');
    const approveUnknown = txOf(txp({ to: UNKNOWN_TOKEN, data: erc20('approve', [ATTACKER, 10n]) }));
    assert.deepEqual([approveUnknown.approvalUsd, approveUnknown.priced], [UNBOUNDED_USD, false]);
    // Revoking needs no price.
    const revoke = txOf(txp({ to: UNKNOWN_TOKEN, data: erc20('approve', [ATTACKER, 0n]) }));
    assert.deepEqual([revoke.approvalUsd, revoke.priced, revoke.valueUsd], [0, true, 9]);
    // setApprovalForAll(attacker, true) hands over a whole collection.
    const nft = (approved: boolean) =>
      txp({ to: UNKNOWN_TOKEN, data: encodeFunctionData({ abi: erc721Abi, functionName: 'setApprovalForAll', args: [ATTACKER, approved] }) });
    assert.deepEqual([txOf(nft(true)).unlimited, txOf(nft(true)).valueUsd], [true, UNBOUNDED_USD]);
    assert.equal(decide(nft(true)), 'deny:null');
    assert.equal(decide(nft(false)), 'allow:up-to-1000');
  });
});

// ---- typed data ----

const TRANSFER_WITH_AUTHORIZATION = [
  { name: 'from', type: 'address' },
  { name: 'to', type: 'address' },
  { name: 'value', type: 'uint256' },
  { name: 'validAfter', type: 'uint256' },
  { name: 'validBefore', type: 'uint256' },
  { name: 'nonce', type: 'bytes32' },
];
const eip3009 = (primaryType: 'TransferWithAuthorization' | 'ReceiveWithAuthorization', value: bigint, verifyingContract: Hex = USDC) => ({
  types: { [primaryType]: TRANSFER_WITH_AUTHORIZATION },
  primaryType,
  domain: { name: 'USD Coin', version: '2', chainId: 1, verifyingContract },
  message: { from: SIGNER, to: ATTACKER, value: value.toString(), validAfter: 0, validBefore: 1893456000, nonce: `0x${'07'.repeat(32)}` },
});
const permit2612 = (value: bigint) => ({
  types: {
    Permit: [
      { name: 'owner', type: 'address' },
      { name: 'spender', type: 'address' },
      { name: 'value', type: 'uint256' },
      { name: 'nonce', type: 'uint256' },
      { name: 'deadline', type: 'uint256' },
    ],
  },
  primaryType: 'Permit',
  domain: { name: 'USD Coin', version: '2', chainId: 1, verifyingContract: USDC },
  message: { owner: SIGNER, spender: ATTACKER, value: value.toString(), nonce: 0, deadline: 1893456000 },
});
const permitSingle = (amount: bigint) => ({
  types: {
    PermitSingle: [
      { name: 'details', type: 'PermitDetails' },
      { name: 'spender', type: 'address' },
      { name: 'sigDeadline', type: 'uint256' },
    ],
    PermitDetails: [
      { name: 'token', type: 'address' },
      { name: 'amount', type: 'uint160' },
      { name: 'expiration', type: 'uint48' },
      { name: 'nonce', type: 'uint48' },
    ],
  },
  primaryType: 'PermitSingle',
  domain: { name: 'Permit2', chainId: 1, verifyingContract: PERMIT2 },
  message: { details: { token: USDC, amount: amount.toString(), expiration: 1900000000, nonce: 0 }, spender: ATTACKER, sigDeadline: 1800000000 },
});
const batchTransfer = (amounts: bigint[], tokens: Hex[] = amounts.map(() => USDC)) => ({
  types: {
    PermitBatchWitnessTransferFrom: [
      { name: 'permitted', type: 'TokenPermissions[]' },
      { name: 'spender', type: 'address' },
      { name: 'nonce', type: 'uint256' },
      { name: 'deadline', type: 'uint256' },
      { name: 'witness', type: 'Order' },
    ],
    TokenPermissions: [
      { name: 'token', type: 'address' },
      { name: 'amount', type: 'uint256' },
    ],
    Order: [{ name: 'recipient', type: 'address' }],
  },
  primaryType: 'PermitBatchWitnessTransferFrom',
  domain: { name: 'Permit2', chainId: 1, verifyingContract: PERMIT2 },
  message: {
    permitted: amounts.map((a, i) => ({ token: tokens[i], amount: a.toString() })),
    spender: ATTACKER,
    nonce: 1,
    deadline: 1700000000,
    witness: { recipient: ATTACKER },
  },
});

describe('(c) typed data is valued', () => {
  test('EIP-3009 TransferWithAuthorization of 10^9 USDC is denied; 5 USDC is allowed', () => {
    const big = tdp(eip3009('TransferWithAuthorization', 10n ** 15n));
    const f = typedOf(big);
    assert.deepEqual([f.known, f.valueUsd, f.priced, f.unlimited], [true, 1e9, true, false]);
    assert.deepEqual(f.permit, {
      standard: 'eip3009',
      primaryType: 'TransferWithAuthorization',
      token: lc(USDC),
      tokens: [lc(USDC)],
      spender: lc(ATTACKER),
      from: lc(SIGNER),
      amount: (10n ** 15n).toString(),
      unlimited: false,
      deadline: '1893456000',
      validAfter: '0',
      valueUsd: 1e9,
      priced: true,
    });
    assert.equal(prepareEvm(big, ctx).valueUsd, 1e9);
    assert.equal(decide(big), 'deny:null');
    assert.equal(decide(tdp(eip3009('TransferWithAuthorization', 5_000_000n))), 'allow:permits-up-to-1000');
    assert.equal(decide(tdp(eip3009('ReceiveWithAuthorization', 10n ** 15n))), 'deny:null');
    assert.equal(typedOf(tdp(eip3009('ReceiveWithAuthorization', 5_000_000n))).valueUsd, 5);
    // An unknown token: unpriced, unbounded.
    const unknown = typedOf(tdp(eip3009('TransferWithAuthorization', 5n, UNKNOWN_TOKEN)));
    assert.deepEqual([unknown.known, unknown.priced, unknown.valueUsd], [true, false, UNBOUNDED_USD]);
  });

  test('permits: every shape has payload.typedData.valueUsd; unlimited from 2^128 is unbounded', () => {
    assert.deepEqual([typedOf(tdp(permit2612(100_000_000n))).valueUsd, decide(tdp(permit2612(100_000_000n)))], [100, 'allow:permits-up-to-1000']);
    for (const amount of [2n ** 128n, 2n ** 254n, maxUint256]) {
      const f = typedOf(tdp(permit2612(amount)));
      assert.deepEqual([f.unlimited, f.permit?.unlimited, f.valueUsd], [true, true, UNBOUNDED_USD], amount.toString());
      assert.equal(decide(tdp(permit2612(amount))), 'deny:null');
    }
    assert.equal(typedOf(tdp(permit2612(10n ** 30n))).valueUsd, 1e24);
    // Permit2 uint160 amounts: 2^128 and above is unlimited (the old limit was 2^159).
    for (const amount of [2n ** 128n, 2n ** 158n, maxUint160]) assert.equal(typedOf(tdp(permitSingle(amount))).valueUsd, UNBOUNDED_USD);
    assert.equal(typedOf(tdp(permitSingle(7_000_000n))).valueUsd, 7);
    // Batches sum, and one unpriced token makes the whole unbounded.
    assert.equal(typedOf(tdp(batchTransfer([1_000_000n, 2_000_000n]))).valueUsd, 3);
    const mixed = typedOf(tdp(batchTransfer([1_000_000n, 5n], [USDC, UNKNOWN_TOKEN])));
    assert.deepEqual([mixed.priced, mixed.valueUsd], [false, UNBOUNDED_USD]);
  });

  test('other primary types are unknown: known false, value unbounded', () => {
    const hello = { types: { Hello: [{ name: 'text', type: 'string' }] }, primaryType: 'Hello', domain: { name: 'App', chainId: 1 }, message: { text: 'hi' } };
    const f = typedOf(tdp(hello));
    assert.deepEqual([f.known, f.priced, f.unlimited, f.valueUsd, f.permit], [false, false, false, UNBOUNDED_USD, undefined]);
    // A Permit-named struct of another shape is not recognised either.
    const odd = permit2612(1n);
    const oddTypes = { Permit: [...odd.types.Permit.slice(0, 4), { name: 'deadline', type: 'uint64' }] };
    assert.equal(typedOf(tdp({ ...odd, types: oddTypes })).known, false);
  });
});

describe('unbounded values in CEL and in velocity', () => {
  test('an unbounded valueUsd fails every finite limit, even the largest double', () => {
    const policy = parsePolicy(`
rules:
  - name: any-finite
    effect: allow
    when: tx.valueUsd <= 1.7976931348623157e308 || velocity.key.value24h + tx.valueUsd <= 1000.0
`);
    assert.equal(decide(txp({ to: USDC, data: erc20('approve', [ATTACKER, maxUint256]) }), ctx, policy), 'deny:null');
    assert.equal(decide(txp({ to: ALICE }), ctx, policy), 'allow:any-finite');
  });

  test('velocity counts valueUsd clamped to a finite cap', () => {
    assert.equal(velocityUsd(UNBOUNDED_USD), VELOCITY_USD_CAP);
    assert.equal(velocityUsd(1e24), VELOCITY_USD_CAP);
    assert.equal(velocityUsd(Number.NaN), VELOCITY_USD_CAP);
    assert.equal(velocityUsd(12.5), 12.5);
    assert.equal(velocityUsd(-1), 0);
  });
});
