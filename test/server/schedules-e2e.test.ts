/**
 * Rotation schedules through the server and the CLI: set with
 * `key rotate NAME --rotate-every`, run by the server's own tick when the
 * (injected) clock reaches the slot, listed, removed; the root key's
 * schedule likewise (`operator rotate-root --every`).
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { TestServer } from '../helpers/server.js';
import { Sandbox } from '../helpers/cli.js';

const DAY = 86_400_000;

describe('rotation schedules through the server', () => {
  let t: TestServer;
  let offset = 0;
  const sb = new Sandbox();

  before(async () => {
    t = await TestServer.start({ now: () => Date.now() + offset, tickMs: 50 });
    sb.env = { CUSTOS_ADDR: t.url, CUSTOS_CREDENTIAL: t.adminCredential };
    await t.admin.call('key.create', { name: 'hot', type: 'secp256k1' });
    await t.admin.call('key.create', { name: 'idle', type: 'secp256k1' });
  });
  after(async () => {
    await t.stop();
    sb.cleanup();
  });

  test('the server rotates a scheduled key at its slot, and only that key', async () => {
    const s = await sb.ok('key', 'rotate', 'hot', '--rotate-every', '90d');
    assert.equal(s.every, '90d');
    assert.equal((await sb.ok('schedule', 'list')).schedules.length, 1);
    await sleep(200);
    assert.equal((await t.admin.call('key.show', { ref: 'hot' })).currentVersion, 1, 'not before its slot');
    offset += 90 * DAY + 1000;
    let v = 1;
    for (let i = 0; i < 100 && v === 1; i++) {
      await sleep(50);
      v = (await t.admin.call('key.show', { ref: 'hot' })).currentVersion;
    }
    assert.equal(v, 2);
    assert.equal((await t.admin.call('key.show', { ref: 'idle' })).currentVersion, 1, 'control: the unscheduled key is untouched');
    const [row] = (await t.admin.call('schedule.list', {})).schedules;
    assert.equal(row!.runs, 1);
    await sb.ok('key', 'rotate', 'hot', '--rotate-every', 'off');
    assert.deepEqual((await t.admin.call('schedule.list', {})).schedules, []);
    assert.equal((await sb.fails('key', 'rotate', 'hot', '--rotate-every', '10m')).error, 'E_BAD_INPUT');
  });

  test('operator rotate-root --every: the server rotates the root key at its slot and keeps signing; off removes it', async () => {
    await t.admin.call('policy.set', { source: 'rules:\n  - name: admins\n    effect: allow\n    when: principal.role == "admin"\n' });
    await t.admin.call('key.create', { name: 'rawk', type: 'ed25519', allowRaw: true }); // made under the old root
    const s = await sb.ok('operator', 'rotate-root', '--every', '30d');
    assert.equal(s.id, 'root.rotate:root');
    const v0 = (await t.admin.call('sys.status', {})).rootVersion;
    await sleep(200);
    assert.equal((await t.admin.call('sys.status', {})).rootVersion, v0, 'not before its slot');
    offset += 30 * DAY + 1000;
    let v = v0;
    for (let i = 0; i < 100 && v === v0; i++) {
      await sleep(50);
      v = (await t.admin.call('sys.status', {})).rootVersion;
    }
    assert.equal(v, v0 + 1);
    assert.equal((await t.admin.call('sign', { key: 'rawk', message: '0102' })).status, 'signed');
    await sb.ok('operator', 'rotate-root', '--every', 'off');
    assert.deepEqual((await t.admin.call('schedule.list', {})).schedules, []);
    assert.equal((await sb.fails('operator', 'rotate-root', '--every', 'soon')).error, 'E_BAD_INPUT');
  });
});
