/**
 * The module rules of docs/architecture.md ("Enforced rules"), with a
 * positive control for each: `npm test` runs dependency-cruiser and ESLint on
 * the real tree (lint:deps, lint); here a temporary copy of src/ gets one
 * planted violation per rule, and each must be reported. The Barrier.openRecord
 * and row-MAC rules are plain scans, checked on the real tree and on planted calls.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, appendFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

const ROOT = process.cwd();
const BIN = (name: string) => join(ROOT, 'node_modules', '.bin', name);

/** A copy of the project's sources and configs in a temporary directory (node_modules linked). */
function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'custos-arch-'));
  cpSync(join(ROOT, 'src'), join(dir, 'src'), { recursive: true });
  for (const f of ['tsconfig.json', 'tsconfig.build.json', '.dependency-cruiser.cjs', 'eslint.config.js', 'package.json'])
    copyFileSync(join(ROOT, f), join(dir, f));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function plant(dir: string, file: string, line: string): void {
  appendFileSync(join(dir, file), `\n${line}\n`);
}

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

function cruise(dir: string): Violation[] {
  const r = spawnSync(BIN('depcruise'), ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  assert.ok(r.stdout, `depcruise printed nothing: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { summary: { violations: Violation[] } }).summary.violations;
}

test('dependency rules: the real tree has no violation, and a planted violation of each rule is caught', () => {
  assert.deepEqual(cruise(ROOT), [], 'src/ itself must pass (npm run lint:deps)');
  const dir = copyProject();
  try {
    // One violation per rule, each in a different file.
    plant(dir, 'src/keystore/refs.ts', "import type { Keys } from './keys.js';\nexport type PlantedCycle = Keys;"); // keys.ts imports refs.ts
    plant(dir, 'src/crypto/bytes.ts', "import type { Store } from '../store/store.js';\nexport type Planted = Store;");
    plant(dir, 'src/hd/path.ts', "import '../cli/io.js';");
    plant(dir, 'src/crypto/aead.ts', "import { readFileSync as plantedRead } from 'node:fs';\nexport const planted = plantedRead;");
    plant(dir, 'src/hd/bip39.ts', "import { createServer as plantedServer } from 'node:http';\nexport const planted = plantedServer;");
    plant(dir, 'src/hd/derive.ts', "import { connect as plantedConnect } from 'net';\nexport const planted = plantedConnect;");
    plant(dir, 'src/store/mutex.ts', "import { canonicalJson as planted } from '../audit/canonical.js';\nexport const p = planted;");
    plant(dir, 'src/policy/evaluate.ts', "import type { Repo as PlantedRepo } from '../store/repo.js';\nexport type P = PlantedRepo;");
    plant(dir, 'src/policy/duration.ts', "import { existsSync as plantedExists } from 'node:fs';\nexport const p = plantedExists;");
    plant(dir, 'src/risk/score.ts', "import type { Repo as PlantedRepo } from '../store/repo.js';\nexport type P = PlantedRepo;");
    plant(dir, 'src/risk/histogram.ts', "import { existsSync as plantedExists } from 'node:fs';\nexport const p = plantedExists;");
    const violations = cruise(dir);
    const found = violations.map((v) => `${v.rule.name} ${v.from}`);
    // A cycle is reported from each module on it: one of them goes through the planted import.
    assert.ok(
      violations.some((v) => v.rule.name === 'no-circular' && [v.from, v.to].includes('src/keystore/refs.ts')),
      `the planted cycle is not caught: ${found.join('\n')}`,
    );
    const expect = [
      'pure-crypto-hd src/crypto/bytes.ts',
      'pure-crypto-hd src/hd/path.ts',
      'pure-crypto-hd-builtins src/crypto/aead.ts',
      'pure-crypto-hd-builtins src/hd/bip39.ts',
      'pure-crypto-hd-builtins src/hd/derive.ts',
      'store-is-the-bottom src/store/mutex.ts',
      'pure-policy-core src/policy/evaluate.ts',
      'pure-policy-core-builtins src/policy/duration.ts',
      'pure-risk src/risk/score.ts',
      'pure-risk-builtins src/risk/histogram.ts',
    ];
    for (const e of expect) assert.ok(found.includes(e), `not caught: ${e}\nfound: ${found.join('\n')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('lint rules: a floating promise, an explicit any and a value import used only as a type are reported in src/', () => {
  const dir = copyProject();
  try {
    writeFileSync(
      join(dir, 'src', 'planted-lint.ts'),
      [
        "import { CustosError } from './errors.js';",
        'export type E = CustosError;',
        'export async function work(): Promise<any> { return 1; }',
        'export function caller(): void { work(); }',
        'export function deliberate(): void { void work(); }',
        '',
      ].join('\n'),
    );
    const r = spawnSync(BIN('eslint'), ['--format', 'json', 'src/planted-lint.ts'], { cwd: dir, encoding: 'utf8', maxBuffer: 64 << 20 });
    const messages = (JSON.parse(r.stdout) as { messages: { ruleId: string; line: number }[] }[])[0]!.messages.map((m) => `${m.ruleId}@${m.line}`);
    assert.deepEqual(
      messages.sort(),
      ['@typescript-eslint/consistent-type-imports@1', '@typescript-eslint/no-explicit-any@3', '@typescript-eslint/no-floating-promises@4'].sort(),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Stored secrets are opened only by the keystore, the threshold vault and a party (docs/architecture.md). */
const OPEN_RECORD_ALLOWED = (path: string) => path.startsWith('src/keystore/') || path === 'src/threshold/vault.ts' || path.startsWith('src/party/');

function openRecordCallers(files: { path: string; text: string }[]): string[] {
  return files.filter((f) => /\.openRecord\s*\(/.test(f.text) && !OPEN_RECORD_ALLOWED(f.path)).map((f) => f.path);
}

function sources(dir: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts')) out.push({ path: relative(ROOT, p).split(sep).join('/'), text: readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

test('Barrier.openRecord is called only from keystore/, threshold/vault.ts and party/', () => {
  const files = sources(join(ROOT, 'src'));
  assert.ok(
    files.some((f) => f.path === 'src/keystore/keys.ts' && /\.openRecord\(/.test(f.text)),
    'the scan sees the real callers',
  );
  assert.deepEqual(openRecordCallers(files), []);
  // Positive control: a planted call outside the allowed modules is reported.
  const planted = [
    ...files,
    { path: 'src/api/handlers.ts', text: 'const s = ctx.inst.barrier.openRecord(dek, c, aad, "x");' },
    { path: 'src/requests/service.ts', text: 'inst.barrier\n  .openRecord (dek, c, aad, "x")' },
  ];
  assert.deepEqual(openRecordCallers(planted), ['src/api/handlers.ts', 'src/requests/service.ts']);
});

/**
 * Row MACs are computed and checked in one place, keystore/authenticated.ts
 * (docs/architecture.md, "The authenticated-record layer"): no other module
 * names a MAC field list, calls a row-MAC function or builds the row-MAC input.
 */
const MAC_LAYER = 'src/keystore/authenticated.ts';
const MAC_USE = /\b\w*MacFields\b|\bcheckRowMac\b|\browMac\s*\(|custos-row-v1/;

function macUsers(files: { path: string; text: string }[]): string[] {
  return files.filter((f) => f.path !== MAC_LAYER && MAC_USE.test(f.text)).map((f) => f.path);
}

test('row MACs are computed and checked only by the authenticated-record layer', () => {
  const files = sources(join(ROOT, 'src'));
  const layer = files.find((f) => f.path === MAC_LAYER);
  assert.ok(layer && /custos-row-v1/.test(layer.text), 'the scan sees the layer');
  assert.deepEqual(macUsers(files), []);
  // Positive control: each way of reaching past the layer is reported.
  const planted = [
    ...files,
    { path: 'src/access/principals.ts', text: "import { principalMacFields } from '../store/records.js';" },
    { path: 'src/requests/rows.ts', text: "inst.checkRowMac('requests', f, r.mac, 'x');" },
    { path: 'src/party/sign.ts', text: "const mac = inst.rowMac ('requests', f);" },
    { path: 'src/server/auth.ts', text: "createHmac('sha256', k).update(`custos-row-v1:${t}:${j}`)" },
  ];
  assert.deepEqual(macUsers(planted).sort(), ['src/access/principals.ts', 'src/party/sign.ts', 'src/requests/rows.ts', 'src/server/auth.ts']);
});
