/**
 * Local mode: each command opens the instance, unseals it for its own
 * duration when it needs to (from --passphrase-file / --share-file, the
 * CUSTOS_* environment, or a prompt), and forgets the root key when it ends.
 */
import { resolve } from 'node:path';
import { CustosError } from '../errors.js';
import { localActor } from '../access/actor.js';
import { utf8 } from '../crypto/bytes.js';
import { Instance, type Location } from '../keystore/instance.js';
import type { UnsealMaterial } from '../keystore/seal.js';
import { list, str, type Invocation } from './command.js';
import { progress, readSecretText, type Io } from './io.js';
import { sharesIn } from './shares.js';
import { hostHsmAccess } from '../keystore/hsm-config.js';

export function actorFor(): string {
  return localActor().name;
}

export function locationOf(inv: Invocation): Location {
  const data = str(inv.values, 'data') ?? inv.io.env.CUSTOS_DATA ?? 'custos-data';
  const store = str(inv.values, 'store') ?? inv.io.env.CUSTOS_STORE;
  return { data: resolve(inv.io.cwd, data), ...(store ? { store } : {}) };
}

/** Collect unseal material for the instance's seal kind, or fail with E_SEALED. */
export async function unsealMaterial(inv: Invocation, kind: 'passphrase' | 'shamir', threshold: number): Promise<UnsealMaterial> {
  const { io, values } = inv;
  if (kind === 'passphrase') {
    const file = str(values, 'passphrase-file') ?? io.env.CUSTOS_PASSPHRASE_FILE;
    if (file) return { passphrase: utf8(readSecretText(io, file, 'passphrase file')) };
    if (io.interactive) return { passphrase: utf8(await io.promptHidden('Unseal passphrase: ')) };
    throw new CustosError('E_SEALED', 'custos is sealed: give --passphrase-file FILE (or set CUSTOS_PASSPHRASE_FILE)');
  }
  let files = list(values, 'share-file');
  if (files.length === 0 && io.env.CUSTOS_SHARE_FILES) files = io.env.CUSTOS_SHARE_FILES.split(',').filter(Boolean);
  const shares = files.flatMap((f) => sharesIn(readSecretText(io, f, 'share file'), `share file ${f}`));
  if (shares.length === 0 && io.interactive) {
    for (let i = 1; i <= threshold; i++) shares.push(...sharesIn(await io.promptHidden(`Unseal share ${i} of ${threshold}: `), 'unseal share'));
  }
  if (shares.length === 0) throw new CustosError('E_SEALED', `custos is sealed: give ${threshold} --share-file options (or set CUSTOS_SHARE_FILES)`);
  return { shares };
}

/** An open instance for one command; the command builds its services from it (src/api/services.ts, the composition root). */
export interface Session {
  inst: Instance;
  actor: string;
  io: Io;
}

/** Open the instance (unsealing when asked), run `fn`, then checkpoint, seal and close. */
export async function withInstance<T>(inv: Invocation, opts: { unseal: boolean }, fn: (s: Session) => Promise<T>): Promise<T> {
  const inst = await Instance.open(locationOf(inv));
  const actor = actorFor();
  let result: T;
  try {
    if (opts.unseal) await unsealSession(inv, inst, actor);
    result = await fn({ inst, actor, io: inv.io });
  } catch (e) {
    await inst.close({ quiet: true });
    throw e;
  }
  await inst.close();
  return result;
}

export async function unsealSession(inv: Invocation, inst: Instance, actor: string): Promise<void> {
  const cfg = inst.sealConfig;
  if (cfg.kind === 'pkcs11') {
    await inst.unseal({ hsm: hostHsmAccess(inst.dataDir, inv.io.env) }, actor);
    return;
  }
  const material = await unsealMaterial(inv, cfg.kind, cfg.kind === 'shamir' ? cfg.threshold : 1);
  if (cfg.kind === 'passphrase') {
    progress(inv.io, `unsealing (argon2id, ${Math.round(cfg.kdf.memoryKib / 1024)} MiB)...`);
  }
  await inst.unseal(material, actor);
}
