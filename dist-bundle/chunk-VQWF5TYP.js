import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  badInput
} from "./chunk-7E33BI2G.js";

// src/crypto/bytes.ts
import { timingSafeEqual } from "node:crypto";
var HEX_RE = /^(?:0x)?((?:[0-9a-fA-F]{2})*)$/;
function fromHex(hex, field = "hex", expectedLength) {
  const m = HEX_RE.exec(hex.trim());
  if (!m) throw badInput(`${field}: not valid hex`, { field });
  const bytes = Uint8Array.from(Buffer.from(m[1] ?? "", "hex"));
  if (expectedLength !== void 0 && bytes.length !== expectedLength) {
    throw badInput(`${field}: expected ${expectedLength} bytes, got ${bytes.length}`, { field });
  }
  return bytes;
}
function toHex(bytes) {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("hex");
}
function abytes(value, length, field) {
  if (!(value instanceof Uint8Array)) throw new TypeError(`${field}: expected Uint8Array`);
  if (length !== void 0 && value.length !== length) {
    throw new RangeError(`${field}: expected ${length} bytes, got ${value.length}`);
  }
  return value;
}
function concatBytes(...parts) {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}
function utf8(s) {
  return new TextEncoder().encode(s);
}
function equalBytes(a, b) {
  return a.length === b.length && timingSafeEqual(a, b);
}
function clean(...arrays) {
  for (const a of arrays) a?.fill(0);
}
function copyBytes(b) {
  return Uint8Array.from(b);
}

export {
  fromHex,
  toHex,
  abytes,
  concatBytes,
  utf8,
  equalBytes,
  clean,
  copyBytes
};
