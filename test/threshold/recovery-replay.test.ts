/**
 * Review finding (decision 0031): with one guardian (`admin.recovery.guardians: 1`) no approval signs the
 * recovery's request id, so a hostile coordinator could keep a guardian's signed proposal that an admin
 * cancelled and relay it again under a fresh id, starting a new window at every party. Each party binds a
 * proposal to the first request id it saw it under: the replay is refused at first sight and after the
 * window; a new proposal by the same guardian (its own signed request) is held (the positive control).
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { TestServer, type Principal } from '../helpers/server.js';
import { startParties, type PartyProcess } from '../helpers/parties.js';
import { generateCredentialKey } from '../../src/auth/credential.js';
import { callParty, type PartyLink } from '../../src/threshold/transport.js';
import { ThresholdVault } from '../../src/threshold/vault.js';
import type { RecoveryDelivery } from '../../src/threshold/governance.js';

const HOUR = 3600_000;
const POLICY = `admin: { approvals: 1, recovery: { guardians: 1, delay: 24h } }
rules:
  - name: admins
    effect: allow
    when: principal.role == "admin"
  - name: bot
    effect: allow
    when: principal.name == "bot"
`;
describe('a guardian proposal replayed under a fresh request id', () => {
  let root: string;
  let t: TestServer;
  let parties: PartyProcess[];
  let links: PartyLink[];
  let admin2: Principal;
  let g1: Principal;
  let bot: Principal;
  const setPartyClock = (ms: number) => parties.forEach((p) => writeFileSync(join(root, `clock-${p.name}`), String(ms)));
  const deliver = async (p: PartyProcess, recoveries: RecoveryDelivery[]) =>
    (await callParty(
      await t.server.services.threshold.identity(),
      links.find((l) => l.name === p.name)!,
      'gov.sync',
      randomUUID(),
      { principals: [], lists: {}, listProofs: {}, policy: null, parties: [], destroyed: [], recoveries } as any,
    )) as any;
  const stored = async (id: string) =>
    (await new ThresholdVault(t.server.services.inst).get<RecoveryDelivery>(t.server.services.inst.store.read, 'gov-recovery', id))?.value;
  before(
    async () => {
      root = mkdtempSync(join(tmpdir(), 'custos-poc-recov-'));
      t = await TestServer.start({ tickMs: 50 });
      admin2 = await t.principal('admin2', 'admin');
      g1 = await t.principal('g1', 'guardian');
      bot = await t.principal('bot', 'agent');
      parties = await startParties(root, ['p1', 'p2'], (n) => ({ CUSTOS_TEST: '1', CUSTOS_PARTY_CLOCK_FILE: join(root, `clock-${n}`) }));
      setPartyClock(0);
      for (const p of parties) await t.admin.call('party.add', { name: p.name, url: p.url, identity: p.identity });
      links = parties.map((p) => ({ name: p.name, url: p.url, identity: p.identity }));
      await t.admin.call('key.create', { name: 'tk', type: 'frost-ed25519', threshold: 2, parties: ['p1', 'p2'], allowRaw: true });
      await t.admin.call('policy.set', { source: POLICY });
      assert.equal((await bot.client.call('sign', { key: 'tk', message: 'ab'.repeat(16) })).status, 'signed');
    },
    { timeout: 180_000 },
  );
  after(async () => {
    await Promise.all((parties ?? []).map((p) => p.stop()));
    await t?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  test(
    'cancelled at every party; the same proposal under a fresh id is refused, before and after the window; a new proposal is held',
    { timeout: 120_000 },
    async () => {
      const k = generateCredentialKey();
      const p = await g1.client.call('recovery.propose', { admins: [{ name: 'usurper', publicKey: k.publicKeyHex }], revoke: ['admin2'] });
      const id1 = p.id;
      for (let i = 0; i < 100 && !(await stored(id1)); i++) await sleep(50);
      const kept = (await stored(id1))!; // what the coordinator relayed (a hostile one keeps it)
      assert.equal(kept.proof.quorum?.approvals.length ?? 0, 0, 'one guardian: no approvals sign the request id');
      assert.equal((await t.admin.call('request.cancel', { id: id1 })).status, 'cancelled');
      await sleep(1500);
      for (const q of parties) {
        const r = (await deliver(q, [{ ...kept, apply: true }])).recoveries[0];
        assert.equal(r.state, 'refused', `${q.name}: the cancelled id`);
        assert.match(r.reason, /cancelled/);
      }
      // Replay: the same signed POST /v1/recovery, a quorum under a new id (M - 1 = 0 approvals needed).
      const replay: RecoveryDelivery = {
        apply: false,
        proof: { ...kept.proof, quorum: { ...kept.proof.quorum!, id: randomUUID(), createdAt: new Date().toISOString(), approvals: [] } },
      };
      for (const q of parties) {
        const r = (await deliver(q, [replay])).recoveries[0];
        assert.equal(r.state, 'refused', `${q.name}: the replay at first sight`);
        assert.match(r.reason, /one proposal, one recovery/);
      }
      // The signature's encoding is malleable (padding, the other base64 alphabet): the id comes from the signed fields
      // only, so a re-encoded copy under its own id is the cancelled request, and under a fresh id it is refused.
      const reencoded = { ...kept.proof.http!, signature: `${kept.proof.http!.signature}=` };
      for (const q of parties) {
        const same = (await deliver(q, [{ apply: true, proof: { ...kept.proof, http: reencoded } }])).recoveries[0];
        assert.equal(same.state, 'refused', `${q.name}: a re-encoded signature under the proposal's id`);
        assert.match(same.reason, /cancelled/);
        const fresh = (await deliver(q, [{ ...replay, proof: { ...replay.proof, http: reencoded } }])).recoveries[0];
        assert.equal(fresh.state, 'refused', `${q.name}: a re-encoded signature under a fresh id`);
        assert.match(fresh.reason, /one proposal, one recovery/);
      }
      setPartyClock(24 * HOUR + 60_000);
      for (const q of parties)
        assert.equal((await deliver(q, [{ ...replay, apply: true }])).recoveries[0].state, 'refused', `${q.name}: the replay after the window`);
      const principals = await t.server.services.inst.store.read.access.principalByName('usurper');
      assert.equal(principals, undefined, 'the coordinator never created it either');
      // Positive control: the guardian proposes again (its own new signed request): every party holds it.
      const again = await g1.client.call('recovery.propose', { admins: [{ name: 'usurper2', publicKey: generateCredentialKey().publicKeyHex }], revoke: [] });
      for (let i = 0; i < 100 && !(await stored(again.id)); i++) await sleep(50);
      const fresh = (await stored(again.id))!;
      for (const q of parties) assert.equal((await deliver(q, [{ ...fresh, apply: false }])).recoveries[0].state, 'held', `${q.name}: a new proposal`);
    },
  );
});
