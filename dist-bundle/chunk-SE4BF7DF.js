import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  checkBatchNames,
  ethereumAddress,
  nameTaken
} from "./chunk-GVE6EZRV.js";
import {
  bls12_381,
  getAlgorithm,
  parsePath,
  scrypt
} from "./chunk-DOFE7BQX.js";
import {
  sha256
} from "./chunk-MPHSVC72.js";
import {
  clean,
  concatBytes,
  equalBytes,
  fromHex,
  toHex,
  utf8
} from "./chunk-VQWF5TYP.js";
import {
  checkName,
  checkTags
} from "./chunk-T7RD2LC5.js";
import {
  CustosError,
  badInput
} from "./chunk-7E33BI2G.js";

// src/keystore/hsm-config.ts
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { isAbsolute, join } from "node:path";
var HSM_SETTINGS_FILE = "pkcs11.json";
function checkHsmSettings(s) {
  if (typeof s.module !== "string" || !isAbsolute(s.module)) throw badInput("the PKCS#11 module must be an absolute path (--module)", { field: "module" });
  if (typeof s.pinFile !== "string" || !isAbsolute(s.pinFile)) throw badInput("the PIN file must be an absolute path (--pin-file)", { field: "pin-file" });
  if (s.slot !== void 0 && (!Number.isSafeInteger(s.slot) || s.slot < 0))
    throw badInput("the slot must be a non-negative integer (--slot)", { field: "slot" });
  if (s.tokenLabel !== void 0 && (typeof s.tokenLabel !== "string" || s.tokenLabel.length === 0 || s.tokenLabel.length > 32)) {
    throw badInput("the token label must be 1-32 characters (--token-label)", { field: "token-label" });
  }
  if (s.slot === void 0 === (s.tokenLabel === void 0))
    throw badInput("name the token by --slot N or by --token-label L (one of them)", { field: "slot" });
  return {
    module: s.module,
    pinFile: s.pinFile,
    ...s.slot !== void 0 ? { slot: s.slot } : {},
    ...s.tokenLabel !== void 0 ? { tokenLabel: s.tokenLabel } : {}
  };
}
function hsmSettings(dataDir, env) {
  const file = join(dataDir, HSM_SETTINGS_FILE);
  let saved = {};
  if (existsSync(file)) {
    try {
      saved = JSON.parse(readFileSync(file, "utf8"));
    } catch {
      throw new CustosError("E_CONFIG", `${file}: not valid JSON`, { file });
    }
  }
  const slot = env.CUSTOS_PKCS11_SLOT;
  const merged = {
    ...saved,
    ...env.CUSTOS_PKCS11_MODULE ? { module: env.CUSTOS_PKCS11_MODULE } : {},
    ...env.CUSTOS_PKCS11_PIN_FILE ? { pinFile: env.CUSTOS_PKCS11_PIN_FILE } : {},
    ...slot ? { slot: Number(slot), tokenLabel: void 0 } : {},
    ...env.CUSTOS_PKCS11_TOKEN_LABEL ? { tokenLabel: env.CUSTOS_PKCS11_TOKEN_LABEL, slot: void 0 } : {}
  };
  if (merged.module === void 0) return void 0;
  for (const k of Object.keys(merged)) if (merged[k] === void 0) delete merged[k];
  return checkHsmSettings(merged);
}
function saveHsmSettings(dataDir, s) {
  const file = join(dataDir, HSM_SETTINGS_FILE);
  writeFileSync(file, `${JSON.stringify(s, null, 2)}
`, { mode: 384 });
  chmodSync(file, 384);
}
function hsmAccess(s) {
  let pin;
  try {
    pin = readFileSync(s.pinFile);
  } catch (e) {
    const code = e.code;
    throw new CustosError("E_CONFIG", `PIN file ${s.pinFile}: ${code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : "unreadable"}`, {
      file: s.pinFile
    });
  }
  let end = pin.length;
  while (end > 0 && (pin[end - 1] === 10 || pin[end - 1] === 13)) end--;
  const bytes = Uint8Array.from(pin.subarray(0, end));
  pin.fill(0);
  return {
    module: s.module,
    pin: bytes,
    ...s.slot !== void 0 ? { slot: s.slot } : {},
    ...s.tokenLabel !== void 0 ? { tokenLabel: s.tokenLabel } : {}
  };
}
function hostHsmAccess(dataDir, env = process.env) {
  const s = hsmSettings(dataDir, env);
  if (!s) {
    throw new CustosError(
      "E_CONFIG",
      `no HSM settings for ${dataDir}: give --module, --slot or --token-label and --pin-file (saved to ${join(dataDir, HSM_SETTINGS_FILE)}), or set CUSTOS_PKCS11_MODULE and CUSTOS_PKCS11_PIN_FILE`,
      { file: join(dataDir, HSM_SETTINGS_FILE) }
    );
  }
  return hsmAccess(s);
}

// src/formats/eip2335.ts
import { randomUUID } from "node:crypto";

// src/formats/keystore-crypto.ts
import { createCipheriv, pbkdf2Sync, randomBytes } from "node:crypto";
var KDF_LIMITS = {
  /** scrypt N <= 2^20 (the standard is 2^18). */
  scryptMaxLogN: 20,
  /** scrypt memory 128 * r * N <= 1 GiB. */
  scryptMaxMemory: 2 ** 30,
  /** scrypt work N * r * p <= 2^24 (standard files: 2^21). */
  scryptMaxWork: 2 ** 24,
  /** PBKDF2 iteration count c <= 10^7 (the standard is 262144). */
  pbkdf2MaxIterations: 1e7,
  /** Salt 1..1024 bytes. */
  maxSaltBytes: 1024
};
var DKLEN = 32;
function badKeystore(field, problem) {
  return new CustosError("E_BAD_KEYSTORE", `${field}: ${problem}`, { field });
}
function isRecord(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function getObject(obj, key, field) {
  const v = obj[key];
  if (!isRecord(v)) throw badKeystore(field, v === void 0 ? "missing" : "expected an object");
  return v;
}
function getString(obj, key, field) {
  const v = obj[key];
  if (typeof v !== "string") throw badKeystore(field, v === void 0 ? "missing" : "expected a string");
  return v;
}
function parseKeystoreJson(json) {
  let v = json;
  if (typeof json === "string") {
    if (json.length > 1e6) throw badKeystore("keystore", "larger than 1 MB");
    try {
      v = JSON.parse(json);
    } catch {
      throw badKeystore("keystore", "not valid JSON");
    }
  }
  if (!isRecord(v)) throw badKeystore("keystore", "expected a JSON object");
  return v;
}
function hexField(value, field, length) {
  let b;
  try {
    b = fromHex(value, field);
  } catch {
    throw badKeystore(field, "not valid hex");
  }
  if (length !== void 0 && b.length !== length) throw badKeystore(field, `expected ${length} bytes, got ${b.length}`);
  return b;
}
function intField(v, field, min, max) {
  if (typeof v !== "number" || !Number.isSafeInteger(v)) throw badKeystore(field, v === void 0 ? "missing" : "expected an integer");
  if (v < min || v > max) throw badKeystore(field, `must be between ${min} and ${max}`);
  return v;
}
function readKdfParams(kdf, params, field, kdfField) {
  const saltHex = getString(params, "salt", `${field}.salt`);
  const salt = hexField(saltHex, `${field}.salt`);
  if (salt.length < 1 || salt.length > KDF_LIMITS.maxSaltBytes) {
    throw badKeystore(`${field}.salt`, `expected 1..${KDF_LIMITS.maxSaltBytes} bytes`);
  }
  const dklen = intField(params["dklen"], `${field}.dklen`, DKLEN, DKLEN);
  if (kdf === "scrypt") {
    const n = intField(params["n"], `${field}.n`, 2, 2 ** KDF_LIMITS.scryptMaxLogN);
    if ((n & n - 1) !== 0) throw badKeystore(`${field}.n`, "must be a power of two");
    const r = intField(params["r"], `${field}.r`, 1, 1024);
    const p = intField(params["p"], `${field}.p`, 1, 1024);
    if (128 * r * n > KDF_LIMITS.scryptMaxMemory) throw badKeystore(`${field}.r`, "scrypt memory 128*r*n above 1 GiB");
    if (n * r * p > KDF_LIMITS.scryptMaxWork) throw badKeystore(`${field}.p`, "scrypt work n*r*p above 2^24");
    return { kdf: "scrypt", n, r, p, dklen, salt };
  }
  if (kdf === "pbkdf2") {
    const c = intField(params["c"], `${field}.c`, 1, KDF_LIMITS.pbkdf2MaxIterations);
    const prf = params["prf"];
    if (prf !== "hmac-sha256") throw badKeystore(`${field}.prf`, "only hmac-sha256 is supported");
    return { kdf: "pbkdf2", c, prf, dklen, salt };
  }
  throw badKeystore(kdfField, typeof kdf === "string" ? "unsupported KDF (scrypt or pbkdf2)" : "missing");
}
function newScryptParams(logN) {
  if (!Number.isSafeInteger(logN) || logN < 1 || logN > KDF_LIMITS.scryptMaxLogN) {
    throw badInput(`scryptLogN: expected 1..${KDF_LIMITS.scryptMaxLogN}`, { field: "scryptLogN" });
  }
  return { kdf: "scrypt", n: 2 ** logN, r: 8, p: 1, dklen: DKLEN, salt: Uint8Array.from(randomBytes(32)) };
}
function newPbkdf2Params(c) {
  if (!Number.isSafeInteger(c) || c < 1 || c > KDF_LIMITS.pbkdf2MaxIterations) {
    throw badInput(`pbkdf2Iterations: expected 1..${KDF_LIMITS.pbkdf2MaxIterations}`, {
      field: "pbkdf2Iterations"
    });
  }
  return { kdf: "pbkdf2", c, prf: "hmac-sha256", dklen: DKLEN, salt: Uint8Array.from(randomBytes(32)) };
}
function kdfParamsJson(k) {
  return k.kdf === "scrypt" ? { dklen: k.dklen, n: k.n, r: k.r, p: k.p, salt: toHex(k.salt) } : { dklen: k.dklen, c: k.c, prf: k.prf, salt: toHex(k.salt) };
}
function deriveKey(password, k) {
  if (k.kdf === "scrypt") {
    return scrypt(password, k.salt, { N: k.n, r: k.r, p: k.p, dkLen: k.dklen, maxmem: 2 * KDF_LIMITS.scryptMaxMemory });
  }
  const buf = pbkdf2Sync(password, k.salt, k.c, k.dklen, "sha256");
  const out = Uint8Array.from(buf);
  buf.fill(0);
  return out;
}
function aes128ctr(key, iv, data) {
  const c = createCipheriv("aes-128-ctr", key.subarray(0, 16), iv);
  const parts = [c.update(data), c.final()];
  const out = concatBytes(...parts);
  for (const p of parts) p.fill(0);
  return out;
}
function macOf(hash, dk, ciphertext) {
  return hash(concatBytes(dk.subarray(16, 32), ciphertext));
}
function openSecret(password, k, iv, ciphertext, mac, hash) {
  const dk = deriveKey(password, k);
  try {
    if (!equalBytes(macOf(hash, dk, ciphertext), mac)) {
      throw new CustosError("E_BAD_KEYSTORE_PASSWORD", "wrong keystore password (MAC mismatch)");
    }
    return aes128ctr(dk, iv, ciphertext);
  } finally {
    clean(dk);
  }
}
function sealSecret(password, k, secret, hash) {
  const dk = deriveKey(password, k);
  try {
    const iv = Uint8Array.from(randomBytes(16));
    const ct = aes128ctr(dk, iv, secret);
    return { iv: toHex(iv), ciphertext: toHex(ct), mac: toHex(macOf(hash, dk, ct)) };
  } finally {
    clean(dk);
  }
}

// src/formats/eip2335.ts
var BLS_ORDER = bls12_381.fields.Fr.ORDER;
function normalizeEip2335Password(password) {
  if (typeof password !== "string") throw badInput("password: expected a string", { field: "password" });
  if (new RegExp("\\p{Surrogate}", "u").test(password)) throw badInput("password: not well-formed Unicode", { field: "password" });
  return utf8(password.normalize("NFKD").replace(/[\u0000-\u001f\u007f-\u009f]/g, ""));
}
function blsPubkey(secret) {
  return toHex(bls12_381.longSignatures.getPublicKey(secret).toBytes(true));
}
function isBlsSecret(secret) {
  if (secret.length !== 32) return false;
  const n = BigInt("0x" + toHex(secret));
  return n > 0n && n < BLS_ORDER;
}
function decryptEip2335(json, password) {
  const pw = normalizeEip2335Password(password);
  try {
    const ks = parseKeystoreJson(json);
    if (ks["version"] !== 4) throw badKeystore("version", "expected 4");
    const c = getObject(ks, "crypto", "crypto");
    const kdf = getObject(c, "kdf", "crypto.kdf");
    const checksum = getObject(c, "checksum", "crypto.checksum");
    const cipher = getObject(c, "cipher", "crypto.cipher");
    const kdfParams = readKdfParams(kdf["function"], getObject(kdf, "params", "crypto.kdf.params"), "crypto.kdf.params", "crypto.kdf.function");
    if (getString(checksum, "function", "crypto.checksum.function") !== "sha256") {
      throw badKeystore("crypto.checksum.function", "unsupported checksum (sha256 only)");
    }
    const mac = hexField(getString(checksum, "message", "crypto.checksum.message"), "crypto.checksum.message", 32);
    if (getString(cipher, "function", "crypto.cipher.function") !== "aes-128-ctr") {
      throw badKeystore("crypto.cipher.function", "unsupported cipher (aes-128-ctr only)");
    }
    const cipherParams = getObject(cipher, "params", "crypto.cipher.params");
    const iv = hexField(getString(cipherParams, "iv", "crypto.cipher.params.iv"), "crypto.cipher.params.iv", 16);
    const ciphertext = hexField(getString(cipher, "message", "crypto.cipher.message"), "crypto.cipher.message", 32);
    let pubkey;
    if (ks["pubkey"] !== void 0 && ks["pubkey"] !== "") {
      pubkey = toHex(hexField(getString(ks, "pubkey", "pubkey"), "pubkey", 48));
    }
    const secret = openSecret(pw, kdfParams, iv, ciphertext, mac, sha256);
    if (!isBlsSecret(secret)) {
      clean(secret);
      throw badKeystore("crypto.cipher.message", "decrypts to an invalid BLS12-381 secret key");
    }
    if (pubkey !== void 0 && blsPubkey(secret) !== pubkey) {
      clean(secret);
      throw badKeystore("pubkey", "does not match the decrypted secret key");
    }
    return secret;
  } finally {
    clean(pw);
  }
}
function encryptEip2335(secret, password, opts) {
  if (!(secret instanceof Uint8Array) || !isBlsSecret(secret)) {
    throw badInput("secret: expected a 32-byte BLS12-381 secret key (1 <= sk < r)", { field: "secret" });
  }
  if (typeof opts !== "object" || opts === null) throw badInput("opts: expected an object", { field: "opts" });
  if (typeof opts.path !== "string") throw badInput("path: expected a string", { field: "path" });
  const path = opts.path === "" ? "" : parsePath(opts.path, "eip2334").text;
  const m = typeof opts.pubkey === "string" ? /^(?:0x)?([0-9a-fA-F]{96})$/.exec(opts.pubkey) : null;
  if (!m) throw badInput("pubkey: expected 48 bytes of hex", { field: "pubkey" });
  const pubkey = (m[1] ?? "").toLowerCase();
  if (pubkey !== blsPubkey(secret)) throw badInput("pubkey: does not match the secret key", { field: "pubkey" });
  if (opts.description !== void 0 && typeof opts.description !== "string") {
    throw badInput("description: expected a string", { field: "description" });
  }
  const kdfName = opts.kdf ?? "scrypt";
  let kdf;
  if (kdfName === "scrypt") kdf = newScryptParams(opts.scryptLogN ?? 18);
  else if (kdfName === "pbkdf2") kdf = newPbkdf2Params(opts.pbkdf2Iterations ?? 262144);
  else throw badInput('kdf: expected "scrypt" or "pbkdf2"', { field: "kdf" });
  const pw = normalizeEip2335Password(password);
  try {
    const sealed = sealSecret(pw, kdf, secret, sha256);
    return {
      crypto: {
        kdf: { function: kdf.kdf, params: kdfParamsJson(kdf), message: "" },
        checksum: { function: "sha256", params: {}, message: sealed.mac },
        cipher: { function: "aes-128-ctr", params: { iv: sealed.iv }, message: sealed.ciphertext }
      },
      ...opts.description !== void 0 ? { description: opts.description } : {},
      pubkey,
      path,
      uuid: randomUUID(),
      version: 4
    };
  } finally {
    clean(pw);
  }
}
var ETH2_PATH_TAG = "eth2-path";
function eip2335Path(content) {
  try {
    const p = JSON.parse(content)?.path;
    return typeof p === "string" && p !== "" && p.length <= 256 ? parsePath(p, "eip2334").text : null;
  } catch {
    return null;
  }
}

// src/keystore/import-batch.ts
import { randomUUID as randomUUID2 } from "node:crypto";

// src/keystore/keystore-pool.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
var defaultThreads = () => availableParallelism();
var FROM_SOURCE = import.meta.url.endsWith(".ts");
var WORKER_URL = new URL(FROM_SOURCE ? "./keystore-worker.ts" : "./keystore-worker.js", import.meta.url);
var startWorker = () => FROM_SOURCE ? new Worker(
  `import(${JSON.stringify(import.meta.resolve("tsx/esm/api"))}).then((t) => { t.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`,
  { eval: true }
) : new Worker(WORKER_URL);
function atSource(e, source) {
  if (source === void 0) return new CustosError(e.code, e.message, e.details);
  return new CustosError(e.code, `${source}: ${e.message}`, { ...e.details, source });
}
async function decryptKeystores(format, jobs, opts = {}) {
  const { secrets, failures } = await runPool(format, jobs, opts, true);
  if (failures.size > 0) {
    for (const s of secrets) if (s) clean(s);
    throw failures.get(Math.min(...failures.keys()));
  }
  return secrets;
}
async function decryptKeystoresSettled(format, jobs, opts = {}) {
  const { secrets, failures } = await runPool(format, jobs, opts, false);
  return jobs.map((_, i) => secrets[i] ?? failures.get(i));
}
async function runPool(format, jobs, opts, stopOnFailure) {
  if (jobs.length === 0) return { secrets: [], failures: /* @__PURE__ */ new Map() };
  const threads = Math.max(1, Math.min(opts.threads ?? defaultThreads(), jobs.length));
  const secrets = new Array(jobs.length);
  const failures = /* @__PURE__ */ new Map();
  const workers = [];
  let next = 0;
  let done = 0;
  try {
    await new Promise((resolve, reject) => {
      let busy = 0;
      const stopped = () => stopOnFailure && failures.size > 0 || next >= jobs.length;
      const finished = () => busy === 0 && stopped();
      const dispatch = (w) => {
        if (stopped()) {
          if (finished()) resolve();
          return;
        }
        const id = next++;
        busy++;
        const job = jobs[id];
        w.postMessage({ id, format, content: job.content, password: job.password });
      };
      for (let t = 0; t < threads; t++) {
        const w = startWorker();
        workers.push(w);
        w.on("message", (r) => {
          busy--;
          if ("secret" in r) {
            secrets[r.id] = r.secret;
            opts.onProgress?.(++done, jobs.length);
          } else {
            failures.set(r.id, atSource(r.error, jobs[r.id].source));
          }
          dispatch(w);
        });
        w.on("error", (err) => reject(new CustosError("E_INTERNAL", "a keystore decryption worker failed", void 0, { cause: err })));
        w.on("exit", (code) => {
          if (code !== 0) reject(new CustosError("E_INTERNAL", `a keystore decryption worker exited (${code})`));
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
      w.removeAllListeners("exit");
      void w.terminate();
    }
  }
}

// src/keystore/import-batch.ts
var MAX_BATCH_KEYS = 1e5;
function at(source, fn) {
  try {
    return fn();
  } catch (e) {
    if (e instanceof CustosError) throw atSource(e, source);
    throw e;
  }
}
function algorithmOf(spec, item) {
  const type = item.type ?? spec.type;
  if (spec.format === "raw") return getAlgorithm(type ?? "secp256k1").name;
  const fixed = spec.format === "keystore-v3" ? "secp256k1" : "bls12-381";
  if (type !== void 0 && type !== fixed) throw badInput(`${spec.format} holds ${fixed} keys, not ${type}`, { field: "type" });
  return fixed;
}
async function importBatch(keys, store, spec, actor, opts = {}) {
  const n = spec.items.length;
  if (n === 0) throw badInput("the batch holds no keys", { field: "items" });
  if (n > MAX_BATCH_KEYS)
    throw new CustosError("E_TOO_LARGE", `a batch holds at most ${MAX_BATCH_KEYS} keys, not ${n}: split the input`, { limit: MAX_BATCH_KEYS });
  const batchTags = checkTags(spec.tags ?? {});
  const planned = spec.items.map(
    (item) => at(item.source, () => ({
      name: checkName(item.name, "key"),
      algorithm: algorithmOf(spec, item),
      tags: checkTags({ ...batchTags, ...item.tags }),
      source: item.source
    }))
  );
  checkBatchNames(planned);
  if (spec.format !== "raw") {
    for (const p of planned) if (await store.read.getKeyByName(p.name)) throw nameTaken(p.name, p.source ?? p.name);
  }
  let secrets = [];
  try {
    if (spec.format === "raw") {
      secrets = spec.items.map((item) => at(item.source, () => fromHex(item.content, "secret", 32)));
    } else {
      const jobs = spec.items.map((item) => {
        const password = item.password ?? spec.password;
        if (password === void 0) throw atSource(badInput(`a ${spec.format} import needs the keystore password`, { field: "password" }), item.source);
        return { content: item.content, password, ...item.source ? { source: item.source } : {} };
      });
      const threads = Math.min(opts.threads ?? defaultThreads(), jobs.length);
      secrets = await decryptKeystores(spec.format, jobs, {
        ...opts.threads ? { threads: opts.threads } : {},
        ...opts.progress ? { onProgress: (done, total) => opts.progress({ phase: "decrypt", done, total, threads }) } : {}
      });
    }
    opts.progress?.({ phase: "write", total: n });
    const batch = randomUUID2();
    const pathTag = (i) => {
      const path = spec.format === "eip2335" ? eip2335Path(spec.items[i].content) : null;
      return path !== null ? { [ETH2_PATH_TAG]: path } : {};
    };
    const entries = planned.map((p, i) => ({
      spec: { name: p.name, algorithm: p.algorithm, exportable: spec.exportable ?? false, allowRaw: spec.allowRaw === true, tags: { ...pathTag(i), ...p.tags } },
      secret: secrets[i],
      ...p.source ? { source: p.source } : {}
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
        ...k.algorithm === "secp256k1" ? { ethereumAddress: ethereumAddress(k.publicKey) } : {}
      }))
    };
  } finally {
    for (const s of secrets) clean(s);
  }
}

export {
  HSM_SETTINGS_FILE,
  checkHsmSettings,
  saveHsmSettings,
  hsmAccess,
  hostHsmAccess,
  badKeystore,
  isRecord,
  getObject,
  getString,
  parseKeystoreJson,
  hexField,
  readKdfParams,
  newScryptParams,
  kdfParamsJson,
  openSecret,
  sealSecret,
  decryptEip2335,
  encryptEip2335,
  ETH2_PATH_TAG,
  eip2335Path,
  atSource,
  decryptKeystoresSettled,
  MAX_BATCH_KEYS,
  importBatch
};
