/**
 * Risk types: what the scoring reads (a request's observation, the
 * baselines of its key and principal) and what it yields (`risk.*` facts).
 * Pure data; no I/O anywhere under src/risk/ (dependency-cruiser rule
 * `pure-risk`).
 */

/** What one request shows the detector: who, how much, when, where value goes, what is called. */
export interface RiskObservation {
  /** Key name (the key baseline) and principal id (the principal baseline). */
  key: string;
  principal: string;
  /** USD upper bound of the request, clamped (0 for raw payloads). */
  usd: number;
  /** Time of the request, Unix ms. */
  atMs: number;
  /** Where value goes: an ERC-20 transfer's recipient, a plain native transfer's `to`; lowercase; null if none. */
  destination: string | null;
  /** The contract called (the transaction's `to` when it carries calldata); lowercase; null if none. */
  contract: string | null;
  /** The 4-byte selector called (`0x...`), null if none. */
  method: string | null;
  /** An approval's spender or operator (approve, increaseAllowance, setApprovalForAll(true)); null if none. */
  spender: string | null;
  /** The approval is unlimited (amount >= 2^128, above the registry ceiling, or setApprovalForAll). */
  unlimitedApproval: boolean;
  /** The spender's code at the upstream node (`payload.tx.spenderCode`), null when not looked up (no upstream, no approval). */
  spenderCode: SpenderCode | null;
  /** Every address the request names (to, recipient, spender, operator, delegations): checked against blocklists. */
  addresses: string[];
}

/** Whether an approval's spender holds contract code at the upstream node; "unknown" when it could not tell. */
export type SpenderCode = 'eoa' | 'contract' | 'unknown';

/** The kinds of values a baseline remembers as seen (bounded per subject). */
export type SeenKind = 'destination' | 'contract' | 'method' | 'spender';
export const SEEN_KINDS: readonly SeenKind[] = ['destination', 'contract', 'method', 'spender'];

/**
 * A baseline of one subject (a key, or a principal): counts only, fixed size
 * whatever the history (constant cost to read and to update).
 */
export interface RiskProfile {
  /** Signed requests learned. */
  n: number;
  /** First and last learned request, Unix ms (0 when n = 0). */
  firstMs: number;
  lastMs: number;
  /** Requests per log10-USD bin (AMOUNT_BINS bins; see histogram.ts). */
  amount: number[];
  /** Requests per UTC hour (24 bins). */
  hour: number[];
  /** How many distinct values of each kind are remembered (capped at SEEN_CAP). */
  seenSize: Record<SeenKind, number>;
}

/** How often this request's own values were seen before, per subject (0 = never). */
export type SeenCounts = Record<SeenKind, number>;

/** Everything scoring reads besides the request itself. */
export interface RiskBaselines {
  key: RiskProfile;
  principal: RiskProfile;
  seen: { key: SeenCounts; principal: SeenCounts };
  /** Signatures already made in the last 1 and 10 minutes with this key (velocity windows). */
  recent: { count1m: number; count10m: number };
  /** Admin-managed named lists; those named `block.*` are blocklists. */
  lists: Record<string, string[]>;
}

/** One reason a request scores: a stable code, a sentence, and the numbers behind it. */
export interface RiskReason {
  code: RiskCode;
  message: string;
  /** Points this reason contributes on its own (0..100; see score.ts for how they combine). */
  points: number;
  numbers: Record<string, number>;
}

/** Every reason code, stable (docs/risk.md). */
export const RISK_CODES = [
  'listed_address',
  'new_destination',
  'amount_unusual',
  'rate_burst',
  'hour_unusual',
  'new_contract',
  'new_method',
  'approval_new_spender',
  'approval_to_eoa',
] as const;
export type RiskCode = (typeof RISK_CODES)[number];

/** The `risk` facts of one request. */
export interface RiskFacts {
  /** 0..100, an integer. */
  score: number;
  /** The codes of `reasons`, for rules such as `"new_destination" in risk.codes`. */
  codes: string[];
  reasons: RiskReason[];
}

/** Facts of a request that could not be scored (no observation): nothing is known against it. */
export const NO_RISK: RiskFacts = Object.freeze({ score: 0, codes: [], reasons: [] }) as RiskFacts;
