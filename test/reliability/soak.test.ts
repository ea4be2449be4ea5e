/**
 * Soak: a real `custos serve` process under moderate, steady signing load
 * (4 concurrent clients, authenticated, policy-checked, audited) for
 * SOAK_MS (default 30 s in CI; `SOAK_MS=600000 npm run test:reliability`
 * gives the ten-minute figure in docs/reliability.md). Every window of
 * SOAK_WINDOW_MS reports throughput, p50/p99 latency and the server's RSS;
 * memory and latency must stay flat: RSS growth after the first window under
 * 64 MiB, and the last window's p99 no worse than 3x the first's (+2 ms).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { CustosClient } from '../../src/client/client.js';
import { readCredentialFile } from '../../src/auth/credential.js';
import { startServer } from '../helpers/process.js';

const SOAK_MS = Number(process.env.SOAK_MS ?? 30_000);
const WINDOW_MS = Number(process.env.SOAK_WINDOW_MS ?? Math.max(5_000, Math.floor(SOAK_MS / 6)));
const CLIENTS = 4;

const rssMiB = (pid: number): number => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
};
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? 0;
};

test(`soak: ${SOAK_MS / 1000} s of signing at ${CLIENTS} concurrent clients, memory and latency flat`, { timeout: SOAK_MS + 120_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'custos-soak-'));
  const server = await startServer(['--dev', '--data', join(dir, 'data')], dir);
  try {
    const admin = new CustosClient({ url: server.url, credential: readCredentialFile(join(dir, 'data', 'admin.credential.json')) });
    await admin.call('policy.set', { source: 'rules:\n  - name: admins\n    effect: allow\n    when: principal.role == "admin"\n' });
    await admin.call('key.create', { name: 'soak', type: 'secp256k1', allowRaw: true });
    const pid = server.proc.pid!;
    const windows: { n: number; errors: number; p50: number; p99: number; rss: number }[] = [];
    let current: number[] = [];
    let errors = 0;
    const end = Date.now() + SOAK_MS;
    let nextWindow = Date.now() + WINDOW_MS;
    const closeWindow = () => {
      windows.push({ n: current.length, errors, p50: pct(current, 50), p99: pct(current, 99), rss: rssMiB(pid) });
      current = [];
      errors = 0;
    };
    const client = async () => {
      while (Date.now() < end) {
        const t0 = performance.now();
        try {
          const r = await admin.call('sign', { key: 'soak', digest: randomBytes(32).toString('hex') });
          if (r.status !== 'signed') errors++;
        } catch {
          errors++;
        }
        current.push(performance.now() - t0);
        if (Date.now() >= nextWindow) {
          nextWindow += WINDOW_MS;
          closeWindow();
        }
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, client));
    if (current.length > 50) closeWindow();
    for (const [i, w] of windows.entries()) {
      console.log(
        `window ${i + 1}: ${w.n} signatures (${((w.n * 1000) / WINDOW_MS).toFixed(0)}/s), p50 ${w.p50.toFixed(2)} ms, p99 ${w.p99.toFixed(2)} ms, RSS ${w.rss.toFixed(1)} MiB, errors ${w.errors}`,
      );
    }
    assert.ok(windows.length >= 2, 'at least two windows');
    assert.equal(
      windows.reduce((a, w) => a + w.errors, 0),
      0,
      'no failed request',
    );
    const first = windows[0]!;
    const last = windows[windows.length - 1]!;
    assert.ok(last.rss - first.rss < 64, `RSS grew ${(last.rss - first.rss).toFixed(1)} MiB`);
    assert.ok(last.p99 <= first.p99 * 3 + 2, `p99 went from ${first.p99.toFixed(2)} to ${last.p99.toFixed(2)} ms`);
    assert.ok(server.proc.exitCode === null, 'the server is still up');
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
