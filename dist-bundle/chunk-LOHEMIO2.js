import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  CustosError
} from "./chunk-7E33BI2G.js";

// src/keystore/role.ts
var PARTY_INIT_ACTOR = "party:init";
async function instanceRole(inst) {
  const [genesis] = await inst.store.read.listEvents(0, 1);
  return genesis?.action === "instance.init" && genesis.actor === PARTY_INIT_ACTOR ? "party" : "server";
}
async function assertRole(inst, want, where) {
  const role = await instanceRole(inst);
  if (role === want) return;
  throw new CustosError(
    "E_USAGE",
    role === "server" ? `${where} is a custos server instance (made by "custos init" or "serve --dev"), not a threshold party: run it with "custos serve", and give each party an empty directory of its own` : `${where} is a threshold party's data directory, not a custos server instance: run it with "custos party serve"`,
    { role }
  );
}

export {
  PARTY_INIT_ACTOR,
  assertRole
};
