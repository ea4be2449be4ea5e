/**
 * The HSM tier end to end on real processes: `custos init --seal pkcs11` and
 * `custos serve` as child processes on a SoftHSM2 token of the test's own.
 * The server unseals itself at start (no material given); HSM keys sign an
 * EVM transaction that ethers verifies, a P2WPKH PSBT that btc-signer
 * finalises and a Solana transfer, under a policy that requires
 * key.custody == "hsm"; a removed token or a wrong PIN leaves the server
 * sealed with a clear code, changes nothing, and `unseal --hsm` recovers.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Transaction as EthTx, computeAddress } from 'ethers';
import { base58, base64, hex } from '@scure/base';
import { OutScript, Transaction, p2wpkh, NETWORK } from '@scure/btc-signer';
import { secp256k1 } from '@noble/curves/secp256k1.js';
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
} from '@solana/kit';
import { getTransferSolInstruction } from '@solana-program/system';
import { Sandbox } from '../helpers/cli.js';
import { startServer, type ServerProcess } from '../helpers/process.js';
import { SoftHsm, USER_PIN } from '../helpers/softhsm.js';
import { CustosClient } from '../../src/client/client.js';
import { generateCredentialKey, readCredentialFile, writeCredentialFile } from '../../src/auth/credential.js';
import type { EvmPayload } from '../../src/chains/evm/types.js';

const hsm = new SoftHsm();
hsm.initToken('vault');

const TO = '0x2222222222222222222222222222222222222222';
const POLICY = `
rules:
  - name: cold-only
    effect: deny
    when: principal.name == "bot" && key.custody != "hsm"
  - name: bot
    effect: allow
    when: principal.name == "bot"
`;

const evmTx = (key: string, nonce: number) => ({
  key,
  payload: {
    kind: 'evm.transaction' as const,
    transaction: { type: '0x2' as const, chainId: 1, nonce, gas: 21000, maxFeePerGas: 2, maxPriorityFeePerGas: 1, to: TO, value: '0x1' },
  } as EvmPayload,
});

describe('HSM tier end to end (custos serve on SoftHSM2)', () => {
  const sb = new Sandbox();
  let srv: ServerProcess | undefined;
  let admin: CustosClient;
  let bot: CustosClient;
  const env = () => ({ CUSTOS_DATA: sb.data, ...hsm.env });

  async function start(extra: Record<string, string> = {}): Promise<void> {
    srv = await startServer([], sb.dir, { ...env(), ...extra });
    admin = new CustosClient({ url: srv.url, credential: readCredentialFile(join(sb.data, 'admin.credential.json')) });
    bot = new CustosClient({ url: srv.url, credential: readCredentialFile(join(sb.dir, 'bot.json')) });
  }

  before(async () => {
    const init = sb.spawn(
      ['init', '--seal', 'pkcs11', '--module', hsm.module, '--token-label', 'vault', '--pin-file', hsm.pinFile, '--key-label', 'custos-root', '--json'],
      hsm.env,
    );
    assert.equal(init.code, 0, init.stderr);
    // The bot's credential exists before the first start; it is registered once the server runs.
    const { privateKey, publicKeyHex } = generateCredentialKey();
    writeCredentialFile(join(sb.dir, 'bot.json'), { principal: 'bot', role: 'agent', privateKey });
    await start();
    await admin.call('principal.create', { name: 'bot', role: 'agent', publicKey: publicKeyHex, tags: {} });
    await admin.call('policy.set', { source: POLICY });
  });
  after(async () => {
    await srv?.stop();
    sb.cleanup();
    hsm.cleanup();
  });

  test('the server unsealed itself at start from the token (no passphrase, no shares given)', async () => {
    const h = await admin.call('sys.health', {});
    assert.equal(h.sealed, false);
    assert.match(srv!.log(), /auto-unsealed by the HSM key \\"custos-root\\"/);
    assert.equal(srv!.log().includes(USER_PIN), false);
  });

  test('an HSM secp256k1 key signs EIP-1559 transactions that ethers parses and attributes to its address', async () => {
    const k = await admin.call('key.create', { name: 'treasury', type: 'secp256k1', custody: 'hsm' });
    assert.equal(k.custody, 'hsm');
    const expected = computeAddress(`0x${k.publicKey}`);
    for (let nonce = 0; nonce < 6; nonce++) {
      const r = await bot.call('sign.evm', evmTx('treasury', nonce));
      assert.equal(r.status, 'signed', JSON.stringify(r));
      const parsed = EthTx.from(r.result!.serializedTransaction as string);
      assert.equal(parsed.from, expected);
      assert.equal(parsed.nonce, nonce);
      assert.equal(parsed.to, TO);
      assert.ok(parsed.signature!.s <= '0x7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0', 'low-s');
    }
  });

  test('policy sees key.custody: a local key is refused for the bot, the HSM key allowed (attack + positive control)', async () => {
    await admin.call('key.create', { name: 'hot', type: 'secp256k1' });
    const refused = await bot.call('sign.evm', evmTx('hot', 0));
    assert.equal(refused.status, 'denied');
    assert.equal(refused.rule, 'cold-only');
    const allowed = await bot.call('sign.evm', evmTx('treasury', 10));
    assert.equal(allowed.status, 'signed');
  });

  test('an HSM key signs a P2WPKH PSBT that btc-signer finalises, and an HSM ed25519 key a Solana transfer', async () => {
    const btc = await admin.call('key.create', { name: 'btc-cold', type: 'secp256k1', custody: 'hsm' });
    const pub = hex.decode(btc.publicKey);
    const tx = new Transaction();
    tx.addInput({ txid: hex.encode(sha256(new Uint8Array([7]))), index: 0, witnessUtxo: { script: p2wpkh(pub).script, amount: 90_000n } });
    tx.addOutputAddress('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', 80_000n, NETWORK);
    const r = await bot.call('sign.bitcoin', { keys: ['btc-cold'], psbt: base64.encode(tx.toPSBT()) });
    assert.equal(r.status, 'signed', JSON.stringify(r));
    const signed = Transaction.fromPSBT(base64.decode(r.result!.psbt as string));
    signed.finalize();
    const d0 = signed.preimageWitnessV0(0, OutScript.encode({ type: 'pkh', hash: p2wpkh(pub).hash! }), 1, 90_000n);
    assert.ok(secp256k1.verify(signed.getInput(0).finalScriptWitness![0]!.subarray(0, -1), d0, pub, { format: 'der', prehash: false }));

    const sol = await admin.call('key.create', { name: 'sol-cold', type: 'ed25519', custody: 'hsm' });
    const solPub = hex.decode(sol.publicKey);
    const payer = address(base58.encode(solPub)) as Address;
    const transfer = getTransferSolInstruction({
      source: createNoopSigner(payer),
      destination: address('4Nd1mBQtrMJVYVfKf2PJy9NZUZdTAsp7D4xWLs4gDB4T'),
      amount: 1_000n,
    });
    const msg = pipe(
      createTransactionMessage({ version: 0 }),
      (m) => setTransactionMessageFeePayerSigner(createNoopSigner(payer), m),
      (m) =>
        setTransactionMessageLifetimeUsingBlockhash({ blockhash: blockhash('EkSnNWid2cvwEVnVx9aBqawnmiCNiDgp3gUdkDPTKN1N'), lastValidBlockHeight: 100n }, m),
      (m) => appendTransactionMessageInstructions([transfer], m),
    );
    const s = await bot.call('sign.solana', {
      key: 'sol-cold',
      transaction: base64.encode(new Uint8Array(getTransactionEncoder().encode(compileTransaction(msg)))),
    });
    assert.equal(s.status, 'signed', JSON.stringify(s));
    const wire = base64.decode(s.result!.transaction as string);
    assert.ok(ed25519.verify(wire.subarray(1, 65), wire.subarray(65), solPub));
  });

  test('export of an HSM key is refused over the API', async () => {
    await assert.rejects(admin.call('key.export', { name: 'treasury', format: 'raw' }), (e: any) => e.code === 'E_NOT_EXPORTABLE');
  });

  test('a removed token: the server starts sealed (E_HSM_TOKEN), refuses to sign, changes nothing; back in, unseal --hsm recovers', async () => {
    const keysBefore = await admin.call('key.list', {});
    const events = (await admin.call('sys.status', {})).audit.events;
    await srv!.stop();
    const putBack = hsm.remove('vault');
    try {
      await start();
      assert.match(srv!.log(), /auto-unseal failed \(E_HSM_TOKEN\)/);
      assert.equal((await admin.call('sys.health', {})).sealed, true);
      await assert.rejects(bot.call('sign.evm', evmTx('treasury', 20)), (e: any) => e.code === 'E_SEALED');
      await assert.rejects(admin.call('sys.unseal', {}), (e: any) => e.code === 'E_HSM_TOKEN');
    } finally {
      putBack();
    }
    await srv!.stop();
    await start();
    assert.equal((await admin.call('sys.health', {})).sealed, false);
    assert.deepEqual(await admin.call('key.list', {}), keysBefore);
    // What the sealed run added to the trail: its failed unseal attempts, nothing else (checkpoint lines and this export aside).
    const trail = (await admin.call('audit.export', {})) as unknown as string;
    const added = trail
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l))
      .filter((e) => e.seq > events && e.action !== undefined && e.action !== 'audit.export');
    assert.ok(added.length >= 1);
    assert.deepEqual([...new Set(added.map((e) => e.action))], ['seal.unseal_failed']);
    assert.equal(trail.includes(USER_PIN), false);
    const r = await bot.call('sign.evm', evmTx('treasury', 21));
    assert.equal(r.status, 'signed');
  });

  test('a wrong PIN: sealed with E_HSM_PIN, the PIN in no log line; the CLI unseal --hsm after the fix', async () => {
    await srv!.stop();
    const wrong = hsm.wrongPinFile();
    await start({ CUSTOS_PKCS11_PIN_FILE: wrong });
    assert.match(srv!.log(), /auto-unseal failed \(E_HSM_PIN\)/);
    assert.equal(srv!.log().includes('wrong-PIN-zz'), false);
    assert.equal(srv!.log().includes(USER_PIN), false);
    assert.equal((await admin.call('sys.health', {})).sealed, true);
    await srv!.stop();
    await start();
    const u = sb.spawn(['unseal', '--hsm', '--server', srv!.url, '--json'], hsm.env);
    assert.equal(u.code, 0, u.stderr);
    assert.equal((await admin.call('sys.health', {})).sealed, false);
  });
});
