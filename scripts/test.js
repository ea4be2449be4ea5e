#!/usr/bin/env node
// Runs every test/**/*.test.ts with node's test runner (Node 20 has no --test globs).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function find(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'vectors' ? [] : find(p);
    return p.endsWith('.test.ts') ? [p] : [];
  });
}

// `--reliability` runs the reliability suite (test/reliability: crash, hostile input, tamper, soak,
// secrets), one file at a time; without it that directory is left out.
const reliability = process.argv.includes('--reliability');
const filter = process.argv.slice(2).filter((a) => a !== '--reliability');
const inSuite = (f) => f.split(/[\\/]/).includes('reliability') === reliability;
const files = find('test')
  .filter(inSuite)
  .filter((f) => filter.length === 0 || filter.some((s) => f.includes(s)))
  .sort();
if (files.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}
// *.serial.test.ts disturb shared services of the machine: they run alone, after the rest. (None does now:
// the PostgreSQL fault test restarts a cluster of its own, test/helpers/pg-cluster.ts.)
const parallel = files.filter((f) => !f.endsWith('.serial.test.ts'));
const serial = files.filter((f) => f.endsWith('.serial.test.ts'));
const run = (list, concurrency) =>
  list.length === 0
    ? 0
    : (spawnSync(process.execPath, ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, ...list], {
        stdio: 'inherit',
        env: { ...process.env, CUSTOS_TEST: '1' },
      }).status ?? 1);
const first = run(parallel, reliability ? 1 : 2);
const second = run(serial, 1);
process.exit(first || second);
