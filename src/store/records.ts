/** Row shapes the store hands out. Secret columns are ciphertext (sealed by the barrier). */

export type KeyState = 'active' | 'disabled' | 'destroyed';
export type Custody = 'local' | 'threshold' | 'hsm';
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
  tags: Record<string, string>;
  origin: Origin;
  currentVersion: number;
  dataKeyId: string | null;
  createdAt: string;
  updatedAt: string;
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
  dataKeyId: string | null;
  ciphertext: Uint8Array | null;
  createdAt: string;
  updatedAt: string;
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
