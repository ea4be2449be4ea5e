/**
 * EVM payload validation: every malformed input is a CustosError E_BAD_INPUT
 * naming the field (E_UNSUPPORTED for an unknown kind or a blob sidecar), never
 * a stray exception and never a signature over something else.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { type Hex, bytesToHex, concatHex, serializeTransaction, toRlp, type TransactionSerializable } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { MAX_TRANSACTION_BYTES, assembleEvm, prepareEvm } from '../../src/chains/evm/prepare.js';
import type { EvmContext, EvmPayload, EvmTransactionRequest } from '../../src/chains/evm/types.js';
import { isCustosError } from '../../src/errors.js';

const PK: Hex = '0x4646464646464646464646464646464646464646464646464646464646464646';
const account = privateKeyToAccount(PK);
const ctx: EvmContext = { signer: account.address, tokens: {}, prices: {} };
const TO: Hex = '0x3535353535353535353535353535353535353535';
const HASH: Hex = `0x01${'ab'.repeat(31)}`;
const AUTH = { chainId: 1, address: TO, nonce: 0, yParity: 0, r: `0x${'11'.repeat(32)}`, s: `0x${'22'.repeat(32)}` } as const;

/** `f` throws CustosError `code` whose details.field is `field`. */
function rejects(f: () => unknown, field: string, code: 'E_BAD_INPUT' | 'E_UNSUPPORTED' = 'E_BAD_INPUT'): void {
  assert.throws(f, (e: unknown) => {
    assert.ok(isCustosError(e), `not a CustosError: ${String(e)}`);
    assert.equal(e.code, code, e.message);
    assert.equal(e.details?.field, field, e.message);
    assert.ok(e.message.startsWith(`${field}: `), e.message);
    return true;
  });
}
const prep = (payload: unknown) => () => prepareEvm(payload as EvmPayload, ctx);
const base1559 = { type: '0x2', chainId: 1, nonce: 0, gas: 21000, maxFeePerGas: 10, maxPriorityFeePerGas: 1, to: TO } as const;
const tx = (t: Record<string, unknown>) => prep({ kind: 'evm.transaction', transaction: t });
const raw = (serialized: unknown) => prep({ kind: 'evm.rawTransaction', serialized });
const typed = (typedData: unknown) => prep({ kind: 'evm.typedData', typedData });

describe('payload envelope', () => {
  test('unknown kind is E_UNSUPPORTED; extra envelope fields and non-objects are E_BAD_INPUT', () => {
    rejects(prep({ kind: 'evm.userOperation' }), 'kind', 'E_UNSUPPORTED');
    rejects(prep(null), 'payload');
    rejects(prep({ kind: 'evm.personalMessage', message: 'x', extra: 1 }), 'payload.extra');
    rejects(prep({ kind: 'evm.transaction', transaction: 'nope' }), 'transaction');
  });
});

describe('transaction requests', () => {
  test('missing chainId (and chainId 0)', () => {
    const { chainId: _, ...noChain } = base1559;
    rejects(tx(noChain), 'transaction.chainId');
    rejects(tx({ ...base1559, chainId: 0 }), 'transaction.chainId');
    rejects(tx({ type: '0x0', nonce: 0, gas: 21000, gasPrice: 1, to: TO }), 'transaction.chainId');
  });

  test('missing fee and per-type fields', () => {
    rejects(tx({ ...base1559, maxFeePerGas: undefined }), 'transaction.maxFeePerGas');
    rejects(tx({ ...base1559, maxPriorityFeePerGas: undefined }), 'transaction.maxPriorityFeePerGas');
    rejects(tx({ type: 'legacy', chainId: 1, nonce: 0, gas: 21000, to: TO }), 'transaction.gasPrice');
    rejects(tx({ type: 'eip2930', chainId: 1, nonce: 0, gas: 21000, to: TO, accessList: [] }), 'transaction.gasPrice');
    rejects(tx({ ...base1559, type: '0x3', maxFeePerBlobGas: 1 }), 'transaction.blobVersionedHashes');
    rejects(tx({ ...base1559, type: '0x3', blobVersionedHashes: [HASH] }), 'transaction.maxFeePerBlobGas');
    rejects(tx({ ...base1559, type: '0x3', to: undefined, maxFeePerBlobGas: 1, blobVersionedHashes: [HASH] }), 'transaction.to');
    rejects(tx({ ...base1559, type: '0x3', maxFeePerBlobGas: 1, blobVersionedHashes: [] }), 'transaction.blobVersionedHashes');
    rejects(tx({ ...base1559, type: '0x4' }), 'transaction.authorizationList');
    rejects(tx({ ...base1559, type: '0x4', authorizationList: [] }), 'transaction.authorizationList');
    rejects(tx({ ...base1559, nonce: undefined }), 'transaction.nonce');
    rejects(tx({ ...base1559, gas: undefined }), 'transaction.gas');
    rejects(tx({ chainId: 1, nonce: 0, gas: 21000, to: TO }), 'transaction.type'); // nothing to infer a type from
  });

  test('transactions over 128 KiB (geth does not relay them) and access lists over 4,096 keys; at the limits they are prepared', () => {
    assert.doesNotThrow(tx({ ...base1559, gas: 30_000_000, data: `0x${'ab'.repeat(MAX_TRANSACTION_BYTES)}` }));
    rejects(tx({ ...base1559, gas: 30_000_000, data: `0x${'ab'.repeat(MAX_TRANSACTION_BYTES + 1)}` }), 'transaction.data');
    rejects(tx({ ...base1559, gas: 30_000_000, input: `0x${'ab'.repeat(MAX_TRANSACTION_BYTES + 1)}` }), 'transaction.input');
    rejects(raw(`0x02${'ab'.repeat(MAX_TRANSACTION_BYTES)}`), 'serialized');
    const keys = (n: number) => [{ address: TO, storageKeys: Array.from({ length: n }, () => HASH) }];
    assert.doesNotThrow(tx({ ...base1559, accessList: keys(4095) }));
    rejects(tx({ ...base1559, accessList: keys(4096) }), 'transaction.accessList');
  });

  test('from other than the key address', () => {
    rejects(tx({ ...base1559, from: TO }), 'transaction.from');
    rejects(tx({ ...base1559, from: '0x9d8a62f656a8d1615c1294fd71e9cfb3e4855a4F' }), 'transaction.from'); // bad checksum
    assert.doesNotThrow(tx({ ...base1559, from: account.address.toUpperCase().replace('0X', '0x') }));
  });

  test('malformed hex and wrong-length fields', () => {
    rejects(tx({ ...base1559, data: '0x123' }), 'transaction.data');
    rejects(tx({ ...base1559, data: 'deadbeef' }), 'transaction.data');
    rejects(tx({ ...base1559, to: '0x35353535353535353535353535353535353535' }), 'transaction.to');
    rejects(tx({ ...base1559, to: `${TO}00` }), 'transaction.to');
    rejects(tx({ ...base1559, accessList: [{ address: TO, storageKeys: [`0x${'00'.repeat(31)}`] }] }), 'transaction.accessList[0].storageKeys[0]');
    rejects(tx({ ...base1559, type: '0x3', maxFeePerBlobGas: 1, blobVersionedHashes: [`0x01${'ab'.repeat(30)}`] }), 'transaction.blobVersionedHashes[0]');
    rejects(tx({ ...base1559, type: '0x4', authorizationList: [{ ...AUTH, address: `${TO}ab` }] }), 'transaction.authorizationList[0].address');
    rejects(tx({ ...base1559, type: '0x4', authorizationList: [{ ...AUTH, r: `0x${'11'.repeat(33)}` }] }), 'transaction.authorizationList[0].r');
    rejects(tx({ ...base1559, type: '0x4', authorizationList: [{ ...AUTH, yParity: 2 }] }), 'transaction.authorizationList[0].yParity');
  });

  test('bad quantities', () => {
    for (const bad of [-1, 1.5, '1e18', '0x', '-5', '0xzz', 2 ** 53, null, true, `0x${'f'.repeat(65)}`]) {
      rejects(tx({ ...base1559, value: bad }), 'transaction.value');
    }
    rejects(tx({ ...base1559, gas: `0x1${'0'.repeat(16)}` }), 'transaction.gas'); // > 2^64-1
  });

  test('unknown fields, fields of another type, data/input disagreement, bad type name', () => {
    rejects(tx({ ...base1559, gasLimt: 21000 }), 'transaction.gasLimt');
    rejects(tx({ ...base1559, gasLimit: 21001 }), 'transaction.gasLimit'); // disagrees with gas
    assert.doesNotThrow(tx({ ...base1559, gas: undefined, gasLimit: '0x5208' }));
    rejects(tx({ ...base1559, gasPrice: 1 }), 'transaction.gasPrice');
    rejects(tx({ type: '0x0', chainId: 1, nonce: 0, gas: 1, gasPrice: 1, accessList: [] }), 'transaction.accessList');
    rejects(tx({ ...base1559, data: '0x01', input: '0x02' }), 'transaction.input');
    rejects(tx({ ...base1559, type: '0x5' }), 'transaction.type');
  });

  test('viem assertions: tip above the fee cap, bad blob version', () => {
    rejects(tx({ ...base1559, maxFeePerGas: 1, maxPriorityFeePerGas: 2 }), 'transaction');
    rejects(tx({ ...base1559, type: '0x3', maxFeePerBlobGas: 1, blobVersionedHashes: [`0x02${'ab'.repeat(31)}`] }), 'transaction');
  });

  test('blob sidecars are E_UNSUPPORTED', () => {
    rejects(tx({ ...base1559, type: '0x3', maxFeePerBlobGas: 1, blobVersionedHashes: [HASH], blobs: ['0x00'] }), 'transaction.blobs', 'E_UNSUPPORTED');
  });

  test('a known selector whose arguments do not decode is refused, not passed without facts', () => {
    rejects(tx({ ...base1559, data: '0xa9059cbb0000' }), 'data');
    rejects(tx({ ...base1559, data: `0xa22cb465${'00'.repeat(44)}02${'00'.repeat(31)}05` }), 'data'); // setApprovalForAll(_, bool=5)
  });
});

describe('serialized transactions', () => {
  const unsigned: TransactionSerializable = {
    type: 'eip1559',
    chainId: 1,
    nonce: 1,
    gas: 21000n,
    maxFeePerGas: 10n,
    maxPriorityFeePerGas: 1n,
    to: TO,
    value: 1n,
  };

  test('malformed hex', () => {
    rejects(raw('02f8'), 'serialized');
    rejects(raw('0x02f'), 'serialized');
    rejects(raw('0x'), 'serialized');
    rejects(raw(42), 'serialized');
  });

  test('malformed RLP', () => {
    const good = serializeTransaction(unsigned);
    rejects(raw(good.slice(0, -2) as Hex), 'serialized'); // truncated
    rejects(raw(`${good}00` as Hex), 'serialized'); // trailing byte
    rejects(raw('0x02c3010203'), 'serialized'); // wrong field count
    rejects(raw('0xf8'), 'serialized');
    rejects(raw('0x05c0'), 'serialized'); // unknown type byte
  });

  test('non-canonical encoding (a zero nonce as 0x00)', () => {
    const fields: Hex[] = ['0x01', '0x00', '0x01', '0x0a', '0x5208', TO, '0x01', '0x'];
    rejects(raw(concatHex(['0x02', toRlp([...fields, []])])), 'serialized');
  });

  test('missing chainId: pre-EIP-155 legacy', () => {
    const legacyNoChain = toRlp(['0x01', '0x01', '0x5208', TO, '0x01', '0x']);
    rejects(raw(legacyNoChain), 'serialized.chainId');
  });

  test('chainId 0 in a typed transaction (types 1..4) is refused as missing, in words for users', () => {
    const tail: Record<string, unknown[]> = {
      '0x01': ['0x', '0x01', '0x0a', '0x5208', TO, '0x01', '0x', []],
      '0x02': ['0x', '0x01', '0x01', '0x0a', '0x5208', TO, '0x01', '0x', []],
      '0x03': ['0x', '0x01', '0x01', '0x0a', '0x5208', TO, '0x01', '0x', [], '0x01', [HASH]],
      '0x04': ['0x', '0x01', '0x01', '0x0a', '0x5208', TO, '0x01', '0x', [], [['0x01', TO, '0x', '0x', '0x01', '0x01']]],
    };
    for (const [type, fields] of Object.entries(tail)) {
      const hex = concatHex([type as Hex, toRlp(fields as never)]);
      assert.throws(prep({ kind: 'evm.rawTransaction', serialized: hex }), (e: unknown) => {
        assert.ok(isCustosError(e), `${type}: not a CustosError: ${String(e)}`);
        assert.equal(e.code, 'E_BAD_INPUT');
        assert.equal(e.details?.field, 'serialized.chainId', `${type}: ${e.message}`);
        assert.doesNotMatch(e.message, /BigInt|Cannot convert/, type);
        return true;
      });
    }
  });

  test('no exception text reaches a message: malformed integers in every typed field', () => {
    const fields: Hex[] = ['0x01', '0x01', '0x01', '0x0a', '0x5208', TO, '0x01', '0x'];
    for (let i = 0; i < fields.length; i++) {
      for (const bad of ['0x00', '0x0000'] as Hex[]) {
        const f = [...fields];
        f[i] = bad;
        try {
          prepareEvm({ kind: 'evm.rawTransaction', serialized: concatHex(['0x02', toRlp([...f, []])]) } as EvmPayload, ctx);
        } catch (e) {
          assert.ok(isCustosError(e), String(e));
          assert.doesNotMatch(e.message, /BigInt|Cannot convert|TypeError|SyntaxError|undefined/, `field ${i}: ${e.message}`);
        }
      }
    }
  });

  test('an already signed transaction, every type', async () => {
    const signed = [
      await account.signTransaction({ type: 'legacy', chainId: 1, nonce: 1, gas: 21000n, gasPrice: 1n, to: TO }),
      await account.signTransaction({ type: 'legacy', nonce: 1, gas: 21000n, gasPrice: 1n, to: TO }), // pre-EIP-155 signed
      await account.signTransaction({ type: 'eip2930', chainId: 1, nonce: 1, gas: 21000n, gasPrice: 1n, to: TO, accessList: [] }),
      await account.signTransaction(unsigned),
      await account.signTransaction({ ...unsigned, type: 'eip4844', maxFeePerBlobGas: 1n, blobVersionedHashes: [HASH] } as TransactionSerializable),
      await account.signTransaction({ ...unsigned, type: 'eip7702', authorizationList: [{ ...AUTH, chainId: 1 }] } as TransactionSerializable),
    ];
    for (const s of signed) rejects(raw(s), 'serialized');
  });

  test('type 4 without to or authorizations, type 3 network wrapper', () => {
    const noAuth: Hex[] = ['0x01', '0x', '0x01', '0x0a', '0x5208', TO, '0x', '0x'];
    rejects(raw(concatHex(['0x04', toRlp([...noAuth, [], []])])), 'serialized.authorizationList');
    const wrapper = concatHex(['0x03', toRlp([['0x01', '0x', '0x01', '0x0a', '0x5208', TO, '0x', '0x', [], '0x01', [HASH]], ['0x00'], ['0x00'], ['0x00']])]);
    rejects(raw(wrapper), 'serialized', 'E_UNSUPPORTED');
  });

  test('property: random bytes never escape as anything but CustosError', () => {
    fc.assert(
      fc.property(fc.constantFrom('', '01', '02', '03', '04'), fc.uint8Array({ maxLength: 120 }), (prefix, body) => {
        try {
          prepareEvm({ kind: 'evm.rawTransaction', serialized: `0x${prefix}${bytesToHex(body).slice(2)}` as Hex }, ctx);
        } catch (e) {
          assert.ok(isCustosError(e), String(e));
          assert.doesNotMatch(e.message, /BigInt|Cannot convert|TypeError|SyntaxError/, e.message);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('typed data', () => {
  const PERSON = [
    { name: 'name', type: 'string' },
    { name: 'wallet', type: 'address' },
  ];
  const good = {
    types: {
      Person: PERSON,
      Group: [
        { name: 'members', type: 'Person[2]' },
        { name: 'size', type: 'uint8' },
      ],
    },
    primaryType: 'Group',
    domain: { name: 'App', chainId: 1 },
    message: {
      members: [
        { name: 'a', wallet: TO },
        { name: 'b', wallet: TO },
      ],
      size: 2,
    },
  };
  const withMessage = (message: unknown) => ({ ...good, message });

  test('the reference value is accepted', () => {
    assert.doesNotThrow(typed(good));
  });

  test('types that do not match the message', () => {
    rejects(typed(withMessage({ members: good.message.members })), 'typedData.message.size');
    rejects(typed(withMessage({ ...good.message, extra: 1 })), 'typedData.message.extra');
    rejects(typed(withMessage({ ...good.message, members: [good.message.members[0]] })), 'typedData.message.members');
    rejects(typed(withMessage({ ...good.message, members: [{ name: 'a' }, good.message.members[1]] })), 'typedData.message.members[0].wallet');
    rejects(typed(withMessage({ ...good.message, members: [{ name: 'a', wallet: TO, age: 3 }, good.message.members[1]] })), 'typedData.message.members[0].age');
    rejects(typed(withMessage({ ...good.message, size: 256 })), 'typedData'); // uint8 range (viem validateTypedData)
    rejects(typed(withMessage({ ...good.message, size: 1.5 })), 'typedData.message.size');
    rejects(typed(withMessage({ ...good.message, size: true })), 'typedData.message.size');
    rejects(typed(withMessage({ ...good.message, members: [{ name: 'a', wallet: '0x12' }, good.message.members[1]] })), 'typedData');
    rejects(typed(withMessage('nope')), 'typedData.message');
  });

  test('bad types, primaryType and field names', () => {
    rejects(typed({ ...good, primaryType: 'Nope' }), 'typedData.primaryType');
    rejects(typed({ ...good, primaryType: 'EIP712Domain' }), 'typedData.primaryType');
    rejects(
      typed({
        ...good,
        types: {
          ...good.types,
          Group: [
            { name: 'members', type: 'Human[2]' },
            { name: 'size', type: 'uint8' },
          ],
        },
      }),
      'typedData.message.members[0]',
    );
    rejects(typed({ ...good, types: { ...good.types, Person: [...PERSON, { name: 'name', type: 'string' }] } }), 'typedData.types.Person[2].name');
    rejects(typed({ ...good, types: { ...good.types, Person: 'x' } }), 'typedData.types.Person');
    rejects(typed({ ...good, extra: 1 }), 'typedData.extra');
    rejects(typed(JSON.parse('{"types":{"__proto__":[]},"primaryType":"A","message":{}}')), 'typedData.types.__proto__');
    rejects(typed({ ...good, types: { ...good.types, Person: [{ name: '__proto__', type: 'string' }] } }), 'typedData.types.Person[0].name');
    rejects(typed(withMessage(JSON.parse('{"__proto__":{"size":2},"members":[]}'))), 'typedData.message.__proto__');
  });

  test('the EIP712Domain type must match the domain fields', () => {
    rejects(typed({ ...good, types: { ...good.types, EIP712Domain: [{ name: 'name', type: 'string' }] } }), 'typedData.types.EIP712Domain');
    rejects(
      typed({
        ...good,
        types: {
          ...good.types,
          EIP712Domain: [
            { name: 'chainId', type: 'uint256' },
            { name: 'name', type: 'string' },
          ],
        },
      }),
      'typedData.types.EIP712Domain',
    );
    assert.doesNotThrow(
      typed({
        ...good,
        types: {
          ...good.types,
          EIP712Domain: [
            { name: 'name', type: 'string' },
            { name: 'chainId', type: 'uint256' },
          ],
        },
      }),
    );
  });

  test('domain: chainId not an integer, unknown field, wrong-length salt, bad address', () => {
    for (const chainId of [1.5, 'abc', '1.0', true, -1]) rejects(typed({ ...good, domain: { chainId } }), 'typedData.domain.chainId');
    rejects(typed({ ...good, domain: { chainId: `0x1${'0'.repeat(16)}` } }), 'typedData.domain.chainId'); // > 2^53
    rejects(typed({ ...good, domain: { name: 'x', chain: 1 } }), 'typedData.domain.chain');
    rejects(typed({ ...good, domain: { salt: `0x${'00'.repeat(31)}` } }), 'typedData');
    rejects(typed({ ...good, domain: { verifyingContract: '0x1234' } }), 'typedData');
  });
});

describe('messages and authorizations', () => {
  test('personal message: malformed hex, not a string', () => {
    rejects(prep({ kind: 'evm.personalMessage', message: '0xzz' }), 'message');
    rejects(prep({ kind: 'evm.personalMessage', message: '0x123' }), 'message');
    rejects(prep({ kind: 'evm.personalMessage', message: 42 }), 'message');
  });

  test('authorization: missing chainId or nonce, bad address, bad numbers, extra field', () => {
    const a = (authorization: unknown) => prep({ kind: 'evm.authorization', authorization });
    rejects(a({ address: TO, nonce: 0 }), 'authorization.chainId');
    rejects(a({ chainId: 1, address: TO }), 'authorization.nonce');
    rejects(a({ chainId: 1, address: '0x35', nonce: 0 }), 'authorization.address');
    rejects(a({ chainId: -1, address: TO, nonce: 0 }), 'authorization.chainId');
    rejects(a({ chainId: 1, address: TO, nonce: 'x' }), 'authorization.nonce');
    rejects(a({ chainId: 1, address: TO, nonce: 0, contractAddress: TO }), 'authorization.contractAddress');
  });
});

describe('assembleEvm', () => {
  const payload: EvmPayload = { kind: 'evm.personalMessage', message: 'hi' };
  test('signature must be 65 bytes with v 27/28 (0/1), r and s in range', () => {
    rejects(() => assembleEvm(payload, new Uint8Array(64)), 'signature');
    const sig = new Uint8Array(65).fill(1);
    sig[64] = 29;
    rejects(() => assembleEvm(payload, sig), 'signature');
    sig[64] = 27;
    sig.fill(0xff, 0, 32); // r >= n
    rejects(() => assembleEvm(payload, sig), 'signature');
  });

  test('v 0/1 is accepted and normalised to 27/28', () => {
    const sig = new Uint8Array(65).fill(1);
    sig[64] = 1;
    assert.equal(assembleEvm(payload, sig).signature.slice(-2), '1c');
  });

  test('the payload is re-validated', () => {
    const sig = new Uint8Array(65).fill(1);
    sig[64] = 27;
    const bad: EvmTransactionRequest = { ...base1559, maxFeePerGas: undefined } as unknown as EvmTransactionRequest;
    rejects(() => assembleEvm({ kind: 'evm.transaction', transaction: bad }, sig), 'transaction.maxFeePerGas');
  });
});
