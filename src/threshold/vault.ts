/**
 * Sealed threshold state: JSON records in the threshold_state table, each
 * encrypted (AES-256-GCM) under one namespace data key wrapped by the
 * instance's root key, with the record's kind, id and state as associated
 * data — so a record cannot be read without unsealing, nor edited, swapped
 * between ids or moved to another state undetected. Shares, nonces and the
 * party identity never leave this layer unencrypted.
 *
 * Whole-record rollback (restoring an older copy of the database) is not
 * detectable here; see docs/threat-model.md.
 */
import { CustosError } from '../errors.js';
import { clean, utf8 } from '../crypto/bytes.js';
import type { Instance } from '../keystore/instance.js';
import type { Repo } from '../store/repo.js';

const DEK_META = 'threshold_data_key';
const aad = (instanceId: string, kind: string, id: string, state: string) => `custos:threshold:${instanceId}:${kind}:${id}:${state}`;

export interface Sealed<T> {
  id: string;
  state: string;
  value: T;
  updatedAt: string;
}

export class ThresholdVault {
  constructor(private readonly inst: Instance) {}

  /** The namespace data key, created on first use inside the caller's transaction. */
  private async dek(repo: Repo, create: boolean): Promise<Uint8Array | null> {
    const id = await repo.getMeta(DEK_META);
    if (id) return await this.inst.sealer.openDataKey(await repo.getDataKey(id), 'threshold state', repo);
    if (!create) return null;
    const { record, dek } = this.inst.sealer.newDataKey(new Date().toISOString());
    await this.inst.sealer.insertDataKey(repo, record);
    await repo.setMeta(DEK_META, record.id);
    return dek;
  }

  private encode<T>(dek: Uint8Array, kind: string, id: string, state: string, value: T): Uint8Array {
    return this.inst.sealer.sealRecord(dek, utf8(JSON.stringify(value)), aad(this.inst.instanceId, kind, id, state));
  }

  async get<T>(repo: Repo, kind: string, id: string): Promise<Sealed<T> | undefined> {
    const row = await repo.threshold.get(kind, id);
    if (!row) return undefined;
    const dek = await this.dek(repo, false);
    if (!dek) throw new CustosError('E_TAMPERED', `stored record ${kind}/${id} has no data key`, { record: `${kind}/${id}` });
    try {
      const plain = this.inst.sealer.openRecord(dek, row.data, aad(this.inst.instanceId, kind, id, row.state), `${kind}/${id}`);
      const value = JSON.parse(Buffer.from(plain).toString('utf8')) as T;
      clean(plain);
      return { id, state: row.state, value, updatedAt: row.updatedAt };
    } finally {
      clean(dek);
    }
  }

  async list<T>(repo: Repo, kind: string): Promise<Sealed<T>[]> {
    const out: Sealed<T>[] = [];
    for (const row of await repo.threshold.list(kind)) {
      const v = await this.get<T>(repo, kind, row.id);
      if (v) out.push(v);
    }
    return out;
  }

  /** Write (insert or replace) a record. */
  async put<T>(repo: Repo, kind: string, id: string, state: string, value: T): Promise<void> {
    const dek = (await this.dek(repo, true))!;
    try {
      await repo.threshold.put({ kind, id, state, data: this.encode(dek, kind, id, state, value), updatedAt: new Date().toISOString() });
    } finally {
      clean(dek);
    }
  }

  /** Insert only if absent (false when it exists). */
  async insert<T>(repo: Repo, kind: string, id: string, state: string, value: T): Promise<boolean> {
    const dek = (await this.dek(repo, true))!;
    try {
      return await repo.threshold.insert({ kind, id, state, data: this.encode(dek, kind, id, state, value), updatedAt: new Date().toISOString() });
    } finally {
      clean(dek);
    }
  }

  delete(repo: Repo, kind: string, id: string): Promise<boolean> {
    return repo.threshold.delete(kind, id);
  }
}
