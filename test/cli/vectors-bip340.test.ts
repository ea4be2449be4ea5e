/**
 * BIP-340 signing vectors (bitcoin/bips bip-0340/test-vectors.csv) through
 * `custos key import --format raw`, `key show`, `sign --scheme bip340
 * --aux-rand`, and `verify --scheme bip340`. Every vector with a secret key
 * (0-3 and 15-18, the latter with 0-, 1-, 17- and 100-byte messages) must give
 * the vector's x-only public key and byte-identical signature.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Sandbox, VECTORS } from '../helpers/cli.js';

interface Vec {
  index: number;
  secret_key: string | null;
  public_key: string;
  aux_rand: string;
  message: string;
  signature: string;
  verification_result: boolean;
  comment: string;
}
const all = (JSON.parse(readFileSync(join(VECTORS, 'bip340', 'test-vectors.json'), 'utf8')) as { vectors: Vec[] }).vectors;
const signing = all.filter((v): v is Vec & { secret_key: string } => typeof v.secret_key === 'string' && v.secret_key !== '');

describe('BIP-340 vectors via key import --format raw / sign --scheme bip340 / verify', () => {
  let sb: Sandbox;
  before(async () => {
    sb = new Sandbox();
    await sb.initPassphrase();
  });
  after(() => sb?.cleanup());

  test('the file has 19 vectors, 8 with a secret key', () => {
    assert.equal(all.length, 19);
    assert.deepEqual(
      signing.map((v) => v.index),
      [0, 1, 2, 3, 15, 16, 17, 18],
    );
    assert.ok(signing.every((v) => v.verification_result));
  });

  for (const v of signing) {
    test(`vector ${v.index} (${v.message.length / 2}-byte message)`, async () => {
      const name = `k${v.index}`;
      const msg = v.message.toLowerCase();
      const k = await sb.ok(
        'key',
        'import',
        name,
        '--allow-raw',
        '--format',
        'raw',
        '--type',
        'secp256k1',
        '--file',
        sb.file(`${name}.hex`, `${v.secret_key}\n`),
      );
      assert.equal(k.algorithm, 'secp256k1');
      const shown = await sb.ok('key', 'show', name);
      assert.match(shown.publicKey, /^0[23][0-9a-f]{64}$/);
      assert.equal(shown.publicKey.slice(2), v.public_key.toLowerCase(), 'x-only public key');

      // --message '' is accepted as the empty message (vector 15).
      const s = await sb.ok('sign', '--key', name, '--scheme', 'bip340', '--message', msg, '--aux-rand', v.aux_rand);
      assert.equal(s.scheme, 'bip340');
      assert.equal(s.signature, v.signature.toLowerCase(), 'signature');
      // The same bytes from a file.
      const fromFile = await sb.ok(
        'sign',
        '--key',
        name,
        '--scheme',
        'bip340',
        '--message-file',
        sb.file(`${name}.msg`, Buffer.from(msg, 'hex')),
        '--aux-rand',
        v.aux_rand,
      );
      assert.equal(fromFile.signature, v.signature.toLowerCase());

      const ok = await sb.ok('verify', '--key', name, '--scheme', 'bip340', '--message', msg, '--signature', v.signature);
      assert.equal(ok.valid, true);
      // One flipped bit in the signature does not verify.
      const flipped = v.signature.slice(0, -1) + (parseInt(v.signature.slice(-1), 16) ^ 1).toString(16);
      const bad = await sb.fails('verify', '--key', name, '--scheme', 'bip340', '--message', msg, '--signature', flipped);
      assert.equal(bad.error, 'E_BAD_SIGNATURE');
    });
  }
});
