/**
 * The first admin: `custos init` and `serve --dev` register a principal named
 * "admin" and write its credential file (private key, mode 0600). Its key is
 * generated here, on the operator's machine, and never stored by custos.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateCredentialKey, writeCredentialFile } from '../auth/credential.js';
import type { Services } from '../api/context.js';
import { localActor } from './actor.js';

export async function bootstrapAdmin(s: Services, credentialPath: string, server?: string): Promise<string> {
  const path = resolve(credentialPath);
  const { privateKey, publicKeyHex } = generateCredentialKey();
  writeCredentialFile(path, { principal: 'admin', role: 'admin', privateKey, ...(server ? { server } : {}) });
  try {
    await s.inst.store.tx((repo) => s.principals.createIn(repo, { name: 'admin', role: 'admin', publicKey: publicKeyHex }, localActor()));
  } catch (e) {
    rmSync(path, { force: true });
    throw e;
  }
  return path;
}
