/** risk rebuild|freezes, key unfreeze, principal unfreeze (docs/risk.md). */
import type { Command } from '../command.js';
import { call } from '../api.js';
import { isPending, pendingAdmin } from './keys.js';

const NAME_ARG = { args: 'NAME', minArgs: 1, maxArgs: 1 } as const;

export const riskCommands: Command[] = [
  {
    name: 'risk rebuild',
    summary: 'Rebuild the risk baselines (per key and principal) from the signed history.',
    async run(inv) {
      const r = await call(inv, 'risk.rebuild', {});
      return { json: r, human: `Risk baselines rebuilt from ${r.requests} signed request(s).` };
    },
  },
  {
    name: 'risk freezes',
    summary: 'Keys and principals frozen by policy freeze rules.',
    async run(inv) {
      const r = await call(inv, 'risk.freezes', {});
      return {
        json: r,
        human: r.length
          ? r.map((f) => `${f.scope} ${f.subject}: frozen by rule "${f.rule}" (request ${f.requestId}) at ${f.createdAt}`).join('\n')
          : 'Nothing is frozen.',
      };
    },
  },
  {
    name: 'key unfreeze',
    summary: 'Lift a policy freeze of a key and enable it again (governed by the admin quorum).',
    ...NAME_ARG,
    async run(inv) {
      const r = await call(inv, 'key.unfreeze', { name: inv.positionals[0]! });
      if (isPending(r)) return pendingAdmin(r);
      return { json: r, human: `Key ${r.name} is no longer frozen and may sign again.` };
    },
  },
  {
    name: 'principal unfreeze',
    summary: 'Lift a policy freeze of a principal (governed by the admin quorum).',
    ...NAME_ARG,
    async run(inv) {
      const r = await call(inv, 'principal.unfreeze', { name: inv.positionals[0]! });
      if (isPending(r)) return pendingAdmin(r);
      return { json: r, human: `Principal ${r.name} is no longer frozen.` };
    },
  },
];
