/**
 * Canonical JSON (RFC 8785 style for the values custos logs: objects with
 * sorted keys, arrays, strings, finite numbers, booleans, null). The audit
 * hash is computed over this form so an exported trail re-hashes identically
 * anywhere.
 *
 * The output is part of the stored format (row MACs, the audit hash chain,
 * request digests): it must never change. test/audit/canonical.test.ts keeps
 * the first implementation as the reference and compares outputs on random
 * values. What it writes, exactly:
 * - null, booleans, strings, finite numbers: as JSON.stringify (so -0 is `0`,
 *   1e21 is `1e+21`, a lone surrogate is `\udxxx`); a bigint as its decimal
 *   string, quoted; a non-finite number or any other type throws TypeError;
 * - an object: its own enumerable string-keyed members whose value is not
 *   undefined, sorted by UTF-16 code units (toJSON is not consulted);
 * - an array: every element (undefined throws), a hole as nothing (`[,1]`).
 */
export type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

export function canonicalJson(v: unknown): string {
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v);
    case 'number':
      if (!Number.isFinite(v)) throw new TypeError('canonicalJson: non-finite number');
      return JSON.stringify(v);
    case 'boolean':
      return v ? 'true' : 'false';
    case 'bigint':
      return `"${v.toString()}"`; // digits and a sign: nothing to escape
    case 'object':
      if (v === null) return 'null';
      return Array.isArray(v) ? arrayJson(v) : objectJson(v as Record<string, unknown>);
  }
  throw new TypeError(`canonicalJson: unsupported type ${typeof v}`);
}

function arrayJson(a: readonly unknown[]): string {
  const n = a.length;
  let s = '[';
  for (let i = 0; i < n; i++) {
    if (i > 0) s += ',';
    const x = a[i];
    if (x === undefined && !(i in a)) continue; // a hole writes nothing (as map + join did); an undefined element throws below
    s += canonicalJson(x);
  }
  return `${s}]`;
}

function objectJson(o: Record<string, unknown>): string {
  // Object.keys lists what Object.entries did (own, enumerable, string-keyed); the default sort
  // orders strings by UTF-16 code units, as the reference's `a < b` comparator did (keys are distinct).
  // Members are read in sorted order, not listing order: the same output for every object without
  // getters that change the object (custos passes data, never such objects).
  const keys = Object.keys(o).sort();
  let s = '{';
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const x = o[k];
    if (x === undefined) continue;
    if (s.length > 1) s += ',';
    s += memberPrefix(k) + canonicalJson(x);
  }
  return `${s}}`;
}

/**
 * `"key":` for a key, remembered for the short keys custos's rows and facts repeat on every call
 * (JSON.stringify per key was a third of the time); bounded so that keys from user data
 * (tags, list names) cannot grow it without limit.
 */
const PREFIXES = new Map<string, string>();
const PREFIXES_MAX = 4096;
const PREFIX_KEY_MAX = 64;
function memberPrefix(k: string): string {
  let p = PREFIXES.get(k);
  if (p === undefined) {
    p = `${JSON.stringify(k)}:`;
    if (k.length <= PREFIX_KEY_MAX && PREFIXES.size < PREFIXES_MAX) PREFIXES.set(k, p);
  }
  return p;
}
