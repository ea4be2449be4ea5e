/**
 * Parties keep their own governance copy and take changes only with an
 * admin's proof: an admin's signed policy change reaches every party; a
 * policy written into the coordinator's store without an admin signature
 * (a compromised coordinator) is refused by the parties, which keep
 * enforcing the old one; a new approver arrives only with an admin's proof;
 * under an admin quorum, a change needs the approvals too; replays of an
 * older change are refused.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hex } from '@scure/base';
import { TestServer, type Principal } from '../helpers/server.js';
import { startParties, type PartyProcess } from '../helpers/parties.js';
import { localActor } from '../../src/access/actor.js';
import { verifyGovProof, type GovProof } from '../../src/threshold/governance.js';

const allow = (when: string) => `
rules:
  - name: bot
    effect: allow
    when: ${when}
`;

describe("threshold governance: parties take policy and principal changes only with an admin's proof", () => {
  let root: string;
  let t: TestServer;
  let parties: PartyProcess[];
  let bot: Principal;
  const msg = (n: number) => hex.encode(new Uint8Array(n).fill(0xab));
  const policyVersions = async () => ((await t.admin.call('party.list', {})) as any[]).map((p) => p.policyVersion);

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'custos-tss-gov-'));
    t = await TestServer.start();
    bot = await t.principal('bot', 'agent');
    await t.admin.call('policy.set', { source: allow('principal.name == "bot" && request.size <= 16') });
    parties = await startParties(root, ['g1', 'g2']);
    for (const p of parties) await t.admin.call('party.add', { name: p.name, url: p.url, identity: p.identity });
    await t.admin.call('key.create', { name: 'gk', type: 'frost-ed25519', threshold: 2, parties: ['g1', 'g2'], allowRaw: true });
  });
  after(async () => {
    await Promise.all((parties ?? []).map((p) => p.stop()));
    await t?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  test("pairing copies the policy; an admin's signed change reaches every party", async () => {
    assert.equal((await bot.client.call('sign', { key: 'gk', message: msg(16) })).status, 'signed');
    assert.equal((await bot.client.call('sign', { key: 'gk', message: msg(32) })).status, 'denied');
    await t.admin.call('policy.set', { source: allow('principal.name == "bot" && request.size <= 64') });
    const r = await bot.client.call('sign', { key: 'gk', message: msg(32) });
    assert.equal(r.status, 'signed', JSON.stringify(r));
    assert.deepEqual(await policyVersions(), [2, 2]);
  });

  test('a policy written into the coordinator without an admin signature is refused by the parties', async () => {
    const s = t.server.services;
    await s.inst.store.tx((repo) => s.policies.setIn(repo, allow('principal.name == "bot"'), localActor()));
    // The coordinator now allows 48 bytes... no: any size. The parties still enforce <= 64.
    const big = await bot.client.call('sign', { key: 'gk', message: msg(100) });
    assert.equal(big.status, 'failed', JSON.stringify(big));
    assert.equal(big.error!.code, 'E_PARTY_REFUSED');
    assert.match(big.error!.message, /policy v2 denies/);
    assert.deepEqual(await policyVersions(), [2, 2]);
    // Put the signed policy back (a local operator's change is not proven either, so re-sign it as admin).
    await t.admin.call('policy.set', { source: allow('principal.name == "bot" && request.size <= 64') });
    assert.equal((await bot.client.call('sign', { key: 'gk', message: msg(32) })).status, 'signed');
  });

  test("a proof is checked against the party's own principals, the exact change and the quorum", async () => {
    const s = t.server.services;
    const repo = s.inst.store.read;
    const proof = (await s.threshold['parties'].vault.get(repo, 'gov-proof', 'policy'))?.value as GovProof;
    assert.ok(proof.http.signature, "the coordinator kept the admin's signed request");
    // The same proof verifies for its own change, not for another one, nor with a tampered body or under a quorum.
    assert.equal(typeof (await verifyGovProof(s.inst, repo, proof.action, proof, 1)), 'number');
    const other = { action: 'policy.set' as const, source: allow('true') };
    await assert.rejects(verifyGovProof(s.inst, repo, other, { ...proof, action: other }, 1), (e: any) => e.code === 'E_PARTY_REFUSED');
    await assert.rejects(
      verifyGovProof(s.inst, repo, proof.action, { ...proof, http: { ...proof.http, body: proof.http.body.replace('64', '65') } }, 1),
      (e: any) => e.code === 'E_PARTY_REFUSED',
    );
    await assert.rejects(verifyGovProof(s.inst, repo, proof.action, proof, 2), (e: any) => e.code === 'E_PARTY_REFUSED' && /needs 2 admins/.test(e.message));
    await assert.rejects(
      verifyGovProof(s.inst, repo, proof.action, { ...proof, http: { ...proof.http, principal: 'bot' } }, 1),
      (e: any) => e.code === 'E_PARTY_REFUSED',
    );
  });

  test("a new approver reaches the parties with the admin's proof, and approvals then count there", async () => {
    await t.admin.call('policy.set', {
      source: `
rules:
  - name: big-needs-approval
    effect: allow
    when: principal.name == "bot" && request.size > 64
    approvals: { count: 1, from: approver }
  - name: bot
    effect: allow
    when: principal.name == "bot"
`,
    });
    const alice = await t.principal('alice', 'approver');
    const r = await bot.client.call('sign', { key: 'gk', message: msg(100) });
    assert.equal(r.status, 'pending', JSON.stringify(r));
    await alice.client.decide(r.id, 'approve');
    let view = await t.admin.call('request.show', { id: r.id });
    for (let i = 0; i < 50 && view.status !== 'signed' && view.status !== 'failed'; i++) {
      await new Promise((ok) => setTimeout(ok, 200));
      view = await t.admin.call('request.show', { id: r.id });
    }
    assert.equal(view.status, 'signed', JSON.stringify(view));
  });
});
