/** A T-of-N FROST key set made by running the DKG in this process (benchmark set-up, not timed). */
import { dkgRound1, dkgRound2, dkgRound3, identifierFromIndex, type DKG_Round2, type FrostKeyPackage } from '../src/threshold/frost.js';
import type { FrostSuite } from '../src/threshold/suites.js';

export function dkg(suite: FrostSuite, t: number, n: number): FrostKeyPackage[] {
  const ids = Array.from({ length: n }, (_, i) => identifierFromIndex(suite, i + 1));
  const r1 = ids.map((id) => dkgRound1(suite, id, { min: t, max: n }));
  const others = (i: number) => r1.filter((_, j) => j !== i).map((r) => r.public);
  const inbox: DKG_Round2[][] = ids.map(() => []);
  r1.forEach((r, i) => {
    const out = dkgRound2(suite, r.secret, others(i));
    ids.forEach((id, j) => out[id] && inbox[j]!.push(out[id]));
  });
  return r1.map((r, i) => dkgRound3(suite, r.secret, others(i), inbox[i]!));
}
