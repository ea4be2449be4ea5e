/**
 * `custos sign evm|bitcoin|solana` against a real server (issue #21): the
 * same operations as the API, so the same policy outcomes (signed, pending,
 * denied) and the same refusals; EVM output is 0x-hex and byte-identical to
 * viem's local account, a PSBT comes back finalizable by btc-signer, a Solana
 * signature verifies under the key. Generic `sign` prints 0x-hex and verify
 * takes it with or without 0x. `verify --public-key` in local mode needs no
 * instance at all.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { base58, base64, hex } from '@scure/base';
import { Transaction, p2wpkh, NETWORK } from '@scure/btc-signer';
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { privateKeyToAccount } from 'viem/accounts';
import { serializeTransaction, type Hex } from 'viem';
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
import { Sandbox } from '../helpers/cli.js';
import { TestServer } from '../helpers/server.js';

const SK = `0x${hex.encode(Uint8Array.from(randomBytes(32)))}` as Hex;
const account = privateKeyToAccount(SK);
const TO = '0x3535353535353535353535353535353535353535';
const TX = {
  type: '0x2',
  chainId: '0x1',
  nonce: '0x7',
  gas: '0x5208',
  maxFeePerGas: '0x3b9aca00',
  maxPriorityFeePerGas: '0x1',
  to: TO,
  value: '0xde0b6b3a7640000',
} as const;
const VIEM_TX = {
  type: 'eip1559',
  chainId: 1,
  nonce: 7,
  gas: 21000n,
  maxFeePerGas: 1_000_000_000n,
  maxPriorityFeePerGas: 1n,
  to: TO,
  value: 10n ** 18n,
} as const;
const TYPED = {
  types: {
    Mail: [
      { name: 'to', type: 'address' },
      { name: 'contents', type: 'string' },
    ],
  },
  primaryType: 'Mail',
  domain: { name: 'Ether Mail', version: '1', chainId: 1 },
  message: { to: TO, contents: 'hello' },
} as const;

const POLICY = `rules:
  - name: cold-never
    effect: deny
    when: '"cold" in key.tags'
  - name: held-needs-approval
    effect: allow
    when: key.name == "held"
    approvals: { count: 1, from: approver }
  - name: admins
    effect: allow
    when: principal.role == "admin"
`;

describe('custos sign evm|bitcoin|solana and 0x output (CLI against a real server)', () => {
  let t: TestServer;
  const sb = new Sandbox();
  before(async () => {
    t = await TestServer.start();
    sb.env = { CUSTOS_ADDR: t.url, CUSTOS_CREDENTIAL: t.adminCredential };
    await t.admin.call('policy.set', { source: POLICY });
    await t.admin.call('key.import', { name: 'hot', format: 'raw', type: 'secp256k1', content: SK.slice(2) });
    await t.admin.call('key.create', { name: 'held', type: 'secp256k1' });
    await t.admin.call('key.create', { name: 'cold', type: 'secp256k1', tags: { cold: '1' } });
  });
  after(async () => {
    await t.stop();
    sb.cleanup();
  });

  const human = async (...args: string[]) => {
    const r = await sb.run(...args);
    assert.equal(r.code, 0, `${r.stderr}\n${t.logs.slice(-4).join('\n')}`);
    return r.stdout.trim();
  };

  test("sign evm --tx (inline and file) and --raw (with or without 0x): viem's bytes, 0x output", async () => {
    const expected = await account.signTransaction(VIEM_TX);
    assert.equal((await human('sign', 'evm', 'hot', '--tx', JSON.stringify(TX))).split('\n')[0], `transaction: ${expected}`);
    sb.file('tx.json', JSON.stringify(TX));
    assert.equal((await sb.ok('sign', 'evm', '--key', 'hot', '--tx', 'tx.json')).result.serializedTransaction, expected);
    const unsigned = serializeTransaction(VIEM_TX);
    assert.equal((await human('sign', 'evm', 'hot', '--raw', unsigned.slice(2))).split('\n')[0], `transaction: ${expected}`);
    assert.equal((await human('sign', 'evm', 'hot', '--raw', unsigned)).split('\n')[0], `transaction: ${expected}`);
  });

  test("sign evm --typed-data, --message and --authorization: viem's signatures", async () => {
    sb.file('typed.json', JSON.stringify(TYPED));
    assert.equal(await human('sign', 'evm', 'hot', '--typed-data', 'typed.json'), `signature: ${await account.signTypedData(TYPED)}`);
    assert.equal(await human('sign', 'evm', 'hot', '--message', 'hello custos'), `signature: ${await account.signMessage({ message: 'hello custos' })}`);
    const auth = await account.signAuthorization({ chainId: 1, address: TO, nonce: 3 });
    const out = await sb.ok('sign', 'evm', 'hot', '--authorization', JSON.stringify({ chainId: 1, address: TO, nonce: 3 }));
    assert.deepEqual(
      { r: out.result.authorization.r, s: out.result.authorization.s, yParity: out.result.authorization.yParity },
      { r: auth.r, s: auth.s, yParity: auth.yParity },
    );
  });

  test('pending and denied print as custos sign prints them; denied exits 1', async () => {
    const pending = await sb.run('sign', 'evm', 'held', '--tx', JSON.stringify(TX));
    assert.equal(pending.code, 0);
    assert.match(pending.stdout, /^pending: request \S+ waits for 1 more approval \(role: approver\) \(rule held-needs-approval\)/);
    const denied = await sb.run('sign', 'evm', 'cold', '--message', 'hi');
    assert.equal(denied.code, 1);
    assert.match(denied.stdout, /^denied: .*\(request \S+\)/);
    // control: the same message with the hot key signs
    assert.match(await human('sign', 'evm', 'hot', '--message', 'hi'), /^signature: 0x[0-9a-f]{130}$/);
  });

  test("attack: a malformed payload is refused with the API's code and field, and changes nothing", async () => {
    const before = await t.auditEvents();
    const f = await sb.fails('sign', 'evm', 'hot', '--tx', JSON.stringify({ ...TX, nonce: '0x07' }));
    assert.equal(f.error, 'E_BAD_INPUT');
    assert.equal(f.details.field, 'transaction.nonce');
    const g = await sb.fails('sign', 'evm', 'hot', '--raw', '0xc6808080808080');
    assert.deepEqual([g.error, g.details.field], ['E_BAD_INPUT', 'serialized.chainId']);
    assert.equal((await sb.fails('sign', 'evm', 'hot', '--tx', '{}', '--message', 'x')).error, 'E_USAGE');
    assert.equal((await sb.fails('sign', 'evm', 'hot', '--key', 'hot', '--message', 'x')).error, 'E_USAGE');
    assert.equal((await sb.fails('sign', 'evm', 'hot', '--tx', '{not json')).error, 'E_BAD_INPUT');
    assert.equal(await t.auditEvents(), before);
  });

  test('sign bitcoin KEY --psbt (base64 and file): a PSBT btc-signer finalizes', async () => {
    await t.admin.call('key.create', { name: 'btc', type: 'secp256k1' });
    const pub = hex.decode((await t.admin.call('key.show', { ref: 'btc' })).publicKey);
    const tx = new Transaction();
    tx.addInput({ txid: hex.encode(sha256(new Uint8Array([1]))), index: 0, witnessUtxo: { script: p2wpkh(pub).script, amount: 100_000n } });
    tx.addOutputAddress('bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4', 90_000n, NETWORK);
    const psbt = tx.toPSBT();
    for (const arg of [base64.encode(psbt), sb.file('tx.psbt', psbt)]) {
      const out = await human('sign', 'bitcoin', 'btc', '--psbt', arg);
      const signed = Transaction.fromPSBT(base64.decode(out));
      signed.finalize();
      assert.ok(signed.extract().length > 0);
    }
    // control: a PSBT whose input the named key does not own is refused
    assert.equal((await sb.fails('sign', 'bitcoin', 'hot', '--psbt', base64.encode(psbt))).error, 'E_BAD_INPUT');
  });

  test('sign solana KEY --message: an Ed25519 signature over the message (base58)', async () => {
    await t.admin.call('key.create', { name: 'sol', type: 'ed25519' });
    const pub = hex.decode((await t.admin.call('key.show', { ref: 'sol' })).publicKey);
    const payer = address(base58.encode(pub));
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
    const wire = new Uint8Array(getTransactionEncoder().encode(compileTransaction(msg)));
    const message = wire.subarray(1 + 64);
    const out = await human('sign', 'solana', 'sol', '--message', base64.encode(message));
    const sig = base58.decode(/^signature: (\S+)/.exec(out)![1]!);
    assert.ok(ed25519.verify(sig, message, pub));
    assert.ok(!ed25519.verify(sig, Uint8Array.from([...message.subarray(0, -1), message.at(-1)! ^ 1]), pub), 'control: another message does not verify');
  });

  test('generic sign prints 0x-hex; verify takes the signature with or without 0x', async () => {
    await t.admin.call('key.create', { name: 'ed', type: 'ed25519', allowRaw: true });
    const out = await human('sign', '--key', 'ed', '--message', 'c0ffee');
    assert.match(out, /^0x[0-9a-f]{128}$/);
    assert.equal((await sb.ok('verify', '--key', 'ed', '--message', 'c0ffee', '--signature', out)).valid, true);
    assert.equal((await sb.ok('verify', '--key', 'ed', '--message', 'c0ffee', '--signature', out.slice(2))).valid, true);
    assert.equal((await sb.fails('verify', '--key', 'ed', '--message', 'c0ffef', '--signature', out)).error, 'E_BAD_SIGNATURE');
  });
});

describe('local verify --public-key needs no instance', () => {
  const sb = new Sandbox();
  after(() => sb.cleanup());

  test('valid and invalid under a bare key, with no data directory; a stored key still needs one', async () => {
    const seed = Uint8Array.from(randomBytes(32));
    const pub = hex.encode(ed25519.getPublicKey(seed));
    const msg = '68656c6c6f';
    const sig = hex.encode(ed25519.sign(hex.decode(msg), seed));
    assert.equal((await sb.ok('verify', '--public-key', pub, '--type', 'ed25519', '--message', msg, '--signature', sig)).valid, true);
    assert.equal(existsSync(sb.data), false, 'no data directory was made');
    const bad = await sb.fails('verify', '--public-key', pub, '--type', 'ed25519', '--message', '68656c6c6e', '--signature', sig);
    assert.equal(bad.error, 'E_BAD_SIGNATURE');
    assert.notEqual((await sb.fails('verify', '--key', 'k', '--message', msg, '--signature', sig)).error, undefined);
    assert.equal(existsSync(sb.data), false);
  });
});
