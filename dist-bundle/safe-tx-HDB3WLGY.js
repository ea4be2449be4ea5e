import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  SAFE_ABI,
  SAFE_GOVERNANCE_ABI,
  SAFE_TX_TYPES,
  execTransactionData,
  parseSafeTx,
  safeGovernance,
  safeTxFacts,
  safeTxHash,
  safeTxJson
} from "./chunk-OHGUMUQN.js";
import "./chunk-Y4PA7B4Z.js";
import "./chunk-INBJ2LOA.js";
import "./chunk-3SZH5XTH.js";
import "./chunk-EZAKATEZ.js";
import "./chunk-7E33BI2G.js";
import "./chunk-RNWXCQ5C.js";
import "./chunk-J227SGED.js";
import "./chunk-WZ6TVTD4.js";
import "./chunk-VF57VZD3.js";
export {
  SAFE_ABI,
  SAFE_GOVERNANCE_ABI,
  SAFE_TX_TYPES,
  execTransactionData,
  parseSafeTx,
  safeGovernance,
  safeTxFacts,
  safeTxHash,
  safeTxJson
};
