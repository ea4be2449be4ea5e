/**
 * Presigned BLS signatures (docs/decisions/0035-eth2-presign-worker.md): computed by worker threads
 * (keystore/bls-pool.ts) under a hot key's kept secret, held beside it (keystore/secret-cache.ts),
 * and taken only by a transaction about to sign exactly those bytes with exactly that secret. Real
 * blst, real SQLite. Attacks: a presign of message A is never the signature of B; a presign made
 * under a key's old rows is not used after a rotation (here or on another instance); a key disabled
 * after its presign was posted does not sign, and the presign is gone; an expired, discarded or
 * late presign is zeroed and never used; a worker killed mid-flight or failing leaves the signature
 * inline (never an error). Controls: the presign is used when it arrived, byte-identical to the
 * inline signature and verifying with blst; each attack's duty signs inline when it may.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PublicKey, Signature, verify } from '@chainsafe/blst';
import { PRESIGN_TTL_MS, SecretCache, presignSlot, type PresignReservation } from '../../src/keystore/secret-cache.js';
import { BlsPool, defaultBlsWorkers, type BlsSigner } from '../../src/keystore/bls-pool.js';
import { sign as blsSign, publicKey as blsPublicKey } from '../../src/crypto/bls.js';
import type { Services } from '../../src/api/context.js';
import { fromHex, utf8 } from '../../src/crypto/bytes.js';
import { CustosError } from '../../src/errors.js';
import { sharedStore } from '../helpers/shared-store.js';

const verifies = (pub: string, msg: Uint8Array, sig: string) => verify(msg, PublicKey.fromBytes(fromHex(pub)), Signature.fromBytes(fromHex(sig)), true, true);
const sk = (byte: number) => new Uint8Array(32).fill(byte);
/** Jobs queued ahead on the pool's worker, so one posted next is still in flight when the worker is killed. */
const busy = (pool: BlsPool) => Promise.all(Array.from({ length: 200 }, (_, i) => pool.sign(sk(5), utf8(`filler ${i}`)).signature));

describe('SecretCache presigns', () => {
  test('reserve hands a copy of the kept secret; take returns the arrived signature once, for exactly its slot', () => {
    const c = new SecretCache();
    c.put('id', 'k', sk(7));
    const a = presignSlot('bls-pop', utf8('A'));
    const b = presignSlot('bls-pop', utf8('B'));
    const r = c.reserve('id', a)!;
    assert.deepEqual(r.secret, sk(7));
    assert.equal(c.reserve('id', a), undefined, 'one reservation per slot');
    assert.equal(c.reserve('other', a), undefined, 'no kept secret: nothing to presign with');
    const sig = Uint8Array.of(1, 2, 3);
    assert.equal(r.fill(sig), true);
    assert.equal(c.take('id', b), undefined, "B's slot never gets A's signature");
    assert.equal(c.take('elsewhere', a), undefined, "another identity's slot never gets it");
    assert.deepEqual(c.take('id', a), Uint8Array.of(1, 2, 3), 'control: its own slot gets it');
    assert.equal(c.take('id', a), undefined, 'once');
    assert.equal(c.presignCount, 0);
  });

  test('a presign leaves, zeroed, with its entry (drop, clear, re-put, eviction) and at expiry', () => {
    let now = 1_000;
    const c = new SecretCache(2, 60_000, () => now);
    const slot = presignSlot('bls-pop', utf8('m'));
    const held = (id: string, key: string, leave: () => void) => {
      c.put(id, key, sk(1));
      const sig = Uint8Array.of(9, 9);
      assert.equal(c.reserve(id, slot)!.fill(sig), true);
      leave();
      assert.equal(c.take(id, slot), undefined);
      assert.deepEqual(sig, Uint8Array.of(0, 0), 'zeroed');
    };
    held('a', 'k1', () => c.drop('k1'));
    held('b', 'k2', () => c.clear());
    held('c', 'k3', () => c.put('c', 'k3', sk(1))); // the same identity opened again: a new entry, no old presign
    held('d', 'k4', () => (c.put('e', 'k5', sk(2)), c.put('f', 'k6', sk(3)))); // evicted over the cap
    held('g', 'k7', () => (now += PRESIGN_TTL_MS));
    // Control: within its time, with its entry kept, it is taken.
    c.put('h', 'k8', sk(1));
    c.reserve('h', slot)!.fill(Uint8Array.of(5));
    now += PRESIGN_TTL_MS - 1;
    assert.deepEqual(c.take('h', slot), Uint8Array.of(5));
  });

  test('a signature arriving after its reservation was taken, discarded or dropped is zeroed, not kept', () => {
    const c = new SecretCache();
    const slot = presignSlot('bls-pop', utf8('m'));
    const leaves = [(_: PresignReservation) => c.take('id', slot), (r: PresignReservation) => r.discard(), () => c.drop('k')];
    for (const leave of leaves) {
      c.put('id', 'k', sk(1));
      const r = c.reserve('id', slot)!;
      leave(r);
      const late = Uint8Array.of(4, 4);
      assert.equal(r.fill(late), false);
      assert.deepEqual(late, Uint8Array.of(0, 0));
      assert.equal(c.presignCount, 0);
    }
  });
});

describe('BlsPool', () => {
  test('default size: 1 on one or two cores, cores - 1 above, at most 4', () => {
    assert.deepEqual(
      [1, 2, 3, 5, 8, 64].map((n) => defaultBlsWorkers(n)),
      [1, 1, 2, 4, 4, 4],
    );
  });

  test('signs exactly as crypto/bls.ts inline, and zeroes the caller’s secret; a killed worker answers undefined and is started again', async () => {
    const pool = new BlsPool(1);
    try {
      const secret = sk(3);
      const msg = utf8('root');
      const expected = blsSign(sk(3), msg);
      const got = await pool.sign(secret, msg).signature;
      assert.deepEqual(got, expected);
      assert.ok(verify(msg, PublicKey.fromBytes(blsPublicKey(sk(3))), Signature.fromBytes(got!), true, true));
      assert.ok(
        secret.every((b) => b === 0),
        'the caller keeps no copy',
      );
      const queued = busy(pool); // the worker has ~200 signatures to make before it would reach the next
      const inFlight = pool.sign(sk(3), msg).signature;
      await pool.kill(0);
      await queued;
      assert.equal(await inFlight, undefined, 'killed mid-flight: undefined (inline), never a rejection');
      assert.deepEqual(await pool.sign(sk(3), msg).signature, expected, 'control: a new worker signs');
      assert.equal(pool.counts.restarts, 1);
      // A job cancelled before the worker reached it is skipped: no signature, counted as cancelled.
      const queued2 = busy(pool);
      const skipped = pool.sign(sk(3), msg);
      skipped.cancel();
      const kept = pool.sign(sk(3), msg); // control: the next one is signed
      assert.equal(await skipped.signature, undefined);
      assert.deepEqual(await kept.signature, expected);
      await queued2;
      assert.equal(pool.counts.cancelled, 1);
    } finally {
      await pool.close();
    }
    assert.equal(await pool.sign(sk(3), utf8('x')).signature, undefined, 'closed: undefined');
  });
});

describe('presigns in the keystore (real blst, SQLite)', () => {
  const shared = sharedStore('sqlite', 'presign', 'presign test');
  let s: Services;
  let other: Services;
  let pool: BlsPool;
  const pubOf = async (name: string) => (await s.keys.show(name)).publicKey;
  const signMsg = (name: string, m: Uint8Array, on = s) => on.keys.sign(name, { message: m }, {}, 'test');
  const counts = () => ({ ...s.keys.presignCounts });
  const delta = (before: ReturnType<typeof counts>) => {
    const now = counts();
    return { posted: now.posted - before.posted, used: now.used - before.used, inline: now.inline - before.inline };
  };
  const hot = async (name: string) => {
    await s.keys.create({ name, algorithm: 'bls12-381' }, 'test');
    await signMsg(name, utf8('warm')); // opens the secret and keeps it (the key's rows remembered)
  };

  before(async () => {
    await shared.init();
    s = await shared.instance(Date.now);
    other = await shared.instance(Date.now);
    pool = new BlsPool(1);
    s.keys.usePresigner(pool);
  });
  after(async () => {
    await pool.close();
    await shared.cleanup();
  });

  test('nothing is presigned for a key not signed with here yet (no kept secret, no rows remembered)', async () => {
    await s.keys.create({ name: 'cold-start', algorithm: 'bls12-381' }, 'test');
    assert.equal(s.keys.presign('cold-start', utf8('m')), undefined);
    await signMsg('cold-start', utf8('m'));
    const ticket = s.keys.presign('cold-start', utf8('n'));
    assert.ok(ticket, 'control: after one signature it presigns');
    ticket.discard();
    assert.equal(s.inst.secrets.presignCount, 0, 'discarded');
  });

  test('the transaction takes the arrived presign: byte-identical to inline, verifying with blst', async () => {
    await hot('v-use');
    const msg = fromHex('ab'.repeat(32));
    const c0 = counts();
    assert.equal(await s.keys.presign('v-use', msg)!.arrived, true);
    const pre = await signMsg('v-use', msg);
    assert.deepEqual(delta(c0), { posted: 1, used: 1, inline: 0 });
    const inline = await signMsg('v-use', msg); // nothing presigned now: blst on the main thread
    assert.deepEqual(delta(c0), { posted: 1, used: 1, inline: 1 });
    assert.equal(pre.signature, inline.signature);
    assert.ok(verifies(await pubOf('v-use'), msg, pre.signature));
    assert.equal(s.inst.secrets.presignCount, 0, 'used: gone');
  });

  test('a presign of message A is never the signature of message B (B signs inline and verifies; A still takes its own)', async () => {
    await hot('v-ab');
    const [a, b] = [fromHex('0a'.repeat(32)), fromHex('0b'.repeat(32))];
    assert.equal(await s.keys.presign('v-ab', a)!.arrived, true);
    const c0 = counts();
    const sb = await signMsg('v-ab', b);
    assert.deepEqual(delta(c0), { posted: 0, used: 0, inline: 1 });
    assert.ok(verifies(await pubOf('v-ab'), b, sb.signature));
    assert.ok(!verifies(await pubOf('v-ab'), a, sb.signature));
    const sa = await signMsg('v-ab', a);
    assert.deepEqual(delta(c0), { posted: 0, used: 1, inline: 1 }, 'control: A takes its presign');
    assert.ok(verifies(await pubOf('v-ab'), a, sa.signature));
  });

  test('a presign made under the old rows is not used after a rotation (here: dropped; elsewhere: another identity)', async () => {
    await hot('v-rot');
    const msg = fromHex('cc'.repeat(32));
    assert.equal(await s.keys.presign('v-rot', msg)!.arrived, true);
    await s.keys.rotate('v-rot', 'test');
    assert.equal(s.inst.secrets.presignCount, 0, 'dropped with the old secret');
    const c0 = counts();
    const r = await signMsg('v-rot', msg);
    assert.equal(r.version, 2);
    assert.deepEqual(delta(c0), { posted: 0, used: 0, inline: 0 }, 'the new version is opened, not taken from the cache');
    assert.ok(verifies(await pubOf('v-rot'), msg, r.signature));

    // Rotated by another instance on the store: this one still keeps the v2 secret and its presign.
    const m2 = fromHex('cd'.repeat(32));
    assert.equal(await s.keys.presign('v-rot', m2)!.arrived, true);
    await other.keys.rotate('v-rot', 'test');
    const r3 = await signMsg('v-rot', m2);
    assert.equal(r3.version, 3);
    assert.ok(verifies(await pubOf('v-rot'), m2, r3.signature), 'signed by v3, not the v2 presign');
    assert.deepEqual(delta(c0), { posted: 1, used: 0, inline: 0 }, 'the v2 presign left unused (it expires with its secret kept here)');
  });

  test('a key disabled after its presign was posted does not sign; its presign is dropped; enabled again it signs inline', async () => {
    await hot('v-dis');
    const base = s.inst.secrets.presignCount; // another test's presign may still wait for its expiry
    const msg = fromHex('dd'.repeat(32));
    const ticket = s.keys.presign('v-dis', msg)!;
    await s.keys.setEnabled('v-dis', false, 'test'); // posted before: in flight or arrived, it leaves with the secret
    await ticket.arrived;
    assert.equal(s.inst.secrets.presignCount, base);
    await assert.rejects(signMsg('v-dis', msg), (e: unknown) => e instanceof CustosError && e.code === 'E_KEY_DISABLED');
    // Disabled on another instance, after the presign arrived here: refused from the key row, and dropped with the secret.
    await s.keys.setEnabled('v-dis', true, 'test');
    await signMsg('v-dis', utf8('warm'));
    assert.equal(await s.keys.presign('v-dis', msg)!.arrived, true);
    await other.keys.setEnabled('v-dis', false, 'test');
    await assert.rejects(signMsg('v-dis', msg), (e: unknown) => e instanceof CustosError && e.code === 'E_KEY_DISABLED');
    assert.equal(s.inst.secrets.presignCount, base, 'dropped with the secret at the refusal');
    await other.keys.setEnabled('v-dis', true, 'test');
    const c0 = counts();
    const r = await signMsg('v-dis', msg);
    assert.deepEqual(delta(c0), { posted: 0, used: 0, inline: 0 }, 'control: it signs again (the secret opened afresh)');
    assert.ok(verifies(await pubOf('v-dis'), msg, r.signature));
  });

  test('seal drops every presign', async () => {
    await hot('v-seal');
    assert.equal(await s.keys.presign('v-seal', utf8('x'))!.arrived, true);
    assert.ok(s.inst.secrets.presignCount > 0);
    s.inst.seal();
    assert.equal(s.inst.secrets.presignCount, 0);
    assert.equal(s.keys.presign('v-seal', utf8('y')), undefined, 'sealed: nothing posted');
    await s.inst.unseal({ passphrase: utf8('presign test') }, 'test');
  });

  test('a presign not arrived yet: the transaction signs inline (never waits) and the late arrival is zeroed', async () => {
    await hot('v-late');
    const base = s.inst.secrets.presignCount;
    let release!: (sig: Uint8Array) => void;
    let cancelled = 0;
    const late: BlsSigner = {
      sign: (secret) => (secret.fill(0), { signature: new Promise((r) => (release = r)), cancel: () => void cancelled++ }),
      close: async () => {},
    };
    s.keys.usePresigner(late);
    try {
      const msg = fromHex('ee'.repeat(32));
      const ticket = s.keys.presign('v-late', msg)!;
      const c0 = counts();
      const r = await signMsg('v-late', msg);
      assert.deepEqual(delta(c0), { posted: 0, used: 0, inline: 1 });
      assert.equal(cancelled, 1, 'the signer was told to skip it');
      assert.ok(verifies(await pubOf('v-late'), msg, r.signature));
      const sig = fromHex(r.signature);
      release(sig);
      assert.equal(await ticket.arrived, false);
      assert.ok(
        sig.every((b) => b === 0),
        'the late signature was zeroed',
      );
      assert.equal(s.inst.secrets.presignCount, base);
    } finally {
      s.keys.usePresigner(pool);
    }
  });

  test('a signer that throws posts nothing: the copy of the secret is zeroed, nothing is held, the duty signs inline', async () => {
    await hot('v-throw');
    const base = s.inst.secrets.presignCount;
    let given: Uint8Array | undefined;
    const throwing: BlsSigner = {
      sign: (secret) => {
        given = secret;
        throw new Error('signer broken');
      },
      close: async () => {},
    };
    s.keys.usePresigner(throwing);
    try {
      const msg = fromHex('e7'.repeat(32));
      assert.equal(s.keys.presign('v-throw', msg), undefined);
      assert.ok(given && given.length === 32 && given.every((b) => b === 0), 'the copy handed to the signer is zeroed');
      assert.equal(s.inst.secrets.presignCount, base, 'nothing held');
      assert.ok(verifies(await pubOf('v-throw'), msg, (await signMsg('v-throw', msg)).signature), 'signed inline');
    } finally {
      s.keys.usePresigner(pool);
    }
    // Control: the pool presigns the key again.
    assert.equal(await s.keys.presign('v-throw', fromHex('e8'.repeat(32)))!.arrived, true);
  });

  test('a failing or killed worker: the signature is made inline, never an error; a new worker presigns again', async () => {
    await hot('v-kill');
    const failing: BlsSigner = { sign: () => ({ signature: Promise.reject(new Error('worker gone')), cancel: () => {} }), close: async () => {} };
    s.keys.usePresigner(failing);
    const m1 = fromHex('f1'.repeat(32));
    assert.equal(await s.keys.presign('v-kill', m1)!.arrived, false);
    s.keys.usePresigner(pool);
    const c0 = counts();
    assert.ok(verifies(await pubOf('v-kill'), m1, (await signMsg('v-kill', m1)).signature));
    const m2 = fromHex('f2'.repeat(32));
    const queued = busy(pool);
    const ticket = s.keys.presign('v-kill', m2)!;
    await pool.kill(0); // mid-flight
    await queued;
    assert.equal(await ticket.arrived, false);
    assert.ok(verifies(await pubOf('v-kill'), m2, (await signMsg('v-kill', m2)).signature));
    assert.deepEqual(delta(c0), { posted: 1, used: 0, inline: 2 });
    const m3 = fromHex('f3'.repeat(32));
    assert.equal(await s.keys.presign('v-kill', m3)!.arrived, true, 'control: the restarted worker presigns');
    assert.ok(verifies(await pubOf('v-kill'), m3, (await signMsg('v-kill', m3)).signature));
    assert.deepEqual(delta(c0), { posted: 2, used: 1, inline: 2 });
  });
});
