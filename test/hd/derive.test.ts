/** deriveSecret / masterXprv / xpub / defaultCurveForPath: boundaries and properties. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { HDKey } from '@scure/bip32';
import { isCustosError } from '../../src/errors.js';
import { toHex } from '../../src/crypto/bytes.js';
import { type Curve, defaultCurveForPath, deriveSecret, masterXprv, xpub } from '../../src/hd/derive.js';

describe('defaultCurveForPath', () => {
  const table: Array<[string, Curve]> = [
    ['m/12381/3600/0/0/0', 'bls12-381'],
    ['m/12381/60/0/0', 'bls12-381'],
    ["m/44'/501'/0'/0'", 'ed25519'],
    ['m/44h/501h/0h', 'ed25519'],
    ["m/44'/60'/0'/0/0", 'secp256k1'],
    ["m/44'/0'/0'/0/0", 'secp256k1'],
    ["m/84'/0'/0'/0/0", 'secp256k1'],
    ["m/44'/501/0'", 'secp256k1'], // 501 not hardened: not the Solana convention
    ["m/12381'/3600/0", 'secp256k1'], // EIP-2334 paths have no hardened marker
    ['m', 'secp256k1'],
  ];
  for (const [path, curve] of table) test(`${path} -> ${curve}`, () => assert.equal(defaultCurveForPath(path), curve));
});

describe('deriveSecret boundaries', () => {
  const seed16 = new Uint8Array(16).fill(1);
  test('seed length 16..64 accepted, others E_BAD_INPUT', () => {
    assert.equal(deriveSecret(seed16, 'secp256k1', 'm').length, 32);
    assert.equal(deriveSecret(new Uint8Array(64).fill(2), 'ed25519', "m/0'").length, 32);
    for (const n of [0, 15, 65, 128]) {
      for (const curve of ['secp256k1', 'ed25519', 'bls12-381'] as Curve[]) {
        assert.throws(
          () => deriveSecret(new Uint8Array(n).fill(3), curve, 'm'),
          (e: unknown) => isCustosError(e, 'E_BAD_INPUT') && /seed/.test(e.message),
        );
      }
    }
    assert.throws(
      () => masterXprv(new Uint8Array(15)),
      (e: unknown) => isCustosError(e, 'E_BAD_INPUT'),
    );
    assert.throws(
      () => xpub(new Uint8Array(65), 'm'),
      (e: unknown) => isCustosError(e, 'E_BAD_INPUT'),
    );
    assert.throws(
      () => deriveSecret('00'.repeat(32) as unknown as Uint8Array, 'secp256k1', 'm'),
      (e: unknown) => isCustosError(e, 'E_BAD_INPUT'),
    );
  });
  test('unknown curve is E_UNSUPPORTED', () => {
    assert.throws(
      () => deriveSecret(seed16, 'p256' as Curve, 'm'),
      (e: unknown) => isCustosError(e, 'E_UNSUPPORTED'),
    );
  });
  test('bad paths are E_BAD_PATH for every curve', () => {
    for (const curve of ['secp256k1', 'ed25519', 'bls12-381'] as Curve[]) {
      const seed = new Uint8Array(32).fill(4);
      assert.throws(
        () => deriveSecret(seed, curve, 'x/0'),
        (e: unknown) => isCustosError(e, 'E_BAD_PATH'),
      );
      assert.throws(
        () => deriveSecret(seed, curve, 'm//0'),
        (e: unknown) => isCustosError(e, 'E_BAD_PATH'),
      );
    }
    assert.throws(
      () => xpub(seed16, 'm/2147483648'),
      (e: unknown) => isCustosError(e, 'E_BAD_PATH'),
    );
  });
  test('error messages never contain the seed', () => {
    const seed = new Uint8Array(70).fill(0xab);
    try {
      deriveSecret(seed, 'secp256k1', 'm');
      assert.fail('expected error');
    } catch (e) {
      assert.ok(isCustosError(e) && !e.message.toLowerCase().includes('abab'));
    }
  });
});

describe('deriveSecret properties', () => {
  const seedArb = fc.uint8Array({ minLength: 32, maxLength: 64 });
  const idx = fc.integer({ min: 0, max: 2 ** 31 - 1 });
  test('secp256k1 matches @scure/bip32 HDKey.derive on the same path (incl. non-hardened)', () => {
    fc.assert(
      fc.property(seedArb, fc.array(fc.tuple(idx, fc.boolean()), { maxLength: 4 }), (seed, comps) => {
        const path = ['m', ...comps.map(([n, h]) => `${n}${h ? "'" : ''}`)].join('/');
        const ref = HDKey.fromMasterSeed(seed).derive(path);
        assert.equal(toHex(deriveSecret(seed, 'secp256k1', path)), toHex(ref.privateKey ?? new Uint8Array()));
        assert.equal(xpub(seed, path), ref.publicExtendedKey);
      }),
      { numRuns: 30 },
    );
  });
  test("deterministic; h and ' spellings agree; curves give different keys", () => {
    fc.assert(
      fc.property(seedArb, fc.array(idx, { minLength: 1, maxLength: 3 }), (seed, ns) => {
        const p1 = 'm/' + ns.map((n) => `${n}'`).join('/');
        const p2 = 'm/' + ns.map((n) => `${n}h`).join('/');
        const a = deriveSecret(seed, 'ed25519', p1);
        assert.deepEqual(deriveSecret(seed, 'ed25519', p2), a);
        const s = deriveSecret(seed, 'secp256k1', p1);
        assert.deepEqual(deriveSecret(seed, 'secp256k1', p1), s);
        assert.notDeepEqual(a, s);
        const b = deriveSecret(seed, 'bls12-381', 'm/' + ns.join('/'));
        assert.equal(b.length, 32);
        assert.notDeepEqual(b, a);
      }),
      { numRuns: 15 },
    );
  });
  test("the caller's seed is not modified", () => {
    const seed = new Uint8Array(32).fill(7);
    deriveSecret(seed, 'secp256k1', "m/0'/1");
    deriveSecret(seed, 'ed25519', "m/0'/1'");
    deriveSecret(seed, 'bls12-381', 'm/0/1');
    masterXprv(seed);
    assert.deepEqual(seed, new Uint8Array(32).fill(7));
  });
});
