/**
 * The keymanager API on the eth2 listener (`serve --eth2-keymanager`), over real sockets, on
 * SQLite and PostgreSQL: EIP-2335 keystores imported with their slashing-protection data (which
 * then refuses a double vote), listed, signed with, deleted (the returned interchange holds the
 * imported and the signed records), delete-then-sign 404, a second delete not_active with the
 * same data; per-keystore statuses (duplicate, wrong password, a disabled key); another chain's
 * slashing data 400 with nothing imported. Tokens: none, malformed, unknown, an agent's and a
 * revoked one are refused, and a keymanager token opens nothing of the admin API (positive
 * control: the live token lists). A keymanager of another scope cannot list, delete or re-import
 * a scope's key (control: the scope's own keymanager deletes it). Concurrent signing against a delete: every signature returned
 * has its record in the delete's interchange, and everything after the delete is refused.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { ssz } from '@lodestar/types';
import { PASSPHRASE, TestServer } from '../helpers/server.js';
import { serve } from '../../src/server/serve.js';
import { utf8 } from '../../src/crypto/bytes.js';
import { ADMIN_URL, createDatabase, databaseUrl, dropDatabase, pgUnreachable } from '../helpers/pg.js';
import { encryptEip2335 } from '../../src/formats/eip2335.js';
import { getAlgorithm } from '../../src/crypto/algorithms.js';
import { toHex } from '../../src/crypto/bytes.js';

const pgDown = await pgUnreachable();
const GVR = `0x${'47'.repeat(32)}`;
const FORK_INFO = { fork: { previous_version: '0x00000001', current_version: '0x00000001', epoch: '0' }, genesis_validators_root: GVR };
const hex = (b: string) => Uint8Array.from(Buffer.from(b.repeat(32), 'hex'));
const attestation = (source: number, target: number, blockByte = '11') => ({
  type: 'ATTESTATION',
  fork_info: FORK_INFO,
  attestation: ssz.phase0.AttestationData.toJson({
    slot: target * 32,
    index: 0,
    beaconBlockRoot: hex(blockByte),
    source: { epoch: source, root: hex('22') },
    target: { epoch: target, root: hex('33') },
  }),
});
const POLICY = `rules:
  - name: validator-duties
    effect: allow
    when: principal.role == "validator"
`;

/** A fresh BLS key as an EIP-2335 keystore (cheap PBKDF2: a test, not a wallet). */
function keystore(password: string, path = ''): { pubkey: string; json: string } {
  const bls = getAlgorithm('bls12-381');
  const sk = bls.generate();
  const pubkey = `0x${toHex(bls.publicKey(sk))}`;
  return { pubkey, json: JSON.stringify(encryptEip2335(sk, password, { path, pubkey, kdf: 'pbkdf2', pbkdf2Iterations: 2 })) };
}
const interchange = (gvr: string, data: { pubkey: string; signed_attestations: { source_epoch: string; target_epoch: string; signing_root?: string }[] }[]) =>
  JSON.stringify({ metadata: { interchange_format_version: '5', genesis_validators_root: gvr }, data: data.map((d) => ({ signed_blocks: [], ...d })) });

type Ix = { metadata: { genesis_validators_root: string }; data: { pubkey: string; signed_attestations: { source_epoch: string; target_epoch: string }[] }[] };

for (const engine of ['sqlite', 'postgres'] as const) {
  describe(`keymanager API on ${engine}`, { skip: engine === 'postgres' && pgDown ? `no PostgreSQL answers (${pgDown})` : false }, () => {
    let t: TestServer;
    let token: string;
    let db: string | undefined;
    const eth2 = () => t.server.eth2Url!;
    const km = (method: string, body?: unknown, auth: string | null = token) =>
      fetch(`${eth2()}/eth/v1/keystores`, {
        method,
        headers: { ...(auth !== null ? { authorization: `Bearer ${auth}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
    const sign = (pubkey: string, body: unknown) =>
      fetch(`${eth2()}/api/v1/eth2/sign/${pubkey}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
      });
    const keyCount = async () => Number((await t.server.services.inst.store.driver.get<{ n: number }>('SELECT count(*) AS n FROM keys'))!.n);

    before(async () => {
      let store: string | undefined;
      if (engine === 'postgres') {
        db = `custos_km_${randomBytes(6).toString('hex')}`;
        await createDatabase(ADMIN_URL, db);
        store = databaseUrl(ADMIN_URL, db);
      }
      t = await TestServer.start({ eth2Listen: '127.0.0.1:0', eth2InsecureLoopback: 'vc', eth2KeyManager: true, ...(store ? { store } : {}) });
      await t.principal('vc', 'validator', { 'eth2-scope': 'ops' });
      await t.principal('km', 'keymanager', { 'eth2-scope': 'ops' });
      await t.principal('bot', 'agent');
      token = ((await t.admin.call('token.create', { principal: 'km' })) as { token: string }).token;
      await t.admin.call('policy.set', { source: POLICY });
    });
    after(async () => {
      await t?.stop();
      if (db) await dropDatabase(ADMIN_URL, db);
    });

    test('import with slashing data, list, sign, delete (interchange returned), delete-then-sign 404, delete again not_active', async () => {
      const a = keystore('pw-a', 'm/12381/3600/7/0/0');
      const b = keystore('pw-b');
      const other = keystore('pw-x'); // slashing data of a key not in this request: ignored
      const r = await km('POST', {
        keystores: [a.json, b.json],
        passwords: ['pw-a', 'pw-b'],
        slashing_protection: interchange(GVR, [
          { pubkey: a.pubkey, signed_attestations: [{ source_epoch: '5', target_epoch: '10' }] },
          { pubkey: other.pubkey, signed_attestations: [{ source_epoch: '1', target_epoch: '900' }] },
        ]),
      });
      assert.equal(r.status, 200);
      assert.deepEqual(await r.json(), { data: [{ status: 'imported' }, { status: 'imported' }] });
      const listed = (await (await km('GET')).json()) as { data: { validating_pubkey: string; derivation_path?: string; readonly: boolean }[] };
      assert.deepEqual(listed.data.map((d) => d.validating_pubkey).sort(), [a.pubkey, b.pubkey].sort());
      // derivation_path: the path a keystore declares, and none for a keystore without one.
      assert.equal(listed.data.find((d) => d.validating_pubkey === a.pubkey)?.derivation_path, 'm/12381/3600/7/0/0');
      assert.equal(listed.data.find((d) => d.validating_pubkey === b.pubkey)?.derivation_path, undefined);
      assert.deepEqual(
        ((await (await fetch(`${eth2()}/api/v1/eth2/publicKeys`)).json()) as string[]).sort(),
        [a.pubkey, b.pubkey].sort(),
        'the validator of the scope signs with them',
      );
      // The imported record refuses a double vote at target 10 (positive control: a new target signs).
      assert.equal((await sign(a.pubkey, attestation(5, 10, '99'))).status, 412);
      assert.equal((await sign(a.pubkey, attestation(10, 11))).status, 200);
      const other412 = await t.server.services.inst.store.driver.get('SELECT 1 AS x FROM eth2_validators WHERE pubkey = ?', [other.pubkey]);
      assert.equal(other412, undefined, "another key's slashing data is not imported");
      const d = await km('DELETE', { pubkeys: [a.pubkey, `0x${'ab'.repeat(48)}`] });
      assert.equal(d.status, 200);
      const del = (await d.json()) as { data: { status: string }[]; slashing_protection: string };
      assert.deepEqual(del.data, [{ status: 'deleted' }, { status: 'not_found' }]);
      const ix = JSON.parse(del.slashing_protection) as Ix;
      assert.equal(ix.metadata.genesis_validators_root, GVR);
      assert.deepEqual(
        ix.data.map((v) => v.pubkey),
        [a.pubkey],
      );
      assert.deepEqual(
        ix.data[0]!.signed_attestations.map((x) => [x.source_epoch, x.target_epoch]),
        [
          ['5', '10'],
          ['10', '11'],
        ],
      );
      const after = await sign(a.pubkey, attestation(11, 12));
      assert.equal(after.status, 404, 'delete-then-sign is refused as an unknown key');
      assert.equal((await sign(b.pubkey, attestation(1, 2))).status, 200, 'control: the key not deleted still signs');
      const again = (await (await km('DELETE', { pubkeys: [a.pubkey] })).json()) as { data: { status: string }[]; slashing_protection: string };
      assert.deepEqual(again.data, [{ status: 'not_active' }]);
      assert.deepEqual(JSON.parse(again.slashing_protection), ix, 'the slashing data is kept and returned again');
      assert.deepEqual(
        ((await (await km('GET')).json()) as { data: { validating_pubkey: string }[] }).data.map((x) => x.validating_pubkey),
        [b.pubkey],
      );
      // Statuses per keystore: a disabled key, a duplicate, a wrong password, a new one.
      const c = keystore('pw-c');
      const mixed = (await (await km('POST', { keystores: [a.json, b.json, c.json, c.json], passwords: ['pw-a', 'pw-b', 'wrong', 'pw-c'] })).json()) as {
        data: { status: string; message?: string }[];
      };
      assert.deepEqual(
        mixed.data.map((x) => x.status),
        ['error', 'duplicate', 'error', 'imported'],
      );
      assert.match(mixed.data[0]!.message!, /disabled or outside this scope/);
      assert.doesNotMatch(JSON.stringify(mixed), /pw-/, 'no password in the answer');
    });

    test("another chain's slashing data is 400 and imports nothing (control: the same keystore with its chain's data imports)", async () => {
      const k = keystore('pw');
      const n = await keyCount();
      const bad = await km('POST', {
        keystores: [k.json],
        passwords: ['pw'],
        slashing_protection: interchange(`0x${'48'.repeat(32)}`, [{ pubkey: k.pubkey, signed_attestations: [] }]),
      });
      assert.equal(bad.status, 400);
      assert.equal(((await bad.json()) as { code: string }).code, 'E_BAD_INPUT');
      assert.equal(await keyCount(), n, 'nothing imported');
      const good = await km('POST', {
        keystores: [k.json],
        passwords: ['pw'],
        slashing_protection: interchange(GVR, [{ pubkey: k.pubkey, signed_attestations: [] }]),
      });
      assert.deepEqual(await good.json(), { data: [{ status: 'imported' }] });
      assert.equal((await km('POST', { keystores: [k.json], passwords: ['pw', 'pw'] })).status, 400, 'one password per keystore');
    });

    test('tokens: none, malformed, unknown, an agent token and a revoked one are refused; a keymanager token opens nothing of the admin API', async () => {
      assert.equal((await km('GET', undefined, token)).status, 200, 'positive control');
      // The standard's split: 401 "no token is found", 403 "a token is found but is invalid" (the same 403 for every invalid one).
      assert.equal((await km('GET', undefined, null)).status, 401);
      assert.equal((await km('GET', undefined, 'not-a-token')).status, 403);
      assert.equal((await km('GET', undefined, `cst_${'0'.repeat(16)}_${'A'.repeat(43)}`)).status, 403);
      const agentToken = ((await t.admin.call('token.create', { principal: 'bot' })) as { token: string }).token;
      const ag = await km('DELETE', { pubkeys: [] }, agentToken);
      assert.equal(ag.status, 403, "an agent's token is not a keymanager's");
      // The keymanager token on the admin API: refused on a signed-only route and on a token route.
      const list = await fetch(`${t.url}/v1/keys`, { headers: { authorization: `Bearer ${token}` } });
      assert.equal(list.status, 401);
      const signApi = await fetch(`${t.url}/v1/sign`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ key: 'x', digest: '00'.repeat(32) }),
      });
      assert.equal(signApi.status, 401);
      // A revoked token stops at once.
      const spare = (await t.admin.call('token.create', { principal: 'km' })) as { token: string; id: string };
      assert.equal((await km('GET', undefined, spare.token)).status, 200);
      await t.admin.call('token.revoke', { id: spare.id });
      assert.equal((await km('GET', undefined, spare.token)).status, 403);
    });

    test("attack: a keymanager of another scope neither lists, deletes nor re-imports this scope's keys (control: the scope's own keymanager does)", async () => {
      await t.principal('km-other', 'keymanager', { 'eth2-scope': 'other' });
      const otherToken = ((await t.admin.call('token.create', { principal: 'km-other' })) as { token: string }).token;
      const k = keystore('pw-s');
      assert.deepEqual(await (await km('POST', { keystores: [k.json], passwords: ['pw-s'] })).json(), { data: [{ status: 'imported' }] });
      const theirs = (await (await km('GET', undefined, otherToken)).json()) as { data: { validating_pubkey: string }[] };
      assert.ok(!theirs.data.some((d) => d.validating_pubkey === k.pubkey), 'not listed to another scope');
      const del = (await (await km('DELETE', { pubkeys: [k.pubkey] }, otherToken)).json()) as { data: { status: string }[]; slashing_protection: string };
      assert.deepEqual(del.data, [{ status: 'not_found' }]);
      assert.deepEqual((JSON.parse(del.slashing_protection) as Ix).data, [], 'no slashing data of another scope');
      const again = (await (await km('POST', { keystores: [k.json], passwords: ['pw-s'] }, otherToken)).json()) as { data: { status: string }[] };
      assert.deepEqual(
        again.data.map((d) => d.status),
        ['error'],
        'the key is not copied into another scope',
      );
      assert.equal((await sign(k.pubkey, attestation(1, 2))).status, 200, 'the key still signs for its own scope');
      const own = (await (await km('DELETE', { pubkeys: [k.pubkey] })).json()) as { data: { status: string }[] };
      assert.deepEqual(own.data, [{ status: 'deleted' }], "control: the scope's keymanager deletes it");
    });

    test('concurrent signing against a delete: every returned signature has its record in the interchange; everything after is refused', async (ctx) => {
      const k = keystore('pw-r');
      assert.deepEqual(await (await km('POST', { keystores: [k.json], passwords: ['pw-r'] })).json(), { data: [{ status: 'imported' }] });
      const N = 40;
      const duty = (i: number) => sign(k.pubkey, attestation(100 + i, 101 + i)).then(async (r) => ({ i, status: r.status, body: await r.text() }));
      // Half the duties in flight; once one is answered, the delete and the other half go out together.
      const first = Array.from({ length: N / 2 }, (_, i) => duty(i));
      await Promise.race(first);
      const del = km('DELETE', { pubkeys: [k.pubkey] }).then(async (r) => (await r.json()) as { data: { status: string }[]; slashing_protection: string });
      const second = Array.from({ length: N / 2 }, (_, i) => duty(N / 2 + i));
      const [results, deleted] = await Promise.all([Promise.all([...first, ...second]), del]);
      assert.deepEqual(deleted.data, [{ status: 'deleted' }]);
      const recorded = new Set(
        (JSON.parse(deleted.slashing_protection) as Ix).data.flatMap((v) => v.signed_attestations.map((a) => `${a.source_epoch}:${a.target_epoch}`)),
      );
      const signed = results.filter((r) => r.status === 200);
      for (const s of signed) assert.ok(recorded.has(`${100 + s.i}:${101 + s.i}`), `signature ${s.i} returned without its record in the interchange`);
      // Refused: after the delete (404, or 409 when the key was disabled between submission and signing), or by the
      // watermark when a lower duty arrived after a higher one was recorded (412).
      for (const r of results) assert.ok([200, 404, 409, 412].includes(r.status), `unexpected ${r.status} ${r.body}`);
      ctx.diagnostic(
        `signed ${signed.length} of ${N}; refused ${results
          .map((r) => r.status)
          .filter((s) => s !== 200)
          .join(',')}`,
      );
      assert.equal((await sign(k.pubkey, attestation(500, 501))).status, 404, 'after the delete: refused');
    });

    test(
      'two instances on one store: duties signed through one while the other deletes; every returned signature is in its interchange',
      { skip: engine === 'sqlite' ? 'one SQLite file, one server' : false },
      async (ctx) => {
        const second = await serve({
          data: t.data,
          store: t.store!,
          listen: '127.0.0.1:0',
          unseal: { passphrase: utf8(PASSPHRASE) },
          log: () => undefined,
          tickMs: 100,
          eth2Listen: '127.0.0.1:0',
          eth2InsecureLoopback: 'vc',
          eth2KeyManager: true,
        });
        try {
          const k = keystore('pw-2');
          assert.deepEqual(await (await km('POST', { keystores: [k.json], passwords: ['pw-2'] })).json(), { data: [{ status: 'imported' }] });
          const duty = (i: number) => sign(k.pubkey, attestation(200 + i, 201 + i)).then((r) => ({ i, status: r.status }));
          const first = Array.from({ length: 20 }, (_, i) => duty(i));
          await Promise.race(first);
          const del = fetch(`${second.eth2Url}/eth/v1/keystores`, {
            method: 'DELETE',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ pubkeys: [k.pubkey] }),
          }).then(async (r) => (await r.json()) as { data: { status: string }[]; slashing_protection: string });
          const rest = Array.from({ length: 20 }, (_, i) => duty(20 + i));
          const [results, deleted] = await Promise.all([Promise.all([...first, ...rest]), del]);
          assert.deepEqual(deleted.data, [{ status: 'deleted' }]);
          const recorded = new Set(
            (JSON.parse(deleted.slashing_protection) as Ix).data.flatMap((v) => v.signed_attestations.map((a) => `${a.source_epoch}:${a.target_epoch}`)),
          );
          const signed = results.filter((r) => r.status === 200);
          for (const s of signed) assert.ok(recorded.has(`${200 + s.i}:${201 + s.i}`), `signature ${s.i} returned without its record in the interchange`);
          ctx.diagnostic(`two instances: signed ${signed.length} of 40`);
          assert.equal((await sign(k.pubkey, attestation(600, 601))).status, 404, 'the other instance refuses after the delete');
        } finally {
          await second.close();
        }
      },
    );
  });
}
