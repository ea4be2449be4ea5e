/**
 * The eth2 listener presigns a duty's BLS signature on a worker thread while the duty waits for its
 * transaction (docs/decisions/0035-eth2-presign-worker.md), over real sockets, real blst, SQLite.
 * Every signature is verified with blst against a signing root computed here (consensus-specs
 * compute_domain / compute_signing_root over containers written out with @chainsafe/ssz), never
 * custos's. Attacks, each after a presign of the refused duty has arrived: a double vote answers
 * 412 without a signature, a duty denied by policy answers 403 without one, a key disabled answers
 * 404 without one, and each presign is dropped with the answer. Controls: a duty whose presign
 * arrived is signed with it (counted), byte-identical to the inline signature; the neighbouring
 * duties sign; the key enabled again signs.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ByteVectorType, ContainerType, UintNumberType } from '@chainsafe/ssz';
import { PublicKey, Signature, verify } from '@chainsafe/blst';
import { TestServer } from '../helpers/server.js';
import { FORK_INFO, VALIDATOR_RULES, attestation } from '../helpers/eth2-duties.js';
import { fromHex } from '../../src/crypto/bytes.js';
import { sign as blsSign } from '../../src/crypto/bls.js';
import type { BlsSigner } from '../../src/keystore/bls-pool.js';

// ---- an independent signing-root path (consensus-specs phase0 compute_domain / compute_signing_root) ----
const J = { jsonCase: 'eth2' } as const;
const u64 = new UintNumberType(8);
const b32 = new ByteVectorType(32);
const Checkpoint = new ContainerType({ epoch: u64, root: b32 }, J);
const AttestationData = new ContainerType({ slot: u64, index: u64, beaconBlockRoot: b32, source: Checkpoint, target: Checkpoint }, J);
const ForkData = new ContainerType({ currentVersion: new ByteVectorType(4), genesisValidatorsRoot: b32 }, J);
const SigningData = new ContainerType({ objectRoot: b32, domain: b32 }, J);
const DOMAIN_BEACON_ATTESTER = fromHex('01000000');

function signingRoot(body: { attestation: Record<string, unknown> }): Uint8Array {
  const forkDataRoot = ForkData.hashTreeRoot({
    currentVersion: fromHex(FORK_INFO.fork.current_version.slice(2)),
    genesisValidatorsRoot: fromHex(FORK_INFO.genesis_validators_root.slice(2)),
  });
  const domain = new Uint8Array(32);
  domain.set(DOMAIN_BEACON_ATTESTER);
  domain.set(forkDataRoot.subarray(0, 28), 4);
  return SigningData.hashTreeRoot({ objectRoot: AttestationData.hashTreeRoot(AttestationData.fromJson(body.attestation)), domain });
}

/** Another vote for the same target (a different head block): a double vote of `attestation(target)`. */
function otherVote(target: number) {
  const body = attestation(target);
  return { ...body, attestation: { ...body.attestation, beacon_block_root: `0x${'99'.repeat(32)}` } };
}

const POLICY = `rules:
  - name: no-far-targets
    effect: deny
    when: eth2.type == "ATTESTATION" && eth2.targetEpoch >= 1000
${VALIDATOR_RULES}`;

describe('eth2 listener: presigned duties', () => {
  let t: TestServer;
  let pub: string;
  const keys = () => t.server.services.keys;
  const held = () => t.server.services.inst.secrets.presignCount;
  const send = async (body: unknown) => {
    const r = await fetch(`${t.server.eth2Url!}/api/v1/eth2/sign/${pub}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: r.status, body: (await r.json()) as { code?: string; signature?: string } };
  };
  const verifies = (root: Uint8Array, sig: string) =>
    verify(root, PublicKey.fromBytes(fromHex(pub.slice(2))), Signature.fromBytes(fromHex(sig.slice(2))), true, true);
  const presigned = async (body: { attestation: Record<string, unknown> }) => {
    const ticket = keys().presign('val', signingRoot(body));
    assert.ok(ticket, 'a presign was posted');
    assert.equal(await ticket.arrived, true, 'and arrived');
  };

  before(async () => {
    t = await TestServer.start({ eth2Listen: '127.0.0.1:0', eth2InsecureLoopback: 'vc', blsWorkers: 1, metricsListen: '127.0.0.1:0' });
    await t.principal('vc', 'validator');
    await t.admin.call('policy.set', { source: POLICY });
    pub = `0x${((await t.admin.call('key.create', { name: 'val', type: 'bls12-381' })) as { publicKey: string }).publicKey}`;
    const first = await send(attestation(1)); // the first duty: looked up and signed inline (the key's secret is kept since)
    assert.equal(first.status, 200);
    assert.ok(verifies(signingRoot(attestation(1)), first.body.signature!));
  });
  after(async () => t?.stop());

  test('a duty of a known hot key posts its presign; whichever path signs, the signature verifies on the root computed here', async () => {
    const before = { ...keys().presignCounts };
    const r = await send(attestation(2));
    assert.equal(r.status, 200);
    assert.ok(verifies(signingRoot(attestation(2)), r.body.signature!));
    const c = keys().presignCounts;
    assert.equal(c.posted - before.posted, 1, 'posted when the duty arrived');
    assert.equal(c.used - before.used + (c.inline - before.inline), 1, 'signed once, presigned or inline');
    assert.equal(held(), 0, 'nothing left behind');
  });

  test('a duty whose presign arrived is signed with it, byte-identical to blst on the main thread', async () => {
    await presigned(attestation(3));
    const before = { ...keys().presignCounts };
    const r = await send(attestation(3));
    assert.equal(r.status, 200);
    assert.equal(keys().presignCounts.used - before.used, 1, 'the transaction took the presign');
    assert.ok(verifies(signingRoot(attestation(3)), r.body.signature!));
    const inline = await keys().sign('val', { message: signingRoot(attestation(3)) }, {}, 'test'); // no presign left: inline
    assert.equal(keys().presignCounts.inline - before.inline, 1);
    assert.equal(r.body.signature, `0x${inline.signature}`);
  });

  test('a double vote after its presign arrived: 412, no signature, the presign dropped; control: the next target signs with its presign', async () => {
    assert.equal((await send(attestation(10))).status, 200);
    await presigned(otherVote(10));
    const before = { ...keys().presignCounts };
    const r = await send(otherVote(10));
    assert.deepEqual([r.status, r.body.signature], [412, undefined]);
    assert.equal(keys().presignCounts.used, before.used, 'not taken');
    assert.equal(held(), 0, 'dropped with the answer');
    await presigned(attestation(11));
    const ok = await send(attestation(11));
    assert.equal(ok.status, 200);
    assert.equal(keys().presignCounts.used - before.used, 1);
    assert.ok(verifies(signingRoot(attestation(11)), ok.body.signature!));
  });

  test('a duty denied by policy after its presign arrived: no signature, the presign dropped', async () => {
    await presigned(attestation(1000));
    const before = { ...keys().presignCounts };
    const r = await send(attestation(1000));
    assert.deepEqual([r.status, r.body.code, r.body.signature], [403, 'E_DENIED', undefined]);
    assert.equal(keys().presignCounts.used, before.used);
    assert.equal(held(), 0);
    assert.equal((await send(attestation(12))).status, 200, 'control: an allowed duty signs');
  });

  test('a key disabled after its presign arrived: 404, no signature, the presign dropped; enabled again it signs', async () => {
    await presigned(attestation(20));
    await t.admin.call('key.disable', { name: 'val' });
    assert.equal(held(), 0, 'dropped with the secret at the disable');
    const r = await send(attestation(20));
    assert.deepEqual([r.status, r.body.code, r.body.signature], [404, 'E_KEY_NOT_FOUND', undefined]);
    await t.admin.call('key.enable', { name: 'val' });
    const ok = await send(attestation(20));
    assert.equal(ok.status, 200);
    assert.ok(verifies(signingRoot(attestation(20)), ok.body.signature!));
  });

  test('a duty waits (outside its transaction) for a presign that answers a turn of the event loop later, and is signed with it', async () => {
    // A signer that answers as a worker does, on a later turn of the event loop (not timing-bound: setImmediate).
    let made = 0;
    const later: BlsSigner = {
      sign: (secret, message) => {
        const sig = blsSign(secret, message);
        secret.fill(0);
        made++;
        return { signature: new Promise((r) => setImmediate(() => r(sig))), cancel: () => {} };
      },
      close: async () => {},
    };
    keys().usePresigner(later);
    const before = { ...keys().presignCounts };
    for (const target of [30, 31, 32]) {
      const r = await send(attestation(target));
      assert.equal(r.status, 200);
      assert.ok(verifies(signingRoot(attestation(target)), r.body.signature!));
    }
    assert.equal(made, 3);
    assert.equal(keys().presignCounts.used - before.used, 3, 'every duty was signed with its presign');
    assert.equal(keys().presignCounts.inline - before.inline, 0);
  });

  test('the metrics count the presigns by outcome', async () => {
    const text = await (await fetch(`${t.server.metricsUrl!}/metrics`)).text();
    for (const [outcome, n] of Object.entries(keys().presignCounts))
      assert.match(text, new RegExp(`^custos_bls_presigns\\{outcome="${outcome}"\\} ${n}$`, 'm'));
    assert.ok(keys().presignCounts.used >= 5, 'control: the presigns used above (targets 3, 11, 30-32) are counted');
  });

  // Review (branch psrev): a refused duty's presign, arrived, against every near-copy of its request.
  test('review: a refused double vote, its presign arrived, is not obtainable by a retry, another JSON spelling, the claimed root or a surround vote', async () => {
    assert.equal((await send(attestation(40))).status, 200);
    const bad = otherVote(40);
    const root = `0x${Buffer.from(signingRoot(bad)).toString('hex')}`;
    const reordered = { attestation: { ...bad.attestation }, fork_info: bad.fork_info, type: bad.type }; // other key order
    const claimed = { ...bad, signingRoot: root }; // the client states the (correct) root
    const upper = { ...bad, signingRoot: `0x${root.slice(2).toUpperCase()}` }; // the root in upper-case hex
    const before = { ...keys().presignCounts };
    for (const body of [bad, bad, reordered, claimed, upper]) {
      await presigned(bad);
      const r = await send(body);
      assert.equal(r.body.signature, undefined, JSON.stringify(r.body));
      assert.ok(r.status === 412 || r.status === 400, `refused: ${r.status}`);
      assert.equal(held(), 0, 'dropped with the answer');
    }
    // A surround vote of (39 -> 40): source 38, target 41 surrounds nothing; source 38 -> 41 after 39 -> 40 surrounds it.
    const surround = attestation(41, 38);
    await presigned(surround);
    const sr = await send(surround);
    assert.deepEqual([sr.status, sr.body.signature], [412, undefined]);
    assert.equal(keys().presignCounts.used, before.used, 'no refused presign was ever taken');
    const ok = attestation(42, 40);
    await presigned(ok);
    const r = await send(ok);
    assert.equal(r.status, 200, 'control: an allowed duty signs with its presign');
    assert.equal(keys().presignCounts.used - before.used, 1);
    assert.ok(verifies(signingRoot(ok), r.body.signature!));
  });
});
