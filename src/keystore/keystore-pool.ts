/**
 * Decrypt many keystore files (Ethereum keystore v3, EIP-2335) on every core:
 * a pool of worker threads (keystore/keystore-worker.ts), one KDF per job,
 * jobs handed out as workers free up. The secrets come back in input order;
 * on the first failure no new job starts, every secret already decrypted is
 * zeroed, and the error of the earliest failing entry is thrown, naming its
 * source (file or line). Used by the bulk import (keystore/import-batch.ts).
 * `decryptKeystoresSettled` runs every job and answers a secret or an error
 * for each (the eth2 keymanager API's per-keystore status).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CustosError, type ErrorCode } from '../errors.js';
import { clean } from '../crypto/bytes.js';

export type KeystoreFormat = 'keystore-v3' | 'eip2335';

/** One keystore to open: its JSON text, its password, and where it came from. */
export interface KeystoreJob {
  content: string;
  password: string;
  source?: string;
}

/** The message a worker receives. */
export interface PoolJob {
  id: number;
  format: KeystoreFormat;
  content: string;
  password: string;
}

/** What a worker answers: the secret (transferred), or the decoder's error (code, message, public details). */
export type PoolReply = { id: number; secret: Uint8Array } | { id: number; error: { code: ErrorCode; message: string; details?: Record<string, unknown> } };

export interface DecryptOptions {
  /** Worker threads (default: every core, at most one per job). */
  threads?: number;
  /** Called after each keystore is decrypted. */
  onProgress?: (done: number, total: number) => void;
}

/** Number of worker threads a pool uses by default: one per core. */
export const defaultThreads = (): number => availableParallelism();

// Built (dist/), the worker is keystore-worker.js beside this file. Under tsx (tests, benchmarks) both are
// .ts files and a worker thread does not inherit tsx's loader hooks: it registers them before importing.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCE ? './keystore-worker.ts' : './keystore-worker.js', import.meta.url);
const startWorker = (): Worker =>
  FROM_SOURCE
    ? new Worker(
        `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((t) => { t.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`,
        { eval: true },
      )
    : new Worker(WORKER_URL);

/** The same error with the entry's source in front of the message and in details.source. */
export function atSource(e: { code: ErrorCode; message: string; details?: Record<string, unknown> | undefined }, source: string | undefined): CustosError {
  if (source === undefined) return new CustosError(e.code, e.message, e.details);
  return new CustosError(e.code, `${source}: ${e.message}`, { ...e.details, source });
}

/**
 * Decrypt every job; resolves with the secrets in job order (the caller zeroes them).
 *
 * @example
 *   const secrets = await decryptKeystores('eip2335', files.map((f) => ({ content: f.text, password, source: f.name })));
 */
export async function decryptKeystores(format: KeystoreFormat, jobs: readonly KeystoreJob[], opts: DecryptOptions = {}): Promise<Uint8Array[]> {
  const { secrets, failures } = await runPool(format, jobs, opts, true);
  if (failures.size > 0) {
    for (const s of secrets) if (s) clean(s);
    throw failures.get(Math.min(...failures.keys()))!;
  }
  return secrets as Uint8Array[];
}

/**
 * Decrypt every job, each on its own: a secret, or the error naming that entry, in job order (the
 * keymanager API answers a status per keystore). The caller zeroes the secrets.
 *
 * @example
 *   const out = await decryptKeystoresSettled('eip2335', jobs); // (Uint8Array | CustosError)[]
 */
export async function decryptKeystoresSettled(
  format: KeystoreFormat,
  jobs: readonly KeystoreJob[],
  opts: DecryptOptions = {},
): Promise<(Uint8Array | CustosError)[]> {
  const { secrets, failures } = await runPool(format, jobs, opts, false);
  return jobs.map((_, i) => secrets[i] ?? failures.get(i)!);
}

/** The pool: workers take jobs as they free up; with `stopOnFailure` no job starts after the first failure. */
async function runPool(
  format: KeystoreFormat,
  jobs: readonly KeystoreJob[],
  opts: DecryptOptions,
  stopOnFailure: boolean,
): Promise<{ secrets: (Uint8Array | undefined)[]; failures: Map<number, CustosError> }> {
  if (jobs.length === 0) return { secrets: [], failures: new Map() };
  const threads = Math.max(1, Math.min(opts.threads ?? defaultThreads(), jobs.length));
  const secrets: (Uint8Array | undefined)[] = new Array<Uint8Array | undefined>(jobs.length);
  const failures = new Map<number, CustosError>();
  const workers: Worker[] = [];
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let busy = 0;
      const stopped = () => (stopOnFailure && failures.size > 0) || next >= jobs.length;
      const finished = () => busy === 0 && stopped();
      const dispatch = (w: Worker) => {
        if (stopped()) {
          if (finished()) resolve();
          return;
        }
        const id = next++;
        busy++;
        const job = jobs[id]!;
        w.postMessage({ id, format, content: job.content, password: job.password } satisfies PoolJob);
      };
      for (let t = 0; t < threads; t++) {
        const w = startWorker();
        workers.push(w);
        w.on('message', (r: PoolReply) => {
          busy--;
          if ('secret' in r) {
            secrets[r.id] = r.secret;
            opts.onProgress?.(++done, jobs.length);
          } else {
            failures.set(r.id, atSource(r.error, jobs[r.id]!.source));
          }
          dispatch(w);
        });
        w.on('error', (err) => reject(new CustosError('E_INTERNAL', 'a keystore decryption worker failed', undefined, { cause: err })));
        w.on('exit', (code) => {
          if (code !== 0) reject(new CustosError('E_INTERNAL', `a keystore decryption worker exited (${code})`));
        });
        dispatch(w);
      }
    });
    return { secrets, failures };
  } catch (e) {
    for (const s of secrets) if (s) clean(s);
    throw e;
  } finally {
    for (const w of workers) {
      w.removeAllListeners('exit');
      void w.terminate();
    }
  }
}
