/**
 * BIP-39 mnemonics: generation from node:crypto randomness and validation via
 * @scure/bip39 (english wordlist) with precise, secret-free errors, and
 * mnemonic -> seed (PBKDF2-HMAC-SHA512 from node:crypto, 2048 rounds, NFKD).
 * Errors give word positions, never words: a single word narrows the search.
 */
import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { entropyToMnemonic, mnemonicToEntropy } from '@scure/bip39';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { badInput } from '../errors.js';
import { clean, copyBytes } from '../crypto/bytes.js';

/** BIP-39 §"Generating the mnemonic": allowed sentence lengths (ENT 128..256 bits). */
const WORD_COUNTS = [12, 15, 18, 21, 24];

/** Unpaired UTF-16 surrogates cannot be encoded as UTF-8 (BIP-39 hashes UTF-8 bytes). */
const LONE_SURROGATE = /\p{Surrogate}/u;

const englishIndex = new Map(english.map((w, i) => [w, i]));

/** Options for {@link mnemonicToSeed}. */
export interface MnemonicToSeedOptions {
  /** Also check words and checksum against the english list (default false: any language). */
  validate?: boolean;
}

/**
 * NFKD-normalise and check the shape shared by every language: words separated
 * by single spaces (U+3000 becomes U+0020 under NFKD) and a BIP-39 word count.
 */
function normalise(mnemonic: unknown): string {
  if (typeof mnemonic !== 'string') throw badInput('mnemonic: expected a string', { field: 'mnemonic' });
  if (LONE_SURROGATE.test(mnemonic)) {
    throw badInput('mnemonic: not well-formed Unicode', { field: 'mnemonic' });
  }
  const norm = mnemonic.normalize('NFKD');
  const words = norm.split(' ');
  if (words.some((w) => w === '' || /\s/u.test(w))) {
    throw badInput('mnemonic: words must be separated by single spaces, without leading or trailing space', {
      field: 'mnemonic',
    });
  }
  if (!WORD_COUNTS.includes(words.length)) {
    throw badInput(`mnemonic: expected 12, 15, 18, 21 or 24 words, got ${words.length}`, {
      field: 'mnemonic',
      words: words.length,
    });
  }
  return norm;
}

/**
 * Throw E_BAD_INPUT unless `mnemonic` is a valid english BIP-39 sentence
 * (BIP-39 §"Generating the mnemonic": known words, matching checksum).
 *
 * @example
 *   assertMnemonic('abandon abandon ... about'); // ok
 *   assertMnemonic('abandon ... abandon');       // E_BAD_INPUT "mnemonic: checksum mismatch"
 */
export function assertMnemonic(mnemonic: string): void {
  const words = normalise(mnemonic).split(' ');
  words.forEach((w, i) => {
    if (!englishIndex.has(w)) {
      throw badInput(`mnemonic: word #${i + 1} is not in the english BIP-39 wordlist`, {
        field: 'mnemonic',
        position: i + 1,
      });
    }
  });
  let entropy: Uint8Array | undefined;
  try {
    entropy = mnemonicToEntropy(words.join(' '), english);
  } catch {
    throw badInput('mnemonic: checksum mismatch (a word is wrong or the order is wrong)', { field: 'mnemonic' });
  } finally {
    clean(entropy);
  }
}

/**
 * True when `mnemonic` is a valid english BIP-39 sentence (see {@link assertMnemonic}).
 *
 * @example validateMnemonic(generateMnemonic(12)) // true
 */
export function validateMnemonic(mnemonic: string): boolean {
  try {
    assertMnemonic(mnemonic);
    return true;
  } catch {
    return false;
  }
}

/**
 * New english mnemonic from node:crypto randomness: 12 words = 128 bits of
 * entropy, 24 words = 256 bits (BIP-39 §"Generating the mnemonic").
 *
 * @example generateMnemonic(24).split(' ').length // 24
 */
export function generateMnemonic(words: 12 | 24 = 24): string {
  if (words !== 12 && words !== 24) throw badInput('words: expected 12 or 24', { field: 'words' });
  const entropy = Uint8Array.from(randomBytes(words === 12 ? 16 : 32));
  try {
    return entropyToMnemonic(entropy, english);
  } finally {
    clean(entropy);
  }
}

/**
 * 64-byte seed = PBKDF2-HMAC-SHA512(NFKD(mnemonic), "mnemonic" + NFKD(passphrase), 2048)
 * (BIP-39 §"From mnemonic to seed"). Works for every language; the english
 * wordlist/checksum is only enforced with `{ validate: true }`.
 *
 * @example
 *   mnemonicToSeed('abandon abandon ... about', 'TREZOR') // c55257c3...
 */
export function mnemonicToSeed(mnemonic: string, passphrase = '', opts: MnemonicToSeedOptions = {}): Uint8Array {
  if (typeof passphrase !== 'string') throw badInput('passphrase: expected a string', { field: 'passphrase' });
  if (LONE_SURROGATE.test(passphrase)) {
    throw badInput('passphrase: not well-formed Unicode', { field: 'passphrase' });
  }
  const norm = normalise(mnemonic);
  if (opts.validate === true) assertMnemonic(norm);
  // node:crypto's native PBKDF2 (about 10x faster than the pure-JS one in @scure/bip39).
  const buf = pbkdf2Sync(norm, ('mnemonic' + passphrase).normalize('NFKD'), 2048, 64, 'sha512');
  const seed = copyBytes(buf);
  buf.fill(0);
  return seed;
}
