/**
 * custos store migrate: a populated SQLite instance copied to PostgreSQL;
 * afterwards the audit trail verifies there and every key signs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Sandbox } from '../helpers/cli.js';
import { ADMIN_URL, pgUnreachable, createDatabase, dropDatabase } from '../helpers/pg.js';

test(
  'store migrate: SQLite to PostgreSQL, then the audit verifies and every key signs',
  { skip: (await pgUnreachable()) === null ? false : 'no PostgreSQL answers at 127.0.0.1:5432' },
  async () => {
    const sb = new Sandbox();
    const db = `custos_migrate_${randomBytes(6).toString('hex')}`;
    await createDatabase(ADMIN_URL, db);
    const pg = `postgres://postgres@127.0.0.1:5432/${db}`;
    try {
      await sb.initPassphrase();
      const keys = [
        ['s', 'secp256k1'],
        ['e', 'ed25519'],
        ['b', 'bls12-381'],
        ['m', 'ml-dsa-65'],
      ] as const;
      for (const [name, type] of keys) await sb.ok('key', 'create', name, '--type', type, '--allow-raw');
      await sb.ok('key', 'rotate', 's');
      await sb.ok('wallet', 'create', 'w', '--no-show');
      const acct = await sb.ok('key', 'show', "w/m/44'/60'/0'/0/0");
      for (const [name] of keys) await sb.ok('sign', '--key', name, '--message', 'aa');
      const before = await sb.ok('audit', 'verify');

      const m = await sb.ok('store', 'migrate', '--from', `sqlite:${join(sb.data, 'custos.db')}`, '--to', pg);
      assert.ok(m.rows.audit_events >= before.events);
      assert.ok(!JSON.stringify(m).includes('postgres@'), 'no credentials in output');
      // A second migration into the same (now populated) target is refused.
      assert.equal((await sb.fails('store', 'migrate', '--from', `sqlite:${join(sb.data, 'custos.db')}`, '--to', pg)).error, 'E_ALREADY_INITIALIZED');

      const after = await sb.ok('audit', 'verify', '--store', pg);
      assert.equal(after.ok, true);
      assert.equal(after.headHash, before.headHash);
      for (const [name] of keys) {
        const r = await sb.ok('sign', '--key', name, '--message', 'bb', '--store', pg);
        assert.equal(r.status, 'signed');
        assert.equal((await sb.ok('verify', '--key', name, '--message', 'bb', '--signature', r.signature, '--store', pg)).valid, true);
      }
      assert.equal((await sb.ok('key', 'show', "w/m/44'/60'/0'/0/0", '--store', pg)).publicKey, acct.publicKey);
      assert.equal((await sb.ok('audit', 'verify', '--store', pg)).ok, true);
    } finally {
      sb.cleanup();
      await dropDatabase(ADMIN_URL, db);
    }
  },
);
