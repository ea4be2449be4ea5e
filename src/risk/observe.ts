/**
 * What a request shows the detector, read from its policy facts (`payload.tx`
 * of an EVM transaction; other payloads show only their value and time).
 * Pure; the same function reads a request being decided and a stored request
 * being learned or rebuilt, so the two can never disagree.
 */
import type { RiskObservation, SpenderCode } from './types.js';

const SPENDER_CODES: readonly SpenderCode[] = ['eoa', 'contract', 'unknown'];

const ADDRESS = /^0x[0-9a-f]{40}$/;
const SELECTOR = /^0x[0-9a-f]{8}$/;

function rec(v: unknown): Record<string, unknown> | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}
function addr(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const a = v.toLowerCase();
  return ADDRESS.test(a) ? a : null;
}

/**
 * @param payload  the request's `payload` facts (`{}` for raw payloads)
 * @example
 *   observe({ key: 'hot-1', principal: 'pr_1', usd: 10, atMs: 0, payload: { tx: { to: '0xab..', selector: null, dataSize: 0 } } })
 *   // { destination: '0xab..', contract: null, method: null, ... }
 */
export function observe(o: { key: string; principal: string; usd: number; atMs: number; payload: Record<string, unknown> }): RiskObservation {
  const out: RiskObservation = {
    key: o.key,
    principal: o.principal,
    usd: Number.isFinite(o.usd) && o.usd > 0 ? o.usd : o.usd === Number.POSITIVE_INFINITY ? 1e15 : 0,
    atMs: o.atMs,
    destination: null,
    contract: null,
    method: null,
    spender: null,
    unlimitedApproval: false,
    spenderCode: null,
    addresses: [],
  };
  const sol = rec(o.payload.sol);
  if (sol) return observeSolana(out, sol);
  const tx = rec(o.payload.tx);
  if (!tx) return out;
  const to = addr(tx.to);
  const selector = typeof tx.selector === 'string' && SELECTOR.test(tx.selector.toLowerCase()) ? tx.selector.toLowerCase() : null;
  const names = new Set<string>();
  if (to) names.add(to);
  if (to && selector) {
    out.contract = to;
    out.method = selector;
  } else if (to && Number(tx.dataSize ?? 0) === 0) {
    out.destination = to;
  }
  const erc20 = rec(tx.erc20);
  if (erc20) {
    const kind = erc20.kind;
    if ((kind === 'transfer' || kind === 'transferFrom') && addr(erc20.to)) out.destination = addr(erc20.to);
    if ((kind === 'approve' || kind === 'increaseAllowance') && addr(erc20.spender)) {
      out.spender = addr(erc20.spender);
      out.unlimitedApproval = erc20.unlimited === true;
    }
    for (const f of ['to', 'from', 'spender']) if (addr(erc20[f])) names.add(addr(erc20[f])!);
  }
  const afa = rec(tx.approvalForAll);
  if (afa && afa.approved === true && addr(afa.operator)) {
    out.spender = addr(afa.operator);
    out.unlimitedApproval = true;
    names.add(out.spender!);
  }
  if (out.spender && SPENDER_CODES.includes(tx.spenderCode as SpenderCode)) out.spenderCode = tx.spenderCode as SpenderCode;
  if (Array.isArray(tx.delegation)) for (const d of tx.delegation) if (addr(d)) names.add(addr(d)!);
  out.addresses = [...names];
  return out;
}

const BASE58 = /^[1-9A-HJ-NP-Za-km-z]{32,44}$/;

/**
 * A Solana transaction (`payload.sol`): its destination is the receiving
 * account of its first decoded transfer (a System account, or a token
 * account), its accounts named are every transfer's `to` (for blocklists).
 * Base58 addresses are case-sensitive: kept as they are.
 */
function observeSolana(out: RiskObservation, sol: Record<string, unknown>): RiskObservation {
  const transfers = Array.isArray(sol.transfers) ? sol.transfers.map(rec).filter((t) => t !== null) : [];
  const to = transfers.map((t) => t.to).filter((a): a is string => typeof a === 'string' && BASE58.test(a));
  if (to.length > 0) out.destination = to[0]!;
  out.addresses = [...new Set(to)];
  return out;
}
