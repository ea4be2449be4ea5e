import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { loadChainConfig } from '../../src/chains/config.js';

test('prices from a URL are polled on an interval; the token registry is validated', async () => {
  let eth = 3000;
  const srv = createServer((_req, res) => res.end(JSON.stringify({ eth: eth, usdc: 1 })));
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  const cfg = await loadChainConfig({ prices: `http://127.0.0.1:${port}/prices`, pricesIntervalMs: 100 });
  try {
    assert.deepEqual(cfg.prices(), { ETH: 3000, USDC: 1 });
    eth = 3100;
    await sleep(350);
    assert.equal(cfg.prices().ETH, 3100);
  } finally {
    cfg.stop();
    srv.close();
  }
  const dir = mkdtempSync(join(tmpdir(), 'custos-chains-'));
  writeFileSync(join(dir, 'ok.json'), JSON.stringify({ '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48': { symbol: 'USDC', decimals: 6 } }));
  const ok = await loadChainConfig({ tokensFile: join(dir, 'ok.json') });
  assert.deepEqual(ok.tokens['0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48'], { symbol: 'USDC', decimals: 6 });
  writeFileSync(join(dir, 'bad.json'), JSON.stringify({ nothex: { symbol: 'X', decimals: 6 } }));
  await assert.rejects(loadChainConfig({ tokensFile: join(dir, 'bad.json') }), (e: any) => e.code === 'E_BAD_INPUT');
});

test('the token registry takes an optional maxAmount ceiling (raw units, decimal string)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'custos-chains-'));
  const usdc = '0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48';
  writeFileSync(join(dir, 'cap.json'), JSON.stringify({ [usdc]: { symbol: 'USDC', decimals: 6, maxAmount: '100000000000000000' } }));
  const cfg = await loadChainConfig({ tokensFile: join(dir, 'cap.json') });
  assert.deepEqual(cfg.tokens[usdc.toLowerCase()], { symbol: 'USDC', decimals: 6, maxAmount: '100000000000000000' });
  for (const maxAmount of [1e17, '-1', '1e17', '0x10']) {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ [usdc]: { symbol: 'USDC', decimals: 6, maxAmount } }));
    await assert.rejects(
      loadChainConfig({ tokensFile: join(dir, 'bad.json') }),
      (e: any) => e.code === 'E_BAD_INPUT' && /maxAmount/.test(e.message),
      String(maxAmount),
    );
  }
});
