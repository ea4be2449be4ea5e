#!/usr/bin/env node
// Builds src/ into dist/ with tsc (incremental: dist/.tsbuildinfo). `--if-changed` (what `npm start` runs)
// skips tsc when no source or build config is newer than the last successful build (dist/.build-stamp),
// so a second start takes no build time; a fresh clone, an edit, a deleted source or a deleted dist all build.
import { existsSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, '.build-stamp');
const BUILD_INFO = join(DIST, '.tsbuildinfo');
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json'].map((f) => join(ROOT, f));

/** Every .ts source under dir, and the newest mtime of those files and of the directories (a deletion changes its directory). */
function scan(dir, out = { files: [], newest: statSync(dir).mtimeMs }) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      out.newest = Math.max(out.newest, statSync(p).mtimeMs);
      scan(p, out);
    } else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) {
      out.files.push(p);
      out.newest = Math.max(out.newest, statSync(p).mtimeMs);
    }
  }
  return out;
}

const src = scan(join(ROOT, 'src'));
const newest = Math.max(src.newest, ...CONFIGS.map((f) => statSync(f).mtimeMs));
// tsc's incremental mode does not re-emit an output that was deleted by hand: then build from scratch.
const missing = src.files.filter((f) => !existsSync(join(DIST, relative(join(ROOT, 'src'), f)).replace(/\.ts$/, '.js')));
if (missing.length) rmSync(BUILD_INFO, { force: true });

if (process.argv.includes('--if-changed') && missing.length === 0 && existsSync(STAMP) && statSync(STAMP).mtimeMs >= newest) {
  console.error('dist/ is up to date with src/ (no build needed)');
  process.exit(0);
}
const started = Date.now();
const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], {
  cwd: ROOT,
  stdio: 'inherit',
});
if (r.status !== 0) process.exit(r.status ?? 1);
// Dated when the build began: a source saved while tsc ran is newer, so the next start builds again.
writeFileSync(STAMP, `${new Date(started).toISOString()}\n`);
utimesSync(STAMP, new Date(started), new Date(started));
