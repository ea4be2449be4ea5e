/**
 * The hot path's cost does not grow with what the store holds: every statement a raw signature,
 * an eth2 attestation and a bearer-token personal_sign run on SQLite is planned as an index
 * search, never a scan of a table that grows with keys, requests, counters or history.
 * (A velocity read that OR-ed the quota counters into one WHERE made SQLite scan all of
 * velocity_buckets on every request: O(keys) per signature, found by benchmark, guarded here.)
 * Positive control: the same check flags a statement that does scan velocity_buckets.
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { ssz } from '@lodestar/types';
import { TestServer } from '../helpers/server.js';
import { ethereumAddress } from '../../src/crypto/addresses.js';

/** Tables that stay small whatever the load (one row per setting, policy version or list). */
const SMALL = new Set(['meta', 'policies', 'lists', 'list_entries']);

const FORK_INFO = { fork: { previous_version: '0x00000001', current_version: '0x00000001', epoch: '0' }, genesis_validators_root: `0x${'47'.repeat(32)}` };
const root = (b: string) => Uint8Array.from(Buffer.from(b.repeat(32), 'hex'));
const attestation = (target: number) => ({
  type: 'ATTESTATION',
  fork_info: FORK_INFO,
  attestation: ssz.phase0.AttestationData.toJson({
    slot: target * 32,
    index: 0,
    beaconBlockRoot: root('11'),
    source: { epoch: target - 1, root: root('22') },
    target: { epoch: target, root: root('33') },
  }),
});
const POLICY = `rules:
  - name: admins
    effect: allow
    when: principal.role == "admin"
  - name: agents
    effect: allow
    when: principal.role == "agent"
  - name: validator-duties
    effect: allow
    when: principal.role == "validator"
`;

/** The scans in `sql`'s plan (tables read row by row), on `db`. */
function scans(db: Database.Database, sql: string): string[] {
  const params = (sql.match(/\?/g) ?? []).map(() => null);
  const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
  return plan.map((r) => /^SCAN ([A-Za-z_]\w*)(?! CONSTANT)/.exec(r.detail)?.[1]).filter((t): t is string => t !== undefined && !SMALL.has(t));
}

describe('query plans of the signing hot path (SQLite)', () => {
  let t: TestServer;
  const seen = new Set<string>();
  const prepare = Database.prototype.prepare;

  before(async () => {
    t = await TestServer.start({ eth2Listen: '127.0.0.1:0', eth2InsecureLoopback: 'vc' });
    await t.principal('vc', 'validator');
    await t.admin.call('policy.set', { source: POLICY });
    await t.admin.call('key.create', { name: 'hot', type: 'secp256k1', allowRaw: true });
    const bls = (await t.admin.call('key.create', { name: 'val', type: 'bls12-381' })) as { publicKey: string };
    const evm = (await t.admin.call('key.create', { name: 'evm', type: 'secp256k1' })) as { publicKey: string };
    await t.principal('rpc-agent', 'agent');
    const token = ((await t.admin.call('token.create', { principal: 'rpc-agent', ttl: '1h' })) as { token: string }).token;
    for (let i = 0; i < 20; i++) await t.admin.call('key.create', { name: `filler-${i}`, type: 'secp256k1' });
    // Record every statement prepared from here on: the warm paths below prepare what they run.
    Database.prototype.prepare = function (this: Database.Database, sql: string) {
      seen.add(sql);
      return prepare.call(this, sql);
    } as typeof prepare;
    try {
      for (let i = 0; i < 3; i++) {
        const r = (await t.admin.call('sign', { key: 'hot', digest: `${String(i).padStart(2, '0')}`.repeat(32) })) as { status: string };
        assert.equal(r.status, 'signed');
        const duty = await fetch(`${t.server.eth2Url!}/api/v1/eth2/sign/0x${bls.publicKey}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify(attestation(10 + i)),
        });
        assert.equal(duty.status, 200, await duty.text());
        const rpc = await fetch(`${t.url}/v1/eth/rpc`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            jsonrpc: '2.0',
            id: 1,
            method: 'personal_sign',
            params: [`0x${'ab'.repeat(32)}`, ethereumAddress(Buffer.from(evm.publicKey, 'hex'))],
          }),
        });
        const body = (await rpc.json()) as { result?: string; error?: unknown };
        assert.match(body.result ?? JSON.stringify(body.error), /^0x[0-9a-f]{130}$/);
      }
    } finally {
      Database.prototype.prepare = prepare;
    }
  });
  after(async () => t?.stop());

  test('no statement of a raw signature, an eth2 duty or a personal_sign scans a growing table', () => {
    const file = t.server.services.inst.store.driver.location.replace(/^sqlite:/, '');
    const db = new Database(file, { readonly: true });
    try {
      const statements = [...seen].filter((s) => /^\s*(SELECT|UPDATE|DELETE|INSERT|WITH)/i.test(s));
      assert.ok(statements.length >= 10, `recorded the hot path's statements (${statements.length})`);
      const offenders = statements.map((s) => ({ s, scans: scans(db, s) })).filter((o) => o.scans.length > 0);
      assert.deepEqual(offenders, [], 'every statement searches an index');
      // Positive control: the check sees a scan where there is one.
      assert.deepEqual(scans(db, "SELECT SUM(count) FROM velocity_buckets WHERE (scope = 'key' AND subject = ?) OR (subject = ? AND res = 0)"), [
        'velocity_buckets',
      ]);
    } finally {
      db.close();
    }
  });
});
