/**
 * HSM-resident keys (custody `hsm`): generated inside the PKCS#11 token that
 * seals the instance, private half sensitive and never extractable, signing
 * there. The key record holds what the rest of custos needs and nothing
 * secret: the key id (the token object's label derives from it and the
 * version), custody `hsm`, and the public key; the row is MAC'd like every
 * key row, and every signature the token returns is checked against the
 * stored public key before it leaves (a swapped public key or token object is
 * E_TAMPERED, never a wrong signature).
 *
 *   secp256k1  CKM_ECDSA over the 32-byte digest -> low-s -> recovery id
 *              (crypto/secp256k1.ts completeRecoverable): r||s||v as local keys
 *   ed25519    CKM_EDDSA (PKCS#11 3.0, SoftHSM2 >= 2.6) over the message
 */
import { randomUUID } from 'node:crypto';
import { CustosError } from '../errors.js';
import { getAlgorithm, type SignatureScheme } from '../crypto/algorithms.js';
import { toHex } from '../crypto/bytes.js';
import type { Repo } from '../store/repo.js';
import type { KeyRecord, KeyVersionRecord } from '../store/records.js';
import type { Instance } from './instance.js';
import type { KeyRecords } from './key-records.js';
import { checkName, checkTags } from './refs.js';
import { signingBytes, type SignInput } from './payload.js';
import type { NewKey, SignResult } from './types.js';
import { completeRecoverable, uncompressedPublicKey } from '../crypto/secp256k1.js';
import { publicKey as compressed } from './hsm-points.js';
import * as ed25519 from '../crypto/ed25519.js';
import type { Hsm, HsmCurve } from './pkcs11.js';

/** Algorithms an HSM key may have, and the one scheme each signs with there. */
const HSM_SCHEMES: Record<HsmCurve, SignatureScheme> = { secp256k1: 'ecdsa', ed25519: 'eddsa' };

export function hsmCurve(algorithm: string): HsmCurve {
  if (algorithm === 'secp256k1' || algorithm === 'ed25519') return algorithm;
  throw new CustosError('E_UNSUPPORTED', `HSM keys are secp256k1 or ed25519, not ${algorithm}`, { algorithm });
}

/** The token object's label for a key version (both halves of the pair carry it). */
export function hsmKeyLabel(instanceId: string, keyId: string, version: number): string {
  return `custos:${instanceId}:${keyId}:v${version}`;
}

/** Generate the key pair in the token; returns the public key as custos stores it (33-byte compressed, or 32 bytes). */
export function generateHsmKey(hsm: Hsm, algorithm: string, label: string): Uint8Array {
  const curve = hsmCurve(algorithm);
  return compressed(curve, hsm.generateKeyPair(curve, label).ecPoint);
}

/** The scheme an HSM key signs with (E_UNSUPPORTED for another, e.g. BIP340, which no PKCS#11 mechanism makes). */
export function hsmScheme(algorithm: string, requested: SignatureScheme | undefined): SignatureScheme {
  const curve = hsmCurve(algorithm);
  const scheme = requested ?? HSM_SCHEMES[curve];
  if (scheme !== HSM_SCHEMES[curve]) {
    throw new CustosError('E_UNSUPPORTED', `HSM ${algorithm} keys sign with ${HSM_SCHEMES[curve]} only (the token has no ${scheme} mechanism)`, {
      algorithm,
      scheme,
    });
  }
  return scheme;
}

/** Sign `bytes` (a digest for ECDSA, the message for EdDSA) in the token; the result is checked against `publicKey`. */
export function hsmSign(hsm: Hsm, algorithm: string, label: string, bytes: Uint8Array, publicKey: Uint8Array, record: string): Uint8Array {
  const curve = hsmCurve(algorithm);
  const raw = hsm.sign(curve, label, bytes);
  const mismatch = () =>
    new CustosError('E_TAMPERED', `stored record ${record}: the HSM key's signature does not verify under the stored public key`, { record });
  if (curve === 'ed25519') {
    if (!ed25519.verify(publicKey, bytes, raw)) throw mismatch();
    return raw;
  }
  uncompressedPublicKey(publicKey); // a stored point off the curve is tampering too
  if (raw.length !== 64) throw new CustosError('E_UNAVAILABLE', `the HSM returned a ${raw.length}-byte ECDSA signature (expected r||s, 64 bytes)`);
  const sig = completeRecoverable(raw, bytes, publicKey);
  if (!sig) throw mismatch();
  return sig;
}

/** A new HSM key's record and first version (the caller inserts them and audits). */
export function newHsmKey(inst: Instance, records: KeyRecords, spec: NewKey): { key: KeyRecord; version: KeyVersionRecord; label: string } {
  inst.assertUnsealed();
  const name = checkName(spec.name, 'key');
  const alg = getAlgorithm(spec.algorithm);
  hsmCurve(alg.name);
  if (spec.exportable)
    throw new CustosError('E_BAD_INPUT', 'HSM keys are never exportable: the secret is generated in the token and cannot leave it', { field: 'exportable' });
  const tags = checkTags(spec.tags ?? {});
  const now = new Date().toISOString();
  const id = randomUUID();
  const label = hsmKeyLabel(inst.instanceId, id, 1);
  const publicKey = generateHsmKey(inst.hsm, alg.name, label);
  const key = records.withMac({
    id,
    name,
    algorithm: alg.name,
    custody: 'hsm',
    state: 'active',
    exportable: false,
    allowRaw: spec.allowRaw ?? false,
    tags,
    origin: 'generated',
    currentVersion: 1,
    dataKeyId: null,
    createdAt: now,
    updatedAt: now,
  });
  return { key, version: { keyId: id, version: 1, publicKey, ciphertext: null, createdAt: now }, label };
}

/** Sign with the current version of an HSM key inside the token (state and version checked by the caller). */
export async function signWithHsmKey(
  inst: Instance,
  repo: Repo,
  k: KeyRecord,
  version: number,
  requested: SignatureScheme | undefined,
  input: SignInput,
  ref: string,
): Promise<SignResult> {
  const record = `key/${k.name} v${version}`;
  const v = await repo.getKeyVersion(k.id, version);
  if (!v) throw new CustosError('E_TAMPERED', `stored record ${record} is missing`, { record });
  const scheme = hsmScheme(k.algorithm, requested);
  const signature = hsmSign(inst.hsm, k.algorithm, hsmKeyLabel(inst.instanceId, k.id, version), signingBytes(scheme, input), v.publicKey, record);
  return { key: ref, algorithm: k.algorithm, scheme, version, publicKey: toHex(v.publicKey), signature: toHex(signature) };
}

/** A new version of an HSM key: a fresh pair in the token (an orphan of a failed earlier try under the same label is removed first). */
export function rotateHsmKey(inst: Instance, k: KeyRecord): KeyVersionRecord {
  const version = k.currentVersion + 1;
  const label = hsmKeyLabel(inst.instanceId, k.id, version);
  inst.hsm.destroyObjects(label);
  return { keyId: k.id, version, publicKey: generateHsmKey(inst.hsm, k.algorithm, label), ciphertext: null, createdAt: new Date().toISOString() };
}

/** Crypto-shred an HSM key: every version's pair is destroyed in the token. */
export function destroyHsmKey(inst: Instance, k: KeyRecord): number {
  let n = 0;
  for (let v = 1; v <= k.currentVersion; v++) n += inst.hsm.destroyObjects(hsmKeyLabel(inst.instanceId, k.id, v));
  return n;
}
