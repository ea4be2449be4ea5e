/**
 * A module loaded on first use and then kept: the chain libraries (viem,
 * @scure/btc-signer, @solana/kit) cost ~0.4 s to load and raw signing never
 * needs them, so start-up does not pay for them (issue #14, cold start).
 * A failed load is not cached: the next call tries again.
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | undefined;
  return () => {
    p ??= load().catch((e: unknown) => {
      p = undefined;
      throw e;
    });
    return p;
  };
}
