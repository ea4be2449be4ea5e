/**
 * What a request row keeps. An allowed request keeps its payload as sent
 * (it is planned again, and signs, from that). A denied one will never be
 * planned again, so it keeps a digest of its payload instead: a stolen token
 * that submits megabytes of denied payloads stores a few hundred bytes each.
 * Stored facts are a record of the decision for people (its digest is in the
 * decision), so long strings in them are shortened: the payload is stored
 * once, not again inside the facts.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../audit/canonical.js';
import { getAlgorithm } from '../crypto/algorithms.js';
import type { RequestRecord } from '../store/records.js';

/** A signing payload as stored: the client's payload plus the request's note and tags. */
export type StoredPayload = ({ type: string } & Record<string, unknown>) & { note: string; tags: Record<string, string> };

/** Longest string kept in stored facts; longer ones keep their start, length and SHA-256. */
export const MAX_FACT_STRING = 256;

/**
 * The payload's canonical form for comparing a retry with what was stored:
 * an omitted raw signature scheme means the key's default.
 */
function normalForm(p: Record<string, unknown>, algorithm: string): string {
  return canonicalJson(p.type === 'raw' && !p.scheme ? { ...p, scheme: getAlgorithm(algorithm).defaultScheme } : p);
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** What a denied request keeps of its payload: type, key, note, tags, and the digest and size of the rest. */
export function deniedPayload(p: StoredPayload, algorithm: string): Record<string, unknown> {
  const normal = normalForm(p, algorithm);
  return {
    type: p.type,
    ...(typeof p.key === 'string' ? { key: p.key } : {}),
    note: p.note,
    tags: p.tags,
    omitted: 'denied',
    sha256: sha256(normal),
    bytes: normal.length,
  };
}

/**
 * Whether a retried submission is the request stored under its idempotency
 * key: the same payload (for a denied one, the same digest).
 */
export function sameRequest(prior: RequestRecord, retry: StoredPayload): boolean {
  const algorithm = (JSON.parse(prior.facts) as { key: { algorithm: string } }).key.algorithm;
  const stored = JSON.parse(prior.payload) as Record<string, unknown>;
  const normal = normalForm(retry, algorithm);
  if (stored.omitted === 'denied') return stored.sha256 === sha256(normal);
  return normalForm(stored, algorithm) === normal;
}

/**
 * Facts as stored: strings longer than MAX_FACT_STRING keep their start and say what was cut. An
 * object becomes a plain copy of its own enumerable members (built in a loop: the entries, map and
 * fromEntries arrays per object were most of the row's cost; a member named `__proto__` stays a member).
 */
export function storedFacts(facts: unknown): unknown {
  if (typeof facts === 'string')
    return facts.length <= MAX_FACT_STRING ? facts : `${facts.slice(0, 64)}… (${facts.length} characters, sha256 ${sha256(facts)})`;
  if (Array.isArray(facts)) return facts.map(storedFacts);
  if (facts && typeof facts === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(facts)) {
      const v = storedFacts((facts as Record<string, unknown>)[k]);
      if (k === '__proto__') Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
      else out[k] = v;
    }
    return out;
  }
  return facts;
}
