/**
 * The one API contract. Each operation is declared once: method, path, the
 * roles it is open to (and whether bearer tokens may call it), and TypeBox
 * schemas for its input and its output (src/api/outputs.ts). The server
 * registers, validates and serializes routes from this table, /openapi.json
 * is generated from it, the handlers are typed by it, and the TypeScript
 * client derives its request and response types from it. The CLI calls the
 * same operations, locally or through the client.
 */
import { Type as T, type Static, type TObject, type TSchema } from '@sinclair/typebox';
import type { Role } from '../store/records.js';
import type { EvmPayload } from '../chains/evm/types.js';
import { NAME_RE, ROLES } from '../validate.js';
import {
  AuditVerifyOut,
  BackupOut,
  Governed,
  HealthOut,
  KeyBatchOut,
  KeyExportOut,
  KeyOut,
  KeyReshareOut,
  KeyShowOut,
  MetricsOut,
  ListSetOut,
  ListsOut,
  PartyOut,
  PolicyCheckOut,
  PolicyHistoryOut,
  PolicyOut,
  PolicySetOut,
  PrincipalOut,
  RekeyOut,
  RequestExportOut,
  RequestOut,
  RestoreOut,
  RotateRootOut,
  RpcOut,
  StatusOut,
  TextOut,
  TokenOut,
  TokenRevokeOut,
  UnsealOut,
  UpcheckOut,
  VerifyOut,
  WalletCreateOut,
  WalletOut,
  XpubOut,
  UnfreezeOut,
  FreezesOut,
  RebuildOut,
  WebhookOut,
  WebhooksOut,
  ScheduleOut,
  SchedulesOut,
  ScheduleRemoveOut,
  WebhookRemoveOut,
  WebhookSecretOut,
  DeliveriesOut,
  SafeOut,
  SafeCreateOut,
  SafeContractsOut,
  SafeExecuteOut,
  PasskeyRegisterOptionsOut,
  PasskeyLoginOptionsOut,
  PasskeyLoginOut,
  SessionRevokeOut,
  SessionsOut,
} from './outputs.js';

const Name = T.String({ pattern: NAME_RE.source, description: 'a name: letters, digits, ".", "_", "-"' });
const Hex = T.String({ pattern: '^(0x)?([0-9a-fA-F]{2})*$', maxLength: 131072 });
const Tags = T.Record(T.String({ maxLength: 64 }), T.String({ maxLength: 256 }), { maxProperties: 32 });
const Address = T.String({ pattern: '^0x[0-9a-fA-F]{40}$', description: 'a 0x-prefixed 20-byte address' });
const Ref = T.String({ minLength: 1, maxLength: 300, description: "a key name or a wallet account: WALLET/m/44'/60'/0'/0/0" });
const Curve = T.Union([T.Literal('secp256k1'), T.Literal('ed25519'), T.Literal('bls12-381')]);
const Role_ = T.Union(ROLES.map((r) => T.Literal(r)));
const Secret = T.String({ maxLength: 4096 });
/** An approval signature: base64url P1363 (86 characters), or a passkey's "wa1." WebAuthn assertion envelope (src/auth/webauthn.ts). */
const ApprovalSignature = T.String({ maxLength: 4096 });
/** A passkey registration token (cpk_ + 43 base64url characters), from the one-time link. */
const RegistrationToken = T.String({ pattern: '^cpk_[A-Za-z0-9_-]{43}$' });
const strict = <P extends Record<string, TSchema>>(props: P) => T.Object(props, { additionalProperties: false });

/** A key reference and the bytes to sign or verify. */
const PayloadFields = {
  key: Ref,
  curve: T.Optional(Curve),
  digest: T.Optional(Hex),
  message: T.Optional(Hex),
  hash: T.Optional(T.Union([T.Literal('sha256'), T.Literal('keccak256')])),
  scheme: T.Optional(T.String({ maxLength: 16 })),
};

/** Request metadata every signing operation takes: shown to approvers, visible to policy, idempotent retries. */
const RequestMeta = {
  note: T.Optional(T.String({ maxLength: 1024 })),
  tags: T.Optional(Tags),
  idempotencyKey: T.Optional(T.String({ maxLength: 128 })),
  offline: T.Optional(
    T.Boolean({ description: 'cold keys only: file the request for air-gapped signing (it ends in status offline, for request.export) instead of signing' }),
  ),
};

/** What a signing request carries (sign, and its dry run policy.check). */
const SignFields = { ...PayloadFields, note: RequestMeta.note, tags: RequestMeta.tags };

/** Who may call an operation: anyone, or principals with one of these roles. */
export type Access = 'public' | readonly Role[];

/** One API operation as the contract declares it. */
export interface Operation {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  summary: string;
  access: Access;
  /** Path parameters (`:name` in the path). */
  params?: TObject;
  /** Query string (GET) or JSON body (others). */
  input?: TObject;
  /** The 200 response body (a string schema for text operations): types the handler and the client, serializes the response, documents it. */
  output: TSchema;
  /** Scoped bearer tokens may call it (clients that cannot sign requests); otherwise only signed requests. */
  tokens?: true;
  /** Raw text response (e.g. JSON lines) instead of JSON. */
  text?: boolean;
  /** Media type of a text response (default application/x-ndjson). */
  mediaType?: string;
  /** Needs the instance unsealed (503 E_SEALED otherwise). */
  unsealed?: boolean;
  /** A POST that changes nothing (verify): local mode does not unseal for it unless it derives a wallet account. */
  readOnly?: boolean;
  /** Taken without a request signature (passkey registration and login: the input carries its own proof). Only with access 'public'. */
  unauthenticated?: true;
}

const ALL: readonly Role[] = ['admin', 'approver', 'operator', 'auditor', 'agent'];
const READERS: readonly Role[] = ['admin', 'approver', 'operator', 'auditor'];
const ADMIN: readonly Role[] = ['admin'];

/** Key usage at creation or import: raw (blind) signing of digests and messages; off unless granted. */
const AllowRaw = T.Optional(T.Boolean({ description: 'grant raw signing of digests and messages (blind signing); off by default' }));

export const OPERATIONS = {
  'sys.health': { method: 'GET', path: '/v1/sys/health', summary: 'Liveness and seal state (always 200).', access: 'public', output: HealthOut },
  'sys.ready': {
    method: 'GET',
    path: '/v1/sys/ready',
    summary: 'Readiness: 200 when unsealed and serving, 503 otherwise.',
    access: 'public',
    output: T.Object({ ready: T.Literal(true) }),
  },
  'sys.upcheck': {
    method: 'GET',
    path: '/upcheck',
    summary: 'Process liveness: 200 "OK" (text) while the process is up, sealed or not (as Web3Signer\'s /upcheck).',
    access: 'public',
    text: true,
    mediaType: 'text/plain; charset=utf-8',
    output: UpcheckOut,
  },
  'sys.metrics': {
    method: 'GET',
    path: '/v1/sys/metrics',
    summary: 'Prometheus metrics (text exposition format), also served without authentication at /metrics on the --metrics-listen listener.',
    access: ['admin', 'auditor'],
    text: true,
    mediaType: 'text/plain; version=0.0.4; charset=utf-8',
    output: MetricsOut,
  },
  'sys.unseal': {
    method: 'POST',
    path: '/v1/sys/unseal',
    summary:
      "Unseal the server with the passphrase, or with Shamir shares: all T at once, or one per call from each holder (the server holds them in memory only, for 10 minutes, and answers the progress). reset forgets the shares given so far. A pkcs11 seal takes neither: the server opens its host's token again. Slowed down after failures.",
    access: 'public',
    output: UnsealOut,
    input: strict({
      passphrase: T.Optional(Secret),
      shares: T.Optional(T.Array(Secret, { maxItems: 16 })),
      reset: T.Optional(T.Boolean({ description: 'forget the shares submitted so far' })),
    }),
  },
  'sys.status': {
    method: 'GET',
    path: '/v1/sys/status',
    summary: 'Instance status: seal, root key version, counts, audit head.',
    access: READERS,
    output: StatusOut,
  },
  'sys.rotateRoot': {
    method: 'POST',
    path: '/v1/sys/rotate-root',
    summary: 'Replace the root key; every data key is re-wrapped.',
    access: ADMIN,
    unsealed: true,
    output: RotateRootOut,
  },
  'sys.rekey': {
    method: 'POST',
    path: '/v1/sys/rekey',
    summary:
      "New unseal material: a passphrase, a new share set (returned once), or an AES key in the server host's PKCS#11 token (pkcs11: the module, token and PIN file are the host's settings, DATA/pkcs11.json or CUSTOS_PKCS11_*, never sent).",
    access: ADMIN,
    output: RekeyOut,
    unsealed: true,
    input: strict({
      seal: T.Union([T.Literal('passphrase'), T.Literal('shamir'), T.Literal('pkcs11')]),
      passphrase: T.Optional(Secret),
      keyLabel: T.Optional(
        T.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9._:-]+$', description: 'pkcs11: label of the AES key on the token (made if absent)' }),
      ),
      shares: T.Optional(T.Integer({ minimum: 1, maximum: 16 })),
      threshold: T.Optional(T.Integer({ minimum: 1, maximum: 16 })),
      kdfMemoryMib: T.Optional(T.Integer({ minimum: 1, maximum: 4096 })),
      kdfIterations: T.Optional(T.Integer({ minimum: 1, maximum: 100 })),
    }),
  },

  'key.list': { method: 'GET', path: '/v1/keys', summary: 'List keys (public information).', access: READERS, output: T.Array(KeyOut) },
  'key.create': {
    method: 'POST',
    path: '/v1/keys',
    summary: 'Generate a key from the OS CSPRNG, or a threshold (frost-*) key by DKG across parties (threshold + parties).',
    access: ADMIN,
    output: KeyOut,
    unsealed: true,
    input: strict({
      name: Name,
      type: T.String({ maxLength: 32 }),
      exportable: T.Optional(T.Boolean()),
      allowRaw: AllowRaw,
      tags: T.Optional(Tags),
      custody: T.Optional(
        T.Union([T.Literal('local'), T.Literal('hsm'), T.Literal('cold')], {
          description:
            'hsm: generated and kept in the PKCS#11 token that seals the instance (never exportable); cold: signs only air-gapped (`custos offline sign`), never online',
        }),
      ),
      threshold: T.Optional(T.Integer({ minimum: 2, maximum: 32 })),
      parties: T.Optional(T.Array(Name, { minItems: 2, maxItems: 32 })),
    }),
  },
  'key.refresh': {
    method: 'POST',
    path: '/v1/keys/:name/refresh',
    summary: 'Threshold keys: new shares of the same secret for the same parties (group key unchanged; old shares stop combining).',
    access: ADMIN,
    output: Governed(KeyReshareOut),
    unsealed: true,
    params: strict({ name: Name }),
  },
  'key.refreshSchedule': {
    method: 'POST',
    path: '/v1/keys/:name/refresh-schedule',
    summary:
      'Threshold keys: refresh the shares on a timer (every 1h..3650d from the signed request, or "off"). Governed; every party verifies and keeps the admin-signed schedule itself and refreshes only when its own clock says a slot is due, once per slot.',
    access: ADMIN,
    output: Governed(T.Union([ScheduleOut, ScheduleRemoveOut])),
    unsealed: true,
    params: strict({ name: Name }),
    input: strict({ every: T.String({ maxLength: 32, description: 'a duration (1h..3650d, e.g. 30d) or "off"' }) }),
  },
  'key.reshare': {
    method: 'POST',
    path: '/v1/keys/:name/reshare',
    summary: 'Threshold keys: change T-of-N or the party set, keeping the group key.',
    access: ADMIN,
    output: Governed(KeyReshareOut),
    unsealed: true,
    params: strict({ name: Name }),
    input: strict({ threshold: T.Optional(T.Integer({ minimum: 2, maximum: 32 })), parties: T.Optional(T.Array(Name, { minItems: 2, maxItems: 32 })) }),
  },
  'party.add': {
    method: 'POST',
    path: '/v1/parties',
    summary:
      'Register a threshold party by URL and identity (governed by the admin quorum; pairs with it and sends it the policy, principals and party registry).',
    access: ADMIN,
    output: Governed(PartyOut),
    unsealed: true,
    input: strict({ name: Name, url: T.String({ maxLength: 512 }), identity: T.String({ pattern: '^[0-9a-f]{128}$' }) }),
  },
  'party.remove': {
    method: 'POST',
    path: '/v1/parties/:name/remove',
    summary: 'Remove a registered threshold party (governed by the admin quorum; refused while a key still has a share there).',
    access: ADMIN,
    output: Governed(T.Object({ name: T.String(), removed: T.Literal(true) })),
    unsealed: true,
    params: strict({ name: Name }),
  },
  'party.list': {
    method: 'GET',
    path: '/v1/parties',
    summary: 'Registered parties with their reachability and keys.',
    access: READERS,
    unsealed: true,
    output: T.Array(PartyOut),
  },
  'safe.create': {
    method: 'POST',
    path: '/v1/safes',
    summary:
      'Create a Safe account: each named party makes an owner key, the Safe v1.4.1 CREATE2 address is computed and bound at every party, and with an executor key the deployment is sent through the upstream node (docs/chains-evm.md).',
    access: ADMIN,
    unsealed: true,
    output: SafeCreateOut,
    input: strict({
      name: Name,
      chainId: T.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
      threshold: T.Integer({ minimum: 2, maximum: 32 }),
      parties: T.Array(Name, { minItems: 2, maxItems: 32 }),
      tags: T.Optional(Tags),
      executor: T.Optional(Name),
      singleton: T.Optional(Address),
      factory: T.Optional(Address),
      fallbackHandler: T.Optional(Address),
    }),
  },
  'safe.deployContracts': {
    method: 'POST',
    path: '/v1/safes/contracts',
    summary:
      'Deploy the Safe v1.4.1 singleton, proxy factory and fallback handler (audited artifacts) with an executor key, for a chain without the canonical deployments (a dev chain); their addresses are what safe.create takes.',
    access: ADMIN,
    unsealed: true,
    output: SafeContractsOut,
    input: strict({ chainId: T.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }), executor: Name }),
  },
  'safe.register': {
    method: 'POST',
    path: '/v1/safes/register',
    summary:
      "Register an existing Safe as an account: refused unless its on-chain owners and threshold are exactly the named parties' owner keys (made on the first attempt and kept, so the Safe can swap them in).",
    access: ADMIN,
    unsealed: true,
    output: SafeOut,
    input: strict({
      name: Name,
      chainId: T.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
      address: Address,
      threshold: T.Integer({ minimum: 2, maximum: 32 }),
      parties: T.Array(Name, { minItems: 2, maxItems: 32 }),
      tags: T.Optional(Tags),
      executor: T.Optional(Name),
    }),
  },
  'safe.show': {
    method: 'GET',
    path: '/v1/safes/:name',
    summary: "A Safe account: address, owners (each party's owner key), threshold, and the on-chain owners, threshold and nonce.",
    access: READERS,
    unsealed: true,
    params: strict({ name: Name }),
    output: SafeOut,
  },
  'safe.execute': {
    method: 'POST',
    path: '/v1/safes/:name/execute',
    summary: "Send a signed Safe request's execTransaction with the account's executor key (the chain checks the owners' signatures).",
    access: ['agent', 'operator', 'admin'],
    unsealed: true,
    params: strict({ name: Name }),
    input: strict({ requestId: T.String({ pattern: '^[0-9a-f-]{36}$' }) }),
    output: SafeExecuteOut,
  },
  'key.show': {
    method: 'GET',
    path: '/v1/keys/:ref',
    summary: 'A key or wallet account: public key, addresses, versions (agents too: adapters need their address).',
    access: ALL,
    output: KeyShowOut,
    params: strict({ ref: Ref }),
    input: strict({ curve: T.Optional(Curve) }),
  },
  'key.rotate': {
    method: 'POST',
    path: '/v1/keys/:name/rotate',
    summary: 'New signing version; old versions verify only.',
    access: ADMIN,
    unsealed: true,
    params: strict({ name: Name }),
    output: KeyOut,
  },
  'schedule.list': {
    method: 'GET',
    path: '/v1/schedules',
    summary: 'Schedules (key rotation, root-key rotation, threshold share refresh): interval, next run, runs, the last error.',
    access: READERS,
    output: SchedulesOut,
  },
  'schedule.set': {
    method: 'PUT',
    path: '/v1/schedules',
    summary:
      'Rotate a key (key.rotate, target: the key) or the root key (root.rotate, target "root") on a timer (every 1h..3650d, first run one interval from now); replaces its schedule. A threshold refresh schedule is governed: key.refreshSchedule.',
    access: ADMIN,
    unsealed: true,
    input: strict({ action: T.Union([T.Literal('key.rotate'), T.Literal('root.rotate')]), target: Name, every: T.String({ maxLength: 32 }) }),
    output: ScheduleOut,
  },
  'schedule.remove': {
    method: 'POST',
    path: '/v1/schedules/remove',
    summary: "Stop a key's or the root key's rotation schedule.",
    access: ADMIN,
    input: strict({ action: T.Union([T.Literal('key.rotate'), T.Literal('root.rotate')]), target: Name }),
    output: ScheduleRemoveOut,
  },
  'key.disable': {
    method: 'POST',
    path: '/v1/keys/:name/disable',
    summary: 'Stop a key from signing.',
    access: ADMIN,
    params: strict({ name: Name }),
    output: KeyOut,
  },
  'key.enable': {
    method: 'POST',
    path: '/v1/keys/:name/enable',
    summary: 'Let a disabled key sign again.',
    access: ADMIN,
    params: strict({ name: Name }),
    output: KeyOut,
  },
  'key.unfreeze': {
    method: 'POST',
    path: '/v1/keys/:name/unfreeze',
    summary: 'Lift a policy freeze of a key and enable it again (governed by the admin quorum).',
    access: ADMIN,
    params: strict({ name: Name }),
    output: Governed(UnfreezeOut),
  },
  'key.destroy': {
    method: 'POST',
    path: '/v1/keys/:name/destroy',
    summary: 'Crypto-shred a key (governed by the admin quorum).',
    access: ADMIN,
    params: strict({ name: Name }),
    output: Governed(KeyOut),
  },
  'key.usage': {
    method: 'POST',
    path: '/v1/keys/:name/usage',
    summary: 'Grant or withdraw raw signing of digests and messages (governed by the admin quorum; not for threshold keys, fixed at their DKG).',
    access: ADMIN,
    output: Governed(KeyOut),
    unsealed: true,
    params: strict({ name: Name }),
    input: strict({ allowRaw: T.Boolean() }),
  },
  'key.import': {
    method: 'POST',
    path: '/v1/keys/:name/import',
    summary: 'Import a raw hex key, an Ethereum keystore v3, an EIP-2335 keystore, or a public key (watch-only: verifies, never signs).',
    access: ADMIN,
    output: KeyOut,
    unsealed: true,
    params: strict({ name: Name }),
    input: strict({
      format: T.Union([T.Literal('raw'), T.Literal('keystore-v3'), T.Literal('eip2335'), T.Literal('public')]),
      content: T.String({ maxLength: 1_000_000 }),
      type: T.Optional(T.String({ maxLength: 32 })),
      password: T.Optional(Secret),
      exportable: T.Optional(T.Boolean()),
      allowRaw: AllowRaw,
      tags: T.Optional(Tags),
    }),
  },
  'key.importBatch': {
    method: 'POST',
    path: '/v1/keys/import-batch',
    summary: 'Import many keys (raw hex, keystore v3 or EIP-2335) in one transaction: all of them, or none and an error naming the entry.',
    access: ADMIN,
    output: KeyBatchOut,
    unsealed: true,
    input: strict({
      format: T.Union([T.Literal('raw'), T.Literal('keystore-v3'), T.Literal('eip2335')]),
      items: T.Array(
        strict({
          name: Name,
          content: T.String({ maxLength: 65536, description: 'raw: the hex secret; keystore formats: the keystore JSON text' }),
          type: T.Optional(T.String({ maxLength: 32 })),
          tags: T.Optional(Tags),
          password: T.Optional(Secret),
          source: T.Optional(T.String({ maxLength: 512, description: 'where the entry came from (a file, FILE:LINE), named in errors' })),
        }),
        { minItems: 1, maxItems: 10000 },
      ),
      password: T.Optional(Secret),
      type: T.Optional(T.String({ maxLength: 32 })),
      exportable: T.Optional(T.Boolean()),
      allowRaw: AllowRaw,
      tags: T.Optional(Tags),
    }),
  },
  'key.export': {
    method: 'POST',
    path: '/v1/keys/:name/export',
    summary: 'Export an exportable key (audited).',
    access: ADMIN,
    output: KeyExportOut,
    unsealed: true,
    params: strict({ name: Name }),
    input: strict({
      format: T.Union([T.Literal('raw'), T.Literal('keystore-v3'), T.Literal('eip2335')]),
      password: T.Optional(Secret),
      scryptLogN: T.Optional(T.Integer({ minimum: 1, maximum: 20 })),
      kdf: T.Optional(T.Union([T.Literal('scrypt'), T.Literal('pbkdf2')])),
      path: T.Optional(T.String({ maxLength: 300 })),
    }),
  },

  'wallet.list': { method: 'GET', path: '/v1/wallets', summary: 'List wallets.', access: READERS, output: T.Array(WalletOut) },
  'wallet.create': {
    method: 'POST',
    path: '/v1/wallets',
    summary: 'New HD wallet; the mnemonic is returned once unless noShow.',
    access: ADMIN,
    output: WalletCreateOut,
    unsealed: true,
    input: strict({ name: Name, words: T.Optional(T.Union([T.Literal(12), T.Literal(24)])), noShow: T.Optional(T.Boolean()), allowRaw: AllowRaw }),
  },
  'wallet.import': {
    method: 'POST',
    path: '/v1/wallets/import',
    summary: 'Import a wallet from a BIP39 mnemonic or a hex seed.',
    access: ADMIN,
    output: WalletOut,
    unsealed: true,
    input: strict({ name: Name, mnemonic: T.Optional(Secret), bip39Passphrase: T.Optional(Secret), seed: T.Optional(Hex), allowRaw: AllowRaw }),
  },
  'wallet.usage': {
    method: 'POST',
    path: '/v1/wallets/:name/usage',
    summary: "Grant or withdraw raw signing for a wallet's accounts (governed by the admin quorum).",
    access: ADMIN,
    output: Governed(WalletOut),
    unsealed: true,
    params: strict({ name: Name }),
    input: strict({ allowRaw: T.Boolean() }),
  },
  'wallet.xpub': {
    method: 'GET',
    path: '/v1/wallets/:name/xpub',
    summary: 'Watch-only BIP32 extended public key at a path.',
    access: READERS,
    output: XpubOut,
    unsealed: true,
    params: strict({ name: Name }),
    input: strict({ path: T.Optional(T.String({ maxLength: 300 })) }),
  },

  'backup.create': {
    method: 'POST',
    path: '/v1/backups',
    summary: 'SLIP-39 shares of a wallet seed or an exportable key (returned once).',
    access: ADMIN,
    output: BackupOut,
    unsealed: true,
    input: strict({
      wallet: T.Optional(Name),
      key: T.Optional(Name),
      groupThreshold: T.Integer({ minimum: 1, maximum: 16 }),
      groups: T.Array(T.Tuple([T.Integer({ minimum: 1, maximum: 16 }), T.Integer({ minimum: 1, maximum: 16 })]), { minItems: 1, maxItems: 16 }),
      passphrase: T.Optional(Secret),
      iterationExponent: T.Optional(T.Integer({ minimum: 0, maximum: 15 })),
    }),
  },
  'backup.restore': {
    method: 'POST',
    path: '/v1/backups/restore',
    summary: 'Restore a wallet (default) or a key (with type) from SLIP-39 shares.',
    access: ADMIN,
    output: RestoreOut,
    unsealed: true,
    input: strict({
      name: Name,
      shares: T.Array(Secret, { minItems: 1, maxItems: 256 }),
      passphrase: T.Optional(Secret),
      type: T.Optional(T.String({ maxLength: 32 })),
      exportable: T.Optional(T.Boolean()),
      allowRaw: AllowRaw,
    }),
  },

  sign: {
    method: 'POST',
    path: '/v1/sign',
    summary: 'Submit a signing request: signed now, pending (approvals, delay) or denied by policy.',
    access: ['agent', 'operator', 'admin'],
    output: RequestOut,
    tokens: true,
    unsealed: true,
    input: strict({
      ...SignFields,
      version: T.Optional(T.Integer({ minimum: 1, description: 'must be the current version: older versions only verify' })),
      auxRand: T.Optional(T.String({ pattern: '^(0x)?[0-9a-fA-F]{64}$', description: 'bip340 only: 32 bytes of auxiliary randomness (default fresh)' })),
      idempotencyKey: RequestMeta.idempotencyKey,
      offline: RequestMeta.offline,
    }),
  },
  'sign.evm': {
    method: 'POST',
    path: '/v1/sign/evm',
    summary: 'Sign an EVM transaction (any type), EIP-191 message, EIP-712 typed data or EIP-7702 authorization under policy.',
    access: ['agent', 'operator', 'admin'],
    output: RequestOut,
    tokens: true,
    unsealed: true,
    input: strict({
      key: Ref,
      curve: T.Optional(Curve),
      payload: T.Unsafe<EvmPayload>(
        T.Object({ kind: T.String({ maxLength: 32 }) }, { additionalProperties: true, description: 'an EvmPayload: see docs/chains-evm.md' }),
      ),
      ...RequestMeta,
    }),
  },
  'sign.bitcoin': {
    method: 'POST',
    path: '/v1/sign/bitcoin',
    summary: 'Sign a PSBT whose inputs (P2WPKH, P2TR key-path) belong to the named keys, under policy; returns the signed PSBT.',
    access: ['agent', 'operator', 'admin'],
    output: RequestOut,
    tokens: true,
    unsealed: true,
    input: strict({
      keys: T.Array(Ref, { minItems: 1, maxItems: 32 }),
      psbt: T.String({ maxLength: 1_000_000, description: 'base64 PSBT (BIP174 v0 or v2)' }),
      network: T.Optional(T.Union([T.Literal('mainnet'), T.Literal('testnet'), T.Literal('regtest')])),
      ...RequestMeta,
    }),
  },
  'sign.solana': {
    method: 'POST',
    path: '/v1/sign/solana',
    summary: 'Sign a Solana transaction message (legacy or v0) with an ed25519 key, under policy.',
    access: ['agent', 'operator', 'admin'],
    output: RequestOut,
    tokens: true,
    unsealed: true,
    input: strict({
      key: Ref,
      curve: T.Optional(Curve),
      message: T.Optional(T.String({ maxLength: 100_000, description: 'base64 transaction message' })),
      transaction: T.Optional(T.String({ maxLength: 100_000, description: 'base64 wire transaction' })),
      ...RequestMeta,
    }),
  },
  'eth.rpc': {
    method: 'POST',
    path: '/v1/eth/rpc',
    summary:
      'Ethereum JSON-RPC: eth_accounts, eth_chainId, eth_sign, personal_sign, eth_signTransaction, eth_signTypedData_v4, eth_sendTransaction under policy; other methods proxied upstream.',
    access: ['agent', 'operator', 'admin'],
    output: RpcOut,
    tokens: true,
    unsealed: true,
    input: strict({
      jsonrpc: T.Literal('2.0'),
      id: T.Optional(T.Union([T.String({ maxLength: 128 }), T.Number(), T.Null()])),
      method: T.String({ maxLength: 64 }),
      params: T.Optional(T.Array(T.Unknown(), { maxItems: 16 })),
    }),
  },
  verify: {
    method: 'POST',
    path: '/v1/verify',
    readOnly: true,
    summary: 'Verify a signature against a key (every version unless given) or a wallet account.',
    access: ALL,
    output: VerifyOut,
    input: strict({
      ...PayloadFields,
      key: T.Optional(Ref),
      publicKey: T.Optional(
        T.String({ pattern: Hex.pattern, maxLength: 8192, description: 'verify under this public key instead of a stored key (give algorithm)' }),
      ),
      algorithm: T.Optional(T.String({ maxLength: 32, description: "the public key's algorithm: secp256k1, ed25519, bls12-381, ml-dsa-65" })),
      version: T.Optional(T.Integer({ minimum: 1 })),
      signature: Hex,
      format: T.Optional(
        T.Union([T.Literal('raw'), T.Literal('der')], {
          description: "raw (default): the scheme's layout, ECDSA r||s or r||s||v; der: secp256k1 ECDSA as strict DER",
        }),
      ),
      allowHighS: T.Optional(T.Boolean({ description: 'secp256k1 ECDSA: accept s > n/2 (refused by default: Ethereum and Bitcoin require low-s)' })),
    }),
  },

  'request.list': {
    method: 'GET',
    path: '/v1/requests',
    summary: 'Signing and admin requests (agents see their own).',
    access: [...ALL, 'guardian'],
    output: T.Array(RequestOut),
    tokens: true,
    input: strict({
      status: T.Optional(
        T.Union(['pending', 'approved', 'offline', 'signed', 'denied', 'rejected', 'expired', 'cancelled', 'failed'].map((x) => T.Literal(x))),
      ),
      limit: T.Optional(T.Integer({ minimum: 1, maximum: 1000 })),
    }),
  },
  'request.show': {
    method: 'GET',
    path: '/v1/requests/:id',
    summary: 'One request and what it waits for.',
    access: [...ALL, 'guardian'],
    params: strict({ id: T.String({ format: 'uuid' }) }),
    output: RequestOut,
    tokens: true,
  },
  'request.approve': {
    method: 'POST',
    path: '/v1/requests/:id/approve',
    summary: "Approve: the approver's P-256 signature over the request digest, or a passkey principal's WebAuthn assertion over it (a wa1. envelope).",
    access: ['approver', 'admin', 'guardian'],
    output: RequestOut,
    unsealed: true,
    params: strict({ id: T.String({ format: 'uuid' }) }),
    input: strict({ signature: ApprovalSignature }),
  },
  'request.reject': {
    method: 'POST',
    path: '/v1/requests/:id/reject',
    summary: 'Reject (signed like an approval); ends the request.',
    access: ['approver', 'admin', 'guardian'],
    output: RequestOut,
    unsealed: true,
    params: strict({ id: T.String({ format: 'uuid' }) }),
    input: strict({ signature: ApprovalSignature }),
  },
  'request.cancel': {
    method: 'POST',
    path: '/v1/requests/:id/cancel',
    summary: 'Cancel a pending or delayed request (its requester, an admin, or an eligible approver of the rule that allowed it).',
    access: ['agent', 'operator', 'approver', 'admin', 'guardian'],
    params: strict({ id: T.String({ format: 'uuid' }) }),
    output: RequestOut,
  },
  'request.export': {
    method: 'POST',
    path: '/v1/requests/:id/export',
    summary:
      'Export a cold-key request in status offline for the air-gapped instance: payload, approvals, policy digest and request digest, signed by this instance (audited; docs/custody-tiers.md).',
    access: ['admin', 'operator'],
    unsealed: true,
    params: strict({ id: T.String({ format: 'uuid' }) }),
    output: RequestExportOut,
  },
  'request.import': {
    method: 'POST',
    path: '/v1/requests/import',
    summary:
      "Complete a cold-key request with the air-gapped instance's response: its signature, the request it answers and every signature are verified here, once.",
    access: ['admin', 'operator'],
    unsealed: true,
    input: strict({ response: T.String({ minLength: 1, maxLength: 262144, description: 'the custos-resp1 file written by custos offline sign' }) }),
    output: RequestOut,
  },

  'policy.show': {
    method: 'GET',
    path: '/v1/policy',
    summary: 'The policy in force, or an earlier version (?version=N).',
    access: READERS,
    input: strict({ version: T.Optional(T.Integer({ minimum: 1, description: 'an earlier version from policy.history' })) }),
    output: PolicyOut,
  },
  'policy.set': {
    method: 'PUT',
    path: '/v1/policy',
    summary: 'Set a new policy version (YAML or JSON; governed).',
    access: ADMIN,
    input: strict({ source: T.String({ maxLength: 262144 }) }),
    output: Governed(PolicySetOut),
  },
  'policy.history': { method: 'GET', path: '/v1/policy/history', summary: 'Every policy version.', access: READERS, output: PolicyHistoryOut },
  'policy.check': {
    method: 'POST',
    path: '/v1/policy/check',
    summary: 'Dry-run a signing request: decision, rule and facts; nothing changes.',
    access: ['admin', 'operator', 'auditor'],
    output: PolicyCheckOut,
    input: strict({ principal: T.Optional(Name), ...SignFields }),
  },
  'list.show': { method: 'GET', path: '/v1/lists', summary: 'Named lists (allowlists, denylists).', access: READERS, output: ListsOut },
  'list.set': {
    method: 'PUT',
    path: '/v1/lists/:name',
    summary: 'Replace a named list (governed).',
    access: ADMIN,
    output: Governed(ListSetOut),
    params: strict({ name: Name }),
    input: strict({ values: T.Array(T.String({ minLength: 1, maxLength: 512 }), { maxItems: 10000 }) }),
  },

  'principal.list': { method: 'GET', path: '/v1/principals', summary: 'Principals and roles.', access: ['admin', 'auditor'], output: T.Array(PrincipalOut) },
  'principal.create': {
    method: 'POST',
    path: '/v1/principals',
    summary:
      'Register a principal by its P-256 public key, or a passkey principal awaiting registration (publicKey webauthn-pending:REGKEY:EXPMS, made by principal create --passkey) (governed).',
    access: ADMIN,
    output: Governed(PrincipalOut),
    input: strict({
      name: Name,
      role: Role_,
      publicKey: T.String({ pattern: '^([0-9a-fA-F]{100,400}|webauthn-pending:[0-9a-f]{64}:[0-9]{13})$' }),
      tags: T.Optional(Tags),
    }),
  },
  'passkey.registerOptions': {
    method: 'POST',
    path: '/v1/passkeys/register/options',
    summary: "The WebAuthn creation options for a passkey principal's one-time registration link (no request signature: the token is the proof).",
    access: 'public',
    unauthenticated: true,
    unsealed: true,
    output: PasskeyRegisterOptionsOut,
    input: strict({ principal: Name, token: RegistrationToken }),
  },
  'passkey.register': {
    method: 'POST',
    path: '/v1/passkeys/register',
    summary: 'Complete a passkey registration: the attestation (RegistrationResponseJSON) is verified and the credential stored; the link works once.',
    access: 'public',
    unauthenticated: true,
    unsealed: true,
    output: PrincipalOut,
    input: strict({ principal: Name, token: RegistrationToken, response: T.Object({}, { additionalProperties: true, maxProperties: 16 }) }),
  },
  'passkey.loginOptions': {
    method: 'POST',
    path: '/v1/passkeys/login/options',
    summary: 'A login nonce (5 minutes, single use) and the credential to assert with.',
    access: 'public',
    unauthenticated: true,
    unsealed: true,
    output: PasskeyLoginOptionsOut,
    input: strict({ principal: Name }),
  },
  'passkey.login': {
    method: 'POST',
    path: '/v1/passkeys/login',
    summary:
      'Open a console session: a passkey assertion whose challenge commits to the nonce, the session public key and the expiry; requests signed by that key with x-custos-session act as the principal until then.',
    access: 'public',
    unauthenticated: true,
    unsealed: true,
    output: PasskeyLoginOut,
    input: strict({
      principal: Name,
      nonce: T.String({ maxLength: 80 }),
      sessionPublicKey: T.String({ pattern: '^[0-9a-f]{182}$', description: 'SPKI DER hex of a P-256 key (WebCrypto exportKey("spki"))' }),
      expiresAt: T.String({ maxLength: 32, description: 'ISO 8601 UTC, as Date.toISOString()' }),
      assertion: ApprovalSignature,
    }),
  },
  'passkey.logout': {
    method: 'POST',
    path: '/v1/passkeys/logout',
    summary: 'End the session this request is signed with.',
    access: ['admin', 'approver', 'operator', 'auditor', 'guardian'],
    unsealed: true,
    output: SessionRevokeOut,
  },
  'session.list': { method: 'GET', path: '/v1/sessions', summary: 'Live console sessions.', access: ['admin', 'auditor'], unsealed: true, output: SessionsOut },
  'session.revoke': {
    method: 'POST',
    path: '/v1/sessions/:id/revoke',
    summary: 'End a console session at once.',
    access: ADMIN,
    unsealed: true,
    params: strict({ id: T.String({ pattern: '^[0-9a-f]{32}$' }) }),
    output: SessionRevokeOut,
  },
  'recovery.propose': {
    method: 'POST',
    path: '/v1/recovery',
    summary:
      'A guardian proposes new admin principals (and the revocation of lost admins): it executes after the other guardians approve and the policy time-lock passes, unless an admin cancels it (admin.recovery in the policy).',
    access: ['guardian'],
    unsealed: true,
    output: RequestOut,
    input: strict({
      admins: T.Array(strict({ name: Name, publicKey: T.String({ pattern: '^[0-9a-fA-F]{100,400}$' }) }), { minItems: 1, maxItems: 10 }),
      revoke: T.Optional(T.Array(Name, { maxItems: 10 })),
    }),
  },
  'principal.unfreeze': {
    method: 'POST',
    path: '/v1/principals/:name/unfreeze',
    summary: 'Lift a policy freeze of a principal (governed by the admin quorum).',
    access: ADMIN,
    params: strict({ name: Name }),
    output: Governed(UnfreezeOut),
  },
  'risk.freezes': {
    method: 'GET',
    path: '/v1/risk/freezes',
    summary: 'Keys and principals frozen by policy freeze rules.',
    access: READERS,
    output: FreezesOut,
  },
  'risk.rebuild': {
    method: 'POST',
    path: '/v1/risk/rebuild',
    summary: 'Rebuild the risk baselines from the signed history.',
    access: ADMIN,
    output: RebuildOut,
  },
  'principal.revoke': {
    method: 'POST',
    path: '/v1/principals/:name/revoke',
    summary: 'Revoke a principal and its tokens (at once).',
    access: ADMIN,
    params: strict({ name: Name }),
    output: Governed(PrincipalOut),
  },
  'token.create': {
    method: 'POST',
    path: '/v1/tokens',
    summary: 'A scoped bearer token for an agent, or for a keymanager (the eth2 keymanager API only), returned once, stored hashed.',
    access: ADMIN,
    output: TokenOut,
    input: strict({ principal: Name, ttl: T.Optional(T.String({ maxLength: 16 })) }),
  },
  'token.revoke': {
    method: 'DELETE',
    path: '/v1/tokens/:id',
    summary: 'Revoke a bearer token.',
    access: ADMIN,
    params: strict({ id: T.String({ pattern: '^[0-9a-f]{16}$' }) }),
    output: TokenRevokeOut,
  },

  'audit.verify': {
    method: 'GET',
    path: '/v1/audit/verify',
    summary: 'Recompute the hash chain and checkpoint signatures.',
    access: ['admin', 'auditor'],
    output: AuditVerifyOut,
  },
  'webhook.list': {
    method: 'GET',
    path: '/v1/webhooks',
    summary: 'Webhook endpoints and their events (never their secrets).',
    access: ['admin', 'auditor'],
    output: WebhooksOut,
  },
  'webhook.add': {
    method: 'POST',
    path: '/v1/webhooks',
    summary: 'Add a webhook endpoint for notification events (governed by the admin quorum; its HMAC secret is derived, read it with webhook.secret).',
    access: ADMIN,
    unsealed: true,
    output: Governed(WebhookOut),
    input: strict({
      name: Name,
      url: T.String({ minLength: 1, maxLength: 2048 }),
      events: T.Array(T.String({ minLength: 1, maxLength: 64 }), { minItems: 1, maxItems: 32 }),
    }),
  },
  'webhook.remove': {
    method: 'DELETE',
    path: '/v1/webhooks/:name',
    summary: 'Remove a webhook endpoint; its pending deliveries fail (governed by the admin quorum).',
    access: ADMIN,
    unsealed: true,
    params: strict({ name: Name }),
    output: Governed(WebhookRemoveOut),
  },
  'webhook.secret': {
    method: 'POST',
    path: '/v1/webhooks/:name/secret',
    summary: "A webhook endpoint's HMAC secret, to configure its receiver (audited).",
    access: ADMIN,
    unsealed: true,
    params: strict({ name: Name }),
    output: WebhookSecretOut,
  },
  'webhook.deliveries': {
    method: 'GET',
    path: '/v1/webhooks/deliveries',
    summary: 'Deliveries of the notification outbox, newest first: status, attempts, next attempt, last error.',
    access: ['admin', 'auditor'],
    output: DeliveriesOut,
    input: strict({
      status: T.Optional(T.Union([T.Literal('pending'), T.Literal('delivered'), T.Literal('failed')])),
      webhook: T.Optional(Name),
      limit: T.Optional(T.Integer({ minimum: 1, maximum: 1000 })),
    }),
  },

  'audit.export': {
    method: 'GET',
    path: '/v1/audit/export',
    summary: 'The trail as JSON lines with signed checkpoints.',
    access: ['admin', 'auditor'],
    text: true,
    output: TextOut,
  },
} as const satisfies Record<string, Operation>;

/** The name of an operation (its operationId). */
export type OperationName = keyof typeof OPERATIONS;

type InputOf<O> = (O extends { params: infer P extends TSchema } ? Static<P> : object) & (O extends { input: infer I extends TSchema } ? Static<I> : object);
/** The input of an operation: path parameters and query/body fields in one object. */
export type OperationInput<N extends OperationName> = InputOf<(typeof OPERATIONS)[N]>;

/** The output of an operation: what its handler returns and the client resolves with. */
export type OperationOutput<N extends OperationName> = Static<(typeof OPERATIONS)[N]['output']>;

/** An operation's declaration, widened to `Operation`. */
export function operation(name: OperationName): Operation {
  return OPERATIONS[name] as Operation;
}
