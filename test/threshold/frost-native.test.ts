/**
 * The native FROST backend (src/threshold/frost-native.ts over libsodium /
 * libsecp256k1) against noble's RFC 9591 engine (@noble/curves abstract/frost),
 * the independent implementation it replaces on the signing path: for random
 * keys (trusted dealer, so group keys of both Y parities; and DKG, so -tr's
 * TapTweaked keys), random signer sets and messages, and the same nonce
 * randomness, both produce byte-identical nonces, commitments, signature
 * shares and signatures; each accepts the other's; both reject a corrupted
 * share and name the same participant. (RFC 9591 Appendix E vectors go
 * through the same code in rfc9591-frost.test.ts.)
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { schnorr } from '@noble/curves/secp256k1.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { toHex } from '../../src/crypto/bytes.js';
import { isCustosError } from '../../src/errors.js';
import { aggregateVerified, commit, signShare } from '../../src/threshold/frost.js';
import * as native from '../../src/threshold/frost-native.js';
import { FROST_SUITES, frostSuite, type FrostSuite } from '../../src/threshold/suites.js';
import type { FrostPublic, FrostSecret, Identifier, NonceCommitments } from '../../src/threshold/frost.js';
import { dkg } from '../../bench/dkg.js';

const RUNS = 25;

/** An rng that replays `seed` in 32-byte chunks, so both engines draw the same nonce randomness. */
const replay = (seed: Uint8Array) => {
  let off = 0;
  return (len = 32): Uint8Array<ArrayBuffer> => {
    const out = Uint8Array.from(seed.subarray(off, off + len));
    off += len;
    assert.equal(out.length, len, 'seed exhausted');
    return out;
  };
};

const sample = <T>(xs: T[], picks: number[], k: number): T[] => {
  const pool = [...xs];
  return picks.slice(0, k).map((p) => pool.splice(p % pool.length, 1)[0]!);
};

interface Case {
  pub: FrostPublic;
  secrets: FrostSecret[];
}

function dealer(suite: FrostSuite, min: number, max: number): Case {
  const d = frostSuite(suite).frost.trustedDealer({ min, max });
  return { pub: d.public, secrets: Object.values(d.secretShares) };
}

function fromDkg(suite: FrostSuite, min: number, max: number): Case {
  const keys = dkg(suite, min, max);
  return { pub: keys[0]!.public, secrets: keys.map((k) => k.secret) };
}

/** One signing run through both engines; returns the parity facts seen (for -tr coverage). */
function both(suite: FrostSuite, c: Case, t: number, picks: number[], msg: Uint8Array, seed: Uint8Array) {
  const { frost } = frostSuite(suite);
  const signers = sample(c.secrets, picks, t);
  const nativeRound1 = signers.map((s, i) => native.commit(suite, s, replay(seed.subarray(i * 64, i * 64 + 64))));
  const nobleRound1 = signers.map((s, i) => frost.commit(s, replay(seed.subarray(i * 64, i * 64 + 64))));
  nativeRound1.forEach((n, i) => {
    const o = nobleRound1[i]!;
    assert.equal(toHex(n.nonces.hiding), toHex(o.nonces.hiding), 'hiding nonce');
    assert.equal(toHex(n.nonces.binding), toHex(o.nonces.binding), 'binding nonce');
    assert.equal(toHex(n.commitments.hiding), toHex(o.commitments.hiding), 'hiding commitment');
    assert.equal(toHex(n.commitments.binding), toHex(o.commitments.binding), 'binding commitment');
    assert.equal(n.commitments.identifier, o.commitments.identifier);
  });
  const list: NonceCommitments[] = nativeRound1.map((r) => r.commitments);
  const shares: Record<Identifier, Uint8Array> = {};
  signers.forEach((s, i) => {
    const a = native.signShare(suite, s, c.pub, nativeRound1[i]!.nonces, list, msg);
    const b = frost.signShare(s, c.pub, nobleRound1[i]!.nonces, list, msg);
    assert.equal(toHex(a), toHex(b), 'signature share');
    assert.ok(native.verifyShare(suite, c.pub, list, msg, s.identifier, a));
    assert.ok(frost.verifyShare(c.pub, list, msg, s.identifier, a));
    shares[s.identifier] = a;
  });
  const sig = native.aggregate(suite, c.pub, list, msg, shares);
  assert.equal(toHex(sig), toHex(frost.aggregate(c.pub, list, msg, shares)), 'signature');
  const key = frostSuite(suite).groupPublicKey(c.pub);
  assert.ok(native.verify(suite, sig, msg, key), 'native verify');
  assert.ok(frost.verify(sig, msg, key), 'noble verify');
  if (suite === 'frost-secp256k1-tr') assert.ok(schnorr.verify(sig, msg, key), 'BIP340');
  if (suite === 'frost-ed25519') assert.ok(ed25519.verify(sig, msg, key), 'RFC 8032');
  // Negative controls: another message, a flipped signature bit.
  const other = Uint8Array.from([...msg, 1]);
  assert.ok(!native.verify(suite, sig, other, key));
  assert.ok(!frost.verify(sig, other, key));
  // A corrupted share (still a canonical scalar: +1 mod order) is named by both engines.
  const victim = signers[picks[0]! % signers.length]!.identifier;
  const Fn = frost.utils.Fn;
  const bad = { ...shares, [victim]: Fn.toBytes(Fn.add(Fn.fromBytes(shares[victim]!), 1n)) };
  assert.ok(!native.verifyShare(suite, c.pub, list, msg, victim, bad[victim]!));
  assert.ok(!frost.verifyShare(c.pub, list, msg, victim, bad[victim]!));
  const cheaters = (fn: () => unknown): unknown => {
    try {
      fn();
    } catch (e) {
      return (e as { cheaters?: unknown }).cheaters;
    }
    return 'accepted';
  };
  assert.deepEqual(
    cheaters(() => native.aggregate(suite, c.pub, list, msg, bad)),
    [victim],
  );
  assert.deepEqual(
    cheaters(() => frost.aggregate(c.pub, list, msg, bad)),
    [victim],
  );
  // -tr's odd-Y group commitment (nonce negation) is hit in about half the runs; x(R) alone does not show it.
  return { oddKey: c.pub.commitments[0]![0] === 3 };
}

const arb = fc.record({
  t: fc.integer({ min: 2, max: 3 }),
  extra: fc.integer({ min: 0, max: 2 }),
  picks: fc.array(fc.nat(), { minLength: 3, maxLength: 3 }),
  msg: fc.uint8Array({ minLength: 0, maxLength: 80 }),
  seed: fc.uint8Array({ minLength: 192, maxLength: 192 }),
});

for (const suite of FROST_SUITES) {
  describe(`native FROST backend = noble's RFC 9591 engine (${suite})`, () => {
    test('trusted-dealer keys: identical nonces, commitments, shares, signatures; both verify; both name a cheater', () => {
      let odd = 0;
      fc.assert(
        fc.property(arb, ({ t, extra, picks, msg, seed }) => {
          const r = both(suite, dealer(suite, t, t + extra), t, picks, msg, seed);
          if (r.oddKey) odd++;
        }),
        { numRuns: RUNS },
      );
      // secp256k1 group keys are 02/03 with probability 1/2 each: both parities were exercised (fails with p = 2^-25).
      if (suite !== 'frost-ed25519') assert.ok(odd > 0 && odd < RUNS, `odd-Y group keys seen in ${odd} of ${RUNS} runs`);
    });

    test('DKG keys (for -tr: TapTweaked): identical outputs in both engines', () => {
      fc.assert(
        fc.property(arb, ({ t, picks, msg, seed }) => {
          both(suite, fromDkg(suite, t, t + 1), t, picks, msg, seed);
        }),
        { numRuns: 4 },
      );
    });

    test('verify refuses what noble refuses: wrong lengths, a non-canonical z, a foreign key', () => {
      const c = dealer(suite, 2, 3);
      const msg = randomBytes(32);
      const list = c.secrets.slice(0, 2).map((s) => native.commit(suite, s));
      const shares = Object.fromEntries(
        c.secrets.slice(0, 2).map((s, i) => [
          s.identifier,
          native.signShare(
            suite,
            s,
            c.pub,
            list[i]!.nonces,
            list.map((x) => x.commitments),
            msg,
          ),
        ]),
      );
      const sig = native.aggregate(
        suite,
        c.pub,
        list.map((x) => x.commitments),
        msg,
        shares,
      );
      const key = frostSuite(suite).groupPublicKey(c.pub);
      assert.ok(native.verify(suite, sig, msg, key), 'positive control');
      assert.throws(() => native.verify(suite, sig.subarray(1), msg, key));
      const highZ = Uint8Array.from(sig);
      highZ.fill(0xff, sig.length - 32); // z >= group order: not a canonical scalar
      assert.throws(() => native.verify(suite, highZ, msg, key));
      assert.throws(() => frostSuite(suite).frost.verify(highZ, msg, key));
      const foreign = frostSuite(suite).groupPublicKey(dealer(suite, 2, 3).pub);
      assert.equal(native.verify(suite, sig, msg, foreign), false);
    });
  });
}

/** Hostile inputs through custos's layer (src/threshold/frost.ts), which now runs the native engine. */
describe('hostile signing inputs are refused by the native path (E_BAD_INPUT / E_INVALID_SHARE, nothing signed)', () => {
  const T8 = ed25519.Point.fromBytes(Buffer.from('c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a', 'hex'));
  const hostile: Record<FrostSuite, [string, (b: Uint8Array) => Uint8Array][]> = {
    'frost-ed25519': [
      ['a small-order point', () => T8.toBytes()],
      ['the identity', () => ed25519.Point.ZERO.toBytes()],
      ['a mixed-order point (valid commitment + 8-torsion)', (b) => ed25519.Point.fromBytes(b).add(T8).toBytes()],
      ['a non-canonical encoding (y = p + 1)', () => Uint8Array.from([0xee, ...new Uint8Array(30).fill(0xff), 0x7f])],
    ],
    'frost-secp256k1': [
      ['an uncompressed encoding of the same point', (b) => schnorr.Point.fromBytes(b).toBytes(false)],
      ['an x not on the curve', (b) => Uint8Array.from([b[0]!, ...new Uint8Array(31), 5])],
    ],
    'frost-secp256k1-tr': [['an x >= p', (b) => Uint8Array.from([b[0]!, ...new Uint8Array(32).fill(0xff)])]],
  };
  for (const suite of FROST_SUITES) {
    for (const [name, corrupt] of hostile[suite]) {
      test(`${suite}: a binding commitment that is ${name}`, () => {
        const c = dealer(suite, 2, 3);
        const [a, b] = c.secrets as [FrostSecret, FrostSecret];
        const msg = randomBytes(32);
        const na = commit(suite, a);
        const nb = commit(suite, b);
        // Positive control: the honest session signs.
        const list = [na.commitments, nb.commitments];
        const shares = {
          [a.identifier]: signShare(
            suite,
            a,
            c.pub,
            { ...na.nonces, hiding: Uint8Array.from(na.nonces.hiding), binding: Uint8Array.from(na.nonces.binding) },
            list,
            msg,
          ),
          [b.identifier]: signShare(suite, b, c.pub, nb.nonces, list, msg),
        };
        assert.ok(aggregateVerified(suite, c.pub, list, msg, shares).length > 0);
        // A hostile coordinator gives party a a list where b's binding commitment is corrupt: a refuses to sign.
        const bad = [na.commitments, { ...nb.commitments, binding: Uint8Array.from(corrupt(nb.commitments.binding)) }];
        assert.throws(
          () => signShare(suite, a, c.pub, na.nonces, bad, msg),
          (e: unknown) => isCustosError(e, 'E_BAD_INPUT'),
        );
        assert.ok(
          na.nonces.hiding.some((x) => x !== 0),
          'a refused share consumes no nonce',
        );
        // The coordinator refuses the same corrupt commitment before aggregating, naming b.
        assert.throws(
          () => aggregateVerified(suite, c.pub, bad, msg, shares),
          (e: unknown) => isCustosError(e, 'E_BAD_INPUT') && e.details?.participant === b.identifier,
        );
      });
    }
  }
});
