/**
 * The eth2 keymanager API's service (`/eth/v1/keystores` on the eth2 listener; shapes in
 * test/vectors/web3signer_openapi/openapi-specs/eth2/keymanager): list, import and delete the
 * validator keys of one keymanager principal's `eth2-scope` (docs/decisions/0021-eth2-keymanager.md).
 *
 * - import: EIP-2335 keystores decrypted on every core (keystore-pool.ts), a status per keystore
 *   (imported, duplicate, error); the new keys (tagged with the principal's scope) and the
 *   slashing-protection data of this request's public keys commit in one transaction, or neither.
 * - delete: in one transaction holding the validators' locks, each key in scope is disabled (so no
 *   signing transaction can sign with it once this commits, and one that committed before has its
 *   record here) and the slashing data is read; keys are disabled, never destroyed (crypto-shred
 *   stays with the admin quorum).
 */
import { randomUUID } from 'node:crypto';
import { CustosError, badInput } from '../errors.js';
import { auditActor, requireRole, type Actor } from '../access/actor.js';
import { getAlgorithm } from '../crypto/algorithms.js';
import { clean, toHex } from '../crypto/bytes.js';
import { appendEvent } from '../audit/trail.js';
import { formatInterchange, parseInterchange, type Interchange } from '../chains/eth2/interchange.js';
import { array, object, pubkey as pubkeyHex } from '../chains/eth2/values.js';
import { decryptKeystoresSettled, type KeystoreJob } from '../keystore/keystore-pool.js';
import { ETH2_PATH_TAG, eip2335Path } from '../formats/eip2335.js';
import type { ImportEntry, Keys } from '../keystore/keys.js';
import type { Instance } from '../keystore/instance.js';
import type { Repo } from '../store/repo.js';
import type { ValidatorHistory } from '../store/slashing.js';
import { ETH2_SCOPE_TAG, servesEth2 } from './plans-eth2.js';

/** Keystores (or public keys to delete) per request. */
export const MAX_KEYSTORES = 1000;

export type ImportStatus = { status: 'imported' | 'duplicate' | 'error'; message?: string };
export type DeleteStatus = { status: 'deleted' | 'not_active' | 'not_found' | 'error'; message?: string };

const ZERO_ROOT = `0x${'00'.repeat(32)}`;

export interface Eth2KeyManagerOptions {
  /** Worker threads for the KDFs (default: every core). */
  threads?: number;
}

function keymanager(actor: Actor): void {
  requireRole(actor, ['keymanager'], 'the keymanager API');
}

function strings(v: unknown, field: string): string[] {
  const a = array(v, field);
  if (a.length > MAX_KEYSTORES)
    throw new CustosError('E_TOO_LARGE', `${field}: at most ${MAX_KEYSTORES} per request, not ${a.length}`, { limit: MAX_KEYSTORES });
  return a.map((x, i) => {
    if (typeof x !== 'string') throw badInput(`${field}[${i}]: expected a string`, { field: `${field}[${i}]` });
    return x;
  });
}

/** The declared public key of an EIP-2335 keystore text (0x-hex lowercase), null when absent, or an error message. */
function declaredPubkey(content: string, i: number): string | null | { error: string } {
  let doc: unknown;
  try {
    doc = JSON.parse(content);
  } catch {
    return { error: `keystores[${i}]: not JSON` };
  }
  const p = (doc as { pubkey?: unknown } | null)?.pubkey;
  if (p === undefined || p === null || p === '') return null;
  if (typeof p !== 'string' || !/^(0x)?[0-9a-fA-F]{96}$/.test(p)) return { error: `keystores[${i}].pubkey: expected 96 hex digits` };
  return `0x${p.replace(/^0x/, '').toLowerCase()}`;
}

export class Eth2KeyManager {
  constructor(
    private readonly inst: Instance,
    private readonly keys: Keys,
    private readonly opts: Eth2KeyManagerOptions = {},
  ) {}

  /** The active BLS keys of the principal's scope: `data` of GET /eth/v1/keystores. */
  async list(actor: Actor): Promise<{ validating_pubkey: string; derivation_path?: string; readonly: boolean }[]> {
    keymanager(actor);
    return (await this.keys.blsKeys())
      .filter(({ key }) => servesEth2(actor.tags, key))
      .map((k) => {
        const path = k.key.tags[ETH2_PATH_TAG];
        return { validating_pubkey: k.pubkey, ...(path !== undefined ? { derivation_path: path } : {}), readonly: false };
      });
  }

  /** POST /eth/v1/keystores: a status per keystore, in order. Bad request shapes and another chain's slashing data are E_BAD_INPUT, changing nothing. */
  async import(actor: Actor, body: unknown): Promise<{ data: ImportStatus[] }> {
    keymanager(actor);
    this.inst.assertUnsealed();
    const b = object(body, 'body');
    const keystores = strings(b.keystores, 'keystores');
    const passwords = strings(b.passwords, 'passwords');
    if (passwords.length !== keystores.length)
      throw badInput(`passwords: one per keystore (${keystores.length}), not ${passwords.length}`, { field: 'passwords' });
    let slashing: Interchange | undefined;
    if (b.slashing_protection !== undefined && b.slashing_protection !== null) {
      if (typeof b.slashing_protection !== 'string')
        throw badInput('slashing_protection: expected the interchange JSON as a string', { field: 'slashing_protection' });
      let doc: unknown;
      try {
        doc = JSON.parse(b.slashing_protection);
      } catch {
        throw badInput('slashing_protection: not JSON', { field: 'slashing_protection' });
      }
      slashing = parseInterchange(doc);
    }
    const out: ImportStatus[] = keystores.map(() => ({ status: 'error' }));
    /** The public keys this request's keystores give the scope (imported or already there): the slashing data kept. */
    const served = new Set<string>();
    const scoped = async (pk: string) => (await this.keys.blsHolders(this.inst.store.read, pk)).filter((k) => servesEth2(actor.tags, k));
    // Keys already served skip their KDF; the rest are decrypted on every core, each on its own.
    const jobs: { i: number; job: KeystoreJob; declared: string | null }[] = [];
    for (const [i, content] of keystores.entries()) {
      const declared = declaredPubkey(content, i);
      if (declared !== null && typeof declared === 'object') out[i] = { status: 'error', message: declared.error };
      else if (declared !== null && (await scoped(declared)).some((k) => k.state === 'active')) {
        out[i] = { status: 'duplicate' };
        served.add(declared);
      } else jobs.push({ i, declared, job: { content, password: passwords[i]!, source: `keystores[${i}]` } });
    }
    const secrets = await decryptKeystoresSettled(
      'eip2335',
      jobs.map((j) => j.job),
      this.opts.threads ? { threads: this.opts.threads } : {},
    );
    const entries: (ImportEntry & { i: number })[] = [];
    const seen = new Set<string>();
    const batch = randomUUID();
    const scope = actor.tags[ETH2_SCOPE_TAG];
    try {
      for (const [n, r] of secrets.entries()) {
        const { i, declared } = jobs[n]!;
        if (r instanceof CustosError) {
          out[i] = { status: 'error', message: r.message };
          continue;
        }
        const pk = `0x${toHex(getAlgorithm('bls12-381').publicKey(r))}`;
        if (declared !== null && declared !== pk) out[i] = { status: 'error', message: `keystores[${i}]: its pubkey does not match its secret` };
        else if (seen.has(pk)) out[i] = { status: 'duplicate' };
        else {
          const held = await this.keys.blsHolders(this.inst.store.read, pk);
          if (held.some((k) => k.state === 'active' && servesEth2(actor.tags, k))) {
            out[i] = { status: 'duplicate' };
            served.add(pk);
          } else if (held.length > 0)
            out[i] = { status: 'error', message: `keystores[${i}]: custos holds this key already, disabled or outside this scope: an admin must enable it` };
          else {
            const path = eip2335Path(jobs[n]!.job.content);
            const tags = { ...(scope !== undefined ? { [ETH2_SCOPE_TAG]: scope } : {}), ...(path !== null ? { [ETH2_PATH_TAG]: path } : {}) };
            entries.push({
              i,
              spec: { name: await this.freeName(pk), algorithm: 'bls12-381', tags },
              secret: r,
              source: `keystores[${i}]`,
            });
            out[i] = { status: 'imported' };
            served.add(pk);
          }
        }
        seen.add(pk);
      }
      const alsoIn = (repo: Repo) => this.importSlashing(repo, actor, slashing, served);
      if (entries.length > 0) await this.keys.importSecrets(entries, auditActor(actor), { format: 'eip2335', via: 'keymanager', batch }, { alsoIn });
      else if (slashing) await this.inst.store.tx(alsoIn);
    } catch (e) {
      if (e instanceof CustosError && e.code === 'E_BAD_INPUT') throw e; // another chain's slashing data: 400, nothing kept
      if (!(e instanceof CustosError) || e.code === 'E_INTERNAL' || e.code === 'E_STORE') throw e;
      for (const en of entries) out[en.i] = { status: 'error', message: e.message };
    } finally {
      for (const s of secrets) if (!(s instanceof CustosError)) clean(s);
    }
    return { data: out };
  }

  /** The slashing data of this request's keys (others' are ignored: a keymanager cannot block another scope's validators), merged under their locks. */
  private async importSlashing(repo: Repo, actor: Actor, slashing: Interchange | undefined, pubkeys: ReadonlySet<string>): Promise<void> {
    if (!slashing) return;
    const data: ValidatorHistory[] = slashing.data.filter((d) => pubkeys.has(d.pubkey));
    await repo.eth2.lock(data.map((d) => d.pubkey));
    await repo.eth2.importHistory(slashing.genesisValidatorsRoot, data);
    await appendEvent(repo, {
      actor: auditActor(actor),
      action: 'eth2.slashing_import',
      subject: 'eth2/slashing',
      details: {
        via: 'keymanager',
        validators: new Set(data.map((d) => d.pubkey)).size,
        blocks: data.reduce((n, d) => n + d.signedBlocks.length, 0),
        attestations: data.reduce((n, d) => n + d.signedAttestations.length, 0),
        ignored: slashing.data.length - data.length,
      },
    });
  }

  /** A key name for a validator key: `eth2-` and the first 40 hex digits of its public key (a suffix if a tombstone holds it). */
  private async freeName(pk: string): Promise<string> {
    const base = `eth2-${pk.slice(2, 42)}`;
    for (let n = 1; ; n++) {
      const name = n === 1 ? base : `${base}-${n}`;
      if (!(await this.inst.store.read.getKeyByName(name))) return name;
    }
  }

  /**
   * DELETE /eth/v1/keystores: in one transaction holding the validators' locks, disable each active
   * key of the scope (deleted), note the disabled ones (not_active), and read their slashing data.
   */
  async remove(actor: Actor, body: unknown): Promise<{ data: DeleteStatus[]; slashing_protection: string }> {
    keymanager(actor);
    this.inst.assertUnsealed();
    const b = object(body, 'body');
    const pubkeys = strings(b.pubkeys, 'pubkeys').map((p, i) => pubkeyHex(p, `pubkeys[${i}]`));
    return this.inst.store.tx(async (repo) => {
      // The locks every signing transaction of these validators takes before its record and signature.
      await repo.eth2.lock(pubkeys);
      const data: DeleteStatus[] = [];
      const found: string[] = [];
      for (const pk of pubkeys) {
        const mine = (await this.keys.blsHolders(repo, pk)).filter((k) => servesEth2(actor.tags, k));
        if (mine.length === 0) {
          data.push({ status: 'not_found' });
          continue;
        }
        let deleted = false;
        for (const k of mine) if (await this.keys.setStateIn(repo, k.name, false, auditActor(actor), { via: 'keymanager' })) deleted = true;
        data.push({ status: deleted ? 'deleted' : 'not_active' });
        if (!found.includes(pk)) found.push(pk);
      }
      const history = await repo.eth2.history(found);
      const histories = found.map((pk) => history.find((h) => h.pubkey === pk) ?? { pubkey: pk, signedBlocks: [], signedAttestations: [] });
      const root = (await repo.eth2.genesisRoot()) ?? ZERO_ROOT;
      return { data, slashing_protection: JSON.stringify(formatInterchange(root, histories)) };
    });
  }
}
