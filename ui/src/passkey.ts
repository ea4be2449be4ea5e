/**
 * Passkeys in the console (docs/api.md, "Passkeys"): registration from the one-time link, login that binds a
 * short-lived Web Crypto session key (non-extractable) to the passkey, and approvals that are fresh assertions
 * over the approval message. Plain WebAuthn (navigator.credentials); the envelope is custos's "wa1." form.
 */
import { CustosClient } from '../../src/client/client.js';
import { base64url, sha256Hex, utf8Bytes, webCryptoSigner, type WebCryptoKey } from '../../src/client/signer.js';
import type { Session } from './session.js';

const fromB64url = (s: string): Uint8Array<ArrayBuffer> => {
  const bin = atob(
    s
      .replace(/-/g, '+')
      .replace(/_/g, '/')
      .padEnd(Math.ceil(s.length / 4) * 4, '='),
  );
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
};
const b64 = (b: ArrayBuffer) => base64url(new Uint8Array(b));
const hexToBytes = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));
const sha256 = async (text: string) => hexToBytes(await sha256Hex(text));

/** The "wa1." envelope of an assertion: base64url of the canonical (sorted keys, no spaces) JSON of its four parts. */
function envelope(cred: PublicKeyCredential): string {
  const r = cred.response as AuthenticatorAssertionResponse;
  const json = JSON.stringify({
    authenticatorData: b64(r.authenticatorData),
    clientDataJSON: b64(r.clientDataJSON),
    credentialId: b64(cred.rawId),
    signature: b64(r.signature),
  });
  return `wa1.${base64url(utf8Bytes(json))}`;
}

interface LoginOptions {
  nonce: string;
  rpId: string;
  allowCredentials: { id: string; type: 'public-key' }[];
  userVerification: UserVerificationRequirement;
  timeout: number;
  defaultSessionSeconds: number;
}

async function assert(challenge: Uint8Array<ArrayBuffer>, o: Pick<LoginOptions, 'rpId' | 'allowCredentials' | 'timeout'>): Promise<string> {
  const cred = (await navigator.credentials.get({
    publicKey: {
      challenge,
      rpId: o.rpId,
      allowCredentials: o.allowCredentials.map((c) => ({ id: fromB64url(c.id), type: c.type })),
      userVerification: 'required',
      timeout: o.timeout,
    },
  })) as PublicKeyCredential | null;
  if (!cred) throw new Error('the passkey gave no assertion');
  return envelope(cred);
}

/** Log in with a passkey: a new session key, bound by an assertion over the login message; every request is then signed by it. */
export async function passkeyLogin(principal: string, origin: string = location.origin): Promise<Session> {
  const anon = new CustosClient({ url: origin });
  const o = (await anon.call('passkey.loginOptions', { principal })) as unknown as LoginOptions;
  const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign'])) as CryptoKeyPair;
  const spki = Array.from(new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey)), (b) => b.toString(16).padStart(2, '0')).join('');
  const expiresAt = new Date(Date.now() + o.defaultSessionSeconds * 1000).toISOString();
  const assertion = await assert(await sha256(`custos-login-v1\n${principal}\n${o.nonce}\n${spki}\n${expiresAt}`), o);
  const s = await anon.call('passkey.login', { principal, nonce: o.nonce, sessionPublicKey: spki, expiresAt, assertion });
  const client = new CustosClient({ url: origin, session: { id: s.session, signer: webCryptoSigner(principal, pair.privateKey as unknown as WebCryptoKey) } });
  return {
    method: 'passkey',
    principal: s.principal,
    role: s.role,
    client,
    expiresAt: s.expiresAt,
    // The session key cannot approve: each decision is a fresh assertion over the approval message.
    decide: (id, verdict) => client.decide(id, verdict, async (message) => assert(await sha256(message), o)),
    logout: async () => {
      await client.call('passkey.logout', {});
    },
  };
}

interface CreationOptionsJSON {
  challenge: string;
  rp: { name: string; id?: string };
  user: { id: string; name: string; displayName: string };
  pubKeyCredParams: { alg: number; type: 'public-key' }[];
  timeout?: number;
  attestation?: AttestationConveyancePreference;
  excludeCredentials?: { id: string; type: 'public-key' }[];
  authenticatorSelection?: AuthenticatorSelectionCriteria;
}

/** Register a passkey for a principal awaiting registration, from the link's principal and one-time token. */
export async function registerPasskey(principal: string, token: string, origin: string = location.origin): Promise<{ name: string; role: string }> {
  const anon = new CustosClient({ url: origin });
  const o = (await anon.call('passkey.registerOptions', { principal, token })) as unknown as CreationOptionsJSON;
  const cred = (await navigator.credentials.create({
    publicKey: {
      challenge: fromB64url(o.challenge),
      rp: o.rp,
      user: { ...o.user, id: fromB64url(o.user.id) },
      pubKeyCredParams: o.pubKeyCredParams,
      ...(o.timeout ? { timeout: o.timeout } : {}),
      ...(o.attestation ? { attestation: o.attestation } : {}),
      excludeCredentials: (o.excludeCredentials ?? []).map((c) => ({ id: fromB64url(c.id), type: c.type })),
      ...(o.authenticatorSelection ? { authenticatorSelection: o.authenticatorSelection } : {}),
    },
  })) as PublicKeyCredential | null;
  if (!cred) throw new Error('the authenticator made no passkey');
  const r = cred.response as AuthenticatorAttestationResponse;
  const response = {
    id: cred.id,
    rawId: b64(cred.rawId),
    type: 'public-key',
    response: { clientDataJSON: b64(r.clientDataJSON), attestationObject: b64(r.attestationObject), transports: r.getTransports?.() ?? [] },
    clientExtensionResults: cred.getClientExtensionResults(),
    ...(cred.authenticatorAttachment ? { authenticatorAttachment: cred.authenticatorAttachment } : {}),
  };
  const p = await anon.call('passkey.register', { principal, token, response });
  return { name: p.name, role: p.role };
}
