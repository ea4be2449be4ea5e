/**
 * Self-defence: a policy `freeze` rule that matches freezes the request's key
 * (the key record is disabled, so the keystore refuses it everywhere) or its
 * principal, recorded in risk_freezes and audited, in the deciding
 * transaction. Submission refuses anything frozen (E_FROZEN); `key enable`
 * refuses a frozen key; only the governed unfreeze (admin quorum: one admin
 * alone cannot lift it when the policy asks for more) lifts it.
 */
import { CustosError } from '../errors.js';
import { appendEvent } from '../audit/trail.js';
import type { Actor } from '../access/actor.js';
import type { Keys } from '../keystore/keys.js';
import { keyNotFound } from '../keystore/key-records.js';
import type { FreezeTarget } from '../policy/document.js';
import type { Repo } from '../store/repo.js';

/** Freeze what a matching freeze rule names, once (a second freeze of the same subject keeps the first). */
export async function freezeIn(
  repo: Repo,
  keys: Keys,
  f: { rule: string; target: FreezeTarget },
  ctx: { keyName: string; actor: Actor; requestId: string; nowMs: number },
): Promise<void> {
  const subject = f.target === 'key' ? ctx.keyName : ctx.actor.id;
  const made = await repo.risk.freeze({ scope: f.target, subject, rule: f.rule, requestId: ctx.requestId, createdAt: new Date(ctx.nowMs).toISOString() });
  if (!made) return;
  await appendEvent(repo, {
    actor: 'custos',
    action: 'risk.freeze',
    subject: f.target === 'key' ? `key/${subject}` : `principal/${ctx.actor.name}`,
    details: { rule: f.rule, requestId: ctx.requestId, target: f.target },
  });
  if (f.target === 'key') await keys.setStateIn(repo, subject, false, 'custos', { frozenBy: f.rule, requestId: ctx.requestId });
}

/** Refuse a request whose key or principal is frozen. */
export async function assertNotFrozen(repo: Repo, keyName: string, actor: Actor): Promise<void> {
  const { key: k, principal: p } = await repo.risk.frozenEither(keyName, actor.id);
  if (k)
    throw new CustosError(
      'E_FROZEN',
      `key "${keyName}" is frozen by policy rule "${k.rule}" (request ${k.requestId}); an admin quorum lifts it (key unfreeze)`,
      { key: keyName, rule: k.rule },
    );
  if (p)
    throw new CustosError(
      'E_FROZEN',
      `principal "${actor.name}" is frozen by policy rule "${p.rule}" (request ${p.requestId}); an admin quorum lifts it (principal unfreeze)`,
      { principal: actor.name, rule: p.rule },
    );
}

/** The governed unfreeze (run by executeAdmin once the admin quorum agreed): lift the freeze and enable a frozen key again. */
export async function unfreezeIn(
  repo: Repo,
  keys: Keys,
  target: FreezeTarget,
  subject: { name: string; id: string },
  actor: string,
): Promise<{ target: FreezeTarget; name: string; unfrozen: boolean }> {
  const id = target === 'key' ? subject.name : subject.id;
  if (target === 'key' && !(await repo.getKeyByName(subject.name))) throw keyNotFound(subject.name);
  const was = await repo.risk.frozen(target, id);
  if (!was) throw new CustosError('E_NOT_FOUND', `${target} "${subject.name}" is not frozen`, { [target]: subject.name });
  await repo.risk.unfreeze(target, id);
  await appendEvent(repo, {
    actor,
    action: 'risk.unfreeze',
    subject: target === 'key' ? `key/${subject.name}` : `principal/${subject.name}`,
    details: { rule: was.rule, requestId: was.requestId },
  });
  if (target === 'key') await keys.setStateIn(repo, subject.name, true, actor, { unfrozen: true });
  return { target, name: subject.name, unfrozen: true };
}
