/**
 * PostgreSQL stopped and restarted under load: requests fail fast with 503
 * and a retry hint, nothing half-written, service resumes without operator
 * action, and nothing acknowledged to a client is lost. Runs alone (serial
 * phase): it stops the machine's PostgreSQL cluster.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { cli, startServer } from '../helpers/process.js';
import { TEST_KDF } from '../helpers/cli.js';
import { CustosClient } from '../../src/client/client.js';
import { readCredentialFile } from '../../src/auth/credential.js';
import { ADMIN_URL, createDatabase, dropDatabase } from '../helpers/pg.js';

const version = existsSync('/etc/postgresql') ? readdirSync('/etc/postgresql')[0] : undefined;
const canControl = Boolean(version) && process.getuid?.() === 0 && spawnSync('which', ['pg_ctlcluster']).status === 0;
const cluster = (action: 'start' | 'stop') => {
  const r = spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version!, 'main', action, ...(action === 'stop' ? ['-m', 'fast'] : [])], { encoding: 'utf8' });
  if (r.status !== 0 && !/already running|not running/i.test(r.stdout + r.stderr)) throw new Error(`pg_ctlcluster ${action}: ${r.stdout}${r.stderr}`);
};
async function waitForPg(ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (spawnSync('pg_isready', ['-h', '127.0.0.1', '-p', '5432', '-q']).status === 0) return;
    await sleep(200);
  }
  throw new Error('PostgreSQL did not come back');
}

test('PostgreSQL restarted under load: fast 503s with a retry hint, automatic recovery, nothing acknowledged lost', { skip: canControl ? false : 'needs root and pg_ctlcluster to restart PostgreSQL', timeout: 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'custos-fault-'));
  const db = `custos_fault_${randomBytes(6).toString('hex')}`;
  await createDatabase(ADMIN_URL, db);
  const store = `postgres://postgres@127.0.0.1:5432/${db}`;
  const servers = [];
  try {
    writeFileSync(join(dir, 'pw'), 'fault test passphrase');
    assert.equal(cli(['init', '--data', 'd', '--store', store, '--passphrase-file', 'pw', ...TEST_KDF], dir).code, 0);
    const env = { CUSTOS_PASSPHRASE_FILE: join(dir, 'pw') };
    servers.push(await startServer(['--data', 'd', '--store', store], dir, env), await startServer(['--data', 'd', '--store', store], dir, env));
    const cred = readCredentialFile(join(dir, 'd', 'admin.credential.json'));
    const clients = servers.map((s) => new CustosClient({ url: s.url, credential: cred, timeoutMs: 8000 }));
    await clients[0]!.call('key.create', { name: 'k', type: 'ed25519', allowRaw: true });
    await clients[0]!.call('policy.set', { source: 'rules:\n  - name: all\n    effect: allow\n' });

    const acked: string[] = [];
    const failures: { code: string; ms: number; retry: unknown }[] = [];
    let n = 0;
    let phase: 'before' | 'down' | 'after' = 'before';
    let afterOk = 0;
    const worker = async (w: number) => {
      while (phase !== 'after' || afterOk < 20) {
        const i = n++;
        if (i > 2000) break; // bounded
        const t0 = Date.now();
        try {
          const r = await clients[w % 2]!.call('sign', { key: 'k', message: (i % 250).toString(16).padStart(2, '0'), idempotencyKey: `load-${i}` });
          if (r.status === 'signed') {
            acked.push(r.id);
            if (phase === 'after') afterOk++;
          }
        } catch (e) {
          const err = e as { code: string; details?: { retryAfterSeconds?: unknown } };
          failures.push({ code: err.code, ms: Date.now() - t0, retry: err.details?.retryAfterSeconds });
          await sleep(100);
        }
      }
    };
    const load = Promise.all([0, 1, 2, 3].map(worker));
    await sleep(1500);
    const ackedBefore = acked.length;
    cluster('stop');
    phase = 'down';
    await sleep(3000);
    cluster('start');
    await waitForPg(30_000);
    phase = 'after';
    await load;

    assert.ok(ackedBefore > 0, 'requests were served before the outage');
    assert.ok(failures.length > 0, 'the outage was felt');
    for (const f of failures) {
      assert.ok(['E_STORE', 'E_UNAVAILABLE'].includes(f.code), `failure code ${f.code}`);
      assert.ok(f.ms < 9000, `failed fast (${f.ms} ms)`);
    }
    assert.ok(failures.some((f) => f.code === 'E_STORE' && f.retry !== undefined), 'a retry hint is given');
    assert.ok(afterOk >= 20, 'service resumed without operator action');
    // Nothing acknowledged is lost, and the trail is one intact chain.
    for (const id of acked) assert.equal((await clients[1]!.call('request.show', { id })).status, 'signed');
    const v = await clients[0]!.call('audit.verify', {});
    assert.equal(v.ok, true);
  } finally {
    cluster('start');
    await waitForPg(30_000);
    await Promise.all(servers.map((s) => s.stop()));
    await dropDatabase(ADMIN_URL, db).catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
});
