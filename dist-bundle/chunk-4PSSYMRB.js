import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  badInput
} from "./chunk-7E33BI2G.js";

// src/crypto/argon2.ts
import { Algorithm, hashRaw } from "@node-rs/argon2";
var ARGON2_DEFAULTS = { memoryKib: 64 * 1024, iterations: 3, parallelism: 1 };
var ARGON2_MINIMUM = { memoryKib: 1024, iterations: 1, parallelism: 1 };
function checkArgon2Params(p) {
  const ints = [p.memoryKib, p.iterations, p.parallelism].every((n) => Number.isSafeInteger(n));
  if (!ints || p.memoryKib < ARGON2_MINIMUM.memoryKib || p.memoryKib > 4 * 1024 * 1024) {
    throw badInput("argon2 memory must be an integer between 1 MiB and 4 GiB", { field: "memoryKib" });
  }
  if (p.iterations < 1 || p.iterations > 100) throw badInput("argon2 iterations must be 1..100", { field: "iterations" });
  if (p.parallelism < 1 || p.parallelism > 16) throw badInput("argon2 parallelism must be 1..16", { field: "parallelism" });
  return p;
}
function isWeakArgon2(p) {
  return p.memoryKib < ARGON2_DEFAULTS.memoryKib || p.iterations < ARGON2_DEFAULTS.iterations;
}
async function argon2id(passphrase, salt, p) {
  checkArgon2Params(p);
  const input = Buffer.from(passphrase);
  let out;
  try {
    out = await hashRaw(input, {
      algorithm: Algorithm.Argon2id,
      memoryCost: p.memoryKib,
      timeCost: p.iterations,
      parallelism: p.parallelism,
      outputLen: 32,
      salt: Buffer.from(salt)
    });
  } finally {
    input.fill(0);
  }
  const key = Uint8Array.from(out);
  out.fill(0);
  return key;
}

export {
  ARGON2_DEFAULTS,
  checkArgon2Params,
  isWeakArgon2,
  argon2id
};
