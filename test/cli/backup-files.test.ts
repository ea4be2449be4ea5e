/**
 * Backups as operators handle them, through the real CLI (the built bin):
 * `backup create --out DIR` writes one 0600 file per share and prints only
 * the file names; `backup restore` reads those files, and shares pasted
 * exactly as `backup create` prints them. The README's local-mode block runs
 * as written.
 */
import { describe, test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, Sandbox } from '../helpers/cli.js';
import { custosOnPath, readmeBlock } from '../helpers/readme.js';

const BIN = join(ROOT, 'bin', 'custos.js');

/** Run a shell script with `custos` on PATH as the built bin, in `cwd`, with no CUSTOS_* from this process. */
function sh(script: string, cwd: string): { code: number; stdout: string; stderr: string } {
  const bin = custosOnPath(cwd);
  const r = spawnSync('bash', ['--norc', '--noprofile', '-eo', 'pipefail', '-c', script], {
    cwd,
    encoding: 'utf8',
    env: { PATH: `${bin}:${process.env.PATH ?? ''}`, HOME: cwd, CI: 'true' },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('backups through the real CLI', () => {
  const sb = new Sandbox();
  after(() => sb.cleanup());

  test('README "local mode" block runs as written: backup create --out, restore from those files, export and verify', () => {
    const block = readmeBlock('## Quick start: local mode');
    assert.match(block, /backup create --wallet cold .*--out cold-backup/);
    const dir = join(sb.dir, 'readme');
    spawnSync('mkdir', ['-p', dir]);
    // Everything up to the verify line runs verbatim; the verify line takes the key "custos status" printed.
    const [before, verifyLine] = block.split(/\n(?=custos audit verify --file)/);
    const first = sh(before!, dir);
    assert.equal(first.code, 0, `README block failed:\n${first.stderr}`);
    const key = /audit key ([0-9a-f]{64})/.exec(first.stdout)?.[1];
    assert.ok(key, 'custos status printed the audit key');
    const verify = sh(`export CUSTOS_DATA=./vault\n${verifyLine!.replace('<audit key from "custos status">', key)}`, dir);
    assert.equal(verify.code, 0, verify.stderr);
    assert.match(verify.stdout, /ok \(/);
    // The restored wallet is the backed-up one: same account address.
    const files = readdirSync(join(dir, 'cold-backup')).sort();
    assert.deepEqual(
      files,
      [1, 2, 3, 4, 5].map((i) => `cold-share-${i}-of-5.txt`),
    );
    const show = (ref: string) => {
      const r = sh(`export CUSTOS_DATA=./vault CUSTOS_PASSPHRASE_FILE=$PWD/pass.txt\ncustos key show "${ref}" --json`, dir);
      assert.equal(r.code, 0, r.stderr);
      return (JSON.parse(r.stdout) as { publicKey: string }).publicKey;
    };
    assert.equal(show("cold-copy/m/44'/60'/0'/0/0"), show("cold/m/44'/60'/0'/0/0"));
  });

  test('backup create --out: one 0600 file per share, group and index in the name, only file names printed; an existing file is refused', async () => {
    await sb.initPassphrase();
    await sb.ok('wallet', 'create', 'w', '--no-show');
    const r = sb.spawn(
      ['backup', 'create', '--wallet', 'w', '--group', '2/3', '--group', '1/1', '--group-threshold', '2', '--iteration-exponent', '0', '--out', 'bk'],
      sb.env as Record<string, string>,
    );
    assert.equal(r.code, 0, r.stderr);
    const names = readdirSync(join(sb.dir, 'bk')).sort();
    assert.deepEqual(names, ['w-group-1-share-1-of-3.txt', 'w-group-1-share-2-of-3.txt', 'w-group-1-share-3-of-3.txt', 'w-group-2-share-1-of-1.txt']);
    for (const n of names) {
      const f = join(sb.dir, 'bk', n);
      assert.equal(statSync(f).mode & 0o777, 0o600, `${n} is 0600`);
      const share = /share \d+: ([a-z ]+)\n/.exec(readFileSync(f, 'utf8'))?.[1];
      assert.ok(share && share.split(' ').length >= 20, `${n} holds one share`);
      // Neither the share nor any distinctive part of it reaches stdout or stderr.
      assert.ok(!r.stdout.includes(share) && !r.stderr.includes(share), 'the share is not printed');
      assert.ok(r.stdout.includes(n), `the file name ${n} is printed`);
    }
    // The same with --json: files, never the groups.
    const j = sb.spawn(['backup', 'create', '--wallet', 'w', '--shares', '3', '--threshold', '2', '--out', 'bk2', '--json'], sb.env as Record<string, string>);
    assert.equal(j.code, 0, j.stderr);
    assert.equal(j.json.groups, undefined);
    assert.deepEqual(
      j.json.files.map((f: { group: number; share: number }) => [f.group, f.share]),
      [
        [1, 1],
        [1, 2],
        [1, 3],
      ],
    );
    // A second backup into the same directory would replace a share: refused before anything is created.
    const before = readFileSync(join(sb.dir, 'bk2', 'w-share-2-of-3.txt'), 'utf8');
    const again = sb.spawn(
      ['backup', 'create', '--wallet', 'w', '--shares', '3', '--threshold', '2', '--out', 'bk2', '--json'],
      sb.env as Record<string, string>,
    );
    assert.equal(again.code, 1);
    assert.equal(again.json.error.code, 'E_BAD_INPUT');
    assert.match(again.json.error.message, /w-share-1-of-3\.txt exists/);
    assert.equal(readFileSync(join(sb.dir, 'bk2', 'w-share-2-of-3.txt'), 'utf8'), before);

    // Restore from the files: group 1 needs 2 of its 3, group 2 its only share.
    const restore = sb.spawn(
      [
        'backup',
        'restore',
        '--name',
        'w-copy',
        '--backup-share-file',
        'bk/w-group-1-share-1-of-3.txt',
        '--backup-share-file',
        'bk/w-group-1-share-3-of-3.txt',
        '--backup-share-file',
        'bk/w-group-2-share-1-of-1.txt',
        '--json',
      ],
      sb.env as Record<string, string>,
    );
    assert.equal(restore.code, 0, restore.stderr);
    const orig = await sb.ok('key', 'show', "w/m/44'/60'/0'/0/0");
    const copy = await sb.ok('key', 'show', "w-copy/m/44'/60'/0'/0/0");
    assert.equal(copy.publicKey, orig.publicKey);
    // Positive control: one group alone does not restore.
    const short = sb.spawn(
      [
        'backup',
        'restore',
        '--name',
        'w-bad',
        '--backup-share-file',
        'bk/w-group-1-share-1-of-3.txt',
        '--backup-share-file',
        'bk/w-group-1-share-2-of-3.txt',
        '--json',
      ],
      sb.env as Record<string, string>,
    );
    assert.equal(short.json?.error?.code, 'E_BAD_SHARES');
  });

  test('backup restore takes shares pasted exactly as backup create prints them (stdin), and names a bad line without echoing it', async () => {
    await sb.ok('key', 'import', 'imp', '--format', 'raw', '--file', sb.file('raw.hex', '11'.repeat(32)), '--type', 'secp256k1', '--exportable');
    const printed = sb.spawn(
      ['backup', 'create', '--key', 'imp', '--shares', '3', '--threshold', '2', '--iteration-exponent', '0'],
      sb.env as Record<string, string>,
    );
    assert.equal(printed.code, 0, printed.stderr);
    assert.match(printed.stdout, /group 1 \(2 of 3\):\n {2}share 1: [a-z ]+\n {2}share 2: /);
    // What a holder pastes: the title, the group header, two of the share lines as printed, blank lines.
    const lines = printed.stdout.split('\n');
    const paste = [
      lines[0],
      '',
      lines.find((l) => l.startsWith('group 1')),
      lines.find((l) => l.includes('share 1:')),
      '',
      lines.find((l) => l.includes('share 3:')),
      '',
    ].join('\n');
    const run = (input: string, name: string) =>
      spawnSync(process.execPath, [BIN, 'backup', 'restore', '--name', name, '--type', 'secp256k1', '--backup-share-file', '-', '--json'], {
        cwd: sb.dir,
        input,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', HOME: sb.dir, CUSTOS_DATA: sb.data, ...(sb.env as Record<string, string>) },
      });
    const r = run(paste, 'imp-copy');
    assert.equal(r.status, 0, r.stderr);
    const orig = await sb.ok('key', 'show', 'imp');
    assert.equal(JSON.parse(r.stdout).key.publicKey, orig.publicKey);
    // A mistyped line: refused naming its line number, never its words.
    const shareLine = lines.find((l) => l.includes('share 2:'))!;
    const typo = `${shareLine.replace(/: (\w+)/, ': $1-x')}\n`;
    const bad = run(`${lines.find((l) => l.includes('share 1:'))}\n${typo}`, 'imp-bad');
    assert.equal(bad.status, 1);
    const err = JSON.parse(bad.stdout).error;
    assert.equal(err.code, 'E_BAD_INPUT');
    assert.match(err.message, /line 2/);
    const words = shareLine.split(': ')[1]!.split(' ');
    assert.ok(!bad.stdout.includes(words.slice(2, 6).join(' ')) && !bad.stderr.includes(words.slice(2, 6).join(' ')), 'no share words in the error');
    assert.ok(!existsSync(join(sb.dir, 'imp-bad')));
  });

  test('unseal share files as init prints them (share N: ..., headers) unseal a Shamir instance', async () => {
    const sh2 = new Sandbox();
    try {
      const init = sh2.spawn(['init', '--seal', 'shamir', '--shares', '3', '--threshold', '2']);
      assert.equal(init.code, 0, init.stderr);
      // The whole printed output in one file (as `init > shares.txt` leaves it): any 2 of its shares suffice...
      const lines = init.stdout.split('\n');
      sh2.file(
        'two.txt',
        [
          lines.find((l) => l.startsWith('Unseal shares')),
          '',
          lines.find((l) => l.startsWith('share 1:')),
          '',
          lines.find((l) => l.startsWith('share 3:')),
          '',
        ].join('\n'),
      );
      const k = sh2.spawn(['key', 'create', 'k', '--type', 'ed25519', '--share-file', 'two.txt', '--json']);
      assert.equal(k.code, 0, k.stderr);
      // ...and one share alone does not.
      sh2.file('one.txt', `${lines.find((l) => l.startsWith('share 2:'))}\n`);
      assert.equal(sh2.spawn(['key', 'create', 'k2', '--type', 'ed25519', '--share-file', 'one.txt', '--json']).json.error.code, 'E_SEALED');
    } finally {
      sh2.cleanup();
    }
  });
});
