import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  handlers,
  verifyOperation
} from "./chunk-Q7CH2DOV.js";
import "./chunk-SE4BF7DF.js";
import "./chunk-4PSSYMRB.js";
import "./chunk-GVE6EZRV.js";
import "./chunk-47DFWPP5.js";
import "./chunk-DOFE7BQX.js";
import "./chunk-MPHSVC72.js";
import "./chunk-POEWKUPT.js";
import "./chunk-73GY3SDL.js";
import "./chunk-VQWF5TYP.js";
import "./chunk-7ZEFP3IH.js";
import "./chunk-T7RD2LC5.js";
import "./chunk-3SZH5XTH.js";
import "./chunk-EZAKATEZ.js";
import "./chunk-7E33BI2G.js";
import "./chunk-VF57VZD3.js";
export {
  handlers,
  verifyOperation
};
