/**
 * The Safe executor key signs outside policy (it only pays gas), so a hostile upstream node must not
 * set what it pays: gas and fees above the caps of src/safe/accounts.ts are refused before anything
 * is signed. Positive control: the same deployment with ordinary fees gets as far as broadcasting.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { TestServer } from '../helpers/server.js';
import { isCustosError } from '../../src/errors.js';

describe('Safe executor: gas and fee caps against a hostile upstream', () => {
  let t: TestServer;
  let upstream: Server;
  let tip = 10n ** 9n;
  const seen: string[] = [];
  before(async () => {
    upstream = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += String(d)));
      req.on('end', () => {
        const one = (m: { id: number; method: string }) => {
          seen.push(m.method);
          const result: Record<string, unknown> = {
            eth_chainId: '0x7a69',
            eth_getTransactionCount: '0x0',
            eth_estimateGas: '0x5208',
            eth_maxPriorityFeePerGas: `0x${tip.toString(16)}`,
            eth_gasPrice: '0x3b9aca00',
            eth_getBlockByNumber: { number: '0x1', baseFeePerGas: '0x3b9aca00', timestamp: '0x1', hash: `0x${'11'.repeat(32)}`, transactions: [] },
          };
          return m.method in result
            ? { jsonrpc: '2.0', id: m.id, result: result[m.method] }
            : { jsonrpc: '2.0', id: m.id, error: { code: -32000, message: 'not here' } };
        };
        const parsed = JSON.parse(body) as { id: number; method: string } | { id: number; method: string }[];
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(Array.isArray(parsed) ? parsed.map(one) : one(parsed)));
      });
    });
    await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
    t = await TestServer.start();
    await t.close();
    await t.listen({ chains: { ethRpc: `http://127.0.0.1:${(upstream.address() as { port: number }).port}` } });
    await t.admin.call('key.create', { name: 'exec', type: 'secp256k1' });
  });
  after(async () => {
    await t?.stop();
    await new Promise((r) => upstream?.close(r));
  });

  test('a tip the size of a balance is refused before signing; an ordinary one is signed and broadcast', async () => {
    tip = 10n ** 21n; // 1,000 ETH per gas
    const signsBefore = await t.auditEvents();
    const e = await t.admin.call('safe.deployContracts', { chainId: 31337, executor: 'exec' }).catch((x: unknown) => x);
    assert.ok(isCustosError(e, 'E_UPSTREAM'), String(e));
    assert.match(String((e as Error).message), /above its caps/);
    assert.ok(!seen.includes('eth_sendRawTransaction'), 'nothing was broadcast');
    assert.equal(await t.auditEvents(), signsBefore, 'nothing was signed (no key.sign event)');
    // Positive control: 1 gwei gets past the caps, is signed, and is broadcast (this upstream then refuses it).
    tip = 10n ** 9n;
    const ok = await t.admin.call('safe.deployContracts', { chainId: 31337, executor: 'exec' }).catch((x: unknown) => x);
    assert.ok(isCustosError(ok, 'E_UPSTREAM'), String(ok));
    assert.ok(seen.includes('eth_sendRawTransaction'), 'signed and broadcast');
    assert.ok((await t.auditEvents()) > signsBefore, 'the signature is audited');
  });
});
