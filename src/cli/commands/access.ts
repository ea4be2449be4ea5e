/** principal create|list|revoke, token create|revoke. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { badInput } from '../../errors.js';
import { generateCredentialKey, writeCredentialFile } from '../../auth/credential.js';
import { PASSKEY_ROLES, parseRole } from '../../access/principals.js';
import { newRegistrationToken, registrationLink } from '../../access/passkeys.js';
import { pendingKey } from '../../auth/webauthn.js';
import { parseTtl } from '../../auth/token.js';
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
      passkey: {
        type: 'boolean',
        description: 'a person with a passkey (WebAuthn): prints a one-time registration link to open in the console instead of writing a credential file',
      },
      'registration-ttl': { type: 'string', arg: 'DURATION', description: 'with --passkey: how long the link works (default 1h, at most 7d)' },
      tag: { type: 'string', multiple: true, arg: 'K=V', description: 'a tag (visible to policy as principal.tags)' },
    },
    async run(inv) {
      const name = requireStr(inv.values, 'name');
      const role = parseRole(requireStr(inv.values, 'role'));
      if (inv.values.passkey === true) {
        if (str(inv.values, 'out') !== undefined || str(inv.values, 'public-key') !== undefined)
          throw usageError('--passkey registers a passkey in the browser: it takes no --out or --public-key');
        if (!PASSKEY_ROLES.includes(role)) throw usageError(`a passkey principal is a person: role ${PASSKEY_ROLES.join(', ')}`);
        const ttlMs = parseTtl(str(inv.values, 'registration-ttl') ?? '1h');
        if (ttlMs > 7 * 24 * 3600_000) throw usageError('--registration-ttl: at most 7d');
        // The token is made here and never sent: the server stores the public key derived from it (decision 0026).
        const { token, regKeyHex } = newRegistrationToken();
        const expiresAtMs = Date.now() + ttlMs;
        const r = await call(inv, 'principal.create', { name, role, publicKey: pendingKey(regKeyHex, expiresAtMs), tags: parseTags(inv.values) });
        const link = registrationLink(serverOf(inv) ?? 'http://127.0.0.1:8200', name, token);
        const expiresAt = new Date(expiresAtMs).toISOString();
        const json = { ...(r as object), registrationLink: link, registrationExpiresAt: expiresAt };
        const open = `Open this link once, in the browser that holds the passkey, before ${expiresAt} (shown only now):\n${link}`;
        if (isPending(r)) return { ...pendingAdmin(r), json, human: `${pendingAdmin(r).human}\n${open}` };
        return { json, human: `Created ${role} ${name} awaiting passkey registration.\n${open}` };
      }
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
