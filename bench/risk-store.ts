/**
 * What the risk baselines cost in the store (decision 0030: row-MACed
 * profiles rewritten compare-and-set): BENCH_RISK_N sequential ERC-20
 * transfers to 20 destinations, each scored and learned in one fine
 * transaction on a fresh PostgreSQL database (two subjects, three seen
 * values each), with the driver's statement and round-trip counters
 * (`PgDriver.stats`) divided by N; and one profile row's MAC signed and
 * checked, in memory.
 *
 *   node --import tsx bench/risk-store.ts
 */
import { randomBytes } from 'node:crypto';
import { openStore } from '../src/store/store.js';
import type { PgDriver } from '../src/store/postgres.js';
import { learnSigned, riskFacts } from '../src/requests/risk.js';
import { AuthenticatedRecords } from '../src/keystore/authenticated.js';
import { ADMIN_URL, createDatabase, databaseUrl, dropDatabase, pgUnreachable } from '../test/helpers/pg.js';

const N = Number(process.env.BENCH_RISK_N ?? 300);
const auth = new AuthenticatedRecords(() => undefined);
auth.adoptKey(new Uint8Array(randomBytes(32)));

const data = JSON.stringify({
  n: 1234,
  firstMs: 1,
  lastMs: 2,
  amount: new Array<number>(62).fill(7),
  hour: new Array<number>(24).fill(51),
  seenSize: { destination: 40, contract: 3, method: 2, spender: 1 },
});
for (let i = 0; i < 2000; i++) auth.verify('riskBaselines', auth.sign('riskBaselines', { scope: 'key', subject: 'hot-1', data }));
const m0 = performance.now();
for (let i = 0; i < 20_000; i++) auth.verify('riskBaselines', auth.sign('riskBaselines', { scope: 'key', subject: 'hot-1', data }));
console.log(`one profile row's MAC signed and checked: ${(((performance.now() - m0) / 20_000) * 1000).toFixed(1)} us`);

if ((await pgUnreachable()) !== null) {
  console.log('PostgreSQL does not answer at 127.0.0.1:5432: store part skipped');
  process.exit(0);
}
const TOKEN = '0x' + '44'.repeat(20);
const db = `custos_rb_${randomBytes(5).toString('hex')}`;
await createDatabase(ADMIN_URL, db);
const store = await openStore(databaseUrl(ADMIN_URL, db));
try {
  const driver = store.driver as PgDriver;
  const tos = Array.from({ length: 20 }, (_, i) => '0x' + (i + 16).toString(16).padStart(2, '0').repeat(20));
  const before = { ...driver.stats };
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    const payload = { tx: { to: TOKEN, selector: '0xa9059cbb', dataSize: 68, erc20: { kind: 'transfer', token: TOKEN, to: tos[i % 20], unlimited: false } } };
    const at = Date.UTC(2026, 2, 2) + i * 60_000;
    await store.tx(
      async (repo) => {
        await repo.lock('principal', ['p']);
        await repo.lock('key', ['k']);
        await riskFacts(repo, auth, { key: 'k', principal: 'p', usd: 1000, atMs: at, payload }, { count1m: 0, count10m: 0 }, {});
        await learnSigned(repo, auth, {
          kind: 'sign',
          keyName: 'k',
          principalId: 'p',
          facts: JSON.stringify({ payload }),
          valueUsd: 1000,
          createdAt: new Date(at).toISOString(),
        });
      },
      { fine: true },
    );
  }
  const per = (k: 'statements' | 'roundTrips') => ((driver.stats[k] - before[k]) / N).toFixed(2);
  console.log(
    `score + learn of an ERC-20 transfer in one fine transaction (locks included): ${((performance.now() - t0) / N).toFixed(2)} ms; statements ${per('statements')}, round trips ${per('roundTrips')}`,
  );
} finally {
  await store.close();
  await dropDatabase(ADMIN_URL, db);
}
