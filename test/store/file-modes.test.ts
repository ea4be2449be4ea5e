/**
 * The SQLite store's files are its owner's only: the database and the -wal
 * and -shm files SQLite keeps beside it while a server runs are 0600, for an
 * external store (`--store sqlite:PATH`) and the default DATA/custos.db,
 * whatever the umask (the test runs under umask 000, where a plain create
 * gives 0666). A database an older custos left 0644 is tightened at the next
 * open. Through the built CLI and real `custos serve` processes.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, startServer } from '../helpers/process.js';
import { TEST_KDF } from '../helpers/cli.js';

const mode = (f: string) => statSync(f).mode & 0o777;
const modes = (db: string) =>
  Object.fromEntries(
    ['', '-wal', '-shm'].map((s) => [`${db}${s}`.slice(db.length) || 'db', existsSync(`${db}${s}`) ? mode(`${db}${s}`).toString(8) : 'missing']),
  );
const PRIVATE = { db: '600', '-wal': '600', '-shm': '600' };

describe('SQLite store files are 0600 (umask 000)', () => {
  let dir: string;
  let umask: number;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'custos-modes-'));
    umask = process.umask(0o000); // children inherit it: the worst case for files created with the default mode
    writeFileSync(join(dir, 'pw'), 'file modes test passphrase', { mode: 0o600 });
  });
  after(() => {
    process.umask(umask);
    rmSync(dir, { recursive: true, force: true });
  });

  test('control: under this umask a file created without an explicit mode is world-writable', () => {
    writeFileSync(join(dir, 'plain'), 'x');
    assert.equal(mode(join(dir, 'plain')).toString(8), '666');
  });

  test('--store sqlite:PATH: init, then serve: the database, -wal and -shm are 0600', async () => {
    const db = join(dir, 'external.db');
    const env = { CUSTOS_PASSPHRASE_FILE: join(dir, 'pw') };
    const init = cli(['init', '--data', 'ext-data', '--store', `sqlite:${db}`, '--passphrase-file', 'pw', ...TEST_KDF], dir, env);
    assert.equal(init.code, 0, init.stderr);
    assert.equal(mode(db).toString(8), '600', 'after init (the -wal and -shm go when the last connection closes)');
    const srv = await startServer(['--data', 'ext-data', '--store', `sqlite:${db}`], dir, env);
    try {
      assert.deepEqual(modes(db), PRIVATE);
    } finally {
      await srv.stop();
    }
  });

  test('the default data directory (serve --dev): DATA/custos.db, -wal and -shm are 0600', async () => {
    const srv = await startServer(['--dev', '--data', 'dev-data'], dir);
    try {
      assert.deepEqual(modes(join(dir, 'dev-data', 'custos.db')), PRIVATE);
      assert.equal(mode(join(dir, 'dev-data')).toString(8), '700');
    } finally {
      await srv.stop();
    }
  });

  test('a database left 0644 (and its -wal) by an older custos is tightened to 0600 at the next start', async () => {
    const db = join(dir, 'old.db');
    const env = { CUSTOS_PASSPHRASE_FILE: join(dir, 'pw') };
    assert.equal(cli(['init', '--data', 'old-data', '--store', `sqlite:${db}`, '--passphrase-file', 'pw', ...TEST_KDF], dir, env).code, 0);
    chmodSync(db, 0o644);
    writeFileSync(`${db}-wal`, '', { mode: 0o644 }); // an empty WAL, as a crash could leave it
    chmodSync(`${db}-wal`, 0o644);
    assert.deepEqual(modes(db), { db: '644', '-wal': '644', '-shm': 'missing' });
    const srv = await startServer(['--data', 'old-data', '--store', `sqlite:${db}`], dir, env);
    try {
      assert.deepEqual(modes(db), PRIVATE);
      assert.match(srv.log(), /listening on .*\(unsealed\)/);
    } finally {
      await srv.stop();
    }
  });
});
