/**
 * Bulk import at the store (keystore/import-batch.ts, Keys.importSecrets):
 * a batch is ONE transaction and one commit on SQLite (the driver's
 * stats.transactions / stats.commits), single imports are one each (control);
 * a batch refused inside its transaction leaves no row of any table behind;
 * the keystore pool decrypts on several threads, answers in input order and
 * reports the earliest failing entry. The same batch runs on PostgreSQL when
 * one answers at 127.0.0.1:5432 (a throwaway database).
 */
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { Wallet, encryptKeystoreJsonSync } from 'ethers';
import { Instance } from '../../src/keystore/instance.js';
import { buildServices } from '../../src/api/services.js';
import { importBatch } from '../../src/keystore/import-batch.js';
import { decryptKeystores } from '../../src/keystore/keystore-pool.js';
import type { SqliteDriver } from '../../src/store/sqlite.js';
import { utf8 } from '../../src/crypto/bytes.js';
import { isCustosError } from '../../src/errors.js';
import { ADMIN_URL, createDatabase, databaseUrl, dropDatabase, pgUnreachable } from '../helpers/pg.js';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const dirs: string[] = [];
after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

async function instance(store?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'custos-batch-'));
  dirs.push(dir);
  const init = await Instance.init(
    { data: join(dir, 'data'), ...(store ? { store } : {}) },
    { kind: 'passphrase', passphrase: utf8('batch test passphrase'), argon2: { memoryKib: 8192, iterations: 1, parallelism: 1 } },
    'test',
  );
  return { inst: init.instance, s: buildServices(init.instance) };
}

const rawItems = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `${prefix}-${i}`, content: hex(secp256k1.utils.randomSecretKey()), source: `keys.jsonl:${i + 1}` }));

/** Rows of every table a key import writes. */
async function rows(inst: Instance): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ['keys', 'key_versions', 'data_keys', 'audit_events'])
    out[t] = Number((await inst.store.driver.get<{ c: number | string }>(`SELECT count(*) AS c FROM ${t}`))!.c);
  return out;
}

/** The same checks on either store. */
async function batchChecks(inst: Instance, s: ReturnType<typeof buildServices>) {
  const items = rawItems('b', 300);
  const r = await importBatch(s.keys, inst.store, { format: 'raw', items, allowRaw: true }, 'test');
  assert.equal(r.imported, 300);
  for (const [i, k] of r.keys.entries()) assert.equal(k.publicKey, hex(secp256k1.getPublicKey(Buffer.from(items[i]!.content, 'hex'), true)));
  const digest = randomBytes(32);
  const sig = await s.keys.sign('b-299', { digest }, {}, 'test');
  assert.ok(secp256k1.verify(Buffer.from(sig.signature, 'hex').subarray(0, 64), digest, Buffer.from(r.keys[299]!.publicKey, 'hex'), { prehash: false }));

  // Refused inside the transaction (a name already stored, past the early check): no row of any table is left.
  const before = await rows(inst);
  const entries = ['fresh-1', 'b-3'].map((name) => ({
    spec: { name, algorithm: 'secp256k1' },
    secret: secp256k1.utils.randomSecretKey(),
    source: `${name}.hex`,
  }));
  await assert.rejects(
    s.keys.importSecrets(entries, 'test', { format: 'raw' }),
    (e) => isCustosError(e) && e.code === 'E_NAME_TAKEN' && /b-3\.hex: a key named "b-3" already exists; nothing was imported/.test(e.message),
  );
  assert.deepEqual(await rows(inst), before);
  // Control: without the taken name the same call writes both tables' rows.
  const ok = await s.keys.importSecrets(entries.slice(0, 1), 'test', { format: 'raw' });
  assert.equal(ok.length, 1);
  const afterOk = await rows(inst);
  assert.equal(afterOk.keys, before.keys! + 1);
  assert.equal(afterOk.data_keys, before.data_keys! + 1);
  assert.equal(afterOk.audit_events, before.audit_events! + 1);
}

describe('SQLite', () => {
  test('a batch of 300 keys is one transaction and one commit; three single imports are three (control); refusals leave nothing', async () => {
    const { inst, s } = await instance();
    try {
      const d = inst.store.driver as SqliteDriver;
      const t0 = { ...d.stats };
      await importBatch(s.keys, inst.store, { format: 'raw', items: rawItems('one', 300) }, 'test');
      assert.equal(d.stats.transactions - t0.transactions, 1, 'one transaction for the batch');
      assert.equal(d.stats.commits - t0.commits, 1, 'one durable commit for the batch');
      const t1 = { ...d.stats };
      for (const it of rawItems('single', 3))
        await s.keys.importSecret({ name: it.name, algorithm: 'secp256k1' }, Buffer.from(it.content, 'hex'), 'imported', 'test', {});
      assert.equal(d.stats.transactions - t1.transactions, 3);
      assert.equal(d.stats.commits - t1.commits, 3);
      await batchChecks(inst, s);
    } finally {
      await inst.close();
    }
  });
});

const pgDown = await pgUnreachable();
describe('PostgreSQL', { skip: pgDown === null ? false : `no PostgreSQL at 127.0.0.1:5432 (${pgDown})` }, () => {
  test('the same batch imports, signs, and a refused batch leaves no row', async () => {
    const db = `custos_batch_${randomBytes(6).toString('hex')}`;
    await createDatabase(ADMIN_URL, db);
    try {
      const { inst, s } = await instance(databaseUrl(ADMIN_URL, db));
      try {
        await batchChecks(inst, s);
      } finally {
        await inst.close();
      }
    } finally {
      await dropDatabase(ADMIN_URL, db).catch(() => undefined);
    }
  });
});

describe('keystore pool (worker threads)', () => {
  test('secrets in input order over 2 threads; the earliest failing entry is reported, by source, and nothing returned', async () => {
    const wallets = Array.from({ length: 6 }, () => Wallet.createRandom());
    const jobs = wallets.map((w, i) => ({
      content: encryptKeystoreJsonSync({ address: w.address, privateKey: w.privateKey }, `pw-${i}`, { scrypt: { N: 1024 } }),
      password: `pw-${i}`,
      source: `f${i}.json`,
    }));
    const seen: number[] = [];
    const secrets = await decryptKeystores('keystore-v3', jobs, { threads: 2, onProgress: (done) => seen.push(done) });
    assert.deepEqual(
      secrets.map((x) => `0x${hex(x)}`),
      wallets.map((w) => w.privateKey),
    );
    assert.deepEqual(seen, [1, 2, 3, 4, 5, 6]);
    const bad = jobs.map((j, i) => (i === 2 || i === 4 ? { ...j, password: 'wrong' } : j));
    await assert.rejects(
      decryptKeystores('keystore-v3', bad, { threads: 2 }),
      (e) => isCustosError(e) && e.code === 'E_BAD_KEYSTORE_PASSWORD' && e.message.startsWith('f2.json: ') && e.details?.source === 'f2.json',
    );
  });
});
