/**
 * Native vs pure-JS signing throughput: custos' backends (libsecp256k1 addon,
 * node:crypto/OpenSSL Ed25519, blst) against @noble/curves on the same inputs.
 * No framework: per case a 2 s warm-up (split between the two sides), then the
 * median of 3 timed rounds per side, measured with process.hrtime.bigint().
 *
 *   node --import tsx bench/crypto.ts        (~30 s)
 */
import { createHash } from 'node:crypto';
import { bls12_381 } from '@noble/curves/bls12-381.js';
import { ed25519 as nobleEd } from '@noble/curves/ed25519.js';
import { secp256k1 as nobleSecp } from '@noble/curves/secp256k1.js';
import * as bls from '../src/crypto/bls.js';
import * as ed from '../src/crypto/ed25519.js';
import * as secp from '../src/crypto/secp256k1.js';
import { median, run } from './timing.js';

const WARMUP_MS = 2000;
const ROUND_MS = 400;
const ROUNDS = 3;

/** Deterministic benchmark inputs (not secrets): sha256 of a label. */
const seed = (label: string): Uint8Array => Uint8Array.from(createHash('sha256').update(label).digest());
const MSGS = Array.from({ length: 8 }, (_, i) => seed(`bench message ${i}`));

interface Case {
  name: string;
  native: (i: number) => unknown;
  noble: (i: number) => unknown;
}

function measure(c: Case): { native: number; noble: number } {
  run(c.native, WARMUP_MS / 2);
  run(c.noble, WARMUP_MS / 2);
  const nat: number[] = [];
  const nob: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    nat.push(run(c.native, ROUND_MS)); // interleave sides so drift hits both equally
    nob.push(run(c.noble, ROUND_MS));
  }
  return { native: median(nat), noble: median(nob) };
}

const msg = (i: number): Uint8Array => MSGS[i % MSGS.length] as Uint8Array;

// secp256k1 ECDSA over a 32-byte digest.
const secpSk = seed('bench secp256k1 key');
const secpPub = secp.publicKey(secpSk);
const secpSigs = MSGS.map((m) => secp.ecdsaSign(secpSk, m));
const secpCompact = secpSigs.map((s) => s.subarray(0, 64));

// Ed25519.
const edSk = seed('bench ed25519 key');
const edPub = ed.publicKey(edSk);
const edSigs = MSGS.map((m) => ed.sign(edSk, m));

// BLS12-381 min-pk, POP DST.
const blsL = bls12_381.longSignatures;
const blsSk = seed('bench bls key');
blsSk[0] = (blsSk[0] as number) & 0x3f; // below the group order r
const blsPub = bls.publicKey(blsSk);
const blsSigs = MSGS.map((m) => bls.sign(blsSk, m));

const cases: Case[] = [
  {
    name: 'secp256k1 ECDSA sign',
    native: (i) => secp.ecdsaSign(secpSk, msg(i)),
    noble: (i) => nobleSecp.sign(msg(i), secpSk, { prehash: false, format: 'recovered' }),
  },
  {
    name: 'secp256k1 ECDSA verify',
    native: (i) => secp.ecdsaVerify(secpPub, msg(i), secpSigs[i % MSGS.length] as Uint8Array),
    noble: (i) => nobleSecp.verify(secpCompact[i % MSGS.length] as Uint8Array, msg(i), secpPub, { prehash: false }),
  },
  {
    name: 'ed25519 sign',
    native: (i) => ed.sign(edSk, msg(i)),
    noble: (i) => nobleEd.sign(msg(i), edSk),
  },
  {
    name: 'ed25519 verify',
    native: (i) => ed.verify(edPub, msg(i), edSigs[i % MSGS.length] as Uint8Array),
    noble: (i) => nobleEd.verify(edSigs[i % MSGS.length] as Uint8Array, msg(i), edPub),
  },
  {
    name: 'BLS12-381 sign',
    native: (i) => bls.sign(blsSk, msg(i)),
    noble: (i) => blsL.sign(blsL.hash(msg(i), bls.BLS_POP_DST), blsSk),
  },
  {
    name: 'BLS12-381 verify',
    native: (i) => bls.verify(blsPub, msg(i), blsSigs[i % MSGS.length] as Uint8Array),
    noble: (i) => blsL.verify(blsSigs[i % MSGS.length] as Uint8Array, blsL.hash(msg(i), bls.BLS_POP_DST), blsPub),
  },
];

// Sanity: both sides agree before we time them.
if (!nobleSecp.verify(secpCompact[0] as Uint8Array, msg(0), secpPub, { prehash: false })) throw new Error('secp mismatch');
if (!nobleEd.verify(edSigs[0] as Uint8Array, msg(0), edPub)) throw new Error('ed25519 mismatch');
if (!blsL.verify(blsSigs[0] as Uint8Array, blsL.hash(msg(0), bls.BLS_POP_DST), blsPub)) throw new Error('bls mismatch');

const fmt = (x: number): string => (x >= 100 ? Math.round(x).toLocaleString('en-US') : x.toFixed(1)).padStart(11);
console.log(`node ${process.version} ${process.platform}-${process.arch}; warm-up ${WARMUP_MS} ms, median of ${ROUNDS} x ${ROUND_MS} ms`);
console.log(`${'operation'.padEnd(24)} ${'native ops/s'.padStart(12)} ${'noble ops/s'.padStart(12)} ${'native/noble'.padStart(13)}`);
for (const c of cases) {
  const r = measure(c);
  console.log(`${c.name.padEnd(24)} ${fmt(r.native)} ${fmt(r.noble)}  ${(r.native / r.noble).toFixed(2).padStart(11)}x`);
}
