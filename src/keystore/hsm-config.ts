/**
 * The host's HSM settings: which PKCS#11 module, which token, which PIN file.
 * They belong to the operator of the host, never to the store (a database
 * writer must not choose the library the server loads), so they live in
 * DATA/pkcs11.json (mode 0600, written by `init --seal pkcs11` and
 * `operator rekey --to pkcs11`) or in the environment, which wins:
 * CUSTOS_PKCS11_MODULE, CUSTOS_PKCS11_SLOT, CUSTOS_PKCS11_TOKEN_LABEL,
 * CUSTOS_PKCS11_PIN_FILE. The PIN itself stays in its file and is read only
 * when a session is opened.
 */
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { CustosError, badInput } from '../errors.js';
import type { HsmAccess } from './pkcs11.js';

export interface HsmSettings {
  module: string;
  slot?: number;
  tokenLabel?: string;
  pinFile: string;
}

export const HSM_SETTINGS_FILE = 'pkcs11.json';

export function checkHsmSettings(s: Partial<HsmSettings>): HsmSettings {
  if (typeof s.module !== 'string' || !isAbsolute(s.module)) throw badInput('the PKCS#11 module must be an absolute path (--module)', { field: 'module' });
  if (typeof s.pinFile !== 'string' || !isAbsolute(s.pinFile)) throw badInput('the PIN file must be an absolute path (--pin-file)', { field: 'pin-file' });
  if (s.slot !== undefined && (!Number.isSafeInteger(s.slot) || s.slot < 0))
    throw badInput('the slot must be a non-negative integer (--slot)', { field: 'slot' });
  if (s.tokenLabel !== undefined && (typeof s.tokenLabel !== 'string' || s.tokenLabel.length === 0 || s.tokenLabel.length > 32)) {
    throw badInput('the token label must be 1-32 characters (--token-label)', { field: 'token-label' });
  }
  if ((s.slot === undefined) === (s.tokenLabel === undefined))
    throw badInput('name the token by --slot N or by --token-label L (one of them)', { field: 'slot' });
  return {
    module: s.module,
    pinFile: s.pinFile,
    ...(s.slot !== undefined ? { slot: s.slot } : {}),
    ...(s.tokenLabel !== undefined ? { tokenLabel: s.tokenLabel } : {}),
  };
}

/** The settings for this data directory: environment first, then DATA/pkcs11.json; undefined when neither names a module. */
export function hsmSettings(dataDir: string, env: Record<string, string | undefined>): HsmSettings | undefined {
  const file = join(dataDir, HSM_SETTINGS_FILE);
  let saved: Partial<HsmSettings> = {};
  if (existsSync(file)) {
    try {
      saved = JSON.parse(readFileSync(file, 'utf8')) as Partial<HsmSettings>;
    } catch {
      throw new CustosError('E_CONFIG', `${file}: not valid JSON`, { file });
    }
  }
  const slot = env.CUSTOS_PKCS11_SLOT;
  const merged: Partial<HsmSettings> = {
    ...saved,
    ...(env.CUSTOS_PKCS11_MODULE ? { module: env.CUSTOS_PKCS11_MODULE } : {}),
    ...(env.CUSTOS_PKCS11_PIN_FILE ? { pinFile: env.CUSTOS_PKCS11_PIN_FILE } : {}),
    ...(slot ? { slot: Number(slot), tokenLabel: undefined } : {}),
    ...(env.CUSTOS_PKCS11_TOKEN_LABEL ? { tokenLabel: env.CUSTOS_PKCS11_TOKEN_LABEL, slot: undefined } : {}),
  };
  if (merged.module === undefined) return undefined;
  for (const k of Object.keys(merged) as (keyof HsmSettings)[]) if (merged[k] === undefined) delete merged[k];
  return checkHsmSettings(merged);
}

/** Remember the settings for this data directory (mode 0600; no secret inside, but they name where the PIN is). */
export function saveHsmSettings(dataDir: string, s: HsmSettings): void {
  const file = join(dataDir, HSM_SETTINGS_FILE);
  writeFileSync(file, `${JSON.stringify(s, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
}

/** Read the PIN file and make the access for one session; E_CONFIG when the file cannot be read. The caller zeroes `pin`. */
export function hsmAccess(s: HsmSettings): HsmAccess {
  let pin: Buffer;
  try {
    pin = readFileSync(s.pinFile);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new CustosError('E_CONFIG', `PIN file ${s.pinFile}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : 'unreadable'}`, {
      file: s.pinFile,
    });
  }
  let end = pin.length;
  while (end > 0 && (pin[end - 1] === 0x0a || pin[end - 1] === 0x0d)) end--;
  const bytes = Uint8Array.from(pin.subarray(0, end));
  pin.fill(0);
  return {
    module: s.module,
    pin: bytes,
    ...(s.slot !== undefined ? { slot: s.slot } : {}),
    ...(s.tokenLabel !== undefined ? { tokenLabel: s.tokenLabel } : {}),
  };
}

/** The access of this host for a data directory (its settings, or E_CONFIG naming what to give). The caller zeroes `pin`. */
export function hostHsmAccess(dataDir: string, env: Record<string, string | undefined> = process.env): HsmAccess {
  const s = hsmSettings(dataDir, env);
  if (!s) {
    throw new CustosError(
      'E_CONFIG',
      `no HSM settings for ${dataDir}: give --module, --slot or --token-label and --pin-file (saved to ${join(dataDir, HSM_SETTINGS_FILE)}), or set CUSTOS_PKCS11_MODULE and CUSTOS_PKCS11_PIN_FILE`,
      { file: join(dataDir, HSM_SETTINGS_FILE) },
    );
  }
  return hsmAccess(s);
}
