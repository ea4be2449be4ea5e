/**
 * Decision 0028's fine locks on PostgreSQL. Driver level: a fine lock blocks
 * the same lock of another instance until commit and no other; an exclusive
 * transaction waits for fine ones; locks out of order are refused; the
 * audit head read under its lock sees the previous holder's commit. End to
 * end: two `custos serve` processes whose every PostgreSQL round trip
 * crosses bench/delay-proxy.ts (1 ms each way, a database on another host)
 * race a key's velocity cap, a principal's cap across two keys, and audit
 * appends from two principals on two keys: the caps hold exactly and the
 * audit chain verifies.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { cli, startServer, type ServerProcess } from '../helpers/process.js';
import { TEST_KDF } from '../helpers/cli.js';
import { CustosClient } from '../../src/client/client.js';
import { readCredentialFile, generateCredentialKey, writeCredentialFile } from '../../src/auth/credential.js';
import { PgDriver } from '../../src/store/postgres.js';
import type { SqlExecutor } from '../../src/store/driver.js';
import { migrate } from '../../src/store/migrations.js';
import { ADMIN_URL, pgUnreachable, createDatabase, dropDatabase, databaseUrl } from '../helpers/pg.js';
import { startDelayProxy, throughProxy, type DelayProxy } from '../../bench/delay-proxy.js';
import { finishedFirst } from '../helpers/pg-race.js';

const available = (await pgUnreachable()) === null;
const skip = available ? false : 'no PostgreSQL answers at 127.0.0.1:5432';

describe('fine locks: the driver', { skip }, () => {
  let db: string;
  let a: PgDriver;
  let b: PgDriver;

  before(async () => {
    db = `custos_fine_${randomBytes(6).toString('hex')}`;
    await createDatabase(ADMIN_URL, db);
    a = new PgDriver(databaseUrl(ADMIN_URL, db));
    b = new PgDriver(databaseUrl(ADMIN_URL, db));
    await migrate(a);
  });

  after(async () => {
    await a.close();
    await b.close();
    await dropDatabase(ADMIN_URL, db).catch(() => undefined);
  });

  /** `first` in a fine transaction of driver a holding on; `second` (driver b) meanwhile: did b finish first? */
  const race = async (first: (x: SqlExecutor) => Promise<void>, second: () => Promise<unknown>) => ({ bFirst: await finishedFirst(a, first, second) });

  test('the same key lock waits for the holder; another key does not', async () => {
    const same = await race(
      async (x) => void (await x.lock!('key', ['k1'])),
      () => b.transaction((x) => x.lock!('key', ['k1']), { fine: true }),
    );
    assert.equal(same.bFirst, false, 'the second holder of k1 waited for the first');
    const other = await race(
      async (x) => void (await x.lock!('key', ['k1'])),
      () => b.transaction((x) => x.lock!('key', ['k2']), { fine: true }),
    );
    assert.equal(other.bFirst, true, 'k2 did not wait for k1');
    const sameNameOtherScope = await race(
      async (x) => void (await x.lock!('key', ['p'])),
      () => b.transaction((x) => x.lock!('principal', ['p']), { fine: true }),
    );
    assert.equal(sameNameOtherScope.bFirst, true, 'principal p and key p are different locks');
  });

  test('an exclusive transaction waits for a fine one; a fine one beside another fine one does not', async () => {
    const excl = await race(
      async () => undefined,
      () => b.transaction((x) => x.get('SELECT 1 AS one')),
    );
    assert.equal(excl.bFirst, false);
    const fine = await race(
      async () => undefined,
      () => b.transaction((x) => x.get('SELECT 1 AS one'), { fine: true }),
    );
    assert.equal(fine.bFirst, true);
  });

  test('locks out of order are refused (E_INTERNAL) and the transaction rolls back; re-taking a held lock is a no-op', async () => {
    await assert.rejects(
      a.transaction(
        async (x) => {
          await x.run("INSERT INTO meta (name, value) VALUES ('fine-order', 'x')");
          await x.lock!('key', ['k']);
          await x.lock!('key', ['k']); // held: nothing to take
          await x.lock!('principal', ['p']);
        },
        { fine: true },
      ),
      (e: { code?: string; message?: string }) => e.code === 'E_INTERNAL' && /lock order/.test(e.message ?? ''),
    );
    assert.equal(await a.get("SELECT value FROM meta WHERE name = 'fine-order'"), undefined);
    // In order, several at once and then a higher scope: fine.
    await a.transaction(
      async (x) => {
        await x.lock!('principal', ['p2', 'p1']);
        await x.lock!('key', ['k']);
        await x.lock!('validator', ['v']);
        await x.lock!('audit', ['head']);
      },
      { fine: true },
    );
  });

  test('the statement after a lock sees what its previous holder committed', async () => {
    await a.run("INSERT INTO meta (name, value) VALUES ('fine-counter', '0')");
    const bump = (d: PgDriver) =>
      d.transaction(
        async (x) => {
          const [row] = await x.lock!<{ value: string }>('audit', ['head'], "SELECT value FROM meta WHERE name = 'fine-counter'");
          await sleep(5);
          await x.run("UPDATE meta SET value = ? WHERE name = 'fine-counter'", [String(Number(row!.value) + 1)]);
        },
        { fine: true },
      );
    await Promise.all(Array.from({ length: 20 }, (_, i) => bump(i % 2 ? a : b)));
    assert.deepEqual(await a.get("SELECT value FROM meta WHERE name = 'fine-counter'"), { value: '20' });
  });
});

describe('fine locks: two instances through a 1 ms delay proxy', { skip }, () => {
  let dir: string;
  let db: string;
  let proxy: DelayProxy;
  let servers: ServerProcess[] = [];
  let admin: CustosClient;
  const agents: Record<string, CustosClient[]> = {};

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'custos-fine-'));
    db = `custos_fine_${randomBytes(6).toString('hex')}`;
    await createDatabase(ADMIN_URL, db);
    proxy = await startDelayProxy({ target: '127.0.0.1:5432', delayMs: 1 });
    const store = throughProxy(databaseUrl(ADMIN_URL, db), proxy);
    writeFileSync(join(dir, 'pw'), 'fine locks passphrase');
    // Init directly: spawnSync blocks this process, and with it the proxy.
    const init = cli(['init', '--data', 'd', '--store', databaseUrl(ADMIN_URL, db), '--passphrase-file', 'pw', ...TEST_KDF, '--json'], dir);
    assert.equal(init.code, 0, init.stderr);
    const env = { CUSTOS_PASSPHRASE_FILE: join(dir, 'pw') };
    servers = await Promise.all([0, 1].map(() => startServer(['--data', 'd', '--store', store], dir, env)));
    admin = new CustosClient({ url: servers[0]!.url, credential: readCredentialFile(join(dir, 'd', 'admin.credential.json')) });
    for (const name of ['bot', 'bot2', 'bot3', 'bot4']) {
      const { privateKey, publicKeyHex } = generateCredentialKey();
      await admin.call('principal.create', { name, role: 'agent', publicKey: publicKeyHex });
      writeCredentialFile(join(dir, `${name}.json`), { principal: name, role: 'agent', privateKey });
      agents[name] = servers.map((s) => new CustosClient({ url: s.url, credential: readCredentialFile(join(dir, `${name}.json`)) }));
    }
    for (const k of ['k1', 'k2', 'k3', 'k4']) await admin.call('key.create', { name: k, type: 'secp256k1', allowRaw: true });
    await admin.call('policy.set', {
      source: [
        'rules:',
        '  - name: k1-six-an-hour',
        '    effect: allow',
        '    when: key.name == "k1" && velocity.key.count1h < 6',
        '  - name: k2-open',
        '    effect: allow',
        '    when: key.name == "k2" && principal.name == "bot2"',
        '  - name: bot3-four-an-hour',
        '    effect: allow',
        '    when: principal.name == "bot3" && velocity.principal.count1h < 4',
        '',
      ].join('\n'),
    });
  });

  after(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await proxy?.close();
    await dropDatabase(ADMIN_URL, db).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  const digest = () => randomBytes(32).toString('hex');

  test('a key velocity cap raced by two principals through both instances, beside audit appends for another key and principal: exactly the cap signs, the chain verifies', async () => {
    const before = proxy.connections();
    const [capped, other] = await Promise.all([
      // Two principals on the one key, so only the key's lock (not a principal's) keeps the cap.
      Promise.all(Array.from({ length: 24 }, (_, i) => agents[i % 2 ? 'bot4' : 'bot']![(i >> 1) % 2]!.call('sign', { key: 'k1', digest: digest() }))),
      Promise.all(Array.from({ length: 20 }, (_, i) => agents.bot2![i % 2]!.call('sign', { key: 'k2', digest: digest() }))),
    ]);
    assert.equal(capped.filter((r) => r.status === 'signed').length, 6, capped.map((r) => r.status).join(','));
    assert.equal(capped.filter((r) => r.status === 'denied').length, 18);
    assert.equal(other.filter((r) => r.status === 'signed').length, 20);
    assert.ok(proxy.connections() >= before && proxy.connections() > 0, 'the instances reach PostgreSQL through the proxy');
    for (const s of servers) {
      const v = await new CustosClient({ url: s.url, credential: readCredentialFile(join(dir, 'd', 'admin.credential.json')) }).call('audit.verify', {});
      assert.equal(v.ok, true, JSON.stringify(v));
    }
  });

  test('a principal velocity cap raced over two keys (two key locks) through both instances: exactly the cap signs', async () => {
    const results = await Promise.all(
      // k3 through one instance, k4 through the other: only the principal's lock (not a key's) keeps the cap.
      Array.from({ length: 16 }, (_, i) => agents.bot3![i % 2]!.call('sign', { key: i % 2 ? 'k4' : 'k3', digest: digest() })),
    );
    assert.equal(results.filter((r) => r.status === 'signed').length, 4, results.map((r) => r.status).join(','));
    const trail: string = await admin.call('audit.export', {});
    const signs = trail.split('\n').filter((l) => l.includes('"key.sign"'));
    assert.equal(signs.length, 6 + 20 + 4, 'one key.sign event per signature, none lost or doubled');
    const v = await admin.call('audit.verify', {});
    assert.equal(v.ok, true, JSON.stringify(v));
  });
});
