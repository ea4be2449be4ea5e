/**
 * A SoftHSM2 of the test's own: a temporary config (SOFTHSM2_CONF) with its
 * own token directory, tokens made by softhsm2-util, never the machine's.
 * SoftHSM2 reads its token directory when the module is initialised, so a
 * test file makes all its tokens before its first PKCS#11 call (spawned
 * processes see the directory as it is when they start).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SOFTHSM_MODULE =
  ['/usr/lib/softhsm/libsofthsm2.so', '/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so'].find((p) => existsSync(p)) ?? '/usr/lib/softhsm/libsofthsm2.so';
export const USER_PIN = 'custos-test-PIN-q7';
const SO_PIN = '975310';

export class SoftHsm {
  readonly dir: string;
  readonly conf: string;
  readonly tokens: string;
  readonly pinFile: string;
  readonly module = SOFTHSM_MODULE;

  /** With `useInProcess`, points this process's SOFTHSM2_CONF at it (before any PKCS#11 call of the file). */
  constructor(opts: { useInProcess?: boolean } = {}) {
    this.dir = mkdtempSync(join(tmpdir(), 'custos-softhsm-'));
    this.tokens = join(this.dir, 'tokens');
    mkdirSync(this.tokens, { mode: 0o700 });
    this.conf = join(this.dir, 'softhsm2.conf');
    writeFileSync(this.conf, `directories.tokendir = ${this.tokens}\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n`);
    this.pinFile = join(this.dir, 'user.pin');
    writeFileSync(this.pinFile, `${USER_PIN}\n`, { mode: 0o600 });
    if (opts.useInProcess) process.env.SOFTHSM2_CONF = this.conf;
  }

  get env(): Record<string, string> {
    return { SOFTHSM2_CONF: this.conf };
  }

  /** Initialise a token in the next free slot with the test PINs; returns its slot id. */
  initToken(label: string): number {
    const out = execFileSync('softhsm2-util', ['--init-token', '--free', '--label', label, '--pin', USER_PIN, '--so-pin', SO_PIN], {
      env: { ...process.env, SOFTHSM2_CONF: this.conf },
      encoding: 'utf8',
    });
    const m = /reassigned to slot (\d+)/.exec(out);
    if (!m) throw new Error(`softhsm2-util did not say the slot: ${out}`);
    return Number(m[1]);
  }

  /** A PIN file with another PIN. */
  wrongPinFile(): string {
    const p = join(this.dir, 'wrong.pin');
    writeFileSync(p, 'wrong-PIN-zz\n', { mode: 0o600 });
    return p;
  }

  private tokenDir(label: string): string {
    const d = readdirSync(this.tokens).find((name) => {
      try {
        return readFileSync(join(this.tokens, name, 'token.object')).includes(Buffer.from(label.padEnd(32, ' ')));
      } catch {
        return false;
      }
    });
    if (!d) throw new Error(`no token "${label}" in ${this.tokens}`);
    return d;
  }

  /** Take a token out (move its directory away); returns a function that puts it back. */
  remove(label: string): () => void {
    const d = this.tokenDir(label);
    const away = join(this.dir, `removed-${d}`);
    renameSync(join(this.tokens, d), away);
    return () => renameSync(away, join(this.tokens, d));
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
