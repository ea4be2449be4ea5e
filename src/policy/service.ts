/**
 * The policy in force: versioned documents in the store (history kept), the
 * compiled current version cached in memory and re-read whenever the stored
 * version moves (so a change made through any instance applies at once).
 */
import { appendEvent } from '../audit/trail.js';
import { auditActor, type Actor } from '../access/actor.js';
import type { Repo } from '../store/repo.js';
import type { PolicyRecord } from '../store/records.js';
import type { Instance } from '../keystore/instance.js';
import { DEFAULT_POLICY_TEXT, parsePolicy, type Policy } from './document.js';
import { checkName } from '../keystore/refs.js';
import { badInput } from '../errors.js';

export interface PolicyInForce {
  version: number;
  policy: Policy;
  mac?: string;
}

const LIST_VALUE_MAX = 512;

export class PolicyService {
  private cached: PolicyInForce | null = null;
  private defaultPolicy: Policy | null = null;

  constructor(private readonly inst: Instance) {}

  /** The current policy (version 0 is the built-in default of a fresh instance). */
  async current(repo: Repo): Promise<PolicyInForce> {
    const rec = await repo.access.currentPolicy();
    if (!rec) return { version: 0, policy: (this.defaultPolicy ??= parsePolicy(DEFAULT_POLICY_TEXT)) };
    if (this.cached?.version !== rec.version || this.cached.mac !== rec.mac) {
      if (!this.inst.sealed) this.inst.records.verify('policies', rec);
      this.cached = { version: rec.version, policy: parsePolicy(rec.source), mac: rec.mac };
    }
    return this.cached;
  }

  /** Validate and store a new version (the old one stays in force if the document is invalid). */
  async setIn(repo: Repo, source: string, actor: Actor): Promise<{ version: number; digest: string; rules: number }> {
    const policy = parsePolicy(source);
    const prev = await repo.access.currentPolicy();
    const version = (prev?.version ?? 0) + 1;
    const base = { version, source, digest: policy.digest, createdAt: new Date().toISOString(), createdBy: auditActor(actor) };
    const rec: PolicyRecord = this.inst.records.sign('policies', base);
    await repo.access.insertPolicy(rec);
    await appendEvent(repo, {
      actor: auditActor(actor),
      action: 'policy.set',
      subject: `policy/v${version}`,
      details: { version, digest: policy.digest, rules: policy.rules.length, previous: prev?.version ?? 0 },
    });
    return { version, digest: policy.digest, rules: policy.rules.length };
  }

  async history(repo: Repo): Promise<PolicyRecord[]> {
    return repo.access.policyHistory();
  }

  /** Replace a named list (allowlist, denylist) in the caller's transaction. */
  async setListIn(repo: Repo, name: string, values: string[], actor: Actor): Promise<{ list: string; values: number }> {
    checkName(name, 'list');
    for (const v of values) {
      if (v.length === 0 || v.length > LIST_VALUE_MAX) throw badInput(`list values must be 1..${LIST_VALUE_MAX} characters`, { field: 'values' });
    }
    const before = await repo.access.listValues(name);
    await repo.access.setList(name, values);
    const after = new Set(values);
    await appendEvent(repo, {
      actor: auditActor(actor),
      action: 'list.set',
      subject: `list/${name}`,
      details: { added: [...after].filter((v) => !before.includes(v)), removed: before.filter((v) => !after.has(v)), size: after.size },
    });
    return { list: name, values: after.size };
  }
}
