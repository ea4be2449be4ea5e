/**
 * The package as a user gets it: `npm pack` (which runs the `prepare` build) on a copy of the
 * project, the tarball installed into a fresh application offline (`npm ci --offline` with a
 * lockfile taken from the project's own, so every dependency comes from the npm cache that the
 * project's `npm ci` filled), a strict TypeScript file importing `custos`, `custos/viem` and
 * `custos/ethers` type-checked and compiled with moduleResolution nodenext (its
 * `@ts-expect-error` lines are the controls: the types are real, not `any`, and deep imports
 * are closed), then run against a real server: a signature that verifies, a pending request
 * and a denied one as typed errors through viem and ethers.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/process.js';
import { TestServer } from '../helpers/server.js';
import { ADAPTER_POLICY } from '../helpers/adapter-policy.js';

interface LockEntry {
  version?: string;
  integrity?: string;
  resolved?: string;
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
  [k: string]: unknown;
}
interface Lock {
  packages: Record<string, LockEntry>;
}
interface PackageJson {
  name: string;
  version: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  overrides: Record<string, unknown>;
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as PackageJson;
const projectLock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as Lock;

/** Copy a tree keeping every file's and directory's mtime, so `build.js --if-changed` judges the copy as it would the original. */
function copyTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const e of readdirSync(from, { withFileTypes: true })) {
    if (e.isDirectory()) copyTree(join(from, e.name), join(to, e.name));
    else copyFileSync(join(from, e.name), join(to, e.name));
    const s = statSync(join(from, e.name));
    utimesSync(join(to, e.name), s.atime, s.mtime);
  }
  const s = statSync(from);
  utimesSync(to, s.atime, s.mtime);
}

function copyFile(from: string, to: string): void {
  copyFileSync(from, to);
  const s = statSync(from);
  utimesSync(to, s.atime, s.mtime);
}

/**
 * The lock entries an application needs for `deps`: what node's resolution would find from the
 * project's root for each dependency, and their dependencies in turn (optional and required
 * peer ones included), at the same paths (the project's tree is hoisted the same way).
 */
function lockClosure(deps: string[]): Record<string, LockEntry> {
  const out: Record<string, LockEntry> = {};
  const locate = (from: string, name: string): string | undefined => {
    for (let base = from; ; base = base.slice(0, base.lastIndexOf('/node_modules/'))) {
      const p = `${base ? `${base}/` : ''}node_modules/${name}`;
      if (projectLock.packages[p]) return p;
      if (!base.includes('/node_modules/')) return base ? locate('', name) : undefined;
    }
  };
  const visit = (from: string, name: string, optional: boolean) => {
    const p = locate(from, name);
    if (!p) {
      if (optional) return;
      throw new Error(`package-lock.json has no ${name} (needed from ${from || 'the root'})`);
    }
    if (out[p]) return;
    const e = projectLock.packages[p]!;
    const { dev: _d, devOptional: _do, ...entry } = e;
    out[p] = entry;
    for (const d of Object.keys(e.dependencies ?? {})) visit(p, d, false);
    for (const d of Object.keys(e.optionalDependencies ?? {})) visit(p, d, true);
    for (const d of Object.keys(e.peerDependencies ?? {})) visit(p, d, e.peerDependenciesMeta?.[d]?.optional === true);
  };
  for (const d of deps) visit('', d, false);
  return out;
}

function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  return { status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', out: `${r.stdout ?? ''}\n${r.stderr ?? ''}` };
}

/** The application: strict TypeScript against the three entry points, run against a real server. */
const APP_TS = `
import { readFileSync } from 'node:fs';
import { CustosClient, CustosDeniedError, CustosError, CustosPendingError, isCustosError, readCredentialFile, type ErrorCode, type WaitingFor } from 'custos';
import { toCustosAccount } from 'custos/viem';
import { CustosSigner } from 'custos/ethers';
import { BaseError, createWalletClient, custom, verifyMessage, type Hex } from 'viem';
import { verifyMessage as ethersVerifyMessage } from 'ethers';

// Controls: these lines must be type errors, else the types are 'any' or the deep paths are open.
// @ts-expect-error the client's url is a string
const notANumber: number = new CustosClient({ url: 'http://127.0.0.1:1' }).url;
// @ts-expect-error an operation name the contract does not have
const badCall = (c: CustosClient) => c.call('key.frobnicate', {});
// @ts-expect-error only the package's exports are importable
type Deep = typeof import('custos/dist/client/client.js');
void notANumber; void badCall;
const code: ErrorCode = 'E_PENDING';

const { url, credential } = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { url: string; credential: string };
const client = new CustosClient({ url, credential: readCredentialFile(credential) });
const out: Record<string, unknown> = {};

// viem: a signature that verifies, then a pending request through viem's own wallet client.
const hot = await toCustosAccount({ client, key: 'hot-1' });
const message = 'hello from an installed custos';
const signature: Hex = await hot.signMessage({ message });
out.viemVerified = await verifyMessage({ address: hot.address, message, signature });
const wallet = createWalletClient({ account: await toCustosAccount({ client, key: 'held-1' }), transport: custom({ request: async () => null }) });
try {
  await wallet.signMessage({ message });
  out.viemPending = 'no error';
} catch (e) {
  const found = e instanceof BaseError ? e.walk((x) => x instanceof CustosPendingError) : e;
  if (found instanceof CustosPendingError) {
    const w: WaitingFor = found.waitingFor;
    out.viemPending = { code: found.code === code ? found.code : 'other', requestId: found.requestId, rule: found.rule, status: found.status, approvals: w.approvals?.count ?? null, waitsFor: found.waitsFor, isCustosError: isCustosError(found) && found instanceof CustosError };
  } else out.viemPending = String(e);
}

// ethers: the same key signs for the hot key, and a denied request is a CustosDeniedError.
const signer = await CustosSigner.create(client, 'hot-1');
out.ethersVerified = ethersVerifyMessage(message, await signer.signMessage(message)).toLowerCase() === (await signer.getAddress()).toLowerCase();
try {
  await (await CustosSigner.create(client, 'cold-1')).signMessage(message);
  out.ethersDenied = 'no error';
} catch (e) {
  out.ethersDenied = e instanceof CustosDeniedError ? { code: e.code, requestId: e.requestId, rule: e.rule, status: e.status } : String(e);
}
console.log(JSON.stringify(out));
`;

const APP_TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    lib: ['ES2022'],
    types: ['node'],
    strict: true,
    // custos's own .d.ts are checked too; viem's and ethers' (large) are not this app's to check.
    skipLibCheck: true,
    outDir: 'out',
    rootDir: '.',
  },
  include: ['main.ts'],
};

const POLICY = ADAPTER_POLICY;

let dir: string;
let t: TestServer;

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'custos-pkg-'));
});
after(async () => {
  await t?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('npm pack builds the package (prepare) and ships dist with .d.ts for each entry, not sources or build state', () => {
  const copy = join(dir, 'project');
  for (const d of ['src', 'bin', 'dist']) copyTree(join(ROOT, d), join(copy, d));
  mkdirSync(join(copy, 'scripts'));
  copyFile(join(ROOT, 'scripts', 'build.js'), join(copy, 'scripts', 'build.js'));
  for (const f of ['tsconfig.json', 'tsconfig.build.json', 'package.json', 'README.md']) copyFile(join(ROOT, f), join(copy, f));
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');

  const r = run('npm', ['pack', '--json', '--pack-destination', dir], copy);
  assert.equal(r.status, 0, r.out);
  assert.match(r.out, /> custos@\d+\.\d+\.\d+ prepare\n> node scripts\/build\.js --if-changed/, 'npm pack ran the prepare build');
  const report = JSON.parse(r.stdout.slice(r.stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  const files = report[0]!.files.map((f) => f.path);
  for (const f of [
    'package.json',
    'README.md',
    'bin/custos.js',
    'dist/index.js',
    'dist/index.d.ts',
    'dist/client/viem.d.ts',
    'dist/client/ethers.d.ts',
    'dist/client/errors.d.ts',
    'dist/cli/main.js',
  ])
    assert.ok(files.includes(f), `the tarball has ${f}`);
  assert.deepEqual(
    files.filter((f) => /^(src|test|scripts)\/|\.tsbuildinfo$|\.build-stamp$|\.map$/.test(f)),
    [],
    'no sources, tests, build state or source maps',
  );
  assert.equal(report[0]!.filename, `custos-${pkg.version}.tgz`);

  // The exports map names files that exist, each with its types.
  const exportsMap = (JSON.parse(readFileSync(join(copy, 'package.json'), 'utf8')) as { exports: Record<string, { types: string; default: string } | string> })
    .exports;
  assert.deepEqual(Object.keys(exportsMap), ['.', './viem', './ethers', './package.json']);
  for (const [k, v] of Object.entries(exportsMap)) {
    if (typeof v === 'string') continue;
    assert.ok(files.includes(v.types.slice(2)) && files.includes(v.default.slice(2)), `${k} -> ${v.default}`);
  }
});

test('the tarball installs offline into a fresh app, whose strict TypeScript type-checks and runs against a real server', async () => {
  const tarball = join(dir, `custos-${pkg.version}.tgz`);
  assert.ok(statSync(tarball).size > 0, 'packed by the test above');
  const app = join(dir, 'app');
  mkdirSync(app);
  const sha512 = `sha512-${(await import('node:crypto')).createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
  const appDeps = { custos: `file:../custos-${pkg.version}.tgz`, viem: pkg.dependencies.viem!, ethers: pkg.dependencies.ethers! };
  const appDevDeps = { '@types/node': pkg.devDependencies['@types/node']! };
  // The project's overrides too: offline, only the versions its own lockfile resolved are in the cache.
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify(
      { name: 'custos-app', version: '1.0.0', private: true, type: 'module', dependencies: appDeps, devDependencies: appDevDeps, overrides: pkg.overrides },
      null,
      2,
    ),
  );
  const closure = lockClosure([...Object.keys(pkg.dependencies), ...Object.keys(appDevDeps)]);
  const devOnly = new Set(Object.keys(lockClosure(Object.keys(appDevDeps))));
  for (const p of Object.keys(lockClosure(Object.keys(pkg.dependencies)))) devOnly.delete(p);
  for (const p of devOnly) closure[p] = { ...closure[p], dev: true };
  const lock = {
    name: 'custos-app',
    version: '1.0.0',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'custos-app', version: '1.0.0', dependencies: appDeps, devDependencies: appDevDeps },
      'node_modules/custos': {
        version: pkg.version,
        resolved: `file:../custos-${pkg.version}.tgz`,
        integrity: sha512,
        license: 'Apache-2.0',
        dependencies: pkg.dependencies,
        bin: { custos: 'bin/custos.js' },
        engines: { node: '>=20.19' },
      },
      ...closure,
    },
  };
  writeFileSync(join(app, 'package-lock.json'), JSON.stringify(lock, null, 2));

  // --ignore-scripts: native builds are the server's concern; the client entries load none.
  const install = run('npm', ['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], app);
  assert.equal(install.status, 0, install.out);
  const installed = JSON.parse(readFileSync(join(app, 'node_modules', 'custos', 'package.json'), 'utf8')) as { version: string };
  assert.equal(installed.version, pkg.version);

  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify(APP_TSCONFIG, null, 2));
  writeFileSync(join(app, 'main.ts'), APP_TS);
  const tsc = run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], app);
  assert.equal(tsc.status, 0, `strict type-check of the app:\n${tsc.out}`);
  assert.doesNotMatch(tsc.out, /TS7016/);

  // Control: the same checker refuses the app when a declaration is missing (TS7016 under strict).
  rmSync(join(app, 'node_modules', 'custos', 'dist', 'client', 'ethers.d.ts'));
  const missing = run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--noEmit'], app);
  assert.notEqual(missing.status, 0);
  assert.match(missing.out, /main\.ts\(\d+,\d+\): error TS7016: Could not find a declaration file for module 'custos\/ethers'/);

  t = await TestServer.start();
  const bot = await t.principal('bot', 'agent');
  await t.principal('ann', 'approver');
  for (const [name, tags] of [
    ['hot-1', {}],
    ['held-1', {}],
    ['cold-1', { cold: 'true' }],
  ] as const)
    await t.admin.call('key.create', { name, type: 'secp256k1', tags });
  await t.admin.call('policy.set', { source: POLICY });
  writeFileSync(join(app, 'config.json'), JSON.stringify({ url: t.url, credential: bot.credentialFile }));

  // Asynchronously: the server runs in this process.
  const r = await promisify(execFile)(process.execPath, ['out/main.js', 'config.json'], { cwd: app, encoding: 'utf8', timeout: 60_000 });
  const out = JSON.parse(r.stdout.trim().split('\n').pop()!) as {
    viemVerified: boolean;
    ethersVerified: boolean;
    viemPending: { code: string; requestId: string; rule: string; status: string; approvals: number; waitsFor: string; isCustosError: boolean };
    ethersDenied: { code: string; requestId: string; rule: string; status: string };
  };
  assert.equal(out.viemVerified, true);
  assert.equal(out.ethersVerified, true);
  assert.deepEqual(
    { ...out.viemPending, requestId: undefined },
    {
      code: 'E_PENDING',
      requestId: undefined,
      rule: 'held-needs-approval',
      status: 'pending',
      approvals: 1,
      waitsFor: '1 approval from approver',
      isCustosError: true,
    },
  );
  assert.deepEqual({ ...out.ethersDenied, requestId: undefined }, { code: 'E_DENIED', requestId: undefined, rule: 'cold-never', status: 'denied' });
  // The ids are the server's requests, in the states the errors say.
  const pending = await t.admin.call('request.show', { id: out.viemPending.requestId });
  assert.equal(pending.status, 'pending');
  assert.equal(pending.key, 'held-1');
  const denied = await t.admin.call('request.show', { id: out.ethersDenied.requestId });
  assert.equal(denied.status, 'denied');
  assert.equal(denied.rule, 'cold-never');
});
