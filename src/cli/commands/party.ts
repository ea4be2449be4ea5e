/** party serve|identity|add|list: threshold party nodes and their registration with the coordinator. */
import { pendingAdmin } from './keys.js';
import { resolve } from 'node:path';
import { utf8 } from '../../crypto/bytes.js';
import { ARGON2_DEFAULTS, type Argon2Params } from '../../crypto/argon2.js';
import { type Command, type Invocation, flag, int, requireStr, str } from '../command.js';
import { call } from '../api.js';
import { readSecretText } from '../io.js';
import { chainOptions } from './instance.js';
import { listening } from '../listen.js';

const partyStore = {
  dev: { type: 'boolean', description: 'DEVELOPMENT ONLY: create the party and unseal it from a file next to its data' },
  'kdf-memory-mib': { type: 'string', arg: 'MIB', description: 'new party: Argon2id memory (default 64; lower only for tests)' },
  'kdf-iterations': { type: 'string', arg: 'N', description: 'new party: Argon2id passes (default 3)' },
} as const;

function partyOptions(inv: Invocation) {
  const data = resolve(inv.io.cwd, str(inv.values, 'data') ?? inv.io.env.CUSTOS_DATA ?? 'custos-party');
  const dev = flag(inv.values, 'dev');
  const file = str(inv.values, 'passphrase-file') ?? inv.io.env.CUSTOS_PASSPHRASE_FILE;
  const passphrase = !dev && file ? utf8(readSecretText(inv.io, file, 'passphrase file')) : undefined;
  const mib = int(inv.values, 'kdf-memory-mib', { min: 1, max: 4096 });
  const iterations = int(inv.values, 'kdf-iterations', { min: 1, max: 100 });
  const argon2: Argon2Params | undefined =
    mib !== undefined || iterations !== undefined
      ? {
          memoryKib: (mib ?? ARGON2_DEFAULTS.memoryKib / 1024) * 1024,
          iterations: iterations ?? ARGON2_DEFAULTS.iterations,
          parallelism: ARGON2_DEFAULTS.parallelism,
        }
      : undefined;
  return { data, dev, ...(passphrase ? { passphrase } : {}), ...(argon2 ? { argon2 } : {}), log: (l: string) => inv.io.stderr(`${l}\n`) };
}

export const partyCommands: Command[] = [
  {
    name: 'party serve',
    summary: 'Run a threshold party node: its own store (--data), seal and identity; prints its identity at start.',
    options: {
      listen: { type: 'string', arg: 'HOST:PORT', description: 'address to listen on (default 127.0.0.1:8300)' },
      ...partyStore,
      tokens: { type: 'string', arg: 'FILE', description: "token registry JSON (so EVM facts match the coordinator's)" },
      prices: { type: 'string', arg: 'FILE|URL', description: "USD prices JSON (so EVM value facts match the coordinator's)" },
      'accept-passkey-approvals': {
        type: 'boolean',
        description:
          'count approvals by passkey principals (off by default: the console that obtains them is served by the coordinator, so against a compromised coordinator they are worth what it is; decision 0026)',
      },
    },
    async run(inv) {
      const { partyServe } = await import('../../party/server.js');
      const listen = str(inv.values, 'listen') ?? '127.0.0.1:8300';
      const chains = chainOptions(inv);
      const acceptPasskeyApprovals = inv.values['accept-passkey-approvals'] === true;
      const party = await listening(listen, () => partyServe({ ...partyOptions(inv), listen, chains, acceptPasskeyApprovals }));
      await new Promise<void>((done) => {
        const stop = (sig: string) => {
          inv.io.stderr(`${sig}: stopping the party and sealing...\n`);
          void party.close().then(done, done);
        };
        process.once('SIGINT', () => stop('SIGINT'));
        process.once('SIGTERM', () => stop('SIGTERM'));
      });
      return { json: { stopped: true }, human: 'party stopped (sealed).' };
    },
  },
  {
    name: 'party identity',
    summary: 'Print a party\'s public identity (what "party add --identity" takes); creates the party on first use.',
    options: partyStore,
    async run(inv) {
      const { partyIdentity } = await import('../../party/server.js');
      const id = await partyIdentity(partyOptions(inv));
      return { json: id, human: `${id.identity}\nfingerprint ${id.fingerprint}${id.paired ? ' (paired)' : ''}` };
    },
  },
  {
    name: 'party add',
    summary: 'Register a party with this coordinator by name, URL and identity (it pins this coordinator; governed by the admin quorum).',
    options: {
      name: { type: 'string', arg: 'NAME', description: "the party's name here" },
      url: { type: 'string', arg: 'URL', description: 'where the party listens, e.g. http://10.0.0.2:8300' },
      identity: { type: 'string', arg: 'HEX', description: "the party's identity (custos party identity)" },
    },
    async run(inv) {
      const p = await call(inv, 'party.add', {
        name: requireStr(inv.values, 'name'),
        url: requireStr(inv.values, 'url'),
        identity: requireStr(inv.values, 'identity'),
      });
      if ('request' in p) return pendingAdmin(p);
      return { json: p, human: `Added party ${p.name} (${p.url}, fingerprint ${p.fingerprint}).` };
    },
  },
  {
    name: 'party remove',
    summary: 'Remove a registered party (governed by the admin quorum; refused while a key still has a share there: reshare it out first).',
    options: { name: { type: 'string', arg: 'NAME', description: 'the party to remove' } },
    async run(inv) {
      const r = await call(inv, 'party.remove', { name: requireStr(inv.values, 'name') });
      if ('request' in r) return pendingAdmin(r);
      return { json: r, human: `Removed party ${r.name}.` };
    },
  },
  {
    name: 'party list',
    summary: 'Registered parties: URL, identity fingerprint, reachability, key shares.',
    async run(inv) {
      const all = await call(inv, 'party.list', {});
      const human = all.length
        ? all
            .map((p) => `${p.name.padEnd(16)} ${p.url.padEnd(28)} ${p.fingerprint}  ${p.reachable ? 'reachable' : `UNREACHABLE (${p.error?.message ?? ''})`}`)
            .join('\n')
        : 'no parties';
      return { json: all, human };
    },
  },
];
