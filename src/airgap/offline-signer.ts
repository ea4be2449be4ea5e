/**
 * The air-gapped instance's side: sign an exported cold-key request only
 * after checking all of it itself, trusting the online instance for nothing
 * but the transport:
 *
 * - the export is signed by the paired online instance's identity key;
 * - the payload is re-planned here with the same planners, and the request
 *   digest recomputed from it (a tampered payload, amount, key, requester or
 *   time changes the digest, which the approvers signed);
 * - every key it signs with is a cold key of this instance;
 * - the requester is an active principal of this instance, and this
 *   instance's own policy allows the request on facts gathered here
 *   (velocity from what this instance signed);
 * - the approvals the policy asks for are the approvers' P-256 signatures
 *   over the digest, verified against this instance's own principals;
 * - its time-lock has passed on this instance's clock, counted from the
 *   request's creation (bound into the digest), and its lifetime has not;
 * - the request id was never signed here before (recorded in the same
 *   transaction as the signature: two runs racing sign it once).
 *
 * Then it signs, audits (`key.sign`, `offline.sign`) and answers with a
 * response signed by its own identity key.
 */
import { CustosError } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import { auditActor, type Actor } from '../access/actor.js';
import { ownPrincipal, verifiedApprovers } from '../access/approvals.js';
import { requestDigest } from '../auth/approval.js';
import { evaluatePolicy, factsDigest } from '../policy/evaluate.js';
import type { PolicyService } from '../policy/service.js';
import { signAudit, type SignResult } from '../keystore/keys.js';
import type { Role } from '../store/records.js';
import type { Repo } from '../store/repo.js';
import type { Plan } from '../requests/types.js';
import type { RequestRows } from '../requests/rows.js';
import { gatherFacts, requestShape } from '../requests/facts.js';
import { storedFacts } from '../requests/stored.js';
import { storedDecision } from '../requests/view.js';
import { REQUEST_FORMAT, RESPONSE_FORMAT, bodyDigest, decodeFile, encodeFile, type ResponseBody } from './format.js';
import type { AirgapPeers } from './peers.js';
import { ThresholdVault } from '../threshold/vault.js';

/** Clock difference tolerated between the two instances. */
const SKEW_MS = 120_000;

export interface OfflineSignResult {
  requestId: string;
  /** The response file's text (one line: custos-resp1.<base64url>). */
  file: string;
  bytes: number;
  policyVersion: number;
  rule: string | null;
  approvers: string[];
}

export class OfflineSigner {
  constructor(
    private readonly rows: RequestRows,
    private readonly policies: PolicyService,
    private readonly peers: AirgapPeers,
  ) {}

  /** When this instance first saw a verified export of request `id` (recorded in its own transaction, so a refusal keeps it). */
  private async firstSight(id: string, nowMs: number): Promise<number> {
    const vault = new ThresholdVault(this.rows.inst);
    return this.rows.inst.store.tx(async (repo) => {
      const seen = await vault.get<{ at: number }>(repo, 'airgap-seen', id);
      if (seen) return seen.value.at;
      await vault.put(repo, 'airgap-seen', id, 'active', { at: nowMs });
      return nowMs;
    });
  }

  async sign(actor: Actor, text: string): Promise<OfflineSignResult> {
    if (actor.kind !== 'local') throw new CustosError('E_FORBIDDEN', 'offline signing runs only in local mode, on the air-gapped instance');
    const inst = this.rows.inst;
    inst.assertUnsealed();
    const doc = decodeFile(text, REQUEST_FORMAT);
    const b = doc.body;
    const r = b.request;
    await this.peers.verify(inst.store.read, b.from, doc);
    const nowMs = this.rows.opts.now();
    const created = Date.parse(r.createdAt);
    if (!Number.isFinite(created)) throw new CustosError('E_AIRGAP_FORMAT', 'air-gap file refused: request.createdAt is not a time');
    const plan = await this.rows.plan(inst.store.read, r.payload as { type: string });
    const digest = requestDigest({ id: r.id, kind: 'sign', principal: r.principal, key: plan.key, payload: r.payload, createdAt: r.createdAt });
    if (plan.key !== r.key || digest !== r.digest)
      throw new CustosError('E_AIRGAP_MISMATCH', `the request digest does not match its contents (payload, key, requester or time edited)`, {
        requestId: r.id,
      });
    const exportDigest = bodyDigest(b);
    // The time-lock runs on this instance's clock from when it first saw the request (a verified export):
    // the online host writes createdAt, so a lock counted from it could be backdated away.
    const firstSeen = await this.firstSight(r.id, nowMs);
    const signed = await inst.store.tx(async (repo) => {
      if (await repo.requests.get(r.id))
        throw new CustosError('E_AIRGAP_REPLAYED', `request ${r.id} was already signed here: an export is signed once`, { requestId: r.id });
      await this.assertCold(repo, plan, r.id);
      if (created > nowMs + SKEW_MS) throw refuse(r.id, "the request was created in the future (by this instance's clock)");
      const p = await ownPrincipal(inst, repo, r.principal, null);
      if (!p) throw refuse(r.id, `its requester "${r.principal.slice(0, 64)}" is not an active principal of this instance`);
      const requester: Actor = { id: p.id, name: p.name, role: p.role, kind: 'api', tags: p.tags };
      const note = String(r.payload.note ?? '');
      const tags = (r.payload.tags ?? {}) as Record<string, string>;
      const { facts } = await gatherFacts(repo, this.rows.keys, this.rows.inst.records, requester, requestShape(plan, note, tags), nowMs);
      const { version, policy } = await this.policies.current(repo);
      const d = evaluatePolicy(policy, facts);
      if (d.outcome === 'deny') throw refuse(r.id, `its policy v${version} denies it (${d.reason})`, { rule: d.rule, policyVersion: version });
      // Passkey approvals do not count offline: the online host's console obtained them (decision 0026).
      const approvers = d.approvals
        ? await verifiedApprovers(inst, repo, { id: r.id, digest, requester: p.name }, b.approvals, d.approvals.from as Role, 'approve', { passkeys: false })
        : [];
      if (d.approvals && approvers.length < d.approvals.count)
        throw refuse(r.id, `its policy v${version} needs ${d.approvals.count} approvals from ${d.approvals.from}; ${approvers.length} verify here`, {
          rule: d.rule,
          policyVersion: version,
        });
      const lockFrom = Math.max(created, firstSeen);
      if (nowMs < lockFrom + d.delayMs) {
        const left = lockFrom + d.delayMs - nowMs;
        throw new CustosError(
          'E_TOO_EARLY',
          `its time-lock (${d.delayMs} ms from when this instance first saw it) has not passed on this instance's clock: ${left} ms left; present the same file again then`,
          { requestId: r.id, retryAfterMs: left },
        );
      }
      if (nowMs > created + this.rows.opts.ttlMs + d.delayMs + SKEW_MS) throw refuse(r.id, 'the request is older than its lifetime: expired');
      const nowIso = new Date(nowMs).toISOString();
      const stored = storedDecision(d, version, factsDigest(facts), facts.risk);
      await repo.requests.insert(
        this.rows.withMac({
          id: r.id,
          kind: 'sign',
          principalId: p.id,
          principalName: p.name,
          keyName: plan.key,
          status: 'signed',
          idempotencyKey: null,
          payload: JSON.stringify(r.payload),
          facts: JSON.stringify(storedFacts(facts)),
          decision: JSON.stringify(stored),
          digest,
          valueUsd: plan.valueUsd,
          notBefore: null,
          expiresAt: nowIso,
          result: null,
          createdAt: r.createdAt,
          updatedAt: nowIso,
          signedAt: nowIso,
        }),
      );
      await plan.beforeSign?.(repo); // eth2 slashing protection, recorded here before the signature like online
      const results: SignResult[] = [];
      for (const t of plan.tasks) {
        const sig = await this.rows.keys.signIn(repo, t.ref, t.input, {
          scheme: t.scheme,
          offline: true,
          ...(t.curve ? { curve: t.curve } : {}),
          ...(t.auxRand ? { auxRand: t.auxRand } : {}),
        });
        await appendEvent(repo, signAudit(auditActor(actor), sig, t.input, { requestId: r.id, onlineInstance: b.from }));
        results.push(sig);
      }
      await appendEvent(repo, {
        actor: auditActor(actor),
        action: 'offline.sign',
        subject: `request/${r.id}`,
        details: {
          onlineInstance: b.from,
          exportDigest,
          digest,
          requester: p.name,
          policyVersion: version,
          rule: d.rule,
          factsDigest: stored.factsDigest,
          approvers,
        },
      });
      return { results, version, rule: d.rule, approvers };
    });
    const body: ResponseBody = {
      format: RESPONSE_FORMAT,
      from: inst.instanceId,
      to: b.from,
      signedAt: new Date(nowMs).toISOString(),
      requestId: r.id,
      requestDigest: digest,
      exportDigest,
      signatures: signed.results,
    };
    const file = encodeFile(await this.peers.sign(body));
    return { requestId: r.id, file, bytes: file.length, policyVersion: signed.version, rule: signed.rule, approvers: signed.approvers };
  }

  /** Every key the plan signs with is an active cold key holding its secret here. */
  private async assertCold(repo: Repo, plan: Plan, id: string): Promise<void> {
    for (const t of plan.tasks) {
      const k = await this.rows.keys.facts(repo, t.ref, t.curve);
      if (k.custody !== 'cold') throw refuse(id, `key "${k.name}" is not a cold key of this instance (custody ${k.custody})`);
      if (k.state !== 'active') throw refuse(id, `key "${k.name}" is ${k.state}`);
    }
  }
}

function refuse(requestId: string, why: string, details: Record<string, unknown> = {}): CustosError {
  return new CustosError('E_AIRGAP_REFUSED', `offline instance refuses: ${why}`, { requestId, ...details });
}
