import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  MAX_PERSONAL_MESSAGE_BYTES,
  MAX_TRANSACTION_BYTES,
  assembleEvm,
  chainIdOf,
  hexData,
  object,
  prepareEvm,
  prepareEvmAsync,
  quantity
} from "./chunk-Y4PA7B4Z.js";
import "./chunk-INBJ2LOA.js";
import "./chunk-3SZH5XTH.js";
import "./chunk-EZAKATEZ.js";
import "./chunk-7E33BI2G.js";
import "./chunk-RNWXCQ5C.js";
import "./chunk-J227SGED.js";
import "./chunk-WZ6TVTD4.js";
import "./chunk-VF57VZD3.js";
export {
  MAX_PERSONAL_MESSAGE_BYTES,
  MAX_TRANSACTION_BYTES,
  assembleEvm,
  chainIdOf,
  hexData,
  object,
  prepareEvm,
  prepareEvmAsync,
  quantity
};
