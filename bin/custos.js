#!/usr/bin/env node
const argv = process.argv.slice(2);
if (argv[0] === '--version') {
  // Fast path: the version module alone, not every command's dependencies.
  const { VERSION } = await import('../dist/version.js');
  process.stdout.write(`custos ${VERSION}\n`);
} else {
  const { main } = await import('../dist/cli/main.js');
  process.exitCode = await main(argv);
}
