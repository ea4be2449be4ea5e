/**
 * The party protocol's one typed message table: every message the coordinator
 * may send a party, with the TypeBox schema of its body. Parties validate each
 * body against it before any handler runs (so every message is checked the
 * same way), and the coordinator's `callParty` is typed by it. What each
 * message additionally requires as authority (an admin's signed request, a
 * quorum, new parties' receipts) is declared here too and enforced by the
 * party (src/party/authority.ts); docs/threshold.md explains each one.
 *
 * A leaf module: TypeBox only, so the keystore, requests and threshold layers
 * can share these types without importing the party node.
 */
import { Type as T, type Static, type TSchema } from '@sinclair/typebox';
import { TypeCompiler, type TypeCheck } from '@sinclair/typebox/compiler';
import { badInput } from '../errors.js';

const Id = T.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9._:-]+$' });
const Name = T.String({ minLength: 1, maxLength: 64 });
const Hex64 = T.String({ pattern: '^[0-9a-f]{64}$' });
const Identity = T.String({ pattern: '^[0-9a-f]{128}$' });
const Epoch = T.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER });
const Threshold = T.Integer({ minimum: 2, maximum: 32 });
const Suite = T.String({ maxLength: 32 });
const Tags = T.Record(T.String({ maxLength: 64 }), T.String({ maxLength: 256 }), { maxProperties: 32 });
const loose = T.Unknown();

/** A party in a key's participant list: its identity, its FROST identifier, and (optional) its signed ML-KEM key. */
export const ParticipantSchema = T.Object({
  identity: Identity,
  identifier: Hex64,
  kem: T.Optional(T.Object({ kem: T.String({ maxLength: 2048 }), sig: T.String({ maxLength: 128 }) })),
});
export type ParticipantWire = Static<typeof ParticipantSchema>;
const Participants = T.Array(ParticipantSchema, { minItems: 1, maxItems: 32 });

/** An admin's signed API request as the server received it (signature: base64url P1363). */
export const HttpProofSchema = T.Object({
  method: T.String({ maxLength: 8 }),
  path: T.String({ maxLength: 2048 }),
  body: T.String({ maxLength: 256 * 1024 }),
  principal: Name,
  timestamp: T.Integer({ minimum: 0 }),
  nonce: T.String({ maxLength: 128 }),
  signature: T.String({ maxLength: 128 }),
});

/** An approval or rejection: the approver's P-256 signature over the request digest, or a passkey's WebAuthn assertion envelope (src/auth/approval.ts). */
export const ApprovalSchema = T.Object({ approverName: Name, signature: T.String({ maxLength: 4096 }) });

/**
 * Why a party may believe a governed change (src/threshold/governance.ts):
 * the change, the admin's signed request and, under a quorum, the governed
 * request and the other admins' approvals.
 */
export const GovProofSchema = T.Object({
  action: T.Record(T.String(), loose),
  http: HttpProofSchema,
  quorum: T.Optional(
    T.Object({
      id: T.String({ maxLength: 64 }),
      kind: T.String({ maxLength: 64 }),
      principal: Name,
      key: T.Union([T.String({ maxLength: 64 }), T.Null()]),
      createdAt: T.String({ maxLength: 40 }),
      approvals: T.Array(ApprovalSchema, { maxItems: 100 }),
    }),
  ),
});
const Proof = T.Optional(GovProofSchema);

/** A signed protocol envelope, relayed as evidence (a new party's receipt for its new share). */
export const EnvelopeSchema = T.Object({
  v: T.Literal(1),
  type: T.String({ maxLength: 128 }),
  from: Identity,
  to: Identity,
  session: T.String({ maxLength: 128 }),
  ts: T.Integer({ minimum: 0 }),
  body: loose,
  sig: T.String({ maxLength: 100 }),
});
const Receipts = T.Array(EnvelopeSchema, { maxItems: 32 });

/**
 * The risk the coordinator claims for a request (its own `risk` facts, scored when it executes): what its
 * request view and audit trail show. A party decides on its own risk facts, never on this; it refuses a claim
 * lower than its own (E_RISK_MISMATCH, src/party/risk-claim.ts) and records both. Required at share release.
 */
export const RiskClaimSchema = T.Object({
  score: T.Integer({ minimum: 0, maximum: 100 }),
  codes: T.Array(T.String({ maxLength: 32, pattern: '^[a-z_]+$' }), { maxItems: 16 }),
});
export type RiskClaim = Static<typeof RiskClaimSchema>;

/** The request context the coordinator sends with round 2 and announcements (all of it re-checked by the party). */
export const SignContextSchema = T.Object({
  id: T.String({ pattern: '^[0-9a-f-]{36}$' }),
  kind: T.String({ maxLength: 64 }),
  principal: T.Object({
    id: T.String({ maxLength: 64 }),
    name: T.String({ maxLength: 128 }),
    role: T.String({ maxLength: 16 }),
    kind: T.Union([T.Literal('api'), T.Literal('local')]),
    tags: Tags,
  }),
  keyName: T.String({ maxLength: 300 }),
  payload: T.String({ maxLength: 512 * 1024 }),
  createdAt: T.String({ maxLength: 40 }),
  digest: Hex64,
  approvals: T.Array(ApprovalSchema, { maxItems: 100 }),
  /** The coordinator's claimed risk: absent in announcements (request.seen), required by a party releasing a share. */
  risk: T.Optional(RiskClaimSchema),
});
export type SignContext = Static<typeof SignContextSchema>;

/**
 * A veto that stops a request at a party even when the coordinator withholds
 * it: a cancellation (the principal's own signed `POST /v1/requests/ID/cancel`)
 * or a rejection (the approver's signature over the request digest).
 */
export const VetoSchema = T.Union([
  T.Object({ kind: T.Literal('cancel'), requestId: T.String({ pattern: '^[0-9a-f-]{36}$' }), http: HttpProofSchema }),
  T.Object({
    kind: T.Literal('reject'),
    requestId: T.String({ pattern: '^[0-9a-f-]{36}$' }),
    digest: Hex64,
    principal: Name,
    signature: T.String({ maxLength: 4096 }),
  }),
]);
export type Veto = Static<typeof VetoSchema>;

const GovPrincipal = T.Object({
  name: Name,
  role: T.String({ maxLength: 16 }),
  publicKey: T.String({ maxLength: 4096 }),
  state: T.String({ maxLength: 16 }),
  tags: Tags,
  proof: Proof,
});
const KemAnnouncement = T.Object({ kem: T.String({ maxLength: 2048 }), sig: T.String({ maxLength: 128 }) });
const GovParty = T.Object({
  name: Name,
  identity: Identity,
  state: T.Union([T.Literal('active'), T.Literal('removed')]),
  proof: Proof,
  kem: T.Optional(KemAnnouncement),
});
/** The governance copy a coordinator relays: principals, lists, policy and party registry, each change with its proof. */
export const GovSyncSchema = T.Object({
  principals: T.Array(GovPrincipal, { maxItems: 10_000 }),
  lists: T.Record(T.String({ maxLength: 64 }), T.Array(T.String({ maxLength: 512 }), { maxItems: 100_000 })),
  listProofs: T.Record(T.String({ maxLength: 64 }), Proof),
  policy: T.Union([T.String({ maxLength: 1024 * 1024 }), T.Null()]),
  policyProof: Proof,
  parties: T.Array(GovParty, { maxItems: 256 }),
  destroyed: T.Array(T.Object({ name: Name, proof: GovProofSchema }), { maxItems: 10_000 }),
  /** Guardian recoveries (decision 0031): each proof from the guardians' last approval on; `apply` once the coordinator executed it. */
  recoveries: T.Optional(T.Array(T.Object({ proof: GovProofSchema, apply: T.Boolean() }), { maxItems: 64 })),
});
export type GovSync = Static<typeof GovSyncSchema>;

const KeyEpoch = { keyId: Id, epoch: Epoch, digest: Hex64 };
/** A timed refresh's slot (epoch ms): the proof is then the admin's key.refreshSchedule, checked against the party's own schedule. */
const Slot = T.Optional(T.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER }));

/** Every message type and its body schema. */
export const PARTY_MESSAGES = {
  status: T.Object({}),
  pair: T.Composite([T.Object({ name: T.Optional(Name) }), GovSyncSchema]),
  'gov.sync': GovSyncSchema,
  'dkg.1': T.Object({ session: Id, keyId: Id, suite: Suite, min: Threshold, participants: Participants }),
  'dkg.2': T.Object({ session: Id, round1: T.Array(loose, { maxItems: 32 }) }),
  'dkg.3': T.Object({
    session: Id,
    keyName: Name,
    tags: Tags,
    allowRaw: T.Optional(T.Boolean()),
    round1: T.Array(loose, { maxItems: 32 }),
    shares: T.Record(T.String({ maxLength: 64 }), T.String({ maxLength: 8192 })),
  }),
  'key.commit': T.Object({ ...KeyEpoch, receipts: T.Optional(Receipts) }),
  'key.public': T.Object(KeyEpoch),
  'key.retire': T.Object({ keyId: Id, epoch: Epoch, digest: Hex64, proof: GovProofSchema, receipts: Receipts }),
  'reshare.deal': T.Object({
    session: Id,
    ...KeyEpoch,
    dealers: T.Array(Hex64, { minItems: 1, maxItems: 32 }),
    min: Threshold,
    participants: Participants,
    proof: GovProofSchema,
    slot: Slot,
  }),
  'reshare.receive': T.Object({
    session: Id,
    keyId: Id,
    keyName: Name,
    suite: Suite,
    epoch: T.Integer({ minimum: 2, maximum: Number.MAX_SAFE_INTEGER }),
    min: Threshold,
    oldPublic: loose,
    participants: Participants,
    dealings: T.Array(T.Object({ dealer: Hex64, identity: Identity, public: loose, share: T.String({ maxLength: 8192 }) }), { minItems: 1, maxItems: 32 }),
    proof: GovProofSchema,
    slot: Slot,
    tags: T.Optional(Tags),
    allowRaw: T.Optional(T.Boolean()),
  }),
  'refresh.schedule': T.Object({ keyId: Id, keyName: Name, proof: GovProofSchema }),
  'sign.1': T.Object({ session: Id, ...KeyEpoch, receipts: T.Optional(Receipts) }),
  'sign.pre': T.Object({ ...KeyEpoch, count: T.Integer({ minimum: 1, maximum: 64 }), receipts: T.Optional(Receipts) }),
  'sign.2': T.Object({
    session: Id,
    ...KeyEpoch,
    nonce: T.Optional(Id),
    commitments: T.Array(loose, { minItems: 1, maxItems: 32 }),
    message: T.String({ pattern: '^([0-9a-fA-F]{2})*$', maxLength: 256 * 1024 }),
    request: SignContextSchema,
    receipts: T.Optional(Receipts),
  }),
  'safe.owner': T.Object({ keyId: Id, keyName: Name, tags: Tags }),
  'safe.bind': T.Object({
    keyId: Id,
    safe: T.String({ pattern: '^0x[0-9a-fA-F]{40}$' }),
    chainId: T.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
    owners: T.Array(T.String({ pattern: '^0x[0-9a-fA-F]{40}$' }), { minItems: 1, maxItems: 32 }),
    threshold: T.Integer({ minimum: 1, maximum: 32 }),
  }),
  'safe.sign': T.Object({ keyId: Id, hash: T.String({ pattern: '^0x[0-9a-f]{64}$' }), request: SignContextSchema }),
  'request.seen': T.Object({ request: SignContextSchema }),
  'request.veto': VetoSchema,
} as const satisfies Record<string, TSchema>;

export type PartyMessageType = keyof typeof PARTY_MESSAGES;
export type PartyBody<K extends PartyMessageType> = Static<(typeof PARTY_MESSAGES)[K]>;

const compiled = new Map<string, TypeCheck<TSchema>>();
function checker(type: PartyMessageType): TypeCheck<TSchema> {
  let c = compiled.get(type);
  if (!c) compiled.set(type, (c = TypeCompiler.Compile(PARTY_MESSAGES[type])));
  return c;
}

/** Whether `type` is a message of the protocol. */
export function isPartyMessage(type: string): type is PartyMessageType {
  return Object.hasOwn(PARTY_MESSAGES, type);
}

/** Validate a message body against its schema; E_BAD_INPUT naming the first offending field. */
export function checkBody<K extends PartyMessageType>(type: K, body: unknown): PartyBody<K> {
  const c = checker(type);
  if (c.Check(body)) return body as PartyBody<K>;
  const first = c.Errors(body).First();
  const field = first?.path.replace(/^\//, '').replace(/\//g, '.') || 'body';
  throw badInput(`${type}: ${field}: ${first?.message ?? 'invalid'}`.slice(0, 300), { field });
}

/** Validate a veto posted to a party's open endpoint. */
export function checkVeto(body: unknown): Veto {
  return checkBody('request.veto', body);
}
