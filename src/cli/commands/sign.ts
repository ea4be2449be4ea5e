/** sign and verify with a key or a wallet-derived account. */
import type { SignatureScheme } from '../../crypto/algorithms.js';
import { fromHex } from '../../crypto/bytes.js';
import { parseHash, type SignInput } from '../../keystore/payload.js';
import { parseCurve } from '../../keystore/refs.js';
import { type Command, type Invocation, int, requireStr, str, usageError } from '../command.js';
import { withInstance } from '../context.js';
import { readInputFile } from '../io.js';

const SCHEMES: readonly SignatureScheme[] = ['ecdsa', 'bip340', 'eddsa', 'bls-pop', 'ml-dsa'];

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

function payload(inv: Invocation): SignInput {
  const { values } = inv;
  const given = ['digest', 'message', 'message-file'].filter((k) => str(values, k) !== undefined);
  if (given.length !== 1) throw usageError('give exactly one of --digest, --message or --message-file');
  const hash = str(values, 'hash');
  const base = hash ? { hash: parseHash(hash) } : {};
  const d = str(values, 'digest');
  if (d !== undefined) return { ...base, digest: fromHex(d, 'digest') };
  const m = str(values, 'message');
  if (m !== undefined) return { ...base, message: fromHex(m, 'message') };
  return { ...base, message: new Uint8Array(readInputFile(inv.io, str(values, 'message-file')!, 'message file')) };
}

function common(inv: Invocation) {
  const scheme = str(inv.values, 'scheme');
  if (scheme && !SCHEMES.includes(scheme as SignatureScheme)) throw usageError(`--scheme must be one of ${SCHEMES.join(', ')}`);
  const curve = str(inv.values, 'curve');
  const version = int(inv.values, 'version', { min: 1 });
  return {
    ...(scheme ? { scheme: scheme as SignatureScheme } : {}),
    ...(curve ? { curve: parseCurve(curve) } : {}),
    ...(version !== undefined ? { version } : {}),
  };
}

export const signCommands: Command[] = [
  {
    name: 'sign',
    summary: 'Sign a digest or message (secp256k1 RFC 6979 low-s r||s||v or BIP340; Ed25519; BLS eth2; ML-DSA-65).',
    options: {
      ...payloadOptions,
      'aux-rand': { type: 'string', arg: 'HEX', description: 'bip340: 32 bytes of auxiliary randomness (default fresh)' },
    },
    async run(inv) {
      const ref = requireStr(inv.values, 'key');
      const input = payload(inv);
      const aux = str(inv.values, 'aux-rand');
      const opts = { ...common(inv), ...(aux ? { auxRand: fromHex(aux, 'aux-rand', 32) } : {}) };
      return withInstance(inv, { unseal: true }, async ({ keys, actor }) => {
        const r = await keys.sign(ref, input, opts, actor);
        return { json: { status: 'signed', ...r }, human: r.signature };
      });
    },
  },
  {
    name: 'verify',
    summary: 'Verify a signature against a key (every version unless --version) or a wallet account.',
    options: { ...payloadOptions, signature: { type: 'string', arg: 'HEX', description: 'the signature' } },
    async run(inv) {
      const ref = requireStr(inv.values, 'key');
      const input = payload(inv);
      const signature = fromHex(requireStr(inv.values, 'signature'), 'signature');
      const opts = common(inv);
      return withInstance(inv, { unseal: ref.includes('/') }, async ({ keys }) => {
        const r = await keys.verify(ref, input, signature, opts);
        if (!r.valid) {
          const { CustosError } = await import('../../errors.js');
          throw new CustosError('E_BAD_SIGNATURE', `the signature does not verify under ${r.key}`);
        }
        return { json: r, human: `valid (${r.key} v${r.version})` };
      });
    },
  },
];
