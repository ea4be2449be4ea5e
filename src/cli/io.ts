/**
 * The CLI's view of the outside world (streams, environment, prompts), so
 * commands run the same in a terminal, a script, or an in-process test.
 */
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { CustosError, badInput } from '../errors.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Whether a person is at the terminal (prompts and progress allowed). */
  interactive: boolean;
  /** Ask for a hidden value (passphrase, share). Only called when interactive. */
  promptHidden: (question: string) => Promise<string>;
}

export function processIo(): Io {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    env: process.env,
    cwd: process.cwd(),
    interactive: Boolean(process.stdin.isTTY && process.stderr.isTTY) && process.env.CI !== 'true',
    promptHidden: promptHiddenTty,
  };
}

async function promptHiddenTty(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const out = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
  let muted = false;
  out._writeToOutput = (s: string) => {
    if (!muted) process.stderr.write(s);
  };
  try {
    return await new Promise<string>((res) => {
      rl.question(question, (answer) => res(answer));
      muted = true;
    });
  } finally {
    process.stderr.write('\n');
    rl.close();
  }
}

/** Largest secret or document file custos reads (keystores, mnemonics, payloads). */
const MAX_FILE = 16 * 1024 * 1024;

export function readInputFile(io: Io, path: string, what: string): Buffer {
  const full = resolve(io.cwd, path);
  try {
    const st = statSync(full);
    if (!st.isFile()) throw badInput(`${what} ${path} is not a file`, { field: what });
    if (st.size > MAX_FILE) throw badInput(`${what} ${path} is larger than 16 MiB`, { field: what });
    return readFileSync(full);
  } catch (e) {
    if (e instanceof CustosError) throw e;
    throw badInput(`cannot read ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`, { field: what });
  }
}

/** A secret held in a text file: the content without one trailing newline. */
export function readSecretText(io: Io, path: string, what: string): string {
  return readInputFile(io, path, what)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/**
 * A configuration file the operator named (token registry, prices, TLS
 * certificate): its absolute path, or E_CONFIG naming the file and the cause
 * when it is missing, not a file or unreadable. Checked before anything starts.
 */
export function configFile(io: Io, path: string, what: string): string {
  const full = resolve(io.cwd, path);
  let why: string | undefined;
  try {
    if (!statSync(full).isFile()) why = 'not a file';
    else accessSync(full, constants.R_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (code ?? 'unreadable');
  }
  if (why) throw new CustosError('E_CONFIG', `${what} ${path}: ${why}`, { file: full, option: what });
  return full;
}

export function progress(io: Io, message: string): void {
  if (io.interactive) io.stderr(`${message}\n`);
}
