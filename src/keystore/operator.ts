/**
 * Operator actions on the seal: rotate the root key (every data key is
 * re-wrapped; key material is never decrypted) and rekey (new passphrase or a
 * new set of unseal shares for the same root key). Each is one transaction.
 */
import type { Instance } from './instance.js';
import type { SealConfig, SealSpec } from './seal.js';

export async function rotateRoot(inst: Instance, actor: string): Promise<{ rootVersion: number; dataKeys: number }> {
  return inst.rotateRoot(actor);
}

/** New unseal material for the same root key; returns the new shares for a Shamir seal. */
export async function rekey(inst: Instance, spec: SealSpec, actor: string): Promise<{ seal: SealConfig['kind']; mnemonics?: string[] }> {
  return inst.rekey(spec, actor);
}
