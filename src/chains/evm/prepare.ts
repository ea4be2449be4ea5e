/**
 * EVM payloads: turn what a caller asks to sign into the 32-byte digest and the
 * policy facts (`prepareEvm`), and turn a 65-byte signature over that digest
 * into the signed result (`assembleEvm`). Pure: no I/O, no clock, no network.
 *
 * custos validates and plumbs; viem does every encoding and hash:
 * - transactions: `serializeTransaction` / `parseTransaction`, digest
 *   keccak256(unsigned serialization) (EIP-155 for legacy, EIP-2718 typed
 *   envelopes for types 1-4; a type-3 transaction is signed without its
 *   blob sidecar, as EIP-4844 specifies);
 * - personal messages: `hashMessage` (EIP-191 version 0x45);
 * - typed data: `validateTypedData`, then EIP-712 hashing with viem's keccak256 and ABI words,
 *   each struct type hashed once and the request bounded by EIP712_LIMITS (./eip712.ts);
 * - authorizations: `hashAuthorization` (EIP-7702, keccak256(0x05 || rlp([chainId, address, nonce]))).
 *
 * Every malformed input throws CustosError E_BAD_INPUT with a `field` detail.
 *
 * @example
 *   const p = prepareEvm({ kind: 'evm.personalMessage', message: 'hello' }, ctx);
 *   const out = assembleEvm(payload, ecdsaSign(secret, p.digest)); // { signature: '0x…1b' }
 */
import {
  type Hex,
  type TransactionSerializable,
  type TypedDataDomain,
  bytesToHex,
  getTransactionType,
  getTypesForEIP712Domain,
  hashMessage,
  BaseError,
  fromRlp,
  hexToBigInt,
  hexToBytes,
  isAddress,
  isAddressEqual,
  keccak256,
  maxUint256,
  padHex,
  parseSignature,
  parseTransaction,
  serializeSignature,
  serializeTransaction,
  validateTypedData,
} from 'viem';
import { hashAuthorization } from 'viem/utils';
import { CustosError, badInput } from '../../errors.js';
import { EIP712_LIMITS, Eip712Budget, hashTypedDataBounded, hashTypedDataYielding, limitExceeded } from './eip712.js';
import { type TxView, type TypedDataInput, authorizationFacts, messageFacts, txFacts, typedDataFacts } from './facts.js';
import { type AssembledEvm, type EvmContext, type EvmPayload, type PreparedEvm, EVM_PAYLOAD_KINDS } from './types.js';
import { MAX_CHAIN_ID, checkChainId, checkRawIntegers, checkTxInteger } from './tx-rules.js';

// ---- boundary helpers (each error names the field) ----

function fail(field: string, why: string): never {
  throw badInput(`${field}: ${why}`, { field });
}

/** Run a viem call; its errors become E_BAD_INPUT naming `field` (viem's short message, no secrets involved). */
function guard<T>(field: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    throw asBadInput(field, e);
  }
}

function asBadInput(field: string, e: unknown): CustosError {
  if (e instanceof CustosError) return e;
  // viem's own errors have a short message written for users; any other exception's text
  // (a SyntaxError from BigInt, a TypeError) is not one, and stays in `cause` only.
  const msg = e instanceof BaseError ? e.shortMessage : 'not a valid encoding';
  return badInput(`${field}: ${msg.slice(0, 200)}`, { field }, { cause: e });
}

function isObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** A plain object with only `allowed` keys (E_BAD_INPUT naming the field). */
export function object(v: unknown, field: string, allowed?: readonly string[]): Record<string, unknown> {
  if (!isObject(v)) fail(field, 'expected an object');
  // Keys holding `undefined` count as absent (JSON cannot carry them anyway).
  const out = Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined));
  if (allowed) for (const k of Object.keys(out)) if (!allowed.includes(k)) fail(`${field}.${k}`, 'unknown field');
  return out;
}

const HEX_DATA = /^0x(?:[0-9a-fA-F]{2})*$/;
/**
 * A JSON-RPC quantity (Ethereum execution-apis, `uint`): "0x" then hex digits
 * without leading zeros, "0x0" for zero; "0x" alone and "0x02" are not quantities.
 */
const HEX_QUANTITY = /^0x(?:0|[1-9a-fA-F][0-9a-fA-F]{0,63})$/;
/** A decimal string, without leading zeros ("0" for zero), as custos also takes. */
const DECIMAL = /^(?:0|[1-9][0-9]{0,77})$/;
/** Hex integers where the quantity rule does not apply (EIP-712 values, a signature's 32-byte r and s words). */
const HEX_WORD = /^0x[0-9a-fA-F]{1,64}$/;
/** What a quantity field accepts, in every message that refuses one. */
const QUANTITY_RULE = 'expected a quantity: 0x-hex without leading zeros (0x0 for zero), a decimal string without leading zeros, or a non-negative integer';

/** 0x-prefixed, even-length hex; `size` in bytes when given. */
export function hexData(v: unknown, field: string, size?: number): Hex {
  if (typeof v !== 'string' || !HEX_DATA.test(v)) fail(field, 'expected 0x-prefixed hex bytes');
  if (size !== undefined && v.length !== 2 + 2 * size) fail(field, `expected ${size} bytes, got ${(v.length - 2) / 2}`);
  return v as Hex;
}

/** A JSON-RPC quantity: hex (`0x5208`), decimal string (`21000`), non-negative safe integer (or bigint, from JS callers). */
export function quantity(v: unknown, field: string, max: bigint = maxUint256): bigint {
  let n: bigint;
  if (typeof v === 'number') {
    if (!Number.isSafeInteger(v) || v < 0) fail(field, 'expected a non-negative integer');
    n = BigInt(v);
  } else if (typeof v === 'bigint') {
    if (v < 0n) fail(field, 'expected a non-negative integer');
    n = v;
  } else if (typeof v === 'string' && HEX_QUANTITY.test(v)) n = hexToBigInt(v as Hex);
  else if (typeof v === 'string' && DECIMAL.test(v)) n = BigInt(v);
  else fail(field, QUANTITY_RULE);
  if (n > max) fail(field, `exceeds ${max}`);
  return n;
}

/** A quantity that viem carries as a JS number (chain ids, nonces). */
function smallQuantity(v: unknown, field: string): number {
  return Number(quantity(v, field, BigInt(Number.MAX_SAFE_INTEGER)));
}

/**
 * A 20-byte address; mixed case must carry a valid EIP-55 checksum. All-upper
 * case (no checksum either, per EIP-55) comes back lowercased, as viem wants it.
 */
function address(v: unknown, field: string): Hex {
  if (typeof v === 'string' && /^0x[0-9A-F]{40}$/.test(v)) return v.toLowerCase() as Hex;
  if (typeof v !== 'string' || !isAddress(v)) fail(field, 'expected an address (20 bytes hex; mixed case must be EIP-55 checksummed)');
  return v;
}

// ---- transactions ----

type TxType = TxView['type'];

const TYPE_NAMES: Record<string, TxType> = {
  '0x0': 'legacy',
  '0x1': 'eip2930',
  '0x2': 'eip1559',
  '0x3': 'eip4844',
  '0x4': 'eip7702',
  legacy: 'legacy',
  eip2930: 'eip2930',
  eip1559: 'eip1559',
  eip4844: 'eip4844',
  eip7702: 'eip7702',
};
const COMMON_FIELDS = ['type', 'chainId', 'from', 'to', 'nonce', 'gas', 'gasLimit', 'value', 'data', 'input'];
const FEE_1559 = ['maxFeePerGas', 'maxPriorityFeePerGas'];
/** Fields each type accepts beyond the common ones. */
const TYPE_FIELDS: Record<TxType, readonly string[]> = {
  legacy: ['gasPrice'],
  eip2930: ['gasPrice', 'accessList'],
  eip1559: [...FEE_1559, 'accessList'],
  eip4844: [...FEE_1559, 'accessList', 'maxFeePerBlobGas', 'blobVersionedHashes'],
  eip7702: [...FEE_1559, 'accessList', 'authorizationList'],
};
/** Fields each type requires beyond chainId, nonce and gas. */
const TYPE_REQUIRED: Record<TxType, readonly string[]> = {
  legacy: ['gasPrice'],
  eip2930: ['gasPrice'],
  eip1559: FEE_1559,
  eip4844: [...FEE_1559, 'maxFeePerBlobGas', 'blobVersionedHashes', 'to'],
  eip7702: [...FEE_1559, 'authorizationList', 'to'],
};
/** Blob sidecar fields: signing a type-3 transaction never needs them. */
const SIDECAR_FIELDS = ['blobs', 'sidecars', 'kzg', 'commitments', 'proofs'];

/**
 * The largest transaction signed: 128 KiB of calldata (request form) or of
 * unsigned serialization (raw form), geth's txMaxSize (4 x 32 KiB slots):
 * a larger one is not relayed anyway, and encoding and hashing it (~100 ms
 * for 500 KB on a slow core) is work one request must not buy. An access
 * list takes at most 4,096 storage keys (128 KiB of them).
 */
export const MAX_TRANSACTION_BYTES = 128 * 1024;
const MAX_ACCESS_LIST_KEYS = 4096;

/** A chain id (./tx-rules.ts range), required. */
export function chainIdOf(v: unknown, field: string): number {
  return checkChainId(v === undefined || v === null ? undefined : quantity(v, field), field);
}

/** gas (or its alias gasLimit): a quantity within the uint64 rule of ./tx-rules.ts. */
function gasOf(v: unknown, field: string): bigint {
  const n = quantity(v, field);
  checkTxInteger('gas', n, field);
  return n;
}

function accessList(v: unknown, field: string): { address: Hex; storageKeys: Hex[] }[] {
  if (!Array.isArray(v)) fail(field, 'expected an array');
  let keys = v.length;
  for (const e of v) keys += Array.isArray((e as { storageKeys?: unknown } | null)?.storageKeys) ? (e as { storageKeys: unknown[] }).storageKeys.length : 0;
  if (keys > MAX_ACCESS_LIST_KEYS) fail(field, `${keys} entries and storage keys exceed the limit of ${MAX_ACCESS_LIST_KEYS}`);
  return v.map((e, i) => {
    const o = object(e, `${field}[${i}]`, ['address', 'storageKeys']);
    const keys = o.storageKeys;
    if (!Array.isArray(keys)) fail(`${field}[${i}].storageKeys`, 'expected an array');
    return {
      address: address(o.address, `${field}[${i}].address`),
      storageKeys: keys.map((k, j) => hexData(k, `${field}[${i}].storageKeys[${j}]`, 32)),
    };
  });
}

/** A signed EIP-7702 tuple inside a type-4 transaction (JSON-RPC shape). */
function signedAuthorizationList(v: unknown, field: string) {
  if (!Array.isArray(v) || v.length === 0) fail(field, 'expected a non-empty array of signed authorizations');
  return v.map((e, i) => {
    const f = `${field}[${i}]`;
    const o = object(e, f, ['chainId', 'address', 'nonce', 'yParity', 'v', 'r', 's']);
    let yParity: number;
    if (o.yParity !== undefined) {
      yParity = smallQuantity(o.yParity, `${f}.yParity`);
      if (yParity > 1) fail(`${f}.yParity`, 'expected 0 or 1');
    } else if (o.v !== undefined) {
      const v = smallQuantity(o.v, `${f}.v`);
      if (![0, 1, 27, 28].includes(v)) fail(`${f}.v`, 'expected 0, 1, 27 or 28');
      yParity = v % 27;
    } else fail(`${f}.yParity`, 'missing');
    // r and s are 32-byte words: signers send them zero-padded, so the quantity rule does not apply.
    const word = (x: unknown, name: string): Hex => {
      if (typeof x !== 'string' || !HEX_WORD.test(x)) fail(`${f}.${name}`, 'expected a hex string of at most 32 bytes');
      return padHex(x as Hex, { size: 32 });
    };
    return {
      chainId: smallQuantity(o.chainId, `${f}.chainId`),
      address: address(o.address, `${f}.address`),
      nonce: smallQuantity(o.nonce, `${f}.nonce`),
      r: word(o.r, 'r'),
      s: word(o.s, 's'),
      yParity,
    };
  });
}

/** A JSON-RPC style transaction request -> viem's TransactionSerializable (unsigned) and its `from`. */
function transactionFromRequest(v: unknown): { tx: TransactionSerializable; from?: Hex } {
  const F = 'transaction';
  const r = object(v, F);
  for (const k of Object.keys(r)) {
    if (SIDECAR_FIELDS.includes(k)) {
      throw new CustosError('E_UNSUPPORTED', `${F}.${k}: blob sidecars are not signed; send blobVersionedHashes only`, { field: `${F}.${k}` });
    }
  }
  let type: TxType;
  if (r.type !== undefined) {
    const t = typeof r.type === 'string' && Object.hasOwn(TYPE_NAMES, r.type) ? TYPE_NAMES[r.type] : undefined;
    if (!t) fail(`${F}.type`, `expected one of ${Object.keys(TYPE_NAMES).join(', ')}`);
    type = t;
  } else {
    type = guard(`${F}.type`, () => getTransactionType(r as never)) as TxType;
    if (!Object.hasOwn(TYPE_FIELDS, type)) fail(`${F}.type`, 'cannot infer the type');
  }
  const allowed = [...COMMON_FIELDS, ...TYPE_FIELDS[type]];
  for (const k of Object.keys(r)) if (!allowed.includes(k)) fail(`${F}.${k}`, `not a field of a ${type} transaction`);
  const chainId = chainIdOf(r.chainId, `${F}.chainId`);
  // `gasLimit` (ethers' name) is an alias of `gas`; both: they must agree.
  if (r.gasLimit !== undefined) {
    const limit = gasOf(r.gasLimit, `${F}.gasLimit`);
    if (r.gas !== undefined && gasOf(r.gas, `${F}.gas`) !== limit) fail(`${F}.gasLimit`, 'differs from gas');
    r.gas = limit;
  }
  for (const k of ['nonce', 'gas', ...TYPE_REQUIRED[type]]) {
    if (r[k] === undefined || r[k] === null) fail(`${F}.${k}`, `missing (required for ${type} transactions)`);
  }

  const from = r.from === undefined ? undefined : address(r.from, `${F}.from`);
  if (r.data !== undefined && r.input !== undefined && String(r.data).toLowerCase() !== String(r.input).toLowerCase()) {
    fail(`${F}.input`, 'differs from data');
  }
  const data = r.data !== undefined ? hexData(r.data, `${F}.data`) : r.input !== undefined ? hexData(r.input, `${F}.input`) : undefined;
  if (data !== undefined && (data.length - 2) / 2 > MAX_TRANSACTION_BYTES) {
    fail(`${F}.${r.data !== undefined ? 'data' : 'input'}`, `${(data.length - 2) / 2} bytes exceed the limit of ${MAX_TRANSACTION_BYTES} bytes of calldata`);
  }
  const q = (k: string, max?: bigint): bigint | undefined => (r[k] === undefined ? undefined : quantity(r[k], `${F}.${k}`, max));

  const nonce = quantity(r.nonce, `${F}.nonce`);
  checkTxInteger('nonce', nonce, `${F}.nonce`);
  const base = {
    chainId,
    nonce: Number(nonce),
    gas: gasOf(r.gas, `${F}.gas`),
    to: r.to === undefined || r.to === null ? undefined : address(r.to, `${F}.to`),
    value: q('value'),
    data: data === '0x' ? undefined : data,
  };
  const fees1559 = { maxFeePerGas: q('maxFeePerGas'), maxPriorityFeePerGas: q('maxPriorityFeePerGas') };
  const al = r.accessList === undefined ? undefined : accessList(r.accessList, `${F}.accessList`);
  let tx: TransactionSerializable;
  switch (type) {
    case 'legacy':
      tx = { ...base, type, gasPrice: q('gasPrice') };
      break;
    case 'eip2930':
      tx = { ...base, type, gasPrice: q('gasPrice'), accessList: al ?? [] };
      break;
    case 'eip1559':
      tx = { ...base, type, ...fees1559, accessList: al };
      break;
    case 'eip4844': {
      const hashes = r.blobVersionedHashes;
      if (!Array.isArray(hashes) || hashes.length === 0) fail(`${F}.blobVersionedHashes`, 'expected a non-empty array');
      tx = {
        ...base,
        to: base.to as Hex,
        type,
        ...fees1559,
        accessList: al,
        maxFeePerBlobGas: q('maxFeePerBlobGas'),
        blobVersionedHashes: hashes.map((h, i) => hexData(h, `${F}.blobVersionedHashes[${i}]`, 32)),
      };
      break;
    }
    case 'eip7702':
      tx = { ...base, type, ...fees1559, accessList: al, authorizationList: signedAuthorizationList(r.authorizationList, `${F}.authorizationList`) };
      break;
  }
  // viem's own assertions (fee cap >= tip, versioned-hash version, addresses) run in serializeTransaction.
  guard(F, () => serializeTransaction(tx));
  return { tx, ...(from ? { from } : {}) };
}

/** An unsigned serialized transaction -> viem's TransactionSerializable, refusing signed or non-canonical input. */
function transactionFromSerialized(v: unknown): TransactionSerializable {
  const F = 'serialized';
  if (typeof v === 'string' && (v.length - 2) / 2 > MAX_TRANSACTION_BYTES)
    fail(F, `${Math.floor((v.length - 2) / 2)} bytes exceed the limit of ${MAX_TRANSACTION_BYTES} bytes for a transaction`);
  const hex = hexData(v, F);
  if (hex.length <= 2) fail(F, 'empty');
  rawIntegers(hex, F);
  const tx = guard(F, () => parseTransaction(hex)) as TransactionSerializable & Record<string, unknown>;
  if (tx.r !== undefined || tx.s !== undefined || tx.v !== undefined || tx.yParity !== undefined) {
    fail(F, 'already signed: send the unsigned transaction');
  }
  if (tx.sidecars !== undefined || tx.blobs !== undefined) {
    throw new CustosError('E_UNSUPPORTED', `${F}: blob sidecars are not signed; send the transaction without its network wrapper`, { field: F });
  }
  checkChainId(tx.chainId, `${F}.chainId`); // a legacy transaction's EIP-155 chainId, known only after parsing
  if ((tx.type === 'eip4844' || tx.type === 'eip7702') && (typeof tx.to !== 'string' || !isAddress(tx.to))) {
    fail(`${F}.to`, `required for ${tx.type} transactions`);
  }
  if (tx.type === 'eip7702' && !tx.authorizationList?.length) fail(`${F}.authorizationList`, 'empty');
  const again = guard(F, () => serializeTransaction(tx));
  if (again.toLowerCase() !== hex.toLowerCase()) fail(F, 'not a canonical encoding (re-serializes differently)');
  return tx;
}

/**
 * The integer rules of ./tx-rules.ts over the raw RLP fields, before viem's parser: a typed
 * transaction (EIP-2718 type byte < 0x80) with chainId 0 (RLP's empty string, which the parser
 * fails to convert), a nonce or a gas outside its range (legacy too: a gas of 2^64 or more).
 */
function rawIntegers(hex: Hex, F: string): void {
  const first = Number.parseInt(hex.slice(2, 4), 16);
  const type = first >= 0xc0 ? 0 : first;
  let fields: unknown;
  try {
    fields = fromRlp(type === 0 ? hex : `0x${hex.slice(4)}`, 'hex');
  } catch {
    return; // not RLP: parseTransaction says so
  }
  checkRawIntegers(type, fields, F);
}

// ---- typed data (EIP-712) ----

const TYPED_DATA_FIELDS = ['types', 'primaryType', 'domain', 'message'];
const DOMAIN_FIELDS = ['name', 'version', 'chainId', 'verifyingContract', 'salt'];
type Types = TypedDataInput['types'];

/** The types of one request with each struct's field names as a set, and the work budget it is charged against. */
interface TypedScope {
  types: Types;
  names: Map<string, Set<string>>;
  budget: Eip712Budget;
}

function scopeOf(types: Types, budget: Eip712Budget): TypedScope {
  return { types, names: new Map(Object.entries(types).map(([n, fs]) => [n, new Set(fs.map((f) => f.name))])), budget };
}

/** Check a value against its EIP-712 type; integers come back as bigint, the rest as given. Every value is charged to the budget. */
function typedValue(sc: TypedScope, type: string, v: unknown, field: string, depth: number): unknown {
  sc.budget.value(field, depth);
  const arr = /^(.*)\[(\d*)\]$/.exec(type);
  if (arr) {
    if (!Array.isArray(v)) fail(field, `expected an array (${type})`);
    if (arr[2] !== '' && v.length !== Number(arr[2])) fail(field, `expected ${arr[2]} elements`);
    sc.budget.array(v.length, field);
    return v.map((x, i) => typedValue(sc, arr[1] as string, x, `${field}[${i}]`, depth + 1));
  }
  if (Object.hasOwn(sc.types, type)) return typedStruct(sc, type, v, field, depth + 1);
  const int = /^(u?)int(\d*)$/.exec(type);
  if (int) {
    if (typeof v === 'number' && Number.isSafeInteger(v)) return BigInt(v);
    if (typeof v === 'string' && (HEX_WORD.test(v) || /^-?[0-9]{1,78}$/.test(v))) return BigInt(v);
    fail(field, `expected an integer (${type}); use a string for values above 2^53`);
  }
  if (type === 'bool') {
    if (typeof v !== 'boolean') fail(field, 'expected true or false');
    return v;
  }
  if (type === 'string' || type === 'address') {
    if (typeof v !== 'string') fail(field, `expected a string (${type})`);
    if (type === 'string') sc.budget.bytes(Buffer.byteLength(v, 'utf8'), field);
    return v;
  }
  if (/^bytes\d*$/.test(type)) {
    const hex = hexData(v, field);
    if (type === 'bytes') sc.budget.bytes((hex.length - 2) / 2, field);
    return hex;
  }
  fail(field, `unknown type ${JSON.stringify(type)}`);
}

/** A struct value must have exactly the fields its type declares: extra fields would be shown but not signed. */
function typedStruct(sc: TypedScope, name: string, v: unknown, field: string, depth: number): Record<string, unknown> {
  const o = object(v, field);
  const fields = sc.types[name] ?? [];
  const names = sc.names.get(name) ?? new Set<string>();
  for (const k of Object.keys(o)) if (!names.has(k)) fail(`${field}.${k}`, `not a field of ${name}`);
  sc.budget.struct(fields.length, field);
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (!Object.hasOwn(o, f.name) || o[f.name] === undefined) fail(`${field}.${f.name}`, `missing (${name}.${f.name} ${f.type})`);
    out[f.name] = typedValue(sc, f.type, o[f.name], `${field}.${f.name}`, depth);
  }
  return out;
}

/** Validate EIP-712 v4 JSON (eth_signTypedData_v4) and normalise it for hashing and facts. */
function typedDataFrom(v: unknown): TypedDataInput {
  const F = 'typedData';
  const t = object(v, F, TYPED_DATA_FIELDS);
  const typesIn = object(t.types, `${F}.types`);
  const typeCount = Object.keys(typesIn).filter((n) => n !== 'EIP712Domain').length;
  if (typeCount > EIP712_LIMITS.types) throw limitExceeded('types', `${F}.types`, `${typeCount} struct types`);
  const types: Record<string, { name: string; type: string }[]> = {};
  for (const [name, fields] of Object.entries(typesIn)) {
    const tf = `${F}.types.${name}`;
    if (name === '__proto__') fail(tf, 'reserved name');
    if (!Array.isArray(fields)) fail(tf, 'expected an array of { name, type }');
    if (fields.length > EIP712_LIMITS.fieldsPerType) throw limitExceeded('fieldsPerType', tf, `${fields.length} fields`);
    const seen = new Set<string>();
    types[name] = fields.map((x, i) => {
      const o = object(x, `${tf}[${i}]`, ['name', 'type']);
      if (typeof o.name !== 'string' || o.name === '' || typeof o.type !== 'string') fail(`${tf}[${i}]`, 'expected { name, type } strings');
      if (o.name === '__proto__') fail(`${tf}[${i}].name`, 'reserved name');
      if (seen.has(o.name)) fail(`${tf}[${i}].name`, `duplicate field ${o.name}`);
      seen.add(o.name);
      return { name: o.name, type: o.type };
    });
  }
  const primaryType = t.primaryType;
  if (typeof primaryType !== 'string' || !Object.hasOwn(types, primaryType) || primaryType === 'EIP712Domain') {
    fail(`${F}.primaryType`, 'expected the name of a struct in types (other than EIP712Domain)');
  }

  // The domain: the standard fields only (null = absent), typed by getTypesForEIP712Domain.
  const domainIn = object(t.domain ?? {}, `${F}.domain`, DOMAIN_FIELDS);
  const present = Object.fromEntries(Object.entries(domainIn).filter(([, x]) => x !== null && x !== undefined));
  const domainTypes = getTypesForEIP712Domain({ domain: present as TypedDataDomain });
  if (Object.hasOwn(types, 'EIP712Domain')) {
    const given = JSON.stringify(types.EIP712Domain);
    if (given !== JSON.stringify(domainTypes)) {
      fail(
        `${F}.types.EIP712Domain`,
        `does not match the domain fields (expected ${domainTypes.map((x) => `${x.type} ${x.name}`).join(', ') || 'none'}, in that order)`,
      );
    }
  }
  const typesWithDomain = { ...types, EIP712Domain: domainTypes };
  // Limits first (types, fields, the encodeType strings), then every value is charged as it is checked: nothing is hashed before.
  const budget = new Eip712Budget();
  budget.types(typesWithDomain, ['EIP712Domain', primaryType], `${F}.types`);
  const sc = scopeOf(typesWithDomain, budget);
  const domain = typedStruct(sc, 'EIP712Domain', present, `${F}.domain`, 0);
  if (domain.chainId !== undefined) {
    const id = domain.chainId as bigint;
    if (id < 0n || id > BigInt(Number.MAX_SAFE_INTEGER)) fail(`${F}.domain.chainId`, 'expected an integer in 0..2^53-1');
    domain.chainId = Number(id);
  }
  const message = typedStruct(sc, primaryType, t.message, `${F}.message`, 0);

  const td: TypedDataInput = { domain, types, primaryType, message };
  guard(F, () => validateTypedData({ ...td, types: typesWithDomain } as never));
  return td;
}

// ---- the other kinds ----

/** The longest EIP-191 message signed: 64 KiB, as raw `sign` messages (src/requests/plans.ts). */
export const MAX_PERSONAL_MESSAGE_BYTES = 64 * 1024;

function messageBytes(v: unknown): Uint8Array {
  if (typeof v !== 'string') fail('message', 'expected a string (0x-hex bytes or UTF-8 text)');
  const size = v.startsWith('0x') ? Math.floor((v.length - 2) / 2) : Buffer.byteLength(v, 'utf8');
  if (size > MAX_PERSONAL_MESSAGE_BYTES) fail('message', `${size} bytes exceeds the limit of ${MAX_PERSONAL_MESSAGE_BYTES} bytes for a personal message`);
  // 0x-prefixed means bytes (as eth personal_sign); text that starts with 0x must be sent hex-encoded.
  if (v.startsWith('0x')) return hexToBytes(hexData(v, 'message'));
  return new TextEncoder().encode(v);
}

function authorizationFrom(v: unknown): { chainId: number; address: Hex; nonce: number } {
  const F = 'authorization';
  const a = object(v, F, ['chainId', 'address', 'nonce']);
  if (a.chainId === undefined) fail(`${F}.chainId`, 'missing (0 = valid on every chain, must be explicit)');
  if (a.nonce === undefined) fail(`${F}.nonce`, 'missing');
  return {
    chainId: smallQuantity(a.chainId, `${F}.chainId`),
    address: address(a.address, `${F}.address`),
    nonce: smallQuantity(a.nonce, `${F}.nonce`),
  };
}

// ---- parse once, for both prepare and assemble ----

type Parsed =
  | { kind: 'evm.transaction' | 'evm.rawTransaction'; tx: TransactionSerializable; from?: Hex }
  | { kind: 'evm.personalMessage'; bytes: Uint8Array }
  | { kind: 'evm.typedData'; typedData: TypedDataInput }
  | { kind: 'evm.authorization'; authorization: { chainId: number; address: Hex; nonce: number } };

function parse(payload: EvmPayload): Parsed {
  const p = object(payload, 'payload');
  const kind = p.kind;
  if (typeof kind !== 'string' || !(EVM_PAYLOAD_KINDS as readonly string[]).includes(kind)) {
    throw new CustosError('E_UNSUPPORTED', `kind: expected one of ${EVM_PAYLOAD_KINDS.join(', ')}`, { field: 'kind' });
  }
  switch (kind as EvmPayload['kind']) {
    case 'evm.transaction':
      object(p, 'payload', ['kind', 'transaction']);
      return { kind: 'evm.transaction', ...transactionFromRequest(p.transaction) };
    case 'evm.rawTransaction':
      object(p, 'payload', ['kind', 'serialized']);
      return { kind: 'evm.rawTransaction', tx: transactionFromSerialized(p.serialized) };
    case 'evm.personalMessage':
      object(p, 'payload', ['kind', 'message']);
      return { kind: 'evm.personalMessage', bytes: messageBytes(p.message) };
    case 'evm.typedData':
      object(p, 'payload', ['kind', 'typedData']);
      return { kind: 'evm.typedData', typedData: typedDataFrom(p.typedData) };
    case 'evm.authorization':
      object(p, 'payload', ['kind', 'authorization']);
      return { kind: 'evm.authorization', authorization: authorizationFrom(p.authorization) };
  }
}

/** Typed data with EIP712Domain in its types, as the hashers take it. */
function toHash(td: TypedDataInput) {
  return { ...td, types: { ...td.types, EIP712Domain: getTypesForEIP712Domain({ domain: td.domain as TypedDataDomain }) } };
}

function digestOf(parsed: Parsed): Hex {
  switch (parsed.kind) {
    case 'evm.transaction':
    case 'evm.rawTransaction':
      return keccak256(serializeTransaction(parsed.tx));
    case 'evm.personalMessage':
      return hashMessage({ raw: parsed.bytes });
    case 'evm.typedData':
      return guard('typedData', () => hashTypedDataBounded(toHash(parsed.typedData)));
    case 'evm.authorization':
      return hashAuthorization(parsed.authorization);
  }
}

/**
 * Validate an EVM payload and compute the 32-byte digest to sign and the policy facts.
 *
 * @throws CustosError E_BAD_INPUT (with `details.field`) for malformed input, a
 *   `from` other than `ctx.signer`, an already-signed transaction; E_UNSUPPORTED
 *   for an unknown kind or a blob sidecar.
 * @example
 *   const p = prepareEvm({ kind: 'evm.transaction', transaction: { type: '0x2', chainId: 1, nonce: 0, gas: 21000,
 *     maxFeePerGas: '0x3b9aca00', maxPriorityFeePerGas: 1, to: '0x…', value: '1000000000000000000' } }, ctx);
 *   p.facts.tx.valueEth // 1
 */
export function prepareEvm(payload: EvmPayload, ctx: EvmContext, known?: { digest: Hex }): PreparedEvm {
  const parsed = parse(payload);
  return prepared(parsed, hexToBytes(known?.digest ?? digestOf(parsed)), ctx);
}

/**
 * {@link prepareEvm} for a server: typed data (up to EIP712_LIMITS, tens of
 * milliseconds of hashing on a slow core) is hashed in slices that give the
 * event loop a turn; `known.digest`, when given, is used instead of hashing
 * (a caller's cache of this same payload's digest).
 * @example const p = await prepareEvmAsync(payload, ctx); p.digest // Uint8Array(32)
 */
export async function prepareEvmAsync(payload: EvmPayload, ctx: EvmContext, known?: { digest: Hex }): Promise<PreparedEvm> {
  const parsed = parse(payload);
  if (known) return prepared(parsed, hexToBytes(known.digest), ctx);
  let digest: Hex;
  if (parsed.kind === 'evm.typedData') {
    digest = await hashTypedDataYielding(toHash(parsed.typedData)).catch((e: unknown) => {
      throw asBadInput('typedData', e);
    });
  } else digest = digestOf(parsed);
  return prepared(parsed, hexToBytes(digest), ctx);
}

function prepared(parsed: Parsed, digest: Uint8Array, ctx: EvmContext): PreparedEvm {
  switch (parsed.kind) {
    case 'evm.transaction':
    case 'evm.rawTransaction': {
      if (parsed.from !== undefined && !isAddressEqual(parsed.from, ctx.signer)) {
        fail('transaction.from', 'does not match the signing key address');
      }
      const tx = txFacts(parsed.tx as TxView, ctx.signer, ctx);
      return { digest, facts: { tx }, valueUsd: tx.valueUsd, kind: parsed.kind };
    }
    case 'evm.personalMessage':
      return { digest, facts: { message: messageFacts(parsed.bytes, bytesToHex(digest)) }, valueUsd: 0, kind: parsed.kind };
    case 'evm.typedData': {
      const typedData = typedDataFacts(parsed.typedData, ctx);
      return { digest, facts: { typedData }, valueUsd: typedData.valueUsd, kind: parsed.kind };
    }
    case 'evm.authorization':
      return { digest, facts: { authorization: authorizationFacts(parsed.authorization) }, valueUsd: 0, kind: parsed.kind };
  }
}

/**
 * Assemble the signed result from the payload and a 65-byte r||s||v signature
 * (v = 27 + recovery id, as `ecdsaSign` returns; 0/1 also accepted) over
 * `prepareEvm(payload).digest`. The signature is not checked against a signer here.
 *
 * - transactions: `serializedTransaction` (legacy: EIP-155 v = chainId * 2 + 35 + recid;
 *   typed: yParity) and its `hash`;
 * - messages and typed data: `signature` only;
 * - authorizations: `authorization` with r, s, yParity.
 * @example assembleEvm(payload, ecdsaSign(secret, prepared.digest)).serializedTransaction // '0x02f8…'
 */
export function assembleEvm(payload: EvmPayload, signature65: Uint8Array): AssembledEvm {
  if (!(signature65 instanceof Uint8Array) || signature65.length !== 65) fail('signature', 'expected 65 bytes r||s||v');
  const v = signature65[64] as number;
  if (![0, 1, 27, 28].includes(v)) fail('signature', 'expected v of 27 or 28 (or 0/1)');
  const { r, s, yParity } = guard('signature', () => parseSignature(bytesToHex(signature65)));
  const signature = serializeSignature({ r, s, yParity });
  const parsed = parse(payload);
  switch (parsed.kind) {
    case 'evm.transaction':
    case 'evm.rawTransaction': {
      const serializedTransaction = serializeTransaction(parsed.tx, { r, s, v: 27n + BigInt(yParity), yParity });
      return { signature, serializedTransaction, hash: keccak256(serializedTransaction) };
    }
    case 'evm.personalMessage':
    case 'evm.typedData':
      return { signature };
    case 'evm.authorization':
      return { signature, authorization: { ...parsed.authorization, r, s, yParity } };
  }
}
