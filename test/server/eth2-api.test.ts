/**
 * The eth2 remote-signing listener (#16) end to end, over real sockets: every Web3Signer request
 * type signed through HTTP and verified with blst against a signing root custos did not compute
 * (Web3Signer's own examples' roots; the mainnet-preset sync-committee contribution through
 * containers written out here with @chainsafe/ssz and compute_domain / compute_signing_root by
 * hand), JSON and text answers, 404/400/412, slashing refusals with their positive controls,
 * concurrent duplicate attestations (exactly one signed), policy over duties (DEPOSIT denied,
 * VOLUNTARY_EXIT after an approval, registrations only to allowlisted fee recipients), the
 * listener's isolation from the admin API and the loopback mapping's refusal off loopback.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BitVectorType, ByteVectorType, ContainerType, UintNumberType } from '@chainsafe/ssz';
import { PublicKey, Signature, verify } from '@chainsafe/blst';
import { TestServer, type Principal } from '../helpers/server.js';
import { serve } from '../../src/server/serve.js';
import { cli } from '../helpers/process.js';

const FILE = join(import.meta.dirname, '../vectors/web3signer_openapi/openapi-specs/eth2/signing/paths/sign.yaml');
const EXAMPLES = Object.entries<{ value: Record<string, unknown> }>(parse(readFileSync(FILE, 'utf8')).post.requestBody.content['application/json'].examples);
// Full blocks and the contribution use the minimal preset; BLOCK and AGGREGATE_AND_PROOF (deprecated) are not served;
// the ELECTRA/FULU aggregate examples' roots are not mainnet-preset ones (see test/chains/eth2/web3signer-examples.test.ts).
const LEFT_OUT =
  /^(BLOCK_V2 \((PHASE 0|ALTAIR)\)|BLOCK \(DEPRECATED\)|SYNC_COMMITTEE_CONTRIBUTION_AND_PROOF|AGGREGATE_AND_PROOF_V2 \((ELECTRA|FULU)\)|AGGREGATE_AND_PROOF \(DEPRECATED\))$/;
const USED = EXAMPLES.filter(([n]) => !LEFT_OUT.test(n));

// ---- an independent signing-root path (consensus-specs phase0 compute_domain / compute_signing_root) ----
const J = { jsonCase: 'eth2' } as const;
const u64 = new UintNumberType(8);
const b32 = new ByteVectorType(32);
const Checkpoint = new ContainerType({ epoch: u64, root: b32 }, J);
const AttestationData = new ContainerType({ slot: u64, index: u64, beaconBlockRoot: b32, source: Checkpoint, target: Checkpoint }, J);
const BeaconBlockHeader = new ContainerType({ slot: u64, proposerIndex: u64, parentRoot: b32, stateRoot: b32, bodyRoot: b32 }, J);
const SyncCommitteeContribution = new ContainerType(
  { slot: u64, beaconBlockRoot: b32, subcommitteeIndex: u64, aggregationBits: new BitVectorType(512 / 4), signature: new ByteVectorType(96) },
  J,
);
const ContributionAndProof = new ContainerType({ aggregatorIndex: u64, contribution: SyncCommitteeContribution, selectionProof: new ByteVectorType(96) }, J);
const ForkData = new ContainerType({ currentVersion: new ByteVectorType(4), genesisValidatorsRoot: b32 }, J);
const SigningData = new ContainerType({ objectRoot: b32, domain: b32 }, J);
const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/^0x/, ''), 'hex'));
const FORK_INFO = EXAMPLES.find(([n]) => n === 'ATTESTATION')![1].value.fork_info as {
  fork: { previous_version: string; current_version: string; epoch: string };
  genesis_validators_root: string;
};
function rootOf(domainType: string, objectRoot: Uint8Array): string {
  const fdr = ForkData.hashTreeRoot({ currentVersion: hex(FORK_INFO.fork.current_version), genesisValidatorsRoot: hex(FORK_INFO.genesis_validators_root) });
  const domain = new Uint8Array(32);
  domain.set(hex(domainType));
  domain.set(fdr.subarray(0, 28), 4);
  return `0x${Buffer.from(SigningData.hashTreeRoot({ objectRoot, domain })).toString('hex')}`;
}
const attestation = (source: number, target: number, blockByte = '11') => {
  const a = {
    slot: target * 32,
    index: 0,
    beaconBlockRoot: hex(blockByte.repeat(32)),
    source: { epoch: source, root: hex('22'.repeat(32)) },
    target: { epoch: target, root: hex('33'.repeat(32)) },
  };
  return {
    body: { type: 'ATTESTATION', fork_info: FORK_INFO, attestation: AttestationData.toJson(a) },
    root: rootOf('0x01000000', AttestationData.hashTreeRoot(a)),
  };
};
const header = (slot: number, bodyByte = '44') => {
  const h = { slot, proposerIndex: 5, parentRoot: hex('01'.repeat(32)), stateRoot: hex('02'.repeat(32)), bodyRoot: hex(bodyByte.repeat(32)) };
  return {
    body: { type: 'BLOCK_V2', fork_info: FORK_INFO, beacon_block: { version: 'DENEB', block_header: BeaconBlockHeader.toJson(h) } },
    root: rootOf('0x00000000', BeaconBlockHeader.hashTreeRoot(h)),
  };
};

function verifies(pubkey: string, root: string, signature: string): boolean {
  return verify(hex(root), PublicKey.fromBytes(hex(pubkey)), Signature.fromBytes(hex(signature)), true, true);
}

const ALLOW_ALL = `rules:
  - name: validator-duties
    effect: allow
    when: principal.role == "validator"
`;
const DUTY_POLICY = `rules:
  - name: no-deposits
    effect: deny
    when: eth2.type == "DEPOSIT"
  - name: exits-need-an-approval
    effect: allow
    when: principal.role == "validator" && eth2.type == "VOLUNTARY_EXIT"
    approvals: { count: 1, from: approver }
  - name: registrations-to-our-fee-recipients
    effect: allow
    when: principal.role == "validator" && eth2.type == "VALIDATOR_REGISTRATION" && eth2.feeRecipient in lists.fee_recipients
  - name: no-other-registrations
    effect: deny
    when: eth2.type == "VALIDATOR_REGISTRATION" && !(eth2.feeRecipient in lists.fee_recipients)
  - name: validator-duties
    effect: allow
    when: principal.role == "validator"
`;

describe('eth2 listener: Web3Signer API over HTTP', () => {
  let t: TestServer;
  let eth2: string;
  let approver: Principal;
  let agent: Principal;
  let validator: Principal;
  const keys = new Map<string, string>(); // key name -> 0x public key

  const post = (pubkey: string, body: unknown, accept = 'application/json') =>
    fetch(`${eth2}/api/v1/eth2/sign/${pubkey}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  async function newKey(name: string): Promise<string> {
    const k = await t.admin.call('key.create', { name, type: 'bls12-381' });
    const pub = `0x${(k as { versions: { publicKey: string }[] }).versions[0]!.publicKey}`;
    keys.set(name, pub);
    return pub;
  }

  before(async () => {
    t = await TestServer.start({ eth2Listen: '127.0.0.1:0', eth2InsecureLoopback: 'vc', eth2GenesisForkVersion: '0x00000001' });
    eth2 = t.server.eth2Url!;
    validator = await t.principal('vc', 'validator');
    approver = await t.principal('alice', 'approver');
    agent = await t.principal('bot', 'agent');
    await t.admin.call('policy.set', { source: ALLOW_ALL });
  });
  after(async () => {
    await t?.stop();
  });

  test('every request type signs over HTTP; each signature verifies under blst against a root custos did not compute', async () => {
    assert.equal(USED.length, 18);
    for (const [name, { value }] of USED) {
      const pub = await newKey(`ex-${keys.size}`); // one key per example: the block examples share slot 0
      const { signingRoot, ...body } = value as { signingRoot: string };
      const r = await post(pub, body);
      assert.equal(r.status, 200, `${name}: ${await r.clone().text()}`);
      assert.match(r.headers.get('content-type') ?? '', /application\/json/);
      const { signature } = (await r.json()) as { signature: string };
      assert.match(signature, /^0x[0-9a-f]{192}$/, name);
      assert.ok(verifies(pub, signingRoot, signature), `${name}: the signature verifies against Web3Signer's signing root`);
    }
    // SYNC_COMMITTEE_CONTRIBUTION_AND_PROOF (mainnet preset), root from the containers written out above.
    const pub = await newKey('contribution');
    const c = {
      aggregatorIndex: 11,
      contribution: {
        slot: 3300,
        beaconBlockRoot: hex('44'.repeat(32)),
        subcommitteeIndex: 1,
        aggregationBits: SyncCommitteeContribution.fields.aggregationBits.defaultValue(),
        signature: new Uint8Array(96),
      },
      selectionProof: new Uint8Array(96),
    };
    c.contribution.aggregationBits.set(5, true);
    const r = await post(
      pub,
      { type: 'SYNC_COMMITTEE_CONTRIBUTION_AND_PROOF', fork_info: FORK_INFO, contribution_and_proof: ContributionAndProof.toJson(c) },
      'text/plain',
    );
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type') ?? '', /text\/plain/);
    assert.ok(verifies(pub, rootOf('0x09000000', ContributionAndProof.hashTreeRoot(c)), await r.text()));
  });

  test('JSON or text by the Accept header; the supplied signingRoot may agree', async () => {
    const pub = await newKey('accept');
    const a = attestation(1, 2);
    const asText = await post(pub, { ...a.body, signingRoot: a.root }, 'text/plain');
    assert.equal(asText.status, 200);
    const sig = await asText.text();
    assert.ok(verifies(pub, a.root, sig));
    const noAccept = await fetch(`${eth2}/api/v1/eth2/sign/${pub}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(a.body),
    });
    assert.equal(noAccept.status, 200);
    assert.equal(await noAccept.text(), sig, 'the same duty again is a repeat: the same signature');
  });

  test('slashing protection over HTTP: double vote, surround votes and double proposal are 412, each after a positive control', async () => {
    const pub = await newKey('slashing');
    const first = attestation(10, 11);
    const before = await t.auditEvents();
    const ok = await post(pub, first.body);
    assert.equal(ok.status, 200);
    assert.equal(await t.auditEvents(), before + 1, 'a routine duty is one audit event');
    const ev = (await t.server.services.inst.store.read.lastEvent())!;
    assert.equal(ev.action, 'eth2.sign');
    assert.deepEqual(JSON.parse(ev.details).targetEpoch, 11);
    assert.ok(verifies(pub, first.root, ((await ok.json()) as { signature: string }).signature));
    const double = await post(pub, attestation(10, 11, '99').body);
    assert.equal(double.status, 412);
    const body = (await double.json()) as { code: string; message: string; details: { reason: string } };
    assert.equal(body.code, 'E_SLASHABLE');
    assert.doesNotMatch(JSON.stringify(body), /at .*\.js|stack/);
    // A wide vote 12 -> 20 signs (positive control); 13 -> 19 is surrounded by it, 11 -> 21 surrounds it.
    assert.equal((await post(pub, attestation(12, 20).body)).status, 200);
    assert.equal((await post(pub, attestation(13, 19).body)).status, 412);
    assert.equal((await post(pub, attestation(11, 21).body)).status, 412);
    const b = header(100);
    const okBlock = await post(pub, b.body);
    assert.equal(okBlock.status, 200);
    assert.ok(verifies(pub, b.root, ((await okBlock.json()) as { signature: string }).signature));
    const doubleBlock = await post(pub, header(100, '45').body);
    assert.equal(doubleBlock.status, 412);
    assert.equal(((await doubleBlock.json()) as { code: string }).code, 'E_SLASHABLE');
  });

  test('concurrent duplicate attestations (same validator, same target, different roots): exactly one signs', async () => {
    const pub = await newKey('race');
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => post(pub, attestation(30, 31, (0x20 + i).toString(16)).body)));
    const codes = answers.map((r) => r.status).sort();
    assert.deepEqual(codes, [200, ...Array(11).fill(412)]);
    const exported = await t.server.services.inst.store.read.requests.list({ limit: 1000 });
    assert.ok(exported.length > 0);
  });

  test('404 unknown key, 400 disagreeing signingRoot and malformed bodies; nothing is stored for a bad request', async () => {
    const pub = keys.get('accept')!;
    const unknown = await post(`0x${'a1'.repeat(48)}`, attestation(1, 2).body);
    assert.equal(unknown.status, 404);
    assert.equal(((await unknown.json()) as { code: string }).code, 'E_KEY_NOT_FOUND');
    const events = await t.auditEvents();
    const a = attestation(40, 41);
    const wrong = await post(pub, { ...a.body, signingRoot: `0x${'00'.repeat(32)}` });
    assert.equal(wrong.status, 400);
    const wb = (await wrong.json()) as { code: string; details: { field: string } };
    assert.deepEqual([wb.code, wb.details.field], ['E_BAD_INPUT', 'signingRoot']);
    for (const bad of [
      '{"type":',
      '[]',
      '"x"',
      JSON.stringify({ type: 'NOPE' }),
      JSON.stringify({ type: 'ATTESTATION', fork_info: FORK_INFO, attestation: { slot: '1' } }),
    ]) {
      const r = await post(pub, bad);
      assert.equal(r.status, 400, bad);
      const text = await r.text();
      assert.equal((JSON.parse(text) as { code: string }).code, 'E_BAD_INPUT');
      assert.doesNotMatch(text, /node_modules|\.js:\d+/);
    }
    assert.equal((await post('0x1234', a.body)).status, 400);
    assert.equal(await t.auditEvents(), events, 'a refused request changes nothing');
    // Another chain's genesis_validators_root than the one this store protects: refused before any signature.
    const other = structuredClone(a.body) as { fork_info: { genesis_validators_root: string } };
    other.fork_info.genesis_validators_root = `0x${'ab'.repeat(32)}`;
    const otherChain = await post(pub, other);
    assert.equal(otherChain.status, 400);
    const oc = (await otherChain.json()) as { code: string; message: string };
    assert.equal(oc.code, 'E_BAD_INPUT');
    assert.match(oc.message, /genesis_validators_root differs/);
    // Positive control: the same attestation without the wrong root signs.
    assert.equal((await post(pub, a.body)).status, 200);
  });

  test('publicKeys lists the BLS keys that sign; /upcheck and /healthcheck answer', async () => {
    const r = await fetch(`${eth2}/api/v1/eth2/publicKeys`);
    assert.equal(r.status, 200);
    const list = (await r.json()) as string[];
    for (const pub of keys.values()) assert.ok(list.includes(pub));
    await t.admin.call('key.create', { name: 'not-bls', type: 'secp256k1' });
    assert.equal(((await (await fetch(`${eth2}/api/v1/eth2/publicKeys`)).json()) as string[]).length, keys.size);
    const up = await fetch(`${eth2}/upcheck`);
    assert.deepEqual([up.status, await up.text()], [200, 'OK']);
    const h = await fetch(`${eth2}/healthcheck`);
    assert.equal(h.status, 200);
    assert.deepEqual(((await h.json()) as { outcome: string }).outcome, 'UP');
  });

  test('the eth2 listener serves nothing of the admin API, and the admin API serves no eth2 signing', async () => {
    for (const path of ['/v1/sys/health', '/v1/keys', '/openapi.json', '/docs', '/metrics']) {
      const r = await fetch(`${eth2}${path}`);
      assert.equal(r.status, 404, path);
    }
    assert.equal((await fetch(`${eth2}/v1/sign`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status, 404);
    const pub = keys.get('accept')!;
    const viaAdmin = await fetch(`${t.url}/api/v1/eth2/sign/${pub}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(attestation(50, 51).body),
    });
    assert.equal(viaAdmin.status, 404);
    // An agent cannot have the validator key sign through the admin API (no raw usage, and no eth2 operation) ...
    await assert.rejects(agent.client.call('sign', { key: 'accept', message: '00' }), (e: any) => e.code === 'E_KEY_USAGE' || e.code === 'E_DENIED');
    // ... and the validator's own credential reaches nothing on the admin API.
    await assert.rejects(validator.client.call('key.list', {}), (e: any) => e.code === 'E_FORBIDDEN');
    await assert.rejects(validator.client.call('sign', { key: 'accept', message: '00' }), (e: any) => e.code === 'E_FORBIDDEN');
  });

  test('policy over duties: DEPOSIT denied, VOLUNTARY_EXIT after an approval, registrations only to allowlisted fee recipients', async () => {
    const recipient = '0x6fdfab408c56b6105a76eff5c0435d09fc6ed7a9';
    await t.admin.call('list.set', { name: 'fee_recipients', values: [recipient] });
    await t.admin.call('policy.set', { source: DUTY_POLICY });
    const pub = await newKey('policy');
    const example = (n: string) => {
      const { signingRoot, ...body } = EXAMPLES.find(([name]) => name === n)![1].value as Record<string, unknown> & { signingRoot: string };
      return { body, root: signingRoot };
    };
    const dep = await post(pub, example('DEPOSIT').body);
    assert.equal(dep.status, 403);
    const db = (await dep.json()) as { code: string; details: { rule: string } };
    assert.deepEqual([db.code, db.details.rule], ['E_DENIED', 'no-deposits']);

    const reg = example('VALIDATOR_REGISTRATION');
    const okReg = await post(pub, reg.body);
    assert.equal(okReg.status, 200, `positive control: the allowlisted fee recipient: ${await okReg.clone().text()}`);
    assert.ok(verifies(pub, reg.root, ((await okReg.json()) as { signature: string }).signature));
    const other = structuredClone(reg.body) as { validator_registration: { fee_recipient: string } };
    other.validator_registration.fee_recipient = `0x${'ee'.repeat(20)}`;
    const badReg = await post(pub, other);
    assert.equal(badReg.status, 403);
    assert.equal(((await badReg.json()) as { details: { rule: string } }).details.rule, 'no-other-registrations');

    const exit = example('VOLUNTARY_EXIT');
    const waiting = await post(pub, exit.body);
    assert.equal(waiting.status, 403);
    const wb = (await waiting.json()) as { code: string; details: { requestId: string; status: string } };
    assert.deepEqual([wb.code, wb.details.status], ['E_AWAITING_APPROVAL', 'pending']);
    assert.equal((await post(pub, exit.body)).status, 403, 'still waiting: the retry is the same request');
    await approver.client.decide(wb.details.requestId, 'approve');
    const signed = await post(pub, exit.body);
    assert.equal(signed.status, 200, 'after the approval the same message signs');
    assert.ok(verifies(pub, exit.root, ((await signed.json()) as { signature: string }).signature));
    // Routine duties still take the fast path under this policy.
    assert.equal((await post(pub, attestation(60, 61).body)).status, 200);
  });

  test('sealed: /healthcheck 503 with its checks, signing 503; and the loopback mapping is refused off loopback', async () => {
    await t.close();
    const sealed = await serve({ data: t.data, listen: '127.0.0.1:0', eth2Listen: '127.0.0.1:0', eth2InsecureLoopback: 'vc', log: () => undefined });
    try {
      const h = await fetch(`${sealed.eth2Url}/healthcheck`);
      assert.equal(h.status, 503);
      const hb = (await h.json()) as { outcome: string; checks: { id: string; status: string }[] };
      assert.equal(hb.outcome, 'DOWN');
      assert.deepEqual(hb.checks.find((c) => c.id === 'seal')?.status, 'DOWN');
      const r = await fetch(`${sealed.eth2Url}/api/v1/eth2/sign/${keys.get('accept')!}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(attestation(70, 71).body),
      });
      assert.equal(r.status, 503);
      assert.equal((await fetch(`${sealed.eth2Url}/upcheck`)).status, 200);
    } finally {
      await sealed.close();
    }
    for (const listen of ['0.0.0.0:0', '192.0.2.1:9000', '[::]:0']) {
      await assert.rejects(
        serve({ data: t.data, listen: '127.0.0.1:0', eth2Listen: listen, eth2InsecureLoopback: 'vc', log: () => undefined }),
        (e: any) => e.code === 'E_USAGE' && /loopback/.test(e.message),
        listen,
      );
    }
    // The CLI refuses it before opening anything or asking for unseal material (exit 2).
    const r = cli(['serve', '--data', t.data, '--eth2-listen', '0.0.0.0:9000', '--eth2-insecure-loopback', 'vc'], t.dir);
    assert.equal(r.code, 2, r.stderr);
    assert.match(r.stderr, /E_USAGE: --eth2-insecure-loopback .*loopback/);
    await t.listen({ eth2Listen: '127.0.0.1:0', eth2InsecureLoopback: 'vc' }); // for after()
  });
});
