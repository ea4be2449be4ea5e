/**
 * `custos key import --from DIR|FILE.jsonl`: many keys in one batch
 * (key.importBatch, one transaction), locally or through a server. Progress
 * goes to stderr only on a terminal; --json output is the batch result alone.
 */
import type { BatchProgress } from '../../keystore/import-batch.js';
import { type Invocation, flag, str, usageError } from '../command.js';
import { call, serverOf } from '../api.js';
import { progress, readSecretText } from '../io.js';
import { readBulkInput, type BulkFormat } from '../bulk-input.js';

/** A progress line rewritten in place on the terminal (at most every 100 ms), ended with a newline. */
function terminalProgress(inv: Invocation): BatchProgress | undefined {
  if (!inv.io.interactive) return undefined;
  let last = 0;
  return (e) => {
    if (e.phase === 'write') return inv.io.stderr(`writing ${e.total} keys in one transaction...\n`);
    const now = Date.now();
    if (e.done < e.total && now - last < 100) return;
    last = now;
    inv.io.stderr(`\rdecrypting keystores: ${e.done}/${e.total} (${e.threads} worker threads)${e.done === e.total ? '\n' : ''}`);
  };
}

/** `tags`: the --tag options, parsed by the caller (keys.ts parseTags); each entry's own tags win. */
export async function importBulk(inv: Invocation, format: string, tags: Record<string, string>) {
  if (format !== 'raw' && format !== 'keystore-v3' && format !== 'eip2335')
    throw usageError(`--from imports raw, keystore-v3 or eip2335 keys, not "${format}"`);
  if (inv.positionals.length > 0 || str(inv.values, 'file') !== undefined) throw usageError('--from names the keys itself: give no NAME and no --file');
  const pwFile = str(inv.values, 'password-file');
  const pwDir = str(inv.values, 'password-dir');
  if (format === 'raw' && (pwFile || pwDir)) throw usageError('raw keys have no password: --password-file and --password-dir do not apply');
  if (pwFile && pwDir) throw usageError('give one of --password-file and --password-dir');
  if (format !== 'raw' && !pwFile && !pwDir) throw usageError(`--password-file or --password-dir is required for ${format}`);
  const items = readBulkInput(inv.io, str(inv.values, 'from')!, format as BulkFormat, pwDir);
  const type = str(inv.values, 'type');
  const remote = serverOf(inv) !== undefined;
  if (remote && format !== 'raw') progress(inv.io, `sending ${items.length} keystores: the server decrypts them on its cores...`);
  const bar = remote ? undefined : terminalProgress(inv);
  const r = await call(
    inv,
    'key.importBatch',
    {
      format: format as BulkFormat,
      items,
      ...(pwFile ? { password: readSecretText(inv.io, pwFile, 'password file') } : {}),
      ...(type ? { type } : {}),
      exportable: flag(inv.values, 'exportable'),
      allowRaw: flag(inv.values, 'allow-raw'),
      ...(Object.keys(tags).length ? { tags } : {}),
    },
    bar ? { progress: bar } : {},
  );
  return { json: r, human: `Imported ${r.imported} key${r.imported === 1 ? '' : 's'} in one transaction (batch ${r.batch}).` };
}
