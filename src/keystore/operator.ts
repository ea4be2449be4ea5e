/**
 * Operator actions on the seal: rotate the root key (every data key is
 * re-wrapped; key material is never decrypted) and rekey (new passphrase or a
 * new set of unseal shares for the same root key). Each is one transaction.
 */
import { clean, toHex } from '../crypto/bytes.js';
import type { Instance } from './instance.js';
import { createSeal, type SealConfig, type SealSpec } from './seal.js';

export async function rotateRoot(inst: Instance, actor: string): Promise<{ rootVersion: number; dataKeys: number }> {
  inst.barrier.assertUnsealed();
  let prepared: ReturnType<Instance['barrier']['prepareRotation']> | undefined;
  try {
    const result = await inst.mutate(async (repo) => {
      const dataKeys = await repo.listDataKeys();
      prepared = inst.barrier.prepareRotation(dataKeys);
      for (const dk of prepared.rewrapped) await repo.rewrapDataKey(dk.id, dk.wrapped, dk.rootVersion);
      const config: SealConfig = { ...inst.sealConfig, rootVersion: prepared.newVersion, wrappedRoot: toHex(prepared.wrappedRoot) };
      await inst.saveSealConfig(repo, config);
      return {
        result: { config, rootVersion: prepared.newVersion, dataKeys: dataKeys.length },
        audit: { actor, action: 'operator.rotate_root', subject: `instance/${inst.instanceId}`, details: { rootVersion: prepared.newVersion, dataKeys: dataKeys.length } },
      };
    });
    inst.barrier.commitRotation(prepared!.newRoot, prepared!.newVersion);
    inst.adoptSealConfig(result.config);
    return { rootVersion: result.rootVersion, dataKeys: result.dataKeys };
  } catch (e) {
    clean(prepared?.newRoot);
    throw e;
  }
}

/** New unseal material for the same root key; returns the new shares for a Shamir seal. */
export async function rekey(inst: Instance, spec: SealSpec, actor: string): Promise<{ seal: SealConfig['kind']; mnemonics?: string[] }> {
  inst.barrier.assertUnsealed();
  const sealed = await createSeal(spec);
  try {
    const config = { ...sealed.config, rootVersion: inst.barrier.rootVersion, wrappedRoot: toHex(inst.barrier.wrapRoot(sealed.unsealKey)) } as SealConfig;
    await inst.mutate(async (repo) => {
      await inst.saveSealConfig(repo, config);
      return {
        result: undefined,
        audit: {
          actor,
          action: 'operator.rekey',
          subject: `instance/${inst.instanceId}`,
          details: { seal: config.kind, ...(config.kind === 'shamir' ? { shares: config.shares, threshold: config.threshold } : {}) },
        },
      };
    });
    inst.barrier.adoptUnsealKey(sealed.unsealKey);
    inst.adoptSealConfig(config);
    return { seal: config.kind, ...(sealed.mnemonics ? { mnemonics: sealed.mnemonics } : {}) };
  } finally {
    clean(sealed.unsealKey);
  }
}
