/**
 * Test-only: a SLIP-39 share that passes its own checks (words, RS1024
 * checksum, identifier) but does not combine with its siblings: one value
 * word changed and the checksum recomputed (SLIP-39 §"Checksum").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './process.js';

const WORDS = readFileSync(join(ROOT, 'test', 'vectors', 'slip39', 'wordlist.txt'), 'utf8')
  .split('\n')
  .filter(Boolean);
const GEN = [0xe0e040, 0x1c1c080, 0x3838100, 0x7070200, 0xe0e0009, 0x1c0c2412, 0x38086c24, 0x3090fc48, 0x21b1f890, 0x3f3f120];

function polymod(values: number[]): number {
  let chk = 1;
  for (const v of values) {
    const b = chk >>> 20;
    chk = (((chk & 0xfffff) << 10) ^ v) >>> 0;
    for (let i = 0; i < 10; i++) if ((b >>> i) & 1) chk = (chk ^ GEN[i]!) >>> 0;
  }
  return chk;
}

/** The same header (identifier, group, member index), another value: a wrong share of the right set. */
export function forgeSibling(share: string): string {
  const idx = share
    .trim()
    .split(/\s+/)
    .map((w) => WORDS.indexOf(w));
  if (idx.some((i) => i < 0)) throw new Error('not a SLIP-39 share');
  const extendable = ((((idx[0]! << 10) | idx[1]!) >> 4) & 1) === 1;
  const custom = [...(extendable ? 'shamir_extendable' : 'shamir')].map((c) => c.charCodeAt(0));
  const data = idx.slice(0, -3);
  data[5] = (data[5]! + 1) % 1024; // the first value word (after the 4-word header and the first share-value word)
  const p = polymod([...custom, ...data, 0, 0, 0]) ^ 1;
  const checksum = [0, 1, 2].map((i) => (p >>> (10 * (2 - i))) & 1023);
  return [...data, ...checksum].map((i) => WORDS[i]).join(' ');
}
