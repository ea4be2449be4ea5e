/**
 * HSM-resident keys (custody hsm) on a real SoftHSM2 token: generated in the
 * token non-extractable, signing there (CKM_ECDSA + low-s + recovery id;
 * CKM_EDDSA), verified by noble; the private value unreadable over PKCS#11;
 * export refused; a swapped public key or a wrong PIN refused with nothing changed.
 */
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { hex } from '@scure/base';
import { Sandbox, TEST_KDF } from '../helpers/cli.js';
import { SoftHsm, USER_PIN } from '../helpers/softhsm.js';
import { CKA, Hsm } from '../../src/keystore/pkcs11.js';
import { hsmKeyLabel } from '../../src/keystore/hsm-keys.js';

const hsm = new SoftHsm({ useInProcess: true });
hsm.initToken('keys');
after(() => hsm.cleanup());

const SECP_N = secp256k1.Point.CURVE().n;

describe('HSM-resident keys (SoftHSM2)', () => {
  const sb = new Sandbox();
  after(() => sb.cleanup());
  let instanceId = '';

  test('secp256k1 in the HSM: ECDSA signatures that verify, low-s, and recover to the key (both recovery ids)', async () => {
    await sb.ok('init', '--seal', 'pkcs11', '--module', hsm.module, '--token-label', 'keys', '--pin-file', hsm.pinFile, '--key-label', 'root');
    instanceId = (await sb.ok('status')).instanceId;
    const k = await sb.ok('key', 'create', 'cold', '--type', 'secp256k1', '--custody', 'hsm', '--allow-raw');
    assert.equal(k.custody, 'hsm');
    assert.equal(k.exportable, false);
    assert.match(k.addresses.ethereum, /^0x[0-9a-fA-F]{40}$/);
    const pub = hex.decode(k.publicKey);
    const recids = new Set<number>();
    for (let i = 0; i < 24; i++) {
      const digest = sha256(new Uint8Array([i]));
      const r = await sb.ok('sign', '--key', 'cold', '--digest', hex.encode(digest));
      const sig = hex.decode(r.signature);
      assert.equal(sig.length, 65);
      const s = BigInt(`0x${hex.encode(sig.subarray(32, 64))}`);
      assert.ok(s <= SECP_N / 2n, 'low-s');
      assert.ok(secp256k1.verify(sig.subarray(0, 64), digest, pub, { prehash: false }));
      const recovered = secp256k1.Signature.fromBytes(sig.subarray(0, 64), 'compact')
        .addRecoveryBit(sig[64]! - 27)
        .recoverPublicKey(digest)
        .toBytes(true);
      assert.deepEqual(recovered, pub);
      recids.add(sig[64]!);
    }
    // 24 signatures: both recovery ids appear unless something pins v (probability 2^-23 of a false alarm).
    assert.deepEqual([...recids].sort(), [27, 28]);
  });

  test('ed25519 in the HSM: CKM_EDDSA signatures that verify as RFC 8032', async () => {
    const k = await sb.ok('key', 'create', 'cold-ed', '--type', 'ed25519', '--custody', 'hsm', '--allow-raw');
    const r = await sb.ok('sign', '--key', 'cold-ed', '--message', 'c0ffee');
    assert.ok(ed25519.verify(hex.decode(r.signature), hex.decode('c0ffee'), hex.decode(k.publicKey)));
  });

  test('the private value is not readable over PKCS#11: CKA_VALUE refused, sensitive, not extractable', async () => {
    const k = await sb.ok('key', 'show', 'cold');
    const h = Hsm.open({ module: hsm.module, tokenLabel: 'keys', pin: new Uint8Array(Buffer.from(USER_PIN)) });
    try {
      const label = hsmKeyLabel(instanceId, k.id, 1);
      assert.throws(
        () => h.keyAttribute(label, 'private', CKA.VALUE),
        (e: any) => e.details?.pkcs11 === 'CKR_ATTRIBUTE_SENSITIVE',
      );
      assert.deepEqual([...h.keyAttribute(label, 'private', CKA.SENSITIVE)], [1]);
      assert.deepEqual([...h.keyAttribute(label, 'private', CKA.EXTRACTABLE)], [0]);
    } finally {
      h.close();
    }
  });

  test('export refused; --exportable refused; BIP340 refused (no such mechanism); a passphrase-sealed instance has no HSM', async () => {
    const refused = await sb.fails('key', 'export', 'cold', '--format', 'raw');
    assert.equal(refused.error, 'E_NOT_EXPORTABLE');
    assert.match(refused.message, /HSM/);
    assert.equal((await sb.fails('key', 'create', 'x', '--type', 'secp256k1', '--custody', 'hsm', '--exportable')).error, 'E_BAD_INPUT');
    assert.equal((await sb.fails('key', 'create', 'x', '--type', 'bls12-381', '--custody', 'hsm')).error, 'E_UNSUPPORTED');
    assert.equal((await sb.fails('sign', '--key', 'cold', '--message', '01', '--scheme', 'bip340')).error, 'E_UNSUPPORTED');
    const other = new Sandbox();
    try {
      await other.initPassphrase();
      assert.equal((await other.fails('key', 'create', 'x', '--type', 'secp256k1', '--custody', 'hsm')).error, 'E_UNSUPPORTED');
      assert.deepEqual(await other.ok('key', 'list'), []);
    } finally {
      other.cleanup();
    }
    assert.equal(
      (await sb.ok('key', 'list')).some((k: any) => k.name === 'x'),
      false,
    );
  });

  test('rotate: a new pair in the token; the old version verifies but no longer signs', async () => {
    const before = await sb.ok('key', 'show', 'cold');
    const r = await sb.ok('key', 'rotate', 'cold');
    assert.equal(r.currentVersion, 2);
    assert.notEqual(r.publicKey, before.publicKey);
    const digest = sha256(new Uint8Array([99]));
    const s = await sb.ok('sign', '--key', 'cold', '--digest', hex.encode(digest));
    assert.ok(secp256k1.verify(hex.decode(s.signature).subarray(0, 64), digest, hex.decode(r.publicKey), { prehash: false }));
    assert.equal((await sb.fails('sign', '--key', 'cold', '--digest', hex.encode(digest), '--version', '1')).error, 'E_KEY_VERSION_RETIRED');
  });

  test('a swapped public key in the store is E_TAMPERED: the token signature never leaves under another key', async () => {
    const cold = await sb.ok('key', 'show', 'cold-ed');
    const other = await sb.ok('key', 'create', 'cold-ed-2', '--type', 'ed25519', '--custody', 'hsm', '--allow-raw');
    const db = new Database(join(sb.data, 'custos.db'));
    try {
      db.prepare('UPDATE key_versions SET public_key = ? WHERE key_id = ?').run(Buffer.from(hex.decode(other.publicKey)), cold.id);
    } finally {
      db.close();
    }
    const r = await sb.run('sign', '--key', 'cold-ed', '--message', '01', '--json');
    assert.notEqual(r.code, 0);
    assert.match(r.stdout, /E_TAMPERED/);
    // Positive control: the untouched key still signs.
    await sb.ok('sign', '--key', 'cold-ed-2', '--message', '01');
  });

  test('a wrong PIN: E_HSM_PIN, no signature, no key made', async () => {
    const keys = await sb.ok('key', 'list');
    sb.env.CUSTOS_PKCS11_PIN_FILE = hsm.wrongPinFile();
    try {
      assert.equal((await sb.fails('sign', '--key', 'cold', '--digest', hex.encode(sha256(new Uint8Array([1]))))).error, 'E_HSM_PIN');
      assert.equal((await sb.fails('key', 'create', 'y', '--type', 'secp256k1', '--custody', 'hsm')).error, 'E_HSM_PIN');
    } finally {
      delete sb.env.CUSTOS_PKCS11_PIN_FILE;
    }
    assert.deepEqual(await sb.ok('key', 'list'), keys);
  });

  test('a passphrase instance migrated to pkcs11 can then hold HSM keys (positive control for the refusal above)', async () => {
    const other = new Sandbox();
    try {
      await other.initPassphrase();
      await other.ok(
        'operator',
        'rekey',
        '--to',
        'pkcs11',
        '--module',
        hsm.module,
        '--token-label',
        'keys',
        '--pin-file',
        hsm.pinFile,
        '--key-label',
        'root-2',
        ...TEST_KDF,
      );
      delete other.env.CUSTOS_PASSPHRASE_FILE;
      const k = await other.ok('key', 'create', 'moved', '--type', 'secp256k1', '--custody', 'hsm');
      assert.equal(k.custody, 'hsm');
    } finally {
      other.cleanup();
    }
  });
});
