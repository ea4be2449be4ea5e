/**
 * The authenticated-record layer: the one place that MACs and checks rows.
 *
 * Rows of `keys`, `key_addresses`, `wallets`, `principals`, `tokens`, `policies`, `requests`,
 * the risk baselines (`risk_baselines`, `risk_seen`) and the others below
 * carry an HMAC-SHA256 over their security-relevant fields (names, states,
 * roles, policy text...), keyed by the instance's row-MAC key (a data key
 * wrapped by the root key, so rotate-root keeps every MAC valid). A database
 * writer without the root key cannot re-point, re-enable or re-role anything:
 * a row whose MAC does not match is E_TAMPERED naming the record.
 *
 * Callers never name a MAC or its fields: they `sign` a row before writing it
 * and `verify` (or read through `principalById`, `principalByName`) a row
 * they are about to trust. test/arch/rules.test.ts checks
 * that nothing outside this file computes or checks a MAC.
 *
 *   mac = hex(HMAC-SHA256(macKey, "custos-row-v1:" + table + ":" + canonicalJson(fields)))
 */
import { createHmac, hkdfSync } from 'node:crypto';
import { CustosError } from '../errors.js';
import { clean, equalBytes } from '../crypto/bytes.js';
import { canonicalJson } from '../audit/canonical.js';
import type { Repo } from '../store/repo.js';
import type {
  DeliveryRecord,
  KeyAddressRecord,
  KeyRecord,
  PolicyRecord,
  PrincipalRecord,
  RequestRecord,
  TokenRecord,
  WalletRecord,
  WebhookRecord,
  ScheduleRecord,
  SessionRecord,
  RiskBaselineRecord,
  RiskSeenRecord,
} from '../store/records.js';

/** The authenticated tables and their row types. */
export interface AuthenticatedRows {
  keys: KeyRecord;
  keyAddresses: KeyAddressRecord;
  wallets: WalletRecord;
  principals: PrincipalRecord;
  tokens: TokenRecord;
  policies: PolicyRecord;
  requests: RequestRecord;
  webhooks: WebhookRecord;
  webhookDeliveries: DeliveryRecord;
  schedules: ScheduleRecord;
  sessions: SessionRecord;
  riskBaselines: RiskBaselineRecord;
  riskSeen: RiskSeenRecord;
}
export type AuthenticatedTable = keyof AuthenticatedRows;

interface TableSpec<R> {
  /** The fields the MAC covers: everything that decides what a row means or may do. */
  fields: (r: R) => Record<string, unknown>;
  /** How an E_TAMPERED error names the row. */
  label: (r: R) => string;
}

/**
 * `allowRaw` is covered only when granted, so the MACs of rows written before the field existed
 * (and of every row without the grant) stay valid, while a grant written past the barrier is not.
 */
const rawGrant = (allowRaw: boolean) => (allowRaw ? { allowRaw: true } : {});

/** The field lists are part of the stored format: changing one invalidates every existing row of its table. */
const TABLES: { [T in AuthenticatedTable]: TableSpec<AuthenticatedRows[T]> } = {
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
      ...rawGrant(k.allowRaw),
    }),
    label: (k) => `key/${k.name}`,
  },
  keyAddresses: {
    fields: (a) => ({ address: a.address, keyId: a.keyId, version: a.version }),
    label: (a) => `key-address/${a.address}`,
  },
  wallets: {
    fields: (w) => ({ id: w.id, name: w.name, state: w.state, origin: w.origin, dataKeyId: w.dataKeyId, ...rawGrant(w.allowRaw) }),
    label: (w) => `wallet/${w.name}`,
  },
  principals: {
    fields: (p) => ({ id: p.id, name: p.name, role: p.role, publicKey: p.publicKey, tags: p.tags, state: p.state }),
    label: (p) => `principal/${p.name}`,
  },
  tokens: {
    fields: (t) => ({ id: t.id, principalId: t.principalId, secretHash: t.secretHash, expiresAt: t.expiresAt, state: t.state }),
    label: (t) => `token/${t.id}`,
  },
  policies: {
    fields: (p) => ({ version: p.version, source: p.source, digest: p.digest }),
    label: (p) => `policy/v${p.version}`,
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
      signedAt: r.signedAt,
    }),
    label: (r) => `request/${r.id}`,
  },
  webhooks: {
    fields: (w) => ({ id: w.id, name: w.name, url: w.url, events: w.events, secretEpoch: w.secretEpoch }),
    label: (w) => `webhook/${w.name}`,
  },
  webhookDeliveries: {
    fields: (d) => ({ id: d.id, webhookId: d.webhookId, event: d.event, payload: d.payload }),
    label: (d) => `webhook-delivery/${d.id}`,
  },
  schedules: {
    fields: (x) => ({ id: x.id, action: x.action, target: x.target, everyMs: x.everyMs, nextAt: x.nextAt, runs: x.runs }),
    label: (x) => `schedule/${x.id}`,
  },
  sessions: {
    fields: (x) => ({ id: x.id, principalId: x.principalId, publicKey: x.publicKey, expiresAt: x.expiresAt, state: x.state }),
    label: (x) => `session/${x.id}`,
  },
  riskBaselines: {
    fields: (x) => ({ scope: x.scope, subject: x.subject, data: x.data }),
    label: (x) => `risk-baseline/${x.scope}/${x.subject}`,
  },
  riskSeen: {
    // The count is not covered: scoring reads only whether a value was seen, and a zeroed count reads as unseen (stricter).
    fields: (x) => ({ scope: x.scope, subject: x.subject, kind: x.kind, value: x.value }),
    label: (x) => `risk-seen/${x.scope}/${x.subject}/${x.kind}`,
  },
};

export class AuthenticatedRecords {
  /** HMAC key for row MACs, held only while unsealed (set and forgotten by the Instance). */
  private key: Uint8Array | null = null;

  constructor(private readonly assertUnsealed: () => void) {}

  /** The Instance hands over the unwrapped row-MAC key at unseal (this object owns it from then on). */
  adoptKey(key: Uint8Array): void {
    this.forget();
    this.key = key;
  }

  /** Zero and drop the key (seal). */
  forget(): void {
    clean(this.key);
    this.key = null;
  }

  private mac<T extends AuthenticatedTable>(table: T, row: AuthenticatedRows[T]): string {
    this.assertUnsealed();
    if (!this.key) throw new CustosError('E_SEALED', 'custos is sealed');
    return createHmac('sha256', this.key)
      .update(`custos-row-v1:${table}:${canonicalJson(TABLES[table].fields(row))}`)
      .digest('hex');
  }

  /** The row with a fresh MAC: what every write of an authenticated row goes through (unsealed only). */
  sign<T extends AuthenticatedTable>(table: T, row: Omit<AuthenticatedRows[T], 'mac'>): AuthenticatedRows[T] {
    const full = { ...row, mac: '' } as AuthenticatedRows[T];
    return { ...row, mac: this.mac(table, full) } as AuthenticatedRows[T];
  }

  /** The row itself when its MAC matches (unsealed only); E_TAMPERED naming the record otherwise. */
  verify<T extends AuthenticatedTable>(table: T, row: AuthenticatedRows[T]): AuthenticatedRows[T] {
    const expected = this.mac(table, row);
    if (!equalBytes(Buffer.from(expected, 'hex'), Buffer.from(/^[0-9a-f]{64}$/.test(row.mac) ? row.mac : '', 'hex'))) {
      const record = TABLES[table].label(row);
      throw new CustosError('E_TAMPERED', `stored record ${record} failed authentication (edited, swapped or re-pointed)`, { record });
    }
    return row;
  }

  /** A principal by id, MAC-checked when it exists. */
  async principalById(repo: Repo, id: string): Promise<PrincipalRecord | undefined> {
    const p = await repo.access.principalById(id);
    return p && this.verify('principals', p);
  }

  /** A principal by name, MAC-checked when it exists. */
  async principalByName(repo: Repo, name: string): Promise<PrincipalRecord | undefined> {
    const p = await repo.access.principalByName(name);
    return p && this.verify('principals', p);
  }

  /**
   * A 32-byte key for one named purpose, derived from the row-MAC key with
   * HKDF-SHA256 (RFC 5869; salt "custos-subkey-v1", info = purpose), so it
   * is never stored, survives rotate-root like the MAC key, and is
   * independent of the MAC key and of every other purpose (unsealed only).
   */
  subkey(purpose: string): Buffer {
    this.assertUnsealed();
    if (!this.key) throw new CustosError('E_SEALED', 'custos is sealed');
    return Buffer.from(hkdfSync('sha256', this.key, 'custos-subkey-v1', `custos-subkey:${purpose}`, 32));
  }

  /** The work of checking a row's MAC, result unused: for a name that has no row, so a missing name takes as long as a present one. */
  decoy<T extends AuthenticatedTable>(table: T, row: Omit<AuthenticatedRows[T], 'mac'>): void {
    this.sign(table, row);
  }
}
