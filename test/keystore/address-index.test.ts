/**
 * The address index (migration 8, keystore/key-records.ts): `from` maps to a
 * key by one indexed, MAC-checked read. It follows create, import, rotate,
 * disable and destroy; a forged, re-pointed or replayed row points nowhere;
 * keys stored before the migration are indexed at first use.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Instance } from '../../src/keystore/instance.js';
import { buildServices } from '../../src/api/services.js';
import type { Services } from '../../src/api/context.js';
import { ethereumAddress } from '../../src/crypto/addresses.js';
import { fromHex, utf8 } from '../../src/crypto/bytes.js';
import { getAlgorithm } from '../../src/crypto/algorithms.js';

let dir: string;
let inst: Instance;
let s: Services;
const addressOf = (publicKeyHex: string) => ethereumAddress(fromHex(publicKeyHex));
const rows = (sql: string, params: (string | number)[] = []) => inst.store.driver.all<Record<string, unknown>>(sql, params);

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'custos-addr-'));
  const init = await Instance.init(
    { data: join(dir, 'data') },
    { kind: 'passphrase', passphrase: utf8('address index test'), argon2: { memoryKib: 8192, iterations: 1, parallelism: 1 } },
    'test',
  );
  inst = init.instance;
  s = buildServices(inst);
});
after(async () => {
  await inst.close();
  rmSync(dir, { recursive: true, force: true });
});

test('address index: created and imported secp256k1 keys are found by address (any case); other algorithms and unknown addresses are not', async () => {
  const a = await s.keys.create({ name: 'idx-a', algorithm: 'secp256k1' }, 'test');
  const secret = getAlgorithm('secp256k1').generate();
  const b = await s.keys.importSecret({ name: 'idx-b', algorithm: 'secp256k1' }, secret, 'imported', 'test', {});
  const w = await s.keys.importPublic(
    { name: 'idx-watch', algorithm: 'secp256k1' },
    getAlgorithm('secp256k1').publicKey(getAlgorithm('secp256k1').generate()),
    'test',
  );
  await s.keys.create({ name: 'idx-ed', algorithm: 'ed25519' }, 'test');
  assert.equal(await s.keys.nameForAddress(addressOf(a.publicKey)), 'idx-a');
  assert.equal(await s.keys.nameForAddress(addressOf(a.publicKey).toLowerCase()), 'idx-a');
  assert.equal(await s.keys.nameForAddress(addressOf(b.publicKey).toUpperCase().replace('0X', '0x')), 'idx-b');
  assert.equal(await s.keys.nameForAddress(addressOf(w.publicKey)), 'idx-watch');
  assert.equal(await s.keys.nameForAddress('0x' + '11'.repeat(20)), null);
  const ed = await rows("SELECT count(*) AS c FROM key_addresses a JOIN keys k ON k.id = a.key_id WHERE k.name = 'idx-ed'");
  assert.equal(Number(ed[0]!.c), 0);
});

test('address index: rotate moves the address to the new version (old address unknown); disable and destroy hide it; enable brings it back', async () => {
  const k = await s.keys.create({ name: 'idx-rot', algorithm: 'secp256k1' }, 'test');
  const old = addressOf(k.publicKey);
  const r = await s.keys.rotate('idx-rot', 'test');
  assert.equal(await s.keys.nameForAddress(old), null, 'the retired version no longer maps');
  assert.equal(await s.keys.nameForAddress(addressOf(r.publicKey)), 'idx-rot');
  await s.keys.setEnabled('idx-rot', false, 'test');
  assert.equal(await s.keys.nameForAddress(addressOf(r.publicKey)), null);
  await s.keys.setEnabled('idx-rot', true, 'test');
  assert.equal(await s.keys.nameForAddress(addressOf(r.publicKey)), 'idx-rot');
  await inst.store.tx((repo) => s.keys.destroyIn(repo, 'idx-rot', 'test'));
  assert.equal(await s.keys.nameForAddress(addressOf(r.publicKey)), null);
});

test('address index: a re-pointed, forged or replayed row points nowhere or is E_TAMPERED; the untouched row works (control)', async () => {
  const v = await s.keys.create({ name: 'idx-victim', algorithm: 'secp256k1' }, 'test');
  const t = await s.keys.create({ name: 'idx-thief', algorithm: 'secp256k1' }, 'test');
  const victim = addressOf(v.publicKey).toLowerCase();
  const thief = addressOf(t.publicKey).toLowerCase();
  assert.equal(await s.keys.nameForAddress(victim), 'idx-victim');
  // A database writer re-points the thief's address at the victim's key (keeping the valid MAC of another row).
  await inst.store.driver.run('UPDATE key_addresses SET key_id = ? WHERE address = ?', [v.id, thief]);
  await assert.rejects(s.keys.nameForAddress(thief), (e: { code?: string }) => e.code === 'E_TAMPERED');
  // A forged row with a made-up MAC.
  await inst.store.driver.run('INSERT INTO key_addresses (address, key_id, version, mac) VALUES (?, ?, 1, ?)', ['0x' + '22'.repeat(20), v.id, 'ab'.repeat(32)]);
  await assert.rejects(s.keys.nameForAddress('0x' + '22'.repeat(20)), (e: { code?: string }) => e.code === 'E_TAMPERED');
  // Replay: the row of version 1, put back after a rotation, has a valid MAC but names a retired version.
  const before = (await rows('SELECT * FROM key_addresses WHERE address = ?', [victim]))[0]!;
  await s.keys.rotate('idx-victim', 'test');
  await inst.store.driver.run('INSERT INTO key_addresses (address, key_id, version, mac) VALUES (?, ?, ?, ?)', [
    String(before.address),
    String(before.key_id),
    Number(before.version),
    String(before.mac),
  ]);
  assert.equal(await s.keys.nameForAddress(victim), null);
});

test('address index: keys stored before migration 8 are indexed once, at first use (backfill)', async () => {
  const k = await s.keys.create({ name: 'idx-old', algorithm: 'secp256k1' }, 'test');
  // The state migration 8 leaves on a store that already had keys: no rows, the backfill flag set.
  await inst.store.driver.run('DELETE FROM key_addresses');
  await inst.store.driver.run("INSERT INTO meta (name, value) VALUES ('address_index', 'backfill') ON CONFLICT (name) DO UPDATE SET value = 'backfill'");
  assert.equal(await buildServices(inst).keys.nameForAddress(addressOf(k.publicKey)), 'idx-old');
  assert.equal(await inst.store.read.getMeta('address_index'), 'done');
  const n = Number((await rows('SELECT count(*) AS c FROM key_addresses'))[0]!.c);
  const secp = Number((await rows("SELECT count(*) AS c FROM keys WHERE algorithm = 'secp256k1'"))[0]!.c);
  assert.equal(n, secp, 'every secp256k1 key indexed (destroyed ones too: state is checked at lookup)');
  // Without the flag nothing is rebuilt (control: a deleted row stays deleted).
  await inst.store.driver.run('DELETE FROM key_addresses');
  assert.equal(await buildServices(inst).keys.nameForAddress(addressOf(k.publicKey)), null);
});
