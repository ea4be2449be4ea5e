/**
 * Address derivation: Ethereum (yellow paper + EIP-55), Bitcoin BIP84 P2WPKH and
 * BIP86 key-path Taproot (spec vectors), Solana base58 (well-known program ids).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { HDKey } from '@scure/bip32';
import { mnemonicToSeedSync } from '@scure/bip39';
import { addressesFor, ethereumAddress } from '../../src/crypto/addresses.js';
import { getAlgorithm } from '../../src/crypto/algorithms.js';
import { fromHex, toHex } from '../../src/crypto/bytes.js';
import { uncompressedPublicKey } from '../../src/crypto/secp256k1.js';

const secp = getAlgorithm('secp256k1');
const MNEMONIC = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
const root = HDKey.fromMasterSeed(mnemonicToSeedSync(MNEMONIC));
const childPub = (path: string): Uint8Array => {
  const pub = root.derive(path).publicKey;
  assert.ok(pub);
  return pub;
};

describe('Ethereum addresses (EIP-55)', () => {
  const cases: [string, string][] = [
    ['01', '0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf'],
    ['02', '0x2B5AD5c4795c026514f8317c7a215E218DcCD6cF'],
    ['03', '0x6813Eb9362372EEF6200f3b1dbC3f819671cBA69'],
    ['4646464646464646464646464646464646464646464646464646464646464646', '0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F'], // EIP-155 example key
  ];
  for (const [sk, want] of cases) {
    test(`private key 0x${sk.padStart(64, '0').slice(-8)} -> ${want}`, () => {
      const pub = secp.publicKey(fromHex(sk.padStart(64, '0')));
      assert.equal(ethereumAddress(pub), want);
      assert.equal(ethereumAddress(uncompressedPublicKey(pub)), want); // 65-byte form too
      assert.equal(addressesFor('secp256k1', pub).ethereum, want);
    });
  }
});

describe('Bitcoin addresses', () => {
  test("BIP84 vector: m/84'/0'/0'/0/0 -> bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu", () => {
    const pub = childPub("m/84'/0'/0'/0/0");
    assert.equal(toHex(pub), '0330d54fd0dd420a6e5f8d3624f5f3482cae350f79d5f0753bf5beef9c2d91af3c'); // BIP84 pubkey
    assert.equal(addressesFor('secp256k1', pub).bitcoinP2wpkh, 'bc1qcr8te4kr609gcawutmrza0j4xv80jy8z306fyu');
  });

  test("BIP86 vector: m/86'/0'/0'/0/0 -> bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr", () => {
    const pub = childPub("m/86'/0'/0'/0/0");
    assert.equal(toHex(pub.subarray(1)), 'cc8a4bc64d897bddc5fbc2f670f7a8ba0b386779106cf1223c6fc5d7cd6fc115'); // BIP86 internal_key
    assert.equal(addressesFor('secp256k1', pub).bitcoinP2tr, 'bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr');
  });

  test('secp256k1 yields exactly ethereum, bitcoinP2wpkh, bitcoinP2tr', () => {
    const a = addressesFor('secp256k1', childPub("m/84'/0'/0'/0/0"));
    assert.deepEqual(Object.keys(a).sort(), ['bitcoinP2tr', 'bitcoinP2wpkh', 'ethereum']);
    assert.match(a.bitcoinP2wpkh ?? '', /^bc1q/);
    assert.match(a.bitcoinP2tr ?? '', /^bc1p/);
  });

  test('invalid secp256k1 public keys are E_BAD_INPUT', () => {
    assert.throws(() => addressesFor('secp256k1', new Uint8Array(33)), { code: 'E_BAD_INPUT' });
    assert.throws(() => addressesFor('secp256k1', new Uint8Array(32)), { code: 'E_BAD_INPUT' });
    assert.throws(() => ethereumAddress(new Uint8Array(20)), { code: 'E_BAD_INPUT' });
  });
});

describe('Solana addresses (base58 of the ed25519 key)', () => {
  test('System Program: 32 zero bytes -> 11111111111111111111111111111111', () => {
    assert.deepEqual(addressesFor('ed25519', new Uint8Array(32)), { solana: '11111111111111111111111111111111' });
  });

  test('SPL Token program id', () => {
    const pub = fromHex('06ddf6e1d765a193d9cbe146ceeb79ac1cb485ed5f5b37913a8cf5857eff00a9');
    assert.equal(addressesFor('ed25519', pub).solana, 'TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA');
  });

  test('RFC 8032 TEST 1 public key (hand-checked with two independent base58 encoders)', () => {
    const pub = fromHex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');
    assert.equal(addressesFor('ed25519', pub).solana, 'FVen3X669xLzsi6N2V91DoiyzHzg1uAgqiT8jZ9nS96Z');
  });

  test('wrong length is E_BAD_INPUT', () => {
    assert.throws(() => addressesFor('ed25519', new Uint8Array(33)), { code: 'E_BAD_INPUT' });
  });
});

describe('algorithms without addresses', () => {
  test('bls12-381 and ml-dsa-65 -> {}', () => {
    assert.deepEqual(addressesFor('bls12-381', new Uint8Array(48)), {});
    assert.deepEqual(addressesFor('ml-dsa-65', new Uint8Array(1952)), {});
  });
});
