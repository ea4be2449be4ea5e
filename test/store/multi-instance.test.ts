/**
 * Several `custos serve` processes on one PostgreSQL database behave as one
 * service: a velocity limit hammered through two instances is never
 * exceeded, a delayed request with three instances executes once, concurrent
 * writes from three instances leave one audit chain, a policy change made
 * through one is in force on the others at once, and a sealed instance
 * refuses work while the others continue. With CUSTOS_TEST_PG_DELAY_MS set,
 * the instances reach PostgreSQL through bench/delay-proxy.ts (that many ms
 * each way: a database on another host, decision 0028).
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
import { ADMIN_URL, pgUnreachable, createDatabase, dropDatabase } from '../helpers/pg.js';
import { startDelayProxy, type DelayProxy } from '../../bench/delay-proxy.js';

const DELAY_MS = process.env.CUSTOS_TEST_PG_DELAY_MS === undefined ? undefined : Number(process.env.CUSTOS_TEST_PG_DELAY_MS);

const available = (await pgUnreachable()) === null;

describe('several instances on one PostgreSQL database', { skip: available ? false : 'no PostgreSQL answers at 127.0.0.1:5432' }, () => {
  let dir: string;
  let db: string;
  let store: string;
  let proxy: DelayProxy | undefined;
  let servers: ServerProcess[] = [];
  let admins: CustosClient[] = [];
  let bots: CustosClient[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'custos-multi-'));
    db = `custos_multi_${randomBytes(6).toString('hex')}`;
    await createDatabase(ADMIN_URL, db);
    store = `postgres://postgres@127.0.0.1:5432/${db}`;
    writeFileSync(join(dir, 'pw'), 'multi instance passphrase');
    const init = cli(['init', '--data', 'd', '--store', store, '--passphrase-file', 'pw', ...TEST_KDF, '--json'], dir);
    assert.equal(init.code, 0, init.stderr);
    const env = { CUSTOS_PASSPHRASE_FILE: join(dir, 'pw') };
    // Init (spawnSync: it would block an in-process proxy) goes direct; the instances through the proxy when asked.
    if (DELAY_MS !== undefined) {
      proxy = await startDelayProxy({ target: '127.0.0.1:5432', delayMs: DELAY_MS });
      store = `postgres://postgres@127.0.0.1:${proxy.port}/${db}`;
    }
    servers = await Promise.all([0, 1, 2].map(() => startServer(['--data', 'd', '--store', store], dir, env)));
    const cred = readCredentialFile(join(dir, 'd', 'admin.credential.json'));
    admins = servers.map((s) => new CustosClient({ url: s.url, credential: cred }));
    const { privateKey, publicKeyHex } = generateCredentialKey();
    await admins[0]!.call('principal.create', { name: 'bot', role: 'agent', publicKey: publicKeyHex });
    writeCredentialFile(join(dir, 'bot.json'), { principal: 'bot', role: 'agent', privateKey });
    const botCred = readCredentialFile(join(dir, 'bot.json'));
    bots = servers.map((s) => new CustosClient({ url: s.url, credential: botCred }));
    await admins[1]!.call('key.create', { name: 'k', type: 'ed25519', allowRaw: true });
  });

  after(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await proxy?.close();
    await dropDatabase(ADMIN_URL, db).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  test('a policy set through one instance is in force on the others at once', async () => {
    await admins[2]!.call('policy.set', {
      source: 'rules:\n  - name: five-an-hour\n    effect: allow\n    when: principal.name == "bot" && velocity.key.count1h < 5\n',
    });
    for (const a of admins) assert.equal((await a.call('policy.show', {})).version, 1);
  });

  test('a velocity limit of 5/hour hammered through two instances is never exceeded', async () => {
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, i) => bots[i % 2]!.call('sign', { key: 'k', message: (i + 1).toString(16).padStart(2, '0') })),
    );
    const signed = results.filter((r) => r.status === 'signed').length;
    assert.equal(signed, 5, results.map((r) => r.status).join(','));
  });

  test('a delayed request with three instances executes exactly once', async () => {
    await admins[0]!.call('key.create', { name: 'later', type: 'ed25519', allowRaw: true });
    await admins[0]!.call('policy.set', { source: 'rules:\n  - name: later\n    effect: allow\n    when: key.name == "later"\n    delay: 2s\n' });
    const r = await bots[0]!.call('sign', { key: 'later', message: '0a' });
    assert.equal(r.status, 'approved');
    await sleep(3500);
    const final = await bots[2]!.call('request.show', { id: r.id });
    assert.equal(final.status, 'signed');
    const trail: string = await admins[1]!.call('audit.export', {});
    const signs = trail.split('\n').filter((l) => l.includes('"key.sign"') && l.includes(r.id));
    assert.equal(signs.length, 1, 'one signature');
    const executes = trail.split('\n').filter((l) => l.includes('"request.execute"') && l.includes(r.id));
    assert.equal(executes.length, 1, 'one execution');
  });

  test('delayed requests reserve their exposure: 24 concurrent delayed requests through three instances against 3/hour: exactly 3 allowed, all 3 sign', async () => {
    await admins[0]!.call('key.create', { name: 'capped', type: 'ed25519', allowRaw: true });
    await admins[0]!.call('policy.set', {
      source:
        'rules:\n  - name: cap\n    effect: deny\n    when: key.name == "capped" && velocity.key.count1h >= 3\n  - name: delayed\n    effect: allow\n    when: key.name == "capped"\n    delay: 1s\n',
    });
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, i) => bots[i % 3]!.call('sign', { key: 'capped', message: (i + 1).toString(16).padStart(2, '0') })),
    );
    const allowed = results.filter((r) => r.status === 'approved');
    assert.equal(allowed.length, 3, results.map((r) => r.status).join(','));
    assert.equal(results.filter((r) => r.status === 'denied').length, 21);
    await sleep(2500);
    for (const r of allowed) assert.equal((await bots[0]!.call('request.show', { id: r.id })).status, 'signed');
  });

  test('concurrent writes through three instances leave one audit chain', async () => {
    await admins[0]!.call('policy.set', { source: 'rules:\n  - name: all\n    effect: allow\n' });
    await Promise.all(Array.from({ length: 30 }, (_, i) => bots[i % 3]!.call('sign', { key: 'k', message: `b${(i % 10).toString()}` })));
    for (const a of admins) {
      const v = await a.call('audit.verify', {});
      assert.equal(v.ok, true);
    }
  });

  test('a sealed instance refuses work while the others continue', async () => {
    const sealed = await startServer(['--data', 'd', '--store', store], dir); // no unseal material
    try {
      const health = await fetch(`${sealed.url}/v1/sys/health`).then((x) => x.json() as Promise<{ sealed: boolean }>);
      assert.equal(health.sealed, true);
      const cred = readCredentialFile(join(dir, 'bot.json'));
      await assert.rejects(
        new CustosClient({ url: sealed.url, credential: cred }).call('sign', { key: 'k', message: '01' }),
        (e: any) => e.code === 'E_SEALED',
      );
      assert.equal((await bots[0]!.call('sign', { key: 'k', message: '02' })).status, 'signed');
    } finally {
      await sealed.stop();
    }
  });
});
