import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  encodeToCurve,
  hashToCurve,
  schnorr,
  secp256k1,
  secp256k1_hasher
} from "./chunk-RNWXCQ5C.js";
import "./chunk-WZ6TVTD4.js";
import "./chunk-VF57VZD3.js";
export {
  encodeToCurve,
  hashToCurve,
  schnorr,
  secp256k1,
  secp256k1_hasher
};
