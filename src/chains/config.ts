/**
 * What the chain payloads need from the operator: a token registry (address
 * -> symbol, decimals, optional maxAmount ceiling), USD prices (a JSON file, or a URL polled on an
 * interval), and for Ethereum the upstream node and chain id. Values are
 * read once at start and refreshed in the background; policy sees a
 * snapshot per decision.
 */
import { readFileSync } from 'node:fs';
import { CustosError } from '../errors.js';
import type { TokenInfo } from './evm/types.js';

export interface ChainConfig {
  tokens: Record<string, TokenInfo>;
  prices(): Record<string, number>;
  eth: { upstream?: string; chainId?: number };
}

export interface ChainOptions {
  tokensFile?: string;
  prices?: string;
  pricesIntervalMs?: number;
  ethRpc?: string;
  chainId?: number;
  log?: (line: string) => void;
}

function parseTokens(text: string): Record<string, TokenInfo> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new CustosError('E_BAD_INPUT', 'the token registry is not valid JSON', { field: 'tokens' });
  }
  const out: Record<string, TokenInfo> = {};
  for (const [addr, v] of Object.entries(doc as Record<string, { symbol?: unknown; decimals?: unknown; maxAmount?: unknown }>)) {
    if (!/^0x[0-9a-fA-F]{40}$/.test(addr) || typeof v?.symbol !== 'string' || !Number.isInteger(v.decimals) || (v.decimals as number) < 0 || (v.decimals as number) > 77) {
      throw new CustosError('E_BAD_INPUT', `token registry entry ${addr} needs {"symbol": string, "decimals": 0..77}`, { field: 'tokens' });
    }
    // maxAmount: raw units above which an allowance or permit counts as unlimited (e.g. the total supply).
    if (v.maxAmount !== undefined && (typeof v.maxAmount !== 'string' || !/^[0-9]{1,78}$/.test(v.maxAmount))) {
      throw new CustosError('E_BAD_INPUT', `token registry entry ${addr}: maxAmount must be a decimal string of raw units`, { field: 'tokens' });
    }
    out[addr.toLowerCase()] = { symbol: v.symbol, decimals: v.decimals as number, ...(typeof v.maxAmount === 'string' ? { maxAmount: v.maxAmount } : {}) };
  }
  return out;
}

function parsePrices(text: string): Record<string, number> {
  const doc = JSON.parse(text) as Record<string, unknown>;
  const out: Record<string, number> = {};
  for (const [sym, v] of Object.entries(doc)) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new CustosError('E_BAD_INPUT', `price of ${sym} must be a non-negative number`, { field: 'prices' });
    out[sym.toUpperCase()] = v;
  }
  return out;
}

/** A configuration file's text, or E_CONFIG naming the file and the cause (never its content). */
function readConfig(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new CustosError('E_CONFIG', `cannot read the ${what} ${file} (${code})`, { file }, { cause: e });
  }
}

/** Load the registry and start the price source. `stop()` ends polling. */
export async function loadChainConfig(o: ChainOptions): Promise<ChainConfig & { stop(): void }> {
  const tokens = o.tokensFile ? parseTokens(readConfig(o.tokensFile, 'token registry')) : {};
  let prices: Record<string, number> = {};
  let timer: NodeJS.Timeout | undefined;
  if (o.prices && /^https?:\/\//.test(o.prices)) {
    const url = o.prices;
    const poll = async () => {
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
        if (res.ok) prices = parsePrices(await res.text());
      } catch (e) {
        o.log?.(`prices: ${url}: ${(e as Error).message}`);
      }
    };
    await poll();
    timer = setInterval(() => void poll(), o.pricesIntervalMs ?? 60_000);
    timer.unref();
  } else if (o.prices) {
    prices = parsePrices(readConfig(o.prices, 'prices file'));
  }
  return {
    tokens,
    prices: () => prices,
    eth: { ...(o.ethRpc ? { upstream: o.ethRpc } : {}), ...(o.chainId !== undefined ? { chainId: o.chainId } : {}) },
    stop: () => clearInterval(timer),
  };
}

export const NO_CHAINS: ChainConfig = { tokens: {}, prices: () => ({}), eth: {} };
