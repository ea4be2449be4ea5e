/**
 * Guardian recovery reaching threshold parties (decision 0031, issue #20),
 * against real party processes. Each party learned the guardians and
 * `admin.recovery` earlier under the admin quorum; it applies a recovery only
 * on M of its own guardians' signatures and only after its OWN time-lock,
 * counted on its own clock (injected: CUSTOS_TEST=1 with
 * CUSTOS_PARTY_CLOCK_FILE, src/party/fault.ts) from when it first held the
 * verified proof. The harness also plays a compromised coordinator (it holds
 * the coordinator's identity and speaks the party protocol directly). Every
 * attack sits beside the run that succeeds.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { TestServer, type Principal } from '../helpers/server.js';
import { signedRequest, shareRows } from '../helpers/hostile-coordinator.js';
import { startParties, type PartyProcess } from '../helpers/parties.js';
import { requestDigest, signApproval } from '../../src/auth/approval.js';
import { credentialPrivateKey, generateCredentialKey, readCredentialFile, writeCredentialFile } from '../../src/auth/credential.js';
import { CustosClient } from '../../src/client/client.js';
import { localActor } from '../../src/access/actor.js';
import { normaliseRecovery, recoveryRequestId } from '../../src/requests/recovery-action.js';
import { callParty, type PartyLink } from '../../src/threshold/transport.js';
import { ThresholdVault } from '../../src/threshold/vault.js';
import { RECOVERY_RESEND_MS } from '../../src/threshold/parties.js';
import { requestProof, type GovProof, type RecoveryDelivery } from '../../src/threshold/governance.js';

const HOUR = 3600_000;
const RULES = `rules:
  - name: admins
    effect: allow
    when: principal.role == "admin"
  - name: bot
    effect: allow
    when: principal.name == "bot"
`;
const POLICY = `admin: { approvals: 2, recovery: { guardians: 2, delay: 72h } }\n${RULES}`;
const T = { timeout: 120_000 };

interface Outcome {
  id: string;
  state: string;
  retryAfterMs?: number;
  reason?: string;
}

describe('guardian recovery at threshold parties: the guardians’ signatures and each party’s own time-lock', () => {
  let root: string;
  let t: TestServer;
  let offset = 0;
  let parties: PartyProcess[];
  let links: PartyLink[];
  let admin2: Principal;
  let g1: Principal;
  let g2: Principal;
  let g3: Principal;
  let bot: Principal;
  /** The admin recovery R1 creates (its key is ours, so it can sign once it exists). */
  const fresh = { name: 'new-admin', ...generateCredentialKey(), file: '' };
  let r1: string;

  const me = () => t.server.services.threshold.identity();
  const clock = (p: PartyProcess) => join(root, `clock-${p.name}`);
  /** Move a party's clock (the one its recovery time-locks run on) `ms` ahead of real time. */
  const setPartyClock = (ms: number) => parties.forEach((p) => writeFileSync(clock(p), String(ms)));
  const db = <R>(p: PartyProcess, f: (d: Database.Database) => R): R => {
    const d = new Database(join(p.dir, 'custos.db'), { readonly: true });
    try {
      return f(d);
    } finally {
      d.close();
    }
  };
  const events = (p: PartyProcess, action: string) =>
    db(
      p,
      (d) => d.prepare('SELECT subject, details FROM audit_events WHERE action = ? ORDER BY seq').all(action) as { subject: string; details: string }[],
    ).map((r): Record<string, unknown> & { subject: string } => ({ ...(JSON.parse(r.details) as Record<string, unknown>), subject: r.subject }));
  const principal = (p: PartyProcess, name: string) =>
    db(p, (d) => d.prepare('SELECT role, state FROM principals WHERE name = ?').get(name) as { role: string; state: string } | undefined);
  const principalRows = (p: PartyProcess) =>
    db(p, (d) => JSON.stringify(d.prepare('SELECT name, role, state, public_key FROM principals ORDER BY name').all()));
  /** A compromised coordinator's governance sync carrying only `recoveries`. */
  const deliver = async (p: PartyProcess, recoveries: RecoveryDelivery[]) =>
    (await callParty(
      await me(),
      links.find((l) => l.name === p.name)!,
      'gov.sync',
      randomUUID(),
      {
        principals: [],
        lists: {},
        listProofs: {},
        policy: null,
        parties: [],
        destroyed: [],
        recoveries,
      },
    )) as { rejected: { change: string; reason: string }[]; recoveries: Outcome[] };
  /** What the coordinator keeps (and relays) for recovery request `id`. */
  const stored = async (id: string) =>
    (await new ThresholdVault(t.server.services.inst).get<RecoveryDelivery>(t.server.services.inst.store.read, 'gov-recovery', id))?.value;
  const until = async (what: string, f: () => boolean | Promise<boolean>) => {
    for (let i = 0; i < 200; i++) {
      if (await f()) return;
      await sleep(50);
    }
    assert.fail(`timed out waiting for ${what}`);
  };
  async function settle(id: string, from: string): Promise<any> {
    let r = await t.admin.call('request.show', { id });
    for (let i = 0; i < 200 && r.status === from; i++) {
      await sleep(50);
      r = await t.admin.call('request.show', { id });
    }
    return r;
  }

  /**
   * A recovery proof made by hand: `proposer`'s signed POST /v1/recovery and
   * `approvers`' signatures over its digest (what a coordinator could build
   * from keys it holds or forged rows).
   */
  function handMade(
    proposer: Principal,
    admins: { name: string; publicKey: string }[],
    approvers: { name: string; key: KeyObject }[],
    revoke: string[] = [],
    createdAt = new Date().toISOString(),
    signedAt = Date.parse(createdAt),
  ): RecoveryDelivery {
    const action = normaliseRecovery({ admins, revoke });
    const http = signedRequest(proposer.credentialFile, 'POST', '/v1/recovery', JSON.stringify({ admins, revoke }), signedAt);
    const id = recoveryRequestId(http); // the id parties require: derived from the signed proposal
    const digest = requestDigest({ id, kind: 'admin:recovery', principal: proposer.name, key: null, payload: action, createdAt });
    const approvals = approvers.map((a) => ({ approverName: a.name, signature: signApproval(a.key, id, digest, 'approve') }));
    return {
      proof: { action, http, quorum: { id, kind: 'admin:recovery', principal: proposer.name, key: null, createdAt, approvals } } as GovProof,
      apply: false,
    };
  }
  const keyOf = (p: Principal) => ({ name: p.name, key: credentialPrivateKey(readCredentialFile(p.credentialFile)) });

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'custos-recov-parties-'));
    t = await TestServer.start({ now: () => Date.now() + offset, tickMs: 50 });
    admin2 = await t.principal('admin2', 'admin');
    g1 = await t.principal('g1', 'guardian');
    g2 = await t.principal('g2', 'guardian');
    g3 = await t.principal('g3', 'guardian');
    bot = await t.principal('bot', 'agent');
    fresh.file = join(root, 'new-admin.json');
    writeCredentialFile(fresh.file, { principal: fresh.name, role: 'admin', privateKey: fresh.privateKey });
    parties = await startParties(root, ['p1', 'p2'], (n) => ({ CUSTOS_TEST: '1', CUSTOS_PARTY_CLOCK_FILE: join(root, `clock-${n}`) }));
    setPartyClock(0);
    for (const p of parties) await t.admin.call('party.add', { name: p.name, url: p.url, identity: p.identity });
    links = parties.map((p) => ({ name: p.name, url: p.url, identity: p.identity }));
    await t.admin.call('key.create', { name: 'tk', type: 'frost-ed25519', threshold: 2, parties: ['p1', 'p2'], allowRaw: true });
    // Under the quorum of one still in force: the quorum of two and guardian recovery, signed by the admin.
    await t.admin.call('policy.set', { source: POLICY });
    // A signing session carries the governance copy to the parties (gov-sync).
    assert.equal((await bot.client.call('sign', { key: 'tk', message: 'ab'.repeat(16) })).status, 'signed');
    for (const p of parties) assert.equal(principal(p, 'g3')?.role, 'guardian', `${p.name} learned the guardians under the admin's proof`);
    const v = ((await t.admin.call('policy.show', {})) as any).version;
    assert.deepEqual(
      ((await t.admin.call('party.list', {})) as any[]).map((p) => p.policyVersion),
      [v, v],
      'and the policy with admin.recovery',
    );
  });
  after(async () => {
    await Promise.all((parties ?? []).map((p) => p.stop()));
    await t?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  test('the fully approved proof reaches every party at approval; each starts its own time-lock and changes nothing yet', T, async () => {
    const before = parties.map(principalRows);
    const p = await g1.client.call('recovery.propose', { admins: [{ name: fresh.name, publicKey: fresh.publicKeyHex }], revoke: ['admin2'] });
    r1 = p.id;
    assert.equal(p.status, 'pending');
    assert.equal(await stored(r1), undefined, 'one guardian is not a recovery: nothing is relayed');
    assert.equal((await g2.client.decide(r1, 'approve')).status, 'approved');
    const kept = (await stored(r1))!;
    assert.equal(kept.apply, false, 'approved, not executed: the parties hold it');
    assert.equal(kept.proof.quorum?.approvals.length, 1);
    await until('both parties to hold R1', () => parties.every((q) => events(q, 'party.recovery.seen').some((e) => e.subject === `request/${r1}`)));
    for (const [i, q] of parties.entries()) {
      const seen = events(q, 'party.recovery.seen').find((e) => e.subject === `request/${r1}`)!;
      assert.equal(seen.proposer, 'g1');
      assert.deepEqual(seen.admins, ['new-admin']);
      assert.equal(seen.delayMs, 72 * HOUR, "the party's own policy copy sets the delay");
      assert.equal(principalRows(q), before[i], 'nothing applied inside the window');
    }
  });

  test('a forged recovery is refused by every party: non-guardians, too few guardians, a guardian it never learned, a tampered key', T, async () => {
    // A guardian the coordinator's local operator wrote into its store: no admin proof, so no party took it.
    const ghostKey = generateCredentialKey();
    const s = t.server.services;
    await s.inst.store.tx((repo) => s.principals.createIn(repo, { name: 'ghost', role: 'guardian', publicKey: ghostKey.publicKeyHex }, localActor()));
    assert.equal((await bot.client.call('sign', { key: 'tk', message: 'ab'.repeat(16) })).status, 'signed');
    for (const p of parties) assert.equal(principal(p, 'ghost'), undefined, `${p.name} never learned the ghost guardian`);

    const x = generateCredentialKey();
    const admins = [{ name: 'x-admin', publicKey: x.publicKeyHex }];
    const genuine = (await stored(r1))!;
    const other = generateCredentialKey();
    const tampered: RecoveryDelivery = {
      apply: true,
      proof: {
        ...genuine.proof,
        action: { action: 'recovery', admins: [{ name: fresh.name, publicKey: other.publicKeyHex }], revoke: ['admin2'] },
      } as GovProof,
    };
    const attacks: [string, RecoveryDelivery, RegExp][] = [
      [
        'approvals by non-guardians (an admin, an agent)',
        handMade(g1, admins, [keyOf(admin2), keyOf(bot)]),
        /needs 1 guardian approvals besides the proposer; 0 verify/,
      ],
      ['fewer than M guardians (the proposer alone)', handMade(g1, admins, []), /needs 1 guardian approvals besides the proposer; 0 verify/],
      ['a guardian this party never learned', handMade(g1, admins, [{ name: 'ghost', key: ghostKey.privateKey }]), /0 verify/],
      ['proposed by a non-guardian', handMade(admin2, admins, [keyOf(g2)]), /"admin2" is not an active guardian on this party/],
      ['a tampered new-admin key (after the guardians signed)', tampered, /the signed request says something else/],
      [
        'the guardians signed another request (digest of another id)',
        { apply: true, proof: { ...genuine.proof, quorum: { ...genuine.proof.quorum!, id: randomUUID() } } },
        /0 verify/,
      ],
    ];
    for (const p of parties) {
      const rows = principalRows(p);
      const shares = shareRows(p);
      const seen = events(p, 'party.recovery.seen').length;
      const refusals = events(p, 'gov.refuse').length;
      for (const [what, d, why] of attacks) {
        const r = await deliver(p, [d]);
        assert.equal(r.recoveries[0]!.state, 'refused', `${p.name}: ${what}: ${JSON.stringify(r.recoveries)}`);
        assert.match(r.recoveries[0]!.reason!, why, `${p.name}: ${what}`);
        assert.equal(r.rejected.length, 1, `${p.name}: ${what} is reported`);
      }
      assert.equal(events(p, 'gov.refuse').length, refusals + attacks.length, 'each audited at the party');
      assert.equal(events(p, 'party.recovery.seen').length, seen, 'no forged proof starts a time-lock');
      assert.equal(principalRows(p), rows, 'no principal changed');
      assert.equal(shareRows(p), shares);
    }
    // Positive control: the same construction by two of the party's own guardians verifies (held, its window starts).
    const ok = handMade(g2, admins, [keyOf(g3)]);
    for (const p of parties) {
      const r = await deliver(p, [ok]);
      assert.equal(r.recoveries[0]!.state, 'held', JSON.stringify(r));
      assert.equal(r.rejected.length, 0);
      assert.ok(events(p, 'party.recovery.seen').some((e) => e.subject === `request/${ok.proof.quorum!.id}`));
      assert.equal(principal(p, 'x-admin'), undefined, 'held, not applied: the coordinator did not ask, and the window runs');
    }
  });

  let r2: string;
  let r3: string;
  test('a cancel inside the window stops it at the party: an admin through the coordinator, a guardian straight to the parties', T, async () => {
    const a2 = generateCredentialKey();
    const p2 = await g2.client.call('recovery.propose', { admins: [{ name: 'usurper', publicKey: a2.publicKeyHex }] });
    r2 = p2.id;
    await g3.client.decide(r2, 'approve');
    const a3 = generateCredentialKey();
    const p3 = await g3.client.call('recovery.propose', { admins: [{ name: 'r3-admin', publicKey: a3.publicKeyHex }] });
    r3 = p3.id;
    await g1.client.decide(r3, 'approve');
    await until('both parties to hold R2 and R3', () =>
      parties.every((q) => [r2, r3].every((id) => events(q, 'party.recovery.seen').some((e) => e.subject === `request/${id}`))),
    );
    // R2: a remaining admin cancels through the API; the coordinator forwards the signed cancellation to every party.
    assert.equal((await admin2.client.call('request.cancel', { id: r2 })).status, 'cancelled');
    assert.equal(await stored(r2), undefined, 'the coordinator stops relaying it');
    await until('both parties to take the cancellation', () =>
      parties.every((q) => events(q, 'request.veto.cancel').some((e) => e.subject === `request/${r2}`)),
    );
    // R3: a guardian's signed cancellation posted to the parties only; this coordinator never hears of it (it will execute R3).
    const veto = { kind: 'cancel', requestId: r3, http: signedRequest(g1.credentialFile, 'POST', `/v1/requests/${r3}/cancel`, '') };
    for (const p of parties) {
      const res = await fetch(`${p.url}/v1/party/veto`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(veto) });
      assert.equal(res.status, 200, await res.text());
    }
    assert.equal((await t.admin.call('request.show', { id: r3 })).status, 'approved', 'the coordinator still holds R3');
    const r2proof = { proof: (await deliveryFromRequest(r2)).proof, apply: true };
    for (const p of parties) {
      const r = await deliver(p, [r2proof]);
      assert.equal(r.recoveries[0]!.state, 'refused');
      assert.match(r.recoveries[0]!.reason!, /cancelled by admin2/);
    }
  });

  /** A recovery's proof rebuilt from the coordinator's own rows (what a compromised coordinator can always do). */
  async function deliveryFromRequest(id: string): Promise<RecoveryDelivery> {
    const s = t.server.services;
    const repo = s.inst.store.read;
    const rec = (await repo.requests.get(id))!;
    const proof = (await requestProof(s.inst, repo, rec))!;
    return { proof: { ...proof, action: JSON.parse(rec.payload) }, apply: true };
  }

  test("executed at the coordinator, the recovery waits for each party's own clock: the coordinator's word that the delay passed buys nothing", T, async () => {
    offset += 72 * HOUR + 1000; // the coordinator's clock: its time-lock has passed
    assert.equal((await settle(r1, 'approved')).status, 'signed');
    assert.equal((await settle(r3, 'approved')).status, 'signed', 'the coordinator never heard of the guardian’s cancellation');
    assert.equal((await stored(r1))!.apply, true, 'executed: the parties are asked to apply it');
    await until('both parties to be asked', () => parties.every((q) => events(q, 'gov.refuse').some((e) => JSON.stringify(e).includes(`recovery:${r3}`))));
    for (const p of parties) {
      assert.equal(principal(p, 'new-admin'), undefined, `${p.name}: its own time-lock has not passed`);
      assert.equal(principal(p, 'admin2')?.state, 'active');
      assert.equal(principal(p, 'r3-admin'), undefined);
      // A compromised coordinator presenting the valid proof and saying "apply, the delay is over": not before the party's clock says so.
      const r = await deliver(p, [(await stored(r1))!]);
      assert.equal(r.recoveries[0]!.state, 'waiting', JSON.stringify(r));
      assert.ok(r.recoveries[0]!.retryAfterMs! > 71 * HOUR, `left on the party's clock: ${r.recoveries[0]!.retryAfterMs}`);
      assert.equal(principal(p, 'new-admin'), undefined);
    }
    // The admins the coordinator now has (admin, new-admin) ask for a key refresh: the parties do not know new-admin yet.
    const newAdmin = new CustosClient({ url: t.url, credential: readCredentialFile(fresh.file) });
    const shares = parties.map(shareRows);
    const early: any = await newAdmin.call('key.refresh', { name: 'tk' });
    assert.equal(early.status, 'pending');
    const refused = await t.admin.decide(early.request.id, 'approve');
    assert.equal(refused.status, 'failed', JSON.stringify(refused));
    assert.equal(refused.error?.code, 'E_PARTY_REFUSED');
    assert.match(refused.error!.message, /"new-admin" is not an active admin on this party/);
    assert.deepEqual(parties.map(shareRows), shares, 'no share changed');
    // A request the coordinator backdated by 100 h, the proposal signed now: refused (a request is filed when it is signed).
    const a = generateCredentialKey();
    const backdated = handMade(
      g2,
      [{ name: 'old-admin', publicKey: a.publicKeyHex }],
      [keyOf(g3)],
      [],
      new Date(Date.now() - 100 * HOUR).toISOString(),
      Date.now(),
    );
    for (const p of parties) {
      const r = await deliver(p, [{ ...backdated, apply: true }]);
      assert.equal(r.recoveries[0]!.state, 'refused', JSON.stringify(r));
      assert.match(r.recoveries[0]!.reason!, /not filed when its proposal was signed/);
    }
    // A proposal signed 100 h ago and filed then (never shown to the parties until now): timed from first sight all the same.
    const old = handMade(g2, [{ name: 'old-admin', publicKey: a.publicKeyHex }], [keyOf(g3)], [], new Date(Date.now() - 100 * HOUR).toISOString());
    for (const p of parties) {
      const r = await deliver(p, [{ ...old, apply: true }]);
      assert.equal(r.recoveries[0]!.state, 'waiting', JSON.stringify(r));
      assert.ok(r.recoveries[0]!.retryAfterMs! > 71 * HOUR);
      assert.equal(principal(p, 'old-admin'), undefined);
    }
    // 71 h on the parties' clocks: still locked.
    setPartyClock(71 * HOUR);
    for (const p of parties) assert.equal((await deliver(p, [(await stored(r1))!])).recoveries[0]!.state, 'waiting');
    assert.equal(principal(parties[0]!, 'new-admin'), undefined);
  });

  test('after its own window each party applies it: the new admin governs there, the revoked one is refused; cancelled recoveries never apply', T, async () => {
    setPartyClock(72 * HOUR + 5 * 60_000);
    // The coordinator sends the same copy again to a party still in its window at most every RECOVERY_RESEND_MS.
    await sleep(RECOVERY_RESEND_MS);
    const newAdmin = new CustosClient({ url: t.url, credential: readCredentialFile(fresh.file) });
    const before = (await t.admin.call('key.show', { ref: 'tk' })) as any;
    // Positive control: the same governed refresh, now; its reshare first syncs governance, where each party applies R1.
    const req: any = await newAdmin.call('key.refresh', { name: 'tk' });
    const done = await t.admin.decide(req.request.id, 'approve');
    assert.equal(done.status, 'signed', JSON.stringify(done));
    const after = (await t.admin.call('key.show', { ref: 'tk' })) as any;
    assert.equal(after.publicKey, before.publicKey, 'same group key, new shares');
    for (const p of parties) {
      assert.deepEqual(principal(p, 'new-admin'), { role: 'admin', state: 'active' }, `${p.name} created the recovered admin`);
      assert.equal(principal(p, 'admin2')?.state, 'revoked', `${p.name} revoked the lost admin`);
      assert.equal(principal(p, 'usurper'), undefined, 'R2 (cancelled by an admin) never applies');
      assert.equal(principal(p, 'r3-admin'), undefined, 'R3 (cancelled by a guardian at the party) never applies');
      const applied = events(p, 'party.recovery.apply');
      assert.equal(applied.length, 1);
      assert.equal(applied[0]!.subject, `request/${r1}`);
      assert.deepEqual(applied[0]!.revoked, ['admin2']);
      // Delivered again (a replay): applied once.
      assert.equal((await deliver(p, [(await stored(r1))!])).recoveries[0]!.state, 'applied');
      assert.equal(events(p, 'party.recovery.apply').length, 1);
      // R3 with the window long past: still refused (the guardian's cancellation holds).
      const r3d = await deliver(p, [await deliveryFromRequest(r3)]);
      assert.match(r3d.recoveries[0]!.reason!, /cancelled by g1/);
    }
    const signed: any = await bot.client.call('sign', { key: 'tk', message: 'cd'.repeat(16) });
    assert.equal(signed.status, 'signed', JSON.stringify(signed));

    // The revoked admin's signature is refused by the parties: a policy change it proposes, approved by the new admin.
    const source = `admin: { approvals: 2, recovery: { guardians: 2, delay: 72h } }\nrules:\n  - name: admins\n    effect: allow\n    when: principal.role == "admin"\n`;
    const forged = (proposer: string, file: string, approver: { name: string; key: KeyObject }): GovProof => {
      const id = randomUUID();
      const createdAt = new Date().toISOString();
      const action = { action: 'policy.set' as const, source };
      const digest = requestDigest({ id, kind: 'admin:policy.set', principal: proposer, key: null, payload: action, createdAt });
      return {
        action,
        http: signedRequest(file, 'PUT', '/v1/policy', JSON.stringify({ source })),
        quorum: {
          id,
          kind: 'admin:policy.set',
          principal: proposer,
          key: null,
          createdAt,
          approvals: [{ approverName: approver.name, signature: signApproval(approver.key, id, digest, 'approve') }],
        },
      };
    };
    const sync = async (p: PartyProcess, policyProof: GovProof) =>
      (await callParty(
        await me(),
        links.find((l) => l.name === p.name)!,
        'gov.sync',
        randomUUID(),
        {
          principals: [],
          lists: {},
          listProofs: {},
          policy: source,
          policyProof,
          parties: [],
          destroyed: [],
        },
      )) as { policyVersion: number; rejected: { change: string; reason: string }[] };
    const version = ((await t.admin.call('party.list', {})) as any[]).map((p) => p.policyVersion);
    for (const [i, p] of parties.entries()) {
      const r = await sync(p, forged('admin2', admin2.credentialFile, { name: fresh.name, key: fresh.privateKey }));
      assert.equal(r.rejected.length, 1, JSON.stringify(r));
      assert.match(r.rejected[0]!.reason, /"admin2" is not an active admin on this party/);
      assert.equal(r.policyVersion, version[i], 'the policy is unchanged');
    }
    // Positive control: the same change proposed by the recovered admin, approved by the admin, is taken.
    for (const [i, p] of parties.entries()) {
      const r = await sync(
        p,
        forged(fresh.name, fresh.file, {
          name: readCredentialFile(t.adminCredential).principal,
          key: credentialPrivateKey(readCredentialFile(t.adminCredential)),
        }),
      );
      assert.deepEqual(r.rejected, []);
      assert.equal(r.policyVersion, version[i] + 1);
    }
  });

  test('concurrent deliveries of one due recovery apply it once', T, async () => {
    const a = generateCredentialKey();
    const d = handMade(g1, [{ name: 'race-admin', publicKey: a.publicKeyHex }], [keyOf(g2)]);
    for (const p of parties) assert.equal((await deliver(p, [d])).recoveries[0]!.state, 'held');
    setPartyClock(150 * HOUR);
    const due = { ...d, apply: true };
    for (const p of parties) {
      const out = await Promise.all(Array.from({ length: 8 }, () => deliver(p, [due])));
      assert.ok(
        out.every((r) => r.recoveries[0]!.state === 'applied'),
        JSON.stringify(out.map((r) => r.recoveries)),
      );
      assert.equal(events(p, 'party.recovery.apply').filter((e) => e.subject === `request/${d.proof.quorum!.id}`).length, 1, 'applied once');
      assert.deepEqual(principal(p, 'race-admin'), { role: 'admin', state: 'active' });
    }
  });
});
