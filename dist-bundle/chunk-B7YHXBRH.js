import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  ARGON2_DEFAULTS,
  argon2id,
  checkArgon2Params
} from "./chunk-4PSSYMRB.js";
import {
  RequestRepo,
  checkUnsealAllowed,
  recordUnsealFailure,
  resetUnsealFailures
} from "./chunk-JWZGYKQV.js";
import {
  combineShares,
  shareSetId,
  splitSecret
} from "./chunk-GVE6EZRV.js";
import {
  appendEvent,
  getAlgorithm,
  signCheckpoint
} from "./chunk-DOFE7BQX.js";
import {
  abytes,
  clean,
  concatBytes,
  equalBytes,
  fromHex,
  toHex,
  utf8
} from "./chunk-VQWF5TYP.js";
import {
  canonicalJson
} from "./chunk-T7RD2LC5.js";
import {
  CustosError,
  badInput
} from "./chunk-7E33BI2G.js";

// src/keystore/instance.ts
import { randomUUID as randomUUID2 } from "node:crypto";
import { mkdirSync, existsSync as existsSync2, chmodSync as chmodSync2 } from "node:fs";
import { join, resolve } from "node:path";

// src/crypto/aead.ts
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
var FORMAT = 1;
var IV_LEN = 12;
var TAG_LEN = 16;
var AEAD_KEY_LENGTH = 32;
var AEAD_OVERHEAD = 1 + IV_LEN + TAG_LEN;
var AeadError = class extends Error {
  constructor() {
    super("ciphertext failed authentication");
    this.name = "AeadError";
  }
};
function aeadSeal(key, plaintext, aad) {
  abytes(key, AEAD_KEY_LENGTH, "aead key");
  const iv = randomBytes(IV_LEN);
  const c = createCipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_LEN });
  c.setAAD(utf8(aad));
  const body = Buffer.concat([c.update(plaintext), c.final()]);
  const out = new Uint8Array(AEAD_OVERHEAD + body.length);
  out[0] = FORMAT;
  out.set(iv, 1);
  out.set(body, 1 + IV_LEN);
  out.set(c.getAuthTag(), 1 + IV_LEN + body.length);
  return out;
}
function aeadOpen(key, sealed, aad) {
  abytes(key, AEAD_KEY_LENGTH, "aead key");
  if (sealed.length < AEAD_OVERHEAD || sealed[0] !== FORMAT) throw new AeadError();
  const iv = sealed.subarray(1, 1 + IV_LEN);
  const tag = sealed.subarray(sealed.length - TAG_LEN);
  const body = sealed.subarray(1 + IV_LEN, sealed.length - TAG_LEN);
  try {
    const d = createDecipheriv("aes-256-gcm", key, iv, { authTagLength: TAG_LEN });
    d.setAAD(utf8(aad));
    d.setAuthTag(tag);
    const pt = Buffer.concat([d.update(body), d.final()]);
    const out = Uint8Array.from(pt);
    pt.fill(0);
    return out;
  } catch {
    throw new AeadError();
  }
}

// src/store/driver.ts
var DIALECT_TYPES = {
  sqlite: { blob: "BLOB", bigint: "INTEGER", epochSeconds: (c) => `CAST(strftime('%s', ${c}) AS INTEGER)` },
  postgres: { blob: "BYTEA", bigint: "BIGINT", epochSeconds: (c) => `CAST(EXTRACT(EPOCH FROM CAST(${c} AS TIMESTAMPTZ)) AS BIGINT)` }
};

// src/store/migrations.ts
var MIGRATIONS = [
  {
    version: 1,
    name: "keystore, wallets and audit trail",
    sql: (t) => `
      CREATE TABLE meta (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
      CREATE TABLE data_keys (
        id TEXT PRIMARY KEY,
        wrapped ${t.blob} NOT NULL,
        root_version INTEGER NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE keys (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        algorithm TEXT NOT NULL,
        custody TEXT NOT NULL,
        state TEXT NOT NULL,
        exportable INTEGER NOT NULL,
        tags TEXT NOT NULL,
        origin TEXT NOT NULL,
        current_version INTEGER NOT NULL,
        data_key_id TEXT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        mac TEXT NOT NULL
      );
      CREATE TABLE key_versions (
        key_id TEXT NOT NULL REFERENCES keys(id),
        version INTEGER NOT NULL,
        public_key ${t.blob} NOT NULL,
        ciphertext ${t.blob} NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (key_id, version)
      );
      CREATE TABLE wallets (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        state TEXT NOT NULL,
        origin TEXT NOT NULL,
        data_key_id TEXT NULL,
        ciphertext ${t.blob} NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        mac TEXT NOT NULL
      );
      CREATE TABLE audit_events (
        seq ${t.bigint} PRIMARY KEY,
        ts TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL,
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      );
      CREATE TABLE audit_checkpoints (
        seq ${t.bigint} PRIMARY KEY,
        hash TEXT NOT NULL,
        ts TEXT NOT NULL,
        signature TEXT NOT NULL
      );
    `
  },
  {
    version: 2,
    name: "principals, tokens, replay nonces, policies, lists, signing requests and approvals",
    sql: (t) => `
      CREATE TABLE principals (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        role TEXT NOT NULL,
        public_key TEXT NOT NULL,
        tags TEXT NOT NULL,
        state TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        mac TEXT NOT NULL
      );
      CREATE TABLE tokens (
        id TEXT PRIMARY KEY,
        principal_id TEXT NOT NULL REFERENCES principals(id),
        secret_hash TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        state TEXT NOT NULL,
        created_at TEXT NOT NULL,
        mac TEXT NOT NULL
      );
      CREATE TABLE nonces (
        nonce_key TEXT PRIMARY KEY,
        expires_at ${t.bigint} NOT NULL
      );
      CREATE INDEX nonces_expiry ON nonces (expires_at);
      CREATE TABLE policies (
        version INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        digest TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        mac TEXT NOT NULL
      );
      CREATE TABLE list_entries (
        list TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (list, value)
      );
      CREATE TABLE requests (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        principal_id TEXT NOT NULL,
        principal_name TEXT NOT NULL,
        key_name TEXT NULL,
        status TEXT NOT NULL,
        idempotency_key TEXT NULL,
        payload TEXT NOT NULL,
        facts TEXT NOT NULL,
        decision TEXT NOT NULL,
        digest TEXT NOT NULL,
        value_usd DOUBLE PRECISION NOT NULL,
        not_before TEXT NULL,
        expires_at TEXT NOT NULL,
        result TEXT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        signed_at TEXT NULL,
        mac TEXT NOT NULL,
        UNIQUE (principal_id, idempotency_key)
      );
      CREATE INDEX requests_key_signed ON requests (key_name, signed_at);
      CREATE INDEX requests_principal_signed ON requests (principal_id, signed_at);
      CREATE INDEX requests_status ON requests (status, not_before);
      CREATE TABLE approvals (
        request_id TEXT NOT NULL REFERENCES requests(id),
        approver_id TEXT NOT NULL,
        approver_name TEXT NOT NULL,
        approver_role TEXT NOT NULL,
        verdict TEXT NOT NULL,
        signature TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (request_id, approver_id)
      );
    `
  },
  {
    version: 3,
    name: "threshold custody state (coordinator parties and keys, party shares and nonces)",
    sql: (t) => `
      CREATE TABLE threshold_state (
        kind TEXT NOT NULL,
        id TEXT NOT NULL,
        state TEXT NOT NULL,
        data ${t.blob} NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (kind, id)
      )
    `
  },
  {
    version: 4,
    name: "velocity buckets (bounded-cost velocity windows), backfilled from signed requests",
    sql: (t) => `
      CREATE TABLE velocity_buckets (
        scope TEXT NOT NULL,
        subject TEXT NOT NULL,
        res INTEGER NOT NULL,
        bucket ${t.bigint} NOT NULL,
        count ${t.bigint} NOT NULL,
        value_usd DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (scope, subject, res, bucket)
      );
      INSERT INTO velocity_buckets (scope, subject, res, bucket, count, value_usd)
        SELECT 'key', key_name, 10, ${t.epochSeconds("signed_at")} / 10, COUNT(*), SUM(value_usd)
        FROM requests WHERE kind = 'sign' AND signed_at IS NOT NULL AND key_name IS NOT NULL
        GROUP BY key_name, ${t.epochSeconds("signed_at")} / 10;
      INSERT INTO velocity_buckets (scope, subject, res, bucket, count, value_usd)
        SELECT 'key', key_name, 60, ${t.epochSeconds("signed_at")} / 60, COUNT(*), SUM(value_usd)
        FROM requests WHERE kind = 'sign' AND signed_at IS NOT NULL AND key_name IS NOT NULL
        GROUP BY key_name, ${t.epochSeconds("signed_at")} / 60;
      INSERT INTO velocity_buckets (scope, subject, res, bucket, count, value_usd)
        SELECT 'key', key_name, 3600, ${t.epochSeconds("signed_at")} / 3600, COUNT(*), SUM(value_usd)
        FROM requests WHERE kind = 'sign' AND signed_at IS NOT NULL AND key_name IS NOT NULL
        GROUP BY key_name, ${t.epochSeconds("signed_at")} / 3600;
      INSERT INTO velocity_buckets (scope, subject, res, bucket, count, value_usd)
        SELECT 'principal', principal_id, 10, ${t.epochSeconds("signed_at")} / 10, COUNT(*), SUM(value_usd)
        FROM requests WHERE kind = 'sign' AND signed_at IS NOT NULL AND principal_id IS NOT NULL
        GROUP BY principal_id, ${t.epochSeconds("signed_at")} / 10;
      INSERT INTO velocity_buckets (scope, subject, res, bucket, count, value_usd)
        SELECT 'principal', principal_id, 60, ${t.epochSeconds("signed_at")} / 60, COUNT(*), SUM(value_usd)
        FROM requests WHERE kind = 'sign' AND signed_at IS NOT NULL AND principal_id IS NOT NULL
        GROUP BY principal_id, ${t.epochSeconds("signed_at")} / 60;
      INSERT INTO velocity_buckets (scope, subject, res, bucket, count, value_usd)
        SELECT 'principal', principal_id, 3600, ${t.epochSeconds("signed_at")} / 3600, COUNT(*), SUM(value_usd)
        FROM requests WHERE kind = 'sign' AND signed_at IS NOT NULL AND principal_id IS NOT NULL
        GROUP BY principal_id, ${t.epochSeconds("signed_at")} / 3600;
    `
  },
  {
    version: 5,
    name: "velocity buckets count exposure from the decision: every allowed signing request (pending, approved, signed) at its creation time",
    sql: (t) => [
      "DELETE FROM velocity_buckets;",
      ...["key", "principal"].flatMap(
        (scope) => [10, 60, 3600].map((res) => {
          const col = scope === "key" ? "key_name" : "principal_id";
          return `INSERT INTO velocity_buckets (scope, subject, res, bucket, count, value_usd)
        SELECT '${scope}', ${col}, ${res}, ${t.epochSeconds("created_at")} / ${res}, COUNT(*), SUM(value_usd)
        FROM requests WHERE kind = 'sign' AND status IN ('pending', 'approved', 'signed') AND ${col} IS NOT NULL
        GROUP BY ${col}, ${t.epochSeconds("created_at")} / ${res};`;
        })
      )
    ].join("\n")
  },
  {
    version: 6,
    name: "raw signing is a key usage: keys and wallets sign raw digests and messages only when granted (existing ones are not)",
    sql: () => `
      ALTER TABLE keys ADD COLUMN allow_raw INTEGER NOT NULL DEFAULT 0;
      ALTER TABLE wallets ADD COLUMN allow_raw INTEGER NOT NULL DEFAULT 0;
    `
  },
  {
    version: 7,
    name: "per-principal quota counters: open requests (backfilled) and stored bytes per minute",
    sql: () => `
      INSERT INTO velocity_buckets (scope, subject, res, bucket, count, value_usd)
        SELECT 'open', principal_id, 0, 0, COUNT(*), 0 FROM requests WHERE status IN ('pending', 'approved') GROUP BY principal_id;
    `
  },
  {
    version: 8,
    name: "address index: secp256k1 keys by Ethereum address, row-MACed (existing keys are indexed at first use once unsealed: MACs need the root key)",
    sql: () => `
      CREATE TABLE key_addresses (
        address TEXT NOT NULL,
        key_id TEXT NOT NULL REFERENCES keys(id),
        version INTEGER NOT NULL,
        mac TEXT NOT NULL,
        PRIMARY KEY (address, key_id)
      );
      CREATE INDEX key_addresses_key ON key_addresses (key_id);
      INSERT INTO meta (name, value) SELECT 'address_index', 'backfill' WHERE EXISTS (SELECT 1 FROM keys);
    `
  },
  {
    version: 9,
    name: "eth2 slashing protection (EIP-3076): signed blocks and attestations per validator, low watermarks, the genesis validators root",
    sql: (t) => `
      CREATE TABLE eth2_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE eth2_validators (
        pubkey TEXT PRIMARY KEY,
        block_slot_floor ${t.bigint},
        att_source_floor ${t.bigint},
        att_target_floor ${t.bigint},
        created_at TEXT NOT NULL
      );
      CREATE TABLE eth2_signed_blocks (
        pubkey TEXT NOT NULL REFERENCES eth2_validators (pubkey),
        slot ${t.bigint} NOT NULL,
        signing_root TEXT,
        PRIMARY KEY (pubkey, slot)
      );
      CREATE TABLE eth2_signed_attestations (
        pubkey TEXT NOT NULL REFERENCES eth2_validators (pubkey),
        source_epoch ${t.bigint} NOT NULL,
        target_epoch ${t.bigint} NOT NULL,
        signing_root TEXT,
        PRIMARY KEY (pubkey, target_epoch)
      );
    `
  },
  {
    version: 10,
    name: "risk baselines (per key and principal: counts, amount and hour histograms, bounded seen sets) and risk freezes",
    sql: (t) => `
      CREATE TABLE risk_profiles (
        scope TEXT NOT NULL,
        subject TEXT NOT NULL,
        n ${t.bigint} NOT NULL,
        first_ms ${t.bigint} NOT NULL,
        last_ms ${t.bigint} NOT NULL,
        PRIMARY KEY (scope, subject)
      );
      CREATE TABLE risk_bins (
        scope TEXT NOT NULL,
        subject TEXT NOT NULL,
        kind TEXT NOT NULL,
        bin INTEGER NOT NULL,
        count ${t.bigint} NOT NULL,
        PRIMARY KEY (scope, subject, kind, bin)
      );
      CREATE TABLE risk_seen (
        scope TEXT NOT NULL,
        subject TEXT NOT NULL,
        kind TEXT NOT NULL,
        value TEXT NOT NULL,
        count ${t.bigint} NOT NULL,
        PRIMARY KEY (scope, subject, kind, value)
      );
      CREATE TABLE risk_freezes (
        scope TEXT NOT NULL,
        subject TEXT NOT NULL,
        rule TEXT NOT NULL,
        request_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (scope, subject)
      );
    `
  },
  {
    version: 11,
    name: "webhook endpoints and their delivery outbox",
    sql: (t) => `
      CREATE TABLE webhooks (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        url TEXT NOT NULL,
        events TEXT NOT NULL,
        secret_epoch INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        mac TEXT NOT NULL
      );
      CREATE TABLE webhook_deliveries (
        id TEXT PRIMARY KEY,
        webhook_id TEXT NOT NULL,
        event TEXT NOT NULL,
        payload TEXT NOT NULL,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL,
        next_at ${t.bigint} NOT NULL,
        lease_until ${t.bigint},
        lease_owner TEXT,
        last_error TEXT,
        last_status INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        delivered_at TEXT,
        mac TEXT NOT NULL
      );
      CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_at);
      CREATE INDEX webhook_deliveries_webhook ON webhook_deliveries (webhook_id, created_at)
    `
  },
  {
    version: 12,
    name: "BLS public-key index: bls12-381 keys by public key in key_addresses, row-MACed (existing keys are indexed at first use once unsealed: MACs need the root key)",
    sql: () => `
      INSERT INTO meta (name, value) SELECT 'address_index', 'backfill' WHERE EXISTS (SELECT 1 FROM keys WHERE algorithm = 'bls12-381')
        ON CONFLICT (name) DO UPDATE SET value = 'backfill'
    `
  },
  {
    version: 13,
    name: "schedules: key rotation on timers",
    sql: (t) => `
      CREATE TABLE schedules (
        id TEXT PRIMARY KEY,
        action TEXT NOT NULL,
        target TEXT NOT NULL,
        every_ms ${t.bigint} NOT NULL,
        next_at ${t.bigint} NOT NULL,
        runs INTEGER NOT NULL,
        last_at TEXT,
        last_error TEXT,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        mac TEXT NOT NULL
      );
      CREATE INDEX schedules_due ON schedules (next_at)
    `
  },
  {
    version: 14,
    name: "sessions: console logins bound to a passkey (an ephemeral P-256 session key per login, row-MACed)",
    sql: () => `
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        principal_id TEXT NOT NULL REFERENCES principals(id),
        public_key TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        state TEXT NOT NULL,
        created_at TEXT NOT NULL,
        mac TEXT NOT NULL
      );
      CREATE INDEX sessions_principal ON sessions (principal_id)
    `
  }
];
async function migrate(driver) {
  await driver.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  const row = await driver.get("SELECT MAX(version) AS v FROM schema_migrations");
  const current = Number(row?.v ?? 0);
  const latest = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;
  if (current > latest) {
    throw new CustosError("E_STORE", `database schema version ${current} is newer than this custos (${latest}); upgrade custos`);
  }
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    await driver.transaction(async (tx) => {
      const done = await tx.get("SELECT version AS v FROM schema_migrations WHERE version = ?", [m.version]);
      if (done) return;
      for (const stmt of splitStatements(m.sql(DIALECT_TYPES[driver.dialect]))) await tx.run(stmt);
      await tx.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", [m.version, m.name, (/* @__PURE__ */ new Date()).toISOString()]);
    });
  }
  return latest;
}
function splitStatements(sql) {
  return sql.split(";").map((s) => s.trim()).filter((s) => s.length > 0);
}

// src/store/slashing-record.ts
import { createHash } from "node:crypto";

// src/store/slashing-rules.ts
function checkBlock(f, proposed) {
  if (f.sameSlot) {
    if (f.sameSlot.signingRoot !== null && f.sameSlot.signingRoot === proposed.signingRoot) return { ok: true, kind: "repeat" };
    return { ok: false, reason: "double_proposal" };
  }
  if (f.floor !== null && proposed.slot <= f.floor) return { ok: false, reason: "block_below_watermark" };
  if (f.minSlot !== null && proposed.slot <= f.minSlot) return { ok: false, reason: "block_below_watermark" };
  return { ok: true, kind: "new" };
}
function checkAttestation(f, proposed) {
  if (proposed.sourceEpoch > proposed.targetEpoch) return { ok: false, reason: "source_after_target" };
  if (f.sameTarget) {
    const same = f.sameTarget;
    if (same.signingRoot !== null && same.signingRoot === proposed.signingRoot && same.sourceEpoch === proposed.sourceEpoch) {
      return { ok: true, kind: "repeat" };
    }
    return { ok: false, reason: "double_vote" };
  }
  if (f.surroundedByExisting) return { ok: false, reason: "surrounded_vote" };
  if (f.surroundsExisting) return { ok: false, reason: "surrounding_vote" };
  if (f.sourceFloor !== null && proposed.sourceEpoch < f.sourceFloor || f.minSource !== null && proposed.sourceEpoch < f.minSource) {
    return { ok: false, reason: "source_below_watermark" };
  }
  if (f.targetFloor !== null && proposed.targetEpoch <= f.targetFloor || f.minTarget !== null && proposed.targetEpoch <= f.minTarget) {
    return { ok: false, reason: "target_below_watermark" };
  }
  return { ok: true, kind: "new" };
}

// src/store/slashing-history.ts
var num = (v) => v == null ? null : Number(v);
var text = (v) => v == null ? null : String(v);
async function ensureValidator(x, pubkey) {
  await x.run("INSERT INTO eth2_validators (pubkey, created_at) VALUES (?, ?) ON CONFLICT (pubkey) DO NOTHING", [pubkey, (/* @__PURE__ */ new Date()).toISOString()]);
}
async function mergeHistoryIn(x, data) {
  for (const d of data) {
    await ensureValidator(x, d.pubkey);
    for (const b of d.signedBlocks) {
      const old = await x.get("SELECT signing_root FROM eth2_signed_blocks WHERE pubkey = ? AND slot = ?", [d.pubkey, b.slot]);
      if (!old) await x.run("INSERT INTO eth2_signed_blocks (pubkey, slot, signing_root) VALUES (?, ?, ?)", [d.pubkey, b.slot, b.signingRoot]);
      else if (text(old.signing_root) !== b.signingRoot) {
        await x.run("UPDATE eth2_signed_blocks SET signing_root = NULL WHERE pubkey = ? AND slot = ?", [d.pubkey, b.slot]);
      }
    }
    for (const a of d.signedAttestations) {
      const old = await x.get("SELECT source_epoch, signing_root FROM eth2_signed_attestations WHERE pubkey = ? AND target_epoch = ?", [
        d.pubkey,
        a.targetEpoch
      ]);
      if (!old) {
        await x.run("INSERT INTO eth2_signed_attestations (pubkey, source_epoch, target_epoch, signing_root) VALUES (?, ?, ?, ?)", [
          d.pubkey,
          a.sourceEpoch,
          a.targetEpoch,
          a.signingRoot
        ]);
      } else if (text(old.signing_root) !== a.signingRoot || Number(old.source_epoch) !== a.sourceEpoch) {
        await x.run("UPDATE eth2_signed_attestations SET signing_root = NULL, source_epoch = ? WHERE pubkey = ? AND target_epoch = ?", [
          Math.min(Number(old.source_epoch), a.sourceEpoch),
          d.pubkey,
          a.targetEpoch
        ]);
      }
    }
  }
}
async function historyIn(d, pubkeys) {
  const vals = pubkeys ? (await Promise.all(pubkeys.map((p) => d.get("SELECT * FROM eth2_validators WHERE pubkey = ?", [p])))).filter((r) => r !== void 0) : await d.all("SELECT * FROM eth2_validators ORDER BY pubkey");
  const out = [];
  for (const v of vals) {
    const pubkey = String(v.pubkey);
    const blocks = (await d.all("SELECT slot, signing_root FROM eth2_signed_blocks WHERE pubkey = ? ORDER BY slot", [pubkey])).map((r) => ({
      slot: Number(r.slot),
      signingRoot: text(r.signing_root)
    }));
    const atts = (await d.all("SELECT source_epoch, target_epoch, signing_root FROM eth2_signed_attestations WHERE pubkey = ? ORDER BY target_epoch", [pubkey])).map((r) => ({ sourceEpoch: Number(r.source_epoch), targetEpoch: Number(r.target_epoch), signingRoot: text(r.signing_root) }));
    const slotFloor = num(v.block_slot_floor);
    if (slotFloor !== null && !blocks.some((b) => b.slot <= slotFloor)) blocks.unshift({ slot: slotFloor, signingRoot: null });
    const sFloor = num(v.att_source_floor);
    const tFloor = num(v.att_target_floor);
    if (sFloor !== null && tFloor !== null && !atts.some((a) => a.targetEpoch === tFloor)) {
      atts.unshift({ sourceEpoch: Math.min(sFloor, tFloor), targetEpoch: tFloor, signingRoot: null });
    }
    out.push({ pubkey, signedBlocks: blocks, signedAttestations: atts });
  }
  return out;
}

// src/store/slashing-record.ts
function validatorLockKey(pubkey) {
  return createHash("sha256").update(`custos-eth2-validator:${pubkey}`).digest().readBigInt64BE(0);
}
async function lockValidators(x, postgres, pubkeys) {
  if (!postgres) return;
  if (x.lock) return void await x.lock("validator", pubkeys);
  const keys = [...new Set(pubkeys.map((p) => validatorLockKey(p)))].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  for (const k of keys) await x.get("SELECT pg_advisory_xact_lock(?::bigint) AS locked", [k.toString()]);
}
function refused(v, pubkey, duty) {
  return new CustosError("E_SLASHABLE", `slashing protection refused the ${"slot" in duty ? "block" : "attestation"}: ${v.reason.replace(/_/g, " ")}`, {
    reason: v.reason,
    pubkey,
    ...duty
  });
}
var truthy = (v) => v === true || Number(v) === 1;
async function validatorFacts(x, pubkey, sql, params) {
  const row = await x.get(sql, params);
  if (!row) await ensureValidator(x, pubkey);
  return row;
}
async function recordBlockIn(x, postgres, pubkey, slot, signingRoot) {
  await lockValidators(x, postgres, [pubkey]);
  const f = await validatorFacts(
    x,
    pubkey,
    `SELECT v.block_slot_floor AS floor,
       (SELECT MIN(b.slot) FROM eth2_signed_blocks b WHERE b.pubkey = v.pubkey) AS min_slot,
       (SELECT COUNT(*) FROM eth2_signed_blocks b WHERE b.pubkey = v.pubkey AND b.slot = ?) AS same,
       (SELECT b.signing_root FROM eth2_signed_blocks b WHERE b.pubkey = v.pubkey AND b.slot = ?) AS same_root
     FROM eth2_validators v WHERE v.pubkey = ?`,
    [slot, slot, pubkey]
  );
  const verdict = checkBlock(
    {
      floor: num(f?.floor),
      minSlot: num(f?.min_slot),
      sameSlot: f && Number(f.same) > 0 ? { slot, signingRoot: text(f.same_root) } : void 0
    },
    { slot, signingRoot }
  );
  if (!verdict.ok) throw refused(verdict, pubkey, { slot });
  if (verdict.kind === "new") await x.run("INSERT INTO eth2_signed_blocks (pubkey, slot, signing_root) VALUES (?, ?, ?)", [pubkey, slot, signingRoot]);
  return verdict.kind;
}
async function recordAttestationIn(x, postgres, pubkey, sourceEpoch, targetEpoch, signingRoot) {
  await lockValidators(x, postgres, [pubkey]);
  const f = await validatorFacts(
    x,
    pubkey,
    `SELECT v.att_source_floor AS source_floor, v.att_target_floor AS target_floor,
       (SELECT MIN(a.source_epoch) FROM eth2_signed_attestations a WHERE a.pubkey = v.pubkey) AS min_source,
       (SELECT MIN(a.target_epoch) FROM eth2_signed_attestations a WHERE a.pubkey = v.pubkey) AS min_target,
       (SELECT a.source_epoch FROM eth2_signed_attestations a WHERE a.pubkey = v.pubkey AND a.target_epoch = ?) AS same_source,
       (SELECT a.signing_root FROM eth2_signed_attestations a WHERE a.pubkey = v.pubkey AND a.target_epoch = ?) AS same_root,
       CASE WHEN EXISTS (SELECT 1 FROM eth2_signed_attestations a WHERE a.pubkey = v.pubkey AND a.target_epoch > ? AND a.source_epoch < ?)
         THEN 1 ELSE 0 END AS surrounded,
       CASE WHEN EXISTS (SELECT 1 FROM eth2_signed_attestations a WHERE a.pubkey = v.pubkey AND a.target_epoch < ? AND a.source_epoch > ?)
         THEN 1 ELSE 0 END AS surrounds
     FROM eth2_validators v WHERE v.pubkey = ?`,
    [targetEpoch, targetEpoch, targetEpoch, sourceEpoch, targetEpoch, sourceEpoch, pubkey]
  );
  const verdict = checkAttestation(
    {
      sourceFloor: num(f?.source_floor),
      targetFloor: num(f?.target_floor),
      minSource: num(f?.min_source),
      minTarget: num(f?.min_target),
      // source_epoch is NOT NULL, so a value means the row exists (its signing root may be NULL: unknown).
      sameTarget: f?.same_source != null ? { sourceEpoch: Number(f.same_source), targetEpoch, signingRoot: text(f.same_root) } : void 0,
      surroundedByExisting: truthy(f?.surrounded),
      surroundsExisting: truthy(f?.surrounds)
    },
    { sourceEpoch, targetEpoch, signingRoot }
  );
  if (!verdict.ok) throw refused(verdict, pubkey, { sourceEpoch, targetEpoch });
  if (verdict.kind === "new") {
    await x.run("INSERT INTO eth2_signed_attestations (pubkey, source_epoch, target_epoch, signing_root) VALUES (?, ?, ?, ?)", [
      pubkey,
      sourceEpoch,
      targetEpoch,
      signingRoot
    ]);
  }
  return verdict.kind;
}
async function bindGenesisIn(x, root) {
  const read = () => x.get("SELECT value FROM eth2_meta WHERE name = 'genesis_validators_root'");
  let r = await read();
  if (!r) {
    await x.run("INSERT INTO eth2_meta (name, value) VALUES ('genesis_validators_root', ?) ON CONFLICT (name) DO NOTHING", [root]);
    r = await read();
  }
  if (r?.value !== root) {
    throw new CustosError("E_BAD_INPUT", "genesis_validators_root differs from the one this store protects", { field: "genesis_validators_root" });
  }
}
var Eth2Repo = class {
  constructor(x, postgres) {
    this.x = x;
    this.postgres = postgres;
  }
  x;
  postgres;
  checkAndRecordBlock(pubkey, slot, signingRoot, genesisValidatorsRoot) {
    return this.withGenesis(genesisValidatorsRoot, () => recordBlockIn(this.x, this.postgres, pubkey, slot, signingRoot));
  }
  checkAndRecordAttestation(pubkey, sourceEpoch, targetEpoch, signingRoot, genesisValidatorsRoot) {
    return this.withGenesis(genesisValidatorsRoot, () => recordAttestationIn(this.x, this.postgres, pubkey, sourceEpoch, targetEpoch, signingRoot));
  }
  /** Take the locks of `pubkeys` for the rest of the transaction (sorted; PostgreSQL only, SQLite holds its writer lock). */
  lock(pubkeys) {
    return lockValidators(this.x, this.postgres, pubkeys);
  }
  /** Merge interchange data for validators whose locks the caller took; refuses another chain's genesis root (E_BAD_INPUT). */
  async importHistory(genesisValidatorsRoot, data) {
    await bindGenesisIn(this.x, genesisValidatorsRoot);
    await mergeHistoryIn(this.x, data);
  }
  /** The histories of `pubkeys` (those with records), in this transaction. */
  history(pubkeys) {
    return historyIn(this.x, pubkeys);
  }
  /** The genesis validators root this store protects, or null before the first duty or import. */
  async genesisRoot() {
    const r = await this.x.get("SELECT value FROM eth2_meta WHERE name = 'genesis_validators_root'");
    return r ? r.value : null;
  }
  async withGenesis(root, fn) {
    if (root !== void 0) await bindGenesisIn(this.x, root);
    return fn();
  }
};

// src/store/repo-access.ts
function toPrincipal(r) {
  return {
    id: String(r.id),
    name: String(r.name),
    role: r.role,
    publicKey: String(r.public_key),
    tags: JSON.parse(String(r.tags)),
    state: r.state,
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
    mac: String(r.mac)
  };
}
function toToken(r) {
  return {
    id: String(r.id),
    principalId: String(r.principal_id),
    secretHash: String(r.secret_hash),
    expiresAt: String(r.expires_at),
    state: r.state,
    createdAt: String(r.created_at),
    mac: String(r.mac)
  };
}
function toPolicy(r) {
  return {
    version: Number(r.version),
    source: String(r.source),
    digest: String(r.digest),
    createdAt: String(r.created_at),
    createdBy: String(r.created_by),
    mac: String(r.mac)
  };
}
var AccessRepo = class {
  constructor(x) {
    this.x = x;
  }
  x;
  async insertPrincipal(p) {
    await this.x.run("INSERT INTO principals (id, name, role, public_key, tags, state, created_at, updated_at, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", [
      p.id,
      p.name,
      p.role,
      p.publicKey,
      JSON.stringify(p.tags),
      p.state,
      p.createdAt,
      p.updatedAt,
      p.mac
    ]);
  }
  async principalByName(name) {
    const r = await this.x.get("SELECT * FROM principals WHERE name = ?", [name]);
    return r && toPrincipal(r);
  }
  async principalById(id) {
    const r = await this.x.get("SELECT * FROM principals WHERE id = ?", [id]);
    return r && toPrincipal(r);
  }
  async listPrincipals() {
    return (await this.x.all("SELECT * FROM principals ORDER BY name")).map(toPrincipal);
  }
  async countActiveAdmins() {
    const r = await this.x.get("SELECT COUNT(*) AS n FROM principals WHERE role = 'admin' AND state = 'active'");
    return Number(r?.n ?? 0);
  }
  /** Write a principal's state with its new row MAC (its tokens stop working with it: auth checks the principal too). */
  async updatePrincipal(p) {
    await this.x.run("UPDATE principals SET state = ?, tags = ?, updated_at = ?, mac = ? WHERE id = ?", [
      p.state,
      JSON.stringify(p.tags),
      p.updatedAt,
      p.mac,
      p.id
    ]);
  }
  /** Compare-and-set of a principal's key (a passkey's registration): 1 when `expectedKey` was still the stored key. */
  async setPrincipalKey(p, expectedKey) {
    return (await this.x.run("UPDATE principals SET public_key = ?, updated_at = ?, mac = ? WHERE id = ? AND public_key = ?", [
      p.publicKey,
      p.updatedAt,
      p.mac,
      p.id,
      expectedKey
    ])).changes;
  }
  async insertToken(t) {
    await this.x.run("INSERT INTO tokens (id, principal_id, secret_hash, expires_at, state, created_at, mac) VALUES (?, ?, ?, ?, ?, ?, ?)", [
      t.id,
      t.principalId,
      t.secretHash,
      t.expiresAt,
      t.state,
      t.createdAt,
      t.mac
    ]);
  }
  async tokenById(id) {
    const r = await this.x.get("SELECT * FROM tokens WHERE id = ?", [id]);
    return r && toToken(r);
  }
  async listTokens(principalId) {
    const rows = principalId ? await this.x.all("SELECT * FROM tokens WHERE principal_id = ? ORDER BY created_at", [principalId]) : await this.x.all("SELECT * FROM tokens ORDER BY created_at");
    return rows.map(toToken);
  }
  async updateToken(t) {
    return (await this.x.run("UPDATE tokens SET state = ?, mac = ? WHERE id = ?", [t.state, t.mac, t.id])).changes;
  }
  /** Atomic check-and-insert: false when the nonce was seen before (a replay). */
  async useNonce(key, expiresAtMs) {
    const { changes } = await this.x.run("INSERT INTO nonces (nonce_key, expires_at) VALUES (?, ?) ON CONFLICT (nonce_key) DO NOTHING", [key, expiresAtMs]);
    return changes === 1;
  }
  async purgeNonces(nowMs) {
    return (await this.x.run("DELETE FROM nonces WHERE expires_at < ?", [nowMs])).changes;
  }
  async insertPolicy(p) {
    await this.x.run("INSERT INTO policies (version, source, digest, created_at, created_by, mac) VALUES (?, ?, ?, ?, ?, ?)", [
      p.version,
      p.source,
      p.digest,
      p.createdAt,
      p.createdBy,
      p.mac
    ]);
  }
  async currentPolicy() {
    const r = await this.x.get("SELECT * FROM policies ORDER BY version DESC LIMIT 1");
    return r && toPolicy(r);
  }
  async policyHistory() {
    return (await this.x.all("SELECT * FROM policies ORDER BY version")).map(toPolicy);
  }
  async listValues(list) {
    return (await this.x.all("SELECT value FROM list_entries WHERE list = ? ORDER BY value", [list])).map((r) => r.value);
  }
  async allLists() {
    const out = {};
    for (const r of await this.x.all("SELECT list, value FROM list_entries ORDER BY list, value"))
      (out[r.list] ??= []).push(r.value);
    return out;
  }
  async setList(list, values) {
    await this.x.run("DELETE FROM list_entries WHERE list = ?", [list]);
    for (const v of new Set(values)) await this.x.run("INSERT INTO list_entries (list, value) VALUES (?, ?)", [list, v]);
  }
};

// src/store/repo-threshold.ts
var toRow = (r) => ({
  kind: String(r.kind),
  id: String(r.id),
  state: String(r.state),
  data: r.data instanceof Uint8Array ? Uint8Array.from(r.data) : new Uint8Array(),
  updatedAt: String(r.updated_at)
});
var ThresholdRepo = class {
  constructor(x) {
    this.x = x;
  }
  x;
  async get(kind, id) {
    const r = await this.x.get("SELECT * FROM threshold_state WHERE kind = ? AND id = ?", [kind, id]);
    return r ? toRow(r) : void 0;
  }
  async list(kind) {
    return (await this.x.all("SELECT * FROM threshold_state WHERE kind = ? ORDER BY id", [kind])).map(toRow);
  }
  /** Insert or replace one record. */
  async put(r) {
    await this.x.run(
      "INSERT INTO threshold_state (kind, id, state, data, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind, id) DO UPDATE SET state = excluded.state, data = excluded.data, updated_at = excluded.updated_at",
      [r.kind, r.id, r.state, r.data, r.updatedAt]
    );
  }
  /** Insert only if absent; false when a record with this kind and id exists. */
  async insert(r) {
    const { changes } = await this.x.run(
      "INSERT INTO threshold_state (kind, id, state, data, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (kind, id) DO NOTHING",
      [r.kind, r.id, r.state, r.data, r.updatedAt]
    );
    return changes === 1;
  }
  /** Delete one record; true when it existed (the compare-and-delete that consumes a nonce). */
  async delete(kind, id) {
    const { changes } = await this.x.run("DELETE FROM threshold_state WHERE kind = ? AND id = ?", [kind, id]);
    return changes === 1;
  }
  /**
   * A cheap fingerprint of governance state (policy version, principals,
   * lists, governance proofs): when it is unchanged, so is what parties copy.
   */
  async govStamp() {
    const r = await this.x.get(
      `SELECT (SELECT COALESCE(MAX(version), 0) FROM policies) AS p,
              (SELECT COUNT(*) FROM principals) AS n,
              (SELECT COALESCE(MAX(updated_at), '') FROM principals) AS u,
              (SELECT COUNT(*) FROM list_entries) AS l,
              (SELECT COUNT(*) FROM threshold_state WHERE kind IN ('gov-proof', 'party')) AS g,
              (SELECT COALESCE(MAX(updated_at), '') FROM threshold_state WHERE kind IN ('gov-proof', 'party')) AS gu`
    );
    return JSON.stringify(r ?? {});
  }
  async deleteOlderThan(kind, updatedBefore) {
    return (await this.x.run("DELETE FROM threshold_state WHERE kind = ? AND updated_at < ?", [kind, updatedBefore])).changes;
  }
};

// src/store/repo-risk.ts
var MAX_LOOKUP_VALUES = 16;
var RiskRepo = class {
  constructor(x) {
    this.x = x;
  }
  x;
  /** The baselines of a key and a principal, with the seen counts of `values` ([kind, value]). */
  async baselines(key, principal, values) {
    const subjects = [key, principal];
    const where = "((scope = 'key' AND subject = ?) OR (scope = 'principal' AND subject = ?))";
    const lookup = values.slice(0, MAX_LOOKUP_VALUES);
    const [profiles, bins, seen] = await Promise.all([
      this.x.all(`SELECT scope, n, first_ms, last_ms FROM risk_profiles WHERE ${where}`, subjects),
      this.x.all(`SELECT scope, kind, bin, count FROM risk_bins WHERE ${where}`, subjects),
      lookup.length ? this.x.all(`SELECT scope, kind, value, count FROM risk_seen WHERE ${where} AND (${lookup.map(() => "(kind = ? AND value = ?)").join(" OR ")})`, [
        ...subjects,
        ...lookup.flat()
      ]) : Promise.resolve([])
    ]);
    const out = {
      key: { n: 0, firstMs: 0, lastMs: 0, bins: {}, seen: {} },
      principal: { n: 0, firstMs: 0, lastMs: 0, bins: {}, seen: {} }
    };
    for (const r of profiles) Object.assign(out[r.scope], { n: Number(r.n), firstMs: Number(r.first_ms), lastMs: Number(r.last_ms) });
    for (const r of bins) (out[r.scope].bins[String(r.kind)] ??= {})[Number(r.bin)] = Number(r.count);
    for (const r of seen) out[r.scope].seen[`${String(r.kind)}:${String(r.value)}`] = Number(r.count);
    return out;
  }
  /**
   * Add one request to a subject's baseline, in the caller's transaction.
   * A value not yet remembered is added only while the subject holds fewer
   * than `cap` values of its kind (`seenIndex` numbers the kinds for the
   * size counters).
   */
  async learn(scope, subject, l, cap, seenIndex) {
    await this.x.run(
      "INSERT INTO risk_profiles (scope, subject, n, first_ms, last_ms) VALUES (?, ?, 1, ?, ?) ON CONFLICT (scope, subject) DO UPDATE SET n = risk_profiles.n + 1, first_ms = CASE WHEN excluded.first_ms < risk_profiles.first_ms THEN excluded.first_ms ELSE risk_profiles.first_ms END, last_ms = CASE WHEN excluded.last_ms > risk_profiles.last_ms THEN excluded.last_ms ELSE risk_profiles.last_ms END",
      [scope, subject, l.atMs, l.atMs]
    );
    await this.bin(scope, subject, "amount", l.amountBin, 1);
    await this.bin(scope, subject, "hour", l.hour, 1);
    for (const [kind, value] of l.seen) {
      const { changes } = await this.x.run("UPDATE risk_seen SET count = count + 1 WHERE scope = ? AND subject = ? AND kind = ? AND value = ?", [
        scope,
        subject,
        kind,
        value
      ]);
      if (changes === 1) continue;
      const idx = seenIndex[kind] ?? 0;
      const size = await this.x.get("SELECT count FROM risk_bins WHERE scope = ? AND subject = ? AND kind = 'seen-size' AND bin = ?", [
        scope,
        subject,
        idx
      ]);
      if (Number(size?.count ?? 0) >= cap) continue;
      const ins = await this.x.run(
        "INSERT INTO risk_seen (scope, subject, kind, value, count) VALUES (?, ?, ?, ?, 1) ON CONFLICT (scope, subject, kind, value) DO NOTHING",
        [scope, subject, kind, value]
      );
      if (ins.changes === 1) await this.bin(scope, subject, "seen-size", idx, 1);
      else await this.x.run("UPDATE risk_seen SET count = count + 1 WHERE scope = ? AND subject = ? AND kind = ? AND value = ?", [scope, subject, kind, value]);
    }
  }
  async bin(scope, subject, kind, bin, add) {
    await this.x.run(
      "INSERT INTO risk_bins (scope, subject, kind, bin, count) VALUES (?, ?, ?, ?, ?) ON CONFLICT (scope, subject, kind, bin) DO UPDATE SET count = risk_bins.count + excluded.count",
      [scope, subject, kind, bin, add]
    );
  }
  /** Forget every baseline (before a rebuild from history, in the same transaction). */
  async clear() {
    for (const t of ["risk_profiles", "risk_bins", "risk_seen"]) await this.x.run(`DELETE FROM ${t}`);
  }
  /** Ids of signed signing requests in the order they were signed, a page at a time (for a rebuild). */
  async signedPage(after, limit) {
    const rows = await this.x.all(
      `SELECT id, signed_at FROM requests WHERE kind = 'sign' AND status = 'signed' AND signed_at IS NOT NULL
       ${after ? "AND (signed_at > ? OR (signed_at = ? AND id > ?))" : ""} ORDER BY signed_at, id LIMIT ?`,
      after ? [after.signedAt, after.signedAt, after.id, limit] : [limit]
    );
    return rows.map((r) => ({ id: String(r.id), signedAt: String(r.signed_at) }));
  }
  /** Record a freeze (the first one of a subject stays; true when this call made it). */
  async freeze(f) {
    const { changes } = await this.x.run(
      "INSERT INTO risk_freezes (scope, subject, rule, request_id, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (scope, subject) DO NOTHING",
      [f.scope, f.subject, f.rule, f.requestId, f.createdAt]
    );
    return changes === 1;
  }
  async frozen(scope, subject) {
    const r = await this.x.get("SELECT * FROM risk_freezes WHERE scope = ? AND subject = ?", [scope, subject]);
    return r && { scope: r.scope, subject: String(r.subject), rule: String(r.rule), requestId: String(r.request_id), createdAt: String(r.created_at) };
  }
  /** Lift a freeze; false when there was none. */
  async unfreeze(scope, subject) {
    return (await this.x.run("DELETE FROM risk_freezes WHERE scope = ? AND subject = ?", [scope, subject])).changes === 1;
  }
  async freezes() {
    return (await this.x.all("SELECT * FROM risk_freezes ORDER BY created_at")).map((r) => ({
      scope: r.scope,
      subject: String(r.subject),
      rule: String(r.rule),
      requestId: String(r.request_id),
      createdAt: String(r.created_at)
    }));
  }
};

// src/store/repo-webhooks.ts
function toWebhook(r) {
  return {
    id: String(r.id),
    name: String(r.name),
    url: String(r.url),
    events: JSON.parse(String(r.events)),
    secretEpoch: Number(r.secret_epoch),
    createdAt: String(r.created_at),
    createdBy: String(r.created_by),
    mac: String(r.mac)
  };
}
var numOrNull = (v) => v == null ? null : Number(v);
var strOrNull = (v) => v == null ? null : String(v);
function toDelivery(r) {
  return {
    id: String(r.id),
    webhookId: String(r.webhook_id),
    event: String(r.event),
    payload: String(r.payload),
    status: r.status,
    attempts: Number(r.attempts),
    nextAt: Number(r.next_at),
    leaseUntil: numOrNull(r.lease_until),
    leaseOwner: strOrNull(r.lease_owner),
    lastError: strOrNull(r.last_error),
    lastStatus: numOrNull(r.last_status),
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
    deliveredAt: strOrNull(r.delivered_at),
    mac: String(r.mac)
  };
}
var WebhookRepo = class {
  constructor(x) {
    this.x = x;
  }
  x;
  async insert(w) {
    await this.x.run("INSERT INTO webhooks (id, name, url, events, secret_epoch, created_at, created_by, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
      w.id,
      w.name,
      w.url,
      JSON.stringify(w.events),
      w.secretEpoch,
      w.createdAt,
      w.createdBy,
      w.mac
    ]);
  }
  async byName(name) {
    const r = await this.x.get("SELECT * FROM webhooks WHERE name = ?", [name]);
    return r && toWebhook(r);
  }
  async byId(id) {
    const r = await this.x.get("SELECT * FROM webhooks WHERE id = ?", [id]);
    return r && toWebhook(r);
  }
  async list() {
    return (await this.x.all("SELECT * FROM webhooks ORDER BY name")).map(toWebhook);
  }
  /** Delete an endpoint; its deliveries still pending become failed (nothing is sent to a removed endpoint). */
  async remove(id, at) {
    const { changes } = await this.x.run(
      "UPDATE webhook_deliveries SET status = 'failed', last_error = 'webhook removed', lease_until = NULL, lease_owner = NULL, updated_at = ? WHERE webhook_id = ? AND status = 'pending'",
      [at, id]
    );
    await this.x.run("DELETE FROM webhooks WHERE id = ?", [id]);
    return changes;
  }
  // ---- the outbox ------------------------------------------------------------
  async enqueue(d) {
    await this.x.run(
      `INSERT INTO webhook_deliveries (id, webhook_id, event, payload, status, attempts, next_at, lease_until, lease_owner, last_error, last_status, created_at, updated_at, delivered_at, mac)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        d.id,
        d.webhookId,
        d.event,
        d.payload,
        d.status,
        d.attempts,
        d.nextAt,
        d.leaseUntil,
        d.leaseOwner,
        d.lastError,
        d.lastStatus,
        d.createdAt,
        d.updatedAt,
        d.deliveredAt,
        d.mac
      ]
    );
  }
  async delivery(id) {
    const r = await this.x.get("SELECT * FROM webhook_deliveries WHERE id = ?", [id]);
    return r && toDelivery(r);
  }
  /** Newest first. */
  async deliveries(f) {
    const where = [];
    const params = [];
    if (f.status) where.push("status = ?"), params.push(f.status);
    if (f.webhookId) where.push("webhook_id = ?"), params.push(f.webhookId);
    const sql = `SELECT * FROM webhook_deliveries ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY created_at DESC, id LIMIT ?`;
    return (await this.x.all(sql, [...params, f.limit])).map(toDelivery);
  }
  /**
   * Claim up to `limit` due deliveries for `owner` until `leaseUntil`: each
   * is taken by a conditional UPDATE that succeeds only while nobody holds a
   * live lease, so two workers (two servers on one PostgreSQL) never hold
   * the same delivery at once. Returns the claimed rows.
   */
  async claimDue(owner, nowMs, leaseUntil, limit) {
    const due = await this.x.all(
      "SELECT id FROM webhook_deliveries WHERE status = 'pending' AND next_at <= ? AND (lease_until IS NULL OR lease_until <= ?) ORDER BY next_at, id LIMIT ?",
      [nowMs, nowMs, limit]
    );
    const claimed = [];
    for (const { id } of due) {
      const { changes } = await this.x.run(
        "UPDATE webhook_deliveries SET lease_until = ?, lease_owner = ? WHERE id = ? AND status = 'pending' AND next_at <= ? AND (lease_until IS NULL OR lease_until <= ?)",
        [leaseUntil, owner, String(id), nowMs, nowMs]
      );
      if (changes !== 1) continue;
      const d = await this.delivery(String(id));
      if (d) claimed.push(d);
    }
    return claimed;
  }
  /** Record an attempt's outcome and release the lease; only the lease holder may (false when the lease was lost). */
  async finish(id, owner, o) {
    const { changes } = await this.x.run(
      `UPDATE webhook_deliveries SET status = ?, attempts = ?, next_at = ?, last_error = ?, last_status = ?, updated_at = ?, delivered_at = ?, lease_until = NULL, lease_owner = NULL
       WHERE id = ? AND lease_owner = ? AND status = 'pending'`,
      [o.status, o.attempts, o.nextAt, o.lastError, o.lastStatus, o.at, o.status === "delivered" ? o.at : null, id, owner]
    );
    return changes === 1;
  }
  /** Delete finished deliveries (delivered or failed) last updated before `beforeIso`; returns how many. */
  async prune(beforeIso) {
    const { changes } = await this.x.run("DELETE FROM webhook_deliveries WHERE status IN ('delivered', 'failed') AND updated_at < ?", [beforeIso]);
    return changes;
  }
  /** Counts by status (metrics, status output). */
  async counts() {
    const rows = await this.x.all("SELECT status, COUNT(*) AS n FROM webhook_deliveries GROUP BY status");
    const out = { pending: 0, delivered: 0, failed: 0 };
    for (const r of rows) out[r.status] = Number(r.n);
    return out;
  }
};

// src/store/repo-schedules.ts
var strOrNull2 = (v) => v == null ? null : String(v);
function toSchedule(r) {
  return {
    id: String(r.id),
    action: String(r.action),
    target: String(r.target),
    everyMs: Number(r.every_ms),
    nextAt: Number(r.next_at),
    runs: Number(r.runs),
    lastAt: strOrNull2(r.last_at),
    lastError: strOrNull2(r.last_error),
    createdBy: String(r.created_by),
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
    mac: String(r.mac)
  };
}
var ScheduleRepo = class {
  constructor(x) {
    this.x = x;
  }
  x;
  async get(id) {
    const r = await this.x.get("SELECT * FROM schedules WHERE id = ?", [id]);
    return r ? toSchedule(r) : void 0;
  }
  async list() {
    return (await this.x.all("SELECT * FROM schedules ORDER BY id")).map(toSchedule);
  }
  /** Schedules whose time has come, soonest first. */
  async due(nowMs, limit) {
    return (await this.x.all("SELECT * FROM schedules WHERE next_at <= ? ORDER BY next_at, id LIMIT ?", [nowMs, limit])).map(toSchedule);
  }
  /** Insert or replace a schedule (its interval and next run). */
  async put(s) {
    await this.x.run("DELETE FROM schedules WHERE id = ?", [s.id]);
    await this.x.run(
      `INSERT INTO schedules (id, action, target, every_ms, next_at, runs, last_at, last_error, created_by, created_at, updated_at, mac)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [s.id, s.action, s.target, s.everyMs, s.nextAt, s.runs, s.lastAt, s.lastError, s.createdBy, s.createdAt, s.updatedAt, s.mac]
    );
  }
  async delete(id) {
    return (await this.x.run("DELETE FROM schedules WHERE id = ?", [id])).changes > 0;
  }
  /** Move a schedule to its next slot if it is still at `fromNextAt`: true for the one caller that wins the slot. */
  async claim(next, fromNextAt) {
    const r = await this.x.run(
      "UPDATE schedules SET next_at = ?, runs = ?, last_at = ?, last_error = ?, updated_at = ?, mac = ? WHERE id = ? AND next_at = ?",
      [next.nextAt, next.runs, next.lastAt, next.lastError, next.updatedAt, next.mac, next.id, fromNextAt]
    );
    return r.changes === 1;
  }
};

// src/store/repo-sessions.ts
function toSession(r) {
  return {
    id: String(r.id),
    principalId: String(r.principal_id),
    publicKey: String(r.public_key),
    expiresAt: String(r.expires_at),
    state: r.state,
    createdAt: String(r.created_at),
    mac: String(r.mac)
  };
}
var SessionRepo = class {
  constructor(x) {
    this.x = x;
  }
  x;
  async insert(s) {
    await this.x.run("INSERT INTO sessions (id, principal_id, public_key, expires_at, state, created_at, mac) VALUES (?, ?, ?, ?, ?, ?, ?)", [
      s.id,
      s.principalId,
      s.publicKey,
      s.expiresAt,
      s.state,
      s.createdAt,
      s.mac
    ]);
  }
  async get(id) {
    const r = await this.x.get("SELECT * FROM sessions WHERE id = ?", [id]);
    return r ? toSession(r) : void 0;
  }
  /** Sessions not yet expired at `nowIso` (ISO strings sort as times), of one principal or all. */
  async listLive(nowIso, principalId) {
    const rows = principalId ? await this.x.all("SELECT * FROM sessions WHERE principal_id = ? AND state = 'active' AND expires_at > ? ORDER BY created_at", [
      principalId,
      nowIso
    ]) : await this.x.all("SELECT * FROM sessions WHERE state = 'active' AND expires_at > ? ORDER BY created_at", [nowIso]);
    return rows.map(toSession);
  }
  /** active -> revoked with its new MAC: 1 when it was active. */
  async revoke(s) {
    return (await this.x.run("UPDATE sessions SET state = ?, mac = ? WHERE id = ? AND state = 'active'", [s.state, s.mac, s.id])).changes;
  }
  /** Drop rows expired before `nowIso` (they verify nothing any more). */
  async purge(nowIso) {
    return (await this.x.run("DELETE FROM sessions WHERE expires_at < ?", [nowIso])).changes;
  }
};

// src/store/repo.ts
var bytes = (v) => v instanceof Uint8Array ? Uint8Array.from(v) : new Uint8Array();
var bytesOrNull = (v) => v == null ? null : bytes(v);
function toIndexed(r) {
  return { index: { address: String(r.idx_address), keyId: String(r.id), version: Number(r.idx_version), mac: String(r.idx_mac) }, key: toKey(r) };
}
function toKey(r) {
  return {
    id: String(r.id),
    name: String(r.name),
    algorithm: String(r.algorithm),
    custody: r.custody,
    state: r.state,
    exportable: Number(r.exportable) === 1,
    allowRaw: Number(r.allow_raw) === 1,
    tags: JSON.parse(String(r.tags)),
    origin: r.origin,
    currentVersion: Number(r.current_version),
    dataKeyId: r.data_key_id == null ? null : String(r.data_key_id),
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
    mac: String(r.mac)
  };
}
function toVersion(r) {
  return {
    keyId: String(r.key_id),
    version: Number(r.version),
    publicKey: bytes(r.public_key),
    ciphertext: bytesOrNull(r.ciphertext),
    createdAt: String(r.created_at)
  };
}
function toWallet(r) {
  return {
    id: String(r.id),
    name: String(r.name),
    state: r.state,
    origin: r.origin,
    allowRaw: Number(r.allow_raw) === 1,
    dataKeyId: r.data_key_id == null ? null : String(r.data_key_id),
    ciphertext: bytesOrNull(r.ciphertext),
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
    mac: String(r.mac)
  };
}
function toEvent(r) {
  return {
    seq: Number(r.seq),
    ts: String(r.ts),
    actor: String(r.actor),
    action: String(r.action),
    subject: String(r.subject),
    details: String(r.details),
    prevHash: String(r.prev_hash),
    hash: String(r.hash)
  };
}
function toCheckpoint(r) {
  return { seq: Number(r.seq), hash: String(r.hash), ts: String(r.ts), signature: String(r.signature) };
}
var Repo = class {
  /**
   * @param fine a fine transaction (driver.ts `TransactionOptions.fine`): audit events are appended at its end
   *   (`defersAudit`), under the audit-head lock.
   */
  constructor(x, dialect, onEvent, defersAudit = false) {
    this.x = x;
    this.onEvent = onEvent;
    this.defersAudit = defersAudit;
    this.rows = defersAudit ? /* @__PURE__ */ new Map() : void 0;
    this.webhooks = new WebhookRepo(x);
    this.schedules = new ScheduleRepo(x);
    this.sessions = new SessionRepo(x);
    this.eth2 = new Eth2Repo(x, dialect === "postgres");
    this.access = new AccessRepo(x);
    this.requests = new RequestRepo(x);
    this.threshold = new ThresholdRepo(x);
    this.risk = new RiskRepo(x);
  }
  x;
  onEvent;
  defersAudit;
  /** Principals, tokens, nonces, policies and lists. */
  access;
  /** Signing and admin requests, approvals, velocity. */
  requests;
  /** Threshold custody records (sealed by src/threshold/vault.ts). */
  threshold;
  /** Risk baselines and freezes (src/risk/ scores from them). */
  risk;
  /** Webhook endpoints and the delivery outbox (src/notify/). */
  webhooks;
  /** Timers for key rotation (src/keystore/schedules.ts). */
  schedules;
  /** Console sessions bound to passkey logins (src/access/passkeys.ts). */
  sessions;
  /** eth2 slashing protection inside this transaction (EIP-3076 check-and-record). */
  eth2;
  /**
   * Fine transactions only: key, key-version and data-key rows already read in this transaction, by
   * 'k:' name / 'v:' id:version / 'd:' id (a signing request reads its key several times). Emptied by
   * every write to those tables here and by every lock taken on PostgreSQL (another transaction may
   * have changed a row before its lock was ours); copies are handed out.
   */
  rows;
  /** Work to run at the end of the transaction, before it commits (the audit append of a fine transaction). */
  finishers = [];
  // ---- fine locks (decision 0028) ---------------------------------------------
  /**
   * Hold the locks of `names` in `scope` for the rest of the transaction
   * (PostgreSQL fine transactions; elsewhere nothing else writes meanwhile),
   * in the order of `LockScope`. Call before the reads a check decides on.
   */
  async lock(scope, names) {
    if (!this.x.lock) return;
    this.rows?.clear();
    await this.x.lock(scope, names);
  }
  async cached(id, read, copy) {
    if (!this.rows) return read();
    if (!this.rows.has(id)) this.rows.set(id, await read());
    const r = this.rows.get(id);
    return r && copy(r);
  }
  changed() {
    this.rows?.clear();
  }
  /** Run `fn` at the end of this transaction, before its commit, in registration order (Store.tx calls `finish`). */
  atEnd(fn) {
    this.finishers.push(fn);
  }
  /** Run the work registered with `atEnd` (once). */
  async finish() {
    while (this.finishers.length) await this.finishers.shift()();
  }
  // ---- meta ----------------------------------------------------------------
  async getMeta(name) {
    const r = await this.x.get("SELECT value FROM meta WHERE name = ?", [name]);
    return r?.value;
  }
  async setMeta(name, value) {
    const { changes } = await this.x.run("UPDATE meta SET value = ? WHERE name = ?", [value, name]);
    if (changes === 0) await this.x.run("INSERT INTO meta (name, value) VALUES (?, ?)", [name, value]);
  }
  // ---- data keys -----------------------------------------------------------
  async insertDataKey(d) {
    this.changed();
    await this.x.run("INSERT INTO data_keys (id, wrapped, root_version, created_at) VALUES (?, ?, ?, ?)", [d.id, d.wrapped, d.rootVersion, d.createdAt]);
  }
  async getDataKey(id) {
    return this.cached(
      `d:${id}`,
      async () => {
        const r = await this.x.get("SELECT * FROM data_keys WHERE id = ?", [id]);
        return r && { id: String(r.id), wrapped: bytes(r.wrapped), rootVersion: Number(r.root_version), createdAt: String(r.created_at) };
      },
      (d) => ({ ...d, wrapped: Uint8Array.from(d.wrapped) })
    );
  }
  async listDataKeys() {
    const rows = await this.x.all("SELECT * FROM data_keys ORDER BY id");
    return rows.map((r) => ({ id: String(r.id), wrapped: bytes(r.wrapped), rootVersion: Number(r.root_version), createdAt: String(r.created_at) }));
  }
  async rewrapDataKey(id, wrapped, rootVersion) {
    this.changed();
    await this.x.run("UPDATE data_keys SET wrapped = ?, root_version = ? WHERE id = ?", [wrapped, rootVersion, id]);
  }
  async deleteDataKey(id) {
    this.changed();
    await this.x.run("DELETE FROM data_keys WHERE id = ?", [id]);
  }
  // ---- keys ----------------------------------------------------------------
  async insertKey(k) {
    this.changed();
    await this.x.run(
      `INSERT INTO keys (id, name, algorithm, custody, state, exportable, allow_raw, tags, origin, current_version, data_key_id, created_at, updated_at, mac)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        k.id,
        k.name,
        k.algorithm,
        k.custody,
        k.state,
        k.exportable ? 1 : 0,
        k.allowRaw ? 1 : 0,
        JSON.stringify(k.tags),
        k.origin,
        k.currentVersion,
        k.dataKeyId,
        k.createdAt,
        k.updatedAt,
        k.mac
      ]
    );
  }
  async getKeyByName(name) {
    return this.cached(
      `k:${name}`,
      async () => {
        const r = await this.x.get("SELECT * FROM keys WHERE name = ?", [name]);
        return r && toKey(r);
      },
      (k) => ({ ...k, tags: { ...k.tags } })
    );
  }
  async listKeys() {
    return (await this.x.all("SELECT * FROM keys ORDER BY name")).map(toKey);
  }
  /** Write a key's mutable fields (state, version, data key, raw usage, tags) with its new row MAC. */
  async updateKey(k) {
    this.changed();
    await this.x.run("UPDATE keys SET state = ?, current_version = ?, data_key_id = ?, allow_raw = ?, tags = ?, updated_at = ?, mac = ? WHERE id = ?", [
      k.state,
      k.currentVersion,
      k.dataKeyId,
      k.allowRaw ? 1 : 0,
      JSON.stringify(k.tags),
      k.updatedAt,
      k.mac,
      k.id
    ]);
  }
  /** Crypto-shred support: drop every ciphertext of a key (public keys stay for verification). */
  async wipeKeyVersions(id) {
    this.changed();
    await this.x.run("UPDATE key_versions SET ciphertext = NULL WHERE key_id = ?", [id]);
  }
  // ---- address index (maintained by keystore/key-records.ts) ----------------
  /** Replace a key's index rows with `rows` (its current version's addresses). */
  async setKeyAddresses(keyId, rows) {
    await this.x.run("DELETE FROM key_addresses WHERE key_id = ?", [keyId]);
    for (const r of rows)
      await this.x.run("INSERT INTO key_addresses (address, key_id, version, mac) VALUES (?, ?, ?, ?)", [r.address, r.keyId, r.version, r.mac]);
  }
  /**
   * The index rows of a locator (an address or a BLS public key, lowercase), each with its key's
   * record: one indexed read, whatever the number of keys.
   */
  async keysByAddress(address) {
    const rows = await this.x.all(
      "SELECT k.*, a.address AS idx_address, a.version AS idx_version, a.mac AS idx_mac FROM key_addresses a JOIN keys k ON k.id = a.key_id WHERE a.address = ? ORDER BY k.name",
      [address]
    );
    return rows.map(toIndexed);
  }
  /** Every index row of keys of one algorithm, with its key's record (the eth2 listener's publicKeys: one read). */
  async indexedKeys(algorithm) {
    const rows = await this.x.all(
      "SELECT k.*, a.address AS idx_address, a.version AS idx_version, a.mac AS idx_mac FROM key_addresses a JOIN keys k ON k.id = a.key_id WHERE k.algorithm = ? ORDER BY k.name",
      [algorithm]
    );
    return rows.map(toIndexed);
  }
  async insertKeyVersion(v) {
    this.changed();
    await this.x.run("INSERT INTO key_versions (key_id, version, public_key, ciphertext, created_at) VALUES (?, ?, ?, ?, ?)", [
      v.keyId,
      v.version,
      v.publicKey,
      v.ciphertext,
      v.createdAt
    ]);
  }
  async listKeyVersions(keyId) {
    return (await this.x.all("SELECT * FROM key_versions WHERE key_id = ? ORDER BY version", [keyId])).map(toVersion);
  }
  async getKeyVersion(keyId, version) {
    return this.cached(
      `v:${keyId}:${version}`,
      async () => {
        const r = await this.x.get("SELECT * FROM key_versions WHERE key_id = ? AND version = ?", [keyId, version]);
        return r && toVersion(r);
      },
      (v) => ({ ...v, publicKey: Uint8Array.from(v.publicKey), ciphertext: v.ciphertext && Uint8Array.from(v.ciphertext) })
    );
  }
  // ---- wallets -------------------------------------------------------------
  async insertWallet(w) {
    await this.x.run(
      "INSERT INTO wallets (id, name, state, origin, allow_raw, data_key_id, ciphertext, created_at, updated_at, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      [w.id, w.name, w.state, w.origin, w.allowRaw ? 1 : 0, w.dataKeyId, w.ciphertext, w.createdAt, w.updatedAt, w.mac]
    );
  }
  async getWalletByName(name) {
    const r = await this.x.get("SELECT * FROM wallets WHERE name = ?", [name]);
    return r && toWallet(r);
  }
  async listWallets() {
    return (await this.x.all("SELECT * FROM wallets ORDER BY name")).map(toWallet);
  }
  /** Write a wallet's raw-signing usage with its new row MAC. */
  async updateWalletUsage(w) {
    await this.x.run("UPDATE wallets SET allow_raw = ?, updated_at = ?, mac = ? WHERE id = ?", [w.allowRaw ? 1 : 0, w.updatedAt, w.mac, w.id]);
  }
  /** Crypto-shred a wallet: state destroyed, no data key, no ciphertext, new row MAC. */
  async shredWallet(w) {
    await this.x.run("UPDATE wallets SET state = 'destroyed', data_key_id = NULL, ciphertext = NULL, updated_at = ?, mac = ? WHERE id = ?", [
      w.updatedAt,
      w.mac,
      w.id
    ]);
  }
  // ---- audit ---------------------------------------------------------------
  async lastEvent() {
    const r = await this.x.get("SELECT * FROM audit_events ORDER BY seq DESC LIMIT 1");
    return r && toEvent(r);
  }
  /** The audit head read after taking the audit-head lock, in one round trip (a fine transaction's append). */
  async lockedLastEvent() {
    const sql = "SELECT * FROM audit_events ORDER BY seq DESC LIMIT 1";
    const r = this.x.lock ? (await this.x.lock("audit", ["head"], sql))[0] : await this.x.get(sql);
    return r && toEvent(r);
  }
  /** Insert consecutive events in one statement, then tell the hook of each in order. */
  async insertEvents(events) {
    for (let i = 0; i < events.length; i += 100) {
      const chunk = events.slice(i, i + 100);
      await this.x.run(
        `INSERT INTO audit_events (seq, ts, actor, action, subject, details, prev_hash, hash) VALUES ${chunk.map(() => "(?, ?, ?, ?, ?, ?, ?, ?)").join(", ")}`,
        chunk.flatMap((e) => [e.seq, e.ts, e.actor, e.action, e.subject, e.details, e.prevHash, e.hash])
      );
    }
    if (this.onEvent) for (const e of events) await this.onEvent(this, e);
  }
  async insertEvent(e) {
    await this.x.run("INSERT INTO audit_events (seq, ts, actor, action, subject, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
      e.seq,
      e.ts,
      e.actor,
      e.action,
      e.subject,
      e.details,
      e.prevHash,
      e.hash
    ]);
    if (this.onEvent) await this.onEvent(this, e);
  }
  /** Events with seq > afterSeq, in order, at most `limit`. */
  async listEvents(afterSeq, limit) {
    return (await this.x.all("SELECT * FROM audit_events WHERE seq > ? ORDER BY seq LIMIT ?", [afterSeq, limit])).map(toEvent);
  }
  async insertCheckpoint(c) {
    await this.x.run("INSERT INTO audit_checkpoints (seq, hash, ts, signature) VALUES (?, ?, ?, ?)", [c.seq, c.hash, c.ts, c.signature]);
  }
  async lastCheckpoint() {
    const r = await this.x.get("SELECT * FROM audit_checkpoints ORDER BY seq DESC LIMIT 1");
    return r && toCheckpoint(r);
  }
  async listCheckpoints() {
    return (await this.x.all("SELECT * FROM audit_checkpoints ORDER BY seq")).map(toCheckpoint);
  }
};

// src/store/sqlite.ts
import { chmodSync, closeSync, openSync, statSync } from "node:fs";
import Database from "better-sqlite3";
function storeError(e) {
  if (e instanceof CustosError) return e;
  const code = e.code ?? "unknown";
  return new CustosError("E_STORE", `storage error (${code})`, { backend: "sqlite", sqliteCode: code }, { cause: e });
}
function bind(params) {
  return (params ?? []).map((p) => p instanceof Uint8Array && !Buffer.isBuffer(p) ? Buffer.from(p.buffer, p.byteOffset, p.byteLength) : p);
}
var FILE_SUFFIXES = ["", "-wal", "-shm"];
function createPrivate(path) {
  try {
    closeSync(openSync(path, "wx", 384));
  } catch {
  }
}
function restrictModes(path) {
  for (const suffix of FILE_SUFFIXES) {
    const file = `${path}${suffix}`;
    let mode;
    try {
      mode = statSync(file).mode;
    } catch {
      continue;
    }
    if ((mode & 63) === 0) continue;
    try {
      chmodSync(file, mode & 448);
    } catch (e) {
      throw new CustosError(
        "E_STORE",
        `cannot restrict the permissions of the SQLite file ${file} to its owner (${e.code ?? "error"})`,
        { backend: "sqlite" },
        { cause: e }
      );
    }
  }
}
var SqliteExecutor = class {
  constructor(db) {
    this.db = db;
  }
  db;
  /** Prepared statements by SQL text (repositories use a small fixed set). */
  statements = /* @__PURE__ */ new Map();
  prepare(sql) {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      if (this.statements.size < 500) this.statements.set(sql, st);
    }
    return st;
  }
  async all(sql, params) {
    try {
      return this.prepare(sql).all(...bind(params));
    } catch (e) {
      throw storeError(e);
    }
  }
  async get(sql, params) {
    try {
      return this.prepare(sql).get(...bind(params));
    } catch (e) {
      throw storeError(e);
    }
  }
  async run(sql, params) {
    try {
      const r = this.prepare(sql).run(...bind(params));
      return { changes: r.changes };
    } catch (e) {
      throw storeError(e);
    }
  }
};
var MAX_BATCH = 128;
var SqliteDriver = class {
  dialect = "sqlite";
  location;
  db;
  exec_;
  queue = [];
  draining = false;
  /** Counters (tests and benchmarks): transactions run and COMMITs (fsyncs) made. */
  stats = { transactions: 0, commits: 0 };
  control;
  constructor(path, opts = {}) {
    this.location = `sqlite:${path}`;
    const file = !opts.readonly && path !== "" && path !== ":memory:" && !path.startsWith("file:");
    if (file) createPrivate(path);
    let db;
    try {
      db = new Database(path, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
      db.pragma("busy_timeout = 5000");
      if (!opts.readonly) {
        db.pragma("journal_mode = WAL");
        db.pragma("synchronous = FULL");
      }
      db.pragma("foreign_keys = ON");
      db.pragma("secure_delete = ON");
      if (file) restrictModes(path);
      this.control = {
        savepoint: db.prepare("SAVEPOINT custos_tx"),
        release: db.prepare("RELEASE custos_tx"),
        rollbackTo: db.prepare("ROLLBACK TO custos_tx")
      };
    } catch (e) {
      db?.close();
      throw storeError(e);
    }
    this.db = db;
    this.exec_ = new SqliteExecutor(this.db);
  }
  op(fn) {
    return new Promise((resolve2, reject) => this.enqueue({ tx: false, fn, resolve: resolve2, reject }));
  }
  enqueue(job) {
    this.queue.push(job);
    if (!this.draining) void this.drain();
  }
  async drain() {
    this.draining = true;
    try {
      while (this.queue.length > 0) {
        const job = this.queue.shift();
        if (job.tx) {
          await this.batch(job);
          continue;
        }
        try {
          job.resolve(await job.fn());
        } catch (e) {
          job.reject(e);
        }
      }
    } finally {
      this.draining = false;
    }
  }
  /** Run `first` and every transaction queued behind it in one write transaction, then commit once. */
  async batch(first) {
    let commitDone;
    let commitFailed;
    const committed = new Promise((ok, fail2) => (commitDone = ok, commitFailed = fail2));
    committed.catch(() => void 0);
    try {
      this.db.exec("BEGIN IMMEDIATE");
    } catch (e) {
      first.reject(storeError(e));
      commitDone();
      return;
    }
    const waiting = [];
    const fail = (e) => {
      if (this.db.inTransaction) this.db.exec("ROLLBACK");
      const err = storeError(e);
      for (const [job2, ok, value] of waiting) job2.reject(ok ? err : value);
      commitFailed(err);
    };
    let job = first;
    let n = 0;
    while (job) {
      n++;
      this.stats.transactions++;
      let value;
      let failed = false;
      try {
        this.control.savepoint.run();
      } catch (e) {
        job.reject(storeError(e));
        return fail(e);
      }
      try {
        value = await job.fn(this.exec_);
      } catch (e) {
        failed = true;
        value = e;
      }
      if (!this.db.inTransaction) {
        job.reject(failed ? value : storeError(new Error("transaction rolled back")));
        return fail(failed ? value : new Error("transaction rolled back"));
      }
      try {
        if (failed) this.control.rollbackTo.run();
        this.control.release.run();
      } catch (e) {
        job.reject(storeError(e));
        return fail(e);
      }
      if (!failed && !job.awaitCommit) {
        job.committed?.(committed);
        job.resolve(value);
      } else waiting.push([job, !failed, value]);
      if (n >= MAX_BATCH) break;
      if (this.queue.length === 0) await new Promise((r) => setImmediate(r));
      job = this.queue[0]?.tx ? this.queue.shift() : void 0;
    }
    try {
      this.db.exec("COMMIT");
      this.stats.commits++;
    } catch (e) {
      return fail(e);
    }
    for (const [j, ok, value] of waiting) (ok ? j.resolve : j.reject)(value);
    commitDone();
  }
  all(sql, params) {
    return this.op(() => this.exec_.all(sql, params));
  }
  get(sql, params) {
    return this.op(() => this.exec_.get(sql, params));
  }
  run(sql, params) {
    return this.op(() => this.exec_.run(sql, params));
  }
  transaction(fn, opts = {}) {
    return new Promise(
      (resolve2, reject) => this.enqueue({
        tx: true,
        fn,
        awaitCommit: opts.awaitCommit !== false,
        committed: opts.committed,
        resolve: resolve2,
        reject
      })
    );
  }
  exec(sql) {
    return this.op(() => {
      try {
        this.db.exec(sql);
      } catch (e) {
        throw storeError(e);
      }
    });
  }
  /** Copy the WAL back into the (secure_delete) database and truncate it, so old page images are gone too. */
  scrub() {
    return this.op(() => {
      try {
        this.db.pragma("wal_checkpoint(TRUNCATE)");
      } catch (e) {
        throw storeError(e);
      }
    });
  }
  async close() {
    await this.op(() => this.db.close());
  }
};

// src/store/store.ts
var Store = class _Store {
  constructor(driver) {
    this.driver = driver;
    this.read = new Repo(driver, driver.dialect);
  }
  driver;
  read;
  observer;
  eventHook;
  /** Open a driver and bring its schema to the latest version. */
  static async open(driver) {
    try {
      await migrate(driver);
    } catch (e) {
      await driver.close().catch(() => void 0);
      throw e;
    }
    return new _Store(driver);
  }
  /**
   * A read-write transaction. `opts.fine` (decision 0028): the caller takes
   * the locks its checks rely on with `repo.lock`, and the audit events it
   * appends are chained at its end.
   */
  tx(fn, opts) {
    const hook = this.eventHook;
    const dialect = this.driver.dialect;
    const fine = opts?.fine === true;
    const body = async (x) => {
      const repo = new Repo(x, dialect, hook, fine);
      const r = await fn(repo);
      await repo.finish();
      return r;
    };
    if (!this.observer) return this.driver.transaction(body, opts);
    const observe = this.observer;
    const t0 = performance.now();
    return this.driver.transaction(body, opts).then(
      (r) => {
        observe(performance.now() - t0, true);
        return r;
      },
      (e) => {
        observe(performance.now() - t0, false);
        throw e;
      }
    );
  }
  /**
   * Statements each atomic on their own (driver.ts `autocommit`: the replay
   * nonce's conflict-checked insert): on PostgreSQL one round trip each,
   * outside every lock; on SQLite a transaction with `opts` (group commit).
   */
  atomic(fn, opts) {
    const auto = this.driver.autocommit;
    return auto ? fn(new Repo(auto, this.driver.dialect, this.eventHook)) : this.tx(fn, opts);
  }
  /** Set (or clear) the one observer of transactions; the composition root wires metrics here, so the store imports nothing above it. */
  observeTransactions(observer) {
    this.observer = observer;
  }
  /** Set (or clear) the one hook told of each audit event inside its transaction; the composition root wires the notification outbox here. */
  onAuditEvent(hook) {
    this.eventHook = hook;
  }
  close() {
    return this.driver.close();
  }
};
async function openStore(location) {
  if (/^postgres(ql)?:\/\//i.test(location)) {
    const { PgDriver } = await import("./postgres-SDSILOEH.js");
    return Store.open(new PgDriver(location));
  }
  const path = location.startsWith("sqlite:") ? location.slice("sqlite:".length) : location;
  return Store.open(new SqliteDriver(path));
}

// src/keystore/barrier.ts
import { randomBytes as randomBytes2, randomUUID } from "node:crypto";
var rootAad = (instanceId, rootVersion) => `custos:root:${instanceId}:v${rootVersion}`;
var dekAad = (id, rootVersion) => `custos:dek:${id}:root:v${rootVersion}`;
function tampered(record, cause) {
  return new CustosError("E_TAMPERED", `stored record ${record} failed authentication (edited, truncated or swapped)`, { record }, { cause });
}
function aeadWrapper(unsealKey) {
  const key = Uint8Array.from(unsealKey);
  return {
    wrap: (root, aad) => aeadSeal(key, root, aad),
    unwrap: (wrapped, aad) => aeadOpen(key, wrapped, aad),
    forget: () => clean(key)
  };
}
var Barrier = class {
  constructor(instanceId) {
    this.instanceId = instanceId;
  }
  instanceId;
  root = null;
  /** Kept while unsealed so the root can be re-wrapped (rotate-root) without asking again. */
  wrapper = null;
  rootVersion_ = 0;
  get sealed() {
    return this.root === null;
  }
  get rootVersion() {
    this.assertUnsealed();
    return this.rootVersion_;
  }
  /** Install the root key, unwrapping it; the barrier owns `wrapper` from here on. Throws AeadError on a wrong unseal key. */
  unseal(wrapper, wrappedRoot, rootVersion) {
    let root;
    try {
      root = wrapper.unwrap(wrappedRoot, rootAad(this.instanceId, rootVersion));
    } catch (e) {
      wrapper.forget();
      throw e;
    }
    if (root.length !== AEAD_KEY_LENGTH) {
      clean(root);
      wrapper.forget();
      throw tampered("seal/root");
    }
    this.seal();
    this.root = root;
    this.wrapper = wrapper;
    this.rootVersion_ = rootVersion;
  }
  /** Forget the root key and the unseal key (or close the HSM session). */
  seal() {
    clean(this.root);
    this.wrapper?.forget();
    this.root = null;
    this.wrapper = null;
  }
  assertUnsealed() {
    if (this.root === null) throw new CustosError("E_SEALED", "custos is sealed: unseal it with the passphrase or the unseal shares");
  }
  /** Wrap the current root key under a (new) wrapper: rekey. Call `adoptWrapper` once persisted. */
  wrapRoot(wrapper) {
    this.assertUnsealed();
    return wrapper.wrap(this.root, rootAad(this.instanceId, this.rootVersion_));
  }
  /** The barrier owns `wrapper` from here on (the previous one is forgotten). */
  adoptWrapper(wrapper) {
    this.assertUnsealed();
    if (this.wrapper !== wrapper) this.wrapper?.forget();
    this.wrapper = wrapper;
  }
  /** Create a fresh root key (init) and return it wrapped; the barrier owns `wrapper` from here on. */
  initRoot(wrapper) {
    this.seal();
    this.root = new Uint8Array(randomBytes2(AEAD_KEY_LENGTH));
    this.wrapper = wrapper;
    this.rootVersion_ = 1;
    return this.wrapRoot(wrapper);
  }
  /** A new data key, wrapped under the root key, with its plaintext for immediate use. */
  newDataKey(createdAt) {
    this.assertUnsealed();
    const id = randomUUID();
    const dek = new Uint8Array(randomBytes2(AEAD_KEY_LENGTH));
    const wrapped = aeadSeal(this.root, dek, dekAad(id, this.rootVersion_));
    return { record: { id, wrapped, rootVersion: this.rootVersion_, createdAt }, dek };
  }
  /** Unwrap a data key; `owner` names what it protects, for the error. */
  openDataKey(rec, owner) {
    this.assertUnsealed();
    if (!rec) throw tampered(`${owner} (data key missing)`);
    if (rec.rootVersion !== this.rootVersion_) throw tampered(`${owner} (data key wrapped under root v${rec.rootVersion})`);
    try {
      return aeadOpen(this.root, rec.wrapped, dekAad(rec.id, rec.rootVersion));
    } catch (e) {
      throw tampered(`${owner} (data key ${rec.id})`, e);
    }
  }
  /** Encrypt a record body under a data key; `aad` is the record's identity. */
  sealRecord(dek, plaintext, aad) {
    this.assertUnsealed();
    return aeadSeal(dek, plaintext, aad);
  }
  openRecord(dek, ciphertext, aad, record) {
    this.assertUnsealed();
    if (!ciphertext) throw tampered(`${record} (no ciphertext)`);
    try {
      return aeadOpen(dek, ciphertext, aad);
    } catch (e) {
      if (e instanceof AeadError) throw tampered(record, e);
      throw e;
    }
  }
  /**
   * Rotate the root key: returns each data key rewrapped under a new root
   * (the caller persists them and the new wrapped root in one transaction,
   * then calls `commitRotation`). Key material is never decrypted.
   */
  prepareRotation(dataKeys) {
    this.assertUnsealed();
    const newRoot = new Uint8Array(randomBytes2(AEAD_KEY_LENGTH));
    const newVersion = this.rootVersion_ + 1;
    const rewrapped = dataKeys.map((rec) => {
      const dek = this.openDataKey(rec, `data key ${rec.id}`);
      try {
        return { ...rec, wrapped: aeadSeal(newRoot, dek, dekAad(rec.id, newVersion)), rootVersion: newVersion };
      } finally {
        clean(dek);
      }
    });
    const wrappedRoot = this.wrapper.wrap(newRoot, rootAad(this.instanceId, newVersion));
    return { newRoot, newVersion, wrappedRoot, rewrapped };
  }
  commitRotation(newRoot, newVersion) {
    clean(this.root);
    this.root = newRoot;
    this.rootVersion_ = newVersion;
  }
};

// src/keystore/authenticated.ts
import { createHmac, hkdfSync } from "node:crypto";
var rawGrant = (allowRaw) => allowRaw ? { allowRaw: true } : {};
var TABLES = {
  keys: {
    fields: (k) => ({
      id: k.id,
      name: k.name,
      algorithm: k.algorithm,
      custody: k.custody,
      state: k.state,
      exportable: k.exportable,
      tags: k.tags,
      origin: k.origin,
      currentVersion: k.currentVersion,
      dataKeyId: k.dataKeyId,
      ...rawGrant(k.allowRaw)
    }),
    label: (k) => `key/${k.name}`
  },
  keyAddresses: {
    fields: (a) => ({ address: a.address, keyId: a.keyId, version: a.version }),
    label: (a) => `key-address/${a.address}`
  },
  wallets: {
    fields: (w) => ({ id: w.id, name: w.name, state: w.state, origin: w.origin, dataKeyId: w.dataKeyId, ...rawGrant(w.allowRaw) }),
    label: (w) => `wallet/${w.name}`
  },
  principals: {
    fields: (p) => ({ id: p.id, name: p.name, role: p.role, publicKey: p.publicKey, tags: p.tags, state: p.state }),
    label: (p) => `principal/${p.name}`
  },
  tokens: {
    fields: (t) => ({ id: t.id, principalId: t.principalId, secretHash: t.secretHash, expiresAt: t.expiresAt, state: t.state }),
    label: (t) => `token/${t.id}`
  },
  policies: {
    fields: (p) => ({ version: p.version, source: p.source, digest: p.digest }),
    label: (p) => `policy/v${p.version}`
  },
  requests: {
    fields: (r) => ({
      id: r.id,
      kind: r.kind,
      principalId: r.principalId,
      principalName: r.principalName,
      keyName: r.keyName,
      status: r.status,
      idempotencyKey: r.idempotencyKey,
      payload: r.payload,
      decision: r.decision,
      digest: r.digest,
      notBefore: r.notBefore,
      expiresAt: r.expiresAt,
      result: r.result,
      signedAt: r.signedAt
    }),
    label: (r) => `request/${r.id}`
  },
  webhooks: {
    fields: (w) => ({ id: w.id, name: w.name, url: w.url, events: w.events, secretEpoch: w.secretEpoch }),
    label: (w) => `webhook/${w.name}`
  },
  webhookDeliveries: {
    fields: (d) => ({ id: d.id, webhookId: d.webhookId, event: d.event, payload: d.payload }),
    label: (d) => `webhook-delivery/${d.id}`
  },
  schedules: {
    fields: (x) => ({ id: x.id, action: x.action, target: x.target, everyMs: x.everyMs, nextAt: x.nextAt, runs: x.runs }),
    label: (x) => `schedule/${x.id}`
  },
  sessions: {
    fields: (x) => ({ id: x.id, principalId: x.principalId, publicKey: x.publicKey, expiresAt: x.expiresAt, state: x.state }),
    label: (x) => `session/${x.id}`
  }
};
var AuthenticatedRecords = class {
  constructor(assertUnsealed) {
    this.assertUnsealed = assertUnsealed;
  }
  assertUnsealed;
  /** HMAC key for row MACs, held only while unsealed (set and forgotten by the Instance). */
  key = null;
  /** The Instance hands over the unwrapped row-MAC key at unseal (this object owns it from then on). */
  adoptKey(key) {
    this.forget();
    this.key = key;
  }
  /** Zero and drop the key (seal). */
  forget() {
    clean(this.key);
    this.key = null;
  }
  mac(table, row) {
    this.assertUnsealed();
    if (!this.key) throw new CustosError("E_SEALED", "custos is sealed");
    return createHmac("sha256", this.key).update(`custos-row-v1:${table}:${canonicalJson(TABLES[table].fields(row))}`).digest("hex");
  }
  /** The row with a fresh MAC: what every write of an authenticated row goes through (unsealed only). */
  sign(table, row) {
    const full = { ...row, mac: "" };
    return { ...row, mac: this.mac(table, full) };
  }
  /** The row itself when its MAC matches (unsealed only); E_TAMPERED naming the record otherwise. */
  verify(table, row) {
    const expected = this.mac(table, row);
    if (!equalBytes(Buffer.from(expected, "hex"), Buffer.from(/^[0-9a-f]{64}$/.test(row.mac) ? row.mac : "", "hex"))) {
      const record = TABLES[table].label(row);
      throw new CustosError("E_TAMPERED", `stored record ${record} failed authentication (edited, swapped or re-pointed)`, { record });
    }
    return row;
  }
  /** A principal by id, MAC-checked when it exists. */
  async principalById(repo, id) {
    const p = await repo.access.principalById(id);
    return p && this.verify("principals", p);
  }
  /** A principal by name, MAC-checked when it exists. */
  async principalByName(repo, name) {
    const p = await repo.access.principalByName(name);
    return p && this.verify("principals", p);
  }
  /**
   * A 32-byte key for one named purpose, derived from the row-MAC key with
   * HKDF-SHA256 (RFC 5869; salt "custos-subkey-v1", info = purpose), so it
   * is never stored, survives rotate-root like the MAC key, and is
   * independent of the MAC key and of every other purpose (unsealed only).
   */
  subkey(purpose) {
    this.assertUnsealed();
    if (!this.key) throw new CustosError("E_SEALED", "custos is sealed");
    return Buffer.from(hkdfSync("sha256", this.key, "custos-subkey-v1", `custos-subkey:${purpose}`, 32));
  }
  /** The work of checking a row's MAC, result unused: for a name that has no row, so a missing name takes as long as a present one. */
  decoy(table, row) {
    this.sign(table, row);
  }
};

// src/keystore/seal.ts
import { randomBytes as randomBytes4 } from "node:crypto";

// src/keystore/seal-pkcs11.ts
import { randomBytes as randomBytes3 } from "node:crypto";

// src/keystore/pkcs11.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);
var pkcs11js = require2("pkcs11js");
var CKK_EC_EDWARDS = 64;
var CKM_EC_EDWARDS_KEY_PAIR_GEN = 4181;
var CKM_EDDSA = 4183;
var EC_PARAMS = {
  secp256k1: Buffer.from("06052b8104000a", "hex"),
  ed25519: Buffer.from("130c656477617264733235353139", "hex")
};
var PIN_CODES = /* @__PURE__ */ new Set(["CKR_PIN_INCORRECT", "CKR_PIN_INVALID", "CKR_PIN_LEN_RANGE", "CKR_PIN_LOCKED", "CKR_PIN_EXPIRED"]);
var TOKEN_CODES = /* @__PURE__ */ new Set([
  "CKR_TOKEN_NOT_PRESENT",
  "CKR_TOKEN_NOT_RECOGNIZED",
  "CKR_DEVICE_REMOVED",
  "CKR_SLOT_ID_INVALID",
  "CKR_DEVICE_ERROR",
  "CKR_SESSION_HANDLE_INVALID",
  "CKR_SESSION_CLOSED"
]);
function ckr(e) {
  const m = e instanceof Error ? /\b(CKR_[A-Z_]+)\b/.exec(e.message) : null;
  return m?.[1];
}
function hsmError(e, what) {
  if (e instanceof CustosError) return e;
  const code = ckr(e);
  const detail = { pkcs11: code ?? "native error", operation: what };
  if (code && PIN_CODES.has(code)) return new CustosError("E_HSM_PIN", `the HSM token refused the PIN (${code})`, detail);
  if (code && TOKEN_CODES.has(code)) return new CustosError("E_HSM_TOKEN", `the HSM token is not available (${code}) during ${what}`, detail);
  return new CustosError("E_UNAVAILABLE", `the HSM failed during ${what} (${code ?? "native error"})`, detail);
}
var modules = /* @__PURE__ */ new Map();
function loadModule(path) {
  const known = modules.get(path);
  if (known) return known;
  if (!path || !existsSync(path)) throw new CustosError("E_HSM_MODULE", `no PKCS#11 module at ${path}`, { module: path });
  const lib = new pkcs11js.PKCS11();
  try {
    lib.load(path);
  } catch {
    throw new CustosError("E_HSM_MODULE", `${path} is not a loadable PKCS#11 module`, { module: path });
  }
  try {
    lib.C_Initialize();
  } catch (e) {
    if (ckr(e) !== "CKR_CRYPTOKI_ALREADY_INITIALIZED") {
      lib.close();
      throw new CustosError("E_HSM_MODULE", `the PKCS#11 module ${path} did not initialise (${ckr(e) ?? "native error"})`, { module: path });
    }
  }
  modules.set(path, lib);
  return lib;
}
var slotNumber = (h) => Number(h.readBigUInt64LE(0));
var Hsm = class _Hsm {
  constructor(lib, session, token, slot) {
    this.lib = lib;
    this.session = session;
    this.token = token;
    this.slot = slot;
  }
  lib;
  session;
  token;
  slot;
  /** Load the module, find the token, open a read-write session and log in as the user. */
  static open(access) {
    const lib = loadModule(access.module);
    let slots;
    try {
      slots = lib.C_GetSlotList(true);
    } catch (e) {
      throw hsmError(e, "listing slots");
    }
    const wanted = slots.find((s) => {
      if (access.slot !== void 0) return slotNumber(s) === access.slot;
      try {
        return lib.C_GetTokenInfo(s).label.trim() === access.tokenLabel;
      } catch {
        return false;
      }
    });
    const which = access.slot !== void 0 ? `slot ${access.slot}` : `label "${access.tokenLabel ?? ""}"`;
    if (!wanted) throw new CustosError("E_HSM_TOKEN", `no HSM token in ${which} of ${access.module}`, { slot: access.slot, tokenLabel: access.tokenLabel });
    let token;
    let session;
    try {
      const info = lib.C_GetTokenInfo(wanted);
      token = { label: info.label.trim(), serial: info.serialNumber.trim() };
      session = lib.C_OpenSession(wanted, pkcs11js.CKF_SERIAL_SESSION | pkcs11js.CKF_RW_SESSION);
    } catch (e) {
      throw hsmError(e, "opening a session");
    }
    try {
      lib.C_Login(session, pkcs11js.CKU_USER, Buffer.from(access.pin).toString("utf8"));
    } catch (e) {
      if (ckr(e) !== "CKR_USER_ALREADY_LOGGED_IN") {
        try {
          lib.C_CloseSession(session);
        } catch {
        }
        throw hsmError(e, "login");
      }
    }
    return new _Hsm(lib, session, token, slotNumber(wanted));
  }
  get s() {
    if (!this.session) throw new CustosError("E_HSM_TOKEN", "the HSM session is closed");
    return this.session;
  }
  run(what, fn) {
    try {
      return fn();
    } catch (e) {
      throw hsmError(e, what);
    }
  }
  find(template) {
    return this.run("finding objects", () => {
      this.lib.C_FindObjectsInit(this.s, template);
      try {
        return this.lib.C_FindObjects(this.s, 4);
      } finally {
        this.lib.C_FindObjectsFinal(this.s);
      }
    });
  }
  /** The one object of a class with this label; E_HSM_KEY when none (or several) exist. */
  object(label, cls, what) {
    const found = this.find([
      { type: pkcs11js.CKA_CLASS, value: cls },
      { type: pkcs11js.CKA_LABEL, value: label }
    ]);
    if (found.length !== 1) {
      throw new CustosError(
        "E_HSM_KEY",
        found.length === 0 ? `no ${what} labelled "${label}" on HSM token "${this.token.label}"` : `several ${what}s labelled "${label}" on HSM token "${this.token.label}"`,
        { keyLabel: label }
      );
    }
    return found[0];
  }
  hasSecretKey(label) {
    return this.find([
      { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_SECRET_KEY },
      { type: pkcs11js.CKA_LABEL, value: label }
    ]).length > 0;
  }
  /** A new 256-bit AES key on the token: sensitive, never extractable, for encrypt/decrypt only. */
  generateAesKey(label) {
    this.run(
      "generating the AES key",
      () => this.lib.C_GenerateKey(this.s, { mechanism: pkcs11js.CKM_AES_KEY_GEN }, [
        { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_SECRET_KEY },
        { type: pkcs11js.CKA_KEY_TYPE, value: pkcs11js.CKK_AES },
        { type: pkcs11js.CKA_VALUE_LEN, value: 32 },
        { type: pkcs11js.CKA_LABEL, value: label },
        { type: pkcs11js.CKA_TOKEN, value: true },
        { type: pkcs11js.CKA_PRIVATE, value: true },
        { type: pkcs11js.CKA_SENSITIVE, value: true },
        { type: pkcs11js.CKA_EXTRACTABLE, value: false },
        { type: pkcs11js.CKA_ENCRYPT, value: true },
        { type: pkcs11js.CKA_DECRYPT, value: true },
        { type: pkcs11js.CKA_WRAP, value: false },
        { type: pkcs11js.CKA_UNWRAP, value: false }
      ])
    );
  }
  gcm(iv, aad) {
    const parameter = { type: pkcs11js.CK_PARAMS_AES_GCM, iv: Buffer.from(iv), aad: Buffer.from(aad, "utf8"), ivBits: 96, tagBits: 128 };
    return { mechanism: pkcs11js.CKM_AES_GCM, parameter };
  }
  /** AES-256-GCM inside the token (CKM_AES_GCM, 96-bit IV, 128-bit tag): ciphertext || tag. */
  encrypt(label, iv, plaintext, aad) {
    const key = this.object(label, pkcs11js.CKO_SECRET_KEY, "AES key");
    return this.run("encrypting", () => {
      this.lib.C_EncryptInit(this.s, this.gcm(iv, aad), key);
      return Uint8Array.from(this.lib.C_Encrypt(this.s, Buffer.from(plaintext), Buffer.alloc(plaintext.length + 32)));
    });
  }
  /** Decrypt ciphertext || tag; a failed tag (or any refusal) is null, for the caller to name. */
  decrypt(label, iv, ciphertext, aad) {
    const key = this.object(label, pkcs11js.CKO_SECRET_KEY, "AES key");
    try {
      this.lib.C_DecryptInit(this.s, this.gcm(iv, aad), key);
      return Uint8Array.from(this.lib.C_Decrypt(this.s, Buffer.from(ciphertext), Buffer.alloc(ciphertext.length)));
    } catch (e) {
      const code = ckr(e);
      if (code && (TOKEN_CODES.has(code) || code === "CKR_USER_NOT_LOGGED_IN")) throw hsmError(e, "decrypting");
      return null;
    }
  }
  /**
   * A new key pair on the token: the private half sensitive, never extractable,
   * sign-only; both halves persistent (CKA_TOKEN) and labelled `label`.
   */
  generateKeyPair(curve, label) {
    const mechanism = curve === "ed25519" ? CKM_EC_EDWARDS_KEY_PAIR_GEN : pkcs11js.CKM_EC_KEY_PAIR_GEN;
    const keyType = curve === "ed25519" ? CKK_EC_EDWARDS : pkcs11js.CKK_EC;
    const pair = this.run(
      `generating a ${curve} key`,
      () => this.lib.C_GenerateKeyPair(
        this.s,
        { mechanism },
        [
          { type: pkcs11js.CKA_KEY_TYPE, value: keyType },
          { type: pkcs11js.CKA_TOKEN, value: true },
          { type: pkcs11js.CKA_VERIFY, value: true },
          { type: pkcs11js.CKA_EC_PARAMS, value: EC_PARAMS[curve] },
          { type: pkcs11js.CKA_LABEL, value: label }
        ],
        [
          { type: pkcs11js.CKA_KEY_TYPE, value: keyType },
          { type: pkcs11js.CKA_TOKEN, value: true },
          { type: pkcs11js.CKA_PRIVATE, value: true },
          { type: pkcs11js.CKA_SENSITIVE, value: true },
          { type: pkcs11js.CKA_EXTRACTABLE, value: false },
          { type: pkcs11js.CKA_SIGN, value: true },
          { type: pkcs11js.CKA_DECRYPT, value: false },
          { type: pkcs11js.CKA_DERIVE, value: false },
          { type: pkcs11js.CKA_LABEL, value: label }
        ]
      )
    );
    const point = this.run("reading the public key", () => this.lib.C_GetAttributeValue(this.s, pair.publicKey, [{ type: pkcs11js.CKA_EC_POINT }])[0]?.value);
    if (!point) throw new CustosError("E_UNAVAILABLE", "the HSM returned no public key");
    return { label, ecPoint: Uint8Array.from(point) };
  }
  /** Sign with the private key labelled `label`: CKM_ECDSA over a 32-byte digest (r||s), or CKM_EDDSA over the message. */
  sign(curve, label, data) {
    const key = this.object(label, pkcs11js.CKO_PRIVATE_KEY, "private key");
    return this.run("signing", () => {
      this.lib.C_SignInit(this.s, { mechanism: curve === "ed25519" ? CKM_EDDSA : pkcs11js.CKM_ECDSA }, key);
      return Uint8Array.from(this.lib.C_Sign(this.s, Buffer.from(data), Buffer.alloc(128)));
    });
  }
  /** Read one attribute of the private or secret key labelled `label` (tests prove CKA_VALUE is refused: CKR_ATTRIBUTE_SENSITIVE). */
  keyAttribute(label, kind, attribute) {
    const key = this.object(label, kind === "private" ? pkcs11js.CKO_PRIVATE_KEY : pkcs11js.CKO_SECRET_KEY, `${kind} key`);
    return this.run("reading an attribute", () => Uint8Array.from(this.lib.C_GetAttributeValue(this.s, key, [{ type: attribute }])[0]?.value));
  }
  /** Delete every object labelled `label` (both halves of a key pair; a seal key in tests); returns how many. */
  destroyObjects(label) {
    const objs = this.find([{ type: pkcs11js.CKA_LABEL, value: label }]);
    for (const o of objs) this.run("destroying a key", () => this.lib.C_DestroyObject(this.s, o));
    return objs.length;
  }
  /**
   * Close the session (the module stays loaded for the process). No C_Logout:
   * login state is per token for the whole process, so logging out here would
   * log out another session on the same token (a rekey to a new key label on
   * the same token); the token logs the process out when its last session closes.
   */
  close() {
    if (!this.session) return;
    const s = this.session;
    this.session = null;
    try {
      this.lib.C_CloseSession(s);
    } catch {
    }
  }
};
var CKA = { VALUE: pkcs11js.CKA_VALUE, SENSITIVE: pkcs11js.CKA_SENSITIVE, EXTRACTABLE: pkcs11js.CKA_EXTRACTABLE };

// src/keystore/seal-pkcs11.ts
var IV_LENGTH = 12;
var TAG_LENGTH = 16;
function pkcs11Wrapper(hsm, keyLabel) {
  return {
    hsm,
    keyLabel,
    wrap(root, aad) {
      const iv = new Uint8Array(randomBytes3(IV_LENGTH));
      return concatBytes(iv, hsm.encrypt(keyLabel, iv, root, aad));
    },
    unwrap(wrapped, aad) {
      if (wrapped.length < IV_LENGTH + TAG_LENGTH) throw new AeadError();
      const root = hsm.decrypt(keyLabel, wrapped.subarray(0, IV_LENGTH), wrapped.subarray(IV_LENGTH), aad);
      if (!root) throw new AeadError();
      return root;
    },
    forget: () => hsm.close()
  };
}
function checkKeyLabel(label) {
  if (typeof label !== "string" || !/^[A-Za-z0-9._:-]{1,64}$/.test(label)) {
    throw badInput("the HSM key label must be 1-64 characters of A-Z a-z 0-9 . _ : -", { field: "key-label" });
  }
  return label;
}
function createPkcs11Wrapper(access, keyLabel) {
  checkKeyLabel(keyLabel);
  const hsm = Hsm.open(access);
  try {
    if (!hsm.hasSecretKey(keyLabel)) hsm.generateAesKey(keyLabel);
    return { wrapper: pkcs11Wrapper(hsm, keyLabel), token: hsm.token };
  } catch (e) {
    hsm.close();
    throw e;
  }
}
function openPkcs11Wrapper(token, keyLabel, access) {
  const hsm = Hsm.open({ ...access, ...access.slot === void 0 && access.tokenLabel === void 0 ? { tokenLabel: token.label } : {} });
  try {
    if (hsm.token.serial !== token.serial) {
      throw new CustosError(
        "E_HSM_TOKEN",
        `the HSM token found (serial ${hsm.token.serial}) is not the one that sealed this instance (serial ${token.serial})`,
        { serial: token.serial }
      );
    }
    if (!hsm.hasSecretKey(keyLabel)) throw new CustosError("E_HSM_KEY", `no AES key labelled "${keyLabel}" on HSM token "${token.label}"`, { keyLabel });
    return pkcs11Wrapper(hsm, keyLabel);
  } catch (e) {
    hsm.close();
    throw e;
  }
}

// src/keystore/seal.ts
async function createSeal(spec) {
  if (spec.kind === "passphrase") {
    if (spec.passphrase.length === 0) throw badInput("the passphrase must not be empty", { field: "passphrase" });
    const params = checkArgon2Params(spec.argon2 ?? ARGON2_DEFAULTS);
    const salt = new Uint8Array(randomBytes4(16));
    const unsealKey2 = await argon2id(spec.passphrase, salt, params);
    clean(spec.passphrase);
    const wrapper2 = aeadWrapper(unsealKey2);
    clean(unsealKey2);
    return { config: { kind: "passphrase", kdf: { alg: "argon2id", salt: toHex(salt), ...params } }, wrapper: wrapper2 };
  }
  if (spec.kind === "pkcs11") {
    try {
      const { wrapper: wrapper2, token } = createPkcs11Wrapper(spec.access, spec.keyLabel);
      return { config: { kind: "pkcs11", token, keyLabel: spec.keyLabel, mechanism: "CKM_AES_GCM" }, wrapper: wrapper2 };
    } finally {
      clean(spec.access.pin);
    }
  }
  const { shares, threshold } = spec;
  if (!Number.isInteger(shares) || !Number.isInteger(threshold) || threshold < 1 || shares < threshold || shares > 16) {
    throw badInput("Shamir seal needs 1 <= threshold <= shares <= 16", { field: "shares" });
  }
  if (threshold === 1 && shares > 1) {
    throw badInput("a threshold of 1 with several shares would let any single share unseal; use --shares 1 or a threshold >= 2", { field: "threshold" });
  }
  const unsealKey = new Uint8Array(randomBytes4(32));
  const mnemonics = splitSecret(unsealKey, { groupThreshold: 1, groups: [[threshold, shares]] })[0] ?? [];
  const identifier = shareSetId(mnemonics[0]);
  const wrapper = aeadWrapper(unsealKey);
  clean(unsealKey);
  return { config: { kind: "shamir", shares, threshold, identifier }, wrapper, mnemonics };
}
function assertMaterialFor(config, material) {
  if (config.kind === "passphrase" && !("passphrase" in material)) throw new CustosError("E_SEALED", "this instance is sealed by a passphrase");
  if (config.kind === "pkcs11" && !("hsm" in material)) {
    throw new CustosError("E_SEALED", `this instance is sealed by an AES key in the HSM token "${config.token.label}": give the PKCS#11 module and PIN file`);
  }
  if (config.kind === "shamir") {
    if (!("shares" in material)) throw new CustosError("E_SEALED", `this instance is sealed by Shamir shares: ${config.threshold} are needed`);
    if (new Set(material.shares).size < config.threshold) {
      throw new CustosError("E_SEALED", `need ${config.threshold} different unseal shares, got ${new Set(material.shares).size}`);
    }
  }
}
async function deriveWrapper(config, material) {
  assertMaterialFor(config, material);
  if (config.kind === "pkcs11") {
    const { hsm } = material;
    try {
      return openPkcs11Wrapper(config.token, config.keyLabel, hsm);
    } finally {
      clean(hsm.pin);
    }
  }
  const key = await deriveUnsealKey(config, material);
  const wrapper = aeadWrapper(key);
  clean(key);
  return wrapper;
}
async function deriveUnsealKey(config, material) {
  if (config.kind === "passphrase") {
    return argon2id(material.passphrase, fromHex(config.kdf.salt, "seal.kdf.salt"), config.kdf);
  }
  const shares = [...new Set(material.shares)];
  for (const m of shares) {
    if (shareSetId(m) !== config.identifier) throw new CustosError("E_BAD_SHARES", "a share belongs to a different share set than this instance");
  }
  const secret = combineShares(shares.slice(0, config.threshold));
  if (secret.length !== 32) throw new CustosError("E_BAD_SHARES", "the shares do not combine to an unseal key");
  return secret;
}

// src/keystore/instance.ts
var AUDIT_KEY_AAD = (instanceId) => `custos:audit-key:${instanceId}`;
function sealDetails(config) {
  if (config.kind === "shamir") return { shares: config.shares, threshold: config.threshold };
  if (config.kind === "pkcs11") return { token: config.token, keyLabel: config.keyLabel, mechanism: config.mechanism };
  return { kdf: { ...config.kdf, salt: void 0 } };
}
function storeLocation(loc) {
  return loc.store ?? `sqlite:${join(resolve(loc.data), "custos.db")}`;
}
var Instance = class _Instance {
  constructor(store, instanceId, sealConfig_, auditPublicKey, location, dataDir, barrier) {
    this.store = store;
    this.instanceId = instanceId;
    this.sealConfig_ = sealConfig_;
    this.auditPublicKey = auditPublicKey;
    this.location = location;
    this.dataDir = dataDir;
    this.barrier = barrier ?? new Barrier(instanceId);
    this.sealer = this.barrier;
    this.records = new AuthenticatedRecords(() => this.barrier.assertUnsealed());
  }
  store;
  instanceId;
  sealConfig_;
  auditPublicKey;
  location;
  dataDir;
  barrier;
  /** Row MACs: every authenticated row is signed and verified through this (keystore/authenticated.ts). */
  records;
  /** Data keys and sealed records (keystore/ and the threshold vault). */
  sealer;
  get sealConfig() {
    return this.sealConfig_;
  }
  /** Create a new instance: root key, seal, audit key, first audit event. */
  static async init(loc, spec, actor) {
    const location = storeLocation(loc);
    if (!loc.store && existsSync2(join(resolve(loc.data), "custos.db"))) {
      const existing = await openStore(location);
      const id = await existing.read.getMeta("instance_id").finally(() => existing.close());
      if (id) throw new CustosError("E_ALREADY_INITIALIZED", `an instance already exists at ${location}`);
    }
    const sealed = await createSeal(spec);
    if (!loc.store) {
      mkdirSync(loc.data, { recursive: true, mode: 448 });
      chmodSync2(loc.data, 448);
    }
    const store = await openStore(location);
    try {
      if (await store.read.getMeta("instance_id")) {
        throw new CustosError("E_ALREADY_INITIALIZED", `an instance already exists at ${location}`);
      }
      const instanceId = randomUUID2();
      const probe = new Barrier(instanceId);
      const wrappedRoot = probe.initRoot(sealed.wrapper);
      const config = { ...sealed.config, rootVersion: 1, wrappedRoot: toHex(wrappedRoot) };
      const ed = getAlgorithm("ed25519");
      const auditSecret = ed.generate();
      const auditPublic = ed.publicKey(auditSecret);
      const now = /* @__PURE__ */ new Date();
      const mac = probe.newDataKey(now.toISOString());
      const { record, dek } = probe.newDataKey(now.toISOString());
      const auditMeta = {
        publicKey: toHex(auditPublic),
        dataKeyId: record.id,
        ciphertext: toHex(probe.sealRecord(dek, auditSecret, AUDIT_KEY_AAD(instanceId)))
      };
      clean(dek, auditSecret);
      await store.tx(async (repo) => {
        if (await repo.getMeta("instance_id")) throw new CustosError("E_ALREADY_INITIALIZED", `an instance already exists at ${location}`);
        await repo.setMeta("instance_id", instanceId);
        await repo.setMeta("created_at", now.toISOString());
        await repo.setMeta("seal", JSON.stringify(config));
        await repo.insertDataKey(record);
        await repo.setMeta("audit_key", JSON.stringify(auditMeta));
        await repo.insertDataKey(mac.record);
        await repo.setMeta("mac_key", JSON.stringify({ dataKeyId: mac.record.id }));
        await appendEvent(
          repo,
          {
            actor,
            action: "instance.init",
            subject: `instance/${instanceId}`,
            details: { seal: config.kind, auditPublicKey: auditMeta.publicKey, ...sealDetails(config) }
          },
          now
        );
      });
      const instance = new _Instance(store, instanceId, config, auditPublic, location, resolve(loc.data), probe);
      instance.adoptHsm(sealed.wrapper);
      instance.records.adoptKey(mac.dek);
      return { instance, instanceId, seal: config.kind, ...sealed.mnemonics ? { mnemonics: sealed.mnemonics } : {} };
    } catch (e) {
      sealed.wrapper.forget();
      await store.close().catch(() => void 0);
      throw e;
    }
  }
  /** Open an existing instance (sealed). */
  static async open(loc) {
    const location = storeLocation(loc);
    if (!loc.store && !existsSync2(join(resolve(loc.data), "custos.db"))) {
      throw new CustosError("E_NOT_INITIALIZED", `no custos instance at ${resolve(loc.data)}: run "custos init --data ${loc.data}"`);
    }
    const store = await openStore(location);
    try {
      const id = await store.read.getMeta("instance_id");
      const seal = await store.read.getMeta("seal");
      const audit = await store.read.getMeta("audit_key");
      if (!id || !seal || !audit) throw new CustosError("E_NOT_INITIALIZED", `no custos instance at ${store.driver.location}`);
      const auditMeta = JSON.parse(audit);
      return new _Instance(store, id, JSON.parse(seal), fromHex(auditMeta.publicKey, "audit_key.publicKey", 32), location, resolve(loc.data));
    } catch (e) {
      await store.close().catch(() => void 0);
      throw e;
    }
  }
  get sealed() {
    return this.barrier.sealed;
  }
  /** E_SEALED unless unsealed: what every public operation on key material checks first. */
  assertUnsealed() {
    this.barrier.assertUnsealed();
  }
  /**
   * Unseal with operator material. Each attempt is first counted as a failure
   * in the same transaction that checks the slow-down (so parallel guesses
   * cannot slip past it) and the count is reset only on success.
   */
  async unseal(material, actor) {
    assertMaterialFor(this.sealConfig_, material);
    const guarded = this.sealConfig_.kind !== "pkcs11";
    if (guarded) {
      await this.store.tx(async (repo) => {
        await checkUnsealAllowed(repo);
        await recordUnsealFailure(repo);
      });
    }
    try {
      const wrapper = await deriveWrapper(this.sealConfig_, material);
      this.barrier.unseal(wrapper, fromHex(this.sealConfig_.wrappedRoot, "seal.wrappedRoot"), this.sealConfig_.rootVersion);
      this.adoptHsm(wrapper);
    } catch (e) {
      const hsmRefused = e instanceof CustosError && (e.code === "E_HSM_PIN" || e.code === "E_HSM_KEY" || e.code === "E_HSM_TOKEN");
      if (e instanceof AeadError || hsmRefused || e instanceof CustosError && e.code === "E_BAD_SHARES") {
        const kind = this.sealConfig_.kind;
        const code = e instanceof CustosError ? e.code : kind === "passphrase" ? "E_BAD_PASSPHRASE" : kind === "pkcs11" ? "E_HSM_KEY" : "E_BAD_SHARES";
        const msg = e instanceof CustosError ? e.message : kind === "passphrase" ? "wrong passphrase" : kind === "pkcs11" ? "the HSM key does not unwrap this instance's root key" : "the shares do not unseal this instance";
        await this.store.tx(
          (repo) => appendEvent(repo, { actor, action: "seal.unseal_failed", subject: `instance/${this.instanceId}`, details: { reason: msg } })
        );
        throw new CustosError(code, msg, e instanceof CustosError ? e.details : void 0);
      }
      throw e;
    } finally {
      if ("passphrase" in material) clean(material.passphrase);
      if ("hsm" in material) clean(material.hsm.pin);
    }
    if (guarded) await this.store.tx((repo) => resetUnsealFailures(repo));
    try {
      await this.loadMacKey();
      await this.withAuditKey(async (secret) => {
        if (!equalBytes(getAlgorithm("ed25519").publicKey(secret), this.auditPublicKey)) {
          throw new CustosError("E_TAMPERED", "stored record audit key: its public key does not match the sealed audit key", { record: "audit key" });
        }
      });
    } catch (e) {
      this.seal();
      throw e;
    }
  }
  async loadMacKey() {
    const raw = await this.store.read.getMeta("mac_key");
    if (!raw) throw new CustosError("E_TAMPERED", "stored record mac key is missing", { record: "mac key" });
    const meta = JSON.parse(raw);
    this.records.adoptKey(this.barrier.openDataKey(await this.store.read.getDataKey(meta.dataKeyId), "mac key"));
  }
  /** Forget the root key and everything derived from it (and close the HSM session of a pkcs11 seal). */
  seal() {
    this.records.forget();
    this.barrier.seal();
    this.hsm_ = null;
  }
  hsm_ = null;
  /** The logged-in token of a pkcs11-sealed instance (unsealed only): where HSM-resident keys live and sign. */
  get hsm() {
    this.barrier.assertUnsealed();
    if (!this.hsm_) {
      throw new CustosError(
        "E_UNSUPPORTED",
        "HSM keys need an instance sealed by pkcs11 (custos init --seal pkcs11, or custos operator rekey --to pkcs11): they live on the token that seals it"
      );
    }
    return this.hsm_;
  }
  adoptHsm(wrapper) {
    this.hsm_ = "hsm" in wrapper ? wrapper.hsm : null;
  }
  /** Run `fn` in a transaction and append its audit event in the same transaction. */
  async mutate(fn) {
    return this.store.tx(async (repo) => {
      const { result, audit } = await fn(repo);
      for (const a of Array.isArray(audit) ? audit : [audit]) await appendEvent(repo, a);
      return result;
    });
  }
  /** Persist a new seal configuration (rekey / rotate-root) in the given transaction. */
  async saveSealConfig(repo, config) {
    await repo.setMeta("seal", JSON.stringify(config));
  }
  adoptSealConfig(config) {
    this.sealConfig_ = config;
  }
  /** Rotate the root key: every data key is re-wrapped (key material is never decrypted), in one transaction. */
  async rotateRoot(actor) {
    this.barrier.assertUnsealed();
    let prepared;
    try {
      const result = await this.mutate(async (repo) => {
        const dataKeys = await repo.listDataKeys();
        prepared = this.barrier.prepareRotation(dataKeys);
        for (const dk of prepared.rewrapped) await repo.rewrapDataKey(dk.id, dk.wrapped, dk.rootVersion);
        const config = { ...this.sealConfig, rootVersion: prepared.newVersion, wrappedRoot: toHex(prepared.wrappedRoot) };
        await this.saveSealConfig(repo, config);
        return {
          result: { config, rootVersion: prepared.newVersion, dataKeys: dataKeys.length },
          audit: {
            actor,
            action: "operator.rotate_root",
            subject: `instance/${this.instanceId}`,
            details: { rootVersion: prepared.newVersion, dataKeys: dataKeys.length }
          }
        };
      });
      this.barrier.commitRotation(prepared.newRoot, prepared.newVersion);
      this.adoptSealConfig(result.config);
      return { rootVersion: result.rootVersion, dataKeys: result.dataKeys };
    } catch (e) {
      clean(prepared?.newRoot);
      throw e;
    }
  }
  /**
   * New unseal material for the same root key (also a migration between seal
   * kinds: passphrase, shamir, pkcs11); returns the new shares for a Shamir seal.
   * Nothing changes unless the new seal is persisted.
   */
  async rekey(spec, actor) {
    this.barrier.assertUnsealed();
    const sealed = await createSeal(spec);
    let adopted = false;
    try {
      const config = { ...sealed.config, rootVersion: this.barrier.rootVersion, wrappedRoot: toHex(this.barrier.wrapRoot(sealed.wrapper)) };
      await this.mutate(async (repo) => {
        await this.saveSealConfig(repo, config);
        return {
          result: void 0,
          audit: {
            actor,
            action: "operator.rekey",
            subject: `instance/${this.instanceId}`,
            details: { seal: config.kind, previous: this.sealConfig_.kind, ...config.kind === "passphrase" ? {} : sealDetails(config) }
          }
        };
      });
      this.barrier.adoptWrapper(sealed.wrapper);
      adopted = true;
      this.adoptHsm(sealed.wrapper);
      this.adoptSealConfig(config);
      return { seal: config.kind, ...sealed.mnemonics ? { mnemonics: sealed.mnemonics } : {} };
    } finally {
      if (!adopted) sealed.wrapper.forget();
    }
  }
  /** Run `fn` with the audit signing key (unsealed only); the key is zeroed after. */
  async withAuditKey(fn) {
    this.barrier.assertUnsealed();
    const raw = await this.store.read.getMeta("audit_key");
    if (!raw) throw new CustosError("E_TAMPERED", "stored record audit key is missing");
    const meta = JSON.parse(raw);
    const dek = this.barrier.openDataKey(await this.store.read.getDataKey(meta.dataKeyId), "audit key");
    const secret = this.barrier.openRecord(dek, fromHex(meta.ciphertext, "audit_key.ciphertext"), AUDIT_KEY_AAD(this.instanceId), "audit key");
    clean(dek);
    try {
      return await fn(secret);
    } finally {
      clean(secret);
    }
  }
  /** Sign a checkpoint over the current head if it moved since the last one. Returns the new checkpoint seq or null. */
  async checkpoint() {
    if (this.sealed) return null;
    return this.withAuditKey(
      async (secret) => this.store.tx(async (repo) => {
        const head = await repo.lastEvent();
        const last = await repo.lastCheckpoint();
        if (!head || last && last.seq >= head.seq) return null;
        await repo.insertCheckpoint(signCheckpoint(this.instanceId, secret, { seq: head.seq, hash: head.hash, ts: (/* @__PURE__ */ new Date()).toISOString() }));
        return head.seq;
      })
    );
  }
  /**
   * Checkpoint (when unsealed), forget the root key and close the store. With
   * `quiet`, a failing checkpoint does not throw (the caller is already
   * reporting another error).
   */
  async close(opts = {}) {
    try {
      if (!this.sealed) await this.checkpoint();
    } catch (e) {
      if (!opts.quiet) throw e;
    } finally {
      this.seal();
      await this.store.close();
    }
  }
};

export {
  mergeHistoryIn,
  historyIn,
  lockValidators,
  recordBlockIn,
  recordAttestationIn,
  bindGenesisIn,
  openStore,
  checkKeyLabel,
  Instance
};
