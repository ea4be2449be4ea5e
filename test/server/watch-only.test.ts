/**
 * Watch-only keys (`key import --format public`, custody `watch`): a public
 * key without a secret verifies, derives addresses and is a policy subject
 * (policy.check), but every path that would sign or make a secret refuses
 * with E_KEY_USAGE (rotate, raw usage) or E_NOT_EXPORTABLE (export) — through
 * the API (a real server) and the CLI against it.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { ed25519 } from '@noble/curves/ed25519.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { privateKeyToAccount } from 'viem/accounts';
import { Sandbox } from '../helpers/cli.js';
import { TestServer } from '../helpers/server.js';
import { isCustosError } from '../../src/errors.js';
import { SMALL_ORDER_ED25519, ecdsa, hex, offCurveSecp, raw } from '../helpers/signature-edges.js';

const SK = Uint8Array.from(randomBytes(32));
const SEED = Uint8Array.from(randomBytes(32));
const PUB65 = hex(secp256k1.getPublicKey(SK, false));
const PUB33 = hex(secp256k1.getPublicKey(SK, true));
const EDPUB = hex(ed25519.getPublicKey(SEED));
const DIGEST = Uint8Array.from(randomBytes(32));

async function code(p: Promise<unknown>, expected: string): Promise<void> {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(isCustosError(e), String(e));
    assert.equal(e.code, expected, e.message);
    return true;
  });
}

describe('watch-only keys (API and CLI against a real server)', () => {
  let t: TestServer;
  const sb = new Sandbox();
  before(async () => {
    t = await TestServer.start();
    sb.env = { CUSTOS_ADDR: t.url, CUSTOS_CREDENTIAL: t.adminCredential };
    sb.file(
      'p.yaml',
      'rules:\n  - name: watched\n    effect: deny\n    when: key.custody == "watch"\n  - name: admins\n    effect: allow\n    when: principal.role == "admin"\n',
    );
    await sb.ok('policy', 'set', 'p.yaml');
  });
  after(async () => {
    await t.stop();
    sb.cleanup();
  });

  test('import: CLI (uncompressed secp256k1, stored compressed) and API (ed25519); addresses as for a held key', async () => {
    sb.file('pub.hex', `${PUB65}\n`);
    const k = await sb.ok('key', 'import', 'cold', '--format', 'public', '--file', 'pub.hex', '--tag', 'tier=cold');
    assert.equal(k.custody, 'watch');
    assert.equal(k.publicKey, PUB33);
    assert.equal(k.exportable, false);
    assert.equal(k.addresses.ethereum, privateKeyToAccount(`0x${hex(SK)}`).address);
    // positive control: the same addresses as a held (local) key with that secret
    const held = await t.admin.call('key.import', { name: 'held', format: 'raw', type: 'secp256k1', content: hex(SK) });
    assert.deepEqual(k.addresses, held.addresses);
    const e = await t.admin.call('key.import', { name: 'cold-ed', format: 'public', type: 'ed25519', content: EDPUB });
    assert.equal(e.custody, 'watch');
    assert.equal((await sb.ok('key', 'show', 'cold-ed')).publicKey, EDPUB);
  });

  test('import refuses what is not a usable public key, and secret-only options', async () => {
    await code(t.admin.call('key.import', { name: 'x1', format: 'public', type: 'secp256k1', content: offCurveSecp() }), 'E_BAD_INPUT');
    await code(t.admin.call('key.import', { name: 'x2', format: 'public', type: 'ed25519', content: SMALL_ORDER_ED25519[0]! }), 'E_BAD_INPUT');
    await code(t.admin.call('key.import', { name: 'x3', format: 'public', type: 'secp256k1', content: PUB33, allowRaw: true }), 'E_BAD_INPUT');
    await code(t.admin.call('key.import', { name: 'x4', format: 'public', type: 'frost-ed25519', content: EDPUB }), 'E_UNSUPPORTED');
    await code(t.admin.call('key.import', { name: 'cold', format: 'public', type: 'secp256k1', content: PUB33 }), 'E_NAME_TAKEN');
    sb.file('bad.hex', offCurveSecp());
    assert.equal((await sb.fails('key', 'import', 'x5', '--format', 'public', '--file', 'bad.hex')).error, 'E_BAD_INPUT');
    assert.equal((await sb.fails('key', 'import', 'x6', '--format', 'public', '--file', 'pub.hex', '--allow-raw')).error, 'E_USAGE');
  });

  test('verifies: the holder of the secret signs elsewhere, custos verifies (v checked)', async () => {
    const s = ecdsa(SK, DIGEST);
    const good = raw(s.r, s.s, 27 + s.recid);
    assert.equal((await t.admin.call('verify', { key: 'cold', digest: hex(DIGEST), signature: good })).valid, true);
    assert.equal((await sb.ok('verify', '--key', 'cold', '--digest', hex(DIGEST), '--signature', good)).valid, true);
    await code(t.admin.call('verify', { key: 'cold', digest: hex(DIGEST), signature: raw(s.r, s.s, 27 + (s.recid ^ 1)) }), 'E_BAD_SIGNATURE');
    const m = Uint8Array.from(randomBytes(20));
    assert.equal((await sb.ok('verify', '--key', 'cold-ed', '--message', hex(m), '--signature', hex(ed25519.sign(m, SEED)))).valid, true);
  });

  test('never signs: raw, EVM; E_KEY_USAGE before policy, nothing filed; the held twin signs (control)', async () => {
    const before = (await t.admin.call('request.list', {})).length;
    await code(t.admin.call('sign', { key: 'cold', digest: hex(DIGEST) }), 'E_KEY_USAGE');
    await code(t.admin.call('sign.evm', { key: 'cold', payload: { kind: 'evm.personalMessage', message: 'hello' } } as never), 'E_KEY_USAGE');
    const f = await sb.fails('sign', '--key', 'cold-ed', '--message', '00');
    assert.equal(f.error, 'E_KEY_USAGE');
    assert.equal(f.details?.custody, 'watch');
    assert.match(f.message, /watch-only/);
    assert.equal((await t.admin.call('request.list', {})).length, before);
    const ok = await t.admin.call('sign.evm', { key: 'held', payload: { kind: 'evm.personalMessage', message: 'hello' } } as never);
    assert.equal(ok.status, 'signed');
  });

  test('no secret to make or give: rotate, raw usage, export, backup', async () => {
    await code(t.admin.call('key.rotate', { name: 'cold' }), 'E_KEY_USAGE');
    await code(t.admin.call('key.usage', { name: 'cold', allowRaw: true }), 'E_KEY_USAGE');
    await code(t.admin.call('key.export', { name: 'cold', format: 'raw' }), 'E_NOT_EXPORTABLE');
    assert.equal((await sb.fails('key', 'rotate', 'cold')).error, 'E_KEY_USAGE');
  });

  test('a policy subject: policy.check evaluates rules on key.custody and the key tags', async () => {
    const r = await t.admin.call('policy.check', { key: 'cold', digest: hex(DIGEST) });
    assert.equal(r.outcome, 'deny');
    assert.equal(r.rule, 'watched');
    assert.equal((r.facts as any).key.custody, 'watch');
    assert.equal((r.facts as any).key.tags.tier, 'cold');
    const held = await t.admin.call('policy.check', { key: 'held', digest: hex(DIGEST) }).catch((e: unknown) => e);
    // control: the held key is not matched by the watch rule (it lacks raw usage, refused as such)
    assert.ok(isCustosError(held) && held.code === 'E_KEY_USAGE' && held.details?.usage === 'raw');
  });
});
