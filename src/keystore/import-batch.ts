/**
 * Bulk import (`custos key import --from DIR|FILE.jsonl`, operation
 * key.importBatch): many keys, one durable transaction. Everything is checked
 * before anything is written, cheapest first: the batch size, every name and
 * tag set, names repeated inside the batch or (keystores) already stored, then the
 * secrets are decoded (raw hex here; keystores on every core through the
 * worker pool, keystore/keystore-pool.ts), and only then are all keys sealed
 * and written in one transaction by `Keys.importSecrets` (one `key.import`
 * audit event per key, all carrying the batch id). Any failure names the
 * entry's source (file or line) and leaves the store as it was.
 */
import { randomUUID } from 'node:crypto';
import { CustosError, badInput } from '../errors.js';
import { getAlgorithm } from '../crypto/algorithms.js';
import { clean, fromHex, toHex } from '../crypto/bytes.js';
import type { Store } from '../store/store.js';
import { checkBatchNames, nameTaken, type ImportEntry, type Keys } from './keys.js';
import { checkName, checkTags } from './refs.js';
import { atSource, decryptKeystores, defaultThreads, type KeystoreFormat } from './keystore-pool.js';
import { ETH2_PATH_TAG, eip2335Path } from '../formats/eip2335.js';

/** Largest batch: keys per import (local mode; a server's contract allows fewer per request). */
export const MAX_BATCH_KEYS = 100_000;

/** One entry of a batch: the key's name, its raw hex secret or keystore JSON text, and where it came from. */
export interface BatchItem {
  name: string;
  content: string;
  /** raw: key type (default: the batch's, else secp256k1). */
  type?: string;
  tags?: Record<string, string>;
  /** keystore formats: this entry's password (default: the batch's). */
  password?: string;
  /** A file or `FILE:LINE`, named in errors (public). */
  source?: string;
}

export interface BatchSpec {
  format: 'raw' | KeystoreFormat;
  items: readonly BatchItem[];
  password?: string;
  type?: string;
  exportable?: boolean;
  allowRaw?: boolean;
  tags?: Record<string, string>;
}

/** Progress of a batch: keystores decrypted so far, then the write. */
export type BatchProgress = (event: { phase: 'decrypt'; done: number; total: number; threads: number } | { phase: 'write'; total: number }) => void;

export interface BatchResult {
  imported: number;
  batch: string;
  /** Each key's public key, and its Ethereum address when it is secp256k1 (its other addresses: `key show`). */
  keys: { name: string; algorithm: string; publicKey: string; ethereumAddress?: string }[];
}

/** Run a check for one entry; its error names the entry's source. */
function at<T>(source: string | undefined, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof CustosError) throw atSource(e, source);
    throw e;
  }
}

/** The algorithm an entry imports as: raw takes --type (default secp256k1); a keystore format fixes it. */
function algorithmOf(spec: BatchSpec, item: BatchItem): string {
  const type = item.type ?? spec.type;
  if (spec.format === 'raw') return getAlgorithm(type ?? 'secp256k1').name;
  const fixed = spec.format === 'keystore-v3' ? 'secp256k1' : 'bls12-381';
  if (type !== undefined && type !== fixed) throw badInput(`${spec.format} holds ${fixed} keys, not ${type}`, { field: 'type' });
  return fixed;
}

/**
 * Import a batch; resolves when its one transaction is durable.
 *
 * @example
 *   await importBatch(keys, inst.store, { format: 'raw', items: [{ name: 'k1', content: hex }] }, 'local:ops');
 */
export async function importBatch(
  keys: Keys,
  store: Store,
  spec: BatchSpec,
  actor: string,
  opts: { threads?: number; progress?: BatchProgress } = {},
): Promise<BatchResult> {
  const n = spec.items.length;
  if (n === 0) throw badInput('the batch holds no keys', { field: 'items' });
  if (n > MAX_BATCH_KEYS)
    throw new CustosError('E_TOO_LARGE', `a batch holds at most ${MAX_BATCH_KEYS} keys, not ${n}: split the input`, { limit: MAX_BATCH_KEYS });
  const batchTags = checkTags(spec.tags ?? {});
  const planned = spec.items.map((item) =>
    at(item.source, () => ({
      name: checkName(item.name, 'key'),
      algorithm: algorithmOf(spec, item),
      tags: checkTags({ ...batchTags, ...item.tags }),
      source: item.source,
    })),
  );
  checkBatchNames(planned);
  // Keystores: names already stored are refused before minutes of KDF. Raw keys cost nothing to decode:
  // the check inside the batch's transaction (which every batch gets, against racing writers) suffices.
  if (spec.format !== 'raw') {
    for (const p of planned) if (await store.read.getKeyByName(p.name)) throw nameTaken(p.name, p.source ?? p.name);
  }
  let secrets: Uint8Array[] = [];
  try {
    if (spec.format === 'raw') {
      secrets = spec.items.map((item) => at(item.source, () => fromHex(item.content, 'secret', 32)));
    } else {
      const jobs = spec.items.map((item) => {
        const password = item.password ?? spec.password;
        if (password === undefined) throw atSource(badInput(`a ${spec.format} import needs the keystore password`, { field: 'password' }), item.source);
        return { content: item.content, password, ...(item.source ? { source: item.source } : {}) };
      });
      const threads = Math.min(opts.threads ?? defaultThreads(), jobs.length);
      secrets = await decryptKeystores(spec.format, jobs, {
        ...(opts.threads ? { threads: opts.threads } : {}),
        ...(opts.progress ? { onProgress: (done, total) => opts.progress!({ phase: 'decrypt', done, total, threads }) } : {}),
      });
    }
    opts.progress?.({ phase: 'write', total: n });
    const batch = randomUUID();
    const pathTag = (i: number): Record<string, string> => {
      const path = spec.format === 'eip2335' ? eip2335Path(spec.items[i]!.content) : null;
      return path !== null ? { [ETH2_PATH_TAG]: path } : {};
    };
    const entries: ImportEntry[] = planned.map((p, i) => ({
      spec: {
        name: p.name,
        algorithm: p.algorithm,
        exportable: spec.exportable ?? false,
        allowRaw: spec.allowRaw === true,
        tags: { ...pathTag(i), ...p.tags },
      },
      secret: secrets[i]!,
      ...(p.source ? { source: p.source } : {}),
    }));
    for (const e of entries) at(e.source, () => getAlgorithm(e.spec.algorithm).validateSecret(e.secret));
    const imported = await keys.importSecrets(entries, actor, { format: spec.format, batch, batchSize: n });
    return {
      imported: imported.length,
      batch,
      keys: imported.map((k) => ({
        name: k.name,
        algorithm: k.algorithm,
        publicKey: toHex(k.publicKey),
        ...(k.ethereumAddress !== undefined ? { ethereumAddress: k.ethereumAddress } : {}),
      })),
    };
  } finally {
    for (const s of secrets) clean(s);
  }
}
