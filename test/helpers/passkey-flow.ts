/**
 * Passkey principals against a running server, as the console does it:
 * create one awaiting registration, register it with a software
 * authenticator, log in with an ephemeral P-256 session key, approve with a
 * fresh assertion over the approval message.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { CustosClient } from '../../src/client/client.js';
import { pemSigner } from '../../src/client/signer.js';
import { loginMessage, newRegistrationToken } from '../../src/access/passkeys.js';
import { publicKeyToHex } from '../../src/auth/credential.js';
import { challengeOf, pendingKey } from '../../src/auth/webauthn.js';
import { approvalChallenge, type Verdict } from '../../src/auth/approval.js';
import type { Role } from '../../src/store/records.js';
import type { SoftAuthenticator, CeremonyOverrides } from './webauthn.js';

export const ORIGIN = 'http://localhost:9443';
export const RP_ID = 'localhost';

/** principal.create of a passkey principal awaiting registration; returns its one-time token. */
export async function createPasskeyPrincipal(admin: CustosClient, name: string, role: Role, ttlMs = 3600_000): Promise<string> {
  const { token, regKeyHex } = newRegistrationToken();
  await admin.call('principal.create', { name, role, publicKey: pendingKey(regKeyHex, Date.now() + ttlMs) });
  return token;
}

/** The registration ceremony through the unauthenticated endpoints. */
export async function registerPasskey(url: string, name: string, token: string, auth: SoftAuthenticator, o: CeremonyOverrides = {}) {
  const anon = new CustosClient({ url });
  const opts = (await anon.call('passkey.registerOptions', { principal: name, token })) as { challenge: string };
  return anon.call('passkey.register', { principal: name, token, response: auth.register(opts.challenge, o) });
}

/** A console login: a session key made here, bound by the passkey's assertion; a client that signs with it. */
export async function loginPasskey(url: string, name: string, auth: SoftAuthenticator, ttlMs = 15 * 60_000) {
  const anon = new CustosClient({ url });
  const { nonce } = await anon.call('passkey.loginOptions', { principal: name });
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const sessionPublicKey = publicKeyToHex(privateKey);
  const expiresAt = new Date(Date.now() + ttlMs).toISOString();
  const assertion = auth.assert(challengeOf(loginMessage(name, nonce, sessionPublicKey, expiresAt)));
  const input = { principal: name, nonce, sessionPublicKey, expiresAt, assertion };
  const s = await anon.call('passkey.login', input);
  return { ...s, privateKey, input, client: new CustosClient({ url, session: { id: s.session, signer: sessionSigner(name, privateKey) } }) };
}

/** A client signer over a session key made with node:crypto (the console makes its own with Web Crypto). */
export function sessionSigner(name: string, privateKey: KeyObject) {
  return pemSigner(name, privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
}

/** A passkey approval (or rejection) of a request: an assertion over its approval message. */
export function passkeyDecision(auth: SoftAuthenticator, id: string, digest: string, verdict: Verdict = 'approve', o: CeremonyOverrides = {}): string {
  return auth.assert(approvalChallenge(id, digest, verdict), o);
}
