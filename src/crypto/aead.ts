/**
 * AES-256-GCM (node:crypto / OpenSSL) with associated data. Sealed format:
 * `0x01 || iv(12) || ciphertext || tag(16)`. The associated data binds a
 * ciphertext to the identity of the record that holds it, so a row copied
 * into another record fails to open. No I/O.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { abytes, utf8 } from './bytes.js';

const FORMAT = 0x01;
const IV_LEN = 12;
const TAG_LEN = 16;
export const AEAD_KEY_LENGTH = 32;
export const AEAD_OVERHEAD = 1 + IV_LEN + TAG_LEN;

/** Thrown (and only thrown) when a ciphertext fails authentication or is malformed. */
export class AeadError extends Error {
  constructor() {
    super('ciphertext failed authentication');
    this.name = 'AeadError';
  }
}

export function aeadSeal(key: Uint8Array, plaintext: Uint8Array, aad: string): Uint8Array {
  abytes(key, AEAD_KEY_LENGTH, 'aead key');
  const iv = randomBytes(IV_LEN);
  const c = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_LEN });
  c.setAAD(utf8(aad));
  const body = Buffer.concat([c.update(plaintext), c.final()]);
  const out = new Uint8Array(AEAD_OVERHEAD + body.length);
  out[0] = FORMAT;
  out.set(iv, 1);
  out.set(body, 1 + IV_LEN);
  out.set(c.getAuthTag(), 1 + IV_LEN + body.length);
  return out;
}

export function aeadOpen(key: Uint8Array, sealed: Uint8Array, aad: string): Uint8Array {
  abytes(key, AEAD_KEY_LENGTH, 'aead key');
  if (sealed.length < AEAD_OVERHEAD || sealed[0] !== FORMAT) throw new AeadError();
  const iv = sealed.subarray(1, 1 + IV_LEN);
  const tag = sealed.subarray(sealed.length - TAG_LEN);
  const body = sealed.subarray(1 + IV_LEN, sealed.length - TAG_LEN);
  try {
    const d = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_LEN });
    d.setAAD(utf8(aad));
    d.setAuthTag(tag);
    const pt = Buffer.concat([d.update(body), d.final()]);
    const out = Uint8Array.from(pt);
    pt.fill(0);
    return out;
  } catch {
    throw new AeadError();
  }
}
