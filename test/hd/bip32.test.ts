/**
 * BIP-32 test vectors 1-4 (bitcoin/bips bip-0032.mediawiki, "Test Vectors"):
 * every chain's xprv and xpub through masterXprv / xpub / deriveSecret.
 * Expected xprv strings are decoded here with @scure/base base58check (an
 * independent decoder) to compare the private key bytes with deriveSecret.
 *
 * Vector 5 (invalid extended keys) is not run: custos has no xprv/xpub
 * parser, so there is no custos code path that could accept or reject them.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createBase58check } from '@scure/base';
import { sha256 } from '@noble/hashes/sha2.js';
import { toHex } from '../../src/crypto/bytes.js';
import { deriveSecret, masterXprv, xpub } from '../../src/hd/derive.js';

interface Chain {
  path: string;
  ext_pub: string;
  ext_prv: string;
}
interface Vector {
  vector: number;
  seed_hex: string;
  chains: Chain[];
}
const data = JSON.parse(readFileSync(new URL('../vectors/bip32/bip32_vectors.json', import.meta.url), 'utf8')) as {
  valid: Vector[];
};
const b58c = createBase58check(sha256);

/** BIP-32 §"Serialization format": 4 version | 1 depth | 4 parent fp | 4 child | 32 chain code | 33 key. */
function decodeExtended(s: string): { chainCode: string; key: string } {
  const b = b58c.decode(s);
  assert.equal(b.length, 78);
  return { chainCode: toHex(b.subarray(13, 45)), key: toHex(b.subarray(45, 78)) };
}

describe('BIP-32 test vectors 1-4', () => {
  test('4 vectors, 17 chains', () => {
    assert.deepEqual(
      data.valid.map((v) => v.vector),
      [1, 2, 3, 4],
    );
    assert.equal(
      data.valid.reduce((n, v) => n + v.chains.length, 0),
      17,
    );
  });
  for (const v of data.valid) {
    const seed = Uint8Array.from(Buffer.from(v.seed_hex, 'hex'));
    for (const c of v.chains) {
      test(`vector ${v.vector} ${c.path}`, () => {
        assert.equal(xpub(seed, c.path), c.ext_pub);
        const prv = decodeExtended(c.ext_prv);
        assert.ok(prv.key.startsWith('00'));
        assert.equal(toHex(deriveSecret(seed, 'secp256k1', c.path)), prv.key.slice(2));
        // Same chain code in the derived xpub as in the expected xprv.
        assert.equal(decodeExtended(xpub(seed, c.path)).chainCode, prv.chainCode);
        if (c.path === 'm') assert.equal(masterXprv(seed), c.ext_prv);
      });
    }
  }
  test("path written with h instead of ' derives the same key", () => {
    const seed = Uint8Array.from(Buffer.from(data.valid[0]?.seed_hex ?? '', 'hex'));
    const last = data.valid[0]?.chains.at(-1)?.path ?? 'm';
    assert.equal(xpub(seed, last.replaceAll("'", 'h')), xpub(seed, last));
  });
});
