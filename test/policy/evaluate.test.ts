/** Decisions (src/policy/evaluate.ts): every outcome, the trace, fact validation, factsDigest. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../src/audit/canonical.js';
import { DEFAULT_POLICY_TEXT, parsePolicy } from '../../src/policy/document.js';
import { evaluatePolicy, factsDigest, type Decision } from '../../src/policy/evaluate.js';
import { toCelContext, type PolicyFacts, type VelocityWindow } from '../../src/policy/facts.js';

const win = (count1h = 0): VelocityWindow => ({ count1m: 0, count10m: 0, count1h, count24h: count1h, count7d: count1h, value1h: 0, value24h: 0, value7d: 0 });

function facts(
  over: {
    role?: string;
    kind?: 'api' | 'local';
    name?: string;
    keyName?: string;
    keyTags?: Record<string, string>;
    count1h?: number;
    size?: number;
    hour?: number;
    valueUsd?: number;
  } = {},
): PolicyFacts {
  return {
    principal: { id: 'pr_1', name: over.name ?? 'bot-1', role: over.role ?? 'agent', kind: over.kind ?? 'api', tags: {} },
    key: { name: over.keyName ?? 'hot-1', algorithm: 'secp256k1', custody: 'local', tags: over.keyTags ?? {}, version: 1 },
    request: { kind: 'raw', scheme: 'ecdsa', size: over.size ?? 32, note: '', tags: {}, blind: true },
    payload: over.valueUsd === undefined ? {} : { tx: { valueUsd: over.valueUsd, to: '0xabc' } },
    velocity: { key: win(over.count1h), principal: win(over.count1h) },
    lists: { traders: ['bot-1', 'alice'] },
    time: { hour: over.hour ?? 10, weekday: 3, date: '2026-03-11', unix: 1773223200 },
  };
}

/** The worked example of docs/policy.md. */
const AGENT_POLICY = `
description: Agents on hot-1; escalate above 20 requests per hour; never cold keys.
rules:
  - name: never-cold
    effect: deny
    when: '"cold" in key.tags'
  - name: agents-hot-1
    effect: allow
    when: principal.role == "agent" && key.name == "hot-1" && velocity.key.count1h < 20
  - name: agents-hot-1-burst
    effect: allow
    when: principal.role == "agent" && key.name == "hot-1"
    approvals: { count: 2, from: approver }
    delay: 10m
`;

const OUTCOMES: [string, string, PolicyFacts, Partial<Extract<Decision, { outcome: 'allow' }>> | Partial<Extract<Decision, { outcome: 'deny' }>>][] = [
  ['allow', AGENT_POLICY, facts({ count1h: 3 }), { outcome: 'allow', rule: 'agents-hot-1', approvals: null, delayMs: 0 }],
  [
    'allow with approvals and delay',
    AGENT_POLICY,
    facts({ count1h: 20 }),
    { outcome: 'allow', rule: 'agents-hot-1-burst', approvals: { count: 2, from: 'approver' }, delayMs: 600_000 },
  ],
  ['deny by rule', AGENT_POLICY, facts({ keyTags: { cold: 'yes' } }), { outcome: 'deny', rule: 'never-cold', reason: 'denied by rule "never-cold"' }],
  ['no match -> deny', AGENT_POLICY, facts({ role: 'operator' }), { outcome: 'deny', rule: null, reason: 'no rule matched' }],
  ['empty policy -> deny', 'rules: []', facts(), { outcome: 'deny', rule: null, reason: 'no rule matched' }],
  [
    'allow with approvals only',
    'rules:\n  - name: a\n    effect: allow\n    approvals: { count: 1, from: admin }\n',
    facts(),
    { outcome: 'allow', rule: 'a', approvals: { count: 1, from: 'admin' }, delayMs: 0 },
  ],
  [
    'allow with delay only',
    'rules:\n  - name: a\n    effect: allow\n    delay: 1h30m\n',
    facts(),
    { outcome: 'allow', rule: 'a', approvals: null, delayMs: 5_400_000 },
  ],
  [
    'deny by fail-closed error',
    'rules:\n  - name: a\n    effect: allow\n  - name: not-cold-tier\n    effect: deny\n    when: key.tags.tier == "cold"\n',
    facts(),
    { outcome: 'deny', rule: 'not-cold-tier' },
  ],
  [
    'erroring allow does not match; a later allow decides',
    'rules:\n  - name: big\n    effect: allow\n    when: tx.valueUsd < 100.0\n  - name: small\n    effect: allow\n    when: request.size <= 1024\n',
    facts(),
    { outcome: 'allow', rule: 'small' },
  ],
  [
    'deny beats an earlier allow',
    'rules:\n  - name: a\n    effect: allow\n  - name: d\n    effect: deny\n    when: request.size > 16\n',
    facts(),
    { outcome: 'deny', rule: 'd' },
  ],
  [
    'first allow wins over later allows',
    'rules:\n  - name: first\n    effect: allow\n    when: principal.kind == "api"\n  - name: second\n    effect: allow\n    approvals: { count: 3, from: admin }\n',
    facts(),
    { outcome: 'allow', rule: 'first', approvals: null },
  ],
  [
    'business hours: outside',
    'rules:\n  - name: hours\n    effect: allow\n    when: time.hour >= 9 && time.hour < 17\n',
    facts({ hour: 20 }),
    { outcome: 'deny', rule: null },
  ],
  [
    'allowlisted principal',
    'rules:\n  - name: traders\n    effect: allow\n    when: principal.name in lists.traders\n',
    facts({ name: 'alice' }),
    { outcome: 'allow', rule: 'traders' },
  ],
  ['size limit', 'rules:\n  - name: small\n    effect: allow\n    when: request.size <= 1024\n', facts({ size: 4096 }), { outcome: 'deny', rule: null }],
  ['default policy: local allowed', DEFAULT_POLICY_TEXT, facts({ kind: 'local' }), { outcome: 'allow', rule: 'local-operators' }],
  ['default policy: api denied', DEFAULT_POLICY_TEXT, facts({ kind: 'api' }), { outcome: 'deny', rule: null }],
];

describe('evaluatePolicy: outcomes', () => {
  for (const [label, text, f, expected] of OUTCOMES) {
    test(label, () => {
      const d = evaluatePolicy(parsePolicy(text), f);
      for (const [k, v] of Object.entries(expected)) assert.deepEqual((d as Record<string, unknown>)[k], v, `${k}: ${JSON.stringify(d)}`);
    });
  }
});

describe('evaluatePolicy: trace and semantics', () => {
  test('every deny is evaluated, allows stop at the first match; trace in document order', () => {
    const p = parsePolicy(`
rules:
  - name: a1
    effect: allow
    when: principal.kind == "local"
  - name: d1
    effect: deny
    when: request.size > 1000
  - name: a2
    effect: allow
  - name: a3
    effect: allow
  - name: d2
    effect: deny
    when: key.tags.tier == "cold"
  - name: d3
    effect: deny
    when: request.size > 16
`);
    const d = evaluatePolicy(p, facts());
    assert.deepEqual(d.trace, [
      { rule: 'a1', effect: 'allow', matched: false },
      { rule: 'd1', effect: 'deny', matched: false },
      { rule: 'a2', effect: 'allow', matched: true },
      { rule: 'd2', effect: 'deny', matched: true, error: 'No such key: tier' },
      { rule: 'd3', effect: 'deny', matched: true },
    ]);
    assert.equal(d.outcome, 'deny');
    assert.equal(d.rule, 'd2', 'the first matching deny in document order is reported');
    assert.match((d as { reason: string }).reason, /^denied by rule "d2" \(its condition failed, which denies: No such key: tier\)$/);
  });

  test('an erroring allow records the error and does not match', () => {
    const d = evaluatePolicy(parsePolicy('rules:\n  - name: a\n    effect: allow\n    when: tx.valueUsd < 5.0\n'), facts());
    assert.deepEqual(d, {
      outcome: 'deny',
      rule: null,
      reason: 'no rule matched',
      trace: [{ rule: 'a', effect: 'allow', matched: false, error: 'No such key: valueUsd' }],
    });
  });

  test('pure: same inputs, same decision; facts are not modified', () => {
    const p = parsePolicy(AGENT_POLICY);
    const f = facts({ count1h: 25, valueUsd: 10 });
    const before = structuredClone(f);
    assert.deepEqual(evaluatePolicy(p, f), evaluatePolicy(p, f));
    assert.deepEqual(f, before);
  });

  test('tx is payload.tx, or an empty map', () => {
    const p = parsePolicy('rules:\n  - name: a\n    effect: allow\n    when: size(tx) == 0 || tx.valueUsd <= 10000\n');
    assert.equal(evaluatePolicy(p, facts()).outcome, 'allow');
    assert.equal(evaluatePolicy(p, facts({ valueUsd: 9999.99 })).outcome, 'allow');
    assert.equal(evaluatePolicy(p, facts({ valueUsd: 10000.01 })).outcome, 'deny');
  });
});

describe('facts at the boundary', () => {
  const bad: [string, (f: PolicyFacts) => void, RegExp][] = [
    [
      'principal.kind',
      (f) => {
        (f.principal as { kind: string }).kind = 'remote';
      },
      /principal\.kind/,
    ],
    [
      'non-integer count',
      (f) => {
        f.velocity.key.count1h = 1.5;
      },
      /velocity\.key\.count1h/,
    ],
    [
      'negative size',
      (f) => {
        f.request.size = -1;
      },
      /request\.size/,
    ],
    [
      'hour out of range',
      (f) => {
        f.time.hour = 24;
      },
      /time\.hour/,
    ],
    [
      'bad date',
      (f) => {
        f.time.date = '11/03/2026';
      },
      /time\.date/,
    ],
    [
      'tag not a string',
      (f) => {
        (f.key.tags as Record<string, unknown>).x = 1;
      },
      /key\.tags\.x/,
    ],
    [
      'list not of strings',
      (f) => {
        (f.lists as Record<string, unknown>).l = ['a', 2];
      },
      /lists\.l\[1\]/,
    ],
    [
      'non-finite payload number',
      (f) => {
        f.payload = { tx: { v: Number.NaN } };
      },
      /payload\.tx\.v/,
    ],
    [
      'payload function',
      (f) => {
        f.payload = { cb: () => 1 };
      },
      /payload\.cb/,
    ],
    [
      'payload.tx not an object',
      (f) => {
        f.payload = { tx: 'x' };
      },
      /payload\.tx/,
    ],
    [
      'bigint beyond int64',
      (f) => {
        f.payload = { n: 2n ** 64n };
      },
      /payload\.n/,
    ],
  ];
  for (const [label, mutate, re] of bad) {
    test(`${label} -> E_BAD_INPUT naming the field`, () => {
      const f = facts();
      mutate(f);
      assert.throws(
        () => toCelContext(f),
        (e: unknown) => (e as { code: string }).code === 'E_BAD_INPUT' && re.test((e as Error).message),
      );
      assert.throws(
        () => evaluatePolicy(parsePolicy('rules: []'), f),
        (e: unknown) => (e as { code: string }).code === 'E_BAD_INPUT',
      );
    });
  }

  test('factsDigest = sha256 hex of the canonical JSON; key order does not matter', () => {
    const f = facts({ valueUsd: 1 });
    const reordered = Object.fromEntries(Object.entries(f).reverse()) as unknown as PolicyFacts;
    assert.equal(factsDigest(f), factsDigest(reordered));
    assert.equal(factsDigest(f), createHash('sha256').update(canonicalJson(f)).digest('hex'));
    assert.notEqual(factsDigest(f), factsDigest(facts({ valueUsd: 2 })));
    assert.match(factsDigest(f), /^[0-9a-f]{64}$/);
  });
});
