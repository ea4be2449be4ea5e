#!/usr/bin/env node
import { statSync } from 'node:fs';

const argv = process.argv.slice(2);
if (argv[0] === '--version') {
  // Fast path: the version module alone, not every command's dependencies.
  const { VERSION } = await import('../dist/version.js');
  process.stdout.write(`custos ${VERSION}\n`);
} else {
  // The bundle (scripts/build.js) when it was built after the modules were last compiled: one file to load
  // instead of ~1,500. A tsc run after it (dist/.tsbuildinfo newer) means the bundle is stale: the modules then.
  const mtime = (p) => {
    try {
      return statSync(new URL(p, import.meta.url)).mtimeMs;
    } catch {
      return -1;
    }
  };
  const bundled = mtime('../dist/bundle/main.js') > 0 && mtime('../dist/bundle/.build-stamp') >= mtime('../dist/.tsbuildinfo');
  const { main } = await import(bundled ? '../dist/bundle/main.js' : '../dist/cli/main.js');
  process.exitCode = await main(argv);
}
