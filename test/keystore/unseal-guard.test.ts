/**
 * The unseal guard on a real store (SQLite file and PostgreSQL): the failures before FREE_ATTEMPTS
 * set no delay, so another instance whose clock reads a few seconds earlier is not refused (the
 * guard used to store `now` as the bound even without a delay: an instance behind in time got
 * E_RATE_LIMITED after a single mistyped passphrase elsewhere). Control: past the free attempts
 * the delay holds, for a clock behind as for the same clock; a success clears it.
 */
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines } from '../helpers/engines.js';
import { FREE_ATTEMPTS, checkUnsealAllowed, recordUnsealFailure, resetUnsealFailures } from '../../src/keystore/unseal-guard.js';

const limited = (e: unknown) => (e as { code?: string }).code === 'E_RATE_LIMITED';

for (const engine of await engines()) {
  describe(`unseal guard (${engine.name})`, { skip: engine.skip }, () => {
    after(() => engine.cleanup());

    test('free attempts set no time bound; past them the delay holds on every clock; a success clears it', async () => {
      const { store } = await engine.open();
      try {
        const t = Date.parse('2026-12-07T12:00:00.000Z');
        for (let i = 1; i < FREE_ATTEMPTS; i++) {
          await store.tx((repo) => recordUnsealFailure(repo, t));
          await store.tx((repo) => checkUnsealAllowed(repo, t - 5_000)); // an instance 5 s behind: allowed
        }
        await store.tx((repo) => recordUnsealFailure(repo, t)); // the FREE_ATTEMPTS-th: a delay of 1 s starts
        await assert.rejects(
          store.tx((repo) => checkUnsealAllowed(repo, t - 5_000)),
          limited,
        );
        await assert.rejects(
          store.tx((repo) => checkUnsealAllowed(repo, t + 500)),
          limited,
        );
        await store.tx((repo) => checkUnsealAllowed(repo, t + 1_000)); // the delay has passed
        await store.tx((repo) => resetUnsealFailures(repo));
        await store.tx((repo) => checkUnsealAllowed(repo, t - 60_000));
      } finally {
        await store.close();
      }
    });
  });
}
