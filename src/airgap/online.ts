/**
 * The online instance's side of air-gapped signing: export a cold-key
 * request that policy allowed (status `offline`) with everything the offline
 * instance needs to re-plan and re-check it, and import the offline
 * instance's response: verified under the pinned identity, bound to exactly
 * that request (id, digest, this instance), each signature verified here
 * against the cold key's registered public key over what this instance's own
 * plan of the stored payload signs, then recorded once (compare-and-set
 * offline -> signed).
 */
import { CustosError } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import { auditActor, requireRole, type Actor } from '../access/actor.js';
import { fromHex } from '../crypto/bytes.js';
import { getAlgorithm, type SignatureScheme } from '../crypto/algorithms.js';
import { prepareSignature } from '../crypto/verify.js';
import { signingBytes } from '../keystore/payload.js';
import { signAudit, type SignResult } from '../keystore/keys.js';
import type { PolicyService } from '../policy/service.js';
import type { Repo } from '../store/repo.js';
import type { RequestRecord } from '../store/records.js';
import type { Plan } from '../requests/types.js';
import type { RequestRows } from '../requests/rows.js';
import type { RequestView } from '../requests/view.js';
import type { StoredPayload } from '../requests/stored.js';
import { requesterActor } from '../requests/executor.js';
import { learnSigned } from '../requests/risk.js';
import { REQUEST_FORMAT, RESPONSE_FORMAT, bodyDigest, decodeFile, encodeFile, type ExportBody, type OfflineSignature } from './format.js';
import type { AirgapPeers } from './peers.js';

/** Who may export and import cold-key requests. */
export const AIRGAP_ROLES = ['admin', 'operator'] as const;

export interface ExportResult {
  requestId: string;
  /** The file's text (one line: custos-req1.<base64url>). */
  file: string;
  bytes: number;
  exportDigest: string;
}

export class AirgapOnline {
  constructor(
    private readonly rows: RequestRows,
    private readonly policies: PolicyService,
    private readonly peers: AirgapPeers,
  ) {}

  /** The export of a request waiting for its air-gapped signature, signed by this instance's identity key (audited). */
  async export(actor: Actor, id: string): Promise<ExportResult> {
    requireRole(actor, AIRGAP_ROLES, 'exporting a request for offline signing');
    this.rows.inst.assertUnsealed();
    const repo = this.rows.inst.store.read;
    const rec = this.rows.checked(await this.rows.visible(repo, actor, id, false));
    if (rec.kind !== 'sign' || rec.status !== 'offline' || rec.keyName === null)
      throw new CustosError(
        'E_REQUEST_FINISHED',
        `request ${id} is ${rec.status}: only a cold-key request in status offline (allowed, its approvals and delay passed) is exported`,
        { status: rec.status },
      );
    const approvals = (await repo.requests.approvals(id))
      .filter((a) => a.verdict === 'approve')
      .map((a) => ({ approverName: a.approverName, signature: a.signature }));
    const { version, policy } = await this.policies.current(repo);
    const body: ExportBody = {
      format: REQUEST_FORMAT,
      from: this.rows.inst.instanceId,
      exportedAt: new Date(this.rows.opts.now()).toISOString(),
      request: {
        id: rec.id,
        kind: 'sign',
        principal: rec.principalName,
        key: rec.keyName,
        payload: JSON.parse(rec.payload) as Record<string, unknown>,
        createdAt: rec.createdAt,
        digest: rec.digest,
      },
      policy: { version, digest: policy.digest },
      approvals,
    };
    const file = encodeFile(await this.peers.sign(body));
    const exportDigest = bodyDigest(body);
    await this.rows.inst.store.tx((tx) =>
      appendEvent(tx, {
        actor: auditActor(actor),
        action: 'request.export',
        subject: `request/${id}`,
        details: { exportDigest, bytes: file.length, approvals: approvals.length },
      }),
    );
    return { requestId: id, file, bytes: file.length, exportDigest };
  }

  /** Complete a request from the offline instance's response; exactly once, however many imports race. */
  async import(actor: Actor, text: string): Promise<RequestView> {
    requireRole(actor, AIRGAP_ROLES, 'importing an offline signature');
    this.rows.inst.assertUnsealed();
    const doc = decodeFile(text, RESPONSE_FORMAT);
    const b = doc.body;
    const repo = this.rows.inst.store.read;
    await this.peers.verify(repo, b.from, doc);
    if (b.to !== this.rows.inst.instanceId)
      throw new CustosError('E_AIRGAP_MISMATCH', `the response answers an export of instance ${b.to}, not of this one`, { requestId: b.requestId });
    const found = await repo.requests.get(b.requestId);
    if (!found) throw new CustosError('E_REQUEST_NOT_FOUND', `no request ${b.requestId}`);
    const rec = this.rows.checked(found);
    if (b.requestDigest !== rec.digest)
      throw new CustosError('E_AIRGAP_MISMATCH', `the response answers another request than ${rec.id} (its digest differs)`, { requestId: rec.id });
    assertImportable(rec);
    const plan = await this.rows.plan(repo, JSON.parse(rec.payload) as StoredPayload);
    const results = await this.verifiedSignatures(repo, plan, b.signatures, rec.id);
    const output = plan.assemble(results);
    return this.rows.inst.store.tx(async (tx) => {
      const fresh = this.rows.checked((await tx.requests.get(rec.id))!);
      assertImportable(fresh);
      const nowIso = new Date(this.rows.opts.now()).toISOString();
      if (!(await this.rows.move(tx, fresh, ['offline'], { status: 'signed', result: JSON.stringify(output), signedAt: nowIso }, nowIso)))
        throw replayed(rec.id);
      for (const [i, r] of results.entries())
        await appendEvent(tx, signAudit(requesterActor(fresh), r, plan.tasks[i]!.input, { requestId: rec.id, offlineInstance: b.from }));
      await appendEvent(tx, {
        actor: auditActor(actor),
        action: 'request.import',
        subject: `request/${rec.id}`,
        details: { offlineInstance: b.from, responseDigest: bodyDigest(b), exportDigest: b.exportDigest, signatures: results.length },
      });
      await learnSigned(tx, this.rows.inst.records, fresh);
      return this.rows.view(tx, (await tx.requests.get(rec.id))!);
    });
  }

  /**
   * Each of the plan's signatures, from the response, checked here: one per
   * task in order, by the task's key (cold, its public key as registered),
   * scheme and algorithm, verifying over what this instance's plan signs.
   */
  private async verifiedSignatures(repo: Repo, plan: Plan, sigs: OfflineSignature[], id: string): Promise<SignResult[]> {
    if (sigs.length !== plan.tasks.length)
      throw new CustosError('E_AIRGAP_MISMATCH', `the response has ${sigs.length} signatures; request ${id} needs ${plan.tasks.length}`, { requestId: id });
    const out: SignResult[] = [];
    for (const [i, t] of plan.tasks.entries()) {
      const s = sigs[i]!;
      const k = await this.rows.keys.facts(repo, t.ref, t.curve);
      const alg = getAlgorithm(k.algorithm);
      const scheme = t.scheme ?? alg.defaultScheme;
      const bad = (why: string) => new CustosError('E_AIRGAP_MISMATCH', `signature ${i + 1} of the response: ${why}`, { requestId: id, index: i });
      if (k.custody !== 'cold') throw bad(`key "${k.name}" is not a cold key here`);
      if (s.key !== t.ref || s.publicKey !== k.publicKey || s.algorithm !== k.algorithm || s.scheme !== scheme || s.version !== k.version)
        throw bad(`it is not by key "${k.name}" v${k.version} (${k.algorithm} ${scheme}) as registered here`);
      let verdict: string;
      try {
        verdict = prepareSignature(k.algorithm, scheme as SignatureScheme, fromHex(s.signature, 'signature')).verify(
          fromHex(k.publicKey),
          signingBytes(scheme as SignatureScheme, t.input),
        );
      } catch {
        verdict = 'invalid';
      }
      if (verdict !== 'valid') throw bad(`it does not verify over what request ${id} signs`);
      out.push({ key: s.key, algorithm: s.algorithm, scheme: scheme as SignatureScheme, version: s.version, publicKey: s.publicKey, signature: s.signature });
    }
    return out;
  }
}

function assertImportable(rec: RequestRecord): void {
  if (rec.status === 'signed') throw replayed(rec.id);
  if (rec.status !== 'offline')
    throw new CustosError('E_REQUEST_FINISHED', `request ${rec.id} is ${rec.status}: it takes no offline signature`, { status: rec.status });
}

function replayed(id: string): CustosError {
  return new CustosError('E_AIRGAP_REPLAYED', `request ${id} is already signed: a response is imported once`, { requestId: id });
}
