/**
 * Output schemas of the API operations (TypeBox), written from what each
 * handler really returns. They type the handlers and the client
 * (src/api/contract.ts), document the 200 responses in /openapi.json, and
 * the server serializes 200 responses with them (fast-json-stringify), which
 * drops properties a schema does not declare: so every object here lists all
 * of its properties, in the order the services build them (the JSON text
 * stays byte for byte what JSON.stringify gave), and the open-ended parts
 * (facts, payloads, results, keystores, what a party reports) are declared
 * open on purpose. test/server/contract-outputs.test.ts checks real
 * responses against them.
 */
import { Type as T, type TSchema } from '@sinclair/typebox';
import { RISK_CODES } from '../risk/types.js';
import { ROLES } from '../validate.js';

const Str = T.String();
const Int = T.Integer();
const Bool = T.Boolean();
const Strings = T.Array(Str);
const StringMap = T.Record(Str, Str);
const Nullable = <S extends TSchema>(s: S) => T.Union([s, T.Null()]);
const OneOf = <V extends string>(values: readonly V[]) => T.Union(values.map((v) => T.Literal(v)));

/** A role name (src/store/records.ts Role). */
const RoleOut = OneOf(ROLES);
/** How a key or wallet came to be (src/store/records.ts Origin). */
const OriginOut = OneOf(['generated', 'imported', 'restored'] as const);
/** A request's status (src/store/records.ts RequestStatus). */
const RequestStatusOut = OneOf(['pending', 'approved', 'offline', 'signed', 'denied', 'rejected', 'expired', 'cancelled', 'failed'] as const);

/** One version of a key (src/keystore/keys.ts KeyVersionInfo). */
const KeyVersionOut = T.Object({ version: Int, publicKey: Str, createdAt: Str, status: OneOf(['current', 'retired'] as const) });

const keyFields = {
  name: Str,
  id: Nullable(Str),
  algorithm: Str,
  custody: Str,
  state: Str,
  exportable: Bool,
  allowRaw: Bool,
  origin: T.Union([OriginOut, T.Literal('derived')]),
  tags: StringMap,
  currentVersion: Int,
  publicKey: Str,
  addresses: StringMap,
  versions: T.Array(KeyVersionOut),
  createdAt: Str,
  wallet: T.Optional(T.Object({ name: Str, path: Str })),
};

/** Public information on a key or a derived wallet account (src/keystore/keys.ts KeyInfo). */
export const KeyOut = T.Object(keyFields, { description: 'a key or wallet account (public information)' });

/** key.importBatch: how many keys one transaction imported, its batch id (in each key.import audit event), each key's public key and (secp256k1) Ethereum address. */
export const KeyBatchOut = T.Object({
  imported: Int,
  batch: Str,
  keys: T.Array(T.Object({ name: Str, algorithm: Str, publicKey: Str, ethereumAddress: T.Optional(Str) })),
});

/** `key show`: a key, with its threshold metadata when it is a threshold key. */
export const KeyShowOut = T.Object({
  ...keyFields,
  threshold: T.Optional(T.Object({ threshold: Int, parties: Strings, epoch: Int, suite: Str })),
});

/** A threshold key after refresh or reshare: the key and its new epoch, T and parties. */
export const KeyReshareOut = T.Object({ ...keyFields, epoch: Int, threshold: Int, parties: Strings });

/** A registered threshold party and whether it answered (src/threshold/coordinator.ts PartyStatus). */
export const PartyOut = T.Object({
  name: Str,
  url: Str,
  identity: Str,
  fingerprint: Str,
  reachable: Bool,
  error: T.Optional(T.Object({ code: Str, message: Str })),
  keys: T.Optional(T.Unknown({ description: "the party's own report of its key shares, passed on as it sent it" })),
  // Number(what the party sent): left untyped so a party's non-number (NaN) is still written as JSON.stringify
  // writes it (null); fast-json-stringify throws on NaN for a number schema, which would make party.list a 500.
  policyVersion: T.Optional(T.Unknown({ description: 'the policy version the party reports (a number)' })),
});

/** A wallet (src/keystore/wallets.ts WalletInfo). */
export const WalletOut = T.Object({ name: Str, id: Str, state: Str, origin: OriginOut, allowRaw: Bool, createdAt: Str });

/** A principal (src/access/principals.ts PrincipalInfo). */
export const PrincipalOut = T.Object({
  id: Str,
  name: Str,
  role: RoleOut,
  state: Str,
  tags: StringMap,
  publicKey: Str,
  credential: OneOf(['p256', 'passkey', 'passkey-pending'] as const),
  createdAt: Str,
  passkey: T.Optional(T.Object({ credentialId: Str, alg: Int, rpId: Str, origin: Str, registeredAt: Str })),
  registrationExpiresAt: T.Optional(Str),
});

/** passkey.registerOptions: PublicKeyCredentialCreationOptionsJSON (WebAuthn L3 §5.4, as @simplewebauthn/browser startRegistration takes it) plus the expected origin. */
export const PasskeyRegisterOptionsOut = T.Object({}, { additionalProperties: true, description: 'PublicKeyCredentialCreationOptionsJSON + origin' });

/** passkey.loginOptions (src/access/passkeys.ts). */
export const PasskeyLoginOptionsOut = T.Object({
  nonce: Str,
  rpId: Str,
  origin: Str,
  allowCredentials: T.Array(T.Object({ id: Str, type: T.Literal('public-key') })),
  userVerification: T.Literal('required'),
  timeout: Int,
  defaultSessionSeconds: Int,
  maxSessionSeconds: Int,
});

/** passkey.login: the session its key now signs for. */
export const PasskeyLoginOut = T.Object({ session: Str, principal: Str, role: RoleOut, expiresAt: Str });
export const SessionRevokeOut = T.Object({ session: Str, revoked: Bool });
export const SessionsOut = T.Object({ sessions: T.Array(T.Object({ id: Str, principal: Str, expiresAt: Str, createdAt: Str })) });

/** How a stored request is shown (src/requests/view.ts RequestView), in the order it is built. */
/** The risk of a request (src/risk/): score 0..100 and its reasons, strongest first. */
export const RiskOut = T.Object({
  score: Int,
  codes: Strings,
  reasons: T.Array(T.Object({ code: OneOf(RISK_CODES), message: Str, points: T.Number(), numbers: T.Record(Str, T.Number()) })),
});

/** request.export (src/airgap/online.ts ExportResult). */
export const RequestExportOut = T.Object({ requestId: Str, file: Str, bytes: Int, exportDigest: Str });

export const RequestOut = T.Object({
  id: Str,
  kind: Str,
  status: RequestStatusOut,
  principal: Str,
  key: Nullable(Str),
  rule: Nullable(Str),
  reason: Str,
  policyVersion: Int,
  digest: Str,
  payload: T.Unknown({ description: 'what is signed or executed, as submitted' }),
  approvals: T.Array(T.Object({ approver: Str, role: Str, verdict: Str, signature: Str, at: Str })),
  createdAt: Str,
  updatedAt: Str,
  expiresAt: Str,
  summary: T.Optional(
    T.Object(
      { title: Str, lines: T.Array(T.Object({ label: Str, value: Str })) },
      { description: 'what the request does in human terms, from the payload facts it was decided on (src/requests/describe.ts)' },
    ),
  ),
  waitingFor: T.Optional(
    T.Object({
      approvals: T.Optional(T.Object({ count: Int, from: Str, approvedBy: Strings })),
      notBefore: T.Optional(Str),
    }),
  ),
  signature: T.Optional(Str),
  publicKey: T.Optional(Str),
  algorithm: T.Optional(Str),
  scheme: T.Optional(Str),
  version: T.Optional(Int),
  error: T.Optional(T.Object({ code: Str, message: Str, party: T.Optional(Str) })),
  risk: T.Optional(RiskOut),
  result: T.Optional(T.Record(Str, T.Unknown(), { description: 'the full signing result (serialized transaction, PSBT, ...) or an admin output' })),
});

/** A governed admin action: its output when it ran at once, or the request waiting for more admins. */
export function Governed<S extends TSchema>(done: S) {
  return T.Union([done, T.Object({ status: T.Literal('pending'), request: RequestOut })]);
}

/** sys.health. */
export const HealthOut = T.Object({
  initialized: T.Literal(true),
  sealed: Bool,
  ready: Bool,
  instanceId: Str,
  progress: T.Optional(T.Integer({ minimum: 0, description: 'Shamir seal, while sealed: distinct unseal shares submitted so far' })),
  threshold: T.Optional(T.Integer({ minimum: 1, description: 'Shamir seal, while sealed: shares needed' })),
});

/** sys.status (src/api/handlers.ts status). */
export const StatusOut = T.Object({
  initialized: T.Literal(true),
  instanceId: Str,
  store: Str,
  sealed: Bool,
  mode: OneOf(['local', 'server'] as const),
  seal: T.Union([
    T.Object({
      kind: T.Literal('passphrase'),
      kdf: T.Object({ alg: T.Literal('argon2id'), memoryKib: Int, iterations: Int, parallelism: Int }),
      weak: Bool,
    }),
    T.Object({ kind: T.Literal('shamir'), shares: Int, threshold: Int }),
    T.Object({ kind: T.Literal('pkcs11'), token: T.Object({ label: Str, serial: Str }), keyLabel: Str, mechanism: T.Literal('CKM_AES_GCM') }),
  ]),
  rootVersion: Int,
  keys: Int,
  wallets: Int,
  principals: Int,
  policyVersion: Int,
  audit: T.Object({ events: Int, headHash: Nullable(Str), auditPublicKey: Str }),
});

/** sys.unseal: unsealed, or (Shamir, fewer than T shares so far) the progress. Never echoes a share. */
export const UnsealOut = T.Object({
  sealed: Bool,
  progress: T.Optional(T.Integer({ minimum: 0, description: 'distinct unseal shares held so far (while sealed)' })),
  threshold: T.Optional(T.Integer({ minimum: 1, description: 'shares needed (while sealed)' })),
  message: T.Optional(Str),
});

/** sys.rotateRoot. */
export const RotateRootOut = T.Object({ rootVersion: Int, dataKeys: Int });

/** sys.rekey: the new share set for a Shamir seal (shown once). */
export const RekeyOut = T.Object({ seal: OneOf(['passphrase', 'shamir', 'pkcs11'] as const), mnemonics: T.Optional(Strings) });

/** key.export: the raw secret or a keystore document (open: the keystore format's own fields). */
export const KeyExportOut = T.Object({
  key: Str,
  format: OneOf(['raw', 'keystore-v3', 'eip2335'] as const),
  secret: T.Optional(Str),
  keystore: T.Optional(T.Object({}, { additionalProperties: true, description: 'an Ethereum keystore v3 or EIP-2335 document' })),
});

/** wallet.create: the wallet, and its BIP39 mnemonic unless noShow (shown once). */
export const WalletCreateOut = T.Object({ ...WalletOut.properties, mnemonic: T.Optional(Str) });

/** wallet.xpub. */
export const XpubOut = T.Object({ wallet: Str, path: Str, xpub: Str });

/** backup.create: SLIP-39 shares by group (shown once). */
export const BackupOut = T.Object({
  target: T.Object({ wallet: T.Optional(Str), key: T.Optional(Str) }),
  groupThreshold: Int,
  groups: T.Array(Strings),
});

/** backup.restore: the wallet or the key restored. */
export const RestoreOut = T.Object({ wallet: T.Optional(WalletOut), key: T.Optional(KeyOut) });

/** eth.rpc: a JSON-RPC 2.0 response (result: whatever the method or the upstream node returns). */
export const RpcOut = T.Object({
  jsonrpc: T.Literal('2.0'),
  id: T.Union([Str, T.Number(), T.Null()]),
  result: T.Optional(T.Unknown()),
  error: T.Optional(T.Object({ code: T.Number(), message: Str, data: T.Optional(T.Unknown()) })),
});

/** verify (a signature that does not verify is an E_BAD_SIGNATURE error). */
export const VerifyOut = T.Object({ valid: Bool, version: Nullable(Int), key: Str });

/** policy.show. */
export const PolicyOut = T.Object({ version: Int, digest: Str, source: Str, createdAt: Nullable(Str), createdBy: Nullable(Str) });

/** policy.set: the new version. */
export const PolicySetOut = T.Object({ version: Int, digest: Str, rules: Int });

/** policy.history: every version, without its source. */
export const PolicyHistoryOut = T.Array(T.Object({ version: Int, digest: Str, createdAt: Str, createdBy: Str, mac: Str }));

const EffectOut = OneOf(['allow', 'deny', 'freeze'] as const);
const RuleTraceOut = T.Object({ rule: Str, effect: EffectOut, matched: Bool, error: T.Optional(Str) });

/** Every rule against the facts, with the first unmet condition of each rule that did not match. */
const ExplainOut = T.Array(T.Object({ rule: Str, effect: EffectOut, matched: Bool, firstUnmet: T.Optional(Str), error: T.Optional(Str) }));

/** A policy decision (src/policy/evaluate.ts Decision). */
const DecisionOut = T.Union([
  T.Object({
    outcome: T.Literal('deny'),
    rule: Nullable(Str),
    reason: Str,
    trace: T.Array(RuleTraceOut),
    freeze: T.Optional(T.Object({ rule: Str, target: OneOf(['key', 'principal'] as const) })),
  }),
  T.Object({
    outcome: T.Literal('allow'),
    rule: Str,
    approvals: Nullable(T.Object({ count: Int, from: Str })),
    delayMs: T.Number(),
    trace: T.Array(RuleTraceOut),
  }),
]);

/** policy.check: the decision a request would get, and the facts it was taken on (open: see docs/policy.md). */
export const PolicyCheckOut = T.Object({
  outcome: OneOf(['allow', 'deny'] as const),
  rule: Nullable(Str),
  decision: DecisionOut,
  facts: T.Unknown({ description: 'the facts policy saw (principal, key, request, velocity, risk, ...)' }),
  policyVersion: Int,
  risk: RiskOut,
  explain: ExplainOut,
});

/** key.unfreeze, principal.unfreeze. */
export const UnfreezeOut = T.Object({ target: OneOf(['key', 'principal'] as const), name: Str, unfrozen: Bool });

/** risk.freezes: what policy freeze rules froze. */
export const FreezesOut = T.Array(T.Object({ scope: OneOf(['key', 'principal'] as const), subject: Str, rule: Str, requestId: Str, createdAt: Str }));

/** risk.rebuild. */
export const RebuildOut = T.Object({ requests: Int });

/** list.show: every named list with its values. */
export const ListsOut = T.Record(Str, Strings);

/** list.set. */
export const ListSetOut = T.Object({ list: Str, values: Int });

/** token.create: the token (shown once). */
export const TokenOut = T.Object({ token: Str, id: Str, principal: Str, expiresAt: Str });

/** token.revoke. */
export const TokenRevokeOut = T.Object({ id: Str, revoked: Bool });

/** audit.verify (a broken trail is an E_AUDIT_BROKEN error). */
export const AuditVerifyOut = T.Object({
  ok: Bool,
  events: Int,
  headSeq: Int,
  headHash: Str,
  checkpoints: Int,
  unanchored: Int,
  firstBroken: T.Optional(T.Object({ seq: Int, reason: Str })),
  auditPublicKey: Str,
});

/** Text operations (audit.export: JSON lines). */
export const TextOut = T.String({ description: 'JSON lines' });
export const MetricsOut = T.String({ description: 'Prometheus text exposition format 0.0.4: custos_ metrics (docs/operations.md, "Metrics")' });
export const UpcheckOut = T.Literal('OK', { description: 'the process is up (sealed or not)' });

/** A webhook endpoint as listed (src/notify/webhooks.ts WebhookView): never its secret; the URL's query string shown as "?…". */
export const WebhookOut = T.Object({ name: Str, url: Str, events: Strings, createdAt: Str, createdBy: Str });
/** A schedule (src/keystore/schedules.ts): a key's rotation, the root key's rotation (target "root"), a threshold key's share refresh. */
export const ScheduleOut = T.Object({
  id: Str,
  action: T.Union([T.Literal('key.rotate'), T.Literal('root.rotate'), T.Literal('key.refresh')]),
  target: Str,
  every: Str,
  nextAt: Str,
  runs: Int,
  lastAt: Nullable(Str),
  lastError: Nullable(Str),
  createdBy: Str,
  createdAt: Str,
});
export const SchedulesOut = T.Object({ schedules: T.Array(ScheduleOut) });
export const ScheduleRemoveOut = T.Object({ removed: T.Literal(true) });
export const WebhooksOut = T.Object({ webhooks: T.Array(WebhookOut) });
export const WebhookRemoveOut = T.Object({ name: Str, removed: T.Literal(true), cancelledDeliveries: Int });
/** webhook.secret: the endpoint's HMAC secret, for its receiver (audited). */
export const WebhookSecretOut = T.Object({ name: Str, secret: Str });
const DeliveryStatusOut = OneOf(['pending', 'delivered', 'failed'] as const);
/** One delivery of the outbox (src/notify/webhooks.ts DeliveryView). */
export const DeliveryOut = T.Object({
  id: Str,
  webhook: Str,
  event: Str,
  status: DeliveryStatusOut,
  attempts: Int,
  nextAttemptAt: Nullable(Str),
  lastStatus: Nullable(Int),
  lastError: Nullable(Str),
  createdAt: Str,
  updatedAt: Str,
  deliveredAt: Nullable(Str),
});
export const DeliveriesOut = T.Object({ deliveries: T.Array(DeliveryOut) });

/** A Safe account (safe.show, safe.register): its parties' owner keys and what the chain says now. */
export const SafeOut = T.Object({
  name: Str,
  chainId: Int,
  address: Str,
  threshold: Int,
  owners: T.Array(T.Object({ party: Str, address: Str })),
  executor: Nullable(Str),
  onChain: Nullable(T.Object({ owners: Strings, threshold: Int, nonce: Int })),
});
/** safe.create: the account, its deployment transaction, and its hash when the executor sent it. */
export const SafeCreateOut = T.Composite([SafeOut, T.Object({ deployment: T.Object({ to: Str, data: Str }), txHash: Nullable(Str) })]);
/** safe.execute: the execTransaction sent with the executor key. */
export const SafeContractsOut = T.Object({ singleton: Str, factory: Str, fallbackHandler: Str });
export const SafeExecuteOut = T.Object({ txHash: Str, success: Bool });
