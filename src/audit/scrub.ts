/**
 * The scrub after a crypto-shred (key.destroy, a party's share deletion):
 * the store is asked to remove old page images from its files
 * (`SqlDriver.scrub`). The shred has committed whatever happens here, so a
 * scrub another connection keeps from completing (SQLite: E_STORE with
 * `sqliteCode: 'ESCRUBBUSY'`) does not fail the caller: it is recorded as
 * `key.scrub_incomplete` and reported as `false`. Any other error (a broken
 * store) is thrown as before.
 */
import type { Store } from '../store/store.js';
import { appendEvent } from './trail.js';

/**
 * @example
 *   const scrubbed = await scrubAfterShred(inst.store, 'admin', 'key/k1'); // false: the images are still in the WAL
 */
export async function scrubAfterShred(store: Store, actor: string, subject: string): Promise<boolean> {
  try {
    await store.driver.scrub();
    return true;
  } catch (e) {
    const code = (e as { details?: { sqliteCode?: unknown } }).details?.sqliteCode;
    if (code !== 'ESCRUBBUSY') throw e;
    await store.tx((repo) => appendEvent(repo, { actor, action: 'key.scrub_incomplete', subject, details: { code } }));
    return false;
  }
}
