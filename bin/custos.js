#!/usr/bin/env node
import { existsSync } from 'node:fs';

const argv = process.argv.slice(2);
if (argv[0] === '--version') {
  // Fast path: the version module alone, not every command's dependencies.
  const { VERSION } = await import('../dist/version.js');
  process.stdout.write(`custos ${VERSION}\n`);
} else {
  // The bundle (scripts/build.js) when it was built: one file to load instead of ~1,500; else the modules.
  const bundled = new URL('../dist/bundle/main.js', import.meta.url);
  const { main } = await import(existsSync(bundled) ? bundled.href : '../dist/cli/main.js');
  process.exitCode = await main(argv);
}
