/**
 * Issue #12, attacks 5, 6 and 10 (eth_accounts): what a stolen agent
 * credential or bearer token can reach, through the real server with a fake
 * upstream Ethereum node on loopback that records every method it is sent.
 *
 * - Raw signing is a key usage, off by default: a raw `sign` of a 32-byte
 *   digest (e.g. keccak256 of an unsigned transaction, which skips every tx.*
 *   rule) is E_KEY_USAGE unless the key or wallet was granted --allow-raw, or
 *   a governed `key usage` granted it later. Policy sees request.blind.
 * - /v1/eth/rpc forwards an allowlist of read-only methods (and
 *   eth_sendRawTransaction); node administration, debugging and the node's
 *   own signing are -32601 and never reach the upstream.
 * - eth_accounts shows an agent only the keys tagged for it.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { TestServer, type Principal } from '../helpers/server.js';
import { CustosClient } from '../../src/client/client.js';
import { rpcForwardSet, DEFAULT_RPC_FORWARD } from '../../src/chains/config.js';
import { isCustosError, type ErrorCode } from '../../src/errors.js';

const POLICY = `
rules:
  - name: no-blind-for-bots
    effect: deny
    when: principal.name == "bot" && request.blind
  - name: agents
    effect: allow
    when: principal.role == "agent"
  - name: admins
    effect: allow
    when: principal.role == "admin"
`;

const DIGEST = Buffer.from(keccak_256(new TextEncoder().encode('an unsigned transaction'))).toString('hex');

async function fakeNode(): Promise<{ server: Server; url: string; seen: string[] }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const r = JSON.parse(body) as { id: number; method: string };
      seen.push(r.method);
      const result = r.method === 'eth_chainId' ? '0x1' : r.method === 'eth_blockNumber' ? '0x10' : r.method === 'eth_getBalance' ? '0xde0b6b3a7640000' : true;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ jsonrpc: '2.0', id: r.id, result }));
    });
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const code = (c: ErrorCode) => (e: unknown) => isCustosError(e, c);

describe('what an agent credential reaches', () => {
  let t: TestServer;
  let node: Awaited<ReturnType<typeof fakeNode>>;
  let agent: Principal;
  let bot: Principal;
  let token: string;

  before(async () => {
    node = await fakeNode();
    t = await TestServer.start({ chains: { ethRpc: node.url, chainId: 1 } });
    agent = await t.principal('mm-agent', 'agent');
    bot = await t.principal('bot', 'agent');
    await t.admin.call('policy.set', { source: POLICY });
    await t.admin.call('key.create', { name: 'plain', type: 'secp256k1', tags: { 'eth.accounts': 'mm-agent' } });
    await t.admin.call('key.create', { name: 'rawok', type: 'secp256k1', allowRaw: true });
    await t.admin.call('key.create', { name: 'cold', type: 'secp256k1' });
    await t.admin.call('wallet.create', { name: 'w', noShow: true });
    await t.admin.call('wallet.create', { name: 'wraw', noShow: true, allowRaw: true });
    token = (await t.admin.call('token.create', { principal: agent.name, ttl: '1h' })).token;
  });
  after(async () => {
    await t?.stop();
    node?.server.close();
  });

  test('a raw digest with a key not granted raw signing is E_KEY_USAGE and stores no request; a granted key signs (positive control)', async () => {
    const before = (await t.admin.call('request.list', {})).length;
    await assert.rejects(agent.client.call('sign', { key: 'plain', digest: DIGEST }), code('E_KEY_USAGE'));
    await assert.rejects(agent.client.call('sign', { key: 'plain', message: '68656c6c6f' }), code('E_KEY_USAGE'));
    await assert.rejects(agent.client.call('sign', { key: "w/m/44'/60'/0'/0/0", digest: DIGEST }), code('E_KEY_USAGE'));
    assert.equal((await t.admin.call('request.list', {})).length, before, 'a refused raw request leaves no row');
    const ok = await agent.client.call('sign', { key: 'rawok', digest: DIGEST });
    assert.equal(ok.status, 'signed');
    const pub = (await t.admin.call('key.show', { ref: 'rawok' })).publicKey;
    const sig = String((ok.result as { signature: string }).signature).replace(/^0x/, '');
    assert.ok(
      secp256k1.verify(Buffer.from(sig.slice(0, 128), 'hex'), Buffer.from(DIGEST, 'hex'), Buffer.from(pub, 'hex'), { prehash: false, format: 'compact' }),
      'noble verifies the signature',
    );
    const derived = await agent.client.call('sign', { key: "wraw/m/44'/60'/0'/0/0", digest: DIGEST });
    assert.equal(derived.status, 'signed');
  });

  test('the same key still signs its chain payloads: a personal message is not blind', async () => {
    const v = await agent.client.call('sign.evm', { key: 'plain', payload: { kind: 'evm.personalMessage', message: '0x68656c6c6f' } });
    assert.equal(v.status, 'signed');
  });

  test('policy sees request.blind: a deny on it holds for a granted key; another agent is allowed (positive control)', async () => {
    const denied = await bot.client.call('sign', { key: 'rawok', digest: DIGEST });
    assert.equal(denied.status, 'denied');
    assert.equal(denied.rule, 'no-blind-for-bots');
    assert.equal((await bot.client.call('sign.evm', { key: 'rawok', payload: { kind: 'evm.personalMessage', message: '0x01' } })).status, 'signed');
  });

  test('granting raw signing later is a governed admin action (audited); withdrawing it refuses again', async () => {
    const granted = await t.admin.call('key.usage', { name: 'plain', allowRaw: true });
    assert.equal('allowRaw' in granted && granted.allowRaw, true);
    assert.equal((await agent.client.call('sign', { key: 'plain', digest: DIGEST })).status, 'signed');
    await t.admin.call('key.usage', { name: 'plain', allowRaw: false });
    await assert.rejects(agent.client.call('sign', { key: 'plain', digest: DIGEST }), code('E_KEY_USAGE'));
    const wallet = await t.admin.call('wallet.usage', { name: 'w', allowRaw: true });
    assert.equal('allowRaw' in wallet && wallet.allowRaw, true);
    assert.equal((await agent.client.call('sign', { key: "w/m/44'/60'/0'/0/0", digest: DIGEST })).status, 'signed');
    const trail = await t.admin.call('audit.export', {});
    assert.match(String(trail), /"action":"key\.usage"/);
    assert.match(String(trail), /"action":"wallet\.usage"/);
  });

  test('an agent cannot grant itself raw signing', async () => {
    await assert.rejects(agent.client.call('key.usage', { name: 'cold', allowRaw: true }), code('E_FORBIDDEN'));
    await assert.rejects(agent.client.call('sign', { key: 'cold', digest: DIGEST }), code('E_KEY_USAGE'));
  });

  const rpc = async (method: string, params: unknown[] = []) => {
    const res = await fetch(`${t.url}/v1/eth/rpc`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
    });
    assert.equal(res.status, 200);
    return (await res.json()) as { result?: unknown; error?: { code: number; message: string } };
  };

  test("JSON-RPC: node administration, debugging and the node's own signing are -32601 and never reach the upstream", async () => {
    node.seen.length = 0;
    for (const m of [
      'admin_addPeer',
      'debug_setHead',
      'personal_unlockAccount',
      'personal_sendTransaction',
      'eth_signTypedData_v3',
      'eth_signTypedData',
      'miner_start',
      'txpool_content',
      'eth_coinbase',
    ]) {
      const r = await rpc(m, []);
      assert.equal(r.error?.code, -32601, m);
    }
    assert.deepEqual(node.seen, [], 'nothing was forwarded');
  });

  test('JSON-RPC: the read-only methods a wallet needs are forwarded (positive control)', async () => {
    node.seen.length = 0;
    assert.equal((await rpc('eth_blockNumber')).result, '0x10');
    assert.equal((await rpc('eth_getBalance', ['0x1111111111111111111111111111111111111111', 'latest'])).result, '0xde0b6b3a7640000');
    assert.deepEqual(node.seen, ['eth_blockNumber', 'eth_getBalance']);
  });

  test('eth_accounts shows an agent only the keys tagged for it; an admin sees every account', async () => {
    const show = async (ref: string) => (await t.admin.call('key.show', { ref })).addresses.ethereum;
    const mine = (await rpc('eth_accounts')).result as string[];
    assert.deepEqual(mine, [await show('plain')]);
    const all = (await t.admin.call('eth.rpc', { jsonrpc: '2.0', id: 1, method: 'eth_accounts' })) as { result: string[] };
    assert.deepEqual([...all.result].sort(), [await show('cold'), await show('plain'), await show('rawok')].sort());
    const other = new CustosClient({ url: t.url, token: (await t.admin.call('token.create', { principal: bot.name, ttl: '1h' })).token });
    assert.deepEqual(((await other.call('eth.rpc', { jsonrpc: '2.0', id: 1, method: 'eth_accounts' })) as { result: string[] }).result, []);
  });
});

describe('the JSON-RPC forwarding set', () => {
  test('"default" expands; extra read methods are added; signing and unlocking methods are refused', () => {
    assert.deepEqual([...rpcForwardSet(undefined)], [...DEFAULT_RPC_FORWARD]);
    const s = rpcForwardSet(['default', 'debug_traceTransaction']);
    assert.ok(s.has('eth_call') && s.has('debug_traceTransaction'));
    assert.deepEqual([...rpcForwardSet(['eth_call'])], ['eth_call']);
    for (const bad of ['personal_sign', 'eth_signTypedData_v3', 'eth_sendTransaction', 'eth_accounts', 'not a method']) {
      assert.throws(() => rpcForwardSet([bad]), code('E_BAD_INPUT'), bad);
    }
  });
});
