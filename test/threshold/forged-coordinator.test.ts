/**
 * A compromised coordinator cannot get a signature that policy forbids.
 *
 * Three real party processes hold 2-of-3 FROST(Ed25519) shares of key "tk".
 * The tests play the compromised coordinator: they call the coordinator's
 * signing rounds directly (ThresholdCoordinator.sign) with a SignContext of
 * their own making, bypassing the request service and the coordinator's own
 * policy. Each forgery (bytes that are not the payload's message, a payload
 * the policy denies, a digest over other contents, approvals that do not
 * verify, a principal that does not exist) must be refused by the parties
 * themselves (E_PARTY_REFUSED, naming the party), and the parties must stay
 * usable afterwards. The honest paths (direct sign, approval flow) sign.
 *
 * The policy cannot see a raw message's bytes (raw payloads have no
 * `payload.*` facts), so the approval rule is expressed by size:
 * <= 32 bytes signs at once, 33..64 bytes needs 1 approval from an approver,
 * > 64 bytes is denied; a request tagged `timelock` waits 1h (delay).
 *
 * Time-locks run on each party's own clock, from when the coordinator told
 * it of the request: a forged, backdated or unparseable createdAt gains
 * nothing, and an honest short delay signs once it has passed.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ed25519 } from '@noble/curves/ed25519.js';
import { hex } from '@scure/base';
import { TestServer, type Principal } from '../helpers/server.js';
import { startParty, type PartyProcess } from '../helpers/parties.js';
import { requestDigest, signApproval } from '../../src/auth/approval.js';
import { credentialPrivateKey, readCredentialFile } from '../../src/auth/credential.js';
import type { SignContext } from '../../src/party/sign.js';
import type { KeyRecord } from '../../src/store/records.js';
import { isCustosError } from '../../src/errors.js';
import { FULL_RISK_CLAIM } from '../helpers/hostile-coordinator.js';

const POLICY = `
description: bot may sign small raw messages with tk; medium ones need an approver
rules:
  - name: too-big
    effect: deny
    when: request.size > 64
  - name: bot-short-delay
    effect: allow
    when: principal.name == "bot" && key.name == "tk" && request.size <= 32 && has(request.tags.shortlock)
    delay: 2s
  - name: bot-timelocked
    effect: allow
    when: principal.role == "agent" && principal.name == "bot" && key.name == "tk" && request.kind == "raw" && request.size <= 32 && has(request.tags.timelock)
    delay: 1h
  - name: bot-small
    effect: allow
    when: principal.role == "agent" && principal.name == "bot" && key.name == "tk" && request.kind == "raw" && request.size <= 32
  - name: bot-medium
    effect: allow
    when: principal.role == "agent" && principal.name == "bot" && key.name == "tk" && request.kind == "raw" && request.size <= 64
    approvals: { count: 1, from: approver }
`;

const SMALL = 'aa'.repeat(32); // 32 bytes: allowed at once
const MEDIUM = 'bb'.repeat(48); // 48 bytes: needs one approval
const HUGE = 'cc'.repeat(200); // 200 bytes: denied

const T = { timeout: 30_000 };

interface Forgery {
  id?: string;
  principal?: string;
  principalKind?: 'api' | 'local';
  payload?: Record<string, unknown>;
  createdAt?: string;
  /** Compute the digest over these contents instead of the real ones. */
  digestOver?: { principal?: string; payload?: Record<string, unknown> };
  approvals?: SignContext['approvals'];
}

const rawPayload = (message: string, tags: Record<string, string> = {}): Record<string, unknown> => ({ type: 'raw', key: 'tk', message, note: '', tags });

/** A SignContext as the request service would build it (signContext in src/requests/service.ts), with chosen parts forged. */
function context(message: string, f: Forgery = {}): SignContext {
  const id = f.id ?? randomUUID();
  const principal = f.principal ?? 'bot';
  const payload = f.payload ?? rawPayload(message);
  const createdAt = f.createdAt ?? new Date().toISOString();
  const digest = requestDigest({
    id,
    kind: 'sign',
    principal: f.digestOver?.principal ?? principal,
    key: 'tk',
    payload: f.digestOver?.payload ?? payload,
    createdAt,
  });
  return {
    id,
    kind: 'sign',
    principal: { id: 'forged', name: principal, role: '', kind: f.principalKind ?? 'api', tags: {} },
    keyName: 'tk',
    payload: JSON.stringify(payload),
    createdAt,
    digest,
    approvals: f.approvals ?? [],
    risk: FULL_RISK_CLAIM, // a claim above the party's own is never refused (decision 0030): these attacks are about other parts
  };
}

describe('a compromised coordinator cannot get a signature that policy forbids', () => {
  let t: TestServer;
  let root: string;
  let parties: PartyProcess[] = [];
  let bot: Principal;
  let alice: Principal;
  let publicKey: Uint8Array;
  let keyRecord: KeyRecord;

  /** The coordinator's signing rounds, called directly as a compromised coordinator would. */
  const forge = (bytes: Uint8Array, ctx: SignContext) => t.server.services.threshold.sign(t.server.services.inst.store.read, keyRecord, 'eddsa', bytes, ctx);

  /** Expect the parties' refusal (not the coordinator's, not unavailability). */
  async function refused(p: Promise<unknown>, why: RegExp): Promise<void> {
    await assert.rejects(p, (e: unknown) => {
      assert.ok(isCustosError(e), `expected a CustosError, got ${String(e)}`);
      // A time-lock that has not passed on the party's clock is E_TOO_EARLY (the coordinator retries later).
      assert.equal(e.code, /delay/.test(why.source) && e.code === 'E_TOO_EARLY' ? 'E_TOO_EARLY' : 'E_PARTY_REFUSED', e.message);
      assert.match(String(e.details?.party), /^p[123]$/, 'the refusal names the refusing party');
      assert.match(e.message, why);
      return true;
    });
  }

  async function signViaApi(message: string): Promise<void> {
    const r = await bot.client.call('sign', { key: 'tk', message });
    assert.equal(r.status, 'signed', JSON.stringify(r));
    assert.equal(r.rule, 'bot-small');
    assert.ok(ed25519.verify(hex.decode(r.result!.signature as string), hex.decode(message), publicKey), 'the signature verifies under the group key');
  }

  before(
    async () => {
      t = await TestServer.start();
      root = mkdtempSync(join(tmpdir(), 'custos-forged-'));
      // startParties, but a party that fails to start does not leave the others running.
      const started = await Promise.allSettled(['p1', 'p2', 'p3'].map((n) => startParty(root, n)));
      parties = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      const failed = started.find((r) => r.status === 'rejected');
      if (failed) throw (failed as PromiseRejectedResult).reason;
      for (const p of parties) await t.admin.call('party.add', { name: p.name, url: p.url, identity: p.identity });
      bot = await t.principal('bot', 'agent');
      alice = await t.principal('alice', 'approver');
      await t.admin.call('policy.set', { source: POLICY });
      await t.admin.call('key.create', { name: 'tk', type: 'frost-ed25519', threshold: 2, parties: ['p1', 'p2', 'p3'], allowRaw: true });
      const shown = await t.admin.call('key.show', { ref: 'tk' });
      assert.equal(shown.custody, 'threshold');
      publicKey = hex.decode(shown.publicKey);
      keyRecord = (await t.server.services.inst.store.read.getKeyByName('tk'))!;
      assert.ok(keyRecord, 'key tk is recorded');
    },
    { timeout: 90_000 },
  );

  after(async () => {
    await Promise.all(parties.map((p) => p.stop()));
    if (t) await t.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test('sanity: bot signs a 32-byte raw message through the API; the Ed25519 signature verifies', T, async () => {
    await signViaApi(SMALL);
  });

  test('forged message: a correct context for one message, other bytes to sign -> refused', T, async () => {
    const ctx = context(SMALL);
    const other = hex.decode('ee'.repeat(32));
    await refused(forge(other, ctx), /the message is not what this request's payload signs/);
    // Control: the same context with the payload's own bytes is signed (the refusal was about the bytes).
    const sig = await forge(hex.decode(SMALL), ctx);
    assert.ok(ed25519.verify(sig, hex.decode(SMALL), publicKey));
  });

  test("forged payload: a 200-byte message the policy denies, bytes = that message -> the parties' policy refuses", T, async () => {
    // The coordinator's own policy denies it too (what an honest coordinator would answer).
    const honest = await bot.client.call('sign', { key: 'tk', message: HUGE });
    assert.equal(honest.status, 'denied');
    assert.equal(honest.rule, 'too-big');
    await refused(forge(hex.decode(HUGE), context(HUGE)), /its policy v\d+ denies it \(denied by rule "too-big"\)/);
  });

  test('digest mismatch: the digest covers another payload -> refused', T, async () => {
    const ctx = context(SMALL, { digestOver: { payload: rawPayload('bb'.repeat(32)) } });
    await refused(forge(hex.decode(SMALL), ctx), /the request digest does not match its contents/);
    // And a digest over another principal than the one named.
    const ctx2 = context(SMALL, { digestOver: { principal: 'alice' } });
    await refused(forge(hex.decode(SMALL), ctx2), /the request digest does not match its contents/);
  });

  test('forged approvals are refused; the real approval flow signs', T, async () => {
    const bytes = hex.decode(MEDIUM);
    // No approval at all.
    await refused(forge(bytes, context(MEDIUM)), /needs 1 approvals from approver; 0 verify here/);
    // Garbage signature in alice's name.
    const garbage = Buffer.alloc(64, 7).toString('base64url');
    await refused(
      forge(bytes, context(MEDIUM, { approvals: [{ approverName: 'alice', signature: garbage }] })),
      /needs 1 approvals from approver; 0 verify here/,
    );
    // A genuine signature by alice's key, but over another request's digest.
    const aliceKey = credentialPrivateKey(readCredentialFile(alice.credentialFile));
    const id = randomUUID();
    const otherDigest = requestDigest({
      id,
      kind: 'sign',
      principal: 'bot',
      key: 'tk',
      payload: rawPayload('dd'.repeat(48)),
      createdAt: new Date().toISOString(),
    });
    const wrong = signApproval(aliceKey, id, otherDigest, 'approve');
    await refused(forge(bytes, context(MEDIUM, { id, approvals: [{ approverName: 'alice', signature: wrong }] })), /0 verify here/);
    // An approval in the name of the requester itself (bot signs its own request) does not count.
    const botKey = credentialPrivateKey(readCredentialFile(bot.credentialFile));
    const self = context(MEDIUM);
    const selfSig = signApproval(botKey, self.id, self.digest, 'approve');
    await refused(forge(bytes, { ...self, approvals: [{ approverName: 'bot', signature: selfSig }] }), /0 verify here/);

    // The real flow: pending, alice approves, signed.
    const r = await bot.client.call('sign', { key: 'tk', message: MEDIUM });
    assert.equal(r.status, 'pending', JSON.stringify(r));
    assert.equal(r.rule, 'bot-medium');
    await alice.client.decide(r.id, 'approve');
    let view: any;
    for (const deadline = Date.now() + 10_000; Date.now() < deadline;) {
      view = await t.admin.call('request.show', { id: r.id });
      if (view.status !== 'pending' && view.status !== 'approved') break;
      await new Promise((res) => setTimeout(res, 200));
    }
    assert.equal(view.status, 'signed', JSON.stringify(view));
    assert.ok(ed25519.verify(hex.decode(view.result.signature), bytes, publicKey));
  });

  test('unknown principal: a request in the name of "mallory" -> refused', T, async () => {
    await refused(forge(hex.decode(SMALL), context(SMALL, { principal: 'mallory' })), /principal "mallory" is not an active principal on this party/);
    // Claiming to be a local operator of the coordinator: parties cannot verify that, so they refuse it outright.
    await refused(
      forge(hex.decode(SMALL), context(SMALL, { principal: 'mallory', principalKind: 'local' })),
      /local operator of the coordinator cannot be verified/,
    );
  });

  test('the refusals left the parties usable: bot signs again through the API', T, async () => {
    await signViaApi(SMALL);
    await signViaApi('ab'.repeat(32));
  });

  test('time-lock: the parties refuse a delayed request before its delay has passed', T, async () => {
    const tags = { timelock: '1' };
    const honest = await bot.client.call('sign', { key: 'tk', message: SMALL, tags });
    assert.equal(honest.status, 'approved', JSON.stringify(honest));
    assert.equal(honest.rule, 'bot-timelocked');
    assert.ok(honest.waitingFor?.notBefore, 'the coordinator waits for the delay');
    await refused(forge(hex.decode(SMALL), context(SMALL, { payload: rawPayload(SMALL, tags) })), /delay that has not passed on this party's clock/);
  });

  test('time-lock: a backdated or unparseable createdAt does not skip the delay', T, async () => {
    const payload = rawPayload(SMALL, { timelock: '1' });
    await refused(forge(hex.decode(SMALL), context(SMALL, { payload, createdAt: new Date(Date.now() - 2 * 3600_000).toISOString() })), /delay/);
    await assert.rejects(
      forge(hex.decode(SMALL), context(SMALL, { payload, createdAt: 'not-a-date' })),
      (e: any) => e.code === 'E_BAD_INPUT' && /createdAt/.test(e.message),
    );
    await refused(forge(hex.decode(SMALL), context(SMALL, { payload, createdAt: new Date(Date.now() + 3600_000).toISOString() })), /in the future/);
  });

  test('time-lock, honest: a 2 s delay is announced to the parties and signs once it has passed on their clocks', T, async () => {
    const r = await bot.client.call('sign', { key: 'tk', message: SMALL, tags: { shortlock: '1' } });
    assert.equal(r.status, 'approved', JSON.stringify(r));
    assert.equal(r.rule, 'bot-short-delay');
    let view = r;
    for (let i = 0; i < 60 && view.status === 'approved'; i++) {
      await new Promise((ok) => setTimeout(ok, 200));
      view = await t.admin.call('request.show', { id: r.id });
    }
    assert.equal(view.status, 'signed', JSON.stringify(view));
  });
});
