/** Request summaries in human terms (src/requests/describe.ts), from payload facts as the chain modules make them. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeRequest, units, usd } from '../../src/requests/describe.js';

const tx = {
  type: 'eip1559',
  chainId: 1,
  from: '0xf00',
  to: '0xa0b8',
  value: '1500000000000000000',
  valueEth: 1.5,
  nonce: 3,
  gas: '21000',
  maxFee: '630000000000000',
  nativeUsd: 4500,
  feeUsd: 1.89,
  valueUsd: 4501.89,
  selector: null,
  dataSize: 0,
};

test('units and usd', () => {
  assert.equal(units('1500000000000000000', 18), '1.5');
  assert.equal(units('1', 18), '0.000000000000000001');
  assert.equal(units('250000000', 6), '250');
  assert.equal(units('0', 8), '0');
  assert.equal(usd(1234.5), '$1,234.50');
  assert.equal(usd(Number.MAX_VALUE), 'unbounded (unpriced or unlimited)');
});

test('an ETH transfer: chain, to, value in ETH and USD', () => {
  const s = describeRequest('sign', { tx }, { note: 'rebalance' })!;
  assert.equal(s.title, 'Send 1.5 ETH to 0xa0b8');
  const byLabel = Object.fromEntries(s.lines.map((l) => [l.label, l.value]));
  assert.equal(byLabel.Chain, 'Ethereum (1)');
  assert.equal(byLabel.Value, '1.5 ETH ($4,500.00)');
  assert.equal(byLabel.Note, 'rebalance');
});

test('an ERC-20 transfer and an unlimited approval', () => {
  const transfer = { kind: 'transfer', token: '0xa0b8', to: '0x1111', amount: '250000000', unlimited: false, symbol: 'USDC', decimals: 6, valueUsd: 250 };
  assert.equal(describeRequest('sign', { tx: { ...tx, value: '0', erc20: transfer } }, {})!.title, 'Transfer 250 USDC to 0x1111');
  const approve = {
    kind: 'approve',
    token: '0xa0b8',
    spender: '0xdead',
    amount: '1'.padEnd(78, '0'),
    unlimited: true,
    symbol: 'USDC',
    decimals: 6,
    valueUsd: Number.MAX_VALUE,
  };
  const s = describeRequest('sign', { tx: { ...tx, value: '0', erc20: approve } }, {})!;
  assert.equal(s.title, 'Approve 0xdead to spend unlimited');
  assert.ok(s.lines.some((l) => l.label === 'Allowance' && l.value === 'unlimited'));
});

test('typed data with its domain, Bitcoin outputs, Solana transfers, raw bytes, admin actions', () => {
  const td = describeRequest(
    'sign',
    {
      typedData: {
        domain: { name: 'Permit2', version: null, chainId: 1, verifyingContract: '0x0000', salt: null },
        primaryType: 'PermitSingle',
        known: true,
        valueUsd: 5,
        unlimited: false,
        priced: true,
      },
    },
    {},
  )!;
  assert.equal(td.title, 'Sign typed data PermitSingle for Permit2');
  const btc = describeRequest(
    'sign',
    {
      btc: {
        network: 'mainnet',
        inputs: [],
        outputs: [
          { index: 0, address: 'bc1qdest', amountSats: '150000', change: false },
          { index: 1, address: 'bc1qchange', amountSats: '50000', change: true },
        ],
        totalInSats: '201000',
        totalOutSats: '200000',
        feeSats: '1000',
        externalSats: '150000',
        addresses: ['bc1qdest'],
        prevoutsVerified: true,
      },
    },
    {},
  )!;
  assert.equal(btc.title, 'Send 0.0015 BTC (1 output)');
  assert.ok(btc.lines.some((l) => l.value === '0.0005 BTC to bc1qchange' && l.label === 'Output 1 (change)'));
  const sol = describeRequest(
    'sign',
    {
      sol: {
        feePayer: 'Fee',
        transfers: [{ program: 'system', from: 'A', to: 'B', amount: '2500000000' }],
        totalLamports: '2500000000',
        unparsed: 0,
        maxPriorityFeeLamports: '0',
      },
    },
    {},
  )!;
  assert.equal(sol.title, 'Solana: 2.5 SOL in 1 transfer(s)');
  assert.ok(sol.lines.some((l) => l.value === '2.5 SOL to B from A'));
  assert.equal(describeRequest('sign', {}, { key: 'k', digest: 'ab'.repeat(32) })!.title, 'Blind signature over 32 raw bytes');
  assert.equal(describeRequest('admin:policy.set', undefined, { action: 'policy.set' })!.title, 'Admin action policy.set');
});
