/**
 * Policy documents: parse (YAML or JSON), validate, normalise and compile.
 *
 * Every problem is an `E_POLICY_INVALID` whose message names the rule (by
 * index and name) and the field, so the caller can show it and keep the old
 * policy in force. Nothing here reads a clock, a file or randomness.
 *
 * @example
 *   const policy = parsePolicy(DEFAULT_POLICY_TEXT);
 *   policy.rules[0]?.name  // "local-operators"
 *   policy.digest          // sha256 hex of the canonical JSON of policy.document
 */
import { createHash } from 'node:crypto';
import { isAlias, parseDocument, visit } from 'yaml';
import { canonicalJson } from '../audit/canonical.js';
import { CustosError, isCustosError } from '../errors.js';
import { NAME_RE } from '../validate.js';
import { formatDuration, parseDuration } from './duration.js';
import { compileCondition, type Condition } from './facts.js';

/**
 * The principal roles a policy may name. The pure core keeps its own list so
 * that it imports nothing from store/; policy/service.ts checks at compile
 * time that it is exactly the store's `Role`.
 */
export const ROLES = ['admin', 'approver', 'operator', 'auditor', 'agent', 'validator', 'keymanager'] as const;
export type Role = (typeof ROLES)[number];

/** Largest accepted document, in UTF-8 bytes (256 KiB). */
export const MAX_POLICY_BYTES = 256 * 1024;
/** Most rules a document may hold. */
export const MAX_POLICY_RULES = 500;
/** Longest top-level description, in characters. */
export const MAX_DESCRIPTION_LENGTH = 4096;
/** Rule names: a letter or digit, then up to 63 of letters, digits, `.`, `_`, `-`. */
/** Rule names are names like any other (validate.ts). */
export const RULE_NAME_RE = NAME_RE;

/** The policy a fresh instance gets: local operators may sign, API principals need rules of their own. */
export const DEFAULT_POLICY_TEXT = `description: Default policy of a fresh instance. Local operators (who hold the unseal material) may sign; API principals need rules of their own.
rules:
  - name: local-operators
    effect: allow
    when: principal.kind == "local"
`;

/**
 * `freeze` is a deny that also freezes its target (the request's key, or its
 * principal) until an admin quorum lifts it (requests/freeze.ts).
 */
export type Effect = 'allow' | 'deny' | 'freeze';

/** What a freeze rule freezes. */
export type FreezeTarget = 'key' | 'principal';

/** Approvals an allow rule demands before the signature is made. */
export interface ApprovalRequirement {
  readonly count: number;
  readonly from: Role;
}

/** One rule of the normalised document (durations in canonical form). */
export interface PolicyRuleDocument {
  name: string;
  effect: Effect;
  when?: string;
  approvals?: { count: number; from: Role };
  delay?: string;
  target?: FreezeTarget;
}

/** The normalised document: defaults filled in, durations canonical. Its canonical JSON is what `digest` hashes. */
export interface PolicyDocument {
  description?: string;
  admin: { approvals: number };
  rules: PolicyRuleDocument[];
}

export interface CompiledRule {
  /** Position in the document, 0-based. */
  readonly index: number;
  readonly name: string;
  readonly effect: Effect;
  /** The CEL source, or null when the rule always matches. */
  readonly when: string | null;
  readonly condition: Condition | null;
  /**
   * The top-level `&&` parts of `when`, each compiled, in order: explanations
   * name the first one that fails. Null when `when` has no top-level `&&` or
   * some part does not compile on its own.
   */
  readonly conjuncts: readonly Condition[] | null;
  /** For freeze rules: what is frozen. */
  readonly target: FreezeTarget | null;
  readonly approvals: ApprovalRequirement | null;
  readonly delayMs: number;
}

/** A validated, compiled policy (deeply frozen). */
export interface Policy {
  /** The text as submitted. */
  readonly source: string;
  /** sha256 hex of the canonical JSON of `document`. */
  readonly digest: string;
  readonly rules: readonly CompiledRule[];
  /** Distinct admins who must sign off an admin action (1..10; 1 = the acting admin alone). */
  readonly adminApprovals: number;
  readonly document: PolicyDocument;
}

const TOP_FIELDS = new Set(['description', 'admin', 'rules']);
const RULE_FIELDS = new Set(['name', 'effect', 'when', 'approvals', 'delay', 'target']);
const ADMIN_FIELDS = new Set(['approvals']);
const APPROVAL_FIELDS = new Set(['count', 'from']);

function invalid(message: string, details?: Record<string, unknown>): CustosError {
  return new CustosError('E_POLICY_INVALID', message, details);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array);
}

function countIn(v: unknown, min: number, max: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
}

/** Name of the first key that appears twice in one object of (already valid) JSON text, or null. */
function jsonDuplicateKey(text: string): string | null {
  const stack: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const keys = stack[stack.length - 1];
      if (expectKey && keys) {
        const k = JSON.parse(text.slice(i, j + 1)) as string;
        if (keys.has(k)) return k;
        keys.add(k);
        expectKey = false;
      }
      i = j;
    } else if (c === '{') {
      stack.push(new Set());
      expectKey = true;
    } else if (c === '[') {
      stack.push(null);
    } else if (c === '}' || c === ']') {
      stack.pop();
      expectKey = false;
    } else if (c === ',') {
      expectKey = stack[stack.length - 1] != null;
    }
  }
  return null;
}

function parseJson(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw invalid(`policy is not valid JSON: ${(e as Error).message}`);
  }
  const dup = jsonDuplicateKey(text);
  if (dup !== null) throw invalid(`duplicate key ${JSON.stringify(dup)} in policy JSON`, { field: dup });
  return value;
}

function parseYaml(text: string): unknown {
  const doc = parseDocument(text, { strict: true, uniqueKeys: true, prettyErrors: true, merge: false });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const at = problem.linePos?.[0];
    throw invalid(`policy is not valid YAML: ${problem.message.split('\n')[0]}`, at ? { line: at.line, column: at.col } : undefined);
  }
  let refused: string | null = null;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node) || node.anchor) refused = 'YAML anchors and aliases are not allowed in a policy';
      else if (node.tag) refused = `YAML tags are not allowed in a policy (found ${node.tag})`;
      return refused ? visit.BREAK : undefined;
    },
  });
  if (refused) throw invalid(refused);
  return doc.toJS({ maxAliasCount: 0 });
}

function checkFields(o: Record<string, unknown>, allowed: Set<string>, where: string, details: Record<string, unknown>, prefix = ''): void {
  for (const k of Object.keys(o)) {
    if (!allowed.has(k)) throw invalid(`${where}: unknown field ${JSON.stringify(prefix + k)}`, { ...details, field: prefix + k });
  }
}

interface RuleOut {
  doc: PolicyRuleDocument;
  compiled: CompiledRule;
}

function compileRule(raw: unknown, index: number, seen: Set<string>): RuleOut {
  let where = `rules[${index}]`;
  const details: Record<string, unknown> = { index };
  if (!isObject(raw)) throw invalid(`${where}: a rule must be a mapping with name and effect`, details);
  const rawName = raw.name;
  if (typeof rawName === 'string' && RULE_NAME_RE.test(rawName)) {
    where = `rules[${index}] "${rawName}"`;
    details.rule = rawName;
  }
  checkFields(raw, RULE_FIELDS, where, details);

  if (typeof rawName !== 'string') throw invalid(`${where}: field "name" is required and must be a string`, { ...details, field: 'name' });
  if (!RULE_NAME_RE.test(rawName)) {
    throw invalid(
      `${where}: invalid name ${JSON.stringify(rawName.slice(0, 80))} (letters, digits, ".", "_", "-"; 1..64 characters, starting with a letter or digit)`,
      { ...details, field: 'name' },
    );
  }
  const name = rawName;
  if (seen.has(name)) throw invalid(`${where}: duplicate rule name "${name}"`, { ...details, field: 'name' });
  seen.add(name);

  const effect = raw.effect;
  if (effect !== 'allow' && effect !== 'deny' && effect !== 'freeze') {
    throw invalid(`${where}: field "effect" must be "allow", "deny" or "freeze"`, { ...details, field: 'effect' });
  }
  const doc: PolicyRuleDocument = { name, effect };
  let target: FreezeTarget | null = null;
  if (raw.target !== undefined) {
    if (effect !== 'freeze') throw invalid(`${where}: "target" is only allowed on freeze rules`, { ...details, field: 'target' });
    if (raw.target !== 'key' && raw.target !== 'principal') throw invalid(`${where}: "target" must be "key" or "principal"`, { ...details, field: 'target' });
  }
  if (effect === 'freeze') {
    target = (raw.target as FreezeTarget | undefined) ?? 'key';
    doc.target = target;
  }

  let when: string | null = null;
  let condition: Condition | null = null;
  let conjuncts: Condition[] | null = null;
  if (raw.when !== undefined) {
    if (typeof raw.when !== 'string') {
      throw invalid(`${where}: field "when" must be a string holding a CEL expression (quote it in YAML)`, { ...details, field: 'when' });
    }
    const c = compileCondition(raw.when);
    if (!c.ok) {
      const what = c.kind === 'syntax' ? 'syntax error' : 'invalid expression';
      throw invalid(`${where}: ${what} in "when" at line ${c.line}, column ${c.column}: ${c.message}`, {
        ...details,
        field: 'when',
        line: c.line,
        column: c.column,
      });
    }
    when = raw.when;
    condition = c.condition;
    doc.when = when;
    conjuncts = compileConjuncts(raw.when);
  }

  let approvals: ApprovalRequirement | null = null;
  if (raw.approvals !== undefined) {
    if (effect !== 'allow') throw invalid(`${where}: "approvals" is only allowed on allow rules`, { ...details, field: 'approvals' });
    const a = raw.approvals;
    if (!isObject(a)) throw invalid(`${where}: field "approvals" must be a mapping {count, from}`, { ...details, field: 'approvals' });
    checkFields(a, APPROVAL_FIELDS, where, details, 'approvals.');
    if (!countIn(a.count, 1, 10)) throw invalid(`${where}: "approvals.count" must be an integer from 1 to 10`, { ...details, field: 'approvals.count' });
    if (typeof a.from !== 'string' || !(ROLES as readonly string[]).includes(a.from)) {
      throw invalid(`${where}: "approvals.from" must be one of ${ROLES.join(', ')}`, { ...details, field: 'approvals.from' });
    }
    approvals = Object.freeze({ count: a.count, from: a.from as Role });
    doc.approvals = { count: a.count, from: a.from as Role };
  }

  let delayMs = 0;
  if (raw.delay !== undefined) {
    if (effect !== 'allow') throw invalid(`${where}: "delay" is only allowed on allow rules`, { ...details, field: 'delay' });
    if (typeof raw.delay !== 'string') {
      throw invalid(`${where}: field "delay" must be a duration string such as "10m", "24h" or "1h30m"`, { ...details, field: 'delay' });
    }
    try {
      delayMs = parseDuration(raw.delay);
    } catch (e) {
      if (isCustosError(e, 'E_BAD_INPUT')) throw invalid(`${where}: "delay": ${e.message}`, { ...details, field: 'delay' });
      throw e;
    }
    doc.delay = formatDuration(delayMs);
  }

  const compiled: CompiledRule = Object.freeze({ index, name, effect, when, condition, conjuncts, target, approvals, delayMs });
  return { doc, compiled };
}

/**
 * Split an expression at its top-level `&&` (outside brackets and string
 * literals) and compile each part, for explanations. Null when there is one
 * part, or when a part does not compile alone (the whole rule still does).
 */
export function compileConjuncts(expr: string): Condition[] | null {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i]!;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
    else if (depth === 0 && c === '&' && expr[i + 1] === '&') {
      parts.push(expr.slice(start, i));
      start = i + 2;
      i++;
    } else if (depth === 0 && (c === '|' || c === '?')) return null; // a top-level || or ternary: && does not split it
  }
  parts.push(expr.slice(start));
  if (parts.length < 2) return null;
  const out: Condition[] = [];
  for (const p of parts) {
    const c = compileCondition(p.trim());
    if (!c.ok) return null;
    out.push(c.condition);
  }
  return out;
}

function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}

/**
 * Parse, validate and compile a policy document.
 *
 * @param format  'json' or 'yaml'; when omitted, text whose first non-blank
 *                character is `{` is JSON, anything else YAML.
 * @throws CustosError E_POLICY_INVALID naming the problem (rule index and name, field, position).
 */
export function parsePolicy(text: string, format?: 'yaml' | 'json'): Policy {
  if (typeof text !== 'string') throw invalid('policy must be text (YAML or JSON)');
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_POLICY_BYTES) throw invalid(`policy is ${bytes} bytes; the limit is ${MAX_POLICY_BYTES} (256 KiB)`);
  const fmt = format ?? (text.trimStart().startsWith('{') ? 'json' : 'yaml');
  const raw = fmt === 'json' ? parseJson(text) : parseYaml(text);

  if (!isObject(raw)) throw invalid('policy must be a mapping with a "rules" list');
  checkFields(raw, TOP_FIELDS, 'policy', {});

  const document: PolicyDocument = { admin: { approvals: 1 }, rules: [] };
  if (raw.description !== undefined) {
    if (typeof raw.description !== 'string') throw invalid('policy: field "description" must be a string', { field: 'description' });
    if (raw.description.length > MAX_DESCRIPTION_LENGTH)
      throw invalid(`policy: "description" is longer than ${MAX_DESCRIPTION_LENGTH} characters`, { field: 'description' });
    document.description = raw.description;
  }
  if (raw.admin !== undefined) {
    if (!isObject(raw.admin)) throw invalid('policy: field "admin" must be a mapping {approvals}', { field: 'admin' });
    checkFields(raw.admin, ADMIN_FIELDS, 'policy', {}, 'admin.');
    const m = raw.admin.approvals;
    if (m !== undefined) {
      if (!countIn(m, 1, 10)) throw invalid('policy: "admin.approvals" must be an integer from 1 to 10', { field: 'admin.approvals' });
      document.admin.approvals = m;
    }
  }
  if (!Array.isArray(raw.rules))
    throw invalid('policy: field "rules" is required and must be a list (it may be empty: no rule means deny)', { field: 'rules' });
  if (raw.rules.length > MAX_POLICY_RULES) throw invalid(`policy has ${raw.rules.length} rules; the limit is ${MAX_POLICY_RULES}`, { field: 'rules' });

  const seen = new Set<string>();
  const rules: CompiledRule[] = [];
  raw.rules.forEach((r, i) => {
    const out = compileRule(r, i, seen);
    document.rules.push(out.doc);
    rules.push(out.compiled);
  });

  const digest = createHash('sha256').update(canonicalJson(document)).digest('hex');
  return deepFreeze({ source: text, digest, rules, adminApprovals: document.admin.approvals, document });
}
