/**
 * The BLS public-key index (migration 12, keystore/key-records.ts), on SQLite and PostgreSQL: a
 * bls12-381 key is found by its public key through one indexed, MAC-checked read, the same number
 * of statements with 2 keys as with 40; created and imported keys are found at once; disabled and
 * destroyed ones are not; a row re-pointed at another key is E_TAMPERED (control: untouched rows
 * resolve); migration 12 marks a store holding BLS keys for the backfill, which indexes them at
 * first use.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Instance } from '../../src/keystore/instance.js';
import { buildServices } from '../../src/api/services.js';
import type { Services } from '../../src/api/context.js';
import { utf8 } from '../../src/crypto/bytes.js';
import { getAlgorithm } from '../../src/crypto/algorithms.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { DIALECT_TYPES } from '../../src/store/driver.js';
import { ADMIN_URL, createDatabase, databaseUrl, dropDatabase, pgUnreachable } from '../helpers/pg.js';

const pgDown = await pgUnreachable();
const dir = mkdtempSync(join(tmpdir(), 'custos-blsidx-'));
const dbs: string[] = [];
after(async () => {
  rmSync(dir, { recursive: true, force: true });
  for (const db of dbs) await dropDatabase(ADMIN_URL, db);
});

async function open(engine: 'sqlite' | 'postgres'): Promise<{ inst: Instance; s: Services }> {
  let store: string | undefined;
  if (engine === 'postgres') {
    const name = `custos_blsidx_${randomBytes(6).toString('hex')}`;
    await createDatabase(ADMIN_URL, name);
    dbs.push(name);
    store = databaseUrl(ADMIN_URL, name);
  }
  const init = await Instance.init(
    { data: join(dir, `${engine}-${randomBytes(4).toString('hex')}`), ...(store ? { store } : {}) },
    { kind: 'passphrase', passphrase: utf8('bls index test'), argon2: { memoryKib: 8192, iterations: 1, parallelism: 1 } },
    'test',
  );
  return { inst: init.instance, s: buildServices(init.instance) };
}

/** Count the statements the store runs while `fn` does. */
async function statements(inst: Instance, fn: () => Promise<unknown>): Promise<number> {
  const d = inst.store.driver as unknown as Record<'get' | 'all' | 'run', (...a: unknown[]) => Promise<unknown>>;
  const orig = { get: d.get, all: d.all, run: d.run };
  let n = 0;
  for (const m of ['get', 'all', 'run'] as const)
    d[m] = (...a: unknown[]) => {
      n++;
      return orig[m].apply(d, a);
    };
  try {
    await fn();
  } finally {
    Object.assign(d, orig);
  }
  return n;
}

const pub = (k: { publicKey: string }) => `0x${k.publicKey}`;

for (const engine of ['sqlite', 'postgres'] as const) {
  describe(`BLS public-key index on ${engine}`, { skip: engine === 'postgres' && pgDown ? `no PostgreSQL answers (${pgDown})` : false }, () => {
    let inst: Instance;
    let s: Services;
    after(async () => inst?.close());

    test('create and import are found at once by public key; unknown keys, other algorithms and disabled or destroyed keys are not', async () => {
      ({ inst, s } = await open(engine));
      const a = await s.keys.create({ name: 'bls-a', algorithm: 'bls12-381' }, 'test');
      assert.equal((await s.keys.blsKey(pub(a)))?.name, 'bls-a', 'create-then-lookup, no reindex');
      const secret = getAlgorithm('bls12-381').generate();
      const b = await s.keys.importSecret({ name: 'bls-b', algorithm: 'bls12-381' }, secret, 'imported', 'test', {});
      assert.equal((await s.keys.blsKey(pub(b)))?.name, 'bls-b');
      assert.equal(await s.keys.blsKey(`0x${'ab'.repeat(48)}`), null);
      const secp = await s.keys.create({ name: 'secp-x', algorithm: 'secp256k1' }, 'test');
      assert.equal(await s.keys.blsKey(`0x${secp.publicKey}`), null);
      await s.keys.setEnabled('bls-a', false, 'test');
      assert.equal(await s.keys.blsKey(pub(a)), null, 'disabled');
      await s.keys.setEnabled('bls-a', true, 'test');
      assert.equal((await s.keys.blsKey(pub(a)))?.name, 'bls-a', 'enabled again');
      await inst.store.tx((repo) => s.keys.destroyIn(repo, 'bls-b', 'test'));
      assert.equal(await s.keys.blsKey(pub(b)), null, 'destroyed');
      assert.deepEqual(
        (await s.keys.blsKeys()).map((k) => k.key.name),
        ['bls-a'],
      );
    });

    test('a lookup and the listing run the same statements with 2 keys as with 40 (cost independent of key count)', async () => {
      const first = await s.keys.create({ name: 'bls-count-0', algorithm: 'bls12-381' }, 'test');
      const few = await statements(inst, () => s.keys.blsKey(pub(first)));
      const fewList = await statements(inst, () => s.keys.blsKeys());
      for (let i = 1; i < 40; i++) await s.keys.create({ name: `bls-count-${i}`, algorithm: 'bls12-381' }, 'test');
      const last = await s.keys.show('bls-count-39');
      assert.equal(await statements(inst, () => s.keys.blsKey(pub(first))), few);
      assert.equal(await statements(inst, () => s.keys.blsKey(pub(last))), few);
      assert.equal(await statements(inst, () => s.keys.blsKeys()), fewList);
      assert.ok(few <= 2, `one indexed read per lookup (${few})`);
    });

    test('attack: an index row re-pointed at another key is E_TAMPERED; a forged row too; untouched rows resolve (control)', async () => {
      const victim = await s.keys.create({ name: 'bls-victim', algorithm: 'bls12-381' }, 'test');
      const thief = await s.keys.create({ name: 'bls-thief', algorithm: 'bls12-381' }, 'test');
      assert.equal((await s.keys.blsKey(pub(victim)))?.name, 'bls-victim', 'control');
      assert.equal((await s.keys.blsKey(pub(thief)))?.name, 'bls-thief', 'control');
      // A database writer points the thief's public key at the victim's key (keeping the row's valid MAC).
      await inst.store.driver.run('UPDATE key_addresses SET key_id = ? WHERE address = ?', [victim.id, pub(thief)]);
      await assert.rejects(s.keys.blsKey(pub(thief)), (e: { code?: string }) => e.code === 'E_TAMPERED');
      await assert.rejects(s.keys.blsKeys(), (e: { code?: string }) => e.code === 'E_TAMPERED');
      await inst.store.driver.run('UPDATE key_addresses SET key_id = ? WHERE address = ?', [thief.id, pub(thief)]);
      assert.equal((await s.keys.blsKey(pub(thief)))?.name, 'bls-thief', 'restored row resolves');
      await inst.store.driver.run('INSERT INTO key_addresses (address, key_id, version, mac) VALUES (?, ?, 1, ?)', [
        `0x${'cd'.repeat(48)}`,
        victim.id,
        'ab'.repeat(32),
      ]);
      await assert.rejects(s.keys.blsKey(`0x${'cd'.repeat(48)}`), (e: { code?: string }) => e.code === 'E_TAMPERED');
      await inst.store.driver.run('DELETE FROM key_addresses WHERE address = ?', [`0x${'cd'.repeat(48)}`]);
    });

    test('migration 12 marks a store holding BLS keys for the backfill; the first lookup indexes them (and a store without the mark is not rebuilt)', async () => {
      const k = await s.keys.create({ name: 'bls-old', algorithm: 'bls12-381' }, 'test');
      // The state before migration 12: BLS keys without index rows, the address index done.
      await inst.store.driver.run("DELETE FROM key_addresses WHERE key_id IN (SELECT id FROM keys WHERE algorithm = 'bls12-381')");
      await inst.store.driver.run("UPDATE meta SET value = 'done' WHERE name = 'address_index'");
      assert.equal(await buildServices(inst).keys.blsKey(pub(k)), null, 'control: no mark, no rebuild');
      const m12 = MIGRATIONS.find((m) => m.version === 12)!;
      await inst.store.driver.run(m12.sql(DIALECT_TYPES[inst.store.driver.dialect]));
      assert.equal(await inst.store.read.getMeta('address_index'), 'backfill');
      assert.equal((await buildServices(inst).keys.blsKey(pub(k)))?.name, 'bls-old');
      assert.equal(await inst.store.read.getMeta('address_index'), 'done');
    });
  });
}
