/**
 * Test harness: run `custos` in-process (fast) or as a real process (the
 * built bin), in a temporary directory, and capture its output.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { ROOT, cli } from './process.js';

export { ROOT };

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON (when --json was given and it parsed). */
  json: any;
}

export const VECTORS = join(ROOT, 'test', 'vectors');

/** Cheap Argon2 for tests (explicit option; production defaults are tested once). */
export const TEST_KDF = ['--kdf-memory-mib', '8', '--kdf-iterations', '1'];

export class Sandbox {
  readonly dir: string;
  readonly data: string;
  env: Record<string, string | undefined> = {};

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'custos-test-'));
    this.data = join(this.dir, 'data');
  }

  /** Write a file in the sandbox; returns its path. */
  file(name: string, content: string | Uint8Array): string {
    const p = join(this.dir, name);
    writeFileSync(p, content);
    return p;
  }

  /**
   * Run custos in-process on the sandbox's instance, named by CUSTOS_DATA (not --data: an
   * explicit --data would win over a CUSTOS_ADDR the test sets).
   */
  async run(...args: string[]): Promise<CliResult> {
    let stdout = '';
    let stderr = '';
    const io: Io = {
      stdout: (s) => void (stdout += s),
      stderr: (s) => void (stderr += s),
      env: { CUSTOS_DATA: this.data, ...this.env },
      cwd: this.dir,
      interactive: false,
      promptHidden: async () => {
        throw new Error('no prompt in tests');
      },
    };
    const code = await main(args, io);
    let json: unknown;
    try {
      json = JSON.parse(stdout);
    } catch {
      json = undefined;
    }
    return { code, stdout, stderr, json };
  }

  /** Run, expect exit 0, return parsed --json output. */
  async ok(...args: string[]): Promise<any> {
    const r = await this.run(...args, '--json');
    if (r.code !== 0) throw new Error(`custos ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
    return r.json;
  }

  /** Run, expect failure, return the error code from --json output. */
  async fails(...args: string[]): Promise<{ code: number; error: string; message: string; details?: any }> {
    const r = await this.run(...args, '--json');
    if (r.code === 0) throw new Error(`custos ${args.join(' ')} unexpectedly succeeded: ${r.stdout}`);
    return { code: r.code, error: r.json?.error?.code, message: r.json?.error?.message, details: r.json?.error?.details };
  }

  /** Run the built bin as a real process (no TTY, CI-like) on the sandbox's instance (CUSTOS_DATA, as in run). */
  spawn(args: string[], env: Record<string, string> = {}): CliResult {
    return cli(args, this.dir, { CUSTOS_DATA: this.data, ...env });
  }

  /** A passphrase-sealed instance; returns the passphrase file path. */
  async initPassphrase(passphrase = 'correct horse battery staple'): Promise<string> {
    const pw = this.file('passphrase', `${passphrase}\n`);
    await this.ok('init', '--passphrase-file', pw, ...TEST_KDF);
    this.env.CUSTOS_PASSPHRASE_FILE = pw;
    return pw;
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
