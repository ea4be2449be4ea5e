/**
 * What an instance is for, told by how it was made. A threshold party's
 * instance is created by `custos party serve|identity`, whose genesis audit
 * event (seq 1, instance.init) has the actor "party:init"; every other
 * instance (`custos init`, `serve --dev`) is a custos server's. The genesis
 * event is written in the same transaction as the instance, is hash-chained,
 * never pruned, readable while sealed and copied by `store migrate`, so the
 * check needs no passphrase and holds for directories made by any release.
 */
import { CustosError } from '../errors.js';
import type { Instance } from './instance.js';

export type InstanceRole = 'party' | 'server';

/** The genesis actor that marks a party's instance. */
export const PARTY_INIT_ACTOR = 'party:init';

export async function instanceRole(inst: Instance): Promise<InstanceRole> {
  const [genesis] = await inst.store.read.listEvents(0, 1);
  return genesis?.action === 'instance.init' && genesis.actor === PARTY_INIT_ACTOR ? 'party' : 'server';
}

/** Refuse (E_USAGE) to run `inst` as the other kind; `where` names it for the operator (no store URLs: they may hold passwords). */
export async function assertRole(inst: Instance, want: InstanceRole, where: string): Promise<void> {
  const role = await instanceRole(inst);
  if (role === want) return;
  throw new CustosError(
    'E_USAGE',
    role === 'server'
      ? `${where} is a custos server instance (made by "custos init" or "serve --dev"), not a threshold party: run it with "custos serve", and give each party an empty directory of its own`
      : `${where} is a threshold party's data directory, not a custos server instance: run it with "custos party serve"`,
    { role },
  );
}
