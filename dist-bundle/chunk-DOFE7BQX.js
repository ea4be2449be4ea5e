import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  FFTCore,
  Field,
  FpInvertBatch,
  FpLegendre,
  FpPow,
  ScalarMultiplier,
  aInRange,
  aarray,
  abool,
  abytes as abytes3,
  asafenumber,
  bitGet,
  bitLen,
  bytesToHex as bytesToHex2,
  bytesToNumberLE,
  concatBytes as concatBytes3,
  copyBytes as copyBytes2,
  createCurveFields,
  createFROST,
  createHasher,
  createKeygen,
  ecdsaSign,
  ecdsaVerify,
  getMinHashLength,
  hexToBytes,
  hmac,
  isBytes as isBytes2,
  isNegativeLE,
  isValidSecret,
  isogenyMap,
  mapHashToField,
  mapToCurveSimpleSWU,
  mod,
  normalizeZ,
  notImplemented,
  numberToBytesBE,
  pow2,
  publicKey as publicKey2,
  randomBytes as randomBytes2,
  reverseBits,
  ripemd160,
  schnorrSign,
  schnorrSignTaprootKeyPath,
  schnorrVerify,
  secp256k1,
  secp256k1_FROST,
  sha256,
  sha512,
  taprootOutputKey,
  validateField,
  validateObject,
  validatePointCons,
  weierstrass
} from "./chunk-MPHSVC72.js";
import {
  publicKey,
  sign,
  verify
} from "./chunk-POEWKUPT.js";
import {
  createBase58check
} from "./chunk-73GY3SDL.js";
import {
  abytes,
  clean,
  concatBytes,
  copyBytes,
  fromHex,
  toHex,
  utf8
} from "./chunk-VQWF5TYP.js";
import {
  NAME_RE,
  NONCE_RE,
  ROLES,
  SIGNATURE_HEADERS,
  approvalText,
  canonicalJson,
  canonicalRequestFromHash,
  checkName,
  requestCommitmentJson
} from "./chunk-T7RD2LC5.js";
import {
  sha3_256,
  sha3_512,
  shake128,
  shake256
} from "./chunk-3SZH5XTH.js";
import {
  abytes as abytes2,
  ahash,
  anumber,
  bytesToHex,
  checkOpts,
  clean as clean2,
  concatBytes as concatBytes2,
  createView,
  isBytes,
  kdfInputToBytes,
  randomBytes,
  rotl,
  swap32IfBE,
  u32,
  utf8ToBytes
} from "./chunk-EZAKATEZ.js";
import {
  CustosError,
  badInput,
  isCustosError,
  isErrorCode
} from "./chunk-7E33BI2G.js";

// src/crypto/algorithms.ts
import { randomBytes as randomBytes4 } from "node:crypto";

// src/crypto/bls.ts
import { PublicKey, SecretKey, Signature, verify as blstVerify } from "@chainsafe/blst";
function secretKey(secret) {
  abytes(secret, 32, "secretKey");
  try {
    return SecretKey.fromBytes(secret);
  } catch {
    throw new RangeError("secretKey: not in [1, r-1]");
  }
}
function isValidSecret2(secret) {
  if (!(secret instanceof Uint8Array) || secret.length !== 32) return false;
  try {
    SecretKey.fromBytes(secret);
    return true;
  } catch {
    return false;
  }
}
function publicKey3(secret) {
  return Uint8Array.from(secretKey(secret).toPublicKey().toBytes(true));
}
function sign2(secret, message) {
  abytes(message, void 0, "message");
  return Uint8Array.from(secretKey(secret).sign(message).toBytes(true));
}
function verify2(pub, message, signature) {
  abytes(message, void 0, "message");
  if (!(pub instanceof Uint8Array) || pub.length !== 48) return false;
  if (!(signature instanceof Uint8Array) || signature.length !== 96) return false;
  try {
    const pk = PublicKey.fromBytes(pub, true);
    const sig = Signature.fromBytes(signature, true);
    return blstVerify(message, pk, sig, true, true);
  } catch {
    return false;
  }
}

// node_modules/@noble/post-quantum/utils.js
var abytesDoc = abytes2;
var randomBytes3 = randomBytes;
function aarray2(item, title, inner = () => {
}) {
  if (!Array.isArray(item))
    throw new TypeError(`"${title}" expected array, got type=${typeof item}`);
  for (let i = 0; i < item.length; i++)
    inner(item[i], `${title}[${i}]`);
  return item;
}
function aobject(value, title = "object") {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new TypeError(title === "object" ? "expected valid options object" : `"${title}" expected object, got type=${typeof value}`);
  return value;
}
function equalBytes(a, b) {
  a = abytes2(a);
  b = abytes2(b);
  if (a.length !== b.length)
    return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++)
    diff |= a[i] ^ b[i];
  return diff === 0;
}
function copyBytes3(bytes) {
  return new Uint8Array(abytes2(bytes));
}
function validateOpts(opts2) {
  if (isBytes(opts2))
    throw new TypeError('"opts" expected object, got Uint8Array');
  aobject(opts2, "opts");
  const proto = Object.getPrototypeOf(opts2);
  if (proto !== null && proto !== Object.prototype)
    throw new TypeError('"opts" expected a plain object');
}
var VER_OPT_KEYS = /* @__PURE__ */ Object.freeze([
  "context"
]);
var SIG_OPT_KEYS = /* @__PURE__ */ Object.freeze([
  "context",
  "extraEntropy"
]);
function checkOptKeys(opts2, allowed) {
  validateOpts(opts2);
  const normalized = Object.assign(/* @__PURE__ */ Object.create(null), opts2);
  for (const [k, v] of Object.entries(normalized)) {
    if (v === void 0)
      continue;
    if (!allowed.includes(k))
      throw new TypeError('unexpected option "' + String(k) + '"; expected one of: ' + allowed.join(", "));
  }
  return Object.freeze(normalized);
}
function validateVerOpts(opts2, allowed = VER_OPT_KEYS) {
  const normalized = checkOptKeys(opts2, allowed);
  if (normalized.context !== void 0)
    abytes2(normalized.context, void 0, "opts.context");
  return normalized;
}
function validateSigOpts(opts2, allowed = SIG_OPT_KEYS) {
  const normalized = checkOptKeys(opts2, allowed);
  if (normalized.context !== void 0)
    abytes2(normalized.context, void 0, "opts.context");
  if (normalized.extraEntropy !== false && normalized.extraEntropy !== void 0)
    abytes2(normalized.extraEntropy, void 0, "opts.extraEntropy");
  return normalized;
}
function splitCoder(label, ...lengths) {
  const getLength = (c) => typeof c === "number" ? c : c.bytesLen;
  const bytesLen = lengths.reduce((sum, a) => sum + getLength(a), 0);
  return {
    bytesLen,
    encode: (bufs) => {
      const res = new Uint8Array(bytesLen);
      for (let i = 0, pos = 0; i < lengths.length; i++) {
        const c = lengths[i];
        const l = getLength(c);
        const b = typeof c === "number" ? bufs[i] : c.encode(bufs[i]);
        abytes2(b, l, label);
        res.set(b, pos);
        if (typeof c !== "number")
          b.fill(0);
        pos += l;
      }
      return res;
    },
    decode: (buf) => {
      abytes2(buf, bytesLen, label);
      const res = [];
      for (const c of lengths) {
        const l = getLength(c);
        const b = buf.subarray(0, l);
        res.push(typeof c === "number" ? b : c.decode(b));
        buf = buf.subarray(l);
      }
      return res;
    }
  };
}
function vecCoder(c, vecLen) {
  const coder2 = c;
  const bytesLen = vecLen * coder2.bytesLen;
  return {
    bytesLen,
    encode: (u) => {
      const uArr = aarray2(u, "u");
      if (uArr.length !== vecLen)
        throw new RangeError(`vecCoder.encode: wrong length=${uArr.length}. Expected: ${vecLen}`);
      const res = new Uint8Array(bytesLen);
      for (let i = 0, pos = 0; i < uArr.length; i++) {
        const b = coder2.encode(uArr[i]);
        res.set(b, pos);
        b.fill(0);
        pos += b.length;
      }
      return res;
    },
    decode: (a) => {
      abytes2(a, bytesLen);
      const r = [];
      for (let i = 0; i < a.length; i += coder2.bytesLen)
        r.push(coder2.decode(a.subarray(i, i + coder2.bytesLen)));
      return r;
    }
  };
}
function cleanBytes(...list) {
  for (const t of list) {
    if (Array.isArray(t))
      for (const b of t)
        b.fill(0);
    else
      t.fill(0);
  }
}
function getMask(bits) {
  anumber(bits, "bits");
  if (bits > 32)
    throw new RangeError('"bits" expected <= 32, got ' + bits);
  return bits === 32 ? 4294967295 : ~(-1 << bits) >>> 0;
}
var EMPTY = /* @__PURE__ */ Uint8Array.of();
function getMessage(msg, ctx = EMPTY) {
  abytes2(msg, void 0, "msg");
  abytes2(ctx, void 0, "ctx");
  if (ctx.length > 255)
    throw new RangeError("context should be 255 bytes or less");
  return concatBytes2(new Uint8Array([0, ctx.length]), ctx, msg);
}
var oidNistP = /* @__PURE__ */ Uint8Array.from([6, 9, 96, 134, 72, 1, 101, 3, 4, 2]);
var XOF_OID_OUTPUT_LEN = /* @__PURE__ */ (() => ({
  "060960864801650304020b": 32,
  // id-shake128, SHAKE128(M, 256)
  "060960864801650304020c": 64
  // id-shake256, SHAKE256(M, 512)
}))();
function checkHash(hash, requiredStrength = 0) {
  if (typeof hash !== "function" || typeof hash.create !== "function")
    throw new TypeError('"hash" expected hash function, got type=' + typeof hash);
  ahash(hash);
  anumber(requiredStrength, "requiredStrength");
  const oid = hash.oid;
  abytes2(oid, void 0, "hash.oid");
  if (!equalBytes(oid.subarray(0, 10), oidNistP))
    throw new Error('"hash.oid" is invalid: expected NIST hash');
  const xofLen = XOF_OID_OUTPUT_LEN[bytesToHex(oid)];
  if (xofLen !== void 0 && hash.outputLen !== xofLen) {
    throw new Error("Pre-hash XOF output length must be " + xofLen + " bytes for this OID, got: " + hash.outputLen);
  }
  const collisionResistance = hash.outputLen * 8 / 2;
  if (requiredStrength > collisionResistance) {
    throw new Error("Pre-hash security strength too low: " + collisionResistance + ", required: " + requiredStrength);
  }
}
function getMessagePrehash(hash, msg, ctx = EMPTY) {
  checkHash(hash);
  abytes2(msg, void 0, "msg");
  abytes2(ctx, void 0, "ctx");
  if (ctx.length > 255)
    throw new RangeError("context should be 255 bytes or less");
  const hashed = hash(msg);
  return concatBytes2(new Uint8Array([1, ctx.length]), ctx, hash.oid, hashed);
}

// node_modules/@noble/post-quantum/_crystals.js
var genCrystals = (opts2) => {
  const { newPoly: newPoly2, N: N3, Q: Q3, F: F3, ROOT_OF_UNITY: ROOT_OF_UNITY3, brvBits, isKyber } = opts2;
  const mod2 = (a, modulo = Q3) => {
    const result = a % modulo | 0;
    return (result >= 0 ? result | 0 : modulo + result | 0) | 0;
  };
  const smod = (a, modulo = Q3) => {
    const r = mod2(a, modulo) | 0;
    return (r > modulo >> 1 ? r - modulo | 0 : r) | 0;
  };
  function getZettas() {
    const out = newPoly2(N3);
    for (let i = 0; i < N3; i++) {
      const b = reverseBits(i, brvBits);
      const p = BigInt(ROOT_OF_UNITY3) ** BigInt(b) % BigInt(Q3);
      out[i] = Number(p) | 0;
    }
    return out;
  }
  const nttZetas = getZettas();
  const inv = (_a) => {
    throw new Error("not implemented");
  };
  const field2 = isKyber ? {
    add: (a, b) => {
      const r = a + b | 0;
      return r >= Q3 ? r - Q3 | 0 : r;
    },
    sub: (a, b) => {
      const r = a - b | 0;
      return r < 0 ? r + Q3 | 0 : r;
    },
    mul: (a, b) => mod2((a | 0) * (b | 0)) | 0,
    inv
  } : {
    add: (a, b) => mod2((a | 0) + (b | 0)) | 0,
    sub: (a, b) => mod2((a | 0) - (b | 0)) | 0,
    mul: (a, b) => mod2((a | 0) * (b | 0)) | 0,
    inv
  };
  const nttOpts = {
    N: N3,
    roots: nttZetas,
    invertButterflies: true,
    skipStages: isKyber ? 1 : 0,
    brp: false
  };
  const dif = FFTCore(field2, { dit: false, ...nttOpts });
  const dit = FFTCore(field2, { dit: true, ...nttOpts });
  const NTT = {
    encode: (r) => {
      return dif(r);
    },
    decode: (r) => {
      dit(r);
      for (let i = 0; i < r.length; i++)
        r[i] = mod2(F3 * r[i]);
      return r;
    }
  };
  const bitsCoder = (d, c) => {
    for (let i = 0, bufLen = 0; i < N3; i++) {
      bufLen += d;
      if (bufLen > 32)
        getMask(bufLen);
      bufLen %= 8;
    }
    const mask = getMask(d);
    const bytesLen = d * (N3 / 8);
    return {
      bytesLen,
      encode: (poly_) => {
        const poly = poly_;
        const r = new Uint8Array(bytesLen);
        for (let i = 0, buf = 0, bufLen = 0, pos = 0; i < poly.length; i++) {
          buf |= (c.encode(poly[i]) & mask) << bufLen;
          bufLen += d;
          for (; bufLen >= 8; bufLen -= 8, buf >>= 8)
            r[pos++] = buf & 255;
        }
        return r;
      },
      decode: (bytes) => {
        const r = newPoly2(N3);
        for (let i = 0, buf = 0, bufLen = 0, pos = 0; i < bytes.length; i++) {
          buf |= bytes[i] << bufLen;
          bufLen += 8;
          for (; bufLen >= d; bufLen -= d, buf >>= d)
            r[pos++] = c.decode(buf & mask);
        }
        return r;
      }
    };
  };
  return {
    mod: mod2,
    smod,
    nttZetas,
    NTT: {
      encode: (r) => NTT.encode(r),
      decode: (r) => NTT.decode(r)
    },
    bitsCoder
  };
};
var createXofShake = (shake) => (seed, blockLen) => {
  if (!blockLen)
    blockLen = shake.blockLen;
  const _seed = new Uint8Array(seed.length + 2);
  _seed.set(seed);
  const seedLen = seed.length;
  const buf = new Uint8Array(blockLen);
  let h = shake.create({});
  let calls = 0;
  let xofs = 0;
  return {
    stats: () => ({ calls, xofs }),
    get: (x, y) => {
      _seed[seedLen + 0] = x;
      _seed[seedLen + 1] = y;
      h.destroy();
      h = shake.create({}).update(_seed);
      calls++;
      return () => {
        xofs++;
        return h.xofInto(buf);
      };
    },
    clean: () => {
      h.destroy();
      cleanBytes(buf, _seed);
    }
  };
};
var XOF128 = /* @__PURE__ */ createXofShake(shake128);
var XOF256 = /* @__PURE__ */ createXofShake(shake256);

// node_modules/@noble/post-quantum/ml-dsa.js
var INTERNAL_SIG_OPT_KEYS = /* @__PURE__ */ Object.freeze([
  "extraEntropy",
  "externalMu"
]);
var INTERNAL_VER_OPT_KEYS = /* @__PURE__ */ Object.freeze(["externalMu"]);
function validateInternalOpts(opts2, allowed) {
  const normalized = checkOptKeys(opts2, allowed);
  if (normalized.externalMu !== void 0)
    abool(normalized.externalMu, "opts.externalMu");
  return normalized;
}
var N = 256;
var Q = 8380417;
var ROOT_OF_UNITY = 1753;
var F = 8347681;
var D = 13;
var GAMMA2_1 = Math.floor((Q - 1) / 88) | 0;
var GAMMA2_2 = Math.floor((Q - 1) / 32) | 0;
var PARAMS = /* @__PURE__ */ (() => Object.freeze({
  2: Object.freeze({
    K: 4,
    L: 4,
    D,
    GAMMA1: 2 ** 17,
    GAMMA2: GAMMA2_1,
    TAU: 39,
    ETA: 2,
    OMEGA: 80
  }),
  3: Object.freeze({
    K: 6,
    L: 5,
    D,
    GAMMA1: 2 ** 19,
    GAMMA2: GAMMA2_2,
    TAU: 49,
    ETA: 4,
    OMEGA: 55
  }),
  5: Object.freeze({
    K: 8,
    L: 7,
    D,
    GAMMA1: 2 ** 19,
    GAMMA2: GAMMA2_2,
    TAU: 60,
    ETA: 2,
    OMEGA: 75
  })
}))();
var newPoly = (n) => new Int32Array(n);
var crystals = /* @__PURE__ */ genCrystals({
  N,
  Q,
  F,
  ROOT_OF_UNITY,
  newPoly,
  isKyber: false,
  brvBits: 8
});
var id = (n) => n;
var polyCoder = (d, compress2 = id, verify7 = id) => crystals.bitsCoder(d, {
  encode: (i) => compress2(verify7(i)),
  decode: (i) => verify7(compress2(i))
});
var polyAdd = (a_, b_) => {
  const a = a_;
  const b = b_;
  for (let i = 0; i < a.length; i++)
    a[i] = crystals.mod(a[i] + b[i]);
  return a;
};
var polySub = (a_, b_) => {
  const a = a_;
  const b = b_;
  for (let i = 0; i < a.length; i++)
    a[i] = crystals.mod(a[i] - b[i]);
  return a;
};
var polyShiftl = (p_) => {
  const p = p_;
  for (let i = 0; i < N; i++)
    p[i] <<= D;
  return p;
};
var polyChknorm = (p_, B) => {
  const p = p_;
  for (let i = 0; i < N; i++)
    if (Math.abs(crystals.smod(p[i])) >= B)
      return true;
  return false;
};
var MultiplyNTTs = (a_, b_) => {
  const a = a_;
  const b = b_;
  const c = newPoly(N);
  for (let i = 0; i < a.length; i++)
    c[i] = crystals.mod(a[i] * b[i]);
  return c;
};
function RejNTTPoly(xof_) {
  const xof = xof_;
  const r = newPoly(N);
  for (let j = 0; j < N; ) {
    const b = xof();
    if (b.length % 3)
      throw new Error("RejNTTPoly: unaligned block");
    for (let i = 0; j < N && i <= b.length - 3; i += 3) {
      const t = (b[i + 0] | b[i + 1] << 8 | b[i + 2] << 16) & 8388607;
      if (t < Q)
        r[j++] = t;
    }
  }
  return r;
}
function getDilithium(opts_) {
  const opts2 = opts_;
  const { K, L, GAMMA1, GAMMA2, TAU, ETA, OMEGA } = opts2;
  const { CRH_BYTES, TR_BYTES, C_TILDE_BYTES, XOF128: XOF1282, XOF256: XOF2562, securityLevel } = opts2;
  if (![2, 4].includes(ETA))
    throw new Error("Wrong ETA");
  if (![1 << 17, 1 << 19].includes(GAMMA1))
    throw new Error("Wrong GAMMA1");
  if (![GAMMA2_1, GAMMA2_2].includes(GAMMA2))
    throw new Error("Wrong GAMMA2");
  const BETA = TAU * ETA;
  const decompose = (r) => {
    const rPlus = crystals.mod(r);
    const r0 = crystals.smod(rPlus, 2 * GAMMA2) | 0;
    if (rPlus - r0 === Q - 1)
      return { r1: 0 | 0, r0: r0 - 1 | 0 };
    const r1 = Math.floor((rPlus - r0) / (2 * GAMMA2)) | 0;
    return { r1, r0 };
  };
  const HighBits = (r) => decompose(r).r1;
  const LowBits = (r) => decompose(r).r0;
  const MakeHint = (z, r) => {
    const res0 = z <= GAMMA2 || z > Q - GAMMA2 || z === Q - GAMMA2 && r === 0 ? 0 : 1;
    return res0;
  };
  const HINT_M = Math.floor((Q - 1) / (2 * GAMMA2));
  const UseHint = (h, r) => {
    const { r1, r0 } = decompose(r);
    if (h === 1)
      return r0 > 0 ? crystals.mod(r1 + 1, HINT_M) | 0 : crystals.mod(r1 - 1, HINT_M) | 0;
    return r1 | 0;
  };
  const Power2Round = (r) => {
    const rPlus = crystals.mod(r);
    const r0 = crystals.smod(rPlus, 2 ** D) | 0;
    return { r1: Math.floor((rPlus - r0) / 2 ** D) | 0, r0 };
  };
  const hintCoder = {
    bytesLen: OMEGA + K,
    encode: (h_) => {
      const h = h_;
      if (h === false)
        throw new Error("hint.encode: hint is false");
      const res = new Uint8Array(OMEGA + K);
      for (let i = 0, k = 0; i < K; i++) {
        for (let j = 0; j < N; j++)
          if (h[i][j] !== 0)
            res[k++] = j;
        res[OMEGA + i] = k;
      }
      return res;
    },
    decode: (buf) => {
      const h = [];
      let k = 0;
      for (let i = 0; i < K; i++) {
        const hi = newPoly(N);
        if (buf[OMEGA + i] < k || buf[OMEGA + i] > OMEGA)
          return false;
        for (let j = k; j < buf[OMEGA + i]; j++) {
          if (j > k && buf[j] <= buf[j - 1])
            return false;
          hi[buf[j]] = 1;
        }
        k = buf[OMEGA + i];
        h.push(hi);
      }
      for (let j = k; j < OMEGA; j++)
        if (buf[j] !== 0)
          return false;
      return h;
    }
  };
  const ETACoder = polyCoder(ETA === 2 ? 3 : 4, (i) => ETA - i, (i) => {
    if (!(-ETA <= i && i <= ETA))
      throw new Error(`malformed key s1/s3 ${i} outside of ETA range [${-ETA}, ${ETA}]`);
    return i;
  });
  const T0Coder = polyCoder(13, (i) => (1 << D - 1) - i);
  const T1Coder = polyCoder(10);
  const ZCoder = polyCoder(GAMMA1 === 1 << 17 ? 18 : 20, (i) => crystals.smod(GAMMA1 - i));
  const W1Coder = polyCoder(GAMMA2 === GAMMA2_1 ? 6 : 4);
  const W1Vec = vecCoder(W1Coder, K);
  const publicCoder = splitCoder("publicKey", 32, vecCoder(T1Coder, K));
  const secretCoder = splitCoder("secretKey", 32, 32, TR_BYTES, vecCoder(ETACoder, L), vecCoder(ETACoder, K), vecCoder(T0Coder, K));
  const sigCoder = splitCoder("signature", C_TILDE_BYTES, vecCoder(ZCoder, L), hintCoder);
  const CoefFromHalfByte = ETA === 2 ? (n) => n < 15 ? 2 - n % 5 : false : (n) => n < 9 ? 4 - n : false;
  function RejBoundedPoly(xof_) {
    const xof = xof_;
    const r = newPoly(N);
    for (let j = 0; j < N; ) {
      const b = xof();
      for (let i = 0; j < N && i < b.length; i += 1) {
        const d1 = CoefFromHalfByte(b[i] & 15);
        const d2 = CoefFromHalfByte(b[i] >> 4 & 15);
        if (d1 !== false)
          r[j++] = d1;
        if (j < N && d2 !== false)
          r[j++] = d2;
      }
    }
    return r;
  }
  const SampleInBall = (seed) => {
    const pre = newPoly(N);
    const s = shake256.create({}).update(seed);
    const buf = new Uint8Array(shake256.blockLen);
    s.xofInto(buf);
    const masks = buf.slice(0, 8);
    for (let i = N - TAU, pos = 8, maskPos = 0, maskBit = 0; i < N; i++) {
      let b = i + 1;
      for (; b > i; ) {
        b = buf[pos++];
        if (pos < shake256.blockLen)
          continue;
        s.xofInto(buf);
        pos = 0;
      }
      pre[i] = pre[b];
      pre[b] = 1 - ((masks[maskPos] >> maskBit++ & 1) << 1);
      if (maskBit >= 8) {
        maskPos++;
        maskBit = 0;
      }
    }
    return pre;
  };
  const polyPowerRound = (p_) => {
    const p = p_;
    const res0 = newPoly(N);
    const res1 = newPoly(N);
    for (let i = 0; i < p.length; i++) {
      const { r0, r1 } = Power2Round(p[i]);
      res0[i] = r0;
      res1[i] = r1;
    }
    return { r0: res0, r1: res1 };
  };
  const polyUseHint = (u_, h_) => {
    const u = u_;
    const h = h_;
    for (let i = 0; i < N; i++)
      u[i] = UseHint(h[i], u[i]);
    return u;
  };
  const polyMakeHint = (a_, b_) => {
    const a = a_;
    const b = b_;
    const v = newPoly(N);
    let cnt = 0;
    for (let i = 0; i < N; i++) {
      const h = MakeHint(a[i], b[i]);
      v[i] = h;
      cnt += h;
    }
    return { v, cnt };
  };
  const signRandBytes = 32;
  const seedCoder = splitCoder("seed", 32, 64, 32);
  const internal = Object.freeze({
    info: Object.freeze({ type: "internal-ml-dsa" }),
    lengths: Object.freeze({
      secretKey: secretCoder.bytesLen,
      publicKey: publicCoder.bytesLen,
      seed: 32,
      signature: sigCoder.bytesLen,
      signRand: signRandBytes
    }),
    keygen: (seed) => {
      const seedDst = new Uint8Array(32 + 2);
      const randSeed = seed === void 0;
      if (randSeed)
        seed = randomBytes3(32);
      abytesDoc(seed, 32, "seed");
      seedDst.set(seed);
      if (randSeed)
        cleanBytes(seed);
      seedDst[32] = K;
      seedDst[33] = L;
      const [rho, rhoPrime, K_] = seedCoder.decode(shake256(seedDst, { dkLen: seedCoder.bytesLen }));
      const xofPrime = XOF2562(rhoPrime);
      const s1 = [];
      for (let i = 0; i < L; i++)
        s1.push(RejBoundedPoly(xofPrime.get(i & 255, i >> 8 & 255)));
      const s2 = [];
      for (let i = L; i < L + K; i++)
        s2.push(RejBoundedPoly(xofPrime.get(i & 255, i >> 8 & 255)));
      const s1Hat = s1.map((i) => crystals.NTT.encode(i.slice()));
      const t0 = [];
      const t1 = [];
      const xof = XOF1282(rho);
      const t = newPoly(N);
      for (let i = 0; i < K; i++) {
        cleanBytes(t);
        for (let j = 0; j < L; j++) {
          const aij = RejNTTPoly(xof.get(j, i));
          polyAdd(t, MultiplyNTTs(aij, s1Hat[j]));
        }
        crystals.NTT.decode(t);
        const { r0, r1 } = polyPowerRound(polyAdd(t, s2[i]));
        t0.push(r0);
        t1.push(r1);
      }
      const publicKey6 = publicCoder.encode([rho, t1]);
      const tr = shake256(publicKey6, { dkLen: TR_BYTES });
      const secretKey2 = secretCoder.encode([rho, K_, tr, s1, s2, t0]);
      xof.clean();
      xofPrime.clean();
      cleanBytes(rho, rhoPrime, K_, s1, s2, s1Hat, t, t0, t1, tr, seedDst);
      return {
        publicKey: publicKey6,
        secretKey: secretKey2
      };
    },
    getPublicKey: (secretKey2) => {
      const [rho, _K, _tr, s1, s2, _t0] = secretCoder.decode(secretKey2);
      const xof = XOF1282(rho);
      const s1Hat = s1.map((p) => crystals.NTT.encode(p.slice()));
      const t1 = [];
      const tmp = newPoly(N);
      for (let i = 0; i < K; i++) {
        tmp.fill(0);
        for (let j = 0; j < L; j++) {
          const aij = RejNTTPoly(xof.get(j, i));
          polyAdd(tmp, MultiplyNTTs(aij, s1Hat[j]));
        }
        crystals.NTT.decode(tmp);
        polyAdd(tmp, s2[i]);
        const { r1 } = polyPowerRound(tmp);
        t1.push(r1);
      }
      xof.clean();
      cleanBytes(tmp, s1Hat, _t0, s1, s2);
      return publicCoder.encode([rho, t1]);
    },
    // NOTE: random is optional.
    sign: (msg, secretKey2, opts3 = {}) => {
      opts3 = validateSigOpts(opts3, INTERNAL_SIG_OPT_KEYS);
      opts3 = validateInternalOpts(opts3, INTERNAL_SIG_OPT_KEYS);
      const { extraEntropy: random, externalMu = false } = opts3;
      if (externalMu)
        abytesDoc(msg, CRH_BYTES, "mu");
      const ownRnd = random === false || random === void 0;
      const rnd = random === false ? new Uint8Array(32) : random === void 0 ? randomBytes3(signRandBytes) : random;
      abytesDoc(rnd, 32, "extraEntropy");
      const decoded = (() => {
        try {
          return secretCoder.decode(secretKey2);
        } catch (error) {
          if (ownRnd)
            cleanBytes(rnd);
          throw error;
        }
      })();
      const [rho, _K, tr, s1, s2, t0] = decoded;
      const A = [];
      const xof = XOF1282(rho);
      for (let i = 0; i < K; i++) {
        const pv = [];
        for (let j = 0; j < L; j++)
          pv.push(RejNTTPoly(xof.get(j, i)));
        A.push(pv);
      }
      xof.clean();
      for (let i = 0; i < L; i++)
        crystals.NTT.encode(s1[i]);
      for (let i = 0; i < K; i++) {
        crystals.NTT.encode(s2[i]);
        crystals.NTT.encode(t0[i]);
      }
      const mu = externalMu ? msg : (
        // 6: µ ← H(tr||M, 512)
        //    ▷ Compute message representative µ
        shake256.create({ dkLen: CRH_BYTES }).update(tr).update(msg).digest()
      );
      const rhoprime = shake256.create({ dkLen: CRH_BYTES }).update(_K).update(rnd).update(mu).digest();
      if (ownRnd)
        cleanBytes(rnd);
      abytesDoc(rhoprime, CRH_BYTES);
      const x256 = XOF2562(rhoprime, ZCoder.bytesLen);
      main_loop: for (let kappa = 0; ; ) {
        const y = [];
        for (let i = 0; i < L; i++, kappa++)
          y.push(ZCoder.decode(x256.get(kappa & 255, kappa >> 8)()));
        const z = y.map((i) => crystals.NTT.encode(i.slice()));
        const w = [];
        for (let i = 0; i < K; i++) {
          const wi = newPoly(N);
          for (let j = 0; j < L; j++)
            polyAdd(wi, MultiplyNTTs(A[i][j], z[j]));
          crystals.NTT.decode(wi);
          w.push(wi);
        }
        const w1 = w.map((j) => j.map(HighBits));
        const cTilde = shake256.create({ dkLen: C_TILDE_BYTES }).update(mu).update(W1Vec.encode(w1)).digest();
        const cHat = crystals.NTT.encode(SampleInBall(cTilde));
        const cs1 = s1.map((i) => MultiplyNTTs(i, cHat));
        for (let i = 0; i < L; i++) {
          polyAdd(crystals.NTT.decode(cs1[i]), y[i]);
          if (polyChknorm(cs1[i], GAMMA1 - BETA)) {
            cleanBytes(cTilde, cs1, cHat, w1, w, z, y);
            continue main_loop;
          }
        }
        let cnt = 0;
        const h = [];
        for (let i = 0; i < K; i++) {
          const cs2 = crystals.NTT.decode(MultiplyNTTs(s2[i], cHat));
          const r0 = polySub(w[i], cs2).map(LowBits);
          if (polyChknorm(r0, GAMMA2 - BETA)) {
            cleanBytes(cTilde, cs1, cHat, w1, w, z, y, h, cs2, r0);
            continue main_loop;
          }
          const ct0 = crystals.NTT.decode(MultiplyNTTs(t0[i], cHat));
          if (polyChknorm(ct0, GAMMA2)) {
            cleanBytes(cTilde, cs1, cHat, w1, w, z, y, h, cs2, r0, ct0);
            continue main_loop;
          }
          polyAdd(r0, ct0);
          const hint = polyMakeHint(r0, w1[i]);
          h.push(hint.v);
          cnt += hint.cnt;
        }
        if (cnt > OMEGA) {
          cleanBytes(cTilde, cs1, cHat, w1, w, z, y, h);
          continue;
        }
        x256.clean();
        const res = sigCoder.encode([cTilde, cs1, h]);
        cleanBytes(cTilde, cs1, h, cHat, w1, w, z, y, rhoprime, s1, s2, t0, ...A);
        if (!externalMu)
          cleanBytes(mu);
        return res;
      }
      throw new Error("Unreachable code path reached, report this error");
    },
    verify: (sig, msg, publicKey6, opts3 = {}) => {
      opts3 = validateInternalOpts(opts3, INTERNAL_VER_OPT_KEYS);
      const { externalMu = false } = opts3;
      if (externalMu)
        abytesDoc(msg, CRH_BYTES, "mu");
      const [rho, t1] = publicCoder.decode(publicKey6);
      const tr = shake256(publicKey6, { dkLen: TR_BYTES });
      if (sig.length !== sigCoder.bytesLen)
        return false;
      const [cTilde, z, h] = sigCoder.decode(sig);
      if (h === false)
        return false;
      for (let i = 0; i < L; i++)
        if (polyChknorm(z[i], GAMMA1 - BETA))
          return false;
      const mu = externalMu ? msg : (
        // 7: µ ← H(tr||M, 512)
        shake256.create({ dkLen: CRH_BYTES }).update(tr).update(msg).digest()
      );
      const c = crystals.NTT.encode(SampleInBall(cTilde));
      const zNtt = z.map((i) => i.slice());
      for (let i = 0; i < L; i++)
        crystals.NTT.encode(zNtt[i]);
      const wTick1 = [];
      const xof = XOF1282(rho);
      for (let i = 0; i < K; i++) {
        const ct12d = MultiplyNTTs(crystals.NTT.encode(polyShiftl(t1[i])), c);
        const Az = newPoly(N);
        for (let j = 0; j < L; j++) {
          const aij = RejNTTPoly(xof.get(j, i));
          polyAdd(Az, MultiplyNTTs(aij, zNtt[j]));
        }
        const wApprox = crystals.NTT.decode(polySub(Az, ct12d));
        wTick1.push(polyUseHint(wApprox, h[i]));
      }
      xof.clean();
      const c2 = shake256.create({ dkLen: C_TILDE_BYTES }).update(mu).update(W1Vec.encode(wTick1)).digest();
      for (const t of h) {
        const sum = t.reduce((acc, i) => acc + i, 0);
        if (!(sum <= OMEGA))
          return false;
      }
      for (const t of z)
        if (polyChknorm(t, GAMMA1 - BETA))
          return false;
      return equalBytes(cTilde, c2);
    }
  });
  return Object.freeze({
    info: Object.freeze({ type: "ml-dsa" }),
    internal,
    securityLevel,
    keygen: internal.keygen,
    lengths: internal.lengths,
    getPublicKey: internal.getPublicKey,
    sign: (msg, secretKey2, opts3 = {}) => {
      opts3 = validateSigOpts(opts3);
      const M = getMessage(msg, opts3.context);
      const res = internal.sign(M, secretKey2, {
        extraEntropy: opts3.extraEntropy,
        externalMu: false
      });
      cleanBytes(M);
      return res;
    },
    verify: (sig, msg, publicKey6, opts3 = {}) => {
      opts3 = validateVerOpts(opts3);
      abytesDoc(sig, void 0, "signature");
      return internal.verify(sig, getMessage(msg, opts3.context), publicKey6, { externalMu: false });
    },
    prehash: (hash) => {
      checkHash(hash, securityLevel);
      const rawHash = hash;
      return Object.freeze({
        info: Object.freeze({ type: "hashml-dsa" }),
        securityLevel,
        lengths: internal.lengths,
        keygen: internal.keygen,
        getPublicKey: internal.getPublicKey,
        sign: (msg, secretKey2, opts3 = {}) => {
          opts3 = validateSigOpts(opts3);
          const M = getMessagePrehash(rawHash, msg, opts3.context);
          const res = internal.sign(M, secretKey2, {
            extraEntropy: opts3.extraEntropy,
            externalMu: false
          });
          cleanBytes(M);
          return res;
        },
        verify: (sig, msg, publicKey6, opts3 = {}) => {
          opts3 = validateVerOpts(opts3);
          abytesDoc(sig, void 0, "signature");
          return internal.verify(sig, getMessagePrehash(rawHash, msg, opts3.context), publicKey6, {
            externalMu: false
          });
        }
      });
    }
  });
}
var ml_dsa65 = /* @__PURE__ */ (() => getDilithium({
  ...PARAMS[3],
  CRH_BYTES: 64,
  TR_BYTES: 64,
  C_TILDE_BYTES: 48,
  XOF128,
  XOF256,
  securityLevel: 192
}))();

// src/crypto/mldsa.ts
var PUBLIC_KEY_LENGTH = 1952;
var SIGNATURE_LENGTH = 3309;
function publicKey4(seed) {
  abytes(seed, 32, "seed");
  const { publicKey: pub, secretKey: secretKey2 } = ml_dsa65.keygen(seed);
  clean(secretKey2);
  return pub;
}
function sign3(seed, message) {
  abytes(seed, 32, "seed");
  abytes(message, void 0, "message");
  const { publicKey: pub, secretKey: secretKey2 } = ml_dsa65.keygen(seed);
  try {
    return ml_dsa65.sign(message, secretKey2);
  } finally {
    clean(secretKey2, pub);
  }
}
function verify3(pub, message, signature) {
  abytes(message, void 0, "message");
  if (!(pub instanceof Uint8Array) || pub.length !== PUBLIC_KEY_LENGTH) return false;
  if (!(signature instanceof Uint8Array) || signature.length !== SIGNATURE_LENGTH) return false;
  try {
    return ml_dsa65.verify(signature, message, pub);
  } catch {
    return false;
  }
}

// src/crypto/algorithms.ts
var ALGORITHMS = ["secp256k1", "ed25519", "bls12-381", "ml-dsa-65"];
var THRESHOLD_ALGORITHMS = ["frost-ed25519", "frost-secp256k1-tr", "frost-secp256k1"];
var isThresholdAlgorithm = (name) => THRESHOLD_ALGORITHMS.includes(name);
var thresholdOnly = () => {
  throw new CustosError("E_UNSUPPORTED", "threshold keys are generated by a DKG and sign through their parties, never with a local secret");
};
function input(value, field2, length) {
  if (!(value instanceof Uint8Array)) throw badInput(`${field2}: expected bytes`, { field: field2 });
  if (length !== void 0 && value.length !== length) {
    throw badInput(`${field2}: expected ${length} bytes, got ${value.length}`, { field: field2 });
  }
  return value;
}
var SPECS = {
  secp256k1: {
    name: "secp256k1",
    isValidSecret,
    publicKey: publicKey2,
    defaultScheme: "ecdsa",
    schemes: {
      // SEC1 §4.1 ECDSA over a caller-supplied digest, RFC 6979 nonces, low-s.
      ecdsa: { messageLength: 32, sign: (sk, m) => ecdsaSign(sk, m), verify: ecdsaVerify },
      // BIP340 Schnorr; verify takes the 32-byte x-only key or the 33-byte compressed key.
      bip340: { sign: schnorrSign, verify: schnorrVerify },
      "bip340-taproot": {
        messageLength: 32,
        sign: schnorrSignTaprootKeyPath,
        verify: (pub, m, sig) => schnorrVerify(taprootOutputKey(pub), m, sig)
      }
    }
  },
  ed25519: {
    name: "ed25519",
    isValidSecret: (s) => s.length === 32,
    // RFC 8032: any 32-byte seed is a key
    publicKey,
    defaultScheme: "eddsa",
    schemes: { eddsa: { sign: (sk, m) => sign(sk, m), verify } }
  },
  "bls12-381": {
    name: "bls12-381",
    isValidSecret: isValidSecret2,
    publicKey: publicKey3,
    defaultScheme: "bls-pop",
    schemes: { "bls-pop": { sign: (sk, m) => sign2(sk, m), verify: verify2 } }
  },
  "ml-dsa-65": {
    name: "ml-dsa-65",
    isValidSecret: (s) => s.length === 32,
    // FIPS 204 Alg. 1: any 32-byte seed
    publicKey: publicKey4,
    defaultScheme: "ml-dsa",
    schemes: { "ml-dsa": { sign: (sk, m) => sign3(sk, m), verify: verify3 } }
  },
  // Threshold keys: the public key is the FROST group key; signatures are standard for the scheme.
  "frost-ed25519": {
    name: "frost-ed25519",
    threshold: true,
    isValidSecret: () => false,
    publicKey: thresholdOnly,
    defaultScheme: "eddsa",
    schemes: { eddsa: { sign: thresholdOnly, verify } }
  },
  "frost-secp256k1-tr": {
    name: "frost-secp256k1-tr",
    threshold: true,
    isValidSecret: () => false,
    publicKey: thresholdOnly,
    defaultScheme: "bip340",
    // The group key is already the BIP-86 Taproot output key: BIP340 over a sighash, never tweaked again.
    schemes: { bip340: { sign: thresholdOnly, verify: schnorrVerify } }
  },
  "frost-secp256k1": {
    name: "frost-secp256k1",
    threshold: true,
    isValidSecret: () => false,
    publicKey: thresholdOnly,
    defaultScheme: "frost",
    schemes: { frost: { sign: thresholdOnly, verify: (pub, m, sig) => secp256k1_FROST.verify(sig, m, pub) } }
  }
};
function makeImpl(spec) {
  const schemes = Object.keys(spec.schemes);
  const validateSecret = (secret) => {
    input(secret, "secret", 32);
    if (!spec.isValidSecret(secret)) {
      throw badInput(`secret: not a valid ${spec.name} key`, { field: "secret", algorithm: spec.name });
    }
  };
  const schemeOps = (opts2) => {
    if (opts2 !== void 0 && (typeof opts2 !== "object" || opts2 === null)) throw badInput("options: expected an object");
    const scheme = opts2?.scheme ?? spec.defaultScheme;
    const ops = spec.schemes[scheme];
    if (!ops) {
      throw new CustosError("E_UNSUPPORTED", `scheme "${String(scheme).slice(0, 64)}" is not supported by ${spec.name} (supported: ${schemes.join(", ")})`, {
        algorithm: spec.name,
        scheme,
        supported: schemes
      });
    }
    return { scheme, ops };
  };
  const message = (value, ops, scheme) => {
    const m = input(value, "message");
    if (ops.messageLength !== void 0 && m.length !== ops.messageLength) {
      throw badInput(`message: ${scheme} signs a ${ops.messageLength}-byte digest, got ${m.length} bytes`, {
        field: "message"
      });
    }
    return m;
  };
  return Object.freeze({
    name: spec.name,
    defaultScheme: spec.defaultScheme,
    schemes: Object.freeze(schemes),
    generate() {
      if (spec.threshold) thresholdOnly();
      for (; ; ) {
        const candidate = Uint8Array.from(randomBytes4(32));
        if (spec.isValidSecret(candidate)) return candidate;
        clean(candidate);
      }
    },
    validateSecret,
    publicKey(secret) {
      validateSecret(secret);
      return spec.publicKey(secret);
    },
    sign(secret, msg, opts2) {
      const { scheme, ops } = schemeOps(opts2);
      validateSecret(secret);
      const m = message(msg, ops, scheme);
      let aux;
      if (opts2?.auxRand !== void 0) {
        if (scheme !== "bip340" && scheme !== "bip340-taproot") throw badInput(`auxRand: not used by ${scheme}`, { field: "auxRand" });
        aux = input(opts2.auxRand, "auxRand", 32);
      }
      return ops.sign(secret, m, aux);
    },
    verify(pub, msg, sig, opts2) {
      const { scheme, ops } = schemeOps(opts2);
      const m = message(msg, ops, scheme);
      input(pub, "publicKey");
      input(sig, "signature");
      try {
        return ops.verify(pub, m, sig);
      } catch {
        return false;
      }
    }
  });
}
var IMPLS = {
  secp256k1: makeImpl(SPECS.secp256k1),
  ed25519: makeImpl(SPECS.ed25519),
  "bls12-381": makeImpl(SPECS["bls12-381"]),
  "ml-dsa-65": makeImpl(SPECS["ml-dsa-65"]),
  "frost-ed25519": makeImpl(SPECS["frost-ed25519"]),
  "frost-secp256k1-tr": makeImpl(SPECS["frost-secp256k1-tr"]),
  "frost-secp256k1": makeImpl(SPECS["frost-secp256k1"])
};
function isAlgorithm(s) {
  return ALGORITHMS.includes(s) || isThresholdAlgorithm(s);
}
function getAlgorithm(name) {
  if (typeof name !== "string" || !isAlgorithm(name)) {
    throw new CustosError(
      "E_UNSUPPORTED",
      `unknown algorithm "${String(name).slice(0, 64)}" (supported: ${[...ALGORITHMS, ...THRESHOLD_ALGORITHMS].join(", ")})`,
      {
        algorithm: name,
        supported: [...ALGORITHMS, ...THRESHOLD_ALGORITHMS]
      }
    );
  }
  return IMPLS[name];
}

// node_modules/@scure/bip32/index.js
var Point = /* @__PURE__ */ (() => secp256k1.Point)();
var Fn = /* @__PURE__ */ (() => Point.Fn)();
var base58check = /* @__PURE__ */ createBase58check(sha256);
var MASTER_SECRET = /* @__PURE__ */ (() => {
  return Uint8Array.from("Bitcoin seed".split(""), (char) => char.charCodeAt(0));
})();
var BITCOIN_VERSIONS = { private: 76066276, public: 76067358 };
var HARDENED_OFFSET = 2147483648;
var MAX_DEPTH = 255;
var hash160 = (data) => ripemd160(sha256(data));
var fromU32 = (data) => createView(data).getUint32(0, false);
var toU32 = (n, title = "number") => {
  if (typeof n !== "number")
    throw new TypeError(`"${title}" expected number, got type=${typeof n}`);
  if (!Number.isSafeInteger(n) || n < 0 || n > 2 ** 32 - 1)
    throw new RangeError(`"${title}" expected integer in range 0..2**32-1, got ${n}`);
  const buf = new Uint8Array(4);
  createView(buf).setUint32(0, n, false);
  return buf;
};
var validateVersions = (versions, title = "versions") => {
  if (!(typeof versions === "object" && versions !== null))
    throw new Error("versions must be an object");
  toU32(versions.private, `${title}.private`);
  toU32(versions.public, `${title}.public`);
  return versions;
};
var HDKey = class _HDKey {
  get fingerprint() {
    if (!this._pubHash) {
      throw new Error("No publicKey set!");
    }
    return fromU32(this._pubHash);
  }
  get identifier() {
    return this._pubHash ? Uint8Array.from(this._pubHash) : void 0;
  }
  get pubKeyHash() {
    return this._pubHash ? Uint8Array.from(this._pubHash) : void 0;
  }
  get privateKey() {
    return this._privateKey ? Uint8Array.from(this._privateKey) : null;
  }
  get publicKey() {
    return this._publicKey ? Uint8Array.from(this._publicKey) : null;
  }
  get chainCode() {
    return this._chainCode ? Uint8Array.from(this._chainCode) : null;
  }
  get privateExtendedKey() {
    const priv = this._privateKey;
    if (!priv) {
      throw new Error("No private key");
    }
    return base58check.encode(this.serialize(this.versions.private, concatBytes2(Uint8Array.of(0), priv)));
  }
  get publicExtendedKey() {
    if (!this._publicKey) {
      throw new Error("No public key");
    }
    return base58check.encode(this.serialize(this.versions.public, this._publicKey));
  }
  static fromMasterSeed(seed, versions = BITCOIN_VERSIONS) {
    abytes2(seed);
    versions = validateVersions(versions);
    if (8 * seed.length < 128 || 8 * seed.length > 512) {
      throw new RangeError("HDKey: seed length must be between 128 and 512 bits; 256 bits is advised, got " + seed.length);
    }
    const I = hmac(sha512, MASTER_SECRET, seed);
    const privateKey2 = I.slice(0, 32);
    const chainCode = I.slice(32);
    return new _HDKey({ versions, chainCode, privateKey: privateKey2 });
  }
  static fromExtendedKey(base58key, versions = BITCOIN_VERSIONS) {
    versions = validateVersions(versions);
    const keyBuffer = base58check.decode(base58key);
    if (keyBuffer.length !== 78) {
      throw new Error(`HDKey: invalid extended key length: expected 78 bytes, got ${keyBuffer.length}`);
    }
    const keyView = createView(keyBuffer);
    const version = keyView.getUint32(0, false);
    const opt = {
      versions,
      depth: keyBuffer[4],
      parentFingerprint: keyView.getUint32(5, false),
      index: keyView.getUint32(9, false),
      chainCode: keyBuffer.slice(13, 45)
    };
    const key = keyBuffer.slice(45);
    const isPriv = key[0] === 0;
    if (version !== versions[isPriv ? "private" : "public"]) {
      throw new Error("Version mismatch");
    }
    if (isPriv) {
      return new _HDKey({ ...opt, privateKey: key.slice(1) });
    } else {
      return new _HDKey({ ...opt, publicKey: key });
    }
  }
  static fromJSON(json) {
    return _HDKey.fromExtendedKey("xpriv" in json ? json.xpriv : json.xpub);
  }
  versions;
  depth = 0;
  index = 0;
  parentFingerprint = 0;
  _chainCode = null;
  _privateKey;
  _publicKey;
  _pubHash;
  constructor(opt) {
    if (!opt || typeof opt !== "object") {
      throw new Error("HDKey.constructor must not be called directly");
    }
    const depth = opt.depth ?? 0;
    const index = opt.index ?? 0;
    const parentFingerprint = opt.parentFingerprint ?? 0;
    if (!Number.isSafeInteger(depth) || depth < 0 || depth > MAX_DEPTH) {
      throw new RangeError("HDKey: depth must be an integer in range 0..255");
    }
    toU32(index, "index");
    toU32(parentFingerprint, "parentFingerprint");
    if (depth === 0 && (index !== 0 || parentFingerprint !== 0)) {
      throw new Error("HDKey: zero depth with non-zero index/parent fingerprint");
    }
    this.versions = opt.versions ? validateVersions(opt.versions) : BITCOIN_VERSIONS;
    this.depth = depth;
    if (opt.chainCode)
      abytes2(opt.chainCode, 32);
    this._chainCode = opt.chainCode ? Uint8Array.from(opt.chainCode) : null;
    this.index = index;
    this.parentFingerprint = parentFingerprint;
    if (opt.publicKey && opt.privateKey) {
      throw new Error("HDKey: publicKey and privateKey at same time.");
    }
    if (opt.privateKey) {
      if (!secp256k1.utils.isValidSecretKey(opt.privateKey))
        throw new Error("Invalid private key");
      this._privateKey = Uint8Array.from(opt.privateKey);
      this._publicKey = secp256k1.getPublicKey(this._privateKey, true);
    } else if (opt.publicKey) {
      this._publicKey = Point.fromBytes(opt.publicKey).toBytes(true);
    } else {
      throw new Error("HDKey: no public or private key provided");
    }
    this._pubHash = hash160(this._publicKey);
  }
  derive(path) {
    if (!/^[mM]'?/.test(path)) {
      throw new Error('Path must start with "m" or "M"');
    }
    if (/^[mM]'?$/.test(path)) {
      return this;
    }
    const parts = path.replace(/^[mM]'?\//, "").split("/");
    if (parts.length > MAX_DEPTH - this.depth) {
      throw new Error("HDKey: path exceeds the serializable depth 255");
    }
    let child = this;
    for (const c of parts) {
      const m = /^(\d+)('?)$/.exec(c);
      const m1 = m && m[1];
      if (!m || m.length !== 3 || typeof m1 !== "string")
        throw new Error("invalid child index: " + c);
      let idx = +m1;
      if (!Number.isSafeInteger(idx) || idx >= HARDENED_OFFSET) {
        throw new Error("Invalid index");
      }
      if (m[2] === "'") {
        idx += HARDENED_OFFSET;
      }
      child = child.deriveChild(idx);
    }
    return child;
  }
  deriveChild(index) {
    return this._deriveChild(index);
  }
  /** Test-only implementation seam. Production callers must use deriveChild(). */
  _deriveChild(index, _I) {
    if (!this._publicKey || !this._chainCode) {
      throw new Error("No publicKey or chainCode set");
    }
    let data = toU32(index, "index");
    if (index >= HARDENED_OFFSET) {
      const priv = this._privateKey;
      if (!priv) {
        throw new Error("Could not derive hardened child key");
      }
      data = concatBytes2(Uint8Array.of(0), priv, data);
    } else {
      data = concatBytes2(this._publicKey, data);
    }
    const out = _I || hmac(sha512, this._chainCode, data);
    abytes2(out, 64);
    const childTweak = out.slice(0, 32);
    const chainCode = out.slice(32);
    const opt = {
      versions: this.versions,
      chainCode,
      depth: this.depth + 1,
      parentFingerprint: this.fingerprint,
      index
    };
    if (opt.depth > MAX_DEPTH) {
      throw new Error("HDKey: depth exceeds the serializable value 255");
    }
    const retry = () => {
      const maxIndex = this._privateKey ? 2 ** 32 - 1 : HARDENED_OFFSET - 1;
      if (index >= maxIndex) {
        throw new Error(`HDKey: cannot retry child derivation at index ${index}`);
      }
      return this.deriveChild(index + 1);
    };
    const ctweak = Fn.fromBytes(childTweak, true);
    if (!Fn.isValid(ctweak))
      return retry();
    if (this._privateKey) {
      const added = Fn.create(Fn.fromBytes(this._privateKey) + ctweak);
      if (!Fn.isValidNot0(added))
        return retry();
      opt.privateKey = Fn.toBytes(added);
    } else {
      const point = Point.fromBytes(this._publicKey);
      const added = ctweak === 0n ? point : point.add(Point.BASE.multiply(ctweak));
      if (added.equals(Point.ZERO))
        return retry();
      opt.publicKey = added.toBytes(true);
    }
    return new _HDKey(opt);
  }
  sign(hash) {
    if (!this._privateKey) {
      throw new Error("No privateKey set!");
    }
    abytes2(hash, 32);
    return secp256k1.sign(hash, this._privateKey, { prehash: false });
  }
  verify(hash, signature) {
    abytes2(hash, 32);
    abytes2(signature, 64);
    if (!this._publicKey) {
      throw new Error("No publicKey set!");
    }
    return secp256k1.verify(signature, hash, this._publicKey, { prehash: false });
  }
  wipePrivateData() {
    if (this._privateKey) {
      this._privateKey.fill(0);
      this._privateKey = void 0;
    }
    return this;
  }
  // TODO(v3): Make automatic JSON serialization public-only so JSON.stringify cannot expose xpriv.
  toJSON() {
    return this.toPrivateJSON();
  }
  /**
   * Explicitly exports private key material. Treat the returned value as a secret.
   */
  toPrivateJSON() {
    return {
      xpriv: this.privateExtendedKey,
      xpub: this.publicExtendedKey
    };
  }
  serialize(version, key) {
    if (!this._chainCode) {
      throw new Error("No chainCode set");
    }
    abytes2(key, 33);
    return concatBytes2(toU32(version, "version"), new Uint8Array([this.depth]), toU32(this.parentFingerprint, "parentFingerprint"), toU32(this.index, "index"), this._chainCode, key);
  }
};

// node_modules/@noble/curves/abstract/edwards.js
var _0n = /* @__PURE__ */ BigInt(0);
var _1n = /* @__PURE__ */ BigInt(1);
var _2n = /* @__PURE__ */ BigInt(2);
var _4n = /* @__PURE__ */ BigInt(4);
var _8n = /* @__PURE__ */ BigInt(8);
function isEdValidXY(Fp3, CURVE, x, y) {
  const x2 = Fp3.sqr(x);
  const y2 = Fp3.sqr(y);
  const left = Fp3.add(Fp3.mul(CURVE.a, x2), y2);
  const right = Fp3.add(Fp3.ONE, Fp3.mul(CURVE.d, Fp3.mul(x2, y2)));
  return Fp3.eql(left, right);
}
function edwards(params, extraOpts = {}) {
  validateObject(extraOpts, {}, {}, "extraOpts");
  const opts2 = extraOpts;
  const validated = createCurveFields("edwards", params, opts2, opts2.FpFnLE);
  const { Fp: Fp3, Fn: Fn2 } = validated;
  let CURVE = validated.CURVE;
  const { h: cofactor } = CURVE;
  if (FpLegendre(Fp3, CURVE.a) !== 1)
    throw new Error("edwards: CURVE.a must be a square in Fp for complete addition formulas");
  if (FpLegendre(Fp3, CURVE.d) !== -1)
    throw new Error("edwards: CURVE.d must be a non-square in Fp for complete addition formulas");
  validateObject(opts2, {}, { uvRatio: "function", randomBytes: "function" });
  const randomBytes7 = opts2.randomBytes === void 0 ? randomBytes2 : opts2.randomBytes;
  const MASK = _2n << BigInt(Fp3.BYTES * 8) - _1n;
  function isOdd(n) {
    if (!Fp3.isOdd)
      throw new Error("Field does not have .isOdd()");
    return Fp3.isOdd(n);
  }
  const uvRatio2 = opts2.uvRatio === void 0 ? (u, v) => {
    try {
      return { isValid: true, value: Fp3.sqrt(Fp3.div(u, v)) };
    } catch (e) {
      return { isValid: false, value: _0n };
    }
  } : opts2.uvRatio;
  if (!isEdValidXY(Fp3, CURVE, CURVE.Gx, CURVE.Gy))
    throw new Error("bad curve params: generator point");
  const mulA = Fp3.eql(CURVE.a, Fp3.neg(Fp3.ONE)) ? (x) => Fp3.neg(x) : Fp3.eql(CURVE.a, Fp3.ONE) ? (x) => x : (x) => Fp3.mul(CURVE.a, x);
  function acoord(title, n, banZero = false) {
    const min = banZero ? _1n : _0n;
    aInRange("coordinate " + title, n, min, MASK);
    return n;
  }
  function aedpoint(other) {
    if (!(other instanceof Point2))
      throw new Error("EdwardsPoint expected");
  }
  class Point2 {
    static BASE = new Point2(CURVE.Gx, CURVE.Gy, Fp3.ONE, Fp3.mul(CURVE.Gx, CURVE.Gy));
    static ZERO = new Point2(Fp3.ZERO, Fp3.ONE, Fp3.ONE, Fp3.ZERO);
    static Fp = Fp3;
    static Fn = Fn2;
    X;
    Y;
    Z;
    T;
    constructor(X, Y, Z, T) {
      this.X = acoord("x", X);
      this.Y = acoord("y", Y);
      this.Z = acoord("z", Z, true);
      this.T = acoord("t", T);
      Object.freeze(this);
    }
    static CURVE() {
      return CURVE;
    }
    /**
     * Create one extended Edwards point from affine coordinates.
     * Does NOT validate that the point is on-curve or torsion-free.
     * Use `.assertValidity()` on adversarial inputs.
     */
    static fromAffine(p) {
      if (p instanceof Point2)
        throw new Error("extended point not allowed");
      const { x, y } = p || {};
      acoord("x", x);
      acoord("y", y);
      return new Point2(x, y, Fp3.ONE, Fp3.mul(x, y));
    }
    // Uses algo from RFC8032 5.1.3.
    static fromBytes(bytes, zip215 = false) {
      const len = Fp3.BYTES;
      const { a, d } = CURVE;
      bytes = copyBytes2(abytes3(bytes, len, "point"));
      abool(zip215, "zip215");
      const normed = copyBytes2(bytes);
      const lastByte = bytes[len - 1];
      normed[len - 1] = lastByte & ~128;
      const y = bytesToNumberLE(normed);
      const max = zip215 ? MASK : Fp3.ORDER;
      aInRange("point.y", y, _0n, max);
      const y2 = Fp3.sqr(y);
      const u = Fp3.sub(y2, Fp3.ONE);
      const v = Fp3.sub(Fp3.mulN(d, y2), a);
      let { isValid, value: x } = uvRatio2(u, v);
      if (!isValid)
        throw new Error("bad point: invalid y coordinate");
      const isXOdd = isOdd(x);
      const isLastByteOdd = (lastByte & 128) !== 0;
      if (!zip215 && Fp3.is0(x) && isLastByteOdd)
        throw new Error("bad point: x=0 and x_0=1");
      if (isLastByteOdd !== isXOdd)
        x = Fp3.neg(x);
      return Point2.fromAffine({ x, y });
    }
    static fromHex(hex, zip215 = false) {
      return Point2.fromBytes(hexToBytes(hex), zip215);
    }
    get x() {
      return this.toAffine().x;
    }
    get y() {
      return this.toAffine().y;
    }
    precompute(windowSize = 6, isLazy = true) {
      wnaf.setWindowSize(this, windowSize);
      if (!isLazy)
        this.multiply(_2n);
      return this;
    }
    // Useful in fromAffine() - not for fromBytes(), which always created valid points.
    assertValidity() {
      const p = this;
      const { a, d } = CURVE;
      if (p.is0())
        throw new Error("bad point: ZERO");
      const { X, Y, Z, T } = p;
      const X2 = Fp3.sqr(X);
      const Y2 = Fp3.sqr(Y);
      const Z2 = Fp3.sqr(Z);
      const Z4 = Fp3.sqr(Z2);
      const aX2 = Fp3.mul(X2, a);
      const left = Fp3.mul(Fp3.add(aX2, Y2), Z2);
      const right = Fp3.add(Z4, Fp3.mul(d, Fp3.mul(X2, Y2)));
      if (!Fp3.eql(left, right))
        throw new Error("bad point: equation left != right (1)");
      const XY = Fp3.mul(X, Y);
      const ZT = Fp3.mul(Z, T);
      if (!Fp3.eql(XY, ZT))
        throw new Error("bad point: equation left != right (2)");
    }
    // Compare one point to another.
    equals(other) {
      aedpoint(other);
      const { X: X1, Y: Y1, Z: Z1 } = this;
      const { X: X2, Y: Y2, Z: Z2 } = other;
      const X1Z2 = Fp3.mul(X1, Z2);
      const X2Z1 = Fp3.mul(X2, Z1);
      const Y1Z2 = Fp3.mul(Y1, Z2);
      const Y2Z1 = Fp3.mul(Y2, Z1);
      return Fp3.eql(X1Z2, X2Z1) && Fp3.eql(Y1Z2, Y2Z1);
    }
    is0() {
      return this.equals(Point2.ZERO);
    }
    negate() {
      return new Point2(Fp3.neg(this.X), this.Y, this.Z, Fp3.neg(this.T));
    }
    // Fast algo for doubling Extended Point.
    // https://hyperelliptic.org/EFD/g1p/auto-twisted-extended.html#doubling-dbl-2008-hwcd
    // Cost: 4M + 4S + 1*a + 6add + 1*2.
    double() {
      const { X: X1, Y: Y1, Z: Z1 } = this;
      const A = Fp3.sqr(X1);
      const B = Fp3.sqr(Y1);
      const C = Fp3.mul(Fp3.sqr(Z1), _2n);
      const D2 = mulA(A);
      const x1y1 = Fp3.addN(X1, Y1);
      const E = Fp3.sub(Fp3.subN(Fp3.sqr(x1y1), A), B);
      const G = Fp3.addN(D2, B);
      const F3 = Fp3.subN(G, C);
      const H = Fp3.subN(D2, B);
      const X3 = Fp3.mul(E, F3);
      const Y3 = Fp3.mul(G, H);
      const T3 = Fp3.mul(E, H);
      const Z3 = Fp3.mul(F3, G);
      return new Point2(X3, Y3, Z3, T3);
    }
    // Fast algo for adding 2 Extended Points.
    // https://hyperelliptic.org/EFD/g1p/auto-twisted-extended.html#addition-add-2008-hwcd
    // Cost: 9M + 1*a + 1*d + 7add.
    add(other) {
      aedpoint(other);
      const { d } = CURVE;
      const { X: X1, Y: Y1, Z: Z1, T: T1 } = this;
      const { X: X2, Y: Y2, Z: Z2, T: T2 } = other;
      const A = Fp3.mul(X1, X2);
      const B = Fp3.mul(Y1, Y2);
      const C = Fp3.mul(Fp3.mulN(T1, d), T2);
      const D2 = Fp3.mul(Z1, Z2);
      const E = Fp3.sub(Fp3.subN(Fp3.mulN(Fp3.addN(X1, Y1), Fp3.addN(X2, Y2)), A), B);
      const F3 = Fp3.subN(D2, C);
      const G = Fp3.addN(D2, C);
      const H = Fp3.sub(B, mulA(A));
      const X3 = Fp3.mul(E, F3);
      const Y3 = Fp3.mul(G, H);
      const T3 = Fp3.mul(E, H);
      const Z3 = Fp3.mul(F3, G);
      return new Point2(X3, Y3, Z3, T3);
    }
    subtract(other) {
      aedpoint(other);
      return this.add(other.negate());
    }
    // Constant-time multiplication.
    multiply(scalar) {
      if (!Fn2.isValidNot0(scalar))
        throw new RangeError("invalid scalar: expected 1 <= sc < curve.n");
      const { p, f } = wnaf.mulSecret(this, scalar, cofactor, normalize);
      return normalize([p, f])[0];
    }
    // Non-constant-time multiplication. Uses double-and-add algorithm.
    // It's faster, but should only be used when you don't care about
    // an exposed private key e.g. sig verification.
    // Keeps the same subgroup-scalar contract: 0 is allowed for public-scalar callers, but
    // n and larger values are rejected instead of being reduced mod n to the identity point.
    multiplyUnsafe(scalar) {
      if (!Fn2.isValid(scalar))
        throw new RangeError("invalid scalar: expected 0 <= sc < curve.n");
      if (scalar === _0n)
        return Point2.ZERO;
      if (this.is0() || scalar === _1n)
        return this;
      return wnaf.mulUnsafe(this, scalar, normalize);
    }
    // Checks if point is of small order.
    // If you add something to small order point, you will have "dirty"
    // point with torsion component.
    // Clears cofactor and checks if the result is 0.
    isSmallOrder() {
      return this.clearCofactor().is0();
    }
    // Multiplies point by curve order and checks if the result is 0.
    // Returns `false` is the point is dirty.
    isTorsionFree() {
      return wnaf.mulUnsafe(this, CURVE.n).is0();
    }
    // Converts Extended point to default (x, y) coordinates.
    // Can accept precomputed Z^-1 - for example, from invertBatch.
    toAffine(invertedZ) {
      const p = this;
      let iz = invertedZ;
      if (iz != null && typeof iz !== "bigint")
        throw new TypeError('"invertedZ" expected bigint, got type=' + typeof iz);
      const { X, Y, Z } = p;
      const is0 = p.is0();
      if (iz == null)
        iz = is0 ? Fp3.create(_8n) : Fp3.inv(Z);
      const x = Fp3.mul(X, iz);
      const y = Fp3.mul(Y, iz);
      const zz = Fp3.mul(Z, iz);
      if (is0)
        return { x: Fp3.ZERO, y: Fp3.ONE };
      if (!Fp3.eql(zz, Fp3.ONE))
        throw new Error("invZ was invalid");
      return { x, y };
    }
    clearCofactor() {
      if (cofactor === _1n)
        return this;
      if (cofactor === _2n)
        return this.double();
      if (cofactor === _4n)
        return this.double().double();
      if (cofactor === _8n)
        return this.double().double().double();
      return this.multiplyUnsafe(cofactor);
    }
    toBytes() {
      const { x, y } = this.toAffine();
      const bytes = Fp3.toBytes(y);
      bytes[bytes.length - 1] |= isOdd(x) ? 128 : 0;
      return bytes;
    }
    toHex() {
      return bytesToHex2(this.toBytes());
    }
    toString() {
      return `<Point ${this.is0() ? "ZERO" : this.toHex()}>`;
    }
  }
  const normalize = (points) => normalizeZ(Point2, points);
  const wnaf = new ScalarMultiplier(Point2, randomBytes7);
  if (wnaf.bits >= 6)
    Point2.BASE.precompute(6);
  Object.freeze(Point2.prototype);
  Object.freeze(Point2);
  return Point2;
}
function eddsa(Point2, cHash, eddsaOpts = {}) {
  validatePointCons(Point2);
  if (typeof cHash !== "function")
    throw new Error('"hash" function param is required');
  const hash = cHash;
  const opts2 = eddsaOpts;
  validateObject(opts2, {}, {
    adjustScalarBytes: "function",
    randomBytes: "function",
    domain: "function",
    prehash: "function",
    zip215: "boolean",
    mapToCurve: "function",
    toMontgomery: "function",
    toMontgomerySecret: "function"
  });
  const { prehash } = opts2;
  const { BASE, Fp: Fp3, Fn: Fn2 } = Point2;
  const outputLen = hash.outputLen;
  const expectedLen = 2 * Fp3.BYTES;
  if (outputLen !== void 0) {
    asafenumber(outputLen, "hash.outputLen");
    if (outputLen !== expectedLen)
      throw new Error(`hash.outputLen must be ${expectedLen}, got ${outputLen}`);
  }
  const randomBytes7 = opts2.randomBytes === void 0 ? randomBytes2 : opts2.randomBytes;
  const toMontgomery2 = opts2.toMontgomery;
  const toMontgomerySecret2 = opts2.toMontgomerySecret;
  const adjustScalarBytes2 = opts2.adjustScalarBytes === void 0 ? (bytes) => bytes : opts2.adjustScalarBytes;
  const domain = opts2.domain === void 0 ? (data, ctx, phflag) => {
    abool(phflag, "phflag");
    if (ctx.length || phflag)
      throw new Error("Contexts/pre-hash are not supported");
    return data;
  } : opts2.domain;
  function modN_LE(hash2) {
    return Fn2.create(bytesToNumberLE(hash2));
  }
  function getPrivateScalar(key) {
    const len = lengths.secretKey;
    abytes3(key, lengths.secretKey, "secretKey");
    const hashed = abytes3(hash(key), 2 * len, "hashedSecretKey");
    const head = adjustScalarBytes2(hashed.slice(0, len));
    const prefix = hashed.slice(len, 2 * len);
    const scalar = modN_LE(head);
    return { head, prefix, scalar };
  }
  function getExtendedPublicKey(secretKey2) {
    const { head, prefix, scalar } = getPrivateScalar(secretKey2);
    const point = BASE.multiply(scalar);
    const pointBytes = point.toBytes();
    return { head, prefix, scalar, point, pointBytes };
  }
  function getPublicKey(secretKey2) {
    return getExtendedPublicKey(secretKey2).pointBytes;
  }
  function hashDomainToScalar(context = Uint8Array.of(), ...msgs) {
    const msg = concatBytes3(...msgs);
    return modN_LE(hash(domain(msg, abytes3(context, void 0, "context"), !!prehash)));
  }
  function sign7(msg, secretKey2, options = {}) {
    validateObject(options, {}, {}, "options");
    msg = copyBytes2(abytes3(msg, void 0, "message"));
    if (prehash)
      msg = prehash(msg);
    const { prefix, scalar, pointBytes } = getExtendedPublicKey(secretKey2);
    const r = hashDomainToScalar(options.context, prefix, msg);
    const R = BASE.multiply(r).toBytes();
    const k = hashDomainToScalar(options.context, R, pointBytes, msg);
    const s = Fn2.create(r + k * scalar);
    if (!Fn2.isValid(s))
      throw new Error("sign failed: invalid s");
    const rs = concatBytes3(R, Fn2.toBytes(s));
    return abytes3(rs, lengths.signature, "result");
  }
  const verifyOpts = {
    zip215: opts2.zip215
  };
  function verify7(sig, msg, publicKey6, options = verifyOpts) {
    validateObject(options);
    const { context } = options;
    const zip215 = options.zip215 === void 0 ? !!verifyOpts.zip215 : options.zip215;
    const len = lengths.signature;
    sig = abytes3(sig, len, "signature");
    msg = abytes3(msg, void 0, "message");
    publicKey6 = abytes3(publicKey6, lengths.publicKey, "publicKey");
    if (zip215 !== void 0)
      abool(zip215, "zip215");
    if (prehash)
      msg = prehash(msg);
    const mid = len / 2;
    const r = sig.subarray(0, mid);
    const s = bytesToNumberLE(sig.subarray(mid, len));
    let A, R, SB;
    try {
      A = Point2.fromBytes(publicKey6, zip215);
      R = Point2.fromBytes(r, zip215);
      SB = BASE.multiplyUnsafe(s);
    } catch (error) {
      return false;
    }
    if (!zip215 && A.isSmallOrder())
      return false;
    const k = hashDomainToScalar(context, r, publicKey6, msg);
    const RkA = R.add(A.multiplyUnsafe(k));
    return RkA.subtract(SB).clearCofactor().is0();
  }
  const _size = Fp3.BYTES;
  const lengths = {
    secretKey: _size,
    publicKey: _size,
    signature: 2 * _size,
    seed: _size
  };
  function randomSecretKey(seed) {
    seed = seed === void 0 ? randomBytes7(lengths.seed) : seed;
    return abytes3(seed, lengths.seed, "seed");
  }
  function isValidSecretKey(key) {
    return isBytes2(key) && key.length === lengths.secretKey;
  }
  function isValidPublicKey(key, zip215) {
    try {
      return !!Point2.fromBytes(key, zip215 === void 0 ? verifyOpts.zip215 : zip215);
    } catch (error) {
      return false;
    }
  }
  const utils = {
    getExtendedPublicKey,
    randomSecretKey,
    isValidSecretKey,
    isValidPublicKey,
    /** Converts an Edwards public key to a companion Montgomery public key. */
    toMontgomery(publicKey6) {
      if (toMontgomery2 === void 0)
        throw new Error("Montgomery conversion is not supported for this curve");
      return toMontgomery2(Point2.fromBytes(publicKey6));
    },
    toMontgomerySecret(secretKey2) {
      if (toMontgomerySecret2 === void 0)
        throw new Error("Montgomery conversion is not supported for this curve");
      return toMontgomerySecret2(secretKey2);
    }
  };
  Object.freeze(lengths);
  Object.freeze(utils);
  return Object.freeze({
    keygen: createKeygen(randomSecretKey, getPublicKey),
    getPublicKey,
    sign: sign7,
    verify: verify7,
    utils,
    Point: Point2,
    lengths
  });
}

// node_modules/@noble/curves/ed25519.js
var _1n2 = /* @__PURE__ */ BigInt(1);
var _2n2 = /* @__PURE__ */ BigInt(2);
var _5n = /* @__PURE__ */ BigInt(5);
var _8n2 = /* @__PURE__ */ BigInt(8);
var ed25519_CURVE_p = /* @__PURE__ */ BigInt("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffed");
var ed25519_CURVE = /* @__PURE__ */ (() => ({
  p: ed25519_CURVE_p,
  n: BigInt("0x1000000000000000000000000000000014def9dea2f79cd65812631a5cf5d3ed"),
  h: _8n2,
  a: BigInt("0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffec"),
  d: BigInt("0x52036cee2b6ffe738cc740797779e89800700a4d4141d8ab75eb4dca135978a3"),
  Gx: BigInt("0x216936d3cd6e53fec0a4e231fdd6dc5c692cc7609525a7b2c9562d608f25d51a"),
  Gy: BigInt("0x6666666666666666666666666666666666666666666666666666666666666658")
}))();
function ed25519_pow_2_252_3(x) {
  const _10n = BigInt(10), _20n = BigInt(20), _40n = BigInt(40), _80n = BigInt(80);
  const P = ed25519_CURVE_p;
  const x2 = x * x % P;
  const b2 = x2 * x % P;
  const b4 = pow2(b2, _2n2, P) * b2 % P;
  const b5 = pow2(b4, _1n2, P) * x % P;
  const b10 = pow2(b5, _5n, P) * b5 % P;
  const b20 = pow2(b10, _10n, P) * b10 % P;
  const b40 = pow2(b20, _20n, P) * b20 % P;
  const b80 = pow2(b40, _40n, P) * b40 % P;
  const b160 = pow2(b80, _80n, P) * b80 % P;
  const b240 = pow2(b160, _80n, P) * b80 % P;
  const b250 = pow2(b240, _10n, P) * b10 % P;
  const pow_p_5_8 = pow2(b250, _2n2, P) * x % P;
  return { pow_p_5_8, b2 };
}
function adjustScalarBytes(bytes) {
  bytes[0] &= 248;
  bytes[31] &= 127;
  bytes[31] |= 64;
  return bytes;
}
var ED25519_SQRT_M1 = /* @__PURE__ */ BigInt("19681161376707505956807079304988542015446066515923890162744021073123829784752");
function uvRatio(u, v) {
  const P = ed25519_CURVE_p;
  const v3 = mod(v * v * v, P);
  const v7 = mod(v3 * v3 * v, P);
  const pow = ed25519_pow_2_252_3(u * v7).pow_p_5_8;
  let x = mod(u * v3 * pow, P);
  const vx2 = mod(v * x * x, P);
  const root1 = x;
  const root2 = mod(x * ED25519_SQRT_M1, P);
  const useRoot1 = vx2 === u;
  const useRoot2 = vx2 === mod(-u, P);
  const noRoot = vx2 === mod(-u * ED25519_SQRT_M1, P);
  if (useRoot1)
    x = root1;
  if (useRoot2 || noRoot)
    x = root2;
  if (isNegativeLE(x, P))
    x = mod(-x, P);
  return { isValid: useRoot1 || useRoot2, value: x };
}
var ed25519_Point = /* @__PURE__ */ edwards(ed25519_CURVE, { uvRatio });
var Fp = /* @__PURE__ */ (() => ed25519_Point.Fp)();
function toMontgomery(point) {
  const { y } = point;
  return Fp.toBytes(Fp.div(_1n2 + y, _1n2 - y));
}
function toMontgomerySecret(secretKey2) {
  const size = ed25519_Point.Fp.BYTES;
  abytes2(secretKey2, size);
  return adjustScalarBytes(sha512(secretKey2.subarray(0, size))).subarray(0, size);
}
function ed(opts2) {
  return eddsa(ed25519_Point, sha512, Object.assign({ adjustScalarBytes, toMontgomery, toMontgomerySecret, zip215: true }, opts2));
}
var ed25519 = /* @__PURE__ */ ed({});
var ed25519_FROST = /* @__PURE__ */ (() => createFROST({
  name: "FROST-ED25519-SHA512-v1",
  Point: ed25519_Point,
  validatePoint: (p) => {
    p.assertValidity();
    if (!p.isTorsionFree())
      throw new Error("bad point: not torsion-free");
  },
  hash: sha512,
  // RFC 9591 keeps H2 undecorated here for RFC 8032 compatibility. In createFROST(),
  // `H2: ''` becomes an empty DST prefix; the built-in hashToScalar fallback treats
  // that the same as omitted DST, even though custom hooks can still observe the empty bag.
  H2: ""
}))();

// node_modules/micro-key-producer/slip10.js
var MASTER_SECRET2 = /* @__PURE__ */ (() => utf8ToBytes("ed25519 seed"))();
var HARDENED_OFFSET2 = 2147483648;
var ZERO = /* @__PURE__ */ (() => Uint8Array.of(0))();
var hash1602 = (data) => ripemd160(sha256(data));
var fromU322 = (data) => createView(data).getUint32(0, false);
var toU322 = (n) => {
  if (!Number.isSafeInteger(n) || n < 0 || n > 2 ** 32 - 1) {
    throw new Error(`Invalid number=${n}. Should be from 0 to 2 ** 32 - 1`);
  }
  const buf = new Uint8Array(4);
  createView(buf).setUint32(0, n, false);
  return buf;
};
var HDKey2 = class _HDKey {
  get publicKeyRaw() {
    return ed25519.getPublicKey(this.privateKey);
  }
  get publicKey() {
    return concatBytes2(ZERO, this.publicKeyRaw);
  }
  get pubHash() {
    return hash1602(this.publicKey);
  }
  get fingerprint() {
    return fromU322(this.pubHash);
  }
  get fingerprintHex() {
    return bytesToHex(toU322(this.fingerprint));
  }
  get parentFingerprintHex() {
    return bytesToHex(toU322(this.parentFingerprint));
  }
  static fromMasterSeed(seed) {
    seed = abytes2(seed);
    if (8 * seed.length < 128 || 8 * seed.length > 512) {
      throw new Error(`HDKey: wrong seed length=${seed.length}. Should be between 128 and 512 bits; 256 bits is advised)`);
    }
    const I = hmac(sha512, MASTER_SECRET2, seed);
    return new _HDKey({
      privateKey: I.slice(0, 32),
      chainCode: I.slice(32)
    });
  }
  depth = 0;
  index = 0;
  chainCode;
  parentFingerprint = 0;
  privateKey;
  constructor(opt) {
    if (!opt || typeof opt !== "object")
      throw new Error("HDKey.constructor must not be called directly");
    abytes2(opt.privateKey, 32);
    abytes2(opt.chainCode, 32);
    this.depth = opt.depth || 0;
    this.index = opt.index || 0;
    this.parentFingerprint = opt.parentFingerprint || 0;
    if (!this.depth) {
      if (this.parentFingerprint || this.index)
        throw new Error("HDKey: zero depth with non-zero index/parent fingerprint");
    }
    this.chainCode = opt.chainCode;
    this.privateKey = opt.privateKey;
  }
  derive(path, forceHardened = false) {
    if (!/^[mM]'?/.test(path))
      throw new Error('Path must start with "m" or "M"');
    if (/^[mM]'?$/.test(path))
      return this;
    const parts = path.replace(/^[mM]'?\//, "").split("/");
    let child = this;
    for (const c of parts) {
      const m = /^(\d+)('?)$/.exec(c);
      if (!m || m.length !== 3)
        throw new Error(`Invalid child index: ${c}`);
      let idx = +m[1];
      if (!Number.isSafeInteger(idx) || idx >= HARDENED_OFFSET2)
        throw new Error("Invalid index");
      if (forceHardened || m[2] === "'")
        idx += HARDENED_OFFSET2;
      child = child.deriveChild(idx);
    }
    return child;
  }
  deriveChild(index) {
    if (index < HARDENED_OFFSET2)
      throw new Error(`Non-hardened child derivation not possible for Ed25519 (index=${index})`);
    const data = concatBytes2(ZERO, this.privateKey, toU322(index));
    const I = hmac(sha512, this.chainCode, data);
    return new _HDKey({
      chainCode: I.slice(32),
      depth: this.depth + 1,
      parentFingerprint: this.fingerprint,
      index,
      privateKey: I.slice(0, 32)
    });
  }
  sign(message) {
    return ed25519.sign(message, this.privateKey);
  }
  verify(message, signature) {
    signature = abytes2(signature, 64);
    return ed25519.verify(signature, message, this.publicKeyRaw);
  }
};

// node_modules/@noble/curves/abstract/bls.js
var _0n2 = BigInt(0);
var _1n3 = BigInt(1);
var _2n3 = BigInt(2);
var _3n = BigInt(3);
function NAfDecomposition(a) {
  const res = [];
  for (; a > _1n3; a >>= _1n3) {
    if ((a & _1n3) === _0n2)
      res.unshift(0);
    else if ((a & _3n) === _3n) {
      res.unshift(-1);
      a += _1n3;
    } else
      res.unshift(1);
  }
  return res;
}
function aNonEmpty(arr) {
  if (!Array.isArray(arr) || arr.length === 0)
    throw new Error("expected non-empty array");
}
function createBlsPairing(fields2, G1, G2, params) {
  validateObject(fields2, { Fp: "object", Fr: "object", Fp2: "object", Fp12: "object" }, { Fp6: "object" }, "fields");
  if (typeof G1 !== "function")
    throw new TypeError('"G1_Point" expected point constructor, got type=' + typeof G1);
  if (typeof G2 !== "function")
    throw new TypeError('"G2_Point" expected point constructor, got type=' + typeof G2);
  validateObject(params, { ateLoopSize: "bigint", xNegative: "boolean", twistType: "string" }, { randomBytes: "function", postPrecompute: "function" }, "params");
  const { Fp: Fp3, Fr: Fr2, Fp2: Fp23, Fp12: Fp122 } = fields2;
  const { twistType, ateLoopSize, xNegative, postPrecompute } = params;
  const fp22 = (c0, c1) => ({ c0, c1 });
  const fp2f = ({ c0, c1 }) => Object.freeze({ c0, c1 });
  const add2 = (a, b) => fp22(Fp3.add(a.c0, b.c0), Fp3.add(a.c1, b.c1));
  const sub2 = (a, b) => fp22(Fp3.sub(a.c0, b.c0), Fp3.sub(a.c1, b.c1));
  const mul2 = (a, b) => {
    const t0 = Fp3.mul(a.c0, b.c0);
    const t1 = Fp3.mul(a.c1, b.c1);
    return fp22(Fp3.sub(t0, t1), Fp3.sub(Fp3.mul(Fp3.add(a.c0, a.c1), Fp3.add(b.c0, b.c1)), Fp3.add(t0, t1)));
  };
  const mul2ByFp = (a, rhs) => fp22(Fp3.mul(a.c0, rhs), Fp3.mul(a.c1, rhs));
  const mul2ByNonresidue = (a) => Fp23.mulByNonresidue(a);
  const mul014ByLine = ({ c0: f0, c1: f1 }, o0, l1, l4, Px, Py) => {
    const o1 = mul2ByFp(l1, Px);
    const o4 = mul2ByFp(l4, Py);
    const { c0: a0, c1: a1, c2: a2 } = f0;
    const { c0: b0, c1: b1, c2: b2 } = f1;
    const t0_0 = mul2(a0, o0);
    const t0_1 = mul2(a1, o1);
    const t0_c0 = add2(mul2ByNonresidue(sub2(mul2(add2(a1, a2), o1), t0_1)), t0_0);
    const t0_c1 = sub2(sub2(mul2(add2(o0, o1), add2(a0, a1)), t0_0), t0_1);
    const t0_c2 = add2(sub2(mul2(add2(a0, a2), o0), t0_0), t0_1);
    const t1_c0 = mul2ByNonresidue(mul2(b2, o4));
    const t1_c1 = mul2(b0, o4);
    const t1_c2 = mul2(b1, o4);
    const s0 = add2(a0, b0);
    const s1 = add2(a1, b1);
    const s2 = add2(a2, b2);
    const o14 = add2(o1, o4);
    const t2_0 = mul2(s0, o0);
    const t2_1 = mul2(s1, o14);
    const t2_c0 = add2(mul2ByNonresidue(sub2(mul2(add2(s1, s2), o14), t2_1)), t2_0);
    const t2_c1 = sub2(sub2(mul2(add2(o0, o14), add2(s0, s1)), t2_0), t2_1);
    const t2_c2 = add2(sub2(mul2(add2(s0, s2), o0), t2_0), t2_1);
    return Object.freeze({
      c0: Object.freeze({
        c0: fp2f(add2(mul2ByNonresidue(t1_c2), t0_c0)),
        c1: fp2f(add2(t1_c0, t0_c1)),
        c2: fp2f(add2(t1_c1, t0_c2))
      }),
      c1: Object.freeze({
        c0: fp2f(sub2(sub2(t2_c0, t0_c0), t1_c0)),
        c1: fp2f(sub2(sub2(t2_c1, t0_c1), t1_c1)),
        c2: fp2f(sub2(sub2(t2_c2, t0_c2), t1_c2))
      })
    });
  };
  const mul034ByLine = ({ c0: f0, c1: f1 }, l0, l3, o4, Px, Py) => {
    const o0 = mul2ByFp(l0, Py);
    const o3 = mul2ByFp(l3, Px);
    const { c0: a0, c1: a1, c2: a2 } = f0;
    const { c0: b0, c1: b1, c2: b2 } = f1;
    const a_c0 = mul2(a0, o0);
    const a_c1 = mul2(a1, o0);
    const a_c2 = mul2(a2, o0);
    const b0m = mul2(b0, o3);
    const b1m = mul2(b1, o4);
    const b_c0 = add2(mul2ByNonresidue(sub2(mul2(add2(b1, b2), o4), b1m)), b0m);
    const b_c1 = sub2(sub2(mul2(add2(o3, o4), add2(b0, b1)), b0m), b1m);
    const b_c2 = add2(sub2(mul2(add2(b0, b2), o3), b0m), b1m);
    const s0 = add2(a0, b0);
    const s1 = add2(a1, b1);
    const s2 = add2(a2, b2);
    const o03 = add2(o0, o3);
    const e0m = mul2(s0, o03);
    const e1m = mul2(s1, o4);
    const e_c0 = add2(mul2ByNonresidue(sub2(mul2(add2(s1, s2), o4), e1m)), e0m);
    const e_c1 = sub2(sub2(mul2(add2(o03, o4), add2(s0, s1)), e0m), e1m);
    const e_c2 = add2(sub2(mul2(add2(s0, s2), o03), e0m), e1m);
    return Object.freeze({
      c0: Object.freeze({
        c0: fp2f(add2(mul2ByNonresidue(b_c2), a_c0)),
        c1: fp2f(add2(b_c0, a_c1)),
        c2: fp2f(add2(b_c1, a_c2))
      }),
      c1: Object.freeze({
        c0: fp2f(sub2(sub2(e_c0, a_c0), b_c0)),
        c1: fp2f(sub2(sub2(e_c1, a_c1), b_c1)),
        c2: fp2f(sub2(sub2(e_c2, a_c2), b_c2))
      })
    });
  };
  let lineFunction;
  if (twistType === "multiplicative") {
    lineFunction = (c0, c1, c2, f, Px, Py) => mul014ByLine(f, c0, c1, c2, Px, Py);
  } else if (twistType === "divisive") {
    lineFunction = (c0, c1, c2, f, Px, Py) => mul034ByLine(f, c2, c1, c0, Px, Py);
  } else
    throw new Error("bls: unknown twist type");
  const Fp2div2 = Fp23.div(Fp23.ONE, Fp23.mul(Fp23.ONE, _2n3));
  function pointDouble(ell, Rx, Ry, Rz) {
    const t0 = Fp23.sqr(Ry);
    const t1 = Fp23.sqr(Rz);
    const t2 = Fp23.mulByB(Fp23.mul(t1, _3n));
    const t3 = Fp23.mul(t2, _3n);
    const t4 = Fp23.sub(Fp23.sub(Fp23.sqr(Fp23.add(Ry, Rz)), t1), t0);
    const c0 = Fp23.sub(t2, t0);
    const c1 = Fp23.mul(Fp23.sqr(Rx), _3n);
    const c2 = Fp23.neg(t4);
    ell.push([c0, c1, c2]);
    Rx = Fp23.mul(Fp23.mul(Fp23.mul(Fp23.sub(t0, t3), Rx), Ry), Fp2div2);
    Ry = Fp23.sub(Fp23.sqr(Fp23.mul(Fp23.add(t0, t3), Fp2div2)), Fp23.mul(Fp23.sqr(t2), _3n));
    Rz = Fp23.mul(t0, t4);
    return { Rx, Ry, Rz };
  }
  function pointAdd(ell, Rx, Ry, Rz, Qx, Qy) {
    const t0 = Fp23.sub(Ry, Fp23.mul(Qy, Rz));
    const t1 = Fp23.sub(Rx, Fp23.mul(Qx, Rz));
    const c0 = Fp23.sub(Fp23.mul(t0, Qx), Fp23.mul(t1, Qy));
    const c1 = Fp23.neg(t0);
    const c2 = t1;
    ell.push([c0, c1, c2]);
    const t2 = Fp23.sqr(t1);
    const t3 = Fp23.mul(t2, t1);
    const t4 = Fp23.mul(t2, Rx);
    const t5 = Fp23.add(Fp23.sub(t3, Fp23.mul(t4, _2n3)), Fp23.mul(Fp23.sqr(t0), Rz));
    Rx = Fp23.mul(t1, t5);
    Ry = Fp23.sub(Fp23.mul(Fp23.sub(t4, t5), t0), Fp23.mul(t3, Ry));
    Rz = Fp23.mul(Rz, t3);
    return { Rx, Ry, Rz };
  }
  const ATE_NAF = NAfDecomposition(ateLoopSize);
  const calcPairingPrecomputes = (point) => {
    if (!(point instanceof G2))
      throw new TypeError('"point" expected G2 point, got type=' + typeof point);
    const p = point;
    const { x, y } = p.toAffine();
    const Qx = x, Qy = y, negQy = Fp23.neg(y);
    let Rx = Qx, Ry = Qy, Rz = Fp23.ONE;
    const ell = [];
    for (const bit of ATE_NAF) {
      const cur = [];
      ({ Rx, Ry, Rz } = pointDouble(cur, Rx, Ry, Rz));
      if (bit)
        ({ Rx, Ry, Rz } = pointAdd(cur, Rx, Ry, Rz, Qx, bit === -1 ? negQy : Qy));
      ell.push(cur);
    }
    if (postPrecompute) {
      const last = ell[ell.length - 1];
      postPrecompute(Rx, Ry, Rz, Qx, Qy, pointAdd.bind(null, last));
    }
    return ell;
  };
  function millerLoopBatch(pairs, withFinalExponent = false) {
    aarray(pairs, "pairs", (pair, title) => {
      aarray(pair, title);
      if (pair.length !== 3)
        throw new TypeError(`"${title}" expected precompute tuple`);
      aarray(pair[0], title + "[0]");
    });
    let f12 = Fp122.ONE;
    if (pairs.length) {
      const ellLen = pairs[0][0].length;
      for (let i = 0; i < ellLen; i++) {
        if (i !== 0)
          f12 = Fp122.sqr(f12);
        for (const [ell, Px, Py] of pairs) {
          for (const [c0, c1, c2] of ell[i])
            f12 = lineFunction(c0, c1, c2, f12, Px, Py);
        }
      }
    }
    if (xNegative)
      f12 = Fp122.conjugate(f12);
    return withFinalExponent ? Fp122.finalExponentiate(f12) : f12;
  }
  function pairingBatch(pairs, withFinalExponent = true) {
    aarray(pairs, "pairs");
    const res = [];
    for (let i = 0; i < pairs.length; i++) {
      const pair = pairs[i];
      validateObject(pair, { g1: "object", g2: "object" }, {}, "pairs[" + i + "]");
      const { g1: g12, g2: g22 } = pair;
      if (!(g12 instanceof G1))
        throw new TypeError('"pairs[' + i + '].g1" expected G1 point, got type=' + typeof g12);
      if (!(g22 instanceof G2))
        throw new TypeError('"pairs[' + i + '].g2" expected G2 point, got type=' + typeof g22);
      if (g12.is0() || g22.is0())
        throw new Error("pairing is not available for ZERO point");
      g12.assertValidity();
      g22.assertValidity();
      const Qa = g12.toAffine();
      res.push([calcPairingPrecomputes(g22), Qa.x, Qa.y]);
    }
    return millerLoopBatch(res, withFinalExponent);
  }
  function pairing(Q3, P, withFinalExponent = true) {
    if (!(Q3 instanceof G1))
      throw new TypeError('"Q" expected G1 point, got type=' + typeof Q3);
    if (!(P instanceof G2))
      throw new TypeError('"P" expected G2 point, got type=' + typeof P);
    return pairingBatch([{ g1: Q3, g2: P }], withFinalExponent);
  }
  const lengths = {
    seed: getMinHashLength(Fr2.ORDER)
  };
  const rand = params.randomBytes === void 0 ? randomBytes2 : params.randomBytes;
  const randomSecretKey = (seed) => {
    seed = seed === void 0 ? rand(lengths.seed) : seed;
    abytes3(seed, lengths.seed, "seed");
    return mapHashToField(seed, Fr2.ORDER);
  };
  Object.freeze(lengths);
  return {
    lengths,
    Fr: Fr2,
    Fp12: Fp122,
    // NOTE: we re-export Fp12 here because pairing results are Fp12!
    millerLoopBatch,
    pairing,
    pairingBatch,
    calcPairingPrecomputes,
    randomSecretKey
  };
}
function createBlsSig(blsPairing, PubPoint, SigPoint, isSigG1, hashToSigCurve, SignatureCoder) {
  const { Fr: Fr2, Fp12: Fp122, pairingBatch, randomSecretKey, lengths } = blsPairing;
  if (!SignatureCoder) {
    SignatureCoder = {
      fromBytes: notImplemented,
      fromHex: notImplemented,
      toBytes: notImplemented,
      toHex: notImplemented
    };
  }
  const sigCoder = Object.freeze({ ...SignatureCoder });
  function normPub(point) {
    return point instanceof PubPoint ? point : PubPoint.fromBytes(point);
  }
  function normSig(point) {
    return point instanceof SigPoint ? point : sigCoder.fromBytes(point);
  }
  function amsg(m) {
    if (!(m instanceof SigPoint))
      throw new Error(`expected valid message hashed to ${!isSigG1 ? "G2" : "G1"} curve`);
    return m;
  }
  const pair = !isSigG1 ? (a, b) => ({ g1: a, g2: b }) : (a, b) => ({ g1: b, g2: a });
  return Object.freeze({
    lengths: Object.freeze({ ...lengths, secretKey: Fr2.BYTES }),
    keygen(seed) {
      const secretKey2 = randomSecretKey(seed);
      const publicKey6 = this.getPublicKey(secretKey2);
      return { secretKey: secretKey2, publicKey: publicKey6 };
    },
    // P = pk x G
    getPublicKey(secretKey2) {
      let sec;
      try {
        sec = PubPoint.Fn.fromBytes(secretKey2);
      } catch (error) {
        throw new Error("invalid private key: " + typeof secretKey2, { cause: error });
      }
      return PubPoint.BASE.multiply(sec);
    },
    // S = pk x H(m)
    sign(message, secretKey2, unusedArg) {
      if (unusedArg != null)
        throw new Error("sign() expects 2 arguments");
      const sec = PubPoint.Fn.fromBytes(secretKey2);
      amsg(message).assertValidity();
      return message.multiply(sec);
    },
    // Checks if pairing of public key & hash is equal to pairing of generator & signature.
    // e(P, H(m)) == e(G, S)
    // e(S, G) == e(H(m), P)
    verify(signature, message, publicKey6, unusedArg) {
      if (unusedArg != null)
        throw new Error("verify() expects 3 arguments");
      signature = normSig(signature);
      publicKey6 = normPub(publicKey6);
      const P = publicKey6.negate();
      const G = PubPoint.BASE;
      const Hm = amsg(message);
      const S = signature;
      try {
        const exp = pairingBatch([pair(P, Hm), pair(G, S)]);
        return Fp122.eql(exp, Fp122.ONE);
      } catch {
        return false;
      }
    },
    // https://ethresear.ch/t/fast-verification-of-multiple-bls-signatures/5407
    // e(G, S) = e(G, SUM(n)(Si)) = MUL(n)(e(G, Si))
    // TODO: maybe `{message: G2Hex, publicKey: G1Hex}[]` instead?
    verifyBatch(signature, items) {
      aNonEmpty(items);
      const sig = normSig(signature);
      const nMessages = items.map((i) => amsg(i.message));
      const nPublicKeys = items.map((i) => normPub(i.publicKey));
      const messagePubKeyMap = /* @__PURE__ */ new Map();
      for (let i = 0; i < nPublicKeys.length; i++) {
        const pub = nPublicKeys[i];
        const msg = nMessages[i];
        let keys = messagePubKeyMap.get(msg);
        if (keys === void 0) {
          keys = [];
          messagePubKeyMap.set(msg, keys);
        }
        keys.push(pub);
      }
      const paired = [];
      const G = PubPoint.BASE;
      try {
        for (const [msg, keys] of messagePubKeyMap) {
          const groupPublicKey = keys.reduce((acc, msg2) => acc.add(msg2));
          paired.push(pair(groupPublicKey, msg));
        }
        paired.push(pair(G.negate(), sig));
        return Fp122.eql(pairingBatch(paired), Fp122.ONE);
      } catch {
        return false;
      }
    },
    // Adds a bunch of public key points together.
    // pk1 + pk2 + pk3 = pkA
    aggregatePublicKeys(publicKeys) {
      aNonEmpty(publicKeys);
      publicKeys = publicKeys.map((pub) => normPub(pub));
      const agg = publicKeys.reduce((sum, p) => sum.add(p), PubPoint.ZERO);
      agg.assertValidity();
      return agg;
    },
    // Adds a bunch of signature points together.
    // pk1 + pk2 + pk3 = pkA
    aggregateSignatures(signatures) {
      aNonEmpty(signatures);
      signatures = signatures.map((sig) => normSig(sig));
      const agg = signatures.reduce((sum, s) => sum.add(s), SigPoint.ZERO);
      agg.assertValidity();
      return agg;
    },
    hash(messageBytes, DST) {
      abytes3(messageBytes);
      const opts2 = DST === void 0 ? void 0 : { DST };
      return hashToSigCurve(messageBytes, opts2);
    },
    Signature: Object.freeze({ ...sigCoder })
  });
}
function blsBasic(fields2, G1_Point2, G2_Point2, params) {
  const { Fp: Fp3, Fr: Fr2, Fp2: Fp23, Fp6: Fp62, Fp12: Fp122 } = fields2;
  const G1 = { Point: G1_Point2 };
  const G2 = { Point: G2_Point2 };
  const pairingRes = createBlsPairing(fields2, G1_Point2, G2_Point2, params);
  const { millerLoopBatch, pairing, pairingBatch, calcPairingPrecomputes, randomSecretKey, lengths } = pairingRes;
  G1.Point.BASE.precompute(4);
  Object.freeze(G1);
  Object.freeze(G2);
  return Object.freeze({
    lengths: Object.freeze(lengths),
    millerLoopBatch,
    pairing,
    pairingBatch,
    G1,
    G2,
    fields: Object.freeze({ Fr: Fr2, Fp: Fp3, Fp2: Fp23, Fp6: Fp62, Fp12: Fp122 }),
    params: Object.freeze({
      ateLoopSize: params.ateLoopSize,
      xNegative: params.xNegative,
      twistType: params.twistType,
      postPrecompute: params.postPrecompute
    }),
    utils: Object.freeze({
      randomSecretKey,
      calcPairingPrecomputes
    })
  });
}
function blsHashers(fields2, G1_Point2, G2_Point2, params, hasherParams) {
  const base = blsBasic(fields2, G1_Point2, G2_Point2, params);
  validateObject(hasherParams, { hasherOpts: "object", hasherOptsG1: "object", hasherOptsG2: "object" }, { mapToG1: "function", mapToG2: "function" }, "hasherParams");
  const G1Hasher = createHasher(G1_Point2, hasherParams.mapToG1 === void 0 ? notImplemented : hasherParams.mapToG1, {
    ...hasherParams.hasherOpts,
    ...hasherParams.hasherOptsG1
  });
  const G2Hasher = createHasher(G2_Point2, hasherParams.mapToG2 === void 0 ? notImplemented : hasherParams.mapToG2, {
    ...hasherParams.hasherOpts,
    ...hasherParams.hasherOptsG2
  });
  return Object.freeze({ ...base, G1: G1Hasher, G2: G2Hasher });
}
function bls(fields2, G1_Point2, G2_Point2, params, hasherParams, signatureCoders2) {
  const base = blsHashers(fields2, G1_Point2, G2_Point2, params, hasherParams);
  const pairingRes = {
    ...base,
    Fr: base.fields.Fr,
    Fp12: base.fields.Fp12,
    calcPairingPrecomputes: base.utils.calcPairingPrecomputes,
    randomSecretKey: base.utils.randomSecretKey
  };
  const longSignatures = createBlsSig(pairingRes, G1_Point2, G2_Point2, false, base.G2.hashToCurve, signatureCoders2?.LongSignature);
  const shortSignatures = createBlsSig(pairingRes, G2_Point2, G1_Point2, true, base.G1.hashToCurve, signatureCoders2?.ShortSignature);
  return Object.freeze({ ...base, longSignatures, shortSignatures });
}

// node_modules/@noble/curves/abstract/tower.js
var _0n3 = /* @__PURE__ */ BigInt(0);
var _1n4 = /* @__PURE__ */ BigInt(1);
var _2n4 = /* @__PURE__ */ BigInt(2);
var _3n2 = /* @__PURE__ */ BigInt(3);
var _6n = /* @__PURE__ */ BigInt(6);
var _12n = /* @__PURE__ */ BigInt(12);
var isObj = (value) => !!value && typeof value === "object";
function calcFrobeniusCoefficients(Fp3, nonResidue, modulus, degree, num2 = 1, divisor) {
  asafenumber(num2, "num");
  asafenumber(degree, "degree");
  const divisorN = divisor === void 0 ? degree : divisor;
  asafenumber(divisorN, "divisor");
  const F3 = Fp3;
  if (typeof modulus !== "bigint" || modulus <= _1n4)
    throw new Error("calcFrobeniusCoefficients: expected valid modulus, got " + modulus);
  if (degree <= 0)
    throw new Error("calcFrobeniusCoefficients: expected positive degree, got " + degree);
  if (num2 <= 0)
    throw new Error("calcFrobeniusCoefficients: expected positive row count, got " + num2);
  if (divisorN <= 0)
    throw new Error("calcFrobeniusCoefficients: expected positive divisor, got " + divisorN);
  const _divisor = BigInt(divisorN);
  const towerModulus = modulus ** BigInt(degree);
  const res = [];
  for (let i = 0; i < num2; i++) {
    const a = BigInt(i + 1);
    const powers = [];
    for (let j = 0, qPower = _1n4; j < degree; j++) {
      const numer = a * qPower - a;
      if (numer % _divisor)
        throw new Error("calcFrobeniusCoefficients: inexact tower exponent");
      const power = numer / _divisor % towerModulus;
      powers.push(F3.pow(nonResidue, power));
      qPower *= modulus;
    }
    res.push(powers);
  }
  return res;
}
function psiFrobenius(Fp3, Fp23, base) {
  validateField(Fp3);
  validateField(Fp23);
  validateObject(Fp23, {
    Fp: "object",
    frobeniusMap: "function",
    fromBigTuple: "function",
    mulByB: "function",
    mulByNonresidue: "function",
    reim: "function",
    Fp4Square: "function",
    NONRESIDUE: "object"
  }, {});
  if (!isObj(base) || Array.isArray(base))
    throw new TypeError('"base" expected Fp2 element, got type=' + typeof base);
  if (!Fp23.isValid(base))
    throw new RangeError('"base" expected valid Fp2 element');
  const PSI_X = Fp23.pow(base, (Fp3.ORDER - _1n4) / _3n2);
  const PSI_Y = Fp23.pow(base, (Fp3.ORDER - _1n4) / _2n4);
  function psi(x, y) {
    const x2 = Fp23.mul(Fp23.frobeniusMap(x, 1), PSI_X);
    const y2 = Fp23.mul(Fp23.frobeniusMap(y, 1), PSI_Y);
    return [x2, y2];
  }
  const PSI2_X = Fp23.pow(base, (Fp3.ORDER ** _2n4 - _1n4) / _3n2);
  const PSI2_Y = Fp23.pow(base, (Fp3.ORDER ** _2n4 - _1n4) / _2n4);
  if (!Fp23.eql(PSI2_Y, Fp23.neg(Fp23.ONE)))
    throw new Error("psiFrobenius: PSI2_Y!==-1");
  function psi2(x, y) {
    return [Fp23.mul(x, PSI2_X), Fp23.neg(y)];
  }
  const mapAffine = (fn) => (c, P) => {
    if (typeof c !== "function")
      throw new TypeError('"c" expected point constructor, got type=' + typeof c);
    validatePointCons(c);
    if (!(P instanceof c))
      throw new TypeError('"P" expected Point instance, got type=' + typeof P);
    const affine = P.toAffine();
    const p = fn(affine.x, affine.y);
    return c.fromAffine({ x: p[0], y: p[1] });
  };
  const G2psi3 = mapAffine(psi);
  const G2psi22 = mapAffine(psi2);
  return { psi, psi2, G2psi: G2psi3, G2psi2: G2psi22, PSI_X, PSI_Y, PSI2_X, PSI2_Y };
}
var _Field2 = class {
  ORDER;
  BITS;
  BYTES;
  isLE;
  ZERO;
  ONE;
  Fp;
  NONRESIDUE;
  mulByB;
  Fp_NONRESIDUE;
  Fp_div2;
  constructor(Fp3, opts2 = {}) {
    const { NONRESIDUE = BigInt(-1), FP2_NONRESIDUE, Fp2mulByB } = opts2;
    const ORDER = Fp3.ORDER;
    const FP2_ORDER = ORDER * ORDER;
    this.Fp = Fp3;
    this.ORDER = FP2_ORDER;
    this.BITS = bitLen(FP2_ORDER);
    this.BYTES = Math.ceil(bitLen(FP2_ORDER) / 8);
    this.isLE = Fp3.isLE;
    this.ZERO = this.create({ c0: Fp3.ZERO, c1: Fp3.ZERO });
    this.ONE = this.create({ c0: Fp3.ONE, c1: Fp3.ZERO });
    this.Fp_NONRESIDUE = Fp3.create(NONRESIDUE);
    this.Fp_div2 = Fp3.div(Fp3.ONE, _2n4);
    this.NONRESIDUE = this.create({ c0: FP2_NONRESIDUE[0], c1: FP2_NONRESIDUE[1] });
    this.mulByB = (num2) => {
      const { c0, c1 } = Fp2mulByB(num2);
      return Object.freeze({ c0, c1 });
    };
    Object.freeze(this);
  }
  fromBigTuple(tuple) {
    if (!Array.isArray(tuple) || tuple.length !== 2)
      throw new Error("invalid Fp2.fromBigTuple");
    const [c0, c1] = tuple;
    if (typeof c0 !== "bigint" || typeof c1 !== "bigint")
      throw new Error("invalid Fp2.fromBigTuple");
    return this.create({ c0, c1 });
  }
  create(num2) {
    const { Fp: Fp3 } = this;
    const c0 = Fp3.create(num2.c0);
    const c1 = Fp3.create(num2.c1);
    return Object.freeze({ c0, c1 });
  }
  isValid(num2) {
    if (!isObj(num2))
      throw new TypeError("invalid field element: expected object, got " + typeof num2);
    const { c0, c1 } = num2;
    const { Fp: Fp3 } = this;
    return Fp3.isValid(c0) && Fp3.isValid(c1);
  }
  is0(num2) {
    if (!isObj(num2))
      return false;
    const { c0, c1 } = num2;
    const { Fp: Fp3 } = this;
    return Fp3.is0(c0) && Fp3.is0(c1);
  }
  isValidNot0(num2) {
    return !this.is0(num2) && this.isValid(num2);
  }
  eql({ c0, c1 }, { c0: r0, c1: r1 }) {
    const { Fp: Fp3 } = this;
    return Fp3.eql(c0, r0) && Fp3.eql(c1, r1);
  }
  neg({ c0, c1 }) {
    const { Fp: Fp3 } = this;
    return Object.freeze({ c0: Fp3.neg(c0), c1: Fp3.neg(c1) });
  }
  pow(num2, power) {
    return FpPow(this, num2, power);
  }
  invertBatch(nums) {
    return FpInvertBatch(this, nums, true);
  }
  // Normalized
  add(f1, f2) {
    const { Fp: Fp3 } = this;
    const { c0, c1 } = f1;
    const { c0: r0, c1: r1 } = f2;
    return Object.freeze({
      c0: Fp3.add(c0, r0),
      c1: Fp3.add(c1, r1)
    });
  }
  sub({ c0, c1 }, { c0: r0, c1: r1 }) {
    const { Fp: Fp3 } = this;
    return Object.freeze({
      c0: Fp3.sub(c0, r0),
      c1: Fp3.sub(c1, r1)
    });
  }
  mul({ c0, c1 }, rhs) {
    const { Fp: Fp3 } = this;
    if (typeof rhs === "bigint")
      return Object.freeze({ c0: Fp3.mul(c0, rhs), c1: Fp3.mul(c1, rhs) });
    const { c0: r0, c1: r1 } = rhs;
    let t1 = Fp3.mul(c0, r0);
    let t2 = Fp3.mul(c1, r1);
    const o0 = Fp3.sub(t1, t2);
    const o1 = Fp3.sub(Fp3.mul(Fp3.add(c0, c1), Fp3.add(r0, r1)), Fp3.add(t1, t2));
    return Object.freeze({ c0: o0, c1: o1 });
  }
  sqr({ c0, c1 }) {
    const { Fp: Fp3 } = this;
    const a = Fp3.add(c0, c1);
    const b = Fp3.sub(c0, c1);
    const c = Fp3.add(c0, c0);
    return Object.freeze({ c0: Fp3.mul(a, b), c1: Fp3.mul(c, c1) });
  }
  // NonNormalized stuff
  addN(a, b) {
    return this.add(a, b);
  }
  subN(a, b) {
    return this.sub(a, b);
  }
  mulN(a, b) {
    return this.mul(a, b);
  }
  sqrN(a) {
    return this.sqr(a);
  }
  // Why inversion for bigint inside Fp instead of Fp2? it is even used in that context?
  div(lhs, rhs) {
    const { Fp: Fp3 } = this;
    return this.mul(lhs, typeof rhs === "bigint" ? Fp3.inv(Fp3.create(rhs)) : this.inv(rhs));
  }
  inv({ c0: a, c1: b }) {
    const { Fp: Fp3 } = this;
    const factor = Fp3.inv(Fp3.create(a * a + b * b));
    return Object.freeze({ c0: Fp3.mul(factor, Fp3.create(a)), c1: Fp3.mul(factor, Fp3.create(-b)) });
  }
  sqrt(num2) {
    const { Fp: Fp3 } = this;
    const Fp23 = this;
    const { c0, c1 } = num2;
    if (Fp3.is0(c1)) {
      if (FpLegendre(Fp3, c0) === 1)
        return Fp23.create({ c0: Fp3.sqrt(c0), c1: Fp3.ZERO });
      else
        return Fp23.create({ c0: Fp3.ZERO, c1: Fp3.sqrt(Fp3.div(c0, this.Fp_NONRESIDUE)) });
    }
    const a = Fp3.sqrt(Fp3.sub(Fp3.sqr(c0), Fp3.mul(Fp3.sqr(c1), this.Fp_NONRESIDUE)));
    let d = Fp3.mul(Fp3.add(a, c0), this.Fp_div2);
    const legendre = FpLegendre(Fp3, d);
    if (legendre === -1)
      d = Fp3.sub(d, a);
    const a0 = Fp3.sqrt(d);
    const candidateSqrt = Fp23.create({ c0: a0, c1: Fp3.div(Fp3.mul(c1, this.Fp_div2), a0) });
    if (!Fp23.eql(Fp23.sqr(candidateSqrt), num2))
      throw new Error("Cannot find square root");
    const x1 = candidateSqrt;
    const x2 = Fp23.neg(x1);
    const { re: re1, im: im1 } = Fp23.reim(x1);
    const { re: re2, im: im2 } = Fp23.reim(x2);
    if (im1 > im2 || im1 === im2 && re1 > re2)
      return x1;
    return x2;
  }
  // Same as sgn0_m_eq_2 in RFC 9380
  isOdd(x) {
    const { re: x0, im: x1 } = this.reim(x);
    const sign_0 = x0 % _2n4;
    const zero_0 = x0 === _0n3;
    const sign_1 = x1 % _2n4;
    return BigInt(sign_0 || zero_0 && sign_1) == _1n4;
  }
  // Bytes util
  fromBytes(b) {
    const { Fp: Fp3 } = this;
    abytes3(b);
    if (b.length !== this.BYTES)
      throw new Error("fromBytes invalid length=" + b.length);
    return this.create({
      c0: Fp3.fromBytes(b.subarray(0, Fp3.BYTES)),
      c1: Fp3.fromBytes(b.subarray(Fp3.BYTES))
    });
  }
  toBytes({ c0, c1 }) {
    return concatBytes3(this.Fp.toBytes(c0), this.Fp.toBytes(c1));
  }
  cmov({ c0, c1 }, { c0: r0, c1: r1 }, c) {
    const { Fp: Fp3 } = this;
    return this.create({
      c0: Fp3.cmov(c0, r0, c),
      c1: Fp3.cmov(c1, r1, c)
    });
  }
  reim({ c0, c1 }) {
    return { re: c0, im: c1 };
  }
  Fp4Square(a, b) {
    const Fp23 = this;
    const a2 = Fp23.sqr(a);
    const b2 = Fp23.sqr(b);
    return {
      first: Fp23.add(Fp23.mulByNonresidue(b2), a2),
      // b² * Nonresidue + a²
      second: Fp23.sub(Fp23.sub(Fp23.sqr(Fp23.add(a, b)), a2), b2)
      // (a + b)² - a² - b²
    };
  }
  // multiply by u + 1
  mulByNonresidue({ c0, c1 }) {
    const { Fp: Fp3, NONRESIDUE: nr } = this;
    if (nr.c0 === Fp3.ONE && nr.c1 === Fp3.ONE) {
      return Object.freeze({ c0: Fp3.sub(c0, c1), c1: Fp3.add(c0, c1) });
    }
    if (nr.c1 === Fp3.ONE) {
      return Object.freeze({
        c0: Fp3.sub(Fp3.mul(c0, nr.c0), c1),
        c1: Fp3.add(c0, Fp3.mul(c1, nr.c0))
      });
    }
    return this.mul({ c0, c1 }, nr);
  }
  frobeniusMap(num2, power) {
    const { c0, c1 } = num2;
    const { Fp: Fp3 } = this;
    return Object.freeze({ c0, c1: power % 2 === 0 ? c1 : Fp3.neg(c1) });
  }
};
var _Field6 = class {
  ORDER;
  BITS;
  BYTES;
  isLE;
  ZERO;
  ONE;
  Fp2;
  constructor(Fp23) {
    this.Fp2 = Fp23;
    this.ORDER = Fp23.Fp.ORDER ** _6n;
    this.BITS = 3 * Fp23.BITS;
    this.BYTES = 3 * Fp23.BYTES;
    this.isLE = Fp23.isLE;
    this.ZERO = this.create({ c0: Fp23.ZERO, c1: Fp23.ZERO, c2: Fp23.ZERO });
    this.ONE = this.create({ c0: Fp23.ONE, c1: Fp23.ZERO, c2: Fp23.ZERO });
    Object.freeze(this);
  }
  // Most callers never touch Frobenius maps, so keep the sextic tables lazy:
  // eagerly deriving them dominates `bls12-381.js` / `bn254.js` import time.
  get FROBENIUS_COEFFICIENTS_1() {
    const frob2 = _FROBENIUS_COEFFICIENTS_6.get(this);
    if (frob2)
      return frob2[0];
    const { Fp2: Fp23 } = this;
    const { Fp: Fp3 } = Fp23;
    const rows = calcFrobeniusCoefficients(Fp23, Fp23.NONRESIDUE, Fp3.ORDER, 6, 2, 3);
    const cache = [Object.freeze(rows[0]), Object.freeze(rows[1])];
    _FROBENIUS_COEFFICIENTS_6.set(this, cache);
    return cache[0];
  }
  get FROBENIUS_COEFFICIENTS_2() {
    const frob2 = _FROBENIUS_COEFFICIENTS_6.get(this);
    if (frob2)
      return frob2[1];
    void this.FROBENIUS_COEFFICIENTS_1;
    return _FROBENIUS_COEFFICIENTS_6.get(this)[1];
  }
  add({ c0, c1, c2 }, { c0: r0, c1: r1, c2: r2 }) {
    const { Fp2: Fp23 } = this;
    return Object.freeze({
      c0: Fp23.add(c0, r0),
      c1: Fp23.add(c1, r1),
      c2: Fp23.add(c2, r2)
    });
  }
  sub({ c0, c1, c2 }, { c0: r0, c1: r1, c2: r2 }) {
    const { Fp2: Fp23 } = this;
    return Object.freeze({
      c0: Fp23.sub(c0, r0),
      c1: Fp23.sub(c1, r1),
      c2: Fp23.sub(c2, r2)
    });
  }
  mul({ c0, c1, c2 }, rhs) {
    const { Fp2: Fp23 } = this;
    if (typeof rhs === "bigint") {
      return Object.freeze({
        c0: Fp23.mul(c0, rhs),
        c1: Fp23.mul(c1, rhs),
        c2: Fp23.mul(c2, rhs)
      });
    }
    const { c0: r0, c1: r1, c2: r2 } = rhs;
    const t0 = Fp23.mul(c0, r0);
    const t1 = Fp23.mul(c1, r1);
    const t2 = Fp23.mul(c2, r2);
    return Object.freeze({
      // t0 + (c1 + c2) * (r1 * r2) - (T1 + T2) * (u + 1)
      c0: Fp23.add(t0, Fp23.mulByNonresidue(Fp23.sub(Fp23.mul(Fp23.add(c1, c2), Fp23.add(r1, r2)), Fp23.add(t1, t2)))),
      // (c0 + c1) * (r0 + r1) - (T0 + T1) + T2 * (u + 1)
      c1: Fp23.add(Fp23.sub(Fp23.mul(Fp23.add(c0, c1), Fp23.add(r0, r1)), Fp23.add(t0, t1)), Fp23.mulByNonresidue(t2)),
      // T1 + (c0 + c2) * (r0 + r2) - T0 + T2
      c2: Fp23.sub(Fp23.add(t1, Fp23.mul(Fp23.add(c0, c2), Fp23.add(r0, r2))), Fp23.add(t0, t2))
    });
  }
  sqr({ c0, c1, c2 }) {
    const { Fp2: Fp23 } = this;
    let t0 = Fp23.sqr(c0);
    let t1 = Fp23.mul(Fp23.mul(c0, c1), _2n4);
    let t3 = Fp23.mul(Fp23.mul(c1, c2), _2n4);
    let t4 = Fp23.sqr(c2);
    return Object.freeze({
      c0: Fp23.add(Fp23.mulByNonresidue(t3), t0),
      // T3 * (u + 1) + T0
      c1: Fp23.add(Fp23.mulByNonresidue(t4), t1),
      // T4 * (u + 1) + T1
      // T1 + (c0 - c1 + c2)² + T3 - T0 - T4
      c2: Fp23.sub(Fp23.sub(Fp23.add(Fp23.add(t1, Fp23.sqr(Fp23.add(Fp23.sub(c0, c1), c2))), t3), t0), t4)
    });
  }
  addN(a, b) {
    return this.add(a, b);
  }
  subN(a, b) {
    return this.sub(a, b);
  }
  mulN(a, b) {
    return this.mul(a, b);
  }
  sqrN(a) {
    return this.sqr(a);
  }
  create(num2) {
    const { Fp2: Fp23 } = this;
    const c0 = Fp23.create(num2.c0);
    const c1 = Fp23.create(num2.c1);
    const c2 = Fp23.create(num2.c2);
    return Object.freeze({ c0, c1, c2 });
  }
  isValid(num2) {
    if (!isObj(num2))
      throw new TypeError("invalid field element: expected object, got " + typeof num2);
    const { c0, c1, c2 } = num2;
    const { Fp2: Fp23 } = this;
    return Fp23.isValid(c0) && Fp23.isValid(c1) && Fp23.isValid(c2);
  }
  is0(num2) {
    if (!isObj(num2))
      return false;
    const { c0, c1, c2 } = num2;
    const { Fp2: Fp23 } = this;
    return Fp23.is0(c0) && Fp23.is0(c1) && Fp23.is0(c2);
  }
  isValidNot0(num2) {
    return !this.is0(num2) && this.isValid(num2);
  }
  neg({ c0, c1, c2 }) {
    const { Fp2: Fp23 } = this;
    return Object.freeze({ c0: Fp23.neg(c0), c1: Fp23.neg(c1), c2: Fp23.neg(c2) });
  }
  eql({ c0, c1, c2 }, { c0: r0, c1: r1, c2: r2 }) {
    const { Fp2: Fp23 } = this;
    return Fp23.eql(c0, r0) && Fp23.eql(c1, r1) && Fp23.eql(c2, r2);
  }
  sqrt(_) {
    return notImplemented();
  }
  // Do we need division by bigint at all? Should be done via order:
  div(lhs, rhs) {
    const { Fp2: Fp23 } = this;
    const { Fp: Fp3 } = Fp23;
    return this.mul(lhs, typeof rhs === "bigint" ? Fp3.inv(Fp3.create(rhs)) : this.inv(rhs));
  }
  pow(num2, power) {
    return FpPow(this, num2, power);
  }
  invertBatch(nums) {
    return FpInvertBatch(this, nums, true);
  }
  inv({ c0, c1, c2 }) {
    const { Fp2: Fp23 } = this;
    let t0 = Fp23.sub(Fp23.sqr(c0), Fp23.mulByNonresidue(Fp23.mul(c2, c1)));
    let t1 = Fp23.sub(Fp23.mulByNonresidue(Fp23.sqr(c2)), Fp23.mul(c0, c1));
    let t2 = Fp23.sub(Fp23.sqr(c1), Fp23.mul(c0, c2));
    let t4 = Fp23.inv(Fp23.add(Fp23.mulByNonresidue(Fp23.add(Fp23.mul(c2, t1), Fp23.mul(c1, t2))), Fp23.mul(c0, t0)));
    return Object.freeze({ c0: Fp23.mul(t4, t0), c1: Fp23.mul(t4, t1), c2: Fp23.mul(t4, t2) });
  }
  // Bytes utils
  fromBytes(b) {
    const { Fp2: Fp23 } = this;
    abytes3(b);
    if (b.length !== this.BYTES)
      throw new Error("fromBytes invalid length=" + b.length);
    const B2 = Fp23.BYTES;
    return this.create({
      c0: Fp23.fromBytes(b.subarray(0, B2)),
      c1: Fp23.fromBytes(b.subarray(B2, B2 * 2)),
      c2: Fp23.fromBytes(b.subarray(2 * B2))
    });
  }
  toBytes({ c0, c1, c2 }) {
    const { Fp2: Fp23 } = this;
    return concatBytes3(Fp23.toBytes(c0), Fp23.toBytes(c1), Fp23.toBytes(c2));
  }
  cmov({ c0, c1, c2 }, { c0: r0, c1: r1, c2: r2 }, c) {
    const { Fp2: Fp23 } = this;
    return this.create({
      c0: Fp23.cmov(c0, r0, c),
      c1: Fp23.cmov(c1, r1, c),
      c2: Fp23.cmov(c2, r2, c)
    });
  }
  fromBigSix(tuple) {
    const { Fp2: Fp23 } = this;
    if (!Array.isArray(tuple) || tuple.length !== 6)
      throw new Error("invalid Fp6.fromBigSix");
    for (let i = 0; i < 6; i++)
      if (typeof tuple[i] !== "bigint")
        throw new Error("invalid Fp6.fromBigSix");
    const t = tuple;
    return this.create({
      c0: Fp23.fromBigTuple(t.slice(0, 2)),
      c1: Fp23.fromBigTuple(t.slice(2, 4)),
      c2: Fp23.fromBigTuple(t.slice(4, 6))
    });
  }
  frobeniusMap(num2, power) {
    const { c0, c1, c2 } = num2;
    if (power % 6 === 0)
      return Object.freeze({ c0, c1, c2 });
    const { Fp2: Fp23 } = this;
    return Object.freeze({
      c0: Fp23.frobeniusMap(c0, power),
      c1: Fp23.mul(Fp23.frobeniusMap(c1, power), this.FROBENIUS_COEFFICIENTS_1[power % 6]),
      c2: Fp23.mul(Fp23.frobeniusMap(c2, power), this.FROBENIUS_COEFFICIENTS_2[power % 6])
    });
  }
  mulByFp2({ c0, c1, c2 }, rhs) {
    const { Fp2: Fp23 } = this;
    return Object.freeze({
      c0: Fp23.mul(c0, rhs),
      c1: Fp23.mul(c1, rhs),
      c2: Fp23.mul(c2, rhs)
    });
  }
  mulByNonresidue({ c0, c1, c2 }) {
    const { Fp2: Fp23 } = this;
    return Object.freeze({ c0: Fp23.mulByNonresidue(c2), c1: c0, c2: c1 });
  }
  // Sparse multiplication
  mul1({ c0, c1, c2 }, b1) {
    const { Fp2: Fp23 } = this;
    return Object.freeze({
      c0: Fp23.mulByNonresidue(Fp23.mul(c2, b1)),
      c1: Fp23.mul(c0, b1),
      c2: Fp23.mul(c1, b1)
    });
  }
  // Sparse multiplication
  mul01({ c0, c1, c2 }, b0, b1) {
    const { Fp2: Fp23 } = this;
    let t0 = Fp23.mul(c0, b0);
    let t1 = Fp23.mul(c1, b1);
    return Object.freeze({
      // ((c1 + c2) * b1 - T1) * (u + 1) + T0
      c0: Fp23.add(Fp23.mulByNonresidue(Fp23.sub(Fp23.mul(Fp23.add(c1, c2), b1), t1)), t0),
      // (b0 + b1) * (c0 + c1) - T0 - T1
      c1: Fp23.sub(Fp23.sub(Fp23.mul(Fp23.add(b0, b1), Fp23.add(c0, c1)), t0), t1),
      // (c0 + c2) * b0 - T0 + T1
      c2: Fp23.add(Fp23.sub(Fp23.mul(Fp23.add(c0, c2), b0), t0), t1)
    });
  }
};
var _FROBENIUS_COEFFICIENTS_6 = /* @__PURE__ */ new WeakMap();
var _Field12 = class {
  ORDER;
  BITS;
  BYTES;
  isLE;
  ZERO;
  ONE;
  Fp6;
  X_LEN;
  finalExponentiate;
  constructor(Fp62, opts2) {
    const { X_LEN, Fp12finalExponentiate } = opts2;
    const { Fp2: Fp23 } = Fp62;
    const { Fp: Fp3 } = Fp23;
    this.Fp6 = Fp62;
    this.ORDER = Fp3.ORDER ** _12n;
    this.BITS = 2 * Fp62.BITS;
    this.BYTES = 2 * Fp62.BYTES;
    this.isLE = Fp62.isLE;
    this.ZERO = this.create({ c0: Fp62.ZERO, c1: Fp62.ZERO });
    this.ONE = this.create({ c0: Fp62.ONE, c1: Fp62.ZERO });
    this.X_LEN = X_LEN;
    this.finalExponentiate = (num2) => {
      const copy2 = ({ c0, c1 }) => Object.freeze({ c0, c1 });
      const copy6 = ({ c0, c1, c2 }) => Object.freeze({ c0: copy2(c0), c1: copy2(c1), c2: copy2(c2) });
      const res = Fp12finalExponentiate(num2);
      return Object.freeze({ c0: copy6(res.c0), c1: copy6(res.c1) });
    };
    Object.freeze(this);
  }
  // Keep the degree-12 Frobenius row lazy too; after the first lookup the cached
  // array is reused exactly like the old eager table.
  get FROBENIUS_COEFFICIENTS() {
    const frob2 = _FROBENIUS_COEFFICIENTS_12.get(this);
    if (frob2)
      return frob2;
    const { Fp2: Fp23 } = this.Fp6;
    const { Fp: Fp3 } = Fp23;
    const cache = Object.freeze(calcFrobeniusCoefficients(Fp23, Fp23.NONRESIDUE, Fp3.ORDER, 12, 1, 6)[0]);
    _FROBENIUS_COEFFICIENTS_12.set(this, cache);
    return cache;
  }
  create(num2) {
    const { Fp6: Fp62 } = this;
    const c0 = Fp62.create(num2.c0);
    const c1 = Fp62.create(num2.c1);
    return Object.freeze({ c0, c1 });
  }
  isValid(num2) {
    if (!isObj(num2))
      throw new TypeError("invalid field element: expected object, got " + typeof num2);
    const { c0, c1 } = num2;
    const { Fp6: Fp62 } = this;
    return Fp62.isValid(c0) && Fp62.isValid(c1);
  }
  is0(num2) {
    if (!isObj(num2))
      return false;
    const { c0, c1 } = num2;
    const { Fp6: Fp62 } = this;
    return Fp62.is0(c0) && Fp62.is0(c1);
  }
  isValidNot0(num2) {
    return !this.is0(num2) && this.isValid(num2);
  }
  neg({ c0, c1 }) {
    const { Fp6: Fp62 } = this;
    return Object.freeze({ c0: Fp62.neg(c0), c1: Fp62.neg(c1) });
  }
  eql({ c0, c1 }, { c0: r0, c1: r1 }) {
    const { Fp6: Fp62 } = this;
    return Fp62.eql(c0, r0) && Fp62.eql(c1, r1);
  }
  sqrt(_) {
    return notImplemented();
  }
  inv({ c0, c1 }) {
    const { Fp6: Fp62 } = this;
    let t = Fp62.inv(Fp62.sub(Fp62.sqr(c0), Fp62.mulByNonresidue(Fp62.sqr(c1))));
    return Object.freeze({ c0: Fp62.mul(c0, t), c1: Fp62.neg(Fp62.mul(c1, t)) });
  }
  div(lhs, rhs) {
    const { Fp6: Fp62 } = this;
    const { Fp2: Fp23 } = Fp62;
    const { Fp: Fp3 } = Fp23;
    return this.mul(lhs, typeof rhs === "bigint" ? Fp3.inv(Fp3.create(rhs)) : this.inv(rhs));
  }
  pow(num2, power) {
    return FpPow(this, num2, power);
  }
  invertBatch(nums) {
    return FpInvertBatch(this, nums, true);
  }
  // Normalized
  add({ c0, c1 }, { c0: r0, c1: r1 }) {
    const { Fp6: Fp62 } = this;
    return Object.freeze({
      c0: Fp62.add(c0, r0),
      c1: Fp62.add(c1, r1)
    });
  }
  sub({ c0, c1 }, { c0: r0, c1: r1 }) {
    const { Fp6: Fp62 } = this;
    return Object.freeze({
      c0: Fp62.sub(c0, r0),
      c1: Fp62.sub(c1, r1)
    });
  }
  mul({ c0, c1 }, rhs) {
    const { Fp6: Fp62 } = this;
    if (typeof rhs === "bigint")
      return Object.freeze({ c0: Fp62.mul(c0, rhs), c1: Fp62.mul(c1, rhs) });
    let { c0: r0, c1: r1 } = rhs;
    let t1 = Fp62.mul(c0, r0);
    let t2 = Fp62.mul(c1, r1);
    return Object.freeze({
      c0: Fp62.add(t1, Fp62.mulByNonresidue(t2)),
      // T1 + T2 * v
      // (c0 + c1) * (r0 + r1) - (T1 + T2)
      c1: Fp62.sub(Fp62.mul(Fp62.add(c0, c1), Fp62.add(r0, r1)), Fp62.add(t1, t2))
    });
  }
  sqr({ c0, c1 }) {
    const { Fp6: Fp62 } = this;
    let ab = Fp62.mul(c0, c1);
    return Object.freeze({
      // (c1 * v + c0) * (c0 + c1) - AB - AB * v
      c0: Fp62.sub(Fp62.sub(Fp62.mul(Fp62.add(Fp62.mulByNonresidue(c1), c0), Fp62.add(c0, c1)), ab), Fp62.mulByNonresidue(ab)),
      c1: Fp62.add(ab, ab)
    });
  }
  // NonNormalized stuff
  addN(a, b) {
    return this.add(a, b);
  }
  subN(a, b) {
    return this.sub(a, b);
  }
  mulN(a, b) {
    return this.mul(a, b);
  }
  sqrN(a) {
    return this.sqr(a);
  }
  // Bytes utils
  fromBytes(b) {
    const { Fp6: Fp62 } = this;
    abytes3(b);
    if (b.length !== this.BYTES)
      throw new Error("fromBytes invalid length=" + b.length);
    return this.create({
      c0: Fp62.fromBytes(b.subarray(0, Fp62.BYTES)),
      c1: Fp62.fromBytes(b.subarray(Fp62.BYTES))
    });
  }
  toBytes({ c0, c1 }) {
    const { Fp6: Fp62 } = this;
    return concatBytes3(Fp62.toBytes(c0), Fp62.toBytes(c1));
  }
  cmov({ c0, c1 }, { c0: r0, c1: r1 }, c) {
    const { Fp6: Fp62 } = this;
    return this.create({
      c0: Fp62.cmov(c0, r0, c),
      c1: Fp62.cmov(c1, r1, c)
    });
  }
  // Utils
  // toString() {
  //   return '' + 'Fp12(' + this.c0 + this.c1 + '* w');
  // },
  // fromTuple(c: [Fp6, Fp6]) {
  //   return new Fp12(...c);
  // }
  fromBigTwelve(tuple) {
    const { Fp6: Fp62 } = this;
    if (!Array.isArray(tuple) || tuple.length !== 12)
      throw new Error("invalid Fp12.fromBigTwelve");
    for (let i = 0; i < 12; i++)
      if (typeof tuple[i] !== "bigint")
        throw new Error("invalid Fp12.fromBigTwelve");
    const t = tuple;
    return this.create({
      c0: Fp62.fromBigSix(t.slice(0, 6)),
      c1: Fp62.fromBigSix(t.slice(6, 12))
    });
  }
  // Raises to q**i -th power
  frobeniusMap(lhs, power) {
    const p = power % 12;
    if (p === 0)
      return Object.freeze({ c0: lhs.c0, c1: lhs.c1 });
    if (p === 6)
      return this.conjugate(lhs);
    const { Fp6: Fp62 } = this;
    const { Fp2: Fp23 } = Fp62;
    const { c0, c1, c2 } = Fp62.frobeniusMap(lhs.c1, power);
    const coeff = this.FROBENIUS_COEFFICIENTS[p];
    return Object.freeze({
      c0: Fp62.frobeniusMap(lhs.c0, power),
      c1: Object.freeze({
        c0: Fp23.mul(c0, coeff),
        c1: Fp23.mul(c1, coeff),
        c2: Fp23.mul(c2, coeff)
      })
    });
  }
  mulByFp2({ c0, c1 }, rhs) {
    const { Fp6: Fp62 } = this;
    return Object.freeze({
      c0: Fp62.mulByFp2(c0, rhs),
      c1: Fp62.mulByFp2(c1, rhs)
    });
  }
  conjugate({ c0, c1 }) {
    return Object.freeze({ c0, c1: this.Fp6.neg(c1) });
  }
  // A cyclotomic group is a subgroup of Fp^n defined by
  //   GΦₙ(p) = {α ∈ Fpⁿ : α^Φₙ(p) = 1}
  // The result of any pairing is in a cyclotomic subgroup
  // https://eprint.iacr.org/2009/565.pdf
  // https://eprint.iacr.org/2010/354.pdf
  _cyclotomicSquare({ c0, c1 }) {
    const { Fp6: Fp62 } = this;
    const { Fp2: Fp23 } = Fp62;
    const { c0: c0c0, c1: c0c1, c2: c0c2 } = c0;
    const { c0: c1c0, c1: c1c1, c2: c1c2 } = c1;
    const { first: t3, second: t4 } = Fp23.Fp4Square(c0c0, c1c1);
    const { first: t5, second: t6 } = Fp23.Fp4Square(c1c0, c0c2);
    const { first: t7, second: t8 } = Fp23.Fp4Square(c0c1, c1c2);
    const t9 = Fp23.mulByNonresidue(t8);
    return Object.freeze({
      c0: Object.freeze({
        c0: Fp23.add(Fp23.mul(Fp23.sub(t3, c0c0), _2n4), t3),
        // 2 * (T3 - c0c0)  + T3
        c1: Fp23.add(Fp23.mul(Fp23.sub(t5, c0c1), _2n4), t5),
        // 2 * (T5 - c0c1)  + T5
        c2: Fp23.add(Fp23.mul(Fp23.sub(t7, c0c2), _2n4), t7)
      }),
      // 2 * (T7 - c0c2)  + T7
      c1: Object.freeze({
        c0: Fp23.add(Fp23.mul(Fp23.add(t9, c1c0), _2n4), t9),
        // 2 * (T9 + c1c0) + T9
        c1: Fp23.add(Fp23.mul(Fp23.add(t4, c1c1), _2n4), t4),
        // 2 * (T4 + c1c1) + T4
        c2: Fp23.add(Fp23.mul(Fp23.add(t6, c1c2), _2n4), t6)
      })
    });
  }
  // https://eprint.iacr.org/2009/565.pdf
  _cyclotomicExp(num2, n) {
    aInRange("cyclotomic exponent", n, _0n3, _1n4 << BigInt(this.X_LEN));
    if (n === _0n3)
      return this.ONE;
    let z = num2;
    for (let i = bitLen(n) - 2; i >= 0; i--) {
      z = this._cyclotomicSquare(z);
      if (bitGet(n, i))
        z = this.mul(z, num2);
    }
    return z;
  }
};
var _FROBENIUS_COEFFICIENTS_12 = /* @__PURE__ */ new WeakMap();
function tower12(opts2) {
  validateObject(opts2, {
    ORDER: "bigint",
    X_LEN: "number",
    FP2_NONRESIDUE: "object",
    Fp2mulByB: "function",
    Fp12finalExponentiate: "function"
  }, { NONRESIDUE: "bigint" });
  asafenumber(opts2.X_LEN, "X_LEN");
  if (opts2.X_LEN < 1)
    throw new Error("invalid X_LEN");
  const nonresidue = opts2.FP2_NONRESIDUE;
  if (!Array.isArray(nonresidue) || nonresidue.length !== 2)
    throw new Error("invalid FP2_NONRESIDUE");
  if (typeof nonresidue[0] !== "bigint" || typeof nonresidue[1] !== "bigint")
    throw new Error("invalid FP2_NONRESIDUE");
  const Fp3 = Field(opts2.ORDER);
  const Fp23 = new _Field2(Fp3, opts2);
  const Fp62 = new _Field6(Fp23);
  const Fp122 = new _Field12(Fp62, opts2);
  return { Fp: Fp3, Fp2: Fp23, Fp6: Fp62, Fp12: Fp122 };
}

// node_modules/@noble/curves/bls12-381.js
var _0n4 = BigInt(0);
var _1n5 = BigInt(1);
var _2n5 = BigInt(2);
var _3n3 = BigInt(3);
var _4n2 = BigInt(4);
var BLS_X = BigInt("0xd201000000010000");
var BLS_X_LEN = bitLen(BLS_X);
var bls12_381_CURVE_G1 = {
  p: BigInt("0x1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab"),
  n: BigInt("0x73eda753299d7d483339d80809a1d80553bda402fffe5bfeffffffff00000001"),
  h: BigInt("0x396c8c005555e1568c00aaab0000aaab"),
  a: _0n4,
  b: _4n2,
  Gx: BigInt("0x17f1d3a73197d7942695638c4fa9ac0fc3688c4f9774b905a14e3a3f171bac586c55e83ff97a1aeffb3af00adb22c6bb"),
  Gy: BigInt("0x08b3f481e3aaa0f1a09e30ed741d8ae4fcf5e095d5d00af600db18cb2c04b3edd03cc744a2888ae40caa232946c5e7e1")
};
var bls12_381_Fr = Field(bls12_381_CURVE_G1.n, {
  modFromBytes: true
});
function bls12FromCompressed(g0, g12, { g2: g22, g3, g4, g5 }) {
  return { c0: { c0: g0, c1: g4, c2: g3 }, c1: { c0: g22, c1: g12, c2: g5 } };
}
function bls12Compress({ c0, c1 }) {
  return { g2: c1.c0, g3: c0.c2, g4: c0.c1, g5: c1.c2 };
}
function bls12CyclotomicSquareCompressed({ g2: g22, g3, g4, g5 }) {
  const { first: h23c0, second: h23c1 } = Fp22.Fp4Square(g4, g5);
  const { first: h45c0, second: h45c1 } = Fp22.Fp4Square(g22, g3);
  const d2 = Fp22.add(g22, g22);
  const d3 = Fp22.add(g3, g3);
  const d4 = Fp22.add(g4, g4);
  const d5 = Fp22.add(g5, g5);
  return {
    g2: Fp22.add(Fp22.mul(Fp22.mulByNonresidue(h23c1), _3n3), d2),
    g3: Fp22.sub(Fp22.mul(h23c0, _3n3), d3),
    g4: Fp22.sub(Fp22.mul(h45c0, _3n3), d4),
    g5: Fp22.add(Fp22.mul(h45c1, _3n3), d5)
  };
}
function bls12RecoverG1Ratio({ g2: g22, g3, g4, g5 }) {
  if (Fp22.is0(g22))
    return { num: Fp22.mul(Fp22.mul(g4, g5), _2n5), den: g3 };
  return {
    num: Fp22.add(Fp22.sub(Fp22.mul(Fp22.sqr(g4), _3n3), Fp22.mul(g3, _2n5)), Fp22.mulByNonresidue(Fp22.sqr(g5))),
    den: Fp22.mul(g22, _4n2)
  };
}
function bls12RecoverG0(g12, { g2: g22, g3, g4, g5 }) {
  const g3g4 = Fp22.mul(g3, g4);
  const t = Fp22.add(Fp22.sub(Fp22.mul(Fp22.sub(Fp22.sqr(g12), g3g4), _2n5), g3g4), Fp22.mul(g22, g5));
  return Fp22.add(Fp22.mulByNonresidue(t), Fp22.ONE);
}
function bls12CyclotomicExpCompressed(num2, squarings) {
  const gs = [];
  let g = bls12Compress(num2);
  for (const count of squarings) {
    for (let i = 0; i < count; i++)
      g = bls12CyclotomicSquareCompressed(g);
    gs.push(g);
  }
  const isOne = gs.map(({ g2: g22, g3 }) => Fp22.is0(g22) && Fp22.is0(g3));
  const ratios = gs.map(bls12RecoverG1Ratio);
  const invDens = Fp22.invertBatch(ratios.map(({ den }) => den));
  const elems = gs.map((compressed, i) => {
    if (isOne[i])
      return Fp12.ONE;
    const g12 = Fp22.mul(ratios[i].num, invDens[i]);
    return bls12FromCompressed(bls12RecoverG0(g12, compressed), g12, compressed);
  });
  return { result: Fp12.mul(Fp12.mul(elems[0], elems[1]), elems[2]), last: elems[2] };
}
function bls12CyclotomicExpX(num2) {
  const { result, last } = bls12CyclotomicExpCompressed(num2, [16, 32, 9]);
  let r = result;
  let s = last;
  for (let i = 0; i < 3; i++)
    s = Fp12._cyclotomicSquare(s);
  r = Fp12.mul(r, s);
  for (let i = 0; i < 2; i++)
    s = Fp12._cyclotomicSquare(s);
  r = Fp12.mul(r, s);
  s = Fp12._cyclotomicSquare(s);
  return Fp12.mul(r, s);
}
var { Fp: Fp2, Fp2: Fp22, Fp6, Fp12 } = tower12({
  ORDER: bls12_381_CURVE_G1.p,
  X_LEN: BLS_X_LEN,
  // Finite extension field over irreducible polynominal.
  // Fp(u) / (u² - β) where β = -1
  // Public `Fp2.NONRESIDUE` below is the sextic-tower value `(1, 1) = u + 1`;
  // the quadratic non-residue for the base Fp2 construction is still `-1`.
  FP2_NONRESIDUE: [_1n5, _1n5],
  Fp2mulByB: ({ c0, c1 }) => {
    const t0 = Fp2.mul(c0, _4n2);
    const t1 = Fp2.mul(c1, _4n2);
    return { c0: Fp2.sub(t0, t1), c1: Fp2.add(t0, t1) };
  },
  Fp12finalExponentiate: (num2) => {
    const powMinusX = (num3) => Fp12.conjugate(bls12CyclotomicExpX(num3));
    const t0 = Fp12.div(Fp12.frobeniusMap(num2, 6), num2);
    const t1 = Fp12.mul(Fp12.frobeniusMap(t0, 2), t0);
    const t2 = powMinusX(t1);
    const t3 = Fp12.mul(Fp12.conjugate(Fp12._cyclotomicSquare(t1)), t2);
    const t4 = powMinusX(t3);
    const t5 = powMinusX(t4);
    const t6 = Fp12.mul(powMinusX(t5), Fp12._cyclotomicSquare(t2));
    const t7 = powMinusX(t6);
    const t2_t5_pow_q2 = Fp12.frobeniusMap(Fp12.mul(t2, t5), 2);
    const t4_t1_pow_q3 = Fp12.frobeniusMap(Fp12.mul(t4, t1), 3);
    const t6_t1c_pow_q1 = Fp12.frobeniusMap(Fp12.mul(t6, Fp12.conjugate(t1)), 1);
    const t7_t3c_t1 = Fp12.mul(Fp12.mul(t7, Fp12.conjugate(t3)), t1);
    return Fp12.mul(Fp12.mul(Fp12.mul(t2_t5_pow_q2, t4_t1_pow_q3), t6_t1c_pow_q1), t7_t3c_t1);
  }
});
var frob;
var getFrob = () => frob || (frob = psiFrobenius(Fp2, Fp22, Fp22.div(Fp22.ONE, Fp22.NONRESIDUE)));
var G2psi = (c, P) => {
  const fn = getFrob().G2psi;
  G2psi = fn;
  return fn(c, P);
};
var G2psi2 = (c, P) => {
  const fn = getFrob().G2psi2;
  G2psi2 = fn;
  return fn(c, P);
};
var hasher_opts = Object.freeze({
  DST: "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_NUL_",
  encodeDST: "BLS_SIG_BLS12381G2_XMD:SHA-256_SSWU_RO_NUL_",
  p: Fp2.ORDER,
  m: 2,
  k: 128,
  expand: "xmd",
  hash: sha256
});
var bls12_381_CURVE_G2 = {
  p: Fp22.ORDER,
  n: bls12_381_CURVE_G1.n,
  h: BigInt("0x5d543a95414e7f1091d50792876a202cd91de4547085abaa68a205b2e5a7ddfa628f1cb4d9e82ef21537e293a6691ae1616ec6e786f0c70cf1c38e31c7238e5"),
  a: Fp22.ZERO,
  b: Fp22.fromBigTuple([_4n2, _4n2]),
  Gx: Fp22.fromBigTuple([
    BigInt("0x024aa2b2f08f0a91260805272dc51051c6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb8"),
    BigInt("0x13e02b6052719f607dacd3a088274f65596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e")
  ]),
  Gy: Fp22.fromBigTuple([
    BigInt("0x0ce5d527727d6e118cc9cdc6da2e351aadfd9baa8cbdd3a76d429a695160d12c923ac9cc3baca289e193548608b82801"),
    BigInt("0x0606c4a02ea734cc32acd2b02bc28b99cb3e287e85a763af267492ab572e99ab3f370d275cec1da1aaa9075ff05f79be")
  ])
};
var sortBit = (parts, p) => {
  for (const part of parts) {
    if (part !== _0n4)
      return Boolean(part * _2n5 / p);
  }
  return false;
};
var fp2 = {
  // Generic tower bytes use `c0 || c1`, but the BLS12-381 G2 point/signature wire encoding uses
  // `c1 || c0`, so keep this local wrapper instead of changing generic field serialization.
  encode({ c0, c1 }) {
    const { BYTES: L } = Fp2;
    return concatBytes3(numberToBytesBE(c1, L), numberToBytesBE(c0, L));
  },
  decode(bytes) {
    const { BYTES: L } = Fp2;
    return Fp22.create({
      c0: decodeFp(bytes.subarray(L)),
      c1: decodeFp(bytes.subarray(0, L))
    });
  }
};
var BaseFp = Fp2;
function decodeFp(bytes) {
  return Fp2.fromBytes(bytes);
}
var coder = (name, Fp3, b, encode, decode, yparts) => {
  const F3 = Fp3;
  const enc = encode;
  const dec = decode;
  const W = F3.BYTES;
  return (allowUncompressed) => ({
    encode(point, compressed = true) {
      if (!compressed && !allowUncompressed)
        throw new Error("invalid signature: expected compressed encoding");
      const infinity = point.is0();
      const { x, y } = point.toAffine();
      const bytes = compressed ? enc(x) : concatBytes3(enc(x), enc(y));
      let sort;
      if (compressed && !infinity)
        sort = sortBit(yparts(y), BaseFp.ORDER);
      return setMask(bytes, { compressed, infinity, sort });
    },
    decode(bytes) {
      const raw = allowUncompressed ? abytes3(bytes, void 0, "point") : abytes3(bytes, W, "signature");
      const { compressed, infinity, sort, value } = parseMask(raw);
      if (!allowUncompressed && !compressed)
        throw new Error("invalid signature: expected compressed encoding");
      const len = compressed ? W : 2 * W;
      if (value.length !== len)
        throw new Error(`invalid ${name} point: expected ${len} bytes`);
      if (infinity) {
        for (const b2 of value) {
          if (b2)
            throw new Error(`invalid ${name} point: non-canonical zero`);
        }
        return { x: F3.ZERO, y: F3.ZERO };
      }
      const x = dec(compressed ? value : value.subarray(0, W));
      let y;
      if (compressed) {
        y = F3.sqrt(F3.add(F3.pow(x, _3n3), b));
        if (!y)
          throw new Error(`invalid ${name} point: compressed`);
        if (sortBit(yparts(y), BaseFp.ORDER) !== sort)
          y = F3.neg(y);
      } else {
        y = dec(value.subarray(W));
      }
      if (!compressed && F3.is0(x) && F3.is0(y))
        throw new Error(`invalid ${name} point: uncompressed`);
      return { x, y };
    }
  });
};
function validateMask({ compressed, infinity, sort }) {
  if (!compressed && !infinity && sort || // 0010_0000 = 0x20
  !compressed && infinity && sort || // 0110_0000 = 0x60
  compressed && infinity && sort)
    throw new Error("invalid encoding flag");
}
function parseMask(bytes) {
  bytes = copyBytes2(bytes);
  const mask = bytes[0] & 224;
  const compressed = !!(mask >> 7 & 1);
  const infinity = !!(mask >> 6 & 1);
  const sort = !!(mask >> 5 & 1);
  validateMask({ compressed, infinity, sort });
  bytes[0] &= 31;
  return { compressed, infinity, sort, value: bytes };
}
function setMask(bytes, mask) {
  if (bytes[0] & 224)
    throw new Error("setMask: non-empty mask");
  validateMask({ compressed: !!mask.compressed, infinity: !!mask.infinity, sort: !!mask.sort });
  if (mask.compressed)
    bytes[0] |= 128;
  if (mask.infinity)
    bytes[0] |= 64;
  if (mask.sort)
    bytes[0] |= 32;
  return bytes;
}
var g1coder = coder("G1", Fp2, Fp2.create(bls12_381_CURVE_G1.b), (x) => numberToBytesBE(x, Fp2.BYTES), decodeFp, (y) => [y]);
var g1 = { point: g1coder(true), sig: g1coder(false) };
var signatureG1ToBytes = (point) => {
  point.assertValidity();
  return g1.sig.encode(point);
};
function signatureG1FromBytes(bytes) {
  const Point2 = bls12_381.G1.Point;
  const point = Point2.fromAffine(g1.sig.decode(bytes));
  point.assertValidity();
  return point;
}
var g2coder = coder("G2", Fp22, bls12_381_CURVE_G2.b, fp2.encode, fp2.decode, (y) => [
  y.c1,
  y.c0
]);
var g2 = { point: g2coder(true), sig: g2coder(false) };
var signatureG2ToBytes = (point) => {
  point.assertValidity();
  return g2.sig.encode(point);
};
function signatureG2FromBytes(bytes) {
  const Point2 = bls12_381.G2.Point;
  const point = Point2.fromAffine(g2.sig.decode(bytes));
  point.assertValidity();
  return point;
}
var signatureCoders = {
  ShortSignature: {
    fromBytes(bytes) {
      return signatureG1FromBytes(abytes3(bytes));
    },
    fromHex(hex) {
      return signatureG1FromBytes(hexToBytes(hex));
    },
    toBytes(point) {
      return signatureG1ToBytes(point);
    },
    // Historical alias: BLS signatures have a single compressed byte format here.
    toRawBytes(point) {
      return signatureG1ToBytes(point);
    },
    toHex(point) {
      return bytesToHex2(signatureG1ToBytes(point));
    }
  },
  LongSignature: {
    fromBytes(bytes) {
      return signatureG2FromBytes(abytes3(bytes));
    },
    fromHex(hex) {
      return signatureG2FromBytes(hexToBytes(hex));
    },
    toBytes(point) {
      return signatureG2ToBytes(point);
    },
    // Historical alias: BLS signatures have a single compressed byte format here.
    toRawBytes(point) {
      return signatureG2ToBytes(point);
    },
    toHex(point) {
      return bytesToHex2(signatureG2ToBytes(point));
    }
  }
};
var fields = {
  Fp: Fp2,
  Fp2: Fp22,
  Fp6,
  Fp12,
  Fr: bls12_381_Fr
};
var G1_Point = weierstrass(bls12_381_CURVE_G1, {
  // Public point APIs still accept infinity, even though the Zcash proof
  // encoding rules cited above only define nonzero point encodings.
  allowInfinityPoint: true,
  Fn: bls12_381_Fr,
  fromBytes: g1.point.decode,
  toBytes: (_c, point, isComp) => g1.point.encode(point, isComp),
  // Checks is the point resides in prime-order subgroup.
  // point.isTorsionFree() should return true for valid points
  // It returns false for shitty points.
  // https://eprint.iacr.org/2021/1130.pdf
  isTorsionFree: (c, point) => {
    const beta = BigInt("0x5f19672fdf76ce51ba69c6076a0f77eaddb3a93be6f89688de17d813620a00022e01fffffffefffe");
    const phi = new c(Fp2.mul(point.X, beta), point.Y, point.Z);
    const xP = point.multiplyUnsafe(BLS_X).negate();
    const u2P = xP.multiplyUnsafe(BLS_X);
    return u2P.equals(phi);
  },
  // Clear cofactor of G1
  // https://eprint.iacr.org/2019/403
  clearCofactor: (_c, point) => {
    return point.multiplyUnsafe(BLS_X).add(point);
  }
});
var G2_Point = weierstrass(bls12_381_CURVE_G2, {
  Fp: Fp22,
  // Public point APIs still accept infinity, even though the Zcash proof
  // encoding rules cited above only define nonzero point encodings.
  allowInfinityPoint: true,
  Fn: bls12_381_Fr,
  fromBytes: g2.point.decode,
  toBytes: (_c, point, isComp) => g2.point.encode(point, isComp),
  // https://eprint.iacr.org/2021/1130.pdf
  // Older version: https://eprint.iacr.org/2019/814.pdf
  isTorsionFree: (c, P) => {
    return P.multiplyUnsafe(BLS_X).negate().equals(G2psi(c, P));
  },
  // clear_cofactor_bls12381_g2 from RFC 9380.
  // https://eprint.iacr.org/2017/419.pdf
  // prettier-ignore
  clearCofactor: (c, P) => {
    const x = BLS_X;
    let t1 = P.multiplyUnsafe(x).negate();
    let t2 = G2psi(c, P);
    let t3 = P.double();
    t3 = G2psi2(c, t3);
    t3 = t3.subtract(t2);
    t2 = t1.add(t2);
    t2 = t2.multiplyUnsafe(x).negate();
    t3 = t3.add(t2);
    t3 = t3.subtract(t1);
    const Q3 = t3.subtract(P);
    return Q3;
  }
});
var bls12_hasher_opts = {
  mapToG1,
  mapToG2,
  hasherOpts: hasher_opts,
  // RFC 9380 Appendix J defines distinct G1/G2 RO and NU suite IDs, and
  // draft-irtf-cfrg-bls-signature-06 §4.2.1 gives separate G1/G2 `_NUL_` DSTs.
  // Keep G1 encode-to-curve on the G1 domain instead of inheriting G2's `encodeDST`.
  hasherOptsG1: {
    ...hasher_opts,
    m: 1,
    DST: "BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_NUL_",
    encodeDST: "BLS_SIG_BLS12381G1_XMD:SHA-256_SSWU_RO_NUL_"
  },
  hasherOptsG2: { ...hasher_opts }
};
var bls12_params = {
  ateLoopSize: BLS_X,
  // The BLS parameter x for BLS12-381
  xNegative: true,
  twistType: "multiplicative",
  randomBytes: randomBytes2
};
var bls12_381 = bls(fields, G1_Point, G2_Point, bls12_params, bls12_hasher_opts, signatureCoders);
var isogenyMapG2 = isogenyMap(Fp22, [
  // xNum
  [
    [
      "0x5c759507e8e333ebb5b7a9a47d7ed8532c52d39fd3a042a88b58423c50ae15d5c2638e343d9c71c6238aaaaaaaa97d6",
      "0x5c759507e8e333ebb5b7a9a47d7ed8532c52d39fd3a042a88b58423c50ae15d5c2638e343d9c71c6238aaaaaaaa97d6"
    ],
    [
      "0x0",
      "0x11560bf17baa99bc32126fced787c88f984f87adf7ae0c7f9a208c6b4f20a4181472aaa9cb8d555526a9ffffffffc71a"
    ],
    [
      "0x11560bf17baa99bc32126fced787c88f984f87adf7ae0c7f9a208c6b4f20a4181472aaa9cb8d555526a9ffffffffc71e",
      "0x8ab05f8bdd54cde190937e76bc3e447cc27c3d6fbd7063fcd104635a790520c0a395554e5c6aaaa9354ffffffffe38d"
    ],
    [
      "0x171d6541fa38ccfaed6dea691f5fb614cb14b4e7f4e810aa22d6108f142b85757098e38d0f671c7188e2aaaaaaaa5ed1",
      "0x0"
    ]
  ],
  // xDen
  [
    [
      "0x0",
      "0x1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaa63"
    ],
    [
      "0xc",
      "0x1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaa9f"
    ],
    ["0x1", "0x0"]
    // LAST 1
  ],
  // yNum
  [
    [
      "0x1530477c7ab4113b59a4c18b076d11930f7da5d4a07f649bf54439d87d27e500fc8c25ebf8c92f6812cfc71c71c6d706",
      "0x1530477c7ab4113b59a4c18b076d11930f7da5d4a07f649bf54439d87d27e500fc8c25ebf8c92f6812cfc71c71c6d706"
    ],
    [
      "0x0",
      "0x5c759507e8e333ebb5b7a9a47d7ed8532c52d39fd3a042a88b58423c50ae15d5c2638e343d9c71c6238aaaaaaaa97be"
    ],
    [
      "0x11560bf17baa99bc32126fced787c88f984f87adf7ae0c7f9a208c6b4f20a4181472aaa9cb8d555526a9ffffffffc71c",
      "0x8ab05f8bdd54cde190937e76bc3e447cc27c3d6fbd7063fcd104635a790520c0a395554e5c6aaaa9354ffffffffe38f"
    ],
    [
      "0x124c9ad43b6cf79bfbf7043de3811ad0761b0f37a1e26286b0e977c69aa274524e79097a56dc4bd9e1b371c71c718b10",
      "0x0"
    ]
  ],
  // yDen
  [
    [
      "0x1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffa8fb",
      "0x1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffa8fb"
    ],
    [
      "0x0",
      "0x1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffa9d3"
    ],
    [
      "0x12",
      "0x1a0111ea397fe69a4b1ba7b6434bacd764774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaa99"
    ],
    ["0x1", "0x0"]
    // LAST 1
  ]
].map((i) => i.map((pair) => Fp22.fromBigTuple(pair.map(BigInt)))));
var isogenyMapG1 = isogenyMap(Fp2, [
  // xNum
  [
    "0x11a05f2b1e833340b809101dd99815856b303e88a2d7005ff2627b56cdb4e2c85610c2d5f2e62d6eaeac1662734649b7",
    "0x17294ed3e943ab2f0588bab22147a81c7c17e75b2f6a8417f565e33c70d1e86b4838f2a6f318c356e834eef1b3cb83bb",
    "0xd54005db97678ec1d1048c5d10a9a1bce032473295983e56878e501ec68e25c958c3e3d2a09729fe0179f9dac9edcb0",
    "0x1778e7166fcc6db74e0609d307e55412d7f5e4656a8dbf25f1b33289f1b330835336e25ce3107193c5b388641d9b6861",
    "0xe99726a3199f4436642b4b3e4118e5499db995a1257fb3f086eeb65982fac18985a286f301e77c451154ce9ac8895d9",
    "0x1630c3250d7313ff01d1201bf7a74ab5db3cb17dd952799b9ed3ab9097e68f90a0870d2dcae73d19cd13c1c66f652983",
    "0xd6ed6553fe44d296a3726c38ae652bfb11586264f0f8ce19008e218f9c86b2a8da25128c1052ecaddd7f225a139ed84",
    "0x17b81e7701abdbe2e8743884d1117e53356de5ab275b4db1a682c62ef0f2753339b7c8f8c8f475af9ccb5618e3f0c88e",
    "0x80d3cf1f9a78fc47b90b33563be990dc43b756ce79f5574a2c596c928c5d1de4fa295f296b74e956d71986a8497e317",
    "0x169b1f8e1bcfa7c42e0c37515d138f22dd2ecb803a0c5c99676314baf4bb1b7fa3190b2edc0327797f241067be390c9e",
    "0x10321da079ce07e272d8ec09d2565b0dfa7dccdde6787f96d50af36003b14866f69b771f8c285decca67df3f1605fb7b",
    "0x6e08c248e260e70bd1e962381edee3d31d79d7e22c837bc23c0bf1bc24c6b68c24b1b80b64d391fa9c8ba2e8ba2d229"
  ],
  // xDen
  [
    "0x8ca8d548cff19ae18b2e62f4bd3fa6f01d5ef4ba35b48ba9c9588617fc8ac62b558d681be343df8993cf9fa40d21b1c",
    "0x12561a5deb559c4348b4711298e536367041e8ca0cf0800c0126c2588c48bf5713daa8846cb026e9e5c8276ec82b3bff",
    "0xb2962fe57a3225e8137e629bff2991f6f89416f5a718cd1fca64e00b11aceacd6a3d0967c94fedcfcc239ba5cb83e19",
    "0x3425581a58ae2fec83aafef7c40eb545b08243f16b1655154cca8abc28d6fd04976d5243eecf5c4130de8938dc62cd8",
    "0x13a8e162022914a80a6f1d5f43e7a07dffdfc759a12062bb8d6b44e833b306da9bd29ba81f35781d539d395b3532a21e",
    "0xe7355f8e4e667b955390f7f0506c6e9395735e9ce9cad4d0a43bcef24b8982f7400d24bc4228f11c02df9a29f6304a5",
    "0x772caacf16936190f3e0c63e0596721570f5799af53a1894e2e073062aede9cea73b3538f0de06cec2574496ee84a3a",
    "0x14a7ac2a9d64a8b230b3f5b074cf01996e7f63c21bca68a81996e1cdf9822c580fa5b9489d11e2d311f7d99bbdcc5a5e",
    "0xa10ecf6ada54f825e920b3dafc7a3cce07f8d1d7161366b74100da67f39883503826692abba43704776ec3a79a1d641",
    "0x95fc13ab9e92ad4476d6e3eb3a56680f682b4ee96f7d03776df533978f31c1593174e4b4b7865002d6384d168ecdd0a",
    "0x000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001"
    // LAST 1
  ],
  // yNum
  [
    "0x90d97c81ba24ee0259d1f094980dcfa11ad138e48a869522b52af6c956543d3cd0c7aee9b3ba3c2be9845719707bb33",
    "0x134996a104ee5811d51036d776fb46831223e96c254f383d0f906343eb67ad34d6c56711962fa8bfe097e75a2e41c696",
    "0xcc786baa966e66f4a384c86a3b49942552e2d658a31ce2c344be4b91400da7d26d521628b00523b8dfe240c72de1f6",
    "0x1f86376e8981c217898751ad8746757d42aa7b90eeb791c09e4a3ec03251cf9de405aba9ec61deca6355c77b0e5f4cb",
    "0x8cc03fdefe0ff135caf4fe2a21529c4195536fbe3ce50b879833fd221351adc2ee7f8dc099040a841b6daecf2e8fedb",
    "0x16603fca40634b6a2211e11db8f0a6a074a7d0d4afadb7bd76505c3d3ad5544e203f6326c95a807299b23ab13633a5f0",
    "0x4ab0b9bcfac1bbcb2c977d027796b3ce75bb8ca2be184cb5231413c4d634f3747a87ac2460f415ec961f8855fe9d6f2",
    "0x987c8d5333ab86fde9926bd2ca6c674170a05bfe3bdd81ffd038da6c26c842642f64550fedfe935a15e4ca31870fb29",
    "0x9fc4018bd96684be88c9e221e4da1bb8f3abd16679dc26c1e8b6e6a1f20cabe69d65201c78607a360370e577bdba587",
    "0xe1bba7a1186bdb5223abde7ada14a23c42a0ca7915af6fe06985e7ed1e4d43b9b3f7055dd4eba6f2bafaaebca731c30",
    "0x19713e47937cd1be0dfd0b8f1d43fb93cd2fcbcb6caf493fd1183e416389e61031bf3a5cce3fbafce813711ad011c132",
    "0x18b46a908f36f6deb918c143fed2edcc523559b8aaf0c2462e6bfe7f911f643249d9cdf41b44d606ce07c8a4d0074d8e",
    "0xb182cac101b9399d155096004f53f447aa7b12a3426b08ec02710e807b4633f06c851c1919211f20d4c04f00b971ef8",
    "0x245a394ad1eca9b72fc00ae7be315dc757b3b080d4c158013e6632d3c40659cc6cf90ad1c232a6442d9d3f5db980133",
    "0x5c129645e44cf1102a159f748c4a3fc5e673d81d7e86568d9ab0f5d396a7ce46ba1049b6579afb7866b1e715475224b",
    "0x15e6be4e990f03ce4ea50b3b42df2eb5cb181d8f84965a3957add4fa95af01b2b665027efec01c7704b456be69c8b604"
  ],
  // yDen
  [
    "0x16112c4c3a9c98b252181140fad0eae9601a6de578980be6eec3232b5be72e7a07f3688ef60c206d01479253b03663c1",
    "0x1962d75c2381201e1a0cbd6c43c348b885c84ff731c4d59ca4a10356f453e01f78a4260763529e3532f6102c2e49a03d",
    "0x58df3306640da276faaae7d6e8eb15778c4855551ae7f310c35a5dd279cd2eca6757cd636f96f891e2538b53dbf67f2",
    "0x16b7d288798e5395f20d23bf89edb4d1d115c5dbddbcd30e123da489e726af41727364f2c28297ada8d26d98445f5416",
    "0xbe0e079545f43e4b00cc912f8228ddcc6d19c9f0f69bbb0542eda0fc9dec916a20b15dc0fd2ededda39142311a5001d",
    "0x8d9e5297186db2d9fb266eaac783182b70152c65550d881c5ecd87b6f0f5a6449f38db9dfa9cce202c6477faaf9b7ac",
    "0x166007c08a99db2fc3ba8734ace9824b5eecfdfa8d0cf8ef5dd365bc400a0051d5fa9c01a58b1fb93d1a1399126a775c",
    "0x16a3ef08be3ea7ea03bcddfabba6ff6ee5a4375efa1f4fd7feb34fd206357132b920f5b00801dee460ee415a15812ed9",
    "0x1866c8ed336c61231a1be54fd1d74cc4f9fb0ce4c6af5920abc5750c4bf39b4852cfe2f7bb9248836b233d9d55535d4a",
    "0x167a55cda70a6e1cea820597d94a84903216f763e13d87bb5308592e7ea7d4fbc7385ea3d529b35e346ef48bb8913f55",
    "0x4d2f259eea405bd48f010a01ad2911d9c6dd039bb61a6290e591b36e636a5c871a5c29f4f83060400f8b49cba8f6aa8",
    "0xaccbb67481d033ff5852c1e48c50c477f94ff8aefce42d28c0f9a88cea7913516f968986f7ebbea9684b529e2561092",
    "0xad6b9514c767fe3c3613144b45f1496543346d98adf02267d5ceef9a00d9b8693000763e3b90ac11e99b138573345cc",
    "0x2660400eb2e4f3b628bdd0d53cd76f2bf565b94e72927c1cb748df27942480e420517bd8714cc80d1fadc1326ed06f7",
    "0xe0fa1d816ddc03e6b24255e0d7819c171c40f65e273b853324efcd6356caa205ca2f570f13497804415473a1d634b8f",
    "0x000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001"
    // LAST 1
  ]
].map((i) => i.map((j) => BigInt(j))));
var G1_SWU;
var G2_SWU;
var getG1_SWU = () => G1_SWU || (G1_SWU = mapToCurveSimpleSWU(Fp2, {
  A: Fp2.create(BigInt("0x144698a3b8e9433d693a02c96d4982b0ea985383ee66a8d8e8981aefd881ac98936f8da0e0f97f5cf428082d584c1d")),
  B: Fp2.create(BigInt("0x12e2908d11688030018b12e8753eee3b2016c1f0f24f4070a0b9c14fcef35ef55a23215a316ceaa5d1cc48e98e172be0")),
  Z: Fp2.create(BigInt(11))
}));
var getG2_SWU = () => G2_SWU || (G2_SWU = mapToCurveSimpleSWU(Fp22, {
  // SWU map for the RFC 9380 §8.8.2 pre-isogeny G2 curve E':
  // y² = x³ + 240i * x + 1012 + 1012i
  A: Fp22.create({ c0: Fp2.create(_0n4), c1: Fp2.create(BigInt(240)) }),
  // A' = 240 * I
  B: Fp22.create({ c0: Fp2.create(BigInt(1012)), c1: Fp2.create(BigInt(1012)) }),
  // B' = 1012 * (1 + I)
  Z: Fp22.create({ c0: Fp2.create(BigInt(-2)), c1: Fp2.create(BigInt(-1)) })
  // Z: -(2 + I)
}));
function mapToG1(scalars) {
  const { x, y } = getG1_SWU()(Fp2.create(scalars[0]));
  return isogenyMapG1(x, y);
}
function mapToG2(scalars) {
  const { x, y } = getG2_SWU()(Fp22.fromBigTuple(scalars));
  return isogenyMapG2(x, y);
}

// node_modules/@noble/hashes/hkdf.js
var HKDF_COUNTER = /* @__PURE__ */ Uint8Array.of(0);
var EMPTY_BUFFER = /* @__PURE__ */ Uint8Array.of();
function expand(hash, prk, info, length = 32, _recycled) {
  ahash(hash);
  anumber(length, "length");
  abytes2(prk, void 0, "prk");
  const olen = hash.outputLen;
  if (prk.length < olen)
    throw new Error('"prk" must be at least HashLen octets');
  if (length > 255 * olen)
    throw new Error("Length must be <= 255*HashLen");
  const blocks = Math.ceil(length / olen);
  if (info === void 0)
    info = EMPTY_BUFFER;
  else
    abytes2(info, void 0, "info");
  if (!blocks) {
    if (_recycled)
      clean2(prk);
    return new Uint8Array();
  }
  const okm = _recycled && blocks === 1 ? prk : new Uint8Array(blocks * olen);
  const { iHash, oHash } = hmac.create(hash, prk);
  const T = _recycled ? prk : new Uint8Array(olen);
  const worker = blocks > 1 ? _recycled?.iHash || hash.create() : void 0;
  for (let counter = 0; counter < blocks - 1; counter++) {
    HKDF_COUNTER[0] = counter + 1;
    const iWork = iHash._cloneInto(worker);
    if (counter)
      iWork.update(T);
    iWork.update(info).update(HKDF_COUNTER).digestInto(T);
    oHash._cloneInto(worker).update(T).digestInto(T);
    okm.set(T, olen * counter);
  }
  HKDF_COUNTER[0] = blocks;
  if (blocks > 1)
    iHash.update(T);
  iHash.update(info).update(HKDF_COUNTER).digestInto(T);
  oHash.update(T).digestInto(T);
  okm.set(T, olen * (blocks - 1));
  iHash.destroy();
  oHash.destroy();
  worker?.destroy();
  if (T !== okm)
    clean2(T);
  clean2(HKDF_COUNTER);
  if (length === okm.length)
    return okm;
  const res = okm.slice(0, length);
  clean2(okm);
  return res;
}
var hkdf = (hash, ikm, salt, info, length) => {
  ahash(hash);
  if (salt === void 0)
    salt = new Uint8Array(hash.outputLen);
  const HMAC = hmac.create(hash, salt).update(ikm);
  return expand(hash, HMAC.digest(), info, length, HMAC);
};

// node_modules/@noble/hashes/pbkdf2.js
function pbkdf2Init(hash, _password, _salt, _opts) {
  ahash(hash);
  const opts2 = checkOpts({ dkLen: 32, asyncTick: 10 }, _opts);
  const { c, dkLen, asyncTick } = opts2;
  anumber(c, "c");
  anumber(dkLen, "dkLen");
  anumber(asyncTick, "asyncTick");
  if (c < 1)
    throw new Error('"c" (iterations) must be >= 1');
  if (dkLen < 1)
    throw new Error('"dkLen" must be >= 1');
  if (dkLen > (2 ** 32 - 1) * hash.outputLen)
    throw new Error("derived key too long");
  const p = kdfInputToBytes(_password, "password");
  try {
    const s = kdfInputToBytes(_salt, "salt");
    try {
      const DK = new Uint8Array(dkLen);
      const { iHash, oHash, outputLen } = hmac.create(hash, p);
      const u = new Uint8Array(outputLen);
      const eng = pbkdf2Engine(iHash, oHash, s, u);
      return { c, dkLen, asyncTick, DK, outputLen, eng };
    } finally {
      if (typeof _salt === "string")
        clean2(s);
    }
  } finally {
    if (typeof _password === "string")
      clean2(p);
  }
}
function pbkdf2Engine(iHash, oHash, salt, u) {
  const counter = new Uint8Array(4);
  const view = createView(counter);
  const salted = iHash._cloneInto().update(salt);
  const work = oHash._cloneInto();
  const iClone = iHash._cloneInto;
  const oClone = oHash._cloneInto;
  return {
    u1: (ti, Ti) => {
      view.setInt32(0, ti, false);
      salted._cloneInto(work).update(counter).digestInto(u);
      oHash._cloneInto(work).update(u).digestInto(u);
      Ti.set(u.subarray(0, Ti.length));
    },
    // Whole `F` inner loop for the sync variant: one optimized function owns the hot loop.
    rounds: (c, Ti) => {
      for (let ui = 1; ui < c; ui++) {
        iClone.call(iHash, work).update(u).digestInto(u);
        oClone.call(oHash, work).update(u).digestInto(u);
        for (let i = 0; i < Ti.length; i++)
          Ti[i] ^= u[i];
      }
    },
    output: (DK) => {
      iHash.destroy();
      oHash.destroy();
      salted.destroy();
      work.destroy();
      clean2(u);
      return DK;
    }
  };
}
function pbkdf2(hash, password, salt, opts2) {
  const { c, dkLen, DK, outputLen, eng } = pbkdf2Init(hash, password, salt, opts2);
  for (let ti = 1, pos = 0; pos < dkLen; ti++, pos += outputLen) {
    const Ti = DK.subarray(pos, pos + outputLen);
    eng.u1(ti, Ti);
    eng.rounds(c, Ti);
  }
  return eng.output(DK);
}

// node_modules/@noble/hashes/scrypt.js
function XorAndSalsa(prev, pi, input2, ii, out, oi) {
  let y00 = prev[pi++] ^ input2[ii++], y01 = prev[pi++] ^ input2[ii++];
  let y02 = prev[pi++] ^ input2[ii++], y03 = prev[pi++] ^ input2[ii++];
  let y04 = prev[pi++] ^ input2[ii++], y05 = prev[pi++] ^ input2[ii++];
  let y06 = prev[pi++] ^ input2[ii++], y07 = prev[pi++] ^ input2[ii++];
  let y08 = prev[pi++] ^ input2[ii++], y09 = prev[pi++] ^ input2[ii++];
  let y10 = prev[pi++] ^ input2[ii++], y11 = prev[pi++] ^ input2[ii++];
  let y12 = prev[pi++] ^ input2[ii++], y13 = prev[pi++] ^ input2[ii++];
  let y14 = prev[pi++] ^ input2[ii++], y15 = prev[pi++] ^ input2[ii++];
  let x00 = y00, x01 = y01, x02 = y02, x03 = y03, x04 = y04, x05 = y05, x06 = y06, x07 = y07, x08 = y08, x09 = y09, x10 = y10, x11 = y11, x12 = y12, x13 = y13, x14 = y14, x15 = y15;
  for (let i = 0; i < 8; i += 2) {
    x04 ^= rotl(x00 + x12 | 0, 7);
    x08 ^= rotl(x04 + x00 | 0, 9);
    x12 ^= rotl(x08 + x04 | 0, 13);
    x00 ^= rotl(x12 + x08 | 0, 18);
    x09 ^= rotl(x05 + x01 | 0, 7);
    x13 ^= rotl(x09 + x05 | 0, 9);
    x01 ^= rotl(x13 + x09 | 0, 13);
    x05 ^= rotl(x01 + x13 | 0, 18);
    x14 ^= rotl(x10 + x06 | 0, 7);
    x02 ^= rotl(x14 + x10 | 0, 9);
    x06 ^= rotl(x02 + x14 | 0, 13);
    x10 ^= rotl(x06 + x02 | 0, 18);
    x03 ^= rotl(x15 + x11 | 0, 7);
    x07 ^= rotl(x03 + x15 | 0, 9);
    x11 ^= rotl(x07 + x03 | 0, 13);
    x15 ^= rotl(x11 + x07 | 0, 18);
    x01 ^= rotl(x00 + x03 | 0, 7);
    x02 ^= rotl(x01 + x00 | 0, 9);
    x03 ^= rotl(x02 + x01 | 0, 13);
    x00 ^= rotl(x03 + x02 | 0, 18);
    x06 ^= rotl(x05 + x04 | 0, 7);
    x07 ^= rotl(x06 + x05 | 0, 9);
    x04 ^= rotl(x07 + x06 | 0, 13);
    x05 ^= rotl(x04 + x07 | 0, 18);
    x11 ^= rotl(x10 + x09 | 0, 7);
    x08 ^= rotl(x11 + x10 | 0, 9);
    x09 ^= rotl(x08 + x11 | 0, 13);
    x10 ^= rotl(x09 + x08 | 0, 18);
    x12 ^= rotl(x15 + x14 | 0, 7);
    x13 ^= rotl(x12 + x15 | 0, 9);
    x14 ^= rotl(x13 + x12 | 0, 13);
    x15 ^= rotl(x14 + x13 | 0, 18);
  }
  out[oi++] = y00 + x00 | 0;
  out[oi++] = y01 + x01 | 0;
  out[oi++] = y02 + x02 | 0;
  out[oi++] = y03 + x03 | 0;
  out[oi++] = y04 + x04 | 0;
  out[oi++] = y05 + x05 | 0;
  out[oi++] = y06 + x06 | 0;
  out[oi++] = y07 + x07 | 0;
  out[oi++] = y08 + x08 | 0;
  out[oi++] = y09 + x09 | 0;
  out[oi++] = y10 + x10 | 0;
  out[oi++] = y11 + x11 | 0;
  out[oi++] = y12 + x12 | 0;
  out[oi++] = y13 + x13 | 0;
  out[oi++] = y14 + x14 | 0;
  out[oi++] = y15 + x15 | 0;
}
function BlockMix(input2, ii, out, oi, r) {
  let head = oi + 0;
  let tail = oi + 16 * r;
  for (let i = 0; i < 16; i++)
    out[tail + i] = input2[ii + (2 * r - 1) * 16 + i];
  for (let i = 0; i < r; i++, head += 16, ii += 16) {
    XorAndSalsa(out, tail, input2, ii, out, head);
    if (i > 0)
      tail += 16;
    XorAndSalsa(out, head, input2, ii += 16, out, tail);
  }
}
var SCRYPT_DEFAULT_MAXMEM = 128 * 8 * (2 ** 20 + 1 + 1);
function scryptInit(password, salt, _opts) {
  const opts2 = checkOpts({
    dkLen: 32,
    asyncTick: 10,
    maxmem: SCRYPT_DEFAULT_MAXMEM
  }, _opts);
  const { N: N3, r, p, dkLen, asyncTick, maxmem, onProgress } = opts2;
  anumber(N3, "N");
  anumber(r, "r");
  anumber(p, "p");
  anumber(dkLen, "dkLen");
  anumber(asyncTick, "asyncTick");
  anumber(maxmem, "maxmem");
  if (onProgress !== void 0 && typeof onProgress !== "function")
    throw new Error('"onProgress" must be a function');
  if (r < 1)
    throw new Error('"r" expected integer >= 1');
  const blockSize = 128 * r;
  const blockSize32 = blockSize / 4;
  const pow32 = Math.pow(2, 32);
  if (N3 <= 1 || (N3 & N3 - 1) !== 0 || N3 > pow32)
    throw new Error('"N" expected a power of 2, and 2^1 <= N <= 2^32');
  if (p < 1 || p > (pow32 - 1) * 32 / blockSize)
    throw new Error('"p" expected integer 1..((2^32 - 1) * 32) / (128 * r)');
  if (dkLen < 1 || dkLen > (pow32 - 1) * 32)
    throw new Error('"dkLen" expected integer 1..(2^32 - 1) * 32');
  const memUsed = blockSize * (N3 + p + 1);
  if (memUsed > maxmem)
    throw new Error('"maxmem" limit was hit: memUsed(128*r*(N+p+1))=' + memUsed + ", maxmem=" + maxmem);
  const B = pbkdf2(sha256, password, salt, { c: 1, dkLen: blockSize * p });
  const B32 = u32(B);
  const V = u32(new Uint8Array(blockSize * N3));
  const tmp = u32(new Uint8Array(blockSize));
  let blockMixCb = () => {
  };
  if (onProgress) {
    const totalBlockMix = 2 * N3 * p;
    const callbackPer = Math.max(Math.floor(totalBlockMix / 1e4), 1);
    let blockMixCnt = 0;
    blockMixCb = () => {
      blockMixCnt++;
      if (onProgress && (!(blockMixCnt % callbackPer) || blockMixCnt === totalBlockMix)) {
        try {
          onProgress(blockMixCnt / totalBlockMix);
        } catch (e) {
          clean2(B, V, tmp);
          throw e;
        }
      }
    };
  }
  return { N: N3, r, p, dkLen, blockSize32, V, B32, B, tmp, blockMixCb, asyncTick };
}
function scryptOutput(password, dkLen, B, V, tmp) {
  const res = pbkdf2(sha256, password, B, { c: 1, dkLen });
  clean2(B, V, tmp);
  return res;
}
function scrypt(password, salt, opts2) {
  const { N: N3, r, p, dkLen, blockSize32, V, B32, B, tmp, blockMixCb } = scryptInit(password, salt, opts2);
  swap32IfBE(B32);
  for (let pi = 0; pi < p; pi++) {
    const Pi = blockSize32 * pi;
    for (let i = 0; i < blockSize32; i++)
      V[i] = B32[Pi + i];
    for (let i = 0, pos = 0; i < N3 - 1; i++) {
      BlockMix(V, pos, V, pos += blockSize32, r);
      blockMixCb();
    }
    BlockMix(V, (N3 - 1) * blockSize32, B32, Pi, r);
    blockMixCb();
    for (let i = 0; i < N3; i++) {
      const j = (B32[Pi + blockSize32 - 16] & N3 - 1) >>> 0;
      for (let k = 0; k < blockSize32; k++)
        tmp[k] = B32[Pi + k] ^ V[j * blockSize32 + k];
      BlockMix(tmp, 0, B32, Pi, r);
      blockMixCb();
    }
  }
  swap32IfBE(B32);
  return scryptOutput(password, dkLen, B, V, tmp);
}

// node_modules/micro-key-producer/bls.js
var Fr = /* @__PURE__ */ (() => bls12_381.fields.Fr)();
function os2ip(bytes) {
  let result = 0n;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    result <<= 8n;
    result += BigInt(byte);
  }
  return result;
}
function i2osp(value, length) {
  if (value < 0 || value >= 1n << BigInt(8 * length)) {
    throw new RangeError(`bad I2OSP call: value=${value} length=${length}`);
  }
  const res = Array.from({ length }).fill(0);
  for (let i = length - 1; i >= 0; i--) {
    res[i] = value & 255;
    value >>>= 8;
  }
  return new Uint8Array(res);
}
function ikmToLamportSK(ikm, salt) {
  const okm = hkdf(sha256, ikm, salt, void 0, 32 * 255);
  return Array.from({ length: 255 }, (_, i) => okm.slice(i * 32, (i + 1) * 32));
}
function assertUint32(index) {
  if (typeof index !== "number")
    throw new TypeError("Expected uint32 number");
  if (!Number.isSafeInteger(index) || index < 0 || index > 2 ** 32 - 1)
    throw new RangeError("Expected valid uint32 number");
}
function parentSKToLamportPK(parentSK, index) {
  parentSK = abytes3(parentSK, void 0, "parentSK");
  assertUint32(index);
  const salt = i2osp(index, 4);
  const ikm = parentSK;
  const lamport0 = ikmToLamportSK(ikm, salt);
  const notIkm = ikm.map((byte) => ~byte);
  const lamport1 = ikmToLamportSK(notIkm, salt);
  const lamportPK = lamport0.concat(lamport1).map((part) => sha256(part));
  return sha256(concatBytes2(...lamportPK));
}
function hkdfModR(ikm, keyInfo = Uint8Array.of()) {
  ikm = abytes3(ikm, void 0, "ikm");
  keyInfo = abytes3(keyInfo, void 0, "key information");
  let salt = utf8ToBytes("BLS-SIG-KEYGEN-SALT-");
  let SK = 0n;
  const input2 = concatBytes2(ikm, Uint8Array.from([0]));
  const label = concatBytes2(keyInfo, Uint8Array.from([0, 48]));
  while (SK === 0n) {
    salt = sha256(salt);
    const okm = hkdf(sha256, input2, salt, label, 48);
    SK = Fr.create(os2ip(okm));
  }
  return numberToBytesBE(SK, 32);
}
function deriveMaster(seed) {
  return hkdfModR(seed);
}
function deriveChild(parentKey, index) {
  return hkdfModR(parentSKToLamportPK(parentKey, index));
}

// src/hd/path.ts
var HARDENED_OFFSET3 = 2147483648;
var MAX_PATH_DEPTH = 16;
var MAX_PATH_CHARS = 4096;
var COMPONENT_RE = /^(\d+)(['hH]?)$/;
function badPath(message, details) {
  return new CustosError("E_BAD_PATH", message, details);
}
function parsePath(path, mode = "bip32") {
  if (typeof path !== "string") throw badPath("path: expected a string");
  if (path.length > MAX_PATH_CHARS) throw badPath(`path: longer than ${MAX_PATH_CHARS} characters`);
  const parts = path.split("/");
  if (parts[0] !== "m") throw badPath(`path: must start with "m" (got "${parts[0]?.slice(0, 16) ?? ""}")`);
  const comps = parts.slice(1);
  if (comps.length > MAX_PATH_DEPTH) {
    throw badPath(`path: too deep (${comps.length} levels, at most MAX_PATH_DEPTH = ${MAX_PATH_DEPTH})`, {
      depth: comps.length,
      limit: "MAX_PATH_DEPTH",
      max: MAX_PATH_DEPTH
    });
  }
  const maxIndex = mode === "eip2334" ? 2 ** 32 - 1 : HARDENED_OFFSET3 - 1;
  const indices = [];
  const hardened = [];
  const text = ["m"];
  comps.forEach((c, i) => {
    const where = `path component ${i + 1}`;
    const shown = JSON.stringify(c.slice(0, 24));
    if (c === "") throw badPath(`${where} is empty`, { component: i + 1 });
    const m = COMPONENT_RE.exec(c);
    if (!m) throw badPath(`${where} (${shown}) is not a decimal index`, { component: i + 1 });
    const digits = m[1] ?? "";
    const isHard = (m[2] ?? "") !== "";
    if (isHard && mode === "eip2334") {
      throw badPath(`${where} (${shown}): EIP-2334 paths take plain indices, no hardened marker`, {
        component: i + 1
      });
    }
    const n = Number(digits);
    if (!Number.isSafeInteger(n) || n > maxIndex) {
      throw badPath(`${where} (${shown}): index must be below ${maxIndex + 1}`, { component: i + 1 });
    }
    indices.push(isHard ? n + HARDENED_OFFSET3 : n);
    hardened.push(isHard);
    text.push(isHard ? `${n}'` : `${n}`);
  });
  return { text: text.join("/"), indices, hardened };
}

// src/hd/derive.ts
var MIN_SEED = 16;
var MAX_SEED = 64;
var MIN_BLS_SEED = 32;
function checkSeed(seed, min = MIN_SEED) {
  if (!(seed instanceof Uint8Array)) throw badInput("seed: expected bytes", { field: "seed" });
  if (seed.length < min || seed.length > MAX_SEED) {
    throw badInput(`seed: expected ${min}..${MAX_SEED} bytes, got ${seed.length}`, { field: "seed" });
  }
  return seed;
}
function bip32Master(seed) {
  checkSeed(seed);
  try {
    return HDKey.fromMasterSeed(seed);
  } catch (e) {
    throw badInput("seed: yields an invalid BIP-32 master key", { field: "seed" }, { cause: e });
  }
}
function bip32Walk(node, indices) {
  let cur = node;
  for (const index of indices) {
    const next = cur.deriveChild(index);
    cur.wipePrivateData();
    cur = next;
  }
  return cur;
}
function deriveSecp256k1(seed, path) {
  const { indices } = parsePath(path, "bip32");
  const node = bip32Walk(bip32Master(seed), indices);
  const sk = node.privateKey;
  node.wipePrivateData();
  if (!sk) throw new CustosError("E_INTERNAL", "BIP-32 derivation produced no private key");
  return sk;
}
function deriveEd25519(seed, path) {
  const parsed = parsePath(path, "bip32");
  parsed.hardened.forEach((h, i) => {
    if (!h) {
      throw new CustosError(
        "E_BAD_PATH",
        `path component ${i + 1}: ed25519 (SLIP-10) supports hardened derivation only; write it as ${parsed.text.split("/")[i + 1]}'`,
        { component: i + 1 }
      );
    }
  });
  let node = HDKey2.fromMasterSeed(checkSeed(seed));
  for (const index of parsed.indices) {
    const next = node.deriveChild(index);
    clean(node.privateKey, node.chainCode);
    node = next;
  }
  const sk = copyBytes(node.privateKey);
  clean(node.privateKey, node.chainCode);
  return sk;
}
function deriveBls(seed, path) {
  const { indices } = parsePath(path, "eip2334");
  let sk = deriveMaster(checkSeed(seed, MIN_BLS_SEED));
  for (const index of indices) {
    const next = deriveChild(sk, index);
    clean(sk);
    sk = next;
  }
  return sk;
}
function deriveSecret(seed, curve, path) {
  switch (curve) {
    case "secp256k1":
      return deriveSecp256k1(seed, path);
    case "ed25519":
      return deriveEd25519(seed, path);
    case "bls12-381":
      return deriveBls(seed, path);
    default:
      throw new CustosError("E_UNSUPPORTED", `curve: unsupported "${String(curve)}"`, { field: "curve" });
  }
}
function xpub(seed, path) {
  const { indices } = parsePath(path, "bip32");
  const node = bip32Walk(bip32Master(seed), indices);
  const out = node.publicExtendedKey;
  node.wipePrivateData();
  return out;
}
function defaultCurveForPath(path) {
  if (typeof path !== "string") throw new CustosError("E_BAD_PATH", "path: expected a string");
  const parts = path.split("/");
  const hard = (c, n) => c !== void 0 && /^\d+['hH]$/.test(c) && c.slice(0, -1) === n;
  if (parts[1] === "12381") return "bls12-381";
  if (hard(parts[1], "44") && hard(parts[2], "501")) return "ed25519";
  return "secp256k1";
}

// src/keystore/refs.ts
var CURVES = ["secp256k1", "ed25519", "bls12-381"];
function parseCurve(s) {
  if (CURVES.includes(s)) return s;
  throw new CustosError("E_UNSUPPORTED", `unknown curve "${s}" (expected ${CURVES.join(", ")})`);
}
function parseKeyRef(ref, curve) {
  const slash = ref.indexOf("/");
  if (slash < 0) return { kind: "key", name: checkName(ref, "key") };
  const wallet = checkName(ref.slice(0, slash), "wallet");
  const raw = ref.slice(slash + 1);
  const c = curve ?? defaultCurveForPath(raw);
  const path = parsePath(raw, c === "bls12-381" ? "eip2334" : "bip32").text;
  return { kind: "derived", wallet, path, curve: c };
}
function refString(ref) {
  return ref.kind === "key" ? ref.name : `${ref.wallet}/${ref.path}`;
}

// src/audit/chain.ts
import { createHash } from "node:crypto";
var ed255192 = () => getAlgorithm("ed25519");
var GENESIS_HASH = "0".repeat(64);
function eventHash(e) {
  const body = canonicalJson({
    seq: e.seq,
    ts: e.ts,
    actor: e.actor,
    action: e.action,
    subject: e.subject,
    details: JSON.parse(e.details),
    prev: e.prevHash
  });
  return createHash("sha256").update(body).digest("hex");
}
function checkpointMessage(instanceId, c) {
  return utf8(`custos-audit-checkpoint:v1:${instanceId}:${c.seq}:${c.hash}:${c.ts}`);
}
function signCheckpoint(instanceId, auditSecret, c) {
  return { ...c, signature: toHex(ed255192().sign(auditSecret, checkpointMessage(instanceId, c))) };
}
var ChainVerifier = class {
  constructor(instanceId, auditPublicKey) {
    this.instanceId = instanceId;
    this.auditPublicKey = auditPublicKey;
  }
  instanceId;
  auditPublicKey;
  prevHash = GENESIS_HASH;
  expectedSeq = 1;
  hashes = /* @__PURE__ */ new Map();
  problem;
  count = 0;
  checkpointCount = 0;
  anchoredSeq = 0;
  fail(seq, reason) {
    this.problem ??= { seq, reason };
  }
  addEvent(e) {
    if (this.problem) return;
    this.count++;
    if (e.seq !== this.expectedSeq) return this.fail(this.expectedSeq, `expected event ${this.expectedSeq}, found ${e.seq} (deleted, inserted or reordered)`);
    if (e.prevHash !== this.prevHash) return this.fail(e.seq, "previous-hash link does not match the preceding event");
    let h;
    try {
      h = eventHash(e);
    } catch {
      return this.fail(e.seq, "event body is not valid");
    }
    if (h !== e.hash) return this.fail(e.seq, "event content does not match its hash (edited)");
    this.hashes.set(e.seq, e.hash);
    this.prevHash = e.hash;
    this.expectedSeq++;
  }
  addCheckpoint(c) {
    if (this.problem) return;
    this.checkpointCount++;
    if (this.auditPublicKey) {
      let sig;
      try {
        sig = fromHex(c.signature, "checkpoint.signature", 64);
      } catch {
        return this.fail(c.seq, "checkpoint signature is malformed");
      }
      if (!ed255192().verify(this.auditPublicKey, checkpointMessage(this.instanceId, c), sig)) {
        return this.fail(c.seq, "checkpoint signature does not verify under the audit key");
      }
    }
    const h = this.hashes.get(c.seq);
    if (h === void 0) return this.fail(c.seq, `checkpoint covers event ${c.seq}, which is missing (trail truncated)`);
    if (h !== c.hash) return this.fail(c.seq, "checkpoint hash does not match the event it covers");
    this.anchoredSeq = Math.max(this.anchoredSeq, c.seq);
  }
  result() {
    const headSeq = this.expectedSeq - 1;
    const r = {
      ok: this.problem === void 0,
      events: this.count,
      headSeq,
      headHash: this.prevHash,
      checkpoints: this.checkpointCount,
      unanchored: Math.max(0, headSeq - this.anchoredSeq)
    };
    if (this.problem) r.firstBroken = this.problem;
    return r;
  }
};

// src/auth/approval.ts
import { createHash as createHash3, sign as sign5, verify as verify5 } from "node:crypto";

// src/auth/credential.ts
import { closeSync, constants, fstatSync, fsyncSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync, fchmodSync } from "node:fs";
import { dirname } from "node:path";
import { createPrivateKey, createPublicKey, generateKeyPairSync } from "node:crypto";

// src/store/records.ts
var FINAL_STATUSES = ["signed", "denied", "rejected", "expired", "cancelled", "failed"];

// src/auth/credential.ts
var CREDENTIAL_TYPE = "custos-credential";
var CREDENTIAL_VERSION = 1;
var CREDENTIAL_ALGORITHM = "ecdsa-p256-sha256";
var P256_SPKI_BYTES = 91;
var MAX_FILE_BYTES = 64 * 1024;
var PKCS8_PEM_RE = /^\s*-----BEGIN PRIVATE KEY-----\r?\n[A-Za-z0-9+/=\r\n]+-----END PRIVATE KEY-----\s*$/;
var FIELDS = /* @__PURE__ */ new Set(["type", "version", "principal", "role", "algorithm", "privateKey", "publicKey", "server"]);
function generateCredentialKey() {
  const { privateKey: privateKey2, publicKey: publicKey6 } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  return { privateKey: privateKey2, publicKeyHex: publicKeyToHex(publicKey6) };
}
function publicKeyFromHex(hex, field2 = "publicKey") {
  const der = fromHex(hex, field2);
  let key;
  try {
    key = createPublicKey({ key: Buffer.from(der), format: "der", type: "spki" });
  } catch {
    throw badInput(`${field2}: not an SPKI DER public key`, { field: field2 });
  }
  if (!isP256(key)) throw badInput(`${field2}: not a P-256 key`, { field: field2 });
  if (publicKeyToHex(key) !== toHex(der)) throw badInput(`${field2}: not the canonical SPKI DER encoding (uncompressed point)`, { field: field2 });
  return key;
}
function publicKeyToHex(k) {
  if (!isP256(k)) throw new TypeError("key: expected a P-256 KeyObject");
  const pub = k.type === "private" ? createPublicKey(k) : k;
  let der = pub.export({ format: "der", type: "spki" });
  if (der.length !== P256_SPKI_BYTES) {
    der = createPublicKey({ key: pub.export({ format: "jwk" }), format: "jwk" }).export({ format: "der", type: "spki" });
  }
  return der.toString("hex");
}
function credentialPrivateKey(cred) {
  if (!PKCS8_PEM_RE.test(cred.privateKey)) throw badInput('privateKey: expected an unencrypted PKCS#8 PEM ("BEGIN PRIVATE KEY")', { field: "privateKey" });
  let key;
  try {
    key = createPrivateKey({ key: cred.privateKey, format: "pem" });
  } catch {
    throw badInput("privateKey: not a PKCS#8 PEM private key", { field: "privateKey" });
  }
  if (!isP256(key)) throw badInput("privateKey: not a P-256 key", { field: "privateKey" });
  return key;
}
function writeCredentialFile(path, cred) {
  if (!isP256(cred.privateKey) || cred.privateKey.type !== "private") throw new TypeError("privateKey: expected a P-256 private KeyObject");
  const file = {
    type: CREDENTIAL_TYPE,
    version: CREDENTIAL_VERSION,
    principal: checkPrincipal(cred.principal),
    role: checkRole(cred.role),
    algorithm: CREDENTIAL_ALGORITHM,
    privateKey: cred.privateKey.export({ format: "pem", type: "pkcs8" }).toString(),
    publicKey: publicKeyToHex(cred.privateKey),
    server: cred.server === void 0 ? void 0 : checkServer(cred.server)
  };
  mkdirSync(dirname(path), { recursive: true, mode: 448 });
  let fd;
  try {
    fd = openSync(path, "wx", 384);
  } catch (e) {
    if (e.code === "EEXIST") {
      throw badInput(`credential file ${path} already exists; refusing to overwrite it`, { path });
    }
    throw e;
  }
  try {
    fchmodSync(fd, 384);
    writeSync(fd, JSON.stringify(file, null, 2) + "\n");
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    try {
      unlinkSync(path);
    } catch {
    }
    throw e;
  }
  closeSync(fd);
}
function readCredentialFile(path) {
  const text = readPrivateFile(path);
  let raw;
  try {
    raw = JSON.parse(text);
  } catch {
    throw badInput(`credential file ${path} is not valid JSON`, { path });
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw badInput(`credential file ${path} is not a JSON object`, { path });
  const o = raw;
  for (const k of Object.keys(o))
    if (!FIELDS.has(k)) throw badInput(`unknown field ${JSON.stringify(k.slice(0, 64))} in credential file`, { field: k.slice(0, 64) });
  if (o.type !== CREDENTIAL_TYPE) throw field("type", `expected "${CREDENTIAL_TYPE}"`);
  if (o.version !== CREDENTIAL_VERSION) throw field("version", `unsupported version (expected ${CREDENTIAL_VERSION})`);
  if (o.algorithm !== CREDENTIAL_ALGORITHM) throw field("algorithm", `expected "${CREDENTIAL_ALGORITHM}"`);
  if (typeof o.principal !== "string") throw field("principal", "expected a string");
  if (typeof o.role !== "string") throw field("role", "expected a string");
  if (typeof o.privateKey !== "string") throw field("privateKey", "expected a PEM string");
  if (typeof o.publicKey !== "string") throw field("publicKey", "expected a hex string");
  if (o.server !== void 0 && typeof o.server !== "string") throw field("server", "expected a URL string");
  const privateKey2 = credentialPrivateKey({ privateKey: o.privateKey });
  const publicKey6 = toHex(fromHex(o.publicKey, "publicKey"));
  publicKeyFromHex(publicKey6);
  if (publicKeyToHex(privateKey2) !== publicKey6) throw field("publicKey", "does not match privateKey");
  return {
    type: CREDENTIAL_TYPE,
    version: CREDENTIAL_VERSION,
    principal: checkPrincipal(o.principal),
    role: checkRole(o.role),
    algorithm: CREDENTIAL_ALGORITHM,
    privateKey: o.privateKey,
    publicKey: publicKey6,
    server: o.server === void 0 ? void 0 : checkServer(o.server)
  };
}
function readPrivateFile(path) {
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY);
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT") throw badInput(`credential file ${path} not found`, { path });
    if (code === "EACCES") throw badInput(`credential file ${path} is not readable by this user`, { path });
    throw e;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw badInput(`credential file ${path} is not a regular file`, { path });
    if (process.platform !== "win32" && (st.mode & 63) !== 0) {
      const mode = (st.mode & 511).toString(8).padStart(4, "0");
      throw badInput(`credential file ${path} is accessible by group or others (mode ${mode}); run: chmod 600 ${path}`, { path, mode });
    }
    if (st.size > MAX_FILE_BYTES) throw badInput(`credential file ${path} is too large to be a credential`, { path });
    return readFileSync(fd, "utf8");
  } finally {
    closeSync(fd);
  }
}
function checkPrincipal(name) {
  if (!NAME_RE.test(name)) {
    throw field("principal", 'must be 1-64 characters of letters, digits, ".", "_" or "-", starting with a letter or digit');
  }
  return name;
}
function checkRole(role) {
  if (!ROLES.includes(role)) throw field("role", `expected one of ${ROLES.join(", ")}`);
  return role;
}
function checkServer(server) {
  let url;
  try {
    url = new URL(server);
  } catch {
    throw field("server", "not a valid URL");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw field("server", "expected an http:// or https:// URL");
  if (url.username !== "" || url.password !== "") throw field("server", "must not contain a user name or password");
  return server;
}
function field(name, why) {
  return badInput(`${name}: ${why}`, { field: name });
}
function isP256(k) {
  return k?.asymmetricKeyType === "ec" && k.asymmetricKeyDetails?.namedCurve === "prime256v1";
}

// src/auth/webauthn.ts
import { createHash as createHash2, createPrivateKey as createPrivateKey2, createPublicKey as createPublicKey2, sign as sign4, verify as verify4 } from "node:crypto";
var PENDING_PREFIX = "webauthn-pending:";
var PASSKEY_PREFIX = "webauthn:";
var ENVELOPE_PREFIX = "wa1.";
var PASSKEY_ALGS = [-7, -8];
var B64URL_RE = /^[A-Za-z0-9_-]*$/;
var PENDING_RE = /^webauthn-pending:([0-9a-f]{64}):([0-9]{1,15})$/;
var b64 = (s, max) => typeof s === "string" && s.length > 0 && s.length <= max && B64URL_RE.test(s) ? Buffer.from(s, "base64url") : null;
function principalKey(stored) {
  if (stored.startsWith(PENDING_PREFIX)) {
    const m = PENDING_RE.exec(stored);
    return m ? { type: "passkey-pending", regKey: m[1], expiresAtMs: Number(m[2]) } : { type: "passkey-pending", regKey: "", expiresAtMs: 0 };
  }
  if (stored.startsWith(PASSKEY_PREFIX)) {
    const c = parseCredential(stored.slice(PASSKEY_PREFIX.length));
    return c ? { type: "passkey", credential: c } : { type: "passkey-pending", regKey: "", expiresAtMs: 0 };
  }
  return { type: "p256", publicKey: stored };
}
function parseCredential(s) {
  const raw = b64(s, 8192);
  if (!raw) return null;
  try {
    const o = JSON.parse(raw.toString("utf8"));
    if (o.v !== 1 || typeof o.id !== "string" || !b64(o.id, 1400)) return null;
    if (!PASSKEY_ALGS.includes(o.alg)) return null;
    for (const f of ["key", "rpId", "origin", "at", "reg"]) if (typeof o[f] !== "string" || o[f].length > 2048) return null;
    const c = { v: 1, id: o.id, alg: o.alg, key: o.key, rpId: o.rpId, origin: o.origin, at: o.at, reg: o.reg };
    return encodeCredential(c) === PASSKEY_PREFIX + s ? c : null;
  } catch {
    return null;
  }
}
function encodeCredential(c) {
  return PASSKEY_PREFIX + Buffer.from(canonicalJson(c)).toString("base64url");
}
function pendingKey(regKeyHex, expiresAtMs) {
  return `${PENDING_PREFIX}${regKeyHex}:${expiresAtMs}`;
}
function credentialKeyObject(c) {
  try {
    const k = createPublicKey2({ key: Buffer.from(c.key, "hex"), format: "der", type: "spki" });
    if (c.alg === -7 && k.asymmetricKeyType === "ec" && k.asymmetricKeyDetails?.namedCurve === "prime256v1") return k;
    if (c.alg === -8 && k.asymmetricKeyType === "ed25519") return k;
    return null;
  } catch {
    return null;
  }
}
var ED25519_PKCS8_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");
function registrationKey(token) {
  const seed = createHash2("sha256").update(`custos-passkey-registration-key-v1
${token}`).digest();
  const privateKey2 = createPrivateKey2({ key: Buffer.concat([ED25519_PKCS8_PREFIX, seed]), format: "der", type: "pkcs8" });
  seed.fill(0);
  const jwk = createPublicKey2(privateKey2).export({ format: "jwk" });
  return { privateKey: privateKey2, publicKeyHex: Buffer.from(String(jwk.x), "base64url").toString("hex") };
}
function registrationStatement(principal, c) {
  return Buffer.from(
    canonicalJson({ t: "custos-passkey-registration-v1", principal, id: c.id, alg: c.alg, key: c.key, rpId: c.rpId, origin: c.origin, at: c.at })
  );
}
function signRegistration(privateKey2, principal, c) {
  return sign4(null, registrationStatement(principal, c), privateKey2).toString("base64url");
}
function verifyRegistration(regKeyHex, principal, c) {
  try {
    const key = createPublicKey2({ key: { kty: "OKP", crv: "Ed25519", x: Buffer.from(regKeyHex, "hex").toString("base64url") }, format: "jwk" });
    const sig = b64(c.reg, 100);
    return sig !== null && sig.length === 64 && verify4(null, registrationStatement(principal, c), key, sig);
  } catch {
    return false;
  }
}
function registrationChallenge(principal, regKeyHex) {
  return createHash2("sha256").update(`custos-passkey-registration-challenge-v1
${principal}
${regKeyHex}`).digest("base64url");
}
function decodeAssertion(envelope) {
  if (typeof envelope !== "string" || !envelope.startsWith(ENVELOPE_PREFIX) || envelope.length > 4096) return null;
  const raw = b64(envelope.slice(ENVELOPE_PREFIX.length), 4096);
  if (!raw) return null;
  try {
    const o = JSON.parse(raw.toString("utf8"));
    const keys = Object.keys(o).sort().join(",");
    if (keys !== "authenticatorData,clientDataJSON,credentialId,signature") return null;
    for (const k of ["credentialId", "authenticatorData", "clientDataJSON", "signature"]) if (!b64(o[k], 4096)) return null;
    return o;
  } catch {
    return null;
  }
}
var FLAG_UP = 1;
var FLAG_UV = 4;
function verifyAssertion(c, challenge, envelope, opts2 = {}) {
  const a = decodeAssertion(envelope);
  if (!a) return { ok: false, reason: "malformed" };
  if (a.credentialId !== c.id) return { ok: false, reason: "credential" };
  const authData = Buffer.from(a.authenticatorData, "base64url");
  const cdjBytes = Buffer.from(a.clientDataJSON, "base64url");
  let cdj;
  try {
    cdj = JSON.parse(cdjBytes.toString("utf8"));
    if (typeof cdj !== "object" || cdj === null) return { ok: false, reason: "malformed" };
  } catch {
    return { ok: false, reason: "malformed" };
  }
  if (cdj.type !== "webauthn.get") return { ok: false, reason: "type" };
  if (cdj.challenge !== challenge) return { ok: false, reason: "challenge" };
  if (cdj.origin !== c.origin) return { ok: false, reason: "origin" };
  if (cdj.crossOrigin === true) return { ok: false, reason: "cross-origin" };
  if (authData.length < 37) return { ok: false, reason: "malformed" };
  if (!authData.subarray(0, 32).equals(createHash2("sha256").update(c.rpId).digest())) return { ok: false, reason: "rp-id" };
  const flags = authData[32];
  if ((flags & FLAG_UP) === 0) return { ok: false, reason: "user-present" };
  if ((flags & FLAG_UV) === 0 && opts2.requireUserVerification !== false) return { ok: false, reason: "user-verified" };
  const key = credentialKeyObject(c);
  if (!key) return { ok: false, reason: "credential" };
  const signed = Buffer.concat([authData, createHash2("sha256").update(cdjBytes).digest()]);
  const sig = Buffer.from(a.signature, "base64url");
  let ok = false;
  try {
    ok = c.alg === -7 ? verify4("sha256", signed, { key, dsaEncoding: "der" }, sig) : verify4(null, signed, key, sig);
  } catch {
    ok = false;
  }
  if (!ok) return { ok: false, reason: "signature" };
  return { ok: true, signCount: authData.readUInt32BE(33) };
}
function challengeOf(message) {
  return createHash2("sha256").update(message).digest("base64url");
}

// src/auth/approval.ts
function requestDigest(c) {
  return createHash3("sha256").update(requestCommitmentJson(c)).digest("hex");
}
function approvalMessage(requestId, digest, verdict) {
  return Buffer.from(approvalText(requestId, digest, verdict));
}
function verifyApproval(publicKey6, requestId, digest, verdict, signature) {
  if (!/^[A-Za-z0-9_-]{80,90}$/.test(signature)) return false;
  try {
    return verify5("sha256", approvalMessage(requestId, digest, verdict), { key: publicKey6, dsaEncoding: "ieee-p1363" }, Buffer.from(signature, "base64url"));
  } catch {
    return false;
  }
}
function approvalChallenge(requestId, digest, verdict) {
  return challengeOf(approvalMessage(requestId, digest, verdict));
}
function verifyPrincipalApproval(storedKey, requestId, digest, verdict, signature) {
  const k = principalKey(storedKey);
  if (k.type === "passkey") return verifyAssertion(k.credential, approvalChallenge(requestId, digest, verdict), signature).ok;
  if (k.type !== "p256") return false;
  let key;
  try {
    key = publicKeyFromHex(k.publicKey);
  } catch {
    return false;
  }
  return verifyApproval(key, requestId, digest, verdict, signature);
}

// src/audit/approvals.ts
function checkApprovalEvent(e) {
  if (e.action !== "request.approve" && e.action !== "request.reject") return null;
  const verdict = e.action === "request.approve" ? "approve" : "reject";
  const d = e.details ?? {};
  const requestId = e.subject.startsWith("request/") ? e.subject.slice("request/".length) : "";
  const approver = e.actor.replace(/^principal:/, "");
  const valid = typeof d.digest === "string" && typeof d.signature === "string" && typeof d.approverPublicKey === "string" && requestId !== "" && verifyPrincipalApproval(d.approverPublicKey, requestId, d.digest, verdict, d.signature);
  return { seq: e.seq, requestId, approver, verdict, valid };
}

// src/audit/trail.ts
var SECRET_KEY_RE = /secret|private|mnemonic|seed|passphrase|password|plaintext/i;
function assertNoSecrets(details, path = "details") {
  for (const [k, v] of Object.entries(details)) {
    if (SECRET_KEY_RE.test(k)) throw new CustosError("E_INTERNAL", `audit detail ${path}.${k} looks like a secret and was refused`);
    if (v && typeof v === "object" && !Array.isArray(v)) assertNoSecrets(v, `${path}.${k}`);
  }
}
function chained(e, last) {
  const body = {
    seq: (last?.seq ?? 0) + 1,
    ts: e.ts,
    actor: e.actor,
    action: e.action,
    subject: e.subject,
    details: e.details,
    prevHash: last?.hash ?? GENESIS_HASH
  };
  return { ...body, hash: eventHash(body) };
}
var waiting = /* @__PURE__ */ new WeakMap();
async function appendEvent(repo, input2, now = /* @__PURE__ */ new Date()) {
  const details = input2.details ?? {};
  assertNoSecrets(details);
  const e = { ts: now.toISOString(), actor: input2.actor, action: input2.action, subject: input2.subject, details: canonicalJson(details) };
  if (repo.defersAudit) {
    const queued = waiting.get(repo);
    if (queued) return void queued.push(e);
    waiting.set(repo, [e]);
    repo.atEnd(async () => {
      const events = waiting.get(repo);
      waiting.delete(repo);
      let last = await repo.lockedLastEvent();
      const rows = events.map((u) => last = chained(u, last));
      await repo.insertEvents(rows);
    });
    return;
  }
  await repo.insertEvent(chained(e, await repo.lastEvent()));
}
var PAGE = 1e3;
async function* storedTrail(repo, throughSeq = Infinity) {
  const checkpoints = (await repo.listCheckpoints()).filter((c) => c.seq <= throughSeq);
  let ci = 0;
  let after = 0;
  for (; ; ) {
    const page = await repo.listEvents(after, PAGE);
    for (const event of page) {
      if (event.seq > throughSeq) break;
      yield { event };
      while (ci < checkpoints.length && checkpoints[ci].seq <= event.seq) yield { checkpoint: checkpoints[ci++] };
      after = event.seq;
    }
    if (page.length < PAGE || after >= throughSeq) break;
  }
  while (ci < checkpoints.length) yield { checkpoint: checkpoints[ci++] };
}
async function verifyStoredTrail(repo, instanceId, auditPublicKey) {
  const v = new ChainVerifier(instanceId, auditPublicKey);
  for await (const item of storedTrail(repo)) {
    if ("event" in item) v.addEvent(item.event);
    else v.addCheckpoint(item.checkpoint);
  }
  return v.result();
}
var EXPORT_FORMAT = "custos-audit/1";
async function* exportTrail(repo, header2, throughSeq) {
  yield JSON.stringify({ type: "header", format: EXPORT_FORMAT, ...header2 });
  for await (const item of storedTrail(repo, throughSeq)) {
    if ("event" in item) {
      const { details, ...rest } = item.event;
      yield JSON.stringify({ type: "event", ...rest, details: JSON.parse(details) });
    } else {
      yield JSON.stringify({ type: "checkpoint", ...item.checkpoint });
    }
  }
}
function str(o, k) {
  const v = o[k];
  if (typeof v !== "string") throw new Error(`field ${k} is not a string`);
  return v;
}
function num(o, k) {
  const v = o[k];
  if (typeof v !== "number" || !Number.isSafeInteger(v)) throw new Error(`field ${k} is not an integer`);
  return v;
}
async function verifyExport(lines, auditPublicKey) {
  const approvals = { verified: 0, invalid: [] };
  const r = await verifyChain(lines, auditPublicKey, (e) => {
    const c = checkApprovalEvent(e);
    if (!c) return;
    if (c.valid) approvals.verified++;
    else approvals.invalid.push({ seq: c.seq, requestId: c.requestId, approver: c.approver, verdict: c.verdict });
  });
  const bad = approvals.invalid[0];
  if (r.ok && bad)
    return {
      ...r,
      ok: false,
      firstBroken: { seq: bad.seq, reason: `the ${bad.verdict} of request ${bad.requestId} by ${bad.approver} does not verify under the key it records` },
      approvals
    };
  return { ...r, approvals };
}
async function verifyChain(lines, auditPublicKey, onEvent) {
  let verifier;
  let instanceId;
  let lineNo = 0;
  const broken = (reason) => ({
    ok: false,
    events: 0,
    headSeq: 0,
    headHash: GENESIS_HASH,
    checkpoints: 0,
    unanchored: 0,
    firstBroken: { seq: 0, reason },
    ...instanceId ? { instanceId } : {}
  });
  for await (const raw of lines) {
    lineNo++;
    const line = raw.trim();
    if (!line) continue;
    let o;
    try {
      o = JSON.parse(line);
    } catch {
      return verifier ? { ...verifier.result(), ok: false, firstBroken: { seq: 0, reason: `line ${lineNo} is not JSON` }, ...instanceId ? { instanceId } : {} } : broken(`line ${lineNo} is not JSON`);
    }
    try {
      if (!verifier) {
        if (o.type !== "header" || o.format !== EXPORT_FORMAT) return broken("first line is not a custos-audit/1 header");
        instanceId = str(o, "instanceId");
        verifier = new ChainVerifier(instanceId, auditPublicKey);
      } else if (o.type === "event") {
        verifier.addEvent({
          seq: num(o, "seq"),
          ts: str(o, "ts"),
          actor: str(o, "actor"),
          action: str(o, "action"),
          subject: str(o, "subject"),
          details: canonicalJson(o.details ?? {}),
          prevHash: str(o, "prevHash"),
          hash: str(o, "hash")
        });
        onEvent({ seq: num(o, "seq"), action: str(o, "action"), subject: str(o, "subject"), actor: str(o, "actor"), details: o.details });
      } else if (o.type === "checkpoint") {
        verifier.addCheckpoint({ seq: num(o, "seq"), hash: str(o, "hash"), ts: str(o, "ts"), signature: str(o, "signature") });
      } else {
        throw new Error(`unknown line type`);
      }
    } catch (e) {
      const r2 = verifier ? verifier.result() : broken("");
      return {
        ...r2,
        ok: false,
        firstBroken: r2.firstBroken ?? { seq: 0, reason: `line ${lineNo}: ${e.message}` },
        ...instanceId ? { instanceId } : {}
      };
    }
  }
  if (!verifier) return broken("the file is empty");
  const r = verifier.result();
  if (r.ok && r.checkpoints === 0)
    return { ...r, ok: false, firstBroken: { seq: r.headSeq, reason: "no signed checkpoint: the trail is not anchored" }, instanceId };
  return { ...r, instanceId };
}

// src/party/wire.ts
import {
  createCipheriv,
  createDecipheriv,
  createHash as createHash4,
  createPrivateKey as createPrivateKey3,
  createPublicKey as createPublicKey3,
  diffieHellman,
  generateKeyPairSync as generateKeyPairSync2,
  hkdfSync,
  randomBytes as randomBytes5,
  sign as nodeSign,
  verify as nodeVerify
} from "node:crypto";

// node_modules/@noble/post-quantum/ml-kem.js
var N2 = 256;
var Q2 = 3329;
var F2 = 3303;
var ROOT_OF_UNITY2 = 17;
var crystals2 = /* @__PURE__ */ genCrystals({
  N: N2,
  Q: Q2,
  F: F2,
  ROOT_OF_UNITY: ROOT_OF_UNITY2,
  newPoly: (n) => new Uint16Array(n),
  brvBits: 7,
  isKyber: true
});
var PARAMS2 = /* @__PURE__ */ (() => Object.freeze({
  512: Object.freeze({ N: N2, Q: Q2, K: 2, ETA1: 3, ETA2: 2, du: 10, dv: 4, RBGstrength: 128 }),
  768: Object.freeze({ N: N2, Q: Q2, K: 3, ETA1: 2, ETA2: 2, du: 10, dv: 4, RBGstrength: 192 }),
  1024: Object.freeze({ N: N2, Q: Q2, K: 4, ETA1: 2, ETA2: 2, du: 11, dv: 5, RBGstrength: 256 })
}))();
var compress = (d) => {
  if (d >= 12)
    return { encode: (i) => i, decode: (i) => i >= Q2 ? i - Q2 : i };
  const a = 2 ** (d - 1);
  return {
    // This only matches standalone Compress_d after bitsCoder masks the result into Z_(2^d).
    encode: (i) => ((i << d) + Q2 / 2) / Q2,
    // const decompress = (i: number) => round((Q / 2 ** d) * i);
    decode: (i) => i * Q2 + a >>> d
  };
};
var byteCoder = (d) => crystals2.bitsCoder(d, d === 12 ? { encode: (i) => i, decode: (i) => i >= Q2 ? i - Q2 : i } : { encode: (i) => i, decode: (i) => i });
var polyCoder2 = (d) => d === 12 ? byteCoder(12) : crystals2.bitsCoder(d, compress(d));
function polyAdd2(a_, b_) {
  const a = a_;
  const b = b_;
  for (let i = 0; i < N2; i++) {
    const r = a[i] + b[i];
    a[i] = r >= Q2 ? r - Q2 : r;
  }
}
function polySub2(a_, b_) {
  const a = a_;
  const b = b_;
  for (let i = 0; i < N2; i++) {
    const r = a[i] - b[i];
    a[i] = r < 0 ? r + Q2 : r;
  }
}
function BaseCaseMultiply(a0, a1, b0, b1, zeta) {
  const c0 = crystals2.mod(crystals2.mod(a1 * b1) * zeta + a0 * b0);
  const c1 = crystals2.mod(a0 * b1 + a1 * b0);
  return { c0, c1 };
}
function MultiplyNTTs2(f_, g_) {
  const f = f_;
  const g = g_;
  for (let i = 0; i < N2 / 2; i++) {
    let z = crystals2.nttZetas[64 + (i >> 1)];
    if (i & 1)
      z = -z;
    const { c0, c1 } = BaseCaseMultiply(f[2 * i + 0], f[2 * i + 1], g[2 * i + 0], g[2 * i + 1], z);
    f[2 * i + 0] = c0;
    f[2 * i + 1] = c1;
  }
  return f;
}
function SampleNTT(xof_) {
  const xof = xof_;
  const r = new Uint16Array(N2);
  for (let j = 0; j < N2; ) {
    const b = xof();
    if (b.length % 3)
      throw new Error("SampleNTT: unaligned block");
    for (let i = 0; j < N2 && i + 3 <= b.length; i += 3) {
      const d1 = (b[i + 0] >> 0 | b[i + 1] << 8) & 4095;
      const d2 = (b[i + 1] >> 4 | b[i + 2] << 4) & 4095;
      if (d1 < Q2)
        r[j++] = d1;
      if (j < N2 && d2 < Q2)
        r[j++] = d2;
    }
  }
  return r;
}
var sampleCBDBytes = (buf, eta) => {
  const r = new Uint16Array(N2);
  const b32 = u32(buf);
  swap32IfBE(b32);
  let len = 0;
  for (let i = 0, p = 0, bb = 0, t0 = 0; i < b32.length; i++) {
    let b = b32[i];
    for (let j = 0; j < 32; j++) {
      bb += b & 1;
      b >>= 1;
      len += 1;
      if (len === eta) {
        t0 = bb;
        bb = 0;
      } else if (len === 2 * eta) {
        r[p++] = crystals2.mod(t0 - bb);
        bb = 0;
        len = 0;
      }
    }
  }
  swap32IfBE(b32);
  if (len)
    throw new Error(`sampleCBD: leftover bits: ${len}`);
  return r;
};
function sampleCBD(PRF_, seed, nonce, eta) {
  const PRF = PRF_;
  return sampleCBDBytes(PRF(eta * N2 / 4, seed, nonce), eta);
}
var genKPKE = (opts_) => {
  const opts2 = opts_;
  const { K, PRF, XOF, HASH512, ETA1, ETA2, du, dv } = opts2;
  const poly1 = polyCoder2(1);
  const polyV = polyCoder2(dv);
  const polyU = polyCoder2(du);
  const publicCoder = splitCoder("publicKey", vecCoder(polyCoder2(12), K), 32);
  const secretCoder = vecCoder(polyCoder2(12), K);
  const cipherCoder = splitCoder("ciphertext", vecCoder(polyU, K), polyV);
  const seedCoder = splitCoder("seed", 32, 32);
  const encryptCore = (tHat, getA, msg, seed) => {
    const rHat = [];
    for (let i = 0; i < K; i++)
      rHat.push(crystals2.NTT.encode(sampleCBD(PRF, seed, i, ETA1)));
    const tmp2 = new Uint16Array(N2);
    const u = [];
    for (let i = 0; i < K; i++) {
      const e1 = sampleCBD(PRF, seed, K + i, ETA2);
      const tmp = new Uint16Array(N2);
      for (let j = 0; j < K; j++) {
        const aij = getA(i, j);
        polyAdd2(tmp, MultiplyNTTs2(aij, rHat[j]));
      }
      polyAdd2(e1, crystals2.NTT.decode(tmp));
      u.push(e1);
      polyAdd2(tmp2, MultiplyNTTs2(tHat[i], rHat[i]));
      cleanBytes(tmp);
    }
    const e2 = sampleCBD(PRF, seed, 2 * K, ETA2);
    polyAdd2(e2, crystals2.NTT.decode(tmp2));
    const v = poly1.decode(msg);
    polyAdd2(v, e2);
    cleanBytes(tHat, rHat, tmp2, e2);
    return cipherCoder.encode([u, v]);
  };
  return {
    secretCoder,
    lengths: {
      secretKey: secretCoder.bytesLen,
      publicKey: publicCoder.bytesLen,
      cipherText: cipherCoder.bytesLen
    },
    keygen: (seed) => {
      abytesDoc(seed, 32, "seed");
      const seedDst = new Uint8Array(33);
      seedDst.set(seed);
      seedDst[32] = K;
      const seedHash = HASH512(seedDst);
      const [rho, sigma] = seedCoder.decode(seedHash);
      const sHat = [];
      const tHat = [];
      for (let i = 0; i < K; i++)
        sHat.push(crystals2.NTT.encode(sampleCBD(PRF, sigma, i, ETA1)));
      const x = XOF(rho);
      for (let i = 0; i < K; i++) {
        const e = crystals2.NTT.encode(sampleCBD(PRF, sigma, K + i, ETA1));
        for (let j = 0; j < K; j++) {
          const aji = SampleNTT(x.get(j, i));
          polyAdd2(e, MultiplyNTTs2(aji, sHat[j]));
        }
        tHat.push(e);
      }
      x.clean();
      const res = {
        publicKey: publicCoder.encode([tHat, rho]),
        secretKey: secretCoder.encode(sHat)
      };
      cleanBytes(rho, sigma, sHat, tHat, seedDst, seedHash);
      return res;
    },
    encrypt: (publicKey6, msg, seed) => {
      const [tHat, rho] = publicCoder.decode(publicKey6);
      const x = XOF(rho);
      const res = encryptCore(tHat, (i, j) => SampleNTT(x.get(i, j)), msg, seed);
      x.clean();
      return res;
    },
    // Expands the full Â matrix (public data derived from rho) once, so repeated encryptions
    // against the same ek skip the K² SampleNTT XOF expansions. Cached polys are copied per
    // call because encryptCore mutates its inputs in place.
    prepare: (publicKey6) => {
      const [tHat, rho] = publicCoder.decode(publicKey6);
      const x = XOF(rho);
      const A = [];
      for (let i = 0; i < K; i++)
        for (let j = 0; j < K; j++)
          A.push(SampleNTT(x.get(i, j)));
      x.clean();
      return {
        encrypt: (msg, seed) => encryptCore(tHat.map((p) => p.slice()), (i, j) => A[i * K + j].slice(), msg, seed),
        clean: () => cleanBytes(tHat, A)
      };
    },
    decrypt: (cipherText, privateKey2) => {
      const [u, v] = cipherCoder.decode(cipherText);
      const sk = secretCoder.decode(privateKey2);
      const tmp = new Uint16Array(N2);
      for (let i = 0; i < K; i++)
        polyAdd2(tmp, MultiplyNTTs2(sk[i], crystals2.NTT.encode(u[i])));
      polySub2(v, crystals2.NTT.decode(tmp));
      const res = poly1.encode(v);
      cleanBytes(tmp, sk, u, v);
      return res;
    }
  };
};
function createKyber(opts2) {
  const rawOpts = opts2;
  const KPKE = genKPKE(rawOpts);
  const { HASH256, HASH512, KDF } = rawOpts;
  const { secretCoder: KPKESecretCoder, lengths } = KPKE;
  const secretCoder = splitCoder("secretKey", lengths.secretKey, lengths.publicKey, 32, 32);
  const msgLen = 32;
  const seedLen = 64;
  const validateModulus = (publicKey6, fn) => {
    const eke = publicKey6.subarray(0, 384 * rawOpts.K);
    const ek = KPKESecretCoder.encode(KPKESecretCoder.decode(copyBytes3(eke)));
    const ok = equalBytes(ek, eke);
    cleanBytes(ek);
    if (!ok)
      throw new Error(`ML-KEM.${fn}: wrong publicKey modulus`);
  };
  const kemLengths = Object.freeze({
    ...lengths,
    seed: 64,
    msg: msgLen,
    msgRand: msgLen,
    secretKey: secretCoder.bytesLen
  });
  return Object.freeze({
    info: Object.freeze({ type: "ml-kem" }),
    lengths: kemLengths,
    keygen: (seed) => {
      const ownSeed = seed === void 0;
      const s = ownSeed ? randomBytes3(seedLen) : seed;
      let sk;
      let publicKeyHash;
      try {
        abytesDoc(s, seedLen, "seed");
        const keys = KPKE.keygen(s.subarray(0, 32));
        const publicKey6 = keys.publicKey;
        sk = keys.secretKey;
        publicKeyHash = HASH256(publicKey6);
        const secretKey2 = secretCoder.encode([sk, publicKey6, publicKeyHash, s.subarray(32)]);
        return {
          publicKey: publicKey6,
          secretKey: secretKey2
        };
      } finally {
        if (sk !== void 0)
          cleanBytes(sk);
        if (publicKeyHash !== void 0)
          cleanBytes(publicKeyHash);
        if (ownSeed)
          cleanBytes(s);
      }
    },
    getPublicKey: (secretKey2) => {
      const [_sk, publicKey6, _publicKeyHash, _z] = secretCoder.decode(secretKey2);
      return Uint8Array.from(publicKey6);
    },
    encapsulate: (publicKey6, msg) => {
      const ownMsg = msg === void 0;
      const m = ownMsg ? randomBytes3(msgLen) : msg;
      let kr;
      try {
        abytesDoc(publicKey6, lengths.publicKey, "publicKey");
        abytesDoc(m, msgLen, "message");
        validateModulus(publicKey6, "encapsulate");
        kr = HASH512.create().update(m).update(HASH256(publicKey6)).digest();
        const cipherText = KPKE.encrypt(publicKey6, m, kr.subarray(32, 64));
        return {
          cipherText,
          sharedSecret: kr.subarray(0, 32)
        };
      } finally {
        if (kr !== void 0)
          cleanBytes(kr.subarray(32));
        if (ownMsg)
          cleanBytes(m);
      }
    },
    decapsulate: (cipherText, secretKey2) => {
      abytesDoc(secretKey2, secretCoder.bytesLen, "secretKey");
      abytesDoc(cipherText, lengths.cipherText, "cipherText");
      const k768 = secretCoder.bytesLen - 96;
      const start = k768 + 32;
      const test = HASH256(secretKey2.subarray(k768 / 2, start));
      if (!equalBytes(test, secretKey2.subarray(start, start + 32)))
        throw new Error("invalid secretKey: hash check failed");
      const [sk, publicKey6, publicKeyHash, z] = secretCoder.decode(secretKey2);
      const msg = KPKE.decrypt(cipherText, sk);
      const kr = HASH512.create().update(msg).update(publicKeyHash).digest();
      const Khat = kr.subarray(0, 32);
      const cipherText2 = KPKE.encrypt(publicKey6, msg, kr.subarray(32, 64));
      const isValid = equalBytes(cipherText, cipherText2);
      const Kbar = KDF.create({ dkLen: 32 }).update(z).update(cipherText).digest();
      cleanBytes(msg, cipherText2, kr.subarray(32), !isValid ? Khat : Kbar);
      return isValid ? Khat : Kbar;
    },
    /**
     * Experimental prototype: pre-expand a public key so repeated encapsulate/decapsulate
     * against the same key skip re-validation, H(ek), t̂ decoding and the K² SampleNTT
     * XOF expansions of Â. Only public data is cached; see {@link KEMPrepared}.
     */
    prepare: (publicKey6) => {
      abytesDoc(publicKey6, lengths.publicKey, "publicKey");
      validateModulus(publicKey6, "prepare");
      const ek = copyBytes3(publicKey6);
      const publicKeyHash = HASH256(ek);
      const cached = KPKE.prepare(ek);
      return Object.freeze({
        publicKey: ek,
        encapsulate: (msg) => {
          const ownMsg = msg === void 0;
          const m = ownMsg ? randomBytes3(msgLen) : msg;
          let kr;
          try {
            abytesDoc(m, msgLen, "message");
            kr = HASH512.create().update(m).update(publicKeyHash).digest();
            const cipherText = cached.encrypt(m, kr.subarray(32, 64));
            return {
              cipherText,
              sharedSecret: kr.subarray(0, 32)
            };
          } finally {
            if (kr !== void 0)
              cleanBytes(kr.subarray(32));
            if (ownMsg)
              cleanBytes(m);
          }
        },
        decapsulate: (cipherText, secretKey2) => {
          abytesDoc(secretKey2, secretCoder.bytesLen, "secretKey");
          abytesDoc(cipherText, lengths.cipherText, "cipherText");
          const [sk, ekEmbedded, storedHash, z] = secretCoder.decode(secretKey2);
          if (!equalBytes(ekEmbedded, ek) || !equalBytes(storedHash, publicKeyHash))
            throw new Error("ML-KEM.decapsulate: secretKey does not match prepared publicKey");
          const msg = KPKE.decrypt(cipherText, sk);
          const kr = HASH512.create().update(msg).update(publicKeyHash).digest();
          const Khat = kr.subarray(0, 32);
          const cipherText2 = cached.encrypt(msg, kr.subarray(32, 64));
          const isValid = equalBytes(cipherText, cipherText2);
          const Kbar = KDF.create({ dkLen: 32 }).update(z).update(cipherText).digest();
          cleanBytes(msg, cipherText2, kr.subarray(32), !isValid ? Khat : Kbar);
          return isValid ? Khat : Kbar;
        },
        clean: cached.clean
      });
    }
  });
}
function shakePRF(dkLen, key, nonce) {
  return shake256.create({ dkLen }).update(key).update(new Uint8Array([nonce])).digest();
}
var opts = /* @__PURE__ */ (() => ({
  HASH256: sha3_256,
  HASH512: sha3_512,
  KDF: shake256,
  XOF: XOF128,
  PRF: shakePRF
}))();
var mk = (params) => createKyber({
  ...opts,
  ...params
});
var ml_kem768 = /* @__PURE__ */ (() => mk(PARAMS2[768]))();

// src/party/wire.ts
var MSG_PREFIX = "custos-party-msg-v1\n";
var SEAL_INFO = "custos-party-seal-v1";
var SEAL_INFO_V2 = "custos-party-seal-v2";
var KEM_SEED_INFO = "custos-party-kem-seed-v1";
var KEM_ANNOUNCE_PREFIX = "custos-party-kem-v1\n";
var KEM_PK_BYTES = 1184;
var KEM_CT_BYTES = 1088;
var ID_RE = /^[0-9a-f]{128}$/;
var TOKEN_RE = /^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/;
var SIG_RE = /^[A-Za-z0-9_-]{86}$/;
var FIELDS2 = ["body", "from", "session", "sig", "to", "ts", "type", "v"].join();
var PKCS8 = { ed25519: fromHex("302e020100300506032b657004220420"), x25519: fromHex("302e020100300506032b656e04220420") };
var DEFAULT_MAX_SKEW_MS = 12e4;
function generateIdentitySecret() {
  return Uint8Array.from(randomBytes5(64));
}
var kxKeys = /* @__PURE__ */ new WeakMap();
var kemSeeds = /* @__PURE__ */ new WeakMap();
var kemKeys = /* @__PURE__ */ new WeakMap();
function privateKey(kind, raw) {
  const der = concatBytes(PKCS8[kind], raw);
  try {
    return createPrivateKey3({ key: Buffer.from(der.buffer, der.byteOffset, der.byteLength), format: "der", type: "pkcs8" });
  } finally {
    clean(der);
  }
}
var rawPublic = (k) => Uint8Array.from(Buffer.from(String(k.export({ format: "jwk" }).x), "base64url"));
var publicKey5 = (crv, raw) => createPublicKey3({ key: { kty: "OKP", crv, x: Buffer.from(raw).toString("base64url") }, format: "jwk" });
function identityFromSecret(secret) {
  if (!(secret instanceof Uint8Array) || secret.length !== 64) throw badInput("identity secret: expected 64 bytes", { field: "secret" });
  const signKey = privateKey("ed25519", secret.subarray(0, 32));
  const kxKey = privateKey("x25519", secret.subarray(32));
  const id2 = toHex(concatBytes(rawPublic(createPublicKey3(signKey)), rawPublic(createPublicKey3(kxKey))));
  const me = Object.freeze({ id: id2, sign: (bytes) => Uint8Array.from(nodeSign(null, abytes(bytes, void 0, "bytes"), signKey)) });
  kxKeys.set(me, kxKey);
  kemSeeds.set(me, new Uint8Array(hkdfSync("sha256", secret, new Uint8Array(0), utf8(KEM_SEED_INFO), 64)));
  return me;
}
function kxOf(me) {
  const k = kxKeys.get(me);
  if (!k) throw new TypeError("me: expected an Identity from identityFromSecret()");
  return k;
}
var peers = /* @__PURE__ */ new Map();
var probeKey = generateKeyPairSync2("x25519").privateKey;
function parseIdentity(id2, field2 = "id") {
  if (typeof id2 !== "string" || !ID_RE.test(id2)) throw badInput(`${field2}: expected a party identity (128 lowercase hex characters)`, { field: field2 });
  const cached = peers.get(id2);
  if (cached) return cached;
  const bytes = fromHex(id2, field2, 64);
  const edPub = bytes.subarray(0, 32);
  const kxPub = bytes.subarray(32);
  let keys;
  try {
    if (ed25519.Point.fromBytes(edPub).isSmallOrder()) throw new Error("small order");
    if (bytesToNumberLE(kxPub) >= ed25519.Point.Fp.ORDER) throw new Error("non-canonical");
    keys = Object.freeze({ sign: publicKey5("Ed25519", edPub), kx: publicKey5("X25519", kxPub), id: id2 });
    diffieHellman({ privateKey: probeKey, publicKey: keys.kx }).fill(0);
  } catch {
    throw badInput(`${field2}: not a valid party identity (bad public key)`, { field: field2 });
  }
  if (peers.size >= 1024) peers.delete(peers.keys().next().value);
  peers.set(id2, keys);
  return keys;
}
function fingerprint(id2) {
  if (typeof id2 !== "string" || !ID_RE.test(id2)) throw badInput("id: expected a party identity (128 lowercase hex characters)", { field: "id" });
  return createHash4("sha256").update(Buffer.from(id2, "hex")).digest("hex").slice(0, 16);
}
function isJson(v, depth = 0) {
  if (v === null || typeof v === "string" || typeof v === "boolean") return true;
  if (typeof v === "number") return Number.isFinite(v);
  if (typeof v !== "object" || depth > 64) return false;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!isJson(v[i], depth + 1)) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(v);
  return (proto === Object.prototype || proto === null) && Object.values(v).every((x) => x === void 0 || isJson(x, depth + 1));
}
var signedBytes = (e) => utf8(MSG_PREFIX + canonicalJson({ v: e.v, type: e.type, from: e.from, to: e.to, session: e.session, ts: e.ts, body: e.body }));
function checkToken(v, field2) {
  if (typeof v !== "string" || !TOKEN_RE.test(v)) throw badInput(`${field2}: expected 1-128 characters of [A-Za-z0-9._:/-]`, { field: field2 });
}
function signEnvelope(me, to, type, session, body, now = Date.now()) {
  parseIdentity(to, "to");
  checkToken(type, "type");
  checkToken(session, "session");
  if (!isJson(body)) throw badInput("body: expected a plain JSON value", { field: "body" });
  if (!Number.isSafeInteger(now) || now < 0) throw badInput("ts: expected integer unix milliseconds", { field: "ts" });
  const unsigned = { v: 1, type, from: me.id, to, session, ts: now, body: JSON.parse(canonicalJson(body)) };
  return { ...unsigned, sig: Buffer.from(me.sign(signedBytes(unsigned))).toString("base64url") };
}
function openEnvelope(me, env, opts2 = {}) {
  const { maxSkewMs = DEFAULT_MAX_SKEW_MS, now = Date.now() } = opts2;
  if (!Number.isFinite(maxSkewMs) || maxSkewMs < 0) throw new RangeError("maxSkewMs: expected a non-negative number");
  if (!Number.isFinite(now)) throw new RangeError("now: expected unix milliseconds");
  if (typeof env !== "object" || env === null || Array.isArray(env)) throw badInput("envelope: expected an object", { field: "envelope" });
  const e = env;
  if (Object.keys(e).sort().join() !== FIELDS2) throw badInput(`envelope: expected exactly the fields ${FIELDS2}`, { field: "envelope" });
  if (e.v !== 1) throw badInput("v: unsupported envelope version", { field: "v" });
  checkToken(e.type, "type");
  checkToken(e.session, "session");
  if (!Number.isSafeInteger(e.ts) || e.ts < 0) throw badInput("ts: expected integer unix milliseconds", { field: "ts" });
  if (!isJson(e.body)) throw badInput("body: expected a plain JSON value", { field: "body" });
  if (typeof e.sig !== "string" || !SIG_RE.test(e.sig) || Buffer.from(e.sig, "base64url").toString("base64url") !== e.sig) {
    throw badInput("sig: expected unpadded base64url of a 64-byte Ed25519 signature", { field: "sig" });
  }
  if (typeof e.to !== "string" || !ID_RE.test(e.to)) throw badInput("to: expected a party identity", { field: "to" });
  if (typeof e.from !== "string" || !ID_RE.test(e.from)) throw badInput("from: expected a party identity", { field: "from" });
  if (opts2.from !== void 0 && ![].concat(opts2.from).includes(e.from)) {
    throw badInput("envelope is not from an expected sender", { field: "from", from: fingerprint(e.from) });
  }
  if (e.to !== me.id) throw badInput("not addressed to this node", { field: "to", to: fingerprint(e.to) });
  const sender = parseIdentity(e.from, "from");
  if (Math.abs(now - e.ts) > maxSkewMs) {
    throw new CustosError("E_STALE_REQUEST", `envelope timestamp is outside the allowed clock skew of ${maxSkewMs} ms`, { maxSkewMs });
  }
  const out = { v: 1, type: e.type, from: e.from, to: e.to, session: e.session, ts: e.ts, body: e.body, sig: e.sig };
  if (!nodeVerify(null, signedBytes(out), sender.sign, Buffer.from(e.sig, "base64url"))) {
    throw new CustosError("E_BAD_SIGNATURE", "envelope signature does not verify", { from: fingerprint(e.from) });
  }
  return out;
}
function checkContext(context) {
  if (typeof context !== "string" || context.length === 0) throw badInput("context: expected a non-empty string", { field: "context" });
}
function kemOf(me) {
  const have = kemKeys.get(me);
  if (have) return have;
  const seed = kemSeeds.get(me);
  if (!seed) throw new TypeError("me: expected an Identity from identityFromSecret()");
  const { publicKey: publicKey6, secretKey: secretKey2 } = ml_kem768.keygen(seed);
  clean(seed);
  kemSeeds.delete(me);
  const sig = me.sign(kemAnnouncementBytes(me.id, publicKey6));
  const keys = { publicKey: publicKey6, secretKey: secretKey2, announcement: Object.freeze({ kem: b64u(publicKey6), sig: b64u(sig) }) };
  kemKeys.set(me, keys);
  return keys;
}
var kemAnnouncementBytes = (id2, kemKey) => concatBytes(utf8(KEM_ANNOUNCE_PREFIX), fromHex(id2), kemKey);
function kemPublicKey(me) {
  const { kem, sig } = kemOf(me).announcement;
  return { kem, sig };
}
function verifyKemKey(id2, announcement) {
  const peer = parseIdentity(id2, "id");
  if (typeof announcement !== "object" || announcement === null || Array.isArray(announcement)) {
    throw badInput("announcement: expected an object {kem, sig}", { field: "announcement" });
  }
  const a = announcement;
  if (Object.keys(a).sort().join() !== "kem,sig") throw badInput("announcement: expected exactly the fields kem,sig", { field: "announcement" });
  let kem;
  let sig;
  try {
    kem = unb64u(a["kem"], KEM_PK_BYTES);
  } catch {
    throw badInput(`kem: expected unpadded base64url of a ${KEM_PK_BYTES}-byte ML-KEM-768 public key`, { field: "kem" });
  }
  try {
    sig = unb64u(a["sig"], 64);
  } catch {
    throw badInput("sig: expected unpadded base64url of a 64-byte Ed25519 signature", { field: "sig" });
  }
  if (!nodeVerify(null, kemAnnouncementBytes(peer.id, kem), peer.sign, sig)) {
    throw badInput("sig: KEM key announcement is not signed by this identity", { field: "sig", id: fingerprint(peer.id) });
  }
  try {
    ml_kem768.prepare(kem).clean();
  } catch {
    throw badInput("kem: not a valid ML-KEM-768 public key (FIPS 203 \xA77.2 modulus check)", { field: "kem" });
  }
  return kem;
}
function peerKemKey(recipientId, peerKem) {
  if (peerKem instanceof Uint8Array) {
    if (peerKem.length !== KEM_PK_BYTES) throw badInput(`peerKem: expected a ${KEM_PK_BYTES}-byte ML-KEM-768 public key`, { field: "peerKem" });
    return peerKem;
  }
  return verifyKemKey(recipientId, peerKem);
}
function sealKey(label, a1, b1, a2, b2, kemSecret, salt, senderId, recipientId, context) {
  let dhE;
  let dhS;
  let ikm;
  try {
    dhE = diffieHellman({ privateKey: a1, publicKey: b1 });
    dhS = diffieHellman({ privateKey: a2, publicKey: b2 });
    ikm = kemSecret ? concatBytes(dhE, dhS, kemSecret) : concatBytes(dhE, dhS);
    const info = concatBytes(utf8(label), fromHex(senderId), fromHex(recipientId), utf8(context));
    return new Uint8Array(hkdfSync("sha256", ikm, salt, info, 32));
  } finally {
    clean(dhE, dhS, ikm);
  }
}
var b64u = (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("base64url");
function unb64u(s, len) {
  const b = typeof s === "string" && /^[A-Za-z0-9_-]+$/.test(s) ? Buffer.from(s, "base64url") : void 0;
  if (!b || b.toString("base64url") !== s || len !== void 0 && b.length !== len) throw new Error("malformed");
  return Uint8Array.from(b);
}
function gcmSeal(key, plaintext, context) {
  const nonce = randomBytes5(12);
  const c = createCipheriv("aes-256-gcm", key, nonce).setAAD(utf8(context));
  return { nonce, ct: Buffer.concat([c.update(plaintext), c.final(), c.getAuthTag()]) };
}
function sealTo(me, recipientId, plaintext, context, peerKem) {
  const recipient = parseIdentity(recipientId, "recipientId");
  abytes(plaintext, void 0, "plaintext");
  checkContext(context);
  const kx = kxOf(me);
  const kemKey = peerKem === void 0 ? void 0 : peerKemKey(recipient.id, peerKem);
  const eph = generateKeyPairSync2("x25519");
  const ephPub = rawPublic(eph.publicKey);
  if (kemKey === void 0) {
    const key2 = sealKey(SEAL_INFO, eph.privateKey, recipient.kx, kx, recipient.kx, void 0, ephPub, me.id, recipient.id, context);
    try {
      const { nonce, ct } = gcmSeal(key2, plaintext, context);
      return `v1.${b64u(ephPub)}.${b64u(nonce)}.${b64u(ct)}`;
    } finally {
      clean(key2);
    }
  }
  let enc;
  try {
    enc = ml_kem768.encapsulate(kemKey);
  } catch {
    throw badInput("peerKem: not a valid ML-KEM-768 public key (FIPS 203 \xA77.2 modulus check)", { field: "peerKem" });
  }
  let key;
  try {
    key = sealKey(
      SEAL_INFO_V2,
      eph.privateKey,
      recipient.kx,
      kx,
      recipient.kx,
      enc.sharedSecret,
      concatBytes(ephPub, enc.cipherText),
      me.id,
      recipient.id,
      context
    );
    const { nonce, ct } = gcmSeal(key, plaintext, context);
    return `v2.${b64u(ephPub)}.${b64u(enc.cipherText)}.${b64u(nonce)}.${b64u(ct)}`;
  } finally {
    clean(key, enc.sharedSecret);
  }
}
function openFrom(me, senderId, sealed, context, opts2 = {}) {
  const sender = parseIdentity(senderId, "senderId");
  checkContext(context);
  const kx = kxOf(me);
  const parts = typeof sealed === "string" ? sealed.split(".") : [];
  if (opts2.requireHybrid === true && parts[0] === "v1") {
    throw new CustosError("E_BAD_SIGNATURE", "sealed message is classical-only (v1) but a hybrid (v2) one is required", { field: "sealed" });
  }
  let key;
  let pt;
  let ss;
  try {
    const v2 = parts[0] === "v2";
    if (parts.length !== (v2 ? 5 : 4) || !v2 && parts[0] !== "v1") throw new Error("malformed");
    const ephPub = unb64u(parts[1], 32);
    const kemCt = v2 ? unb64u(parts[2], KEM_CT_BYTES) : void 0;
    const nonce = unb64u(parts[v2 ? 3 : 2], 12);
    const ct = unb64u(parts[v2 ? 4 : 3]);
    if (ct.length < 16) throw new Error("malformed");
    const ephKey = publicKey5("X25519", ephPub);
    if (kemCt === void 0) {
      key = sealKey(SEAL_INFO, kx, ephKey, kx, sender.kx, void 0, ephPub, sender.id, me.id, context);
    } else {
      ss = ml_kem768.decapsulate(kemCt, kemOf(me).secretKey);
      key = sealKey(SEAL_INFO_V2, kx, ephKey, kx, sender.kx, ss, concatBytes(ephPub, kemCt), sender.id, me.id, context);
    }
    const d = createDecipheriv("aes-256-gcm", key, nonce, { authTagLength: 16 }).setAAD(utf8(context));
    d.setAuthTag(ct.subarray(ct.length - 16));
    pt = d.update(ct.subarray(0, ct.length - 16));
    d.final();
    return Uint8Array.from(pt);
  } catch {
    throw new CustosError("E_BAD_SIGNATURE", "sealed message does not authenticate");
  } finally {
    clean(key, pt, ss);
  }
}
function verifyRelayedEnvelope(env, from) {
  try {
    if (env.from !== from || env.v !== 1 || typeof env.sig !== "string" || !SIG_RE.test(env.sig) || !isJson(env.body)) return false;
    const sender = parseIdentity(from, "from");
    const out = { v: 1, type: env.type, from: env.from, to: env.to, session: env.session, ts: env.ts, body: env.body };
    return nodeVerify(null, signedBytes(out), sender.sign, Buffer.from(env.sig, "base64url"));
  } catch {
    return false;
  }
}

// src/threshold/parties.ts
import { randomUUID, createHash as createHash6 } from "node:crypto";

// src/threshold/transport.ts
var DEFAULT_PARTY_TIMEOUT_MS = 1e4;
async function callParty(me, party, type, session, body, timeoutMs = DEFAULT_PARTY_TIMEOUT_MS) {
  return (await callPartyEnvelope(me, party, type, session, body, timeoutMs)).body;
}
async function callPartyEnvelope(me, party, type, session, body, timeoutMs = DEFAULT_PARTY_TIMEOUT_MS) {
  const env = signEnvelope(me, party.identity, type, session, body);
  let res;
  let text;
  try {
    res = await fetch(`${party.url.replace(/\/$/, "")}/v1/party`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(env),
      signal: AbortSignal.timeout(timeoutMs)
    });
    text = await res.text();
  } catch (e) {
    const timedOut = e.name === "TimeoutError";
    throw new CustosError("E_UNAVAILABLE", `party ${party.name} ${timedOut ? `did not answer within ${timeoutMs} ms` : "is unreachable"}`, {
      party: party.name,
      reason: timedOut ? "timeout" : "unreachable"
    });
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new CustosError("E_UNAVAILABLE", `party ${party.name} answered with something that is not JSON (HTTP ${res.status})`, {
      party: party.name,
      reason: "bad-answer"
    });
  }
  const unsigned = parsed.error;
  if (unsigned && !parsed.sig) {
    const code = typeof unsigned.code === "string" && isErrorCode(unsigned.code) ? unsigned.code : "E_UNAVAILABLE";
    throw new CustosError(code, `party ${party.name}: ${String(unsigned.message ?? "error").slice(0, 300)}`, { party: party.name });
  }
  let reply;
  try {
    reply = openEnvelope(me, parsed, { from: party.identity });
  } catch (e) {
    throw new CustosError(
      "E_UNAVAILABLE",
      `party ${party.name} sent an answer that does not authenticate`,
      { party: party.name, reason: "bad-signature" },
      { cause: e }
    );
  }
  if (reply.session !== session) throw new CustosError("E_UNAVAILABLE", `party ${party.name} answered another session`, { party: party.name });
  const b = reply.body;
  if (reply.type === "error") {
    const err = b.error ?? {};
    const code = typeof err.code === "string" && isErrorCode(err.code) ? err.code : "E_INTERNAL";
    throw new CustosError(code, `party ${party.name}: ${String(err.message ?? "error").slice(0, 500)}`, {
      party: party.name,
      ...typeof err.participant === "string" ? { participant: err.participant } : {},
      ...typeof err.retryAfterMs === "number" ? { retryAfterMs: err.retryAfterMs } : {}
    });
  }
  if (reply.type !== `${type}.ok`) throw new CustosError("E_UNAVAILABLE", `party ${party.name} answered ${reply.type} to ${type}`, { party: party.name });
  return reply;
}
function firstN(parties, need, fn) {
  return new Promise((resolve) => {
    const ok = [];
    const failed = [];
    let done = false;
    const settle = () => {
      if (done) return;
      if (ok.length >= need || failed.length > parties.length - need || ok.length + failed.length === parties.length) {
        done = true;
        resolve({ ok: [...ok], failed: [...failed] });
      }
    };
    for (const p of parties) {
      fn(p).then(
        (value) => {
          ok.push({ party: p, value });
          settle();
        },
        (e) => {
          failed.push({
            party: p,
            error: e instanceof CustosError ? e : new CustosError("E_UNAVAILABLE", `party ${p.name}: ${e.message}`, { party: p.name })
          });
          settle();
        }
      );
    }
    if (parties.length === 0) settle();
  });
}

// src/threshold/vault.ts
var DEK_META = "threshold_data_key";
var aad = (instanceId, kind, id2, state) => `custos:threshold:${instanceId}:${kind}:${id2}:${state}`;
var ThresholdVault = class {
  constructor(inst) {
    this.inst = inst;
  }
  inst;
  /** The namespace data key, created on first use inside the caller's transaction. */
  async dek(repo, create) {
    const id2 = await repo.getMeta(DEK_META);
    if (id2) return this.inst.sealer.openDataKey(await repo.getDataKey(id2), "threshold state");
    if (!create) return null;
    const { record, dek } = this.inst.sealer.newDataKey((/* @__PURE__ */ new Date()).toISOString());
    await repo.insertDataKey(record);
    await repo.setMeta(DEK_META, record.id);
    return dek;
  }
  encode(dek, kind, id2, state, value) {
    return this.inst.sealer.sealRecord(dek, utf8(JSON.stringify(value)), aad(this.inst.instanceId, kind, id2, state));
  }
  async get(repo, kind, id2) {
    const row = await repo.threshold.get(kind, id2);
    if (!row) return void 0;
    const dek = await this.dek(repo, false);
    if (!dek) throw new CustosError("E_TAMPERED", `stored record ${kind}/${id2} has no data key`, { record: `${kind}/${id2}` });
    try {
      const plain = this.inst.sealer.openRecord(dek, row.data, aad(this.inst.instanceId, kind, id2, row.state), `${kind}/${id2}`);
      const value = JSON.parse(Buffer.from(plain).toString("utf8"));
      clean(plain);
      return { id: id2, state: row.state, value, updatedAt: row.updatedAt };
    } finally {
      clean(dek);
    }
  }
  async list(repo, kind) {
    const out = [];
    for (const row of await repo.threshold.list(kind)) {
      const v = await this.get(repo, kind, row.id);
      if (v) out.push(v);
    }
    return out;
  }
  /** Write (insert or replace) a record. */
  async put(repo, kind, id2, state, value) {
    const dek = await this.dek(repo, true);
    try {
      await repo.threshold.put({ kind, id: id2, state, data: this.encode(dek, kind, id2, state, value), updatedAt: (/* @__PURE__ */ new Date()).toISOString() });
    } finally {
      clean(dek);
    }
  }
  /** Insert only if absent (false when it exists). */
  async insert(repo, kind, id2, state, value) {
    const dek = await this.dek(repo, true);
    try {
      return await repo.threshold.insert({ kind, id: id2, state, data: this.encode(dek, kind, id2, state, value), updatedAt: (/* @__PURE__ */ new Date()).toISOString() });
    } finally {
      clean(dek);
    }
  }
  delete(repo, kind, id2) {
    return repo.threshold.delete(kind, id2);
  }
};

// src/access/approvals.ts
async function ownPrincipal(inst, repo, name, role) {
  if (typeof name !== "string" || name.length === 0 || name.length > 64) return null;
  const p = await repo.access.principalByName(name);
  if (!p || p.state !== "active" || role !== null && p.role !== role) return null;
  return inst.records.verify("principals", p);
}
async function verifiedApprovers(inst, repo, req, claims, role, verdict = "approve", opts2 = {}) {
  const ok = /* @__PURE__ */ new Set();
  const requester = await ownPrincipal(inst, repo, req.requester, null);
  const keys = new Set(requester ? [keyIdentity(requester.publicKey)] : []);
  for (const a of claims.slice(0, 100)) {
    if (typeof a?.approverName !== "string" || a.approverName === req.requester || ok.has(a.approverName)) continue;
    const p = await ownPrincipal(inst, repo, a.approverName, role);
    if (!p || keys.has(keyIdentity(p.publicKey))) continue;
    if (opts2.passkeys === false && principalKey(p.publicKey).type === "passkey") continue;
    if (verifyPrincipalApproval(p.publicKey, req.id, req.digest, verdict, String(a.signature))) {
      ok.add(p.name);
      keys.add(keyIdentity(p.publicKey));
    }
  }
  return [...ok];
}
function keyIdentity(stored) {
  const k = principalKey(stored);
  if (k.type === "passkey") return `spki:${k.credential.key.toLowerCase()}`;
  if (k.type !== "p256") return `none:${stored}`;
  try {
    return `spki:${publicKeyFromHex(k.publicKey).export({ type: "spki", format: "der" }).toString("hex")}`;
  } catch {
    return `bad:${stored}`;
  }
}

// src/auth/request-signature.ts
import { createHash as createHash5, randomBytes as randomBytes6, sign as sign6, verify as verify6 } from "node:crypto";
var DEFAULT_MAX_SKEW_SECONDS = 60;
var SIGNATURE_BYTES = 64;
var TIMESTAMP_RE = /^(?:0|[1-9][0-9]{0,15})$/;
var SIGNATURE_RE = /^[A-Za-z0-9_-]{86}$/;
function canonicalRequest(parts) {
  const bodyBytes = typeof parts.body === "string" ? utf8(parts.body) : parts.body;
  if (!(bodyBytes instanceof Uint8Array)) throw new TypeError("body: expected Uint8Array or string");
  const { body: _body, ...rest } = parts;
  return canonicalRequestFromHash({ ...rest, bodySha256: createHash5("sha256").update(bodyBytes).digest("hex") });
}
function nonceKey(h) {
  return `${h.principal}:${h.nonce}`;
}
function nonceExpiresAt(h, maxSkewSeconds = DEFAULT_MAX_SKEW_SECONDS) {
  return (h.timestamp + maxSkewSeconds) * 1e3;
}
function parseSignedHeaders(headers) {
  const principal = header(headers, SIGNATURE_HEADERS.principal);
  if (!NAME_RE.test(principal)) throw malformed(SIGNATURE_HEADERS.principal, "not a valid principal name");
  const ts = header(headers, SIGNATURE_HEADERS.timestamp);
  if (!TIMESTAMP_RE.test(ts) || !Number.isSafeInteger(Number(ts))) throw malformed(SIGNATURE_HEADERS.timestamp, "expected integer unix seconds");
  const nonce = header(headers, SIGNATURE_HEADERS.nonce);
  if (!NONCE_RE.test(nonce)) throw malformed(SIGNATURE_HEADERS.nonce, "expected 16-64 characters of [A-Za-z0-9_-]");
  const sig = header(headers, SIGNATURE_HEADERS.signature);
  const signature = SIGNATURE_RE.test(sig) ? Buffer.from(sig, "base64url") : void 0;
  if (!signature || signature.length !== SIGNATURE_BYTES || signature.toString("base64url") !== sig) {
    throw malformed(SIGNATURE_HEADERS.signature, `expected unpadded base64url of a ${SIGNATURE_BYTES}-byte P1363 signature`);
  }
  return { principal, timestamp: Number(ts), nonce, signature: Uint8Array.from(signature) };
}
function verifyRequest(publicKey6, h, req, now, maxSkewSeconds = DEFAULT_MAX_SKEW_SECONDS) {
  assertP256(publicKey6, "public", "publicKey");
  if (!Number.isFinite(now)) throw new RangeError("now: expected milliseconds since the epoch");
  if (!Number.isFinite(maxSkewSeconds) || maxSkewSeconds < 0) throw new RangeError("maxSkewSeconds: expected a non-negative number");
  if (!Number.isSafeInteger(h.timestamp) || Math.abs(now - h.timestamp * 1e3) > maxSkewSeconds * 1e3) {
    throw new CustosError("E_STALE_REQUEST", `request timestamp is outside the allowed clock skew of ${maxSkewSeconds} s; check the client clock`, {
      maxSkewSeconds
    });
  }
  if (!(h.signature instanceof Uint8Array) || h.signature.length !== SIGNATURE_BYTES) throw unauthenticated();
  const message = canonicalRequest({ ...req, timestamp: h.timestamp, nonce: h.nonce, principal: h.principal });
  let ok = false;
  try {
    ok = verify6("sha256", utf8(message), { key: publicKey6, dsaEncoding: "ieee-p1363" }, h.signature);
  } catch {
    ok = false;
  }
  if (!ok) throw unauthenticated();
}
function header(headers, name) {
  let value;
  let seen = 0;
  for (const key of Object.keys(headers)) {
    if (key.toLowerCase() !== name) continue;
    seen++;
    value = headers[key];
  }
  if (Array.isArray(value)) {
    if (value.length > 1) seen = 2;
    value = value[0];
  }
  if (seen > 1) throw malformed(name, "sent more than once");
  if (value === void 0 || value === "") {
    throw new CustosError("E_UNAUTHENTICATED", `missing header ${name}`, { header: name });
  }
  return value;
}
function malformed(name, why) {
  return new CustosError("E_UNAUTHENTICATED", `malformed header ${name}: ${why}`, { header: name });
}
function unauthenticated() {
  return new CustosError("E_UNAUTHENTICATED", "request signature does not verify");
}
function assertP256(key, type, field2) {
  if (key?.type !== type || key.asymmetricKeyType !== "ec" || key.asymmetricKeyDetails?.namedCurve !== "prime256v1") {
    throw new TypeError(`${field2}: expected a P-256 ${type} KeyObject`);
  }
}

// src/threshold/governance.ts
function govKey(a) {
  switch (a.action) {
    case "policy.set":
      return "policy";
    case "principal.create":
    case "principal.revoke":
      return `principal:${a.name}`;
    case "list.set":
      return `list:${a.name}`;
    case "party.add":
      return `party:${a.name}`;
    case "key.destroy":
      return `destroy:${a.name}`;
    default:
      return null;
  }
}
async function recordGovProof(inst, repo, action, proof) {
  const key = govKey(action);
  if (!key) return;
  const vault = new ThresholdVault(inst);
  if (proof) await vault.put(repo, "gov-proof", key, "active", { ...proof, action });
  else await vault.delete(repo, "gov-proof", key);
}
async function govProof(inst, repo, key) {
  return (await new ThresholdVault(inst).get(repo, "gov-proof", key))?.value;
}
function expected(a) {
  switch (a.action) {
    case "policy.set":
      return { method: "PUT", path: "/v1/policy", matches: (b) => b.source === a.source };
    case "principal.create":
      return {
        method: "POST",
        path: "/v1/principals",
        matches: (b) => b.name === a.name && b.role === a.role && String(b.publicKey).toLowerCase() === a.publicKey.toLowerCase()
      };
    case "list.set":
      return { method: "PUT", path: `/v1/lists/${encodeURIComponent(a.name)}`, matches: (b) => canonicalJson(b.values) === canonicalJson(a.values) };
    case "principal.revoke":
      return { method: "POST", path: `/v1/principals/${encodeURIComponent(a.name)}/revoke`, matches: () => true };
    case "party.add":
      return { method: "POST", path: "/v1/parties", matches: (b) => b.name === a.name && b.identity === a.identity && b.url === a.url };
    case "party.remove":
      return { method: "POST", path: `/v1/parties/${encodeURIComponent(a.name)}/remove`, matches: () => true };
    case "key.reshare":
      return {
        method: "POST",
        path: `/v1/keys/${encodeURIComponent(a.name)}/reshare`,
        matches: (b) => b.threshold === a.threshold && canonicalJson(b.parties ?? null) === canonicalJson(a.parties ?? null)
      };
    case "key.refresh":
      return { method: "POST", path: `/v1/keys/${encodeURIComponent(a.name)}/refresh`, matches: () => true };
    case "key.destroy":
      return { method: "POST", path: `/v1/keys/${encodeURIComponent(a.name)}/destroy`, matches: () => true };
    case "key.usage":
      return { method: "POST", path: `/v1/keys/${encodeURIComponent(a.name)}/usage`, matches: (b) => b.allowRaw === a.allowRaw };
    case "wallet.usage":
      return { method: "POST", path: `/v1/wallets/${encodeURIComponent(a.name)}/usage`, matches: (b) => b.allowRaw === a.allowRaw };
    default:
      throw new CustosError("E_UNSUPPORTED", `no governance proof for ${a.action}`);
  }
}
var refuse = (why) => new CustosError("E_PARTY_REFUSED", `governance change refused: ${why}`);
async function verifyGovProof(inst, repo, action, proof, adminApprovals, opts2 = {}) {
  if (!proof?.http) throw refuse(`${action.action} carries no admin signature`);
  const now = opts2.now ?? Date.now();
  const created = proof.quorum ? Date.parse(proof.quorum.createdAt) : proof.http.timestamp * 1e3;
  if (opts2.maxAgeMs !== void 0 && (now - proof.http.timestamp * 1e3 > opts2.maxAgeMs || !Number.isFinite(created) || now - created > opts2.maxAgeMs)) {
    throw refuse(`the admin's signed request for ${action.action} is older than ${Math.round(opts2.maxAgeMs / 6e4)} minutes (expired)`);
  }
  if (canonicalJson(proof.action) !== canonicalJson(action)) throw refuse("the proof is for another change");
  const h = proof.http;
  const exp = expected(action);
  const path = (h.path ?? "").split("?")[0];
  if (h.method !== exp.method || path !== exp.path) throw refuse(`the signed request is ${String(h.method)} ${String(path)}, not ${exp.method} ${exp.path}`);
  let body;
  try {
    body = h.body === "" ? {} : JSON.parse(h.body);
  } catch {
    throw refuse("the signed request body is not JSON");
  }
  if (typeof body !== "object" || body === null) throw refuse("the signed request body is not an object");
  if (!exp.matches(body)) throw refuse("the signed request says something else");
  const proposer = await ownPrincipal(inst, repo, h.principal, "admin");
  if (!proposer) throw refuse(`"${String(h.principal).slice(0, 64)}" is not an active admin on this party`);
  try {
    verifyRequest(
      publicKeyFromHex(proposer.publicKey),
      { principal: h.principal, timestamp: h.timestamp, nonce: h.nonce, signature: new Uint8Array(Buffer.from(h.signature, "base64url")) },
      { method: h.method, path: h.path, body: h.body },
      h.timestamp * 1e3
    );
  } catch {
    throw refuse(`the request signature does not verify under ${h.principal}'s key`);
  }
  if (adminApprovals > 1) {
    const q = proof.quorum;
    if (!q) throw refuse(`this party's policy needs ${adminApprovals} admins for ${action.action}; the change carries one`);
    if (q.principal !== h.principal || q.kind !== `admin:${action.action}`) throw refuse("the quorum request does not match the signed request");
    const digest = requestDigest({ id: q.id, kind: q.kind, principal: q.principal, key: q.key, payload: action, createdAt: q.createdAt });
    const ok = await verifiedApprovers(inst, repo, { id: q.id, digest, requester: q.principal }, q.approvals ?? [], "admin", "approve", {
      passkeys: opts2.passkeys ?? false
    });
    if (ok.length < adminApprovals - 1) throw refuse(`needs ${adminApprovals - 1} admin approvals besides the proposer; ${ok.length} verify here`);
  }
  return h.timestamp;
}

// src/threshold/parties.ts
function checkMembership(parties, threshold) {
  const names = [...new Set(parties)];
  if (names.length !== parties.length) throw badInput("a party is named twice", { field: "parties" });
  if (!Number.isSafeInteger(threshold) || threshold < 2 || threshold > names.length) {
    throw badInput(`threshold must be 2..${names.length} (the number of parties)`, { field: "threshold" });
  }
  return names;
}
function announced(identity, kem) {
  try {
    verifyKemKey(identity, kem);
    return kem;
  } catch {
    return void 0;
  }
}
var PartyRegistry = class _PartyRegistry {
  constructor(inst, opts2 = {}) {
    this.inst = inst;
    this.vault = new ThresholdVault(inst);
    this.timeoutMs = opts2.timeoutMs ?? DEFAULT_PARTY_TIMEOUT_MS;
    this.dkgTimeoutMs = opts2.dkgTimeoutMs ?? Math.max(this.timeoutMs, 3e4);
  }
  inst;
  vault;
  timeoutMs;
  dkgTimeoutMs;
  me = null;
  /** Governance digest last accepted by each party (in memory; resent after a restart). */
  synced = /* @__PURE__ */ new Map();
  govCache = null;
  /** `party:keyId:epoch` known committed at that party (in memory): signing heads carry receipts to the others. */
  committed = /* @__PURE__ */ new Set();
  /** The coordinator's own identity (created on first use, sealed in the store). */
  async identity() {
    if (this.me) return this.me;
    this.inst.assertUnsealed();
    const secret = await this.inst.store.tx(async (repo) => {
      const existing = await this.vault.get(repo, "identity", "coordinator");
      if (existing) return fromHex(existing.value.secret, "identity");
      const s = generateIdentitySecret();
      await this.vault.put(repo, "identity", "coordinator", "active", { secret: toHex(s) });
      await appendEvent(repo, {
        actor: "custos",
        action: "coordinator.identity.create",
        subject: "coordinator/identity",
        details: { identity: identityFromSecret(s).id }
      });
      return s;
    });
    this.me = identityFromSecret(secret);
    secret.fill(0);
    return this.me;
  }
  async party(repo, name) {
    const p = await this.vault.get(repo, "party", name);
    if (!p || p.value.removed) throw new CustosError("E_NOT_FOUND", `no party named "${name}"`, { party: name });
    return { name: p.value.name, url: p.value.url, identity: p.value.identity };
  }
  /** What parties keep a copy of: principals, lists, the policy document, the party registry and destroyed keys, each with its proof. */
  async govState(repo) {
    const principals = [];
    for (const p of await repo.access.listPrincipals()) {
      principals.push({
        name: p.name,
        role: p.role,
        publicKey: p.publicKey,
        state: p.state,
        tags: p.tags,
        proof: await govProof(this.inst, repo, `principal:${p.name}`)
      });
    }
    const lists = await repo.access.allLists();
    const listProofs = {};
    for (const name of Object.keys(lists)) listProofs[name] = await govProof(this.inst, repo, `list:${name}`);
    const parties = [];
    for (const { value: l } of await this.vault.list(repo, "party")) {
      parties.push({
        name: l.name,
        identity: l.identity,
        state: l.removed ? "removed" : "active",
        proof: await govProof(this.inst, repo, `party:${l.name}`),
        ...l.kem ? { kem: l.kem } : {}
      });
    }
    const destroyed = [];
    for (const r of await this.vault.list(repo, "gov-proof"))
      if (r.id.startsWith("destroy:")) destroyed.push({ name: r.id.slice("destroy:".length), proof: r.value });
    const body = {
      principals,
      lists,
      listProofs,
      policy: (await repo.access.currentPolicy())?.source ?? null,
      policyProof: await govProof(this.inst, repo, "policy"),
      parties,
      destroyed
    };
    return { body, digest: createHash6("sha256").update(canonicalJson(body)).digest("hex") };
  }
  /** Check a party registration before it is proposed (so a quorum never approves something malformed). */
  static checkPartySpec(spec) {
    const name = checkName(spec.name, "party");
    const identity = parseIdentity(spec.identity, "identity").id;
    let url;
    try {
      url = new URL(spec.url);
    } catch {
      throw badInput(`--url is not a URL: ${spec.url.slice(0, 100)}`, { field: "url" });
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") throw badInput("party URL must be http(s)", { field: "url" });
    return { name, url: url.toString().replace(/\/$/, ""), identity };
  }
  /**
   * Register a party by URL and identity (an admin action under the admin
   * quorum): pairs with it (it pins this coordinator) and sends governance
   * state. The admin's signed request (and approvals) is kept as the proof
   * other parties need before they accept the new party in a key.
   */
  async addParty(spec, actor, proof) {
    const link = _PartyRegistry.checkPartySpec(spec);
    const { name, identity } = link;
    const me = await this.identity();
    const gov = await this.govState(this.inst.store.read);
    const status = await callParty(me, link, "pair", randomUUID(), { name, ...gov.body }, this.timeoutMs);
    await this.inst.store.tx(async (repo) => {
      const taken = await this.vault.get(repo, "party", name);
      if (taken && !taken.value.removed && taken.value.identity !== identity)
        throw new CustosError("E_NAME_TAKEN", `a party named "${name}" is already registered with another identity`, { party: name });
      for (const other of await this.vault.list(repo, "party")) {
        if (!other.value.removed && other.value.identity === identity && other.id !== name)
          throw new CustosError("E_NAME_TAKEN", `this identity is already registered as party "${other.id}"`, { party: other.id });
      }
      const kem = announced(identity, status.kem);
      await this.vault.put(repo, "party", name, "active", { ...link, ...kem ? { kem } : {} });
      await recordGovProof(this.inst, repo, { action: "party.add", name, url: spec.url, identity: spec.identity }, proof);
      await appendEvent(repo, { actor, action: "party.add", subject: `party/${name}`, details: { url: link.url, identity } });
    });
    this.synced.set(name, gov.digest);
    return { ...link, fingerprint: fingerprint(identity), reachable: true, keys: status.keys, policyVersion: Number(status.policyVersion ?? 0) };
  }
  /** Remove a registered party (admin action under the quorum): refused while a key's current epoch still has a share there. */
  async removeParty(name, actor) {
    await this.inst.store.tx(async (repo) => {
      const p = await this.vault.get(repo, "party", name);
      if (!p || p.value.removed) throw new CustosError("E_NOT_FOUND", `no party named "${name}"`, { party: name });
      for (const k of await this.vault.list(repo, "tkey")) {
        const rec = await repo.getKeyByName(k.value.name);
        if (rec?.state === "destroyed") continue;
        if (k.value.parties.some((x) => x.name === name))
          throw new CustosError("E_FORBIDDEN", `party ${name} holds a share of key "${k.value.name}": reshare the key without it first`, {
            party: name,
            key: k.value.name
          });
      }
      await this.vault.put(repo, "party", name, "active", { ...p.value, removed: true });
      await appendEvent(repo, { actor, action: "party.remove", subject: `party/${name}`, details: { identity: p.value.identity } });
    });
    this.synced.clear();
    await this.syncGov(await this.activeLinks());
    return { name, removed: true };
  }
  /** Participant lists as sent to parties: with each party's signed ML-KEM key where it has one (hybrid sealing). */
  async wireParticipants(ps) {
    const out = [];
    for (const p of ps) {
      const l = (await this.vault.get(this.inst.store.read, "party", p.name))?.value;
      out.push({ identity: p.identity, identifier: p.identifier, ...l?.kem && l.identity === p.identity ? { kem: l.kem } : {} });
    }
    return out;
  }
  async activeLinks() {
    return (await this.vault.list(this.inst.store.read, "party")).filter((p) => !p.value.removed).map((p) => ({ name: p.value.name, url: p.value.url, identity: p.value.identity }));
  }
  /** Every registered party with its reachability (each probed with a short timeout, in parallel). */
  async listParties() {
    const parties = await this.activeLinks();
    if (parties.length === 0) return [];
    const me = await this.identity();
    return Promise.all(
      parties.map(async (p) => {
        const base = { ...p, fingerprint: fingerprint(p.identity) };
        try {
          const s = await callParty(me, p, "status", randomUUID(), {}, Math.min(this.timeoutMs, 3e3));
          return { ...base, reachable: true, keys: s.keys, policyVersion: Number(s.policyVersion ?? 0) };
        } catch (e) {
          const err = isCustosError(e) ? e : new CustosError("E_UNAVAILABLE", "unreachable");
          return { ...base, reachable: false, error: { code: err.code, message: err.message } };
        }
      })
    );
  }
  /** Push governance state to parties whose copy may be stale (best effort; a stale party refuses what its policy refuses). */
  async syncGov(parties) {
    const stamp = await this.inst.store.read.threshold.govStamp();
    if (this.govCache?.stamp !== stamp) this.govCache = { stamp, gov: await this.govState(this.inst.store.read) };
    const gov = this.govCache.gov;
    const me = await this.identity();
    await Promise.all(
      parties.filter((p) => this.synced.get(p.name) !== gov.digest).map(async (p) => {
        try {
          await callParty(me, p, "gov.sync", randomUUID(), gov.body, this.timeoutMs);
          this.synced.set(p.name, gov.digest);
        } catch {
        }
      })
    );
  }
  /** The new public package, read back from one party (all reported the same digest). */
  async fetchPublic(me, p, keyId, epoch, digest) {
    const pkg = await callParty(me, p, "key.public", randomUUID(), { keyId, epoch, digest }, this.timeoutMs);
    return pkg.public;
  }
  async commitEverywhere(me, links, keyId, epoch, digest, receipts) {
    await Promise.all(
      links.map(
        (p) => callParty(me, p, "key.commit", randomUUID(), { keyId, epoch, digest, ...receipts ? { receipts } : {} }, this.timeoutMs).then(() => this.committed.add(`${p.name}:${keyId}:${epoch}`)).catch(() => void 0)
      )
    );
  }
  /** A signing session answered by `party` shows it holds the epoch committed. */
  markCommitted(party, keyId, epoch) {
    this.committed.add(`${party}:${keyId}:${epoch}`);
  }
  async allOrFail(links, fn) {
    const results = await Promise.allSettled(links.map(fn));
    const failed = results.map((r, i) => ({ r, p: links[i] })).filter((x) => x.r.status === "rejected");
    if (failed.length > 0) {
      const first = failed[0].r.reason;
      const names = failed.map((f) => f.p.name);
      if (isCustosError(first) && first.code !== "E_UNAVAILABLE") throw first;
      throw new CustosError("E_UNAVAILABLE", `parties ${names.join(", ")} did not take part: ${first.message}`, { parties: names });
    }
    return results.map((r) => r.value);
  }
  async meta(repo, keyId) {
    const m = await this.vault.get(repo, "tkey", keyId);
    if (!m) throw new CustosError("E_TAMPERED", `threshold key ${keyId} has no party metadata`, { record: `tkey/${keyId}` });
    return m.value;
  }
  async links(repo, meta) {
    const out = [];
    for (const p of meta.parties) {
      const link = await this.vault.get(repo, "party", p.name);
      out.push(
        link ? { name: link.value.name, url: link.value.url, identity: link.value.identity } : { name: p.name, url: "http://127.0.0.1:9", identity: p.identity }
      );
    }
    return out;
  }
  /** Signing heads carry the epoch's receipts to parties not yet known to have committed it (catch-up commit). */
  receiptsFor(meta) {
    return (p) => meta.receipts && !this.committed.has(`${p.name}:${meta.keyId}:${meta.epoch}`) ? { receipts: meta.receipts } : {};
  }
  /** The parties of the threshold keys named in `refs`. */
  async partiesOf(refs) {
    const repo = this.inst.store.read;
    const links = [];
    for (const ref of new Set(refs)) {
      const k = await repo.getKeyByName(ref);
      if (k?.custody !== "threshold") continue;
      const safe = (await this.vault.get(repo, "safe", k.id))?.value;
      const of = safe ? await Promise.all(safe.owners.map((o) => this.party(repo, o.party).catch(() => null))) : await this.links(repo, await this.meta(repo, k.id));
      for (const l of of) if (l && !links.some((x) => x.name === l.name)) links.push(l);
    }
    return links;
  }
  /** After a threshold key was destroyed: tell its parties (with the admin's proof), so they delete their shares. */
  async afterDestroy(name) {
    const repo = this.inst.store.read;
    const k = await repo.getKeyByName(name);
    if (k?.custody !== "threshold") return;
    const m = await this.vault.get(repo, "tkey", k.id);
    if (!m) return;
    await this.syncGov(await this.links(repo, m.value));
  }
  /** Threshold metadata for `key show`: epoch, T, parties. */
  async describe(keyId) {
    const m = await this.vault.get(this.inst.store.read, "tkey", keyId);
    return m ? { threshold: m.value.min, parties: m.value.parties.map((p) => p.name), epoch: m.value.epoch, suite: m.value.suite } : null;
  }
};

export {
  ALGORITHMS,
  THRESHOLD_ALGORITHMS,
  isThresholdAlgorithm,
  getAlgorithm,
  signCheckpoint,
  ed25519,
  ed25519_FROST,
  bls12_381,
  scrypt,
  parsePath,
  deriveSecret,
  xpub,
  parseCurve,
  parseKeyRef,
  refString,
  FINAL_STATUSES,
  generateCredentialKey,
  publicKeyFromHex,
  publicKeyToHex,
  writeCredentialFile,
  readCredentialFile,
  PASSKEY_ALGS,
  principalKey,
  encodeCredential,
  pendingKey,
  credentialKeyObject,
  registrationKey,
  signRegistration,
  verifyRegistration,
  registrationChallenge,
  verifyAssertion,
  challengeOf,
  requestDigest,
  verifyPrincipalApproval,
  appendEvent,
  verifyStoredTrail,
  exportTrail,
  verifyExport,
  generateIdentitySecret,
  identityFromSecret,
  fingerprint,
  signEnvelope,
  openEnvelope,
  kemPublicKey,
  verifyKemKey,
  sealTo,
  openFrom,
  verifyRelayedEnvelope,
  callParty,
  callPartyEnvelope,
  firstN,
  ThresholdVault,
  ownPrincipal,
  verifiedApprovers,
  nonceKey,
  nonceExpiresAt,
  parseSignedHeaders,
  verifyRequest,
  govKey,
  recordGovProof,
  verifyGovProof,
  checkMembership,
  PartyRegistry
};
/*! Bundled license information:

@noble/post-quantum/utils.js:
@noble/post-quantum/_crystals.js:
@noble/post-quantum/ml-dsa.js:
@noble/post-quantum/ml-kem.js:
  (*! noble-post-quantum - MIT License (c) 2024 Paul Miller (paulmillr.com) *)

@scure/bip32/index.js:
  (*! scure-bip32 - MIT License (c) 2022 Patricio Palladino, Paul Miller (paulmillr.com) *)

@noble/curves/abstract/edwards.js:
@noble/curves/ed25519.js:
@noble/curves/abstract/bls.js:
@noble/curves/abstract/tower.js:
@noble/curves/bls12-381.js:
  (*! noble-curves - MIT License (c) 2022 Paul Miller (paulmillr.com) *)

micro-key-producer/slip10.js:
  (*! micro-key-producer - MIT License (c) 2024 Paul Miller (paulmillr.com) *)
*/
