/**
 * custos's EVM flow (prepareEvm -> ecdsaSign -> assembleEvm) against two
 * independent implementations: the output must be byte-identical to viem's
 * local signer (privateKeyToAccount: signTransaction, signMessage,
 * signTypedData, signAuthorization; both are RFC 6979 deterministic), and
 * ethers v6 must parse it back and recover the signer. Plus the EIP-155 and
 * EIP-712 specification vectors.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Signature as EthersSignature, Transaction, TypedDataEncoder, verifyAuthorization, verifyMessage, verifyTypedData } from 'ethers';
import {
  type Hex,
  type TransactionSerializable,
  bytesToHex,
  encodeFunctionData,
  erc20Abi,
  hexToBytes,
  keccak256,
  recoverTransactionAddress,
  serializeTransaction,
} from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { recoverAuthorizationAddress } from 'viem/utils';
import { assembleEvm, prepareEvm } from '../../src/chains/evm/prepare.js';
import type { EvmContext, EvmPayload, EvmTransactionRequest } from '../../src/chains/evm/types.js';
import { ecdsaSign } from '../../src/crypto/secp256k1.js';
import { EIP712_DOMAIN_TYPE, MAIL as MAIL_EXAMPLE } from '../helpers/eip712-mail.js';

/** The EIP-155 example key (its address is 0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F). */
const PK: Hex = '0x4646464646464646464646464646464646464646464646464646464646464646';
const account = privateKeyToAccount(PK);
const ctx: EvmContext = { signer: account.address, tokens: {}, prices: { ETH: 3000 } };
const TO: Hex = '0x3535353535353535353535353535353535353535';
const USDC: Hex = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48';
const DELEGATE: Hex = '0x63c0c19a282a1B52b07dD5a65b58948A07DAE32B';

/** custos's flow: prepare, sign the digest with src/crypto/secp256k1.ts, assemble. */
function custosSign(payload: EvmPayload, pk: Hex = PK, c: EvmContext = ctx) {
  const prepared = prepareEvm(payload, c);
  assert.equal(prepared.digest.length, 32);
  return { prepared, out: assembleEvm(payload, ecdsaSign(hexToBytes(pk), prepared.digest)) };
}

/** ethers parses the signed transaction back: same hash, same signing digest, recovers the signer. */
function ethersCheck(serialized: Hex, digest: Uint8Array, hash: Hex | undefined, from: string = account.address): Transaction {
  const parsed = Transaction.from(serialized);
  assert.equal(parsed.from, from);
  assert.equal(parsed.hash, hash);
  assert.equal(parsed.unsignedHash, bytesToHex(digest));
  return parsed;
}

const signedAuth = await account.signAuthorization({ address: DELEGATE, chainId: 1, nonce: 7 });

/** Each transaction type twice: as custos's JSON-RPC request and as viem's own serializable. */
const TX_CASES: { name: string; request: EvmTransactionRequest; viem: TransactionSerializable; ethersType: number }[] = [
  {
    name: 'legacy + EIP-155',
    request: { type: '0x0', chainId: '0x1', nonce: 9, gas: '21000', gasPrice: '0x4a817c800', to: TO, value: '1000000000000000000' },
    viem: { type: 'legacy', chainId: 1, nonce: 9, gas: 21000n, gasPrice: 20_000_000_000n, to: TO, value: 10n ** 18n },
    ethersType: 0,
  },
  {
    name: 'EIP-2930 with an access list',
    request: {
      type: 'eip2930',
      chainId: 11155111,
      nonce: '0x2a',
      gas: 60000,
      gasPrice: 1_500_000_000,
      to: TO,
      value: '0x0',
      data: '0xdeadbeef',
      accessList: [{ address: USDC, storageKeys: [`0x${'00'.repeat(31)}01`] }],
    },
    viem: {
      type: 'eip2930',
      chainId: 11155111,
      nonce: 42,
      gas: 60000n,
      gasPrice: 1_500_000_000n,
      to: TO,
      value: 0n,
      data: '0xdeadbeef',
      accessList: [{ address: USDC, storageKeys: [`0x${'00'.repeat(31)}01`] }],
    },
    ethersType: 1,
  },
  {
    name: 'EIP-1559 ERC-20 transfer',
    request: {
      type: '0x2',
      chainId: 1,
      nonce: 0,
      gas: 65000,
      maxFeePerGas: '30000000000',
      maxPriorityFeePerGas: '0x3b9aca00',
      to: USDC,
      data: encodeFunctionData({ abi: erc20Abi, functionName: 'transfer', args: [TO, 1_000_000n] }),
    },
    viem: {
      type: 'eip1559',
      chainId: 1,
      nonce: 0,
      gas: 65000n,
      maxFeePerGas: 30_000_000_000n,
      maxPriorityFeePerGas: 1_000_000_000n,
      to: USDC,
      data: encodeFunctionData({ abi: erc20Abi, functionName: 'transfer', args: [TO, 1_000_000n] }),
    },
    ethersType: 2,
  },
  {
    name: 'EIP-1559 contract creation (type inferred)',
    request: { chainId: 10, nonce: 3, gas: 500000, maxFeePerGas: 2, maxPriorityFeePerGas: 1, input: '0x6080604052' },
    viem: { type: 'eip1559', chainId: 10, nonce: 3, gas: 500000n, maxFeePerGas: 2n, maxPriorityFeePerGas: 1n, data: '0x6080604052' },
    ethersType: 2,
  },
  {
    name: 'EIP-4844 without sidecar',
    request: {
      type: '0x3',
      chainId: 1,
      nonce: 5,
      gas: 21000,
      maxFeePerGas: 50_000_000_000,
      maxPriorityFeePerGas: 1_000_000_000,
      to: TO,
      maxFeePerBlobGas: '0x3b9aca00',
      blobVersionedHashes: [`0x01${'ab'.repeat(31)}`, `0x01${'cd'.repeat(31)}`],
    },
    viem: {
      type: 'eip4844',
      chainId: 1,
      nonce: 5,
      gas: 21000n,
      maxFeePerGas: 50_000_000_000n,
      maxPriorityFeePerGas: 1_000_000_000n,
      to: TO,
      maxFeePerBlobGas: 1_000_000_000n,
      blobVersionedHashes: [`0x01${'ab'.repeat(31)}`, `0x01${'cd'.repeat(31)}`],
    },
    ethersType: 3,
  },
  {
    name: 'EIP-7702 with an authorizationList',
    request: {
      type: 'eip7702',
      chainId: 1,
      nonce: 8,
      gas: 100000,
      maxFeePerGas: 3_000_000_000,
      maxPriorityFeePerGas: 1,
      to: account.address,
      authorizationList: [{ chainId: 1, address: DELEGATE, nonce: 7, yParity: signedAuth.yParity, r: signedAuth.r, s: signedAuth.s }],
    },
    viem: {
      type: 'eip7702',
      chainId: 1,
      nonce: 8,
      gas: 100000n,
      maxFeePerGas: 3_000_000_000n,
      maxPriorityFeePerGas: 1n,
      to: account.address,
      authorizationList: [signedAuth],
    },
    ethersType: 4,
  },
];

describe('transactions: custos == viem privateKeyToAccount().signTransaction, ethers parses them', () => {
  for (const c of TX_CASES) {
    test(c.name, async () => {
      const want = await account.signTransaction(c.viem);
      for (const payload of [
        { kind: 'evm.transaction', transaction: c.request },
        { kind: 'evm.transaction', transaction: { ...c.request, from: account.address.toLowerCase() as Hex } },
        { kind: 'evm.rawTransaction', serialized: serializeTransaction(c.viem) },
      ] as EvmPayload[]) {
        const { prepared, out } = custosSign(payload);
        assert.equal(out.serializedTransaction, want, payload.kind);
        assert.equal(out.hash, keccak256(want));
        assert.equal(prepared.kind, payload.kind);
        assert.equal(await recoverTransactionAddress({ serializedTransaction: want as never }), account.address);
        const parsed = ethersCheck(want, prepared.digest, out.hash);
        assert.equal(parsed.type, c.ethersType);
        assert.equal(parsed.chainId, BigInt(c.viem.chainId ?? 0));
        // The 65-byte signature field is r||s||v with v 27/28, as ethers reads it back.
        assert.equal(out.signature, EthersSignature.from(parsed.signature!).serialized);
      }
    });
  }

  test('EIP-155 specification example: signing hash and signed transaction', () => {
    // https://eips.ethereum.org/EIPS/eip-155 "Example"
    const payload: EvmPayload = { kind: 'evm.transaction', transaction: TX_CASES[0]!.request };
    const { prepared, out } = custosSign(payload);
    assert.equal(bytesToHex(prepared.digest), '0xdaf5a779ae972f972197303d7b574746c7ef83eadac0f2791ad23db92e4c8e53');
    assert.equal(
      out.serializedTransaction,
      '0xf86c098504a817c800825208943535353535353535353535353535353535353535880de0b6b3a76400008025a028ef61340bd939bc2195fe537567866003e1a15d3c71ff63e1590620aa636276a067cbe9d8997f761aecb703304b3800ccf555c9f3dc64214b297fb1966a3b6d83',
    );
    assert.equal(Transaction.from(out.serializedTransaction!).signature?.networkV, 37n); // v = 1 * 2 + 35 + 0
  });

  test('legacy v = chainId * 2 + 35 + recid on a large chain id', async () => {
    const viemTx: TransactionSerializable = { type: 'legacy', chainId: 1_313_161_554, nonce: 1, gas: 21000n, gasPrice: 7n, to: TO, value: 1n };
    const { prepared, out } = custosSign({ kind: 'evm.rawTransaction', serialized: serializeTransaction(viemTx) });
    assert.equal(out.serializedTransaction, await account.signTransaction(viemTx));
    const recid = BigInt(ecdsaSign(hexToBytes(PK), prepared.digest)[64]! - 27);
    assert.equal(Transaction.from(out.serializedTransaction!).signature?.networkV, 1_313_161_554n * 2n + 35n + recid);
  });

  test('property: random EIP-1559 transactions and keys match viem and parse in ethers', async () => {
    const hex = (min: number, max: number) => fc.uint8Array({ minLength: min, maxLength: max }).map((b) => bytesToHex(b));
    await fc.assert(
      fc.asyncProperty(
        fc.bigInt({ min: 1n, max: 2n ** 255n }).map((k) => `0x${k.toString(16).padStart(64, '0')}` as Hex),
        fc.record({
          chainId: fc.integer({ min: 1, max: 2 ** 40 }),
          nonce: fc.integer({ min: 0, max: 2 ** 40 }),
          gas: fc.bigInt({ min: 21000n, max: 2n ** 63n }),
          maxFeePerGas: fc.bigInt({ min: 1n, max: 2n ** 128n }),
          value: fc.bigInt({ min: 0n, max: 2n ** 200n }),
          data: hex(0, 80),
          to: fc.option(hex(20, 20), { nil: undefined }),
        }),
        async (pk, r) => {
          const viemTx: TransactionSerializable = {
            type: 'eip1559',
            ...r,
            maxPriorityFeePerGas: r.maxFeePerGas / 2n,
            to: r.to as Hex | undefined,
            data: r.data as Hex,
          };
          const request: EvmTransactionRequest = {
            type: '0x2',
            chainId: `0x${r.chainId.toString(16)}`,
            nonce: String(r.nonce),
            gas: `0x${r.gas.toString(16)}`,
            maxFeePerGas: r.maxFeePerGas.toString(),
            maxPriorityFeePerGas: (r.maxFeePerGas / 2n).toString(),
            value: r.value.toString(),
            data: r.data as Hex,
            ...(r.to ? { to: r.to as Hex } : {}),
          };
          const acct = privateKeyToAccount(pk);
          const c2 = { ...ctx, signer: acct.address };
          const want = await acct.signTransaction(viemTx);
          const { prepared, out } = custosSign({ kind: 'evm.transaction', transaction: request }, pk, c2);
          assert.equal(out.serializedTransaction, want);
          ethersCheck(want, prepared.digest, out.hash, acct.address);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('personal messages (EIP-191): custos == viem signMessage, ethers verifyMessage recovers', () => {
  const cases: [string, EvmPayload, Parameters<typeof account.signMessage>[0]['message'], string | Uint8Array][] = [
    [
      'UTF-8 text',
      { kind: 'evm.personalMessage', message: 'Sign in to example.com ✓\nnonce: 42' },
      'Sign in to example.com ✓\nnonce: 42',
      'Sign in to example.com ✓\nnonce: 42',
    ],
    ['hex bytes', { kind: 'evm.personalMessage', message: '0x00ff10deadbeef' }, { raw: '0x00ff10deadbeef' }, hexToBytes('0x00ff10deadbeef')],
    ['empty', { kind: 'evm.personalMessage', message: '' }, '', ''],
  ];
  for (const [name, payload, viemMessage, ethersMessage] of cases) {
    test(name, async () => {
      const { out } = custosSign(payload);
      assert.equal(out.signature, await account.signMessage({ message: viemMessage }));
      assert.equal(verifyMessage(ethersMessage, out.signature), account.address);
      assert.deepEqual(Object.keys(out), ['signature']);
    });
  }

  test('property: random bytes and text match viem', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 200 }).filter((s) => !s.startsWith('0x')),
          fc.uint8Array({ maxLength: 200 }),
        ),
        async (m) => {
          const hexOrText = typeof m === 'string' ? m : bytesToHex(m);
          const { out } = custosSign({ kind: 'evm.personalMessage', message: hexOrText });
          assert.equal(out.signature, await account.signMessage({ message: typeof m === 'string' ? m : { raw: m } }));
        },
      ),
      { numRuns: 60 },
    );
  });
});

/** EIP-712 specification example (assets/eip-712/Example.js), with the explicit domain type as eth_signTypedData_v4 callers send it. */
const MAIL = { ...MAIL_EXAMPLE, types: { EIP712Domain: EIP712_DOMAIN_TYPE, ...MAIL_EXAMPLE.types } } as const;

const PERMIT = {
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
  message: { owner: account.address, spender: TO, value: '1000000000', nonce: 0, deadline: '1893456000' },
} as const;

/** Permit2 PermitBatch with nested struct arrays and uint160/uint48 fields. */
const PERMIT2_BATCH = {
  types: {
    PermitBatch: [
      { name: 'details', type: 'PermitDetails[]' },
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
  primaryType: 'PermitBatch',
  domain: { name: 'Permit2', chainId: 1, verifyingContract: '0x000000000022D473030F116dDEE9F6B43aC78BA3' },
  message: {
    details: [
      { token: USDC, amount: '1461501637330902918203684832716283019655932542975', expiration: 1900000000, nonce: 0 },
      { token: TO, amount: 5, expiration: 1800000000, nonce: 1 },
    ],
    spender: DELEGATE,
    sigDeadline: '1800000000',
  },
} as const;

describe('typed data (EIP-712): custos == viem signTypedData, ethers verifyTypedData recovers', () => {
  const withoutDomain = (types: Record<string, readonly { name: string; type: string }[]>) =>
    Object.fromEntries(Object.entries(types).filter(([k]) => k !== 'EIP712Domain')) as Record<string, { name: string; type: string }[]>;

  for (const [name, td] of [
    ['EIP-712 Mail example', MAIL],
    ['EIP-2612 Permit', PERMIT],
    ['Permit2 PermitBatch', PERMIT2_BATCH],
  ] as const) {
    test(name, async () => {
      const { prepared, out } = custosSign({ kind: 'evm.typedData', typedData: td });
      assert.equal(out.signature, await account.signTypedData(td as never));
      const types = withoutDomain(td.types);
      assert.equal(bytesToHex(prepared.digest), TypedDataEncoder.hash(td.domain, types, td.message));
      assert.equal(verifyTypedData(td.domain, types, td.message, out.signature), account.address);
    });
  }

  test('EIP-712 specification vector: Mail signing hash', () => {
    // https://eips.ethereum.org/EIPS/eip-712, assets/eip-712/Example.js
    const { prepared } = custosSign({ kind: 'evm.typedData', typedData: MAIL });
    assert.equal(bytesToHex(prepared.digest), '0xbe609aee343fb3c4b28e1df9e632fca64fcfaede20f02e86244efddf30957bd2');
  });
});

describe('EIP-7702 authorization: custos == viem signAuthorization, ethers verifyAuthorization recovers', () => {
  for (const [name, req] of [
    ['chain 1', { chainId: 1, address: DELEGATE, nonce: 7 }],
    ['chain 0 (every chain), hex nonce', { chainId: '0', address: DELEGATE, nonce: '0x10' }],
  ] as const) {
    test(name, async () => {
      const { prepared, out } = custosSign({ kind: 'evm.authorization', authorization: req });
      const chainId = Number(req.chainId);
      const nonce = Number(req.nonce);
      const want = await account.signAuthorization({ address: DELEGATE, chainId, nonce });
      assert.deepEqual(out.authorization, { chainId, address: DELEGATE, nonce, r: want.r, s: want.s, yParity: want.yParity });
      assert.equal(out.signature, await account.signAuthorization({ address: DELEGATE, chainId, nonce, to: 'hex' } as never));
      assert.equal(await recoverAuthorizationAddress({ authorization: want }), account.address);
      assert.equal(verifyAuthorization({ address: DELEGATE, chainId: BigInt(chainId), nonce: BigInt(nonce) }, out.signature), account.address);
      assert.deepEqual(prepared.facts, { authorization: { chainId, delegate: DELEGATE.toLowerCase(), nonce } });
    });
  }
});
