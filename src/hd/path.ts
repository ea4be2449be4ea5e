/**
 * Derivation path parsing for BIP-32 / SLIP-10 (`m/44'/60'/0'/0/0`) and
 * EIP-2334 (`m/12381/3600/0/0/0`) paths. Pure string handling, no crypto.
 * Paths are public values, so errors quote the offending component.
 */
import { CustosError } from '../errors.js';

/** BIP-32 §"Child key derivation functions": indices >= 2^31 are hardened. */
export const HARDENED_OFFSET = 0x80000000;

/**
 * The deepest path accepted: 16 levels. BIP-44 paths have 5 levels, EIP-2334
 * signing keys 5 (m/12381/3600/i/0/0), SLIP-48 6; BIP-32 itself would allow
 * 255 (depth is one byte), but every level is work done on each request that
 * names the path (an EIP-2333 level is ~14 ms of SHA-256 lamport chains on a
 * slow core), so a caller cannot buy seconds of CPU with a long path.
 */
export const MAX_PATH_DEPTH = 16;

/** Longest accepted path string (16 levels of "4294967295'/" fit well below). */
const MAX_PATH_CHARS = 4096;

const COMPONENT_RE = /^(\d+)(['hH]?)$/;

/** A parsed derivation path. */
export interface DerivationPath {
  /** Normalised text: `m`, decimal indices without leading zeros, `'` for hardened. */
  text: string;
  /** Child indices; in BIP-32 mode hardened ones include {@link HARDENED_OFFSET}. */
  indices: number[];
  /** Per level: was the component marked hardened (`'`, `h` or `H`)? */
  hardened: boolean[];
}

/**
 * How indices are read:
 * - `bip32` (default): BIP-32/SLIP-10; index < 2^31, `'`/`h`/`H` adds 2^31.
 * - `eip2334`: EIP-2334/EIP-2333; plain integers 0..2^32-1, hardened markers
 *   are an error (every EIP-2333 derivation is hardened by construction).
 */
export type PathMode = 'bip32' | 'eip2334';

function badPath(message: string, details?: Record<string, unknown>): CustosError {
  return new CustosError('E_BAD_PATH', message, details);
}

/**
 * Parse a derivation path (BIP-32 §"The key tree", BIP-44 notation; EIP-2334 §"Path").
 * Errors (E_BAD_PATH) name the bad component by position (1-based) and text.
 *
 * @example
 *   parsePath("m/44h/60'/0'/0/0").text      // "m/44'/60'/0'/0/0"
 *   parsePath("m/44'/0").indices            // [0x8000002c, 0]
 *   parsePath('m/12381/3600/0', 'eip2334')  // indices [12381, 3600, 0]
 */
export function parsePath(path: string, mode: PathMode = 'bip32'): DerivationPath {
  if (typeof path !== 'string') throw badPath('path: expected a string');
  if (path.length > MAX_PATH_CHARS) throw badPath(`path: longer than ${MAX_PATH_CHARS} characters`);
  const parts = path.split('/');
  if (parts[0] !== 'm') throw badPath(`path: must start with "m" (got "${parts[0]?.slice(0, 16) ?? ''}")`);
  const comps = parts.slice(1);
  if (comps.length > MAX_PATH_DEPTH) {
    throw badPath(`path: too deep (${comps.length} levels, at most MAX_PATH_DEPTH = ${MAX_PATH_DEPTH})`, {
      depth: comps.length,
      limit: 'MAX_PATH_DEPTH',
      max: MAX_PATH_DEPTH,
    });
  }
  const maxIndex = mode === 'eip2334' ? 2 ** 32 - 1 : HARDENED_OFFSET - 1;
  const indices: number[] = [];
  const hardened: boolean[] = [];
  const text: string[] = ['m'];
  comps.forEach((c, i) => {
    const where = `path component ${i + 1}`;
    const shown = JSON.stringify(c.slice(0, 24));
    if (c === '') throw badPath(`${where} is empty`, { component: i + 1 });
    const m = COMPONENT_RE.exec(c);
    if (!m) throw badPath(`${where} (${shown}) is not a decimal index`, { component: i + 1 });
    const digits = m[1] ?? '';
    const isHard = (m[2] ?? '') !== '';
    if (isHard && mode === 'eip2334') {
      throw badPath(`${where} (${shown}): EIP-2334 paths take plain indices, no hardened marker`, {
        component: i + 1,
      });
    }
    const n = Number(digits);
    if (!Number.isSafeInteger(n) || n > maxIndex) {
      throw badPath(`${where} (${shown}): index must be below ${maxIndex + 1}`, { component: i + 1 });
    }
    indices.push(isHard ? n + HARDENED_OFFSET : n);
    hardened.push(isHard);
    text.push(isHard ? `${n}'` : `${n}`);
  });
  return { text: text.join('/'), indices, hardened };
}
