/**
 * HTTP API, bad input: every malformed, unauthenticated, stale, replayed or
 * otherwise refused request gets a 4xx with a `{code, message}` JSON body,
 * changes nothing (audit trail, keys, requests, principals, policy, lists),
 * and the server never answers with a 5xx.
 *
 * Raw requests are built with fetch + signRequest so that each signed part
 * (headers, method, path, body, timestamp, nonce) can be tampered with.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { generateKeyPairSync, randomUUID, sign as cryptoSign, type KeyObject } from 'node:crypto';
import { TestServer, type Principal } from '../helpers/server.js';
import { canonicalRequest, signRequest } from '../../src/auth/request-signature.js';
import { credentialPrivateKey, readCredentialFile } from '../../src/auth/credential.js';
import { CustosClient } from '../../src/client/client.js';

interface Signer {
  name: string;
  key: KeyObject;
}

interface Reply {
  status: number;
  body: any;
  text: string;
  headers: Headers;
  /** The headers that were sent (to replay them). */
  sent: Record<string, string>;
}

interface CallOpts {
  /** Content-Type to send with a body (default application/json). */
  contentType?: string | null;
  /** Sign these instead of what is sent (tampering). */
  signMethod?: string;
  signPath?: string;
  signBody?: string;
  /** Claim this principal in the headers and the canonical string. */
  asPrincipal?: string;
  /** Client clock for the timestamp (ms). */
  now?: number;
  /** Edit the headers after signing. */
  tamper?: (h: Record<string, string>) => void;
}

const DIGEST = 'ab'.repeat(32);
const HOT_POLICY = `description: bad-input tests
rules:
  - name: allow-hot
    effect: allow
    when: key.name == "hot"
`;

/** A JSON body nested `levels` objects deep (the top-level object is level 1). */
function nestedObject(levels: number): string {
  return '{"a":'.repeat(levels - 1) + '{}' + '}'.repeat(levels - 1);
}

describe('HTTP API: bad input', () => {
  let t: TestServer;
  let admin: Signer;
  let agent: Principal;
  let agentSigner: Signer;
  let operator: Principal;
  const statuses: { method: string; url: string; status: number }[] = [];
  const realFetch = globalThis.fetch;

  /** Send a request; `s` signs it (null: unsigned). */
  async function call(s: Signer | null, method: string, path: string, body?: unknown, o: CallOpts = {}): Promise<Reply> {
    const raw = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    const headers: Record<string, string> = {};
    if (raw !== undefined && o.contentType !== null) headers['content-type'] = o.contentType ?? 'application/json';
    if (s) {
      Object.assign(
        headers,
        signRequest(
          s.key,
          o.asPrincipal ?? s.name,
          { method: o.signMethod ?? method, path: o.signPath ?? path, body: o.signBody ?? raw ?? '' },
          o.now ?? Date.now(),
        ),
      );
    }
    o.tamper?.(headers);
    return send(method, path, headers, raw);
  }

  async function send(method: string, path: string, headers: Record<string, string>, raw?: string): Promise<Reply> {
    const res = await fetch(`${t.url}${path}`, { method, headers, ...(raw !== undefined ? { body: raw } : {}) });
    const text = await res.text();
    let body: any;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status: res.status, body, text, headers: res.headers, sent: { ...headers } };
  }

  /** A raw node:http request (chunked bodies, no content-type at all). */
  function nodeRequest(method: string, path: string, headers: Record<string, string>, chunks: Buffer[]): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const req = httpRequest(`${t.url}${path}`, { method, headers }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => {
          const text = Buffer.concat(parts).toString('utf8');
          statuses.push({ method, url: path, status: res.statusCode ?? 0 });
          let body: any;
          try {
            body = JSON.parse(text);
          } catch {
            body = undefined;
          }
          const h = new Headers();
          for (const [k, v] of Object.entries(res.headers)) if (typeof v === 'string') h.set(k, v);
          resolve({ status: res.statusCode ?? 0, body, text, headers: h, sent: headers });
        });
      });
      req.on('error', (e: NodeJS.ErrnoException) => {
        // The server may answer 413 and close before the whole body is written.
        if (e.code === 'EPIPE' || e.code === 'ECONNRESET') return;
        reject(e);
      });
      for (const c of chunks) req.write(c);
      req.end();
    });
  }

  /** A 4xx JSON error with exactly the documented shape. */
  function assertError(r: Reply, status: number, code: string, message?: RegExp): void {
    assert.equal(r.status, status, `expected ${status} ${code}, got ${r.status}: ${r.text.slice(0, 300)}`);
    assert.match(r.headers.get('content-type') ?? '', /^application\/json/);
    assert.ok(r.body !== null && typeof r.body === 'object' && !Array.isArray(r.body), `JSON object body: ${r.text}`);
    assert.equal(r.body.code, code, r.text);
    assert.equal(typeof r.body.message, 'string');
    assert.ok(r.body.message.length > 0);
    for (const k of Object.keys(r.body)) assert.ok(['code', 'message', 'details'].includes(k), `unexpected field "${k}" in ${r.text}`);
    if ('details' in r.body) assert.ok(r.body.details !== null && typeof r.body.details === 'object' && !Array.isArray(r.body.details));
    assert.doesNotMatch(r.text, /\n\s+at |node_modules|\.ts:\d+|"stack"|FST_ERR/, `no internals: ${r.text}`);
    assert.ok(!r.text.includes(t.dir), 'no server paths');
    if (message) assert.match(r.body.message, message);
  }

  /** The one answer to an authentication failure that depends on server state: no reason, no details. */
  function assertAuthFailed(r: Reply): void {
    assertError(r, 401, 'E_UNAUTHENTICATED', /^authentication failed$/);
    assert.deepEqual(Object.keys(r.body).sort(), ['code', 'message'], r.text);
  }

  /** The server log lines written while `fn` ran. */
  async function logDuring(fn: () => Promise<void>): Promise<string> {
    const from = t.logs.length;
    await fn();
    return t.logs.slice(from).join('\n');
  }

  /** Everything a refused request must leave alone. */
  async function snapshot() {
    const audit = await t.auditEvents();
    return {
      audit,
      keys: await t.admin.call('key.list', {}),
      requests: await t.admin.call('request.list', { limit: 1000 }),
      principals: await t.admin.call('principal.list', {}),
      policy: await t.admin.call('policy.show', {}),
      policyHistory: await t.admin.call('policy.history', {}),
      lists: await t.admin.call('list.show', {}),
      wallets: await t.admin.call('wallet.list', {}),
    };
  }

  /** Run `fn` (which makes refused requests) and assert nothing changed. */
  async function unchanged(fn: () => Promise<void>): Promise<void> {
    const before = await snapshot();
    await fn();
    const after = await snapshot();
    assert.deepEqual(after, before, 'a refused request changed state');
  }

  async function keyNames(): Promise<string[]> {
    return ((await t.admin.call('key.list', {})) as { name: string }[]).map((k) => k.name);
  }

  before(async () => {
    globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
      const res = await realFetch(input, init);
      statuses.push({ method: init?.method ?? 'GET', url: String(input), status: res.status });
      return res;
    };
    t = await TestServer.start();
    const cred = readCredentialFile(t.adminCredential);
    admin = { name: cred.principal, key: credentialPrivateKey(cred) };
    agent = await t.principal('agent-1', 'agent');
    agentSigner = { name: agent.name, key: credentialPrivateKey(readCredentialFile(agent.credentialFile)) };
    operator = await t.principal('operator-1', 'operator');
    for (const name of ['hot', 'disabled-k', 'destroyed-k', 'path-a', 'path-b']) await t.admin.call('key.create', { name, type: 'secp256k1', allowRaw: true });
    await t.admin.call('key.disable', { name: 'disabled-k' });
    await t.admin.call('key.destroy', { name: 'destroyed-k' });
    await t.admin.call('policy.set', { source: HOT_POLICY });
  });
  after(async () => {
    globalThis.fetch = realFetch;
    await t.stop();
  });

  // ---- bodies -------------------------------------------------------------------

  test('malformed JSON body: 400 E_BAD_INPUT, nothing created', async () => {
    await unchanged(async () => {
      for (const body of [
        '{"name":"mal-1","type":"secp256k1"',
        '{"name":"mal-1","type":"secp256k1",}',
        "{'name':'mal-1'}",
        '{"name":"mal-1"} x',
        'NaN',
        '{"name":"mal-1","type":"secp256k1","exportable":tru}',
        '\u0000',
      ]) {
        assertError(await call(admin, 'POST', '/v1/keys', body), 400, 'E_BAD_INPUT', /not valid JSON/);
      }
    });
    assert.ok(!(await keyNames()).includes('mal-1'));
  });

  test('wrong types: 400 E_BAD_INPUT, nothing created', async () => {
    await unchanged(async () => {
      const bad: unknown[] = [
        { name: 'wt-1', type: 'secp256k1', exportable: 'yes' },
        { name: 'wt-1', type: 'secp256k1', exportable: {} },
        { name: { x: 1 }, type: 'secp256k1' },
        { name: 'wt-1', type: ['a', 'b'] },
        { name: 'wt-1', type: 'secp256k1', tags: 'prod' },
        { name: 'wt-1', type: 'secp256k1', tags: { team: { nested: 'x' } } },
        { name: 'wt-1', type: 'secp256k1', tags: ['a'] },
        { name: 'wt 1', type: 'secp256k1' },
        { type: 'secp256k1' },
        [],
        'a string',
        42,
        null,
      ];
      for (const body of bad) assertError(await call(admin, 'POST', '/v1/keys', JSON.stringify(body)), 400, 'E_BAD_INPUT');
      // sign: version must be an integer >= 1, digest hex
      for (const body of [
        { key: 'hot', digest: DIGEST, version: 0 },
        { key: 'hot', digest: DIGEST, version: 1.5 },
        { key: 'hot', digest: 'zz' },
        { key: 'hot', digest: DIGEST, hash: 'md5' },
        { key: '', digest: DIGEST },
      ]) {
        assertError(await call(agentSigner, 'POST', '/v1/sign', body), 400, 'E_BAD_INPUT');
      }
    });
    assert.ok(!(await keyNames()).includes('wt-1'));
  });

  test('wrong types are not coerced: "true" / 1 for a boolean, a one-element array for a string, a number for a string', async () => {
    const cases: [string, Signer, string, unknown][] = [
      ['exportable "true"', admin, '/v1/keys', { name: 'co-1', type: 'secp256k1', exportable: 'true' }],
      ['exportable 1', admin, '/v1/keys', { name: 'co-2', type: 'secp256k1', exportable: 1 }],
      ['name ["co-3"]', admin, '/v1/keys', { name: ['co-3'], type: 'secp256k1' }],
      ['tag value 1', admin, '/v1/keys', { name: 'co-4', type: 'secp256k1', tags: { n: 1 } }],
      ['name 12345', admin, '/v1/keys', { name: 12345, type: 'secp256k1' }],
      ['sign version "1"', agentSigner, '/v1/sign', { key: 'hot', digest: DIGEST, version: '1', note: 'coerced' }],
    ];
    const outcomes: string[] = [];
    const a0 = await t.auditEvents();
    for (const [label, who, path, body] of cases) {
      const r = await call(who, 'POST', path, body);
      outcomes.push(`${label}: ${r.status} ${r.body?.code ?? ''}`);
    }
    assert.deepEqual(
      outcomes,
      cases.map(([label]) => `${label}: 400 E_BAD_INPUT`),
    );
    assert.equal(await t.auditEvents(), a0);
  });

  test('unknown fields, top-level and nested: 400 E_BAD_INPUT', async () => {
    await unchanged(async () => {
      assertError(await call(admin, 'POST', '/v1/keys', { name: 'uf-1', type: 'secp256k1', extra: true }), 400, 'E_BAD_INPUT');
      assertError(await call(admin, 'POST', '/v1/keys', { name: 'uf-1', type: 'secp256k1', __proto__x: 1 }), 400, 'E_BAD_INPUT');
      assertError(await call(admin, 'POST', '/v1/keys', '{"name":"uf-1","type":"secp256k1","__proto__":{"exportable":true}}'), 400, 'E_BAD_INPUT');
      assertError(await call(agentSigner, 'POST', '/v1/sign', { key: 'hot', digest: DIGEST, priority: 'high' }), 400, 'E_BAD_INPUT');
      assertError(await call(admin, 'PUT', '/v1/policy', { source: HOT_POLICY, force: true }), 400, 'E_BAD_INPUT');
      // operations without input take an empty body only
      assertError(await call(admin, 'POST', '/v1/keys/hot/disable', { reason: 'x' }), 400, 'E_BAD_INPUT');
      assertError(await call(admin, 'POST', '/v1/sys/rotate-root', { now: true }), 400, 'E_BAD_INPUT');
      // nested: SLIP-39 group tuples are exactly [threshold, count]
      assertError(await call(admin, 'POST', '/v1/backups', { key: 'hot', groupThreshold: 1, groups: [[1, 1, 1]] }), 400, 'E_BAD_INPUT');
      assertError(await call(admin, 'POST', '/v1/backups', { key: 'hot', groupThreshold: 1, groups: [{ threshold: 1, count: 1 }] }), 400, 'E_BAD_INPUT');
    });
    assert.ok(!(await keyNames()).includes('uf-1'));
    const hot = await t.admin.call('key.show', { ref: 'hot' });
    assert.equal(hot.state, 'active');
  });

  test('oversized body (> 1 MiB): 413 E_TOO_LARGE, with and without content-length', async () => {
    await unchanged(async () => {
      const big = JSON.stringify({ name: 'big-1', type: 'secp256k1', tags: { x: 'a'.repeat(1024 * 1024) } });
      assertError(await call(admin, 'POST', '/v1/keys', big), 413, 'E_TOO_LARGE');
      const note = JSON.stringify({ key: 'hot', digest: DIGEST, note: 'n'.repeat(2 * 1024 * 1024) });
      assertError(await call(agentSigner, 'POST', '/v1/sign', note), 413, 'E_TOO_LARGE');
      // chunked: no content-length, the limit is counted while reading
      const headers = { 'content-type': 'application/json', ...signRequest(admin.key, admin.name, { method: 'POST', path: '/v1/keys', body: big }) };
      const buf = Buffer.from(big);
      const chunks = [];
      for (let i = 0; i < buf.length; i += 64 * 1024) chunks.push(buf.subarray(i, i + 64 * 1024));
      assertError(await nodeRequest('POST', '/v1/keys', headers, chunks), 413, 'E_TOO_LARGE');
    });
    assert.ok(!(await keyNames()).includes('big-1'));
  });

  test('deeply nested body: 400 E_BAD_INPUT (limit 32 levels)', async () => {
    await unchanged(async () => {
      assertError(await call(admin, 'POST', '/v1/keys', nestedObject(100)), 400, 'E_BAD_INPUT', /nested deeper than 32/);
      assertError(await call(admin, 'POST', '/v1/keys', '['.repeat(100) + ']'.repeat(100)), 400, 'E_BAD_INPUT', /nested deeper than 32/);
      assertError(await call(admin, 'POST', '/v1/keys', '['.repeat(100_000) + ']'.repeat(100_000)), 400, 'E_BAD_INPUT');
      const inTags = `{"name":"deep-1","type":"secp256k1","tags":{"t":${nestedObject(98)}}}`;
      assertError(await call(admin, 'POST', '/v1/keys', inTags), 400, 'E_BAD_INPUT', /nested deeper than 32/);
      assertError(await call(admin, 'POST', '/v1/keys', nestedObject(33)), 400, 'E_BAD_INPUT', /nested deeper than 32/);
      // 32 levels pass the depth check and fail the schema instead
      const r = await call(admin, 'POST', '/v1/keys', nestedObject(32));
      assertError(r, 400, 'E_BAD_INPUT');
      assert.doesNotMatch(r.body.message, /nested deeper/);
    });
    assert.ok(!(await keyNames()).includes('deep-1'));
  });

  test('wrong content-type: 400 E_BAD_INPUT', async () => {
    const body = JSON.stringify({ name: 'ct-1', type: 'secp256k1' });
    await unchanged(async () => {
      for (const ct of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'text/json']) {
        assertError(await call(admin, 'POST', '/v1/keys', body, { contentType: ct }), 400, 'E_BAD_INPUT');
      }
      // a body with no content-type at all
      const headers = signRequest(admin.key, admin.name, { method: 'POST', path: '/v1/keys', body });
      assertError(await nodeRequest('POST', '/v1/keys', headers, [Buffer.from(body)]), 400, 'E_BAD_INPUT');
    });
    assert.ok(!(await keyNames()).includes('ct-1'));
    // control: JSON with a charset parameter is JSON
    const ok = await call(admin, 'POST', '/v1/keys', body, { contentType: 'application/json; charset=utf-8' });
    assert.equal(ok.status, 200, ok.text);
    assert.ok((await keyNames()).includes('ct-1'));
  });

  test('GET with an unknown or invalid query parameter: 400 E_BAD_INPUT', async () => {
    await unchanged(async () => {
      assertError(await call(admin, 'GET', '/v1/requests?foo=1'), 400, 'E_BAD_INPUT');
      assertError(await call(admin, 'GET', '/v1/requests?limit=abc'), 400, 'E_BAD_INPUT');
      assertError(await call(admin, 'GET', '/v1/requests?limit=0'), 400, 'E_BAD_INPUT');
      assertError(await call(admin, 'GET', '/v1/requests?limit=1001'), 400, 'E_BAD_INPUT');
      assertError(await call(admin, 'GET', '/v1/requests?limit=1&limit=2'), 400, 'E_BAD_INPUT');
      assertError(await call(admin, 'GET', '/v1/keys/hot?foo=1'), 400, 'E_BAD_INPUT');
      assertError(await call(admin, 'GET', '/v1/keys/hot?curve=p256'), 400, 'E_BAD_INPUT');
    });
  });

  test('GET with an unknown query parameter on an operation without inputs: 400 E_BAD_INPUT', async () => {
    await unchanged(async () => {
      assertError(await call(admin, 'GET', '/v1/keys?foo=1'), 400, 'E_BAD_INPUT');
      assertError(await call(admin, 'GET', '/v1/principals?role=admin'), 400, 'E_BAD_INPUT');
      assertError(await call(admin, 'GET', '/v1/policy/history?version=1'), 400, 'E_BAD_INPUT');
    });
  });

  test('POST, PUT or DELETE with any query parameter, validly signed: 400 E_BAD_INPUT, nothing changed; the same requests without it are served', async () => {
    await unchanged(async () => {
      // A query parameter would be merged into the input past the body schema (e.g. exportable, which the body does not carry).
      const keyBody = { name: 'query-1', type: 'secp256k1' };
      for (const q of ['exportable=true', 'name=query-2', 'foo=1', '=x', 'exportable']) {
        const r = await call(admin, 'POST', `/v1/keys?${q}`, keyBody);
        assertError(r, 400, 'E_BAD_INPUT', /takes no query parameters/);
      }
      assertError(await call(admin, 'POST', '/v1/keys/hot/disable?name=path-a', {}), 400, 'E_BAD_INPUT');
      assertError(await call(agentSigner, 'POST', '/v1/sign?key=path-a', { key: 'hot', digest: DIGEST }), 400, 'E_BAD_INPUT');
      assertError(await call(admin, 'PUT', '/v1/policy?source=x', { source: HOT_POLICY }), 400, 'E_BAD_INPUT');
      assertError(await call(admin, 'DELETE', '/v1/tokens/0123456789abcdef?id=fedcba9876543210'), 400, 'E_BAD_INPUT');
      assertError(await call(null, 'POST', '/v1/keys?exportable=true', keyBody), 400, 'E_BAD_INPUT');
      assertError(await call(null, 'POST', '/v1/sys/unseal?passphrase=x', {}), 400, 'E_BAD_INPUT');
    });
    // Controls: the same operations without a query string.
    const created = await call(admin, 'POST', '/v1/keys', { name: 'query-ok', type: 'secp256k1' });
    assert.equal(created.status, 200, created.text);
    assert.equal(created.body.exportable, false);
    assert.equal((await call(admin, 'POST', '/v1/keys/query-ok/disable', {})).status, 200);
    assertError(await call(admin, 'DELETE', '/v1/tokens/0123456789abcdef'), 404, 'E_NOT_FOUND');
    assert.equal((await call(admin, 'POST', '/v1/keys/query-ok/enable', {})).status, 200);
  });

  test('path parameters that do not match their schema: 400 E_BAD_INPUT', async () => {
    await unchanged(async () => {
      for (const id of ['not-a-uuid', '123', `${randomUUID()}x`, 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz']) {
        assertError(await call(admin, 'GET', `/v1/requests/${id}`), 400, 'E_BAD_INPUT');
        assertError(await call(admin, 'POST', `/v1/requests/${id}/approve`, { signature: 'A'.repeat(86) }), 400, 'E_BAD_INPUT');
        assertError(await call(admin, 'POST', `/v1/requests/${id}/cancel`, {}), 400, 'E_BAD_INPUT');
      }
      assertError(await call(admin, 'POST', '/v1/keys/bad%20name/disable', {}), 400, 'E_BAD_INPUT');
      assertError(await call(admin, 'POST', '/v1/keys/.hidden/disable', {}), 400, 'E_BAD_INPUT');
      assertError(await call(admin, 'DELETE', '/v1/tokens/NOT-HEX-AT-ALL', {}), 400, 'E_BAD_INPUT');
      assertError(await call(admin, 'DELETE', '/v1/tokens/0123456789ABCDEF', {}), 400, 'E_BAD_INPUT');
    });
    // a well-formed but unknown id is a 404, not a 400
    assertError(await call(admin, 'GET', `/v1/requests/${randomUUID()}`), 404, 'E_REQUEST_NOT_FOUND');
  });

  test('URLs the router cannot decode or that are too long: a 4xx with {code, message}', async () => {
    await unchanged(async () => {
      assertError(await call(admin, 'GET', '/v1/keys/%E0%A4%A'), 400, 'E_BAD_INPUT');
      assertError(await call(null, 'POST', '/v1/requests/%zz/approve', { signature: 'x' }), 400, 'E_BAD_INPUT');
      const long = await call(admin, 'GET', `/v1/keys/${'a'.repeat(5000)}`);
      assert.ok(long.status >= 400 && long.status < 500, long.text);
      assert.ok(['E_BAD_INPUT', 'E_TOO_LARGE'].includes(long.body?.code), long.text);
      assert.deepEqual(Object.keys(long.body).sort(), ['code', 'message']);
    });
  });

  test('operations without input accept a request with no body at all', async () => {
    await unchanged(async () => {
      assertError(await call(admin, 'DELETE', '/v1/tokens/0123456789abcdef'), 404, 'E_NOT_FOUND');
      assertError(await call(admin, 'POST', '/v1/keys/no-such-key/disable'), 404, 'E_KEY_NOT_FOUND');
      assertError(await call(admin, 'POST', `/v1/requests/${randomUUID()}/cancel`), 404, 'E_REQUEST_NOT_FOUND');
    });
  });

  test('request.list with an unknown status filter: 400 E_BAD_INPUT', async () => {
    await unchanged(async () => {
      assertError(await call(admin, 'GET', '/v1/requests?status=bogus'), 400, 'E_BAD_INPUT');
      assertError(await call(admin, 'GET', '/v1/requests?status=SIGNED'), 400, 'E_BAD_INPUT');
    });
  });

  test('unknown routes: 404 E_NOT_FOUND JSON, signed or not', async () => {
    await unchanged(async () => {
      assertError(await call(null, 'GET', '/v1/nope'), 404, 'E_NOT_FOUND', /no route GET \/v1\/nope/);
      assertError(await call(admin, 'GET', '/v1/nope?x=1'), 404, 'E_NOT_FOUND');
      assertError(await call(admin, 'POST', '/v1/keys/hot/explode'), 404, 'E_NOT_FOUND');
      assertError(await call(admin, 'DELETE', '/v1/keys'), 404, 'E_NOT_FOUND');
      assertError(await call(null, 'GET', '/'), 404, 'E_NOT_FOUND');
    });
  });

  // ---- request signatures -------------------------------------------------------------

  test('each missing signature header, or none: 401 E_UNAUTHENTICATED, nothing created', async () => {
    const body = { name: 'hdr-1', type: 'secp256k1' };
    await unchanged(async () => {
      for (const h of ['x-custos-principal', 'x-custos-timestamp', 'x-custos-nonce', 'x-custos-signature']) {
        const r = await call(admin, 'POST', '/v1/keys', body, { tamper: (hs) => delete hs[h] });
        assertError(r, 401, 'E_UNAUTHENTICATED', new RegExp(`missing header ${h}`));
        const empty = await call(admin, 'POST', '/v1/keys', body, { tamper: (hs) => (hs[h] = '') });
        assertError(empty, 401, 'E_UNAUTHENTICATED');
      }
      assertError(await call(null, 'POST', '/v1/keys', body), 401, 'E_UNAUTHENTICATED');
      assertError(await call(null, 'GET', '/v1/keys'), 401, 'E_UNAUTHENTICATED');
    });
    assert.ok(!(await keyNames()).includes('hdr-1'));
  });

  test('malformed signature headers: 401 E_UNAUTHENTICATED (values never echoed)', async () => {
    const body = { name: 'hdr-2', type: 'secp256k1' };
    await unchanged(async () => {
      const cases: [string, (h: Record<string, string>) => void][] = [
        ['leading zero timestamp', (h) => (h['x-custos-timestamp'] = `0${h['x-custos-timestamp']}`)],
        ['negative timestamp', (h) => (h['x-custos-timestamp'] = `-${h['x-custos-timestamp']}`)],
        ['fractional timestamp', (h) => (h['x-custos-timestamp'] = `${h['x-custos-timestamp']}.5`)],
        ['short nonce', (h) => (h['x-custos-nonce'] = 'abc')],
        ['nonce with bad chars', (h) => (h['x-custos-nonce'] = 'a+b/c=d+e/f=g+h/i=j')],
        ['principal with bad chars', (h) => (h['x-custos-principal'] = 'ad min')],
        ['padded signature', (h) => (h['x-custos-signature'] = `${h['x-custos-signature']}==`)],
        ['standard base64 signature', (h) => (h['x-custos-signature'] = Buffer.from(h['x-custos-signature']!, 'base64url').toString('base64'))],
        ['short signature', (h) => (h['x-custos-signature'] = 'AAAA')],
        ['repeated header', (h) => (h['x-custos-principal'] = `${h['x-custos-principal']}, ${h['x-custos-principal']}`)],
      ];
      for (const [what, tamper] of cases) {
        const r = await call(admin, 'POST', '/v1/keys', body, { tamper });
        assertError(r, 401, 'E_UNAUTHENTICATED');
        for (const v of Object.values(r.sent)) if (v.length >= 16) assert.ok(!r.text.includes(v), `${what}: header value echoed`);
      }
    });
    assert.ok(!(await keyNames()).includes('hdr-2'));
  });

  test('a signature by another key, or for another principal: 401 E_UNAUTHENTICATED', async () => {
    const { privateKey: stranger } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const body = { name: 'forged-1', type: 'secp256k1' };
    await unchanged(async () => {
      // right principal name, wrong key
      assertAuthFailed(await call({ name: admin.name, key: stranger }, 'POST', '/v1/keys', body));
      // agent's key, claiming to be the admin
      assertAuthFailed(await call(agentSigner, 'POST', '/v1/keys', body, { asPrincipal: admin.name }));
      // admin's signature, principal header swapped to the agent afterwards
      assertError(await call(admin, 'GET', '/v1/requests', undefined, { tamper: (h) => (h['x-custos-principal'] = agent.name) }), 401, 'E_UNAUTHENTICATED');
      // a signature that is not a valid P-256 signature at all (64 zero bytes)
      assertError(
        await call(admin, 'POST', '/v1/keys', body, { tamper: (h) => (h['x-custos-signature'] = Buffer.alloc(64).toString('base64url')) }),
        401,
        'E_UNAUTHENTICATED',
      );
      // one flipped bit
      const flip = (h: Record<string, string>) => {
        const sig = Buffer.from(h['x-custos-signature']!, 'base64url');
        sig[10]! ^= 1;
        h['x-custos-signature'] = sig.toString('base64url');
      };
      assertError(await call(admin, 'POST', '/v1/keys', body, { tamper: flip }), 401, 'E_UNAUTHENTICATED');
    });
    assert.ok(!(await keyNames()).includes('forged-1'));
  });

  test('body, path, query or method changed after signing: 401 E_UNAUTHENTICATED', async () => {
    await unchanged(async () => {
      // body
      const signed = JSON.stringify({ name: 'body-a', type: 'secp256k1' });
      assertError(await call(admin, 'POST', '/v1/keys', { name: 'body-b', type: 'secp256k1' }, { signBody: signed }), 401, 'E_UNAUTHENTICATED');
      assertError(await call(admin, 'POST', '/v1/keys', `${signed} `, { signBody: signed }), 401, 'E_UNAUTHENTICATED');
      assertError(
        await call(agentSigner, 'POST', '/v1/sign', { key: 'hot', digest: 'cd'.repeat(32) }, { signBody: JSON.stringify({ key: 'hot', digest: DIGEST }) }),
        401,
        'E_UNAUTHENTICATED',
      );
      // path
      assertError(await call(admin, 'POST', '/v1/keys/path-b/disable', {}, { signPath: '/v1/keys/path-a/disable' }), 401, 'E_UNAUTHENTICATED');
      assertError(await call(admin, 'POST', '/v1/keys/path-a/disable', {}, { signPath: '/v1/keys/path-a/enable' }), 401, 'E_UNAUTHENTICATED');
      assertError(await call(admin, 'POST', '/v1/keys/path-a/disable', {}, { signPath: '/v1/keys/path-a/disable?x=1' }), 401, 'E_UNAUTHENTICATED');
      // query
      assertError(await call(admin, 'GET', '/v1/requests?limit=2', undefined, { signPath: '/v1/requests?limit=1' }), 401, 'E_UNAUTHENTICATED');
      assertError(await call(admin, 'GET', '/v1/requests?limit=1', undefined, { signPath: '/v1/requests' }), 401, 'E_UNAUTHENTICATED');
      // method: a GET /v1/policy signature (with the same body) used for PUT /v1/policy
      const source = HOT_POLICY.replace('bad-input tests', 'replaced');
      assertError(await call(admin, 'PUT', '/v1/policy', { source }, { signMethod: 'GET' }), 401, 'E_UNAUTHENTICATED');
      assertError(await call(admin, 'PUT', '/v1/policy', { source }, { signMethod: 'POST' }), 401, 'E_UNAUTHENTICATED');
    });
    const names = await keyNames();
    assert.ok(!names.includes('body-a') && !names.includes('body-b'));
    for (const k of ['path-a', 'path-b']) assert.equal((await t.admin.call('key.show', { ref: k })).state, 'active');
  });

  test('replayed nonce: second use is 401 E_REPLAYED and changes nothing', async () => {
    // read: same headers twice
    const first = await call(admin, 'GET', '/v1/keys');
    assert.equal(first.status, 200, first.text);
    await unchanged(async () => {
      assertError(await send('GET', '/v1/keys', first.sent), 401, 'E_REPLAYED');
    });
    // write: the replay must not run the operation again
    const body = JSON.stringify({ name: 'replay-1', type: 'secp256k1' });
    const created = await call(admin, 'POST', '/v1/keys', body);
    assert.equal(created.status, 200, created.text);
    await unchanged(async () => {
      assertError(await send('POST', '/v1/keys', created.sent, body), 401, 'E_REPLAYED');
      // the same nonce with a fresh timestamp and a valid signature is still a replay
      const ts = Math.floor(Date.now() / 1000) + 1;
      const nonce = created.sent['x-custos-nonce']!;
      const msg = canonicalRequest({ method: 'GET', path: '/v1/keys', body: '', timestamp: ts, nonce, principal: admin.name });
      const sig = cryptoSign('sha256', Buffer.from(msg), { key: admin.key, dsaEncoding: 'ieee-p1363' }).toString('base64url');
      const headers = { 'x-custos-principal': admin.name, 'x-custos-timestamp': String(ts), 'x-custos-nonce': nonce, 'x-custos-signature': sig };
      assertError(await send('GET', '/v1/keys', headers), 401, 'E_REPLAYED');
    });
    // a signed request for the same thing with a fresh nonce is judged on its merits
    assertError(await call(admin, 'POST', '/v1/keys', body), 409, 'E_NAME_TAKEN');
  });

  test('stale or future timestamp (beyond 60 s): 401 E_STALE_REQUEST', async () => {
    const body = { name: 'stale-1', type: 'secp256k1' };
    await unchanged(async () => {
      for (const skew of [-61_000, -3600_000, 62_000, 3600_000]) {
        const r = await call(admin, 'POST', '/v1/keys', body, { now: Date.now() + skew });
        assertError(r, 401, 'E_STALE_REQUEST', /clock skew/);
        assert.equal(r.body.details?.maxSkewSeconds, 60);
      }
      assertError(await call(admin, 'GET', '/v1/keys', undefined, { tamper: (h) => (h['x-custos-timestamp'] = '0') }), 401, 'E_STALE_REQUEST');
    });
    assert.ok(!(await keyNames()).includes('stale-1'));
    // within the skew is fine
    const r = await call(admin, 'GET', '/v1/keys', undefined, { now: Date.now() - 50_000 });
    assert.equal(r.status, 200, r.text);
  });

  test('unknown principal: 401 E_UNAUTHENTICATED "authentication failed", the reason only in the server log', async () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    await unchanged(async () => {
      const log = await logDuring(async () => {
        assertAuthFailed(await call({ name: 'nobody', key: privateKey }, 'POST', '/v1/keys', { name: 'ghost-1', type: 'secp256k1' }));
        assertAuthFailed(await call({ name: 'nobody', key: privateKey }, 'GET', '/v1/requests'));
      });
      assert.match(log, /auth: refused: principal "nobody": no such principal/);
    });
  });

  test('revoked principal: its next request fails at once with 401 E_UNAUTHENTICATED', async () => {
    const p = await t.principal('soon-revoked', 'operator');
    const s: Signer = { name: p.name, key: credentialPrivateKey(readCredentialFile(p.credentialFile)) };
    const ok = await call(s, 'GET', '/v1/keys');
    assert.equal(ok.status, 200, ok.text);
    // a request signed before the revocation, sent after it
    const presigned = signRequest(s.key, s.name, { method: 'GET', path: '/v1/policy' });
    const revoked = await t.admin.call('principal.revoke', { name: p.name });
    assert.equal((revoked as { state: string }).state, 'revoked');
    await unchanged(async () => {
      const log = await logDuring(async () => assertAuthFailed(await call(s, 'GET', '/v1/keys')));
      assert.match(log, /auth: refused: principal "soon-revoked": revoked/);
      assertAuthFailed(await send('GET', '/v1/policy', presigned));
      assertError(await call(s, 'POST', '/v1/sign', { key: 'hot', digest: DIGEST }), 401, 'E_UNAUTHENTICATED');
      await assert.rejects(p.client.call('key.list', {}), (e: { code?: string }) => e.code === 'E_UNAUTHENTICATED');
    });
  });

  test('every authentication failure that depends on what the server holds gets the identical answer; the reason is logged without secrets; valid credentials are served', async () => {
    const { privateKey: stranger } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const gone = await t.principal('ident-revoked', 'operator');
    const goneSigner: Signer = { name: gone.name, key: credentialPrivateKey(readCredentialFile(gone.credentialFile)) };
    const ag = await t.principal('ident-agent', 'agent');
    const good = await t.admin.call('token.create', { principal: ag.name, ttl: '1h' });
    const revokedToken = await t.admin.call('token.create', { principal: ag.name, ttl: '1h' });
    const expiredToken = await t.admin.call('token.create', { principal: ag.name, ttl: '1s' });
    const bearer = (token: string) => send('GET', '/v1/requests', { authorization: `Bearer ${token}` });
    // Controls: each credential works before it is revoked or expires.
    assert.equal((await call(goneSigner, 'GET', '/v1/requests')).status, 200);
    for (const tok of [good, revokedToken, expiredToken]) assert.equal((await bearer(tok.token)).status, 200);
    await t.admin.call('principal.revoke', { name: gone.name });
    await t.admin.call('token.revoke', { id: revokedToken.id });
    await new Promise((r) => setTimeout(r, 1100));
    const secretOf = (token: string) => token.slice(-43);
    const otherSecret = Buffer.alloc(32, 9).toString('base64url');

    const cases: [string, () => Promise<Reply>, RegExp][] = [
      ['unknown principal', () => call({ name: 'ident-nobody', key: stranger }, 'GET', '/v1/requests'), /principal "ident-nobody": no such principal/],
      [
        'known principal, signature by another key',
        () => call({ name: admin.name, key: stranger }, 'GET', '/v1/requests'),
        /principal "admin": the request signature does not verify/,
      ],
      ['revoked principal, its own valid signature', () => call(goneSigner, 'GET', '/v1/requests'), /principal "ident-revoked": revoked/],
      ['unknown token id', () => bearer(`cst_${'f'.repeat(16)}_${secretOf(good.token)}`), /bearer token f{16}: no such token/],
      ['known token id, wrong secret', () => bearer(`cst_${good.id}_${otherSecret}`), new RegExp(`bearer token ${good.id}: wrong secret`)],
      ['revoked token', () => bearer(revokedToken.token), new RegExp(`bearer token ${revokedToken.id}: revoked`)],
      ['expired token', () => bearer(expiredToken.token), new RegExp(`bearer token ${expiredToken.id}: expired at`)],
    ];
    const answer = (r: Reply) => ({ status: r.status, text: r.text, headers: [...r.headers].filter(([k]) => k !== 'date' && k !== 'x-request-id') }); // both differ per answer, whatever the server holds
    let first: ReturnType<typeof answer> | undefined;
    await unchanged(async () => {
      const log = await logDuring(async () => {
        for (const [label, make] of cases) {
          const r = await make();
          assertAuthFailed(r);
          first ??= answer(r);
          assert.deepEqual(answer(r), first, `${label}: the same answer as ${cases[0]![0]}`);
        }
      });
      for (const [label, , reason] of cases) assert.match(log, reason, `${label}: its reason is logged`);
      for (const tok of [good, revokedToken, expiredToken]) assert.ok(!log.includes(secretOf(tok.token)), 'no token secret in the log');
      assert.ok(!log.includes(otherSecret));
      // An unknown principal's request is checked like a known one's (against a stand-in key): a stale
      // timestamp is E_STALE_REQUEST for both, not a shortcut "unknown" answer.
      for (const name of ['ident-nobody', admin.name]) {
        assertError(await call({ name, key: stranger }, 'GET', '/v1/requests', undefined, { now: Date.now() - 3_600_000 }), 401, 'E_STALE_REQUEST');
      }
    });
    // Controls: valid credentials are still served.
    assert.equal((await call(admin, 'GET', '/v1/requests')).status, 200);
    assert.equal((await bearer(good.token)).status, 200);
  });

  // ---- signing with unusable keys ---------------------------------------------------

  test('signing with an unknown, disabled or destroyed key: refused, nothing recorded', async () => {
    const before = (await t.admin.call('request.list', { limit: 1000 })) as unknown[];
    await unchanged(async () => {
      for (const who of [agentSigner, admin]) {
        assertError(await call(who, 'POST', '/v1/sign', { key: 'no-such-key', digest: DIGEST }), 404, 'E_KEY_NOT_FOUND');
        assertError(await call(who, 'POST', '/v1/sign', { key: 'disabled-k', digest: DIGEST }), 409, 'E_KEY_DISABLED');
        assertError(await call(who, 'POST', '/v1/sign', { key: 'destroyed-k', digest: DIGEST }), 410, 'E_KEY_DESTROYED');
        assertError(await call(who, 'POST', '/v1/sign', { key: 'no-wallet/m/0', digest: DIGEST }), 404, 'E_WALLET_NOT_FOUND');
      }
      await assert.rejects(operator.client.call('sign', { key: 'disabled-k', digest: DIGEST }), (e: { code?: string }) => e.code === 'E_KEY_DISABLED');
    });
    assert.deepEqual(await t.admin.call('request.list', { limit: 1000 }), before);
    assert.deepEqual(
      await agent.client.call('request.list', {}),
      (before as { principal: string }[]).filter((r) => r.principal === agent.name),
    );
  });

  // ---- policies ------------------------------------------------------------------------

  test('invalid policy documents: 400 E_POLICY_INVALID, the old policy stays in force', async () => {
    const old = await t.admin.call('policy.show', {});
    assert.equal(old.source, HOT_POLICY);
    const put = (source: string) => call(admin, 'PUT', '/v1/policy', { source });
    await unchanged(async () => {
      // YAML syntax error
      const yaml = await put('rules:\n  - name: a\n    effect: allow\n   when: [unclosed\n');
      assertError(yaml, 400, 'E_POLICY_INVALID', /not valid YAML/);
      assert.equal(typeof yaml.body.details?.line, 'number');
      assert.equal(typeof yaml.body.details?.column, 'number');
      // CEL syntax error: names the rule, line and column in the message and the details
      const cel = await put(
        'rules:\n  - name: ok\n    effect: deny\n    when: key.name == "x"\n  - name: r1\n    effect: allow\n    when: principal.name ==\n',
      );
      assertError(cel, 400, 'E_POLICY_INVALID', /rules\[1\] "r1".*syntax error.*line \d+, column \d+/);
      assert.equal(cel.body.details.rule, 'r1');
      assert.equal(cel.body.details.index, 1);
      assert.equal(cel.body.details.field, 'when');
      assert.equal(typeof cel.body.details.line, 'number');
      assert.equal(typeof cel.body.details.column, 'number');
      // type error in CEL (unknown variable)
      assertError(await put('rules:\n  - name: typo\n    effect: allow\n    when: principle.kind == "api"\n'), 400, 'E_POLICY_INVALID', /rules\[0\] "typo"/);
      // unknown fields: top level, in a rule, in approvals
      assertError(await put('rulez: []\n'), 400, 'E_POLICY_INVALID', /unknown field "rulez"/);
      assertError(await put('rules: []\nextra: 1\n'), 400, 'E_POLICY_INVALID', /unknown field "extra"/);
      const inRule = await put('rules:\n  - name: big\n    effect: allow\n    aproval: { count: 1, from: admin }\n');
      assertError(inRule, 400, 'E_POLICY_INVALID', /rules\[0\] "big": unknown field "aproval"/);
      assert.equal(inRule.body.details.field, 'aproval');
      assertError(
        await put('rules:\n  - name: big\n    effect: allow\n    approvals: { count: 1, from: admin, by: x }\n'),
        400,
        'E_POLICY_INVALID',
        /unknown field "approvals.by"/,
      );
      assertError(await put('{"rules":[],"extra":1}'), 400, 'E_POLICY_INVALID', /unknown field "extra"/);
      // duplicate rule names
      const dup = await put('rules:\n  - name: same\n    effect: deny\n  - name: same\n    effect: allow\n');
      assertError(dup, 400, 'E_POLICY_INVALID', /duplicate rule name "same"/);
      // and a few more shapes
      assertError(await put(''), 400, 'E_POLICY_INVALID');
      assertError(await put('rules:\n  - name: a\n    effect: allow\n    approvals: { count: 0, from: admin }\n'), 400, 'E_POLICY_INVALID');
      assertError(await put('rules:\n  - &x {name: a, effect: allow}\n  - *x\n'), 400, 'E_POLICY_INVALID');
      assertError(await put('{"rules":[],"rules":[]}'), 400, 'E_POLICY_INVALID');
    });
    const now = await t.admin.call('policy.show', {});
    assert.deepEqual(now, old);
  });

  // ---- bearer tokens ---------------------------------------------------------------------

  test('bearer tokens: agent token signs, is refused elsewhere, for non-agents, after revocation, when malformed', async () => {
    const created = await t.admin.call('token.create', { principal: agent.name, ttl: '1h' });
    assert.match(created.token, /^cst_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    const bearer = (token: string, method: string, path: string, body?: unknown) =>
      send(
        method,
        path,
        { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        body === undefined ? undefined : JSON.stringify(body),
      );

    const signedReq = await bearer(created.token, 'POST', '/v1/sign', { key: 'hot', digest: DIGEST });
    assert.equal(signedReq.status, 200, signedReq.text);
    assert.equal(signedReq.body.status, 'signed');
    assert.equal(signedReq.body.principal, agent.name);
    const shown = await bearer(created.token, 'GET', `/v1/requests/${signedReq.body.id}`);
    assert.equal(shown.status, 200, shown.text);
    const tokenClient = new CustosClient({ url: t.url, token: created.token });
    assert.equal((await tokenClient.call('request.list', {})).length >= 1, true);

    await unchanged(async () => {
      // tokens only on token operations, even for operations the agent's role may call
      assertError(await bearer(created.token, 'GET', '/v1/keys'), 401, 'E_UNAUTHENTICATED', /bearer tokens are not accepted here/);
      assertError(await bearer(created.token, 'POST', '/v1/verify', { key: 'hot', digest: DIGEST, signature: '00' }), 401, 'E_UNAUTHENTICATED');
      assertError(await bearer(created.token, 'POST', `/v1/requests/${signedReq.body.id}/cancel`, {}), 401, 'E_UNAUTHENTICATED');
      assertError(await bearer(created.token, 'POST', '/v1/keys', { name: 'tok-1', type: 'secp256k1' }), 401, 'E_UNAUTHENTICATED');
      // malformed or unknown tokens
      const [, id, secret] = /^cst_([0-9a-f]{16})_(.{43})$/.exec(created.token)!;
      const otherSecret = Buffer.alloc(32, 7).toString('base64url');
      for (const bad of [
        'garbage',
        'cst_',
        `cst_${id}`,
        `cst_${id}_short`,
        `cst_${id!.toUpperCase()}_${secret}`,
        `${created.token}x`,
        `cst_${'0'.repeat(16)}_${secret}`,
        `cst_${id}_${otherSecret}`,
        `cst_${id}_${secret!.slice(0, 42)}B`,
      ]) {
        assertError(await bearer(bad, 'POST', '/v1/sign', { key: 'hot', digest: DIGEST }), 401, 'E_UNAUTHENTICATED');
      }
      assertError(
        await send('POST', '/v1/sign', { authorization: 'Bearer', 'content-type': 'application/json' }, JSON.stringify({ key: 'hot', digest: DIGEST })),
        401,
        'E_UNAUTHENTICATED',
      );
      assertError(
        await send(
          'POST',
          '/v1/sign',
          { authorization: `Basic ${created.token}`, 'content-type': 'application/json' },
          JSON.stringify({ key: 'hot', digest: DIGEST }),
        ),
        401,
        'E_UNAUTHENTICATED',
      );
      // tokens are for agents only
      assertError(await call(admin, 'POST', '/v1/tokens', { principal: operator.name }), 400, 'E_BAD_INPUT', /tokens are for agents/);
      assertError(await call(admin, 'POST', '/v1/tokens', { principal: admin.name }), 400, 'E_BAD_INPUT');
      assertError(await call(admin, 'POST', '/v1/tokens', { principal: 'no-such-principal' }), 404, 'E_PRINCIPAL_NOT_FOUND');
      for (const ttl of ['0s', '10', '1y', '366d', '-1h'])
        assertError(await call(admin, 'POST', '/v1/tokens', { principal: agent.name, ttl }), 400, 'E_BAD_INPUT');
      // an agent cannot mint tokens, with its signature or with its token
      assertError(await call(agentSigner, 'POST', '/v1/tokens', { principal: agent.name }), 403, 'E_FORBIDDEN');
      assertError(await bearer(created.token, 'POST', '/v1/tokens', { principal: agent.name }), 401, 'E_UNAUTHENTICATED');
    });

    // revoked token
    const rv = await t.admin.call('token.revoke', { id: created.id });
    assert.equal(rv.revoked, true);
    const before = (await t.admin.call('request.list', { limit: 1000 })) as unknown[];
    await unchanged(async () => {
      const log = await logDuring(async () => assertAuthFailed(await bearer(created.token, 'POST', '/v1/sign', { key: 'hot', digest: DIGEST })));
      assert.match(log, new RegExp(`auth: refused: bearer token ${created.id}: revoked`));
      assert.ok(!log.includes(created.token.slice(-43)), 'the token secret is not logged');
      assertAuthFailed(await bearer(created.token, 'GET', '/v1/requests'));
    });
    assert.equal(((await t.admin.call('request.list', { limit: 1000 })) as unknown[]).length, before.length);
  });

  test('bearer tokens: expired token and token of a revoked agent are refused', async () => {
    const p = await t.principal('token-agent', 'agent');
    const short = await t.admin.call('token.create', { principal: p.name, ttl: '1s' });
    const long = await t.admin.call('token.create', { principal: p.name, ttl: '1h' });
    const use = (token: string) =>
      send('POST', '/v1/sign', { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, JSON.stringify({ key: 'hot', digest: DIGEST }));
    await new Promise((r) => setTimeout(r, 1100));
    await unchanged(async () => {
      const log = await logDuring(async () => assertAuthFailed(await use(short.token)));
      assert.match(log, new RegExp(`auth: refused: bearer token ${short.id}: expired at `));
    });
    await t.admin.call('principal.revoke', { name: p.name });
    await unchanged(async () => {
      const log = await logDuring(async () => assertAuthFailed(await use(long.token)));
      assert.match(log, new RegExp(`auth: refused: bearer token ${long.id}: principal token-agent is revoked`));
    });
  });

  // ---- idempotency ------------------------------------------------------------------------

  test('idempotency: same key + same payload returns the same request once; a different payload conflicts', async () => {
    const body = { key: 'hot', digest: 'ee'.repeat(32), note: 'pay #1', idempotencyKey: 'idem-1' };
    const a0 = await t.auditEvents();
    const first = await call(agentSigner, 'POST', '/v1/sign', body);
    assert.equal(first.status, 200, first.text);
    assert.equal(first.body.status, 'signed');
    const a1 = await t.auditEvents();
    assert.ok(a1 > a0);
    const second = await call(agentSigner, 'POST', '/v1/sign', body);
    assert.equal(second.status, 200, second.text);
    assert.equal(second.body.id, first.body.id);
    assert.equal(second.body.signature, first.body.signature);
    assert.equal(await t.auditEvents(), a1, 'the repeat made no new decision or signature');
    const mine = ((await t.admin.call('request.list', { limit: 1000 })) as { id: string; payload: { digest?: string } }[]).filter(
      (r) => r.payload.digest === body.digest,
    );
    assert.deepEqual(
      mine.map((r) => r.id),
      [first.body.id],
    );

    await unchanged(async () => {
      for (const changed of [
        { ...body, digest: 'ef'.repeat(32) },
        { ...body, note: 'pay #2' },
        { ...body, tags: { a: 'b' } },
        { ...body, key: 'path-a' },
      ]) {
        const r = await call(agentSigner, 'POST', '/v1/sign', changed);
        assertError(r, 409, 'E_IDEMPOTENCY_CONFLICT');
        assert.equal(r.body.details.requestId, first.body.id);
      }
      assertError(await call(agentSigner, 'POST', '/v1/sign', { ...body, idempotencyKey: 'bad key!' }), 400, 'E_BAD_INPUT');
    });
    // another principal's idempotency keys are its own
    const other = await operator.client.call('sign', { key: 'hot', digest: 'ef'.repeat(32), idempotencyKey: 'idem-1' });
    assert.equal(other.status, 'signed');
    assert.notEqual(other.id, first.body.id);
  });

  test('idempotency: the same key for a different signature scheme conflicts, whichever request names the scheme', async () => {
    const digest = '5a'.repeat(32);
    const bip = await call(agentSigner, 'POST', '/v1/sign', { key: 'hot', digest, scheme: 'bip340', idempotencyKey: 'idem-scheme-1' });
    assert.equal(bip.status, 200, bip.text);
    assert.equal(bip.body.scheme, 'bip340');
    const ecdsa = await call(agentSigner, 'POST', '/v1/sign', { key: 'hot', digest, idempotencyKey: 'idem-scheme-2' });
    assert.equal(ecdsa.status, 200, ecdsa.text);
    assert.equal(ecdsa.body.scheme, 'ecdsa');
    await unchanged(async () => {
      // asked for the default (ecdsa) where the key was used for bip340, and the other way round
      const r1 = await call(agentSigner, 'POST', '/v1/sign', { key: 'hot', digest, idempotencyKey: 'idem-scheme-1' });
      const r2 = await call(agentSigner, 'POST', '/v1/sign', { key: 'hot', digest, scheme: 'bip340', idempotencyKey: 'idem-scheme-2' });
      assert.deepEqual(
        [`${r1.status} ${r1.body?.code ?? r1.body?.scheme}`, `${r2.status} ${r2.body?.code ?? r2.body?.scheme}`],
        ['409 E_IDEMPOTENCY_CONFLICT', '409 E_IDEMPOTENCY_CONFLICT'],
      );
    });
    // naming the default explicitly is the same request as leaving it out
    const same = await call(agentSigner, 'POST', '/v1/sign', { key: 'hot', digest, scheme: 'ecdsa', idempotencyKey: 'idem-scheme-2' });
    assert.equal(same.status, 200, same.text);
    assert.equal(same.body.id, ecdsa.body.id);
  });

  test('idempotency: concurrent identical submissions make one request', async () => {
    const body = { key: 'hot', digest: '0f'.repeat(32), idempotencyKey: 'idem-concurrent' };
    const a0 = await t.auditEvents();
    const replies = await Promise.all(Array.from({ length: 8 }, () => call(agentSigner, 'POST', '/v1/sign', body)));
    for (const r of replies) assert.equal(r.status, 200, r.text);
    assert.equal(new Set(replies.map((r) => r.body.id)).size, 1);
    const mine = ((await t.admin.call('request.list', { limit: 1000 })) as { payload: { digest?: string } }[]).filter((r) => r.payload.digest === body.digest);
    assert.equal(mine.length, 1);
    // one decision, one signature, one execution
    assert.equal(await t.auditEvents(), a0 + 3);
  });

  // ---- never a 5xx ---------------------------------------------------------------------------

  test('no response in this file had a 5xx status', () => {
    assert.ok(statuses.length > 100, `only ${statuses.length} responses recorded`);
    const bad = statuses.filter((s) => s.status >= 500);
    assert.deepEqual(bad, []);
  });
});
