/** sign and verify with a key or a wallet-derived account. */
import type { SignatureScheme } from '../../crypto/algorithms.js';
import { fromHex, toHex } from '../../crypto/bytes.js';
import { parseHash } from '../../keystore/payload.js';
import { parseCurve } from '../../keystore/refs.js';
import type { RequestView } from '../../requests/service.js';
import { type Command, type Invocation, int, requireStr, str, usageError } from '../command.js';
import { call } from '../api.js';
import { readInputFile } from '../io.js';
import { parseTags } from './keys.js';

const SCHEMES: readonly SignatureScheme[] = ['ecdsa', 'bip340', 'bip340-taproot', 'eddsa', 'bls-pop', 'ml-dsa'];

const payloadOptions = {
  key: { type: 'string', arg: 'REF', description: "key name or wallet account (W/m/44'/60'/0'/0/0)" },
  digest: { type: 'string', arg: 'HEX', description: 'secp256k1: a 32-byte digest, signed as given' },
  message: { type: 'string', arg: 'HEX', description: 'message bytes as hex' },
  'message-file': { type: 'string', arg: 'FILE', description: 'message bytes from a file' },
  hash: { type: 'string', arg: 'HASH', description: 'ECDSA message hash: sha256 (default) or keccak256' },
  scheme: { type: 'string', arg: 'SCHEME', description: 'secp256k1: ecdsa (default) or bip340' },
  version: { type: 'string', arg: 'N', description: 'key version (sign: must be the current one)' },
  curve: { type: 'string', arg: 'CURVE', description: 'wallet accounts: secp256k1, ed25519 or bls12-381' },
} as const;

/** The payload options as the contract's hex fields. */
function payload(inv: Invocation): { digest?: string; message?: string; hash?: 'sha256' | 'keccak256' } {
  const { values } = inv;
  const given = ['digest', 'message', 'message-file'].filter((k) => str(values, k) !== undefined);
  if (given.length !== 1) throw usageError('give exactly one of --digest, --message or --message-file');
  const hash = str(values, 'hash');
  const base = hash ? { hash: parseHash(hash) } : {};
  const d = str(values, 'digest');
  if (d !== undefined) return { ...base, digest: toHex(fromHex(d, 'digest')) };
  const m = str(values, 'message');
  if (m !== undefined) return { ...base, message: toHex(fromHex(m, 'message')) };
  return { ...base, message: toHex(new Uint8Array(readInputFile(inv.io, str(values, 'message-file')!, 'message file'))) };
}

function common(inv: Invocation) {
  const scheme = str(inv.values, 'scheme');
  if (scheme && !SCHEMES.includes(scheme as SignatureScheme)) throw usageError(`--scheme must be one of ${SCHEMES.join(', ')}`);
  const curve = str(inv.values, 'curve');
  return { ...(scheme ? { scheme } : {}), ...(curve ? { curve: parseCurve(curve) } : {}) };
}

/** A signing request's outcome, as `custos sign` and `custos request show` print it. */
export function requestOutput(v: RequestView) {
  const json = { requestId: v.id, ...v };
  let human: string;
  // The CLI prints hex 0x-prefixed (the API's generic `signature` field is plain hex); every hex input takes either.
  if (v.status === 'signed')
    human = v.kind === 'sign' && v.signature !== undefined ? `0x${v.signature.replace(/^0x/, '')}` : `executed: request ${v.id} (${v.kind})`;
  else if (v.status === 'offline') human = `offline: request ${v.id} waits for its air-gapped signature (custos request export ${v.id} --out FILE)`;
  else if (v.status === 'denied') human = `denied: ${v.reason} (request ${v.id})`;
  else if (v.status === 'pending' || v.status === 'approved') {
    const a = v.waitingFor?.approvals;
    const more = a ? a.count - a.approvedBy.length : 0;
    const wait = [
      a ? `${more} more approval${more === 1 ? '' : 's'} (role: ${a.from})` : '',
      v.waitingFor?.notBefore ? `its time-lock until ${v.waitingFor.notBefore}` : '',
    ].filter(Boolean);
    human = `${v.status}: request ${v.id} waits for ${wait.join(', then ') || 'nothing more'} (rule ${v.rule})`;
  } else human = `${v.status}: request ${v.id}${v.error ? ` (${v.error.code}: ${v.error.message})` : ''}`;
  return {
    json,
    human,
    failed: v.status === 'denied' || v.status === 'rejected' || v.status === 'failed' || v.status === 'expired' || v.status === 'cancelled',
  };
}

export const signCommands: Command[] = [
  {
    name: 'sign',
    summary: 'Sign a digest or message under policy: signed now, pending (approvals, delay), or denied.',
    options: {
      ...payloadOptions,
      'aux-rand': { type: 'string', arg: 'HEX', description: 'bip340: 32 bytes of auxiliary randomness (default fresh)' },
      note: { type: 'string', arg: 'TEXT', description: 'a note for approvers and the audit trail' },
      tag: { type: 'string', multiple: true, arg: 'K=V', description: 'request tag (visible to policy as request.tags)' },
      'idempotency-key': { type: 'string', arg: 'KEY', description: 'retrying with the same key returns the same request' },
      offline: { type: 'boolean', description: 'cold keys: file the request for air-gapped signing (then request export / offline sign / request import)' },
    },
    async run(inv) {
      const version = int(inv.values, 'version', { min: 1 });
      const aux = str(inv.values, 'aux-rand');
      const note = str(inv.values, 'note');
      const idem = str(inv.values, 'idempotency-key');
      const v: RequestView = await call(inv, 'sign', {
        key: requireStr(inv.values, 'key'),
        ...payload(inv),
        ...common(inv),
        ...(aux ? { auxRand: toHex(fromHex(aux, 'aux-rand', 32)) } : {}),
        ...(version !== undefined ? { version } : {}),
        ...(note ? { note } : {}),
        ...(idem ? { idempotencyKey: idem } : {}),
        ...(inv.values.offline === true ? { offline: true } : {}),
        tags: parseTags(inv.values),
      });
      const out = requestOutput(v);
      if (out.failed) return { ...out, exitCode: 1 };
      return out;
    },
  },
  {
    name: 'verify',
    summary: 'Verify a signature against a key (every version unless --version), a wallet account, or a bare --public-key.',
    options: {
      ...payloadOptions,
      signature: { type: 'string', arg: 'HEX', description: 'the signature' },
      'public-key': { type: 'string', arg: 'HEX', description: 'verify under this public key instead of a stored key (with --type)' },
      type: { type: 'string', arg: 'ALG', description: '--public-key: secp256k1, ed25519, bls12-381 or ml-dsa-65' },
      format: { type: 'string', arg: 'FORMAT', description: "raw (default: r||s, r||s||v, or the scheme's bytes) or der (secp256k1 ECDSA)" },
      'allow-high-s': { type: 'boolean', description: 'secp256k1 ECDSA: accept s > n/2 (Ethereum and Bitcoin refuse it)' },
    },
    async run(inv) {
      const version = int(inv.values, 'version', { min: 1 });
      const key = str(inv.values, 'key');
      const publicKey = str(inv.values, 'public-key');
      const type = str(inv.values, 'type');
      if ((key === undefined) === (publicKey === undefined)) throw usageError('give exactly one of --key or --public-key');
      if (publicKey !== undefined && type === undefined) throw usageError('--public-key needs --type (secp256k1, ed25519, bls12-381 or ml-dsa-65)');
      if (publicKey === undefined && type !== undefined) throw usageError('--type applies to --public-key; a stored key has its own');
      const format = str(inv.values, 'format');
      if (format !== undefined && format !== 'raw' && format !== 'der') throw usageError('--format must be raw or der');
      const r = await call(inv, 'verify', {
        ...(key !== undefined ? { key } : { publicKey: toHex(fromHex(publicKey!, 'public-key')), algorithm: type! }),
        ...payload(inv),
        ...common(inv),
        ...(version !== undefined ? { version } : {}),
        ...(format !== undefined ? { format } : {}),
        ...(inv.values['allow-high-s'] === true ? { allowHighS: true } : {}),
        signature: toHex(fromHex(requireStr(inv.values, 'signature'), 'signature')),
      });
      return { json: r, human: r.version === null && publicKey !== undefined ? `valid (public key ${r.key})` : `valid (${r.key} v${r.version})` };
    },
  },
];
