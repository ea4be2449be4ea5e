/**
 * The CLI's command table: each command declares its options once; the same
 * declaration parses arguments (node:util parseArgs, strict) and prints help.
 */
import { parseArgs } from 'node:util';
import { CustosError } from '../errors.js';
import type { Io } from './io.js';

export interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  description: string;
  /** Placeholder shown in help, e.g. FILE. */
  arg?: string;
}

export interface Output {
  /** Machine output for --json. */
  json: unknown;
  /** Readable output (default). */
  human: string;
  /** Output that is already machine-readable (e.g. JSON lines): printed as is, with or without --json. */
  raw?: string;
  /** Exit code when the command ran but the outcome is a refusal (e.g. a denied signing request). */
  exitCode?: number;
}

export type Values = Record<string, string | boolean | string[] | undefined>;

export interface Invocation {
  values: Values;
  positionals: string[];
  io: Io;
}

export interface Command {
  /** Space-separated words, e.g. "key create". */
  name: string;
  summary: string;
  /** Positional arguments, e.g. "NAME". */
  args?: string;
  minArgs?: number;
  maxArgs?: number;
  options?: Record<string, OptionSpec>;
  run(inv: Invocation): Promise<Output>;
}

export const GLOBAL_OPTIONS: Record<string, OptionSpec> = {
  data: { type: 'string', arg: 'DIR', description: 'instance directory (default $CUSTOS_DATA or ./custos-data)' },
  store: { type: 'string', arg: 'URL', description: 'store location instead of DIR/custos.db: sqlite:PATH or postgres://... (or $CUSTOS_STORE)' },
  json: { type: 'boolean', description: 'machine-readable output on stdout' },
  debug: { type: 'boolean', description: 'show stack traces on errors' },
  help: { type: 'boolean', description: 'show help' },
  'passphrase-file': { type: 'string', arg: 'FILE', description: 'unseal passphrase file (or $CUSTOS_PASSPHRASE_FILE)' },
  'share-file': { type: 'string', multiple: true, arg: 'FILE', description: 'unseal share file (repeat T times; or $CUSTOS_SHARE_FILES, comma-separated)' },
  server: { type: 'string', arg: 'URL', description: 'talk to a running server instead of --data (or $CUSTOS_ADDR)' },
  credential: { type: 'string', arg: 'FILE', description: 'principal credential for --server (or $CUSTOS_CREDENTIAL)' },
};

export function usageError(message: string): CustosError {
  return new CustosError('E_USAGE', message);
}

export function parseInvocation(cmd: Command, argv: string[], io: Io): Invocation {
  const options = { ...GLOBAL_OPTIONS, ...(cmd.options ?? {}) };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      options: Object.fromEntries(Object.entries(options).map(([k, o]) => [k, { type: o.type, ...(o.multiple ? { multiple: true } : {}) }])),
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw usageError(`${(e as Error).message.split('\n')[0]} (see "custos ${cmd.name} --help")`);
  }
  const positionals = parsed.positionals;
  if (!parsed.values.help) {
    if (positionals.length < (cmd.minArgs ?? 0)) throw usageError(`custos ${cmd.name} needs ${cmd.args ?? 'arguments'} (see --help)`);
    if (positionals.length > (cmd.maxArgs ?? cmd.minArgs ?? 0)) throw usageError(`unexpected argument "${positionals[cmd.maxArgs ?? 0]}" (see "custos ${cmd.name} --help")`);
  }
  return { values: parsed.values as Values, positionals, io };
}

export function commandHelp(cmd: Command): string {
  const lines = [`custos ${cmd.name}${cmd.args ? ` ${cmd.args}` : ''}`, '', `  ${cmd.summary}`, ''];
  const fmt = (opts: Record<string, OptionSpec>) =>
    Object.entries(opts).map(([k, o]) => `  --${k}${o.arg ? ` ${o.arg}` : ''}`.padEnd(34) + o.description + (o.multiple ? ' (repeatable)' : ''));
  if (cmd.options && Object.keys(cmd.options).length) lines.push('Options:', ...fmt(cmd.options), '');
  lines.push('Global options:', ...fmt(GLOBAL_OPTIONS));
  return lines.join('\n');
}

// ---- typed option accessors -------------------------------------------------

export function str(v: Values, name: string): string | undefined {
  const x = v[name];
  return typeof x === 'string' ? x : undefined;
}

export function requireStr(v: Values, name: string): string {
  const x = str(v, name);
  if (x === undefined || x === '') throw usageError(`--${name} is required`);
  return x;
}

export function list(v: Values, name: string): string[] {
  const x = v[name];
  return Array.isArray(x) ? x : typeof x === 'string' ? [x] : [];
}

export function flag(v: Values, name: string): boolean {
  return v[name] === true;
}

export function int(v: Values, name: string, opts: { min?: number; max?: number } = {}): number | undefined {
  const x = str(v, name);
  if (x === undefined) return undefined;
  if (!/^\d+$/.test(x)) throw usageError(`--${name} must be a whole number`);
  const n = Number(x);
  if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) {
    throw usageError(`--${name} must be between ${opts.min ?? 0} and ${opts.max ?? 'infinity'}`);
  }
  return n;
}
