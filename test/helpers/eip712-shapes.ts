/**
 * Generated EIP-712 typed data: random type graphs with values that fit
 * them (for differential tests against viem and ethers), and hostile
 * variants (cycles, self-references, missing types, huge arrays, deep
 * nesting, many types, invalid names) for the hostile-input suite.
 * Deterministic from a seed (mulberry32), so fast-check only draws seeds.
 */
import type { TypedDataJson } from './typed-data-bombs.js';

type Field = { name: string; type: string };

/** mulberry32: a small deterministic PRNG; `int(n)` is in 0..n-1. */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]! };
}
type Rng = ReturnType<typeof rng>;

const ATOMIC = ['uint8', 'uint256', 'uint160', 'uint48', 'int8', 'int256', 'address', 'bool', 'string', 'bytes', 'bytes1', 'bytes32', 'bytes4'] as const;

function hex(r: Rng, bytes: number): string {
  let s = '0x';
  for (let i = 0; i < bytes; i++) s += r.int(256).toString(16).padStart(2, '0');
  return s;
}

function atomicValue(r: Rng, type: string): unknown {
  const int = /^(u?)int(\d+)$/.exec(type);
  if (int) {
    const bits = BigInt(int[2]!);
    const signed = int[1] === '';
    const max = signed ? 2n ** (bits - 1n) - 1n : 2n ** bits - 1n;
    const min = signed ? -(2n ** (bits - 1n)) : 0n;
    const v = r.pick([0n, 1n, max, min, BigInt(r.int(1_000_000)) % (max + 1n)]);
    return r.int(2) ? v.toString() : v >= 0n && v <= 2n ** 53n - 1n ? Number(v) : v.toString();
  }
  if (type === 'address') return hex(r, 20);
  if (type === 'bool') return r.int(2) === 0;
  if (type === 'string') return r.pick(['', 'hello', 'ünïcødé 💥', 'x'.repeat(r.int(300))]);
  if (type === 'bytes') return hex(r, r.int(70));
  const bytes = /^bytes(\d+)$/.exec(type);
  if (bytes) return hex(r, Number(bytes[1]));
  throw new Error(`no value for ${type}`);
}

function valueOf(r: Rng, types: Record<string, Field[]>, type: string, depth: number): unknown {
  const arr = /^(.*)\[(\d*)\]$/.exec(type);
  if (arr) {
    const n = arr[2] === '' ? (depth > 4 ? 0 : r.int(4)) : Number(arr[2]);
    return Array.from({ length: n }, () => valueOf(r, types, arr[1]!, depth + 1));
  }
  if (Object.hasOwn(types, type)) return Object.fromEntries(types[type]!.map((f) => [f.name, valueOf(r, types, f.type, depth + 1)]));
  return atomicValue(r, type);
}

/**
 * A valid typed-data request: 1..6 struct types S0..S5, each field atomic or a
 * later struct (acyclic, so ethers accepts it too), with array suffixes
 * (`[]`, `[k]`, two dimensions); a random subset of the domain fields.
 */
export function validShape(seed: number, opts: { cycles?: boolean } = {}): TypedDataJson {
  const r = rng(seed);
  const n = 1 + r.int(6);
  const types: Record<string, Field[]> = {};
  for (let i = 0; i < n; i++) {
    const fields: Field[] = [];
    const count = r.int(6) + (i === 0 ? 1 : 0);
    for (let j = 0; j < count; j++) {
      let base: string = r.pick(ATOMIC);
      if (i < n - 1 && r.int(3) === 0) base = `S${i + 1 + r.int(n - i - 1)}`;
      const dims = r.pick(['', '', '[]', `[${1 + r.int(3)}]`, '[][]', '[2][]']);
      fields.push({ name: `f${j}`, type: base + dims });
    }
    types[`S${i}`] = fields;
  }
  // Every later struct reachable from S0 (ethers refuses unused types).
  for (let i = 1; i < n; i++)
    if (!Object.values(types).some((fs) => fs.some((f) => f.type.replace(/(\[\d*\])+$/, '') === `S${i}`)))
      types.S0!.push({ name: `link${i}`, type: `S${i}[]` });
  if (opts.cycles && n > 1) types[`S${n - 1}`]!.push({ name: 'back', type: 'S0[]' }); // a cycle through an (empty) array
  const message = valueOf(r, types, 'S0', 0) as Record<string, unknown>;
  if (opts.cycles && n > 1)
    (function clear(v: unknown): void {
      if (Array.isArray(v)) v.forEach(clear);
      else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) k === 'back' ? ((v as Record<string, unknown>)[k] = []) : clear(x);
    })(message);
  const domain: Record<string, unknown> = {};
  if (r.int(2)) domain.name = 'Gen';
  if (r.int(2)) domain.version = String(r.int(5));
  if (r.int(2)) domain.chainId = 1 + r.int(100_000);
  if (r.int(2)) domain.verifyingContract = hex(r, 20);
  if (r.int(4) === 0) domain.salt = hex(r, 32);
  return { types, primaryType: 'S0', domain, message };
}

export const HOSTILE_KINDS = [
  'selfReference',
  'cycle',
  'missingType',
  'hugeArray',
  'deepNesting',
  'manyTypes',
  'manyFields',
  'bigString',
  'protoName',
  'badTypeName',
  'wrongValue',
  'extraField',
  'missingField',
  'noPrimary',
  'domainPrimary',
  'fixedLengthMismatch',
  'chainBomb',
] as const;
export type HostileKind = (typeof HOSTILE_KINDS)[number];

/** A valid shape turned hostile by `kind`; many are refused (E_BAD_INPUT), some (a finite cycle) are valid. */
export function hostileShape(seed: number, kind: HostileKind): unknown {
  const r = rng(seed ^ 0x5bd1e995);
  const td = validShape(seed) as TypedDataJson & Record<string, unknown>;
  const s0 = td.types.S0!;
  switch (kind) {
    case 'selfReference':
      s0.push({ name: 'self', type: r.int(2) ? 'S0[]' : 'S0' });
      td.message.self = r.int(2) ? [] : { ...td.message };
      return td;
    case 'cycle':
      return validShape(seed, { cycles: true });
    case 'missingType':
      s0.push({ name: 'ghost', type: r.pick(['Missing', 'Missing[]', 'uint7', 'bytes33', 'int', 'uint', 'function']) });
      td.message.ghost = r.pick([{}, [], '1', '0x00']);
      return td;
    case 'hugeArray':
      s0.push({ name: 'huge', type: 'uint8[]' });
      td.message.huge = Array.from({ length: 1025 + r.int(4000) }, () => 1);
      return td;
    case 'deepNesting': {
      const depth = 20 + r.int(30);
      for (let i = 0; i < depth; i++) td.types[`D${i}`] = [{ name: 'd', type: i === depth - 1 ? 'uint8' : `D${i + 1}` }];
      s0.push({ name: 'deep', type: 'D0' });
      let v: unknown = 1;
      for (let i = depth - 1; i >= 0; i--) v = { d: v };
      td.message.deep = v;
      return td;
    }
    case 'manyTypes':
      for (let i = 0; i < 60 + r.int(200); i++) td.types[`X${i}`] = [{ name: 'a', type: 'uint8' }];
      return td;
    case 'manyFields':
      for (let i = 0; i < 60 + r.int(100); i++) s0.push({ name: `m${i}`, type: 'uint8' });
      for (let i = 0; i < s0.length; i++) if (s0[i]!.name.startsWith('m')) td.message[s0[i]!.name] = 1;
      return td;
    case 'bigString':
      s0.push({ name: 'big', type: 'string' });
      td.message.big = 'b'.repeat(200_000 + r.int(200_000));
      return td;
    case 'protoName':
      return { ...td, types: JSON.parse(`{"__proto__":[{"name":"a","type":"uint8"}],${JSON.stringify(td.types).slice(1)}`) };
    case 'badTypeName':
      td.types[r.pick(['a b', 'S(0)', 'uint256', 'bytes32', 'Ünï', ''])] = [{ name: 'a', type: 'uint8' }];
      return td;
    case 'wrongValue':
      s0.push({ name: 'w', type: r.pick(['uint8', 'int8', 'address', 'bytes4', 'bool']) });
      td.message.w = r.pick([256, -129, '0x1234', '0xzz', 'true', null, {}, [], 1.5, '1e3', '0x' + '00'.repeat(21)]);
      return td;
    case 'extraField':
      td.message[`extra${r.int(10)}`] = 1;
      return td;
    case 'missingField':
      s0.push({ name: 'needed', type: 'uint8' });
      return td;
    case 'noPrimary':
      return { ...td, primaryType: r.pick(['Nope', '', 'EIP712Domain', 'constructor', '__proto__']) };
    case 'domainPrimary':
      return { ...td, types: { ...td.types, EIP712Domain: [{ name: 'name', type: 'string' }] }, domain: { version: '1' } };
    case 'fixedLengthMismatch':
      s0.push({ name: 'fixed', type: 'uint8[3]' });
      td.message.fixed = [1, 2];
      return td;
    case 'chainBomb': {
      const types = 65 + r.int(200);
      const t: Record<string, Field[]> = { P: [{ name: 'items', type: 'T0[]' }] };
      for (let i = 0; i < types; i++) t[`T${i}`] = i === types - 1 ? [] : [{ name: 'n', type: `T${i + 1}[]` }];
      return { types: t, primaryType: 'P', domain: {}, message: { items: Array.from({ length: 2000 }, () => ({ n: [] })) } };
    }
  }
}
