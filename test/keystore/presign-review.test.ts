/**
 * Review of branch presign (docs/decisions/0035-eth2-presign-worker.md): attacks on the presign
 * machinery itself, real blst workers, real SQLite. Tests named "FINDING" assert the property the
 * review expects and fail on the branch as reviewed; the others are checks found sound, each with
 * its control.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PRESIGN_TTL_MS, SecretCache, presignSlot } from '../../src/keystore/secret-cache.js';
import { BlsPool } from '../../src/keystore/bls-pool.js';
import { sign as blsSign } from '../../src/crypto/bls.js';
import type { Services } from '../../src/api/context.js';
import { fromHex, utf8 } from '../../src/crypto/bytes.js';
import { sharedStore } from '../helpers/shared-store.js';

const sk = (byte: number) => new Uint8Array(32).fill(byte);
const tick = () => new Promise((r) => setImmediate(r));
/** Jobs queued ahead on one worker, so the next one waits behind them. */
const fillers = (pool: BlsPool, n = 150) => Promise.all(Array.from({ length: n }, (_, i) => pool.sign(sk(5), utf8(`filler ${i}`)).signature));

describe('review: the secret cache', () => {
  test('a presign keeps no secret alive past the idle expiry: reserving does not refresh it, and after idle nothing is reserved', () => {
    let now = 0;
    const idle = 60_000;
    const c = new SecretCache(16, idle, () => now);
    c.put('id', 'k', sk(1));
    const slot = presignSlot('bls-pop', utf8('m'));
    now = idle - 1;
    const r = c.reserve('id', slot);
    assert.ok(r, 'control: within the idle time it reserves');
    r.secret.fill(0);
    r.discard();
    for (let t = idle; t <= idle + 1; t++) {
      now = t;
      c.reserve('id', presignSlot('bls-pop', utf8(`n${t}`)))?.discard();
    }
    assert.equal(c.size, 0, 'reserving did not keep the entry alive past its idle expiry');
    assert.equal(c.get('id'), undefined);
  });

  test('the slot is the exact bytes: a view into a larger buffer, a prefix, another scheme never collide', () => {
    const big = new Uint8Array(64).fill(7);
    big.set(fromHex('ab'.repeat(32)), 16);
    const view = big.subarray(16, 48);
    assert.equal(presignSlot('bls-pop', view), presignSlot('bls-pop', fromHex('ab'.repeat(32))), 'control: the view is its 32 bytes');
    assert.notEqual(presignSlot('bls-pop', view), presignSlot('bls-pop', big));
    assert.notEqual(presignSlot('bls-pop', fromHex('ab'.repeat(32))), presignSlot('bls-pop', fromHex('ab'.repeat(33))));
    assert.notEqual(presignSlot('bls-pop', utf8('m')), presignSlot('ecdsa', utf8('m')));
    // A presign held for the view is taken by exactly those bytes, not by the whole buffer.
    const c = new SecretCache();
    c.put('id', 'k', sk(1));
    const r = c.reserve('id', presignSlot('bls-pop', view))!;
    r.fill(Uint8Array.of(1));
    assert.equal(c.take('id', presignSlot('bls-pop', big)), undefined);
    assert.deepEqual(c.take('id', presignSlot('bls-pop', fromHex('ab'.repeat(32)))), Uint8Array.of(1));
  });

  test('a wall clock stepped back: a presign past its time is never taken (the sweep may keep it until the older ones go)', () => {
    let now = 10_000;
    const c = new SecretCache(16, 3_600_000, () => now);
    c.put('id', 'k', sk(1));
    c.reserve('id', presignSlot('bls-pop', utf8('a')))!.fill(Uint8Array.of(1)); // expires at 15 000
    now = 1_000; // NTP steps the clock back 9 s
    c.reserve('id', presignSlot('bls-pop', utf8('b')))!.fill(Uint8Array.of(2)); // expires at 6 000
    now = 1_000 + PRESIGN_TTL_MS + 1;
    c.reserve('id', presignSlot('bls-pop', utf8('c')))?.discard(); // sweeps
    assert.equal(c.hasPresign('id', presignSlot('bls-pop', utf8('b'))), true, 'kept past its time (behind an older one): memory only');
    assert.equal(c.take('id', presignSlot('bls-pop', utf8('b'))), undefined, 'but never taken past its time');
    assert.deepEqual(c.take('id', presignSlot('bls-pop', utf8('a'))), Uint8Array.of(1), 'control: the older one is within its time');
  });
});

describe('review: the pool', () => {
  test('one worker in its restart pause does not fail presigns while another worker is alive', async () => {
    let clock = 0;
    const pool = new BlsPool(2, () => clock);
    try {
      const m = utf8('m');
      const expected = blsSign(sk(3), m);
      // Both workers started and answering.
      assert.deepEqual(await Promise.all([pool.sign(sk(3), m).signature, pool.sign(sk(3), m).signature]), [expected, expected]);
      // Worker 0 dies twice without an answer in between: its restart waits 100 ms (the clock stands still here).
      await pool.kill(0);
      await tick();
      const lost = pool.sign(sk(3), m).signature; // restarts worker 0 at once (first death)
      await pool.kill(0);
      await tick();
      assert.equal(await lost, undefined);
      // Worker 1 is alive; worker 0 waits. A burst of presigns:
      const got = await Promise.all(Array.from({ length: 10 }, () => pool.sign(sk(3), m).signature));
      const failed = got.filter((g) => g === undefined).length;
      assert.equal(failed, 0, `${failed} of 10 presigns failed with a live worker (all sent to the one in its pause)`);
    } finally {
      await pool.close();
    }
  });

  test('control: after the pause the dead worker is started again and the burst signs', async () => {
    let clock = 0;
    const pool = new BlsPool(2, () => clock);
    try {
      const m = utf8('m');
      await Promise.all([pool.sign(sk(3), m).signature, pool.sign(sk(3), m).signature]);
      await pool.kill(0);
      await tick();
      const lost = pool.sign(sk(3), m).signature;
      await pool.kill(0);
      await tick();
      await lost;
      clock = 1_000; // the pause is over
      const got = await Promise.all(Array.from({ length: 10 }, () => pool.sign(sk(3), m).signature));
      assert.equal(got.filter((g) => g === undefined).length, 0);
    } finally {
      await pool.close();
    }
  });
});

describe('review: presigns in the keystore (real blst, SQLite)', () => {
  const shared = sharedStore('sqlite', 'psrev', 'psrev test');
  let s: Services;
  let pool: BlsPool;
  const signMsg = (name: string, m: Uint8Array) => s.keys.sign(name, { message: m }, {}, 'test');

  before(async () => {
    await shared.init();
    s = await shared.instance(Date.now);
    pool = new BlsPool(1);
    s.keys.usePresigner(pool);
  });
  after(async () => {
    await pool.close();
    await shared.cleanup();
  });

  test('a presign discarded (its duty refused) while queued is cancelled: the worker never signs it', async () => {
    await s.keys.create({ name: 'v-cancel', algorithm: 'bls12-381' }, 'test');
    await signMsg('v-cancel', utf8('warm'));
    const ahead = fillers(pool);
    const signed0 = pool.counts.signed;
    const ticket = s.keys.presign('v-cancel', fromHex('a1'.repeat(32)))!;
    ticket.discard(); // answered (a refusal, a stored answer) long before the worker reaches it
    await ahead;
    assert.equal(await ticket.arrived, false, 'control: nothing is kept');
    assert.equal(pool.counts.signed - signed0, 150, 'the worker signed the fillers only, not the discarded duty');
  });

  test('after seal, presigns already queued are cancelled: no signature is made with a sealed secret', async () => {
    await s.keys.create({ name: 'v-sealq', algorithm: 'bls12-381' }, 'test');
    await signMsg('v-sealq', utf8('warm'));
    const ahead = fillers(pool);
    const signed0 = pool.counts.signed;
    const tickets = Array.from({ length: 5 }, (_, i) => s.keys.presign('v-sealq', fromHex(`b${i}`.repeat(32)))!);
    s.inst.seal();
    try {
      assert.equal(s.inst.secrets.presignCount, 0, 'control: the main thread dropped them');
      await ahead;
      assert.deepEqual(await Promise.all(tickets.map((t) => t.arrived)), [false, false, false, false, false]);
      assert.equal(pool.counts.signed - signed0, 150, 'no signature made with a sealed instance’s secret after the seal');
    } finally {
      await s.inst.unseal({ passphrase: utf8('psrev test') }, 'test');
    }
  });

  test('sound: a refused duty’s arrived presign is not obtainable by a signature of other bytes, nor after its key was disabled and enabled', async () => {
    await s.keys.create({ name: 'v-ref', algorithm: 'bls12-381' }, 'test');
    await signMsg('v-ref', utf8('warm'));
    const root = fromHex('c3'.repeat(32));
    const ticket = s.keys.presign('v-ref', root)!;
    assert.equal(await ticket.arrived, true);
    // The same root with one byte more (another encoding of "the same" duty) signs inline.
    const c0 = { ...s.keys.presignCounts };
    const longer = await signMsg('v-ref', fromHex('c3'.repeat(33)));
    assert.equal(s.keys.presignCounts.used, c0.used, 'not taken for 33 bytes');
    assert.notEqual(longer.signature, '');
    // Disabled and enabled again: the presign left with the secret; the next signature of the root is inline.
    await s.keys.setEnabled('v-ref', false, 'test');
    await s.keys.setEnabled('v-ref', true, 'test');
    assert.equal(s.inst.secrets.presignCount, 0);
    const again = await signMsg('v-ref', root);
    assert.equal(s.keys.presignCounts.used, c0.used, 'nothing taken');
    ticket.discard();
    // Control: a presign that stands is taken.
    assert.equal(await s.keys.presign('v-ref', fromHex('c4'.repeat(32)))!.arrived, true);
    await signMsg('v-ref', fromHex('c4'.repeat(32)));
    assert.equal(s.keys.presignCounts.used, c0.used + 1);
    assert.equal(again.signature.length, longer.signature.length);
  });
});
