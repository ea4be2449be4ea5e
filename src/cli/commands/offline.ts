/**
 * Air-gapped cold signing (docs/custody-tiers.md, decision 0023):
 * `request export` and `request import` on the online instance (local or
 * --server), `offline identity`, `offline pair` and `offline sign` in local
 * mode only (the air-gapped instance never talks to a server).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CustosError } from '../../errors.js';
import { localActor } from '../../access/actor.js';
import { type Command, type Invocation, requireStr } from '../command.js';
import { call, serverOf } from '../api.js';
import { withInstance } from '../context.js';
import { readInputFile } from '../io.js';
import { requestOutput } from './sign.js';
import type { Airgap } from '../../airgap/airgap.js';

const OUT = { out: { type: 'string', arg: 'FILE', description: 'write the file here (refused if it exists)' } } as const;

function writeOut(inv: Invocation, text: string): string {
  const path = resolve(inv.io.cwd, requireStr(inv.values, 'out'));
  try {
    writeFileSync(path, text, { flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') throw new CustosError('E_USAGE', `${path} exists: give another --out`);
    throw e;
  }
  return path;
}

/** Run on the local instance only, unsealed: the air-gapped side never reaches a server. */
async function offlineLocal<T>(inv: Invocation, what: string, fn: (a: Airgap) => Promise<T>): Promise<T> {
  if (serverOf(inv)) throw new CustosError('E_USAGE', `${what} runs in local mode on its instance (--data DIR), never against a server`);
  const { buildServices } = await import('../../api/services.js');
  return withInstance(inv, { unseal: true }, ({ inst }) => fn(buildServices(inst).requests.airgap));
}

export const offlineCommands: Command[] = [
  {
    name: 'request export',
    summary: 'Online: write a cold-key request in status offline to a file for the air-gapped instance (signed by this instance).',
    args: 'ID',
    minArgs: 1,
    maxArgs: 1,
    options: OUT,
    async run(inv) {
      requireStr(inv.values, 'out');
      const r = await call(inv, 'request.export', { id: inv.positionals[0]! });
      const path = writeOut(inv, r.file);
      return {
        json: { requestId: r.requestId, file: path, bytes: r.bytes, exportDigest: r.exportDigest },
        human: `Wrote ${path} (${r.bytes} bytes) for request ${r.requestId}.`,
      };
    },
  },
  {
    name: 'request import',
    summary: "Online: complete a cold-key request with the air-gapped instance's response file (verified here).",
    args: 'FILE',
    minArgs: 1,
    maxArgs: 1,
    async run(inv) {
      const text = readInputFile(inv.io, inv.positionals[0]!, 'response file').toString('utf8');
      const out = requestOutput(await call(inv, 'request.import', { response: text }));
      return { json: out.json, human: out.human };
    },
  },
  {
    name: 'offline identity',
    summary: "Write this instance's identity record (instance id, identity key, cold keys) for `offline pair` on the other instance.",
    options: OUT,
    async run(inv) {
      requireStr(inv.values, 'out');
      const id = await offlineLocal(inv, 'offline identity', (a) => a.peers.identity());
      const path = writeOut(inv, `${JSON.stringify({ body: id.body, signature: id.signature }, null, 2)}\n`);
      return {
        json: { file: path, instanceId: id.body.instanceId, fingerprint: id.fingerprint, keys: id.body.keys.map((k) => k.name) },
        human: `Wrote ${path}: instance ${id.body.instanceId}, fingerprint ${id.fingerprint}, ${id.body.keys.length} cold key(s). Compare the fingerprint when pairing.`,
      };
    },
  },
  {
    name: 'offline pair',
    summary: "Pin the other instance's identity key from its identity record and register the cold keys it lists (compare the fingerprint).",
    args: 'FILE',
    minArgs: 1,
    maxArgs: 1,
    async run(inv) {
      const text = readInputFile(inv.io, inv.positionals[0]!, 'identity file').toString('utf8');
      const r = await offlineLocal(inv, 'offline pair', (a) => a.peers.pair(text, localActor().name));
      return {
        json: r,
        human: `Paired with instance ${r.instanceId} (fingerprint ${r.fingerprint}).${r.registered.length ? ` Registered cold keys: ${r.registered.join(', ')}.` : ''}`,
      };
    },
  },
  {
    name: 'offline sign',
    summary: 'Air-gapped: check an exported request (signature, digest, own policy, approvals, time-lock), sign it with the cold key, write the response.',
    args: 'FILE',
    minArgs: 1,
    maxArgs: 1,
    options: OUT,
    async run(inv) {
      requireStr(inv.values, 'out');
      const text = readInputFile(inv.io, inv.positionals[0]!, 'request file').toString('utf8');
      const r = await offlineLocal(inv, 'offline sign', (a) => a.offline.sign(localActor(), text));
      const path = writeOut(inv, r.file);
      const { file: _f, ...rest } = r;
      return {
        json: { ...rest, file: path },
        human: `Signed request ${r.requestId} (policy v${r.policyVersion}, rule ${r.rule ?? '-'}, approvers: ${r.approvers.join(', ') || 'none'}); wrote ${path} (${r.bytes} bytes).`,
      };
    },
  },
];
