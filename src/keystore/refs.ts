/**
 * Key references: a key name (`hot-1`) or a wallet-derived account
 * (`treasury/m/44'/60'/0'/0/0`). A derived account is usable wherever a key
 * name is; its curve comes from `--curve` or the path's purpose.
 */
import { CustosError } from '../errors.js';
import { checkName } from '../validate.js';
import { defaultCurveForPath, type Curve } from '../hd/derive.js';
import { parsePath } from '../hd/path.js';

export { NAME_RE, checkName, checkTags } from '../validate.js';

export type KeyRef = { kind: 'key'; name: string } | { kind: 'derived'; wallet: string; path: string; curve: Curve };

export const CURVES: readonly Curve[] = ['secp256k1', 'ed25519', 'bls12-381'];

export function parseCurve(s: string): Curve {
  if ((CURVES as readonly string[]).includes(s)) return s as Curve;
  throw new CustosError('E_UNSUPPORTED', `unknown curve "${s}" (expected ${CURVES.join(', ')})`);
}

export function parseKeyRef(ref: string, curve?: Curve): KeyRef {
  const slash = ref.indexOf('/');
  if (slash < 0) return { kind: 'key', name: checkName(ref, 'key') };
  const wallet = checkName(ref.slice(0, slash), 'wallet');
  const raw = ref.slice(slash + 1);
  const c = curve ?? defaultCurveForPath(raw);
  // EIP-2334 (BLS) indices go up to 2^32-1 with no hardened marker; BIP-32/SLIP-10 below 2^31 plus '.
  const path = parsePath(raw, c === 'bls12-381' ? 'eip2334' : 'bip32').text;
  return { kind: 'derived', wallet, path, curve: c };
}

export function refString(ref: KeyRef): string {
  return ref.kind === 'key' ? ref.name : `${ref.wallet}/${ref.path}`;
}
