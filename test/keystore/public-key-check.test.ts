/**
 * Every signature opens the key's ciphertext and checks the secret against the stored public key;
 * the scalar multiplication of that check runs once per (ciphertext, public key) pair in a process
 * (keys.ts `matched`). An edit after the first signature must still be caught in the same process:
 * the public keys of two keys swapped, or one key's ciphertext and public key both copied onto
 * another's row (the AEAD binds the ciphertext to its key id, so that fails too).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Instance } from '../../src/keystore/instance.js';
import { sharedStore } from '../helpers/shared-store.js';
import type { Services } from '../../src/api/context.js';
import { utf8 } from '../../src/crypto/bytes.js';
import { CustosError } from '../../src/errors.js';

const shared = sharedStore('sqlite', 'pkcheck', 'public key check test');
let s: Services;
let inst: Instance;
const sign = (name: string) => s.keys.sign(name, { message: utf8('m') }, {}, 'test');
const code = async (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof CustosError ? e.code : String(e)),
  );
const versionRow = async (name: string) =>
  (await inst.store.driver.get<{ key_id: string; public_key: Uint8Array; ciphertext: Uint8Array }>(
    'SELECT v.key_id, v.public_key, v.ciphertext FROM key_versions v JOIN keys k ON k.id = v.key_id WHERE k.name = ?',
    [name],
  ))!;

before(async () => {
  await shared.init();
  s = await shared.instance(Date.now);
  inst = s.inst;
});
after(() => shared.cleanup());

for (const algorithm of ['bls12-381', 'secp256k1', 'ed25519'] as const) {
  test(`${algorithm}: public keys swapped after both keys signed are refused in the same process; swapped back, both sign`, async () => {
    const [a, b] = [`${algorithm}-a`, `${algorithm}-b`];
    await s.keys.create({ name: a, algorithm }, 'test');
    await s.keys.create({ name: b, algorithm }, 'test');
    assert.equal(await code(sign(a)), 'ok'); // the pairs are checked and remembered
    assert.equal(await code(sign(b)), 'ok');
    const [ra, rb] = [await versionRow(a), await versionRow(b)];
    const setPub = (id: string, pub: Uint8Array) => inst.store.driver.run('UPDATE key_versions SET public_key = ? WHERE key_id = ?', [pub, id]);
    await setPub(ra.key_id, rb.public_key);
    await setPub(rb.key_id, ra.public_key);
    assert.equal(await code(sign(a)), 'E_TAMPERED');
    assert.equal(await code(sign(b)), 'E_TAMPERED');
    // One key's ciphertext and public key copied onto the other's row: the AEAD refuses the foreign ciphertext.
    await inst.store.driver.run('UPDATE key_versions SET public_key = ?, ciphertext = ? WHERE key_id = ?', [ra.public_key, ra.ciphertext, rb.key_id]);
    assert.equal(await code(sign(b)), 'E_TAMPERED');
    // Control: the original rows back, both sign again.
    await inst.store.driver.run('UPDATE key_versions SET public_key = ?, ciphertext = ? WHERE key_id = ?', [rb.public_key, rb.ciphertext, rb.key_id]);
    await setPub(ra.key_id, ra.public_key);
    assert.equal(await code(sign(a)), 'ok');
    assert.equal(await code(sign(b)), 'ok');
  });
}
