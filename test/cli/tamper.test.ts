/**
 * Storage is untrusted: edit the SQLite file behind custos's back and check
 * that every edit is an error naming the record (never wrong plaintext, never
 * a signature by the wrong key), and that audit edits are found.
 */
import { describe, test, beforeEach, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Sandbox } from '../helpers/cli.js';

function withDb<T>(sb: Sandbox, fn: (db: Database.Database) => T): T {
  const db = new Database(join(sb.data, 'custos.db'));
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

const keyId = (db: Database.Database, name: string) => (db.prepare('SELECT id FROM keys WHERE name = ?').get(name) as { id: string }).id;

describe('tampered database rows', () => {
  let sb: Sandbox;
  beforeEach(async () => {
    sb = new Sandbox();
    await sb.initPassphrase();
    await sb.ok('key', 'create', 'a', '--type', 'secp256k1', '--allow-raw');
    await sb.ok('key', 'create', 'b', '--type', 'secp256k1', '--allow-raw');
    await sb.ok('key', 'create', 'x', '--type', 'secp256k1', '--allow-raw', '--exportable');
    await sb.ok('key', 'create', 'n', '--type', 'secp256k1', '--allow-raw');
  });
  afterEach(() => sb.cleanup());

  test('edited ciphertext', async () => {
    withDb(sb, (db) => {
      const id = keyId(db, 'a');
      const row = db.prepare('SELECT ciphertext FROM key_versions WHERE key_id = ?').get(id) as { ciphertext: Buffer };
      row.ciphertext[20]! ^= 0x01;
      db.prepare('UPDATE key_versions SET ciphertext = ? WHERE key_id = ?').run(row.ciphertext, id);
    });
    const r = await sb.fails('sign', '--key', 'a', '--message', '01');
    assert.equal(r.error, 'E_TAMPERED');
    assert.match(r.message, /key\/a v1/);
    await sb.ok('sign', '--key', 'b', '--message', '01');
  });

  test('truncated ciphertext', async () => {
    withDb(sb, (db) => {
      const id = keyId(db, 'a');
      const row = db.prepare('SELECT ciphertext FROM key_versions WHERE key_id = ?').get(id) as { ciphertext: Buffer };
      db.prepare('UPDATE key_versions SET ciphertext = ? WHERE key_id = ?').run(row.ciphertext.subarray(0, 20), id);
    });
    assert.equal((await sb.fails('sign', '--key', 'a', '--message', '01')).error, 'E_TAMPERED');
  });

  test('ciphertexts swapped between two keys', async () => {
    withDb(sb, (db) => {
      const [ia, ib] = [keyId(db, 'a'), keyId(db, 'b')];
      const ca = (db.prepare('SELECT ciphertext FROM key_versions WHERE key_id = ?').get(ia) as { ciphertext: Buffer }).ciphertext;
      const cb = (db.prepare('SELECT ciphertext FROM key_versions WHERE key_id = ?').get(ib) as { ciphertext: Buffer }).ciphertext;
      db.prepare('UPDATE key_versions SET ciphertext = ? WHERE key_id = ?').run(cb, ia);
      db.prepare('UPDATE key_versions SET ciphertext = ? WHERE key_id = ?').run(ca, ib);
    });
    assert.equal((await sb.fails('sign', '--key', 'a', '--message', '01')).error, 'E_TAMPERED');
    assert.equal((await sb.fails('sign', '--key', 'b', '--message', '01')).error, 'E_TAMPERED');
  });

  test('data keys swapped between two keys', async () => {
    withDb(sb, (db) => {
      const da = (db.prepare('SELECT data_key_id FROM keys WHERE name = ?').get('a') as { data_key_id: string }).data_key_id;
      const dbk = (db.prepare('SELECT data_key_id FROM keys WHERE name = ?').get('b') as { data_key_id: string }).data_key_id;
      db.prepare('UPDATE keys SET data_key_id = ? WHERE name = ?').run(dbk, 'a');
      db.prepare('UPDATE keys SET data_key_id = ? WHERE name = ?').run(da, 'b');
    });
    assert.equal((await sb.fails('sign', '--key', 'a', '--message', '01')).error, 'E_TAMPERED');
  });

  test('wrapped data key edited', async () => {
    withDb(sb, (db) => {
      const dk = (db.prepare('SELECT data_key_id FROM keys WHERE name = ?').get('a') as { data_key_id: string }).data_key_id;
      const w = (db.prepare('SELECT wrapped FROM data_keys WHERE id = ?').get(dk) as { wrapped: Buffer }).wrapped;
      w[w.length - 1]! ^= 0x80;
      db.prepare('UPDATE data_keys SET wrapped = ? WHERE id = ?').run(w, dk);
    });
    const r = await sb.fails('sign', '--key', 'a', '--message', '01');
    assert.equal(r.error, 'E_TAMPERED');
    assert.match(r.message, /key\/a/);
  });

  test('public keys swapped: custos refuses to sign under the wrong identity', async () => {
    withDb(sb, (db) => {
      const [ia, ib] = [keyId(db, 'a'), keyId(db, 'b')];
      const pa = (db.prepare('SELECT public_key FROM key_versions WHERE key_id = ?').get(ia) as { public_key: Buffer }).public_key;
      const pb = (db.prepare('SELECT public_key FROM key_versions WHERE key_id = ?').get(ib) as { public_key: Buffer }).public_key;
      db.prepare('UPDATE key_versions SET public_key = ? WHERE key_id = ?').run(pb, ia);
      db.prepare('UPDATE key_versions SET public_key = ? WHERE key_id = ?').run(pa, ib);
    });
    const r = await sb.fails('sign', '--key', 'a', '--message', '01');
    assert.equal(r.error, 'E_TAMPERED');
    assert.match(r.message, /public key/);
  });

  test('exportable flag flipped on a non-exportable key: export refused as tampering', async () => {
    withDb(sb, (db) => db.prepare('UPDATE keys SET exportable = 1 WHERE name = ?').run('n'));
    assert.equal((await sb.fails('key', 'export', 'n', '--format', 'raw')).error, 'E_TAMPERED');
    await sb.ok('key', 'export', 'x', '--format', 'raw');
  });

  test('algorithm changed: refused', async () => {
    withDb(sb, (db) => db.prepare("UPDATE keys SET algorithm = 'ed25519' WHERE name = ?").run('a'));
    assert.equal((await sb.fails('sign', '--key', 'a', '--message', '01')).error, 'E_TAMPERED');
  });

  test('key names swapped in the store: refused, never a signature by the other key', async () => {
    withDb(sb, (db) => {
      db.prepare("UPDATE keys SET name = 'tmp' WHERE name = 'a'").run();
      db.prepare("UPDATE keys SET name = 'a' WHERE name = 'b'").run();
      db.prepare("UPDATE keys SET name = 'b' WHERE name = 'tmp'").run();
    });
    const r = await sb.fails('sign', '--key', 'a', '--message', '01');
    assert.equal(r.error, 'E_TAMPERED');
    assert.match(r.message, /key\/a/);
  });

  test('a retired version re-activated by lowering current_version: refused', async () => {
    await sb.ok('key', 'rotate', 'a');
    withDb(sb, (db) => db.prepare('UPDATE keys SET current_version = 1 WHERE name = ?').run('a'));
    assert.equal((await sb.fails('sign', '--key', 'a', '--message', '01')).error, 'E_TAMPERED');
  });

  test('a disabled key re-enabled, or its tags edited, in the store: refused', async () => {
    await sb.ok('key', 'disable', 'b');
    withDb(sb, (db) => db.prepare("UPDATE keys SET state = 'active' WHERE name = ?").run('b'));
    assert.equal((await sb.fails('sign', '--key', 'b', '--message', '01')).error, 'E_TAMPERED');
    withDb(sb, (db) => db.prepare(`UPDATE keys SET tags = '{"tier":"hot"}' WHERE name = ?`).run('x'));
    assert.equal((await sb.fails('sign', '--key', 'x', '--message', '01')).error, 'E_TAMPERED');
  });

  test('a replaced audit public key is caught at unseal', async () => {
    withDb(sb, (db) => {
      const meta = JSON.parse((db.prepare("SELECT value FROM meta WHERE name = 'audit_key'").get() as { value: string }).value);
      meta.publicKey = '11'.repeat(32);
      db.prepare("UPDATE meta SET value = ? WHERE name = 'audit_key'").run(JSON.stringify(meta));
    });
    const r = await sb.fails('sign', '--key', 'a', '--message', '01');
    assert.equal(r.error, 'E_TAMPERED');
    assert.match(r.message, /audit key/);
  });

  test('a destroyed key leaves no wrapped data key in the database file', async () => {
    const dk = withDb(sb, (db) => (db.prepare('SELECT data_key_id FROM keys WHERE name = ?').get('a') as { data_key_id: string }).data_key_id);
    const wrapped = withDb(sb, (db) => (db.prepare('SELECT wrapped FROM data_keys WHERE id = ?').get(dk) as { wrapped: Buffer }).wrapped);
    await sb.ok('key', 'destroy', 'a');
    const { readFileSync, existsSync } = await import('node:fs');
    const file = readFileSync(join(sb.data, 'custos.db'));
    assert.equal(file.indexOf(wrapped), -1, 'wrapped data key bytes are gone from custos.db');
    const wal = join(sb.data, 'custos.db-wal');
    if (existsSync(wal)) assert.equal(readFileSync(wal).indexOf(wrapped), -1, 'and from the WAL');
  });

  test('audit trail: an edited event is named; a deleted tail is caught by the signed checkpoint', async () => {
    withDb(sb, (db) => db.prepare("UPDATE audit_events SET subject = 'key/zzz' WHERE seq = 3").run());
    const r = await sb.fails('audit', 'verify');
    assert.equal(r.error, 'E_AUDIT_BROKEN');
    assert.equal(r.details.seq, 3);
    const sb2 = new Sandbox();
    try {
      await sb2.initPassphrase();
      await sb2.ok('key', 'create', 'k', '--type', 'ed25519', '--allow-raw');
      await sb2.ok('sign', '--key', 'k', '--message', '01');
      withDb(sb2, (db) => db.prepare('DELETE FROM audit_events WHERE seq = (SELECT MAX(seq) FROM audit_events)').run());
      const t = await sb2.fails('audit', 'verify');
      assert.equal(t.error, 'E_AUDIT_BROKEN');
      assert.match(t.message, /truncated/);
    } finally {
      sb2.cleanup();
    }
  });

  test('a forged checkpoint signature is refused', async () => {
    withDb(sb, (db) => db.prepare('UPDATE audit_checkpoints SET signature = ? WHERE seq = (SELECT MAX(seq) FROM audit_checkpoints)').run('00'.repeat(64)));
    assert.match((await sb.fails('audit', 'verify')).message, /signature/);
  });
});
