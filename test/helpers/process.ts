/** Real processes for end-to-end tests: a `custos serve` child and CLI invocations of the built bin. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerProcess {
  url: string;
  proc: ChildProcess;
  log: () => string;
  /** Graceful stop (SIGTERM) or a crash (SIGKILL); resolves when the process is gone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export const BIN = join(ROOT, 'bin', 'custos.js');

export function startServer(args: string[], cwd: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  return startProcess(['serve', '--listen', '127.0.0.1:0', ...args], cwd, env);
}

/** Start a long-running `custos` subcommand; resolves once it logs "listening on URL". */
export function startProcess(argv: string[], cwd: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const proc = spawn(process.execPath, [BIN, ...argv], { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout!.on('data', (d) => (out += String(d)));
  proc.stderr!.on('data', (d) => (out += String(d)));
  const exited = new Promise<void>((res) => proc.once('exit', () => res()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${argv[0]} did not start:\n${out}`)), 20_000);
    const check = () => {
      const m = /listening on (https?:\/\/127\.0\.0\.1:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({
          url: m[1]!,
          proc,
          log: () => out,
          stop: async (signal = 'SIGTERM') => {
            if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
            await exited;
          },
        });
      }
    };
    proc.stdout!.on('data', check);
    proc.stderr!.on('data', check);
    proc.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${argv[0]} exited (${code}):\n${out}`));
    });
  });
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  json: any;
}

/** Run the built `custos` CLI as a real process. */
export function cli(args: string[], cwd: string, env: Record<string, string> = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { PATH: process.env.PATH ?? '', HOME: cwd, ...env }, encoding: 'utf8', input: '' });
  let json: unknown;
  try {
    json = JSON.parse(r.stdout);
  } catch {
    json = undefined;
  }
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, json };
}
