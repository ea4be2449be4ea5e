/**
 * The keystore's shared types: what keys look like to callers, and the ports
 * between the keystore and the layers around it (threshold signing, fact
 * gathering). A leaf module: types only, so requests/, threshold/ and party/
 * can name them without importing `Keys`.
 */
import type { KeyFacts as PolicyKeyFacts } from '../policy/facts.js';
import type { SignatureScheme } from '../crypto/algorithms.js';
import type { Curve } from '../hd/derive.js';
import type { SignContext } from '../party/protocol.js';
import type { Repo } from '../store/repo.js';
import type { KeyRecord, Origin } from '../store/records.js';

export interface KeyVersionInfo {
  version: number;
  publicKey: string;
  createdAt: string;
  /** current signs; retired only verifies. */
  status: 'current' | 'retired';
}

export interface KeyInfo {
  name: string;
  id: string | null;
  algorithm: string;
  custody: string;
  state: string;
  exportable: boolean;
  /** May sign raw digests and messages (blind signing): a key usage, off unless granted. */
  allowRaw: boolean;
  origin: Origin | 'derived';
  tags: Record<string, string>;
  currentVersion: number;
  publicKey: string;
  addresses: Record<string, string>;
  versions: KeyVersionInfo[];
  createdAt: string;
  wallet?: { name: string; path: string };
}

export interface NewKey {
  name: string;
  algorithm: string;
  exportable?: boolean;
  /** Grant raw (blind) signing; default false. */
  allowRaw?: boolean;
  tags?: Record<string, string>;
  /** hsm: generated inside the PKCS#11 token that seals the instance and signs there (keystore/hsm-keys.ts). Default local. */
  custody?: 'local' | 'hsm' | 'cold';
}

export interface SignResult {
  key: string;
  algorithm: string;
  scheme: SignatureScheme;
  version: number;
  publicKey: string;
  signature: string;
}

/** What policy and planners may know of a key (public, MAC-checked): the policy's `key.*` facts plus state and public key. */
export interface KeyFacts extends PolicyKeyFacts {
  state: string;
  /** Hex of the current version's public key. */
  publicKey: string;
  /** Whether the key (or the wallet an account is derived from) may sign raw digests and messages. */
  allowRaw: boolean;
}

export interface SignOptionsIn {
  version?: number;
  scheme?: SignatureScheme;
  auxRand?: Uint8Array;
  curve?: Curve;
  /** The signing request a threshold key signs for (its parties re-check it). */
  context?: SignContext;
  /**
   * The air-gapped signer (src/airgap/offline-signer.ts) signing for a verified
   * export: the one caller that may sign with a cold key (custody `cold`).
   */
  offline?: true;
}

/**
 * The port through which `Keys` signs with a threshold key: its parties make
 * the signature (src/threshold/coordinator.ts implements it). Injected into
 * `Keys` at construction by the composition root (src/api/services.ts).
 */
export interface ThresholdSigner {
  sign(repo: Repo, key: KeyRecord, scheme: SignatureScheme, bytes: Uint8Array, context: SignContext | undefined): Promise<Uint8Array>;
}

/** What the threshold coordinator needs of the key table: record a DKG's key, read a threshold key's MAC-checked record, describe a key. */
export interface ThresholdKeyRecords {
  insertThresholdIn(repo: Repo, spec: ThresholdKeySpec, actor: string, details: Record<string, unknown>): Promise<KeyInfo>;
  thresholdRecord(repo: Repo, name: string): Promise<KeyRecord>;
  show(name: string): Promise<KeyInfo>;
}

/** A threshold key made by a DKG: the group public key only. */
export interface ThresholdKeySpec {
  id: string;
  name: string;
  algorithm: string;
  tags: Record<string, string>;
  allowRaw: boolean;
  publicKey: Uint8Array;
}

/** What planners and fact gathering read of keys: public facts only (`Keys.facts`). */
export interface KeyFactsSource {
  facts(repo: Repo, refText: string, curve?: Curve): Promise<KeyFacts>;
}
