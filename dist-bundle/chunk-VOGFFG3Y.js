import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  Type
} from "./chunk-5C6VHHUV.js";
import {
  RISK_CODES
} from "./chunk-7ZEFP3IH.js";
import {
  NAME_RE,
  ROLES
} from "./chunk-T7RD2LC5.js";

// src/api/outputs.ts
var Str = Type.String();
var Int = Type.Integer();
var Bool = Type.Boolean();
var Strings = Type.Array(Str);
var StringMap = Type.Record(Str, Str);
var Nullable = (s) => Type.Union([s, Type.Null()]);
var OneOf = (values) => Type.Union(values.map((v) => Type.Literal(v)));
var RoleOut = OneOf(ROLES);
var OriginOut = OneOf(["generated", "imported", "restored"]);
var RequestStatusOut = OneOf(["pending", "approved", "offline", "signed", "denied", "rejected", "expired", "cancelled", "failed"]);
var KeyVersionOut = Type.Object({ version: Int, publicKey: Str, createdAt: Str, status: OneOf(["current", "retired"]) });
var keyFields = {
  name: Str,
  id: Nullable(Str),
  algorithm: Str,
  custody: Str,
  state: Str,
  exportable: Bool,
  allowRaw: Bool,
  origin: Type.Union([OriginOut, Type.Literal("derived")]),
  tags: StringMap,
  currentVersion: Int,
  publicKey: Str,
  addresses: StringMap,
  versions: Type.Array(KeyVersionOut),
  createdAt: Str,
  wallet: Type.Optional(Type.Object({ name: Str, path: Str }))
};
var KeyOut = Type.Object(keyFields, { description: "a key or wallet account (public information)" });
var KeyBatchOut = Type.Object({
  imported: Int,
  batch: Str,
  keys: Type.Array(Type.Object({ name: Str, algorithm: Str, publicKey: Str, ethereumAddress: Type.Optional(Str) }))
});
var KeyShowOut = Type.Object({
  ...keyFields,
  threshold: Type.Optional(Type.Object({ threshold: Int, parties: Strings, epoch: Int, suite: Str }))
});
var KeyReshareOut = Type.Object({ ...keyFields, epoch: Int, threshold: Int, parties: Strings });
var PartyOut = Type.Object({
  name: Str,
  url: Str,
  identity: Str,
  fingerprint: Str,
  reachable: Bool,
  error: Type.Optional(Type.Object({ code: Str, message: Str })),
  keys: Type.Optional(Type.Unknown({ description: "the party's own report of its key shares, passed on as it sent it" })),
  // Number(what the party sent): left untyped so a party's non-number (NaN) is still written as JSON.stringify
  // writes it (null); fast-json-stringify throws on NaN for a number schema, which would make party.list a 500.
  policyVersion: Type.Optional(Type.Unknown({ description: "the policy version the party reports (a number)" }))
});
var WalletOut = Type.Object({ name: Str, id: Str, state: Str, origin: OriginOut, allowRaw: Bool, createdAt: Str });
var PrincipalOut = Type.Object({
  id: Str,
  name: Str,
  role: RoleOut,
  state: Str,
  tags: StringMap,
  publicKey: Str,
  credential: OneOf(["p256", "passkey", "passkey-pending"]),
  createdAt: Str,
  passkey: Type.Optional(Type.Object({ credentialId: Str, alg: Int, rpId: Str, origin: Str, registeredAt: Str })),
  registrationExpiresAt: Type.Optional(Str)
});
var PasskeyRegisterOptionsOut = Type.Object({}, { additionalProperties: true, description: "PublicKeyCredentialCreationOptionsJSON + origin" });
var PasskeyLoginOptionsOut = Type.Object({
  nonce: Str,
  rpId: Str,
  origin: Str,
  allowCredentials: Type.Array(Type.Object({ id: Str, type: Type.Literal("public-key") })),
  userVerification: Type.Literal("required"),
  timeout: Int,
  defaultSessionSeconds: Int,
  maxSessionSeconds: Int
});
var PasskeyLoginOut = Type.Object({ session: Str, principal: Str, role: RoleOut, expiresAt: Str });
var SessionRevokeOut = Type.Object({ session: Str, revoked: Bool });
var SessionsOut = Type.Object({ sessions: Type.Array(Type.Object({ id: Str, principal: Str, expiresAt: Str, createdAt: Str })) });
var RiskOut = Type.Object({
  score: Int,
  codes: Strings,
  reasons: Type.Array(Type.Object({ code: OneOf(RISK_CODES), message: Str, points: Type.Number(), numbers: Type.Record(Str, Type.Number()) }))
});
var RequestExportOut = Type.Object({ requestId: Str, file: Str, bytes: Int, exportDigest: Str });
var RequestOut = Type.Object({
  id: Str,
  kind: Str,
  status: RequestStatusOut,
  principal: Str,
  key: Nullable(Str),
  rule: Nullable(Str),
  reason: Str,
  policyVersion: Int,
  digest: Str,
  payload: Type.Unknown({ description: "what is signed or executed, as submitted" }),
  approvals: Type.Array(Type.Object({ approver: Str, role: Str, verdict: Str, signature: Str, at: Str })),
  createdAt: Str,
  updatedAt: Str,
  expiresAt: Str,
  summary: Type.Optional(
    Type.Object(
      { title: Str, lines: Type.Array(Type.Object({ label: Str, value: Str })) },
      { description: "what the request does in human terms, from the payload facts it was decided on (src/requests/describe.ts)" }
    )
  ),
  waitingFor: Type.Optional(
    Type.Object({
      approvals: Type.Optional(Type.Object({ count: Int, from: Str, approvedBy: Strings })),
      notBefore: Type.Optional(Str)
    })
  ),
  signature: Type.Optional(Str),
  publicKey: Type.Optional(Str),
  algorithm: Type.Optional(Str),
  scheme: Type.Optional(Str),
  version: Type.Optional(Int),
  error: Type.Optional(Type.Object({ code: Str, message: Str, party: Type.Optional(Str) })),
  risk: Type.Optional(RiskOut),
  result: Type.Optional(Type.Record(Str, Type.Unknown(), { description: "the full signing result (serialized transaction, PSBT, ...) or an admin output" }))
});
function Governed(done) {
  return Type.Union([done, Type.Object({ status: Type.Literal("pending"), request: RequestOut })]);
}
var HealthOut = Type.Object({
  initialized: Type.Literal(true),
  sealed: Bool,
  ready: Bool,
  instanceId: Str,
  progress: Type.Optional(Type.Integer({ minimum: 0, description: "Shamir seal, while sealed: distinct unseal shares submitted so far" })),
  threshold: Type.Optional(Type.Integer({ minimum: 1, description: "Shamir seal, while sealed: shares needed" }))
});
var StatusOut = Type.Object({
  initialized: Type.Literal(true),
  instanceId: Str,
  store: Str,
  sealed: Bool,
  mode: OneOf(["local", "server"]),
  seal: Type.Union([
    Type.Object({
      kind: Type.Literal("passphrase"),
      kdf: Type.Object({ alg: Type.Literal("argon2id"), memoryKib: Int, iterations: Int, parallelism: Int }),
      weak: Bool
    }),
    Type.Object({ kind: Type.Literal("shamir"), shares: Int, threshold: Int }),
    Type.Object({ kind: Type.Literal("pkcs11"), token: Type.Object({ label: Str, serial: Str }), keyLabel: Str, mechanism: Type.Literal("CKM_AES_GCM") })
  ]),
  rootVersion: Int,
  keys: Int,
  wallets: Int,
  principals: Int,
  policyVersion: Int,
  audit: Type.Object({ events: Int, headHash: Nullable(Str), auditPublicKey: Str })
});
var UnsealOut = Type.Object({
  sealed: Bool,
  progress: Type.Optional(Type.Integer({ minimum: 0, description: "distinct unseal shares held so far (while sealed)" })),
  threshold: Type.Optional(Type.Integer({ minimum: 1, description: "shares needed (while sealed)" })),
  message: Type.Optional(Str)
});
var RotateRootOut = Type.Object({ rootVersion: Int, dataKeys: Int });
var RekeyOut = Type.Object({ seal: OneOf(["passphrase", "shamir", "pkcs11"]), mnemonics: Type.Optional(Strings) });
var KeyExportOut = Type.Object({
  key: Str,
  format: OneOf(["raw", "keystore-v3", "eip2335"]),
  secret: Type.Optional(Str),
  keystore: Type.Optional(Type.Object({}, { additionalProperties: true, description: "an Ethereum keystore v3 or EIP-2335 document" }))
});
var WalletCreateOut = Type.Object({ ...WalletOut.properties, mnemonic: Type.Optional(Str) });
var XpubOut = Type.Object({ wallet: Str, path: Str, xpub: Str });
var BackupOut = Type.Object({
  target: Type.Object({ wallet: Type.Optional(Str), key: Type.Optional(Str) }),
  groupThreshold: Int,
  groups: Type.Array(Strings)
});
var RestoreOut = Type.Object({ wallet: Type.Optional(WalletOut), key: Type.Optional(KeyOut) });
var RpcOut = Type.Object({
  jsonrpc: Type.Literal("2.0"),
  id: Type.Union([Str, Type.Number(), Type.Null()]),
  result: Type.Optional(Type.Unknown()),
  error: Type.Optional(Type.Object({ code: Type.Number(), message: Str, data: Type.Optional(Type.Unknown()) }))
});
var VerifyOut = Type.Object({ valid: Bool, version: Nullable(Int), key: Str });
var PolicyOut = Type.Object({ version: Int, digest: Str, source: Str, createdAt: Nullable(Str), createdBy: Nullable(Str) });
var PolicySetOut = Type.Object({ version: Int, digest: Str, rules: Int });
var PolicyHistoryOut = Type.Array(Type.Object({ version: Int, digest: Str, createdAt: Str, createdBy: Str, mac: Str }));
var EffectOut = OneOf(["allow", "deny", "freeze"]);
var RuleTraceOut = Type.Object({ rule: Str, effect: EffectOut, matched: Bool, error: Type.Optional(Str) });
var ExplainOut = Type.Array(Type.Object({ rule: Str, effect: EffectOut, matched: Bool, firstUnmet: Type.Optional(Str), error: Type.Optional(Str) }));
var DecisionOut = Type.Union([
  Type.Object({
    outcome: Type.Literal("deny"),
    rule: Nullable(Str),
    reason: Str,
    trace: Type.Array(RuleTraceOut),
    freeze: Type.Optional(Type.Object({ rule: Str, target: OneOf(["key", "principal"]) }))
  }),
  Type.Object({
    outcome: Type.Literal("allow"),
    rule: Str,
    approvals: Nullable(Type.Object({ count: Int, from: Str })),
    delayMs: Type.Number(),
    trace: Type.Array(RuleTraceOut)
  })
]);
var PolicyCheckOut = Type.Object({
  outcome: OneOf(["allow", "deny"]),
  rule: Nullable(Str),
  decision: DecisionOut,
  facts: Type.Unknown({ description: "the facts policy saw (principal, key, request, velocity, risk, ...)" }),
  policyVersion: Int,
  risk: RiskOut,
  explain: ExplainOut
});
var UnfreezeOut = Type.Object({ target: OneOf(["key", "principal"]), name: Str, unfrozen: Bool });
var FreezesOut = Type.Array(Type.Object({ scope: OneOf(["key", "principal"]), subject: Str, rule: Str, requestId: Str, createdAt: Str }));
var RebuildOut = Type.Object({ requests: Int });
var ListsOut = Type.Record(Str, Strings);
var ListSetOut = Type.Object({ list: Str, values: Int });
var TokenOut = Type.Object({ token: Str, id: Str, principal: Str, expiresAt: Str });
var TokenRevokeOut = Type.Object({ id: Str, revoked: Bool });
var AuditVerifyOut = Type.Object({
  ok: Bool,
  events: Int,
  headSeq: Int,
  headHash: Str,
  checkpoints: Int,
  unanchored: Int,
  firstBroken: Type.Optional(Type.Object({ seq: Int, reason: Str })),
  auditPublicKey: Str
});
var TextOut = Type.String({ description: "JSON lines" });
var MetricsOut = Type.String({ description: 'Prometheus text exposition format 0.0.4: custos_ metrics (docs/operations.md, "Metrics")' });
var UpcheckOut = Type.Literal("OK", { description: "the process is up (sealed or not)" });
var WebhookOut = Type.Object({ name: Str, url: Str, events: Strings, createdAt: Str, createdBy: Str });
var ScheduleOut = Type.Object({
  id: Str,
  action: Type.Literal("key.rotate"),
  target: Str,
  every: Str,
  nextAt: Str,
  runs: Int,
  lastAt: Nullable(Str),
  lastError: Nullable(Str),
  createdBy: Str,
  createdAt: Str
});
var SchedulesOut = Type.Object({ schedules: Type.Array(ScheduleOut) });
var ScheduleRemoveOut = Type.Object({ removed: Type.Literal(true) });
var WebhooksOut = Type.Object({ webhooks: Type.Array(WebhookOut) });
var WebhookRemoveOut = Type.Object({ name: Str, removed: Type.Literal(true), cancelledDeliveries: Int });
var WebhookSecretOut = Type.Object({ name: Str, secret: Str });
var DeliveryStatusOut = OneOf(["pending", "delivered", "failed"]);
var DeliveryOut = Type.Object({
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
  deliveredAt: Nullable(Str)
});
var DeliveriesOut = Type.Object({ deliveries: Type.Array(DeliveryOut) });
var SafeOut = Type.Object({
  name: Str,
  chainId: Int,
  address: Str,
  threshold: Int,
  owners: Type.Array(Type.Object({ party: Str, address: Str })),
  executor: Nullable(Str),
  onChain: Nullable(Type.Object({ owners: Strings, threshold: Int, nonce: Int }))
});
var SafeCreateOut = Type.Composite([SafeOut, Type.Object({ deployment: Type.Object({ to: Str, data: Str }), txHash: Nullable(Str) })]);
var SafeContractsOut = Type.Object({ singleton: Str, factory: Str, fallbackHandler: Str });
var SafeExecuteOut = Type.Object({ txHash: Str, success: Bool });

// src/api/contract.ts
var Name = Type.String({ pattern: NAME_RE.source, description: 'a name: letters, digits, ".", "_", "-"' });
var Hex = Type.String({ pattern: "^(0x)?([0-9a-fA-F]{2})*$", maxLength: 131072 });
var Tags = Type.Record(Type.String({ maxLength: 64 }), Type.String({ maxLength: 256 }), { maxProperties: 32 });
var Address = Type.String({ pattern: "^0x[0-9a-fA-F]{40}$", description: "a 0x-prefixed 20-byte address" });
var Ref = Type.String({ minLength: 1, maxLength: 300, description: "a key name or a wallet account: WALLET/m/44'/60'/0'/0/0" });
var Curve = Type.Union([Type.Literal("secp256k1"), Type.Literal("ed25519"), Type.Literal("bls12-381")]);
var Role_ = Type.Union(ROLES.map((r) => Type.Literal(r)));
var Secret = Type.String({ maxLength: 4096 });
var ApprovalSignature = Type.String({ maxLength: 4096 });
var RegistrationToken = Type.String({ pattern: "^cpk_[A-Za-z0-9_-]{43}$" });
var strict = (props) => Type.Object(props, { additionalProperties: false });
var PayloadFields = {
  key: Ref,
  curve: Type.Optional(Curve),
  digest: Type.Optional(Hex),
  message: Type.Optional(Hex),
  hash: Type.Optional(Type.Union([Type.Literal("sha256"), Type.Literal("keccak256")])),
  scheme: Type.Optional(Type.String({ maxLength: 16 }))
};
var RequestMeta = {
  note: Type.Optional(Type.String({ maxLength: 1024 })),
  tags: Type.Optional(Tags),
  idempotencyKey: Type.Optional(Type.String({ maxLength: 128 })),
  offline: Type.Optional(
    Type.Boolean({ description: "cold keys only: file the request for air-gapped signing (it ends in status offline, for request.export) instead of signing" })
  )
};
var SignFields = { ...PayloadFields, note: RequestMeta.note, tags: RequestMeta.tags };
var ALL = ["admin", "approver", "operator", "auditor", "agent"];
var READERS = ["admin", "approver", "operator", "auditor"];
var ADMIN = ["admin"];
var AllowRaw = Type.Optional(Type.Boolean({ description: "grant raw signing of digests and messages (blind signing); off by default" }));
var OPERATIONS = {
  "sys.health": { method: "GET", path: "/v1/sys/health", summary: "Liveness and seal state (always 200).", access: "public", output: HealthOut },
  "sys.ready": {
    method: "GET",
    path: "/v1/sys/ready",
    summary: "Readiness: 200 when unsealed and serving, 503 otherwise.",
    access: "public",
    output: Type.Object({ ready: Type.Literal(true) })
  },
  "sys.upcheck": {
    method: "GET",
    path: "/upcheck",
    summary: `Process liveness: 200 "OK" (text) while the process is up, sealed or not (as Web3Signer's /upcheck).`,
    access: "public",
    text: true,
    mediaType: "text/plain; charset=utf-8",
    output: UpcheckOut
  },
  "sys.metrics": {
    method: "GET",
    path: "/v1/sys/metrics",
    summary: "Prometheus metrics (text exposition format), also served without authentication at /metrics on the --metrics-listen listener.",
    access: ["admin", "auditor"],
    text: true,
    mediaType: "text/plain; version=0.0.4; charset=utf-8",
    output: MetricsOut
  },
  "sys.unseal": {
    method: "POST",
    path: "/v1/sys/unseal",
    summary: "Unseal the server with the passphrase, or with Shamir shares: all T at once, or one per call from each holder (the server holds them in memory only, for 10 minutes, and answers the progress). reset forgets the shares given so far. A pkcs11 seal takes neither: the server opens its host's token again. Slowed down after failures.",
    access: "public",
    output: UnsealOut,
    input: strict({
      passphrase: Type.Optional(Secret),
      shares: Type.Optional(Type.Array(Secret, { maxItems: 16 })),
      reset: Type.Optional(Type.Boolean({ description: "forget the shares submitted so far" }))
    })
  },
  "sys.status": {
    method: "GET",
    path: "/v1/sys/status",
    summary: "Instance status: seal, root key version, counts, audit head.",
    access: READERS,
    output: StatusOut
  },
  "sys.rotateRoot": {
    method: "POST",
    path: "/v1/sys/rotate-root",
    summary: "Replace the root key; every data key is re-wrapped.",
    access: ADMIN,
    unsealed: true,
    output: RotateRootOut
  },
  "sys.rekey": {
    method: "POST",
    path: "/v1/sys/rekey",
    summary: "New unseal material: a passphrase, a new share set (returned once), or an AES key in the server host's PKCS#11 token (pkcs11: the module, token and PIN file are the host's settings, DATA/pkcs11.json or CUSTOS_PKCS11_*, never sent).",
    access: ADMIN,
    output: RekeyOut,
    unsealed: true,
    input: strict({
      seal: Type.Union([Type.Literal("passphrase"), Type.Literal("shamir"), Type.Literal("pkcs11")]),
      passphrase: Type.Optional(Secret),
      keyLabel: Type.Optional(
        Type.String({ minLength: 1, maxLength: 64, pattern: "^[A-Za-z0-9._:-]+$", description: "pkcs11: label of the AES key on the token (made if absent)" })
      ),
      shares: Type.Optional(Type.Integer({ minimum: 1, maximum: 16 })),
      threshold: Type.Optional(Type.Integer({ minimum: 1, maximum: 16 })),
      kdfMemoryMib: Type.Optional(Type.Integer({ minimum: 1, maximum: 4096 })),
      kdfIterations: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 }))
    })
  },
  "key.list": { method: "GET", path: "/v1/keys", summary: "List keys (public information).", access: READERS, output: Type.Array(KeyOut) },
  "key.create": {
    method: "POST",
    path: "/v1/keys",
    summary: "Generate a key from the OS CSPRNG, or a threshold (frost-*) key by DKG across parties (threshold + parties).",
    access: ADMIN,
    output: KeyOut,
    unsealed: true,
    input: strict({
      name: Name,
      type: Type.String({ maxLength: 32 }),
      exportable: Type.Optional(Type.Boolean()),
      allowRaw: AllowRaw,
      tags: Type.Optional(Tags),
      custody: Type.Optional(
        Type.Union([Type.Literal("local"), Type.Literal("hsm"), Type.Literal("cold")], {
          description: "hsm: generated and kept in the PKCS#11 token that seals the instance (never exportable); cold: signs only air-gapped (`custos offline sign`), never online"
        })
      ),
      threshold: Type.Optional(Type.Integer({ minimum: 2, maximum: 32 })),
      parties: Type.Optional(Type.Array(Name, { minItems: 2, maxItems: 32 }))
    })
  },
  "key.refresh": {
    method: "POST",
    path: "/v1/keys/:name/refresh",
    summary: "Threshold keys: new shares of the same secret for the same parties (group key unchanged; old shares stop combining).",
    access: ADMIN,
    output: Governed(KeyReshareOut),
    unsealed: true,
    params: strict({ name: Name })
  },
  "key.reshare": {
    method: "POST",
    path: "/v1/keys/:name/reshare",
    summary: "Threshold keys: change T-of-N or the party set, keeping the group key.",
    access: ADMIN,
    output: Governed(KeyReshareOut),
    unsealed: true,
    params: strict({ name: Name }),
    input: strict({ threshold: Type.Optional(Type.Integer({ minimum: 2, maximum: 32 })), parties: Type.Optional(Type.Array(Name, { minItems: 2, maxItems: 32 })) })
  },
  "party.add": {
    method: "POST",
    path: "/v1/parties",
    summary: "Register a threshold party by URL and identity (governed by the admin quorum; pairs with it and sends it the policy, principals and party registry).",
    access: ADMIN,
    output: Governed(PartyOut),
    unsealed: true,
    input: strict({ name: Name, url: Type.String({ maxLength: 512 }), identity: Type.String({ pattern: "^[0-9a-f]{128}$" }) })
  },
  "party.remove": {
    method: "POST",
    path: "/v1/parties/:name/remove",
    summary: "Remove a registered threshold party (governed by the admin quorum; refused while a key still has a share there).",
    access: ADMIN,
    output: Governed(Type.Object({ name: Type.String(), removed: Type.Literal(true) })),
    unsealed: true,
    params: strict({ name: Name })
  },
  "party.list": {
    method: "GET",
    path: "/v1/parties",
    summary: "Registered parties with their reachability and keys.",
    access: READERS,
    unsealed: true,
    output: Type.Array(PartyOut)
  },
  "safe.create": {
    method: "POST",
    path: "/v1/safes",
    summary: "Create a Safe account: each named party makes an owner key, the Safe v1.4.1 CREATE2 address is computed and bound at every party, and with an executor key the deployment is sent through the upstream node (docs/chains-evm.md).",
    access: ADMIN,
    unsealed: true,
    output: SafeCreateOut,
    input: strict({
      name: Name,
      chainId: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
      threshold: Type.Integer({ minimum: 2, maximum: 32 }),
      parties: Type.Array(Name, { minItems: 2, maxItems: 32 }),
      tags: Type.Optional(Tags),
      executor: Type.Optional(Name),
      singleton: Type.Optional(Address),
      factory: Type.Optional(Address),
      fallbackHandler: Type.Optional(Address)
    })
  },
  "safe.deployContracts": {
    method: "POST",
    path: "/v1/safes/contracts",
    summary: "Deploy the Safe v1.4.1 singleton, proxy factory and fallback handler (audited artifacts) with an executor key, for a chain without the canonical deployments (a dev chain); their addresses are what safe.create takes.",
    access: ADMIN,
    unsealed: true,
    output: SafeContractsOut,
    input: strict({ chainId: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }), executor: Name })
  },
  "safe.register": {
    method: "POST",
    path: "/v1/safes/register",
    summary: "Register an existing Safe as an account: refused unless its on-chain owners and threshold are exactly the named parties' owner keys (made on the first attempt and kept, so the Safe can swap them in).",
    access: ADMIN,
    unsealed: true,
    output: SafeOut,
    input: strict({
      name: Name,
      chainId: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
      address: Address,
      threshold: Type.Integer({ minimum: 2, maximum: 32 }),
      parties: Type.Array(Name, { minItems: 2, maxItems: 32 }),
      tags: Type.Optional(Tags),
      executor: Type.Optional(Name)
    })
  },
  "safe.show": {
    method: "GET",
    path: "/v1/safes/:name",
    summary: "A Safe account: address, owners (each party's owner key), threshold, and the on-chain owners, threshold and nonce.",
    access: READERS,
    unsealed: true,
    params: strict({ name: Name }),
    output: SafeOut
  },
  "safe.execute": {
    method: "POST",
    path: "/v1/safes/:name/execute",
    summary: "Send a signed Safe request's execTransaction with the account's executor key (the chain checks the owners' signatures).",
    access: ["agent", "operator", "admin"],
    unsealed: true,
    params: strict({ name: Name }),
    input: strict({ requestId: Type.String({ pattern: "^[0-9a-f-]{36}$" }) }),
    output: SafeExecuteOut
  },
  "key.show": {
    method: "GET",
    path: "/v1/keys/:ref",
    summary: "A key or wallet account: public key, addresses, versions (agents too: adapters need their address).",
    access: ALL,
    output: KeyShowOut,
    params: strict({ ref: Ref }),
    input: strict({ curve: Type.Optional(Curve) })
  },
  "key.rotate": {
    method: "POST",
    path: "/v1/keys/:name/rotate",
    summary: "New signing version; old versions verify only.",
    access: ADMIN,
    unsealed: true,
    params: strict({ name: Name }),
    output: KeyOut
  },
  "schedule.list": {
    method: "GET",
    path: "/v1/schedules",
    summary: "Key rotation schedules: interval, next run, runs, the last error.",
    access: READERS,
    output: SchedulesOut
  },
  "schedule.set": {
    method: "PUT",
    path: "/v1/schedules",
    summary: "Rotate a key on a timer (every 1h..3650d, first run one interval from now); replaces its schedule.",
    access: ADMIN,
    unsealed: true,
    input: strict({ action: Type.Literal("key.rotate"), target: Name, every: Type.String({ maxLength: 32 }) }),
    output: ScheduleOut
  },
  "schedule.remove": {
    method: "POST",
    path: "/v1/schedules/remove",
    summary: "Stop a key's rotation schedule.",
    access: ADMIN,
    input: strict({ action: Type.Literal("key.rotate"), target: Name }),
    output: ScheduleRemoveOut
  },
  "key.disable": {
    method: "POST",
    path: "/v1/keys/:name/disable",
    summary: "Stop a key from signing.",
    access: ADMIN,
    params: strict({ name: Name }),
    output: KeyOut
  },
  "key.enable": {
    method: "POST",
    path: "/v1/keys/:name/enable",
    summary: "Let a disabled key sign again.",
    access: ADMIN,
    params: strict({ name: Name }),
    output: KeyOut
  },
  "key.unfreeze": {
    method: "POST",
    path: "/v1/keys/:name/unfreeze",
    summary: "Lift a policy freeze of a key and enable it again (governed by the admin quorum).",
    access: ADMIN,
    params: strict({ name: Name }),
    output: Governed(UnfreezeOut)
  },
  "key.destroy": {
    method: "POST",
    path: "/v1/keys/:name/destroy",
    summary: "Crypto-shred a key (governed by the admin quorum).",
    access: ADMIN,
    params: strict({ name: Name }),
    output: Governed(KeyOut)
  },
  "key.usage": {
    method: "POST",
    path: "/v1/keys/:name/usage",
    summary: "Grant or withdraw raw signing of digests and messages (governed by the admin quorum; not for threshold keys, fixed at their DKG).",
    access: ADMIN,
    output: Governed(KeyOut),
    unsealed: true,
    params: strict({ name: Name }),
    input: strict({ allowRaw: Type.Boolean() })
  },
  "key.import": {
    method: "POST",
    path: "/v1/keys/:name/import",
    summary: "Import a raw hex key, an Ethereum keystore v3, an EIP-2335 keystore, or a public key (watch-only: verifies, never signs).",
    access: ADMIN,
    output: KeyOut,
    unsealed: true,
    params: strict({ name: Name }),
    input: strict({
      format: Type.Union([Type.Literal("raw"), Type.Literal("keystore-v3"), Type.Literal("eip2335"), Type.Literal("public")]),
      content: Type.String({ maxLength: 1e6 }),
      type: Type.Optional(Type.String({ maxLength: 32 })),
      password: Type.Optional(Secret),
      exportable: Type.Optional(Type.Boolean()),
      allowRaw: AllowRaw,
      tags: Type.Optional(Tags)
    })
  },
  "key.importBatch": {
    method: "POST",
    path: "/v1/keys/import-batch",
    summary: "Import many keys (raw hex, keystore v3 or EIP-2335) in one transaction: all of them, or none and an error naming the entry.",
    access: ADMIN,
    output: KeyBatchOut,
    unsealed: true,
    input: strict({
      format: Type.Union([Type.Literal("raw"), Type.Literal("keystore-v3"), Type.Literal("eip2335")]),
      items: Type.Array(
        strict({
          name: Name,
          content: Type.String({ maxLength: 65536, description: "raw: the hex secret; keystore formats: the keystore JSON text" }),
          type: Type.Optional(Type.String({ maxLength: 32 })),
          tags: Type.Optional(Tags),
          password: Type.Optional(Secret),
          source: Type.Optional(Type.String({ maxLength: 512, description: "where the entry came from (a file, FILE:LINE), named in errors" }))
        }),
        { minItems: 1, maxItems: 1e4 }
      ),
      password: Type.Optional(Secret),
      type: Type.Optional(Type.String({ maxLength: 32 })),
      exportable: Type.Optional(Type.Boolean()),
      allowRaw: AllowRaw,
      tags: Type.Optional(Tags)
    })
  },
  "key.export": {
    method: "POST",
    path: "/v1/keys/:name/export",
    summary: "Export an exportable key (audited).",
    access: ADMIN,
    output: KeyExportOut,
    unsealed: true,
    params: strict({ name: Name }),
    input: strict({
      format: Type.Union([Type.Literal("raw"), Type.Literal("keystore-v3"), Type.Literal("eip2335")]),
      password: Type.Optional(Secret),
      scryptLogN: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
      kdf: Type.Optional(Type.Union([Type.Literal("scrypt"), Type.Literal("pbkdf2")])),
      path: Type.Optional(Type.String({ maxLength: 300 }))
    })
  },
  "wallet.list": { method: "GET", path: "/v1/wallets", summary: "List wallets.", access: READERS, output: Type.Array(WalletOut) },
  "wallet.create": {
    method: "POST",
    path: "/v1/wallets",
    summary: "New HD wallet; the mnemonic is returned once unless noShow.",
    access: ADMIN,
    output: WalletCreateOut,
    unsealed: true,
    input: strict({ name: Name, words: Type.Optional(Type.Union([Type.Literal(12), Type.Literal(24)])), noShow: Type.Optional(Type.Boolean()), allowRaw: AllowRaw })
  },
  "wallet.import": {
    method: "POST",
    path: "/v1/wallets/import",
    summary: "Import a wallet from a BIP39 mnemonic or a hex seed.",
    access: ADMIN,
    output: WalletOut,
    unsealed: true,
    input: strict({ name: Name, mnemonic: Type.Optional(Secret), bip39Passphrase: Type.Optional(Secret), seed: Type.Optional(Hex), allowRaw: AllowRaw })
  },
  "wallet.usage": {
    method: "POST",
    path: "/v1/wallets/:name/usage",
    summary: "Grant or withdraw raw signing for a wallet's accounts (governed by the admin quorum).",
    access: ADMIN,
    output: Governed(WalletOut),
    unsealed: true,
    params: strict({ name: Name }),
    input: strict({ allowRaw: Type.Boolean() })
  },
  "wallet.xpub": {
    method: "GET",
    path: "/v1/wallets/:name/xpub",
    summary: "Watch-only BIP32 extended public key at a path.",
    access: READERS,
    output: XpubOut,
    unsealed: true,
    params: strict({ name: Name }),
    input: strict({ path: Type.Optional(Type.String({ maxLength: 300 })) })
  },
  "backup.create": {
    method: "POST",
    path: "/v1/backups",
    summary: "SLIP-39 shares of a wallet seed or an exportable key (returned once).",
    access: ADMIN,
    output: BackupOut,
    unsealed: true,
    input: strict({
      wallet: Type.Optional(Name),
      key: Type.Optional(Name),
      groupThreshold: Type.Integer({ minimum: 1, maximum: 16 }),
      groups: Type.Array(Type.Tuple([Type.Integer({ minimum: 1, maximum: 16 }), Type.Integer({ minimum: 1, maximum: 16 })]), { minItems: 1, maxItems: 16 }),
      passphrase: Type.Optional(Secret),
      iterationExponent: Type.Optional(Type.Integer({ minimum: 0, maximum: 15 }))
    })
  },
  "backup.restore": {
    method: "POST",
    path: "/v1/backups/restore",
    summary: "Restore a wallet (default) or a key (with type) from SLIP-39 shares.",
    access: ADMIN,
    output: RestoreOut,
    unsealed: true,
    input: strict({
      name: Name,
      shares: Type.Array(Secret, { minItems: 1, maxItems: 256 }),
      passphrase: Type.Optional(Secret),
      type: Type.Optional(Type.String({ maxLength: 32 })),
      exportable: Type.Optional(Type.Boolean()),
      allowRaw: AllowRaw
    })
  },
  sign: {
    method: "POST",
    path: "/v1/sign",
    summary: "Submit a signing request: signed now, pending (approvals, delay) or denied by policy.",
    access: ["agent", "operator", "admin"],
    output: RequestOut,
    tokens: true,
    unsealed: true,
    input: strict({
      ...SignFields,
      version: Type.Optional(Type.Integer({ minimum: 1, description: "must be the current version: older versions only verify" })),
      auxRand: Type.Optional(Type.String({ pattern: "^(0x)?[0-9a-fA-F]{64}$", description: "bip340 only: 32 bytes of auxiliary randomness (default fresh)" })),
      idempotencyKey: RequestMeta.idempotencyKey,
      offline: RequestMeta.offline
    })
  },
  "sign.evm": {
    method: "POST",
    path: "/v1/sign/evm",
    summary: "Sign an EVM transaction (any type), EIP-191 message, EIP-712 typed data or EIP-7702 authorization under policy.",
    access: ["agent", "operator", "admin"],
    output: RequestOut,
    tokens: true,
    unsealed: true,
    input: strict({
      key: Ref,
      curve: Type.Optional(Curve),
      payload: Type.Unsafe(
        Type.Object({ kind: Type.String({ maxLength: 32 }) }, { additionalProperties: true, description: "an EvmPayload: see docs/chains-evm.md" })
      ),
      ...RequestMeta
    })
  },
  "sign.bitcoin": {
    method: "POST",
    path: "/v1/sign/bitcoin",
    summary: "Sign a PSBT whose inputs (P2WPKH, P2TR key-path) belong to the named keys, under policy; returns the signed PSBT.",
    access: ["agent", "operator", "admin"],
    output: RequestOut,
    tokens: true,
    unsealed: true,
    input: strict({
      keys: Type.Array(Ref, { minItems: 1, maxItems: 32 }),
      psbt: Type.String({ maxLength: 1e6, description: "base64 PSBT (BIP174 v0 or v2)" }),
      network: Type.Optional(Type.Union([Type.Literal("mainnet"), Type.Literal("testnet"), Type.Literal("regtest")])),
      ...RequestMeta
    })
  },
  "sign.solana": {
    method: "POST",
    path: "/v1/sign/solana",
    summary: "Sign a Solana transaction message (legacy or v0) with an ed25519 key, under policy.",
    access: ["agent", "operator", "admin"],
    output: RequestOut,
    tokens: true,
    unsealed: true,
    input: strict({
      key: Ref,
      curve: Type.Optional(Curve),
      message: Type.Optional(Type.String({ maxLength: 1e5, description: "base64 transaction message" })),
      transaction: Type.Optional(Type.String({ maxLength: 1e5, description: "base64 wire transaction" })),
      ...RequestMeta
    })
  },
  "eth.rpc": {
    method: "POST",
    path: "/v1/eth/rpc",
    summary: "Ethereum JSON-RPC: eth_accounts, eth_chainId, eth_sign, personal_sign, eth_signTransaction, eth_signTypedData_v4, eth_sendTransaction under policy; other methods proxied upstream.",
    access: ["agent", "operator", "admin"],
    output: RpcOut,
    tokens: true,
    unsealed: true,
    input: strict({
      jsonrpc: Type.Literal("2.0"),
      id: Type.Optional(Type.Union([Type.String({ maxLength: 128 }), Type.Number(), Type.Null()])),
      method: Type.String({ maxLength: 64 }),
      params: Type.Optional(Type.Array(Type.Unknown(), { maxItems: 16 }))
    })
  },
  verify: {
    method: "POST",
    path: "/v1/verify",
    readOnly: true,
    summary: "Verify a signature against a key (every version unless given) or a wallet account.",
    access: ALL,
    output: VerifyOut,
    input: strict({
      ...PayloadFields,
      key: Type.Optional(Ref),
      publicKey: Type.Optional(
        Type.String({ pattern: Hex.pattern, maxLength: 8192, description: "verify under this public key instead of a stored key (give algorithm)" })
      ),
      algorithm: Type.Optional(Type.String({ maxLength: 32, description: "the public key's algorithm: secp256k1, ed25519, bls12-381, ml-dsa-65" })),
      version: Type.Optional(Type.Integer({ minimum: 1 })),
      signature: Hex,
      format: Type.Optional(
        Type.Union([Type.Literal("raw"), Type.Literal("der")], {
          description: "raw (default): the scheme's layout, ECDSA r||s or r||s||v; der: secp256k1 ECDSA as strict DER"
        })
      ),
      allowHighS: Type.Optional(Type.Boolean({ description: "secp256k1 ECDSA: accept s > n/2 (refused by default: Ethereum and Bitcoin require low-s)" }))
    })
  },
  "request.list": {
    method: "GET",
    path: "/v1/requests",
    summary: "Signing and admin requests (agents see their own).",
    access: [...ALL, "guardian"],
    output: Type.Array(RequestOut),
    tokens: true,
    input: strict({
      status: Type.Optional(
        Type.Union(["pending", "approved", "offline", "signed", "denied", "rejected", "expired", "cancelled", "failed"].map((x) => Type.Literal(x)))
      ),
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1e3 }))
    })
  },
  "request.show": {
    method: "GET",
    path: "/v1/requests/:id",
    summary: "One request and what it waits for.",
    access: [...ALL, "guardian"],
    params: strict({ id: Type.String({ format: "uuid" }) }),
    output: RequestOut,
    tokens: true
  },
  "request.approve": {
    method: "POST",
    path: "/v1/requests/:id/approve",
    summary: "Approve: the approver's P-256 signature over the request digest, or a passkey principal's WebAuthn assertion over it (a wa1. envelope).",
    access: ["approver", "admin", "guardian"],
    output: RequestOut,
    unsealed: true,
    params: strict({ id: Type.String({ format: "uuid" }) }),
    input: strict({ signature: ApprovalSignature })
  },
  "request.reject": {
    method: "POST",
    path: "/v1/requests/:id/reject",
    summary: "Reject (signed like an approval); ends the request.",
    access: ["approver", "admin", "guardian"],
    output: RequestOut,
    unsealed: true,
    params: strict({ id: Type.String({ format: "uuid" }) }),
    input: strict({ signature: ApprovalSignature })
  },
  "request.cancel": {
    method: "POST",
    path: "/v1/requests/:id/cancel",
    summary: "Cancel a pending or delayed request (its requester, an admin, or an eligible approver of the rule that allowed it).",
    access: ["agent", "operator", "approver", "admin", "guardian"],
    params: strict({ id: Type.String({ format: "uuid" }) }),
    output: RequestOut
  },
  "request.export": {
    method: "POST",
    path: "/v1/requests/:id/export",
    summary: "Export a cold-key request in status offline for the air-gapped instance: payload, approvals, policy digest and request digest, signed by this instance (audited; docs/custody-tiers.md).",
    access: ["admin", "operator"],
    unsealed: true,
    params: strict({ id: Type.String({ format: "uuid" }) }),
    output: RequestExportOut
  },
  "request.import": {
    method: "POST",
    path: "/v1/requests/import",
    summary: "Complete a cold-key request with the air-gapped instance's response: its signature, the request it answers and every signature are verified here, once.",
    access: ["admin", "operator"],
    unsealed: true,
    input: strict({ response: Type.String({ minLength: 1, maxLength: 262144, description: "the custos-resp1 file written by custos offline sign" }) }),
    output: RequestOut
  },
  "policy.show": {
    method: "GET",
    path: "/v1/policy",
    summary: "The policy in force, or an earlier version (?version=N).",
    access: READERS,
    input: strict({ version: Type.Optional(Type.Integer({ minimum: 1, description: "an earlier version from policy.history" })) }),
    output: PolicyOut
  },
  "policy.set": {
    method: "PUT",
    path: "/v1/policy",
    summary: "Set a new policy version (YAML or JSON; governed).",
    access: ADMIN,
    input: strict({ source: Type.String({ maxLength: 262144 }) }),
    output: Governed(PolicySetOut)
  },
  "policy.history": { method: "GET", path: "/v1/policy/history", summary: "Every policy version.", access: READERS, output: PolicyHistoryOut },
  "policy.check": {
    method: "POST",
    path: "/v1/policy/check",
    summary: "Dry-run a signing request: decision, rule and facts; nothing changes.",
    access: ["admin", "operator", "auditor"],
    output: PolicyCheckOut,
    input: strict({ principal: Type.Optional(Name), ...SignFields })
  },
  "list.show": { method: "GET", path: "/v1/lists", summary: "Named lists (allowlists, denylists).", access: READERS, output: ListsOut },
  "list.set": {
    method: "PUT",
    path: "/v1/lists/:name",
    summary: "Replace a named list (governed).",
    access: ADMIN,
    output: Governed(ListSetOut),
    params: strict({ name: Name }),
    input: strict({ values: Type.Array(Type.String({ minLength: 1, maxLength: 512 }), { maxItems: 1e4 }) })
  },
  "principal.list": { method: "GET", path: "/v1/principals", summary: "Principals and roles.", access: ["admin", "auditor"], output: Type.Array(PrincipalOut) },
  "principal.create": {
    method: "POST",
    path: "/v1/principals",
    summary: "Register a principal by its P-256 public key, or a passkey principal awaiting registration (publicKey webauthn-pending:REGKEY:EXPMS, made by principal create --passkey) (governed).",
    access: ADMIN,
    output: Governed(PrincipalOut),
    input: strict({
      name: Name,
      role: Role_,
      publicKey: Type.String({ pattern: "^([0-9a-fA-F]{100,400}|webauthn-pending:[0-9a-f]{64}:[0-9]{13})$" }),
      tags: Type.Optional(Tags)
    })
  },
  "passkey.registerOptions": {
    method: "POST",
    path: "/v1/passkeys/register/options",
    summary: "The WebAuthn creation options for a passkey principal's one-time registration link (no request signature: the token is the proof).",
    access: "public",
    unauthenticated: true,
    unsealed: true,
    output: PasskeyRegisterOptionsOut,
    input: strict({ principal: Name, token: RegistrationToken })
  },
  "passkey.register": {
    method: "POST",
    path: "/v1/passkeys/register",
    summary: "Complete a passkey registration: the attestation (RegistrationResponseJSON) is verified and the credential stored; the link works once.",
    access: "public",
    unauthenticated: true,
    unsealed: true,
    output: PrincipalOut,
    input: strict({ principal: Name, token: RegistrationToken, response: Type.Object({}, { additionalProperties: true, maxProperties: 16 }) })
  },
  "passkey.loginOptions": {
    method: "POST",
    path: "/v1/passkeys/login/options",
    summary: "A login nonce (5 minutes, single use) and the credential to assert with.",
    access: "public",
    unauthenticated: true,
    unsealed: true,
    output: PasskeyLoginOptionsOut,
    input: strict({ principal: Name })
  },
  "passkey.login": {
    method: "POST",
    path: "/v1/passkeys/login",
    summary: "Open a console session: a passkey assertion whose challenge commits to the nonce, the session public key and the expiry; requests signed by that key with x-custos-session act as the principal until then.",
    access: "public",
    unauthenticated: true,
    unsealed: true,
    output: PasskeyLoginOut,
    input: strict({
      principal: Name,
      nonce: Type.String({ maxLength: 80 }),
      sessionPublicKey: Type.String({ pattern: "^[0-9a-f]{182}$", description: 'SPKI DER hex of a P-256 key (WebCrypto exportKey("spki"))' }),
      expiresAt: Type.String({ maxLength: 32, description: "ISO 8601 UTC, as Date.toISOString()" }),
      assertion: ApprovalSignature
    })
  },
  "passkey.logout": {
    method: "POST",
    path: "/v1/passkeys/logout",
    summary: "End the session this request is signed with.",
    access: ["admin", "approver", "operator", "auditor", "guardian"],
    unsealed: true,
    output: SessionRevokeOut
  },
  "session.list": { method: "GET", path: "/v1/sessions", summary: "Live console sessions.", access: ["admin", "auditor"], unsealed: true, output: SessionsOut },
  "session.revoke": {
    method: "POST",
    path: "/v1/sessions/:id/revoke",
    summary: "End a console session at once.",
    access: ADMIN,
    unsealed: true,
    params: strict({ id: Type.String({ pattern: "^[0-9a-f]{32}$" }) }),
    output: SessionRevokeOut
  },
  "recovery.propose": {
    method: "POST",
    path: "/v1/recovery",
    summary: "A guardian proposes new admin principals (and the revocation of lost admins): it executes after the other guardians approve and the policy time-lock passes, unless an admin cancels it (admin.recovery in the policy).",
    access: ["guardian"],
    unsealed: true,
    output: RequestOut,
    input: strict({
      admins: Type.Array(strict({ name: Name, publicKey: Type.String({ pattern: "^[0-9a-fA-F]{100,400}$" }) }), { minItems: 1, maxItems: 10 }),
      revoke: Type.Optional(Type.Array(Name, { maxItems: 10 }))
    })
  },
  "principal.unfreeze": {
    method: "POST",
    path: "/v1/principals/:name/unfreeze",
    summary: "Lift a policy freeze of a principal (governed by the admin quorum).",
    access: ADMIN,
    params: strict({ name: Name }),
    output: Governed(UnfreezeOut)
  },
  "risk.freezes": {
    method: "GET",
    path: "/v1/risk/freezes",
    summary: "Keys and principals frozen by policy freeze rules.",
    access: READERS,
    output: FreezesOut
  },
  "risk.rebuild": {
    method: "POST",
    path: "/v1/risk/rebuild",
    summary: "Rebuild the risk baselines from the signed history.",
    access: ADMIN,
    output: RebuildOut
  },
  "principal.revoke": {
    method: "POST",
    path: "/v1/principals/:name/revoke",
    summary: "Revoke a principal and its tokens (at once).",
    access: ADMIN,
    params: strict({ name: Name }),
    output: Governed(PrincipalOut)
  },
  "token.create": {
    method: "POST",
    path: "/v1/tokens",
    summary: "A scoped bearer token for an agent, or for a keymanager (the eth2 keymanager API only), returned once, stored hashed.",
    access: ADMIN,
    output: TokenOut,
    input: strict({ principal: Name, ttl: Type.Optional(Type.String({ maxLength: 16 })) })
  },
  "token.revoke": {
    method: "DELETE",
    path: "/v1/tokens/:id",
    summary: "Revoke a bearer token.",
    access: ADMIN,
    params: strict({ id: Type.String({ pattern: "^[0-9a-f]{16}$" }) }),
    output: TokenRevokeOut
  },
  "audit.verify": {
    method: "GET",
    path: "/v1/audit/verify",
    summary: "Recompute the hash chain and checkpoint signatures.",
    access: ["admin", "auditor"],
    output: AuditVerifyOut
  },
  "webhook.list": {
    method: "GET",
    path: "/v1/webhooks",
    summary: "Webhook endpoints and their events (never their secrets).",
    access: ["admin", "auditor"],
    output: WebhooksOut
  },
  "webhook.add": {
    method: "POST",
    path: "/v1/webhooks",
    summary: "Add a webhook endpoint for notification events (governed by the admin quorum; its HMAC secret is derived, read it with webhook.secret).",
    access: ADMIN,
    unsealed: true,
    output: Governed(WebhookOut),
    input: strict({
      name: Name,
      url: Type.String({ minLength: 1, maxLength: 2048 }),
      events: Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { minItems: 1, maxItems: 32 })
    })
  },
  "webhook.remove": {
    method: "DELETE",
    path: "/v1/webhooks/:name",
    summary: "Remove a webhook endpoint; its pending deliveries fail (governed by the admin quorum).",
    access: ADMIN,
    unsealed: true,
    params: strict({ name: Name }),
    output: Governed(WebhookRemoveOut)
  },
  "webhook.secret": {
    method: "POST",
    path: "/v1/webhooks/:name/secret",
    summary: "A webhook endpoint's HMAC secret, to configure its receiver (audited).",
    access: ADMIN,
    unsealed: true,
    params: strict({ name: Name }),
    output: WebhookSecretOut
  },
  "webhook.deliveries": {
    method: "GET",
    path: "/v1/webhooks/deliveries",
    summary: "Deliveries of the notification outbox, newest first: status, attempts, next attempt, last error.",
    access: ["admin", "auditor"],
    output: DeliveriesOut,
    input: strict({
      status: Type.Optional(Type.Union([Type.Literal("pending"), Type.Literal("delivered"), Type.Literal("failed")])),
      webhook: Type.Optional(Name),
      limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1e3 }))
    })
  },
  "audit.export": {
    method: "GET",
    path: "/v1/audit/export",
    summary: "The trail as JSON lines with signed checkpoints.",
    access: ["admin", "auditor"],
    text: true,
    output: TextOut
  }
};

export {
  OPERATIONS
};
