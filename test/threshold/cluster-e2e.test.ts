/**
 * Threshold custody end to end, every node a real process on loopback: a
 * coordinator (`custos serve --dev`) and four parties (`custos party serve`).
 * The README flow: parties registered by identity with the CLI, 2-of-3 keys
 * made by DKG, a Taproot key-path spend finalized by btc-signer and a Solana
 * transfer verified as standard Ed25519, a party stopped and signing going
 * on, refresh and reshare keeping the group key, each party's own trail.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPublicKey, verify as nodeVerify } from 'node:crypto';
import { base58, base64, bech32m, hex } from '@scure/base';
import { NETWORK, OutScript, Transaction } from '@scure/btc-signer';
import { schnorr, secp256k1_FROST } from '@noble/curves/secp256k1.js';
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
} from '@solana/kit';
import { getTransferSolInstruction } from '@solana-program/system';
import { CustosClient } from '../../src/client/client.js';
import { readCredentialFile } from '../../src/auth/credential.js';
import { cli, startServer, type ServerProcess } from '../helpers/process.js';
import { startParties, type PartyProcess } from '../helpers/parties.js';

const POLICY = `
rules:
  - name: admins
    effect: allow
    when: principal.role == "admin"
`;

describe('threshold custody: coordinator and parties as separate processes', () => {
  let root: string;
  let coord: ServerProcess;
  let parties: PartyProcess[];
  let admin: CustosClient;
  let env: Record<string, string>;
  const byName = (n: string) => parties.find((p) => p.name === n)!;
  const digest = (label: string) => hex.encode(sha256(new TextEncoder().encode(label)));

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'custos-tss-'));
    parties = await startParties(root, ['p1', 'p2', 'p3', 'p4']);
    coord = await startServer(['--dev', '--data', join(root, 'coord')], root);
    const credential = join(root, 'coord', 'admin.credential.json');
    admin = new CustosClient({ url: coord.url, credential: readCredentialFile(credential) });
    env = { CUSTOS_ADDR: coord.url, CUSTOS_CREDENTIAL: credential };
    for (const p of parties) {
      const r = cli(['party', 'add', '--name', p.name, '--url', p.url, '--identity', p.identity, '--json'], root, env);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.json.identity, p.identity);
    }
    await admin.call('policy.set', { source: POLICY });
  });
  after(async () => {
    await Promise.all([coord?.stop(), ...(parties ?? []).map((p) => p.stop())]);
    rmSync(root, { recursive: true, force: true });
  });

  test('party list: every party reachable, identified by its fingerprint', () => {
    const r = cli(['party', 'list', '--json'], root, env);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(
      r.json.map((p: any) => [p.name, p.reachable]),
      [
        ['p1', true],
        ['p2', true],
        ['p3', true],
        ['p4', true],
      ],
    );
    const identity = cli(['party', 'identity', '--dev', '--data', byName('p1').dir, '--json'], root);
    assert.equal(identity.code, 0, identity.stderr);
    assert.equal(identity.json.identity, byName('p1').identity);
    assert.equal(identity.json.paired, true);
  });

  test("DKG through the CLI: 2-of-3 keys for each suite; the group key is the key's publicKey, with its chain address", () => {
    for (const [name, type] of [
      ['tr', 'frost-secp256k1-tr'],
      ['sol', 'frost-ed25519'],
      ['k1', 'frost-secp256k1'],
    ] as const) {
      const r = cli(['key', 'create', name, '--type', type, '--threshold', '2', '--parties', 'p1,p2,p3', '--allow-raw', '--json'], root, env);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.json.custody, 'threshold');
      assert.equal(r.json.exportable, false);
    }
    const tr = cli(['key', 'show', 'tr', '--json'], root, env).json;
    assert.equal(tr.publicKey.length, 64);
    // The P2TR address is the x-only output key itself (BIP-86 tweak already inside the DKG output).
    assert.equal(tr.addresses.bitcoinP2tr, bech32m.encode('bc', [1, ...bech32m.toWords(hex.decode(tr.publicKey))]));
    assert.deepEqual(tr.threshold, { threshold: 2, parties: ['p1', 'p2', 'p3'], epoch: 1, suite: 'frost-secp256k1-tr' });
    const sol = cli(['key', 'show', 'sol', '--json'], root, env).json;
    assert.equal(sol.addresses.solana, base58.encode(hex.decode(sol.publicKey)));
    // A threshold type without parties is refused, and nothing is created.
    const bad = cli(['key', 'create', 'nope', '--type', 'frost-ed25519', '--json'], root, env);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /E_BAD_INPUT/);
  });

  test('a Taproot key-path spend signed by the parties: btc-signer finalizes it and BIP340 verifies under the group key', async () => {
    const outKey = hex.decode((await admin.call('key.show', { ref: 'tr' })).publicKey);
    const script = OutScript.encode({ type: 'tr', pubkey: outKey });
    const tx = new Transaction();
    tx.addInput({ txid: sha256(new Uint8Array([7])), index: 0, witnessUtxo: { script, amount: 80_000n } });
    tx.addOutputAddress('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', 70_000n, NETWORK);
    tx.addOutput({ script, amount: 9_000n });
    const r = await admin.call('sign.bitcoin', { keys: ['tr'], psbt: base64.encode(tx.toPSBT()) });
    assert.equal(r.status, 'signed', JSON.stringify(r));
    const signed = Transaction.fromPSBT(base64.decode(r.result!.psbt as string));
    signed.finalize();
    assert.ok(signed.extract().length > 0);
    const sighash = signed.preimageWitnessV1(0, [script], 0, [80_000n]);
    const witness = signed.getInput(0).finalScriptWitness!;
    assert.ok(schnorr.verify(witness[0]!, sighash, outKey), 'BIP340 over the BIP341 sighash under the output key');
  });

  test('a Solana transfer signed by frost-ed25519 is a standard Ed25519 signature over the message', async () => {
    const pub = hex.decode((await admin.call('key.show', { ref: 'sol' })).publicKey);
    const payer = address(base58.encode(pub));
    const msg = pipe(
      createTransactionMessage({ version: 0 }),
      (m) => setTransactionMessageFeePayerSigner(createNoopSigner(payer), m),
      (m) =>
        setTransactionMessageLifetimeUsingBlockhash({ blockhash: blockhash('EkSnNWid2cvwEVnVx9aBqawnmiCNiDgp3gUdkDPTKN1N'), lastValidBlockHeight: 100n }, m),
      (m) =>
        appendTransactionMessageInstructions(
          [
            getTransferSolInstruction({
              source: createNoopSigner(payer),
              destination: address('4Nd1mBQtrMJVYVfKf2PJy9NZUZdTAsp7D4xWLs4gDB4T'),
              amount: 2_000_000n,
            }),
          ],
          m,
        ),
    );
    const transaction = base64.encode(new Uint8Array(getTransactionEncoder().encode(compileTransaction(msg))));
    const r = await admin.call('sign.solana', { key: 'sol', transaction });
    assert.equal(r.status, 'signed', JSON.stringify(r));
    const wire = base64.decode(r.result!.transaction as string);
    const sig = wire.subarray(1, 65);
    const message = wire.subarray(65);
    assert.ok(ed25519.verify(sig, message, pub), 'noble');
    const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(pub)]);
    assert.ok(nodeVerify(null, message, createPublicKey({ key: spki, format: 'der', type: 'spki' }), sig), 'OpenSSL');
  });

  test('frost-secp256k1: an RFC 9591 signature that verifies under the group key', async () => {
    const msg = hex.encode(new TextEncoder().encode('RFC 9591 over secp256k1'));
    const r = await admin.call('sign', { key: 'k1', message: msg });
    assert.equal(r.status, 'signed', JSON.stringify(r));
    const pub = hex.decode((await admin.call('key.show', { ref: 'k1' })).publicKey);
    assert.equal(pub.length, 33);
    assert.ok(secp256k1_FROST.verify(hex.decode(r.signature!), hex.decode(msg), pub));
  });

  test('availability: one party of three down, signing continues; two down, the error names both; back up, it signs again', async () => {
    const d = digest('availability');
    const pub = hex.decode((await admin.call('key.show', { ref: 'tr' })).publicKey);
    await byName('p2').stop('SIGKILL');
    const one = await admin.call('sign', { key: 'tr', digest: d });
    assert.equal(one.status, 'signed', JSON.stringify(one));
    assert.ok(schnorr.verify(hex.decode(one.signature!), hex.decode(d), pub));
    await byName('p3').stop('SIGKILL');
    const two = await admin.call('sign', { key: 'tr', digest: d });
    assert.equal(two.status, 'failed');
    assert.equal(two.error!.code, 'E_UNAVAILABLE');
    assert.match(two.error!.message, /p2/);
    assert.match(two.error!.message, /p3/);
    const list = cli(['party', 'list', '--json'], root, env).json;
    assert.deepEqual(
      list.filter((p: any) => !p.reachable).map((p: any) => p.name),
      ['p2', 'p3'],
    );
    await byName('p2').restart();
    await byName('p3').restart();
    const back = await admin.call('sign', { key: 'tr', digest: d });
    assert.equal(back.status, 'signed', JSON.stringify(back));
    assert.ok(schnorr.verify(hex.decode(back.signature!), hex.decode(d), pub));
  });

  test('refresh: every party gets new shares of the same key (new epoch everywhere), signatures still verify', async () => {
    const before = await admin.call('key.show', { ref: 'sol' });
    const r = cli(['key', 'refresh', 'sol', '--json'], root, env);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.json.epoch, 2);
    assert.equal(r.json.publicKey, before.publicKey);
    const list = cli(['party', 'list', '--json'], root, env).json;
    for (const p of list.filter((x: any) => ['p1', 'p2', 'p3'].includes(x.name))) {
      const share = p.keys.find((k: any) => k.name === 'sol');
      assert.equal(share.epoch, 2, `${p.name} holds epoch 2`);
      assert.equal(share.state, 'active');
      assert.equal(p.keys.filter((k: any) => k.name === 'sol').length, 1, `${p.name} forgot epoch 1`);
    }
    const msg = hex.encode(new TextEncoder().encode('after refresh'));
    const s = await admin.call('sign', { key: 'sol', message: msg });
    assert.equal(s.status, 'signed', JSON.stringify(s));
    assert.ok(ed25519.verify(hex.decode(s.signature!), hex.decode(msg), hex.decode(before.publicKey)));
  });

  test('reshare: 2-of-3 to 3-of-4 (adding p4), then to 2 of p1,p2,p4 (removing p3, which forgets its share); group key unchanged', async () => {
    const pub = (await admin.call('key.show', { ref: 'tr' })).publicKey;
    const up = cli(['key', 'reshare', 'tr', '--threshold', '3', '--parties', 'p1,p2,p3,p4', '--json'], root, env);
    assert.equal(up.code, 0, up.stderr);
    assert.equal(up.json.publicKey, pub);
    assert.deepEqual([up.json.threshold, up.json.parties], [3, ['p1', 'p2', 'p3', 'p4']]);
    const d = digest('reshared');
    const s = await admin.call('sign', { key: 'tr', digest: d });
    assert.equal(s.status, 'signed', JSON.stringify(s));
    assert.ok(schnorr.verify(hex.decode(s.signature!), hex.decode(d), hex.decode(pub)));
    // With 3 of 4 needed, two parties down means no signature.
    await byName('p3').stop('SIGKILL');
    await byName('p4').stop('SIGKILL');
    const down = await admin.call('sign', { key: 'tr', digest: d });
    assert.equal(down.status, 'failed');
    assert.equal(down.error!.code, 'E_UNAVAILABLE');
    await byName('p3').restart();
    await byName('p4').restart();
    const shrink = cli(['key', 'reshare', 'tr', '--threshold', '2', '--parties', 'p1,p2,p4', '--json'], root, env);
    assert.equal(shrink.code, 0, shrink.stderr);
    assert.equal(shrink.json.publicKey, pub);
    const list = cli(['party', 'list', '--json'], root, env).json;
    assert.equal(list.find((p: any) => p.name === 'p3').keys.filter((k: any) => k.name === 'tr').length, 0, 'p3 retired its share');
    await byName('p1').stop('SIGKILL');
    const s2 = await admin.call('sign', { key: 'tr', digest: d });
    assert.equal(s2.status, 'signed', JSON.stringify(s2));
    assert.ok(schnorr.verify(hex.decode(s2.signature!), hex.decode(d), hex.decode(pub)));
    await byName('p1').restart();
  });

  test('each party keeps its own audit trail, which verifies and records what it signed', () => {
    for (const p of parties.slice(0, 3)) {
      const r = cli(['audit', 'verify', '--data', p.dir, '--passphrase-file', p.passphraseFile, '--json'], root);
      assert.equal(r.code, 0, `${p.name}: ${r.stderr}`);
      assert.equal(r.json.valid ?? r.json.ok ?? true, true);
    }
    const exported = cli(['audit', 'export', '--data', byName('p2').dir, '--passphrase-file', byName('p2').passphraseFile], root);
    assert.equal(exported.code, 0, exported.stderr);
    const actions = exported.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l).action);
    for (const a of ['party.pair', 'key.dkg', 'key.commit', 'key.sign.share', 'key.reshare.receive']) assert.ok(actions.includes(a), `p2 audited ${a}`);
    assert.ok(!/signingShare|"secret"/.test(exported.stdout), 'no share material in the trail');
  });
});
