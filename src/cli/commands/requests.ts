/** request list|show|approve|reject|cancel. */
import { CustosError } from '../../errors.js';
import type { RequestView } from '../../requests/service.js';
import { type Command, int, str } from '../command.js';
import { call, clientFor, serverOf } from '../api.js';
import { requestOutput } from './sign.js';

const ID = { args: 'ID', minArgs: 1, maxArgs: 1 } as const;

export const requestCommands: Command[] = [
  {
    name: 'request list',
    summary: 'Signing and admin requests, newest first (agents see their own).',
    options: {
      status: { type: 'string', arg: 'STATUS', description: 'pending | approved | offline | signed | denied | rejected | expired | cancelled | failed' },
      limit: { type: 'string', arg: 'N', description: 'at most N (default 100)' },
    },
    async run(inv) {
      const status = str(inv.values, 'status');
      const limit = int(inv.values, 'limit', { min: 1, max: 1000 });
      const all: RequestView[] = await call(inv, 'request.list', { ...(status ? { status } : {}), ...(limit ? { limit } : {}) });
      const human = all.length
        ? all.map((r) => `${r.id}  ${r.status.padEnd(9)} ${r.kind.padEnd(22)} ${(r.key ?? '').padEnd(16)} ${r.principal}  ${r.createdAt}`).join('\n')
        : 'no requests';
      return { json: all, human };
    },
  },
  {
    name: 'request show',
    summary: 'One request: status, rule, what it waits for, approvals, signature.',
    ...ID,
    async run(inv) {
      const v: RequestView = await call(inv, 'request.show', { id: inv.positionals[0]! });
      const out = requestOutput(v);
      // What it does, in the same words the console shows (src/requests/describe.ts).
      const summary = v.summary ? [`  ${v.summary.title}`, ...v.summary.lines.map((l) => `    ${l.label}: ${l.value}`)] : [];
      return { json: out.json, human: [out.human, ...summary].join('\n') };
    },
  },
  ...(['approve', 'reject'] as const).map((verdict): Command => ({
    name: `request ${verdict}`,
    summary:
      verdict === 'approve'
        ? 'Approve: signs the request digest with your credential key (checked against the request content).'
        : 'Reject (signed like an approval); ends the request.',
    ...ID,
    async run(inv) {
      const server = serverOf(inv);
      if (!server) throw new CustosError('E_USAGE', `approvals are signatures by an approver's credential: give --server URL and --credential FILE`);
      const out = requestOutput(await (await clientFor(inv, server)).decide(inv.positionals[0]!, verdict));
      return { json: out.json, human: out.human };
    },
  })),
  {
    name: 'request cancel',
    summary:
      'Cancel a pending or delayed request (its requester, an admin, or an eligible approver during a delay); threshold parties get the signed cancellation directly.',
    ...ID,
    async run(inv) {
      // Against a server with a credential, the signed cancellation also goes to every threshold party directly.
      const server = serverOf(inv);
      const r = server ? await (await clientFor(inv, server)).cancel(inv.positionals[0]!) : await call(inv, 'request.cancel', { id: inv.positionals[0]! });
      const out = requestOutput(r);
      return { json: out.json, human: out.human };
    },
  },
];
