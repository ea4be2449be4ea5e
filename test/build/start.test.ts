/**
 * `npm start` builds only when sources changed (scripts/build.js --if-changed), on a copy of the
 * project so the suite's own dist/ is never rebuilt under running tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/process.js';

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'custos-build-'));
  for (const d of ['src', 'bin', 'ui']) cpSync(join(ROOT, d), join(dir, d), { recursive: true });
  mkdirSync(join(dir, 'scripts'));
  copyFileSync(join(ROOT, 'scripts', 'build.js'), join(dir, 'scripts', 'build.js'));
  for (const f of ['tsconfig.json', 'tsconfig.build.json', 'package.json']) copyFileSync(join(ROOT, f), join(dir, f));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

test('npm start builds on a fresh clone, skips an unchanged build, rebuilds after an edit or a deleted output', () => {
  const dir = copyProject();
  try {
    const start = () => spawnSync(process.execPath, ['scripts/build.js', '--if-changed'], { cwd: dir, encoding: 'utf8' });
    const main = join(dir, 'dist', 'cli', 'main.js');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    assert.match(pkg.scripts.start!, /^node scripts\/build\.js --if-changed && node bin\/custos\.js serve --dev$/);

    const fresh = start();
    assert.equal(fresh.status, 0, fresh.stderr);
    assert.doesNotMatch(fresh.stderr, /up to date/);
    assert.ok(existsSync(main));
    const built = spawnSync(process.execPath, ['bin/custos.js', '--version'], { cwd: dir, encoding: 'utf8' });
    assert.equal(built.stdout, 'custos 0.1.0\n');

    const mtime = statSync(main).mtimeMs;
    const again = start();
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stderr, /dist\/ is up to date/);
    assert.equal(statSync(main).mtimeMs, mtime, 'nothing was emitted');

    appendFileSync(join(dir, 'src', 'cli', 'listen.ts'), '\nexport const BUILD_PROBE = 1;\n');
    const edited = start();
    assert.equal(edited.status, 0, edited.stderr);
    assert.doesNotMatch(edited.stderr, /up to date/);
    assert.match(readFileSync(join(dir, 'dist', 'cli', 'listen.js'), 'utf8'), /BUILD_PROBE = 1/);

    // tsc's incremental build alone would not re-emit an output deleted by hand.
    rmSync(join(dir, 'dist', 'cli', 'io.js'));
    const repaired = start();
    assert.equal(repaired.status, 0, repaired.stderr);
    assert.ok(existsSync(join(dir, 'dist', 'cli', 'io.js')));

    // The console (ui/ into dist/ui/): built on the fresh start, skipped when unchanged, rebuilt after an edit under ui/.
    assert.match(fresh.stderr, /console built: dist\/ui\/app-/);
    assert.ok(existsSync(join(dir, 'dist', 'ui', 'manifest.json')));
    const unchanged = start();
    assert.match(unchanged.stderr, /dist\/ui\/ is up to date/);
    const page = readFileSync(join(dir, 'dist', 'ui', 'index.html'), 'utf8');
    appendFileSync(join(dir, 'ui', 'src', 'style.css'), '\n.ui-build-probe { color: red; }\n');
    const uiEdited = start();
    assert.equal(uiEdited.status, 0, uiEdited.stderr);
    assert.match(uiEdited.stderr, /dist\/ is up to date with src/, 'a console edit does not run tsc');
    assert.match(uiEdited.stderr, /console built/);
    assert.notEqual(readFileSync(join(dir, 'dist', 'ui', 'index.html'), 'utf8'), page, 'the page points at the new bundle');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
