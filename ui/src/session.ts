/**
 * Who is logged in, and how. A session is a principal, its role and a
 * CustosClient that signs every request as it; nothing of it is stored
 * (no cookie, no localStorage): reloading the page logs out.
 *
 * Methods: `credential` (the custos credential file the CLI uses, its P-256
 * key imported into Web Crypto as non-extractable: the page can sign with it
 * but never read it back) and, beside it, `passkey` (a WebAuthn credential
 * that binds a short-lived session key) once the server offers it.
 */
import { CustosClient } from '../../src/client/client.js';
import { importPkcs8Pem, webCryptoSigner } from '../../src/client/signer.js';
import type { Verdict } from '../../src/auth/approval-message.js';
import type { OperationOutput } from '../../src/api/contract.js';

export type LoginMethod = 'credential' | 'passkey';

export interface Session {
  method: LoginMethod;
  principal: string;
  role: string;
  client: CustosClient;
  /** Approve or reject a request with this session's own proof (a P-256 signature, or a passkey assertion). */
  decide(id: string, verdict: Verdict): Promise<OperationOutput<'request.approve'>>;
  /** When the server ends the session (passkey logins are short-lived). */
  expiresAt?: string;
  /** End the session on the server too (passkey sessions); a credential session ends with the tab. */
  logout?(): Promise<void>;
}

const NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** The fields of a credential file the console needs, checked; the private key leaves this function only as a non-extractable CryptoKey. */
export async function credentialLogin(fileText: string, origin: string = location.origin): Promise<Session> {
  let c: Record<string, unknown>;
  try {
    c = JSON.parse(fileText) as Record<string, unknown>;
  } catch {
    throw new Error('this file is not JSON: choose a custos credential file');
  }
  if (c.type !== 'custos-credential' || c.version !== 1) throw new Error('this is not a custos credential file (type custos-credential, version 1)');
  if (c.algorithm !== 'ecdsa-p256-sha256') throw new Error('unsupported credential algorithm');
  if (typeof c.principal !== 'string' || !NAME_RE.test(c.principal)) throw new Error('the credential names no valid principal');
  if (typeof c.role !== 'string') throw new Error('the credential has no role');
  if (typeof c.privateKey !== 'string') throw new Error('the credential has no private key');
  let key;
  try {
    key = await importPkcs8Pem(c.privateKey);
  } catch {
    throw new Error('the credential private key is not a P-256 PKCS#8 key');
  }
  delete c.privateKey;
  const client = new CustosClient({ url: origin, signer: webCryptoSigner(c.principal, key) });
  // One signed call proves the key is the principal's: the server refuses a signature it cannot verify.
  await client.call('request.list', { limit: 1 });
  return { method: 'credential', principal: c.principal, role: c.role, client, decide: (id, verdict) => client.decide(id, verdict) };
}
