import { setTimeout as sleep } from 'node:timers/promises';
import type { SqlExecutor } from '../../src/store/driver.js';
import type { PgDriver } from '../../src/store/postgres.js';

/**
 * Run `first` in a fine transaction of `holder`, which then holds on for
 * `holdMs`; meanwhile run `second`. True when `second` finished before the
 * holder's transaction did (it did not wait for what `first` took).
 */
export async function finishedFirst(
  holder: PgDriver,
  first: (x: SqlExecutor) => Promise<unknown>,
  second: () => Promise<unknown>,
  holdMs = 300,
): Promise<boolean> {
  let holderDone = 0;
  let started!: () => void;
  const locked = new Promise<void>((r) => (started = r));
  const held = holder.transaction(
    async (x) => {
      await first(x);
      started();
      await sleep(holdMs);
      holderDone = performance.now();
    },
    { fine: true },
  );
  await locked;
  await second();
  const secondDone = performance.now();
  await held;
  return secondDone < holderDone;
}
