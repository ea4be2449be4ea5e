/**
 * SLIP-39 backups. A wallet backs up its BIP32 seed as the SLIP-39 master
 * secret (so a restored wallet has the same master key as any SLIP-39
 * wallet); an exportable key backs up its 32-byte secret. Shares are shown
 * once and never stored.
 */
import { CustosError } from '../errors.js';
import { clean } from '../crypto/bytes.js';
import { combineShares, splitSecret } from '../crypto/slip39.js';
import { getAlgorithm } from '../crypto/algorithms.js';
import type { Instance } from './instance.js';
import type { Keys } from './keys.js';
import type { KeyInfo } from './types.js';
import type { WalletInfo, Wallets } from './wallets.js';

export interface BackupSpec {
  groupThreshold: number;
  groups: Array<[threshold: number, count: number]>;
  passphrase?: string;
  iterationExponent?: number;
}

export type BackupTarget = { wallet: string } | { key: string };

export async function createBackup(inst: Instance, keys: Keys, wallets: Wallets, target: BackupTarget, spec: BackupSpec, actor: string): Promise<string[][]> {
  inst.assertUnsealed();
  const split = (secret: Uint8Array) =>
    splitSecret(secret, {
      groupThreshold: spec.groupThreshold,
      groups: spec.groups,
      ...(spec.passphrase ? { passphrase: spec.passphrase } : {}),
      ...(spec.iterationExponent !== undefined ? { iterationExponent: spec.iterationExponent } : {}),
    });
  let subject: string;
  let groups: string[][];
  if ('wallet' in target) {
    subject = `wallet/${target.wallet}`;
    groups = await wallets.withSeed(target.wallet, (seed) => {
      if (seed.length > 32) {
        throw new CustosError(
          'E_UNSUPPORTED',
          `wallet "${target.wallet}" has a ${seed.length}-byte BIP39 seed; SLIP-39 backs up 16..32-byte seeds. Back it up with its BIP39 mnemonic, or create wallets with --no-show for SLIP-39 backups`,
        );
      }
      return split(seed);
    });
  } else {
    subject = `key/${target.key}`;
    groups = await keys.withExportableSecret(target.key, (secret) => split(secret));
  }
  await inst.mutate(async () => ({
    result: undefined,
    audit: {
      actor,
      action: 'backup.create',
      subject,
      details: { scheme: 'slip39', groupThreshold: spec.groupThreshold, groups: spec.groups.map(([t, n]) => `${t}/${n}`), withPhrase: !!spec.passphrase },
    },
  }));
  return groups;
}

export type RestoreTarget = { wallet: true; allowRaw?: boolean } | { algorithm: string; exportable: boolean; allowRaw?: boolean };

export async function restoreBackup(
  keys: Keys,
  wallets: Wallets,
  name: string,
  mnemonics: string[],
  passphrase: string,
  target: RestoreTarget,
  actor: string,
): Promise<{ wallet?: WalletInfo; key?: KeyInfo }> {
  const secret = combineShares(mnemonics, passphrase);
  try {
    if ('wallet' in target) {
      return {
        wallet: await wallets.storeSeed(
          name,
          secret,
          'restored',
          actor,
          { scheme: 'slip39', bytes: secret.length, shares: mnemonics.length },
          { allowRaw: target.allowRaw === true },
        ),
      };
    }
    const alg = getAlgorithm(target.algorithm);
    if (secret.length !== 32) throw new CustosError('E_BAD_SHARES', `a ${alg.name} key is 32 bytes; these shares hold ${secret.length}`);
    return {
      key: await keys.importSecret(
        { name, algorithm: alg.name, exportable: target.exportable, allowRaw: target.allowRaw === true },
        secret,
        'restored',
        actor,
        { scheme: 'slip39', shares: mnemonics.length },
      ),
    };
  } finally {
    clean(secret);
  }
}
