/**
 * Threshold party nodes as real processes (`custos party serve --dev` on
 * 127.0.0.1), each on its own data directory; restartable on the same port.
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { startProcess, type ServerProcess } from './process.js';

export interface PartyProcess {
  name: string;
  dir: string;
  url: string;
  identity: string;
  proc: ServerProcess;
  /** The party's dev passphrase file (to open its store with the CLI, e.g. audit verify). */
  passphraseFile: string;
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Start it again on the same data directory and port. */
  /** On the same port and data; `args` replaces the extra `party serve` arguments it was started with. */
  restart(env?: Record<string, string>, args?: string[]): Promise<void>;
}

const KDF = ['--kdf-memory-mib', '8', '--kdf-iterations', '1'];

/** `args`: more `party serve` options (e.g. --tokens, --prices so EVM facts match the coordinator's). */
export async function startParty(root: string, name: string, env: Record<string, string> = {}, args: string[] = []): Promise<PartyProcess> {
  const dir = join(root, name);
  const argv = (listen: string, a: string[] = args) => ['party', 'serve', '--dev', '--data', dir, '--listen', listen, ...KDF, ...a];
  const first = await startProcess(argv('127.0.0.1:0'), root, env);
  const identity = /party identity: ([0-9a-f]{128})/.exec(first.log())![1]!;
  const port = new URL(first.url).port;
  const p: PartyProcess = {
    name,
    dir,
    url: first.url,
    identity,
    proc: first,
    passphraseFile: join(dir, 'DEV-ONLY-party-passphrase'),
    stop: (signal) => p.proc.stop(signal),
    restart: async (env2 = env, args2 = args) => {
      p.proc = await startProcess(argv(`127.0.0.1:${port}`, args2), root, env2);
    },
  };
  return p;
}

export async function startParties(
  root: string,
  names: string[],
  envFor: (name: string) => Record<string, string> = () => ({}),
  args: string[] = [],
): Promise<PartyProcess[]> {
  return Promise.all(names.map((n) => startParty(root, n, envFor(n), args)));
}

export function devPassphrase(p: PartyProcess): string {
  return readFileSync(p.passphraseFile, 'utf8');
}
