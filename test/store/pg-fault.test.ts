/**
 * PostgreSQL stopped and restarted under load: requests fail fast with 503
 * and a retry hint, nothing half-written, service resumes without operator
 * action, and nothing acknowledged to a client is lost. The test runs its
 * own throwaway cluster (test/helpers/pg-cluster.ts: initdb in a temporary
 * directory, its own port, pg_ctl) and stops only that one, never the
 * machine's, so it runs with the other tests, not alone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { cli, startServer } from '../helpers/process.js';
import { TEST_KDF } from '../helpers/cli.js';
import { CustosClient } from '../../src/client/client.js';
import { readCredentialFile } from '../../src/auth/credential.js';
import { createDatabase, databaseUrl } from '../helpers/pg.js';
import { clusterUnavailable, pgBinDir, startCluster, type PgCluster } from '../helpers/pg-cluster.js';

const unavailable = clusterUnavailable();
const machineClusterUp = () => spawnSync(join(pgBinDir() ?? '', 'pg_isready'), ['-h', '127.0.0.1', '-p', '5432', '-q']).status === 0;

test(
  'PostgreSQL restarted under load: fast 503s with a retry hint, automatic recovery, nothing acknowledged lost',
  { skip: unavailable ?? false, timeout: 180_000 },
  async () => {
    const dir = mkdtempSync(join(tmpdir(), 'custos-fault-'));
    const pgc: PgCluster = await startCluster();
    const servers = [];
    try {
      assert.notEqual(pgc.port, 5432, "not the machine's cluster");
      const machineUpBefore = machineClusterUp();
      await createDatabase(pgc.url, 'custos_fault');
      const store = databaseUrl(pgc.url, 'custos_fault');
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
      pgc.stop();
      phase = 'down';
      // The machine's own cluster (if there is one on 5432) is untouched: up before, during and after.
      assert.equal(machineClusterUp(), machineUpBefore, "the machine's PostgreSQL is not stopped");
      await sleep(3000);
      pgc.start();
      await pgc.waitReady(30_000);
      phase = 'after';
      await load;

      assert.ok(ackedBefore > 0, 'requests were served before the outage');
      assert.ok(failures.length > 0, 'the outage was felt');
      for (const f of failures) {
        assert.ok(['E_STORE', 'E_UNAVAILABLE'].includes(f.code), `failure code ${f.code}`);
        assert.ok(f.ms < 9000, `failed fast (${f.ms} ms)`);
      }
      assert.ok(
        failures.some((f) => f.code === 'E_STORE' && f.retry !== undefined),
        'a retry hint is given',
      );
      assert.ok(afterOk >= 20, 'service resumed without operator action');
      // Nothing acknowledged is lost, and the trail is one intact chain.
      for (const id of acked) assert.equal((await clients[1]!.call('request.show', { id })).status, 'signed');
      const v = await clients[0]!.call('audit.verify', {});
      assert.equal(v.ok, true);
      assert.equal(machineClusterUp(), machineUpBefore, "the machine's PostgreSQL is as it was");
    } finally {
      await Promise.all(servers.map((s) => s.stop()));
      pgc.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
