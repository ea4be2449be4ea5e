/**
 * How the client signs: a {@link RequestSigner} is a principal's name and an
 * ECDSA P-256 / SHA-256 signing function whose output is IEEE P1363 (r || s,
 * 64 bytes), what src/auth/request-signature.ts verifies and what an approval
 * signature is. Built on Web Crypto (`globalThis.crypto.subtle`), which Node 20
 * and every browser have, so the CLI and the browser console share one client.
 * Nothing here imports Node modules.
 *
 * @example
 *   const signer = await pemSigner('alice', credential.privateKey); // Node or browser
 *   const client = new CustosClient({ url, signer });
 */

/** A Web Crypto key, as far as this module needs to know it (Node's and the DOM's CryptoKey both fit). */
export interface WebCryptoKey {
  readonly type: string;
  readonly extractable: boolean;
  readonly algorithm: unknown;
  readonly usages: readonly string[];
}

/** The part of SubtleCrypto the client uses (lib-independent: the console builds with the DOM lib, the server with Node's types). */
interface Subtle {
  importKey(
    format: 'pkcs8',
    keyData: Uint8Array,
    algorithm: { name: 'ECDSA'; namedCurve: 'P-256' },
    extractable: boolean,
    usages: ['sign'],
  ): Promise<WebCryptoKey>;
  sign(algorithm: { name: 'ECDSA'; hash: 'SHA-256' }, key: WebCryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
}

const webcrypto = (globalThis as unknown as { crypto: { subtle: Subtle; getRandomValues<T extends Uint8Array>(a: T): T } }).crypto;

/** Signs as one principal. */
export interface RequestSigner {
  /** The principal's name (x-custos-principal). */
  readonly principal: string;
  /** ECDSA P-256 over SHA-256(data), IEEE P1363 (64 bytes). */
  sign(data: Uint8Array): Promise<Uint8Array>;
}

const encoder = new TextEncoder();

/** UTF-8 bytes of a string. */
export const utf8Bytes = (s: string): Uint8Array => encoder.encode(s);

/** Lowercase hex SHA-256. */
export async function sha256Hex(data: Uint8Array | string): Promise<string> {
  const bytes = typeof data === 'string' ? utf8Bytes(data) : data;
  const h = new Uint8Array(await webcrypto.subtle.digest('SHA-256', bytes));
  return Array.from(h, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Unpadded base64url. */
export function base64url(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Unpadded base64url of `n` random bytes (request nonces). */
export function randomNonce(n = 16): string {
  return base64url(webcrypto.getRandomValues(new Uint8Array(n)));
}

/**
 * A PKCS#8 PEM private key (a credential file's `privateKey`) as a
 * non-extractable Web Crypto signing key: it can sign, and nothing can read
 * it back out (not the page's own scripts either).
 */
export async function importPkcs8Pem(pem: string): Promise<WebCryptoKey> {
  const m = /^\s*-----BEGIN PRIVATE KEY-----([A-Za-z0-9+/=\s]+)-----END PRIVATE KEY-----\s*$/.exec(pem);
  if (!m) throw new TypeError('privateKey: expected a PKCS#8 PEM private key');
  const bin = atob(m[1]!.replace(/\s+/g, ''));
  const der = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  try {
    return await webcrypto.subtle.importKey('pkcs8', der, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign']);
  } finally {
    der.fill(0);
  }
}

/** A signer over a Web Crypto P-256 private key. */
export function webCryptoSigner(principal: string, key: WebCryptoKey): RequestSigner {
  return {
    principal,
    async sign(data) {
      return new Uint8Array(await webcrypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, key, data));
    },
  };
}

/** A signer from a credential's PEM private key (imported non-extractable on first use). */
export function pemSigner(principal: string, pem: string): RequestSigner {
  let key: Promise<WebCryptoKey> | undefined;
  return {
    principal,
    async sign(data) {
      key ??= importPkcs8Pem(pem);
      return webCryptoSigner(principal, await key).sign(data);
    },
  };
}
