/**
 * `custos key import --from` against a server (CUSTOS_ADDR): one
 * key.importBatch request, one transaction on the server, the same
 * semantics as local mode; keystores are decrypted on the server's worker
 * threads. A batch over the request limits (1 MiB body, 10,000 items) is
 * refused whole (split it), beside a control that fits.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { Wallet, encryptKeystoreJsonSync } from 'ethers';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Sandbox } from '../helpers/cli.js';
import { TestServer } from '../helpers/server.js';

const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');
const lines = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => JSON.stringify({ name: `${prefix}-${i}`, secret: hex(secp256k1.utils.randomSecretKey()) })).join('\n');

describe('bulk import through a server', () => {
  let t: TestServer;
  const sb = new Sandbox();
  before(async () => {
    t = await TestServer.start();
    sb.env = { CUSTOS_ADDR: t.url, CUSTOS_CREDENTIAL: t.adminCredential };
  });
  after(async () => {
    await t.stop();
    sb.cleanup();
  });

  test('raw JSON lines and a keystore-v3 directory import; the keys are on the server', async () => {
    sb.file('r.jsonl', lines('srv', 50));
    const r = await sb.ok('key', 'import', '--from', 'r.jsonl', '--format', 'raw');
    assert.equal(r.imported, 50);
    assert.equal((await t.admin.call('key.show', { ref: 'srv-49' })).publicKey, r.keys[49].publicKey);
    mkdirSync(join(sb.dir, 'ks'));
    const ws = [0, 1, 2].map(() => Wallet.createRandom());
    ws.forEach((w, i) =>
      sb.file(`ks/v-${i}.json`, encryptKeystoreJsonSync({ address: w.address, privateKey: w.privateKey }, 'one password', { scrypt: { N: 1024 } })),
    );
    sb.file('pw', 'one password\n');
    const k = await sb.ok('key', 'import', '--from', 'ks', '--format', 'keystore-v3', '--password-file', 'pw');
    assert.deepEqual(
      k.keys.map((x: any) => x.ethereumAddress),
      ws.map((w) => w.address),
    );
  });

  test('refusals name the entry and import nothing: a duplicate, a wrong password', async () => {
    const a0 = await t.auditEvents();
    sb.file('dup.jsonl', `${lines('srv-new', 1)}\n${JSON.stringify({ name: 'srv-3', secret: hex(secp256k1.utils.randomSecretKey()) })}`);
    const d = await sb.fails('key', 'import', '--from', 'dup.jsonl', '--format', 'raw');
    assert.equal(d.error, 'E_NAME_TAKEN');
    assert.match(d.message, /dup\.jsonl:2: a key named "srv-3" already exists/);
    mkdirSync(join(sb.dir, 'ks2'));
    const w = Wallet.createRandom();
    sb.file('ks2/w.json', encryptKeystoreJsonSync({ address: w.address, privateKey: w.privateKey }, 'one password', { scrypt: { N: 1024 } }));
    sb.file('bad-pw', 'not it');
    const p = await sb.fails('key', 'import', '--from', 'ks2', '--format', 'keystore-v3', '--password-file', 'bad-pw');
    assert.equal(p.error, 'E_BAD_KEYSTORE_PASSWORD');
    assert.match(p.message, /^ks2\/w\.json: wrong keystore password/);
    // each refused request still records its replay nonce, but no audit event and no key
    assert.equal(await t.auditEvents(), a0);
    await assert.rejects(t.admin.call('key.show', { ref: 'srv-new-0' }));
  });

  test('over the request limits: refused whole (E_TOO_LARGE body, E_BAD_INPUT items); 5,000 entries fit (control)', async () => {
    const a0 = await t.auditEvents();
    sb.file('big.jsonl', lines('big', 12_000));
    const big = await sb.fails('key', 'import', '--from', 'big.jsonl', '--format', 'raw');
    assert.equal(big.error, 'E_TOO_LARGE');
    const items = Array.from({ length: 10_001 }, (_, i) => ({ name: `n${i}`, content: '' }));
    await assert.rejects(t.admin.call('key.importBatch', { format: 'raw', items }), (e: any) => e.code === 'E_BAD_INPUT' || e.code === 'E_TOO_LARGE');
    assert.equal(await t.auditEvents(), a0);
    assert.equal((await t.admin.call('key.list', {})).filter((k) => k.name.startsWith('big-')).length, 0);
    const fits = Array.from({ length: 5_000 }, (_, i) => ({ name: `f${i}`, content: hex(secp256k1.utils.randomSecretKey()) }));
    assert.equal((await t.admin.call('key.importBatch', { format: 'raw', items: fits })).imported, 5_000);
  });
});
