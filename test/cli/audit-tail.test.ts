/**
 * An exported trail cut short at its end keeps a valid hash chain; only the
 * signed checkpoint over its last event shows nothing followed. Through the
 * real CLI: `audit verify --file` refuses an uncovered tail unless
 * --allow-unsealed-tail (and counts it), --expect-head pins the head, and a
 * fresh export from an unsealed instance verifies without either.
 */
import { describe, test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Sandbox } from '../helpers/cli.js';

describe('audit verify --file: the tail of an exported trail', () => {
  const sb = new Sandbox();
  after(() => sb.cleanup());
  let pub = '';
  let full: string[] = [];
  let headHash = '';
  const verify = (file: string, ...extra: string[]) => sb.spawn(['audit', 'verify', '--file', file, '--public-key', pub, '--json', ...extra]);

  before(async () => {
    await sb.initPassphrase();
    await sb.ok('key', 'create', 'k', '--type', 'ed25519', '--allow-raw');
    await sb.ok('sign', '--key', 'k', '--message', '01');
    // The real CLI, unsealed (CUSTOS_PASSPHRASE_FILE): the export ends with a checkpoint over its head.
    const r = sb.spawn(['audit', 'export', '--out', 'trail.jsonl', '--json'], sb.env as Record<string, string>);
    assert.equal(r.code, 0, r.stderr);
    pub = r.json.auditPublicKey;
    headHash = r.json.headHash;
    assert.equal(r.json.unanchored, 0);
    full = readFileSync(join(sb.dir, 'trail.jsonl'), 'utf8').trim().split('\n');
  });

  test('a fresh export from an unsealed instance verifies without flags (positive control), its last line a checkpoint over its head', () => {
    const last = JSON.parse(full[full.length - 1]!);
    assert.equal(last.type, 'checkpoint');
    assert.equal(last.hash, headHash);
    const r = verify('trail.jsonl');
    assert.equal(r.code, 0, r.stderr + r.stdout);
    assert.equal(r.json.ok, true);
    assert.equal(r.json.unanchored, 0);
    assert.equal(r.json.headHash, headHash);
  });

  test('a trail whose final checkpoint was cut off is refused; with --allow-unsealed-tail accepted and the uncovered events counted', () => {
    writeFileSync(join(sb.dir, 'cut.jsonl'), `${full.slice(0, -1).join('\n')}\n`);
    const r = verify('cut.jsonl');
    assert.equal(r.code, 1);
    assert.equal(r.json.error.code, 'E_AUDIT_BROKEN');
    assert.equal(r.json.error.details.unanchored, 1);
    assert.match(r.json.error.message, /last 1 event\(s\).*not covered by a signed checkpoint/);
    const ok = verify('cut.jsonl', '--allow-unsealed-tail');
    assert.equal(ok.code, 0, ok.stderr);
    assert.equal(ok.json.unanchored, 1);
    const human = sb.spawn(['audit', 'verify', '--file', 'cut.jsonl', '--public-key', pub, '--allow-unsealed-tail']);
    assert.equal(human.code, 0);
    assert.match(human.stdout, /1 event\(s\) at the end are not covered by a signed checkpoint/);
  });

  test('--expect-head: the full export matches; one cut back to an earlier checkpoint verifies alone but not against the recorded head', () => {
    const match = verify('trail.jsonl', '--expect-head', headHash);
    assert.equal(match.code, 0, match.stderr + match.stdout);
    assert.equal(match.json.headMatches, true);
    // Drop the last event and its checkpoint: the earlier checkpoint covers the new end, so the chain and
    // every signature are fine, and only the recorded head shows the cut.
    const lines = full.slice(0, -2);
    assert.equal(JSON.parse(lines[lines.length - 1]!).type, 'checkpoint', 'the export had a checkpoint before its last event');
    writeFileSync(join(sb.dir, 'earlier.jsonl'), `${lines.join('\n')}\n`);
    assert.equal(verify('earlier.jsonl').code, 0);
    const mismatch = verify('earlier.jsonl', '--expect-head', headHash);
    assert.equal(mismatch.code, 1);
    assert.equal(mismatch.json.error.code, 'E_AUDIT_BROKEN');
    assert.equal(mismatch.json.error.details.reason, 'unexpected head');
    assert.equal(verify('trail.jsonl', '--expect-head', 'zz').code, 2);
  });

  test('an export made sealed (no unseal material) after unanchored events says so, and verifies only with --allow-unsealed-tail', async () => {
    // Two wrong passphrases: each appends seal.unseal_failed, and a sealed instance signs no checkpoint.
    const wrong = sb.file('wrong', 'not the passphrase at all');
    for (let i = 0; i < 2; i++)
      assert.equal(sb.spawn(['key', 'create', `x${i}`, '--type', 'ed25519', '--passphrase-file', wrong, '--json']).json.error.code, 'E_BAD_PASSPHRASE');
    const r = sb.spawn(['audit', 'export', '--out', 'sealed.jsonl']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /last 2 event\(s\) are not covered by a signed checkpoint/);
    const v = verify('sealed.jsonl');
    assert.equal(v.json.error.details.unanchored, 2);
    assert.equal(verify('sealed.jsonl', '--allow-unsealed-tail').json.unanchored, 2);
  });
});
