/**
 * `custos` entry point: finds the command, runs it, prints readable or
 * --json output, and maps errors to one line with a stable code.
 * Exit codes: 0 ok, 1 refused or failed, 2 usage.
 */
import { CustosError, toCustosError } from '../errors.js';
import { type Command, GLOBAL_OPTIONS, closest, commandHelp, parseInvocation } from './command.js';
import { processIo, type Io } from './io.js';
import { auditCommands } from './commands/audit.js';
import { instanceCommands } from './commands/instance.js';
import { keyCommands } from './commands/keys.js';
import { signCommands } from './commands/sign.js';
import { signChainCommands } from './commands/sign-chains.js';
import { walletCommands } from './commands/wallets.js';
import { accessCommands } from './commands/access.js';
import { policyCommands } from './commands/policy.js';
import { riskCommands } from './commands/risk.js';
import { webhookCommands } from './commands/webhooks.js';
import { recoveryCommands } from './commands/recovery.js';
import { safeCommands } from './commands/safes.js';
import { requestCommands } from './commands/requests.js';
import { offlineCommands } from './commands/offline.js';
import { storeCommands } from './commands/store.js';
import { eth2Commands } from './commands/eth2.js';
import { partyCommands } from './commands/party.js';
import { VERSION } from '../version.js';

export const COMMANDS: Command[] = [
  ...instanceCommands,
  ...keyCommands,
  ...walletCommands,
  ...signCommands,
  ...signChainCommands,
  ...requestCommands,
  ...offlineCommands,
  ...policyCommands,
  ...riskCommands,
  ...webhookCommands,
  ...recoveryCommands,
  ...safeCommands,
  ...accessCommands,
  ...auditCommands,
  ...storeCommands,
  ...eth2Commands,
  ...partyCommands,
];

function commandLine(c: Command): string {
  return `${c.name}${c.args ? ` ${c.args}` : ''}`;
}

function table(cmds: Command[]): string[] {
  const width = Math.max(...cmds.map((c) => commandLine(c).length)) + 2;
  return cmds.map((c) => `  ${commandLine(c).padEnd(width)}${c.summary}`);
}

function overview(): string {
  return [
    'custos: key custody and policy-enforced signing',
    '',
    'Usage: custos [global options] COMMAND [options]   (custos COMMAND --help, custos GROUP --help for details)',
    '',
    ...table(COMMANDS),
    '',
    'Global options (anywhere on the line): --data DIR, --store URL, --server URL, --credential FILE, --json, --debug,',
    '--passphrase-file FILE, --share-file FILE, --help. An explicit --data or --store wins over $CUSTOS_ADDR; --server',
    'with --data is refused. Commands that touch key material unseal for their own duration from --passphrase-file /',
    '--share-file (or CUSTOS_PASSPHRASE_FILE / CUSTOS_SHARE_FILES, or a prompt).',
  ].join('\n');
}

/** The commands of a group ("key" -> key create, key list, ...). */
function groupOf(word: string): Command[] {
  return COMMANDS.filter((c) => c.name.startsWith(`${word} `));
}

function groupHelp(word: string): string {
  return [
    `Usage: custos ${word} COMMAND [options]   (custos ${word} COMMAND --help for its options)`,
    '',
    ...table(groupOf(word)),
    '',
    'Global options: see "custos --help".',
  ].join('\n');
}

/** The leading words that may name a command: the first three arguments that are neither a global option nor its value. */
interface Located {
  /** Indices into argv of the candidate command words. */
  at: number[];
  words: string[];
  /** The first option that is not a global one, when it came before the words were complete. */
  stop?: string;
}

function locateWords(argv: string[]): Located {
  const at: number[] = [];
  let stop: string | undefined;
  for (let i = 0; i < argv.length && at.length < 3; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a.startsWith('-')) {
      const name = a === '-h' ? 'help' : a.replace(/^--?/, '').split('=')[0]!;
      const spec = GLOBAL_OPTIONS[name];
      // A command's own option ends the words: what follows belongs to the command.
      if (!spec) {
        stop = a.split('=')[0];
        break;
      }
      if (spec.type === 'string' && !a.includes('=')) i++;
      continue;
    }
    at.push(i);
  }
  return { at, words: at.map((i) => argv[i]!), ...(stop ? { stop } : {}) };
}

/** Find the command anywhere among global options: longest match on the leading words ("operator rotate-root" before "operator"). */
function findCommand(argv: string[]): { cmd: Command; rest: string[] } | undefined {
  const { at, words } = locateWords(argv);
  for (const n of [3, 2, 1]) {
    if (words.length < n) continue;
    const name = words.slice(0, n).join(' ');
    const cmd = COMMANDS.find((c) => c.name === name);
    if (cmd) {
      const used = new Set(at.slice(0, n));
      return { cmd, rest: argv.filter((_, i) => !used.has(i)) };
    }
  }
  return undefined;
}

/** Why no command matched, with the nearest real one. */
function unknownCommand(words: string[]): CustosError {
  const [first = '', second] = words;
  const group = groupOf(first);
  if (group.length && second !== undefined) {
    const near = closest(
      `${first} ${second}`,
      group.map((c) => c.name),
    );
    return new CustosError('E_USAGE', `unknown command "${first} ${second}"${near ? `; did you mean "${near}"?` : ''} (see "custos ${first} --help")`);
  }
  const groups = [...new Set(COMMANDS.map((c) => c.name.split(' ')[0]!))];
  const input = words.join(' ');
  const near =
    (words.length === 2
      ? closest(
          input,
          COMMANDS.map((c) => c.name),
        )
      : undefined) ?? closest(first, groups);
  return new CustosError('E_USAGE', `unknown command "${input}"${near ? `; did you mean "${near}"?` : ''} (see "custos --help")`);
}

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const wantsJson = argv.includes('--json');
  const debug = argv.includes('--debug');
  if (argv[0] === '--version') {
    io.stdout(`custos ${VERSION}\n`);
    return 0;
  }
  // "custos help [GROUP [COMMAND]]" is "custos [GROUP [COMMAND]] --help".
  if (argv[0] === 'help') argv = [...argv.slice(1), '--help'];
  const helpAsked = argv.includes('--help') || argv.includes('-h');
  const found = findCommand(argv);
  try {
    if (!found) {
      const { words, stop } = locateWords(argv);
      if (stop && !helpAsked) {
        throw new CustosError('E_USAGE', `${stop} is not a global option: give it after the command it belongs to (see "custos --help")`);
      }
      if (words.length === 0) {
        io.stdout(`${overview()}\n`);
        return helpAsked ? 0 : 2;
      }
      if (words.length === 1 && groupOf(words[0]!).length) {
        io.stdout(`${groupHelp(words[0]!)}\n`);
        return helpAsked ? 0 : 2;
      }
      throw unknownCommand(words);
    }
    const inv = parseInvocation(found.cmd, found.rest, io);
    if (inv.values.help) {
      // A command that also heads a group ("sign", "sign evm", ...) lists the group's commands after its own help.
      const sub = groupOf(found.cmd.name);
      io.stdout(`${commandHelp(found.cmd)}\n${sub.length ? `\nMore ${found.cmd.name} commands:\n${table(sub).join('\n')}\n` : ''}`);
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
    if (wantsJson)
      io.stdout(`${JSON.stringify({ error: { code: err.code, message: err.message, ...(err.details ? { details: err.details } : {}) } }, null, 2)}\n`);
    return err.code === 'E_USAGE' ? 2 : 1;
  }
}
