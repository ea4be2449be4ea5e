import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  PARTY_INIT_ACTOR,
  assertRole
} from "./chunk-LOHEMIO2.js";
import {
  Instance
} from "./chunk-B7YHXBRH.js";
import "./chunk-4PSSYMRB.js";
import {
  buildServices,
  evaluatePolicy,
  factsDigest,
  gatherFacts,
  parsePolicy,
  partyServices,
  requestShape
} from "./chunk-JWZGYKQV.js";
import {
  commit,
  decodeCommitments,
  decodeNonces,
  decodePublic,
  decodeRound1,
  decodeSecret,
  dkgClean,
  dkgRound1,
  dkgRound2,
  dkgRound3,
  encodeCommitments,
  encodeNonces,
  encodePublic,
  encodeRound1,
  encodeSecret,
  ethereumAddress,
  frostSuite,
  groupPublicKey,
  identifierFor,
  loadChainConfig,
  signShare,
  signingBytes
} from "./chunk-GVE6EZRV.js";
import "./chunk-47DFWPP5.js";
import "./chunk-BMLM4VXG.js";
import {
  ThresholdVault,
  appendEvent,
  ed25519,
  ed25519_FROST,
  fingerprint,
  generateIdentitySecret,
  govKey,
  identityFromSecret,
  kemPublicKey,
  openEnvelope,
  openFrom,
  ownPrincipal,
  principalKey,
  publicKeyFromHex,
  requestDigest,
  sealTo,
  signEnvelope,
  verifiedApprovers,
  verifyGovProof,
  verifyKemKey,
  verifyPrincipalApproval,
  verifyRegistration,
  verifyRelayedEnvelope,
  verifyRequest
} from "./chunk-DOFE7BQX.js";
import {
  ecdsaSign,
  isValidSecret,
  publicKey,
  secp256k1,
  secp256k1_FROST,
  sha256
} from "./chunk-MPHSVC72.js";
import "./chunk-POEWKUPT.js";
import "./chunk-73GY3SDL.js";
import {
  concatBytes,
  equalBytes,
  fromHex,
  toHex,
  utf8
} from "./chunk-VQWF5TYP.js";
import {
  HasPropertyKey,
  IndexFromPropertyKeys,
  IsArray,
  IsAsyncIterator,
  IsBigInt,
  IsBoolean,
  IsDate,
  IsFunction,
  IsInteger,
  IsIterator,
  IsNull,
  IsNumber,
  IsObject,
  IsPromise,
  IsSchema,
  IsSchema2,
  IsString,
  IsSymbol,
  IsTransform,
  IsUint8Array,
  IsUndefined,
  IsUndefined2,
  IsValueType,
  KeyOfPattern,
  KeyOfPropertyKeys,
  Kind,
  Never,
  Ref,
  TransformKind,
  Type,
  TypeBoxError,
  TypeSystemPolicy
} from "./chunk-5C6VHHUV.js";
import "./chunk-7ZEFP3IH.js";
import {
  canonicalJson,
  parseListen
} from "./chunk-T7RD2LC5.js";
import "./chunk-INBJ2LOA.js";
import "./chunk-3SZH5XTH.js";
import "./chunk-EZAKATEZ.js";
import {
  CustosError,
  badInput,
  isCustosError
} from "./chunk-7E33BI2G.js";
import {
  __export
} from "./chunk-VF57VZD3.js";

// src/party/server.ts
import { createServer } from "node:http";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { randomBytes as randomBytes2 } from "node:crypto";

// src/party/node.ts
import { randomUUID as randomUUID2 } from "node:crypto";

// node_modules/@sinclair/typebox/build/esm/type/registry/format.mjs
var format_exports = {};
__export(format_exports, {
  Clear: () => Clear,
  Delete: () => Delete,
  Entries: () => Entries,
  Get: () => Get,
  Has: () => Has,
  Set: () => Set2
});
var map = /* @__PURE__ */ new Map();
function Entries() {
  return new Map(map);
}
function Clear() {
  return map.clear();
}
function Delete(format) {
  return map.delete(format);
}
function Has(format) {
  return map.has(format);
}
function Set2(format, func) {
  map.set(format, func);
}
function Get(format) {
  return map.get(format);
}

// node_modules/@sinclair/typebox/build/esm/type/registry/type.mjs
var type_exports = {};
__export(type_exports, {
  Clear: () => Clear2,
  Delete: () => Delete2,
  Entries: () => Entries2,
  Get: () => Get2,
  Has: () => Has2,
  Set: () => Set3
});
var map2 = /* @__PURE__ */ new Map();
function Entries2() {
  return new Map(map2);
}
function Clear2() {
  return map2.clear();
}
function Delete2(kind) {
  return map2.delete(kind);
}
function Has2(kind) {
  return map2.has(kind);
}
function Set3(kind, func) {
  map2.set(kind, func);
}
function Get2(kind) {
  return map2.get(kind);
}

// node_modules/@sinclair/typebox/build/esm/type/keyof/keyof-property-entries.mjs
function KeyOfPropertyEntries(schema) {
  const keys = KeyOfPropertyKeys(schema);
  const schemas = IndexFromPropertyKeys(schema, keys);
  return keys.map((_, index) => [keys[index], schemas[index]]);
}

// node_modules/@sinclair/typebox/build/esm/type/extends/extends-undefined.mjs
function Intersect(schema) {
  return schema.allOf.every((schema2) => ExtendsUndefinedCheck(schema2));
}
function Union(schema) {
  return schema.anyOf.some((schema2) => ExtendsUndefinedCheck(schema2));
}
function Not(schema) {
  return !ExtendsUndefinedCheck(schema.not);
}
function ExtendsUndefinedCheck(schema) {
  return schema[Kind] === "Intersect" ? Intersect(schema) : schema[Kind] === "Union" ? Union(schema) : schema[Kind] === "Not" ? Not(schema) : schema[Kind] === "Undefined" ? true : false;
}

// node_modules/@sinclair/typebox/build/esm/system/evaluate.mjs
function Evaluate(...args) {
  return new globalThis.Function(...args);
}

// node_modules/@sinclair/typebox/build/esm/errors/function.mjs
function DefaultErrorFunction(error) {
  switch (error.errorType) {
    case ValueErrorType.ArrayContains:
      return "Expected array to contain at least one matching value";
    case ValueErrorType.ArrayMaxContains:
      return `Expected array to contain no more than ${error.schema.maxContains} matching values`;
    case ValueErrorType.ArrayMinContains:
      return `Expected array to contain at least ${error.schema.minContains} matching values`;
    case ValueErrorType.ArrayMaxItems:
      return `Expected array length to be less or equal to ${error.schema.maxItems}`;
    case ValueErrorType.ArrayMinItems:
      return `Expected array length to be greater or equal to ${error.schema.minItems}`;
    case ValueErrorType.ArrayUniqueItems:
      return "Expected array elements to be unique";
    case ValueErrorType.Array:
      return "Expected array";
    case ValueErrorType.AsyncIterator:
      return "Expected AsyncIterator";
    case ValueErrorType.BigIntExclusiveMaximum:
      return `Expected bigint to be less than ${error.schema.exclusiveMaximum}`;
    case ValueErrorType.BigIntExclusiveMinimum:
      return `Expected bigint to be greater than ${error.schema.exclusiveMinimum}`;
    case ValueErrorType.BigIntMaximum:
      return `Expected bigint to be less or equal to ${error.schema.maximum}`;
    case ValueErrorType.BigIntMinimum:
      return `Expected bigint to be greater or equal to ${error.schema.minimum}`;
    case ValueErrorType.BigIntMultipleOf:
      return `Expected bigint to be a multiple of ${error.schema.multipleOf}`;
    case ValueErrorType.BigInt:
      return "Expected bigint";
    case ValueErrorType.Boolean:
      return "Expected boolean";
    case ValueErrorType.DateExclusiveMinimumTimestamp:
      return `Expected Date timestamp to be greater than ${error.schema.exclusiveMinimumTimestamp}`;
    case ValueErrorType.DateExclusiveMaximumTimestamp:
      return `Expected Date timestamp to be less than ${error.schema.exclusiveMaximumTimestamp}`;
    case ValueErrorType.DateMinimumTimestamp:
      return `Expected Date timestamp to be greater or equal to ${error.schema.minimumTimestamp}`;
    case ValueErrorType.DateMaximumTimestamp:
      return `Expected Date timestamp to be less or equal to ${error.schema.maximumTimestamp}`;
    case ValueErrorType.DateMultipleOfTimestamp:
      return `Expected Date timestamp to be a multiple of ${error.schema.multipleOfTimestamp}`;
    case ValueErrorType.Date:
      return "Expected Date";
    case ValueErrorType.Function:
      return "Expected function";
    case ValueErrorType.IntegerExclusiveMaximum:
      return `Expected integer to be less than ${error.schema.exclusiveMaximum}`;
    case ValueErrorType.IntegerExclusiveMinimum:
      return `Expected integer to be greater than ${error.schema.exclusiveMinimum}`;
    case ValueErrorType.IntegerMaximum:
      return `Expected integer to be less or equal to ${error.schema.maximum}`;
    case ValueErrorType.IntegerMinimum:
      return `Expected integer to be greater or equal to ${error.schema.minimum}`;
    case ValueErrorType.IntegerMultipleOf:
      return `Expected integer to be a multiple of ${error.schema.multipleOf}`;
    case ValueErrorType.Integer:
      return "Expected integer";
    case ValueErrorType.IntersectUnevaluatedProperties:
      return "Unexpected property";
    case ValueErrorType.Intersect:
      return "Expected all values to match";
    case ValueErrorType.Iterator:
      return "Expected Iterator";
    case ValueErrorType.Literal:
      return `Expected ${typeof error.schema.const === "string" ? `'${error.schema.const}'` : error.schema.const}`;
    case ValueErrorType.Never:
      return "Never";
    case ValueErrorType.Not:
      return "Value should not match";
    case ValueErrorType.Null:
      return "Expected null";
    case ValueErrorType.NumberExclusiveMaximum:
      return `Expected number to be less than ${error.schema.exclusiveMaximum}`;
    case ValueErrorType.NumberExclusiveMinimum:
      return `Expected number to be greater than ${error.schema.exclusiveMinimum}`;
    case ValueErrorType.NumberMaximum:
      return `Expected number to be less or equal to ${error.schema.maximum}`;
    case ValueErrorType.NumberMinimum:
      return `Expected number to be greater or equal to ${error.schema.minimum}`;
    case ValueErrorType.NumberMultipleOf:
      return `Expected number to be a multiple of ${error.schema.multipleOf}`;
    case ValueErrorType.Number:
      return "Expected number";
    case ValueErrorType.Object:
      return "Expected object";
    case ValueErrorType.ObjectAdditionalProperties:
      return "Unexpected property";
    case ValueErrorType.ObjectMaxProperties:
      return `Expected object to have no more than ${error.schema.maxProperties} properties`;
    case ValueErrorType.ObjectMinProperties:
      return `Expected object to have at least ${error.schema.minProperties} properties`;
    case ValueErrorType.ObjectRequiredProperty:
      return "Expected required property";
    case ValueErrorType.Promise:
      return "Expected Promise";
    case ValueErrorType.RegExp:
      return "Expected string to match regular expression";
    case ValueErrorType.StringFormatUnknown:
      return `Unknown format '${error.schema.format}'`;
    case ValueErrorType.StringFormat:
      return `Expected string to match '${error.schema.format}' format`;
    case ValueErrorType.StringMaxLength:
      return `Expected string length less or equal to ${error.schema.maxLength}`;
    case ValueErrorType.StringMinLength:
      return `Expected string length greater or equal to ${error.schema.minLength}`;
    case ValueErrorType.StringPattern:
      return `Expected string to match '${error.schema.pattern}'`;
    case ValueErrorType.String:
      return "Expected string";
    case ValueErrorType.Symbol:
      return "Expected symbol";
    case ValueErrorType.TupleLength:
      return `Expected tuple to have ${error.schema.maxItems || 0} elements`;
    case ValueErrorType.Tuple:
      return "Expected tuple";
    case ValueErrorType.Uint8ArrayMaxByteLength:
      return `Expected byte length less or equal to ${error.schema.maxByteLength}`;
    case ValueErrorType.Uint8ArrayMinByteLength:
      return `Expected byte length greater or equal to ${error.schema.minByteLength}`;
    case ValueErrorType.Uint8Array:
      return "Expected Uint8Array";
    case ValueErrorType.Undefined:
      return "Expected undefined";
    case ValueErrorType.Union:
      return "Expected union value";
    case ValueErrorType.Void:
      return "Expected void";
    case ValueErrorType.Kind:
      return `Expected kind '${error.schema[Kind]}'`;
    default:
      return "Unknown error type";
  }
}
var errorFunction = DefaultErrorFunction;
function GetErrorFunction() {
  return errorFunction;
}

// node_modules/@sinclair/typebox/build/esm/value/deref/deref.mjs
var TypeDereferenceError = class extends TypeBoxError {
  constructor(schema) {
    super(`Unable to dereference schema with $id '${schema.$ref}'`);
    this.schema = schema;
  }
};
function Resolve(schema, references) {
  const target = references.find((target2) => target2.$id === schema.$ref);
  if (target === void 0)
    throw new TypeDereferenceError(schema);
  return Deref(target, references);
}
function Pushref(schema, references) {
  if (!IsString(schema.$id) || references.some((target) => target.$id === schema.$id))
    return references;
  references.push(schema);
  return references;
}
function Deref(schema, references) {
  return schema[Kind] === "This" || schema[Kind] === "Ref" ? Resolve(schema, references) : schema;
}

// node_modules/@sinclair/typebox/build/esm/value/hash/hash.mjs
var ValueHashError = class extends TypeBoxError {
  constructor(value) {
    super(`Unable to hash value`);
    this.value = value;
  }
};
var ByteMarker;
(function(ByteMarker2) {
  ByteMarker2[ByteMarker2["Undefined"] = 0] = "Undefined";
  ByteMarker2[ByteMarker2["Null"] = 1] = "Null";
  ByteMarker2[ByteMarker2["Boolean"] = 2] = "Boolean";
  ByteMarker2[ByteMarker2["Number"] = 3] = "Number";
  ByteMarker2[ByteMarker2["String"] = 4] = "String";
  ByteMarker2[ByteMarker2["Object"] = 5] = "Object";
  ByteMarker2[ByteMarker2["Array"] = 6] = "Array";
  ByteMarker2[ByteMarker2["Date"] = 7] = "Date";
  ByteMarker2[ByteMarker2["Uint8Array"] = 8] = "Uint8Array";
  ByteMarker2[ByteMarker2["Symbol"] = 9] = "Symbol";
  ByteMarker2[ByteMarker2["BigInt"] = 10] = "BigInt";
})(ByteMarker || (ByteMarker = {}));
var Accumulator = BigInt("14695981039346656037");
var [Prime, Size] = [BigInt("1099511628211"), BigInt(
  "18446744073709551616"
  /* 2 ^ 64 */
)];
var Bytes = Array.from({ length: 256 }).map((_, i) => BigInt(i));
var F64 = new Float64Array(1);
var F64In = new DataView(F64.buffer);
var F64Out = new Uint8Array(F64.buffer);
function* NumberToBytes(value) {
  const byteCount = value === 0 ? 1 : Math.ceil(Math.floor(Math.log2(value) + 1) / 8);
  for (let i = 0; i < byteCount; i++) {
    yield value >> 8 * (byteCount - 1 - i) & 255;
  }
}
function ArrayType(value) {
  FNV1A64(ByteMarker.Array);
  for (const item of value) {
    Visit(item);
  }
}
function BooleanType(value) {
  FNV1A64(ByteMarker.Boolean);
  FNV1A64(value ? 1 : 0);
}
function BigIntType(value) {
  FNV1A64(ByteMarker.BigInt);
  F64In.setBigInt64(0, value);
  for (const byte of F64Out) {
    FNV1A64(byte);
  }
}
function DateType(value) {
  FNV1A64(ByteMarker.Date);
  Visit(value.getTime());
}
function NullType(value) {
  FNV1A64(ByteMarker.Null);
}
function NumberType(value) {
  FNV1A64(ByteMarker.Number);
  F64In.setFloat64(0, value);
  for (const byte of F64Out) {
    FNV1A64(byte);
  }
}
function ObjectType(value) {
  FNV1A64(ByteMarker.Object);
  for (const key of globalThis.Object.getOwnPropertyNames(value).sort()) {
    Visit(key);
    Visit(value[key]);
  }
}
function StringType(value) {
  FNV1A64(ByteMarker.String);
  for (let i = 0; i < value.length; i++) {
    for (const byte of NumberToBytes(value.charCodeAt(i))) {
      FNV1A64(byte);
    }
  }
}
function SymbolType(value) {
  FNV1A64(ByteMarker.Symbol);
  Visit(value.description);
}
function Uint8ArrayType(value) {
  FNV1A64(ByteMarker.Uint8Array);
  for (let i = 0; i < value.length; i++) {
    FNV1A64(value[i]);
  }
}
function UndefinedType(value) {
  return FNV1A64(ByteMarker.Undefined);
}
function Visit(value) {
  if (IsArray(value))
    return ArrayType(value);
  if (IsBoolean(value))
    return BooleanType(value);
  if (IsBigInt(value))
    return BigIntType(value);
  if (IsDate(value))
    return DateType(value);
  if (IsNull(value))
    return NullType(value);
  if (IsNumber(value))
    return NumberType(value);
  if (IsObject(value))
    return ObjectType(value);
  if (IsString(value))
    return StringType(value);
  if (IsSymbol(value))
    return SymbolType(value);
  if (IsUint8Array(value))
    return Uint8ArrayType(value);
  if (IsUndefined(value))
    return UndefinedType(value);
  throw new ValueHashError(value);
}
function FNV1A64(byte) {
  Accumulator = Accumulator ^ Bytes[byte];
  Accumulator = Accumulator * Prime % Size;
}
function Hash(value) {
  Accumulator = BigInt("14695981039346656037");
  Visit(value);
  return Accumulator;
}

// node_modules/@sinclair/typebox/build/esm/value/check/check.mjs
var ValueCheckUnknownTypeError = class extends TypeBoxError {
  constructor(schema) {
    super(`Unknown type`);
    this.schema = schema;
  }
};
function IsAnyOrUnknown(schema) {
  return schema[Kind] === "Any" || schema[Kind] === "Unknown";
}
function IsDefined(value) {
  return value !== void 0;
}
function FromAny(schema, references, value) {
  return true;
}
function FromArgument(schema, references, value) {
  return true;
}
function FromArray(schema, references, value) {
  if (!IsArray(value))
    return false;
  if (IsDefined(schema.minItems) && !(value.length >= schema.minItems)) {
    return false;
  }
  if (IsDefined(schema.maxItems) && !(value.length <= schema.maxItems)) {
    return false;
  }
  for (const element of value) {
    if (!Visit2(schema.items, references, element))
      return false;
  }
  if (schema.uniqueItems === true && !(function() {
    const set = /* @__PURE__ */ new Set();
    for (const element of value) {
      const hashed = Hash(element);
      if (set.has(hashed)) {
        return false;
      } else {
        set.add(hashed);
      }
    }
    return true;
  })()) {
    return false;
  }
  if (!(IsDefined(schema.contains) || IsNumber(schema.minContains) || IsNumber(schema.maxContains))) {
    return true;
  }
  const containsSchema = IsDefined(schema.contains) ? schema.contains : Never();
  const containsCount = value.reduce((acc, value2) => Visit2(containsSchema, references, value2) ? acc + 1 : acc, 0);
  if (containsCount === 0) {
    return false;
  }
  if (IsNumber(schema.minContains) && containsCount < schema.minContains) {
    return false;
  }
  if (IsNumber(schema.maxContains) && containsCount > schema.maxContains) {
    return false;
  }
  return true;
}
function FromAsyncIterator(schema, references, value) {
  return IsAsyncIterator(value);
}
function FromBigInt(schema, references, value) {
  if (!IsBigInt(value))
    return false;
  if (IsDefined(schema.exclusiveMaximum) && !(value < schema.exclusiveMaximum)) {
    return false;
  }
  if (IsDefined(schema.exclusiveMinimum) && !(value > schema.exclusiveMinimum)) {
    return false;
  }
  if (IsDefined(schema.maximum) && !(value <= schema.maximum)) {
    return false;
  }
  if (IsDefined(schema.minimum) && !(value >= schema.minimum)) {
    return false;
  }
  if (IsDefined(schema.multipleOf) && !(value % schema.multipleOf === BigInt(0))) {
    return false;
  }
  return true;
}
function FromBoolean(schema, references, value) {
  return IsBoolean(value);
}
function FromConstructor(schema, references, value) {
  return Visit2(schema.returns, references, value.prototype);
}
function FromDate(schema, references, value) {
  if (!IsDate(value))
    return false;
  if (IsDefined(schema.exclusiveMaximumTimestamp) && !(value.getTime() < schema.exclusiveMaximumTimestamp)) {
    return false;
  }
  if (IsDefined(schema.exclusiveMinimumTimestamp) && !(value.getTime() > schema.exclusiveMinimumTimestamp)) {
    return false;
  }
  if (IsDefined(schema.maximumTimestamp) && !(value.getTime() <= schema.maximumTimestamp)) {
    return false;
  }
  if (IsDefined(schema.minimumTimestamp) && !(value.getTime() >= schema.minimumTimestamp)) {
    return false;
  }
  if (IsDefined(schema.multipleOfTimestamp) && !(value.getTime() % schema.multipleOfTimestamp === 0)) {
    return false;
  }
  return true;
}
function FromFunction(schema, references, value) {
  return IsFunction(value);
}
function FromImport(schema, references, value) {
  const definitions = globalThis.Object.values(schema.$defs);
  const target = schema.$defs[schema.$ref];
  return Visit2(target, [...references, ...definitions], value);
}
function FromInteger(schema, references, value) {
  if (!IsInteger(value)) {
    return false;
  }
  if (IsDefined(schema.exclusiveMaximum) && !(value < schema.exclusiveMaximum)) {
    return false;
  }
  if (IsDefined(schema.exclusiveMinimum) && !(value > schema.exclusiveMinimum)) {
    return false;
  }
  if (IsDefined(schema.maximum) && !(value <= schema.maximum)) {
    return false;
  }
  if (IsDefined(schema.minimum) && !(value >= schema.minimum)) {
    return false;
  }
  if (IsDefined(schema.multipleOf) && !(value % schema.multipleOf === 0)) {
    return false;
  }
  return true;
}
function FromIntersect(schema, references, value) {
  const check1 = schema.allOf.every((schema2) => Visit2(schema2, references, value));
  if (schema.unevaluatedProperties === false) {
    const keyPattern = new RegExp(KeyOfPattern(schema));
    const check2 = Object.getOwnPropertyNames(value).every((key) => keyPattern.test(key));
    return check1 && check2;
  } else if (IsSchema(schema.unevaluatedProperties)) {
    const keyCheck = new RegExp(KeyOfPattern(schema));
    const check2 = Object.getOwnPropertyNames(value).every((key) => keyCheck.test(key) || Visit2(schema.unevaluatedProperties, references, value[key]));
    return check1 && check2;
  } else {
    return check1;
  }
}
function FromIterator(schema, references, value) {
  return IsIterator(value);
}
function FromLiteral(schema, references, value) {
  return value === schema.const;
}
function FromNever(schema, references, value) {
  return false;
}
function FromNot(schema, references, value) {
  return !Visit2(schema.not, references, value);
}
function FromNull(schema, references, value) {
  return IsNull(value);
}
function FromNumber(schema, references, value) {
  if (!TypeSystemPolicy.IsNumberLike(value))
    return false;
  if (IsDefined(schema.exclusiveMaximum) && !(value < schema.exclusiveMaximum)) {
    return false;
  }
  if (IsDefined(schema.exclusiveMinimum) && !(value > schema.exclusiveMinimum)) {
    return false;
  }
  if (IsDefined(schema.minimum) && !(value >= schema.minimum)) {
    return false;
  }
  if (IsDefined(schema.maximum) && !(value <= schema.maximum)) {
    return false;
  }
  if (IsDefined(schema.multipleOf) && !(value % schema.multipleOf === 0)) {
    return false;
  }
  return true;
}
function FromObject(schema, references, value) {
  if (!TypeSystemPolicy.IsObjectLike(value))
    return false;
  if (IsDefined(schema.minProperties) && !(Object.getOwnPropertyNames(value).length >= schema.minProperties)) {
    return false;
  }
  if (IsDefined(schema.maxProperties) && !(Object.getOwnPropertyNames(value).length <= schema.maxProperties)) {
    return false;
  }
  const knownKeys = Object.getOwnPropertyNames(schema.properties);
  for (const knownKey of knownKeys) {
    const property = schema.properties[knownKey];
    if (schema.required && schema.required.includes(knownKey)) {
      if (!Visit2(property, references, value[knownKey])) {
        return false;
      }
      if ((ExtendsUndefinedCheck(property) || IsAnyOrUnknown(property)) && !(knownKey in value)) {
        return false;
      }
    } else {
      if (TypeSystemPolicy.IsExactOptionalProperty(value, knownKey) && !Visit2(property, references, value[knownKey])) {
        return false;
      }
    }
  }
  if (schema.additionalProperties === false) {
    const valueKeys = Object.getOwnPropertyNames(value);
    if (schema.required && schema.required.length === knownKeys.length && valueKeys.length === knownKeys.length) {
      return true;
    } else {
      return valueKeys.every((valueKey) => knownKeys.includes(valueKey));
    }
  } else if (typeof schema.additionalProperties === "object") {
    const valueKeys = Object.getOwnPropertyNames(value);
    return valueKeys.every((key) => knownKeys.includes(key) || Visit2(schema.additionalProperties, references, value[key]));
  } else {
    return true;
  }
}
function FromPromise(schema, references, value) {
  return IsPromise(value);
}
function FromRecord(schema, references, value) {
  if (!TypeSystemPolicy.IsRecordLike(value)) {
    return false;
  }
  if (IsDefined(schema.minProperties) && !(Object.getOwnPropertyNames(value).length >= schema.minProperties)) {
    return false;
  }
  if (IsDefined(schema.maxProperties) && !(Object.getOwnPropertyNames(value).length <= schema.maxProperties)) {
    return false;
  }
  const [patternKey, patternSchema] = Object.entries(schema.patternProperties)[0];
  const regex = new RegExp(patternKey);
  const check1 = Object.entries(value).every(([key, value2]) => {
    return regex.test(key) ? Visit2(patternSchema, references, value2) : true;
  });
  const check2 = typeof schema.additionalProperties === "object" ? Object.entries(value).every(([key, value2]) => {
    return !regex.test(key) ? Visit2(schema.additionalProperties, references, value2) : true;
  }) : true;
  const check3 = schema.additionalProperties === false ? Object.getOwnPropertyNames(value).every((key) => {
    return regex.test(key);
  }) : true;
  return check1 && check2 && check3;
}
function FromRef(schema, references, value) {
  return Visit2(Deref(schema, references), references, value);
}
function FromRegExp(schema, references, value) {
  const regex = new RegExp(schema.source, schema.flags);
  if (IsDefined(schema.minLength)) {
    if (!(value.length >= schema.minLength))
      return false;
  }
  if (IsDefined(schema.maxLength)) {
    if (!(value.length <= schema.maxLength))
      return false;
  }
  return regex.test(value);
}
function FromString(schema, references, value) {
  if (!IsString(value)) {
    return false;
  }
  if (IsDefined(schema.minLength)) {
    if (!(value.length >= schema.minLength))
      return false;
  }
  if (IsDefined(schema.maxLength)) {
    if (!(value.length <= schema.maxLength))
      return false;
  }
  if (IsDefined(schema.pattern)) {
    const regex = new RegExp(schema.pattern);
    if (!regex.test(value))
      return false;
  }
  if (IsDefined(schema.format)) {
    if (!format_exports.Has(schema.format))
      return false;
    const func = format_exports.Get(schema.format);
    return func(value);
  }
  return true;
}
function FromSymbol(schema, references, value) {
  return IsSymbol(value);
}
function FromTemplateLiteral(schema, references, value) {
  return IsString(value) && new RegExp(schema.pattern).test(value);
}
function FromThis(schema, references, value) {
  return Visit2(Deref(schema, references), references, value);
}
function FromTuple(schema, references, value) {
  if (!IsArray(value)) {
    return false;
  }
  if (schema.items === void 0 && !(value.length === 0)) {
    return false;
  }
  if (!(value.length === schema.maxItems)) {
    return false;
  }
  if (!schema.items) {
    return true;
  }
  for (let i = 0; i < schema.items.length; i++) {
    if (!Visit2(schema.items[i], references, value[i]))
      return false;
  }
  return true;
}
function FromUndefined(schema, references, value) {
  return IsUndefined(value);
}
function FromUnion(schema, references, value) {
  return schema.anyOf.some((inner) => Visit2(inner, references, value));
}
function FromUint8Array(schema, references, value) {
  if (!IsUint8Array(value)) {
    return false;
  }
  if (IsDefined(schema.maxByteLength) && !(value.length <= schema.maxByteLength)) {
    return false;
  }
  if (IsDefined(schema.minByteLength) && !(value.length >= schema.minByteLength)) {
    return false;
  }
  return true;
}
function FromUnknown(schema, references, value) {
  return true;
}
function FromVoid(schema, references, value) {
  return TypeSystemPolicy.IsVoidLike(value);
}
function FromKind(schema, references, value) {
  if (!type_exports.Has(schema[Kind]))
    return false;
  const func = type_exports.Get(schema[Kind]);
  return func(schema, value);
}
function Visit2(schema, references, value) {
  const references_ = IsDefined(schema.$id) ? Pushref(schema, references) : references;
  const schema_ = schema;
  switch (schema_[Kind]) {
    case "Any":
      return FromAny(schema_, references_, value);
    case "Argument":
      return FromArgument(schema_, references_, value);
    case "Array":
      return FromArray(schema_, references_, value);
    case "AsyncIterator":
      return FromAsyncIterator(schema_, references_, value);
    case "BigInt":
      return FromBigInt(schema_, references_, value);
    case "Boolean":
      return FromBoolean(schema_, references_, value);
    case "Constructor":
      return FromConstructor(schema_, references_, value);
    case "Date":
      return FromDate(schema_, references_, value);
    case "Function":
      return FromFunction(schema_, references_, value);
    case "Import":
      return FromImport(schema_, references_, value);
    case "Integer":
      return FromInteger(schema_, references_, value);
    case "Intersect":
      return FromIntersect(schema_, references_, value);
    case "Iterator":
      return FromIterator(schema_, references_, value);
    case "Literal":
      return FromLiteral(schema_, references_, value);
    case "Never":
      return FromNever(schema_, references_, value);
    case "Not":
      return FromNot(schema_, references_, value);
    case "Null":
      return FromNull(schema_, references_, value);
    case "Number":
      return FromNumber(schema_, references_, value);
    case "Object":
      return FromObject(schema_, references_, value);
    case "Promise":
      return FromPromise(schema_, references_, value);
    case "Record":
      return FromRecord(schema_, references_, value);
    case "Ref":
      return FromRef(schema_, references_, value);
    case "RegExp":
      return FromRegExp(schema_, references_, value);
    case "String":
      return FromString(schema_, references_, value);
    case "Symbol":
      return FromSymbol(schema_, references_, value);
    case "TemplateLiteral":
      return FromTemplateLiteral(schema_, references_, value);
    case "This":
      return FromThis(schema_, references_, value);
    case "Tuple":
      return FromTuple(schema_, references_, value);
    case "Undefined":
      return FromUndefined(schema_, references_, value);
    case "Union":
      return FromUnion(schema_, references_, value);
    case "Uint8Array":
      return FromUint8Array(schema_, references_, value);
    case "Unknown":
      return FromUnknown(schema_, references_, value);
    case "Void":
      return FromVoid(schema_, references_, value);
    default:
      if (!type_exports.Has(schema_[Kind]))
        throw new ValueCheckUnknownTypeError(schema_);
      return FromKind(schema_, references_, value);
  }
}
function Check(...args) {
  return args.length === 3 ? Visit2(args[0], args[1], args[2]) : Visit2(args[0], [], args[1]);
}

// node_modules/@sinclair/typebox/build/esm/errors/errors.mjs
var ValueErrorType;
(function(ValueErrorType2) {
  ValueErrorType2[ValueErrorType2["ArrayContains"] = 0] = "ArrayContains";
  ValueErrorType2[ValueErrorType2["ArrayMaxContains"] = 1] = "ArrayMaxContains";
  ValueErrorType2[ValueErrorType2["ArrayMaxItems"] = 2] = "ArrayMaxItems";
  ValueErrorType2[ValueErrorType2["ArrayMinContains"] = 3] = "ArrayMinContains";
  ValueErrorType2[ValueErrorType2["ArrayMinItems"] = 4] = "ArrayMinItems";
  ValueErrorType2[ValueErrorType2["ArrayUniqueItems"] = 5] = "ArrayUniqueItems";
  ValueErrorType2[ValueErrorType2["Array"] = 6] = "Array";
  ValueErrorType2[ValueErrorType2["AsyncIterator"] = 7] = "AsyncIterator";
  ValueErrorType2[ValueErrorType2["BigIntExclusiveMaximum"] = 8] = "BigIntExclusiveMaximum";
  ValueErrorType2[ValueErrorType2["BigIntExclusiveMinimum"] = 9] = "BigIntExclusiveMinimum";
  ValueErrorType2[ValueErrorType2["BigIntMaximum"] = 10] = "BigIntMaximum";
  ValueErrorType2[ValueErrorType2["BigIntMinimum"] = 11] = "BigIntMinimum";
  ValueErrorType2[ValueErrorType2["BigIntMultipleOf"] = 12] = "BigIntMultipleOf";
  ValueErrorType2[ValueErrorType2["BigInt"] = 13] = "BigInt";
  ValueErrorType2[ValueErrorType2["Boolean"] = 14] = "Boolean";
  ValueErrorType2[ValueErrorType2["DateExclusiveMaximumTimestamp"] = 15] = "DateExclusiveMaximumTimestamp";
  ValueErrorType2[ValueErrorType2["DateExclusiveMinimumTimestamp"] = 16] = "DateExclusiveMinimumTimestamp";
  ValueErrorType2[ValueErrorType2["DateMaximumTimestamp"] = 17] = "DateMaximumTimestamp";
  ValueErrorType2[ValueErrorType2["DateMinimumTimestamp"] = 18] = "DateMinimumTimestamp";
  ValueErrorType2[ValueErrorType2["DateMultipleOfTimestamp"] = 19] = "DateMultipleOfTimestamp";
  ValueErrorType2[ValueErrorType2["Date"] = 20] = "Date";
  ValueErrorType2[ValueErrorType2["Function"] = 21] = "Function";
  ValueErrorType2[ValueErrorType2["IntegerExclusiveMaximum"] = 22] = "IntegerExclusiveMaximum";
  ValueErrorType2[ValueErrorType2["IntegerExclusiveMinimum"] = 23] = "IntegerExclusiveMinimum";
  ValueErrorType2[ValueErrorType2["IntegerMaximum"] = 24] = "IntegerMaximum";
  ValueErrorType2[ValueErrorType2["IntegerMinimum"] = 25] = "IntegerMinimum";
  ValueErrorType2[ValueErrorType2["IntegerMultipleOf"] = 26] = "IntegerMultipleOf";
  ValueErrorType2[ValueErrorType2["Integer"] = 27] = "Integer";
  ValueErrorType2[ValueErrorType2["IntersectUnevaluatedProperties"] = 28] = "IntersectUnevaluatedProperties";
  ValueErrorType2[ValueErrorType2["Intersect"] = 29] = "Intersect";
  ValueErrorType2[ValueErrorType2["Iterator"] = 30] = "Iterator";
  ValueErrorType2[ValueErrorType2["Kind"] = 31] = "Kind";
  ValueErrorType2[ValueErrorType2["Literal"] = 32] = "Literal";
  ValueErrorType2[ValueErrorType2["Never"] = 33] = "Never";
  ValueErrorType2[ValueErrorType2["Not"] = 34] = "Not";
  ValueErrorType2[ValueErrorType2["Null"] = 35] = "Null";
  ValueErrorType2[ValueErrorType2["NumberExclusiveMaximum"] = 36] = "NumberExclusiveMaximum";
  ValueErrorType2[ValueErrorType2["NumberExclusiveMinimum"] = 37] = "NumberExclusiveMinimum";
  ValueErrorType2[ValueErrorType2["NumberMaximum"] = 38] = "NumberMaximum";
  ValueErrorType2[ValueErrorType2["NumberMinimum"] = 39] = "NumberMinimum";
  ValueErrorType2[ValueErrorType2["NumberMultipleOf"] = 40] = "NumberMultipleOf";
  ValueErrorType2[ValueErrorType2["Number"] = 41] = "Number";
  ValueErrorType2[ValueErrorType2["ObjectAdditionalProperties"] = 42] = "ObjectAdditionalProperties";
  ValueErrorType2[ValueErrorType2["ObjectMaxProperties"] = 43] = "ObjectMaxProperties";
  ValueErrorType2[ValueErrorType2["ObjectMinProperties"] = 44] = "ObjectMinProperties";
  ValueErrorType2[ValueErrorType2["ObjectRequiredProperty"] = 45] = "ObjectRequiredProperty";
  ValueErrorType2[ValueErrorType2["Object"] = 46] = "Object";
  ValueErrorType2[ValueErrorType2["Promise"] = 47] = "Promise";
  ValueErrorType2[ValueErrorType2["RegExp"] = 48] = "RegExp";
  ValueErrorType2[ValueErrorType2["StringFormatUnknown"] = 49] = "StringFormatUnknown";
  ValueErrorType2[ValueErrorType2["StringFormat"] = 50] = "StringFormat";
  ValueErrorType2[ValueErrorType2["StringMaxLength"] = 51] = "StringMaxLength";
  ValueErrorType2[ValueErrorType2["StringMinLength"] = 52] = "StringMinLength";
  ValueErrorType2[ValueErrorType2["StringPattern"] = 53] = "StringPattern";
  ValueErrorType2[ValueErrorType2["String"] = 54] = "String";
  ValueErrorType2[ValueErrorType2["Symbol"] = 55] = "Symbol";
  ValueErrorType2[ValueErrorType2["TupleLength"] = 56] = "TupleLength";
  ValueErrorType2[ValueErrorType2["Tuple"] = 57] = "Tuple";
  ValueErrorType2[ValueErrorType2["Uint8ArrayMaxByteLength"] = 58] = "Uint8ArrayMaxByteLength";
  ValueErrorType2[ValueErrorType2["Uint8ArrayMinByteLength"] = 59] = "Uint8ArrayMinByteLength";
  ValueErrorType2[ValueErrorType2["Uint8Array"] = 60] = "Uint8Array";
  ValueErrorType2[ValueErrorType2["Undefined"] = 61] = "Undefined";
  ValueErrorType2[ValueErrorType2["Union"] = 62] = "Union";
  ValueErrorType2[ValueErrorType2["Void"] = 63] = "Void";
})(ValueErrorType || (ValueErrorType = {}));
var ValueErrorsUnknownTypeError = class extends TypeBoxError {
  constructor(schema) {
    super("Unknown type");
    this.schema = schema;
  }
};
function EscapeKey(key) {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
function IsDefined2(value) {
  return value !== void 0;
}
var ValueErrorIterator = class {
  constructor(iterator) {
    this.iterator = iterator;
  }
  [Symbol.iterator]() {
    return this.iterator;
  }
  /** Returns the first value error or undefined if no errors */
  First() {
    const next = this.iterator.next();
    return next.done ? void 0 : next.value;
  }
};
function Create(errorType, schema, path, value, errors = []) {
  return {
    type: errorType,
    schema,
    path,
    value,
    message: GetErrorFunction()({ errorType, path, schema, value, errors }),
    errors
  };
}
function* FromAny2(schema, references, path, value) {
}
function* FromArgument2(schema, references, path, value) {
}
function* FromArray2(schema, references, path, value) {
  if (!IsArray(value)) {
    return yield Create(ValueErrorType.Array, schema, path, value);
  }
  if (IsDefined2(schema.minItems) && !(value.length >= schema.minItems)) {
    yield Create(ValueErrorType.ArrayMinItems, schema, path, value);
  }
  if (IsDefined2(schema.maxItems) && !(value.length <= schema.maxItems)) {
    yield Create(ValueErrorType.ArrayMaxItems, schema, path, value);
  }
  for (let i = 0; i < value.length; i++) {
    yield* Visit3(schema.items, references, `${path}/${i}`, value[i]);
  }
  if (schema.uniqueItems === true && !(function() {
    const set = /* @__PURE__ */ new Set();
    for (const element of value) {
      const hashed = Hash(element);
      if (set.has(hashed)) {
        return false;
      } else {
        set.add(hashed);
      }
    }
    return true;
  })()) {
    yield Create(ValueErrorType.ArrayUniqueItems, schema, path, value);
  }
  if (!(IsDefined2(schema.contains) || IsDefined2(schema.minContains) || IsDefined2(schema.maxContains))) {
    return;
  }
  const containsSchema = IsDefined2(schema.contains) ? schema.contains : Never();
  const containsCount = value.reduce((acc, value2, index) => Visit3(containsSchema, references, `${path}${index}`, value2).next().done === true ? acc + 1 : acc, 0);
  if (containsCount === 0) {
    yield Create(ValueErrorType.ArrayContains, schema, path, value);
  }
  if (IsNumber(schema.minContains) && containsCount < schema.minContains) {
    yield Create(ValueErrorType.ArrayMinContains, schema, path, value);
  }
  if (IsNumber(schema.maxContains) && containsCount > schema.maxContains) {
    yield Create(ValueErrorType.ArrayMaxContains, schema, path, value);
  }
}
function* FromAsyncIterator2(schema, references, path, value) {
  if (!IsAsyncIterator(value))
    yield Create(ValueErrorType.AsyncIterator, schema, path, value);
}
function* FromBigInt2(schema, references, path, value) {
  if (!IsBigInt(value))
    return yield Create(ValueErrorType.BigInt, schema, path, value);
  if (IsDefined2(schema.exclusiveMaximum) && !(value < schema.exclusiveMaximum)) {
    yield Create(ValueErrorType.BigIntExclusiveMaximum, schema, path, value);
  }
  if (IsDefined2(schema.exclusiveMinimum) && !(value > schema.exclusiveMinimum)) {
    yield Create(ValueErrorType.BigIntExclusiveMinimum, schema, path, value);
  }
  if (IsDefined2(schema.maximum) && !(value <= schema.maximum)) {
    yield Create(ValueErrorType.BigIntMaximum, schema, path, value);
  }
  if (IsDefined2(schema.minimum) && !(value >= schema.minimum)) {
    yield Create(ValueErrorType.BigIntMinimum, schema, path, value);
  }
  if (IsDefined2(schema.multipleOf) && !(value % schema.multipleOf === BigInt(0))) {
    yield Create(ValueErrorType.BigIntMultipleOf, schema, path, value);
  }
}
function* FromBoolean2(schema, references, path, value) {
  if (!IsBoolean(value))
    yield Create(ValueErrorType.Boolean, schema, path, value);
}
function* FromConstructor2(schema, references, path, value) {
  yield* Visit3(schema.returns, references, path, value.prototype);
}
function* FromDate2(schema, references, path, value) {
  if (!IsDate(value))
    return yield Create(ValueErrorType.Date, schema, path, value);
  if (IsDefined2(schema.exclusiveMaximumTimestamp) && !(value.getTime() < schema.exclusiveMaximumTimestamp)) {
    yield Create(ValueErrorType.DateExclusiveMaximumTimestamp, schema, path, value);
  }
  if (IsDefined2(schema.exclusiveMinimumTimestamp) && !(value.getTime() > schema.exclusiveMinimumTimestamp)) {
    yield Create(ValueErrorType.DateExclusiveMinimumTimestamp, schema, path, value);
  }
  if (IsDefined2(schema.maximumTimestamp) && !(value.getTime() <= schema.maximumTimestamp)) {
    yield Create(ValueErrorType.DateMaximumTimestamp, schema, path, value);
  }
  if (IsDefined2(schema.minimumTimestamp) && !(value.getTime() >= schema.minimumTimestamp)) {
    yield Create(ValueErrorType.DateMinimumTimestamp, schema, path, value);
  }
  if (IsDefined2(schema.multipleOfTimestamp) && !(value.getTime() % schema.multipleOfTimestamp === 0)) {
    yield Create(ValueErrorType.DateMultipleOfTimestamp, schema, path, value);
  }
}
function* FromFunction2(schema, references, path, value) {
  if (!IsFunction(value))
    yield Create(ValueErrorType.Function, schema, path, value);
}
function* FromImport2(schema, references, path, value) {
  const definitions = globalThis.Object.values(schema.$defs);
  const target = schema.$defs[schema.$ref];
  yield* Visit3(target, [...references, ...definitions], path, value);
}
function* FromInteger2(schema, references, path, value) {
  if (!IsInteger(value))
    return yield Create(ValueErrorType.Integer, schema, path, value);
  if (IsDefined2(schema.exclusiveMaximum) && !(value < schema.exclusiveMaximum)) {
    yield Create(ValueErrorType.IntegerExclusiveMaximum, schema, path, value);
  }
  if (IsDefined2(schema.exclusiveMinimum) && !(value > schema.exclusiveMinimum)) {
    yield Create(ValueErrorType.IntegerExclusiveMinimum, schema, path, value);
  }
  if (IsDefined2(schema.maximum) && !(value <= schema.maximum)) {
    yield Create(ValueErrorType.IntegerMaximum, schema, path, value);
  }
  if (IsDefined2(schema.minimum) && !(value >= schema.minimum)) {
    yield Create(ValueErrorType.IntegerMinimum, schema, path, value);
  }
  if (IsDefined2(schema.multipleOf) && !(value % schema.multipleOf === 0)) {
    yield Create(ValueErrorType.IntegerMultipleOf, schema, path, value);
  }
}
function* FromIntersect2(schema, references, path, value) {
  let hasError = false;
  for (const inner of schema.allOf) {
    for (const error of Visit3(inner, references, path, value)) {
      hasError = true;
      yield error;
    }
  }
  if (hasError) {
    return yield Create(ValueErrorType.Intersect, schema, path, value);
  }
  if (schema.unevaluatedProperties === false) {
    const keyCheck = new RegExp(KeyOfPattern(schema));
    for (const valueKey of Object.getOwnPropertyNames(value)) {
      if (!keyCheck.test(valueKey)) {
        yield Create(ValueErrorType.IntersectUnevaluatedProperties, schema, `${path}/${valueKey}`, value);
      }
    }
  }
  if (typeof schema.unevaluatedProperties === "object") {
    const keyCheck = new RegExp(KeyOfPattern(schema));
    for (const valueKey of Object.getOwnPropertyNames(value)) {
      if (!keyCheck.test(valueKey)) {
        const next = Visit3(schema.unevaluatedProperties, references, `${path}/${valueKey}`, value[valueKey]).next();
        if (!next.done)
          yield next.value;
      }
    }
  }
}
function* FromIterator2(schema, references, path, value) {
  if (!IsIterator(value))
    yield Create(ValueErrorType.Iterator, schema, path, value);
}
function* FromLiteral2(schema, references, path, value) {
  if (!(value === schema.const))
    yield Create(ValueErrorType.Literal, schema, path, value);
}
function* FromNever2(schema, references, path, value) {
  yield Create(ValueErrorType.Never, schema, path, value);
}
function* FromNot2(schema, references, path, value) {
  if (Visit3(schema.not, references, path, value).next().done === true)
    yield Create(ValueErrorType.Not, schema, path, value);
}
function* FromNull2(schema, references, path, value) {
  if (!IsNull(value))
    yield Create(ValueErrorType.Null, schema, path, value);
}
function* FromNumber2(schema, references, path, value) {
  if (!TypeSystemPolicy.IsNumberLike(value))
    return yield Create(ValueErrorType.Number, schema, path, value);
  if (IsDefined2(schema.exclusiveMaximum) && !(value < schema.exclusiveMaximum)) {
    yield Create(ValueErrorType.NumberExclusiveMaximum, schema, path, value);
  }
  if (IsDefined2(schema.exclusiveMinimum) && !(value > schema.exclusiveMinimum)) {
    yield Create(ValueErrorType.NumberExclusiveMinimum, schema, path, value);
  }
  if (IsDefined2(schema.maximum) && !(value <= schema.maximum)) {
    yield Create(ValueErrorType.NumberMaximum, schema, path, value);
  }
  if (IsDefined2(schema.minimum) && !(value >= schema.minimum)) {
    yield Create(ValueErrorType.NumberMinimum, schema, path, value);
  }
  if (IsDefined2(schema.multipleOf) && !(value % schema.multipleOf === 0)) {
    yield Create(ValueErrorType.NumberMultipleOf, schema, path, value);
  }
}
function* FromObject2(schema, references, path, value) {
  if (!TypeSystemPolicy.IsObjectLike(value))
    return yield Create(ValueErrorType.Object, schema, path, value);
  if (IsDefined2(schema.minProperties) && !(Object.getOwnPropertyNames(value).length >= schema.minProperties)) {
    yield Create(ValueErrorType.ObjectMinProperties, schema, path, value);
  }
  if (IsDefined2(schema.maxProperties) && !(Object.getOwnPropertyNames(value).length <= schema.maxProperties)) {
    yield Create(ValueErrorType.ObjectMaxProperties, schema, path, value);
  }
  const requiredKeys = Array.isArray(schema.required) ? schema.required : [];
  const knownKeys = Object.getOwnPropertyNames(schema.properties);
  const unknownKeys = Object.getOwnPropertyNames(value);
  for (const requiredKey of requiredKeys) {
    if (unknownKeys.includes(requiredKey))
      continue;
    yield Create(ValueErrorType.ObjectRequiredProperty, schema.properties[requiredKey], `${path}/${EscapeKey(requiredKey)}`, void 0);
  }
  if (schema.additionalProperties === false) {
    for (const valueKey of unknownKeys) {
      if (!knownKeys.includes(valueKey)) {
        yield Create(ValueErrorType.ObjectAdditionalProperties, schema, `${path}/${EscapeKey(valueKey)}`, value[valueKey]);
      }
    }
  }
  if (typeof schema.additionalProperties === "object") {
    for (const valueKey of unknownKeys) {
      if (knownKeys.includes(valueKey))
        continue;
      yield* Visit3(schema.additionalProperties, references, `${path}/${EscapeKey(valueKey)}`, value[valueKey]);
    }
  }
  for (const knownKey of knownKeys) {
    const property = schema.properties[knownKey];
    if (schema.required && schema.required.includes(knownKey)) {
      yield* Visit3(property, references, `${path}/${EscapeKey(knownKey)}`, value[knownKey]);
      if (ExtendsUndefinedCheck(schema) && !(knownKey in value)) {
        yield Create(ValueErrorType.ObjectRequiredProperty, property, `${path}/${EscapeKey(knownKey)}`, void 0);
      }
    } else {
      if (TypeSystemPolicy.IsExactOptionalProperty(value, knownKey)) {
        yield* Visit3(property, references, `${path}/${EscapeKey(knownKey)}`, value[knownKey]);
      }
    }
  }
}
function* FromPromise2(schema, references, path, value) {
  if (!IsPromise(value))
    yield Create(ValueErrorType.Promise, schema, path, value);
}
function* FromRecord2(schema, references, path, value) {
  if (!TypeSystemPolicy.IsRecordLike(value))
    return yield Create(ValueErrorType.Object, schema, path, value);
  if (IsDefined2(schema.minProperties) && !(Object.getOwnPropertyNames(value).length >= schema.minProperties)) {
    yield Create(ValueErrorType.ObjectMinProperties, schema, path, value);
  }
  if (IsDefined2(schema.maxProperties) && !(Object.getOwnPropertyNames(value).length <= schema.maxProperties)) {
    yield Create(ValueErrorType.ObjectMaxProperties, schema, path, value);
  }
  const [patternKey, patternSchema] = Object.entries(schema.patternProperties)[0];
  const regex = new RegExp(patternKey);
  for (const [propertyKey, propertyValue] of Object.entries(value)) {
    if (regex.test(propertyKey))
      yield* Visit3(patternSchema, references, `${path}/${EscapeKey(propertyKey)}`, propertyValue);
  }
  if (typeof schema.additionalProperties === "object") {
    for (const [propertyKey, propertyValue] of Object.entries(value)) {
      if (!regex.test(propertyKey))
        yield* Visit3(schema.additionalProperties, references, `${path}/${EscapeKey(propertyKey)}`, propertyValue);
    }
  }
  if (schema.additionalProperties === false) {
    for (const [propertyKey, propertyValue] of Object.entries(value)) {
      if (regex.test(propertyKey))
        continue;
      return yield Create(ValueErrorType.ObjectAdditionalProperties, schema, `${path}/${EscapeKey(propertyKey)}`, propertyValue);
    }
  }
}
function* FromRef2(schema, references, path, value) {
  yield* Visit3(Deref(schema, references), references, path, value);
}
function* FromRegExp2(schema, references, path, value) {
  if (!IsString(value))
    return yield Create(ValueErrorType.String, schema, path, value);
  if (IsDefined2(schema.minLength) && !(value.length >= schema.minLength)) {
    yield Create(ValueErrorType.StringMinLength, schema, path, value);
  }
  if (IsDefined2(schema.maxLength) && !(value.length <= schema.maxLength)) {
    yield Create(ValueErrorType.StringMaxLength, schema, path, value);
  }
  const regex = new RegExp(schema.source, schema.flags);
  if (!regex.test(value)) {
    return yield Create(ValueErrorType.RegExp, schema, path, value);
  }
}
function* FromString2(schema, references, path, value) {
  if (!IsString(value))
    return yield Create(ValueErrorType.String, schema, path, value);
  if (IsDefined2(schema.minLength) && !(value.length >= schema.minLength)) {
    yield Create(ValueErrorType.StringMinLength, schema, path, value);
  }
  if (IsDefined2(schema.maxLength) && !(value.length <= schema.maxLength)) {
    yield Create(ValueErrorType.StringMaxLength, schema, path, value);
  }
  if (IsString(schema.pattern)) {
    const regex = new RegExp(schema.pattern);
    if (!regex.test(value)) {
      yield Create(ValueErrorType.StringPattern, schema, path, value);
    }
  }
  if (IsString(schema.format)) {
    if (!format_exports.Has(schema.format)) {
      yield Create(ValueErrorType.StringFormatUnknown, schema, path, value);
    } else {
      const format = format_exports.Get(schema.format);
      if (!format(value)) {
        yield Create(ValueErrorType.StringFormat, schema, path, value);
      }
    }
  }
}
function* FromSymbol2(schema, references, path, value) {
  if (!IsSymbol(value))
    yield Create(ValueErrorType.Symbol, schema, path, value);
}
function* FromTemplateLiteral2(schema, references, path, value) {
  if (!IsString(value))
    return yield Create(ValueErrorType.String, schema, path, value);
  const regex = new RegExp(schema.pattern);
  if (!regex.test(value)) {
    yield Create(ValueErrorType.StringPattern, schema, path, value);
  }
}
function* FromThis2(schema, references, path, value) {
  yield* Visit3(Deref(schema, references), references, path, value);
}
function* FromTuple2(schema, references, path, value) {
  if (!IsArray(value))
    return yield Create(ValueErrorType.Tuple, schema, path, value);
  if (schema.items === void 0 && !(value.length === 0)) {
    return yield Create(ValueErrorType.TupleLength, schema, path, value);
  }
  if (!(value.length === schema.maxItems)) {
    return yield Create(ValueErrorType.TupleLength, schema, path, value);
  }
  if (!schema.items) {
    return;
  }
  for (let i = 0; i < schema.items.length; i++) {
    yield* Visit3(schema.items[i], references, `${path}/${i}`, value[i]);
  }
}
function* FromUndefined2(schema, references, path, value) {
  if (!IsUndefined(value))
    yield Create(ValueErrorType.Undefined, schema, path, value);
}
function* FromUnion2(schema, references, path, value) {
  if (Check(schema, references, value))
    return;
  const errors = schema.anyOf.map((variant) => new ValueErrorIterator(Visit3(variant, references, path, value)));
  yield Create(ValueErrorType.Union, schema, path, value, errors);
}
function* FromUint8Array2(schema, references, path, value) {
  if (!IsUint8Array(value))
    return yield Create(ValueErrorType.Uint8Array, schema, path, value);
  if (IsDefined2(schema.maxByteLength) && !(value.length <= schema.maxByteLength)) {
    yield Create(ValueErrorType.Uint8ArrayMaxByteLength, schema, path, value);
  }
  if (IsDefined2(schema.minByteLength) && !(value.length >= schema.minByteLength)) {
    yield Create(ValueErrorType.Uint8ArrayMinByteLength, schema, path, value);
  }
}
function* FromUnknown2(schema, references, path, value) {
}
function* FromVoid2(schema, references, path, value) {
  if (!TypeSystemPolicy.IsVoidLike(value))
    yield Create(ValueErrorType.Void, schema, path, value);
}
function* FromKind2(schema, references, path, value) {
  const check = type_exports.Get(schema[Kind]);
  if (!check(schema, value))
    yield Create(ValueErrorType.Kind, schema, path, value);
}
function* Visit3(schema, references, path, value) {
  const references_ = IsDefined2(schema.$id) ? [...references, schema] : references;
  const schema_ = schema;
  switch (schema_[Kind]) {
    case "Any":
      return yield* FromAny2(schema_, references_, path, value);
    case "Argument":
      return yield* FromArgument2(schema_, references_, path, value);
    case "Array":
      return yield* FromArray2(schema_, references_, path, value);
    case "AsyncIterator":
      return yield* FromAsyncIterator2(schema_, references_, path, value);
    case "BigInt":
      return yield* FromBigInt2(schema_, references_, path, value);
    case "Boolean":
      return yield* FromBoolean2(schema_, references_, path, value);
    case "Constructor":
      return yield* FromConstructor2(schema_, references_, path, value);
    case "Date":
      return yield* FromDate2(schema_, references_, path, value);
    case "Function":
      return yield* FromFunction2(schema_, references_, path, value);
    case "Import":
      return yield* FromImport2(schema_, references_, path, value);
    case "Integer":
      return yield* FromInteger2(schema_, references_, path, value);
    case "Intersect":
      return yield* FromIntersect2(schema_, references_, path, value);
    case "Iterator":
      return yield* FromIterator2(schema_, references_, path, value);
    case "Literal":
      return yield* FromLiteral2(schema_, references_, path, value);
    case "Never":
      return yield* FromNever2(schema_, references_, path, value);
    case "Not":
      return yield* FromNot2(schema_, references_, path, value);
    case "Null":
      return yield* FromNull2(schema_, references_, path, value);
    case "Number":
      return yield* FromNumber2(schema_, references_, path, value);
    case "Object":
      return yield* FromObject2(schema_, references_, path, value);
    case "Promise":
      return yield* FromPromise2(schema_, references_, path, value);
    case "Record":
      return yield* FromRecord2(schema_, references_, path, value);
    case "Ref":
      return yield* FromRef2(schema_, references_, path, value);
    case "RegExp":
      return yield* FromRegExp2(schema_, references_, path, value);
    case "String":
      return yield* FromString2(schema_, references_, path, value);
    case "Symbol":
      return yield* FromSymbol2(schema_, references_, path, value);
    case "TemplateLiteral":
      return yield* FromTemplateLiteral2(schema_, references_, path, value);
    case "This":
      return yield* FromThis2(schema_, references_, path, value);
    case "Tuple":
      return yield* FromTuple2(schema_, references_, path, value);
    case "Undefined":
      return yield* FromUndefined2(schema_, references_, path, value);
    case "Union":
      return yield* FromUnion2(schema_, references_, path, value);
    case "Uint8Array":
      return yield* FromUint8Array2(schema_, references_, path, value);
    case "Unknown":
      return yield* FromUnknown2(schema_, references_, path, value);
    case "Void":
      return yield* FromVoid2(schema_, references_, path, value);
    default:
      if (!type_exports.Has(schema_[Kind]))
        throw new ValueErrorsUnknownTypeError(schema);
      return yield* FromKind2(schema_, references_, path, value);
  }
}
function Errors(...args) {
  const iterator = args.length === 3 ? Visit3(args[0], args[1], "", args[2]) : Visit3(args[0], [], "", args[1]);
  return new ValueErrorIterator(iterator);
}

// node_modules/@sinclair/typebox/build/esm/value/transform/decode.mjs
var TransformDecodeCheckError = class extends TypeBoxError {
  constructor(schema, value, error) {
    super(`Unable to decode value as it does not match the expected schema`);
    this.schema = schema;
    this.value = value;
    this.error = error;
  }
};
var TransformDecodeError = class extends TypeBoxError {
  constructor(schema, path, value, error) {
    super(error instanceof Error ? error.message : "Unknown error");
    this.schema = schema;
    this.path = path;
    this.value = value;
    this.error = error;
  }
};
function Default(schema, path, value) {
  try {
    return IsTransform(schema) ? schema[TransformKind].Decode(value) : value;
  } catch (error) {
    throw new TransformDecodeError(schema, path, value, error);
  }
}
function FromArray3(schema, references, path, value) {
  return IsArray(value) ? Default(schema, path, value.map((value2, index) => Visit4(schema.items, references, `${path}/${index}`, value2))) : Default(schema, path, value);
}
function FromIntersect3(schema, references, path, value) {
  if (!IsObject(value) || IsValueType(value))
    return Default(schema, path, value);
  const knownEntries = KeyOfPropertyEntries(schema);
  const knownKeys = knownEntries.map((entry) => entry[0]);
  const knownProperties = { ...value };
  for (const [knownKey, knownSchema] of knownEntries)
    if (knownKey in knownProperties) {
      knownProperties[knownKey] = Visit4(knownSchema, references, `${path}/${knownKey}`, knownProperties[knownKey]);
    }
  if (!IsTransform(schema.unevaluatedProperties)) {
    return Default(schema, path, knownProperties);
  }
  const unknownKeys = Object.getOwnPropertyNames(knownProperties);
  const unevaluatedProperties = schema.unevaluatedProperties;
  const unknownProperties = { ...knownProperties };
  for (const key of unknownKeys)
    if (!knownKeys.includes(key)) {
      unknownProperties[key] = Default(unevaluatedProperties, `${path}/${key}`, unknownProperties[key]);
    }
  return Default(schema, path, unknownProperties);
}
function FromImport3(schema, references, path, value) {
  const additional = globalThis.Object.values(schema.$defs);
  const target = schema.$defs[schema.$ref];
  const result = Visit4(target, [...references, ...additional], path, value);
  return Default(schema, path, result);
}
function FromNot3(schema, references, path, value) {
  return Default(schema, path, Visit4(schema.not, references, path, value));
}
function FromObject3(schema, references, path, value) {
  if (!IsObject(value))
    return Default(schema, path, value);
  const knownKeys = KeyOfPropertyKeys(schema);
  const knownProperties = { ...value };
  for (const key of knownKeys) {
    if (!HasPropertyKey(knownProperties, key))
      continue;
    if (IsUndefined(knownProperties[key]) && (!IsUndefined2(schema.properties[key]) || TypeSystemPolicy.IsExactOptionalProperty(knownProperties, key)))
      continue;
    knownProperties[key] = Visit4(schema.properties[key], references, `${path}/${key}`, knownProperties[key]);
  }
  if (!IsSchema(schema.additionalProperties)) {
    return Default(schema, path, knownProperties);
  }
  const unknownKeys = Object.getOwnPropertyNames(knownProperties);
  const additionalProperties = schema.additionalProperties;
  const unknownProperties = { ...knownProperties };
  for (const key of unknownKeys)
    if (!knownKeys.includes(key)) {
      unknownProperties[key] = Default(additionalProperties, `${path}/${key}`, unknownProperties[key]);
    }
  return Default(schema, path, unknownProperties);
}
function FromRecord3(schema, references, path, value) {
  if (!IsObject(value))
    return Default(schema, path, value);
  const pattern = Object.getOwnPropertyNames(schema.patternProperties)[0];
  const knownKeys = new RegExp(pattern);
  const knownProperties = { ...value };
  for (const key of Object.getOwnPropertyNames(value))
    if (knownKeys.test(key)) {
      knownProperties[key] = Visit4(schema.patternProperties[pattern], references, `${path}/${key}`, knownProperties[key]);
    }
  if (!IsSchema(schema.additionalProperties)) {
    return Default(schema, path, knownProperties);
  }
  const unknownKeys = Object.getOwnPropertyNames(knownProperties);
  const additionalProperties = schema.additionalProperties;
  const unknownProperties = { ...knownProperties };
  for (const key of unknownKeys)
    if (!knownKeys.test(key)) {
      unknownProperties[key] = Default(additionalProperties, `${path}/${key}`, unknownProperties[key]);
    }
  return Default(schema, path, unknownProperties);
}
function FromRef3(schema, references, path, value) {
  const target = Deref(schema, references);
  return Default(schema, path, Visit4(target, references, path, value));
}
function FromThis3(schema, references, path, value) {
  const target = Deref(schema, references);
  return Default(schema, path, Visit4(target, references, path, value));
}
function FromTuple3(schema, references, path, value) {
  return IsArray(value) && IsArray(schema.items) ? Default(schema, path, schema.items.map((schema2, index) => Visit4(schema2, references, `${path}/${index}`, value[index]))) : Default(schema, path, value);
}
function FromUnion3(schema, references, path, value) {
  for (const subschema of schema.anyOf) {
    if (!Check(subschema, references, value))
      continue;
    const decoded = Visit4(subschema, references, path, value);
    return Default(schema, path, decoded);
  }
  return Default(schema, path, value);
}
function Visit4(schema, references, path, value) {
  const references_ = Pushref(schema, references);
  const schema_ = schema;
  switch (schema[Kind]) {
    case "Array":
      return FromArray3(schema_, references_, path, value);
    case "Import":
      return FromImport3(schema_, references_, path, value);
    case "Intersect":
      return FromIntersect3(schema_, references_, path, value);
    case "Not":
      return FromNot3(schema_, references_, path, value);
    case "Object":
      return FromObject3(schema_, references_, path, value);
    case "Record":
      return FromRecord3(schema_, references_, path, value);
    case "Ref":
      return FromRef3(schema_, references_, path, value);
    case "Symbol":
      return Default(schema_, path, value);
    case "This":
      return FromThis3(schema_, references_, path, value);
    case "Tuple":
      return FromTuple3(schema_, references_, path, value);
    case "Union":
      return FromUnion3(schema_, references_, path, value);
    default:
      return Default(schema_, path, value);
  }
}
function TransformDecode(schema, references, value) {
  return Visit4(schema, references, "", value);
}

// node_modules/@sinclair/typebox/build/esm/value/transform/encode.mjs
var TransformEncodeCheckError = class extends TypeBoxError {
  constructor(schema, value, error) {
    super(`The encoded value does not match the expected schema`);
    this.schema = schema;
    this.value = value;
    this.error = error;
  }
};
var TransformEncodeError = class extends TypeBoxError {
  constructor(schema, path, value, error) {
    super(`${error instanceof Error ? error.message : "Unknown error"}`);
    this.schema = schema;
    this.path = path;
    this.value = value;
    this.error = error;
  }
};
function Default2(schema, path, value) {
  try {
    return IsTransform(schema) ? schema[TransformKind].Encode(value) : value;
  } catch (error) {
    throw new TransformEncodeError(schema, path, value, error);
  }
}
function FromArray4(schema, references, path, value) {
  const defaulted = Default2(schema, path, value);
  return IsArray(defaulted) ? defaulted.map((value2, index) => Visit5(schema.items, references, `${path}/${index}`, value2)) : defaulted;
}
function FromImport4(schema, references, path, value) {
  const additional = globalThis.Object.values(schema.$defs);
  const target = schema.$defs[schema.$ref];
  const result = Default2(schema, path, value);
  return Visit5(target, [...references, ...additional], path, result);
}
function FromIntersect4(schema, references, path, value) {
  const defaulted = Default2(schema, path, value);
  if (!IsObject(value) || IsValueType(value))
    return defaulted;
  const knownEntries = KeyOfPropertyEntries(schema);
  const knownKeys = knownEntries.map((entry) => entry[0]);
  const knownProperties = { ...defaulted };
  for (const [knownKey, knownSchema] of knownEntries)
    if (knownKey in knownProperties) {
      knownProperties[knownKey] = Visit5(knownSchema, references, `${path}/${knownKey}`, knownProperties[knownKey]);
    }
  if (!IsTransform(schema.unevaluatedProperties)) {
    return knownProperties;
  }
  const unknownKeys = Object.getOwnPropertyNames(knownProperties);
  const unevaluatedProperties = schema.unevaluatedProperties;
  const properties = { ...knownProperties };
  for (const key of unknownKeys)
    if (!knownKeys.includes(key)) {
      properties[key] = Default2(unevaluatedProperties, `${path}/${key}`, properties[key]);
    }
  return properties;
}
function FromNot4(schema, references, path, value) {
  return Default2(schema.not, path, Default2(schema, path, value));
}
function FromObject4(schema, references, path, value) {
  const defaulted = Default2(schema, path, value);
  if (!IsObject(defaulted))
    return defaulted;
  const knownKeys = KeyOfPropertyKeys(schema);
  const knownProperties = { ...defaulted };
  for (const key of knownKeys) {
    if (!HasPropertyKey(knownProperties, key))
      continue;
    if (IsUndefined(knownProperties[key]) && (!IsUndefined2(schema.properties[key]) || TypeSystemPolicy.IsExactOptionalProperty(knownProperties, key)))
      continue;
    knownProperties[key] = Visit5(schema.properties[key], references, `${path}/${key}`, knownProperties[key]);
  }
  if (!IsSchema(schema.additionalProperties)) {
    return knownProperties;
  }
  const unknownKeys = Object.getOwnPropertyNames(knownProperties);
  const additionalProperties = schema.additionalProperties;
  const properties = { ...knownProperties };
  for (const key of unknownKeys)
    if (!knownKeys.includes(key)) {
      properties[key] = Default2(additionalProperties, `${path}/${key}`, properties[key]);
    }
  return properties;
}
function FromRecord4(schema, references, path, value) {
  const defaulted = Default2(schema, path, value);
  if (!IsObject(value))
    return defaulted;
  const pattern = Object.getOwnPropertyNames(schema.patternProperties)[0];
  const knownKeys = new RegExp(pattern);
  const knownProperties = { ...defaulted };
  for (const key of Object.getOwnPropertyNames(value))
    if (knownKeys.test(key)) {
      knownProperties[key] = Visit5(schema.patternProperties[pattern], references, `${path}/${key}`, knownProperties[key]);
    }
  if (!IsSchema(schema.additionalProperties)) {
    return knownProperties;
  }
  const unknownKeys = Object.getOwnPropertyNames(knownProperties);
  const additionalProperties = schema.additionalProperties;
  const properties = { ...knownProperties };
  for (const key of unknownKeys)
    if (!knownKeys.test(key)) {
      properties[key] = Default2(additionalProperties, `${path}/${key}`, properties[key]);
    }
  return properties;
}
function FromRef4(schema, references, path, value) {
  const target = Deref(schema, references);
  const resolved = Visit5(target, references, path, value);
  return Default2(schema, path, resolved);
}
function FromThis4(schema, references, path, value) {
  const target = Deref(schema, references);
  const resolved = Visit5(target, references, path, value);
  return Default2(schema, path, resolved);
}
function FromTuple4(schema, references, path, value) {
  const value1 = Default2(schema, path, value);
  return IsArray(schema.items) ? schema.items.map((schema2, index) => Visit5(schema2, references, `${path}/${index}`, value1[index])) : [];
}
function FromUnion4(schema, references, path, value) {
  for (const subschema of schema.anyOf) {
    if (!Check(subschema, references, value))
      continue;
    const value1 = Visit5(subschema, references, path, value);
    return Default2(schema, path, value1);
  }
  for (const subschema of schema.anyOf) {
    const value1 = Visit5(subschema, references, path, value);
    if (!Check(schema, references, value1))
      continue;
    return Default2(schema, path, value1);
  }
  return Default2(schema, path, value);
}
function Visit5(schema, references, path, value) {
  const references_ = Pushref(schema, references);
  const schema_ = schema;
  switch (schema[Kind]) {
    case "Array":
      return FromArray4(schema_, references_, path, value);
    case "Import":
      return FromImport4(schema_, references_, path, value);
    case "Intersect":
      return FromIntersect4(schema_, references_, path, value);
    case "Not":
      return FromNot4(schema_, references_, path, value);
    case "Object":
      return FromObject4(schema_, references_, path, value);
    case "Record":
      return FromRecord4(schema_, references_, path, value);
    case "Ref":
      return FromRef4(schema_, references_, path, value);
    case "This":
      return FromThis4(schema_, references_, path, value);
    case "Tuple":
      return FromTuple4(schema_, references_, path, value);
    case "Union":
      return FromUnion4(schema_, references_, path, value);
    default:
      return Default2(schema_, path, value);
  }
}
function TransformEncode(schema, references, value) {
  return Visit5(schema, references, "", value);
}

// node_modules/@sinclair/typebox/build/esm/value/transform/has.mjs
function FromArray5(schema, references) {
  return IsTransform(schema) || Visit6(schema.items, references);
}
function FromAsyncIterator3(schema, references) {
  return IsTransform(schema) || Visit6(schema.items, references);
}
function FromConstructor3(schema, references) {
  return IsTransform(schema) || Visit6(schema.returns, references) || schema.parameters.some((schema2) => Visit6(schema2, references));
}
function FromFunction3(schema, references) {
  return IsTransform(schema) || Visit6(schema.returns, references) || schema.parameters.some((schema2) => Visit6(schema2, references));
}
function FromIntersect5(schema, references) {
  return IsTransform(schema) || IsTransform(schema.unevaluatedProperties) || schema.allOf.some((schema2) => Visit6(schema2, references));
}
function FromImport5(schema, references) {
  const additional = globalThis.Object.getOwnPropertyNames(schema.$defs).reduce((result, key) => [...result, schema.$defs[key]], []);
  const target = schema.$defs[schema.$ref];
  return IsTransform(schema) || Visit6(target, [...additional, ...references]);
}
function FromIterator3(schema, references) {
  return IsTransform(schema) || Visit6(schema.items, references);
}
function FromNot5(schema, references) {
  return IsTransform(schema) || Visit6(schema.not, references);
}
function FromObject5(schema, references) {
  return IsTransform(schema) || Object.values(schema.properties).some((schema2) => Visit6(schema2, references)) || IsSchema(schema.additionalProperties) && Visit6(schema.additionalProperties, references);
}
function FromPromise3(schema, references) {
  return IsTransform(schema) || Visit6(schema.item, references);
}
function FromRecord5(schema, references) {
  const pattern = Object.getOwnPropertyNames(schema.patternProperties)[0];
  const property = schema.patternProperties[pattern];
  return IsTransform(schema) || Visit6(property, references) || IsSchema(schema.additionalProperties) && IsTransform(schema.additionalProperties);
}
function FromRef5(schema, references) {
  if (IsTransform(schema))
    return true;
  return Visit6(Deref(schema, references), references);
}
function FromThis5(schema, references) {
  if (IsTransform(schema))
    return true;
  return Visit6(Deref(schema, references), references);
}
function FromTuple5(schema, references) {
  return IsTransform(schema) || !IsUndefined(schema.items) && schema.items.some((schema2) => Visit6(schema2, references));
}
function FromUnion5(schema, references) {
  return IsTransform(schema) || schema.anyOf.some((schema2) => Visit6(schema2, references));
}
function Visit6(schema, references) {
  const references_ = Pushref(schema, references);
  const schema_ = schema;
  if (schema.$id && visited.has(schema.$id))
    return false;
  if (schema.$id)
    visited.add(schema.$id);
  switch (schema[Kind]) {
    case "Array":
      return FromArray5(schema_, references_);
    case "AsyncIterator":
      return FromAsyncIterator3(schema_, references_);
    case "Constructor":
      return FromConstructor3(schema_, references_);
    case "Function":
      return FromFunction3(schema_, references_);
    case "Import":
      return FromImport5(schema_, references_);
    case "Intersect":
      return FromIntersect5(schema_, references_);
    case "Iterator":
      return FromIterator3(schema_, references_);
    case "Not":
      return FromNot5(schema_, references_);
    case "Object":
      return FromObject5(schema_, references_);
    case "Promise":
      return FromPromise3(schema_, references_);
    case "Record":
      return FromRecord5(schema_, references_);
    case "Ref":
      return FromRef5(schema_, references_);
    case "This":
      return FromThis5(schema_, references_);
    case "Tuple":
      return FromTuple5(schema_, references_);
    case "Union":
      return FromUnion5(schema_, references_);
    default:
      return IsTransform(schema);
  }
}
var visited = /* @__PURE__ */ new Set();
function HasTransform(schema, references) {
  visited.clear();
  return Visit6(schema, references);
}

// node_modules/@sinclair/typebox/build/esm/compiler/compiler.mjs
var TypeCheck = class {
  constructor(schema, references, checkFunc, code) {
    this.schema = schema;
    this.references = references;
    this.checkFunc = checkFunc;
    this.code = code;
    this.hasTransform = HasTransform(schema, references);
  }
  /** Returns the generated assertion code used to validate this type. */
  Code() {
    return this.code;
  }
  /** Returns the schema type used to validate */
  Schema() {
    return this.schema;
  }
  /** Returns reference types used to validate */
  References() {
    return this.references;
  }
  /** Returns an iterator for each error in this value. */
  Errors(value) {
    return Errors(this.schema, this.references, value);
  }
  /** Returns true if the value matches the compiled type. */
  Check(value) {
    return this.checkFunc(value);
  }
  /** Decodes a value or throws if error */
  Decode(value) {
    if (!this.checkFunc(value))
      throw new TransformDecodeCheckError(this.schema, value, this.Errors(value).First());
    return this.hasTransform ? TransformDecode(this.schema, this.references, value) : value;
  }
  /** Encodes a value or throws if error */
  Encode(value) {
    const encoded = this.hasTransform ? TransformEncode(this.schema, this.references, value) : value;
    if (!this.checkFunc(encoded))
      throw new TransformEncodeCheckError(this.schema, value, this.Errors(value).First());
    return encoded;
  }
};
var Character;
(function(Character2) {
  function DollarSign(code) {
    return code === 36;
  }
  Character2.DollarSign = DollarSign;
  function IsUnderscore(code) {
    return code === 95;
  }
  Character2.IsUnderscore = IsUnderscore;
  function IsAlpha(code) {
    return code >= 65 && code <= 90 || code >= 97 && code <= 122;
  }
  Character2.IsAlpha = IsAlpha;
  function IsNumeric(code) {
    return code >= 48 && code <= 57;
  }
  Character2.IsNumeric = IsNumeric;
})(Character || (Character = {}));
var Identifier;
(function(Identifier2) {
  function Encode($id) {
    const buffer = [];
    for (let i = 0; i < $id.length; i++) {
      const code = $id.charCodeAt(i);
      if (Character.IsNumeric(code) || Character.IsAlpha(code)) {
        buffer.push($id.charAt(i));
      } else {
        buffer.push(`_${code}_`);
      }
    }
    return buffer.join("").replace(/__/g, "_");
  }
  Identifier2.Encode = Encode;
})(Identifier || (Identifier = {}));
function StringConstant(value) {
  if (!IsString(value))
    throw Error("ConstantString: Not a String");
  const canonical = JSON.stringify(value).slice(1, -1);
  const escaped = canonical.replace(/'/g, "\\'");
  return `'${escaped}'`;
}
function MemberExpression(value, key) {
  return `${value}[${StringConstant(key)}]`;
}
var TypeCompilerUnknownTypeError = class extends TypeBoxError {
  constructor(schema) {
    super("Unknown type");
    this.schema = schema;
  }
};
var TypeCompilerTypeGuardError = class extends TypeBoxError {
  constructor(schema) {
    super("Preflight validation check failed to guard for the given schema");
    this.schema = schema;
  }
};
var Policy;
(function(Policy2) {
  function IsExactOptionalProperty(value, key, expression) {
    return TypeSystemPolicy.ExactOptionalPropertyTypes ? `(${StringConstant(key)} in ${value} ? ${expression} : true)` : `(${MemberExpression(value, key)} !== undefined ? ${expression} : true)`;
  }
  Policy2.IsExactOptionalProperty = IsExactOptionalProperty;
  function IsObjectLike(value) {
    return !TypeSystemPolicy.AllowArrayObject ? `(typeof ${value} === 'object' && ${value} !== null && !Array.isArray(${value}))` : `(typeof ${value} === 'object' && ${value} !== null)`;
  }
  Policy2.IsObjectLike = IsObjectLike;
  function IsRecordLike(value) {
    return !TypeSystemPolicy.AllowArrayObject ? `(typeof ${value} === 'object' && ${value} !== null && !Array.isArray(${value}) && !(${value} instanceof Date) && !(${value} instanceof Uint8Array))` : `(typeof ${value} === 'object' && ${value} !== null && !(${value} instanceof Date) && !(${value} instanceof Uint8Array))`;
  }
  Policy2.IsRecordLike = IsRecordLike;
  function IsNumberLike(value) {
    return TypeSystemPolicy.AllowNaN ? `typeof ${value} === 'number'` : `Number.isFinite(${value})`;
  }
  Policy2.IsNumberLike = IsNumberLike;
  function IsVoidLike(value) {
    return TypeSystemPolicy.AllowNullVoid ? `(${value} === undefined || ${value} === null)` : `${value} === undefined`;
  }
  Policy2.IsVoidLike = IsVoidLike;
})(Policy || (Policy = {}));
var TypeCompiler;
(function(TypeCompiler2) {
  function IsAnyOrUnknown2(schema) {
    return schema[Kind] === "Any" || schema[Kind] === "Unknown";
  }
  function* FromAny3(schema, references, value) {
    yield "true";
  }
  function* FromArgument3(schema, references, value) {
    yield "true";
  }
  function* FromArray6(schema, references, value) {
    yield `Array.isArray(${value})`;
    const [parameter, accumulator] = [CreateParameter("value", "any"), CreateParameter("acc", "number")];
    if (IsNumber(schema.maxItems))
      yield `${value}.length <= ${schema.maxItems}`;
    if (IsNumber(schema.minItems))
      yield `${value}.length >= ${schema.minItems}`;
    const elementExpression = CreateExpression(schema.items, references, "value");
    yield `((array) => { for(const ${parameter} of array) if(!(${elementExpression})) { return false }; return true; })(${value})`;
    if (IsSchema2(schema.contains) || IsNumber(schema.minContains) || IsNumber(schema.maxContains)) {
      const containsSchema = IsSchema2(schema.contains) ? schema.contains : Never();
      const checkExpression = CreateExpression(containsSchema, references, "value");
      const checkMinContains = IsNumber(schema.minContains) ? [`(count >= ${schema.minContains})`] : [];
      const checkMaxContains = IsNumber(schema.maxContains) ? [`(count <= ${schema.maxContains})`] : [];
      const checkCount = `const count = value.reduce((${accumulator}, ${parameter}) => ${checkExpression} ? acc + 1 : acc, 0)`;
      const check = [`(count > 0)`, ...checkMinContains, ...checkMaxContains].join(" && ");
      yield `((${parameter}) => { ${checkCount}; return ${check}})(${value})`;
    }
    if (schema.uniqueItems === true) {
      const check = `const hashed = hash(element); if(set.has(hashed)) { return false } else { set.add(hashed) } } return true`;
      const block = `const set = new Set(); for(const element of value) { ${check} }`;
      yield `((${parameter}) => { ${block} )(${value})`;
    }
  }
  function* FromAsyncIterator4(schema, references, value) {
    yield `(typeof value === 'object' && Symbol.asyncIterator in ${value})`;
  }
  function* FromBigInt3(schema, references, value) {
    yield `(typeof ${value} === 'bigint')`;
    if (IsBigInt(schema.exclusiveMaximum))
      yield `${value} < BigInt(${schema.exclusiveMaximum})`;
    if (IsBigInt(schema.exclusiveMinimum))
      yield `${value} > BigInt(${schema.exclusiveMinimum})`;
    if (IsBigInt(schema.maximum))
      yield `${value} <= BigInt(${schema.maximum})`;
    if (IsBigInt(schema.minimum))
      yield `${value} >= BigInt(${schema.minimum})`;
    if (IsBigInt(schema.multipleOf))
      yield `(${value} % BigInt(${schema.multipleOf})) === 0`;
  }
  function* FromBoolean3(schema, references, value) {
    yield `(typeof ${value} === 'boolean')`;
  }
  function* FromConstructor4(schema, references, value) {
    yield* Visit7(schema.returns, references, `${value}.prototype`);
  }
  function* FromDate3(schema, references, value) {
    yield `(${value} instanceof Date) && Number.isFinite(${value}.getTime())`;
    if (IsNumber(schema.exclusiveMaximumTimestamp))
      yield `${value}.getTime() < ${schema.exclusiveMaximumTimestamp}`;
    if (IsNumber(schema.exclusiveMinimumTimestamp))
      yield `${value}.getTime() > ${schema.exclusiveMinimumTimestamp}`;
    if (IsNumber(schema.maximumTimestamp))
      yield `${value}.getTime() <= ${schema.maximumTimestamp}`;
    if (IsNumber(schema.minimumTimestamp))
      yield `${value}.getTime() >= ${schema.minimumTimestamp}`;
    if (IsNumber(schema.multipleOfTimestamp))
      yield `(${value}.getTime() % ${schema.multipleOfTimestamp}) === 0`;
  }
  function* FromFunction4(schema, references, value) {
    yield `(typeof ${value} === 'function')`;
  }
  function* FromImport6(schema, references, value) {
    const members = globalThis.Object.getOwnPropertyNames(schema.$defs).reduce((result, key) => {
      return [...result, schema.$defs[key]];
    }, []);
    yield* Visit7(Ref(schema.$ref), [...references, ...members], value);
  }
  function* FromInteger3(schema, references, value) {
    yield `Number.isInteger(${value})`;
    if (IsNumber(schema.exclusiveMaximum))
      yield `${value} < ${schema.exclusiveMaximum}`;
    if (IsNumber(schema.exclusiveMinimum))
      yield `${value} > ${schema.exclusiveMinimum}`;
    if (IsNumber(schema.maximum))
      yield `${value} <= ${schema.maximum}`;
    if (IsNumber(schema.minimum))
      yield `${value} >= ${schema.minimum}`;
    if (IsNumber(schema.multipleOf))
      yield `(${value} % ${schema.multipleOf}) === 0`;
  }
  function* FromIntersect6(schema, references, value) {
    const check1 = schema.allOf.map((schema2) => CreateExpression(schema2, references, value)).join(" && ");
    if (schema.unevaluatedProperties === false) {
      const keyCheck = CreateVariable(`${new RegExp(KeyOfPattern(schema))};`);
      const check2 = `Object.getOwnPropertyNames(${value}).every(key => ${keyCheck}.test(key))`;
      yield `(${check1} && ${check2})`;
    } else if (IsSchema2(schema.unevaluatedProperties)) {
      const keyCheck = CreateVariable(`${new RegExp(KeyOfPattern(schema))};`);
      const check2 = `Object.getOwnPropertyNames(${value}).every(key => ${keyCheck}.test(key) || ${CreateExpression(schema.unevaluatedProperties, references, `${value}[key]`)})`;
      yield `(${check1} && ${check2})`;
    } else {
      yield `(${check1})`;
    }
  }
  function* FromIterator4(schema, references, value) {
    yield `(typeof value === 'object' && Symbol.iterator in ${value})`;
  }
  function* FromLiteral3(schema, references, value) {
    if (typeof schema.const === "number" || typeof schema.const === "boolean") {
      yield `(${value} === ${schema.const})`;
    } else if (typeof schema.const === "string") {
      yield `(${value} === ${StringConstant(schema.const)})`;
    } else {
      throw Error("Invalid Literal Value");
    }
  }
  function* FromNever3(schema, references, value) {
    yield `false`;
  }
  function* FromNot6(schema, references, value) {
    const expression = CreateExpression(schema.not, references, value);
    yield `(!${expression})`;
  }
  function* FromNull3(schema, references, value) {
    yield `(${value} === null)`;
  }
  function* FromNumber3(schema, references, value) {
    yield Policy.IsNumberLike(value);
    if (IsNumber(schema.exclusiveMaximum))
      yield `${value} < ${schema.exclusiveMaximum}`;
    if (IsNumber(schema.exclusiveMinimum))
      yield `${value} > ${schema.exclusiveMinimum}`;
    if (IsNumber(schema.maximum))
      yield `${value} <= ${schema.maximum}`;
    if (IsNumber(schema.minimum))
      yield `${value} >= ${schema.minimum}`;
    if (IsNumber(schema.multipleOf))
      yield `(${value} % ${schema.multipleOf}) === 0`;
  }
  function* FromObject6(schema, references, value) {
    yield Policy.IsObjectLike(value);
    if (IsNumber(schema.minProperties))
      yield `Object.getOwnPropertyNames(${value}).length >= ${schema.minProperties}`;
    if (IsNumber(schema.maxProperties))
      yield `Object.getOwnPropertyNames(${value}).length <= ${schema.maxProperties}`;
    const knownKeys = Object.getOwnPropertyNames(schema.properties);
    for (const knownKey of knownKeys) {
      const memberExpression = MemberExpression(value, knownKey);
      const property = schema.properties[knownKey];
      if (schema.required && schema.required.includes(knownKey)) {
        yield* Visit7(property, references, memberExpression);
        if (ExtendsUndefinedCheck(property) || IsAnyOrUnknown2(property))
          yield `(${StringConstant(knownKey)} in ${value})`;
      } else {
        const expression = CreateExpression(property, references, memberExpression);
        yield Policy.IsExactOptionalProperty(value, knownKey, expression);
      }
    }
    if (schema.additionalProperties === false) {
      if (schema.required && schema.required.length === knownKeys.length) {
        yield `Object.getOwnPropertyNames(${value}).length === ${knownKeys.length}`;
      } else {
        const keys = `[${knownKeys.map((key) => `${StringConstant(key)}`).join(", ")}]`;
        yield `Object.getOwnPropertyNames(${value}).every(key => ${keys}.includes(key))`;
      }
    }
    if (typeof schema.additionalProperties === "object") {
      const expression = CreateExpression(schema.additionalProperties, references, `${value}[key]`);
      const keys = `[${knownKeys.map((key) => `${StringConstant(key)}`).join(", ")}]`;
      yield `(Object.getOwnPropertyNames(${value}).every(key => ${keys}.includes(key) || ${expression}))`;
    }
  }
  function* FromPromise4(schema, references, value) {
    yield `${value} instanceof Promise`;
  }
  function* FromRecord6(schema, references, value) {
    yield Policy.IsRecordLike(value);
    if (IsNumber(schema.minProperties))
      yield `Object.getOwnPropertyNames(${value}).length >= ${schema.minProperties}`;
    if (IsNumber(schema.maxProperties))
      yield `Object.getOwnPropertyNames(${value}).length <= ${schema.maxProperties}`;
    const [patternKey, patternSchema] = Object.entries(schema.patternProperties)[0];
    const variable = CreateVariable(`${new RegExp(patternKey)}`);
    const check1 = CreateExpression(patternSchema, references, "value");
    const check2 = IsSchema2(schema.additionalProperties) ? CreateExpression(schema.additionalProperties, references, value) : schema.additionalProperties === false ? "false" : "true";
    const expression = `(${variable}.test(key) ? ${check1} : ${check2})`;
    yield `(Object.entries(${value}).every(([key, value]) => ${expression}))`;
  }
  function* FromRef6(schema, references, value) {
    const target = Deref(schema, references);
    if (state.functions.has(schema.$ref))
      return yield `${CreateFunctionName(schema.$ref)}(${value})`;
    yield* Visit7(target, references, value);
  }
  function* FromRegExp3(schema, references, value) {
    const variable = CreateVariable(`${new RegExp(schema.source, schema.flags)};`);
    yield `(typeof ${value} === 'string')`;
    if (IsNumber(schema.maxLength))
      yield `${value}.length <= ${schema.maxLength}`;
    if (IsNumber(schema.minLength))
      yield `${value}.length >= ${schema.minLength}`;
    yield `${variable}.test(${value})`;
  }
  function* FromString3(schema, references, value) {
    yield `(typeof ${value} === 'string')`;
    if (IsNumber(schema.maxLength))
      yield `${value}.length <= ${schema.maxLength}`;
    if (IsNumber(schema.minLength))
      yield `${value}.length >= ${schema.minLength}`;
    if (schema.pattern !== void 0) {
      const variable = CreateVariable(`${new RegExp(schema.pattern)};`);
      yield `${variable}.test(${value})`;
    }
    if (schema.format !== void 0) {
      yield `format(${StringConstant(schema.format)}, ${value})`;
    }
  }
  function* FromSymbol3(schema, references, value) {
    yield `(typeof ${value} === 'symbol')`;
  }
  function* FromTemplateLiteral3(schema, references, value) {
    yield `(typeof ${value} === 'string')`;
    const variable = CreateVariable(`${new RegExp(schema.pattern)};`);
    yield `${variable}.test(${value})`;
  }
  function* FromThis6(schema, references, value) {
    yield `${CreateFunctionName(schema.$ref)}(${value})`;
  }
  function* FromTuple6(schema, references, value) {
    yield `Array.isArray(${value})`;
    if (schema.items === void 0)
      return yield `${value}.length === 0`;
    yield `(${value}.length === ${schema.maxItems})`;
    for (let i = 0; i < schema.items.length; i++) {
      const expression = CreateExpression(schema.items[i], references, `${value}[${i}]`);
      yield `${expression}`;
    }
  }
  function* FromUndefined3(schema, references, value) {
    yield `${value} === undefined`;
  }
  function* FromUnion6(schema, references, value) {
    const expressions = schema.anyOf.map((schema2) => CreateExpression(schema2, references, value));
    yield `(${expressions.join(" || ")})`;
  }
  function* FromUint8Array3(schema, references, value) {
    yield `${value} instanceof Uint8Array`;
    if (IsNumber(schema.maxByteLength))
      yield `(${value}.length <= ${schema.maxByteLength})`;
    if (IsNumber(schema.minByteLength))
      yield `(${value}.length >= ${schema.minByteLength})`;
  }
  function* FromUnknown3(schema, references, value) {
    yield "true";
  }
  function* FromVoid3(schema, references, value) {
    yield Policy.IsVoidLike(value);
  }
  function* FromKind3(schema, references, value) {
    const instance = state.instances.size;
    state.instances.set(instance, schema);
    yield `kind(${StringConstant(schema[Kind])}, ${instance}, ${value})`;
  }
  function* Visit7(schema, references, value, useHoisting = true) {
    const references_ = IsString(schema.$id) ? [...references, schema] : references;
    const schema_ = schema;
    if (useHoisting && IsString(schema.$id)) {
      const functionName = CreateFunctionName(schema.$id);
      if (state.functions.has(functionName)) {
        return yield `${functionName}(${value})`;
      } else {
        state.functions.set(functionName, "<deferred>");
        const functionCode = CreateFunction(functionName, schema, references, "value", false);
        state.functions.set(functionName, functionCode);
        return yield `${functionName}(${value})`;
      }
    }
    switch (schema_[Kind]) {
      case "Any":
        return yield* FromAny3(schema_, references_, value);
      case "Argument":
        return yield* FromArgument3(schema_, references_, value);
      case "Array":
        return yield* FromArray6(schema_, references_, value);
      case "AsyncIterator":
        return yield* FromAsyncIterator4(schema_, references_, value);
      case "BigInt":
        return yield* FromBigInt3(schema_, references_, value);
      case "Boolean":
        return yield* FromBoolean3(schema_, references_, value);
      case "Constructor":
        return yield* FromConstructor4(schema_, references_, value);
      case "Date":
        return yield* FromDate3(schema_, references_, value);
      case "Function":
        return yield* FromFunction4(schema_, references_, value);
      case "Import":
        return yield* FromImport6(schema_, references_, value);
      case "Integer":
        return yield* FromInteger3(schema_, references_, value);
      case "Intersect":
        return yield* FromIntersect6(schema_, references_, value);
      case "Iterator":
        return yield* FromIterator4(schema_, references_, value);
      case "Literal":
        return yield* FromLiteral3(schema_, references_, value);
      case "Never":
        return yield* FromNever3(schema_, references_, value);
      case "Not":
        return yield* FromNot6(schema_, references_, value);
      case "Null":
        return yield* FromNull3(schema_, references_, value);
      case "Number":
        return yield* FromNumber3(schema_, references_, value);
      case "Object":
        return yield* FromObject6(schema_, references_, value);
      case "Promise":
        return yield* FromPromise4(schema_, references_, value);
      case "Record":
        return yield* FromRecord6(schema_, references_, value);
      case "Ref":
        return yield* FromRef6(schema_, references_, value);
      case "RegExp":
        return yield* FromRegExp3(schema_, references_, value);
      case "String":
        return yield* FromString3(schema_, references_, value);
      case "Symbol":
        return yield* FromSymbol3(schema_, references_, value);
      case "TemplateLiteral":
        return yield* FromTemplateLiteral3(schema_, references_, value);
      case "This":
        return yield* FromThis6(schema_, references_, value);
      case "Tuple":
        return yield* FromTuple6(schema_, references_, value);
      case "Undefined":
        return yield* FromUndefined3(schema_, references_, value);
      case "Union":
        return yield* FromUnion6(schema_, references_, value);
      case "Uint8Array":
        return yield* FromUint8Array3(schema_, references_, value);
      case "Unknown":
        return yield* FromUnknown3(schema_, references_, value);
      case "Void":
        return yield* FromVoid3(schema_, references_, value);
      default:
        if (!type_exports.Has(schema_[Kind]))
          throw new TypeCompilerUnknownTypeError(schema);
        return yield* FromKind3(schema_, references_, value);
    }
  }
  const state = {
    language: "javascript",
    // target language
    functions: /* @__PURE__ */ new Map(),
    // local functions
    variables: /* @__PURE__ */ new Map(),
    // local variables
    instances: /* @__PURE__ */ new Map()
    // exterior kind instances
  };
  function CreateExpression(schema, references, value, useHoisting = true) {
    return `(${[...Visit7(schema, references, value, useHoisting)].join(" && ")})`;
  }
  function CreateFunctionName($id) {
    return `check_${Identifier.Encode($id)}`;
  }
  function CreateVariable(expression) {
    const variableName = `local_${state.variables.size}`;
    state.variables.set(variableName, `const ${variableName} = ${expression}`);
    return variableName;
  }
  function CreateFunction(name, schema, references, value, useHoisting = true) {
    const [newline, pad] = ["\n", (length) => "".padStart(length, " ")];
    const parameter = CreateParameter("value", "any");
    const returns = CreateReturns("boolean");
    const expression = [...Visit7(schema, references, value, useHoisting)].map((expression2) => `${pad(4)}${expression2}`).join(` &&${newline}`);
    return `function ${name}(${parameter})${returns} {${newline}${pad(2)}return (${newline}${expression}${newline}${pad(2)})
}`;
  }
  function CreateParameter(name, type) {
    const annotation = state.language === "typescript" ? `: ${type}` : "";
    return `${name}${annotation}`;
  }
  function CreateReturns(type) {
    return state.language === "typescript" ? `: ${type}` : "";
  }
  function Build(schema, references, options) {
    const functionCode = CreateFunction("check", schema, references, "value");
    const parameter = CreateParameter("value", "any");
    const returns = CreateReturns("boolean");
    const functions = [...state.functions.values()];
    const variables = [...state.variables.values()];
    const checkFunction = IsString(schema.$id) ? `return function check(${parameter})${returns} {
  return ${CreateFunctionName(schema.$id)}(value)
}` : `return ${functionCode}`;
    return [...variables, ...functions, checkFunction].join("\n");
  }
  function Code(...args) {
    const defaults = { language: "javascript" };
    const [schema, references, options] = args.length === 2 && IsArray(args[1]) ? [args[0], args[1], defaults] : args.length === 2 && !IsArray(args[1]) ? [args[0], [], args[1]] : args.length === 3 ? [args[0], args[1], args[2]] : args.length === 1 ? [args[0], [], defaults] : [null, [], defaults];
    state.language = options.language;
    state.variables.clear();
    state.functions.clear();
    state.instances.clear();
    if (!IsSchema2(schema))
      throw new TypeCompilerTypeGuardError(schema);
    for (const schema2 of references)
      if (!IsSchema2(schema2))
        throw new TypeCompilerTypeGuardError(schema2);
    return Build(schema, references, options);
  }
  TypeCompiler2.Code = Code;
  function Compile(schema, references = []) {
    const generatedCode = Code(schema, references, { language: "javascript" });
    const compiledFunction = Evaluate("kind", "format", "hash", generatedCode);
    const instances = new Map(state.instances);
    function typeRegistryFunction(kind, instance, value) {
      if (!type_exports.Has(kind) || !instances.has(instance))
        return false;
      const checkFunc = type_exports.Get(kind);
      const schema2 = instances.get(instance);
      return checkFunc(schema2, value);
    }
    function formatRegistryFunction(format, value) {
      if (!format_exports.Has(format))
        return false;
      const checkFunc = format_exports.Get(format);
      return checkFunc(value);
    }
    function hashFunction(value) {
      return Hash(value);
    }
    const checkFunction = compiledFunction(typeRegistryFunction, formatRegistryFunction, hashFunction);
    return new TypeCheck(schema, references, checkFunction, generatedCode);
  }
  TypeCompiler2.Compile = Compile;
})(TypeCompiler || (TypeCompiler = {}));

// src/party/protocol.ts
var Id = Type.String({ minLength: 1, maxLength: 64, pattern: "^[A-Za-z0-9._:-]+$" });
var Name = Type.String({ minLength: 1, maxLength: 64 });
var Hex64 = Type.String({ pattern: "^[0-9a-f]{64}$" });
var Identity = Type.String({ pattern: "^[0-9a-f]{128}$" });
var Epoch = Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER });
var Threshold = Type.Integer({ minimum: 2, maximum: 32 });
var Suite = Type.String({ maxLength: 32 });
var Tags = Type.Record(Type.String({ maxLength: 64 }), Type.String({ maxLength: 256 }), { maxProperties: 32 });
var loose = Type.Unknown();
var ParticipantSchema = Type.Object({
  identity: Identity,
  identifier: Hex64,
  kem: Type.Optional(Type.Object({ kem: Type.String({ maxLength: 2048 }), sig: Type.String({ maxLength: 128 }) }))
});
var Participants = Type.Array(ParticipantSchema, { minItems: 1, maxItems: 32 });
var HttpProofSchema = Type.Object({
  method: Type.String({ maxLength: 8 }),
  path: Type.String({ maxLength: 2048 }),
  body: Type.String({ maxLength: 256 * 1024 }),
  principal: Name,
  timestamp: Type.Integer({ minimum: 0 }),
  nonce: Type.String({ maxLength: 128 }),
  signature: Type.String({ maxLength: 128 })
});
var ApprovalSchema = Type.Object({ approverName: Name, signature: Type.String({ maxLength: 4096 }) });
var GovProofSchema = Type.Object({
  action: Type.Record(Type.String(), loose),
  http: HttpProofSchema,
  quorum: Type.Optional(
    Type.Object({
      id: Type.String({ maxLength: 64 }),
      kind: Type.String({ maxLength: 64 }),
      principal: Name,
      key: Type.Union([Type.String({ maxLength: 64 }), Type.Null()]),
      createdAt: Type.String({ maxLength: 40 }),
      approvals: Type.Array(ApprovalSchema, { maxItems: 100 })
    })
  )
});
var Proof = Type.Optional(GovProofSchema);
var EnvelopeSchema = Type.Object({
  v: Type.Literal(1),
  type: Type.String({ maxLength: 128 }),
  from: Identity,
  to: Identity,
  session: Type.String({ maxLength: 128 }),
  ts: Type.Integer({ minimum: 0 }),
  body: loose,
  sig: Type.String({ maxLength: 100 })
});
var Receipts = Type.Array(EnvelopeSchema, { maxItems: 32 });
var SignContextSchema = Type.Object({
  id: Type.String({ pattern: "^[0-9a-f-]{36}$" }),
  kind: Type.String({ maxLength: 64 }),
  principal: Type.Object({
    id: Type.String({ maxLength: 64 }),
    name: Type.String({ maxLength: 128 }),
    role: Type.String({ maxLength: 16 }),
    kind: Type.Union([Type.Literal("api"), Type.Literal("local")]),
    tags: Tags
  }),
  keyName: Type.String({ maxLength: 300 }),
  payload: Type.String({ maxLength: 512 * 1024 }),
  createdAt: Type.String({ maxLength: 40 }),
  digest: Hex64,
  approvals: Type.Array(ApprovalSchema, { maxItems: 100 })
});
var VetoSchema = Type.Union([
  Type.Object({ kind: Type.Literal("cancel"), requestId: Type.String({ pattern: "^[0-9a-f-]{36}$" }), http: HttpProofSchema }),
  Type.Object({
    kind: Type.Literal("reject"),
    requestId: Type.String({ pattern: "^[0-9a-f-]{36}$" }),
    digest: Hex64,
    principal: Name,
    signature: Type.String({ maxLength: 4096 })
  })
]);
var GovPrincipal = Type.Object({
  name: Name,
  role: Type.String({ maxLength: 16 }),
  publicKey: Type.String({ maxLength: 4096 }),
  state: Type.String({ maxLength: 16 }),
  tags: Tags,
  proof: Proof
});
var KemAnnouncement = Type.Object({ kem: Type.String({ maxLength: 2048 }), sig: Type.String({ maxLength: 128 }) });
var GovParty = Type.Object({
  name: Name,
  identity: Identity,
  state: Type.Union([Type.Literal("active"), Type.Literal("removed")]),
  proof: Proof,
  kem: Type.Optional(KemAnnouncement)
});
var GovSyncSchema = Type.Object({
  principals: Type.Array(GovPrincipal, { maxItems: 1e4 }),
  lists: Type.Record(Type.String({ maxLength: 64 }), Type.Array(Type.String({ maxLength: 512 }), { maxItems: 1e5 })),
  listProofs: Type.Record(Type.String({ maxLength: 64 }), Proof),
  policy: Type.Union([Type.String({ maxLength: 1024 * 1024 }), Type.Null()]),
  policyProof: Proof,
  parties: Type.Array(GovParty, { maxItems: 256 }),
  destroyed: Type.Array(Type.Object({ name: Name, proof: GovProofSchema }), { maxItems: 1e4 })
});
var KeyEpoch = { keyId: Id, epoch: Epoch, digest: Hex64 };
var PARTY_MESSAGES = {
  status: Type.Object({}),
  pair: Type.Composite([Type.Object({ name: Type.Optional(Name) }), GovSyncSchema]),
  "gov.sync": GovSyncSchema,
  "dkg.1": Type.Object({ session: Id, keyId: Id, suite: Suite, min: Threshold, participants: Participants }),
  "dkg.2": Type.Object({ session: Id, round1: Type.Array(loose, { maxItems: 32 }) }),
  "dkg.3": Type.Object({
    session: Id,
    keyName: Name,
    tags: Tags,
    allowRaw: Type.Optional(Type.Boolean()),
    round1: Type.Array(loose, { maxItems: 32 }),
    shares: Type.Record(Type.String({ maxLength: 64 }), Type.String({ maxLength: 8192 }))
  }),
  "key.commit": Type.Object({ ...KeyEpoch, receipts: Type.Optional(Receipts) }),
  "key.public": Type.Object(KeyEpoch),
  "key.retire": Type.Object({ keyId: Id, epoch: Epoch, digest: Hex64, proof: GovProofSchema, receipts: Receipts }),
  "reshare.deal": Type.Object({
    session: Id,
    ...KeyEpoch,
    dealers: Type.Array(Hex64, { minItems: 1, maxItems: 32 }),
    min: Threshold,
    participants: Participants,
    proof: GovProofSchema
  }),
  "reshare.receive": Type.Object({
    session: Id,
    keyId: Id,
    keyName: Name,
    suite: Suite,
    epoch: Type.Integer({ minimum: 2, maximum: Number.MAX_SAFE_INTEGER }),
    min: Threshold,
    oldPublic: loose,
    participants: Participants,
    dealings: Type.Array(Type.Object({ dealer: Hex64, identity: Identity, public: loose, share: Type.String({ maxLength: 8192 }) }), { minItems: 1, maxItems: 32 }),
    proof: GovProofSchema,
    tags: Type.Optional(Tags),
    allowRaw: Type.Optional(Type.Boolean())
  }),
  "sign.1": Type.Object({ session: Id, ...KeyEpoch, receipts: Type.Optional(Receipts) }),
  "sign.pre": Type.Object({ ...KeyEpoch, count: Type.Integer({ minimum: 1, maximum: 64 }), receipts: Type.Optional(Receipts) }),
  "sign.2": Type.Object({
    session: Id,
    ...KeyEpoch,
    nonce: Type.Optional(Id),
    commitments: Type.Array(loose, { minItems: 1, maxItems: 32 }),
    message: Type.String({ pattern: "^([0-9a-fA-F]{2})*$", maxLength: 256 * 1024 }),
    request: SignContextSchema,
    receipts: Type.Optional(Receipts)
  }),
  "safe.owner": Type.Object({ keyId: Id, keyName: Name, tags: Tags }),
  "safe.bind": Type.Object({
    keyId: Id,
    safe: Type.String({ pattern: "^0x[0-9a-fA-F]{40}$" }),
    chainId: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }),
    owners: Type.Array(Type.String({ pattern: "^0x[0-9a-fA-F]{40}$" }), { minItems: 1, maxItems: 32 }),
    threshold: Type.Integer({ minimum: 1, maximum: 32 })
  }),
  "safe.sign": Type.Object({ keyId: Id, hash: Type.String({ pattern: "^0x[0-9a-f]{64}$" }), request: SignContextSchema }),
  "request.seen": Type.Object({ request: SignContextSchema }),
  "request.veto": VetoSchema
};
var compiled = /* @__PURE__ */ new Map();
function checker(type) {
  let c = compiled.get(type);
  if (!c) compiled.set(type, c = TypeCompiler.Compile(PARTY_MESSAGES[type]));
  return c;
}
function isPartyMessage(type) {
  return Object.hasOwn(PARTY_MESSAGES, type);
}
function checkBody(type, body) {
  const c = checker(type);
  if (c.Check(body)) return body;
  const first = c.Errors(body).First();
  const field = first?.path.replace(/^\//, "").replace(/\//g, ".") || "body";
  throw badInput(`${type}: ${field}: ${first?.message ?? "invalid"}`.slice(0, 300), { field });
}
function checkVeto(body) {
  return checkBody("request.veto", body);
}

// src/party/authority.ts
var SHARE_PROOF_MAX_AGE_MS = 24 * 36e5 + 12e4;
var refuse = (why, details = {}) => new CustosError("E_PARTY_REFUSED", `party refuses: ${why}`, details);
var PartyAuthority = class {
  constructor(inst, vault, selfId, adminApprovals, acceptPasskeys = false) {
    this.inst = inst;
    this.vault = vault;
    this.selfId = selfId;
    this.adminApprovals = adminApprovals;
    this.acceptPasskeys = acceptPasskeys;
  }
  inst;
  vault;
  selfId;
  adminApprovals;
  acceptPasskeys;
  /** The party's own registry of party identities. */
  async peers(repo) {
    const out = /* @__PURE__ */ new Map();
    for (const r of await this.vault.list(repo, "peer")) if (r.state === "active") out.set(r.value.name, r.value.identity);
    return out;
  }
  /** Pinned KEM announcements by party identity (what hybrid sealing to and from a peer relies on, not the coordinator's list). */
  async kems(repo) {
    const out = /* @__PURE__ */ new Map();
    for (const r of await this.vault.list(repo, "peer")) if (r.value.kem) out.set(r.value.identity, r.value.kem);
    return out;
  }
  /** Every participant must be a registered party (or this party itself). */
  async requireRegistered(repo, participants) {
    const known = new Set((await this.peers(repo)).values());
    for (const p of participants) {
      if (p.identity !== this.selfId() && !known.has(p.identity)) {
        throw refuse(`participant ${p.identity.slice(0, 16)}\u2026 is not a party an admin registered on this party's registry`);
      }
    }
  }
  /** Verify an admin's proof for `action` under this party's own principals and admin quorum. */
  async verify(repo, action, proof, opts = {}) {
    if (canonicalJson(proof.action) !== canonicalJson(action))
      throw refuse(
        `the admin's signed request is for another change (${String(proof.action?.action).slice(0, 32)} ${String(proof.action?.name).slice(0, 64)})`
      );
    return verifyGovProof(this.inst, repo, action, proof, await this.adminApprovals(repo), { ...opts, passkeys: this.acceptPasskeys });
  }
  /**
   * Authority for a reshare or refresh of `share`'s key to `participants`
   * with threshold `min`: returns the proof's action. `share` is this
   * party's current share (dealers and old parties) or null (a new party).
   */
  async shareChange(repo, keyName, share, proof, participants, min, suite) {
    const action = proof.action;
    if (action.action !== "key.reshare" && action.action !== "key.refresh" || action.name !== keyName) {
      throw refuse(
        `a reshare of key "${keyName}" needs an admin's key.reshare or key.refresh of that key; the proof is ${String(action.action).slice(0, 32)} of "${String(action.name).slice(0, 64)}"`
      );
    }
    await this.verify(repo, action, proof, { maxAgeMs: SHARE_PROOF_MAX_AGE_MS });
    const got = new Set(participants.map((p) => p.identifier));
    if (got.size !== participants.length) throw refuse("a participant is named twice");
    for (const p of participants)
      if (p.identifier !== identifierFor(suite, p.identity)) throw refuse("a participant identifier does not belong to its identity");
    let expected = null;
    if (action.action === "key.reshare" && action.parties) {
      const peers = await this.peers(repo);
      expected = new Set(
        action.parties.map((n) => {
          const id = peers.get(n);
          if (!id) throw refuse(`the approved reshare names party "${n.slice(0, 64)}", which is not in this party's registry`);
          return identifierFor(suite, id);
        })
      );
    } else if (share) {
      expected = new Set(Object.keys(share.public.verifyingShares));
    }
    if (expected && (expected.size !== got.size || [...expected].some((x) => !got.has(x)))) {
      throw refuse("the new participants are not the parties the admin approved");
    }
    const wantMin = action.action === "key.reshare" && action.threshold !== void 0 ? action.threshold : share?.public.signers.min;
    if (wantMin !== void 0 && wantMin !== min) throw refuse(`the new threshold ${min} is not the approved ${wantMin}`);
    await this.requireRegistered(repo, participants);
    return action;
  }
  /**
   * Use a share-changing proof once per role at this party: a dealer deals,
   * a new party receives, once for each admin-approved change (the quorum's
   * request id when there is one, else the proposer's signed request). A
   * replay, in another session or the same one, is refused: a coordinator
   * cannot make a party hold two different dealings of one approved change.
   */
  async consume(repo, proof, role, session) {
    const id = `${role}:${proof.quorum?.id ?? `${proof.http.principal}:${proof.http.nonce}`}`;
    if (!await this.vault.insert(repo, "gov-used", id, "active", { session }))
      throw refuse(`this admin-approved change was already used here (${role}): a replay`);
  }
  /**
   * Count receipts: distinct new parties (identifiers in `identifiers`) whose
   * signed `reshare.receive.ok` says they hold, from session `at.session`,
   * epoch `at.epoch` of key `at.keyId` with package `digest` of `groupKey`.
   * Refuses unless at least `min` verify.
   */
  requireReceipts(receipts, suite, identifiers, min, digest, groupKey, at) {
    const ok = /* @__PURE__ */ new Set();
    for (const r of (receipts ?? []).slice(0, 32)) {
      const body = r.body;
      if (r.type !== "reshare.receive.ok" || body?.digest !== digest || body.groupKey !== groupKey || body.keyId !== at.keyId || body.epoch !== at.epoch)
        continue;
      if (at.session === void 0 || r.session !== at.session) continue;
      let id;
      try {
        id = identifierFor(suite, r.from);
      } catch {
        continue;
      }
      if (!identifiers.has(id) || ok.has(id) || !verifyRelayedEnvelope(r, r.from)) continue;
      ok.add(id);
    }
    if (ok.size < min) throw refuse(`the new epoch needs receipts from ${min} of its parties that they hold it; ${ok.size} verify`);
  }
};

// src/party/gov-sync.ts
async function applyGovSync(node, b, trustAll) {
  const s = node.services;
  const actor = { id: "coordinator", name: node.actorName, role: "admin", kind: "local", tags: {} };
  const rejected = [];
  const destroyed = [];
  await node.inst.store.tx(async (repo) => {
    const adminApprovals = (await s.policies.current(repo)).policy.adminApprovals;
    const proven = async (key, fallback, proof) => {
      if (trustAll) {
        if (proof?.http && Number.isSafeInteger(proof.http.timestamp))
          await node.vault.put(repo, "gov-applied", key, "active", { timestamp: proof.http.timestamp, nonce: proof.http.nonce });
        return fallback;
      }
      try {
        const action = proof?.action ?? fallback;
        if (govKey(action) !== key) throw new CustosError("E_PARTY_REFUSED", "the proof is for another record");
        const ts = await verifyGovProof(node.inst, repo, action, proof, adminApprovals, { passkeys: node.services.acceptPasskeyApprovals });
        const applied = await node.vault.get(repo, "gov-applied", key);
        if (applied && (applied.value.timestamp > ts || applied.value.nonce === proof?.http.nonce))
          throw new CustosError("E_PARTY_REFUSED", "an older change than the one in force (replay)");
        await node.vault.put(repo, "gov-applied", key, "active", { timestamp: ts, nonce: proof?.http.nonce });
        return action;
      } catch (e) {
        rejected.push({ change: key, reason: isCustosError(e) ? e.message : "invalid" });
        return null;
      }
    };
    for (const o of b.principals) {
      const existing = await repo.access.principalByName(o.name);
      if (!existing && o.state === "active") {
        const a = await proven(
          `principal:${o.name}`,
          { action: "principal.create", name: o.name, role: o.role, publicKey: o.publicKey, tags: o.tags },
          o.proof
        );
        if (a?.action === "principal.create")
          await s.principals.createIn(repo, { name: a.name, role: a.role, publicKey: a.publicKey, tags: a.tags ?? {} }, actor);
        await passkeyRegistered(node, repo, o, actor.name, rejected);
      } else if (existing && existing.state === "active" && o.state === "active" && existing.publicKey !== o.publicKey) {
        await passkeyRegistered(node, repo, o, actor.name, rejected);
      } else if (existing && existing.state === "active" && o.state === "revoked") {
        const a = await proven(`principal:${o.name}`, { action: "principal.revoke", name: o.name }, o.proof);
        if (a?.action !== "principal.revoke") continue;
        await repo.access.updatePrincipal(
          node.inst.records.sign("principals", { ...existing, state: "revoked", updatedAt: (/* @__PURE__ */ new Date()).toISOString() })
        );
        await appendEvent(repo, { actor: actor.name, action: "principal.revoke", subject: `principal/${o.name}`, details: {} });
      } else if (!existing && o.state === "revoked" && trustAll && o.proof) {
        await proven(`principal:${o.name}`, { action: "principal.revoke", name: o.name }, o.proof);
      }
    }
    for (const [name, values] of Object.entries(b.lists)) {
      const current = await repo.access.listValues(name);
      if (canonicalJson([...current].sort()) === canonicalJson([...values].sort())) continue;
      const a = await proven(`list:${name}`, { action: "list.set", name, values }, b.listProofs[name]);
      if (a?.action === "list.set") await s.policies.setListIn(repo, a.name, a.values, actor);
    }
    if (typeof b.policy === "string") {
      const cur = await s.policies.current(repo);
      if (cur.version === 0 || cur.policy.digest !== parsePolicy(b.policy).digest) {
        const a = await proven("policy", { action: "policy.set", source: b.policy }, b.policyProof);
        if (a?.action === "policy.set") await s.policies.setIn(repo, a.source, actor);
      }
    }
    for (const p of b.parties) await syncPeer(node, repo, p, proven, actor.name);
    for (const d of b.destroyed) {
      if (!await node.holdsKey(repo, d.name)) continue;
      const a = await proven(`destroy:${d.name}`, { action: "key.destroy", name: d.name }, d.proof);
      if (a?.action === "key.destroy") destroyed.push(a.name);
    }
    if (rejected.length) await appendEvent(repo, { actor: actor.name, action: "gov.refuse", subject: "party/governance", details: { rejected } });
  });
  for (const name of destroyed) await node.destroyShares(name);
  return { policyVersion: (await s.policies.current(node.inst.store.read)).version, rejected };
}
async function passkeyRegistered(node, repo, o, actor, rejected) {
  const current = await repo.access.principalByName(o.name);
  if (!current || current.publicKey === o.publicKey) return;
  node.inst.records.verify("principals", current);
  const have = principalKey(current.publicKey);
  const next = principalKey(o.publicKey);
  if (have.type !== "passkey-pending" || next.type !== "passkey" || !verifyRegistration(have.regKey, o.name, next.credential)) {
    rejected.push({ change: `principal:${o.name}`, reason: "a key change that is not the registration of its pending passkey" });
    return;
  }
  const updated = node.inst.records.sign("principals", { ...current, publicKey: o.publicKey, updatedAt: (/* @__PURE__ */ new Date()).toISOString() });
  if (await repo.access.setPrincipalKey(updated, current.publicKey) !== 1) return;
  const c = next.credential;
  await appendEvent(repo, {
    actor,
    action: "passkey.register",
    subject: `principal/${o.name}`,
    details: { credentialId: c.id, alg: c.alg, rpId: c.rpId, origin: c.origin, via: "coordinator" }
  });
}
function pinnable(identity, kem) {
  if (!kem) return void 0;
  try {
    verifyKemKey(identity, kem);
    return kem;
  } catch {
    return void 0;
  }
}
async function syncPeer(node, repo, p, proven, actor) {
  const key = `party:${p.name}`;
  const existing = await node.vault.get(repo, "peer", p.name);
  if (p.state === "removed") {
    if (existing?.state === "active") {
      await node.vault.put(repo, "peer", p.name, "removed", existing.value);
      await appendEvent(repo, { actor, action: "party.peer.remove", subject: `party/${p.name}`, details: { identity: existing.value.identity } });
    }
    return;
  }
  const kem = pinnable(p.identity, p.kem) ?? (existing?.value.identity === p.identity ? existing.value.kem : void 0);
  if (existing?.state === "active" && existing.value.identity === p.identity) {
    if (kem && !existing.value.kem) await node.vault.put(repo, "peer", p.name, "active", { ...existing.value, kem });
    return;
  }
  const proof = p.proof;
  const a = await proven(key, proof?.action ?? { action: "party.add", name: p.name, url: "", identity: p.identity }, proof);
  if (a?.action !== "party.add" || a.identity !== p.identity) return;
  await node.vault.put(repo, "peer", p.name, "active", { name: p.name, identity: p.identity, ...kem ? { kem } : {} });
  await appendEvent(repo, { actor, action: "party.peer.add", subject: `party/${p.name}`, details: { identity: p.identity } });
}

// src/threshold/reshare.ts
function engine(suite) {
  const s = frostSuite(suite);
  const base = s.name === "frost-ed25519" ? { frost: ed25519_FROST, Point: ed25519.Point } : { frost: secp256k1_FROST, Point: secp256k1.Point };
  return { ...base, Fn: base.frost.utils.Fn, assertElement: s.assertElement };
}
var reason = (e) => e instanceof Error ? e.message : String(e);
var invalidDealing = (dealer, why, cause) => new CustosError("E_INVALID_SHARE", `participant ${dealer} sent an invalid reshare dealing: ${why}`, { participant: dealer, reason: why }, { cause });
var isRecord = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function parseId(E, id, field) {
  if (typeof id !== "string" || id.length !== 2 * E.Fn.BYTES || !/^[0-9a-f]*$/.test(id)) {
    throw badInput(`${field}: not a canonical identifier`, { field, participant: typeof id === "string" ? id : void 0 });
  }
  let n;
  try {
    n = E.Fn.fromBytes(Uint8Array.from(Buffer.from(id, "hex")));
  } catch (e) {
    throw badInput(`${field}: not a canonical identifier`, { field, participant: id, reason: reason(e) }, { cause: e });
  }
  if (E.Fn.is0(n) || toHex(E.Fn.toBytes(n)) !== id) throw badInput(`${field}: not a canonical identifier`, { field, participant: id });
  return n;
}
function parseIdList(E, ids, field) {
  if (!Array.isArray(ids)) throw badInput(`${field} must be an array of identifiers`, { field });
  const seen = /* @__PURE__ */ new Set();
  return ids.map((id) => {
    const n = parseId(E, id, field);
    if (seen.has(id)) throw badInput(`${field}: duplicate identifier ${String(id)}`, { field, participant: id });
    seen.add(id);
    return n;
  });
}
function checkSigners(s, field) {
  if (!isRecord(s)) throw badInput(`${field} must be { min, max }`, { field });
  const { min, max } = s;
  if (typeof min !== "number" || typeof max !== "number" || !Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min < 2 || min > max) {
    throw badInput(`${field}: need integers 2 <= min <= max, got min=${String(min)} max=${String(max)}`, { field, min, max });
  }
  return { min, max };
}
function checkPublicShape(pub, field) {
  if (!isRecord(pub) || !Array.isArray(pub.commitments) || !isRecord(pub.verifyingShares) || !isRecord(pub.signers)) {
    throw badInput(`${field} is not a FROST public package`, { field });
  }
  return pub;
}
function decodePoint(E, bytes) {
  if (!(bytes instanceof Uint8Array)) throw new Error("element is not bytes");
  E.assertElement(bytes);
  const p = E.Point.fromBytes(bytes);
  if (p.is0() || !equalBytes(p.toBytes(), bytes)) throw new Error("non-canonical element encoding");
  return p;
}
function lagrangeAtZero(Fn, xs, xi) {
  let num = Fn.ONE;
  let den = Fn.ONE;
  for (const x of xs) {
    if (Fn.eql(x, xi)) continue;
    num = Fn.mul(num, x);
    den = Fn.mul(den, Fn.sub(x, xi));
  }
  return Fn.div(num, den);
}
function vssEval(commitments, x) {
  let acc = commitments[commitments.length - 1];
  for (let k = commitments.length - 2; k >= 0; k--) acc = acc.multiplyUnsafe(x).add(commitments[k]);
  return acc;
}
function checkDealers(E, dealers, oldPub, min) {
  const xs = parseIdList(E, dealers, "dealers");
  for (const d of dealers) {
    if (!Object.hasOwn(oldPub.verifyingShares, d)) throw badInput(`dealer ${d} is not in this key set`, { field: "dealers", participant: d });
  }
  if (xs.length < min) throw badInput(`need at least ${min} dealers (the old threshold), got ${xs.length}`, { field: "dealers", min, got: xs.length });
  return xs;
}
function reshareDeal(suite, key, dealers, newSigners, newIds, rng) {
  const E = engine(suite);
  const { Fn } = E;
  if (!isRecord(key) || !isRecord(key.secret)) throw badInput("key is not a FROST key package", { field: "key" });
  const pub = checkPublicShape(key.public, "key.public");
  const oldSigners = checkSigners(pub.signers, "key.public.signers");
  const me = key.secret.identifier;
  const meN = parseId(E, me, "key.secret.identifier");
  const share = key.secret.signingShare;
  if (!(share instanceof Uint8Array) || share.length !== Fn.BYTES) throw badInput("key.secret.signingShare is malformed", { field: "key.secret.signingShare" });
  const xs = checkDealers(E, dealers, pub, oldSigners.min);
  if (!dealers.includes(me)) throw badInput(`the dealer set must include this participant (${me})`, { field: "dealers", participant: me });
  const signers = checkSigners(newSigners, "newSigners");
  parseIdList(E, newIds, "newIds");
  if (newIds.length !== signers.max)
    throw badInput(`newIds must list exactly newSigners.max = ${signers.max} identifiers, got ${newIds.length}`, { field: "newIds" });
  let s;
  try {
    E.frost.validateSecret({ identifier: me, signingShare: share }, pub);
    s = Fn.fromBytes(share);
    if (!decodePoint(E, pub.verifyingShares[me]).equals(E.Point.BASE.multiply(s))) throw new Error("verifying share does not match the signing share");
  } catch (e) {
    throw badInput("key package is inconsistent", { field: "key", participant: me, reason: reason(e) }, { cause: e });
  }
  const aBytes = Fn.toBytes(Fn.mul(lagrangeAtZero(Fn, xs, meN), s));
  let dealt;
  try {
    dealt = E.frost.trustedDealer({ min: signers.min, max: signers.max }, [...newIds], aBytes, rng);
  } catch (e) {
    throw badInput(`reshare deal: ${reason(e)}`, { op: "reshare deal", participant: me }, { cause: e });
  } finally {
    aBytes.fill(0);
  }
  const shares = {};
  for (const id of newIds) shares[id] = dealt.secretShares[id].signingShare;
  return {
    dealer: me,
    public: {
      signers: { min: signers.min, max: signers.max },
      commitments: dealt.public.commitments,
      verifyingShares: dealt.public.verifyingShares
    },
    shares
  };
}
function reshareCombine(suite, me, oldPub, dealers, newSigners, newIds, dealings, received) {
  const E = engine(suite);
  const { Fn, Point } = E;
  const old = checkPublicShape(oldPub, "oldPub");
  const oldSigners = checkSigners(old.signers, "oldPub.signers");
  const signers = checkSigners(newSigners, "newSigners");
  const idNums = parseIdList(E, newIds, "newIds");
  if (newIds.length !== signers.max)
    throw badInput(`newIds must list exactly newSigners.max = ${signers.max} identifiers, got ${newIds.length}`, { field: "newIds" });
  parseId(E, me, "me");
  if (!newIds.includes(me)) throw badInput(`participant ${me} is not in newIds`, { field: "me", participant: me });
  const xs = checkDealers(E, dealers, old, oldSigners.min);
  let groupKey;
  try {
    groupKey = decodePoint(E, old.commitments[0]);
  } catch (e) {
    throw badInput("oldPub has no valid group key", { field: "oldPub.commitments", reason: reason(e) }, { cause: e });
  }
  if (!Array.isArray(dealings)) throw badInput("dealings must be an array", { field: "dealings" });
  const byDealer = /* @__PURE__ */ new Map();
  for (const d of dealings) {
    const dealer = isRecord(d) ? d.dealer : void 0;
    if (typeof dealer !== "string" || !dealers.includes(dealer))
      throw badInput(`dealing from ${String(dealer)}, who is not a dealer`, { field: "dealings", participant: dealer });
    if (byDealer.has(dealer)) throw badInput(`two dealings from dealer ${dealer}`, { field: "dealings", participant: dealer });
    byDealer.set(dealer, d.public);
  }
  if (!isRecord(received)) throw badInput("received must map dealer -> share", { field: "received" });
  for (const d of dealers) {
    if (!byDealer.has(d)) throw badInput(`no dealing from dealer ${d}`, { field: "dealings", participant: d });
    if (!Object.hasOwn(received, d)) throw badInput(`no share received from dealer ${d}`, { field: "received", participant: d });
  }
  for (const d of Object.keys(received)) {
    if (!dealers.includes(d)) throw badInput(`share from ${d}, who is not a dealer`, { field: "received", participant: d });
  }
  let sumShare = Fn.ZERO;
  const sumC = Array.from({ length: signers.min }, () => Point.ZERO);
  const sumVS = new Map(newIds.map((id) => [id, Point.ZERO]));
  dealers.forEach((dealer, i) => {
    let Y;
    try {
      Y = decodePoint(E, old.verifyingShares[dealer]);
    } catch (e) {
      throw badInput(
        `oldPub has an invalid verifying share for ${dealer}`,
        { field: "oldPub.verifyingShares", participant: dealer, reason: reason(e) },
        { cause: e }
      );
    }
    const pub = byDealer.get(dealer);
    if (!isRecord(pub) || !isRecord(pub.signers) || !Array.isArray(pub.commitments) || !isRecord(pub.verifyingShares)) {
      throw invalidDealing(dealer, "not a FROST public package");
    }
    if (pub.signers.min !== signers.min || pub.signers.max !== signers.max) throw invalidDealing(dealer, "signers differ from newSigners");
    if (pub.commitments.length !== signers.min) throw invalidDealing(dealer, `expected ${signers.min} commitments, got ${pub.commitments.length}`);
    const C = pub.commitments.map((c, k) => {
      try {
        return decodePoint(E, c);
      } catch (e) {
        throw invalidDealing(dealer, `commitment ${k}: ${reason(e)}`, e);
      }
    });
    if (!C[0].equals(Y.multiplyUnsafe(lagrangeAtZero(Fn, xs, xs[i])))) {
      throw invalidDealing(dealer, "commitments[0] is not its Lagrange-weighted old verifying share");
    }
    const pvs = pub.verifyingShares;
    if (Object.keys(pvs).length !== newIds.length) throw invalidDealing(dealer, "verifyingShares do not cover exactly newIds");
    const VS = /* @__PURE__ */ new Map();
    newIds.forEach((id, j) => {
      if (!Object.hasOwn(pvs, id)) throw invalidDealing(dealer, `no verifying share for ${id}`);
      let V;
      try {
        V = decodePoint(E, pvs[id]);
      } catch (e) {
        throw invalidDealing(dealer, `verifying share for ${id}: ${reason(e)}`, e);
      }
      if (!V.equals(vssEval(C, idNums[j]))) throw invalidDealing(dealer, `verifying share for ${id} does not match its commitments`);
      VS.set(id, V);
    });
    const share = received[dealer];
    if (!(share instanceof Uint8Array) || share.length !== Fn.BYTES) throw invalidDealing(dealer, "malformed share");
    try {
      E.frost.validateSecret({ identifier: me, signingShare: share }, pub);
    } catch (e) {
      throw invalidDealing(dealer, `share for ${me} does not match its commitments`, e);
    }
    sumShare = Fn.add(sumShare, Fn.fromBytes(share));
    C.forEach((c, k) => sumC[k] = sumC[k].add(c));
    for (const [id, V] of VS) sumVS.set(id, sumVS.get(id).add(V));
  });
  if (!sumC[0].equals(groupKey)) {
    throw badInput("group key would change: oldPub verifying shares are inconsistent with its group key", { field: "oldPub" });
  }
  if (Fn.is0(sumShare) || sumC.some((p) => p.is0()) || [...sumVS.values()].some((p) => p.is0())) {
    throw badInput("resharing produced a degenerate key package (identity element or zero share); run it again", { field: "dealings" });
  }
  if (!sumVS.get(me).equals(Point.BASE.multiply(sumShare))) {
    throw new CustosError("E_INTERNAL", "combined share does not match the combined verifying share", { participant: me });
  }
  const verifyingShares = {};
  for (const id of newIds) verifyingShares[id] = sumVS.get(id).toBytes();
  const tmp = Fn.toBytes(sumShare);
  const signingShare = Uint8Array.from(tmp);
  tmp.fill(0);
  return {
    secret: { identifier: me, signingShare },
    public: {
      signers: { min: signers.min, max: signers.max },
      commitments: sumC.map((p) => p.toBytes()),
      verifyingShares
    }
  };
}
var DIGEST_TAG = utf8("custos/frost-public-package/v1");
function publicPackageDigest(pub) {
  const p = checkPublicShape(pub, "pub");
  const { min, max } = p.signers;
  if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min < 0 || max < 0 || min > 4294967295 || max > 4294967295) {
    throw badInput("pub.signers is malformed", { field: "pub.signers" });
  }
  const parts = [DIGEST_TAG];
  const u32 = (n) => {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, n, false);
    parts.push(b);
  };
  const bytes = (b, field) => {
    if (!(b instanceof Uint8Array)) throw badInput(`${field} must be bytes`, { field });
    u32(b.length);
    parts.push(b);
  };
  u32(min);
  u32(max);
  u32(p.commitments.length);
  p.commitments.forEach((c, k) => bytes(c, `pub.commitments[${k}]`));
  const ids = Object.keys(p.verifyingShares).sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  u32(ids.length);
  for (const id of ids) {
    if (!/^(?:[0-9a-f]{2})+$/.test(id)) throw badInput(`pub.verifyingShares: identifier ${id} is not lowercase hex`, { field: "pub.verifyingShares" });
    bytes(utf8(id), "identifier");
    bytes(p.verifyingShares[id], `pub.verifyingShares[${id}]`);
  }
  return toHex(sha256(concatBytes(...parts)));
}

// src/party/fault.ts
var FAULTS = ["corrupt-share", "crash-after-consume", "crash-in-reshare"];
function partyFault(env = process.env) {
  if (env.CUSTOS_TEST !== "1") return null;
  const f = env.CUSTOS_PARTY_FAULT;
  return f !== void 0 && FAULTS.includes(f) ? f : null;
}

// src/party/keygen.ts
var SESSION_TTL_MS = 12e4;
function checkParticipants(ps, suite) {
  const seen = /* @__PURE__ */ new Set();
  ps.forEach((p, i) => {
    if (p.identifier !== identifierFor(suite, p.identity))
      throw badInput(`participants[${i}]: identifier does not belong to its identity`, { field: `participants[${i}]` });
    if (seen.has(p.identity)) throw badInput(`participants[${i}]: named twice`, { field: `participants[${i}]` });
    seen.add(p.identity);
  });
}
var PartyKeygen = class {
  constructor(node) {
    this.node = node;
  }
  node;
  dkg = /* @__PURE__ */ new Map();
  get me() {
    return this.node.identity.id;
  }
  session(id) {
    const s = this.dkg.get(id);
    if (!s || s.expires < Date.now()) throw new CustosError("E_NOT_FOUND", `no DKG session ${id} on this party (expired or restarted)`);
    return s;
  }
  async dkg1(b) {
    const suite = frostSuite(b.suite).name;
    checkParticipants(b.participants, suite);
    if (b.participants.length < b.min) throw badInput("fewer participants than the threshold");
    const me = b.participants.find((p) => p.identity === this.me);
    if (!me) throw badInput("this party is not among the participants");
    await this.node.authority.requireRegistered(this.node.inst.store.read, b.participants);
    for (const [k, v] of this.dkg) if (v.expires < Date.now()) this.dkg.delete(k);
    const r1 = dkgRound1(suite, me.identifier, { min: b.min, max: b.participants.length });
    this.dkg.set(b.session, { suite, keyId: b.keyId, secret: r1.secret, participants: b.participants, expires: Date.now() + SESSION_TTL_MS });
    return { round1: encodeRound1(r1.public) };
  }
  othersRound1(s, v) {
    const all = v.map((x, i) => decodeRound1(x, `round1[${i}]`));
    const mine = identifierFor(s.suite, this.me);
    return all.filter((r) => r.identifier !== mine);
  }
  async dkg2(b) {
    const s = this.session(b.session);
    const shares = dkgRound2(s.suite, s.secret, this.othersRound1(s, b.round1));
    const mine = identifierFor(s.suite, this.me);
    const kems = await this.node.authority.kems(this.node.inst.store.read);
    const sealed = {};
    for (const [id, pkg] of Object.entries(shares)) {
      const to = s.participants.find((p) => p.identifier === id);
      if (!to) throw badInput(`no participant with identifier ${id}`);
      sealed[id] = sealTo(this.node.identity, to.identity, pkg.signingShare, `dkg:${b.session}:${mine}:${id}`, kems.get(to.identity) ?? to.kem);
      pkg.signingShare.fill(0);
    }
    return { shares: sealed };
  }
  async dkg3(b) {
    const s = this.session(b.session);
    const mine = identifierFor(s.suite, this.me);
    const kems = await this.node.authority.kems(this.node.inst.store.read);
    const ownListed = s.participants.some((p) => p.identity === this.me && p.kem !== void 0);
    const round2 = s.participants.filter((p) => p.identifier !== mine).map((p) => {
      const sealed = b.shares[p.identifier];
      if (typeof sealed !== "string") throw badInput(`no DKG share from participant ${p.identifier}`, { participant: p.identifier });
      let share;
      try {
        share = openFrom(this.node.identity, p.identity, sealed, `dkg:${b.session}:${p.identifier}:${mine}`, {
          requireHybrid: ownListed || kems.has(p.identity)
        });
      } catch {
        throw new CustosError("E_INVALID_SHARE", `participant ${p.identifier} sent a DKG share that does not authenticate`, { participant: p.identifier });
      }
      return { identifier: p.identifier, signingShare: share };
    });
    const key = dkgRound3(s.suite, s.secret, this.othersRound1(s, b.round1), round2);
    dkgClean(s.suite, s.secret);
    this.dkg.delete(b.session);
    const rec = {
      keyId: s.keyId,
      keyName: b.keyName,
      suite: s.suite,
      epoch: 1,
      tags: b.tags,
      ...b.allowRaw ? { allowRaw: true } : {},
      secret: encodeSecret(key.secret),
      public: encodePublic(key.public),
      digest: publicPackageDigest(key.public)
    };
    key.secret.signingShare.fill(0);
    await this.node.storePending(rec, "key.dkg");
    return { digest: rec.digest, groupKey: toHex(groupPublicKey(s.suite, key.public)) };
  }
  /** A current party deals Lagrange-weighted sub-shares of its share to the approved new parties. */
  async reshareDeal(b) {
    const rec = await this.node.share(b.keyId, b.epoch, b.digest);
    checkParticipants(b.participants, rec.suite);
    const proof = b.proof;
    const repo = this.node.inst.store.read;
    await this.node.authority.shareChange(repo, rec.keyName, rec, proof, b.participants, b.min, rec.suite);
    const current = new Set(Object.keys(rec.public.verifyingShares));
    const dealers = [...new Set(b.dealers)];
    if (dealers.length !== b.dealers.length || dealers.length < rec.public.signers.min || dealers.some((d) => !current.has(d)) || !dealers.includes(rec.secret.identifier)) {
      throw refuse(`the dealers must be at least ${rec.public.signers.min} distinct current parties of the key, this party among them`);
    }
    await this.node.inst.store.tx((tx) => this.node.authority.consume(tx, proof, "deal", b.session));
    const key = { secret: decodeSecret(rec.secret), public: decodePublic(rec.public) };
    const dealing = reshareDeal(
      rec.suite,
      key,
      dealers,
      { min: b.min, max: b.participants.length },
      b.participants.map((p) => p.identifier)
    );
    key.secret.signingShare.fill(0);
    const mine = rec.secret.identifier;
    const sealed = {};
    const kems = await this.node.authority.kems(repo);
    for (const p of b.participants) {
      const share = dealing.shares[p.identifier];
      sealed[p.identifier] = sealTo(this.node.identity, p.identity, share, `reshare:${b.session}:${mine}:${p.identifier}`, kems.get(p.identity) ?? p.kem);
      share.fill(0);
    }
    await this.node.inst.store.tx(
      (tx) => appendEvent(tx, {
        actor: this.node.actorName,
        action: "key.reshare.deal",
        subject: `key/${rec.keyName}`,
        details: {
          keyId: b.keyId,
          session: b.session,
          epoch: rec.epoch,
          newThreshold: b.min,
          newParties: b.participants.length,
          approvedBy: proof.http.principal
        }
      })
    );
    return { public: encodePublic(dealing.public), shares: sealed };
  }
  /** A new (or continuing) party combines the dealt sub-shares into its new share, kept pending. */
  async reshareReceive(b) {
    const suite = frostSuite(b.suite).name;
    checkParticipants(b.participants, suite);
    const mine = identifierFor(suite, this.me);
    if (!b.participants.some((p) => p.identifier === mine)) throw badInput("this party is not among the new participants");
    const repo = this.node.inst.store.read;
    const prior = (await this.node.vault.get(repo, "share", b.keyId))?.value ?? null;
    if (prior && (prior.keyName !== b.keyName || prior.suite !== suite)) throw refuse("the key named is not the key this party holds under that id");
    if (prior && (b.epoch !== prior.epoch + 1 || canonicalJson(b.oldPublic) !== canonicalJson(prior.public)))
      throw refuse("the reshare does not start from the epoch this party holds");
    const proof = b.proof;
    await this.node.authority.shareChange(repo, b.keyName, prior, proof, b.participants, b.min, suite);
    await this.node.inst.store.tx((tx) => this.node.authority.consume(tx, proof, "receive", b.session));
    const oldPub = decodePublic(b.oldPublic, "oldPublic");
    const kems = await this.node.authority.kems(repo);
    const ownListed = b.participants.some((p) => p.identity === this.me && p.kem !== void 0);
    const dealings = b.dealings.map((d, i) => {
      if (d.dealer !== identifierFor(suite, d.identity)) throw badInput(`dealings[${i}]: dealer does not match its identity`);
      let share;
      try {
        share = openFrom(this.node.identity, d.identity, d.share, `reshare:${b.session}:${d.dealer}:${mine}`, {
          requireHybrid: ownListed || kems.has(d.identity)
        });
      } catch {
        throw new CustosError("E_INVALID_SHARE", `dealer ${d.dealer} sent a share that does not authenticate`, { participant: d.dealer });
      }
      return { dealer: d.dealer, public: decodePublic(d.public, `dealings[${i}].public`), share };
    });
    const key = reshareCombine(
      suite,
      mine,
      oldPub,
      dealings.map((d) => d.dealer),
      { min: b.min, max: b.participants.length },
      b.participants.map((p) => p.identifier),
      dealings.map((d) => ({ dealer: d.dealer, public: d.public })),
      Object.fromEntries(dealings.map((d) => [d.dealer, d.share]))
    );
    for (const d of dealings) d.share.fill(0);
    const rec = {
      keyId: b.keyId,
      keyName: b.keyName,
      suite,
      epoch: b.epoch,
      tags: prior?.tags ?? b.tags ?? {},
      ...(prior ? prior.allowRaw : b.allowRaw) ? { allowRaw: true } : {},
      secret: encodeSecret(key.secret),
      public: encodePublic(key.public),
      digest: publicPackageDigest(key.public),
      session: b.session
    };
    key.secret.signingShare.fill(0);
    await this.node.storePending(rec, "key.reshare.receive");
    if (partyFault() === "crash-in-reshare") process.kill(process.pid, "SIGKILL");
    return { digest: rec.digest, groupKey: toHex(groupPublicKey(suite, key.public)), keyId: b.keyId, epoch: b.epoch };
  }
};

// src/party/sign.ts
import { randomUUID } from "node:crypto";
var NONCE_TTL_MS = 10 * 6e4;
var PartySigner = class {
  constructor(node, evidence) {
    this.node = node;
    this.evidence = evidence;
  }
  node;
  evidence;
  fault = partyFault();
  shareFor(b) {
    return this.node.share(b.keyId, b.epoch, b.digest, b.receipts);
  }
  /** Round 1: fresh nonces, persisted before their commitments are released. */
  async round1(b) {
    const rec = await this.shareFor(b);
    const { nonces, commitments } = commit(rec.suite, decodeSecret(rec.secret));
    const value = { keyId: rec.keyId, epoch: rec.epoch, nonces: encodeNonces(nonces), commitments: encodeCommitments(commitments) };
    nonces.hiding.fill(0);
    nonces.binding.fill(0);
    const fresh = await this.node.inst.store.tx(async (repo) => {
      await repo.threshold.deleteOlderThan("nonce", new Date(Date.now() - NONCE_TTL_MS).toISOString());
      return this.node.vault.insert(repo, "nonce", b.session, "committed", value);
    });
    if (!fresh) throw new CustosError("E_NONCE_USED", `session ${b.session} already has a nonce on this party`);
    return { commitments: value.commitments };
  }
  /**
   * Preprocessing (RFC 9591 §5.1 run ahead of time): `count` fresh nonces,
   * persisted in one transaction, their commitments returned with ids the
   * coordinator names in round 2. Takes round 1 off the signing path.
   */
  async precommit(b) {
    const rec = await this.shareFor(b);
    const secret = decodeSecret(rec.secret);
    const made = Array.from({ length: b.count }, () => {
      const { nonces, commitments } = commit(rec.suite, secret);
      const value = { keyId: rec.keyId, epoch: rec.epoch, nonces: encodeNonces(nonces), commitments: encodeCommitments(commitments) };
      nonces.hiding.fill(0);
      nonces.binding.fill(0);
      return { id: randomUUID(), value };
    });
    secret.signingShare.fill(0);
    await this.node.inst.store.tx(async (repo) => {
      await repo.threshold.deleteOlderThan("nonce", new Date(Date.now() - NONCE_TTL_MS).toISOString());
      for (const m of made) await this.node.vault.insert(repo, "nonce", m.id, "committed", m.value);
    });
    return { nonces: made.map((m) => ({ id: m.id, commitments: m.value.commitments })) };
  }
  /** Round 2: check everything (evidence.ts), consume the nonce durably, then sign. */
  async round2(b) {
    const rec = await this.shareFor(b);
    const message = fromHex(b.message, "message");
    const commitmentList = b.commitments.map((c, i) => decodeCommitments(c, `commitments[${i}]`));
    const ctx = b.request;
    const inst = this.node.inst;
    const nonceId = b.nonce ?? b.session;
    const stored = await this.node.vault.get(inst.store.read, "nonce", nonceId);
    if (!stored) throw new CustosError("E_NONCE_USED", `no unused nonce ${nonceId} on this party (already used, expired, or never committed)`);
    const n = stored.value;
    const mine = commitmentList.find((c) => c.identifier === rec.secret.identifier);
    if (n.keyId !== rec.keyId || n.epoch !== rec.epoch || !mine || toHex(mine.hiding) !== n.commitments.hiding || toHex(mine.binding) !== n.commitments.binding) {
      throw badInput("the commitment list does not carry this party's round-1 commitment for this key");
    }
    const nowMs = Date.now();
    const checked = await inst.store.tx(async (tx) => {
      const a = await this.evidence.assess(tx, rec, ctx, message, nowMs);
      const seen = await this.evidence.note(tx, ctx.id, a, nowMs);
      try {
        this.evidence.checkDelay(a, seen, nowMs, ctx.id);
      } catch (e) {
        return { refused: e };
      }
      if (!await this.node.vault.delete(tx, "nonce", nonceId)) return { used: true };
      await this.record(tx, rec, ctx, a);
      await appendEvent(tx, {
        actor: this.node.actorName,
        action: "key.sign.share",
        subject: `key/${rec.keyName}`,
        details: {
          keyId: rec.keyId,
          epoch: rec.epoch,
          requestId: ctx.id,
          session: b.session,
          nonce: nonceId,
          policyVersion: a.policyVersion,
          rule: a.decision.rule,
          factsDigest: a.factsDigest,
          approvals: a.approvers,
          messageDigest: toHex(message.length === 32 ? message : new Uint8Array())
        }
      });
      return { ok: true };
    });
    if ("refused" in checked) throw checked.refused;
    if ("used" in checked) throw new CustosError("E_NONCE_USED", `nonce ${nonceId} was used concurrently`);
    if (this.fault === "crash-after-consume") process.kill(process.pid, "SIGKILL");
    const nonces = decodeNonces(n.nonces);
    const share = signShare(rec.suite, decodeSecret(rec.secret), decodePublic(rec.public), nonces, commitmentList, message);
    if (this.fault === "corrupt-share") share[share.length - 1] = (share[share.length - 1] ?? 0) ^ 1;
    return { share: toHex(share) };
  }
  /** Record the request this party signed for (its own velocity and history); once per request id, bound to its digest. */
  record(repo, rec, ctx, a) {
    return recordSigned(this.node, repo, rec.keyName, ctx, a);
  }
};
async function recordSigned(node, repo, keyName, ctx, a) {
  if (await repo.requests.get(ctx.id)) return;
  const now = (/* @__PURE__ */ new Date()).toISOString();
  const base = {
    id: ctx.id,
    kind: "sign",
    principalId: a.actor.id,
    principalName: a.actor.name,
    keyName,
    status: "signed",
    idempotencyKey: null,
    payload: ctx.payload,
    facts: "{}",
    decision: JSON.stringify({ policyVersion: a.policyVersion }),
    digest: a.digest,
    valueUsd: a.plan.valueUsd,
    notBefore: null,
    expiresAt: now,
    result: null,
    createdAt: ctx.createdAt,
    updatedAt: now,
    signedAt: now
  };
  await repo.requests.insert(node.inst.records.sign("requests", base));
}

// src/party/evidence.ts
var SKEW_MS = 12e4;
var PARTY_REQUEST_TTL_MS = 24 * 36e5;
var UNSEEN_VETOES_PER_DAY = 256;
var vetoRole = (d) => d.approvals?.from ?? "approver";
var PartyEvidence = class {
  constructor(node) {
    this.node = node;
  }
  node;
  /** Key facts for the planners: this party's own share, under the name the payload must use. */
  keyFacts(rec) {
    const facts = {
      name: rec.keyName,
      algorithm: rec.suite,
      custody: "threshold",
      tags: rec.tags,
      version: 1,
      state: "active",
      publicKey: toHex(groupPublicKey(rec.suite, decodePublic(rec.public))),
      allowRaw: rec.allowRaw === true
    };
    return {
      facts: async (_repo, ref) => {
        if (ref !== rec.keyName) throw refuse(`the payload names key "${String(ref).slice(0, 64)}", which this party holds no share of`);
        return facts;
      }
    };
  }
  /** The share a request's payload names (for announcements, which carry no key epoch). */
  async shareByName(repo, keyName) {
    for (const r of await this.node.vault.list(repo, "share")) if (r.state === "active" && r.value.keyName === keyName) return r.value;
    throw refuse(`this party holds no active share of key "${keyName.slice(0, 64)}"`);
  }
  /**
   * Everything a share depends on, re-derived by this party. `message`, when
   * given, must be one of the digests the payload signs with this key.
   */
  async assess(repo, rec, ctx, message, nowMs) {
    return this.assessFor(repo, rec.keyName, this.keyFacts(rec), ctx, message, nowMs);
  }
  /** {@link assess} for any key this party holds (a FROST share, a Safe owner key: src/party/safe-owner.ts). */
  async assessFor(repo, keyName, keys, ctx, message, nowMs) {
    if (ctx.kind !== "sign") throw refuse(`request kind ${ctx.kind.slice(0, 32)} is not a signing request`);
    const created = Date.parse(ctx.createdAt);
    if (!Number.isFinite(created)) throw badInput("request.createdAt is not a time");
    if (created > nowMs + SKEW_MS) throw refuse("the request was created in the future (by this party's clock)", { requestId: ctx.id });
    let payload;
    try {
      payload = JSON.parse(ctx.payload);
    } catch {
      throw badInput("request.payload is not JSON");
    }
    if (typeof payload !== "object" || payload === null || typeof payload.type !== "string") throw badInput("request.payload: expected an object with a type");
    const plan = await this.node.services.requests.planner(payload.type)(repo, keys, payload);
    if (message && !plan.tasks.some((t) => t.ref === keyName && equalBytes(signingBytes(t.scheme, t.input), message))) {
      throw refuse("the message is not what this request's payload signs with this key", { requestId: ctx.id });
    }
    const digest = requestDigest({ id: ctx.id, kind: ctx.kind, principal: ctx.principal.name, key: plan.key, payload, createdAt: ctx.createdAt });
    if (digest !== ctx.digest) throw refuse("the request digest does not match its contents", { requestId: ctx.id });
    await this.bindId(repo, ctx.id, digest);
    const actor = await this.actor(repo, ctx);
    const { facts } = await gatherFacts(
      repo,
      keys,
      actor,
      requestShape(plan, String(payload.note ?? ""), payload.tags ?? {}),
      nowMs
    );
    const { version, policy } = await this.node.services.policies.current(repo);
    const decision = evaluatePolicy(policy, facts);
    if (decision.outcome === "deny")
      throw refuse(`its policy v${version} denies it (${decision.reason})`, { requestId: ctx.id, rule: decision.rule, policyVersion: version });
    if (nowMs > created + PARTY_REQUEST_TTL_MS + decision.delayMs + SKEW_MS)
      throw refuse(`the request is older than its lifetime (${PARTY_REQUEST_TTL_MS / 36e5} h plus its delay): expired`, { requestId: ctx.id });
    const approvers = decision.approvals ? await verifiedApprovers(
      this.node.inst,
      repo,
      { id: ctx.id, digest, requester: actor.name },
      ctx.approvals,
      decision.approvals.from,
      "approve",
      {
        passkeys: this.node.services.acceptPasskeyApprovals
      }
    ) : [];
    await this.checkVetoes(repo, ctx.id, digest, actor.name, decision);
    return {
      digest,
      actor,
      plan,
      decision,
      policyVersion: version,
      factsDigest: factsDigest(facts),
      approvers,
      approved: !decision.approvals || approvers.length >= decision.approvals.count
    };
  }
  /** One request id, one payload: a second digest under a known id is refused and audited as coordinator misbehaviour. */
  async bindId(repo, id, digest) {
    const seen = (await this.node.vault.get(repo, "seen", id))?.value;
    const signed = await repo.requests.get(id);
    const bound = seen?.digest ?? signed?.digest;
    if (bound === void 0 || bound === digest) return;
    throw refuse("another request was already made under this id (one request id, one payload)", {
      requestId: id,
      misbehaviour: "request-id-reuse",
      boundDigest: bound,
      offeredDigest: digest
    });
  }
  /** The requester as this party knows it: its own principal record. */
  async actor(repo, ctx) {
    if (ctx.principal.kind === "local")
      throw refuse("a local operator of the coordinator cannot be verified by a party: threshold keys sign for API principals only");
    const own = await ownPrincipal(this.node.inst, repo, ctx.principal.name, null);
    if (!own) throw refuse(`principal "${ctx.principal.name.slice(0, 64)}" is not an active principal on this party`);
    return { id: own.id, name: own.name, role: own.role, kind: "api", tags: own.tags };
  }
  /**
   * Record what this party now knows of a request: when it first saw it, and
   * when it first held the complete approval set. Returns the record.
   */
  async note(repo, id, a, nowMs) {
    const prior = (await this.node.vault.get(repo, "seen", id))?.value;
    const next = {
      digest: a.digest,
      firstSeen: prior?.firstSeen ?? nowMs,
      ...prior?.approvedAt !== void 0 ? { approvedAt: prior.approvedAt } : a.approved && a.decision.approvals ? { approvedAt: nowMs } : {}
    };
    if (!prior || prior.approvedAt !== next.approvedAt) await this.node.vault.put(repo, "seen", id, "active", next);
    return next;
  }
  /**
   * The coordinator tells the parties of a threshold request when it is
   * submitted and when its approvals arrive: each party assesses it itself
   * and keeps its own times (the coordinator's "phase" is not believed).
   */
  async seen(ctx) {
    const nowMs = Date.now();
    return this.node.inst.store.tx(async (repo) => {
      const rec = await this.shareByName(repo, ctx.keyName);
      const a = await this.assess(repo, rec, ctx, null, nowMs);
      const s = await this.note(repo, ctx.id, a, nowMs);
      return { id: ctx.id, approved: s.approvedAt !== void 0 || !a.decision.approvals, approvals: a.approvers.length };
    });
  }
  /** The time-lock, on this party's clock; refuses until it has passed. */
  checkDelay(a, seen, nowMs, id) {
    if (!a.approved) {
      const need = a.decision.approvals;
      throw refuse(`its policy v${a.policyVersion} needs ${need.count} approvals from ${need.from}; ${a.approvers.length} verify here`, {
        requestId: id,
        policyVersion: a.policyVersion
      });
    }
    if (a.decision.delayMs <= 0) return;
    const start = a.decision.approvals ? seen?.approvedAt : seen?.firstSeen;
    if (start === void 0 || nowMs < start + a.decision.delayMs) {
      const left = start === void 0 ? a.decision.delayMs : start + a.decision.delayMs - nowMs;
      throw new CustosError(
        "E_TOO_EARLY",
        `party refuses: its policy v${a.policyVersion} requires a ${a.decision.delayMs} ms delay that has not passed on this party's clock (${left} ms left)`,
        { requestId: id, retryAfterMs: left }
      );
    }
  }
  /** Refuse when a principal allowed to stop the request has vetoed it. */
  async checkVetoes(repo, id, digest, requester, d) {
    const v = (await this.node.vault.get(repo, "veto", id))?.value;
    for (const x of v?.vetoes ?? []) {
      if (x.digest !== void 0 && x.digest !== digest) continue;
      const role = x.role ?? (await ownPrincipal(this.node.inst, repo, x.principal, null))?.role;
      if (!role) continue;
      const eligible = x.kind === "cancel" ? x.principal === requester || role === "admin" || role === vetoRole(d) : role === vetoRole(d) && x.principal !== requester;
      if (eligible) throw refuse(`the request was ${x.kind === "cancel" ? "cancelled" : "rejected"} by ${x.principal}`, { requestId: id });
    }
  }
  /**
   * A veto for a request this party has not seen yet (the coordinator may
   * have withheld it) is kept, within a per-principal daily quota: one
   * principal cannot grow the party's store without bound.
   */
  async vetoQuota(repo, requestId, principal) {
    if (await this.node.vault.get(repo, "seen", requestId) || await repo.requests.get(requestId)) return;
    const day = Math.floor(Date.now() / 864e5);
    const q = (await this.node.vault.get(repo, "veto-quota", principal))?.value;
    const count = q?.day === day ? q.count : 0;
    if (count >= UNSEEN_VETOES_PER_DAY)
      throw new CustosError("E_RATE_LIMITED", `${principal} filed ${UNSEEN_VETOES_PER_DAY} vetoes today for requests this party has not seen`);
    await this.node.vault.put(repo, "veto-quota", principal, "active", { day, count: count + 1 });
  }
  /**
   * Take a veto (from the coordinator or posted directly): kept when its
   * signature verifies under an active principal of this party. Whether that
   * principal may stop the request is decided when the request is assessed.
   */
  async veto(v) {
    return this.node.inst.store.tx(async (repo) => {
      const principal = v.kind === "cancel" ? v.http.principal : v.principal;
      const p = await ownPrincipal(this.node.inst, repo, principal, null);
      if (!p) throw refuse(`"${principal.slice(0, 64)}" is not an active principal on this party`);
      let digest;
      if (v.kind === "cancel") {
        const h = v.http;
        if (h.method !== "POST" || h.path.split("?")[0] !== `/v1/requests/${v.requestId}/cancel`)
          throw refuse("the signed request is not a cancellation of this request");
        try {
          verifyRequest(
            publicKeyFromHex(p.publicKey),
            { principal: h.principal, timestamp: h.timestamp, nonce: h.nonce, signature: new Uint8Array(Buffer.from(h.signature, "base64url")) },
            { method: h.method, path: h.path, body: h.body },
            h.timestamp * 1e3
          );
        } catch {
          throw refuse(`the cancellation's signature does not verify under ${p.name}'s key`);
        }
      } else {
        if (!verifyPrincipalApproval(p.publicKey, v.requestId, v.digest, "reject", v.signature))
          throw refuse(`the rejection's signature does not verify under ${p.name}'s key`);
        digest = v.digest;
      }
      const prior = (await this.node.vault.get(repo, "veto", v.requestId))?.value ?? { vetoes: [] };
      if (!prior.vetoes.some((x) => x.principal === p.name && x.kind === v.kind)) {
        await this.vetoQuota(repo, v.requestId, p.name);
        prior.vetoes.push({ kind: v.kind, principal: p.name, role: p.role, ...digest ? { digest } : {}, at: Date.now() });
        await this.node.vault.put(repo, "veto", v.requestId, "active", { vetoes: prior.vetoes.slice(-32) });
        await appendEvent(repo, {
          actor: `principal:${p.name}`,
          action: `request.veto.${v.kind}`,
          subject: `request/${v.requestId}`,
          details: { ...digest ? { digest } : {} }
        });
      }
      return { requestId: v.requestId, accepted: true };
    });
  }
};

// src/party/shares.ts
var PartyShares = class {
  constructor(node) {
    this.node = node;
  }
  node;
  /** A new share (DKG, refresh, reshare) waits as pending until the coordinator commits its epoch. */
  async storePending(rec, action) {
    await this.node.inst.store.tx(async (repo) => {
      await this.node.vault.put(repo, "share", `${rec.keyId}@${rec.epoch}`, "pending", rec);
      await appendEvent(repo, {
        actor: this.node.actorName,
        action,
        subject: `key/${rec.keyName}`,
        details: { keyId: rec.keyId, epoch: rec.epoch, digest: rec.digest, suite: rec.suite }
      });
    });
  }
  /** Whether this party holds (or has pending) a share of a key by name. */
  async holdsKey(repo, keyName) {
    for (const r of await this.node.vault.list(repo, "share")) if (r.value.keyName === keyName) return true;
    return false;
  }
  /** The group public key of a share (hex). */
  groupKey(rec) {
    return toHex(groupPublicKey(rec.suite, decodePublic(rec.public)));
  }
  /**
   * Make epoch `epoch` of a key the active share and forget the older one
   * (so old shares can no longer combine). Idempotent; an interrupted
   * refresh that never committed leaves the old share active. Committing a
   * reshared epoch (> 1) forgets a share, so it needs the new parties'
   * receipts (authority.ts).
   */
  async commitKey(keyId, epoch, digest, receipts) {
    return this.node.inst.store.tx(async (repo) => {
      const active = await this.node.vault.get(repo, "share", keyId);
      if (active && active.value.epoch === epoch && active.value.digest === digest) return { keyId, epoch, state: "active" };
      const pending = await this.node.vault.get(repo, "share", `${keyId}@${epoch}`);
      if (!pending || pending.value.digest !== digest) {
        throw new CustosError("E_NOT_FOUND", `this party holds no share of key ${keyId} epoch ${epoch} with that public package`, { keyId, epoch });
      }
      if (active && active.value.epoch > epoch) throw refuse(`epoch ${epoch} is older than the active epoch ${active.value.epoch}`);
      const p = pending.value;
      if (active)
        this.node.authority.requireReceipts(receipts, p.suite, new Set(Object.keys(p.public.verifyingShares)), p.public.signers.min, digest, this.groupKey(p), {
          keyId,
          epoch,
          session: p.session
        });
      await this.node.vault.put(repo, "share", keyId, "active", p);
      await this.node.vault.delete(repo, "share", `${keyId}@${epoch}`);
      for (const r of await repo.threshold.list("share")) {
        if (r.id.startsWith(`${keyId}@`) && Number(r.id.split("@")[1]) < epoch) await this.node.vault.delete(repo, "share", r.id);
      }
      await appendEvent(repo, {
        actor: this.node.actorName,
        action: "key.commit",
        subject: `key/${p.keyName}`,
        details: { keyId, epoch, digest, previousEpoch: active?.value.epoch ?? null }
      });
      return { keyId, epoch, state: "active" };
    });
  }
  /** The public package of a key epoch (pending or active): what the coordinator records. */
  async publicPackage(keyId, epoch, digest) {
    const repo = this.node.inst.store.read;
    for (const id of [`${keyId}@${epoch}`, keyId]) {
      const r = await this.node.vault.get(repo, "share", id);
      if (r && r.value.epoch === epoch && r.value.digest === digest) return { public: r.value.public };
    }
    throw new CustosError("E_NOT_FOUND", `no share of key ${keyId} epoch ${epoch} with that package on this party`);
  }
  /**
   * Forget every share of a key older than `epoch`: only when this party was
   * left out of an admin-approved reshare of that key AND the new parties'
   * receipts show the new epoch holds the same group key.
   */
  async retire(b) {
    return this.node.inst.store.tx(async (repo) => {
      const active = await this.node.vault.get(repo, "share", b.keyId);
      if (!active) return { removed: 0 };
      const rec = active.value;
      const proof = b.proof;
      const action = proof.action;
      if (action.action !== "key.reshare" || action.name !== rec.keyName || !action.parties)
        throw refuse(`retiring a share of "${rec.keyName}" needs an admin's reshare of that key to other parties`);
      await this.node.authority.verify(repo, action, proof, { maxAgeMs: SHARE_PROOF_MAX_AGE_MS });
      const peers = await this.node.authority.peers(repo);
      const ids = action.parties.map((n) => peers.get(n));
      if (ids.includes(this.node.identity.id)) throw refuse("the approved reshare keeps this party: it does not retire its share");
      if (ids.some((x) => x === void 0)) throw refuse("the approved reshare names a party this party does not know");
      if (b.epoch !== rec.epoch + 1) throw refuse(`a reshare that leaves this party out creates epoch ${rec.epoch + 1}, not ${b.epoch}`);
      const session = b.receipts[0]?.session;
      const identifiers = new Set(ids.map((id) => identifierFor(rec.suite, id)));
      this.node.authority.requireReceipts(b.receipts, rec.suite, identifiers, action.threshold ?? rec.public.signers.min, b.digest, this.groupKey(rec), {
        keyId: b.keyId,
        epoch: b.epoch,
        session
      });
      let removed = 0;
      for (const r of await repo.threshold.list("share")) {
        if (r.id !== b.keyId && !r.id.startsWith(`${b.keyId}@`)) continue;
        const s = await this.node.vault.get(repo, "share", r.id);
        if (s && s.value.epoch < b.epoch && await this.node.vault.delete(repo, "share", r.id)) removed++;
      }
      if (removed)
        await appendEvent(repo, {
          actor: this.node.actorName,
          action: "key.retire",
          subject: `key/${rec.keyName}`,
          details: { keyId: b.keyId, epoch: b.epoch, removed }
        });
      return { removed };
    });
  }
  /** Delete every share of a destroyed key (called with a verified key.destroy proof). */
  async destroyShares(keyName) {
    const removed = await this.node.inst.store.tx(async (repo) => {
      let n = 0;
      for (const r of await this.node.vault.list(repo, "share")) {
        if (r.value.keyName === keyName && await this.node.vault.delete(repo, "share", r.id)) n++;
      }
      if (n) await appendEvent(repo, { actor: this.node.actorName, action: "key.destroy", subject: `key/${keyName}`, details: { removed: n } });
      return n;
    });
    if (removed) await this.node.inst.store.driver.scrub();
    return removed;
  }
  /** The active share of a key; a pending epoch the coordinator already uses is committed first (catch-up, with receipts). */
  async share(keyId, epoch, digest, receipts) {
    const active = await this.node.vault.get(this.node.inst.store.read, "share", keyId);
    if (active && active.value.epoch === epoch && active.value.digest === digest) return active.value;
    await this.commitKey(keyId, epoch, digest, receipts);
    const now = await this.node.vault.get(this.node.inst.store.read, "share", keyId);
    if (!now) throw new CustosError("E_NOT_FOUND", `no share of key ${keyId}`);
    return now.value;
  }
};

// src/party/safe-owner.ts
import { randomBytes } from "node:crypto";
var KIND = "safe-owner";
var PartySafeOwners = class {
  constructor(node, evidence) {
    this.node = node;
    this.evidence = evidence;
  }
  node;
  evidence;
  /** Make the owner key of a Safe account; its address is all that leaves. */
  async create(b) {
    let secret = new Uint8Array(randomBytes(32));
    while (!isValidSecret(secret)) secret = new Uint8Array(randomBytes(32));
    const address = ethereumAddress(publicKey(secret)).toLowerCase();
    const rec = { keyId: b.keyId, keyName: b.keyName, tags: b.tags, secret: toHex(secret), address };
    secret.fill(0);
    const fresh = await this.node.inst.store.tx(async (repo) => {
      for (const r of await this.node.vault.list(repo, KIND))
        if (r.value.keyName === b.keyName) throw new CustosError("E_NAME_TAKEN", `this party already holds an owner key for "${b.keyName}"`);
      if (!await this.node.vault.insert(repo, KIND, b.keyId, "active", rec)) return false;
      await appendEvent(repo, {
        actor: this.node.actorName,
        action: "safe.owner.create",
        subject: `key/${b.keyName}`,
        details: { keyId: b.keyId, owner: address }
      });
      return true;
    });
    if (!fresh) throw new CustosError("E_NAME_TAKEN", `this party already holds an owner key for account ${b.keyId}`);
    return { address };
  }
  /** Bind the owner key to one Safe, once (the owners must include this key). */
  async bind(b) {
    return this.node.inst.store.tx(async (repo) => {
      const rec = await this.owner(repo, b.keyId);
      const safe = { address: b.safe.toLowerCase(), chainId: b.chainId };
      if (rec.safe) {
        if (rec.safe.address === safe.address && rec.safe.chainId === safe.chainId) return { bound: true, address: rec.address };
        throw refuse(`this owner key is already bound to Safe ${rec.safe.address} on chain ${rec.safe.chainId}`);
      }
      if (!b.owners.some((o) => o.toLowerCase() === rec.address)) throw refuse("the Safe's owners do not include this party's owner key");
      if (b.threshold > b.owners.length) throw badInput("threshold: more than the owners");
      await this.node.vault.put(repo, KIND, b.keyId, "active", { ...rec, safe });
      await appendEvent(repo, {
        actor: this.node.actorName,
        action: "safe.owner.bind",
        subject: `key/${rec.keyName}`,
        details: { keyId: b.keyId, safe: safe.address, chainId: safe.chainId, owners: b.owners.map((o) => o.toLowerCase()), threshold: b.threshold }
      });
      return { bound: true, address: rec.address };
    });
  }
  /** Sign a SafeTx hash after re-deriving it from the request's payload and checking this party's own policy. */
  async sign(b) {
    const ctx = b.request;
    const claimed = fromHex(b.hash, "hash", 32);
    const nowMs = Date.now();
    const inst = this.node.inst;
    const checked = await inst.store.tx(async (tx) => {
      const rec = await this.owner(tx, b.keyId);
      if (!rec.safe) throw refuse(`the owner key of "${rec.keyName}" is not bound to a Safe yet`);
      this.checkChain(rec, ctx);
      const a = await this.evidence.assessFor(tx, rec.keyName, this.keyFacts(rec), ctx, claimed, nowMs);
      const seen = await this.evidence.note(tx, ctx.id, a, nowMs);
      try {
        this.evidence.checkDelay(a, seen, nowMs, ctx.id);
      } catch (e) {
        return { refused: e };
      }
      await recordSigned(this.node, tx, rec.keyName, ctx, a);
      const safe = a.plan.payloadFacts.safe;
      await appendEvent(tx, {
        actor: this.node.actorName,
        action: "safe.sign",
        subject: `key/${rec.keyName}`,
        details: {
          keyId: rec.keyId,
          requestId: ctx.id,
          safe: rec.safe.address,
          chainId: rec.safe.chainId,
          nonce: safe.nonce,
          hash: b.hash,
          owner: rec.address,
          policyVersion: a.policyVersion,
          rule: a.decision.rule,
          factsDigest: a.factsDigest,
          approvals: a.approvers
        }
      });
      return { rec };
    });
    if ("refused" in checked) throw checked.refused;
    const secret = fromHex(checked.rec.secret, "secret", 32);
    try {
      return { owner: checked.rec.address, signature: `0x${toHex(ecdsaSign(secret, claimed))}` };
    } finally {
      secret.fill(0);
    }
  }
  /** The owner key of the Safe account `keyName`, if this party holds one (announcements name the account, not its id). */
  async byName(repo, keyName) {
    for (const r of await this.node.vault.list(repo, KIND)) if (r.state === "active" && r.value.keyName === keyName) return r.value;
    return void 0;
  }
  /** A request announcement for a Safe account: assessed like a share's (times and approvals on this party's clock). */
  async seen(ctx) {
    const nowMs = Date.now();
    return this.node.inst.store.tx(async (repo) => {
      const rec = await this.byName(repo, ctx.keyName);
      if (!rec?.safe) throw refuse(`this party holds no bound owner key of "${ctx.keyName.slice(0, 64)}"`);
      this.checkChain(rec, ctx);
      const a = await this.evidence.assessFor(repo, rec.keyName, this.keyFacts(rec), ctx, null, nowMs);
      const s = await this.evidence.note(repo, ctx.id, a, nowMs);
      return { id: ctx.id, approved: s.approvedAt !== void 0 || !a.decision.approvals, approvals: a.approvers.length };
    });
  }
  async owner(repo, keyId) {
    const r = await this.node.vault.get(repo, KIND, keyId);
    if (!r || r.state !== "active") throw refuse(`this party holds no Safe owner key for account ${keyId.slice(0, 64)}`);
    return r.value;
  }
  /** The payload must be for the chain the key was bound on (its Safe address is checked by the planner). */
  checkChain(rec, ctx) {
    let p;
    try {
      p = JSON.parse(ctx.payload);
    } catch {
      throw badInput("request.payload is not JSON");
    }
    if (p?.type !== "safe") throw refuse("a Safe owner key signs Safe transactions only");
    if (p.chainId !== rec.safe.chainId)
      throw refuse(`the payload is for chain ${String(p.chainId).slice(0, 20)}; this owner key signs on chain ${rec.safe.chainId}`);
  }
  /** Key facts for the planner: the Safe account as this party knows it (its "public key" is the bound Safe's address). */
  keyFacts(rec) {
    const facts = {
      name: rec.keyName,
      algorithm: "secp256k1",
      custody: "threshold",
      tags: rec.tags,
      version: 1,
      state: "active",
      publicKey: rec.safe.address.slice(2),
      allowRaw: false
    };
    return {
      facts: async (_repo, ref) => {
        if (ref !== rec.keyName) throw refuse(`the payload names key "${String(ref).slice(0, 64)}", which is not this owner key's Safe account`);
        return facts;
      }
    };
  }
};

// src/party/node.ts
var partyActor = (coordinator) => `coordinator:${coordinator.slice(0, 16)}`;
var HANDLERS = {
  status: (n) => n.status(),
  pair: (n, b, env) => n.pair(env.from, b),
  "gov.sync": (n, b) => applyGovSync(n, b, false),
  "dkg.1": (n, b) => n.keygen.dkg1(b),
  "dkg.2": (n, b) => n.keygen.dkg2(b),
  "dkg.3": (n, b) => n.keygen.dkg3(b),
  "key.commit": (n, b) => n.shares.commitKey(b.keyId, b.epoch, b.digest, b.receipts),
  "key.public": (n, b) => n.shares.publicPackage(b.keyId, b.epoch, b.digest),
  "key.retire": (n, b) => n.shares.retire(b),
  "reshare.deal": (n, b) => n.keygen.reshareDeal(b),
  "reshare.receive": (n, b) => n.keygen.reshareReceive(b),
  "sign.1": (n, b) => n.signer.round1(b),
  "sign.pre": (n, b) => n.signer.precommit(b),
  "sign.2": (n, b) => n.signer.round2(b),
  "safe.owner": (n, b) => n.safeOwners.create(b),
  "safe.bind": (n, b) => n.safeOwners.bind(b),
  "safe.sign": (n, b) => n.safeOwners.sign(b),
  "request.seen": async (n, b) => await n.safeOwners.byName(n.inst.store.read, b.request.keyName) ? n.safeOwners.seen(b.request) : n.evidence.seen(b.request),
  "request.veto": (n, b) => n.evidence.veto(b)
};
var AUDITED = /* @__PURE__ */ new Set(["E_TOO_EARLY", "E_PARTY_REFUSED", "E_BAD_INPUT", "E_FORBIDDEN", "E_INVALID_SHARE", "E_NONCE_USED"]);
var PartyNode = class _PartyNode {
  constructor(services, identity) {
    this.services = services;
    this.identity = identity;
    this.vault = new ThresholdVault(services.inst);
    this.authority = new PartyAuthority(
      services.inst,
      this.vault,
      () => this.identity.id,
      async (repo) => (await services.policies.current(repo)).policy.adminApprovals,
      services.acceptPasskeyApprovals
    );
    this.shares = new PartyShares(this);
    this.keygen = new PartyKeygen(this);
    this.evidence = new PartyEvidence(this);
    this.signer = new PartySigner(this, this.evidence);
    this.safeOwners = new PartySafeOwners(this, this.evidence);
  }
  services;
  identity;
  vault;
  coordinator = null;
  authority;
  keygen;
  signer;
  evidence;
  shares;
  safeOwners;
  get inst() {
    return this.services.inst;
  }
  /** The audit actor for what the coordinator asked. */
  get actorName() {
    return partyActor(this.coordinator ?? "");
  }
  /** Open the party's identity (created on first start) and its pairing. The instance must be unsealed. */
  static async open(services) {
    const vault = new ThresholdVault(services.inst);
    const secret = await services.inst.store.tx(async (repo) => {
      const existing = await vault.get(repo, "identity", "self");
      if (existing) return Buffer.from(existing.value.secret, "hex");
      const s = generateIdentitySecret();
      await vault.put(repo, "identity", "self", "active", { secret: toHex(s) });
      await appendEvent(repo, { actor: "party", action: "party.identity.create", subject: "party/identity", details: { identity: identityFromSecret(s).id } });
      return s;
    });
    const node = new _PartyNode(services, identityFromSecret(secret));
    secret.fill(0);
    const pairing = await vault.get(services.inst.store.read, "pairing", "coordinator");
    node.coordinator = pairing?.value.coordinator ?? null;
    return node;
  }
  get pairedWith() {
    return this.coordinator;
  }
  /** Handle one signed message; always answers with a signed envelope (an error body on failure). */
  async handle(raw) {
    let env;
    try {
      env = openEnvelope(this.identity, raw, this.coordinator ? { from: this.coordinator } : {});
      if (!this.coordinator && env.type !== "pair" && env.type !== "status")
        throw new CustosError("E_FORBIDDEN", "this party is not paired with a coordinator yet");
    } catch (e) {
      const err = isCustosError(e) ? e : badInput("malformed message");
      return { status: err.httpStatus, reply: { error: { code: err.code, message: err.message } } };
    }
    try {
      const out = await this.dispatch(env);
      return { status: 200, reply: signEnvelope(this.identity, env.from, `${env.type}.ok`, env.session, out) };
    } catch (e) {
      const err = isCustosError(e) ? e : new CustosError("E_INTERNAL", "internal error");
      if (AUDITED.has(err.code)) await this.auditRefusal(env, err);
      const details = isCustosError(e) && e.code === "E_INVALID_SHARE" ? { participant: e.details?.participant } : isCustosError(e) && e.code === "E_TOO_EARLY" ? { retryAfterMs: e.details?.retryAfterMs } : {};
      return {
        status: 200,
        reply: signEnvelope(this.identity, env.from, "error", env.session, { error: { code: err.code, message: err.message, ...details } })
      };
    }
  }
  dispatch(env) {
    if (!isPartyMessage(env.type)) throw new CustosError("E_UNSUPPORTED", `unknown message type "${env.type.slice(0, 40)}"`);
    const type = env.type;
    const handler = HANDLERS[type];
    return handler(this, checkBody(type, env.body), env);
  }
  /** A durable record of what this party refused, and why (never a secret: codes, types and messages only). */
  async auditRefusal(env, err) {
    const request = env.body?.request?.id;
    const keyId = env.body?.keyId;
    await this.inst.store.tx(
      (repo) => appendEvent(repo, {
        actor: partyActor(env.from),
        action: err.details?.misbehaviour ? "party.coordinator.misbehaviour" : "party.refuse",
        subject: `party/${env.type}`,
        details: {
          type: env.type,
          session: env.session,
          code: err.code,
          reason: err.message.slice(0, 500),
          ...typeof err.details?.misbehaviour === "string" ? { misbehaviour: err.details.misbehaviour, boundDigest: err.details.boundDigest, offeredDigest: err.details.offeredDigest } : {},
          ...typeof request === "string" ? { requestId: request.slice(0, 64) } : {},
          ...typeof keyId === "string" ? { keyId: keyId.slice(0, 64) } : {}
        }
      })
    ).catch(() => void 0);
  }
  async status() {
    const repo = this.inst.store.read;
    const shares = await this.vault.list(repo, "share");
    const policy = await this.services.policies.current(repo);
    return {
      identity: this.identity.id,
      kem: kemPublicKey(this.identity),
      paired: this.coordinator !== null,
      policyVersion: policy.version,
      keys: shares.map((s) => ({
        keyId: s.value.keyId,
        name: s.value.keyName,
        suite: s.value.suite,
        epoch: s.value.epoch,
        state: s.state,
        digest: s.value.digest
      }))
    };
  }
  /** First contact pins the coordinator (trust on first use, like SSH); later pairs must come from it. */
  async pair(from, b) {
    if (this.coordinator && this.coordinator !== from) throw new CustosError("E_FORBIDDEN", "this party is paired with another coordinator");
    const first = this.coordinator === null;
    await this.inst.store.tx(async (repo) => {
      if (first) {
        await this.vault.put(repo, "pairing", "coordinator", "active", { coordinator: from, pairedAt: (/* @__PURE__ */ new Date()).toISOString() });
        await appendEvent(repo, {
          actor: partyActor(from),
          action: "party.pair",
          subject: "party/coordinator",
          details: { coordinator: from, name: b.name ?? null }
        });
      }
    });
    this.coordinator = from;
    const gov = await applyGovSync(this, b, first);
    return { ...await this.status(), rejected: gov.rejected };
  }
  // ---- shares (shares.ts) ---------------------------------------------------------------
  storePending(rec, action) {
    return this.shares.storePending(rec, action);
  }
  holdsKey(repo, keyName) {
    return this.shares.holdsKey(repo, keyName);
  }
  destroyShares(keyName) {
    return this.shares.destroyShares(keyName);
  }
  share(keyId, epoch, digest, receipts) {
    return this.shares.share(keyId, epoch, digest, receipts);
  }
  newSession() {
    return randomUUID2();
  }
};

// src/party/server.ts
var MAX_BODY = 1024 * 1024;
var PARTY_DEV_FILE = "DEV-ONLY-party-passphrase";
async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const c of req) {
    size += c.length;
    if (size > MAX_BODY) throw new CustosError("E_TOO_LARGE", "message larger than 1 MiB");
    chunks.push(c);
  }
  return Buffer.concat(chunks).toString("utf8");
}
async function openParty(opts) {
  const data = resolve(opts.data);
  if (!existsSync(join(data, "custos.db"))) return createParty(data, opts);
  const inst = await Instance.open({ data });
  try {
    await assertRole(inst, "party", data);
    await inst.unseal({ passphrase: unsealPassphrase(data, opts) }, "party:unseal");
  } catch (e) {
    await inst.close({ quiet: true });
    throw e;
  }
  return inst;
}
async function createParty(data, opts) {
  const dev = opts.dev ? randomBytes2(32).toString("base64url") : void 0;
  const passphrase = dev !== void 0 ? utf8(dev) : opts.passphrase;
  if (!passphrase) throw new CustosError("E_USAGE", "a new party needs a passphrase: --passphrase-file FILE or CUSTOS_PASSPHRASE (or --dev)");
  const init = await Instance.init({ data }, { kind: "passphrase", passphrase, ...opts.argon2 ? { argon2: opts.argon2 } : {} }, PARTY_INIT_ACTOR);
  try {
    if (dev !== void 0) writeFileSync(join(data, PARTY_DEV_FILE), dev, { mode: 384 });
  } catch (e) {
    await init.instance.close({ quiet: true });
    throw e;
  }
  return init.instance;
}
function unsealPassphrase(data, opts) {
  if (!opts.dev) {
    if (!opts.passphrase) throw new CustosError("E_USAGE", "party serve needs the passphrase to unseal: --passphrase-file FILE or CUSTOS_PASSPHRASE");
    return opts.passphrase;
  }
  const file = join(data, PARTY_DEV_FILE);
  if (!existsSync(file)) throw new CustosError("E_USAGE", `${data} holds a party that was not created with --dev`);
  return utf8(readFileSync(file, "utf8"));
}
async function partyIdentity(opts) {
  const inst = await openParty({ ...opts, listen: "127.0.0.1:0" });
  try {
    const node = await PartyNode.open(partyServices(buildServices(inst)));
    return { identity: node.identity.id, fingerprint: fingerprint(node.identity.id), paired: node.pairedWith !== null };
  } finally {
    await inst.close({ quiet: true });
  }
}
var PARTY_LIMITS = Object.freeze({ requestTimeoutMs: 14e3, headersTimeoutMs: 1e4, keepAliveTimeoutMs: 6e4, maxConnections: 1024 });
async function partyServe(opts) {
  const { host, port } = parseListen(opts.listen);
  const inst = await openParty(opts);
  const chains = await loadChainConfig({ ...opts.chains ?? {}, log: opts.log });
  let server;
  try {
    const node = await PartyNode.open(partyServices(buildServices(inst, { chains }), { acceptPasskeyApprovals: opts.acceptPasskeyApprovals === true }));
    let checkpoint = 0;
    server = createServer({ connectionsCheckingInterval: 1e3 }, (req, res) => {
      const send = (status, payload) => {
        const text = JSON.stringify(payload);
        res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
        res.end(text);
      };
      if (req.method === "GET" && req.url === "/v1/party/identity")
        return send(200, { identity: node.identity.id, fingerprint: fingerprint(node.identity.id), paired: node.pairedWith !== null });
      const veto = req.url === "/v1/party/veto";
      if (req.method !== "POST" || req.url !== "/v1/party" && !veto) return send(404, { error: { code: "E_NOT_FOUND", message: "not found" } });
      readBody(req).then(async (text) => {
        let parsed;
        try {
          parsed = JSON.parse(text);
        } catch {
          return send(400, { error: { code: "E_BAD_INPUT", message: "body is not JSON" } });
        }
        if (veto) return send(200, await node.evidence.veto(checkVeto(parsed)));
        const { status, reply } = await node.handle(parsed);
        send(status, reply);
        if (Date.now() - checkpoint > 5e3) {
          checkpoint = Date.now();
          inst.checkpoint().catch(() => void 0);
        }
      }).catch((e) => {
        const code = e instanceof CustosError ? e.code : "E_INTERNAL";
        if (!(e instanceof CustosError)) opts.log(`party: internal error: ${e.message}`);
        send(e instanceof CustosError ? e.httpStatus : 500, { error: { code, message: e instanceof CustosError ? e.message : "internal error" } });
      });
    });
    server.requestTimeout = PARTY_LIMITS.requestTimeoutMs;
    server.headersTimeout = PARTY_LIMITS.headersTimeoutMs;
    server.keepAliveTimeout = PARTY_LIMITS.keepAliveTimeoutMs;
    server.maxConnections = PARTY_LIMITS.maxConnections;
    await new Promise((ok, fail) => {
      server.once("error", fail);
      server.listen(port, host, () => ok());
    });
    const addr = server.address();
    const url = `http://${host.includes(":") ? `[${host}]` : host}:${typeof addr === "object" && addr ? addr.port : port}`;
    opts.log(`party identity: ${node.identity.id}`);
    opts.log(`custos party listening on ${url}`);
    opts.log(
      `fingerprint: ${fingerprint(node.identity.id)}${node.pairedWith ? " (paired)" : " (not paired yet: custos party add --name NAME --url " + url + " --identity IDENTITY)"}`
    );
    let closing;
    return {
      url,
      identity: node.identity.id,
      close: () => closing ??= (async () => {
        await new Promise((ok) => {
          server.close(() => ok());
          server.closeAllConnections();
        });
        chains.stop();
        await inst.close({ quiet: true });
      })()
    };
  } catch (e) {
    server?.close();
    chains.stop();
    await inst.close({ quiet: true });
    throw e;
  }
}
export {
  PARTY_DEV_FILE,
  PARTY_LIMITS,
  partyIdentity,
  partyServe
};
