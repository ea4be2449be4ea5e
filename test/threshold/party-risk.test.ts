/**
 * Threshold parties keep their own risk baselines and check the coordinator's
 * claimed risk (decision 0030, issue #19), with real party processes:
 *
 * - positive: after N signed Solana transfers to one account through the API,
 *   each party's own risk (recorded in its `key.sign.share` event) no longer
 *   shows `new_destination` for it, while a first transfer elsewhere does, and
 *   the honest coordinator's claim names it, so it signs (control);
 * - attack: a compromised coordinator (the harness holds its identity and
 *   runs its signing code with a forged context) claims no risk for a
 *   transfer to a new account: every party refuses, E_RISK_MISMATCH, audited
 *   `party.refuse` with both risks; no claim at all is refused the same way;
 * - control: the same forged request with a claim above the party's own
 *   (an overclaim) is signed, the overclaim noted in the party's event;
 * - a party that missed signatures (2-of-3, offline meanwhile) calls a
 *   destination the coordinator knows new and refuses the honest claim: with
 *   only it and one other party up the request fails with E_RISK_MISMATCH
 *   (fail closed); with the third party back the coordinator leaves the
 *   lagging one out and signs (control).
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { base58, hex } from '@scure/base';
import { ed25519 } from '@noble/curves/ed25519.js';
import { solanaTransfer } from '../helpers/chain-payloads.js';
import { TestServer, type Principal } from '../helpers/server.js';
import { startParty, type PartyProcess } from '../helpers/parties.js';
import { botContext, FULL_RISK_CLAIM } from '../helpers/hostile-coordinator.js';
import { signingBytes } from '../../src/keystore/payload.js';
import { isCustosError } from '../../src/errors.js';
import type { RiskClaim } from '../../src/party/protocol.js';

const POLICY = `
rules:
  - name: admins
    effect: allow
    when: principal.role == "admin"
  - name: bot
    effect: allow
    when: principal.name == "bot"
`;

const VENUE = '4Nd1mBQtrMJVYVfKf2PJy9NZUZdTAsp7D4xWLs4gDB4T';
const OTHER = '9xQeWvG816bUx9EPjHmaT23yvVM2ZWbrrpZb9PusVFin';
const STRANGER = 'GThUX1Atko4tqhN2NaiTazWSeFWMuiUvfFnyJyUghFMJ';
const N = 5;
const T = { timeout: 120_000 };

describe('threshold parties learn their own risk baselines and refuse an underclaiming coordinator', () => {
  let t: TestServer;
  let root: string;
  let parties: PartyProcess[] = [];
  let bot: Principal;
  let payer: string;

  const events = (p: PartyProcess, action: string) => {
    const db = new Database(join(p.dir, 'custos.db'), { readonly: true });
    try {
      return (db.prepare('SELECT details FROM audit_events WHERE action = ? ORDER BY seq').all(action) as { details: string }[]).map(
        (r) => JSON.parse(r.details) as Record<string, unknown>,
      );
    } finally {
      db.close();
    }
  };
  const shareEvent = (p: PartyProcess, requestId: string) => events(p, 'key.sign.share').find((e) => e.requestId === requestId);

  const transfer = (to: string, lamports: bigint) => solanaTransfer(base58.decode(payer), to, lamports);

  /** A compromised coordinator: its own signing code, a context of its making (a Solana transfer for bot) with the claim it chooses. */
  async function forged(to: string, risk: RiskClaim | null) {
    const services = t.server.services;
    const payload = { type: 'solana', key: 'tk', transaction: transfer(to, 3_000_000n), note: '', tags: {} };
    const plan = await services.requests.planner('solana')(services.inst.store.read, services.keys, payload);
    const task = plan.tasks[0]!;
    const ctx = botContext(payload, { risk });
    const k = (await services.inst.store.read.getKeyByName('tk'))!;
    const sig = await services.threshold.sign(services.inst.store.read, k, 'eddsa', signingBytes(task.scheme, task.input), ctx);
    return { ctx, sig, message: signingBytes(task.scheme, task.input) };
  }

  before(async () => {
    t = await TestServer.start();
    root = mkdtempSync(join(tmpdir(), 'custos-party-risk-'));
    parties = await Promise.all(['p1', 'p2'].map((n) => startParty(root, n)));
    for (const p of parties) await t.admin.call('party.add', { name: p.name, url: p.url, identity: p.identity });
    bot = await t.principal('bot', 'agent');
    await t.admin.call('policy.set', { source: POLICY });
    const k = await t.admin.call('key.create', { name: 'tk', type: 'frost-ed25519', threshold: 2, parties: ['p1', 'p2'] });
    payer = base58.encode(hex.decode(k.publicKey));
  }, T);
  after(async () => {
    await Promise.all(parties.map((p) => p.stop()));
    if (t) await t.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test(
    `after ${N} signed transfers to an account, each party's own risk no longer calls it new; a first transfer elsewhere is new there and signs with the honest claim`,
    T,
    async () => {
      const sign = async (to: string) => {
        const r: any = await bot.client.call('sign.solana', { key: 'tk', transaction: transfer(to, 1_000_000n) });
        assert.equal(r.status, 'signed', JSON.stringify(r));
        return r as { id: string; risk?: { codes: string[] } };
      };
      for (let i = 0; i < N; i++) await sign(VENUE);
      const known = await sign(VENUE);
      const fresh = await sign(OTHER); // the positive control: the same baseline calls a stranger new
      for (const p of parties) {
        const k = shareEvent(p, known.id)!;
        const f = shareEvent(p, fresh.id)!;
        assert.ok(k && f, `${p.name} released shares for both`);
        assert.ok(!(k.risk as RiskClaim).codes.includes('new_destination'), `${p.name} learned ${VENUE}: ${JSON.stringify(k.risk)}`);
        assert.ok((f.risk as RiskClaim).codes.includes('new_destination'), `${p.name} calls ${OTHER} new: ${JSON.stringify(f.risk)}`);
        // What the honest coordinator claimed is what the party computed: it named the signal.
        assert.ok((f.claimedRisk as RiskClaim).codes.includes('new_destination'), JSON.stringify(f.claimedRisk));
        assert.equal(f.riskOverclaim, undefined);
      }
      // The coordinator's own view of the request says the same.
      assert.ok((await t.admin.call('request.show', { id: fresh.id })).risk?.codes.includes('new_destination'));
    },
  );

  test('attack: a coordinator that claims no risk for a transfer to a new account gets no share; with no claim at all neither', T, async () => {
    const refusals = parties.map((p) => events(p, 'party.refuse').length);
    await assert.rejects(forged(STRANGER, { score: 0, codes: [] }), (e: unknown) => {
      assert.ok(isCustosError(e, 'E_RISK_MISMATCH'), String(e));
      assert.match(e.message, /hidden: new_destination/);
      return true;
    });
    for (const [i, p] of parties.entries()) {
      const ev = events(p, 'party.refuse').slice(refusals[i]);
      const mismatch = ev.filter((e) => e.code === 'E_RISK_MISMATCH');
      assert.equal(mismatch.length, 1, `${p.name} audited the refusal: ${JSON.stringify(ev)}`);
      assert.ok((mismatch[0]!.ownRisk as RiskClaim).codes.includes('new_destination'));
      assert.deepEqual(mismatch[0]!.claimedRisk, { score: 0, codes: [] });
    }
    await assert.rejects(forged(STRANGER, null), (e: unknown) => isCustosError(e, 'E_RISK_MISMATCH') && /claimed no risk/.test(e.message));
    // The refused requests taught nothing: the stranger is still new to every party (the control below shows it).
  });

  test('control: the same forged request claiming more risk than the parties see is signed; the overclaim is noted', T, async () => {
    const { ctx, sig, message } = await forged(STRANGER, FULL_RISK_CLAIM);
    assert.ok(ed25519.verify(sig, message, base58.decode(payer)), 'a valid group signature');
    for (const p of parties) {
      const e = shareEvent(p, ctx.id)!;
      assert.ok(e, `${p.name} released its share`);
      assert.equal(e.riskOverclaim, true);
      assert.ok((e.risk as RiskClaim).codes.includes('new_destination'), 'decided on its own risk: the stranger was still new');
    }
  });
});

describe('a party that missed signatures sees more risk than the coordinator: left out, or the request fails closed', () => {
  let t: TestServer;
  let root: string;
  let parties: PartyProcess[] = [];
  let bot: Principal;
  let payer: string;
  const by = (n: string) => parties.find((p) => p.name === n)!;
  const refusals = (p: PartyProcess) => {
    const db = new Database(join(p.dir, 'custos.db'), { readonly: true });
    try {
      return (db.prepare("SELECT details FROM audit_events WHERE action = 'party.refuse' ORDER BY seq").all() as { details: string }[])
        .map((r) => JSON.parse(r.details) as Record<string, unknown>)
        .filter((e) => e.code === 'E_RISK_MISMATCH');
    } finally {
      db.close();
    }
  };
  const transfer = (to: string) => solanaTransfer(base58.decode(payer), to);
  const sign = async (to: string) => (await bot.client.call('sign.solana', { key: 'tk', transaction: transfer(to) })) as any;

  before(async () => {
    t = await TestServer.start();
    root = mkdtempSync(join(tmpdir(), 'custos-party-lag-'));
    parties = await Promise.all(['p1', 'p2', 'p3'].map((n) => startParty(root, n)));
    for (const p of parties) await t.admin.call('party.add', { name: p.name, url: p.url, identity: p.identity });
    bot = await t.principal('bot', 'agent');
    await t.admin.call('policy.set', { source: POLICY });
    const k = await t.admin.call('key.create', { name: 'tk', type: 'frost-ed25519', threshold: 2, parties: ['p1', 'p2', 'p3'] });
    payer = base58.encode(hex.decode(k.publicKey));
  }, T);
  after(async () => {
    await Promise.all(parties.map((p) => p.stop()));
    if (t) await t.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test(
    'p3 offline while the key sends to an account: back, it calls the account new; alone with p2 the request fails, with p1 back it signs without p3',
    T,
    async () => {
      // p3 takes part once (p1 down), so it has a baseline at all; then misses the transfers to VENUE.
      await by('p1').stop();
      assert.equal((await sign(OTHER)).status, 'signed');
      await by('p1').restart();
      await by('p3').stop();
      for (let i = 0; i < N; i++) assert.equal((await sign(VENUE)).status, 'signed');
      await by('p3').restart();
      // p1 down: only p2 (up to date) and p3 (behind) can sign. p3 sees new_destination the honest coordinator does not claim.
      await by('p1').stop();
      const before = refusals(by('p3')).length;
      const failed = await sign(VENUE);
      assert.equal(failed.status, 'failed', JSON.stringify(failed));
      assert.equal(failed.error?.code, 'E_RISK_MISMATCH', JSON.stringify(failed.error));
      const seen = refusals(by('p3')).slice(before);
      assert.ok(seen.length >= 1, 'p3 audited the refusal');
      assert.ok((seen[0]!.ownRisk as RiskClaim).codes.includes('new_destination'));
      assert.ok(!(seen[0]!.claimedRisk as RiskClaim).codes.includes('new_destination'), 'the coordinator knows VENUE');
      assert.equal(refusals(by('p2')).length, 0, 'p2 is in step: it never refused');
      // Control: p1 back; the coordinator leaves p3 out when it refuses and signs with p1 and p2.
      await by('p1').restart();
      const ok = await sign(VENUE);
      assert.equal(ok.status, 'signed', JSON.stringify(ok));
    },
  );
});
