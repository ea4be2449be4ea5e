/** What the README tests share: the shell block under a heading, a free port to run it on, and `custos` on PATH. */
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from './process.js';

/** The first ```sh block under a README heading. */
export function readmeBlock(heading: string): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const at = readme.indexOf(heading);
  assert.ok(at >= 0, `README has "${heading}"`);
  const m = /```sh\n([\s\S]*?)```/.exec(readme.slice(at));
  assert.ok(m, `a sh block under "${heading}"`);
  return m[1]!;
}

/** A port nothing listens on now (the README's 8200 and 9000 may be taken on a developer's machine or by another test). */
export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

/** `DIR/.bin` holding a `custos` that runs this checkout's built bin, as an installed one would: put it first on PATH. */
export function custosOnPath(dir: string): string {
  const bin = join(dir, '.bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'custos'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin', 'custos.js')}" "$@"\n`);
  chmodSync(join(bin, 'custos'), 0o755);
  return bin;
}
