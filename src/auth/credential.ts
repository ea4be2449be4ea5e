/**
 * A principal's credential file: its name, role, request-signing key pair and
 * (optionally) the server URL. The private key lives only in this file (mode
 * 0600) and in memory; the server knows only the public key (SPKI DER hex).
 *
 *   {
 *     "type": "custos-credential", "version": 1,
 *     "principal": "ci-bot", "role": "agent",
 *     "algorithm": "ecdsa-p256-sha256",
 *     "privateKey": "-----BEGIN PRIVATE KEY-----\n…",   PKCS#8 PEM
 *     "publicKey": "3059301306072a8648ce3d0201…",        SPKI DER hex
 *     "server": "https://custos.internal:8443"          optional
 *   }
 *
 * Errors name the field and never include key material or file contents.
 */
import { closeSync, constants, fstatSync, fsyncSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync, fchmodSync } from 'node:fs';
import { dirname } from 'node:path';
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { type CustosError, badInput } from '../errors.js';
import { fromHex, toHex } from '../crypto/bytes.js';
import { NAME_RE } from '../keystore/refs.js';
import { ROLES, type Role } from '../store/records.js';

export const CREDENTIAL_TYPE = 'custos-credential';
export const CREDENTIAL_VERSION = 1;
export const CREDENTIAL_ALGORITHM = 'ecdsa-p256-sha256';

/** A credential file's contents, validated. */
export interface Credential {
  type: typeof CREDENTIAL_TYPE;
  version: typeof CREDENTIAL_VERSION;
  principal: string;
  role: Role;
  algorithm: typeof CREDENTIAL_ALGORITHM;
  /** PKCS#8 PEM; load with {@link credentialPrivateKey}. */
  privateKey: string;
  /** SPKI DER hex, lowercase. */
  publicKey: string;
  server: string | undefined;
}

/** What {@link writeCredentialFile} needs; the public key is derived from the private one. */
export interface WriteCredentialParameters {
  principal: string;
  role: Role;
  privateKey: KeyObject;
  server?: string | undefined;
}

/** SPKI DER of a P-256 key with an uncompressed point (RFC 5480): 26-byte header + 65-byte point. */
const P256_SPKI_BYTES = 91;
/** Credential files are small; anything bigger is not one. */
const MAX_FILE_BYTES = 64 * 1024;
const PKCS8_PEM_RE = /^\s*-----BEGIN PRIVATE KEY-----\r?\n[A-Za-z0-9+/=\r\n]+-----END PRIVATE KEY-----\s*$/;
const FIELDS = new Set(['type', 'version', 'principal', 'role', 'algorithm', 'privateKey', 'publicKey', 'server']);

/**
 * Generate a request-signing key pair (ECDSA P-256).
 *
 * @example
 *   const { privateKey, publicKeyHex } = generateCredentialKey();
 */
export function generateCredentialKey(): { privateKey: KeyObject; publicKeyHex: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return { privateKey, publicKeyHex: publicKeyToHex(publicKey) };
}

/**
 * SPKI DER hex -> public KeyObject. E_BAD_INPUT unless it is exactly the DER
 * encoding of a P-256 key with an uncompressed point (what {@link publicKeyToHex} writes).
 *
 * @example
 *   const key = publicKeyFromHex(principal.publicKey); // cache per principal
 */
export function publicKeyFromHex(hex: string, field = 'publicKey'): KeyObject {
  const der = fromHex(hex, field);
  let key: KeyObject;
  try {
    key = createPublicKey({ key: Buffer.from(der), format: 'der', type: 'spki' });
  } catch {
    throw badInput(`${field}: not an SPKI DER public key`, { field });
  }
  if (!isP256(key)) throw badInput(`${field}: not a P-256 key`, { field });
  if (publicKeyToHex(key) !== toHex(der)) throw badInput(`${field}: not the canonical SPKI DER encoding (uncompressed point)`, { field });
  return key;
}

/**
 * P-256 KeyObject (public, or private: its public half) -> SPKI DER hex, lowercase.
 *
 * @example
 *   publicKeyToHex(privateKey); // '3059301306072a8648ce3d020106082a8648ce3d03010703420004…'
 */
export function publicKeyToHex(k: KeyObject): string {
  if (!isP256(k)) throw new TypeError('key: expected a P-256 KeyObject');
  const pub = k.type === 'private' ? createPublicKey(k) : k;
  let der = pub.export({ format: 'der', type: 'spki' });
  if (der.length !== P256_SPKI_BYTES) {
    // OpenSSL keeps the point form a key was imported with; rebuild from the coordinates to get 04||x||y.
    der = createPublicKey({ key: pub.export({ format: 'jwk' }), format: 'jwk' }).export({ format: 'der', type: 'spki' });
  }
  return der.toString('hex');
}

/**
 * Load the private key of a (validated) credential.
 *
 * @example
 *   const key = credentialPrivateKey(readCredentialFile(path));
 */
export function credentialPrivateKey(cred: Pick<Credential, 'privateKey'>): KeyObject {
  if (!PKCS8_PEM_RE.test(cred.privateKey)) throw badInput('privateKey: expected an unencrypted PKCS#8 PEM ("BEGIN PRIVATE KEY")', { field: 'privateKey' });
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: cred.privateKey, format: 'pem' });
  } catch {
    throw badInput('privateKey: not a PKCS#8 PEM private key', { field: 'privateKey' });
  }
  if (!isP256(key)) throw badInput('privateKey: not a P-256 key', { field: 'privateKey' });
  return key;
}

/**
 * Write a new credential file with mode 0600 (parent directory created 0700
 * if missing). Refuses to overwrite an existing file.
 *
 * @example
 *   const { privateKey } = generateCredentialKey();
 *   writeCredentialFile('/home/ci/.custos/ci-bot.json', { principal: 'ci-bot', role: 'agent', privateKey, server: 'https://custos:8443' });
 */
export function writeCredentialFile(path: string, cred: WriteCredentialParameters): void {
  if (!isP256(cred.privateKey) || cred.privateKey.type !== 'private') throw new TypeError('privateKey: expected a P-256 private KeyObject');
  const file: Credential = {
    type: CREDENTIAL_TYPE,
    version: CREDENTIAL_VERSION,
    principal: checkPrincipal(cred.principal),
    role: checkRole(cred.role),
    algorithm: CREDENTIAL_ALGORITHM,
    privateKey: cred.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    publicKey: publicKeyToHex(cred.privateKey),
    server: cred.server === undefined ? undefined : checkServer(cred.server),
  };
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') {
      throw badInput(`credential file ${path} already exists; refusing to overwrite it`, { path });
    }
    throw e;
  }
  try {
    fchmodSync(fd, 0o600); // in case the umask removed owner bits
    writeSync(fd, JSON.stringify(file, null, 2) + '\n');
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    try {
      unlinkSync(path); // never leave a half-written credential behind
    } catch {
      // keep the original error
    }
    throw e;
  }
  closeSync(fd);
}

/**
 * Read and validate a credential file. E_BAD_INPUT names the offending field;
 * like ssh, refuses a file that group or others can read or write.
 *
 * @example
 *   const cred = readCredentialFile(path);
 *   const headers = signRequest(credentialPrivateKey(cred), cred.principal, { method: 'GET', path: '/v1/keys' });
 */
export function readCredentialFile(path: string): Credential {
  const text = readPrivateFile(path);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // JSON.parse messages quote the input: they could carry key material.
    throw badInput(`credential file ${path} is not valid JSON`, { path });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw badInput(`credential file ${path} is not a JSON object`, { path });
  const o = raw as Record<string, unknown>;
  for (const k of Object.keys(o))
    if (!FIELDS.has(k)) throw badInput(`unknown field ${JSON.stringify(k.slice(0, 64))} in credential file`, { field: k.slice(0, 64) });
  if (o.type !== CREDENTIAL_TYPE) throw field('type', `expected "${CREDENTIAL_TYPE}"`);
  if (o.version !== CREDENTIAL_VERSION) throw field('version', `unsupported version (expected ${CREDENTIAL_VERSION})`);
  if (o.algorithm !== CREDENTIAL_ALGORITHM) throw field('algorithm', `expected "${CREDENTIAL_ALGORITHM}"`);
  if (typeof o.principal !== 'string') throw field('principal', 'expected a string');
  if (typeof o.role !== 'string') throw field('role', 'expected a string');
  if (typeof o.privateKey !== 'string') throw field('privateKey', 'expected a PEM string');
  if (typeof o.publicKey !== 'string') throw field('publicKey', 'expected a hex string');
  if (o.server !== undefined && typeof o.server !== 'string') throw field('server', 'expected a URL string');
  const privateKey = credentialPrivateKey({ privateKey: o.privateKey });
  const publicKey = toHex(fromHex(o.publicKey, 'publicKey'));
  publicKeyFromHex(publicKey);
  if (publicKeyToHex(privateKey) !== publicKey) throw field('publicKey', 'does not match privateKey');
  return {
    type: CREDENTIAL_TYPE,
    version: CREDENTIAL_VERSION,
    principal: checkPrincipal(o.principal),
    role: checkRole(o.role),
    algorithm: CREDENTIAL_ALGORITHM,
    privateKey: o.privateKey,
    publicKey,
    server: o.server === undefined ? undefined : checkServer(o.server),
  };
}

/** Open, check type, ownership bits and size on the open descriptor (no stat/read race), read. */
function readPrivateFile(path: string): string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw badInput(`credential file ${path} not found`, { path });
    if (code === 'EACCES') throw badInput(`credential file ${path} is not readable by this user`, { path });
    throw e;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw badInput(`credential file ${path} is not a regular file`, { path });
    // POSIX permission bits only; Windows reports synthetic modes.
    if (process.platform !== 'win32' && (st.mode & 0o077) !== 0) {
      const mode = (st.mode & 0o777).toString(8).padStart(4, '0');
      throw badInput(`credential file ${path} is accessible by group or others (mode ${mode}); run: chmod 600 ${path}`, { path, mode });
    }
    if (st.size > MAX_FILE_BYTES) throw badInput(`credential file ${path} is too large to be a credential`, { path });
    return readFileSync(fd, 'utf8');
  } finally {
    closeSync(fd);
  }
}

function checkPrincipal(name: string): string {
  if (!NAME_RE.test(name)) {
    throw field('principal', 'must be 1-64 characters of letters, digits, ".", "_" or "-", starting with a letter or digit');
  }
  return name;
}

function checkRole(role: string): Role {
  if (!(ROLES as readonly string[]).includes(role)) throw field('role', `expected one of ${ROLES.join(', ')}`);
  return role as Role;
}

/** http(s) URL without user:password (credentials belong in this file's key, not the URL). */
function checkServer(server: string): string {
  let url: URL;
  try {
    url = new URL(server);
  } catch {
    throw field('server', 'not a valid URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw field('server', 'expected an http:// or https:// URL');
  if (url.username !== '' || url.password !== '') throw field('server', 'must not contain a user name or password');
  return server;
}

function field(name: string, why: string): CustosError {
  return badInput(`${name}: ${why}`, { field: name });
}

function isP256(k: KeyObject): boolean {
  return k?.asymmetricKeyType === 'ec' && k.asymmetricKeyDetails?.namedCurve === 'prime256v1';
}
