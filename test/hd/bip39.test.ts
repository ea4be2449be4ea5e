/**
 * BIP-39 against trezor/python-mnemonic vectors.json (all 12 languages,
 * passphrase "TREZOR") and staking-deposit-cli's independent mnemonic.json.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { entropyToMnemonic } from '@scure/bip39';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { isCustosError } from '../../src/errors.js';
import { toHex } from '../../src/crypto/bytes.js';
import { assertMnemonic, generateMnemonic, mnemonicToSeed, validateMnemonic } from '../../src/hd/bip39.js';
import { masterXprv } from '../../src/hd/derive.js';

type Vec = [entropy: string, mnemonic: string, seed: string, xprv: string];
const load = <T>(rel: string): T => JSON.parse(readFileSync(new URL(`../vectors/${rel}`, import.meta.url), 'utf8')) as T;
const vectors = load<Record<string, Vec[]>>('bip39/vectors.json');
const depositCli = load<Record<string, Vec[]>>('eip2333_eip2335/staking-deposit-cli/mnemonic.json');

const badInput = (re: RegExp) => (e: unknown) => isCustosError(e, 'E_BAD_INPUT') && re.test(e.message);

describe('BIP-39 english vectors (python-mnemonic)', () => {
  const en = vectors['english'] ?? [];
  test('24 english vectors present', () => assert.equal(en.length, 24));
  en.forEach(([entropy, mnemonic, seed, xprv], i) => {
    test(`english #${i} (${entropy.length * 4} bits)`, () => {
      assert.equal(entropyToMnemonic(Buffer.from(entropy, 'hex'), english), mnemonic);
      assert.ok(validateMnemonic(mnemonic));
      const s = mnemonicToSeed(mnemonic, 'TREZOR', { validate: true });
      assert.equal(toHex(s), seed);
      assert.equal(masterXprv(s), xprv);
    });
  });
});

describe('BIP-39 other languages (NFKD, no english validation)', () => {
  for (const [lang, list] of Object.entries(vectors)) {
    if (lang === 'english') continue;
    test(`${lang}: ${list.length} vectors, seed and master xprv`, () => {
      assert.equal(list.length, 24);
      for (const [, mnemonic, seed, xprv] of list) {
        const s = mnemonicToSeed(mnemonic, 'TREZOR');
        assert.equal(toHex(s), seed);
        assert.equal(masterXprv(s), xprv);
      }
    });
  }
  test('japanese vectors use U+3000 separators (NFKD turns them into spaces)', () => {
    assert.ok((vectors['japanese']?.[0]?.[1] ?? '').includes('\u3000'));
  });
  test('non-english mnemonic fails english validation when asked', () => {
    const [, mnemonic] = vectors['french']?.[1] ?? ['', ''];
    assert.throws(() => mnemonicToSeed(mnemonic, 'TREZOR', { validate: true }), badInput(/not in the english/));
  });
  test('NFC and NFKD spellings of a passphrase give the same seed', () => {
    const m = vectors['english']?.[0]?.[1] ?? '';
    const nfc = 'caf\u00e9';
    const nfd = 'cafe\u0301';
    assert.equal(toHex(mnemonicToSeed(m, nfc)), toHex(mnemonicToSeed(m, nfd)));
  });
});

describe('BIP-39 staking-deposit-cli vectors (second source)', () => {
  for (const [lang, list] of Object.entries(depositCli)) {
    test(`${lang}: ${list.length} vectors`, () => {
      assert.ok(list.length > 0);
      for (const [, mnemonic, seed, xprv] of list) {
        const s = mnemonicToSeed(mnemonic, 'TREZOR', { validate: lang === 'english' });
        assert.equal(toHex(s), seed);
        if (xprv) assert.equal(masterXprv(s), xprv);
      }
    });
  }
});

describe('BIP-39 errors (E_BAD_INPUT, no words echoed)', () => {
  const valid = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
  test('bad checksum', () => {
    const m = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon';
    assert.equal(validateMnemonic(m), false);
    assert.throws(() => assertMnemonic(m), badInput(/checksum/));
    assert.throws(() => mnemonicToSeed(m, '', { validate: true }), badInput(/checksum/));
    // Without validation BIP-39 still defines a seed for any sentence.
    assert.equal(mnemonicToSeed(m).length, 64);
  });
  test('unknown word: position given, word not echoed', () => {
    const m = valid.replace(/about$/, 'zzzsecretword');
    assert.throws(
      () => assertMnemonic(m),
      (e: unknown) => isCustosError(e, 'E_BAD_INPUT') && /word #12/.test(e.message) && !e.message.includes('zzzsecretword'),
    );
  });
  test('wrong word count', () => {
    assert.throws(() => assertMnemonic('abandon abandon about'), badInput(/expected 12, 15, 18, 21 or 24 words, got 3/));
    assert.throws(() => mnemonicToSeed(valid + ' abandon'), badInput(/got 13/));
  });
  test('irregular whitespace refused rather than silently changing the seed', () => {
    for (const m of [` ${valid}`, `${valid} `, valid.replace(' ', '  '), valid.replace(' ', '\t'), valid.replace(' ', '\n')]) {
      assert.throws(() => mnemonicToSeed(m), badInput(/single spaces/));
    }
  });
  test('no error message contains the mnemonic', () => {
    const cases = [valid.replace('about', 'abandon'), valid.replace('about', 'notaword'), valid + ' ', valid.split(' ').slice(0, 11).join(' ')];
    for (const m of cases) {
      try {
        assertMnemonic(m);
        assert.fail('expected an error');
      } catch (e) {
        assert.ok(isCustosError(e, 'E_BAD_INPUT'));
        assert.ok(!e.message.includes('abandon') && !e.message.includes('notaword'), e.message);
      }
    }
  });
  test('lone surrogate and non-string input', () => {
    assert.throws(() => mnemonicToSeed('\ud800 x'), badInput(/Unicode/));
    assert.throws(() => mnemonicToSeed(valid, '\udc00'), badInput(/passphrase/));
    assert.throws(() => mnemonicToSeed(42 as unknown as string), badInput(/string/));
  });
});

describe('BIP-39 generation', () => {
  test('12 and 24 words, valid, from fresh randomness', () => {
    const a = generateMnemonic(12);
    const b = generateMnemonic(24);
    assert.equal(a.split(' ').length, 12);
    assert.equal(b.split(' ').length, 24);
    assert.ok(validateMnemonic(a) && validateMnemonic(b));
    assert.equal(generateMnemonic().split(' ').length, 24);
    const many = new Set(Array.from({ length: 50 }, () => generateMnemonic(12)));
    assert.equal(many.size, 50);
  });
  test('other lengths refused', () => {
    assert.throws(() => generateMnemonic(15 as 12), badInput(/12 or 24/));
  });
  test('property: every valid entropy encoding validates; a single word swap usually breaks the checksum', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), fc.integer({ min: 0, max: 11 }), fc.integer({ min: 1, max: 2047 }), (ent, pos, delta) => {
        const words = entropyToMnemonic(ent, english).split(' ');
        assert.ok(validateMnemonic(words.join(' ')));
        const idx = english.indexOf(words[pos] ?? '');
        words[pos] = english[(idx + delta) % 2048] ?? '';
        // 4-bit checksum: a changed word is still "valid" with probability 1/16, so only check errors are typed.
        try {
          assertMnemonic(words.join(' '));
        } catch (e) {
          assert.ok(isCustosError(e, 'E_BAD_INPUT') && /checksum/.test(e.message));
        }
      }),
      { numRuns: 200 },
    );
  });
});
