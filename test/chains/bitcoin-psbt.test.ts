/**
 * Bitcoin PSBT payloads: BIP86/BIP341 key-path helpers against btc-signer and the
 * BIP86 vector; preparePsbt -> keystore-style signing -> assemblePsbt -> btc-signer
 * finalize/extract, with every input's signature checked independently (noble over
 * the BIP143/BIP341 digests of the extracted transaction) and byte-compared with
 * btc-signer's own signer; facts; and every "cannot account for it" rejection.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { schnorr, secp256k1 } from '@noble/curves/secp256k1.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { HDKey } from '@scure/bip32';
import { mnemonicToSeedSync } from '@scure/bip39';
import { base64, hex } from '@scure/base';
import { NETWORK, OutScript, SigHash, TEST_NETWORK, Transaction, p2tr, p2tr_pk, p2wpkh } from '@scure/btc-signer';
import { assemblePsbt, preparePsbt, type BitcoinContext, type PsbtSigningTask } from '../../src/chains/bitcoin/psbt.js';
import { utf8 } from '../../src/crypto/bytes.js';
import { ecdsaSign, publicKey, schnorrSignTaprootKeyPath, taprootOutputKey } from '../../src/crypto/secp256k1.js';

// ---- custos-style keys made in the test ----
const secretOf = (label: string): Uint8Array => sha256(utf8(`custos-test:${label}`));
const SK = { a: secretOf('a'), b: secretOf('b'), c: secretOf('c'), stranger: secretOf('stranger') };
const PUB = { a: publicKey(SK.a), b: publicKey(SK.b), c: publicKey(SK.c), stranger: publicKey(SK.stranger) };
const CTX: BitcoinContext = {
  network: 'testnet',
  keys: [
    { ref: 'key-a', publicKey: PUB.a },
    { ref: 'key-b', publicKey: PUB.b },
    { ref: 'key-c', publicKey: PUB.c },
  ],
};
const secretFor: Record<string, Uint8Array> = { 'key-a': SK.a, 'key-b': SK.b, 'key-c': SK.c };
const AUX = new Uint8Array(32).fill(7);
const EXTERNAL = 'tb1qw508d6qejxtdg4y5r3zarvary0c5xw7kxpjzsx'; // BIP173 example (testnet)

const wpkh = (pub: Uint8Array) => p2wpkh(pub, TEST_NETWORK);
const tr = (pub: Uint8Array) => p2tr(pub.subarray(1), undefined, TEST_NETWORK);
const txid = (n: number) => new Uint8Array(32).fill(n);

/** Two P2WPKH/P2TR inputs of different keys plus one P2TR without tapInternalKey; external payment and change. */
function standardPsbt(opts: { psbtVersion?: number } = {}): string {
  const tx = new Transaction({ allowUnknownOutputs: true });
  tx.addInput({ txid: txid(1), index: 0, witnessUtxo: { script: wpkh(PUB.a).script, amount: 100_000n } });
  tx.addInput({ txid: txid(2), index: 3, witnessUtxo: { script: tr(PUB.b).script, amount: 50_000n }, tapInternalKey: PUB.b.subarray(1) });
  tx.addInput({ txid: txid(3), index: 1, witnessUtxo: { script: tr(PUB.c).script, amount: 20_000n } });
  tx.addOutputAddress(EXTERNAL, 120_000n, TEST_NETWORK);
  tx.addOutput({ script: tr(PUB.a).script, amount: 45_000n }); // change to key-a's BIP86 address
  tx.addOutput({ script: OutScript.encode({ type: 'unknown', script: hex.decode('6a0401020304') }), amount: 0n }); // OP_RETURN
  return base64.encode(tx.toPSBT(opts.psbtVersion ?? 0));
}

/** What the keystore does for each task (the secret never enters the payload module). */
function signTask(t: PsbtSigningTask): { input: number; signature: Uint8Array } {
  const sk = secretFor[t.ref];
  assert.ok(sk, `no secret for ${t.ref}`);
  const signature = t.scheme === 'ecdsa' ? ecdsaSign(sk, t.digest) : schnorrSignTaprootKeyPath(sk, t.digest, AUX);
  return { input: t.input, signature };
}

function badInput(fn: () => unknown, input?: number, message?: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    const err = e as { code?: string; details?: Record<string, unknown>; message: string };
    assert.equal(err.code, 'E_BAD_INPUT', err.message);
    if (input !== undefined) {
      assert.equal(err.details?.input, input);
      assert.equal(err.details?.field, `psbt.inputs[${input}]`);
    } else assert.equal(typeof err.details?.field, 'string');
    if (message) assert.match(err.message, message);
    return true;
  });
}

describe('BIP341/BIP86 key-path helpers (src/crypto/secp256k1.ts)', () => {
  test('taprootOutputKey equals btc-signer p2tr() tweakedPubkey, both y parities', () => {
    const prefixes = new Set<number>();
    for (let i = 0; i < 16; i++) {
      const pub = publicKey(secretOf(`parity-${i}`));
      prefixes.add(pub[0]!);
      assert.equal(hex.encode(taprootOutputKey(pub)), hex.encode(p2tr(pub.subarray(1)).tweakedPubkey));
    }
    assert.deepEqual([...prefixes].sort(), [2, 3]);
  });

  test("BIP86 vector m/86'/0'/0'/0/0: output key a60869f0…684c", () => {
    const mnemonic = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
    const child = HDKey.fromMasterSeed(mnemonicToSeedSync(mnemonic)).derive("m/86'/0'/0'/0/0");
    assert.ok(child.privateKey && child.publicKey);
    assert.equal(hex.encode(taprootOutputKey(child.publicKey)), 'a60869f0dbcf1dc659c9cecbaf8050135ea9e8cdc487053f1dc6880949dc684c');
    const m = sha256(utf8('bip86'));
    assert.ok(schnorr.verify(schnorrSignTaprootKeyPath(child.privateKey, m), m, taprootOutputKey(child.publicKey)));
  });

  test('schnorrSignTaprootKeyPath equals btc-signer signIdx tapKeySig (same auxRand), both parities', () => {
    for (let i = 0; i < 6; i++) {
      const sk = secretOf(`spend-${i}`);
      const pub = publicKey(sk);
      const tx = new Transaction();
      tx.addInput({ txid: txid(9), index: i, witnessUtxo: { script: p2tr(pub.subarray(1)).script, amount: 10_000n }, tapInternalKey: pub.subarray(1) });
      tx.addOutputAddress('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', 9_000n, NETWORK); // BIP173 example
      const digest = tx.preimageWitnessV1(0, [p2tr(pub.subarray(1)).script], SigHash.DEFAULT, [10_000n]);
      const ours = schnorrSignTaprootKeyPath(sk, digest, AUX);
      assert.ok(tx.signIdx(sk, 0, undefined, AUX));
      assert.equal(hex.encode(ours), hex.encode(tx.getInput(0).tapKeySig!));
      tx.finalize(); // btc-signer accepts the key-path spend it made; ours is byte-identical
    }
  });

  test('a bad public key is E_BAD_INPUT; a random auxRand still verifies', () => {
    assert.throws(() => taprootOutputKey(new Uint8Array(33)), { code: 'E_BAD_INPUT' });
    assert.throws(() => taprootOutputKey(PUB.a.subarray(1)), { code: 'E_BAD_INPUT' });
    const m = sha256(utf8('m'));
    assert.ok(schnorr.verify(schnorrSignTaprootKeyPath(SK.a, m), m, taprootOutputKey(PUB.a)));
  });
});

describe('preparePsbt facts and tasks', () => {
  const prepared = preparePsbt(standardPsbt(), CTX);

  test('one task per input: BIP143 ECDSA for P2WPKH, BIP341 for P2TR, with the owning ref and key', () => {
    assert.deepEqual(
      prepared.tasks.map((t) => [t.input, t.ref, t.scheme, t.digest.length, hex.encode(t.publicKey)]),
      [
        [0, 'key-a', 'ecdsa', 32, hex.encode(PUB.a)],
        [1, 'key-b', 'bip340-taproot', 32, hex.encode(PUB.b)],
        [2, 'key-c', 'bip340-taproot', 32, hex.encode(PUB.c)],
      ],
    );
  });

  test('payload.btc: amounts, fee, change, external addresses', () => {
    const btc = prepared.facts.btc;
    assert.equal(btc.network, 'testnet');
    assert.deepEqual(btc.inputs, [
      { index: 0, txid: hex.encode(txid(1)), vout: 0, amountSats: '100000', type: 'p2wpkh', ref: 'key-a' },
      { index: 1, txid: hex.encode(txid(2)), vout: 3, amountSats: '50000', type: 'p2tr', ref: 'key-b' },
      { index: 2, txid: hex.encode(txid(3)), vout: 1, amountSats: '20000', type: 'p2tr', ref: 'key-c' },
    ]);
    assert.deepEqual(btc.outputs, [
      { index: 0, address: EXTERNAL, amountSats: '120000', change: false },
      { index: 1, address: tr(PUB.a).address, amountSats: '45000', change: true },
      { index: 2, address: 'script:6a0401020304', amountSats: '0', change: false },
    ]);
    assert.equal(btc.totalInSats, '170000');
    assert.equal(btc.totalOutSats, '165000');
    assert.equal(btc.feeSats, '5000');
    assert.equal(btc.externalSats, '120000');
    assert.deepEqual(btc.addresses, [EXTERNAL, 'script:6a0401020304']);
    assert.equal(btc.prevoutsVerified, true); // P2TR inputs commit to every amount
    assert.equal(prepared.valueSats, 125_000n); // external + fee
    assert.ok(btc.feeRateSatVb !== undefined && btc.feeRateSatVb > 15 && btc.feeRateSatVb < 25, String(btc.feeRateSatVb));
  });

  test('regtest and mainnet addresses', () => {
    const reg = preparePsbt(standardPsbt(), { ...CTX, network: 'regtest' }).facts.btc;
    assert.match(reg.outputs[0]!.address, /^bcrt1q/);
    assert.match(reg.outputs[1]!.address, /^bcrt1p/);
    const main = preparePsbt(standardPsbt(), { ...CTX, network: 'mainnet' }).facts.btc;
    assert.match(main.outputs[0]!.address, /^bc1q/);
  });

  test('prevoutsVerified is false for P2WPKH-only without nonWitnessUtxo, true with it', () => {
    const prev = new Transaction();
    prev.addInput({ txid: txid(5), index: 0 });
    prev.addOutput({ script: wpkh(PUB.a).script, amount: 30_000n });
    const build = (withPrevTx: boolean) => {
      const tx = new Transaction();
      tx.addInput({
        txid: hex.decode(prev.id),
        index: 0,
        witnessUtxo: { script: wpkh(PUB.a).script, amount: 30_000n },
        ...(withPrevTx ? { nonWitnessUtxo: prev.unsignedTx } : {}),
      });
      tx.addOutputAddress(EXTERNAL, 29_000n, TEST_NETWORK);
      return base64.encode(tx.toPSBT());
    };
    assert.equal(preparePsbt(build(false), CTX).facts.btc.prevoutsVerified, false);
    assert.equal(preparePsbt(build(true), CTX).facts.btc.prevoutsVerified, true);
  });
});

describe('sign -> assemblePsbt -> finalize -> extract', () => {
  for (const psbtVersion of [0, 2]) {
    test(`PSBTv${psbtVersion}: partial signatures placed, not finalized; finalize/extract; each signature verifies independently`, () => {
      const psbt = standardPsbt({ psbtVersion });
      const { tasks } = preparePsbt(psbt, CTX);
      const signed = assemblePsbt(psbt, tasks.map(signTask), CTX);
      const tx = Transaction.fromPSBT(base64.decode(signed), { allowUnknownOutputs: true });
      assert.equal(tx.isFinal, false);
      const in0 = tx.getInput(0);
      assert.equal(in0.partialSig?.length, 1);
      assert.equal(hex.encode(in0.partialSig![0]![0]), hex.encode(PUB.a));
      assert.equal(in0.partialSig![0]![1].at(-1), SigHash.ALL);
      assert.equal(tx.getInput(1).tapKeySig?.length, 64);
      assert.equal(tx.getInput(2).tapKeySig?.length, 64);

      // Byte-identical to btc-signer signing the same PSBT itself (RFC 6979 ECDSA, same auxRand).
      const ref = Transaction.fromPSBT(base64.decode(psbt), { allowUnknownOutputs: true });
      ref.signIdx(SK.a, 0);
      ref.signIdx(SK.b, 1, undefined, AUX);
      ref.updateInput(2, { tapInternalKey: PUB.c.subarray(1) }); // btc-signer needs it to sign key-path
      ref.signIdx(SK.c, 2, undefined, AUX);
      assert.equal(hex.encode(in0.partialSig![0]![1]), hex.encode(ref.getInput(0).partialSig![0]![1]));
      assert.equal(hex.encode(tx.getInput(1).tapKeySig!), hex.encode(ref.getInput(1).tapKeySig!));
      assert.equal(hex.encode(tx.getInput(2).tapKeySig!), hex.encode(ref.getInput(2).tapKeySig!));

      tx.finalize();
      const raw = tx.extract();
      // feeRateSatVb uses an estimated vsize (largest signatures): never above the real rate, within a vbyte of it.
      const rate = preparePsbt(psbt, CTX).facts.btc.feeRateSatVb!;
      assert.ok(rate <= 5_000 / tx.vsize + 0.005 && rate >= 5_000 / (tx.vsize + 1) - 0.005, `${rate} vs ${5_000 / tx.vsize}`);
      ref.finalize();
      assert.equal(hex.encode(raw), hex.encode(ref.extract()));

      // Independent check over the extracted transaction: recompute digests and verify with noble.
      const final = Transaction.fromRaw(raw, { allowUnknownOutputs: true });
      const prevScripts = [wpkh(PUB.a).script, tr(PUB.b).script, tr(PUB.c).script];
      const amounts = [100_000n, 50_000n, 20_000n];
      const w0 = final.getInput(0).finalScriptWitness!;
      assert.equal(hex.encode(w0[1]!), hex.encode(PUB.a));
      const bip143 = final.preimageWitnessV0(0, OutScript.encode({ type: 'pkh', hash: wpkh(PUB.a).hash }), SigHash.ALL, amounts[0]!);
      assert.ok(secp256k1.verify(w0[0]!.subarray(0, -1), bip143, PUB.a, { prehash: false, format: 'der' }));
      for (const [i, pub] of [
        [1, PUB.b],
        [2, PUB.c],
      ] as const) {
        const w = final.getInput(i).finalScriptWitness!;
        assert.equal(w.length, 1);
        const bip341 = final.preimageWitnessV1(i, prevScripts, SigHash.DEFAULT, amounts);
        assert.ok(schnorr.verify(w[0]!, bip341, taprootOutputKey(pub)));
        assert.equal(hex.encode(prevScripts[i]!.subarray(2)), hex.encode(taprootOutputKey(pub))); // the key the output pays to
      }
    });
  }

  test('P2TR input declaring SIGHASH_ALL: digest over ALL, 65-byte tapKeySig', () => {
    const tx = new Transaction();
    tx.addInput({ txid: txid(4), index: 0, witnessUtxo: { script: tr(PUB.b).script, amount: 10_000n }, sighashType: SigHash.ALL });
    tx.addOutputAddress(EXTERNAL, 9_000n, TEST_NETWORK);
    const psbt = base64.encode(tx.toPSBT());
    const { tasks, facts } = preparePsbt(psbt, CTX);
    assert.equal(hex.encode(tasks[0]!.digest), hex.encode(tx.preimageWitnessV1(0, [tr(PUB.b).script], SigHash.ALL, [10_000n])));
    const signed = Transaction.fromPSBT(base64.decode(assemblePsbt(psbt, tasks.map(signTask), CTX)));
    const sig = signed.getInput(0).tapKeySig!;
    assert.equal(sig.length, 65);
    assert.equal(sig[64], SigHash.ALL);
    signed.finalize();
    assert.ok(signed.extract().length > 0);
    assert.equal(facts.btc.addresses.length, 1);
  });

  test('the keystore 65-byte r||s||v and 64-byte r||s ECDSA forms are both accepted', () => {
    const tx = new Transaction();
    tx.addInput({ txid: txid(6), index: 0, witnessUtxo: { script: wpkh(PUB.c).script, amount: 10_000n } });
    tx.addOutputAddress(EXTERNAL, 9_000n, TEST_NETWORK);
    const psbt = base64.encode(tx.toPSBT());
    const [task] = preparePsbt(psbt, CTX).tasks;
    const sig65 = ecdsaSign(SK.c, task!.digest);
    const a = assemblePsbt(psbt, [{ input: 0, signature: sig65 }], CTX);
    const b = assemblePsbt(psbt, [{ input: 0, signature: sig65.subarray(0, 64) }], CTX);
    assert.equal(a, b);
  });
});

describe('assemblePsbt rejects signatures it cannot place', () => {
  const psbt = standardPsbt();
  const { tasks } = preparePsbt(psbt, CTX);
  const good = tasks.map(signTask);

  test('a signature by another key, or a high-s ECDSA signature, is E_BAD_SIGNATURE', () => {
    const wrong = good.map((s) => (s.input === 0 ? { input: 0, signature: ecdsaSign(SK.stranger, tasks[0]!.digest) } : s));
    assert.throws(() => assemblePsbt(psbt, wrong, CTX), { code: 'E_BAD_SIGNATURE' });
    const wrongTr = good.map((s) => (s.input === 1 ? { input: 1, signature: schnorrSignTaprootKeyPath(SK.c, tasks[1]!.digest) } : s));
    assert.throws(() => assemblePsbt(psbt, wrongTr, CTX), { code: 'E_BAD_SIGNATURE' });
    const lowS = secp256k1.Signature.fromBytes(good[0]!.signature.subarray(0, 64), 'compact');
    const highS = new secp256k1.Signature(lowS.r, secp256k1.Point.Fn.neg(lowS.s)).toBytes('compact');
    assert.throws(() => assemblePsbt(psbt, [{ input: 0, signature: highS }, ...good.slice(1)], CTX), { code: 'E_BAD_SIGNATURE' });
  });

  test('missing, duplicate, unknown-input or malformed signature entries are E_BAD_INPUT', () => {
    badInput(() => assemblePsbt(psbt, good.slice(1), CTX));
    badInput(() => assemblePsbt(psbt, [...good, good[0]!], CTX));
    badInput(() => assemblePsbt(psbt, [...good, { input: 7, signature: good[0]!.signature }], CTX));
    badInput(() => assemblePsbt(psbt, [{ input: 0, signature: 'aa' as unknown as Uint8Array }, ...good.slice(1)], CTX));
  });
});

describe('inputs custos cannot account for are E_BAD_INPUT naming the input', () => {
  /** A PSBT whose input 1 is built by `bad`; input 0 is a normal owned P2WPKH input. */
  function withBadInput(bad: Parameters<Transaction['addInput']>[0], txOpts = {}): string {
    const tx = new Transaction({ allowUnknownInputs: true, allowUnknownOutputs: true, ...txOpts });
    tx.addInput({ txid: txid(1), index: 0, witnessUtxo: { script: wpkh(PUB.a).script, amount: 100_000n } });
    tx.addInput(bad);
    tx.addOutputAddress(EXTERNAL, 50_000n, TEST_NETWORK);
    return base64.encode(tx.toPSBT());
  }

  test('no witnessUtxo (amount unknown)', () => {
    badInput(() => preparePsbt(withBadInput({ txid: txid(2), index: 0 }), CTX), 1, /witnessUtxo/);
  });

  test('nonWitnessUtxo only (segwit v0 still needs witnessUtxo)', () => {
    const prev = new Transaction();
    prev.addInput({ txid: txid(5), index: 0 });
    prev.addOutput({ script: wpkh(PUB.a).script, amount: 30_000n });
    badInput(() => preparePsbt(withBadInput({ txid: hex.decode(prev.id), index: 0, nonWitnessUtxo: prev.unsignedTx }), CTX), 1, /witnessUtxo/);
  });

  test('foreign input: P2WPKH and BIP86 P2TR of a key the caller does not hold', () => {
    badInput(() => preparePsbt(withBadInput({ txid: txid(2), index: 0, witnessUtxo: { script: wpkh(PUB.stranger).script, amount: 1n } }), CTX), 1, /belong/);
    badInput(() => preparePsbt(withBadInput({ txid: txid(2), index: 0, witnessUtxo: { script: tr(PUB.stranger).script, amount: 1n } }), CTX), 1, /belong/);
    // the same PSBT is fine once the caller may use the key
    const ok = withBadInput({ txid: txid(2), index: 0, witnessUtxo: { script: tr(PUB.stranger).script, amount: 1n } });
    assert.equal(preparePsbt(ok, { ...CTX, keys: [...CTX.keys, { ref: 'key-s', publicKey: PUB.stranger }] }).tasks.length, 2);
  });

  test('Taproot script path (tapLeafScript / tapMerkleRoot)', () => {
    const leafy = p2tr(PUB.a.subarray(1), { script: p2tr_pk(PUB.b.subarray(1)).script }, TEST_NETWORK, true);
    const input = { txid: txid(2), index: 0, witnessUtxo: { script: leafy.script, amount: 10_000n }, ...leafy };
    badInput(() => preparePsbt(withBadInput(input), CTX), 1, /script path/);
  });

  test('P2TR key path whose tapInternalKey is not the owned key (btc-signer refuses the PSBT itself)', () => {
    badInput(
      () =>
        preparePsbt(
          withBadInput(
            { txid: txid(2), index: 0, witnessUtxo: { script: tr(PUB.b).script, amount: 1n }, tapInternalKey: PUB.stranger.subarray(1) },
            { disableScriptCheck: true },
          ),
          CTX,
        ),
      undefined,
      /malformed PSBT: .*Taproot commitment/,
    );
  });

  test('sighash other than ALL/DEFAULT', () => {
    for (const sighashType of [SigHash.NONE, SigHash.SINGLE, SigHash.ALL_ANYONECANPAY]) {
      badInput(
        () => preparePsbt(withBadInput({ txid: txid(2), index: 0, witnessUtxo: { script: wpkh(PUB.b).script, amount: 1n }, sighashType }), CTX),
        1,
        /sighash/,
      );
      badInput(
        () => preparePsbt(withBadInput({ txid: txid(2), index: 0, witnessUtxo: { script: tr(PUB.b).script, amount: 1n }, sighashType }), CTX),
        1,
        /sighash/,
      );
    }
  });

  test('already signed or finalized inputs', () => {
    const psbt = standardPsbt();
    const signed = assemblePsbt(psbt, preparePsbt(psbt, CTX).tasks.map(signTask), CTX);
    badInput(() => preparePsbt(signed, CTX), 0, /already signed/);
    const tx = Transaction.fromPSBT(base64.decode(signed), { allowUnknownOutputs: true });
    tx.finalize();
    badInput(() => preparePsbt(base64.encode(tx.toPSBT()), CTX), 0, /finalized/);
  });

  test('malformed PSBTs, bad contexts, outputs exceeding inputs', () => {
    badInput(() => preparePsbt('not base64 !!!', CTX));
    badInput(() => preparePsbt(base64.encode(utf8('hello, not a psbt')), CTX));
    badInput(() => preparePsbt(standardPsbt().slice(0, 40), CTX));
    badInput(() => preparePsbt(42 as unknown as string, CTX));
    badInput(() => preparePsbt(standardPsbt(), { ...CTX, keys: [{ ref: 'x', publicKey: PUB.a.subarray(1) }] }));
    badInput(() => preparePsbt(standardPsbt(), { ...CTX, network: 'signet' as 'mainnet' }));
    const tx = new Transaction();
    tx.addInput({ txid: txid(1), index: 0, witnessUtxo: { script: wpkh(PUB.a).script, amount: 1_000n } });
    tx.addOutputAddress(EXTERNAL, 2_000n, TEST_NETWORK);
    badInput(() => preparePsbt(base64.encode(tx.toPSBT()), CTX), undefined, /more than the inputs/);
  });
});
