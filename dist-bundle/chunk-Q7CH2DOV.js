import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  badKeystore,
  decryptEip2335,
  encryptEip2335,
  getObject,
  getString,
  hexField,
  hostHsmAccess,
  importBatch,
  kdfParamsJson,
  newScryptParams,
  openSecret,
  parseKeystoreJson,
  readKdfParams,
  sealSecret
} from "./chunk-SE4BF7DF.js";
import {
  ARGON2_DEFAULTS,
  isWeakArgon2
} from "./chunk-4PSSYMRB.js";
import {
  DEFAULT_RPC_FORWARD,
  ThresholdCoordinator,
  auditActor,
  checkPublicKey,
  checksumAddress,
  combineShares,
  ethereumAddress,
  isSafeKey,
  parseHash,
  prepareSignature,
  rebuildRisk,
  requireRole,
  signatureRefused,
  signingBytes,
  splitSecret
} from "./chunk-GVE6EZRV.js";
import {
  THRESHOLD_ALGORITHMS,
  exportTrail,
  getAlgorithm,
  isThresholdAlgorithm,
  parseCurve,
  verifyStoredTrail
} from "./chunk-DOFE7BQX.js";
import {
  secp256k1
} from "./chunk-MPHSVC72.js";
import {
  clean,
  fromHex,
  toHex,
  utf8
} from "./chunk-VQWF5TYP.js";
import {
  EVM_ADDRESS_RE
} from "./chunk-T7RD2LC5.js";
import {
  keccak_256
} from "./chunk-3SZH5XTH.js";
import {
  CustosError,
  badInput,
  isCustosError,
  toCustosError
} from "./chunk-7E33BI2G.js";

// src/formats/keystore-v3.ts
import { randomUUID } from "node:crypto";
var UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function addressOf(secret) {
  return toHex(keccak_256(secp256k1.getPublicKey(secret, false).subarray(1)).subarray(12));
}
function passwordBytes(password) {
  if (typeof password !== "string") throw badInput("password: expected a string", { field: "password" });
  return utf8(password);
}
function decryptKeystoreV3(json, password) {
  const pw = passwordBytes(password);
  const ks = parseKeystoreJson(json);
  if (ks["version"] !== 3) throw badKeystore("version", "expected 3");
  const cryptoKey = ks["crypto"] !== void 0 ? "crypto" : "Crypto";
  const c = getObject(ks, cryptoKey, "crypto");
  const cipher = getString(c, "cipher", "crypto.cipher");
  if (cipher !== "aes-128-ctr") throw badKeystore("crypto.cipher", "unsupported cipher (aes-128-ctr only)");
  const iv = hexField(getString(getObject(c, "cipherparams", "crypto.cipherparams"), "iv", "crypto.cipherparams.iv"), "crypto.cipherparams.iv", 16);
  const ciphertext = hexField(getString(c, "ciphertext", "crypto.ciphertext"), "crypto.ciphertext", 32);
  const mac = hexField(getString(c, "mac", "crypto.mac"), "crypto.mac", 32);
  const kdfParams = readKdfParams(c["kdf"], getObject(c, "kdfparams", "crypto.kdfparams"), "crypto.kdfparams", "crypto.kdf");
  let expectedAddress;
  if (ks["address"] !== void 0) {
    expectedAddress = toHex(hexField(getString(ks, "address", "address"), "address", 20));
  }
  try {
    const secret = openSecret(pw, kdfParams, iv, ciphertext, mac, keccak_256);
    if (!secp256k1.utils.isValidSecretKey(secret)) {
      clean(secret);
      throw badKeystore("crypto.ciphertext", "decrypts to an invalid secp256k1 private key");
    }
    if (expectedAddress !== void 0 && addressOf(secret) !== expectedAddress) {
      clean(secret);
      throw badKeystore("address", "does not match the decrypted key");
    }
    return secret;
  } finally {
    clean(pw);
  }
}
function encryptKeystoreV3(secret, password, opts = {}) {
  if (!(secret instanceof Uint8Array) || secret.length !== 32) {
    throw badInput("secret: expected 32 bytes", { field: "secret" });
  }
  if (!secp256k1.utils.isValidSecretKey(secret)) throw badInput("secret: not a valid secp256k1 private key", { field: "secret" });
  const uuid = opts.uuid ?? randomUUID();
  if (typeof uuid !== "string" || !UUID_RE.test(uuid)) throw badInput("uuid: expected an RFC 4122 UUID", { field: "uuid" });
  let address;
  if (opts.address !== void 0) {
    const m = typeof opts.address === "string" ? /^(?:0x)?([0-9a-fA-F]{40})$/.exec(opts.address) : null;
    if (!m) throw badInput("address: expected 20 bytes of hex", { field: "address" });
    address = (m[1] ?? "").toLowerCase();
    if (address !== addressOf(secret)) throw badInput("address: does not match the secret key", { field: "address" });
  }
  const kdf = newScryptParams(opts.scryptLogN ?? 18);
  const pw = passwordBytes(password);
  try {
    const sealed = sealSecret(pw, kdf, secret, keccak_256);
    return {
      version: 3,
      id: uuid.toLowerCase(),
      ...address !== void 0 ? { address } : {},
      crypto: {
        ciphertext: sealed.ciphertext,
        cipherparams: { iv: sealed.iv },
        cipher: "aes-128-ctr",
        kdf: "scrypt",
        kdfparams: kdfParamsJson(kdf),
        mac: sealed.mac
      }
    };
  } finally {
    clean(pw);
  }
}

// src/api/sign-evm.ts
async function submitEvm(ctx, key, payload, meta, curve) {
  if (!curve && await ctx.safes.isAccount(key))
    return ctx.requests.submit(ctx.actor, await ctx.safes.payloadFor(key, payload), meta);
  return ctx.requests.submit(ctx.actor, { type: "evm", key, ...curve ? { curve } : {}, payload }, meta);
}

// src/api/eth-rpc.ts
var RPC = { denied: 4001, pending: -32050, invalidParams: -32602, notFound: -32601, internal: -32603, unavailable: -32010 };
var RpcError = class extends Error {
  constructor(code, message, data) {
    super(message);
    this.code = code;
    this.data = data;
  }
  code;
  data;
};
async function upstream(ctx, method, params) {
  const url = ctx.chains.eth.upstream;
  if (!url) throw new RpcError(RPC.notFound, `${method}: no upstream Ethereum node is configured (serve --eth-rpc URL)`);
  let res;
  try {
    res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
      signal: AbortSignal.timeout(15e3)
    });
  } catch {
    throw new RpcError(RPC.unavailable, `the upstream Ethereum node did not answer ${method}`);
  }
  const body = await res.json().catch(() => null);
  if (!body) throw new RpcError(RPC.unavailable, `the upstream Ethereum node sent no JSON for ${method}`);
  if (body.error) throw new RpcError(body.error.code, body.error.message, body.error.data);
  return body.result;
}
async function accounts(ctx) {
  const out = /* @__PURE__ */ new Map();
  for (const k of await ctx.keys.list()) {
    if (k.algorithm !== "secp256k1" || k.state !== "active" || !k.publicKey) continue;
    const address = isSafeKey(k) ? checksumAddress(fromHex(k.publicKey)) : ethereumAddress(fromHex(k.publicKey));
    out.set(address.toLowerCase(), { key: k.name, address, tags: k.tags });
  }
  return out;
}
function listedTo(actor, tags) {
  if (actor.role !== "agent") return true;
  const names = (tags["eth.accounts"] ?? "").split(",").map((s) => s.trim());
  return names.includes("*") || names.includes(actor.name);
}
async function keyFor(ctx, address, field) {
  if (typeof address !== "string" || !EVM_ADDRESS_RE.test(address)) throw badInput(`${field}: expected an address`, { field });
  const found = await ctx.keys.nameForAddress(address);
  if (!found) throw new RpcError(RPC.invalidParams, `custos holds no active key for ${address}`);
  return found;
}
async function chainId(ctx) {
  if (ctx.chains.eth.chainId !== void 0) return ctx.chains.eth.chainId;
  return Number(BigInt(await upstream(ctx, "eth_chainId", [])));
}
async function signEvm(ctx, key, payload) {
  const v = await submitEvm(ctx, key, payload, {});
  if (v.status === "signed") return v.result ?? {};
  if (v.status === "pending" || v.status === "approved") {
    throw new RpcError(RPC.pending, `custos request ${v.id} is ${v.status}: it waits for ${v.waitingFor?.approvals ? "approvals" : "its delay"}`, {
      requestId: v.id,
      status: v.status,
      waitingFor: v.waitingFor,
      rule: v.rule
    });
  }
  throw new RpcError(RPC.denied, `${v.status} by custos policy: ${v.error?.message ?? v.reason}`, { requestId: v.id, status: v.status, rule: v.rule });
}
function txParam(p) {
  if (!p || typeof p !== "object" || Array.isArray(p)) throw badInput("transaction: expected an object", { field: "transaction" });
  return p;
}
async function fill(ctx, tx) {
  const out = { ...tx };
  out.chainId ??= `0x${(await chainId(ctx)).toString(16)}`;
  out.nonce ??= await upstream(ctx, "eth_getTransactionCount", [tx.from, "pending"]);
  if (out.gas === void 0 && out.gasLimit === void 0) {
    const { gasPrice: _g, maxFeePerGas: _m, maxPriorityFeePerGas: _p, ...est } = out;
    out.gas = await upstream(ctx, "eth_estimateGas", [est]);
  }
  if (out.gasPrice === void 0 && out.maxFeePerGas === void 0) {
    const block = await upstream(ctx, "eth_getBlockByNumber", ["latest", false]);
    const tip = BigInt(await upstream(ctx, "eth_maxPriorityFeePerGas", []).catch(() => "0x3b9aca00"));
    if (block.baseFeePerGas) {
      out.type ??= "0x2";
      out.maxPriorityFeePerGas = `0x${tip.toString(16)}`;
      out.maxFeePerGas = `0x${(BigInt(block.baseFeePerGas) * 2n + tip).toString(16)}`;
    } else {
      out.gasPrice = await upstream(ctx, "eth_gasPrice", []);
    }
  }
  return out;
}
async function dispatch(ctx, method, params) {
  switch (method) {
    case "eth_accounts":
    case "eth_requestAccounts":
      return [...(await accounts(ctx)).values()].filter((a) => listedTo(ctx.actor, a.tags)).map((a) => a.address);
    case "eth_chainId":
      return `0x${(await chainId(ctx)).toString(16)}`;
    case "personal_sign":
      return (await signEvm(ctx, await keyFor(ctx, params[1], "params[1]"), { kind: "evm.personalMessage", message: params[0] })).signature;
    case "eth_sign":
      return (await signEvm(ctx, await keyFor(ctx, params[0], "params[0]"), { kind: "evm.personalMessage", message: params[1] })).signature;
    case "eth_signTypedData_v4": {
      const raw = params[1];
      let typedData = raw;
      if (typeof raw === "string") {
        try {
          typedData = JSON.parse(raw);
        } catch {
          throw new RpcError(RPC.invalidParams, "typed data is not valid JSON");
        }
      }
      return (await signEvm(ctx, await keyFor(ctx, params[0], "params[0]"), { kind: "evm.typedData", typedData })).signature;
    }
    case "eth_signTransaction": {
      const tx = txParam(params[0]);
      const key = await keyFor(ctx, tx.from, "transaction.from");
      if (await ctx.safes.isAccount(key))
        throw new RpcError(RPC.invalidParams, `${tx.from} is a Safe account: its calls are SafeTxs its owners sign; send them with eth_sendTransaction`);
      const filled = tx.chainId === void 0 ? { ...tx, chainId: `0x${(await chainId(ctx)).toString(16)}` } : tx;
      return (await signEvm(ctx, key, { kind: "evm.transaction", transaction: filled })).serializedTransaction;
    }
    case "eth_sendTransaction": {
      const tx = txParam(params[0]);
      const key = await keyFor(ctx, tx.from, "transaction.from");
      if (await ctx.safes.isAccount(key)) {
        const signed2 = await signEvm(ctx, key, { kind: "evm.transaction", transaction: tx });
        return (await ctx.safes.execute(key, signed2.execTransaction, auditActor(ctx.actor))).txHash;
      }
      const signed = await signEvm(ctx, key, { kind: "evm.transaction", transaction: await fill(ctx, tx) });
      return upstream(ctx, "eth_sendRawTransaction", [signed.serializedTransaction]);
    }
    default:
      if (!(ctx.chains.eth.forward ?? new Set(DEFAULT_RPC_FORWARD)).has(method))
        throw new RpcError(RPC.notFound, `${method.slice(0, 64)} is not available through custos (see serve --eth-rpc-forward)`);
      return upstream(ctx, method, params);
  }
}
function rpcError(e) {
  if (e instanceof RpcError) return { code: e.code, message: e.message, ...e.data !== void 0 ? { data: e.data } : {} };
  const c = toCustosError(e);
  const code = c.code === "E_BAD_INPUT" || c.code === "E_UNSUPPORTED" || c.code === "E_KEY_NOT_FOUND" ? RPC.invalidParams : c.code === "E_INTERNAL" ? RPC.internal : -32e3;
  const field = typeof c.details?.field === "string" ? { field: c.details.field } : {};
  return { code, message: c.code === "E_INTERNAL" ? "internal error" : c.message, data: { code: c.code, ...field } };
}
async function ethRpc(ctx, req) {
  const id = req.id ?? null;
  try {
    const params = req.params ?? [];
    if (!Array.isArray(params)) throw new RpcError(RPC.invalidParams, "params must be an array");
    return { jsonrpc: "2.0", id, result: await dispatch(ctx, req.method, params) };
  } catch (e) {
    if (isCustosError(e, "E_SEALED")) throw e;
    return { jsonrpc: "2.0", id, error: rpcError(e) };
  }
}

// src/keystore/backup.ts
async function createBackup(inst, keys, wallets, target, spec, actor) {
  inst.assertUnsealed();
  const split = (secret) => splitSecret(secret, {
    groupThreshold: spec.groupThreshold,
    groups: spec.groups,
    ...spec.passphrase ? { passphrase: spec.passphrase } : {},
    ...spec.iterationExponent !== void 0 ? { iterationExponent: spec.iterationExponent } : {}
  });
  let subject;
  let groups;
  if ("wallet" in target) {
    subject = `wallet/${target.wallet}`;
    groups = await wallets.withSeed(target.wallet, (seed) => {
      if (seed.length > 32) {
        throw new CustosError(
          "E_UNSUPPORTED",
          `wallet "${target.wallet}" has a ${seed.length}-byte BIP39 seed; SLIP-39 backs up 16..32-byte seeds. Back it up with its BIP39 mnemonic, or create wallets with --no-show for SLIP-39 backups`
        );
      }
      return split(seed);
    });
  } else {
    subject = `key/${target.key}`;
    groups = await keys.withExportableSecret(target.key, (secret) => split(secret));
  }
  await inst.mutate(async () => ({
    result: void 0,
    audit: {
      actor,
      action: "backup.create",
      subject,
      details: { scheme: "slip39", groupThreshold: spec.groupThreshold, groups: spec.groups.map(([t, n]) => `${t}/${n}`), withPhrase: !!spec.passphrase }
    }
  }));
  return groups;
}
async function restoreBackup(keys, wallets, name, mnemonics, passphrase, target, actor) {
  const secret = combineShares(mnemonics, passphrase);
  try {
    if ("wallet" in target) {
      return {
        wallet: await wallets.storeSeed(
          name,
          secret,
          "restored",
          actor,
          { scheme: "slip39", bytes: secret.length, shares: mnemonics.length },
          { allowRaw: target.allowRaw === true }
        )
      };
    }
    const alg = getAlgorithm(target.algorithm);
    if (secret.length !== 32) throw new CustosError("E_BAD_SHARES", `a ${alg.name} key is 32 bytes; these shares hold ${secret.length}`);
    return {
      key: await keys.importSecret(
        { name, algorithm: alg.name, exportable: target.exportable, allowRaw: target.allowRaw === true },
        secret,
        "restored",
        actor,
        { scheme: "slip39", shares: mnemonics.length }
      )
    };
  } finally {
    clean(secret);
  }
}

// src/keystore/operator.ts
async function rotateRoot(inst, actor) {
  return inst.rotateRoot(actor);
}
async function rekey(inst, spec, actor) {
  return inst.rekey(spec, actor);
}

// src/api/handlers.ts
function verifyUnderPublicKey(algorithm, publicKey, input, signature, opts) {
  const pub = checkPublicKey(algorithm, publicKey);
  const alg = getAlgorithm(algorithm);
  const scheme = opts.scheme ?? alg.defaultScheme;
  if (!alg.schemes.includes(scheme)) throw new CustosError("E_UNSUPPORTED", `${algorithm} keys do not sign with ${scheme}`);
  const verdict = prepareSignature(algorithm, scheme, signature, opts).verify(pub, signingBytes(scheme, input));
  const key = toHex(pub);
  return verdict === "valid" ? { valid: true, version: null, key } : { valid: false, version: null, key, ...verdict === "v-mismatch" ? { vMismatch: 1 } : {} };
}
function signInputOf(i) {
  return {
    ...i.digest !== void 0 ? { digest: fromHex(i.digest, "digest") } : {},
    ...i.message !== void 0 ? { message: fromHex(i.message, "message") } : {},
    ...i.hash ? { hash: parseHash(i.hash) } : {}
  };
}
async function governed(ctx, action) {
  const r = await ctx.requests.governed(ctx.actor, action);
  return r.status === "done" ? r.output : r;
}
async function status(ctx) {
  const { inst } = ctx;
  const cfg = inst.sealConfig;
  const head = await inst.store.read.lastEvent();
  const policy = await inst.store.read.access.currentPolicy();
  return {
    initialized: true,
    instanceId: inst.instanceId,
    store: inst.location,
    sealed: inst.sealed,
    mode: ctx.mode,
    seal: cfg.kind === "passphrase" ? {
      kind: cfg.kind,
      kdf: { alg: cfg.kdf.alg, memoryKib: cfg.kdf.memoryKib, iterations: cfg.kdf.iterations, parallelism: cfg.kdf.parallelism },
      weak: isWeakArgon2(cfg.kdf)
    } : cfg.kind === "pkcs11" ? { kind: cfg.kind, token: cfg.token, keyLabel: cfg.keyLabel, mechanism: cfg.mechanism } : { kind: cfg.kind, shares: cfg.shares, threshold: cfg.threshold },
    rootVersion: cfg.rootVersion,
    keys: (await inst.store.read.listKeys()).length,
    wallets: (await inst.store.read.listWallets()).length,
    principals: (await inst.store.read.access.listPrincipals()).length,
    policyVersion: policy?.version ?? 0,
    audit: { events: head?.seq ?? 0, headHash: head?.hash ?? null, auditPublicKey: toHex(inst.auditPublicKey) }
  };
}
var handlers = {
  "sys.health": async (ctx) => {
    const p = ctx.unsealProgress.state();
    return {
      initialized: true,
      sealed: ctx.inst.sealed,
      ready: !ctx.inst.sealed,
      instanceId: ctx.inst.instanceId,
      ...p.progress !== void 0 ? { progress: p.progress, threshold: p.threshold } : {}
    };
  },
  "sys.ready": async (ctx) => {
    if (ctx.inst.sealed) throw new CustosError("E_SEALED", "custos is sealed");
    return { ready: true };
  },
  "sys.upcheck": async () => "OK",
  "sys.metrics": async () => {
    throw new CustosError("E_UNSUPPORTED", "metrics are served by a running server (custos serve): GET /v1/sys/metrics");
  },
  "sys.unseal": async () => {
    throw new CustosError("E_INTERNAL", "unseal is handled by the server");
  },
  "sys.status": status,
  "sys.rotateRoot": async (ctx) => rotateRoot(ctx.inst, auditActor(ctx.actor)),
  "sys.rekey": async (ctx, i) => {
    if (i.seal === "pkcs11") {
      if (!i.keyLabel) throw badInput("a pkcs11 rekey needs the AES key label (keyLabel)", { field: "keyLabel" });
      return rekey(ctx.inst, { kind: "pkcs11", access: hostHsmAccess(ctx.inst.dataDir), keyLabel: i.keyLabel }, auditActor(ctx.actor));
    }
    if (i.seal === "shamir") {
      if (!i.shares || !i.threshold) throw badInput("a Shamir rekey needs shares and threshold");
      return rekey(ctx.inst, { kind: "shamir", shares: i.shares, threshold: i.threshold }, auditActor(ctx.actor));
    }
    if (!i.passphrase || i.passphrase.length < 8) throw badInput("the new passphrase must be at least 8 characters", { field: "passphrase" });
    const argon2 = {
      memoryKib: (i.kdfMemoryMib ?? ARGON2_DEFAULTS.memoryKib / 1024) * 1024,
      iterations: i.kdfIterations ?? ARGON2_DEFAULTS.iterations,
      parallelism: ARGON2_DEFAULTS.parallelism
    };
    return rekey(ctx.inst, { kind: "passphrase", passphrase: utf8(i.passphrase), argon2 }, auditActor(ctx.actor));
  },
  "key.list": async (ctx) => ctx.keys.list(),
  "key.create": async (ctx, i) => {
    if (isThresholdAlgorithm(i.type) || i.threshold !== void 0 || i.parties !== void 0) {
      if (!isThresholdAlgorithm(i.type))
        throw badInput(`--threshold and --parties make threshold keys: use --type ${THRESHOLD_ALGORITHMS.join(" | ")}`, { field: "type" });
      if (i.threshold === void 0 || i.parties === void 0)
        throw badInput(`a ${i.type} key needs --threshold T and --parties A,B,C`, { field: "threshold" });
      if (i.exportable) throw badInput("threshold keys are never exportable: no process holds the whole secret", { field: "exportable" });
      return ctx.threshold.createKey(
        { name: i.name, suite: i.type, threshold: i.threshold, parties: i.parties, tags: i.tags ?? {}, allowRaw: i.allowRaw === true },
        auditActor(ctx.actor)
      );
    }
    if (i.custody === "hsm" && i.exportable)
      throw badInput("HSM keys are never exportable: the secret is generated in the token and cannot leave it", { field: "exportable" });
    return ctx.keys.create(
      {
        name: i.name,
        algorithm: i.type,
        exportable: i.exportable ?? false,
        allowRaw: i.allowRaw === true,
        tags: i.tags ?? {},
        ...i.custody === "hsm" || i.custody === "cold" ? { custody: i.custody } : {}
      },
      auditActor(ctx.actor)
    );
  },
  "key.show": async (ctx, i) => {
    const info = await ctx.keys.show(i.ref, i.curve ? parseCurve(i.curve) : void 0);
    const t = info.custody === "threshold" && info.id ? await ctx.threshold.describe(info.id) : null;
    return t ? { ...info, threshold: t } : info;
  },
  "key.refresh": async (ctx, i) => governed(ctx, { action: "key.refresh", name: i.name }),
  "key.reshare": async (ctx, i) => governed(ctx, {
    action: "key.reshare",
    name: i.name,
    ...i.threshold !== void 0 ? { threshold: i.threshold } : {},
    ...i.parties ? { parties: i.parties } : {}
  }),
  "party.add": async (ctx, i) => {
    ThresholdCoordinator.checkPartySpec(i);
    return governed(ctx, { action: "party.add", name: i.name, url: i.url, identity: i.identity });
  },
  "party.remove": async (ctx, i) => governed(ctx, { action: "party.remove", name: i.name }),
  "party.list": async (ctx) => ctx.threshold.listParties(),
  "key.rotate": async (ctx, i) => ctx.keys.rotate(i.name, auditActor(ctx.actor)),
  "schedule.list": async (ctx) => ({ schedules: await ctx.schedules.list() }),
  "schedule.set": async (ctx, i) => ctx.schedules.set(i.action, i.target, i.every, auditActor(ctx.actor)),
  "schedule.remove": async (ctx, i) => ctx.schedules.remove(i.action, i.target, auditActor(ctx.actor)),
  "key.disable": async (ctx, i) => ctx.keys.setEnabled(i.name, false, auditActor(ctx.actor)),
  "key.enable": async (ctx, i) => ctx.keys.setEnabled(i.name, true, auditActor(ctx.actor)),
  "key.destroy": async (ctx, i) => {
    const r = await governed(ctx, { action: "key.destroy", name: i.name });
    await ctx.inst.store.driver.scrub();
    return r;
  },
  "key.usage": async (ctx, i) => governed(ctx, { action: "key.usage", name: i.name, allowRaw: i.allowRaw }),
  "wallet.usage": async (ctx, i) => governed(ctx, { action: "wallet.usage", name: i.name, allowRaw: i.allowRaw }),
  "key.import": async (ctx, i) => {
    if (i.format === "public") {
      for (const f of ["password", "exportable", "allowRaw"]) {
        if (i[f] !== void 0 && i[f] !== false) throw badInput(`${f}: a watch-only key has no secret to protect, export or sign with`, { field: f });
      }
      const algorithm2 = i.type ?? "secp256k1";
      const pub = checkPublicKey(algorithm2, fromHex(i.content.trim(), "publicKey"));
      return ctx.keys.importPublic({ name: i.name, algorithm: algorithm2, tags: i.tags ?? {} }, pub, auditActor(ctx.actor));
    }
    let algorithm;
    let secret;
    if (i.format === "raw") {
      algorithm = i.type ?? "secp256k1";
      getAlgorithm(algorithm);
      secret = fromHex(i.content.trim(), "key file", 32);
    } else {
      algorithm = i.format === "keystore-v3" ? "secp256k1" : "bls12-381";
      if (i.type && i.type !== algorithm) throw badInput(`${i.format} holds ${algorithm} keys, not ${i.type}`, { field: "type" });
      if (i.password === void 0) throw badInput(`a ${i.format} import needs the keystore password`, { field: "password" });
      secret = i.format === "keystore-v3" ? decryptKeystoreV3(i.content, i.password) : decryptEip2335(i.content, i.password);
    }
    try {
      return await ctx.keys.importSecret(
        { name: i.name, algorithm, exportable: i.exportable ?? false, allowRaw: i.allowRaw === true, tags: i.tags ?? {} },
        secret,
        "imported",
        auditActor(ctx.actor),
        { format: i.format }
      );
    } finally {
      clean(secret);
    }
  },
  "key.importBatch": async (ctx, i) => importBatch(ctx.keys, ctx.inst.store, i, auditActor(ctx.actor), ctx.progress ? { progress: ctx.progress } : {}),
  "key.export": async (ctx, i) => {
    if (i.format !== "raw" && i.password === void 0) throw badInput(`a ${i.format} export needs a password`, { field: "password" });
    const out = await ctx.keys.withExportableSecret(i.name, (secret, k, pub) => {
      if (i.format === "raw") return { secret: toHex(secret) };
      if (i.format === "keystore-v3") {
        if (k.algorithm !== "secp256k1") throw new CustosError("E_UNSUPPORTED", "keystore-v3 holds secp256k1 keys only");
        return {
          keystore: encryptKeystoreV3(secret, i.password, {
            address: ethereumAddress(pub).slice(2).toLowerCase(),
            ...i.scryptLogN ? { scryptLogN: i.scryptLogN } : {}
          })
        };
      }
      if (k.algorithm !== "bls12-381") throw new CustosError("E_UNSUPPORTED", "eip2335 holds bls12-381 keys only");
      return {
        keystore: encryptEip2335(secret, i.password, {
          path: i.path ?? "",
          pubkey: toHex(pub),
          kdf: i.kdf ?? "scrypt",
          ...i.scryptLogN ? { scryptLogN: i.scryptLogN } : {}
        })
      };
    });
    await ctx.inst.mutate(async () => ({
      result: void 0,
      audit: { actor: auditActor(ctx.actor), action: "key.export", subject: `key/${i.name}`, details: { format: i.format } }
    }));
    return { key: i.name, format: i.format, ...out };
  },
  "wallet.list": async (ctx) => ctx.wallets.list(),
  "wallet.create": async (ctx, i) => {
    const r = await ctx.wallets.create(i.name, i.words ?? 24, !i.noShow, auditActor(ctx.actor), { allowRaw: i.allowRaw === true });
    return { ...r.wallet, ...r.mnemonic ? { mnemonic: r.mnemonic } : {} };
  },
  "wallet.import": async (ctx, i) => {
    if (i.mnemonic === void 0 === (i.seed === void 0)) throw badInput("give exactly one of mnemonic or seed");
    if (i.mnemonic !== void 0)
      return ctx.wallets.importMnemonic(i.name, i.mnemonic.trim().replace(/\s+/g, " "), i.bip39Passphrase ?? "", auditActor(ctx.actor), {
        allowRaw: i.allowRaw === true
      });
    if (i.bip39Passphrase) throw badInput("a BIP39 passphrase goes with a mnemonic", { field: "bip39Passphrase" });
    const seed = fromHex(i.seed.trim(), "seed");
    try {
      return await ctx.wallets.storeSeed(
        i.name,
        seed,
        "imported",
        auditActor(ctx.actor),
        { format: "seed", bytes: seed.length },
        { allowRaw: i.allowRaw === true }
      );
    } finally {
      clean(seed);
    }
  },
  "wallet.xpub": async (ctx, i) => ({ wallet: i.name, path: i.path ?? "m", xpub: await ctx.wallets.xpub(i.name, i.path ?? "m", auditActor(ctx.actor)) }),
  "backup.create": async (ctx, i) => {
    if (!!i.wallet === !!i.key) throw badInput("give exactly one of wallet or key");
    const spec = {
      groupThreshold: i.groupThreshold,
      groups: i.groups,
      ...i.passphrase ? { passphrase: i.passphrase } : {},
      ...i.iterationExponent !== void 0 ? { iterationExponent: i.iterationExponent } : {}
    };
    const groups = await createBackup(ctx.inst, ctx.keys, ctx.wallets, i.wallet ? { wallet: i.wallet } : { key: i.key }, spec, auditActor(ctx.actor));
    return { target: i.wallet ? { wallet: i.wallet } : { key: i.key }, groupThreshold: i.groupThreshold, groups };
  },
  "backup.restore": async (ctx, i) => {
    if (i.type) getAlgorithm(i.type);
    const mnemonics = i.shares.map((s) => s.trim().replace(/\s+/g, " ")).filter(Boolean);
    return restoreBackup(
      ctx.keys,
      ctx.wallets,
      i.name,
      mnemonics,
      i.passphrase ?? "",
      i.type ? { algorithm: i.type, exportable: i.exportable ?? false, allowRaw: i.allowRaw === true } : { wallet: true, allowRaw: i.allowRaw === true },
      auditActor(ctx.actor)
    );
  },
  sign: async (ctx, i) => ctx.requests.submitSign(ctx.actor, i),
  "sign.evm": async (ctx, i) => {
    const meta = { note: i.note, tags: i.tags, idempotencyKey: i.idempotencyKey, offline: i.offline };
    return submitEvm(ctx, i.key, i.payload, meta, i.curve);
  },
  "safe.create": async (ctx, i) => ctx.safes.create(i, auditActor(ctx.actor)),
  "safe.deployContracts": async (ctx, i) => ctx.safes.deployContracts(i, auditActor(ctx.actor)),
  "safe.register": async (ctx, i) => ctx.safes.register(i, auditActor(ctx.actor)),
  "safe.show": async (ctx, i) => ctx.safes.show(i.name),
  "safe.execute": async (ctx, i) => {
    const r = await ctx.requests.show(ctx.actor, i.requestId);
    const exec = r.result?.execTransaction;
    if (r.status !== "signed" || r.key !== i.name || !exec)
      throw new CustosError("E_BAD_INPUT", `request ${i.requestId} is not a signed request of Safe account "${i.name}"`, { field: "requestId" });
    return ctx.safes.execute(i.name, exec, auditActor(ctx.actor));
  },
  "sign.bitcoin": async (ctx, i) => ctx.requests.submit(
    ctx.actor,
    { type: "bitcoin", keys: i.keys, psbt: i.psbt, ...i.network ? { network: i.network } : {} },
    { note: i.note, tags: i.tags, idempotencyKey: i.idempotencyKey, offline: i.offline }
  ),
  "sign.solana": async (ctx, i) => ctx.requests.submit(
    ctx.actor,
    {
      type: "solana",
      key: i.key,
      ...i.curve ? { curve: i.curve } : {},
      ...i.message !== void 0 ? { message: i.message } : {},
      ...i.transaction !== void 0 ? { transaction: i.transaction } : {}
    },
    { note: i.note, tags: i.tags, idempotencyKey: i.idempotencyKey, offline: i.offline }
  ),
  "eth.rpc": async (ctx, i) => ethRpc(ctx, i),
  verify: async (ctx, i) => verifyOperation(i, ctx.keys),
  "request.list": async (ctx, i) => ctx.requests.list(ctx.actor, { ...i.status ? { status: i.status } : {}, ...i.limit ? { limit: i.limit } : {} }),
  "request.show": async (ctx, i) => ctx.requests.show(ctx.actor, i.id),
  "request.approve": async (ctx, i) => {
    const v = await ctx.requests.decide(ctx.actor, i.id, "approve", i.signature);
    if (v.kind === "admin:key.destroy" && v.status === "signed") {
      await ctx.inst.store.driver.scrub();
      if (v.key) await ctx.threshold.afterDestroy(v.key).catch(() => void 0);
    }
    return v;
  },
  "request.reject": async (ctx, i) => ctx.requests.decide(ctx.actor, i.id, "reject", i.signature),
  "request.cancel": async (ctx, i) => ctx.requests.cancel(ctx.actor, i.id),
  "request.export": async (ctx, i) => ctx.requests.airgap.online.export(ctx.actor, i.id),
  "request.import": async (ctx, i) => ctx.requests.airgap.online.import(ctx.actor, i.response),
  "policy.show": async (ctx, i) => {
    if (i.version !== void 0) {
      const old = (await ctx.policies.history(ctx.inst.store.read)).find((r) => r.version === i.version);
      if (!old) throw new CustosError("E_NOT_FOUND", `no policy version ${i.version}`, { version: i.version });
      return { version: old.version, digest: old.digest, source: old.source, createdAt: old.createdAt, createdBy: old.createdBy };
    }
    const rec = await ctx.inst.store.read.access.currentPolicy();
    const cur = await ctx.policies.current(ctx.inst.store.read);
    return {
      version: cur.version,
      digest: cur.policy.digest,
      source: rec?.source ?? cur.policy.source,
      createdAt: rec?.createdAt ?? null,
      createdBy: rec?.createdBy ?? null
    };
  },
  "policy.set": async (ctx, i) => governed(ctx, { action: "policy.set", source: i.source }),
  "policy.history": async (ctx) => (await ctx.policies.history(ctx.inst.store.read)).map(({ source: _s, ...rest }) => rest),
  "policy.check": async (ctx, i) => {
    let actor = ctx.actor;
    if (i.principal) {
      requireRole(ctx.actor, ["admin", "operator", "auditor"], "checking another principal");
      const p = await ctx.principals.byName(ctx.inst.store.read, i.principal);
      actor = { id: p.id, name: p.name, role: p.role, kind: "api", tags: p.tags };
    }
    const { principal: _p, ...req } = i;
    const r = await ctx.requests.check(actor, req);
    return {
      outcome: r.decision.outcome,
      rule: r.decision.rule,
      decision: r.decision,
      facts: r.facts,
      policyVersion: r.policyVersion,
      risk: r.risk,
      explain: r.explain
    };
  },
  "list.show": async (ctx) => ctx.inst.store.read.access.allLists(),
  "list.set": async (ctx, i) => governed(ctx, { action: "list.set", name: i.name, values: i.values }),
  "principal.list": async (ctx) => ctx.principals.list(),
  "principal.create": async (ctx, i) => governed(ctx, { action: "principal.create", name: i.name, role: i.role, publicKey: i.publicKey, ...i.tags ? { tags: i.tags } : {} }),
  "principal.revoke": async (ctx, i) => governed(ctx, { action: "principal.revoke", name: i.name }),
  "recovery.propose": async (ctx, i) => ctx.requests.proposeRecovery(ctx.actor, { admins: i.admins, ...i.revoke ? { revoke: i.revoke } : {} }),
  "principal.unfreeze": async (ctx, i) => governed(ctx, { action: "principal.unfreeze", name: i.name }),
  "key.unfreeze": async (ctx, i) => governed(ctx, { action: "key.unfreeze", name: i.name }),
  "risk.freezes": async (ctx) => ctx.inst.store.read.risk.freezes(),
  "risk.rebuild": async (ctx) => {
    ctx.inst.assertUnsealed();
    return rebuildRisk(ctx.inst.store, auditActor(ctx.actor), (r) => ctx.inst.records.verify("requests", r));
  },
  "passkey.registerOptions": async (ctx, i) => ctx.passkeys.registrationOptions(i.principal, i.token),
  "passkey.register": async (ctx, i) => ctx.passkeys.register(i.principal, i.token, i.response),
  "passkey.loginOptions": async (ctx, i) => ctx.passkeys.loginOptions(i.principal),
  "passkey.login": async (ctx, i) => ctx.passkeys.login(i),
  "passkey.logout": async (ctx) => {
    if (!ctx.actor.session) throw badInput("passkey.logout ends the session a request is signed with; this request carries none (x-custos-session)");
    return ctx.passkeys.revoke(ctx.actor.session, ctx.actor);
  },
  "session.list": async (ctx) => ({ sessions: await ctx.passkeys.list() }),
  "session.revoke": async (ctx, i) => ctx.passkeys.revoke(i.id, ctx.actor),
  "token.create": async (ctx, i) => ctx.principals.createToken(i.principal, i.ttl, ctx.actor),
  "token.revoke": async (ctx, i) => ctx.principals.revokeToken(i.id, ctx.actor),
  "webhook.list": async (ctx) => ({ webhooks: await ctx.webhooks.list() }),
  "webhook.add": async (ctx, i) => governed(ctx, { action: "webhook.add", name: i.name, url: i.url, events: i.events }),
  "webhook.remove": async (ctx, i) => governed(ctx, { action: "webhook.remove", name: i.name }),
  "webhook.secret": async (ctx, i) => {
    requireRole(ctx.actor, ["admin"], "webhook.secret");
    return ctx.webhooks.secret(i.name, auditActor(ctx.actor));
  },
  "webhook.deliveries": async (ctx, i) => ({
    deliveries: await ctx.webhooks.deliveries({
      ...i.status ? { status: i.status } : {},
      ...i.webhook ? { webhook: i.webhook } : {},
      ...i.limit ? { limit: i.limit } : {}
    })
  }),
  "audit.verify": async (ctx) => {
    const r = await verifyStoredTrail(ctx.inst.store.read, ctx.inst.instanceId, ctx.inst.auditPublicKey);
    if (!r.ok)
      throw new CustosError("E_AUDIT_BROKEN", `audit trail broken at event ${r.firstBroken?.seq}: ${r.firstBroken?.reason}`, {
        seq: r.firstBroken?.seq,
        reason: r.firstBroken?.reason
      });
    return { ...r, auditPublicKey: toHex(ctx.inst.auditPublicKey) };
  },
  "audit.export": async (ctx) => {
    let through;
    if (!ctx.inst.sealed) {
      await ctx.inst.mutate(async () => ({
        result: void 0,
        audit: { actor: auditActor(ctx.actor), action: "audit.export", subject: `instance/${ctx.inst.instanceId}`, details: { format: "jsonl" } }
      }));
      await ctx.inst.checkpoint();
      through = (await ctx.inst.store.read.lastCheckpoint())?.seq;
    }
    const lines = [];
    for await (const l of exportTrail(
      ctx.inst.store.read,
      { instanceId: ctx.inst.instanceId, auditPublicKey: toHex(ctx.inst.auditPublicKey), exportedAt: (/* @__PURE__ */ new Date()).toISOString() },
      through
    ))
      lines.push(l);
    return `${lines.join("\n")}
`;
  }
};
async function verifyOperation(i, keys) {
  const signature = fromHex(i.signature, "signature");
  const opts = { ...i.format ? { format: i.format } : {}, ...i.allowHighS ? { allowHighS: true } : {} };
  let r;
  if (i.publicKey !== void 0) {
    if (i.key !== void 0) throw badInput("give either key or publicKey, not both", { field: "publicKey" });
    for (const f of ["version", "curve"]) {
      if (i[f] !== void 0) throw badInput(`${f}: applies to stored keys, not to a publicKey`, { field: f });
    }
    if (!i.algorithm) throw badInput("algorithm: required with publicKey (secp256k1, ed25519, bls12-381, ml-dsa-65)", { field: "algorithm" });
    r = verifyUnderPublicKey(i.algorithm, fromHex(i.publicKey, "publicKey"), signInputOf(i), signature, {
      ...opts,
      ...i.scheme ? { scheme: i.scheme } : {}
    });
  } else {
    if (i.key === void 0) throw badInput("give key (a stored key or wallet account) or publicKey", { field: "key" });
    if (i.algorithm !== void 0) throw badInput("algorithm: applies to a publicKey; a stored key has its own", { field: "algorithm" });
    if (!keys) throw new CustosError("E_USAGE", "verifying under a stored key needs an instance (--data or --server)");
    r = await keys.verify(i.key, signInputOf(i), signature, {
      ...opts,
      ...i.version !== void 0 ? { version: i.version } : {},
      ...i.scheme ? { scheme: i.scheme } : {},
      ...i.curve ? { curve: parseCurve(i.curve) } : {}
    });
  }
  if (r.vMismatch !== void 0) {
    throw signatureRefused(
      "v-mismatch",
      `r and s verify under ${r.key}${i.publicKey === void 0 ? ` v${r.vMismatch}` : ""}, but v = ${signature[64]} recovers another key: not this key's signature`
    );
  }
  if (!r.valid) throw signatureRefused("mismatch", `does not verify under ${r.key}`);
  return { valid: r.valid, version: r.version, key: r.key };
}

export {
  handlers,
  verifyOperation
};
