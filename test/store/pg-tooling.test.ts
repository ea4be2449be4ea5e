/**
 * Issue #13: creating and dropping databases is test tooling
 * (test/helpers/pg.ts), not something the production store can do.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PgDriver } from '../../src/store/postgres.js';
import { ROOT } from '../helpers/process.js';

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? sources(join(dir, n)) : n.endsWith('.ts') ? [join(dir, n)] : []));

test('no database create/drop tooling in production code', () => {
  for (const name of ['createDatabase', 'dropDatabase', 'databaseUrl']) assert.equal(name in PgDriver, false, `PgDriver.${name}`);
  const offenders = sources(join(ROOT, 'src')).filter((f) => /\b(CREATE|DROP) DATABASE\b/i.test(readFileSync(f, 'utf8')));
  assert.deepEqual(offenders, []);
});
