/**
 * CPU denial of service by one request (issue #12, "bounded work per
 * request"): an agent sends EIP-712 typed-data bombs to a real `custos serve`
 * process while a probe loops on GET /v1/sys/health. For each bomb: the
 * request's status and time, and the probe's worst latency (how long the
 * server's event loop was blocked), under a policy that allows the agent and
 * one that denies it.
 *
 *   npm run build && node --import tsx bench/typed-data-dos.ts          (~1 min)
 *   BENCH_BOMBS=chain node --import tsx bench/typed-data-dos.ts         (only the reproduced 130 KB bomb)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CustosClient } from '../src/client/client.js';
import { generateCredentialKey, readCredentialFile, writeCredentialFile } from '../src/auth/credential.js';
import { startServer } from '../test/helpers/process.js';
import * as bombs from '../test/helpers/typed-data-bombs.js';
import { signTypedWhileProbing } from '../test/helpers/probe.js';

const ALLOW =
  'rules:\n  - name: admins\n    effect: allow\n    when: principal.role == "admin"\n  - name: agent\n    effect: allow\n    when: principal.name == "agent"\n';
const DENY =
  'rules:\n  - name: admins\n    effect: allow\n    when: principal.role == "admin"\n  - name: no-typed-data\n    effect: deny\n    when: request.kind == "evm.typedData"\n';

export interface BombResult {
  name: string;
  bytes: number;
  status: string;
  ms: number;
  probes: number;
  maxProbeMs: number;
}

/** Send one typed-data payload as `client` while probing health; the outcome and the worst probe latency. */
export async function measure(url: string, client: CustosClient, key: string, name: string, typedData: unknown): Promise<BombResult> {
  const r = await signTypedWhileProbing(url, client, key, typedData);
  const status = typeof r.outcome === 'string' ? r.outcome : String((r.outcome as { status: string }).status);
  return { name, bytes: JSON.stringify(typedData).length, status, ms: r.ms, probes: r.probes, maxProbeMs: r.maxProbeMs };
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const only = process.env.BENCH_BOMBS?.split(',');
  const owner = '0x9d8A62f656a8d1615C1294fd71e9CFb3E4855A4F';
  const cases: [string, () => unknown][] = [
    ['chain', () => bombs.chainBomb()],
    ['manyTypes', () => bombs.manyTypesBomb()],
    ['deep', () => bombs.deepBomb(27)],
    ['wide', () => bombs.wideBomb()],
    ['longArray', () => bombs.longArrayBomb()],
    ['bigString', () => bombs.bigStringBomb()],
    ['seaportBulk7', () => bombs.seaportBulkOrder(owner, 7)],
    ['permit2Batch', () => bombs.permit2Batch(owner, 100)],
  ];
  const dir = mkdtempSync(join(tmpdir(), 'custos-bench-dos-'));
  const server = await startServer(['--dev', '--data', join(dir, 'data')], dir);
  try {
    const admin = new CustosClient({ url: server.url, credential: readCredentialFile(join(dir, 'data', 'admin.credential.json')) });
    await admin.call('key.create', { name: 'hot', type: 'secp256k1' });
    const cred = generateCredentialKey();
    await admin.call('principal.create', { name: 'agent', role: 'agent', publicKey: cred.publicKeyHex });
    writeCredentialFile(join(dir, 'agent.json'), { principal: 'agent', role: 'agent', privateKey: cred.privateKey });
    const agent = new CustosClient({ url: server.url, credential: readCredentialFile(join(dir, 'agent.json')) });
    for (const [policyName, policy] of [
      ['allow', ALLOW],
      ['deny', DENY],
    ] as const) {
      await admin.call('policy.set', { source: policy });
      await measure(server.url, agent, 'hot', 'warm-up', bombs.fresh(bombs.permit2Batch(owner, 2))); // first-request costs (JIT, key open) are not the bomb's
      for (const [name, make] of cases) {
        if (only && !only.includes(name)) continue;
        const r = await measure(server.url, agent, 'hot', name, bombs.fresh(make() as bombs.TypedDataJson));
        console.log(
          `${policyName.padEnd(5)} ${r.name.padEnd(13)} ${String(r.bytes).padStart(7)} B  ${r.status.padEnd(12)} ${r.ms.toFixed(0).padStart(6)} ms  health max ${r.maxProbeMs.toFixed(1)} ms over ${r.probes} probes`,
        );
      }
    }
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
