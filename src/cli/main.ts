/**
 * `custos` entry point: finds the command, runs it, prints readable or
 * --json output, and maps errors to one line with a stable code.
 * Exit codes: 0 ok, 1 refused or failed, 2 usage.
 */
import { CustosError, toCustosError } from '../errors.js';
import { type Command, commandHelp, parseInvocation } from './command.js';
import { processIo, type Io } from './io.js';
import { auditCommands } from './commands/audit.js';
import { instanceCommands } from './commands/instance.js';
import { keyCommands } from './commands/keys.js';
import { signCommands } from './commands/sign.js';
import { walletCommands } from './commands/wallets.js';
import { accessCommands } from './commands/access.js';
import { policyCommands } from './commands/policy.js';
import { requestCommands } from './commands/requests.js';
import { storeCommands } from './commands/store.js';
import { partyCommands } from './commands/party.js';

export const COMMANDS: Command[] = [
  ...instanceCommands,
  ...keyCommands,
  ...walletCommands,
  ...signCommands,
  ...requestCommands,
  ...policyCommands,
  ...accessCommands,
  ...auditCommands,
  ...storeCommands,
  ...partyCommands,
];

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length + (c.args ? c.args.length + 1 : 0))) + 2;
  return [
    'custos: key custody and policy-enforced signing',
    '',
    'Usage: custos COMMAND [options]   (custos COMMAND --help for details)',
    '',
    ...COMMANDS.map((c) => `  ${`${c.name}${c.args ? ` ${c.args}` : ''}`.padEnd(width)}${c.summary}`),
    '',
    'Every command takes --data DIR, --json, --debug. Commands that touch key material unseal for their own',
    'duration from --passphrase-file / --share-file (or CUSTOS_PASSPHRASE_FILE / CUSTOS_SHARE_FILES, or a prompt).',
  ].join('\n');
}

function findCommand(argv: string[]): { cmd: Command; rest: string[] } | undefined {
  // Longest match on leading words ("operator rotate-root" before "operator").
  for (const words of [2, 1]) {
    const name = argv.slice(0, words).join(' ');
    const cmd = COMMANDS.find((c) => c.name === name);
    if (cmd) return { cmd, rest: argv.slice(words) };
  }
  return undefined;
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const wantsJson = argv.includes('--json');
  const debug = argv.includes('--debug');
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === 'help' || argv[0] === '-h') {
    io.stdout(`${overview()}\n`);
    return argv.length === 0 ? 2 : 0;
  }
  if (argv[0] === '--version') {
    io.stdout('custos 0.1.0\n');
    return 0;
  }
  const found = findCommand(argv);
  try {
    if (!found) {
      const words = argv.slice(0, 2).filter((a) => !a.startsWith('-')).join(' ');
      throw new CustosError('E_USAGE', `unknown command "${words}" (see "custos --help")`);
    }
    const inv = parseInvocation(found.cmd, found.rest, io);
    if (inv.values.help) {
      io.stdout(`${commandHelp(found.cmd)}\n`);
      return 0;
    }
    const out = await found.cmd.run(inv);
    if (out.raw !== undefined) io.stdout(out.raw);
    else if (wantsJson) io.stdout(`${JSON.stringify(out.json, null, 2)}\n`);
    else io.stdout(`${out.human}\n`);
    return out.exitCode ?? 0;
  } catch (e) {
    const err = toCustosError(e);
    io.stderr(`error: ${err.code}: ${err.message}\n`);
    if (debug) io.stderr(`${(err.cause as Error | undefined)?.stack ?? err.stack}\n`);
    if (wantsJson) io.stdout(`${JSON.stringify({ error: { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) } }, null, 2)}\n`);
    return err.code === 'E_USAGE' ? 2 : 1;
  }
}
