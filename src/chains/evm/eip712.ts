/**
 * EIP-712 hashing with bounded work per request (issue #12: a stolen agent
 * token must not be able to stall the server with one request).
 *
 * viem's `hashTypedData` recomputes `encodeType` of a struct (a walk of its
 * whole dependency graph, then keccak of the string) for every struct
 * *instance*: 10,000 instances of a type that reaches 1,000 types cost
 * 10,000 x 20 KB of keccak (55 s on the event loop). Here each struct type is
 * encoded and hashed once per request (`typeHash` cache), and the request is
 * refused before any hashing when it exceeds {@link EIP712_LIMITS}, so the
 * work is linear in a bounded input. The hash is the same as viem's and
 * ethers' (test/chains/evm-eip712.test.ts compares them on generated shapes):
 *
 *   digest     = keccak256(0x1901 || hashStruct(EIP712Domain, domain) || hashStruct(primaryType, message))
 *   hashStruct = keccak256(abi.encode(typeHash(T), encodeField(f1), ...))       EIP-712 §"Definition of hashStruct"
 *   typeHash   = keccak256(encodeType(T))                                         §"Definition of encodeType"
 *   encodeField: struct -> hashStruct; string / bytes -> keccak256(bytes);
 *                array -> keccak256(concat(encodeField(e) as 32-byte words)); atomic -> its abi word
 *
 * keccak256 (noble's, directly for long strings, to hash them in slices), the ABI
 * words and hex are viem's; this module only schedules them.
 *
 * @example
 *   const budget = new Eip712Budget();
 *   budget.types(types, ['EIP712Domain', primaryType], 'typedData.types'); // E_BAD_INPUT naming the limit
 *   // ... charge every value while validating: budget.value(field, depth), budget.array(n, field), budget.struct(...) ...
 *   hashTypedDataBounded({ domain, types, primaryType, message }) // '0x…' (32 bytes)
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { type AbiParameter, type Hex, bytesToHex, concat, encodeAbiParameters, hexToBytes, keccak256, stringToBytes, stringToHex } from 'viem';
import { type CustosError, badInput } from '../../errors.js';

/**
 * The most one typed-data request may ask for. Generous for every real shape
 * (docs/chains-evm.md §"Limits"): Seaport OrderComponents is 3 types of at
 * most 11 fields and ~1.3 KB to hash, a Seaport bulk order of height 7
 * (128 orders) ~170 KB, a Permit2 batch of 100 tokens ~16 KB.
 */
export const EIP712_LIMITS = {
  /** Struct types in `types` (EIP712Domain not counted). */
  types: 64,
  /** Fields of one struct type. */
  fieldsPerType: 64,
  /** Nesting of struct and array values below the message (Seaport's bulk-order tree of height 24 is 27). */
  depth: 32,
  /** Elements of one array. */
  arrayLength: 1024,
  /**
   * Bytes hashed in all: ABI words of every struct and array, string and bytes contents, the encodeType strings.
   * 256 KiB is ~25 ms of keccak on a slow core (long strings are hashed in 16 KiB slices).
   */
  encodedBytes: 256 * 1024,
} as const;

export type Eip712Limit = keyof typeof EIP712_LIMITS;

/** E_BAD_INPUT naming the limit, its value and the field where it was crossed. */
export function limitExceeded(limit: Eip712Limit, field: string, what: string): CustosError {
  return badInput(`${field}: ${what} exceeds the EIP-712 limit ${limit} = ${EIP712_LIMITS[limit]}`, { field, limit, max: EIP712_LIMITS[limit] });
}

type Field = { readonly name: string; readonly type: string };
export type Eip712Types = Record<string, readonly Field[]>;

const ARRAY_SUFFIX = /(\[[0-9]*\])+$/;

/** The struct types each field type names (array suffixes dropped), per type: computed once per request. */
function children(types: Eip712Types): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const [name, fields] of Object.entries(types)) {
    const c = new Set<string>();
    for (const f of fields) {
      const base = f.type.replace(ARRAY_SUFFIX, '');
      if (Object.hasOwn(types, base)) c.add(base);
    }
    out.set(name, c);
  }
  return out;
}

/** The struct types `name` references, transitively (itself excluded), in sorted order (EIP-712 encodeType). */
function dependencies(graph: Map<string, Set<string>>, name: string): string[] {
  const seen = new Set<string>([name]);
  const stack = [name];
  while (stack.length) {
    for (const c of graph.get(stack.pop()!) ?? []) {
      if (!seen.has(c)) {
        seen.add(c);
        stack.push(c);
      }
    }
  }
  seen.delete(name);
  return [...seen].sort();
}

const member = (name: string, fields: readonly Field[]): string => `${name}(${fields.map((f) => `${f.type} ${f.name}`).join(',')})`;

/** EIP-712 encodeType: `Primary(type name,...)` then its dependencies sorted by name. */
export function encodeType(types: Eip712Types, name: string, graph: Map<string, Set<string>> = children(types)): string {
  return [name, ...dependencies(graph, name)].map((t) => member(t, types[t] ?? [])).join('');
}

/**
 * Counts the work a request asks for while it is validated, and refuses it
 * (E_BAD_INPUT naming the limit) as soon as a limit is crossed: before any hashing.
 */
export class Eip712Budget {
  private bytesLeft: number = EIP712_LIMITS.encodedBytes;

  /** The type section: number of types and fields per type, then the encodeType strings of the structs that can be hashed. */
  types(types: Eip712Types, roots: readonly string[], field: string): void {
    const names = Object.keys(types);
    const count = names.filter((n) => n !== 'EIP712Domain').length;
    if (count > EIP712_LIMITS.types) throw limitExceeded('types', field, `${count} struct types`);
    for (const n of names) {
      const fields = types[n]?.length ?? 0;
      if (fields > EIP712_LIMITS.fieldsPerType) throw limitExceeded('fieldsPerType', `${field}.${n}`, `${fields} fields`);
    }
    // Only structs reachable from the roots are ever hashed, each encodeType once.
    const size = new Map<string, number>();
    const sizeOf = (t: string): number => {
      let n = size.get(t);
      if (n === undefined) size.set(t, (n = Buffer.byteLength(member(t, types[t] ?? []), 'utf8')));
      return n;
    };
    const graph = children(types);
    for (const r of new Set([...roots, ...roots.flatMap((r) => dependencies(graph, r))])) {
      if (!Object.hasOwn(types, r)) continue;
      this.bytes(sizeOf(r) + dependencies(graph, r).reduce((a, t) => a + sizeOf(t), 0), `${field}.${r}`);
    }
  }

  /** One value at nesting `depth` (0 = a field of the message or domain). Every value also costs a 32-byte word of its struct or array, so encodedBytes bounds their number (8,192 at most). */
  value(field: string, depth: number): void {
    if (depth > EIP712_LIMITS.depth) throw limitExceeded('depth', field, `nesting depth ${depth}`);
  }

  /** An array of `length` elements (32 bytes each in its hash). */
  array(length: number, field: string): void {
    if (length > EIP712_LIMITS.arrayLength) throw limitExceeded('arrayLength', field, `an array of ${length} elements`);
    this.bytes(32 * length, field);
  }

  /** A struct of `fields` fields (its abi encoding: typeHash and one word per field). */
  struct(fields: number, field: string): void {
    this.bytes(32 * (fields + 1), field);
  }

  /** `n` bytes hashed (string and bytes contents, ABI words). */
  bytes(n: number, field: string): void {
    this.bytesLeft -= n;
    if (this.bytesLeft < 0) throw limitExceeded('encodedBytes', field, `more than ${EIP712_LIMITS.encodedBytes} bytes to hash`);
  }
}

const BYTES32: AbiParameter = { type: 'bytes32' };

/** Strings and bytes longer than this are hashed incrementally (noble's keccak_256.create), a slice between yields. */
const HASH_SLICE = 16 * 1024;

/** keccak256 of `bytes`, yielding between 16 KiB slices: one 256 KiB keccak is ~25 ms of a slow core. */
function* keccakSliced(bytes: Uint8Array): Generator<void, Hex> {
  if (bytes.length <= HASH_SLICE) return keccak256(bytes);
  const h = keccak_256.create();
  for (let i = 0; i < bytes.length; i += HASH_SLICE) {
    h.update(bytes.subarray(i, i + HASH_SLICE));
    yield;
  }
  return bytesToHex(h.digest());
}

export interface TypedDataToHash {
  domain: Record<string, unknown>;
  /** Including EIP712Domain. */
  types: Eip712Types;
  primaryType: string;
  message: Record<string, unknown>;
}

/**
 * The hashing as a generator that yields after each struct, so a driver can
 * pause it (hashTypedDataYielding) or run it through (hashTypedDataBounded).
 * It yields before each field value.
 */
function* digestSteps(td: TypedDataToHash): Generator<void, Hex> {
  const { types } = td;
  const typeHashes = new Map<string, Hex>();
  const graph = children(types);
  const typeHash = (name: string): Hex => {
    let h = typeHashes.get(name);
    if (h === undefined) typeHashes.set(name, (h = keccak256(stringToHex(encodeType(types, name, graph)))));
    return h;
  };
  function* hashStruct(name: string, data: Record<string, unknown>): Generator<void, Hex> {
    const params: AbiParameter[] = [BYTES32];
    const values: unknown[] = [typeHash(name)];
    for (const f of types[name] ?? []) {
      const [p, v] = yield* encodeField(f.type, data[f.name]);
      params.push(p);
      values.push(v);
    }
    return keccak256(encodeAbiParameters(params, values));
  }
  function* encodeField(type: string, value: unknown): Generator<void, [AbiParameter, unknown]> {
    yield;
    if (Object.hasOwn(types, type)) return [BYTES32, yield* hashStruct(type, value as Record<string, unknown>)];
    if (type === 'bytes') return [BYTES32, yield* keccakSliced(hexToBytes(value as Hex))];
    if (type === 'string') return [BYTES32, yield* keccakSliced(stringToBytes(value as string))];
    if (type.endsWith(']')) {
      const inner = type.slice(0, type.lastIndexOf('['));
      const params: AbiParameter[] = [];
      const values: unknown[] = [];
      for (const x of value as unknown[]) {
        const [p, v] = yield* encodeField(inner, x);
        params.push(p);
        values.push(v);
      }
      return [BYTES32, keccak256(encodeAbiParameters(params, values))];
    }
    return [{ type }, value];
  }
  const domain = yield* hashStruct('EIP712Domain', td.domain);
  const message = yield* hashStruct(td.primaryType, td.message);
  return keccak256(concat(['0x1901', domain, message]));
}

/**
 * The EIP-712 digest of typed data already validated (integers as bigint,
 * addresses and bytes as hex, every struct complete) and within
 * {@link EIP712_LIMITS}; `types` includes EIP712Domain. Each struct type's
 * typeHash is computed once.
 * @example hashTypedDataBounded({ domain, types: { EIP712Domain, Mail, Person }, primaryType: 'Mail', message }) // '0xbe609aee…'
 */
export function hashTypedDataBounded(td: TypedDataToHash): Hex {
  const steps = digestSteps(td);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * {@link hashTypedDataBounded} that gives the event loop a turn (setImmediate)
 * whenever it has run for `sliceMs`: a request at the limits hashes for tens
 * of milliseconds on a slow machine, and other requests are answered meanwhile.
 * @example await hashTypedDataYielding(td) // same digest as hashTypedDataBounded(td)
 */
export async function hashTypedDataYielding(td: TypedDataToHash, sliceMs = 5): Promise<Hex> {
  const steps = digestSteps(td);
  let until = performance.now() + sliceMs;
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() >= until) {
      await new Promise<void>((resolve) => setImmediate(resolve));
      until = performance.now() + sliceMs;
    }
  }
}
