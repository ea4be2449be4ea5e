/** store migrate: copy an instance to another store (SQLite -> PostgreSQL). */
import { resolve } from 'node:path';
import { openStore } from '../../store/store.js';
import { copyStore } from '../../store/copy.js';
import { type Command, requireStr } from '../command.js';
import { progress } from '../io.js';

export const storeCommands: Command[] = [
  {
    name: 'store migrate',
    summary: 'Copy an instance as it is to an empty store (e.g. --from sqlite:PATH --to postgres://...); audit and keys verify there.',
    options: {
      from: { type: 'string', arg: 'URL', description: 'source store: sqlite:PATH (or a path) or postgres://...' },
      to: { type: 'string', arg: 'URL', description: 'target store (empty)' },
    },
    async run(inv) {
      const loc = (s: string) => (/^(postgres(ql)?:|sqlite:)/.test(s) ? s : `sqlite:${resolve(inv.io.cwd, s)}`);
      const from = await openStore(loc(requireStr(inv.values, 'from')));
      try {
        const to = await openStore(loc(requireStr(inv.values, 'to')));
        try {
          const counts = await copyStore(from, to, (t, n) => progress(inv.io, `${t}: ${n} rows`));
          const total = Object.values(counts).reduce((a, b) => a + b, 0);
          return {
            json: { from: from.driver.location, to: to.driver.location, rows: counts },
            human: `Copied ${total} rows from ${from.driver.location} to ${to.driver.location}. Check it: custos audit verify --store ${to.driver.location}`,
          };
        } finally {
          await to.close();
        }
      } finally {
        await from.close();
      }
    },
  },
];
