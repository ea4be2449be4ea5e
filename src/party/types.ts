/**
 * What the parts of a party node share (keygen.ts, sign.ts, evidence.ts,
 * gov-sync.ts are handed the node as a `PartyCore`, and the node is handed
 * `PartyServices`). A leaf module: types only, so those parts and node.ts do
 * not import each other in a circle.
 */
import type { Principals } from '../access/principals.js';
import type { Instance } from '../keystore/instance.js';
import type { PolicyService } from '../policy/service.js';
import type { Requests } from '../requests/service.js';
import type { Repo } from '../store/repo.js';
import type { FrostPublicJson } from '../threshold/codec.js';
import type { FrostSuite } from '../threshold/suites.js';
import type { ThresholdVault } from '../threshold/vault.js';
import type { PartyAuthority } from './authority.js';
import type { Envelope, Identity } from './wire.js';
import type { AuditAction } from '../audit/events.js';

/** What a party node uses of its instance's services (src/api/services.ts `partyServices`). */
export interface PartyServices {
  inst: Instance;
  policies: Pick<PolicyService, 'current' | 'setIn' | 'setListIn'>;
  principals: Pick<Principals, 'createIn' | 'revokeIn'>;
  /** The planners a party re-plans a request's payload with (the same code as the server's). */
  requests: Pick<Requests, 'planner'>;
  /**
   * Whether relayed approvals by passkey principals count here (`party serve --accept-passkey-approvals`; off by
   * default): those approvals come through a console the coordinator serves, which can show one request and have
   * the passkey sign another, so against a compromised coordinator they are worth what the coordinator is.
   */
  acceptPasskeyApprovals: boolean;
  /** The party's clock for its own time-locks: request delays and lifetimes, guardian recoveries (Date.now; tests inject one: fault.ts partyClock). */
  now: () => number;
}

/** A share of a threshold key, as a party keeps it (sealed in its vault). */
export interface ShareRecord {
  keyId: string;
  keyName: string;
  suite: FrostSuite;
  epoch: number;
  tags: Record<string, string>;
  /** The key may sign raw digests and messages (fixed at its DKG; shares dealt by a reshare keep the old share's). */
  allowRaw?: boolean;
  secret: { identifier: string; signingShare: string };
  public: FrostPublicJson;
  digest: string;
  /** Reshared epochs: the session that dealt it (receipts must come from that same dealing). */
  session?: string;
}

/** The node as its parts see it (src/party/node.ts implements it). */
export interface PartyCore {
  readonly services: PartyServices;
  readonly inst: Instance;
  readonly vault: ThresholdVault;
  readonly identity: Identity;
  readonly authority: PartyAuthority;
  /** The audit actor for what the coordinator asked. */
  readonly actorName: string;
  storePending(rec: ShareRecord, action: AuditAction): Promise<void>;
  holdsKey(repo: Repo, keyName: string): Promise<boolean>;
  destroyShares(keyName: string): Promise<number>;
  share(keyId: string, epoch: number, digest: string, receipts?: Envelope[]): Promise<ShareRecord>;
}
