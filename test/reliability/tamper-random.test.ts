/**
 * Random tampering with the store: TAMPER_ROUNDS (default 200) random
 * mutations of a pristine instance's custos.db, each on a fresh copy, each
 * followed by the CLI in local mode (in-process `main`, the same code as the
 * `custos` binary) against the copy. Classes (delete 15 %, flip 50 %, swap 35 %):
 *
 *   flip    one random byte (BLOB) or character (TEXT; a hex string stays hex)
 *           of one security-relevant cell: key_versions.{ciphertext,public_key},
 *           data_keys.wrapped, keys.{name,algorithm,state,exportable,allow_raw,
 *           current_version,data_key_id,tags,custody,mac},
 *           principals.{role,public_key,state,tags,mac}, policies.{source,
 *           digest,mac}, requests.{status,payload,decision,result,mac},
 *           audit_events.{actor,action,subject,details,prev_hash,hash},
 *           audit_checkpoints.signature (integers: a different value);
 *   swap    one of those columns between two rows of the same table whose
 *           values differ;
 *   delete  one audit event (any, the newest included), one key_versions row
 *           or one data_keys row.
 *
 * Checks (chosen by what was touched; `audit verify`, the reads and `sign`
 * with every key always): `audit verify`; `sign --key K` for every key of the pristine
 * instance and for every key name that only the copy has; `key export K
 * --format raw`; the signed requests' idempotent retries (`sign` again with
 * the same idempotency key and payload); `request cancel ID` for every
 * request; `token create --principal P` for every principal; and the
 * unverified reads `key show`, `principal list`, `request list`, `policy show`.
 *
 * Each mutation must be DETECTED: at least one check ends in an error code
 * (E_TAMPERED, E_AUDIT_BROKEN, ...) that it did not give on the pristine copy.
 * And no check may give a WRONG RESULT: a signature that does not verify under
 * the key's original public key (pristine instance), another public key or
 * algorithm reported with a signature, a signature by a key the pristine
 * instance refuses to sign with (disabled) or does not have (new name), an
 * exported secret other than the original, an export, cancel or token the
 * pristine instance refuses, an idempotent retry that answers another
 * request, status or signature, or `audit verify` passing over an edited trail.
 *
 * Documented, not failed on (docs/threat-model.md, "Someone who can write the
 * database file" / "Not detected", and "Unverified reads"):
 *
 *  - Unverified reads. `key show`, `principal list`, `request list` and
 *    `policy show` return rows without checking MACs (local mode does not even
 *    unseal for them), so they show tampered names, public keys, roles,
 *    statuses and policy text. They are run and counted ("tampered views"),
 *    and an error from them counts as detection, but a tampered view is not a
 *    test failure.
 *  - Generator restrictions, each a documented "not detected" class (the
 *    tampered row is never used, so no check can see it; evidence: the probe
 *    test at the end of this file flips each and shows every check passing):
 *      * key_versions rows of retired versions (r1 v1): never decrypted
 *        (export and sign use the current version); their public keys are
 *        trusted by `verify` and shown by `key show`. Only current versions
 *        are mutated or deleted.
 *      * policies rows other than the one in force: history only, never
 *        MAC-checked. Flips touch the current version; swaps involve it.
 *  - Deleting rows other than those above (requests reset velocity; newest
 *    policy versions; principals; audit tail together with its checkpoints)
 *    and restoring older copies of rows are documented as undetected and not
 *    generated.
 *
 * This suite found that an idempotent retry answered from the stored request
 * without checking its row MAC, so a swapped `requests.result` came back as
 * the answer to `sign` (another key's signature). Fixed in Requests.submit;
 * the last test keeps that case, and random hits are collected for it.
 *
 * Expected codes besides E_TAMPERED / E_AUDIT_BROKEN: E_INTERNAL (JSON columns such as
 * tags that no longer parse), E_KEY_NOT_FOUND (an edited key name),
 * E_IDEMPOTENCY_CONFLICT (an edited payload), E_BAD_INPUT / E_UNSUPPORTED /
 * E_POLICY_INVALID (edited public keys, algorithms, policy text).
 *
 * TAMPER_SEED=N replays a run (the seed is printed).
 */
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { getAlgorithm, type SignatureScheme } from '../../src/crypto/algorithms.js';
import { fromHex } from '../../src/crypto/bytes.js';
import { signingBytes } from '../../src/keystore/payload.js';
import { canonicalJson } from '../../src/audit/canonical.js';
import { TEST_KDF } from '../helpers/cli.js';

const ROUNDS = Number(process.env.TAMPER_ROUNDS ?? 200);
const SEED = Number(process.env.TAMPER_SEED ?? Math.floor(Math.random() * 2 ** 31));
const MESSAGE = '0102030405';

// ---- deterministic randomness (replayable with TAMPER_SEED) ------------------------------------------

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(SEED);
const int = (n: number) => Math.floor(rand() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;

// ---- the CLI, in-process, against one data directory ------------------------------------------------

interface Out {
  ok: boolean;
  /** The error code, or `status:X` for a request that ended denied/cancelled/... (exit 1 without an error). */
  code: string | null;
  json: any;
}

async function custos(dir: string, data: string, args: string[]): Promise<Out> {
  let stdout = '';
  const io: Io = {
    stdout: (s) => void (stdout += s),
    stderr: () => undefined,
    env: { CUSTOS_PASSPHRASE_FILE: join(dir, 'passphrase') },
    cwd: dir,
    interactive: false,
    promptHidden: async () => {
      throw new Error('no prompt in tests');
    },
  };
  const exit = await main([...args, '--data', data, '--json'], io);
  let json: any;
  try {
    json = JSON.parse(stdout);
  } catch {
    json = undefined;
  }
  if (exit === 0) return { ok: true, code: null, json };
  return { ok: false, code: (json?.error?.code as string | undefined) ?? (json?.status ? `status:${json.status}` : `exit:${exit}`), json };
}

// ---- the pristine instance ---------------------------------------------------------------------------

interface KeyFacts {
  name: string;
  algorithm: string;
  scheme: SignatureScheme;
  publicKey: string;
  exportable: boolean;
  disabled: boolean;
  secret?: string;
}
interface ReqFacts {
  id: string;
  status: string;
  idem: string | null;
  key: string | null;
  signature?: string;
  tags: Record<string, string>;
  note: string;
  message?: string;
}

const POLICY_V1 = `rules:\n  - name: local-operators\n    effect: allow\n    when: principal.kind == "local"\n`;
const POLICY_V2 = `
description: tamper-random
rules:
  - name: forbidden
    effect: deny
    when: '"forbidden" in request.tags'
  - name: needs-approval
    effect: allow
    when: '"approval" in request.tags'
    approvals: { count: 1, from: approver }
  - name: later
    effect: allow
    when: '"later" in request.tags'
    delay: 1h
  - name: local-operators
    effect: allow
    when: principal.kind == "local"
`;

async function buildPristine(dir: string, data: string): Promise<{ keys: KeyFacts[]; requests: ReqFacts[]; principals: string[] }> {
  const ok = async (...args: string[]) => {
    const r = await custos(dir, data, args);
    assert.ok(r.ok, `custos ${args.join(' ')}: ${JSON.stringify(r.json)}`);
    return r.json;
  };
  writeFileSync(join(dir, 'passphrase'), 'tamper-random passphrase\n');
  await ok('init', '--passphrase-file', join(dir, 'passphrase'), ...TEST_KDF);
  await ok('key', 'create', 's1', '--type', 'secp256k1', '--allow-raw');
  await ok('key', 'create', 's2', '--type', 'secp256k1', '--allow-raw', '--exportable');
  await ok('key', 'create', 'e1', '--type', 'ed25519', '--allow-raw');
  await ok('key', 'create', 'e2', '--type', 'ed25519', '--allow-raw', '--exportable', '--tag', 'tier=hot');
  await ok('key', 'create', 'r1', '--type', 'secp256k1', '--allow-raw', '--tag', 'team=a');
  await ok('key', 'rotate', 'r1');
  await ok('key', 'create', 'x1', '--type', 'secp256k1', '--allow-raw', '--exportable');
  await ok('key', 'disable', 'x1');
  for (const [name, role] of [
    ['bot', 'agent'],
    ['alice', 'approver'],
    ['audra', 'auditor'],
  ] as const) {
    await ok('principal', 'create', '--name', name, '--role', role, '--out', join(dir, `${name}.json`), '--tag', `team=${name}`);
  }
  writeFileSync(join(dir, 'p1.yaml'), POLICY_V1);
  writeFileSync(join(dir, 'p2.yaml'), POLICY_V2);
  await ok('policy', 'set', join(dir, 'p1.yaml'));
  await ok('sign', '--key', 's1', '--message', 'aa01', '--idempotency-key', 'idem-s1');
  await ok('policy', 'set', join(dir, 'p2.yaml'));
  await ok('sign', '--key', 'e1', '--message', 'aa02', '--idempotency-key', 'idem-e1');
  await ok('sign', '--key', 'r1', '--message', 'aa03', '--idempotency-key', 'idem-r1', '--note', 'rotated key');
  await ok('sign', '--key', 'e2', '--message', 'aa04');
  await ok('sign', '--key', 's2', '--message', 'aa05', '--tag', 'later=1', '--idempotency-key', 'idem-later');
  await ok('sign', '--key', 's1', '--message', 'aa06', '--tag', 'approval=1');
  const denied = await custos(dir, data, ['sign', '--key', 's1', '--message', 'aa07', '--tag', 'forbidden=1']);
  assert.equal(denied.code, 'status:denied');
  await ok('key', 'export', 's2', '--format', 'raw');
  await ok('token', 'create', '--principal', 'bot');

  const keys: KeyFacts[] = [];
  for (const name of ['s1', 's2', 'e1', 'e2', 'r1', 'x1']) {
    const k = await ok('key', 'show', name);
    const alg = getAlgorithm(k.algorithm);
    const f: KeyFacts = {
      name,
      algorithm: k.algorithm,
      scheme: alg.defaultScheme,
      publicKey: k.publicKey,
      exportable: k.exportable,
      disabled: k.state === 'disabled',
    };
    if (k.exportable) f.secret = (await ok('key', 'export', name, '--format', 'raw')).secret;
    keys.push(f);
  }
  // Everything is anchored by a checkpoint (each local command checkpoints when it closes); fold the WAL in.
  const db = new Database(join(data, 'custos.db'));
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
    const requests = (
      db.prepare('SELECT id, status, idempotency_key AS idem, key_name AS key, payload, result FROM requests ORDER BY created_at').all() as {
        id: string;
        status: string;
        idem: string | null;
        key: string | null;
        payload: string;
        result: string | null;
      }[]
    ).map((r) => {
      const p = JSON.parse(r.payload) as { message?: string; note?: string; tags?: Record<string, string> };
      const res = r.result ? (JSON.parse(r.result) as { signature?: string }) : {};
      return {
        id: r.id,
        status: r.status,
        idem: r.idem,
        key: r.key,
        tags: p.tags ?? {},
        note: p.note ?? '',
        ...(p.message ? { message: p.message } : {}),
        ...(res.signature ? { signature: res.signature } : {}),
      };
    });
    const principals = (db.prepare('SELECT name FROM principals ORDER BY name').all() as { name: string }[]).map((p) => p.name);
    return { keys, requests, principals };
  } finally {
    db.close();
  }
}

// ---- mutations ------------------------------------------------------------------------------------------

type Table = 'key_versions' | 'data_keys' | 'keys' | 'principals' | 'policies' | 'requests' | 'audit_events' | 'audit_checkpoints';
const COLUMNS: Record<Table, readonly string[]> = {
  key_versions: ['ciphertext', 'public_key'],
  data_keys: ['wrapped'],
  keys: ['name', 'algorithm', 'state', 'exportable', 'allow_raw', 'current_version', 'data_key_id', 'tags', 'custody', 'mac'],
  principals: ['role', 'public_key', 'state', 'tags', 'mac'],
  policies: ['source', 'digest', 'mac'],
  requests: ['status', 'payload', 'decision', 'result', 'mac'],
  audit_events: ['actor', 'action', 'subject', 'details', 'prev_hash', 'hash'],
  audit_checkpoints: ['signature'],
};
/** Columns whose meaning is their parsed JSON (an edit that parses to the same value changes nothing). */
const JSON_COLUMNS = new Set(['keys.tags', 'principals.tags', 'audit_events.details']);

/** Rows a mutation may touch (the generator restrictions documented at the top). */
function candidateRows(db: Database.Database, table: Table): number[] {
  const sql =
    table === 'key_versions'
      ? 'SELECT kv.rowid AS r FROM key_versions kv JOIN keys k ON k.id = kv.key_id AND kv.version = k.current_version'
      : table === 'policies'
        ? 'SELECT rowid AS r FROM policies WHERE version = (SELECT MAX(version) FROM policies)'
        : `SELECT rowid AS r FROM ${table}`;
  return (db.prepare(sql).all() as { r: number }[]).map((x) => x.r);
}
const allRows = (db: Database.Database, table: Table) => (db.prepare(`SELECT rowid AS r FROM ${table}`).all() as { r: number }[]).map((x) => x.r);

const HEX = '0123456789abcdef';
const PRINTABLE = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i)).join(''); // no space: whitespace in JSON is a no-op

function flipValue(v: unknown, column: string): unknown {
  if (v === null) return null;
  if (Buffer.isBuffer(v)) {
    if (v.length === 0) return null;
    const b = Buffer.from(v);
    b[int(b.length)]! ^= 1 + int(255);
    return b;
  }
  if (typeof v === 'number' || typeof v === 'bigint') {
    const n = Number(v);
    if (column === 'exportable' || column === 'allow_raw') return n ? 0 : 1;
    return n + (int(2) ? 1 : -1);
  }
  const s = String(v);
  if (s.length === 0) return null;
  const i = int(s.length);
  const alphabet = /^[0-9a-f]+$/.test(s) ? HEX : PRINTABLE;
  let c = s[i]!;
  while (c === s[i]) c = pick([...alphabet]);
  return s.slice(0, i) + c + s.slice(i + 1);
}

function sameMeaning(table: Table, column: string, a: unknown, b: unknown): boolean {
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) return a.equals(b);
  if (a === b) return true;
  if (JSON_COLUMNS.has(`${table}.${column}`)) {
    try {
      return canonicalJson(JSON.parse(String(a))) === canonicalJson(JSON.parse(String(b)));
    } catch {
      return false;
    }
  }
  return false;
}

interface Mutation {
  kind: 'flip' | 'swap' | 'delete';
  table: Table;
  column?: string;
  description: string;
}

/** Apply one random mutation to the database file; returns what was done. */
function mutate(file: string): Mutation {
  const db = new Database(file);
  try {
    for (;;) {
      const r = rand();
      if (r < 0.15) {
        const table = pick(['audit_events', 'audit_events', 'key_versions', 'data_keys'] as const);
        const row = pick(candidateRows(db, table));
        const what = db.prepare(`SELECT * FROM ${table} WHERE rowid = ?`).get(row) as Record<string, unknown>;
        db.prepare(`DELETE FROM ${table} WHERE rowid = ?`).run(row);
        const id =
          table === 'audit_events'
            ? `seq ${what.seq}${what.seq === (db.prepare('SELECT MAX(seq) AS m FROM audit_events').get() as { m: number }).m + 1 ? ' (the newest)' : ''}`
            : table === 'key_versions'
              ? `key ${what.key_id} v${what.version}`
              : `data key ${what.id}`;
        return { kind: 'delete', table, description: `delete ${table} ${id}` };
      }
      const table = pick(Object.keys(COLUMNS) as Table[]);
      const column = pick(COLUMNS[table]);
      if (r < 0.65) {
        const row = pick(candidateRows(db, table));
        const before = (db.prepare(`SELECT ${column} AS v FROM ${table} WHERE rowid = ?`).get(row) as { v: unknown }).v;
        const after = flipValue(before, column);
        if (after === null || sameMeaning(table, column, before, after)) continue;
        try {
          db.prepare(`UPDATE ${table} SET ${column} = ? WHERE rowid = ?`).run(after, row);
        } catch (e) {
          // A flip that turns a key's name into another key's (keys.name is UNIQUE) is refused by SQLite itself: pick another.
          if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') continue;
          throw e;
        }
        return { kind: 'flip', table, column, description: `flip ${table}.${column} (rowid ${row}): ${difference(before, after)}` };
      }
      // swap: the two rows must differ in that column; key_versions / policies: at least one row is in use.
      const a = pick(candidateRows(db, table));
      const b = pick(allRows(db, table).filter((x) => x !== a));
      if (b === undefined) continue;
      const get = (row: number) => (db.prepare(`SELECT ${column} AS v FROM ${table} WHERE rowid = ?`).get(row) as { v: unknown }).v;
      const [va, vb] = [get(a), get(b)];
      if (sameMeaning(table, column, va, vb)) continue;
      db.transaction(() => {
        const set = db.prepare(`UPDATE ${table} SET ${column} = ? WHERE rowid = ?`);
        if (column === 'name') set.run('__swap__', a); // keys.name is UNIQUE
        set.run(va, b);
        set.run(vb, a);
      })();
      return { kind: 'swap', table, column, description: `swap ${table}.${column} between rowids ${a} and ${b}` };
    }
  } finally {
    db.close();
  }
}

/** Where a flipped value differs, with a little context: `at 17: ...abc... -> ...axc...`. */
function difference(a: unknown, b: unknown): string {
  if (typeof a !== 'string' || typeof b !== 'string') return `${preview(a)} -> ${preview(b)}`;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const win = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 12), i + 12));
  return `at ${i}: ${win(a)} -> ${win(b)}`;
}

function preview(v: unknown): string {
  const s = Buffer.isBuffer(v) ? `0x${v.toString('hex')}` : String(v);
  return s.length > 48 ? `${s.slice(0, 45)}...` : s;
}

// ---- checks ----------------------------------------------------------------------------------------------

type Group = 'audit' | 'sign' | 'export' | 'replay' | 'cancel' | 'token' | 'read';
interface Check {
  name: string;
  group: Group;
  args: string[];
  /** A wrong result given this outcome and the pristine one, or null. */
  judge(out: Out, base: Out | undefined, m: Mutation): string | null;
}

function checks(keys: KeyFacts[], requests: ReqFacts[], principals: string[], extraNames: string[]): Check[] {
  const out: Check[] = [];
  const reads: [string, string[]][] = [
    ...keys.map((k): [string, string[]] => [`key show ${k.name}`, ['key', 'show', k.name]]),
    ['principal list', ['principal', 'list']],
    ['request list', ['request', 'list']],
    ['policy show', ['policy', 'show']],
  ];
  for (const [name, args] of reads) out.push({ name, group: 'read', args, judge: () => null });
  out.push({
    name: 'audit verify',
    group: 'audit',
    args: ['audit', 'verify'],
    judge: (o, _b, m) => (o.ok && m.table.startsWith('audit_') ? `audit verify passed over an edited trail (${o.json?.events} events)` : null),
  });
  for (const r of requests.filter((x) => x.idem && x.key && x.message)) {
    out.push({
      name: `retry ${r.idem}`,
      group: 'replay',
      args: [
        'sign',
        '--key',
        r.key!,
        '--message',
        r.message!,
        '--idempotency-key',
        r.idem!,
        ...(r.note ? ['--note', r.note] : []),
        ...Object.entries(r.tags).flatMap(([k, v]) => ['--tag', `${k}=${v}`]),
      ],
      judge: (o) => {
        if (!o.ok) return null;
        if (o.json.requestId !== r.id) return `idempotent retry answered request ${o.json.requestId}, not ${r.id}`;
        if (o.json.status !== r.status) return `idempotent retry answered status ${o.json.status}, not ${r.status}`;
        if ((o.json.signature ?? null) !== (r.signature ?? null))
          return `idempotent retry answered signature ${preview(o.json.signature)}, not ${preview(r.signature)}`;
        return null;
      },
    });
  }
  for (const k of keys) {
    out.push({
      name: `key export ${k.name}`,
      group: 'export',
      args: ['key', 'export', k.name, '--format', 'raw'],
      judge: (o, b) => {
        if (!o.ok) return null;
        if (!b?.ok) return `exported ${k.name}, which the pristine instance refuses to export (${b?.code})`;
        return o.json.secret === k.secret ? null : `export of ${k.name} returned another secret`;
      },
    });
  }
  for (const p of principals) {
    out.push({
      name: `token create ${p}`,
      group: 'token',
      args: ['token', 'create', '--principal', p],
      judge: (o, b) => (o.ok && !b?.ok ? `token created for ${p}, which the pristine instance refuses (${b?.code})` : null),
    });
  }
  for (const r of requests) {
    out.push({
      name: `request cancel ${r.id.slice(0, 8)}`,
      group: 'cancel',
      args: ['request', 'cancel', r.id],
      judge: (o, b) => (o.ok && !b?.ok ? `cancelled request ${r.id} (${r.status}), which the pristine instance refuses (${b?.code})` : null),
    });
  }
  for (const k of keys) {
    out.push({
      name: `sign ${k.name}`,
      group: 'sign',
      args: ['sign', '--key', k.name, '--message', MESSAGE],
      judge: (o, b) => {
        if (!o.ok) return null;
        if (!b?.ok) return `signed with ${k.name}, which the pristine instance refuses (${b?.code})`;
        if (o.json.status !== 'signed') return null;
        if (o.json.publicKey !== k.publicKey) return `sign ${k.name} reported public key ${preview(o.json.publicKey)}, not ${preview(k.publicKey)}`;
        if (o.json.algorithm !== k.algorithm) return `sign ${k.name} reported algorithm ${o.json.algorithm}, not ${k.algorithm}`;
        const alg = getAlgorithm(k.algorithm);
        const bytes = signingBytes(k.scheme, { message: fromHex(MESSAGE) });
        return alg.verify(fromHex(k.publicKey), bytes, fromHex(o.json.signature), { scheme: k.scheme })
          ? null
          : `sign ${k.name}: the signature does not verify under the original public key`;
      },
    });
  }
  for (const name of extraNames) {
    out.push({
      name: `sign ${name} (new name)`,
      group: 'sign',
      args: ['sign', '--key', name, '--message', MESSAGE],
      judge: (o) => (o.ok ? `signed under the name "${name}", which the pristine instance does not have` : null),
    });
  }
  return out;
}

/** The check groups a mutation of this table calls for (audit verify, sign and the reads always run). */
const GROUPS: Record<Table, readonly Group[]> = {
  key_versions: ['export'],
  data_keys: ['export'],
  keys: ['export'],
  principals: ['token'],
  policies: [],
  requests: ['cancel', 'replay'],
  audit_events: [],
  audit_checkpoints: [],
};
const ALWAYS: readonly Group[] = ['read', 'audit', 'sign'];

// ---- the tests ---------------------------------------------------------------------------------------------

interface Tally {
  n: number;
  detected: number;
  codes: Map<string, number>;
}
const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

interface Pristine {
  root: string;
  data: string;
  keys: KeyFacts[];
  requests: ReqFacts[];
  principals: string[];
  baseline: Map<string, Out>;
}

/** Run the checks of `groups` against a mutated copy: detections (error codes the pristine copy does not give), wrong results, tampered views. */
async function runChecks(p: Pristine, copy: string, m: Mutation, groups: ReadonlySet<Group>) {
  const db = new Database(join(copy, 'custos.db'), { readonly: true });
  const pristineNames = new Set(p.keys.map((k) => k.name));
  const extra = (db.prepare('SELECT name FROM keys').all() as { name: string }[]).map((k) => k.name).filter((n) => !pristineNames.has(n));
  db.close();
  const detections: string[] = [];
  const readDetections: string[] = [];
  const wrong: { group: Group; text: string }[] = [];
  const views: string[] = [];
  let calls = 0;
  for (const c of checks(p.keys, p.requests, p.principals, extra)) {
    if (!groups.has(c.group)) continue;
    const o = await custos(p.root, copy, c.args);
    calls++;
    const b = p.baseline.get(c.name);
    const problem = c.judge(o, b, m);
    if (problem) wrong.push({ group: c.group, text: `${m.description}: ${c.name}: ${problem}` });
    if (!o.ok && (!b || b.ok || b.code !== o.code)) (c.group === 'read' ? readDetections : detections).push(`${c.name}: ${o.code}`);
    if (c.group === 'read' && o.ok && b?.ok && canonicalJson(o.json) !== canonicalJson(b.json)) views.push(c.name.startsWith('key show') ? 'key show' : c.name);
  }
  return { detections, readDetections, wrong, views, calls };
}

/** Wrong answers to idempotent retries (the fixed bug; asserted empty by the last test). */
const wrongFromKnownBug: string[] = [];

describe('tamper-random: edits, swaps and deletions in the store', () => {
  const p = {} as Pristine;

  before(async () => {
    p.root = mkdtempSync(join(tmpdir(), 'custos-tamper-random-'));
    p.data = join(p.root, 'pristine');
    Object.assign(p, await buildPristine(p.root, p.data));
    // Baseline: every check on an untouched copy.
    const baseDir = join(p.root, 'base');
    cpSync(p.data, baseDir, { recursive: true });
    p.baseline = new Map();
    for (const c of checks(p.keys, p.requests, p.principals, [])) p.baseline.set(c.name, await custos(p.root, baseDir, c.args));
    rmSync(baseDir, { recursive: true, force: true });
    assert.equal(p.baseline.get('audit verify')!.ok, true);
    for (const k of p.keys) assert.equal(p.baseline.get(`sign ${k.name}`)!.ok, !k.disabled, `baseline sign ${k.name}`);
    for (const r of p.requests.filter((x) => x.idem)) assert.equal(p.baseline.get(`retry ${r.idem}`)!.ok, r.status !== 'denied', `baseline retry ${r.idem}`);
  });
  after(() => rmSync(p.root, { recursive: true, force: true }));

  test(`${ROUNDS} random byte flips, row swaps and deletions: every one detected, never a wrong result`, { timeout: 600_000 }, async () => {
    const t0 = Date.now();
    const byClass = new Map<string, Tally>();
    const byTarget = new Map<string, Tally>();
    const tamperedViews = new Map<string, number>();
    const undetected: string[] = [];
    const wrong: string[] = [];
    let onlyByRead = 0;
    let calls = 0;
    for (let round = 1; round <= ROUNDS; round++) {
      const copy = join(p.root, `copy-${round}`);
      cpSync(p.data, copy, { recursive: true });
      const m = mutate(join(copy, 'custos.db'));
      const r = await runChecks(p, copy, m, new Set<Group>([...ALWAYS, ...GROUPS[m.table]]));
      rmSync(copy, { recursive: true, force: true });
      calls += r.calls;
      for (const w of r.wrong) (w.group === 'replay' ? wrongFromKnownBug : wrong).push(w.text);
      for (const v of r.views) bump(tamperedViews, v);
      const detected = r.detections.length + r.readDetections.length > 0;
      if (!r.detections.length && r.readDetections.length) onlyByRead++;
      if (!detected) undetected.push(m.description);
      for (const [map, k] of [
        [byClass, m.kind],
        [byTarget, `${m.kind} ${m.table}${m.column ? `.${m.column}` : ''}`],
      ] as const) {
        const t = map.get(k) ?? { n: 0, detected: 0, codes: new Map() };
        t.n++;
        if (detected) t.detected++;
        for (const d of [...r.detections, ...r.readDetections]) bump(t.codes, d.replace(/^.*: /, ''));
        map.set(k, t);
      }
    }
    const fmt = (t: Tally) =>
      `${t.detected}/${t.n} detected  [${[...t.codes]
        .sort((a, b) => b[1] - a[1])
        .map(([c, n]) => `${c} x${n}`)
        .join(', ')}]`;
    console.log(`seed ${SEED} (TAMPER_SEED=${SEED} replays this run); ${ROUNDS} mutations, ${calls} CLI calls, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    for (const [k, t] of [...byClass].sort()) console.log(`class ${k.padEnd(6)} ${fmt(t)}`);
    for (const [k, t] of [...byTarget].sort()) console.log(`  ${k.padEnd(34)} ${fmt(t)}`);
    console.log(
      `unverified reads that showed tampered data (documented, not failures): ${[...tamperedViews].map(([k, n]) => `${k} x${n}`).join(', ') || 'none'}`,
    );
    console.log(`mutations detected only by an unverified read failing: ${onlyByRead}`);
    console.log(`idempotent retries that answered tampered data: ${wrongFromKnownBug.length}`);
    for (const w of wrongFromKnownBug) console.log(`  ${w}`);
    assert.deepEqual(wrong, [], 'no check gave a wrong result');
    assert.deepEqual(undetected, [], 'every mutation was detected');
  });

  test('the classes left out of the generator are indeed undetected by design (evidence; widen the generator if this starts failing)', async () => {
    // The truncation probe also shows `audit verify` passing over a cut trail: that is the documented gap itself.
    const probes: { description: string; table: Table; truncation?: boolean; sql: (db: Database.Database) => void }[] = [
      {
        description: 'flip a byte of the retired version r1 v1 ciphertext',
        table: 'key_versions',
        sql: (db) => {
          const row = db
            .prepare('SELECT kv.rowid AS r, kv.ciphertext AS c FROM key_versions kv JOIN keys k ON k.id = kv.key_id WHERE k.name = ? AND kv.version = 1')
            .get('r1') as { r: number; c: Buffer };
          row.c[10]! ^= 0x01;
          db.prepare('UPDATE key_versions SET ciphertext = ? WHERE rowid = ?').run(row.c, row.r);
        },
      },
      {
        description: 'flip a byte of the retired version r1 v1 public key',
        table: 'key_versions',
        sql: (db) => {
          const row = db
            .prepare('SELECT kv.rowid AS r, kv.public_key AS c FROM key_versions kv JOIN keys k ON k.id = kv.key_id WHERE k.name = ? AND kv.version = 1')
            .get('r1') as { r: number; c: Buffer };
          row.c[10]! ^= 0x01;
          db.prepare('UPDATE key_versions SET public_key = ? WHERE rowid = ?').run(row.c, row.r);
        },
      },
      {
        description: 'delete the retired version r1 v1',
        table: 'key_versions',
        sql: (db) => db.prepare('DELETE FROM key_versions WHERE version = 1 AND key_id = (SELECT id FROM keys WHERE name = ?)').run('r1'),
      },
      {
        description: 'edit the source of policy v1 (not in force)',
        table: 'policies',
        sql: (db) => db.prepare("UPDATE policies SET source = replace(source, 'local-operators', 'local-operatorz') WHERE version = 1").run(),
      },
      {
        description: 'truncate the trail: delete the newest event together with its checkpoint',
        table: 'audit_events',
        truncation: true,
        sql: (db) => {
          const { m } = db.prepare('SELECT MAX(seq) AS m FROM audit_events').get() as { m: number };
          db.prepare('DELETE FROM audit_events WHERE seq = ?').run(m);
          db.prepare('DELETE FROM audit_checkpoints WHERE seq >= ?').run(m);
        },
      },
    ];
    const all = new Set<Group>(['read', 'audit', 'sign', 'export', 'replay', 'cancel', 'token']);
    const detected: string[] = [];
    const wrong: string[] = [];
    for (const [i, probe] of probes.entries()) {
      const copy = join(p.root, `probe-${i}`);
      cpSync(p.data, copy, { recursive: true });
      const db = new Database(join(copy, 'custos.db'));
      probe.sql(db);
      db.close();
      const r = await runChecks(p, copy, { kind: 'flip', table: probe.table, description: probe.description }, all);
      rmSync(copy, { recursive: true, force: true });
      console.log(
        `undetected by design: ${probe.description}: ${r.detections.length + r.readDetections.length} checks failed of ${r.calls}; tampered views: ${r.views.join(', ') || 'none'}`,
      );
      if (r.detections.length + r.readDetections.length) detected.push(`${probe.description}: ${[...r.detections, ...r.readDetections].join('; ')}`);
      wrong.push(...r.wrong.filter((w) => !(probe.truncation && w.text.includes('audit verify passed'))).map((w) => w.text));
    }
    assert.deepEqual(wrong, [], 'and no check gives a wrong result');
    assert.deepEqual(detected, [], 'now detected: include the class in the random generator');
  });

  test('an idempotent retry never answers a tampered request (requests.result swapped between two signed requests)', async () => {
    const copy = join(p.root, 'retry-bug');
    cpSync(p.data, copy, { recursive: true });
    const db = new Database(join(copy, 'custos.db'));
    const get = (idem: string) => db.prepare('SELECT rowid AS r, result FROM requests WHERE idempotency_key = ?').get(idem) as { r: number; result: string };
    const [a, b] = [get('idem-s1'), get('idem-e1')];
    db.prepare('UPDATE requests SET result = ? WHERE rowid = ?').run(b.result, a.r);
    db.prepare('UPDATE requests SET result = ? WHERE rowid = ?').run(a.result, b.r);
    db.close();
    const r = await runChecks(
      p,
      copy,
      { kind: 'swap', table: 'requests', column: 'result', description: 'swap requests.result of idem-s1 and idem-e1' },
      new Set<Group>(['replay']),
    );
    rmSync(copy, { recursive: true, force: true });
    for (const w of r.wrong) console.log(`wrong result: ${w.text}`);
    assert.deepEqual([...wrongFromKnownBug, ...r.wrong.map((w) => w.text)], []);
  });
});
