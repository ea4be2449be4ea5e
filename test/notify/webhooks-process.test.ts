/**
 * Webhooks across real processes: the README's notification commands run
 * as written against a `custos serve` process; then a receiver that is down
 * while requests wait, a server killed (SIGKILL) and restarted, and a
 * graceful restart: every notification arrives once the receiver is up, none
 * lost, repeats only under the same delivery id, each signature checked with
 * node:crypto and the secret file `webhook secret --out` wrote; the secret is
 * in neither server's log nor the audit export.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, ROOT, startServer, type ServerProcess } from '../helpers/process.js';
import { TEST_KDF } from '../helpers/cli.js';
import { Receiver, until } from '../helpers/receiver.js';

const SERVE = ['--data', 'custos-data', '--webhook-backoff', '1s', '--webhook-max-backoff', '1s'];

/** The README's "Notifications" block: its `custos ...` lines. */
function readmeCommands(): string[][] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.split('\n## Notifications')[1]!.split('\n## ')[0]!;
  const block = /```sh\n([\s\S]*?)```/.exec(section)![1]!;
  return block
    .split('\n')
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter((l) => l.startsWith('custos '))
    .map((l) => l.split(/\s+/).slice(1));
}

describe('webhooks with real processes: README commands, receiver down, crash and restart', () => {
  let dir: string;
  let srv: ServerProcess;
  const logs: string[] = [];
  let env: Record<string, string>;
  let rx: Receiver;
  const serverEnv = () => ({ CUSTOS_PASSPHRASE_FILE: join(dir, 'pw') });
  const as = (who: string) => ({ ...env, CUSTOS_CREDENTIAL: join(dir, 'custos-data', `${who}.json`) });
  const ok = (args: string[], e = env) => {
    const r = cli(args, dir, e);
    assert.equal(r.code, 0, `custos ${args.join(' ')}: ${r.stderr}`);
    return r;
  };
  const restart = async () => {
    srv = await startServer(SERVE, dir, serverEnv());
    env = { ...env, CUSTOS_ADDR: srv.url };
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'custos-hooks-'));
    writeFileSync(join(dir, 'pw'), 'webhook process passphrase');
    assert.equal(cli(['init', '--data', 'custos-data', '--passphrase-file', 'pw', ...TEST_KDF], dir).code, 0);
    env = { CUSTOS_CREDENTIAL: join(dir, 'custos-data', 'admin.credential.json') };
    await restart();
    rx = await Receiver.start();
  });
  after(async () => {
    await srv?.stop();
    await rx?.down();
    rmSync(dir, { recursive: true, force: true });
  });

  test("the README's notification commands run as written", () => {
    const cmds = readmeCommands();
    assert.ok(cmds.length >= 5);
    for (const c of cmds) ok(c);
    assert.equal(statSync(join(dir, 'custos-data', 'ops.whsec')).mode & 0o777, 0o600);
    assert.match(readFileSync(join(dir, 'custos-data', 'ops.whsec'), 'utf8'), /^whsec_/);
    assert.deepEqual(ok(['webhook', 'list', '--json']).json.webhooks, [], 'the README ends by removing it');
  });

  test('receiver down, server killed and restarted, then a graceful restart: nothing lost, same ids on repeats', async () => {
    ok(['webhook', 'add', 'desk', '--url', rx.url, '--events', '*']);
    ok(['webhook', 'secret', 'desk', '--out', 'desk.whsec']);
    const secret = readFileSync(join(dir, 'desk.whsec'), 'utf8').trim();
    for (const [name, role] of [
      ['bot', 'agent'],
      ['ann', 'approver'],
    ] as const)
      ok(['principal', 'create', '--name', name, '--role', role, '--out', `custos-data/${name}.json`]);
    ok(['key', 'create', 'gated', '--type', 'ed25519', '--allow-raw']);
    writeFileSync(join(dir, 'policy.yaml'), 'rules:\n  - name: gated\n    effect: allow\n    approvals: { count: 1, from: approver }\n');
    ok(['policy', 'set', 'policy.yaml']);

    await rx.down();
    const ids: string[] = [];
    for (const m of ['0a', '0b', '0c']) {
      const r = ok(['sign', '--key', 'gated', '--message', m, '--json'], as('bot'));
      assert.equal(r.json.status, 'pending');
      ids.push(r.json.requestId ?? r.json.id);
    }
    await until(
      () => {
        const d = ok(['webhook', 'deliveries', '--status', 'pending', '--json']).json.deliveries as { attempts: number }[];
        return d.length === 3 && d.every((x) => x.attempts >= 1);
      },
      15_000,
      'failed attempts while the receiver is down',
    );

    logs.push(srv.log());
    await srv.stop('SIGKILL'); // a crash: whatever was queued is in the store
    await restart();
    await rx.up();
    await until(() => ok(['webhook', 'deliveries', '--status', 'pending', '--json']).json.deliveries.length === 0, 20_000, 'delivered after the restart');
    const pending = rx.of('request.pending').map((x) => (JSON.parse(x.body) as { data: { request: { id: string } } }).data.request.id);
    for (const id of ids) assert.ok(pending.includes(id), `request ${id} notified`);

    // a graceful stop queues instance.sealed, delivered after the next unseal (with instance.unsealed)
    logs.push(srv.log());
    await srv.stop();
    await restart();
    await until(() => rx.of('instance.sealed').length >= 1 && rx.of('instance.unsealed').length >= 2, 20_000, 'seal and unseal notified');

    const all = ok(['webhook', 'deliveries', '--limit', '1000', '--json']).json.deliveries as { id: string; status: string }[];
    assert.ok(all.length >= 3 + 1 + 2);
    await until(() => ok(['webhook', 'deliveries', '--status', 'pending', '--json']).json.deliveries.length === 0, 20_000, 'all delivered');
    const bodies = new Map<string, string>();
    for (const x of rx.received) {
      const id = String(x.headers['x-custos-delivery']);
      if (bodies.has(id)) assert.equal(bodies.get(id), x.body, 'a repeat is the same delivery');
      bodies.set(id, x.body);
      const ts = String(x.headers['x-custos-timestamp']);
      assert.equal(x.headers['x-custos-signature'], `v1=${createHmac('sha256', secret).update(`${ts}.${x.body}`).digest('hex')}`);
    }
    for (const d of ok(['webhook', 'deliveries', '--limit', '1000', '--json']).json.deliveries as { id: string; status: string }[]) {
      assert.equal(d.status, 'delivered');
      assert.ok(bodies.has(d.id), `delivery ${d.id} arrived`);
    }

    // the secret: in no log, no audit export, no list
    logs.push(srv.log());
    const raw = secret.slice('whsec_'.length);
    const exported = ok(['audit', 'export']).stdout;
    assert.ok(exported.includes('webhook.secret'), 'control: the export holds the secret reads');
    for (const text of [...logs, exported, ok(['webhook', 'list', '--json']).stdout]) assert.ok(!text.includes(raw), 'secret leaked');
  });
});
