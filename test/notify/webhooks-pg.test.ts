/**
 * Two `custos serve` processes on one PostgreSQL database, both running the
 * delivery worker: every notification is delivered, and each delivery is
 * sent exactly once although both workers poll the same outbox (the claim is
 * a conditional UPDATE taking a lease; a repeat could only follow a crash or
 * an attempt outliving its lease, with the same delivery id).
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { cli, startServer, type ServerProcess } from '../helpers/process.js';
import { TEST_KDF } from '../helpers/cli.js';
import { CustosClient } from '../../src/client/client.js';
import { readCredentialFile, generateCredentialKey, writeCredentialFile } from '../../src/auth/credential.js';
import { ADMIN_URL, pgUnreachable, createDatabase, dropDatabase } from '../helpers/pg.js';
import { Receiver, until } from '../helpers/receiver.js';

const available = (await pgUnreachable()) === null;

describe('webhooks on PostgreSQL with two instances', { skip: available ? false : 'no PostgreSQL answers at 127.0.0.1:5432' }, () => {
  let dir: string;
  let db: string;
  let servers: ServerProcess[] = [];
  let admins: CustosClient[] = [];
  let bots: CustosClient[] = [];
  let rx: Receiver;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'custos-hooks-pg-'));
    db = `custos_hooks_${randomBytes(6).toString('hex')}`;
    await createDatabase(ADMIN_URL, db);
    const store = `postgres://postgres@127.0.0.1:5432/${db}`;
    writeFileSync(join(dir, 'pw'), 'webhooks pg passphrase');
    const init = cli(['init', '--data', 'd', '--store', store, '--passphrase-file', 'pw', ...TEST_KDF, '--json'], dir);
    assert.equal(init.code, 0, init.stderr);
    const env = { CUSTOS_PASSPHRASE_FILE: join(dir, 'pw') };
    servers = await Promise.all(
      [0, 1].map(() => startServer(['--data', 'd', '--store', store, '--webhook-backoff', '1s', '--webhook-max-backoff', '1s'], dir, env)),
    );
    const cred = readCredentialFile(join(dir, 'd', 'admin.credential.json'));
    admins = servers.map((s) => new CustosClient({ url: s.url, credential: cred }));
    const { privateKey, publicKeyHex } = generateCredentialKey();
    await admins[0]!.call('principal.create', { name: 'bot', role: 'agent', publicKey: publicKeyHex });
    writeCredentialFile(join(dir, 'bot.json'), { principal: 'bot', role: 'agent', privateKey });
    bots = servers.map((s) => new CustosClient({ url: s.url, credential: readCredentialFile(join(dir, 'bot.json')) }));
    await admins[1]!.call('key.create', { name: 'k', type: 'ed25519', allowRaw: true });
    await admins[0]!.call('policy.set', { source: 'rules:\n  - name: cold\n    effect: deny\n    when: key.name == "k"\n' });
    rx = await Receiver.start();
    rx.delayMs = 150; // attempts overlap, so both workers see the same due rows at once
  });

  after(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await rx?.down();
    await dropDatabase(ADMIN_URL, db).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  test('each delivery is sent once while both instances deliver from one outbox', async () => {
    await admins[1]!.call('webhook.add', { name: 'desk', url: rx.url, events: ['request.denied'] });
    assert.deepEqual(
      (await admins[0]!.call('webhook.list', {})).webhooks.map((w) => w.name),
      ['desk'],
      'one endpoint, seen by both',
    );
    const results = await Promise.all(
      Array.from({ length: 24 }, (_, i) => bots[i % 2]!.call('sign', { key: 'k', message: (i + 1).toString(16).padStart(2, '0') })),
    );
    assert.ok(results.every((r) => r.status === 'denied'));
    await until(
      async () => (await admins[0]!.call('webhook.deliveries', { limit: 1000 })).deliveries.filter((d) => d.status === 'delivered').length === 24,
      30_000,
      '24 delivered',
    );
    const ids = rx.received.map((x) => String(x.headers['x-custos-delivery']));
    assert.equal(ids.length, 24, 'no delivery was sent twice');
    assert.equal(new Set(ids).size, 24);
    const denied = new Set(rx.received.map((x) => (JSON.parse(x.body) as { data: { request: { id: string } } }).data.request.id));
    for (const r of results) assert.ok(denied.has(r.id), `request ${r.id} notified`);
    const all = (await admins[1]!.call('webhook.deliveries', { limit: 1000 })).deliveries;
    assert.ok(
      all.every((d) => d.attempts === 1),
      'one attempt each',
    );
  });
});
