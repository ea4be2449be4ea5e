/**
 * A compromised coordinator for tests: the coordinator's own threshold
 * metadata, a party's stored share rows, an admin's signed API request as a
 * coordinator could have recorded it, and SignContexts of the harness's
 * making. Used by the threshold attack suites.
 */
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { requestDigest } from '../../src/auth/approval.js';
import { credentialPrivateKey, readCredentialFile } from '../../src/auth/credential.js';
import { signRequest, parseSignedHeaders } from '../../src/auth/request-signature.js';
import type { RiskClaim, SignContext } from '../../src/party/protocol.js';
import { RISK_CODES } from '../../src/risk/types.js';
import type { GovProof } from '../../src/threshold/governance.js';
import type { ThresholdKeyMeta } from '../../src/threshold/coordinator.js';
import { ThresholdVault } from '../../src/threshold/vault.js';
import type { TestServer } from './server.js';
import type { PartyProcess } from './parties.js';

/** The coordinator's metadata of threshold key `name`. */
export async function keyMeta(t: TestServer, name: string): Promise<ThresholdKeyMeta> {
  const k = (await t.server.services.inst.store.read.getKeyByName(name))!;
  return (await new ThresholdVault(t.server.services.inst).get<ThresholdKeyMeta>(t.server.services.inst.store.read, 'tkey', k.id))!.value;
}

/** Every share row at a party (sealed bytes included, as JSON): "nothing changed" means this is identical. */
export function shareRows(p: PartyProcess): string {
  const db = new Database(join(p.dir, 'custos.db'), { readonly: true });
  try {
    return JSON.stringify(db.prepare("SELECT id, state, hex(data) AS d FROM threshold_state WHERE kind = 'share' ORDER BY id").all());
  } finally {
    db.close();
  }
}

/** A principal's signed API request, as the server would have received (and a coordinator recorded) it. */
export function signedRequest(credentialFile: string, method: string, path: string, body: string, now = Date.now()): GovProof['http'] {
  const cred = readCredentialFile(credentialFile);
  const h = parseSignedHeaders(signRequest(credentialPrivateKey(cred), cred.principal, { method, path, body }, now));
  return { method, path, body, principal: h.principal, timestamp: h.timestamp, nonce: h.nonce, signature: Buffer.from(h.signature).toString('base64url') };
}

/**
 * A claim of every risk signal at full score: a party never refuses a claim above its own (decision 0030), so
 * the attack suites' forged contexts are refused for what they test, not for their risk claim.
 */
export const FULL_RISK_CLAIM: RiskClaim = { score: 100, codes: [...RISK_CODES] };

/** A SignContext for `bot` with key `tk`, as the request service would build it, with chosen parts forged. */
export function botContext(
  payload: Record<string, unknown>,
  f: { id?: string; createdAt?: string; approvals?: SignContext['approvals']; risk?: RiskClaim | null } = {},
): SignContext {
  const id = f.id ?? crypto.randomUUID();
  const createdAt = f.createdAt ?? new Date().toISOString();
  return {
    id,
    kind: 'sign',
    principal: { id: 'x', name: 'bot', role: '', kind: 'api', tags: {} },
    keyName: 'tk',
    payload: JSON.stringify(payload),
    createdAt,
    digest: requestDigest({ id, kind: 'sign', principal: 'bot', key: 'tk', payload, createdAt }),
    approvals: f.approvals ?? [],
    ...(f.risk === null ? {} : { risk: f.risk ?? FULL_RISK_CLAIM }),
  };
}
