/**
 * One error type for all of custos. Every error carries a stable string code
 * (documented in docs/errors.md) that the CLI prints, the HTTP API returns and
 * clients match on. Messages never contain secrets: callers pass only names,
 * ids and public values.
 *
 * @example
 *   throw new CustosError('E_KEY_NOT_FOUND', `no key named "${name}"`);
 */

/** Stable error codes, with the HTTP status the API answers with. */
export const ERROR_CODES = {
  E_USAGE: 400,
  E_BAD_INPUT: 400,
  E_BAD_PATH: 400,
  E_UNSUPPORTED: 400,
  E_NOT_INITIALIZED: 409,
  E_ALREADY_INITIALIZED: 409,
  E_SEALED: 503,
  E_BAD_PASSPHRASE: 401,
  E_BAD_SHARES: 401,
  /** The PKCS#11 module is missing or not loadable (keystore/pkcs11.ts). */
  E_HSM_MODULE: 503,
  /** The HSM token is absent, removed, or not the one that sealed the instance. */
  E_HSM_TOKEN: 503,
  /** The HSM token refused the PIN (wrong, locked, expired). */
  E_HSM_PIN: 401,
  /** No object with the expected label on the HSM token (seal key or HSM-resident key). */
  E_HSM_KEY: 503,
  E_RATE_LIMITED: 429,
  E_QUOTA: 429,
  E_KEY_NOT_FOUND: 404,
  E_WALLET_NOT_FOUND: 404,
  E_NAME_TAKEN: 409,
  E_KEY_DISABLED: 409,
  /** A key or principal frozen by a policy `freeze` rule; only the governed unfreeze (admin quorum) lifts it. */
  E_FROZEN: 423,
  E_KEY_DESTROYED: 410,
  E_KEY_VERSION_RETIRED: 409,
  E_NOT_EXPORTABLE: 403,
  E_KEY_USAGE: 403,
  /** A cold key (custody `cold`) asked to sign online: it signs only on its air-gapped instance (`custos offline sign`). */
  E_COLD_KEY: 403,
  /** Air gap: a request or response file that does not parse (not custos's format, corrupt, too large). */
  E_AIRGAP_FORMAT: 400,
  /** Air gap: a file not signed by the paired peer instance (bad signature, or no instance paired under that id). */
  E_AIRGAP_SIGNATURE: 403,
  /** Air gap: a file whose contents disagree (request digest, another request or instance, a signature that does not verify). */
  E_AIRGAP_MISMATCH: 409,
  /** Air gap: the offline instance refuses to sign (its own policy, approvals, lifetime, a key that is not cold there). */
  E_AIRGAP_REFUSED: 403,
  /** Air gap: a request already signed offline, or a response already imported. */
  E_AIRGAP_REPLAYED: 409,
  E_BAD_KEYSTORE: 400,
  E_BAD_KEYSTORE_PASSWORD: 401,
  E_BAD_SIGNATURE: 400,
  /** A passkey registration link that is unknown, already used (`details.reason: invalid`) or expired (`expired`). */
  E_REGISTRATION_TOKEN: 401,
  /** A WebAuthn attestation or assertion refused (`details.reason`: origin, rp-id, challenge, type, user-present, user-verified, signature, ...). */
  E_PASSKEY_INVALID: 400,
  E_UNAUTHENTICATED: 401,
  E_STALE_REQUEST: 401,
  E_REPLAYED: 401,
  E_FORBIDDEN: 403,
  E_PRINCIPAL_NOT_FOUND: 404,
  E_WEBHOOK_NOT_FOUND: 404,
  E_POLICY_INVALID: 400,
  E_REQUEST_NOT_FOUND: 404,
  E_REQUEST_FINISHED: 409,
  /** Client only (viem/ethers adapters): the request waits for approvals or its delay (CustosPendingError). */
  E_PENDING: 202,
  /** Client only (viem/ethers adapters): the request was denied, rejected, cancelled or expired (CustosDeniedError). */
  E_DENIED: 403,
  E_SELF_APPROVAL: 403,
  E_NOT_ELIGIBLE: 403,
  E_RECOVERY_DISABLED: 403,
  E_ALREADY_APPROVED: 409,
  E_IDEMPOTENCY_CONFLICT: 409,
  E_TOO_LARGE: 413,
  E_TIMEOUT: 408,
  E_NOT_FOUND: 404,
  E_INVALID_SHARE: 502,
  E_PARTY_REFUSED: 403,
  E_NONCE_USED: 409,
  /** A threshold party refused: the coordinator claimed less risk for the request than the party scores it (decision 0030). */
  E_RISK_MISMATCH: 403,
  /** eth2: slashing protection (EIP-3076) refused the duty: signing it could get the validator slashed. */
  E_SLASHABLE: 412,
  /** eth2: the duty's signing request waits for approvals or a delay (the listener answers 403 with the request id). */
  E_AWAITING_APPROVAL: 403,
  E_TOO_EARLY: 425,
  E_TAMPERED: 500,
  E_AUDIT_BROKEN: 500,
  E_STORE: 503,
  E_STORE_AUTH: 503,
  E_CONFIG: 500,
  E_ADDR_IN_USE: 500,
  E_UNAVAILABLE: 503,
  /** A Safe's on-chain owners or threshold are not exactly the parties' owner keys (safe register), or its chain differs. */
  E_SAFE_MISMATCH: 409,
  /** The upstream Ethereum node refused or failed a call custos needed (safe create/register/show, execTransaction). */
  E_UPSTREAM: 502,
  /** eth2 listener: more signing requests in flight than --eth2-max-in-flight; answered at once, before the body is read. */
  E_OVERLOADED: 503,
  E_INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class CustosError extends Error {
  readonly code: ErrorCode;
  /** Public, secret-free context (record ids, field names, retry hints). */
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'CustosError';
    this.code = code;
    this.details = details;
  }

  get httpStatus(): number {
    return ERROR_CODES[this.code];
  }
}

export function isCustosError(e: unknown, code?: ErrorCode): e is CustosError {
  return e instanceof CustosError && (code === undefined || e.code === code);
}

/** Wrap anything thrown into a CustosError without leaking the original message to clients. */
export function toCustosError(e: unknown): CustosError {
  if (e instanceof CustosError) return e;
  return new CustosError('E_INTERNAL', 'internal error', undefined, { cause: e });
}

/** E_BAD_INPUT: the one way to refuse a caller's input (name the field in `details.field`). */
export function badInput(message: string, details?: Record<string, unknown>, options?: { cause?: unknown }): CustosError {
  return new CustosError('E_BAD_INPUT', message, details, options);
}

/** Whether a string is one of custos's error codes (e.g. a code a remote party answered with). */
export function isErrorCode(s: string): s is ErrorCode {
  return Object.hasOwn(ERROR_CODES, s);
}
