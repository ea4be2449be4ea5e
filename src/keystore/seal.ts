/**
 * Seal providers: turn what operators hold (a passphrase, T of N SLIP-39
 * unseal shares, or access to a PKCS#11 token) into the root wrapper that
 * seals the root key. The seal
 * configuration (KDF parameters, share-set id, the wrapped root) is stored
 * with the instance; it contains nothing that unseals without the material.
 */
import { randomBytes } from 'node:crypto';
import { CustosError, badInput } from '../errors.js';
import { ARGON2_DEFAULTS, type Argon2Params, argon2id, checkArgon2Params } from '../crypto/argon2.js';
import { clean, fromHex, toHex } from '../crypto/bytes.js';
import { combineShares, shareSetId, splitSecret } from '../crypto/slip39.js';
import { aeadWrapper, type RootWrapper } from './barrier.js';
import type { HsmAccess, TokenIdentity } from './pkcs11.js';
import { createPkcs11Wrapper, openPkcs11Wrapper } from './seal-pkcs11.js';

export type SealKind = 'passphrase' | 'shamir' | 'pkcs11';

interface SealCommon {
  rootVersion: number;
  /** Hex of the root key sealed under the unseal key (AEAD, AD = instance id + root version). */
  wrappedRoot: string;
}

export interface PassphraseSeal extends SealCommon {
  kind: 'passphrase';
  kdf: { alg: 'argon2id'; salt: string } & Argon2Params;
}

export interface ShamirSeal extends SealCommon {
  kind: 'shamir';
  shares: number;
  threshold: number;
  /** SLIP-39 identifier of the current share set (to name a mixed-up share early). */
  identifier: number;
}

export interface Pkcs11Seal extends SealCommon {
  kind: 'pkcs11';
  /** The token that holds the AES key (found by label at unseal; the serial must match). */
  token: TokenIdentity;
  keyLabel: string;
  mechanism: 'CKM_AES_GCM';
}

export type SealConfig = PassphraseSeal | ShamirSeal | Pkcs11Seal;

/** For pkcs11: how to reach the token and the PIN (the operator's, never stored). */
export type UnsealMaterial = { passphrase: Uint8Array } | { shares: string[] } | { hsm: HsmAccess };

export type SealSpec =
  | { kind: 'passphrase'; passphrase: Uint8Array; argon2?: Argon2Params }
  | { kind: 'shamir'; shares: number; threshold: number }
  | { kind: 'pkcs11'; access: HsmAccess; keyLabel: string };

/** A new root wrapper with the configuration that re-opens it (wrappedRoot filled in by the caller). */
export interface NewSeal {
  config: Omit<PassphraseSeal, keyof SealCommon> | Omit<ShamirSeal, keyof SealCommon> | Omit<Pkcs11Seal, keyof SealCommon>;
  /** Owned by the caller: hand it to the barrier, or `forget()` it. */
  wrapper: RootWrapper;
  /** Shamir only: the SLIP-39 mnemonics, one per operator. Shown once, never stored. */
  mnemonics?: string[];
}

export async function createSeal(spec: SealSpec): Promise<NewSeal> {
  if (spec.kind === 'passphrase') {
    if (spec.passphrase.length === 0) throw badInput('the passphrase must not be empty', { field: 'passphrase' });
    const params = checkArgon2Params(spec.argon2 ?? ARGON2_DEFAULTS);
    const salt = new Uint8Array(randomBytes(16));
    const unsealKey = await argon2id(spec.passphrase, salt, params);
    clean(spec.passphrase);
    const wrapper = aeadWrapper(unsealKey);
    clean(unsealKey);
    return { config: { kind: 'passphrase', kdf: { alg: 'argon2id', salt: toHex(salt), ...params } }, wrapper };
  }
  if (spec.kind === 'pkcs11') {
    try {
      const { wrapper, token } = createPkcs11Wrapper(spec.access, spec.keyLabel);
      return { config: { kind: 'pkcs11', token, keyLabel: spec.keyLabel, mechanism: 'CKM_AES_GCM' }, wrapper };
    } finally {
      clean(spec.access.pin);
    }
  }
  const { shares, threshold } = spec;
  if (!Number.isInteger(shares) || !Number.isInteger(threshold) || threshold < 1 || shares < threshold || shares > 16) {
    throw badInput('Shamir seal needs 1 <= threshold <= shares <= 16', { field: 'shares' });
  }
  if (threshold === 1 && shares > 1) {
    throw badInput('a threshold of 1 with several shares would let any single share unseal; use --shares 1 or a threshold >= 2', { field: 'threshold' });
  }
  const unsealKey = new Uint8Array(randomBytes(32));
  const mnemonics = splitSecret(unsealKey, { groupThreshold: 1, groups: [[threshold, shares]] })[0] ?? [];
  const identifier = shareSetId(mnemonics[0]!);
  const wrapper = aeadWrapper(unsealKey);
  clean(unsealKey);
  return { config: { kind: 'shamir', shares, threshold, identifier }, wrapper, mnemonics };
}

/** Refuse material of the wrong kind or too few shares before anything counts as a guess. */
export function assertMaterialFor(config: SealConfig, material: UnsealMaterial): void {
  if (config.kind === 'passphrase' && !('passphrase' in material)) throw new CustosError('E_SEALED', 'this instance is sealed by a passphrase');
  if (config.kind === 'pkcs11' && !('hsm' in material)) {
    throw new CustosError('E_SEALED', `this instance is sealed by an AES key in the HSM token "${config.token.label}": give the PKCS#11 module and PIN file`);
  }
  if (config.kind === 'shamir') {
    if (!('shares' in material)) throw new CustosError('E_SEALED', `this instance is sealed by Shamir shares: ${config.threshold} are needed`);
    if (new Set(material.shares).size < config.threshold) {
      throw new CustosError('E_SEALED', `need ${config.threshold} different unseal shares, got ${new Set(material.shares).size}`);
    }
  }
}

/** Re-open the root wrapper from what the operators supplied (the caller owns it). */
export async function deriveWrapper(config: SealConfig, material: UnsealMaterial): Promise<RootWrapper> {
  assertMaterialFor(config, material);
  if (config.kind === 'pkcs11') {
    const { hsm } = material as { hsm: HsmAccess };
    try {
      return openPkcs11Wrapper(config.token, config.keyLabel, hsm);
    } finally {
      clean(hsm.pin);
    }
  }
  const key = await deriveUnsealKey(config, material);
  const wrapper = aeadWrapper(key);
  clean(key);
  return wrapper;
}

async function deriveUnsealKey(config: PassphraseSeal | ShamirSeal, material: UnsealMaterial): Promise<Uint8Array> {
  if (config.kind === 'passphrase') {
    return argon2id((material as { passphrase: Uint8Array }).passphrase, fromHex(config.kdf.salt, 'seal.kdf.salt'), config.kdf);
  }
  const shares = [...new Set((material as { shares: string[] }).shares)];
  for (const m of shares) {
    if (shareSetId(m) !== config.identifier) throw new CustosError('E_BAD_SHARES', 'a share belongs to a different share set than this instance');
  }
  // SLIP-39 combines exactly T shares of a group; extra ones are not needed.
  const secret = combineShares(shares.slice(0, config.threshold));
  if (secret.length !== 32) throw new CustosError('E_BAD_SHARES', 'the shares do not combine to an unseal key');
  return secret;
}
