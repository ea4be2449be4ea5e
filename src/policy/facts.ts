/**
 * Policy facts and their binding to CEL.
 *
 * The facts are everything a rule may look at; the caller gathers them (the
 * request, the principal, the key, velocity counters, admin lists, the clock)
 * and the engine only reads them. This file is also the one place that knows
 * the CEL library (@marcbachmann/cel-js, pinned; see
 * docs/decisions/0005-policy-language-cel.md): `compileCondition` and
 * `evaluateCondition` are the seam to swap it.
 *
 * Types inside CEL are fixed by field, not by value, so a rule type-checks the
 * same way whatever the numbers happen to be:
 * - counts, sizes, versions, hours, weekdays and unix seconds are CEL `int`;
 * - `velocity.*.value*` are CEL `double`;
 * - payload (and `tx`) numbers are CEL `double`, payload `bigint`s are `int`;
 * - tags are `map<string, string>`, `lists` is `map<string, list<string>>`.
 *
 * Unbounded values: facts are JSON, which has no infinity, so a value with no
 * finite bound (an unlimited approval, an unpriced transfer) is written as
 * `UNBOUNDED_USD` (the largest double). In CEL a payload number equal to it is
 * +infinity, so `tx.valueUsd <= X` is false for every finite X (including
 * the largest double itself) and sums stay unbounded.
 *
 * @example
 *   const cond = compileCondition('velocity.key.count1h < 20');
 *   if (!cond.ok) throw new Error(cond.message);
 *   evaluateCondition(cond.condition, toCelContext(facts)); // { ok: true, value: true }
 */
import { Environment } from '@marcbachmann/cel-js';
import { badInput } from '../errors.js';
import type { RiskFacts } from '../risk/types.js';

/**
 * An unbounded USD value as it is written in facts (JSON-safe): Number.MAX_VALUE.
 * CEL sees it as +infinity (see the module comment).
 */
export const UNBOUNDED_USD = Number.MAX_VALUE;

/** Per-window counters of signatures already made (by this key, or by this principal). */
export interface VelocityWindow {
  count1m: number;
  count10m: number;
  count1h: number;
  count24h: number;
  count7d: number;
  /** Summed payload value (USD when chain facts give it; 0 for raw payloads), each request clamped to 0..1e15 (finite). */
  value1h: number;
  value24h: number;
  value7d: number;
}

export interface PrincipalFacts {
  id: string;
  name: string;
  role: string;
  kind: 'api' | 'local';
  tags: Record<string, string>;
}

export interface KeyFacts {
  name: string;
  algorithm: string;
  custody: string;
  tags: Record<string, string>;
  version: number;
}

export interface RequestFacts {
  kind: string;
  scheme: string;
  /** Payload size in bytes. */
  size: number;
  note: string;
  tags: Record<string, string>;
  /**
   * A raw digest or message: the key signs bytes custos cannot read (no
   * chain facts, value 0). Chain payloads (EVM, Bitcoin, Solana) are never blind.
   */
  blind: boolean;
}

export interface TimeFacts {
  /** UTC hour, 0..23. */
  hour: number;
  /** UTC weekday, 0 = Sunday .. 6 = Saturday. */
  weekday: number;
  /** UTC date, YYYY-MM-DD. */
  date: string;
  /** Unix time in seconds. */
  unix: number;
}

/** Everything a policy can see about one signing request. */
export interface PolicyFacts {
  principal: PrincipalFacts;
  key: KeyFacts;
  request: RequestFacts;
  /** Chain facts (tx.*, typedData.*); may be {}. JSON-like values; bigint for CEL ints. */
  payload: Record<string, unknown>;
  velocity: { key: VelocityWindow; principal: VelocityWindow };
  /** Admin-managed named lists (allowlists, denylists). */
  lists: Record<string, string[]>;
  time: TimeFacts;
  /**
   * Risk of this request against its key's and principal's history
   * (src/risk/, docs/risk.md). Always gathered for requests; facts built by
   * hand without it read as score 0 with no reasons.
   */
  risk?: RiskFacts;
  /**
   * The price feed by symbol: `price`, and `volatility1h` / `volatility24h`
   * when its history covers the window (src/chains/market.ts); absent
   * symbols and fields fail a rule closed. Facts built by hand without it: {}.
   */
  market?: Record<string, { price: number; volatility1h?: number; volatility24h?: number }>;
}

/** The CEL variables, exactly. */
export const CEL_VARIABLES = ['principal', 'key', 'request', 'payload', 'tx', 'eth2', 'velocity', 'lists', 'time', 'risk', 'market'] as const;

/** Facts converted for CEL (opaque: build it with `toCelContext`). */
export type CelContext = { readonly [K in (typeof CEL_VARIABLES)[number]]: unknown } & { readonly __celContext: never };

// ---- typed CEL objects (one class per fact group; fields are declared below) ----

class CelPrincipal {
  constructor(
    readonly id: string,
    readonly name: string,
    readonly role: string,
    readonly kind: string,
    readonly tags: Record<string, string>,
  ) {}
}
class CelKey {
  constructor(
    readonly name: string,
    readonly algorithm: string,
    readonly custody: string,
    readonly tags: Record<string, string>,
    readonly version: bigint,
  ) {}
}
class CelRequest {
  constructor(
    readonly kind: string,
    readonly scheme: string,
    readonly size: bigint,
    readonly note: string,
    readonly tags: Record<string, string>,
    readonly blind: boolean,
  ) {}
}
class CelWindow {
  constructor(
    readonly count1m: bigint,
    readonly count10m: bigint,
    readonly count1h: bigint,
    readonly count24h: bigint,
    readonly count7d: bigint,
    readonly value1h: number,
    readonly value24h: number,
    readonly value7d: number,
  ) {}
}
class CelVelocity {
  constructor(
    readonly key: CelWindow,
    readonly principal: CelWindow,
  ) {}
}
class CelRiskReason {
  constructor(
    readonly code: string,
    readonly message: string,
    readonly points: number,
    readonly numbers: Record<string, number>,
  ) {}
}
class CelRisk {
  constructor(
    readonly score: bigint,
    readonly codes: string[],
    readonly reasons: CelRiskReason[],
  ) {}
}
class CelTime {
  constructor(
    readonly hour: bigint,
    readonly weekday: bigint,
    readonly date: string,
    readonly unix: bigint,
  ) {}
}

const STR_MAP = 'map<string, string>';
const WINDOW_FIELDS = {
  count1m: 'int',
  count10m: 'int',
  count1h: 'int',
  count24h: 'int',
  count7d: 'int',
  value1h: 'double',
  value24h: 'double',
  value7d: 'double',
};

/** Built once at module load (the library's environment setup is the expensive part). */
const env = new Environment()
  .registerType('custos.Principal', { ctor: CelPrincipal, fields: { id: 'string', name: 'string', role: 'string', kind: 'string', tags: STR_MAP } })
  .registerType('custos.Key', { ctor: CelKey, fields: { name: 'string', algorithm: 'string', custody: 'string', tags: STR_MAP, version: 'int' } })
  .registerType('custos.Request', { ctor: CelRequest, fields: { kind: 'string', scheme: 'string', size: 'int', note: 'string', tags: STR_MAP, blind: 'bool' } })
  .registerType('custos.VelocityWindow', { ctor: CelWindow, fields: WINDOW_FIELDS })
  .registerType('custos.Velocity', { ctor: CelVelocity, fields: { key: 'custos.VelocityWindow', principal: 'custos.VelocityWindow' } })
  .registerType('custos.Time', { ctor: CelTime, fields: { hour: 'int', weekday: 'int', date: 'string', unix: 'int' } })
  .registerType('custos.RiskReason', { ctor: CelRiskReason, fields: { code: 'string', message: 'string', points: 'double', numbers: 'map<string, double>' } })
  .registerType('custos.Risk', { ctor: CelRisk, fields: { score: 'int', codes: 'list<string>', reasons: 'list<custos.RiskReason>' } })
  .registerVariable('principal', 'custos.Principal')
  .registerVariable('key', 'custos.Key')
  .registerVariable('request', 'custos.Request')
  .registerVariable('payload', 'map<string, dyn>')
  .registerVariable('tx', 'map<string, dyn>')
  .registerVariable('eth2', 'map<string, dyn>')
  .registerVariable('velocity', 'custos.Velocity')
  .registerVariable('lists', 'map<string, list<string>>')
  .registerVariable('time', 'custos.Time')
  .registerVariable('risk', 'custos.Risk')
  .registerVariable('market', 'map<string, map<string, double>>');

// ---- facts -> CEL context (validated at the boundary; E_BAD_INPUT names the field) ----

const MAX_PAYLOAD_DEPTH = 32;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

function bool(v: unknown, path: string): boolean {
  if (typeof v !== 'boolean') throw badInput(`facts.${path} must be a boolean`, { field: path });
  return v;
}

function str(v: unknown, path: string): string {
  if (typeof v !== 'string') throw badInput(`facts.${path} must be a string`, { field: path });
  return v;
}
function int(v: unknown, path: string, min = 0, max = Number.MAX_SAFE_INTEGER): bigint {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min || v > max) {
    throw badInput(`facts.${path} must be an integer in ${min}..${max}`, { field: path });
  }
  return BigInt(v);
}
function dbl(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw badInput(`facts.${path} must be a finite number`, { field: path });
  return v;
}
function obj(v: unknown, path: string): Record<string, unknown> {
  if (!isPlainObject(v)) throw badInput(`facts.${path} must be an object`, { field: path });
  return v;
}
function strMap(v: unknown, path: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(obj(v, path))) define(out, k, typeof x === 'string' ? x : str(x, `${path}.${k}`));
  return out;
}
/** Own data property, also for keys such as `__proto__`. */
function define(o: Record<string, unknown>, k: string, v: unknown): void {
  if (k === '__proto__') Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  else o[k] = v;
}
function marketOf(v: unknown): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  if (v === undefined) return out;
  for (const [symbol, f] of Object.entries(obj(v, 'market'))) {
    const m: Record<string, number> = {};
    for (const [k, n] of Object.entries(obj(f, `market.${symbol}`))) define(m, k, dbl(n, `market.${symbol}.${k}`));
    define(out, symbol, m);
  }
  return out;
}

function riskOf(v: unknown): CelRisk {
  if (v === undefined) return new CelRisk(0n, [], []);
  const r = obj(v, 'risk');
  const score = int(r.score, 'risk.score', 0, 100);
  if (!Array.isArray(r.reasons)) throw badInput('facts.risk.reasons must be a list', { field: 'risk.reasons' });
  const reasons = r.reasons.map((x, i) => {
    const o = obj(x, `risk.reasons[${i}]`);
    const numbers: Record<string, number> = {};
    for (const [k, n] of Object.entries(obj(o.numbers, `risk.reasons[${i}].numbers`))) define(numbers, k, dbl(n, `risk.reasons[${i}].numbers.${k}`));
    return new CelRiskReason(
      str(o.code, `risk.reasons[${i}].code`),
      str(o.message, `risk.reasons[${i}].message`),
      dbl(o.points, `risk.reasons[${i}].points`),
      numbers,
    );
  });
  return new CelRisk(
    score,
    reasons.map((x) => x.code),
    reasons,
  );
}
function window(v: unknown, path: string): CelWindow {
  const w = obj(v, path);
  return new CelWindow(
    int(w.count1m, `${path}.count1m`),
    int(w.count10m, `${path}.count10m`),
    int(w.count1h, `${path}.count1h`),
    int(w.count24h, `${path}.count24h`),
    int(w.count7d, `${path}.count7d`),
    dbl(w.value1h, `${path}.value1h`),
    dbl(w.value24h, `${path}.value24h`),
    dbl(w.value7d, `${path}.value7d`),
  );
}
/**
 * Payload values: string, finite number (double; UNBOUNDED_USD becomes
 * +infinity), bigint (int64), boolean, null, arrays, plain objects.
 */
function payloadValue(v: unknown, path: () => string, depth: number): unknown {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === UNBOUNDED_USD ? Number.POSITIVE_INFINITY : Number.isFinite(v) ? v : dbl(v, path());
  if (typeof v === 'bigint') {
    if (v < INT64_MIN || v > INT64_MAX) throw badInput(`facts.${path()} does not fit a 64-bit integer`, { field: path() });
    return v;
  }
  if (depth >= MAX_PAYLOAD_DEPTH) throw badInput(`facts.${path()} is nested too deeply`, { field: path() });
  if (Array.isArray(v)) return v.map((x, i) => payloadValue(x, () => `${path()}[${i}]`, depth + 1));
  if (isPlainObject(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v))
      if (x !== undefined)
        define(
          out,
          k,
          payloadValue(x, () => `${path()}.${k}`, depth + 1),
        );
    return out;
  }
  throw badInput(`facts.${path()} has an unsupported type (${typeof v})`, { field: path() });
}

/**
 * Validate facts and convert them to the CEL context: the variables
 * `principal`, `key`, `request`, `payload`, `tx` (= `payload.tx` when present,
 * else an empty map), `eth2` (= `payload.eth2` likewise: a validator duty's
 * facts), `velocity`, `lists`, `time`.
 *
 * @throws CustosError E_BAD_INPUT naming the offending field.
 */
export function toCelContext(facts: PolicyFacts): CelContext {
  if (!isPlainObject(facts)) throw badInput('facts must be an object');
  const f = facts as unknown as Record<string, unknown>;
  const p = obj(f.principal, 'principal');
  const kind = str(p.kind, 'principal.kind');
  if (kind !== 'api' && kind !== 'local') throw badInput('facts.principal.kind must be "api" or "local"', { field: 'principal.kind' });
  const k = obj(f.key, 'key');
  const r = obj(f.request, 'request');
  const v = obj(f.velocity, 'velocity');
  const t = obj(f.time, 'time');
  const date = str(t.date, 'time.date');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw badInput('facts.time.date must be YYYY-MM-DD', { field: 'time.date' });
  const payload = payloadValue(obj(f.payload, 'payload'), () => 'payload', 0) as Record<string, unknown>;
  const tx = payload.tx === undefined ? {} : payload.tx;
  if (!isPlainObject(tx)) throw badInput('facts.payload.tx must be an object when present', { field: 'payload.tx' });
  const eth2 = payload.eth2 === undefined ? {} : payload.eth2;
  if (!isPlainObject(eth2)) throw badInput('facts.payload.eth2 must be an object when present', { field: 'payload.eth2' });
  const lists: Record<string, string[]> = {};
  for (const [name, xs] of Object.entries(obj(f.lists, 'lists'))) {
    if (!Array.isArray(xs)) throw badInput(`facts.lists.${name} must be a list of strings`, { field: `lists.${name}` });
    for (let i = 0; i < xs.length; i++) if (typeof xs[i] !== 'string') str(xs[i], `lists.${name}[${i}]`);
    define(lists, name, xs.slice());
  }
  const ctx = {
    principal: new CelPrincipal(
      str(p.id, 'principal.id'),
      str(p.name, 'principal.name'),
      str(p.role, 'principal.role'),
      kind,
      strMap(p.tags, 'principal.tags'),
    ),
    key: new CelKey(
      str(k.name, 'key.name'),
      str(k.algorithm, 'key.algorithm'),
      str(k.custody, 'key.custody'),
      strMap(k.tags, 'key.tags'),
      int(k.version, 'key.version'),
    ),
    request: new CelRequest(
      str(r.kind, 'request.kind'),
      str(r.scheme, 'request.scheme'),
      int(r.size, 'request.size'),
      str(r.note, 'request.note'),
      strMap(r.tags, 'request.tags'),
      bool(r.blind, 'request.blind'),
    ),
    payload,
    tx,
    eth2,
    velocity: new CelVelocity(window(v.key, 'velocity.key'), window(v.principal, 'velocity.principal')),
    lists,
    time: new CelTime(int(t.hour, 'time.hour', 0, 23), int(t.weekday, 'time.weekday', 0, 6), date, int(t.unix, 'time.unix', Number.MIN_SAFE_INTEGER)),
    risk: riskOf(f.risk),
    market: marketOf(f.market),
  };
  return ctx as unknown as CelContext;
}

// ---- conditions (the CEL seam) ----

/** A compiled `when` expression. */
export interface Condition {
  readonly expression: string;
  readonly run: (ctx: CelContext) => unknown;
}

/** Why an expression was refused at load time; line and column are 1-based, within the expression. */
export interface ConditionCompileError {
  ok: false;
  kind: 'syntax' | 'type';
  message: string;
  line: number;
  column: number;
}

export type CompileConditionResult = { ok: true; condition: Condition } | ConditionCompileError;
export type ConditionResult = { ok: true; value: boolean } | { ok: false; error: string };

/** Longest `when` accepted, in characters. */
export const MAX_CONDITION_LENGTH = 8192;

function position(expr: string, offset: number | undefined): { line: number; column: number } {
  const before = expr.slice(0, Math.max(0, Math.min(offset ?? 0, expr.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines[lines.length - 1] ?? '').length + 1 };
}

function summary(e: unknown): string {
  if (e && typeof e === 'object') {
    const s = (e as { summary?: unknown }).summary;
    if (typeof s === 'string' && s) return s;
    const m = (e as { message?: unknown }).message;
    if (typeof m === 'string' && m) return m.split('\n')[0] as string;
  }
  return String(e);
}

interface AstLike {
  op: string;
  args: unknown;
  range?: { start: number };
}
function isAst(x: unknown): x is AstLike {
  return typeof x === 'object' && x !== null && typeof (x as AstLike).op === 'string' && 'args' in x;
}
function walk(node: AstLike, f: (n: AstLike) => void): void {
  f(node);
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(visit);
    else if (isAst(x)) walk(x, f);
  };
  visit(node.args);
}
/** A `matches()` with a literal pattern that is not a valid regular expression would fail on every evaluation. */
function badLiteralRegex(ast: AstLike): { message: string; offset: number } | null {
  let found: { message: string; offset: number } | null = null;
  walk(ast, (n) => {
    if (found) return;
    let pattern: unknown;
    if (n.op === 'rcall' && Array.isArray(n.args) && n.args[0] === 'matches') pattern = (n.args[2] as unknown[] | undefined)?.[0];
    else if (n.op === 'call' && Array.isArray(n.args) && n.args[0] === 'matches') pattern = (n.args[1] as unknown[] | undefined)?.[1];
    if (!isAst(pattern) || pattern.op !== 'value' || typeof pattern.args !== 'string') return;
    try {
      new RegExp(pattern.args);
    } catch {
      found = { message: `invalid regular expression ${JSON.stringify(pattern.args)}`, offset: pattern.range?.start ?? 0 };
    }
  });
  return found;
}

/**
 * Parse and type-check a `when` expression against the fact schema. Refused:
 * syntax errors, unknown variables or fields, operators applied to the wrong
 * types, results that cannot be a bool, invalid literal regexes.
 *
 * @example
 *   compileCondition('request.size <= 1024')        // { ok: true, condition }
 *   compileCondition('request.size <=')             // { ok: false, kind: 'syntax', line: 1, column: 16, ... }
 */
export function compileCondition(expression: string): CompileConditionResult {
  if (expression.length > MAX_CONDITION_LENGTH) {
    return { ok: false, kind: 'syntax', message: `expression longer than ${MAX_CONDITION_LENGTH} characters`, line: 1, column: 1 };
  }
  let parsed: ReturnType<Environment['parse']>;
  try {
    parsed = env.parse(expression);
  } catch (e) {
    const range = (e as { range?: { start: number } }).range;
    return { ok: false, kind: 'syntax', message: summary(e), ...position(expression, range?.start) };
  }
  let checked: ReturnType<typeof parsed.check>;
  try {
    checked = parsed.check();
  } catch (e) {
    return { ok: false, kind: 'type', message: summary(e), line: 1, column: 1 };
  }
  if (!checked.valid) {
    return { ok: false, kind: 'type', message: summary(checked.error), ...position(expression, checked.error?.range?.start) };
  }
  if (checked.type !== 'bool' && checked.type !== 'dyn') {
    return { ok: false, kind: 'type', message: `expression yields ${checked.type}, not bool`, line: 1, column: 1 };
  }
  const regex = badLiteralRegex(parsed.ast as unknown as AstLike);
  if (regex) return { ok: false, kind: 'type', message: regex.message, ...position(expression, regex.offset) };
  const fn = parsed;
  return { ok: true, condition: Object.freeze({ expression, run: (ctx: CelContext) => fn(ctx as unknown as Record<string, unknown>) }) };
}

/**
 * Evaluate a compiled condition. Any evaluation error, and any result that is
 * not a bool, comes back as `{ ok: false, error }` (the caller applies the
 * fail-closed rule); this never throws.
 */
export function evaluateCondition(condition: Condition, ctx: CelContext): ConditionResult {
  let value: unknown;
  try {
    value = condition.run(ctx);
  } catch (e) {
    return { ok: false, error: summary(e) };
  }
  if (typeof value !== 'boolean') return { ok: false, error: `condition yielded ${value === null ? 'null' : typeof value}, not a bool` };
  return { ok: true, value };
}
