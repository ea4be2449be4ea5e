/**
 * UnsealProgress in-process on a real Shamir-sealed instance: one share per
 * call, duplicates count once, a wrong set resets and counts as a failure,
 * the timeout forgets the shares. (The real server and CLI:
 * test/cli/unseal-progress.test.ts.)
 */
import { describe, test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { Sandbox } from '../helpers/cli.js';
import { forgeSibling } from '../helpers/slip39-forge.js';
import { Instance } from '../../src/keystore/instance.js';
import { UnsealProgress } from '../../src/keystore/unseal-progress.js';
import { combineShares } from '../../src/crypto/slip39.js';

describe('incremental unseal (in memory)', () => {
  const sb = new Sandbox();
  let shares: string[] = [];
  before(async () => {
    shares = (await sb.ok('init', '--seal', 'shamir', '--shares', '5', '--threshold', '3')).shares;
  });
  after(() => sb.cleanup());

  test('the forged sibling is a valid share of the set that does not combine (control for the tests below)', () => {
    const bad = forgeSibling(shares[2]!);
    assert.notEqual(bad, shares[2]);
    assert.throws(() => combineShares([shares[0]!, shares[1]!, bad]), /E_BAD_SHARES|digest|not/i);
    assert.equal(combineShares([shares[0]!, shares[1]!, shares[2]!]).length, 32);
  });

  test('one share per call; a duplicate (also re-spaced or upper-cased) does not count twice; T distinct unseal', async () => {
    const inst = await Instance.open({ data: sb.data });
    try {
      const p = new UnsealProgress(inst);
      assert.deepEqual(p.state(), { sealed: true, progress: 0, threshold: 3 });
      assert.equal((await p.submit([shares[0]!], 't')).progress, 1);
      const dup = await p.submit([`  ${shares[0]!.toUpperCase().replace(/ /g, '   ')} `], 't');
      assert.equal(dup.progress, 1);
      assert.match(dup.message!, /already given/);
      assert.equal((await p.submit([shares[0]!, shares[3]!], 't')).progress, 2);
      assert.equal(inst.sealed, true);
      for (const r of [dup]) assert.ok(!JSON.stringify(r).includes(shares[0]!.split(' ')[5]!), 'no share word in a response');
      assert.deepEqual(await p.submit([shares[4]!], 't'), { sealed: false });
      assert.equal(inst.sealed, false);
      assert.deepEqual(p.state(), { sealed: false });
    } finally {
      await inst.close({ quiet: true });
    }
  });

  test('a wrong set resets the progress and counts as a failed attempt; invalid or foreign single shares are refused and not held', async () => {
    const inst = await Instance.open({ data: sb.data });
    try {
      const p = new UnsealProgress(inst);
      await p.submit([shares[0]!], 't');
      await p.submit([shares[1]!], 't');
      const bad = forgeSibling(shares[2]!);
      await assert.rejects(
        p.submit([bad], 't'),
        (e: { code: string; message: string }) => e.code === 'E_BAD_SHARES' && /reset to 0\/3/.test(e.message) && !e.message.includes(bad.split(' ')[5]!),
      );
      assert.equal(p.state().progress, 0);
      const guard = JSON.parse((await inst.store.read.getMeta('unseal_guard'))!) as { failures: number };
      assert.equal(guard.failures, 1, 'the failed combination was counted');
      // A share with a broken checksum never reaches a combination.
      const words = shares[0]!.split(' ');
      words[words.length - 1] = words[words.length - 1] === 'academic' ? 'acid' : 'academic';
      await assert.rejects(p.submit([words.join(' ')], 't'), { code: 'E_BAD_SHARES' });
      assert.equal(p.state().progress, 0);
      // Positive control: the right shares still unseal, and reset the counter.
      await p.submit([shares[0]!, shares[1]!, shares[2]!], 't');
      assert.equal(inst.sealed, false);
      assert.equal((JSON.parse((await inst.store.read.getMeta('unseal_guard'))!) as { failures: number }).failures, 0);
    } finally {
      await inst.close({ quiet: true });
    }
  });

  test('held shares are forgotten after the timeout and on reset', async () => {
    const inst = await Instance.open({ data: sb.data });
    try {
      const p = new UnsealProgress(inst, { timeoutMs: 150 });
      await p.submit([shares[0]!], 't');
      assert.equal(p.state().progress, 1);
      await sleep(250);
      assert.equal(p.state().progress, 0);
      await p.submit([shares[0]!, shares[1]!], 't');
      assert.equal(p.reset().progress, 0);
      assert.equal((await p.submit([shares[2]!], 't')).progress, 1, 'a fresh start after the reset');
    } finally {
      await inst.close({ quiet: true });
    }
  });
});
