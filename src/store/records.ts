/** Row shapes the store hands out. Secret columns are ciphertext (sealed by the barrier); `mac` columns are written and checked by keystore/authenticated.ts. */

export type KeyState = 'active' | 'disabled' | 'destroyed';
/** local: the secret sealed here; threshold: shares at parties; watch: a public key only, never signs; hsm: reserved. */
export type Custody = 'local' | 'threshold' | 'hsm' | 'watch' | 'cold';
export type Origin = 'generated' | 'imported' | 'restored';

export interface DataKeyRecord {
  id: string;
  wrapped: Uint8Array;
  rootVersion: number;
  createdAt: string;
}

export interface KeyRecord {
  id: string;
  name: string;
  algorithm: string;
  custody: Custody;
  state: KeyState;
  exportable: boolean;
  /** Key usage: may sign raw digests and messages (blind signing); off unless granted at creation or by a governed admin action. */
  allowRaw: boolean;
  tags: Record<string, string>;
  origin: Origin;
  currentVersion: number;
  dataKeyId: string | null;
  createdAt: string;
  updatedAt: string;
  /** Row MAC over the key's security-relevant fields (keystore/authenticated.ts). */
  mac: string;
}

/** One row of the address index: an Ethereum address held by a key's version (row-MACed). */
export interface KeyAddressRecord {
  /** Lowercase 0x-prefixed hex. */
  address: string;
  keyId: string;
  version: number;
  mac: string;
}

export interface KeyVersionRecord {
  keyId: string;
  version: number;
  publicKey: Uint8Array;
  ciphertext: Uint8Array | null;
  createdAt: string;
}

export interface WalletRecord {
  id: string;
  name: string;
  state: 'active' | 'destroyed';
  origin: Origin;
  /** Accounts derived from this wallet may sign raw digests and messages (see KeyRecord.allowRaw). */
  allowRaw: boolean;
  dataKeyId: string | null;
  ciphertext: Uint8Array | null;
  createdAt: string;
  updatedAt: string;
  mac: string;
}

export interface AuditEventRecord {
  seq: number;
  ts: string;
  actor: string;
  action: string;
  subject: string;
  /** Canonical JSON of the event details (never secrets). */
  details: string;
  prevHash: string;
  hash: string;
}

export interface CheckpointRecord {
  seq: number;
  hash: string;
  ts: string;
  signature: string;
}

export { ROLES, type Role } from '../validate.js';
import type { Role } from '../validate.js';

export interface PrincipalRecord {
  id: string;
  name: string;
  role: Role;
  /** SPKI DER hex of the principal's P-256 request-signing key, or its passkey (src/auth/webauthn.ts: "webauthn:..." registered, "webauthn-pending:..." awaiting registration). */
  publicKey: string;
  tags: Record<string, string>;
  state: 'active' | 'revoked';
  createdAt: string;
  updatedAt: string;
  mac: string;
}

export interface TokenRecord {
  id: string;
  principalId: string;
  secretHash: string;
  expiresAt: string;
  state: 'active' | 'revoked';
  createdAt: string;
  mac: string;
}

/** A console login: requests signed by `publicKey` (an ephemeral P-256 key the browser made) act as the principal until `expiresAt`. */
export interface SessionRecord {
  /** 32 hex characters; names the session (x-custos-session), grants nothing by itself. */
  id: string;
  principalId: string;
  /** SPKI DER hex of the session's P-256 key. */
  publicKey: string;
  expiresAt: string;
  state: 'active' | 'revoked';
  createdAt: string;
  mac: string;
}

/**
 * A risk baseline of one subject (a key or a principal), row-MACed (decision 0030):
 * `data` is the profile's counts as JSON (n, first and last time, amount and hour
 * bins, seen-set sizes), rewritten whole under the subject's lock.
 */
export interface RiskBaselineRecord {
  scope: 'key' | 'principal';
  subject: string;
  data: string;
  mac: string;
}

/** One value a subject's baseline has seen (a destination, contract, method or spender), row-MACed; `count` is informational. */
export interface RiskSeenRecord {
  scope: 'key' | 'principal';
  subject: string;
  kind: string;
  value: string;
  count: number;
  mac: string;
}

export interface PolicyRecord {
  version: number;
  source: string;
  digest: string;
  createdAt: string;
  createdBy: string;
  mac: string;
}

/** `offline`: allowed for a cold key, waiting for its air-gapped signature (`request export`, `offline sign`, `request import`). */
export type RequestStatus = 'pending' | 'approved' | 'offline' | 'signed' | 'denied' | 'rejected' | 'expired' | 'cancelled' | 'failed';
export const FINAL_STATUSES: readonly RequestStatus[] = ['signed', 'denied', 'rejected', 'expired', 'cancelled', 'failed'];

export interface RequestRecord {
  id: string;
  /** 'sign' or 'admin:<action>'. */
  kind: string;
  principalId: string;
  principalName: string;
  keyName: string | null;
  status: RequestStatus;
  idempotencyKey: string | null;
  /** JSON: what will be signed or executed (hex payloads, options). */
  payload: string;
  /** JSON: the facts the decision was taken on. */
  facts: string;
  /** JSON: the policy decision (outcome, rule, approvals, delay, policy version). */
  decision: string;
  /** Hex SHA-256 of the request's canonical form: what approvers sign. */
  digest: string;
  valueUsd: number;
  notBefore: string | null;
  expiresAt: string;
  /** JSON: signature result or error, once final. */
  result: string | null;
  createdAt: string;
  updatedAt: string;
  signedAt: string | null;
  mac: string;
}

export interface ApprovalRecord {
  requestId: string;
  approverId: string;
  approverName: string;
  approverRole: Role;
  verdict: 'approve' | 'reject';
  signature: string;
  createdAt: string;
}

/** What a schedule runs (src/keystore/schedules.ts): a key's rotation, the root key's rotation, a threshold key's share refresh. */
export type ScheduleAction = 'key.rotate' | 'root.rotate' | 'key.refresh';

/**
 * A timer (row-MACed, every field but the bookkeeping of its last run):
 * `nextAt` moves by compare-and-set in the transaction that does the work,
 * so one run happens once across instances and restarts.
 */
export interface ScheduleRecord {
  /** `ACTION:TARGET` (`key.rotate:hot`). */
  id: string;
  action: ScheduleAction;
  /** The key it rotates or refreshes (`root` for the root key). */
  target: string;
  everyMs: number;
  /** When it next runs, epoch ms. */
  nextAt: number;
  runs: number;
  lastAt: string | null;
  lastError: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  mac: string;
}

/** A webhook endpoint (row-MACed). Its HMAC secret is never stored: it is derived from the instance's key material and `secretEpoch` (src/notify/webhooks.ts). */
export interface WebhookRecord {
  id: string;
  name: string;
  url: string;
  /** Notification events it receives ('*' = all). */
  events: string[];
  secretEpoch: number;
  createdAt: string;
  createdBy: string;
  mac: string;
}

export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** One notification to one endpoint, in the durable outbox. The MAC covers what is sent and where (id, webhookId, event, payload), not the delivery bookkeeping. */
export interface DeliveryRecord {
  id: string;
  webhookId: string;
  event: string;
  /** The JSON body as sent, byte for byte. */
  payload: string;
  status: DeliveryStatus;
  attempts: number;
  /** When the next attempt is due (ms since the epoch). */
  nextAt: number;
  /** A worker holds the delivery until then (ms), so no other worker sends it meanwhile. */
  leaseUntil: number | null;
  leaseOwner: string | null;
  lastError: string | null;
  lastStatus: number | null;
  createdAt: string;
  updatedAt: string;
  deliveredAt: string | null;
  mac: string;
}
