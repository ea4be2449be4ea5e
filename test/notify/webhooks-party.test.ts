/**
 * A threshold party refusing reaches the webhooks: a policy written into the
 * coordinator's store without an admin's signature (a compromised
 * coordinator) is refused by the parties, the request fails with
 * E_PARTY_REFUSED, and the endpoint gets party.refused with the party's
 * reason. Control: the same key signing within the signed policy notifies
 * nothing.
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
import { Receiver, until } from '../helpers/receiver.js';

const allow = (when: string) => `rules:\n  - name: bot\n    effect: allow\n    when: ${when}\n`;

describe('webhooks: a threshold party refusing', () => {
  let root: string;
  let t: TestServer;
  let parties: PartyProcess[];
  let bot: Principal;
  let rx: Receiver;
  const msg = (n: number) => hex.encode(new Uint8Array(n).fill(0xab));

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'custos-hooks-party-'));
    rx = await Receiver.start();
    t = await TestServer.start({ webhooks: { pollMs: 100, baseDelayMs: 200, maxDelayMs: 400 } });
    bot = await t.principal('bot', 'agent');
    await t.admin.call('policy.set', { source: allow('principal.name == "bot" && request.size <= 16') });
    parties = await startParties(root, ['n1', 'n2']);
    for (const p of parties) await t.admin.call('party.add', { name: p.name, url: p.url, identity: p.identity });
    await t.admin.call('key.create', { name: 'gk', type: 'frost-ed25519', threshold: 2, parties: ['n1', 'n2'], allowRaw: true });
    await t.admin.call('webhook.add', { name: 'sec', url: rx.url, events: ['party.refused', 'party.misbehaviour'] });
  });
  after(async () => {
    await Promise.all((parties ?? []).map((p) => p.stop()));
    await t?.stop();
    await rx?.down();
    rmSync(root, { recursive: true, force: true });
  });

  test('a refusal is notified with the party and its reason; a signature within policy is not', async () => {
    assert.equal((await bot.client.call('sign', { key: 'gk', message: msg(16) })).status, 'signed');
    const s = t.server.services;
    await s.inst.store.tx((repo) => s.policies.setIn(repo, allow('principal.name == "bot"'), localActor()));
    const big = await bot.client.call('sign', { key: 'gk', message: msg(100) });
    assert.equal(big.status, 'failed');
    assert.equal(big.error!.code, 'E_PARTY_REFUSED');
    const got = await until(() => rx.of('party.refused')[0], 10_000, 'party.refused');
    const body = JSON.parse(got.body) as { text: string; data: { party?: string; error: { code: string; message: string }; request: { id: string } } };
    assert.equal(body.data.request.id, big.id);
    assert.equal(body.data.error.code, 'E_PARTY_REFUSED');
    assert.match(body.data.error.message, /policy v\d+ denies/);
    assert.match(
      body.text,
      body.data.party ? new RegExp(`^custos: threshold party ${body.data.party} refused request `) : /^custos: a threshold party refused request /,
    );
    assert.equal(rx.received.length, 1, 'the signed request before it raised nothing');
  });
});
