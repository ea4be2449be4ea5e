import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  CustosError,
  badInput
} from "./chunk-7E33BI2G.js";

// src/audit/canonical.ts
function canonicalJson(v) {
  if (v === null || typeof v === "boolean" || typeof v === "string") return JSON.stringify(v);
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new TypeError("canonicalJson: non-finite number");
    return JSON.stringify(v);
  }
  if (typeof v === "bigint") return JSON.stringify(v.toString());
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  if (typeof v === "object") {
    const entries = Object.entries(v).filter(([, x]) => x !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x)}`).join(",")}}`;
  }
  throw new TypeError(`canonicalJson: unsupported type ${typeof v}`);
}

// src/auth/approval-message.ts
function requestCommitmentJson(c) {
  return canonicalJson({ v: 1, id: c.id, kind: c.kind, principal: c.principal, key: c.key, payload: c.payload, createdAt: c.createdAt });
}
function approvalText(requestId, digest, verdict) {
  return `custos-approval-v1
${requestId}
${digest}
${verdict}`;
}

// src/validate.ts
var ROLES = ["admin", "approver", "operator", "auditor", "agent", "validator", "keymanager", "guardian"];
var NAME_RE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
var EVM_ADDRESS_RE = /^0x[0-9a-fA-F]{40}$/;
function checkName(name, what = "name") {
  if (!NAME_RE.test(name)) {
    throw badInput(`${what} must be 1-64 characters of letters, digits, ".", "_" or "-", starting with a letter or digit`, { field: what });
  }
  return name;
}
function checkTags(tags) {
  for (const [k, v] of Object.entries(tags)) {
    if (!NAME_RE.test(k)) throw badInput(`tag name "${k}" is not valid`, { field: "tag" });
    if (v.length > 256) throw badInput(`tag ${k} is longer than 256 characters`, { field: "tag" });
  }
  return tags;
}
function parseListen(listen, flag = "--listen") {
  const m = /^(\[[0-9a-fA-F:]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/.exec(listen);
  if (!m || Number(m[2]) > 65535) throw new CustosError("E_USAGE", `${flag} must be HOST:PORT, got "${listen}"`);
  return { host: m[1].replace(/^\[|\]$/g, ""), port: Number(m[2]) };
}

// src/auth/request-canonical.ts
var SIGNATURE_HEADERS = {
  principal: "x-custos-principal",
  timestamp: "x-custos-timestamp",
  nonce: "x-custos-nonce",
  signature: "x-custos-signature"
};
var CANONICAL_VERSION = "custos-request-v1";
var METHOD_RE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
var PATH_RE = /^\/[^\u0000-\u0020\u007f]*$/;
var NONCE_RE = /^[A-Za-z0-9_-]{16,64}$/;
var SHA256_HEX_RE = /^[0-9a-f]{64}$/;
function canonicalRequestFromHash(parts) {
  const { method, path, bodySha256, timestamp, nonce, principal } = parts;
  if (typeof method !== "string" || !METHOD_RE.test(method)) throw badInput("method: not a valid HTTP method", { field: "method" });
  if (typeof path !== "string" || !PATH_RE.test(path)) {
    throw badInput('path: must start with "/" and contain no whitespace or control characters', { field: "path" });
  }
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) throw badInput("timestamp: expected non-negative integer unix seconds", { field: "timestamp" });
  if (typeof nonce !== "string" || !NONCE_RE.test(nonce)) throw badInput("nonce: expected 16-64 characters of [A-Za-z0-9_-]", { field: "nonce" });
  if (typeof principal !== "string" || !NAME_RE.test(principal)) throw badInput("principal: not a valid principal name", { field: "principal" });
  if (typeof bodySha256 !== "string" || !SHA256_HEX_RE.test(bodySha256)) throw badInput("bodySha256: expected lowercase hex SHA-256", { field: "bodySha256" });
  return [CANONICAL_VERSION, method.toUpperCase(), path, bodySha256, String(timestamp), nonce, principal].join("\n");
}

export {
  canonicalJson,
  requestCommitmentJson,
  approvalText,
  ROLES,
  NAME_RE,
  EVM_ADDRESS_RE,
  checkName,
  checkTags,
  parseListen,
  SIGNATURE_HEADERS,
  NONCE_RE,
  canonicalRequestFromHash
};
