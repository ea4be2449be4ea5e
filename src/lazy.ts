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

/** The async methods of T (what `lazyObject` forwards). */
export type AsyncMethods<T> = { [K in keyof T as T[K] extends (...a: never[]) => Promise<unknown> ? K : never]: T[K] };

/**
 * An object whose module is loaded at the first call of one of its async
 * methods (the Safe accounts: viem behind them stays unloaded until a Safe
 * or an EVM request is used). Not a thenable: `then` is not forwarded.
 */
export function lazyObject<T extends object>(load: () => Promise<T>): AsyncMethods<T> {
  const get = lazy(load);
  return new Proxy({} as AsyncMethods<T>, {
    get: (_t, prop) =>
      prop === 'then'
        ? undefined
        : (...args: unknown[]) => get().then((o) => (o as Record<PropertyKey, (...a: unknown[]) => Promise<unknown>>)[prop]!.apply(o, args)),
  });
}
