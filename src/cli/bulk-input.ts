/**
 * What `custos key import --from` reads: a directory of key files or a
 * JSON-lines file, turned into the entries of one batch (key.importBatch).
 * Bounded before anything is read into memory: the number of files or lines,
 * each file's and line's size (stat first, then a read that stops one byte
 * past the limit), so a hostile input is refused, never buffered whole.
 *
 * Directory: every `*.json` file (keystore-v3, eip2335) or `*.hex` file
 * (raw), not recursive, hidden files skipped, in name order; the key's name
 * is the file name without its extension. JSON lines: one object per
 * non-empty line, `{"name", "secret", "type"?, "tags"?}` (raw) or
 * `{"name", "keystore", "tags"?}` (keystore formats); unknown fields refused.
 * Passwords: one `--password-file` for every keystore, or `--password-dir
 * DIR` holding `NAME.txt` per key (the Teku / Web3Signer layout).
 */
import { closeSync, openSync, readSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { CustosError, badInput } from '../errors.js';
import { MAX_BATCH_KEYS, type BatchItem } from '../keystore/import-batch.js';
import { isRecord } from '../formats/keystore-crypto.js';
import { atSource } from '../keystore/keystore-pool.js';
import { checkName } from '../validate.js';
import type { Io } from './io.js';

export type BulkFormat = 'raw' | 'keystore-v3' | 'eip2335';

/** Limits on what `--from` reads. */
export const BULK_INPUT_LIMITS = {
  /** Files in a directory or lines in a JSON-lines file (also the batch limit). */
  maxEntries: MAX_BATCH_KEYS,
  /** One key file or password file. */
  maxFileBytes: 64 * 1024,
  /** One JSON line. */
  maxLineBytes: 64 * 1024,
  /** A whole JSON-lines file. */
  maxJsonlBytes: 128 * 1024 * 1024,
} as const;

const tooLarge = (what: string, limit: number) => new CustosError('E_TOO_LARGE', `${what} is larger than ${limit} bytes; nothing was imported`, { limit });

/** Read at most `max` bytes of a file; larger (even if it grew after a stat) is E_TOO_LARGE naming it. */
function readCapped(path: string, label: string, max: number): Buffer {
  let fd: number | undefined;
  try {
    if (statSync(path).size > max) throw tooLarge(label, max);
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(max + 1);
    let len = 0;
    for (let r = 1; r > 0 && len <= max; len += r) r = readSync(fd, buf, len, max + 1 - len, null);
    if (len > max) throw tooLarge(label, max);
    return buf.subarray(0, len);
  } catch (e) {
    if (e instanceof CustosError) throw e;
    throw badInput(`cannot read ${label}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`, { source: label });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The password of key `name` from `--password-dir` (NAME.txt, without one trailing newline). */
function passwordFrom(io: Io, dir: string, item: BatchItem): string {
  let name: string;
  try {
    name = checkName(item.name, 'key'); // before it becomes part of a path
  } catch (e) {
    throw e instanceof CustosError ? atSource(e, item.source) : e;
  }
  const file = join(dir, `${name}.txt`);
  return readCapped(resolve(io.cwd, file), `password file ${file}`, BULK_INPUT_LIMITS.maxFileBytes)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

function fromDirectory(io: Io, dir: string, format: BulkFormat): BatchItem[] {
  const ext = format === 'raw' ? '.hex' : '.json';
  const names = readdirSync(resolve(io.cwd, dir))
    .filter((f) => !f.startsWith('.') && extname(f) === ext)
    .sort();
  if (names.length === 0) throw badInput(`${dir} holds no *${ext} files`, { field: 'from' });
  if (names.length > BULK_INPUT_LIMITS.maxEntries)
    throw new CustosError(
      'E_TOO_LARGE',
      `${dir} holds ${names.length} *${ext} files, more than ${BULK_INPUT_LIMITS.maxEntries}: split it; nothing was imported`,
      { limit: BULK_INPUT_LIMITS.maxEntries },
    );
  const items: BatchItem[] = [];
  for (const f of names) {
    const source = join(dir, f);
    const full = resolve(io.cwd, source);
    if (!statSync(full).isFile()) continue;
    items.push({ name: basename(f, ext), content: readCapped(full, source, BULK_INPUT_LIMITS.maxFileBytes).toString('utf8'), source });
  }
  return items;
}

const FIELDS: Record<BulkFormat, readonly string[]> = {
  raw: ['name', 'secret', 'type', 'tags'],
  'keystore-v3': ['name', 'keystore', 'tags'],
  eip2335: ['name', 'keystore', 'tags'],
};

/** One JSON line as a batch entry; E_BAD_INPUT naming FILE:LINE (and the field), never the line's content. */
function lineItem(line: string, source: string, format: BulkFormat): BatchItem {
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    throw badInput(`${source}: not a JSON object; nothing was imported`, { source });
  }
  if (!isRecord(v)) throw badInput(`${source}: not a JSON object; nothing was imported`, { source });
  const unknown = Object.keys(v).find((k) => !FIELDS[format].includes(k));
  if (unknown !== undefined)
    throw badInput(`${source}: unknown field "${unknown.slice(0, 64)}" for --format ${format} (expected ${FIELDS[format].join(', ')}); nothing was imported`, {
      source,
      field: unknown.slice(0, 64),
    });
  const str = (k: string): string => {
    if (typeof v[k] !== 'string') throw badInput(`${source}: "${k}" must be a string; nothing was imported`, { source, field: k });
    return v[k];
  };
  const tags = v['tags'];
  if (tags !== undefined && (!isRecord(tags) || Object.values(tags).some((t) => typeof t !== 'string')))
    throw badInput(`${source}: "tags" must map names to strings; nothing was imported`, { source, field: 'tags' });
  const content =
    format === 'raw'
      ? str('secret')
      : typeof v['keystore'] === 'string'
        ? v['keystore']
        : isRecord(v['keystore'])
          ? JSON.stringify(v['keystore'])
          : str('keystore');
  return {
    name: str('name'),
    content,
    ...(v['type'] !== undefined ? { type: str('type') } : {}),
    ...(tags !== undefined ? { tags: tags as Record<string, string> } : {}),
    source,
  };
}

function fromJsonLines(io: Io, file: string, format: BulkFormat): BatchItem[] {
  const text = readCapped(resolve(io.cwd, file), file, BULK_INPUT_LIMITS.maxJsonlBytes).toString('utf8');
  const items: BatchItem[] = [];
  let start = 0;
  for (let no = 1; start < text.length; no++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const source = `${file}:${no}`;
    if (end - start > BULK_INPUT_LIMITS.maxLineBytes) throw tooLarge(`line ${source}`, BULK_INPUT_LIMITS.maxLineBytes);
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line === '') continue;
    if (items.length === BULK_INPUT_LIMITS.maxEntries)
      throw new CustosError('E_TOO_LARGE', `${file} holds more than ${BULK_INPUT_LIMITS.maxEntries} keys: split it; nothing was imported`, {
        limit: BULK_INPUT_LIMITS.maxEntries,
      });
    items.push(lineItem(line, source, format));
  }
  if (items.length === 0) throw badInput(`${file} holds no keys`, { field: 'from' });
  return items;
}

/**
 * The entries `--from PATH` names (a directory or a JSON-lines file), with
 * per-key passwords from `passwordDir` when given.
 */
export function readBulkInput(io: Io, from: string, format: BulkFormat, passwordDir?: string): BatchItem[] {
  let isDir: boolean;
  try {
    isDir = statSync(resolve(io.cwd, from)).isDirectory();
  } catch (e) {
    throw badInput(`cannot read ${from}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`, { field: 'from' });
  }
  const items = isDir ? fromDirectory(io, from, format) : fromJsonLines(io, from, format);
  if (passwordDir === undefined) return items;
  return items.map((it) => ({ ...it, password: passwordFrom(io, passwordDir, it) }));
}
