import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  Address,
  NETWORK,
  p2tr,
  p2wpkh
} from "./chunk-47DFWPP5.js";
import {
  ALGORITHMS,
  PartyRegistry,
  appendEvent,
  bls12_381,
  callParty,
  callPartyEnvelope,
  checkMembership,
  ed25519,
  ed25519_FROST,
  firstN,
  getAlgorithm,
  parseCurve,
  parseKeyRef,
  refString
} from "./chunk-DOFE7BQX.js";
import {
  DER,
  V_OFFSET,
  completeRecoverable,
  compressedPublicKey,
  ecdsaRecover,
  ecdsaVerify,
  schnorr,
  schnorr_FROST,
  secp256k1,
  secp256k1_FROST,
  secp256k1_hasher,
  sha256,
  sha512,
  uncompressedPublicKey
} from "./chunk-MPHSVC72.js";
import {
  verify
} from "./chunk-POEWKUPT.js";
import {
  base58
} from "./chunk-73GY3SDL.js";
import {
  clean,
  concatBytes,
  equalBytes,
  fromHex,
  toHex,
  utf8
} from "./chunk-VQWF5TYP.js";
import {
  SEEN_KINDS
} from "./chunk-7ZEFP3IH.js";
import {
  EVM_ADDRESS_RE,
  checkName,
  checkTags
} from "./chunk-T7RD2LC5.js";
import {
  keccak_256
} from "./chunk-3SZH5XTH.js";
import {
  CustosError,
  badInput,
  isCustosError
} from "./chunk-7E33BI2G.js";

// src/access/actor.ts
import { userInfo } from "node:os";
function localActor() {
  let user = "unknown";
  try {
    user = userInfo().username;
  } catch {
  }
  return { id: "local", name: `local:${user}`, role: "admin", kind: "local", tags: {} };
}
function auditActor(a) {
  return a.kind === "local" ? a.name : `principal:${a.name}`;
}
function requireRole(a, roles, what) {
  if (!roles.includes(a.role)) throw new CustosError("E_FORBIDDEN", `${what} needs role ${roles.join(" or ")}; ${a.name} is ${a.role}`);
}

// src/crypto/addresses.ts
function checkPublicKey(pub, lengths) {
  if (!(pub instanceof Uint8Array) || !lengths.includes(pub.length)) {
    throw badInput(`publicKey: expected ${lengths.join(" or ")} bytes`, { field: "publicKey" });
  }
  return pub;
}
function ethereumAddress(pub) {
  const full = uncompressedPublicKey(checkPublicKey(pub, [33, 65]));
  return checksumAddress(keccak_256(full.subarray(1)).subarray(12));
}
function checksumAddress(address20) {
  const lower = toHex(checkPublicKey(address20, [20]));
  const hash = toHex(keccak_256(new TextEncoder().encode(lower)));
  let out = "0x";
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i];
    out += parseInt(hash[i], 16) >= 8 ? c.toUpperCase() : c;
  }
  return out;
}
function addressesFor(algorithm, publicKey2) {
  switch (algorithm) {
    case "secp256k1": {
      if (publicKey2.length === 20) return { ethereum: checksumAddress(publicKey2) };
      const full = uncompressedPublicKey(checkPublicKey(publicKey2, [33, 65]));
      const compressed = Uint8Array.of(((full[64] ?? 0) & 1) === 0 ? 2 : 3, ...full.subarray(1, 33));
      const p2wpkhAddr = p2wpkh(compressed, NETWORK).address;
      const p2trAddr = p2tr(compressed.subarray(1), void 0, NETWORK).address;
      if (!p2wpkhAddr || !p2trAddr) throw new Error("btc-signer returned no address");
      return { ethereum: ethereumAddress(full), bitcoinP2wpkh: p2wpkhAddr, bitcoinP2tr: p2trAddr };
    }
    case "ed25519":
      return { solana: base58.encode(checkPublicKey(publicKey2, [32])) };
    case "frost-ed25519":
      return { solana: base58.encode(checkPublicKey(publicKey2, [32])) };
    case "frost-secp256k1-tr":
      return { bitcoinP2tr: Address(NETWORK).encode({ type: "tr", pubkey: checkPublicKey(publicKey2, [32]) }) };
    case "bls12-381":
    case "ml-dsa-65":
    case "frost-secp256k1":
      return {};
    default:
      throw new CustosError("E_UNSUPPORTED", `algorithm: unknown "${String(algorithm).slice(0, 64)}"`, {
        field: "algorithm"
      });
  }
}

// src/threshold/signing.ts
import { randomUUID } from "node:crypto";

// src/threshold/frost-native.ts
import { randomBytes as nodeRandomBytes } from "node:crypto";

// src/crypto/ed25519-group.ts
import { createRequire } from "node:module";

// src/crypto/group.ts
function isZeroScalar(k) {
  let acc = 0;
  for (const b of k) acc |= b;
  return acc === 0;
}

// src/crypto/ed25519-group.ts
var require2 = createRequire(import.meta.url);
var sodium = require2("sodium-native");
var IDENTITY = Uint8Array.of(1, ...new Uint8Array(31));
var isIdentity = (b) => b.length === 32 && b[0] === 1 && isZeroScalar(b.subarray(1));
var checkScalar = (k) => {
  if (!(k instanceof Uint8Array) || k.length !== 32) throw new RangeError("scalar: expected 32 bytes");
};
var ed25519Group = {
  elementLength: 32,
  isElement: (b) => b instanceof Uint8Array && b.length === 32 && sodium.crypto_core_ed25519_is_valid_point(b),
  base(k) {
    checkScalar(k);
    if (isZeroScalar(k)) return null;
    const out = new Uint8Array(32);
    sodium.crypto_scalarmult_ed25519_base_noclamp(out, k);
    return out;
  },
  mul(p, k) {
    checkScalar(k);
    if (isZeroScalar(k)) return null;
    const out = new Uint8Array(32);
    try {
      sodium.crypto_scalarmult_ed25519_noclamp(out, k, p);
    } catch {
      throw new Error("invalid element");
    }
    return out;
  },
  sum(points) {
    let acc = null;
    for (const p of points) {
      if (p === null) continue;
      if (acc === null) {
        acc = Uint8Array.from(p);
        continue;
      }
      const out = new Uint8Array(32);
      sodium.crypto_core_ed25519_add(out, acc, p);
      acc = out;
    }
    return acc === null || isIdentity(acc) ? null : acc;
  },
  neg(p) {
    if (p === null) return null;
    const out = new Uint8Array(32);
    sodium.crypto_core_ed25519_sub(out, IDENTITY, p);
    return out;
  }
};

// src/crypto/secp256k1-group.ts
import { createRequire as createRequire2 } from "node:module";
var require3 = createRequire2(import.meta.url);
var native = require3("secp256k1/bindings");
var checkScalar2 = (k) => {
  if (!(k instanceof Uint8Array) || k.length !== 32) throw new RangeError("scalar: expected 32 bytes");
};
var secp256k1Group = {
  elementLength: 33,
  // Compressed only (RFC 9591 §6.5); libsecp256k1's parser refuses x >= p and x not on the curve.
  isElement: (b) => b instanceof Uint8Array && b.length === 33 && (b[0] === 2 || b[0] === 3) && native.publicKeyVerify(b),
  base(k) {
    checkScalar2(k);
    if (isZeroScalar(k)) return null;
    return Uint8Array.from(native.publicKeyCreate(k, true));
  },
  mul(p, k) {
    checkScalar2(k);
    if (isZeroScalar(k)) return null;
    try {
      return Uint8Array.from(native.publicKeyTweakMul(p, k, true));
    } catch {
      throw new Error("invalid element or scalar");
    }
  },
  sum(points) {
    const ps = points.filter((p) => p !== null);
    if (ps.length === 0) return null;
    if (ps.length === 1) return Uint8Array.from(ps[0]);
    try {
      return Uint8Array.from(native.publicKeyCombine(ps, true));
    } catch (e) {
      if (e instanceof Error && /sum of the public keys/.test(e.message)) return null;
      throw new Error("invalid element");
    }
  },
  neg: (p) => p === null ? null : Uint8Array.from(native.publicKeyNegate(p, true))
};

// src/threshold/native-suites.ts
var leMod = (Fn, b) => {
  let n = 0n;
  for (let i = b.length - 1; i >= 0; i--) n = n << 8n | BigInt(b[i]);
  return Fn.create(n);
};
var beMod = (Fn, b) => {
  let n = 0n;
  for (const x of b) n = n << 8n | BigInt(x);
  return Fn.create(n);
};
function ed25519Suite() {
  const Fn = ed25519.Point.Fn;
  const ctx = "FROST-ED25519-SHA512-v1";
  const tag = (t) => utf8(ctx + t);
  const [rho, nonce, msg, com] = [tag("rho"), tag("nonce"), tag("msg"), tag("com")];
  return {
    name: "frost-ed25519",
    group: ed25519Group,
    Fn,
    H1: (m) => leMod(Fn, sha512(concatBytes(rho, m))),
    H3: (m) => leMod(Fn, sha512(concatBytes(nonce, m))),
    H4: (m) => sha512(concatBytes(msg, m)),
    H5: (m) => sha512(concatBytes(com, m)),
    challenge: (R, PK, m) => leMod(Fn, sha512(concatBytes(R, PK, m))),
    taproot: false
  };
}
function secp256k1Suite(name) {
  const Fn = secp256k1.Point.Fn;
  const ctx = name === "frost-secp256k1" ? "FROST-secp256k1-SHA256-v1" : "FROST-secp256k1-SHA256-TR-v1";
  const tag = (t) => utf8(ctx + t);
  const [rho, chal, nonce, msg, com] = [tag("rho"), tag("chal"), tag("nonce"), tag("msg"), tag("com")];
  const h2f = (DST) => (m) => secp256k1_hasher.hashToScalar(m, { DST });
  const taproot = name === "frost-secp256k1-tr";
  return {
    name,
    group: secp256k1Group,
    Fn,
    H1: h2f(rho),
    H3: h2f(nonce),
    H4: (m) => sha256(concatBytes(msg, m)),
    H5: (m) => sha256(concatBytes(com, m)),
    challenge: taproot ? (
      // BIP340: e = int(hash_BIP0340/challenge(bytes(R) || bytes(P) || m)) mod n, over x-only encodings.
      (R, PK, m) => beMod(Fn, schnorr.utils.taggedHash("BIP0340/challenge", R.subarray(1), PK.subarray(1), m))
    ) : (R, PK, m) => h2f(chal)(concatBytes(R, PK, m)),
    taproot
  };
}
var SUITES = {
  "frost-ed25519": ed25519Suite(),
  "frost-secp256k1": secp256k1Suite("frost-secp256k1"),
  "frost-secp256k1-tr": secp256k1Suite("frost-secp256k1-tr")
};
var nativeSuite = (name) => SUITES[name];

// src/threshold/frost-native.ts
var defaultRng = (len = 32) => new Uint8Array(nodeRandomBytes(len));
var AggregationError = class extends Error {
  constructor(cheaters) {
    super("aggregation failed");
    this.cheaters = cheaters;
  }
  cheaters;
};
var VALID = { static: /* @__PURE__ */ new Set(), session: /* @__PURE__ */ new Set() };
var VALID_MAX = { static: 4096, session: 256 };
function element(s, b, what, cache = "session") {
  if (!(b instanceof Uint8Array) || b.length !== s.group.elementLength) throw new Error(`${what}: invalid element encoding`);
  const set = VALID[cache];
  const key = `${s.name}:${toHex(b)}`;
  if (set.has(key)) return b;
  if (!s.group.isElement(b)) throw new Error(`${what}: invalid element`);
  if (set.size >= VALID_MAX[cache]) set.delete(set.values().next().value);
  set.add(key);
  return b;
}
function assertCommitment(suite, b) {
  element(nativeSuite(suite), b, "commitment");
}
function scalar(s, b, what) {
  if (!(b instanceof Uint8Array) || b.length !== s.Fn.BYTES) throw new Error(`${what}: expected ${s.Fn.BYTES}-byte scalar`);
  return s.Fn.fromBytes(b);
}
function identifier(s, id) {
  if (typeof id !== "string" || !/^[0-9a-f]*$/.test(id) || id.length !== 2 * s.Fn.BYTES) throw new Error("invalid identifier");
  const n = s.Fn.fromBytes(fromHex(id));
  if (s.Fn.is0(n)) throw new Error("invalid identifier 0");
  return n;
}
var enc = (s, k) => s.Fn.toBytes(k);
var mul = (s, p, k) => p === null ? null : s.group.mul(p, enc(s, k));
var base = (s, k) => s.group.base(enc(s, k));
var evenY = (p) => p[0] === 2;
function checkSigners(pub, count) {
  const { min, max } = pub?.signers ?? {};
  if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min < 1 || max < min) throw new Error("invalid signers");
  if (count < min || count > max) throw new Error("wrong number of commitments");
}
function groupKey(s, pub) {
  const PK = element(s, pub?.commitments?.[0], "group key", "static");
  if (!s.taproot || evenY(PK)) return { PK, negate: false };
  return { PK: s.group.neg(PK), negate: true };
}
function groupCommitment(s, PK, list, msg) {
  if (!Array.isArray(list)) throw new Error("commitmentList must be an array");
  const parsed = list.map((c) => ({
    id: c?.identifier,
    x: identifier(s, c?.identifier),
    hiding: element(s, c?.hiding, "hiding commitment"),
    binding: element(s, c?.binding, "binding commitment")
  }));
  parsed.sort((a, b) => a.x < b.x ? -1 : a.x > b.x ? 1 : 0);
  for (let i = 1; i < parsed.length; i++) if (parsed[i].x === parsed[i - 1].x) throw new Error("duplicate identifier");
  const encoded = concatBytes(...parsed.flatMap((p) => [enc(s, p.x), p.hiding, p.binding]));
  const prefix = concatBytes(PK, s.H4(msg), s.H5(encoded));
  const rho = /* @__PURE__ */ new Map();
  for (const p of parsed) rho.set(p.id, s.H1(concatBytes(prefix, enc(s, p.x))));
  const terms = [];
  for (const p of parsed) terms.push(p.hiding, mul(s, p.binding, rho.get(p.id)));
  const R = s.group.sum(terms);
  if (R === null) throw new Error("group commitment is the identity");
  return { R, rho, xs: parsed.map((p) => p.x), parsed };
}
function lagrange(s, xs, xi) {
  const { Fn } = s;
  let num = Fn.ONE;
  let den = Fn.ONE;
  for (const x of xs) {
    if (x === xi) continue;
    num = Fn.mul(num, x);
    den = Fn.mul(den, Fn.sub(x, xi));
  }
  return Fn.div(num, den);
}
function commit(suite, secret, rng = defaultRng) {
  const s = nativeSuite(suite);
  if (typeof rng !== "function") throw new TypeError("rng must be a function");
  identifier(s, secret?.identifier);
  const sk = enc(s, scalar(s, secret?.signingShare, "secret.signingShare"));
  const gen = () => {
    const k = s.H3(concatBytes(rng(32), sk));
    if (s.Fn.is0(k)) throw new Error("zero nonce");
    return k;
  };
  const hiding = gen();
  const binding = gen();
  const nonces = { hiding: enc(s, hiding), binding: enc(s, binding) };
  const commitments = { identifier: secret.identifier, hiding: base(s, hiding), binding: base(s, binding) };
  return { nonces, commitments };
}
function signShare(suite, secret, pub, nonces, list, msg) {
  const s = nativeSuite(suite);
  const { Fn } = s;
  if (!(msg instanceof Uint8Array)) throw new Error("msg must be bytes");
  if (!Array.isArray(list)) throw new Error("commitmentList must be an array");
  checkSigners(pub, list.length);
  const xi = identifier(s, secret?.identifier);
  let sk = scalar(s, secret?.signingShare, "secret.signingShare");
  const d0 = scalar(s, nonces?.hiding, "nonces.hiding");
  const e0 = scalar(s, nonces?.binding, "nonces.binding");
  if (Fn.is0(d0) || Fn.is0(e0)) throw new Error("signing nonces already used");
  const mine = list.find((c2) => c2?.identifier === secret.identifier);
  if (!mine) throw new Error("missing signer commitment");
  if (!equalBytes(mine.hiding, base(s, d0)) || !equalBytes(mine.binding, base(s, e0))) throw new Error("incorrect signer commitment");
  const { PK, negate } = groupKey(s, pub);
  if (negate) sk = Fn.neg(sk);
  const { R, rho, xs } = groupCommitment(s, PK, list, msg);
  let d = d0;
  let e = e0;
  if (s.taproot && !evenY(R)) {
    d = Fn.neg(d);
    e = Fn.neg(e);
  }
  const c = s.challenge(R, PK, msg);
  const z = Fn.add(Fn.add(d, Fn.mul(e, rho.get(secret.identifier))), Fn.mul(Fn.mul(lagrange(s, xs, xi), sk), c));
  nonces.hiding.fill(0);
  nonces.binding.fill(0);
  return enc(s, z);
}
function verifyShare(suite, pub, list, msg, id, share) {
  const s = nativeSuite(suite);
  if (!(msg instanceof Uint8Array)) throw new Error("msg must be bytes");
  const xi = identifier(s, id);
  const z = scalar(s, share, "sigShare");
  const { PK, negate } = groupKey(s, pub);
  if (!Object.hasOwn(pub.verifyingShares ?? {}, id)) throw new Error("unknown participant");
  let PKi = element(s, pub.verifyingShares[id], "verifying share", "static");
  if (negate) PKi = s.group.neg(PKi);
  const { R, rho, xs, parsed } = groupCommitment(s, PK, list, msg);
  const mine = parsed.find((p) => p.id === id);
  if (!mine) throw new Error("cannot find identifier commitment");
  let Ri = s.group.sum([mine.hiding, mul(s, mine.binding, rho.get(id))]);
  if (s.taproot && !evenY(R)) Ri = s.group.neg(Ri);
  const c = s.challenge(R, PK, msg);
  const rhs = s.group.sum([Ri, mul(s, PKi, s.Fn.mul(c, lagrange(s, xs, xi)))]);
  const lhs = base(s, z);
  return lhs !== null && rhs !== null && equalBytes(lhs, rhs);
}
function verifyRz(s, R, z, PK, msg) {
  const c = s.challenge(R, PK, msg);
  const lhs = base(s, z);
  const rhs = s.group.sum([R, mul(s, PK, c)]);
  return lhs !== null && rhs !== null && equalBytes(lhs, rhs);
}
var evenR = (s, R) => s.taproot && !evenY(R) ? s.group.neg(R) : R;
function aggregate(suite, pub, list, msg, shares) {
  const s = nativeSuite(suite);
  if (!(msg instanceof Uint8Array)) throw new Error("msg must be bytes");
  if (!Array.isArray(list)) throw new Error("commitmentList must be an array");
  checkSigners(pub, list.length);
  const { PK } = groupKey(s, pub);
  const { R, parsed } = groupCommitment(s, PK, list, msg);
  let z = s.Fn.ZERO;
  for (const p of parsed) {
    if (!Object.hasOwn(shares, p.id) || !Object.hasOwn(pub.verifyingShares, p.id)) throw new AggregationError([]);
    z = s.Fn.add(z, scalar(s, shares[p.id], "sigShare"));
  }
  if (!verifyRz(s, evenR(s, R), z, PK, msg)) {
    throw new AggregationError(parsed.filter((p) => !verifyShare(suite, pub, list, msg, p.id, shares[p.id])).map((p) => p.id));
  }
  const sig = concatBytes(R, enc(s, z));
  return s.taproot ? sig.subarray(1) : sig;
}
function verify2(suite, sig, msg, key) {
  const s = nativeSuite(suite);
  if (!(sig instanceof Uint8Array) || !(msg instanceof Uint8Array) || !(key instanceof Uint8Array)) throw new Error("expected bytes");
  const n = s.Fn.BYTES;
  const rLen = s.taproot ? 32 : s.group.elementLength;
  if (sig.length !== rLen + n) throw new Error("invalid signature length");
  const Rb = s.taproot ? concatBytes(Uint8Array.of(2), sig.subarray(0, 32)) : sig.subarray(0, rLen);
  const R = element(s, Rb, "R");
  const z = scalar(s, sig.subarray(rLen), "z");
  let PK;
  if (s.taproot && key.length === 32) PK = element(s, concatBytes(Uint8Array.of(2), key), "public key", "static");
  else PK = element(s, key, "public key", "static");
  return verifyRz(s, evenR(s, R), z, s.taproot && !evenY(PK) ? s.group.neg(PK) : PK, msg);
}

// src/threshold/suites.ts
var FROST_SUITES = ["frost-ed25519", "frost-secp256k1", "frost-secp256k1-tr"];
var edElement = (b) => {
  if (!ed25519Group.isElement(b)) throw new Error("invalid element");
};
var k1Element = (b) => {
  if (!(b instanceof Uint8Array) || b.length !== 33) throw new Error("expected 33-byte compressed element");
  if (!secp256k1Group.isElement(b)) throw new Error("invalid element");
};
var first = (pub) => {
  const pk = pub.commitments[0];
  if (!(pk instanceof Uint8Array)) throw badInput("FROST public package has no group key", { field: "commitments" });
  return Uint8Array.from(pk);
};
var SUITES2 = {
  "frost-ed25519": { name: "frost-ed25519", frost: ed25519_FROST, groupPublicKey: first, assertElement: edElement },
  "frost-secp256k1": { name: "frost-secp256k1", frost: secp256k1_FROST, groupPublicKey: first, assertElement: k1Element },
  "frost-secp256k1-tr": {
    name: "frost-secp256k1-tr",
    frost: schnorr_FROST,
    groupPublicKey: (pub) => first(pub).subarray(1),
    // BIP340 x-only (drop the parity byte)
    assertElement: k1Element
  }
};
function frostSuite(name) {
  const s = SUITES2[name];
  if (!Object.hasOwn(SUITES2, name) || s === void 0) {
    throw new CustosError("E_UNSUPPORTED", `unsupported FROST suite "${name}"`, { suite: name, supported: [...FROST_SUITES] });
  }
  return s;
}
function identifierFor(suite, identity) {
  return frostSuite(suite).frost.Identifier.derive(`custos-party:${identity}`);
}

// src/threshold/frost.ts
var reason = (e) => e instanceof Error ? e.message : String(e);
function guard(op, fn, details) {
  try {
    return fn();
  } catch (e) {
    if (e instanceof CustosError) throw e;
    throw badInput(`${op}: ${reason(e)}`, { op, ...details }, { cause: e });
  }
}
var invalidShare = (participant, why, cause) => new CustosError("E_INVALID_SHARE", `participant ${participant} sent an invalid signature share`, { participant, reason: why }, { cause });
function dkgRound1(suite, id, signers, rng) {
  const { frost } = frostSuite(suite);
  return guard("dkg round 1", () => frost.DKG.round1(id, signers, void 0, rng), { participant: id });
}
function dkgRound2(suite, secret, othersRound1) {
  const { frost } = frostSuite(suite);
  return guard("dkg round 2", () => frost.DKG.round2(secret, othersRound1));
}
function dkgRound3(suite, secret, round1All, round2Received) {
  const { frost } = frostSuite(suite);
  const self = guard("dkg round 3", () => toHex(frost.utils.Fn.toBytes(secret.identifier)));
  for (const r2 of round2Received) {
    const r1 = round1All.find((p) => p.identifier === r2.identifier);
    if (!r1) throw badInput(`dkg round 3: no round-1 package from participant ${r2.identifier}`, { participant: r2.identifier });
    try {
      frost.validateSecret({ identifier: self, signingShare: r2.signingShare }, { signers: secret.signers, commitments: r1.commitment, verifyingShares: {} });
    } catch (e) {
      throw new CustosError(
        "E_INVALID_SHARE",
        `participant ${r2.identifier} sent an invalid DKG share`,
        { participant: r2.identifier, reason: reason(e) },
        { cause: e }
      );
    }
  }
  return guard("dkg round 3", () => frost.DKG.round3(secret, round1All, round2Received));
}
function dkgClean(suite, secret) {
  guard("dkg clean", () => frostSuite(suite).frost.DKG.clean(secret));
}
function commit2(suite, secret, rng) {
  frostSuite(suite);
  return guard("commit", () => commit(suite, secret, rng), { participant: secret?.identifier });
}
function signShare2(suite, secret, pub, nonces, commitmentList, msg) {
  frostSuite(suite);
  return guard("sign share", () => signShare(suite, secret, pub, nonces, commitmentList, msg), { participant: secret?.identifier });
}
function checkSigningSet(s, pub, commitmentList, shares) {
  if (!Array.isArray(commitmentList)) throw badInput("commitmentList must be an array", { field: "commitmentList" });
  const { min, max } = pub.signers;
  if (commitmentList.length < min || commitmentList.length > max) {
    throw badInput(`need between ${min} and ${max} signers, got ${commitmentList.length}`, { field: "commitmentList", min, max, got: commitmentList.length });
  }
  const seen = /* @__PURE__ */ new Set();
  for (const c of commitmentList) {
    const id = c?.identifier;
    if (typeof id !== "string" || seen.has(id)) throw badInput(`duplicate or missing identifier in commitmentList`, { participant: id });
    seen.add(id);
    if (!Object.hasOwn(pub.verifyingShares, id)) throw badInput(`participant ${id} is not in this key set`, { participant: id });
    if (!Object.hasOwn(shares, id)) throw badInput(`no signature share from participant ${id}`, { participant: id });
    try {
      assertCommitment(s.name, c.hiding);
      assertCommitment(s.name, c.binding);
    } catch (e) {
      throw badInput(`participant ${id} has a malformed nonce commitment`, { participant: id, reason: reason(e) });
    }
  }
  for (const id of Object.keys(shares)) {
    if (!seen.has(id)) throw badInput(`signature share from participant ${id} who has no commitment in this session`, { participant: id });
  }
}
function aggregateVerified(suite, pub, commitmentList, msg, shares) {
  const s = frostSuite(suite);
  const { frost } = s;
  guard("aggregate", () => checkSigningSet(s, pub, commitmentList, shares));
  if (!(msg instanceof Uint8Array)) throw badInput("msg must be bytes", { field: "msg" });
  for (const { identifier: id } of commitmentList) {
    const share = shares[id];
    if (!(share instanceof Uint8Array) || share.length !== frost.utils.Fn.BYTES) throw invalidShare(id, "malformed share");
    try {
      frost.utils.Fn.fromBytes(share);
    } catch (e) {
      throw invalidShare(id, reason(e), e);
    }
  }
  let sig;
  try {
    sig = aggregate(suite, pub, commitmentList, msg, shares);
  } catch (e) {
    const cheaters = e instanceof AggregationError ? e.cheaters : void 0;
    if (Array.isArray(cheaters) && typeof cheaters[0] === "string") throw invalidShare(cheaters[0], "share does not verify (RFC 9591 \xA75.4)", e);
    throw badInput("signature shares verify individually but do not aggregate under this public package", { reason: reason(e) }, { cause: e });
  }
  if (!verifyIndependently(s, pub, msg, sig)) {
    throw new CustosError("E_INTERNAL", "aggregated FROST signature failed final verification", { suite });
  }
  return sig;
}
function verifyIndependently(s, pub, msg, sig) {
  const key = s.groupPublicKey(pub);
  try {
    if (s.name === "frost-ed25519") return verify(key, msg, sig);
    return verify2(s.name, sig, msg, key);
  } catch {
    return false;
  }
}
function groupPublicKey(suite, pub) {
  return frostSuite(suite).groupPublicKey(pub);
}

// src/threshold/codec.ts
var ID_RE = /^[0-9a-f]{64}$/;
var hexArr = (v, field) => {
  if (!Array.isArray(v) || v.length === 0 || v.length > 64) throw badInput(`${field}: expected a list of hex strings`, { field });
  return v.map((x, i) => fromHex(String(x), `${field}[${i}]`));
};
var checkIdentifier = (v, field) => {
  if (typeof v !== "string" || !ID_RE.test(v)) throw badInput(`${field}: expected a FROST identifier (64 hex)`, { field });
  return v;
};
var obj = (v, field) => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw badInput(`${field}: expected an object`, { field });
  return v;
};
function encodePublic(p) {
  return {
    signers: { min: p.signers.min, max: p.signers.max },
    commitments: p.commitments.map(toHex),
    verifyingShares: Object.fromEntries(Object.entries(p.verifyingShares).map(([k, v]) => [k, toHex(v)]))
  };
}
function decodePublic(v, field = "public") {
  const o = obj(v, field);
  const s = obj(o.signers, `${field}.signers`);
  const min = Number(s.min);
  const max = Number(s.max);
  if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min < 1 || max < min || max > 64) throw badInput(`${field}.signers: invalid`, { field });
  const shares = obj(o.verifyingShares, `${field}.verifyingShares`);
  return {
    signers: { min, max },
    commitments: hexArr(o.commitments, `${field}.commitments`),
    verifyingShares: Object.fromEntries(
      Object.entries(shares).map(([k, x]) => [checkIdentifier(k, `${field}.verifyingShares`), fromHex(String(x), `${field}.verifyingShares`)])
    )
  };
}
var encodeSecret = (s) => ({ identifier: s.identifier, signingShare: toHex(s.signingShare) });
var decodeSecret = (v) => {
  const o = obj(v, "secret");
  return {
    identifier: checkIdentifier(o.identifier, "secret.identifier"),
    signingShare: fromHex(String(o.signingShare), "secret.signingShare")
  };
};
var encodeRound1 = (r) => ({ identifier: r.identifier, commitment: r.commitment.map(toHex), proofOfKnowledge: toHex(r.proofOfKnowledge) });
function decodeRound1(v, field = "round1") {
  const o = obj(v, field);
  return {
    identifier: checkIdentifier(o.identifier, `${field}.identifier`),
    commitment: hexArr(o.commitment, `${field}.commitment`),
    proofOfKnowledge: fromHex(String(o.proofOfKnowledge), `${field}.proofOfKnowledge`)
  };
}
var encodeCommitments = (c) => ({ identifier: c.identifier, hiding: toHex(c.hiding), binding: toHex(c.binding) });
function decodeCommitments(v, field = "commitments") {
  const o = obj(v, field);
  return {
    identifier: checkIdentifier(o.identifier, `${field}.identifier`),
    hiding: fromHex(String(o.hiding), `${field}.hiding`),
    binding: fromHex(String(o.binding), `${field}.binding`)
  };
}
var encodeNonces = (n) => ({ hiding: toHex(n.hiding), binding: toHex(n.binding) });
var decodeNonces = (v) => {
  const o = obj(v, "nonces");
  return { hiding: fromHex(String(o.hiding), "nonces.hiding"), binding: fromHex(String(o.binding), "nonces.binding") };
};

// src/threshold/nonce-pool.ts
var TTL_MS = 5 * 6e4;
var LOW_WATER = 4;
var BATCH = 16;
var NoncePool = class {
  entries = /* @__PURE__ */ new Map();
  filling = /* @__PURE__ */ new Set();
  key(meta, party) {
    return `${meta.keyId}:${meta.epoch}:${party}`;
  }
  fresh(k) {
    const now = Date.now();
    const list = (this.entries.get(k) ?? []).filter((e) => now - e.at < TTL_MS);
    this.entries.set(k, list);
    return list;
  }
  /** One pooled commitment from each of `min` parties (in candidate order), or null when fewer have one. */
  take(meta, candidates) {
    const ready = candidates.filter((p) => this.fresh(this.key(meta, p.name)).length > 0).slice(0, meta.min);
    if (ready.length < meta.min) return null;
    return ready.map((p) => {
      const e = this.entries.get(this.key(meta, p.name)).shift();
      return { party: p, nonce: e.id, commitments: e.commitments };
    });
  }
  /** Top up every party below the low-water mark (best effort, one request per party at a time). */
  async refill(meta, parties, precommit) {
    await Promise.all(
      parties.map(async (p) => {
        const k = this.key(meta, p.name);
        if (this.filling.has(k) || this.fresh(k).length >= LOW_WATER) return;
        this.filling.add(k);
        try {
          const r = await precommit(p, { keyId: meta.keyId, epoch: meta.epoch, digest: meta.digest, count: BATCH });
          const at = Date.now();
          const got = Array.isArray(r.nonces) ? r.nonces : [];
          this.fresh(k).push(...got.filter((n) => typeof n?.id === "string").map((n) => ({ id: n.id, commitments: n.commitments, at })));
        } catch {
        } finally {
          this.filling.delete(k);
        }
      })
    );
  }
};

// src/threshold/signing.ts
var ThresholdSigning = class {
  constructor(parties, timings) {
    this.parties = parties;
    this.timings = timings;
  }
  parties;
  timings;
  /** Preprocessed nonce commitments per key epoch and party (in memory). */
  pool = new NoncePool();
  refill(me, meta, parties) {
    const receipts = this.parties.receiptsFor(meta);
    return this.pool.refill(
      meta,
      parties,
      (p, body) => callParty(
        me,
        p,
        "sign.pre",
        randomUUID(),
        { ...body, ...receipts(p) },
        this.parties.timeoutMs
      )
    );
  }
  /**
   * Sign `bytes` with a threshold key: round 1 with every party at once,
   * proceeding with the first T that answer; round 2 with those T; one more
   * attempt without any party that failed in round 2. Runs outside any
   * store transaction (requests/service.ts runDeferred).
   */
  async sign(repo, key, _scheme, bytes, context) {
    if (!context)
      throw new CustosError(
        "E_UNSUPPORTED",
        `key "${key.name}" is a threshold key: it signs only through signing requests (custos requests / POST /v1/sign), whose parties re-check them`
      );
    const meta = await this.parties.meta(repo, key.id);
    const me = await this.parties.identity();
    let candidates = await this.parties.links(repo, meta);
    await this.parties.syncGov(candidates);
    const pub = decodePublic(meta.public);
    const unreachable = /* @__PURE__ */ new Map();
    const receipts = this.parties.receiptsFor(meta);
    for (let attempt = 0; attempt < 3; attempt++) {
      const session = randomUUID();
      const head = { session, keyId: meta.keyId, epoch: meta.epoch, digest: meta.digest };
      let chosen = attempt === 0 ? this.pool.take(meta, candidates) : null;
      if (!chosen) {
        const r1 = await firstN(candidates, meta.min, (p) => callParty(me, p, "sign.1", session, { ...head, ...receipts(p) }, this.parties.timeoutMs));
        for (const f of r1.failed) unreachable.set(f.party.name, f.error.message);
        if (r1.ok.length < meta.min) {
          const refused = r1.failed.find((f) => f.error.code !== "E_UNAVAILABLE");
          const names2 = [...unreachable.keys()];
          throw new CustosError(
            "E_UNAVAILABLE",
            `threshold key "${key.name}" needs ${meta.min} of ${meta.parties.length} parties; unavailable: ${names2.join(", ")}${refused ? ` (${refused.error.message})` : ""}`,
            { key: key.name, unavailable: names2, needed: meta.min }
          );
        }
        chosen = r1.ok.slice(0, meta.min).map((c) => ({ party: c.party, nonce: session, commitments: c.value.commitments }));
      }
      const commitments = chosen.map((c) => decodeCommitments(c.commitments, `${c.party.name}.commitments`));
      const commitmentList = commitments.map(encodeCommitments);
      const r2 = await Promise.allSettled(
        chosen.map(
          (c) => this.timed(
            c.party.name,
            callParty(
              me,
              c.party,
              "sign.2",
              session,
              { ...head, ...receipts(c.party), nonce: c.nonce, commitments: commitmentList, message: toHex(bytes), request: context },
              this.parties.timeoutMs
            )
          )
        )
      );
      const failed = r2.map((r, i) => ({ r, p: chosen[i].party })).filter((x) => x.r.status === "rejected");
      if (failed.length === 0) {
        const shares = Object.fromEntries(
          r2.map((r, i) => [commitments[i].identifier, fromHex(String(r.value.share), "share")])
        );
        try {
          const sig = aggregateVerified(meta.suite, pub, commitments, bytes, shares);
          for (const c of chosen) this.parties.markCommitted(c.party.name, meta.keyId, meta.epoch);
          void this.refill(me, meta, candidates);
          return sig;
        } catch (e) {
          if (isCustosError(e, "E_INVALID_SHARE")) {
            const cheater = meta.parties.find((p) => p.identifier === e.details?.participant)?.name ?? "unknown";
            throw new CustosError("E_INVALID_SHARE", `party ${cheater} sent an invalid signature share (RFC 9591 \xA75.4): the session is aborted`, {
              party: cheater,
              participant: e.details?.participant,
              key: key.name
            });
          }
          throw e;
        }
      }
      const errors = failed.map((f) => f.r.reason);
      const refusal = errors.find((e) => isCustosError(e) && e.code !== "E_UNAVAILABLE" && e.code !== "E_NONCE_USED");
      if (refusal) throw refusal;
      if (errors.every((e) => isCustosError(e, "E_NONCE_USED"))) continue;
      for (const f of failed) unreachable.set(f.p.name, f.r.reason.message);
      candidates = candidates.filter((c) => !failed.some((f) => f.p.name === c.name));
    }
    const names = [...unreachable.keys()];
    throw new CustosError("E_UNAVAILABLE", `threshold key "${key.name}" could not gather ${meta.min} parties; unavailable: ${names.join(", ")}`, {
      key: key.name,
      unavailable: names,
      needed: meta.min
    });
  }
  /** A party's round-2 answer, timed into the share-release timings (metrics). */
  async timed(party, call) {
    const start = performance.now();
    try {
      const value = await call;
      this.timings.record(party, (performance.now() - start) / 1e3, "ok");
      return value;
    } catch (e) {
      this.timings.record(party, (performance.now() - start) / 1e3, isCustosError(e, "E_UNAVAILABLE") ? "unavailable" : "refused");
      throw e;
    }
  }
  /**
   * Tell a threshold key's parties of a request that will sign later (pending
   * approvals or delayed) and again when approvals arrive: each assesses it
   * itself and times delays on its own clock (best effort; a party that
   * missed it starts the delay when it first sees the request).
   */
  async announce(context, refs) {
    const me = await this.parties.identity();
    await Promise.all(
      (await this.parties.partiesOf(refs)).map(
        (p) => callParty(me, p, "request.seen", randomUUID(), { request: context }, this.parties.timeoutMs).catch(() => void 0)
      )
    );
  }
  /** Deliver a signed cancellation or rejection to the parties of the request's keys (best effort; clients also post it directly). */
  async veto(v, refs) {
    const me = await this.parties.identity();
    await Promise.all(
      (await this.parties.partiesOf(refs)).map((p) => callParty(me, p, "request.veto", randomUUID(), v, this.parties.timeoutMs).catch(() => void 0))
    );
  }
};

// src/threshold/timings.ts
var MAX_SHARE_TIMINGS = 1e4;
var ShareTimings = class {
  items = [];
  record(party, seconds, outcome) {
    if (this.items.length >= MAX_SHARE_TIMINGS) this.items.shift();
    this.items.push({ party, seconds, outcome });
  }
  /** Every observation since the last drain, oldest first. */
  drain() {
    const out = this.items;
    this.items = [];
    return out;
  }
};

// src/threshold/dkg.ts
import { randomUUID as randomUUID2 } from "node:crypto";
var ThresholdKeygen = class {
  constructor(inst, keys, parties, signing) {
    this.inst = inst;
    this.keys = keys;
    this.parties = parties;
    this.signing = signing;
  }
  inst;
  keys;
  parties;
  signing;
  /** Create a threshold key by DKG among the named parties (T of N). */
  async createKey(spec, actor) {
    this.inst.assertUnsealed();
    const name = checkName(spec.name, "key");
    const suite = frostSuite(spec.suite).name;
    const names = checkMembership(spec.parties, spec.threshold);
    if (await this.inst.store.read.getKeyByName(name)) throw new CustosError("E_NAME_TAKEN", `a key named "${name}" already exists`, { key: name });
    const links = await Promise.all(names.map((n) => this.parties.party(this.inst.store.read, n)));
    await this.parties.syncGov(links);
    const me = await this.parties.identity();
    const keyId = randomUUID2();
    const session = randomUUID2();
    const participants = links.map((p) => ({ name: p.name, identity: p.identity, identifier: identifierFor(suite, p.identity) }));
    const wire = await this.parties.wireParticipants(participants);
    const all = (fn) => this.parties.allOrFail(links, fn);
    const r1 = await all(
      (p) => callParty(me, p, "dkg.1", session, { session, keyId, suite, min: spec.threshold, participants: wire }, this.parties.dkgTimeoutMs)
    );
    const round1 = r1.map((r) => r.round1);
    const r2 = await all((p) => callParty(me, p, "dkg.2", session, { session, round1 }, this.parties.dkgTimeoutMs));
    const inbox = (id) => Object.fromEntries(
      participants.map((s, i) => [s.identifier, r2[i].shares[id]]).filter(([sid, v]) => sid !== id && v !== void 0)
    );
    const r3 = await all((p) => {
      const id = participants.find((x) => x.name === p.name).identifier;
      return callParty(
        me,
        p,
        "dkg.3",
        session,
        { session, keyName: name, tags: spec.tags ?? {}, ...spec.allowRaw ? { allowRaw: true } : {}, round1, shares: inbox(id) },
        this.parties.dkgTimeoutMs
      );
    });
    const digests = new Set(r3.map((r) => String(r.digest)));
    const groups = new Set(r3.map((r) => String(r.groupKey)));
    if (digests.size !== 1 || groups.size !== 1)
      throw new CustosError("E_INVALID_SHARE", "the parties computed different public key packages: the DKG is aborted", { digests: [...digests] });
    const digest = [...digests][0];
    const pub = await this.parties.fetchPublic(me, links[0], keyId, 1, digest);
    const meta = { keyId, name, suite, epoch: 1, min: spec.threshold, parties: participants, public: pub, digest };
    const info = await this.inst.store.tx(async (repo) => {
      const k = await this.keys.insertThresholdIn(
        repo,
        { id: keyId, name, algorithm: suite, tags: spec.tags ?? {}, allowRaw: spec.allowRaw === true, publicKey: fromHex([...groups][0], "groupKey") },
        actor,
        {
          threshold: spec.threshold,
          parties: names,
          digest
        }
      );
      await this.parties.vault.put(repo, "tkey", keyId, "active", meta);
      return k;
    });
    await this.parties.commitEverywhere(me, links, keyId, 1, digest);
    void this.signing.refill(me, meta, links);
    return info;
  }
};

// src/threshold/resharing.ts
import { randomUUID as randomUUID3 } from "node:crypto";
var ThresholdResharing = class {
  constructor(inst, keys, parties) {
    this.inst = inst;
    this.keys = keys;
    this.parties = parties;
  }
  inst;
  keys;
  parties;
  /**
   * New shares of the same secret for `parties` with threshold `min`: the
   * first T reachable old parties deal their Lagrange-weighted shares, every
   * new party combines and stores them as pending, the coordinator records
   * the new epoch with the new parties' signed receipts, then commits it
   * everywhere. Every party checks `proof` (the admin's signed, quorum-
   * approved key.reshare / key.refresh) itself before it deals or accepts.
   */
  async reshare(name, spec, actor, proof) {
    this.inst.assertUnsealed();
    const repo = this.inst.store.read;
    const k = await this.keys.thresholdRecord(repo, name);
    const meta = await this.parties.meta(repo, k.id);
    const me = await this.parties.identity();
    const min = spec.threshold ?? meta.min;
    const newNames = checkMembership(spec.parties ?? meta.parties.map((p) => p.name), min);
    const newLinks = await Promise.all(newNames.map((n) => this.parties.party(repo, n)));
    const oldLinks = await this.parties.links(repo, meta);
    await this.parties.syncGov([...oldLinks, ...newLinks.filter((l) => !oldLinks.some((o) => o.name === l.name))]);
    const session = randomUUID3();
    const epoch = meta.epoch + 1;
    const newParticipants = newLinks.map((p) => ({ name: p.name, identity: p.identity, identifier: identifierFor(meta.suite, p.identity) }));
    const wire = await this.parties.wireParticipants(newParticipants);
    const alive = await firstN(oldLinks, meta.min, (p) => callParty(me, p, "status", randomUUID3(), {}, this.parties.timeoutMs));
    if (alive.ok.length < meta.min) {
      throw new CustosError(
        "E_UNAVAILABLE",
        `resharing "${name}" needs ${meta.min} of the current parties; unavailable: ${alive.failed.map((f) => f.party.name).join(", ")}`,
        { key: name }
      );
    }
    const dealerLinks = alive.ok.slice(0, meta.min).map((o) => o.party);
    const dealerIds = dealerLinks.map((p) => meta.parties.find((x) => x.name === p.name).identifier);
    const head = { session, keyId: meta.keyId, epoch: meta.epoch, digest: meta.digest };
    const dealt = await this.parties.allOrFail(
      dealerLinks,
      (p) => callParty(me, p, "reshare.deal", session, { ...head, dealers: dealerIds, min, participants: wire, proof }, this.parties.dkgTimeoutMs)
    );
    const receipts = await this.parties.allOrFail(newLinks, (p) => {
      const id = newParticipants.find((x) => x.name === p.name).identifier;
      const dealings = dealt.map((d, i) => ({
        dealer: dealerIds[i],
        identity: dealerLinks[i].identity,
        public: d.public,
        share: String(d.shares[id])
      }));
      return callPartyEnvelope(
        me,
        p,
        "reshare.receive",
        session,
        {
          session,
          keyId: meta.keyId,
          keyName: k.name,
          suite: meta.suite,
          epoch,
          min,
          oldPublic: meta.public,
          participants: wire,
          dealings,
          proof,
          tags: k.tags,
          ...k.allowRaw ? { allowRaw: true } : {}
        },
        this.parties.dkgTimeoutMs
      );
    });
    const received = receipts.map((r) => r.body);
    const digests = new Set(received.map((r) => String(r.digest)));
    const groups = new Set(received.map((r) => String(r.groupKey)));
    const current = toHex((await repo.getKeyVersion(k.id, 1))?.publicKey ?? new Uint8Array());
    if (digests.size !== 1 || groups.size !== 1 || [...groups][0] !== current) {
      throw new CustosError(
        "E_INVALID_SHARE",
        "the parties computed different or changed public key packages: the reshare is aborted and the old shares stay in force",
        { key: name }
      );
    }
    const digest = [...digests][0];
    const pub = await this.parties.fetchPublic(me, newLinks[0], meta.keyId, epoch, digest);
    const next = { ...meta, epoch, min, parties: newParticipants, public: pub, digest, receipts };
    const action = proof.action.action === "key.refresh" ? "key.refresh" : "key.reshare";
    await this.inst.store.tx(async (tx) => {
      const latest = await this.parties.meta(tx, meta.keyId);
      if (latest.epoch !== meta.epoch) throw new CustosError("E_REQUEST_FINISHED", `key "${name}" was refreshed or reshared concurrently`, { key: name });
      await this.parties.vault.put(tx, "tkey", meta.keyId, "active", next);
      await appendEvent(tx, {
        actor,
        action,
        subject: `key/${name}`,
        details: { epoch, threshold: min, parties: newNames, dealers: dealerLinks.map((p) => p.name), digest, previousDigest: meta.digest }
      });
    });
    await this.parties.commitEverywhere(me, newLinks, meta.keyId, epoch, digest, receipts);
    const removed = oldLinks.filter((p) => !newNames.includes(p.name));
    await Promise.all(
      removed.map(
        (p) => callParty(me, p, "key.retire", randomUUID3(), { keyId: meta.keyId, epoch, digest, proof, receipts }, this.parties.timeoutMs).catch(() => void 0)
      )
    );
    const info = await this.keys.show(name);
    return { ...info, epoch, threshold: min, parties: newNames };
  }
};

// src/threshold/safes.ts
import { randomUUID as randomUUID4 } from "node:crypto";
var ThresholdSafes = class {
  constructor(inst, parties) {
    this.inst = inst;
    this.parties = parties;
  }
  inst;
  parties;
  /** Ask each named party to make an owner key for the account; their addresses, in the parties' order. */
  async makeOwners(keyId, keyName, tags, names) {
    const repo = this.inst.store.read;
    const links = await Promise.all(names.map((n) => this.parties.party(repo, n)));
    await this.parties.syncGov(links);
    const me = await this.parties.identity();
    const out = await this.parties.allOrFail(links, (p) => callParty(me, p, "safe.owner", randomUUID4(), { keyId, keyName, tags }, this.parties.timeoutMs));
    return out.map((r, i) => ({ party: links[i].name, identity: links[i].identity, address: String(r.address).toLowerCase() }));
  }
  /** Bind every owner key to the Safe (each party checks the owners include its key). */
  async bind(meta) {
    const me = await this.parties.identity();
    const links = await this.links(this.inst.store.read, meta);
    const body = { keyId: meta.keyId, safe: meta.address, chainId: meta.chainId, owners: meta.owners.map((o) => o.address), threshold: meta.threshold };
    await this.parties.allOrFail(links, (p) => callParty(me, p, "safe.bind", randomUUID4(), body, this.parties.timeoutMs));
  }
  async meta(repo, keyId) {
    return (await this.parties.vault.get(repo, "safe", keyId))?.value;
  }
  /** Record the account's metadata (in the caller's transaction, with its key row). */
  async record(repo, meta) {
    await this.parties.vault.put(repo, "safe", meta.keyId, "active", meta);
  }
  /** Safe contracts this instance deployed on a chain (`safe deploy-contracts`), sealed like the accounts. */
  async deployedContracts(repo, chainId) {
    return (await this.parties.vault.get(repo, "safe-contracts", String(chainId)))?.value;
  }
  async recordContracts(repo, chainId, c) {
    await this.parties.vault.put(repo, "safe-contracts", String(chainId), "active", c);
  }
  /** Owner keys made for a `safe register` that did not match yet (kept so the Safe can swap them in). */
  async pending(repo, name) {
    return (await this.parties.vault.get(repo, "safe-pending", name))?.value;
  }
  async recordPending(repo, meta) {
    await this.parties.vault.put(repo, "safe-pending", meta.name, "active", meta);
  }
  async links(repo, meta) {
    return Promise.all(
      meta.owners.map((o) => this.parties.party(repo, o.party).catch(() => ({ name: o.party, url: "http://127.0.0.1:9", identity: o.identity })))
    );
  }
  /**
   * T owner signatures over a SafeTx hash for a request (each party re-plans
   * the request's payload and checks the hash and its policy itself), ordered
   * by owner address: r||s||v, 65 bytes each, concatenated.
   */
  async sign(repo, key, meta, hash, context) {
    if (!context)
      throw new CustosError("E_UNSUPPORTED", `"${key.name}" is a Safe account: it signs only through signing requests, whose parties re-check them`);
    const me = await this.parties.identity();
    const links = await this.links(repo, meta);
    await this.parties.syncGov(links);
    const hex = `0x${toHex(hash)}`;
    const r = await firstN(links, meta.threshold, async (p) => {
      const owner = meta.owners.find((o) => o.party === p.name);
      const out2 = await callParty(me, p, "safe.sign", randomUUID4(), { keyId: meta.keyId, hash: hex, request: context }, this.parties.timeoutMs);
      const sig = fromHex(String(out2.signature), `${p.name}.signature`, 65);
      let signer;
      try {
        signer = ethereumAddress(ecdsaRecover(sig, hash)).toLowerCase();
      } catch {
        signer = "";
      }
      if (signer !== owner.address)
        throw new CustosError("E_INVALID_SHARE", `party ${p.name} sent a signature that is not its owner key's over this SafeTx hash`, { party: p.name });
      return { owner: owner.address, sig };
    });
    if (r.ok.length < meta.threshold) {
      const refusal = r.failed.find((f) => !isCustosError(f.error, "E_UNAVAILABLE"));
      const names = r.failed.map((f) => f.party.name);
      throw refusal?.error ?? new CustosError(
        "E_UNAVAILABLE",
        `Safe account "${key.name}" needs ${meta.threshold} of ${meta.owners.length} owners; unavailable: ${names.join(", ")}`,
        {
          key: key.name,
          unavailable: names,
          needed: meta.threshold
        }
      );
    }
    const chosen = r.ok.slice(0, meta.threshold).map((x) => x.value).sort((a, b) => BigInt(a.owner) < BigInt(b.owner) ? -1 : 1);
    const out = new Uint8Array(65 * chosen.length);
    chosen.forEach((c, i) => out.set(c.sig, 65 * i));
    return out;
  }
};

// src/threshold/coordinator.ts
var ThresholdCoordinator = class {
  parties;
  signing;
  keygen;
  resharing;
  /** Safe accounts' owner keys at the parties (safes.ts; the chain side is src/safe/). */
  safes;
  timings = new ShareTimings();
  constructor(inst, keys, opts = {}) {
    this.parties = new PartyRegistry(inst, opts);
    this.signing = new ThresholdSigning(this.parties, this.timings);
    this.keygen = new ThresholdKeygen(inst, keys, this.parties, this.signing);
    this.resharing = new ThresholdResharing(inst, keys, this.parties);
    this.safes = new ThresholdSafes(inst, this.parties);
  }
  /** Check a party registration before it is proposed (so a quorum never approves something malformed). */
  static checkPartySpec(spec) {
    return PartyRegistry.checkPartySpec(spec);
  }
  /** The coordinator's own identity (created on first use, sealed in the store). */
  identity() {
    return this.parties.identity();
  }
  /** Register a party by URL and identity (an admin action under the admin quorum; see PartyRegistry.addParty). */
  addParty(spec, actor, proof) {
    return this.parties.addParty(spec, actor, proof);
  }
  /** Remove a registered party (admin action under the quorum). */
  removeParty(name, actor) {
    return this.parties.removeParty(name, actor);
  }
  /** Share-release timings since the last call (for the metrics; see timings.ts). */
  drainShareTimings() {
    return this.timings.drain();
  }
  /** Every registered party with its reachability. */
  listParties() {
    return this.parties.listParties();
  }
  /** Create a threshold key by DKG among the named parties (T of N). */
  createKey(spec, actor) {
    return this.keygen.createKey(spec, actor);
  }
  meta(repo, keyId) {
    return this.parties.meta(repo, keyId);
  }
  /** Sign `bytes` with a threshold key (ThresholdSigner; see ThresholdSigning.sign). */
  async sign(repo, key, scheme, bytes, context) {
    const safe = await this.safes.meta(repo, key.id);
    if (safe) return this.safes.sign(repo, key, safe, bytes, context);
    return this.signing.sign(repo, key, scheme, bytes, context);
  }
  /** Tell a threshold key's parties of a request that will sign later (ThresholdHooks). */
  announce(context, refs) {
    return this.signing.announce(context, refs);
  }
  /** Deliver a signed cancellation or rejection to the parties of the request's keys (ThresholdHooks). */
  veto(v, refs) {
    return this.signing.veto(v, refs);
  }
  /** Run a governed membership or share change with the proof the parties check (ThresholdHooks.runAdmin). */
  async runAdmin(action, proof, actor) {
    switch (action.action) {
      case "party.add": {
        const { action: _a, ...rest } = proof;
        return this.addParty(action, actor, rest);
      }
      case "party.remove":
        return this.removeParty(action.name, actor);
      case "key.reshare":
        return this.reshare(
          action.name,
          { ...action.threshold !== void 0 ? { threshold: action.threshold } : {}, ...action.parties ? { parties: action.parties } : {} },
          actor,
          proof
        );
      case "key.refresh":
        return this.reshare(action.name, {}, actor, proof);
    }
  }
  /** Refresh or reshare a threshold key (see ThresholdResharing.reshare). */
  reshare(name, spec, actor, proof) {
    return this.resharing.reshare(name, spec, actor, proof);
  }
  /** After a threshold key was destroyed: tell its parties (with the admin's proof), so they delete their shares. */
  afterDestroy(name) {
    return this.parties.afterDestroy(name);
  }
  /** Threshold metadata for `key show`: epoch, T, parties. */
  describe(keyId) {
    return this.parties.describe(keyId);
  }
};

// src/lazy.ts
function lazy(load2) {
  let p;
  return () => {
    p ??= load2().catch((e) => {
      p = void 0;
      throw e;
    });
    return p;
  };
}
function lazyObject(load2) {
  const get = lazy(load2);
  return new Proxy({}, {
    get: (_t, prop) => prop === "then" ? void 0 : (...args) => get().then((o) => o[prop].apply(o, args))
  });
}

// src/keystore/payload.ts
import { createHash } from "node:crypto";
function parseHash(s) {
  if (s === "sha256" || s === "keccak256") return s;
  throw new CustosError("E_UNSUPPORTED", `unknown hash "${s}" (expected sha256 or keccak256)`);
}
function signingBytes(scheme, input) {
  const { digest, message, hash } = input;
  if (digest === void 0 === (message === void 0)) throw badInput("give exactly one of a digest or a message");
  if (scheme === "ecdsa") {
    if (digest) {
      if (hash) throw badInput("--hash applies to messages, not digests");
      if (digest.length !== 32) throw badInput(`an ECDSA digest must be 32 bytes, got ${digest.length}`, { field: "digest" });
      return digest;
    }
    return hash === "keccak256" ? keccak_256(message) : new Uint8Array(createHash("sha256").update(message).digest());
  }
  if (hash) throw badInput(`--hash applies to secp256k1 ECDSA only; ${scheme} signs the message itself`);
  if (digest) {
    if (scheme === "bip340" || scheme === "bip340-taproot") return digest;
    throw badInput(`${scheme} signs messages, not digests: give the message`, { field: "digest" });
  }
  return message;
}

// src/requests/plans.ts
var VELOCITY_USD_CAP = 1e15;
function velocityUsd(usd) {
  if (Number.isNaN(usd) || usd >= VELOCITY_USD_CAP) return VELOCITY_USD_CAP;
  return usd > 0 ? usd : 0;
}
var MAX_MESSAGE_BYTES = 64 * 1024;
var planRaw = async (repo, keys, p) => {
  if (p.digest === void 0 === (p.message === void 0)) throw badInput("give exactly one of digest or message");
  const input = {
    ...p.digest !== void 0 ? { digest: fromHex(p.digest, "digest") } : {},
    ...p.message !== void 0 ? { message: fromHex(p.message, "message") } : {},
    ...p.hash !== void 0 ? { hash: parseHash(p.hash) } : {}
  };
  if ((input.message?.length ?? 0) > MAX_MESSAGE_BYTES) throw new CustosError("E_TOO_LARGE", `message larger than ${MAX_MESSAGE_BYTES} bytes`);
  const curve = p.curve !== void 0 ? parseCurve(p.curve) : void 0;
  const key = await keys.facts(repo, p.key, curve);
  if (!key.allowRaw && key.custody !== "watch") {
    throw new CustosError(
      "E_KEY_USAGE",
      `key "${key.name}" does not sign raw digests or messages: sign its chain payloads (sign.evm, sign.bitcoin, sign.solana), or grant raw signing (--allow-raw at creation, or the governed "key usage")`,
      { key: key.name, usage: "raw" }
    );
  }
  const alg = getAlgorithm(key.algorithm);
  const scheme = p.scheme || alg.defaultScheme;
  if (!alg.schemes.includes(scheme)) throw new CustosError("E_UNSUPPORTED", `${alg.name} keys do not sign with ${scheme}`);
  signingBytes(scheme, input);
  if (p.version !== void 0 && p.version !== key.version) {
    const retired = p.version < key.version;
    throw new CustosError(
      retired ? "E_KEY_VERSION_RETIRED" : "E_KEY_NOT_FOUND",
      retired ? `version ${p.version} of key "${key.name}" is retired: it verifies but no longer signs` : `key "${key.name}" has no version ${p.version}`,
      { key: key.name, version: p.version }
    );
  }
  return {
    kind: "raw",
    key: p.key,
    ...curve ? { curve } : {},
    scheme,
    size: (input.digest ?? input.message ?? new Uint8Array()).length,
    payloadFacts: {},
    valueUsd: 0,
    tasks: [{ ref: p.key, ...curve ? { curve } : {}, scheme, input, ...p.auxRand ? { auxRand: fromHex(p.auxRand, "auxRand", 32) } : {} }],
    assemble: ([r]) => ({ ...r })
  };
};

// src/requests/plans-safe.ts
var safeModule = lazy(async () => ({ ...await import("./safe-tx-HDB3WLGY.js"), ...await import("./prepare-RWXUZJM5.js") }));
var isSafeKey = (k) => k.algorithm === "secp256k1" && k.custody === "threshold" && k.publicKey.length === 40;
function safePlanner(chains) {
  return async (repo, keys, p) => {
    const m = await safeModule();
    const key = await keys.facts(repo, p.key);
    if (!isSafeKey(key)) throw new CustosError("E_UNSUPPORTED", `key "${key.name}" is not a Safe account`, { key: key.name });
    const safe = m.hexData(p.safe, "safe", 20).toLowerCase();
    if (safe.slice(2) !== key.publicKey.toLowerCase())
      throw new CustosError("E_BAD_INPUT", `safe: ${safe} is not the address of Safe account "${key.name}"`, { field: "safe" });
    const chainId = m.chainIdOf(p.chainId, "chainId");
    const tx = m.parseSafeTx(p.tx, "tx");
    const facts = m.safeTxFacts(chainId, safe, tx, { signer: safe, tokens: chains.tokens, prices: chains.prices() });
    const explicit = [
      ...facts.safe.governance !== null ? ["payload.safe.governance"] : [],
      ...facts.safe.operation === "delegatecall" ? ["payload.safe.operation"] : []
    ];
    const hash = fromHex(facts.safe.hash, "hash", 32);
    return {
      kind: "safe.transaction",
      key: p.key,
      scheme: "ecdsa",
      size: JSON.stringify(p.tx).length,
      payloadFacts: { safe: facts.safe, tx: facts.tx, ...explicit.length > 0 ? { explicit } : {} },
      valueUsd: velocityUsd(facts.tx.valueUsd),
      tasks: [{ ref: p.key, scheme: "ecdsa", input: { digest: hash } }],
      // The threshold signer returns the owners' signatures, 65 bytes each, ordered by owner address.
      assemble: ([r]) => {
        const signatures = `0x${r.signature}`;
        return {
          safe,
          chainId,
          safeTxHash: `0x${toHex(hash)}`,
          safeTx: m.safeTxJson(tx),
          signatures,
          execTransaction: { to: safe, data: m.execTransactionData(tx, signatures) }
        };
      }
    };
  };
}

// src/chains/config.ts
import { readFileSync } from "node:fs";

// src/chains/market.ts
var HOUR_MS = 36e5;
var DAY_MS = 24 * HOUR_MS;
var SPACING_MS = DAY_MS / 1440;
var MAX_SYMBOLS = 256;
var PriceHistory = class {
  series = /* @__PURE__ */ new Map();
  /** Record one poll of the feed (symbol -> USD price) at `atMs`. */
  record(prices, atMs) {
    for (const [symbol, p] of Object.entries(prices)) {
      if (!Number.isFinite(p) || p < 0) continue;
      let s = this.series.get(symbol);
      if (!s) {
        if (this.series.size >= MAX_SYMBOLS) continue;
        s = [];
        this.series.set(symbol, s);
      }
      const last = s.at(-1);
      if (last && atMs < last.t) continue;
      if (last && s.length > 1 && atMs - s[s.length - 2].t < SPACING_MS) s[s.length - 1] = { t: atMs, p };
      else s.push({ t: atMs, p });
      const cutoff = atMs - DAY_MS - SPACING_MS;
      let drop = 0;
      while (drop < s.length - 1 && s[drop].t < cutoff) drop++;
      if (drop > 0) s.splice(0, drop);
    }
  }
  /** The facts at `nowMs`: the newest price of every symbol, and the volatilities its samples cover. */
  facts(nowMs) {
    const out = {};
    for (const [symbol, s] of this.series) {
      const last = s.at(-1);
      if (!last) continue;
      const f = { price: last.p };
      const v1 = realized(s, nowMs, HOUR_MS);
      const v24 = realized(s, nowMs, DAY_MS);
      if (v1 !== void 0) f.volatility1h = v1;
      if (v24 !== void 0) f.volatility24h = v24;
      out[symbol] = f;
    }
    return out;
  }
};
function realized(s, nowMs, windowMs) {
  const start = nowMs - windowMs;
  let i = s.length - 1;
  while (i > 0 && s[i].t > start) i--;
  const inWindow = s.slice(i).filter((x) => x.t <= nowMs);
  if (inWindow.length < 3 || inWindow[0].t > start + windowMs / 10) return void 0;
  let sum = 0;
  for (let k = 1; k < inWindow.length; k++) {
    const a = inWindow[k - 1].p;
    const b = inWindow[k].p;
    if (a <= 0 || b <= 0) return void 0;
    sum += Math.log(b / a) ** 2;
  }
  return Math.sqrt(sum);
}

// src/chains/config.ts
var DEFAULT_RPC_FORWARD = [
  "eth_blockNumber",
  "eth_call",
  "eth_estimateGas",
  "eth_getBalance",
  "eth_getTransactionCount",
  "eth_getCode",
  "eth_getStorageAt",
  "eth_getBlockByNumber",
  "eth_getBlockByHash",
  "eth_getTransactionByHash",
  "eth_getTransactionByBlockHashAndIndex",
  "eth_getTransactionByBlockNumberAndIndex",
  "eth_getTransactionReceipt",
  "eth_gasPrice",
  "eth_maxPriorityFeePerGas",
  "eth_feeHistory",
  "eth_getLogs",
  "eth_sendRawTransaction",
  "net_version",
  "web3_clientVersion"
];
var NEVER_FORWARD = /^(personal_|eth_sign|eth_sendTransaction$|eth_accounts$|eth_requestAccounts$|wallet_)/;
function rpcForwardSet(methods) {
  if (!methods) return new Set(DEFAULT_RPC_FORWARD);
  const out = /* @__PURE__ */ new Set();
  for (const m of methods.map((x) => x.trim()).filter(Boolean)) {
    if (m === "default") DEFAULT_RPC_FORWARD.forEach((d) => out.add(d));
    else if (!/^[a-z][a-z0-9]*_[A-Za-z0-9_]{1,64}$/.test(m)) throw badInput(`"${m.slice(0, 80)}" is not a JSON-RPC method name`, { field: "eth-rpc-forward" });
    else if (NEVER_FORWARD.test(m)) throw badInput(`${m} signs or unlocks with the node's own keys: custos never forwards it`, { field: "eth-rpc-forward" });
    else out.add(m);
  }
  return out;
}
function parseTokens(text) {
  let doc;
  try {
    doc = JSON.parse(text);
  } catch {
    throw badInput("the token registry is not valid JSON", { field: "tokens" });
  }
  const out = {};
  for (const [addr2, v] of Object.entries(doc)) {
    if (!EVM_ADDRESS_RE.test(addr2) || typeof v?.symbol !== "string" || !Number.isInteger(v.decimals) || v.decimals < 0 || v.decimals > 77) {
      throw badInput(`token registry entry ${addr2} needs {"symbol": string, "decimals": 0..77}`, { field: "tokens" });
    }
    if (v.maxAmount !== void 0 && (typeof v.maxAmount !== "string" || !/^[0-9]{1,78}$/.test(v.maxAmount))) {
      throw badInput(`token registry entry ${addr2}: maxAmount must be a decimal string of raw units`, { field: "tokens" });
    }
    out[addr2.toLowerCase()] = { symbol: v.symbol, decimals: v.decimals, ...typeof v.maxAmount === "string" ? { maxAmount: v.maxAmount } : {} };
  }
  return out;
}
function parsePrices(text) {
  const doc = JSON.parse(text);
  const out = {};
  for (const [sym, v] of Object.entries(doc)) {
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw badInput(`price of ${sym} must be a non-negative number`, { field: "prices" });
    out[sym.toUpperCase()] = v;
  }
  return out;
}
function readConfig(file, what) {
  try {
    return readFileSync(file, "utf8");
  } catch (e) {
    const code = e.code ?? "unreadable";
    throw new CustosError("E_CONFIG", `cannot read the ${what} ${file} (${code})`, { file }, { cause: e });
  }
}
async function loadChainConfig(o) {
  rpcForwardSet(o.ethRpcForward);
  const tokens = o.tokensFile ? parseTokens(readConfig(o.tokensFile, "token registry")) : {};
  let prices = {};
  let timer;
  const now = o.now ?? Date.now;
  const history = new PriceHistory();
  if (o.prices && /^https?:\/\//.test(o.prices)) {
    const url = o.prices;
    const poll = async () => {
      try {
        const res = await fetch(url, { signal: AbortSignal.timeout(1e4) });
        if (res.ok) {
          prices = parsePrices(await res.text());
          history.record(prices, now());
        }
      } catch (e) {
        o.log?.(`prices: ${url}: ${e.message}`);
      }
    };
    await poll();
    timer = setInterval(() => void poll(), o.pricesIntervalMs ?? 6e4);
    timer.unref();
  } else if (o.prices) {
    prices = parsePrices(readConfig(o.prices, "prices file"));
    history.record(prices, now());
  }
  return {
    tokens,
    prices: () => prices,
    market: () => history.facts(now()),
    eth: { ...o.ethRpc ? { upstream: o.ethRpc } : {}, ...o.chainId !== void 0 ? { chainId: o.chainId } : {}, forward: rpcForwardSet(o.ethRpcForward) },
    stop: () => clearInterval(timer)
  };
}
var NO_CHAINS = { tokens: {}, prices: () => ({}), market: () => ({}), eth: {} };

// src/crypto/verify.ts
function signatureRefused(reason2, why, details = {}) {
  return new CustosError("E_BAD_SIGNATURE", `signature: ${why}`, { field: "signature", reason: reason2, ...details });
}
var N = secp256k1.Point.Fn.ORDER;
var HALF_N = N >> 1n;
var toBig = (b) => BigInt(`0x${Buffer.from(b).toString("hex") || "0"}`);
var to32 = (x) => Uint8Array.from(Buffer.from(x.toString(16).padStart(64, "0"), "hex"));
function parseEcdsa(sig, format) {
  if (format === "der") {
    if (sig.length > 72) throw signatureRefused("der", `${sig.length} bytes is longer than a DER secp256k1 signature (at most 72)`);
    try {
      return DER.toSig(sig, 33);
    } catch {
      throw signatureRefused(
        "der",
        "not a strict DER SEQUENCE { INTEGER r, INTEGER s } (minimal lengths, no leading zero bytes, no trailing bytes; X.690 \xA710.1, BIP 66)"
      );
    }
  }
  if (sig.length !== 64 && sig.length !== 65) {
    throw signatureRefused("length", `expected 64 bytes (r||s) or 65 bytes (r||s||v), got ${sig.length}`);
  }
  const r = toBig(sig.subarray(0, 32));
  const s = toBig(sig.subarray(32, 64));
  if (sig.length === 64) return { r, s };
  const v = sig[64];
  if (v !== 0 && v !== 1 && v !== V_OFFSET && v !== V_OFFSET + 1) {
    throw signatureRefused("v-range", `v = ${v} is not a recovery id: expected 27 or 28 (or the yParity 0 or 1)`, { v });
  }
  return { r, s, recid: v >= V_OFFSET ? v - V_OFFSET : v };
}
function prepareEcdsa(sig, opts) {
  const parsed = parseEcdsa(sig, opts.format ?? "raw");
  let { s, recid } = parsed;
  const { r } = parsed;
  for (const [name, x] of [
    ["r", r],
    ["s", s]
  ]) {
    if (x === 0n) throw signatureRefused("scalar-range", `${name} is 0 (SEC1 \xA74.1.4: r and s must be in [1, n-1])`);
    if (x >= N) throw signatureRefused("scalar-range", `${name} is not below the group order n (SEC1 \xA74.1.4: r and s must be in [1, n-1])`);
  }
  if (s > HALF_N) {
    if (!opts.allowHighS) {
      throw signatureRefused(
        "high-s",
        "s is in the upper half of the group order (high-s): Ethereum (EIP-2) and Bitcoin (BIP 62, BIP 146) refuse such signatures; verify with --allow-high-s (API: allowHighS) to accept valid high-s ECDSA"
      );
    }
    s = N - s;
    if (recid !== void 0) recid ^= 1;
  }
  const compact = new Uint8Array(64);
  compact.set(to32(r), 0);
  compact.set(to32(s), 32);
  return {
    verify(pub, digest) {
      if (!ecdsaVerify(pub, digest, compact)) return "invalid";
      if (recid === void 0) return "valid";
      const withV = new Uint8Array(65);
      withV.set(compact);
      withV[64] = V_OFFSET + recid;
      let recovered;
      try {
        recovered = ecdsaRecover(withV, digest);
      } catch {
        return "v-mismatch";
      }
      return equalBytes(uncompressedPublicKey(recovered), uncompressedPublicKey(pub)) ? "valid" : "v-mismatch";
    }
  };
}
function prepareSignature(algorithm, scheme, sig, opts = {}) {
  const alg = getAlgorithm(algorithm);
  const ecdsa = scheme === "ecdsa" && algorithm === "secp256k1";
  if (!ecdsa) {
    if (opts.format === "der") throw badInput(`format: der applies to secp256k1 ECDSA signatures, not ${algorithm} ${scheme}`, { field: "format" });
    if (opts.allowHighS) throw badInput(`allowHighS: applies to secp256k1 ECDSA signatures, not ${algorithm} ${scheme}`, { field: "allowHighS" });
    return { verify: (pub, m) => alg.verify(pub, m, sig, { scheme }) ? "valid" : "invalid" };
  }
  return prepareEcdsa(sig, opts);
}
var PUBLIC_KEY_ALGORITHMS = ALGORITHMS;
var badKey = (why, algorithm) => badInput(`publicKey: ${why}`, { field: "publicKey", algorithm });
function checkPublicKey2(algorithm, pub) {
  getAlgorithm(algorithm);
  if (!PUBLIC_KEY_ALGORITHMS.includes(algorithm)) {
    throw new CustosError("E_UNSUPPORTED", `${algorithm} keys come from a DKG across parties: a bare public key of this type cannot be used`, { algorithm });
  }
  switch (algorithm) {
    case "secp256k1": {
      if (pub.length !== 33 && pub.length !== 65)
        throw badKey(`a secp256k1 key is 33 bytes (compressed) or 65 bytes (uncompressed), got ${pub.length}`, algorithm);
      try {
        return secp256k1.Point.fromBytes(pub).toBytes(true);
      } catch {
        throw badKey("not a point on secp256k1 (SEC1 \xA72.3.4)", algorithm);
      }
    }
    case "ed25519": {
      if (pub.length !== 32) throw badKey(`an Ed25519 key is 32 bytes, got ${pub.length}`, algorithm);
      let P;
      try {
        P = ed25519.Point.fromBytes(pub, false);
      } catch {
        throw badKey("not an encoding of a point on edwards25519 (RFC 8032 \xA75.1.3)", algorithm);
      }
      if (P.isSmallOrder()) throw badKey("a small-order point: a forged signature (R = identity, S = 0) would verify for every message", algorithm);
      if (!P.isTorsionFree()) throw badKey("not in the prime-order subgroup (it has a small-order component)", algorithm);
      return Uint8Array.from(pub);
    }
    case "bls12-381": {
      if (pub.length !== 48) throw badKey(`a BLS12-381 (min-pk) key is a 48-byte compressed G1 point, got ${pub.length}`, algorithm);
      try {
        const P = bls12_381.G1.Point.fromBytes(pub);
        P.assertValidity();
        if (P.is0()) throw new Error("identity");
      } catch {
        throw badKey("not a valid G1 point of BLS12-381 (on the curve, in the subgroup, not the identity)", algorithm);
      }
      return Uint8Array.from(pub);
    }
    default: {
      if (pub.length !== 1952) throw badKey(`an ML-DSA-65 key is 1952 bytes, got ${pub.length}`, algorithm);
      return Uint8Array.from(pub);
    }
  }
}

// src/risk/histogram.ts
var AMOUNT_BINS = 62;
var LOG_MIN = -2;
var PER_DECADE = 4;
function amountBin(usd) {
  if (!(usd >= 10 ** LOG_MIN)) return 0;
  const b = 1 + Math.floor((Math.log10(usd) - LOG_MIN) * PER_DECADE + 1e-9);
  return Math.min(AMOUNT_BINS - 1, b);
}
function binLog10(bin) {
  if (bin <= 0) return LOG_MIN - 0.3;
  return LOG_MIN + (bin - 0.5) / PER_DECADE;
}
var BIN_WIDTH_LOG10 = 1 / PER_DECADE;
function quantileBin(bins, total, q) {
  let acc = 0;
  for (let i = 0; i < bins.length; i++) {
    acc += bins[i];
    if (acc > q * total) return i;
  }
  return bins.length - 1;
}
function medianMad(bins) {
  let n = 0;
  for (const c of bins) n += c;
  if (n <= 0) return null;
  const m = quantileBin(bins, n, 0.5);
  const median = binLog10(m);
  let acc = bins[m];
  let mad = 0;
  for (let d = 1; acc <= n / 2 && (m - d >= 0 || m + d < bins.length); d++) {
    const lo = m - d >= 0 ? bins[m - d] : 0;
    const hi = m + d < bins.length ? bins[m + d] : 0;
    const loDev = m - d >= 0 ? median - binLog10(m - d) : Infinity;
    const hiDev = m + d < bins.length ? binLog10(m + d) - median : Infinity;
    for (const [c, dev] of loDev <= hiDev ? [
      [lo, loDev],
      [hi, hiDev]
    ] : [
      [hi, hiDev],
      [lo, loDev]
    ]) {
      if (c === 0) continue;
      acc += c;
      mad = dev;
      if (acc > n / 2) break;
    }
  }
  return { median, mad: Math.max(mad, BIN_WIDTH_LOG10), n };
}
function upperTail(bins, bin) {
  const n = bins.reduce((a, b) => a + b, 0);
  if (n <= 0) return 1;
  let above = 0;
  for (let i = bin; i < bins.length; i++) above += bins[i];
  return above / n;
}
function hourShare(hours, hour2) {
  const n = hours.reduce((a, b) => a + b, 0);
  if (n <= 0) return 1 / 24;
  const at = (h) => hours[(h + 24) % 24];
  return (at(hour2 - 1) + at(hour2) + at(hour2 + 1)) / 3 / n;
}

// src/risk/observe.ts
var ADDRESS = /^0x[0-9a-f]{40}$/;
var SELECTOR = /^0x[0-9a-f]{8}$/;
function rec(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : null;
}
function addr(v) {
  if (typeof v !== "string") return null;
  const a = v.toLowerCase();
  return ADDRESS.test(a) ? a : null;
}
function observe(o) {
  const out = {
    key: o.key,
    principal: o.principal,
    usd: Number.isFinite(o.usd) && o.usd > 0 ? o.usd : o.usd === Number.POSITIVE_INFINITY ? 1e15 : 0,
    atMs: o.atMs,
    destination: null,
    contract: null,
    method: null,
    spender: null,
    unlimitedApproval: false,
    addresses: []
  };
  const tx = rec(o.payload.tx);
  if (!tx) return out;
  const to = addr(tx.to);
  const selector = typeof tx.selector === "string" && SELECTOR.test(tx.selector.toLowerCase()) ? tx.selector.toLowerCase() : null;
  const names = /* @__PURE__ */ new Set();
  if (to) names.add(to);
  if (to && selector) {
    out.contract = to;
    out.method = selector;
  } else if (to && Number(tx.dataSize ?? 0) === 0) {
    out.destination = to;
  }
  const erc20 = rec(tx.erc20);
  if (erc20) {
    const kind = erc20.kind;
    if ((kind === "transfer" || kind === "transferFrom") && addr(erc20.to)) out.destination = addr(erc20.to);
    if ((kind === "approve" || kind === "increaseAllowance") && addr(erc20.spender)) {
      out.spender = addr(erc20.spender);
      out.unlimitedApproval = erc20.unlimited === true;
    }
    for (const f of ["to", "from", "spender"]) if (addr(erc20[f])) names.add(addr(erc20[f]));
  }
  const afa = rec(tx.approvalForAll);
  if (afa && afa.approved === true && addr(afa.operator)) {
    out.spender = addr(afa.operator);
    out.unlimitedApproval = true;
    names.add(out.spender);
  }
  if (Array.isArray(tx.delegation)) {
    for (const d of tx.delegation) if (addr(d)) names.add(addr(d));
  }
  out.addresses = [...names];
  return out;
}

// src/risk/profile.ts
var SEEN_CAP = 4096;
function emptyProfile() {
  return {
    n: 0,
    firstMs: 0,
    lastMs: 0,
    amount: new Array(AMOUNT_BINS).fill(0),
    hour: new Array(24).fill(0),
    seenSize: { destination: 0, contract: 0, method: 0, spender: 0 }
  };
}
function noneSeen() {
  return { destination: 0, contract: 0, method: 0, spender: 0 };
}
function seenValues(o) {
  const out = [];
  for (const k of SEEN_KINDS) {
    const v = o[k];
    if (v) out.push([k, v]);
  }
  return out;
}
var hourOf = (atMs) => new Date(atMs).getUTCHours();

// src/risk/score.ts
var RISK_WEIGHTS = Object.freeze({
  listed_address: 100,
  approval_new_spender: 85,
  new_destination: 75,
  new_contract: 75,
  amount_unusual: 75,
  rate_burst: 75,
  hour_unusual: 40,
  new_method: 30,
  approval_to_eoa: 90
});
var MATURE_HISTORY = 50;
var BLOCKLIST_PREFIX = "block.";
var clamp01 = (x) => x <= 0 || Number.isNaN(x) ? 0 : x >= 1 ? 1 : x;
var confidence = (p) => clamp01(p.n / MATURE_HISTORY);
var round = (x, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
var usdText = (x) => x >= 1e15 ? "unbounded" : `$${x >= 100 ? String(Math.round(x)) : String(round(x, 2))}`;
function listed(o, lists) {
  for (const [name, values] of Object.entries(lists)) {
    if (!name.startsWith(BLOCKLIST_PREFIX)) continue;
    const set = new Set(values.map((v) => v.toLowerCase()));
    const hit = o.addresses.find((a) => set.has(a));
    if (hit) return { code: "listed_address", message: `${hit} is on blocklist "${name}"`, numbers: {}, strength: 1 };
  }
  return null;
}
function amount(o, b) {
  if (!(o.usd > 0)) return null;
  let best = null;
  for (const [who, p] of [
    ["key", b.key],
    ["principal", b.principal]
  ]) {
    const mm = medianMad(p.amount);
    if (!mm || p.n < 10) continue;
    const z = (Math.log10(o.usd) - mm.median) / (1.4826 * mm.mad);
    const strength = clamp01((z - 2.5) / 3.5) * confidence(p);
    if (strength > 0 && (!best || strength > best.strength)) {
      const tail = upperTail(p.amount, amountBin(o.usd));
      best = {
        code: "amount_unusual",
        message: `${usdText(o.usd)} is ${round(z, 1)} robust deviations above this ${who}'s median ${usdText(10 ** mm.median)} (${round(tail * 100, 2)}% of ${p.n} past requests were as large)`,
        numbers: { usd: round(o.usd, 2), z: round(z), medianUsd: round(10 ** mm.median, 2), upperTail: round(tail, 5), history: p.n },
        strength
      };
    }
  }
  return best;
}
function burst(o, b) {
  const p = b.key;
  if (p.n === 0) return null;
  const days = Math.max(1, (p.lastMs - p.firstMs) / 864e5);
  const lambda10 = p.hour[hourOf(o.atMs)] / days / 6;
  const lambda1 = lambda10 / 10;
  const k10 = b.recent.count10m + 1;
  const k1 = b.recent.count1m + 1;
  const excess = Math.max((k10 - lambda10) / Math.sqrt(lambda10 + 1), (k1 - lambda1) / Math.sqrt(lambda1 + 1));
  const strength = clamp01((excess - 4) / 6) * confidence(p);
  if (strength <= 0) return null;
  return {
    code: "rate_burst",
    message: `${k10} requests in 10 minutes (${k1} in the last minute) with this key; usual at this hour is ${round(lambda10, 2)} per 10 minutes`,
    numbers: { count10m: k10, count1m: k1, usual10m: round(lambda10), excess: round(excess) },
    strength
  };
}
function hour(o, b) {
  const h = hourOf(o.atMs);
  const share = hourShare(b.key.hour, h);
  const floor = 1 / 24 / 4;
  const strength = clamp01(1 - share / floor) * confidence(b.key);
  if (strength <= 0) return null;
  return {
    code: "hour_unusual",
    message: `${String(h).padStart(2, "0")}:00 UTC holds ${round(share * 100, 2)}% of this key's requests per hour (uniform is 4.17%)`,
    numbers: { hour: h, share: round(share, 5), history: b.key.n },
    strength
  };
}
function novelty(o, b) {
  const out = [];
  const c = confidence(b.key);
  if (o.destination && b.seen.key.destination === 0) {
    const viaPrincipal = b.seen.principal.destination > 0;
    out.push({
      code: "new_destination",
      message: `first transfer to ${o.destination} with this key (${b.key.n} past requests)${viaPrincipal ? "; the principal has sent there with another key" : ""}`,
      numbers: { history: b.key.n, principalSeen: b.seen.principal.destination },
      strength: c * (viaPrincipal ? 0.5 : 1)
    });
  }
  if (o.contract && b.seen.key.contract === 0) {
    out.push({ code: "new_contract", message: `first call to contract ${o.contract} with this key`, numbers: { history: b.key.n }, strength: c });
  }
  if (o.method && b.seen.key.method === 0) {
    out.push({ code: "new_method", message: `first call of method ${o.method} with this key`, numbers: { history: b.key.n }, strength: c });
  }
  if (o.spender && b.seen.key.spender === 0) {
    out.push({
      code: "approval_new_spender",
      message: `${o.unlimitedApproval ? "unlimited " : ""}approval to ${o.spender}, which this key never called or approved before`,
      numbers: { unlimited: o.unlimitedApproval ? 1 : 0, history: b.key.n },
      // An unlimited approval to a stranger is dangerous on a fresh key too: at least half strength.
      strength: (o.unlimitedApproval ? 1 : 0.65) * Math.max(0.5, c)
    });
  }
  return out;
}
function scoreRisk(o, b) {
  const candidates = [listed(o, b.lists), ...novelty(o, b), amount(o, b), burst(o, b), hour(o, b)].filter((c) => c !== null);
  let keep = 1;
  const reasons = [];
  for (const { strength, ...c } of candidates) {
    const points = round(RISK_WEIGHTS[c.code] * clamp01(strength), 2);
    if (points <= 0) continue;
    keep *= 1 - points / 100;
    reasons.push({ code: c.code, message: c.message, points, numbers: c.numbers });
  }
  reasons.sort((x, y) => y.points - x.points);
  const score = Math.max(0, Math.min(100, Math.round(100 * (1 - keep))));
  return { score, codes: reasons.map((r) => r.code), reasons };
}

// src/requests/risk.ts
var SEEN_INDEX = Object.fromEntries(SEEN_KINDS.map((k, i) => [k, i]));
function profileOf(b) {
  const p = emptyProfile();
  p.n = b.n;
  p.firstMs = b.firstMs;
  p.lastMs = b.lastMs;
  for (const [bin, c] of Object.entries(b.bins.amount ?? {})) if (Number(bin) < p.amount.length) p.amount[Number(bin)] = c;
  for (const [bin, c] of Object.entries(b.bins.hour ?? {})) if (Number(bin) < 24) p.hour[Number(bin)] = c;
  for (const k of SEEN_KINDS) p.seenSize[k] = b.bins["seen-size"]?.[SEEN_INDEX[k]] ?? 0;
  return p;
}
function seenOf(b, o) {
  const c = noneSeen();
  for (const [k, v] of seenValues(o)) c[k] = (b.seen[`${k}:${v}`] ?? 0) + (k === "spender" ? b.seen[`contract:${v}`] ?? 0 : 0);
  return c;
}
function lookups(o) {
  const out = seenValues(o);
  if (o.spender) out.push(["contract", o.spender]);
  return out;
}
async function riskFacts(repo, req, recent, lists) {
  const o = observe(req);
  const b = await repo.risk.baselines(o.key, o.principal, lookups(o));
  return scoreRisk(o, {
    key: profileOf(b.key),
    principal: profileOf(b.principal),
    seen: { key: seenOf(b.key, o), principal: seenOf(b.principal, o) },
    recent,
    lists
  });
}
function observationOf(r) {
  if (!r.keyName) return null;
  let facts;
  try {
    facts = JSON.parse(r.facts);
  } catch {
    return null;
  }
  const payload = typeof facts.payload === "object" && facts.payload !== null ? facts.payload : {};
  return observe({ key: r.keyName, principal: r.principalId, usd: r.valueUsd, atMs: Date.parse(r.createdAt), payload });
}
async function learn(repo, o) {
  const l = { atMs: o.atMs, amountBin: amountBin(o.usd), hour: hourOf(o.atMs), seen: seenValues(o) };
  await repo.risk.learn("key", o.key, l, SEEN_CAP, SEEN_INDEX);
  await repo.risk.learn("principal", o.principal, l, SEEN_CAP, SEEN_INDEX);
}
async function learnSigned(repo, rec2) {
  if (rec2.kind !== "sign") return;
  const o = observationOf(rec2);
  if (o && Number.isFinite(o.atMs)) await learn(repo, o);
}
async function rebuildRisk(store, actor, verify3) {
  return store.tx(async (repo) => {
    await repo.risk.clear();
    let after = null;
    let requests = 0;
    for (; ; ) {
      const page = await repo.risk.signedPage(after, 500);
      for (const p of page) {
        const row = await repo.requests.get(p.id);
        if (!row) continue;
        const r = verify3(row);
        const o = observationOf(r);
        if (o && Number.isFinite(o.atMs)) {
          await learn(repo, o);
          requests++;
        }
      }
      if (page.length < 500) break;
      const last = page[page.length - 1];
      after = { signedAt: last.signedAt, id: last.id };
    }
    await appendEvent(repo, { actor, action: "risk.rebuild", subject: "risk/baselines", details: { requests } });
    return { requests };
  });
}

// src/keystore/key-records.ts
function keyNotFound(name) {
  return new CustosError("E_KEY_NOT_FOUND", `no key named "${name}"`, { key: name });
}
function keyInfo(k, versions) {
  const current = versions.find((v) => v.version === k.currentVersion);
  const publicKey2 = current ? current.publicKey : new Uint8Array();
  return {
    name: k.name,
    id: k.id,
    algorithm: k.algorithm,
    custody: k.custody,
    state: k.state,
    exportable: k.exportable,
    allowRaw: k.allowRaw,
    origin: k.origin,
    tags: k.tags,
    currentVersion: k.currentVersion,
    publicKey: toHex(publicKey2),
    addresses: current ? addressesFor(k.algorithm, publicKey2) : {},
    versions: versions.map((v) => ({
      version: v.version,
      publicKey: toHex(v.publicKey),
      createdAt: v.createdAt,
      status: v.version === k.currentVersion ? "current" : "retired"
    })),
    createdAt: k.createdAt
  };
}
function indexedAddresses(algorithm, publicKey2) {
  if (publicKey2.length === 0) return [];
  if (algorithm === "secp256k1" && publicKey2.length === 20) return [`0x${toHex(publicKey2)}`];
  if (algorithm === "secp256k1") return [ethereumAddress(publicKey2).toLowerCase()];
  if (algorithm === "bls12-381") return [`0x${toHex(publicKey2)}`];
  return [];
}
var KeyRecords = class {
  constructor(inst) {
    this.inst = inst;
  }
  inst;
  /** Whether this process has seen the index complete (migrations 8 and 12 leave existing keys to index). */
  indexReady = false;
  /**
   * Point the address index at a key's current version, inside the
   * transaction that writes the key or version: every row MACed, so a
   * database writer cannot point an address at another key.
   */
  async indexIn(repo, k, version, publicKey2) {
    const rows = indexedAddresses(k.algorithm, publicKey2).map((address) => this.inst.records.sign("keyAddresses", { address, keyId: k.id, version }));
    await repo.setKeyAddresses(k.id, rows);
  }
  /**
   * The name of the active key whose current version holds an Ethereum
   * address, or null: one indexed read, whatever the number of keys (see `activeFor`).
   */
  async nameForAddress(repo, address) {
    return (await this.activeFor(repo, address.toLowerCase()))?.name ?? null;
  }
  /**
   * The active bls12-381 key whose current version is `pubkey` (0x-hex, lowercase), MAC-checked,
   * or null: one indexed read, whatever the number of keys (the eth2 listener's lookup).
   */
  async blsKey(repo, pubkey) {
    const k = await this.activeFor(repo, pubkey);
    return k && k.algorithm === "bls12-381" ? k : null;
  }
  /** Every active bls12-381 key with its public key (0x-hex), index rows and records MAC-checked: one read. */
  async blsKeys(repo) {
    await this.ensureIndexed();
    const out = [];
    for (const { index, key } of await repo.indexedKeys("bls12-381")) {
      this.inst.records.verify("keyAddresses", index);
      this.inst.records.verify("keys", key);
      if (key.state === "active" && key.currentVersion === index.version) out.push({ pubkey: index.address, key });
    }
    return out;
  }
  /**
   * The key an index row names, MAC-checked, when it is active at that version, else null. A row
   * counts only with a valid MAC and when its key (MAC-checked) is active at the row's version, so a
   * stale row (a rotated key) or a replayed one points nowhere, and a re-pointed one is E_TAMPERED.
   * Two active keys with one locator: the last by name, as the listing it replaces did.
   */
  async activeFor(repo, locator) {
    return (await this.holdersOf(repo, locator)).filter((k) => k.state === "active").pop() ?? null;
  }
  /** The keys whose current version holds a locator, in any state but destroyed, MAC-checked (index rows too), by name. */
  async holdersOf(repo, locator) {
    await this.ensureIndexed();
    const out = [];
    for (const { index, key } of await repo.keysByAddress(locator)) {
      this.inst.records.verify("keyAddresses", index);
      this.inst.records.verify("keys", key);
      if (key.state !== "destroyed" && key.currentVersion === index.version) out.push(key);
    }
    return out;
  }
  /** Index the keys stored before migration 8 (addresses) or 12 (BLS public keys), once (one transaction; the MACs need the instance unsealed). */
  async ensureIndexed() {
    if (this.indexReady) return;
    if (await this.inst.store.read.getMeta("address_index") === "backfill") {
      await this.inst.store.tx(async (repo) => {
        if (await repo.getMeta("address_index") !== "backfill") return;
        for (const k of await repo.listKeys()) {
          const v = await repo.getKeyVersion(k.id, k.currentVersion);
          if (v) await this.indexIn(repo, k, v.version, v.publicKey);
        }
        await repo.setMeta("address_index", "done");
      });
    }
    this.indexReady = true;
  }
  /** The record as stored (listings and public reads: no MAC check). */
  async record(repo, name) {
    const k = await repo.getKeyByName(name);
    if (!k) throw keyNotFound(name);
    return k;
  }
  /** The record with its row MAC checked (unsealed only): what every use of a key goes through. */
  async verified(repo, name) {
    return this.inst.records.verify("keys", await this.record(repo, name));
  }
  withMac(k) {
    return this.inst.records.sign("keys", k);
  }
  assertUsable(k) {
    if (k.state === "destroyed") throw new CustosError("E_KEY_DESTROYED", `key "${k.name}" was destroyed`, { key: k.name });
    if (k.state === "disabled") throw new CustosError("E_KEY_DISABLED", `key "${k.name}" is disabled`, { key: k.name });
  }
  /** Public information for a stored key by name (no MAC check, like every listing). */
  async show(name) {
    const k = await this.record(this.inst.store.read, name);
    return keyInfo(k, await this.inst.store.read.listKeyVersions(k.id));
  }
  /**
   * Record a threshold key made by a DKG, inside the caller's transaction: the
   * group public key only (no secret exists here), custody `threshold`.
   */
  async insertThresholdIn(repo, spec, actor, details) {
    const name = checkName(spec.name, "key");
    if (await repo.getKeyByName(name)) throw new CustosError("E_NAME_TAKEN", `a key named "${name}" already exists`, { key: name });
    const now = (/* @__PURE__ */ new Date()).toISOString();
    const key = this.withMac({
      id: spec.id,
      name,
      algorithm: getAlgorithm(spec.algorithm).name,
      custody: "threshold",
      state: "active",
      exportable: false,
      allowRaw: spec.allowRaw === true,
      tags: checkTags(spec.tags),
      origin: "generated",
      currentVersion: 1,
      dataKeyId: null,
      createdAt: now,
      updatedAt: now
    });
    const version = { keyId: key.id, version: 1, publicKey: spec.publicKey, ciphertext: null, createdAt: now };
    await repo.insertKey(key);
    await repo.insertKeyVersion(version);
    await this.indexIn(repo, key, 1, spec.publicKey);
    await appendEvent(repo, {
      actor,
      action: "key.create",
      subject: `key/${name}`,
      details: { algorithm: key.algorithm, custody: "threshold", tags: key.tags, publicKey: toHex(spec.publicKey), ...details }
    });
    return keyInfo(key, [version]);
  }
  /** A threshold key's record, MAC-checked (the coordinator's refresh and reshare). */
  async thresholdRecord(repo, name) {
    const k = await this.verified(repo, name);
    if (k.custody !== "threshold") throw new CustosError("E_UNSUPPORTED", `key "${name}" is not a threshold key`, { key: name });
    this.assertUsable(k);
    return k;
  }
};

// src/keystore/keys.ts
import { createHash as createHash2, randomUUID as randomUUID6 } from "node:crypto";

// src/keystore/hsm-keys.ts
import { randomUUID as randomUUID5 } from "node:crypto";

// src/keystore/hsm-points.ts
var EXPECTED = { secp256k1: [65], ed25519: [32] };
function unwrapOctetString(point, lengths) {
  if (lengths.includes(point.length)) return point;
  if (point.length >= 2 && point[0] === 4 && point[1] === point.length - 2) return point.subarray(2);
  throw new CustosError("E_UNAVAILABLE", `the HSM returned a public key of an unexpected form (${point.length} bytes)`);
}
function publicKey(curve, ecPoint) {
  const raw = unwrapOctetString(ecPoint, EXPECTED[curve]);
  if (!EXPECTED[curve].includes(raw.length)) throw new CustosError("E_UNAVAILABLE", `the HSM returned a ${raw.length}-byte ${curve} public key`);
  return curve === "secp256k1" ? compressedPublicKey(raw) : Uint8Array.from(raw);
}

// src/keystore/hsm-keys.ts
var HSM_SCHEMES = { secp256k1: "ecdsa", ed25519: "eddsa" };
function hsmCurve(algorithm) {
  if (algorithm === "secp256k1" || algorithm === "ed25519") return algorithm;
  throw new CustosError("E_UNSUPPORTED", `HSM keys are secp256k1 or ed25519, not ${algorithm}`, { algorithm });
}
function hsmKeyLabel(instanceId, keyId, version) {
  return `custos:${instanceId}:${keyId}:v${version}`;
}
function generateHsmKey(hsm, algorithm, label) {
  const curve = hsmCurve(algorithm);
  return publicKey(curve, hsm.generateKeyPair(curve, label).ecPoint);
}
function hsmScheme(algorithm, requested) {
  const curve = hsmCurve(algorithm);
  const scheme = requested ?? HSM_SCHEMES[curve];
  if (scheme !== HSM_SCHEMES[curve]) {
    throw new CustosError("E_UNSUPPORTED", `HSM ${algorithm} keys sign with ${HSM_SCHEMES[curve]} only (the token has no ${scheme} mechanism)`, {
      algorithm,
      scheme
    });
  }
  return scheme;
}
function hsmSign(hsm, algorithm, label, bytes, publicKey2, record) {
  const curve = hsmCurve(algorithm);
  const raw = hsm.sign(curve, label, bytes);
  const mismatch = () => new CustosError("E_TAMPERED", `stored record ${record}: the HSM key's signature does not verify under the stored public key`, { record });
  if (curve === "ed25519") {
    if (!verify(publicKey2, bytes, raw)) throw mismatch();
    return raw;
  }
  uncompressedPublicKey(publicKey2);
  if (raw.length !== 64) throw new CustosError("E_UNAVAILABLE", `the HSM returned a ${raw.length}-byte ECDSA signature (expected r||s, 64 bytes)`);
  const sig = completeRecoverable(raw, bytes, publicKey2);
  if (!sig) throw mismatch();
  return sig;
}
function newHsmKey(inst, records, spec) {
  inst.assertUnsealed();
  const name = checkName(spec.name, "key");
  const alg = getAlgorithm(spec.algorithm);
  hsmCurve(alg.name);
  if (spec.exportable)
    throw new CustosError("E_BAD_INPUT", "HSM keys are never exportable: the secret is generated in the token and cannot leave it", { field: "exportable" });
  const tags = checkTags(spec.tags ?? {});
  const now = (/* @__PURE__ */ new Date()).toISOString();
  const id = randomUUID5();
  const label = hsmKeyLabel(inst.instanceId, id, 1);
  const publicKey2 = generateHsmKey(inst.hsm, alg.name, label);
  const key = records.withMac({
    id,
    name,
    algorithm: alg.name,
    custody: "hsm",
    state: "active",
    exportable: false,
    allowRaw: spec.allowRaw ?? false,
    tags,
    origin: "generated",
    currentVersion: 1,
    dataKeyId: null,
    createdAt: now,
    updatedAt: now
  });
  return { key, version: { keyId: id, version: 1, publicKey: publicKey2, ciphertext: null, createdAt: now }, label };
}
async function signWithHsmKey(inst, repo, k, version, requested, input, ref) {
  const record = `key/${k.name} v${version}`;
  const v = await repo.getKeyVersion(k.id, version);
  if (!v) throw new CustosError("E_TAMPERED", `stored record ${record} is missing`, { record });
  const scheme = hsmScheme(k.algorithm, requested);
  const signature = hsmSign(inst.hsm, k.algorithm, hsmKeyLabel(inst.instanceId, k.id, version), signingBytes(scheme, input), v.publicKey, record);
  return { key: ref, algorithm: k.algorithm, scheme, version, publicKey: toHex(v.publicKey), signature: toHex(signature) };
}
function rotateHsmKey(inst, k) {
  const version = k.currentVersion + 1;
  const label = hsmKeyLabel(inst.instanceId, k.id, version);
  inst.hsm.destroyObjects(label);
  return { keyId: k.id, version, publicKey: generateHsmKey(inst.hsm, k.algorithm, label), ciphertext: null, createdAt: (/* @__PURE__ */ new Date()).toISOString() };
}
function destroyHsmKey(inst, k) {
  let n = 0;
  for (let v = 1; v <= k.currentVersion; v++) n += inst.hsm.destroyObjects(hsmKeyLabel(inst.instanceId, k.id, v));
  return n;
}

// src/keystore/keys.ts
function signAudit(actor, r, input, extra = {}) {
  return {
    actor,
    action: "key.sign",
    subject: r.key.includes("/") ? `wallet/${r.key}` : `key/${r.key}`,
    details: { algorithm: r.algorithm, scheme: r.scheme, version: r.version, payloadDigest: payloadDigest(input), ...extra }
  };
}
var keyAad = (k, version) => `custos:key:${k.id}:v${version}:${k.algorithm}:x${k.exportable ? 1 : 0}`;
var MATCHED_CAP = 65536;
function matchedPair(aad, dataKeyId, ciphertext, publicKey2) {
  const ct = ciphertext ?? new Uint8Array();
  return createHash2("sha256").update(`${aad}\0${dataKeyId ?? ""}\0${ct.length}:${publicKey2.length}\0`).update(ct).update(publicKey2).digest("base64");
}
var Keys = class {
  /**
   * `threshold` signs with threshold keys (the coordinator; null where none
   * runs, and such keys then refuse to sign). All given by the composition
   * root (src/api/services.ts).
   */
  constructor(inst, wallets, records, threshold = null) {
    this.inst = inst;
    this.wallets = wallets;
    this.records = records;
    this.threshold = threshold;
  }
  inst;
  wallets;
  records;
  threshold;
  /**
   * Digests of (key version, data key, ciphertext, public key) whose decrypted secret was checked against
   * the public key: the check (a scalar multiplication, a third of a BLS signature) runs once per pair.
   */
  matched = /* @__PURE__ */ new Set();
  verified(repo, name) {
    return this.records.verified(repo, name);
  }
  withMac(k) {
    return this.records.withMac(k);
  }
  assertUsable(k) {
    this.records.assertUsable(k);
  }
  /** Generate a key from the OS CSPRNG (custody hsm: inside the instance's PKCS#11 token, hsm-keys.ts). */
  async create(spec, actor) {
    if (spec.custody === "hsm") return this.createInHsm(spec, actor);
    const alg = getAlgorithm(spec.algorithm);
    const secret = alg.generate();
    try {
      return await this.store(spec, secret, "generated", actor, {});
    } finally {
      clean(secret);
    }
  }
  async createInHsm(spec, actor) {
    this.inst.assertUnsealed();
    if (await this.inst.store.read.getKeyByName(checkName(spec.name, "key")))
      throw new CustosError("E_NAME_TAKEN", `a key named "${spec.name}" already exists`, { key: spec.name });
    const { key, version, label } = newHsmKey(this.inst, this.records, spec);
    try {
      return await this.inst.mutate(async (repo) => {
        if (await repo.getKeyByName(key.name)) throw new CustosError("E_NAME_TAKEN", `a key named "${key.name}" already exists`, { key: key.name });
        await repo.insertKey(key);
        await repo.insertKeyVersion(version);
        const details = {
          algorithm: key.algorithm,
          custody: "hsm",
          exportable: false,
          ...key.allowRaw ? { allowRaw: true } : {},
          tags: key.tags,
          publicKey: toHex(version.publicKey),
          token: this.inst.hsm.token.label
        };
        return { result: keyInfo(key, [version]), audit: { actor, action: "key.create", subject: `key/${key.name}`, details } };
      });
    } catch (e) {
      this.inst.hsm.destroyObjects(label);
      throw e;
    }
  }
  /**
   * Record a watch-only key: a public key without a secret (custody `watch`,
   * no data key, no ciphertext, as threshold keys are stored). It verifies,
   * derives addresses and is a policy subject, but never signs, rotates or
   * exports. `publicKey` was checked by the caller (crypto/verify.ts checkPublicKey).
   */
  async importPublic(spec, publicKey2, actor, custody = "watch", details = {}) {
    this.inst.assertUnsealed();
    const name = checkName(spec.name, "key");
    const alg = getAlgorithm(spec.algorithm);
    const tags = checkTags(spec.tags ?? {});
    const now = (/* @__PURE__ */ new Date()).toISOString();
    const key = this.withMac({
      id: randomUUID6(),
      name,
      algorithm: alg.name,
      custody,
      state: "active",
      exportable: false,
      // A cold key's public record carries its offline key's raw usage (which the offline instance enforces again).
      allowRaw: custody === "cold" && spec.allowRaw === true,
      tags,
      origin: "imported",
      currentVersion: 1,
      dataKeyId: null,
      createdAt: now,
      updatedAt: now
    });
    const version = { keyId: key.id, version: 1, publicKey: publicKey2, ciphertext: null, createdAt: now };
    return this.inst.mutate(async (repo) => {
      if (await repo.getKeyByName(name)) throw new CustosError("E_NAME_TAKEN", `a key named "${name}" already exists`, { key: name });
      await repo.insertKey(key);
      await repo.insertKeyVersion(version);
      await this.records.indexIn(repo, key, 1, publicKey2);
      return {
        result: keyInfo(key, [version]),
        audit: {
          actor,
          action: "key.import",
          subject: `key/${name}`,
          details: { algorithm: alg.name, custody, tags, publicKey: toHex(publicKey2), format: "public", ...details }
        }
      };
    });
  }
  /** Store imported or restored key material (validated first). */
  async importSecret(spec, secret, origin, actor, details) {
    getAlgorithm(spec.algorithm).validateSecret(secret);
    return this.store(spec, secret, origin, actor, details);
  }
  /**
   * Store many imported keys in ONE transaction (bulk import,
   * keystore/import-batch.ts): every secret is validated and sealed first, then
   * every row is written and one `key.import` event per key appended; a name
   * taken inside the batch or already stored aborts the whole transaction
   * (E_NAME_TAKEN naming the entry's `source`), so nothing of the batch is kept.
   * `alsoIn` runs in the same transaction after the keys are written.
   * Secrets are the caller's to zero.
   */
  async importSecrets(entries, actor, details, opts = {}) {
    this.inst.assertUnsealed();
    checkBatchNames(entries.map((e) => ({ name: checkName(e.spec.name, "key"), ...e.source ? { source: e.source } : {} })));
    const rows = entries.map((e) => {
      getAlgorithm(e.spec.algorithm).validateSecret(e.secret);
      return this.sealNew(e.spec, e.secret, "imported", { ...details, ...e.details });
    });
    return this.inst.mutate(async (repo) => {
      for (const [i, r] of rows.entries()) await this.insertNew(repo, r, entries[i].source);
      await opts.alsoIn?.(repo);
      const result = rows.map(({ key, version }) => ({ name: key.name, algorithm: key.algorithm, publicKey: version.publicKey }));
      return { result, audit: rows.map((r) => r.audit(actor)) };
    });
  }
  async store(spec, secret, origin, actor, details) {
    this.inst.assertUnsealed();
    const sealed = this.sealNew(spec, secret, origin, details);
    return this.inst.mutate(async (repo) => {
      await this.insertNew(repo, sealed);
      return { result: keyInfo(sealed.key, [sealed.version]), audit: sealed.audit(actor) };
    });
  }
  /** The rows of a new local key: a fresh data key, the record with its MAC, version 1 sealed under the data key (no I/O). */
  sealNew(spec, secret, origin, details) {
    const name = checkName(spec.name, "key");
    const alg = getAlgorithm(spec.algorithm);
    const tags = checkTags(spec.tags ?? {});
    const now = (/* @__PURE__ */ new Date()).toISOString();
    const { record: dk, dek } = this.inst.sealer.newDataKey(now);
    const key = this.withMac({
      id: randomUUID6(),
      name,
      algorithm: alg.name,
      custody: spec.custody === "cold" ? "cold" : "local",
      state: "active",
      exportable: spec.exportable ?? false,
      allowRaw: spec.allowRaw ?? false,
      tags,
      origin,
      currentVersion: 1,
      dataKeyId: dk.id,
      createdAt: now,
      updatedAt: now
    });
    const version = {
      keyId: key.id,
      version: 1,
      publicKey: alg.publicKey(secret),
      ciphertext: this.inst.sealer.sealRecord(dek, secret, keyAad(key, 1)),
      createdAt: now
    };
    clean(dek);
    const audit = (actor) => ({
      actor,
      action: origin === "generated" ? "key.create" : `key.${origin === "imported" ? "import" : "restore"}`,
      subject: `key/${name}`,
      details: {
        algorithm: alg.name,
        exportable: key.exportable,
        ...key.allowRaw ? { allowRaw: true } : {},
        ...key.custody === "cold" ? { custody: "cold" } : {},
        tags,
        publicKey: toHex(version.publicKey),
        ...details
      }
    });
    return { dk, key, version, audit };
  }
  /** Write a sealed new key inside the caller's transaction (its name checked free first). */
  async insertNew(repo, { dk, key, version }, source) {
    if (await repo.getKeyByName(key.name)) throw nameTaken(key.name, source);
    await repo.insertDataKey(dk);
    await repo.insertKey(key);
    await repo.insertKeyVersion(version);
    await this.records.indexIn(repo, key, 1, version.publicKey);
  }
  async list() {
    const keys = await this.inst.store.read.listKeys();
    return Promise.all(keys.map(async (k) => keyInfo(k, await this.inst.store.read.listKeyVersions(k.id))));
  }
  /** The name of the active key holding an Ethereum address, or null (the address index: key-records.ts). */
  nameForAddress(address) {
    return this.records.nameForAddress(this.inst.store.read, address);
  }
  /** The active bls12-381 key whose public key is `pubkey` (0x-hex lowercase), MAC-checked, or null: one indexed read (key-records.ts). */
  blsKey(pubkey) {
    return this.records.blsKey(this.inst.store.read, pubkey);
  }
  /** The bls12-381 keys holding `pubkey` in any state but destroyed, MAC-checked, in the caller's transaction. */
  async blsHolders(repo, pubkey) {
    return (await this.records.holdersOf(repo, pubkey)).filter((k) => k.algorithm === "bls12-381");
  }
  /** Every active bls12-381 key with its 0x-hex public key, MAC-checked, in one read. */
  blsKeys() {
    return this.records.blsKeys(this.inst.store.read);
  }
  /** Public information for a key or a derived account (derived ones need the instance unsealed). */
  async show(refText, curve) {
    const ref = parseKeyRef(refText, curve);
    if (ref.kind === "derived") return this.wallets.derivedInfo(ref);
    return this.records.show(ref.name);
  }
  /** New version from fresh randomness; older versions stay for verification only. */
  /**
   * A new signing version. `within` runs first in the same transaction (a
   * schedule claims its slot there): if it throws, nothing is rotated.
   */
  async rotate(name, actor, within) {
    this.inst.assertUnsealed();
    return this.inst.mutate(async (repo) => {
      await within?.(repo);
      const k = await this.verified(repo, name);
      this.assertUsable(k);
      if (k.custody === "threshold")
        throw new CustosError("E_UNSUPPORTED", `key "${name}" is a threshold key: use "custos key refresh" (new shares, same key)`, { key: name });
      if (k.custody === "watch") throw watchOnly(k.name);
      if (k.custody === "cold" && k.dataKeyId === null)
        throw new CustosError("E_COLD_KEY", `key "${k.name}" is the public record of a cold key: rotate it on its air-gapped instance and pair again`, {
          key: k.name,
          custody: "cold"
        });
      if (k.custody === "hsm") {
        const v2 = rotateHsmKey(this.inst, k);
        await repo.insertKeyVersion(v2);
        const next2 = this.withMac({ ...k, currentVersion: v2.version, updatedAt: v2.createdAt });
        await repo.updateKey(next2);
        return {
          result: keyInfo(next2, await repo.listKeyVersions(k.id)),
          audit: { actor, action: "key.rotate", subject: `key/${name}`, details: { version: v2.version, custody: "hsm", publicKey: toHex(v2.publicKey) } }
        };
      }
      const alg = getAlgorithm(k.algorithm);
      const dek = this.inst.sealer.openDataKey(k.dataKeyId ? await repo.getDataKey(k.dataKeyId) : void 0, `key/${name}`);
      const secret = alg.generate();
      const now = (/* @__PURE__ */ new Date()).toISOString();
      const version = k.currentVersion + 1;
      const v = {
        keyId: k.id,
        version,
        publicKey: alg.publicKey(secret),
        ciphertext: this.inst.sealer.sealRecord(dek, secret, keyAad(k, version)),
        createdAt: now
      };
      clean(dek, secret);
      await repo.insertKeyVersion(v);
      const next = this.withMac({ ...k, currentVersion: version, updatedAt: now });
      await repo.updateKey(next);
      await this.records.indexIn(repo, next, version, v.publicKey);
      const info = keyInfo(next, await repo.listKeyVersions(k.id));
      return { result: info, audit: { actor, action: "key.rotate", subject: `key/${name}`, details: { version, publicKey: toHex(v.publicKey) } } };
    });
  }
  async setEnabled(name, enabled, actor) {
    this.inst.assertUnsealed();
    return this.inst.mutate(async (repo) => {
      const k = await this.verified(repo, name);
      if (k.state === "destroyed") throw new CustosError("E_KEY_DESTROYED", `key "${name}" was destroyed`, { key: name });
      const frozen = enabled ? await repo.risk.frozen("key", name) : void 0;
      if (frozen) {
        throw new CustosError(
          "E_FROZEN",
          `key "${name}" was frozen by policy rule "${frozen.rule}" (request ${frozen.requestId}): lift it with the governed "key unfreeze" (admin quorum)`,
          { key: name, rule: frozen.rule }
        );
      }
      const state = enabled ? "active" : "disabled";
      const next = this.withMac({ ...k, state, updatedAt: (/* @__PURE__ */ new Date()).toISOString() });
      if (k.state !== state) await repo.updateKey(next);
      const info = keyInfo(next, await repo.listKeyVersions(k.id));
      return { result: info, audit: { actor, action: enabled ? "key.enable" : "key.disable", subject: `key/${name}`, details: { previousState: k.state } } };
    });
  }
  /**
   * Disable (a policy freeze) or enable again (the governed unfreeze, after the
   * freeze row is gone) a key inside the caller's transaction, audited as
   * key.disable / key.enable. A name with no key record of its own (a wallet
   * account) changes nothing here: the freeze row alone stops it.
   */
  async setStateIn(repo, name, enabled, actor, details) {
    const rec2 = await repo.getKeyByName(name);
    if (!rec2) return false;
    const k = await this.verified(repo, name);
    const state = enabled ? "active" : "disabled";
    if (k.state === "destroyed" || k.state === state) return false;
    await repo.updateKey(this.withMac({ ...k, state, updatedAt: (/* @__PURE__ */ new Date()).toISOString() }));
    await appendEvent(repo, { actor, action: enabled ? "key.enable" : "key.disable", subject: `key/${name}`, details: { previousState: k.state, ...details } });
    return true;
  }
  /**
   * Grant or withdraw raw signing (inside the caller's transaction: a governed
   * admin action). A threshold key's raw usage is fixed at its DKG, since its
   * parties enforce it from their own share records.
   */
  async setRawUsageIn(repo, name, allowRaw, actor) {
    const k = await this.verified(repo, name);
    this.assertUsable(k);
    if (k.custody === "watch") throw watchOnly(k.name);
    if (k.custody === "threshold") {
      throw new CustosError(
        "E_UNSUPPORTED",
        `threshold key "${name}": raw signing is fixed when the key is made (its parties enforce it); make a new key with --allow-raw`,
        { key: name }
      );
    }
    const next = this.withMac({ ...k, allowRaw, updatedAt: (/* @__PURE__ */ new Date()).toISOString() });
    if (k.allowRaw !== allowRaw) await repo.updateKey(next);
    await appendEvent(repo, { actor, action: "key.usage", subject: `key/${name}`, details: { allowRaw, previous: k.allowRaw } });
    return keyInfo(next, await repo.listKeyVersions(k.id));
  }
  /** Crypto-shred inside the caller's transaction (admin actions, governed by the quorum): the data key and every ciphertext are deleted; the record stays as a tombstone. Callers scrub the store afterwards. */
  async destroyIn(repo, name, actor) {
    const k = await this.verified(repo, name);
    if (k.state === "destroyed") throw new CustosError("E_KEY_DESTROYED", `key "${name}" was already destroyed`, { key: name });
    if (k.custody === "hsm") destroyHsmKey(this.inst, k);
    if (k.dataKeyId) await repo.deleteDataKey(k.dataKeyId);
    await repo.wipeKeyVersions(k.id);
    const next = this.withMac({ ...k, state: "destroyed", dataKeyId: null, updatedAt: (/* @__PURE__ */ new Date()).toISOString() });
    await repo.updateKey(next);
    await appendEvent(repo, { actor, action: "key.destroy", subject: `key/${name}`, details: { versions: k.currentVersion } });
    return keyInfo(next, await repo.listKeyVersions(k.id));
  }
  /**
   * Decrypt one version of a stored key and run `fn` with it. The decrypted
   * secret is checked against the stored public key (a swapped public key
   * column is tampering too) and zeroed afterwards.
   */
  async withKeySecret(repo, k, version, fn) {
    const label = `key/${k.name} v${version}`;
    const v = await repo.getKeyVersion(k.id, version);
    if (!v) throw new CustosError("E_TAMPERED", `stored record ${label} is missing`, { record: label });
    const dek = this.inst.sealer.openDataKey(k.dataKeyId ? await repo.getDataKey(k.dataKeyId) : void 0, `key/${k.name}`);
    let secret;
    try {
      const aad = keyAad(k, version);
      secret = this.inst.sealer.openRecord(dek, v.ciphertext, aad, label);
      const pair = matchedPair(aad, k.dataKeyId, v.ciphertext, v.publicKey);
      if (!this.matched.has(pair)) {
        if (!equalBytes(getAlgorithm(k.algorithm).publicKey(secret), v.publicKey)) {
          throw new CustosError("E_TAMPERED", `stored record ${label} does not match its public key`, { record: label });
        }
        if (this.matched.size >= MATCHED_CAP) this.matched.clear();
        this.matched.add(pair);
      }
      return await fn(secret, v.publicKey);
    } finally {
      clean(dek, secret);
    }
  }
  /** Run `fn` with the secret of the current version of an exportable key (export, backup). Audited by the caller. */
  async withExportableSecret(name, fn) {
    this.inst.assertUnsealed();
    const repo = this.inst.store.read;
    const k = await this.verified(repo, name);
    if (k.state === "destroyed") throw new CustosError("E_KEY_DESTROYED", `key "${name}" was destroyed`, { key: name });
    if (k.custody === "hsm")
      throw new CustosError("E_NOT_EXPORTABLE", `key "${name}" lives in the HSM: its secret is not extractable and never leaves the token`, {
        key: name,
        custody: "hsm"
      });
    if (!k.exportable) throw new CustosError("E_NOT_EXPORTABLE", `key "${name}" is not exportable`, { key: name });
    return this.withKeySecret(repo, k, k.currentVersion, (s, pub) => fn(s, k, pub));
  }
  /** Sign with a key or derived account (only the current version signs), audited, in one transaction. */
  async sign(refText, input, opts, actor) {
    this.inst.assertUnsealed();
    return this.inst.mutate(async (repo) => {
      const result = await this.signIn(repo, refText, input, opts);
      return { result, audit: signAudit(actor, result, input) };
    });
  }
  /**
   * Sign inside the caller's transaction, without auditing (the caller appends
   * the event in the same transaction). Checks state and version.
   */
  async signIn(repo, refText, input, opts) {
    this.inst.assertUnsealed();
    const ref = parseKeyRef(refText, opts.curve);
    const signWith = (algorithm, secret, publicKey2, version2) => {
      const alg = getAlgorithm(algorithm);
      const scheme = opts.scheme ?? alg.defaultScheme;
      if (!alg.schemes.includes(scheme)) throw new CustosError("E_UNSUPPORTED", `${algorithm} keys do not sign with ${scheme}`);
      const bytes = signingBytes(scheme, input);
      const signature = alg.sign(secret, bytes, { scheme, ...opts.auxRand ? { auxRand: opts.auxRand } : {} });
      return { key: refString(ref), algorithm, scheme, version: version2, publicKey: toHex(publicKey2), signature: toHex(signature) };
    };
    if (ref.kind === "derived") return this.wallets.withDerivedSecret(ref, (secret, pub) => signWith(ref.curve, secret, pub, 1), repo);
    const k = await this.verified(repo, ref.name);
    this.assertUsable(k);
    if (k.custody === "watch") throw watchOnly(k.name);
    if (k.custody === "cold" && opts.offline !== true) throw coldKey(k.name);
    if (k.custody === "cold" && k.dataKeyId === null)
      throw new CustosError("E_COLD_KEY", `key "${k.name}" is the public record of a cold key: its secret is on the air-gapped instance`, {
        key: k.name,
        custody: "cold"
      });
    if (k.custody === "threshold") {
      if (!this.threshold) throw new CustosError("E_UNSUPPORTED", "threshold signing is not available here");
      const alg = getAlgorithm(k.algorithm);
      const scheme = opts.scheme ?? alg.defaultScheme;
      if (!alg.schemes.includes(scheme)) throw new CustosError("E_UNSUPPORTED", `${k.algorithm} keys do not sign with ${scheme}`);
      if (opts.version !== void 0 && opts.version !== 1)
        throw new CustosError("E_KEY_NOT_FOUND", `key "${k.name}" has no version ${opts.version}`, { key: k.name });
      const pub = (await repo.getKeyVersion(k.id, 1))?.publicKey ?? new Uint8Array();
      const signature = await this.threshold.sign(repo, k, scheme, signingBytes(scheme, input), opts.context);
      return { key: k.name, algorithm: k.algorithm, scheme, version: 1, publicKey: toHex(pub), signature: toHex(signature) };
    }
    const version = opts.version ?? k.currentVersion;
    if (version !== k.currentVersion) {
      if (!await repo.getKeyVersion(k.id, version))
        throw new CustosError("E_KEY_NOT_FOUND", `key "${k.name}" has no version ${version}`, { key: k.name, version });
      throw new CustosError("E_KEY_VERSION_RETIRED", `version ${version} of key "${k.name}" is retired: it verifies but no longer signs`, {
        key: k.name,
        version
      });
    }
    if (k.custody === "hsm") return signWithHsmKey(this.inst, repo, k, version, opts.scheme, input, refString(ref));
    return this.withKeySecret(repo, k, version, (secret, pub) => signWith(k.algorithm, secret, pub, version));
  }
  /** Public facts about a key reference for policy (no secrets; derived refs need the instance unsealed). */
  async facts(repo, refText, curve) {
    const ref = parseKeyRef(refText, curve);
    if (ref.kind === "derived") {
      const info = await this.wallets.derivedInfo(ref, repo);
      return {
        name: info.name,
        algorithm: info.algorithm,
        custody: info.custody,
        tags: {},
        version: 1,
        state: info.state,
        publicKey: info.publicKey,
        allowRaw: info.allowRaw
      };
    }
    const k = await this.verified(repo, ref.name);
    const v = await repo.getKeyVersion(k.id, k.currentVersion);
    return {
      name: k.name,
      algorithm: k.algorithm,
      custody: k.custody,
      tags: k.tags,
      version: k.currentVersion,
      state: k.state,
      publicKey: v ? toHex(v.publicKey) : "",
      allowRaw: k.allowRaw
    };
  }
  /**
   * Verify against one version, or against every version when none is given.
   * A malformed signature throws E_BAD_SIGNATURE (crypto/verify.ts); one whose r
   * and s verify under a version but whose v recovers another key is not valid
   * and names that version in `vMismatch`.
   */
  async verify(refText, input, signature, opts) {
    const ref = parseKeyRef(refText, opts.curve);
    let algorithm;
    let candidates;
    if (ref.kind === "derived") {
      const info = await this.wallets.derivedInfo(ref);
      algorithm = info.algorithm;
      candidates = [{ version: 1, publicKey: Buffer.from(info.publicKey, "hex") }];
    } else {
      const k = await this.records.record(this.inst.store.read, ref.name);
      algorithm = k.algorithm;
      candidates = (await this.inst.store.read.listKeyVersions(k.id)).filter((v) => opts.version === void 0 || v.version === opts.version);
      if (candidates.length === 0) throw new CustosError("E_KEY_NOT_FOUND", `key "${k.name}" has no version ${opts.version}`, { key: k.name });
    }
    const alg = getAlgorithm(algorithm);
    const scheme = opts.scheme ?? alg.defaultScheme;
    if (!alg.schemes.includes(scheme)) throw new CustosError("E_UNSUPPORTED", `${algorithm} keys do not sign with ${scheme}`);
    const bytes = signingBytes(scheme, input);
    const prepared = prepareSignature(algorithm, scheme, signature, opts);
    let vMismatch = null;
    for (const c of [...candidates].reverse()) {
      const verdict = prepared.verify(c.publicKey, bytes);
      if (verdict === "valid") return { valid: true, version: c.version, key: refString(ref) };
      if (verdict === "v-mismatch") vMismatch ??= c.version;
    }
    return { valid: false, version: null, key: refString(ref), ...vMismatch !== null ? { vMismatch } : {} };
  }
};
function checkBatchNames(items) {
  const seen = /* @__PURE__ */ new Map();
  for (const { name, source } of items) {
    const first2 = seen.get(name);
    if (first2 !== void 0) throw nameTaken(name, source ?? name, first2);
    seen.set(name, source ?? name);
  }
}
function nameTaken(name, source, first2) {
  if (source === void 0) return new CustosError("E_NAME_TAKEN", `a key named "${name}" already exists`, { key: name });
  const why = first2 === void 0 ? `a key named "${name}" already exists` : `key name "${name}" is taken (${first2} has the same name)`;
  return new CustosError("E_NAME_TAKEN", `${source}: ${why}; nothing was imported`, { key: name, source });
}
function watchOnly(name) {
  return new CustosError("E_KEY_USAGE", `key "${name}" is watch-only (a public key without a secret): it verifies and derives addresses, but never signs`, {
    key: name,
    usage: "sign",
    custody: "watch"
  });
}
function coldKey(name) {
  return new CustosError(
    "E_COLD_KEY",
    `key "${name}" is cold: it never signs online; submit the request with offline: true (--offline), then request export / offline sign / request import`,
    { key: name, custody: "cold" }
  );
}
function payloadDigest(input) {
  const bytes = input.digest ?? input.message ?? new Uint8Array();
  return createHash2("sha256").update(bytes).digest("hex");
}

// src/crypto/slip39.ts
import { createRequire as createRequire3 } from "node:module";
var lib;
var PROTOTYPE_EXTENSIONS = [
  [String.prototype, ["slip39EncodeHex"]],
  [Array.prototype, ["slip39DecodeHex", "slip39Generate", "toHexString", "toByteArray"]]
];
function load() {
  if (lib) return lib;
  const require4 = createRequire3(import.meta.url);
  const Slip39 = require4("slip39");
  const helper = require4("slip39/src/slip39_helper.js");
  for (const [proto, names] of PROTOTYPE_EXTENSIONS) {
    for (const name of names) {
      if (Object.getOwnPropertyDescriptor(proto, name)?.enumerable) Object.defineProperty(proto, name, { enumerable: false });
    }
  }
  lib = { Slip39, helper, wordIndex: new Map(helper.WORD_LIST.map((w, i) => [w, i])) };
  return lib;
}
function badShares(reason2, details) {
  return new CustosError("E_BAD_SHARES", reason2, details);
}
var MIN_SHARE_WORDS = 20;
var PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
function checkPassphrase(passphrase) {
  if (typeof passphrase !== "string" || !PRINTABLE_ASCII.test(passphrase)) {
    throw badInput("passphrase: SLIP-39 passphrases are printable ASCII (U+0020..U+007E)", { field: "passphrase" });
  }
  return passphrase;
}
function reasonOf(e) {
  const msg = e instanceof Error ? e.message : "";
  let m;
  if (/checksum/i.test(msg)) return "invalid checksum";
  if (/Invalid padding in mnemonic or insufficient length|same length/.test(msg)) return "shares have different lengths";
  if (/padding/i.test(msg)) return "invalid padding";
  if (/Invalid mnemonic length/.test(msg)) return "invalid share length";
  if (/cannot be greater than group count/.test(msg)) return "group threshold exceeds group count";
  if (/must begin with the same/.test(msg)) {
    return "shares belong to different share sets (identifier, extendable flag or iteration exponent differ)";
  }
  if (/same group threshold/.test(msg)) return "shares disagree on the group threshold";
  if (/same group count/.test(msg)) return "shares disagree on the group count";
  if (/same member threshold/.test(msg)) return "shares of one group disagree on the member threshold";
  if (m = /Insufficient number of mnemonic groups \((\d+)\)\. The required number of groups is (\d+)/.exec(msg)) {
    return `too few groups: ${m[1]} of ${m[2]} required`;
  }
  if (m = /Wrong number of mnemonic groups\. Expected (\d+) groups, but (\d+)/.exec(msg)) {
    return `wrong number of groups: ${m[2]} given, exactly ${m[1]} required`;
  }
  if (m = /Wrong number of mnemonics\. Expected (\d+) mnemonics.*?but (\d+) were/s.exec(msg)) {
    return `a group has ${m[2]} share(s) but needs exactly ${m[1]}`;
  }
  if (/Invalid digest/.test(msg)) return "digest mismatch: the shares do not belong together or one is corrupted";
  return "invalid share set";
}
function normaliseShare(mnemonic, pos, L) {
  if (typeof mnemonic !== "string") throw badShares(`share #${pos}: expected a string`, { share: pos });
  if (mnemonic.length > 4096) throw badShares(`share #${pos}: too long`, { share: pos });
  const words = mnemonic.trim().toLowerCase().split(/\s+/);
  const indices = words.map((w, k) => {
    const i = L.wordIndex.get(w);
    if (i === void 0) {
      throw badShares(`share #${pos}: word #${k + 1} is not in the SLIP-39 wordlist`, { share: pos, word: k + 1 });
    }
    return i;
  });
  if (indices.length < MIN_SHARE_WORDS) {
    throw badShares(`share #${pos}: too short (${indices.length} words, at least ${MIN_SHARE_WORDS})`, { share: pos });
  }
  const text = words.join(" ");
  if (!L.helper.validateMnemonic(text)) {
    let reason2 = "invalid share";
    try {
      L.helper.combineMnemonics([text]);
    } catch (e) {
      reason2 = reasonOf(e);
    }
    throw badShares(`share #${pos}: ${reason2}`, { share: pos });
  }
  return { text, indices };
}
function headerOf(indices) {
  const a = (indices[0] ?? 0) << 10 | (indices[1] ?? 0);
  const b = (indices[2] ?? 0) << 10 | (indices[3] ?? 0);
  return {
    id: a >> 5,
    extendable: (a >> 4 & 1) === 1,
    iterationExponent: a & 15,
    groupIndex: b >> 16 & 15,
    groupThreshold: (b >> 12 & 15) + 1,
    groupCount: (b >> 8 & 15) + 1,
    memberIndex: b >> 4 & 15,
    memberThreshold: (b & 15) + 1
  };
}
function intIn(v, min, max, field) {
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v < min || v > max) {
    throw badInput(`${field}: expected an integer in ${min}..${max}`, { field });
  }
  return v;
}
function splitSecret(secret, opts) {
  if (!(secret instanceof Uint8Array)) throw badInput("secret: expected bytes", { field: "secret" });
  if (secret.length < 16 || secret.length > 32 || secret.length % 2 !== 0) {
    throw badInput(`secret: expected an even length of 16..32 bytes, got ${secret.length}`, { field: "secret" });
  }
  if (typeof opts !== "object" || opts === null) throw badInput("opts: expected an object", { field: "opts" });
  const groups = opts.groups;
  if (!Array.isArray(groups) || groups.length < 1 || groups.length > 16) {
    throw badInput("groups: expected 1..16 [threshold, count] pairs", { field: "groups" });
  }
  const pairs = groups.map((g, i) => {
    if (!Array.isArray(g) || g.length !== 2) throw badInput(`groups[${i}]: expected [threshold, count]`, { field: `groups[${i}]` });
    const count = intIn(g[1], 1, 16, `groups[${i}].count`);
    const threshold = intIn(g[0], 1, count, `groups[${i}].threshold`);
    if (threshold === 1 && count > 1) {
      throw badInput(`groups[${i}]: member threshold 1 requires count 1 (SLIP-39: use 1-of-1 instead of 1-of-n)`, {
        field: `groups[${i}]`
      });
    }
    return [threshold, count];
  });
  const groupThreshold = intIn(opts.groupThreshold, 1, pairs.length, "groupThreshold");
  const passphrase = checkPassphrase(opts.passphrase ?? "");
  const iterationExponent = intIn(opts.iterationExponent ?? 1, 0, 15, "iterationExponent");
  if (opts.extendable !== void 0 && typeof opts.extendable !== "boolean") {
    throw badInput("extendable: expected a boolean", { field: "extendable" });
  }
  const L = load();
  const bytes = Array.from(secret);
  try {
    const slip = L.Slip39.fromArray(bytes, {
      passphrase,
      threshold: groupThreshold,
      groups: pairs,
      iterationExponent,
      extendableBackupFlag: opts.extendable === false ? 0 : 1
    });
    return pairs.map((_, i) => [...slip.fromPath(`r/${i}`).mnemonics]);
  } catch {
    throw new CustosError("E_INTERNAL", "SLIP-39 split failed");
  } finally {
    bytes.fill(0);
  }
}
function combineShares(mnemonics, passphrase = "") {
  const pass = checkPassphrase(passphrase);
  if (!Array.isArray(mnemonics) || mnemonics.length === 0) throw badShares("no shares given");
  if (mnemonics.length > 256) throw badShares("too many shares (at most 16 groups of 16)");
  const L = load();
  const unique = [];
  const seen = /* @__PURE__ */ new Map();
  mnemonics.forEach((m, i) => {
    const { text, indices } = normaliseShare(m, i + 1, L);
    const h = headerOf(indices);
    const key = `${h.id}/${h.groupIndex}/${h.memberIndex}`;
    const prev = seen.get(key);
    if (prev === void 0) {
      seen.set(key, text);
      unique.push(text);
    } else if (prev !== text) {
      throw badShares(`share #${i + 1}: another share has the same group (${h.groupIndex + 1}) and member index (${h.memberIndex + 1})`, {
        share: i + 1
      });
    }
  });
  let out;
  try {
    out = L.Slip39.recoverSecret(unique, pass);
  } catch (e) {
    throw badShares(reasonOf(e));
  }
  const secret = Uint8Array.from(out);
  out.fill(0);
  return secret;
}
function shareSetId(mnemonic) {
  const L = load();
  return headerOf(normaliseShare(mnemonic, 1, L).indices).id;
}

export {
  localActor,
  auditActor,
  requireRole,
  splitSecret,
  combineShares,
  shareSetId,
  ethereumAddress,
  checksumAddress,
  addressesFor,
  frostSuite,
  identifierFor,
  dkgRound1,
  dkgRound2,
  dkgRound3,
  dkgClean,
  commit2 as commit,
  signShare2 as signShare,
  groupPublicKey,
  encodePublic,
  decodePublic,
  encodeSecret,
  decodeSecret,
  encodeRound1,
  decodeRound1,
  encodeCommitments,
  decodeCommitments,
  encodeNonces,
  decodeNonces,
  ThresholdCoordinator,
  lazy,
  lazyObject,
  parseHash,
  signingBytes,
  velocityUsd,
  planRaw,
  isSafeKey,
  safePlanner,
  DEFAULT_RPC_FORWARD,
  loadChainConfig,
  NO_CHAINS,
  signatureRefused,
  prepareSignature,
  checkPublicKey2 as checkPublicKey,
  riskFacts,
  learnSigned,
  rebuildRisk,
  keyNotFound,
  KeyRecords,
  signAudit,
  Keys,
  checkBatchNames,
  nameTaken,
  watchOnly,
  coldKey
};
