import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  badInput
} from "./chunk-7E33BI2G.js";

// src/chains/eth2/values.ts
var UINT_RE = /^(0|[1-9][0-9]{0,19})$/;
var ROOT_RE = /^0x[0-9a-fA-F]{64}$/;
var PUBKEY_RE = /^0x[0-9a-fA-F]{96}$/;
function uint(v, field) {
  const s = typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? String(v) : v;
  if (typeof s !== "string" || !UINT_RE.test(s)) throw badInput(`${field}: expected a decimal unsigned integer string`, { field });
  const n = Number(s);
  if (!Number.isSafeInteger(n)) throw badInput(`${field}: above 2^53 - 1`, { field });
  return n;
}
function root(v, field) {
  if (typeof v !== "string" || !ROOT_RE.test(v)) throw badInput(`${field}: expected 0x and 64 hex digits`, { field });
  return v.toLowerCase();
}
function pubkey(v, field = "pubkey") {
  if (typeof v !== "string" || !PUBKEY_RE.test(v)) throw badInput(`${field}: expected 0x and 96 hex digits`, { field });
  return v.toLowerCase();
}
function object(v, field) {
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw badInput(`${field}: expected an object`, { field });
  return v;
}
function array(v, field) {
  if (!Array.isArray(v)) throw badInput(`${field}: expected an array`, { field });
  return v;
}

export {
  uint,
  root,
  pubkey,
  object,
  array
};
