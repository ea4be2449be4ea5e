/**
 * Argon2id (RFC 9106) through @node-rs/argon2, a native (Rust) binding. The
 * parameters are stored with each sealed instance so they can be raised later.
 * Runs on libuv's thread pool, off the event loop.
 */
import { Algorithm, hashRaw } from '@node-rs/argon2';
import { badInput } from '../errors.js';

export interface Argon2Params {
  /** Memory in KiB. */
  memoryKib: number;
  iterations: number;
  parallelism: number;
}

/** Production default: 64 MiB, t=3, p=1 (RFC 9106 second recommended option, scaled to 64 MiB). */
export const ARGON2_DEFAULTS: Argon2Params = { memoryKib: 64 * 1024, iterations: 3, parallelism: 1 };

/** Lowest cost accepted at all; below the defaults custos warns (tests use this). */
export const ARGON2_MINIMUM: Argon2Params = { memoryKib: 1024, iterations: 1, parallelism: 1 };

export function checkArgon2Params(p: Argon2Params): Argon2Params {
  const ints = [p.memoryKib, p.iterations, p.parallelism].every((n) => Number.isSafeInteger(n));
  if (!ints || p.memoryKib < ARGON2_MINIMUM.memoryKib || p.memoryKib > 4 * 1024 * 1024) {
    throw badInput('argon2 memory must be an integer between 1 MiB and 4 GiB', { field: 'memoryKib' });
  }
  if (p.iterations < 1 || p.iterations > 100) throw badInput('argon2 iterations must be 1..100', { field: 'iterations' });
  if (p.parallelism < 1 || p.parallelism > 16) throw badInput('argon2 parallelism must be 1..16', { field: 'parallelism' });
  return p;
}

export function isWeakArgon2(p: Argon2Params): boolean {
  return p.memoryKib < ARGON2_DEFAULTS.memoryKib || p.iterations < ARGON2_DEFAULTS.iterations;
}

/** Derive a 32-byte key from a passphrase. */
export async function argon2id(passphrase: Uint8Array, salt: Uint8Array, p: Argon2Params): Promise<Uint8Array> {
  checkArgon2Params(p);
  const input = Buffer.from(passphrase);
  let out: Buffer;
  try {
    out = await hashRaw(input, {
      algorithm: Algorithm.Argon2id,
      memoryCost: p.memoryKib,
      timeCost: p.iterations,
      parallelism: p.parallelism,
      outputLen: 32,
      salt: Buffer.from(salt),
    });
  } finally {
    input.fill(0);
  }
  const key = Uint8Array.from(out);
  out.fill(0);
  return key;
}
