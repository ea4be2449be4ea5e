/**
 * A party's governance copy: principals, named lists, the policy, the party
 * registry, and destroyed threshold keys, as relayed by the coordinator. On
 * pairing everything is taken as is (trust on first use, like SSH); after
 * that, each new principal, list change, policy change, party registration and
 * key destruction must carry an admin-signed proof that this party verifies
 * against its own principals and policy (threshold/governance.ts), newer than
 * the last one applied (pairing records the signed time of every proof it
 * came with, so an older change cannot be replayed later). Revocations need
 * the admin's signed revoke too (they take veto and governing power away);
 * party removals need no proof (they only take a party out of future keys). What fails is skipped, reported and audited; the old
 * copy stays in force.
 */
import { isCustosError, CustosError } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import { canonicalJson } from '../audit/canonical.js';
import type { Actor } from '../access/actor.js';
import type { AdminAction } from '../requests/types.js';
import type { Repo } from '../store/repo.js';
import { parsePolicy } from '../policy/document.js';
import { govKey, verifyGovProof, type GovProof } from '../threshold/governance.js';
import type { GovSync } from './protocol.js';
import { verifyKemKey, type KemAnnouncement } from './wire.js';
import type { PeerRecord } from './authority.js';
import type { PartyCore } from './types.js';
import { principalKey, verifyRegistration } from '../auth/webauthn.js';
import type { RecoveryDelivery } from '../threshold/governance.js';
import { pairedRecovery, pendingNames, takeRecovery, type RecoveryOutcome } from './recovery.js';

export async function applyGovSync(
  node: PartyCore,
  b: GovSync,
  trustAll: boolean,
): Promise<{ policyVersion: number; rejected: { change: string; reason: string }[]; recoveries: RecoveryOutcome[] }> {
  const s = node.services;
  const actor: Actor = { id: 'coordinator', name: node.actorName, role: 'admin', kind: 'local', tags: {} };
  const rejected: { change: string; reason: string }[] = [];
  const destroyed: string[] = [];
  const recoveries: RecoveryOutcome[] = [];
  await node.inst.store.tx(async (repo) => {
    // Guardian recoveries first (recovery.ts): on the guardians' signatures and this party's own time-lock, never on the coordinator's copy.
    const deliveries = (b.recoveries ?? []) as RecoveryDelivery[];
    const nowMs = s.now();
    for (const d of deliveries) {
      const o = trustAll ? await pairedRecovery(node, repo, d, nowMs, actor) : await takeRecovery(node, repo, d, nowMs, actor);
      recoveries.push(o);
      if (o.state === 'refused') rejected.push({ change: `recovery:${o.id}`, reason: o.reason ?? 'invalid' });
    }
    const pending = pendingNames(recoveries, deliveries);
    const adminApprovals = (await s.policies.current(repo)).policy.adminApprovals;
    /** Verify a change's proof (unless pairing) and return the action to apply, or null when refused. */
    const proven = async (key: string, fallback: AdminAction, proof: GovProof | undefined): Promise<AdminAction | null> => {
      if (trustAll) {
        // Pairing takes the copy as is, but remembers the signed time of each record's proof, so an older
        // (validly signed, since superseded) change cannot be replayed later.
        if (proof?.http && Number.isSafeInteger(proof.http.timestamp))
          await node.vault.put(repo, 'gov-applied', key, 'active', { timestamp: proof.http.timestamp, nonce: proof.http.nonce });
        return fallback;
      }
      try {
        const action = proof?.action ?? fallback;
        if (govKey(action) !== key) throw new CustosError('E_PARTY_REFUSED', 'the proof is for another record');
        const ts = await verifyGovProof(node.inst, repo, action, proof, adminApprovals, { passkeys: node.services.acceptPasskeyApprovals });
        // Order by the admin's signed timestamp (seconds): an older change, or the same signed request again, is a replay.
        const applied = await node.vault.get<{ timestamp: number; nonce?: string }>(repo, 'gov-applied', key);
        if (applied && (applied.value.timestamp > ts || applied.value.nonce === proof?.http.nonce))
          throw new CustosError('E_PARTY_REFUSED', 'an older change than the one in force (replay)');
        await node.vault.put(repo, 'gov-applied', key, 'active', { timestamp: ts, nonce: proof?.http.nonce });
        return action;
      } catch (e) {
        rejected.push({ change: key, reason: isCustosError(e) ? e.message : 'invalid' });
        return null;
      }
    };
    for (const o of b.principals) {
      const existing = await repo.access.principalByName(o.name);
      // Created or revoked by a recovery still in this party's time-lock: the recovery decides it, not this copy.
      const proofAction = (o.proof as GovProof | undefined)?.action?.action;
      if (!trustAll && pending.has(o.name) && proofAction !== (o.state === 'revoked' ? 'principal.revoke' : 'principal.create')) continue;
      if (!existing && o.state === 'active') {
        const a = await proven(
          `principal:${o.name}`,
          { action: 'principal.create', name: o.name, role: o.role, publicKey: o.publicKey, tags: o.tags },
          o.proof as GovProof | undefined,
        );
        if (a?.action === 'principal.create')
          await s.principals.createIn(repo, { name: a.name, role: a.role, publicKey: a.publicKey, tags: a.tags ?? {} }, actor);
        await passkeyRegistered(node, repo, o, actor.name, rejected);
      } else if (existing && existing.state === 'active' && o.state === 'active' && existing.publicKey !== o.publicKey) {
        await passkeyRegistered(node, repo, o, actor.name, rejected);
      } else if (existing && existing.state === 'active' && o.state === 'revoked') {
        // A revocation takes veto and governing power away too: it needs the admin's signed revoke like any change.
        const a = await proven(`principal:${o.name}`, { action: 'principal.revoke', name: o.name }, o.proof as GovProof | undefined);
        if (a?.action !== 'principal.revoke') continue;
        await repo.access.updatePrincipal(
          node.inst.records.sign('principals', { ...existing, state: 'revoked' as const, updatedAt: new Date().toISOString() }),
        );
        await appendEvent(repo, { actor: actor.name, action: 'principal.revoke', subject: `principal/${o.name}`, details: {} });
      } else if (!existing && o.state === 'revoked' && trustAll && o.proof) {
        // Pairing: a principal revoked before this party existed; remember the revocation so its older create proof cannot be replayed.
        await proven(`principal:${o.name}`, { action: 'principal.revoke', name: o.name }, o.proof as GovProof);
      }
    }
    for (const [name, values] of Object.entries(b.lists)) {
      const current = await repo.access.listValues(name);
      if (canonicalJson([...current].sort()) === canonicalJson([...values].sort())) continue;
      const a = await proven(`list:${name}`, { action: 'list.set', name, values }, b.listProofs[name] as GovProof | undefined);
      if (a?.action === 'list.set') await s.policies.setListIn(repo, a.name, a.values, actor);
    }
    if (typeof b.policy === 'string') {
      const cur = await s.policies.current(repo);
      if (cur.version === 0 || cur.policy.digest !== parsePolicy(b.policy).digest) {
        const a = await proven('policy', { action: 'policy.set', source: b.policy }, b.policyProof as GovProof | undefined);
        if (a?.action === 'policy.set') await s.policies.setIn(repo, a.source, actor);
      }
    }
    for (const p of b.parties) await syncPeer(node, repo, p, proven, actor.name);
    for (const d of b.destroyed) {
      if (!(await node.holdsKey(repo, d.name))) continue;
      const a = await proven(`destroy:${d.name}`, { action: 'key.destroy', name: d.name }, d.proof as GovProof);
      if (a?.action === 'key.destroy') destroyed.push(a.name);
    }
    if (rejected.length) await appendEvent(repo, { actor: actor.name, action: 'gov.refuse', subject: 'party/governance', details: { rejected } });
  });
  for (const name of destroyed) await node.destroyShares(name);
  return { policyVersion: (await s.policies.current(node.inst.store.read)).version, rejected, recoveries };
}

/**
 * A passkey principal's registration: the admin-signed principal.create
 * committed to the registration key derived from the one-time token; the
 * credential is taken when that key signed it (src/auth/webauthn.ts), in
 * place of the pending key, once. Anything else is refused and reported.
 */
async function passkeyRegistered(
  node: PartyCore,
  repo: Repo,
  o: GovSync['principals'][number],
  actor: string,
  rejected: { change: string; reason: string }[],
): Promise<void> {
  const current = await repo.access.principalByName(o.name);
  if (!current || current.publicKey === o.publicKey) return;
  node.inst.records.verify('principals', current);
  const have = principalKey(current.publicKey);
  const next = principalKey(o.publicKey);
  if (have.type !== 'passkey-pending' || next.type !== 'passkey' || !verifyRegistration(have.regKey, o.name, next.credential)) {
    rejected.push({ change: `principal:${o.name}`, reason: 'a key change that is not the registration of its pending passkey' });
    return;
  }
  const updated = node.inst.records.sign('principals', { ...current, publicKey: o.publicKey, updatedAt: new Date().toISOString() });
  if ((await repo.access.setPrincipalKey(updated, current.publicKey)) !== 1) return;
  const c = next.credential;
  await appendEvent(repo, {
    actor,
    action: 'passkey.register',
    subject: `principal/${o.name}`,
    details: { credentialId: c.id, alg: c.alg, rpId: c.rpId, origin: c.origin, via: 'coordinator' },
  });
}

/** A peer's KEM announcement, kept only when its own identity signed it. */
function pinnable(identity: string, kem: unknown): KemAnnouncement | undefined {
  if (!kem) return undefined;
  try {
    verifyKemKey(identity, kem);
    return kem as KemAnnouncement;
  } catch {
    return undefined;
  }
}

/** One registry entry: added with an admin's proof (or at pairing), removed on the coordinator's word. */
async function syncPeer(
  node: PartyCore,
  repo: Repo,
  p: GovSync['parties'][number],
  proven: (key: string, fallback: AdminAction, proof: GovProof | undefined) => Promise<AdminAction | null>,
  actor: string,
): Promise<void> {
  const key = `party:${p.name}`;
  const existing = await node.vault.get<PeerRecord>(repo, 'peer', p.name);
  if (p.state === 'removed') {
    if (existing?.state === 'active') {
      await node.vault.put(repo, 'peer', p.name, 'removed', existing.value);
      await appendEvent(repo, { actor, action: 'party.peer.remove', subject: `party/${p.name}`, details: { identity: existing.value.identity } });
    }
    return;
  }
  const kem = pinnable(p.identity, p.kem) ?? (existing?.value.identity === p.identity ? existing.value.kem : undefined);
  if (existing?.state === 'active' && existing.value.identity === p.identity) {
    if (kem && !existing.value.kem) await node.vault.put(repo, 'peer', p.name, 'active', { ...existing.value, kem }); // pin, once
    return;
  }
  const proof = p.proof as GovProof | undefined;
  const a = await proven(key, (proof?.action as AdminAction | undefined) ?? { action: 'party.add', name: p.name, url: '', identity: p.identity }, proof);
  if (a?.action !== 'party.add' || a.identity !== p.identity) return;
  await node.vault.put(repo, 'peer', p.name, 'active', { name: p.name, identity: p.identity, ...(kem ? { kem } : {}) });
  await appendEvent(repo, { actor, action: 'party.peer.add', subject: `party/${p.name}`, details: { identity: p.identity } });
}
