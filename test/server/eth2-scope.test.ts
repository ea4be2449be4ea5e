/**
 * Per-principal scoping on the eth2 listener, over real sockets: a validator principal lists and
 * signs with only the BLS keys whose `eth2-scope` tag equals its own (both absent counts as equal).
 * Attack: principal A asks for B's key and gets 404, exactly as for an unknown key, and nothing is
 * stored; positive control: B signs with it. (The planner checks the scope again at execution: the
 * stored payload carries the submitter's scope under the request row's MAC; a duty submitted past the listener for
 * another scope's key is refused by the planner, control: its own key signs.)
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ssz } from '@lodestar/types';
import { TestServer } from '../helpers/server.js';

const FORK_INFO = { fork: { previous_version: '0x00000001', current_version: '0x00000001', epoch: '0' }, genesis_validators_root: `0x${'47'.repeat(32)}` };
const hex = (b: string) => Uint8Array.from(Buffer.from(b.repeat(32), 'hex'));
const attestation = (source: number, target: number) => ({
  type: 'ATTESTATION',
  fork_info: FORK_INFO,
  attestation: ssz.phase0.AttestationData.toJson({
    slot: target * 32,
    index: 0,
    beaconBlockRoot: hex('11'),
    source: { epoch: source, root: hex('22') },
    target: { epoch: target, root: hex('33') },
  }),
});
const POLICY = `rules:
  - name: validator-duties
    effect: allow
    when: principal.role == "validator"
`;

describe('eth2 listener: validator principals see and sign only their scope', () => {
  let t: TestServer;
  const pub: Record<string, string> = {};
  const url = () => t.server.eth2Url!;
  const sign = (pubkey: string, body: unknown) =>
    fetch(`${url()}/api/v1/eth2/sign/${pubkey}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    });
  const listed = async () => (await (await fetch(`${url()}/api/v1/eth2/publicKeys`)).json()) as string[];
  /** Serve the eth2 listener with loopback callers mapped to `name`. */
  const as = async (name: string) => {
    await t.close();
    await t.listen({ eth2Listen: '127.0.0.1:0', eth2InsecureLoopback: name });
  };
  const requests = async () => (await t.server.services.inst.store.driver.get<{ n: number }>('SELECT count(*) AS n FROM requests'))!.n;

  before(async () => {
    t = await TestServer.start({ eth2Listen: '127.0.0.1:0', eth2InsecureLoopback: 'vc-a' });
    await t.principal('vc-a', 'validator', { 'eth2-scope': 'a' });
    await t.principal('vc-b', 'validator', { 'eth2-scope': 'b' });
    await t.principal('vc-none', 'validator');
    await t.admin.call('policy.set', { source: POLICY });
    for (const [name, tags] of [
      ['key-a', { 'eth2-scope': 'a' }],
      ['key-b', { 'eth2-scope': 'b' }],
      ['key-none', {}],
    ] as const) {
      const k = (await t.admin.call('key.create', { name, type: 'bls12-381', tags })) as { publicKey: string };
      pub[name] = `0x${k.publicKey}`;
    }
  });
  after(async () => t?.stop());

  test('publicKeys lists only the caller scope; an unscoped principal sees only unscoped keys', async () => {
    await as('vc-a');
    assert.deepEqual(await listed(), [pub['key-a']]);
    await as('vc-b');
    assert.deepEqual(await listed(), [pub['key-b']]);
    await as('vc-none');
    assert.deepEqual(await listed(), [pub['key-none']]);
  });

  test("attack: principal A cannot sign with B's key (404, nothing stored); control: B signs with it", async () => {
    await as('vc-a');
    const before = await requests();
    const r = await sign(pub['key-b']!, attestation(1, 2));
    assert.equal(r.status, 404);
    assert.equal(((await r.json()) as { code: string }).code, 'E_KEY_NOT_FOUND');
    const unknown = await sign(`0x${'ab'.repeat(48)}`, attestation(1, 2));
    assert.equal(unknown.status, 404, 'the same answer as for a key that does not exist');
    assert.equal(await requests(), before, 'nothing stored');
    assert.equal((await sign(pub['key-a']!, attestation(1, 2))).status, 200, 'A signs with its own key');
    await as('vc-none');
    assert.equal((await sign(pub['key-b']!, attestation(1, 2))).status, 404, 'an unscoped principal does not reach scoped keys');
    await as('vc-b');
    const ok = await sign(pub['key-b']!, attestation(1, 2));
    assert.equal(ok.status, 200, 'positive control: B signs with its key');
    assert.match(((await ok.json()) as { signature: string }).signature, /^0x[0-9a-f]{192}$/);
  });

  test("the planner checks the scope again: a duty planned for B's key under A's scope is refused (control: A's key)", async () => {
    const s = t.server.services;
    const a = await s.principals.byName(s.inst.store.read, 'vc-a');
    const actor = { id: a.id, name: a.name, role: a.role, kind: 'api' as const, tags: a.tags };
    const duty = (key: string) => ({ type: 'eth2', key, pubkey: pub[key]!, body: attestation(7, 8), scope: 'a' });
    await assert.rejects(s.requests.submit(actor, duty('key-b'), {}), (e: { code?: string }) => e.code === 'E_KEY_NOT_FOUND');
    const ok = await s.requests.submit(actor, duty('key-a'), {});
    assert.equal(ok.status, 'signed');
  });
});
