/**
 * SLIP-39 Shamir backup shares over the `slip39` package (ilap/slip39-js, CommonJS).
 * custos adds: option checks at the boundary, per-share diagnostics by position,
 * a duplicate-member-index check, and errors that never contain share words
 * (the package's own messages quote mnemonics; they are never passed through).
 * The package is loaded lazily because it extends String.prototype and
 * Array.prototype; on load those extensions are made non-enumerable.
 * Spec: https://github.com/satoshilabs/slips/blob/master/slip-0039.md
 */
import { createRequire } from 'node:module';
import { CustosError, badInput } from '../errors.js';

/** Options for {@link splitSecret}. */
export interface SplitSecretOptions {
  /** Number of groups needed to recover (1..groups.length). */
  groupThreshold: number;
  /** Per group: [member threshold, member count], 1 <= threshold <= count <= 16; threshold 1 only with count 1. */
  groups: Array<[threshold: number, count: number]>;
  /** Printable-ASCII passphrase (default ''). A wrong passphrase silently yields a different secret. */
  passphrase?: string;
  /** PBKDF2 cost: 10000 * 2^e iterations in total, e in 0..15 (default 1, as python-shamir-mnemonic). */
  iterationExponent?: number;
  /** SLIP-39 "extendable backup" flag (default true, as the spec recommends). */
  extendable?: boolean;
}

interface Slip39Node {
  mnemonics: string[];
}
interface Slip39Class {
  fromArray(
    secret: number[],
    opts: {
      passphrase: string;
      threshold: number;
      groups: Array<[number, number]>;
      iterationExponent: number;
      extendableBackupFlag: number;
    },
  ): { fromPath(path: string): Slip39Node };
  recoverSecret(mnemonics: string[], passphrase: string): number[];
}
interface Slip39Helper {
  WORD_LIST: string[];
  validateMnemonic(mnemonic: string): boolean;
  combineMnemonics(mnemonics: string[], passphrase?: string): number[];
}

interface Lib {
  Slip39: Slip39Class;
  helper: Slip39Helper;
  wordIndex: Map<string, number>;
}

let lib: Lib | undefined;

/** Prototype members slip39_helper.js adds with plain assignment (enumerable). */
const PROTOTYPE_EXTENSIONS: Array<[object, string[]]> = [
  [String.prototype, ['slip39EncodeHex']],
  [Array.prototype, ['slip39DecodeHex', 'slip39Generate', 'toHexString', 'toByteArray']],
];

function load(): Lib {
  if (lib) return lib;
  const require = createRequire(import.meta.url);
  const Slip39 = require('slip39') as Slip39Class;
  const helper = require('slip39/src/slip39_helper.js') as Slip39Helper;
  // Keep `for...in` over arrays/strings clean elsewhere in the process.
  for (const [proto, names] of PROTOTYPE_EXTENSIONS) {
    for (const name of names) {
      if (Object.getOwnPropertyDescriptor(proto, name)?.enumerable) Object.defineProperty(proto, name, { enumerable: false });
    }
  }
  lib = { Slip39, helper, wordIndex: new Map(helper.WORD_LIST.map((w, i) => [w, i])) };
  return lib;
}

function badShares(reason: string, details?: Record<string, unknown>): CustosError {
  return new CustosError('E_BAD_SHARES', reason, details);
}

/** SLIP-39 §"Format of the share mnemonic": id(15) ext(1) e(4) GI(4) Gt(4) g(4) I(4) t(4) ... */
interface ShareHeader {
  id: number;
  extendable: boolean;
  iterationExponent: number;
  groupIndex: number;
  groupThreshold: number;
  groupCount: number;
  memberIndex: number;
  memberThreshold: number;
}

const MIN_SHARE_WORDS = 20;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

function checkPassphrase(passphrase: unknown): string {
  if (typeof passphrase !== 'string' || !PRINTABLE_ASCII.test(passphrase)) {
    throw badInput('passphrase: SLIP-39 passphrases are printable ASCII (U+0020..U+007E)', { field: 'passphrase' });
  }
  return passphrase;
}

/** Map a slip39 package error message to a reason without mnemonic words. */
function reasonOf(e: unknown): string {
  const msg = e instanceof Error ? e.message : '';
  let m: RegExpExecArray | null;
  if (/checksum/i.test(msg)) return 'invalid checksum';
  if (/Invalid padding in mnemonic or insufficient length|same length/.test(msg)) return 'shares have different lengths';
  if (/padding/i.test(msg)) return 'invalid padding';
  if (/Invalid mnemonic length/.test(msg)) return 'invalid share length';
  if (/cannot be greater than group count/.test(msg)) return 'group threshold exceeds group count';
  if (/must begin with the same/.test(msg)) {
    return 'shares belong to different share sets (identifier, extendable flag or iteration exponent differ)';
  }
  if (/same group threshold/.test(msg)) return 'shares disagree on the group threshold';
  if (/same group count/.test(msg)) return 'shares disagree on the group count';
  if (/same member threshold/.test(msg)) return 'shares of one group disagree on the member threshold';
  if ((m = /Insufficient number of mnemonic groups \((\d+)\)\. The required number of groups is (\d+)/.exec(msg))) {
    return `too few groups: ${m[1]} of ${m[2]} required`;
  }
  if ((m = /Wrong number of mnemonic groups\. Expected (\d+) groups, but (\d+)/.exec(msg))) {
    return `wrong number of groups: ${m[2]} given, exactly ${m[1]} required`;
  }
  if ((m = /Wrong number of mnemonics\. Expected (\d+) mnemonics.*?but (\d+) were/s.exec(msg))) {
    return `a group has ${m[2]} share(s) but needs exactly ${m[1]}`;
  }
  if (/Invalid digest/.test(msg)) return 'digest mismatch: the shares do not belong together or one is corrupted';
  return 'invalid share set';
}

/** Lowercase, single-space the words of share #`pos` and check them against the wordlist. */
function normaliseShare(mnemonic: unknown, pos: number, L: Lib): { text: string; indices: number[] } {
  if (typeof mnemonic !== 'string') throw badShares(`share #${pos}: expected a string`, { share: pos });
  if (mnemonic.length > 4096) throw badShares(`share #${pos}: too long`, { share: pos });
  const words = mnemonic.trim().toLowerCase().split(/\s+/);
  const indices = words.map((w, k) => {
    const i = L.wordIndex.get(w);
    if (i === undefined) {
      throw badShares(`share #${pos}: word #${k + 1} is not in the SLIP-39 wordlist`, { share: pos, word: k + 1 });
    }
    return i;
  });
  if (indices.length < MIN_SHARE_WORDS) {
    throw badShares(`share #${pos}: too short (${indices.length} words, at least ${MIN_SHARE_WORDS})`, { share: pos });
  }
  const text = words.join(' ');
  if (!L.helper.validateMnemonic(text)) {
    // Decoding fails before any key stretching, so this is cheap; it yields the precise reason.
    let reason = 'invalid share';
    try {
      L.helper.combineMnemonics([text]);
    } catch (e) {
      reason = reasonOf(e);
    }
    throw badShares(`share #${pos}: ${reason}`, { share: pos });
  }
  return { text, indices };
}

function headerOf(indices: number[]): ShareHeader {
  const a = ((indices[0] ?? 0) << 10) | (indices[1] ?? 0);
  const b = ((indices[2] ?? 0) << 10) | (indices[3] ?? 0);
  return {
    id: a >> 5,
    extendable: ((a >> 4) & 1) === 1,
    iterationExponent: a & 15,
    groupIndex: (b >> 16) & 15,
    groupThreshold: ((b >> 12) & 15) + 1,
    groupCount: ((b >> 8) & 15) + 1,
    memberIndex: (b >> 4) & 15,
    memberThreshold: (b & 15) + 1,
  };
}

function intIn(v: unknown, min: number, max: number, field: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) {
    throw badInput(`${field}: expected an integer in ${min}..${max}`, { field });
  }
  return v;
}

/**
 * Split a 16..32-byte (even length) master secret into SLIP-39 share mnemonics,
 * one array per group (SLIP-39 §"Generating the shares"). Any `groupThreshold`
 * groups, each with its member threshold of shares, recover the secret.
 * Bad options -> E_BAD_INPUT.
 *
 * @example
 *   splitSecret(secret, { groupThreshold: 1, groups: [[2, 3]] }) // [[m1, m2, m3]]
 */
export function splitSecret(secret: Uint8Array, opts: SplitSecretOptions): string[][] {
  if (!(secret instanceof Uint8Array)) throw badInput('secret: expected bytes', { field: 'secret' });
  if (secret.length < 16 || secret.length > 32 || secret.length % 2 !== 0) {
    throw badInput(`secret: expected an even length of 16..32 bytes, got ${secret.length}`, { field: 'secret' });
  }
  if (typeof opts !== 'object' || opts === null) throw badInput('opts: expected an object', { field: 'opts' });
  const groups = opts.groups;
  if (!Array.isArray(groups) || groups.length < 1 || groups.length > 16) {
    throw badInput('groups: expected 1..16 [threshold, count] pairs', { field: 'groups' });
  }
  const pairs = groups.map((g, i): [number, number] => {
    if (!Array.isArray(g) || g.length !== 2) throw badInput(`groups[${i}]: expected [threshold, count]`, { field: `groups[${i}]` });
    const count = intIn(g[1], 1, 16, `groups[${i}].count`);
    const threshold = intIn(g[0], 1, count, `groups[${i}].threshold`);
    if (threshold === 1 && count > 1) {
      throw badInput(`groups[${i}]: member threshold 1 requires count 1 (SLIP-39: use 1-of-1 instead of 1-of-n)`, {
        field: `groups[${i}]`,
      });
    }
    return [threshold, count];
  });
  const groupThreshold = intIn(opts.groupThreshold, 1, pairs.length, 'groupThreshold');
  const passphrase = checkPassphrase(opts.passphrase ?? '');
  const iterationExponent = intIn(opts.iterationExponent ?? 1, 0, 15, 'iterationExponent');
  if (opts.extendable !== undefined && typeof opts.extendable !== 'boolean') {
    throw badInput('extendable: expected a boolean', { field: 'extendable' });
  }
  const L = load();
  const bytes = Array.from(secret);
  try {
    const slip = L.Slip39.fromArray(bytes, {
      passphrase,
      threshold: groupThreshold,
      groups: pairs,
      iterationExponent,
      extendableBackupFlag: opts.extendable === false ? 0 : 1,
    });
    return pairs.map((_, i) => [...slip.fromPath(`r/${i}`).mnemonics]);
  } catch {
    // Options were validated above; the package's message could quote share words.
    throw new CustosError('E_INTERNAL', 'SLIP-39 split failed');
  } finally {
    bytes.fill(0);
  }
}

/**
 * Recover the master secret from SLIP-39 shares (SLIP-39 §"Combining the shares"):
 * exactly `group threshold` groups, each with exactly its member threshold of
 * shares. Words are matched case-insensitively; whitespace is normalised.
 * Every failure -> E_BAD_SHARES with a reason naming shares by position (1-based).
 * Note: SLIP-39 has no passphrase check; a wrong passphrase gives a different secret.
 *
 * @example combineShares([m1, m3], 'TREZOR') // Uint8Array(16)
 */
export function combineShares(mnemonics: string[], passphrase = ''): Uint8Array {
  const pass = checkPassphrase(passphrase);
  if (!Array.isArray(mnemonics) || mnemonics.length === 0) throw badShares('no shares given');
  if (mnemonics.length > 256) throw badShares('too many shares (at most 16 groups of 16)');
  const L = load();
  const unique: string[] = [];
  const seen = new Map<string, string>(); // "group/member" -> share text
  mnemonics.forEach((m, i) => {
    const { text, indices } = normaliseShare(m, i + 1, L);
    const h = headerOf(indices);
    const key = `${h.id}/${h.groupIndex}/${h.memberIndex}`;
    const prev = seen.get(key);
    if (prev === undefined) {
      seen.set(key, text);
      unique.push(text);
    } else if (prev !== text) {
      throw badShares(`share #${i + 1}: another share has the same group (${h.groupIndex + 1}) and member index (${h.memberIndex + 1})`, {
        share: i + 1,
      });
    }
  });
  let out: number[];
  try {
    out = L.Slip39.recoverSecret(unique, pass);
  } catch (e) {
    // No `cause`: the package's messages quote share words, which must not reach logs.
    throw badShares(reasonOf(e));
  }
  const secret = Uint8Array.from(out);
  out.fill(0);
  return secret;
}

/**
 * The 15-bit SLIP-39 identifier shared by all shares of one split (after
 * checking words and checksum). Useful to group shares without combining them.
 *
 * @example shareSetId(mnemonics[0][0]) // e.g. 7945
 */
export function shareSetId(mnemonic: string): number {
  const L = load();
  return headerOf(normaliseShare(mnemonic, 1, L).indices).id;
}
