/**
 * The server's logger: one line per event, JSON (default, for journald,
 * Docker and log shippers) or text (for people), filtered by level, written
 * to one sink (`ServeOptions.log`, stderr for `custos serve`). Callers pass
 * only fields that are safe to log: the request log (src/server/app.ts)
 * never passes bodies, tokens or headers.
 *
 * @example
 *   const log = createLogger({ write: (l) => process.stderr.write(`${l}\n`), level: 'info', format: 'json' });
 *   log.info('request', { operation: 'sign', status: 200, ms: 3.1 });
 *   // {"time":"2026-12-02T17:00:00.000Z","level":"info","msg":"request","operation":"sign","status":200,"ms":3.1}
 */

export const LOG_LEVELS = ['error', 'warn', 'info', 'debug'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export const LOG_FORMATS = ['json', 'text'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

/** Values a log field may take (no objects: nothing nested can smuggle a body in). */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  error(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  debug(msg: string, fields?: LogFields): void;
  /** Whether lines of `level` are written. */
  enabled(level: LogLevel): boolean;
}

export interface LoggerOptions {
  /** Receives each line (without a trailing newline). */
  write: (line: string) => void;
  /** Lines below this level are dropped (default info). */
  level?: LogLevel;
  /** Default json. */
  format?: LogFormat;
  now?: () => Date;
}

const RANK: Record<LogLevel, number> = { error: 0, warn: 1, info: 2, debug: 3 };

/** Check a `--log-level` value (RangeError naming the field otherwise). */
export function parseLogLevel(v: string): LogLevel {
  if (!(LOG_LEVELS as readonly string[]).includes(v)) throw new RangeError(`--log-level: expected one of ${LOG_LEVELS.join(', ')}, got "${v}"`);
  return v as LogLevel;
}

/** Check a `--log-format` value (RangeError naming the field otherwise). */
export function parseLogFormat(v: string): LogFormat {
  if (!(LOG_FORMATS as readonly string[]).includes(v)) throw new RangeError(`--log-format: expected one of ${LOG_FORMATS.join(', ')}, got "${v}"`);
  return v as LogFormat;
}

/** `key=value` for the text format: bare when it has no space, quote or equals sign, else JSON-quoted. */
function textValue(v: string | number | boolean | null): string {
  const s = typeof v === 'string' ? v : String(v);
  return typeof v === 'string' && (s === '' || /[\s"=]/.test(s)) ? JSON.stringify(s) : s;
}

const FIRST = new Set(['time', 'level', 'msg']);

/**
 * The JSON line of fields that are all primitives (what the types allow), written directly: the same
 * text as the general path below (time, level, msg first, then the fields in their order, undefined
 * ones left out, a field named like the first three dropped), without its copies and property-list
 * replacer (the request log line was 1.3% of busy main-thread samples). Undefined when a value is
 * not a primitive: the general path writes it (its replacer reduces a nested object to listed keys).
 */
function jsonLine(time: string, level: LogLevel, msg: string, fields: LogFields): string | undefined {
  if (typeof msg !== 'string') return undefined;
  let s = `{"time":${JSON.stringify(time)},"level":${JSON.stringify(level)},"msg":${JSON.stringify(msg)}`;
  for (const k of Object.keys(fields)) {
    const v: unknown = fields[k];
    if (v === undefined || FIRST.has(k)) continue;
    if (v !== null && typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return undefined;
    s += `,${JSON.stringify(k)}:${JSON.stringify(v)}`;
  }
  return `${s}}`;
}

export function createLogger(opts: LoggerOptions): Logger {
  const threshold = RANK[opts.level ?? 'info'];
  const format = opts.format ?? 'json';
  const now = opts.now ?? (() => new Date());
  const line = (level: LogLevel, msg: string, fields: LogFields = {}) => {
    if (RANK[level] > threshold) return;
    const time = now().toISOString();
    if (format === 'json') {
      const fast = jsonLine(time, level, msg, fields);
      if (fast !== undefined) return opts.write(fast);
    }
    const set = Object.entries(fields).filter((e): e is [string, string | number | boolean | null] => e[1] !== undefined);
    if (format === 'json') {
      // time, level, msg first; a field cannot overwrite them.
      opts.write(
        JSON.stringify({ ...Object.fromEntries(set), time, level, msg }, [
          'time',
          'level',
          'msg',
          ...set.map(([k]) => k).filter((k) => !['time', 'level', 'msg'].includes(k)),
        ]),
      );
    } else {
      opts.write(`${time} ${level.toUpperCase().padEnd(5)} ${msg}${set.map(([k, v]) => ` ${k}=${textValue(v)}`).join('')}`);
    }
  };
  return {
    error: (m, f) => line('error', m, f),
    warn: (m, f) => line('warn', m, f),
    info: (m, f) => line('info', m, f),
    debug: (m, f) => line('debug', m, f),
    enabled: (level) => RANK[level] <= threshold,
  };
}

/** A logger that drops everything (the default of `buildApp` without a log). */
export const SILENT: Logger = createLogger({ write: () => undefined, level: 'error' });
