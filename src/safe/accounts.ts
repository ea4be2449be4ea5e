/**
 * Safe accounts (docs/chains-evm.md "Safe accounts", decision 0022): an EVM
 * account whose threshold the chain enforces, each owner a custos party
 * that re-checks every SafeTx against its own policy.
 *
 * - create: each named party makes an owner key (src/party/safe-owner.ts);
 *   the Safe's CREATE2 address is computed before deployment; every party
 *   binds its key to that address; the account is recorded (a
 *   threshold-custody secp256k1 key whose "public key" is the 20-byte
 *   address, plus its metadata); then, given an executor key, the
 *   deployment is signed with it and sent through the upstream node.
 * - register: an existing Safe becomes an account only when its on-chain
 *   owners and threshold are exactly the parties' owner keys (the keys are
 *   made on the first attempt and kept, so the Safe can swap them in).
 * - show: address, owners, threshold and the on-chain nonce.
 * - payload: the stored payload of a SafeTx, its nonce read on chain.
 * - execute: send execTransaction with the executor key.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { type Hex, type PublicClient, BaseError, createPublicClient, getAddress, http, keccak256, parseSignature, serializeTransaction } from 'viem';
import { CustosError, badInput } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import { fromHex } from '../crypto/bytes.js';
import type { Instance } from '../keystore/instance.js';
import type { Keys } from '../keystore/keys.js';
import type { ThresholdKeyRecords } from '../keystore/types.js';
import { checkName } from '../keystore/refs.js';
import type { ThresholdCoordinator } from '../threshold/coordinator.js';
import { checkMembership } from '../threshold/parties.js';
import type { SafeAccountMeta } from '../threshold/safes.js';
import { SAFE_ABI, parseSafeTx, safeTxJson } from '../chains/evm/safe-tx.js';
import type { SafeStoredPayload } from '../requests/plans-safe.js';
import { SAFE_V141, createProxyData, predictSafeAddress, safeArtifact, setupData } from './contracts.js';

/** The v1.4.1 contracts a Safe account is made from (`deployContracts` on a chain without the canonical ones). */
export interface SafeContracts {
  singleton: string;
  factory: string;
  fallbackHandler: string;
}

const CONTRACTS = [
  ['singleton', 'Safe.sol/Safe'],
  ['factory', 'proxies/SafeProxyFactory.sol/SafeProxyFactory'],
  ['fallbackHandler', 'handler/CompatibilityFallbackHandler.sol/CompatibilityFallbackHandler'],
] as const;

/** What `safe create` takes. */
export interface SafeCreateSpec {
  name: string;
  chainId: number;
  threshold: number;
  parties: string[];
  tags?: Record<string, string>;
  /** A custos secp256k1 key that pays for the deployment and executes SafeTxs; without one, the deployment is returned unsent. */
  executor?: string;
  singleton?: string;
  factory?: string;
  fallbackHandler?: string;
}

/** What `safe register` takes. */
export interface SafeRegisterSpec {
  name: string;
  chainId: number;
  address: string;
  threshold: number;
  parties: string[];
  tags?: Record<string, string>;
  executor?: string;
}

/** An account as `safe show` gives it. */
export interface SafeInfo {
  name: string;
  chainId: number;
  address: string;
  threshold: number;
  owners: { party: string; address: string }[];
  executor: string | null;
  /** On chain now (null when the Safe has no code yet). */
  onChain: { owners: string[]; threshold: number; nonce: number } | null;
}

/** The account's metadata with what the coordinator adds to the parties' view. */
interface StoredSafe extends SafeAccountMeta {
  executor: string | null;
}

const addr = (v: string, field: string): Hex => getAddress(fromHexAddress(v, field)).toLowerCase() as Hex;
function fromHexAddress(v: unknown, field: string): Hex {
  if (typeof v !== 'string' || !/^0x[0-9a-fA-F]{40}$/.test(v)) throw badInput(`${field}: expected a 0x-prefixed 20-byte address`, { field });
  return v as Hex;
}

/** An upstream failure, with viem's short message only (never the URL, which may carry credentials). */
function upstreamError(what: string, e: unknown): CustosError {
  if (e instanceof CustosError) return e;
  const msg = e instanceof BaseError ? e.shortMessage : 'no answer';
  return new CustosError('E_UPSTREAM', `the upstream Ethereum node failed ${what}: ${msg.slice(0, 300)}`, { call: what }, { cause: e });
}

export class SafeAccounts {
  constructor(
    private readonly inst: Instance,
    private readonly keys: Keys,
    private readonly records: ThresholdKeyRecords,
    private readonly coordinator: ThresholdCoordinator,
    private readonly upstreamUrl: () => string | undefined,
  ) {}

  private client(): PublicClient {
    const url = this.upstreamUrl();
    if (!url) throw new CustosError('E_UNSUPPORTED', 'Safe accounts need an upstream Ethereum node (serve --eth-rpc URL)');
    return createPublicClient({ transport: http(url, { retryCount: 0, timeout: 30_000 }) });
  }

  private async checkChain(c: PublicClient, chainId: number): Promise<void> {
    const got = await c.getChainId().catch((e: unknown) => {
      throw upstreamError('eth_chainId', e);
    });
    if (got !== chainId) throw new CustosError('E_SAFE_MISMATCH', `the upstream node is on chain ${got}, not ${chainId}`, { chainId, upstream: got });
  }

  private async hasCode(c: PublicClient, a: Hex): Promise<boolean> {
    const code = await c.getCode({ address: a }).catch((e: unknown) => {
      throw upstreamError('eth_getCode', e);
    });
    return code !== undefined && code !== '0x';
  }

  private async stored(name: string): Promise<{ keyId: string; meta: StoredSafe }> {
    const repo = this.inst.store.read;
    const k = await this.records.thresholdRecord(repo, name);
    const meta = (await this.coordinator.safes.meta(repo, k.id)) as StoredSafe | undefined;
    if (!meta) throw new CustosError('E_KEY_NOT_FOUND', `"${name}" is not a Safe account`, { key: name });
    return { keyId: k.id, meta };
  }

  private async executorKey(name: string | undefined): Promise<string | null> {
    if (name === undefined) return null;
    const f = await this.keys.facts(this.inst.store.read, name);
    if (f.algorithm !== 'secp256k1' || f.custody === 'threshold' || f.custody === 'watch')
      throw badInput(`executor: "${name}" must be a secp256k1 key this instance signs with (local or HSM)`, { field: 'executor' });
    return f.name;
  }

  /** Create a Safe account: owner keys at the parties, the CREATE2 address, binding, record, then (with an executor) deployment. */
  async create(spec: SafeCreateSpec, actor: string): Promise<SafeInfo & { deployment: { to: string; data: string }; txHash: string | null }> {
    this.inst.assertUnsealed();
    const name = checkName(spec.name, 'key');
    const names = checkMembership(spec.parties, spec.threshold);
    if (await this.inst.store.read.getKeyByName(name)) throw new CustosError('E_NAME_TAKEN', `a key named "${name}" already exists`, { key: name });
    const singleton = addr(spec.singleton ?? SAFE_V141.singleton, 'singleton');
    const factory = addr(spec.factory ?? SAFE_V141.factory, 'factory');
    const fallbackHandler = addr(spec.fallbackHandler ?? SAFE_V141.fallbackHandler, 'fallbackHandler');
    const executor = await this.executorKey(spec.executor);
    const c = this.client();
    await this.checkChain(c, spec.chainId);
    for (const [what, a] of [
      ['singleton', singleton],
      ['factory', factory],
    ] as const)
      if (!(await this.hasCode(c, a)))
        throw badInput(`${what}: no contract at ${a} on chain ${spec.chainId} (deploy Safe v1.4.1 there, or name it)`, { field: what });
    const keyId = randomUUID();
    const owners = await this.coordinator.safes.makeOwners(keyId, name, spec.tags ?? {}, names);
    const initializer = setupData(
      owners.map((o) => o.address as Hex),
      spec.threshold,
      fallbackHandler,
    );
    const saltNonce = BigInt(`0x${randomBytes(32).toString('hex')}`);
    const address = predictSafeAddress({ factory, singleton, initializer, saltNonce }).toLowerCase() as Hex;
    const deployment = { to: factory, data: createProxyData({ singleton, initializer, saltNonce }) };
    const meta: StoredSafe = { keyId, name, chainId: spec.chainId, address, threshold: spec.threshold, owners, executor };
    await this.coordinator.safes.bind(meta);
    await this.recordAccount(meta, spec.tags ?? {}, actor, 'safe.create', { factory, singleton, fallbackHandler, saltNonce: saltNonce.toString() });
    const txHash = executor ? await this.send(c, executor, spec.chainId, deployment, actor) : null;
    if (txHash && !(await this.hasCode(c, address)))
      throw new CustosError('E_UPSTREAM', `the deployment ${txHash} did not create the Safe at ${address}`, { txHash, address });
    return { ...(await this.show(name)), deployment, txHash };
  }

  /**
   * Deploy the Safe v1.4.1 singleton, proxy factory and fallback handler from
   * the audited artifacts, paid by the executor key: for a chain without the
   * canonical deployments (a dev chain). Their addresses are what `create`
   * takes as singleton, factory and fallbackHandler.
   */
  async deployContracts(spec: { chainId: number; executor: string }, actor: string): Promise<SafeContracts> {
    this.inst.assertUnsealed();
    const executor = (await this.executorKey(spec.executor))!;
    const c = this.client();
    await this.checkChain(c, spec.chainId);
    const out: Partial<Record<keyof SafeContracts, string>> = {};
    for (const [field, path] of CONTRACTS) {
      const txHash = await this.send(c, executor, spec.chainId, { data: safeArtifact(path).bytecode }, actor);
      const receipt = await c.getTransactionReceipt({ hash: txHash as Hex });
      if (!receipt.contractAddress) throw new CustosError('E_UPSTREAM', `the deployment ${txHash} created no contract`, { txHash });
      out[field] = getAddress(receipt.contractAddress);
    }
    const contracts = out as SafeContracts;
    await this.inst.store.tx((repo) =>
      appendEvent(repo, { actor, action: 'safe.contracts', subject: `chain/${spec.chainId}`, details: { chainId: spec.chainId, executor, ...contracts } }),
    );
    return contracts;
  }

  /** Register an existing Safe: its on-chain owners and threshold must be exactly the parties' owner keys. */
  async register(spec: SafeRegisterSpec, actor: string): Promise<SafeInfo> {
    this.inst.assertUnsealed();
    const name = checkName(spec.name, 'key');
    const names = checkMembership(spec.parties, spec.threshold);
    const address = addr(spec.address, 'address');
    if (await this.inst.store.read.getKeyByName(name)) throw new CustosError('E_NAME_TAKEN', `a key named "${name}" already exists`, { key: name });
    const executor = await this.executorKey(spec.executor);
    const c = this.client();
    await this.checkChain(c, spec.chainId);
    if (!(await this.hasCode(c, address))) throw new CustosError('E_SAFE_MISMATCH', `no contract at ${address} on chain ${spec.chainId}`, { address });
    // Owner keys made on a first attempt are kept: the Safe can swap them in, and register again.
    const vault = this.coordinator.safes;
    let pending = await vault.pending(this.inst.store.read, name);
    if (!pending || pending.owners.map((o) => o.party).join(',') !== names.join(',')) {
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
        'E_SAFE_MISMATCH',
        `Safe ${address} has ${got.length} owners with threshold ${onChain.threshold}; it must have exactly the parties' owner keys (${expected.join(', ')}) with threshold ${spec.threshold}`,
        { address, expected, owners: got, threshold: onChain.threshold },
      );
    const meta: StoredSafe = { ...pending, chainId: spec.chainId, address, threshold: spec.threshold, executor };
    await vault.bind(meta);
    await this.recordAccount(meta, spec.tags ?? {}, actor, 'safe.register', {});
    return this.show(name);
  }

  private async recordAccount(
    meta: StoredSafe,
    tags: Record<string, string>,
    actor: string,
    action: 'safe.create' | 'safe.register',
    details: Record<string, unknown>,
  ) {
    await this.inst.store.tx(async (repo) => {
      await this.records.insertThresholdIn(
        repo,
        { id: meta.keyId, name: meta.name, algorithm: 'secp256k1', tags, allowRaw: false, publicKey: fromHex(meta.address, 'address', 20) },
        actor,
        { threshold: meta.threshold, parties: meta.owners.map((o) => o.party), safe: meta.address, chainId: meta.chainId },
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
          ...details,
        },
      });
    });
  }

  private async readSafe(c: PublicClient, address: Hex): Promise<{ owners: string[]; threshold: number; nonce: number }> {
    try {
      const [owners, threshold, nonce] = await Promise.all([
        c.readContract({ address, abi: SAFE_ABI, functionName: 'getOwners' }),
        c.readContract({ address, abi: SAFE_ABI, functionName: 'getThreshold' }),
        c.readContract({ address, abi: SAFE_ABI, functionName: 'nonce' }),
      ]);
      return { owners: owners.map((o) => o.toLowerCase()), threshold: Number(threshold), nonce: Number(nonce) };
    } catch (e) {
      throw upstreamError('reading the Safe (getOwners, getThreshold, nonce)', e);
    }
  }

  /** Address, owners, threshold, and what the chain says now. */
  async show(name: string): Promise<SafeInfo> {
    const { meta } = await this.stored(name);
    const c = this.client();
    const onChain = (await this.hasCode(c, meta.address as Hex)) ? await this.readSafe(c, meta.address as Hex) : null;
    return {
      name: meta.name,
      chainId: meta.chainId,
      address: meta.address,
      threshold: meta.threshold,
      owners: meta.owners.map((o) => ({ party: o.party, address: o.address })),
      executor: meta.executor,
      onChain,
    };
  }

  /** The stored payload of a call from the Safe: every SafeTx field explicit, the nonce the Safe's on chain. */
  async payload(name: string, call: { to: string; value?: string; data?: string; operation?: number; nonce?: string | number }): Promise<SafeStoredPayload> {
    const { meta } = await this.stored(name);
    const nonce = call.nonce ?? (await this.readSafe(this.client(), meta.address as Hex)).nonce;
    const tx = parseSafeTx({ ...call, nonce }, 'tx');
    return { type: 'safe', key: meta.name, safe: meta.address, chainId: meta.chainId, tx: safeTxJson(tx) };
  }

  /** Whether `name` is a Safe account (a missing key is not). */
  async isAccount(name: string): Promise<boolean> {
    const k = await this.inst.store.read.getKeyByName(name);
    return k?.custody === 'threshold' && (await this.coordinator.safes.meta(this.inst.store.read, k.id)) !== undefined;
  }

  /**
   * The stored payload for what `sign.evm` asks of a Safe account: an
   * `evm.transaction` (to, value, data: a call) or a `safe.transaction`
   * (`tx`: any SafeTx fields; the nonce defaults to the Safe's).
   */
  async payloadFor(name: string, p: { kind: string } & Record<string, unknown>): Promise<SafeStoredPayload> {
    if (p.kind === 'evm.transaction') {
      const t = (p.transaction ?? {}) as Record<string, unknown>;
      const { meta } = await this.stored(name);
      if (t.chainId !== undefined && Number(t.chainId) !== meta.chainId)
        throw badInput(`transaction.chainId: Safe account "${name}" is on chain ${meta.chainId}`, { field: 'transaction.chainId' });
      if (typeof t.to !== 'string') throw badInput('transaction.to: a Safe account makes calls: give the address to call', { field: 'transaction.to' });
      return this.payload(name, {
        to: t.to,
        ...(t.value !== undefined ? { value: t.value as string } : {}),
        ...(t.data !== undefined ? { data: t.data as string } : {}),
      });
    }
    if (p.kind === 'safe.transaction') return this.payload(name, (p.tx ?? {}) as Parameters<SafeAccounts['payload']>[1]);
    throw new CustosError('E_UNSUPPORTED', `Safe account "${name}" signs evm.transaction and safe.transaction payloads, not ${p.kind.slice(0, 32)}`, {
      key: name,
    });
  }

  /** Send a signed request's execTransaction with the account's executor key; the transaction hash. */
  async execute(name: string, exec: { to: string; data: string }, actor: string): Promise<{ txHash: string; success: boolean }> {
    const { meta } = await this.stored(name);
    if (!meta.executor)
      throw new CustosError('E_UNSUPPORTED', `Safe account "${name}" has no executor key: submit its execTransaction yourself`, { key: name });
    if (addr(exec.to, 'to') !== meta.address) throw badInput(`to: not Safe account "${name}"`, { field: 'to' });
    const c = this.client();
    const txHash = await this.send(c, meta.executor, meta.chainId, { to: meta.address as Hex, data: exec.data as Hex }, actor);
    const receipt = await c.getTransactionReceipt({ hash: txHash as Hex });
    // execTransaction emits ExecutionSuccess or ExecutionFailure; the Safe's nonce moves either way.
    const failure = keccak256(new TextEncoder().encode('ExecutionFailure(bytes32,uint256)'));
    return { txHash, success: receipt.status === 'success' && !receipt.logs.some((l) => l.topics[0] === failure) };
  }

  /** Sign a transaction with a custos key (audited key.sign) and send it through the upstream; waits for its receipt. */
  /** (No `to`: a contract creation.) */
  private async send(c: PublicClient, key: string, chainId: number, call: { to?: Hex; data: Hex }, actor: string): Promise<string> {
    try {
      const from = (await this.keys.show(key)).addresses.ethereum as Hex | undefined;
      if (!from) throw badInput(`executor: key "${key}" has no Ethereum address`, { field: 'executor' });
      const [nonce, gas, fees] = await Promise.all([
        c.getTransactionCount({ address: from, blockTag: 'pending' }),
        c.estimateGas({ account: from, ...(call.to ? { to: call.to } : {}), data: call.data }),
        c.estimateFeesPerGas(),
      ]);
      const tx = {
        type: 'eip1559' as const,
        chainId,
        nonce,
        ...(call.to ? { to: call.to } : {}),
        data: call.data,
        value: 0n,
        gas: (gas * 12n) / 10n,
        maxFeePerGas: fees.maxFeePerGas,
        maxPriorityFeePerGas: fees.maxPriorityFeePerGas,
      };
      const digest = fromHex(keccak256(serializeTransaction(tx)), 'digest', 32);
      const sig = await this.keys.sign(key, { digest }, { scheme: 'ecdsa' }, actor);
      const raw = serializeTransaction(tx, parseSignature(`0x${sig.signature}`));
      const hash = await c.sendRawTransaction({ serializedTransaction: raw });
      const receipt = await c.waitForTransactionReceipt({ hash, timeout: 60_000 });
      if (receipt.status !== 'success') throw new CustosError('E_UPSTREAM', `transaction ${hash} reverted`, { txHash: hash });
      return hash;
    } catch (e) {
      throw upstreamError('sending a transaction', e);
    }
  }
}
