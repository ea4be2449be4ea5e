#!/usr/bin/env node
// Builds src/ into dist/ with tsc (incremental: dist/.tsbuildinfo), then the console (ui/) into dist/ui/ with
// esbuild. `--if-changed` (what `npm start` runs) skips each when no source or build config is newer than its
// last successful build (dist/.build-stamp, dist/ui/.build-stamp), so a second start takes no build time; a
// fresh clone, an edit, a deleted source or a deleted dist all build. The console bundles src/client (and the
// contract), so a change under src/ rebuilds it too.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const STAMP = join(DIST, '.build-stamp');
const BUILD_INFO = join(DIST, '.tsbuildinfo');
const CONFIGS = ['tsconfig.json', 'tsconfig.build.json'].map((f) => join(ROOT, f));
const UI = join(ROOT, 'ui');
const UI_OUT = join(DIST, 'ui');
const UI_STAMP = join(UI_OUT, '.build-stamp');

/** Packages the CLI bundle leaves to node's loader: native addons, and packages that find files or workers at run time. */
const BUNDLE_EXTERNAL = [
  '@chainsafe/blst',
  '@node-rs/argon2',
  'better-sqlite3',
  'pg',
  'pkcs11js',
  'secp256k1',
  'sodium-native',
  'fastify',
  '@fastify/*',
  'ajv',
  'pino',
  'prom-client',
];

/** Every .ts source under dir, and the newest mtime of those files and of the directories (a deletion changes its directory). */
function scan(dir, out = { files: [], newest: statSync(dir).mtimeMs }, all = false) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      out.newest = Math.max(out.newest, statSync(p).mtimeMs);
      scan(p, out, all);
    } else if (all || (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))) {
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

const ifChanged = process.argv.includes('--if-changed');
if (ifChanged && missing.length === 0 && existsSync(STAMP) && statSync(STAMP).mtimeMs >= newest) {
  console.error('dist/ is up to date with src/ (no build needed)');
} else {
  const started = Date.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
  // Dated when the build began: a source saved while tsc ran is newer, so the next start builds again.
  stamp(STAMP, started);
}

// The CLI and server as one bundle (dist/bundle/): what bin/custos.js runs when it is there. Loading ~1,500
// module files (custos's and its pure-JS dependencies') was half of a cold start's CPU; native addons and the
// packages that load files at run time stay external. Without esbuild (npm install --omit=dev) the bin runs
// dist/cli/main.js instead.
const BUNDLE = join(DIST, 'bundle');
const BUNDLE_STAMP = join(BUNDLE, '.build-stamp');
if (ifChanged && missing.length === 0 && existsSync(BUNDLE_STAMP) && statSync(BUNDLE_STAMP).mtimeMs >= newest) {
  console.error('dist/bundle/ is up to date with src/ (no build needed)');
} else {
  // Dated when the bundle began, after tsc finished: bin/custos.js runs the bundle only while its stamp is at
  // least as new as dist/.tsbuildinfo (a bare tsc run afterwards makes it stale).
  const started = Date.now();
  if (await buildBundle()) stamp(BUNDLE_STAMP, started);
}

// The console: every file under ui/ (sources, styles, the page, its tsconfig) and src/ (the client it bundles).
const uiNewest = existsSync(UI) ? Math.max(scan(UI, undefined, true).newest, newest) : 0;
if (!existsSync(UI)) {
  console.error('no ui/ here: the console is not built');
} else if (ifChanged && existsSync(UI_STAMP) && existsSync(join(UI_OUT, 'manifest.json')) && statSync(UI_STAMP).mtimeMs >= uiNewest) {
  console.error('dist/ui/ is up to date with ui/ (no build needed)');
} else {
  const started = Date.now();
  await buildConsole();
  stamp(UI_STAMP, started);
}

function stamp(file, at) {
  writeFileSync(file, `${new Date(at).toISOString()}\n`);
  utimesSync(file, new Date(at), new Date(at));
}

/** Bundle src/cli/main.ts (and the keystore worker it starts) into dist/bundle/; false when esbuild is not installed. */
async function buildBundle() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    console.error('esbuild is not installed (npm install without --omit=dev): custos runs from dist/cli/ unbundled');
    rmSync(BUNDLE, { recursive: true, force: true });
    return false;
  }
  rmSync(BUNDLE, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    metafile: true,
    // The workers beside the chunks: keystore-pool.ts and bls-pool.ts start ./keystore-worker.js and ./bls-worker.js relative to themselves.
    entryPoints: {
      main: join(ROOT, 'src', 'cli', 'main.ts'),
      'keystore-worker': join(ROOT, 'src', 'keystore', 'keystore-worker.ts'),
      'bls-worker': join(ROOT, 'src', 'keystore', 'bls-worker.ts'),
    },
    outdir: BUNDLE,
    bundle: true,
    splitting: true, // the lazy imports (chains, eth2, PostgreSQL) stay lazy: chunks loaded on first use
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: BUNDLE_EXTERNAL,
    // CommonJS packages inside an ES module bundle call require(): give them one.
    banner: { js: "import { createRequire as __custosRequire } from 'node:module'; const require = __custosRequire(import.meta.url);" },
    legalComments: 'none',
    logLevel: 'warning',
  });
  // Which chunk holds which modules, and how chunks import each other (test/build/lazy-modules.test.ts reads it).
  writeFileSync(join(BUNDLE, 'meta.json'), JSON.stringify(result.metafile));
  console.error('CLI bundled: dist/bundle/main.js');
  return true;
}

/**
 * Bundle ui/src/main.tsx (Preact, the typed client) into content-hashed app-HASH.js and app-HASH.css, write
 * index.html pointing at them and manifest.json listing every file the server may serve (src/server/console.ts).
 */
async function buildConsole() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    console.error('esbuild is not installed (npm install without --omit=dev): the console at /ui is not built');
    return;
  }
  rmSync(UI_OUT, { recursive: true, force: true });
  mkdirSync(UI_OUT, { recursive: true });
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { app: join(UI, 'src', 'main.tsx') },
    outdir: UI_OUT,
    entryNames: '[name]-[hash]',
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022', 'chrome111', 'firefox111', 'safari16'],
    tsconfig: join(UI, 'tsconfig.json'),
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: true,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  const files = Object.keys(result.metafile.outputs).map((f) => f.split('/').pop());
  const js = files.find((f) => f.endsWith('.js'));
  const css = files.find((f) => f.endsWith('.css'));
  if (!js || !css) throw new Error('the console build made no app-*.js or app-*.css');
  const page = readFileSync(join(UI, 'src', 'index.html'), 'utf8')
    .replace('{{js}}', js)
    .replace('{{css}}', css);
  writeFileSync(join(UI_OUT, 'index.html'), page);
  writeFileSync(join(UI_OUT, 'manifest.json'), `${JSON.stringify({ files: ['index.html', ...files] }, null, 2)}\n`);
  const size = (f) => statSync(join(UI_OUT, f)).size;
  console.error(`console built: dist/ui/${js} (${Math.round(size(js) / 1024)} KiB), dist/ui/${css} (${Math.round(size(css) / 1024)} KiB)`);
}
