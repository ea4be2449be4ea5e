/**
 * The air-gap file formats (decision 0023): an export of a cold-key request
 * (online -> offline), the offline instance's response (offline -> online),
 * and the identity record each instance pins of the other. Pure: bytes and
 * JSON in, bytes and JSON out; the signing itself is the caller's.
 *
 * A request or response file is one ASCII line, small enough for a QR code:
 *
 *   custos-req1.<base64url(deflate-raw(canonicalJson({ body, signature })))>
 *   custos-resp1.<...same...>
 *
 * `signature` is Ed25519 (hex) by the sending instance's identity key (its
 * audit key) over utf8("custos-airgap-v1\n" + canonicalJson(body)); `body.format`
 * names the kind, so an export's signature never passes for a response's.
 */
import { createHash } from 'node:crypto';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { CustosError } from '../errors.js';
import { canonicalJson } from '../audit/canonical.js';
import { utf8 } from '../crypto/bytes.js';

export const REQUEST_FORMAT = 'custos-airgap-request/1';
export const RESPONSE_FORMAT = 'custos-airgap-response/1';
export const IDENTITY_FORMAT = 'custos-airgap-identity/1';

const PREFIX = { [REQUEST_FORMAT]: 'custos-req1.', [RESPONSE_FORMAT]: 'custos-resp1.' } as const;
/** Largest file text and inflated body accepted (a request is a few KB; this bounds a decompression bomb). */
const MAX_TEXT = 256 * 1024;
const MAX_INFLATED = 1024 * 1024;

/** One approval as carried in an export: the approver's name and P-256 signature over the request digest. */
export interface ApprovalClaim {
  approverName: string;
  signature: string;
}

/** What the online instance exports: enough for the offline one to re-plan and re-check the request itself. */
export interface ExportBody {
  format: typeof REQUEST_FORMAT;
  /** The online instance's id (its identity key is pinned offline under it). */
  from: string;
  exportedAt: string;
  request: { id: string; kind: 'sign'; principal: string; key: string; payload: Record<string, unknown>; createdAt: string; digest: string };
  /** The online policy in force at export (informational: the offline side decides with its own copy). */
  policy: { version: number; digest: string };
  approvals: ApprovalClaim[];
}

/** One signature made offline, as the keystore returned it. */
export interface OfflineSignature {
  key: string;
  algorithm: string;
  scheme: string;
  version: number;
  publicKey: string;
  signature: string;
}

/** What the offline instance answers: the signatures, bound to the request, its digest and the export they answer. */
export interface ResponseBody {
  format: typeof RESPONSE_FORMAT;
  /** The offline instance's id. */
  from: string;
  /** The online instance the export came from. */
  to: string;
  signedAt: string;
  requestId: string;
  requestDigest: string;
  /** SHA-256 of the export body this answers. */
  exportDigest: string;
  signatures: OfflineSignature[];
}

/** An instance's identity record: its id, identity (audit) public key and cold keys, self-signed. */
export interface IdentityBody {
  format: typeof IDENTITY_FORMAT;
  instanceId: string;
  publicKey: string;
  keys: { name: string; algorithm: string; publicKey: string; allowRaw: boolean }[];
  createdAt: string;
}

export type AirgapBody = ExportBody | ResponseBody | IdentityBody;

export interface Signed<B> {
  body: B;
  signature: string;
}

/** The bytes an identity key signs for `body`. */
export function signedMessage(body: AirgapBody): Uint8Array {
  return utf8(`custos-airgap-v1\n${canonicalJson(body)}`);
}

/** Hex SHA-256 of a body's canonical JSON (how a response names the export it answers, and the trail names both). */
export function bodyDigest(body: AirgapBody): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

/** A request or response file's text. */
export function encodeFile(doc: Signed<ExportBody | ResponseBody>): string {
  const packed = deflateRawSync(Buffer.from(canonicalJson(doc), 'utf8'), { level: 9 });
  return `${PREFIX[doc.body.format]}${packed.toString('base64url')}\n`;
}

/** Parse a request or response file of the expected format; E_AIRGAP_FORMAT for anything else. */
export function decodeFile<F extends typeof REQUEST_FORMAT | typeof RESPONSE_FORMAT>(
  text: string,
  format: F,
): Signed<F extends typeof REQUEST_FORMAT ? ExportBody : ResponseBody> {
  const t = text.trim();
  const prefix = PREFIX[format];
  if (t.length > MAX_TEXT) throw formatError(`the file is larger than ${MAX_TEXT} bytes`);
  if (!t.startsWith(prefix)) {
    const other = Object.entries(PREFIX).find(([, p]) => t.startsWith(p));
    throw formatError(other ? `this is a ${other[0]} file, not a ${format} file` : `not a ${format} file (it does not start with ${prefix})`);
  }
  const b64 = t.slice(prefix.length);
  if (!/^[A-Za-z0-9_-]+$/.test(b64)) throw formatError('the file is not base64url after its prefix');
  let doc: unknown;
  try {
    doc = JSON.parse(inflateRawSync(Buffer.from(b64, 'base64url'), { maxOutputLength: MAX_INFLATED }).toString('utf8'));
  } catch {
    throw formatError('the file does not inflate to JSON (corrupt or truncated)');
  }
  const d = doc as Signed<Record<string, unknown>>;
  if (!isObject(d) || !isObject(d.body) || typeof d.signature !== 'string' || !/^[0-9a-f]{128}$/.test(d.signature))
    throw formatError('expected { body, signature } with a 64-byte hex signature');
  if (d.body.format !== format) throw formatError(`body.format is not ${format}`);
  if (format === REQUEST_FORMAT) checkExport(d.body);
  else checkResponse(d.body);
  return d as never;
}

/** Parse an identity record (plain JSON, so its fingerprint can be read and compared). */
export function decodeIdentity(text: string): Signed<IdentityBody> {
  let d: Signed<IdentityBody>;
  try {
    d = JSON.parse(text) as Signed<IdentityBody>;
  } catch {
    throw formatError('the identity file is not JSON');
  }
  const b = d?.body as unknown as Record<string, unknown>;
  if (!isObject(d) || !isObject(b) || b.format !== IDENTITY_FORMAT || typeof d.signature !== 'string' || !/^[0-9a-f]{128}$/.test(d.signature))
    throw formatError(`not a ${IDENTITY_FORMAT} file`);
  if (!isId(b.instanceId) || !isHex(b.publicKey, 64) || !Array.isArray(b.keys) || b.keys.length > 256 || typeof b.createdAt !== 'string')
    throw formatError('identity: instanceId, publicKey (32-byte hex), keys and createdAt expected');
  for (const k of b.keys as unknown[]) {
    const key = k as Record<string, unknown>;
    if (!isObject(key) || typeof key.name !== 'string' || typeof key.algorithm !== 'string' || !isHex(key.publicKey) || typeof key.allowRaw !== 'boolean')
      throw formatError('identity: each key needs name, algorithm, a hex publicKey and allowRaw');
  }
  return d;
}

/** A short fingerprint of an identity key, to compare out of band when pairing. */
export function fingerprint(publicKeyHex: string): string {
  return createHash('sha256')
    .update(Buffer.from(publicKeyHex, 'hex'))
    .digest('hex')
    .slice(0, 32)
    .replace(/(.{4})(?!$)/g, '$1:');
}

function checkExport(b: Record<string, unknown>): void {
  const r = b.request as Record<string, unknown>;
  const p = b.policy as Record<string, unknown>;
  if (!isId(b.from) || typeof b.exportedAt !== 'string') throw formatError('export: from and exportedAt expected');
  if (!isObject(r) || !isId(r.id) || r.kind !== 'sign' || typeof r.principal !== 'string' || typeof r.key !== 'string')
    throw formatError('export: request.id, request.kind "sign", request.principal and request.key expected');
  if (!isObject(r.payload) || typeof (r.payload as Record<string, unknown>).type !== 'string')
    throw formatError('export: request.payload must be an object with a type');
  if (typeof r.createdAt !== 'string' || !isHex(r.digest, 64)) throw formatError('export: request.createdAt and a 32-byte hex request.digest expected');
  if (!isObject(p) || !Number.isInteger(p.version) || typeof p.digest !== 'string') throw formatError('export: policy.version and policy.digest expected');
  if (!Array.isArray(b.approvals) || b.approvals.length > 100) throw formatError('export: at most 100 approvals expected');
  for (const a of b.approvals as unknown[]) {
    const x = a as Record<string, unknown>;
    if (!isObject(x) || typeof x.approverName !== 'string' || typeof x.signature !== 'string')
      throw formatError('export: each approval needs approverName and signature');
  }
}

function checkResponse(b: Record<string, unknown>): void {
  if (!isId(b.from) || !isId(b.to) || typeof b.signedAt !== 'string' || !isId(b.requestId))
    throw formatError('response: from, to, signedAt and requestId expected');
  if (!isHex(b.requestDigest, 64) || !isHex(b.exportDigest, 64)) throw formatError('response: requestDigest and exportDigest (32-byte hex) expected');
  if (!Array.isArray(b.signatures) || b.signatures.length === 0 || b.signatures.length > 64) throw formatError('response: 1 to 64 signatures expected');
  for (const s of b.signatures as unknown[]) {
    const x = s as Record<string, unknown>;
    if (
      !isObject(x) ||
      typeof x.key !== 'string' ||
      typeof x.algorithm !== 'string' ||
      typeof x.scheme !== 'string' ||
      !Number.isInteger(x.version) ||
      !isHex(x.publicKey) ||
      !isHex(x.signature)
    )
      throw formatError('response: each signature needs key, algorithm, scheme, version, publicKey and signature');
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(v);
const isHex = (v: unknown, len?: number): v is string =>
  typeof v === 'string' && /^([0-9a-f]{2})+$/.test(v) && v.length <= 16384 && (len === undefined || v.length === len);

function formatError(why: string): CustosError {
  return new CustosError('E_AIRGAP_FORMAT', `air-gap file refused: ${why}`);
}
