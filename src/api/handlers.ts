/**
 * One implementation per API operation. The server calls these for an
 * authenticated principal; the CLI calls the same functions in local mode for
 * the local operator. Inputs were validated against the contract's schemas.
 */
import { CustosError, badInput } from '../errors.js';
import { ARGON2_DEFAULTS, isWeakArgon2 } from '../crypto/argon2.js';
import { getAlgorithm, isThresholdAlgorithm, THRESHOLD_ALGORITHMS } from '../crypto/algorithms.js';
import { clean, fromHex, toHex, utf8 } from '../crypto/bytes.js';
import { ethereumAddress } from '../crypto/addresses.js';
import { decryptKeystoreV3, encryptKeystoreV3 } from '../formats/keystore-v3.js';
import { decryptEip2335, encryptEip2335 } from '../formats/eip2335.js';
import { exportTrail, verifyStoredTrail } from '../audit/trail.js';
import { auditActor, requireRole } from '../access/actor.js';
import { submitEvm } from './sign-evm.js';
import type { ApiContext } from './context.js';
import { ThresholdCoordinator } from '../threshold/coordinator.js';
import { ethRpc, type RpcRequest } from './eth-rpc.js';
import { createBackup, restoreBackup } from '../keystore/backup.js';
import { rekey, rotateRoot } from '../keystore/operator.js';
import { hostHsmAccess } from '../keystore/hsm-config.js';
import { parseHash, signingBytes, type SignInput } from '../keystore/payload.js';
import { checkPublicKey, prepareSignature, signatureRefused, type VerifyOptions } from '../crypto/verify.js';
import type { VerifyResult } from '../keystore/keys.js';
import { parseCurve } from '../keystore/refs.js';
import type { SignatureScheme } from '../crypto/algorithms.js';
import type { RequestStatus } from '../store/records.js';
import type { AdminOutputs } from '../requests/admin.js';
import type { AdminAction } from '../requests/types.js';
import type { RequestView } from '../requests/view.js';
import type { OperationInput, OperationName, OperationOutput } from './contract.js';
import { rebuildRisk } from '../requests/risk.js';
import { importBatch } from '../keystore/import-batch.js';

export type { ApiContext } from './context.js';

/** The implementation of operation N: its contract input in, its contract output out (checked by the compiler). */
export type Handler<N extends OperationName> = (ctx: ApiContext, input: OperationInput<N>) => Promise<OperationOutput<N>>;
/** One handler per operation. */
export type Handlers = { [N in OperationName]: Handler<N> };

/** Verify under a caller-given public key (checked: on the curve, not small-order), no stored key involved. */
function verifyUnderPublicKey(
  algorithm: string,
  publicKey: Uint8Array,
  input: SignInput,
  signature: Uint8Array,
  opts: VerifyOptions & { scheme?: SignatureScheme },
): VerifyResult {
  const pub = checkPublicKey(algorithm, publicKey);
  const alg = getAlgorithm(algorithm);
  const scheme = opts.scheme ?? alg.defaultScheme;
  if (!alg.schemes.includes(scheme)) throw new CustosError('E_UNSUPPORTED', `${algorithm} keys do not sign with ${scheme}`);
  const verdict = prepareSignature(algorithm, scheme, signature, opts).verify(pub, signingBytes(scheme, input));
  const key = toHex(pub);
  return verdict === 'valid'
    ? { valid: true, version: null, key }
    : { valid: false, version: null, key, ...(verdict === 'v-mismatch' ? { vMismatch: 1 } : {}) };
}

function signInputOf(i: { digest?: string; message?: string; hash?: string }): SignInput {
  return {
    ...(i.digest !== undefined ? { digest: fromHex(i.digest, 'digest') } : {}),
    ...(i.message !== undefined ? { message: fromHex(i.message, 'message') } : {}),
    ...(i.hash ? { hash: parseHash(i.hash) } : {}),
  };
}

/**
 * Run an admin action under the meta-policy: its output when it ran at once,
 * or the request that waits for more admins. executeAdmin dispatches on the
 * action, so the output is what that action's executor returns (AdminOutputs).
 */
async function governed<A extends AdminAction>(ctx: ApiContext, action: A): Promise<AdminOutputs[A['action']] | { status: 'pending'; request: RequestView }> {
  const r = await ctx.requests.governed(ctx.actor, action);
  return r.status === 'done' ? (r.output as AdminOutputs[A['action']]) : r;
}

async function status(ctx: ApiContext) {
  const { inst } = ctx;
  const cfg = inst.sealConfig;
  const head = await inst.store.read.lastEvent();
  const policy = await inst.store.read.access.currentPolicy();
  return {
    initialized: true as const,
    instanceId: inst.instanceId,
    store: inst.location,
    sealed: inst.sealed,
    mode: ctx.mode,
    seal:
      cfg.kind === 'passphrase'
        ? {
            kind: cfg.kind,
            kdf: { alg: cfg.kdf.alg, memoryKib: cfg.kdf.memoryKib, iterations: cfg.kdf.iterations, parallelism: cfg.kdf.parallelism },
            weak: isWeakArgon2(cfg.kdf),
          }
        : cfg.kind === 'pkcs11'
          ? { kind: cfg.kind, token: cfg.token, keyLabel: cfg.keyLabel, mechanism: cfg.mechanism }
          : { kind: cfg.kind, shares: cfg.shares, threshold: cfg.threshold },
    rootVersion: cfg.rootVersion,
    keys: (await inst.store.read.listKeys()).length,
    wallets: (await inst.store.read.listWallets()).length,
    principals: (await inst.store.read.access.listPrincipals()).length,
    policyVersion: policy?.version ?? 0,
    audit: { events: head?.seq ?? 0, headHash: head?.hash ?? null, auditPublicKey: toHex(inst.auditPublicKey) },
  };
}

export const handlers: Handlers = {
  'sys.health': async (ctx) => {
    const p = ctx.unsealProgress.state();
    return {
      initialized: true,
      sealed: ctx.inst.sealed,
      ready: !ctx.inst.sealed,
      instanceId: ctx.inst.instanceId,
      ...(p.progress !== undefined ? { progress: p.progress, threshold: p.threshold! } : {}),
    };
  },
  'sys.ready': async (ctx) => {
    if (ctx.inst.sealed) throw new CustosError('E_SEALED', 'custos is sealed');
    return { ready: true };
  },
  'sys.upcheck': async () => 'OK',
  'sys.metrics': async () => {
    throw new CustosError('E_UNSUPPORTED', 'metrics are served by a running server (custos serve): GET /v1/sys/metrics');
  },
  'sys.unseal': async () => {
    throw new CustosError('E_INTERNAL', 'unseal is handled by the server');
  },
  'sys.status': status,
  'sys.rotateRoot': async (ctx) => rotateRoot(ctx.inst, auditActor(ctx.actor)),
  'sys.rekey': async (ctx, i) => {
    if (i.seal === 'pkcs11') {
      if (!i.keyLabel) throw badInput('a pkcs11 rekey needs the AES key label (keyLabel)', { field: 'keyLabel' });
      return rekey(ctx.inst, { kind: 'pkcs11', access: hostHsmAccess(ctx.inst.dataDir), keyLabel: i.keyLabel }, auditActor(ctx.actor));
    }
    if (i.seal === 'shamir') {
      if (!i.shares || !i.threshold) throw badInput('a Shamir rekey needs shares and threshold');
      return rekey(ctx.inst, { kind: 'shamir', shares: i.shares, threshold: i.threshold }, auditActor(ctx.actor));
    }
    if (!i.passphrase || i.passphrase.length < 8) throw badInput('the new passphrase must be at least 8 characters', { field: 'passphrase' });
    const argon2 = {
      memoryKib: (i.kdfMemoryMib ?? ARGON2_DEFAULTS.memoryKib / 1024) * 1024,
      iterations: i.kdfIterations ?? ARGON2_DEFAULTS.iterations,
      parallelism: ARGON2_DEFAULTS.parallelism,
    };
    return rekey(ctx.inst, { kind: 'passphrase', passphrase: utf8(i.passphrase), argon2 }, auditActor(ctx.actor));
  },

  'key.list': async (ctx) => ctx.keys.list(),
  'key.create': async (ctx, i) => {
    if (isThresholdAlgorithm(i.type) || i.threshold !== undefined || i.parties !== undefined) {
      if (!isThresholdAlgorithm(i.type))
        throw badInput(`--threshold and --parties make threshold keys: use --type ${THRESHOLD_ALGORITHMS.join(' | ')}`, { field: 'type' });
      if (i.threshold === undefined || i.parties === undefined)
        throw badInput(`a ${i.type} key needs --threshold T and --parties A,B,C`, { field: 'threshold' });
      if (i.exportable) throw badInput('threshold keys are never exportable: no process holds the whole secret', { field: 'exportable' });
      return ctx.threshold.createKey(
        { name: i.name, suite: i.type, threshold: i.threshold, parties: i.parties, tags: i.tags ?? {}, allowRaw: i.allowRaw === true },
        auditActor(ctx.actor),
      );
    }
    if (i.custody === 'hsm' && i.exportable)
      throw badInput('HSM keys are never exportable: the secret is generated in the token and cannot leave it', { field: 'exportable' });
    return ctx.keys.create(
      {
        name: i.name,
        algorithm: i.type,
        exportable: i.exportable ?? false,
        allowRaw: i.allowRaw === true,
        tags: i.tags ?? {},
        ...(i.custody === 'hsm' || i.custody === 'cold' ? { custody: i.custody } : {}),
      },
      auditActor(ctx.actor),
    );
  },
  'key.show': async (ctx, i) => {
    const info = await ctx.keys.show(i.ref, i.curve ? parseCurve(i.curve) : undefined);
    const t = info.custody === 'threshold' && info.id ? await ctx.threshold.describe(info.id) : null;
    return t ? { ...info, threshold: t } : info;
  },
  'key.refresh': async (ctx, i) => governed(ctx, { action: 'key.refresh' as const, name: i.name }),
  'key.refreshSchedule': async (ctx, i) => governed(ctx, { action: 'key.refreshSchedule' as const, name: i.name, every: i.every }),
  'key.reshare': async (ctx, i) =>
    governed(ctx, {
      action: 'key.reshare' as const,
      name: i.name,
      ...(i.threshold !== undefined ? { threshold: i.threshold } : {}),
      ...(i.parties ? { parties: i.parties } : {}),
    }),
  'party.add': async (ctx, i) => {
    ThresholdCoordinator.checkPartySpec(i);
    return governed(ctx, { action: 'party.add' as const, name: i.name, url: i.url, identity: i.identity });
  },
  'party.remove': async (ctx, i) => governed(ctx, { action: 'party.remove' as const, name: i.name }),
  'party.list': async (ctx) => ctx.threshold.listParties(),
  'key.rotate': async (ctx, i) => ctx.keys.rotate(i.name, auditActor(ctx.actor)),
  'schedule.list': async (ctx) => ({ schedules: await ctx.schedules.list() }),
  'schedule.set': async (ctx, i) => ctx.schedules.set(i.action, i.target, i.every, auditActor(ctx.actor)),
  'schedule.remove': async (ctx, i) => ctx.schedules.remove(i.action, i.target, auditActor(ctx.actor)),
  'key.disable': async (ctx, i) => ctx.keys.setEnabled(i.name, false, auditActor(ctx.actor)),
  'key.enable': async (ctx, i) => ctx.keys.setEnabled(i.name, true, auditActor(ctx.actor)),
  'key.destroy': async (ctx, i) => {
    const r = await governed(ctx, { action: 'key.destroy', name: i.name });
    await ctx.inst.store.driver.scrub(); // old page images of the shredded data key leave the WAL too
    return r;
  },
  'key.usage': async (ctx, i) => governed(ctx, { action: 'key.usage' as const, name: i.name, allowRaw: i.allowRaw }),
  'wallet.usage': async (ctx, i) => governed(ctx, { action: 'wallet.usage' as const, name: i.name, allowRaw: i.allowRaw }),
  'key.import': async (ctx, i) => {
    if (i.format === 'public') {
      // Watch-only: a bare public key, checked like verify's publicKey (on the curve, not small-order).
      for (const f of ['password', 'exportable', 'allowRaw'] as const) {
        if (i[f] !== undefined && i[f] !== false) throw badInput(`${f}: a watch-only key has no secret to protect, export or sign with`, { field: f });
      }
      const algorithm = i.type ?? 'secp256k1';
      const pub = checkPublicKey(algorithm, fromHex(i.content.trim(), 'publicKey'));
      return ctx.keys.importPublic({ name: i.name, algorithm, tags: i.tags ?? {} }, pub, auditActor(ctx.actor));
    }
    let algorithm: string;
    let secret: Uint8Array;
    if (i.format === 'raw') {
      algorithm = i.type ?? 'secp256k1';
      getAlgorithm(algorithm);
      secret = fromHex(i.content.trim(), 'key file', 32);
    } else {
      algorithm = i.format === 'keystore-v3' ? 'secp256k1' : 'bls12-381';
      if (i.type && i.type !== algorithm) throw badInput(`${i.format} holds ${algorithm} keys, not ${i.type}`, { field: 'type' });
      if (i.password === undefined) throw badInput(`a ${i.format} import needs the keystore password`, { field: 'password' });
      // Both decoders also check the keystore's declared address / pubkey against the secret.
      secret = i.format === 'keystore-v3' ? decryptKeystoreV3(i.content, i.password) : decryptEip2335(i.content, i.password);
    }
    try {
      return await ctx.keys.importSecret(
        { name: i.name, algorithm, exportable: i.exportable ?? false, allowRaw: i.allowRaw === true, tags: i.tags ?? {} },
        secret,
        'imported',
        auditActor(ctx.actor),
        { format: i.format },
      );
    } finally {
      clean(secret);
    }
  },
  'key.importBatch': async (ctx, i) => importBatch(ctx.keys, ctx.inst.store, i, auditActor(ctx.actor), ctx.progress ? { progress: ctx.progress } : {}),
  'key.export': async (ctx, i) => {
    if (i.format !== 'raw' && i.password === undefined) throw badInput(`a ${i.format} export needs a password`, { field: 'password' });
    const out = await ctx.keys.withExportableSecret(i.name, (secret, k, pub) => {
      if (i.format === 'raw') return { secret: toHex(secret) };
      if (i.format === 'keystore-v3') {
        if (k.algorithm !== 'secp256k1') throw new CustosError('E_UNSUPPORTED', 'keystore-v3 holds secp256k1 keys only');
        return {
          keystore: encryptKeystoreV3(secret, i.password!, {
            address: ethereumAddress(pub).slice(2).toLowerCase(),
            ...(i.scryptLogN ? { scryptLogN: i.scryptLogN } : {}),
          }),
        };
      }
      if (k.algorithm !== 'bls12-381') throw new CustosError('E_UNSUPPORTED', 'eip2335 holds bls12-381 keys only');
      return {
        keystore: encryptEip2335(secret, i.password!, {
          path: i.path ?? '',
          pubkey: toHex(pub),
          kdf: i.kdf ?? 'scrypt',
          ...(i.scryptLogN ? { scryptLogN: i.scryptLogN } : {}),
        }),
      };
    });
    await ctx.inst.mutate(async () => ({
      result: undefined,
      audit: { actor: auditActor(ctx.actor), action: 'key.export', subject: `key/${i.name}`, details: { format: i.format } },
    }));
    return { key: i.name, format: i.format, ...out };
  },

  'wallet.list': async (ctx) => ctx.wallets.list(),
  'wallet.create': async (ctx, i) => {
    const r = await ctx.wallets.create(i.name, i.words ?? 24, !i.noShow, auditActor(ctx.actor), { allowRaw: i.allowRaw === true });
    return { ...r.wallet, ...(r.mnemonic ? { mnemonic: r.mnemonic } : {}) };
  },
  'wallet.import': async (ctx, i) => {
    if ((i.mnemonic === undefined) === (i.seed === undefined)) throw badInput('give exactly one of mnemonic or seed');
    if (i.mnemonic !== undefined)
      return ctx.wallets.importMnemonic(i.name, i.mnemonic.trim().replace(/\s+/g, ' '), i.bip39Passphrase ?? '', auditActor(ctx.actor), {
        allowRaw: i.allowRaw === true,
      });
    if (i.bip39Passphrase) throw badInput('a BIP39 passphrase goes with a mnemonic', { field: 'bip39Passphrase' });
    const seed = fromHex(i.seed!.trim(), 'seed');
    try {
      return await ctx.wallets.storeSeed(
        i.name,
        seed,
        'imported',
        auditActor(ctx.actor),
        { format: 'seed', bytes: seed.length },
        { allowRaw: i.allowRaw === true },
      );
    } finally {
      clean(seed);
    }
  },
  'wallet.xpub': async (ctx, i) => ({ wallet: i.name, path: i.path ?? 'm', xpub: await ctx.wallets.xpub(i.name, i.path ?? 'm', auditActor(ctx.actor)) }),

  'backup.create': async (ctx, i) => {
    if (!!i.wallet === !!i.key) throw badInput('give exactly one of wallet or key');
    const spec = {
      groupThreshold: i.groupThreshold,
      groups: i.groups,
      ...(i.passphrase ? { passphrase: i.passphrase } : {}),
      ...(i.iterationExponent !== undefined ? { iterationExponent: i.iterationExponent } : {}),
    };
    const groups = await createBackup(ctx.inst, ctx.keys, ctx.wallets, i.wallet ? { wallet: i.wallet } : { key: i.key! }, spec, auditActor(ctx.actor));
    return { target: i.wallet ? { wallet: i.wallet } : { key: i.key }, groupThreshold: i.groupThreshold, groups };
  },
  'backup.restore': async (ctx, i) => {
    if (i.type) getAlgorithm(i.type);
    const mnemonics = i.shares.map((s) => s.trim().replace(/\s+/g, ' ')).filter(Boolean);
    return restoreBackup(
      ctx.keys,
      ctx.wallets,
      i.name,
      mnemonics,
      i.passphrase ?? '',
      i.type ? { algorithm: i.type, exportable: i.exportable ?? false, allowRaw: i.allowRaw === true } : { wallet: true, allowRaw: i.allowRaw === true },
      auditActor(ctx.actor),
    );
  },

  sign: async (ctx, i) => ctx.requests.submitSign(ctx.actor, i),
  'sign.evm': async (ctx, i) => {
    const meta = { note: i.note, tags: i.tags, idempotencyKey: i.idempotencyKey, offline: i.offline };
    return submitEvm(ctx, i.key, i.payload, meta, i.curve);
  },
  'safe.create': async (ctx, i) => ctx.safes.create(i, auditActor(ctx.actor)),
  'safe.deployContracts': async (ctx, i) => ctx.safes.deployContracts(i, auditActor(ctx.actor)),
  'safe.register': async (ctx, i) => ctx.safes.register(i, auditActor(ctx.actor)),
  'safe.show': async (ctx, i) => ctx.safes.show(i.name),
  'safe.execute': async (ctx, i) => {
    const r = await ctx.requests.show(ctx.actor, i.requestId);
    const exec = r.result?.execTransaction as { to: string; data: string } | undefined;
    if (r.status !== 'signed' || r.key !== i.name || !exec)
      throw new CustosError('E_BAD_INPUT', `request ${i.requestId} is not a signed request of Safe account "${i.name}"`, { field: 'requestId' });
    return ctx.safes.execute(i.name, exec, auditActor(ctx.actor));
  },
  'sign.bitcoin': async (ctx, i) =>
    ctx.requests.submit(
      ctx.actor,
      { type: 'bitcoin', keys: i.keys, psbt: i.psbt, ...(i.network ? { network: i.network } : {}) },
      { note: i.note, tags: i.tags, idempotencyKey: i.idempotencyKey, offline: i.offline },
    ),
  'sign.solana': async (ctx, i) =>
    ctx.requests.submit(
      ctx.actor,
      {
        type: 'solana',
        key: i.key,
        ...(i.curve ? { curve: i.curve } : {}),
        ...(i.message !== undefined ? { message: i.message } : {}),
        ...(i.transaction !== undefined ? { transaction: i.transaction } : {}),
      },
      { note: i.note, tags: i.tags, idempotencyKey: i.idempotencyKey, offline: i.offline },
    ),
  'eth.rpc': async (ctx, i) => ethRpc(ctx, i as RpcRequest),
  verify: async (ctx, i) => verifyOperation(i, ctx.keys),

  'request.list': async (ctx, i) =>
    ctx.requests.list(ctx.actor, { ...(i.status ? { status: i.status as RequestStatus } : {}), ...(i.limit ? { limit: i.limit } : {}) }),
  'request.show': async (ctx, i) => ctx.requests.show(ctx.actor, i.id),
  'request.approve': async (ctx, i) => {
    const v = await ctx.requests.decide(ctx.actor, i.id, 'approve', i.signature);
    if (v.kind === 'admin:key.destroy' && v.status === 'signed') {
      await ctx.inst.store.driver.scrub();
      if (v.key) await ctx.threshold.afterDestroy(v.key).catch(() => undefined); // its parties delete their shares on the quorum's proof
    }
    return v;
  },
  'request.reject': async (ctx, i) => ctx.requests.decide(ctx.actor, i.id, 'reject', i.signature),
  'request.cancel': async (ctx, i) => ctx.requests.cancel(ctx.actor, i.id),
  'request.export': async (ctx, i) => ctx.requests.airgap.online.export(ctx.actor, i.id),
  'request.import': async (ctx, i) => ctx.requests.airgap.online.import(ctx.actor, i.response),

  'policy.show': async (ctx, i) => {
    if (i.version !== undefined) {
      // An earlier version, for comparing (the console's diff): as the history holds it.
      const old = (await ctx.policies.history(ctx.inst.store.read)).find((r) => r.version === i.version);
      if (!old) throw new CustosError('E_NOT_FOUND', `no policy version ${i.version}`, { version: i.version });
      return { version: old.version, digest: old.digest, source: old.source, createdAt: old.createdAt, createdBy: old.createdBy };
    }
    const rec = await ctx.inst.store.read.access.currentPolicy();
    const cur = await ctx.policies.current(ctx.inst.store.read);
    return {
      version: cur.version,
      digest: cur.policy.digest,
      source: rec?.source ?? cur.policy.source,
      createdAt: rec?.createdAt ?? null,
      createdBy: rec?.createdBy ?? null,
    };
  },
  'policy.set': async (ctx, i) => governed(ctx, { action: 'policy.set', source: i.source }),
  'policy.history': async (ctx) => (await ctx.policies.history(ctx.inst.store.read)).map(({ source: _s, ...rest }) => rest),
  'policy.check': async (ctx, i) => {
    let actor = ctx.actor;
    if (i.principal) {
      requireRole(ctx.actor, ['admin', 'operator', 'auditor'], 'checking another principal');
      const p = await ctx.principals.byName(ctx.inst.store.read, i.principal);
      actor = { id: p.id, name: p.name, role: p.role, kind: 'api', tags: p.tags };
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
      explain: r.explain,
    };
  },
  'list.show': async (ctx) => ctx.inst.store.read.access.allLists(),
  'list.set': async (ctx, i) => governed(ctx, { action: 'list.set', name: i.name, values: i.values }),

  'principal.list': async (ctx) => ctx.principals.list(),
  'principal.create': async (ctx, i) =>
    governed(ctx, { action: 'principal.create', name: i.name, role: i.role, publicKey: i.publicKey, ...(i.tags ? { tags: i.tags } : {}) }),
  'principal.revoke': async (ctx, i) => governed(ctx, { action: 'principal.revoke', name: i.name }),
  'recovery.propose': async (ctx, i) => ctx.requests.proposeRecovery(ctx.actor, { admins: i.admins, ...(i.revoke ? { revoke: i.revoke } : {}) }),
  'principal.unfreeze': async (ctx, i) => governed(ctx, { action: 'principal.unfreeze' as const, name: i.name }),
  'key.unfreeze': async (ctx, i) => governed(ctx, { action: 'key.unfreeze' as const, name: i.name }),
  'risk.freezes': async (ctx) => ctx.inst.store.read.risk.freezes(),
  'risk.rebuild': async (ctx) => {
    ctx.inst.assertUnsealed();
    return rebuildRisk(ctx.inst.store, ctx.inst.records, auditActor(ctx.actor), (r) => ctx.inst.records.verify('requests', r));
  },
  'passkey.registerOptions': async (ctx, i) => ctx.passkeys.registrationOptions(i.principal, i.token),
  'passkey.register': async (ctx, i) => ctx.passkeys.register(i.principal, i.token, i.response),
  'passkey.loginOptions': async (ctx, i) => ctx.passkeys.loginOptions(i.principal),
  'passkey.login': async (ctx, i) => ctx.passkeys.login(i),
  'passkey.logout': async (ctx) => {
    if (!ctx.actor.session) throw badInput('passkey.logout ends the session a request is signed with; this request carries none (x-custos-session)');
    return ctx.passkeys.revoke(ctx.actor.session, ctx.actor);
  },
  'session.list': async (ctx) => ({ sessions: await ctx.passkeys.list() }),
  'session.revoke': async (ctx, i) => ctx.passkeys.revoke(i.id, ctx.actor),
  'token.create': async (ctx, i) => ctx.principals.createToken(i.principal, i.ttl, ctx.actor),
  'token.revoke': async (ctx, i) => ctx.principals.revokeToken(i.id, ctx.actor),

  'webhook.list': async (ctx) => ({ webhooks: await ctx.webhooks.list() }),
  'webhook.add': async (ctx, i) => governed(ctx, { action: 'webhook.add' as const, name: i.name, url: i.url, events: i.events }),
  'webhook.remove': async (ctx, i) => governed(ctx, { action: 'webhook.remove' as const, name: i.name }),
  'webhook.secret': async (ctx, i) => {
    requireRole(ctx.actor, ['admin'], 'webhook.secret');
    return ctx.webhooks.secret(i.name, auditActor(ctx.actor));
  },
  'webhook.deliveries': async (ctx, i) => ({
    deliveries: await ctx.webhooks.deliveries({
      ...(i.status ? { status: i.status } : {}),
      ...(i.webhook ? { webhook: i.webhook } : {}),
      ...(i.limit ? { limit: i.limit } : {}),
    }),
  }),
  'audit.verify': async (ctx) => {
    const r = await verifyStoredTrail(ctx.inst.store.read, ctx.inst.instanceId, ctx.inst.auditPublicKey);
    if (!r.ok)
      throw new CustosError('E_AUDIT_BROKEN', `audit trail broken at event ${r.firstBroken?.seq}: ${r.firstBroken?.reason}`, {
        seq: r.firstBroken?.seq,
        reason: r.firstBroken?.reason,
      });
    return { ...r, auditPublicKey: toHex(ctx.inst.auditPublicKey) };
  },
  'audit.export': async (ctx) => {
    // Unsealed: record the export, sign a checkpoint over the head, and end the export at that checkpoint,
    // so events appended meanwhile (other requests, other instances) do not leave it with an unsigned tail.
    let through: number | undefined;
    if (!ctx.inst.sealed) {
      await ctx.inst.mutate(async () => ({
        result: undefined,
        audit: { actor: auditActor(ctx.actor), action: 'audit.export', subject: `instance/${ctx.inst.instanceId}`, details: { format: 'jsonl' } },
      }));
      await ctx.inst.checkpoint();
      through = (await ctx.inst.store.read.lastCheckpoint())?.seq;
    }
    const lines: string[] = [];
    for await (const l of exportTrail(
      ctx.inst.store.read,
      { instanceId: ctx.inst.instanceId, auditPublicKey: toHex(ctx.inst.auditPublicKey), exportedAt: new Date().toISOString() },
      through,
    ))
      lines.push(l);
    return `${lines.join('\n')}\n`;
  },
};

/**
 * The verify operation. Under a bare `publicKey` it reads nothing stored, so
 * `keys` may be absent (the CLI's local mode then needs no instance); a
 * stored key or wallet account needs them.
 */
export async function verifyOperation(i: OperationInput<'verify'>, keys?: ApiContext['keys']): Promise<OperationOutput<'verify'>> {
  const signature = fromHex(i.signature, 'signature');
  const opts = { ...(i.format ? { format: i.format } : {}), ...(i.allowHighS ? { allowHighS: true } : {}) };
  let r: VerifyResult;
  if (i.publicKey !== undefined) {
    if (i.key !== undefined) throw badInput('give either key or publicKey, not both', { field: 'publicKey' });
    for (const f of ['version', 'curve'] as const) {
      if (i[f] !== undefined) throw badInput(`${f}: applies to stored keys, not to a publicKey`, { field: f });
    }
    if (!i.algorithm) throw badInput('algorithm: required with publicKey (secp256k1, ed25519, bls12-381, ml-dsa-65)', { field: 'algorithm' });
    r = verifyUnderPublicKey(i.algorithm, fromHex(i.publicKey, 'publicKey'), signInputOf(i), signature, {
      ...opts,
      ...(i.scheme ? { scheme: i.scheme as SignatureScheme } : {}),
    });
  } else {
    if (i.key === undefined) throw badInput('give key (a stored key or wallet account) or publicKey', { field: 'key' });
    if (i.algorithm !== undefined) throw badInput('algorithm: applies to a publicKey; a stored key has its own', { field: 'algorithm' });
    if (!keys) throw new CustosError('E_USAGE', 'verifying under a stored key needs an instance (--data or --server)');
    r = await keys.verify(i.key, signInputOf(i), signature, {
      ...opts,
      ...(i.version !== undefined ? { version: i.version } : {}),
      ...(i.scheme ? { scheme: i.scheme as SignatureScheme } : {}),
      ...(i.curve ? { curve: parseCurve(i.curve) } : {}),
    });
  }
  if (r.vMismatch !== undefined) {
    throw signatureRefused(
      'v-mismatch',
      `r and s verify under ${r.key}${i.publicKey === undefined ? ` v${r.vMismatch}` : ''}, but v = ${signature[64]} recovers another key: not this key's signature`,
    );
  }
  if (!r.valid) throw signatureRefused('mismatch', `does not verify under ${r.key}`);
  return { valid: r.valid, version: r.version, key: r.key };
}
