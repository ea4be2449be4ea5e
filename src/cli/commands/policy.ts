/** policy set|show|history|check and list set|show. */
import { CustosError, badInput } from '../../errors.js';
import { type Command, list, str } from '../command.js';
import { call } from '../api.js';
import { readInputFile } from '../io.js';
import { isPending, pendingAdmin } from './keys.js';

export const policyCommands: Command[] = [
  {
    name: 'policy set',
    summary: 'Set a new policy version from a YAML or JSON file (the old one stays in force if it is invalid).',
    args: 'FILE',
    minArgs: 1,
    async run(inv) {
      const source = readInputFile(inv.io, inv.positionals[0]!, 'policy file').toString('utf8');
      const r = await call(inv, 'policy.set', { source });
      if (isPending(r)) return pendingAdmin(r);
      return { json: r, human: `Policy v${r.version} in force (${r.rules} rules, digest ${r.digest.slice(0, 16)}…).` };
    },
  },
  {
    name: 'policy show',
    summary: 'Print the policy in force.',
    async run(inv) {
      const r = await call(inv, 'policy.show', {});
      return {
        json: r,
        human: `# policy v${r.version}${r.createdBy ? ` set by ${r.createdBy} at ${r.createdAt}` : ' (built-in default)'}\n${r.source.trimEnd()}`,
      };
    },
  },
  {
    name: 'policy history',
    summary: 'Every policy version: who set it and when.',
    async run(inv) {
      const all = await call(inv, 'policy.history', {});
      return {
        json: all,
        human: all.length
          ? all.map((p) => `v${p.version}  ${p.createdAt}  ${p.createdBy}  ${p.digest.slice(0, 16)}…`).join('\n')
          : 'no policy set (the built-in default is in force)',
      };
    },
  },
  {
    name: 'policy check',
    summary: 'Dry-run a signing request (JSON: key, message|digest, optional principal, note, tags): decision, rule and facts.',
    args: 'REQUEST.json',
    minArgs: 1,
    async run(inv) {
      let req: Record<string, unknown>;
      try {
        req = JSON.parse(readInputFile(inv.io, inv.positionals[0]!, 'request file').toString('utf8')) as Record<string, unknown>;
      } catch (e) {
        if (e instanceof CustosError) throw e;
        throw badInput('the request file is not valid JSON');
      }
      const r = await call(inv, 'policy.check', req as never);
      const rules = r.explain
        .map(
          (t) =>
            `  ${t.matched ? 'match' : '     '} ${t.effect.padEnd(6)} ${t.rule}${t.firstUnmet ? `  (first unmet: ${t.firstUnmet})` : ''}${t.error ? `  (error: ${t.error})` : ''}`,
        )
        .join('\n');
      const risk = [`risk ${r.risk.score}/100`, ...r.risk.reasons.map((x) => `  ${x.code} (+${x.points}): ${x.message}`)].join('\n');
      return {
        json: r,
        human: `${r.outcome}${r.rule ? ` by rule "${r.rule}"` : ''}: ${'reason' in r.decision ? r.decision.reason : ''}\n${rules}\n${risk}\nfacts: ${JSON.stringify(r.facts)}`,
      };
    },
  },
  {
    name: 'list set',
    summary: 'Replace a named list (allowlist, denylist) used by policy as lists.NAME.',
    args: 'NAME',
    minArgs: 1,
    options: {
      value: { type: 'string', multiple: true, arg: 'V', description: 'a value' },
      file: { type: 'string', arg: 'FILE', description: 'values, one per line' },
    },
    async run(inv) {
      const file = str(inv.values, 'file');
      const values = [
        ...list(inv.values, 'value'),
        ...(file
          ? readInputFile(inv.io, file, 'list file')
              .toString('utf8')
              .split(/\r?\n/)
              .map((l) => l.trim())
              .filter(Boolean)
          : []),
      ];
      const r = await call(inv, 'list.set', { name: inv.positionals[0]!, values });
      if (isPending(r)) return pendingAdmin(r);
      return { json: r, human: `List ${r.list} now has ${r.values} value${r.values === 1 ? '' : 's'}.` };
    },
  },
  {
    name: 'list show',
    summary: 'Print the named lists.',
    async run(inv) {
      const all = await call(inv, 'list.show', {});
      const names = Object.keys(all);
      return { json: all, human: names.length ? names.map((n) => `${n}: ${all[n]!.join(', ')}`).join('\n') : 'no lists' };
    },
  },
];
