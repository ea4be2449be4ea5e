/**
 * The air-gap file format's own bounds (src/airgap/format.ts): a decompression bomb, a file of the
 * other kind, a body of the other kind under a valid prefix, and a round trip as the control.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { decodeFile, encodeFile, REQUEST_FORMAT, RESPONSE_FORMAT, type ResponseBody } from '../../src/airgap/format.js';

const body: ResponseBody = {
  format: RESPONSE_FORMAT,
  from: '11111111-1111-4111-8111-111111111111',
  to: '22222222-2222-4222-8222-222222222222',
  signedAt: '2026-01-01T00:00:00.000Z',
  requestId: '33333333-3333-4333-8333-333333333333',
  requestDigest: 'ab'.repeat(32),
  exportDigest: 'cd'.repeat(32),
  signatures: [{ key: 'vault', algorithm: 'secp256k1', scheme: 'ecdsa', version: 1, publicKey: '02'.repeat(33), signature: 'ef'.repeat(65) }],
};
const signature = '00'.repeat(64);
const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return 'no error';
};

describe('air-gap file format', () => {
  test('a response round-trips (control)', () => {
    const text = encodeFile({ body, signature });
    assert.match(text, /^custos-resp1\.[A-Za-z0-9_-]+\n$/);
    assert.deepEqual(decodeFile(text, RESPONSE_FORMAT), { body, signature });
  });

  test('a decompression bomb (2 MiB of zeros in a few KB) is refused before it is parsed', () => {
    const bomb = `custos-resp1.${deflateRawSync(Buffer.alloc(2 * 1024 * 1024, 0x20)).toString('base64url')}`;
    assert.ok(bomb.length < 8192, `${bomb.length}`);
    assert.equal(
      code(() => decodeFile(bomb, RESPONSE_FORMAT)),
      'E_AIRGAP_FORMAT',
    );
  });

  test('a response is not an export: by prefix, and by body format under a forged prefix', () => {
    const text = encodeFile({ body, signature });
    assert.equal(
      code(() => decodeFile(text, REQUEST_FORMAT)),
      'E_AIRGAP_FORMAT',
    );
    const relabelled = text.replace('custos-resp1.', 'custos-req1.');
    assert.equal(
      code(() => decodeFile(relabelled, REQUEST_FORMAT)),
      'E_AIRGAP_FORMAT',
    );
  });

  test('missing or mistyped fields are refused', () => {
    const { signatures: _s, ...noSignatures } = body;
    assert.equal(
      code(() => decodeFile(encodeFile({ body: noSignatures as ResponseBody, signature }), RESPONSE_FORMAT)),
      'E_AIRGAP_FORMAT',
    );
    assert.equal(
      code(() => decodeFile(encodeFile({ body: { ...body, requestDigest: 'AB'.repeat(32) }, signature }), RESPONSE_FORMAT)),
      'E_AIRGAP_FORMAT',
    );
    assert.equal(
      code(() => decodeFile(encodeFile({ body, signature: 'zz' }), RESPONSE_FORMAT)),
      'E_AIRGAP_FORMAT',
    );
  });
});
