/**
 * Guardian recovery of lost admins (src/requests/recovery.ts): off unless the
 * policy enables it; M distinct guardians, then a time-lock measured on the
 * server's clock (injected here, so the test travels 72 h in time), during
 * which any admin can cancel; decided again when it executes. Each attack
 * sits beside the run that succeeds.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { CustosClient } from '../../src/client/client.js';
import { generateCredentialKey } from '../../src/auth/credential.js';
import { TestServer, type Principal } from '../helpers/server.js';
import { Sandbox } from '../helpers/cli.js';
import { readCredentialFile } from '../../src/auth/credential.js';
import { statSync } from 'node:fs';
import { join } from 'node:path';

const HOUR = 3600_000;
const RECOVERY = (extra = '') => `admin: { approvals: 2, recovery: { guardians: 2, delay: 72h } }\nrules:\n  - name: any\n    effect: allow\n${extra}`;

describe('guardian recovery', () => {
  let t: TestServer;
  let offset = 0;
  let admin2: Principal;
  let g1: Principal;
  let g2: Principal;
  let g3: Principal;
  let approver: Principal;
  /** The admin the first recovery creates. */
  let recovered: { name: string; client: CustosClient };

  /** A fresh P-256 key for a new admin, and a client that signs as it once it exists. */
  function newAdmin(name: string) {
    const k = generateCredentialKey();
    return {
      name,
      publicKey: k.publicKeyHex,
      client: new CustosClient({ url: t.url, credential: { principal: name, privateKey: k.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string } }),
    };
  }

  async function settle(id: string, from: string): Promise<any> {
    for (let i = 0; i < 100; i++) {
      const r = await t.admin.call('request.show', { id });
      if (r.status !== from) return r;
      await sleep(50);
    }
    return t.admin.call('request.show', { id });
  }

  before(async () => {
    t = await TestServer.start({ now: () => Date.now() + offset, tickMs: 50 });
    admin2 = await t.principal('admin2', 'admin');
    g1 = await t.principal('g1', 'guardian');
    g2 = await t.principal('g2', 'guardian');
    g3 = await t.principal('g3', 'guardian');
    approver = await t.principal('ann', 'approver');
    await t.admin.call('key.create', { name: 'k', type: 'ed25519', allowRaw: true });
  });
  after(() => t.stop());

  test('off by default: a proposal under a policy without admin.recovery is refused and changes nothing', async () => {
    const a0 = await t.auditEvents();
    await assert.rejects(
      g1.client.call('recovery.propose', { admins: [{ name: 'x', publicKey: newAdmin('x').publicKey }] }),
      (e: any) => e.code === 'E_RECOVERY_DISABLED',
    );
    assert.equal(await t.auditEvents(), a0);
    // Only guardians propose: an admin or an approver is refused by role.
    await assert.rejects(
      t.admin.call('recovery.propose', { admins: [{ name: 'x', publicKey: newAdmin('x').publicKey }] }),
      (e: any) => e.code === 'E_FORBIDDEN',
    );
    await assert.rejects(
      approver.client.call('recovery.propose', { admins: [{ name: 'x', publicKey: newAdmin('x').publicKey }] }),
      (e: any) => e.code === 'E_FORBIDDEN',
    );
  });

  test('a policy cannot set a time-lock under 24 h, nor zero guardians', async () => {
    for (const bad of ['recovery: { guardians: 2, delay: 1h }', 'recovery: { guardians: 0 }', 'recovery: { guardians: 2, cooldown: 1h }']) {
      await assert.rejects(t.admin.call('policy.set', { source: `admin: { approvals: 2, ${bad} }\nrules: []\n` }), (e: any) => e.code === 'E_POLICY_INVALID');
    }
    const v = (await t.admin.call('policy.set', { source: RECOVERY() })) as { version: number };
    assert.ok(v.version >= 1, 'the quorum of one in force applies it at once');
    const shown = await t.admin.call('policy.show', {});
    assert.match(shown.source, /recovery/);
  });

  test('two guardians, then 72 h: the new admin exists and the lost one is revoked; not a minute earlier', async () => {
    const fresh = newAdmin('new-admin');
    recovered = fresh;
    const p = await g1.client.call('recovery.propose', { admins: [{ name: fresh.name, publicKey: fresh.publicKey }], revoke: ['admin2'] });
    assert.equal(p.status, 'pending');
    assert.equal(p.kind, 'admin:recovery');
    assert.deepEqual(p.waitingFor?.approvals && { count: p.waitingFor.approvals.count, from: p.waitingFor.approvals.from }, { count: 1, from: 'guardian' });
    // Who may not approve: the proposer, an admin, an approver.
    await assert.rejects(g1.client.decide(p.id, 'approve'), (e: any) => e.code === 'E_SELF_APPROVAL');
    await assert.rejects(admin2.client.decide(p.id, 'approve'), (e: any) => e.code === 'E_NOT_ELIGIBLE');
    await assert.rejects(approver.client.decide(p.id, 'approve'), (e: any) => e.code === 'E_NOT_ELIGIBLE');
    const approved = await g2.client.decide(p.id, 'approve');
    assert.equal(approved.status, 'approved');
    const notBefore = Date.parse(approved.waitingFor!.notBefore!);
    assert.ok(notBefore - (Date.now() + offset) > 71 * HOUR, `time-locked for 72 h (${approved.waitingFor!.notBefore})`);

    offset += 71 * HOUR;
    await sleep(300); // several scheduler ticks
    assert.equal((await t.admin.call('request.show', { id: p.id })).status, 'approved', 'still locked after 71 h');
    await assert.rejects(fresh.client.call('principal.list', {}), (e: any) => e.code === 'E_UNAUTHENTICATED');

    offset += 1 * HOUR + 1000;
    const done = await settle(p.id, 'approved');
    assert.equal(done.status, 'signed', JSON.stringify(done.error ?? done.result));
    const principals = await fresh.client.call('principal.list', {});
    assert.equal(principals.find((x) => x.name === 'new-admin')?.role, 'admin');
    assert.equal(principals.find((x) => x.name === 'admin2')?.state, 'revoked');
    await assert.rejects(admin2.client.call('principal.list', {}), (e: any) => e.code === 'E_UNAUTHENTICATED');
    const actions = (await t.server.services.inst.store.read.listEvents(0, 100_000)).map((e) => e.action);
    assert.ok(actions.includes('recovery.propose') && actions.includes('recovery.execute'), 'audited');
  });

  test('the CLI: a guardian proposes with a credential made on its machine, another approves, and the file works once it executes', async () => {
    const sb = new Sandbox();
    try {
      sb.env = { CUSTOS_ADDR: t.url, CUSTOS_CREDENTIAL: g3.credentialFile };
      const p = await sb.ok('recovery', 'propose', '--admin', 'cli-admin', '--out-dir', 'creds');
      assert.equal(p.status, 'pending');
      const file = join(sb.dir, 'creds', 'cli-admin.json');
      assert.deepEqual(p.credentials, [file]);
      assert.equal(statSync(file).mode & 0o077, 0, 'the new admin key is private to its owner');
      // Refused again: the file exists (nothing is sent).
      assert.equal((await sb.fails('recovery', 'propose', '--admin', 'cli-admin', '--out-dir', 'creds')).error, 'E_BAD_INPUT');
      sb.env = { CUSTOS_ADDR: t.url, CUSTOS_CREDENTIAL: g1.credentialFile };
      assert.equal((await sb.ok('request', 'approve', p.id)).status, 'approved');
      offset += 72 * HOUR + 1000;
      assert.equal((await settle(p.id, 'approved')).status, 'signed');
      const client = new CustosClient({ url: t.url, credential: readCredentialFile(file) });
      assert.ok((await client.call('principal.list', {})).some((x) => x.name === 'cli-admin' && x.role === 'admin'));
    } finally {
      sb.cleanup();
    }
  });

  test('any admin cancels a recovery inside its time-lock; it never executes', async () => {
    const fresh = newAdmin('usurper');
    const p = await g2.client.call('recovery.propose', { admins: [{ name: fresh.name, publicKey: fresh.publicKey }] });
    await g3.client.decide(p.id, 'approve');
    offset += 24 * HOUR;
    const c = await t.admin.call('request.cancel', { id: p.id });
    assert.equal(c.status, 'cancelled');
    offset += 72 * HOUR;
    await sleep(300);
    assert.equal((await t.admin.call('request.show', { id: p.id })).status, 'cancelled');
    await assert.rejects(fresh.client.call('principal.list', {}), (e: any) => e.code === 'E_UNAUTHENTICATED');
    assert.equal(
      (await t.admin.call('principal.list', {})).find((x) => x.name === 'usurper'),
      undefined,
    );
  });

  test('a recovery whose policy was withdrawn during the lock is denied when it comes to execute', async () => {
    const fresh = newAdmin('late-admin');
    const p = await g1.client.call('recovery.propose', { admins: [{ name: fresh.name, publicKey: fresh.publicKey }] });
    await g3.client.decide(p.id, 'approve');
    // The two admins in office (admin and new-admin) withdraw recovery from the policy.
    const pending = (await t.admin.call('policy.set', { source: 'admin: { approvals: 2 }\nrules:\n  - name: any\n    effect: allow\n' })) as any;
    assert.equal(pending.status, 'pending');
    await recovered.client.decide(pending.request.id, 'approve');
    offset += 73 * HOUR;
    const done = await settle(p.id, 'approved');
    assert.equal(done.status, 'denied');
    assert.match(done.reason + JSON.stringify(done.result ?? {}), /no longer enables guardian recovery/);
    assert.equal(
      (await t.admin.call('principal.list', {})).find((x) => x.name === 'late-admin'),
      undefined,
    );
  });

  test('with one guardian needed it goes straight to its time-lock; approvers cannot stop it, another guardian can', async () => {
    const pending = (await t.admin.call('policy.set', { source: 'admin: { approvals: 2, recovery: { guardians: 1 } }\nrules: []\n' })) as any;
    await recovered.client.decide(pending.request.id, 'approve');
    const p = await g2.client.call('recovery.propose', { admins: [{ name: 'solo', publicKey: newAdmin('solo').publicKey }] });
    assert.equal(p.status, 'approved');
    await assert.rejects(approver.client.call('request.cancel', { id: p.id }), (e: any) => e.code === 'E_FORBIDDEN');
    await assert.rejects(approver.client.decide(p.id, 'reject'), (e: any) => e.code === 'E_NOT_ELIGIBLE');
    assert.equal((await g3.client.call('request.cancel', { id: p.id })).status, 'cancelled');
  });

  test('guardians see recovery requests only', async () => {
    const s = await t.admin.call('sign', { key: 'k', message: '01' });
    await assert.rejects(g1.client.call('request.show', { id: s.id }), (e: any) => e.code === 'E_REQUEST_NOT_FOUND');
    const mine = await g1.client.call('request.list', {});
    assert.ok(mine.length > 0 && mine.every((r) => r.kind === 'admin:recovery'));
    assert.ok((await t.admin.call('request.show', { id: s.id })).id === s.id, 'control: an admin sees it');
  });
});
