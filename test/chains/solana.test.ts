/**
 * Solana payloads: legacy and v0 messages built with @solana/kit (System transfer,
 * SPL Token transferChecked, compute budget, lookup tables, unknown programs) ->
 * prepareSolana facts -> src/crypto/ed25519 signing, verified by @solana/kit's
 * WebCrypto verifySignature -> assembleSolana, decoded again by @solana/kit with the
 * signature at the signer's index; and the bad inputs.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sha256 } from '@noble/hashes/sha2.js';
import { base58, base64 } from '@scure/base';
import {
  address,
  appendTransactionMessageInstructions,
  blockhash,
  compileTransaction,
  compressTransactionMessageUsingAddressLookupTables,
  createKeyPairFromPrivateKeyBytes,
  createNoopSigner,
  createTransactionMessage,
  getPublicKeyFromAddress,
  getTransactionDecoder,
  getTransactionEncoder,
  pipe,
  setTransactionMessageComputeUnitLimit,
  setTransactionMessageComputeUnitPrice,
  setTransactionMessageFeePayerSigner,
  setTransactionMessageLifetimeUsingBlockhash,
  signBytes,
  verifySignature,
  type Address,
  type Instruction,
  type SignatureBytes,
} from '@solana/kit';
import { getTransferSolInstruction } from '@solana-program/system';
import { getTransferCheckedInstruction } from '@solana-program/token';
import { assembleSolana, prepareSolana } from '../../src/chains/solana/message.js';
import { publicKey, sign } from '../../src/crypto/ed25519.js';
import { utf8 } from '../../src/crypto/bytes.js';

// ---- custos-style ed25519 keys made in the test ----
const seedOf = (label: string): Uint8Array => sha256(utf8(`custos-test-sol:${label}`));
const SEED = { payer: seedOf('payer'), owner: seedOf('owner') };
const addr = (seed: Uint8Array): Address => address(base58.encode(publicKey(seed)));
const PAYER = addr(SEED.payer);
const OWNER = addr(SEED.owner);
const DEST = address('4Nd1mBQtrMJVYVfKf2PJy9NZUZdTAsp7D4xWLs4gDB4T');
const DEST2 = address('9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM');
const SOURCE_ATA = address('So11111111111111111111111111111111111111112');
const USDC = address('EPjFWdd5AufqSSqeM2qN1xzybapC8G4wEGGkZwyTDt1v');
const DEST_ATA = address('7dHbWXmci3dT8UFYWYZweBLXgycu7Y3iL6trKn1Y7ARj');
const LUT = address('AddressLookupTab1e1111111111111111111111111');
const BLOCKHASH = blockhash('EkSnNWid2cvwEVnVx9aBqawnmiCNiDgp3gUdkDPTKN1N');
const OTHER_PROGRAM = address('Stake11111111111111111111111111111111111111');

function build(version: 'legacy' | 0, instructions: Instruction[], opts: { feePayer?: Address; lut?: Record<Address, Address[]>; cu?: [number, bigint] } = {}) {
  const feePayer = createNoopSigner(opts.feePayer ?? PAYER);
  let msg = pipe(
    createTransactionMessage({ version }),
    (m) => setTransactionMessageFeePayerSigner(feePayer, m),
    (m) => setTransactionMessageLifetimeUsingBlockhash({ blockhash: BLOCKHASH, lastValidBlockHeight: 100n }, m),
    (m) => appendTransactionMessageInstructions(instructions, m),
  );
  if (opts.cu) msg = setTransactionMessageComputeUnitPrice(opts.cu[1], setTransactionMessageComputeUnitLimit(opts.cu[0], msg));
  if (opts.lut) msg = compressTransactionMessageUsingAddressLookupTables(msg as typeof msg & { version: 0 }, opts.lut) as typeof msg;
  const tx = compileTransaction(msg);
  return {
    message: base64.encode(Uint8Array.from(tx.messageBytes)),
    transaction: base64.encode(Uint8Array.from(getTransactionEncoder().encode(tx))),
  };
}

const transferSol = (from: Address, to: Address, amount: bigint) => getTransferSolInstruction({ source: createNoopSigner(from), destination: to, amount });
const transferChecked = (authority: Address) =>
  getTransferCheckedInstruction({
    source: SOURCE_ATA,
    mint: USDC,
    destination: DEST_ATA,
    authority: createNoopSigner(authority),
    amount: 2_500_000n,
    decimals: 6,
  });
const unknownIx: Instruction = { programAddress: OTHER_PROGRAM, accounts: [], data: Uint8Array.of(1, 2, 3) };

function badInput(fn: () => unknown, field?: string): void {
  assert.throws(fn, (e: unknown) => {
    const err = e as { code?: string; details?: Record<string, unknown>; message: string };
    assert.equal(err.code, 'E_BAD_INPUT', err.message);
    if (field !== undefined) assert.equal(err.details?.field, field);
    else assert.equal(typeof err.details?.field, 'string');
    return true;
  });
}

describe('prepareSolana facts', () => {
  for (const version of ['legacy', 0] as const) {
    test(`${version}: System transfer + SPL Token transferChecked`, () => {
      const { message, transaction } = build(version, [transferSol(PAYER, DEST, 12_345n), transferChecked(PAYER)]);
      const fromMessage = prepareSolana({ message }, { signer: PAYER });
      const fromTx = prepareSolana({ transaction }, { signer: PAYER });
      assert.deepEqual(fromTx, fromMessage); // the wire transaction's message is the same bytes
      assert.deepEqual(fromMessage.message, base64.decode(message));
      assert.deepEqual(fromMessage.facts.sol, {
        version,
        feePayer: PAYER,
        signers: [PAYER],
        recentBlockhash: BLOCKHASH,
        instructions: [
          { programId: '11111111111111111111111111111111', kind: 'system.transfer', parsed: true },
          { programId: 'TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA', kind: 'token.transferChecked', parsed: true },
        ],
        transfers: [
          { program: 'system', from: PAYER, to: DEST, amount: '12345' },
          { program: 'token', from: SOURCE_ATA, to: DEST_ATA, amount: '2500000', mint: USDC, decimals: 6 },
        ],
        totalLamports: '12345',
        unparsed: 0,
        maxPriorityFeeLamports: '0',
      });
    });
  }

  test('an unknown program instruction is listed as unknown and counted: unparsed 1', () => {
    const { message } = build('legacy', [transferSol(PAYER, DEST, 1n), unknownIx]);
    const { sol } = prepareSolana({ message }, { signer: PAYER }).facts;
    assert.equal(sol.unparsed, 1);
    assert.deepEqual(sol.instructions[1], { programId: OTHER_PROGRAM, kind: 'unknown', parsed: false });
    assert.equal(sol.transfers.length, 1);
  });

  test('v0 with an address lookup table: LUT-resolved accounts are not parsed; static ones are', () => {
    const { message } = build(0, [transferSol(PAYER, DEST, 5n), transferSol(PAYER, DEST2, 7n)], { lut: { [LUT]: [DEST2] } });
    const { sol } = prepareSolana({ message }, { signer: PAYER }).facts;
    assert.equal(sol.version, 0);
    assert.deepEqual(
      sol.instructions.map((i) => [i.kind, i.parsed]),
      [
        ['system.transfer', true],
        ['system.transfer', false],
      ],
    );
    assert.equal(sol.unparsed, 1);
    assert.deepEqual(sol.transfers, [{ program: 'system', from: PAYER, to: DEST, amount: '5' }]);
    assert.equal(sol.totalLamports, '5');
  });

  test('compute budget instructions are decoded and bound the priority fee', () => {
    const { message } = build('legacy', [transferSol(PAYER, DEST, 1n)], { cu: [200_000, 5_000_001n] });
    const { sol } = prepareSolana({ message }, { signer: PAYER }).facts;
    assert.equal(sol.unparsed, 0);
    assert.deepEqual(sol.instructions.map((i) => i.kind).sort(), ['computeBudget.setComputeUnitLimit', 'computeBudget.setComputeUnitPrice', 'system.transfer']);
    assert.equal(sol.computeUnitLimit, 200_000);
    assert.equal(sol.computeUnitPriceMicroLamports, '5000001');
    assert.equal(sol.maxPriorityFeeLamports, '1000001'); // ceil(5_000_001 * 200_000 / 1e6)
  });

  test('a second required signer (token authority) may sign; signers in order', () => {
    const { message } = build('legacy', [transferChecked(OWNER)]);
    const { sol } = prepareSolana({ message }, { signer: OWNER }).facts;
    assert.deepEqual(sol.signers, [PAYER, OWNER]);
    assert.equal(sol.feePayer, PAYER);
  });
});

describe('sign -> assembleSolana', () => {
  test('Ed25519 signature over the message verifies with @solana/kit and matches kit signBytes', async () => {
    const { message, transaction } = build('legacy', [transferSol(PAYER, DEST, 42n)]);
    const prepared = prepareSolana({ message }, { signer: PAYER });
    const sig = sign(SEED.payer, prepared.message);
    assert.ok(await verifySignature(await getPublicKeyFromAddress(PAYER), sig as SignatureBytes, prepared.message));
    const kitKeys = await createKeyPairFromPrivateKeyBytes(SEED.payer);
    assert.deepEqual(new Uint8Array(await signBytes(kitKeys.privateKey, prepared.message)), sig);

    for (const input of [{ message }, { transaction }]) {
      const out = assembleSolana(input, sig, { signer: PAYER });
      assert.equal(out.signature, base58.encode(sig));
      assert.ok(out.transaction);
      const decoded = getTransactionDecoder().decode(base64.decode(out.transaction));
      assert.deepEqual(Object.keys(decoded.signatures), [PAYER]);
      assert.deepEqual(new Uint8Array(decoded.signatures[PAYER]!), sig);
      assert.deepEqual(new Uint8Array(decoded.messageBytes), prepared.message);
    }
  });

  test('v0, two signers: each signature lands at its signer index and earlier ones are kept', async () => {
    const { transaction } = build(0, [transferChecked(OWNER), transferSol(PAYER, DEST, 1n)]);
    const prepared = prepareSolana({ transaction }, { signer: OWNER });
    const ownerSig = sign(SEED.owner, prepared.message);
    const afterOwner = assembleSolana({ transaction }, ownerSig, { signer: OWNER }).transaction!;
    let decoded = getTransactionDecoder().decode(base64.decode(afterOwner));
    assert.deepEqual(Object.keys(decoded.signatures), [PAYER, OWNER]);
    assert.equal(decoded.signatures[PAYER], null); // zero-filled, not yet signed
    assert.deepEqual(new Uint8Array(decoded.signatures[OWNER]!), ownerSig);
    // wire layout: shortvec count (2), then 64-byte slots in signer order
    const wire = base64.decode(afterOwner);
    assert.equal(wire[0], 2);
    assert.deepEqual(wire.subarray(1 + 64, 1 + 128), ownerSig);

    const payerSig = sign(SEED.payer, prepared.message);
    const full = assembleSolana({ transaction: afterOwner }, payerSig, { signer: PAYER }).transaction!;
    decoded = getTransactionDecoder().decode(base64.decode(full));
    assert.deepEqual(new Uint8Array(decoded.signatures[PAYER]!), payerSig);
    assert.deepEqual(new Uint8Array(decoded.signatures[OWNER]!), ownerSig);
    for (const [who, s] of [
      [PAYER, payerSig],
      [OWNER, ownerSig],
    ] as const) {
      assert.ok(await verifySignature(await getPublicKeyFromAddress(who), s as SignatureBytes, decoded.messageBytes));
    }
  });

  test('a signature that does not verify is E_BAD_SIGNATURE; a wrong length is E_BAD_INPUT', () => {
    const { message } = build('legacy', [transferSol(PAYER, DEST, 42n)]);
    const wrong = sign(SEED.owner, base64.decode(message));
    assert.throws(() => assembleSolana({ message }, wrong, { signer: PAYER }), { code: 'E_BAD_SIGNATURE' });
    badInput(() => assembleSolana({ message }, new Uint8Array(63), { signer: PAYER }), 'signature');
  });
});

describe('bad inputs', () => {
  const { message, transaction } = build('legacy', [transferSol(PAYER, DEST, 42n)]);
  const ctx = { signer: PAYER };

  test('garbage base64 and bytes that are not a message or transaction', () => {
    badInput(() => prepareSolana({ message: '@@@ not base64 @@@' }, ctx), 'message');
    badInput(() => prepareSolana({ transaction: '%%%' }, ctx), 'transaction');
    badInput(() => prepareSolana({ message: base64.encode(utf8('hello')) }, ctx), 'message');
    badInput(() => prepareSolana({ transaction: base64.encode(new Uint8Array([1, 2, 3])) }, ctx), 'transaction');
    badInput(() => prepareSolana({ message: '' }, ctx), 'message');
  });

  test('truncated message or transaction, trailing bytes', () => {
    const bytes = base64.decode(message);
    badInput(() => prepareSolana({ message: base64.encode(bytes.subarray(0, bytes.length - 5)) }, ctx), 'message');
    badInput(() => prepareSolana({ message: base64.encode(Uint8Array.of(...bytes, 0)) }, ctx), 'message');
    const wire = base64.decode(transaction);
    badInput(() => prepareSolana({ transaction: base64.encode(wire.subarray(0, wire.length - 3)) }, ctx), 'transaction');
  });

  test('signer not a required signer, or not an address', () => {
    badInput(() => prepareSolana({ message }, { signer: DEST }), 'signer');
    badInput(() => prepareSolana({ message }, { signer: OWNER }), 'signer');
    badInput(() => prepareSolana({ message }, { signer: 'not-an-address' }), 'signer');
    badInput(() => assembleSolana({ message }, sign(SEED.owner, base64.decode(message)), { signer: OWNER }), 'signer');
  });

  test('neither or both of message and transaction', () => {
    badInput(() => prepareSolana({}, ctx));
    badInput(() => prepareSolana({ message, transaction }, ctx));
  });

  test('v1 transaction messages are E_UNSUPPORTED', () => {
    const msg = pipe(
      createTransactionMessage({ version: 1 }),
      (m) => setTransactionMessageFeePayerSigner(createNoopSigner(PAYER), m),
      (m) => setTransactionMessageLifetimeUsingBlockhash({ blockhash: BLOCKHASH, lastValidBlockHeight: 1n }, m),
      (m) => appendTransactionMessageInstructions([transferSol(PAYER, DEST, 1n)], m),
    );
    const tx = compileTransaction(msg);
    assert.throws(() => prepareSolana({ message: base64.encode(Uint8Array.from(tx.messageBytes)) }, ctx), { code: 'E_UNSUPPORTED' });
  });
});
