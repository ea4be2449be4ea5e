/**
 * What one signing request costs on PostgreSQL in messages to the server:
 * an in-process server on a fresh database signs BENCH_RT_N sequential
 * requests and the driver's counters (`PgDriver.stats`, never logged by the
 * server) are divided by N. BENCH_RT_MODE=raw (default): raw secp256k1
 * requests (authenticated, policy-checked, audited: the request of
 * bench/http.ts); BENCH_RT_MODE=eth2: eth2 attestation duties through the
 * eth2 listener (the duty of bench/eth2.ts: one `validator` principal, slashing
 * protection, one audit event). With BENCH_RT_TRACE=1 it also prints the
 * statements by kind, the ones a request runs most first, and, in order, the
 * statements of one request: `*` where it waits for a round trip of its own,
 * `P` where it runs while the principal's lock is held (decision 0028).
 *
 *   node --import tsx bench/pg-roundtrips.ts
 *   BENCH_RT_MODE=eth2 BENCH_RT_TRACE=1 node --import tsx bench/pg-roundtrips.ts
 */
import { randomBytes } from 'node:crypto';
import { SecretKey } from '@chainsafe/blst';
import { attestation } from '../test/helpers/eth2-duties.js';
import { TestServer } from '../test/helpers/server.js';
import { ADMIN_URL, pgUnreachable, createDatabase, dropDatabase, databaseUrl } from '../test/helpers/pg.js';
import type { PgDriver } from '../src/store/postgres.js';

const N = Number(process.env.BENCH_RT_N ?? 200);
const MODE = process.env.BENCH_RT_MODE === 'eth2' ? 'eth2' : 'raw';

if ((await pgUnreachable()) !== null) {
  console.log('PostgreSQL does not answer at 127.0.0.1:5432: skipped');
  process.exit(0);
}
const db = `custos_rt_${randomBytes(6).toString('hex')}`;
await createDatabase(ADMIN_URL, db);
let t: TestServer | undefined;
try {
  t = await TestServer.start({ store: databaseUrl(ADMIN_URL, db), ...(MODE === 'eth2' ? { eth2Listen: '127.0.0.1:0', eth2InsecureLoopback: 'vc' } : {}) });
  let one: (i: number) => Promise<void>;
  if (MODE === 'eth2') {
    await t.principal('vc', 'validator');
    await t.admin.call('policy.set', { source: 'rules:\n  - name: duties\n    effect: allow\n    when: principal.role == "validator"\n' });
    const content = SecretKey.fromKeygen(randomBytes(32)).toHex().replace(/^0x/, '');
    const made = (await t.admin.call('key.importBatch', { format: 'raw', items: [{ name: 'v0', content, type: 'bls12-381' }] })) as {
      keys: { publicKey: string }[];
    };
    const url = `${t.server.eth2Url!}/api/v1/eth2/sign/0x${made.keys[0]!.publicKey}`;
    one = async (i) => {
      const r = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(attestation(10 + i)),
      });
      if (r.status !== 200) throw new Error(`duty not signed: ${r.status} ${await r.text()}`);
    };
  } else {
    await t.admin.call('policy.set', { source: 'rules:\n  - name: admins\n    effect: allow\n    when: principal.role == "admin"\n' });
    await t.admin.call('key.create', { name: 'hot', type: 'secp256k1', allowRaw: true });
    one = async () => {
      const r = await t!.admin.call('sign', { key: 'hot', digest: randomBytes(32).toString('hex') });
      if (r.status !== 'signed') throw new Error(`not signed: ${r.status}`);
    };
  }
  let i = 0;
  for (; i < 20; i++) await one(i); // warm-up
  const driver = t.server.services.inst.store.driver as PgDriver;
  const before = { ...driver.stats };
  const kinds = new Map<string, number>();
  const tracing = process.env.BENCH_RT_TRACE === '1';
  const oneTrace: string[] = [];
  let underPrincipal = false;
  let principalTrips = 0;
  if (tracing) {
    driver.stats.trace = (sql, inTx, trip) => {
      const text = sql.replace(/\s+/g, ' ');
      const k = `${inTx ? 'tx ' : 'out'} ${text.slice(0, 110)}`;
      kinds.set(k, (kinds.get(k) ?? 0) + 1);
      if (text.startsWith('LOCK principal')) underPrincipal = true;
      if (underPrincipal && trip && inTx) principalTrips++;
      if (oneTrace.length < 200 && i === 20)
        oneTrace.push(`${trip ? '*' : ' '}${underPrincipal && inTx ? 'P' : ' '} ${inTx ? 'tx ' : 'out'} ${text.slice(0, 150)}`);
      if (text === 'COMMIT') underPrincipal = false;
    };
  }
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const end = i + N; i < end; i++) await one(i);
  const ms = (performance.now() - t0) / N;
  const cu = process.cpuUsage(c0);
  console.log(`process CPU (server and client in this process) per request: ${((cu.user + cu.system) / N).toFixed(0)} us`);
  driver.stats.trace = undefined;
  const per = (k: 'transactions' | 'statements' | 'roundTrips') => ((driver.stats[k] - before[k]) / N).toFixed(2);
  console.log(`${N} sequential ${MODE === 'eth2' ? 'eth2 attestation duties' : 'raw signing requests'} on PostgreSQL: ${ms.toFixed(2)} ms each`);
  console.log(`per request: transactions ${per('transactions')}, statements ${per('statements')}, round trips ${per('roundTrips')}`);
  if (tracing) {
    console.log(`per request: round trips while the principal's lock is held ${(principalTrips / N).toFixed(2)}`);
    for (const [k, n] of [...kinds].sort((a, b) => b[1] - a[1])) console.log(`${(n / N).toFixed(2).padStart(6)}  ${k}`);
    console.log(`one request, in order (* its own round trip, P under the principal's lock):`);
    for (const l of oneTrace) console.log(`  ${l}`);
  }
} finally {
  await t?.stop();
  await dropDatabase(ADMIN_URL, db).catch(() => undefined);
}
