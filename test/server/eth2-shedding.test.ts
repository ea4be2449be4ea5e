/**
 * Load shedding on the eth2 listener (issue #16): beyond `eth2MaxInFlight` signing requests at once, the
 * listener answers 503 E_OVERLOADED with Retry-After at once, stores nothing and records no slashing data,
 * so an epoch-boundary burst gets answers to retry instead of timeouts. Positive control: the same duties
 * sent one at a time all sign, and a burst within the limit is never shed.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { TestServer } from '../helpers/server.js';

const FORK = {
  fork: { previous_version: '0x04000000', current_version: '0x05000000', epoch: '364032' },
  genesis_validators_root: '0x4b363db94e286120d76eb905340fdd4e54bfe9f06bf33ff6cf5ad27f511bfe95',
};
const ALLOW = 'rules:\n  - name: validator-duties\n    effect: allow\n    when: principal.role == "validator"\n';

/** An attestation for target epoch `target` (source 364100): distinct targets never conflict. */
function vote(target: number): unknown {
  return {
    type: 'ATTESTATION',
    fork_info: FORK,
    attestation: {
      slot: String(target * 32),
      index: '0',
      beacon_block_root: `0x${'11'.repeat(32)}`,
      source: { epoch: '364100', root: `0x${'22'.repeat(32)}` },
      target: { epoch: String(target), root: `0x${'33'.repeat(32)}` },
    },
  };
}

async function startWith(
  maxInFlight: number | undefined,
): Promise<{ t: TestServer; post: (body: unknown) => Promise<Response>; requests: () => Promise<number> }> {
  const t = await TestServer.start({
    eth2Listen: '127.0.0.1:0',
    eth2InsecureLoopback: 'vc',
    ...(maxInFlight !== undefined ? { eth2MaxInFlight: maxInFlight } : {}),
  });
  await t.principal('vc', 'validator');
  await t.admin.call('policy.set', { source: ALLOW });
  const k = await t.admin.call('key.create', { name: 'v1', type: 'bls12-381' });
  const pub = `0x${(k as { versions: { publicKey: string }[] }).versions[0]!.publicKey}`;
  const post = (body: unknown) =>
    fetch(`${t.server.eth2Url!}/api/v1/eth2/sign/${pub}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    });
  const requests = async () => ((await t.admin.call('request.list', { limit: 1000 })) as unknown[]).length;
  return { t, post, requests };
}

describe('eth2 listener: load shedding', () => {
  let shed: Awaited<ReturnType<typeof startWith>>;
  let roomy: Awaited<ReturnType<typeof startWith>>;
  before(async () => {
    shed = await startWith(1);
    roomy = await startWith(undefined);
  });
  after(async () => {
    await shed?.t.stop();
    await roomy?.t.stop();
  });

  test('over the limit: 503 E_OVERLOADED with Retry-After, nothing stored; the same duties then sign one at a time', async () => {
    const before = await shed.requests();
    const targets = Array.from({ length: 48 }, (_, i) => 364101 + i);
    const answers = await Promise.all(targets.map(async (target) => ({ target, r: await shed.post(vote(target)) })));
    const ok = answers.filter((a) => a.r.status === 200);
    const refused = answers.filter((a) => a.r.status !== 200);
    assert.ok(ok.length >= 1, 'some duties signed');
    assert.ok(refused.length >= 1, 'a burst of 48 over a limit of 1 sheds some');
    for (const { r } of refused) {
      assert.equal(r.status, 503);
      assert.equal(r.headers.get('retry-after'), '1');
      const body = (await r.json()) as { code: string; message: string };
      assert.equal(body.code, 'E_OVERLOADED');
      assert.doesNotMatch(JSON.stringify(body), /\n\s+at /);
    }
    assert.equal(await shed.requests(), before + ok.length, 'a shed duty stores no request');
    // Control: sent one at a time, every shed duty signs (nothing was recorded against it).
    for (const { target } of refused) assert.equal((await shed.post(vote(target))).status, 200);
  });

  test('control: the default limit does not shed the same burst', async () => {
    const answers = await Promise.all(Array.from({ length: 48 }, (_, i) => roomy.post(vote(364101 + i))));
    assert.deepEqual(
      answers.map((r) => r.status),
      answers.map(() => 200),
    );
  });
});
