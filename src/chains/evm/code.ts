/**
 * Whether an address holds contract code, asked of the upstream node
 * (`eth_getCode(address, "latest")`, `--eth-rpc`) for the `approval_to_eoa`
 * risk signal (docs/risk.md), with a bounded cache.
 *
 * The upstream is not trusted. What it answers can only HIDE the signal
 * (code for an EOA makes it look like a contract; `approval_new_spender`
 * still applies) or raise it; a failure, a timeout or a malformed answer
 * reads as `unknown`, which scoring treats as an EOA (fail closed). Nothing
 * it says changes a cap, a velocity count or a USD value.
 *
 * An EIP-7702 delegation designator (`0xef0100 || address`, 23 bytes) is an
 * EOA's code: its private key still controls it, so it reads as `eoa`.
 */

export type CodeKind = 'eoa' | 'contract' | 'unknown';
export type CodeLookup = (address: string) => Promise<CodeKind>;

/** Distinct addresses remembered (oldest out first). */
export const CODE_CACHE_MAX = 4096;
/** How long an answer is kept: contracts rarely lose their code; an EOA may get code (a counterfactual wallet deployed), so it is asked again sooner. */
export const CODE_TTL_MS = { contract: 3_600_000, eoa: 300_000 } as const;
/** Upstream answer time allowed before the lookup reads as `unknown` (it runs before the decision). */
export const CODE_TIMEOUT_MS = 3_000;

const DELEGATION = /^0xef0100[0-9a-f]{40}$/;
const HEX = /^0x([0-9a-f]{2})*$/;

/** What a getCode result means (lowercase hex; anything else is `unknown`). */
export function codeKind(result: unknown): CodeKind {
  if (typeof result !== 'string') return 'unknown';
  const code = result.toLowerCase();
  if (!HEX.test(code)) return 'unknown';
  return code === '0x' || DELEGATION.test(code) ? 'eoa' : 'contract';
}

/**
 * A cached lookup against one upstream URL.
 *
 * @example
 *   const code = codeLookup('http://127.0.0.1:8545');
 *   await code('0x70997970c51812dc3a010c7d01b50e0d17dc79c8') // 'eoa'
 */
export function codeLookup(url: string, o: { now?: () => number; timeoutMs?: number } = {}): CodeLookup {
  const cache = new Map<string, { kind: Exclude<CodeKind, 'unknown'>; until: number }>();
  const now = o.now ?? Date.now;
  return async (address) => {
    const a = address.toLowerCase();
    const hit = cache.get(a);
    if (hit && hit.until > now()) return hit.kind;
    cache.delete(a);
    let kind: CodeKind;
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_getCode', params: [a, 'latest'] }),
        signal: AbortSignal.timeout(o.timeoutMs ?? CODE_TIMEOUT_MS),
      });
      kind = res.ok ? codeKind(((await res.json()) as { result?: unknown }).result) : 'unknown';
    } catch {
      kind = 'unknown';
    }
    if (kind !== 'unknown') {
      cache.set(a, { kind, until: now() + CODE_TTL_MS[kind] });
      if (cache.size > CODE_CACHE_MAX) cache.delete(cache.keys().next().value!);
    }
    return kind;
  };
}
