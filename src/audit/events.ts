/**
 * Every audit event custos writes, by action name, with what it records.
 * `appendEvent` takes only these names (the compiler checks each call), and
 * docs/audit-events.md is this table (test/audit/events.test.ts keeps the
 * two equal), so an auditor has one list of what the trail can contain.
 */
export const AUDIT_EVENTS = {
  // instance and seal
  'instance.init': 'an instance was created (seal kind, instance id)',
  'operator.rekey': 'the seal was changed (new passphrase or Shamir shares)',
  'operator.rotate_root': 'the root key was rotated and every data key rewrapped',
  'seal.unseal_failed': 'an unseal attempt failed (wrong passphrase or shares)',
  'coordinator.identity.create': "the threshold coordinator's identity key was made",
  'party.identity.create': "a threshold party's identity key was made",
  // keys and wallets
  'key.create': 'a key was generated, or a threshold key made by DKG (algorithm, custody, tags, public key)',
  'key.import':
    "a key was imported (format); by a bulk import one event per key, all in the batch's one transaction, with `batch` (its id) and `batchSize`; through the eth2 keymanager API with `via: keymanager` and the keymanager principal as actor",
  'key.restore': 'a key was restored from SLIP-39 shares',
  'key.rotate': 'a key got a new signing version',
  'key.enable': 'a disabled key may sign again',
  'key.disable': 'a key stopped signing (`via: keymanager`: a DELETE of the eth2 keymanager API)',
  'key.destroy': 'a key was crypto-shredded (at a party: its shares deleted)',
  'key.scrub_incomplete':
    'after a crypto-shred the store could not remove the old page images from its files (SQLite: another connection held a read snapshot, code ESCRUBBUSY); they leave at a later checkpoint',
  'key.usage': 'raw signing was granted to or withdrawn from a key',
  'key.export': 'a key was exported (format)',
  'key.sign': 'a key signed (key, version, scheme, payload digest)',
  'key.sign.share': 'a threshold party released its signature share for a request',
  'key.commit': 'a threshold party put a new share epoch in force',
  'key.refresh': 'a threshold key got new shares for the same parties',
  'key.reshare': "a threshold key's shares were dealt to a new party set or threshold",
  'key.reshare.deal': 'a threshold party dealt its part of a reshare',
  'key.refresh.schedule': "a threshold party took an admin's signed refresh schedule for a key it holds (interval, its next slot; or off)",
  'key.reshare.receive': 'a threshold party received its new share of a reshare (pending until committed)',
  'key.dkg': 'a threshold party made its share in a DKG (pending until committed)',
  'key.retire': "a threshold party deleted an old epoch's share",
  'wallet.create': 'an HD wallet was created',
  'wallet.import': 'an HD wallet was imported (mnemonic or seed)',
  'wallet.restore': 'an HD wallet was restored from SLIP-39 shares',
  'wallet.usage': "raw signing was granted to or withdrawn from a wallet's accounts",
  'wallet.xpub': 'an extended public key was read',
  'backup.create': 'SLIP-39 backup shares of a wallet or key were made (shown once)',
  // access, policy and lists
  'principal.create': 'a principal was registered (name, role, public key)',
  'principal.revoke': 'a principal was revoked',
  'passkey.register': 'a passkey principal registered its WebAuthn credential with its one-time link (credential id, algorithm, rpId, origin; never the token)',
  'passkey.register_failed': 'a passkey registration was refused (reason code; never the token)',
  'passkey.login': 'a passkey principal logged in to the console: a session key bound to its assertion (session id, expiry)',
  'session.revoke': 'a console session was ended (logout, or revoked by an admin)',
  'token.create': 'a bearer token was issued for an agent or a keymanager (id, expiry)',
  'token.revoke': 'a bearer token was revoked',
  'policy.set': 'a new policy version (digest)',
  'list.set': 'a named list was replaced',
  // risk
  'risk.freeze': 'a policy freeze rule froze a key or a principal (rule, request)',
  'schedule.set': 'a schedule was set: a key rotation, the root key rotation, or a threshold refresh (interval, first run)',
  'schedule.remove': 'a rotation schedule was removed',
  'schedule.start': 'a threshold refresh schedule claimed its slot and started the refresh at the parties (schedule.run or schedule.fail follows)',
  'schedule.run': 'a schedule ran its slot (the slot, the next run); the rotation it made is audited with it',
  'schedule.fail': 'a schedule could not run its slot (the error); it waits for the next slot',
  'recovery.propose': 'a guardian proposed a recovery: new admins, admins to revoke, the guardians needed and the time-lock',
  'recovery.execute': 'a guardian recovery executed after its time-lock: the admins it created and revoked',
  'risk.unfreeze': 'an admin quorum lifted a freeze (rule, request that caused it)',
  'risk.rebuild': 'the risk baselines were rebuilt from the signed history (requests learned)',
  // requests
  'request.decide': 'a request was decided by policy (outcome, rule, facts digest)',
  'request.approve': "an approver's signed approval was counted",
  'request.reject': "an approver's signed rejection ended a request",
  'request.approved': 'a request collected its approvals',
  'request.cancel': 'a request was cancelled',
  'request.expire': 'a pending request expired',
  'request.deny': 'an allowed request was refused when it came to execute (policy now denies it)',
  'request.execute': 'a request was carried out (signed, or the admin action ran)',
  'request.fail': 'a request could not be carried out (the error)',
  'request.offline': 'an allowed cold-key request waits for its air-gapped signature (status offline)',
  'request.export': "a cold-key request was exported for air-gapped signing (the export's digest)",
  'request.import': "an air-gapped signature was verified and completed its request (the offline instance, the response's digest)",
  'offline.pair': 'a peer instance was pinned for air-gapped signing (its instance id and identity key; the cold keys it registered)',
  'offline.sign': "the air-gapped instance signed an exported request after its own checks (policy version, rule, approvers, the export's digest)",
  'eth2.sign':
    'a routine validator duty, decided and signed (or refused by slashing protection) in one step: request id, duty type, slot or epochs, signing root, rule, policy version, facts digest',
  'eth2.slashing_import':
    "EIP-3076 interchange data was merged into slashing protection (counts); through the keymanager API (`via: keymanager`) in the keys' transaction, with `ignored`: entries for keys not in the request",
  'eth2.slashing_prune': 'slashing-protection records older than N epochs were dropped, watermarks raised (counts)',
  'request.veto.cancel': "a party received the requester's or an approver's signed cancellation",
  'request.veto.reject': "a party received an approver's signed rejection",
  // threshold parties
  'party.add': 'a threshold party was registered',
  'party.remove': 'a threshold party was removed',
  'party.pair': 'a threshold party paired with its coordinator',
  'party.peer.add': "a party added a peer to its registry (on the admin's proof)",
  'party.peer.remove': 'a party removed a peer from its registry',
  'party.refuse': 'a party refused what its coordinator asked (the reason)',
  'party.recovery.seen': "a party first held a guardian recovery whose guardians' signatures verify there: its own time-lock starts",
  'party.recovery.apply': 'a party applied a guardian recovery after its own time-lock: the admins it created and revoked',
  'party.coordinator.misbehaviour': 'a party caught its coordinator contradicting itself (evidence)',
  // Safe accounts (docs/chains-evm.md)
  'safe.owner.create': "a party made a Safe owner key (the Safe account, the owner's address; the key never leaves the party)",
  'safe.owner.bind': 'a party bound its Safe owner key to one Safe (address, chain, owners, threshold)',
  'safe.sign': 'a party signed a SafeTx hash for a request after re-deriving it (Safe, nonce, hash, rule)',
  'safe.create': 'a Safe account was created: owner keys at the parties, the Safe address (and its deployment transaction)',
  'safe.contracts': 'the Safe v1.4.1 singleton, proxy factory and fallback handler were deployed on a chain by an executor key (their addresses)',
  'safe.register': "an existing Safe was registered as an account after its on-chain owners and threshold matched the parties' keys",
  'gov.refuse': 'a party refused a governance change without a valid proof',
  'threshold.invalid_share': 'a signature share failed verification (the party named)',
  'audit.export': 'the trail was exported',
  // notifications
  'webhook.add': 'a webhook endpoint was added (URL without its query, events)',
  'webhook.remove': 'a webhook endpoint was removed (pending deliveries failed)',
  'webhook.secret': "an admin read a webhook endpoint's HMAC secret (the secret itself is never recorded)",
} as const;

export type AuditAction = keyof typeof AUDIT_EVENTS;
