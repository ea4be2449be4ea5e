/**
 * Smoke test of the real built bin (bin/custos.js -> dist/) as a separate
 * process, CI-like (no TTY, minimal environment): init, import a BIP-340 vector
 * key and sign with it, unsealing from CUSTOS_PASSPHRASE_FILE; and a usage
 * error exiting 2. `npm test` builds first; when run alone, dist/ is rebuilt
 * here if any src/ file is newer than it.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { ROOT, Sandbox, TEST_KDF, VECTORS } from '../helpers/cli.js';

function newestMtime(dir: string, ext: string): number {
  let newest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestMtime(p, ext));
    else if (e.name.endsWith(ext)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

function ensureBuilt(): void {
  const entry = join(ROOT, 'dist', 'cli', 'main.js');
  if (existsSync(entry) && newestMtime(join(ROOT, 'dist'), '.js') >= newestMtime(join(ROOT, 'src'), '.ts')) return;
  // Same as `npm run build`. tsc still emits on type errors (those are the typecheck's business), so only a missing entry fails here.
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  assert.ok(existsSync(entry), `build failed:\n${r.stdout}${r.stderr}`);
}

describe('spawned bin/custos.js', () => {
  let sb: Sandbox;
  before(() => {
    ensureBuilt();
    sb = new Sandbox();
  });
  after(() => sb?.cleanup());

  test('import + sign with CUSTOS_PASSPHRASE_FILE: exit 0, JSON output, BIP-340 vector signature', () => {
    const v = (JSON.parse(readFileSync(join(VECTORS, 'bip340', 'test-vectors.json'), 'utf8')) as { vectors: any[] }).vectors[1];
    const pw = sb.file('passphrase', 'spawned smoke passphrase\n');
    const init = sb.spawn(['init', '--passphrase-file', pw, ...TEST_KDF, '--json']);
    assert.equal(init.code, 0, init.stderr);
    assert.equal(init.json.seal, 'passphrase');
    const env = { CUSTOS_PASSPHRASE_FILE: pw };

    const imp = sb.spawn(['key', 'import', 'smoke', '--allow-raw', '--format', 'raw', '--file', sb.file('smoke.hex', v.secret_key), '--json'], env);
    assert.equal(imp.code, 0, imp.stderr);
    assert.equal(imp.json.name, 'smoke');
    assert.equal(imp.json.publicKey.slice(2), v.public_key.toLowerCase());

    const sig = sb.spawn(['sign', '--key', 'smoke', '--scheme', 'bip340', '--message', v.message, '--aux-rand', v.aux_rand, '--json'], env);
    assert.equal(sig.code, 0, sig.stderr);
    assert.equal(sig.json.status, 'signed');
    assert.equal(sig.json.signature, v.signature.toLowerCase());

    const ver = sb.spawn(['verify', '--key', 'smoke', '--scheme', 'bip340', '--message', v.message, '--signature', sig.json.signature, '--json']);
    assert.equal(ver.code, 0, ver.stderr);
    assert.equal(ver.json.valid, true);

    // Without unseal material (no env, no TTY) signing is refused, exit 1.
    const sealed = sb.spawn(['sign', '--key', 'smoke', '--scheme', 'bip340', '--message', v.message, '--json']);
    assert.equal(sealed.code, 1);
    assert.equal(sealed.json.error.code, 'E_SEALED');
  });

  test('a usage error exits 2 with E_USAGE', () => {
    const r = sb.spawn(['sign', '--message', '00', '--json'], { CUSTOS_PASSPHRASE_FILE: join(sb.dir, 'passphrase') });
    assert.equal(r.code, 2);
    assert.equal(r.json.error.code, 'E_USAGE');
    assert.match(r.stderr, /^error: E_USAGE: /);
    const unknown = sb.spawn(['key', 'frobnicate']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /E_USAGE/);
  });
});
