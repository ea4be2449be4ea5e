/**
 * Logs, metrics and health through a real server (issue #15): one JSON log
 * line per request with reqId, principal, operation, status, ms and, for
 * signing, rule and outcome, and nothing secret in it; levels and the text
 * format; Prometheus metrics at /v1/sys/metrics (admins and auditors, counters
 * that move with a signature) and unauthenticated at /metrics on the
 * --metrics-listen listener only; /upcheck. Then the same through the real
 * CLI (`custos serve`, built dist/): JSON lines by default and flag errors.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { connect } from 'node:net';
import { TestServer } from '../helpers/server.js';
import { cli, startServer } from '../helpers/process.js';
import { signRequest } from '../../src/auth/request-signature.js';
import { credentialPrivateKey, readCredentialFile } from '../../src/auth/credential.js';

const POLICY = `rules:
  - name: hot-allow
    effect: allow
    when: key.name == "hot"
  - name: gated
    effect: allow
    when: key.name == "gated"
    approvals: { count: 1, from: approver }
  - name: cold-deny
    effect: deny
    when: key.name == "cold"
`;

type Line = Record<string, unknown>;

/** The JSON request lines of a server log (every line must be JSON). */
function requestLines(logs: readonly string[]): Line[] {
  return logs.map((l) => JSON.parse(l) as Line).filter((l) => l.msg === 'request');
}

/** Wait until `pred` holds (the request line is written when the answer has been sent, just after the client may see it). */
async function until(pred: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !pred(); i++) await new Promise((r) => setTimeout(r, 10));
  assert.ok(pred(), what);
}

/** The value of one sample in a Prometheus text, 0 when absent. */
function sample(text: string, series: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

describe('request log and metrics (in process)', () => {
  let t: TestServer;
  before(async () => {
    t = await TestServer.start({ logFormat: 'json', logLevel: 'info', metricsListen: '127.0.0.1:0' });
    await t.admin.call('policy.set', { source: POLICY });
    for (const name of ['hot', 'gated', 'cold']) await t.admin.call('key.create', { name, type: 'secp256k1', allowRaw: true });
  });
  after(() => t.stop());

  test('a signing request writes exactly one JSON line with its fields, and no secret', async () => {
    const bot = await t.principal('log-bot', 'agent');
    const token = (await t.admin.call('token.create', { principal: 'log-bot', ttl: '1h' })).token;
    const digest = randomBytes(32).toString('hex');
    const from = t.logs.length;
    const res = await fetch(`${t.url}/v1/sign`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ key: 'hot', digest, note: 'a note for the log test' }),
    });
    const body = (await res.json()) as { id: string; status: string; signature: string };
    assert.equal(res.status, 200);
    assert.equal(body.status, 'signed');
    await until(() => requestLines(t.logs.slice(from)).length >= 1, 'a request line');
    await new Promise((r) => setTimeout(r, 50));
    const lines = requestLines(t.logs.slice(from));
    assert.equal(lines.length, 1, JSON.stringify(lines));
    const l = lines[0]!;
    // positive control: the fields carry this request's values
    assert.equal(l.level, 'info');
    assert.match(String(l.reqId), /^[0-9a-f-]{36}$/);
    assert.equal(l.operation, 'sign');
    assert.equal(l.principal, 'log-bot');
    assert.equal(l.method, 'POST');
    assert.equal(l.status, 200);
    assert.equal(typeof l.ms, 'number');
    assert.ok((l.ms as number) >= 0 && (l.ms as number) < 10_000);
    assert.equal(l.rule, 'hot-allow');
    assert.equal(l.outcome, 'signed');
    assert.equal(l.requestId, body.id);
    assert.match(String(l.time), /^\d{4}-\d\d-\d\dT/);
    // the answer names the same request id as the log line (and the client cannot choose it)
    assert.equal(res.headers.get('x-request-id'), l.reqId);
    // nothing of the body, the token or the answer
    const text = t.logs.slice(from).join('\n');
    for (const secret of [token, token.split('_')[2]!, digest, body.signature, 'a note for the log test', 'authorization', 'Bearer'])
      assert.ok(!text.includes(secret), `the log holds ${secret.slice(0, 12)}…`);
    assert.deepEqual(Object.keys(l).sort(), [
      'level',
      'method',
      'ms',
      'msg',
      'operation',
      'outcome',
      'principal',
      'reqId',
      'requestId',
      'rule',
      'status',
      'time',
    ]);

    // a denial and a pending request: their rule and outcome; a refused call: its code
    const signer = { key: credentialPrivateKey(readCredentialFile(bot.credentialFile)), name: bot.name };
    const from2 = t.logs.length;
    assert.equal((await bot.client.call('sign', { key: 'cold', digest })).status, 'denied');
    assert.equal((await bot.client.call('sign', { key: 'gated', digest })).status, 'pending');
    const refused = await fetch(`${t.url}/v1/keys`, { headers: signRequest(signer.key, signer.name, { method: 'GET', path: '/v1/keys', body: '' }) });
    assert.equal(refused.status, 403);
    await until(() => requestLines(t.logs.slice(from2)).length >= 3, 'three request lines');
    const [denied, pending, forbidden] = requestLines(t.logs.slice(from2));
    assert.deepEqual([denied!.rule, denied!.outcome, denied!.status], ['cold-deny', 'denied', 200]);
    assert.deepEqual([pending!.rule, pending!.outcome], ['gated', 'pending']);
    assert.deepEqual(
      [forbidden!.operation, forbidden!.principal, forbidden!.status, forbidden!.code, forbidden!.rule],
      ['key.list', 'log-bot', 403, 'E_FORBIDDEN', undefined],
    );
    // an unknown route: no operation, no path in the log
    const from3 = t.logs.length;
    assert.equal((await fetch(`${t.url}/v1/no-such-route-${digest}`)).status, 404);
    await until(() => requestLines(t.logs.slice(from3)).length >= 1, 'a 404 line');
    const nf = requestLines(t.logs.slice(from3))[0]!;
    assert.deepEqual([nf.operation, nf.principal, nf.status, nf.code], [null, null, 404, 'E_NOT_FOUND']);
    assert.ok(!t.logs.slice(from3).join('\n').includes(digest));
  });

  test('a client-chosen x-request-id is not echoed; a request refused before routing still gets a log line and a count', async () => {
    const chosen = await fetch(`${t.url}/v1/sys/health`, { headers: { 'x-request-id': 'attacker-chosen' } });
    assert.match(String(chosen.headers.get('x-request-id')), /^[0-9a-f-]{36}$/);
    const from = t.logs.length;
    const before = await t.admin.call('sys.metrics', {});
    const series = 'custos_http_requests_total{operation="none",status="400"}';
    // a request line Node's HTTP parser refuses: answered 400 by the client-error handler, before any route
    const answer = await new Promise<string>((resolve, reject) => {
      const sock = connect(Number(new URL(t.url).port), '127.0.0.1', () => sock.write('GARBAGE / HTTP/1.1\r\n\r\n'));
      let got = '';
      sock.on('data', (d) => (got += d.toString()));
      sock.on('close', () => resolve(got));
      sock.on('error', reject);
    });
    assert.match(answer, /^HTTP\/1\.1 400 /);
    await until(() => t.logs.slice(from).some((l) => (JSON.parse(l) as Line).msg === 'request refused before routing'), 'a refusal line');
    const line = t.logs
      .slice(from)
      .map((l) => JSON.parse(l) as Line)
      .find((l) => l.msg === 'request refused before routing')!;
    assert.deepEqual([line.status, line.code, line.level], [400, 'E_BAD_INPUT', 'info']);
    assert.ok(!t.logs.slice(from).join('\n').includes('GARBAGE'), 'the refused bytes are not logged');
    const after = await t.admin.call('sys.metrics', {});
    assert.equal(sample(after, series), sample(before, series) + 1);
  });

  test('/v1/sys/metrics: Prometheus text for admins and auditors, counters move with a signature; agents are refused', async () => {
    const auditor = await t.principal('metrics-auditor', 'auditor');
    const agent = await t.principal('metrics-agent', 'agent');
    const before = await t.admin.call('sys.metrics', {});
    const res = await fetch(`${t.url}/v1/sys/metrics`, {
      headers: signRequest(credentialPrivateKey(readCredentialFile(t.adminCredential)), 'admin', { method: 'GET', path: '/v1/sys/metrics', body: '' }),
    });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-type'), 'text/plain; version=0.0.4; charset=utf-8');
    const names = new Set([...before.matchAll(/^# TYPE (\S+) /gm)].map((m) => m[1]!));
    for (const n of [
      'custos_http_requests_total',
      'custos_http_request_duration_seconds',
      'custos_policy_decisions_total',
      'custos_signatures_total',
      'custos_audit_events_total',
      'custos_store_transaction_duration_seconds',
      'custos_sealed',
      'custos_requests_open',
      'custos_party_reachable',
      'custos_build_info',
    ]) {
      assert.ok(names.has(n), `missing ${n}`);
    }
    assert.ok(
      [...names].every((n) => n.startsWith('custos_')),
      [...names].join(', '),
    );
    assert.equal(sample(before, 'custos_sealed'), 0);

    const sig = 'custos_signatures_total{algorithm="secp256k1",custody="local"}';
    const dec = 'custos_policy_decisions_total{rule="hot-allow",effect="allow"}';
    const signs = 'custos_http_requests_total{operation="sign",status="200"}';
    assert.equal((await t.admin.call('sign', { key: 'hot', digest: randomBytes(32).toString('hex') })).status, 'signed');
    assert.equal((await t.admin.call('sign', { key: 'gated', digest: randomBytes(32).toString('hex') })).status, 'pending');
    await new Promise((r) => setTimeout(r, 50)); // the request counter moves once the answer is out
    const after = await auditor.client.call('sys.metrics', {});
    assert.equal(sample(after, sig), sample(before, sig) + 1);
    assert.equal(sample(after, dec), sample(before, dec) + 1);
    assert.equal(sample(after, signs), sample(before, signs) + 2);
    assert.ok(sample(after, 'custos_requests_open{status="pending"}') >= 1);
    assert.ok(sample(after, 'custos_audit_events_total{action="key.sign"}') >= 1);
    assert.ok(
      sample(after, 'custos_store_transaction_duration_seconds_count{outcome="commit"}') >
        sample(before, 'custos_store_transaction_duration_seconds_count{outcome="commit"}'),
    );
    assert.ok(sample(after, 'custos_http_request_duration_seconds_count{operation="sign"}') >= 2);
    assert.equal(sample(after, 'custos_build_info{version="0.1.0"}'), 1);
    // prom-client's default process collectors, under the custos_ prefix
    for (const n of [
      'custos_process_cpu_seconds_total',
      'custos_process_resident_memory_bytes',
      'custos_nodejs_eventloop_lag_seconds',
      'custos_nodejs_heap_size_used_bytes',
    ])
      assert.ok(names.has(n), `missing ${n}`);
    assert.ok(sample(after, 'custos_process_resident_memory_bytes') > 1_000_000);

    await assert.rejects(agent.client.call('sys.metrics', {}), (e: { code?: string }) => e.code === 'E_FORBIDDEN');
    const anon = await fetch(`${t.url}/v1/sys/metrics`);
    assert.equal(anon.status, 401);
  });

  test('--metrics-listen: /metrics without authentication there, and not on the API listener', async () => {
    const url = t.server.metricsUrl!;
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
    assert.notEqual(url, t.url);
    const m = await fetch(`${url}/metrics`);
    assert.equal(m.status, 200);
    assert.match(m.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
    assert.match(await m.text(), /^custos_sealed 0$/m);
    assert.equal((await fetch(`${url}/v1/sys/metrics`)).status, 404);
    assert.equal((await fetch(`${url}/`)).status, 404);
    assert.equal((await fetch(`${url}/metrics`, { method: 'POST' })).status, 404);
    const api = await fetch(`${t.url}/metrics`);
    assert.equal(api.status, 404);
    assert.equal(((await api.json()) as { code: string }).code, 'E_NOT_FOUND');
    assert.ok(t.logs.some((l) => (JSON.parse(l) as Line).msg === `metrics (Prometheus, no authentication) at ${url}/metrics`));
  });

  test('/upcheck answers 200 "OK" as text; probes are logged at debug only', async () => {
    const from = t.logs.length;
    const r = await fetch(`${t.url}/upcheck`);
    assert.equal(r.status, 200);
    assert.equal(r.headers.get('content-type'), 'text/plain; charset=utf-8');
    assert.equal(await r.text(), 'OK');
    assert.equal((await fetch(`${t.url}/v1/sys/health`)).status, 200);
    await t.admin.call('key.list', {});
    await until(() => requestLines(t.logs.slice(from)).length >= 1, 'the key.list line');
    assert.deepEqual(
      requestLines(t.logs.slice(from)).map((l) => l.operation),
      ['key.list'],
    );
  });
});

describe('log levels and the text format', () => {
  test('warn drops request lines and keeps warnings; debug adds probes', async () => {
    const t = await TestServer.start({ logFormat: 'json', logLevel: 'warn' });
    try {
      const from = t.logs.length;
      await t.admin.call('key.list', {});
      const fake = `cst_0123456789abcdef_${randomBytes(32).toString('base64url')}`;
      const refused = await fetch(`${t.url}/v1/sign`, {
        method: 'POST',
        headers: { authorization: `Bearer ${fake}`, 'content-type': 'application/json' },
        body: JSON.stringify({ key: 'x', digest: 'ab'.repeat(32) }),
      });
      assert.equal(refused.status, 401);
      await new Promise((r) => setTimeout(r, 100));
      const lines = t.logs.slice(from).map((l) => JSON.parse(l) as Line);
      assert.deepEqual(
        lines.filter((l) => l.msg === 'request'),
        [],
      );
      assert.ok(lines.length >= 1 && lines.every((l) => l.level === 'warn' || l.level === 'error'), JSON.stringify(lines));
      assert.ok(
        lines.some((l) => String(l.msg).startsWith('auth: refused')),
        JSON.stringify(lines),
      );
    } finally {
      await t.stop();
    }
    const d = await TestServer.start({ logFormat: 'json', logLevel: 'debug' });
    try {
      const from = d.logs.length;
      await fetch(`${d.url}/v1/sys/health`);
      await until(() => requestLines(d.logs.slice(from)).length >= 1, 'a debug line for the health probe');
      const [h] = requestLines(d.logs.slice(from));
      assert.deepEqual([h!.level, h!.operation, h!.status, h!.principal], ['debug', 'sys.health', 200, null]);
    } finally {
      await d.stop();
    }
  });

  test('text: one readable line per request, the same fields as key=value', async () => {
    const t = await TestServer.start({ logFormat: 'text' });
    try {
      const from = t.logs.length;
      await t.admin.call('key.list', {});
      await until(() => t.logs.slice(from).some((l) => l.includes(' request ')), 'a text request line');
      const line = t.logs.slice(from).find((l) => l.includes(' request '))!;
      assert.match(line, /^\d{4}-\d\d-\d\dT\S+Z INFO  request reqId=[0-9a-f-]{36} method=GET operation=key\.list principal=admin status=200 ms=\d+(\.\d+)?$/);
      assert.ok(
        t.logs.some((l) => / INFO  custos 0\.1\.0 listening on http:\/\/127\.0\.0\.1:\d+ \(unsealed\)/.test(l)),
        'operational lines go through the same logger',
      );
    } finally {
      await t.stop();
    }
  });
});

describe('custos serve (real CLI): log and metrics flags', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'custos-obs-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('JSON lines by default on stderr, --metrics-listen serves /metrics; bad values are usage errors', async () => {
    const data = join(dir, 'data');
    const pass = join(dir, 'pass.txt');
    writeFileSync(pass, 'observability test passphrase', { mode: 0o600 });
    const init = cli(['init', '--data', data, '--passphrase-file', pass, '--kdf-memory-mib', '8', '--kdf-iterations', '1'], dir);
    assert.equal(init.code, 0, init.stderr);
    for (const [flag, value] of [
      ['--log-level', 'loud'],
      ['--log-format', 'xml'],
      ['--metrics-listen', 'nowhere'],
    ] as const) {
      const r = cli(['serve', '--data', data, flag, value], dir);
      assert.equal(r.code, 2, `${flag} ${value}: ${r.stdout}${r.stderr}`);
      assert.match(r.stderr, new RegExp(`E_USAGE.*${flag}`));
    }
    const srv = await startServer(['--data', data, '--passphrase-file', pass, '--metrics-listen', '127.0.0.1:0'], dir);
    try {
      await fetch(`${srv.url}/upcheck`);
      const metricsUrl = /metrics \(Prometheus, no authentication\) at (http:\/\/127\.0\.0\.1:\d+)\/metrics/.exec(srv.log())?.[1];
      assert.ok(metricsUrl, srv.log());
      const m = await fetch(`${metricsUrl}/metrics`);
      assert.equal(m.status, 200);
      assert.match(await m.text(), /^custos_sealed 0$/m);
      assert.equal((await fetch(`${srv.url}/metrics`)).status, 404);
      await fetch(`${srv.url}/v1/keys`);
      await new Promise((r) => setTimeout(r, 100));
    } finally {
      await srv.stop();
    }
    // Every line is JSON but the command's own result on stdout once it stopped.
    const lines = srv
      .log()
      .split('\n')
      .filter((l) => l && l !== 'custos stopped (sealed).');
    for (const l of lines) assert.doesNotThrow(() => JSON.parse(l), `not JSON: ${l}`);
    const parsed = lines.map((l) => JSON.parse(l) as Line);
    assert.ok(
      parsed.some((l) => l.msg === 'request' && l.operation === 'key.list' && l.status === 401 && l.code === 'E_UNAUTHENTICATED'),
      srv.log(),
    );
    assert.ok(!parsed.some((l) => l.operation === 'sys.upcheck'), 'probes are at debug');
    assert.ok(
      parsed.some((l) => l.level === 'info' && String(l.msg).startsWith('SIGTERM: finishing in-flight requests')),
      'the stop line goes through the logger',
    );
  });
});
