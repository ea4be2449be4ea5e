/**
 * A software authenticator: a P-256 (ES256) or Ed25519 (EdDSA) credential made
 * with node:crypto, producing registration ('none' attestation) and assertion
 * responses byte for byte as a browser hands them to a page
 * (WebAuthn L2 §5.8.1 clientDataJSON, §6.1 authenticatorData, §6.5 attestation
 * object; CBOR by @simplewebauthn/server's own encoder).
 */
import { createHash, generateKeyPairSync, randomBytes, sign, type KeyObject } from 'node:crypto';
import { isoCBOR } from '@simplewebauthn/server/helpers';
import { encodeAssertion, type AssertionParts } from '../../src/auth/webauthn.js';

export const FLAG_UP = 0x01;
export const FLAG_UV = 0x04;
const FLAG_AT = 0x40;

export interface CeremonyOverrides {
  origin?: string;
  rpId?: string;
  flags?: number;
  type?: string;
  challenge?: string;
  crossOrigin?: boolean;
}

const b64u = (b: Uint8Array | string) => Buffer.from(b).toString('base64url');

export class SoftAuthenticator {
  readonly credentialId = randomBytes(32);
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  counter = 0;

  constructor(
    readonly alg: -7 | -8,
    readonly origin: string,
    readonly rpId: string,
  ) {
    const kp = alg === -7 ? generateKeyPairSync('ec', { namedCurve: 'P-256' }) : generateKeyPairSync('ed25519');
    this.privateKey = kp.privateKey;
    this.publicKey = kp.publicKey;
  }

  get id(): string {
    return b64u(this.credentialId);
  }

  private coseKey(): Uint8Array {
    const jwk = this.publicKey.export({ format: 'jwk' });
    const m = new Map<number, number | Uint8Array>();
    if (this.alg === -7) {
      m.set(1, 2).set(3, -7).set(-1, 1).set(-2, Buffer.from(jwk.x!, 'base64url')).set(-3, Buffer.from(jwk.y!, 'base64url'));
    } else {
      m.set(1, 1).set(3, -8).set(-1, 6).set(-2, Buffer.from(jwk.x!, 'base64url'));
    }
    return isoCBOR.encode(m as never);
  }

  private authData(rpId: string, flags: number, attested: boolean): Buffer {
    const counter = Buffer.alloc(4);
    counter.writeUInt32BE(++this.counter);
    const parts = [createHash('sha256').update(rpId).digest(), Buffer.from([flags]), counter];
    if (attested) {
      const len = Buffer.alloc(2);
      len.writeUInt16BE(this.credentialId.length);
      parts.push(Buffer.alloc(16), len, this.credentialId, Buffer.from(this.coseKey()));
    }
    return Buffer.concat(parts);
  }

  private clientData(type: string, challenge: string, o: CeremonyOverrides): Buffer {
    // Key order as Chromium writes it: type, challenge, origin, crossOrigin.
    return Buffer.from(JSON.stringify({ type, challenge, origin: o.origin ?? this.origin, crossOrigin: o.crossOrigin ?? false }));
  }

  /** navigator.credentials.create() for options.challenge: a RegistrationResponseJSON. */
  register(challenge: string, o: CeremonyOverrides = {}): Record<string, unknown> {
    const cdj = this.clientData(o.type ?? 'webauthn.create', o.challenge ?? challenge, o);
    const authData = this.authData(o.rpId ?? this.rpId, (o.flags ?? FLAG_UP | FLAG_UV) | FLAG_AT, true);
    const attestationObject = isoCBOR.encode(
      new Map<string, unknown>([
        ['fmt', 'none'],
        ['attStmt', new Map()],
        ['authData', authData],
      ]) as never,
    );
    return {
      id: this.id,
      rawId: this.id,
      type: 'public-key',
      response: { clientDataJSON: b64u(cdj), attestationObject: b64u(attestationObject), transports: ['internal'] },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    };
  }

  /** navigator.credentials.get() for `challenge` (base64url): the assertion's parts. */
  assertParts(challenge: string, o: CeremonyOverrides = {}): AssertionParts {
    const cdj = this.clientData(o.type ?? 'webauthn.get', o.challenge ?? challenge, o);
    const authData = this.authData(o.rpId ?? this.rpId, o.flags ?? FLAG_UP | FLAG_UV, false);
    const signed = Buffer.concat([authData, createHash('sha256').update(cdj).digest()]);
    const signature = this.alg === -7 ? sign('sha256', signed, { key: this.privateKey, dsaEncoding: 'der' }) : sign(null, signed, this.privateKey);
    return { credentialId: this.id, authenticatorData: b64u(authData), clientDataJSON: b64u(cdj), signature: b64u(signature) };
  }

  /** The assertion as custos carries it: a wa1. envelope. */
  assert(challenge: string, o: CeremonyOverrides = {}): string {
    return encodeAssertion(this.assertParts(challenge, o));
  }
}
