import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  abytes,
  clean,
  concatBytes,
  equalBytes,
  fromHex
} from "./chunk-VQWF5TYP.js";

// src/crypto/ed25519.ts
import { createPrivateKey, createPublicKey, sign as nodeSign, verify as nodeVerify } from "node:crypto";
var PKCS8_PREFIX = fromHex("302e020100300506032b657004220420");
var SPKI_PREFIX = fromHex("302a300506032b6570032100");
function privateKeyObject(seed) {
  abytes(seed, 32, "seed");
  const der = concatBytes(PKCS8_PREFIX, seed);
  try {
    return createPrivateKey({ key: Buffer.from(der.buffer, der.byteOffset, der.byteLength), format: "der", type: "pkcs8" });
  } finally {
    clean(der);
  }
}
function publicKey(seed) {
  const spki = createPublicKey(privateKeyObject(seed)).export({ format: "der", type: "spki" });
  const prefix = spki.subarray(0, SPKI_PREFIX.length);
  if (spki.length !== SPKI_PREFIX.length + 32 || !equalBytes(prefix, SPKI_PREFIX)) {
    throw new Error("ed25519: unexpected SPKI encoding from node:crypto");
  }
  return Uint8Array.from(spki.subarray(SPKI_PREFIX.length));
}
function sign(seed, message) {
  abytes(message, void 0, "message");
  return Uint8Array.from(nodeSign(null, message, privateKeyObject(seed)));
}
function verify(pub, message, signature) {
  abytes(message, void 0, "message");
  if (!(pub instanceof Uint8Array) || pub.length !== 32) return false;
  if (!(signature instanceof Uint8Array) || signature.length !== 64) return false;
  try {
    const key = createPublicKey({ key: Buffer.from(concatBytes(SPKI_PREFIX, pub)), format: "der", type: "spki" });
    return nodeVerify(null, message, key, signature);
  } catch {
    return false;
  }
}

export {
  publicKey,
  sign,
  verify
};
