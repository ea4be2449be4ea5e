/**
 * The ethers transaction corpora (@ethersproject/testcases 5.8.0:
 * transactions.json, typed-transactions.json) through sign.evm, every case:
 * in-process through the server's own handlers (key.import, sign.evm) of a
 * real instance, with evm.rawTransaction and with evm.transaction (fields).
 * Each signs ethers' bytes exactly or is refused E_BAD_INPUT for the case's
 * own reason (pre-EIP-155 or chainId 0: `chainId`; gas >= 2^64: `gas`), and
 * the counts are asserted (issue #21). JSON-RPC, the adapters and HTTP run in
 * ethers-corpus-http.test.ts (every refused case, a sample of the signed ones).
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { TestServer } from '../helpers/server.js';
import { ADMINS_SIGN, QUIET, legacyCases, reason, tally, typedCases, typedDataCases, type Expect, type TxCase } from '../helpers/ethers-corpus.js';
import { handlers } from '../../src/api/handlers.js';
import { contextFor, type ApiContext } from '../../src/api/context.js';
import { localActor } from '../../src/access/actor.js';
import type { EvmPayload } from '../../src/chains/evm/types.js';

const txs: TxCase[] = [...legacyCases(), ...typedCases()];

describe("ethers transaction corpora, every case in-process: byte-exact or refused for the case's reason", () => {
  let a: TestServer;
  let ctx: ApiContext;
  const sign = async (key: string, payload: EvmPayload) => handlers['sign.evm'](ctx, { key, payload });

  before(async () => {
    a = await TestServer.start(QUIET);
    await a.admin.call('policy.set', { source: ADMINS_SIGN });
    await a.admin.call('key.create', { name: 'any', type: 'secp256k1' });
    ctx = contextFor(a.server.services, localActor(), 'server');
  });
  after(async () => a.stop());

  test('counts of the corpora: what is applicable and why the rest is refused', () => {
    assert.deepEqual(tally(legacyCases().map((c) => c.expect)), { chainId: 1067, sign: 984, gas: 83 });
    assert.deepEqual(tally(typedCases().map((c) => c.expect)), { chainId: 384, sign: 1408 });
    assert.equal(typedDataCases().length, 1025);
  });

  test("every transaction case, in-process: raw and fields sign ethers' bytes or refuse for the case's reason", async () => {
    const raw: Expect[] = [];
    const fields: Expect[] = [];
    let i = 0;
    for (const c of txs) {
      let key = 'any';
      if (c.expect === 'sign') {
        key = `t${i++}`;
        await handlers['key.import'](ctx, { name: key, format: 'raw', type: 'secp256k1', content: c.privateKey.slice(2) });
      }
      for (const [form, payload, out] of [
        ['serialized', { kind: 'evm.rawTransaction', serialized: c.unsigned }, raw],
        ['transaction', { kind: 'evm.transaction', transaction: c.request }, fields],
      ] as [string, EvmPayload, Expect[]][]) {
        try {
          const v = await sign(key, payload);
          assert.equal(v.status, 'signed', `${c.name} ${form}: ${JSON.stringify(v)}`);
          assert.equal(v.result?.serializedTransaction, c.signed, `${c.name} ${form}`);
          out.push('sign');
        } catch (e) {
          if (e instanceof assert.AssertionError) throw e;
          out.push(reason(e, form, c));
        }
      }
    }
    const expected = tally(txs.map((c) => c.expect));
    assert.deepEqual(expected, { chainId: 1451, sign: 2392, gas: 83 });
    assert.deepEqual(tally(raw), expected);
    assert.deepEqual(tally(fields), expected);
    // per case, not only in total: the outcome is the case's own
    assert.deepEqual(
      raw,
      txs.map((c) => c.expect),
    );
    assert.deepEqual(
      fields,
      txs.map((c) => c.expect),
    );
  });
});
