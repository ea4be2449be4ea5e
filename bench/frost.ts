/**
 * FROST 2-of-3 full signature, in process, per suite, through
 * src/threshold/frost.ts: commit x2, signShare x2, aggregateVerified (which
 * verifies both shares, aggregates and verifies the result). Key from a DKG
 * (not timed). Per suite: a warm-up, then the median of 3 timed rounds; beside
 * it, in the same run, the same protocol on noble's engine (the backend before
 * decision record 0013) and one local-key signature of the matching curve.
 *
 *   node --import tsx bench/frost.ts        (~8 s)
 */
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { aggregateVerified, commit, signShare, verify, verifyShare, type FrostKeyPackage } from '../src/threshold/frost.js';
import { FROST_SUITES, frostSuite, type FrostSuite } from '../src/threshold/suites.js';
import { sign as ed25519Sign } from '../src/crypto/ed25519.js';
import { ecdsaSign } from '../src/crypto/secp256k1.js';
import { dkg } from './dkg.js';
import { median, run } from './timing.js';

const WARMUP_MS = 1000;
const ROUND_MS = 500;
const ROUNDS = 3;

const MSG = new TextEncoder().encode('custos frost bench: 32-byte-ish message');

console.log(
  `FROST 2-of-3 full signature (commit x2, signShare x2, aggregateVerified); load ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
console.log("  custos = native backend (src/threshold/frost.ts); noble = the same protocol on noble's engine, same run;");
console.log('  local = one local-key signature of the matching curve (OpenSSL Ed25519 / libsecp256k1 ECDSA)');
const sk = randomBytes(32);
const localSign: Record<FrostSuite, () => unknown> = {
  'frost-ed25519': () => ed25519Sign(sk, MSG),
  'frost-secp256k1': () => ecdsaSign(sk, MSG.subarray(0, 32)),
  'frost-secp256k1-tr': () => ecdsaSign(sk, MSG.subarray(0, 32)),
};
for (const suite of FROST_SUITES) {
  const [a, b] = dkg(suite, 2, 3) as [FrostKeyPackage, FrostKeyPackage, FrostKeyPackage];
  const once = (): Uint8Array => {
    const na = commit(suite, a.secret);
    const nb = commit(suite, b.secret);
    const list = [na.commitments, nb.commitments];
    const sa = signShare(suite, a.secret, a.public, na.nonces, list, MSG);
    const sb = signShare(suite, b.secret, b.public, nb.nonces, list, MSG);
    return aggregateVerified(suite, a.public, list, MSG, { [a.secret.identifier]: sa, [b.secret.identifier]: sb });
  };
  const { frost } = frostSuite(suite);
  const nobleOnce = (): Uint8Array => {
    const na = frost.commit(a.secret);
    const nb = frost.commit(b.secret);
    const list = [na.commitments, nb.commitments];
    const sa = frost.signShare(a.secret, a.public, na.nonces, list, MSG);
    const sb = frost.signShare(b.secret, b.public, nb.nonces, list, MSG);
    return frost.aggregate(a.public, list, MSG, { [a.secret.identifier]: sa, [b.secret.identifier]: sb });
  };
  const ms = (fn: () => unknown) => {
    run(fn, WARMUP_MS / 2);
    return 1000 / median(Array.from({ length: ROUNDS }, () => run(fn, ROUND_MS)));
  };
  const tCustos = ms(once);
  const tNoble = ms(nobleOnce);
  const tLocal = ms(localSign[suite]);
  console.log(
    `  ${suite.padEnd(20)} custos ${tCustos.toFixed(2).padStart(6)} ms/sig  noble ${tNoble.toFixed(2).padStart(6)} ms/sig  (noble/custos ${(tNoble / tCustos).toFixed(1)}x)  local ${tLocal.toFixed(3)} ms  (custos/local ${(tCustos / tLocal).toFixed(0)}x)`,
  );
}

// Where the time goes: each step alone (ms per call), for the profile in BENCHMARKS.md.
console.log('\nFROST 2-of-3 per step (ms per call): commit, signShare, verifyShare, aggregate (incl. its one check), final verify');
for (const suite of FROST_SUITES) {
  const [a, b] = dkg(suite, 2, 3) as [FrostKeyPackage, FrostKeyPackage, FrostKeyPackage];
  const ms = (fn: () => unknown) => 1000 / median(Array.from({ length: ROUNDS }, () => run(fn, ROUND_MS / 2)));
  const tCommit = ms(() => commit(suite, a.secret));
  let na = commit(suite, a.secret);
  const nb = commit(suite, b.secret);
  const tShare =
    ms(() => {
      na = commit(suite, a.secret);
      return signShare(suite, a.secret, a.public, na.nonces, [na.commitments, nb.commitments], MSG);
    }) - tCommit;
  na = commit(suite, a.secret);
  const list = [na.commitments, nb.commitments];
  const shares = {
    [a.secret.identifier]: signShare(suite, a.secret, a.public, na.nonces, list, MSG),
    [b.secret.identifier]: signShare(suite, b.secret, b.public, nb.nonces, list, MSG),
  };
  const tVerifyShare = ms(() => verifyShare(suite, a.public, list, MSG, a.secret.identifier, shares[a.secret.identifier]!));
  let sig: Uint8Array = new Uint8Array();
  const tAggregate = ms(() => (sig = aggregateVerified(suite, a.public, list, MSG, shares)));
  const tVerify = ms(() => verify(suite, a.public, MSG, sig));
  console.log(
    `  ${suite.padEnd(20)} commit ${tCommit.toFixed(2)}  signShare ${tShare.toFixed(2)}  verifyShare ${tVerifyShare.toFixed(2)}  aggregateVerified ${tAggregate.toFixed(2)}  verify ${tVerify.toFixed(2)}`,
  );
}
