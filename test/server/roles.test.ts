/**
 * HTTP API, roles and approvals. The expectation table is derived from the
 * contract (`access` of every operation in src/api/contract.ts): each role is
 * refused with 403 E_FORBIDDEN exactly where the contract says, and a refused
 * call changes nothing. Then the representative scenarios per role, and every
 * way an approval can be refused.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID, type KeyObject } from 'node:crypto';
import { TestServer, type Principal } from '../helpers/server.js';
import { signRequest } from '../../src/auth/request-signature.js';
import { credentialPrivateKey, readCredentialFile } from '../../src/auth/credential.js';
import { signApproval } from '../../src/auth/approval.js';
import { OPERATIONS, type Operation, type OperationName } from '../../src/api/contract.js';
import type { Role } from '../../src/store/records.js';

interface Signer {
  name: string;
  role: Role;
  key: KeyObject;
}

interface Reply {
  status: number;
  body: any;
  text: string;
  headers: Headers;
}

const ROLES: readonly Role[] = ['admin', 'approver', 'operator', 'auditor', 'agent', 'validator', 'keymanager', 'guardian'];
const DIGEST = 'ab'.repeat(32);
const MISSING_ID = randomUUID();

const POLICY = `description: roles tests
rules:
  - name: deny-cold
    effect: deny
    when: key.name == "cold"
  - name: gated-admin
    effect: allow
    when: key.name == "gated-admin"
    approvals: { count: 1, from: admin }
  - name: gated
    effect: allow
    when: key.name == "gated"
    approvals: { count: 1, from: approver }
  - name: gated-two
    effect: allow
    when: key.name == "gated-two"
    approvals: { count: 2, from: approver }
  - name: hot
    effect: allow
    when: key.name == "hot"
`;

/**
 * One valid input per operation (it passes the schema, so the request reaches
 * the role check), chosen so that a permitted caller gets a harmless, known
 * answer: mostly "not found" for a name that does not exist.
 */
interface Probe {
  input: Record<string, unknown>;
  /** What a permitted caller gets: 200, or an error code. */
  expect: 200 | string;
}
const PROBES: Partial<Record<OperationName, Probe>> = {
  'sys.status': { input: {}, expect: 200 },
  'sys.metrics': { input: {}, expect: 200 },
  'sys.rotateRoot': { input: {}, expect: 200 },
  'sys.rekey': { input: { seal: 'passphrase', passphrase: 'short' }, expect: 'E_BAD_INPUT' },
  'key.list': { input: {}, expect: 200 },
  'key.create': { input: { name: 'probe-key', type: 'secp256k1' }, expect: 200 },
  'key.show': { input: { ref: 'hot' }, expect: 200 },
  'key.rotate': { input: { name: 'no-such-key' }, expect: 'E_KEY_NOT_FOUND' },
  'key.disable': { input: { name: 'no-such-key' }, expect: 'E_KEY_NOT_FOUND' },
  'key.enable': { input: { name: 'no-such-key' }, expect: 'E_KEY_NOT_FOUND' },
  'key.destroy': { input: { name: 'no-such-key' }, expect: 'E_KEY_NOT_FOUND' },
  'key.usage': { input: { name: 'no-such-key', allowRaw: true }, expect: 'E_KEY_NOT_FOUND' },
  'wallet.usage': { input: { name: 'no-such-wallet', allowRaw: true }, expect: 'E_WALLET_NOT_FOUND' },
  'key.refresh': { input: { name: 'no-such-key' }, expect: 'E_KEY_NOT_FOUND' },
  'key.refreshSchedule': { input: { name: 'no-such-key', every: '30d' }, expect: 'E_KEY_NOT_FOUND' },
  'key.reshare': { input: { name: 'no-such-key', threshold: 2 }, expect: 'E_KEY_NOT_FOUND' },
  'party.add': { input: { name: 'probe-party', url: 'http://127.0.0.1:9', identity: '00'.repeat(64) }, expect: 'E_BAD_INPUT' },
  'party.remove': { input: { name: 'no-such-party' }, expect: 'E_NOT_FOUND' },
  'party.list': { input: {}, expect: 200 },
  // No upstream node is configured here: Safe accounts refuse before contacting any party.
  'safe.create': { input: { name: 'probe-safe', chainId: 1, threshold: 2, parties: ['a', 'b'] }, expect: 'E_UNSUPPORTED' },
  'safe.register': { input: { name: 'probe-safe', chainId: 1, address: '0x' + '11'.repeat(20), threshold: 2, parties: ['a', 'b'] }, expect: 'E_UNSUPPORTED' },
  'safe.deployContracts': { input: { chainId: 1, executor: 'no-such-executor' }, expect: 'E_KEY_NOT_FOUND' },
  'safe.show': { input: { name: 'no-such-safe' }, expect: 'E_KEY_NOT_FOUND' },
  'safe.execute': { input: { name: 'no-such-safe', requestId: '00000000-0000-0000-0000-000000000000' }, expect: 'E_REQUEST_NOT_FOUND' },
  'key.import': { input: { name: 'probe-import', format: 'raw', content: 'zz' }, expect: 'E_BAD_INPUT' },
  'key.export': { input: { name: 'no-such-key', format: 'raw' }, expect: 'E_KEY_NOT_FOUND' },
  'key.importBatch': { input: { format: 'raw', items: [{ name: 'probe-batch', content: 'zz', source: 'probe.jsonl:1' }] }, expect: 'E_BAD_INPUT' },
  'wallet.list': { input: {}, expect: 200 },
  'wallet.create': { input: { name: 'probe-wallet', words: 12, noShow: true }, expect: 200 },
  'wallet.import': { input: { name: 'probe-wallet-2', mnemonic: 'a', seed: '00' }, expect: 'E_BAD_INPUT' },
  'wallet.xpub': { input: { name: 'no-such-wallet' }, expect: 'E_WALLET_NOT_FOUND' },
  'backup.create': { input: { groupThreshold: 1, groups: [[1, 1]] }, expect: 'E_BAD_INPUT' },
  'backup.restore': { input: { name: 'probe-restore', shares: ['not a share'] }, expect: 'E_BAD_SHARES' },
  sign: { input: { key: 'no-such-key', digest: DIGEST }, expect: 'E_KEY_NOT_FOUND' },
  'sign.evm': { input: { key: 'no-such-key', payload: { kind: 'evm.personalMessage', message: '0x01' } }, expect: 'E_KEY_NOT_FOUND' },
  'eth.rpc': { input: { jsonrpc: '2.0', id: 1, method: 'eth_accounts' }, expect: 200 },
  'sign.bitcoin': { input: { keys: ['no-such-key'], psbt: 'cHNidP8=' }, expect: 'E_KEY_NOT_FOUND' },
  'sign.solana': { input: { key: 'no-such-key', message: 'AA==' }, expect: 'E_KEY_NOT_FOUND' },
  verify: { input: { key: 'no-such-key', digest: DIGEST, signature: '00' }, expect: 'E_KEY_NOT_FOUND' },
  'request.list': { input: {}, expect: 200 },
  'request.show': { input: { id: MISSING_ID }, expect: 'E_REQUEST_NOT_FOUND' },
  'request.approve': { input: { id: MISSING_ID, signature: 'A'.repeat(86) }, expect: 'E_REQUEST_NOT_FOUND' },
  'request.reject': { input: { id: MISSING_ID, signature: 'A'.repeat(86) }, expect: 'E_REQUEST_NOT_FOUND' },
  'request.cancel': { input: { id: MISSING_ID }, expect: 'E_REQUEST_NOT_FOUND' },
  'request.export': { input: { id: MISSING_ID }, expect: 'E_REQUEST_NOT_FOUND' },
  'request.import': { input: { response: 'not a response file' }, expect: 'E_AIRGAP_FORMAT' },
  'policy.show': { input: {}, expect: 200 },
  'policy.set': { input: { source: 'rules: [' }, expect: 'E_POLICY_INVALID' },
  'policy.history': { input: {}, expect: 200 },
  'policy.check': { input: { key: 'no-such-key', digest: DIGEST }, expect: 'E_KEY_NOT_FOUND' },
  'list.show': { input: {}, expect: 200 },
  'list.set': { input: { name: 'probe-list', values: ['a'] }, expect: 200 },
  'principal.list': { input: {}, expect: 200 },
  'principal.create': { input: { name: 'probe-principal', role: 'agent', publicKey: 'ab'.repeat(50) }, expect: 'E_BAD_INPUT' },
  'principal.revoke': { input: { name: 'no-such-principal' }, expect: 'E_PRINCIPAL_NOT_FOUND' },
  'token.create': { input: { principal: 'no-such-principal' }, expect: 'E_PRINCIPAL_NOT_FOUND' },
  'token.revoke': { input: { id: '0123456789abcdef' }, expect: 'E_NOT_FOUND' },
  'key.unfreeze': { input: { name: 'no-such-key' }, expect: 'E_KEY_NOT_FOUND' },
  'principal.unfreeze': { input: { name: 'no-such-principal' }, expect: 'E_PRINCIPAL_NOT_FOUND' },
  'schedule.list': { input: {}, expect: 200 },
  'schedule.set': { input: { action: 'key.rotate', target: 'no-such-key', every: '90d' }, expect: 'E_KEY_NOT_FOUND' },
  'schedule.remove': { input: { action: 'key.rotate', target: 'no-such-key' }, expect: 'E_NOT_FOUND' },
  'recovery.propose': { input: { admins: [{ name: 'probe-admin', publicKey: 'ab'.repeat(50) }] }, expect: 'E_BAD_INPUT' },
  'risk.freezes': { input: {}, expect: 200 },
  'risk.rebuild': { input: {}, expect: 200 },
  'audit.verify': { input: {}, expect: 200 },
  'audit.export': { input: {}, expect: 200 },
  'webhook.list': { input: {}, expect: 200 },
  'webhook.add': { input: { name: 'probe-hook', url: 'http://127.0.0.1:1/hook', events: ['no.such.event'] }, expect: 'E_BAD_INPUT' },
  'webhook.remove': { input: { name: 'no-such-hook' }, expect: 'E_WEBHOOK_NOT_FOUND' },
  'webhook.secret': { input: { name: 'no-such-hook' }, expect: 'E_WEBHOOK_NOT_FOUND' },
  'webhook.deliveries': { input: {}, expect: 200 },
  // a request signed by a credential carries no session to end
  'passkey.logout': { input: {}, expect: 'E_BAD_INPUT' },
  'session.list': { input: {}, expect: 200 },
  'session.revoke': { input: { id: '0'.repeat(32) }, expect: 'E_NOT_FOUND' },
};

const allowed = (op: Operation, role: Role): boolean => op.access === 'public' || op.access.includes(role);

describe('HTTP API: roles', () => {
  let t: TestServer;
  const signers = {} as Record<Role, Signer>;
  const principals: Record<string, Principal> = {};
  let approver2: Signer;
  const statuses: { method: string; url: string; status: number }[] = [];
  const realFetch = globalThis.fetch;

  async function send(s: Signer | null, method: string, path: string, raw?: string): Promise<Reply> {
    const headers: Record<string, string> = raw !== undefined ? { 'content-type': 'application/json' } : {};
    if (s) Object.assign(headers, signRequest(s.key, s.name, { method, path, body: raw ?? '' }));
    const res = await fetch(`${t.url}${path}`, { method, headers, ...(raw !== undefined ? { body: raw } : {}) });
    const text = await res.text();
    let body: any;
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
    return { status: res.status, body, text, headers: res.headers };
  }

  /** Call an operation by its contract entry, as the client would (path params, query or JSON body). */
  function callOp(s: Signer, name: OperationName, input: Record<string, unknown>): Promise<Reply> {
    const op = OPERATIONS[name] as Operation;
    const rest = { ...input };
    let path = op.path.replace(/:([A-Za-z]+)/g, (_m, p: string) => {
      const v = rest[p];
      delete rest[p];
      return encodeURIComponent(String(v));
    });
    if (op.method === 'GET') {
      const q = new URLSearchParams();
      for (const [k, v] of Object.entries(rest)) q.set(k, String(v));
      if ([...q].length) path += `?${q.toString()}`;
      return send(s, op.method, path);
    }
    return send(s, op.method, path, JSON.stringify(rest));
  }

  function assertError(r: Reply, status: number, code: string, message?: RegExp): void {
    assert.equal(r.status, status, `expected ${status} ${code}, got ${r.status}: ${r.text.slice(0, 300)}`);
    assert.match(r.headers.get('content-type') ?? '', /^application\/json/);
    assert.ok(r.body !== null && typeof r.body === 'object' && !Array.isArray(r.body), r.text);
    assert.equal(r.body.code, code, r.text);
    assert.equal(typeof r.body.message, 'string');
    for (const k of Object.keys(r.body)) assert.ok(['code', 'message', 'details'].includes(k), `unexpected field "${k}" in ${r.text}`);
    assert.doesNotMatch(r.text, /\n\s+at |node_modules|\.ts:\d+|"stack"|FST_ERR/);
    if (message) assert.match(r.body.message, message);
  }

  async function snapshot() {
    const audit = await t.auditEvents();
    return {
      audit,
      keys: await t.admin.call('key.list', {}),
      wallets: await t.admin.call('wallet.list', {}),
      requests: await t.admin.call('request.list', { limit: 1000 }),
      principals: await t.admin.call('principal.list', {}),
      policy: await t.admin.call('policy.show', {}),
      lists: await t.admin.call('list.show', {}),
      rootVersion: (await t.admin.call('sys.status', {})).rootVersion,
    };
  }

  async function unchanged(fn: () => Promise<void>): Promise<void> {
    const before = await snapshot();
    await fn();
    assert.deepEqual(await snapshot(), before, 'a refused request changed state');
  }

  async function show(id: string): Promise<any> {
    return t.admin.call('request.show', { id });
  }

  /** Submit a signing request as `s` (raw, so any role can be used). */
  async function submit(s: Signer, key: string, digest = randomUUID().replace(/-/g, '').padEnd(64, '0')): Promise<any> {
    const r = await callOp(s, 'sign', { key, digest });
    assert.equal(r.status, 200, r.text);
    return r.body;
  }

  before(async () => {
    globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
      const res = await realFetch(input, init);
      statuses.push({ method: init?.method ?? 'GET', url: String(input), status: res.status });
      return res;
    };
    t = await TestServer.start();
    const cred = readCredentialFile(t.adminCredential);
    signers.admin = { name: cred.principal, role: 'admin', key: credentialPrivateKey(cred) };
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      const p = await t.principal(`${role}-1`, role);
      principals[role] = p;
      signers[role] = { name: p.name, role, key: credentialPrivateKey(readCredentialFile(p.credentialFile)) };
    }
    const p2 = await t.principal('approver-2', 'approver');
    approver2 = { name: p2.name, role: 'approver', key: credentialPrivateKey(readCredentialFile(p2.credentialFile)) };
    for (const name of ['hot', 'cold', 'gated', 'gated-admin', 'gated-two']) await t.admin.call('key.create', { name, type: 'secp256k1', allowRaw: true });
    await t.admin.call('policy.set', { source: POLICY });
  });
  after(async () => {
    globalThis.fetch = realFetch;
    await t.stop();
  });

  test('every non-public contract operation has a probe', () => {
    const missing = (Object.entries(OPERATIONS) as [OperationName, Operation][]).filter(([n, op]) => op.access !== 'public' && !PROBES[n]).map(([n]) => n);
    assert.deepEqual(missing, []);
  });

  for (const role of ROLES) {
    test(`${role}: E_FORBIDDEN exactly where the contract's access excludes it`, async () => {
      const ops = (Object.entries(OPERATIONS) as [OperationName, Operation][]).filter(([n, op]) => op.access !== 'public' && PROBES[n]);
      const forbidden = ops.filter(([, op]) => !allowed(op, role));
      const permitted = ops.filter(([, op]) => allowed(op, role));
      // Validators and keymanagers reach nothing of the admin API: their routes are the eth2 listener's (src/server/eth2-app.ts).
      assert.ok(role === 'validator' || role === 'keymanager' ? permitted.length === 0 : permitted.length > 0);
      // refused: 403 E_FORBIDDEN naming the operation and role, nothing changed
      await unchanged(async () => {
        for (const [name] of forbidden) {
          const a0 = await t.auditEvents();
          const r = await callOp(signers[role], name, PROBES[name]!.input);
          assertError(r, 403, 'E_FORBIDDEN', new RegExp(`${name.replace('.', '\\.')} is not open to role ${role}`));
          assert.equal(await t.auditEvents(), a0, `${role} ${name}: audit changed`);
        }
      });
      // permitted: never E_FORBIDDEN; the probe's known answer
      const outcomes: string[] = [];
      const expected: string[] = [];
      for (const [name] of permitted) {
        const probe = PROBES[name]!;
        const r = await callOp(signers[role], name, { ...probe.input, ...(name === 'key.create' ? { name: `probe-key-${role}` } : {}) });
        assert.ok(r.status < 500, `${role} ${name}: ${r.status} ${r.text.slice(0, 200)}`);
        outcomes.push(`${name}: ${r.status === 200 ? 200 : r.body?.code}`);
        expected.push(`${name}: ${probe.expect}`);
        if (r.status !== 200) assertError(r, r.status, r.body?.code);
      }
      assert.deepEqual(outcomes, expected);
    });
  }

  // ---- representative scenarios -----------------------------------------------------------

  test('agent: cannot key.create, policy.set, principal.list, audit.export', async () => {
    const agent = signers.agent;
    for (const n of ['key.create', 'policy.set', 'principal.list', 'audit.export'] as const)
      assert.ok(!allowed(OPERATIONS[n] as Operation, 'agent'), `contract: ${n}`);
    await unchanged(async () => {
      assertError(await callOp(agent, 'key.create', { name: 'agent-key', type: 'secp256k1' }), 403, 'E_FORBIDDEN');
      assertError(await callOp(agent, 'policy.set', { source: 'rules: []\n' }), 403, 'E_FORBIDDEN');
      assertError(await callOp(agent, 'principal.list', {}), 403, 'E_FORBIDDEN');
      assertError(await callOp(agent, 'audit.export', {}), 403, 'E_FORBIDDEN');
      await assert.rejects(principals.agent!.client.call('principal.list', {}), (e: { code?: string }) => e.code === 'E_FORBIDDEN');
    });
    // but it can submit signing requests
    const r = await submit(agent, 'hot');
    assert.equal(r.status, 'signed');
  });

  test('auditor: cannot sign or key.create; can key.list, audit.verify, audit.export', async () => {
    const a = signers.auditor;
    await unchanged(async () => {
      assertError(await callOp(a, 'sign', { key: 'hot', digest: DIGEST }), 403, 'E_FORBIDDEN');
      assertError(await callOp(a, 'key.create', { name: 'auditor-key', type: 'secp256k1' }), 403, 'E_FORBIDDEN');
      assertError(await callOp(a, 'request.approve', { id: MISSING_ID, signature: 'A'.repeat(86) }), 403, 'E_FORBIDDEN');
    });
    const keys = await callOp(a, 'key.list', {});
    assert.equal(keys.status, 200);
    assert.ok((keys.body as { name: string }[]).some((k) => k.name === 'hot'));
    const v = await callOp(a, 'audit.verify', {});
    assert.equal(v.status, 200, v.text);
    assert.equal(v.body.ok, true);
    const e = await callOp(a, 'audit.export', {});
    assert.equal(e.status, 200, e.text);
    assert.match(e.headers.get('content-type') ?? '', /ndjson/);
    const lines = e.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.ok(lines.length > 5);
  });

  test('approver: can approve a request (and it gets signed) but cannot sign', async () => {
    const req = await submit(signers.agent, 'gated');
    assert.equal(req.status, 'pending');
    await unchanged(async () => {
      assertError(await callOp(signers.approver, 'sign', { key: 'hot', digest: DIGEST }), 403, 'E_FORBIDDEN');
      assertError(await callOp(signers.approver, 'key.create', { name: 'approver-key', type: 'secp256k1' }), 403, 'E_FORBIDDEN');
    });
    const r = await principals.approver!.client.decide(req.id, 'approve');
    assert.equal(r.status, 'signed');
    assert.equal(r.approvals.length, 1);
    assert.equal(r.approvals[0]!.approver, signers.approver.name);
    assert.ok(r.signature);
  });

  test('operator: can sign where the policy allows, is denied where it does not, can key.list', async () => {
    const ok = await submit(signers.operator, 'hot');
    assert.equal(ok.status, 'signed');
    assert.equal(ok.principal, signers.operator.name);
    const denied = await submit(signers.operator, 'cold');
    assert.equal(denied.status, 'denied');
    assert.equal(denied.rule, 'deny-cold');
    const keys = await callOp(signers.operator, 'key.list', {});
    assert.equal(keys.status, 200);
    await unchanged(async () => {
      assertError(await callOp(signers.operator, 'key.create', { name: 'op-key', type: 'secp256k1' }), 403, 'E_FORBIDDEN');
      assertError(await callOp(signers.operator, 'principal.list', {}), 403, 'E_FORBIDDEN');
      assertError(
        await callOp(signers.operator, 'request.approve', { id: ok.id, signature: signApproval(signers.operator.key, ok.id, ok.digest, 'approve') }),
        403,
        'E_FORBIDDEN',
      );
    });
  });

  test('admin: admin operations work', async () => {
    const admin = signers.admin;
    const k = await callOp(admin, 'key.create', { name: 'admin-made', type: 'ed25519', tags: { team: 'x' } });
    assert.equal(k.status, 200, k.text);
    assert.equal(k.body.algorithm, 'ed25519');
    const pl = await callOp(admin, 'principal.list', {});
    assert.equal(pl.status, 200);
    assert.ok((pl.body as { name: string }[]).some((p) => p.name === 'agent-1'));
    const tok = await callOp(admin, 'token.create', { principal: 'agent-1', ttl: '1h' });
    assert.equal(tok.status, 200, tok.text);
    const rv = await callOp(admin, 'token.revoke', { id: tok.body.id });
    assert.equal(rv.status, 200, rv.text);
    assert.equal(rv.body.revoked, true);
    const ls = await callOp(admin, 'list.set', { name: 'traders', values: ['agent-1'] });
    assert.equal(ls.status, 200, ls.text);
    const before = await t.admin.call('policy.show', {});
    const ps = await callOp(admin, 'policy.set', { source: POLICY.replace('roles tests', 'roles tests v2') });
    assert.equal(ps.status, 200, ps.text);
    const after = await t.admin.call('policy.show', {});
    assert.equal(after.version, before.version + 1);
    const dis = await callOp(admin, 'key.disable', { name: 'admin-made' });
    assert.equal(dis.status, 200, dis.text);
    assert.equal(dis.body.state, 'disabled');
  });

  test("cancel: only the requester, an admin or an eligible approver; agents do not see others' requests", async () => {
    const agentReq = await submit(signers.agent, 'gated');
    const opReq = await submit(signers.operator, 'gated');
    const before = [await show(agentReq.id), await show(opReq.id)];
    await unchanged(async () => {
      // the operator may call request.cancel (contract) but not on someone else's request
      assertError(
        await callOp(signers.operator, 'request.cancel', { id: agentReq.id }),
        403,
        'E_FORBIDDEN',
        /only the requester, an admin or an eligible approver/,
      );
      // an agent cannot even see another principal's request
      assertError(await callOp(signers.agent, 'request.cancel', { id: opReq.id }), 404, 'E_REQUEST_NOT_FOUND');
      assertError(await callOp(signers.agent, 'request.show', { id: opReq.id }), 404, 'E_REQUEST_NOT_FOUND');
      // roles outside the contract's access for cancel
      for (const role of ['auditor'] as const)
        assertError(await callOp(signers[role], 'request.cancel', { id: agentReq.id }), 403, 'E_FORBIDDEN', /is not open to role/);
    });
    assert.deepEqual([await show(agentReq.id), await show(opReq.id)], before);
    const mine = await callOp(signers.agent, 'request.list', {});
    assert.ok((mine.body as { principal: string }[]).every((r) => r.principal === signers.agent.name));
    assert.equal((await callOp(signers.agent, 'request.cancel', { id: agentReq.id })).body.status, 'cancelled');
    assert.equal((await callOp(signers.admin, 'request.cancel', { id: opReq.id })).body.status, 'cancelled');
  });

  // ---- approvals ---------------------------------------------------------------------------

  test('approving an unknown request: 404 E_REQUEST_NOT_FOUND', async () => {
    await unchanged(async () => {
      const id = randomUUID();
      const sig = signApproval(signers.approver.key, id, '00'.repeat(32), 'approve');
      assertError(await callOp(signers.approver, 'request.approve', { id, signature: sig }), 404, 'E_REQUEST_NOT_FOUND');
      assertError(await callOp(signers.approver, 'request.reject', { id, signature: sig }), 404, 'E_REQUEST_NOT_FOUND');
      assertError(await callOp(signers.admin, 'request.approve', { id, signature: sig }), 404, 'E_REQUEST_NOT_FOUND');
    });
  });

  test('approving a finished request (signed, denied, rejected, cancelled): 409 E_REQUEST_FINISHED', async () => {
    const signed = await submit(signers.agent, 'hot');
    assert.equal(signed.status, 'signed');
    const denied = await submit(signers.agent, 'cold');
    assert.equal(denied.status, 'denied');
    const rejected = await submit(signers.agent, 'gated');
    assert.equal((await principals.approver!.client.decide(rejected.id, 'reject')).status, 'rejected');
    const cancelled = await submit(signers.agent, 'gated');
    assert.equal((await principals.agent!.client.call('request.cancel', { id: cancelled.id })).status, 'cancelled');
    for (const req of [signed, denied, rejected, cancelled]) {
      const before = await show(req.id);
      await unchanged(async () => {
        for (const verdict of ['approve', 'reject'] as const) {
          const signature = signApproval(approver2.key, req.id, req.digest, verdict);
          const r = await callOp(approver2, verdict === 'approve' ? 'request.approve' : 'request.reject', { id: req.id, signature });
          assertError(r, 409, 'E_REQUEST_FINISHED');
          assert.equal(r.body.details?.status, before.status);
        }
      });
      assert.deepEqual(await show(req.id), before);
    }
  });

  test("approving or rejecting one's own request: 403 E_SELF_APPROVAL", async () => {
    // gated-admin needs 1 approval from an admin; the admin submits it
    const req = await submit(signers.admin, 'gated-admin');
    assert.equal(req.status, 'pending');
    assert.deepEqual(req.waitingFor.approvals, { count: 1, from: 'admin', approvedBy: [] });
    const before = await show(req.id);
    await unchanged(async () => {
      for (const verdict of ['approve', 'reject'] as const) {
        const signature = signApproval(signers.admin.key, req.id, req.digest, verdict);
        assertError(
          await callOp(signers.admin, verdict === 'approve' ? 'request.approve' : 'request.reject', { id: req.id, signature }),
          403,
          'E_SELF_APPROVAL',
        );
      }
      await assert.rejects(t.admin.decide(req.id, 'approve'), (e: { code?: string }) => e.code === 'E_SELF_APPROVAL');
    });
    assert.deepEqual(await show(req.id), before);
    // the requester can still cancel it
    assert.equal((await t.admin.call('request.cancel', { id: req.id })).status, 'cancelled');
  });

  test('approving with the wrong role: 403 E_NOT_ELIGIBLE', async () => {
    // an admin approving what needs an approver
    const req = await submit(signers.agent, 'gated');
    assert.deepEqual(req.waitingFor.approvals, { count: 1, from: 'approver', approvedBy: [] });
    // an approver approving what needs an admin
    const adminReq = await submit(signers.operator, 'gated-admin');
    assert.deepEqual(adminReq.waitingFor.approvals, { count: 1, from: 'admin', approvedBy: [] });
    const before = [await show(req.id), await show(adminReq.id)];
    await unchanged(async () => {
      const sign = (s: Signer, r: { id: string; digest: string }, v: 'approve' | 'reject') => signApproval(s.key, r.id, r.digest, v);
      assertError(
        await callOp(signers.admin, 'request.approve', { id: req.id, signature: sign(signers.admin, req, 'approve') }),
        403,
        'E_NOT_ELIGIBLE',
        /needs approvals from role approver/,
      );
      assertError(await callOp(signers.admin, 'request.reject', { id: req.id, signature: sign(signers.admin, req, 'reject') }), 403, 'E_NOT_ELIGIBLE');
      await assert.rejects(t.admin.decide(req.id, 'approve'), (e: { code?: string }) => e.code === 'E_NOT_ELIGIBLE');
      assertError(
        await callOp(signers.approver, 'request.approve', { id: adminReq.id, signature: sign(signers.approver, adminReq, 'approve') }),
        403,
        'E_NOT_ELIGIBLE',
        /needs approvals from role admin/,
      );
    });
    assert.deepEqual([await show(req.id), await show(adminReq.id)], before);
    await principals.agent!.client.call('request.cancel', { id: req.id });
    await principals.operator!.client.call('request.cancel', { id: adminReq.id });
  });

  test('approval signatures over the wrong digest, verdict, request or by another key: 400 E_BAD_SIGNATURE', async () => {
    const req = await submit(signers.agent, 'gated');
    const other = await submit(signers.agent, 'gated');
    const before = await show(req.id);
    const ap = signers.approver;
    await unchanged(async () => {
      const cases: [string, string][] = [
        ['wrong digest', signApproval(ap.key, req.id, 'cd'.repeat(32), 'approve')],
        ['wrong verdict', signApproval(ap.key, req.id, req.digest, 'reject')],
        ['another request', signApproval(ap.key, other.id, other.digest, 'approve')],
        ["another approver's key", signApproval(approver2.key, req.id, req.digest, 'approve')],
        ['garbage', 'not-a-signature'],
        ['empty', ''],
        ['zero bytes', Buffer.alloc(64).toString('base64url')],
      ];
      for (const [what, signature] of cases) {
        const r = await callOp(ap, 'request.approve', { id: req.id, signature });
        assert.equal(r.body?.code, 'E_BAD_SIGNATURE', `${what}: ${r.text}`);
        assertError(r, 400, 'E_BAD_SIGNATURE');
      }
      // a rejection signed as an approval does not reject
      assertError(await callOp(ap, 'request.reject', { id: req.id, signature: signApproval(ap.key, req.id, req.digest, 'approve') }), 400, 'E_BAD_SIGNATURE');
    });
    assert.deepEqual(await show(req.id), before);
    // the right signature still works afterwards
    assert.equal((await principals.approver!.client.decide(req.id, 'approve')).status, 'signed');
    await principals.agent!.client.call('request.cancel', { id: other.id });
  });

  test('a second decision by the same approver: 409 E_ALREADY_APPROVED', async () => {
    const req = await submit(signers.agent, 'gated-two');
    const first = await principals.approver!.client.decide(req.id, 'approve');
    assert.equal(first.status, 'pending');
    assert.deepEqual(first.waitingFor!.approvals!.approvedBy, [signers.approver.name]);
    const before = await show(req.id);
    await unchanged(async () => {
      const again = signApproval(signers.approver.key, req.id, req.digest, 'approve');
      assertError(await callOp(signers.approver, 'request.approve', { id: req.id, signature: again }), 409, 'E_ALREADY_APPROVED');
      const reject = signApproval(signers.approver.key, req.id, req.digest, 'reject');
      assertError(await callOp(signers.approver, 'request.reject', { id: req.id, signature: reject }), 409, 'E_ALREADY_APPROVED');
      await assert.rejects(principals.approver!.client.decide(req.id, 'approve'), (e: { code?: string }) => e.code === 'E_ALREADY_APPROVED');
    });
    assert.deepEqual(await show(req.id), before);
    // a distinct approver completes it
    const done = await callOp(approver2, 'request.approve', { id: req.id, signature: signApproval(approver2.key, req.id, req.digest, 'approve') });
    assert.equal(done.status, 200, done.text);
    assert.equal(done.body.status, 'signed');
    assert.equal(done.body.approvals.length, 2);
  });

  test('no response in this file had a 5xx status', () => {
    assert.ok(statuses.length > 100, `only ${statuses.length} responses recorded`);
    assert.deepEqual(
      statuses.filter((s) => s.status >= 500),
      [],
    );
  });
});
