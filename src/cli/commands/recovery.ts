/** recovery propose: guardians recover lost admins (src/requests/recovery.ts, docs/operations.md). */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { badInput } from '../../errors.js';
import { generateCredentialKey, writeCredentialFile } from '../../auth/credential.js';
import { checkName } from '../../validate.js';
import { type Command, requireStr } from '../command.js';
import { call, serverOf } from '../api.js';

const list = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : []);

export const recoveryCommands: Command[] = [
  {
    name: 'recovery propose',
    summary:
      'As a guardian, propose new admins (and the revocation of lost ones). Each new admin\'s P-256 key is generated here and written to --out-dir/NAME.json (mode 0600); it executes after the other guardians approve ("custos request approve ID") and the policy time-lock passes, unless an admin cancels it.',
    options: {
      admin: { type: 'string', multiple: true, arg: 'NAME', description: 'a new admin principal (repeat for several)' },
      revoke: { type: 'string', multiple: true, arg: 'NAME', description: 'a lost admin to revoke when the recovery executes (repeat for several)' },
      'out-dir': { type: 'string', arg: 'DIR', description: "where to write the new admins' credential files (NAME.json; none may exist)" },
    },
    async run(inv) {
      const names = list(inv.values.admin).map((n) => checkName(n, 'admin'));
      if (names.length === 0) throw badInput('name at least one new admin: --admin NAME', { field: 'admin' });
      const dir = resolve(inv.io.cwd, requireStr(inv.values, 'out-dir'));
      const files = names.map((n) => join(dir, `${n}.json`));
      for (const f of files) if (existsSync(f)) throw badInput(`${f} exists: refusing to overwrite a credential`, { field: 'out-dir' });
      const keys = names.map(() => generateCredentialKey());
      const r = await call(inv, 'recovery.propose', {
        admins: names.map((name, i) => ({ name, publicKey: keys[i]!.publicKeyHex })),
        revoke: list(inv.values.revoke),
      });
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      const server = serverOf(inv);
      names.forEach((principal, i) =>
        writeCredentialFile(files[i]!, { principal, role: 'admin', privateKey: keys[i]!.privateKey, ...(server ? { server } : {}) }),
      );
      return {
        json: { ...r, credentials: files },
        human: [
          `Recovery proposed as request ${r.id} (${r.status}): ${r.reason}`,
          r.status === 'pending'
            ? `The other guardians approve it with: custos request approve ${r.id}`
            : `It executes at ${r.waitingFor?.notBefore ?? '?'} unless an admin cancels it.`,
          `New admins' credentials (hand each to its admin; valid once the recovery executes): ${files.join(', ')}`,
        ].join('\n'),
      };
    },
  },
];
