/**
 * Bitcoin and Solana through the signing service: a PSBT built by
 * btc-signer for custos keys (P2WPKH and Taproot key-path), signed by custos
 * under policy, finalized and checked by btc-signer; a PSBT paying a
 * denylisted address refused; a Solana transfer signed as a standard Ed25519
 * signature over the message; unparseable instructions refused by policy.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { base58, base64, hex } from '@scure/base';
import { OutScript, Transaction, p2tr, p2wpkh, NETWORK } from '@scure/btc-signer';
import { schnorr, secp256k1 } from '@noble/curves/secp256k1.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import {
  address,
  appendTransactionMessageInstructions,
  blockhash,
  compileTransaction,
  createNoopSigner,
  createTransactionMessage,
  getTransactionEncoder,
  pipe,
  setTransactionMessageFeePayerSigner,
  setTransactionMessageLifetimeUsingBlockhash,
  type Address,
  type Instruction,
} from '@solana/kit';
import { getTransferSolInstruction } from '@solana-program/system';
import { TestServer, type Principal } from '../helpers/server.js';

const EXTERNAL = 'bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4';
const DENIED = 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq';
const txid = (n: number) => hex.encode(sha256(new Uint8Array([n])));

const POLICY = `
rules:
  - name: no-denylisted-bitcoin
    effect: deny
    when: request.kind == "btc.psbt" && payload.btc.addresses.exists(a, a in lists.btcDeny)
  - name: solana-facts-required
    effect: deny
    when: request.kind == "sol.message" && payload.sol.unparsed != 0
  - name: bot
    effect: allow
    when: principal.name == "bot"
`;

describe('Bitcoin PSBT and Solana through the signing service', () => {
  let t: TestServer;
  let bot: Principal;
  let pubA: Uint8Array;
  let pubB: Uint8Array;
  let solKey: Uint8Array;

  before(async () => {
    t = await TestServer.start();
    bot = await t.principal('bot', 'agent');
    await t.admin.call('key.create', { name: 'btc-a', type: 'secp256k1' });
    await t.admin.call('key.create', { name: 'btc-b', type: 'secp256k1' });
    await t.admin.call('key.create', { name: 'sol-1', type: 'ed25519' });
    await t.admin.call('list.set', { name: 'btcDeny', values: [DENIED] });
    await t.admin.call('policy.set', { source: POLICY });
    pubA = hex.decode((await bot.client.call('key.show', { ref: 'btc-a' })).publicKey);
    pubB = hex.decode((await bot.client.call('key.show', { ref: 'btc-b' })).publicKey);
    solKey = hex.decode((await bot.client.call('key.show', { ref: 'sol-1' })).publicKey);
  });
  after(() => t.stop());

  function psbt(pay: string): string {
    const tx = new Transaction();
    tx.addInput({ txid: txid(1), index: 0, witnessUtxo: { script: p2wpkh(pubA).script, amount: 100_000n } });
    tx.addInput({ txid: txid(2), index: 1, witnessUtxo: { script: p2tr(pubB.subarray(1)).script, amount: 50_000n }, tapInternalKey: pubB.subarray(1) });
    tx.addOutputAddress(pay, 120_000n, NETWORK);
    tx.addOutput({ script: p2wpkh(pubA).script, amount: 29_000n }); // change
    return base64.encode(tx.toPSBT());
  }

  test('a P2WPKH + P2TR key-path PSBT: signed by custos, finalized and verified by btc-signer', async () => {
    const r = await bot.client.call('sign.bitcoin', { keys: ['btc-a', 'btc-b'], psbt: psbt(EXTERNAL) });
    assert.equal(r.status, 'signed', JSON.stringify(r));
    assert.equal(r.rule, 'bot');
    const tx = Transaction.fromPSBT(base64.decode(r.result!.psbt as string));
    tx.finalize();
    const raw = tx.extract();
    assert.ok(raw.length > 0);
    // Independent checks: the P2WPKH signature over its BIP143 digest, the Taproot one over BIP341 with the tweaked key.
    const scriptCode = OutScript.encode({ type: 'pkh', hash: p2wpkh(pubA).hash! });
    const d0 = tx.preimageWitnessV0(0, scriptCode, 1, 100_000n);
    const w0 = tx.getInput(0).finalScriptWitness!;
    assert.ok(secp256k1.verify(w0[0]!.subarray(0, -1), d0, pubA, { format: 'der', prehash: false }));
    const d1 = tx.preimageWitnessV1(1, [p2wpkh(pubA).script, p2tr(pubB.subarray(1)).script], 0, [100_000n, 50_000n]);
    const w1 = tx.getInput(1).finalScriptWitness!;
    assert.ok(schnorr.verify(w1[0]!, d1, p2tr(pubB.subarray(1)).tweakedPubkey));
    // Facts the policy saw.
    const facts = JSON.parse(JSON.stringify(r.payload));
    assert.equal(facts.type, 'bitcoin');
    const list = await t.admin.call('request.show', { id: r.id });
    assert.equal(list.status, 'signed');
  });

  test('a PSBT paying a denylisted address is refused', async () => {
    const r = await bot.client.call('sign.bitcoin', { keys: ['btc-a', 'btc-b'], psbt: psbt(DENIED) });
    assert.equal(r.status, 'denied');
    assert.equal(r.rule, 'no-denylisted-bitcoin');
  });

  test('a PSBT with an input custos does not own is refused before any decision', async () => {
    const before = await t.auditEvents();
    await assert.rejects(
      bot.client.call('sign.bitcoin', { keys: ['btc-a'], psbt: psbt(EXTERNAL) }),
      (e: any) => e.code === 'E_BAD_INPUT' && /input 1/.test(e.message),
    );
    assert.equal(await t.auditEvents(), before);
  });

  function solMessage(instructions: Instruction[]): string {
    const payer = address(base58.encode(solKey)) as Address;
    const msg = pipe(
      createTransactionMessage({ version: 0 }),
      (m) => setTransactionMessageFeePayerSigner(createNoopSigner(payer), m),
      (m) =>
        setTransactionMessageLifetimeUsingBlockhash({ blockhash: blockhash('EkSnNWid2cvwEVnVx9aBqawnmiCNiDgp3gUdkDPTKN1N'), lastValidBlockHeight: 100n }, m),
      (m) => appendTransactionMessageInstructions(instructions, m),
    );
    return base64.encode(new Uint8Array(getTransactionEncoder().encode(compileTransaction(msg))));
  }

  test('a Solana transfer: a standard Ed25519 signature over the message, transfer facts decoded', async () => {
    const payer = address(base58.encode(solKey));
    const transfer = getTransferSolInstruction({
      source: createNoopSigner(payer),
      destination: address('4Nd1mBQtrMJVYVfKf2PJy9NZUZdTAsp7D4xWLs4gDB4T'),
      amount: 1_500_000n,
    });
    const r = await bot.client.call('sign.solana', { key: 'sol-1', transaction: solMessage([transfer]) });
    assert.equal(r.status, 'signed', JSON.stringify(r));
    const wire = base64.decode(r.result!.transaction as string);
    // Wire format: [compact-u16 count=1][64-byte signature][message]
    assert.equal(wire[0], 1);
    const sig = wire.subarray(1, 65);
    const message = wire.subarray(65);
    assert.ok(ed25519.verify(sig, message, solKey));
    assert.equal(base58.encode(sig), r.result!.signature);
  });

  test('a Solana message with an instruction custos cannot parse is refused by the policy that requires facts', async () => {
    const payer = address(base58.encode(solKey));
    const odd: Instruction = {
      programAddress: address('Stake11111111111111111111111111111111111111'),
      accounts: [{ address: payer, role: 3 }],
      data: new Uint8Array([9, 9, 9]),
    };
    const r = await bot.client.call('sign.solana', { key: 'sol-1', transaction: solMessage([odd]) });
    assert.equal(r.status, 'denied');
    assert.equal(r.rule, 'solana-facts-required');
  });
});
