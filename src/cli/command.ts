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
  /** One-letter alias, e.g. h for --help. */
  short?: string;
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
  help: { type: 'boolean', short: 'h', description: 'show help' },
  'passphrase-file': { type: 'string', arg: 'FILE', description: 'unseal passphrase file (or $CUSTOS_PASSPHRASE_FILE)' },
  'share-file': { type: 'string', multiple: true, arg: 'FILE', description: 'unseal share file (repeat T times; or $CUSTOS_SHARE_FILES, comma-separated)' },
  server: {
    type: 'string',
    arg: 'URL',
    description: 'talk to a running server instead of --data (or $CUSTOS_ADDR, which an explicit --data or --store overrides)',
  },
  credential: { type: 'string', arg: 'FILE', description: 'principal credential for --server (or $CUSTOS_CREDENTIAL)' },
};

export function usageError(message: string): CustosError {
  return new CustosError('E_USAGE', message);
}

type ParseArgsOptions = NonNullable<Parameters<typeof parseArgs>[0]>['options'];

function parseArgsOptions(options: Record<string, OptionSpec>): ParseArgsOptions {
  return Object.fromEntries(
    Object.entries(options).map(([k, o]) => [k, { type: o.type, ...(o.multiple ? { multiple: true } : {}), ...(o.short ? { short: o.short } : {}) }]),
  );
}

/**
 * Check every option token against the command's declaration first, so a
 * mistake gets our own message naming the option (and the nearest real one)
 * rather than parseArgs' text.
 */
function checkOptions(cmd: Command, argv: string[], options: Record<string, OptionSpec>): void {
  const { tokens } = parseArgs({ args: argv, options: parseArgsOptions(options), allowPositionals: true, strict: false, tokens: true });
  const seeHelp = `(see "custos ${cmd.name} --help")`;
  for (const t of tokens) {
    if (t.kind !== 'option') continue;
    const spec = options[t.name];
    if (!spec) {
      const near = closest(t.name, Object.keys(options));
      throw usageError(`unknown option ${t.rawName} for "custos ${cmd.name}"${near ? `; did you mean --${near}?` : ''} ${seeHelp}`);
    }
    if (spec.type === 'string') {
      if (t.value === undefined) throw usageError(`${t.rawName} needs a value${spec.arg ? ` (${spec.arg})` : ''} ${seeHelp}`);
      // A lone "-" is a value (stdin), not an option.
      if (t.inlineValue === false && t.value.startsWith('-') && t.value !== '-') {
        throw usageError(`${t.rawName} needs a value, got the option "${t.value}" (write --${t.name}=${t.value} for a value that starts with "-")`);
      }
    } else if (t.inlineValue) throw usageError(`--${t.name} takes no value ${seeHelp}`);
  }
}

export function parseInvocation(cmd: Command, argv: string[], io: Io): Invocation {
  const options = { ...GLOBAL_OPTIONS, ...(cmd.options ?? {}) };
  checkOptions(cmd, argv, options);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: argv, options: parseArgsOptions(options), allowPositionals: true, strict: true });
  } catch (e) {
    throw usageError(`${(e as Error).message.split('\n')[0]} (see "custos ${cmd.name} --help")`);
  }
  const positionals = parsed.positionals;
  const values = parsed.values as Values;
  if (!values.help) {
    if (positionals.length < (cmd.minArgs ?? 0)) throw usageError(`custos ${cmd.name} needs ${cmd.args ?? 'arguments'} (see --help)`);
    if (positionals.length > (cmd.maxArgs ?? cmd.minArgs ?? 0))
      throw usageError(`unexpected argument "${positionals[cmd.maxArgs ?? 0]}" (see "custos ${cmd.name} --help")`);
    // Two explicit instances: refuse rather than guess which one the operator meant.
    if (values.server !== undefined && (values.data !== undefined || values.store !== undefined)) {
      throw usageError(`--server and --${values.data !== undefined ? 'data' : 'store'} name two different instances (a running server, a local one): give one`);
    }
  }
  return { values, positionals, io };
}

/** Edit distance with adjacent transpositions (optimal string alignment): "stauts" is 1 from "status". */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The candidate nearest to `input`, if it is close enough to be a typo (at most 2 edits, a third of the length for long words). */
export function closest(input: string, candidates: readonly string[]): string | undefined {
  const limit = Math.max(2, Math.floor(input.length / 3));
  let best: { c: string; d: number } | undefined;
  for (const c of candidates) {
    const d = editDistance(input, c);
    if (d <= limit && (!best || d < best.d)) best = { c, d };
  }
  return best?.c;
}

export function commandHelp(cmd: Command): string {
  const lines = [`custos ${cmd.name}${cmd.args ? ` ${cmd.args}` : ''}`, '', `  ${cmd.summary}`, ''];
  const fmt = (opts: Record<string, OptionSpec>) =>
    Object.entries(opts).map(
      ([k, o]) => `  ${o.short ? `-${o.short}, ` : ''}--${k}${o.arg ? ` ${o.arg}` : ''}`.padEnd(34) + o.description + (o.multiple ? ' (repeatable)' : ''),
    );
  if (cmd.options && Object.keys(cmd.options).length) lines.push('Options:', ...fmt(cmd.options), '');
  lines.push('Global options:', ...fmt(GLOBAL_OPTIONS));
  return lines.join('\n');
}

// ---- typed option accessors -------------------------------------------------

export function str(v: Values, name: string): string | undefined {
  const x = v[name];
  return typeof x === 'string' ? x : undefined;
}

/** A comma-separated option ("a, b,c"), trimmed, empty items dropped; undefined when the option is absent. */
export function commaList(v: Values, name: string): string[] | undefined {
  return str(v, name)
    ?.split(',')
    .map((x) => x.trim())
    .filter(Boolean);
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
