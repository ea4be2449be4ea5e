/**
 * Two paired instances for air-gapped signing tests: the online one a real
 * server (TestServer, HTTP on loopback) plus its CLI in local mode on the
 * same data directory, the offline one only ever run as the CLI in local
 * mode (a Sandbox; no server, no network between the two: files only).
 */
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { Instance } from '../../src/keystore/instance.js';
import { buildServices, type Services } from '../../src/api/services.js';
import { utf8 } from '../../src/crypto/bytes.js';
import { Sandbox } from './cli.js';
import { PASSPHRASE, TestServer, type Principal } from './server.js';

export const OFFLINE_PASSPHRASE = 'offline instance passphrase';

/** Allows the requester bot on cold keys after two approvers (the online policy; the offline one adds a cap). */
export const ONLINE_POLICY = `rules:
  - name: cold-withdrawal
    effect: allow
    when: key.custody == "cold" && principal.name == "bot"
    approvals: { count: 2, from: approver }
  - name: hot
    effect: allow
    when: key.custody == "local"
  - name: validator-duties
    effect: allow
    when: principal.role == "validator"
`;

export const OFFLINE_POLICY = `rules:
  - name: cold-capped
    effect: allow
    when: key.custody == "cold" && principal.name == "bot" && tx.valueEth <= 1.0
    approvals: { count: 2, from: approver }
`;

export interface AirgapPair {
  online: TestServer;
  /** The online instance's CLI, against its server (--server through CUSTOS_ADDR, the admin's credential). */
  onlineCli: Sandbox;
  /** The air-gapped instance: only ever the CLI in local mode. */
  offline: Sandbox;
  bot: Principal;
  approvers: Principal[];
  /** The cold key's Ethereum address as the online instance registered it. */
  address: string;
  file(name: string): string;
  cleanup(): Promise<void>;
}

/** Create both instances, the cold key offline, the same principals and policies on both, and pair them both ways. */
/** `coldKeys`: [name, type, ...extra key create flags] made on the offline instance (default one secp256k1 key, vault). */
export async function airgapPair(
  opts: { offlinePolicy?: string; coldKeys?: string[][]; serve?: Parameters<typeof TestServer.start>[0] } = {},
): Promise<AirgapPair> {
  const online = await TestServer.start(opts.serve);
  const onlineCli = new Sandbox();
  onlineCli.env.CUSTOS_DATA = online.data;
  onlineCli.env.CUSTOS_PASSPHRASE_FILE = onlineCli.file('passphrase', `${PASSPHRASE}\n`);
  const offline = new Sandbox();
  await offline.initPassphrase(OFFLINE_PASSPHRASE);
  for (const [name, type, ...extra] of opts.coldKeys ?? [['vault', 'secp256k1']])
    await offline.ok('key', 'create', name!, '--type', type!, '--custody', 'cold', ...extra);

  // Pairing is local mode on each instance: the online server is stopped meanwhile (its data directory is the CLI's then).
  await online.close();
  const offId = join(offline.dir, 'offline-identity.json');
  await offline.ok('offline', 'identity', '--out', offId);
  await onlineCli.ok('offline', 'pair', offId);
  const onId = join(onlineCli.dir, 'online-identity.json');
  await onlineCli.ok('offline', 'identity', '--out', onId);
  await offline.ok('offline', 'pair', onId);
  await online.listen(opts.serve);
  onlineCli.env.CUSTOS_ADDR = online.url;
  onlineCli.env.CUSTOS_CREDENTIAL = online.adminCredential;

  const bot = await online.principal('bot', 'agent');
  const approvers = [await online.principal('ann', 'approver'), await online.principal('ben', 'approver')];
  for (const p of await online.admin.call('principal.list', {})) {
    if (['bot', 'ann', 'ben'].includes(p.name)) await offline.ok('principal', 'create', '--name', p.name, '--role', p.role, '--public-key', p.publicKey);
  }
  await online.admin.call('policy.set', { source: ONLINE_POLICY });
  await offline.ok('policy', 'set', offline.file('policy.yaml', opts.offlinePolicy ?? OFFLINE_POLICY));

  const first = (opts.coldKeys ?? [['vault', 'secp256k1']])[0]![0]!;
  const address = (await online.admin.call('key.show', { ref: first })).addresses.ethereum ?? '';
  let n = 0;
  return {
    online,
    onlineCli,
    offline,
    bot,
    approvers,
    address,
    file: (name) => join(offline.dir, `${name}-${n++}`),
    async cleanup() {
      await online.stop();
      onlineCli.cleanup();
      offline.cleanup();
    },
  };
}

/** Open the offline instance in this process (unsealed), run `fn` with its services, close it. For tests that play a hostile file author. */
export async function withOfflineServices<T>(offline: Sandbox, fn: (s: Services) => Promise<T>): Promise<T> {
  const inst = await Instance.open({ data: offline.data });
  try {
    await inst.unseal({ passphrase: utf8(OFFLINE_PASSPHRASE) }, 'test');
    return await fn(buildServices(inst));
  } finally {
    await inst.close();
  }
}

/** The offline instance's audit head and signed request count (for "nothing changed" checks), read without unsealing. */
export async function offlineState(offline: Sandbox): Promise<{ seq: number; requests: number }> {
  const inst = await Instance.open({ data: offline.data });
  try {
    const seq = (await inst.store.read.lastEvent())?.seq ?? 0;
    const requests = (await inst.store.read.requests.list({ limit: 1000 })).length;
    return { seq, requests };
  } finally {
    await inst.close();
  }
}

export const readText = (path: string): string => readFileSync(path, 'utf8');
