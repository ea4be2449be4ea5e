/**
 * End to end on PostgreSQL: a whole custos instance (init, keys, policy-checked
 * signing, audit trail) on a fresh database, closed, reopened, unsealed and
 * used again. The database is created with a random name and dropped after.
 * Skipped with the reason when no PostgreSQL answers at the test URL.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { Instance } from '../../src/keystore/instance.js';
import { buildServices } from '../../src/api/services.js';
import { auditActor, localActor } from '../../src/access/actor.js';
import { verifyStoredTrail } from '../../src/audit/trail.js';
import { redactUrl } from '../../src/store/postgres.js';
import { MIGRATIONS } from '../../src/store/migrations.js';
import { ADMIN_URL, pgUnreachable, createDatabase, dropDatabase, databaseUrl } from '../helpers/pg.js';

const unreachable = await pgUnreachable();
const PASSPHRASE = 'correct horse battery staple (pg)';
const passphrase = () => new TextEncoder().encode(PASSPHRASE); // custos zeroes what it is given
const ARGON2 = { memoryKib: 8192, iterations: 1, parallelism: 1 };

if (unreachable) {
  test.skip(`custos on PostgreSQL end to end: no PostgreSQL answers at ${redactUrl(ADMIN_URL)} (${unreachable})`, () => undefined);
} else {
  const dbName = `custos_e2e_${randomBytes(6).toString('hex')}`;
  const data = mkdtempSync(join(tmpdir(), 'custos-pg-e2e-'));
  let opened: Instance[] = [];
  after(async () => {
    for (const i of opened) await i.close({ quiet: true }).catch(() => undefined);
    await dropDatabase(ADMIN_URL, dbName);
    rmSync(data, { recursive: true, force: true });
  });

  test('a custos instance on PostgreSQL: init, create a key, sign, audit; close, reopen, unseal, sign again', async () => {
    await createDatabase(ADMIN_URL, dbName);
    const store = databaseUrl(ADMIN_URL, dbName);
    const actor = localActor();
    const message = Buffer.from('custos on postgres').toString('hex');

    // ---- first life ----------------------------------------------------------
    const { instance, instanceId, seal } = await Instance.init({ data, store }, { kind: 'passphrase', passphrase: passphrase(), argon2: ARGON2 }, 'test');
    opened.push(instance);
    assert.equal(seal, 'passphrase');
    assert.equal(instance.sealed, false);
    assert.equal(instance.store.driver.dialect, 'postgres');
    assert.equal(instance.location, store);
    assert.deepEqual(readdirSync(data), [], 'nothing is written to the data directory');

    const s1 = buildServices(instance);
    const key = await s1.keys.create({ name: 'pg-signer', algorithm: 'ed25519', allowRaw: true, tags: { env: 'test' } }, auditActor(actor));
    assert.equal(key.name, 'pg-signer');
    const signed = await s1.requests.submitSign(actor, { key: 'pg-signer', message, note: 'first life', idempotencyKey: 'pg-1' });
    assert.equal(signed.status, 'signed', JSON.stringify(signed));
    assert.equal(signed.rule, 'local-operators');
    assert.ok(signed.signature);
    const check = await s1.keys.verify('pg-signer', { message: Buffer.from(message, 'hex') }, Buffer.from(signed.signature!, 'hex'), {});
    assert.equal(check.valid, true);
    // The same idempotency key answers the stored request, not a second signature.
    const again = await s1.requests.submitSign(actor, { key: 'pg-signer', message, note: 'first life', idempotencyKey: 'pg-1' });
    assert.equal(again.id, signed.id);

    const trail1 = await verifyStoredTrail(instance.store.read, instanceId, instance.auditPublicKey);
    assert.equal(trail1.ok, true, JSON.stringify(trail1));
    assert.ok(trail1.events >= 3, `events: ${trail1.events}`);
    const actions = (await instance.store.read.listEvents(0, 1000)).map((e) => e.action);
    assert.equal(actions[0], 'instance.init');

    await assert.rejects(
      Instance.init({ data, store }, { kind: 'passphrase', passphrase: passphrase(), argon2: ARGON2 }, 'test'),
      (e: any) => e.code === 'E_ALREADY_INITIALIZED',
    );

    await instance.close(); // signs a checkpoint, seals, closes the pool
    opened = [];

    // ---- second life -----------------------------------------------------------
    const reopened = await Instance.open({ data, store });
    opened.push(reopened);
    assert.equal(reopened.instanceId, instanceId);
    assert.equal(reopened.sealed, true);
    const sealedServices = buildServices(reopened);
    await assert.rejects(sealedServices.requests.submitSign(actor, { key: 'pg-signer', message }), (e: any) => e.code === 'E_SEALED');
    await assert.rejects(reopened.unseal({ passphrase: new TextEncoder().encode('wrong') }, 'test'), (e: any) => e.code === 'E_BAD_PASSPHRASE');
    await reopened.unseal({ passphrase: passphrase() }, 'test');
    assert.equal(reopened.sealed, false);

    const s2 = buildServices(reopened);
    assert.deepEqual(
      (await s2.keys.list()).map((k) => k.name),
      ['pg-signer'],
    );
    const second = await s2.requests.submitSign(actor, { key: 'pg-signer', message, note: 'second life' });
    assert.equal(second.status, 'signed', JSON.stringify(second));
    assert.notEqual(second.id, signed.id);
    assert.equal(second.publicKey, signed.publicKey);
    assert.equal((await s2.keys.verify('pg-signer', { message: Buffer.from(message, 'hex') }, Buffer.from(second.signature!, 'hex'), {})).valid, true);

    const trail2 = await verifyStoredTrail(reopened.store.read, instanceId, reopened.auditPublicKey);
    assert.equal(trail2.ok, true, JSON.stringify(trail2));
    assert.ok(trail2.events > trail1.events);
    assert.ok(trail2.checkpoints >= 1, 'the checkpoint signed at close is on the trail');
    const actions2 = (await reopened.store.read.listEvents(0, 1000)).map((e) => e.action);
    assert.ok(actions2.includes('seal.unseal_failed'), actions2.join(','));
    const schema = await reopened.store.driver.all<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
    assert.deepEqual(
      schema.map((r) => r.version),
      MIGRATIONS.map((m) => m.version),
    );

    await reopened.close();
    opened = [];
  });
}
