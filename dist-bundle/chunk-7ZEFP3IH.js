import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);

// src/risk/types.ts
var SEEN_KINDS = ["destination", "contract", "method", "spender"];
var RISK_CODES = [
  "listed_address",
  "new_destination",
  "amount_unusual",
  "rate_burst",
  "hour_unusual",
  "new_contract",
  "new_method",
  "approval_new_spender",
  "approval_to_eoa"
];
var NO_RISK = Object.freeze({ score: 0, codes: [], reasons: [] });

export {
  SEEN_KINDS,
  RISK_CODES,
  NO_RISK
};
