import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);
import {
  MAX_TRANSACTION_BYTES,
  addUsd,
  hashTypedData,
  hexData,
  object,
  quantity,
  tokenAmount,
  txFacts,
  zeroAddress
} from "./chunk-Y4PA7B4Z.js";
import {
  badInput
} from "./chunk-7E33BI2G.js";
import {
  decodeFunctionData,
  encodeFunctionData,
  getAddress,
  isAddressEqual,
  parseAbi,
  toFunctionSelector
} from "./chunk-J227SGED.js";

// src/chains/evm/safe-tx.ts
var SAFE_TX_TYPES = {
  SafeTx: [
    { name: "to", type: "address" },
    { name: "value", type: "uint256" },
    { name: "data", type: "bytes" },
    { name: "operation", type: "uint8" },
    { name: "safeTxGas", type: "uint256" },
    { name: "baseGas", type: "uint256" },
    { name: "gasPrice", type: "uint256" },
    { name: "gasToken", type: "address" },
    { name: "refundReceiver", type: "address" },
    { name: "nonce", type: "uint256" }
  ]
};
var SAFE_TX_FIELDS = ["to", "value", "data", "operation", "safeTxGas", "baseGas", "gasPrice", "gasToken", "refundReceiver", "nonce"];
var SAFE_GOVERNANCE_ABI = parseAbi([
  "function addOwnerWithThreshold(address owner, uint256 _threshold)",
  "function removeOwner(address prevOwner, address owner, uint256 _threshold)",
  "function swapOwner(address prevOwner, address oldOwner, address newOwner)",
  "function changeThreshold(uint256 _threshold)",
  "function enableModule(address module)",
  "function disableModule(address prevModule, address module)",
  "function setGuard(address guard)",
  "function setFallbackHandler(address handler)",
  "function setModuleGuard(address moduleGuard)"
]);
var GOVERNANCE = new Map(SAFE_GOVERNANCE_ABI.map((f) => [toFunctionSelector(f), f.name]));
var SAFE_ABI = parseAbi([
  "function execTransaction(address to, uint256 value, bytes data, uint8 operation, uint256 safeTxGas, uint256 baseGas, uint256 gasPrice, address gasToken, address refundReceiver, bytes signatures) payable returns (bool success)",
  "function getTransactionHash(address to, uint256 value, bytes data, uint8 operation, uint256 safeTxGas, uint256 baseGas, uint256 gasPrice, address gasToken, address refundReceiver, uint256 _nonce) view returns (bytes32)",
  "function getOwners() view returns (address[])",
  "function getThreshold() view returns (uint256)",
  "function nonce() view returns (uint256)",
  "function setup(address[] _owners, uint256 _threshold, address to, bytes data, address fallbackHandler, address paymentToken, uint256 payment, address paymentReceiver)"
]);
var address = (v, field) => getAddress(hexData(v, field, 20)).toLowerCase();
function parseSafeTx(v, field) {
  const r = object(v, field, SAFE_TX_FIELDS);
  if (r.to === void 0) throw badInput(`${field}.to: required`, { field: `${field}.to` });
  if (r.nonce === void 0) throw badInput(`${field}.nonce: required`, { field: `${field}.nonce` });
  const op = r.operation === void 0 ? 0 : Number(quantity(r.operation, `${field}.operation`, 1n));
  const data = r.data === void 0 ? "0x" : hexData(r.data, `${field}.data`);
  if ((data.length - 2) / 2 > MAX_TRANSACTION_BYTES) throw badInput(`${field}.data: over ${MAX_TRANSACTION_BYTES} bytes`, { field: `${field}.data` });
  const q = (k) => r[k] === void 0 ? 0n : quantity(r[k], `${field}.${k}`);
  return {
    to: address(r.to, `${field}.to`),
    value: q("value"),
    data: data.toLowerCase(),
    operation: op,
    safeTxGas: q("safeTxGas"),
    baseGas: q("baseGas"),
    gasPrice: q("gasPrice"),
    gasToken: r.gasToken === void 0 ? zeroAddress : address(r.gasToken, `${field}.gasToken`),
    refundReceiver: r.refundReceiver === void 0 ? zeroAddress : address(r.refundReceiver, `${field}.refundReceiver`),
    nonce: quantity(r.nonce, `${field}.nonce`, BigInt(Number.MAX_SAFE_INTEGER))
  };
}
function safeTxJson(tx) {
  return {
    to: tx.to,
    value: tx.value.toString(),
    data: tx.data,
    operation: tx.operation,
    safeTxGas: tx.safeTxGas.toString(),
    baseGas: tx.baseGas.toString(),
    gasPrice: tx.gasPrice.toString(),
    gasToken: tx.gasToken,
    refundReceiver: tx.refundReceiver,
    nonce: tx.nonce.toString()
  };
}
function safeTxHash(chainId, safe, tx) {
  return hashTypedData({ domain: { chainId, verifyingContract: safe }, types: SAFE_TX_TYPES, primaryType: "SafeTx", message: tx });
}
function safeGovernance(safe, tx) {
  if (!isAddressEqual(tx.to, safe)) return null;
  const name = GOVERNANCE.get(tx.data.slice(0, 10));
  if (!name) return "unknown";
  try {
    decodeFunctionData({ abi: SAFE_GOVERNANCE_ABI, data: tx.data });
  } catch {
    throw badInput(`tx.data: calldata for ${name}() does not decode`, { field: "tx.data" });
  }
  return name;
}
function safeTxFacts(chainId, safe, tx, ctx) {
  const gas = tx.safeTxGas + tx.baseGas;
  const native = tx.gasToken === zeroAddress;
  const inner = txFacts(
    { type: "legacy", chainId, nonce: Number(tx.nonce), to: tx.to, value: tx.value, data: tx.data, gas, gasPrice: native ? tx.gasPrice : 0n },
    safe,
    ctx
  );
  if (!native && tx.gasPrice > 0n) {
    const refund = tokenAmount(ctx, tx.gasToken, gas * tx.gasPrice);
    inner.feeUsd = refund.usd;
    inner.valueUsd = addUsd(inner.valueUsd, refund.usd);
    inner.priced = inner.priced && refund.priced;
  }
  return {
    safe: {
      address: safe.toLowerCase(),
      chainId,
      operation: tx.operation === 1 ? "delegatecall" : "call",
      nonce: Number(tx.nonce),
      governance: safeGovernance(safe, tx),
      hash: safeTxHash(chainId, safe, tx),
      gasToken: native ? null : tx.gasToken
    },
    tx: inner
  };
}
function execTransactionData(tx, signatures) {
  return encodeFunctionData({
    abi: SAFE_ABI,
    functionName: "execTransaction",
    args: [tx.to, tx.value, tx.data, tx.operation, tx.safeTxGas, tx.baseGas, tx.gasPrice, tx.gasToken, tx.refundReceiver, signatures]
  });
}

export {
  SAFE_TX_TYPES,
  SAFE_GOVERNANCE_ABI,
  SAFE_ABI,
  parseSafeTx,
  safeTxJson,
  safeTxHash,
  safeGovernance,
  safeTxFacts,
  execTransactionData
};
