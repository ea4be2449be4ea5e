import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  ccipRequest,
  offchainLookup,
  offchainLookupAbiItem,
  offchainLookupSignature
} from "./chunk-J227SGED.js";
import "./chunk-WZ6TVTD4.js";
import "./chunk-VF57VZD3.js";
export {
  ccipRequest,
  offchainLookup,
  offchainLookupAbiItem,
  offchainLookupSignature
};
