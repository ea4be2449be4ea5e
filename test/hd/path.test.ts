/** Derivation path parser: BIP-32 notation (BIP-44 paths) and EIP-2334 paths. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isCustosError } from '../../src/errors.js';
import { MAX_PATH_DEPTH, parsePath, type PathMode } from '../../src/hd/path.js';

const H = 0x80000000;

describe('parsePath: valid BIP-32 paths', () => {
  const table: Array<[string, string, number[], boolean[]]> = [
    ['m', 'm', [], []],
    ["m/44'/60'/0'/0/0", "m/44'/60'/0'/0/0", [44 + H, 60 + H, H, 0, 0], [true, true, true, false, false]],
    ['m/44h/60H/0h/0/7', "m/44'/60'/0'/0/7", [44 + H, 60 + H, H, 0, 7], [true, true, true, false, false]],
    ['m/0', 'm/0', [0], [false]],
    ["m/2147483647'", "m/2147483647'", [0xffffffff], [true]],
    ['m/2147483647', 'm/2147483647', [2147483647], [false]],
    ['m/007/0010', 'm/7/10', [7, 10], [false, false]],
    ["m/0'/1/2'/2/1000000000", "m/0'/1/2'/2/1000000000", [H, 1, 2 + H, 2, 1000000000], [true, false, true, false, false]],
  ];
  for (const [input, text, indices, hardened] of table) {
    test(JSON.stringify(input), () => {
      assert.deepEqual(parsePath(input), { text, indices, hardened });
    });
  }
  test('16 levels is the maximum depth (MAX_PATH_DEPTH)', () => {
    assert.equal(MAX_PATH_DEPTH, 16);
    const p = parsePath('m' + '/1'.repeat(16));
    assert.equal(p.indices.length, 16);
    assert.equal(parsePath('m' + '/1'.repeat(16), 'eip2334').indices.length, 16);
  });
});

describe('parsePath: invalid BIP-32 paths (E_BAD_PATH naming the component)', () => {
  const table: Array<[string, RegExp]> = [
    ['', /must start with "m"/],
    ['M/0', /must start with "m"/],
    ['/0/1', /must start with "m"/],
    ["m'/0", /must start with "m"/],
    ['44/0', /must start with "m"/],
    ['m/', /component 1 is empty/],
    ['m//1', /component 1 is empty/],
    ['m/0/1/', /component 3 is empty/],
    ['m/0x10', /component 1 \("0x10"\) is not a decimal/],
    ['m/1/-1', /component 2 \("-1"\) is not a decimal/],
    ['m/+1', /component 1 .* not a decimal/],
    ['m/1.5', /component 1 .* not a decimal/],
    ['m/ 1', /component 1 .* not a decimal/],
    ["m/1''", /component 1 .* not a decimal/],
    ["m/'", /component 1 .* not a decimal/],
    ['m/1hh', /component 1 .* not a decimal/],
    ['m/١', /component 1 .* not a decimal/], // Arabic-Indic digit one
    ['m/0/2147483648', /component 2 \("2147483648"\): index must be below 2147483648/],
    ["m/2147483648'", /component 1 .*index must be below/],
    ['m/4294967296', /component 1 .*index must be below/],
    ['m/99999999999999999999999', /component 1 .*index must be below/],
    ['m' + '/0'.repeat(17), /too deep \(17 levels, at most MAX_PATH_DEPTH = 16\)/],
    ['m' + '/0'.repeat(145), /too deep \(145 levels, at most MAX_PATH_DEPTH = 16\)/],
  ];
  for (const [input, re] of table) {
    test(JSON.stringify(input.length > 40 ? input.slice(0, 40) + '...' : input), () => {
      assert.throws(
        () => parsePath(input),
        (e: unknown) => isCustosError(e, 'E_BAD_PATH') && re.test(e.message),
      );
    });
  }
  test('non-string input', () => {
    assert.throws(
      () => parsePath(42 as unknown as string),
      (e: unknown) => isCustosError(e, 'E_BAD_PATH'),
    );
  });
  test('absurdly long input is refused before splitting', () => {
    assert.throws(
      () => parsePath('m/' + '1'.repeat(10_000)),
      (e: unknown) => isCustosError(e, 'E_BAD_PATH') && /too long|longer/.test(e.message),
    );
  });
});

describe('parsePath: EIP-2334 mode', () => {
  const mode: PathMode = 'eip2334';
  test('plain 32-bit indices', () => {
    assert.deepEqual(parsePath('m/12381/3600/0/0/0', mode), {
      text: 'm/12381/3600/0/0/0',
      indices: [12381, 3600, 0, 0, 0],
      hardened: [false, false, false, false, false],
    });
    assert.deepEqual(parsePath('m/4294967295/3141592653', mode).indices, [4294967295, 3141592653]);
  });
  for (const bad of ["m/12381'/3600", 'm/12381/3600h', 'm/12381/3600H']) {
    test(`hardened marker refused: ${bad}`, () => {
      assert.throws(
        () => parsePath(bad, mode),
        (e: unknown) => isCustosError(e, 'E_BAD_PATH') && /no hardened marker/.test(e.message),
      );
    });
  }
  test('index 2^32 refused', () => {
    assert.throws(
      () => parsePath('m/4294967296', mode),
      (e: unknown) => isCustosError(e, 'E_BAD_PATH') && /below 4294967296/.test(e.message),
    );
  });
});

describe('parsePath: properties', () => {
  const component = fc.record({ n: fc.integer({ min: 0, max: 2 ** 31 - 1 }), mark: fc.constantFrom('', "'", 'h', 'H') });
  test('indices/hardened follow the components; text re-parses to the same value', () => {
    fc.assert(
      fc.property(fc.array(component, { maxLength: MAX_PATH_DEPTH }), (comps) => {
        const input = ['m', ...comps.map((c) => `${c.n}${c.mark}`)].join('/');
        const p = parsePath(input);
        assert.deepEqual(
          p.hardened,
          comps.map((c) => c.mark !== ''),
        );
        assert.deepEqual(
          p.indices,
          comps.map((c) => (c.mark !== '' ? c.n + H : c.n)),
        );
        assert.deepEqual(parsePath(p.text), p);
        assert.ok(!/[hH]/.test(p.text));
      }),
    );
  });
});
