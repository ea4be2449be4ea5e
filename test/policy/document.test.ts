/** Policy documents (src/policy/document.ts): parsing, validation errors, normalisation, digest. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../src/audit/canonical.js';
import { DEFAULT_POLICY_TEXT, MAX_POLICY_RULES, parsePolicy } from '../../src/policy/document.js';

/** Asserts E_POLICY_INVALID with a message matching every pattern. */
function rejects(text: string, patterns: RegExp[], format?: 'yaml' | 'json'): Record<string, unknown> | undefined {
  let details: Record<string, unknown> | undefined;
  assert.throws(
    () => parsePolicy(text, format),
    (e: unknown) => {
      const err = e as { code: string; message: string; details?: Record<string, unknown> };
      assert.equal(err.code, 'E_POLICY_INVALID', err.message);
      for (const p of patterns) assert.match(err.message, p);
      details = err.details;
      return true;
    },
  );
  return details;
}

const rule = (body: string) => `rules:\n  - name: ok\n    effect: allow\n  - ${body.replace(/\n/g, '\n    ')}\n`;

describe('policy document: accepted shapes', () => {
  test('the default policy compiles to one allow rule for local principals', () => {
    const p = parsePolicy(DEFAULT_POLICY_TEXT);
    assert.equal(p.rules.length, 1);
    assert.deepEqual(
      { name: p.rules[0]?.name, effect: p.rules[0]?.effect, when: p.rules[0]?.when },
      { name: 'local-operators', effect: 'allow', when: 'principal.kind == "local"' },
    );
    assert.equal(p.adminApprovals, 1);
    assert.match(p.document.description ?? '', /^Default policy of a fresh instance/);
    assert.equal(p.source, DEFAULT_POLICY_TEXT);
  });

  test('an empty rules list is valid (it denies everything)', () => {
    const p = parsePolicy('rules: []\n');
    assert.equal(p.rules.length, 0);
  });

  test('full rule: approvals, delay (normalised), admin quorum, description', () => {
    const p = parsePolicy(`
description: desk policy
admin: { approvals: 2 }
rules:
  - name: big
    effect: allow
    when: tx.valueUsd > 10000.0
    approvals: { count: 2, from: approver }
    delay: 90s
`);
    const r = p.rules[0]!;
    assert.deepEqual(r.approvals, { count: 2, from: 'approver' });
    assert.equal(r.delayMs, 90_000);
    assert.equal(p.adminApprovals, 2);
    assert.deepEqual(p.document, {
      description: 'desk policy',
      admin: { approvals: 2 },
      rules: [{ name: 'big', effect: 'allow', when: 'tx.valueUsd > 10000.0', approvals: { count: 2, from: 'approver' }, delay: '1m30s' }],
    });
  });

  test('digest = sha256 of the canonical JSON of the normalised document; YAML and JSON spellings agree', () => {
    const yaml = 'rules:\n  - name: a\n    effect: allow\n    delay: 60m\n';
    const json = '{"admin":{"approvals":1},"rules":[{"effect":"allow","name":"a","delay":"1h"}]}';
    const a = parsePolicy(yaml);
    const b = parsePolicy(json);
    assert.equal(a.digest, b.digest);
    assert.equal(a.digest, createHash('sha256').update(canonicalJson(a.document)).digest('hex'));
    assert.notEqual(a.digest, parsePolicy(yaml.replace('60m', '61m')).digest);
  });

  test('JSON is detected by a leading "{" (after blanks); format can be forced', () => {
    assert.equal(parsePolicy('  \n{"rules":[]}').rules.length, 0);
    assert.equal(parsePolicy('{"rules":[]}', 'yaml').rules.length, 0); // JSON is also YAML
    rejects('rules: []', [/not valid JSON/], 'json');
  });

  test('the compiled policy is frozen', () => {
    const p = parsePolicy(DEFAULT_POLICY_TEXT);
    assert.ok(Object.isFrozen(p) && Object.isFrozen(p.rules) && Object.isFrozen(p.rules[0]) && Object.isFrozen(p.document.rules));
  });

  test('multi-line when (YAML block scalar)', () => {
    const p = parsePolicy('rules:\n  - name: hours\n    effect: allow\n    when: |\n      time.hour >= 9 &&\n      time.hour < 17\n');
    assert.equal(p.rules[0]?.when, 'time.hour >= 9 &&\ntime.hour < 17\n');
  });
});

describe('policy document: validation errors name the rule and field', () => {
  test('unknown field in a rule', () => {
    const d = rejects(rule('name: r1\neffect: allow\nwhn: "true"'), [/rules\[1\] "r1"/, /unknown field "whn"/]);
    assert.deepEqual(d, { index: 1, rule: 'r1', field: 'whn' });
  });
  test('unknown field at top level, in admin, in approvals', () => {
    rejects('rules: []\nversion: 2\n', [/unknown field "version"/]);
    rejects('rules: []\nadmin: { approvals: 2, quorum: 3 }\n', [/unknown field "admin.quorum"/]);
    rejects(rule('name: r1\neffect: allow\napprovals: { count: 1, from: admin, within: 1h }'), [/rules\[1\] "r1"/, /unknown field "approvals.within"/]);
  });
  test('duplicate rule name', () => {
    rejects(rule('name: ok\neffect: deny'), [/rules\[1\] "ok"/, /duplicate rule name/]);
  });
  test('bad or missing name', () => {
    rejects(rule('name: -bad\neffect: deny'), [/rules\[1\]/, /invalid name/]);
    rejects(rule(`name: ${'a'.repeat(65)}\neffect: deny`), [/invalid name/]);
    rejects(rule('effect: deny'), [/rules\[1\]/, /"name" is required/]);
  });
  test('bad effect', () => {
    rejects(rule('name: r1\neffect: permit'), [/rules\[1\] "r1"/, /"effect" must be "allow", "deny" or "freeze"/]);
  });
  test('approvals or delay on a deny rule', () => {
    rejects(rule('name: r1\neffect: deny\napprovals: { count: 1, from: admin }'), [/rules\[1\] "r1"/, /"approvals" is only allowed on allow rules/]);
    rejects(rule('name: r1\neffect: deny\ndelay: 10m'), [/"delay" is only allowed on allow rules/]);
  });
  test('bad approvals count and role', () => {
    rejects(rule('name: r1\neffect: allow\napprovals: { count: 0, from: admin }'), [/"approvals.count" must be an integer from 1 to 10/]);
    rejects(rule('name: r1\neffect: allow\napprovals: { count: 11, from: admin }'), [/approvals.count/]);
    rejects(rule('name: r1\neffect: allow\napprovals: { count: "2", from: admin }'), [/approvals.count/]);
    rejects(rule('name: r1\neffect: allow\napprovals: { count: 2, from: root }'), [
      /rules\[1\] "r1"/,
      /"approvals.from" must be one of admin, approver, operator, auditor, agent/,
    ]);
  });
  test('bad durations', () => {
    for (const d of ['10', '"10 m"', '1m1h', '31d', '0s', '1.5h', '-5m', '10ms']) {
      rejects(rule(`name: r1\neffect: allow\ndelay: ${d}`), [/rules\[1\] "r1"/, /delay/]);
    }
  });
  test('bad admin quorum', () => {
    rejects('rules: []\nadmin: { approvals: 0 }\n', [/admin.approvals/]);
    rejects('rules: []\nadmin: { approvals: 11 }\n', [/admin.approvals/]);
    rejects('rules: []\nadmin: 2\n', [/"admin" must be a mapping/]);
  });
  test('when must be a string', () => {
    rejects(rule('name: r1\neffect: allow\nwhen: true'), [/"when" must be a string/]);
  });
  test('syntax error in when: rule name, index, line and column within the expression', () => {
    const d = rejects(rule('name: r1\neffect: allow\nwhen: request.size <='), [/rules\[1\] "r1"/, /syntax error in "when" at line 1, column 16/]);
    assert.equal(d?.line, 1);
    assert.equal(d?.column, 16);
    rejects('rules:\n  - name: m\n    effect: deny\n    when: |\n      principal.kind == "api" &&\n      key.name === "x"\n', [
      /rules\[0\] "m"/,
      /line 2, column 12/,
    ]);
    rejects(rule('name: r1\neffect: allow\nwhen: "(principal.kind"'), [/syntax error/]);
  });
  test('type errors in when are refused at load time, with position', () => {
    rejects(rule('name: r1\neffect: allow\nwhen: principle.kind == "api"'), [
      /rules\[1\] "r1"/,
      /invalid expression in "when" at line 1, column 1/,
      /Unknown variable: principle/,
    ]);
    rejects(rule('name: r1\neffect: allow\nwhen: principal.nmae == "x"'), [/No such key: nmae/]);
    rejects(rule('name: r1\neffect: allow\nwhen: request.size + 1.5 > 2.0'), [/no such overload/]);
    rejects(rule('name: r1\neffect: allow\nwhen: principal.name'), [/yields string, not bool/]);
    rejects(rule('name: r1\neffect: allow\nwhen: key.name.matches("[")'), [/invalid regular expression/]);
  });
  test('too many rules', () => {
    const rules = Array.from({ length: MAX_POLICY_RULES + 1 }, (_, i) => ({ name: `r${i}`, effect: 'deny' }));
    rejects(JSON.stringify({ rules }), [/501 rules; the limit is 500/]);
    assert.equal(parsePolicy(JSON.stringify({ rules: rules.slice(0, MAX_POLICY_RULES) })).rules.length, MAX_POLICY_RULES);
  });
  test('too large', () => {
    rejects(`description: "${'x'.repeat(256 * 1024)}"\nrules: []\n`, [/limit is 262144/]);
  });
  test('YAML anchors, aliases and tags are refused', () => {
    rejects('rules:\n  - &r { name: a, effect: allow }\n  - *r\n', [/anchors and aliases are not allowed/]);
    rejects('x: &a 1\nrules: []\n', [/anchors and aliases/]);
    rejects('rules:\n  - name: a\n    effect: !!str allow\n', [/tags are not allowed/]);
    rejects('rules:\n  - name: a\n    effect: !custom allow\n', [/not valid YAML|tags are not allowed/]);
  });
  test('duplicate keys (YAML and JSON), multiple YAML documents, broken syntax', () => {
    rejects('rules: []\nrules: []\n', [/not valid YAML/, /unique/]);
    rejects('{"rules": [], "rules": [{"name":"a","effect":"allow"}]}', [/duplicate key "rules"/]);
    rejects('{"rules": [{"name":"a","effect":"deny","effect":"allow"}]}', [/duplicate key "effect"/]);
    rejects('rules: []\n---\nrules: []\n', [/not valid YAML/]);
    rejects('rules: [\n', [/not valid YAML/]);
    rejects('{"rules": [}', [/not valid JSON/]);
  });
  test('wrong document shapes', () => {
    rejects('', [/must be a mapping/]);
    rejects('- a\n- b\n', [/must be a mapping/]);
    rejects('description: x\n', [/"rules" is required/]);
    rejects('rules: {}\n', [/"rules" is required and must be a list/]);
    rejects('rules:\n  - allow\n', [/rules\[0\]: a rule must be a mapping/]);
    rejects('rules: []\ndescription: 5\n', [/"description" must be a string/]);
  });
});
