/**
 * `payload.explicit` (decision 0022): a request that marks facts as needing
 * an explicit allowance (a Safe governance call, a delegatecall) is allowed
 * only by a rule whose `when` names each of them; a catch-all allow skips it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePolicy } from '../../src/policy/document.js';
import { evaluatePolicy } from '../../src/policy/evaluate.js';
import type { PolicyFacts } from '../../src/policy/facts.js';

const win = { count1m: 0, count10m: 0, count1h: 0, count24h: 0, count7d: 0, value1h: 0, value24h: 0, value7d: 0 };
const facts = (payload: Record<string, unknown>): PolicyFacts => ({
  principal: { id: 'p', name: 'bot', role: 'agent', kind: 'api', tags: {} },
  key: { name: 'vault', algorithm: 'secp256k1', custody: 'threshold', tags: {}, version: 1 },
  request: { kind: 'safe.transaction', scheme: 'ecdsa', size: 10, note: '', tags: {}, blind: false },
  payload,
  velocity: { key: win, principal: win },
  lists: {},
  time: { hour: 1, weekday: 1, date: '2026-12-03', unix: 1 },
});
const governance = { safe: { governance: 'changeThreshold', operation: 'call' }, explicit: ['payload.safe.governance'] };

const CATCH_ALL = parsePolicy(`
rules:
  - name: bot
    effect: allow
    when: principal.name == "bot"
`);
const NAMED = parsePolicy(`
rules:
  - name: threshold-changes
    effect: allow
    when: payload.safe.governance == "changeThreshold"
    approvals: { count: 1, from: admin }
  - name: bot
    effect: allow
    when: principal.name == "bot"
`);

test('a catch-all allow does not allow a governance call; its trace says why', () => {
  const d = evaluatePolicy(CATCH_ALL, facts(governance));
  assert.equal(d.outcome, 'deny');
  assert.match(d.outcome === 'deny' ? d.reason : '', /payload\.safe\.governance.*0022/);
  assert.match(d.trace[0]!.error ?? '', /must name payload\.safe\.governance/);
});

test('positive controls: the catch-all allows an ordinary call; a rule naming the fact allows the governance call', () => {
  assert.equal(evaluatePolicy(CATCH_ALL, facts({ safe: { governance: null, operation: 'call' } })).outcome, 'allow');
  const d = evaluatePolicy(NAMED, facts(governance));
  assert.equal(d.outcome, 'allow');
  assert.equal(d.outcome === 'allow' ? d.rule : '', 'threshold-changes');
  assert.deepEqual(d.outcome === 'allow' ? d.approvals : null, { count: 1, from: 'admin' });
});

test('every listed fact must be named: a delegatecall governance call needs both', () => {
  const both = { safe: { governance: 'enableModule', operation: 'delegatecall' }, explicit: ['payload.safe.governance', 'payload.safe.operation'] };
  assert.equal(evaluatePolicy(NAMED, facts(both)).outcome, 'deny');
  const p = parsePolicy(`
rules:
  - name: module-by-delegatecall
    effect: allow
    when: payload.safe.governance == "enableModule" && payload.safe.operation == "delegatecall"
`);
  assert.equal(evaluatePolicy(p, facts(both)).outcome, 'allow');
});

test('a rule naming the fact but no approvals waits for the admin quorum (safe by default)', () => {
  const bare = (quorum: number) =>
    parsePolicy(`
admin: { approvals: ${quorum} }
rules:
  - name: threshold-changes
    effect: allow
    when: payload.safe.governance == "changeThreshold"
`);
  const asAgent = evaluatePolicy(bare(1), facts(governance));
  assert.deepEqual(asAgent.outcome === 'allow' ? asAgent.approvals : 'deny', { count: 1, from: 'admin' }, 'an agent needs one admin');
  const admin = (q: number) => evaluatePolicy(bare(q), { ...facts(governance), principal: { id: 'a', name: 'root', role: 'admin', kind: 'api', tags: {} } });
  const three = admin(3);
  assert.deepEqual(three.outcome === 'allow' ? three.approvals : 'deny', { count: 2, from: 'admin' }, 'an admin requester counts as one of three');
  const alone = admin(1);
  assert.equal(alone.outcome === 'allow' ? alone.approvals : 'deny', null, 'a quorum of one is the acting admin alone, as for admin actions');
  // Positive control: an ordinary call under the same kind of rule waits for nothing.
  const ordinary = evaluatePolicy(
    parsePolicy(`
admin: { approvals: 3 }
rules:
  - name: bot
    effect: allow
    when: principal.name == "bot"
`),
    facts({ safe: { governance: null, operation: 'call' } }),
  );
  assert.equal(ordinary.outcome === 'allow' ? ordinary.approvals : 'deny', null);
});
