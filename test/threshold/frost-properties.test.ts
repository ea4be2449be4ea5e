/**
 * FROST properties through custos's layer, per suite, for random T-of-N
 * (T in 2..3, N in 3..4) keys made by a DKG run entirely through
 * src/threshold/frost.ts: any T signers produce a signature that verifies
 * (Ed25519: also node:crypto; -tr: also BIP340 schnorr.verify on the x-only
 * key); T-1 cannot; a corrupted share is E_INVALID_SHARE naming its sender;
 * nonces are single-use. numRuns is small: noble FROST is slow.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createPublicKey, verify as nodeVerify } from 'node:crypto';
import fc from 'fast-check';
import { schnorr } from '@noble/curves/secp256k1.js';
import { utf8 } from '../../src/crypto/bytes.js';
import { isCustosError } from '../../src/errors.js';
import {
  aggregateVerified,
  commit,
  dkgClean,
  dkgRound1,
  dkgRound2,
  dkgRound3,
  groupPublicKey,
  identifierFromIndex,
  signShare,
  verify,
  type DKG_Round2,
  type FrostKeyPackage,
  type FrostPublic,
  type Identifier,
  type NonceCommitments,
} from '../../src/threshold/frost.js';
import { FROST_SUITES, frostSuite, type FrostSuite } from '../../src/threshold/suites.js';

const RUNS = 8;

/** A full DKG among N parties (all messages routed in memory). */
function dkg(suite: FrostSuite, min: number, max: number): Map<Identifier, FrostKeyPackage> {
  const ids = Array.from({ length: max }, (_, i) => identifierFromIndex(suite, i + 1));
  const r1 = new Map(ids.map((id) => [id, dkgRound1(suite, id, { min, max })]));
  const others = (id: Identifier) => ids.filter((o) => o !== id).map((o) => r1.get(o)!.public);
  const inbox = new Map<Identifier, DKG_Round2[]>(ids.map((id) => [id, []]));
  for (const id of ids) {
    for (const [to, pkg] of Object.entries(dkgRound2(suite, r1.get(id)!.secret, others(id)))) inbox.get(to)!.push(pkg);
  }
  const keys = new Map<Identifier, FrostKeyPackage>();
  for (const id of ids) {
    const { secret } = r1.get(id)!;
    keys.set(id, dkgRound3(suite, secret, others(id), inbox.get(id)!));
    dkgClean(suite, secret);
  }
  return keys;
}

/** Round one + round two for `signers`; returns the commitment list and shares. */
function signRound(suite: FrostSuite, keys: Map<Identifier, FrostKeyPackage>, signers: Identifier[], msg: Uint8Array, pub?: FrostPublic) {
  const round1 = signers.map((id) => ({ id, ...commit(suite, keys.get(id)!.secret) }));
  const list: NonceCommitments[] = round1.map((r) => r.commitments);
  const shares: Record<Identifier, Uint8Array> = {};
  for (const r of round1) {
    const key = keys.get(r.id)!;
    shares[r.id] = signShare(suite, key.secret, pub ?? key.public, r.nonces, list, msg);
  }
  return { list, shares };
}

/** Verify with a non-FROST verifier where the suite's output format has one. */
function verifyStandard(suite: FrostSuite, pk: Uint8Array, msg: Uint8Array, sig: Uint8Array): boolean {
  if (suite === 'frost-ed25519') {
    const key = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(pk).toString('base64url') }, format: 'jwk' });
    return nodeVerify(null, msg, key, sig);
  }
  if (suite === 'frost-secp256k1-tr') return schnorr.verify(sig, msg, pk);
  return verify(suite, pk, msg, sig);
}

/** Random T-of-N, a random T-subset (as indices into 1..N) and a message. */
const setup = fc.record({ t: fc.integer({ min: 2, max: 3 }), n: fc.integer({ min: 3, max: 4 }) }).chain(({ t, n }) =>
  fc.record({
    t: fc.constant(t),
    n: fc.constant(n),
    subset: fc.shuffledSubarray(
      Array.from({ length: n }, (_, i) => i + 1),
      { minLength: t, maxLength: t },
    ),
    msg: fc.uint8Array({ minLength: 0, maxLength: 64 }),
    victim: fc.nat(),
  }),
);

for (const suite of FROST_SUITES) {
  describe(`FROST properties: ${suite}`, () => {
    test('DKG: all parties agree on the public package; the group key has the displayed length', () => {
      const keys = dkg(suite, 2, 3);
      const pubs = [...keys.values()].map((k) => k.public);
      for (const p of pubs) assert.deepEqual(p, pubs[0]);
      for (const k of keys.values()) frostSuite(suite).frost.validateSecret(k.secret, k.public);
      const len = { 'frost-ed25519': 32, 'frost-secp256k1': 33, 'frost-secp256k1-tr': 32 }[suite];
      assert.equal(groupPublicKey(suite, pubs[0]!).length, len);
    });

    test('any T of N signers produce a valid signature; T-1 cannot; a corrupted share names its sender', () => {
      fc.assert(
        fc.property(setup, ({ t, n, subset, msg, victim }) => {
          const keys = dkg(suite, t, n);
          const pub = keys.get(identifierFromIndex(suite, 1))!.public;
          const pk = groupPublicKey(suite, pub);
          const signers = subset.map((i) => identifierFromIndex(suite, i));

          // any T signers -> a signature valid under FROST and the standard verifier
          const { list, shares } = signRound(suite, keys, signers, msg);
          const sig = aggregateVerified(suite, pub, list, msg, shares);
          assert.ok(verify(suite, pub, msg, sig));
          assert.ok(verifyStandard(suite, pk, msg, sig));
          assert.ok(!verify(suite, pub, Uint8Array.from([...msg, 0]), sig));

          // T-1 shares: the layer refuses to aggregate
          const [dropped, ...rest] = signers;
          const partial = Object.fromEntries(rest.map((id) => [id, shares[id]!]));
          assert.throws(
            () => aggregateVerified(suite, pub, list, msg, partial),
            (e) => isCustosError(e, 'E_BAD_INPUT'),
          );
          const restList = list.filter((c) => c.identifier !== dropped);
          assert.throws(
            () => aggregateVerified(suite, pub, restList, msg, partial),
            (e) => isCustosError(e, 'E_BAD_INPUT'),
          );
          // a party refuses to sign for fewer than T signers
          const p0 = keys.get(rest[0]!)!;
          const c0 = commit(suite, p0.secret);
          assert.throws(
            () => signShare(suite, p0.secret, p0.public, c0.nonces, restList, msg),
            (e) => isCustosError(e, 'E_BAD_INPUT'),
          );
          // parties fooled into a package claiming threshold T-1: each share verifies alone, the sum never does
          if (t - 1 >= 2) {
            const downgraded = { ...pub, signers: { min: t - 1, max: n } };
            const low = signRound(suite, keys, rest, msg, downgraded);
            assert.throws(
              () => aggregateVerified(suite, downgraded, low.list, msg, low.shares),
              (e) => isCustosError(e, 'E_BAD_INPUT'),
            );
          }

          // corrupted share -> E_INVALID_SHARE naming exactly that participant
          const cheater = signers[victim % signers.length]!;
          const bad = Uint8Array.from(shares[cheater]!);
          bad[victim % bad.length]! ^= 1 + (victim % 255);
          assert.throws(
            () => aggregateVerified(suite, pub, list, msg, { ...shares, [cheater]: bad }),
            (e) => isCustosError(e, 'E_INVALID_SHARE') && e.details?.participant === cheater && e.message.includes(cheater),
          );
        }),
        { numRuns: RUNS },
      );
    });

    test('DKG: a corrupted round-2 share is E_INVALID_SHARE naming its sender', () => {
      const ids = [1, 2, 3].map((i) => identifierFromIndex(suite, i));
      const r1 = ids.map((id) => dkgRound1(suite, id, { min: 2, max: 3 }));
      const [me, , b] = ids as [Identifier, Identifier, Identifier];
      const others = (i: number) => r1.filter((_, j) => j !== i).map((r) => r.public);
      dkgRound2(suite, r1[0]!.secret, others(0));
      const fromA = dkgRound2(suite, r1[1]!.secret, others(1))[me]!;
      const fromB = dkgRound2(suite, r1[2]!.secret, others(2))[me]!;
      const tampered = { ...fromB, signingShare: Uint8Array.from(fromB.signingShare) };
      tampered.signingShare[suite === 'frost-ed25519' ? 0 : 31]! ^= 1;
      assert.throws(
        () => dkgRound3(suite, r1[0]!.secret, others(0), [fromA, tampered]),
        (e) => isCustosError(e, 'E_INVALID_SHARE') && e.details?.participant === b,
      );
      dkgClean(suite, r1[0]!.secret);
    });

    test('nonces are single-use: signShare zeroes them and a reuse fails', () => {
      const keys = dkg(suite, 2, 3);
      const signers = [1, 2].map((i) => identifierFromIndex(suite, i));
      const msg = utf8('custos');
      const r = signers.map((id) => ({ id, ...commit(suite, keys.get(id)!.secret) }));
      const list = r.map((x) => x.commitments);
      const k0 = keys.get(signers[0]!)!;
      signShare(suite, k0.secret, k0.public, r[0]!.nonces, list, msg);
      assert.ok(r[0]!.nonces.hiding.every((b) => b === 0) && r[0]!.nonces.binding.every((b) => b === 0));
      assert.throws(
        () => signShare(suite, k0.secret, k0.public, r[0]!.nonces, list, msg),
        (e) => isCustosError(e, 'E_BAD_INPUT'),
      );
    });
  });
}

test('unknown suite is E_UNSUPPORTED', () => {
  assert.throws(
    () => frostSuite('frost-p256'),
    (e) => isCustosError(e, 'E_UNSUPPORTED'),
  );
  assert.throws(
    () => identifierFromIndex('toString' as FrostSuite, 1),
    (e) => isCustosError(e, 'E_UNSUPPORTED'),
  );
});
