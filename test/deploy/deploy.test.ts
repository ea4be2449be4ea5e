/**
 * deploy/: the systemd unit (and its passphrase drop-in) pass `systemd-analyze verify` with no
 * warning and score OK in `systemd-analyze security`; the Dockerfile has the structure
 * docs/operations.md promises (build stage `npm ci && npm run build`, node:20-slim runtime, a
 * non-root user, the data volume). Both command lines are then run as written (paths mapped to
 * this checkout and a temporary data directory): the server starts sealed and `custos unseal`
 * opens it, or it unseals itself from the drop-in's passphrase file; the image's HEALTHCHECK
 * command passes against it. Controls: a planted unknown key and a missing ExecStart binary are
 * reported; a bare unit scores worse; the health check fails once the server is gone.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, cli, startProcess } from '../helpers/process.js';
import { TEST_KDF } from '../helpers/cli.js';

const UNIT = readFileSync(join(ROOT, 'deploy', 'custos.service'), 'utf8');
const DROP_IN = readFileSync(join(ROOT, 'deploy', 'custos-passphrase.conf'), 'utf8');
const DOCKERFILE = readFileSync(join(ROOT, 'deploy', 'Dockerfile'), 'utf8');
const DOCKERIGNORE = readFileSync(join(ROOT, '.dockerignore'), 'utf8');
const PASSPHRASE = 'deploy test passphrase';

const systemdAnalyze = spawnSync('systemd-analyze', ['--version'], { encoding: 'utf8' }).status === 0;
const NO_SYSTEMD = systemdAnalyze ? false : 'systemd-analyze is not installed here (a skipped check: install systemd to run it)';

/** `Key=value` lines of one section of a unit file (repeated keys kept in order). */
function unitValues(text: string, section: string, key: string): string[] {
  let inSection = false;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    if (/^\[.*\]$/.test(line.trim())) inSection = line.trim() === `[${section}]`;
    else if (inSection && line.startsWith(`${key}=`)) out.push(line.slice(key.length + 1));
  }
  return out;
}

/** The unit with its install paths mapped onto this checkout (and this machine's node), for verify to find the binaries. */
function localUnit(text: string): string {
  return text.replaceAll('/opt/custos', ROOT.replace(/\/$/, '')).replaceAll('/usr/bin/node', process.execPath);
}

function verify(path: string) {
  const r = spawnSync('systemd-analyze', ['verify', '--man=no', path], { encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}${r.stderr}` };
}

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'custos-deploy-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

describe('systemd unit', () => {
  test('systemd-analyze verify: the unit, and the unit with the passphrase drop-in, without a warning', { skip: NO_SYSTEMD }, () => {
    const d = mkdtempSync(join(dir, 'unit-'));
    writeFileSync(join(d, 'custos.service'), localUnit(UNIT));
    const plain = verify(join(d, 'custos.service'));
    assert.equal(plain.status, 0, plain.out);
    assert.equal(plain.out, '', 'no warnings');

    mkdirSync(join(d, 'custos.service.d'));
    writeFileSync(join(d, 'custos.service.d', 'passphrase.conf'), DROP_IN);
    const withDropIn = verify(join(d, 'custos.service'));
    assert.equal(withDropIn.status, 0, withDropIn.out);
    assert.equal(withDropIn.out, '');

    // Controls: the drop-in is read (a planted key in it is reported), so is the unit; a missing binary fails.
    writeFileSync(join(d, 'custos.service.d', 'passphrase.conf'), `${DROP_IN}\nLoadCredentail=x:/y\n`);
    assert.match(verify(join(d, 'custos.service')).out, /passphrase\.conf:\d+: Unknown key '?LoadCredentail'?/);
    rmSync(join(d, 'custos.service.d'), { recursive: true });
    writeFileSync(join(d, 'custos.service'), localUnit(UNIT).replace('ProtectSystem=strict', 'ProtectSytem=strict'));
    assert.match(verify(join(d, 'custos.service')).out, /Unknown key '?ProtectSytem'?/);
    writeFileSync(join(d, 'custos.service'), localUnit(UNIT).replace(process.execPath, '/nonexistent/node'));
    const broken = verify(join(d, 'custos.service'));
    assert.notEqual(broken.status, 0);
    assert.match(broken.out, /\/nonexistent\/node is not executable/);
  });

  test('systemd-analyze security: the hardened unit scores OK (below 2), a bare one does not', { skip: NO_SYSTEMD }, () => {
    const d = mkdtempSync(join(dir, 'sec-'));
    const score = (text: string) => {
      writeFileSync(join(d, 'custos.service'), text);
      const r = spawnSync('systemd-analyze', ['security', '--offline=true', '--no-pager', join(d, 'custos.service')], { encoding: 'utf8' });
      const m = /Overall exposure level for custos\.service: (\d+\.\d+)/.exec(r.stdout);
      assert.ok(m, `${r.stdout}${r.stderr}`);
      return Number(m[1]);
    };
    const hardened = score(localUnit(UNIT));
    assert.ok(hardened < 2, `exposure ${hardened}`);
    const bare = score(`[Service]\nExecStart=${unitValues(localUnit(UNIT), 'Service', 'ExecStart')[0]}\n`);
    assert.ok(bare > 8, `a bare unit's exposure ${bare}`);
  });

  test('the unit says what operations.md says: user custos, data in /var/lib/custos (0700), read-only system, no core dumps', () => {
    const v = (k: string) => unitValues(UNIT, 'Service', k);
    assert.deepEqual(v('User'), ['custos']);
    assert.deepEqual(v('ExecStart'), ['/usr/bin/node /opt/custos/bin/custos.js serve --data /var/lib/custos --listen 127.0.0.1:8200']);
    assert.deepEqual(v('StateDirectory'), ['custos']);
    assert.deepEqual(v('StateDirectoryMode'), ['0700']);
    assert.deepEqual(v('ProtectSystem'), ['strict']);
    assert.deepEqual(v('LimitCORE'), ['0']);
    assert.deepEqual(v('NoNewPrivileges'), ['yes']);
    assert.deepEqual(v('MemoryDenyWriteExecute'), [], "V8's JIT needs writable executable memory");
    assert.deepEqual(unitValues(DROP_IN, 'Service', 'Environment'), ['CUSTOS_PASSPHRASE_FILE=%d/passphrase']);
  });

  test("the unit's command runs as written: sealed until custos unseal; with the drop-in's credential it unseals itself", async () => {
    const data = join(dir, 'systemd-data');
    const pass = join(dir, 'pass.txt');
    writeFileSync(pass, PASSPHRASE, { mode: 0o600 });
    const init = cli(['init', '--data', data, '--passphrase-file', pass, ...TEST_KDF], dir);
    assert.equal(init.code, 0, init.stderr);
    const argv = (execStart: string) => {
      const [node, bin, ...args] = localUnit(execStart).replaceAll('/var/lib/custos', data).replace('127.0.0.1:8200', '127.0.0.1:0').split(' ');
      assert.equal(node, process.execPath);
      assert.equal(bin, join(ROOT, 'bin', 'custos.js'));
      return args;
    };
    const execStart = unitValues(UNIT, 'Service', 'ExecStart')[0]!;

    const sealed = await startProcess(argv(execStart), dir);
    try {
      assert.equal((await fetch(`${sealed.url}/v1/sys/ready`)).status, 503);
      const unseal = cli(['unseal', '--server', sealed.url, '--passphrase-file', pass], dir);
      assert.equal(unseal.code, 0, unseal.stderr);
      assert.equal((await fetch(`${sealed.url}/v1/sys/ready`)).status, 200);
    } finally {
      await sealed.stop();
    }

    // LoadCredential=passphrase:FILE puts FILE's content at %d/passphrase (the service's credentials directory).
    const credentials = join(dir, 'credentials');
    mkdirSync(credentials, { mode: 0o700 });
    const [name, source] = unitValues(DROP_IN, 'Service', 'LoadCredential')[0]!.split(':');
    assert.equal(source, '/etc/custos/passphrase');
    writeFileSync(join(credentials, name!), PASSPHRASE, { mode: 0o600 });
    const env = Object.fromEntries(unitValues(DROP_IN, 'Service', 'Environment').map((e) => e.replace('%d', credentials).split('=') as [string, string]));
    const unsealed = await startProcess(argv(execStart), dir, env);
    try {
      assert.equal((await fetch(`${unsealed.url}/v1/sys/ready`)).status, 200);
    } finally {
      await unsealed.stop();
    }
  });
});

describe('Dockerfile', () => {
  const lines = DOCKERFILE.replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const stages: { from: string; lines: string[] }[] = [];
  for (const l of lines) {
    if (l.startsWith('FROM ')) stages.push({ from: l.slice(5), lines: [] });
    else stages.at(-1)!.lines.push(l);
  }
  const [build, runtime] = stages;
  const instr = (stage: { lines: string[] }, name: string) => stage.lines.filter((l) => l.startsWith(`${name} `)).map((l) => l.slice(name.length + 1));
  const json = (s: string) => JSON.parse(s) as string[];

  test('two stages: build from the repository with npm ci && npm run build, run on node:20-slim as a non-root user with the data volume', () => {
    assert.equal(stages.length, 2);
    assert.equal(build!.from, 'node:20-slim AS build');
    assert.equal(runtime!.from, 'node:20-slim');
    assert.ok(instr(build!, 'RUN').some((r) => /\bnpm ci && npm run build\b/.test(r)));
    // Every file the build copies exists here, and .dockerignore keeps local state out of the context.
    for (const c of instr(build!, 'COPY')) for (const src of c.split(/\s+/).slice(0, -1)) assert.ok(existsSync(join(ROOT, src)), `COPY ${src}`);
    for (const ignored of ['node_modules', 'dist', 'custos-data']) assert.ok(DOCKERIGNORE.split('\n').includes(ignored), `.dockerignore has ${ignored}`);

    const user = instr(runtime!, 'USER');
    assert.equal(user.length, 1);
    const [uid, gid] = user[0]!.split(':');
    assert.ok(uid && !['0', 'root'].includes(uid) && gid !== '0', `USER ${user[0]}`);
    const run = instr(runtime!, 'RUN').join('\n');
    assert.match(run, new RegExp(`useradd --system --uid ${uid} `), 'the user is created with that uid');
    assert.match(run, /chown custos:custos \/var\/lib\/custos/);
    assert.match(run, /chmod 0700 \/var\/lib\/custos/);
    assert.deepEqual(instr(runtime!, 'VOLUME'), ['/var/lib/custos']);
    // The runtime stage holds what the entrypoint loads: bin/custos.js imports ../dist/bundle/main.js when it was built, else
    // ../dist/cli/main.js (and ../dist/version.js for --version); all under dist/.
    const copied = instr(runtime!, 'COPY').map((c) => c.split(/\s+/)[1]);
    for (const p of ['/opt/custos/bin', '/opt/custos/dist', '/opt/custos/node_modules', '/opt/custos/package.json'])
      assert.ok(copied.includes(p), `copies ${p}`);
    const bin = readFileSync(join(ROOT, 'bin', 'custos.js'), 'utf8');
    assert.match(bin, /'\.\.\/dist\/cli\/main\.js'/);
    assert.match(bin, /'\.\.\/dist\/bundle\/main\.js'/);
    assert.deepEqual(json(instr(runtime!, 'ENTRYPOINT')[0]!), ['node', '/opt/custos/bin/custos.js']);
    assert.deepEqual(json(instr(runtime!, 'CMD')[0]!), ['serve', '--data', '/var/lib/custos', '--listen', '0.0.0.0:8200']);
  });

  test("the image's command runs as written: sealed, custos unseal opens it, HEALTHCHECK passes (and fails once it is gone)", async () => {
    const data = join(dir, 'docker-data');
    const pass = join(dir, 'docker-pass.txt');
    writeFileSync(pass, PASSPHRASE, { mode: 0o600 });
    assert.equal(cli(['init', '--data', data, '--passphrase-file', pass, ...TEST_KDF], dir).code, 0);
    const [node, bin] = json(instr(runtime!, 'ENTRYPOINT')[0]!);
    assert.equal(node, 'node');
    assert.ok(existsSync(join(ROOT, bin!.replace('/opt/custos/', ''))));
    const args = json(instr(runtime!, 'CMD')[0]!).map((a) => (a === '/var/lib/custos' ? data : a === '0.0.0.0:8200' ? '127.0.0.1:0' : a));
    const server = await startProcess(args, dir);
    const health = json(instr(runtime!, 'HEALTHCHECK')[0]!.replace(/^.*?CMD /, ''));
    const healthcheck = () =>
      spawnSync(
        process.execPath,
        health.slice(1).map((a) => a.replace('http://127.0.0.1:8200', server.url)),
        { encoding: 'utf8', timeout: 10_000 },
      ).status;
    try {
      assert.equal(health[0], 'node');
      assert.equal(healthcheck(), 0, 'healthy while sealed');
      assert.equal(((await (await fetch(`${server.url}/v1/sys/health`)).json()) as { sealed: boolean }).sealed, true);
      assert.equal(cli(['unseal', '--server', server.url, '--passphrase-file', pass], dir).code, 0);
      assert.equal((await fetch(`${server.url}/v1/sys/ready`)).status, 200);
    } finally {
      await server.stop();
    }
    assert.equal(healthcheck(), 1, 'unhealthy once the server is gone');
  });
});
