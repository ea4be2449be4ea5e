/**
 * Property (issue #21): for generated transactions of every type (legacy,
 * EIP-2930, EIP-1559, EIP-4844, EIP-7702), with quantities written every way
 * custos accepts (0x-hex, decimal string, integer) and the ways it refuses
 * (leading zeros, "0x" alone, gas of 2^64 or more), JSON-RPC
 * eth_signTransaction and sign.evm (fields) agree: both sign the same bytes,
 * and those are the bytes sign.evm signs for viem's serialization of the
 * same values (the raw path), or both refuse with the same code and field.
 * In-process through the server's handlers (the HTTP layer is covered by the
 * corpus and e2e tests).
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { serializeTransaction, type Hex, type TransactionSerializable } from 'viem';
import { TestServer } from '../helpers/server.js';
import { ADMINS_SIGN, QUIET, tally } from '../helpers/ethers-corpus.js';
import { handlers } from '../../src/api/handlers.js';
import { contextFor, type ApiContext } from '../../src/api/context.js';
import { localActor } from '../../src/access/actor.js';
import { isCustosError } from '../../src/errors.js';

const TO = '0x3535353535353535353535353535353535353535';
const U64 = 2n ** 64n;

/** A quantity written one way; `ok` whether the JSON-RPC quantity rule (and custos's decimal form) accepts the writing. */
const writing = (n: bigint): fc.Arbitrary<[unknown, boolean]> =>
  fc.oneof(
    {
      weight: 12,
      arbitrary: fc.constantFrom<[unknown, boolean]>(
        [`0x${n.toString(16)}`, true],
        [n.toString(), true],
        ...(n <= BigInt(Number.MAX_SAFE_INTEGER) ? [[Number(n), true] as [unknown, boolean]] : []),
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom<[unknown, boolean]>([`0x0${n.toString(16)}`, false], ...(n === 0n ? [['0x', false] as [unknown, boolean]] : [])) },
  );

const small = fc.oneof(fc.constant(0n), fc.bigInt({ min: 1n, max: 1000n }));
const wide = fc.oneof(small, fc.bigInt({ min: 0n, max: 2n ** 80n }));
const gasValue = fc.oneof(
  { weight: 8, arbitrary: fc.bigInt({ min: 21000n, max: 30_000_000n }) },
  { weight: 1, arbitrary: fc.constant(U64 - 1n) },
  { weight: 1, arbitrary: fc.constant(U64) },
  { weight: 1, arbitrary: fc.bigInt({ min: U64, max: 2n ** 80n }) },
);

const TYPES = ['legacy', 'eip2930', 'eip1559', 'eip4844', 'eip7702'] as const;
type Case = { type: (typeof TYPES)[number]; values: Record<string, bigint>; written: Record<string, unknown>; wellWritten: boolean };

const arbCase = fc.record({ type: fc.constantFrom(...TYPES), nonce: small, gas: gasValue, value: wide, fee: wide, tip: small, blobFee: small }).chain((v) => {
  const names = [
    'nonce',
    'gas',
    'value',
    ...(v.type === 'legacy' || v.type === 'eip2930' ? ['gasPrice'] : ['maxFeePerGas', 'maxPriorityFeePerGas']),
    ...(v.type === 'eip4844' ? ['maxFeePerBlobGas'] : []),
  ];
  const values: Record<string, bigint> = {
    nonce: v.nonce,
    gas: v.gas,
    value: v.value,
    gasPrice: v.fee,
    maxFeePerGas: v.fee + v.tip,
    maxPriorityFeePerGas: v.tip,
    maxFeePerBlobGas: v.blobFee,
  };
  return fc.tuple(...names.map((k) => writing(values[k]!))).map((ws): Case => {
    const written: Record<string, unknown> = {};
    names.forEach((k, i) => (written[k] = ws[i]![0]));
    return { type: v.type, values: Object.fromEntries(names.map((k) => [k, values[k]!])), written, wellWritten: ws.every((w) => w[1]) };
  });
});

const TYPE_BYTE = { legacy: '0x0', eip2930: '0x1', eip1559: '0x2', eip4844: '0x3', eip7702: '0x4' } as const;
const HASH = `0x01${'ab'.repeat(31)}` as Hex;
const AUTH = { chainId: '0x1', address: TO, nonce: '0x0', yParity: '0x1', r: `0x${'11'.repeat(32)}`, s: `0x${'22'.repeat(32)}` };

function request(c: Case): Record<string, unknown> {
  return {
    type: TYPE_BYTE[c.type],
    chainId: '0x1',
    to: TO,
    ...c.written,
    ...(c.type === 'eip2930' ? { accessList: [] } : {}),
    ...(c.type === 'eip4844' ? { blobVersionedHashes: [HASH] } : {}),
    ...(c.type === 'eip7702' ? { authorizationList: [AUTH] } : {}),
  };
}

/** The same values as viem's unsigned serialization (the raw path's input), built without custos. */
function viemTx(c: Case): TransactionSerializable {
  const v = c.values;
  const base = { chainId: 1, to: TO as Hex, nonce: Number(v.nonce), gas: v.gas!, value: v.value! };
  switch (c.type) {
    case 'legacy':
      return { ...base, type: 'legacy', gasPrice: v.gasPrice! };
    case 'eip2930':
      return { ...base, type: 'eip2930', gasPrice: v.gasPrice!, accessList: [] };
    case 'eip1559':
      return { ...base, type: 'eip1559', maxFeePerGas: v.maxFeePerGas!, maxPriorityFeePerGas: v.maxPriorityFeePerGas! };
    case 'eip4844':
      return {
        ...base,
        type: 'eip4844',
        maxFeePerGas: v.maxFeePerGas!,
        maxPriorityFeePerGas: v.maxPriorityFeePerGas!,
        maxFeePerBlobGas: v.maxFeePerBlobGas!,
        blobVersionedHashes: [HASH],
      };
    case 'eip7702':
      return {
        ...base,
        type: 'eip7702',
        maxFeePerGas: v.maxFeePerGas!,
        maxPriorityFeePerGas: v.maxPriorityFeePerGas!,
        authorizationList: [{ chainId: 1, address: TO, nonce: 0, yParity: 1, r: AUTH.r as Hex, s: AUTH.s as Hex }],
      };
  }
}

type Outcome = { signed: string } | { code: string; field: string };

describe('JSON-RPC and sign.evm agree on generated transactions of every type', () => {
  let t: TestServer;
  let ctx: ApiContext;
  let from: Hex;
  before(async () => {
    t = await TestServer.start(QUIET);
    await t.admin.call('policy.set', { source: ADMINS_SIGN });
    from = (await t.admin.call('key.create', { name: 'p', type: 'secp256k1' })).addresses?.ethereum as Hex;
    ctx = contextFor(t.server.services, localActor(), 'server');
  });
  after(async () => t.stop());

  const viaRpc = async (tx: Record<string, unknown>): Promise<Outcome> => {
    const r = (await handlers['eth.rpc'](ctx, { jsonrpc: '2.0', id: 1, method: 'eth_signTransaction', params: [{ ...tx, from }] })) as {
      result?: string;
      error?: { data?: { code: string; field: string } };
    };
    return r.result !== undefined ? { signed: r.result } : { code: String(r.error?.data?.code), field: String(r.error?.data?.field) };
  };
  const viaSign = async (payload: Record<string, unknown>): Promise<Outcome> => {
    try {
      const v = await handlers['sign.evm'](ctx, { key: 'p', payload: payload as never });
      return { signed: String(v.result?.serializedTransaction) };
    } catch (e) {
      assert.ok(isCustosError(e), String(e));
      return { code: e.code, field: String(e.details?.field) };
    }
  };

  test('same acceptance, same bytes, same code and field', async () => {
    const seen: string[] = [];
    await fc.assert(
      fc.asyncProperty(arbCase, async (c) => {
        const tx = request(c);
        const rpc = await viaRpc(tx);
        const fields = await viaSign({ kind: 'evm.transaction', transaction: tx });
        assert.deepEqual(rpc, fields, JSON.stringify(tx));
        const expectSigned = c.wellWritten && c.values.gas! < U64;
        assert.equal('signed' in fields, expectSigned, `${JSON.stringify(tx)} -> ${JSON.stringify(fields)}`);
        if ('signed' in fields) {
          // the raw path signs the same bytes for viem's serialization of the same values
          assert.deepEqual(await viaSign({ kind: 'evm.rawTransaction', serialized: serializeTransaction(viemTx(c)) }), fields);
          seen.push(`${c.type}:signed`);
        } else {
          assert.equal(fields.code, 'E_BAD_INPUT');
          if (c.wellWritten) {
            // gas >= 2^64: the raw path refuses it too, on its own field name
            assert.equal(fields.field, 'transaction.gas');
            assert.deepEqual(await viaSign({ kind: 'evm.rawTransaction', serialized: serializeTransaction(viemTx(c)) }), {
              code: 'E_BAD_INPUT',
              field: 'serialized.gas',
            });
          }
          seen.push(`${c.type}:refused`);
        }
      }),
      { numRuns: 200 },
    );
    // positive and negative controls: every type was both signed and refused
    const counts = tally(seen);
    for (const ty of TYPES)
      for (const o of ['signed', 'refused']) assert.ok((counts[`${ty}:${o}`] ?? 0) > 0, `${ty}:${o} never generated: ${JSON.stringify(counts)}`);
  });
});
