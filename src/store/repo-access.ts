/** Principals, bearer tokens, the replay-nonce cache, policy versions and named lists. */
import type { Row, SqlExecutor } from './driver.js';
import type { PolicyRecord, PrincipalRecord, Role, TokenRecord } from './records.js';

function toPrincipal(r: Row): PrincipalRecord {
  return {
    id: String(r.id),
    name: String(r.name),
    role: r.role as Role,
    publicKey: String(r.public_key),
    tags: JSON.parse(String(r.tags)) as Record<string, string>,
    state: r.state as PrincipalRecord['state'],
    createdAt: String(r.created_at),
    updatedAt: String(r.updated_at),
    mac: String(r.mac),
  };
}

function toToken(r: Row): TokenRecord {
  return {
    id: String(r.id),
    principalId: String(r.principal_id),
    secretHash: String(r.secret_hash),
    expiresAt: String(r.expires_at),
    state: r.state as TokenRecord['state'],
    createdAt: String(r.created_at),
    mac: String(r.mac),
  };
}

function toPolicy(r: Row): PolicyRecord {
  return {
    version: Number(r.version),
    source: String(r.source),
    digest: String(r.digest),
    createdAt: String(r.created_at),
    createdBy: String(r.created_by),
    mac: String(r.mac),
  };
}

export class AccessRepo {
  constructor(private readonly x: SqlExecutor) {}

  async insertPrincipal(p: PrincipalRecord): Promise<void> {
    await this.x.run('INSERT INTO principals (id, name, role, public_key, tags, state, created_at, updated_at, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [
      p.id,
      p.name,
      p.role,
      p.publicKey,
      JSON.stringify(p.tags),
      p.state,
      p.createdAt,
      p.updatedAt,
      p.mac,
    ]);
  }

  async principalByName(name: string): Promise<PrincipalRecord | undefined> {
    const r = await this.x.get<Row>('SELECT * FROM principals WHERE name = ?', [name]);
    return r && toPrincipal(r);
  }

  async principalById(id: string): Promise<PrincipalRecord | undefined> {
    const r = await this.x.get<Row>('SELECT * FROM principals WHERE id = ?', [id]);
    return r && toPrincipal(r);
  }

  async listPrincipals(): Promise<PrincipalRecord[]> {
    return (await this.x.all<Row>('SELECT * FROM principals ORDER BY name')).map(toPrincipal);
  }

  async countActiveAdmins(): Promise<number> {
    const r = await this.x.get<{ n: number | string }>("SELECT COUNT(*) AS n FROM principals WHERE role = 'admin' AND state = 'active'");
    return Number(r?.n ?? 0);
  }

  /** Write a principal's state with its new row MAC (its tokens stop working with it: auth checks the principal too). */
  async updatePrincipal(p: PrincipalRecord): Promise<void> {
    await this.x.run('UPDATE principals SET state = ?, tags = ?, updated_at = ?, mac = ? WHERE id = ?', [
      p.state,
      JSON.stringify(p.tags),
      p.updatedAt,
      p.mac,
      p.id,
    ]);
  }

  /** Compare-and-set of a principal's key (a passkey's registration): 1 when `expectedKey` was still the stored key. */
  async setPrincipalKey(p: PrincipalRecord, expectedKey: string): Promise<number> {
    return (
      await this.x.run('UPDATE principals SET public_key = ?, updated_at = ?, mac = ? WHERE id = ? AND public_key = ?', [
        p.publicKey,
        p.updatedAt,
        p.mac,
        p.id,
        expectedKey,
      ])
    ).changes;
  }

  async insertToken(t: TokenRecord): Promise<void> {
    await this.x.run('INSERT INTO tokens (id, principal_id, secret_hash, expires_at, state, created_at, mac) VALUES (?, ?, ?, ?, ?, ?, ?)', [
      t.id,
      t.principalId,
      t.secretHash,
      t.expiresAt,
      t.state,
      t.createdAt,
      t.mac,
    ]);
  }

  async tokenById(id: string): Promise<TokenRecord | undefined> {
    const r = await this.x.get<Row>('SELECT * FROM tokens WHERE id = ?', [id]);
    return r && toToken(r);
  }

  async listTokens(principalId?: string): Promise<TokenRecord[]> {
    const rows = principalId
      ? await this.x.all<Row>('SELECT * FROM tokens WHERE principal_id = ? ORDER BY created_at', [principalId])
      : await this.x.all<Row>('SELECT * FROM tokens ORDER BY created_at');
    return rows.map(toToken);
  }

  async updateToken(t: TokenRecord): Promise<number> {
    return (await this.x.run('UPDATE tokens SET state = ?, mac = ? WHERE id = ?', [t.state, t.mac, t.id])).changes;
  }

  /** Atomic check-and-insert: false when the nonce was seen before (a replay). */
  async useNonce(key: string, expiresAtMs: number): Promise<boolean> {
    const { changes } = await this.x.run('INSERT INTO nonces (nonce_key, expires_at) VALUES (?, ?) ON CONFLICT (nonce_key) DO NOTHING', [key, expiresAtMs]);
    return changes === 1;
  }

  async purgeNonces(nowMs: number): Promise<number> {
    return (await this.x.run('DELETE FROM nonces WHERE expires_at < ?', [nowMs])).changes;
  }

  async insertPolicy(p: PolicyRecord): Promise<void> {
    await this.x.run('INSERT INTO policies (version, source, digest, created_at, created_by, mac) VALUES (?, ?, ?, ?, ?, ?)', [
      p.version,
      p.source,
      p.digest,
      p.createdAt,
      p.createdBy,
      p.mac,
    ]);
  }

  async currentPolicy(): Promise<PolicyRecord | undefined> {
    const r = await this.x.get<Row>('SELECT * FROM policies ORDER BY version DESC LIMIT 1');
    return r && toPolicy(r);
  }

  async policyHistory(): Promise<PolicyRecord[]> {
    return (await this.x.all<Row>('SELECT * FROM policies ORDER BY version')).map(toPolicy);
  }

  async listValues(list: string): Promise<string[]> {
    return (await this.x.all<{ value: string }>('SELECT value FROM list_entries WHERE list = ? ORDER BY value', [list])).map((r) => r.value);
  }

  async allLists(): Promise<Record<string, string[]>> {
    const out: Record<string, string[]> = {};
    for (const r of await this.x.all<{ list: string; value: string }>('SELECT list, value FROM list_entries ORDER BY list, value'))
      (out[r.list] ??= []).push(r.value);
    return out;
  }

  async setList(list: string, values: string[]): Promise<void> {
    await this.x.run('DELETE FROM list_entries WHERE list = ?', [list]);
    for (const v of new Set(values)) await this.x.run('INSERT INTO list_entries (list, value) VALUES (?, ?)', [list, v]);
  }
}
