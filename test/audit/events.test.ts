/**
 * One audit event-name registry: docs/audit-events.md lists exactly the
 * events of src/audit/events.ts (names, order, descriptions), and every
 * registered name is one the code can write (a literal or a template that
 * produces it), so the list has neither gaps nor dead entries.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AUDIT_EVENTS } from '../../src/audit/events.js';

const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') && !p.endsWith('events.ts') ? [readFileSync(p, 'utf8')] : [];
  });

test('docs/audit-events.md is the registry', () => {
  const rows = readFileSync('docs/audit-events.md', 'utf8')
    .split('\n')
    .flatMap((l) => {
      const m = /^\| `([^`]+)` \| (.+) \|$/.exec(l);
      return m ? [[m[1]!, m[2]!]] : [];
    });
  assert.deepEqual(rows, Object.entries(AUDIT_EVENTS));
});

test('every registered event is written somewhere (literal, or the template that makes it)', () => {
  const code = sources('src').join('\n');
  const templates: Record<string, string> = { 'key.restore': '`key.${', 'request.veto.cancel': '`request.veto.${', 'request.veto.reject': '`request.veto.${' };
  for (const a of Object.keys(AUDIT_EVENTS))
    assert.ok(code.includes(`'${a}'`) || (templates[a] !== undefined && code.includes(templates[a])), `${a} is never written`);
});
