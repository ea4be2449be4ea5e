/**
 * EIP-712 typed data shaped to cost the most work per byte (issue #12,
 * "bounded work per request"), and real-world shapes as positive controls.
 * Shared by test/server/typed-data-bounds.serial.test.ts, the hostile-input suite
 * and bench/typed-data-dos.ts.
 */
import { EIP712_LIMITS, Eip712Budget } from '../../src/chains/evm/eip712.js';

type Field = { name: string; type: string };
export interface TypedDataJson {
  types: Record<string, Field[]>;
  primaryType: string;
  domain: Record<string, unknown>;
  message: Record<string, unknown>;
}

const DOMAIN = { name: 'bomb', version: '1', chainId: 1, verifyingContract: '0x000000000022D473030F116dDEE9F6B43aC78BA3' };

/**
 * The reproduced bomb (130 KB): a chain of `types` struct types T0 -> T1[] -> ... (each
 * one field, an array of the next, the last one empty), and the primary type an array
 * of `instances` T0 values each `{"n":[]}`. viem's hashTypedData re-encodes the whole
 * 1000-type chain (~20 KB) for every instance: 10,000 x encodeType + keccak of 20 KB.
 */
export function chainBomb(types = 1000, instances = 10_000): TypedDataJson {
  const t: Record<string, Field[]> = { P: [{ name: 'items', type: 'T0[]' }] };
  for (let i = 0; i < types; i++) t[`T${i}`] = i === types - 1 ? [] : [{ name: 'n', type: `T${i + 1}[]` }];
  return { types: t, primaryType: 'P', domain: DOMAIN, message: { items: Array.from({ length: instances }, () => ({ n: [] })) } };
}

/**
 * As many struct types as allowed, every one reaching every later one (T000 -> T001[] -> ...), each with as many
 * fields as the encodeType budget then allows: the most type-string hashing under the limits.
 */
export function manyTypesBomb(types: number = EIP712_LIMITS.types): TypedDataJson {
  const name = (i: number) => `T${String(i).padStart(3, '0')}`;
  const make = (fields: number): TypedDataJson => {
    const t: Record<string, Field[]> = {};
    for (let i = 0; i < types; i++) {
      t[name(i)] = [
        ...(i < types - 1 ? [{ name: 'next', type: `${name(i + 1)}[]` }] : []),
        ...Array.from({ length: fields }, (_, j) => ({ name: `f${j}`, type: 'uint256' })),
      ];
    }
    const message = Object.fromEntries(t[name(0)]!.map((f) => [f.name, f.type.endsWith('[]') ? [] : '1']));
    return { types: t, primaryType: name(0), domain: DOMAIN, message };
  };
  for (let f = EIP712_LIMITS.fieldsPerType - 1; f > 0; f--) {
    const td = make(f);
    try {
      new Eip712Budget().types({ ...td.types, EIP712Domain: [] }, ['EIP712Domain', td.primaryType], 'types');
      return td;
    } catch {
      // too many fields for the budget: one fewer
    }
  }
  return make(0);
}

/**
 * Nested structs Node0 { next: Node1 } ... whose deepest value is at EIP-712 nesting `depth` (0 = a field of
 * the message). Over HTTP the body's own nesting limit (32 levels) stops it first above 27.
 */
export function deepBomb(depth: number = EIP712_LIMITS.depth): TypedDataJson {
  const t: Record<string, Field[]> = {};
  for (let i = 0; i <= depth; i++) t[`Node${i}`] = i === depth ? [{ name: 'leaf', type: 'uint256' }] : [{ name: 'next', type: `Node${i + 1}` }];
  let v: Record<string, unknown> = { leaf: '1' };
  for (let i = depth - 1; i >= 0; i--) v = { next: v };
  return { types: t, primaryType: 'Node0', domain: DOMAIN, message: v };
}

/** A fresh copy of `td` (a new domain salt): not a payload the server has seen before. */
export function fresh(td: TypedDataJson): TypedDataJson {
  const salt = `0x${[...crypto.getRandomValues(new Uint8Array(32))].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
  return { ...td, domain: { ...td.domain, salt } };
}

/** The most keccak calls allowed: arrays of empty strings (32 bytes of budget and one keccak each), as long as allowed. */
export function wideBomb(bytes: number = EIP712_LIMITS.encodedBytes - 4096): TypedDataJson {
  const perArray = EIP712_LIMITS.arrayLength;
  const arrays = Math.min(EIP712_LIMITS.fieldsPerType, Math.floor(bytes / (32 * (perArray + 1))));
  const t: Record<string, Field[]> = { Wide: Array.from({ length: arrays }, (_, i) => ({ name: `a${i}`, type: 'string[]' })) };
  const message = Object.fromEntries(t.Wide!.map((f) => [f.name, Array.from({ length: perArray }, () => '')]));
  return { types: t, primaryType: 'Wide', domain: DOMAIN, message };
}

/** One array as long as allowed, of structs (a keccak and an abi encoding each). */
export function longArrayBomb(length: number = EIP712_LIMITS.arrayLength): TypedDataJson {
  return {
    types: {
      Long: [{ name: 'items', type: 'Item[]' }],
      Item: [
        { name: 'a', type: 'uint256' },
        { name: 'b', type: 'address' },
      ],
    },
    primaryType: 'Long',
    domain: DOMAIN,
    message: { items: Array.from({ length }, (_, i) => ({ a: String(i), b: '0x000000000022D473030F116dDEE9F6B43aC78BA3' })) },
  };
}

/** One string as long as the encoded-size limit allows (the bytes hashed dominate). */
export function bigStringBomb(bytes: number = EIP712_LIMITS.encodedBytes - 4096): TypedDataJson {
  return { types: { S: [{ name: 's', type: 'string' }] }, primaryType: 'S', domain: DOMAIN, message: { s: 'x'.repeat(bytes) } };
}

const USDC = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48';
const PERMIT2 = '0x000000000022D473030F116dDEE9F6B43aC78BA3';
const SEAPORT = '0x0000000000000068F116a894984e2DB1123eB395';

/** Uniswap Permit2 AllowanceTransfer PermitBatch over `n` tokens (its deployed type strings). */
export function permit2Batch(owner: string, n = 20): TypedDataJson {
  return {
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
    domain: { name: 'Permit2', chainId: 1, verifyingContract: PERMIT2 },
    message: {
      details: Array.from({ length: n }, (_, i) => ({
        token: i === 0 ? USDC : `0x${(i + 1).toString(16).padStart(40, '0')}`,
        amount: '1000000',
        expiration: 1893456000,
        nonce: i,
      })),
      spender: owner === USDC ? PERMIT2 : '0x3fC91A3afd70395Cd496C647d5a6CC9D4B2b7FAD',
      sigDeadline: '1893456000',
    },
  };
}

const OFFER_ITEM: Field[] = [
  { name: 'itemType', type: 'uint8' },
  { name: 'token', type: 'address' },
  { name: 'identifierOrCriteria', type: 'uint256' },
  { name: 'startAmount', type: 'uint256' },
  { name: 'endAmount', type: 'uint256' },
];
const CONSIDERATION_ITEM: Field[] = [...OFFER_ITEM, { name: 'recipient', type: 'address' }];
const ORDER_COMPONENTS: Field[] = [
  { name: 'offerer', type: 'address' },
  { name: 'zone', type: 'address' },
  { name: 'offer', type: 'OfferItem[]' },
  { name: 'consideration', type: 'ConsiderationItem[]' },
  { name: 'orderType', type: 'uint8' },
  { name: 'startTime', type: 'uint256' },
  { name: 'endTime', type: 'uint256' },
  { name: 'zoneHash', type: 'bytes32' },
  { name: 'salt', type: 'uint256' },
  { name: 'conduitKey', type: 'bytes32' },
  { name: 'counter', type: 'uint256' },
];

function seaportOrder(offerer: string, i: number): Record<string, unknown> {
  const z32 = `0x${'00'.repeat(32)}`;
  return {
    offerer,
    zone: '0x0000000000000000000000000000000000000000',
    offer: [{ itemType: 2, token: '0xBC4CA0EdA7647A8aB7C2061c2E118A18a936f13D', identifierOrCriteria: String(1000 + i), startAmount: '1', endAmount: '1' }],
    consideration: [
      {
        itemType: 0,
        token: '0x0000000000000000000000000000000000000000',
        identifierOrCriteria: '0',
        startAmount: '9750000000000000000',
        endAmount: '9750000000000000000',
        recipient: offerer,
      },
      {
        itemType: 0,
        token: '0x0000000000000000000000000000000000000000',
        identifierOrCriteria: '0',
        startAmount: '250000000000000000',
        endAmount: '250000000000000000',
        recipient: '0x0000a26b00c1F0DF003000390027140000fAa719',
      },
    ],
    orderType: 0,
    startTime: '1700000000',
    endTime: '1900000000',
    zoneHash: z32,
    salt: String(i),
    conduitKey: `0x0000007b02230091a7ed01230072f7006a004d60a8d4e71d599b8104250f0000`,
    counter: '0',
  };
}

/** A Seaport 1.6 OrderComponents listing (one NFT for ETH with a fee), as OpenSea asks wallets to sign it. */
export function seaportOrderTyped(offerer: string): TypedDataJson {
  return {
    types: { OrderComponents: ORDER_COMPONENTS, OfferItem: OFFER_ITEM, ConsiderationItem: CONSIDERATION_ITEM },
    primaryType: 'OrderComponents',
    domain: { name: 'Seaport', version: '1.6', chainId: 1, verifyingContract: SEAPORT },
    message: seaportOrder(offerer, 0),
  };
}

/** A Seaport bulk listing: BulkOrder { OrderComponents[2]...[2] tree } of height `height` (2^height orders). */
export function seaportBulkOrder(offerer: string, height = 4): TypedDataJson {
  let i = 0;
  const build = (h: number): unknown => (h === 0 ? seaportOrder(offerer, i++) : [build(h - 1), build(h - 1)]);
  return {
    types: {
      BulkOrder: [{ name: 'tree', type: `OrderComponents${'[2]'.repeat(height)}` }],
      OrderComponents: ORDER_COMPONENTS,
      OfferItem: OFFER_ITEM,
      ConsiderationItem: CONSIDERATION_ITEM,
    },
    primaryType: 'BulkOrder',
    domain: { name: 'Seaport', version: '1.6', chainId: 1, verifyingContract: SEAPORT },
    message: { tree: build(height) },
  };
}
