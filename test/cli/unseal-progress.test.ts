/**
 * Incremental unseal through the real CLI against a real server: each holder
 * runs `custos unseal --share-file MINE` and sees the progress; `custos
 * status` shows `unseal progress 2/3`; duplicates count once; `--reset` and a
 * restart forget the held shares; a wrong set resets the progress and counts
 * toward the slow-down; all T at once still works. No share in any response,
 * log or audit event.
 */
import { describe, test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { spawn } from 'node:child_process';
import { Sandbox } from '../helpers/cli.js';
import { BIN, startServer, type ServerProcess } from '../helpers/process.js';
import { forgeSibling } from '../helpers/slip39-forge.js';

/**
 * Run the built CLI in a pseudo-terminal (util-linux script(1)), answer the
 * first output matching `prompt` with `answer` and Enter, and return what the
 * terminal showed and the exit code. CI=true is removed: the CLI prompts only
 * when a person could be at the terminal.
 */
async function inTerminal(argv: string[], cwd: string, prompt: RegExp, answer: string): Promise<{ code: number; output: string }> {
  const command = [process.execPath, ...argv].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const { CI: _ci, ...env } = process.env;
  const child = spawn('script', ['-qfec', command, '/dev/null'], { cwd, env: { ...env, HOME: cwd }, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  let answered = false;
  const done = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  const onData = (d: Buffer) => {
    output += d.toString();
    if (!answered && prompt.test(output)) {
      answered = true;
      child.stdin.write(`${answer}\r`);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
  const code = await done;
  clearTimeout(timer);
  return { code, output };
}

describe('custos unseal, one share per call, with progress (real server, real CLI)', () => {
  const sb = new Sandbox();
  let shares: string[] = [];
  let server: ServerProcess | undefined;
  const logs: string[] = [];
  const outputs: string[] = [];
  const start = async () => {
    server = await startServer(['--data', sb.data], sb.dir);
  };
  const stop = async () => {
    if (!server) return;
    await server.stop();
    logs.push(server.log());
    server = undefined;
  };
  const run = (...args: string[]) => {
    const r = sb.spawn([...args, '--server', server!.url]);
    outputs.push(r.stdout, r.stderr);
    return r;
  };
  const unseal = (...files: string[]) => run('unseal', ...files.flatMap((f) => ['--share-file', f]), '--json');

  before(async () => {
    const init = sb.spawn(['init', '--seal', 'shamir', '--shares', '5', '--threshold', '3', '--json']);
    assert.equal(init.code, 0, init.stderr);
    shares = init.json.shares;
    shares.forEach((s, i) => sb.file(`s${i + 1}`, `${s}\n`));
    // Holder 1 pastes the line as init printed it: the same share.
    sb.file('s1-printed', `share 1: ${shares[0]}\n`);
    sb.file('bad', forgeSibling(shares[2]!));
    await start();
  });
  after(async () => {
    await stop();
    sb.cleanup();
  });

  test('progress 1/3, 2/3 across calls; a duplicate does not count twice; status shows it (exit 2 while sealed)', () => {
    const st0 = run('status');
    assert.equal(st0.code, 2);
    assert.match(st0.stdout, /SEALED/);
    assert.match(st0.stdout, /unseal progress 0\/3/);
    assert.deepEqual(unseal('s1').json, { sealed: true, progress: 1, threshold: 3, message: 'unseal progress 1/3: 2 more shares needed' });
    const dup = unseal('s1-printed');
    assert.equal(dup.code, 0);
    assert.equal(dup.json.progress, 1, 'the same share again does not count');
    assert.match(dup.json.message, /already given/);
    assert.equal(unseal('s2').json.progress, 2);
    const st = run('status');
    assert.equal(st.code, 2);
    assert.match(st.stdout, /unseal progress 2\/3/);
    assert.deepEqual({ progress: run('status', '--json').json.progress, threshold: 3 }, { progress: 2, threshold: 3 });
    const human = run('unseal', '--reset');
    assert.equal(human.code, 0);
    assert.match(human.stdout, /reset: 0\/3/);
    assert.equal(run('status', '--json').json.progress, 0);
  });

  test('without a share file a holder is prompted on the terminal (a real pseudo-terminal): the share is not echoed, progress is shown', async () => {
    assert.equal(run('unseal', '--reset').code, 0);
    const r = await inTerminal([BIN, 'unseal', '--server', server!.url], sb.dir, /Your unseal share \(progress 0\/3\): /, shares[3]!);
    assert.equal(r.code, 0, r.output);
    assert.match(r.output, /unseal progress 1\/3: 2 more shares needed/);
    // the terminal showed the question and the answer line, never the share's words
    assert.ok(!r.output.includes(shares[3]!.split(' ').slice(0, 3).join(' ')), 'the share was echoed');
    assert.equal(run('status', '--json').json.progress, 1);
    // control: without a terminal (same command, no file) there is no prompt; the CLI asks for the material instead
    const noTty = run('unseal');
    assert.notEqual(noTty.code, 0);
    assert.doesNotMatch(noTty.stdout + noTty.stderr, /Your unseal share/);
    assert.equal(run('unseal', '--reset').code, 0);
  });

  test('a restart forgets the held shares (memory only)', async () => {
    assert.equal(unseal('s3').json.progress, 1);
    await stop();
    await start();
    assert.equal(run('status', '--json').json.progress, 0);
  });

  test('a wrong set resets the progress and counts as a failed attempt: the slow-down applies; then the right shares unseal', async () => {
    // Through the CLI once...
    assert.equal(unseal('s1').json.progress, 1);
    assert.equal(unseal('s2').json.progress, 2);
    const r = unseal('bad');
    assert.equal(r.code, 1);
    assert.equal(r.json.error.code, 'E_BAD_SHARES');
    assert.match(r.json.error.message, /progress reset to 0\/3/);
    assert.equal(run('status', '--json').json.progress, 0);
    // ...then over HTTP, faster than a CLI process starts, so the slow-down's short first delays are observable.
    const post = async (share: string) => {
      const res = await fetch(`${server!.url}/v1/sys/unseal`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ shares: [share] }),
      });
      return { status: res.status, body: (await res.json()) as { code?: string; progress?: number; details?: { retryAfterSeconds?: number } } };
    };
    const failOnce = async () => {
      assert.equal((await post(shares[0]!)).body.progress, 1);
      assert.equal((await post(shares[1]!)).body.progress, 2);
      assert.equal((await post(forgeSibling(shares[2]!))).body.code, 'E_BAD_SHARES');
    };
    await failOnce();
    await failOnce(); // three failures: the next attempt waits 1 s
    const early = await post(shares[0]!);
    assert.equal(early.status, 429);
    assert.equal(early.body.code, 'E_RATE_LIMITED');
    await sleep(1100);
    await failOnce(); // four: 2 s
    await sleep(2100);
    await failOnce(); // five: 4 s, long enough to see through the CLI
    const limited = unseal('s1');
    assert.equal(limited.code, 1);
    assert.equal(limited.json.error.code, 'E_RATE_LIMITED');
    assert.equal(run('status', '--json').json.progress, 0, 'a refused attempt takes no share');
    await sleep(4100);
    assert.equal(unseal('s4').json.progress, 1);
    assert.equal(unseal('s5').json.progress, 2);
    assert.deepEqual(unseal('s1').json, { sealed: false });
    const health = run('status', '--json');
    assert.equal(health.code, 0);
    assert.equal(health.json.sealed, false);
    assert.equal(health.json.progress, undefined);
  });

  test('all T shares in one call still unseal (after a restart)', async () => {
    await stop();
    await start();
    const r = unseal('s2', 's3', 's5');
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(r.json, { sealed: false });
    assert.equal(run('status').code, 0);
  });

  test('no share appears in any CLI output, server log or audit event', async () => {
    await stop();
    const trail = sb.spawn(['audit', 'export', '--share-file', 's1', '--share-file', 's2', '--share-file', 's3']);
    assert.equal(trail.code, 0, trail.stderr);
    assert.match(trail.stdout, /"seal\.unseal_failed"/, 'the failed combinations are audited');
    const text = [...outputs, ...logs, trail.stdout].join('\n');
    for (const s of [...shares, forgeSibling(shares[2]!)]) {
      // Any run of four consecutive words of a share would be a leak.
      const w = s.split(' ');
      for (let i = 0; i + 4 <= w.length; i += 4) assert.ok(!text.includes(w.slice(i, i + 4).join(' ')), 'a share leaked');
    }
  });
});
