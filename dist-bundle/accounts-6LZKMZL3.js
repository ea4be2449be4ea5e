import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  appendEvent,
  checkMembership
} from "./chunk-DOFE7BQX.js";
import "./chunk-MPHSVC72.js";
import "./chunk-POEWKUPT.js";
import "./chunk-73GY3SDL.js";
import {
  fromHex
} from "./chunk-VQWF5TYP.js";
import {
  checkName
} from "./chunk-T7RD2LC5.js";
import {
  SAFE_ABI,
  parseSafeTx,
  safeTxJson
} from "./chunk-OHGUMUQN.js";
import {
  createPublicClient,
  getContractAddress,
  http,
  parseSignature,
  serializeTransaction,
  zeroAddress
} from "./chunk-Y4PA7B4Z.js";
import "./chunk-INBJ2LOA.js";
import "./chunk-3SZH5XTH.js";
import "./chunk-EZAKATEZ.js";
import {
  CustosError,
  badInput
} from "./chunk-7E33BI2G.js";
import "./chunk-RNWXCQ5C.js";
import {
  BaseError,
  concat,
  encodeAbiParameters,
  encodeFunctionData,
  getAddress,
  keccak256,
  parseAbi
} from "./chunk-J227SGED.js";
import "./chunk-WZ6TVTD4.js";
import "./chunk-VF57VZD3.js";

// src/safe/accounts.ts
import { randomBytes, randomUUID } from "node:crypto";

// src/safe/contracts.ts
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);
var ARTIFACTS = "@safe-global/safe-contracts/build/artifacts/contracts/";
function safeArtifact(path) {
  return require2(`${ARTIFACTS}${path}.json`);
}
var SAFE_V141 = {
  singleton: "0x41675C099F32341bf84BFc5382aF534df5C7461a",
  factory: "0x4e1DCf7AD4e460CfD30791CCC4F9c8a4f820ec67",
  fallbackHandler: "0xfd0732Dc9E303f09fCEf3a7388Ad10A83459Ec99"
};
var FACTORY_ABI = parseAbi(["function createProxyWithNonce(address _singleton, bytes initializer, uint256 saltNonce) returns (address proxy)"]);
function setupData(owners, threshold, fallbackHandler) {
  return encodeFunctionData({
    abi: SAFE_ABI,
    functionName: "setup",
    args: [owners, BigInt(threshold), zeroAddress, "0x", fallbackHandler, zeroAddress, 0n, zeroAddress]
  });
}
function predictSafeAddress(d) {
  const salt = keccak256(concat([keccak256(d.initializer), encodeAbiParameters([{ type: "uint256" }], [d.saltNonce])]));
  const code = concat([safeArtifact("proxies/SafeProxy.sol/SafeProxy").bytecode, encodeAbiParameters([{ type: "address" }], [d.singleton])]);
  return getContractAddress({ opcode: "CREATE2", from: d.factory, salt, bytecode: code });
}
function createProxyData(d) {
  return encodeFunctionData({ abi: FACTORY_ABI, functionName: "createProxyWithNonce", args: [d.singleton, d.initializer, d.saltNonce] });
}

// src/safe/accounts.ts
var EXECUTOR_MAX_GAS = 10000000n;
var EXECUTOR_MAX_FEE_PER_GAS = 1000000000000n;
var EXECUTOR_MAX_PRIORITY_FEE = 100000000000n;
var CONTRACTS = [
  ["singleton", "Safe.sol/Safe"],
  ["factory", "proxies/SafeProxyFactory.sol/SafeProxyFactory"],
  ["fallbackHandler", "handler/CompatibilityFallbackHandler.sol/CompatibilityFallbackHandler"]
];
var addr = (v, field) => getAddress(fromHexAddress(v, field)).toLowerCase();
function fromHexAddress(v, field) {
  if (typeof v !== "string" || !/^0x[0-9a-fA-F]{40}$/.test(v)) throw badInput(`${field}: expected a 0x-prefixed 20-byte address`, { field });
  return v;
}
function upstreamError(what, e) {
  if (e instanceof CustosError) return e;
  const msg = e instanceof BaseError ? e.shortMessage : "no answer";
  return new CustosError("E_UPSTREAM", `the upstream Ethereum node failed ${what}: ${msg.slice(0, 300)}`, { call: what }, { cause: e });
}
var SafeAccounts = class {
  constructor(inst, keys, records, coordinator, upstreamUrl) {
    this.inst = inst;
    this.keys = keys;
    this.records = records;
    this.coordinator = coordinator;
    this.upstreamUrl = upstreamUrl;
  }
  inst;
  keys;
  records;
  coordinator;
  upstreamUrl;
  client() {
    const url = this.upstreamUrl();
    if (!url) throw new CustosError("E_UNSUPPORTED", "Safe accounts need an upstream Ethereum node (serve --eth-rpc URL)");
    return createPublicClient({ transport: http(url, { retryCount: 0, timeout: 3e4 }) });
  }
  async checkChain(c, chainId) {
    const got = await c.getChainId().catch((e) => {
      throw upstreamError("eth_chainId", e);
    });
    if (got !== chainId) throw new CustosError("E_SAFE_MISMATCH", `the upstream node is on chain ${got}, not ${chainId}`, { chainId, upstream: got });
  }
  async hasCode(c, a) {
    const code = await c.getCode({ address: a }).catch((e) => {
      throw upstreamError("eth_getCode", e);
    });
    return code !== void 0 && code !== "0x";
  }
  async stored(name) {
    const repo = this.inst.store.read;
    const k = await this.records.thresholdRecord(repo, name);
    const meta = await this.coordinator.safes.meta(repo, k.id);
    if (!meta) throw new CustosError("E_KEY_NOT_FOUND", `"${name}" is not a Safe account`, { key: name });
    return { keyId: k.id, meta };
  }
  async executorKey(name) {
    if (name === void 0) return null;
    const f = await this.keys.facts(this.inst.store.read, name);
    if (f.algorithm !== "secp256k1" || f.custody === "threshold" || f.custody === "watch")
      throw badInput(`executor: "${name}" must be a secp256k1 key this instance signs with (local or HSM)`, { field: "executor" });
    return f.name;
  }
  /**
   * The contracts a Safe is made from must be the canonical v1.4.1 deployments or the ones this instance deployed
   * on that chain (`deployContracts`): one admin naming a singleton of its own making would get a Safe it can
   * drain without the owners.
   */
  async knownContracts(chainId, c) {
    const canonical = SAFE_V141;
    const deployed = await this.coordinator.safes.deployedContracts(this.inst.store.read, chainId);
    for (const k of ["singleton", "factory", "fallbackHandler"]) {
      const a = c[k].toLowerCase();
      if (a !== canonical[k].toLowerCase() && a !== deployed?.[k].toLowerCase())
        throw badInput(
          `${k}: ${c[k]} is neither the canonical Safe v1.4.1 deployment nor one this instance deployed on chain ${chainId} (safe deploy-contracts)`,
          {
            field: k
          }
        );
    }
  }
  /** Create a Safe account: owner keys at the parties, the CREATE2 address, binding, record, then (with an executor) deployment. */
  async create(spec, actor) {
    this.inst.assertUnsealed();
    const name = checkName(spec.name, "key");
    const names = checkMembership(spec.parties, spec.threshold);
    if (await this.inst.store.read.getKeyByName(name)) throw new CustosError("E_NAME_TAKEN", `a key named "${name}" already exists`, { key: name });
    const singleton = addr(spec.singleton ?? SAFE_V141.singleton, "singleton");
    const factory = addr(spec.factory ?? SAFE_V141.factory, "factory");
    const fallbackHandler = addr(spec.fallbackHandler ?? SAFE_V141.fallbackHandler, "fallbackHandler");
    await this.knownContracts(spec.chainId, { singleton, factory, fallbackHandler });
    const executor = await this.executorKey(spec.executor);
    const c = this.client();
    await this.checkChain(c, spec.chainId);
    for (const [what, a] of [
      ["singleton", singleton],
      ["factory", factory]
    ])
      if (!await this.hasCode(c, a))
        throw badInput(`${what}: no contract at ${a} on chain ${spec.chainId} (deploy Safe v1.4.1 there, or name it)`, { field: what });
    const keyId = randomUUID();
    const owners = await this.coordinator.safes.makeOwners(keyId, name, spec.tags ?? {}, names);
    const initializer = setupData(
      owners.map((o) => o.address),
      spec.threshold,
      fallbackHandler
    );
    const saltNonce = BigInt(`0x${randomBytes(32).toString("hex")}`);
    const address = predictSafeAddress({ factory, singleton, initializer, saltNonce }).toLowerCase();
    const deployment = { to: factory, data: createProxyData({ singleton, initializer, saltNonce }) };
    const meta = { keyId, name, chainId: spec.chainId, address, threshold: spec.threshold, owners, executor };
    await this.coordinator.safes.bind(meta);
    await this.recordAccount(meta, spec.tags ?? {}, actor, "safe.create", { factory, singleton, fallbackHandler, saltNonce: saltNonce.toString() });
    const txHash = executor ? await this.send(c, executor, spec.chainId, deployment, actor) : null;
    if (txHash && !await this.hasCode(c, address))
      throw new CustosError("E_UPSTREAM", `the deployment ${txHash} did not create the Safe at ${address}`, { txHash, address });
    return { ...await this.show(name), deployment, txHash };
  }
  /**
   * Deploy the Safe v1.4.1 singleton, proxy factory and fallback handler from
   * the audited artifacts, paid by the executor key: for a chain without the
   * canonical deployments (a dev chain). Their addresses are what `create`
   * takes as singleton, factory and fallbackHandler.
   */
  async deployContracts(spec, actor) {
    this.inst.assertUnsealed();
    const executor = await this.executorKey(spec.executor);
    const c = this.client();
    await this.checkChain(c, spec.chainId);
    const out = {};
    for (const [field, path] of CONTRACTS) {
      const sent = await this.sendTx(c, executor, spec.chainId, { data: safeArtifact(path).bytecode }, actor);
      const address = getContractAddress({ from: sent.from, nonce: BigInt(sent.nonce) });
      if (!await this.hasCode(c, address))
        throw new CustosError("E_UPSTREAM", `the deployment ${sent.hash} created no contract at ${address}`, { txHash: sent.hash });
      out[field] = address;
    }
    const contracts = out;
    await this.inst.store.tx(async (repo) => {
      await this.coordinator.safes.recordContracts(repo, spec.chainId, contracts);
      await appendEvent(repo, {
        actor,
        action: "safe.contracts",
        subject: `chain/${spec.chainId}`,
        details: { chainId: spec.chainId, executor, ...contracts }
      });
    });
    return contracts;
  }
  /** Register an existing Safe: its on-chain owners and threshold must be exactly the parties' owner keys. */
  async register(spec, actor) {
    this.inst.assertUnsealed();
    const name = checkName(spec.name, "key");
    const names = checkMembership(spec.parties, spec.threshold);
    const address = addr(spec.address, "address");
    if (await this.inst.store.read.getKeyByName(name)) throw new CustosError("E_NAME_TAKEN", `a key named "${name}" already exists`, { key: name });
    const executor = await this.executorKey(spec.executor);
    const c = this.client();
    await this.checkChain(c, spec.chainId);
    if (!await this.hasCode(c, address)) throw new CustosError("E_SAFE_MISMATCH", `no contract at ${address} on chain ${spec.chainId}`, { address });
    const vault = this.coordinator.safes;
    let pending = await vault.pending(this.inst.store.read, name);
    if (!pending || pending.owners.map((o) => o.party).join(",") !== names.join(",")) {
      const keyId = randomUUID();
      const owners = await vault.makeOwners(keyId, name, spec.tags ?? {}, names);
      pending = { keyId, name, chainId: spec.chainId, address, threshold: spec.threshold, owners };
      const made = pending;
      await this.inst.store.tx((repo) => vault.recordPending(repo, made));
    }
    const onChain = await this.readSafe(c, address);
    const expected = pending.owners.map((o) => o.address).sort();
    const got = onChain.owners.map((o) => o.toLowerCase()).sort();
    if (onChain.threshold !== spec.threshold || expected.join() !== got.join())
      throw new CustosError(
        "E_SAFE_MISMATCH",
        `Safe ${address} has ${got.length} owners with threshold ${onChain.threshold}; it must have exactly the parties' owner keys (${expected.join(", ")}) with threshold ${spec.threshold}`,
        { address, expected, owners: got, threshold: onChain.threshold }
      );
    const meta = { ...pending, chainId: spec.chainId, address, threshold: spec.threshold, executor };
    await vault.bind(meta);
    await this.recordAccount(meta, spec.tags ?? {}, actor, "safe.register", {});
    return this.show(name);
  }
  async recordAccount(meta, tags, actor, action, details) {
    await this.inst.store.tx(async (repo) => {
      await this.records.insertThresholdIn(
        repo,
        { id: meta.keyId, name: meta.name, algorithm: "secp256k1", tags, allowRaw: false, publicKey: fromHex(meta.address, "address", 20) },
        actor,
        { threshold: meta.threshold, parties: meta.owners.map((o) => o.party), safe: meta.address, chainId: meta.chainId }
      );
      await this.coordinator.safes.record(repo, meta);
      await appendEvent(repo, {
        actor,
        action,
        subject: `key/${meta.name}`,
        details: {
          safe: meta.address,
          chainId: meta.chainId,
          threshold: meta.threshold,
          owners: meta.owners.map((o) => ({ party: o.party, address: o.address })),
          executor: meta.executor,
          ...details
        }
      });
    });
  }
  async readSafe(c, address) {
    try {
      const [owners, threshold, nonce] = await Promise.all([
        c.readContract({ address, abi: SAFE_ABI, functionName: "getOwners" }),
        c.readContract({ address, abi: SAFE_ABI, functionName: "getThreshold" }),
        c.readContract({ address, abi: SAFE_ABI, functionName: "nonce" })
      ]);
      return { owners: owners.map((o) => o.toLowerCase()), threshold: Number(threshold), nonce: Number(nonce) };
    } catch (e) {
      throw upstreamError("reading the Safe (getOwners, getThreshold, nonce)", e);
    }
  }
  /** Address, owners, threshold, and what the chain says now. */
  async show(name) {
    const { meta } = await this.stored(name);
    const c = this.client();
    const onChain = await this.hasCode(c, meta.address) ? await this.readSafe(c, meta.address) : null;
    return {
      name: meta.name,
      chainId: meta.chainId,
      address: meta.address,
      threshold: meta.threshold,
      owners: meta.owners.map((o) => ({ party: o.party, address: o.address })),
      executor: meta.executor,
      onChain
    };
  }
  /** The stored payload of a call from the Safe: every SafeTx field explicit, the nonce the Safe's on chain. */
  async payload(name, call) {
    const { meta } = await this.stored(name);
    const nonce = call.nonce ?? (await this.readSafe(this.client(), meta.address)).nonce;
    const tx = parseSafeTx({ ...call, nonce }, "tx");
    return { type: "safe", key: meta.name, safe: meta.address, chainId: meta.chainId, tx: safeTxJson(tx) };
  }
  /** Whether `name` is a Safe account (a missing key is not). */
  async isAccount(name) {
    const k = await this.inst.store.read.getKeyByName(name);
    return k?.custody === "threshold" && await this.coordinator.safes.meta(this.inst.store.read, k.id) !== void 0;
  }
  /**
   * The stored payload for what `sign.evm` asks of a Safe account: an
   * `evm.transaction` (to, value, data: a call) or a `safe.transaction`
   * (`tx`: any SafeTx fields; the nonce defaults to the Safe's).
   */
  async payloadFor(name, p) {
    if (p.kind === "evm.transaction") {
      const t = p.transaction ?? {};
      const { meta } = await this.stored(name);
      if (t.chainId !== void 0 && Number(t.chainId) !== meta.chainId)
        throw badInput(`transaction.chainId: Safe account "${name}" is on chain ${meta.chainId}`, { field: "transaction.chainId" });
      if (typeof t.to !== "string") throw badInput("transaction.to: a Safe account makes calls: give the address to call", { field: "transaction.to" });
      return this.payload(name, {
        to: t.to,
        ...t.value !== void 0 ? { value: t.value } : {},
        ...t.data !== void 0 ? { data: t.data } : {}
      });
    }
    if (p.kind === "safe.transaction") return this.payload(name, p.tx ?? {});
    throw new CustosError("E_UNSUPPORTED", `Safe account "${name}" signs evm.transaction and safe.transaction payloads, not ${p.kind.slice(0, 32)}`, {
      key: name
    });
  }
  /** Send a signed request's execTransaction with the account's executor key; the transaction hash. */
  async execute(name, exec, actor) {
    const { meta } = await this.stored(name);
    if (!meta.executor)
      throw new CustosError("E_UNSUPPORTED", `Safe account "${name}" has no executor key: submit its execTransaction yourself`, { key: name });
    if (addr(exec.to, "to") !== meta.address) throw badInput(`to: not Safe account "${name}"`, { field: "to" });
    const c = this.client();
    const txHash = await this.send(c, meta.executor, meta.chainId, { to: meta.address, data: exec.data }, actor);
    const receipt = await c.getTransactionReceipt({ hash: txHash });
    const failure = keccak256(new TextEncoder().encode("ExecutionFailure(bytes32,uint256)"));
    return { txHash, success: receipt.status === "success" && !receipt.logs.some((l) => l.topics[0] === failure) };
  }
  /** Sign a transaction with a custos key (audited key.sign) and send it through the upstream; waits for its receipt. */
  async send(c, key, chainId, call, actor) {
    return (await this.sendTx(c, key, chainId, call, actor)).hash;
  }
  /** Sign and send (no `to`: a contract creation); the hash, the sender and the nonce signed. */
  async sendTx(c, key, chainId, call, actor) {
    try {
      const from = (await this.keys.show(key)).addresses.ethereum;
      if (!from) throw badInput(`executor: key "${key}" has no Ethereum address`, { field: "executor" });
      const [nonce, gas, fees] = await Promise.all([
        c.getTransactionCount({ address: from, blockTag: "pending" }),
        c.estimateGas({ account: from, ...call.to ? { to: call.to } : {}, data: call.data }),
        c.estimateFeesPerGas()
      ]);
      if (gas > EXECUTOR_MAX_GAS || fees.maxFeePerGas > EXECUTOR_MAX_FEE_PER_GAS || fees.maxPriorityFeePerGas > EXECUTOR_MAX_PRIORITY_FEE)
        throw new CustosError(
          "E_UPSTREAM",
          `refused: the upstream asks the executor for gas ${gas} at ${fees.maxFeePerGas} wei (tip ${fees.maxPriorityFeePerGas}), above its caps (${EXECUTOR_MAX_GAS} gas, ${EXECUTOR_MAX_FEE_PER_GAS} wei, tip ${EXECUTOR_MAX_PRIORITY_FEE})`
        );
      const tx = {
        type: "eip1559",
        chainId,
        nonce,
        ...call.to ? { to: call.to } : {},
        data: call.data,
        value: 0n,
        gas: gas * 12n / 10n,
        maxFeePerGas: fees.maxFeePerGas,
        maxPriorityFeePerGas: fees.maxPriorityFeePerGas
      };
      const digest = fromHex(keccak256(serializeTransaction(tx)), "digest", 32);
      const sig = await this.keys.sign(key, { digest }, { scheme: "ecdsa" }, actor);
      const raw = serializeTransaction(tx, parseSignature(`0x${sig.signature}`));
      const hash = await c.sendRawTransaction({ serializedTransaction: raw });
      const receipt = await c.waitForTransactionReceipt({ hash, timeout: 6e4 });
      if (receipt.status !== "success") throw new CustosError("E_UPSTREAM", `transaction ${hash} reverted`, { txHash: hash });
      return { hash, from, nonce };
    } catch (e) {
      throw upstreamError("sending a transaction", e);
    }
  }
};
export {
  SafeAccounts
};
