/**
 * Webhook notifications end to end on a real server and a real receiver:
 * signed deliveries verified with node:crypto alone, a receiver that is down
 * for a while, governance of endpoints, the secret kept out of every
 * output, tampered rows refused, no redirects, and signing never waiting
 * for a slow receiver. Each attack test has its positive control beside it.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { TestServer, type Principal } from '../helpers/server.js';
import { Receiver, until, type Received } from '../helpers/receiver.js';

const POLICY = `rules:
  - name: gated
    effect: allow
    when: key.name == "gated"
    approvals: { count: 1, from: approver }
  - name: later
    effect: allow
    when: key.name == "later"
    delay: 1h
  - name: cold
    effect: deny
    when: key.name == "cold"
  - name: hot
    effect: allow
    when: key.name == "hot"
`;

/** The receiver's check, written with node:crypto only (docs/notifications.md). */
function verify(secret: string, r: Received): boolean {
  const ts = String(r.headers['x-custos-timestamp']);
  const sig = String(r.headers['x-custos-signature']);
  const want = Buffer.from(`v1=${createHmac('sha256', Buffer.from(secret, 'utf8')).update(`${ts}.${r.body}`).digest('hex')}`);
  const got = Buffer.from(sig);
  return want.length === got.length && timingSafeEqual(want, got) && Math.abs(Date.now() / 1000 - Number(ts)) < 300;
}

describe('webhook notifications', () => {
  let t: TestServer;
  let rx: Receiver;
  let secret: string;
  let bot: Principal;
  let ann: Principal;
  let carl: Principal;
  let n = 0;
  const msg = () => (++n).toString(16).padStart(2, '0');

  before(async () => {
    rx = await Receiver.start();
    t = await TestServer.start({ webhooks: { pollMs: 100, baseDelayMs: 200, maxDelayMs: 400, timeoutMs: 1500, maxAttempts: 50 } });
    bot = await t.principal('bot', 'agent');
    ann = await t.principal('ann', 'approver');
    carl = await t.principal('carl', 'approver');
    for (const name of ['gated', 'later', 'cold', 'hot']) await t.admin.call('key.create', { name, type: 'ed25519', allowRaw: true });
    await t.admin.call('policy.set', { source: POLICY });
    const added = await t.admin.call('webhook.add', { name: 'ops', url: rx.url, events: ['*'] });
    assert.equal((added as { name: string }).name, 'ops');
    secret = (await t.admin.call('webhook.secret', { name: 'ops' })).secret;
    assert.match(secret, /^whsec_[A-Za-z0-9_-]{43}$/);
  });
  after(async () => {
    await t.stop();
    await rx.down();
  });

  test('a pending request sends a signed webhook naming the approvers; the HMAC verifies with node:crypto', async () => {
    const r = await bot.client.call('sign', { key: 'gated', message: msg() });
    assert.equal(r.status, 'pending');
    const got = await until(
      () => rx.of('request.pending').find((x) => (JSON.parse(x.body) as { data: { request: { id: string } } }).data.request.id === r.id),
      10_000,
      'request.pending',
    );
    assert.ok(verify(secret, got), 'signature verifies');
    // negative controls: one changed byte of the body, or another secret, fail
    assert.ok(!verify(secret, { ...got, body: got.body.replace('gated', 'gatee') }));
    assert.ok(!verify(`${secret}x`, got));
    assert.match(String(got.headers['x-custos-delivery']), /^[0-9a-f-]{36}$/);
    assert.equal(got.headers['content-type'], 'application/json');
    const body = JSON.parse(got.body) as {
      event: string;
      text: string;
      data: { approvals: { count: number; from: string; approvers: string[] }; request: { rule: string; requester: string } };
    };
    assert.equal(body.event, 'request.pending');
    assert.deepEqual(body.data.approvals, { count: 1, from: 'approver', approvers: ['ann', 'carl'] });
    assert.equal(body.data.request.rule, 'gated');
    assert.equal(body.data.request.requester, 'bot');
    assert.match(body.text, /waits for 1 approval from role approver: ann, carl/);
  });

  test('denial, delay window and cancellation are notified; an immediate signature is not', async () => {
    const before = rx.received.length;
    const hot = await bot.client.call('sign', { key: 'hot', message: msg() });
    assert.equal(hot.status, 'signed');
    assert.equal((await bot.client.call('sign', { key: 'cold', message: msg() })).status, 'denied');
    const later = await bot.client.call('sign', { key: 'later', message: msg() });
    assert.equal(later.status, 'approved');
    await bot.client.cancel(later.id);
    await until(() => rx.of('request.cancelled').length > 0, 10_000, 'request.cancelled');
    const events = rx.received.slice(before).map((x) => String(x.headers['x-custos-event']));
    assert.deepEqual([...new Set(events)].sort(), ['request.cancelled', 'request.delayed', 'request.denied']);
    for (const x of rx.received) assert.ok(verify(secret, x));
  });

  test('a receiver that is down loses nothing: every delivery arrives once up, duplicates only with the same id', async () => {
    await rx.down();
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await bot.client.call('sign', { key: 'gated', message: msg() })).id);
    await ann.client.decide(ids[0]!, 'reject');
    // attempts fail meanwhile, and the status says so
    const failing = await until(
      async () => {
        const d = (await t.admin.call('webhook.deliveries', { status: 'pending' })).deliveries;
        return d.length >= 5 && d.every((x) => x.attempts >= 1) ? d : null;
      },
      10_000,
      'failed attempts',
    );
    assert.match(failing[0]!.lastError ?? '', /connection failed/);
    const count = rx.received.length;
    await rx.up();
    await until(async () => (await t.admin.call('webhook.deliveries', { status: 'pending' })).deliveries.length === 0, 15_000, 'all delivered');
    const all = (await t.admin.call('webhook.deliveries', { limit: 1000 })).deliveries;
    assert.ok(
      all.every((d) => d.status === 'delivered'),
      JSON.stringify(all.filter((d) => d.status !== 'delivered')),
    );
    const seen = new Set(rx.received.map((x) => String(x.headers['x-custos-delivery'])));
    for (const d of all) assert.ok(seen.has(d.id), `delivery ${d.id} (${d.event}) arrived`);
    // every body under one delivery id is the same body (a retry is the same delivery)
    const byId = new Map<string, string>();
    for (const x of rx.received) {
      const id = String(x.headers['x-custos-delivery']);
      if (byId.has(id)) assert.equal(byId.get(id), x.body);
      byId.set(id, x.body);
    }
    const pendingIds = rx.received
      .slice(count)
      .filter((x) => x.headers['x-custos-event'] === 'request.pending')
      .map((x) => (JSON.parse(x.body) as { data: { request: { id: string } } }).data.request.id);
    for (const id of ids) assert.ok(pendingIds.includes(id), `pending ${id} notified`);
    assert.equal(rx.of('request.rejected').length >= 1, true);
    const metrics = String(await t.admin.call('sys.metrics', {}));
    assert.match(metrics, new RegExp(`^custos_webhook_deliveries\\{status="delivered"\\} ${all.length}$`, 'm'));
    assert.match(metrics, /^custos_webhook_deliveries\{status="pending"\} 0$/m);
  });

  test('the secret is in no list, delivery status, audit export or log line', async () => {
    const outputs = [
      JSON.stringify(await t.admin.call('webhook.list', {})),
      JSON.stringify(await t.admin.call('webhook.deliveries', { limit: 1000 })),
      String(await t.admin.call('audit.export', {})),
      JSON.stringify(await t.admin.call('request.list', {})),
      t.logs.join('\n'),
    ];
    const raw = secret.slice('whsec_'.length);
    // positive control: the search would find it where it is
    assert.ok(JSON.stringify(await t.admin.call('webhook.secret', { name: 'ops' })).includes(raw));
    for (const o of outputs) assert.ok(!o.includes(raw), 'secret leaked');
    const trail = String(await t.admin.call('audit.export', {}));
    assert.ok(trail.includes('"webhook.secret"'), 'reading the secret is audited');
  });

  test('a non-admin cannot add or read a webhook (403 E_FORBIDDEN, as test/server/roles.test.ts checks per role), and nothing changes', async () => {
    for (const who of [ann, bot]) {
      await assert.rejects(who.client.call('webhook.add', { name: 'exfil', url: 'http://127.0.0.1:9/x', events: ['*'] }), (e: any) => e.code === 'E_FORBIDDEN');
      await assert.rejects(who.client.call('webhook.secret', { name: 'ops' }), (e: any) => e.code === 'E_FORBIDDEN');
    }
    assert.deepEqual(
      (await t.admin.call('webhook.list', {})).webhooks.map((w) => w.name),
      ['ops'],
    );
    // bad input: a clear code, nothing added
    await assert.rejects(
      t.admin.call('webhook.add', { name: 'bad', url: 'http://user:pw@127.0.0.1/x', events: ['*'] }),
      (e: any) => e.code === 'E_BAD_INPUT' && e.details?.field === 'url',
    );
    await assert.rejects(t.admin.call('webhook.add', { name: 'bad', url: 'ftp://127.0.0.1/x', events: ['*'] }), (e: any) => e.code === 'E_BAD_INPUT');
    await assert.rejects(
      t.admin.call('webhook.add', { name: 'bad', url: rx.url, events: ['key.sign'] }),
      (e: any) => e.code === 'E_BAD_INPUT' && e.details?.field === 'events',
    );
    await assert.rejects(t.admin.call('webhook.add', { name: 'ops', url: rx.url, events: ['*'] }), (e: any) => e.code === 'E_NAME_TAKEN');
    await assert.rejects(t.admin.call('webhook.remove', { name: 'nope' }), (e: any) => e.code === 'E_WEBHOOK_NOT_FOUND');
    assert.deepEqual(
      (await t.admin.call('webhook.list', {})).webhooks.map((w) => w.name),
      ['ops'],
    );
  });

  test('a tampered endpoint row gets nothing and is reported; a tampered delivery is refused (controls beside each)', async () => {
    const other = await Receiver.start();
    try {
      await t.admin.call('webhook.add', { name: 'second', url: other.url, events: ['request.pending', 'tamper.detected'] });
      // control: the untouched endpoint receives
      await bot.client.call('sign', { key: 'gated', message: msg() });
      await until(() => other.of('request.pending').length === 1, 10_000, 'control delivery');
      // attack 1: re-point "ops" past the barrier (raw SQL, no MAC key)
      const attacker = await Receiver.start();
      const drv = t.server.services.inst.store.driver;
      await drv.run('UPDATE webhooks SET url = ? WHERE name = ?', [attacker.url, 'ops']);
      await bot.client.call('sign', { key: 'gated', message: msg() });
      const report = await until(() => other.of('tamper.detected')[0], 10_000, 'tamper.detected');
      assert.match((JSON.parse(report.body) as { text: string }).text, /webhook\/ops failed authentication/);
      assert.equal(other.of('request.pending').length, 2, 'the honest endpoint still gets its notification');
      await new Promise((r) => setTimeout(r, 500));
      assert.equal(attacker.received.length, 0, 'nothing goes to the re-pointed URL');
      await attacker.down();
      // control: the row as custos wrote it is trusted again
      await drv.run('UPDATE webhooks SET url = ? WHERE name = ?', [rx.url, 'ops']);
      const r = await bot.client.call('sign', { key: 'gated', message: msg() });
      await until(() => rx.of('request.pending').some((x) => x.body.includes(r.id)), 10_000, 'ops trusted again');
      // attack 2: a delivery row forged past the barrier (edited payload of a real, MACed row)
      const sec = (await t.admin.call('webhook.secret', { name: 'second' })).secret;
      const row = (await t.server.services.inst.store.read.webhooks.deliveries({ limit: 1, status: 'delivered' }))[0]!;
      const forged = {
        ...row,
        id: '00000000-0000-4000-8000-000000000001',
        status: 'pending' as const,
        attempts: 0,
        nextAt: Date.now(),
        payload: row.payload.replace('gated', 'evil!'),
      };
      const honest = { ...row, id: '00000000-0000-4000-8000-000000000002', status: 'pending' as const, attempts: 0, nextAt: Date.now() };
      await t.server.services.inst.store.tx((repo) => repo.webhooks.enqueue(forged));
      await t.server.services.inst.store.tx((repo) => repo.webhooks.enqueue({ ...honest, id: forged.id.replace(/1$/, '3'), mac: '0'.repeat(64) }));
      // control: the same row with its real MAC under a new id is... refused too, since the MAC covers the id
      await t.server.services.inst.store.tx((repo) => repo.webhooks.enqueue(honest));
      await until(async () => (await t.server.services.inst.store.read.webhooks.delivery(forged.id))?.status === 'failed', 10_000, 'forged refused');
      const refused = (await t.server.services.inst.store.read.webhooks.delivery(forged.id))!;
      assert.match(refused.lastError ?? '', /refused: webhook-delivery\/.* failed authentication/);
      await until(async () => (await t.server.services.inst.store.read.webhooks.delivery(honest.id))?.status === 'failed', 10_000, 'replayed row refused');
      const sent = new Set(other.received.map((x) => String(x.headers['x-custos-delivery'])));
      assert.ok(!sent.has(forged.id) && !sent.has(honest.id), 'no forged delivery was sent');
      // positive control for the worker: a row custos queues itself is sent and verifies
      await bot.client.call('sign', { key: 'gated', message: msg() });
      const last = await until(() => other.of('request.pending')[2], 10_000, 'honest delivery after the attacks');
      assert.ok(verify(sec, last));
    } finally {
      await t.admin.call('webhook.remove', { name: 'second' });
      await other.down();
    }
  });

  test('a policy freeze is notified (risk.frozen naming the key and rule); a key the rule does not match raises none', async () => {
    await t.admin.call('key.create', { name: 'tripwire', type: 'ed25519', allowRaw: true });
    const freeze = `rules:\n  - name: tripwire-freeze\n    effect: freeze\n    target: key\n    when: key.name == "tripwire"\n${POLICY.slice('rules:\n'.length)}`;
    await t.admin.call('policy.set', { source: freeze });
    // control: a key the freeze rule does not match signs, and no risk.frozen arrives
    assert.equal((await bot.client.call('sign', { key: 'hot', message: msg() })).status, 'signed');
    const tripped = await bot.client.call('sign', { key: 'tripwire', message: msg() });
    assert.equal(tripped.status, 'denied');
    const got = await until(() => rx.of('risk.frozen')[0], 10_000, 'risk.frozen');
    assert.equal(rx.of('risk.frozen').length, 1);
    assert.ok(verify(secret, got));
    const body = JSON.parse(got.body) as { text: string; data: { freeze: { target: string; name: string; rule: string }; request?: { id: string } } };
    assert.deepEqual(body.data.freeze, { target: 'key', name: 'tripwire', rule: 'tripwire-freeze' });
    assert.match(body.text, /key tripwire was frozen by policy rule "tripwire-freeze"/);
    await t.admin.call('policy.set', { source: POLICY });
  });

  test('a tampered row refused by an API call is notified once (tamper.detected), its refusal still E_TAMPERED', async () => {
    await t.admin.call('key.create', { name: 'victim', type: 'ed25519', allowRaw: true });
    await t.admin.call('policy.set', { source: `${POLICY}  - name: victim\n    effect: allow\n    when: key.name == "victim"\n` });
    // control: the untouched key signs and nothing is reported
    assert.equal((await bot.client.call('sign', { key: 'victim', message: msg() })).status, 'signed');
    const victim = () => rx.of('tamper.detected').filter((x) => (JSON.parse(x.body) as { data: { record: string } }).data.record === 'key/victim');
    assert.equal(victim().length, 0);
    await t.server.services.inst.store.driver.run('UPDATE keys SET tags = ? WHERE name = ?', ['{"cold":"no"}', 'victim']);
    for (let i = 0; i < 3; i++) await assert.rejects(bot.client.call('sign', { key: 'victim', message: msg() }), (e: any) => e.code === 'E_TAMPERED');
    const got = await until(() => victim()[0], 10_000, 'tamper.detected');
    const body = JSON.parse(got.body) as { text: string; data: { record: string; where: string } };
    assert.equal(body.data.record, 'key/victim');
    assert.equal(body.data.where, 'POST /v1/sign');
    assert.match(body.text, /TAMPERING DETECTED: stored record key\/victim failed authentication/);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(victim().length, 1, 'reported once, not per refused request');
  });

  test('redirects are not followed; a slow receiver never delays signing', async () => {
    const elsewhere = await Receiver.start();
    const slow = await Receiver.start();
    slow.answer = 'hang';
    const redirecting = await Receiver.start();
    redirecting.answer = { redirect: elsewhere.url };
    try {
      await t.admin.call('webhook.add', { name: 'redir', url: redirecting.url, events: ['request.denied'] });
      await t.admin.call('webhook.add', { name: 'slow', url: slow.url, events: ['request.denied', 'request.pending'] });
      assert.equal((await bot.client.call('sign', { key: 'cold', message: msg() })).status, 'denied');
      await until(() => redirecting.received.length > 0 && slow.received.length > 0, 10_000, 'attempts');
      // while the slow receiver holds its connections open, signing is as fast as ever
      const t0 = Date.now();
      for (let i = 0; i < 5; i++) assert.equal((await bot.client.call('sign', { key: 'hot', message: msg() })).status, 'signed');
      assert.ok(Date.now() - t0 < 3000, `signing took ${Date.now() - t0} ms`);
      const d = await until(
        async () => (await t.admin.call('webhook.deliveries', { webhook: 'redir' })).deliveries.find((x) => x.lastStatus === 302),
        10_000,
        'redirect recorded',
      );
      assert.match(d.lastError ?? '', /redirects are not followed/);
      assert.equal(elsewhere.received.length, 0, 'the redirect target got nothing');
    } finally {
      await t.admin.call('webhook.remove', { name: 'redir' });
      await t.admin.call('webhook.remove', { name: 'slow' });
      for (const r of [elsewhere, slow, redirecting]) await r.down();
    }
  });

  test('under a 2-admin quorum one admin only proposes an endpoint; the second admin adds it', async () => {
    const admin2 = await t.principal('admin2', 'admin');
    await t.admin.call('policy.set', { source: `admin: { approvals: 2 }\n${POLICY}` });
    const p = (await t.admin.call('webhook.add', { name: 'quorum', url: rx.url, events: ['request.pending'] })) as unknown as {
      status: string;
      request: { id: string; kind: string };
    };
    assert.equal(p.status, 'pending');
    assert.equal(p.request.kind, 'admin:webhook.add');
    assert.ok(!(await t.admin.call('webhook.list', {})).webhooks.some((w) => w.name === 'quorum'), 'not added yet');
    // the proposal itself is notified to the admins who may approve it
    await until(
      () => rx.of('request.pending').some((x) => (JSON.parse(x.body) as { data: { request: { id: string } } }).data.request.id === p.request.id),
      10_000,
      'proposal notified',
    );
    const done = await admin2.client.decide(p.request.id, 'approve');
    assert.equal(done.status, 'signed');
    assert.ok((await t.admin.call('webhook.list', {})).webhooks.some((w) => w.name === 'quorum'));
    const rm = (await admin2.client.call('webhook.remove', { name: 'quorum' })) as unknown as { status: string; request: { id: string } };
    assert.equal(rm.status, 'pending', 'removal is governed too');
    await t.admin.decide(rm.request.id, 'approve');
    assert.ok(!(await t.admin.call('webhook.list', {})).webhooks.some((w) => w.name === 'quorum'));
    void carl;
  });
});
