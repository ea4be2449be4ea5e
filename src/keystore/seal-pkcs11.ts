/**
 * The pkcs11 seal: a 256-bit AES key inside a PKCS#11 token (non-extractable,
 * sensitive) wraps the root key with CKM_AES_GCM, the root's identity as AAD.
 * Like Vault's pkcs11 seal, the instance unseals itself at start whenever the
 * token is reachable and the operator's PIN file is readable: no person types
 * anything, and a copy of the store without the token opens nothing.
 *
 * Stored with the instance (public): the token's label and serial, the key's
 * label. Never stored: the module path and the PIN, which come from the
 * operator's side (flags, environment, DATA/pkcs11.json), so a database writer
 * cannot point the server at a library of its choosing.
 */
import { randomBytes } from 'node:crypto';
import { CustosError, badInput } from '../errors.js';
import { AeadError } from '../crypto/aead.js';
import { concatBytes } from '../crypto/bytes.js';
import type { RootWrapper } from './barrier.js';
import { Hsm, type HsmAccess, type TokenIdentity } from './pkcs11.js';

const IV_LENGTH = 12;
const TAG_LENGTH = 16;

/** A root wrapper whose key lives in the token; it holds the logged-in session (HSM keys sign through it too). */
export interface Pkcs11Wrapper extends RootWrapper {
  readonly hsm: Hsm;
  readonly keyLabel: string;
}

export function pkcs11Wrapper(hsm: Hsm, keyLabel: string): Pkcs11Wrapper {
  return {
    hsm,
    keyLabel,
    wrap(root, aad) {
      const iv = new Uint8Array(randomBytes(IV_LENGTH));
      return concatBytes(iv, hsm.encrypt(keyLabel, iv, root, aad));
    },
    unwrap(wrapped, aad) {
      if (wrapped.length < IV_LENGTH + TAG_LENGTH) throw new AeadError();
      const root = hsm.decrypt(keyLabel, wrapped.subarray(0, IV_LENGTH), wrapped.subarray(IV_LENGTH), aad);
      if (!root) throw new AeadError();
      return root;
    },
    forget: () => hsm.close(),
  };
}

export function checkKeyLabel(label: string): string {
  if (typeof label !== 'string' || !/^[A-Za-z0-9._:-]{1,64}$/.test(label)) {
    throw badInput('the HSM key label must be 1-64 characters of A-Z a-z 0-9 . _ : -', { field: 'key-label' });
  }
  return label;
}

/** Open the token named by `access` and use (or make) the AES key `keyLabel`. */
export function createPkcs11Wrapper(access: HsmAccess, keyLabel: string): { wrapper: Pkcs11Wrapper; token: TokenIdentity } {
  checkKeyLabel(keyLabel);
  const hsm = Hsm.open(access);
  try {
    if (!hsm.hasSecretKey(keyLabel)) hsm.generateAesKey(keyLabel);
    return { wrapper: pkcs11Wrapper(hsm, keyLabel), token: hsm.token };
  } catch (e) {
    hsm.close();
    throw e;
  }
}

/** Open the token that sealed this instance (by its label unless a slot is given; its serial must match). */
export function openPkcs11Wrapper(token: TokenIdentity, keyLabel: string, access: HsmAccess): Pkcs11Wrapper {
  const hsm = Hsm.open({ ...access, ...(access.slot === undefined && access.tokenLabel === undefined ? { tokenLabel: token.label } : {}) });
  try {
    if (hsm.token.serial !== token.serial) {
      throw new CustosError(
        'E_HSM_TOKEN',
        `the HSM token found (serial ${hsm.token.serial}) is not the one that sealed this instance (serial ${token.serial})`,
        { serial: token.serial },
      );
    }
    if (!hsm.hasSecretKey(keyLabel)) throw new CustosError('E_HSM_KEY', `no AES key labelled "${keyLabel}" on HSM token "${token.label}"`, { keyLabel });
    return pkcs11Wrapper(hsm, keyLabel);
  } catch (e) {
    hsm.close();
    throw e;
  }
}
