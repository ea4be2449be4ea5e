/**
 * Verification edge cases from the specs, each through the API (a real server)
 * and through the CLI against it, with positive controls beside them:
 * SEC1 §4.1.4 (r, s in [1, n-1]), EIP-2 / BIP 62 low-s and --allow-high-s,
 * Ethereum's v (27/28 or the yParity 0/1, and it must recover the key),
 * X.690 DER (BIP 66 strictness), points not on the curve, RFC 8032 §5.1.7
 * (S < L) and small-order Ed25519 keys, and --public-key without a stored key.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { ed25519 } from '@noble/curves/ed25519.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { Sandbox } from '../helpers/cli.js';
import { TestServer } from '../helpers/server.js';
import { isCustosError } from '../../src/errors.js';
import { N, SMALL_ORDER_ED25519, der, ecdsa, hex, highS, nonCanonicalS, offCurveSecp, raw } from '../helpers/signature-edges.js';

const SK = Uint8Array.from(randomBytes(32));
const SEED = Uint8Array.from(randomBytes(32));
const DIGEST = Uint8Array.from(randomBytes(32));
const MSG = Uint8Array.from(randomBytes(40));
const PUB = hex(secp256k1.getPublicKey(SK, true));
const PUB65 = hex(secp256k1.getPublicKey(SK, false));
const EDPUB = hex(ed25519.getPublicKey(SEED));

/** One verify call as API input; `cli` is the same call as CLI arguments. */
interface Case {
  api: Record<string, unknown>;
  cli: string[];
}
function secpCase(signature: string, extra: { format?: 'der'; allowHighS?: true; publicKey?: string } = {}): Case {
  const target = extra.publicKey ? { publicKey: extra.publicKey, algorithm: 'secp256k1' } : { key: 'k' };
  const api = {
    ...target,
    digest: hex(DIGEST),
    signature,
    ...(extra.format ? { format: extra.format } : {}),
    ...(extra.allowHighS ? { allowHighS: true } : {}),
  };
  const cli = [
    'verify',
    ...(extra.publicKey ? ['--public-key', extra.publicKey, '--type', 'secp256k1'] : ['--key', 'k']),
    '--digest',
    hex(DIGEST),
    '--signature',
    signature,
    ...(extra.format ? ['--format', extra.format] : []),
    ...(extra.allowHighS ? ['--allow-high-s'] : []),
  ];
  return { api, cli };
}
function edCase(signature: string, publicKey?: string, extra: { format?: 'der' } = {}): Case {
  const target = publicKey ? { publicKey, algorithm: 'ed25519' } : { key: 'e' };
  return {
    api: { ...target, message: hex(MSG), signature, ...(extra.format ? { format: extra.format } : {}) },
    cli: [
      'verify',
      ...(publicKey ? ['--public-key', publicKey, '--type', 'ed25519'] : ['--key', 'e']),
      '--message',
      hex(MSG),
      '--signature',
      signature,
      ...(extra.format ? ['--format', extra.format] : []),
    ],
  };
}

describe('verify edge cases (API and CLI against a real server)', () => {
  let t: TestServer;
  const sb = new Sandbox();
  before(async () => {
    t = await TestServer.start();
    sb.env = { CUSTOS_ADDR: t.url, CUSTOS_CREDENTIAL: t.adminCredential };
    await t.admin.call('key.import', { name: 'k', format: 'raw', type: 'secp256k1', content: hex(SK) });
    await t.admin.call('key.import', { name: 'e', format: 'raw', type: 'ed25519', content: hex(SEED) });
  });
  after(async () => {
    await t.stop();
    sb.cleanup();
  });

  /** Valid through both paths. */
  async function valid(c: Case, key: string): Promise<void> {
    const r = await t.admin.call('verify', c.api as never);
    assert.equal(r.valid, true);
    assert.equal(r.key, key);
    const out = await sb.ok(...c.cli);
    assert.deepEqual(out, r);
  }
  /** Refused through both paths with `code` (and details.reason / field), the same answer on each. */
  async function refused(c: Case, code: string, detail: { reason?: string; field?: string }): Promise<string> {
    let message = '';
    await assert.rejects(t.admin.call('verify', c.api as never), (e: unknown) => {
      assert.ok(isCustosError(e), String(e));
      assert.equal(e.code, code, e.message);
      if (detail.reason) assert.equal(e.details?.reason, detail.reason, e.message);
      if (detail.field) assert.equal(e.details?.field, detail.field, e.message);
      message = e.message;
      return true;
    });
    const f = await sb.fails(...c.cli);
    assert.equal(f.error, code, f.message);
    assert.equal(f.message, message);
    if (detail.reason) assert.equal(f.details?.reason, detail.reason);
    return message;
  }

  const sig = ecdsa(SK, DIGEST);

  test('v: 27/28 and 0/1 are the yParity and must recover the key', async () => {
    await valid(secpCase(raw(sig.r, sig.s)), 'k'); // 64 bytes: no v to check
    await valid(secpCase(raw(sig.r, sig.s, 27 + sig.recid)), 'k');
    await valid(secpCase(raw(sig.r, sig.s, sig.recid)), 'k');
    const m = await refused(secpCase(raw(sig.r, sig.s, 27 + (sig.recid ^ 1))), 'E_BAD_SIGNATURE', { reason: 'v-mismatch' });
    assert.match(m, /r and s verify under k v1, but v = (27|28) recovers another key/);
    await refused(secpCase(raw(sig.r, sig.s, sig.recid ^ 1)), 'E_BAD_SIGNATURE', { reason: 'v-mismatch' });
  });

  test('v out of range: 2, 29, 30, 37 (EIP-155), 255', async () => {
    for (const v of [2, 29, 30, 37, 255]) {
      const m = await refused(secpCase(raw(sig.r, sig.s, v)), 'E_BAD_SIGNATURE', { reason: 'v-range' });
      assert.match(m, new RegExp(`v = ${v} is not a recovery id`));
    }
  });

  test('high-s: refused by default with the reason, accepted with --allow-high-s (64 and 65 bytes, DER)', async () => {
    const h = highS(sig);
    const m = await refused(secpCase(raw(h.r, h.s)), 'E_BAD_SIGNATURE', { reason: 'high-s' });
    assert.match(m, /EIP-2.*BIP 62.*--allow-high-s/);
    await refused(secpCase(raw(h.r, h.s, 27 + h.recid)), 'E_BAD_SIGNATURE', { reason: 'high-s' });
    await valid(secpCase(raw(h.r, h.s), { allowHighS: true }), 'k');
    await valid(secpCase(raw(h.r, h.s, 27 + h.recid), { allowHighS: true }), 'k');
    await valid(secpCase(der(h.r, h.s), { format: 'der', allowHighS: true }), 'k');
    // with --allow-high-s, v still has to recover the key
    await refused(secpCase(raw(h.r, h.s, 27 + sig.recid), { allowHighS: true }), 'E_BAD_SIGNATURE', { reason: 'v-mismatch' });
    // and a high-s signature of another digest still does not verify
    const other = highS(ecdsa(SK, Uint8Array.from(randomBytes(32))));
    await refused(secpCase(raw(other.r, other.s), { allowHighS: true }), 'E_BAD_SIGNATURE', { reason: 'mismatch' });
  });

  test('DER: strict encodings verify; non-minimal lengths, leading zeros, trailing bytes are refused', async () => {
    const good = der(sig.r, sig.s);
    await valid(secpCase(good, { format: 'der' }), 'k');
    // what noble and OpenSSL emit is the same minimal encoding
    assert.equal(good, hex(secp256k1.Signature.fromBytes(secp256k1.sign(DIGEST, SK, { prehash: false, format: 'der' }), 'der').toBytes('der')));
    const seqLen = Number.parseInt(good.slice(2, 4), 16);
    const body = good.slice(4);
    const longForm = `3081${seqLen.toString(16).padStart(2, '0')}${body}`; // SEQUENCE length in long form (X.690 §10.1)
    const rLen = Number.parseInt(body.slice(2, 4), 16);
    const rLong = `30${(seqLen + 1).toString(16)}0281${rLen.toString(16).padStart(2, '0')}${body.slice(4)}`; // INTEGER length in long form
    const rContent = body.slice(4, 4 + rLen * 2);
    const rest = body.slice(4 + rLen * 2);
    const rPadded = `30${(seqLen + 1).toString(16)}02${(rLen + 1).toString(16).padStart(2, '0')}00${rContent}${rest}`;
    const padded = rContent.startsWith('00') ? null : rPadded; // a redundant leading zero (only when r's top bit is clear)
    for (const bad of [
      longForm,
      rLong,
      ...(padded && Number.parseInt(rContent.slice(0, 1), 16) < 8 ? [padded] : []),
      `${good}00`,
      good.slice(0, -2),
      `31${good.slice(2)}`,
      '3000',
    ]) {
      await refused(secpCase(bad, { format: 'der' }), 'E_BAD_SIGNATURE', { reason: 'der' });
    }
    // a raw signature given as DER and the reverse
    await refused(secpCase(raw(sig.r, sig.s), { format: 'der' }), 'E_BAD_SIGNATURE', { reason: 'der' });
    await refused(secpCase(good), 'E_BAD_SIGNATURE', { reason: 'length' });
  });

  test('r or s zero or >= n: raw and DER', async () => {
    for (const [r, s] of [
      [0n, sig.s],
      [sig.r, 0n],
      [N, sig.s],
      [sig.r, N],
      [N + 1n, sig.s],
      [2n ** 256n - 1n, sig.s],
      [sig.r, 2n ** 256n - 1n],
    ] as const) {
      await refused(secpCase(raw(r, s)), 'E_BAD_SIGNATURE', { reason: 'scalar-range' });
      await refused(secpCase(der(r, s), { format: 'der' }), 'E_BAD_SIGNATURE', { reason: 'scalar-range' });
    }
  });

  test('--public-key: compressed and uncompressed verify without a stored key; a point not on the curve is E_BAD_INPUT', async () => {
    await valid(secpCase(raw(sig.r, sig.s, 27 + sig.recid), { publicKey: PUB }), PUB);
    await valid(secpCase(raw(sig.r, sig.s, 27 + sig.recid), { publicKey: PUB65 }), PUB);
    await valid(secpCase(der(sig.r, sig.s), { publicKey: PUB, format: 'der' }), PUB);
    await refused(secpCase(raw(sig.r, sig.s, 27 + (sig.recid ^ 1)), { publicKey: PUB }), 'E_BAD_SIGNATURE', { reason: 'v-mismatch' });
    await refused(secpCase(raw(sig.r, sig.s), { publicKey: offCurveSecp() }), 'E_BAD_INPUT', { field: 'publicKey' });
    const badY = `04${PUB65.slice(2, 66)}${(BigInt(`0x${PUB65.slice(66)}`) ^ 1n).toString(16).padStart(64, '0')}`;
    await refused(secpCase(raw(sig.r, sig.s), { publicKey: badY }), 'E_BAD_INPUT', { field: 'publicKey' });
    await refused(secpCase(raw(sig.r, sig.s), { publicKey: PUB.slice(0, 64) }), 'E_BAD_INPUT', { field: 'publicKey' });
    // another key's signature
    const other = ecdsa(Uint8Array.from(randomBytes(32)), DIGEST);
    await refused(secpCase(raw(other.r, other.s), { publicKey: PUB }), 'E_BAD_SIGNATURE', { reason: 'mismatch' });
  });

  test('Ed25519: positive controls, non-canonical S, small-order keys, no DER', async () => {
    const s = ed25519.sign(MSG, SEED);
    await valid(edCase(hex(s)), 'e');
    await valid(edCase(hex(s), EDPUB), EDPUB);
    await refused(edCase(nonCanonicalS(s)), 'E_BAD_SIGNATURE', { reason: 'mismatch' });
    await refused(edCase(nonCanonicalS(s), EDPUB), 'E_BAD_SIGNATURE', { reason: 'mismatch' });
    // R = identity, S = 0 verifies under a small-order key for any message (OpenSSL accepts it): such keys are refused
    const forged = `01${'00'.repeat(63)}`;
    for (const p of SMALL_ORDER_ED25519) {
      const m = await refused(edCase(forged, p), 'E_BAD_INPUT', { field: 'publicKey' });
      assert.match(m, /small-order/);
    }
    // a key with a small-order component (A + T8) is not in the prime-order subgroup
    const mixed = hex(ed25519.Point.fromHex(EDPUB).add(ed25519.Point.fromHex(SMALL_ORDER_ED25519[3]!)).toBytes());
    await refused(edCase(hex(s), mixed), 'E_BAD_INPUT', { field: 'publicKey' });
    // y >= p: not a canonical encoding (RFC 8032 §5.1.3)
    await refused(edCase(hex(s), `ee${'ff'.repeat(30)}7f`), 'E_BAD_INPUT', { field: 'publicKey' });
    await refused(edCase(hex(s), undefined, { format: 'der' }), 'E_BAD_INPUT', { field: 'format' });
  });

  test('usage: exactly one of --key and --public-key, --type only with --public-key', async () => {
    assert.equal((await sb.fails('verify', '--digest', hex(DIGEST), '--signature', '00')).error, 'E_USAGE');
    assert.equal(
      (await sb.fails('verify', '--key', 'k', '--public-key', PUB, '--type', 'secp256k1', '--digest', hex(DIGEST), '--signature', '00')).error,
      'E_USAGE',
    );
    assert.equal((await sb.fails('verify', '--public-key', PUB, '--digest', hex(DIGEST), '--signature', '00')).error, 'E_USAGE');
    assert.equal((await sb.fails('verify', '--key', 'k', '--type', 'secp256k1', '--digest', hex(DIGEST), '--signature', '00')).error, 'E_USAGE');
    assert.equal((await sb.fails('verify', '--key', 'k', '--format', 'pem', '--digest', hex(DIGEST), '--signature', '00')).error, 'E_USAGE');
    await assert.rejects(t.admin.call('verify', { publicKey: PUB, digest: hex(DIGEST), signature: '00' } as never), /algorithm: required/);
    await assert.rejects(t.admin.call('verify', { digest: hex(DIGEST), signature: '00' } as never), /give key/);
    await assert.rejects(
      t.admin.call('verify', { publicKey: PUB, algorithm: 'frost-ed25519', message: '00', signature: '00' } as never),
      (e: unknown) => isCustosError(e) && e.code === 'E_UNSUPPORTED',
    );
  });
});
