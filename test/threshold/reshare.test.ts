/**
 * FROST share refresh / resharing (src/threshold/reshare.ts), per suite, on keys
 * made by a DKG through src/threshold/frost.ts: the group key never changes, the
 * new shares sign under the OLD group key (-tr: also BIP340 on the x-only key;
 * the -tr fixture is chosen with an odd-Y group key), old and new shares do not
 * mix, every party computes the same public package, a cheating dealer is
 * E_INVALID_SHARE naming it, malformed input is E_BAD_INPUT. Plus a fast-check
 * property over random T-of-N -> T2-of-N2 for frost-secp256k1-tr.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
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
  type Signers,
} from '../../src/threshold/frost.js';
import { publicPackageDigest, reshareCombine, reshareDeal, type ReshareDealing } from '../../src/threshold/reshare.js';
import { FROST_SUITES, frostSuite, type FrostSuite } from '../../src/threshold/suites.js';

type Keys = Map<Identifier, FrostKeyPackage>;

const ids = (suite: FrostSuite, ns: number[]): Identifier[] => ns.map((n) => identifierFromIndex(suite, n));

/** A full DKG among `max` parties (ids 1..max), all messages routed in memory. */
function dkg(suite: FrostSuite, min: number, max: number): Keys {
  const all = ids(
    suite,
    Array.from({ length: max }, (_, i) => i + 1),
  );
  const r1 = new Map(all.map((id) => [id, dkgRound1(suite, id, { min, max })]));
  const others = (id: Identifier) => all.filter((o) => o !== id).map((o) => r1.get(o)!.public);
  const inbox = new Map<Identifier, DKG_Round2[]>(all.map((id) => [id, []]));
  for (const id of all) {
    for (const [to, pkg] of Object.entries(dkgRound2(suite, r1.get(id)!.secret, others(id)))) inbox.get(to)!.push(pkg);
  }
  const keys: Keys = new Map();
  for (const id of all) {
    const { secret } = r1.get(id)!;
    keys.set(id, dkgRound3(suite, secret, others(id), inbox.get(id)!));
    dkgClean(suite, secret);
  }
  return keys;
}

/** For -tr prefer a DKG whose (tweaked) group key has odd Y: the case even-Y normalisation must survive. */
function fixtureDkg(suite: FrostSuite, min: number, max: number): Keys {
  for (let i = 0; i < 32; i++) {
    const keys = dkg(suite, min, max);
    if (suite !== 'frost-secp256k1-tr' || first(keys).public.commitments[0]![0] === 0x03) return keys;
  }
  throw new Error('no odd-Y group key in 32 DKGs');
}

const first = (keys: Keys): FrostKeyPackage => keys.values().next().value!;

/** Every dealer deals; every new participant combines. Returns the new keys and the dealings. */
function reshareAll(suite: FrostSuite, old: Keys, dealers: Identifier[], signers: Signers, newIds: Identifier[]) {
  const oldPub = first(old).public;
  const dealings = dealers.map((d) => reshareDeal(suite, old.get(d)!, dealers, signers, newIds));
  const keys: Keys = new Map();
  for (const me of newIds) keys.set(me, combineFor(suite, me, oldPub, dealers, signers, newIds, dealings));
  return { keys, dealings };
}

function combineFor(
  suite: FrostSuite,
  me: Identifier,
  oldPub: FrostPublic,
  dealers: Identifier[],
  signers: Signers,
  newIds: Identifier[],
  dealings: ReshareDealing[],
): FrostKeyPackage {
  return reshareCombine(
    suite,
    me,
    oldPub,
    dealers,
    signers,
    newIds,
    dealings.map((d) => ({ dealer: d.dealer, public: d.public })),
    Object.fromEntries(dealings.map((d) => [d.dealer, d.shares[me]!])),
  );
}

/** Commit + signShare for each of `signers` (each with its own key package). */
function signRound(suite: FrostSuite, keys: Keys, signers: Identifier[], msg: Uint8Array, pub?: FrostPublic) {
  const round1 = signers.map((id) => ({ id, ...commit(suite, keys.get(id)!.secret) }));
  const list: NonceCommitments[] = round1.map((r) => r.commitments);
  const shares: Record<Identifier, Uint8Array> = {};
  for (const r of round1) {
    const key = keys.get(r.id)!;
    shares[r.id] = signShare(suite, key.secret, pub ?? key.public, r.nonces, list, msg);
  }
  return { list, shares };
}

/** Sign with `signers` and check the result under the OLD group key (and BIP340 for -tr). */
function assertSigns(suite: FrostSuite, keys: Keys, signers: Identifier[], oldPub: FrostPublic, msg: Uint8Array): void {
  const pub = keys.get(signers[0]!)!.public;
  const { list, shares } = signRound(suite, keys, signers, msg);
  const sig = aggregateVerified(suite, pub, list, msg, shares);
  const oldKey = groupPublicKey(suite, oldPub);
  assert.ok(verify(suite, oldKey, msg, sig));
  assert.ok(verify(suite, oldPub, msg, sig));
  if (suite === 'frost-secp256k1-tr') assert.ok(schnorr.verify(sig, msg, oldKey));
}

/** All k-subsets of xs. */
function subsets<T>(xs: T[], k: number): T[][] {
  if (k === 0) return [[]];
  if (xs.length < k) return [];
  const [h, ...t] = xs as [T, ...T[]];
  return [...subsets(t, k - 1).map((s) => [h, ...s]), ...subsets(t, k)];
}

const isInvalidShareFrom = (who: Identifier) => (e: unknown) => isCustosError(e, 'E_INVALID_SHARE') && e.details?.participant === who;
const isBadInput = (e: unknown) => isCustosError(e, 'E_BAD_INPUT');
const clonePub = (p: FrostPublic): FrostPublic => ({
  signers: { ...p.signers },
  commitments: p.commitments.map((c) => Uint8Array.from(c)),
  verifyingShares: Object.fromEntries(Object.entries(p.verifyingShares).map(([k, v]) => [k, Uint8Array.from(v)])),
});

for (const suite of FROST_SUITES) {
  describe(`FROST reshare: ${suite}`, () => {
    const old = fixtureDkg(suite, 2, 3);
    const oldPub = first(old).public;
    const [id1, id2, id3, id4, id5] = ids(suite, [1, 2, 3, 4, 5]) as [Identifier, Identifier, Identifier, Identifier, Identifier];
    const msg = utf8(`custos reshare ${suite}`);

    test('refresh (same ids and threshold): same group key, new shares sign, old and new do not mix, same digest everywhere', () => {
      const signers = { min: 2, max: 3 };
      const { keys } = reshareAll(suite, old, [id2, id3], signers, [id1, id2, id3]);
      const pubs = [...keys.values()].map((k) => k.public);
      for (const p of pubs) {
        assert.deepEqual(groupPublicKey(suite, p), groupPublicKey(suite, oldPub));
        assert.deepEqual(p.commitments[0], oldPub.commitments[0]);
        assert.deepEqual(p, pubs[0]);
      }
      const digests = new Set(pubs.map(publicPackageDigest));
      assert.equal(digests.size, 1);
      assert.notEqual([...digests][0], publicPackageDigest(oldPub));
      for (const [id, k] of keys) {
        assert.notDeepEqual(k.secret.signingShare, old.get(id)!.secret.signingShare, 'every share changed');
        assert.notDeepEqual(k.public.verifyingShares[id], oldPub.verifyingShares[id]);
        frostSuite(suite).frost.validateSecret(k.secret, k.public);
      }
      for (const pair of subsets([id1, id2, id3], 2)) assertSigns(suite, keys, pair, oldPub, msg);

      // one old share + one new share: never a valid signature
      for (const coordinatorPub of [pubs[0]!, oldPub]) {
        const mixed: Keys = new Map([
          [id1, old.get(id1)!],
          [id2, keys.get(id2)!],
        ]);
        const { list, shares } = signRound(suite, mixed, [id1, id2], msg);
        let sig: Uint8Array | undefined;
        try {
          sig = aggregateVerified(suite, coordinatorPub, list, msg, shares);
        } catch (e) {
          assert.ok(isCustosError(e, 'E_INVALID_SHARE'), String(e));
        }
        if (sig) assert.ok(!verify(suite, oldPub, msg, sig));
      }
    });

    test('reshare 2-of-3 -> 3-of-5 (dealers {1,3}): any 3 of 5 sign under the same key, 2 of 5 cannot', () => {
      const signers = { min: 3, max: 5 };
      const newIds = [id1, id2, id3, id4, id5];
      const { keys } = reshareAll(suite, old, [id1, id3], signers, newIds);
      const pubs = [...keys.values()].map((k) => k.public);
      assert.equal(new Set(pubs.map(publicPackageDigest)).size, 1);
      assert.deepEqual(pubs[0]!.signers, signers);
      assert.equal(pubs[0]!.commitments.length, 3);
      assert.deepEqual(groupPublicKey(suite, pubs[0]!), groupPublicKey(suite, oldPub));
      const triples = subsets(newIds, 3);
      for (const t of triples) assertSigns(suite, keys, t, oldPub, msg);

      // 2 of 5: an honest party refuses, and a package downgraded to min=2 makes shares that do not aggregate
      const pair = [id4, id5];
      const k4 = keys.get(id4)!;
      const c = pair.map((id) => commit(suite, keys.get(id)!.secret));
      assert.throws(
        () =>
          signShare(
            suite,
            k4.secret,
            k4.public,
            c[0]!.nonces,
            c.map((x) => x.commitments),
            msg,
          ),
        isBadInput,
      );
      const downgraded = { ...pubs[0]!, signers: { min: 2, max: 5 } };
      const low = signRound(suite, keys, pair, msg, downgraded);
      assert.throws(() => aggregateVerified(suite, downgraded, low.list, msg, low.shares), isBadInput);
    });

    test('a cheating dealer is E_INVALID_SHARE naming it', () => {
      const signers = { min: 3, max: 5 };
      const newIds = [id1, id2, id3, id4, id5];
      const dealers = [id1, id3];
      const honest = dealers.map((d) => reshareDeal(suite, old.get(d)!, dealers, signers, newIds));
      const [d1, d3] = honest as [ReshareDealing, ReshareDealing];
      const withD3 = (x: ReshareDealing) => [d1, x];
      const { frost } = frostSuite(suite);

      // a consistent VSS of the wrong secret
      const wrong = frost.trustedDealer(signers, newIds);
      const wrongDealing: ReshareDealing = {
        dealer: id3,
        public: wrong.public,
        shares: Object.fromEntries(newIds.map((id) => [id, wrong.secretShares[id]!.signingShare])),
      };
      assert.throws(() => combineFor(suite, id4, oldPub, dealers, signers, newIds, withD3(wrongDealing)), isInvalidShareFrom(id3));

      // commitments[0] tampered (replaced by another valid point)
      const p0 = clonePub(d3.public);
      p0.commitments[0] = p0.commitments[1]!;
      assert.throws(() => combineFor(suite, id2, oldPub, dealers, signers, newIds, withD3({ ...d3, public: p0 })), isInvalidShareFrom(id3));

      // a higher commitment tampered: verifying shares no longer match
      const p1 = clonePub(d3.public);
      p1.commitments[2] = p1.commitments[1]!;
      assert.throws(() => combineFor(suite, id5, oldPub, dealers, signers, newIds, withD3({ ...d3, public: p1 })), isInvalidShareFrom(id3));

      // one verifying share tampered
      const p2 = clonePub(d1.public);
      p2.verifyingShares[id2] = p2.verifyingShares[id3]!;
      assert.throws(() => combineFor(suite, id4, oldPub, dealers, signers, newIds, [{ ...d1, public: p2 }, d3]), isInvalidShareFrom(id1));

      // one share tampered (d1 sends id5's share to id4): id4 blames d1, id5 is unaffected
      const swapped = { ...d1, shares: { ...d1.shares, [id4]: d1.shares[id5]! } };
      assert.throws(() => combineFor(suite, id4, oldPub, dealers, signers, newIds, [swapped, d3]), isInvalidShareFrom(id1));
      combineFor(suite, id5, oldPub, dealers, signers, newIds, [swapped, d3]);

      // a malformed element / wrong commitment count / wrong signers in a dealing
      const p3 = clonePub(d3.public);
      p3.commitments[1] = new Uint8Array(p3.commitments[1]!.length).fill(0xff);
      assert.throws(() => combineFor(suite, id1, oldPub, dealers, signers, newIds, withD3({ ...d3, public: p3 })), isInvalidShareFrom(id3));
      const p4 = clonePub(d3.public);
      p4.commitments.pop();
      assert.throws(() => combineFor(suite, id1, oldPub, dealers, signers, newIds, withD3({ ...d3, public: p4 })), isInvalidShareFrom(id3));
      const p5 = { ...clonePub(d3.public), signers: { min: 3, max: 6 } };
      assert.throws(() => combineFor(suite, id1, oldPub, dealers, signers, newIds, withD3({ ...d3, public: p5 })), isInvalidShareFrom(id3));

      // the honest run still works
      combineFor(suite, id1, oldPub, dealers, signers, newIds, honest);
    });

    test('bad inputs are E_BAD_INPUT', () => {
      const signers = { min: 2, max: 3 };
      const same = [id1, id2, id3];
      const k1 = old.get(id1)!;
      const foreign = identifierFromIndex(suite, 7);
      assert.throws(() => reshareDeal(suite, k1, [id1], signers, same), isBadInput, 'too few dealers');
      assert.throws(() => reshareDeal(suite, k1, [id1, id1], signers, same), isBadInput, 'duplicate dealer');
      assert.throws(() => reshareDeal(suite, k1, [id1, foreign], signers, same), isBadInput, 'dealer not in key set');
      assert.throws(() => reshareDeal(suite, k1, [id2, id3], signers, same), isBadInput, 'caller not a dealer');
      assert.throws(() => reshareDeal(suite, k1, [id1, 'zz'], signers, same), isBadInput, 'malformed id');
      assert.throws(() => reshareDeal(suite, k1, [id1, id2], { min: 1, max: 3 }, same), isBadInput, 'min 1');
      assert.throws(() => reshareDeal(suite, k1, [id1, id2], { min: 3, max: 2 }, [id1, id2]), isBadInput, 'min > max');
      assert.throws(() => reshareDeal(suite, k1, [id1, id2], signers, [id1, id2]), isBadInput, 'newIds count');
      assert.throws(() => reshareDeal(suite, k1, [id1, id2], signers, [id1, id2, id2]), isBadInput, 'duplicate new id');
      const badKey = { ...k1, secret: { ...k1.secret, signingShare: old.get(id2)!.secret.signingShare } };
      assert.throws(() => reshareDeal(suite, badKey, [id1, id2], signers, same), isBadInput, 'inconsistent key package');
      assert.throws(
        () => reshareDeal('frost-p256' as FrostSuite, k1, [id1, id2], signers, same),
        (e) => isCustosError(e, 'E_UNSUPPORTED'),
      );

      const dealers = [id1, id2];
      const ds = dealers.map((d) => reshareDeal(suite, old.get(d)!, dealers, signers, same));
      const pubs = ds.map((d) => ({ dealer: d.dealer, public: d.public }));
      const recv = (me: Identifier) => Object.fromEntries(ds.map((d) => [d.dealer, d.shares[me]!]));
      const combine = (
        o: Partial<{ me: Identifier; oldPub: FrostPublic; dealers: Identifier[]; dealings: typeof pubs; received: Record<Identifier, Uint8Array> }>,
      ) => reshareCombine(suite, o.me ?? id3, o.oldPub ?? oldPub, o.dealers ?? dealers, signers, same, o.dealings ?? pubs, o.received ?? recv(id3));
      combine({}); // sanity
      assert.throws(() => combine({ dealers: [id1] }), isBadInput, 'combine: too few dealers');
      assert.throws(() => combine({ dealers: [id1, id1] }), isBadInput, 'combine: duplicate dealer');
      assert.throws(() => combine({ dealers: [id1, foreign] }), isBadInput, 'combine: foreign dealer');
      assert.throws(() => combine({ dealings: [pubs[0]!] }), isBadInput, 'missing dealing');
      assert.throws(() => combine({ dealings: [...pubs, pubs[0]!] }), isBadInput, 'duplicate dealing');
      assert.throws(() => combine({ dealings: [...pubs, { dealer: id3, public: pubs[0]!.public }] }), isBadInput, 'extra dealing');
      assert.throws(() => combine({ received: { [id1]: recv(id3)[id1]! } }), isBadInput, 'missing share');
      assert.throws(() => combine({ me: foreign, received: recv(id3) }), isBadInput, 'me not in newIds');
      const moved = clonePub(oldPub);
      moved.commitments[0] = moved.verifyingShares[id1]!;
      assert.throws(
        () => combine({ oldPub: moved }),
        (e) => isBadInput(e) && /group key would change/.test((e as Error).message),
      );
    });
  });
}

test('publicPackageDigest is canonical: verifying-share order does not matter, any change does', () => {
  const suite: FrostSuite = 'frost-secp256k1';
  const pub = first(dkg(suite, 2, 3)).public;
  const reordered = { ...pub, verifyingShares: Object.fromEntries(Object.entries(pub.verifyingShares).reverse()) };
  assert.equal(publicPackageDigest(reordered), publicPackageDigest(pub));
  assert.match(publicPackageDigest(pub), /^[0-9a-f]{64}$/);
  assert.notEqual(publicPackageDigest({ ...pub, signers: { min: 3, max: 3 } }), publicPackageDigest(pub));
  const c = clonePub(pub);
  c.commitments[1]![5]! ^= 1;
  assert.notEqual(publicPackageDigest(c), publicPackageDigest(pub));
  assert.throws(() => publicPackageDigest({} as FrostPublic), isBadInput);
});

/** Random T-of-N, a random dealer subset, and a random T2-of-N2 target over ids drawn from 1..7. */
const reshareCase = fc
  .record({ t: fc.integer({ min: 2, max: 3 }), n: fc.integer({ min: 3, max: 4 }), n2: fc.integer({ min: 2, max: 5 }) })
  .chain(({ t, n, n2 }) =>
    fc.record({
      t: fc.constant(t),
      n: fc.constant(n),
      dealers: fc.shuffledSubarray(
        Array.from({ length: n }, (_, i) => i + 1),
        { minLength: t, maxLength: n },
      ),
      t2: fc.integer({ min: 2, max: n2 }),
      newIds: fc.shuffledSubarray([1, 2, 3, 4, 5, 6, 7], { minLength: n2, maxLength: n2 }),
      pick: fc.nat(),
      msg: fc.uint8Array({ maxLength: 48 }),
    }),
  );

test('property (frost-secp256k1-tr): any reshare keeps the BIP340 key; any T2 new signers sign', () => {
  const suite: FrostSuite = 'frost-secp256k1-tr';
  fc.assert(
    fc.property(reshareCase, ({ t, n, dealers, t2, newIds, pick, msg }) => {
      const old = dkg(suite, t, n);
      const oldPub = first(old).public;
      const d = ids(suite, dealers);
      const nid = ids(suite, newIds);
      const signers = { min: t2, max: nid.length };
      const { keys } = reshareAll(suite, old, d, signers, nid);
      const pubs = [...keys.values()].map((k) => k.public);
      assert.equal(new Set(pubs.map(publicPackageDigest)).size, 1);
      assert.deepEqual(pubs[0]!.commitments[0], oldPub.commitments[0]);
      const all = subsets(nid, t2);
      assertSigns(suite, keys, all[pick % all.length]!, oldPub, msg);
    }),
    { numRuns: 8 },
  );
});
