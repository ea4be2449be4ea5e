/** Signing-request rows for store tests: the fields a test varies, the rest fixed (no MAC is checked below the store). */
import type { RequestRecord } from '../../src/store/records.js';

export interface RecordFields {
  id: string;
  principal: string;
  key: string;
  /** When the request was created (ms). */
  atMs: number;
  /** The store's clock at expiry (ms; default atMs). */
  expiresMs?: number;
  status?: RequestRecord['status'];
  valueUsd?: number;
}

/** A signing request of `principal` with `key`, created at `atMs`. */
export function signingRecord(f: RecordFields): RequestRecord {
  const at = new Date(f.atMs).toISOString();
  return {
    id: f.id,
    kind: 'sign',
    principalId: f.principal,
    principalName: f.principal,
    keyName: f.key,
    status: f.status ?? 'signed',
    idempotencyKey: null,
    payload: '{}',
    facts: '{}',
    decision: '{}',
    digest: f.id,
    valueUsd: f.valueUsd ?? 1,
    notBefore: null,
    expiresAt: new Date(f.expiresMs ?? f.atMs).toISOString(),
    result: null,
    createdAt: at,
    updatedAt: at,
    signedAt: null,
    mac: 'x',
  };
}
