/**
 * Canonical JSON (RFC 8785 style for the values custos logs: objects with
 * sorted keys, arrays, strings, finite numbers, booleans, null). The audit
 * hash is computed over this form so an exported trail re-hashes identically
 * anywhere.
 */
export type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

export function canonicalJson(v: unknown): string {
  if (v === null || typeof v === 'boolean' || typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new TypeError('canonicalJson: non-finite number');
    return JSON.stringify(v);
  }
  if (typeof v === 'bigint') return JSON.stringify(v.toString());
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(',')}}`;
  }
  throw new TypeError(`canonicalJson: unsupported type ${typeof v}`);
}
