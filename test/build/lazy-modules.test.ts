/**
 * Start-up loads only what raw signing needs (issue #14, cold start): the chain libraries and the PostgreSQL client
 * are imported on first use. Checked on the modules tsc built by recording every module the process resolves (the
 * positive control loads the EVM chain module and sees viem), and on the bundle the bin runs (dist/bundle/) from
 * esbuild's metafile: the chunks start-up reaches by static imports hold none of them; viem is in a lazy chunk. @scure/btc-signer stays eager:
 * key addresses (P2WPKH, P2TR) are derived with it on every key view.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BIN } from '../helpers/process.js';

const HOOK = join(import.meta.dirname, '..', 'helpers', 'record-imports.mjs');
const LAZY = [
  '/node_modules/viem/',
  '/node_modules/@lodestar/types/',
  '/node_modules/@chainsafe/ssz/',
  '/node_modules/ox/',
  '/node_modules/@solana/kit/',
  '/node_modules/pg/',
  '/node_modules/ethers/',
];

/** The bundle's chunks (esbuild's metafile, scripts/build.js): each output's input modules and the outputs it imports. */
interface Meta {
  outputs: Record<string, { inputs: Record<string, unknown>; imports: { path: string; kind: string; external?: boolean }[]; entryPoint?: string }>;
}

const dist = (...p: string[]) => pathToFileURL(join(import.meta.dirname, '..', '..', 'dist', ...p)).href;
const SERVE = dist('server', 'serve.js');
const EVM = dist('chains', 'evm', 'prepare.js');

function loaded(args: string[], dir: string): string[] {
  const file = join(dir, `imports-${Math.random().toString(36).slice(2)}.txt`);
  const r = spawnSync(process.execPath, ['--import', HOOK, ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: dir, RECORD_IMPORTS: file },
  });
  assert.ok(r.status === 0 || r.status === 2, `${args.join(' ')}: ${r.stderr}`);
  return readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

test('the CLI and the server modules load no chain library and no PostgreSQL client until one is used', () => {
  const dir = mkdtempSync(join(tmpdir(), 'custos-lazy-'));
  try {
    // The modules as tsc built them (what the bin runs when no bundle was built).
    const help = loaded([join(import.meta.dirname, '..', '..', 'dist', 'cli', 'main.js'), '--help'], dir);
    assert.ok(
      help.some((u) => u.includes('/dist/requests/plans-evm.js')),
      'the EVM planner module itself is loaded',
    );
    assert.deepEqual(
      help.filter((u) => LAZY.some((l) => u.includes(l))),
      [],
    );
    const serve = loaded(['--input-type=module', '-e', `await import(${JSON.stringify(SERVE)})`], dir);
    assert.ok(
      serve.some((u) => u.includes('/dist/server/app.js')),
      'the server modules are loaded',
    );
    assert.deepEqual(
      serve.filter((u) => LAZY.some((l) => u.includes(l))),
      [],
    );
    // positive control: the recorder does see viem when the EVM chain module is loaded (as the first EVM request does)
    const evm = loaded(['--input-type=module', '-e', `await import(${JSON.stringify(EVM)})`], dir);
    assert.ok(
      evm.some((u) => u.includes('/node_modules/viem/')),
      'the EVM chain module loads viem',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the bundle the bin runs: no chain library and no PostgreSQL client in the chunks start-up loads; they are in chunks loaded on use', () => {
  const metaFile = join(import.meta.dirname, '..', '..', 'dist', 'bundle', 'meta.json');
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Meta;
  const entry = (src: string) => Object.keys(meta.outputs).find((o) => meta.outputs[o]!.entryPoint === src);
  const main = entry('src/cli/main.ts');
  const serve = entry('src/server/serve.ts'); // the serve command imports it when it runs
  assert.ok(main && serve, 'the bundle has the CLI entry and the server chunk');
  // Every chunk reached by static imports from those two: what `custos serve` loads at start.
  const eager = new Set<string>();
  const visit = (o: string) => {
    if (eager.has(o)) return;
    eager.add(o);
    for (const i of meta.outputs[o]!.imports) if (!i.external && i.kind === 'import-statement') visit(i.path);
  };
  visit(main);
  visit(serve);
  const inputsOf = (outs: Iterable<string>) => [...outs].flatMap((o) => Object.keys(meta.outputs[o]!.inputs));
  const eagerInputs = inputsOf(eager);
  assert.ok(eagerInputs.includes('src/server/app.ts'), 'the server modules are in the eager chunks');
  assert.ok(eagerInputs.includes('src/requests/plans-evm.ts'), 'the EVM planner module itself is eager');
  assert.deepEqual(
    eagerInputs.filter((u) => LAZY.some((l) => `/${u}`.includes(l))),
    [],
  );
  // positive control: viem is in the bundle, in a chunk only a dynamic import reaches
  const lazyInputs = inputsOf(Object.keys(meta.outputs).filter((o) => !eager.has(o)));
  assert.ok(
    lazyInputs.some((u) => u.includes('node_modules/viem/')),
    'viem is bundled into a chunk loaded on first use',
  );
});
