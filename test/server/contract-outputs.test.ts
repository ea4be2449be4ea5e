/**
 * The contract's output schemas against real responses. Every operation
 * declares a non-empty output schema (and /openapi.json shows it); then a
 * broad scenario is driven through a real server, and for every JSON 200
 * response the body must pass Value.Check against its operation's output
 * schema AND be byte for byte JSON.stringify of what the handler returned
 * (captured before fastify serialized it): so a schema that is wrong fails,
 * and one that is too narrow (fast-json-stringify drops undeclared properties,
 * coerces types, orders keys by the schema) fails too.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { hex } from '@scure/base';
import { psbtFor, solanaTransfer } from '../helpers/chain-payloads.js';
import { Value } from '@sinclair/typebox/value';
import { OPERATIONS, type Operation, type OperationName } from '../../src/api/contract.js';
import { openApiDocument } from '../../src/api/openapi.js';
import { buildApp } from '../../src/server/app.js';
import { VERSION } from '../../src/version.js';
import { Instance } from '../../src/keystore/instance.js';
import { bootstrapAdmin } from '../../src/access/bootstrap.js';
import { buildServices, contextFor } from '../../src/api/services.js';
import { handlers } from '../../src/api/handlers.js';
import { localActor } from '../../src/access/actor.js';
import { generateCredentialKey, readCredentialFile, writeCredentialFile } from '../../src/auth/credential.js';
import { CustosClient } from '../../src/client/client.js';
import { utf8 } from '../../src/crypto/bytes.js';
import type { Role } from '../../src/store/records.js';
import { startParties, type PartyProcess } from '../helpers/parties.js';
import { SoftAuthenticator } from '../helpers/webauthn.js';
import { createPasskeyPrincipal, loginPasskey, registerPasskey } from '../helpers/passkey-flow.js';

const PASSPHRASE = 'contract outputs passphrase';
const MNEMONIC = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';

/** What one served response was checked for. */
interface Checked {
  name: OperationName;
  status: number;
  problem?: string;
}

const byRoute = new Map(Object.entries(OPERATIONS).map(([name, op]) => [`${op.method} ${op.path}`, name as OperationName]));

/** Check every 200 JSON response of `app` against its operation's output schema and the handler's own value. */
function watch(app: FastifyInstance, seen: Checked[]): void {
  const raw = new WeakMap<object, unknown>();
  app.addHook('preSerialization', async (req, _reply, payload) => {
    raw.set(req, payload);
    return payload;
  });
  app.addHook('onSend', async (req, reply, payload) => {
    const name = byRoute.get(`${req.method} ${req.routeOptions.url}`);
    if (!name || reply.statusCode !== 200) return payload;
    const op = OPERATIONS[name] as Operation;
    const text = String(payload);
    const problems: string[] = [];
    if (op.text) {
      if (!Value.Check(op.output, text)) problems.push('text body does not match its schema');
    } else {
      const body: unknown = JSON.parse(text);
      const errors = [...Value.Errors(op.output, body)].slice(0, 3).map((e) => `${e.path}: ${e.message}`);
      if (errors.length) problems.push(`served body does not match the output schema: ${errors.join('; ')}`);
      const expected = JSON.stringify(raw.get(req));
      if (expected !== text) problems.push(`serialization changed the response:\n  handler: ${expected}\n  served:  ${text}`);
    }
    seen.push({ name, status: reply.statusCode, ...(problems.length ? { problem: problems.join('\n') } : {}) });
    return payload;
  });
}

describe('contract output schemas', () => {
  test('every operation declares a non-empty output schema, shown in /openapi.json', () => {
    const doc = openApiDocument(VERSION) as {
      paths: Record<
        string,
        Record<string, { operationId: string; responses: Record<string, { content: Record<string, { schema: Record<string, unknown> }> }> }>
      >;
    };
    const ops = Object.values(doc.paths).flatMap((m) => Object.values(m));
    assert.equal(ops.length, Object.keys(OPERATIONS).length);
    for (const o of ops) {
      const op = OPERATIONS[o.operationId as OperationName] as Operation;
      const content = o.responses['200']!.content;
      const [type, media] = Object.entries(content)[0]!;
      assert.equal(type, op.text ? (op.mediaType ?? 'application/x-ndjson') : 'application/json', o.operationId);
      assert.ok(Object.keys(media.schema).length > 0, `${o.operationId} has an empty 200 schema`);
      assert.ok(
        media.schema.type !== undefined || media.schema.anyOf !== undefined || media.schema.patternProperties !== undefined,
        `${o.operationId}: ${JSON.stringify(media.schema)}`,
      );
      if (op.text) assert.equal(media.schema.type, 'string', o.operationId);
    }
  });

  test('bearer tokens are accepted on exactly the operations the contract marks', () => {
    const tokenOps = Object.entries(OPERATIONS)
      .filter(([, op]) => (op as Operation).tokens === true)
      .map(([n]) => n);
    assert.deepEqual(tokenOps.sort(), ['eth.rpc', 'request.list', 'request.show', 'sign', 'sign.bitcoin', 'sign.evm', 'sign.solana']);
  });
});

/** A real server on 127.0.0.1:0, sealed, whose responses are checked into `seen`. */
interface Harness {
  dir: string;
  inst: Instance;
  app: FastifyInstance;
  url: string;
  admin: CustosClient;
  seen: Checked[];
  close(): Promise<void>;
}

async function startChecked(prefix: string): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const data = join(dir, 'data');
  const init = await Instance.init(
    { data },
    { kind: 'passphrase', passphrase: utf8(PASSPHRASE), argon2: { memoryKib: 8192, iterations: 1, parallelism: 1 } },
    'test',
  );
  const credential = await bootstrapAdmin(buildServices(init.instance), join(dir, 'admin.json')).finally(() => init.instance.close());
  const inst = await Instance.open({ data });
  const app = await buildApp(buildServices(inst));
  const seen: Checked[] = [];
  watch(app, seen);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.server.address();
  const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  const admin = new CustosClient({ url, credential: readCredentialFile(credential) });
  return {
    dir,
    inst,
    app,
    url,
    admin,
    seen,
    close: async () => {
      await app.close();
      await inst.close({ quiet: true });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The problems found in checked responses (none expected). */
const problemsOf = (seen: Checked[]) => seen.filter((s) => s.problem).map((s) => `${s.name}: ${s.problem}`);

describe('contract output schemas: real responses', () => {
  let h: Harness;
  let dir: string;
  let url: string;
  let admin: CustosClient;

  const principal = async (name: string, role: Role): Promise<CustosClient> => {
    const { privateKey, publicKeyHex } = generateCredentialKey();
    await admin.call('principal.create', { name, role, publicKey: publicKeyHex });
    const file = join(dir, `${name}.json`);
    writeCredentialFile(file, { principal: name, role, privateKey });
    return new CustosClient({ url, credential: readCredentialFile(file) });
  };

  before(async () => {
    h = await startChecked('custos-outputs-');
    ({ dir, url, admin } = h);
  });
  after(() => h?.close());

  test('a broad scenario: every JSON response matches its schema and is served exactly as the handler returned it', async () => {
    const anon = new CustosClient({ url });
    // Sealed, then unsealed through the API.
    assert.equal((await anon.call('sys.health', {})).sealed, true);
    assert.deepEqual(await anon.call('sys.unseal', { passphrase: PASSPHRASE }), { sealed: false });
    assert.equal((await anon.call('sys.unseal', { passphrase: PASSPHRASE })).message, 'already unsealed');
    await anon.call('sys.health', {});
    await anon.call('sys.ready', {});
    assert.equal(await anon.call('sys.upcheck', {}), 'OK');
    await admin.call('sys.status', {});

    // Policy before any is set (the built-in default: nulls), then one that allows admins and makes agents wait for an approver.
    assert.equal((await admin.call('policy.show', {})).createdAt, null);
    await admin.call('policy.history', {});
    await admin.call('list.set', { name: 'payees', values: ['a', 'b'] });
    await admin.call('list.show', {});
    await admin.call('policy.set', {
      source:
        'rules:\n  - name: admins\n    effect: allow\n    when: principal.role == "admin"\n  - name: agents\n    effect: allow\n    when: principal.role == "agent"\n    approvals: { count: 1, from: approver }\n  - name: no-noted\n    effect: deny\n    when: request.note == \"deny me\"\n  - name: freeze-key\n    effect: freeze\n    when: request.note == \"freeze key\"\n  - name: freeze-me\n    effect: freeze\n    target: principal\n    when: request.note == \"freeze me\"\n',
    });
    await admin.call('policy.show', {});
    await admin.call('policy.history', {});

    // Keys of every curve, their lifecycle, import and export.
    await admin.call('key.create', { name: 'k1', type: 'secp256k1', allowRaw: true, tags: { team: 'a' } });
    await admin.call('key.create', { name: 'ed', type: 'ed25519', allowRaw: true });
    await admin.call('key.create', { name: 'bls', type: 'bls12-381', allowRaw: true, exportable: true });
    await admin.call('key.import', { allowRaw: true, name: 'imp', format: 'raw', content: '11'.repeat(32), exportable: true });
    await admin.call('key.importBatch', {
      format: 'raw',
      items: [
        { name: 'imp-b1', content: '12'.repeat(32), source: 'b.jsonl:1' },
        { name: 'imp-b2', content: '13'.repeat(32), tags: { t: 'x' } },
      ],
      allowRaw: true,
    });
    await admin.call('key.rotate', { name: 'k1' });
    await admin.call('key.disable', { name: 'ed' });
    await admin.call('key.enable', { name: 'ed' });
    await admin.call('key.usage', { name: 'bls', allowRaw: false });
    await admin.call('key.show', { ref: 'k1' });
    await admin.call('key.list', {});
    await admin.call('key.export', { name: 'imp', format: 'raw' });
    await admin.call('key.export', { name: 'imp', format: 'keystore-v3', password: 'pw-12345678', scryptLogN: 4 });
    await admin.call('key.export', { name: 'bls', format: 'eip2335', password: 'pw-12345678', scryptLogN: 4 });

    // Wallets, accounts, backups.
    assert.ok((await admin.call('wallet.create', { allowRaw: true, name: 'w1', words: 12 })).mnemonic);
    await admin.call('wallet.create', { allowRaw: true, name: 'w2', noShow: true });
    await admin.call('wallet.import', { allowRaw: true, name: 'w3', mnemonic: MNEMONIC });
    await admin.call('wallet.list', {});
    await admin.call('wallet.usage', { name: 'w1', allowRaw: false });
    await admin.call('wallet.xpub', { name: 'w3', path: "m/44'/60'/0'" });
    const account = await admin.call('key.show', { ref: "w3/m/44'/60'/0'/0/0" });
    assert.equal(account.wallet?.name, 'w3');
    await admin.call('key.show', { ref: "w3/m/44'/501'/0'/0'", curve: 'ed25519' });
    const walletBackup = await admin.call('backup.create', { wallet: 'w2', groupThreshold: 1, groups: [[2, 3]] });
    await admin.call('backup.restore', { name: 'w2-restored', shares: walletBackup.groups[0]!.slice(0, 2) });
    const keyBackup = await admin.call('backup.create', { key: 'imp', groupThreshold: 1, groups: [[1, 1]] });
    await admin.call('backup.restore', { name: 'imp-restored', shares: keyBackup.groups[0]!, type: 'secp256k1' });

    // Signing: signed at once, a derived account, EVM, verify, a dry run each way.
    const signed = await admin.call('sign', { key: 'k1', message: '68656c6c6f', hash: 'keccak256', note: 'n', tags: { t: '1' }, idempotencyKey: 'once' });
    assert.equal(signed.status, 'signed');
    await admin.call('sign', { key: 'k1', message: '68656c6c6f', hash: 'keccak256', note: 'n', tags: { t: '1' }, idempotencyKey: 'once' });
    await admin.call('sign', { key: "w3/m/44'/60'/0'/0/0", digest: 'ab'.repeat(32) });
    const denied = await admin.call('sign', { key: 'ed', message: 'ff', note: 'deny me' });
    assert.equal(denied.status, 'denied');
    await admin.call('sign.evm', { key: 'k1', payload: { kind: 'evm.personalMessage', message: '0x68656c6c6f' } });
    const btc = await admin.call('key.create', { name: 'btc', type: 'secp256k1', allowRaw: true });
    assert.equal((await admin.call('sign.bitcoin', { keys: ['btc'], psbt: psbtFor(hex.decode(btc.publicKey)) })).status, 'signed');
    const sol = await admin.call('key.create', { name: 'sol', type: 'ed25519', allowRaw: true });
    assert.equal((await admin.call('sign.solana', { key: 'sol', transaction: solanaTransfer(hex.decode(sol.publicKey)) })).status, 'signed');
    await admin.call('verify', { key: 'k1', message: '68656c6c6f', hash: 'keccak256', signature: signed.signature! });
    await admin.call('policy.check', { key: 'k1', message: '01' });
    await admin.call('policy.check', { key: 'k1', message: 'ff', note: 'deny me' });
    await admin.call('eth.rpc', { jsonrpc: '2.0', id: 1, method: 'eth_accounts' });
    await admin.call('eth.rpc', { jsonrpc: '2.0', id: 'x', method: 'eth_chainId' }); // no upstream: a JSON-RPC error body
    await admin.call('eth.rpc', {
      jsonrpc: '2.0',
      method: 'personal_sign',
      params: ['0x68656c6c6f', (await admin.call('key.show', { ref: 'k1' })).addresses.ethereum],
    });

    // Air gap: a cold key made on a second (offline) instance in this process, the two paired both ways; a request
    // filed for it waits as offline, is exported, signed by the offline instance and imported here.
    const offDir = join(dir, 'offline');
    const offInit = await Instance.init(
      { data: offDir },
      { kind: 'passphrase', passphrase: utf8(PASSPHRASE), argon2: { memoryKib: 8192, iterations: 1, parallelism: 1 } },
      'test',
    );
    await offInit.instance.unseal({ passphrase: utf8(PASSPHRASE) }, 'test');
    const off = buildServices(offInit.instance);
    const offCtx = contextFor(off, localActor(), 'local');
    await off.keys.create({ name: 'cold', algorithm: 'secp256k1', custody: 'cold' }, 'test');
    for (const pr of await admin.call('principal.list', {}))
      await handlers['principal.create'](offCtx, { name: pr.name, role: pr.role, publicKey: pr.publicKey });
    await handlers['policy.set'](offCtx, { source: 'rules:\n  - name: cold\n    effect: allow\n    when: key.custody == "cold"\n' });
    const here = buildServices(h.inst); // the same instance as the app's: only its pairing is used
    await here.requests.airgap.peers.pair(JSON.stringify(await off.requests.airgap.peers.identity()), 'test');
    await off.requests.airgap.peers.pair(JSON.stringify(await here.requests.airgap.peers.identity()), 'test');
    const coldReq = await admin.call('sign.evm', { key: 'cold', payload: { kind: 'evm.personalMessage', message: '0x68656c6c6f' }, offline: true });
    assert.equal(coldReq.status, 'offline');
    const exported = await admin.call('request.export', { id: coldReq.id });
    const response = await off.requests.airgap.offline.sign(localActor(), exported.file);
    await offInit.instance.close();
    assert.equal((await admin.call('request.import', { response: response.file })).status, 'signed');

    // Principals, tokens, an agent whose requests wait for an approver.
    const agent = await principal('bot', 'agent');
    const approver = await principal('ann', 'approver');
    await principal('aud', 'auditor');
    const guardian = await principal('gus', 'guardian');
    await admin.call('principal.list', {});
    const token = await admin.call('token.create', { principal: 'bot', ttl: '1h' });
    const viaToken = new CustosClient({ url, token: token.token });
    const p1 = await viaToken.call('sign', { key: 'k1', message: '01' });
    assert.equal(p1.status, 'pending');
    await viaToken.call('request.show', { id: p1.id });
    await viaToken.call('request.list', {});
    await admin.call('token.revoke', { id: token.id });
    const approved = await approver.decide(p1.id, 'approve');
    assert.equal(approved.status, 'signed');
    const p2 = await agent.call('sign', { key: 'k1', message: '02' });
    assert.equal((await approver.decide(p2.id, 'reject')).status, 'rejected');
    const p3 = await agent.call('sign', { key: 'k1', message: '03' });
    await agent.call('request.cancel', { id: p3.id });
    // Risk: freeze rules freeze a key and a principal; with quorum 1 the unfreeze runs at once.
    await admin.call('key.create', { name: 'fz', type: 'ed25519', allowRaw: true });
    assert.equal((await admin.call('sign', { key: 'fz', message: '01', note: 'freeze key' })).status, 'denied');
    assert.equal((await agent.call('sign', { key: 'k1', message: '04', note: 'freeze me' })).status, 'denied');
    assert.equal((await admin.call('risk.freezes', {})).length, 2);
    await admin.call('key.unfreeze', { name: 'fz' });
    await admin.call('principal.unfreeze', { name: 'bot' });
    await admin.call('risk.rebuild', {});
    await admin.call('schedule.set', { action: 'key.rotate', target: 'k1', every: '90d' });
    await admin.call('schedule.set', { action: 'root.rotate', target: 'root', every: '30d' });
    assert.equal((await admin.call('schedule.list', {})).schedules.length, 2);
    await admin.call('schedule.remove', { action: 'key.rotate', target: 'k1' });
    await admin.call('schedule.remove', { action: 'root.rotate', target: 'root' });
    await admin.call('request.list', { limit: 50 });
    await admin.call('request.list', { status: 'signed' });
    await admin.call('party.list', {});

    // Webhooks: added at once (quorum 1), listed, its secret, the outbox, removed.
    await admin.call('webhook.add', { name: 'hook', url: 'http://127.0.0.1:9/hook?token=x', events: ['request.pending', 'request.denied'] });
    await admin.call('webhook.list', {});
    await admin.call('webhook.secret', { name: 'hook' });
    await agent.call('sign', { key: 'k1', message: '05' });
    await admin.call('webhook.deliveries', {});
    await admin.call('webhook.deliveries', { status: 'pending', webhook: 'hook', limit: 5 });
    await admin.call('webhook.remove', { name: 'hook' });

    // Passkeys (the composition root's default console: http://127.0.0.1:8200, rpId 127.0.0.1): register, log in, sessions, log out.
    const pk = new SoftAuthenticator(-7, 'http://127.0.0.1:8200', '127.0.0.1');
    await registerPasskey(url, 'pk', await createPasskeyPrincipal(admin, 'pk', 'approver'), pk);
    const session = await loginPasskey(url, 'pk', pk);
    await admin.call('session.list', {});
    await session.client.call('passkey.logout', {});
    await admin.call('session.revoke', { id: (await loginPasskey(url, 'pk', pk)).session });

    // Guardian recovery: enabled by the policy, proposed by a guardian (one guardian: straight to its time-lock).
    await admin.call('policy.set', {
      source: 'admin: { recovery: { guardians: 1 } }\nrules:\n  - name: admins\n    effect: allow\n    when: principal.role == "admin"\n',
    });
    const rec = await guardian.call('recovery.propose', { admins: [{ name: 'spare-admin', publicKey: generateCredentialKey().publicKeyHex }] });
    assert.equal(rec.status, 'approved');
    await admin.call('request.cancel', { id: rec.id });

    // Governed actions at once (quorum 1), then pending (quorum 2), and destruction.
    await admin.call('key.destroy', { name: 'ed' });
    await admin.call('principal.revoke', { name: 'aud' });
    await admin.call('policy.set', { source: 'admin: { approvals: 2 }\nrules:\n  - name: admins\n    effect: allow\n    when: principal.role == "admin"\n' });
    const pending = await admin.call('policy.set', { source: 'rules: []\n' });
    assert.equal('status' in pending && pending.status, 'pending');
    await admin.call('list.set', { name: 'payees', values: ['c'] });
    await admin.call('key.destroy', { name: 'k1' });
    await admin.call('webhook.add', { name: 'hook2', url: 'https://example.invalid/hook', events: ['*'] });
    const { publicKeyHex } = generateCredentialKey();
    await admin.call('principal.create', { name: 'later', role: 'operator', publicKey: publicKeyHex });
    await admin.call('principal.revoke', { name: 'bot' });
    await admin.call('request.list', {});

    // Seal operations and the audit trail.
    await admin.call('sys.rotateRoot', {});
    assert.equal((await admin.call('sys.rekey', { seal: 'shamir', shares: 3, threshold: 2 })).mnemonics?.length, 3);
    await admin.call('sys.status', {});
    await admin.call('sys.rekey', { seal: 'passphrase', passphrase: PASSPHRASE, kdfMemoryMib: 8, kdfIterations: 1 });
    await admin.call('sys.status', {});
    await admin.call('audit.verify', {});
    assert.match(await admin.call('audit.export', {}), /"type":"header"/);
    assert.match(await admin.call('sys.metrics', {}), /^custos_http_requests_total\{operation="sys.status",status="200"\} [1-9]\d*$/m);

    assert.deepEqual(problemsOf(h.seen), []);
    const covered = new Set(h.seen.map((s) => s.name));
    // The next suite's, and the Safe operations, which need a dev chain and parties (test/chains/safe-e2e.test.ts).
    const elsewhere = [
      'key.refresh',
      'key.refreshSchedule',
      'key.reshare',
      'party.add',
      'party.remove',
      'safe.create',
      'safe.deployContracts',
      'safe.register',
      'safe.show',
      'safe.execute',
    ];
    const expected = Object.keys(OPERATIONS).filter((n) => !elsewhere.includes(n));
    assert.deepEqual(
      expected.filter((n) => !covered.has(n as OperationName)),
      [],
      'operations this scenario did not reach',
    );
  });
});

describe('contract output schemas: threshold operations (parties as processes)', () => {
  let h: Harness;
  let parties: PartyProcess[];

  before(async () => {
    h = await startChecked('custos-outputs-tss-');
    parties = await startParties(h.dir, ['p1', 'p2', 'p3']);
    await new CustosClient({ url: h.url }).call('sys.unseal', { passphrase: PASSPHRASE });
  });
  after(async () => {
    await Promise.all((parties ?? []).map((p) => p.stop()));
    await h?.close();
  });

  test('party, threshold key, refresh and reshare responses match their schemas exactly', async () => {
    const { admin } = h;
    for (const p of parties) await admin.call('party.add', { name: p.name, url: p.url, identity: p.identity });
    await admin.call('policy.set', { source: 'rules:\n  - name: admins\n    effect: allow\n    when: principal.role == "admin"\n' });
    await admin.call('key.create', { name: 'tk', type: 'frost-ed25519', threshold: 2, parties: ['p1', 'p2', 'p3'], allowRaw: true, tags: { t: 'x' } });
    assert.equal((await admin.call('key.show', { ref: 'tk' })).threshold?.epoch, 1);
    await admin.call('party.list', {});
    assert.equal((await admin.call('sign', { key: 'tk', message: '0102' })).status, 'signed');
    await admin.call('key.refresh', { name: 'tk' });
    assert.equal(((await admin.call('key.refreshSchedule', { name: 'tk', every: '30d' })) as { every: string }).every, '30d');
    await new Promise((r) => setTimeout(r, 1100)); // parties order schedules by the admin's signed second
    assert.deepEqual(await admin.call('key.refreshSchedule', { name: 'tk', every: 'off' }), { removed: true });
    assert.equal(((await admin.call('key.reshare', { name: 'tk', threshold: 2, parties: ['p1', 'p2'] })) as { epoch: number }).epoch, 3);
    await parties[2]!.stop();
    const down = await admin.call('party.list', {});
    assert.equal(down.find((p) => p.name === 'p3')?.reachable, false);
    await admin.call('key.show', { ref: 'tk' });
    await admin.call('key.list', {});
    assert.deepEqual(await admin.call('party.remove', { name: 'p3' }), { name: 'p3', removed: true }); // reshared out: removable

    assert.deepEqual(problemsOf(h.seen), []);
    const covered = new Set(h.seen.map((s) => s.name));
    for (const n of ['party.add', 'party.remove', 'party.list', 'key.create', 'key.show', 'key.refresh', 'key.refreshSchedule', 'key.reshare', 'sign'] as const)
      assert.ok(covered.has(n), n);
  });
});
