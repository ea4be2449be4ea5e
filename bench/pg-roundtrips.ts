/**
 * What one signing request costs on PostgreSQL in messages to the server:
 * an in-process server on a fresh database signs BENCH_RT_N sequential raw
 * secp256k1 requests (authenticated, policy-checked, audited: the request of
 * bench/http.ts) and the driver's counters (`PgDriver.stats`, never logged
 * by the server) are divided by N. With BENCH_RT_TRACE=1 it also prints the
 * statements by kind, the ones a signing request runs most first.
 *
 *   node --import tsx bench/pg-roundtrips.ts
 */
import { randomBytes } from 'node:crypto';
import { TestServer } from '../test/helpers/server.js';
import { ADMIN_URL, pgUnreachable, createDatabase, dropDatabase, databaseUrl } from '../test/helpers/pg.js';
import type { PgDriver } from '../src/store/postgres.js';

const N = Number(process.env.BENCH_RT_N ?? 200);

if ((await pgUnreachable()) !== null) {
  console.log('PostgreSQL does not answer at 127.0.0.1:5432: skipped');
  process.exit(0);
}
const db = `custos_rt_${randomBytes(6).toString('hex')}`;
await createDatabase(ADMIN_URL, db);
let t: TestServer | undefined;
try {
  t = await TestServer.start({ store: databaseUrl(ADMIN_URL, db) });
  await t.admin.call('policy.set', { source: 'rules:\n  - name: admins\n    effect: allow\n    when: principal.role == "admin"\n' });
  await t.admin.call('key.create', { name: 'hot', type: 'secp256k1', allowRaw: true });
  for (let i = 0; i < 20; i++) await t.admin.call('sign', { key: 'hot', digest: randomBytes(32).toString('hex') }); // warm-up
  const driver = t.server.services.inst.store.driver as PgDriver;
  const before = { ...driver.stats };
  const kinds = new Map<string, number>();
  if (process.env.BENCH_RT_TRACE === '1') {
    driver.stats.trace = (sql, inTx) => {
      const k = `${inTx ? 'tx ' : 'out'} ${sql.replace(/\s+/g, ' ').slice(0, 110)}`;
      kinds.set(k, (kinds.get(k) ?? 0) + 1);
    };
  }
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    const r = await t.admin.call('sign', { key: 'hot', digest: randomBytes(32).toString('hex') });
    if (r.status !== 'signed') throw new Error(`not signed: ${r.status}`);
  }
  const ms = (performance.now() - t0) / N;
  const cu = process.cpuUsage(c0);
  console.log(`process CPU (server and client in this process) per request: ${((cu.user + cu.system) / N).toFixed(0)} us`);
  driver.stats.trace = undefined;
  const per = (k: 'transactions' | 'statements' | 'roundTrips') => ((driver.stats[k] - before[k]) / N).toFixed(2);
  console.log(`${N} sequential signing requests on PostgreSQL: ${ms.toFixed(2)} ms each`);
  console.log(`per request: transactions ${per('transactions')}, statements ${per('statements')}, round trips ${per('roundTrips')}`);
  for (const [k, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`${(n / N).toFixed(2).padStart(6)}  ${k}`);
} finally {
  await t?.stop();
  await dropDatabase(ADMIN_URL, db).catch(() => undefined);
}
