/** Every YAML example in docs/policy.md is a valid policy (the docs cannot drift from the parser). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { DEFAULT_POLICY_TEXT, parsePolicy } from '../../src/policy/document.js';

const doc = readFileSync(new URL('../../docs/policy.md', import.meta.url), 'utf8');
const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] as string);

test('docs/policy.md: every yaml block parses, and the last one is the default policy', () => {
  assert.ok(blocks.length >= 8, `found ${blocks.length} yaml blocks`);
  for (const b of blocks) assert.doesNotThrow(() => parsePolicy(b), b);
  assert.equal(blocks[blocks.length - 1], DEFAULT_POLICY_TEXT);
});
