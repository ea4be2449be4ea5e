/**
 * One PKCS#11 token, opened and logged in (pkcs11js over the vendor's module,
 * SoftHSM2 in the tests). The keystore's only door to an HSM: the pkcs11 seal
 * (seal-pkcs11.ts) wraps the root key with an AES key that never leaves the
 * token, and HSM-resident keys (hsm-keys.ts) sign there.
 *
 * Every failure is a stable code naming what is wrong, never the PIN:
 *   E_HSM_MODULE  the module file is missing or is not a PKCS#11 library
 *   E_HSM_TOKEN   no slot with the token (absent, removed, wrong slot or label)
 *   E_HSM_PIN     the token refused the PIN (wrong, locked, expired)
 *   E_HSM_KEY     no object with the expected label on the token
 * The calls are synchronous (pkcs11js), so two operations never interleave on
 * the one session an Hsm holds.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Pkcs11Types from 'pkcs11js';
import { CustosError } from '../errors.js';

const require = createRequire(import.meta.url);
const pkcs11js = require('pkcs11js') as typeof Pkcs11Types;
type PKCS11 = Pkcs11Types.PKCS11;
type Handle = Pkcs11Types.Handle;
type Template = Pkcs11Types.Template;

/** PKCS#11 3.0 Edwards-curve constants (pkcs11js 2.1.7 does not name them). */
const CKK_EC_EDWARDS = 0x40;
const CKM_EC_EDWARDS_KEY_PAIR_GEN = 0x1055;
const CKM_EDDSA = 0x1057;
/** DER of the curve parameters: OID 1.3.132.0.10 (secp256k1, SEC 2 §2.4.1); PrintableString "edwards25519" (PKCS#11 3.0 §2.3.10). */
const EC_PARAMS = {
  secp256k1: Buffer.from('06052b8104000a', 'hex'),
  ed25519: Buffer.from('130c656477617264733235353139', 'hex'),
} as const;
export type HsmCurve = keyof typeof EC_PARAMS;

/** Where the token is and how to log in: what the operator configures, never stored in the store. */
export interface HsmAccess {
  /** Path of the vendor's PKCS#11 module (e.g. /usr/lib/softhsm/libsofthsm2.so). */
  module: string;
  /** The token by slot id, or by label (slot ids of some HSMs, SoftHSM2's included, change when tokens are added). */
  slot?: number;
  tokenLabel?: string;
  /** The user PIN (bytes read from the operator's PIN file). */
  pin: Uint8Array;
}

/** What identifies a token across restarts (stored with the seal; public). */
export interface TokenIdentity {
  label: string;
  serial: string;
}

const PIN_CODES = new Set(['CKR_PIN_INCORRECT', 'CKR_PIN_INVALID', 'CKR_PIN_LEN_RANGE', 'CKR_PIN_LOCKED', 'CKR_PIN_EXPIRED']);
const TOKEN_CODES = new Set([
  'CKR_TOKEN_NOT_PRESENT',
  'CKR_TOKEN_NOT_RECOGNIZED',
  'CKR_DEVICE_REMOVED',
  'CKR_SLOT_ID_INVALID',
  'CKR_DEVICE_ERROR',
  'CKR_SESSION_HANDLE_INVALID',
  'CKR_SESSION_CLOSED',
]);

/** The Cryptoki return code of a pkcs11js error (its message is the CKR_ name), or undefined. */
function ckr(e: unknown): string | undefined {
  const m = e instanceof Error ? /\b(CKR_[A-Z_]+)\b/.exec(e.message) : null;
  return m?.[1];
}

/** A PKCS#11 failure as a custos error: a stable code, the Cryptoki name and the call, nothing the caller passed. */
export function hsmError(e: unknown, what: string): CustosError {
  if (e instanceof CustosError) return e;
  const code = ckr(e);
  const detail = { pkcs11: code ?? 'native error', operation: what };
  if (code && PIN_CODES.has(code)) return new CustosError('E_HSM_PIN', `the HSM token refused the PIN (${code})`, detail);
  if (code && TOKEN_CODES.has(code)) return new CustosError('E_HSM_TOKEN', `the HSM token is not available (${code}) during ${what}`, detail);
  return new CustosError('E_UNAVAILABLE', `the HSM failed during ${what} (${code ?? 'native error'})`, detail);
}

/** One loaded and initialised module per path for the process (C_Initialize may run once). */
const modules = new Map<string, PKCS11>();

function loadModule(path: string): PKCS11 {
  const known = modules.get(path);
  if (known) return known;
  if (!path || !existsSync(path)) throw new CustosError('E_HSM_MODULE', `no PKCS#11 module at ${path}`, { module: path });
  const lib = new pkcs11js.PKCS11();
  try {
    lib.load(path);
  } catch {
    throw new CustosError('E_HSM_MODULE', `${path} is not a loadable PKCS#11 module`, { module: path });
  }
  try {
    lib.C_Initialize();
  } catch (e) {
    if (ckr(e) !== 'CKR_CRYPTOKI_ALREADY_INITIALIZED') {
      lib.close();
      throw new CustosError('E_HSM_MODULE', `the PKCS#11 module ${path} did not initialise (${ckr(e) ?? 'native error'})`, { module: path });
    }
  }
  modules.set(path, lib);
  return lib;
}

const slotNumber = (h: Handle): number => Number(h.readBigUInt64LE(0));

/** The public key pair of an HSM-resident key, and its label on the token. */
export interface HsmKeyPair {
  label: string;
  /** CKA_EC_POINT: DER OCTET STRING of the point (SEC1 uncompressed for secp256k1; 32 bytes for Ed25519). */
  ecPoint: Uint8Array;
}

export class Hsm {
  private constructor(
    private readonly lib: PKCS11,
    private session: Handle | null,
    readonly token: TokenIdentity,
    readonly slot: number,
  ) {}

  /** Load the module, find the token, open a read-write session and log in as the user. */
  static open(access: HsmAccess): Hsm {
    const lib = loadModule(access.module);
    let slots: Handle[];
    try {
      slots = lib.C_GetSlotList(true);
    } catch (e) {
      throw hsmError(e, 'listing slots');
    }
    const wanted = slots.find((s) => {
      if (access.slot !== undefined) return slotNumber(s) === access.slot;
      try {
        return lib.C_GetTokenInfo(s).label.trim() === access.tokenLabel;
      } catch {
        return false;
      }
    });
    const which = access.slot !== undefined ? `slot ${access.slot}` : `label "${access.tokenLabel ?? ''}"`;
    if (!wanted) throw new CustosError('E_HSM_TOKEN', `no HSM token in ${which} of ${access.module}`, { slot: access.slot, tokenLabel: access.tokenLabel });
    let token: TokenIdentity;
    let session: Handle;
    try {
      const info = lib.C_GetTokenInfo(wanted);
      token = { label: info.label.trim(), serial: info.serialNumber.trim() };
      session = lib.C_OpenSession(wanted, pkcs11js.CKF_SERIAL_SESSION | pkcs11js.CKF_RW_SESSION);
    } catch (e) {
      throw hsmError(e, 'opening a session');
    }
    try {
      lib.C_Login(session, pkcs11js.CKU_USER, Buffer.from(access.pin).toString('utf8'));
    } catch (e) {
      if (ckr(e) !== 'CKR_USER_ALREADY_LOGGED_IN') {
        try {
          lib.C_CloseSession(session);
        } catch {
          // the session goes with the error
        }
        throw hsmError(e, 'login');
      }
    }
    return new Hsm(lib, session, token, slotNumber(wanted));
  }

  private get s(): Handle {
    if (!this.session) throw new CustosError('E_HSM_TOKEN', 'the HSM session is closed');
    return this.session;
  }

  private run<T>(what: string, fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      throw hsmError(e, what);
    }
  }

  private find(template: Template): Handle[] {
    return this.run('finding objects', () => {
      this.lib.C_FindObjectsInit(this.s, template);
      try {
        return this.lib.C_FindObjects(this.s, 4);
      } finally {
        this.lib.C_FindObjectsFinal(this.s);
      }
    });
  }

  /** The one object of a class with this label; E_HSM_KEY when none (or several) exist. */
  private object(label: string, cls: number, what: string): Handle {
    const found = this.find([
      { type: pkcs11js.CKA_CLASS, value: cls },
      { type: pkcs11js.CKA_LABEL, value: label },
    ]);
    if (found.length !== 1) {
      throw new CustosError(
        'E_HSM_KEY',
        found.length === 0
          ? `no ${what} labelled "${label}" on HSM token "${this.token.label}"`
          : `several ${what}s labelled "${label}" on HSM token "${this.token.label}"`,
        { keyLabel: label },
      );
    }
    return found[0]!;
  }

  hasSecretKey(label: string): boolean {
    return (
      this.find([
        { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_SECRET_KEY },
        { type: pkcs11js.CKA_LABEL, value: label },
      ]).length > 0
    );
  }

  /** A new 256-bit AES key on the token: sensitive, never extractable, for encrypt/decrypt only. */
  generateAesKey(label: string): void {
    this.run('generating the AES key', () =>
      this.lib.C_GenerateKey(this.s, { mechanism: pkcs11js.CKM_AES_KEY_GEN }, [
        { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_SECRET_KEY },
        { type: pkcs11js.CKA_KEY_TYPE, value: pkcs11js.CKK_AES },
        { type: pkcs11js.CKA_VALUE_LEN, value: 32 },
        { type: pkcs11js.CKA_LABEL, value: label },
        { type: pkcs11js.CKA_TOKEN, value: true },
        { type: pkcs11js.CKA_PRIVATE, value: true },
        { type: pkcs11js.CKA_SENSITIVE, value: true },
        { type: pkcs11js.CKA_EXTRACTABLE, value: false },
        { type: pkcs11js.CKA_ENCRYPT, value: true },
        { type: pkcs11js.CKA_DECRYPT, value: true },
        { type: pkcs11js.CKA_WRAP, value: false },
        { type: pkcs11js.CKA_UNWRAP, value: false },
      ]),
    );
  }

  private gcm(iv: Uint8Array, aad: string): Pkcs11Types.Mechanism {
    const parameter: Pkcs11Types.AesGCM = { type: pkcs11js.CK_PARAMS_AES_GCM, iv: Buffer.from(iv), aad: Buffer.from(aad, 'utf8'), ivBits: 96, tagBits: 128 };
    return { mechanism: pkcs11js.CKM_AES_GCM, parameter };
  }

  /** AES-256-GCM inside the token (CKM_AES_GCM, 96-bit IV, 128-bit tag): ciphertext || tag. */
  encrypt(label: string, iv: Uint8Array, plaintext: Uint8Array, aad: string): Uint8Array {
    const key = this.object(label, pkcs11js.CKO_SECRET_KEY, 'AES key');
    return this.run('encrypting', () => {
      this.lib.C_EncryptInit(this.s, this.gcm(iv, aad), key);
      return Uint8Array.from(this.lib.C_Encrypt(this.s, Buffer.from(plaintext), Buffer.alloc(plaintext.length + 32)));
    });
  }

  /** Decrypt ciphertext || tag; a failed tag (or any refusal) is null, for the caller to name. */
  decrypt(label: string, iv: Uint8Array, ciphertext: Uint8Array, aad: string): Uint8Array | null {
    const key = this.object(label, pkcs11js.CKO_SECRET_KEY, 'AES key');
    try {
      this.lib.C_DecryptInit(this.s, this.gcm(iv, aad), key);
      return Uint8Array.from(this.lib.C_Decrypt(this.s, Buffer.from(ciphertext), Buffer.alloc(ciphertext.length)));
    } catch (e) {
      const code = ckr(e);
      if (code && (TOKEN_CODES.has(code) || code === 'CKR_USER_NOT_LOGGED_IN')) throw hsmError(e, 'decrypting');
      return null;
    }
  }

  /**
   * A new key pair on the token: the private half sensitive, never extractable,
   * sign-only; both halves persistent (CKA_TOKEN) and labelled `label`.
   */
  generateKeyPair(curve: HsmCurve, label: string): HsmKeyPair {
    const mechanism = curve === 'ed25519' ? CKM_EC_EDWARDS_KEY_PAIR_GEN : pkcs11js.CKM_EC_KEY_PAIR_GEN;
    const keyType = curve === 'ed25519' ? CKK_EC_EDWARDS : pkcs11js.CKK_EC;
    const pair = this.run(`generating a ${curve} key`, () =>
      this.lib.C_GenerateKeyPair(
        this.s,
        { mechanism },
        [
          { type: pkcs11js.CKA_KEY_TYPE, value: keyType },
          { type: pkcs11js.CKA_TOKEN, value: true },
          { type: pkcs11js.CKA_VERIFY, value: true },
          { type: pkcs11js.CKA_EC_PARAMS, value: EC_PARAMS[curve] },
          { type: pkcs11js.CKA_LABEL, value: label },
        ],
        [
          { type: pkcs11js.CKA_KEY_TYPE, value: keyType },
          { type: pkcs11js.CKA_TOKEN, value: true },
          { type: pkcs11js.CKA_PRIVATE, value: true },
          { type: pkcs11js.CKA_SENSITIVE, value: true },
          { type: pkcs11js.CKA_EXTRACTABLE, value: false },
          { type: pkcs11js.CKA_SIGN, value: true },
          { type: pkcs11js.CKA_DECRYPT, value: false },
          { type: pkcs11js.CKA_DERIVE, value: false },
          { type: pkcs11js.CKA_LABEL, value: label },
        ],
      ),
    );
    const point = this.run('reading the public key', () => this.lib.C_GetAttributeValue(this.s, pair.publicKey, [{ type: pkcs11js.CKA_EC_POINT }])[0]?.value);
    if (!point) throw new CustosError('E_UNAVAILABLE', 'the HSM returned no public key');
    return { label, ecPoint: Uint8Array.from(point as Buffer) };
  }

  /** Sign with the private key labelled `label`: CKM_ECDSA over a 32-byte digest (r||s), or CKM_EDDSA over the message. */
  sign(curve: HsmCurve, label: string, data: Uint8Array): Uint8Array {
    const key = this.object(label, pkcs11js.CKO_PRIVATE_KEY, 'private key');
    return this.run('signing', () => {
      this.lib.C_SignInit(this.s, { mechanism: curve === 'ed25519' ? CKM_EDDSA : pkcs11js.CKM_ECDSA }, key);
      return Uint8Array.from(this.lib.C_Sign(this.s, Buffer.from(data), Buffer.alloc(128)));
    });
  }

  /** Read one attribute of the private or secret key labelled `label` (tests prove CKA_VALUE is refused: CKR_ATTRIBUTE_SENSITIVE). */
  keyAttribute(label: string, kind: 'private' | 'secret', attribute: number): Uint8Array {
    const key = this.object(label, kind === 'private' ? pkcs11js.CKO_PRIVATE_KEY : pkcs11js.CKO_SECRET_KEY, `${kind} key`);
    return this.run('reading an attribute', () => Uint8Array.from(this.lib.C_GetAttributeValue(this.s, key, [{ type: attribute }])[0]?.value as Buffer));
  }

  /** Delete every object labelled `label` (both halves of a key pair; a seal key in tests); returns how many. */
  destroyObjects(label: string): number {
    const objs = this.find([{ type: pkcs11js.CKA_LABEL, value: label }]);
    for (const o of objs) this.run('destroying a key', () => this.lib.C_DestroyObject(this.s, o));
    return objs.length;
  }

  /**
   * Close the session (the module stays loaded for the process). No C_Logout:
   * login state is per token for the whole process, so logging out here would
   * log out another session on the same token (a rekey to a new key label on
   * the same token); the token logs the process out when its last session closes.
   */
  close(): void {
    if (!this.session) return;
    const s = this.session;
    this.session = null;
    try {
      this.lib.C_CloseSession(s);
    } catch {
      // the token went away
    }
  }
}

/** Attribute ids the tests and callers name. */
export const CKA = { VALUE: pkcs11js.CKA_VALUE, SENSITIVE: pkcs11js.CKA_SENSITIVE, EXTRACTABLE: pkcs11js.CKA_EXTRACTABLE } as const;
