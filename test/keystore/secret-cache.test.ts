/**
 * Hot keys' secrets are kept unsealed between signatures (keystore/secret-cache.ts): bounded,
 * zeroed when they leave, cleared at seal, dropped on rotate, disable and destroy, and never a
 * way around the key row: a disabled, destroyed or rotated key does not sign with what was kept.
 * Controls: a kept secret signs without opening the data key again, and signs what it should.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SecretCache } from '../../src/keystore/secret-cache.js';
import type { Instance } from '../../src/keystore/instance.js';
import type { Services } from '../../src/api/context.js';
import { fromHex, utf8 } from '../../src/crypto/bytes.js';
import { CustosError } from '../../src/errors.js';
import { sharedStore } from '../helpers/shared-store.js';

describe('SecretCache', () => {
  test('hands out copies; a secret that leaves (evicted, dropped, cleared) is zeroed', () => {
    const c = new SecretCache(2);
    const [a, b, d] = [Uint8Array.of(1, 1), Uint8Array.of(2, 2), Uint8Array.of(3, 3)];
    c.put('a', 'k1', a);
    c.put('b', 'k2', b);
    const got = c.get('a')!;
    assert.deepEqual(got, Uint8Array.of(1, 1));
    got.fill(9); // the caller zeroes its copy: what is kept is untouched
    assert.deepEqual(c.get('a'), Uint8Array.of(1, 1));
    c.put('d', 'k2', d); // over the cap: the least recently used ('b') leaves, zeroed
    assert.equal(c.size, 2);
    assert.equal(c.get('b'), undefined);
    assert.deepEqual(b, Uint8Array.of(0, 0));
    c.drop('k2');
    assert.deepEqual(d, Uint8Array.of(0, 0));
    assert.deepEqual(c.get('a'), Uint8Array.of(1, 1)); // control: another key's secret stays
    c.clear();
    assert.equal(c.size, 0);
    assert.deepEqual(a, Uint8Array.of(0, 0));
  });

  test('a secret unused for longer than the idle time leaves (zeroed) at the next use; one in use stays', () => {
    let now = 1_000_000;
    const c = new SecretCache(10, 60_000, () => now);
    const [a, b] = [Uint8Array.of(1), Uint8Array.of(2)];
    c.put('a', 'k1', a);
    c.put('b', 'k2', b);
    now += 40_000;
    assert.deepEqual(c.get('b'), Uint8Array.of(2)); // b used again: its idle time starts over
    now += 30_000; // a: 70 s unused; b: 30 s
    assert.equal(c.get('a'), undefined);
    assert.deepEqual(a, Uint8Array.of(0), 'the idle secret was zeroed');
    assert.deepEqual(c.get('b'), Uint8Array.of(2), 'control: the secret in use stays');
    assert.equal(c.size, 1);
  });

  test('a cap of 0 keeps nothing (and zeroes what it is handed)', () => {
    const c = new SecretCache(0);
    const a = Uint8Array.of(5);
    c.put('a', 'k', a);
    assert.equal(c.size, 0);
    assert.deepEqual(a, Uint8Array.of(0));
  });
});

describe('hot key secrets in the keystore', () => {
  const shared = sharedStore('sqlite', 'secretcache', 'secret cache test');
  let s: Services;
  let inst: Instance;
  let opened = 0;
  const msg = utf8('m');
  const sign = (name: string) => s.keys.sign(name, { message: msg }, {}, 'test');
  const code = async (p: Promise<unknown>) =>
    p.then(
      () => 'ok',
      (e: unknown) => (e instanceof CustosError ? e.code : String(e)),
    );

  before(async () => {
    await shared.init();
    s = await shared.instance(Date.now);
    inst = s.inst;
    const open = inst.sealer.openDataKey;
    inst.sealer.openDataKey = (...a) => (opened++, open(...a));
  });
  after(() => shared.cleanup());

  test('control: the second signature uses the kept secret (no data key opened) and verifies', async () => {
    await s.keys.create({ name: 'hot', algorithm: 'secp256k1' }, 'test');
    await sign('hot');
    opened = 0;
    const r = await sign('hot');
    assert.equal(opened, 0);
    assert.equal((await s.keys.verify('hot', { message: msg }, fromHex(r.signature), {})).valid, true);
  });

  test('seal zeroes and drops every kept secret; after unseal the data key is opened again', async () => {
    await sign('hot');
    assert.ok(inst.secrets.size > 0);
    inst.seal();
    assert.equal(inst.secrets.size, 0);
    assert.equal(await code(sign('hot')), 'E_SEALED');
    await inst.unseal({ passphrase: utf8('secret cache test') }, 'test');
    opened = 0;
    await sign('hot');
    assert.equal(opened, 1);
  });

  for (const algorithm of ['secp256k1', 'bls12-381'] as const) {
    test(`${algorithm}: after a rotation the new version signs, never the kept secret of the old one`, async () => {
      const name = `rot-${algorithm}`;
      await s.keys.create({ name, algorithm }, 'test');
      const v1 = await sign(name);
      assert.equal((await s.keys.verify(name, { message: msg }, fromHex(v1.signature), { version: 1 })).valid, true);
      const before = inst.secrets.size;
      await s.keys.rotate(name, 'test');
      assert.equal(inst.secrets.size, before - 1, 'the old version is dropped');
      const v2 = await sign(name);
      assert.equal(v2.version, 2);
      assert.equal((await s.keys.verify(name, { message: msg }, fromHex(v2.signature), { version: 2 })).valid, true);
    });
  }

  test('a disabled key does not sign with its kept secret; enabled again it signs', async () => {
    await s.keys.create({ name: 'dis', algorithm: 'ed25519' }, 'test');
    await sign('dis');
    const before = inst.secrets.size;
    await s.keys.setEnabled('dis', false, 'test');
    assert.equal(inst.secrets.size, before - 1);
    assert.equal(await code(sign('dis')), 'E_KEY_DISABLED');
    await s.keys.setEnabled('dis', true, 'test');
    assert.equal(await code(sign('dis')), 'ok');
  });

  test('a key disabled by another instance on the store does not sign here with its kept secret', async () => {
    await s.keys.create({ name: 'other', algorithm: 'secp256k1' }, 'test');
    await sign('other');
    const size = inst.secrets.size;
    const second = await shared.instance(Date.now);
    await second.keys.setEnabled('other', false, 'test');
    assert.equal(inst.secrets.size, size, 'this instance still holds it');
    assert.equal(await code(sign('other')), 'E_KEY_DISABLED');
    await second.keys.setEnabled('other', true, 'test');
    assert.equal(await code(sign('other')), 'ok'); // control
  });

  test('a destroyed key does not sign with its kept secret', async () => {
    await s.keys.create({ name: 'gone', algorithm: 'secp256k1' }, 'test');
    await sign('gone');
    const before = inst.secrets.size;
    await inst.store.tx((repo) => s.keys.destroyIn(repo, 'gone', 'test'));
    assert.equal(inst.secrets.size, before - 1);
    assert.equal(await code(sign('gone')), 'E_KEY_DESTROYED');
  });

  test('a ciphertext edited after its secret was kept is opened (and refused), not answered from the cache', async () => {
    await s.keys.create({ name: 'edit', algorithm: 'secp256k1' }, 'test');
    await sign('edit');
    const row = (await inst.store.driver.get<{ key_id: string; ciphertext: Uint8Array }>(
      'SELECT v.key_id, v.ciphertext FROM key_versions v JOIN keys k ON k.id = v.key_id WHERE k.name = ?',
      ['edit'],
    ))!;
    const bad = Uint8Array.from(row.ciphertext);
    bad[bad.length - 1]! ^= 1;
    await inst.store.driver.run('UPDATE key_versions SET ciphertext = ? WHERE key_id = ?', [bad, row.key_id]);
    assert.equal(await code(sign('edit')), 'E_TAMPERED');
    await inst.store.driver.run('UPDATE key_versions SET ciphertext = ? WHERE key_id = ?', [row.ciphertext, row.key_id]);
    assert.equal(await code(sign('edit')), 'ok'); // control
  });
});
