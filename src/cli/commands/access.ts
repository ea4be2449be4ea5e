/** principal create|list|revoke, token create|revoke. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { badInput } from '../../errors.js';
import { generateCredentialKey, writeCredentialFile } from '../../auth/credential.js';
import { parseRole } from '../../access/principals.js';
import { type Command, requireStr, str, usageError } from '../command.js';
import { call, serverOf } from '../api.js';
import { isPending, parseTags, pendingAdmin } from './keys.js';

export const accessCommands: Command[] = [
  {
    name: 'principal create',
    summary: 'Create a principal: its P-256 key is generated here and written to --out (mode 0600); only the public key is sent.',
    options: {
      name: { type: 'string', arg: 'NAME', description: 'principal name' },
      role: { type: 'string', arg: 'ROLE', description: 'admin | approver | operator | auditor | agent | validator | keymanager | guardian' },
      out: { type: 'string', arg: 'FILE', description: 'credential file to write (must not exist)' },
      'public-key': {
        type: 'string',
        arg: 'HEX',
        description: "instead of --out: register an existing credential's P-256 public key (e.g. the same approver on an air-gapped instance)",
      },
      tag: { type: 'string', multiple: true, arg: 'K=V', description: 'a tag (visible to policy as principal.tags)' },
    },
    async run(inv) {
      const name = requireStr(inv.values, 'name');
      const role = parseRole(requireStr(inv.values, 'role'));
      const given = str(inv.values, 'public-key');
      if (given !== undefined) {
        if (str(inv.values, 'out') !== undefined) throw usageError('give --out (a new credential) or --public-key (an existing one), not both');
        const r = await call(inv, 'principal.create', { name, role, publicKey: given.replace(/^0x/, '').toLowerCase(), tags: parseTags(inv.values) });
        if (isPending(r)) return pendingAdmin(r);
        return { json: r, human: `Created ${role} ${name} with the given public key.` };
      }
      const out = resolve(inv.io.cwd, requireStr(inv.values, 'out'));
      if (existsSync(out)) throw badInput(`${out} exists: refusing to overwrite a credential`, { field: 'out' });
      const { privateKey, publicKeyHex } = generateCredentialKey();
      const r = await call(inv, 'principal.create', { name, role, publicKey: publicKeyHex, tags: parseTags(inv.values) });
      const server = serverOf(inv);
      writeCredentialFile(out, { principal: name, role, privateKey, ...(server ? { server } : {}) });
      if (isPending(r)) return { ...pendingAdmin(r), json: { ...r, credential: out } };
      return { json: { ...r, credential: out }, human: `Created ${role} ${name}; credential written to ${out} (mode 0600).` };
    },
  },
  {
    name: 'principal list',
    summary: 'List principals and their roles.',
    async run(inv) {
      const all = await call(inv, 'principal.list', {});
      return { json: all, human: all.length ? all.map((p) => `${p.name.padEnd(24)} ${p.role.padEnd(9)} ${p.state}`).join('\n') : 'no principals' };
    },
  },
  {
    name: 'principal revoke',
    summary: 'Revoke a principal (and its tokens) at once.',
    args: 'NAME',
    minArgs: 1,
    async run(inv) {
      const r = await call(inv, 'principal.revoke', { name: inv.positionals[0]! });
      if (isPending(r)) return pendingAdmin(r);
      return { json: r, human: `Principal ${r.name} is ${r.state}.` };
    },
  },
  {
    name: 'token create',
    summary: 'A scoped bearer token for an agent (for clients that cannot sign requests); shown once.',
    options: {
      principal: { type: 'string', arg: 'NAME', description: 'the agent or keymanager' },
      ttl: { type: 'string', arg: 'DURATION', description: 'lifetime (default 30d; e.g. 12h, 7d)' },
    },
    async run(inv) {
      const ttl = str(inv.values, 'ttl');
      const r = await call(inv, 'token.create', { principal: requireStr(inv.values, 'principal'), ...(ttl ? { ttl } : {}) });
      return { json: r, human: `${r.token}\n(token ${r.id} for ${r.principal}, expires ${r.expiresAt}; shown only now)` };
    },
  },
  {
    name: 'token revoke',
    summary: 'Revoke a bearer token by id.',
    args: 'ID',
    minArgs: 1,
    async run(inv) {
      const r = await call(inv, 'token.revoke', { id: inv.positionals[0]! });
      return { json: r, human: r.revoked ? `Token ${r.id} revoked.` : `Token ${r.id} was already revoked.` };
    },
  },
];
