/**
 * The per-principal open-request quota holds across instances: two `custos
 * serve` processes on one PostgreSQL database, `--max-open-requests 4`, and
 * 20 concurrent requests that would each wait for approval, alternating
 * between the instances: exactly 4 are stored pending, 16 are E_QUOTA.
 * Cancelling one makes room for exactly one more (positive control).
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
import { isCustosError } from '../../src/errors.js';
import { ADMIN_URL, pgUnreachable, createDatabase, dropDatabase } from '../helpers/pg.js';
import { serversStore } from '../helpers/pg-proxy.js';

const available = (await pgUnreachable()) === null;

describe('the open-request quota across two instances on PostgreSQL', { skip: available ? false : 'no PostgreSQL answers at 127.0.0.1:5432' }, () => {
  let dir: string;
  let db: string;
  let servers: ServerProcess[] = [];
  let served: Awaited<ReturnType<typeof serversStore>> | undefined;
  let admin: CustosClient;
  let bots: CustosClient[] = [];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'custos-quota-'));
    db = `custos_quota_${randomBytes(6).toString('hex')}`;
    await createDatabase(ADMIN_URL, db);
    const store = `postgres://postgres@127.0.0.1:5432/${db}`;
    writeFileSync(join(dir, 'pw'), 'quota passphrase');
    const init = cli(['init', '--data', 'd', '--store', store, '--passphrase-file', 'pw', ...TEST_KDF, '--json'], dir);
    assert.equal(init.code, 0, init.stderr);
    served = await serversStore(store); // through the delay proxy with CUSTOS_TEST_PG_DELAY_MS
    servers = await Promise.all(
      [0, 1].map(() => startServer(['--data', 'd', '--store', served!.url, '--max-open-requests', '4'], dir, { CUSTOS_PASSPHRASE_FILE: join(dir, 'pw') })),
    );
    admin = new CustosClient({ url: servers[0]!.url, credential: readCredentialFile(join(dir, 'd', 'admin.credential.json')) });
    const { privateKey, publicKeyHex } = generateCredentialKey();
    await admin.call('principal.create', { name: 'bot', role: 'agent', publicKey: publicKeyHex });
    await admin.call('principal.create', { name: 'ann', role: 'approver', publicKey: generateCredentialKey().publicKeyHex });
    writeCredentialFile(join(dir, 'bot.json'), { principal: 'bot', role: 'agent', privateKey });
    bots = servers.map((s) => new CustosClient({ url: s.url, credential: readCredentialFile(join(dir, 'bot.json')) }));
    await admin.call('key.create', { name: 'k', type: 'ed25519', allowRaw: true });
    await admin.call('policy.set', {
      source:
        'rules:\n  - name: queued\n    effect: allow\n    when: principal.name == "bot"\n    approvals: { count: 1, from: approver }\n  - name: admins\n    effect: allow\n    when: principal.role == "admin"\n',
    });
  });

  after(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await served?.close();
    await dropDatabase(ADMIN_URL, db).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  test('20 concurrent pending requests through two instances against a quota of 4: exactly 4 stored', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => bots[i % 2]!.call('sign', { key: 'k', message: i.toString(16).padStart(2, '0') })),
    );
    const pending = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    assert.equal(pending.length, 4, JSON.stringify(refused.map(String)));
    assert.ok(pending.every((v) => v.status === 'pending'));
    assert.ok(
      refused.every((e) => isCustosError(e, 'E_QUOTA')),
      refused.map(String).join('; '),
    );
    assert.equal((await admin.call('request.list', { status: 'pending' })).length, 4);
    await bots[1]!.call('request.cancel', { id: pending[0]!.id });
    const again = await Promise.allSettled([bots[0]!.call('sign', { key: 'k', message: 'a0' }), bots[1]!.call('sign', { key: 'k', message: 'a1' })]);
    assert.equal(again.filter((r) => r.status === 'fulfilled').length, 1, 'one freed slot, one more request');
  });
});
