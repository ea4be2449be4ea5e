/**
 * Official HD-derivation vectors through custos's own CLI paths:
 * `wallet import` (seed / BIP39 mnemonic), `wallet xpub`, `key show`, `sign`, `verify`.
 *
 * Expected values come only from the vector files, decoded or converted with
 * independent libraries where needed (@scure/bip32 to turn an expected xprv into
 * its xpub or to unpack an expected xpub; @noble/curves for BLS/Ed25519/secp256k1
 * public keys and signatures from the vectors' own private keys). Nothing expected
 * is computed with custos code.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HDKey } from '@scure/bip32';
import { bls12_381 } from '@noble/curves/bls12-381.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { Sandbox, VECTORS } from '../helpers/cli.js';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const unhex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s.replace(/^0x/i, ''), 'hex'));
const readJson = (...p: string[]): any => JSON.parse(readFileSync(join(VECTORS, ...p), 'utf8'));

/** Public extended key of an expected xprv (vector value, converted with @scure/bip32). */
const xpubOf = (xprv: string): string => HDKey.fromExtendedKey(xprv).publicExtendedKey;

/** BLS min-pk public key (G1, 48-byte compressed) of an EIP-2333 decimal secret, via @noble/curves. */
function blsPublicOfDecimal(sk: string): string {
  const bytes = unhex(BigInt(sk).toString(16).padStart(64, '0'));
  return hex(bls12_381.longSignatures.getPublicKey(bytes).toBytes(true));
}

function withSandbox(): { sb: () => Sandbox } {
  let sb: Sandbox | undefined;
  before(async () => {
    sb = new Sandbox();
    await sb.initPassphrase();
  });
  after(() => sb?.cleanup());
  return { sb: () => sb! };
}

describe('BIP-32 test vectors 1-4 via wallet import --seed-file / wallet xpub / key show', () => {
  const { sb } = withSandbox();
  const data = readJson('bip32', 'bip32_vectors.json');
  const valid = data.valid as Array<{ vector: number; seed_hex: string; chains: Array<{ path: string; ext_pub: string; ext_prv: string }> }>;

  test('the file has vectors 1-4 with 17 chains', () => {
    assert.deepEqual(
      valid.map((v) => v.vector),
      [1, 2, 3, 4],
    );
    assert.equal(
      valid.reduce((n, v) => n + v.chains.length, 0),
      17,
    );
  });

  for (const v of valid) {
    test(`vector ${v.vector} (${v.chains.length} chains)`, async () => {
      const name = `bip32-v${v.vector}`;
      const seedFile = sb().file(`${name}.seed`, `${v.seed_hex}\n`);
      const w = await sb().ok('wallet', 'import', name, '--allow-raw', '--seed-file', seedFile);
      assert.equal(w.name, name);
      assert.equal(w.origin, 'imported');
      for (const c of v.chains) {
        const x = await sb().ok('wallet', 'xpub', name, '--path', c.path);
        assert.equal(x.xpub, c.ext_pub, `xpub at ${c.path}`);
        assert.equal(x.path, c.path);
        // The expected xpub's own key, decoded independently, and its xprv agree.
        const expected = HDKey.fromExtendedKey(c.ext_pub);
        assert.equal(xpubOf(c.ext_prv), c.ext_pub, 'vector self-consistency');
        const k = await sb().ok('key', 'show', `${name}/${c.path}`);
        assert.equal(k.algorithm, 'secp256k1');
        assert.equal(k.publicKey, hex(expected.publicKey!), `public key at ${c.path}`);
        assert.equal(k.wallet.path, c.path);
        // Same account through "wallet derive".
        const d = await sb().ok('wallet', 'derive', name, '--path', c.path);
        assert.equal(d.publicKey, k.publicKey);
      }
    });
  }

  test("paths written with h are the same accounts as with '", async () => {
    const c = valid[0]!.chains[3]!; // m/0'/1/2'
    assert.equal(c.path, "m/0'/1/2'");
    const x = await sb().ok('wallet', 'xpub', 'bip32-v1', '--path', 'm/0h/1/2H');
    assert.equal(x.xpub, c.ext_pub);
  });
});

describe('BIP-39 english vectors (passphrase TREZOR) via wallet import --mnemonic-file', () => {
  const { sb } = withSandbox();
  const vectors = readJson('bip39', 'vectors.json').english as Array<[string, string, string, string]>;

  test('the file has 24 english vectors', () => assert.equal(vectors.length, 24));

  test('each mnemonic + TREZOR gives the vector master xpub at m', async () => {
    const pass = sb().file('bip39-pass', 'TREZOR');
    for (const [i, [, mnemonic, , xprv]] of vectors.entries()) {
      const name = `bip39-${i}`;
      const mf = sb().file(`${name}.txt`, `${mnemonic}\n`);
      await sb().ok('wallet', 'import', name, '--allow-raw', '--mnemonic-file', mf, '--bip39-passphrase-file', pass);
      const x = await sb().ok('wallet', 'xpub', name, '--path', 'm');
      assert.equal(x.xpub, xpubOf(xprv), `vector ${i}: ${mnemonic.split(' ').length} words`);
    }
  });

  test('without the passphrase the master key differs (the passphrase is really used)', async () => {
    const [, mnemonic, , xprv] = vectors[0]!;
    const mf = sb().file('bip39-nopass.txt', mnemonic);
    await sb().ok('wallet', 'import', 'bip39-nopass', '--allow-raw', '--mnemonic-file', mf);
    const x = await sb().ok('wallet', 'xpub', 'bip39-nopass', '--path', 'm');
    assert.notEqual(x.xpub, xpubOf(xprv));
  });
});

describe('SLIP-10 vectors (ed25519, secp256k1) via wallet import --seed-file / key show --curve / sign / verify', () => {
  const { sb } = withSandbox();
  type Chain = { path: string; fingerprint: string; chain_code: string; private: string; public: string };
  type Vec = { name: string; curve: string; seed_hex: string; chains: Chain[] };
  const edVectors = readJson('slip10', 'slip10_ed25519.json').vectors as Vec[];
  const k1Vectors = readJson('slip10', 'slip10_secp256k1.json').vectors as Vec[];

  test('the files have 2 vectors x 6 chains per curve', () => {
    for (const set of [edVectors, k1Vectors]) {
      assert.equal(set.length, 2);
      assert.equal(
        set.reduce((n, v) => n + v.chains.length, 0),
        12,
      );
    }
  });

  for (const [vi, v] of edVectors.entries()) {
    test(`${v.name}: public keys, and Ed25519 signatures that verify`, async () => {
      assert.equal(v.curve, 'ed25519');
      const name = `slip10-ed-${vi + 1}`;
      await sb().ok('wallet', 'import', name, '--allow-raw', '--seed-file', sb().file(`${name}.seed`, v.seed_hex));
      const msg = 'cafebabe' + hex(new TextEncoder().encode(v.name));
      for (const c of v.chains) {
        assert.match(c.public, /^00[0-9a-f]{64}$/, 'SLIP-10 writes ed25519 public keys as 00 || key');
        const expectedPub = c.public.slice(2);
        const k = await sb().ok('key', 'show', `${name}/${c.path}`, '--curve', 'ed25519');
        assert.equal(k.algorithm, 'ed25519');
        assert.equal(k.publicKey, expectedPub, `public key at ${c.path}`);
        assert.equal(hex(ed25519.getPublicKey(unhex(c.private))), expectedPub, 'vector self-consistency (noble)');

        const s = await sb().ok('sign', '--key', `${name}/${c.path}`, '--curve', 'ed25519', '--message', msg);
        assert.equal(s.scheme, 'eddsa');
        assert.equal(s.publicKey, expectedPub);
        // RFC 8032 signatures are deterministic: the vector's private key signs the same bytes.
        assert.equal(s.signature, hex(ed25519.sign(unhex(msg), unhex(c.private))), `signature at ${c.path}`);
        assert.ok(ed25519.verify(unhex(s.signature), unhex(msg), unhex(expectedPub)));
        const ok = await sb().ok('verify', '--key', `${name}/${c.path}`, '--curve', 'ed25519', '--message', msg, '--signature', s.signature);
        assert.equal(ok.valid, true);
        const bad = await sb().fails('verify', '--key', `${name}/${c.path}`, '--curve', 'ed25519', '--message', msg + '00', '--signature', s.signature);
        assert.equal(bad.error, 'E_BAD_SIGNATURE');
      }
    });
  }

  test('ed25519 refuses a non-hardened path component (SLIP-10: hardened only)', async () => {
    const r = await sb().fails('key', 'show', "slip10-ed-1/m/0'/1", '--curve', 'ed25519');
    assert.equal(r.error, 'E_BAD_PATH');
  });

  for (const [vi, v] of k1Vectors.entries()) {
    test(`${v.name}: public keys, chain codes, parent fingerprints, ECDSA signatures`, async () => {
      assert.equal(v.curve, 'secp256k1');
      const name = `slip10-k1-${vi + 1}`;
      await sb().ok('wallet', 'import', name, '--allow-raw', '--seed-file', sb().file(`${name}.seed`, v.seed_hex));
      const digest = hex(new Uint8Array(32).fill(0x5a));
      for (const c of v.chains) {
        const k = await sb().ok('key', 'show', `${name}/${c.path}`, '--curve', 'secp256k1');
        assert.equal(k.publicKey, c.public, `public key at ${c.path}`);
        const x = HDKey.fromExtendedKey((await sb().ok('wallet', 'xpub', name, '--path', c.path)).xpub);
        assert.equal(hex(x.publicKey!), c.public);
        assert.equal(hex(x.chainCode!), c.chain_code, `chain code at ${c.path}`);
        assert.equal(x.parentFingerprint.toString(16).padStart(8, '0'), c.fingerprint, `parent fingerprint at ${c.path}`);

        const s = await sb().ok('sign', '--key', `${name}/${c.path}`, '--digest', digest);
        assert.equal(s.scheme, 'ecdsa');
        // RFC 6979 + low-s is deterministic: r||s from the vector's private key with noble.
        const expected = secp256k1.sign(unhex(digest), unhex(c.private), { prehash: false, lowS: true });
        assert.equal(s.signature.slice(0, 128), hex(expected), `signature at ${c.path}`);
        assert.ok(secp256k1.verify(unhex(s.signature.slice(0, 128)), unhex(digest), unhex(c.public), { prehash: false }));
        assert.equal((await sb().ok('verify', '--key', `${name}/${c.path}`, '--digest', digest, '--signature', s.signature)).valid, true);
      }
    });
  }
});

describe('EIP-2333 vectors via wallet import --seed-file / key show --curve bls12-381', () => {
  const { sb } = withSandbox();
  type Case = { name: string; seed: string; master_SK: string; child_index: number; child_SK: string; bip39_mnemonic?: string; bip39_passphrase?: string };
  const cases = readJson('eip2333_eip2335', 'eip2333_vectors.json').test_cases as Case[];

  test('the file has 5 cases', () => assert.equal(cases.length, 5));

  for (const [i, c] of cases.entries()) {
    test(`${c.name}: W/m is master_SK's key, W/m/${c.child_index} is child_SK's key`, async () => {
      const name = `eip2333-${i}`;
      // The seed exactly as the spec prints it (0x prefix; case 2 in uppercase hex).
      await sb().ok('wallet', 'import', name, '--allow-raw', '--seed-file', sb().file(`${name}.seed`, c.seed));
      const master = await sb().ok('key', 'show', `${name}/m`, '--curve', 'bls12-381');
      assert.equal(master.algorithm, 'bls12-381');
      assert.equal(master.publicKey, blsPublicOfDecimal(c.master_SK), 'master public key');
      const child = await sb().ok('key', 'show', `${name}/m/${c.child_index}`, '--curve', 'bls12-381');
      assert.equal(child.publicKey, blsPublicOfDecimal(c.child_SK), 'child public key');
      assert.equal(child.publicKey.length, 96);
      // The derived BLS account signs and verifies through the CLI.
      const msg = 'deadbeef';
      const s = await sb().ok('sign', '--key', `${name}/m/${c.child_index}`, '--curve', 'bls12-381', '--message', msg);
      assert.equal(s.scheme, 'bls-pop');
      assert.equal(s.publicKey, child.publicKey);
      assert.equal(
        (await sb().ok('verify', '--key', `${name}/m/${c.child_index}`, '--curve', 'bls12-381', '--message', msg, '--signature', s.signature)).valid,
        true,
      );
    });
  }

  test('Test Case 0 from its BIP39 mnemonic + TREZOR (wallet import --mnemonic-file)', async () => {
    const c = cases[0]!;
    assert.ok(c.bip39_mnemonic && c.bip39_passphrase);
    const mf = sb().file('eip2333-mn.txt', c.bip39_mnemonic);
    const pf = sb().file('eip2333-pass.txt', c.bip39_passphrase);
    await sb().ok('wallet', 'import', 'eip2333-mn', '--allow-raw', '--mnemonic-file', mf, '--bip39-passphrase-file', pf);
    assert.equal((await sb().ok('key', 'show', 'eip2333-mn/m', '--curve', 'bls12-381')).publicKey, blsPublicOfDecimal(c.master_SK));
    assert.equal((await sb().ok('key', 'show', `eip2333-mn/m/${c.child_index}`, '--curve', 'bls12-381')).publicKey, blsPublicOfDecimal(c.child_SK));
  });

  test('EIP-2334 paths take plain indices: a hardened marker is E_BAD_PATH', async () => {
    const r = await sb().fails('key', 'show', "eip2333-0/m/0'", '--curve', 'bls12-381');
    assert.equal(r.error, 'E_BAD_PATH');
  });
});
