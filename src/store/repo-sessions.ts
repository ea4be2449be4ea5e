/** Console sessions (src/access/passkeys.ts): one row per passkey login, revoked by compare-and-set. */
import type { Row, SqlExecutor } from './driver.js';
import type { SessionRecord } from './records.js';

function toSession(r: Row): SessionRecord {
  return {
    id: String(r.id),
    principalId: String(r.principal_id),
    publicKey: String(r.public_key),
    expiresAt: String(r.expires_at),
    state: r.state as SessionRecord['state'],
    createdAt: String(r.created_at),
    mac: String(r.mac),
  };
}

export class SessionRepo {
  constructor(private readonly x: SqlExecutor) {}

  async insert(s: SessionRecord): Promise<void> {
    await this.x.run('INSERT INTO sessions (id, principal_id, public_key, expires_at, state, created_at, mac) VALUES (?, ?, ?, ?, ?, ?, ?)', [
      s.id,
      s.principalId,
      s.publicKey,
      s.expiresAt,
      s.state,
      s.createdAt,
      s.mac,
    ]);
  }

  async get(id: string): Promise<SessionRecord | undefined> {
    const r = await this.x.get<Row>('SELECT * FROM sessions WHERE id = ?', [id]);
    return r ? toSession(r) : undefined;
  }

  /** Sessions not yet expired at `nowIso` (ISO strings sort as times), of one principal or all. */
  async listLive(nowIso: string, principalId?: string): Promise<SessionRecord[]> {
    const rows = principalId
      ? await this.x.all<Row>("SELECT * FROM sessions WHERE principal_id = ? AND state = 'active' AND expires_at > ? ORDER BY created_at", [
          principalId,
          nowIso,
        ])
      : await this.x.all<Row>("SELECT * FROM sessions WHERE state = 'active' AND expires_at > ? ORDER BY created_at", [nowIso]);
    return rows.map(toSession);
  }

  /** active -> revoked with its new MAC: 1 when it was active. */
  async revoke(s: SessionRecord): Promise<number> {
    return (await this.x.run("UPDATE sessions SET state = ?, mac = ? WHERE id = ? AND state = 'active'", [s.state, s.mac, s.id])).changes;
  }

  /** Drop rows expired before `nowIso` (they verify nothing any more). */
  async purge(nowIso: string): Promise<number> {
    return (await this.x.run('DELETE FROM sessions WHERE expires_at < ?', [nowIso])).changes;
  }
}
