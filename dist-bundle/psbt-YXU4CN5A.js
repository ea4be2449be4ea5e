import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  NETWORK,
  OutScript,
  SigHash,
  TEST_NETWORK,
  Transaction,
  p2tr,
  p2wpkh
} from "./chunk-47DFWPP5.js";
import {
  ecdsaVerify,
  schnorrVerify,
  secp256k1,
  taprootOutputKey
} from "./chunk-MPHSVC72.js";
import {
  base64,
  hex
} from "./chunk-73GY3SDL.js";
import {
  concatBytes,
  equalBytes,
  toHex
} from "./chunk-VQWF5TYP.js";
import "./chunk-EZAKATEZ.js";
import {
  CustosError,
  badInput
} from "./chunk-7E33BI2G.js";
import "./chunk-VF57VZD3.js";

// src/chains/bitcoin/psbt.ts
var REGTEST = Object.freeze({ ...TEST_NETWORK, bech32: "bcrt" });
var NETWORKS = { mainnet: NETWORK, testnet: TEST_NETWORK, regtest: REGTEST };
var WITNESS_WU = { p2wpkh: 108, p2tr: 66 };
var inputError = (i, why) => badInput(`psbt input ${i}: ${why}`, { field: `psbt.inputs[${i}]`, input: i });
function keyScripts(ctx) {
  if (!ctx || !Array.isArray(ctx.keys)) throw badInput("keys: expected an array", { field: "keys" });
  if (typeof ctx.network !== "string" || !Object.hasOwn(NETWORKS, ctx.network))
    throw badInput("network: expected mainnet, testnet or regtest", { field: "network" });
  const out = /* @__PURE__ */ new Map();
  ctx.keys.forEach((k, i) => {
    if (k?.taprootOutputKey !== void 0) {
      const out32 = k.taprootOutputKey;
      if (!(out32 instanceof Uint8Array) || out32.length !== 32 || typeof k.ref !== "string")
        throw badInput(`keys[${i}]: expected { ref, taprootOutputKey: 32-byte x-only key }`, { field: `keys[${i}]` });
      const script = toHex(OutScript.encode({ type: "tr", pubkey: out32 }));
      if (!out.has(script)) out.set(script, { ref: k.ref, publicKey: out32, type: "p2tr", output: true });
      return;
    }
    const pub = k?.publicKey;
    const bad = () => badInput(`keys[${i}]: expected { ref, publicKey: 33-byte compressed secp256k1 point }`, { field: `keys[${i}]` });
    if (!(pub instanceof Uint8Array) || pub.length !== 33 || pub[0] !== 2 && pub[0] !== 3 || typeof k.ref !== "string") throw bad();
    try {
      taprootOutputKey(pub);
    } catch {
      throw bad();
    }
    const wpkhScript = toHex(p2wpkh(pub).script);
    const trScript = toHex(p2tr(pub.subarray(1)).script);
    if (!out.has(wpkhScript)) out.set(wpkhScript, { ref: k.ref, publicKey: pub, type: "p2wpkh" });
    if (!out.has(trScript)) out.set(trScript, { ref: k.ref, publicKey: pub, type: "p2tr" });
  });
  return out;
}
function parsePsbt(psbtBase64) {
  if (typeof psbtBase64 !== "string") throw badInput("psbt: expected a base64 string", { field: "psbt" });
  let bytes;
  try {
    bytes = base64.decode(psbtBase64.trim());
  } catch {
    throw badInput("psbt: not valid base64", { field: "psbt" });
  }
  try {
    return Transaction.fromPSBT(bytes, { unknown: "ignore" });
  } catch (e) {
    const reason = e instanceof Error ? `: ${e.message.slice(0, 160)}` : "";
    throw badInput(`psbt: malformed PSBT${reason}`, { field: "psbt" }, { cause: e });
  }
}
function checkInput(tx, i, scripts) {
  const inp = tx.getInput(i);
  if (inp.finalScriptSig?.length || inp.finalScriptWitness?.length) throw inputError(i, "already finalized");
  if (!inp.witnessUtxo) throw inputError(i, "no witnessUtxo (amount and script unknown)");
  if (inp.redeemScript || inp.witnessScript) throw inputError(i, "redeemScript/witnessScript not supported (native P2WPKH or P2TR key path only)");
  if (inp.tapLeafScript?.length || inp.tapScriptSig?.length || inp.tapMerkleRoot) {
    throw inputError(i, "Taproot script path not supported (BIP86 key path only)");
  }
  const key = scripts.get(toHex(inp.witnessUtxo.script));
  if (!key) throw inputError(i, "script does not belong to any of the caller's keys");
  if (inp.partialSig?.length || inp.tapKeySig) throw inputError(i, "already signed");
  const declared = inp.sighashType;
  if (key.type === "p2wpkh") {
    if (declared !== void 0 && declared !== SigHash.ALL) throw inputError(i, `sighash type ${declared} not allowed (ALL only)`);
    return { key, amount: inp.witnessUtxo.amount, sighash: SigHash.ALL };
  }
  if (declared !== void 0 && declared !== SigHash.DEFAULT && declared !== SigHash.ALL) {
    throw inputError(i, `sighash type ${declared} not allowed (DEFAULT or ALL only)`);
  }
  if (!key.output && inp.tapInternalKey && !equalBytes(inp.tapInternalKey, key.publicKey.subarray(1))) {
    throw inputError(i, "tapInternalKey is not the key the output pays to");
  }
  return { key, amount: inp.witnessUtxo.amount, sighash: declared ?? SigHash.DEFAULT };
}
function outputAddress(tx, i, script, net) {
  try {
    const a = tx.getOutputAddress(i, net);
    if (a) return a;
  } catch {
  }
  return `script:${hex.encode(script)}`;
}
function analyze(psbtBase64, ctx) {
  const scripts = keyScripts(ctx);
  const net = NETWORKS[ctx.network];
  const tx = parsePsbt(psbtBase64);
  if (tx.inputsLength === 0) throw badInput("psbt: no inputs", { field: "psbt" });
  if (tx.outputsLength === 0) throw badInput("psbt: no outputs", { field: "psbt" });
  const checked = Array.from({ length: tx.inputsLength }, (_, i) => checkInput(tx, i, scripts));
  const prevScripts = checked.map((_, i) => tx.getInput(i).witnessUtxo.script);
  const amounts = checked.map((c) => c.amount);
  const tasks = [];
  const sighash = /* @__PURE__ */ new Map();
  const inputs = [];
  let totalIn = 0n;
  let witnessWu = 0;
  checked.forEach(({ key, amount, sighash: type }, i) => {
    const inp = tx.getInput(i);
    let digest;
    if (key.type === "p2wpkh") {
      const prog = OutScript.decode(prevScripts[i]);
      if (prog.type !== "wpkh") throw inputError(i, "not a P2WPKH script");
      digest = tx.preimageWitnessV0(i, OutScript.encode({ type: "pkh", hash: prog.hash }), type, amount);
    } else {
      digest = tx.preimageWitnessV1(i, prevScripts, type, amounts);
    }
    tasks.push({
      input: i,
      ref: key.ref,
      scheme: key.type === "p2wpkh" ? "ecdsa" : key.output ? "bip340" : "bip340-taproot",
      digest,
      publicKey: key.publicKey
    });
    sighash.set(i, type);
    inputs.push({ index: i, txid: hex.encode(inp.txid), vout: inp.index, amountSats: amount.toString(), type: key.type, ref: key.ref });
    totalIn += amount;
    witnessWu += WITNESS_WU[key.type] + (key.type === "p2tr" && type !== SigHash.DEFAULT ? 1 : 0);
  });
  const outputs = [];
  const addresses = [];
  let totalOut = 0n;
  let external = 0n;
  for (let i = 0; i < tx.outputsLength; i++) {
    const o = tx.getOutput(i);
    if (!o.script || o.amount === void 0) throw badInput(`psbt output ${i}: missing script or amount`, { field: `psbt.outputs[${i}]`, output: i });
    const change = scripts.has(toHex(o.script));
    const address = outputAddress(tx, i, o.script, net);
    outputs.push({ index: i, address, amountSats: o.amount.toString(), change });
    totalOut += o.amount;
    if (!change) {
      external += o.amount;
      addresses.push(address);
    }
  }
  const fee = totalIn - totalOut;
  if (fee < 0n) throw badInput("psbt: outputs spend more than the inputs", { field: "psbt" });
  const vsize = Math.ceil((4 * tx.toBytes(false, false).length + 2 + witnessWu) / 4);
  const prevoutsVerified = checked.some((c) => c.key.type === "p2tr") || checked.every((_, i) => tx.getInput(i).nonWitnessUtxo !== void 0);
  const facts = {
    network: ctx.network,
    inputs,
    outputs,
    totalInSats: totalIn.toString(),
    totalOutSats: totalOut.toString(),
    feeSats: fee.toString(),
    feeRateSatVb: Math.round(Number(fee) / vsize * 100) / 100,
    externalSats: external.toString(),
    addresses,
    prevoutsVerified
  };
  return { tx, prepared: { tasks, facts: { btc: facts }, valueSats: external + fee }, sighash };
}
function preparePsbt(psbtBase64, ctx) {
  return analyze(psbtBase64, ctx).prepared;
}
function compactEcdsa(sig) {
  if (sig.length === 64) return sig;
  if (sig.length === 65) return sig.subarray(0, 64);
  return void 0;
}
function assemblePsbt(psbtBase64, signatures, ctx) {
  const { tx, prepared, sighash } = analyze(psbtBase64, ctx);
  if (!Array.isArray(signatures)) throw badInput("signatures: expected an array", { field: "signatures" });
  const byInput = /* @__PURE__ */ new Map();
  signatures.forEach((s, k) => {
    const field = `signatures[${k}]`;
    if (!s || !Number.isSafeInteger(s.input) || !(s.signature instanceof Uint8Array)) {
      throw badInput(`${field}: expected { input, signature: Uint8Array }`, { field });
    }
    if (!sighash.has(s.input)) throw badInput(`${field}: no input ${s.input}`, { field, input: s.input });
    if (byInput.has(s.input)) throw badInput(`${field}: second signature for input ${s.input}`, { field, input: s.input });
    byInput.set(s.input, s.signature);
  });
  for (const task of prepared.tasks) {
    const sig = byInput.get(task.input);
    const field = `signatures[input=${task.input}]`;
    if (!sig) throw badInput(`signatures: none for input ${task.input}`, { field: "signatures", input: task.input });
    const type = sighash.get(task.input);
    if (task.scheme === "ecdsa") {
      const compact = compactEcdsa(sig);
      if (!compact || !ecdsaVerify(task.publicKey, task.digest, compact)) {
        throw new CustosError("E_BAD_SIGNATURE", `input ${task.input}: ECDSA signature does not verify`, { field, input: task.input });
      }
      const der = secp256k1.Signature.fromBytes(compact, "compact").toBytes("der");
      tx.updateInput(task.input, { partialSig: [[task.publicKey, concatBytes(der, Uint8Array.of(type))]] });
    } else {
      const outputKey = task.scheme === "bip340" ? task.publicKey : taprootOutputKey(task.publicKey);
      if (sig.length !== 64 || !schnorrVerify(outputKey, task.digest, sig)) {
        throw new CustosError("E_BAD_SIGNATURE", `input ${task.input}: Taproot signature does not verify`, { field, input: task.input });
      }
      tx.updateInput(task.input, { tapKeySig: type === SigHash.DEFAULT ? sig : concatBytes(sig, Uint8Array.of(type)) });
    }
  }
  return base64.encode(tx.toPSBT());
}
export {
  assemblePsbt,
  preparePsbt
};
