/**
 * The decision: facts in, decision out. Pure (no I/O, clock or randomness),
 * so every threshold party can re-run it later and reach the same answer.
 *
 * Semantics:
 * - any matching deny or freeze wins (every deny and freeze rule is evaluated, even after an allow matched);
 *   a matching freeze also names what it freezes (`freeze`), unless only its error made it match;
 * - otherwise the first matching allow decides (later allows are not evaluated);
 * - no match means deny.
 * - a request whose payload lists facts in `payload.explicit` (a Safe governance call, a delegatecall) is allowed
 *   only by a rule naming each of them, and waits for the admin quorum unless that rule writes its own `approvals`.
 * - Fail closed: a `when` that errors at evaluation time, or yields anything
 *   but a bool, MATCHES a deny rule and does NOT match an allow rule; the
 *   trace records the error.
 *
 * @example
 *   const d = evaluatePolicy(parsePolicy(text), facts);
 *   if (d.outcome === 'deny') console.log(d.reason); // a denied request is recorded with status 'denied'
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../audit/canonical.js';
import type { FreezeTarget, Policy } from './document.js';
import { evaluateCondition, toCelContext, type PolicyFacts } from './facts.js';

/** What happened to one rule. Rules not evaluated (allows after the deciding allow) are absent. */
export interface RuleTrace {
  rule: string;
  effect: 'allow' | 'deny' | 'freeze';
  matched: boolean;
  /** The evaluation error (or non-bool result) that decided `matched` by the fail-closed rule. */
  error?: string;
}

export type Decision =
  | { outcome: 'deny'; rule: string | null; reason: string; trace: RuleTrace[]; freeze?: { rule: string; target: FreezeTarget } }
  | { outcome: 'allow'; rule: string; approvals: { count: number; from: string } | null; delayMs: number; trace: RuleTrace[] };

/**
 * Decide one request. When several deny rules match, `rule` names the first
 * in document order (all of them show `matched: true` in the trace).
 *
 * @throws CustosError E_BAD_INPUT when the facts are malformed (see `toCelContext`).
 */
export function evaluatePolicy(policy: Policy, facts: PolicyFacts): Decision {
  const ctx = toCelContext(facts);
  const trace: RuleTrace[] = [];
  let deny: { rule: string; error?: string } | null = null;
  let freeze: { rule: string; target: FreezeTarget } | null = null;
  let allow: Policy['rules'][number] | null = null;

  const explicit = explicitFacts(facts);
  for (const rule of policy.rules) {
    if (rule.effect === 'allow' && allow !== null) continue;
    if (rule.effect === 'allow' && !explicit.every((f) => rule.when?.includes(f))) {
      // Decision 0022: what the payload marks as needing an explicit allowance (Safe governance, delegatecall)
      // is allowed only by a rule whose `when` names that fact.
      trace.push({ rule: rule.name, effect: rule.effect, matched: false, error: `an allowing rule must name ${explicit.join(' and ')}` });
      continue;
    }
    let matched = true;
    let error: string | undefined;
    if (rule.condition !== null) {
      const r = evaluateCondition(rule.condition, ctx);
      if (r.ok) matched = r.value;
      else {
        error = r.error;
        matched = rule.effect !== 'allow'; // fail closed
      }
    }
    trace.push(error === undefined ? { rule: rule.name, effect: rule.effect, matched } : { rule: rule.name, effect: rule.effect, matched, error });
    if (!matched) continue;
    if (rule.effect !== 'allow') {
      deny ??= error === undefined ? { rule: rule.name } : { rule: rule.name, error };
      // A freeze whose condition failed denies (fail closed) but freezes nothing: an error is no anomaly.
      if (rule.effect === 'freeze' && error === undefined) freeze ??= { rule: rule.name, target: rule.target ?? 'key' };
    } else allow = rule;
  }

  if (deny) {
    const reason =
      deny.error === undefined ? `denied by rule "${deny.rule}"` : `denied by rule "${deny.rule}" (its condition failed, which denies: ${deny.error})`;
    return freeze
      ? { outcome: 'deny', rule: deny.rule, reason: `${reason}; rule "${freeze.rule}" freezes the ${freeze.target}`, trace, freeze }
      : { outcome: 'deny', rule: deny.rule, reason, trace };
  }
  if (allow) {
    const approvals = allow.approvals ? { count: allow.approvals.count, from: allow.approvals.from } : explicit.length > 0 ? adminQuorum(policy, facts) : null;
    return { outcome: 'allow', rule: allow.name, approvals, delayMs: allow.delayMs, trace };
  }
  const why =
    explicit.length > 0 ? `no rule matched (this request is allowed only by a rule naming ${explicit.join(' and ')}: decision 0022)` : 'no rule matched';
  return { outcome: 'deny', rule: null, reason: why, trace };
}

/**
 * What an explicitly allowed request (Safe governance, delegatecall) waits
 * for when its rule names no approvals of its own: the admin quorum, as for
 * an admin action (`admin.approvals` distinct admins, the requester counting
 * as one when it is an admin), so the obvious rule still needs the admins.
 * A rule that writes `approvals` decides for itself.
 */
function adminQuorum(policy: Policy, facts: PolicyFacts): { count: number; from: string } | null {
  const count = policy.adminApprovals - (facts.principal.role === 'admin' ? 1 : 0);
  return count > 0 ? { count, from: 'admin' } : null;
}

/**
 * The facts a payload says only an explicit rule may allow (`payload.explicit`,
 * set by planners: e.g. `payload.safe.governance` for a Safe governance call).
 */
function explicitFacts(facts: PolicyFacts): string[] {
  const e = (facts.payload as { explicit?: unknown } | undefined)?.explicit;
  return Array.isArray(e) ? e.filter((x): x is string => typeof x === 'string') : [];
}

/**
 * sha256 hex of the canonical JSON (sorted keys) of the facts, so a decision
 * can be tied to exactly what it saw. Note: canonical JSON writes a bigint as
 * its decimal string.
 */
export function factsDigest(facts: PolicyFacts): string {
  return createHash('sha256').update(canonicalJson(facts)).digest('hex');
}

/** Why one rule did or did not match: for a rule that did not, the first part of its `when` that fails. */
export interface RuleExplanation {
  rule: string;
  effect: 'allow' | 'deny' | 'freeze';
  matched: boolean;
  /** The first top-level `&&` part that is false or fails (the whole `when` when it has no such parts). */
  firstUnmet?: string;
  error?: string;
}

/**
 * Explain every rule against the facts (not only those the decision
 * evaluated): whether it matches and, when it does not, its first unmet
 * condition. For dry runs and operators; the decision itself is
 * `evaluatePolicy`'s.
 *
 * @example
 *   explainPolicy(policy, facts)
 *   // [{ rule: 'small', effect: 'allow', matched: false, firstUnmet: 'tx.valueUsd <= 1000.0' }, ...]
 */
export function explainPolicy(policy: Policy, facts: PolicyFacts): RuleExplanation[] {
  const ctx = toCelContext(facts);
  return policy.rules.map((rule) => {
    const base = { rule: rule.name, effect: rule.effect };
    if (rule.condition === null) return { ...base, matched: true };
    const r = evaluateCondition(rule.condition, ctx);
    if (r.ok && r.value) return { ...base, matched: true };
    const failing =
      (rule.conjuncts ?? [rule.condition]).find((c) => {
        const x = evaluateCondition(c, ctx);
        return !x.ok || !x.value;
      }) ?? rule.condition;
    const x = evaluateCondition(failing, ctx);
    const matched = !r.ok && rule.effect !== 'allow';
    return { ...base, matched, firstUnmet: failing.expression.trim(), ...(x.ok ? {} : { error: x.error }) };
  });
}
