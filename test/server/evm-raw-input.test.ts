/**
 * sign.evm with evm.rawTransaction through a real server: a typed transaction
 * with chainId 0 is E_BAD_INPUT on `serialized.chainId` in words for users
 * (it answered "serialized: Cannot convert 0x to a BigInt"), malformed RLP
 * carries no exception text, and the same transaction with chainId 1 signs.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { type Hex, concatHex, toRlp } from 'viem';
import { TestServer } from '../helpers/server.js';
import { isCustosError } from '../../src/errors.js';

const TO: Hex = '0x3535353535353535353535353535353535353535';
const eip1559 = (chainId: Hex): Hex => concatHex(['0x02', toRlp([chainId, '0x01', '0x01', '0x0a', '0x5208', TO, '0x01', '0x', []])]);

describe('sign.evm raw transactions: input errors are CustosErrors for users', () => {
  let t: TestServer;
  before(async () => {
    t = await TestServer.start();
    await t.admin.call('key.create', { name: 'hot', type: 'secp256k1' });
    await t.admin.call('policy.set', { source: 'rules:\n  - name: admins\n    effect: allow\n    when: principal.role == "admin"\n' });
  });
  after(async () => t.stop());

  const refused = async (serialized: Hex, field: string) =>
    assert.rejects(t.admin.call('sign.evm', { key: 'hot', payload: { kind: 'evm.rawTransaction', serialized } } as never), (e: unknown) => {
      assert.ok(isCustosError(e), String(e));
      assert.equal(e.code, 'E_BAD_INPUT', e.message);
      assert.equal(e.details?.field, field, e.message);
      assert.doesNotMatch(e.message, /BigInt|Cannot convert|TypeError|SyntaxError/, e.message);
      return true;
    });

  test('chainId 0 in a typed transaction', async () => {
    await refused(eip1559('0x'), 'serialized.chainId');
  });

  test('malformed integers and RLP', async () => {
    await refused(concatHex(['0x02', toRlp(['0x01', '0x00', '0x01', '0x0a', '0x5208', TO, '0x01', '0x', []])]), 'serialized');
    await refused('0x02c3010203', 'serialized');
  });

  test('control: the same transaction with chainId 1 signs', async () => {
    const r = await t.admin.call('sign.evm', { key: 'hot', payload: { kind: 'evm.rawTransaction', serialized: eip1559('0x01') } } as never);
    assert.equal(r.status, 'signed', JSON.stringify(r));
  });
});
