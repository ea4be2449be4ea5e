/**
 * A key destroyed by another instance on the same store (SQLite file or PostgreSQL): the destroy
 * shreds the data key there; this instance, which kept the key's secret between signatures,
 * refuses to sign with it (E_KEY_DESTROYED, from the MAC-checked key row) and zeroes what it kept
 * at that refusal (from an attacker review: it stayed until eviction or seal). Control: the
 * destroying instance dropped its own copy at once.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Services } from '../../src/api/context.js';
import { utf8 } from '../../src/crypto/bytes.js';
import { CustosError } from '../../src/errors.js';
import { sharedStore } from '../helpers/shared-store.js';
import { engines } from '../helpers/engines.js';

const held = (s: Services, keyId: string) =>
  [...(s.inst.secrets as unknown as { entries: Map<string, { keyId: string; secret: Uint8Array }> }).entries.values()].filter(
    (e) => e.keyId === keyId && e.secret.some((b) => b !== 0),
  ).length;

for (const engine of await engines()) {
  describe(`a key destroyed on another instance (${engine.name})`, { skip: engine.skip }, () => {
    const shared = sharedStore(engine.name === 'postgres' ? 'postgres' : 'sqlite', 'sckeep', 'secret cache destroy elsewhere');
    let a: Services;
    let b: Services;
    before(async () => {
      await shared.init();
      a = await shared.instance(Date.now);
      b = await shared.instance(Date.now);
    });
    after(() => shared.cleanup());

    test('its secret leaves this instance too (at the latest when this instance refuses to sign with it)', async () => {
      await a.keys.create({ name: 'gone', algorithm: 'bls12-381' }, 'test');
      const id = (await a.inst.store.read.getKeyByName('gone'))!.id;
      await a.keys.sign('gone', { message: utf8('m') }, {}, 'test');
      await b.keys.sign('gone', { message: utf8('m') }, {}, 'test');
      assert.equal(held(a, id), 1);
      await b.inst.store.tx((repo) => b.keys.destroyIn(repo, 'gone', 'test'));
      assert.equal(held(b, id), 0, 'control: the destroying instance zeroed it');
      await assert.rejects(a.keys.sign('gone', { message: utf8('m') }, {}, 'test'), (e: unknown) => e instanceof CustosError && e.code === 'E_KEY_DESTROYED');
      assert.equal(held(a, id), 0, "the destroyed key's secret is still held, unzeroed, by the other instance");
    });
  });
}
