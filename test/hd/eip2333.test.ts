/**
 * EIP-2333 test cases (ethereum/ERCs erc-2333.md "Test Cases", transcribed with
 * DECIMAL STRINGS in eip2333_vectors.json) through deriveSecret(seed,
 * 'bls12-381', ...), plus staking-deposit-cli's tree_kdf.json as a second
 * source. tree_kdf.json stores the keys as bare JSON integers > 2^53, which
 * JSON.parse would round: the numbers are quoted before parsing here.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { isCustosError } from '../../src/errors.js';
import { toHex } from '../../src/crypto/bytes.js';
import { deriveSecret } from '../../src/hd/derive.js';
import { mnemonicToSeed } from '../../src/hd/bip39.js';

interface Case {
  name: string;
  seed: string;
  master_SK: string;
  child_index: number;
  child_SK: string;
  bip39_mnemonic?: string;
  bip39_passphrase?: string;
}
const read = (rel: string) => readFileSync(new URL(`../vectors/eip2333_eip2335/${rel}`, import.meta.url), 'utf8');
const spec = (JSON.parse(read('eip2333_vectors.json')) as { test_cases: Case[] }).test_cases;
// Quote every integer of 16+ digits so JSON.parse keeps it exact.
const depositCli = (JSON.parse(read('staking-deposit-cli/tree_kdf.json').replace(/:\s*(\d{16,})/g, ': "$1"')) as { kdf_tests: Case[] }).kdf_tests;

const hexSeed = (s: string) => Uint8Array.from(Buffer.from(s.replace(/^0x/, ''), 'hex'));
/** 32-byte big-endian encoding of a decimal string, computed without custos code. */
const be32 = (dec: string) => BigInt(dec).toString(16).padStart(64, '0');

function check(c: Case): void {
  const seed = hexSeed(c.seed);
  assert.equal(toHex(deriveSecret(seed, 'bls12-381', 'm')), be32(c.master_SK));
  assert.equal(toHex(deriveSecret(seed, 'bls12-381', `m/${c.child_index}`)), be32(c.child_SK));
}

describe('EIP-2333 spec test cases', () => {
  test('5 cases, keys are decimal strings', () => {
    assert.equal(spec.length, 5);
    for (const c of spec) assert.equal(typeof c.master_SK, 'string');
  });
  for (const c of spec) test(`${c.name} (child index ${c.child_index})`, () => check(c));
  test('case 0 seed is the BIP-39 seed of its mnemonic', () => {
    const c = spec[0] as Case;
    assert.equal('0x' + toHex(mnemonicToSeed(c.bip39_mnemonic ?? '', c.bip39_passphrase ?? '')), c.seed);
  });
});

describe('EIP-2333 staking-deposit-cli tree_kdf.json', () => {
  test('4 cases, big integers kept exact', () => {
    assert.equal(depositCli.length, 4);
    for (const c of depositCli) assert.match(String(c.master_SK), /^\d{70,}$/);
  });
  depositCli.forEach((c, i) => test(`case ${i}`, () => check({ ...c, master_SK: String(c.master_SK), child_SK: String(c.child_SK) })));
});

describe('EIP-2333/2334 path and seed rules', () => {
  const seed = hexSeed(spec[1]?.seed ?? '');
  test('multi-level path equals chained single steps (EIP-2334 m/12381/3600/0/0/0)', () => {
    const a = deriveSecret(seed, 'bls12-381', 'm/12381/3600/0/0/0');
    assert.equal(a.length, 32);
    assert.notEqual(toHex(a), toHex(deriveSecret(seed, 'bls12-381', 'm/12381/3600/0/0/1')));
  });
  test('hardened markers are E_BAD_PATH', () => {
    for (const p of ["m/12381'/3600/0", 'm/12381/3600h/0']) {
      assert.throws(
        () => deriveSecret(seed, 'bls12-381', p),
        (e: unknown) => isCustosError(e, 'E_BAD_PATH'),
      );
    }
  });
  test('index 2^32 is E_BAD_PATH; 2^32-1 is fine', () => {
    assert.throws(
      () => deriveSecret(seed, 'bls12-381', 'm/4294967296'),
      (e: unknown) => isCustosError(e, 'E_BAD_PATH'),
    );
    assert.equal(deriveSecret(seed, 'bls12-381', 'm/4294967295').length, 32);
  });
  test('seed shorter than 256 bits is E_BAD_INPUT (EIP-2333 derive_master_SK)', () => {
    assert.throws(
      () => deriveSecret(new Uint8Array(31), 'bls12-381', 'm'),
      (e: unknown) => isCustosError(e, 'E_BAD_INPUT'),
    );
  });
});
