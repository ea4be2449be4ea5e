/**
 * What the chain payloads need from the operator: a token registry (address
 * -> symbol, decimals, optional maxAmount ceiling), USD prices (a JSON file, or a URL polled on an
 * interval), and for Ethereum the upstream node and chain id. Values are
 * read once at start and refreshed in the background; policy sees a
 * snapshot per decision.
 */
import { readFileSync } from 'node:fs';
import { CustosError, badInput } from '../errors.js';
import { EVM_ADDRESS_RE } from '../validate.js';
import type { TokenInfo } from './evm/types.js';
import { PriceHistory, type MarketFacts } from './market.js';
import { codeLookup, type CodeLookup } from './evm/code.js';

export interface ChainConfig {
  tokens: Record<string, TokenInfo>;
  prices(): Record<string, number>;
  /** Prices and their realized volatility over the feed's history (src/chains/market.ts), for policy's `market`. */
  market(): MarketFacts;
  /**
   * `forward`: the JSON-RPC methods proxied to the upstream (default DEFAULT_RPC_FORWARD); `code`: whether an
   * address holds contract code at the upstream (cached; for `approval_to_eoa`), present with an upstream.
   */
  eth: { upstream?: string; chainId?: number; forward?: ReadonlySet<string>; code?: CodeLookup };
}

export interface ChainOptions {
  tokensFile?: string;
  prices?: string;
  pricesIntervalMs?: number;
  ethRpc?: string;
  chainId?: number;
  /** Methods the JSON-RPC endpoint proxies upstream; "default" stands for DEFAULT_RPC_FORWARD. */
  ethRpcForward?: string[];
  log?: (line: string) => void;
  /** The clock the price samples are stamped with (tests inject one). */
  now?: () => number;
}

/**
 * The read-only methods a wallet client needs, plus broadcasting a signed
 * transaction: what /v1/eth/rpc proxies to the upstream by default. Anything
 * else (admin_*, debug_*, personal_*, the node's own signing) is -32601.
 */
export const DEFAULT_RPC_FORWARD: readonly string[] = [
  'eth_blockNumber',
  'eth_call',
  'eth_estimateGas',
  'eth_getBalance',
  'eth_getTransactionCount',
  'eth_getCode',
  'eth_getStorageAt',
  'eth_getBlockByNumber',
  'eth_getBlockByHash',
  'eth_getTransactionByHash',
  'eth_getTransactionByBlockHashAndIndex',
  'eth_getTransactionByBlockNumberAndIndex',
  'eth_getTransactionReceipt',
  'eth_gasPrice',
  'eth_maxPriorityFeePerGas',
  'eth_feeHistory',
  'eth_getLogs',
  'eth_sendRawTransaction',
  'net_version',
  'web3_clientVersion',
];

/** Methods that sign or unlock with the upstream's own keys: never forwarded, whatever the configuration says. */
const NEVER_FORWARD = /^(personal_|eth_sign|eth_sendTransaction$|eth_accounts$|eth_requestAccounts$|wallet_)/;

/** The forwarding set from `--eth-rpc-forward` ("default" expands to DEFAULT_RPC_FORWARD). */
export function rpcForwardSet(methods: string[] | undefined): ReadonlySet<string> {
  if (!methods) return new Set(DEFAULT_RPC_FORWARD);
  const out = new Set<string>();
  for (const m of methods.map((x) => x.trim()).filter(Boolean)) {
    if (m === 'default') DEFAULT_RPC_FORWARD.forEach((d) => out.add(d));
    else if (!/^[a-z][a-z0-9]*_[A-Za-z0-9_]{1,64}$/.test(m)) throw badInput(`"${m.slice(0, 80)}" is not a JSON-RPC method name`, { field: 'eth-rpc-forward' });
    else if (NEVER_FORWARD.test(m)) throw badInput(`${m} signs or unlocks with the node's own keys: custos never forwards it`, { field: 'eth-rpc-forward' });
    else out.add(m);
  }
  return out;
}

function parseTokens(text: string): Record<string, TokenInfo> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw badInput('the token registry is not valid JSON', { field: 'tokens' });
  }
  const out: Record<string, TokenInfo> = {};
  for (const [addr, v] of Object.entries(doc as Record<string, { symbol?: unknown; decimals?: unknown; maxAmount?: unknown }>)) {
    if (
      !EVM_ADDRESS_RE.test(addr) ||
      typeof v?.symbol !== 'string' ||
      !Number.isInteger(v.decimals) ||
      (v.decimals as number) < 0 ||
      (v.decimals as number) > 77
    ) {
      throw badInput(`token registry entry ${addr} needs {"symbol": string, "decimals": 0..77}`, { field: 'tokens' });
    }
    // maxAmount: raw units above which an allowance or permit counts as unlimited (e.g. the total supply).
    if (v.maxAmount !== undefined && (typeof v.maxAmount !== 'string' || !/^[0-9]{1,78}$/.test(v.maxAmount))) {
      throw badInput(`token registry entry ${addr}: maxAmount must be a decimal string of raw units`, { field: 'tokens' });
    }
    out[addr.toLowerCase()] = { symbol: v.symbol, decimals: v.decimals as number, ...(typeof v.maxAmount === 'string' ? { maxAmount: v.maxAmount } : {}) };
  }
  return out;
}

function parsePrices(text: string): Record<string, number> {
  const doc = JSON.parse(text) as Record<string, unknown>;
  const out: Record<string, number> = {};
  for (const [sym, v] of Object.entries(doc)) {
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw badInput(`price of ${sym} must be a non-negative number`, { field: 'prices' });
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
  rpcForwardSet(o.ethRpcForward); // refuse a bad list before anything starts
  const tokens = o.tokensFile ? parseTokens(readConfig(o.tokensFile, 'token registry')) : {};
  let prices: Record<string, number> = {};
  let timer: NodeJS.Timeout | undefined;
  const now = o.now ?? Date.now;
  const history = new PriceHistory();
  if (o.prices && /^https?:\/\//.test(o.prices)) {
    const url = o.prices;
    const poll = async () => {
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(10_000) });
        if (res.ok) {
          prices = parsePrices(await res.text());
          history.record(prices, now());
        }
      } catch (e) {
        o.log?.(`prices: ${url}: ${(e as Error).message}`);
      }
    };
    await poll();
    timer = setInterval(() => void poll(), o.pricesIntervalMs ?? 60_000);
    timer.unref();
  } else if (o.prices) {
    prices = parsePrices(readConfig(o.prices, 'prices file'));
    history.record(prices, now());
  }
  return {
    tokens,
    prices: () => prices,
    market: () => history.facts(now()),
    eth: {
      ...(o.ethRpc ? { upstream: o.ethRpc, code: codeLookup(o.ethRpc) } : {}),
      ...(o.chainId !== undefined ? { chainId: o.chainId } : {}),
      forward: rpcForwardSet(o.ethRpcForward),
    },
    stop: () => clearInterval(timer),
  };
}

export const NO_CHAINS: ChainConfig = { tokens: {}, prices: () => ({}), market: () => ({}), eth: {} };
